#include "ner/ner_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <random>

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

// KeyedTable::find scans four slots at a time; it must answer exactly as a
// slot-by-slot scan does: on tables of every size, loads up to full, keys
// whose run wraps past the last slot, present and absent keys.
TEST(KeyedTable, FindMatchesASlotBySlotScan) {
  std::mt19937_64 rng(3);
  for (int trial = 0; trial < 300; ++trial) {
    const size_t count = 1 + trial % 40;
    std::vector<std::pair<uint64_t, std::vector<uint32_t>>> entries;
    for (size_t k = 0; k < count; ++k) entries.push_back({rng(), {static_cast<uint32_t>(k + 1)}});
    std::vector<uint32_t> keys, values;
    build_table(entries, 1, trial % 3 == 0 ? 0.999 : 0.6, &keys, &values, false);
    if (trial % 3 == 0) {
      // Fill every empty slot with a key no lookup asks for: a full table.
      for (uint32_t& k : keys) k = k ? k : 0xFFFFFFFFu;
    }
    KeyedTable<uint32_t> table;
    table.slots = static_cast<uint32_t>(keys.size());
    table.keys = keys.data();
    table.values = values.data();
    auto scan = [&](uint64_t h) -> const uint32_t* {
      const uint32_t key = table_key(h);
      for (uint32_t probes = 0, i = table_home(h, table.slots); probes < table.slots; ++probes, i = (i + 1) % table.slots) {
        if (keys[i] == key) return &values[i];
        if (keys[i] == 0) return nullptr;
      }
      return nullptr;
    };
    for (const auto& [h, v] : entries) {
      ASSERT_EQ(table.find(h), scan(h)) << "trial " << trial;
      ASSERT_NE(table.find(h), nullptr);
    }
    for (int k = 0; k < 200; ++k) {
      const uint64_t h = rng();
      ASSERT_EQ(table.find(h), scan(h)) << "trial " << trial;
    }
  }
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

TEST(NerModel, MentionsNeverConsistOfPunctuation) {
  // The tiny model tags every token B-LOC; only the word may become a mention.
  std::unique_ptr<const NerModel> m;
  ASSERT_TRUE(load_bytes(serialize_model(tiny_image("")), &m).ok());
  Document doc;
  doc.text = "\"Gent\".";
  auto token = [&](uint32_t b, uint32_t e, TokenKind kind) {
    Token t;
    t.span = TextSpan{b, e, b, e};
    t.kind = kind;
    doc.tokens.push_back(t);
  };
  token(0, 1, TokenKind::kQuote);
  token(1, 5, TokenKind::kWord);
  token(5, 6, TokenKind::kQuote);
  token(6, 7, TokenKind::kPunct);
  doc.sentences.push_back({0, 4});
  TagScratch scratch;
  add_mentions(*m, &doc, &scratch);
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.slice(doc.mentions[0].span), "Gent");
  EXPECT_EQ(doc.mentions[0].type, EntityType::kLoc);
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
  expect_rejected(bytes, "format version " + std::to_string(v) + ", but this kroniek reads version " +
                             std::to_string(kFormatVersion));
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
