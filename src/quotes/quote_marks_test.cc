#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>

#include "case_table.h"

namespace kroniek {
namespace {

TEST(QuoteMarks, Cases) {
  int cases = 0;
  for (const CaseRow& row : read_case_table("src/quotes/quote_marks_cases.tsv")) {
    ASSERT_EQ(row.fields.size(), 2u) << row.where;
    const std::string text = unescape_newlines(row.fields[0]);
    const std::string want = unescape_newlines(row.fields[1]);
    std::string got;
    for (const QuotedSpan& q : find_quoted_spans(text)) {
      if (!got.empty()) got += " | ";
      got += text.substr(q.begin, q.end - q.begin);
    }
    EXPECT_EQ(got, want) << "text: " << text;
    ++cases;
  }
  EXPECT_GT(cases, 10);
}

TEST(QuoteMarks, UnclosedQuoteStopsAtParagraph) {
  std::string text = "Hij zei: 'Dit is het begin\n\nDaarna volgt veel meer tekst. En nog meer.";
  auto q = find_quoted_spans(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].closed);
  EXPECT_EQ(text.substr(q[0].begin, q[0].end - q[0].begin), "Dit is het begin");
}

TEST(QuoteMarks, LinearOnLongInput) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "'Een zin van iemand', zei hij. Een ' losse. ";
  auto q = find_quoted_spans(text);
  EXPECT_GE(q.size(), 10000u);
}

}  // namespace
}  // namespace kroniek
