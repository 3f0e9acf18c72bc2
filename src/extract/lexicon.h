// The extraction lexicons: actors (data/actors/*.tsv) and event trigger rules
// (data/events/*.tsv), formats in data/actors/README.md and
// data/events/README.md.
//
// Lifecycle: Lexicon::Load reads every *.tsv of both folders once, in file
// name order, and indexes aliases and trigger forms by their token
// sequences. After that the object is immutable and its const methods are
// thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"
#include "text/word_set.h"

namespace sitrep::extract {

struct Actor {
  std::string canonical;
  std::string type;     // state, rebel, ..., media, government
  std::string country;  // ISO2 (a country name is accepted and mapped)
  std::vector<std::string> allies;
  bool IsArmed() const {
    return type != "media" && type != "government" && type != "person" && type != "civilians";
  }
};

enum class Voice { kActive, kPassive, kNominal };

struct Roles {
  std::string actor1;  // subj, obj, by, of, poss, civilians, none
  std::string actor2;
  bool enabled = false;
};

struct TriggerRule {
  std::string where;  // file:line
  std::string lemma;
  bool noun = false;
  std::string event_type;
  std::string sub_event_type;  // or "@territory"
  Roles active, passive, nominal;
  std::string means;                    // "air", "air|naval", ... or empty
  std::string a1_class;                 // "state", "nonstate" or empty
  bool victims = false;
  std::vector<std::string> not_before;  // words barred in the 2 tokens before
  std::vector<std::string> not_after;   // words barred right after
  std::vector<std::string> need_after;  // one of these words within 6 tokens after
  bool ground = false;                  // the object is a place or ground (town, positions)
  bool unopposed = false;               // fires only when the sentence tells no fight (NoFight)
  bool agentless = false;               // with no actor named, ACLED's default actor acts
  std::string tag;
};

// One inflected form of a trigger: its lower-case tokens and what it is.
struct TriggerForm {
  std::vector<std::string> tokens;
  size_t rule = 0;        // index into Lexicon::rules()
  bool participle = false;  // can head a passive ("taken", "captured")
  bool gerund = false;      // "-ing"
};

class Lexicon {
 public:
  // Reads data_dir/actors/*.tsv and data_dir/events/*.tsv. Errors name the
  // file and line; a missing folder is an error.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& data_dir);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<TriggerRule>& rules() const { return rules_; }
  // Actor index for an alias token sequence (lower case, joined by ' '), or -1.
  int FindAlias(std::string_view joined) const;
  bool AliasNeedsCase(std::string_view joined) const { return case_aliases_.count(joined) > 0; }
  size_t max_alias_tokens() const { return max_alias_tokens_; }
  // True when some alias starts with this lower-case token.
  bool AliasStartsWith(std::string_view first) const { return alias_first_.count(first) > 0; }
  // The most tokens of an alias starting with `first`; 0 when none does.
  size_t MaxAliasTokens(std::string_view first) const {
    auto it = alias_first_.find(first);
    return it == alias_first_.end() ? 0 : it->second;
  }
  // True when `joined` is the first tokens of a longer alias ("islamic" of
  // "islamic state"), so a longer key may still match.
  bool AliasPrefix(std::string_view joined) const { return alias_prefix_.count(joined) > 0; }
  // Forms whose first token is `first` (lower case).
  const std::vector<TriggerForm>* FormsStartingWith(std::string_view first) const;
  // Actor index by canonical name, or -1.
  int FindCanonical(std::string_view canonical) const;
  // The actor named `prefix` or "`prefix` (...)" ("Police Forces of
  // Afghanistan (2004-2021)"), or -1.
  int FindCanonicalPrefix(const std::string& prefix) const;
  // Adds an actor built by a generic rule ("Military Forces of Chile") and
  // returns its index. Only during Load.
  int AddActor(Actor actor);
  bool AreAllies(int a, int b) const;

 private:
  Status LoadActors(const std::string& path);
  Status LoadRules(const std::string& path);
  Status AddRuleForms(size_t rule, std::string_view trigger_column);

  std::vector<Actor> actors_;
  text::WordMap<int> alias_;                // joined lower tokens -> actor
  text::WordMap<size_t> alias_first_;       // first token of aliases -> most tokens
  text::WordSet case_aliases_;              // short all-caps aliases: need capitals
  text::WordSet alias_prefix_;              // proper token prefixes of aliases
  std::map<std::string, int> canonical_;
  size_t max_alias_tokens_ = 1;
  std::vector<TriggerRule> rules_;
  text::WordMap<std::vector<TriggerForm>> forms_;
};

// Joins the lower-case forms of tokens of `text` with ' ' (as aliases are keyed).
std::string AliasKey(std::string_view text);

}  // namespace sitrep::extract
