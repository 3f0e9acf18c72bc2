// Plain-text segmentation by layout and language cues.
//
// A flattened news page reads top to bottom as: a headline, a few short
// lines (captions, standfirst, date, outlet, widgets), the article, then the
// tail: site furniture (related posts, author bio, share buttons), maybe a
// comment header and policy, reader comments, and a comment form.
//
// The page is cut into lines and read in three zones:
//  1. Header: after the first line (the title) come short lines up to the
//     first line that opens the article: a wire dateline, a live update, a
//     long paragraph (30 words or more), or anything after a gap of two blank
//     lines. Header lines are meta when they are a date, the outlet, a
//     widget, a byline or a counter, otherwise dek.
//  2. Article: each paragraph is body, except live updates ("UPDATE 1700
//     GMT:"), headings (a short title-case line without final punctuation),
//     cross-links ("See X: Y", "Read more: ...") and widgets.
//  3. Tail: starts at the first line, after at least one real paragraph,
//     that only site furniture or a comment section opens: "Related Posts",
//     "18 COMMENTS", "Leave a Comment", a comment policy, an author bio
//     ("X is Professor of ..."), or an indented numbered list that carries
//     comment dates or nested replies. Everything from there on is
//     boilerplate or comment: list items ("  1. ", "• ") are comments whose
//     depth is their indentation relative to the top-level items, indented
//     lines continue the current comment, formulaic lines ("Leave a Reply",
//     "Required", policy sentences) are boilerplate and a comment form
//     closes the comment section.
// Labels are per line; segments are then built per paragraph (per comment
// in the comment section, per line for meta).
#include "clean/text_segmenter.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "base/strings.h"
#include "clean/dateline.h"

namespace sitrep::clean {
namespace {

constexpr int kNoLabel = -1;

// ---- Line cues: pure functions of one trimmed line or paragraph start. ----

bool IsIn(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view p : set) {
    if (StartsWith(s, p)) return true;
  }
  return false;
}

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view p : set) {
    if (s.find(p) != std::string_view::npos) return true;
  }
  return false;
}

// Lower-case, trimmed, without trailing ':' and arrows: "Related Posts:" -> "related posts".
std::string Normalized(std::string_view text) {
  std::string s = AsciiLower(Trim(text));
  while (!s.empty() && (s.back() == ':' || s.back() == '>' || s.back() == ' ')) s.pop_back();
  return s;
}

size_t WordCount(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The last character that is not a closing quote or bracket.
std::string_view StripClosers(std::string_view t) {
  for (;;) {
    if (EndsWith(t, "\xE2\x80\x9D") || EndsWith(t, "\xE2\x80\x99")) {  // ” ’
      t.remove_suffix(3);
    } else if (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' ||
                              t.back() == ']' || t.back() == '*')) {
      t.remove_suffix(1);
    } else {
      return t;
    }
  }
}

