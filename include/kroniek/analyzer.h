// Analyzer: the whole pipeline behind one call.
//
//   kroniek::Analyzer analyzer;                       // built-in models
//   kroniek::Status s = analyzer.load_default();
//   kroniek::AnalyzeOptions opt;
//   opt.dct = kroniek::Date{2019, 6, 30};
//   kroniek::Document doc;
//   s = analyzer.analyze(text, opt, &doc);           // tokens, sentences, entities, time, quotes
//
// An Analyzer is immutable once loaded and may be shared by many threads;
// each call writes only to the Document it is given.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "kroniek/document.h"
#include "kroniek/status.h"

namespace kroniek {

// Wall-clock seconds spent in each stage, added up over every call given
// the same StageTimes. Not shared between threads: analyze_jsonl gives each
// worker its own and adds them into the caller's at the end.
struct StageTimes {
  double input = 0;     // checking and copying the text
  double tokenize = 0;  // tokens and sentences
  double entities = 0;  // named entities
  double time = 0;      // time expressions
  double quotes = 0;    // quotes, speakers and mention clustering
  double total() const { return input + tokenize + entities + time + quotes; }
  StageTimes& operator+=(const StageTimes& o) {
    input += o.input;
    tokenize += o.tokenize;
    entities += o.entities;
    time += o.time;
    quotes += o.quotes;
    return *this;
  }
};

struct AnalyzeOptions {
  std::optional<Date> dct;   // publication date
  std::string id;            // copied into Document::id
  bool entities = true;      // named entities (and, with quotes, clustering)
  bool time = true;          // time expressions
  bool quotes = true;        // quotes and their speakers
  // Limits: inputs past them are refused with kLimitExceeded, never truncated.
  size_t max_input_bytes = size_t{256} << 20;
  // When set, each stage's time is added here (a profile of the pipeline;
  // costs a clock reading per stage).
  StageTimes* times = nullptr;
};

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Loads the models built into the library.
  Status load_default();
  // Loads the NER model from a file instead of the built-in one.
  Status load_ner_model(const std::string& path);

  // Runs every enabled stage on `text` (UTF-8; a leading BOM is dropped and
  // offsets then count from the character after it). `name` labels the input
  // in error messages.
  Status analyze(std::string_view text, const AnalyzeOptions& options, Document* out,
                 std::string_view name = "input") const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses "YYYY-MM-DD" into a real calendar date.
std::optional<Date> parse_date(std::string_view s);

}  // namespace kroniek
