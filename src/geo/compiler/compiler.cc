// Gazetteer compiler. Algorithm:
//  1. Read cities500 rows into PlaceRecords and collect their names (name,
//     ASCII name, alternate names in Latin, Arabic or Cyrillic script; short
//     all-capital codes such as airport codes are left out).
//  2. Aggregate first-level divisions and countries from the rows (population
//     sum; a division's point is its most populous seat, a country's its
//     capital unless countries.tsv or admin1.tsv gives one, else the mean of
//     its cities); name them from data/geo tables, a division
//     without a table entry after its seat (the PPLA row with its code).
//  3. Fold every name (fold.h) into a key; key -> places, deduplicated and
//     sorted by PriorScore; words that are not places get an empty list with
//     `first` = kBlockedKey so the matcher can reject them (a demonym's
//     `count` is its country's record + 1: "Syrian" points at Syria).
//  4. Lay out header, records, open-addressing slots, postings and strings.
#include "geo/compiler/compiler.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "geo/fold.h"
#include "geo/index_format.h"

namespace sitrep::geo {
namespace {

constexpr uint32_t kBlockedKey = 0xFFFFFFFFu;
constexpr size_t kMaxPostingsPerKey = 400;

struct Builder {
  std::vector<PlaceRecord> places;
  std::string strings{"\0", 1};
  std::unordered_map<std::string, uint32_t> string_ids;
  std::unordered_map<std::string, std::vector<uint32_t>> keys;  // key -> postings
  std::vector<std::string> blocked;
  std::vector<std::pair<std::string, uint32_t>> demonyms;  // "Syrian" -> the country's record
  uint32_t max_words = 1;
  size_t names = 0;

  uint32_t Str(const std::string& s) {
    if (s.empty()) return 0;
    auto it = string_ids.find(s);
    if (it != string_ids.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(strings.size());
    strings += s;
    strings += '\0';
    string_ids.emplace(s, off);
    return off;
  }

  void AddName(const std::string& name, uint32_t place, bool alternate) {
    std::vector<std::string> words = SplitWords(name);
    if (words.empty()) return;
    std::string key = FoldName(name);
    if (key.size() < 2) return;
    max_words = std::max<uint32_t>(max_words, static_cast<uint32_t>(std::min<size_t>(words.size(), 8)));
    keys[key].push_back(place | (alternate ? kAlternateBit : 0));
    ++names;
  }
};

void CopyField(std::string_view s, char* dst, size_t n) {
  std::memset(dst, 0, n);
  std::memcpy(dst, s.data(), std::min(n, s.size()));
}

bool ScriptIndexed(std::string_view name) {
  for (size_t i = 0; i < name.size();) {
    char32_t cp;
    i += DecodeUtf8(name, i, &cp);
    if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2B0 && cp <= 0x36F)) continue;
    if (cp >= 0x2000 && cp <= 0x206F) continue;  // punctuation
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x400 && cp <= 0x52F)) continue;
    return false;
  }
  return true;
}

bool IsCode(std::string_view name) {
  if (name.size() > 4) return false;
  for (char c : name) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

Status ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot read " + path);
  std::string line;
  while (std::getline(in, line)) lines->push_back(line);
  return Status::OK();
}

std::vector<std::string> Variants(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view v : Split(field, '|')) {
    v = Trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

Status ReadCities(const std::string& path, Builder* b) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot read " + path);
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 15) return DataLossError(path + ":" + std::to_string(line_no) + ": expected 19 columns");
    PlaceRecord r{};
    r.geonameid = std::atoll(std::string(f[0]).c_str());
    r.latitude = std::strtof(std::string(f[4]).c_str(), nullptr);
    r.longitude = std::strtof(std::string(f[5]).c_str(), nullptr);
    r.population = std::atoll(std::string(f[14]).c_str());
    r.name = b->Str(std::string(f[1]));
    CopyField(f[7], r.feature, sizeof(r.feature));
    CopyField(f[8], r.country_code, sizeof(r.country_code));
    CopyField(f[10], r.admin1_code, sizeof(r.admin1_code));
    r.kind = PlaceKind::kPopulated;
    uint32_t id = static_cast<uint32_t>(b->places.size());
    b->places.push_back(r);
    b->AddName(std::string(f[1]), id, false);
    if (f[2] != f[1]) b->AddName(std::string(f[2]), id, false);
    for (std::string_view alt : Split(f[3], ',')) {
      if (alt.size() < 3 || IsCode(alt) || !ScriptIndexed(alt)) continue;
      b->AddName(std::string(alt), id, true);
    }
  }
  return Status::OK();
}

