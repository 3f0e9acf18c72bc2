// Tokens and sentences of English news text, with byte offsets.
//
// Tokenize() cuts a text into words (letters, digits and the hyphens,
// apostrophes and dots inside them: "pro-Assad", "al-Kharata", "U.S.",
// "18-20"), a separate possessive "'s", and single punctuation marks. Each
// token keeps its byte span in the text and a lower-cased, apostrophe-folded
// form (’ -> ') for matching. SplitSentences() cuts at . ! ? (and a closing
// quote after them) followed by a capital, a digit or a quote, except after
// abbreviations and initials; a line break or a colon at the end of a line
// also ends a sentence. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct Token {
  size_t start = 0;   // byte offsets in the tokenized text (plus the base given)
  size_t end = 0;
  std::string text;   // as written
  std::string lower;  // ASCII lower case, ’ and ‘ folded to '
  bool is_word = false;        // letters or digits (else punctuation)
  bool capitalized = false;    // first letter upper case
  bool has_digit = false;
};

// Tokens of `text`; offsets are byte offsets in `text` plus `base`.
std::vector<Token> Tokenize(std::string_view text, size_t base = 0);

struct SentenceSpan {
  size_t start = 0;  // byte offsets in the text given
  size_t end = 0;
  size_t first_token = 0;  // token range [first_token, end_token) of Tokenize(text)
  size_t end_token = 0;
};

// Sentence spans covering `text` (white space between them left out).
std::vector<SentenceSpan> SplitSentences(std::string_view text);
// The same with `toks` = Tokenize(text) given (base 0), so a caller that
// needs the tokens too tokenizes once: the tokens of a span are exactly
// Tokenize(text.substr(span.start, ...), span.start).
std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& toks);

// True for punctuation that is a quote mark (" “ ” ‘ ’ «»).
bool IsQuoteMark(std::string_view token);

}  // namespace sitrep::text
