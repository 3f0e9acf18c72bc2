// Class, id and tag cues of the HTML cleaner: which elements look like site
// furniture, comment threads, comment items, live updates, article bodies,
// bylines or standfirsts, judged from the words of their class and id
// attributes ("entry-content" gives "entry" and "content") and their tag.
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

#include "clean/html_dom.h"

namespace sitrep::clean {

enum Cue : uint32_t {
  kCueBoiler = 1u << 0,          // nav, sidebar, share bar, related, ads, cookie, bio, form
  kCueCommentThread = 1u << 1,   // the list or area that holds comments
  kCueCommentItem = 1u << 2,     // one comment (its replies nest inside)
  kCueCommentMeta = 1u << 3,     // author, date, reply link of a comment
  kCueUpdate = 1u << 4,          // one live-blog update
  kCueArticle = 1u << 5,         // article, main, entry-content, post-body, story
  kCueMeta = 1u << 6,            // byline, date line, tags
  kCueDek = 1u << 7,             // standfirst, subtitle, caption
  kCueNegative = 1u << 8,        // weaker signs of furniture (meta, tool, media)
};

// The cues of node `index` alone (not inherited). `in_thread` is true when
// an ancestor is a comment thread (makes li.post a comment item).
uint32_t NodeCues(const DomNode& node, bool in_thread);

// The time printed at the start of a live update or comment line: "1700 GMT",
// "17:00", "5:12 pm", "UPDATE 3" is not a time. Empty when none.
std::string_view LeadingTime(std::string_view text);

// True when `text` opens like a live update: "UPDATE", "Update 1700 GMT:".
bool LooksLikeUpdateLine(std::string_view text);

}  // namespace sitrep::clean
