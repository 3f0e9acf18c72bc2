// Geoparser: recognizes spans segment by segment (article segments only),
// maps their offsets back to the page content, and resolves them together.
#include "geo/geoparser.h"

#include "geo/recognizer.h"
#include "geo/resolver.h"

namespace sitrep::geo {

Result<std::unique_ptr<Geoparser>> Geoparser::Create(const Gazetteer* gazetteer, bool explain) {
  if (gazetteer == nullptr) return InvalidArgumentError("Geoparser::Create: no gazetteer");
  return std::unique_ptr<Geoparser>(new Geoparser(gazetteer, explain));
}

std::vector<PlaceMention> Geoparser::Parse(const Document& doc) const {
  std::vector<DocSpan> spans;
  RecognizerMemory memory;
  for (size_t si = 0; si < doc.segments.size(); ++si) {
    const Segment& seg = doc.segments[si];
    if (!IsArticle(seg.label)) continue;
    for (Span& s : Recognize(seg.text, *gazetteer_, &memory)) {
      DocSpan d;
      d.mention = seg.text.substr(s.start, s.end - s.start);
      d.start = seg.OriginalOffset(s.start);
      d.end = s.end > s.start ? seg.OriginalOffset(s.end - 1) + 1 : d.start;
      d.segment = si;
      d.span = std::move(s);
      spans.push_back(std::move(d));
    }
  }
  for (uint32_t country : memory.demonym_countries) {
    DocSpan d;
    d.hint = true;
    d.segment = SIZE_MAX;
    d.start = d.end = doc.content.size();
    d.span.name = gazetteer_->View(country).name;
    d.span.candidates.push_back(Candidate{country, false});
    spans.push_back(std::move(d));
  }
  return Resolve(*gazetteer_, spans, explain_);
}

}  // namespace sitrep::geo
