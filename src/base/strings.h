// Small string helpers on UTF-8 byte strings. ASCII-only case mapping: use
// ICU (text/ and geo/) for anything language-aware.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

std::string_view Trim(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char sep);
std::string AsciiLower(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool IEquals(std::string_view a, std::string_view b);  // ASCII case-insensitive
// Collapses runs of white space (ASCII and U+00A0) to one space and trims.
std::string CollapseSpace(std::string_view s);

}  // namespace sitrep
