// The kroniek command: a thin client of the library. It parses options, reads
// files and prints; all analysis is in libkroniek.
#include <charconv>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "kroniek/analyzer.h"
#include "kroniek/batch.h"
#include "kroniek/writers.h"
#include "tools/commands.h"

namespace kroniek::cli {

const char kExitCodes[] =
    "Exit codes:\n"
    "  0  success\n"
    "  1  bad input (invalid UTF-8, broken JSON, a bad date); in --jsonl mode, one or more\n"
    "     records failed (each is reported on stderr and left as an error object in the output)\n"
    "  2  wrong usage (unknown option, missing argument)\n"
    "  3  a file or model is missing, unreadable or corrupt\n"
    "  4  output could not be written, or an input limit was exceeded\n";

int exit_code(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk: return 0;
    case StatusCode::kInvalidInput: return 1;
    case StatusCode::kNotFound:
    case StatusCode::kCorruptModel: return 3;
    case StatusCode::kLimitExceeded:
    case StatusCode::kIoError: return 4;
    case StatusCode::kInternal: return 1;
  }
  return 1;
}

int fail(const Status& s) {
  std::cerr << "kroniek: " << s.message() << '\n';
  return exit_code(s);
}

bool take_value(int argc, char** argv, int* i, std::string* value) {
  if (*i + 1 >= argc) return false;
  *value = argv[++*i];
  return true;
}

bool take_number(int argc, char** argv, int* i, uint64_t min, uint64_t max, uint64_t* value) {
  std::string v;
  if (!take_value(argc, argv, i, &v) || v.empty() || v.find_first_not_of("0123456789") != std::string::npos)
    return false;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), *value);
  return ec == std::errc() && end == v.data() + v.size() && *value >= min && *value <= max;
}

int usage_error(const std::string& msg, const char* command) {
  std::cerr << "kroniek " << command << ": " << msg << "\nTry 'kroniek " << command << " --help'.\n";
  return 2;
}

Status read_file(const std::string& path, std::string* out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    if (std::cin.bad()) return Status(StatusCode::kIoError, "stdin: read error");
    return Status::Ok();
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status(StatusCode::kNotFound, path + ": cannot open (" + std::strerror(errno) + ")");
  out->assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  if (f.bad()) return Status(StatusCode::kIoError, path + ": read error");
  return Status::Ok();
}

namespace {

const char kAnalyzeHelp[] =
    "Usage: kroniek analyze [options] [FILE|-]\n"
    "       kroniek analyze --jsonl [options] [FILE|-]\n"
    "\n"
    "Reads Dutch news text and writes what it finds: tokens, sentences, named\n"
    "entities, time expressions resolved against the publication date, and quotes\n"
    "with their speakers. Without FILE, or with -, reads stdin. Without FILE and\n"
    "with stdin a terminal, analyzes a built-in example article.\n"
    "\n"
    "Options:\n"
    "  --dct YYYY-MM-DD     publication date; relative times (\"zondag\") resolve against it\n"
    "  --format FORMAT      json (default), text (readable), conllu\n"
    "  --pretty             indent JSON\n"
    "  --no-tokens          leave tokens and sentences out of the JSON\n"
    "  --jsonl              batch: one {\"id\",\"text\",\"dct\"} object per input line, one\n"
    "                       JSON analysis per output line, in input order\n"
    "  --threads N          worker threads for --jsonl, up to 256 (default or 0: every core)\n"
    "  --max-input-bytes N  refuse larger inputs (default 268435456)\n"
    "  --example            analyze the built-in example article\n"
    "  --ner-model FILE     use this NER model instead of the built-in one\n"
    "  --timings            when done, print each stage's time to stderr (with --jsonl:\n"
    "                       summed over the worker threads)\n"
    "  -h, --help           this help\n"
    "\n";

void print_timings(const StageTimes& t) {
  const double total = t.total() > 0 ? t.total() : 1;
  std::ostringstream line;
  line << std::fixed << std::setprecision(1) << "kroniek: stage times: ";
  const std::pair<const char*, double> stages[] = {{"input", t.input},   {"tokenize", t.tokenize},
                                                   {"entities", t.entities}, {"time", t.time},
                                                   {"quotes", t.quotes}};
  for (const auto& [name, seconds] : stages) {
    line << name << ' ' << 1000 * seconds << " ms (" << 100 * seconds / total << "%), ";
  }
  line << "total " << 1000 * t.total() << " ms\n";
  std::cerr << line.str();
}

}  // namespace

