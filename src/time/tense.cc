#include "time/tense.h"

#include <algorithm>
#include <cstdlib>

namespace kroniek {
namespace {

bool ends_with(std::string_view s, std::string_view t) {
  return s.size() >= t.size() && s.substr(s.size() - t.size()) == t;
}

// Separable particles before the ge- of a participle (op-ge-lopen).
constexpr std::string_view kParticles[] = {
    "", "aan", "af", "bij", "door", "in", "mee", "na", "neer", "om", "op", "over", "samen",
    "terug", "toe", "uit", "vast", "voor", "weg", "los", "vrij", "tegen", "plaats", "vrij",
    "binnen", "buiten", "rond", "thuis", "voort", "teweeg", "tot", "ten"};

// Words that look like participles but are not.
constexpr std::string_view kNotParticiples[] = {
    "geleden", "gemeente", "gemeenten", "gebied", "gebieden", "genoeg", "geld", "gelden",
    "gezondheid", "gevecht", "gevechten", "gerecht", "gesprekken", "gevangenen", "gebouwen",
    "geschiedenis", "gelijk", "gedachten", "gebeurt", "geeft", "geven", "gebruiken", "gaat",
    "geloven", "gelooft", "gevolgen", "getuigen", "gevoelens", "gegevens", "gewest", "gehad"};

}  // namespace

Status TenseLexicon::load(std::string_view verbs, std::string_view verbs_ud,
                          std::string_view verbs_weak) {
  verbs_.clear();
  // The generated list first: the hand-written one overrides it.
  const std::pair<std::string_view, std::string_view> files[] = {
      {verbs_weak, "verbs_weak.tsv"}, {verbs_ud, "verbs_ud.tsv"}, {verbs, "verbs.tsv"}};
  for (const auto& [text, file] : files) {
    size_t start = 0;
    uint32_t line_no = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      start = end + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos || tab == 0)
        return Status(StatusCode::kCorruptModel,
                      std::string(file) + ":" + std::to_string(line_no) + ": expected word <TAB> class");
      std::string_view word = line.substr(0, tab), cls = line.substr(tab + 1);
      VerbClass c;
      if (cls == "PAST") c = VerbClass::kPast;
      else if (cls == "PART") c = VerbClass::kPart;
      else if (cls == "PERF") c = VerbClass::kPerf;
      else if (cls == "PERF_PAST") c = VerbClass::kPerfPast;
      else if (cls == "FUT") c = VerbClass::kFut;
      else if (cls == "GO") c = VerbClass::kGo;
      else if (cls == "REPORT") c = VerbClass::kReport;
      else
        return Status(StatusCode::kCorruptModel, std::string(file) + ":" + std::to_string(line_no) +
                                                     ": unknown class '" + std::string(cls) + "'");
      verbs_[std::string(word)] = c;
    }
  }
  return Status::Ok();
}

bool TenseLexicon::is_participle(std::string_view w) const {
  if (auto it = verbs_.find(w); it != verbs_.end()) return it->second == VerbClass::kPart;
  if (w.size() < 6) return false;
  for (std::string_view n : kNotParticiples)
    if (w == n) return false;
  if (!(ends_with(w, "d") || ends_with(w, "t") || ends_with(w, "en"))) return false;
  for (std::string_view p : kParticles) {
    if (w.size() < p.size() + 5) continue;
    if (w.substr(0, p.size()) == p && w.substr(p.size(), 2) == "ge") return true;
  }
  return false;
}

Tense TenseLexicon::tense_at(const std::vector<std::string_view>& words, size_t begin,
                             size_t end) const {
  // Only the words around the expression count: a clause rarely spans more,
  // and a run-on "sentence" of megabytes must stay linear.
  constexpr size_t kWindow = 24;
  const size_t lo = begin > kWindow ? begin - kWindow : 0;
  const size_t hi = std::min(words.size(), end + kWindow);
  bool has_participle = false;
  for (size_t i = lo; i < hi; ++i)
    if ((i < begin || i >= end) && is_participle(words[i])) has_participle = true;
  size_t best_dist = SIZE_MAX;
  Tense best = Tense::kNone;
  for (size_t i = lo; i < hi; ++i) {
    if (i >= begin && i < end) continue;
    auto it = verbs_.find(words[i]);
    if (it == verbs_.end()) continue;
    Tense t;
    switch (it->second) {
      case VerbClass::kPast:
      case VerbClass::kPerfPast:
      case VerbClass::kReport:
        t = Tense::kPast;
        break;
      case VerbClass::kPerf:
        if (!has_participle) continue;
        t = Tense::kPast;
        break;
      case VerbClass::kFut:
        t = Tense::kFuture;
        break;
      case VerbClass::kGo: {
        // gaan + infinitive: an -en word follows.
        bool inf = false;
        for (size_t j = i + 1; j < hi && j < i + 8; ++j)
          if ((j < begin || j >= end) && ends_with(words[j], "en") && words[j].size() > 3) inf = true;
        if (!inf) continue;
        t = Tense::kFuture;
        break;
      }
      default:
        continue;
    }
    size_t dist = i < begin ? begin - i : i - end + 1;
    if (dist < best_dist) {
      best_dist = dist;
      best = t;
    }
  }
  return best;
}

}  // namespace kroniek
