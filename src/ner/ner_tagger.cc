#include "ner/ner_tagger.h"

#include "ner/ner_decoder.h"

namespace kroniek::ner {

void tag_words(const NerModel& model, std::span<const std::string_view> words,
               std::span<const uint32_t> sentence_ends, TagScratch* s, std::vector<uint8_t>* labels) {
  const size_t n = words.size();
  labels->assign(n, 0);
  if (n == 0) return;
  FeatureTables tables{&model.gazetteer(), &model.clusters()};
  extract_features(tables, words, sentence_ends, &s->features);
  s->emissions.assign(n * kLabels, 0);
  const uint64_t* feats = s->features.feats.data();
  const uint32_t* offsets = s->features.offsets.data();
  for (size_t i = 0; i < n; ++i) {
    int32_t e[kLabels] = {};
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (const int16_t* w = model.weights(feats[f])) {
        for (int l = 0; l < kLabels; ++l) e[l] += w[l];
      }
    }
    for (int l = 0; l < kLabels; ++l) s->emissions[i * kLabels + l] = e[l];
  }
  int32_t trans[(kLabels + 1) * kLabels];
  for (int p = 0; p <= kLabels; ++p) {
    for (int l = 0; l < kLabels; ++l) trans[p * kLabels + l] = model.transition(p, l);
  }
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    if (end > begin) viterbi(s->emissions.data() + size_t{begin} * kLabels, end - begin, trans, &s->back, labels->data() + begin);
    begin = end;
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
