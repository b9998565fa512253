#include "ner/ner_tagger.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "ner/ner_decoder.h"
#include "text/compound.h"

namespace kroniek::ner {

namespace {

// Adds a weight row to running sums. The width is a compile-time constant in
// each branch, so the compiler turns the loop into vector adds.
template <int W>
inline void add_row(int32_t* e, const int16_t* w) {
  for (int l = 0; l < W; ++l) e[l] += w[l];
}
inline void add_row(int width, int32_t* e, const int16_t* w) {
  if (width == kRowWidth) add_row<kRowWidth>(e, w);
  else add_row<kLabels>(e, w);
}
inline void add_sums(int32_t* e, const int32_t* v) {
  for (int l = 0; l < kRowWidth; ++l) e[l] += v[l];
}

// Adds every token's feature weights, `width` of them from position `from` of
// each row, to its scores (`stride` per token). Two passes so that many table
// lookups are in flight at once: first resolve every feature to its weight
// row (prefetching keys ahead), then sum the rows.
void add_feature_scores(const NerModel& model, const std::vector<uint64_t>& feats,
                        const std::vector<uint32_t>& offsets, size_t n, int from, int width, TagScratch* s,
                        int32_t* scores, int stride) {
  constexpr size_t kAhead = 16;
  const size_t total = feats.size();
  std::vector<const int16_t*>& rows = s->rows;
  rows.resize(total);
  for (size_t f = 0; f < total; ++f) {
    if (f + kAhead < total) model.prefetch_weights(feats[f + kAhead]);
    rows[f] = model.weights(feats[f]);
  }
  const int16_t* const* r = rows.data();
  for (size_t i = 0; i < n; ++i) {
    int32_t* out = scores + i * stride;
    for (uint32_t f = offsets[i]; f < offsets[i + 1]; ++f) {
      if (f + kAhead < total && r[f + kAhead]) __builtin_prefetch(r[f + kAhead]);
      if (const int16_t* w = r[f]) add_row(width, out, w + from);
    }
  }
}

// The summed weights (both stages) of a list of features.
void sum_weights(const NerModel& model, const std::vector<uint64_t>& feats, int32_t* out) {
  const int width = kLabels * model.stages();
  std::fill(out, out + kRowWidth, 0);
  for (uint64_t f : feats) {
    if (const int16_t* w = model.weights(f)) add_row(width, out, w);
  }
}

// Fills `e` for `word` (`key` = word_key(word)); its lowercase form goes to `lower`.
void build_word(const NerModel& model, std::string_view word, uint64_t key, WordCache* c, std::string* lower,
                CachedWord* e) {
  const FeatureTables tables{&model.gazetteer(), &model.clusters()};
  lower->clear();
  TokenInfo info;
  describe_word(tables, word, lower, &info);
  e->key = key;
  e->lower = info.lower;
  e->shape = info.shape;
  e->cluster = info.cluster;
  e->gaz = info.gaz;
  e->caps = info.caps;
  e->hyphen = info.hyphen;
  // Every feature of the entry first, in segments, so that their table
  // lookups can be in flight together.
  std::vector<uint64_t>& f = c->feats;
  f.clear();
  size_t ends[5];
  append_word_features(tables, *lower, info, &f);
  append_gaz_caps_features(info, false, &f);
  ends[0] = f.size();
  const Side sides[] = {Side::kPrev, Side::kNext, Side::kPrev2, Side::kNext2};
  for (int k = 0; k < 4; ++k) {
    append_neighbour_features(sides[k], &info, true, &f);
    ends[1 + k] = f.size();
  }
  for (uint64_t h : f) model.prefetch_weights(h);
  std::vector<const int16_t*>& rows = c->rows;
  rows.resize(f.size());
  for (size_t k = 0; k < f.size(); ++k) {
    rows[k] = model.weights(f[k]);
    if (rows[k]) __builtin_prefetch(rows[k]);
  }
  const int width = kLabels * model.stages();
  auto sum = [&](size_t from, size_t to, int32_t* out) {
    std::fill(out, out + kRowWidth, 0);
    for (size_t k = from; k < to; ++k) {
      if (const int16_t* w = rows[k]) add_row(width, out, w);
    }
  };
  sum(0, ends[0], e->own);
  sum(ends[0], ends[1], e->as_prev);
  sum(ends[1], ends[2], e->as_next);
  // One feature each (append_neighbour_features; were it more, the tests
  // that hold this path to the plain one would fail): the row itself.
  auto row = [&](size_t k, size_t end, int16_t* out) {
    std::fill(out, out + kRowWidth, int16_t{0});
    if (end == k + 1 && rows[k]) std::copy(rows[k], rows[k] + width, out);
  };
  static_assert(sizeof(e->as_prev2) == kRowWidth * sizeof(int16_t));
  row(ends[2], ends[3], e->as_prev2);
  row(ends[3], ends[4], e->as_next2);
}

// Empties the cache when it was built for another model, and computes what
// the model gives every word alike: the small features' rows, the first
// word's deltas and the sentence-edge sums.
void prepare_cache(const NerModel& model, WordCache* c) {
  if (c->model_serial == model.serial()) return;
  c->model_serial = model.serial();
  c->slots.assign(WordCache::kFirstSlots, CachedWord{});
  c->filled = 0;
  c->turned_away = 0;
  build_small_rows(model, &c->small);
  std::vector<uint64_t>& f = c->feats;
  for (int bit = 0; bit <= WordCache::kGazBits; ++bit) {
    for (uint8_t caps = 0; caps < 5; ++caps) {
      TokenInfo t;
      t.gaz = static_cast<uint16_t>(bit < WordCache::kGazBits ? 1u << bit : 0u);
      t.caps = caps;
      int32_t first[kRowWidth], other[kRowWidth];
      f.clear();
      append_gaz_caps_features(t, true, &f);
      sum_weights(model, f, first);
      f.clear();
      append_gaz_caps_features(t, false, &f);
      sum_weights(model, f, other);
      for (int l = 0; l < kRowWidth; ++l) c->first_delta[bit][caps][l] = first[l] - other[l];
    }
  }
  auto edge = [&](Side side, bool closer, int32_t* out) {
    f.clear();
    append_neighbour_features(side, nullptr, closer, &f);
    sum_weights(model, f, out);
  };
  edge(Side::kPrev, true, c->no_prev);
  edge(Side::kNext, true, c->no_next);
  for (int closer = 0; closer < 2; ++closer) {
    edge(Side::kPrev2, closer != 0, c->no_prev2[closer]);
    edge(Side::kNext2, closer != 0, c->no_next2[closer]);
  }
}

void prefetch_slot(const WordCache& c, uint64_t key) {
  const char* p = reinterpret_cast<const char*>(&c.slots[c.slot_of(key)]);
  for (size_t line = 0; line < sizeof(CachedWord); line += 64) __builtin_prefetch(p + line);
}

// The cache entry of `word` (built on a miss), and its lowercase form.
// `key` is word_key(word).
const CachedWord& cached_word(const NerModel& model, std::string_view word, uint64_t key, WordCache* c,
                              std::string_view* lower) {
  // A word too long for a slot, or turned away from one, is built in the spare.
  auto spare = [&]() -> const CachedWord& {
    build_word(model, word, key, c, &c->spare_lower, &c->spare);
    *lower = c->spare_lower;
    return c->spare;
  };
  if (word.empty() || word.size() > kCachedWordBytes) {
    ++c->misses;
    return spare();
  }
  CachedWord* e = &c->slots[c->slot_of(key)];
  if (e->key == key && e->word_len == word.size() && std::memcmp(e->word, word.data(), word.size()) == 0) {
    ++c->hits;
    e->used = true;
    *lower = std::string_view(e->lower_form, e->lower_len);
    return *e;
  }
  ++c->misses;
  const bool taken = e->word_len != 0;
  const bool grow = taken ? ++c->turned_away >= c->slots.size() / 4 : ++c->filled > c->slots.size() / 2;
  if (grow && c->slots.size() < WordCache::kMaxSlots) {
    // Grow: move the entries into a table twice the size.
    std::vector<CachedWord> old(c->slots.size() * 2);
    old.swap(c->slots);
    c->filled = 0;
    c->turned_away = 0;
    for (const CachedWord& o : old) {
      if (o.word_len == 0) continue;
      CachedWord& to = c->slots[c->slot_of(o.key)];
      if (to.word_len == 0) ++c->filled;
      to = o;
    }
    e = &c->slots[c->slot_of(key)];
    if (e->word_len == 0) ++c->filled;
  } else if (taken && e->used) {
    // Spare the word that was found there; build this one outside the cache.
    e->used = false;
    return spare();
  }
  build_word(model, word, key, c, &c->lower, e);
  e->used = false;
  e->word_len = static_cast<uint8_t>(word.size());
  std::memcpy(e->word, word.data(), word.size());
  // Lowercasing never makes UTF-8 longer (Lowercase.NeverLengthens),
  // so the lowercase form fits where the word did.
  e->lower_len = static_cast<uint8_t>(c->lower.size());
  std::memcpy(e->lower_form, c->lower.data(), c->lower.size());
  *lower = std::string_view(e->lower_form, e->lower_len);
  return *e;
}

// Decodes every sentence with `stage`'s transitions; a token's emissions are
// the kLabels scores at `emissions` + its index * kRowWidth.
void decode(const NerModel& model, int stage, const int32_t* emissions, std::span<const uint32_t> sentence_ends,
            TagScratch* s, std::vector<uint8_t>* labels) {
  int32_t trans[(kLabels + 1) * kLabels];
  for (int p = 0; p <= kLabels; ++p) {
    for (int l = 0; l < kLabels; ++l) trans[p * kLabels + l] = model.transition(stage, p, l);
  }
  const IntViterbi viterbi(trans);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    if (end > begin)
      viterbi.decode(emissions + size_t{begin} * kRowWidth, end - begin, &s->back, labels->data() + begin, kRowWidth);
    begin = end;
  }
}

}  // namespace