int analyze_command(int argc, char** argv) {
  AnalyzeOptions opt;
  JsonOptions json;
  std::string format = "json", input, ner_model;
  bool jsonl = false, example = false, timings = false;
  StageTimes times;
  unsigned threads = 0;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i], v;
    if (a == "-h" || a == "--help") {
      std::cout << kAnalyzeHelp << kExitCodes;
      return 0;
    } else if (a == "--dct") {
      if (!take_value(argc, argv, &i, &v)) return usage_error("--dct needs a date", "analyze");
      opt.dct = parse_date(v);
      if (!opt.dct) return usage_error("--dct: not a date YYYY-MM-DD: '" + v + "'", "analyze");
    } else if (a == "--format") {
      if (!take_value(argc, argv, &i, &format)) return usage_error("--format needs a value", "analyze");
      if (format != "json" && format != "text" && format != "conllu")
        return usage_error("--format: unknown format '" + format + "' (json, text, conllu)", "analyze");
    } else if (a == "--pretty") {
      json.pretty = true;
    } else if (a == "--no-tokens") {
      json.tokens = false;
    } else if (a == "--jsonl") {
      jsonl = true;
    } else if (a == "--example") {
      example = true;
    } else if (a == "--timings") {
      timings = true;
      opt.times = &times;
    } else if (a == "--threads") {
      uint64_t n;
      if (!take_number(argc, argv, &i, 0, 256, &n)) return usage_error("--threads needs a number from 0 to 256", "analyze");
      threads = static_cast<unsigned>(n);
    } else if (a == "--max-input-bytes") {
      uint64_t n;
      if (!take_number(argc, argv, &i, 1, UINT64_MAX, &n))
        return usage_error("--max-input-bytes needs a positive number", "analyze");
      opt.max_input_bytes = n;
    } else if (a == "--ner-model") {
      if (!take_value(argc, argv, &i, &ner_model)) return usage_error("--ner-model needs a file", "analyze");
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option '" + a + "'", "analyze");
    } else if (input.empty()) {
      input = a;
    } else {
      return usage_error("more than one input file; use --jsonl for many articles", "analyze");
    }
  }

  Analyzer analyzer;
  Status s = analyzer.load_default();
  if (s.ok() && !ner_model.empty()) s = analyzer.load_ner_model(ner_model);
  if (!s.ok()) return fail(s);

  if (jsonl) {
    if (format != "json") return usage_error("--jsonl writes JSON only", "analyze");
    std::ifstream file;
    std::istream* in = &std::cin;
    BatchOptions bopt;
    bopt.threads = threads;
    bopt.json = json;
    bopt.json.pretty = false;  // one object per line
    bopt.analyze = opt;
    bopt.max_line_bytes = opt.max_input_bytes;
    if (!input.empty() && input != "-") {
      file.open(input, std::ios::binary);
      if (!file) return fail(Status(StatusCode::kNotFound, input + ": cannot open (" + std::strerror(errno) + ")"));
      in = &file;
      bopt.input_name = input;
    }
    std::ios::sync_with_stdio(false);
    BatchReport report;
    s = analyze_jsonl(analyzer, *in, std::cout, bopt, &report,
                      [](const RecordError& e) { std::cerr << "kroniek: " << e.message << '\n'; });
    if (!s.ok()) return fail(s);
    if (timings) print_timings(times);
    if (report.failed) {
      std::cerr << "kroniek: " << report.failed << " of " << report.records << " records failed\n";
      return 1;
    }
    return 0;
  }

  std::string text, name;
  if (example || (input.empty() && isatty_stdin())) {
    text = example_article();
    name = "built-in example";
    if (!opt.dct) opt.dct = example_dct();
    opt.id = "example";
  } else {
    name = input.empty() || input == "-" ? "stdin" : input;
    s = read_file(input.empty() ? "-" : input, &text);
    if (!s.ok()) return fail(s);
  }
  Document doc;
  s = analyzer.analyze(text, opt, &doc, name);
  if (!s.ok()) return fail(s);
  std::string out;
  if (format == "json") {
    write_json(doc, json, &out);
    out.push_back('\n');
  } else if (format == "text") {
    out = to_text(doc);
  } else {
    out = to_conllu(doc);
  }
  std::cout << out;
  std::cout.flush();
  if (!std::cout) return fail(Status(StatusCode::kIoError, "cannot write the output"));
  if (timings) print_timings(times);
  return 0;
}

}  // namespace kroniek::cli

namespace {

const char kMainHelp[] =
    "Usage: kroniek COMMAND [options]\n"
    "\n"
    "kroniek reads Dutch news and writes the chronicle inside it: who is named,\n"
    "who said what, and when things happened.\n"
    "\n"
    "Commands:\n"
    "  analyze        analyze an article (or a JSONL archive with --jsonl)\n"
    "  tag            tag a CoNLL column file with named entities (--conll FILE)\n"
    "  train ner      retrain the named-entity model\n"
    "  eval ner       score tagged CoNLL output (conlleval's precision, recall, F1)\n"
    "  eval tokenize  token and sentence P/R/F1 on UD treebanks (CoNLL-U files)\n"
    "\n"
    "Run 'kroniek COMMAND --help' for a command's options.\n"
    "\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace kroniek::cli;
  if (argc < 2) {
    std::cerr << kMainHelp;
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kMainHelp << kExitCodes;
    return 0;
  }
  if (cmd == "--version") {
    std::cout << "kroniek " KRONIEK_VERSION "\n";
    return 0;
  }
  if (cmd == "analyze") return analyze_command(argc - 2, argv + 2);
  if (cmd == "eval" && argc >= 3 && std::string(argv[2]) == "tokenize") return eval_tokenize_command(argc - 3, argv + 3);
  if (cmd == "tag") return tag_command(argc - 2, argv + 2);
  if (cmd == "eval") return eval_command(argc - 2, argv + 2);
  if (cmd == "train") return train_command(argc - 2, argv + 2);
  std::cerr << "kroniek: unknown command '" << cmd << "'\n" << kMainHelp;
  return 2;
}
