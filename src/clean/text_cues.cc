// Line cues of the plain-text segmenter (see text_cues.h). Each cue reads
// the shape of a line (length, case, final punctuation, list markers) or a
// closed set of formulaic words that sites print (headers, buttons, forms);
// none of them knows where on the page the line is.
#include "clean/text_cues.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <vector>

#include "base/strings.h"
#include "clean/dateline.h"

namespace sitrep::clean {
namespace {

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

bool EndsWithPunct(std::string_view text) {
  std::string_view t = StripClosers(Trim(text));
  return EndsSentence(t) || (!t.empty() && (t.back() == ':' || t.back() == ';' || t.back() == ','));
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

}  // namespace

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

bool EndsSentence(std::string_view text) {
  std::string_view t = StripClosers(Trim(text));
  if (EndsWith(t, "\xE2\x80\xA6")) return true;  // …
  return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

bool IsCapitalized(std::string_view word) {
  while (!word.empty() && (word[0] == '"' || word[0] == '\'' || word[0] == '(')) word.remove_prefix(1);
  if (StartsWith(word, "\xE2\x80\x9C") || StartsWith(word, "\xE2\x80\x98")) word.remove_prefix(3);
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  return std::isupper(c) || std::isdigit(c) || (c >= 0xC3 && c <= 0xC5);  // Latin-1/Ext-A capitals
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

// A menu bar flattened onto one line: three or more short entries between
// separators ("Home | World | Middle East", "News » Syria » Deir ez-Zor",
// "[ News ] [ Syria ]", entries set apart by runs of spaces), a breadcrumb
// trail, or a skip link or menu button.
bool IsMenuBar(std::string_view text) {
  std::string n = Normalized(text);
  if (IsIn(n, {"menu", "skip to content", "skip to main content", "skip to navigation",
               "toggle navigation", "search", "search...", "main menu", "navigation"}) ||
      StartsWith(n, "you are here")) {  // a breadcrumb trail
    return true;
  }
  if (EndsSentence(text) || text.size() > 200) return false;
  int entries = 1;
  size_t longest = 0, words = 0;
  std::string_view rest = text;
  for (;;) {
    size_t cut = std::string_view::npos, width = 0;
    for (std::string_view sep : {" | ", " \xC2\xBB ", " \xE2\x80\xBA ", " / ", " \xE2\x80\xA2 ",
                                 " \xC2\xB7 ", " > ", "] [", "   "}) {
      size_t at = rest.find(sep);
      if (at < cut) cut = at, width = sep.size();
    }
    words = WordCount(rest.substr(0, cut));
    longest = std::max(longest, words);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + width);
    ++entries;
  }
  return entries >= 3 && longest <= 4;
}

// A headline in a list of links: short, not a sentence.
bool IsHeadlineShape(std::string_view text) {
  return WordCount(text) <= 15 && !EndsSentence(text);
}

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
                  "more in this category", "read next", "related topics",
                  "more on this story", "also in the news", "most viewed"}) ||
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
                  "click to share", "subscribe", "loading...", "newsletter", "privacy",
                  "privacy policy", "terms of use", "contact us", "share this article"}) ||
         StartsWithAny(n, {"copyright", "\xC2\xA9", "subscribe to", "sign up for", "sign up to",
                           "follow us", "click here", "download our", "share this",
                           "load more", "share on ", "(reporting by", "powered by", "sign up",
                           "never miss", "enter your email", "by signing up", "sort by ",
                           "also on ", "show more comments", "view more comments",
                           "get our newsletter", "get the latest", "follow our"}) ||
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
  // Reading-time badges: "Reading time: 4 minutes", "5 min read".
  if (StartsWithAny(n, {"reading time", "read time", "estimated reading time"}) ||
      EndsWith(n, "min read") || EndsWith(n, "minute read") || EndsWith(n, "minutes read")) {
    return true;
  }
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

// The outlet's name alone, or as a masthead: the name, a separator and a
// tagline ("Jazira Journal — news from the Jazira", "Rudaw | Kurdistan").
bool IsOutletLine(std::string_view text, std::string_view outlet) {
  std::string_view t = Trim(text);
  if (outlet.empty()) return false;
  if (StartsWith(outlet, "The ") && !IEquals(t.substr(0, 4), "The ")) outlet.remove_prefix(4);
  if (t.size() < outlet.size() || !IEquals(t.substr(0, outlet.size()), outlet)) return false;
  std::string_view rest = Trim(t.substr(outlet.size()));
  if (rest.empty()) return true;
  for (std::string_view sep : {"\u2014", "\u2013", "-", "|", ":", "\u00b7"}) {
    if (StartsWith(rest, sep)) return true;
  }
  return false;
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

}  // namespace sitrep::clean

