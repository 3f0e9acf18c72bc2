// Lexicon loading. Actor aliases and trigger forms are tokenized with the
// same tokenizer as the text, so matching is a lookup of token sequences.
// Verb triggers get their regular forms generated (capture -> captures,
// captured, capturing; clash -> clashes, clashed, clashing; shell ->
// shelled, shelling); irregular forms are listed in the file after the
// lemma (take|took|taken|taking|takes: the third is the participle).
#include "extract/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/strings.h"
#include "extract/countries.h"
#include "text/tokenizer.h"

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kActorTypes = {
    "state",   "rebel",     "political_militia", "identity_militia", "rioters",   "protesters",
    "civilians", "external", "media",            "person",           "government"};

std::vector<std::string> TsvFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SplitOwned(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (std::string_view part : Split(s, sep)) out.emplace_back(Trim(part));
  return out;
}

bool IsVowel(char c);
std::string Plural(const std::string& w);

// A noun trigger's forms: as written and in the plural, which inflects the
// phrase's head, its last word or the word before its first preposition
// ("air strike" -> "air strikes", "clash between" -> "clashes between"). A
// phrase that opens with a preposition ("in exchange for") has no plural.
std::vector<std::vector<std::string>> NounForms(const std::vector<std::string>& lemma) {
  static const std::vector<std::string> kPrepositions = {"between", "of", "with", "for", "against",
                                                          "on", "in", "at", "by", "out", "from"};
  auto is_prep = [](const std::string& w) {
    return std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end();
  };
  if (is_prep(lemma[0])) return {lemma};
  size_t head = lemma.size() - 1;
  for (size_t i = 1; i < lemma.size(); ++i) {
    if (is_prep(lemma[i])) {
      head = i - 1;
      break;
    }
  }
  std::vector<std::string> plural = lemma;
  plural[head] = Plural(lemma[head]);
  if (plural == lemma) return {lemma};
  return {lemma, plural};
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular verb forms: {form, participle, gerund}.
struct Form {
  std::string word;
  bool participle;
  bool gerund;
};

std::vector<Form> VerbForms(const std::string& w) {
  std::vector<Form> out = {{w, false, false}};
  if (w.empty()) return out;
  char last = w.back();
  bool sibilant = EndsWith(w, "s") || EndsWith(w, "sh") || EndsWith(w, "ch") || EndsWith(w, "x") || EndsWith(w, "z");
  out.push_back({sibilant ? w + "es" : (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2]))
                                           ? w.substr(0, w.size() - 1) + "ies"
                                           : w + "s",
                 false, false});
  if (last == 'e') {
    out.push_back({w + "d", true, false});
    out.push_back({w.substr(0, w.size() - 1) + "ing", false, true});
  } else if (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2])) {
    out.push_back({w.substr(0, w.size() - 1) + "ied", true, false});
    out.push_back({w + "ing", false, true});
  } else {
    bool cvc = w.size() >= 3 && !IsVowel(last) && IsVowel(w[w.size() - 2]) && !IsVowel(w[w.size() - 3]) &&
               last != 'w' && last != 'x' && last != 'y' && w.size() <= 4;
    std::string stem = cvc ? w + last : w;
    out.push_back({stem + "ed", true, false});
    out.push_back({stem + "ing", false, true});
    if (cvc) {  // "target" style verbs keep one consonant; accept both
      out.push_back({w + "ed", true, false});
      out.push_back({w + "ing", false, true});
    }
  }
  return out;
}

// The regular plural (the -s form of VerbForms): strikes, clashes, militias.
std::string Plural(const std::string& w) {
  if (EndsWith(w, "s") && !EndsWith(w, "ss")) return w;  // already plural: "talks", "arms"
  return VerbForms(w)[1].word;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const text::Token& t : text::Tokenize(text)) out.push_back(t.lower);
  return out;
}

Roles ParseRoles(std::string_view col) {
  Roles r;
  std::vector<std::string> parts = SplitOwned(col, ' ');
  if (parts.size() != 2) return r;
  r.actor1 = parts[0];
  r.actor2 = parts[1];
  r.enabled = true;
  return r;
}

bool KnownRole(const std::string& r) {
  return r == "subj" || r == "obj" || r == "to" || r == "by" || r == "of" || r == "poss" || r == "civilians" || r == "none";
}

