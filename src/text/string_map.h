// StringMap<V>: a map from strings to values for the word lists the stages
// build once at load and then only read (given names, verb forms, the time
// grammar's lexicon).
//
//   StringMap<uint32_t> m;
//   m["jan"] = kMale;                    // inserts V{} first when absent
//   if (const uint32_t* g = m.find(w)) ...
//
// One array of slots and one arena for the key bytes: building it allocates
// a few times in all instead of once per word, freeing it is a few frees, and
// a lookup hashes the string_view once (XXH3) and compares in place. Open
// addressing with linear probing, at most half full. Keys are never removed;
// a list that takes a word back stores a value that says so.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace kroniek {

template <typename V>
class StringMap {
 public:
  // Room for `n` keys without growing.
  void reserve(size_t n) {
    size_t want = 16;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

  V& operator[](std::string_view key) {
    if (2 * (size_ + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const uint64_t h = hash(key);
    size_t i = h & (slots_.size() - 1);
    for (;; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.length_plus_one == 0) break;
      if (s.hash == h && key_of(s) == key) return s.value;
    }
    Slot& s = slots_[i];
    s.hash = h;
    s.offset = static_cast<uint32_t>(arena_.size());
    s.length_plus_one = static_cast<uint32_t>(key.size()) + 1;
    arena_.append(key);
    ++size_;
    return s.value;
  }

  // The value of `key`, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = hash(key);
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.length_plus_one == 0) return nullptr;
      if (s.hash == h && key_of(s) == key) return &s.value;
    }
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() {
    slots_.clear();
    arena_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;           // of the key in arena_
    uint32_t length_plus_one = 0;  // 0: an empty slot
    V value{};
  };

  static uint64_t hash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }
  std::string_view key_of(const Slot& s) const {
    return std::string_view(arena_).substr(s.offset, s.length_plus_one - 1);
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    for (Slot& s : old) {
      if (s.length_plus_one == 0) continue;
      size_t i = s.hash & (capacity - 1);
      while (slots_[i].length_plus_one != 0) i = (i + 1) & (capacity - 1);
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace kroniek
