// UTF-8 validation, repair and small decoding helpers.
//
// Readers use RepairUtf8 so that every RawPage holds valid UTF-8: each
// maximal invalid subpart (Unicode 15, section 3.9, "U+FFFD substitution of
// maximal subparts", the WHATWG decoder's rule) becomes one U+FFFD. Valid
// input takes a fast path that checks eight ASCII bytes at a time and is
// copied unchanged. NormalizeNfc wraps ICU's NFC normalizer (the one place
// in base that calls it). All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// True when `s` is well-formed UTF-8: no overlong forms, no surrogates, no
// code point above U+10FFFF, no truncated sequence.
bool IsValidUtf8(std::string_view s);

// Length of the longest well-formed prefix of `s`.
size_t ValidUtf8Prefix(std::string_view s);

struct Utf8Repair {
  size_t replacements = 0;   // U+FFFD written for invalid subparts
  size_t invalid_bytes = 0;  // input bytes those replaced
};

// Writes `s` to `*out` (replacing its contents) with every maximal invalid
// subpart replaced by U+FFFD. Returns what was replaced; zero counts mean
// `*out == s`.
Utf8Repair RepairUtf8(std::string_view s, std::string* out);

// Decodes the code point at `s[pos]` (pos < s.size()) into `*cp` and returns
// the number of bytes it takes (1 to 4). An invalid subpart decodes to
// U+FFFD and returns its length, so a loop over DecodeUtf8 always advances.
size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* cp);

// Appends the UTF-8 form of `cp` (a scalar value; others append U+FFFD).
void AppendUtf8(char32_t cp, std::string* out);

// Unicode NFC of valid UTF-8 `s`. ASCII input is returned as is without
// calling ICU. On an ICU failure returns `s` unchanged.
std::string NormalizeNfc(std::string_view s);

}  // namespace sitrep