void stage1_scores(const NerModel& model, std::span<const std::string_view> words,
                   std::span<const uint32_t> sentence_ends, bool cached, TagScratch* s) {
  const size_t n = words.size();
  const FeatureTables tables{&model.gazetteer(), &model.clusters()};
  FeatureScratch& fs = s->features;
  s->scores.assign(n * kRowWidth, 0);
  if (!cached) {
    extract_features(tables, words, sentence_ends, &fs);
    add_feature_scores(model, fs.feats, fs.offsets, n, 0, kLabels * model.stages(), s, s->scores.data(), kRowWidth);
    return;
  }
  WordCache& c = s->cache;
  prepare_cache(model, &c);
  fs.info.resize(n);
  fs.lower.clear();
  int32_t* sc = s->scores.data();
  // The entries are looked up a few tokens ahead of their use, so several
  // memory reads are in flight at once.
  std::vector<uint64_t>& keys = s->word_keys;
  keys.resize(n);
  for (size_t i = 0; i < n; ++i) keys[i] = word_key(words[i]);
  constexpr size_t kAhead = 6;
  for (size_t i = 0; i < kAhead && i < n; ++i) prefetch_slot(c, keys[i]);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    for (uint32_t i = begin; i < end; ++i) {
      if (i + kAhead < n) prefetch_slot(c, keys[i + kAhead]);
      std::string_view lower;
      const CachedWord& w = cached_word(model, words[i], keys[i], &c, &lower);
      TokenInfo& t = fs.info[i];
      t.word = w.key;
      t.lower = w.lower;
      t.shape = w.shape;
      t.cluster = w.cluster;
      t.gaz = w.gaz;
      t.caps = w.caps;
      t.phrase = 0;
      t.hyphen = w.hyphen;
      t.lower_begin = static_cast<uint32_t>(fs.lower.size());
      fs.lower.append(lower);
      t.lower_end = static_cast<uint32_t>(fs.lower.size());
      int32_t* at = sc + size_t{i} * kRowWidth;
      add_sums(at, w.own);
      if (i == begin) {
        if (w.gaz == 0) add_sums(at, c.first_delta[WordCache::kGazBits][w.caps]);
        for (uint32_t bits = w.gaz; bits; bits &= bits - 1) add_sums(at, c.first_delta[std::countr_zero(bits)][w.caps]);
      }
      // This word as its neighbours' neighbour, or the sentence edge as its own.
      if (i > begin) add_sums(at - kRowWidth, w.as_next);
      else add_sums(at, c.no_prev);
      if (i + 1 < end) add_sums(at + kRowWidth, w.as_prev);
      else add_sums(at, c.no_next);
      if (i > begin + 1) add_row<kRowWidth>(at - 2 * kRowWidth, w.as_next2);
      else add_sums(at, c.no_prev2[i > begin]);
      if (i + 2 < end) add_row<kRowWidth>(at + 2 * kRowWidth, w.as_prev2);
      else add_sums(at, c.no_next2[i + 1 < end]);
    }
    begin = end;
  }
  prepare_document(tables, sentence_ends, &fs);
  fs.feats.clear();
  fs.offsets.resize(n + 1);
  FeatureSink sink;
  sink.hashed = &fs.feats;
  sink.small = &c.small;
  sink.scores = sc;
  sink.stride = kRowWidth;
  sink.width = kLabels * model.stages();
  begin = 0;
  for (uint32_t end : sentence_ends) {
    const uint64_t headline = sentence_headline(words, fs, begin, end);
    for (uint32_t i = begin; i < end; ++i) {
      fs.offsets[i] = static_cast<uint32_t>(fs.feats.size());
      sink.token(i);
      append_context_features(fs, begin, end, i, headline, sink);
    }
    begin = end;
  }
  fs.offsets[n] = static_cast<uint32_t>(fs.feats.size());
  add_feature_scores(model, fs.feats, fs.offsets, n, 0, kLabels * model.stages(), s, sc, kRowWidth);
}

