// Tests of the cleaner's own work: document ids, metadata precedence and the
// --plain path. (Segment labels are tested in text_segmenter_test.cc.)
#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::clean {
namespace {

RawPage TextPage(std::string content) {
  RawPage page;
  page.path = "in/page.txt";
  page.format = PageFormat::kText;
  page.content = std::move(content);
  return page;
}

TEST(DocumentIdTest, SameTextSameIdWhateverTheLineEndsAndWrapping) {
  std::string lf = "Title line\n\nFirst paragraph of the story.\n";
  std::string crlf = "Title line\r\n\r\nFirst paragraph of the story.\r\n";
  std::string rewrapped = "  Title line\n\nFirst paragraph\nof the story.";
  EXPECT_EQ(DocumentId(lf), DocumentId(crlf));
  EXPECT_EQ(DocumentId(lf), DocumentId(rewrapped));
  EXPECT_NE(DocumentId(lf), DocumentId("Title line\n\nSecond paragraph of the story.\n"));
  EXPECT_EQ(DocumentId(lf).size(), 16u);
}

TEST(DocumentIdTest, ComposedAndDecomposedAccentsAgree) {
  std::string composed = "Erdo\xC4\x9F" "an spoke in Ankara";         // ğ as U+011F
  std::string decomposed = "Erdog\xCC\x86" "an spoke in Ankara";      // g + U+0306
  EXPECT_EQ(DocumentId(composed), DocumentId(decomposed));
}

TEST(CleanTest, PageMetadataBeatsContainerWhichBeatsFlags) {
  RawPage page = TextPage(
      "Shelling hits the market in Tall Qasr\n"
      "\n"
      "03-05-2019\n"
      "\n"
      "Shelling hit the main market of Tall Qasr on Friday morning, killing two people and\n"
      "wounding several others, a local doctor said.\n");
  page.meta.title = {"Container title", "jsonl"};
  page.meta.published = {"2019-05-04", "meta.jsonl"};
  page.meta.outlet = {"Northern Daily", "flag"};
  Result<Document> doc = Clean(page);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->meta.title.value, "Shelling hits the market in Tall Qasr");
  EXPECT_EQ(doc->meta.published.value, "2019-05-03");
  EXPECT_EQ(doc->meta.published.source, "dateline");
  EXPECT_EQ(doc->meta.outlet.value, "Northern Daily");
  EXPECT_EQ(doc->meta.outlet.source, "flag");
  EXPECT_EQ(doc->id, DocumentId(page.content));
  EXPECT_EQ(doc->source_id, doc->id);  // no container id
  EXPECT_EQ(doc->path, "in/page.txt");
  ASSERT_FALSE(doc->segments.empty());
  EXPECT_EQ(doc->segments.back().label, SegmentLabel::kBody);
}

TEST(CleanTest, ContainerIdIsKept) {
  RawPage page = TextPage("A headline\n\nA paragraph of text that says something.\n");
  page.source_id = "line-7";
  Result<Document> doc = Clean(page);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->source_id, "line-7");
}

TEST(CleanPlainTest, WholeContentIsOneBodySegment) {
  RawPage page = TextPage("\n  Leave a Comment\nThe army said it took the town.\n\n");
  page.meta.outlet = {"Wire", "jsonl"};
  Document doc = CleanPlain(page);
  ASSERT_EQ(doc.segments.size(), 1u);
  const Segment& s = doc.segments[0];
  EXPECT_EQ(s.label, SegmentLabel::kBody);
  EXPECT_EQ(s.start_line, 2);
  EXPECT_EQ(s.end_line, 3);
  EXPECT_EQ(s.text, "Leave a Comment The army said it took the town.");
  EXPECT_EQ(page.content.substr(s.start, s.end - s.start), "Leave a Comment\nThe army said it took the town.");
  EXPECT_EQ(doc.meta.outlet.value, "Wire");
  EXPECT_TRUE(CleanPlain(TextPage(" \n ")).segments.empty());
}

}  // namespace
}  // namespace sitrep::clean
