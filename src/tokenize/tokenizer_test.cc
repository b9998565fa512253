#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "case_table.h"
#include "text/utf8.h"
#include "tokenize/char_class.h"

namespace kroniek {
namespace {

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string escape(std::string s) {
  std::string out;
  for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out;
}

// Every invariant of the token and sentence layers, on any input.
void check_invariants(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) {
  uint32_t prev_end = 0;
  size_t cp = 0, cp_pos = 0;
  auto cp_of = [&](uint32_t byte) {
    while (cp_pos < byte) cp += (static_cast<unsigned char>(text[cp_pos++]) & 0xC0u) != 0x80u;
    return cp;
  };
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    ASSERT_LT(t.span.begin, t.span.end) << "empty token " << k;
    ASSERT_LE(t.span.end, text.size());
    ASSERT_GE(t.span.begin, prev_end) << "overlap at token " << k;
    // Between tokens there is only whitespace.
    for (size_t i = prev_end; i < t.span.begin;) {
      size_t len;
      char32_t c = decode_at(text, i, &len);
      ASSERT_EQ(classify(c), CharClass::kSpace) << "uncovered character at byte " << i;
      i += len;
    }
    ASSERT_EQ(t.span.cp_begin, cp_of(t.span.begin)) << "token " << k;
    ASSERT_EQ(t.span.cp_end, cp_of(t.span.end)) << "token " << k;
    const bool space_after = t.span.end < text.size() && (k + 1 == tokens.size() || tokens[k + 1].span.begin > t.span.end);
    ASSERT_EQ((t.flags & kSpaceAfter) != 0, space_after) << "token " << k;
    prev_end = t.span.end;
  }
  for (size_t i = prev_end; i < text.size();) {
    size_t len;
    char32_t c = decode_at(text, i, &len);
    ASSERT_EQ(classify(c), CharClass::kSpace) << "uncovered character at byte " << i;
    i += len;
  }
  // Sentences partition the tokens.
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_LT(s.first_token, s.end_token);
    next = s.end_token;
  }
  ASSERT_EQ(next, tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].flags & kParagraphStart) {
      bool starts = false;
      for (const Sentence& s : sentences) starts |= s.first_token == k;
      ASSERT_TRUE(starts) << "a blank line must end a sentence (token " << k << ")";
    }
}

const char* kind_name(TokenKind k) { return to_string(k); }

TEST(Tokenizer, CasesTable) {
  int cases = 0;
  for (const CaseRow& row : read_case_table("src/tokenize/testdata/tokenizer_cases.tsv")) {
    const std::vector<std::string>& col = row.fields;
    ASSERT_EQ(col.size(), 3u) << row.where << ": three tab-separated columns";
    const std::string text = unescape_newlines(col[1]);
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    tokenize(text, &tokens, &sentences);
    check_invariants(text, tokens, sentences);
    std::vector<std::string> got;
    if (col[0] == "tok") {
      for (const Token& t : tokens) got.push_back(text.substr(t.span.begin, t.span.end - t.span.begin));
      EXPECT_EQ(join(got, " | "), col[2]) << row.where << ": " << col[1];
    } else if (col[0] == "kind") {
      for (const Token& t : tokens) got.push_back(kind_name(t.kind));
      EXPECT_EQ(join(got, " "), col[2]) << row.where << ": " << col[1];
    } else if (col[0] == "sent") {
      for (const Sentence& s : sentences) {
        uint32_t b = tokens[s.first_token].span.begin, e = tokens[s.end_token - 1].span.end;
        got.push_back(escape(text.substr(b, e - b)));
      }
      EXPECT_EQ(join(got, " || "), col[2]) << row.where << ": " << col[1];
    } else {
      FAIL() << row.where << ": unknown case type '" << col[0] << "'";
    }
    ++cases;
  }
  EXPECT_GT(cases, 50);
}

