// JSON field names of the public records. The CLI's JSONL, the store's record
// column and the HTTP API all go through here, so they cannot drift apart.
#include "base/json_records.h"

#include <string>

namespace sitrep {
namespace {

using nlohmann::json;

json NullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

template <typename T>
json Opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json Coordinate(double v) { return std::isnan(v) ? json(nullptr) : json(v); }

// Readers tolerate missing and null fields: they keep the default.
void Get(const json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it != j.end() && it->is_string()) *out = it->get<std::string>();
}

template <typename T>
void GetNum(const json& j, const char* key, T* out) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number()) *out = it->get<T>();
}

template <typename T>
void GetOpt(const json& j, const char* key, std::optional<T>* out) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number()) *out = it->get<T>();
}

void GetCoordinate(const json& j, const char* key, double* out) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number()) *out = it->get<double>();
}

void PutProvenance(const Provenance& p, json* j) {
  (*j)["document_id"] = p.document_id;
  (*j)["file"] = p.file;
  (*j)["source_id"] = p.source_id;
  (*j)["outlet"] = NullIfEmpty(p.outlet);
  (*j)["published"] = NullIfEmpty(p.published);
  (*j)["url"] = NullIfEmpty(p.url);
}

void GetProvenance(const json& j, Provenance* p) {
  Get(j, "document_id", &p->document_id);
  Get(j, "file", &p->file);
  Get(j, "source_id", &p->source_id);
  Get(j, "outlet", &p->outlet);
  Get(j, "published", &p->published);
  Get(j, "url", &p->url);
}

// The place fields of the output contract, flat on the record.
void PutPlaceFields(const Place& place, json* j) {
  (*j)["geonameid"] = place.geonameid ? json(place.geonameid) : json(nullptr);
  (*j)["latitude"] = Coordinate(place.latitude);
  (*j)["longitude"] = Coordinate(place.longitude);
  (*j)["admin1"] = NullIfEmpty(place.admin1);
  (*j)["country"] = NullIfEmpty(place.country);
}

void GetPlaceFields(const json& j, Place* place) {
  GetNum(j, "geonameid", &place->geonameid);
  GetCoordinate(j, "latitude", &place->latitude);
  GetCoordinate(j, "longitude", &place->longitude);
  Get(j, "admin1", &place->admin1);
  Get(j, "country", &place->country);
}

Status CheckObject(const json& j, const char* what) {
  if (!j.is_object()) return InvalidArgumentError(std::string(what) + ": expected a JSON object");
  return Status::OK();
}

}  // namespace

json ToJson(const Place& p) {
  json j;
  j["name"] = p.name;
  PutPlaceFields(p, &j);
  j["country_code"] = NullIfEmpty(p.country_code);
  j["feature"] = NullIfEmpty(p.feature);
  j["population"] = p.population;
  j["resolved"] = p.resolved;
  return j;
}

Status FromJson(const json& j, Place* p) {
  RETURN_IF_ERROR(CheckObject(j, "place"));
  Get(j, "name", &p->name);
  GetPlaceFields(j, p);
  Get(j, "country_code", &p->country_code);
  Get(j, "feature", &p->feature);
  GetNum(j, "population", &p->population);
  auto it = j.find("resolved");
  if (it != j.end() && it->is_boolean()) p->resolved = it->get<bool>();
  return Status::OK();
}

json ToJson(const PlaceMention& m) {
  json j = ToJson(m.place);
  j["mention"] = m.mention;
  j["start"] = m.start;
  j["end"] = m.end;
  j["geo_precision"] = m.geo_precision;
  j["direction"] = NullIfEmpty(m.direction);
  j["km_min"] = Opt(m.km_min);
  j["km_max"] = Opt(m.km_max);
  if (!m.explanation.empty()) j["explain"] = m.explanation;
  return j;
}

