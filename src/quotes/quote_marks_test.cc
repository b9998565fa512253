#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace kroniek {
namespace {

std::string unescape(const std::string& s) {
  std::string r;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      r.push_back('\n');
      ++i;
    } else {
      r.push_back(s[i]);
    }
  }
  return r;
}

TEST(QuoteMarks, Cases) {
  std::ifstream in(KRONIEK_SOURCE_DIR "/src/quotes/quote_marks_cases.tsv");
  ASSERT_TRUE(in) << "missing quote_marks_cases.tsv";
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string text = unescape(line.substr(0, tab));
    std::string want = unescape(line.substr(tab + 1));
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
