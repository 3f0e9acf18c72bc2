// Recognizer. Algorithm, per text:
//  1. SplitText (split.cc): words with offsets and shape flags (capitalized,
//     sentence start, joined to the previous word by spaces or hyphens only).
//  2. At each word that can start a name (capitalized, or a lower-case
//     article before a capitalized word: "al-Bukamal"), find the longest run
//     of joined name words (capitalized, or connectors inside), up to the
//     gazetteer's longest name, then probe the gazetteer from the longest
//     run down: the first key it holds wins.
//  3. Guards reject single common words, demonyms and organisations
//     (blocked keys), short acronyms, "X-backed", and single words glued to
//     other capitalized words (part of a person's or an outlet's name).
//  4. Context: qualifiers ("X Province", "province of X", "X city"), a
//     direction adjective ("eastern Hama Province"), a relative location
//     ("25 kilometers south of X", "12 km (7.5 miles) from the city"), and
//     names the gazetteer lacks but a cue marks as a place ("X oil field",
//     "Jebel X", "the X area", "village of X", "X island", "X County").
//  5. A place before an institution word is still the place ("Athens Police
//     Department"); "the X roundabout" is a site, not the place X; a word the
//     text also writes in lower case is no place at a sentence start.
#include "geo/recognizer.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "geo/words.h"

namespace sitrep::geo {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsNumber(std::string_view w, double* value) {
  if (w.empty() || !(w[0] >= '0' && w[0] <= '9')) return false;
  *value = std::strtod(std::string(w).c_str(), nullptr);
  return true;
}

class Scanner {
 public:
  Scanner(std::string_view text, const Gazetteer& g, RecognizerMemory* memory)
      : text_(text), g_(g), memory_(memory), words_(SplitText(text)) {
    for (size_t i = 0; i < words_.size(); ++i) {
      lower_.push_back(Lower(words_[i].text));
      if (!words_[i].capitalized && !words_[i].hyphen_before) lowercase_.insert(lower_.back());
    }
    inner_.resize(words_.size());
  }
  std::vector<Span> Run();

 private:
  const std::string& L(size_t i) const { return lower_[i]; }
  bool Joined(size_t i) const { return i < words_.size() && words_[i].joined; }
  bool CanStart(size_t i) const;
  size_t RunEnd(size_t i) const;  // last word of the longest joined name run
  bool Probe(size_t i, size_t j, std::vector<Candidate>* out, bool* blocked);
  bool Rejected(size_t i, size_t j, const std::vector<Candidate>& c);
  void AddContext(Span* s);
  bool CueName(size_t i, size_t j, Span* s);
  void AddTheCity(std::vector<Span>* spans);
  Span MakeSpan(size_t i, size_t j) const;
  Span CountySpan(size_t i, size_t end);
  size_t NumberAt(size_t w, double* value) const;
  bool SeatNamed(const std::vector<Candidate>& c) const;
  const std::vector<FoldedToken>& Inner(size_t i);