namespace sitrep::clean {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A clock time at the start of `t`: "17:05", "1420", "10:32am", "9.40 pm";
// returns its length (with a following "GMT", "BST", "am", "pm") or 0.
size_t ClockLength(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && IsAsciiDigit(t[i])) ++i;
  if (i == 0 || i > 4) return 0;
  if (i <= 2 && i + 2 < t.size() && (t[i] == ':' || t[i] == '.') && IsAsciiDigit(t[i + 1]) &&
      IsAsciiDigit(t[i + 2])) {
    i += 3;
  } else if (i != 4) {
    return 0;
  }
  std::string rest = AsciiLower(t.substr(i, 6));
  for (std::string_view z : {" gmt", " utc", " bst", " cet", " est", " edt", "am", "pm", " am",
                             " pm", " a.m.", " p.m."}) {
    if (StartsWith(rest, z)) return i + z.size();
  }
  return i == 4 ? 0 : i;  // "1420" alone is a year or a number, not a time
}

}  // namespace

// A live-blog entry opens with a time and a separator, or is a time line of
// its own: "17:05 GMT — ...", "15:40 — ...", "10:32am: ...", "1420 GMT: ...",
// "17 April 2023, 19:15 GMT". A date before the time is allowed.
bool StartsLiveEntry(std::string_view text, std::string* time) {
  std::string_view t = Trim(text);
  size_t comma = t.find(", ");
  if (comma != std::string_view::npos && comma < 30) {
    std::string iso;
    std::string_view head = t.substr(0, comma);
    if (ParseDateLine(head, &iso) && ClockLength(t.substr(comma + 2)) > 0) t = t.substr(comma + 2);
  }
  size_t n = ClockLength(t);
  if (n == 0) return false;
  std::string_view rest = Trim(t.substr(n));
  bool separated = rest.empty() || StartsWithAny(rest, {":", "\xE2\x80\x94", "\xE2\x80\x93", "- ", "|"});
  if (separated && time != nullptr) *time = std::string(t.substr(0, n));
  return separated;
}

// A photo credit: "Photo: Name/AFP via Getty Images", "Image: Reuters".
bool IsCreditLine(std::string_view text) {
  std::string n = Normalized(text);
  if (WordCount(n) > 14) return false;
  return StartsWithAny(n, {"photo:", "photo by", "photograph:", "image:", "picture:", "credit:",
                           "photo credit", "file photo", "source:"}) ||
         EndsWith(n, "getty images") || EndsWith(n, "/afp") || EndsWith(n, "/reuters") ||
         EndsWith(n, "/ap");
}

// "2 hours ago", "Updated 5 minutes ago", "yesterday": a relative time stamp.
bool IsRelativeTime(std::string_view text) {
  std::string n = Normalized(text);
  return WordCount(n) <= 6 && (EndsWith(n, " ago") || n == "yesterday" || n == "just now");
}

// A comment's action bar: "Reply", "Reply • Share ›", "12 likes", "Like · Reply".
bool IsCommentButtons(std::string_view text) {
  std::string n = Normalized(text);
  if (n.empty() || n.size() > 60) return false;
  for (std::string_view w : Split(n, ' ')) {
    if (w.empty() || IsIn(w, {"reply", "share", "like", "likes", "report", "flag", "upvote",
                             "downvote", "vote", "votes", "edit", "delete", "permalink", "|",
                             "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\xBA", "-"})) {
      continue;
    }
    if (std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiDigit(c); })) continue;
    return false;
  }
  return true;
}

// The line that opens a reader comment: "Ahmed Saleh says:", "Karim_D • 3
// hours ago", "Rami — October 2, 2017 at 11:40 am": a short name followed by
// "says:"/"wrote:", or by a bullet or dash and a date or relative time.
bool IsCommentSignoff(std::string_view text) {
  std::string_view t = Trim(text);
  if (WordCount(t) > 14 || EndsSentence(t)) return false;
  for (std::string_view verb : {" says:", " said:", " wrote:", " says"}) {
    if (EndsWith(t, verb) && WordCount(t) <= 6) return true;
  }
  for (std::string_view sep : {" \xE2\x80\xA2 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " | ", " - ", " \xC2\xB7 "}) {
    size_t at = t.find(sep);
    if (at == std::string_view::npos || at == 0 || WordCount(t.substr(0, at)) > 4) continue;
    std::string_view when = t.substr(at + sep.size());
    std::string iso, printed;
    if (IsRelativeTime(when) || ParseDateLine(when, &iso) ||
        FindTrailingDate(when, &printed) == 0) {
      return true;
    }
  }
  return false;
}

// The register of a reader rather than a reporter: first or second person
// without quotation marks, chat words, doubled '!' or '?', an @reply, or a
// sentence that starts in lower case. Quotes inside an article are marked
// with quotation marks and attributed, so a line with quotes or "said" is not
// conversational.
bool IsConversational(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty() || WordCount(t) > 80) return false;
  if (ContainsAny(t, {"\"", "\xE2\x80\x9C", " said", " says", " told "})) return false;
  if (t[0] == '@' || ContainsAny(t, {"!!", "??", "?!"})) return true;
  if (std::islower(static_cast<unsigned char>(t[0]))) return true;
  std::string n = " " + AsciiLower(t) + " ";
  for (char& c : n) {
    if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';') c = ' ';
  }
  return ContainsAny(n, {" i ", " i'm ", " i've ", " my ", " me ", " you ", " your ", " you're ",
                         " lol ", " lmao ", " omg ", " idiot", " stupid ", " love it ", " thank you ",
                         " thanks ", " shame on "});
}

}  // namespace sitrep::clean
