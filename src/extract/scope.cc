// The scope rules. Cue words of eleven classes (data/scope/cues.tsv) are
// counted in the event's sentence and in the whole document: crime (the
// criminal-justice process: "charged with", "sheriff's deputies",
// "narcotics"), record (an arrest as background or appeal: "prior arrest
// record", "information that leads to the arrest"), accident, disaster,
// diplomacy, sports, civic (shows and skills), planned (a demonstration to
// come), past (history: "years ago"), grievance (a demonstration's people and purpose) and political
// (opposition, activists, journalists, armed and terrorist groups,
// soldiers, riots).
//
// In this order (data/scope/README.md says the same for analysts):
//   0. a trigger written with a capital inside a lower-case sentence, after
//      a lower-case word, a comma or a title, is a name, not the event
//      ("on March 16", "Thursday, March 5", "Mr. Lynch"): out;
//      a deployment, move or change of soldiers or police with an accident
//      or disaster cue is relief work ("troops evacuated flood victims"):
//      out;
//      a past cue ("ten years ago", "a cold case") in the twelve words
//      before the trigger or the four after it is history: out;
//   1. a protest needs a demonstration: out when sports or civic cues
//      outnumber grievance cues ("rallied from a ten point deficit", "an
//      annual biker rally"; the trigger's own words not counted); a march,
//      rally, vigil, "demonstrate" or "suppress" with no grievance cue is
//      out, and so is a protest with a planned cue in the five words before
//      it ("planning to launch protest rallies") or with a crime cue and no
//      grievance or political cue (whoever the actors: "Brazil star Neymar
//      ... a marching band" is no protest of Brazil's army);
//   2. a political armed actor in the event or its sentence keeps the
//      event: a lexicon actor of type rebel, political or identity militia
//      or external, or a country's forces named as such ("the Swedish
//      army", not "Sweden dropped its investigation"); police alone are not
//      enough;
//   3. a riot with no grievance or political cue names no crowd ("his car
//      was vandalised"): out; a political cue in the sentence keeps the
//      event, and so does being a riot or a protest (a crowd acting is
//      ACLED's whatever the crime around it); then an accident, disaster
//      (not one right after an actor: "Israel floods farmlands") or
//      diplomacy cue puts the event out, and so does a record or crime cue
//      for violence against civilians, a battle or a strategic development
//      (the trigger's words count here: "kidnapping charge");
//   4. an arrest, attack, sexual violence or abduction is out when the
//      document is a crime story: two or more crime cues, and three times as
//      many as political cues (one "reporters" or "military" in a murder
//      trial story does not make it political).
#include "extract/scope.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/strings.h"

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCueNames[kCueClasses] = {"crime",  "record",  "accident", "disaster",  "diplomacy",
                                                     "sports", "civic",   "planned",  "past",      "grievance",
                                                     "political"};

bool ParseCue(std::string_view name, Cue* cue) {
  for (int i = 0; i < kCueClasses; ++i) {
    if (kCueNames[i] == name) {
      *cue = static_cast<Cue>(i);
      return true;
    }
  }
  return false;
}

std::string Key3(std::string_view w) { return std::string(w.substr(0, 3)); }

// The trigger's tokens: the first token starting with the stem of the
// rule's lemma ("rally" -> "rall": rallied), or SIZE_MAX.
size_t TriggerToken(const Event& e, const Sentence& s) {
  size_t a = e.rule.find('\'');
  size_t b = a == std::string::npos ? a : e.rule.find_first_of(" '", a + 1);
  if (b == std::string::npos) return SIZE_MAX;
  std::string stem = e.rule.substr(a + 1, b - a - 1);
  if (stem.size() > 4 && (stem.back() == 'e' || stem.back() == 'y')) stem.pop_back();
  for (size_t i = 0; i < s.toks.size(); ++i) {
    if (StartsWith(s.toks[i].lower, stem)) return i;
  }
  return SIZE_MAX;
}

std::string Lemma(const Event& e) {
  size_t a = e.rule.find('\'');
  size_t b = a == std::string::npos ? a : e.rule.find('\'', a + 1);
  return b == std::string::npos ? std::string() : e.rule.substr(a + 1, b - a - 1);
}

bool PoliticalType(const std::string& type) {
  return type == "rebel" || type == "political_militia" || type == "identity_militia" || type == "protesters" ||
         type == "rioters" || type == "external";
}

