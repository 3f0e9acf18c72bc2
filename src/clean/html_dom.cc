// ParseDom: one gumbo parse (of the page with script and style bodies cut
// out, see html_strip.h) and one depth-first walk. The walker keeps the
// TextRun of the innermost open block element; text nodes are appended to
// it with their source positions (gumbo's original_text points into the
// parsed buffer; StrippedHtml maps that offset back to the page). Entering or leaving a
// block-level element closes the current run as a DomBlock, so a div with
// text, then a <p>, then more text gives three blocks. Script, style, forms
// controls and hidden subtrees are skipped; JSON-LD scripts are kept aside.
#include "clean/html_dom.h"

#include <gumbo.h>

#include <algorithm>

#include "base/strings.h"
#include "clean/html_strip.h"

namespace sitrep::clean {
namespace {

constexpr int kMaxDepth = 1200;

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: 
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

std::string_view Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool IsHidden(const GumboElement& el) {
  if (gumbo_get_attribute(&el.attributes, "hidden") != nullptr) return true;
  if (IEquals(Attr(el, "aria-hidden"), "true")) return true;
  std::string style = AsciiLower(Attr(el, "style"));
  if (style.empty()) return false;
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

std::string ChildText(const GumboNode* node) {
  std::string out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE ||
        k->type == GUMBO_NODE_CDATA) {
      out += k->v.text.text;
    }
  }
  return out;
}

class Walker {
 public:
  Walker(std::string_view content, const StrippedHtml& parsed, DomPage* page)
      : content_(content), parsed_(parsed), page_(page) {}

  void Walk(const GumboNode* node, int parent, int depth) {
    if (depth > kMaxDepth) return;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        AddText(node->v.text);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        Element(node, parent, depth);
        return;
      default:
        return;
    }
  }

  void Flush() {
    if (run_.empty()) {
      run_.Clear();
      link_bytes_ = 0;
      inline_nodes_.clear();
      whole_inline_ = -1;
      return;
    }
    DomBlock b;
    b.node = block_node_;
    b.text = run_.text();
    b.start = run_.start();
    b.end = run_.end();
    b.offset_map = run_.TakeOffsetMap();
    b.link_bytes = std::min(link_bytes_, b.text.size());
    if (whole_inline_ >= 0 && whole_inline_size_ == b.text.size()) b.inline_node = whole_inline_;
    b.inline_nodes = std::move(inline_nodes_);
    inline_nodes_.clear();
    page_->blocks.push_back(std::move(b));
    run_.Clear();
    link_bytes_ = 0;
    whole_inline_ = -1;
  }

 private:
  void AddText(const GumboText& t) {
    size_t before = run_.text().size();
    const char* p = t.original_text.data;
    std::string_view buffer = parsed_.text();
    if (p != nullptr && p >= buffer.data() && p + t.original_text.length <= buffer.data() + buffer.size()) {
      size_t offset = parsed_.Original(static_cast<size_t>(p - buffer.data()));
      run_.AppendNode(content_.substr(offset, t.original_text.length), offset, t.text);
    } else {
      run_.AppendUnaligned(t.text, run_.end());
    }
    if (link_depth_ > 0) link_bytes_ += run_.text().size() - before;
  }

  void Head(const GumboNode* node, int depth) {
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      Special(k);
    }
  }

  // Title, meta and JSON-LD script elements; true when `node` was one.
  bool Special(const GumboNode* node) {
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_TITLE) {
      if (page_->title.empty()) page_->title = CollapseSpace(ChildText(node));
      return true;
    }
    if (el.tag == GUMBO_TAG_META) {
      std::string_view key = Attr(el, "property");
      if (key.empty()) key = Attr(el, "name");
      if (key.empty()) key = Attr(el, "itemprop");
      std::string_view value = Attr(el, "content");
      if (!key.empty() && !value.empty()) {
        page_->meta.emplace_back(AsciiLower(key), std::string(value));
      }
      return true;
    }
    if (el.tag == GUMBO_TAG_SCRIPT) {
      if (IEquals(Trim(Attr(el, "type")), "application/ld+json")) {
        page_->json_ld.push_back(ChildText(node));
      }
      return true;
    }
    return false;
  }

  void Element(const GumboNode* node, int parent, int depth) {
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_HEAD) {
      Head(node, depth);
      return;
    }
    if (el.tag == GUMBO_TAG_HTML) page_->lang = std::string(Attr(el, "lang"));
    if (Special(node)) return;
    if (el.tag == GUMBO_TAG_BR) {
      run_.Break();
      return;
    }
    if (IsSkippedTag(el.tag) || IsHidden(el)) return;
    int index = static_cast<int>(page_->nodes.size());
    {
      DomNode n;
      n.parent = parent;
      n.tag = gumbo_normalized_tagname(el.tag);
      n.cls = AsciiLower(Attr(el, "class"));
      n.id = AsciiLower(Attr(el, "id"));
      n.itemprop = AsciiLower(Attr(el, "itemprop"));
      n.depth = depth;
      if (el.tag == GUMBO_TAG_TIME) n.time = std::string(Attr(el, "datetime"));
      page_->nodes.push_back(std::move(n));
    }
    bool block = IsBlockTag(el.tag);
    int saved_block = block_node_;
    if (block) {
      Flush();
      block_node_ = index;
    } else if (el.tag == GUMBO_TAG_IMG) {
      run_.Break();
    }
    if (el.tag == GUMBO_TAG_A) ++link_depth_;
    bool starts_run = !block && run_.empty();
    size_t time_from = run_.text().size();
    size_t blocks_before = page_->blocks.size();
    const GumboVector& kids = el.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      Walk(static_cast<const GumboNode*>(kids.data[i]), index, depth + 1);
    }
    if (el.tag == GUMBO_TAG_A) --link_depth_;
    if (!block && page_->blocks.size() == blocks_before && run_.text().size() > time_from &&
        (!page_->nodes[index].cls.empty() || !page_->nodes[index].id.empty())) {
      inline_nodes_.push_back(index);
    }
    if (starts_run && page_->blocks.size() == blocks_before && !run_.empty()) {
      whole_inline_ = index;
      whole_inline_size_ = run_.text().size();
    }
    if (el.tag == GUMBO_TAG_TIME && page_->blocks.size() == blocks_before &&
        run_.text().size() > time_from) {
      page_->nodes[index].time = std::string(Trim(run_.text().substr(time_from)));
    }
    if (block) {
      Flush();
      block_node_ = saved_block;
    }
  }

  std::string_view content_;
  const StrippedHtml& parsed_;
  DomPage* page_;
  TextRun run_;
  int block_node_ = -1;
  int link_depth_ = 0;
  size_t link_bytes_ = 0;
  std::vector<int> inline_nodes_;
  int whole_inline_ = -1;  // inline element that opened the run and holds all of it so far
  size_t whole_inline_size_ = 0;
};

}  // namespace

Status ParseDom(std::string_view content, DomPage* page) {
  StrippedHtml parsed(content);
  std::string_view buffer = parsed.text();
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, buffer.data(), buffer.size());
  if (out == nullptr || out->root == nullptr) {
    return InvalidArgumentError("HTML parser returned no document tree");
  }
  Walker walker(content, parsed, page);
  walker.Walk(out->root, -1, 0);
  walker.Flush();
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return Status::OK();
}

bool IsAncestor(const DomPage& page, int a, int b) {
  while (b >= 0) {
    if (a == b) return true;
    b = page.nodes[b].parent;
  }
  return false;
}

}  // namespace sitrep::clean
