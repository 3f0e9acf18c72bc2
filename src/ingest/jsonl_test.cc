// JSONL reading: fields, metadata sources, and one test per bad line.
#include <gtest/gtest.h>

#include "ingest/reader.h"
#include "ingest/testutil.h"

namespace sitrep::ingest {
namespace {

using testing::Read;
using testing::TempDir;

TEST(JsonlTest, PagesWithFieldsAndMetadata) {
  TempDir dir;
  std::string path = dir.Write(
      "pages.jsonl",
      "{\"id\":\"a1\",\"text\":\"Title\\n\\nBody.\",\"outlet\":\"Rudaw\",\"url\":\"http://x/1\","
      "\"published\":\"2017-08-15\",\"title\":\"Title\"}\r\n"
      "\n"
      "{\"id\":7,\"html\":\"<p>Hi</p>\"}\n");
  dir.Write("meta.jsonl", "{\"file\":\"pages.jsonl\",\"outlet\":\"Meta Outlet\",\"language\":\"en\"}\n");
  ReadOptions options;
  options.published = "2000-01-01";
  auto r = Read(path, options);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].ToString();
  ASSERT_EQ(r.pages.size(), 2u);
  const RawPage& a = r.pages[0];
  EXPECT_EQ(a.source_id, "a1");
  EXPECT_EQ(a.record, "line 1");
  EXPECT_EQ(a.format, PageFormat::kText);
  EXPECT_EQ(a.content, "Title\n\nBody.");
  EXPECT_EQ(a.meta.outlet.value, "Rudaw");
  EXPECT_EQ(a.meta.outlet.source, "jsonl");
  EXPECT_EQ(a.meta.url.value, "http://x/1");
  EXPECT_EQ(a.meta.language.source, "meta.jsonl");
  const RawPage& b = r.pages[1];
  EXPECT_EQ(b.source_id, "7");
  EXPECT_EQ(b.record, "line 3");
  EXPECT_EQ(b.format, PageFormat::kHtml);
  EXPECT_EQ(b.meta.outlet.value, "Meta Outlet");
  EXPECT_EQ(b.meta.outlet.source, "meta.jsonl");
  EXPECT_EQ(b.meta.published.value, "2000-01-01");
  EXPECT_EQ(b.meta.published.source, "flag");
}

TEST(JsonlTest, PlainPrefersText) {
  TempDir dir;
  std::string path = dir.Write("s.jsonl", "{\"id\":\"s1\",\"text\":\"snippet\",\"html\":\"<p>x</p>\"}\n");
  ReadOptions options;
  auto r = Read(path, options);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].format, PageFormat::kHtml);
  options.plain = true;
  r = Read(path, options);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].format, PageFormat::kText);
  EXPECT_EQ(r.pages[0].content, "snippet");
}

TEST(JsonlTest, SniffedFromStandardInputLikeFile) {
  TempDir dir;
  std::string path = dir.Write("noext", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[1].content, "b");
}

TEST(JsonlFailureTest, MalformedLineIsSkippedAndReadingGoesOn) {
  TempDir dir;
  std::string path =
      dir.Write("p.jsonl", "{\"text\":\"one\"}\n{\"text\": \"two\n[1,2]\n{\"text\":\"four\"}\n");
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[1].content, "four");
  EXPECT_EQ(r.pages[1].record, "line 4");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].path, path);
  EXPECT_EQ(r.problems[0].where, "line 2");
  EXPECT_NE(r.problems[0].message.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(r.problems[1].where, "line 3");
  EXPECT_EQ(r.problems[1].message, "not a JSON object");
}

TEST(JsonlFailureTest, LineWithoutTextOrHtml) {
  TempDir dir;
  auto r = Read(dir.Write("p.jsonl", "{\"id\":\"x\",\"title\":\"no body\"}\n{\"text\":5}\n"));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].where, "line 1");
  EXPECT_NE(r.problems[0].message.find("no \"text\" or \"html\""), std::string::npos);
}

TEST(JsonlFailureTest, EmptyTextField) {
  TempDir dir;
  auto r = Read(dir.Write("p.jsonl", "{\"text\":\"\"}\n"));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "line 1");
  EXPECT_EQ(r.problems[0].message, "empty file");
}

TEST(JsonlFailureTest, InvalidUtf8InsideALineIsRepaired) {
  TempDir dir;
  auto r = Read(dir.Write("p.jsonl", "{\"text\":\"caf\xE9\"}\n"));
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, "caf\xEF\xBF\xBD");
}

TEST(JsonlFailureTest, EmptyFile) {
  TempDir dir;
  auto r = Read(dir.Write("p.jsonl", "\n\n"));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].message, "empty file");
}

TEST(JsonlFailureTest, HugeLineIsStreamedAndSkipped) {
  TempDir dir;
  std::string path = dir.path() + "/big.jsonl";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("{\"text\":\"", f);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fputs("\"}\n{\"text\":\"after\"}\n", f);
    std::fclose(f);
  }
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, "after");
  EXPECT_EQ(r.pages[0].record, "line 2");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "line 1");
  EXPECT_NE(r.problems[0].message.find("over the limit"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ingest
