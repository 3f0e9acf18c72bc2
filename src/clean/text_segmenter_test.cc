// Unit tests of the plain-text segmenter on small pages written here: a live
// update page, a threaded comment section with depths, an author bio, a
// comment policy, and the offsets of wrapped paragraphs.
#include "clean/text_segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::clean {
namespace {

std::vector<Segment> Segments(const std::string& page, PageMeta* meta = nullptr,
                         std::string_view outlet = "") {
  PageMeta local;
  return SegmentText(page, outlet, meta ? meta : &local);
}

// The label of 1-based `line`, or "none".
std::string LabelOf(const std::vector<Segment>& segments, int line) {
  for (const Segment& s : segments) {
    if (s.start_line <= line && line <= s.end_line) return std::string(LabelName(s.label));
  }
  return "none";
}

const Segment* SegmentAt(const std::vector<Segment>& segments, int line) {
  for (const Segment& s : segments) {
    if (s.start_line == line) return &s;
  }
  return nullptr;
}

const char kLivePage[] =
    "Live: Government forces push into Tall Qasr as the siege nears its end\n"  // 1
    "\n"
    "Residents queue for bread in the old market, March 2019\n"                  // 3
    "\n"
    "\n"
    "UPDATE 0930 GMT: Army engineers say the main road into the town has been cleared of mines.\n"  // 6
    "\n"
    "UPDATE 0815 GMT: Local monitors report heavy shelling on the eastern districts overnight.\n"  // 8
    "\n"
    "Government forces and allied militias have pushed into the northern edge of Tall Qasr, a\n"  // 10
    "district town held by rebel groups for four years, according to officials and monitors.\n"
    "\n"
    "Humanitarian Corridor Opens\n"                                              // 13
    "\n"
    "The provincial council said a corridor for civilians would open on Thursday morning and\n"  // 15
    "remain open for three days, with buses waiting at the southern checkpoint.\n"
    "\n"
    "Leave a Comment\n";                                                          // 18

TEST(TextSegmenterTest, LiveUpdatesHeadingsAndWrappedParagraphs) {
  PageMeta meta;
  std::vector<Segment> s = Segments(kLivePage, &meta);
  EXPECT_EQ(LabelOf(s, 1), "title");
  EXPECT_EQ(meta.title.value, "Live: Government forces push into Tall Qasr as the siege nears its end");
  EXPECT_EQ(LabelOf(s, 3), "dek");
  EXPECT_EQ(LabelOf(s, 6), "update");
  EXPECT_EQ(LabelOf(s, 8), "update");
  ASSERT_NE(SegmentAt(s, 6), nullptr);
  EXPECT_EQ(SegmentAt(s, 6)->time, "0930 GMT");
  EXPECT_EQ(LabelOf(s, 10), "body");
  EXPECT_EQ(LabelOf(s, 11), "body");
  EXPECT_EQ(LabelOf(s, 13), "heading");
  EXPECT_EQ(LabelOf(s, 15), "body");
  EXPECT_EQ(LabelOf(s, 18), "boilerplate");
  // One segment per paragraph, wrapped lines joined with one space.
  const Segment* p = SegmentAt(s, 10);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->end_line, 11);
  EXPECT_NE(p->text.find("a district town"), std::string::npos);
  EXPECT_EQ(p->text.find('\n'), std::string::npos);
}

TEST(TextSegmenterTest, ABriefWithoutLongParagraphsHasABody) {
  std::string brief =
      "Rebels shell border post\n"                                                   // 1
      "\n"
      "Rebel fighters shelled a border post near Tall Qasr on Monday, police said.\n"  // 3
      "\n"
      "No one was hurt.\n";                                                          // 5
  auto segments = Segments(brief);
  EXPECT_EQ(LabelOf(segments, 1), "title");
  EXPECT_EQ(LabelOf(segments, 3), "body");
  EXPECT_EQ(LabelOf(segments, 5), "body");
}

TEST(TextSegmenterTest, TextOffsetsMapBackToTheContent) {
  std::string page = kLivePage;
  for (const Segment& s : Segments(page)) {
    ASSERT_LE(s.end, page.size());
    EXPECT_EQ(s.OriginalOffset(0), s.start);
    EXPECT_EQ(s.OriginalOffset(s.text.size()), s.end);
    // Every non-space byte of the text is the byte it maps to.
    for (size_t i = 0; i < s.text.size(); ++i) {
      if (s.text[i] == ' ') continue;
      ASSERT_EQ(s.text[i], page[s.OriginalOffset(i)]) << s.text << " at " << i;
    }
  }
}

