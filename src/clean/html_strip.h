// Script and style bodies cut out before parsing. Gumbo spends time on every
// byte it reads, and on news pages about half the bytes are inline scripts
// and style sheets whose text the cleaner skips anyway. StripScripts copies
// the page without the bodies of <script> (except JSON-LD), <style> and
// <svg> elements, keeping their tags, and remembers where it cut so that an
// offset in the copy maps back to the page.
//
// A value type built once per page; not synchronized.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::clean {

class StrippedHtml {
 public:
  // Builds the copy of `content`. When nothing is cut, text() views
  // `content` itself (which must then outlive this object).
  explicit StrippedHtml(std::string_view content);

  std::string_view text() const { return view_; }
  // Offset in the original content of byte `offset` of text().
  size_t Original(size_t offset) const;
  size_t cut_bytes() const { return cut_bytes_; }

 private:
  void Cut(std::string_view content);

  std::string copy_;
  std::string_view view_;
  // (offset in copy, offset in content) at each cut, ascending.
  std::vector<std::pair<size_t, size_t>> anchors_;
  size_t cut_bytes_ = 0;
};

}  // namespace sitrep::clean
