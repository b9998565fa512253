#include "ner/conlleval.h"

#include <cstdio>

namespace kroniek::ner {

namespace {

void split_tag(std::string_view t, char* tag, std::string_view* type) {
  if (t == "O" || t.empty()) {
    *tag = 'O';
    *type = {};
    return;
  }
  if (t.size() >= 2 && t[1] == '-') {
    *tag = t[0];
    *type = t.substr(2);
  } else {
    *tag = 'I';
    *type = t;
  }
}

bool chunk_ends(char prev, char tag, std::string_view prev_type, std::string_view type) {
  if (prev == 'B' && (tag == 'B' || tag == 'S' || tag == 'O')) return true;
  if (prev == 'I' && (tag == 'B' || tag == 'S' || tag == 'O')) return true;
  if (prev == 'E' || prev == 'S') return true;
  if (prev != 'O' && prev_type != type) return true;
  return false;
}

bool chunk_starts(char prev, char tag, std::string_view prev_type, std::string_view type) {
  if (tag == 'B' || tag == 'S') return true;
  if ((prev == 'E' || prev == 'S') && (tag == 'E' || tag == 'I')) return true;
  if (prev == 'O' && (tag == 'E' || tag == 'I')) return true;
  if (tag != 'O' && prev_type != type) return true;
  return false;
}

}  // namespace

void ConllEvaluator::step(char gold, std::string_view gold_type, char guess, std::string_view guess_type) {
  if (in_correct_) {
    const bool gold_end = chunk_ends(last_gold_, gold, last_gold_type_, gold_type);
    const bool guess_end = chunk_ends(last_guess_, guess, last_guess_type_, guess_type);
    if (gold_end && guess_end && last_guess_type_ == last_gold_type_) {
      in_correct_ = false;
      ++scores_.overall.correct;
      ++scores_.by_type[last_gold_type_].correct;
    } else if (gold_end != guess_end || guess_type != gold_type) {
      in_correct_ = false;
    }
  }
  const bool gold_start = chunk_starts(last_gold_, gold, last_gold_type_, gold_type);
  const bool guess_start = chunk_starts(last_guess_, guess, last_guess_type_, guess_type);
  if (gold_start && guess_start && guess_type == gold_type) in_correct_ = true;
  if (gold_start) {
    ++scores_.overall.gold;
    ++scores_.by_type[std::string(gold_type)].gold;
  }
  if (guess_start) {
    ++scores_.overall.guessed;
    ++scores_.by_type[std::string(guess_type)].guessed;
  }
  last_gold_ = gold;
  last_guess_ = guess;
  last_gold_type_.assign(gold_type);
  last_guess_type_.assign(guess_type);
}

void ConllEvaluator::add(std::string_view gold, std::string_view guessed) {
  char gt, pt;
  std::string_view gy, py;
  split_tag(gold, &gt, &gy);
  split_tag(guessed, &pt, &py);
  step(gt, gy, pt, py);
  ++scores_.tokens;
  if (gold == guessed) ++scores_.correct_tags;
}

void ConllEvaluator::boundary() { step('O', {}, 'O', {}); }

ConllScores ConllEvaluator::finish() {
  if (in_correct_) {
    ++scores_.overall.correct;
    ++scores_.by_type[last_gold_type_].correct;
    in_correct_ = false;
  }
  last_gold_ = last_guess_ = 'O';
  last_gold_type_.clear();
  last_guess_type_.clear();
  ConllScores out = std::move(scores_);
  scores_ = ConllScores();
  return out;
}

Status evaluate_conll_text(std::string_view text, std::string_view name, ConllScores* out) {
  ConllEvaluator ev;
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t");
    if (b == std::string_view::npos) {
      ev.boundary();
      continue;
    }
    line = line.substr(b, e - b + 1);
    if (line.starts_with("-DOCSTART-")) {
      ev.boundary();
      continue;
    }
    std::string_view cols[2];
    int found = 0;
    size_t end = line.size();
    while (found < 2) {
      size_t sp = line.find_last_of(" \t", end - 1);
      const size_t start = sp == std::string_view::npos ? 0 : sp + 1;
      cols[found++] = line.substr(start, end - start);
      if (sp == std::string_view::npos) break;
      end = line.find_last_not_of(" \t", sp);
      if (end == std::string_view::npos) break;
      ++end;
    }
    if (found < 2) {
      return Status(StatusCode::kInvalidInput,
                    std::string(name) + ":" + std::to_string(line_no) +
                        ": expected a gold and a guessed tag as the last two columns");
    }
    ev.add(cols[1], cols[0]);
  }
  *out = ev.finish();
  return Status::Ok();
}

std::string format_conlleval(const ConllScores& s) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n",
                s.tokens, s.overall.gold, s.overall.guessed, s.overall.correct);
  out += buf;
  const double acc = s.tokens ? 100.0 * static_cast<double>(s.correct_tags) / static_cast<double>(s.tokens) : 0.0;
  std::snprintf(buf, sizeof buf, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", acc,
                s.overall.precision(), s.overall.recall(), s.overall.f1());
  out += buf;
  for (const auto& [type, c] : s.by_type) {
    if (type.empty()) continue;
    std::snprintf(buf, sizeof buf, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n", type.c_str(),
                  c.precision(), c.recall(), c.f1(), c.guessed);
    out += buf;
  }
  return out;
}

}  // namespace kroniek::ner
