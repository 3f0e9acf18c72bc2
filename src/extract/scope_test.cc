// The scope filter: loading the cue lexicon (and its errors), cue counting,
// and the filter's rules through the extractor on sentences we wrote. Each
// rule is checked in pairs: the bare sentence keeps its event, the same
// sentence with an out-of-scope cue loses it, so a test fails when the
// trigger stops firing as well as when the filter stops filtering.
#include "extract/scope.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/actors.h"
#include "extract/extractor.h"

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(SITREP_SOURCE_DIR) + "/data";

const Extractor& Shared() {
  static const std::unique_ptr<Extractor> ex = [] {
    auto r = Extractor::Create(kData);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *ex;
}

const ScopeFilter& Filter() {
  static const std::unique_ptr<ScopeFilter> f = [] {
    auto r = ScopeFilter::Load(kData);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *f;
}

// Sub-event types of the events of a one-paragraph document.
std::vector<std::string> Types(const std::string& text) {
  Document d;
  d.id = d.source_id = "doc1";
  d.path = "/tmp/page.txt";
  d.content = text;
  d.meta.published = {"2021-03-20", "flag"};
  Segment s;
  s.label = SegmentLabel::kBody;
  s.text = text;
  s.end = text.size();
  d.segments.push_back(s);
  std::vector<Event> events;
  std::vector<Claim> claims;
  Shared().Extract(d, {}, &events, &claims);
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.sub_event_type);
  return out;
}

bool Has(const std::string& text, const std::string& type) {
  std::vector<std::string> t = Types(text);
  return std::find(t.begin(), t.end(), type) != t.end();
}

std::string TempData(const std::string& cues) {
  const ::testing::UnitTest& t = *::testing::UnitTest::GetInstance();
  fs::path dir = fs::temp_directory_path() /
                 ("scope_test_" + std::to_string(t.random_seed()) + t.current_test_info()->name());
  fs::create_directories(dir / "scope");
  std::ofstream(dir / "scope" / "cues.tsv") << cues;
  return dir.string();
}

// OutOfScope on a sentence and event built by hand: the reason names the cue.
std::string Why(const std::string& text, const std::string& type, const std::string& sub, const std::string& actor1,
                const std::string& lemma, const CueCounts& doc = {}) {
  Sentence s;
  s.evidence = text;
  s.toks = text::Tokenize(text);
  s.actors = FindActors(Shared().lexicon(), s.toks, 0, s.toks.size());
  Event e;
  e.event_type = type;
  e.sub_event_type = sub;
  e.actor1 = actor1;
  e.rule = "core.tsv:1 '" + lemma + "' active";
  return Filter().OutOfScope(Shared().lexicon(), e, s, doc);
}

TEST(ScopeLoad, MissingFolderIsNotFound) {
  auto r = ScopeFilter::Load("/nonexistent/sitrep-data");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().ToString().find("scope"), std::string::npos);
}

