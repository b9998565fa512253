// Runs the NER model: words in, BIO labels out; and the pipeline stage that
// fills Document::mentions.
//
//   std::unique_ptr<const ner::NerModel> model;           // see ner_model.h
//   ner::TagScratch scratch;                              // per thread / per call
//   ner::tag_words(*model, words, sentence_ends, &scratch, &labels);
//   ner::add_mentions(*model, &doc, &scratch);            // after tokenization
//
// The model is shared and never written; all working memory is in the
// scratch, which grows to the largest document and is then reused.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kroniek/document.h"
#include "ner/ner_features.h"
#include "ner/ner_model.h"

namespace kroniek::ner {

struct TagScratch {
  FeatureScratch features;
  std::vector<int32_t> emissions;
  std::vector<int32_t> emissions2;  // stage 2's share of the stage-1 features
  std::vector<const int16_t*> rows;  // each feature's weight row
  std::vector<int32_t> type_sums;    // each word type's summed word-only weights, both stages
  std::vector<uint8_t> back;
  std::vector<std::string_view> words;
  std::vector<uint32_t> sentence_ends;
  std::vector<uint8_t> labels;
  std::vector<uint32_t> sentence_of;  // add_mentions: first token of each token's sentence
  std::vector<uint8_t> role_compound;  // add_mentions: "D66-minister"
  std::vector<Mention> mentions;       // add_mentions: one window's
  std::vector<uint64_t> casing_keys;  // add_mentions: how the document writes each word
  std::vector<uint8_t> casing_flags;
  std::vector<uint64_t> role_heads;    // add_mentions: lexicon hashes of "D66" in such compounds
};

// Labels (indices into kLabelNames) for every word of a document.
// `sentence_ends` as for extract_features.
void tag_words(const NerModel& model, std::span<const std::string_view> words,
               std::span<const uint32_t> sentence_ends, TagScratch* scratch, std::vector<uint8_t>* labels);

// Tags a tokenized document and appends its name mentions.
void add_mentions(const NerModel& model, Document* doc, TagScratch* scratch);

}  // namespace kroniek::ner
