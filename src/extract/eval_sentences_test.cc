// Scores the Extractor on the team's gold sentence set
// (src/extract/testdata/sentences.jsonl, described in testdata/README.md).
//
// Each sentence becomes a one-segment Document (the sentence as body text,
// the gold publication date as metadata) and goes through
// Extractor::Extract with the geoparser's place mentions when the built
// gazetteer index ($SITREP_GAZETTEER, set by CTest, else the build tree's
// gazetteer.idx); with neither the test is skipped, since places decide the
// country of "the army" or "government troops".
// Two measures:
//   type accuracy: the sub-event type of the first extracted event equals the
//     gold one, "no event" counting as a class of its own (all sentences);
//   role accuracy: actor1 and actor2 of the first extracted event both equal
//     the gold ones after canonicalization (sentences with a gold event; a
//     missing event counts as wrong).
// Modality and claimed_by accuracy are printed for information. The test
// fails when type accuracy is below kMinAccuracy or role accuracy below
// kMinRoleAccuracy (issue 4's 0.85 target).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/json_records.h"
#include "extract/extractor.h"
#include "geo/gazetteer.h"
#include "geo/geoparser.h"
#include "sitrep/document.h"
#include "sitrep/event.h"

namespace sitrep::extract {
namespace {

constexpr double kMinAccuracy = 0.85;
// Issue 4 asks 0.85 for roles too. Measured 2026-11-23 (round 4c): 0.906 on all 285
// sentences, 0.883 on the original 202 (round 4b: 0.887 on 280, 0.870; round 4:
// 0.865 on 255, 0.852).
constexpr double kMinRoleAccuracy = 0.85;
constexpr const char* kNoEvent = "(none)";

struct GoldSentence {
  std::string id;
  std::string text;
  std::string published;
  std::vector<Event> events;
};

std::string SentencesPath() { return std::string(SITREP_SOURCE_DIR) + "/src/extract/testdata/sentences.jsonl"; }

// Reads the gold set; a malformed line fails the test with its line number.
std::vector<GoldSentence> LoadSentences(const std::string& path) {
  std::vector<GoldSentence> out;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      ADD_FAILURE() << path << ":" << n << ": not a sentence record";
      continue;
    }
    GoldSentence s;
    s.id = j.value("id", "");
    s.text = j["text"].get<std::string>();
    s.published = j.value("published", "");
    if (j.contains("events") && j["events"].is_array()) {
      for (const nlohmann::json& je : j["events"]) {
        Event e;
        Status st = FromJson(je, &e);
        if (!st.ok()) ADD_FAILURE() << path << ":" << n << ": " << st.ToString();
        s.events.push_back(std::move(e));
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

Document MakeDocument(const GoldSentence& s) {
  Document doc;
  doc.id = s.id;
  doc.source_id = s.id;
  doc.path = "sentences.jsonl";
  doc.content = s.text;
  doc.meta.published = {s.published, "jsonl"};
  Segment seg;
  seg.label = SegmentLabel::kBody;
  seg.text = s.text;
  seg.start = 0;
  seg.end = s.text.size();
  seg.start_line = seg.end_line = 1;
  doc.segments.push_back(std::move(seg));
  return doc;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t b = s.find_first_not_of(' ');
  size_t e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Gold writes Protesters, Rioters, Civilians and Unidentified Armed Group
// without ACLED's country suffix, and "Police Forces" without a country
// when the sentence names none: any country is accepted there.
bool ActorsMatch(const std::string& gold, const std::string& predicted) {
  std::string g = Lower(gold), p = Lower(predicted);
  if (g == p) return true;
  for (const char* generic : {"protesters", "rioters", "civilians", "unidentified armed group"}) {
    if (g == generic && p.rfind(std::string(generic) + " (", 0) == 0) return true;
  }
  return g == "police forces" && p.rfind("police forces of ", 0) == 0;
}

struct Tally {
  int sentences = 0, type_right = 0;
  int with_event = 0, roles_right = 0, modality_right = 0, claimant_right = 0;
  std::vector<std::string> misses;  // one line per error, for the log
};

void ScoreOne(const GoldSentence& s, const std::vector<Event>& events, Tally* t) {
  std::string gold_type = s.events.empty() ? kNoEvent : s.events[0].sub_event_type;
  std::string got_type = events.empty() ? kNoEvent : events[0].sub_event_type;
  ++t->sentences;
  bool type_ok = gold_type == got_type;
  t->type_right += type_ok;
  if (!type_ok) t->misses.push_back(s.id + " type: gold " + gold_type + ", got " + got_type);
  if (s.events.empty()) return;
  ++t->with_event;
  if (events.empty()) return;
  const Event& g = s.events[0];
  const Event& e = events[0];
  bool roles_ok = ActorsMatch(g.actor1, e.actor1) && ActorsMatch(g.actor2, e.actor2);
  t->roles_right += roles_ok;
  if (!roles_ok) {
    t->misses.push_back(s.id + " roles: gold [" + g.actor1 + " | " + g.actor2 + "], got [" +
                        e.actor1 + " | " + e.actor2 + "]");
  }
  t->modality_right += g.modality == e.modality;
  t->claimant_right += ActorsMatch(g.claimed_by, e.claimed_by);
}

// The geoparser over the built index, or null (with a note) when there is none.
struct Geo {
  std::unique_ptr<geo::Gazetteer> gazetteer;
  std::unique_ptr<geo::Geoparser> parser;
};

// The index CTest names in $SITREP_GAZETTEER, else the one the build tree
// makes (the test run by hand); empty when neither exists.
std::string GazetteerPath() {
  const char* env = std::getenv("SITREP_GAZETTEER");
  std::string path = env && *env ? env : std::string(SITREP_BINARY_DIR) + "/gazetteer.idx";
  return std::filesystem::exists(path) ? path : "";
}

Geo OpenGeo(const std::string& path) {
  Geo g;
  auto gazetteer = geo::Gazetteer::Open(path);
  if (!gazetteer.ok()) {
    ADD_FAILURE() << gazetteer.status().ToString();
    return g;
  }
  auto parser = geo::Geoparser::Create(gazetteer->get());
  if (!parser.ok()) {
    ADD_FAILURE() << parser.status().ToString();
    return g;
  }
  g.gazetteer = std::move(*gazetteer);
  g.parser = std::move(*parser);
  return g;
}

double Ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

// $SITREP_EVAL_SHOW="s004,s011" prints every event of those sentences with
// its rule and place, for working on a miss.
void Show(const GoldSentence& s, const std::vector<Event>& events) {
  const char* show = std::getenv("SITREP_EVAL_SHOW");
  if (!show || ("," + std::string(show) + ",").find("," + s.id + ",") == std::string::npos) return;
  std::printf("  %s: %s\n", s.id.c_str(), s.text.c_str());
  for (const Event& e : events) {
    std::printf("    %s [%s | %s] at %s (%s) by %s; %s\n", e.sub_event_type.c_str(), e.actor1.c_str(),
                e.actor2.c_str(), e.location.c_str(), e.place.country_code.c_str(), e.claimed_by.c_str(),
                e.rule.c_str());
  }
}

// The first 202 sentences are the set as it stood before round 3; their
// score is printed on its own so later additions cannot hide a change.
bool Original(const GoldSentence& s) {
  return s.id.size() == 4 && s.id[0] == 's' && std::atoi(s.id.c_str() + 1) <= 202;
}

TEST(EvalSentencesTest, TypeAndRoleAccuracy) {
  std::vector<GoldSentence> gold = LoadSentences(SentencesPath());
  ASSERT_GE(gold.size(), 150u) << "the gold set should hold at least 150 sentences";
  auto extractor = Extractor::Create(std::string(SITREP_SOURCE_DIR) + "/data");
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();

  // Places decide whose "the army" is: scored without them the bar means
  // something else, so the test does not run.
  std::string gazetteer = GazetteerPath();
  if (gazetteer.empty()) {
    GTEST_SKIP() << "no gazetteer index ($SITREP_GAZETTEER or " << SITREP_BINARY_DIR
                 << "/gazetteer.idx): build the `gazetteer` target";
  }
  Geo geo = OpenGeo(gazetteer);
  ASSERT_TRUE(geo.parser) << "cannot open the gazetteer index " << gazetteer;
  Tally t, original;
  for (const GoldSentence& s : gold) {
    Document doc = MakeDocument(s);
    std::vector<PlaceMention> mentions;
    if (geo.parser) mentions = geo.parser->Parse(doc);
    std::vector<Event> events;
    std::vector<Claim> claims;
    (*extractor)->Extract(doc, mentions, &events, &claims);
    ScoreOne(s, events, &t);
    if (Original(s)) ScoreOne(s, events, &original);
    Show(s, events);
  }
  for (const std::string& m : t.misses) std::printf("  miss %s\n", m.c_str());
  double type_acc = Ratio(t.type_right, t.sentences);
  double role_acc = Ratio(t.roles_right, t.with_event);
  std::printf("sentences %d: type accuracy %.3f (%d/%d), role accuracy %.3f (%d/%d)\n",
              t.sentences, type_acc, t.type_right, t.sentences, role_acc, t.roles_right,
              t.with_event);
  std::printf("modality accuracy %.3f, claimed_by accuracy %.3f (of %d gold events)\n",
              Ratio(t.modality_right, t.with_event), Ratio(t.claimant_right, t.with_event),
              t.with_event);
  std::printf("original %d: type accuracy %.3f, role accuracy %.3f (%d/%d)\n", original.sentences,
              Ratio(original.type_right, original.sentences), Ratio(original.roles_right, original.with_event),
              original.roles_right, original.with_event);
  EXPECT_GE(type_acc, kMinAccuracy);
  EXPECT_GE(role_acc, kMinRoleAccuracy);
}

PlaceMention At(const std::string& text, const std::string& name, const std::string& iso2,
               const std::string& feature) {
  PlaceMention m;
  m.mention = name;
  m.start = text.find(name);
  m.end = m.start + name.size();
  m.place.name = name;
  m.place.country_code = iso2;
  m.place.feature = feature;
  m.place.resolved = true;
  return m;
}

// "The soldiers" of a sentence set in another country than the document's
// are that country's ("In neighbouring Burkina Faso, ... soldiers near
// Djibo" in a story about Mali), and of the home country otherwise.
TEST(EvalSentencesTest, GenericForcesBelongToTheSentencesCountry) {
  auto extractor = Extractor::Create(std::string(SITREP_SOURCE_DIR) + "/data");
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
  GoldSentence s;
  s.id = "x1";
  s.published = "2019-10-01";
  s.text = "Soldiers repelled an attack on their camp near Boulkessi on Monday. Soldiers also fought off "
           "gunmen near Mondoro. In Burkina Faso, soldiers clashed with gunmen near Djibo on Sunday.";
  Document doc = MakeDocument(s);
  std::vector<PlaceMention> places = {At(s.text, "Boulkessi", "ML", "PPL"), At(s.text, "Mondoro", "ML", "PPL"),
                                      At(s.text, "Burkina Faso", "BF", "PCLI"), At(s.text, "Djibo", "BF", "PPL")};
  std::vector<Event> events;
  std::vector<Claim> claims;
  (*extractor)->Extract(doc, places, &events, &claims);
  std::set<std::string> armies;
  for (const Event& e : events) {
    for (const std::string& a : {e.actor1, e.actor2}) {
      if (a.rfind("Military Forces of ", 0) == 0) armies.insert(a + " at " + e.location);
    }
  }
  EXPECT_TRUE(armies.count("Military Forces of Mali at Boulkessi")) << testing::PrintToString(armies);
  EXPECT_TRUE(armies.count("Military Forces of Burkina Faso at Djibo")) << testing::PrintToString(armies);
}

// The scorer's own rules, so a scoring change cannot silently move the bar.
TEST(EvalSentencesTest, ActorCanonicalization) {
  EXPECT_TRUE(ActorsMatch("Protesters", "Protesters (Iraq)"));
  EXPECT_TRUE(ActorsMatch("Police Forces", "Police Forces of Kenya"));
  EXPECT_TRUE(ActorsMatch("Islamic State", "islamic state"));
  EXPECT_TRUE(ActorsMatch("", ""));
  EXPECT_FALSE(ActorsMatch("Police Forces of Iraq", "Police Forces of Kenya"));
  EXPECT_FALSE(ActorsMatch("Islamic State", "Islamic State West Africa Province"));
  EXPECT_FALSE(ActorsMatch("Civilians", ""));
  EXPECT_FALSE(ActorsMatch("", "Civilians"));
}

}  // namespace
}  // namespace sitrep::extract