bool EndsSentence(std::string_view text) {
  std::string_view t = StripClosers(Trim(text));
  if (EndsWith(t, "\xE2\x80\xA6")) return true;  // …
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

bool EndsWithPunct(std::string_view text) {
  std::string_view t = StripClosers(Trim(text));
  return EndsSentence(t) || (!t.empty() && (t.back() == ':' || t.back() == ';' || t.back() == ','));
}

bool IsCapitalized(std::string_view word) {
  while (!word.empty() && (word[0] == '"' || word[0] == '\'' || word[0] == '(')) word.remove_prefix(1);
  if (StartsWith(word, "\xE2\x80\x9C") || StartsWith(word, "\xE2\x80\x98")) word.remove_prefix(3);
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  return std::isupper(c) || std::isdigit(c) || (c >= 0xC3 && c <= 0xC5);  // Latin-1/Ext-A capitals
}

// Most longer words capitalized: "Iran Condemns US Blocking of ISIS Convoy".
bool IsTitleCase(std::string_view text) {
  int long_words = 0, capitalized = 0;
  for (std::string_view w : Split(text, ' ')) {
    if (w.size() < 4) continue;
    ++long_words;
    capitalized += IsCapitalized(w);
  }
  return long_words > 0 && capitalized * 10 >= long_words * 7;
}

bool LooksLikeUrl(std::string_view text) {
  return ContainsAny(text, {"http://", "https://", "www."});
}

// A section heading: a short title-case line without final punctuation.
bool IsHeadingShape(std::string_view text) {
  size_t words = WordCount(text);
  return words >= 2 && words <= 14 && text.size() < 120 && !EndsWithPunct(text) &&
         IsCapitalized(text) && IsTitleCase(text) && !LooksLikeUrl(text);
}

// Menu entries and link lists: a bare word or two ("Home", "World Video"),
// or a list item that is a short headline rather than a sentence.
bool IsNavigationLine(std::string_view text) {
  size_t words = WordCount(text);
  if (EndsSentence(text)) return false;
  if (words <= 2) return true;
  std::string_view rest = text;
  for (std::string_view b : {"\xE2\x80\xA2 ", "\xE2\x97\xA6 ", "\xE2\x96\xAA ", "* ", "- "}) {
    if (StartsWith(text, b)) {
      rest = text.substr(b.size());
      return WordCount(rest) <= 12 && !EndsWithPunct(rest);
    }
  }
  return false;
}

// A headline in a list of links: short, not a sentence.
bool IsHeadlineShape(std::string_view text) {
  return WordCount(text) <= 15 && !EndsSentence(text);
}

struct ListMarker {
  bool numbered = false;
  int number = 0;
  size_t length = 0;  // bytes of the marker and the spaces after it
};

// "1. ", "12) ", "• ", "◦ ", "▪ ", "* ", "- " at the start of a trimmed line.
bool ParseListMarker(std::string_view text, ListMarker* marker) {
  size_t i = 0;
  ListMarker m;
  if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))) {
    while (i < text.size() && i < 3 && std::isdigit(static_cast<unsigned char>(text[i]))) {
      m.number = m.number * 10 + (text[i] - '0');
      ++i;
    }
    if (i >= text.size() || (text[i] != '.' && text[i] != ')')) return false;
    ++i;
    m.numbered = true;
  } else {
    for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "*", "-"}) {
      if (StartsWith(text, b)) {
        i = b.size();
        break;
      }
    }
    if (i == 0) return false;
  }
  if (i >= text.size() || text[i] != ' ') return false;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size()) return false;
  m.length = i;
  *marker = m;
  return true;
}

bool IsRelatedHeader(std::string_view text) {
  std::string n = Normalized(text);
  return IsIn(n, {"related posts", "related articles", "related stories", "related news", "related",
                  "related content", "related coverage", "you may also like",
                  "you might also like", "more stories", "recommended", "recommended for you",
                  "read more", "most read", "most popular", "popular posts", "trending",
                  "further reading", "more on this topic", "see also", "latest news",
                  "more in this category", "read next"}) ||
         (StartsWith(n, "more from ") && WordCount(n) <= 5);
}

bool IsCommentHeader(std::string_view text) {
  std::string n = Normalized(text);
  if (IsIn(n, {"comments", "comment", "reader comments", "readers' comments", "discussion",
               "join the discussion", "join the conversation", "responses", "show comments",
               "view comments", "reader reactions", "what readers say"})) {
    return true;
  }
  size_t i = 0;
  while (i < n.size() && std::isdigit(static_cast<unsigned char>(n[i]))) ++i;
  if (i > 0 && i < n.size() && n[i] == ' ') {
    std::string_view rest = std::string_view(n).substr(i + 1);
    return IsIn(rest, {"comments", "comment", "responses", "response", "replies", "reply"}) ||
           StartsWith(rest, "thoughts on ") || StartsWith(rest, "responses to ") ||
           StartsWith(rest, "comments on ");
  }
  return StartsWith(n, "comments (") && n.size() < 20;
}

// Comment form and the lines that close a comment section.
bool IsCommentFormLine(std::string_view text) {
  std::string n = Normalized(text);
  return IsIn(n, {"leave a comment", "leave a reply", "post a comment", "add a comment",
                  "add comment", "write a comment", "submit a comment", "submit comment",
                  "post comment", "cancel reply", "required", "name", "name *", "name*",
                  "email", "email *", "email*", "website", "submit", "comment *",
                  "your comment", "comments are closed", "comments are closed.",
                  "add your comment"}) ||
         StartsWithAny(n, {"your email address will not be published", "required fields are marked",
                           "save my name", "notify me of", "you must be logged in", "log in to comment",
                           "sign in to comment", "leave a reply to", "to post a comment",
                           "you must log in"});
}

