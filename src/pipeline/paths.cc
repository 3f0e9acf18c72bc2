#include "pipeline/paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace sitrep {
namespace {

std::string ExecutableDir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

}  // namespace

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("SITREP_GAZETTEER"); env && *env) return env;
  std::string beside = ExecutableDir() + "/gazetteer.idx";
  if (Exists(beside)) return beside;
  return std::string(SITREP_BINARY_DIR) + "/gazetteer.idx";
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("SITREP_DATA"); env && *env) return env;
  return std::string(SITREP_SOURCE_DIR) + "/data";
}

}  // namespace sitrep
