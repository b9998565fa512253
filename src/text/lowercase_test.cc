#include "text/lowercase.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace kroniek {
namespace {

TEST(Lowercase, DutchAndNeighbouringLetters) {
  std::string out;
  append_lowercase("ÉÉN IJsland Ökonomie ŁÓDŹ İstanbul ΑΘΗΝΑ МОСКВА", &out);
  EXPECT_EQ(out, "één ijsland ökonomie łódź istanbul αθηνα москва");
}

TEST(Lowercase, StartsWithCapital) {
  EXPECT_TRUE(starts_with_capital("Gent"));
  EXPECT_TRUE(starts_with_capital("\xC3\x89\xC3\xA9n"));  // Één
  EXPECT_TRUE(starts_with_capital("\xC5\x81\xC3\xB3" "d\xC5\xBA"));  // Łódź
  EXPECT_FALSE(starts_with_capital("gent"));
  EXPECT_FALSE(starts_with_capital("\xC3\x97"));  // ×, no letter
  EXPECT_FALSE(starts_with_capital("2019"));
  EXPECT_FALSE(starts_with_capital(""));
}

// The NER word cache keeps a word's lowercase form in a buffer the size of
// the word: no code point may lowercase to a longer encoding.
TEST(Lowercase, NeverLengthens) {
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string word, lower;
    append_utf8(c, &word);
    append_lowercase(word, &lower);
    ASSERT_LE(lower.size(), word.size()) << "U+" << std::hex << static_cast<uint32_t>(c);
  }
}

}  // namespace
}  // namespace kroniek
