#include "ner/ner_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

#include "ner/ner_tagger.h"

namespace kroniek::ner {
namespace {

// A tiny model whose only feature is the bias, which favours B-LOC.
ModelImage tiny_image(const std::string& samples) {
  ModelImage m;
  std::string labels;
  for (int l = 0; l < kLabels; ++l) labels += (l ? " " : "") + std::string(kLabelNames[l]);
  m.meta = {{"labels", "str", labels}, {"feature_templates", "str", kFeatureTemplates}, {"weight_scale", "float", "1"}, {"stages", "int", "1"}};
  std::vector<std::pair<uint64_t, std::vector<int16_t>>> rows = {{1, {0, 0, 0, 0, 0, 9, 0, 0, 0}}};
  build_table(rows, kLabels, 0.5, &m.feature_keys, &m.feature_weights, false);
  m.transitions.assign((kLabels + 1) * kLabels, 0);
  m.samples = samples;
  return m;
}

Status load_bytes(const std::string& bytes, std::unique_ptr<const NerModel>* out) {
  return NerModel::load(bytes, "test.kmodel", false, out);
}

TEST(NerModel, RoundTripsAndTags) {
  std::unique_ptr<const NerModel> m;
  ASSERT_TRUE(load_bytes(serialize_model(tiny_image("Gent Brussel\tB-LOC B-LOC\n")), &m).ok());
  EXPECT_EQ(m->meta("weight_scale"), "1");
  TagScratch scratch;
  std::vector<std::string_view> words = {"x", "y"};
  const uint32_t end = 2;
  std::vector<uint8_t> labels;
  tag_words(*m, words, std::span<const uint32_t>(&end, 1), &scratch, &labels);
  EXPECT_EQ(labels, (std::vector<uint8_t>{5, 5}));
}

void expect_rejected(const std::string& bytes, const std::string& why) {
  std::unique_ptr<const NerModel> m;
  Status s = load_bytes(bytes, &m);
  EXPECT_EQ(s.code(), StatusCode::kCorruptModel) << why;
  EXPECT_NE(s.message().find(why), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("test.kmodel"), std::string::npos) << s.message();
  EXPECT_EQ(m, nullptr);
}

TEST(NerModel, RejectsAMissingFile) {
  std::unique_ptr<const NerModel> m;
  Status s = NerModel::load_file("/nonexistent/ner.kmodel", &m);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/ner.kmodel"), std::string::npos);
}

TEST(NerModel, RejectsATruncatedFile) {
  const std::string good = serialize_model(tiny_image(""));
  expect_rejected(good.substr(0, 10), "truncated");
  expect_rejected(good.substr(0, good.size() - 1), "truncated");
  expect_rejected(good + "x", "unexpected bytes");
}

TEST(NerModel, RejectsWrongMagic) {
  std::string bytes = serialize_model(tiny_image(""));
  bytes[0] = 'X';
  expect_rejected(bytes, "wrong magic");
}

TEST(NerModel, RejectsWrongVersion) {
  std::string bytes = serialize_model(tiny_image(""));
  const uint32_t v = kFormatVersion + 1;
  std::memcpy(bytes.data() + 8, &v, 4);
  expect_rejected(bytes, "format version 2");
}

TEST(NerModel, RejectsBadChecksum) {
  std::string bytes = serialize_model(tiny_image(""));
  bytes[bytes.size() - 1] ^= 0x20;
  expect_rejected(bytes, "bad checksum");
}

TEST(NerModel, RejectsASampleThatTagsDifferently) {
  expect_rejected(serialize_model(tiny_image("Gent\tO\n")), "sample 1");
}

TEST(NerModel, RejectsOtherFeatureTemplates) {
  ModelImage m = tiny_image("");
  m.meta[1].value = "other";
  expect_rejected(serialize_model(m), "feature templates");
}

TEST(NerModel, BuiltInModelLoadsFromTheRepository) {
  std::unique_ptr<const NerModel> m;
  Status s = NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &m);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GT(m->feature_count(), 1000u);
  EXPECT_FALSE(m->meta("train_checksum").empty());
}

}  // namespace
}  // namespace kroniek::ner
