// kroniek train ner / tag --conll / eval ner: thin wrappers over src/ner.
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "kroniek/analyzer.h"
#include "ner/conll.h"
#include "ner/conlleval.h"
#include "ner/ner_model.h"
#include "ner/ner_tagger.h"
#include "ner/ner_trainer.h"
#include "core/embedded.h"
#include "tools/commands.h"

KRONIEK_EMBEDDED(kroniek_ner_model)

namespace kroniek::cli {

namespace {

const char kTrainHelp[] =
    "Usage: kroniek train ner [--train FILE] [--dev FILE] [--out FILE] [options]\n"
    "\n"
    "Trains the named-entity model (a two-stage averaged perceptron over BIO labels)\n"
    "on a CoNLL file (word first, BIO tag last), keeps the epochs that score best on\n"
    "the dev file, and writes a model file. Run from the repository root; the same\n"
    "inputs always give the same bytes.\n"
    "\n"
    "Options:\n"
    "  --train FILE        training data (default ../shared/data/conll2002/ned.train)\n"
    "  --dev FILE          tuning data (default ../shared/data/conll2002/ned.testa)\n"
    "  --out FILE          the model to write (default models/ner.kmodel)\n"
    "  --gazetteers DIR    gazetteer lists (default data/gazetteers)\n"
    "  --clusters FILE     word clusters, bitpath<TAB>word lines (default: data/clusters.txt if present)\n"
    "  --epochs N          training epochs (default 20)\n"
    "  --seed N            the order training sentences are shuffled in (default 20021);\n"
    "                      other seeds show how much a change's F1 is chance\n"
    "  -h, --help          this help\n"
    "\n";

const char kTagHelp[] =
    "Usage: kroniek tag --conll FILE [--ner-model FILE]\n"
    "\n"
    "Tags a CoNLL column file (word in the first column, blank lines between\n"
    "sentences, -DOCSTART- lines between documents) and writes every line back\n"
    "with the predicted BIO tag as one more column, so a gold tag column stays\n"
    "and 'kroniek eval ner' (or conlleval) can score the output. FILE may be -.\n"
    "\n"
    "Options:\n"
    "  --conll FILE        the file to tag\n"
    "  --ner-model FILE    use this model instead of the built-in one\n"
    "  -h, --help          this help\n"
    "\n";

const char kEvalHelp[] =
    "Usage: kroniek eval ner FILE\n"
    "\n"
    "Scores tagged CoNLL output as conlleval does: the last two columns of each\n"
    "token line are the gold and the predicted tag. Prints token accuracy and\n"
    "entity precision, recall and F1, overall and per type. FILE may be -.\n"
    "\n"
    "Options:\n"
    "  -h, --help          this help\n"
    "\n";

}  // namespace

int train_command(int argc, char** argv) {
  if (argc < 1) return usage_error("which model? (ner)", "train");
  if (std::string(argv[0]) == "-h" || std::string(argv[0]) == "--help") {
    std::cout << kTrainHelp << kExitCodes;
    return 0;
  }
  if (std::string(argv[0]) != "ner") return usage_error("unknown model '" + std::string(argv[0]) + "' (ner)", "train");
  ner::TrainOptions opt;
  opt.train_path = "../shared/data/conll2002/ned.train";
  opt.dev_path = "../shared/data/conll2002/ned.testa";
  opt.gazetteer_dir = "data/gazetteers";
  std::string out = "models/ner.kmodel", clusters = "data/clusters.txt";
  bool clusters_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kTrainHelp << kExitCodes;
      return 0;
    } else if (a == "--train") {
      if (!take_value(argc, argv, &i, &opt.train_path)) return usage_error("--train needs a file", "train");
    } else if (a == "--dev") {
      if (!take_value(argc, argv, &i, &opt.dev_path)) return usage_error("--dev needs a file", "train");
    } else if (a == "--out") {
      if (!take_value(argc, argv, &i, &out)) return usage_error("--out needs a file", "train");
    } else if (a == "--gazetteers") {
      if (!take_value(argc, argv, &i, &opt.gazetteer_dir)) return usage_error("--gazetteers needs a folder", "train");
    } else if (a == "--clusters") {
      if (!take_value(argc, argv, &i, &clusters)) return usage_error("--clusters needs a file", "train");
      clusters_given = true;
    } else if (a == "--epochs") {
      uint64_t n;
      if (!take_number(argc, argv, &i, 1, 1000, &n)) return usage_error("--epochs needs a number from 1 to 1000", "train");
      opt.epochs = static_cast<int>(n);
    } else if (a == "--seed") {
      if (!take_number(argc, argv, &i, 0, UINT64_MAX, &opt.seed)) return usage_error("--seed needs a number", "train");
    } else {
      return usage_error("unknown option '" + a + "'", "train");
    }
  }
  if (clusters_given || std::ifstream(clusters).good()) opt.clusters_path = clusters;
  opt.progress = [](const std::string& line) { std::cerr << "kroniek train ner: " << line << '\n'; };
  std::string bytes;
  ner::TrainReport report;
  Status s = ner::train_ner(opt, &bytes, &report);
  if (!s.ok()) return fail(s);
  std::ofstream f(out, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.close();
  if (!f) return fail(Status(StatusCode::kIoError, out + ": cannot write the model"));
  std::cerr << "kroniek train ner: wrote " << out << " (" << bytes.size() << " bytes, " << report.kept << " of "
            << report.features << " features, epoch " << report.best_epoch << ", dev F1 " << report.dev_f1 << ")\n";
  return 0;
}

