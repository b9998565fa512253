#include "ner/ner_features.h"

#include <algorithm>

#include "ner/ner_hash.h"
#include "text/lowercase.h"
#include "text/utf8.h"

namespace kroniek::ner {

const char kFeatureTemplates[] =
    "kroniek-ner-features-5: bias word lower lower[-2..2] bigram[-1,0] bigram[0,1] "
    "prefix1-4 suffix1-4 shape shape[-1] shape[1] shape[-1..1] caps|first|headline "
    "caps[-1..1] gaz-bits gaz-bits|caps|first gaz[-1] gaz[1] phrase-match hyphen-parts "
    "hyphen-last-gaz doc-casing doc-casing-bits|first|dict name-run-cues cluster4/6/10/20 cluster[-1]6 cluster[1]6; "
    "stage 2: stage-1 features (own weights), stage-1 label[-1..1], doc-label-types|caps, doc-majority, doc-surname, "
    "doc-unlabelled doc-first-occurrence-label|caps|first; gaz bits incl. org-cue role holiday";

namespace {

enum Template : uint64_t {
  kBias = 1, kWord, kLower, kLowerM1, kLowerP1, kLowerM2, kLowerP2, kBigramM1, kBigramP1,
  kPrefix, kSuffix, kShape, kShapeM1, kShapeP1, kShape3, kCapsFirst, kCaps3, kGazBit,
  kGazBitCaps, kGazM1, kGazP1, kPhrase, kHyphenPart, kHyphenFirst, kHyphenLast, kHyphenLastGaz,
  kDocCasing, kDocCasingBit, kCluster, kClusterM1, kClusterP1, kStage1Label, kStage1Prev,
  kStage1Next, kStage1Trigram, kDocLabel, kDocMajority, kDocSurname, kDocUnlabelled, kDocFirst, kRunCue,
};

constexpr uint64_t kSentenceStart = 0x51a7e5e5a0001ULL;
constexpr uint64_t kSentenceEnd = 0x51a7e5e5a0002ULL;

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7;
}

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Lowercase words that may stand inside a multi-word name ("Universiteit van X").
bool name_connector(std::string_view lower) {
  return lower == "van" || lower == "de" || lower == "der" || lower == "den" || lower == "voor" || lower == "en" ||
         lower == "du" || lower == "la" || lower == "le" || lower == "of" || lower == "the";
}

}  // namespace

bool starts_quote(std::span<const std::string_view> words, uint32_t begin, uint32_t i) {
  if (i == begin) return false;
  const std::string_view q = words[i - 1];
  if (q == "\xE2\x80\x9E" || q == "\xE2\x80\x9C" || q == "\xC2\xAB" || q == "\xE2\x80\x98") return true;
  if (q != "\"" && q != "'") return false;
  if (i - 1 == begin) return true;
  const std::string_view b = words[i - 2];
  return b == ":" || b == ",";
}