TEST(ScopeLoad, BadLinesNameFileAndLine) {
  auto r = ScopeFilter::Load(TempData("# comment\ncrime\tcharged with\nweather\train\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("cues.tsv:3"), std::string::npos) << r.status().ToString();
  r = ScopeFilter::Load(TempData("crime\tcharged with\textra\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("cues.tsv:1"), std::string::npos);
  r = ScopeFilter::Load(TempData("crime\tab*\n"));  // a first prefix needs 3 letters
  EXPECT_FALSE(r.ok());
}

TEST(ScopeFind, CountsExactPrefixAndPhraseCues) {
  auto f = ScopeFilter::Load(TempData("crime\tcharged with\ncrime\tnarcotic*\nsports\tdeficit\n"));
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  std::vector<text::Token> t = text::Tokenize("They were charged with selling narcotics, not with a deficit.");
  CueCounts n = (*f)->Find(t, 0, t.size());
  EXPECT_EQ(n[Cue::kCrime], 2);
  EXPECT_EQ(n.first[static_cast<int>(Cue::kCrime)], "charged with");
  EXPECT_EQ(n[Cue::kSports], 1);
  EXPECT_EQ(n[Cue::kPolitical], 0);
  // Skipping the token range of "narcotics" (token 5).
  CueCounts skipped = (*f)->Find(t, 0, t.size(), 5, 5);
  EXPECT_EQ(skipped[Cue::kCrime], 1);
}

TEST(ScopeFind, TeamLexiconLoads) {
  std::vector<text::Token> t = text::Tokenize("Opposition activists were detained by soldiers.");
  CueCounts n = Filter().Find(t, 0, t.size());
  EXPECT_GE(n[Cue::kPolitical], 2);
}

TEST(ScopeRules, CriminalArrestIsOut) {
  EXPECT_TRUE(Has("Police arrested a 23-year-old man on Friday.", "Arrests"));
  EXPECT_FALSE(Has("Police arrested a 23-year-old man on Friday and charged him with burglary.", "Arrests"));
  EXPECT_FALSE(Has("Anyone with information that leads to the arrest of the attackers should call police.", "Arrests"));
}

TEST(ScopeRules, ExtractorKeepsTheReason) {
  std::string text = "Police arrested a 23-year-old man on Friday and charged him with burglary.";
  Document d;
  d.id = d.source_id = "doc1";
  d.content = text;
  Segment seg;
  seg.label = SegmentLabel::kBody;
  seg.text = text;
  seg.end = text.size();
  d.segments.push_back(seg);
  std::vector<Event> events;
  std::vector<Claim> claims;
  std::vector<ScopedOut> out;
  Shared().Extract(d, {}, &events, &claims, &out);
  EXPECT_TRUE(events.empty());
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event.sub_event_type, "Arrests");
  EXPECT_EQ(out[0].reason, "crime cue 'burglary'") << out[0].reason;
}

TEST(ScopeRules, PoliticalArrestStays) {
  EXPECT_TRUE(Has("Police arrested 40 opposition activists in the capital on Friday and charged them with rioting.",
                  "Arrests"));
  EXPECT_TRUE(Has("Soldiers arrested three militants on Friday and charged them with possession of explosives.",
                  "Arrests"));
}

TEST(ScopeRules, SportsAndSkillsAreNoProtest) {
  EXPECT_TRUE(Has("Hundreds of farmers rallied outside parliament on Monday to demand lower fuel taxes.",
                  "Peaceful protest"));
  EXPECT_FALSE(Has("The Tigers rallied from a 12-point deficit to win the game on Monday.", "Peaceful protest"));
  EXPECT_FALSE(Has("Every scout must demonstrate leadership skills.", "Peaceful protest"));
  EXPECT_TRUE(Has("Thousands of workers marched through the city on Monday.", "Peaceful protest"));
  EXPECT_FALSE(Has("Thousands of bikers marched through the city on Monday for the annual motorcycle festival.",
                   "Peaceful protest"));
}

TEST(ScopeRules, NamesAreNoTriggers) {
  EXPECT_TRUE(Types("The council met on Monday, March 16, to discuss the budget.").empty());
  EXPECT_EQ(Why("The building took three years to finish, Mr. Lynch said.", "Riots", "Mob violence", "Rioters",
                "lynch"),
            "a name, not a trigger: 'Lynch'");
  EXPECT_EQ(Why("Villagers said a mob tried to lynch the two men.", "Riots", "Mob violence", "Rioters", "lynch"), "");
}

TEST(ScopeRules, PlannedProtestIsNoEventYet) {
  EXPECT_EQ(Why("Opposition parties are planning to launch protest rallies from April 9.", "Protests",
                "Peaceful protest", "Protesters", "rally"),
            "planned cue 'planning'");
  EXPECT_EQ(Why("Opposition supporters held protest rallies against the president on Friday.", "Protests",
                "Peaceful protest", "Protesters", "rally"),
            "");
}

TEST(ScopeRules, DomesticKillingIsOut) {
  EXPECT_TRUE(Has("Gunmen killed five villagers on Tuesday.", "Attack"));
  EXPECT_FALSE(Has("A man killed his girlfriend on Tuesday, the sheriff's office said.", "Attack"));
}

TEST(ScopeRules, AccidentAndDisasterAreOut) {
  EXPECT_EQ(Why("Two people were killed on Tuesday when a bus crashed into a truck.", "Violence against civilians",
                "Attack", "Unidentified Armed Group", "kill"),
            "accident cue 'crashed'");
  EXPECT_EQ(Why("Floods killed 12 people in the valley on Tuesday.", "Violence against civilians", "Attack",
                "Unidentified Armed Group", "kill"),
            "disaster cue 'floods'");
  EXPECT_EQ(Why("Canada announced new sanctions in response to the chemical weapons attack.",
                "Explosions/Remote violence", "Chemical weapon", "Unidentified Armed Group", "chemical weapon"),
            "diplomacy cue 'sanctions'");
  // Soldiers deployed to evacuate flood victims: no conflict event.
  EXPECT_EQ(Why("After torrential rains the army deployed troops to evacuate residents.", "Strategic developments",
                "Change to group/activity", "Military Forces of Chad", "deploy"),
            "disaster cue 'torrential'");
  // A disaster word right after an actor is what the actor does.
  EXPECT_EQ(Why("Israel floods Lebanese farmlands and destroys crops.", "Strategic developments",
                "Looting/property destruction", "Military Forces of Israel", "destroy"),
            "");
  // A named armed group makes it political whatever the cues.
  EXPECT_EQ(Why("Floods hampered the army, which killed 12 rebels on Tuesday.", "Battles", "Armed clash",
                "Military Forces of Chad", "kill"),
            "");
}

TEST(ScopeRules, CrimeStoryDocument) {
  CueCounts doc;
  doc.count[static_cast<int>(Cue::kCrime)] = 3;
  doc.first[static_cast<int>(Cue::kCrime)] = "sheriff";
  std::string why = Why("Smith was arrested on Friday.", "Strategic developments", "Arrests", "Police Forces", "arrest",
                        doc);
  EXPECT_EQ(why.rfind("crime story", 0), 0u) << why;
  doc.count[static_cast<int>(Cue::kPolitical)] = 1;  // one "reporters" in a crime story
  EXPECT_EQ(Why("Smith was arrested on Friday.", "Strategic developments", "Arrests", "Police Forces", "arrest", doc)
                .rfind("crime story", 0),
            0u);
  doc.count[static_cast<int>(Cue::kPolitical)] = 2;
  EXPECT_EQ(Why("Smith was arrested on Friday.", "Strategic developments", "Arrests", "Police Forces", "arrest", doc),
            "");
}

TEST(ScopeRules, ForcesCountWhenNamedAsForces) {
  EXPECT_EQ(Why("Sweden dropped its investigation into the rape allegation, prosecutors said.",
                "Violence against civilians", "Sexual violence", "Unidentified Armed Group", "rape"),
            "crime cue 'prosecutors'");
  // "warplanes" is no political cue: only the forces mention keeps it.
  EXPECT_EQ(Why("Swedish warplanes bombed the depot, prosecutors said.", "Strategic developments",
                "Disrupted weapons use", "Unidentified Armed Group", "bomb"),
            "");
}

TEST(ScopeRules, HistoryIsNoNews) {
  EXPECT_EQ(Why("Ten years ago, a gunman entered a church and killed seven people.", "Violence against civilians",
                "Attack", "Unidentified Armed Group", "kill"),
            "past cue 'years ago'");
  // Far from the trigger, the past cue is another clause's.
  EXPECT_EQ(Why("Protesters rallied against the government in the capital on Friday, reviving the chant of the "
                "revolution that brought in democracy ten years ago.",
                "Protests", "Peaceful protest", "Protesters", "rally"),
            "");
}

TEST(ScopeRules, RiotNeedsACrowd) {
  EXPECT_EQ(Why("His car was vandalised twice last week.", "Riots", "Violent demonstration", "Rioters", "vandalise"),
            "a riot with no crowd");
  EXPECT_EQ(Why("A mob vandalised two shops last week.", "Riots", "Violent demonstration", "Rioters", "vandalise"),
            "");
}

TEST(ScopeFilterTest, DropsWithReasonAndKeepsOrder) {
  auto sentence = [](const std::string& text, size_t start) {
    Sentence s;
    s.evidence = text;
    s.toks = text::Tokenize(text, start);
    s.start = start;
    s.end = start + text.size();
    return s;
  };
  std::vector<Sentence> ss = {sentence("Rebels attacked the village on Monday.", 0),
                              sentence("Deputies arrested him on a warrant for theft.", 100)};
  auto event = [](const Sentence& s, const std::string& type, const std::string& sub, const std::string& actor1,
                  const std::string& lemma) {
    Event e;
    e.event_type = type;
    e.sub_event_type = sub;
    e.actor1 = actor1;
    e.rule = "core.tsv:1 '" + lemma + "' active";
    e.evidence_start = s.start;
    e.evidence_end = s.end;
    return e;
  };
  std::vector<Event> events = {event(ss[0], "Battles", "Armed clash", "Rebels", "attack"),
                               event(ss[0], "Violence against civilians", "Attack", "Unidentified Armed Group",
                                     "attack"),
                               event(ss[1], "Strategic developments", "Arrests", "Police Forces", "arrest")};
  events.insert(events.begin(), Event{});  // an earlier document's event: untouched
  std::vector<ScopedOut> dropped;
  Filter().Filter(Shared().lexicon(), ss, 1, &events, &dropped);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].sub_event_type, "Armed clash");
  EXPECT_EQ(events[2].sub_event_type, "Attack");
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].event.sub_event_type, "Arrests");
  EXPECT_EQ(dropped[0].reason, "crime cue 'deputies'");
}

TEST(ScopeRules, RiotsStayWhateverTheCrimeAround) {
  EXPECT_TRUE(Has("An angry mob attacked a police station on Sunday after a man accused of theft died in custody.",
                  "Violent demonstration"));
}

}  // namespace
}  // namespace sitrep::extract
