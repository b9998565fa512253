// Any bytes through the tokenizer (valid UTF-8 or not): never a crash, tokens
// non-empty, in order, not overlapping, with code-point offsets that agree with
// the text, only whitespace between them, and sentences that partition them.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "tokenize/char_class.h"
#include "tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kroniek;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(text, &tokens, &sentences);
  uint32_t prev_end = 0, cp = 0;
  size_t cp_pos = 0;
  auto cp_of = [&](uint32_t byte) {
    while (cp_pos < byte) cp += (static_cast<unsigned char>(text[cp_pos++]) & 0xC0u) != 0x80u;
    return cp;
  };
  auto only_space = [&](size_t from, size_t to) {
    for (size_t i = from; i < to;) {
      size_t len;
      if (classify(decode_at(text, i, &len)) != CharClass::kSpace) std::abort();
      i += len;
    }
  };
  for (const Token& t : tokens) {
    if (t.span.begin < prev_end || t.span.end <= t.span.begin || t.span.end > size) std::abort();
    only_space(prev_end, t.span.begin);
    if (t.span.cp_begin != cp_of(t.span.begin) || t.span.cp_end != cp_of(t.span.end)) std::abort();
    prev_end = t.span.end;
  }
  only_space(prev_end, size);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    if (s.first_token != next || s.end_token <= s.first_token) std::abort();
    next = s.end_token;
  }
  if (next != tokens.size()) std::abort();
  return 0;
}