struct Area {
  int64_t population = 0;
  double lat_sum = 0, lon_sum = 0;
  size_t n = 0;
  std::string seat;       // PPLA name
  std::string capital;    // PPLC name
  // The point a division or country is shown at: its most populous seat
  // (PPLA or PPLC: Ontario at Toronto, England at London), else the capital.
  int64_t point_population = -1;
  float seat_lat = NAN, seat_lon = NAN, capital_lat = NAN, capital_lon = NAN;
};

std::string AreaKey(const PlaceRecord& r) {
  return std::string(r.country_code, 2) + "." + std::string(r.admin1_code, strnlen(r.admin1_code, 10));
}

void Accumulate(Area* a, const PlaceRecord& r, const std::string& name) {
  a->population += r.population;
  a->lat_sum += r.latitude;
  a->lon_sum += r.longitude;
  ++a->n;
  std::string_view f(r.feature);
  if (f == "PPLA" && a->seat.empty()) a->seat = name;
  if (f == "PPLC") {
    a->capital = name;
    a->capital_lat = r.latitude;
    a->capital_lon = r.longitude;
  }
  if ((f == "PPLA" || f == "PPLC") && r.population > a->point_population) {
    a->point_population = r.population;
    a->seat_lat = r.latitude;
    a->seat_lon = r.longitude;
  }
}

PlaceRecord AreaRecord(const Area& a, PlaceKind kind, const std::string& feature) {
  PlaceRecord r{};
  r.population = a.population;
  if (kind == PlaceKind::kCountry && !std::isnan(a.capital_lat)) {
    r.latitude = a.capital_lat;
    r.longitude = a.capital_lon;
  } else if (kind == PlaceKind::kAdmin1 && !std::isnan(a.seat_lat)) {
    r.latitude = a.seat_lat;
    r.longitude = a.seat_lon;
  } else {
    r.latitude = a.n ? static_cast<float>(a.lat_sum / a.n) : NAN;
    r.longitude = a.n ? static_cast<float>(a.lon_sum / a.n) : NAN;
  }
  CopyField(feature, r.feature, sizeof(r.feature));
  r.kind = kind;
  return r;
}

