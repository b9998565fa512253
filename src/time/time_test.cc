// The time stage against testdata/timex_cases.tsv: publication date, a
// sentence, the expression expected in it, its type and value. A row whose
// type is "-" says the text must NOT be (part of) a time expression.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "case_table.h"
#include "kroniek/analyzer.h"
#include "time/normalizer.h"
#include "time/time_tagger.h"

namespace kroniek {
namespace {

struct Case {
  std::string where;
  std::string dct, sentence, text, type, value;
};

std::vector<Case> read_cases() {
  std::vector<Case> cases;
  for (CaseRow& row : read_case_table("src/time/testdata/timex_cases.tsv")) {
    std::vector<std::string>& cols = row.fields;
    if (cols.size() == 4) cols.emplace_back();
    EXPECT_EQ(cols.size(), 5u) << row.where << ": expected 5 columns";
    if (cols.size() != 5) continue;
    cases.push_back({row.where, cols[0], cols[1], cols[2], cols[3], cols[4]});
  }
  return cases;
}

TEST(TimexCases, Table) {
  Analyzer analyzer;
  ASSERT_TRUE(analyzer.load_default().ok());
  std::vector<Case> cases = read_cases();
  ASSERT_GE(cases.size(), 150u);
  int failures = 0;
  for (const Case& c : cases) {
    AnalyzeOptions opt;
    opt.entities = false;
    opt.quotes = false;
    if (c.dct != "-") {
      opt.dct = parse_date(c.dct);
      ASSERT_TRUE(opt.dct) << c.where << ": bad date " << c.dct;
    }
    Document doc;
    ASSERT_TRUE(analyzer.analyze(c.sentence, opt, &doc).ok());
    std::string found;
    for (const Timex& t : doc.timexes) {
      std::string text(doc.slice(t.span));
      found += " [" + text + " " + to_string(t.type) + " " + t.value + "]";
    }
    if (c.type == "-") {
      bool hit = false;
      for (const Timex& t : doc.timexes)
        if (std::string(doc.slice(t.span)).find(c.text) != std::string::npos) hit = true;
      EXPECT_FALSE(hit) << c.where << ": '" << c.text << "' is no time expression in: "
                        << c.sentence << "\n  found:" << found;
      failures += hit;
      continue;
    }
    const Timex* match = nullptr;
    for (const Timex& t : doc.timexes)
      if (doc.slice(t.span) == c.text) match = &t;
    bool ok = match && to_string(match->type) == c.type && match->value == c.value;
    EXPECT_TRUE(ok) << c.where << ": " << c.sentence << "\n  want [" << c.text << " "
                    << c.type << " " << c.value << "]\n  found:" << found;
    failures += !ok;
  }
  std::cerr << cases.size() - static_cast<size_t>(failures) << " of " << cases.size()
            << " time cases pass\n";
}

TEST(Normalizer, EasterDates) {
  EXPECT_EQ(easter_sunday(2019), (Date{2019, 4, 21}));
  EXPECT_EQ(easter_sunday(2024), (Date{2024, 3, 31}));
  EXPECT_EQ(easter_sunday(2000), (Date{2000, 4, 23}));
  EXPECT_EQ(easter_sunday(2038), (Date{2038, 4, 25}));
}

TEST(Normalizer, CivilDaysRoundTrip) {
  for (int64_t d = -800000; d < 800000; d += 997) {
    Date c = civil_from_days(d);
    EXPECT_EQ(days_from_civil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(iso_weekday(days_from_civil(2019, 6, 30)), 7);
}

TEST(TimeGrammar, RejectsBrokenTables) {
  TimeGrammarFiles f = TimeTagger::embedded_files();
  TimeTagger t;
  ASSERT_TRUE(t.load(f).ok());
  TimeGrammarFiles bad = f;
  bad.patterns = "NOSUCHCLASS\tDATE\tm=1\n";
  Status s = t.load(bad);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("patterns.tsv:1"), std::string::npos) << s.message();
  bad = f;
  bad.patterns = "MONTH\tDATE\t$3\n";
  EXPECT_FALSE(t.load(bad).ok());
  bad = f;
  bad.patterns = "MONTH\tDATE\tunit=jaar\n";
  EXPECT_FALSE(t.load(bad).ok());
  bad = f;
  bad.lexicon = "mei\tMONTH\tm=13\n";
  EXPECT_FALSE(t.load(bad).ok());
  bad = f;
  bad.verbs = "zal\tSOMETIME\n";
  EXPECT_FALSE(t.load(bad).ok());
}

}  // namespace
}  // namespace kroniek
