#include "ner/ner_model.h"

#include <atomic>
#include <cstring>
#include <fstream>
#include <iterator>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "ner/ner_tagger.h"
#include "text/table.h"
#include "text/utf8.h"

namespace kroniek::ner {

const char* const kLabelNames[kLabels] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                          "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

int label_index(std::string_view name) {
  for (int l = 0; l < kLabels; ++l) {
    if (name == kLabelNames[l]) return l;
  }
  return -1;
}

uint64_t model_checksum(std::string_view body) { return XXH3_64bits_withSeed(body.data(), body.size(), kFormatVersion); }

namespace {

template <typename T>
T read_le(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

struct Section {
  uint32_t id = 0, element = 0;
  uint64_t offset = 0, size = 0;
};

}  // namespace

NerModel::NerModel() {
  static std::atomic<uint64_t> next{1};
  serial_ = next.fetch_add(1, std::memory_order_relaxed);
}

std::string_view NerModel::meta(std::string_view key) const {
  for (const MetaEntry& m : meta_) {
    if (m.key == key) return m.value;
  }
  return {};
}

size_t NerModel::feature_count() const {
  size_t n = 0;
  for (uint32_t i = 0; i < features_.slots; ++i) n += features_.keys[i] != 0;
  return n;
}

void NerModel::export_tables(ModelImage* m) const {
  m->feature_keys.assign(features_.keys, features_.keys + features_.slots);
  m->feature_weights.assign(features_.values, features_.values + size_t{features_.slots} * features_.value_width);
  m->transitions.assign(transitions_, transitions_ + (kLabels + 1) * kLabels * stages_);
  m->gaz_keys.assign(gaz_.keys, gaz_.keys + gaz_.slots);
  m->gaz_flags.assign(gaz_.values, gaz_.values + gaz_.slots);
  m->cluster_keys.assign(clusters_.keys, clusters_.keys + clusters_.slots);
  m->cluster_paths.assign(clusters_.values, clusters_.values + clusters_.slots);
}

Status NerModel::load(std::string_view bytes, std::string_view name, bool borrow,
                      std::unique_ptr<const NerModel>* out) {
  std::unique_ptr<NerModel> m(new NerModel());
  std::string_view view = bytes;
  if (!borrow || reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) {
    m->owned_.resize((bytes.size() + 7) / 8);
    if (!bytes.empty()) std::memcpy(m->owned_.data(), bytes.data(), bytes.size());
    view = std::string_view(reinterpret_cast<const char*>(m->owned_.data()), bytes.size());
  }
  Status s = m->parse(view, name);
  if (!s.ok()) return s;
  *out = std::move(m);
  return Status::Ok();
}

Status NerModel::load_file(const std::string& path, std::unique_ptr<const NerModel>* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status(StatusCode::kNotFound, path + ": cannot open the NER model (" + std::strerror(errno) + ")");
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  if (f.bad()) return Status(StatusCode::kIoError, path + ": read error");
  return load(bytes, path, false, out);
}

Status NerModel::parse(std::string_view b, std::string_view name) {
  auto corrupt = [&](const std::string& why) {
    return Status(StatusCode::kCorruptModel, std::string(name) + ": not a usable NER model: " + why);
  };
  if (b.size() < kHeaderSize) {
    return corrupt("truncated: " + std::to_string(b.size()) + " bytes, shorter than the " +
                   std::to_string(kHeaderSize) + "-byte header");
  }
  if (std::memcmp(b.data(), kMagic, sizeof kMagic) != 0) return corrupt("wrong magic number (not a kroniek NER model)");
  const auto version = read_le<uint32_t>(b.data() + 8);
  if (version != kFormatVersion) {
    return corrupt("format version " + std::to_string(version) + ", but this kroniek reads version " +
                   std::to_string(kFormatVersion));
  }
  const auto sections = read_le<uint32_t>(b.data() + 12);
  const auto file_size = read_le<uint64_t>(b.data() + 16);
  const auto checksum = read_le<uint64_t>(b.data() + 24);
  if (file_size > b.size()) {
    return corrupt("truncated: " + std::to_string(b.size()) + " bytes of the " + std::to_string(file_size) +
                   " the header announces");
  }
  if (file_size < b.size()) {
    return corrupt(std::to_string(b.size() - file_size) + " unexpected bytes after the " +
                   std::to_string(file_size) + " the header announces");
  }
  if (model_checksum(b.substr(kHeaderSize)) != checksum) return corrupt("bad checksum (the file is damaged)");
  if (sections > 64 || kHeaderSize + uint64_t{sections} * kSectionEntrySize > b.size())
    return corrupt("the section table (" + std::to_string(sections) + " entries) does not fit in the file");

  Section table[kSectionSamples + 1] = {};
  for (uint32_t i = 0; i < sections; ++i) {
    const char* p = b.data() + kHeaderSize + i * kSectionEntrySize;
    Section sec{read_le<uint32_t>(p), read_le<uint32_t>(p + 4), read_le<uint64_t>(p + 8), read_le<uint64_t>(p + 16)};
    const std::string what = "section " + std::to_string(sec.id);
    if (sec.id == 0 || sec.id > kSectionSamples) return corrupt("unknown section id " + std::to_string(sec.id));
    if (table[sec.id].id) return corrupt(what + " appears twice");
    if (sec.offset % kSectionAlign) return corrupt(what + " is not 64-byte aligned");
    if (sec.offset > b.size() || sec.size > b.size() - sec.offset) return corrupt(what + " runs past the end of the file");
    if (sec.element == 0 || sec.size % sec.element) return corrupt(what + " has a size that is not a whole number of elements");
    table[sec.id] = sec;
  }
  auto need = [&](uint32_t id, uint32_t element, const char* what) -> Status {
    if (!table[id].id) return corrupt(std::string("missing the ") + what + " section");
    if (table[id].element != element) return corrupt(std::string("the ") + what + " section has the wrong element size");
    return Status::Ok();
  };
  Status st;
  if (!(st = need(kSectionMeta, 1, "metadata")).ok()) return st;
  if (!(st = need(kSectionFeatureKeys, 4, "feature keys")).ok()) return st;
  if (!(st = need(kSectionFeatureWeights, 2, "feature weights")).ok()) return st;
  if (!(st = need(kSectionTransitions, 2, "transitions")).ok()) return st;
  if (!(st = need(kSectionGazKeys, 4, "gazetteer keys")).ok()) return st;
  if (!(st = need(kSectionGazFlags, 2, "gazetteer flags")).ok()) return st;
  if (!(st = need(kSectionClusterKeys, 4, "cluster keys")).ok()) return st;
  if (!(st = need(kSectionClusterPaths, 4, "cluster paths")).ok()) return st;
  if (!(st = need(kSectionSamples, 1, "samples")).ok()) return st;
  auto data = [&](uint32_t id) { return b.data() + table[id].offset; };
  auto count = [&](uint32_t id) { return table[id].size / table[id].element; };

  // Metadata: "key<TAB>type<TAB>value" lines.
  meta_.clear();
  std::string_view meta(data(kSectionMeta), table[kSectionMeta].size);
  size_t line_no = 0;
  for (std::string_view line : split(meta, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    auto f = split(line, '\t');
    if (f.size() != 3) return corrupt("metadata line " + std::to_string(line_no) + " is not key, type, value");
    if (f[1] != "str" && f[1] != "int" && f[1] != "float")
      return corrupt("metadata line " + std::to_string(line_no) + " has the unknown type '" + std::string(f[1]) + "'");
    meta_.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2])});
  }
  std::string labels;
  for (int l = 0; l < kLabels; ++l) labels += (l ? " " : "") + std::string(kLabelNames[l]);
  if (this->meta("labels") != labels) return corrupt("its label set is not " + labels);
  if (this->meta("feature_templates") != kFeatureTemplates)
    return corrupt("it was trained with other feature templates ('" + std::string(this->meta("feature_templates")) +
                   "') than this kroniek computes");

  const std::string_view stages = this->meta("stages");
  if (stages != "1" && stages != "2") return corrupt("it has " + std::string(stages.empty() ? "no" : stages) + " stages, not 1 or 2");
  stages_ = stages[0] - '0';

  // Feature and lexicon tables.
  auto table_of = [&](uint32_t keys_id, uint32_t values_id, size_t width, const char* what, auto* t) -> Status {
    const uint64_t slots = count(keys_id);
    if (slots > 0xffffffffULL) return corrupt(std::string("the ") + what + " table is too large");
    if (count(values_id) != slots * width) return corrupt(std::string("the ") + what + " keys and values disagree in size");
    const auto* keys = reinterpret_cast<const uint32_t*>(data(keys_id));
    bool has_empty = slots == 0;
    for (uint64_t i = 0; i < slots && !has_empty; ++i) has_empty = keys[i] == 0;
    if (!has_empty) return corrupt(std::string("the ") + what + " table has no empty slot");
    t->slots = static_cast<uint32_t>(slots);
    t->keys = keys;
    t->values = reinterpret_cast<decltype(t->values)>(data(values_id));
    t->value_width = width;
    return Status::Ok();
  };
  if (!(st = table_of(kSectionFeatureKeys, kSectionFeatureWeights, size_t{kLabels} * stages_, "feature", &features_)).ok()) return st;
  if (!(st = table_of(kSectionGazKeys, kSectionGazFlags, 1, "gazetteer", &gaz_)).ok()) return st;
  if (!(st = table_of(kSectionClusterKeys, kSectionClusterPaths, 1, "cluster", &clusters_)).ok()) return st;
  if (count(kSectionTransitions) != uint64_t{(kLabels + 1) * kLabels} * stages_)
    return corrupt("the transition table has the wrong size for " + std::string(stages) + " stages");
  const char* tp = data(kSectionTransitions);
  for (int i = 0; i < (kLabels + 1) * kLabels * stages_; ++i) transitions_[i] = read_le<int16_t>(tp + 2 * i);

  // Samples: tag each and compare with the labels recorded at training time.
  samples_.assign(data(kSectionSamples), table[kSectionSamples].size);
  if (size_t bad = find_invalid_utf8(samples_); bad != std::string::npos)
    return corrupt("the samples hold invalid UTF-8 at byte " + std::to_string(bad));
  // The plain path: a handful of sentences need no word cache, and the
  // check then also holds for the reference the cached path is tested on.
  TagScratch scratch;
  scratch.plain = true;
  std::vector<uint8_t> got;
  line_no = 0;
  for (std::string_view line : split(samples_, '\n')) {
    ++line_no;
    if (line.empty()) continue;
    auto f = split(line, '\t');
    if (f.size() != 2) return corrupt("sample " + std::to_string(line_no) + " is not words, labels");
    auto words = split(f[0], ' ');
    auto expected = split(f[1], ' ');
    if (words.size() != expected.size()) return corrupt("sample " + std::to_string(line_no) + " has a label count unlike its word count");
    const uint32_t end = static_cast<uint32_t>(words.size());
    tag_words(*this, words, std::span<const uint32_t>(&end, 1), &scratch, &got);
    for (size_t i = 0; i < words.size(); ++i) {
      if (expected[i] != kLabelNames[got[i]]) {
        return corrupt("sample " + std::to_string(line_no) + " ('" + std::string(f[0]) + "') tags '" +
                       std::string(words[i]) + "' as " + kLabelNames[got[i]] + ", the model recorded " +
                       std::string(expected[i]));
      }
    }
  }
  return Status::Ok();
}

}  // namespace kroniek::ner
