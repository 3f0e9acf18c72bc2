// Merge time and memory against the number of event reports (10k to 1M),
// on the synthetic corpus's reports (src/testing). Google Benchmark fits the
// growth (Complexity); "resident_MB" is the resident memory the merged
// result and the clustering added, read from /proc/self/statm; "peak_MB" the
// process's peak so far (the generated inputs included).
//
//   build-x/merge_bench --benchmark_filter=MergeEvents
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

#include "merge/merge.h"
#include "testing/synthetic_corpus.h"

namespace sitrep {
namespace {

const std::vector<Event>& Reports(int64_t n) {
  static std::map<int64_t, std::vector<Event>> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, testing::GenerateEvents(n, 42)).first;
  return it->second;
}

double ResidentMB() {
  long pages = 0, resident = 0;
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  std::fclose(f);
  return static_cast<double>(resident) * sysconf(_SC_PAGESIZE) / 1e6;
}

double PeakMB() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1e3;  // kilobytes on Linux
}

void BM_MergeEvents(benchmark::State& state) {
  const std::vector<Event>& reports = Reports(state.range(0));
  double added = 0;
  size_t merged_count = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Event> copy = reports;
    double before = ResidentMB();
    state.ResumeTiming();
    std::vector<merge::MergedEvent> merged = merge::MergeEvents(std::move(copy));
    state.PauseTiming();
    added = ResidentMB() - before;
    merged_count = merged.size();
    benchmark::DoNotOptimize(merged);
    merged.clear();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(reports.size()));
  state.SetComplexityN(static_cast<int64_t>(reports.size()));
  state.counters["reports"] = static_cast<double>(reports.size());
  state.counters["merged"] = static_cast<double>(merged_count);
  state.counters["resident_MB"] = added;
  state.counters["peak_MB"] = PeakMB();  // of the whole process, inputs included
}
BENCHMARK(BM_MergeEvents)
    ->RangeMultiplier(10)
    ->Range(10'000, 1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

}  // namespace
}  // namespace sitrep

BENCHMARK_MAIN();
