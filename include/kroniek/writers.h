// Output writers: one Document, one format. Stages never format output.
//
//   std::string json = kroniek::to_json(doc);       // the scorer's JSON contract
//   std::string text = kroniek::to_text(doc);       // for people
//   std::string conllu = kroniek::to_conllu(doc);   // for the UD ecosystem
#pragma once

#include <string>

#include "kroniek/document.h"

namespace kroniek {

struct JsonOptions {
  bool tokens = true;     // include "tokens" and "sentences"
  bool pretty = false;    // indent (one object per line otherwise, for JSONL)
};

// Appends the analysis as one JSON object (no trailing newline).
void write_json(const Document& doc, const JsonOptions& options, std::string* out);
std::string to_json(const Document& doc, const JsonOptions& options = {});

// A readable view: sentences, the people and places named, the timeline of
// time expressions, and who said what.
std::string to_text(const Document& doc);

// CoNLL-U: one token per line, sentence comments, NER and time in MISC.
std::string to_conllu(const Document& doc);

}  // namespace kroniek
