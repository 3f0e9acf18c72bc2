// Metadata readers. Each source fills a candidate PageMeta; the results are
// merged field by field in order of trust (JSON-LD, Open Graph, <meta>).
// JSON-LD scripts are parsed with nlohmann-json (exceptions caught here);
// the article object is the first node whose @type is an article type,
// searched through top-level arrays and @graph.
#include "clean/html_meta.h"

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "base/utf8.h"

namespace sitrep::clean {
namespace {

using nlohmann::json;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void Set(MetaValue* v, std::string_view value, const char* source) {
  std::string text = CollapseSpace(value);
  if (!v->empty() || text.empty()) return;
  v->value = std::move(text);
  v->source = source;
}

void SetDate(MetaValue* v, std::string_view value, const char* source) {
  std::string date = IsoDatePart(value);
  if (!date.empty()) Set(v, date, source);
}

bool IsArticleType(const json& type) {
  static const char* const kTypes[] = {"NewsArticle", "Article", "BlogPosting",
                                       "ReportageNewsArticle", "LiveBlogPosting",
                                       "AnalysisNewsArticle", "OpinionNewsArticle",
                                       "BackgroundNewsArticle", "SocialMediaPosting"};
  if (type.is_array()) {
    for (const json& t : type) {
      if (IsArticleType(t)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  const std::string& s = type.get_ref<const std::string&>();
  for (const char* t : kTypes) {
    if (s == t) return true;
  }
  return false;
}

const json* FindArticle(const json& j, int depth = 0) {
  if (depth > 4) return nullptr;
  if (j.is_array()) {
    for (const json& item : j) {
      if (const json* a = FindArticle(item, depth + 1)) return a;
    }
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  auto type = j.find("@type");
  if (type != j.end() && IsArticleType(*type)) return &j;
  auto graph = j.find("@graph");
  if (graph != j.end()) return FindArticle(*graph, depth + 1);
  return nullptr;
}

// A string field, or the "name" of an object field, or of the first array item.
std::string NameOf(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array() && !j.empty()) return NameOf(j.front());
  if (j.is_object()) {
    auto name = j.find("name");
    if (name != j.end() && name->is_string()) return name->get<std::string>();
  }
  return "";
}

std::string Field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? "" : NameOf(*it);
}

// Calls `fn` on the parsed article object of each JSON-LD script.
template <typename Fn>
void ForEachArticle(const DomPage& dom, Fn fn) {
  for (const std::string& script : dom.json_ld) {
    try {
      json j = json::parse(script, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded()) continue;
      if (const json* a = FindArticle(j)) fn(*a);
    } catch (const std::exception&) {
      continue;  // a malformed script is not the page's fault to report
    }
  }
}

void ReadJsonLd(const DomPage& dom, PageMeta* m) {
  ForEachArticle(dom, [m](const json& a) {
    Set(&m->title, DecodeBasicEntities(Field(a, "headline")), "json-ld");
    SetDate(&m->published, Field(a, "datePublished"), "json-ld");
    if (auto p = a.find("publisher"); p != a.end()) {
      Set(&m->outlet, DecodeBasicEntities(NameOf(*p)), "json-ld");
    }
    if (auto p = a.find("author"); p != a.end()) {
      Set(&m->author, DecodeBasicEntities(NameOf(*p)), "json-ld");
    }
    Set(&m->url, Field(a, "url"), "json-ld");
    Set(&m->language, Field(a, "inLanguage"), "json-ld");
  });
}

void ReadMetaTags(const DomPage& dom, PageMeta* m, bool open_graph) {
  const char* src = open_graph ? "open-graph" : "html-meta";
  for (const auto& [key, value] : dom.meta) {
    bool og = key.starts_with("og:") || key.starts_with("article:");
    if (og != open_graph) continue;
    if (key == "og:title") Set(&m->title, value, src);
    else if (key == "og:site_name") Set(&m->outlet, value, src);
    else if (key == "og:url") Set(&m->url, value, src);
    else if (key == "article:published_time") SetDate(&m->published, value, src);
    else if (key == "article:author" && !value.starts_with("http")) Set(&m->author, value, src);
    else if (key == "og:locale") Set(&m->language, value.substr(0, 2), src);
    else if (key == "author" || key == "byl" || key == "dc.creator") Set(&m->author, value, src);
    else if (key == "date" || key == "pubdate" || key == "publishdate" ||
             key == "dc.date" || key == "dc.date.issued" || key == "datepublished" ||
             key == "publish-date" || key == "parsely-pub-date" || key == "sailthru.date")
      SetDate(&m->published, value, src);
    else if (key == "application-name") Set(&m->outlet, value, src);
  }
}

}  // namespace

std::string IsoDatePart(std::string_view v) {
  v = Trim(v);
  if (v.size() < 10) return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(v[i])) return "";
  }
  if (v[4] != '-' || v[7] != '-') return "";
  if (v.size() > 10 && v[10] != 'T' && v[10] != ' ' && v[10] != 't') return "";
  return std::string(v.substr(0, 10));
}

void ReadPageMeta(const DomPage& dom, PageMeta* meta) {
  PageMeta m;
  ReadJsonLd(dom, &m);
  ReadMetaTags(dom, &m, /*open_graph=*/true);
  ReadMetaTags(dom, &m, /*open_graph=*/false);
  Set(&m.title, dom.title, "html-meta");
  if (!dom.lang.empty()) Set(&m.language, dom.lang.substr(0, 2), "html-meta");
  for (auto [field, from] : {std::pair{&meta->title, &m.title}, {&meta->outlet, &m.outlet},
                             {&meta->published, &m.published}, {&meta->url, &m.url},
                             {&meta->language, &m.language}, {&meta->author, &m.author}}) {
    if (field->empty() && !from->empty()) *field = *from;
  }
}

std::string DecodeBasicEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"},
      {"&nbsp;", " "}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    bool done = false;
    for (auto [name, text] : kNamed) {
      if (s.substr(i).starts_with(name)) {
        out += text;
        i += name.size();
        done = true;
        break;
      }
    }
    if (!done && s.substr(i).starts_with("&#")) {
      size_t j = i + 2;
      bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      char32_t cp = 0;
      size_t digits = 0;
      for (; j < s.size() && digits < 7; ++j, ++digits) {
        char c = s[j];
        int d = IsDigit(c) ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0) break;
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (digits > 0 && j < s.size() && s[j] == ';') {
        AppendUtf8(cp, &out);
        i = j + 1;
        done = true;
      }
    }
    if (!done) out += s[i++];
  }
  return out;
}

}  // namespace sitrep::clean
