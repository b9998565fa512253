#include "time/grammar.h"

#include <algorithm>

#include "text/table.h"

namespace kroniek {
namespace {

constexpr size_t kMaxElements = 16;
constexpr size_t kMaxPathsPerPattern = 1024;

// Shape classes the tagger gives to numbers; patterns may name them without a
// lexicon entry.
constexpr std::string_view kShapeClasses[] = {
    "NUMBER", "YEAR", "DAYNUM", "HOUR", "CLOCK", "CLOCK_STRONG",
    "DATE_NUM", "DAYMONTH_NUM", "YEAR2", "ORDNUM"};

bool is_class_name(std::string_view s) {
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::string parse_fields(std::string_view text, std::vector<TimeField>* out) {
  for (std::string_view f : split(trim(text), ' ')) {
    if (f.empty()) continue;
    size_t eq = f.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == f.size())
      return "field '" + std::string(f) + "' is not key=value";
    TimeKey key;
    if (!parse_time_key(f.substr(0, eq), &key)) return "unknown field '" + std::string(f.substr(0, eq)) + "'";
    TimeSpec probe;
    if (!probe.set_field(key, f.substr(eq + 1))) return "bad value in '" + std::string(f) + "'";
    out->push_back({key, std::string(f.substr(eq + 1))});
  }
  return "";
}

}  // namespace

int TimeGrammar::intern(std::string_view s) {
  if (const int* id = symbols_.find(s)) return *id;
  const int id = static_cast<int>(symbols_.size());
  symbols_[s] = id;
  return id;
}

int TimeGrammar::find_symbol(std::string_view s) const {
  const int* id = symbols_.find(s);
  return id ? *id : -1;
}

int TimeGrammar::shape_symbol(std::string_view name) const { return find_symbol(name); }

uint32_t TimeGrammar::child(uint32_t node, int symbol) {
  auto& edges = nodes_[node].edges;
  auto it = std::lower_bound(edges.begin(), edges.end(), std::make_pair(symbol, uint32_t{0}),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  if (it != edges.end() && it->first == symbol) return it->second;
  uint32_t id = static_cast<uint32_t>(nodes_.size());
  edges.insert(it, {symbol, id});
  nodes_.emplace_back();
  return id;
}

Status TimeGrammar::load(std::string_view lexicon, std::string_view patterns,
                         std::string_view modifiers) {
  symbols_.clear();
  lexicon_.clear();
  patterns_.clear();
  nodes_.assign(1, Node{});
  modifiers_.clear();
  for (std::string_view c : kShapeClasses) intern(c);

  Status s = for_each_table_line(lexicon, "lexicon.tsv", [&](std::string_view line, uint32_t) -> std::string {
    std::vector<std::string_view> cols = split(line, '\t');
    if (cols.size() < 3 || cols.size() > 4) return "expected word, CLASS, fields [, flags]";
    std::string_view word = trim(cols[0]), cls = trim(cols[1]);
    if (word.empty()) return "empty word";
    if (!is_class_name(cls)) return "class '" + std::string(cls) + "' is not UPPER_CASE";
    LexEntry e;
    e.symbol = intern(cls);
    e.lower_only = cols.size() == 4 && trim(cols[3]) == "lower";
    if (cols.size() == 4 && !e.lower_only) return "unknown flag '" + std::string(cols[3]) + "'";
    if (std::string err = parse_fields(cols[2], &e.fields); !err.empty()) return err;
    lexicon_[word].push_back(std::move(e));
    return "";
  });
  if (!s.ok()) return s;

  s = for_each_table_line(patterns, "patterns.tsv", [&](std::string_view line, uint32_t line_no) -> std::string {
    std::vector<std::string_view> cols = split(line, '\t');
    if (cols.size() == 2 && trim(cols[1]) == "-") cols.emplace_back();
    if (cols.size() != 3) return "expected pattern, TYPE, action";
    Pattern p;
    p.line = line_no;
    p.text = std::string(trim(cols[0]));
    std::string_view type = trim(cols[1]);
    if (type == "DATE") p.type = TimexType::kDate;
    else if (type == "TIME") p.type = TimexType::kTime;
    else if (type == "DURATION") p.type = TimexType::kDuration;
    else if (type == "SET") p.type = TimexType::kSet;
    else if (type == "-") p.block = true;
    else return "type '" + std::string(type) + "' is not DATE, TIME, DURATION, SET or -";

    struct Element {
      std::vector<int> symbols;
      bool optional = false, context = false;
    };
    std::vector<Element> elements;
    for (std::string_view tok : split(trim(cols[0]), ' ')) {
      if (tok.empty()) continue;
      Element e;
      if (tok.size() > 1 && tok.back() == '?') {
        e.optional = true;
        tok.remove_suffix(1);
      }
      if (tok.size() > 2 && tok.front() == '{' && tok.back() == '}') {
        e.context = true;
        tok = tok.substr(1, tok.size() - 2);
      } else if (tok.size() > 2 && tok.front() == '(' && tok.back() == ')') {
        tok = tok.substr(1, tok.size() - 2);
      }
      for (std::string_view alt : split(tok, '|')) {
        if (alt.empty()) return "empty alternative in '" + std::string(tok) + "'";
        if (is_class_name(alt) && find_symbol(alt) < 0)
          return "unknown class '" + std::string(alt) + "'";
        e.symbols.push_back(intern(alt));
      }
      elements.push_back(std::move(e));
    }
    if (elements.empty()) return "empty pattern";
    if (elements.size() > kMaxElements) return "more than 16 elements";
    size_t lead = 0, trail = 0;
    while (lead < elements.size() && elements[lead].context) ++lead;
    while (trail < elements.size() - lead && elements[elements.size() - 1 - trail].context) ++trail;
    for (size_t i = 0; i < elements.size(); ++i) {
      if (elements[i].context && i >= lead && i < elements.size() - trail)
        return "context {...} only at the start or the end";
      if (elements[i].context && elements[i].optional) return "context cannot be optional";
    }
    size_t core = 0;
    for (const auto& e : elements) core += !e.context && !e.optional;
    if (core == 0) return "a pattern needs one element that is neither optional nor context";

    for (std::string_view item : split(trim(cols[2]), ' ')) {
      if (item.empty()) continue;
      ActionItem a{};
      size_t eq = item.find('=');
      std::string_view rhs = eq == std::string_view::npos ? item : item.substr(eq + 1);
      bool negate = !rhs.empty() && rhs[0] == '-' && rhs.size() > 1 && rhs[1] == '$';
      if (negate) rhs.remove_prefix(1);
      if (!rhs.empty() && rhs[0] == '$') {
        int idx = 0;
        std::string_view digits = rhs.substr(1);
        if (digits.empty() || digits.size() > 2) return "bad element reference '" + std::string(item) + "'";
        for (char c : digits) {
          if (c < '0' || c > '9') return "bad element reference '" + std::string(item) + "'";
          idx = idx * 10 + (c - '0');
        }
        if (idx < 1 || static_cast<size_t>(idx) > elements.size())
          return "element $" + std::to_string(idx) + " does not exist";
        a.element = static_cast<uint8_t>(idx - 1);
        a.negate = negate;
        a.kind = eq == std::string_view::npos ? ActionItem::kCopyAll : ActionItem::kFromElement;
      } else {
        if (eq == std::string_view::npos) return "action item '" + std::string(item) + "' is not key=value";
        a.kind = ActionItem::kConst;
        a.value = std::string(rhs);
        TimeSpec probe;
        if (!parse_time_key(item.substr(0, eq), &a.key)) return "unknown field in '" + std::string(item) + "'";
        if (!probe.set_field(a.key, rhs)) return "bad value in '" + std::string(item) + "'";
      }
      if (a.kind == ActionItem::kFromElement && !parse_time_key(item.substr(0, eq), &a.key))
        return "unknown field in '" + std::string(item) + "'";
      p.action.push_back(std::move(a));
    }
    uint32_t pattern_id = static_cast<uint32_t>(patterns_.size());
    patterns_.push_back(std::move(p));

    // Expand optional elements and alternatives into trie paths.
    size_t paths = 0;
    std::string err;
    std::vector<uint8_t> steps;
    auto expand = [&](auto&& self, size_t i, uint32_t node) -> void {
      if (!err.empty()) return;
      if (i == elements.size()) {
        if (steps.empty()) return;
        if (++paths > kMaxPathsPerPattern) {
          err = "pattern expands to too many paths";
          return;
        }
        Accept a;
        a.pattern = pattern_id;
        a.element_of_step = steps;
        a.context_before = static_cast<uint8_t>(lead);
        a.context_after = static_cast<uint8_t>(trail);
        nodes_[node].accepts.push_back(std::move(a));
        return;
      }
      if (elements[i].optional) self(self, i + 1, node);
      for (int sym : elements[i].symbols) {
        uint32_t next = child(node, sym);
        steps.push_back(static_cast<uint8_t>(i));
        self(self, i + 1, next);
        steps.pop_back();
      }
    };
    expand(expand, 0, 0);
    return err;
  });
  if (!s.ok()) return s;

  s = for_each_table_line(modifiers, "modifiers.tsv", [&](std::string_view line, uint32_t) -> std::string {
    std::vector<std::string> words;
    for (std::string_view w : split(trim(line), ' '))
      if (!w.empty()) words.emplace_back(w);
    if (words.empty() || words.size() > 4) return "a modifier has 1 to 4 words";
    modifiers_.push_back(std::move(words));
    return "";
  });
  if (!s.ok()) return s;
  std::sort(modifiers_.begin(), modifiers_.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return Status::Ok();
}

uint32_t TimeGrammar::modifier_before(const std::vector<TimeUnit>& units, uint32_t end) const {
  for (const auto& m : modifiers_) {
    if (m.size() > end) continue;
    uint32_t start = end - static_cast<uint32_t>(m.size());
    bool ok = true;
    for (size_t i = 0; i < m.size() && ok; ++i) ok = units[start + i].lower == m[i];
    if (ok) return static_cast<uint32_t>(m.size());
  }
  return 0;
}

bool TimeGrammar::run_action(const Pattern& p, const Accept& a, const std::vector<TimeUnit>& units,
                             uint32_t start,
                             const std::vector<const std::vector<TimeField>*>& used,
                             TimeSpec* spec) const {
  for (const ActionItem& item : p.action) {
    if (item.kind == ActionItem::kConst) {
      if (!spec->set_field(item.key, item.value)) return false;
      continue;
    }
    for (size_t step = 0; step < a.element_of_step.size(); ++step) {
      if (a.element_of_step[step] != item.element) continue;
      const std::vector<TimeField>* fields = used[step];
      if (item.kind == ActionItem::kCopyAll) {
        if (fields)
          for (const TimeField& f : *fields)
            if (!spec->set_field(f.key, f.value)) return false;
        continue;
      }
      std::string value = fields && !fields->empty() ? (*fields)[0].value : units[start + step].lower;
      if (item.negate) value = value[0] == '-' ? value.substr(1) : "-" + value;
      if (!spec->set_field(item.key, value)) return false;
    }
  }
  return true;
}

void TimeGrammar::walk(const std::vector<TimeUnit>& units, uint32_t start, uint32_t pos,
                       uint32_t node, std::vector<const std::vector<TimeField>*>* used,
                       std::vector<GrammarMatch>* out) const {
  for (const Accept& a : nodes_[node].accepts) {
    GrammarMatch m;
    m.begin = start;
    m.end = pos;
    m.ext_begin = start + a.context_before;
    m.ext_end = pos - a.context_after;
    if (m.ext_begin >= m.ext_end) continue;
    m.pattern = a.pattern;
    m.type = patterns_[a.pattern].type;
    m.block = patterns_[a.pattern].block;
    if (run_action(patterns_[a.pattern], a, units, start, *used, &m.spec)) out->push_back(std::move(m));
  }
  if (pos >= units.size() || nodes_[node].edges.empty()) return;
  const TimeUnit& u = units[pos];
  const auto& edges = nodes_[node].edges;
  auto follow = [&](int sym, const std::vector<TimeField>* fields) {
    if (sym < 0) return;
    auto it = std::lower_bound(edges.begin(), edges.end(), std::make_pair(sym, uint32_t{0}),
                               [](const auto& x, const auto& y) { return x.first < y.first; });
    if (it == edges.end() || it->first != sym) return;
    used->push_back(fields);
    walk(units, start, pos + 1, it->second, used, out);
    used->pop_back();
  };
  follow(find_symbol(u.lower), nullptr);
  if (const std::vector<LexEntry>* entries = lexicon_.find(u.lower)) {
    for (const LexEntry& e : *entries) {
      if (e.lower_only && u.capitalized && !u.sentence_initial) continue;
      follow(e.symbol, &e.fields);
    }
  }
  for (const auto& [sym, fields] : u.shapes) follow(sym, &fields);
}

void TimeGrammar::match(const std::vector<TimeUnit>& units, std::vector<GrammarMatch>* out) const {
  out->clear();
  std::vector<const std::vector<TimeField>*> used;
  for (uint32_t i = 0; i < units.size(); ++i) walk(units, i, i, 0, &used, out);
}

}  // namespace kroniek
