// CleanHtml: label the blocks of a parsed page.
//
// 1. Cues. Every element gets the cues of its own class, id and tag (see
//    html_cues.h) and inherits its ancestors'. A furniture cue on a wrapper
//    that holds most of the page's text is dropped (a body class such as
//    "has-sidebar" must not sink the article).
// 2. Article region. "Good" text is block text outside furniture and comment
//    threads whose link density is low. The region is the deepest element
//    that still holds most of the page's good text: descending from the
//    root, we step into a child while it keeps at least kRegionShare of it.
//    One pass over blocks to sum text into ancestors, one walk down.
// 3. Labels, block by block in page order: comment items (with depth from
//    nested items and the item's date), live updates (class cues, or a line
//    opening "UPDATE 1700 GMT"), furniture, the title (first h1, or the
//    block equal to the page's title), and inside the region headings, deks,
//    meta lines and body; everything else outside the region is boilerplate.
// Consecutive body blocks of one comment merge into one comment segment.
#include "clean/html_cleaner.h"

#include <algorithm>
#include <unordered_map>

#include "base/strings.h"
#include "clean/html_cues.h"
#include "clean/html_dom.h"
#include "clean/html_meta.h"
#include "clean/html_segments.h"

namespace sitrep::clean {
namespace {

constexpr double kRegionShare = 0.66;
constexpr double kArticleShare = 0.7;
constexpr double kBoilerWrapperShare = 0.4;
constexpr size_t kMinParagraph = 80;
constexpr double kMaxParagraphLinks = 0.2;
constexpr double kMaxBodyLinkDensity = 0.5;
constexpr double kMaxGoodLinkDensity = 0.33;
constexpr size_t kMinGoodText = 25;
constexpr size_t kMaxMetaText = 250;
constexpr size_t kMaxDekParagraphs = 600;
constexpr size_t kMaxCommentMetaLine = 120;

double LinkDensity(const DomBlock& b) {
  return b.text.empty() ? 0.0 : static_cast<double>(b.link_bytes) / b.text.size();
}

bool IsHeadingTag(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '2' && tag[1] <= '6';
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Labeller {
 public:
  Labeller(const DomPage& dom, const PageMeta& meta) : dom_(dom), meta_(meta) {}

  void Run(SegmentBuilder* out) {
    ComputeText();
    ComputeCues();
    FindRegion();
    ComputeItemTimes();
    for (size_t i = 0; i < dom_.blocks.size(); ++i) Label(dom_.blocks[i], out);
  }

 private:
  // Sums, for every element, the text of the paragraph-like blocks under it
  // (long, few links), whatever their cues.
  void ComputeText() {
    size_t n = dom_.nodes.size();
    para_.assign(n, 0);
    page_para_ = 0;
    for (const DomBlock& b : dom_.blocks) {
      if (b.node < 0 || b.text.size() < kMinParagraph || LinkDensity(b) > kMaxParagraphLinks) {
        continue;
      }
      page_para_ += b.text.size();
      for (int k = b.node; k >= 0; k = dom_.nodes[k].parent) para_[k] += b.text.size();
    }
  }

  void ComputeCues() {
    size_t n = dom_.nodes.size();
    ctx_.assign(n, 0);
    own_.assign(n, 0);
    item_.assign(n, -1);
    update_.assign(n, -1);
    item_depth_.assign(n, 0);
    thread_since_item_.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
      int p = dom_.nodes[i].parent;
      uint32_t inherited = p >= 0 ? ctx_[p] : 0;
      bool in_thread = inherited & (kCueCommentThread | kCueCommentItem);
      uint32_t own = NodeCues(dom_.nodes[i], in_thread);
      if ((own & kCueBoiler) && para_[i] >= kMinParagraph &&
          para_[i] >= kBoilerWrapperShare * page_para_) {
        own &= ~kCueBoiler;
      }
      // Dek and meta cues reach only the element and its children, and only
      // when it holds little paragraph text (not a "story-summary" wrapper
      // around the whole story).
      constexpr uint32_t kNear = kCueDek | kCueMeta;
      if (para_[i] > kMaxDekParagraphs) own &= ~kNear;
      ctx_[i] = (inherited & ~kNear) | own | (p >= 0 ? (own_[p] & kNear) : 0);
      own_[i] = own;
      item_[i] = p >= 0 ? item_[p] : -1;
      update_[i] = p >= 0 ? update_[p] : -1;
      item_depth_[i] = p >= 0 ? item_depth_[p] : 0;
      thread_since_item_[i] = p >= 0 && thread_since_item_[p];
      // An item directly inside another item (WordPress's article.comment-body
      // in li.comment) is the same comment; a reply sits in a thread element
      // ("children", "replies") inside its parent comment.
      if ((own & kCueCommentItem) && (item_[i] < 0 || thread_since_item_[i])) {
        item_[i] = static_cast<int>(i);
        ++item_depth_[i];
        thread_since_item_[i] = false;
      } else if (own & kCueCommentThread) {
        thread_since_item_[i] = true;
      }
      if ((own & kCueUpdate) && !(inherited & kCueUpdate)) update_[i] = static_cast<int>(i);
    }
  }

  bool IsGood(const DomBlock& b) const {
    if (b.node < 0 || b.text.size() < kMinGoodText) return false;
    uint32_t c = ctx_[b.node];
    if (c & (kCueBoiler | kCueCommentThread | kCueCommentItem)) return false;
    return LinkDensity(b) <= kMaxGoodLinkDensity;
  }

  void FindRegion() {
    size_t n = dom_.nodes.size();
    std::vector<size_t> good(n, 0);
    std::vector<int> best_child(n, -1);
    for (const DomBlock& b : dom_.blocks) {
      if (!IsGood(b)) continue;
      for (int k = b.node; k >= 0; k = dom_.nodes[k].parent) good[k] += b.text.size();
    }
    for (size_t i = 0; i < n; ++i) {
      int p = dom_.nodes[i].parent;
      if (p >= 0 && (best_child[p] < 0 || good[i] > good[best_child[p]])) {
        best_child[p] = static_cast<int>(i);
      }
    }
    region_ = -1;
    if (n == 0) return;
    int r = 0;
    size_t total = good[0];
    if (total == 0) return;
    while (best_child[r] >= 0 && good[best_child[r]] >= kRegionShare * total) r = best_child[r];
    // Step further into a marked article element holding most of the rest
    // (an <article> with teasers beside it in the same column).
    while (best_child[r] >= 0) {
      int c = best_child[r];
      if (good[c] >= kArticleShare * good[r] && (own_[c] & kCueArticle)) {
        r = c;
      } else {
        break;
      }
    }
    region_ = r;
  }

  // The printed time of each comment item and live update: its first <time>.
  void ComputeItemTimes() {
    for (size_t i = 0; i < dom_.nodes.size(); ++i) {
      const DomNode& node = dom_.nodes[i];
      if (node.tag != "time" || node.time.empty()) continue;
      int owner = item_[i] >= 0 ? item_[i] : update_[i];
      if (owner >= 0 && !times_.contains(owner)) times_[owner] = node.time;
    }
  }

  bool InRegion(int node) const { return region_ >= 0 && IsAncestor(dom_, region_, node); }

  void Label(const DomBlock& b, SegmentBuilder* out) {
    if (b.node < 0) {
      out->Add(b, SegmentLabel::kBoilerplate);
      return;
    }
    const DomNode& node = dom_.nodes[b.node];
    uint32_t c = ctx_[b.node];
    // A block that is all one inline element (<span class="byline">) takes its cues.
    if (b.inline_node >= 0) c |= own_[b.inline_node] & (kCueMeta | kCueDek | kCueBoiler);
    int item = item_[b.node];
    if (item >= 0) {
      LabelComment(b, item, c, out);
      return;
    }
    if (c & (kCueCommentThread | kCueBoiler)) {
      // A date or tag line of its own inside furniture is still meta.
      uint32_t own = own_[b.inline_node >= 0 ? b.inline_node : b.node];
      bool meta = (own & kCueMeta) && !(own & kCueBoiler) && b.text.size() <= kMaxMetaText;
      out->Add(b, meta ? SegmentLabel::kMeta : SegmentLabel::kBoilerplate);
      return;
    }
    if (!title_done_ && (node.tag == "h1" || (!meta_.title.empty() && b.text == meta_.title.value))) {
      title_done_ = true;
      out->Add(b, SegmentLabel::kTitle);
      return;
    }
    int update = update_[b.node];
    if (update >= 0 || LooksLikeUpdateLine(b.text)) {
      LabelUpdate(b, update, out);
      return;
    }
    if (!InRegion(b.node)) {
      bool lone_meta = (c & kCueMeta) && b.text.size() <= kMaxMetaText;
      out->Add(b, lone_meta ? SegmentLabel::kMeta
                  : (c & kCueDek) ? SegmentLabel::kDek : SegmentLabel::kBoilerplate);
      return;
    }
    out->Add(b, RegionLabel(b, node, c));
  }

  SegmentLabel RegionLabel(const DomBlock& b, const DomNode& node, uint32_t c) const {
    double ld = LinkDensity(b);
    if (IsHeadingTag(node.tag)) {
      return ld > kMaxBodyLinkDensity ? SegmentLabel::kBoilerplate : SegmentLabel::kHeading;
    }
    if ((c & kCueDek) && b.text.size() <= 2 * kMaxMetaText) return SegmentLabel::kDek;
    if ((c & kCueMeta) && b.text.size() <= kMaxMetaText) return SegmentLabel::kMeta;
    if (ld > kMaxBodyLinkDensity) return SegmentLabel::kBoilerplate;
    return SegmentLabel::kBody;
  }

  void LabelComment(const DomBlock& b, int item, uint32_t c, SegmentBuilder* out) {
    int depth = item_depth_[item] - 1;
    // A loose line in the item itself ("Hassan says: <small class=
    // commentmetadata>...") with an author or date element in it.
    uint32_t inline_cues = 0;
    for (int k : b.inline_nodes) inline_cues |= own_[k];
    bool meta_line = b.node == item && (inline_cues & kCueCommentMeta) &&
                     b.text.size() <= kMaxCommentMetaLine;
    if ((c & kCueCommentMeta) || meta_line) {
      if (!times_.contains(item) && HasDigit(b.text)) times_[item] = b.text;
      out->AddComment(b, SegmentLabel::kMeta, item, depth, "");
      return;
    }
    auto t = times_.find(item);
    out->AddComment(b, SegmentLabel::kComment, item, depth, t == times_.end() ? "" : t->second);
  }

  void LabelUpdate(const DomBlock& b, int update, SegmentBuilder* out) {
    std::string_view lead = LeadingTime(b.text);
    if (update >= 0) {
      auto t = times_.find(update);
      if (t == times_.end() && !lead.empty()) {
        t = times_.emplace(update, std::string(lead)).first;
      }
      // A block that is only the time stamp is the update's meta line.
      bool stamp_only = t != times_.end() && b.text.size() <= t->second.size() + 12;
      out->AddTimed(b, stamp_only ? SegmentLabel::kMeta : SegmentLabel::kUpdate,
                    t == times_.end() ? "" : t->second);
      return;
    }
    out->AddTimed(b, SegmentLabel::kUpdate, std::string(lead));
  }

  const DomPage& dom_;
  const PageMeta& meta_;
  std::vector<size_t> para_;
  size_t page_para_ = 0;
  std::vector<uint32_t> ctx_, own_;
  std::vector<int> item_, update_, item_depth_;
  std::vector<bool> thread_since_item_;
  std::unordered_map<int, std::string> times_;
  int region_ = -1;
  bool title_done_ = false;
};

}  // namespace

Status CleanHtml(const RawPage& page, std::vector<Segment>* segments, PageMeta* page_meta) {
  DomPage dom;
  RETURN_IF_ERROR(ParseDom(page.content, &dom));
  *page_meta = PageMeta();
  ReadPageMeta(dom, page_meta);
  segments->clear();
  SegmentBuilder builder(page.content, segments);
  Labeller labeller(dom, *page_meta);
  labeller.Run(&builder);
  return Status::OK();
}

}  // namespace sitrep::clean


