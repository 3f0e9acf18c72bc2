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
