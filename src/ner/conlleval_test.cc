#include "ner/conlleval.h"

#include <gtest/gtest.h>

namespace kroniek::ner {
namespace {

TEST(Conlleval, CountsExactChunksOnly) {
  // gold: [Jan Smit]PER woont in [Gent]LOC ; guess: [Jan]PER [Smit]PER woont in [Gent]LOC
  const char* text =
      "Jan B-PER B-PER\n"
      "Smit I-PER B-PER\n"
      "woont O O\n"
      "in O O\n"
      "Gent B-LOC B-LOC\n"
      "\n"
      "-DOCSTART- O O\n"
      "Brussel B-LOC B-ORG\n";
  ConllScores s;
  ASSERT_TRUE(evaluate_conll_text(text, "t", &s).ok());
  EXPECT_EQ(s.overall.gold, 3u);
  EXPECT_EQ(s.overall.guessed, 4u);
  EXPECT_EQ(s.overall.correct, 1u);
  EXPECT_EQ(s.tokens, 6u);
  EXPECT_EQ(s.correct_tags, 4u);
  EXPECT_EQ(s.by_type["PER"].gold, 1u);
  EXPECT_EQ(s.by_type["PER"].guessed, 2u);
  EXPECT_EQ(s.by_type["LOC"].correct, 1u);
  EXPECT_NEAR(s.overall.precision(), 25.0, 1e-9);
  EXPECT_NEAR(s.overall.recall(), 100.0 / 3, 1e-9);
}

TEST(Conlleval, InsideAfterOutsideStartsAChunkAndChunksEndAtBoundaries) {
  ConllEvaluator ev;
  ev.add("O", "O");
  ev.add("I-ORG", "I-ORG");  // IOB1-style start
  ev.add("I-ORG", "I-ORG");
  ev.boundary();
  ev.add("I-ORG", "I-ORG");  // a new chunk after the boundary
  ConllScores s = ev.finish();
  EXPECT_EQ(s.overall.gold, 2u);
  EXPECT_EQ(s.overall.correct, 2u);
}

TEST(Conlleval, TypeMismatchIsNotCorrect) {
  ConllEvaluator ev;
  ev.add("B-PER", "B-ORG");
  ev.add("I-PER", "I-ORG");
  ConllScores s = ev.finish();
  EXPECT_EQ(s.overall.correct, 0u);
  EXPECT_NE(format_conlleval(s).find("FB1:"), std::string::npos);
}

TEST(Conlleval, RejectsLinesWithoutTwoTags) {
  ConllScores s;
  Status st = evaluate_conll_text("Jan\n", "f.conll", &s);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("f.conll:1"), std::string::npos);
}

}  // namespace
}  // namespace kroniek::ner
