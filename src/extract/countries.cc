// The country table. Names follow ACLED's actor names ("Military Forces of
// the United States"); words are the names and demonyms reporters use.
// Also the country actors declared in actors.h (CountryActor,
// ResolveHomeArmy, ResolveRegional), which build on the table.
#include "extract/countries.h"

#include <algorithm>

#include "base/strings.h"
#include "extract/actors.h"
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
      {"CD", "the Democratic Republic of Congo", {"congolese", "drc", "congo", "dr congo"}},
      {"MZ", "Mozambique", {"mozambique", "mozambican"}},
      {"MM", "Myanmar", {"myanmar", "burmese", "burma"}},
      {"PH", "the Philippines", {"philippine", "filipino"}},
      {"CO", "Colombia", {"colombia", "colombian"}},
      {"MX", "Mexico", {"mexico", "mexican"}},
      {"AZ", "Azerbaijan", {"azerbaijan", "azerbaijani"}},
      {"AM", "Armenia", {"armenia", "armenian"}},
      {"GE", "Georgia", {"georgian"}},
      {"PS", "Palestine", {"palestinian"}},
      {"GN", "Guinea", {"guinean"}},
      // The rest of the ISO codes GeoNames uses, so that "the police" of any
      // place's country has a name ("Police Forces of Peru").
      {"AD", "Andorra", {"andorra", "andorran"}},
      {"AG", "Antigua and Barbuda", {}},
      {"AI", "Anguilla", {}},
      {"AL", "Albania", {"albania", "albanian"}},
      {"AO", "Angola", {"angola", "angolan"}},
      {"AQ", "Antarctica", {}},
      {"AR", "Argentina", {"argentina", "argentine", "argentinian"}},
      {"AS", "American Samoa", {}},
      {"AT", "Austria", {"austria", "austrian"}},
      {"AU", "Australia", {"australia", "australian"}},
      {"AW", "Aruba", {}},
      {"AX", "Aland Islands", {}},
      {"BA", "Bosnia and Herzegovina", {"bosnia", "bosnian"}},
      {"BB", "Barbados", {"barbados"}},
      {"BD", "Bangladesh", {"bangladesh", "bangladeshi"}},
      {"BE", "Belgium", {"belgium", "belgian"}},
      {"BG", "Bulgaria", {"bulgaria", "bulgarian"}},
      {"BH", "Bahrain", {"bahrain", "bahraini"}},
      {"BI", "Burundi", {"burundi", "burundian"}},
      {"BJ", "Benin", {"benin", "beninese"}},
      {"BL", "Saint-Barthelemy", {}},
      {"BM", "Bermuda", {}},
      {"BN", "Brunei", {"brunei"}},
      {"BO", "Bolivia", {"bolivia", "bolivian"}},
      {"BQ", "Caribbean Netherlands", {}},
      {"BR", "Brazil", {"brazil", "brazilian"}},
      {"BS", "the Bahamas", {"bahamas", "bahamian"}},
      {"BT", "Bhutan", {"bhutan", "bhutanese"}},
      {"BV", "Bouvet Island", {}},
      {"BW", "Botswana", {"botswana"}},
      {"BZ", "Belize", {"belize", "belizean"}},
      {"CA", "Canada", {"canada", "canadian"}},
      {"CC", "Cocos (Keeling) Islands", {}},
      {"CF", "the Central African Republic", {"central african"}},
      {"CG", "the Republic of Congo", {"congo-brazzaville"}},
      {"CH", "Switzerland", {"switzerland", "swiss"}},
      {"CI", "Ivory Coast", {"ivory coast", "ivorian"}},
      {"CK", "Cook Islands", {}},
      {"CL", "Chile", {"chile", "chilean"}},
      {"CR", "Costa Rica", {"costa rica", "costa rican"}},
      {"CU", "Cuba", {"cuba", "cuban"}},
      {"CV", "Cape Verde", {"cape verde"}},
      {"CW", "Curacao", {}},
      {"CX", "Christmas Island", {}},
      {"CY", "Cyprus", {"cyprus", "cypriot"}},
      {"CZ", "the Czech Republic", {"czech"}},
      {"DJ", "Djibouti", {"djibouti", "djiboutian"}},
      {"DK", "Denmark", {"denmark", "danish"}},
      {"DM", "Dominica", {}},
      {"DO", "the Dominican Republic", {"dominican republic", "dominican"}},
      {"EC", "Ecuador", {"ecuador", "ecuadorian", "ecuadorean"}},
      {"EE", "Estonia", {"estonia", "estonian"}},
      {"EH", "Western Sahara", {"western sahara"}},
      {"ES", "Spain", {"spain", "spanish"}},
      {"FI", "Finland", {"finland", "finnish"}},
      {"FJ", "Fiji", {"fiji", "fijian"}},
      {"FK", "Falkland Islands", {}},
      {"FM", "Micronesia", {}},
      {"FO", "Faroe Islands", {}},
      {"GA", "Gabon", {"gabon", "gabonese"}},
      {"GD", "Grenada", {}},
      {"GF", "French Guiana", {}},
      {"GG", "Guernsey", {}},
      {"GH", "Ghana", {"ghana", "ghanaian"}},
      {"GI", "Gibraltar", {}},
      {"GL", "Greenland", {}},
      {"GM", "Gambia", {"gambia", "gambian"}},
      {"GP", "Guadeloupe", {}},
      {"GQ", "Equatorial Guinea", {"equatorial guinea"}},
      {"GR", "Greece", {"greece", "greek"}},
      {"GS", "South Georgia and the South Sandwich Islands", {}},
      {"GT", "Guatemala", {"guatemala", "guatemalan"}},
      {"GU", "Guam", {}},
      {"GW", "Guinea-Bissau", {"guinea-bissau"}},
      {"GY", "Guyana", {"guyana", "guyanese"}},
      {"HK", "Hong Kong", {}},
      {"HM", "Heard Island and McDonald Islands", {}},
      {"HN", "Honduras", {"honduras", "honduran"}},
      {"HR", "Croatia", {"croatia", "croatian"}},
      {"HT", "Haiti", {"haiti", "haitian"}},
      {"HU", "Hungary", {"hungary", "hungarian"}},
      {"ID", "Indonesia", {"indonesia", "indonesian"}},
      {"IE", "Ireland", {"ireland", "irish"}},
      {"IM", "Isle of Man", {}},
      {"IO", "British Indian Ocean Territory", {}},
      {"IS", "Iceland", {"iceland", "icelandic"}},
      {"IT", "Italy", {"italy", "italian"}},
      {"JE", "Jersey", {}},
      {"JM", "Jamaica", {"jamaica", "jamaican"}},
      {"JP", "Japan", {"japan", "japanese"}},
      {"KG", "Kyrgyzstan", {"kyrgyzstan", "kyrgyz"}},
      {"KH", "Cambodia", {"cambodia", "cambodian"}},
      {"KI", "Kiribati", {}},
      {"KM", "Comoros", {"comoros", "comorian"}},
      {"KN", "Saint Kitts and Nevis", {}},
      {"KP", "North Korea", {"north korea", "north korean"}},
      {"KR", "South Korea", {"south korea", "south korean"}},
      {"KW", "Kuwait", {"kuwait", "kuwaiti"}},
      {"KY", "Cayman Islands", {}},
      {"KZ", "Kazakhstan", {"kazakhstan", "kazakh", "kazakhstani"}},
      {"LA", "Laos", {"laos", "lao", "laotian"}},
      {"LC", "Saint Lucia", {}},
      {"LI", "Liechtenstein", {}},
      {"LK", "Sri Lanka", {"sri lanka", "sri lankan"}},
      {"LR", "Liberia", {"liberia", "liberian"}},
      {"LS", "Lesotho", {"lesotho"}},
      {"LT", "Lithuania", {"lithuania", "lithuanian"}},
      {"LU", "Luxembourg", {"luxembourg"}},
      {"LV", "Latvia", {"latvia", "latvian"}},
      {"MC", "Monaco", {}},
      {"MD", "Moldova", {"moldova", "moldovan"}},
      {"ME", "Montenegro", {"montenegro", "montenegrin"}},
      {"MF", "Saint-Martin", {}},
      {"MG", "Madagascar", {"madagascar", "malagasy"}},
      {"MH", "Marshall Islands", {}},
      {"MK", "North Macedonia", {"north macedonia", "macedonian"}},
      {"MN", "Mongolia", {"mongolia", "mongolian"}},
      {"MO", "Macau", {}},
      {"MP", "Northern Mariana Islands", {}},
      {"MQ", "Martinique", {}},
      {"MR", "Mauritania", {"mauritania", "mauritanian"}},
      {"MS", "Montserrat", {}},
      {"MT", "Malta", {"malta", "maltese"}},
      {"MU", "Mauritius", {"mauritius", "mauritian"}},
      {"MV", "Maldives", {"maldives", "maldivian"}},
      {"MW", "Malawi", {"malawi", "malawian"}},
      {"MY", "Malaysia", {"malaysia", "malaysian"}},
      {"NA", "Namibia", {"namibia", "namibian"}},
      {"NC", "New Caledonia", {}},
      {"NF", "Norfolk Island", {}},
      {"NI", "Nicaragua", {"nicaragua", "nicaraguan"}},
      {"NL", "the Netherlands", {"netherlands", "dutch"}},
      {"NO", "Norway", {"norway", "norwegian"}},
      {"NP", "Nepal", {"nepal", "nepali", "nepalese"}},
      {"NR", "Nauru", {}},
      {"NU", "Niue", {}},
      {"NZ", "New Zealand", {"new zealand"}},
      {"OM", "Oman", {"oman", "omani"}},
      {"PA", "Panama", {"panama", "panamanian"}},
      {"PE", "Peru", {"peru", "peruvian"}},
      {"PF", "French Polynesia", {}},
      {"PG", "Papua New Guinea", {}},
      {"PL", "Poland", {"poland", "polish"}},
      {"PM", "Saint Pierre and Miquelon", {}},
      {"PN", "Pitcairn", {}},
      {"PR", "Puerto Rico", {}},
      {"PT", "Portugal", {"portugal", "portuguese"}},
      {"PW", "Palau", {}},
      {"PY", "Paraguay", {"paraguay", "paraguayan"}},
      {"RE", "Reunion", {}},
      {"RO", "Romania", {"romania", "romanian"}},
      {"RS", "Serbia", {"serbia", "serbian"}},
      {"RW", "Rwanda", {"rwanda", "rwandan"}},
      {"SB", "Solomon Islands", {}},
      {"SC", "Seychelles", {}},
      {"SE", "Sweden", {"sweden", "swedish"}},
      {"SG", "Singapore", {"singapore", "singaporean"}},
      {"SH", "Saint Helena", {}},
      {"SI", "Slovenia", {"slovenia", "slovenian"}},
      {"SJ", "Svalbard and Jan Mayen", {}},
      {"SK", "Slovakia", {"slovakia", "slovak"}},
      {"SL", "Sierra Leone", {"sierra leone", "sierra leonean"}},
      {"SM", "San Marino", {}},
      {"SN", "Senegal", {"senegal", "senegalese"}},
      {"SR", "Suriname", {"suriname"}},
      {"ST", "Sao Tome and Principe", {}},
      {"SV", "El Salvador", {"el salvador", "salvadoran", "salvadorean"}},
      {"SX", "Sint Maarten", {}},
      {"SZ", "eSwatini", {"eswatini", "swaziland"}},
      {"TC", "Turks and Caicos Islands", {}},
      {"TF", "French Southern Territories", {}},
      {"TG", "Togo", {"togo", "togolese"}},
      {"TH", "Thailand", {"thailand", "thai"}},
      {"TJ", "Tajikistan", {"tajikistan", "tajik"}},
      {"TK", "Tokelau", {}},
      {"TL", "East Timor", {"east timor", "timor-leste"}},
      {"TM", "Turkmenistan", {"turkmenistan", "turkmen"}},
      {"TO", "Tonga", {}},
      {"TT", "Trinidad and Tobago", {}},
      {"TV", "Tuvalu", {}},
      {"TW", "Taiwan", {"taiwan", "taiwanese"}},
      {"TZ", "Tanzania", {"tanzania", "tanzanian"}},
      {"UG", "Uganda", {"uganda", "ugandan"}},
      {"UM", "United States Minor Outlying Islands", {}},
      {"UY", "Uruguay", {"uruguay", "uruguayan"}},
      {"UZ", "Uzbekistan", {"uzbekistan", "uzbek"}},
      {"VA", "Vatican City", {}},
      {"VC", "Saint Vincent and the Grenadines", {}},
      {"VE", "Venezuela", {"venezuela", "venezuelan"}},
      {"VG", "British Virgin Islands", {}},
      {"VI", "US Virgin Islands", {}},
      {"VN", "Vietnam", {"vietnam", "vietnamese"}},
      {"VU", "Vanuatu", {}},
      {"WF", "Wallis and Futuna", {}},
      {"WS", "Samoa", {}},
      {"XK", "Kosovo", {"kosovo", "kosovar", "kosovan"}},
      {"YT", "Mayotte", {}},
      {"ZA", "South Africa", {"south africa", "south african"}},
      {"ZM", "Zambia", {"zambia", "zambian"}},
      {"ZW", "Zimbabwe", {"zimbabwe", "zimbabwean"}},
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