Status AddAreas(const CompilerInputs& in, Builder* b) {
  std::map<std::string, Area> admin1, country;
  size_t n_cities = b->places.size();
  for (size_t i = 0; i < n_cities; ++i) {
    const PlaceRecord& r = b->places[i];
    std::string name = b->strings.c_str() + r.name;
    Accumulate(&admin1[AreaKey(r)], r, name);
    Accumulate(&country[std::string(r.country_code, 2)], r, name);
  }
  std::vector<std::string> lines;
  RETURN_IF_ERROR(ReadLines(in.admin1_tsv, &lines));
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> admin1_names;
  std::map<std::string, std::pair<float, float>> admin1_points;  // optional columns 5 and 6
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] == '#') continue;
    std::vector<std::string_view> f = Split(lines[i], '\t');
    if (f.size() < 3) return DataLossError(in.admin1_tsv + ":" + std::to_string(i + 1) + ": expected 3 or 4 columns");
    admin1_names[std::string(f[0]) + "." + std::string(f[1])] = {
        std::string(f[2]), f.size() > 3 ? Variants(f[3]) : std::vector<std::string>{}};
    if (f.size() > 5 && !f[4].empty() && !f[5].empty()) {
      admin1_points[std::string(f[0]) + "." + std::string(f[1])] = {
          std::strtof(std::string(f[4]).c_str(), nullptr), std::strtof(std::string(f[5]).c_str(), nullptr)};
    }
  }
  lines.clear();
  RETURN_IF_ERROR(ReadLines(in.countries_tsv, &lines));
  std::map<std::string, std::string> country_names;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] == '#') continue;
    std::vector<std::string_view> f = Split(lines[i], '\t');
    if (f.size() < 2 || f[0].size() != 2) return DataLossError(in.countries_tsv + ":" + std::to_string(i + 1) + ": expected ISO2 and name");
    std::string cc(f[0]);
    country_names[cc] = std::string(f[1]);
    PlaceRecord r = AreaRecord(country[cc], PlaceKind::kCountry, "PCLI");
    if (f.size() > 6 && !f[5].empty() && !f[6].empty()) {
      r.geonameid = std::atoll(std::string(f[4]).c_str());
      r.latitude = std::strtof(std::string(f[5]).c_str(), nullptr);
      r.longitude = std::strtof(std::string(f[6]).c_str(), nullptr);
    } else if (f.size() > 4) {
      r.geonameid = std::atoll(std::string(f[4]).c_str());
    }
    r.name = b->Str(std::string(f[1]));
    r.country_name = r.name;
    CopyField(cc, r.country_code, 2);
    uint32_t id = static_cast<uint32_t>(b->places.size());
    b->places.push_back(r);
    b->AddName(std::string(f[1]), id, false);
    if (f.size() > 2) {
      for (const std::string& v : Variants(f[2])) b->AddName(v, id, true);
    }
    if (f.size() > 3) {
      for (const std::string& v : Variants(f[3])) b->demonyms.emplace_back(v, id);
    }
  }
  for (const auto& [key, area] : admin1) {
    std::string name;
    std::vector<std::string> variants;
    auto it = admin1_names.find(key);
    if (it != admin1_names.end()) {
      name = it->second.first;
      variants = it->second.second;
    } else {
      name = !area.seat.empty() ? area.seat : area.capital;
    }
    size_t dot = key.find('.');
    if (name.empty() || dot + 1 >= key.size() || key.substr(dot + 1) == "00") continue;
    PlaceRecord r = AreaRecord(area, PlaceKind::kAdmin1, "ADM1");
    auto point = admin1_points.find(key);
    if (point != admin1_points.end()) {
      r.latitude = point->second.first;
      r.longitude = point->second.second;
    }
    r.name = b->Str(name);
    r.admin1_name = r.name;
    CopyField(key.substr(0, dot), r.country_code, 2);
    CopyField(key.substr(dot + 1), r.admin1_code, sizeof(r.admin1_code));
    uint32_t id = static_cast<uint32_t>(b->places.size());
    b->places.push_back(r);
    b->AddName(name, id, false);
    for (const std::string& v : variants) b->AddName(v, id, true);
  }
  // Division and country names on every record.
  std::unordered_map<std::string, uint32_t> admin1_str;
  for (const PlaceRecord& r : b->places) {
    if (r.kind == PlaceKind::kAdmin1) admin1_str[AreaKey(r)] = r.name;
  }
  for (PlaceRecord& r : b->places) {
    auto it = admin1_str.find(AreaKey(r));
    if (it != admin1_str.end()) r.admin1_name = it->second;
    auto c = country_names.find(std::string(r.country_code, 2));
    if (c != country_names.end()) r.country_name = b->Str(c->second);
  }
  return Status::OK();
}

Status AddVariants(const CompilerInputs& in, Builder* b) {
  std::vector<std::string> lines;
  RETURN_IF_ERROR(ReadLines(in.variants_tsv, &lines));
  std::unordered_map<int64_t, uint32_t> by_id;
  for (uint32_t i = 0; i < b->places.size(); ++i) {
    if (b->places[i].geonameid) by_id[b->places[i].geonameid] = i;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] == '#') continue;
    std::vector<std::string_view> f = Split(lines[i], '\t');
    auto it = f.size() >= 2 ? by_id.find(std::atoll(std::string(f[0]).c_str())) : by_id.end();
    if (it == by_id.end()) return DataLossError(in.variants_tsv + ":" + std::to_string(i + 1) + ": unknown geonameid");
    for (const std::string& v : Variants(f[1])) b->AddName(v, it->second, true);
  }
  lines.clear();
  RETURN_IF_ERROR(ReadLines(in.not_places, &lines));
  for (const std::string& l : lines) {
    if (!l.empty() && l[0] != '#') b->blocked.emplace_back(Trim(l));
  }
  return Status::OK();
}

