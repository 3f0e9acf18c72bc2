// Actor mention finder. At each token, in this order:
//  1. a country word (name or demonym, "US" only in capitals) followed within
//     three tokens by a force, police or government noun gives the generic
//     actor of that country, unless a lexicon alias starting at the same
//     token is at least as long ("Syrian Democratic Forces");
//  2. the longest lexicon alias (short all-capital aliases such as "IS" only
//     in capitals);
//  3. a bare force noun ("the army", "troops", "government forces",
//     "pro-government forces", "a military convoy", "the Defence Ministry")
//     is the home army; a
//     force another state backs ("US-backed forces") an unidentified armed
//     group; regional names ("coalition", "Kurdish fighters", "pro-government
//     militias") wait for the document's country; "it"/"they" are pronouns.
// A matched actor extends over force nouns that follow it ("ISIS
// militants", "Islamic State fighters", "the Syrian army's choppers"),
// which also set the means of attack. A force that owns a facility ("a
// police station") is marked as a place ("at"), never a subject; so is a
// backer ("X, backed by Y, ...": "backed"). Unnamed state media wait for
// the document's country like the regional names.
#include "extract/actors.h"

#include <cstring>
#include <utility>

#include "base/strings.h"
#include "extract/attribution.h"
#include "extract/countries.h"
#include "text/word_set.h"