// A non-state political armed actor of the lexicon (rebels, militias, an
// external force; not the generic Protesters and Rioters).
bool PoliticalActor(const Lexicon& lex, const std::string& name) {
  if (name.empty() || StartsWith(name, "Unidentified") || name == "Protesters" || name == "Rioters") return false;
  int i = lex.FindCanonical(name);
  return i >= 0 && PoliticalType(lex.actors()[i].type);
}

// A country's armed forces named as such ("the Swedish army", "Russian
// warplanes"): a bare country name ("Sweden dropped its investigation")
// is no soldier.
bool ForcesMention(const Sentence& s, const ActorMention& a) {
  static const text::WordSet kForces = {"army",     "armed",   "troops",  "soldiers", "soldier",    "military",
                                        "forces",   "navy",    "marines", "warplanes", "jets",      "aircraft",
                                        "artillery", "tanks",  "helicopters", "drones", "air",      "guard"};
  if (!StartsWith(a.canonical, "Military Forces")) return false;
  for (size_t i = a.first; i <= a.last && i < s.toks.size(); ++i) {
    if (kForces.count(s.toks[i].lower)) return true;
  }
  return false;
}

// A political armed actor of the event, or named in its sentence.
bool PoliticalParty(const Lexicon& lex, const Event& e, const Sentence& s) {
  if (PoliticalActor(lex, e.actor1) || PoliticalActor(lex, e.actor2)) return true;
  for (const ActorMention& a : s.actors) {
    if (a.pronoun || a.canonical.empty()) continue;
    if (PoliticalActor(lex, a.canonical) || ForcesMention(s, a)) return true;
  }
  return false;
}

// True when an actor mention ends right before token `at`.
bool ActorBefore(const Sentence& s, size_t at) {
  for (const ActorMention& a : s.actors) {
    if (!a.pronoun && a.last + 1 == at) return true;
  }
  return false;
}

// Rule 0: "June V. Schell died Thursday, March 5": a capitalized trigger
// inside a sentence mostly in lower case.
bool NameNotTrigger(const Sentence& s, size_t at) {
  if (at == SIZE_MAX || at == 0 || !s.toks[at].capitalized) return false;
  auto title = [](const std::string& w) { return w == "mr" || w == "mrs" || w == "ms" || w == "dr"; };
  const text::Token& prev = s.toks[at - 1];
  bool inside = prev.text == "," || title(prev.lower) || (prev.text == "." && at >= 2 && title(s.toks[at - 2].lower)) ||
                (prev.is_word && !prev.capitalized && !prev.has_digit);
  if (!inside) return false;
  int words = 0, caps = 0;
  for (const text::Token& t : s.toks) {
    if (!t.is_word || t.has_digit) continue;
    ++words;
    caps += t.capitalized;
  }
  return caps * 2 < words;
}

std::string Because(Cue c, const CueCounts& n) {
  return std::string(CueName(c)) + " cue '" + n.first[static_cast<int>(c)] + "'";
}

// Rule 4's events: those a criminal case produces.
bool CrimeTarget(const Event& e) {
  return e.sub_event_type == "Arrests" || e.sub_event_type == "Attack" || e.sub_event_type == "Sexual violence" ||
         e.sub_event_type == "Abduction/forced disappearance";
}

// Rule 3's crime and record cues: not for explosions, riots and protests
// (a riot "in revenge for a sex attack" is a riot; a grenade thrown by a
// "renegade police detective" is an explosion).
bool CrimeCanExplain(const Event& e) {
  return e.event_type == "Violence against civilians" || e.event_type == "Strategic developments" ||
         e.event_type == "Battles";
}

}  // namespace

std::string_view CueName(Cue cue) { return kCueNames[static_cast<int>(cue)]; }

void CueCounts::Add(const CueCounts& other) {
  for (int i = 0; i < kCueClasses; ++i) {
    if (count[i] == 0 && other.count[i] > 0) first[i] = other.first[i], first_at[i] = other.first_at[i];
    count[i] += other.count[i];
  }
}

Result<std::unique_ptr<ScopeFilter>> ScopeFilter::Load(const std::string& data_dir) {
  std::string dir = data_dir + "/scope";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path().string());
  }
  if (ec) return NotFoundError(dir + ": cannot read the scope cue folder: " + ec.message());
  if (files.empty()) return NotFoundError(dir + ": no scope cue file (*.tsv)");
  std::sort(files.begin(), files.end());
  std::unique_ptr<ScopeFilter> f(new ScopeFilter());
  for (const std::string& path : files) RETURN_IF_ERROR(f->LoadFile(path));
  return f;
}

