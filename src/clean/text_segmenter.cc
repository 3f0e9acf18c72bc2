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
// Menu lines ("Skip to content", "Home | World | Syria") before the title
// are boilerplate. A live-blog entry time ("17:05 GMT —") labels its
// paragraph and those under it update until the next entry, a heading or a
// two-blank-line gap; "UPDATE ...:" labels only its own paragraph. Comments
// with no header open the tail when they follow a share bar and speak in a
// reader's voice (text_cues.h: IsConversational, IsCommentSignoff); without
// list markers, a sign-off line starts a comment and a reply arrow or
// @name puts it one level down.
// Labels are per line; segments are then built per paragraph (per comment
// in the comment section, per line for meta).
#include "clean/text_segmenter.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "base/strings.h"
#include "clean/dateline.h"
#include "clean/text_cues.h"

namespace sitrep::clean {
namespace {

constexpr int kNoLabel = -1;

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

// The label one line earns on its own, whatever its paragraph: widgets and
// counters are meta; cross-links, furniture, menu bars and comment buttons
// are boilerplate. Returns false when the line has no such cue.
bool LineCue(std::string_view text, SegmentLabel* label) {
  if (IsWidgetLine(text) || IsCounterLine(text) || IsSectionLabel(text) || IsRelativeTime(text) ||
      IsCreditLine(text)) {
    *label = SegmentLabel::kMeta;
  } else if (IsCrossLink(text) || IsFurnitureLine(text) || IsMenuBar(text) ||
             IsCommentButtons(text)) {
    *label = SegmentLabel::kBoilerplate;
  } else {
    return false;
  }
  return true;
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
  bool IsKicker(size_t i) const;
  size_t LabelHeader(size_t from);
  size_t FindTail(size_t from, bool seen_paragraph) const;
  bool OpensCommentList(size_t i) const;
  bool NextToDate(size_t i) const;
  bool IsHeaderMeta(size_t i) const;
  bool OpensLiveBlog(size_t i) const;
  bool DateFollows(size_t last) const;
  bool LongParagraphFollows(size_t last) const;
  bool OpensHeaderlessComments(size_t i) const;
  void LabelParagraph(size_t first, size_t last, bool* in_update);
  bool OpensTail(size_t i) const;
  void LabelArticle(size_t from, size_t to);
  void MarkLinkLists(size_t from, size_t to);
  void LabelTail(size_t from);
  void BodyFromLoneDek();
  size_t LabelCommentParagraph(size_t i);
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
    if (IsMenuBar(lines_[i].text)) {  // "Skip to content", "Home | World | Syria"
      Set(i, SegmentLabel::kBoilerplate);
      labels_[i].own_segment = true;
      continue;
    }
    if (IsKicker(i)) {  // a section name over the headline: "Syria", "LATEST"
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

// A kicker: one or two capitalized words with no end punctuation, directly
// over a longer line that is not a sentence (the headline), at most one
// blank line between them.
bool Segmenter::IsKicker(size_t i) const {
  std::string_view text = lines_[i].text;
  if (IsSectionLabel(text)) return true;
  if (WordCount(text) > 2 || !IsShortName(text)) return false;
  size_t j = i + 1;
  if (j < lines_.size() && lines_[j].blank) ++j;  // at most one blank line between
  if (j >= lines_.size() || lines_[j].blank) return false;
  return WordCount(lines_[j].text) >= 4 && !EndsSentence(lines_[j].text);
}

// True when a header line is meta: a printed date, the outlet, a widget, a
// byline, a counter, a section label or a short name next to the date.
bool Segmenter::IsHeaderMeta(size_t i) const {
  std::string_view text = lines_[i].text;
  return IsOutletLine(text, outlet_) || IsWidgetLine(text) || IsBylineLine(text) || IsCreditLine(text) ||
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
    if (OpensLiveBlog(i)) return i;
    if (IsRelativeTime(line.text) || IsMenuBar(line.text)) {  // "Updated 2 hours ago"
      Set(i, IsMenuBar(line.text) ? SegmentLabel::kBoilerplate : SegmentLabel::kMeta);
    } else if (ParseDateLine(line.text, &iso)) {
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
      if (StartsWithDateline(line.text) || ParseUpdateLine(line.text, &time) ||
          (words >= 30 && !DateFollows(last)) ||
          (last > i && words >= 15 && !IsCreditLine(lines_[last].text)) ||
          (words >= 20 && EndsSentence(lines_[last].text) && LongParagraphFollows(last)) ||
          OpensTail(i) || header_lines >= 8) {
        return i;
      }
      Set(i, SegmentLabel::kDek);
    }
    labels_[i].own_segment = labels_[i].label == static_cast<int>(SegmentLabel::kMeta);
    ++header_lines;
  }
  return lines_.size();
}

// The first non-blank line after `last`, or lines_.size().
size_t NextNonBlank(const std::vector<Line>& lines, size_t last) {
  size_t j = last + 1;
  while (j < lines.size() && lines[j].blank) ++j;
  return j;
}

// True when the next line after a header paragraph is a printed date or a
// byline: the paragraph is a long standfirst, not the article's first one.
bool Segmenter::DateFollows(size_t last) const {
  size_t j = NextNonBlank(lines_, last);
  std::string iso;
  return j < lines_.size() && (ParseDateLine(lines_[j].text, &iso) || IsBylineLine(lines_[j].text));
}

// True when the next paragraph after `last` holds 20 words or more: two
// full paragraphs in a row are the article, not a standfirst.
bool Segmenter::LongParagraphFollows(size_t last) const {
  size_t j = NextNonBlank(lines_, last);
  return j < lines_.size() && ParagraphWords(lines_, j, ParagraphEnd(lines_, j)) >= 20;
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

// True when line i opens reader comments that have no header: it speaks in
// a reader's voice (IsConversational) or signs a comment ("Name says:"),
// right after a share bar or other furniture, and so does most of what
// follows.
bool Segmenter::OpensHeaderlessComments(size_t i) const {
  size_t prev = i;
  while (prev > 0 && lines_[prev - 1].blank) --prev;
  SegmentLabel cue;
  if (prev == 0 || !LineCue(lines_[prev - 1].text, &cue)) return false;
  int lines = 0, voiced = 0;
  for (size_t j = i; j < lines_.size() && lines < 12; ++j) {
    if (lines_[j].blank || LineCue(lines_[j].text, &cue)) continue;
    ++lines;
    voiced += IsConversational(lines_[j].text) || IsCommentSignoff(lines_[j].text);
  }
  return lines > 0 && voiced * 2 >= lines && (IsConversational(lines_[i].text) || IsCommentSignoff(lines_[i].text));
}

// The first line from `from` that opens the page's tail, after at least one
// paragraph of article text.
size_t Segmenter::FindTail(size_t from, bool seen_paragraph) const {
  for (size_t i = from; i < lines_.size(); ++i) {
    if (lines_[i].blank) continue;
    size_t last = ParagraphEnd(lines_, i);
    if (seen_paragraph && (OpensTail(i) || OpensHeaderlessComments(i))) return i;
    if (ParagraphWords(lines_, i, last) >= 20) seen_paragraph = true;
    i = last;
  }
  return lines_.size();
}

// True when line i opens a live blog: an entry time ("17:05 GMT —", "17
// April 2023, 19:15 GMT") with another entry time further down the page.
bool Segmenter::OpensLiveBlog(size_t i) const {
  if (!StartsLiveEntry(lines_[i].text, nullptr)) return false;
  for (size_t j = i + 1; j < lines_.size() && j < i + 60; ++j) {
    if (StartsLiveEntry(lines_[j].text, nullptr)) return true;
  }
  return false;
}

void Segmenter::LabelArticle(size_t from, size_t to) {
  bool in_update = false;
  for (size_t i = from; i < to; ++i) {
    if (lines_[i].blank) continue;
    size_t last = std::min(ParagraphEnd(lines_, i), to - 1);
    // An update runs until the next entry, a heading or a section gap (two blank lines).
    if (BlankRunBefore(lines_, i) >= 2) in_update = false;
    LabelParagraph(i, last, &in_update);
    labels_[i].own_segment = true;
    i = last;
  }
  MarkLinkLists(from, to);
}

// Labels the paragraph [first, last] of the article zone. A live entry
// ("UPDATE 1700 GMT:", "17:05 GMT —") and the paragraphs under it are
// update; a paragraph whose lines all carry their own cue (share bars,
// footers) takes them line by line; a short paragraph led by furniture (a
// newsletter box) is boilerplate.
void Segmenter::LabelParagraph(size_t first, size_t last, bool* in_update) {
  std::string_view text = lines_[first].text;
  std::string time;
  SegmentLabel label = SegmentLabel::kBody;
  bool cued = true;
  for (size_t j = first; j <= last && cued; ++j) cued = LineCue(lines_[j].text, &label);
  if (cued) {
    for (size_t j = first; j <= last; ++j) {
      LineCue(lines_[j].text, &label);
      Set(j, label);
      labels_[j].own_segment = true;
    }
    *in_update = false;
    return;
  }
  label = SegmentLabel::kBody;
  if (ParseUpdateLine(text, &time) || StartsLiveEntry(text, &time)) {
    // "UPDATE 1700 GMT:" is one paragraph added on top of a standing
    // article; a bare entry time ("17:05 GMT —") heads the paragraphs under it.
    label = SegmentLabel::kUpdate;
    *in_update = !StartsWith(AsciiLower(text), "update");
  } else if (IsFurnitureLine(text) && ParagraphWords(lines_, first, last) <= 40) {
    label = SegmentLabel::kBoilerplate;
  } else if (last == first && IsNavigationLine(text)) {
    label = SegmentLabel::kBoilerplate;
  } else if (last == first && IsHeadingShape(text)) {
    label = SegmentLabel::kHeading;
    *in_update = false;
  } else if (*in_update) {
    label = SegmentLabel::kUpdate;
  }
  for (size_t j = first; j <= last; ++j) Set(j, label);
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

// The reply depth a flattened comment shows without indentation: a reply
// arrow or quote marker ("↳ name", "> name"), "In reply to", or an opening
// @name is one level down.
int ReplyDepth(std::string_view text) {
  bool reply = StartsWith(text, "\xE2\x86\xB3") || StartsWith(text, ">") || StartsWith(text, "@") ||
               StartsWith(text, "In reply to");
  return reply ? 1 : 0;
}

// Labels a paragraph of a comment section without list markers, from line
// i; returns its last line. A sign-off line ("Name says:", "Name • 3 hours
// ago") starts a new comment even inside the paragraph; action bars
// ("Reply • Share ›", "12 likes") are boilerplate.
size_t Segmenter::LabelCommentParagraph(size_t i) {
  size_t last = ParagraphEnd(lines_, i);
  int id = -1, depth = 0;
  for (size_t j = i; j <= last; ++j) {
    std::string_view text = lines_[j].text;
    if (IsCommentButtons(text) || IsFurnitureLine(text)) {
      Set(j, SegmentLabel::kBoilerplate);
      labels_[j].own_segment = true;
      id = -1;
      continue;
    }
    bool starts = id < 0 || IsCommentSignoff(text);
    if (starts) {
      id = comments_++;
      depth = ReplyDepth(text);
    } else if (ReplyDepth(text) > depth && j == i + 1) {
      depth = ReplyDepth(text);  // "In reply to ..." under the name line
      labels_[j - 1].depth = depth;
    }
    labels_[j] = {static_cast<int>(SegmentLabel::kComment), id, depth, starts};
  }
  return last;
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
    // A form prompt ("Leave a comment") may stand above the comments it closes on other sites.
    if (state == State::kClosed && base < 0 && IsCommentSignoff(text)) state = State::kComments;
    // The tail opened on a reader's voice with no comment header.
    if (i == from && OpensHeaderlessComments(i)) state = State::kComments;
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
      i = LabelCommentParagraph(i);
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

// No article without a body: a page that is a title and a short paragraph
// or two (a brief, a wire snippet) has them as body, not as a standfirst.
void Segmenter::BodyFromLoneDek() {
  auto is = [&](size_t i, SegmentLabel l) { return labels_[i].label == static_cast<int>(l); };
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (is(i, SegmentLabel::kBody) || is(i, SegmentLabel::kUpdate)) return;
  }
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (is(i, SegmentLabel::kDek)) Set(i, SegmentLabel::kBody);
  }
}

std::vector<Segment> Segmenter::Run() {
  size_t header_from = LabelTitle();
  size_t article = LabelHeader(header_from);
  // A header that ran into the tail held the article as dek: the tail may open at once.
  size_t tail = FindTail(article, article < lines_.size() && OpensTail(article));
  LabelArticle(article, tail);
  LabelTail(tail);
  BodyFromLoneDek();
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
