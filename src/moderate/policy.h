// A comment policy: an outlet's published rules for reader comments, as a
// data file the team writes (data/moderation/*.policy).
//
// A policy file is read line by line; '#' starts a comment line and
// indentation is only for the reader:
//
//   policy rudaw                       the policy's name
//   outlet Rudaw                       outlet names and hosts it applies to
//   quote We welcome comments ...      the outlet's own words, quoted
//   include common.lex                 more lines from a file beside this one
//   lexicon insult_noun = idiot, moron, piece of shit, retard*
//   stopwords = the, a, ...            words relevance ignores
//   rule personal_attack               a rule; later lines belong to it
//     quote We will not tolerate ... personal attacks
//     reason insults a person          what a rejection says
//     pattern you (are|were) (a|an)? @insult_adj? @insult_noun
//     unless ...                       a match that overlaps this is no match
//     host @promo_host                 a link whose host holds a listed word
//     offtopic 4 @conflict @meta       the relevance test (see moderator.h)
//
// A `rule` line naming a rule defined earlier (say in an included file)
// reopens it: a policy can include shared rules and quote them in its own
// words. A lexicon entry is a word or a phrase; a trailing '*' means "any ending".
// A pattern is a sequence of words (see matcher.h for the syntax).
// Rules are checked in file order; the first that matches decides.
// ParsePolicy builds an immutable value; it is safe to share across threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "moderate/matcher.h"
#include "sitrep/status.h"

namespace sitrep::moderate {

struct Rule {
  std::string name;                 // "threat", "personal_attack", ...
  std::string quote;                // the policy's own wording for the rule
  std::string reason;               // a short description used in reasons
  std::vector<Pattern> patterns;    // any of these rejects
  std::vector<Pattern> exceptions;  // ... unless one of these overlaps the match
  std::vector<std::string> host_lexicons;  // links whose host holds one of their words
  // Relevance: off-topic when the comment has at least `offtopic_min_words`
  // content words and none is in the article or in these lexicons.
  bool offtopic = false;
  int offtopic_min_words = 0;
  std::vector<std::string> topic_lexicons;
};

struct Policy {
  std::string name;
  std::string path;                  // the file it was read from
  std::vector<std::string> outlets;  // lower-cased names and hosts
  std::string quote;                 // the policy's general wording
  Lexicons lexicons;
  std::vector<std::string> stopwords;
  std::vector<Rule> rules;
};

// Parses policy text. `path` names the file in messages and resolves
// `include` lines (relative to its folder). Fails with InvalidArgument and
// "file:line: what" on an unknown directive, a pattern that does not parse,
// or a lexicon a rule names but no line defines.
Result<Policy> ParsePolicy(std::string_view text, const std::string& path);

// Reads and parses one policy file.
Result<Policy> LoadPolicy(const std::string& path);

// Every *.policy file of a folder; NotFound when there is none.
Result<std::vector<Policy>> LoadPolicyDir(const std::string& dir);

// The policy for an outlet: the first whose outlet names occur in `outlet`
// or in the host of `url` (case-insensitive), else the one named "default",
// else null. Returned pointer points into `policies`.
const Policy* SelectPolicy(const std::vector<Policy>& policies, std::string_view outlet,
                           std::string_view url);

}  // namespace sitrep::moderate
