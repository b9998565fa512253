#include "ner/ner_hash.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

namespace kroniek::ner {
namespace {

// Models store feature hashes, so the hash may never change: these values
// were computed when the first models were trained.
TEST(NerHash, GivesThePinnedValues) {
  EXPECT_EQ(hash_bytes(7, ""), 8736873150706563146ULL);
  EXPECT_EQ(hash_bytes(7, "a"), 456103033970991073ULL);
  EXPECT_EQ(hash_bytes(7, "abc"), 10872085203636222202ULL);
  EXPECT_EQ(hash_bytes(7, "abcdef"), 7807765650302261422ULL);
  EXPECT_EQ(hash_bytes(7, "abcdefgh"), 756666193508552889ULL);
  EXPECT_EQ(hash_bytes(7, "Rotterdam"), 14791386682254894415ULL);
  EXPECT_EQ(hash_bytes(7, "Koninklijke Bibliotheek"), 15930701458470386728ULL);
}

// load_tail reads the last bytes with overlapping loads; it must give the
// number the bytes spell, whatever the length and content.
TEST(NerHash, TailLoadMatchesByteByByte) {
  std::mt19937 rng(5);
  for (int trial = 0; trial < 2000; ++trial) {
    char buf[7];
    for (char& c : buf) c = static_cast<char>(rng());
    for (size_t n = 0; n < 8; ++n) {
      uint64_t expected = 0;
      for (size_t k = 0; k < n; ++k) expected |= uint64_t{static_cast<unsigned char>(buf[k])} << (8 * k);
      ASSERT_EQ(load_tail(buf, n), expected) << "length " << n;
    }
  }
}

}  // namespace
}  // namespace kroniek::ner