const char kThreadPage[] =
    "Rebels say they downed a drone near Kafr Zita\n"                             // 1
    "\n"
    "Fighters of an armed opposition group said on Monday they had shot down a government\n"  // 3
    "reconnaissance drone over farmland west of Kafr Zita, and posted photographs of the wreckage.\n"
    "\n"
    "A spokesman for the army denied the claim and said no aircraft had been lost in the area.\n"  // 6
    "\n"
    "Related Posts\n"                                                             // 8
    "\n"
    "3 COMMENTS\n"                                                                // 10
    "\n"
    "  1. I doubt this. The photos look like the wreck from last spring. 4/2/2019\n"  // 12
    "\n"
    "    Same picture was posted in 2018, you can check it yourself.\n"           // 14
    "\n"
    "    • You are wrong, the tail number is different.\n"                        // 16
    "\n"
    "      • Thanks for checking, I stand corrected.\n"                           // 18
    "\n"
    "  2. Love it. Keep up the reporting!\n"                                      // 20
    "\n"
    "Leave a Reply\n"                                                             // 22
    "\n"
    "Your email address will not be published. Required fields are marked *\n";  // 24

TEST(TextSegmenterTest, ThreadedCommentsWithDepthsAndDates) {
  std::vector<Segment> s = Segments(kThreadPage);
  EXPECT_EQ(LabelOf(s, 3), "body");
  EXPECT_EQ(LabelOf(s, 6), "body");
  EXPECT_EQ(LabelOf(s, 8), "boilerplate");
  EXPECT_EQ(LabelOf(s, 10), "boilerplate");
  for (int line : {12, 14, 16, 18, 20}) EXPECT_EQ(LabelOf(s, line), "comment") << line;
  EXPECT_EQ(LabelOf(s, 22), "boilerplate");
  EXPECT_EQ(LabelOf(s, 24), "boilerplate");

  const Segment* first = SegmentAt(s, 12);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->end_line, 14);  // the indented paragraph continues comment 1
  EXPECT_EQ(first->depth, 0);
  EXPECT_EQ(first->time, "4/2/2019");
  EXPECT_EQ(first->text.substr(0, 13), "I doubt this.");  // marker dropped
  ASSERT_NE(SegmentAt(s, 16), nullptr);
  EXPECT_EQ(SegmentAt(s, 16)->depth, 1);
  ASSERT_NE(SegmentAt(s, 18), nullptr);
  EXPECT_EQ(SegmentAt(s, 18)->depth, 2);
  ASSERT_NE(SegmentAt(s, 20), nullptr);
  EXPECT_EQ(SegmentAt(s, 20)->depth, 0);
}

TEST(TextSegmenterTest, CommentListWithoutHeaderStillEndsTheArticle) {
  // Dated, indented numbered items after the article open a comment list.
  std::string page =
      "Fuel prices rise again in the northern provinces\n"
      "\n"
      "Fuel prices in the northern provinces rose for the third week running, traders said,\n"
      "as convoys from the border crossing were held up by fighting along the highway.\n"
      "\n"
      "  1. Nothing will change until the highway is safe again. 6/3/2019\n"
      "\n"
      "  2. Where I live the price doubled since May. 6/4/2019\n";
  std::vector<Segment> s = Segments(page);
  EXPECT_EQ(LabelOf(s, 3), "body");
  EXPECT_EQ(LabelOf(s, 6), "comment");
  EXPECT_EQ(LabelOf(s, 8), "comment");
}

TEST(TextSegmenterTest, AuthorBioIsBoilerplate) {
  std::string page =
      "Analysis: What the fall of Tall Qasr means for the south\n"
      "\n"
      "The fall of Tall Qasr removes the last rebel foothold on the southern highway and leaves\n"
      "the government free to move troops toward the border crossings, officials said.\n"
      "\n"
      "Maria Keller is a senior fellow at the Institute for Regional Studies and the author of\n"
      "two books on the region. She writes a weekly column on security.\n";
  std::vector<Segment> s = Segments(page);
  EXPECT_EQ(LabelOf(s, 3), "body");
  EXPECT_EQ(LabelOf(s, 6), "boilerplate");
  EXPECT_EQ(LabelOf(s, 7), "boilerplate");
}

