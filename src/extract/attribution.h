// Attribution and modality of a sentence: who says it (claimant), and
// whether it reports a fact, a forecast, a hypothetical or a denial.
//
// Attribute() sets Sentence::claimant from "X said/reported/claimed/...",
// "according to X", "X quoted Y as saying" (Y), "Citing a source, X said"
// (X), pronouns and defining nouns ("it reported", "the Ministry also said",
// "the source claimed": the previous claimant), quoted speech with its
// speaker ("..., Mohammed Ibrahim Samra, the provincial governor, said": the
// person's name), and a segment introduced by a line ending in ":". It also
// sets the future / hypothetical / denied flags. UpdateState() carries the
// sentence's subject, claimant and places to the next sentence. Internal;
// not thread-safe on a shared DocState (one per Extract call).
#pragma once

#include <string>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace sitrep::extract {

void Attribute(const Lexicon& lex, Sentence* s, DocState* st);
void UpdateState(const Sentence& s, DocState* st);

// True for a speech or report verb form ("said", "reported", "claims").
bool IsSpeechVerb(const std::string& lower);

// The person named before token `end` ("Mohammed Ibrahim Samra, the
// provincial governor," or "spokesman Bahram Qassemi"), or empty. Sets
// *first to the name's first token.
std::string PersonBefore(const std::vector<text::Token>& toks, size_t end, size_t* first);

// The first armed subject-like actor before token `pos` (no preposition
// before it; pronouns resolved), or null.
const ActorMention* SubjectBefore(const Sentence& s, size_t pos, const DocState& st, bool nearest);

}  // namespace sitrep::extract
