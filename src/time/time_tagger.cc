#include "time/time_tagger.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "core/embedded.h"
#include "text/lowercase.h"
#include "text/utf8.h"

KRONIEK_EMBEDDED(kroniek_time_lexicon)
KRONIEK_EMBEDDED(kroniek_time_patterns)
KRONIEK_EMBEDDED(kroniek_time_modifiers)
KRONIEK_EMBEDDED(kroniek_time_verbs)
KRONIEK_EMBEDDED(kroniek_time_verbs_ud)
KRONIEK_EMBEDDED(kroniek_time_verbs_weak)

namespace kroniek {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_apostrophe(std::string_view t) { return t == "'" || t == "\xE2\x80\x99" || t == "\xE2\x80\x98"; }

// The lowercase form (text/lowercase.h), with every apostrophe written as '.
void lower_into(std::string_view in, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    const char32_t c = next_code_point(in, i);
    if (c == 0x2018 || c == 0x2019) out->push_back('\'');
    else append_utf8(to_lower(c), out);
  }
}

bool parse_int(std::string_view s, int* v) {
  if (s.empty() || s.size() > 9) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view seps, std::string* used) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (seps.find(s[i]) != std::string_view::npos) {
      parts.push_back(s.substr(start, i - start));
      used->push_back(s[i]);
      start = i + 1;
    }
  }
  parts.push_back(s.substr(start));
  return parts;
}

}  // namespace

TimeGrammarFiles TimeTagger::embedded_files() {
  return TimeGrammarFiles{kroniek_time_lexicon(), kroniek_time_patterns(), kroniek_time_modifiers(),
                          kroniek_time_verbs(), kroniek_time_verbs_ud(), kroniek_time_verbs_weak()};
}

Status TimeTagger::load_default() { return load(embedded_files()); }

Status TimeTagger::load(const TimeGrammarFiles& f) {
  if (Status s = grammar_.load(f.lexicon, f.patterns, f.modifiers); !s.ok()) return s;
  if (Status s = tense_.load(f.verbs, f.verbs_ud, f.verbs_weak); !s.ok()) return s;
  sym_number_ = grammar_.shape_symbol("NUMBER");
  sym_year_ = grammar_.shape_symbol("YEAR");
  sym_daynum_ = grammar_.shape_symbol("DAYNUM");
  sym_hour_ = grammar_.shape_symbol("HOUR");
  sym_clock_ = grammar_.shape_symbol("CLOCK");
  sym_clock_strong_ = grammar_.shape_symbol("CLOCK_STRONG");
  sym_date_num_ = grammar_.shape_symbol("DATE_NUM");
  sym_daymonth_num_ = grammar_.shape_symbol("DAYMONTH_NUM");
  sym_year2_ = grammar_.shape_symbol("YEAR2");
  sym_ordnum_ = grammar_.shape_symbol("ORDNUM");
  return Status::Ok();
}

