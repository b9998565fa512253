// The Dutch tokenizer and sentence splitter.
//
//   std::vector<Token> tokens; std::vector<Sentence> sentences;
//   tokenize(text, &tokens, &sentences);   // text must be valid UTF-8
//
// Offsets are exact: every token's bytes are text[span.begin, span.end) and its
// code-point offsets count from the start of `text`.
#pragma once

#include <string_view>
#include <vector>

#include "kroniek/document.h"

namespace kroniek {

void tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<Sentence>* sentences);

}  // namespace kroniek
