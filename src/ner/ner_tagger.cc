#include "ner/ner_tagger.h"

#include <algorithm>

#include "ner/ner_decoder.h"

namespace kroniek::ner {

namespace {

// Sums the weights of every token's features into `emissions` (stage
// `stage`), and when `also` is given, stage 2's weights of the same features
// into it. With `types` (stage 1's features extracted with
// share_word_features), a word type's first token stores the sum of its
// word-only features, and the type's later tokens, which lack them, add it.
// Adds a weight row to the running sums. The row width is a compile-time
// constant in each branch, so the compiler turns the loop into vector adds.
template <int W>
inline void add_row(int32_t* e, const int16_t* w) {
  for (int l = 0; l < W; ++l) e[l] += w[l];
}
inline void add_row(int width, int32_t* e, const int16_t* w) {
  if (width == 2 * kLabels) add_row<2 * kLabels>(e, w);
  else add_row<kLabels>(e, w);
}

void score(const NerModel& model, int stage, const std::vector<uint64_t>& feats, const std::vector<uint32_t>& offsets,
           size_t n, const FeatureScratch* types, TagScratch* s, std::vector<int32_t>* emissions,
           std::vector<int32_t>* also) {
  // Two passes so that many table lookups are in flight at once: first
  // resolve every feature to its weight row (prefetching keys ahead), then
  // sum the rows (prefetching rows ahead).
  constexpr size_t kAhead = 16;
  const size_t total = feats.size();
  std::vector<const int16_t*>& rows = s->rows;
  rows.resize(total);
  for (size_t f = 0; f < total; ++f) {
    if (f + kAhead < total) model.prefetch_weights(feats[f + kAhead]);
    rows[f] = model.weights(feats[f]);
  }
  const int width = kLabels * model.stages();
  if (types) s->type_sums.resize(size_t{types->word_types} * 2 * kLabels);
  const int16_t* const* r = rows.data();
  for (size_t i = 0; i < n; ++i) {
    int32_t e[2 * kLabels] = {};
    uint32_t f = offsets[i];
    if (types) {
      const uint32_t type = types->word_type[i];
      int32_t* sums = s->type_sums.data() + size_t{type & ~kWordTypeFirst} * 2 * kLabels;
      if (type & kWordTypeFirst) {
        for (const uint32_t stop = f + types->intrinsic[i]; f < stop; ++f) {
          if (const int16_t* w = r[f]) {
            add_row(width, e, w);
          }
        }
        for (int l = 0; l < width; ++l) sums[l] = e[l];
      } else {
        for (int l = 0; l < width; ++l) e[l] = sums[l];
      }
    }
    for (; f < offsets[i + 1]; ++f) {
      if (f + kAhead < total && r[f + kAhead]) __builtin_prefetch(r[f + kAhead]);
      if (const int16_t* w = r[f]) {
        add_row(width, e, w);
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
  s->features.share_word_features = true;
  extract_features(tables, words, sentence_ends, &s->features);
  const bool two = model.stages() == 2;
  s->emissions.assign(n * kLabels, 0);
  if (two) s->emissions2.assign(n * kLabels, 0);
  score(model, 0, s->features.feats, s->features.offsets, n, &s->features, s, &s->emissions,
        two ? &s->emissions2 : nullptr);
  decode(model, 0, s->emissions, sentence_ends, s, labels);
  if (two) {
    extract_stage2_features(*labels, sentence_ends, &s->features);
    score(model, 1, s->features.feats2, s->features.offsets2, n, nullptr, s, &s->emissions2, nullptr);
    decode(model, 1, s->emissions2, sentence_ends, s, labels);
  }
}

namespace {

// Dutch pronouns, possessives and determiners that open sentences and quotes
// but never name anything alone (the hunspell list lacks some as bare words).
bool function_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "mijn", "jouw", "zijn", "haar", "onze", "ons", "hun", "uw", "wij", "zij", "jij", "ik", "we", "ze",
      "je", "jullie", "dit", "dat", "deze", "die", "het", "een", "geen", "elke", "ieder", "iedere", "alle"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Lowercase particles inside names ("Tour de France", "Gare du Nord").
// Dutch "van" is not among them: two names around it are usually two
// ("Jan Peeters van Knack"); with it, CoNLL ned.testa lost more than it won.
bool name_particle(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"da", "de", "di", "du", "des", "del", "della", "dos", "do", "la", "le"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Mentions of one tagged window (s->words, s->sentence_ends and s->labels,
// indices relative to the window's first token `base`), with the rules that
// follow the tagger; appended to doc->mentions.
void window_mentions(const NerModel& model, uint32_t base, Document* doc, TagScratch* s) {
  const std::vector<uint8_t>& labels = s->labels;
  std::vector<Mention>& ms = s->mentions;  // window indices until the end
  ms.clear();
  s->casing_keys.clear();
  static constexpr EntityType kTypes[4] = {EntityType::kPer, EntityType::kOrg, EntityType::kLoc, EntityType::kMisc};
  const uint32_t n = static_cast<uint32_t>(labels.size());
  const std::vector<TokenInfo>& info = s->features.info;
  const std::string& lower = s->features.lower;
  auto lower_of = [&](uint32_t k) {
    return std::string_view(lower).substr(info[k].lower_begin, info[k].lower_end - info[k].lower_begin);
  };
  // Sentence index of every token, for "first word" tests.
  s->sentence_of.assign(n, 0);
  for (uint32_t si = 0, b = 0; si < s->sentence_ends.size(); b = s->sentence_ends[si++]) {
    for (uint32_t k = b; k < s->sentence_ends[si] && k < n; ++k) s->sentence_of[k] = b;
  }
  // "D66-minister", "Vooruit-voorzitter": a role compounded with a name is a
  // MISC name of its own (like a party adherent) and, like a role, never part
  // of the person's name after it.
  s->role_compound.assign(n, 0);
  s->role_heads.clear();
  for (uint32_t k = 0; k < n; ++k) {
    const std::string_view w = s->words[k];
    const size_t dash = w.rfind('-');
    if (!info[k].hyphen || dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) continue;
    const char c = w[0];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
    const std::string_view lw = lower_of(k);
    const uint16_t* g = model.gazetteer().find(lexicon_hash(lw.substr(lw.rfind('-') + 1)));
    if (g && (*g & kGazRole)) {
      s->role_compound[k] = 1;
      // "Vooruit-voorzitter" says Vooruit is an organisation (a party, a
      // club, a company) unless it is a known place or language.
      const std::string_view head = lw.substr(0, lw.find('-'));
      const uint64_t h = lexicon_hash(head);
      const uint16_t* hg = model.gazetteer().find(h);
      if (!hg || !(*hg & (kGazLoc | kGazMisc))) s->role_heads.push_back(h);
    }
  }
  std::sort(s->role_heads.begin(), s->role_heads.end());
  auto push = [&](uint32_t first, uint32_t last, EntityType type) {
    Mention m;
    m.first_token = first;
    m.end_token = last;
    m.type = type;
    m.kind = MentionKind::kName;
    ms.push_back(m);
  };
  for (uint32_t i = 0; i < n;) {
    if (labels[i] == 0) {
      if (s->role_compound[i]) push(i, i + 1, EntityType::kMisc);
      ++i;
      continue;
    }
    const int type = label_entity(labels[i]);
    uint32_t j = i + 1;
    while (j < n && is_inside(labels[j]) && label_entity(labels[j]) == type) ++j;
    // A name never starts or ends with punctuation, quote marks or symbols.
    uint32_t first = i, last = j;
    auto is_mark = [&](uint32_t k) {
      const TokenKind kind = doc->tokens[base + k].kind;
      return kind == TokenKind::kPunct || kind == TokenKind::kQuote || kind == TokenKind::kSymbol;
    };
    while (first < last && is_mark(first)) ++first;
    while (last > first && is_mark(last - 1)) --last;
    // A title or role is never part of the name ("CEO Annelies Wouters",
    // "minister Jan de Vries"); what follows one is a person, and a title
    // alone is no name.
    int out_type = type;
    if (first + 1 < last && s->role_compound[first]) {
      push(first, first + 1, EntityType::kMisc);
      ++first;
      out_type = 0;
    }
    while (first + 1 < last && (info[first].gaz & kGazRole)) {
      ++first;
      out_type = 0;
    }
    bool drop = first == last || (last == first + 1 && (info[first].gaz & kGazRole));
    if (!drop && last == first + 1 && out_type != 1 &&
        std::binary_search(s->role_heads.begin(), s->role_heads.end(), info[first].lower))
      out_type = 1;
    // CoNLL tags holidays O.
    if (!drop && last == first + 1 && (info[first].gaz & kGazHoliday)) drop = true;
    // A lone capitalised common word (a dictionary or function word, or one
    // the article also writes in lowercase) after an opening quote mark ("„Mijn ...",
    // also when the quote opens a new sentence) that the article never
    // capitalises mid-sentence.
    if (!drop && last == first + 1 && info[first].caps == 1 &&
        !(info[first].gaz & (kDictCapital | kGazPer | kGazSurname | kGazLoc | kGazOrg | kGazMisc)) &&
        starts_quote(s->words, 0, first)) {
      if (s->casing_keys.empty()) {
        // Built once per document, on the first candidate: for each
        // lowercased word, bit 0 = written in lowercase, bit 1 = capitalised
        // mid-sentence (not after a quote mark).
        uint32_t size = 16;
        while (size < n * 2) size <<= 1;
        s->casing_keys.assign(size, 0);
        s->casing_flags.assign(size, 0);
        for (uint32_t k = 0; k < n; ++k) {
          const uint64_t key = info[k].lower | 1;
          uint32_t slot = static_cast<uint32_t>(key) & (size - 1);
          while (s->casing_keys[slot] != 0 && s->casing_keys[slot] != key) slot = (slot + 1) & (size - 1);
          s->casing_keys[slot] = key;
          if (info[k].caps == 0) s->casing_flags[slot] |= 1;
          if (info[k].caps == 1 && k != s->sentence_of[k] && !starts_quote(s->words, 0, k)) s->casing_flags[slot] |= 2;
        }
      }
      const uint64_t key = info[first].lower | 1;
      const uint32_t mask = static_cast<uint32_t>(s->casing_keys.size()) - 1;
      uint32_t slot = static_cast<uint32_t>(key) & mask;
      while (s->casing_keys[slot] != key) slot = (slot + 1) & mask;
      const bool lowercase =
          (info[first].gaz & kDictLower) || function_word(lower_of(first)) || (s->casing_flags[slot] & 1);
      const bool capitalised_elsewhere = s->casing_flags[slot] & 2;
      drop = lowercase && !capitalised_elsewhere;
    }
    if (drop) {
      i = j;
      continue;
    }
    push(first, last, kTypes[out_type]);
    i = j;
  }
  // "Universiteit van Californië", "Raad van State": a capitalised
  // organisational head word, "van"/"voor"/"of", then a name is one
  // organisation.
  auto org_head = [&](uint32_t k) { return info[k].caps == 1 && (info[k].gaz & kGazOrgCue); };
  auto head_link = [&](std::string_view w) { return w == "van" || w == "voor" || w == "of"; };
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.first_token < 2 || !head_link(lower_of(m.first_token - 1)) || !org_head(m.first_token - 2)) continue;
    const uint32_t head = m.first_token - 2;
    if (k > 0 && ms[k - 1].end_token == head + 1) {
      ms[k - 1].type = EntityType::kOrg;  // joined with the next mention below
      continue;
    }
    if (k > 0 && ms[k - 1].end_token > head) continue;
    m.first_token = head;
    m.type = EntityType::kOrg;
  }
  // Two names of one type around a lowercase name particle are one name
  // ("Gare" "du" "Nord", "Vasco" "da" "Gama"): the tagger split it; so
  // are an organisation marked above and the name after its "van".
  // A name that starts or ends with an organisational head word ("FC X",
  // "X Ziekenhuis", "X Museum") is an organisation; an all-caps one ("FC")
  // only with more words ("AB" alone is as likely someone's initials). A
  // MISC name keeps its type: events and works ("Champions League") are MISC.
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    const bool several = m.end_token > m.first_token + 1;
    if ((m.type == EntityType::kPer || m.type == EntityType::kLoc) &&
        (org_head(m.first_token) || org_head(m.end_token - 1) ||
         (several && info[m.first_token].caps == 2 && (info[m.first_token].gaz & kGazOrgCue))))
      m.type = EntityType::kOrg;
  }
  size_t out = 0;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (out > 0) {
      Mention& prev = ms[out - 1];
      const bool org_of = prev.type == EntityType::kOrg && org_head(prev.end_token - 1) &&
                          ms[k].first_token == prev.end_token + 1 && head_link(lower_of(prev.end_token));
      if (org_of || (prev.type == ms[k].type && ms[k].first_token == prev.end_token + 1 &&
                     name_particle(lower_of(prev.end_token)) && info[prev.end_token].caps == 0)) {
        prev.end_token = ms[k].end_token;
        continue;
      }
    }
    ms[out++] = ms[k];
  }
  ms.resize(out);
  for (Mention& m : ms) {
    m.first_token += base;
    m.end_token += base;
    m.span = doc->token_range(m.first_token, m.end_token);
    doc->mentions.push_back(m);
  }
}

}  // namespace

void add_mentions(const NerModel& model, Document* doc, TagScratch* s) {
  // Tag the document in windows of whole sentences (a sentence longer than a
  // window is cut), so memory stays bounded on gigantic inputs; real articles
  // fit in one window, so the document-level features and rules see the
  // whole article.
  constexpr uint32_t kWindowTokens = 1u << 15;
  const uint32_t total = static_cast<uint32_t>(doc->tokens.size());
  std::vector<uint32_t> ends;  // every sentence end, long sentences cut at the window size
  ends.reserve(doc->sentences.size() + 1);
  uint32_t prev = 0;
  for (const Sentence& sent : doc->sentences) {
    if (sent.end_token <= prev) continue;
    while (sent.end_token - prev > kWindowTokens) ends.push_back(prev += kWindowTokens);
    ends.push_back(prev = sent.end_token);
  }
  while (total > prev) ends.push_back(prev = std::min(total, prev + kWindowTokens));
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
    tag_words(model, s->words, s->sentence_ends, s, &s->labels);
    window_mentions(model, begin, doc, s);
    begin = end;
  }
}

}  // namespace kroniek::ner