// Fills the per-token facts every template reads.
void describe_word(const FeatureTables& tables, std::string_view w, std::string* lower, TokenInfo* t) {
  t->word = word_key(w);
  t->lower_begin = static_cast<uint32_t>(lower->size());
  append_lowercase(w, lower);
  t->lower_end = static_cast<uint32_t>(lower->size());
  const std::string_view lw(lower->data() + t->lower_begin, t->lower_end - t->lower_begin);
  t->lower = lexicon_hash(lw);

  char shape[16];
  size_t shape_len = 0;
  int letters = 0, uppers = 0;
  bool first_letter_upper = false, seen_letter = false;
  t->hyphen = false;
  size_t i = 0;
  while (i < w.size()) {
    const char32_t c = next_code_point(w, i);
    char k;
    if (is_letter(c)) {
      const bool up = to_lower(c) != c;
      if (!seen_letter) first_letter_upper = up;
      seen_letter = true;
      ++letters;
      uppers += up;
      k = up ? 'X' : 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (c < 0x80) {
      k = static_cast<char>(c);
      if (c == '-' && letters) t->hyphen = true;
    } else {
      k = is_hyphen(c) ? '-' : 'o';
    }
    if (shape_len == 0 || shape[shape_len - 1] != k) {
      if (shape_len < sizeof shape) shape[shape_len++] = k;
    }
  }
  t->shape = hash_bytes(kShape, std::string_view(shape, shape_len));
  if (letters == 0) t->caps = 4;
  else if (first_letter_upper) t->caps = (uppers == letters && letters >= 2) ? 2 : 1;
  else t->caps = uppers ? 3 : 0;

  t->gaz = 0;
  if (tables.gazetteer) {
    if (const uint16_t* g = tables.gazetteer->find(t->lower)) t->gaz = *g;
  }
  t->cluster = 0;
  if (tables.clusters) {
    if (const uint32_t* c = tables.clusters->find(t->lower)) t->cluster = *c;
  }
  t->phrase = 0;
}

namespace {

// Marks multi-word gazetteer matches (longest first) in one sentence.
void match_phrases(const FeatureTables& tables, uint32_t begin, uint32_t end, FeatureScratch* s) {
  if (!tables.gazetteer) return;
  constexpr uint32_t kMaxPhrase = 6;
  std::string& phrase = s->phrase;
  for (uint32_t i = begin; i < end;) {
    // The word alone is looked up already: only a gazetteer phrase's first
    // word can start a match.
    if (!(s->info[i].gaz & kGazPrefix)) {
      ++i;
      continue;
    }
    uint32_t best_len = 0;
    uint16_t best_flags = 0;
    phrase.clear();
    for (uint32_t j = i; j < end && j - i < kMaxPhrase; ++j) {
      const TokenInfo& t = s->info[j];
      if (j > i) phrase.push_back(' ');
      phrase.append(s->lower, t.lower_begin, t.lower_end - t.lower_begin);
      const uint16_t* g = tables.gazetteer->find(lexicon_hash(phrase));
      if (!g) break;
      const uint16_t types = *g & (kGazLoc | kGazPer | kGazOrg | kGazMisc);
      if (types && j > i) {
        best_len = j - i + 1;
        best_flags = types;
      }
      if (!(*g & kGazPrefix)) break;
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    static constexpr uint16_t kTypeFlags[4] = {kGazPer, kGazOrg, kGazLoc, kGazMisc};
    for (uint32_t j = i; j < i + best_len; ++j) {
      for (int type = 0; type < 4; ++type) {
        if (best_flags & kTypeFlags[type]) s->info[j].phrase |= phrase_bit(type, j > i);
      }
    }
    i += best_len;
  }
}

uint32_t pow2_at_least(size_t n) {
  uint32_t p = 16;
  while (p < n) p <<= 1;
  return p;
}

// Gives every token the dense index of its lowercase form in the document.
void index_lower_types(FeatureScratch* s) {
  const size_t n = s->info.size();
  const uint32_t size = pow2_at_least(n * 2);
  s->type_keys.assign(size, 0);
  s->type_ids.resize(size);
  s->lower_type.resize(n);
  uint32_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t key = s->info[i].lower | 1;
    uint32_t slot = static_cast<uint32_t>(key) & (size - 1);
    while (s->type_keys[slot] != 0 && s->type_keys[slot] != key) slot = (slot + 1) & (size - 1);
    if (s->type_keys[slot] == 0) {
      s->type_keys[slot] = key;
      s->type_ids[slot] = count++;
    }
    s->lower_type[i] = s->type_ids[slot];
  }
  s->lower_types = count;
}

// Document casing, per lowercase form: bit 0 = seen in lowercase, bit 1 =
// seen capitalised after the sentence's first word, bit 2 = seen capitalised
// after a capitalised word ("Wouter Koolmees" tells about a later
// "Koolmees"), bit 3 = seen capitalised before one.
void collect_doc_casing(std::span<const uint32_t> sentence_ends, FeatureScratch* s) {
  s->doc_flags.assign(s->lower_types, 0);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    for (uint32_t i = begin; i < end; ++i) {
      const TokenInfo& t = s->info[i];
      if (t.caps == 4) continue;
      uint8_t flag = t.caps == 0 ? 1 : (i > begin && t.caps == 1 ? 2 : 0);
      const bool cap = t.caps == 1 || t.caps == 2;
      if (cap && i > begin && (s->info[i - 1].caps == 1 || s->info[i - 1].caps == 2)) flag |= 4;
      if (cap && i + 1 < end && (s->info[i + 1].caps == 1 || s->info[i + 1].caps == 2)) flag |= 8;
      s->doc_flags[s->lower_type[i]] |= flag;
    }
    begin = end;
  }
}

inline uint64_t feat(uint64_t tmpl, uint64_t value) { return combine(tmpl, value); }

constexpr Template kSmallIds[kSmallTemplates] = {
    kCapsFirst, kCaps3, kPhrase, kRunCue, kDocCasing, kDocCasingBit, kStage1Label, kStage1Prev,
    kStage1Next, kStage1Trigram, kDocFirst, kDocLabel, kDocMajority, kDocSurname, kDocUnlabelled};
// Every value each can take (see where they are added).
constexpr uint32_t kSmallDomain[kSmallTemplates] = {80, 512, 8, 16, 32, 64, 16, 256, 256, 4096, 64, 16, 64, 32, 16};

}  // namespace

