// Writes ModelImage in the layout ner_model.h describes.
#include <cstring>

#include "ner/ner_hash.h"
#include "ner/ner_model.h"

namespace kroniek::ner {

namespace {

template <typename T>
void put(std::string* out, T v) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  out->append(b, sizeof v);
}

template <typename T>
std::string_view bytes_of(const std::vector<T>& v) {
  return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

}  // namespace

std::string serialize_model(const ModelImage& m) {
  std::string meta;
  for (const MetaEntry& e : m.meta) meta += e.key + "\t" + e.type + "\t" + e.value + "\n";
  struct Part {
    uint32_t id, element;
    std::string_view bytes;
  };
  const Part parts[] = {
      {kSectionMeta, 1, meta},
      {kSectionFeatureKeys, 4, bytes_of(m.feature_keys)},
      {kSectionFeatureWeights, 2, bytes_of(m.feature_weights)},
      {kSectionTransitions, 2, bytes_of(m.transitions)},
      {kSectionGazKeys, 4, bytes_of(m.gaz_keys)},
      {kSectionGazFlags, 2, bytes_of(m.gaz_flags)},
      {kSectionClusterKeys, 4, bytes_of(m.cluster_keys)},
      {kSectionClusterPaths, 4, bytes_of(m.cluster_paths)},
      {kSectionSamples, 1, m.samples},
  };
  constexpr uint32_t kParts = sizeof parts / sizeof parts[0];
  auto align = [](uint64_t x) { return (x + kSectionAlign - 1) / kSectionAlign * kSectionAlign; };
  std::string out(kHeaderSize, '\0');
  uint64_t offset = align(kHeaderSize + kParts * kSectionEntrySize);
  for (const Part& p : parts) {
    put(&out, p.id);
    put(&out, p.element);
    put(&out, offset);
    put(&out, static_cast<uint64_t>(p.bytes.size()));
    offset = align(offset + p.bytes.size());
  }
  for (const Part& p : parts) {
    out.resize(align(out.size()), '\0');
    out.append(p.bytes);
  }
  std::memcpy(out.data(), kMagic, sizeof kMagic);
  const uint32_t version = kFormatVersion, sections = kParts;
  const uint64_t size = out.size();
  std::memcpy(out.data() + 8, &version, 4);
  std::memcpy(out.data() + 12, &sections, 4);
  std::memcpy(out.data() + 16, &size, 8);
  const uint64_t checksum = model_checksum(std::string_view(out).substr(kHeaderSize));
  std::memcpy(out.data() + 24, &checksum, 8);
  return out;
}

}  // namespace kroniek::ner
