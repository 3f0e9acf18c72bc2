// Small helpers the benchmark programs share: reading a (gzipped) file
// whole and the process's peak resident memory. Benchmarks only; not part
// of the library.
#pragma once

#include <string>

namespace sitrep::bench {

// The bytes of `path`; false when it cannot be read.
bool ReadFile(const std::string& path, std::string* out);

// The uncompressed bytes of a gzip file (a plain file reads as itself);
// false when it cannot be read or is corrupt.
bool Gunzip(const std::string& path, std::string* out);

// The process's peak resident set size in kB (VmHWM), -1 when unknown.
long PeakRssKb();

}  // namespace sitrep::bench