TEST(TextSegmenterTest, CommentPolicyAndFormAreBoilerplate) {
  std::string page =
      "Curfew imposed in Tall Qasr after clashes\n"
      "\n"
      "02-04-2019\n"
      "Northern Daily\n"
      "Tags: Tall Qasr curfew\n"
      "A+ A-\n"
      "TALL QASR, Northern Province - The local council imposed a night curfew on Tuesday after\n"
      "two days of clashes between rival armed groups left several people wounded.\n"
      "\n"
      "Comments\n"
      "\n"
      "We read all comments before they appear. Comments that break our guidelines are rejected.\n"
      "\n"
      "Post a comment\n"
      "\n"
      "Required\n";
  PageMeta meta;
  std::vector<Segment> s = Segments(page, &meta, "Northern Daily");
  EXPECT_EQ(LabelOf(s, 1), "title");
  for (int line : {3, 4, 5, 6}) EXPECT_EQ(LabelOf(s, line), "meta") << line;
  EXPECT_EQ(meta.published.value, "2019-04-02");
  EXPECT_EQ(meta.published.source, "dateline");
  EXPECT_EQ(LabelOf(s, 7), "body");
  EXPECT_EQ(LabelOf(s, 8), "body");
  for (int line : {10, 12, 14, 16}) EXPECT_EQ(LabelOf(s, line), "boilerplate") << line;
}

TEST(TextSegmenterTest, RunsOfHeadlinesAndMenuEntriesAreBoilerplate) {
  std::string page =
      "Water returns to Tall Qasr after repairs to the pumping station\n"  // 1
      "\n"
      "Home\n"                                                            // 3
      "\n"
      "Engineers restored the main pumping station on Sunday, and water reached most districts\n"  // 5
      "of Tall Qasr by the evening for the first time in two weeks, the council said.\n"
      "\n"
      "Council opens new school in the old quarter\n"                     // 8
      "\n"
      "Bread prices fall as the southern road reopens\n"                  // 10
      "\n"
      "Drivers queue at the only open fuel station\n"                     // 12
      "\n"
      "The council said repairs to the second station would take another month.\n";  // 14
  std::vector<Segment> s = Segments(page);
  EXPECT_EQ(LabelOf(s, 3), "boilerplate");
  EXPECT_EQ(LabelOf(s, 5), "body");
  for (int line : {8, 10, 12}) EXPECT_EQ(LabelOf(s, line), "boilerplate") << line;
  EXPECT_EQ(LabelOf(s, 14), "body");
}

TEST(TextSegmenterTest, EmptyAndOneLinePages) {
  EXPECT_TRUE(Segments("").empty());
  EXPECT_TRUE(Segments("\n\n  \n").empty());
  std::vector<Segment> s = Segments("Only a headline here\r\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].label, SegmentLabel::kTitle);
  EXPECT_EQ(s[0].text, "Only a headline here");
}

}  // namespace
}  // namespace sitrep::clean

namespace sitrep::clean {
namespace {

// Site furniture above the headline: a masthead with a tagline, menus in
// several flattened forms, a breadcrumb, a kicker, a reading-time badge.
const char kMastheadPage[] =
    "Tigris Courier \xE2\x80\x94 reporting from Mosul and Nineveh\n"             // 1
    "Home   Iraq   Syria   Kurdistan   Opinion   Contact\n"                      // 2
    "[ News ] [ Analysis ] [ Maps ]\n"                                           // 3
    "Politics \xC2\xB7 Security \xC2\xB7 Economy \xC2\xB7 Culture\n"             // 4
    "You are here: Home > News > Iraq\n"                                         // 5
    "Iraq\n"                                                                     // 6
    "\n"
    "Counter-terrorism units clear last pockets of west Mosul\n"                 // 8
    "Reading time: 3 minutes\n"                                                  // 9
    "\n"
    "Iraqi counter-terrorism units said on Monday they had cleared the last streets of the old\n"  // 11
    "city held by Islamic State fighters, after three weeks of house-to-house fighting.\n";

TEST(TextSegmenterTest, MastheadMenusKickerAndReadingTime) {
  PageMeta meta;
  std::vector<Segment> s = Segments(kMastheadPage, &meta, "Tigris Courier");
  EXPECT_EQ(LabelOf(s, 1), "meta");
  for (int line : {2, 3, 4, 5}) EXPECT_EQ(LabelOf(s, line), "boilerplate") << "line " << line;
  EXPECT_EQ(LabelOf(s, 6), "meta");
  EXPECT_EQ(LabelOf(s, 8), "title");
  EXPECT_EQ(meta.title.value, "Counter-terrorism units clear last pockets of west Mosul");
  EXPECT_EQ(LabelOf(s, 9), "meta");
  EXPECT_EQ(LabelOf(s, 11), "body");
}

}  // namespace
}  // namespace sitrep::clean
