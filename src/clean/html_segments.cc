// Segments from blocks. Line numbers come from a sorted list of newline
// offsets built once per page (binary search per segment end). Merging two
// blocks joins their texts with one space; the offset map of the merged
// segment is the first block's anchors, an anchor for the joining space at
// the first block's end, and the second block's anchors shifted by the
// length of the text before it.
#include "clean/html_segments.h"

#include <algorithm>

namespace sitrep::clean {
namespace {

// The block's anchors, made explicit (a block with no anchors is verbatim
// from its start).
std::vector<std::pair<uint32_t, uint32_t>> ExplicitMap(const DomBlock& b) {
  if (!b.offset_map.empty()) return b.offset_map;
  return {{0u, static_cast<uint32_t>(b.start)}};
}

}  // namespace

SegmentBuilder::SegmentBuilder(std::string_view content, std::vector<Segment>* out)
    : content_(content), out_(out) {
  for (size_t i = content.find('\n'); i != std::string_view::npos; i = content.find('\n', i + 1)) {
    newlines_.push_back(i);
  }
}

int SegmentBuilder::LineOf(size_t offset) const {
  auto it = std::lower_bound(newlines_.begin(), newlines_.end(), offset);
  return static_cast<int>(it - newlines_.begin()) + 1;
}

void SegmentBuilder::AddTimed(const DomBlock& block, SegmentLabel label, std::string time) {
  Segment s;
  s.label = label;
  s.text = block.text;
  s.start = block.start;
  s.end = block.end;
  s.start_line = LineOf(block.start);
  s.end_line = LineOf(block.end > block.start ? block.end - 1 : block.start);
  s.time = std::move(time);
  s.offset_map = block.offset_map;
  out_->push_back(std::move(s));
  last_item_ = -1;
}

void SegmentBuilder::AddComment(const DomBlock& block, SegmentLabel label, int item, int depth,
                                std::string time) {
  if (label == SegmentLabel::kComment && item == last_item_ && !out_->empty() &&
      out_->back().label == SegmentLabel::kComment) {
    Append(block, &out_->back());
    return;
  }
  AddTimed(block, label, std::move(time));
  out_->back().depth = depth;
  if (label == SegmentLabel::kComment) last_item_ = item;
}

void SegmentBuilder::Append(const DomBlock& block, Segment* s) {
  if (s->offset_map.empty()) s->offset_map = {{0u, static_cast<uint32_t>(s->start)}};
  uint32_t join = static_cast<uint32_t>(s->text.size());
  s->offset_map.emplace_back(join, static_cast<uint32_t>(s->end));
  s->text += ' ';
  for (auto [t, c] : ExplicitMap(block)) s->offset_map.emplace_back(join + 1 + t, c);
  s->text += block.text;
  s->end = block.end;
  s->end_line = LineOf(block.end > block.start ? block.end - 1 : block.start);
}

}  // namespace sitrep::clean
