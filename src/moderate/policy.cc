// Policy file parsing: one directive per line (see policy.h). Lexicon lines
// with the same name add to one lexicon; `include` reads another file's
// lines in place. After the last line every lexicon a rule names must exist.
#include "moderate/policy.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace sitrep::moderate {
namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot read policy file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::vector<std::string>> ParseEntries(std::string_view list) {
  std::vector<std::vector<std::string>> out;
  for (std::string_view item : Split(list, ',')) {
    std::vector<std::string> words;
    for (std::string_view w : Split(Trim(item), ' ')) {
      if (!Trim(w).empty()) words.push_back(AsciiLower(Trim(w)));
    }
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

std::string StripQuotes(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

class Parser {
 public:
  explicit Parser(Policy* policy) : p_(policy) {}

  Status ParseText(std::string_view text, const std::string& path, int depth) {
    if (depth > 4) return InvalidArgumentError(path + ": includes nest too deep");
    int line_no = 0;
    for (std::string_view line : Split(text, '\n')) {
      ++line_no;
      line = Trim(line);
      if (line.empty() || line[0] == '#') continue;
      Status s = ParseLine(line, path, depth);
      if (!s.ok()) return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " + s.message());
    }
    return Status::OK();
  }

  Status Finish() {
    for (const Rule& r : p_->rules) {
      std::vector<std::string> names = r.host_lexicons;
      names.insert(names.end(), r.topic_lexicons.begin(), r.topic_lexicons.end());
      for (const auto& pat : r.patterns) for (auto& n : LexiconsOf(pat)) names.push_back(n);
      for (const auto& pat : r.exceptions) for (auto& n : LexiconsOf(pat)) names.push_back(n);
      for (const auto& n : names) {
        if (!p_->lexicons.count(n)) {
          return InvalidArgumentError(p_->path + ": rule " + r.name + " names unknown lexicon @" + n);
        }
      }
    }
    if (p_->name.empty()) return InvalidArgumentError(p_->path + ": no 'policy NAME' line");
    return Status::OK();
  }

 private:
  Status ParseLine(std::string_view line, const std::string& path, int depth) {
    size_t sp = line.find_first_of(" \t");
    std::string key(line.substr(0, sp));
    std::string_view rest = sp == std::string_view::npos ? "" : Trim(line.substr(sp));
    if (key == "policy") return p_->name = std::string(rest), Status::OK();
    if (key == "outlet") return p_->outlets.push_back(AsciiLower(rest)), Status::OK();
    if (key == "include") return Include(std::string(rest), path, depth);
    if (key == "lexicon") return Lexicon(rest);
    if (key == "stopwords") return Stopwords(rest);
    if (key == "rule") return OpenRule(std::string(rest));
    if (key == "quote" && current_ < 0) return p_->quote = StripQuotes(rest), Status::OK();
    if (current_ < 0) return InvalidArgumentError("'" + key + "' outside a rule");
    return RuleLine(key, rest, &p_->rules[current_]);
  }

  // Starts a rule, or reopens one defined earlier (an included file's rule
  // that this policy quotes in its own words).
  Status OpenRule(std::string name) {
    if (name.empty()) return InvalidArgumentError("rule without a name");
    for (size_t i = 0; i < p_->rules.size(); ++i) {
      if (p_->rules[i].name == name) return current_ = static_cast<int>(i), Status::OK();
    }
    p_->rules.emplace_back();
    p_->rules.back().name = std::move(name);
    current_ = static_cast<int>(p_->rules.size()) - 1;
    return Status::OK();
  }

  Status Include(const std::string& name, const std::string& path, int depth) {
    std::filesystem::path full = std::filesystem::path(path).parent_path() / name;
    ASSIGN_OR_RETURN(std::string text, ReadFile(full.string()));
    RETURN_IF_ERROR(ParseText(text, full.string(), depth + 1));
    current_ = -1;  // an included rule does not continue into this file
    return Status::OK();
  }

  Status Lexicon(std::string_view rest) {
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return InvalidArgumentError("lexicon line without '='");
    std::string name(Trim(rest.substr(0, eq)));
    auto& entries = p_->lexicons[name];
    for (auto& e : ParseEntries(rest.substr(eq + 1))) entries.push_back(std::move(e));
    return Status::OK();
  }

  Status Stopwords(std::string_view rest) {
    size_t eq = rest.find('=');
    for (auto& e : ParseEntries(rest.substr(eq == std::string_view::npos ? 0 : eq + 1))) {
      for (auto& w : e) p_->stopwords.push_back(std::move(w));
    }
    return Status::OK();
  }

  Status RuleLine(const std::string& key, std::string_view rest, Rule* r) {
    if (key == "quote") return r->quote = StripQuotes(rest), Status::OK();
    if (key == "reason") return r->reason = std::string(rest), Status::OK();
    if (key == "pattern" || key == "unless") {
      ASSIGN_OR_RETURN(Pattern pat, ParsePattern(rest));
      (key == "pattern" ? r->patterns : r->exceptions).push_back(std::move(pat));
      return Status::OK();
    }
    if (key == "host") return AddLexiconNames(rest, &r->host_lexicons);
    if (key == "offtopic") {
      size_t sp = rest.find(' ');
      r->offtopic = true;
      r->offtopic_min_words = std::atoi(std::string(rest.substr(0, sp)).c_str());
      if (r->offtopic_min_words <= 0) return InvalidArgumentError("offtopic needs a word count");
      return sp == std::string_view::npos ? Status::OK() : AddLexiconNames(rest.substr(sp), &r->topic_lexicons);
    }
    return InvalidArgumentError("unknown directive '" + key + "'");
  }

  Status AddLexiconNames(std::string_view rest, std::vector<std::string>* out) {
    for (std::string_view n : Split(rest, ' ')) {
      n = Trim(n);
      if (n.empty()) continue;
      if (n[0] != '@') return InvalidArgumentError("expected @lexicon, got '" + std::string(n) + "'");
      out->push_back(std::string(n.substr(1)));
    }
    return Status::OK();
  }

  Policy* p_;
  int current_ = -1;  // the rule later lines belong to
};

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url = url.substr(scheme + 3);
  return AsciiLower(url.substr(0, url.find('/')));
}

}  // namespace

Result<Policy> ParsePolicy(std::string_view text, const std::string& path) {
  Policy policy;
  policy.path = path;
  Parser parser(&policy);
  RETURN_IF_ERROR(parser.ParseText(text, path, 0));
  RETURN_IF_ERROR(parser.Finish());
  return policy;
}

Result<Policy> LoadPolicy(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return ParsePolicy(text, path);
}

Result<std::vector<Policy>> LoadPolicyDir(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".policy") files.push_back(entry.path().string());
  }
  if (ec || files.empty()) return NotFoundError("no .policy file in " + dir);
  std::sort(files.begin(), files.end());
  std::vector<Policy> out;
  for (const auto& f : files) {
    ASSIGN_OR_RETURN(Policy p, LoadPolicy(f));
    out.push_back(std::move(p));
  }
  return out;
}

const Policy* SelectPolicy(const std::vector<Policy>& policies, std::string_view outlet,
                           std::string_view url) {
  std::string o = AsciiLower(outlet), host = HostOf(url);
  for (const Policy& p : policies) {
    for (const std::string& name : p.outlets) {
      if (name.empty()) continue;
      if (o.find(name) != std::string::npos || host.find(name) != std::string::npos) return &p;
    }
  }
  for (const Policy& p : policies) {
    if (p.name == "default") return &p;
  }
  return nullptr;
}

}  // namespace sitrep::moderate
