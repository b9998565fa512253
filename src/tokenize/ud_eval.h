// Measuring the tokenizer against Universal Dependencies treebanks.
//
//   UdText gold;
//   Status s = rebuild_ud_text(conllu_bytes, "nl_alpino-ud-dev.conllu", &gold);
//   std::vector<Token> tokens; std::vector<Sentence> sentences;
//   tokenize(gold.text, &tokens, &sentences);
//   TokenizeScore score = score_tokenization(gold, tokens, sentences);
//
// The raw text is rebuilt from the treebank: tokens joined by a space unless
// MISC has SpaceAfter=No (a multiword token line N-M gives the surface form),
// sentences of one paragraph joined by a space, paragraphs by a blank line. The
// paragraph of a sentence is its `# source` id up to ".s.N" (LassySmall/Alpino
// style: ".../WR-P-P-H-0000000005.p.1.s.1.xml" is paragraph
// "WR-P-P-H-0000000005.p.1"); without a source every sentence is a paragraph.
// Scores compare byte spans (begin, end) of gold and predicted tokens and
// sentences: a span counts as correct only when both ends agree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kroniek/document.h"
#include "kroniek/status.h"

namespace kroniek {

using ByteSpan = std::pair<uint32_t, uint32_t>;

struct UdText {
  std::string text;
  std::vector<ByteSpan> tokens;     // gold token spans, in text order
  std::vector<ByteSpan> sentences;  // gold sentence spans, in text order
};

// Rebuilds the raw text and its gold spans from CoNLL-U; `name` is used in errors.
Status rebuild_ud_text(std::string_view conllu, std::string_view name, UdText* out);

// The paragraph id of a `# source` value ("a/b/x.p.3.s.2.xml" -> "x.p.3").
std::string_view ud_paragraph_id(std::string_view source);

struct Prf {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double precision() const { return predicted ? 100.0 * static_cast<double>(correct) / static_cast<double>(predicted) : 0; }
  double recall() const { return gold ? 100.0 * static_cast<double>(correct) / static_cast<double>(gold) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Counts matching spans; both lists must be sorted and non-overlapping.
Prf score_spans(const std::vector<ByteSpan>& gold, const std::vector<ByteSpan>& predicted);

struct TokenizeScore {
  Prf tokens;
  Prf sentences;
};

TokenizeScore score_tokenization(const UdText& gold, const std::vector<Token>& tokens,
                                 const std::vector<Sentence>& sentences);

// Runs tokenize() on gold.text and scores it.
TokenizeScore evaluate_tokenizer(const UdText& gold);

// Up to `max` readable disagreements with the gold standard, one a line:
// "token gold [zo'n] predicted [zo] ['n]" and sentence starts/ends with context.
std::vector<std::string> describe_errors(const UdText& gold, const std::vector<Token>& tokens,
                                         const std::vector<Sentence>& sentences, size_t max);

}  // namespace kroniek
