// Whole-file readers (text, HTML), listing, metadata, and one test per way a
// file can be bad. Every input is written by the test itself.
#include "ingest/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "ingest/testutil.h"

namespace sitrep::ingest {
namespace {

using testing::Read;
using testing::TempDir;

TEST(ListInputsTest, FoldersAreRecursiveSortedAndKeepPageFilesOnly) {
  TempDir dir;
  dir.Write("b.txt", "B page\n");
  dir.Write("a.txt", "A page\n");
  dir.Write("sub/c.html", "<html><body><p>C</p></body></html>");
  dir.Write(".hidden.txt", "no");
  dir.Write(".git/x.txt", "no");
  dir.Write("meta.jsonl", "{\"file\":\"a.txt\"}\n");
  dir.Write("README.md", "About these pages\n");  // not a page file
  dir.Write("map.png", "\x89PNG");
  std::vector<Problem> problems;
  std::vector<InputFile> inputs = ListInputs({dir.path(), "-"}, &problems);
  ASSERT_EQ(inputs.size(), 4u);
  EXPECT_EQ(inputs[0].path, dir.path() + "/a.txt");
  EXPECT_EQ(inputs[0].size, 7u);
  EXPECT_EQ(inputs[1].path, dir.path() + "/b.txt");
  EXPECT_EQ(inputs[2].path, dir.path() + "/sub/c.html");
  EXPECT_EQ(inputs[3].path, "-");
  EXPECT_TRUE(problems.empty());
}

TEST(ListInputsTest, NonexistentPathIsAProblem) {
  std::vector<Problem> problems;
  std::vector<InputFile> inputs = ListInputs({"/nonexistent/sitrep/page.txt"}, &problems);
  EXPECT_TRUE(inputs.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "/nonexistent/sitrep/page.txt");
  EXPECT_NE(problems[0].message.find("No such file"), std::string::npos);
}

TEST(ListInputsTest, DanglingLinkInAFolderIsAProblem) {
  TempDir dir;
  dir.Write("a.txt", "A\n");
  std::string link = dir.path() + "/dangling.txt";
  ASSERT_EQ(::symlink((dir.path() + "/nowhere.txt").c_str(), link.c_str()), 0);
  std::vector<Problem> problems;
  std::vector<InputFile> inputs = ListInputs({dir.path()}, &problems);
  ASSERT_EQ(inputs.size(), 1u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, link);
}

TEST(ReaderTest, TextPageWithMetaJsonlAndFlags) {
  TempDir dir;
  dir.Write("p.txt", "Title line\n\nBody text.\n");
  dir.Write("q.txt", "Other page\n");
  dir.Write("meta.jsonl",
            "{\"file\":\"p.txt\",\"outlet\":\"EA WorldView\",\"published\":null,\"language\":\"en\"}\n"
            "{\"file\":\"q.txt\",\"outlet\":null,\"published\":\"2017-09-03\"}\n");
  ReadOptions options;
  options.outlet = "Flag Outlet";
  options.published = "2017-01-01";
  auto r = Read(dir.path(), options);
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].ToString();
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.returned, 2u);
  const RawPage& p = r.pages[0];
  EXPECT_EQ(p.format, PageFormat::kText);
  EXPECT_EQ(p.content, "Title line\n\nBody text.\n");
  EXPECT_EQ(p.meta.outlet.value, "EA WorldView");
  EXPECT_EQ(p.meta.outlet.source, "meta.jsonl");
  EXPECT_EQ(p.meta.published.value, "2017-01-01");
  EXPECT_EQ(p.meta.published.source, "flag");
  EXPECT_EQ(p.meta.language.value, "en");
  const RawPage& q = r.pages[1];
  EXPECT_EQ(q.meta.outlet.value, "Flag Outlet");
  EXPECT_EQ(q.meta.outlet.source, "flag");
  EXPECT_EQ(q.meta.published.value, "2017-09-03");
}

TEST(ReaderTest, BadMetaJsonlLineIsReportedOnceAndReadingGoesOn) {
  TempDir dir;
  dir.Write("a.txt", "A\n");
  dir.Write("b.txt", "B\n");
  dir.Write("meta.jsonl", "{\"file\":\"a.txt\",\"outlet\":\"X\"}\n{oops\n");
  auto r = Read(dir.path());
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].meta.outlet.value, "X");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, dir.path() + "/meta.jsonl");
  EXPECT_EQ(r.problems[0].where, "line 2");
}

