// Unit tests for word splitting and obfuscation folding.
#include "moderate/fold.h"

#include <gtest/gtest.h>

namespace sitrep::moderate {
namespace {

std::vector<std::string> Texts(std::string_view s) {
  std::vector<std::string> out;
  for (const Word& w : FoldWords(s)) out.push_back(w.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Fold, LowerCaseAndPunctuation) {
  EXPECT_EQ(Texts("Assad, the (regime's) \"army\"!"), (V{"assad", "the", "regime", "army"}));
}

TEST(Fold, Leetspeak) {
  EXPECT_EQ(FoldWord("sh1t"), "shit");
  EXPECT_EQ(FoldWord("$hit"), "shit");
  EXPECT_EQ(FoldWord("b!tch"), "bitch");
  EXPECT_EQ(FoldWord("a$$hole"), "asshole");
  EXPECT_EQ(FoldWord("p0rn"), "porn");
  EXPECT_EQ(Texts("$hitty sh!t"), (V{"shitty", "shit"}));
}

TEST(Fold, CodesAndNumbersAreNotLeet) {
  EXPECT_EQ(Texts("T-72 MI35 350 m3"), (V{"t", "72", "mi35", "350", "m3"}));
}

TEST(Fold, MasksStayAsStars) {
  EXPECT_EQ(Texts("f*ck f**k sh#t"), (V{"f*ck", "f**k", "sh*t"}));
  auto w = FoldWords("F***!");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].text, "f***");
  EXPECT_TRUE(w[0].masked);
}

TEST(Fold, SpelledOutLetters) {
  EXPECT_EQ(Texts("a f.u.c.k.i.n.g mess"), (V{"a", "fucking", "mess"}));
  EXPECT_EQ(Texts("s-h-i-t"), (V{"shit"}));
  EXPECT_EQ(Texts("f u c k off"), (V{"fuck", "off"}));
  // Three spaced one-letter words are chat, not spelling.
  EXPECT_EQ(Texts("u r a loser"), (V{"you", "are", "a", "loser"}));
}

TEST(Fold, Contractions) {
  EXPECT_EQ(Texts("you're"), (V{"you", "are"}));
  EXPECT_EQ(Texts("I\xE2\x80\x99ll"), (V{"i", "will"}));
  EXPECT_EQ(Texts("don't won't it's"), (V{"do", "not", "will", "not", "it"}));
  EXPECT_EQ(Texts("ur youre"), (V{"your", "you", "are"}));
}

TEST(Fold, Elongation) {
  auto w = FoldWords("fuuuuck");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_TRUE(w[0].elongated);
  EXPECT_TRUE(EntryMatches("fuck*", w[0]));
  EXPECT_EQ(CollapseRuns("shiiiit"), "shit");
}

TEST(Fold, EntryMatching) {
  auto words = FoldWords("f*ck fucking f*** ***k as assessment");
  EXPECT_TRUE(EntryMatches("fuck", words[0]));
  EXPECT_TRUE(EntryMatches("fuck*", words[1]));
  EXPECT_TRUE(EntryMatches("fuck", words[2]));
  EXPECT_FALSE(EntryMatches("fuck", words[3]));  // a mask may not lead
  EXPECT_FALSE(EntryMatches("ass", words[4]));   // no collapsing without elongation
  EXPECT_FALSE(EntryMatches("ass", words[5]));
}

TEST(Fold, LinksEmailsPhones) {
  auto w = FoldWords("see https://Example.com/a?b=1, www.shop.net and goo.gl/x1 or me@mail.com; call +964 750 123 4567.");
  ASSERT_EQ(w.size(), 9u);
  EXPECT_EQ(w[1].kind, WordKind::kUrl);
  EXPECT_EQ(w[1].text, "https://example.com/a?b=1");
  EXPECT_EQ(w[2].kind, WordKind::kUrl);
  EXPECT_EQ(w[4].kind, WordKind::kUrl);
  EXPECT_EQ(w[6].kind, WordKind::kEmail);
  EXPECT_EQ(w[8].kind, WordKind::kPhone);
  EXPECT_EQ(w[7].text, "call");
}

TEST(Fold, DatesAndCountsAreNotPhones) {
  for (const auto& w : FoldWords("on 9/4/2017 and in 2014 2015 2016, 1,000,000 people, 350 m3/s")) {
    EXPECT_NE(w.kind, WordKind::kPhone) << w.text;
  }
}

TEST(Fold, OffsetsPointAtTheOriginalSpelling) {
  std::string text = "Well, you're a F*CK!ng idiot";
  for (const Word& w : FoldWords(text)) {
    EXPECT_LT(w.start, w.end);
    EXPECT_LE(w.end, text.size());
  }
  auto w = FoldWords(text);
  EXPECT_EQ(text.substr(w.back().start, w.back().end - w.back().start), "idiot");
}

}  // namespace
}  // namespace sitrep::moderate
