// kroniek-bench: reports throughput, start-up time and peak memory.
//
//   build/bench/kroniek-bench                       # CoNLL-2002 ned.train rebuilt as raw text
//   build/bench/kroniek-bench --text artikel.txt    # any UTF-8 text
//   build/bench/kroniek-bench --write-text out.txt  # also save the rebuilt text (for ucto)
//
// Single thread throughout. Each figure is the best of --repeat runs, so a
// busy machine shows up as spread, not as a slower best.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kroniek/analyzer.h"
#include "kroniek/writers.h"
#include "core/embedded.h"
#include "ner/ner_tagger.h"
#include "tokenize/tokenizer.h"

extern char** environ;

KRONIEK_EMBEDDED(kroniek_ner_model)

namespace {

using Clock = std::chrono::steady_clock;

double best_seconds(int repeat, const std::function<void()>& fn) {
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) {
    auto t0 = Clock::now();
    fn();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}

// CoNLL columns to raw text: tokens joined by spaces, a sentence a line,
// documents (-DOCSTART-) apart by a blank line. Returns one text per document.
std::vector<std::string> conll_to_documents(std::istream& in) {
  std::vector<std::string> docs(1);
  std::string line, sentence;
  auto flush = [&] {
    if (!sentence.empty()) docs.back() += sentence + "\n";
    sentence.clear();
  };
  while (std::getline(in, line)) {
    if (line.empty()) {
      flush();
      continue;
    }
    std::string word = line.substr(0, line.find(' '));
    if (word == "-DOCSTART-") {
      flush();
      if (!docs.back().empty()) docs.emplace_back();
      continue;
    }
    if (!sentence.empty()) sentence += ' ';
    sentence += word;
  }
  flush();
  if (docs.back().empty()) docs.pop_back();
  return docs;
}

// Median wall time of running argv to completion, in milliseconds.
double spawn_median_ms(const std::vector<std::string>& args, int runs) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    pid_t pid;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  posix_spawn_file_actions_destroy(&actions);
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string text_path, conll_path = KRONIEK_SHARED_DIR "/data/conll2002/ned.train", write_path, cli;
  int repeat = 5;
  bool ner_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "kroniek-bench: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--text") text_path = value();
    else if (a == "--conll") conll_path = value();
    else if (a == "--write-text") write_path = value();
    else if (a == "--repeat") repeat = std::max(1, std::atoi(value().c_str()));
    else if (a == "--cli") cli = value();
    else if (a == "--ner-only") ner_only = true;
    else if (a == "-h" || a == "--help") {
      std::cout << "Usage: kroniek-bench [--text FILE | --conll FILE] [--repeat N] [--write-text FILE] [--cli PATH]\n"
                   "                     [--ner-only]\n"
                   "Reports single-thread tokens/s for tokenizing and for the whole analysis (with\n"
                   "and without NER), each stage's share of the analysis, the NER stage alone,\n"
                   "JSON writing, model load time, CLI start-up time and peak memory. --ner-only\n"
                   "times the NER stage alone (for a profiler).\n";
      return 0;
    } else {
      std::cerr << "kroniek-bench: unknown option " << a << "\n";
      return 2;
    }
  }

  std::vector<std::string> docs;
  std::string source;
  if (!text_path.empty()) {
    std::ifstream f(text_path, std::ios::binary);
    if (!f) {
      std::cerr << "kroniek-bench: cannot open " << text_path << "\n";
      return 3;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    docs.push_back(ss.str());
    source = text_path;
  } else {
    std::ifstream f(conll_path);
    if (!f) {
      std::cerr << "kroniek-bench: cannot open " << conll_path << " (give --text FILE or --conll FILE)\n";
      return 3;
    }
    docs = conll_to_documents(f);
    source = conll_path + " rebuilt as raw text";
  }
  std::string all;
  for (const auto& d : docs) all += d + "\n";
  if (!write_path.empty()) std::ofstream(write_path, std::ios::binary) << all;

  std::printf("input: %s\n  %zu documents, %.2f MB\n", source.c_str(), docs.size(), static_cast<double>(all.size()) / 1e6);

  std::vector<kroniek::Token> tokens;
  std::vector<kroniek::Sentence> sentences;
  kroniek::tokenize(all, &tokens, &sentences);
  const double ntok = static_cast<double>(tokens.size());
  std::printf("  %zu tokens, %zu sentences\n\n", tokens.size(), sentences.size());

  double t = best_seconds(repeat, [&] { kroniek::tokenize(all, &tokens, &sentences); });
  std::printf("tokenize                 %10.0f tokens/s  %7.1f MB/s\n", ntok / t, static_cast<double>(all.size()) / 1e6 / t);

  kroniek::Analyzer analyzer;
  auto t0 = Clock::now();
  kroniek::Status s = analyzer.load_default();
  double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  if (!s.ok()) {
    std::cerr << "kroniek-bench: " << s.message() << "\n";
    return 3;
  }

  kroniek::AnalyzeOptions opt;
  opt.dct = kroniek::Date{2000, 6, 30};
  kroniek::Document doc;
  auto run_all = [&](const kroniek::AnalyzeOptions& o) {
    for (const auto& d : docs)
      if (!analyzer.analyze(d, o, &doc).ok()) std::abort();
  };
  kroniek::AnalyzeOptions no_ner = opt;
  no_ner.entities = false;

  // The NER stage alone, on documents tokenized beforehand, with the word
  // cache's hit rate over the timed runs.
  auto ner_alone = [&] {
    std::unique_ptr<const kroniek::ner::NerModel> model;
    if (!kroniek::ner::NerModel::load(kroniek_ner_model(), "built-in NER model", true, &model).ok()) std::abort();
    std::vector<kroniek::Document> tokenized(docs.size());
    for (size_t i = 0; i < docs.size(); ++i)
      if (!analyzer.analyze(docs[i], no_ner, &tokenized[i]).ok()) std::abort();
    kroniek::ner::TagScratch scratch;
    const double seconds = best_seconds(repeat, [&] {
      for (kroniek::Document& d : tokenized) {
        d.mentions.clear();
        kroniek::ner::add_mentions(*model, &d, &scratch);
      }
    });
    const kroniek::ner::WordCache& c = scratch.cache;
    std::printf("NER alone                %10.0f tokens/s  (word cache: %u slots, %.1f%% hits)\n", ntok / seconds,
                static_cast<unsigned>(c.slots.size()),
                100.0 * static_cast<double>(c.hits) / static_cast<double>(c.hits + c.misses));
  };
  if (ner_only) {
    ner_alone();
    return 0;
  }

  t = best_seconds(repeat, [&] { run_all(no_ner); });
  std::printf("analyze without NER      %10.0f tokens/s\n", ntok / t);
  const double t_without = t;
  t = best_seconds(repeat, [&] { run_all(opt); });
  std::printf("analyze (all stages)     %10.0f tokens/s\n", ntok / t);
  // Each stage timed inside the runs (kroniek::StageTimes), over `repeat` runs.
  kroniek::StageTimes times;
  kroniek::AnalyzeOptions timed = opt;
  timed.times = &times;
  for (int r = 0; r < repeat; ++r) run_all(timed);
  const double total = times.total();
  std::printf("  where its time goes: input %.1f %%, tokenize %.1f %%, NER %.1f %%, time %.1f %%, quotes %.1f %%\n",
              100 * times.input / total, 100 * times.tokenize / total, 100 * times.entities / total,
              100 * times.time / total, 100 * times.quotes / total);
  std::printf("  NER's share of analyze %10.1f %%  (the NER stage timed inside the run)\n", 100 * times.entities / total);
  std::printf("  time saved with NER off %9.1f %%  (also skips what the later stages do with names)\n",
              100.0 * (t - t_without) / t);

  ner_alone();
  std::string json;
  t = best_seconds(repeat, [&] {
    for (const auto& d : docs) {
      if (!analyzer.analyze(d, opt, &doc).ok()) std::abort();
      json.clear();
      kroniek::write_json(doc, {}, &json);
    }
  });
  std::printf("analyze + JSON output    %10.0f tokens/s\n", ntok / t);
  std::printf("model load (in process)  %10.2f ms\n", load_ms);

  if (!cli.empty()) {
    double ms = spawn_median_ms({cli, "analyze", "--dct", "2019-06-30", "/dev/null"}, 21);
    if (ms < 0) std::printf("CLI start-up: could not run %s\n", cli.c_str());
    else std::printf("CLI start-up (empty input, median of 21) %6.1f ms\n", ms);
  }
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak memory (RSS)        %10.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
