#include "ner/ner_features.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace kroniek::ner {
namespace {

TEST(NerFeatures, LowercasesDutchLetters) {
  std::string out;
  append_lowercase("ÉÉN IJsland Ökonomie ŁÓDŹ", &out);
  EXPECT_EQ(out, "één ijsland ökonomie łódź");
}

// The tagger's word cache stores a word's lowercase form in a buffer the size
// of the word: no code point may lowercase to a longer encoding.
TEST(NerFeatures, LowercasingNeverLengthens) {
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string word, lower;
    append_utf8(c, &word);
    append_lowercase(word, &lower);
    ASSERT_LE(lower.size(), word.size()) << "U+" << std::hex << static_cast<uint32_t>(c);
  }
}

TEST(NerFeatures, SameWordSameFeaturesAndOffsetsCoverEveryToken) {
  std::vector<std::string_view> words = {"Noord-Koreaanse", "leider", "Kim", ".", "Kim", "lacht", "."};
  std::vector<uint32_t> ends = {4, 7};
  FeatureScratch s;
  extract_features({}, words, ends, &s);
  ASSERT_EQ(s.offsets.size(), words.size() + 1);
  for (size_t i = 0; i < words.size(); ++i) EXPECT_LT(s.offsets[i], s.offsets[i + 1]);
  // The word feature (second of every token) is the same for both "Kim"s.
  EXPECT_EQ(s.feats[s.offsets[2] + 1], s.feats[s.offsets[4] + 1]);
  // A hyphenated word has more features than a plain one of its own kind.
  EXPECT_GT(s.offsets[1] - s.offsets[0], s.offsets[2] - s.offsets[1]);
}

}  // namespace
}  // namespace kroniek::ner
