// Extractor behaviour on hand-made documents (no geoparser): roles in each
// voice, pronouns across sentences, modality, attribution, time, fatalities,
// places from hand-made mentions, claims, and segment labels.
#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace sitrep::extract {
namespace {

const Extractor& Shared() {
  static const std::unique_ptr<Extractor> ex = [] {
    auto r = Extractor::Create(std::string(SITREP_SOURCE_DIR) + "/data");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *ex;
}

Document Doc(const std::string& text, SegmentLabel label = SegmentLabel::kBody) {
  Document d;
  d.id = "doc1";
  d.source_id = "doc1";
  d.path = "/tmp/page.txt";
  d.content = text;
  d.meta.published = {"2017-09-04", "flag"};
  Segment s;
  s.label = label;
  s.text = text;
  s.end = text.size();
  d.segments.push_back(s);
  return d;
}

PlaceMention Mention(const std::string& text, const std::string& name, const std::string& admin1,
                     const std::string& content) {
  PlaceMention m;
  m.mention = name;
  m.start = content.find(name);
  m.end = m.start + name.size();
  m.place.name = name;
  m.place.admin1 = admin1;
  m.place.country = "Syria";
  m.place.country_code = "SY";
  m.place.feature = "PPL";
  m.place.resolved = true;
  m.place.latitude = 35.0;
  m.place.longitude = 38.0;
  (void)text;
  return m;
}

struct Out {
  std::vector<Event> events;
  std::vector<Claim> claims;
};

Out ExtractFrom(const Document& doc, const std::vector<PlaceMention>& mentions = {}) {
  Out o;
  Shared().Extract(doc, mentions, &o.events, &o.claims);
  return o;
}

TEST(ExtractorTest, PassiveTerritoryWithPlaceAndWeekday) {
  std::string t = "The town of al-Sukhna was also taken by the Syrian army on Saturday.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "al-Sukhna", "Homs", t)});
  ASSERT_EQ(o.events.size(), 1u);
  const Event& e = o.events[0];
  EXPECT_EQ(e.sub_event_type, "Government regains territory");
  EXPECT_EQ(e.actor1, "Military Forces of Syria");
  EXPECT_EQ(e.location, "al-Sukhna");
  EXPECT_EQ(e.date, "2017-09-02");
  EXPECT_EQ(e.time_precision, 1);
  EXPECT_EQ(e.evidence, t);
  EXPECT_EQ(e.source.file, "page.txt");
  EXPECT_FALSE(e.rule.empty());
  EXPECT_EQ(e.id.size(), 16u);
}

TEST(ExtractorTest, NonStateActorOvertakesTerritory) {
  Out o = ExtractFrom(Doc("Last week ISIS fighters captured the town of Qaryatayn from the Syrian army."));
  ASSERT_EQ(o.events.size(), 1u);
  EXPECT_EQ(o.events[0].sub_event_type, "Non-state actor overtakes territory");
  EXPECT_EQ(o.events[0].actor1, "Islamic State");
  EXPECT_EQ(o.events[0].actor2, "Military Forces of Syria");
  EXPECT_EQ(o.events[0].date, "2017-08-28");
  EXPECT_EQ(o.events[0].time_precision, 2);
}

TEST(ExtractorTest, PronounTakesThePreviousSubjectAndClaimant) {
  Out o = ExtractFrom(Doc("The regime military has proclaimed a new offensive against ISIS. "
                  "On Friday it also asserted that it had cleared the last ISIS positions in the area."));
  ASSERT_EQ(o.events.size(), 1u);
  EXPECT_EQ(o.events[0].actor1, "Military Forces of Syria");
  EXPECT_EQ(o.events[0].claimed_by, "Military Forces of Syria");
  EXPECT_EQ(o.events[0].modality, Modality::kClaimed);
  EXPECT_EQ(o.events[0].date, "2017-09-01");
}

TEST(ExtractorTest, ForecastsHypotheticalsDenialsAndIntentsAreNoEvents) {
  EXPECT_TRUE(ExtractFrom(Doc("The army will capture the town of Mayadin within 48 hours.")).events.empty());
  EXPECT_TRUE(ExtractFrom(Doc("If the army closes the gap, ISIS militants will be encircled.")).events.empty());
  EXPECT_TRUE(ExtractFrom(Doc("The Syrian army denied that it had shelled the town of Mayadin.")).events.empty());
  EXPECT_TRUE(ExtractFrom(Doc("Trying to capture the town, the army waited.")).events.empty());
  EXPECT_TRUE(ExtractFrom(Doc("The Syrian army did not capture the town of Mayadin.")).events.empty());
}

TEST(ExtractorTest, CommentsAndBoilerplateYieldNothing) {
  std::string t = "Syrian Army took the town of Jobar and killed 20 ISIS fighters.";
  EXPECT_TRUE(ExtractFrom(Doc(t, SegmentLabel::kComment)).events.empty());
  EXPECT_TRUE(ExtractFrom(Doc(t, SegmentLabel::kBoilerplate)).events.empty());
  EXPECT_FALSE(ExtractFrom(Doc(t, SegmentLabel::kBody)).events.empty());
}

TEST(ExtractorTest, AttributionAndFatalitiesFromTheNextSentence) {
  Out o = ExtractFrom(Doc("Citing a military source, State news agency SANA said the pro-Assad forces captured "
                  "the town of Uqayribat. The source claimed more than 120 Islamic State fighters were killed."));
  ASSERT_EQ(o.events.size(), 1u);
  EXPECT_EQ(o.events[0].claimed_by, "SANA");
  ASSERT_TRUE(o.events[0].fatalities.has_value());
  EXPECT_EQ(*o.events[0].fatalities, 120);
  EXPECT_EQ(o.events[0].fatalities_qualifier, "more than");
  EXPECT_TRUE(o.events[0].fatalities_claimed);
}

TEST(ExtractorTest, GenericCountryForcesAndVictims) {
  Out o = ExtractFrom(Doc("Russian warplanes bombed the village, SANA reported. ISIS executed three young men in the city."));
  ASSERT_EQ(o.events.size(), 2u);
  EXPECT_EQ(o.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(o.events[0].actor1, "Military Forces of Russia");
  EXPECT_EQ(o.events[1].sub_event_type, "Attack");
  EXPECT_EQ(o.events[1].actor2, "Civilians");
  ASSERT_TRUE(o.events[1].fatalities.has_value());
  EXPECT_EQ(*o.events[1].fatalities, 3);
}

TEST(ExtractorTest, DistanceClaims) {
  std::string t = "Hezbollah said the pro-Assad advance is within 10 km (6.2 miles) of Mayadin.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.claims.size(), 1u);
  const Claim& c = o.claims[0];
  EXPECT_EQ(c.kind, "distance");
  EXPECT_FALSE(c.km_min.has_value());
  ASSERT_TRUE(c.km_max.has_value());
  EXPECT_EQ(*c.km_max, 10);
  EXPECT_EQ(c.subject, "Military Forces of Syria");
  EXPECT_EQ(c.reference, "Mayadin");
  EXPECT_EQ(c.claimed_by, "Hezbollah");
}

TEST(ExtractorTest, StatementWithSpeakerOrganisationTargetAndStance) {
  Out o = ExtractFrom(Doc("Iranian Foreign Ministry spokesman Bahram Qassemi claimed on Sunday that the US was "
                  "trying to tarnish the victory."));
  ASSERT_EQ(o.claims.size(), 1u);
  EXPECT_EQ(o.claims[0].kind, "statement");
  EXPECT_EQ(o.claims[0].speaker, "Bahram Qassemi");
  EXPECT_EQ(o.claims[0].speaker_org, "Government of Iran");
  EXPECT_EQ(o.claims[0].target, "Government of the United States");
  EXPECT_EQ(o.claims[0].stance, "criticize");
}

TEST(ExtractorTest, DisastersAreNoEvents) {
  EXPECT_TRUE(ExtractFrom(Doc("A magnitude 6 earthquake struck the province, killing 40 people.")).events.empty());
}

}  // namespace
}  // namespace sitrep::extract

namespace sitrep::extract {
namespace {

TEST(ExtractorTest, ClaimTakesTheDayOfItsSpeakersDatedStatement) {
  std::string t =
      "On Saturday, the army declared that it had taken the hills. "
      "\"Our troops will arrive at Mayadin in 24-48 hours,\" Ahmed Khalil Omran, the provincial governor, said. "
      "He estimated that the main force was 18-20 km away.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.claims.size(), 2u);
  for (const Claim& c : o.claims) {
    EXPECT_EQ(c.claimed_by, "Ahmed Khalil Omran") << c.kind;
    EXPECT_EQ(c.date, "2017-09-02") << c.kind << ": the statement of Saturday, not the publication day";
    EXPECT_EQ(c.time_precision, 1) << c.kind;
  }
  // A background fact with no claimant keeps the publication date.
  std::string u = "On Saturday, the army declared that it had taken the hills. Mayadin lies 45 km south of the dam.";
  Out p = ExtractFrom(Doc(u), {Mention(u, "Mayadin", "Deir ez-Zor", u)});
  ASSERT_EQ(p.claims.size(), 1u);
  EXPECT_EQ(p.claims[0].date, "2017-09-04");
}

TEST(ExtractorTest, DistanceReferenceIsTheCityNamedAfterOf) {
  std::string t =
      "The army recaptured the town of Tadmur on Saturday. "
      "The army said its forces were now 50 kilometres from the city of Mayadin.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Tadmur", "Homs", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.claims.size(), 1u);
  EXPECT_EQ(o.claims[0].reference, "Mayadin");
}

TEST(ExtractorTest, AnUndatedSentenceGoesOnInThePreviousEventsTime) {
  std::string t =
      "Gunmen attacked an army camp near Tadmur on Saturday, killing 12 soldiers. "
      "The attackers also shelled the camp at Mayadin. "
      "Residents said the army has been stretched thin. "
      "Soldiers clashed with the attackers near Mayadin.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Tadmur", "Homs", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_GE(o.events.size(), 3u);
  EXPECT_EQ(o.events[0].date, "2017-09-02");
  EXPECT_EQ(o.events[1].date, "2017-09-02") << "the next sentence goes on on Saturday";
  EXPECT_EQ(o.events[1].time_precision, 1);
  EXPECT_EQ(o.events.back().time_precision, 2) << "a sentence without events in between ends the frame";
}

TEST(ExtractorTest, EachTriggerTakesItsOwnPlace) {
  std::string t = "Syrian forces shelled the town of Tadmur on Monday, and fighting continued near Mayadin.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Tadmur", "Homs", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.events.size(), 2u);
  for (const Event& e : o.events) {
    EXPECT_EQ(e.location, e.sub_event_type == "Armed clash" ? "Mayadin" : "Tadmur") << e.sub_event_type;
  }
}

TEST(ExtractorTest, CoordinatedPlacesAreOneEventEach) {
  std::string t = "The army recaptured the villages of Tadmur and Mayadin from ISIS on Monday.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Tadmur", "Homs", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.events.size(), 2u);
  EXPECT_NE(o.events[0].location, o.events[1].location);
  EXPECT_NE(o.events[0].id, o.events[1].id);
  std::string u = "Fighting raged on the road between Tadmur and Mayadin on Monday.";
  Out p = ExtractFrom(Doc(u), {Mention(u, "Tadmur", "Homs", u), Mention(u, "Mayadin", "Deir ez-Zor", u)});
  EXPECT_LE(p.events.size(), 1u) << "a road between two places is one event";
}

