// Character classes for the tokenizer: a 128-entry table for ASCII and a
// compact range classification for the rest of Unicode (Latin, Greek and
// Cyrillic letters with their case; other scripts as caseless letters;
// spaces, punctuation, symbols, combining marks and emoji by block).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kroniek {

enum class CharClass : uint8_t {
  kSpace,   // whitespace and invisible format characters
  kUpper,   // uppercase letter
  kLower,   // lowercase letter
  kLetter,  // caseless letter (other scripts, superscripts, ½ ...)
  kDigit,   // 0-9
  kMark,    // combining marks, variation selectors, ZWJ: continue the token before
  kPunct,   // punctuation
  kSymbol,  // % € + = ...
  kEmoji,
};

// Classification of one code point.
CharClass classify(char32_t c);

inline bool is_alnum_class(CharClass k) {
  return k == CharClass::kUpper || k == CharClass::kLower || k == CharClass::kLetter ||
         k == CharClass::kDigit || k == CharClass::kMark;
}
inline bool is_letter_class(CharClass k) {
  return k == CharClass::kUpper || k == CharClass::kLower || k == CharClass::kLetter;
}

// Decodes the code point at s[i] and stores its byte length in *len. Never
// reads past the end: an invalid or truncated sequence decodes as U+FFFD with
// length 1, so the tokenizer stays safe even on bytes that are not UTF-8.
inline char32_t decode_at(std::string_view s, size_t i, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  auto cont = [&](size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0u) == 0x80u;
  };
  auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3Fu); };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
    *len = 2;
    return ((b0 & 0x1Fu) << 6) | byte(1);
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    *len = 3;
    return ((b0 & 0x0Fu) << 12) | (byte(1) << 6) | byte(2);
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    *len = 4;
    return ((b0 & 0x07u) << 18) | (byte(1) << 12) | (byte(2) << 6) | byte(3);
  }
  *len = 1;
  return 0xFFFD;
}

}  // namespace kroniek
