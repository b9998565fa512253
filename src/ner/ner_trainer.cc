#include "ner/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <span>
#include <unordered_map>

#include "ner/conll.h"
#include "ner/conlleval.h"
#include "ner/ner_decoder.h"
#include "ner/ner_features.h"
#include "ner/ner_hash.h"
#include "ner/ner_model.h"
#include "ner/ner_tagger.h"
#include "text/utf8.h"

namespace kroniek::ner {

namespace {

// Sentences written for kroniek; the model records how it tags them and
// checks that at every load.
const char* const kSamples[] = {
    "Minister Jan Peeters van Binnenlandse Zaken bezocht dinsdag Antwerpen .",
    "De Belgische regering en de Europese Unie praten in Brussel over Noord-Korea .",
    "Volgens Anna de Vries van Philips groeit de Nederlandse economie weer .",
};

struct GazetteerFile {
  const char* name;
  uint16_t flag;
};
const GazetteerFile kGazetteerFiles[] = {
    {"dict-lower.txt", kDictLower}, {"dict-capital.txt", kDictCapital}, {"loc.txt", kGazLoc},
    {"per.txt", kGazPer},           {"org.txt", kGazOrg},               {"misc.txt", kGazMisc},
    {"surnames.txt", kGazSurname},  {"org-cue.txt", kGazOrgCue},       {"role.txt", kGazRole},
    {"holiday.txt", kGazHoliday},
};

Status read_whole(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status(StatusCode::kNotFound, path + ": cannot open");
  out->assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  if (f.bad()) return Status(StatusCode::kIoError, path + ": read error");
  return Status::Ok();
}

std::string hex64(uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}

struct LabeledDoc {
  ConllDocument doc;
  std::vector<uint8_t> gold;
};

Status label_docs(const ConllFile& file, const std::string& name, std::vector<LabeledDoc>* out) {
  for (const ConllDocument& d : file.documents) {
    LabeledDoc ld;
    ld.doc = d;
    for (size_t i = 0; i < d.words.size(); ++i) {
      const int l = label_index(d.last_columns[i]);
      if (l < 0) {
        return Status(StatusCode::kInvalidInput, name + ":" + std::to_string(d.word_lines[i] + 1) + ": unknown tag '" +
                                                     std::string(d.last_columns[i]) + "' (expected BIO tags like B-PER)");
      }
      ld.gold.push_back(static_cast<uint8_t>(l));
    }
    out->push_back(std::move(ld));
  }
  return Status::Ok();
}

Status load_gazetteers(const std::string& dir, std::vector<uint32_t>* keys, std::vector<uint16_t>* flags,
                       uint64_t* checksum, std::string* sources) {
  if (!std::filesystem::is_directory(dir)) return Status(StatusCode::kNotFound, dir + ": no gazetteer folder");
  std::map<uint64_t, uint16_t> entries;
  *checksum = 0;
  for (const GazetteerFile& g : kGazetteerFiles) {
    const std::string path = dir + "/" + g.name;
    if (!std::filesystem::exists(path)) continue;
    std::string text;
    Status s = read_whole(path, &text);
    if (!s.ok()) return s;
    if (size_t bad = find_invalid_utf8(text); bad != std::string::npos)
      return Status(StatusCode::kInvalidInput, path + ": invalid UTF-8 at byte " + std::to_string(bad));
    *checksum = combine(*checksum, hash_bytes(g.flag, text));
    size_t count = 0, pos = 0;
    std::string lower, phrase;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      std::string_view line(text.data() + pos, nl - pos);
      pos = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      lower.clear();
      append_lowercase(line, &lower);
      // Words separated by single spaces; each shorter prefix is marked.
      phrase.clear();
      size_t start = 0;
      while (start < lower.size()) {
        size_t sp = lower.find(' ', start);
        if (sp == std::string::npos) sp = lower.size();
        if (sp > start) {
          if (!phrase.empty()) {
            entries[lexicon_hash(phrase)] |= kGazPrefix;
            phrase.push_back(' ');
          }
          phrase.append(lower, start, sp - start);
        }
        start = sp + 1;
      }
      if (phrase.empty()) continue;
      entries[lexicon_hash(phrase)] |= g.flag;
      ++count;
    }
    *sources += std::string(sources->empty() ? "" : " ") + g.name + ":" + std::to_string(count);
  }
  std::vector<std::pair<uint64_t, std::vector<uint16_t>>> list;
  list.reserve(entries.size());
  for (const auto& [h, f] : entries) list.push_back({h, {f}});
  build_table(list, 1, 0.5, keys, flags, true);
  return Status::Ok();
}

Status load_clusters(const std::string& path, std::vector<uint32_t>* keys, std::vector<uint32_t>* paths,
                     uint64_t* checksum) {
  keys->clear();
  paths->clear();
  *checksum = 0;
  if (path.empty()) return Status::Ok();
  std::string text;
  Status s = read_whole(path, &text);
  if (!s.ok()) return s;
  *checksum = hash_bytes(7, text);
  std::map<uint64_t, uint32_t> entries;
  size_t pos = 0, line_no = 0;
  std::string lower;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab > 30)
      return Status(StatusCode::kInvalidInput, path + ":" + std::to_string(line_no) + ": expected bitpath<TAB>word");
    uint32_t bits = 1;
    for (char c : line.substr(0, tab)) {
      if (c != '0' && c != '1')
        return Status(StatusCode::kInvalidInput, path + ":" + std::to_string(line_no) + ": the path is not 0s and 1s");
      bits = bits << 1 | static_cast<uint32_t>(c - '0');
    }
    std::string_view word = line.substr(tab + 1);
    word = word.substr(0, word.find('\t'));
    lower.clear();
    append_lowercase(word, &lower);
    entries.emplace(lexicon_hash(lower), bits);
  }
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> list;
  for (const auto& [h, b] : entries) list.push_back({h, {b}});
  build_table(list, 1, 0.5, keys, paths, false);
  return Status::Ok();
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed ? seed : 1) {}
  uint64_t next() {
    s_ ^= s_ << 13;
    s_ ^= s_ >> 7;
    s_ ^= s_ << 17;
    return s_;
  }

 private:
  uint64_t s_;
};

