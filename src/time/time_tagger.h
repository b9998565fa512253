// TimeTagger: finds the time expressions of a tokenized document and resolves
// them against its publication date (Document::dct) into Document::timexes.
//
//   TimeTagger tagger;
//   Status s = tagger.load_default();   // the grammar built into the library
//   tagger.tag(&doc);                    // doc.tokens and doc.sentences filled
//
// Recognition (grammar.h, the tables in grammar/) and normalisation
// (normalizer.h) are apart: the recogniser fills a TimeSpec per expression,
// the normaliser turns it into a TIMEX3 value using the tense of the sentence
// (tense.h) and the last day the text named (for a bare "om 10 uur").
// A TimeTagger is immutable once loaded and may be shared by threads.
#pragma once

#include <string_view>
#include <vector>

#include "kroniek/document.h"
#include "kroniek/status.h"
#include "time/grammar.h"
#include "time/tense.h"

namespace kroniek {

struct TimeGrammarFiles {
  std::string_view lexicon, patterns, modifiers, verbs, verbs_ud, verbs_weak;
};

class TimeTagger {
 public:
  Status load_default();
  Status load(const TimeGrammarFiles& files);
  void tag(Document* doc) const;

  static TimeGrammarFiles embedded_files();

 private:
  void make_units(const Document& doc, const Sentence& s, std::vector<TimeUnit>* units) const;
  void add_shapes(TimeUnit* u) const;

  TimeGrammar grammar_;
  TenseLexicon tense_;
  int sym_number_ = -1, sym_year_ = -1, sym_daynum_ = -1, sym_hour_ = -1, sym_clock_ = -1,
      sym_clock_strong_ = -1, sym_date_num_ = -1, sym_daymonth_num_ = -1, sym_year2_ = -1,
      sym_ordnum_ = -1;
};

}  // namespace kroniek
