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
#include "text/lowercase.h"

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
  uint8_t phrase = 0;  // multi-word gazetteer match, see phrase_bit
  bool hyphen = false;
};

// TokenInfo::phrase's bit for a multi-word gazetteer match of entity type
// `type` (label_entity's order, EntityType's too: PER, ORG, LOC, MISC) that
// begins at the token, or (`inside`) runs on through it.
inline constexpr uint8_t phrase_bit(int type, bool inside) {
  return static_cast<uint8_t>(1u << (2 * type + (inside ? 1 : 0)));
}

struct FeatureScratch {
  std::vector<TokenInfo> info;
  // Each token's lowercase form as a dense index within the document
  // (prepare_document), and what the document says about each form.
  std::vector<uint32_t> lower_type;
  uint32_t lower_types = 0;
  std::vector<uint64_t> type_keys;  // the index's hash table
  std::vector<uint32_t> type_ids;
  std::vector<uint8_t> doc_flags;                     // casing (see collect_doc_casing)
  std::vector<std::array<uint16_t, 5>> label_counts;  // stage 2: tagged as each type, ended a person name
  std::vector<uint32_t> label_first;                  // stage 2: first occurrence + 1
  std::string lower;
  std::string phrase;
  std::vector<uint64_t> feats;
  std::vector<uint32_t> offsets;  // words + 1 entries
  std::vector<uint64_t> feats2;   // stage 2, the same way
  std::vector<uint32_t> offsets2;
  std::vector<uint8_t> ends_person;

  // Token k's lowercase form.
  std::string_view lower_of(uint32_t k) const {
    return std::string_view(lower).substr(info[k].lower_begin, info[k].lower_end - info[k].lower_begin);
  }
};

// Templates whose values are small integers. The tagger resolves their
// weight rows once per model into a direct table (SmallRows) instead of
// hashing and probing at every use; their hashes are built like any other
// feature's, so a model does not know the difference.
enum class Small : uint8_t {
  kCapsFirst, kCaps3, kPhrase, kRunCue, kDocCasing, kDocCasingBit, kStage1Label, kStage1Prev, kStage1Next,
  kStage1Trigram, kDocFirst, kDocLabel, kDocMajority, kDocSurname, kDocUnlabelled,
};
inline constexpr int kSmallTemplates = 15;
uint64_t small_feature(Small t, uint32_t value);

// Every small feature's weight row in a model (nullptr where the model has
// none): template t's value v is rows[base[t] + v]. Stage 2's four features
// of the stage-1 labels around a token (the label, the label with each
// neighbour's, all three) always come together, so their stage-2 weights are
// also kept summed per label triple: label_context_sum(prev, label, next).
struct SmallRows {
  uint32_t base[kSmallTemplates + 1] = {};
  std::vector<const int16_t*> rows;
  // kLabels sums per triple; a neighbour past the sentence edge is label kLabels.
  std::vector<int32_t> label_sums;
  const int32_t* label_context_sum(uint32_t prev, uint32_t label, uint32_t next) const {
    return label_sums.data() + ((prev * kLabels + label) * (kLabels + 1) + next) * kLabels;
  }
};
void build_small_rows(const NerModel& model, SmallRows* out);

// Where features go. Each is a hash appended to `hashed`, unless `small` is
// set: then a small feature's weights (`width` of its row from `from`) are
// added at once to the current token's scores (`stride` per token).
struct FeatureSink {
  std::vector<uint64_t>* hashed = nullptr;
  const SmallRows* small = nullptr;
  int32_t* scores = nullptr;
  size_t stride = 0;
  int from = 0, width = 0;
  int32_t* current = nullptr;

  void token(size_t i) {
    if (small) current = scores + i * stride;
  }
  void add(uint64_t hash) { hashed->push_back(hash); }
  // Stage 2's features of the stage-1 labels around a token; `prev` and
  // `next` are 15 past the sentence edge. With `small`, `from` must be
  // kLabels and `width` kLabels (they are stage-2 features).
  void add_label_context(uint32_t prev, uint32_t label, uint32_t next);
  void add_small(Small t, uint32_t value) {
    if (small) {
      const auto k = static_cast<size_t>(t);
      const uint32_t at = small->base[k] + value;
      if (at < small->base[k + 1]) {
        if (const int16_t* row = small->rows[at]) {
          // Constant widths, so the compiler emits vector adds.
          if (width == 2 * kLabels) {
            for (int l = 0; l < 2 * kLabels; ++l) current[l] += row[l];
          } else {
            row += from;
            for (int l = 0; l < kLabels; ++l) current[l] += row[l];
          }
        }
        return;
      }
    }
    hashed->push_back(small_feature(t, value));
  }
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
// The same, into `sink` (feats2 still gets its offsets).
void extract_stage2_features(std::span<const uint8_t> stage1_labels, std::span<const uint32_t> sentence_ends,
                             FeatureScratch* scratch, FeatureSink& sink);

// The parts extract_features joins, in its order, for each token: the
// word's own features, what each neighbour up to two away contributes, the
// gazetteer bits with capitalisation and position, and the features that
// depend on the word together with its context or the document. The tagger
// (ner_tagger.cc) sums the weights of the first three once per word type and
// caches them; the trainer uses extract_features.
//
// word_key is TokenInfo::word, the hash of the exact word. describe_word fills a token's facts and appends its lowercase form to `lower`.
uint64_t word_key(std::string_view word);
void describe_word(const FeatureTables& tables, std::string_view word, std::string* lower, TokenInfo* t);
// `lw` is the word's lowercase form.
void append_word_features(const FeatureTables& tables, std::string_view lw, const TokenInfo& t,
                          std::vector<uint64_t>* out);
void append_gaz_caps_features(const TokenInfo& t, bool first, std::vector<uint64_t>* out);
enum class Side { kPrev, kNext, kPrev2, kNext2 };
// `u` is the neighbour, nullptr past the sentence edge; `closer` says whether
// the neighbour between (for kPrev2 and kNext2) exists.
void append_neighbour_features(Side side, const TokenInfo* u, bool closer, std::vector<uint64_t>* out);
// After every token of the document is described: document casing and
// multi-word gazetteer matches.
void prepare_document(const FeatureTables& tables, std::span<const uint32_t> sentence_ends, FeatureScratch* s);
uint64_t sentence_headline(std::span<const std::string_view> words, const FeatureScratch& s, uint32_t begin,
                           uint32_t end);
void append_context_features(const FeatureScratch& s, uint32_t begin, uint32_t end, uint32_t i, uint64_t headline,
                             FeatureSink& out);

// Whether word i (of the sentence starting at `begin`) follows an opening
// quote mark, so its capital says as little as a sentence start's ("„Mijn
// ..."): „ “ « ‘ always open; a straight quote opens at the sentence start
// or after a colon or comma.
bool starts_quote(std::span<const std::string_view> words, uint32_t begin, uint32_t i);

// The hash gazetteer and cluster tables are keyed by: a lowercased word or a
// phrase of lowercased words joined by single spaces.
inline uint64_t lexicon_hash(std::string_view lowercase) { return hash_bytes(0x6b726e6bULL, lowercase); }

}  // namespace kroniek::ner
