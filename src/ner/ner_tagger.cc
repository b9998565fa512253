#include "ner/ner_tagger.h"

#include "ner/ner_decoder.h"

namespace kroniek::ner {

namespace {

// Sums the weights of every token's features into `emissions` (stage
// `stage`), and when `also` is given, stage 2's weights of the same features
// into it.
void score(const NerModel& model, int stage, const std::vector<uint64_t>& feats, const std::vector<uint32_t>& offsets,
           size_t n, std::vector<int32_t>* emissions, std::vector<int32_t>* also) {
  const int width = kLabels * model.stages();
  if (n) {
    for (uint32_t f = offsets[0]; f < offsets[1]; ++f) model.prefetch_weights(feats[f]);
  }
  for (size_t i = 0; i < n; ++i) {
    // Fetch the next token's table slots while this one is summed.
    if (i + 1 < n) {
      for (uint32_t f = offsets[i + 1]; f < offsets[i + 2]; ++f) model.prefetch_weights(feats[f]);
    }
    int32_t e[2 * kLabels] = {};
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (const int16_t* w = model.weights(feats[f])) {
        for (int l = 0; l < width; ++l) e[l] += w[l];
      }
    }
    int32_t* out = emissions->data() + i * kLabels;
    for (int l = 0; l < kLabels; ++l) out[l] += e[stage * kLabels + l];
    if (also) {
      int32_t* out2 = also->data() + i * kLabels;
      for (int l = 0; l < kLabels; ++l) out2[l] += e[kLabels + l];
    }
  }
}

void decode(const NerModel& model, int stage, const std::vector<int32_t>& emissions,
            std::span<const uint32_t> sentence_ends, TagScratch* s, std::vector<uint8_t>* labels) {
  int32_t trans[(kLabels + 1) * kLabels];
  for (int p = 0; p <= kLabels; ++p) {
    for (int l = 0; l < kLabels; ++l) trans[p * kLabels + l] = model.transition(stage, p, l);
  }
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    if (end > begin)
      viterbi(emissions.data() + size_t{begin} * kLabels, end - begin, trans, &s->back, labels->data() + begin);
    begin = end;
  }
}

}  // namespace

void tag_words(const NerModel& model, std::span<const std::string_view> words,
               std::span<const uint32_t> sentence_ends, TagScratch* s, std::vector<uint8_t>* labels) {
  const size_t n = words.size();
  labels->assign(n, 0);
  if (n == 0) return;
  FeatureTables tables{&model.gazetteer(), &model.clusters()};
  extract_features(tables, words, sentence_ends, &s->features);
  const bool two = model.stages() == 2;
  s->emissions.assign(n * kLabels, 0);
  if (two) s->emissions2.assign(n * kLabels, 0);
  score(model, 0, s->features.feats, s->features.offsets, n, &s->emissions, two ? &s->emissions2 : nullptr);
  decode(model, 0, s->emissions, sentence_ends, s, labels);
  if (two) {
    extract_stage2_features(*labels, sentence_ends, &s->features);
    score(model, 1, s->features.feats2, s->features.offsets2, n, &s->emissions2, nullptr);
    decode(model, 1, s->emissions2, sentence_ends, s, labels);
  }
}

void add_mentions(const NerModel& model, Document* doc, TagScratch* s) {
  s->words.clear();
  s->sentence_ends.clear();
  for (const Token& t : doc->tokens) s->words.push_back(doc->token_text(t));
  for (const Sentence& sent : doc->sentences) {
    if (sent.end_token > (s->sentence_ends.empty() ? 0 : s->sentence_ends.back()))
      s->sentence_ends.push_back(sent.end_token);
  }
  if (s->sentence_ends.empty() || s->sentence_ends.back() != s->words.size())
    s->sentence_ends.push_back(static_cast<uint32_t>(s->words.size()));
  std::vector<uint8_t>& labels = s->labels;
  tag_words(model, s->words, s->sentence_ends, s, &labels);
  static constexpr EntityType kTypes[4] = {EntityType::kPer, EntityType::kOrg, EntityType::kLoc, EntityType::kMisc};
  const uint32_t n = static_cast<uint32_t>(labels.size());
  for (uint32_t i = 0; i < n;) {
    if (labels[i] == 0) {
      ++i;
      continue;
    }
    const int type = label_entity(labels[i]);
    uint32_t j = i + 1;
    while (j < n && is_inside(labels[j]) && label_entity(labels[j]) == type) ++j;
    Mention m;
    m.first_token = i;
    m.end_token = j;
    m.span = doc->token_range(i, j);
    m.type = kTypes[type];
    m.kind = MentionKind::kName;
    doc->mentions.push_back(m);
    i = j;
  }
}

}  // namespace kroniek::ner
