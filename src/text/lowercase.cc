#include "text/lowercase.h"

#include "text/utf8.h"

namespace kroniek {

char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return (c & 1) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

void append_lowercase(std::string_view word, std::string* out) {
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = next_code_point(word, i);
    const char32_t l = to_lower(c);
    if (l < 0x80) out->push_back(static_cast<char>(l));
    else append_utf8(l, out);
  }
}

bool starts_with_capital(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  const char32_t c = next_code_point(word, i);
  return to_lower(c) != c;
}

}  // namespace kroniek
