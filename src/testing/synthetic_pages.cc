// Page rendering: a headline, a dateline with the outlet and publication
// date, the event sentence in one of several wordings (the date as a weekday,
// as "on 5 March", "last week" or "in March" according to its precision),
// the attribution, the casualty figure, and two or three background
// sentences about other places, so that no two pages read alike.
#include <cstdio>
#include <vector>

#include "testing/synthetic_internal.h"

namespace sitrep::testing {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdays[] = {"Thursday", "Friday", "Saturday", "Sunday",
                                 "Monday",   "Tuesday", "Wednesday"};  // 1970-01-01 was a Thursday

int Between(std::mt19937_64* rng, int lo, int hi) {
  return std::uniform_int_distribution<int>(lo, hi)(*rng);
}
template <typename T>
const T& Pick(const std::vector<T>& v, std::mt19937_64* rng) {
  return v[Between(rng, 0, static_cast<int>(v.size()) - 1)];
}

int64_t Day(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d);
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

std::string WhenPhrase(const Event& r, std::mt19937_64* rng) {
  int month = std::stoi(r.date.substr(5, 2)) - 1;
  if (r.time_precision == 3) return "in " + std::string(kMonths[month]);
  if (r.time_precision == 2) return "last week";
  int64_t day = Day(r.date);
  if (Between(rng, 0, 1)) return "on " + std::string(kWeekdays[((day % 7) + 7) % 7]);
  return "on " + std::to_string(std::stoi(r.date.substr(8, 2))) + " " + kMonths[month];
}

std::string Where(const Event& r) {
  if (r.geo_precision == 2) return "near " + r.location;
  if (r.geo_precision == 3) return "in " + r.location;
  return "in " + r.location;
}

std::string EventSentence(const Event& r, std::mt19937_64* rng) {
  std::string a1 = r.actor1, a2 = r.actor2.empty() ? "their opponents" : r.actor2;
  std::string when = WhenPhrase(r, rng), where = Where(r);
  const std::string& t = r.sub_event_type;
  std::vector<std::string> forms;
  if (t == "Government regains territory") {
    forms = {a1 + " recaptured " + r.location + " from " + a2 + " " + when,
             a1 + " took back control of " + r.location + " " + when + " after driving out " + a2,
             when.substr(0, 1) == "o" ? a1 + " retook " + r.location + " " + when : a1 + " regained " + r.location + " " + when};
  } else if (t == "Non-state actor overtakes territory") {
    forms = {a1 + " overran " + r.location + " " + when + ", pushing out " + a2,
             a1 + " fighters seized " + r.location + " from " + a2 + " " + when};
  } else if (t == "Air/drone strike") {
    forms = {a1 + " aircraft struck " + a2 + " positions " + where + " " + when,
             "Air strikes by " + a1 + " hit " + a2 + " targets " + where + " " + when};
  } else if (t == "Shelling/artillery/missile attack") {
    forms = {a1 + " shelled " + a2 + " positions " + where + " " + when,
             "Artillery fire from " + a1 + " pounded " + where.substr(3) + " " + when};
  } else if (t == "Attack") {
    forms = {a1 + " gunmen attacked " + a2 + " " + where + " " + when,
             a1 + " fighters opened fire on " + a2 + " " + where + " " + when};
  } else {
    forms = {a1 + " and " + a2 + " clashed " + where + " " + when,
             "Fighting broke out between " + a1 + " and " + a2 + " " + where + " " + when};
  }
  return Pick(forms, rng);
}

std::string Attribution(const Event& r) {
  if (r.modality == Modality::kDenied) return " " + r.claimed_by + " denied the report.";
  if (r.claimed_by.empty()) return ".";
  return ", " + r.claimed_by + " said.";
}

std::string Casualties(const Event& r) {
  if (!r.fatalities) return "";
  if (r.fatalities_qualifier.empty()) {
    return " The violence left " + std::to_string(*r.fatalities) + " people dead.";
  }
  return " At least " + std::to_string(*r.fatalities) + " people were killed.";
}

std::string Background(const World& w, std::mt19937_64* rng) {
  const WorldPlace& p = Pick(w.places, rng);
  const WorldActor& a = w.actors[Between(rng, 0, 2)];
  std::vector<std::string> forms = {
      "Residents of " + p.name + " reported heavy traffic on the main road.",
      a.name + " has held positions around " + p.name + " for months.",
      "Aid groups said supplies to " + p.name + " remain limited.",
      "The area around " + p.name + " has seen repeated fighting this year.",
      "Roads between " + p.name + " and the provincial capital were closed for a day."};
  return Pick(forms, rng);
}

}  // namespace

RawPage RenderPage(const Event& r, const World& w, int serial, std::mt19937_64* rng) {
  RawPage page;
  std::string slug;
  for (char c : r.source.outlet) slug += (c == ' ') ? '-' : static_cast<char>(std::tolower(c));
  char name[64];
  std::snprintf(name, sizeof name, "%06d.txt", serial);
  page.path = "synthetic/" + slug + "/" + name;
  page.format = PageFormat::kText;
  std::string title = r.location + ": " + r.sub_event_type + " reported";
  page.meta.title = {title, "flag"};
  page.meta.outlet = {r.source.outlet, "flag"};
  page.meta.published = {r.source.published, "flag"};
  std::string body = EventSentence(r, rng) + Attribution(r) + Casualties(r);
  int extra = Between(rng, 2, 3);
  for (int i = 0; i < extra; ++i) body += " " + Background(w, rng);
  page.content = title + "\n\n" + r.source.outlet + ", " + r.source.published + "\n\n" + body + "\n";
  return page;
}

}  // namespace sitrep::testing
