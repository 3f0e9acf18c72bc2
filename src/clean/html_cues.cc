// Cue tables. An element's class and id are split into words at every
// character that is not a letter or digit; each word is looked up in small
// tables. Furniture words mark a node as boilerplate unless it is the
// article, main or body element itself (the cleaner also ignores the mark
// on wrappers that hold most of the page's text). Comment items are recognized by the WordPress,
// Disqus and generic conventions: a class token "comment", "pingback" or
// "trackback", an id "comment-123", or an li/article "post" inside a thread.
#include "clean/html_cues.h"

#include <algorithm>
#include <array>
#include <string>

namespace sitrep::clean {
namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

template <size_t N>
bool In(const std::array<std::string_view, N>& table, std::string_view w) {
  return std::find(table.begin(), table.end(), w) != table.end();
}

constexpr std::array<std::string_view, 58> kBoilerWords = {
    "sidebar", "nav", "navbar", "navigation", "menu", "footer", "related", "share",
    "sharing", "social", "widget", "widgets", "newsletter", "cookie", "cookies", "consent",
    "gdpr", "ad", "ads", "advert", "adverts", "advertisement", "adsense", "sponsor",
    "sponsored", "promo", "subscribe", "subscription", "signup", "breadcrumb",
    "breadcrumbs", "pagination", "pager", "popup", "modal", "masthead", "toolbar", "skip",
    "outbrain", "taboola", "recommended", "trending", "popular", "mostread", "bio",
    "respond", "newsletters", "paywall", "banner", "login", "comments-link", "donate",
    "jump", "disclaimer", "copyright", "sitemap", "rss", "tooltip"};
constexpr std::array<std::string_view, 12> kArticleWords = {
    "article", "entry", "story", "post", "content", "body", "text", "main",
    "articlebody", "storybody", "postbody", "hentry"};
// Words that keep a furniture word from marking the element ("article-body
// pagination-first", "l-sidebar-fixed l-article-body-segment").
constexpr std::array<std::string_view, 9> kContentWords = {
    "article", "content", "body", "entry", "story", "text", "articlebody", "storybody",
    "hentry"};
constexpr std::array<std::string_view, 8> kThreadWords = {
    "comments", "commentlist", "disqus", "discussion", "comment", "replies",
    "responses", "thread"};
constexpr std::array<std::string_view, 17> kCommentMetaWords = {
    "author", "meta", "metadata", "reply", "vcard", "avatar", "says", "date",
    "footer", "actions", "header", "datetime", "user", "time", "username",
    "commentmetadata", "commentmeta"};
constexpr std::array<std::string_view, 14> kMetaWords = {
    "byline", "author", "date", "dateline", "timestamp", "meta", "tags", "posted",
    "published", "categories", "category", "labels", "postmetadata", "postmeta"};
constexpr std::array<std::string_view, 12> kDekWords = {
    "dek", "standfirst", "subtitle", "subhead", "subheadline", "summary", "lede",
    "intro", "excerpt", "caption", "strapline", "deck"};
constexpr std::array<std::string_view, 6> kNegativeWords = {
    "meta", "tool", "tools", "media", "extra", "aside"};

struct Words {
  std::array<std::string_view, 24> w;
  size_t n = 0;
  bool Has(std::string_view x) const { return std::find(w.begin(), w.begin() + n, x) != w.begin() + n; }
  template <size_t N>
  bool Any(const std::array<std::string_view, N>& table) const {
    for (size_t i = 0; i < n; ++i) {
      if (In(table, w[i])) return true;
    }
    return false;
  }
};

void SplitWords(std::string_view s, Words* out) {
  size_t i = 0;
  while (i < s.size() && out->n < out->w.size()) {
    while (i < s.size() && !IsWordChar(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && IsWordChar(s[i])) ++i;
    if (i > b) out->w[out->n++] = s.substr(b, i - b);
  }
}

bool HasToken(std::string_view cls, std::string_view token) {
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && cls[i] == ' ') ++i;
    size_t b = i;
    while (i < cls.size() && cls[i] != ' ') ++i;
    if (cls.substr(b, i - b) == token) return true;
  }
  return false;
}