Status CheckRoles(const Roles& r, std::string_view col, const std::string& where) {
  if (col == "-") return Status::OK();
  if (!r.enabled || !KnownRole(r.actor1) || !KnownRole(r.actor2)) {
    return InvalidArgumentError(where + ": bad roles '" + std::string(col) +
                                "' (want two of subj obj by of poss civilians none)");
  }
  return Status::OK();
}

Status ParseConditions(std::string_view col, TriggerRule* rule) {
  if (col == "-" || col.empty()) return Status::OK();
  for (const std::string& c : SplitOwned(col, ' ')) {
    if (c.empty()) continue;
    if (StartsWith(c, "means=")) rule->means = c.substr(6);
    else if (StartsWith(c, "a1=")) rule->a1_class = c.substr(3);
    else if (c == "victims") rule->victims = true;
    else if (c == "ground") rule->ground = true;
    else if (c == "agentless") rule->agentless = true;
    else if (c == "unopposed") rule->unopposed = true;
    else if (StartsWith(c, "after=")) rule->need_after = SplitOwned(c.substr(6), '|');
    else if (StartsWith(c, "!before=")) rule->not_before = SplitOwned(c.substr(8), '|');
    else if (StartsWith(c, "!after=")) rule->not_after = SplitOwned(c.substr(7), '|');
    else if (StartsWith(c, "tag=")) {
      rule->tag = c.substr(4);
      std::replace(rule->tag.begin(), rule->tag.end(), '_', ' ');
    } else {
      return InvalidArgumentError(rule->where + ": unknown condition '" + c + "'");
    }
  }
  return Status::OK();
}

}  // namespace

std::string AliasKey(std::string_view text) {
  std::string key;
  for (const std::string& w : Words(text)) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& data_dir) {
  auto lex = std::unique_ptr<Lexicon>(new Lexicon());
  std::vector<std::string> actor_files = TsvFiles(data_dir + "/actors");
  std::vector<std::string> rule_files = TsvFiles(data_dir + "/events");
  if (actor_files.empty()) return NotFoundError(data_dir + "/actors: no *.tsv actor lexicon");
  if (rule_files.empty()) return NotFoundError(data_dir + "/events: no *.tsv trigger rules");
  for (const std::string& f : actor_files) RETURN_IF_ERROR(lex->LoadActors(f));
  for (const std::string& f : rule_files) RETURN_IF_ERROR(lex->LoadRules(f));
  return lex;
}

Status Lexicon::LoadActors(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  std::string name = fs::path(path).filename().string();
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || line[0] == '#') continue;
    std::string where = name + ":" + std::to_string(n);
    std::vector<std::string> cols = SplitOwned(line, '\t');
    if (cols.size() < 4 || cols.size() > 5) {
      return InvalidArgumentError(where + ": " + std::to_string(cols.size()) + " columns, want 4 or 5");
    }
    if (std::find(kActorTypes.begin(), kActorTypes.end(), cols[1]) == kActorTypes.end()) {
      return InvalidArgumentError(where + ": unknown actor type '" + cols[1] + "'");
    }
    if (canonical_.count(cols[0])) return InvalidArgumentError(where + ": actor '" + cols[0] + "' defined twice");
    Actor a{cols[0], cols[1], cols[2], {}};
    if (const Country* c = CountryByCode(cols[2])) a.country = c->iso2;
    if (cols.size() == 5) {
      for (const std::string& ally : SplitOwned(cols[4], '|')) {
        if (!ally.empty()) a.allies.push_back(ally);
      }
    }
    int idx = AddActor(std::move(a));
    std::vector<std::string> aliases = SplitOwned(cols[3], '|');
    aliases.push_back(cols[0]);
    for (const std::string& alias : aliases) {
      std::string key = AliasKey(alias);
      if (key.empty()) continue;
      alias_.emplace(key, idx);  // first definition wins
      size_t tokens = static_cast<size_t>(std::count(key.begin(), key.end(), ' ') + 1);
      for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
        alias_prefix_.insert(key.substr(0, sp));
      }
      size_t& most = alias_first_[key.substr(0, key.find(' '))];
      most = std::max(most, tokens);
      bool caps = alias.size() <= 4 && std::none_of(alias.begin(), alias.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (caps) case_aliases_.insert(key);
      max_alias_tokens_ = std::max(max_alias_tokens_, tokens);
    }
  }
  return Status::OK();
}

int Lexicon::AddActor(Actor actor) {
  int idx = static_cast<int>(actors_.size());
  canonical_[actor.canonical] = idx;
  actors_.push_back(std::move(actor));
  return idx;
}

