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

// StageTimes adds up each enabled stage's time over calls; a stage that is
// off gets none.
TEST(Analyzer, StageTimesAddUpPerStage) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "Burgemeester Annelies Wouters zei dinsdag in Gent: \"We beginnen volgende week.\" ";
  StageTimes times;
  AnalyzeOptions opt;
  opt.dct = Date{2024, 3, 5};
  opt.quotes = false;
  opt.times = &times;
  Document doc;
  ASSERT_TRUE(a.analyze(text, opt, &doc).ok());
  EXPECT_GT(times.tokenize, 0);
  EXPECT_GT(times.entities, 0);
  EXPECT_GT(times.time, 0);
  EXPECT_EQ(times.quotes, 0);
  const StageTimes once = times;
  opt.entities = false;
  ASSERT_TRUE(a.analyze(text, opt, &doc).ok());
  EXPECT_EQ(times.entities, once.entities);
  EXPECT_GT(times.tokenize, once.tokenize);
  // Without a StageTimes nothing is measured (and nothing breaks).
  opt.times = nullptr;
  EXPECT_TRUE(a.analyze(text, opt, &doc).ok());
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
