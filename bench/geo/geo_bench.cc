// Geo benchmarks: opening the memory-mapped gazetteer, name lookup, and
// recognition + resolution throughput on the seed pages (bytes per second,
// one thread). The index comes from $SITREP_GAZETTEER (else ./gazetteer.idx).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "geo/gazetteer.h"
#include "geo/geoparser.h"

namespace sitrep::geo {
namespace {

std::string IndexPath() {
  const char* env = std::getenv("SITREP_GAZETTEER");
  return env && *env ? env : "gazetteer.idx";
}

std::string SeedText() {
  std::string all;
  const char* files[] = {"000_606a5406bfaf611c.txt", "001_aff9fb097960d7fc.txt", "002_840d41961ed2c3fe.txt",
                         "003_88c38817dd655cd0.txt", "004_882908644c043aa1.txt"};
  for (const char* f : files) {
    std::ifstream in(std::string(SITREP_SHARED_DIR) + "/corpus/seeds/" + f);
    std::ostringstream ss;
    ss << in.rdbuf();
    all += ss.str() + "\n";
  }
  return all;
}

void BM_OpenGazetteer(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Gazetteer::Open(IndexPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->get());
  }
}
BENCHMARK(BM_OpenGazetteer)->Unit(benchmark::kMillisecond);

void BM_Lookup(benchmark::State& state) {
  auto g = Gazetteer::Open(IndexPath());
  if (!g.ok()) {
    state.SkipWithError(g.status().ToString().c_str());
    return;
  }
  const char* names[] = {"Deir ez-Zor", "Abu Kamal", "Springfield", "Kharkiv", "al-Sukhna", "Paris"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize((*g)->Lookup(names[i++ % 6], 10));
}
BENCHMARK(BM_Lookup);

void BM_Parse(benchmark::State& state) {
  auto g = Gazetteer::Open(IndexPath());
  if (!g.ok()) {
    state.SkipWithError(g.status().ToString().c_str());
    return;
  }
  auto parser = Geoparser::Create(g->get());
  std::string text = SeedText();
  if (text.size() < 100) {
    state.SkipWithError("seed pages not found under SITREP_SHARED_DIR");
    return;
  }
  Document doc;
  doc.content = text;
  Segment seg;
  seg.text = text;
  seg.end = text.size();
  doc.segments.push_back(seg);
  for (auto _ : state) benchmark::DoNotOptimize((*parser)->Parse(doc));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep::geo

BENCHMARK_MAIN();
