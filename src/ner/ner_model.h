// The NER model: labels, the model file format and the loaded, immutable model.
//
//   std::unique_ptr<const ner::NerModel> model;
//   Status s = ner::NerModel::load_file("models/ner.kmodel", &model);
//   const int16_t* row = model->weights(feature_hash);   // kLabels weights or nullptr
//
// File layout (all integers little-endian, every section 64-byte aligned so the
// file could be memory-mapped):
//
//   header   magic "KRNKNER\0", u32 format version, u32 section count,
//            u64 file size, u64 checksum of every byte after the header
//            (model_checksum: XXH3-64; format version 1 used hash_bytes)
//   table    per section: u32 id, u32 element size, u64 offset, u64 byte size
//   sections meta (typed "key<TAB>type<TAB>value" lines), feature keys (u32)
//            and weights (i16, kLabels per key and stage), transitions (i16,
//            one (kLabels + 1) x kLabels table per stage), gazetteer
//            keys (u32) and flags (u16), word-cluster keys (u32) and paths
//            (u32), and sample sentences with their expected labels, which
//            are tagged and compared at load.
//
// A model is checked whole at load and rejected with a message that says why:
// missing, truncated, wrong magic, wrong version, bad checksum, bad section,
// missing metadata, or a sample that no longer tags as recorded.
#pragma once

#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kroniek/status.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "ner/ner_hash.h"

namespace kroniek::ner {

// BIO labels in a fixed order: O, then B and I for PER, ORG, LOC, MISC.
inline constexpr int kLabels = 9;
inline constexpr int kStartState = kLabels;  // the "previous label" before a sentence
extern const char* const kLabelNames[kLabels];
int label_index(std::string_view name);  // -1 when unknown
inline bool is_begin(int label) { return label % 2 == 1; }
inline bool is_inside(int label) { return label != 0 && label % 2 == 0; }
inline int label_entity(int label) { return (label - 1) / 2; }  // 0 PER, 1 ORG, 2 LOC, 3 MISC
// I-X may only follow B-X or I-X; everything else is allowed.
inline bool transition_allowed(int from, int to) {
  if (!is_inside(to)) return true;
  return from != kStartState && from != 0 && label_entity(from) == label_entity(to);
}

// What the gazetteer knows about a lowercased word or phrase.
enum GazFlag : uint16_t {
  kDictLower = 1,     // a lowercase word of the Dutch dictionary
  kDictCapital = 2,   // a capitalised entry of the Dutch dictionary (a name)
  kGazLoc = 4,        // country, region, city
  kGazPer = 8,        // a given name
  kGazOrg = 16,       // an organisation
  kGazMisc = 32,      // a language, nationality, currency
  kGazPrefix = 64,    // the first words of a longer entry
  kGazSurname = 128,  // a family name
  kGazOrgCue = 256,   // an organisational head word ("fc", "ziekenhuis", "universiteit")
  kGazRole = 512,     // a title or role ("minister", "ceo"), never inside a person's name
  kGazHoliday = 1024, // a holiday (CoNLL tags them O)
  kGazLastBit = kGazHoliday,
};

inline constexpr char kMagic[8] = {'K', 'R', 'N', 'K', 'N', 'E', 'R', '\0'};
inline constexpr uint32_t kFormatVersion = 2;
inline constexpr size_t kHeaderSize = 32;
inline constexpr size_t kSectionEntrySize = 24;
inline constexpr size_t kSectionAlign = 64;

enum SectionId : uint32_t {
  kSectionMeta = 1,
  kSectionFeatureKeys = 2,
  kSectionFeatureWeights = 3,
  kSectionTransitions = 4,
  kSectionGazKeys = 5,
  kSectionGazFlags = 6,
  kSectionClusterKeys = 7,
  kSectionClusterPaths = 8,
  kSectionSamples = 9,
};

// The checksum a model file's header holds: XXH3-64 (xxHash), seeded with
// the format version, of every byte after the header. It runs at memory
// speed, so checking the whole 8 MB model costs well under a millisecond.
uint64_t model_checksum(std::string_view body);

// The feature templates this code computes; a model names the set it was
// trained with and is refused when they differ.
extern const char kFeatureTemplates[];

// A read-only open-addressing table: 32-bit keys (0 = empty slot), linear
// probing from the home slot, values in a parallel array.
template <typename V>
struct KeyedTable {
  uint32_t slots = 0;
  const uint32_t* keys = nullptr;
  const V* values = nullptr;
  size_t value_width = 1;  // values per slot

