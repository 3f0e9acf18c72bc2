// The cleaner: dispatch by format, metadata merge and document ids.
//
// DocumentId normalizes before hashing: Unicode NFC (ICU, only when the
// content is not pure ASCII), then every run of white space (including line
// breaks and U+00A0) collapses to one space and the ends are trimmed.
#include "clean/cleaner.h"

#include <cctype>
#include <utility>

#include "base/hash.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "clean/html_cleaner.h"
#include "clean/text_segmenter.h"

namespace sitrep::clean {
namespace {

// Each field of `strong` that is empty takes the value of `weak`.
void Merge(const PageMeta& weak, PageMeta* strong) {
  auto fill = [](const MetaValue& w, MetaValue* s) {
    if (s->empty() && !w.empty()) *s = w;
  };
  fill(weak.title, &strong->title);
  fill(weak.outlet, &strong->outlet);
  fill(weak.published, &strong->published);
  fill(weak.url, &strong->url);
  fill(weak.language, &strong->language);
  fill(weak.author, &strong->author);
}

Document NewDocument(const RawPage& page) {
  Document doc;
  doc.id = DocumentId(page.content);
  doc.path = page.path;
  doc.source_id = page.source_id.empty() ? doc.id : page.source_id;
  doc.record = page.record;
  doc.format = page.format;
  doc.content = page.content;
  return doc;
}

}  // namespace

std::string DocumentId(std::string_view content) {
  // NFC so that composed and decomposed accents give one id (ASCII, the
  // common case, passes through untouched).
  return HexId(Hash64(CollapseSpace(NormalizeNfc(content))));
}

Result<Document> Clean(const RawPage& page) {
  Document doc = NewDocument(page);
  PageMeta own;
  if (page.format == PageFormat::kHtml) {
    Status status = CleanHtml(page, &doc.segments, &own);
    if (!status.ok()) return status;
  } else {
    doc.segments = SegmentText(doc.content, page.meta.outlet.value, &own);
  }
  Merge(page.meta, &own);
  doc.meta = std::move(own);
  return doc;
}

Document CleanPlain(const RawPage& page) {
  Document doc = NewDocument(page);
  doc.meta = page.meta;
  std::string_view content = doc.content;
  size_t start = 0, end = content.size();
  while (start < end && std::isspace(static_cast<unsigned char>(content[start]))) ++start;
  while (end > start && std::isspace(static_cast<unsigned char>(content[end - 1]))) --end;
  if (start == end) return doc;
  Segment s;
  s.label = SegmentLabel::kBody;
  s.start = start;
  s.end = end;
  s.start_line = 1;
  for (size_t i = 0; i < start; ++i) s.start_line += content[i] == '\n';
  s.end_line = s.start_line;
  for (size_t i = start; i < end; ++i) s.end_line += content[i] == '\n';
  FillSegmentText(content, &s);
  doc.segments.push_back(std::move(s));
  return doc;
}

}  // namespace sitrep::clean
