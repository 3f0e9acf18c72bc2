// The situation report: what an analyst hands on about a place and period.
// It reads events and claims from the store, merges the events, and writes
// key developments in date order with their sources, control changes,
// front-line distances, claims, contradictions and the outlets used, as
// plain text, Markdown or one JSON object.
// Stateless; uses the store from the calling thread only.
#pragma once

#include <ostream>
#include <string>

#include "sitrep/status.h"
#include "store/store.h"

namespace sitrep::report {

struct ReportOptions {
  std::string place;            // empty: everywhere (front lines for every claimed reference)
  std::string since;            // YYYY-MM-DD inclusive; empty: no bound
  std::string until;            // YYYY-MM-DD inclusive; empty: no bound
  std::string format = "text";  // "text", "markdown" or "json"
};

// Writes the report. Errors: InvalidArgument for an unknown format; store
// errors as the store returns them. An empty store gives a report that says
// there is nothing to report.
Status WriteSituationReport(store::Store& store, const ReportOptions& options, std::ostream& out);

}  // namespace sitrep::report