  std::string_view text_;
  const Gazetteer& g_;
  RecognizerMemory* memory_;
  std::vector<Word> words_;
  std::vector<std::string> lower_;
  std::unordered_set<std::string> lowercase_;    // words the text also writes in lower case
  std::vector<std::vector<FoldedToken>> inner_;  // folds as a later word, lazily
  size_t last_place_end_ = SIZE_MAX;             // word after the last place span
};

bool Scanner::CanStart(size_t i) const {
  if (words_[i].capitalized) return true;
  return IsConnector(L(i)) && L(i).size() <= 3 && i + 1 < words_.size() && words_[i + 1].joined &&
         words_[i + 1].hyphen_before && words_[i + 1].capitalized;
}

size_t Scanner::RunEnd(size_t i) const {
  size_t limit = std::min(words_.size(), i + static_cast<size_t>(std::max(g_.max_words(), 1)) + 1);
  size_t last = i;
  for (size_t k = i + 1; k < limit && Joined(k); ++k) {
    if (words_[k].capitalized) {
      last = k;
    } else if (!IsConnector(L(k))) {
      break;
    }
  }
  return last;
}

const std::vector<FoldedToken>& Scanner::Inner(size_t i) {
  if (inner_[i].empty()) FoldWord(words_[i].text, false, &inner_[i]);
  return inner_[i];
}

bool Scanner::Probe(size_t i, size_t j, std::vector<Candidate>* out, bool* blocked) {
  // Folded on first use: most words start no name and are never probed.
  if (words_[i].folded.empty()) FoldWord(words_[i].text, true, &words_[i].folded);
  std::vector<FoldedToken> tokens = words_[i].folded;
  for (size_t k = i + 1; k <= j; ++k) {
    const auto& f = Inner(k);
    tokens.insert(tokens.end(), f.begin(), f.end());
  }
  std::string key = JoinKey(tokens);
  if (key.size() < 2) return false;
  out->clear();
  return g_.Candidates(KeyHash(key), out, blocked);
}

bool Scanner::Rejected(size_t i, size_t j, const std::vector<Candidate>& c) {
  if (j + 1 < words_.size() && words_[j + 1].hyphen_before && IsAffiliationWord(L(j + 1))) return true;
  size_t content = 0;
  for (size_t k = i; k <= j; ++k) content += !IsConnector(L(k));
  // "The U" is no name; "Euphrates River Valley" is no "River Valley".
  if (content > 1) {
    bool initials = true, hyphen = false;  // "D-N" of "(D-N.Y.)": a party and a state, not a name
    for (size_t k = i; k <= j; ++k) {
      initials = initials && words_[k].text.size() == 1;
      hyphen = hyphen || (k > i && words_[k].hyphen_before);
    }
    return (initials && hyphen) || IsFunctionWord(L(i)) ||
           (IsFeatureNoun(L(i)) && i > 0 && words_[i].joined && words_[i - 1].capitalized);
  }
  // "(File)": a lone word in brackets is a caption or a credit.
  if (i == j && i > 0 && words_[i].start > 0 && text_[words_[i].start - 1] == '(' && words_[i].end < text_.size() &&
      text_[words_[i].end] == ')' && !c.empty() && g_.View(c[0].id).kind == PlaceKind::kPopulated) {
    return true;
  }
  PlaceKind top = c.empty() ? PlaceKind::kPopulated : g_.View(c[0].id).kind;
  const Word& w = words_[j];
  if (IsCommonWord(L(j)) || IsNamePrefix(L(j)) || memory_->surnames.count(L(j))) return true;
  // "Due to ..." opens a sentence; the text writes "due" in lower case elsewhere.
  if (w.sentence_start && lowercase_.count(L(j))) return true;
  if (i > 0 && words_[i].joined && IsTitle(L(i - 1))) {  // "Sen. Jones", "President Obama"
    memory_->surnames.insert(L(j));
    return true;
  }
  bool country = top == PlaceKind::kCountry;
  // Acronyms are organisations; an all-capital place opens a dateline ("ERBIL, ...").
  if (w.all_caps && !country && (w.text.size() <= 3 || (w.text.size() <= 5 && !w.sentence_start))) return true;
  // A short all-capital word spelled unlike the first place it matches
  // ("SANA", the news agency, is not Sanaa) is an acronym.
  if (w.all_caps && !country && w.text.size() <= 5 && i == j) {
    if (c.empty() || LooseKey(g_.View(c[0].id).name) != LooseKey(w.text)) return true;
  }
  bool after_preposition = i > 0 && (L(i - 1) == "of" || L(i - 1) == "in" || L(i - 1) == "from" ||
                                     L(i - 1) == "near" || L(i - 1) == "at");
  if (Joined(j + 1) && IsSpeechVerb(L(j + 1)) && !after_preposition) return true;  // "Hassan said"
  if (i > 0 && words_[i].joined && IsSpeechVerb(L(i - 1))) return true;  // "added Dillon"
  if (i > 0 && words_[i].joined && last_place_end_ == i) return false;   // "Albu-Kamal-Al Qaim"
  // "Texas Department of ...": a country or a state stays a place before
  // capitalized words; a division merely named after its seat ("David",
  // Panama) does not ("David Mackley").
  bool strong = top == PlaceKind::kCountry || (top == PlaceKind::kAdmin1 && !SeatNamed(c));
  // "Athens Police Department", "Dublin City Council": the place runs the institution.
  bool next_cap = !strong && Joined(j + 1) && words_[j + 1].capitalized && !IsProvinceWord(L(j + 1)) &&
                  L(j + 1) != "city" && L(j + 1) != "region" && !IsInstitutionWord(L(j + 1));
  bool prev_cap = i > 0 && words_[i].joined && words_[i - 1].capitalized &&
                  !IsCommonWord(L(i - 1)) && !IsDirectionAdjective(L(i - 1));
  double number = 0;
  if (!strong && Joined(j + 1) && IsNumber(L(j + 1), &number)) return true;  // "Route 159", "Troop 7"
  // "Raquel Henry": later "Henry" too; a country or a state is not learned
  // from one headline ("Rethinking Egypt-US relations").
  if (prev_cap && !next_cap && !strong) memory_->surnames.insert(L(j));
  return next_cap || prev_cap;
}

Span Scanner::MakeSpan(size_t i, size_t j) const {
  Span s;
  s.first_word = i;
  s.last_word = j;
  s.start = words_[i].start;
  s.end = words_[j].end;
  s.name = std::string(text_.substr(s.start, s.end - s.start));
  return s;
}

// Whether the first candidate is a division named after a seat that is also
// a candidate (same country, division and name).
bool Scanner::SeatNamed(const std::vector<Candidate>& c) const {
  PlaceView d = g_.View(c[0].id);
  for (const Candidate& o : c) {
    PlaceView v = g_.View(o.id);
    if (v.kind == PlaceKind::kPopulated && v.country_code == d.country_code && v.admin1_code == d.admin1_code &&
        LooseKey(v.name) == LooseKey(d.name)) {
      return true;
    }
  }
  return false;
}

// Qualifiers, direction adjectives and relative locations around a span.
void Scanner::AddContext(Span* s) {
  size_t i = s->first_word, j = s->last_word;
  if (j + 1 < words_.size() && Joined(j + 1)) {
    const std::string& next = L(j + 1);
    if (IsProvinceWord(next) && next != "district") {
      s->qualifier = Qualifier::kProvince;
      s->end = words_[j + 1].end;
    } else if (next == "city") {
      s->qualifier = Qualifier::kCity;
      s->end = words_[j + 1].end;
    } else if (next == "region" || next == "countryside") {
      s->qualifier = Qualifier::kRegion;
      s->end = words_[j + 1].end;
    }
  }
  if (i >= 2 && L(i - 1) == "of" && Joined(i)) {
    const std::string& before = L(i - 2);
    if (IsProvinceWord(before)) s->qualifier = Qualifier::kProvince;
    if (before == "city" || before == "town" || before == "village") s->qualifier = Qualifier::kCity;
  }
  size_t k = i;
  if (k >= 1 && IsDirectionAdjective(L(k - 1)) && Joined(k) && s->qualifier != Qualifier::kNone) {
    s->start = words_[k - 1].start;
    --k;
  }
  // "[N [to M]] km [direction] of|from X", "direction of X".
  if (k >= 2 && (L(k - 1) == "of" || L(k - 1) == "from" || L(k - 1) == "outside")) {
    size_t u = k - 2;
    if (IsDirection(L(u))) {
      s->direction = L(u);
      if (u >= 1 && IsDirection(L(u - 1)) && words_[u].hyphen_before) {  // "north-east"
        s->direction = L(u - 1) + L(u);
        --u;
      }
      if (u == 0) return;
      --u;
    }
    double a = 0, b = 0;
    size_t n0 = u >= 1 ? NumberAt(u - 1, &b) : SIZE_MAX;
    // "12 km (7.5 miles) from X": the first measure counts.
    if (n0 != SIZE_MAX && n0 >= 2 && UnitKm(L(n0 - 1)) &&
        text_.substr(words_[n0 - 1].end, words_[n0].start - words_[n0 - 1].end).find('(') != std::string_view::npos) {
      double first = 0;
      size_t n1 = NumberAt(n0 - 2, &first);
      if (n1 != SIZE_MAX) {
        u = n0 - 1;
        n0 = n1;
        b = first;
      }
    }
    std::optional<double> unit = UnitKm(L(u));
    if (unit && n0 != SIZE_MAX) {
      a = b;
      if (n0 >= 2 && (L(n0 - 1) == "to" || L(n0 - 1) == "and")) {  // "10 to 15 km"
        if (NumberAt(n0 - 2, &a) == SIZE_MAX) a = b;
      } else if (n0 >= 1 && words_[n0].hyphen_before) {  // "10-15 km"
        if (NumberAt(n0 - 1, &a) == SIZE_MAX) a = b;
      }
      s->km_min = a * *unit;
      s->km_max = b * *unit;
    } else if (!unit && L(u).size() > 2) {  // "12km"
      size_t d = 0;
      while (d < L(u).size() && ((L(u)[d] >= '0' && L(u)[d] <= '9') || L(u)[d] == '.')) ++d;
      std::optional<double> glued = d > 0 ? UnitKm(L(u).substr(d)) : std::nullopt;
      if (glued) s->km_min = s->km_max = std::strtod(L(u).substr(0, d).c_str(), nullptr) * *glued;
    }
  }
}

// The number ending at word w ("12", or "7.5" split into "7" and "5"): its
// first word, and its value in *value; SIZE_MAX when w ends no number.
size_t Scanner::NumberAt(size_t w, double* value) const {
  if (!IsNumber(L(w), value)) return SIZE_MAX;
  if (w >= 1 && IsNumber(L(w - 1), value) && words_[w].start == words_[w - 1].end + 1 &&
      text_[words_[w - 1].end] == '.') {
    *value = std::strtod((L(w - 1) + "." + L(w)).c_str(), nullptr);
    return w - 1;
  }
  IsNumber(L(w), value);
  return w;
}

// Names the gazetteer lacks that a cue marks as places.
bool Scanner::CueName(size_t i, size_t j, Span* s) {
  *s = MakeSpan(i, j);
  size_t n = words_.size();
  const std::string& first = L(i);
  if ((first == "jebel" || first == "jabal" || first == "jabel" || first == "mount" || first == "mt") && j > i) {
    s->feature = "MT";
    return true;
  }
  if (j + 2 < n && Joined(j + 1) && Joined(j + 2) && (L(j + 1) == "oil" || L(j + 1) == "gas") &&
      (L(j + 2) == "field" || L(j + 2) == "fields")) {
    s->feature = "OILF";
    s->end = words_[j + 2].end;
    return true;
  }
  if (j + 1 < n && Joined(j + 1) && (L(j + 1) == "oilfield" || L(j + 1) == "area" || L(j + 1) == "island")) {
    s->feature = L(j + 1) == "area" ? "AREA" : L(j + 1) == "island" ? "ISL" : "OILF";
    s->end = words_[j + 1].end;
    return !IsCommonWord(L(j)) || j > i;
  }
  if (i >= 2 && L(i - 1) == "of" && (L(i - 2) == "village" || L(i - 2) == "town")) {
    s->feature = "PPL";
    return !IsCommonWord(L(j)) || j > i;
  }
  return false;
}

// "X County" (words i..end, the last "County"): the towns named X as candidates.
Span Scanner::CountySpan(size_t i, size_t end) {
  Span s = MakeSpan(i, end - 1);
  bool blocked = false;
  if (!Probe(i, end - 1, &s.candidates, &blocked) || blocked) s.candidates.clear();
  s.qualifier = Qualifier::kCounty;
  s.feature = "ADM2";
  s.end = words_[end].end;
  return s;
}

// "12 km from the city": "the city" is the city the text is about.
void Scanner::AddTheCity(std::vector<Span>* spans) {
  for (size_t k = 2; k + 1 < words_.size(); ++k) {
    if (L(k) != "the" || L(k + 1) != "city") continue;
    const std::string& before = L(k - 1);
    if (before != "from" && before != "of" && before != "outside") continue;
    Span s = MakeSpan(k, k + 1);
    s.the_city = true;
    AddContext(&s);
    if (s.direction.empty() && !s.km_min) continue;
    s.start = words_[k].start;
    s.end = words_[k + 1].end;
    s.name = "the city";
    spans->push_back(std::move(s));
  }
}

std::vector<Span> Scanner::Run() {
  std::vector<Span> spans;
  std::vector<Candidate> cands;
  for (size_t i = 0; i < words_.size(); ++i) {
    if (!CanStart(i)) continue;
    size_t end = RunEnd(i);
    if (end > i && (L(end) == "county" || L(end) == "parish") && !IsFunctionWord(L(i))) {  // "Laurel County", "Rapides Parish"
      spans.push_back(CountySpan(i, end));
      i = end;
      continue;
    }
    bool matched = false, blocked = false;
    size_t j = end + 1;
    while (j-- > i) {
      if (!words_[j].capitalized || (j > i && IsConnector(L(j)))) continue;
      if (Probe(i, j, &cands, &blocked)) {
        matched = true;
        break;
      }
    }
    Span s;
    // A cue wins over a shorter gazetteer name ("al-Omar oil field", "Saqr
    // island"), but
    // "Mount Pleasant High School" is the town Mount Pleasant.
    if (CueName(i, end, &s) && (!matched || s.feature == "OILF" || s.feature == "ISL" || (s.feature == "MT" && j == i))) {
      AddContext(&s);
      spans.push_back(std::move(s));
      i = end;
      continue;
    }
    if (!matched) {
      if (end > i + 1 && words_[end].capitalized && !IsCommonWord(L(end))) memory_->surnames.insert(L(end));
      continue;
    }
    if (blocked) {
      if (!cands.empty()) memory_->demonym_countries.insert(cands.front().id);
      i = j;
      continue;
    }
    if (Rejected(i, j, cands)) continue;
    // "the Panorama roundabout", "the Carlton hotel": a site named after, not in, the place.
    if (i > 0 && L(i - 1) == "the" && j + 1 < words_.size() && Joined(j + 1) && !words_[j + 1].capitalized &&
        IsSiteNoun(L(j + 1)) && g_.View(cands[0].id).kind == PlaceKind::kPopulated) {
      s = MakeSpan(i, j);
      s.feature = "SITE";
      s.end = words_[j + 1].end;
      spans.push_back(std::move(s));
      i = j + 1;
      continue;
    }
    s = MakeSpan(i, j);
    s.candidates = cands;
    last_place_end_ = j + 1;
    AddContext(&s);
    spans.push_back(std::move(s));
    i = j;
  }
  AddTheCity(&spans);
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  return spans;
}

}  // namespace

std::vector<Span> Recognize(std::string_view text, const Gazetteer& gazetteer, RecognizerMemory* memory) {
  Scanner scanner(text, gazetteer, memory);
  return scanner.Run();
}

}  // namespace sitrep::geo