Status FromJson(const json& j, PlaceMention* m) {
  RETURN_IF_ERROR(FromJson(j, &m->place));
  Get(j, "mention", &m->mention);
  GetNum(j, "start", &m->start);
  GetNum(j, "end", &m->end);
  GetNum(j, "geo_precision", &m->geo_precision);
  Get(j, "direction", &m->direction);
  GetOpt(j, "km_min", &m->km_min);
  GetOpt(j, "km_max", &m->km_max);
  Get(j, "explain", &m->explanation);
  return Status::OK();
}

json ToJson(const Event& e) {
  json j;
  j["id"] = e.id;
  PutProvenance(e.source, &j);
  j["event_type"] = e.event_type;
  j["sub_event_type"] = e.sub_event_type;
  j["actor1"] = NullIfEmpty(e.actor1);
  j["assoc_actor1"] = NullIfEmpty(e.assoc_actor1);
  j["actor2"] = NullIfEmpty(e.actor2);
  j["assoc_actor2"] = NullIfEmpty(e.assoc_actor2);
  j["location"] = NullIfEmpty(e.location);
  PutPlaceFields(e.place, &j);
  j["feature"] = NullIfEmpty(e.place.feature);
  j["place_resolved"] = e.place.resolved;
  j["geo_precision"] = e.geo_precision;
  j["date"] = NullIfEmpty(e.date);
  j["time_precision"] = e.time_precision;
  j["fatalities"] = Opt(e.fatalities);
  j["fatalities_qualifier"] = NullIfEmpty(e.fatalities_qualifier);
  j["fatalities_claimed"] = e.fatalities_claimed;
  j["claimed_by"] = NullIfEmpty(e.claimed_by);
  j["modality"] = ModalityName(e.modality);
  j["evidence"] = e.evidence;
  j["evidence_start"] = e.evidence_start;
  j["evidence_end"] = e.evidence_end;
  j["rule"] = e.rule;
  j["tags"] = e.tags;
  j["notes"] = NullIfEmpty(e.notes);
  return j;
}

Status FromJson(const json& j, Event* e) {
  RETURN_IF_ERROR(CheckObject(j, "event"));
  Get(j, "id", &e->id);
  GetProvenance(j, &e->source);
  Get(j, "event_type", &e->event_type);
  Get(j, "sub_event_type", &e->sub_event_type);
  Get(j, "actor1", &e->actor1);
  Get(j, "assoc_actor1", &e->assoc_actor1);
  Get(j, "actor2", &e->actor2);
  Get(j, "assoc_actor2", &e->assoc_actor2);
  Get(j, "location", &e->location);
  GetPlaceFields(j, &e->place);
  e->place.name = e->location;
  Get(j, "feature", &e->place.feature);
  auto resolved = j.find("place_resolved");
  if (resolved != j.end() && resolved->is_boolean()) e->place.resolved = resolved->get<bool>();
  GetNum(j, "geo_precision", &e->geo_precision);
  Get(j, "date", &e->date);
  GetNum(j, "time_precision", &e->time_precision);
  GetOpt(j, "fatalities", &e->fatalities);
  Get(j, "fatalities_qualifier", &e->fatalities_qualifier);
  auto claimed = j.find("fatalities_claimed");
  if (claimed != j.end() && claimed->is_boolean()) e->fatalities_claimed = claimed->get<bool>();
  Get(j, "claimed_by", &e->claimed_by);
  std::string modality;
  Get(j, "modality", &modality);
  if (!modality.empty() && !ParseModality(modality, &e->modality)) {
    return InvalidArgumentError("event: unknown modality '" + modality + "'");
  }
  Get(j, "evidence", &e->evidence);
  GetNum(j, "evidence_start", &e->evidence_start);
  GetNum(j, "evidence_end", &e->evidence_end);
  Get(j, "rule", &e->rule);
  auto tags = j.find("tags");
  if (tags != j.end() && tags->is_array()) {
    for (const auto& t : *tags) {
      if (t.is_string()) e->tags.push_back(t.get<std::string>());
    }
  }
  Get(j, "notes", &e->notes);
  return Status::OK();
}

