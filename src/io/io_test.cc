#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>
#include <sstream>

#include "kroniek/analyzer.h"
#include "kroniek/batch.h"
#include "kroniek/writers.h"

namespace kroniek {
namespace {

TEST(JsonWriter, WritesCodePointOffsetsThatMatchTheText) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text = "Café “De Zon” in Belgiës hoofdstad.\n\"Tab\there\"";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  auto j = nlohmann::json::parse(to_json(doc));
  std::u32string cps;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cps.push_back(static_cast<char32_t>(i));
    i += len;
  }
  cps.push_back(static_cast<char32_t>(text.size()));
  ASSERT_FALSE(j["tokens"].empty());
  for (const auto& t : j["tokens"]) {
    size_t b = cps[t["start"].get<size_t>()], e = cps[t["end"].get<size_t>()];
    EXPECT_EQ(text.substr(b, e - b), t["text"].get<std::string>());
  }
}

TEST(Batch, KeepsOrderAndGoesPastBadRecords) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  std::string input;
  for (int i = 0; i < 40; ++i) {
    if (i == 7) input += "{\"id\": \"kapot\", \"text\": \n";
    else if (i == 9) input += "{\"id\": \"geen-tekst\"}\n";
    else if (i == 11) input += "{\"id\": \"x\", \"text\": \"a\", \"dct\": \"2019-02-30\"}\n";
    else input += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Zin " + std::to_string(i) + ".\", \"dct\": \"2019-06-30\"}\n";
  }
  std::istringstream in(input);
  std::ostringstream out;
  BatchOptions opt;
  opt.threads = 3;
  BatchReport report;
  std::vector<size_t> bad_lines;
  Status s = analyze_jsonl(a, in, out, opt, &report, [&](const RecordError& e) { bad_lines.push_back(e.line); });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(report.records, 40u);
  EXPECT_EQ(report.failed, 3u);
  EXPECT_EQ(bad_lines, (std::vector<size_t>{8, 10, 12}));
  std::istringstream lines(out.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    if (n == 7 || n == 9 || n == 11) {
      EXPECT_EQ(j["line"], n + 1);
      EXPECT_TRUE(j.contains("error"));
    } else {
      EXPECT_EQ(j["id"], "d" + std::to_string(n));
      EXPECT_EQ(j["dct"], "2019-06-30");
    }
    ++n;
  }
  EXPECT_EQ(n, 40);
}

// Stage times from many workers: each keeps its own and the batch adds them
// up, so the caller's StageTimes sees every record.
TEST(Batch, AddsUpEveryWorkersStageTimes) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  std::string input;
  for (int i = 0; i < 30; ++i)
    input += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Burgemeester Jan Peeters bezocht dinsdag Gent.\"}\n";
  std::istringstream in(input);
  std::ostringstream out;
  StageTimes times;
  BatchOptions opt;
  opt.threads = 3;
  opt.analyze.times = &times;
  BatchReport report;
  ASSERT_TRUE(analyze_jsonl(a, in, out, opt, &report, [](const RecordError&) {}).ok());
  EXPECT_EQ(report.records, 30u);
  EXPECT_GT(times.tokenize, 0);
  EXPECT_GT(times.entities, 0);
  EXPECT_GT(times.time, 0);
  EXPECT_GT(times.quotes, 0);
}

TEST(Batch, RefusesOverlongLinesWithoutStopping) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  std::string input = "{\"text\": \"" + std::string(5000, 'a') + "\"}\n{\"text\": \"kort\"}\n";
  std::istringstream in(input);
  std::ostringstream out;
  BatchOptions opt;
  opt.max_line_bytes = 1000;
  BatchReport report;
  std::vector<RecordError> errors;
  ASSERT_TRUE(analyze_jsonl(a, in, out, opt, &report, [&](const RecordError& e) { errors.push_back(e); }).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 1u);
  EXPECT_NE(errors[0].message.find("longer than 1000"), std::string::npos);
  EXPECT_EQ(report.records, 2u);
}

TEST(ParseRecord, ExplainsWhatIsWrong) {
  Record r;
  EXPECT_NE(parse_record("[1,2]", &r).message().find("object"), std::string::npos);
  EXPECT_NE(parse_record("{\"text\": 3}", &r).message().find("text"), std::string::npos);
  EXPECT_NE(parse_record("{\"text\": \"a\", \"dct\": \"morgen\"}", &r).message().find("dct"), std::string::npos);
  ASSERT_TRUE(parse_record("{\"id\": 12, \"text\": \"a\", \"dct\": \"2019-06-30T10:00:00Z\"}", &r).ok());
  EXPECT_EQ(r.id, "12");
  EXPECT_EQ(r.dct, (Date{2019, 6, 30}));
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

TEST(ConlluWriter, TenColumnsPerTokenAndOneBlockPerSentence) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  AnalyzeOptions opt;
  opt.dct = Date{2024, 5, 2};
  ASSERT_TRUE(a.analyze("Minister Jan Peeters sprak gisteren in Gent.\nDat was een goed idee, zei Peeters.", opt, &doc).ok());
  std::istringstream in(to_conllu(doc));
  std::string line;
  size_t sentences = 0, tokens = 0;
  bool ner = false, timex = false;
  while (std::getline(in, line)) {
    if (line.rfind("# sent_id", 0) == 0) ++sentences;
    if (line.empty() || line[0] == '#') continue;
    ++tokens;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 9) << line;
    ner |= line.find("NER=B-PER") != std::string::npos;
    timex |= line.find("Timex=B-DATE:2024-05-01") != std::string::npos;
  }
  EXPECT_EQ(sentences, doc.sentences.size());
  EXPECT_EQ(tokens, doc.tokens.size());
  EXPECT_TRUE(ner);
  EXPECT_TRUE(timex);
}

}  // namespace
}  // namespace kroniek
