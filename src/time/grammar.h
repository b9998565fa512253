// TimeGrammar: the Dutch grammar of time, read from readable tables and
// compiled into a trie over word classes.
//
//   TimeGrammar g;
//   Status s = g.load(lexicon_tsv, patterns_tsv, modifiers_tsv);
//   g.match(units, &matches);     // every pattern match in one sentence
//
// Design: the lexicon maps a lower-case word to classes (MONTH, WEEKDAY, ...)
// with fields (m=6); numbers get shape classes (YEAR, CLOCK, ...) from the
// tagger. Each pattern is a sequence of classes and literal words; optional
// elements and alternatives are expanded at load time into paths of one
// trie, so matching walks the trie once from each unit with every symbol the
// unit carries (a unit may be a NUM and an HOURWORD at once). All matches are
// returned; the tagger picks the longest non-overlapping ones.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kroniek/document.h"
#include "kroniek/status.h"
#include "text/string_map.h"
#include "time/time_spec.h"

namespace kroniek {

struct TimeField {
  TimeKey key;
  std::string value;
};

// One word (or merged number) of a sentence as the grammar sees it.
struct TimeUnit {
  uint32_t first_token = 0, end_token = 0;
  std::string lower;      // lower-cased text, apostrophes as '
  bool sentence_initial = false;
  bool capitalized = false;
  // Shape classes of numbers, found by the tagger: symbol and fields.
  std::vector<std::pair<int, std::vector<TimeField>>> shapes;
};

struct GrammarMatch {
  uint32_t begin = 0, end = 0;          // units of the whole match, context included
  uint32_t ext_begin = 0, ext_end = 0;  // units of the expression
  uint32_t pattern = 0;
  TimexType type = TimexType::kDate;
  bool block = false;  // a pattern of type "-": these words are no time expression
  TimeSpec spec;
};

class TimeGrammar {
 public:
  Status load(std::string_view lexicon, std::string_view patterns, std::string_view modifiers);

  // The symbol of a shape class ("YEAR"); -1 if no pattern uses it.
  int shape_symbol(std::string_view name) const;
  void match(const std::vector<TimeUnit>& units, std::vector<GrammarMatch>* out) const;

  // Length in units of the longest modifier ending right before unit `end`
  // (0 if none).
  uint32_t modifier_before(const std::vector<TimeUnit>& units, uint32_t end) const;


 private:
  struct LexEntry {
    int symbol;
    bool lower_only;
    std::vector<TimeField> fields;
  };
  struct ActionItem {
    enum Kind : uint8_t { kCopyAll, kConst, kFromElement } kind;
    TimeKey key{};
    uint8_t element = 0;  // 0-based
    bool negate = false;
    std::string value;
  };
  struct Pattern {
    TimexType type;
    bool block = false;
    std::vector<ActionItem> action;
    std::string text;  // as written, for messages
    uint32_t line = 0;
  };
  struct Accept {
    uint32_t pattern;
    std::vector<uint8_t> element_of_step;  // which written element each step matched
    uint8_t context_before = 0, context_after = 0;  // steps that are context
  };
  struct Node {
    std::vector<std::pair<int, uint32_t>> edges;  // symbol -> node, sorted
    std::vector<Accept> accepts;
  };

  int intern(std::string_view s);
  int find_symbol(std::string_view s) const;
  uint32_t child(uint32_t node, int symbol);
  void walk(const std::vector<TimeUnit>& units, uint32_t start, uint32_t pos, uint32_t node,
            std::vector<const std::vector<TimeField>*>* used, std::vector<GrammarMatch>* out) const;
  bool run_action(const Pattern& p, const Accept& a, const std::vector<TimeUnit>& units,
                  uint32_t start, const std::vector<const std::vector<TimeField>*>& used,
                  TimeSpec* spec) const;

  StringMap<int> symbols_;
  StringMap<std::vector<LexEntry>> lexicon_;
  std::vector<Pattern> patterns_;
  std::vector<Node> nodes_;
  std::vector<std::vector<std::string>> modifiers_;
};

}  // namespace kroniek
