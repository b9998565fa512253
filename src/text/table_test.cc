#include "text/table.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

TEST(Table, SplitKeepsEmptyFields) {
  EXPECT_EQ(split("a\t\tb", '\t'), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(split("", '\t'), (std::vector<std::string_view>{""}));
  EXPECT_EQ(split("a\t", '\t'), (std::vector<std::string_view>{"a", ""}));
}

TEST(Table, TrimsBlanks) {
  EXPECT_EQ(trim(" \tzei\r "), "zei");
  EXPECT_EQ(trim("   "), "");
}

TEST(Table, SkipsCommentsAndBlankLinesAndNamesTheBadLine) {
  std::vector<std::pair<std::string, uint32_t>> seen;
  std::string_view text = "# een commentaar\nzei\tverb\r\n\n   \n  # ook commentaar\nkapot\nverklaarde\tverb";
  Status s = for_each_table_line(text, "cues.tsv", [&](std::string_view line, uint32_t n) {
    seen.emplace_back(std::string(line), n);
    return split(line, '\t').size() == 2 ? std::string() : std::string("expected two fields");
  });
  EXPECT_EQ(s.code(), StatusCode::kCorruptModel);
  EXPECT_EQ(s.message(), "cues.tsv:6: expected two fields");
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].first, "zei\tverb");
  EXPECT_EQ(seen[0].second, 2u);
}

}  // namespace
}  // namespace kroniek
