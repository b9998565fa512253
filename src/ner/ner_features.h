// Feature extraction for the NER tagger, shared by the run-time tagger and the
// trainer so both see exactly the same features.
//
//   ner::FeatureScratch scratch;                   // reuse across calls
//   ner::extract_features(model_tables, words, sentence_ends, &scratch);
//   // scratch.feats[scratch.offsets[i] .. scratch.offsets[i+1]) are token i's features
//
// A feature is a 64-bit hash of its template and value (see ner_hash.h). The
// templates: the word, its lowercase form and shape; lowercase words and
// shapes in a window of two; word bigrams; prefixes and suffixes up to four
// letters; capitalisation with position in the sentence and headline context;
// hyphen parts; dictionary and gazetteer membership of the word, its
// neighbours and multi-word gazetteer matches; word-cluster path prefixes
// (when the model was trained with clusters; the shipped one has none);
// and document context (is this capitalised word also seen lowercase, or
// capitalised mid-sentence, elsewhere in the document).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ner/ner_model.h"

namespace kroniek::ner {

// The lookup tables features consult: from a loaded model, or from the
// trainer while it builds one.
struct FeatureTables {
  const KeyedTable<uint16_t>* gazetteer = nullptr;
  const KeyedTable<uint32_t>* clusters = nullptr;
};

struct TokenInfo {
  uint64_t word = 0, lower = 0, shape = 0;
  uint32_t lower_begin = 0, lower_end = 0;  // into FeatureScratch::lower
  uint32_t cluster = 0;                     // bit path with a leading 1, 0 when unknown
  uint16_t gaz = 0;
  uint8_t caps = 0;    // 0 lower, 1 capitalised, 2 all caps, 3 inner capital, 4 no letters
  uint8_t phrase = 0;  // multi-word gazetteer match: bit 2*t = begin of type t, 2*t+1 = inside
  bool hyphen = false;
};

inline constexpr uint32_t kWordTypeFirst = 0x80000000u;

struct FeatureScratch {
  std::vector<TokenInfo> info;
  std::vector<uint64_t> label_keys;            // stage-2 document label table
  std::vector<std::array<uint16_t, 5>> label_counts;
  std::vector<uint32_t> label_first;           // first occurrence + 1
  std::string lower;
  std::string phrase;
  std::vector<uint64_t> doc_keys;
  std::vector<uint8_t> doc_flags;
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;  // words + 1 entries
  std::vector<uint16_t> intrinsic;  // how many of a word's features (its first) depend on the word alone
  // Set by the tagger: the word-only features are emitted for the first
  // token of each word type only (the trainer needs them everywhere).
  bool share_word_features = false;
  std::vector<uint32_t> word_type;  // type index, | kWordTypeFirst on the type's first token
  uint32_t word_types = 0;
  std::vector<uint64_t> type_keys;
  std::vector<uint32_t> type_index;
  std::vector<uint64_t> feats2;   // stage 2, the same way
  std::vector<uint32_t> offsets2;
  std::vector<uint8_t> ends_person;
};

// `sentence_ends` lists the end index of each sentence in order; the last
// equals words.size(). Every word must be valid UTF-8.
void extract_features(const FeatureTables& tables, std::span<const std::string_view> words,
                      std::span<const uint32_t> sentence_ends, FeatureScratch* scratch);

// The second stage sees the first stage's labels. Its features are the
// first stage's features (with weights of its own), plus what the first stage said
// about this token and its neighbours, and about the same word elsewhere in
// the document (how often it was tagged as each type, whether it ended a
// multi-word person name). Reads the TokenInfo extract_features left in the
// scratch and writes the features stage 2 adds to stage 1's to feats2/offsets2.
void extract_stage2_features(std::span<const uint8_t> stage1_labels, std::span<const uint32_t> sentence_ends,
                             FeatureScratch* scratch);

// Whether word i (of the sentence starting at `begin`) follows an opening
// quote mark, so its capital says as little as a sentence start's ("„Mijn
// ..."): „ “ « ‘ always open; a straight quote opens at the sentence start
// or after a colon or comma.
bool starts_quote(std::span<const std::string_view> words, uint32_t begin, uint32_t i);

// Lowercases UTF-8 (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals).
void append_lowercase(std::string_view word, std::string* out);
// The hash gazetteer and cluster tables are keyed by: a lowercased word or a
// phrase of lowercased words joined by single spaces.
inline uint64_t lexicon_hash(std::string_view lowercase) { return hash_bytes(0x6b726e6bULL, lowercase); }

}  // namespace kroniek::ner
