// Judging comments: fold the comment's words once, then try the policy's
// rules in order. A pattern match is discarded when an `unless` pattern
// matches words overlapping it, and the search goes on after its first word.
// The reason quotes the comment's own spelling of the matched words (taken
// from their byte offsets) and the policy's wording of the rule.
#include "moderate/moderator.h"

#include <algorithm>

#include "base/strings.h"

namespace sitrep::moderate {
namespace {

bool IsAlphaWord(const Word& w) {
  if (w.kind != WordKind::kWord || w.text.size() < 3) return false;
  return std::all_of(w.text.begin(), w.text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool Overlaps(const WordMatch& a, const WordMatch& b) { return a.first < b.last && b.first < a.last; }

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url = url.substr(scheme + 3);
  return std::string(url.substr(0, url.find('/')));
}

void Reject(const Rule& rule, std::string_view comment, size_t b, size_t e, std::string detail,
            Decision* d) {
  d->reject = true;
  d->rule = rule.name;
  d->trigger = std::string(comment.substr(b, e - b));
  d->trigger_start = b;
  d->trigger_end = e;
  d->reason = (rule.reason.empty() ? rule.name : rule.reason) + ": \"" + d->trigger + "\"";
  if (!detail.empty()) d->reason += " " + detail;
  if (!rule.quote.empty()) d->reason += " (policy: \"" + rule.quote + "\")";
}

// "NAME says:" / "NAME wrote:" on the comment's first line.
std::string AuthorOf(std::string_view text) {
  std::string_view first = Trim(text.substr(0, text.find('\n')));
  for (std::string_view tail : {" says:", " said:", " wrote:", " says", " wrote"}) {
    if (first.size() > tail.size() && first.size() <= 60 + tail.size() && EndsWith(first, tail)) {
      return std::string(Trim(first.substr(0, first.size() - tail.size())));
    }
  }
  return "";
}

}  // namespace

std::string Stem(std::string_view w) {
  std::string s = AsciiLower(w);
  auto strip = [&s](std::string_view suffix, size_t min_len, std::string_view add = "") {
    if (s.size() >= min_len && EndsWith(s, suffix)) {
      s = s.substr(0, s.size() - suffix.size()) + std::string(add);
      return true;
    }
    return false;
  };
  if (strip("ies", 5, "y") || strip("sses", 5, "ss") || strip("es", 6) ||
      (!EndsWith(s, "ss") && !EndsWith(s, "us") && strip("s", 4))) {
  }
  if (strip("ing", 6) || strip("ed", 5) || strip("ly", 5)) {
  }
  return s;
}

Result<std::unique_ptr<Moderator>> Moderator::Create(Policy policy) {
  if (policy.rules.empty()) return InvalidArgumentError("policy " + policy.name + " has no rule");
  auto m = std::unique_ptr<Moderator>(new Moderator(std::move(policy)));
  for (const auto& w : m->policy_.stopwords) m->stopwords_.insert(w);
  return m;
}

bool Moderator::IsStopword(std::string_view w) const { return stopwords_.count(w) > 0; }

Topic Moderator::MakeTopic(std::string_view article_text) const {
  Topic t;
  for (const Word& w : FoldWords(article_text)) {
    if (IsAlphaWord(w) && !IsStopword(w.text)) t.stems.insert(Stem(w.text));
  }
  return t;
}

bool Moderator::OffTopic(const Rule& rule, const std::vector<Word>& words, const Topic& topic) const {
  int content = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!IsAlphaWord(w) || IsStopword(w.text)) continue;
    ++content;
    std::string stem = Stem(w.text);
    if (topic.stems.count(stem)) return false;
    if (stem.size() >= 5) {
      auto it = topic.stems.lower_bound(stem.substr(0, 5));
      if (it != topic.stems.end() && it->compare(0, 5, stem, 0, 5) == 0) return false;
    }
    for (const auto& name : rule.topic_lexicons) {
      size_t end;
      auto lex = policy_.lexicons.find(name);
      if (lex != policy_.lexicons.end() && MatchEntries(lex->second, words, i, &end)) return false;
    }
  }
  return content >= rule.offtopic_min_words;
}

bool Moderator::MatchRule(const Rule& rule, std::string_view comment, const std::vector<Word>& words,
                          const Topic& topic, Decision* d) const {
  for (const Pattern& p : rule.patterns) {
    WordMatch m;
    for (size_t from = 0; FindPattern(p, words, policy_.lexicons, &m, from); from = m.first + 1) {
      bool excused = false;
      for (const Pattern& u : rule.exceptions) {
        WordMatch um;
        for (size_t uf = 0; !excused && FindPattern(u, words, policy_.lexicons, &um, uf); uf = um.first + 1) {
          excused = Overlaps(m, um);
        }
      }
      if (excused) continue;
      Reject(rule, comment, words[m.first].start, words[m.last - 1].end, "", d);
      return true;
    }
  }
  for (const Word& w : words) {
    if (w.kind != WordKind::kUrl) continue;
    std::string host = HostOf(w.text);
    for (const auto& name : rule.host_lexicons) {
      for (const auto& entry : policy_.lexicons.at(name)) {
        if (entry.size() == 1 && host.find(entry[0]) != std::string::npos) {
          Reject(rule, comment, w.start, w.end, "(a link to a \"" + entry[0] + "\" site)", d);
          return true;
        }
      }
    }
  }
  if (rule.offtopic && OffTopic(rule, words, topic)) {
    Reject(rule, comment, 0, comment.size(), "shares no word with the article or its subject", d);
    d->reason = (rule.reason.empty() ? rule.name : rule.reason) +
                ": shares no word with the article or its subject" +
                (rule.quote.empty() ? "" : " (policy: \"" + rule.quote + "\")");
    return true;
  }
  return false;
}

Decision Moderator::Judge(std::string_view comment, const Topic& topic) const {
  std::vector<Word> words = FoldWords(comment);
  Decision d;
  for (const Rule& rule : policy_.rules) {
    if (MatchRule(rule, comment, words, topic, &d)) return d;
  }
  return d;
}

std::vector<CommentDecision> ModerateDocument(const Moderator& moderator, const Document& doc) {
  // Replies answer other readers, so the conversation is part of the topic.
  std::string article;
  for (const Segment& s : doc.segments) {
    if (IsArticle(s.label) || s.label == SegmentLabel::kComment) article += s.text + "\n";
  }
  Topic topic = moderator.MakeTopic(article);
  std::vector<CommentDecision> out;
  std::string pending_author;  // from a segment that holds only "NAME says:"
  for (const Segment& s : doc.segments) {
    if (s.label != SegmentLabel::kComment) continue;
    std::string author = AuthorOf(s.text);
    if (!author.empty() && s.text.find('\n') == std::string::npos &&
        Trim(s.text).size() <= author.size() + 8) {
      pending_author = author;
      continue;
    }
    CommentDecision c;
    c.segment = &s;
    c.author = author.empty() ? pending_author : author;
    pending_author.clear();
    c.start = s.start;
    c.end = s.end;
    c.decision = moderator.Judge(s.text, topic);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace sitrep::moderate
