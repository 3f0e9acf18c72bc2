// Text accumulation for the HTML cleaner: turns the text nodes of one DOM
// block into a segment text (entities decoded, white space collapsed) with
// an offset map back into the page content.
//
// A TextRun is filled node by node while the DOM walker is inside a block,
// then moved into a Segment. Each call gets both the source bytes of a text
// node (as written in the page, with entities) and the parser's decoded
// text; the two are walked in lock step so that every emitted byte knows
// the content offset it came from. A value type; not synchronized.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::clean {

class TextRun {
 public:
  // Appends one text node. `source` is the node's bytes in the page content,
  // starting at content offset `source_offset`; `decoded` is the same text
  // with character references resolved (and CR LF folded). White space runs
  // (including U+00A0) become one space; leading space of the run is dropped.
  void AppendNode(std::string_view source, size_t source_offset, std::string_view decoded);
  // Appends decoded text that has no source bytes (text the parser made
  // up); every byte maps to `source_offset`.
  void AppendUnaligned(std::string_view decoded, size_t source_offset);
  // A soft break (<br>, inline block boundary): one space unless the run is
  // empty or already ends with a space.
  void Break();

  bool empty() const { return text_.empty(); }
  // Never ends with a space (trailing white space stays pending).
  const std::string& text() const { return text_; }
  size_t start() const { return start_; }
  size_t end() const { return end_; }
  // Anchors (text offset, content offset); see Segment::offset_map. Empty
  // when the text is the content between start() and end() byte for byte.
  std::vector<std::pair<uint32_t, uint32_t>> TakeOffsetMap();
  void Clear();

 private:
  // Appends `bytes` that stand for content[content_offset, +source_len);
  // `verbatim` when they are those very bytes.
  void Emit(std::string_view bytes, size_t content_offset, size_t source_len, bool verbatim);
  void SetPendingSpace(size_t offset, size_t len, bool verbatim);

  std::string text_;
  size_t start_ = 0;
  size_t end_ = 0;
  bool pending_space_ = false;
  size_t pending_space_offset_ = 0;
  size_t pending_space_len_ = 0;
  bool pending_space_verbatim_ = false;
  // anchors_[i] = (text offset, content offset) where continuity breaks.
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;
  bool verbatim_ = true;  // text_ == content[start_, end_) so far
};

// True for ASCII white space bytes.
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

}  // namespace sitrep::clean