bool IsCommentPolicy(std::string_view text) {
  std::string n = AsciiLower(text);
  if (WordCount(n) > 80) return false;
  bool topic = ContainsAny(n, {"comment", "profanity", "posting"});
  bool rule = ContainsAny(n, {"moderat", "guideline", "approv", "reject", "tolerat", "policy",
                              "offensive", "terms of", "abusive", "profanity", "submitted",
                              "will be removed", "will be deleted", "not be published"});
  bool site_voice = ContainsAny(n, {"we ", "our ", "your ", " you ", "you "}) || StartsWith(n, "comments ");
  return topic && rule && site_voice;
}

// "Scott Lucas is Professor of International Politics ...", "About the author".
bool IsAuthorBio(std::string_view text) {
  std::string n = Normalized(text);
  if (StartsWith(n, "about the author")) return true;
  if (ContainsAny(n, {" said", " says", " told ", "according to", "\""}) ||
      ContainsAny(text, {"\xE2\x80\x9C"})) {
    return false;
  }
  std::vector<std::string_view> words = Split(Trim(text), ' ');
  size_t k = 0;
  while (k < words.size() && k < 5 && IsCapitalized(words[k])) ++k;
  if (k < 2 || k >= words.size() || (words[k] != "is" && words[k] != "was")) return false;
  for (size_t j = k + 1; j < words.size() && j <= k + 12; ++j) {
    std::string w = AsciiLower(words[j]);
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
    if (IsIn(w, {"professor", "editor", "editor-in-chief", "journalist", "correspondent",
                 "reporter", "writer", "author", "analyst", "fellow", "researcher",
                 "contributor", "columnist", "lecturer", "founder", "freelance", "blogger",
                 "specialist"})) {
      return true;
    }
  }
  return false;
}

// Site furniture that can sit anywhere: copyright, subscribe boxes, buttons.
bool IsFurnitureLine(std::string_view text) {
  std::string n = Normalized(text);
  if (WordCount(n) > 25) return false;
  return IsIn(n, {"reply", "report", "like", "share", "load more comments", "show more",
                  "back to top", "previous article", "next article", "previous post", "next post",
                  "permalink", "advertisement", "sponsored", "print this", "email this",
                  "click to share", "subscribe", "loading..."}) ||
         StartsWithAny(n, {"copyright", "\xC2\xA9", "subscribe to", "sign up for", "sign up to",
                           "follow us", "click here", "download our", "share this",
                           "load more"}) ||
         n.find("all rights reserved") != std::string::npos;
}

// A link to another story: "See Syria Daily, September 1: Has US ...?", "Read more: ...".
bool IsCrossLink(std::string_view text) {
  std::string n = Normalized(text);
  if (StartsWithAny(n, {"read more:", "read also:", "also read:", "read:", "related:", "see also:",
                        "watch:", "more:", "recommended:", "read more at", "continue reading"})) {
    return true;
  }
  return StartsWith(text, "See ") && text.size() > 4 && IsCapitalized(text.substr(4)) &&
         text.find(": ") != std::string_view::npos && WordCount(text) <= 30;
}

bool IsWidgetLine(std::string_view text) {
  std::string n = Normalized(text);
  if (StartsWithAny(n, {"tags:", "tags :", "tagged:", "tagged with", "topics:", "categories:",
                        "category:", "keywords:", "filed under", "posted in "})) {
    return true;
  }
  if (n.size() > 60) return false;
  bool any = false;
  for (std::string_view w : Split(n, ' ')) {
    if (w.empty()) continue;
    if (!IsIn(w, {"a+", "a-", "a", "print", "email", "e-mail", "share", "tweet", "facebook",
                  "twitter", "whatsapp", "linkedin", "telegram", "reddit", "font", "size",
                  "text", "listen", "save", "copy", "link", "|", "-", "+"})) {
      return false;
    }
    any = true;
  }
  return any;
}

// Numbers only: view and comment counters ("18", "1808", "1,204").
bool IsCounterLine(std::string_view text) {
  if (text.empty() || text.size() > 20) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.' && c != ' ') return false;
  }
  return true;
}

