// AppendJson walks the value as json::serializer::dump does with indent -1:
// objects in key order ("{\"k\":v,...}"), arrays, "true"/"false"/"null",
// integers in decimal, finite doubles through nlohmann's own to_chars (the
// digits dump() prints), other doubles as null. Strings escape '"', '\\',
// \b \t \n \f \r and other bytes below 0x20 as \u00xx (lower-case hex), and
// copy everything else, after checking that multi-byte sequences are well
// formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF),
// the sequences dump()'s decoder accepts.
#include "store/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

namespace sitrep::store {
namespace {

using nlohmann::json;

// Length of the well-formed UTF-8 sequence at s[i] (a byte >= 0x80), or 0.
size_t Utf8Length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned c = at(0);
  auto cont = [&](size_t k) { return (at(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return at(1) >= lo && at(1) <= hi && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return at(1) >= lo && at(1) <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// Bytes a string cannot copy as they are: controls, '"', '\\' (1) and the
// first bytes of multi-byte sequences (2).
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[c] = 2;
  return t;
}();

bool AppendString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned char cls = kByteClass[c];
    if (cls == 0) {
      ++i;
      continue;
    }
    if (cls == 2) {
      size_t n = Utf8Length(s, i);
      if (n == 0) return false;
      i += n;
      continue;
    }
    out->append(s.data() + run, i - run);
    out->push_back('\\');
    switch (c) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '\b': out->push_back('b'); break;
      case '\t': out->push_back('t'); break;
      case '\n': out->push_back('n'); break;
      case '\f': out->push_back('f'); break;
      case '\r': out->push_back('r'); break;
      default:
        out->append("u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
    run = ++i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
  return true;
}

template <typename Int>
void AppendInt(Int v, std::string* out) {
  std::array<char, 24> buf;
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out->append(buf.data(), r.ptr);
}

void AppendDouble(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out->append(buf.data(), end);
}

bool AppendValue(const json& v, std::string* out) {
  switch (v.type()) {
    case json::value_t::object: {
      out->push_back('{');
      bool first = true;
      for (const auto& [key, item] : v.get_ref<const json::object_t&>()) {
        if (!first) out->push_back(',');
        first = false;
        if (!AppendString(key, out)) return false;
        out->push_back(':');
        if (!AppendValue(item, out)) return false;
      }
      out->push_back('}');
      return true;
    }
    case json::value_t::array: {
      out->push_back('[');
      bool first = true;
      for (const json& item : v.get_ref<const json::array_t&>()) {
        if (!first) out->push_back(',');
        first = false;
        if (!AppendValue(item, out)) return false;
      }
      out->push_back(']');
      return true;
    }
    case json::value_t::string: return AppendString(v.get_ref<const std::string&>(), out);
    case json::value_t::boolean: out->append(v.get<bool>() ? "true" : "false"); return true;
    case json::value_t::null: out->append("null"); return true;
    case json::value_t::number_integer: AppendInt(v.get<int64_t>(), out); return true;
    case json::value_t::number_unsigned: AppendInt(v.get<uint64_t>(), out); return true;
    case json::value_t::number_float: AppendDouble(v.get<double>(), out); return true;
    default: return false;  // binary, discarded
  }
}

}  // namespace

bool AppendJson(const json& value, std::string* out) {
  size_t size = out->size();
  if (AppendValue(value, out)) return true;
  out->resize(size);
  return false;
}

std::string DumpJson(const json& value) {
  std::string out;
  out.reserve(1024);
  if (AppendJson(value, &out)) return out;
  return value.dump();
}

}  // namespace sitrep::store
