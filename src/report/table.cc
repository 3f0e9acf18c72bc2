#include "report/table.h"

#include <algorithm>
#include <cstdio>

namespace sitrep::report {
namespace {

// Display width, counting UTF-8 lead bytes only.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Cut(const std::string& s, size_t max_width) {
  std::string one = s;
  for (char& c : one) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  if (Width(one) <= max_width) return one;
  size_t chars = 0, i = 0;
  for (; i < one.size(); ++i) {
    if ((static_cast<unsigned char>(one[i]) & 0xC0) != 0x80 && ++chars > max_width - 3) break;
  }
  return one.substr(0, i) + "...";
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

void WriteTable(const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows, std::ostream& out,
                size_t max_width) {
  std::vector<size_t> width(header.size());
  for (size_t i = 0; i < header.size(); ++i) width[i] = Width(header[i]);
  std::vector<std::vector<std::string>> cells;
  for (const auto& row : rows) {
    std::vector<std::string> r;
    for (size_t i = 0; i < header.size(); ++i) {
      r.push_back(i < row.size() ? Cut(row[i], max_width) : "");
      width[i] = std::max(width[i], Width(r.back()));
    }
    cells.push_back(std::move(r));
  }
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t i = 0; i < r.size(); ++i) {
      out << r[i];
      if (i + 1 < r.size()) out << std::string(width[i] - Width(r[i]) + 2, ' ');
    }
    out << '\n';
  };
  line(header);
  for (const auto& r : cells) line(r);
}

std::string KmRange(double km_min, double km_max) {
  if (km_min == km_max) return Num(km_min);
  return Num(km_min) + "-" + Num(km_max);
}

}  // namespace sitrep::report
