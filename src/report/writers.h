// Writers of merged events, single reports and claims in the formats the
// CLI and the HTTP server offer: an aligned text table, JSON lines, CSV with
// ACLED's column names (so the file loads wherever ACLED exports load), and a
// GeoJSON FeatureCollection of Points. Stateless functions; thread-safe as
// long as each call has its own stream.
#pragma once

#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "merge/merge.h"
#include "merge/situation.h"
#include "sitrep/event.h"

namespace sitrep::report {

enum class Format { kTable, kJsonl, kCsv, kGeoJson };

// ToJson(event) of the merged record plus "sources" (one entry per report:
// id, outlet, published, file, url, claimed_by, modality, evidence, date,
// fatalities), "fatalities_min", "fatalities_max", "confidence", "outlets"
// and "contradictions".
nlohmann::json MergedEventJson(const merge::MergedEvent& e);
nlohmann::json ContradictionJson(const merge::Contradiction& c);
nlohmann::json ControlChangeJson(const merge::ControlChange& c);
nlohmann::json FrontPointJson(const merge::FrontPoint& p);

// Merged events. GeoJSON skips events without coordinates.
void WriteEvents(const std::vector<merge::MergedEvent>& events, Format format, std::ostream& out);
// One line per report, in the order given (a page's events in text order):
// each line is that report alone (its own file, source_id, evidence, as a
// merged event of one) plus "event_id", the event it belongs to once
// `reports` are merged (MergeEvents), and "event_reports", how many reports
// that event has. This is how pages are coded one by one (the gold of a
// hand-coded page) with the merge kept. Report ids must be unique.
void WriteReports(const std::vector<Event>& reports, Format format, std::ostream& out);
// Claims: table, JSONL (ToJson) or CSV; GeoJSON places them at their
// reference place.
void WriteClaims(const std::vector<Claim>& claims, Format format, std::ostream& out);

// ACLED-style CSV (header line first).
void WriteAcledCsv(const std::vector<merge::MergedEvent>& events, std::ostream& out);

// A CSV field, quoted when it holds a comma, quote or line break.
std::string CsvField(const std::string& s);

}  // namespace sitrep::report
