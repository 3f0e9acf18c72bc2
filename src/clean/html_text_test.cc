// Tests of TextRun (decoded text with an offset map) and StrippedHtml (script
// bodies cut before parsing, offsets mapped back).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "clean/html_cues.h"
#include "clean/html_meta.h"
#include "clean/html_strip.h"
#include "clean/html_text.h"
#include "sitrep/document.h"

namespace sitrep::clean {
namespace {

// Segment view of a run, to use Segment::OriginalOffset on it.
Segment AsSegment(TextRun* run) {
  Segment s;
  s.text = run->text();
  s.start = run->start();
  s.end = run->end();
  s.offset_map = run->TakeOffsetMap();
  return s;
}

TEST(TextRunTest, PlainTextIsVerbatim) {
  std::string content = "<p>Troops entered the town.</p>";
  TextRun run;
  run.AppendNode(std::string_view(content).substr(3, 24), 3, "Troops entered the town.");
  Segment s = AsSegment(&run);
  EXPECT_EQ(s.text, "Troops entered the town.");
  EXPECT_EQ(s.start, 3u);
  EXPECT_EQ(s.end, 27u);
  EXPECT_TRUE(s.offset_map.empty());
}

TEST(TextRunTest, EntitiesMapToTheirReference) {
  std::string content = "x Russia &amp; Turkey &#8220;agreed&#8221;";
  std::string decoded = "Russia & Turkey \u201cagreed\u201d";
  TextRun run;
  run.AppendNode(std::string_view(content).substr(2), 2, decoded);
  Segment s = AsSegment(&run);
  EXPECT_EQ(s.text, decoded);
  EXPECT_EQ(s.end, content.size());
  EXPECT_EQ(s.OriginalOffset(s.text.find('&')), content.find("&amp;"));
  EXPECT_EQ(s.OriginalOffset(s.text.find("Turkey")), content.find("Turkey"));
  EXPECT_EQ(s.OriginalOffset(s.text.find("agreed")), content.find("agreed"));
}

TEST(TextRunTest, WhiteSpaceCollapsesAcrossNodes) {
  std::string content = "  Shelling\n\n   hit   <b>the</b>&nbsp;&#x20; market  ";
  size_t b = content.find("<b>"), the = b + 3, nbsp = content.find("&nbsp;");
  TextRun run;
  run.AppendNode(std::string_view(content).substr(0, b), 0, content.substr(0, b));
  run.AppendNode(std::string_view(content).substr(the, 3), the, "the");
  run.AppendNode(std::string_view(content).substr(nbsp), nbsp, "\u00a0  market  ");
  Segment s = AsSegment(&run);
  EXPECT_EQ(s.text, "Shelling hit the market");
  EXPECT_EQ(s.start, 2u);
  EXPECT_EQ(s.OriginalOffset(s.text.find("hit")), content.find("hit"));
  EXPECT_EQ(s.OriginalOffset(s.text.find("market")), content.find("market"));
  EXPECT_EQ(s.end, content.find("market") + 6);
}

TEST(TextRunTest, BreakAddsOneSpace) {
  TextRun run;
  std::string content = "one<br>two";
  run.AppendNode(std::string_view(content).substr(0, 3), 0, "one");
  run.Break();
  run.Break();
  run.AppendNode(std::string_view(content).substr(7), 7, "two");
  EXPECT_EQ(run.text(), "one two");
}

// Random pages of words, spaces and references: every ASCII letter of the
// text must map to the same letter in the source.
TEST(TextRunTest, RandomTextMapsBack) {
  std::mt19937 rng(7);
  const char* pieces[] = {"word", " ", "\n", "&amp;", "&nbsp;", "&#8217;", "Aleppo", "  ", "&quot;"};
  const char* decoded_pieces[] = {"word", " ", "\n", "&", "\u00a0", "\u2019", "Aleppo", "  ", "\""};
  for (int round = 0; round < 200; ++round) {
    std::string source, decoded;
    for (int i = 0; i < 30; ++i) {
      int k = rng() % 9;
      source += pieces[k];
      decoded += decoded_pieces[k];
    }
    TextRun run;
    run.AppendNode(source, 0, decoded);
    Segment s = AsSegment(&run);
    for (size_t i = 0; i < s.text.size(); ++i) {
      if (!std::isalpha(static_cast<unsigned char>(s.text[i]))) continue;
      ASSERT_EQ(source[s.OriginalOffset(i)], s.text[i]) << source << " / " << s.text;
    }
  }
}

TEST(StrippedHtmlTest, CutsScriptAndStyleBodiesButKeepsJsonLd) {
  std::string page =
      "<head><style>p{color:red}</style><script type=\"application/ld+json\">{\"a\":1}</script>"
      "</head><body><script>var s = '<p>x</p>';</script><p>Text</p><SCRIPT>y()</SCRIPT>"
      "<p>More</p></body>";
  StrippedHtml stripped(page);
  std::string_view t = stripped.text();
  EXPECT_EQ(t.find("color"), std::string_view::npos);
  EXPECT_EQ(t.find("var s"), std::string_view::npos);
  EXPECT_EQ(t.find("y()"), std::string_view::npos);
  EXPECT_NE(t.find("{\"a\":1}"), std::string_view::npos);
  EXPECT_EQ(stripped.Original(t.find("Text")), page.find("Text"));
  EXPECT_EQ(stripped.Original(t.find("More")), page.find("More"));
  EXPECT_GT(stripped.cut_bytes(), 0u);
}

TEST(StrippedHtmlTest, ScriptInsideCommentOrUnclosedIsLeftAlone) {
  std::string page = "<!-- <script> --><p>Kept</p><script>never closed";
  StrippedHtml stripped(page);
  EXPECT_EQ(stripped.text(), page);
  EXPECT_EQ(stripped.cut_bytes(), 0u);
  std::string quoted = "<script data-x=\"a>b\">body</script><p>After</p>";
  StrippedHtml q(quoted);
  EXPECT_EQ(q.text(), "<script data-x=\"a>b\"></script><p>After</p>");
  EXPECT_EQ(q.Original(q.text().find("After")), quoted.find("After"));
}

TEST(CuesTest, LeadingTime) {
  EXPECT_EQ(LeadingTime("UPDATE 1700 GMT: troops advance"), "1700 GMT");
  EXPECT_EQ(LeadingTime("Update 09:40 - aid groups"), "09:40");
  EXPECT_EQ(LeadingTime("5:12 pm"), "5:12 pm");
  EXPECT_EQ(LeadingTime("In 2017 the army"), "");
  EXPECT_EQ(LeadingTime("UPDATE 3: more"), "");
  EXPECT_TRUE(LooksLikeUpdateLine("UPDATE 1230 GMT: The coalition said"));
  EXPECT_FALSE(LooksLikeUpdateLine("Updated guidance was issued in 2017"));
}

TEST(MetaTest, BasicEntitiesInJsonLdValues) {
  EXPECT_EQ(DecodeBasicEntities("Clause &#163;71.6m &amp; &#x2019;more&#8217; &quot;x&quot;"),
            "Clause \u00a371.6m & \u2019more\u2019 \"x\"");
  EXPECT_EQ(DecodeBasicEntities("AT&T & co &#;"), "AT&T & co &#;");
}

TEST(MetaTest, IsoDatePart) {
  EXPECT_EQ(IsoDatePart("2017-09-05T18:20:00+03:00"), "2017-09-05");
  EXPECT_EQ(IsoDatePart(" 2017-09-05 "), "2017-09-05");
  EXPECT_EQ(IsoDatePart("September 5, 2017"), "");
  EXPECT_EQ(IsoDatePart("2017-09-05X"), "");
}

}  // namespace
}  // namespace sitrep::clean
