// Any bytes as a NER model file: the loader must accept or reject them with a
// reason, never crash; a model it accepts must tag safely. Each input is
// loaded twice: as it is (header checks) and with its size and checksum
// fields made right, so mutations reach the section parser behind them.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <memory>
#include <string_view>
#include <vector>

#include "ner/ner_hash.h"
#include "ner/ner_model.h"
#include "ner/ner_tagger.h"

namespace {

void load_and_tag(std::string_view bytes) {
  using namespace kroniek::ner;
  std::unique_ptr<const NerModel> model;
  kroniek::Status s = NerModel::load(bytes, "fuzz", false, &model);
  if (!s.ok()) {
    if (s.message().empty() || model) std::abort();
    return;
  }
  TagScratch scratch;
  std::vector<std::string_view> words = {"De", "Noord-Koreaanse", "leider", "Kim", "bezocht", "Gent", "."};
  const uint32_t end = static_cast<uint32_t>(words.size());
  std::vector<uint8_t> labels;
  tag_words(*model, words, std::span<const uint32_t>(&end, 1), &scratch, &labels);
  for (uint8_t l : labels)
    if (l >= kLabels) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kroniek::ner;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  load_and_tag(bytes);
  if (size >= kHeaderSize) {
    std::string fixed(bytes);
    const uint64_t file_size = size;
    std::memcpy(fixed.data() + 16, &file_size, 8);
    const uint64_t checksum = hash_bytes(kFormatVersion, std::string_view(fixed).substr(kHeaderSize));
    std::memcpy(fixed.data() + 24, &checksum, 8);
    load_and_tag(fixed);
  }
  return 0;
}