namespace sitrep::extract {
namespace {

using text::Token;

const text::WordSet kAirNouns = {"warplanes", "warplane", "jets",  "jet",    "aircraft",
                                         "planes",    "plane",    "helicopters", "helicopter",
                                         "drones",    "drone",    "aerospace", "air", "bombers", "gunships",
                                         "gunship",   "bomber",   "choppers", "chopper", "uavs", "uav"};
const text::WordSet kNavalNouns = {"warship", "warships", "navy", "naval", "submarine", "frigate", "fleet"};
const text::WordSet kForceNouns = {"forces",  "troops",  "army",    "military", "soldiers", "infantry",
                                           "gunmen",  "patrol",  "convoy",   "engineers", "positions", "lines",
                                           "units",   "fighters", "militants", "militia",  "militias",
                                           "force",   "commandos", "paratroopers", "marines", "artillery",
                                           "tanks",   "personnel", "battalion", "brigade", "division",
                                           "guards",  "guard",   "soldier", "serviceman", "militiaman", "trooper",
                                           "commando", "paratrooper"};
// Force nouns for irregulars: a country word before them names no army.
const text::WordSet kIrregular = {"gunmen", "fighters", "militants", "militia", "militias", "militiaman"};
const text::WordSet kPoliceNouns = {"police", "policemen", "policeman", "gendarmes", "gendarme", "gendarmerie"};
const text::WordSet kGovernmentNouns = {"government", "officials", "authorities", "president",
                                                "foreign", "ministry", "leadership", "administration"};
// Facilities a force owns: "a police station", "an army checkpoint".
const text::WordSet kFacilities = {
    "station", "stations", "post",    "posts",    "outpost", "outposts",  "checkpoint", "checkpoints",
    "base",    "bases",    "barracks", "camp",    "camps",   "headquarters", "compound", "compounds",
    "academy", "school",   "college", "training", "building", "buildings", "office",    "offices",
    "depot",   "facility", "facilities", "installation", "installations", "vehicle", "vehicles",
    "truck",   "trucks",   "station's", "garrison", "hospital", "airbase", "airport"};
// Who speaks for an institution: "military sources", "a ministry spokesman".
const text::WordSet kSpeakers = {"source", "sources", "spokesman", "spokeswoman", "spokesperson",
                                 "official", "officials", "statement"};
const text::WordSet kPreps = {"by", "of", "against", "with", "from", "to", "on", "at", "in",
                                      "for", "between", "near", "toward", "towards", "into", "than"};

std::string MeansOf(const std::string& w) {
  if (kAirNouns.count(w)) return "air";
  if (kNavalNouns.count(w)) return "naval";
  return "";
}

bool IsForceWord(const std::string& w) {
  return kForceNouns.count(w) || kAirNouns.count(w) || kNavalNouns.count(w);
}

// Country word at i (one or two tokens); sets *len.
const Country* CountryAt(const std::vector<Token>& toks, size_t i, size_t end, size_t* len) {
  if (i + 1 < end && CountryWordStartsPair(toks[i].lower)) {
    if (const Country* c = CountryByWord(toks[i].lower + " " + toks[i + 1].lower)) {
      *len = 2;
      return c;
    }
  }
  if (!toks[i].capitalized) return nullptr;
  const Country* c = CountryByWord(toks[i].lower);
  if (!c) return nullptr;
  if ((toks[i].lower == "us" || toks[i].lower == "uk") && toks[i].text != "US" && toks[i].text != "UK") return nullptr;
  *len = 1;
  return c;
}

// Generic country actor at i: country word ['s] [adjective] force/police/government
// noun; the country word may be its capital ("Moscow's Defence Ministry").
bool GenericAt(const Lexicon& lex, const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  size_t len = 0;
  const Country* c = CountryAt(toks, i, end, &len);
  if (!c && toks[i].capitalized && (c = CountryByCapital(toks[i].lower))) len = 1;
  if (!c) return false;
  size_t j = i + len;
  if (j < end && toks[j].lower == "'s") ++j;
  // "Ukrainian and Russian troops": the first demonym shares the second's noun.
  size_t len2 = 0;
  if (j + 1 < end && toks[j].lower == "and" && CountryAt(toks, j + 1, end, &len2)) {
    ActorMention second;
    if (!GenericAt(lex, toks, j + 1, end, &second)) return false;
    const std::string kind = second.canonical.substr(0, second.canonical.find(" of "));
    if (kind != "Military Forces" && kind != "Police Forces" && kind != "Government") return false;
    *m = CountryActor(lex, c->iso2, kind);
    m->first = i;
    m->last = i + len - 1;
    m->means = second.means;
    return true;
  }
  for (size_t k = j; k < end && k < j + 3; ++k) {
    const std::string& w = toks[k].lower;
    std::string kind;
    if ((w == "defense" || w == "defence") && k + 1 < end && toks[k + 1].lower == "ministry") {
      kind = "Military Forces";
      ++k;
    } else if (w == "ministry" && k + 2 < end && toks[k + 1].lower == "of" &&
               (toks[k + 2].lower == "defense" || toks[k + 2].lower == "defence")) {
      kind = "Military Forces";
      k += 2;
    } else if (IsForceWord(w) || (w == "general" && k + 1 < end && toks[k + 1].lower == "staff")) {
      kind = "Military Forces";
      if ((w == "air" && k + 1 < end && toks[k + 1].lower == "force") || w == "general") ++k;
    } else if (kPoliceNouns.count(w)) {
      kind = "Police Forces";
    } else if (kGovernmentNouns.count(w)) {
      kind = "Government";
      if (w == "foreign" && k + 1 < end && toks[k + 1].lower == "ministry") ++k;
    } else if (!toks[k].is_word || k > j + 1) {
      break;
    } else {
      continue;  // one adjective: "Russian special forces"
    }
    if (kind == "Military Forces" && kIrregular.count(w)) {
      // "Afghan gunmen", "Palestinian militants": armed men of a country, not its army.
      m->canonical = "Unidentified Armed Group";
      m->type = "rebel";
      m->country = c->iso2;
    } else {
      *m = CountryActor(lex, c->iso2, kind);
    }
    m->first = i;
    m->last = k;
    for (size_t t = i; t <= k; ++t) {
      if (m->means.empty()) m->means = MeansOf(toks[t].lower);
    }
    return true;
  }
  return false;
}

bool AliasAt(const Lexicon& lex, const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  size_t most = lex.MaxAliasTokens(toks[i].lower);
  if (most == 0) return false;
  // One joined key; the key of the first n tokens is its prefix keys[n - 1].
  std::string key;
  size_t lens[16];
  size_t count = 0;
  // Only keys that are aliases or the start of one are built.
  for (size_t k = i; k < end && k < i + most && count < 16; ++k) {
    if (!key.empty()) key += ' ';
    key += toks[k].lower;
    lens[count++] = key.size();
    if (!lex.AliasPrefix(key)) break;
  }
  for (size_t n = count; n > 0; --n) {
    std::string_view joined(key.data(), lens[n - 1]);
    int idx = lex.FindAlias(joined);
    if (idx < 0) continue;
    if (lex.AliasNeedsCase(joined)) {
      bool caps = true;
      for (size_t k = i; k < i + n; ++k) {
        for (char ch : toks[k].text) caps &= !(ch >= 'a' && ch <= 'z');
      }
      if (!caps) continue;
    }
    const Actor& a = lex.actors()[idx];
    m->first = i;
    m->last = i + n - 1;
    m->canonical = a.canonical;
    m->type = a.type;
    m->country = a.country;
    for (size_t k = i; k < i + n; ++k) {
      if (m->means.empty()) m->means = MeansOf(toks[k].lower);
    }
    if (m->means.empty() && joined.find("air force") != std::string_view::npos) m->means = "air";
    return true;
  }
  return false;
}

// A country's name (not its demonym) acting as a party: "Russia and Turkey
// agreed", "Russia defied". Not after a preposition, not before "'s".
bool CountryNameAt(const Lexicon& lex, const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  size_t len = 0;
  const Country* c = CountryAt(toks, i, end, &len);
  if (!c || len != 1 || !toks[i].capitalized) return false;
  std::string name = c->name.rfind("the ", 0) == 0 ? c->name.substr(4) : c->name;
  if (AsciiLower(name) != toks[i].lower) return false;
  if (i > 0 && toks[i - 1].lower != "and" && toks[i - 1].text != "," && toks[i - 1].text != "\xE2\x80\x94") return false;
  if (i + 1 < end && (toks[i + 1].lower == "'s" || toks[i + 1].capitalized || !toks[i + 1].is_word)) {
    if (!(i + 1 < end && toks[i + 1].lower == "and")) return false;
  }
  *m = CountryActor(lex, c->iso2, "Military Forces");
  m->first = m->last = i;
  return true;
}

// "the government of Mali", "the army of Niger", "police of Kenya".
bool KindOfCountryAt(const Lexicon& lex, const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  size_t j = toks[i].lower == "the" ? i + 1 : i;
  if (j + 2 >= end || toks[j + 1].lower != "of") return false;
  const std::string& w = toks[j].lower;
  std::string kind = IsForceWord(w) ? "Military Forces"
                     : kPoliceNouns.count(w) ? "Police Forces"
                     : (w == "government" || w == "authorities") ? "Government" : "";
  size_t len = 0;
  const Country* c = kind.empty() ? nullptr : CountryAt(toks, j + 2, end, &len);
  if (!c) return false;
  // The country's name, not a demonym ("lines of Chadian armoured vehicles").
  std::string name = AsciiLower(c->name.rfind("the ", 0) == 0 ? c->name.substr(4) : c->name);
  std::string said = toks[j + 2].lower + (len == 2 ? " " + toks[j + 3].lower : "");
  if (said != name) return false;
  *m = CountryActor(lex, c->iso2, kind);
  m->first = i;
  m->last = j + 1 + len;
  m->means = MeansOf(w);
  return true;
}

bool IsMilitia(const std::string& w) { return w == "militia" || w == "militias" || w == "militiamen"; }

// "US-backed forces", "Ankara-backed fighters": a force another state
// backs is not that state's army but a local armed group.
bool BackedForceAt(const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  static const char* const kSuffixes[] = {"-backed", "-supported", "-sponsored", "-allied", "-aligned"};
  const std::string& w = toks[i].lower;
  bool backed = false;
  for (const char* suffix : kSuffixes) backed |= w.size() > std::strlen(suffix) + 1 && EndsWith(w, suffix);
  if (!backed || !toks[i].capitalized || i + 1 >= end || !IsForceWord(toks[i + 1].lower)) return false;
  m->first = i;
  m->last = i + 1;
  m->canonical = "Unidentified Armed Group";
  m->type = "rebel";
  m->means = MeansOf(toks[i + 1].lower);
  return true;
}

bool HomeArmyAt(const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  const std::string& w = toks[i].lower;
  size_t last = i;
  if (w == "presidential" && i + 1 < end && toks[i + 1].lower == "guard") {  // the army's elite unit
    last = i + 1;
  } else if (w == "junta") {  // "junta troops", "the junta bombed" in Myanmar, Mali, ...: the ruling army
    bool force = i + 1 < end && IsForceWord(toks[i + 1].lower);
    last = force ? i + 1 : i;
    if (force) m->means = MeansOf(toks[i + 1].lower);
  } else if ((w == "government" || w == "state" || w == "regime" || w == "pro-government" || w == "loyalist") &&
             i + 1 < end && IsForceWord(toks[i + 1].lower) && !(w == "pro-government" && IsMilitia(toks[i + 1].lower))) {
    last = i + 1;
    m->means = MeansOf(toks[i + 1].lower);
  } else if (w == "the" && i + 1 < end && (toks[i + 1].lower == "army" || toks[i + 1].lower == "military")) {
    last = i + 1;
  } else if (((w == "defence" || w == "defense") && i + 1 < end && toks[i + 1].lower == "ministry") ||
             (w == "general" && toks[i].capitalized && i + 1 < end && toks[i + 1].lower == "staff")) {
    last = i + 1;  // "the Defence Ministry said it ...": speaks for the country's army
  } else if (w == "military" && i + 1 < end && kSpeakers.count(toks[i + 1].lower)) {
    // "according to military sources", "a military spokesman said": the army speaks
  } else if (w == "military" && i + 1 < end && IsForceWord(toks[i + 1].lower)) {
    // "a military convoy", "military helicopters": the army's ("a military
    // base" names a place, not a party: data/actors/README.md)
    m->means = MeansOf(toks[i + 1].lower);
  } else if (!(w == "army" || w == "troops" || w == "soldiers" || w == "soldier" || w == "servicemen" || w == "troopers" ||
               w == "commandos" || w == "paratroopers" || w == "garrison")) {
    return false;
  }
  m->first = i;
  m->last = last;
  m->home_army = true;
  m->type = "state";
  return true;
}

}  // namespace

namespace {

// The generic country phrase or the lexicon alias at i, whichever says more.
bool NamedAt(const Lexicon& lex, const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  ActorMention generic, alias;
  bool g = GenericAt(lex, toks, i, end, &generic);
  bool a = AliasAt(lex, toks, i, end, &alias);
  // "Iran's Revolutionary Guards": a force named inside the phrase wins
  // (a name, not a generic alias: "Russian warplanes" stays Russia's).
  for (size_t p = i + 1; g && p <= generic.last; ++p) {
    ActorMention inner;
    if (toks[p].capitalized && AliasAt(lex, toks, p, end, &inner) && inner.last >= generic.last &&
        !inner.country.empty()) {
      g = false;
    }
  }
  // The alias with the force nouns it will take ("Saudi-led coalition jets").
  size_t alias_last = alias.last;
  while (a && alias_last + 1 < end && IsForceWord(toks[alias_last + 1].lower)) ++alias_last;
  if (g && (!a || generic.last > alias_last)) *m = std::move(generic);
  else if (a) *m = std::move(alias);
  return g || a;
}

// "the government said", "the interior ministry said", "a security
// ministry spokesman said", "according to the government": the length of
// a government named with no country, only where it speaks; else 0.
size_t HomeGovernmentSpeaker(const std::vector<Token>& toks, size_t i, size_t end) {
  static const text::WordSet kMinistries = {"interior", "security", "information", "foreign", "home", "justice",
                                            "health"};
  size_t n = 0;
  if (toks[i].lower == "government") n = 1;
  else if (kMinistries.count(toks[i].lower) && i + 1 < end && toks[i + 1].lower == "ministry") n = 2;
  if (n == 0) return 0;
  size_t next = i + n;
  if (next < end && kSpeakers.count(toks[next].lower)) ++next;
  bool says = next < end && IsSpeechVerb(toks[next].lower);
  bool according = i >= 3 && toks[i - 1].lower == "the" && toks[i - 2].lower == "to" && toks[i - 3].lower == "according";
  return says || according ? n : 0;
}

// Mentions whose actor depends on the document: regional names, "its
// forces", pronouns.
bool ContextualAt(const std::vector<Token>& toks, size_t i, size_t end, ActorMention* m) {
  const std::string& w = toks[i].lower;
  bool force_next = i + 1 < end && IsForceWord(toks[i + 1].lower);
  if (w == "pro-government" && i + 1 < end && IsMilitia(toks[i + 1].lower)) {
    m->first = i;  // the Syrian regime's National Defence Forces; elsewhere unidentified
    m->last = i + 1;
    m->regional = "progov";
  } else if (w == "coalition" && (force_next || (i > 0 && i + 1 < end && toks[i - 1].lower == "the" &&
                                                 IsSpeechVerb(toks[i + 1].lower)))) {
    m->first = m->last = i;  // "coalition aircraft", "the coalition said"
    m->regional = "coalition";
  } else if (w == "kurdish" && toks[i].capitalized && force_next) {
    m->first = m->last = i;  // "Kurdish fighters": the lexicon's named Kurdish forces come first
    m->regional = "kurdish";
  } else if (size_t n = HomeGovernmentSpeaker(toks, i, end)) {
    m->first = i;  // "the interior ministry said": the government of the document's country
    m->last = i + n - 1;
    m->regional = "government";
  } else if ((w == "its" || w == "their") && force_next) {
    m->first = i;
    m->last = i + 1;
    m->owned = true;
    m->means = MeansOf(toks[i + 1].lower);
  } else if ((w == "it" || w == "they") && toks[i].is_word) {
    m->first = m->last = i;
    m->pronoun = true;
  } else {
    return false;
  }
  return true;
}

// Supporters and the force nouns that follow a mention.
void Extend(const std::vector<Token>& toks, size_t end, ActorMention* m) {
  // "Houthi supporters rallied": a group's supporters are demonstrators, not its fighters.
  static const text::WordSet kSupporters = {"supporters", "loyalists", "sympathizers", "sympathisers",
                                            "followers", "partisans"};
  if (!m->pronoun && !m->canonical.empty() && m->last + 1 < end && kSupporters.count(toks[m->last + 1].lower)) {
    m->last += 1;
    m->canonical = "Protesters";
    m->type = "protesters";
    m->means.clear();
  }
  // "Fano militiamen", "VDP volunteers", "Houthi rebels": a named group's
  // members are the group (the nouns are not force nouns: "Syrian rebels"
  // are no army).
  static const text::WordSet kMembers = {"militiamen", "rebels", "insurgents", "guerrillas", "guerillas",
                                         "jihadists", "combatants", "volunteers", "members", "operatives",
                                         "cadres", "militant", "rebel", "insurgent", "member"};
  if (!m->pronoun && !m->canonical.empty() && m->type != "state" && m->type != "media" &&
      m->type != "government" && m->type != "protesters" && m->last + 1 < end &&
      kMembers.count(toks[m->last + 1].lower)) {
    ++m->last;
  }
  // "Russian military police" are the army's: the police noun joins, as
  // "officers" after police ("police officers"); so do the force's own means ("the Syrian army's choppers").
  while (!m->pronoun && m->type != "media" && m->last + 1 < end) {
    const std::string& next = toks[m->last + 1].lower;
    if (next == "'s" && m->last + 2 < end && !m->canonical.empty() && IsForceWord(toks[m->last + 2].lower)) {
      ++m->last;
    } else if (!IsForceWord(next) && !(toks[m->last].lower == "military" && kPoliceNouns.count(next)) &&
               !(kPoliceNouns.count(toks[m->last].lower) && (next == "officers" || next == "officer"))) {
      break;
    }
    ++m->last;
    if (m->means.empty()) m->means = MeansOf(toks[m->last].lower);
  }
}

// "X, backed by Y, took Z", "X, with the help of Y, ...", "X, alongside
// Y, ...": Y (ending just before `first`'s mention) supports the subject
// and is not it. Looks back over at most four words of one clause.
bool Backer(const std::vector<Token>& toks, size_t first) {
  static const text::WordSet kBacked = {"backed",     "supported", "aided",     "assisted",  "helped",
                                        "accompanied", "reinforced", "escorted", "joined"};
  static const text::WordSet kHelp = {"help", "support", "backing", "assistance", "aid", "cover"};
  for (size_t k = first; k-- > 0 && k + 4 >= first;) {
    const Token& t = toks[k];
    if (!t.is_word) return false;
    if (t.lower == "alongside") return true;
    if (t.lower == "by" && k > 0 && kBacked.count(toks[k - 1].lower)) return true;
    if (t.lower == "of" && k >= 3 && kHelp.count(toks[k - 1].lower) && toks[k - 3].lower == "with") return true;
  }
  return false;
}

// The preposition that governs a mention ("by suspected ELN guerrillas",
// "at the gates of a police compound"), or "at" for a facility's owner.
void SetPreposition(const std::vector<Token>& toks, size_t end, ActorMention* m) {
  // "by suspected ELN guerrillas", "by the alleged attackers": a hedge between.
  static const text::WordSet kHedges = {"suspected", "alleged", "presumed", "purported", "apparent"};
  size_t before = m->first;
  if (before > 1 && kHedges.count(toks[before - 1].lower)) --before;
  if (before > 0 && kPreps.count(toks[before - 1].lower)) m->prep = toks[before - 1].lower;
  static const text::WordSet kQuantity = {"hundreds", "thousands", "dozens", "scores", "some", "many",
                                          "group", "unit", "units", "members", "one", "two", "several"};
  if (m->prep == "of" && m->first > 1 &&
      (kQuantity.count(toks[m->first - 2].lower) || toks[m->first - 2].has_digit)) {
    m->prep.clear();
  }
  // "at the gates of a police compound": the article does not hide the preposition.
  const std::string& det = m->first > 0 ? toks[m->first - 1].lower : toks[m->first].lower;
  if (m->first > 1 && (det == "the" || det == "a" || det == "an") && kPreps.count(toks[m->first - 2].lower)) {
    m->prep = toks[m->first - 2].lower;
  }
  // "Gunmen stormed a police station and killed three officers": a force
  // named as the owner of a facility is the place of the action, never
  // its subject; it still is the object ("stormed a police station").
  static const text::WordSet kStaff = {"guards", "officers", "chief", "commander", "commanders", "staff"};
  bool facility = m->last + 1 < end && kFacilities.count(toks[m->last + 1].lower) &&
                  !(m->last + 2 < end && kStaff.count(toks[m->last + 2].lower));  // "police station guards" act
  if (m->prep.empty() && !m->pronoun && facility) m->prep = "at";
  if (m->prep.empty() && !m->pronoun && Backer(toks, m->first)) m->prep = "backed";
}

}  // namespace

std::vector<ActorMention> FindActors(const Lexicon& lex, const std::vector<Token>& toks, size_t begin,
                                     size_t end) {
  std::vector<ActorMention> out;
  for (size_t i = begin; i < end; ++i) {
    ActorMention m;
    if (!NamedAt(lex, toks, i, end, &m) && !KindOfCountryAt(lex, toks, i, end, &m) &&
        !HomeArmyAt(toks, i, end, &m) && !CountryNameAt(lex, toks, i, end, &m) && !BackedForceAt(toks, i, end, &m) &&
        !ContextualAt(toks, i, end, &m)) {
      continue;
    }
    // "state media reported": whose waits for the document's country.
    if (m.type == "media" && m.country.empty()) m.regional = "statemedia";
    Extend(toks, end, &m);
    SetPreposition(toks, end, &m);
    i = m.last;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace sitrep::extract
