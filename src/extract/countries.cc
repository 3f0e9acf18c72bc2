// The country table. Names follow ACLED's actor names ("Military Forces of
// the United States"); words are the names and demonyms reporters use.
#include "extract/countries.h"

#include <algorithm>

#include "base/strings.h"
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

const std::vector<Country>& Table() {
  static const std::vector<Country> kTable = {
      {"SY", "Syria", {"syria", "syrian"}},
      {"RU", "Russia", {"russia", "russian"}},
      {"US", "the United States", {"us", "u.s.", "u.s", "american", "united states", "america"}},
      {"TR", "Turkey", {"turkey", "turkish", "turkiye"}},
      {"IR", "Iran", {"iran", "iranian"}},
      {"IQ", "Iraq", {"iraq", "iraqi"}},
      {"IL", "Israel", {"israel", "israeli"}},
      {"LB", "Lebanon", {"lebanon", "lebanese"}},
      {"JO", "Jordan", {"jordan", "jordanian"}},
      {"SA", "Saudi Arabia", {"saudi", "saudi arabia", "saudi-led"}},
      {"AE", "the United Arab Emirates", {"emirati", "uae"}},
      {"QA", "Qatar", {"qatar", "qatari"}},
      {"YE", "Yemen", {"yemen", "yemeni"}},
      {"EG", "Egypt", {"egypt", "egyptian"}},
      {"LY", "Libya", {"libya", "libyan"}},
      {"DZ", "Algeria", {"algeria", "algerian"}},
      {"TN", "Tunisia", {"tunisia", "tunisian"}},
      {"MA", "Morocco", {"morocco", "moroccan"}},
      {"UA", "Ukraine", {"ukraine", "ukrainian"}},
      {"BY", "Belarus", {"belarus", "belarusian"}},
      {"GB", "the United Kingdom", {"british", "uk", "u.k.", "britain"}},
      {"FR", "France", {"france", "french"}},
      {"DE", "Germany", {"germany", "german"}},
      {"AF", "Afghanistan", {"afghanistan", "afghan"}},
      {"PK", "Pakistan", {"pakistan", "pakistani"}},
      {"IN", "India", {"india", "indian"}},
      {"CN", "China", {"china", "chinese"}},
      {"SD", "Sudan", {"sudan", "sudanese"}},
      {"SS", "South Sudan", {"south sudan", "south sudanese"}},
      {"ET", "Ethiopia", {"ethiopia", "ethiopian"}},
      {"ER", "Eritrea", {"eritrea", "eritrean"}},
      {"SO", "Somalia", {"somalia", "somali"}},
      {"KE", "Kenya", {"kenya", "kenyan"}},
      {"NG", "Nigeria", {"nigeria", "nigerian"}},
      {"ML", "Mali", {"mali", "malian"}},
      {"NE", "Niger", {"niger", "nigerien"}},
      {"BF", "Burkina Faso", {"burkina faso", "burkinabe"}},
      {"TD", "Chad", {"chad", "chadian"}},
      {"CM", "Cameroon", {"cameroon", "cameroonian"}},
      {"CD", "the Democratic Republic of Congo", {"congolese", "drc"}},
      {"MZ", "Mozambique", {"mozambique", "mozambican"}},
      {"MM", "Myanmar", {"myanmar", "burmese"}},
      {"PH", "the Philippines", {"philippine", "filipino"}},
      {"CO", "Colombia", {"colombia", "colombian"}},
      {"MX", "Mexico", {"mexico", "mexican"}},
      {"AZ", "Azerbaijan", {"azerbaijan", "azerbaijani"}},
      {"AM", "Armenia", {"armenia", "armenian"}},
      {"GE", "Georgia", {"georgian"}},
      {"PS", "Palestine", {"palestinian"}},
      {"GN", "Guinea", {"guinean"}},
  };
  return kTable;
}

const text::WordMap<const Country*>& WordIndex() {
  static const text::WordMap<const Country*> kIndex = [] {
    text::WordMap<const Country*> m;
    for (const Country& c : Table()) {
      for (const std::string& w : c.words) m[w] = &c;
    }
    return m;
  }();
  return kIndex;
}

}  // namespace

const Country* CountryByWord(std::string_view lower) {
  auto it = WordIndex().find(lower);
  return it == WordIndex().end() ? nullptr : it->second;
}

bool CountryWordStartsPair(std::string_view lower) {
  // A handful of words ("united", "south"): a scan beats hashing every token.
  static const std::vector<std::string> kFirst = [] {
    std::vector<std::string> first;
    for (const auto& [word, country] : WordIndex()) {
      size_t space = word.find(' ');
      if (space == std::string::npos) continue;
      std::string w = word.substr(0, space);
      if (std::find(first.begin(), first.end(), w) == first.end()) first.push_back(w);
    }
    return first;
  }();
  return std::find(kFirst.begin(), kFirst.end(), lower) != kFirst.end();
}

const Country* CountryByCode(std::string_view code_or_name) {
  std::string_view s = Trim(code_or_name);
  if (s.empty()) return nullptr;
  for (const Country& c : Table()) {
    if (IEquals(c.iso2, s) || IEquals(c.name, s)) return &c;
    if (StartsWith(c.name, "the ") && IEquals(std::string_view(c.name).substr(4), s)) return &c;
  }
  return nullptr;
}

}  // namespace sitrep::extract