uint64_t small_feature(Small t, uint32_t value) { return feat(kSmallIds[static_cast<size_t>(t)], value); }

void build_small_rows(const NerModel& model, SmallRows* out) {
  out->rows.clear();
  for (int t = 0; t < kSmallTemplates; ++t) {
    out->base[t] = static_cast<uint32_t>(out->rows.size());
    for (uint32_t v = 0; v < kSmallDomain[t]; ++v) out->rows.push_back(model.weights(feat(kSmallIds[t], v)));
  }
  out->base[kSmallTemplates] = static_cast<uint32_t>(out->rows.size());
  // The stage-2 weights of the four label features, summed per triple.
  out->label_sums.assign(size_t{kLabels + 1} * kLabels * (kLabels + 1) * kLabels, 0);
  if (model.stages() < 2) return;
  for (uint32_t p = 0; p <= kLabels; ++p) {
    for (uint32_t l = 0; l < kLabels; ++l) {
      for (uint32_t n = 0; n <= kLabels; ++n) {
        const uint32_t pv = p == kLabels ? 15 : p, nv = n == kLabels ? 15 : n;
        int32_t* sum = out->label_sums.data() + ((p * kLabels + l) * (kLabels + 1) + n) * kLabels;
        for (const uint64_t h : {small_feature(Small::kStage1Label, l), small_feature(Small::kStage1Prev, pv * 16 + l),
                                 small_feature(Small::kStage1Next, l * 16 + nv),
                                 small_feature(Small::kStage1Trigram, (pv * 16 + l) * 16 + nv)}) {
          if (const int16_t* row = model.weights(h)) {
            for (int k = 0; k < kLabels; ++k) sum[k] += row[kLabels + k];
          }
        }
      }
    }
  }
}

void FeatureSink::add_label_context(uint32_t prev, uint32_t label, uint32_t next) {
  if (small) {
    const int32_t* sum = small->label_context_sum(prev == 15 ? kLabels : prev, label, next == 15 ? kLabels : next);
    for (int l = 0; l < kLabels; ++l) current[l] += sum[l];
    return;
  }
  add_small(Small::kStage1Label, label);
  add_small(Small::kStage1Prev, prev * 16 + label);
  add_small(Small::kStage1Next, label * 16 + next);
  add_small(Small::kStage1Trigram, (prev * 16 + label) * 16 + next);
}

uint64_t word_key(std::string_view word) { return hash_bytes(kWord, word); }