TEST(Tokenizer, Flags) {
  std::string text = "Kop\n\nEen zin.\nNog een, hier.";
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(text, &tokens, &sentences);
  ASSERT_EQ(tokens.size(), 9u);
  EXPECT_EQ(tokens[0].flags, kParagraphStart | kNewlineBefore | kSpaceAfter);
  EXPECT_EQ(tokens[1].flags, kParagraphStart | kNewlineBefore | kSpaceAfter);  // Een
  EXPECT_EQ(tokens[2].flags, 0);                                               // zin
  EXPECT_EQ(tokens[3].flags, kSpaceAfter);                                     // .
  EXPECT_EQ(tokens[4].flags, kNewlineBefore | kSpaceAfter);                    // Nog
  EXPECT_EQ(tokens[8].flags, 0);                                               // final .
  ASSERT_EQ(sentences.size(), 3u);
  // CRLF and Unicode line/paragraph separators count as line breaks.
  tokenize("Kop\r\n\r\nZin", &tokens, &sentences);
  EXPECT_TRUE(tokens[1].flags & kParagraphStart);
  tokenize("Kop\xE2\x80\xA9Zin", &tokens, &sentences);
  EXPECT_TRUE(tokens[1].flags & kParagraphStart);
}

TEST(Tokenizer, CodePointOffsets) {
  std::string text = "Één café — “zo’n” 👍🏽!";
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(text, &tokens, &sentences);
  check_invariants(text, tokens, sentences);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[1].span.cp_begin, 4u);
  EXPECT_EQ(tokens[1].span.cp_end, 8u);
  EXPECT_EQ(tokens[6].kind, TokenKind::kEmoji);
  EXPECT_EQ(tokens[6].span.cp_end - tokens[6].span.cp_begin, 2u);
}

// Random text from pieces that stress the scanner: every invariant holds, and
// bytes that are not UTF-8 do not crash it.
TEST(Tokenizer, RandomInputInvariants) {
  const std::vector<std::string> pieces = {
      "a", "Z", "é", "Ö", "ß", "λ", "Ж", "中", "5", "0", " ", " ", "\n", "\n\n", "\t", "\xC2\xA0", ".", ",", ",,",
      "'", "''", "’", "‘", "“", "”", "„", "«", "»", "\"", "-", "–", "…", "...", "!", "?", ":", ";", "(", ")", "/",
      "&", "%", "€", "+", "=", "^", "@", "#", "_", "http://", "www.", "nl", "'s", "o.a.", "dhr.", "J.", "😀", "🏽",
      "\xE2\x80\x8D", "\xEF\xB8\x8F", "🇳", "\xCC\x81", "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x98"};
  std::mt19937 rng(42);
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    tokenize(text, &tokens, &sentences);
    check_invariants(text, tokens, sentences);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "input: " << escape(text);
      return;
    }
  }
}