TEST(ExtractorTest, TheDatelineIsNotWhereItHappened) {
  std::string t = "TADMUR \xE2\x80\x94 Gunmen attacked an army post on Monday, killing four soldiers. "
                  "The attackers fled into the desert.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "TADMUR", "Homs", t)});
  ASSERT_FALSE(o.events.empty());
  for (const Event& e : o.events) EXPECT_NE(e.location, "TADMUR") << e.evidence;
}

TEST(ExtractorTest, TheKillingOfAStrikeIsItsToll) {
  std::string t = "Russian warplanes struck ISIS positions near Mayadin on Monday, killing more than 120 militants.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.events.size(), 1u);
  EXPECT_EQ(o.events[0].sub_event_type, "Air/drone strike");
  ASSERT_TRUE(o.events[0].fatalities);
  EXPECT_EQ(*o.events[0].fatalities, 120);
}

// "the attack", "the bombings" after the story told its attack refer back to it.
TEST(ExtractorTest, ADefiniteNounRefersBackToTheEventTold) {
  std::string t = "Two car bombs exploded at the gates of a barracks in Hajin on Monday, killing 14 soldiers. "
                  "The bombings came two days after the army recaptured Mayadin. Police detained three men "
                  "suspected of helping to prepare the attack.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Hajin", "Deir ez-Zor", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  std::vector<std::string> types;
  for (const Event& e : o.events) types.push_back(e.sub_event_type);
  EXPECT_EQ(types, (std::vector<std::string>{"Remote explosive/landmine/IED", "Government regains territory",
                                             "Arrests"}));
}

