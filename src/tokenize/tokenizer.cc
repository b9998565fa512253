// Bootstrapping tokenizer: whitespace, punctuation split off the word edges,
// sentences at . ! ? before a capital and at blank lines.
#include "tokenize/tokenizer.h"

#include "text/utf8.h"

namespace kroniek {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
bool is_punct(char32_t c) {
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')':
    case '"': case '\'': case U'‘': case U'’': case U'“': case U'”': case U'„':
    case U'«': case U'»': case U'…': case U'–': case U'—': case '[': case ']':
      return true;
    default:
      return false;
  }
}
bool is_quote(char32_t c) {
  return c == '"' || c == '\'' || c == U'‘' || c == U'’' || c == U'“' || c == U'”' || c == U'„' ||
         c == U'«' || c == U'»';
}

}  // namespace

void tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<Sentence>* sentences) {
  tokens->clear();
  sentences->clear();
  size_t i = 0;
  uint32_t cp = 0;
  int newlines = 2;
  while (i < text.size()) {
    size_t j = i;
    char32_t c = next_code_point(text, j);
    if (is_space(c)) {
      if (c == '\n') ++newlines;
      if (!tokens->empty()) tokens->back().flags |= kSpaceAfter;
      i = j;
      ++cp;
      continue;
    }
    Token t;
    t.span.begin = static_cast<uint32_t>(i);
    t.span.cp_begin = cp;
    if (is_punct(c)) {
      i = j;
      ++cp;
      t.kind = is_quote(c) ? TokenKind::kQuote : TokenKind::kPunct;
    } else {
      while (i < text.size()) {
        size_t k = i;
        char32_t d = next_code_point(text, k);
        if (is_space(d) || is_punct(d)) break;
        i = k;
        ++cp;
      }
    }
    t.span.end = static_cast<uint32_t>(i);
    t.span.cp_end = cp;
    if (newlines > 0) t.flags |= kNewlineBefore;
    if (newlines > 1) t.flags |= kParagraphStart;
    newlines = 0;
    tokens->push_back(t);
  }
  uint32_t start = 0;
  for (uint32_t k = 0; k < tokens->size(); ++k) {
    if (k > start && ((*tokens)[k].flags & kNewlineBefore)) {
      sentences->push_back({start, k});
      start = k;
    }
    std::string_view w = text.substr((*tokens)[k].span.begin, (*tokens)[k].span.end - (*tokens)[k].span.begin);
    if ((w == "." || w == "!" || w == "?") && k + 1 < tokens->size() && ((*tokens)[k].flags & kSpaceAfter)) {
      sentences->push_back({start, k + 1});
      start = k + 1;
    }
  }
  if (start < tokens->size()) sentences->push_back({start, static_cast<uint32_t>(tokens->size())});
}

}  // namespace kroniek