void TimeTagger::add_shapes(TimeUnit* u) const {
  std::string_view t = u->lower;
  auto add = [&](int sym, std::vector<TimeField> fields) {
    if (sym >= 0) u->shapes.emplace_back(sym, std::move(fields));
  };
  auto num = [](int v) { return std::to_string(v); };
  int v = 0;
  if (all_digits(t) && parse_int(t, &v)) {
    add(sym_number_, {{TimeKey::kCount, num(v)}});
    if (t.size() == 4 && v >= 1000 && v <= 2199) add(sym_year_, {{TimeKey::kYear, num(v)}});
    if (t.size() <= 2 && v >= 1 && v <= 31) add(sym_daynum_, {{TimeKey::kDay, num(v)}});
    if (t.size() <= 2 && v <= 24) add(sym_hour_, {{TimeKey::kHour, num(v)}});
    return;
  }
  if (t.size() == 3 && t[0] == '\'' && all_digits(t.substr(1))) {
    parse_int(t.substr(1), &v);
    add(sym_year2_, {{TimeKey::kYear2, num(v)}});
    return;
  }
  // Ordinals: 21e, 21ste, 3de.
  for (std::string_view suf : {"ste", "de", "e"}) {
    if (t.size() > suf.size() && t.substr(t.size() - suf.size()) == suf &&
        all_digits(t.substr(0, t.size() - suf.size())) && parse_int(t.substr(0, t.size() - suf.size()), &v)) {
      add(sym_ordnum_, {{TimeKey::kCount, num(v)}});
      return;
    }
  }
  // Clock times: 15.50, 15:50, 17u30, 17h30, 20u.
  for (char sep : {'.', ':', 'u', 'h'}) {
    size_t p = t.find(sep);
    if (p == std::string_view::npos || p == 0 || p > 2) continue;
    std::string_view hh = t.substr(0, p), mm = t.substr(p + 1);
    // "19.30u", "19:30h": the hour sign after the minutes.
    bool hour_sign = sep != 'u' && sep != 'h' && mm.size() == 3 && (mm[2] == 'u' || mm[2] == 'h');
    if (hour_sign) mm.remove_suffix(1);
    int h = 0, m = 0;
    if (!all_digits(hh) || !parse_int(hh, &h) || h > 24) continue;
    if (mm.empty() && (sep == 'u' || sep == 'h')) {
      add(sym_clock_strong_, {{TimeKey::kHour, num(h)}, {TimeKey::kMinute, "0"}});
      add(sym_clock_, {{TimeKey::kHour, num(h)}, {TimeKey::kMinute, "0"}});
      return;
    }
    if (mm.size() != 2 || !all_digits(mm) || !parse_int(mm, &m) || m > 59) continue;
    std::vector<TimeField> f = {{TimeKey::kHour, num(h)}, {TimeKey::kMinute, num(m)}};
    if (sep != '.' || hour_sign) add(sym_clock_strong_, f);
    add(sym_clock_, std::move(f));
    return;
  }
  // Numeric dates: 30/06/2019, 30-6-'19, 30.06.2019, 2019-06-30, 14/03.
  std::string seps;
  std::vector<std::string_view> parts = split_any(t, "/-.", &seps);
  if (parts.size() == 3 && seps[0] == seps[1]) {
    int a = 0, b = 0, c = 0;
    std::string_view ys = parts[2];
    bool y2 = false;
    if (!ys.empty() && ys[0] == '\'') {
      ys.remove_prefix(1);
      y2 = true;
    }
    if (parse_int(parts[0], &a) && parse_int(parts[1], &b) && all_digits(ys) && parse_int(ys, &c)) {
      if (parts[0].size() == 4 && seps[0] == '-') {  // ISO 2019-06-30
        if (b >= 1 && b <= 12 && c >= 1 && c <= 31)
          add(sym_date_num_, {{TimeKey::kYear, num(a)}, {TimeKey::kMonth, num(b)}, {TimeKey::kDay, num(c)}});
      } else if (parts[0].size() <= 2 && parts[1].size() <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12) {
        if (ys.size() == 4)
          add(sym_date_num_, {{TimeKey::kYear, num(c)}, {TimeKey::kMonth, num(b)}, {TimeKey::kDay, num(a)}});
        else if (ys.size() == 2 && (y2 || seps[0] != '.'))
          add(sym_date_num_, {{TimeKey::kYear2, num(c)}, {TimeKey::kMonth, num(b)}, {TimeKey::kDay, num(a)}});
      }
    }
    return;
  }
  if (parts.size() == 2 && seps == "/") {
    int a = 0, b = 0;
    if (parts[0].size() <= 2 && parts[1].size() <= 2 && parse_int(parts[0], &a) &&
        parse_int(parts[1], &b) && a >= 1 && a <= 31 && b >= 1 && b <= 12 &&
        (parts[1].size() == 2 || a >= 13))  // 1/4 is a fraction; 1/04 and 14/3 are dates
      add(sym_daymonth_num_, {{TimeKey::kDay, num(a)}, {TimeKey::kMonth, num(b)}});
  }
}

