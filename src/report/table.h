// A plain-text table: columns padded to their widest cell, cells cut at a
// maximum width on a UTF-8 boundary. Stateless; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace sitrep::report {

void WriteTable(const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows, std::ostream& out,
                size_t max_width = 50);

// "12", "18-20", "" for km figures; integers without decimals.
std::string KmRange(double km_min, double km_max);

}  // namespace sitrep::report