constexpr int kTrans = (kLabels + 1) * kLabels;

// Training sequences of one stage: dense feature ids per token over all
// training documents, and the sentences as token ranges.
struct Sequences {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> offsets{0};  // tokens + 1
  std::vector<uint8_t> gold;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<uint32_t> sentence_doc;
  std::vector<uint64_t> hashes;  // id -> feature hash
  std::unordered_map<uint64_t, uint32_t> index;
  // Features seen fewer than min_count times in the training data are left
  // out (features the counts do not know are kept).
  const std::unordered_map<uint64_t, uint32_t>* counts = nullptr;
  uint32_t min_count = 1;

  void add_token(const uint64_t* feats, size_t count, uint8_t label) {
    for (size_t k = 0; k < count; ++k) {
      if (counts && min_count > 1) {
        auto c = counts->find(feats[k]);
        if (c != counts->end() && c->second < min_count) continue;
      }
      auto [it, fresh] = index.emplace(feats[k], static_cast<uint32_t>(hashes.size()));
      if (fresh) hashes.push_back(feats[k]);
      ids.push_back(it->second);
    }
    offsets.push_back(static_cast<uint32_t>(ids.size()));
    gold.push_back(label);
  }
  uint32_t tokens() const { return static_cast<uint32_t>(gold.size()); }
};

// Structured perceptron with exact integer averaging: u accumulates each
// update times the example counter, and the average is w - u / c.
class Perceptron {
 public:
  explicit Perceptron(size_t features)
      : w_(features * kLabels, 0), u_(features * kLabels, 0), tw_(kTrans, 0), tu_(kTrans, 0) {}

