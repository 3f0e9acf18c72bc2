// WARC and .warc.gz reading, with the archives built here, and one test per
// way a record can be bad.
#include <gtest/gtest.h>

#include "ingest/reader.h"
#include "ingest/testutil.h"

namespace sitrep::ingest {
namespace {

using testing::GzipMember;
using testing::Read;
using testing::TempDir;

std::string Record(const std::string& type, const std::string& uri, const std::string& id,
                   const std::string& content_type, const std::string& block,
                   const std::string& version = "WARC/1.0") {
  std::string r = version + "\r\n";
  r += "WARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Record-ID: <urn:uuid:" + id + ">\r\n";
  r += "WARC-Date: 2017-09-05T10:00:00Z\r\n";
  r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& content_type, const std::string& body,
                         const std::string& extra = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n" + extra +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

const char kPage1[] = "<html><head><title>One</title></head><body><p>First page.</p></body></html>";
const char kPage2[] = "<html><body><p>Second page.</p></body></html>";

// warcinfo, a request, an HTML response, an image response, an HTML resource.
std::vector<std::string> SampleRecords() {
  return {
      Record("warcinfo", "", "info", "application/warc-fields", "software: test\r\n"),
      Record("request", "http://example.com/1", "req1", "application/http; msgtype=request",
             "GET /1 HTTP/1.1\r\nHost: example.com\r\n\r\n"),
      Record("response", "http://example.com/1", "resp1", "application/http; msgtype=response",
             HttpResponse("text/html; charset=utf-8", kPage1)),
      Record("response", "http://example.com/logo.png", "img", "application/http; msgtype=response",
             HttpResponse("image/png", std::string("\x89PNG\0\0", 6))),
      Record("resource", "http://example.com/2", "res2", "text/html", kPage2, "WARC/1.1"),
  };
}

TEST(WarcTest, ReadsHtmlResponsesAndResources) {
  TempDir dir;
  std::string warc;
  for (const std::string& r : SampleRecords()) warc += r;
  auto r = Read(dir.Write("crawl.warc", warc));
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].ToString();
  ASSERT_EQ(r.pages.size(), 2u);
  const RawPage& p = r.pages[0];
  EXPECT_EQ(p.format, PageFormat::kHtml);
  EXPECT_EQ(p.content, kPage1);  // HTTP headers stripped
  EXPECT_EQ(p.source_id, "urn:uuid:resp1");
  EXPECT_EQ(p.record, "record 3");
  EXPECT_EQ(p.meta.url.value, "http://example.com/1");
  EXPECT_EQ(p.meta.url.source, "warc");
  EXPECT_EQ(r.pages[1].content, kPage2);
  EXPECT_EQ(r.pages[1].record, "record 5");
}

TEST(WarcTest, GzipMemberPerRecord) {
  TempDir dir;
  std::string gz;
  for (const std::string& r : SampleRecords()) gz += GzipMember(r);
  auto r = Read(dir.Write("crawl.warc.gz", gz));
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].ToString();
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].content, kPage1);
  EXPECT_EQ(r.pages[1].content, kPage2);
}

TEST(WarcTest, ChunkedAndGzipEncodedBodies) {
  TempDir dir;
  std::string body = kPage2;
  std::string chunked = "10\r\n" + body.substr(0, 16) + "\r\n" +
                        [&] {
                          char hex[16];
                          std::snprintf(hex, sizeof hex, "%zx", body.size() - 16);
                          return std::string(hex);
                        }() +
                        "\r\n" + body.substr(16) + "\r\n0\r\n\r\n";
  std::string http1 = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
                      chunked;
  std::string http2 = HttpResponse("text/html", GzipMember(kPage1), "Content-Encoding: gzip\r\n");
  std::string warc = Record("response", "http://e/1", "a", "application/http;msgtype=response", http1) +
                     Record("response", "http://e/2", "b", "application/http;msgtype=response", http2);
  auto r = Read(dir.Write("enc.warc", warc));
  ASSERT_TRUE(r.problems.empty()) << r.problems[0].ToString();
  ASSERT_EQ(r.pages.size(), 2u);
  EXPECT_EQ(r.pages[0].content, kPage2);
  EXPECT_EQ(r.pages[1].content, kPage1);
}