void TimeTagger::make_units(const Document& doc, const Sentence& s, std::vector<TimeUnit>* units) const {
  units->clear();
  auto adjacent = [&](uint32_t a, uint32_t b) { return doc.tokens[a].span.end == doc.tokens[b].span.begin; };
  // A digit, or an apostrophe and a digit ('19 may be one token).
  auto digit_start = [&](uint32_t k) {
    std::string_view t = doc.token_text(k);
    if (!t.empty() && is_digit(t[0])) return true;
    for (std::string_view q : {"'", "\xE2\x80\x99", "\xE2\x80\x98"})
      if (t.size() > q.size() && t.substr(0, q.size()) == q && is_digit(t[q.size()])) return true;
    return false;
  };
  bool seen_word = false;
  for (uint32_t k = s.first_token; k < s.end_token;) {
    uint32_t end = k + 1;
    std::string_view t = doc.token_text(k);
    bool numeric = digit_start(k);
    if (!numeric && is_apostrophe(t) && end < s.end_token && adjacent(k, end) && digit_start(end)) {
      numeric = true;
      ++end;
    }
    if (numeric) {
      // A number the tokenizer may have split: 15 . 50, 30-6- ' 19.
      while (end < s.end_token && adjacent(end - 1, end)) {
        std::string_view n = doc.token_text(end);
        if (digit_start(end)) {
          ++end;
        } else if ((n == "." || n == ":" || n == "/" || n == "-" || is_apostrophe(n)) &&
                   end + 1 < s.end_token && adjacent(end, end + 1) && digit_start(end + 1)) {
          end += 2;
        } else {
          break;
        }
      }
    } else if (is_apostrophe(t) && end < s.end_token && adjacent(k, end) &&
               (doc.token_text(end) == "s" || doc.token_text(end) == "S") &&
               (end + 1 >= s.end_token || !adjacent(end, end + 1))) {
      ++end;  // 's ochtends
    }
    TimeUnit u;
    u.first_token = k;
    u.end_token = end;
    std::string_view text(doc.text.data() + doc.tokens[k].span.begin,
                          doc.tokens[end - 1].span.end - doc.tokens[k].span.begin);
    lower_into(text, &u.lower);
    u.capitalized = starts_with_capital(text);
    const TokenKind kind = doc.tokens[k].kind;
    bool punct = end == k + 1 && (kind == TokenKind::kPunct || kind == TokenKind::kQuote);
    u.sentence_initial = !seen_word;
    if (!punct) seen_word = true;
    if (numeric) add_shapes(&u);
    units->push_back(std::move(u));
    k = end;
  }
}

namespace {

// How precise the day an anaphoric expression counts from must be: "dat jaar"
// needs a year, "die maand" a month, "die avond" or "een dag later" a day.
int needed_precision(const TimeSpec& s) {
  if (s.unit == "Y" || s.unit == "DE" || s.unit == "CE" || s.m != TimeSpec::kUnset) return 1;
  if (s.unit == "M" || s.unit == "Q" || s.unit == "HY") return 2;
  return 3;
}

// Reads a calendar value ("2019", "2019-06", "2019-06-30T20:00") into *date;
// returns its precision (1 year, 2 month, 3 day) or 0 for anything else.
int calendar_precision(std::string_view v, Date* date) {
  auto digits = [&](size_t at, size_t n, int* out) {
    if (v.size() < at + n) return false;
    int x = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
      x = x * 10 + (v[i] - '0');
    }
    *out = x;
    return true;
  };
  int y = 0, m = 1, d = 1;
  if (!digits(0, 4, &y) || (v.size() > 4 && v[4] != '-')) return 0;
  int precision = 1;
  if (v.size() > 4) {
    if (!digits(5, 2, &m) || m < 1 || m > 12 || (v.size() > 7 && v[7] != '-')) return 0;
    precision = 2;
    if (v.size() > 7) {
      if (!digits(8, 2, &d) || d < 1 || d > 31 || (v.size() > 10 && v[10] != 'T')) return 0;
      precision = 3;
    }
  }
  *date = Date{y, m, d};
  return precision;
}

}  // namespace

