#include "time/tense.h"

#include <algorithm>
#include <cstdlib>

#include "text/table.h"

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
    Status s = for_each_table_line(text, file, [&](std::string_view line, uint32_t) -> std::string {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos || tab == 0) return "expected word <TAB> class";
      std::string_view word = line.substr(0, tab), cls = line.substr(tab + 1);
      VerbClass c;
      if (cls == "PAST") c = VerbClass::kPast;
      else if (cls == "PART") c = VerbClass::kPart;
      else if (cls == "PERF") c = VerbClass::kPerf;
      else if (cls == "PERF_PAST") c = VerbClass::kPerfPast;
      else if (cls == "FUT") c = VerbClass::kFut;
      else if (cls == "GO") c = VerbClass::kGo;
      else if (cls == "REPORT") c = VerbClass::kReport;
      else if (cls == "PASSIVE") c = VerbClass::kPassive;
      else if (cls == "PRES") c = VerbClass::kPres;
      else return "unknown class '" + std::string(cls) + "'";
      verbs_[word] = c;
      return {};
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

bool TenseLexicon::is_participle(std::string_view w) const {
  if (const VerbClass* c = verbs_.find(w)) return *c == VerbClass::kPart;
  if (w.size() < 6) return false;
  for (std::string_view n : kNotParticiples)
    if (w == n) return false;
  if (!(ends_with(w, "d") || ends_with(w, "t") || ends_with(w, "en"))) return false;
  for (std::string_view p : kParticles) {
    if (w.size() < p.size() + 5) continue;
    if (w.substr(0, p.size()) == p && w.substr(p.size(), 2) == "ge") return true;
  }
  // A compound before ge- (huisgehouden, bekendgemaakt).
  if (w.size() >= 9)
    for (size_t p = 2; p <= 7 && p + 4 < w.size(); ++p)
      if (w.substr(p, 2) == "ge") return true;
  // Verbs with an unstressed prefix take no ge- (besproken, verloren, overlegd).
  if (w.size() >= 7)
    for (std::string_view p : {"be", "ver", "ont", "her", "over", "onder"})
      if (w.substr(0, p.size()) == p && (ends_with(w, "d") || ends_with(w, "t"))) return true;
  return false;
}

std::optional<Tense> TenseLexicon::nearest(const std::vector<std::string_view>& words, size_t lo,
                                           size_t hi, size_t begin, size_t end, bool has_participle,
                                           bool with_present) const {
  size_t best_dist = SIZE_MAX;
  std::optional<Tense> best;
  bool present = false;
  for (size_t i = lo; i < hi; ++i) {
    if (i >= begin && i < end) continue;
    const VerbClass* c = verbs_.find(words[i]);
    if (!c) continue;
    Tense t;
    switch (*c) {
      case VerbClass::kPast:
      case VerbClass::kPerfPast:
      case VerbClass::kReport:
        t = Tense::kPast;
        break;
      case VerbClass::kPerf:
        if (!has_participle) {
          present = true;  // "is": a copula in the present
          continue;
        }
        t = Tense::kPast;
        break;
      case VerbClass::kFut:
        t = Tense::kFuture;
        break;
      case VerbClass::kPassive:
        if (!has_participle) {
          present = true;  // "wordt moeilijker": a copula in the present
          continue;
        }
        t = Tense::kFuture;
        break;
      case VerbClass::kGo: {
        // gaan + infinitive: an -en word follows.
        bool inf = false;
        for (size_t j = i + 1; j < hi && j < i + 8; ++j)
          if ((j < begin || j >= end) && ends_with(words[j], "en") && words[j].size() > 3) inf = true;
        if (!inf) {
          present = true;
          continue;
        }
        t = Tense::kFuture;
        break;
      }
      case VerbClass::kPres:
        present = true;
        continue;
      default:
        continue;
    }
    size_t dist = i < begin ? begin - i : i - end + 1;
    if (dist < best_dist) {
      best_dist = dist;
      best = t;
    }
  }
  if (!best && present && with_present) best = Tense::kPresent;
  return best;
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
  // Postponed "tot (na) 4 juni" or moved "naar volgende maand": ahead of the
  // DCT, whatever the tense of the postponing.
  {
    size_t k = begin;
    if (k > 0 && words[k - 1] == "na") --k;
    if (k > 0 && (words[k - 1] == "tot" || words[k - 1] == "naar")) {
      static constexpr std::string_view kPostpone[] = {
          "uitgesteld", "verdaagd", "opgeschoven", "verschoven", "verlengd", "uitstellen",
          "verdagen", "opschuiven", "verschuiven", "verlengen", "uitgestelde", "verplaatst"};
      for (size_t i = lo; i < hi; ++i)
        for (std::string_view w : kPostpone)
          if (words[i] == w) return Tense::kFuture;
    }
  }
  // Direct speech: the verb of saying outside the quotation ("..., zei ze")
  // tells nothing of the quoted clause, which mostly speaks of now and next.
  // Curly single quotes reach us as "'" (the tagger folds them), so a
  // standalone ' or " opens a quotation or closes the open one.
  auto opens = [](std::string_view w) { return w == "\xE2\x80\x9C" || w == "\xC2\xAB"; };
  auto closes = [](std::string_view w) { return w == "\xE2\x80\x9D" || w == "\xC2\xBB"; };
  auto toggles = [](std::string_view w) { return w == "\"" || w == "'"; };
  bool quoted = false;
  size_t quote_lo = 0;
  for (size_t i = 0; i < begin; ++i) {
    if (opens(words[i]) || (toggles(words[i]) && !quoted)) quoted = true, quote_lo = i + 1;
    else if (closes(words[i]) || toggles(words[i])) quoted = false;
  }
  size_t win_lo = lo, win_hi = hi;
  if (quoted) {
    win_lo = std::max(lo, quote_lo);
    for (size_t i = end; i < hi; ++i)
      if (closes(words[i]) || toggles(words[i])) {
        win_hi = i;
        break;
      }
  }
  // The clause: up to the nearest comma, semicolon, colon or dash.
  auto boundary = [](std::string_view w) {
    return w == "," || w == ";" || w == ":" || w == "-" || w == "\xE2\x80\x93" || w == "(" || w == ")";
  };
  size_t clause_lo = begin, clause_hi = end;
  while (clause_lo > win_lo && !boundary(words[clause_lo - 1])) --clause_lo;
  while (clause_hi < win_hi && !boundary(words[clause_hi])) ++clause_hi;
  if (auto t = nearest(words, clause_lo, clause_hi, begin, end, has_participle, true)) return *t;
  if (auto t = nearest(words, win_lo, win_hi, begin, end, has_participle, false)) return *t;
  return quoted ? Tense::kPresent : Tense::kNone;
}

}  // namespace kroniek
