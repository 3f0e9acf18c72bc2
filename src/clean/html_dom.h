// The HTML cleaner's view of a parsed page: a flat table of elements and a
// list of text blocks, built in one walk over the gumbo parse tree. This is
// the only place that calls gumbo.
//
// Each element keeps its parent, tag name, lower-cased class and id, and a
// few attributes the labeller reads. A block is the text of one block-level
// element (p, h2, li, a div's own text run, ...) up to the next block-level
// boundary, with its content offsets and its link text. The head's <title>,
// <meta> tags and every JSON-LD script are collected on the way.
// ParseDom is stateless and thread-safe; a DomPage is a plain value.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/html_text.h"
#include "sitrep/status.h"

namespace sitrep::clean {

struct DomNode {
  int parent = -1;
  std::string_view tag;  // lower-case tag name (static storage), "" for unknown
  std::string cls;       // class attribute, lower-cased
  std::string id;        // id attribute, lower-cased
  std::string itemprop;  // itemprop attribute, lower-cased
  std::string time;      // for <time>: its text, else its datetime attribute
  int depth = 0;         // element depth from <html>
  int text_bytes = 0;    // block text inside this element (filled by the walk)
};

struct DomBlock {
  int node = -1;       // the innermost block-level element holding the text
  std::string text;    // decoded, white space collapsed
  size_t start = 0;
  size_t end = 0;
  std::vector<std::pair<uint32_t, uint32_t>> offset_map;
  size_t link_bytes = 0;  // text bytes inside <a>
  int inline_node = -1;   // the inline element holding all of the text, if one does
  std::vector<int> inline_nodes;  // inline elements with a class or id that hold some of the text
};

struct DomPage {
  std::vector<DomNode> nodes;
  std::vector<DomBlock> blocks;
  std::string title;                                   // <title> text
  std::vector<std::pair<std::string, std::string>> meta;  // (name or property, content), lower-cased keys
  std::vector<std::string> json_ld;                    // raw JSON-LD script bodies
  std::string lang;                                    // <html lang>
};

// Parses `content` into `page` (every string is copied, so `content` need
// only live for the call). Offsets in `page` are byte offsets in `content`.
// Fails only if the parser returns no tree.
Status ParseDom(std::string_view content, DomPage* page);

// True when `a` is an ancestor of (or equal to) `b` in `page`.
bool IsAncestor(const DomPage& page, int a, int b);

}  // namespace sitrep::clean
