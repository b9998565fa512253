// CoNLL column files: reading them for tagging, training and scoring.
//
//   ner::ConllFile file;
//   Status s = ner::parse_conll(text, "ned.testb", &file);
//   std::string out;
//   ner::tag_conll(model, file, &scratch, &out);   // each token line + " <BIO tag>"
//
// One token per line with the word in the first column; blank lines end
// sentences; -DOCSTART- lines start documents (features look across a
// document's sentences) and are passed through.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kroniek/status.h"
#include "ner/ner_tagger.h"

namespace kroniek::ner {

struct ConllDocument {
  std::vector<std::string_view> words;
  std::vector<std::string_view> last_columns;  // the gold tag in training files
  std::vector<uint32_t> sentence_ends;
  std::vector<uint32_t> word_lines;            // the line of each word
};

struct ConllFile {
  std::vector<std::string_view> lines;  // without line ends
  std::vector<ConllDocument> documents;
};

// Views point into `text`, which must outlive `out`.
Status parse_conll(std::string_view text, std::string_view name, ConllFile* out);

// Writes every line of the file, each token line with its predicted tag as
// one more space-separated column.
void tag_conll(const NerModel& model, const ConllFile& file, TagScratch* scratch, std::string* out);

}  // namespace kroniek::ner
