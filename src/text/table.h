// Reading the line-based data tables the stages embed (lexicons, grammars,
// cue lists): one record a line, fields split by a separator, blank lines and
// '#' comments skipped, errors named by file and line.
//
//   Status s = for_each_table_line(data, "cues.tsv", [&](std::string_view line, uint32_t n) {
//     auto fields = split(line, '\t');
//     return fields.size() == 2 ? std::string() : "expected two fields";
//   });
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kroniek/status.h"

namespace kroniek {

// Every field, empty ones included: split("a\t\tb", '\t') is {"a", "", "b"}.
std::vector<std::string_view> split(std::string_view s, char sep);

// Without leading and trailing spaces, tabs and carriage returns.
std::string_view trim(std::string_view s);

// Calls f(line, line_number) for every line that is not blank or a comment
// (first non-blank character '#'); a trailing '\r' is removed. f returns an
// error message, empty when the line is fine; the first error stops the walk
// and comes back as kCorruptModel "file:line: message".
template <typename F>
Status for_each_table_line(std::string_view text, std::string_view file, F&& f) {
  uint32_t line_no = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view content = trim(line);
    if (content.empty() || content[0] == '#') continue;
    std::string err = f(line, line_no);
    if (!err.empty())
      return Status(StatusCode::kCorruptModel, std::string(file) + ":" + std::to_string(line_no) + ": " + err);
  }
  return Status::Ok();
}

}  // namespace kroniek
