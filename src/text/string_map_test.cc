#include "text/string_map.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace kroniek {
namespace {

TEST(StringMap, FindsWhatWasStoredAndNothingElse) {
  StringMap<int> m;
  EXPECT_EQ(m.find("jan"), nullptr);  // empty, no slots yet
  m["jan"] = 1;
  m["Jan"] = 2;
  m[""] = 3;  // the empty string is a key like any other
  ASSERT_NE(m.find("jan"), nullptr);
  EXPECT_EQ(*m.find("jan"), 1);
  EXPECT_EQ(*m.find("Jan"), 2);
  EXPECT_EQ(*m.find(""), 3);
  EXPECT_EQ(m.find("ja"), nullptr);
  EXPECT_EQ(m.find("jans"), nullptr);
  EXPECT_EQ(m.size(), 3u);
}

TEST(StringMap, OperatorBracketInsertsADefaultOnceAndUpdatesInPlace) {
  StringMap<uint32_t> m;
  m["zei"] |= 1u;
  m["zei"] |= 4u;
  EXPECT_EQ(*m.find("zei"), 5u);
  EXPECT_EQ(m.size(), 1u);
  StringMap<std::vector<std::string>> parts;
  parts["liet"].emplace_back("weten");
  parts["liet"].emplace_back("horen");
  EXPECT_EQ(*parts.find("liet"), (std::vector<std::string>{"weten", "horen"}));
}

// Random keys (short, long, non-ASCII, sharing prefixes) against
// std::unordered_map, through many rehashes; keys are looked up from
// string_views into other buffers, not the stored copies.
TEST(StringMap, AgreesWithUnorderedMapThroughGrowth) {
  std::mt19937 rng(7);
  const std::string alphabet = "aeiouvwxyz-\xC3\xA9";
  StringMap<uint64_t> m;
  std::unordered_map<std::string, uint64_t> want;
  for (uint64_t i = 0; i < 20000; ++i) {
    std::string key;
    const size_t len = rng() % 3 == 0 ? rng() % 40 : rng() % 6;
    for (size_t k = 0; k < len; ++k) key += alphabet[rng() % alphabet.size()];
    m[key] = i;
    want[key] = i;
  }
  EXPECT_EQ(m.size(), want.size());
  for (const auto& [key, value] : want) {
    const std::string copy = key;
    const uint64_t* got = m.find(copy);
    ASSERT_NE(got, nullptr) << key;
    EXPECT_EQ(*got, value) << key;
  }
  for (int i = 0; i < 2000; ++i) {
    const std::string absent = "#" + std::to_string(i);
    EXPECT_EQ(m.find(absent), nullptr);
  }
}

TEST(StringMap, ReserveAndClear) {
  StringMap<int> m;
  m.reserve(1000);
  for (int i = 0; i < 1000; ++i) m[std::to_string(i)] = i;
  EXPECT_EQ(*m.find("999"), 999);
  m.clear();
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.find("999"), nullptr);
  m["a"] = 1;
  EXPECT_EQ(*m.find("a"), 1);
}

}  // namespace
}  // namespace kroniek
