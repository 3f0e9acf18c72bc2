// SegmentBuilder: turns labelled DOM blocks into Segments of the page, with
// line numbers and offset maps, merging the paragraphs of one comment into
// one `comment` segment.
//
// Lives for one CleanHtml call; `content` and `out` must outlive it. Not
// synchronized.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/html_dom.h"
#include "sitrep/document.h"

namespace sitrep::clean {

class SegmentBuilder {
 public:
  SegmentBuilder(std::string_view content, std::vector<Segment>* out);

  void Add(const DomBlock& block, SegmentLabel label) { AddTimed(block, label, ""); }
  void AddTimed(const DomBlock& block, SegmentLabel label, std::string time);
  // A block of comment item `item` (any id that is equal for the blocks of
  // one comment): consecutive kComment blocks of the same item merge.
  void AddComment(const DomBlock& block, SegmentLabel label, int item, int depth,
                  std::string time);

 private:
  int LineOf(size_t offset) const;
  void Append(const DomBlock& block, Segment* segment);

  std::string_view content_;
  std::vector<Segment>* out_;
  std::vector<size_t> newlines_;  // offsets of '\n' in content
  int last_item_ = -1;            // comment item of the last segment, or -1
};

}  // namespace sitrep::clean