  const V* find(uint64_t h) const;
  void prefetch(uint64_t h) const {
    if (slots) __builtin_prefetch(keys + table_home(h, slots));
  }
};

struct MetaEntry {
  std::string key;
  std::string type;  // "str", "int", "float"
  std::string value;
};

// Everything a model file holds, in memory; what the trainer writes.
struct ModelImage {
  std::vector<MetaEntry> meta;
  std::vector<uint32_t> feature_keys;
  std::vector<int16_t> feature_weights;  // kLabels x stages per feature slot
  std::vector<int16_t> transitions;      // per stage (kLabels + 1) x kLabels, row kStartState = start
  std::vector<uint32_t> gaz_keys;
  std::vector<uint16_t> gaz_flags;
  std::vector<uint32_t> cluster_keys;
  std::vector<uint32_t> cluster_paths;  // bit path with a leading 1 (1 = root)
  std::string samples;                  // "word word ...<TAB>label label ...\n"
};

std::string serialize_model(const ModelImage& image);

class NerModel {
 public:
  // Parses and checks a model image. With `borrow` the model points into
  // `bytes`, which must then outlive it (the built-in model); otherwise the
  // bytes are copied.
  static Status load(std::string_view bytes, std::string_view name, bool borrow,
                     std::unique_ptr<const NerModel>* out);
  static Status load_file(const std::string& path, std::unique_ptr<const NerModel>* out);

  // The weights of a feature, or nullptr for an unknown feature: kLabels per
  // stage, stage 1's first, so one lookup serves both stages.
  const int16_t* weights(uint64_t feature_hash) const { return features_.find(feature_hash); }
  void prefetch_weights(uint64_t feature_hash) const { features_.prefetch(feature_hash); }
  // Stage 0 tags from the word features; stage 1 (when stages() == 2)
  // re-tags with the first stage's labels across the document as features.
  int stages() const { return stages_; }
  int32_t transition(int stage, int from, int to) const {
    return transitions_[stage * (kLabels + 1) * kLabels + from * kLabels + to];
  }
  const KeyedTable<uint16_t>& gazetteer() const { return gaz_; }
  const KeyedTable<uint32_t>& clusters() const { return clusters_; }
  // A metadata value, or "" when absent.
  std::string_view meta(std::string_view key) const;
  const std::vector<MetaEntry>& metadata() const { return meta_; }
  size_t feature_count() const;
  // Copies the tables and transitions into `image` (meta and samples untouched).
  void export_tables(ModelImage* image) const;
  // Unique among the models of this process, so a cache of what a model
  // computed (the tagger's word cache) can tell it is still the same model.
  uint64_t serial() const { return serial_; }

 private:
  NerModel();
  Status parse(std::string_view bytes, std::string_view name);

  std::vector<uint64_t> owned_;
  uint64_t serial_;
  KeyedTable<int16_t> features_;
  KeyedTable<uint16_t> gaz_;
  KeyedTable<uint32_t> clusters_;
  int stages_ = 1;
  int32_t transitions_[2 * (kLabels + 1) * kLabels] = {};
  std::vector<MetaEntry> meta_;
  std::string samples_;
};

template <typename V>
const V* KeyedTable<V>::find(uint64_t h) const {
  if (slots == 0) return nullptr;
  const uint32_t key = table_key(h);
  uint32_t i = table_home(h, slots);
  const uint32_t home = i;
#if defined(__SSE2__)
  // Four slots at a time: the answer is the first slot that holds the key or
  // is empty (the scalar loop's), found without a branch per slot.
  const __m128i want = _mm_set1_epi32(static_cast<int>(key)), empty = _mm_setzero_si128();
  for (; i + 4 <= slots; i += 4) {
    const __m128i k = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys + i));
    const unsigned found = static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, want))));
    const unsigned stop = found | static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(k, empty))));
    if (stop) {
      const int at = std::countr_zero(stop);
      return (found >> at) & 1u ? values + static_cast<size_t>(i + static_cast<uint32_t>(at)) * value_width : nullptr;
    }
  }
#endif
  // The slots left before the end of the table, and after wrapping round.
  uint32_t probes = i - home;
  if (i == slots) i = 0;
  for (; probes < slots; ++probes) {
    const uint32_t k = keys[i];
    if (k == key) return values + static_cast<size_t>(i) * value_width;
    if (k == 0) return nullptr;
    if (++i == slots) i = 0;
  }
  return nullptr;
}

// Builds the parallel key/value arrays of a KeyedTable from (hash, values)
// entries; a repeated key ors its values in with `or_merge`, else keeps the first.
template <typename V>
void build_table(const std::vector<std::pair<uint64_t, std::vector<V>>>& entries,
                 size_t value_width, double load, std::vector<uint32_t>* keys,
                 std::vector<V>* values, bool or_merge) {
  const uint32_t slots = entries.empty() ? 0 : static_cast<uint32_t>(static_cast<double>(entries.size()) / load) + 1;
  keys->assign(slots, 0);
  values->assign(static_cast<size_t>(slots) * value_width, V{});
  for (const auto& [h, vals] : entries) {
    const uint32_t key = table_key(h);
    uint32_t i = table_home(h, slots);
    while ((*keys)[i] != 0 && (*keys)[i] != key) i = i + 1 == slots ? 0 : i + 1;
    const bool fresh = (*keys)[i] == 0;
    (*keys)[i] = key;
    for (size_t j = 0; j < value_width; ++j) {
      V& v = (*values)[static_cast<size_t>(i) * value_width + j];
      if (fresh) v = vals[j];
      else if (or_merge) v = static_cast<V>(v | vals[j]);
    }
  }
}

}  // namespace kroniek::ner