bool IsCommentId(std::string_view id) {
  if (id.starts_with("li-")) id.remove_prefix(3);
  if (id.starts_with("div-")) id.remove_prefix(4);
  if (!id.starts_with("comment-")) return false;
  id.remove_prefix(8);
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

uint32_t NodeCues(const DomNode& node, bool in_thread) {
  uint32_t cues = 0;
  std::string_view tag = node.tag;
  if (tag == "nav" || tag == "aside" || tag == "footer" || tag == "form" || tag == "menu") {
    cues |= kCueBoiler;
  }
  if (tag == "article" || tag == "main") cues |= kCueArticle;
  if (node.itemprop == "articlebody" || node.itemprop == "text") cues |= kCueArticle;
  if (tag == "figcaption" || tag == "caption") cues |= kCueDek;
  if (tag == "address" || tag == "time") cues |= kCueMeta;
  if (node.cls.empty() && node.id.empty()) return cues;

  Words words;
  SplitWords(node.cls, &words);
  SplitWords(node.id, &words);
  bool article_word = words.Any(kArticleWords);
  if (article_word) cues |= kCueArticle;
  if (words.Any(kBoilerWords) && !words.Any(kContentWords) && tag != "article" &&
      tag != "main" && tag != "body" &&
      tag != "html" && node.itemprop != "articlebody") {
    cues |= kCueBoiler;
  }
  // An author box or profile card, not a byline.
  if (words.Has("author") && (words.Has("box") || words.Has("bio") || words.Has("about") ||
                              words.Has("profile") || words.Has("card") || words.Has("info"))) {
    cues |= kCueBoiler;
  }
  bool item = HasToken(node.cls, "comment") || HasToken(node.cls, "pingback") ||
              HasToken(node.cls, "comment-item") || HasToken(node.cls, "comment-entry") ||
              HasToken(node.cls, "comment_item") ||
              HasToken(node.cls, "trackback") || IsCommentId(node.id) ||
              (in_thread && (tag == "li" || tag == "article") && HasToken(node.cls, "post"));
  if (item && tag != "section" && tag != "ol" && tag != "ul") {
    cues |= kCueCommentItem;
    cues &= ~kCueBoiler;
  } else if ((words.Any(kThreadWords) || words.Has("children")) && !words.Has("respond") && !words.Has("form") &&
             (words.Has("comments") || words.Has("commentlist") || words.Has("disqus") ||
              words.Has("replies") || words.Has("discussion") || words.Has("comment") ||
              (in_thread && words.Has("children")))) {
    cues |= kCueCommentThread;
    cues &= ~kCueBoiler;
  }
  if (words.Has("comment") && (words.Has("form") || words.Has("respond"))) {
    cues = (cues & ~(kCueCommentThread | kCueCommentItem)) | kCueBoiler;
  }
  if (in_thread && words.Any(kCommentMetaWords)) cues |= kCueCommentMeta;
  // One live update: "live-update", "liveblog-entry", "live-post", "ticker-item";
  // not the container ("liveblog", "live-updates").
  bool live = words.Has("live") || words.Has("liveblog") || words.Has("ticker");
  bool unit = words.Has("update") || words.Has("entry") || words.Has("post") ||
              words.Has("item") || words.Has("event");
  if ((live && unit) || words.Has("livepost") || words.Has("liveupdate")) cues |= kCueUpdate;
  if (words.Any(kMetaWords)) cues |= kCueMeta;
  if (words.Any(kDekWords)) cues |= kCueDek;
  if (words.Any(kNegativeWords)) cues |= kCueNegative;
  return cues;
}

std::string_view LeadingTime(std::string_view text) {
  size_t i = 0;
  // Skip a label such as "UPDATE", "Updated", "Posted at".
  while (i < text.size() && i < 24 && !IsDigit(text[i])) ++i;
  size_t b = i;
  while (i < text.size() && IsDigit(text[i])) ++i;
  size_t digits = i - b;
  if (digits == 0) return {};
  size_t e = i;
  if (i < text.size() && (text[i] == ':' || text[i] == '.') && i + 2 < text.size() + 0 &&
      IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && digits <= 2) {
    e = i + 3;
  } else if (digits != 4) {
    return {};
  }
  std::string_view rest = text.substr(e);
  for (std::string_view zone : {" GMT", " UTC", " local time", " am", " pm", " a.m.", " p.m.",
                                " AM", " PM", " BST", " CET", " EET", " AST"}) {
    if (rest.starts_with(zone)) return text.substr(b, e - b + zone.size());
  }
  if (digits == 4 && e == i) return {};  // a bare year is not a time
  return text.substr(b, e - b);
}

bool LooksLikeUpdateLine(std::string_view text) {
  std::string head(text.substr(0, 8));
  for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!head.starts_with("UPDATE")) return false;
  return !LeadingTime(text).empty();
}

}  // namespace sitrep::clean
