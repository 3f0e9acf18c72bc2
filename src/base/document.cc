#include <algorithm>

#include "sitrep/document.h"
#include "sitrep/event.h"

namespace sitrep {
namespace {

constexpr std::string_view kLabelNames[] = {
    "title", "dek", "meta", "heading", "body", "update", "boilerplate", "comment"};
constexpr std::string_view kModalityNames[] = {
    "reported", "claimed", "forecast", "hypothetical", "denied"};

}  // namespace

std::string_view LabelName(SegmentLabel label) {
  return kLabelNames[static_cast<int>(label)];
}

bool ParseLabel(std::string_view name, SegmentLabel* label) {
  for (size_t i = 0; i < std::size(kLabelNames); ++i) {
    if (kLabelNames[i] == name) {
      *label = static_cast<SegmentLabel>(i);
      return true;
    }
  }
  return false;
}

bool IsArticle(SegmentLabel label) {
  switch (label) {
    case SegmentLabel::kTitle:
    case SegmentLabel::kDek:
    case SegmentLabel::kHeading:
    case SegmentLabel::kBody:
    case SegmentLabel::kUpdate:
      return true;
    default:
      return false;
  }
}

bool IsEventSource(SegmentLabel label) {
  return label == SegmentLabel::kBody || label == SegmentLabel::kHeading ||
         label == SegmentLabel::kUpdate;
}

size_t Segment::OriginalOffset(size_t text_pos) const {
  if (offset_map.empty()) return start + text_pos;
  auto it = std::upper_bound(
      offset_map.begin(), offset_map.end(), text_pos,
      [](size_t pos, const std::pair<uint32_t, uint32_t>& a) { return pos < a.first; });
  if (it == offset_map.begin()) return start + text_pos;
  --it;
  return it->second + (text_pos - it->first);
}

std::string Document::FileName() const {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string_view ModalityName(Modality modality) {
  return kModalityNames[static_cast<int>(modality)];
}

bool ParseModality(std::string_view name, Modality* modality) {
  for (size_t i = 0; i < std::size(kModalityNames); ++i) {
    if (kModalityNames[i] == name) {
      *modality = static_cast<Modality>(i);
      return true;
    }
  }
  return false;
}

}  // namespace sitrep
