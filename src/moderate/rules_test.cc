// One test per rule of the shared rules (data/moderation/rules.inc) through
// the Rudaw policy, plus the policy parser and policy selection.
#include <gtest/gtest.h>

#include "moderate/moderator.h"

namespace sitrep::moderate {
namespace {

const std::string kDataDir = std::string(SITREP_SOURCE_DIR) + "/data/moderation";
const std::string kTopic = "Syrian army breaks the ISIS siege of Deir ez-Zor with Russian air support";

class RulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto p = LoadPolicy(kDataDir + "/rudaw.policy");
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    auto m = Moderator::Create(std::move(*p));
    ASSERT_TRUE(m.ok());
    m_ = std::move(*m);
  }
  Decision Judge(std::string_view text) const { return m_->Judge(text, m_->MakeTopic(kTopic)); }
  std::string RuleOf(std::string_view text) const {
    Decision d = Judge(text);
    return d.reject ? d.rule : "approve";
  }
  std::unique_ptr<Moderator> m_;
};

TEST_F(RulesTest, Profanity) {
  EXPECT_EQ(RuleOf("This fucking siege."), "profanity");
  EXPECT_EQ(RuleOf("F*CK the regime."), "profanity");
  EXPECT_EQ(RuleOf("What a s-h-i-t show in Deir ez-Zor."), "profanity");
  EXPECT_EQ(RuleOf("Damn, the army finally broke the siege."), "approve");
  EXPECT_EQ(RuleOf("The shelling of the city continued."), "approve");
}

TEST_F(RulesTest, Vulgarity) {
  EXPECT_EQ(RuleOf("The regime can kiss my ass."), "vulgarity");
  EXPECT_EQ(RuleOf("Their commander is a dick."), "vulgarity");
  EXPECT_EQ(RuleOf("Kicking butt in the desert, the army advanced."), "approve");
  EXPECT_EQ(RuleOf("A good analysis of the siege."), "approve");
}

TEST_F(RulesTest, Threat) {
  EXPECT_EQ(RuleOf("I will kill you."), "threat");
  EXPECT_EQ(RuleOf("I'll find you, writer."), "threat");
  EXPECT_EQ(RuleOf("I would like to see the siege end."), "approve");
  EXPECT_EQ(RuleOf("You deserve to die."), "threat");
  EXPECT_EQ(RuleOf("The governor should be hanged."), "threat");
  EXPECT_EQ(RuleOf("Civilians should not be killed in this war."), "approve");
  EXPECT_EQ(RuleOf("Assad should be tried for war crimes."), "approve");
  EXPECT_EQ(RuleOf("Twenty soldiers were killed near the airbase."), "approve");
}

TEST_F(RulesTest, PersonalAttack) {
  EXPECT_EQ(RuleOf("You are an idiot."), "personal_attack");
  EXPECT_EQ(RuleOf("you moron"), "personal_attack");
  EXPECT_EQ(RuleOf("You're so delusional about the siege."), "personal_attack");
  EXPECT_EQ(RuleOf("Shut up about the army."), "personal_attack");
  EXPECT_EQ(RuleOf("The reporter is a clown."), "personal_attack");
  EXPECT_EQ(RuleOf("You are not an idiot, just misinformed about the siege."), "approve");
  EXPECT_EQ(RuleOf("You are wrong about the siege, the army held the airbase."), "approve");
  EXPECT_EQ(RuleOf("Putin is an idiot and Assad a butcher."), "approve");  // public figures
}

TEST_F(RulesTest, Abuse) {
  EXPECT_EQ(RuleOf("All Kurds are traitors."), "abuse");
  EXPECT_EQ(RuleOf("Arabs are animals."), "abuse");
  EXPECT_EQ(RuleOf("Go back to your country."), "abuse");
  EXPECT_EQ(RuleOf("Those r@gheads in the city."), "abuse");
  EXPECT_EQ(RuleOf("ISIS are terrorists and animals."), "approve");  // an organisation
  EXPECT_EQ(RuleOf("Kurds are fighting bravely near the city."), "approve");
  EXPECT_EQ(RuleOf("Russians are bombing civilians."), "approve");
}

TEST_F(RulesTest, Promotion) {
  EXPECT_EQ(RuleOf("Check out my channel for siege videos."), "promotion");
  EXPECT_EQ(RuleOf("Write to me at someone@example.com"), "promotion");
  EXPECT_EQ(RuleOf("Call 0750 123 4567 for the army's story"), "promotion");
  EXPECT_EQ(RuleOf("Siege photos at http://www.cheap-pills-shop.com"), "promotion");
  EXPECT_EQ(RuleOf("Source for the siege: https://www.reuters.com/article/syria-deir"), "approve");
  EXPECT_EQ(RuleOf("Turkey gets cheap gas from Russia, the army gets the oil."), "approve");
}

TEST_F(RulesTest, Relevance) {
  EXPECT_EQ(RuleOf("Anyone know a good pizza place in Berlin open late tonight?"), "relevance");
  EXPECT_EQ(RuleOf("Great article, thanks."), "approve");       // too short to judge
  EXPECT_EQ(RuleOf("Rudaw, your reporting is getting better and better."), "approve");
  EXPECT_EQ(RuleOf("Hezbollah did the hard fighting, not the Syrian army."), "approve");
}

TEST_F(RulesTest, ReasonQuotesTheCommentAndThePolicy) {
  Decision d = Judge("Well, F*CK this.");
  ASSERT_TRUE(d.reject);
  EXPECT_EQ(d.trigger, "F*CK");
  EXPECT_EQ(d.trigger_start, 6u);
  EXPECT_NE(d.reason.find("\"F*CK\""), std::string::npos) << d.reason;
  EXPECT_NE(d.reason.find("profanity"), std::string::npos) << d.reason;
}

TEST(Policy, ParseErrorsNameFileAndLine) {
  auto p = ParsePolicy("policy x\nrule r\n  pattern (a|b\n", "x.policy");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("x.policy:3"), std::string::npos) << p.status().message();
  auto q = ParsePolicy("policy x\nrule r\n  pattern @nothing\n", "x.policy");
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().message().find("@nothing"), std::string::npos);
  EXPECT_FALSE(ParsePolicy("policy x\nbogus line\n", "x.policy").ok());
}

TEST(Policy, ReopenedRuleTakesTheOutletsQuote) {
  auto p = ParsePolicy("policy x\nlexicon l = bad\nrule r\n  pattern @l\nrule r\n  quote \"No bad words\"\n", "x");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->rules.size(), 1u);
  EXPECT_EQ(p->rules[0].quote, "No bad words");
}

TEST(Policy, SelectByOutletOrHostElseDefault) {
  auto ps = LoadPolicyDir(kDataDir);
  ASSERT_TRUE(ps.ok()) << ps.status().ToString();
  const Policy* rudaw = SelectPolicy(*ps, "Rudaw", "");
  ASSERT_NE(rudaw, nullptr);
  EXPECT_EQ(rudaw->name, "rudaw");
  EXPECT_EQ(SelectPolicy(*ps, "", "https://www.rudaw.net/english/x")->name, "rudaw");
  EXPECT_EQ(SelectPolicy(*ps, "Some Paper", "https://paper.example/x")->name, "default");
}

}  // namespace
}  // namespace sitrep::moderate