int tag_command(int argc, char** argv) {
  std::string conll, model_path;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kTagHelp << kExitCodes;
      return 0;
    } else if (a == "--conll") {
      if (!take_value(argc, argv, &i, &conll)) return usage_error("--conll needs a file", "tag");
    } else if (a == "--ner-model") {
      if (!take_value(argc, argv, &i, &model_path)) return usage_error("--ner-model needs a file", "tag");
    } else {
      return usage_error("unknown option '" + a + "'", "tag");
    }
  }
  if (conll.empty()) return usage_error("--conll FILE is required", "tag");
  std::unique_ptr<const ner::NerModel> model;
  Status s = model_path.empty() ? ner::NerModel::load(kroniek_ner_model(), "built-in NER model", true, &model)
                                : ner::NerModel::load_file(model_path, &model);
  if (!s.ok()) return fail(s);
  std::string text;
  if (!(s = read_file(conll, &text)).ok()) return fail(s);
  ner::ConllFile file;
  if (!(s = ner::parse_conll(text, conll == "-" ? "stdin" : conll, &file)).ok()) return fail(s);
  ner::TagScratch scratch;
  std::string out;
  ner::tag_conll(*model, file, &scratch, &out);
  std::cout << out;
  std::cout.flush();
  if (!std::cout) return fail(Status(StatusCode::kIoError, "cannot write the output"));
  return 0;
}

int eval_command(int argc, char** argv) {
  if (argc < 1) return usage_error("what to evaluate? (ner, tokenize)", "eval");
  if (std::string(argv[0]) == "-h" || std::string(argv[0]) == "--help") {
    std::cout << kEvalHelp << kExitCodes;
    return 0;
  }
  if (std::string(argv[0]) != "ner") return usage_error("unknown task '" + std::string(argv[0]) + "' (ner, tokenize)", "eval");
  std::string file;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kEvalHelp << kExitCodes;
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option '" + a + "'", "eval");
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("one file at a time", "eval");
    }
  }
  if (file.empty()) return usage_error("FILE is required", "eval");
  std::string text;
  Status s = read_file(file, &text);
  if (!s.ok()) return fail(s);
  ner::ConllScores scores;
  if (!(s = ner::evaluate_conll_text(text, file, &scores)).ok()) return fail(s);
  std::cout << ner::format_conlleval(scores);
  return 0;
}

}  // namespace kroniek::cli
