// The pipeline: clean -> geoparse -> extract, plus the near-duplicate
// fingerprint. Create() loads the gazetteer index (memory-mapped) and the
// lexicons once; Process() is const and shares them across threads.
#include "sitrep/pipeline.h"

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

#include "clean/cleaner.h"
#include "extract/extractor.h"
#include "geo/gazetteer.h"
#include "geo/geoparser.h"
#include "merge/near_duplicate.h"
#include "pipeline/paths.h"

namespace sitrep {
namespace {

// Pages with less article text than this get no near-duplicate fingerprint:
// two short pages share too few shingles for SimHash to tell them apart.
constexpr int kMinFingerprintWords = 40;

std::string ArticleText(const Document& doc, int* words) {
  std::string text;
  *words = 0;
  for (const Segment& s : doc.segments) {
    // Body, headings and updates only: a syndicated copy keeps the story
    // but often rewrites the headline, the standfirst and the byline.
    if (!IsEventSource(s.label)) continue;
    text += s.text;
    text += '\n';
    for (size_t i = 1; i < s.text.size(); ++i) *words += s.text[i] == ' ' && s.text[i - 1] != ' ';
  }
  return text;
}

// Our stages throw nothing, but the standard library they call can (a bad
// substr, an allocation). One page must never end a run of thousands: the
// pipeline is the boundary where such a failure becomes that page's error.
template <typename F>
auto Guard(F&& stage) -> decltype(stage()) {
  try {
    return stage();
  } catch (const std::exception& e) {
    return InternalError("internal error while processing the page: " + std::string(e.what()));
  }
}

class PipelineImpl : public Pipeline {
 public:
  PipelineImpl(const PipelineOptions& options, std::unique_ptr<geo::Gazetteer> gazetteer,
               std::unique_ptr<geo::Geoparser> geoparser,
               std::unique_ptr<extract::Extractor> extractor)
      : options_(options),
        gazetteer_(std::move(gazetteer)),
        geoparser_(std::move(geoparser)),
        extractor_(std::move(extractor)) {}

  Result<Document> Clean(const RawPage& page) const override {
    return Guard([&]() -> Result<Document> { return CleanPage(page); });
  }

  Result<Analysis> Geoparse(const RawPage& page) const override {
    return Guard([&] { return GeoparsePage(page); });
  }

  Result<Analysis> Process(const RawPage& page) const override {
    return Guard([&]() -> Result<Analysis> {
      ASSIGN_OR_RETURN(Analysis a, GeoparsePage(page));
      extractor_->Extract(a.document, a.mentions, &a.events, &a.claims);
      return a;
    });
  }

 private:
  Result<Document> CleanPage(const RawPage& page) const {
    if (options_.plain) return clean::CleanPlain(page);
    return clean::Clean(page);
  }

  Result<Analysis> GeoparsePage(const RawPage& page) const {
    Analysis a;
    ASSIGN_OR_RETURN(a.document, CleanPage(page));
    a.mentions = geoparser_->Parse(a.document);
    int words = 0;
    std::string article = ArticleText(a.document, &words);
    a.simhash = words >= kMinFingerprintWords ? merge::SimHash(article) : 0;
    return a;
  }

  PipelineOptions options_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;
  std::unique_ptr<geo::Geoparser> geoparser_;
  std::unique_ptr<extract::Extractor> extractor_;
};

}  // namespace

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::string index = options.gazetteer_path.empty() ? DefaultGazetteerPath() : options.gazetteer_path;
  ASSIGN_OR_RETURN(std::unique_ptr<geo::Gazetteer> gazetteer, geo::Gazetteer::Open(index));
  if (!options.extra_gazetteer_path.empty()) {
    RETURN_IF_ERROR(gazetteer->LoadGeoNamesDump(options.extra_gazetteer_path));
  }
  ASSIGN_OR_RETURN(std::unique_ptr<geo::Geoparser> geoparser,
                   geo::Geoparser::Create(gazetteer.get(), options.explain_geo));
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  ASSIGN_OR_RETURN(std::unique_ptr<extract::Extractor> extractor, extract::Extractor::Create(data));
  return std::unique_ptr<Pipeline>(new PipelineImpl(options, std::move(gazetteer),
                                                    std::move(geoparser), std::move(extractor)));
}

}  // namespace sitrep
