// Cleaning throughput on one core: the HTML cleaner on the team's test pages
// and (when ../shared is present) on the 181 article-extraction pages, and
// the full Clean() on the plain-text seed pages. Reports bytes/s, pages/s
// and the process's peak resident memory (VmHWM) as counters.
//
//   build/clean_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "bench_util.h"
#include "clean/cleaner.h"
#include "clean/html_cleaner.h"

namespace {

namespace fs = std::filesystem;

// Pages of `dir` whose names end with `suffix`, sorted by name.
std::vector<sitrep::RawPage> LoadPages(const fs::path& dir, const std::string& suffix,
                                       sitrep::PageFormat format) {
  std::vector<fs::path> paths;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().string().ends_with(suffix)) paths.push_back(e.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<sitrep::RawPage> pages;
  for (const fs::path& p : paths) {
    sitrep::RawPage page;
    page.path = p.string();
    page.format = format;
    std::string raw;
    bool read = suffix.ends_with(".gz") ? sitrep::bench::Gunzip(p.string(), &raw)
                                        : sitrep::bench::ReadFile(p.string(), &raw);
    if (!read) continue;
    sitrep::RepairUtf8(raw, &page.content);
    pages.push_back(std::move(page));
  }
  return pages;
}

void Report(benchmark::State& state, const std::vector<sitrep::RawPage>& pages) {
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.content.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * pages.size()), benchmark::Counter::kIsRate);
  state.counters["pages"] = static_cast<double>(pages.size());
  state.counters["peak_rss_kB"] = static_cast<double>(sitrep::bench::PeakRssKb());
}

void RunHtml(benchmark::State& state, const std::vector<sitrep::RawPage>& pages) {
  if (pages.empty()) {
    state.SkipWithError("pages not found");
    return;
  }
  std::vector<sitrep::Segment> segments;
  sitrep::PageMeta meta;
  for (auto _ : state) {
    for (const auto& page : pages) {
      sitrep::Status s = sitrep::clean::CleanHtml(page, &segments, &meta);
      benchmark::DoNotOptimize(s);
      benchmark::DoNotOptimize(segments.data());
    }
  }
  Report(state, pages);
}

void BM_HtmlTestPages(benchmark::State& state) {
  static const auto pages = LoadPages(fs::path(SITREP_SOURCE_DIR) / "src/clean/testdata",
                                      ".html", sitrep::PageFormat::kHtml);
  RunHtml(state, pages);
}
BENCHMARK(BM_HtmlTestPages)->Unit(benchmark::kMillisecond);

void BM_HtmlArticleExtractionPages(benchmark::State& state) {
  static const auto pages =
      LoadPages(fs::path(SITREP_SHARED_DIR) / "bench/article-extraction/html", ".html.gz",
                sitrep::PageFormat::kHtml);
  RunHtml(state, pages);
}
BENCHMARK(BM_HtmlArticleExtractionPages)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_PlainTextSeeds(benchmark::State& state) {
  static const auto pages = LoadPages(fs::path(SITREP_SHARED_DIR) / "corpus/seeds", ".txt",
                                      sitrep::PageFormat::kText);
  if (pages.empty()) {
    state.SkipWithError("../shared/corpus/seeds not found");
    return;
  }
  for (auto _ : state) {
    for (const auto& page : pages) {
      auto doc = sitrep::clean::Clean(page);
      benchmark::DoNotOptimize(doc);
    }
  }
  Report(state, pages);
}
BENCHMARK(BM_PlainTextSeeds)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
