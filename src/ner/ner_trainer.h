// Trains the NER model: a structured averaged perceptron over the features of
// ner_features.h (see the design note in ner_decoder.h).
//
//   ner::TrainOptions opt;
//   opt.train_path = "../shared/data/conll2002/ned.train";
//   opt.dev_path = "../shared/data/conll2002/ned.testa";
//   opt.gazetteer_dir = "data/gazetteers";
//   std::string model;  ner::TrainReport report;
//   Status s = ner::train_ner(opt, &model, &report);   // the bytes of a .kmodel file
//
// Training is deterministic: the same inputs give the same bytes. It runs a
// fixed number of epochs and keeps the epoch that scores best on the dev set.
// This is a separate library (kroniek_train) that the run-time library does
// not link.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kroniek/status.h"

namespace kroniek::ner {

struct TrainOptions {
  std::string train_path;
  std::string dev_path;
  std::string gazetteer_dir;  // *.txt lists, see data/gazetteers/README.md
  std::string clusters_path;  // optional: "bitpath<TAB>word[<TAB>count]" lines
  int epochs = 20;
  uint64_t seed = 20021;
  // Rows whose quantised weights all have |w| below this are dropped.
  int prune_below = 1;
  // Features seen fewer times than this in the training data are left out.
  int min_feature_count = 1;  // 2 halves the features and costs ~0.3 dev F1
  std::function<void(const std::string&)> progress;  // one line per epoch
};

struct TrainReport {
  int best_epoch = 0;
  double dev_f1 = 0;
  size_t features = 0;     // distinct features seen in training
  size_t kept = 0;         // feature rows in the model
  size_t model_bytes = 0;
};

Status train_ner(const TrainOptions& options, std::string* model_bytes, TrainReport* report);

}  // namespace kroniek::ner
