// The extractor: events (ACLED taxonomy) and claims (distances, forecasts,
// statements) from the event-source segments of a cleaned document.
//
// Lifecycle: Create() loads the actor lexicons and trigger rules of a data
// folder once (data/actors/*.tsv, data/events/*.tsv); Extract() is const
// and thread-safe, so one Extractor serves every worker thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep::extract {

class Lexicon;
class ScopeFilter;
struct ScopedOut;

class Extractor {
 public:
  // data_dir holds actors/*.tsv, events/*.tsv and scope/*.tsv. Errors name the file and line.
  static Result<std::unique_ptr<Extractor>> Create(const std::string& data_dir);
  ~Extractor();

  // Appends the events and claims of the body, heading and update segments
  // of `doc` (IsEventSource) to *events and *claims. `mentions` are the
  // geoparser's place mentions for the same document (offsets into
  // doc.content, any order). Every record carries its provenance, its
  // evidence sentence as a reader sees it (the segment's decoded text) with
  // its offsets in doc.content, and the rule that produced it.
  // Events outside ACLED's scope (data/scope) are dropped; when
  // out_of_scope is not null they go there with the reason, for an analyst.
  void Extract(const Document& doc, const std::vector<PlaceMention>& mentions,
               std::vector<Event>* events, std::vector<Claim>* claims,
               std::vector<ScopedOut>* out_of_scope = nullptr) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Extractor(std::unique_ptr<Lexicon> lexicon, std::unique_ptr<ScopeFilter> scope);
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<ScopeFilter> scope_;  // drops events outside ACLED's scope (data/scope)
};

}  // namespace sitrep::extract