// One word in capitals: "LATEST", "BREAKING".
bool IsSectionLabel(std::string_view text) {
  if (text.size() < 3 || text.size() > 14) return false;
  for (char c : text) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsBylineLine(std::string_view text) {
  size_t words = WordCount(text);
  return (StartsWith(text, "By ") || StartsWith(text, "BY ")) && words >= 2 && words <= 8 &&
         IsCapitalized(text.substr(3)) && !EndsSentence(text);
}

bool IsOutletLine(std::string_view text, std::string_view outlet) {
  std::string_view t = Trim(text);
  if (outlet.empty()) return false;
  if (IEquals(t, outlet)) return true;
  return StartsWith(outlet, "The ") && IEquals(t, outlet.substr(4));
}

// A short name next to a printed date ("Rudaw" under "15-08-2017"): an outlet or author.
bool IsShortName(std::string_view text) {
  size_t words = WordCount(text);
  if (words == 0 || words > 3 || EndsWithPunct(text)) return false;
  for (std::string_view w : Split(text, ' ')) {
    if (!w.empty() && !IsCapitalized(w)) return false;
  }
  return true;
}

struct Line {
  size_t start = 0;        // content offset of the line
  size_t text_start = 0;   // after indentation (and, for comments, the marker)
  size_t text_end = 0;     // before trailing white space and the line break
  std::string_view text;   // content[text_start, text_end) before marker removal
  int indent = 0;
  bool blank = true;
};

struct LineLabel {
  int label = kNoLabel;    // a SegmentLabel, or kNoLabel for blank lines
  int comment = -1;        // comment number within the page
  int depth = 0;
  bool own_segment = false;  // never merged with the line before
};

std::vector<Line> SplitLines(std::string_view content) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    size_t end = nl == std::string_view::npos ? content.size() : nl;
    Line line;
    line.start = pos;
    size_t i = pos;
    while (i < end && (content[i] == ' ' || content[i] == '\t')) {
      line.indent += content[i] == '\t' ? 4 : 1;
      ++i;
    }
    size_t e = end;
    while (e > i && std::isspace(static_cast<unsigned char>(content[e - 1]))) --e;
    line.text_start = i;
    line.text_end = e;
    line.text = content.substr(i, e - i);
    line.blank = e == i;
    if (nl == std::string_view::npos && line.blank && pos == content.size()) break;
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

// The paragraph [first, last] of non-blank lines around line i.
size_t ParagraphEnd(const std::vector<Line>& lines, size_t i) {
  while (i + 1 < lines.size() && !lines[i + 1].blank) ++i;
  return i;
}

size_t ParagraphWords(const std::vector<Line>& lines, size_t first, size_t last) {
  size_t words = 0;
  for (size_t i = first; i <= last; ++i) words += WordCount(lines[i].text);
  return words;
}

int BlankRunBefore(const std::vector<Line>& lines, size_t i) {
  int n = 0;
  while (i > 0 && lines[i - 1].blank) {
    --i;
    ++n;
  }
  return n;
}

class Segmenter {
 public:
  Segmenter(std::string_view content, std::string_view outlet, PageMeta* meta)
      : content_(content), outlet_(outlet), meta_(meta), lines_(SplitLines(content)),
        labels_(lines_.size()) {}

  std::vector<Segment> Run();

 private:
  void Set(size_t i, SegmentLabel label) { labels_[i].label = static_cast<int>(label); }
  size_t LabelTitle();
  size_t LabelHeader(size_t from);
  size_t FindTail(size_t from) const;
  bool OpensCommentList(size_t i) const;
  bool NextToDate(size_t i) const;
  bool IsHeaderMeta(size_t i) const;
  bool OpensTail(size_t i) const;
  void LabelArticle(size_t from, size_t to);
  void MarkLinkLists(size_t from, size_t to);
  void LabelTail(size_t from);
  void StartComment(size_t i, const ListMarker& marker, int base, int step);
  std::vector<Segment> BuildSegments() const;

  std::string_view content_;
  std::string_view outlet_;
  PageMeta* meta_;
  std::vector<Line> lines_;
  std::vector<LineLabel> labels_;
  int comments_ = 0;
};

// Title: the first line that is not a date or widget; those before it are meta.
size_t Segmenter::LabelTitle() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (lines_[i].blank) continue;
    std::string iso;
    if (ParseDateLine(lines_[i].text, &iso) || IsWidgetLine(lines_[i].text) ||
        IsOutletLine(lines_[i].text, outlet_)) {
      Set(i, SegmentLabel::kMeta);
      labels_[i].own_segment = true;
      continue;
    }
    Set(i, SegmentLabel::kTitle);
    meta_->title = {std::string(lines_[i].text), "page"};
    return i + 1;
  }
  return lines_.size();
}

