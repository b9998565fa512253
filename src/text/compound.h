// Dutch compounds are head-final: "vakbondssecretaris" is a secretary,
// "chipbedrijf" a company. Shared by the stages that read a compound by its
// last part (NER's rules after tagging, coreference's roles).
//
//   ends_in_head("kamervoorzitter", 2, 5, 20, [&](std::string_view s) { return roles.count(s); })
#pragma once

#include <cstddef>
#include <string_view>

namespace kroniek {

// Whether `is_head` holds for a proper suffix of `lower` that starts at a
// character, leaves at least `min_rest` bytes before it and is `min_head` to
// `max_head` bytes long. Only suffixes up to `max_head` bytes are tried, so a
// gigantic word costs no more than a short one.
template <typename IsHead>
bool ends_in_head(std::string_view lower, size_t min_rest, size_t min_head, size_t max_head, IsHead is_head) {
  const size_t from = lower.size() > max_head + min_rest ? lower.size() - max_head : min_rest;
  for (size_t at = from; at + min_head <= lower.size(); ++at) {
    if ((static_cast<unsigned char>(lower[at]) & 0xC0u) == 0x80u) continue;  // inside a character
    if (is_head(lower.substr(at))) return true;
  }
  return false;
}

// `lower` is `head`, or a compound that ends in it after at least three bytes.
inline bool is_or_ends_in(std::string_view lower, std::string_view head) {
  constexpr size_t kMinRest = 3;
  return lower == head || (lower.size() >= head.size() + kMinRest && lower.ends_with(head));
}

}  // namespace kroniek
