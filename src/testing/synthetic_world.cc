// Place names are two or three syllables from an Arabic-like inventory,
// sometimes with the article "al-" or a first word "Tell"/"Deir"/"Ain".
// Variants follow the habits of transliteration: the article written el- or
// dropped, "ay" as "ai", "u" as "ou", a doubled consonant, a final "-ah".
// The hard variant swaps q and k or d and th, which no consonant key undoes.
#include "testing/synthetic_world.h"

#include <cmath>
#include <set>

namespace sitrep::testing {
namespace {

template <typename T>
const T& Pick(const std::vector<T>& v, std::mt19937_64* rng) {
  return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(*rng)];
}

std::string Capitalize(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string ReplaceFirst(std::string s, const std::string& from, const std::string& to) {
  size_t pos = s.find(from);
  if (pos != std::string::npos) s.replace(pos, from.size(), to);
  return s;
}

std::string Syllables(std::mt19937_64* rng) {
  static const std::vector<std::string> kFirst = {
      "qar", "kha", "sab", "mu", "dar", "zaw", "bir", "ham", "ras", "tam", "jab", "naq",
      "sur", "far", "hal", "mar", "baq", "kar", "rub", "shad", "dab", "lat", "saf", "nab"};
  static const std::vector<std::string> kMiddle = {"ya", "ra", "ba", "ma", "li", "ru", "wa",
                                                   "ka", "di", "ha", "ta", "za", "bu", "ni"};
  static const std::vector<std::string> kLast = {"tayn", "ta", "din", "yat", "un", "ib",
                                                 "ra", "lah", "ik", "iya", "ar", "um", "as"};
  std::string s = Pick(kFirst, rng);
  if ((*rng)() % 2) s += Pick(kMiddle, rng);
  return s + Pick(kLast, rng);
}

std::string PlaceName(std::mt19937_64* rng) {
  std::string core = Capitalize(Syllables(rng));
  switch ((*rng)() % 6) {
    case 0: return "al-" + core;
    case 1: return "Tell " + core;
    case 2: return "Ain " + core;
    default: return core;
  }
}

std::vector<std::string> Variants(const std::string& name) {
  std::set<std::string> out;
  if (name.rfind("al-", 0) == 0) {
    out.insert("el-" + name.substr(3));
    out.insert(name.substr(3));
    out.insert("Al " + name.substr(3));
  } else if (name.find(' ') == std::string::npos) {
    out.insert("al-" + name);
  }
  out.insert(ReplaceFirst(name, "ay", "ai"));
  out.insert(ReplaceFirst(name, "u", "ou"));
  for (const char* c : {"r", "b", "m", "t", "d"}) {
    size_t pos = name.find(c, 2);
    if (pos != std::string::npos) {
      out.insert(name.substr(0, pos) + c + name.substr(pos));
      break;
    }
  }
  if (name.back() == 'a') out.insert(name + "h");
  out.erase(name);
  if (out.empty()) out.insert("al-" + name);  // every place has a variant
  return {out.begin(), out.end()};
}

std::string HardVariant(const std::string& name) {
  for (auto [from, to] : {std::pair{"q", "k"}, {"Q", "K"}, {"d", "th"}, {"kh", "ch"}, {"sh", "ch"}}) {
    std::string v = ReplaceFirst(name, from, to);
    if (v != name) return v;
  }
  return name + "e";
}

std::vector<WorldActor> Actors() {
  return {
      {"Military Forces of Corvania", {"Corvanian army", "Corvanian troops", "Corvanian forces",
                                       "Military Forces of Corvania (2015-)"}, "the regime", true},
      {"Black Banner Front", {"Black Banner Front (BBF)", "Black Banner Front forces"}, "BBF", false},
      {"Eastern Shield Brigades", {"Eastern Shield Brigades (ESB)", "Eastern Shield"}, "ESB", false},
      {"Military Forces of Ostrava", {"Ostravan air force", "Ostravan forces"}, "Ostravan jets", true},
      {"Civilians (Corvania)", {"Civilians", "civilians (Corvania)"}, "residents", false},
  };
}

std::vector<WorldActor> RealActors() {
  return {
      {"Military Forces of Syria", {"Syrian army", "Syrian troops", "Syrian government forces"},
       "the regime", true},
      {"Islamic State", {"ISIS", "Islamic State group", "IS militants"}, "Daesh", false},
      {"Hay'at Tahrir al-Sham", {"HTS", "Hayat Tahrir al-Sham"}, "the jihadists", false},
      {"Military Forces of Russia", {"Russian warplanes", "Russian forces"}, "Russian jets", true},
      {"Civilians (Syria)", {"civilians", "Civilians"}, "residents", false},
  };
}

std::vector<std::string> Outlets(std::mt19937_64* rng) {
  static const std::vector<std::string> kA = {"Harbor", "Northgate", "Meridian", "Lantern",
                                              "Granite", "Riverside", "Eastern", "Sentinel"};
  static const std::vector<std::string> kB = {"Ledger", "Wire", "Dispatch", "Courier", "Observer"};
  std::vector<std::string> out;
  for (const auto& a : kA) {
    for (const auto& b : kB) out.push_back("The " + a + " " + b);
  }
  return out;
}

}  // namespace

double WorldDistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

World BuildWorld(std::mt19937_64* rng, int places) {
  World w;
  static const std::vector<std::string> kProvinces = {"Hasar", "Bayrun", "Qadis", "Luwayn", "Tirah"};
  for (size_t i = 0; i < kProvinces.size(); ++i) {
    // A 3 x 4 degree region cut into five bands of longitude.
    w.provinces.push_back({kProvinces[i] + " Province", 35.5, 38.4 + 0.8 * i, 8000000 + int64_t(i)});
  }
  std::uniform_real_distribution<double> lat(34.0, 37.0), lon(38.0, 42.0);
  std::set<std::string> used;
  while (static_cast<int>(w.places.size()) < places) {
    WorldPlace p;
    // A fresh name when one comes within a few draws; past that (large
    // worlds exhaust the syllables) names repeat, as they do on real maps.
    for (int tries = 0; tries < 8; ++tries) {
      p.name = PlaceName(rng);
      if (used.insert(p.name).second) break;
    }
    p.variants = Variants(p.name);
    p.hard_variant = HardVariant(p.name);
    p.latitude = lat(*rng);
    p.longitude = lon(*rng);
    p.geonameid = 9000000 + static_cast<int64_t>(w.places.size());
    p.province = std::min(4, static_cast<int>((p.longitude - 38.0) / 0.8));
    w.places.push_back(std::move(p));
  }
  w.actors = Actors();
  w.outlets = Outlets(rng);
  w.monitors = {"Observatory for Civil Rights", "Corvanian News Agency", "Banner Media Office"};
  return w;
}

World BuildRealWorld(std::mt19937_64* rng, std::vector<WorldPlace> given) {
  World w;
  for (WorldPlace& p : given) {
    p.variants = Variants(p.name);
    p.hard_variant = HardVariant(p.name);
    p.province = -1;
    w.places.push_back(std::move(p));
  }
  w.actors = RealActors();
  w.outlets = Outlets(rng);
  w.monitors = {"a monitoring group", "state media", "activists"};
  return w;
}

}  // namespace sitrep::testing
