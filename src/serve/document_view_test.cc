#include "serve/document_view.h"

#include <gtest/gtest.h>

namespace sitrep::serve {
namespace {

std::string Joined(const std::vector<Piece>& pieces) {
  std::string s;
  for (const auto& p : pieces) s += p.text;
  return s;
}

TEST(DocumentViewTest, VerbatimSegment) {
  // content: "Title\n\nThe army advanced. ISIS fled the town."
  Segment s;
  s.text = "The army advanced. ISIS fled the town.";
  s.start = 7;
  s.end = 7 + s.text.size();
  auto pieces = CutSegment(s, {{7 + 19, 7 + 38, "e1"}});
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].text, "The army advanced. ");
  EXPECT_TRUE(pieces[0].ids.empty());
  EXPECT_EQ(pieces[1].text, "ISIS fled the town.");
  EXPECT_EQ(pieces[1].ids, std::vector<std::string>{"e1"});
}

TEST(DocumentViewTest, MapsHtmlOffsetsThroughTheOffsetMap) {
  // content: "<p>Troops <b>entered</b> Mayadin.</p>"; text "Troops entered Mayadin."
  //           0123456789012345678901234567890123
  Segment s;
  s.text = "Troops entered Mayadin.";
  s.start = 3;
  s.end = 33;
  s.offset_map = {{0, 3}, {7, 13}, {14, 24}};
  EXPECT_EQ(s.OriginalOffset(7), 13u);
  EXPECT_EQ(TextOffset(s, 13), 7u);
  EXPECT_EQ(TextOffset(s, 10), 7u);  // inside a tag: the next text byte
  auto pieces = CutSegment(s, {{13, 20, "e1"}});  // "entered"
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[1].text, "entered");
  EXPECT_EQ(Joined(pieces), s.text);
}

TEST(DocumentViewTest, OverlapsAndOutsideSpans) {
  Segment s;
  s.text = "abcdefghij";
  s.start = 100;
  s.end = 110;
  auto pieces = CutSegment(s, {{102, 106, "a"}, {104, 108, "b"}, {0, 50, "far"}, {95, 101, "c"}});
  EXPECT_EQ(Joined(pieces), s.text);
  ASSERT_EQ(pieces.size(), 6u);
  EXPECT_EQ(pieces[0].text, "a");
  EXPECT_EQ(pieces[0].ids, std::vector<std::string>{"c"});
  EXPECT_EQ(pieces[2].text, "cd");
  EXPECT_EQ(pieces[3].text, "ef");
  EXPECT_EQ(pieces[3].ids, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(pieces[4].ids, std::vector<std::string>{"b"});
}

TEST(DocumentViewTest, NeverCutsInsideACharacter) {
  Segment s;
  s.text = "D\xC3\xA9ir";  // "Déir": é is two bytes
  s.start = 0;
  s.end = s.text.size();
  auto pieces = CutSegment(s, {{2, 4, "x"}});  // starts inside é
  EXPECT_EQ(Joined(pieces), s.text);
  for (const auto& p : pieces) {
    ASSERT_FALSE(p.text.empty());
    EXPECT_NE(static_cast<unsigned char>(p.text[0]) & 0xC0, 0x80) << "piece starts mid-character";
  }
}

TEST(DocumentViewTest, DocumentJsonCarriesPiecesAndRecords) {
  Analysis a;
  a.document.id = "d1";
  a.document.path = "/pages/x.html";
  a.document.content = "Title\n\n<script>alert(1)</script> was printed.";
  Segment s;
  s.text = "<script>alert(1)</script> was printed.";
  s.start = 7;
  s.end = a.document.content.size();
  a.document.segments = {s};
  Event e;
  e.id = "e1";
  e.evidence_start = 7;
  e.evidence_end = a.document.content.size();
  a.events = {e};
  auto j = DocumentJson(a);
  EXPECT_EQ(j["file"], "x.html");
  ASSERT_EQ(j["segments"].size(), 1u);
  EXPECT_EQ(j["segments"][0]["label"], "body");
  EXPECT_EQ(j["segments"][0]["pieces"][0]["text"], s.text);  // data, not markup
  EXPECT_EQ(j["segments"][0]["pieces"][0]["ids"][0], "e1");
  EXPECT_EQ(j["events"][0]["id"], "e1");
}

}  // namespace
}  // namespace sitrep::serve
