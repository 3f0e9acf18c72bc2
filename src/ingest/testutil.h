// Test helpers for the ingest tests: a temporary folder, files written into
// it, gzip members, and a reader call that collects pages and problems.
#pragma once

#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/reader.h"

namespace sitrep::ingest::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "sitrep_ingest_XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

  // Writes `data` to `name` (folders created) and returns the full path.
  std::string Write(const std::string& name, const std::string& data) const {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

 private:
  std::string path_;
};

// One complete gzip member holding `data`.
inline std::string GzipMember(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

struct ReadResult {
  std::vector<RawPage> pages;
  std::vector<Problem> problems;
  size_t returned = 0;
};

inline ReadResult Read(const std::string& path, const ReadOptions& options = ReadOptions()) {
  ReadResult r;
  std::vector<InputFile> inputs = ListInputs({path}, &r.problems);
  MetaCache cache;
  for (const InputFile& input : inputs) {
    r.returned += ReadInput(input, options, &cache,
                            [&](RawPage&& page) { r.pages.push_back(std::move(page)); },
                            &r.problems);
  }
  return r;
}

}  // namespace sitrep::ingest::testing
