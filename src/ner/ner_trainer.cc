#include "ner/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
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
    {"surnames.txt", kGazSurname},
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
  std::vector<uint32_t> feature_ids;  // flat, by token
  std::vector<uint32_t> offsets;
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

  // Feature ids: dense, in order of first appearance in the training data.
  std::unordered_map<uint64_t, uint32_t> ids;
  std::vector<uint64_t> hashes;
  FeatureScratch scratch;
  for (LabeledDoc& d : train) {
    extract_features(tables, d.doc.words, d.doc.sentence_ends, &scratch);
    d.offsets = scratch.offsets;
    d.feature_ids.reserve(scratch.feats.size());
    for (uint64_t h : scratch.feats) {
      auto [it, fresh] = ids.emplace(h, static_cast<uint32_t>(hashes.size()));
      if (fresh) hashes.push_back(h);
      d.feature_ids.push_back(it->second);
    }
  }
  ids = {};
  const size_t features = hashes.size();
  report->features = features;

  struct SentenceRef {
    uint32_t doc, begin, end;
  };
  std::vector<SentenceRef> sentences;
  for (uint32_t di = 0; di < train.size(); ++di) {
    uint32_t begin = 0;
    for (uint32_t end : train[di].doc.sentence_ends) {
      sentences.push_back({di, begin, end});
      begin = end;
    }
  }

  std::vector<int32_t> w(features * kLabels, 0);
  std::vector<int64_t> u(features * kLabels, 0);
  constexpr int kTrans = (kLabels + 1) * kLabels;
  std::vector<int32_t> tw(kTrans, 0);
  std::vector<int64_t> tu(kTrans, 0);
  int64_t c = 1;
  std::vector<int32_t> emissions;
  std::vector<uint8_t> back, pred;
  Rng rng(opt.seed);

  std::string labels;
  for (int l = 0; l < kLabels; ++l) labels += (l ? " " : "") + std::string(kLabelNames[l]);

  std::string best_bytes;
  double best_f1 = -1;
  std::vector<uint8_t> dev_labels;
  TagScratch tag_scratch;

  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = sentences.size(); i > 1; --i) std::swap(sentences[i - 1], sentences[rng.next() % i]);
    size_t mistakes = 0;
    for (const SentenceRef& ref : sentences) {
      const LabeledDoc& d = train[ref.doc];
      const size_t n = ref.end - ref.begin;
      if (n == 0) continue;
      emissions.assign(n * kLabels, 0);
      for (size_t t = 0; t < n; ++t) {
        int32_t* e = emissions.data() + t * kLabels;
        for (uint32_t k = d.offsets[ref.begin + t]; k < d.offsets[ref.begin + t + 1]; ++k) {
          const int32_t* row = w.data() + size_t{d.feature_ids[k]} * kLabels;
          for (int l = 0; l < kLabels; ++l) e[l] += row[l];
        }
      }
      pred.resize(n);
      viterbi(emissions.data(), n, tw.data(), &back, pred.data());
      const uint8_t* gold = d.gold.data() + ref.begin;
      bool wrong = false;
      int pg = kStartState, pp = kStartState;
      for (size_t t = 0; t < n; ++t) {
        if (pred[t] != gold[t]) {
          wrong = true;
          for (uint32_t k = d.offsets[ref.begin + t]; k < d.offsets[ref.begin + t + 1]; ++k) {
            const size_t row = size_t{d.feature_ids[k]} * kLabels;
            w[row + gold[t]] += 1;
            u[row + gold[t]] += c;
            w[row + pred[t]] -= 1;
            u[row + pred[t]] -= c;
          }
        }
        if (pg != pp || gold[t] != pred[t]) {
          tw[pg * kLabels + gold[t]] += 1;
          tu[pg * kLabels + gold[t]] += c;
          tw[pp * kLabels + pred[t]] -= 1;
          tu[pp * kLabels + pred[t]] -= c;
        }
        pg = gold[t];
        pp = pred[t];
      }
      mistakes += wrong;
      ++c;
    }

    // Average, quantise to 16 bits with one scale, drop rows that round to zero.
    double max_abs = 0;
    auto avg = [&](int32_t wv, int64_t uv) { return wv - static_cast<double>(uv) / static_cast<double>(c); };
    for (size_t i = 0; i < w.size(); ++i) max_abs = std::max(max_abs, std::fabs(avg(w[i], u[i])));
    for (int i = 0; i < kTrans; ++i) max_abs = std::max(max_abs, std::fabs(avg(tw[i], tu[i])));
    const double scale = max_abs > 0 ? max_abs / 32000.0 : 1.0;
    auto quantise = [&](double v) {
      return static_cast<int16_t>(std::clamp<long>(std::lround(v / scale), -32767, 32767));
    };
    std::vector<std::pair<uint64_t, std::vector<int16_t>>> rows;
    for (size_t f = 0; f < features; ++f) {
      std::vector<int16_t> q(kLabels);
      bool keep = false;
      for (int l = 0; l < kLabels; ++l) {
        q[l] = quantise(avg(w[f * kLabels + l], u[f * kLabels + l]));
        keep |= std::abs(q[l]) >= opt.prune_below;
      }
      if (keep) rows.push_back({hashes[f], std::move(q)});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    build_table(rows, kLabels, 0.5, &image.feature_keys, &image.feature_weights, false);
    image.transitions.resize(kTrans);
    for (int i = 0; i < kTrans; ++i) image.transitions[i] = quantise(avg(tw[i], tu[i]));
    image.samples.clear();
    image.meta = {
        {"format", "str", "kroniek NER model: BIO labels, first-order averaged perceptron, 16-bit weights"},
        {"labels", "str", labels},
        {"feature_templates", "str", kFeatureTemplates},
        {"weight_scale", "float", std::to_string(scale)},
        {"features_kept", "int", std::to_string(rows.size())},
        {"train_file", "str", std::filesystem::path(opt.train_path).filename().string()},
        {"train_checksum", "str", hex64(hash_bytes(1, train_text))},
        {"dev_file", "str", std::filesystem::path(opt.dev_path).filename().string()},
        {"dev_checksum", "str", hex64(hash_bytes(1, dev_text))},
        {"gazetteers", "str", gaz_sources},
        {"gazetteer_checksum", "str", hex64(gaz_checksum)},
        {"cluster_checksum", "str", hex64(cluster_checksum)},
        {"epoch", "int", std::to_string(epoch)},
        {"seed", "int", std::to_string(opt.seed)},
        {"prune_below", "int", std::to_string(opt.prune_below)},
    };
    std::string bytes = serialize_model(image);
    std::unique_ptr<const NerModel> model;
    s = NerModel::load(bytes, "epoch " + std::to_string(epoch), false, &model);
    if (!s.ok()) return s;

    ConllEvaluator ev;
    for (const LabeledDoc& d : dev) {
      tag_words(*model, d.doc.words, d.doc.sentence_ends, &tag_scratch, &dev_labels);
      uint32_t begin = 0;
      for (uint32_t end : d.doc.sentence_ends) {
        for (uint32_t i = begin; i < end; ++i) ev.add(kLabelNames[d.gold[i]], kLabelNames[dev_labels[i]]);
        ev.boundary();
        begin = end;
      }
    }
    const ConllScores scores = ev.finish();
    const double f1 = scores.overall.f1();
    if (opt.progress) {
      char line[160];
      std::snprintf(line, sizeof line, "epoch %2d: %zu of %zu training sentences wrong; dev F1 %.2f; %zu rows",
                    epoch, mistakes, sentences.size(), f1, rows.size());
      opt.progress(line);
    }
    if (f1 > best_f1) {
      best_f1 = f1;
      report->best_epoch = epoch;
      report->kept = rows.size();
      // Record how the chosen model tags the samples, then write it.
      for (const char* sample : kSamples) {
        std::vector<std::string_view> words;
        std::string_view sv(sample);
        size_t start = 0;
        while (start < sv.size()) {
          size_t sp = sv.find(' ', start);
          if (sp == std::string_view::npos) sp = sv.size();
          words.push_back(sv.substr(start, sp - start));
          start = sp + 1;
        }
        const uint32_t end = static_cast<uint32_t>(words.size());
        tag_words(*model, words, std::span<const uint32_t>(&end, 1), &tag_scratch, &dev_labels);
        image.samples += sample;
        image.samples += '\t';
        for (size_t i = 0; i < words.size(); ++i) image.samples += (i ? " " : "") + std::string(kLabelNames[dev_labels[i]]);
        image.samples += '\n';
      }
      char f1s[32];
      std::snprintf(f1s, sizeof f1s, "%.2f", f1);
      image.meta.push_back({"dev_f1", "float", f1s});
      best_bytes = serialize_model(image);
    }
  }
  report->dev_f1 = best_f1;
  report->model_bytes = best_bytes.size();
  *model_bytes = std::move(best_bytes);
  return Status::Ok();
}

}  // namespace kroniek::ner
