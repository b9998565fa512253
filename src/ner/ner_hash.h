// Hashing for NER feature ids, gazetteer keys and model checksums.
//
// Feature strings are never stored: each feature is a 64-bit hash of its
// template and its value, built from per-token hashes with combine(). The
// hash must give the same numbers on every machine that loads a model, so it
// reads bytes as little-endian words and is pinned to little-endian hosts.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace kroniek::ner {

static_assert(std::endian::native == std::endian::little,
              "kroniek's NER feature hashes assume a little-endian host");

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  x *= 0xd6e8feb86659fd93ULL;
  x ^= x >> 32;
  return x;
}

// The n < 8 bytes at p as a little-endian number, read with at most two
// overlapping loads (a memcpy of variable length is a library call).
inline uint64_t load_tail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (uint64_t{hi} << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return lo | (uint64_t{hi} << (8 * (n - 2)));
  }
  return n ? static_cast<unsigned char>(*p) : 0;
}

inline uint64_t hash_bytes(uint64_t seed, std::string_view s) {
  uint64_t h = seed ^ (s.size() * 0x9E3779B97F4A7C15ULL);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix64(h ^ w) + 0x632BE59BD9B4E019ULL;
    p += 8;
    n -= 8;
  }
  return mix64(h ^ load_tail(p, n) ^ (uint64_t{n} << 59));
}

inline uint64_t combine(uint64_t a, uint64_t b) {
  return mix64(a * 0x9E3779B97F4A7C15ULL + (b ^ 0x632BE59BD9B4E019ULL));
}

// Open-addressing tables in a model store a 32-bit key per slot (0 = empty)
// and find the home slot from the other half of the 64-bit hash.
inline uint32_t table_key(uint64_t h) {
  auto k = static_cast<uint32_t>(h >> 32);
  return k ? k : 1u;
}
inline uint32_t table_home(uint64_t h, uint32_t slots) {
  return static_cast<uint32_t>(((h & 0xffffffffULL) * slots) >> 32);
}

}  // namespace kroniek::ner
