// Gazetteer reader: mmap of the compiled index plus an optional in-memory
// overlay from a GeoNames dump. Key lookup is one open-addressing probe
// sequence over 16-byte slots.
#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>

#include "base/strings.h"
#include "geo/fold.h"

namespace sitrep::geo {
namespace {

constexpr uint32_t kBlockedKey = 0xFFFFFFFFu;

std::string_view Field(const char* s, size_t n) { return std::string_view(s, strnlen(s, n)); }

// Maps the index read-only at an address one page past a 2 MB boundary.
// The kernel may cache the file in folios of up to 2 MB and map a whole
// folio when one of its pages is touched; a lookup reads a few scattered
// records, so geoparsing one small page made up to 26 of the 34 MB resident.
// With virtual addresses off the files' 2 MB alignment no folio fits a
// mapping unit and faults map only the pages around the one read.
// `reserve` receives the whole reserved range, to unmap.
void* MapOffAlignment(int fd, size_t size, void** reserve, size_t* reserve_size) {
  constexpr size_t kHuge = size_t{2} << 20, kPage = 4096;
  *reserve_size = size + 2 * kHuge;
  void* r = mmap(nullptr, *reserve_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (r == MAP_FAILED) return MAP_FAILED;
  *reserve = r;
  uintptr_t at = (reinterpret_cast<uintptr_t>(r) + kHuge - 1) / kHuge * kHuge + kPage;
  return mmap(reinterpret_cast<void*>(at), size, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& index_path) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  RETURN_IF_ERROR(g->Map(index_path));
  return g;
}

Gazetteer::~Gazetteer() {
  if (reserve_) munmap(reserve_, reserve_size_);
}

Status Gazetteer::Map(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return NotFoundError("gazetteer index " + path + ": cannot open (build the 'gazetteer' target)");
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(IndexHeader))) {
    ::close(fd);
    return DataLossError("gazetteer index " + path + ": too short");
  }
  map_size_ = static_cast<size_t>(st.st_size);
  void* m = MapOffAlignment(fd, map_size_, &reserve_, &reserve_size_);
  ::close(fd);
  if (m == MAP_FAILED) return UnavailableError("gazetteer index " + path + ": mmap failed");
  map_ = m;
  const char* base = static_cast<const char*>(m);
  header_ = reinterpret_cast<const IndexHeader*>(base);
  if (std::memcmp(header_->magic, kIndexMagic, 8) != 0 || header_->version != kIndexVersion) {
    return DataLossError("gazetteer index " + path + ": not a sitrep index of version " +
                         std::to_string(kIndexVersion));
  }
  if (header_->strings_offset + header_->strings_size > map_size_ ||
      (header_->num_slots & (header_->num_slots - 1)) != 0) {
    return DataLossError("gazetteer index " + path + ": truncated or corrupt header");
  }
  places_ = reinterpret_cast<const PlaceRecord*>(base + header_->places_offset);
  slots_ = reinterpret_cast<const KeySlot*>(base + header_->slots_offset);
  postings_ = reinterpret_cast<const uint32_t*>(base + header_->postings_offset);
  strings_ = base + header_->strings_offset;
  num_places_ = header_->num_places;
  max_words_ = static_cast<int>(header_->max_words);
  for (uint32_t i = num_places_; i-- > 0;) {  // divisions and countries sit at the end
    const PlaceRecord& r = places_[i];
    if (r.kind == PlaceKind::kPopulated) break;
    std::string cc(Field(r.country_code, 2));
    if (r.kind == PlaceKind::kAdmin1) admin1_ids_[cc + "." + std::string(Field(r.admin1_code, 10))] = i;
    if (r.kind == PlaceKind::kCountry) country_ids_[cc] = i;
  }
  return Status::OK();
}

std::string_view Gazetteer::Str(uint32_t offset) const {
  if (offset == 0 || offset >= header_->strings_size) return {};
  return std::string_view(strings_ + offset);
}

bool Gazetteer::Candidates(uint64_t key_hash, std::vector<Candidate>* out, bool* blocked) const {
  *blocked = false;
  uint64_t h = key_hash == 0 ? 1 : key_hash;
  bool found = false;
  uint32_t mask = header_->num_slots - 1;
  for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
    const KeySlot& s = slots_[i];
    if (s.hash == 0) break;
    if (s.hash != h) continue;
    found = true;
    if (s.first == kBlockedKey) {
      *blocked = true;
      if (s.count > 0) out->push_back(Candidate{s.count - 1, false});  // a demonym's country
      break;
    }
    for (uint32_t k = 0; k < s.count; ++k) {
      uint32_t p = postings_[s.first + k];
      out->push_back(Candidate{p & ~kAlternateBit, (p & kAlternateBit) != 0});
    }
    break;
  }
  if (!overlay_keys_.empty()) {
    auto it = overlay_keys_.find(h);
    if (it != overlay_keys_.end()) {
      found = true;
      for (uint32_t p : it->second) out->push_back(Candidate{p & ~kAlternateBit, (p & kAlternateBit) != 0});
    }
  }
  return found;
}

