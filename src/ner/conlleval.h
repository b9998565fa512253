// Chunk scoring as the CoNLL shared tasks' conlleval script does it.
//
//   ner::ConllEvaluator ev;
//   ev.add("B-PER", "B-PER"); ev.add("I-PER", "O"); ev.boundary();
//   ner::ConllScores s = ev.finish();
//   std::string report = ner::format_conlleval(s);
//
// A chunk counts as correct when gold and guess start and end on the same
// tokens with the same type; tags follow conlleval's IOB/IOBES rules (an I
// after O or after another type starts a chunk).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "kroniek/status.h"

namespace kroniek::ner {

struct ChunkCounts {
  size_t gold = 0, guessed = 0, correct = 0;
  double precision() const { return guessed ? 100.0 * static_cast<double>(correct) / static_cast<double>(guessed) : 0.0; }
  double recall() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct ConllScores {
  size_t tokens = 0, correct_tags = 0;
  ChunkCounts overall;
  std::map<std::string, ChunkCounts> by_type;
};

class ConllEvaluator {
 public:
  void add(std::string_view gold, std::string_view guessed);
  void boundary();  // a sentence or document break
  ConllScores finish();

 private:
  void step(char gold_tag, std::string_view gold_type, char guess_tag, std::string_view guess_type);

  ConllScores scores_;
  bool in_correct_ = false;
  char last_gold_ = 'O', last_guess_ = 'O';
  std::string last_gold_type_, last_guess_type_;
};

// Scores a file in conlleval's format: one token per line whose last two
// columns are the gold and the guessed tag; blank and -DOCSTART- lines are
// boundaries.
Status evaluate_conll_text(std::string_view text, std::string_view name, ConllScores* out);

// conlleval's report: overall accuracy, precision, recall and FB1, then per type.
std::string format_conlleval(const ConllScores& s);

}  // namespace kroniek::ner