Status ScopeFilter::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string name = fs::path(path).filename().string();
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || line[0] == '#') continue;
    std::string where = name + ":" + std::to_string(n);
    std::vector<std::string_view> cols = Split(line, '\t');
    Entry e;
    if (cols.size() != 2) return InvalidArgumentError(where + ": " + std::to_string(cols.size()) + " columns, want 2");
    if (!ParseCue(Trim(cols[0]), &e.cue)) return InvalidArgumentError(where + ": unknown cue class '" + line + "'");
    e.text = std::string(Trim(cols[1]));
    for (std::string_view w : Split(e.text, ' ')) {
      if (w.empty()) continue;
      bool prefix = w.back() == '*';
      if (prefix) w.remove_suffix(1);
      if (w.empty() || (prefix && e.words.empty() && w.size() < 3)) {
        return InvalidArgumentError(where + ": bad cue '" + e.text + "' (a first prefix needs 3 letters)");
      }
      e.words.emplace_back(w);
      e.prefix.push_back(prefix);
    }
    if (e.words.empty()) return InvalidArgumentError(where + ": empty cue");
    auto& bucket = e.prefix[0] ? prefix_[Key3(e.words[0])] : exact_[e.words[0]];
    bucket.push_back(std::move(e));
  }
  return Status::OK();
}

bool ScopeFilter::Matches(const Entry& e, const std::vector<text::Token>& toks, size_t at, size_t end) const {
  if (at + e.words.size() > end) return false;
  for (size_t k = 0; k < e.words.size(); ++k) {
    const std::string& w = toks[at + k].lower;
    if (e.prefix[k] ? !StartsWith(w, e.words[k]) : w != e.words[k]) return false;
  }
  return true;
}

CueCounts ScopeFilter::Find(const std::vector<text::Token>& toks, size_t begin, size_t end, size_t skip_first,
                            size_t skip_last) const {
  CueCounts n;
  end = std::min(end, toks.size());
  for (size_t i = begin; i < end; ++i) {
    if (!toks[i].is_word || (skip_first != SIZE_MAX && i >= skip_first && i <= skip_last)) continue;
    for (const auto* map : {&exact_, &prefix_}) {
      auto it = map == &exact_ ? map->find(toks[i].lower) : map->find(std::string_view(toks[i].lower).substr(0, 3));
      if (it == map->end()) continue;
      for (const Entry& e : it->second) {
        if (!Matches(e, toks, i, end)) continue;
        int c = static_cast<int>(e.cue);
        if (n.count[c]++ > 0) continue;
        n.first_at[c] = i;
        for (size_t k = 0; k < e.words.size(); ++k) n.first[c] += (k ? " " : "") + toks[i + k].lower;
      }
    }
  }
  return n;
}

// Rule 1: a protest needs a demonstration (`n` leaves the trigger out, `all`
// counts it).
std::string ScopeFilter::ProtestOut(const Event& e, const Sentence& s, size_t at, const CueCounts& n,
                                    const CueCounts& all) const {
  int other = n[Cue::kSports] + n[Cue::kCivic];
  if (other > n[Cue::kGrievance]) return Because(n[Cue::kSports] ? Cue::kSports : Cue::kCivic, n);
  std::string lemma = Lemma(e);
  bool weak = lemma == "march" || lemma == "rally" || lemma == "vigil" || lemma == "demonstrate" || lemma == "suppress";
  if (weak && n[Cue::kGrievance] == 0) return "no grievance cue for '" + lemma + "'";
  // "parties planning to launch protest rallies", "the call for big rallies":
  // a demonstration to come is no event yet.
  if (at != SIZE_MAX) {
    CueCounts before = Find(s.toks, at >= 5 ? at - 5 : 0, at);
    if (before[Cue::kPlanned] > 0) return Because(Cue::kPlanned, before);
  }
  if (all[Cue::kCrime] > 0 && n[Cue::kGrievance] == 0 && n[Cue::kPolitical] == 0) {
    return Because(Cue::kCrime, all) + ", no grievance cue";
  }
  return "";
}