// "after weeks of heavy fighting" spans the battle the story told.
TEST(ExtractorTest, DaysOfFightingSpanTheBattleTold) {
  std::string t = "The army recaptured Mayadin on Monday. Soldiers raised the flag over the town hall after "
                  "weeks of heavy fighting, the commander said.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.events.size(), 1u);
  EXPECT_EQ(o.events[0].sub_event_type, "Government regains territory");
}

TEST(ExtractorTest, AdvanceAndExtentAreNotDistancesFromAPlace) {
  std::string t =
      "The army recaptured the town of Tadmur on Saturday. "
      "The army said it had advanced up to 7 km in some places along a 40 km front. "
      "Its forces were now 12 km from the city of Mayadin.";
  Out o = ExtractFrom(Doc(t), {Mention(t, "Tadmur", "Homs", t), Mention(t, "Mayadin", "Deir ez-Zor", t)});
  ASSERT_EQ(o.claims.size(), 1u);
  EXPECT_EQ(o.claims[0].reference, "Mayadin");
  EXPECT_EQ(*o.claims[0].km_max, 12);
}

TEST(ExtractorTest, EvidenceIsTheDecodedSentence) {
  // content is the page as fetched; the segment text is what a reader sees.
  std::string content = "<p>The army&rsquo;s units captured the town of Tadmur from Islamic State on Saturday.</p>";
  std::string text = "The army\xE2\x80\x99s units captured the town of Tadmur from Islamic State on Saturday.";
  Document d = Doc(text);
  d.content = content;
  Segment& s = d.segments[0];
  s.start = 3;
  s.end = content.size() - 4;
  size_t entity = content.find("&rsquo;");
  size_t after = entity + 7;                      // content offset after the entity
  size_t text_after = text.find("s units");        // text offset after the quote mark
  s.offset_map = {{0, 3}, {static_cast<uint32_t>(text_after), static_cast<uint32_t>(after)}};
  PlaceMention m = Mention(content, "Tadmur", "Homs", content);
  Out o = ExtractFrom(d, {m});
  ASSERT_FALSE(o.events.empty());
  const Event& e = o.events[0];
  EXPECT_EQ(e.evidence, text);
  EXPECT_EQ(e.evidence_start, 3u);
  EXPECT_EQ(content.substr(e.evidence_end - 1, 1), ".");
}

}  // namespace
}  // namespace sitrep::extract
