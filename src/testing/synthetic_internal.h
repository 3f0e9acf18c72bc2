// Internal to the synthetic corpus: the true events and the page renderer.
#pragma once

#include <optional>
#include <random>
#include <string>

#include "sitrep/document.h"
#include "sitrep/event.h"
#include "testing/synthetic_world.h"

namespace sitrep::testing {

struct TrueEvent {
  std::string event_type, sub_event_type;
  int actor1 = 0, actor2 = -1;  // World::actors indexes; -1: none
  int place = 0;
  int64_t day = 0;              // days since 1970-01-01
  std::optional<int> fatalities;
};

std::string IsoDate(int64_t day);

// A news page restating `report` (an event report of the corpus) in one of
// several wordings, with a headline, a dateline and background sentences.
RawPage RenderPage(const Event& report, const World& world, int serial, std::mt19937_64* rng);

}  // namespace sitrep::testing