  size_t epoch(const Sequences& data, std::vector<uint32_t>* order, Rng* rng) {
    for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[rng->next() % i]);
    size_t mistakes = 0;
    for (uint32_t si : *order) {
      const auto [b, e] = data.sentences[si];
      const size_t n = e - b;
      if (n == 0) continue;
      emissions_.assign(n * kLabels, 0);
      for (size_t t = 0; t < n; ++t) {
        int32_t* em = emissions_.data() + t * kLabels;
        for (uint32_t k = data.offsets[b + t]; k < data.offsets[b + t + 1]; ++k) {
          const int32_t* row = w_.data() + size_t{data.ids[k]} * kLabels;
          for (int l = 0; l < kLabels; ++l) em[l] += row[l];
        }
      }
      pred_.resize(n);
      viterbi(emissions_.data(), n, tw_.data(), &back_, pred_.data());
      const uint8_t* gold = data.gold.data() + b;
      bool wrong = false;
      int pg = kStartState, pp = kStartState;
      for (size_t t = 0; t < n; ++t) {
        if (pred_[t] != gold[t]) {
          wrong = true;
          for (uint32_t k = data.offsets[b + t]; k < data.offsets[b + t + 1]; ++k) {
            const size_t row = size_t{data.ids[k]} * kLabels;
            w_[row + gold[t]] += 1;
            u_[row + gold[t]] += c_;
            w_[row + pred_[t]] -= 1;
            u_[row + pred_[t]] -= c_;
          }
        }
        if (pg != pp || gold[t] != pred_[t]) {
          tw_[pg * kLabels + gold[t]] += 1;
          tu_[pg * kLabels + gold[t]] += c_;
          tw_[pp * kLabels + pred_[t]] -= 1;
          tu_[pp * kLabels + pred_[t]] -= c_;
        }
        pg = gold[t];
        pp = pred_[t];
      }
      mistakes += wrong;
      ++c_;
    }
    return mistakes;
  }

  double weight(size_t i) const { return w_[i] - static_cast<double>(u_[i]) / static_cast<double>(c_); }
  double transition(size_t i) const { return tw_[i] - static_cast<double>(tu_[i]) / static_cast<double>(c_); }
  size_t size() const { return w_.size(); }

  // Labels for a sentence with the averaged weights.
  void predict(const Sequences& data, uint32_t si, uint8_t* out) {
    const auto [b, e] = data.sentences[si];
    const size_t n = e - b;
    if (n == 0) return;
    std::vector<double> em(n * kLabels, 0.0), tr(kTrans);
    for (size_t t = 0; t < n; ++t) {
      for (uint32_t k = data.offsets[b + t]; k < data.offsets[b + t + 1]; ++k) {
        const size_t row = size_t{data.ids[k]} * kLabels;
        for (int l = 0; l < kLabels; ++l) em[t * kLabels + l] += weight(row + l);
      }
    }
    for (int i = 0; i < kTrans; ++i) tr[i] = transition(i);
    viterbi(em.data(), n, tr.data(), &back_, out);
  }

 private:
  std::vector<int32_t> w_;
  std::vector<int64_t> u_;
  std::vector<int32_t> tw_;
  std::vector<int64_t> tu_;
  int64_t c_ = 1;
  std::vector<int32_t> emissions_;
  std::vector<uint8_t> back_, pred_;
};

using Rows = std::vector<std::pair<uint64_t, std::vector<int16_t>>>;

// Averages, quantises to 16 bits with one scale per stage, and keeps the rows
// with a weight of at least `prune_below`.
double quantise(const Perceptron& p, const std::vector<uint64_t>& hashes, int prune_below, Rows* rows,
                std::vector<int16_t>* transitions) {
  double max_abs = 0;
  for (size_t i = 0; i < p.size(); ++i) max_abs = std::max(max_abs, std::fabs(p.weight(i)));
  for (int i = 0; i < kTrans; ++i) max_abs = std::max(max_abs, std::fabs(p.transition(i)));
  const double scale = max_abs > 0 ? max_abs / 32000.0 : 1.0;
  auto q = [&](double v) { return static_cast<int16_t>(std::clamp<long>(std::lround(v / scale), -32767, 32767)); };
  rows->clear();
  for (size_t f = 0; f < hashes.size(); ++f) {
    std::vector<int16_t> row(kLabels);
    bool keep = false;
    for (int l = 0; l < kLabels; ++l) {
      row[l] = q(p.weight(f * kLabels + l));
      keep |= std::abs(row[l]) >= prune_below;
    }
    if (keep) rows->push_back({hashes[f], std::move(row)});
  }
  transitions->resize(kTrans);
  for (int i = 0; i < kTrans; ++i) (*transitions)[i] = q(p.transition(i));
  return scale;
}

std::vector<std::string_view> split_words(std::string_view sv) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < sv.size()) {
    size_t sp = sv.find(' ', start);
    if (sp == std::string_view::npos) sp = sv.size();
    words.push_back(sv.substr(start, sp - start));
    start = sp + 1;
  }
  return words;
}

}  // namespace

