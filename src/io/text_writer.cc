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

  if (!doc.quotes.empty()) {
    out += "\nWho said what\n";
    for (const Quote& q : doc.quotes) {
      if (q.kind != QuoteKind::kDirect) continue;
      out += "  " + (q.speaker_name.empty() ? std::string("(unknown speaker)") : q.speaker_name);
      if (q.addressee_entity >= 0) out += " to " + doc.entities[q.addressee_entity].name;
      out += ": \"" + one_line(doc.slice(q.span)) + "\"\n";
    }
  }

  out += "\nSentences\n";
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    out += "  [" + std::to_string(i + 1) + "] " + one_line(doc.slice(doc.token_range(s.first_token, s.end_token))) + "\n";
  }
  return out;
}

}  // namespace kroniek
