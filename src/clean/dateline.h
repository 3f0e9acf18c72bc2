// Printed dates, times and datelines in plain-text pages: the date line under
// a headline ("15-08-2017", "Tuesday, August 15, 2017 10:23"), a comment's
// trailing date ("... 8/18/2017"), a live update's time ("UPDATE 1700 GMT:")
// and a wire dateline opening the story ("ERBIL, Kurdistan Region –").
//
// Hand-written scanners over short strings (no regex); pure functions,
// thread-safe. Numeric dates: a first number above 12 is a day; otherwise
// "/" reads month first (8/18/2017) and "-" or "." day first (15-08-2017).
#pragma once

#include <string>
#include <string_view>

namespace sitrep::clean {

// True when `line` is a date and nothing else but a weekday, a time, a time
// zone or a label such as "Published:", "Posted on", "Updated". Sets `*iso`
// to "YYYY-MM-DD".
bool ParseDateLine(std::string_view line, std::string* iso);

// When `text` ends with a date (and optional time), returns the byte offset
// where it starts and sets `*printed` to it as printed; else npos.
size_t FindTrailingDate(std::string_view text, std::string* printed);

// True when `line` opens a timestamped live update: "UPDATE 1700 GMT: ...",
// "Update, 3:15 pm –", "17:00 GMT: ...". Sets `*time` to the time as printed
// ("1700 GMT"), or "" for a bare "UPDATE:".
bool ParseUpdateLine(std::string_view line, std::string* time);

// True when `text` opens with a wire dateline: a place in capitals, perhaps a
// region or agency, then a dash ("BEIRUT (Reuters) -", "ERBIL, Kurdistan
// Region –", "DAMASCUS —").
bool StartsWithDateline(std::string_view text);

}  // namespace sitrep::clean
