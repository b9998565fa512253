// Differential: any text, tokenized and tagged the fast way (the per-thread
// word cache, kept across inputs so that it fills, grows and evicts; direct
// rows for small features) and the plain way (every feature looked up) must
// give the same scores and labels.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded.h"
#include "kroniek/document.h"
#include "ner/ner_tagger.h"
#include "text/utf8.h"
#include "tokenize/tokenizer.h"

KRONIEK_EMBEDDED(kroniek_ner_model)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kroniek::ner::NerModel* model = [] {
    std::unique_ptr<const kroniek::ner::NerModel> m;
    if (!kroniek::ner::NerModel::load(kroniek_ner_model(), "built-in NER model", true, &m).ok()) std::abort();
    return m.release();
  }();
  static kroniek::ner::TagScratch* fast = new kroniek::ner::TagScratch;
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (kroniek::find_invalid_utf8(raw) != std::string_view::npos) return 0;
  std::vector<kroniek::Token> tokens;
  std::vector<kroniek::Sentence> sentences;
  kroniek::tokenize(raw, &tokens, &sentences);
  std::vector<std::string_view> words;
  std::vector<uint32_t> ends;
  for (const kroniek::Token& t : tokens) words.push_back(raw.substr(t.span.begin, t.span.end - t.span.begin));
  for (const kroniek::Sentence& s : sentences) {
    if (ends.empty() ? s.end_token > 0 : s.end_token > ends.back()) ends.push_back(s.end_token);
  }
  if (words.empty() || ends.empty() || ends.back() != words.size()) return 0;
  kroniek::ner::TagScratch plain;
  plain.plain = true;
  std::vector<uint8_t> fast_labels, plain_labels;
  kroniek::ner::tag_words(*model, words, ends, fast, &fast_labels);
  kroniek::ner::tag_words(*model, words, ends, &plain, &plain_labels);
  if (fast_labels != plain_labels || fast->scores != plain.scores)
    std::abort();
  return 0;
}
