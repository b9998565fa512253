#include "ner/ner_tagger.h"

#include <algorithm>

#include "ner/ner_decoder.h"

namespace kroniek::ner {

namespace {

// Sums the weights of every token's features into `emissions` (stage
// `stage`), and when `also` is given, stage 2's weights of the same features
// into it.
void score(const NerModel& model, int stage, const std::vector<uint64_t>& feats, const std::vector<uint32_t>& offsets,
           size_t n, std::vector<const int16_t*>* rows, std::vector<int32_t>* emissions, std::vector<int32_t>* also) {
  // Two passes so that many table lookups are in flight at once: first
  // resolve every feature to its weight row (prefetching keys ahead), then
  // sum the rows (prefetching rows ahead).
  constexpr size_t kAhead = 16;
  const size_t total = feats.size();
  rows->resize(total);
  for (size_t f = 0; f < total; ++f) {
    if (f + kAhead < total) model.prefetch_weights(feats[f + kAhead]);
    (*rows)[f] = model.weights(feats[f]);
  }
  const int width = kLabels * model.stages();
  const int16_t* const* r = rows->data();
  for (size_t i = 0; i < n; ++i) {
    int32_t e[2 * kLabels] = {};
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (f + kAhead < total && r[f + kAhead]) __builtin_prefetch(r[f + kAhead]);
      if (const int16_t* w = r[f]) {
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
  score(model, 0, s->features.feats, s->features.offsets, n, &s->rows, &s->emissions, two ? &s->emissions2 : nullptr);
  decode(model, 0, s->emissions, sentence_ends, s, labels);
  if (two) {
    extract_stage2_features(*labels, sentence_ends, &s->features);
    score(model, 1, s->features.feats2, s->features.offsets2, n, &s->rows, &s->emissions2, nullptr);
    decode(model, 1, s->emissions2, sentence_ends, s, labels);
  }
}

void add_mentions(const NerModel& model, Document* doc, TagScratch* s) {
  // Tag the document in windows of whole sentences (a sentence longer than a
  // window is cut), so memory stays bounded on gigantic inputs; real articles
  // fit in one window, so the document-level features see the whole article.
  constexpr uint32_t kWindowTokens = 1u << 15;
  const uint32_t total = static_cast<uint32_t>(doc->tokens.size());
  std::vector<uint8_t>& labels = s->labels;
  labels.assign(total, 0);
  std::vector<uint32_t> ends;  // every sentence end, long sentences cut at the window size
  ends.reserve(doc->sentences.size() + 1);
  uint32_t prev = 0;
  for (const Sentence& sent : doc->sentences) {
    if (sent.end_token <= prev) continue;
    while (sent.end_token - prev > kWindowTokens) ends.push_back(prev += kWindowTokens);
    ends.push_back(prev = sent.end_token);
  }
  while (total > prev) ends.push_back(prev = std::min(total, prev + kWindowTokens));
  std::vector<uint8_t> window_labels;
  size_t e = 0;
  for (uint32_t begin = 0; begin < total;) {
    s->words.clear();
    s->sentence_ends.clear();
    uint32_t end = begin;
    while (e < ends.size() && (end == begin || ends[e] - begin <= kWindowTokens)) {
      end = ends[e++];
      s->sentence_ends.push_back(end - begin);
    }
    for (uint32_t t = begin; t < end; ++t) s->words.push_back(doc->token_text(t));
    tag_words(model, s->words, s->sentence_ends, s, &window_labels);
    std::copy(window_labels.begin(), window_labels.end(), labels.begin() + begin);
    begin = end;
  }
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
    // A name never starts or ends with punctuation, quote marks or symbols.
    uint32_t first = i, last = j;
    auto is_mark = [&](uint32_t k) {
      const TokenKind kind = doc->tokens[k].kind;
      return kind == TokenKind::kPunct || kind == TokenKind::kQuote || kind == TokenKind::kSymbol;
    };
    while (first < last && is_mark(first)) ++first;
    while (last > first && is_mark(last - 1)) --last;
    if (first == last) {
      i = j;
      continue;
    }
    Mention m;
    m.first_token = first;
    m.end_token = last;
    m.span = doc->token_range(first, last);
    m.type = kTypes[type];
    m.kind = MentionKind::kName;
    doc->mentions.push_back(m);
    i = j;
  }
}

}  // namespace kroniek::ner