std::string ScopeFilter::OutOfScope(const Lexicon& lex, const Event& e, const Sentence& s,
                                    const CueCounts& doc) const {
  size_t at = TriggerToken(e, s);
  if (NameNotTrigger(s, at)) return "a name, not a trigger: '" + s.toks[at].text + "'";
  bool party = PoliticalParty(lex, e, s);
  // The trigger is no grievance or political cue of its own event, but it
  // may be a crime cue ("was vandalised").
  CueCounts n = Find(s.toks, 0, s.toks.size(), at, at);
  CueCounts all = at == SIZE_MAX ? n : Find(s.toks, 0, s.toks.size());
  // Soldiers evacuating flood victims: a disaster makes a strategic
  // development of the military or police no conflict event.
  // ("Israel floods Lebanese farmlands, destroys crops" is no relief.)
  bool deployment = e.sub_event_type == "Change to group/activity" || e.sub_event_type == "Other" ||
                    e.sub_event_type == "Non-violent transfer of territory" ||
                    e.sub_event_type == "Headquarters or base established";
  bool relief = deployment &&
                (StartsWith(e.actor1, "Military Forces") || StartsWith(e.actor1, "Police Forces") ||
                 e.actor1 == "Unidentified Military Forces") &&
                (all[Cue::kDisaster] > 0 || all[Cue::kAccident] > 0);
  if (relief) return Because(all[Cue::kDisaster] > 0 ? Cue::kDisaster : Cue::kAccident, all);
  if (at != SIZE_MAX) {  // "Ten years ago, a gunman entered his church and killed seven"
    CueCounts near = Find(s.toks, at >= 12 ? at - 12 : 0, std::min(at + 5, s.toks.size()));
    if (near[Cue::kPast] > 0) return Because(Cue::kPast, near);
  }
  if (e.event_type == "Protests") {
    std::string why = ProtestOut(e, s, at, n, all);
    if (!why.empty()) return why;
  }
  if (party) return "";
  // A riot needs a crowd: "his car was vandalised" names none.
  // A crowd named as the trigger ("demonstrators ... clashed") is the crowd.
  const std::string* word = at != SIZE_MAX ? &s.toks[at].lower : nullptr;
  bool crowd = word && (*word == "protesters" || *word == "protestors" || *word == "demonstrators" ||
                        *word == "marchers");
  const CueCounts& cues = crowd ? all : n;
  // A mob of villagers or residents named as such is a crowd too.
  bool mob = false;
  for (const ActorMention& a : s.actors) {
    mob |= e.sub_event_type == "Mob violence" && !a.pronoun && (a.type == "civilians" || a.type == "rioters");
  }
  if (e.event_type == "Riots" && !mob && cues[Cue::kGrievance] == 0 && cues[Cue::kPolitical] == 0) {
    return "a riot with no crowd";
  }
  if (n[Cue::kPolitical] > 0 || e.event_type == "Riots" || e.event_type == "Protests") return "";
  for (Cue c : {Cue::kAccident, Cue::kDisaster, Cue::kDiplomacy, Cue::kRecord, Cue::kCrime}) {
    bool applies = c == Cue::kAccident || c == Cue::kDisaster || c == Cue::kDiplomacy || CrimeCanExplain(e);
    // "Israel floods Lebanese farmlands": a disaster word right after an
    // actor is what the actor does.
    if (c == Cue::kDisaster && all[c] == 1 && ActorBefore(s, all.first_at[static_cast<int>(c)])) continue;
    if (applies && all[c] > 0) return Because(c, all);
  }
  if (CrimeTarget(e) && doc[Cue::kCrime] >= 2 && doc[Cue::kCrime] >= 3 * doc[Cue::kPolitical]) {
    return "crime story: " + std::to_string(doc[Cue::kCrime]) + " crime cues ('" +
           doc.first[static_cast<int>(Cue::kCrime)] + "'), " + std::to_string(doc[Cue::kPolitical]) +
           " political";
  }
  return "";
}

void ScopeFilter::Filter(const Lexicon& lex, const std::vector<Sentence>& sentences, size_t first,
                         std::vector<Event>* events, std::vector<ScopedOut>* dropped) const {
  if (first >= events->size()) return;
  CueCounts doc;
  for (const Sentence& s : sentences) doc.Add(Find(s.toks, 0, s.toks.size()));
  size_t kept = first;
  for (size_t i = first; i < events->size(); ++i) {
    Event& e = (*events)[i];
    const Sentence* s = nullptr;
    for (const Sentence& c : sentences) {
      if (c.start == e.evidence_start && c.end == e.evidence_end) s = &c;
    }
    std::string why = s ? OutOfScope(lex, e, *s, doc) : "";
    if (why.empty()) {
      if (kept != i) (*events)[kept] = std::move(e);
      ++kept;
    } else if (dropped) {
      dropped->push_back({std::move(e), std::move(why)});
    }
  }
  events->resize(kept);
}

}  // namespace sitrep::extract
