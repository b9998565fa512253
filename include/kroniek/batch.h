// Batch analysis of JSONL archives: one {"id","text","dct"} object per line in,
// one analysis JSON object per line out, in input order, on many threads.
//
//   kroniek::BatchOptions opt;  opt.threads = 0;     // all cores
//   kroniek::BatchReport report;
//   kroniek::Status s = kroniek::analyze_jsonl(analyzer, std::cin, std::cout, opt, &report,
//       [](const kroniek::RecordError& e) { std::cerr << e.message << '\n'; });
//
// A bad record (broken JSON, no "text", invalid UTF-8, a bad date) is reported
// through the callback with its line number and skipped; the batch goes on.
// Memory stays bounded: at most a few records per thread are in flight.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "kroniek/analyzer.h"
#include "kroniek/writers.h"

namespace kroniek {

struct BatchOptions {
  unsigned threads = 0;           // 0: every core
  size_t max_line_bytes = size_t{256} << 20;
  JsonOptions json;
  AnalyzeOptions analyze;         // defaults; a record's "dct" and "id" override
  std::string input_name = "stdin";
};

struct RecordError {
  size_t line = 0;  // 1-based
  std::string message;
};

struct BatchReport {
  size_t records = 0;
  size_t failed = 0;
};

// One JSONL record parsed.
struct Record {
  std::string id;
  std::string text;
  std::optional<Date> dct;
};
// Parses one JSONL line. Errors say what is wrong (not where: the caller adds the line).
Status parse_record(std::string_view line, Record* out);

Status analyze_jsonl(const Analyzer& analyzer, std::istream& in, std::ostream& out,
                     const BatchOptions& options, BatchReport* report,
                     const std::function<void(const RecordError&)>& on_error);

}  // namespace kroniek