// True when a header line is meta: a printed date, the outlet, a widget, a
// byline, a counter, a section label or a short name next to the date.
bool Segmenter::IsHeaderMeta(size_t i) const {
  std::string_view text = lines_[i].text;
  return IsOutletLine(text, outlet_) || IsWidgetLine(text) || IsBylineLine(text) ||
         IsCounterLine(text) || IsSectionLabel(text) || (IsShortName(text) && NextToDate(i));
}

// Labels the header lines from `from`; returns where the article starts.
size_t Segmenter::LabelHeader(size_t from) {
  int header_lines = 0;
  for (size_t i = from; i < lines_.size(); ++i) {
    const Line& line = lines_[i];
    if (line.blank) continue;
    if (BlankRunBefore(lines_, i) >= 2 && header_lines > 0) return i;
    std::string iso;
    if (ParseDateLine(line.text, &iso)) {
      if (meta_->published.empty()) meta_->published = {iso, "dateline"};
      Set(i, SegmentLabel::kMeta);
    } else if (IsHeaderMeta(i)) {
      Set(i, SegmentLabel::kMeta);
    } else if (IsNavigationLine(line.text) && ParagraphEnd(lines_, i) == i) {
      Set(i, SegmentLabel::kBoilerplate);
    } else {
      std::string time;
      size_t last = ParagraphEnd(lines_, i);
      size_t words = ParagraphWords(lines_, i, last);
      if (StartsWithDateline(line.text) || ParseUpdateLine(line.text, &time) || words >= 30 ||
          (last > i && words >= 15) || OpensTail(i) || header_lines >= 8) {
        return i;
      }
      Set(i, SegmentLabel::kDek);
    }
    labels_[i].own_segment = labels_[i].label == static_cast<int>(SegmentLabel::kMeta);
    ++header_lines;
  }
  return lines_.size();
}

// True when the line just above or below line i is a printed date.
bool Segmenter::NextToDate(size_t i) const {
  std::string iso;
  return (i > 0 && ParseDateLine(lines_[i - 1].text, &iso)) ||
         (i + 1 < lines_.size() && ParseDateLine(lines_[i + 1].text, &iso));
}

// True when line i opens an indented numbered list that looks like reader
// comments: a later item or continuation carries a date, or a reply bullet
// sits deeper than the first item.
bool Segmenter::OpensCommentList(size_t i) const {
  ListMarker first;
  if (lines_[i].indent < 2 || !ParseListMarker(lines_[i].text, &first) || !first.numbered ||
      first.number != 1) {
    return false;
  }
  for (size_t j = i; j < lines_.size() && j < i + 40; ++j) {
    if (lines_[j].blank) continue;
    std::string printed;
    if (FindTrailingDate(lines_[j].text, &printed) != std::string_view::npos) return true;
    ListMarker m;
    if (j > i && ParseListMarker(lines_[j].text, &m) && !m.numbered &&
        lines_[j].indent > lines_[i].indent) {
      return true;
    }
  }
  return false;
}

// True when line i can only open the page's tail: site furniture or a
// comment section.
bool Segmenter::OpensTail(size_t i) const {
  std::string_view text = lines_[i].text;
  return IsRelatedHeader(text) || IsCommentHeader(text) || IsCommentFormLine(text) ||
         IsCommentPolicy(text) || IsAuthorBio(text) || OpensCommentList(i);
}

// The first line from `from` that opens the page's tail, after at least one
// paragraph of article text.
size_t Segmenter::FindTail(size_t from) const {
  bool seen_paragraph = false;
  for (size_t i = from; i < lines_.size(); ++i) {
    if (lines_[i].blank) continue;
    size_t last = ParagraphEnd(lines_, i);
    if (seen_paragraph && OpensTail(i)) return i;
    if (ParagraphWords(lines_, i, last) >= 20) seen_paragraph = true;
    i = last;
  }
  return lines_.size();
}