void tag_words(const NerModel& model, std::span<const std::string_view> words,
               std::span<const uint32_t> sentence_ends, TagScratch* s, std::vector<uint8_t>* labels) {
  const size_t n = words.size();
  labels->assign(n, 0);
  if (n == 0) return;
  stage1_scores(model, words, sentence_ends, !s->plain, s);
  // Each token's row holds stage 1's emissions, then stage 2's (stage 1's
  // features with stage 2's weights, to which stage 2 adds its own).
  int32_t* const sc = s->scores.data();
  decode(model, 0, sc, sentence_ends, s, labels);
  if (model.stages() == 2) {
    if (s->plain) {
      extract_stage2_features(*labels, sentence_ends, &s->features);
    } else {
      FeatureSink sink;
      sink.hashed = &s->features.feats2;
      sink.small = &s->cache.small;
      sink.scores = sc + kLabels;
      sink.stride = kRowWidth;
      sink.from = kLabels;
      sink.width = kLabels;
      extract_stage2_features(*labels, sentence_ends, &s->features, sink);
    }
    add_feature_scores(model, s->features.feats2, s->features.offsets2, n, kLabels, kLabels, s, sc + kLabels,
                       kRowWidth);
    decode(model, 1, sc + kLabels, sentence_ends, s, labels);
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

// Words that qualify a role before a hyphen ("oud-premier", "ex-minister",
// "vice-voorzitter"): no name, so such a compound is a role, not a
// name-role compound like "D66-minister".
bool role_modifier(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "oud", "ex", "vice", "co", "adjunct", "interim", "waarnemend", "plaatsvervangend", "voormalig",
      "kandidaat", "schaduw", "onder", "opper", "hoofd", "mede", "ere", "top", "super", "sub"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Nouns for a kind of organisation that stand right before its name ("het
// chipbedrijf Lumora", "radiozender France Inter", "de band Kensington");
// compounds by their head, as for roles.
bool organisation_noun(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "partij", "bedrijf", "onderneming", "concern", "firma", "fabrikant", "producent", "leverancier",
      "keten", "supermarkt", "bank", "verzekeraar", "fonds", "zender", "omroep", "krant", "dagblad",
      "weekblad", "tijdschrift", "magazine", "uitgeverij", "organisator", "band", "club", "ploeg",
      "vakbond", "federatie", "vereniging", "stichting", "maatschappij", "operator", "multinational",
      "brouwerij", "label", "start-up", "startup"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return is_or_ends_in(lower, w); });
}

// Nouns for a kind of place that end a place's name, alone or as a
// compound's head: "Philips Stadion", "Europagebouw", "Rodetorenplein",
// "Flevopolder". Some also end family names ("Van der Laan", "Van Dijk",
// "Rijswijk"): those count only where the name is no person's
// (`person_too` false), and a few ("toren" as in "organisatoren") only
// after a hyphen ("Ostankino-toren").
bool place_noun(std::string_view lower, bool person_too) {
  static constexpr std::string_view kAnyName[] = {
      "gebouw", "stadion", "arena", "plein", "straat", "steenweg", "station", "luchthaven", "campus",
      "boulevard", "tunnel"};
  static constexpr std::string_view kNoPerson[] = {"laan", "polder", "wijk", "poort", "park", "kaai", "dijk",
                                                   "kanaal", "markt", "singel", "gracht", "kade", "haven"};
  static constexpr std::string_view kAfterHyphen[] = {"toren", "brug", "weg"};
  auto ends_in = [&](std::string_view w) { return is_or_ends_in(lower, w); };
  if (std::any_of(std::begin(kAnyName), std::end(kAnyName), ends_in)) return true;
  if (person_too) return false;
  if (std::any_of(std::begin(kNoPerson), std::end(kNoPerson), ends_in)) return true;
  const size_t dash = lower.rfind('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view head = lower.substr(dash + 1);
  return std::find(std::begin(kAfterHyphen), std::end(kAfterHyphen), head) != std::end(kAfterHyphen);
}

// A road's number: "A16", "E40", "N340", "R0".
bool road_number(std::string_view word) {
  if (word.size() < 2 || word.size() > 4 || (word[0] != 'A' && word[0] != 'E' && word[0] != 'N' && word[0] != 'R'))
    return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Lowercase particles inside names ("Tour de France", "Gare du Nord").
// Dutch "van" is not among them: two names around it are usually two
// ("Jan Peeters van Knack"); with it, CoNLL ned.testa lost more than it won.
bool name_particle(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"da", "de", "di", "du", "des", "del", "della", "dos", "do", "la", "le"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A title or role (data/gazetteers/role.txt), or a compound that ends in one
// ("vakbondssecretaris", "kamervoorzitter", "oud-premier"). The head is at
// least five bytes and starts three or more bytes in, so "spits" counts in
// "centrumspits" but a short role word inside a name does not; heads of up
// to 32 bytes are tried (role.txt's longest is 18).
bool role_word(const NerModel& model, uint16_t gaz, std::string_view lower) {
  if (gaz & kGazRole) return true;
  return ends_in_head(lower, 3, 5, 32, [&](std::string_view head) {
    const uint16_t* g = model.gazetteer().find(lexicon_hash(head));
    return g && (*g & kGazRole);
  });
}

// A person named in full is named by the rest of the name too: "Christine
// Lagarde" ... "Lagarde", "Alexander De Croo" ... "De Croo". Wherever the
// article has that short form with a capital, it is the person: a name of
// another type on exactly those words becomes PER, and words the tagger left
// out become a PER name (when no other name overlaps them). A full name
// counts unless it starts with a role or a kind of organisation that is no
// known given name ("Textielbedrijf Domo"); a short form that is a known
// place does not ("Kosovo").
// `s->mentions` stays in token order.
void name_people_by_their_surnames(const NerModel& model, TagScratch* s) {
  std::vector<Mention>& ms = s->mentions;
  const std::vector<TokenInfo>& info = s->features.info;
  auto lower_of = [&](uint32_t k) { return s->features.lower_of(k); };
  // (first word of the short form, its first and end token in the full name)
  std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> forms;
  for (const Mention& m : ms) {
    if (m.type != EntityType::kPer || m.end_token - m.first_token < 2 || (info[m.first_token + 1].gaz & kGazLoc))
      continue;
    const TokenInfo& given = info[m.first_token];
    const std::string_view first = lower_of(m.first_token);
    if ((given.gaz & kGazPer) || (!role_word(model, given.gaz, first) && !organisation_noun(first)))
      forms.push_back({info[m.first_token + 1].lower, {m.first_token + 1, m.end_token}});
  }
  if (forms.empty()) return;
  std::sort(forms.begin(), forms.end());
  const uint32_t n = static_cast<uint32_t>(info.size());
  size_t next = 0;  // the first mention that ends after the token looked at
  size_t sentence = 0;
  const size_t before = ms.size();
  for (uint32_t i = 0; i < n; ++i) {
    while (sentence < s->sentence_ends.size() && s->sentence_ends[sentence] <= i) ++sentence;
    const uint32_t sentence_end = sentence < s->sentence_ends.size() ? s->sentence_ends[sentence] : n;
    if (info[i].caps != 1 && info[i].caps != 2) continue;
    auto it = std::lower_bound(forms.begin(), forms.end(), std::make_pair(info[i].lower, std::pair<uint32_t, uint32_t>{}));
    for (; it != forms.end() && it->first == info[i].lower; ++it) {
      const auto [from, to] = it->second;
      const uint32_t len = to - from;
      if (i + len > sentence_end || i == from) continue;  // a name stays in its sentence
      bool same = true;
      for (uint32_t k = 1; k < len && same; ++k) same = lower_of(i + k) == lower_of(from + k);
      if (!same) continue;
      while (next < before && ms[next].end_token <= i) ++next;
      if (next < before && ms[next].first_token == i && ms[next].end_token == i + len) {
        ms[next].type = EntityType::kPer;
      } else if (next >= before || ms[next].first_token >= i + len) {
        Mention m;
        m.first_token = i;
        m.end_token = i + len;
        m.type = EntityType::kPer;
        m.kind = MentionKind::kName;
        ms.push_back(m);
        i += len - 1;  // no name starts inside this one
      }
      break;
    }
  }
  if (ms.size() > before) {
    std::inplace_merge(ms.begin(), ms.begin() + static_cast<std::ptrdiff_t>(before), ms.end(),
                       [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  }
}

// Mentions of one tagged window (s->words, s->sentence_ends and s->labels,
// indices relative to the window's first token `base`), with the rules that
// follow the tagger; appended to doc->mentions.
void window_mentions(const NerModel& model, uint32_t base, Document* doc, TagScratch* s) {
  const std::vector<uint8_t>& labels = s->labels;
  std::vector<Mention>& ms = s->mentions;  // window indices until the end
  ms.clear();
  s->casing_flags.clear();
  static constexpr EntityType kTypes[4] = {EntityType::kPer, EntityType::kOrg, EntityType::kLoc, EntityType::kMisc};
  const uint32_t n = static_cast<uint32_t>(labels.size());
  const std::vector<TokenInfo>& info = s->features.info;
  auto lower_of = [&](uint32_t k) { return s->features.lower_of(k); };
  // "D66-minister", "Vooruit-voorzitter": a role compounded with a name is a
  // MISC name of its own (like a party adherent) and, like a role, never part
  // of the person's name after it.
  s->role_compound.assign(n, 0);
  s->role_heads.clear();
  for (uint32_t k = 0; k < n; ++k) {
    if (!info[k].hyphen) continue;
    const std::string_view w = s->words[k];
    const size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) continue;
    const char c = w[0];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
    const std::string_view lw = lower_of(k);
    const uint16_t* g = model.gazetteer().find(lexicon_hash(lw.substr(lw.rfind('-') + 1)));
    if (g && (*g & kGazRole)) {
      const std::string_view head = lw.substr(0, lw.find('-'));
      if (role_modifier(head)) continue;  // "Oud-premier" opening a sentence
      s->role_compound[k] = 1;
      // "Vooruit-voorzitter" says Vooruit is an organisation (a party, a
      // club, a company) unless it is a known place or language.
      const uint64_t h = lexicon_hash(head);
      const uint16_t* hg = model.gazetteer().find(h);
      if (!hg || !(*hg & (kGazLoc | kGazMisc))) s->role_heads.push_back(h);
    }
  }
  // A role, or a compound of one that is not a name-role compound.
  auto is_role = [&](uint32_t k) { return !s->role_compound[k] && role_word(model, info[k].gaz, lower_of(k)); };
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
    while (first + 1 < last && is_role(first)) {
      ++first;
      out_type = 0;
    }
    bool drop = first == last || (last == first + 1 && is_role(first));
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
      if (s->casing_flags.empty()) {
        // Built once per document, on the first candidate: for each
        // lowercase form, bit 0 = written in lowercase, bit 1 = capitalised
        // mid-sentence (not after a quote mark).
        const FeatureScratch& fs = s->features;
        s->casing_flags.assign(fs.lower_types, 0);
        for (uint32_t si = 0, b = 0; si < s->sentence_ends.size(); b = s->sentence_ends[si++]) {
          for (uint32_t k = b; k < s->sentence_ends[si] && k < n; ++k) {
            uint8_t& flags = s->casing_flags[fs.lower_type[k]];
            if (info[k].caps == 0) flags |= 1;
            if (info[k].caps == 1 && k != b && !starts_quote(s->words, 0, k)) flags |= 2;
          }
        }
      }
      const uint8_t flags = s->casing_flags[s->features.lower_type[first]];
      const bool lowercase =
          (info[first].gaz & kDictLower) || function_word(lower_of(first)) || (flags & 1);
      const bool capitalised_elsewhere = flags & 2;
      drop = lowercase && !capitalised_elsewhere;
    }
    if (drop) {
      i = j;
      continue;
    }
    push(first, last, kTypes[out_type]);
    i = j;
  }
  // A name that starts with a place of the gazetteer, alone or as the first
  // word of a multi-word one.
  constexpr uint8_t kPlacePhrase = phrase_bit(static_cast<int>(EntityType::kLoc), false);
  auto known_place = [&](uint32_t k) { return (info[k].gaz & kGazLoc) || (info[k].phrase & kPlacePhrase); };
  // "Alexander De Croo (Open Vld)", "Dylan Groenewegen (LottoNL-Jumbo)": a
  // name in parentheses right after a person's is their party, team or
  // employer. Not a known place, nor a three-letter "Fra" or "Ned" (a
  // country in sports results, which CoNLL tags LOC).
  for (size_t k = 1; k < ms.size(); ++k) {
    Mention& m = ms[k];
    const Mention& person = ms[k - 1];
    if (person.type != EntityType::kPer || m.type == EntityType::kOrg || m.first_token != person.end_token + 1 ||
        m.end_token >= n || s->words[person.end_token] != "(" || s->words[m.end_token] != ")")
      continue;
    const TokenInfo& t = info[m.first_token];
    const bool country_code = m.end_token == m.first_token + 1 && t.caps == 1 && s->words[m.first_token].size() == 3;
    if (!known_place(m.first_token) && !country_code) m.type = EntityType::kOrg;
  }
  // "het chipbedrijf Lumora", "radiozender France Inter": a name right after
  // a noun for a kind of organisation is one, unless it is a known place.
  for (Mention& m : ms) {
    if (m.type == EntityType::kOrg || m.first_token == 0) continue;
    const uint32_t before = m.first_token - 1;
    if (info[before].caps == 0 && organisation_noun(lower_of(before)) && !known_place(m.first_token))
      m.type = EntityType::kOrg;
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
  // A name that ends in a noun for a kind of place, or a road's number, is
  // a place: "Johan Cruijff ArenA", "Berlaymont-gebouw", "de A16".
  for (Mention& m : ms) {
    const uint32_t last = m.end_token - 1;
    if (m.type == EntityType::kLoc || org_head(m.first_token) || org_head(last)) continue;
    if ((info[last].caps != 0 && place_noun(lower_of(last), m.type == EntityType::kPer)) ||
        (m.end_token == m.first_token + 1 && road_number(s->words[last])))
      m.type = EntityType::kLoc;
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
  name_people_by_their_surnames(model, s);
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
