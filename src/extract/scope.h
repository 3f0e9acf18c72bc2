// The scope filter: says whether an event the trigger rules found lies
// outside ACLED's scope (political violence, demonstrations, politically
// relevant developments) and why. General news is full of words that look
// like events: a criminal arrest ("arrested on warrants charging each with
// selling narcotics"), a sports comeback ("rallied from a ten point
// deficit"), a car crash, a court case, a month ("March 16"). The filter
// reads cue words of a few classes (data/scope/*.tsv, README.md there) in
// the event's sentence and in its whole document, looks at the actors
// involved, and applies the rules documented in scope.cc.
//
// Lifecycle: ScopeFilter::Load reads the cue lexicon once; after that the
// object is immutable and its const methods are thread-safe. Cheap: one
// hash lookup per token.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "sitrep/event.h"
#include "sitrep/status.h"
#include "text/tokenizer.h"
#include "text/word_set.h"

namespace sitrep::extract {

enum class Cue {
  kCrime, kRecord, kAccident, kDisaster, kDiplomacy, kSports, kCivic, kPlanned, kPast, kGrievance, kPolitical
};
constexpr int kCueClasses = 11;
std::string_view CueName(Cue cue);

// Cue counts of a stretch of text, with the words of the first cue found of
// each class (for the reason shown to an analyst: "narcotics", not "narcotic*").
struct CueCounts {
  std::array<int, kCueClasses> count{};
  std::array<std::string, kCueClasses> first;
  std::array<size_t, kCueClasses> first_at{};  // token of the first cue
  int operator[](Cue c) const { return count[static_cast<int>(c)]; }
  void Add(const CueCounts& other);
};

// An event the filter removed, with its reason ("crime cue 'charged with'").
struct ScopedOut {
  Event event;
  std::string reason;
};

class ScopeFilter {
 public:
  // Reads data_dir/scope/*.tsv (at least one file). Errors name the file
  // and line; a missing folder or an empty one is NotFound.
  static Result<std::unique_ptr<ScopeFilter>> Load(const std::string& data_dir);

  // Cues in tokens [begin, end), skipping the tokens [skip_first, skip_last]
  // (the trigger itself: "protest" is no grievance cue of its own event).
  CueCounts Find(const std::vector<text::Token>& toks, size_t begin, size_t end, size_t skip_first = SIZE_MAX,
                 size_t skip_last = 0) const;

  // Why `e`, found in sentence `s` of a document whose cues are `doc`, is
  // outside ACLED's scope; empty when it is in scope. `lex` gives actor types.
  std::string OutOfScope(const Lexicon& lex, const Event& e, const Sentence& s, const CueCounts& doc) const;

  // Removes from (*events)[first..] the events outside ACLED's scope; each
  // event is matched to its sentence by its evidence offsets. Removed
  // events go to *dropped with their reason when dropped is not null.
  void Filter(const Lexicon& lex, const std::vector<Sentence>& sentences, size_t first, std::vector<Event>* events,
              std::vector<ScopedOut>* dropped = nullptr) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // lower case; the first is the key's word
    std::vector<bool> prefix;        // per word: matches words starting with it
    Cue cue;
    std::string text;                // as written in the file
  };
  ScopeFilter() = default;
  Status LoadFile(const std::string& path);
  bool Matches(const Entry& e, const std::vector<text::Token>& toks, size_t at, size_t end) const;
  std::string ProtestOut(const Event& e, const Sentence& s, size_t at, const CueCounts& n,
                         const CueCounts& all) const;

  text::WordMap<std::vector<Entry>> exact_;   // by the first word
  text::WordMap<std::vector<Entry>> prefix_;  // first word is a prefix: by its first 3 letters
};

}  // namespace sitrep::extract