void TimeTagger::tag(Document* doc) const {
  std::vector<TimeUnit> units;
  std::vector<GrammarMatch> matches;
  std::vector<std::string_view> words;
  std::vector<bool> taken;
  // A bare clock time ("om 10 uur") falls on the day the text named last, if
  // that was in the last few sentences or is within a week of the DCT (the
  // story's own days); otherwise on the DCT.
  constexpr size_t kAnchorSentences = 4;
  std::optional<Date> anchor;
  size_t anchor_sentence = 0;
  bool anchor_night = false;
  // Anaphoric expressions ("een dag later", "die avond", "december van dat
  // jaar") count from the last calendar value the text resolved, as precise
  // as that value was (1 = year, 2 = month, 3 = day).
  Date story{};
  int story_precision = 0;
  for (size_t si = 0; si < doc->sentences.size(); ++si) {
    const Sentence& sentence = doc->sentences[si];
    if (anchor && si - anchor_sentence > kAnchorSentences) {
      bool near_dct = doc->dct && std::abs(days_from_civil(anchor->year, anchor->month, anchor->day) -
                                           days_from_civil(doc->dct->year, doc->dct->month, doc->dct->day)) <= 7;
      if (!near_dct) anchor.reset();
    }
    make_units(*doc, sentence, &units);
    grammar_.match(units, &matches);
    if (matches.empty()) continue;
    // A blocking rule gives way to an expression that holds all of it, its
    // context included ("{UNIT} later" inside "een dag later").
    std::erase_if(matches, [&](const GrammarMatch& b) {
      if (!b.block) return false;
      return std::any_of(matches.begin(), matches.end(), [&](const GrammarMatch& m) {
        return !m.block && m.ext_begin <= b.begin && m.ext_end >= b.end &&
               m.ext_end - m.ext_begin > b.end - b.begin;
      });
    });
    // Blocking rules first, then the longest expression, then the longer match
    // with its context, then the pattern written first.
    std::sort(matches.begin(), matches.end(), [](const GrammarMatch& a, const GrammarMatch& b) {
      if (a.block != b.block) return a.block;  // "no time expression" rules come first
      uint32_t la = a.ext_end - a.ext_begin, lb = b.ext_end - b.ext_begin;
      if (la != lb) return la > lb;
      if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
      if (a.pattern != b.pattern) return a.pattern < b.pattern;
      return a.ext_begin < b.ext_begin;
    });
    std::vector<const GrammarMatch*> chosen;
    taken.assign(units.size(), false);
    for (const GrammarMatch& m : matches) {
      bool overlaps = false;
      for (uint32_t u = m.ext_begin; u < m.ext_end && !overlaps; ++u) overlaps = taken[u];
      if (overlaps) continue;
      for (uint32_t u = m.ext_begin; u < m.ext_end; ++u) taken[u] = true;
      chosen.push_back(&m);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const GrammarMatch* a, const GrammarMatch* b) { return a->ext_begin < b->ext_begin; });
    words.clear();
    for (const TimeUnit& u : units) words.push_back(u.lower);
    uint32_t prev_end = 0;
    for (const GrammarMatch* m : chosen) {
      if (m->block) {
        prev_end = m->ext_end;
        continue;
      }
      uint32_t begin = m->ext_begin;
      uint32_t mod = grammar_.modifier_before(units, begin);
      if (mod && begin - mod >= prev_end) begin -= mod;
      prev_end = m->ext_end;
      ResolveContext ctx;
      ctx.dct = doc->dct;
      ctx.tense = tense_.tense_at(words, begin, m->ext_end);
      ctx.anchor = anchor;
      // "in de nacht van 13 op 14 augustus, rond 2.40 uur": the small hours
      // after a night fall on its second day.
      const TimeSpec& sp = m->spec;
      if (anchor_night && anchor && sp.h != TimeSpec::kUnset && sp.h + sp.hadj < 6 && sp.part.empty() &&
          sp.rd == TimeSpec::kUnset && sp.wd == TimeSpec::kUnset && sp.d == TimeSpec::kUnset)
        ctx.anchor = civil_from_days(days_from_civil(anchor->year, anchor->month, anchor->day) + 1);
      // "twintig minuten later" keeps its length: the day it falls on says
      // less than the duration does.
      TimeSpec clock_spec;
      const TimeSpec* spec = &m->spec;
      TimexType type = m->type;
      uint32_t ext_end = m->ext_end;
      if (sp.ana && (sp.ago || sp.later) &&
          (sp.unit == "H" || sp.unit == "MIN" || sp.unit == "S" || sp.unit == "QH")) {
        clock_spec = sp;
        clock_spec.ago = clock_spec.later = clock_spec.ana = false;
        spec = &clock_spec;
        type = TimexType::kDuration;
        --ext_end;  // "later" is the signal, not the duration
      }
      if (spec->ana) {
        if (story_precision >= needed_precision(*spec)) {
          ctx.dct = story;
          ctx.anchor = story;
          ctx.tense = Tense::kNone;
        } else {
          ctx.dct.reset();  // nothing to count from: the unknown parts stay X
          ctx.anchor.reset();
        }
      }
      // "is op maandag gesloten" is every Monday; "zal op maandag gesloten
      // zijn" one. (The tense reader takes "is gesloten" for a perfect, so
      // the past stays a set too: "was op maandag gesloten" is as often a habit.)
      if (spec->hab && ctx.tense == Tense::kFuture) type = TimexType::kDate;
      std::optional<Date> day;
      std::string value = normalize(*spec, type, ctx, &day);
      if (value.empty()) continue;
      if (m->type == TimexType::kDate || m->type == TimexType::kTime) {
        int precision = calendar_precision(value, &story);
        if (precision) story_precision = precision;
      }
      if (day) {
        anchor = day;
        anchor_sentence = si;
        // A named night ("zaterdagnacht", "de nacht van 13 op 14 augustus"),
        // not "vannacht", which news uses for the small hours of its own day.
        anchor_night = value.ends_with("TNI") && spec->rd == TimeSpec::kUnset;
      }
      Timex t;
      t.first_token = units[begin].first_token;
      t.end_token = units[ext_end - 1].end_token;
      t.span = doc->token_range(t.first_token, t.end_token);
      t.type = type;
      t.value = std::move(value);
      doc->timexes.push_back(std::move(t));
    }
  }
}

}  // namespace kroniek