TEST(ReaderTest, HtmlPageByExtensionAndBySniffing) {
  TempDir dir;
  std::string html = "<!DOCTYPE html><html><head><title>T</title></head><body>x</body></html>";
  dir.Write("a.htm", html);
  dir.Write("noext", html);
  dir.Write("plain", "Just words\nand more words\n");
  auto r = Read(dir.path());
  ASSERT_EQ(r.pages.size(), 3u);
  EXPECT_EQ(r.pages[0].format, PageFormat::kHtml);
  EXPECT_EQ(r.pages[1].format, PageFormat::kHtml);
  EXPECT_EQ(r.pages[2].format, PageFormat::kText);
}

TEST(ReaderTest, DeclaredCharsetIsConverted) {
  TempDir dir;
  std::string path = dir.Write(
      "latin1.html", "<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xE9</body></html>");
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_NE(r.pages[0].content.find("caf\xC3\xA9"), std::string::npos);
  EXPECT_TRUE(r.problems.empty());
}

TEST(ReaderTest, Utf16WithByteOrderMarkIsDecoded) {
  TempDir dir;
  std::string path = dir.Write("u16.txt", std::string("\xFF\xFE" "H\0i\0", 6));
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, "Hi");
}

TEST(ReaderTest, GzippedTextPage) {
  TempDir dir;
  std::string path = dir.Write("page.txt.gz", testing::GzipMember("Title\n\nBody.\n"));
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, "Title\n\nBody.\n");
}

// --- One test per failure mode. ---

TEST(ReaderFailureTest, UnreadableFile) {
  TempDir dir;
  std::string path = dir.Write("locked.txt", "secret\n");
  if (::geteuid() != 0) {
    ::chmod(path.c_str(), 0);
    auto r = Read(path);
    EXPECT_TRUE(r.pages.empty());
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].path, path);
    EXPECT_NE(r.problems[0].message.find("cannot read"), std::string::npos);
  }
  // Root reads any file: a folder handed over as a file cannot be read.
  std::vector<Problem> problems;
  size_t n = ReadInput(InputFile{dir.path(), 0}, ReadOptions(), [](RawPage&&) {}, &problems);
  EXPECT_EQ(n, 0u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, dir.path());
  EXPECT_NE(problems[0].message.find("read error"), std::string::npos);
}

TEST(ReaderFailureTest, NonexistentFileHandedToReadInput) {
  std::vector<Problem> problems;
  size_t n = ReadInput(InputFile{"/nonexistent/x.txt", 0}, ReadOptions(), [](RawPage&&) {},
                       &problems);
  EXPECT_EQ(n, 0u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("No such file"), std::string::npos);
}

TEST(ReaderFailureTest, EmptyFile) {
  TempDir dir;
  std::string path = dir.Write("empty.txt", "");
  auto r = Read(path);
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, path);
  EXPECT_EQ(r.problems[0].message, "empty file");
}

TEST(ReaderFailureTest, WhiteSpaceOnlyFile) {
  TempDir dir;
  auto r = Read(dir.Write("blank.txt", "  \n\n\t\n"));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("white space"), std::string::npos);
}

TEST(ReaderFailureTest, BinaryFile) {
  TempDir dir;
  static const char kPng[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";
  std::string png(kPng, sizeof(kPng) - 1);
  std::string path = dir.Write("image.txt", png);
  auto r = Read(path);
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("binary"), std::string::npos);
}

TEST(ReaderFailureTest, BadUtf8IsRepairedAndReported) {
  TempDir dir;
  std::string path = dir.Write("bad.txt", "Deir ez-Zor \xE2\x80 city caf\xE9 ok\n");
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, "Deir ez-Zor \xEF\xBF\xBD city caf\xEF\xBF\xBD ok\n");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("2 sequences replaced"), std::string::npos);
}

TEST(ReaderFailureTest, MostlyInvalidUtf8IsRejected) {
  TempDir dir;
  std::string junk;
  for (int i = 0; i < 200; ++i) junk += static_cast<char>(0x80 + (i % 0x40));
  auto r = Read(dir.Write("junk.txt", "ab " + junk));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("not UTF-8"), std::string::npos);
}

TEST(ReaderFailureTest, HugeSingleLineFileIsSkippedWithoutReadingIt) {
  TempDir dir;
  std::string path = dir.path() + "/huge.txt";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fclose(f);
  }
  auto r = Read(path);
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("over the limit"), std::string::npos);
  // Without a known size (as from standard input) the page is drained, not held.
  std::vector<Problem> problems;
  size_t n = ReadInput(InputFile{path, 0}, ReadOptions(), [](RawPage&&) {}, &problems);
  EXPECT_EQ(n, 0u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("104857600 bytes"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ingest
