// TenseLexicon: decides whether a time expression sits in a past, future or
// present (undecided) clause, from a compact lexicon of Dutch verb forms
// (grammar/verbs.tsv, written by hand; grammar/verbs_ud.tsv, generated from
// UD Dutch by grammar/build_verbs.py; grammar/verbs_weak.tsv, the past of weak
// verbs generated from hunspell-nl by grammar/build_weak_past.py).
//
//   TenseLexicon t;  t.load(verbs_tsv, verbs_ud_tsv);
//   Tense x = t.tense_at(words, 4);   // words: the lower-cased sentence
//
// The verb marker nearest to the expression in its own clause (between
// commas) wins: "Trump, die zondag aankwam, zal maandag ..." is past for
// "zondag" and future for "maandag". A clause with only a present-tense verb
// is kPresent; without any marker, the nearest one in the sentence counts.
#pragma once

#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "kroniek/status.h"
#include "text/string_map.h"
#include "time/normalizer.h"

namespace kroniek {

class TenseLexicon {
 public:
  Status load(std::string_view verbs, std::string_view verbs_ud, std::string_view verbs_weak);
  // `words` are the lower-cased words of one sentence; `begin`/`end` the
  // expression's words (they are not read as verbs).
  Tense tense_at(const std::vector<std::string_view>& words, size_t begin, size_t end) const;

 private:
  enum class VerbClass : uint8_t { kPast, kPart, kPerf, kPerfPast, kFut, kGo, kReport, kPassive, kPres };
  // The tense the nearest marker in [lo, hi) gives; kNone when none. Present
  // verbs count only when `with_present`.
  std::optional<Tense> nearest(const std::vector<std::string_view>& words, size_t lo, size_t hi,
                               size_t begin, size_t end, bool has_participle, bool with_present) const;
  bool is_participle(std::string_view w) const;
  StringMap<VerbClass> verbs_;
};

}  // namespace kroniek