Status train_ner(const TrainOptions& opt, std::string* model_bytes, TrainReport* report) {
  *report = TrainReport();
  std::string train_text, dev_text;
  Status s = read_whole(opt.train_path, &train_text);
  if (!s.ok()) return s;
  s = read_whole(opt.dev_path, &dev_text);
  if (!s.ok()) return s;
  ConllFile train_file, dev_file;
  if (!(s = parse_conll(train_text, opt.train_path, &train_file)).ok()) return s;
  if (!(s = parse_conll(dev_text, opt.dev_path, &dev_file)).ok()) return s;
  std::vector<LabeledDoc> train, dev;
  if (!(s = label_docs(train_file, opt.train_path, &train)).ok()) return s;
  if (!(s = label_docs(dev_file, opt.dev_path, &dev)).ok()) return s;

  ModelImage image;
  uint64_t gaz_checksum = 0, cluster_checksum = 0;
  std::string gaz_sources;
  if (!(s = load_gazetteers(opt.gazetteer_dir, &image.gaz_keys, &image.gaz_flags, &gaz_checksum, &gaz_sources)).ok())
    return s;
  if (!(s = load_clusters(opt.clusters_path, &image.cluster_keys, &image.cluster_paths, &cluster_checksum)).ok())
    return s;
  KeyedTable<uint16_t> gaz{static_cast<uint32_t>(image.gaz_keys.size()), image.gaz_keys.data(), image.gaz_flags.data(), 1};
  KeyedTable<uint32_t> clusters{static_cast<uint32_t>(image.cluster_keys.size()), image.cluster_keys.data(),
                                image.cluster_paths.data(), 1};
  const FeatureTables tables{&gaz, &clusters};

  // How often each feature occurs in training.
  std::unordered_map<uint64_t, uint32_t> counts;
  FeatureScratch scratch;
  for (const LabeledDoc& d : train) {
    extract_features(tables, d.doc.words, d.doc.sentence_ends, &scratch);
    for (uint64_t h : scratch.feats) ++counts[h];
  }

  // Stage-1 sequences; feature ids in order of first appearance.
  Sequences s1;
  s1.counts = &counts;
  s1.min_count = static_cast<uint32_t>(opt.min_feature_count);
  std::vector<uint32_t> doc_first_token;
  for (uint32_t di = 0; di < train.size(); ++di) {
    const LabeledDoc& d = train[di];
    extract_features(tables, d.doc.words, d.doc.sentence_ends, &scratch);
    const uint32_t base = s1.tokens();
    doc_first_token.push_back(base);
    for (size_t i = 0; i < d.doc.words.size(); ++i)
      s1.add_token(scratch.feats.data() + scratch.offsets[i], scratch.offsets[i + 1] - scratch.offsets[i], d.gold[i]);
    uint32_t begin = 0;
    for (uint32_t end : d.doc.sentence_ends) {
      s1.sentences.push_back({base + begin, base + end});
      s1.sentence_doc.push_back(di);
      begin = end;
    }
  }
  s1.index = {};
  report->features = s1.hashes.size();

  std::string labels;
  for (int l = 0; l < kLabels; ++l) labels += (l ? " " : "") + std::string(kLabelNames[l]);
  auto make_meta = [&](int stages, const std::string& epochs, const std::string& scales, size_t kept) {
    image.meta = {
        {"format", "str", "kroniek NER model: BIO labels, first-order averaged perceptron, 16-bit weights"},
        {"labels", "str", labels},
        {"feature_templates", "str", kFeatureTemplates},
        {"stages", "int", std::to_string(stages)},
        {"weight_scales", "str", scales},
        {"features_kept", "int", std::to_string(kept)},
        {"train_file", "str", std::filesystem::path(opt.train_path).filename().string()},
        {"train_checksum", "str", hex64(hash_bytes(1, train_text))},
        {"dev_file", "str", std::filesystem::path(opt.dev_path).filename().string()},
        {"dev_checksum", "str", hex64(hash_bytes(1, dev_text))},
        {"gazetteers", "str", gaz_sources},
        {"gazetteer_checksum", "str", hex64(gaz_checksum)},
        {"cluster_checksum", "str", hex64(cluster_checksum)},
        {"epochs", "str", epochs},
        {"seed", "int", std::to_string(opt.seed)},
        {"prune_below", "int", std::to_string(opt.prune_below)},
        {"min_feature_count", "int", std::to_string(opt.min_feature_count)},
        {"jackknife_folds", "int", "5"},
    };
  };
  TagScratch tag_scratch;
  std::vector<uint8_t> dev_labels;
  // Builds the model from rows and transitions, loads it as kroniek would and
  // scores the dev set with conlleval.
  auto evaluate = [&](const Rows& rows, size_t width, const std::vector<int16_t>& transitions, std::string* bytes,
                      std::unique_ptr<const NerModel>* model) -> Status {
    Rows sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    build_table(sorted, width, 0.5, &image.feature_keys, &image.feature_weights, false);
    image.transitions = transitions;
    image.samples.clear();
    *bytes = serialize_model(image);
    return NerModel::load(*bytes, "the model in training", false, model);
  };
  auto dev_f1 = [&](const NerModel& model) {
    ConllEvaluator ev;
    for (const LabeledDoc& d : dev) {
      tag_words(model, d.doc.words, d.doc.sentence_ends, &tag_scratch, &dev_labels);
      uint32_t begin = 0;
      for (uint32_t end : d.doc.sentence_ends) {
        for (uint32_t i = begin; i < end; ++i) ev.add(kLabelNames[d.gold[i]], kLabelNames[dev_labels[i]]);
        ev.boundary();
        begin = end;
      }
    }
    return ev.finish().overall.f1();
  };
  auto progress = [&](const char* stage, int epoch, size_t mistakes, double f1, size_t rows) {
    if (!opt.progress) return;
    char line[160];
    std::snprintf(line, sizeof line, "%s epoch %2d: %zu training sentences wrong; dev F1 %.2f; %zu rows", stage, epoch,
                  mistakes, f1, rows);
    opt.progress(line);
  };

  // Stage 1 on all training data; the epoch count is chosen on dev.
  Rows rows1, best_rows1, rows2;
  std::vector<int16_t> trans1, best_trans1, trans2;
  double best1 = -1, scale1 = 1, best_scale1 = 1;
  int epochs1 = 0;
  std::string bytes, best_bytes;
  std::unique_ptr<const NerModel> model;
  {
    Perceptron p(s1.hashes.size());
    Rng rng(opt.seed);
    std::vector<uint32_t> order(s1.sentences.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      const size_t mistakes = p.epoch(s1, &order, &rng);
      scale1 = quantise(p, s1.hashes, opt.prune_below, &rows1, &trans1);
      make_meta(1, std::to_string(epoch), std::to_string(scale1), rows1.size());
      if (!(s = evaluate(rows1, kLabels, trans1, &bytes, &model)).ok()) return s;
      const double f1 = dev_f1(*model);
      progress("stage 1", epoch, mistakes, f1, rows1.size());
      if (f1 > best1) {
        best1 = f1;
        epochs1 = epoch;
        best_rows1 = rows1;
        best_trans1 = trans1;
        best_scale1 = scale1;
        best_bytes = bytes;
      }
    }
  }
  report->best_epoch = epochs1;
  report->dev_f1 = best1;
  report->kept = best_rows1.size();

  // Stage-1 labels for the training data from models that did not see the
  // document (5-fold jackknife), so stage 2 learns how far to trust them.
  constexpr uint32_t kFolds = 5;
  std::vector<uint8_t> jack(s1.tokens(), 0);
  for (uint32_t fold = 0; fold < kFolds; ++fold) {
    Perceptron p(s1.hashes.size());
    Rng rng(opt.seed + fold + 1);
    std::vector<uint32_t> order;
    for (uint32_t i = 0; i < s1.sentences.size(); ++i)
      if (s1.sentence_doc[i] % kFolds != fold) order.push_back(i);
    for (int epoch = 1; epoch <= epochs1; ++epoch) p.epoch(s1, &order, &rng);
    for (uint32_t i = 0; i < s1.sentences.size(); ++i)
      if (s1.sentence_doc[i] % kFolds == fold) p.predict(s1, i, jack.data() + s1.sentences[i].first);
  }

  // Stage 2 sequences from the jackknifed labels.
  Sequences s2;
  s2.counts = &counts;
  s2.min_count = s1.min_count;
  std::vector<uint64_t> token_feats;
  for (uint32_t di = 0; di < train.size(); ++di) {
    const LabeledDoc& d = train[di];
    extract_features(tables, d.doc.words, d.doc.sentence_ends, &scratch);
    const std::span<const uint8_t> doc_labels(jack.data() + doc_first_token[di], d.doc.words.size());
    extract_stage2_features(doc_labels, d.doc.sentence_ends, &scratch);
    for (size_t i = 0; i < d.doc.words.size(); ++i) {
      token_feats.assign(scratch.feats.begin() + scratch.offsets[i], scratch.feats.begin() + scratch.offsets[i + 1]);
      token_feats.insert(token_feats.end(), scratch.feats2.begin() + scratch.offsets2[i],
                         scratch.feats2.begin() + scratch.offsets2[i + 1]);
      s2.add_token(token_feats.data(), token_feats.size(), d.gold[i]);
    }
  }
  s2.sentences = s1.sentences;
  s2.sentence_doc = s1.sentence_doc;
  s2.index = {};

  double best2 = -1;
  int epochs2 = 0;
  size_t best_kept2 = 0;
  {
    Perceptron p(s2.hashes.size());
    Rng rng(opt.seed * 31 + 7);
    std::vector<uint32_t> order(s2.sentences.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
      const size_t mistakes = p.epoch(s2, &order, &rng);
      const double scale2 = quantise(p, s2.hashes, opt.prune_below, &rows2, &trans2);
      // One row per feature: stage 1's weights, then stage 2's.
      std::map<uint64_t, std::vector<int16_t>> merged;
      for (const auto& [h, w] : best_rows1) {
        auto& row = merged[h];
        row.assign(2 * kLabels, 0);
        std::copy(w.begin(), w.end(), row.begin());
      }
      for (const auto& [h, w] : rows2) {
        auto& row = merged[h];
        if (row.empty()) row.assign(2 * kLabels, 0);
        std::copy(w.begin(), w.end(), row.begin() + kLabels);
      }
      Rows all(merged.begin(), merged.end());
      std::vector<int16_t> trans = best_trans1;
      trans.insert(trans.end(), trans2.begin(), trans2.end());
      make_meta(2, std::to_string(epochs1) + " " + std::to_string(epoch),
                std::to_string(best_scale1) + " " + std::to_string(scale2), all.size());
      if (!(s = evaluate(all, 2 * kLabels, trans, &bytes, &model)).ok()) return s;
      const double f1 = dev_f1(*model);
      progress("stage 2", epoch, mistakes, f1, all.size());
      if (f1 > best2) {
        best2 = f1;
        epochs2 = epoch;
        best_kept2 = all.size();
        if (f1 > best1) best_bytes = bytes;
      }
    }
  }
  if (best2 > best1) {
    report->best_epoch = epochs2;
    report->dev_f1 = best2;
    report->kept = best_kept2;
  }

  // Record how the chosen model tags the samples, and write it.
  if (!(s = NerModel::load(best_bytes, "the trained model", false, &model)).ok()) return s;
  std::string sample_lines;
  for (const char* sample : kSamples) {
    const std::vector<std::string_view> words = split_words(sample);
    const uint32_t end = static_cast<uint32_t>(words.size());
    tag_words(*model, words, std::span<const uint32_t>(&end, 1), &tag_scratch, &dev_labels);
    sample_lines += sample;
    sample_lines += '\t';
    for (size_t i = 0; i < words.size(); ++i) sample_lines += (i ? " " : "") + std::string(kLabelNames[dev_labels[i]]);
    sample_lines += '\n';
  }
  // Rebuild the image from the chosen bytes' own sections plus the samples.
  // (The tables of the chosen model are what `model` holds; re-serialise them.)
  ModelImage final_image;
  final_image.meta = model->metadata();
  char f1s[32];
  std::snprintf(f1s, sizeof f1s, "%.2f", report->dev_f1);
  final_image.meta.push_back({"dev_f1", "float", f1s});
  model->export_tables(&final_image);
  final_image.samples = sample_lines;
  *model_bytes = serialize_model(final_image);
  report->model_bytes = model_bytes->size();
  return Status::Ok();
}

}  // namespace kroniek::ner