Status Lexicon::LoadRules(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  std::string name = fs::path(path).filename().string();
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || line[0] == '#') continue;
    TriggerRule r;
    r.where = name + ":" + std::to_string(n);
    std::vector<std::string> cols = SplitOwned(line, '\t');
    if (cols.size() != 8) {
      return InvalidArgumentError(r.where + ": " + std::to_string(cols.size()) + " columns, want 8");
    }
    if (cols[1] != "verb" && cols[1] != "noun") return InvalidArgumentError(r.where + ": pos must be verb or noun");
    r.noun = cols[1] == "noun";
    r.event_type = cols[2];
    r.sub_event_type = cols[3];
    r.active = ParseRoles(cols[4]);
    r.passive = ParseRoles(cols[5]);
    r.nominal = ParseRoles(cols[6]);
    RETURN_IF_ERROR(CheckRoles(r.active, cols[4], r.where));
    RETURN_IF_ERROR(CheckRoles(r.passive, cols[5], r.where));
    RETURN_IF_ERROR(CheckRoles(r.nominal, cols[6], r.where));
    RETURN_IF_ERROR(ParseConditions(cols[7], &r));
    r.lemma = SplitOwned(cols[0], '|')[0];
    rules_.push_back(r);
    RETURN_IF_ERROR(AddRuleForms(rules_.size() - 1, cols[0]));
  }
  return Status::OK();
}

Status Lexicon::AddRuleForms(size_t rule, std::string_view column) {
  std::vector<std::string> given = SplitOwned(column, '|');
  std::vector<std::string> lemma = Words(given[0]);
  if (lemma.empty()) return InvalidArgumentError(rules_[rule].where + ": empty trigger");
  std::vector<std::string> rest(lemma.begin() + 1, lemma.end());
  std::vector<Form> forms;
  if (rules_[rule].noun) {
    for (std::vector<std::string>& tokens : NounForms(lemma)) {
      TriggerForm tf;
      tf.tokens = std::move(tokens);
      tf.rule = rule;
      forms_[tf.tokens[0]].push_back(std::move(tf));
    }
    return Status::OK();
  } else if (given.size() > 1) {
    for (size_t i = 0; i < given.size(); ++i) {
      std::vector<std::string> words = Words(given[i]);
      if (words.empty()) continue;
      const std::string& w = words[0];
      TriggerForm tf;
      tf.tokens = words;
      if (words.size() == 1) tf.tokens.insert(tf.tokens.end(), rest.begin(), rest.end());
      tf.rule = rule;
      // "shot|shot": a past that is also the participle may be passive.
      tf.participle = i == 2 || EndsWith(w, "ed") || (i == 1 && given.size() > 2 && given[2] == given[1]);
      tf.gerund = EndsWith(w, "ing");
      forms_[w].push_back(tf);
    }
    return Status::OK();
  } else {
    forms = VerbForms(lemma[0]);
  }
  for (const Form& f : forms) {
    TriggerForm tf;
    tf.tokens.push_back(f.word);
    tf.tokens.insert(tf.tokens.end(), rest.begin(), rest.end());
    tf.rule = rule;
    tf.participle = f.participle;
    tf.gerund = f.gerund;
    forms_[f.word].push_back(tf);
  }
  return Status::OK();
}

int Lexicon::FindAlias(std::string_view joined) const {
  auto it = alias_.find(joined);
  return it == alias_.end() ? -1 : it->second;
}

const std::vector<TriggerForm>* Lexicon::FormsStartingWith(std::string_view first) const {
  auto it = forms_.find(first);
  return it == forms_.end() ? nullptr : &it->second;
}

int Lexicon::FindCanonical(std::string_view canonical) const {
  auto it = canonical_.find(std::string(canonical));
  return it == canonical_.end() ? -1 : it->second;
}

int Lexicon::FindCanonicalPrefix(const std::string& prefix) const {
  auto it = canonical_.lower_bound(prefix);
  if (it == canonical_.end()) return -1;
  if (it->first == prefix || StartsWith(it->first, prefix + " (")) return it->second;
  return -1;
}

bool Lexicon::AreAllies(int a, int b) const {
  if (a < 0 || b < 0) return false;
  const Actor& x = actors_[a];
  const Actor& y = actors_[b];
  return std::find(x.allies.begin(), x.allies.end(), y.canonical) != x.allies.end() ||
         std::find(y.allies.begin(), y.allies.end(), x.canonical) != y.allies.end();
}

}  // namespace sitrep::extract
