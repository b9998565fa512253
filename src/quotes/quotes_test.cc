// The quote stage through the whole pipeline: speaker cases from a table,
// the seed article, and the news-dev articles when ../shared is there.
#include "quotes/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "kroniek/analyzer.h"
#include "case_table.h"

namespace kroniek {
namespace {

Document analyze(const Analyzer& a, const std::string& text, std::optional<Date> dct = std::nullopt) {
  AnalyzeOptions opt;
  opt.dct = dct;
  Document doc;
  Status s = a.analyze(text, opt, &doc);
  EXPECT_TRUE(s.ok()) << s.message();
  return doc;
}

class QuotesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(analyzer.load_default().ok()); }
  Analyzer analyzer;
};

TEST_F(QuotesTest, SpeakerCases) {
  int cases = 0;
  for (const CaseRow& row : read_case_table("src/quotes/speaker_cases.tsv")) {
    const std::vector<std::string>& f = row.fields;
    ASSERT_GE(f.size(), 3u) << row.where;
    bool indirect = f[1].rfind("~", 0) == 0;
    std::string start = indirect ? f[1].substr(1) : f[1];
    const std::string text = unescape_newlines(f[0]);
    Document doc = analyze(analyzer, text);
    const Quote* found = nullptr;
    for (const Quote& q : doc.quotes) {
      if ((q.kind == QuoteKind::kIndirect) == indirect && doc.slice(q.span).rfind(start, 0) == 0) found = &q;
    }
    ++cases;
    if (!found) {
      ADD_FAILURE() << "no " << (indirect ? "reported" : "direct") << " quote starting '" << start << "' in: " << f[0];
      continue;
    }
    EXPECT_EQ(found->speaker_name.empty() ? "-" : found->speaker_name, f[2]) << "quote '" << start << "' in: " << f[0];
    if (f.size() > 3 && !f[3].empty()) {
      ASSERT_GE(found->addressee_entity, 0) << f[0];
      EXPECT_EQ(doc.entities[found->addressee_entity].name, f[3]);
    }
    if (found->speaker_entity >= 0) {
      EXPECT_EQ(doc.entities[found->speaker_entity].name, found->speaker_name);
    }
  }
  EXPECT_GT(cases, 10);
}

TEST_F(QuotesTest, ApostrophesAndScareQuotesAreNoQuotes) {
  Document doc = analyze(analyzer,
                         "Zo'n drukte zag oma's buurt 's avonds zelden. De wethouder noemde het plan 'slim' en "
                         "het woord ‘uitstel’ viel niet.");
  EXPECT_TRUE(doc.quotes.empty()) << doc.slice(doc.quotes[0].span);
}

TEST_F(QuotesTest, TitlesAreNoQuotes) {
  Document doc = analyze(analyzer,
                         "De schrijfster stelde haar boek 'De val van het oude rijk' voor. De actie 'Geef om je "
                         "buren in nood' haalde veel geld op. Ze sprak over de 'State of the Union'.");
  EXPECT_TRUE(doc.quotes.empty()) << doc.slice(doc.quotes[0].span);
}

std::string read(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The seed article: one person across names, roles, a party label and pronouns.
TEST_F(QuotesTest, SeedArticle) {
  std::string path = KRONIEK_SHARED_DIR "/data/news-dev/dmz-2019.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  nlohmann::json gold = nlohmann::json::parse(read(path));
  Document doc = analyze(analyzer, gold["text"].get<std::string>(), Date{2019, 6, 30});
  const Quote* kim = nullptr;
  for (const Quote& q : doc.quotes)
    if (doc.slice(q.span).rfind("Het is goed om u opnieuw te zien", 0) == 0) kim = &q;
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->speaker_name, "Kim Jong-un");
  ASSERT_GE(kim->addressee_entity, 0);
  const Entity& trump = doc.entities[kim->addressee_entity];
  EXPECT_EQ(trump.name, "Donald Trump");
  std::vector<std::string> texts;
  for (uint32_t m : trump.mentions) texts.push_back(std::string(doc.slice(doc.mentions[m].span)));
  for (const char* want : {"Trump", "Donald Trump", "de Amerikaanse president", "de Republikein", "hij"})
    EXPECT_NE(std::find(texts.begin(), texts.end(), want), texts.end()) << want;
}

// news-dev: every gold quote of four words or more is found with its speaker
// (same last word, or one name inside the other), as score.py counts it.
TEST_F(QuotesTest, NewsDev) {
  std::string dir = KRONIEK_SHARED_DIR "/data/news-dev";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto words = [](std::string_view s) {
    int n = 0;
    bool in = false;
    for (unsigned char c : s) {
      bool w = std::isalnum(c) || c >= 0x80;
      n += w && !in;
      in = w;
    }
    return n;
  };
  auto norm = [](const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s + " ") {
      if (c == ' ' || c == '.' || c == ',' || c == '(' || c == ')') {
        if (!cur.empty() && cur != "de" && cur != "het" && cur != "een" && cur != "van" && cur != "der" && cur != "den")
          out.push_back(cur);
        cur.clear();
      } else {
        cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      }
    }
    return out;
  };
  int gold_n = 0, ok = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    nlohmann::json gold = nlohmann::json::parse(read(entry.path().string()));
    std::string text = gold["text"];
    Document doc = analyze(analyzer, text, parse_date(gold["dct"].get<std::string>()));
    for (const auto& g : gold["quotes"]) {
      uint32_t gs = g["start"], ge = g["end"];
      if (words(g["text"].get<std::string>()) < 4) continue;
      ++gold_n;
      for (const Quote& q : doc.quotes) {
        if (q.kind != QuoteKind::kDirect || q.span.cp_end <= gs || q.span.cp_begin >= ge) continue;
        std::vector<std::string> a = norm(g["speaker"].is_null() ? "" : g["speaker"].get<std::string>());
        std::vector<std::string> b = norm(q.speaker_name);
        auto join = [](const std::vector<std::string>& v) {
          std::string r;
          for (const auto& x : v) r += (r.empty() ? "" : " ") + x;
          return r;
        };
        if (!a.empty() && !b.empty() &&
            (a.back() == b.back() || join(a).find(join(b)) != std::string::npos || join(b).find(join(a)) != std::string::npos))
          ++ok;
        break;
      }
    }
  }
  ASSERT_GT(gold_n, 50);
  EXPECT_GE(ok * 100, gold_n * 90) << ok << " of " << gold_n << " quotes found with the right speaker";
}

TEST_F(QuotesTest, HeadlineQuoteTakesTheSpeakerOfItsRepeat) {
  Document doc = analyze(analyzer,
                         "Harmonie grote winnaar in Lier: \"Hier droomde ik al jaren van\"\n\nDe kermiskoers van Lier is gewonnen door "
                         "een plaatselijke renner. \"Hier droomde ik al jaren van\", zei wielrenner Tom Aerts na de finish.");
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].speaker_name, "Tom Aerts");
  EXPECT_EQ(doc.quotes[1].speaker_name, "Tom Aerts");
}

}  // namespace

}  // namespace kroniek