// The obviously correct slow path: on text made of plain words, simple
// punctuation and whitespace, tokens are the letter runs and each punctuation
// mark on its own, and code-point offsets are counted from the start.
TEST(Tokenizer, AgreesWithSlowPathOnSimpleText) {
  const std::vector<std::string> words = {"de", "kat", "zat", "op", "één", "mat", "Ça", "über", "x"};
  const std::vector<std::string> marks = {",", ";", "!", "?", "(", ")", ":"};
  std::mt19937 rng(7);
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    std::vector<std::pair<size_t, size_t>> expected;
    const int n = 1 + static_cast<int>(rng() % 30);
    bool last_comma = false;
    for (int i = 0; i < n; ++i) {
      auto r = rng() % 10;
      if (r < 5) {
        if (!text.empty() && (text.back() & 0x80) == 0 && std::isalpha(static_cast<unsigned char>(text.back())))
          text += ' ';
        const std::string& w = words[rng() % words.size()];
        expected.push_back({text.size(), text.size() + w.size()});
        text += w;
        last_comma = false;
      } else if (r < 8) {
        const std::string& m = marks[rng() % marks.size()];
        if (m == "," && last_comma) continue;  // ",," is a quotation mark
        expected.push_back({text.size(), text.size() + 1});
        text += m;
        last_comma = m == ",";
      } else {
        text += r == 8 ? " " : "\n";
        last_comma = false;
      }
    }
    tokenize(text, &tokens, &sentences);
    check_invariants(text, tokens, sentences);
    ASSERT_EQ(tokens.size(), expected.size()) << escape(text);
    for (size_t k = 0; k < tokens.size(); ++k) {
      ASSERT_EQ(tokens[k].span.begin, expected[k].first) << escape(text);
      ASSERT_EQ(tokens[k].span.end, expected[k].second) << escape(text);
      ASSERT_EQ(tokens[k].span.cp_begin, count_code_points(std::string_view(text).substr(0, expected[k].first)));
    }
  }
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// An 18 MB single line must tokenize in linear time: plain prose, and
// pathological chunks without any whitespace.
TEST(Tokenizer, GiganticLines) {
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  const size_t kSize = 18u << 20;
  const double kLimit = 5.0;
#else  // debug and sanitizer builds are many times slower: check correctness on less
  const size_t kSize = 2u << 20;
  const double kLimit = 30.0;
#endif
  const std::vector<std::string> units = {
      "De minister zei dat o.a. dhr. J.P. Jansen om 15.50 uur ,,zo'n 3,5 procent'' meer wil (Noord- en Zuid-Korea). ",
      "a-", "a.b.", "ab.Cd.", "1.", "x@y.", "''", "(a+b)=", "'s-", "é😀", "#a@b", "."};
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (const std::string& unit : units) {
    std::string text;
    text.reserve(kSize + unit.size());
    while (text.size() < kSize) text += unit;
    auto t0 = std::chrono::steady_clock::now();
    tokenize(text, &tokens, &sentences);
    double s = seconds_since(t0);
    std::printf("%zu MB of '%s': %zu tokens, %zu sentences in %.2f s\n", kSize >> 20, unit.substr(0, 12).c_str(),
                tokens.size(), sentences.size(), s);
    EXPECT_LT(s, kLimit) << unit;
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(tokens.back().span.end, text.size() - (text.back() == ' ' ? 1 : 0));
    EXPECT_EQ(tokens.back().span.cp_end, count_code_points(std::string_view(text).substr(0, tokens.back().span.end)));
  }
}

// A speed figure for news-like text (no assertion beyond sanity: timing on a
// shared machine is noisy; the benchmark proper lives in bench/).
TEST(Tokenizer, Throughput) {
  const std::string para =
      "Het kabinet-Rutte IV viel op 7 juli 2023, zo meldde de NOS. ,,We zijn er niet uitgekomen,'' zei premier "
      "Mark Rutte om 22.30 uur. De coalitie (VVD, D66, CDA en ChristenUnie) verschilde o.a. over de asielwet; "
      "volgens dhr. Hoekstra ging het om zo'n 1.500 nareizigers per maand, d.w.z. ca. 3,5 procent meer.\n\n";
  std::string text;
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
  while (text.size() < (8u << 20)) text += para;
#else
  while (text.size() < (1u << 20)) text += para;
#endif
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(text, &tokens, &sentences);  // warm up
  auto t0 = std::chrono::steady_clock::now();
  const int reps = 3;
  for (int i = 0; i < reps; ++i) tokenize(text, &tokens, &sentences);
  double s = seconds_since(t0);
  std::printf("throughput: %.2f M tokens/s, %.1f MB/s (%zu tokens)\n",
              static_cast<double>(tokens.size()) * reps / s / 1e6, static_cast<double>(text.size()) * reps / s / 1e6,
              tokens.size());
  EXPECT_GT(tokens.size(), text.size() / 10);
}

}  // namespace
}  // namespace kroniek