PlaceView Gazetteer::View(uint32_t id) const {
  PlaceView v;
  const PlaceRecord* r;
  if (id < num_places_) {
    r = &places_[id];
    v.name = Str(r->name);
    v.feature = Field(r->feature, sizeof(r->feature));
  } else {
    const OverlayPlace& o = overlay_[id - num_places_];
    r = &o.record;
    v.name = o.name;
    v.feature = o.feature;
  }
  v.geonameid = r->geonameid;
  v.population = r->population;
  v.latitude = r->latitude;
  v.longitude = r->longitude;
  v.country_code = Field(r->country_code, 2);
  v.admin1_code = Field(r->admin1_code, sizeof(r->admin1_code));
  v.kind = r->kind;
  v.country = id < num_places_ ? Str(r->country_name) : CountryName(v.country_code);
  v.admin1 = id < num_places_ ? Str(r->admin1_name) : Admin1Name(v.country_code, v.admin1_code);
  return v;
}

Place Gazetteer::ToPlace(uint32_t id) const {
  PlaceView v = View(id);
  Place p;
  p.name = std::string(v.name);
  p.geonameid = v.geonameid;
  p.latitude = v.latitude;
  p.longitude = v.longitude;
  p.admin1 = std::string(v.admin1);
  p.country = std::string(v.country);
  p.country_code = std::string(v.country_code);
  p.feature = std::string(v.feature);
  p.population = v.population;
  p.resolved = true;
  return p;
}

std::vector<Place> Gazetteer::Lookup(std::string_view name, size_t limit) const {
  std::vector<Place> out;
  std::string key = FoldName(name);
  if (key.empty()) return out;
  std::vector<Candidate> cands;
  bool blocked = false;
  Candidates(KeyHash(key), &cands, &blocked);
  // Prior score; a division named like its seat ranks below the seat city,
  // as the resolver ranks a bare name.
  std::vector<std::pair<double, uint32_t>> ranked;
  for (const Candidate& c : cands) {
    PlaceView v = View(c.id);
    double score = PriorScore(v.kind, v.feature, v.population) - (c.alternate ? 0.3 : 0.0);
    for (const Candidate& o : cands) {
      PlaceView w = View(o.id);
      if (v.kind == PlaceKind::kAdmin1 && w.kind == PlaceKind::kPopulated &&
          w.country_code == v.country_code && w.admin1_code == v.admin1_code &&
          (w.feature == "PPLA" || w.feature == "PPLC")) {
        score -= 2.0;
        break;
      }
    }
    ranked.emplace_back(-score, c.id);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  cands.clear();
  for (const auto& r : ranked) cands.push_back(Candidate{r.second, false});
  for (const Candidate& c : cands) {
    if (out.size() >= limit) break;
    out.push_back(ToPlace(c.id));
  }
  return out;
}

std::string_view Gazetteer::CountryName(std::string_view country_code) const {
  auto it = country_ids_.find(std::string(country_code));
  return it == country_ids_.end() ? std::string_view() : Str(places_[it->second].name);
}

std::string_view Gazetteer::Admin1Name(std::string_view cc, std::string_view code) const {
  int64_t id = Admin1Id(cc, code);
  return id < 0 ? std::string_view() : Str(places_[id].name);
}

int64_t Gazetteer::Admin1Id(std::string_view cc, std::string_view code) const {
  auto it = admin1_ids_.find(std::string(cc) + "." + std::string(code));
  return it == admin1_ids_.end() ? -1 : static_cast<int64_t>(it->second);
}

Status Gazetteer::LoadGeoNamesDump(const std::string& tsv_path) {
  std::ifstream in(tsv_path);
  if (!in) return NotFoundError("gazetteer dump " + tsv_path + ": cannot open");
  std::unordered_map<int64_t, bool> known;
  for (uint32_t i = 0; i < num_places_; ++i) {
    if (places_[i].geonameid) known[places_[i].geonameid] = true;
  }
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 15) {
      return DataLossError(tsv_path + ":" + std::to_string(line_no) + ": expected 19 tab-separated columns");
    }
    OverlayPlace o{};
    o.record.geonameid = std::atoll(std::string(f[0]).c_str());
    if (known.count(o.record.geonameid)) continue;
    o.record.latitude = std::strtof(std::string(f[4]).c_str(), nullptr);
    o.record.longitude = std::strtof(std::string(f[5]).c_str(), nullptr);
    o.record.population = std::atoll(std::string(f[14]).c_str());
    o.record.kind = f[6] == "P" ? PlaceKind::kPopulated : PlaceKind::kOther;
    std::memcpy(o.record.country_code, f[8].data(), std::min<size_t>(2, f[8].size()));
    std::memcpy(o.record.admin1_code, f[10].data(), std::min<size_t>(9, f[10].size()));
    o.name = std::string(f[1]);
    o.feature = std::string(f[7]);
    uint32_t id = num_places_ + static_cast<uint32_t>(overlay_.size());
    overlay_.push_back(std::move(o));
    auto add = [&](std::string_view n, bool alt) {
      std::string key = FoldName(n);
      if (key.size() >= 2) overlay_keys_[KeyHash(key)].push_back(id | (alt ? kAlternateBit : 0));
    };
    add(f[1], false);
    if (f[2] != f[1]) add(f[2], false);
    for (std::string_view alt : Split(f[3], ',')) {
      if (alt.size() >= 3) add(alt, true);
    }
  }
  return Status::OK();
}

}  // namespace sitrep::geo
