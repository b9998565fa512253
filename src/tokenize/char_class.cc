#include "tokenize/char_class.h"

#include <array>

namespace kroniek {
namespace {

using C = CharClass;

constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = C::kSymbol;
    if (c <= 32 || c == 127) k = C::kSpace;
    else if (c >= '0' && c <= '9') k = C::kDigit;
    else if (c >= 'A' && c <= 'Z') k = C::kUpper;
    else if (c >= 'a' && c <= 'z') k = C::kLower;
    else {
      switch (c) {
        case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')':
        case '[': case ']': case '{': case '}': case '"': case '\'': case '`': case '-':
          k = C::kPunct;
          break;
        default:
          k = C::kSymbol;  // # $ % & * + / < = > @ \ ^ _ | ~
      }
    }
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = make_ascii_table();

// Latin Extended-A and Latin Extended Additional alternate upper/lower case.
CharClass alternating(char32_t c, bool even_is_upper) {
  return ((c & 1u) == 0) == even_is_upper ? C::kUpper : C::kLower;
}

bool is_emoji(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF && !(c >= 0x1F3FB && c <= 0x1F3FF)) ||
         (c >= 0x2600 && c <= 0x27BF) || c == 0x231A || c == 0x231B || (c >= 0x23E9 && c <= 0x23FA) ||
         c == 0x2B50 || c == 0x2B55 || c == 0x2B1B || c == 0x2B1C || c == 0x2934 || c == 0x2935 ||
         (c >= 0x2B05 && c <= 0x2B07);
}

}  // namespace

CharClass classify(char32_t c) {
  if (c < 0x80) return kAscii[c];
  if (c < 0xA0) return C::kSpace;  // C1 controls are invisible
  if (c < 0xC0) {
    switch (c) {
      case 0xA0: return C::kSpace;
      case 0xAA: case 0xBA: return C::kLetter;
      case 0xB5: return C::kLower;
      case 0xB2: case 0xB3: case 0xB9: case 0xBC: case 0xBD: case 0xBE: return C::kLetter;
      case 0xAD: return C::kMark;  // soft hyphen stays inside its word
      case 0xA1: case 0xA7: case 0xAB: case 0xB6: case 0xB7: case 0xBB: case 0xBF: return C::kPunct;
      default: return C::kSymbol;
    }
  }
  if (c < 0x100) {
    if (c == 0xD7 || c == 0xF7) return C::kSymbol;
    return c < 0xDF ? C::kUpper : C::kLower;
  }
  if (c < 0x180) {
    if (c == 0x178) return C::kUpper;
    if (c == 0x17F || c == 0x138 || c == 0x149) return C::kLower;
    if (c < 0x138) return alternating(c, true);
    if (c < 0x149) return alternating(c, false);
    if (c < 0x178) return alternating(c, true);
    return alternating(c, false);
  }
  if (c < 0x250) return C::kLetter;
  if (c < 0x2B0) return C::kLower;  // IPA
  if (c < 0x300) return C::kLetter;  // modifier letters (ʼ)
  if (c < 0x370) return C::kMark;
  if (c < 0x400) {  // Greek
    if (c == 0x37E || c == 0x387) return C::kPunct;
    if (c >= 0x391 && c <= 0x3A9) return C::kUpper;
    if (c >= 0x3AC && c <= 0x3CE) return C::kLower;
    return C::kLetter;
  }
  if (c < 0x530) {  // Cyrillic
    if (c >= 0x483 && c <= 0x489) return C::kMark;
    if (c < 0x430) return C::kUpper;
    if (c < 0x460) return C::kLower;
    return alternating(c, true);
  }
  if (c < 0x1E00) {
    if (c >= 0x591 && c <= 0x5C7) return C::kMark;  // Hebrew points
    if (c >= 0x64B && c <= 0x65F) return C::kMark;  // Arabic harakat
    if (c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4 || c == 0x964 || c == 0x965) return C::kPunct;
    return C::kLetter;
  }
  if (c < 0x1F00) return alternating(c, true);  // Latin Extended Additional
  if (c < 0x2000) return C::kLetter;            // Greek Extended
  if (c < 0x2070) {                             // General Punctuation
    if (c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F) return C::kSpace;
    if (c == 0x200C || c == 0x200D) return C::kMark;
    if (c <= 0x200F || (c >= 0x202A && c <= 0x202E) || c >= 0x2060) return C::kSpace;
    if (c >= 0x2030 && c <= 0x2038) return C::kSymbol;  // ‰ ′ ″
    return C::kPunct;
  }
  if (c < 0x20A0) return C::kLetter;  // super- and subscripts
  if (c < 0x20D0) return C::kSymbol;  // currency
  if (c < 0x2100) return C::kMark;
  if (is_emoji(c)) return C::kEmoji;
  if (c < 0x2150) return C::kSymbol;  // letterlike symbols
  if (c < 0x2190) return C::kLetter;  // number forms
  if (c < 0x2C00) return C::kSymbol;
  if (c < 0x2E00) return C::kLetter;
  if (c < 0x2E80) return C::kPunct;
  if (c < 0x3000) return C::kLetter;
  if (c == 0x3000) return C::kSpace;
  if (c < 0x3040) return c == 0x3005 ? C::kLetter : C::kPunct;
  if (c < 0xE000) return C::kLetter;
  if (c < 0xF900) return C::kSymbol;  // private use
  if (c < 0xFE00) return (c == 0xFD3E || c == 0xFD3F) ? C::kPunct : C::kLetter;
  if (c < 0xFE10) return C::kMark;  // variation selectors
  if (c < 0xFE70) return (c >= 0xFE20 && c <= 0xFE2F) ? C::kMark : C::kPunct;
  if (c < 0xFF00) return c == 0xFEFF ? C::kSpace : C::kLetter;
  if (c < 0xFF5F) return kAscii[c - 0xFEE0];  // fullwidth ASCII
  if (c < 0xFF66) return C::kPunct;
  if (c < 0xFFF0) return C::kLetter;
  if (c < 0x10000) return C::kSymbol;
  if (is_emoji(c)) return C::kEmoji;
  if (c >= 0x1F3FB && c <= 0x1F3FF) return C::kMark;  // skin tones
  if (c >= 0xE0000 && c <= 0xE01EF) return C::kMark;  // tags, variation selectors
  if (c >= 0xF0000) return C::kSymbol;
  return C::kLetter;
}

}  // namespace kroniek
