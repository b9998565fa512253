// Any bytes as a JSONL archive: never a crash, one output line per input record.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "kroniek/batch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kroniek::Analyzer* analyzer = [] {
    auto* a = new kroniek::Analyzer;
    if (!a->load_default().ok()) std::abort();
    return a;
  }();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  kroniek::BatchOptions opt;
  opt.threads = 1;
  kroniek::BatchReport report;
  kroniek::Status s = kroniek::analyze_jsonl(*analyzer, in, out, opt, &report, [](const kroniek::RecordError&) {});
  if (!s.ok()) std::abort();
  size_t lines = 0;
  for (char c : out.str()) lines += c == '\n';
  if (lines != report.records) std::abort();
  return 0;
}