void Segmenter::LabelArticle(size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (lines_[i].blank) continue;
    size_t last = std::min(ParagraphEnd(lines_, i), to - 1);
    std::string_view text = lines_[i].text;
    std::string time;
    SegmentLabel label = SegmentLabel::kBody;
    if (ParseUpdateLine(text, &time)) {
      label = SegmentLabel::kUpdate;
    } else if (last == i && (IsWidgetLine(text) || IsCounterLine(text) || IsSectionLabel(text))) {
      label = SegmentLabel::kMeta;
    } else if (last == i && (IsCrossLink(text) || IsFurnitureLine(text))) {
      label = SegmentLabel::kBoilerplate;
    } else if (last == i && IsNavigationLine(text)) {
      label = SegmentLabel::kBoilerplate;
    } else if (last == i && IsHeadingShape(text)) {
      label = SegmentLabel::kHeading;
    }
    for (size_t j = i; j <= last; ++j) Set(j, label);
    labels_[i].own_segment = true;
    i = last;
  }
  MarkLinkLists(from, to);
}

// Three or more one-line paragraphs in a row that are headlines rather than
// sentences are a list of links (related stories, menus), not the article.
void Segmenter::MarkLinkLists(size_t from, size_t to) {
  std::vector<size_t> run;
  auto flush = [&]() {
    if (run.size() >= 3) {
      for (size_t j : run) {
        if (labels_[j].label != static_cast<int>(SegmentLabel::kMeta)) Set(j, SegmentLabel::kBoilerplate);
      }
    }
    run.clear();
  };
  for (size_t i = from; i < to; ++i) {
    if (lines_[i].blank) continue;
    size_t last = ParagraphEnd(lines_, i);
    bool headline = last == i && IsHeadlineShape(lines_[i].text) &&
                    labels_[i].label != static_cast<int>(SegmentLabel::kUpdate);
    if (!headline) flush();
    if (headline) run.push_back(i);
    i = last;
  }
  flush();
}

void Segmenter::StartComment(size_t i, const ListMarker& marker, int base, int step) {
  LineLabel& l = labels_[i];
  l.label = static_cast<int>(SegmentLabel::kComment);
  l.comment = comments_++;
  l.depth = std::max(0, (lines_[i].indent - base) / step);
  l.own_segment = true;
  lines_[i].text_start += marker.length;
  lines_[i].text.remove_prefix(marker.length);
}

void Segmenter::LabelTail(size_t from) {
  // Indentation of the top-level items and the step between nesting levels.
  int base = -1, step = 0;
  std::vector<int> indents;
  for (size_t i = from; i < lines_.size(); ++i) {
    ListMarker m;
    if (lines_[i].blank || !ParseListMarker(lines_[i].text, &m)) continue;
    if (m.numbered && (base < 0 || lines_[i].indent < base)) base = lines_[i].indent;
    indents.push_back(lines_[i].indent);
  }
  if (base < 0 && !indents.empty()) base = *std::min_element(indents.begin(), indents.end());
  for (int indent : indents) {
    int d = indent - base;
    if (d > 0 && (step == 0 || d < step)) step = d;
  }
  if (step <= 0 || step > 4) step = 2;

  enum class State { kFurniture, kRelated, kComments, kClosed } state = State::kFurniture;
  int current = -1;  // the comment that indented lines continue
  int current_depth = 0;
  for (size_t i = from; i < lines_.size(); ++i) {
    const Line& line = lines_[i];
    if (line.blank) continue;
    std::string_view text = line.text;
    ListMarker marker;
    bool is_item = ParseListMarker(text, &marker);
    auto furniture = [&](SegmentLabel label = SegmentLabel::kBoilerplate) {
      Set(i, label);
      current = -1;
    };
    if (IsCommentFormLine(text)) {
      furniture();
      state = State::kClosed;
    } else if (IsCommentHeader(text)) {
      furniture();
      if (state != State::kClosed) state = State::kComments;
    } else if (IsRelatedHeader(text)) {
      furniture();
      if (state == State::kFurniture) state = State::kRelated;
    } else if (IsCommentPolicy(text) || IsAuthorBio(text) || IsFurnitureLine(text) ||
               IsCrossLink(text) || IsWidgetLine(text) || IsCounterLine(text)) {
      furniture();
    } else if (is_item && state != State::kClosed &&
               !(state == State::kRelated && IsHeadlineShape(text.substr(marker.length))) &&
               !(marker.numbered && current >= 0 && line.indent > base)) {
      StartComment(i, marker, base, step);
      current = labels_[i].comment;
      current_depth = labels_[i].depth;
      state = State::kComments;
    } else if (current >= 0 && (line.indent > base || line.indent > 0)) {
      labels_[i] = {static_cast<int>(SegmentLabel::kComment), current, current_depth, false};
    } else if (state == State::kComments && base < 0) {
      // A comment section without list markers: one comment per paragraph.
      size_t last = ParagraphEnd(lines_, i);
      int id = comments_++;
      for (size_t j = i; j <= last; ++j) {
        labels_[j] = {static_cast<int>(SegmentLabel::kComment), id, 0, j == i};
      }
      i = last;
    } else {
      furniture();
    }
  }
}

