// Line cues of the plain-text segmenter: pure functions of one trimmed line
// (or the first line of a paragraph) that say what kind of text it is by its
// shape and its formulaic words: a heading, a menu entry, a list item, a
// comment header or form, a comment policy, an author bio, site furniture, a
// cross-link, a widget, a byline, a comment's sign-off ("Name says:",
// "3 hours ago", "Reply") or a reader's conversational register.
//
// The segmenter (text_segmenter.cc) decides by position which cues apply
// where; these functions only read the text. Stateless and thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace sitrep::clean {

// Words separated by spaces or tabs.
size_t WordCount(std::string_view text);

// True when the text ends with '.', '!', '?' or '…' (before closing quotes).
bool EndsSentence(std::string_view text);

// True when the first letter (after opening quotes) is a capital or a digit.
bool IsCapitalized(std::string_view word);

// A section heading: a short title-case line without final punctuation.
bool IsHeadingShape(std::string_view text);

// Menu entries and link lists: a bare word or two, or a bulleted short
// headline rather than a sentence.
bool IsNavigationLine(std::string_view text);

// A menu bar on one line: three or more short entries joined by '|', '»',
// '›' or '/' ("Home | World | Middle East"), or a skip link ("Skip to content").
bool IsMenuBar(std::string_view text);

// A headline in a list of links: short, not a sentence.
bool IsHeadlineShape(std::string_view text);

struct ListMarker {
  bool numbered = false;
  int number = 0;
  size_t length = 0;  // bytes of the marker and the spaces after it
};

// "1. ", "12) ", "• ", "◦ ", "▪ ", "* ", "- " at the start of a trimmed line.
bool ParseListMarker(std::string_view text, ListMarker* marker);

// "Related Posts", "You may also like", "More from ...".
bool IsRelatedHeader(std::string_view text);

// "Comments", "18 COMMENTS", "3 thoughts on ...", "Join the discussion".
bool IsCommentHeader(std::string_view text);

// Comment form and the lines that close a comment section ("Leave a Reply",
// "Required", "Your email address will not be published").
bool IsCommentFormLine(std::string_view text);

// A comment policy in the site's voice ("We moderate all comments ...").
bool IsCommentPolicy(std::string_view text);

// "Scott Lucas is Professor of International Politics ...", "About the author".
bool IsAuthorBio(std::string_view text);

// Site furniture that can sit anywhere: copyright, subscribe boxes, buttons.
bool IsFurnitureLine(std::string_view text);

// A link to another story: "See Syria Daily, September 1: ...", "Read more: ...".
bool IsCrossLink(std::string_view text);

// Tags, categories and share/print/font widgets.
bool IsWidgetLine(std::string_view text);

// Numbers only: view and comment counters ("18", "1808", "1,204").
bool IsCounterLine(std::string_view text);

// One word in capitals: "LATEST", "BREAKING".
bool IsSectionLabel(std::string_view text);

// "By Jane Doe", "BY JANE DOE AND ...".
bool IsBylineLine(std::string_view text);

// The outlet's name, with or without a leading "The".
bool IsOutletLine(std::string_view text, std::string_view outlet);

// A short name next to a printed date ("Rudaw" under "15-08-2017").
bool IsShortName(std::string_view text);

// A live-blog entry's opening time (see text_cues.cc); sets `*time` (may be
// null) to the time as printed.
bool StartsLiveEntry(std::string_view text, std::string* time);

// A photo credit: "Photo: Name/AFP via Getty Images", "Image: Reuters".
bool IsCreditLine(std::string_view text);

// "2 hours ago", "Updated 5 minutes ago", "yesterday".
bool IsRelativeTime(std::string_view text);

// A comment's action bar: "Reply", "Reply • Share ›", "12 likes".
bool IsCommentButtons(std::string_view text);

// The line that opens a reader comment: "Name says:", "Name • 3 hours ago",
// "Name — October 2, 2017 at 11:40 am".
bool IsCommentSignoff(std::string_view text);

// First or second person, chat words, "!!", an @reply or a lower-case start,
// without quotation marks or attribution: a reader's voice, not a report's.
bool IsConversational(std::string_view text);

}  // namespace sitrep::clean
