// Test case tables: tab-separated files in the source tree, one case a line,
// read with the reader of the embedded data tables (text/table.h), so blank
// lines and '#' comments are skipped the same way.
//
//   for (const CaseRow& row : read_case_table("src/coref/coref_cases.tsv")) {
//     ASSERT_EQ(row.fields.size(), 4u) << row.where;
//     ...
//   }
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "text/table.h"

namespace kroniek {

struct CaseRow {
  std::string where;  // "file.tsv:line", for failure messages
  std::vector<std::string> fields;
};

// Every case of the table at `path` (relative to the source tree). A missing
// file is a test failure, not an empty table.
inline std::vector<CaseRow> read_case_table(const std::string& path) {
  std::vector<CaseRow> rows;
  std::ifstream in(std::string(KRONIEK_SOURCE_DIR) + "/" + path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot open " << path;
    return rows;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string name = path.substr(path.rfind('/') + 1);
  Status s = for_each_table_line(text, name, [&](std::string_view line, uint32_t n) {
    CaseRow row;
    row.where = name + ":" + std::to_string(n);
    for (std::string_view f : split(line, '\t')) row.fields.emplace_back(f);
    rows.push_back(std::move(row));
    return std::string();
  });
  EXPECT_TRUE(s.ok()) << s.message();
  return rows;
}

// In a case field, "\n" stands for a line break.
inline std::string unescape_newlines(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace kroniek
