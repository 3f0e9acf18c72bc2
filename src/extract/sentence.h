// The per-sentence and per-document working state of one Extract() call:
// a sentence's tokens (with content offsets), actor mentions, place
// mentions, time expressions and attribution; and what carries across
// sentences of one document (the last subject for "it", the last claimant
// for "it reported", the last place and events for follow-up sentences).
// Internal to the extract stage; one instance per call, not shared.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/actors.h"
#include "extract/lexicon.h"
#include "sitrep/document.h"
#include "sitrep/event.h"
#include "text/dates.h"
#include "text/tokenizer.h"

namespace sitrep::extract {

struct PlaceRef {
  const PlaceMention* mention = nullptr;  // null: a name found by the fallback rule
  Place place;                            // resolved place, or the name only
  std::string name;                       // as ACLED would write the location
  size_t first = 0;                       // token range in the sentence
  size_t last = 0;
  std::string prep;                       // preposition before it
};

struct Sentence {
  const Segment* segment = nullptr;
  size_t start = 0;  // content offsets of the evidence
  size_t end = 0;
  std::string evidence;           // as a reader sees it: the segment's decoded text
  std::vector<text::Token> toks;  // offsets: content offsets
  std::vector<size_t> tok_at;     // per token: its byte offset in `evidence`
  // The text of tokens [first, last] as written in `evidence`.
  std::string Words(size_t first, size_t last) const {
    size_t b = tok_at[first];
    size_t e = tok_at[last] + toks[last].text.size();
    return evidence.substr(b, e - b);
  }
  std::vector<ActorMention> actors;
  std::vector<PlaceRef> places;
  std::vector<text::TimeExpr> times;
  std::string claimant;           // canonical actor or a person's name; empty: the outlet
  size_t claim_verb = SIZE_MAX;   // token of the speech verb, if any
  bool future = false;            // will, would, expected to, plans to ...
  bool hypothetical = false;      // if ..., unless ...
  bool denied = false;            // denied, rejected claims that ...
  bool in_quote = false;          // the sentence is inside a quotation
};

struct DocState {
  const Document* doc = nullptr;
  text::Day published;
  bool has_published = false;
  std::string home_country;              // ISO2: the country most places are in
  std::map<std::string, int> country_votes;  // ISO2 -> place and actor mentions of it
  std::map<std::string, int> mentions;   // canonical armed actor -> count
  std::map<std::string, std::string> actor_type;  // canonical -> type
  ActorMention last_subject;             // for "it", "they"
  bool has_last_subject = false;
  std::string last_claimant;             // for "it reported", "the ministry added"
  std::string carry_claimant;            // a segment ending in ":" introduces the next
  std::string segment_claimant;          // ... and speaks for all of this one
  std::string last_person;               // for "he said"
  std::string last_person_org;
  std::string last_government;           // first government named in the last sentence
  std::optional<PlaceRef> last_place;
  std::string last_city;                 // for "the city"
  PlaceRef last_city_ref;
  bool has_last_city = false;
  std::vector<size_t> last_events;       // indexes into the output of the previous sentence
  int sentence_index = 0;                // sentences seen
  // Dated statements, for claims whose sentence gives no time: the
  // claimant's last dated statement, and the last dated statement of all.
  std::map<std::string, text::Day> speaker_day;
  text::Day statement_day;
  int statement_sentence = -100;         // claim_sentence of statement_day
  int claim_sentence = 0;                // sentences seen by ExtractClaims
  int last_events_sentence = -100;       // the sentence last_events came from
  // The time the last sentence's events took from its own words: a next
  // sentence that names no time goes on in it ("... on Monday, killing 25.
  // The attackers struck the camps at dawn").
  std::optional<text::TimeExpr> last_event_time;
  std::set<std::string> told_types;      // event types of the events told so far
};

}  // namespace sitrep::extract