TEST(WarcFailureTest, TruncatedWarcGzYieldsRecordsBeforeTheCut) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string gz;
  for (size_t i = 0; i < 3; ++i) gz += GzipMember(records[i]);  // record 3: page one
  std::string cut = GzipMember(records[4]);
  gz += cut.substr(0, cut.size() / 2);
  std::string path = dir.Write("cut.warc.gz", gz);
  auto r = Read(path);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, kPage1);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, path);
  EXPECT_EQ(r.problems[0].where, "record 4");
  EXPECT_NE(r.problems[0].message.find("truncated at byte " + std::to_string(gz.size())),
            std::string::npos)
      << r.problems[0].message;
}

TEST(WarcFailureTest, TruncatedPlainWarc) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string warc = records[0] + records[2] + records[4].substr(0, records[4].size() - 30);
  auto r = Read(dir.Write("cut.warc", warc));
  ASSERT_EQ(r.pages.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "record 3");
  EXPECT_NE(r.problems[0].message.find("truncated at byte " + std::to_string(warc.size())),
            std::string::npos)
      << r.problems[0].message;
}

TEST(WarcFailureTest, CorruptGzipMember) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string bad = GzipMember(records[4]);
  for (size_t i = 12; i < bad.size() - 8; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5A);
  std::string gz = GzipMember(records[2]) + bad;
  auto r = Read(dir.Write("bad.warc.gz", gz));
  ASSERT_EQ(r.pages.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("gzip"), std::string::npos) << r.problems[0].message;
}

TEST(WarcFailureTest, BadContentLengthSkipsToNextRecord) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string broken = records[2];
  size_t at = broken.find("Content-Length: ", broken.find("WARC-Date"));
  broken.replace(at, broken.find("\r\n", at) - at, "Content-Length: lots");
  std::string warc = broken + records[4];
  auto r = Read(dir.Write("bad.warc", warc));
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, kPage2);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "record 1");
  EXPECT_NE(r.problems[0].message.find("Content-Length"), std::string::npos);
}

TEST(WarcFailureTest, GarbageBetweenRecords) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string warc = records[2] + "garbage line\r\nmore\r\n" + records[4];
  auto r = Read(dir.Write("g.warc", warc));
  ASSERT_EQ(r.pages.size(), 2u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "record 2");
  EXPECT_NE(r.problems[0].message.find("not a WARC record header"), std::string::npos);
}

TEST(WarcFailureTest, OversizedRecordIsSkipped) {
  TempDir dir;
  std::vector<std::string> records = SampleRecords();
  std::string big(200 * 1024, 'x');
  std::string warc = Record("resource", "http://e/big", "big", "text/html", "<p>" + big + "</p>") +
                     records[4];
  ReadOptions options;
  options.max_page_bytes = 64 * 1024;
  auto r = Read(dir.Write("big.warc", warc), options);
  ASSERT_EQ(r.pages.size(), 1u);
  EXPECT_EQ(r.pages[0].content, kPage2);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "record 1");
  EXPECT_NE(r.problems[0].message.find("over the limit"), std::string::npos);
}

TEST(WarcFailureTest, EmptyWarc) {
  TempDir dir;
  auto r = Read(dir.Write("e.warc", ""));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].message, "empty file");
}

TEST(WarcFailureTest, BinaryPayloadDeclaredAsHtml) {
  TempDir dir;
  std::string warc = Record("resource", "http://e/x", "x", "text/html", std::string("\0\1\2\3", 4));
  auto r = Read(dir.Write("b.warc", warc));
  EXPECT_TRUE(r.pages.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "record 1");
  EXPECT_NE(r.problems[0].message.find("binary"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::ingest
