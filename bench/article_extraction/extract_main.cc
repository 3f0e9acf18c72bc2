// sitrep_article_extract: runs the HTML cleaner over the article-extraction
// benchmark pages and writes {id: article text} for the shingle scorer.
//
//   sitrep_article_extract HTML_DIR OUT.json
//
// HTML_DIR holds <id>.html.gz. Every page is gunzipped (zlib) and repaired
// to valid UTF-8 first; then only the CleanHtml calls are timed, one page
// after another on one thread. The article text is the body, heading and
// update segments joined by newlines (what the benchmark's articleBody
// holds). Prints pages, MB, pages/s, MB/s and peak RSS (VmHWM).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "../bench_util.h"
#include "clean/html_cleaner.h"

namespace {

using sitrep::bench::Gunzip;
using sitrep::bench::PeakRssKb;

std::string ArticleText(const std::vector<sitrep::Segment>& segments) {
  std::string text;
  for (const sitrep::Segment& s : segments) {
    if (s.label != sitrep::SegmentLabel::kBody && s.label != sitrep::SegmentLabel::kHeading &&
        s.label != sitrep::SegmentLabel::kUpdate) {
      continue;
    }
    if (!text.empty()) text += '\n';
    text += s.text;
  }
  return text;
}

// --dump FILE.html.gz: prints every segment with its label (for tuning).
int Dump(const std::string& path) {
  std::string raw;
  if (!Gunzip(path, &raw)) return 1;
  sitrep::RawPage page;
  sitrep::RepairUtf8(raw, &page.content);
  std::vector<sitrep::Segment> segments;
  sitrep::PageMeta meta;
  if (!sitrep::clean::CleanHtml(page, &segments, &meta).ok()) return 1;
  std::printf("title=%s | outlet=%s | published=%s (%s)\n", meta.title.value.c_str(),
              meta.outlet.value.c_str(), meta.published.value.c_str(), meta.published.source.c_str());
  for (const sitrep::Segment& s : segments) {
    std::printf("%-11s %5zu d%d %s| %.150s\n", std::string(sitrep::LabelName(s.label)).c_str(),
                s.text.size(), s.depth, s.time.c_str(), s.text.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--dump") return Dump(argv[2]);
  if (argc != 3) {
    std::cerr << "usage: sitrep_article_extract HTML_DIR OUT.json\n";
    return 2;
  }
  std::vector<std::pair<std::string, sitrep::RawPage>> pages;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    std::string name = entry.path().filename().string();
    if (!name.ends_with(".html.gz")) continue;
    std::string raw;
    if (!Gunzip(entry.path().string(), &raw)) {
      std::cerr << "cannot read " << entry.path() << "\n";
      return 1;
    }
    sitrep::RawPage page;
    page.path = entry.path().string();
    page.format = sitrep::PageFormat::kHtml;
    sitrep::RepairUtf8(raw, &page.content);
    pages.emplace_back(name.substr(0, name.size() - 8), std::move(page));
  }
  nlohmann::json out = nlohmann::json::object();
  size_t bytes = 0;
  double seconds = 0;
  for (const auto& [id, page] : pages) {
    std::vector<sitrep::Segment> segments;
    sitrep::PageMeta meta;
    auto t0 = std::chrono::steady_clock::now();
    sitrep::Status status = sitrep::clean::CleanHtml(page, &segments, &meta);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    bytes += page.content.size();
    if (!status.ok()) {
      std::cerr << id << ": " << status.ToString() << "\n";
      continue;
    }
    out[id] = ArticleText(segments);
  }
  std::ofstream(argv[2]) << out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
  double mb = bytes / 1e6;
  std::printf("pages %zu  MB %.1f  clean seconds %.3f  pages/s %.1f  MB/s %.1f  peak RSS %ld kB\n",
              pages.size(), mb, seconds, pages.size() / seconds, mb / seconds, PeakRssKb());
  return 0;
}
