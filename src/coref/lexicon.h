// Word lists the speaker finder and the clustering share: closed-class Dutch
// words, role nouns and speech cues, read from the data files built into the
// library (coref/words.tsv, coref/roles.txt, quotes/cues.tsv).
//
//   Lexicon lex;
//   Status s = lex.load(words_tsv, roles_txt, cues_tsv);
//   DocWords words(doc, lex);          // per document: lowercase forms + classes
//   if (words.has(t, kPrep)) ...
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kroniek/document.h"
#include "kroniek/status.h"
#include "text/string_map.h"

namespace kroniek {

enum WordClass : uint32_t {
  kDet = 1u << 0,
  kPrep = 1u << 1,
  kPersPron = 1u << 2,   // hij, zij, ze: can stand for a speaker
  kPron = 1u << 3,
  kAdverb = 1u << 4,
  kConj = 1u << 5,
  kParticle = 1u << 6,   // van, de, ter: inside names ("Van Zwol", "Ilse Van de keere")
  kFunc = 1u << 7,
  kRole = 1u << 8,
  kCueVerb = 1u << 9,
  kCueAldus = 1u << 10,
  kCueVolgens = 1u << 11,
  kCueImpersonal = 1u << 12,
  kCueRead = 1u << 13,
  kCueNeedsPart = 1u << 14,  // the first word of a two-word cue ("liet" of "liet weten")
  kCuePart = 1u << 15,       // the second word ("weten")
  kTitleNoun = 1u << 16,
  kTitle = 1u << 17,         // mr, dr, prof: before a name     // "het boek 'De val van het rijk'": what follows is a title
  kMale = 1u << 18,          // hij, meneer, koning, a man's given name
  kFemale = 1u << 19,        // zij, mevrouw, woordvoerster, a woman's given name
  kDocument = 1u << 20,      // brief, verklaring: "luidt het in de brief van X"
};
constexpr uint32_t kGender = kMale | kFemale;
constexpr uint32_t kAnyCue = kCueVerb | kCueAldus | kCueVolgens | kCueImpersonal | kCueRead;

class Lexicon {
 public:
  Status load(std::string_view words_tsv, std::string_view roles_txt, std::string_view cues_tsv);
  // Given name TAB m/f/u lines (coref/given_names*.tsv); a later file
  // overrides, and u (either gender) removes a name.
  Status load_given_names(std::string_view tsv);
  uint32_t classes(std::string_view lower) const;
  // For the first word of a two-word cue: is `second` one of its completions?
  bool completes(std::string_view first, std::string_view second) const;
  // Role nouns also match as the last part of a compound: "N-VA-fractieleider".
  bool is_role(std::string_view lower) const;
  // kMale, kFemale or 0: for a given name ("Sara") or a word ("woordvoerster").
  uint32_t gender(std::string_view lower) const;
  uint32_t given_gender(std::string_view lower) const {
    const uint32_t* g = given_.find(lower);
    return g ? *g : 0;
  }

 private:
  StringMap<uint32_t> words_;
  size_t max_role_bytes_ = 0;  // the longest line of roles.txt
  StringMap<std::vector<std::string>> parts_;
  StringMap<uint32_t> given_;  // 0: either gender (a "u" line took the name back)
};

// The per-document view: each token's lowercase form and word classes,
// computed once so later passes never allocate per token.
class DocWords {
 public:
  DocWords(const Document& doc, const Lexicon& lex);
  std::string_view lower(uint32_t t) const {
    return std::string_view(buf_).substr(off_[t], off_[t + 1] - off_[t]);
  }
  uint32_t classes(uint32_t t) const { return cls_[t]; }
  bool has(uint32_t t, uint32_t c) const { return (cls_[t] & c) != 0; }
  bool upper(uint32_t t) const { return upper_[t] != 0; }
  bool is_word(uint32_t t) const { return word_[t] != 0; }
  // kMale/kFemale of a word, or of a capitalised token as a given name.
  uint32_t gender(uint32_t t) const { return gender_[t]; }
  size_t size() const { return cls_.size(); }

 private:
  std::string buf_;
  std::vector<uint32_t> off_;
  std::vector<uint32_t> cls_;
  std::vector<uint8_t> upper_, word_;
  std::vector<uint32_t> gender_;
};

}  // namespace kroniek
