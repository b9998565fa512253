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
  uint64_t tail = 0;
  if (n) std::memcpy(&tail, p, n);
  return mix64(h ^ tail ^ (uint64_t{n} << 59));
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
