#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace sitrep::text {
namespace {

std::vector<std::string> Lowers(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s)) out.push_back(t.lower);
  return out;
}

TEST(TokenizerTest, JoinsHyphensAndDotsInsideWords) {
  EXPECT_EQ(Lowers("pro-Assad forces took al-Kharata"),
            (std::vector<std::string>{"pro-assad", "forces", "took", "al-kharata"}));
  EXPECT_EQ(Lowers("U.S. jets, 18-20 km"), (std::vector<std::string>{"u.s.", "jets", ",", "18-20", "km"}));
  EXPECT_EQ(Lowers("1,285 truckloads"), (std::vector<std::string>{"1,285", "truckloads"}));
}

TEST(TokenizerTest, SplitsPossessiveAndFoldsCurlyApostrophe) {
  EXPECT_EQ(Lowers("the regime\xE2\x80\x99s military"),
            (std::vector<std::string>{"the", "regime", "'s", "military"}));
  EXPECT_EQ(Lowers("ISIS's hardware"), (std::vector<std::string>{"isis", "'s", "hardware"}));
}

TEST(TokenizerTest, KeepsByteOffsetsWithBase) {
  std::vector<Token> t = Tokenize("SANA said.", 100);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].start, 100u);
  EXPECT_EQ(t[0].end, 104u);
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_FALSE(t[2].is_word);
  EXPECT_EQ(t[2].start, 109u);
}

TEST(SentencesTest, SplitsAtFullStopsNotAbbreviations) {
  std::string text = "Col. Ryan Dillon spoke. The U.S. Army said. \xE2\x80\x9CWe won.\xE2\x80\x9D Then it ended";
  std::vector<SentenceSpan> s = SplitSentences(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "Col. Ryan Dillon spoke.");
  EXPECT_EQ(text.substr(s[1].start, s[1].end - s[1].start), "The U.S. Army said.");
  EXPECT_EQ(text.substr(s[2].start, s[2].end - s[2].start), "\xE2\x80\x9CWe won.\xE2\x80\x9D");
  EXPECT_EQ(text.substr(s[3].start, s[3].end - s[3].start), "Then it ended");
}

TEST(SentencesTest, LineBreakEndsASentence) {
  std::vector<SentenceSpan> s = SplitSentences("UPDATE 1700 GMT: footage\nPro-Assad outlets say");
  EXPECT_EQ(s.size(), 2u);
}

TEST(SentencesTest, LowerCaseAfterDotDoesNotSplit) {
  EXPECT_EQ(SplitSentences("It was 3.5 km away. and more").size(), 1u);
}

}  // namespace
}  // namespace sitrep::text
