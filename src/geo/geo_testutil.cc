#include "geo/geo_testutil.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sitrep::geo::testing {

const Gazetteer* SharedGazetteer() {
  static const Gazetteer* g = [] {
    const char* env = std::getenv("SITREP_GAZETTEER");
    std::string path = env && *env ? env : std::string(SITREP_BINARY_DIR) + "/gazetteer.idx";
    auto r = Gazetteer::Open(path);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return g;
}

Document PlainDocument(const std::string& text, const std::string& path) {
  Document d;
  d.path = path;
  d.content = text;
  Segment s;
  s.label = SegmentLabel::kBody;
  s.text = text;
  s.start = 0;
  s.end = text.size();
  d.segments.push_back(s);
  return d;
}

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace sitrep::geo::testing
