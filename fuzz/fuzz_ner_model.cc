// Any bytes as a NER model file: the loader must accept or reject them with a
// reason, never crash; a model it accepts must tag safely.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "ner/ner_model.h"
#include "ner/ner_tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kroniek::ner;
  std::unique_ptr<const NerModel> model;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kroniek::Status s = NerModel::load(bytes, "fuzz", false, &model);
  if (!s.ok()) {
    if (s.message().empty() || model) std::abort();
    return 0;
  }
  TagScratch scratch;
  std::vector<std::string_view> words = {"De", "Noord-Koreaanse", "leider", "Kim", "bezocht", "Gent", "."};
  const uint32_t end = static_cast<uint32_t>(words.size());
  std::vector<uint8_t> labels;
  tag_words(*model, words, std::span<const uint32_t>(&end, 1), &scratch, &labels);
  for (uint8_t l : labels)
    if (l >= kLabels) std::abort();
  return 0;
}
