// Clustering cases from a table, through the whole pipeline.
#include "coref/coref.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "kroniek/analyzer.h"
#include "case_table.h"

namespace kroniek {
namespace {

TEST(Coref, Cases) {
  Analyzer analyzer;
  ASSERT_TRUE(analyzer.load_default().ok());
  int cases = 0;
  for (const CaseRow& row : read_case_table("src/coref/coref_cases.tsv")) {
    const std::vector<std::string>& f = row.fields;
    ASSERT_EQ(f.size(), 4u) << row.where;
    Document doc;
    ASSERT_TRUE(analyzer.analyze(f[0], AnalyzeOptions(), &doc).ok());
    // The byte offset of the n-th occurrence of the mention text.
    size_t at = std::string::npos;
    for (int k = 0, n = std::stoi(f[2]); k < n; ++k) at = f[0].find(f[1], at == std::string::npos ? 0 : at + 1);
    ASSERT_NE(at, std::string::npos) << row.where;
    std::string got = "-";
    for (const Mention& m : doc.mentions) {
      if (m.span.begin != at || m.span.end != at + f[1].size()) continue;
      // A name mention counts only when its entity has a name.
      if (m.entity >= 0 && (m.kind != MentionKind::kName || !doc.entities[m.entity].name.empty()))
        got = doc.entities[m.entity].name;
    }
    EXPECT_EQ(got, f[3]) << "mention '" << f[1] << "' (" << f[2] << ") in: " << f[0];
    ++cases;
  }
  EXPECT_GE(cases, 8);
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

// Found by fuzz_analyze: a run of capitalised words that ends in a role at
// the very end of the text read the token after it (AddressSanitizer in the
// sanitizer build).
TEST(Coref, ARunEndingTheTextInARole) {
  Analyzer analyzer;
  ASSERT_TRUE(analyzer.load_default().ok());
  Document doc;
  static constexpr char kText[] = "Gent rotteGent en Rotterdrdamen Rotteadr\x01\x00\x00uiten Gen{am sluiten Geewtnn-kekoon";
  ASSERT_TRUE(analyzer.analyze(std::string_view(kText, sizeof kText - 1), {}, &doc).ok());
  for (const Mention& m : doc.mentions) {
    EXPECT_LT(m.first_token, m.end_token);
    EXPECT_LE(m.end_token, doc.tokens.size());
  }
}

TEST(Lexicon, RejectsUnknownClassesAndCueKinds) {
  Lexicon lex;
  Status s = lex.load("de\tdet\nzwart\tkleur\n", "president\n", "zei\tverb\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("kleur"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("words.tsv"), std::string::npos) << s.message();
  s = lex.load("de\tdet\n", "president\n", "zei\tgebaar\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cues.tsv"), std::string::npos) << s.message();
}

TEST(Lexicon, RolesMatchCompoundsAndTwoWordCuesTheirSecondWord) {
  Lexicon lex;
  ASSERT_TRUE(lex.load("de\tdet\n", "voorzitter\nminister\n", "liet weten\tverb\nzei\tverb\n").ok());
  EXPECT_TRUE(lex.is_role("voorzitter"));
  EXPECT_TRUE(lex.is_role("clubvoorzitter"));
  EXPECT_TRUE(lex.is_role("n-va-voorzitter"));
  EXPECT_FALSE(lex.is_role("zitter"));
  EXPECT_TRUE(lex.completes("liet", "weten"));
  EXPECT_FALSE(lex.completes("liet", "zien"));
  EXPECT_TRUE(lex.classes("zei") & kCueVerb);
  EXPECT_TRUE(lex.classes("liet") & kCueNeedsPart);
}

TEST(Lexicon, GenderFromGivenNamesWordsAndRoleEndings) {
  Lexicon lex;
  ASSERT_TRUE(lex.load("hij\tpers,male\nze\tpers,female\n", "woordvoerder\nwoordvoerster\nburgemeester\ntopvrouw\nminister\n", "zei\tverb\n").ok());
  ASSERT_TRUE(lex.load_given_names("lies\tm\nsara\tf\n").ok());
  ASSERT_TRUE(lex.load_given_names("lies\tf\n").ok());  // a later list overrides
  EXPECT_EQ(lex.given_gender("lies"), kFemale);
  EXPECT_EQ(lex.given_gender("sara"), kFemale);
  EXPECT_EQ(lex.given_gender("tom"), 0u);
  ASSERT_TRUE(lex.load_given_names("sara\tu\n").ok());  // either gender: unknown
  EXPECT_EQ(lex.given_gender("sara"), 0u);
  EXPECT_EQ(lex.gender("hij"), kMale);
  EXPECT_EQ(lex.gender("woordvoerster"), kFemale);
  EXPECT_EQ(lex.gender("perswoordvoerster"), kFemale);
  EXPECT_EQ(lex.gender("topvrouw"), kFemale);
  EXPECT_EQ(lex.gender("woordvoerder"), 0u);
  EXPECT_EQ(lex.gender("burgemeester"), 0u);
  EXPECT_EQ(lex.gender("minister"), 0u);
  Status s = lex.load_given_names("kim\tx\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("kim"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace kroniek