void append_word_features(const FeatureTables& tables, std::string_view lw, const TokenInfo& t,
                          std::vector<uint64_t>* out) {
  auto& f = *out;
  f.push_back(kBias);
  f.push_back(t.word);
  f.push_back(feat(kLower, t.lower));
  // Prefixes and suffixes of one to four code points.
  size_t pos = 0;
  for (uint64_t k = 1; k <= 4 && pos < lw.size(); ++k) {
    next_code_point(lw, pos);
    if (pos == lw.size() && k > 1) break;
    f.push_back(feat(kPrefix + (k << 8), hash_bytes(k, lw.substr(0, pos))));
  }
  size_t back = lw.size();
  for (uint64_t k = 1; k <= 4 && back > 0; ++k) {
    prev_code_point(lw, back);
    if (back == 0 && k > 1) break;
    f.push_back(feat(kSuffix + (k << 8), hash_bytes(k, lw.substr(back))));
  }

  f.push_back(t.shape);
  for (uint16_t bit = 1; bit <= kGazLastBit; bit = static_cast<uint16_t>(bit << 1)) {
    if (t.gaz & bit) f.push_back(feat(kGazBit, bit));
  }
  if (t.hyphen) {
    size_t start = 0;
    std::string_view last;
    bool first_part = true;
    while (start <= lw.size()) {
      size_t dash = lw.find('-', start);
      const std::string_view part = lw.substr(start, dash == std::string_view::npos ? lw.size() - start : dash - start);
      if (!part.empty()) {
        const uint64_t ph = lexicon_hash(part);
        f.push_back(feat(kHyphenPart, ph));
        if (first_part) f.push_back(feat(kHyphenFirst, ph));
        first_part = false;
        last = part;
      }
      if (dash == std::string_view::npos) break;
      start = dash + 1;
    }
    if (!last.empty()) {
      const uint64_t lh = lexicon_hash(last);
      f.push_back(feat(kHyphenLast, lh));
      if (tables.gazetteer) {
        if (const uint16_t* g = tables.gazetteer->find(lh)) f.push_back(feat(kHyphenLastGaz, *g & ~kGazPrefix));
      }
    }
  }

  if (t.cluster) {
    for (uint32_t bits : {4u, 6u, 10u, 20u}) {
      const int len = 31 - std::countl_zero(t.cluster);
      const uint32_t prefix = len > static_cast<int>(bits) ? t.cluster >> (len - bits) : t.cluster;
      f.push_back(feat(kCluster + (uint64_t{bits} << 8), prefix));
    }
  }
}

void append_gaz_caps_features(const TokenInfo& t, bool first, std::vector<uint64_t>* f) {
  for (uint16_t bit = 1; bit <= kGazLastBit; bit = static_cast<uint16_t>(bit << 1)) {
    if (t.gaz & bit) f->push_back(feat(kGazBitCaps, bit * 64u + t.caps * 2u + (first ? 1u : 0u)));
  }
  if (!t.gaz) f->push_back(feat(kGazBitCaps, t.caps * 2u + (first ? 1u : 0u)));
}

namespace {

uint64_t cluster6(uint32_t c) {
  if (!c) return 0;
  const int len = 31 - std::countl_zero(c);
  return len > 6 ? c >> (len - 6) : c;
}

}  // namespace

void append_neighbour_features(Side side, const TokenInfo* u, bool closer, std::vector<uint64_t>* out) {
  auto& f = *out;
  const bool before = side == Side::kPrev || side == Side::kPrev2;
  const uint64_t edge = before ? kSentenceStart : kSentenceEnd;
  if (side == Side::kPrev2 || side == Side::kNext2) {
    f.push_back(feat(before ? kLowerM2 : kLowerP2, u ? u->lower : (closer ? edge : edge + 7)));
    return;
  }
  f.push_back(feat(before ? kLowerM1 : kLowerP1, u ? u->lower : edge));
  f.push_back(feat(before ? kShapeM1 : kShapeP1, u ? u->shape : edge));
  if (u) f.push_back(feat(before ? kGazM1 : kGazP1, u->gaz & ~kGazPrefix));
  f.push_back(feat(before ? kClusterM1 : kClusterP1, u ? cluster6(u->cluster) : 1u << 20));
}

void prepare_document(const FeatureTables& tables, std::span<const uint32_t> sentence_ends, FeatureScratch* s) {
  index_lower_types(s);
  collect_doc_casing(sentence_ends, s);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    match_phrases(tables, begin, end, s);
    begin = end;
  }
}

uint64_t sentence_headline(std::span<const std::string_view> words, const FeatureScratch& s, uint32_t begin,
                           uint32_t end) {
  // Headline context: no closing punctuation, or most longer words capitalised.
  bool closing = false;
  int long_words = 0, long_capitalised = 0;
  for (uint32_t i = begin; i < end; ++i) {
    const TokenInfo& t = s.info[i];
    if (t.lower_end - t.lower_begin >= 4 && t.caps != 4) {
      ++long_words;
      long_capitalised += t.caps == 1 || t.caps == 2;
    }
  }
  if (end > begin) {
    const std::string_view last = words[end - 1];
    closing = last == "." || last == "!" || last == "?" || last == "\"" || last == "'" || last == "\xE2\x80\x9D" ||
              last == "\xE2\x80\x99" || last == ":" || last == ";";
  }
  return (closing ? 0 : 1) + ((long_words >= 3 && long_capitalised * 4 >= long_words * 3) ? 2 : 0);
}

