// Extraction throughput on one core: sentences/s and MB/s of
// Extractor::Extract over the seed pages (../shared/corpus/seeds, cleaned
// once, no place mentions) and over the team's sentence set
// (src/extract/testdata/sentences.jsonl, one document per sentence).
// Cleaning and geoparsing are outside the timed loop.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "clean/cleaner.h"
#include "extract/extractor.h"
#include "text/tokenizer.h"

namespace sitrep::extract {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<Document> docs;
  size_t bytes = 0;
  size_t sentences = 0;
};

void Count(Corpus* c) {
  for (const Document& d : c->docs) {
    for (const Segment& s : d.segments) {
      if (!IsEventSource(s.label)) continue;
      c->bytes += s.text.size();
      c->sentences += text::SplitSentences(s.text).size();
    }
  }
}

const Corpus& SeedCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    fs::path dir = fs::path(SITREP_SHARED_DIR) / "corpus" / "seeds";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      RawPage page;
      page.path = e.path().string();
      page.content = ss.str();
      page.meta.published = {"2017-09-04", "flag"};
      auto doc = clean::Clean(page);
      if (doc.ok()) c.docs.push_back(std::move(doc).value());
    }
    Count(&c);
    return c;
  }();
  return corpus;
}

const Corpus& SentenceCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/src/extract/testdata/sentences.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      RawPage page;
      page.content = j["text"].get<std::string>();
      page.meta.published = {j.value("published", "2020-01-01"), "jsonl"};
      c.docs.push_back(clean::CleanPlain(page));
    }
    Count(&c);
    return c;
  }();
  return corpus;
}

const Extractor* SharedExtractor() {
  static const std::unique_ptr<Extractor> ex = [] {
    auto r = Extractor::Create(std::string(SITREP_SOURCE_DIR) + "/data");
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return ex.get();
}

void Run(benchmark::State& state, const Corpus& corpus) {
  const Extractor* ex = SharedExtractor();
  if (!ex || corpus.docs.empty()) {
    state.SkipWithError("no extractor or no input (../shared or data/ missing)");
    return;
  }
  const std::vector<PlaceMention> none;
  size_t events = 0;
  for (auto _ : state) {
    for (const Document& d : corpus.docs) {
      std::vector<Event> ev;
      std::vector<Claim> cl;
      ex->Extract(d, none, &ev, &cl);
      events += ev.size();
      benchmark::DoNotOptimize(ev.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.sentences),
                                                     benchmark::Counter::kIsRate);
  state.counters["events/iter"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}

void BM_ExtractSeedPages(benchmark::State& state) { Run(state, SeedCorpus()); }
void BM_ExtractSentenceSet(benchmark::State& state) { Run(state, SentenceCorpus()); }

BENCHMARK(BM_ExtractSeedPages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractSentenceSet)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep::extract

BENCHMARK_MAIN();
