#include <algorithm>

#include "kroniek/document.h"
#include "text/utf8.h"

namespace kroniek {

uint32_t Document::cp_offset(uint32_t byte) const {
  // Start from the last token that begins at or before `byte`, then count.
  auto it = std::upper_bound(tokens.begin(), tokens.end(), byte,
                             [](uint32_t b, const Token& t) { return b < t.span.begin; });
  uint32_t from_byte = 0, from_cp = 0;
  if (it != tokens.begin()) {
    --it;
    from_byte = it->span.begin;
    from_cp = it->span.cp_begin;
  }
  return from_cp + static_cast<uint32_t>(
                       count_code_points(std::string_view(text).substr(from_byte, byte - from_byte)));
}

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

const char* to_string(MentionKind k) {
  switch (k) {
    case MentionKind::kName: return "name";
    case MentionKind::kNominal: return "nominal";
    case MentionKind::kPronoun: return "pronoun";
  }
  return "name";
}

const char* to_string(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

const char* to_string(QuoteKind k) { return k == QuoteKind::kIndirect ? "indirect" : "direct"; }

const char* to_string(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kHandle: return "handle";
    case TokenKind::kEmoji: return "emoji";
  }
  return "word";
}

}  // namespace kroniek