void append_context_features(const FeatureScratch& s, uint32_t begin, uint32_t end, uint32_t i, uint64_t headline,
                             FeatureSink& f) {
  const TokenInfo& t = s.info[i];
  const TokenInfo* prev = i > begin ? &s.info[i - 1] : nullptr;
  const TokenInfo* next = i + 1 < end ? &s.info[i + 1] : nullptr;
  const bool first = i == begin;

  const uint64_t lm1 = prev ? prev->lower : kSentenceStart, lp1 = next ? next->lower : kSentenceEnd;
  f.add(feat(kBigramM1, combine(lm1, t.lower)));
  f.add(feat(kBigramP1, combine(t.lower, lp1)));
  const uint64_t sm1 = prev ? prev->shape : kSentenceStart, sp1 = next ? next->shape : kSentenceEnd;
  f.add(feat(kShape3, combine(combine(sm1, t.shape), sp1)));
  f.add_small(Small::kCapsFirst, static_cast<uint32_t>(t.caps * 16u + (first ? 8u : 0u) + headline));
  f.add_small(Small::kCaps3, static_cast<uint32_t>((prev ? prev->caps : 7u) * 64u + t.caps * 8u + (next ? next->caps : 7u)));
  for (uint64_t b = 0; b < 8; ++b) {
    if (t.phrase & (1u << b)) f.add_small(Small::kPhrase, static_cast<uint32_t>(b));
  }

  if (t.caps == 1 || t.caps == 2) {
    // Organisational head words elsewhere in this run of capitalised
    // words (connectors allowed): "FC X", "X Ziekenhuis", "Universiteit van X".
    auto in_run = [&](uint32_t k) {
      const TokenInfo& u = s.info[k];
      return u.caps == 1 || u.caps == 2 || (u.caps == 0 && name_connector(s.lower_of(k)));
    };
    uint32_t cue = 0;
    for (uint32_t k = i, d = 0; k > begin && d < 3 && in_run(k - 1); --k, ++d) {
      if (s.info[k - 1].gaz & kGazOrgCue) cue |= 1;
      if (s.info[k - 1].gaz & kGazRole) cue |= 4;
    }
    for (uint32_t k = i + 1, d = 0; k < end && d < 3 && in_run(k); ++k, ++d) {
      if (s.info[k].gaz & kGazOrgCue) cue |= 2;
    }
    if (cue) f.add_small(Small::kRunCue, static_cast<uint32_t>(cue * 2u + (t.gaz & kGazOrgCue ? 1u : 0u)));
    const uint8_t casing = s.doc_flags[s.lower_type[i]];
    f.add_small(Small::kDocCasing, static_cast<uint32_t>(casing * 2u + (first ? 1u : 0u)));
    for (uint8_t bit = 1; bit < 16; bit = static_cast<uint8_t>(bit << 1)) {
      if (casing & bit) f.add_small(Small::kDocCasingBit, static_cast<uint32_t>(bit * 4u + (first ? 2u : 0u) + (t.gaz & kDictLower ? 1u : 0u)));
    }
  }
}

void extract_features(const FeatureTables& tables, std::span<const std::string_view> words,
                      std::span<const uint32_t> sentence_ends, FeatureScratch* s) {
  const size_t n = words.size();
  s->info.resize(n);
  s->lower.clear();
  s->feats.clear();
  s->offsets.resize(n + 1);
  for (size_t i = 0; i < n; ++i) describe_word(tables, words[i], &s->lower, &s->info[i]);
  prepare_document(tables, sentence_ends, s);

  FeatureSink sink;
  sink.hashed = &s->feats;
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    const uint64_t headline = sentence_headline(words, *s, begin, end);
    for (uint32_t i = begin; i < end; ++i) {
      s->offsets[i] = static_cast<uint32_t>(s->feats.size());
      const TokenInfo& t = s->info[i];
      const TokenInfo* prev = i > begin ? &s->info[i - 1] : nullptr;
      const TokenInfo* next = i + 1 < end ? &s->info[i + 1] : nullptr;
      // The word's own features come first.
      append_word_features(tables, s->lower_of(i), t, &s->feats);
      append_neighbour_features(Side::kPrev, prev, true, &s->feats);
      append_neighbour_features(Side::kNext, next, true, &s->feats);
      append_neighbour_features(Side::kPrev2, i > begin + 1 ? &s->info[i - 2] : nullptr, prev != nullptr, &s->feats);
      append_neighbour_features(Side::kNext2, i + 2 < end ? &s->info[i + 2] : nullptr, next != nullptr, &s->feats);
      append_gaz_caps_features(t, i == begin, &s->feats);
      append_context_features(*s, begin, end, i, headline, sink);
    }
    begin = end;
  }
  s->offsets[n] = static_cast<uint32_t>(s->feats.size());
}

