#include "text/compound.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace kroniek {
namespace {

TEST(Compound, EndsInHeadTriesTheSuffixesItMay) {
  const std::set<std::string_view> heads = {"voorzitter", "lid", "spits", "édé"};
  auto is_head = [&](std::string_view s) { return heads.count(s) > 0; };
  EXPECT_TRUE(ends_in_head("kamervoorzitter", 2, 5, 20, is_head));
  EXPECT_FALSE(ends_in_head("voorzitter", 2, 5, 20, is_head));     // the word itself is no proper suffix
  EXPECT_FALSE(ends_in_head("kamerlid", 2, 5, 20, is_head));       // a head shorter than min_head
  EXPECT_TRUE(ends_in_head("kamerlid", 2, 3, 20, is_head));
  EXPECT_FALSE(ends_in_head("xspits", 2, 5, 20, is_head));         // fewer than min_rest bytes before it
  EXPECT_TRUE(ends_in_head("xxspits", 2, 5, 20, is_head));
  EXPECT_FALSE(ends_in_head("kamervoorzitter", 2, 5, 9, is_head));  // longer than max_head
  // A suffix never starts inside a character: "é" is two bytes.
  int calls = 0;
  ends_in_head("abcédé", 2, 1, 20, [&](std::string_view s) {
    ++calls;
    EXPECT_NE(static_cast<unsigned char>(s[0]) & 0xC0u, 0x80u) << s;
    return false;
  });
  EXPECT_EQ(calls, 4);  // "cédé", "édé", "dé", "é"
  // A gigantic word costs no more than its last max_head bytes.
  calls = 0;
  ends_in_head(std::string(1 << 20, 'a'), 2, 5, 20, [&](std::string_view) { return ++calls, false; });
  EXPECT_EQ(calls, 16);
}

TEST(Compound, IsOrEndsIn) {
  EXPECT_TRUE(is_or_ends_in("bedrijf", "bedrijf"));
  EXPECT_TRUE(is_or_ends_in("chipbedrijf", "bedrijf"));
  EXPECT_FALSE(is_or_ends_in("xxbedrijf", "bedrijf"));  // fewer than three bytes before the head
  EXPECT_FALSE(is_or_ends_in("bedrijfsleider", "bedrijf"));
}

}  // namespace
}  // namespace kroniek
