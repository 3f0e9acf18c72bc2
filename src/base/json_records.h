// JSON forms of the public records (Document, Segment, PlaceMention, Event,
// Claim). One place defines the field names, so the CLI's JSONL, the store's
// record column and the HTTP API agree. Uses nlohmann::json, which stays
// out of the public headers.
#pragma once

#include <nlohmann/json.hpp>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "sitrep/status.h"

namespace sitrep {

nlohmann::json ToJson(const Place& place);
nlohmann::json ToJson(const PlaceMention& mention);
nlohmann::json ToJson(const Event& event);
nlohmann::json ToJson(const Claim& claim);
nlohmann::json ToJson(const PageMeta& meta);

// Inverse of ToJson; missing fields keep their defaults. Errors name the field.
Status FromJson(const nlohmann::json& j, Place* place);
Status FromJson(const nlohmann::json& j, PlaceMention* mention);
Status FromJson(const nlohmann::json& j, Event* event);
Status FromJson(const nlohmann::json& j, Claim* claim);
Status FromJson(const nlohmann::json& j, PageMeta* meta);

}  // namespace sitrep
