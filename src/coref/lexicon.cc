#include "coref/lexicon.h"

#include <algorithm>

#include "text/compound.h"
#include "text/lowercase.h"
#include "text/table.h"
#include "text/utf8.h"

namespace kroniek {
namespace {

// Calls f(first field, rest of the line) for every entry of a table; f
// returns an error message, empty when the entry is fine.
template <typename F>
Status for_each_entry(std::string_view data, std::string_view file, F&& f) {
  return for_each_table_line(data, file, [&](std::string_view line, uint32_t) -> std::string {
    const size_t tab = line.find('\t');
    return f(line.substr(0, tab), tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1));
  });
}

}  // namespace

Status Lexicon::load(std::string_view words_tsv, std::string_view roles_txt, std::string_view cues_tsv) {
  Status s = for_each_entry(words_tsv, "coref/words.tsv", [&](std::string_view form, std::string_view cls) -> std::string {
    uint32_t flags = 0;
    size_t p = 0;
    while (p <= cls.size()) {
      size_t comma = cls.find(',', p);
      if (comma == std::string_view::npos) comma = cls.size();
      std::string_view c = cls.substr(p, comma - p);
      p = comma + 1;
      if (c == "det") flags |= kDet;
      else if (c == "prep") flags |= kPrep;
      else if (c == "pers") flags |= kPersPron;
      else if (c == "pron") flags |= kPron;
      else if (c == "adv") flags |= kAdverb;
      else if (c == "conj") flags |= kConj;
      else if (c == "particle") flags |= kParticle;
      else if (c == "func") flags |= kFunc;
      else if (c == "title") flags |= kTitleNoun;
      else if (c == "honorific") flags |= kTitle;
      else if (c == "male") flags |= kMale;
      else if (c == "female") flags |= kFemale;
      else if (c == "document") flags |= kDocument;
      else return "unknown class '" + std::string(c) + "' for '" + std::string(form) + "'";
    }
    words_[form] |= flags;
    return {};
  });
  if (!s.ok()) return s;
  s = for_each_entry(roles_txt, "coref/roles.txt", [&](std::string_view form, std::string_view) -> std::string {
    words_[form] |= kRole;
    max_role_bytes_ = std::max(max_role_bytes_, form.size());
    return {};
  });
  if (!s.ok()) return s;
  return for_each_entry(cues_tsv, "quotes/cues.tsv", [&](std::string_view form, std::string_view kind) -> std::string {
    uint32_t flag = 0;
    if (kind == "verb") flag = kCueVerb;
    else if (kind == "aldus") flag = kCueAldus;
    else if (kind == "volgens") flag = kCueVolgens;
    else if (kind == "impersonal") flag = kCueImpersonal;
    else if (kind == "read") flag = kCueRead;
    else return "unknown cue kind '" + std::string(kind) + "' for '" + std::string(form) + "'";
    size_t space = form.find(' ');
    if (space == std::string_view::npos) {
      words_[form] |= flag;
      return {};
    }
    const std::string_view first = form.substr(0, space), second = form.substr(space + 1);
    words_[first] |= kCueNeedsPart;
    words_[second] |= kCuePart;
    parts_[first].emplace_back(second);
    return {};
  });
}

uint32_t Lexicon::classes(std::string_view lower) const {
  const uint32_t* found = words_.find(lower);
  uint32_t c = found ? *found : 0;
  if (!(c & kRole) && is_role(lower)) c |= kRole;
  return c;
}

Status Lexicon::load_given_names(std::string_view tsv) {
  given_.reserve(given_.size() + static_cast<size_t>(std::count(tsv.begin(), tsv.end(), '\n')));
  return for_each_entry(tsv, "coref/given_names", [&](std::string_view name, std::string_view g) -> std::string {
    if (g == "m") given_[name] = kMale;
    else if (g == "f") given_[name] = kFemale;
    else if (g == "u") given_[name] = 0;  // either: "Jo", "Sam"
    else return "unknown gender '" + std::string(g) + "' for '" + std::string(name) + "'";
    return {};
  });
}

uint32_t Lexicon::gender(std::string_view lower) const {
  const uint32_t* found = words_.find(lower);
  uint32_t c = found ? *found : 0;
  if (c & kGender) return c & kGender;
  if (is_role(lower)) {
    // Compounds take their head's gender ("perswoordvoerster", "topvrouw");
    // "-ster" and "-vrouw" name women, except the "meester"/"minister" offices.
    auto ends = [&](std::string_view s) { return lower.size() >= s.size() && lower.substr(lower.size() - s.size()) == s; };
    if (ends("vrouw") || (ends("ster") && !ends("meester") && !ends("minister") && !ends("priester")) || ends("euse") || ends("trice") ||
        ends("ares") || ends("eres") || ends("gravin") || ends("koningin"))
      return kFemale;
    if (ends("man") && !ends("woman")) return kMale;
  }
  return 0;
}

bool Lexicon::is_role(std::string_view lower) const {
  if (const uint32_t* c = words_.find(lower); c && (*c & kRole)) return true;
  // Compounds end in their head: "clubvoorzitter", "oppositieraadslid".
  auto role = [&](std::string_view head) {
    const uint32_t* c = words_.find(head);
    return c && (*c & kRole);
  };
  if (ends_in_head(lower, 2, 5, max_role_bytes_, role)) return true;
  size_t dash = lower.rfind('-');
  if (dash != std::string_view::npos && dash + 1 < lower.size()) {
    const uint32_t* c = words_.find(lower.substr(dash + 1));
    return c && (*c & kRole);
  }
  return false;
}

bool Lexicon::completes(std::string_view first, std::string_view second) const {
  const std::vector<std::string>* parts = parts_.find(first);
  if (!parts) return false;
  for (const std::string& s : *parts)
    if (s == second) return true;
  return false;
}

DocWords::DocWords(const Document& doc, const Lexicon& lex) {
  size_t n = doc.tokens.size();
  buf_.reserve(doc.text.size() + n);
  off_.reserve(n + 1);
  cls_.resize(n);
  upper_.resize(n);
  word_.resize(n);
  gender_.resize(n);
  for (size_t t = 0; t < n; ++t) {
    off_.push_back(static_cast<uint32_t>(buf_.size()));
    std::string_view w = doc.token_text(doc.tokens[t]);
    word_[t] = doc.tokens[t].kind == TokenKind::kWord;
    if (!word_[t]) continue;
    append_lowercase(w, &buf_);
    upper_[t] = starts_with_capital(w);
    std::string_view lw = std::string_view(buf_).substr(off_[t]);
    cls_[t] = lex.classes(lw);
    gender_[t] = lex.gender(lw);
    if (!gender_[t] && upper_[t]) gender_[t] = lex.given_gender(lw);
    // "VN-chef", "CD&V-voorzitter": a name, a hyphen and a common noun is a role.
    size_t dash = w.rfind('-');
    if (upper_[t] && dash != std::string_view::npos && w.size() - dash > 4 && !starts_with_capital(w.substr(dash + 1)) &&
        lw.find(' ') == std::string_view::npos)
      cls_[t] |= kRole;
  }
  off_.push_back(static_cast<uint32_t>(buf_.size()));
}

}  // namespace kroniek
