// The Dutch tokenizer and sentence splitter.
//
//   std::vector<Token> tokens; std::vector<Sentence> sentences;
//   tokenize(text, &tokens, &sentences);   // text should be valid UTF-8
//
// Offsets are exact: every token's bytes are text[span.begin, span.end) and its
// code-point offsets count from the start of `text`. Tokens never overlap, are
// never empty and cover every character that is not whitespace. Bytes that are
// not UTF-8 do not crash it: each becomes (part of) a token on its own.
//
// Conventions follow the Dutch UD treebanks (Alpino, LassySmall): abbreviations
// keep their full stop ("dhr.", "o.a."), initials too ("J.P."), clitics are
// words ("'s", "'t", "zo'n", "auto's"), elliptic compounds keep their hyphen
// ("Noord-" in "Noord- en Zuid-Korea"), numbers keep their inner separators
// ("1.000,50", "15.50", "30/06/2019", "2-1"), and every quotation mark is a
// token of its own ("„", "’", and ",," and "''" as one token each).
#pragma once

#include <string_view>
#include <vector>

#include "kroniek/document.h"

namespace kroniek {

void tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<Sentence>* sentences);

// Splits tokens (as made by tokenize) into sentences. tokenize calls it and
// then gives an initial that ends a sentence its own full stop ("A = B." ends
// in "B" "."), which is why it is not simply this function.
void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<Sentence>* sentences);

}  // namespace kroniek
