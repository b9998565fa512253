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
//
// How tagging is fast. A token's stage-1 score is the sum of the weights of
// some 40 features. About 25 depend on one word only: the word's own (its
// form, affixes, shape, gazetteer bits) and what it is as a neighbour one or
// two to the left or right. Their sums are computed once per word type and
// kept in a per-thread word cache (WordCache), so a token whose word was
// seen before costs a few vector adds instead of 25 hash lookups. Features
// with small integer values (capitalisation patterns, stage-1 labels,
// document counts) read their weight rows from a direct table (SmallRows).
// Only the features of the word in its context (bigrams, the shape trigram)
// are hashed and looked up per token. `TagScratch::plain` switches all this
// off; tests and a fuzz target hold the two paths to the same numbers.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kroniek/document.h"
#include "ner/ner_features.h"
#include "ner/ner_model.h"

namespace kroniek::ner {

// Both stages' weights of a feature: a model's weight row, and the width of
// every score row the tagger sums.
inline constexpr int kRowWidth = 2 * kLabels;
inline constexpr size_t kCachedWordBytes = 29;

// What tagging needs of one word type, computed from the model once: the
// word's facts, the summed weights of its own features (as any token but a
// sentence's first: WordCache::first_delta turns them into a first's), and
// what it adds to the scores of the tokens one before and one after it. What
// it adds two away is a single feature, so that is the model's row itself.
// 384 bytes, six cache lines.
struct alignas(64) CachedWord {
  uint64_t key = 0;               // word_key(word); a slot is empty when word_len is 0
  uint64_t lower = 0, shape = 0;  // as in TokenInfo
  uint32_t cluster = 0;
  uint16_t gaz = 0;
  uint8_t caps = 0;
  bool hyphen = false;
  uint8_t word_len = 0, lower_len = 0;
  bool used = false;  // found in the cache since it came in or was last spared
  char word[kCachedWordBytes];
  char lower_form[kCachedWordBytes];
  int32_t own[kRowWidth];
  int32_t as_prev[kRowWidth], as_next[kRowWidth];
  int16_t as_prev2[kRowWidth], as_next2[kRowWidth];
};
static_assert(sizeof(CachedWord) == 384, "six cache lines: keep the comment and the layout together");
static_assert(offsetof(CachedWord, lower_form) + kCachedWordBytes <= 128, "what a hit reads first stays in two lines");

// A direct-mapped cache of CachedWord for one model. Every entry is a pure
// function of the model and the word, so what is cached never changes a
// result; the cache only saves work. It grows with the vocabulary it sees up
// to kMaxSlots entries (12 MB per thread): when half its slots are taken, or
// when a quarter as many words as it has slots were turned away from a taken
// slot since it last grew. A word that finds its slot taken takes it only if the
// word there was not found since it came in or was last spared; otherwise
// that word is spared and the newcomer is built outside the cache. So a
// rare word does not push out a frequent one. `kroniek-bench` reports the
// share of tokens that find their word.
struct WordCache {
  static constexpr uint32_t kFirstSlots = 1024, kMaxSlots = 32768;
  uint64_t model_serial = 0;
  std::vector<CachedWord> slots;
  uint32_t filled = 0;
  uint32_t turned_away = 0;  // words that found their slot taken, since the last growth
  uint64_t hits = 0, misses = 0;
  // What a missing neighbour adds at a sentence edge; [whether the nearer neighbour exists].
  int32_t no_prev[kRowWidth], no_next[kRowWidth], no_prev2[2][kRowWidth], no_next2[2][kRowWidth];
  // What being its sentence's first word changes in a word's own sums, per
  // gazetteer bit (the last entry: no bit) and capitalisation class.
  static constexpr int kGazBits = std::bit_width(unsigned{kGazLastBit});
  int32_t first_delta[kGazBits + 1][5][kRowWidth];
  SmallRows small;
  CachedWord spare;        // a word too long for a slot, or turned away from one
  std::string spare_lower;
  std::string lower;       // scratch while building an entry
  std::vector<uint64_t> feats;
  std::vector<const int16_t*> rows;

  // The slot a word_key() maps to.
  uint32_t slot_of(uint64_t key) const {
    return static_cast<uint32_t>(key >> 40) & (static_cast<uint32_t>(slots.size()) - 1);
  }
};

struct TagScratch {
  // Tag the plain way: every feature of every token hashed and looked up,
  // no word cache and no direct rows. Slower; gives the same numbers (tests
  // compare the two).
  bool plain = false;
  FeatureScratch features;
  WordCache cache;
  std::vector<uint64_t> word_keys;  // word_key of every token
  // kRowWidth per token: stage 1's emissions, then stage 2's (after tag_words:
  // stage 1's features with stage 2's weights plus stage 2's own features).
  std::vector<int32_t> scores;
  std::vector<const int16_t*> rows;  // each feature's weight row
  std::vector<uint8_t> back;
  std::vector<std::string_view> words;
  std::vector<uint32_t> sentence_ends;
  std::vector<uint8_t> labels;
  std::vector<uint8_t> role_compound;  // add_mentions: "D66-minister"
  std::vector<Mention> mentions;       // add_mentions: one window's
  std::vector<uint8_t> casing_flags;  // add_mentions: how the document writes each lowercase form
  std::vector<uint64_t> role_heads;    // add_mentions: lexicon hashes of "D66" in such compounds
};

// Stage 1's scores of every token into scratch->scores (kRowWidth per token:
// stage 1's weights, then stage 2's, of the same features), with the token
// facts and document tables of scratch->features filled as extract_features
// fills them (stage 2 and the rules after tagging read them). With `cached`
// the word-type sums come from scratch->cache and small features from direct
// rows; without, every feature of every token is looked up: the two must
// give the same numbers (tested).
void stage1_scores(const NerModel& model, std::span<const std::string_view> words,
                   std::span<const uint32_t> sentence_ends, bool cached, TagScratch* scratch);

// Labels (indices into kLabelNames) for every word of a document.
// `sentence_ends` as for extract_features.
void tag_words(const NerModel& model, std::span<const std::string_view> words,
               std::span<const uint32_t> sentence_ends, TagScratch* scratch, std::vector<uint8_t>* labels);

// Tags a tokenized document and appends its name mentions.
void add_mentions(const NerModel& model, Document* doc, TagScratch* scratch);

}  // namespace kroniek::ner
