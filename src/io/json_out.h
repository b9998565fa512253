// A small streaming JSON emitter for the writers. Output is the hot path of
// batch runs, so it appends to one string with no per-token allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kroniek {

// Appends s as a JSON string literal (quotes included). s must be valid UTF-8.
void append_json_string(std::string_view s, std::string* out);

inline void append_uint(uint64_t v, std::string* out) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) out->push_back(buf[--n]);
}

}  // namespace kroniek
