#include "kroniek/analyzer.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

TEST(Analyzer, RejectsInvalidUtf8WithItsOffset) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  Status s = a.analyze("Goed\xff", {}, &doc, "artikel.txt");
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.message().find("artikel.txt"), std::string::npos);
  EXPECT_NE(s.message().find("byte 4"), std::string::npos);
}

TEST(Analyzer, EmptyTextIsAnEmptyAnalysis) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  ASSERT_TRUE(a.analyze("", {}, &doc).ok());
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(Analyzer, BomIsDroppedAndOffsetsCountFromAfterIt) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  ASSERT_TRUE(a.analyze("\xEF\xBB\xBFHallo wereld", {}, &doc).ok());
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_EQ(doc.tokens[0].span.cp_begin, 0u);
  EXPECT_EQ(doc.token_text(0), "Hallo");
}

TEST(Analyzer, LimitIsEnforcedNotTruncated) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  AnalyzeOptions opt;
  opt.max_input_bytes = 4;
  Document doc;
  EXPECT_EQ(a.analyze("Hallo wereld", opt, &doc).code(), StatusCode::kLimitExceeded);
}

TEST(ParseDate, AcceptsRealDatesOnly) {
  EXPECT_EQ(parse_date("2019-06-30"), (Date{2019, 6, 30}));
  EXPECT_EQ(parse_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parse_date("2023-02-29"));
  EXPECT_FALSE(parse_date("2019-13-01"));
  EXPECT_FALSE(parse_date("2019-6-30"));
  EXPECT_FALSE(parse_date("gisteren"));
}

}  // namespace
}  // namespace kroniek
