#include "text/utf8.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

TEST(Utf8, ValidTextHasNoInvalidOffset) {
  EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("Belgiës oma’s “citaat” 😀"), std::string_view::npos);
}

TEST(Utf8, ReportsFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("abc\xff"), 3u);
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xc3"), 10u);          // truncated sequence
  EXPECT_EQ(find_invalid_utf8("a\xc0\xaf"), 1u);                // overlong
  EXPECT_EQ(find_invalid_utf8("ab\xed\xa0\x80"), 2u);           // surrogate
  EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0u);         // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("é\x80"), 2u);                    // stray continuation
}

TEST(Utf8, DecodesAndCounts) {
  std::string_view s = "aé€😀";
  size_t i = 0;
  EXPECT_EQ(next_code_point(s, i), U'a');
  EXPECT_EQ(next_code_point(s, i), U'é');
  EXPECT_EQ(next_code_point(s, i), U'€');
  EXPECT_EQ(next_code_point(s, i), U'😀');
  EXPECT_EQ(i, s.size());
  EXPECT_EQ(prev_code_point(s, i), U'😀');
  EXPECT_EQ(count_code_points(s), 4u);
  std::string out;
  for (char32_t c : {U'a', U'é', U'€', U'😀'}) append_utf8(c, &out);
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace kroniek
