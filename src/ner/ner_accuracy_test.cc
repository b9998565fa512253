// The shipped model on the CoNLL-2002 Dutch test set (ned.testb), scored as
// conlleval does. Needs ../shared; skips without it.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "ner/conll.h"
#include "ner/conlleval.h"
#include "ner/ner_model.h"

namespace kroniek::ner {
namespace {

TEST(NerAccuracy, ShippedModelOnTestbReachesF1Of80) {
  const std::string path = KRONIEK_SHARED_DIR "/data/conll2002/ned.testb";
  std::ifstream f(path, std::ios::binary);
  if (!f) GTEST_SKIP() << path << " is absent (no ../shared data)";
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::unique_ptr<const NerModel> model;
  Status s = NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model);
  ASSERT_TRUE(s.ok()) << s.message();
  ConllFile file;
  ASSERT_TRUE(parse_conll(text, path, &file).ok());
  std::string tagged;
  TagScratch scratch;
  tag_conll(*model, file, &scratch, &tagged);
  ConllScores scores;
  ASSERT_TRUE(evaluate_conll_text(tagged, "tagged ned.testb", &scores).ok());
  std::cout << format_conlleval(scores);
  EXPECT_GE(scores.overall.f1(), 80.0);
}

}  // namespace
}  // namespace kroniek::ner
