#include "serve/document_view.h"

#include <algorithm>
#include <map>

#include "base/json_records.h"

namespace sitrep::serve {
namespace {

using nlohmann::json;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t CharBoundary(const std::string& text, size_t pos) {
  while (pos > 0 && pos < text.size() && IsContinuation(text[pos])) --pos;
  return pos;
}

std::vector<Highlight> Highlights(const Analysis& a) {
  std::vector<Highlight> out;
  for (const Event& e : a.events) {
    if (e.evidence_end > e.evidence_start) out.push_back({e.evidence_start, e.evidence_end, e.id});
  }
  for (const Claim& c : a.claims) {
    if (c.evidence_end > c.evidence_start) out.push_back({c.evidence_start, c.evidence_end, c.id});
  }
  return out;
}

json SegmentJson(const Segment& s, const std::vector<Highlight>& highlights) {
  json pieces = json::array();
  for (const Piece& p : CutSegment(s, highlights)) {
    pieces.push_back({{"text", p.text}, {"ids", p.ids}});
  }
  return {{"label", LabelName(s.label)}, {"start", s.start},       {"end", s.end},
          {"start_line", s.start_line},  {"end_line", s.end_line}, {"depth", s.depth},
          {"time", s.time},              {"text", s.text},         {"pieces", std::move(pieces)}};
}

json NullIfEmpty(const MetaValue& v) { return v.empty() ? json(nullptr) : json(v.value); }

}  // namespace

size_t TextOffset(const Segment& segment, size_t content_pos) {
  size_t lo = 0, hi = segment.text.size();
  while (lo < hi) {  // first text_pos with OriginalOffset(text_pos) >= content_pos
    size_t mid = lo + (hi - lo) / 2;
    if (segment.OriginalOffset(mid) < content_pos) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return CharBoundary(segment.text, lo);
}

std::vector<Piece> CutSegment(const Segment& segment, const std::vector<Highlight>& highlights) {
  const std::string& text = segment.text;
  // Boundaries in text offsets, each with the ids that start or stop there.
  std::map<size_t, std::vector<std::pair<std::string, int>>> edges;
  edges[0];
  edges[text.size()];
  for (const Highlight& h : highlights) {
    if (h.end <= segment.start || h.start >= segment.end) continue;
    size_t a = TextOffset(segment, std::max(h.start, segment.start));
    size_t b = TextOffset(segment, std::min(h.end, segment.end));
    if (b <= a) continue;
    edges[a].push_back({h.id, +1});
    edges[b].push_back({h.id, -1});
  }
  std::vector<Piece> out;
  std::map<std::string, int> open;
  for (auto it = edges.begin(); it != edges.end(); ++it) {
    for (const auto& [id, delta] : it->second) {
      if ((open[id] += delta) == 0) open.erase(id);
    }
    auto next = std::next(it);
    if (next == edges.end() || next->first == it->first) continue;
    std::vector<std::string> ids;
    for (const auto& [id, n] : open) ids.push_back(id);
    std::string piece = text.substr(it->first, next->first - it->first);
    if (!out.empty() && out.back().ids == ids) {
      out.back().text += piece;
    } else {
      out.push_back({std::move(piece), std::move(ids)});
    }
  }
  return out;
}

json DocumentJson(const Analysis& a) {
  const Document& d = a.document;
  std::vector<Highlight> highlights = Highlights(a);
  json segments = json::array();
  for (const Segment& s : d.segments) segments.push_back(SegmentJson(s, highlights));
  json events = json::array();
  for (const Event& e : a.events) events.push_back(ToJson(e));
  json claims = json::array();
  for (const Claim& c : a.claims) claims.push_back(ToJson(c));
  return {{"id", d.id},
          {"file", d.FileName()},
          {"path", d.path},
          {"source_id", d.source_id},
          {"format", d.format == PageFormat::kHtml ? "html" : "text"},
          {"meta", ToJson(d.meta)},
          {"title", NullIfEmpty(d.meta.title)},
          {"outlet", NullIfEmpty(d.meta.outlet)},
          {"published", NullIfEmpty(d.meta.published)},
          {"url", NullIfEmpty(d.meta.url)},
          {"duplicate_of", a.duplicate_of.empty() ? json(nullptr) : json(a.duplicate_of)},
          {"segments", std::move(segments)},
          {"events", std::move(events)},
          {"claims", std::move(claims)}};
}

}  // namespace sitrep::serve
