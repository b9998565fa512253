// The rebuilt UD text and its scoring, and the accuracy bars on the UD Dutch
// test sets (skipped when ../shared is absent).
#include "tokenize/ud_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace kroniek {
namespace {

TEST(UdEval, ParagraphId) {
  EXPECT_EQ(ud_paragraph_id("LassyDevelop/WR-P-P-H-0000000005/WR-P-P-H-0000000005.p.1.s.1.xml"),
            "WR-P-P-H-0000000005.p.1");
  EXPECT_EQ(ud_paragraph_id("wiki-135.p.100.s.2"), "wiki-135.p.100");
}

TEST(UdEval, RebuildsTextAndSpans) {
  const char* conllu =
      "# source = a/doc.p.1.s.1.xml\n"
      "1\tHij\thij\t_\t_\t_\t0\t_\t_\t_\n"
      "2\tkomt\tkomen\t_\t_\t_\t0\t_\t_\tSpaceAfter=No\n"
      "3\t.\t.\t_\t_\t_\t0\t_\t_\t_\n"
      "\n"
      "# source = a/doc.p.1.s.2.xml\n"
      "1-2\tzo'n\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tzo\tzo\t_\t_\t_\t0\t_\t_\t_\n"
      "2\t'n\teen\t_\t_\t_\t0\t_\t_\t_\n"
      "3\tauto\tauto\t_\t_\t_\t0\t_\t_\t_\n"
      "\n"
      "# source = a/doc.p.2.s.1.xml\n"
      "1\tKop\tkop\t_\t_\t_\t0\t_\t_\t_\n"
      "\n";
  UdText t;
  ASSERT_TRUE(rebuild_ud_text(conllu, "x", &t).ok());
  EXPECT_EQ(t.text, "Hij komt. zo'n auto\n\nKop");
  ASSERT_EQ(t.tokens.size(), 6u);
  EXPECT_EQ(t.tokens[3], ByteSpan(10, 14));
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.sentences[0], ByteSpan(0, 9));
  EXPECT_EQ(t.sentences[1], ByteSpan(10, 19));
  EXPECT_EQ(t.sentences[2], ByteSpan(21, 24));
}

TEST(UdEval, RejectsBrokenLines) {
  UdText t;
  Status s = rebuild_ud_text("1\tHij\n", "broken.conllu", &t);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("broken.conllu:1"), std::string::npos);
}

TEST(UdEval, ScoresSpans) {
  Prf p = score_spans({{0, 3}, {4, 8}, {8, 9}}, {{0, 3}, {4, 9}});
  EXPECT_EQ(p.correct, 1u);
  EXPECT_EQ(p.gold, 3u);
  EXPECT_EQ(p.predicted, 2u);
}

struct Bar {
  const char* file;
  double token_f1;
  double sentence_f1;
};

void check(const Bar& bar) {
  std::filesystem::path path = std::filesystem::path(KRONIEK_SHARED_DIR) / "data/ud-dutch" / bar.file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent (no ../shared data)";
  std::ifstream f(path, std::ios::binary);
  std::string conllu((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  UdText gold;
  Status s = rebuild_ud_text(conllu, bar.file, &gold);
  ASSERT_TRUE(s.ok()) << s.message();
  TokenizeScore score = evaluate_tokenizer(gold);
  std::printf("%s: token F1 %.2f, sentence F1 %.2f\n", bar.file, score.tokens.f1(), score.sentences.f1());
  EXPECT_GE(score.tokens.f1(), bar.token_f1) << bar.file;
  EXPECT_GE(score.sentences.f1(), bar.sentence_f1) << bar.file;
}

// The bars on the test sets; the dev sets (tuned on) must not regress below them either.
TEST(TokenizerAccuracy, AlpinoTest) { check({"nl_alpino-ud-test.conllu", 99.0, 90.0}); }
TEST(TokenizerAccuracy, LassySmallTest) { check({"nl_lassysmall-ud-test.conllu", 99.0, 80.0}); }
TEST(TokenizerAccuracy, AlpinoDev) { check({"nl_alpino-ud-dev.conllu", 99.0, 90.0}); }
TEST(TokenizerAccuracy, LassySmallDev) { check({"nl_lassysmall-ud-dev.conllu", 99.0, 80.0}); }

}  // namespace
}  // namespace kroniek
