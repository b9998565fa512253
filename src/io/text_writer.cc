// The readable view: what a journalist would paste into a note.
#include <algorithm>
#include <cstdio>
#include <map>

#include "kroniek/writers.h"

namespace kroniek {
namespace {

std::string one_line(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !r.empty()) r.push_back(' ');
    space = false;
    r.push_back(c);
  }
  return r;
}

std::string date_string(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// The sentence holding token t.
size_t sentence_of(const Document& doc, uint32_t t) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                             [](uint32_t tok, const Sentence& s) { return tok < s.first_token; });
  return it == doc.sentences.begin() ? 0 : static_cast<size_t>(it - doc.sentences.begin() - 1);
}

// When a quote was said: the resolved date or time nearest to its cue (or to
// the quote) in the same sentence, else the publication date.
std::string when(const Document& doc, const Quote& q) {
  uint32_t anchor = 0;
  if (q.cue_token >= 0) {
    anchor = static_cast<uint32_t>(q.cue_token);
  } else {
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.span.begin,
                               [](const Token& tok, uint32_t b) { return tok.span.begin < b; });
    anchor = static_cast<uint32_t>(it - doc.tokens.begin());
    if (anchor >= doc.tokens.size()) anchor = doc.tokens.empty() ? 0 : static_cast<uint32_t>(doc.tokens.size() - 1);
  }
  if (!doc.sentences.empty()) {
    const Sentence& s = doc.sentences[sentence_of(doc, anchor)];
    const Timex* best = nullptr;
    uint32_t best_d = 0;
    for (const Timex& t : doc.timexes) {
      if (t.first_token < s.first_token || t.end_token > s.end_token) continue;
      if ((t.type != TimexType::kDate && t.type != TimexType::kTime) || t.value.empty() ||
          t.value[0] < '0' || t.value[0] > '9')
        continue;
      uint32_t d = t.first_token > anchor ? t.first_token - anchor : anchor - t.first_token;
      if (!best || d < best_d) best = &t, best_d = d;
    }
    if (best) return best->value;
  }
  return doc.dct ? date_string(*doc.dct) : std::string("undated");
}

// Quotes grouped by speaker, in the order the speakers first speak.
std::string who_said_what(const Document& doc) {
  std::string out = "\nWho said what\n";
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Quote*>> by_speaker;
  for (const Quote& q : doc.quotes) {
    std::string who = q.speaker_entity >= 0 ? doc.entities[q.speaker_entity].name : q.speaker_name;
    if (who.empty()) who = "(unknown speaker)";
    auto [it, added] = by_speaker.try_emplace(who);
    if (added) order.push_back(who);
    it->second.push_back(&q);
  }
  for (const std::string& who : order) {
    out += "  " + who + "\n";
    for (const Quote* q : by_speaker[who]) {
      out += "    " + when(doc, *q) + "  ";
      if (q->kind == QuoteKind::kDirect)
        out += "\"" + one_line(doc.slice(q->span)) + "\"";
      else
        out += "(reported) " + one_line(doc.slice(q->span));
      if (q->addressee_entity >= 0) out += "  (to " + doc.entities[q->addressee_entity].name + ")";
      out += "\n";
    }
  }
  return out;
}

}  // namespace

std::string to_text(const Document& doc) {
  std::string out;
  out += doc.id.empty() ? "Article" : "Article " + doc.id;
  out += doc.dct ? ", published " + date_string(*doc.dct) : ", no publication date";
  out += "\n" + std::to_string(doc.sentences.size()) + " sentences, " +
         std::to_string(doc.tokens.size()) + " tokens\n";
  for (const std::string& w : doc.warnings) out += "note: " + w + "\n";

  if (!doc.entities.empty() || !doc.mentions.empty()) {
    out += "\nWho and what is named\n";
    if (!doc.entities.empty()) {
      std::vector<size_t> order(doc.entities.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return doc.entities[a].mentions.size() > doc.entities[b].mentions.size();
      });
      for (size_t i : order) {
        const Entity& e = doc.entities[i];
        out += "  " + std::string(to_string(e.type)) + "\t" + e.name + " (" +
               std::to_string(e.mentions.size()) + "x)\n";
      }
    } else {
      std::map<std::pair<std::string, std::string>, int> counts;
      for (const Mention& m : doc.mentions)
        ++counts[{to_string(m.type), one_line(doc.slice(m.span))}];
      for (const auto& [k, n] : counts) out += "  " + k.first + "\t" + k.second + " (" + std::to_string(n) + "x)\n";
    }
  }

  if (!doc.timexes.empty()) {
    out += "\nWhen\n";
    for (const Timex& t : doc.timexes)
      out += "  " + t.value + "\t" + one_line(doc.slice(t.span)) + " (" + to_string(t.type) + ")\n";
  }

  if (!doc.quotes.empty()) out += who_said_what(doc);

  out += "\nSentences\n";
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    out += "  [" + std::to_string(i + 1) + "] " + one_line(doc.slice(doc.token_range(s.first_token, s.end_token))) + "\n";
  }
  return out;
}

}  // namespace kroniek