Status Write(const Builder& b, const std::string& out_path, CompileStats* stats) {
  std::vector<std::pair<std::string, std::vector<uint32_t>>> keys(b.keys.begin(), b.keys.end());
  std::vector<uint32_t> postings;
  size_t num_slots = 1;
  while (num_slots < (keys.size() + b.blocked.size() + b.demonyms.size()) * 2) num_slots <<= 1;
  std::vector<KeySlot> slots(num_slots, KeySlot{0, 0, 0});
  auto insert = [&](const std::string& key, uint32_t first, uint32_t count) {
    uint64_t h = KeyHash(key);
    if (h == 0) h = 1;
    for (size_t i = h & (num_slots - 1);; i = (i + 1) & (num_slots - 1)) {
      if (slots[i].hash == h) return;  // first writer wins: blocked words before places
      if (slots[i].hash == 0) {
        slots[i] = KeySlot{h, first, count};
        return;
      }
    }
  };
  for (const auto& [w, country] : b.demonyms) {  // blocked, with the country as count - 1
    std::string key = FoldName(w);
    if (key.size() >= 2) insert(key, kBlockedKey, country + 1);
  }
  for (const std::string& w : b.blocked) {
    std::string key = FoldName(w);
    if (key.size() >= 2) insert(key, kBlockedKey, 0);
  }
  for (auto& [key, list] : keys) {
    auto prior = [&](uint32_t p) {
      const PlaceRecord& r = b.places[p & ~kAlternateBit];
      return PriorScore(r.kind, r.feature, r.population) - ((p & kAlternateBit) ? 0.3 : 0.0);
    };
    std::sort(list.begin(), list.end(), [](uint32_t x, uint32_t y) {  // by place, name before alternate
      return std::make_pair(x & ~kAlternateBit, x) < std::make_pair(y & ~kAlternateBit, y);
    });
    std::vector<uint32_t> uniq;
    for (uint32_t p : list) {  // a place listed by name and alternate keeps the name
      if (!uniq.empty() && (uniq.back() & ~kAlternateBit) == (p & ~kAlternateBit)) continue;
      uniq.push_back(p);
    }
    std::stable_sort(uniq.begin(), uniq.end(), [&](uint32_t x, uint32_t y) { return prior(x) > prior(y); });
    if (uniq.size() > kMaxPostingsPerKey) uniq.resize(kMaxPostingsPerKey);
    insert(key, static_cast<uint32_t>(postings.size()), static_cast<uint32_t>(uniq.size()));
    postings.insert(postings.end(), uniq.begin(), uniq.end());
  }
  auto align8 = [](uint64_t x) { return (x + 7) & ~uint64_t{7}; };
  IndexHeader h{};
  std::memcpy(h.magic, kIndexMagic, 8);
  h.version = kIndexVersion;
  h.max_words = b.max_words;
  h.num_places = static_cast<uint32_t>(b.places.size());
  h.num_slots = static_cast<uint32_t>(num_slots);
  h.num_postings = static_cast<uint32_t>(postings.size());
  h.places_offset = align8(sizeof(IndexHeader));
  h.slots_offset = align8(h.places_offset + b.places.size() * sizeof(PlaceRecord));
  h.postings_offset = align8(h.slots_offset + slots.size() * sizeof(KeySlot));
  h.strings_offset = align8(h.postings_offset + postings.size() * sizeof(uint32_t));
  h.strings_size = b.strings.size();
  std::string file(h.strings_offset + h.strings_size, '\0');
  std::memcpy(file.data(), &h, sizeof(h));
  std::memcpy(file.data() + h.places_offset, b.places.data(), b.places.size() * sizeof(PlaceRecord));
  std::memcpy(file.data() + h.slots_offset, slots.data(), slots.size() * sizeof(KeySlot));
  std::memcpy(file.data() + h.postings_offset, postings.data(), postings.size() * sizeof(uint32_t));
  std::memcpy(file.data() + h.strings_offset, b.strings.data(), b.strings.size());
  std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    if (!out) return UnavailableError("cannot write " + tmp);
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) return UnavailableError("cannot rename " + tmp);
  stats->places = b.places.size();
  stats->names = b.names;
  stats->keys = keys.size();
  stats->bytes = file.size();
  return Status::OK();
}

}  // namespace

Status CompileGazetteer(const CompilerInputs& inputs, const std::string& out_path,
                        CompileStats* stats) {
  Builder b;
  b.places.reserve(210000);
  RETURN_IF_ERROR(ReadCities(inputs.cities_tsv, &b));
  RETURN_IF_ERROR(AddAreas(inputs, &b));
  RETURN_IF_ERROR(AddVariants(inputs, &b));
  return Write(b, out_path, stats);
}

}  // namespace sitrep::geo