const Country* CountryByCapital(std::string_view lower) {
  static const text::WordMap<const char*> kCapitals = {
      {"moscow", "RU"},    {"kyiv", "UA"},      {"kiev", "UA"},         {"washington", "US"}, {"beijing", "CN"},
      {"tehran", "IR"},    {"damascus", "SY"},  {"ankara", "TR"},       {"baghdad", "IQ"},    {"kabul", "AF"},
      {"islamabad", "PK"}, {"riyadh", "SA"},    {"khartoum", "SD"},     {"bamako", "ML"},     {"ouagadougou", "BF"},
      {"niamey", "NE"},    {"abuja", "NG"},     {"mogadishu", "SO"},    {"kinshasa", "CD"},   {"kigali", "RW"},
      {"naypyidaw", "MM"}, {"cairo", "EG"},     {"beirut", "LB"},       {"amman", "JO"},      {"paris", "FR"},
      {"london", "GB"},    {"berlin", "DE"},    {"minsk", "BY"},        {"caracas", "VE"},    {"manila", "PH"},
      {"juba", "SS"},      {"n'djamena", "TD"}, {"yaounde", "CM"},      {"maputo", "MZ"},     {"nairobi", "KE"},
      {"addis", "ET"},     {"pyongyang", "KP"}, {"seoul", "KR"},        {"baku", "AZ"},       {"yerevan", "AM"},
      {"tbilisi", "GE"},   {"algiers", "DZ"},   {"rabat", "MA"},        {"tunis", "TN"},      {"bogota", "CO"}};
  auto it = kCapitals.find(lower);
  return it == kCapitals.end() ? nullptr : CountryByCode(it->second);
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

std::string WithCountrySuffix(const std::string& name, std::string_view iso2) {
  static const text::WordSet kGeneric = {"Civilians", "Protesters", "Rioters", "Unidentified Armed Group"};
  const Country* c = iso2.size() == 2 && kGeneric.count(name) ? CountryByCode(iso2) : nullptr;
  if (!c) return name;
  std::string_view country = c->name;
  if (StartsWith(country, "the ")) country.remove_prefix(4);
  return name + " (" + std::string(country) + ")";
}

// The country actors of actors.h: "<Kind> of <country>", the home army
// and regional names resolved for a document's country.
ActorMention CountryActor(const Lexicon& lex, const std::string& iso2, const std::string& kind) {
  ActorMention m;
  const Country* c = CountryByCode(iso2);
  std::string canonical = kind + " of " + (c ? c->name : iso2);
  int idx = lex.FindCanonicalPrefix(canonical);
  m.canonical = idx >= 0 ? lex.actors()[idx].canonical : canonical;
  m.type = idx >= 0 ? lex.actors()[idx].type : (kind == "Government" ? "government" : "state");
  m.country = iso2;
  return m;
}

void ResolveHomeArmy(const Lexicon& lex, const std::string& iso2, ActorMention* m) {
  if (iso2.empty()) {  // no country known: ACLED's unidentified military forces
    m->canonical = "Unidentified Military Forces";
    m->type = "state";
    return;
  }
  ActorMention a = CountryActor(lex, iso2, "Military Forces");
  m->canonical = a.canonical;
  m->type = a.type;
  m->country = a.country;
}

namespace {

// "state media", "state television": Syria's is the lexicon's Syrian
// state television, another country's "state media (Myanmar)", and with
// no country known the lexicon's bare "state media".
void ResolveStateMedia(const Lexicon& lex, const std::string& iso2, ActorMention* m) {
  const Country* c = CountryByCode(iso2);
  int idx = lex.FindCanonical(iso2 == "SY" ? "Syrian state television" : "state media");
  if (idx >= 0) {
    m->canonical = lex.actors()[idx].canonical;
    m->type = lex.actors()[idx].type;
  }
  if (iso2 == "SY" || !c) return;
  std::string_view country = c->name;
  if (StartsWith(country, "the ")) country.remove_prefix(4);
  m->canonical = "state media (" + std::string(country) + ")";
  m->type = "media";
  m->country = iso2;
}

}  // namespace

void ResolveRegional(const Lexicon& lex, const std::string& iso2, ActorMention* m) {
  std::string name;
  if (m->regional == "coalition") {
    name = iso2 == "YE" || iso2 == "SA" ? "Saudi-led Coalition"
           : iso2 == "SY" || iso2 == "IQ" ? "Military Forces of the United States" : "";
  } else if (m->regional == "progov") {
    name = iso2 == "SY" ? "National Defence Forces" : "Unidentified Armed Group";
  } else if (m->regional == "kurdish") {
    name = iso2 == "SY" ? "Syrian Democratic Forces"
           : iso2 == "IQ" ? "Military Forces of Iraq (Kurdistan Regional Government)"
           : iso2 == "TR" ? "PKK: Kurdistan Workers Party" : "";
  } else if (m->regional == "government") {
    if (iso2.empty()) return;
    ActorMention g = CountryActor(lex, iso2, "Government");
    m->canonical = g.canonical;
    m->type = g.type;
    m->country = g.country;
    return;
  } else if (m->regional == "statemedia") {
    ResolveStateMedia(lex, iso2, m);
    return;
  }
  int idx = name.empty() ? -1 : lex.FindCanonical(name);
  if (idx < 0) return;
  m->canonical = lex.actors()[idx].canonical;
  m->type = lex.actors()[idx].type;
  m->country = lex.actors()[idx].country;
}

}  // namespace sitrep::extract
