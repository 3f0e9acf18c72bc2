// The moderator: judges reader comments against one comment policy
// (policy.h) and says approve or reject, with the rule and the words that
// decided it.
//
// Lifecycle: Moderator::Create(policy) checks and keeps the policy; MakeTopic
// turns the article a comment was posted under into the terms the relevance
// rule compares with; Judge is const and thread-safe. ModerateDocument judges
// every comment segment of a cleaned Document against its article segments.
//
// Rules run in the policy's order; the first that matches decides. Pattern
// rules reject on a pattern match that no `unless` pattern overlaps; link
// rules reject a link whose host holds a listed word; the relevance rule
// rejects a comment of at least N content words (not stopwords, three letters
// or more) none of which shares a stem with the article or appears in the
// rule's topic lexicons (conflict vocabulary, words about the article or the
// outlet). Comments are approved or rejected, never edited.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "moderate/policy.h"
#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep::moderate {

struct Decision {
  bool reject = false;
  std::string rule;            // the rule that rejected; empty when approved
  std::string reason;          // human-readable, quoting the comment and the policy
  std::string trigger;         // the comment's words that matched, verbatim
  size_t trigger_start = 0;    // byte offsets of `trigger` in the comment
  size_t trigger_end = 0;
};

// The article's terms, as the relevance rule compares them.
struct Topic {
  std::set<std::string> stems;
};

// Lower-cased light stem: plural, -ing, -ed and -ly endings removed.
std::string Stem(std::string_view folded_word);

class Moderator {
 public:
  // InvalidArgument when the policy has no rule.
  static Result<std::unique_ptr<Moderator>> Create(Policy policy);

  const Policy& policy() const { return policy_; }

  // Terms of `article_text` (any length; empty gives an empty topic, which
  // leaves only the topic lexicons to show relevance).
  Topic MakeTopic(std::string_view article_text) const;

  // Judges one comment posted under an article with topic `topic`.
  Decision Judge(std::string_view comment, const Topic& topic) const;

 private:
  explicit Moderator(Policy policy) : policy_(std::move(policy)) {}
  bool MatchRule(const Rule& rule, std::string_view comment, const std::vector<Word>& words,
                 const Topic& topic, Decision* d) const;
  bool OffTopic(const Rule& rule, const std::vector<Word>& words, const Topic& topic) const;
  bool IsStopword(std::string_view w) const;

  Policy policy_;
  std::set<std::string, std::less<>> stopwords_;
};

// One judged comment of a page.
struct CommentDecision {
  const Segment* segment = nullptr;  // points into the Document judged
  std::string author;                // from a "NAME says:" line; else empty
  size_t start = 0;                  // byte offsets in the page content
  size_t end = 0;
  Decision decision;
};

// Judges every comment segment of `doc`; the relevance rule compares it with
// the article segments and the page's other comments (a reply answers a
// reader, not the article). A segment holding only "NAME says:" names the
// next comment's author and is not judged itself. The result points into
// `doc`, which must outlive it.
std::vector<CommentDecision> ModerateDocument(const Moderator& moderator, const Document& doc);

}  // namespace sitrep::moderate
