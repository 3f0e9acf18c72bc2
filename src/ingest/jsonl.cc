// JSONL page lines and meta.jsonl lines, parsed with nlohmann::json. This is
// the only ingest file that calls nlohmann; its exceptions stop here.
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "ingest/internal.h"

namespace sitrep::ingest::internal {
namespace {

using nlohmann::json;

// Sets `*value` from a string (or number) field; null and absent leave it.
void TakeString(const json& obj, const char* key, const char* source, MetaValue* value) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return;
  if (it->is_string()) {
    value->value = it->get<std::string>();
  } else if (it->is_number()) {
    value->value = it->dump();
  } else {
    return;
  }
  value->source = value->value.empty() ? "" : source;
}

void TakeMeta(const json& obj, const char* source, PageMeta* meta) {
  TakeString(obj, "title", source, &meta->title);
  TakeString(obj, "outlet", source, &meta->outlet);
  TakeString(obj, "published", source, &meta->published);
  TakeString(obj, "url", source, &meta->url);
  TakeString(obj, "language", source, &meta->language);
  TakeString(obj, "author", source, &meta->author);
}

bool Parse(std::string_view line, json* obj, std::string* error) {
  std::string repaired;
  RepairUtf8(line, &repaired);  // nlohmann rejects invalid UTF-8 in strings
  try {
    *obj = json::parse(repaired);
  } catch (const json::exception& e) {
    *error = std::string("malformed JSON: ") + e.what();
    return false;
  }
  if (!obj->is_object()) {
    *error = "not a JSON object";
    return false;
  }
  return true;
}

}  // namespace

bool ParseJsonlLine(std::string_view line, bool plain, RawPage* page, std::string* error) {
  json obj;
  if (!Parse(line, &obj, error)) return false;
  auto text = obj.find("text");
  auto html = obj.find("html");
  bool has_text = text != obj.end() && text->is_string();
  bool has_html = html != obj.end() && html->is_string();
  if (!has_text && !has_html) {
    *error = "no \"text\" or \"html\" string field";
    return false;
  }
  // Prefer the markup (more to judge by) unless --plain asks for bare text.
  bool use_html = has_html && !(plain && has_text);
  page->format = use_html ? PageFormat::kHtml : PageFormat::kText;
  page->content = (use_html ? html : text)->get<std::string>();
  auto id = obj.find("id");
  if (id != obj.end()) {
    if (id->is_string()) page->source_id = id->get<std::string>();
    if (id->is_number()) page->source_id = id->dump();
  }
  TakeMeta(obj, "jsonl", &page->meta);
  return true;
}

bool ParseMetaLine(std::string_view line, std::string* file, PageMeta* meta, std::string* error) {
  json obj;
  if (!Parse(line, &obj, error)) return false;
  auto it = obj.find("file");
  if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
    *error = "no \"file\" string field";
    return false;
  }
  *file = it->get<std::string>();
  TakeMeta(obj, "meta.jsonl", meta);
  return true;
}

}  // namespace sitrep::ingest::internal
