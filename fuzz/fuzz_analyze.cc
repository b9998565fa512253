// Any bytes through the whole analysis: never a crash, and every token's
// offsets must agree with the text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kroniek/analyzer.h"
#include "kroniek/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kroniek::Analyzer* analyzer = [] {
    auto* a = new kroniek::Analyzer;
    if (!a->load_default().ok()) std::abort();
    return a;
  }();
  kroniek::AnalyzeOptions opt;
  opt.dct = kroniek::Date{2019, 6, 30};
  kroniek::Document doc;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!analyzer->analyze(text, opt, &doc).ok()) return 0;
  uint32_t prev_end = 0;
  for (const auto& t : doc.tokens) {
    if (t.span.begin < prev_end || t.span.end <= t.span.begin || t.span.end > doc.text.size()) std::abort();
    if (t.span.cp_end <= t.span.cp_begin) std::abort();
    prev_end = t.span.end;
  }
  for (const auto& s : doc.sentences)
    if (s.end_token <= s.first_token || s.end_token > doc.tokens.size()) std::abort();
  (void)kroniek::to_json(doc);
  (void)kroniek::to_conllu(doc);
  (void)kroniek::to_text(doc);
  return 0;
}
