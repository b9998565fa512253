#include "ner/ner_features.h"

#include <gtest/gtest.h>

namespace kroniek::ner {
namespace {

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
