// CoNLL-U: tokens in columns; what kroniek adds (entities, time) goes in MISC
// as NER=B-PER / Entity=E1 / Timex=B-DATE:2019-06-30, with code-point offsets.
#include <cstdio>
#include <string>

#include "kroniek/writers.h"

namespace kroniek {
namespace {

// CoNLL-U forbids spaces, tabs and newlines inside fields.
std::string field(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ') c = '_';
  return r.empty() ? "_" : r;
}

}  // namespace

std::string to_conllu(const Document& doc) {
  std::string out;
  // Per-token BIO labels from the layers.
  std::vector<std::string> ner(doc.tokens.size()), entity(doc.tokens.size()), timex(doc.tokens.size());
  for (const Mention& m : doc.mentions) {
    for (uint32_t t = m.first_token; t < m.end_token; ++t) {
      if (m.kind == MentionKind::kName) ner[t] = std::string(t == m.first_token ? "B-" : "I-") + to_string(m.type);
      if (m.entity >= 0 && entity[t].empty()) entity[t] = "E" + std::to_string(m.entity + 1);
    }
  }
  for (const Timex& x : doc.timexes)
    for (uint32_t t = x.first_token; t < x.end_token; ++t)
      timex[t] = std::string(t == x.first_token ? "B-" : "I-") + to_string(x.type) +
                 (t == x.first_token ? ":" + x.value : "");

  if (!doc.id.empty()) out += "# newdoc id = " + field(doc.id) + "\n";
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out += "# sent_id = " + std::to_string(si + 1) + "\n# text = ";
    std::string_view text = doc.slice(doc.token_range(s.first_token, s.end_token));
    bool space = false;
    for (char c : text) {
      if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
        space = true;
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    out += "\n";
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = doc.tokens[t];
      std::string misc;
      auto add = [&](const std::string& kv) {
        if (!misc.empty()) misc += "|";
        misc += kv;
      };
      if (!(tok.flags & kSpaceAfter) && t + 1 < doc.tokens.size()) add("SpaceAfter=No");
      if (!ner[t].empty()) add("NER=" + ner[t]);
      if (!entity[t].empty()) add("Entity=" + entity[t]);
      if (!timex[t].empty()) add("Timex=" + timex[t]);
      add("Start=" + std::to_string(tok.span.cp_begin));
      add("End=" + std::to_string(tok.span.cp_end));
      out += std::to_string(t - s.first_token + 1) + "\t" + field(doc.token_text(tok)) +
             "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace kroniek