void extract_stage2_features(std::span<const uint8_t> labels, std::span<const uint32_t> sentence_ends,
                             FeatureScratch* s) {
  FeatureSink sink;
  sink.hashed = &s->feats2;
  extract_stage2_features(labels, sentence_ends, s, sink);
}

void extract_stage2_features(std::span<const uint8_t> labels, std::span<const uint32_t> sentence_ends,
                             FeatureScratch* s, FeatureSink& f) {
  const uint32_t n = static_cast<uint32_t>(labels.size());
  // Per word of the document: [0..3] tokens tagged PER, ORG, LOC, MISC;
  // [4] times it ended a multi-word PER name.
  s->label_counts.assign(s->lower_types, {});
  s->label_first.assign(s->lower_types, 0);
  auto& ends_person = s->ends_person;
  ends_person.assign(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    if (s->info[i].caps != 4) {
      uint32_t& first = s->label_first[s->lower_type[i]];
      if (!first) first = i + 1;
    }
    if (labels[i] == 0) continue;
    const int type = label_entity(labels[i]);
    s->label_counts[s->lower_type[i]][type]++;
    const bool last = i + 1 == n || !is_inside(labels[i + 1]);
    if (type == 0 && last && is_inside(labels[i])) {
      ends_person[i] = 1;
      s->label_counts[s->lower_type[i]][4]++;
    }
  }

  s->feats2.clear();
  s->offsets2.resize(size_t{n} + 1);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    for (uint32_t i = begin; i < end; ++i) {
      s->offsets2[i] = static_cast<uint32_t>(s->feats2.size());
      f.token(i);
      const TokenInfo& t = s->info[i];
      f.add_label_context(i > begin ? labels[i - 1] : 15u, labels[i], i + 1 < end ? labels[i + 1] : 15u);
      if (t.caps == 4) continue;
      const uint32_t slot = s->lower_type[i];
      // How the word was tagged where the article first used it (news names
      // people and organisations in full first).
      if (const uint32_t first = s->label_first[slot] - 1; first != i) {
        uint64_t code = 0;
        if (labels[first] != 0) {
          const bool multi = is_inside(labels[first]) || (first + 1 < n && is_inside(labels[first + 1]));
          code = 1 + label_entity(labels[first]) * 2u + (multi ? 1u : 0u);
        }
        f.add_small(Small::kDocFirst, static_cast<uint32_t>(code * 4u + (t.caps == 1 || t.caps == 2 ? 2u : 0u) + (i == begin ? 1u : 0u)));
      }
      std::array<uint16_t, 5> c = s->label_counts[slot];
      if (labels[i] != 0) c[label_entity(labels[i])]--;
      c[4] = static_cast<uint16_t>(c[4] - ends_person[i]);
      const uint64_t capital = t.caps == 1 || t.caps == 2 ? 1 : 0;
      int best = -1, others = 0;
      for (int type = 0; type < 4; ++type) {
        if (!c[type]) continue;
        others += c[type];
        f.add_small(Small::kDocLabel, static_cast<uint32_t>(type * 4u + capital * 2u + (labels[i] == 0 ? 1u : 0u)));
        if (best < 0 || c[type] > c[best]) best = type;
      }
      if (best >= 0) f.add_small(Small::kDocMajority, static_cast<uint32_t>(best * 16u + labels[i]));
      if (c[4]) f.add_small(Small::kDocSurname, static_cast<uint32_t>(capital * 16u + labels[i]));
      if (!others && capital) f.add_small(Small::kDocUnlabelled, static_cast<uint32_t>(labels[i]));
    }
    begin = end;
  }
  s->offsets2[n] = static_cast<uint32_t>(s->feats2.size());
}

}  // namespace kroniek::ner
