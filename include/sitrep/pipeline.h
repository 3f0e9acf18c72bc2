// Pipeline: the only code that knows the stage order.
//
//   RawPage --clean--> Document --geo--> PlaceMentions --extract--> Events, Claims
//
// Build one with Pipeline::Create (it loads the gazetteer and the lexicons,
// which is the expensive part), then call Process for each page. Process is
// const and thread-safe: one Pipeline can serve many threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/options.h"
#include "sitrep/status.h"

namespace sitrep {

// Everything sitrep derives from one page.
struct Analysis {
  Document document;
  std::vector<PlaceMention> mentions;  // article segments only
  std::vector<Event> events;
  std::vector<Claim> claims;
  // Near-duplicate fingerprint of the article text (SimHash), and the id of
  // an already stored page this one repeats (set at ingest), else empty.
  uint64_t simhash = 0;
  std::string duplicate_of;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  virtual ~Pipeline() = default;

  // Cleans, geoparses and extracts one page. An error means the page cannot
  // be processed at all (for example it is not text); the caller reports it
  // and goes on with the next page.
  virtual Result<Analysis> Process(const RawPage& page) const = 0;
  // The cleaning step alone (sitrep segments).
  virtual Result<Document> Clean(const RawPage& page) const = 0;
  // Cleaning and geoparsing, no extraction (sitrep geo); events stay empty.
  virtual Result<Analysis> Geoparse(const RawPage& page) const = 0;
};

}  // namespace sitrep