std::vector<Segment> Segmenter::BuildSegments() const {
  std::vector<Segment> segments;
  bool after_blank = true;
  int open_comment = -1;
  const int kComment = static_cast<int>(SegmentLabel::kComment);
  for (size_t i = 0; i < lines_.size(); ++i) {
    const LineLabel& l = labels_[i];
    if (l.label == kNoLabel) {
      after_blank = true;
      continue;
    }
    bool extend = false;
    if (!segments.empty() && !l.own_segment && static_cast<int>(segments.back().label) == l.label) {
      extend = l.label == kComment ? l.comment == open_comment : !after_blank;
    }
    after_blank = false;
    if (extend) {
      segments.back().end = lines_[i].text_end;
      segments.back().end_line = static_cast<int>(i) + 1;
      continue;
    }
    Segment s;
    s.label = static_cast<SegmentLabel>(l.label);
    s.start = lines_[i].text_start;
    s.end = lines_[i].text_end;
    s.start_line = s.end_line = static_cast<int>(i) + 1;
    s.depth = l.depth;
    open_comment = l.label == kComment ? l.comment : -1;
    if (s.label == SegmentLabel::kUpdate) ParseUpdateLine(lines_[i].text, &s.time);
    segments.push_back(std::move(s));
  }
  return segments;
}

std::vector<Segment> Segmenter::Run() {
  size_t header_from = LabelTitle();
  size_t article = LabelHeader(header_from);
  size_t tail = FindTail(article);
  LabelArticle(article, tail);
  LabelTail(tail);
  std::vector<Segment> segments = BuildSegments();
  for (Segment& s : segments) {
    FillSegmentText(content_, &s);
    if (s.label != SegmentLabel::kComment) continue;
    // The comment's date: the first line of it that ends with one.
    for (int line = s.start_line; line <= s.end_line && s.time.empty(); ++line) {
      std::string printed;
      if (FindTrailingDate(lines_[line - 1].text, &printed) != std::string_view::npos) {
        s.time = printed;
      }
    }
  }
  return segments;
}

}  // namespace

std::vector<Segment> SegmentText(std::string_view content, std::string_view known_outlet,
                                 PageMeta* page_meta) {
  Segmenter segmenter(content, known_outlet, page_meta);
  return segmenter.Run();
}

void FillSegmentText(std::string_view content, Segment* segment) {
  segment->text.clear();
  segment->offset_map.clear();
  std::string& out = segment->text;
  size_t i = segment->start;
  while (i < segment->end) {
    char c = content[i];
    if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
      out.push_back(c);
      ++i;
      continue;
    }
    size_t run_end = i;
    bool has_break = false;
    while (run_end < segment->end && (content[run_end] == ' ' || content[run_end] == '\t' ||
                                      content[run_end] == '\r' || content[run_end] == '\n')) {
      has_break = has_break || content[run_end] == '\n';
      ++run_end;
    }
    if (!has_break) {
      out.append(content.substr(i, run_end - i));
    } else {
      if (run_end - i > 1) {
        segment->offset_map.emplace_back(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
        segment->offset_map.emplace_back(static_cast<uint32_t>(out.size() + 1),
                                         static_cast<uint32_t>(run_end));
      }
      out.push_back(' ');
    }
    i = run_end;
  }
  if (!segment->offset_map.empty()) {
    segment->offset_map.insert(segment->offset_map.begin(),
                               {0u, static_cast<uint32_t>(segment->start)});
  }
}

}  // namespace sitrep::clean
