// sitrep_gazc: compiles the gazetteer index at build time.
//   sitrep_gazc CITIES500 COUNTRIES ADMIN1 VARIANTS NOT_PLACES OUT
#include <chrono>
#include <cstdio>

#include "geo/compiler/compiler.h"

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr,
                 "usage: sitrep_gazc CITIES500 COUNTRIES ADMIN1 VARIANTS NOT_PLACES OUT\n");
    return 2;
  }
  sitrep::geo::CompilerInputs in{argv[1], argv[2], argv[3], argv[4], argv[5]};
  sitrep::geo::CompileStats stats;
  auto t0 = std::chrono::steady_clock::now();
  sitrep::Status s = sitrep::geo::CompileGazetteer(in, argv[6], &stats);
  if (!s.ok()) {
    std::fprintf(stderr, "sitrep_gazc: %s\n", s.ToString().c_str());
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "sitrep_gazc: %zu places, %zu names, %zu keys, %zu bytes in %.2f s\n",
               stats.places, stats.names, stats.keys, stats.bytes, secs);
  return 0;
}
