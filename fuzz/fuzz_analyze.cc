// Any bytes through the whole analysis: never a crash, and every token's
// offsets must agree with the text. Invalid UTF-8 is refused at the door, so
// the bytes also go through again with invalid sequences replaced, which lets
// the fuzzer reach every stage.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "kroniek/analyzer.h"
#include "kroniek/writers.h"
#include "text/utf8.h"

namespace {

void check(const kroniek::Document& doc) {
  uint32_t prev_end = 0;
  for (const auto& t : doc.tokens) {
    if (t.span.begin < prev_end || t.span.end <= t.span.begin || t.span.end > doc.text.size()) std::abort();
    if (t.span.cp_end <= t.span.cp_begin) std::abort();
    prev_end = t.span.end;
  }
  for (const auto& s : doc.sentences)
    if (s.end_token <= s.first_token || s.end_token > doc.tokens.size()) std::abort();
  // Every layer's spans lie inside the text, on character boundaries, with
  // code-point offsets that count right.
  std::vector<uint32_t> cp_at(doc.text.size() + 1, UINT32_MAX);
  uint32_t cp = 0;
  for (size_t i = 0; i < doc.text.size(); ++i)
    if ((static_cast<unsigned char>(doc.text[i]) & 0xC0) != 0x80) cp_at[i] = cp++;
  cp_at[doc.text.size()] = cp;
  auto span_ok = [&](const kroniek::TextSpan& s) {
    if (s.begin > s.end || s.end > doc.text.size()) std::abort();
    if (cp_at[s.begin] != s.cp_begin || cp_at[s.end] != s.cp_end) std::abort();
  };
  for (const auto& m : doc.mentions) span_ok(m.span);
  for (const auto& t : doc.timexes) span_ok(t.span);
  for (const auto& q : doc.quotes) span_ok(q.span);
  for (const auto& m : doc.mentions)
    if (m.entity >= static_cast<int32_t>(doc.entities.size())) std::abort();
  (void)kroniek::to_json(doc);
  (void)kroniek::to_conllu(doc);
  (void)kroniek::to_text(doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kroniek::Analyzer* analyzer = [] {
    auto* a = new kroniek::Analyzer;
    if (!a->load_default().ok()) std::abort();
    return a;
  }();
  kroniek::AnalyzeOptions opt;
  opt.dct = kroniek::Date{2019, 6, 30};
  kroniek::Document doc;
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (analyzer->analyze(raw, opt, &doc).ok()) check(doc);
  std::string text;
  for (size_t i = 0; i < raw.size();) {
    size_t bad = kroniek::find_invalid_utf8(raw.substr(i));
    if (bad == std::string_view::npos) bad = raw.size() - i;
    text.append(raw.substr(i, bad));
    i += bad;
    if (i < raw.size()) {
      text.append("\xEF\xBF\xBD");  // U+FFFD
      ++i;
    }
  }
  if (!analyzer->analyze(text, opt, &doc).ok()) std::abort();
  check(doc);
  return 0;
}