json ToJson(const Claim& c) {
  json j;
  j["id"] = c.id;
  PutProvenance(c.source, &j);
  j["kind"] = c.kind;
  j["subject"] = NullIfEmpty(c.subject);
  j["reference"] = NullIfEmpty(c.reference);
  j["reference_place"] = ToJson(c.reference_place);
  j["km_min"] = Opt(c.km_min);
  j["km_max"] = Opt(c.km_max);
  // A single figure: "km" too, as the gold and analysts write it.
  j["km"] = (c.km_min && c.km_max && *c.km_min == *c.km_max) ? json(*c.km_min) : json(nullptr);
  j["hours_min"] = Opt(c.hours_min);
  j["hours_max"] = Opt(c.hours_max);
  j["speaker"] = NullIfEmpty(c.speaker);
  j["speaker_org"] = NullIfEmpty(c.speaker_org);
  j["target"] = NullIfEmpty(c.target);
  j["stance"] = NullIfEmpty(c.stance);
  j["quote"] = NullIfEmpty(c.quote);
  j["date"] = NullIfEmpty(c.date);
  j["time_precision"] = c.time_precision;
  j["claimed_by"] = NullIfEmpty(c.claimed_by);
  j["modality"] = ModalityName(c.modality);
  j["evidence"] = c.evidence;
  j["evidence_start"] = c.evidence_start;
  j["evidence_end"] = c.evidence_end;
  j["rule"] = c.rule;
  return j;
}

Status FromJson(const json& j, Claim* c) {
  RETURN_IF_ERROR(CheckObject(j, "claim"));
  Get(j, "id", &c->id);
  GetProvenance(j, &c->source);
  Get(j, "kind", &c->kind);
  Get(j, "subject", &c->subject);
  Get(j, "reference", &c->reference);
  auto ref = j.find("reference_place");
  if (ref != j.end() && ref->is_object()) RETURN_IF_ERROR(FromJson(*ref, &c->reference_place));
  GetOpt(j, "km_min", &c->km_min);
  GetOpt(j, "km_max", &c->km_max);
  GetOpt(j, "hours_min", &c->hours_min);
  GetOpt(j, "hours_max", &c->hours_max);
  Get(j, "speaker", &c->speaker);
  Get(j, "speaker_org", &c->speaker_org);
  Get(j, "target", &c->target);
  Get(j, "stance", &c->stance);
  Get(j, "quote", &c->quote);
  Get(j, "date", &c->date);
  GetNum(j, "time_precision", &c->time_precision);
  Get(j, "claimed_by", &c->claimed_by);
  std::string modality;
  Get(j, "modality", &modality);
  if (!modality.empty() && !ParseModality(modality, &c->modality)) {
    return InvalidArgumentError("claim: unknown modality '" + modality + "'");
  }
  Get(j, "evidence", &c->evidence);
  GetNum(j, "evidence_start", &c->evidence_start);
  GetNum(j, "evidence_end", &c->evidence_end);
  Get(j, "rule", &c->rule);
  return Status::OK();
}

json ToJson(const PageMeta& m) {
  json j = json::object();
  auto put = [&j](const char* key, const MetaValue& v) {
    if (!v.empty()) j[key] = {{"value", v.value}, {"source", v.source}};
  };
  put("title", m.title);
  put("outlet", m.outlet);
  put("published", m.published);
  put("url", m.url);
  put("language", m.language);
  put("author", m.author);
  return j;
}

Status FromJson(const json& j, PageMeta* m) {
  RETURN_IF_ERROR(CheckObject(j, "meta"));
  auto get = [&j](const char* key, MetaValue* v) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_object()) return;
    Get(*it, "value", &v->value);
    Get(*it, "source", &v->source);
  };
  get("title", &m->title);
  get("outlet", &m->outlet);
  get("published", &m->published);
  get("url", &m->url);
  get("language", &m->language);
  get("author", &m->author);
  return Status::OK();
}

}  // namespace sitrep
