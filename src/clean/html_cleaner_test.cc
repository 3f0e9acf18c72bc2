// Tests of CleanHtml on the team's own pages in src/clean/testdata/.
//
// Each page states its expected labels in its own markup: an element with
// data-expect="LABEL" (or "comment:DEPTH", "update:TIME") must lie in a
// segment with that label, depth or time. The cleaner ignores data-*
// attributes, so the expectations are written once, by hand, beside the
// text they are about. Other tests check metadata values and sources and
// that offsets lead back to the very characters of the page.
#include "clean/html_cleaner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sitrep::clean {
namespace {

const std::string kDir = std::string(SITREP_SOURCE_DIR) + "/src/clean/testdata/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> PageNames() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(kDir)) {
    if (e.path().extension() == ".html") names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct Cleaned {
  RawPage page;
  std::vector<Segment> segments;
  PageMeta meta;
};

Cleaned Clean(const std::string& name) {
  Cleaned c;
  c.page.path = kDir + name;
  c.page.format = PageFormat::kHtml;
  c.page.content = ReadFile(c.page.path);
  Status s = CleanHtml(c.page, &c.segments, &c.meta);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return c;
}

// Offset of the first text character after the tag holding `attr_pos`.
size_t TextAfterTag(const std::string& html, size_t attr_pos) {
  size_t p = html.find('>', attr_pos);
  while (p != std::string::npos) {
    ++p;
    while (p < html.size() && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
    if (p < html.size() && html[p] == '<') {
      p = html.find('>', p);
      continue;
    }
    return p;
  }
  return std::string::npos;
}

const Segment* SegmentAt(const std::vector<Segment>& segments, size_t offset) {
  for (const Segment& s : segments) {
    if (s.start <= offset && offset < s.end) return &s;
  }
  return nullptr;
}

TEST(HtmlCleanerTest, ThereAreAtLeastTwentyPages) { EXPECT_GE(PageNames().size(), 20u); }

TEST(HtmlCleanerTest, EveryExpectationInEveryPageHolds) {
  int checked = 0;
  for (const std::string& name : PageNames()) {
    Cleaned c = Clean(name);
    const std::string& html = c.page.content;
    const std::string key = "data-expect=\"";
    for (size_t at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
      size_t vb = at + key.size();
      std::string want = html.substr(vb, html.find('"', vb) - vb);
      std::string label = want.substr(0, want.find(':'));
      size_t text = TextAfterTag(html, at);
      const Segment* s = SegmentAt(c.segments, text);
      std::string where = name + " byte " + std::to_string(text) + " (" + html.substr(text, 40) + ")";
      ++checked;
      if (s == nullptr) {
        ADD_FAILURE() << where << ": no segment, want " << want;
        continue;
      }
      EXPECT_EQ(LabelName(s->label), label) << where << ": " << s->text.substr(0, 80);
      if (want.starts_with("comment:")) {
        EXPECT_EQ(std::to_string(s->depth), want.substr(8)) << where;
      }
      if (want.starts_with("update:")) {
        EXPECT_EQ(s->time, want.substr(7)) << where;
      }
    }
  }
  EXPECT_GT(checked, 150);
}

TEST(HtmlCleanerTest, OffsetsLeadBackToTheSameCharacters) {
  for (const std::string& name : PageNames()) {
    Cleaned c = Clean(name);
    const std::string& html = c.page.content;
    for (const Segment& s : c.segments) {
      ASSERT_LE(s.start, s.end) << name;
      ASSERT_LE(s.end, html.size()) << name;
      if (s.offset_map.empty()) {
        EXPECT_EQ(s.text, html.substr(s.start, s.end - s.start)) << name;
        continue;
      }
      for (size_t i = 0; i < s.text.size(); ++i) {
        if (!std::isalnum(static_cast<unsigned char>(s.text[i]))) continue;
        size_t o = s.OriginalOffset(i);
        ASSERT_LT(o, html.size()) << name;
        ASSERT_EQ(html[o], s.text[i]) << name << " segment '" << s.text << "' pos " << i;
      }
    }
  }
}

TEST(HtmlCleanerTest, LinesCountFromOne) {
  Cleaned c = Clean("wp_deir_ezzor_comments.html");
  ASSERT_FALSE(c.segments.empty());
  for (const Segment& s : c.segments) {
    int line = 1 + static_cast<int>(std::count(c.page.content.begin(),
                                               c.page.content.begin() + s.start, '\n'));
    EXPECT_EQ(s.start_line, line) << s.text;
    EXPECT_GE(s.end_line, s.start_line);
  }
}

TEST(HtmlCleanerTest, EntitiesAreDecodedAndSpacesCollapsed) {
  Cleaned c = Clean("entities_aleppo.html");
  std::vector<std::string> body;
  for (const Segment& s : c.segments) {
    if (s.label == SegmentLabel::kBody) body.push_back(s.text);
  }
  ASSERT_EQ(body.size(), 4u);
  EXPECT_TRUE(body[0].starts_with("ALEPPO\u00a0\u2014 The first") || body[0].starts_with("ALEPPO \u2014 The first"))
      << body[0];
  EXPECT_NE(body[0].find("Russia & Turkey"), std::string::npos) << body[0];
  EXPECT_NE(body[1].find("\u201cThey told us"), std::string::npos) << body[1];
  EXPECT_NE(body[2].find("\"working around the clock\""), std::string::npos) << body[2];
  EXPECT_NE(body[3].find("rebels, residents waited for buses"), std::string::npos) << body[3];
}

TEST(HtmlCleanerTest, CommentParagraphsMergeIntoOneSegment) {
  Cleaned c = Clean("wp_deir_ezzor_comments.html");
  std::vector<const Segment*> comments;
  for (const Segment& s : c.segments) {
    if (s.label == SegmentLabel::kComment) comments.push_back(&s);
  }
  ASSERT_EQ(comments.size(), 4u);
  EXPECT_EQ(comments[0]->text,
            "My uncle lives near the hospital district and says the bread queues were the first "
            "thing to change today. He has not seen fresh vegetables in months.");
  EXPECT_EQ(comments[0]->time, "September 5, 2017 at 7:02 pm");
  EXPECT_EQ(comments[1]->depth, 1);
  EXPECT_EQ(comments[2]->depth, 2);
  EXPECT_EQ(comments[2]->time, "September 6, 2017 at 8:01 am");
  EXPECT_TRUE(comments[3]->text.starts_with("Pingback:"));
  size_t he = comments[0]->text.find("He has");
  EXPECT_EQ(c.page.content.compare(comments[0]->OriginalOffset(he), 6, "He has"), 0);
}

TEST(HtmlCleanerTest, JsonLdMetadataWins) {
  Cleaned c = Clean("wp_deir_ezzor_comments.html");
  EXPECT_EQ(c.meta.title.value, "Army convoy reaches Deir ez-Zor garrison after three-year siege");
  EXPECT_EQ(c.meta.title.source, "json-ld");
  EXPECT_EQ(c.meta.published.value, "2017-09-05");
  EXPECT_EQ(c.meta.published.source, "json-ld");
  EXPECT_EQ(c.meta.author.value, "Rana Haddad");
  EXPECT_EQ(c.meta.outlet.value, "Euphrates Ledger");
  EXPECT_EQ(c.meta.outlet.source, "json-ld");
  EXPECT_EQ(c.meta.url.value, "https://euphrates-ledger.example/2017/09/05/convoy-deir-ez-zor/");
  EXPECT_EQ(c.meta.url.source, "open-graph");
  EXPECT_EQ(c.meta.language.value, "en");
}

TEST(HtmlCleanerTest, JsonLdGraphAndBrokenScript) {
  Cleaned c = Clean("jsonld_graph_hodeidah.html");
  EXPECT_EQ(c.meta.title.value, "Coalition strikes hit Hodeidah port area");
  EXPECT_EQ(c.meta.published.value, "2017-11-02");
  EXPECT_EQ(c.meta.published.source, "json-ld");
  EXPECT_EQ(c.meta.author.value, "Huda al-Ahmadi");
  EXPECT_EQ(c.meta.outlet.value, "Red Sea Monitor");
  EXPECT_EQ(c.meta.url.value, "https://redseamonitor.example/yemen/hodeidah-strikes");
}

TEST(HtmlCleanerTest, OpenGraphOnly) {
  Cleaned c = Clean("og_only_mosul.html");
  EXPECT_EQ(c.meta.title.value, "Iraqi forces reach the Tigris in western Mosul");
  EXPECT_EQ(c.meta.title.source, "open-graph");
  EXPECT_EQ(c.meta.outlet.value, "Two Rivers Review");
  EXPECT_EQ(c.meta.published.value, "2017-06-29");
  EXPECT_EQ(c.meta.published.source, "open-graph");
  EXPECT_EQ(c.meta.url.value, "https://tworivers.example/news/mosul-tigris");
  EXPECT_TRUE(c.meta.author.empty()) << "an author URL is not a name";
}

TEST(HtmlCleanerTest, PlainMetaTags) {
  Cleaned c = Clean("meta_tags_khartoum.html");
  EXPECT_EQ(c.meta.title.value, "Fighting spreads to Omdurman as truce collapses");
  EXPECT_EQ(c.meta.title.source, "html-meta");
  EXPECT_EQ(c.meta.author.value, "Amna Osman");
  EXPECT_EQ(c.meta.author.source, "html-meta");
  EXPECT_EQ(c.meta.published.value, "2023-05-20");
  EXPECT_EQ(c.meta.published.source, "html-meta");
  EXPECT_TRUE(c.meta.outlet.empty());
}

TEST(HtmlCleanerTest, EntitiesInMetadataAreDecoded) {
  Cleaned c = Clean("entities_aleppo.html");
  EXPECT_EQ(c.meta.title.value, "Evacuation buses leave eastern Aleppo & besieged villages");
  EXPECT_EQ(c.meta.outlet.value, "Orontes & Co. News");
}

TEST(HtmlCleanerTest, EmptyAndTextOnlyInput) {
  for (std::string content : {std::string(), std::string("just a line of text"),
                              std::string("<p>unclosed <b>tags <script>var x = '</p>';")}) {
    RawPage page;
    page.content = content;
    std::vector<Segment> segments;
    PageMeta meta;
    ASSERT_TRUE(CleanHtml(page, &segments, &meta).ok());
    for (const Segment& s : segments) EXPECT_LE(s.end, content.size());
  }
}

}  // namespace
}  // namespace sitrep::clean
