#include "time/normalizer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

namespace kroniek {
namespace {

constexpr int kUnset = TimeSpec::kUnset;

// kPresent: on or after now, unless one fell within `recent` before now
// ("de cijfers over september" in October is last September).
enum class Dir { kNearest, kPastIncl, kFutureIncl, kPrevStrict, kNextStrict, kPresent };

std::string fmt(const char* f, int a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a);
  return buf;
}
std::string fmt(const char* f, int a, int b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a, b);
  return buf;
}
std::string fmt(const char* f, int a, int b, int c) {
  char buf[40];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string date_str(const Date& d) { return fmt("%04d-%02d-%02d", d.year, d.month, d.day); }

std::string week_str(int64_t days) {
  // ISO week: the week belongs to the year of its Thursday.
  int64_t thursday = days - iso_weekday(days) + 4;
  Date t = civil_from_days(thursday);
  int64_t jan1 = days_from_civil(t.year, 1, 1);
  int week = static_cast<int>((thursday - jan1) / 7 + 1);
  return fmt("%04d-W%02d", t.year, week);
}

// Picks among candidates (as day numbers or month indices) the one that fits
// the direction relative to `now`.
template <typename T>
std::optional<T> pick(const std::vector<T>& cands, T now, Dir dir, T recent = 0) {
  if (dir == Dir::kPresent) {
    for (T c : cands)
      if (c < now && now - c <= recent) return c;
    dir = Dir::kFutureIncl;
  }
  std::optional<T> best;
  for (T c : cands) {
    bool ok = true;
    switch (dir) {
      case Dir::kPastIncl: ok = c <= now; break;
      case Dir::kFutureIncl: ok = c >= now; break;
      case Dir::kPrevStrict: ok = c < now; break;
      case Dir::kNextStrict: ok = c > now; break;
      case Dir::kNearest:
      case Dir::kPresent: break;
    }
    if (!ok) continue;
    if (!best) {
      best = c;
      continue;
    }
    T dc = c > now ? c - now : now - c, db = *best > now ? *best - now : now - *best;
    if (dc < db) best = c;
  }
  return best;
}

// A present-tense clause reads as future for months, seasons, holidays and
// dates ("In maart publiceert de ECB ..."), but a bare weekday in the present
// is as often a report of the last days, so it takes the nearest one.
Dir direction(const TimeSpec& s, Tense tense) {
  if (s.dir == "prev") return Dir::kPrevStrict;
  if (s.dir == "next") return Dir::kNextStrict;
  if (s.dir == "past") return Dir::kPastIncl;
  switch (tense) {
    case Tense::kPast: return Dir::kPastIncl;
    case Tense::kFuture: return Dir::kFutureIncl;
    case Tense::kPresent:
      return s.wd != TimeSpec::kUnset || s.unit == "WE" ? Dir::kFutureIncl : Dir::kPresent;
    case Tense::kNone: break;
  }
  return s.wd != TimeSpec::kUnset || s.unit == "WE" ? Dir::kNearest : Dir::kPresent;
}

int expand_year2(int y2, const std::optional<Date>& dct) {
  int pivot = dct ? dct->year % 100 + 10 : 30;
  return y2 <= pivot ? 2000 + y2 : 1900 + y2;
}

// The day of a holiday in a year; nullopt for an unknown name.
std::optional<int64_t> holiday_day(const std::string& h, int year) {
  if (h.size() == 5 && h[2] == '-') {
    int m = std::atoi(h.substr(0, 2).c_str()), d = std::atoi(h.substr(3).c_str());
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(year, m)) return std::nullopt;
    return days_from_civil(year, m, d);
  }
  if (h.size() >= 3 && h[0] == 'E' && (h[1] == '+' || h[1] == '-')) {
    Date e = easter_sunday(year);
    int off = std::atoi(h.c_str() + 2);
    return days_from_civil(e.year, e.month, e.day) + (h[1] == '-' ? -off : off);
  }
  auto nth_weekday = [&](int m, int wd, int nth) {
    int64_t first = days_from_civil(year, m, 1);
    int64_t d = first + ((wd - iso_weekday(first)) + 7) % 7;
    return d + 7 * (nth - 1);
  };
  if (h == "koningsdag") {
    int64_t d = days_from_civil(year, 4, 27);
    return iso_weekday(d) == 7 ? d - 1 : d;  // moved to Saturday when on a Sunday
  }
  if (h == "prinsjesdag") return nth_weekday(9, 2, 3);
  if (h == "moederdag") return nth_weekday(5, 7, 2);
  if (h == "vaderdag") return nth_weekday(6, 7, 3);
  return std::nullopt;
}

std::string duration_value(const TimeSpec& s) {
  std::string unit = s.unit;
  double n = s.n < 0 ? 1 : s.n;
  if (s.plus_half) n += 0.5;
  if (unit == "Q") { unit = "M"; n *= 3; }
  if (unit == "HY") { unit = "M"; n *= 6; }
  if (unit == "ED") unit = "D";
  if (unit == "QH") { unit = "MIN"; n *= 15; }
  bool time = unit == "H" || unit == "MIN" || unit == "S";
  std::string designator = unit == "MIN" ? "M" : unit;
  std::string prefix = time ? "PT" : "P";
  if (s.n_unknown) return prefix + "X" + designator;
  if (n != std::floor(n)) {
    // A fraction goes to the next smaller unit when that makes it whole.
    if (unit == "Y" && n * 12 == std::floor(n * 12)) return fmt("P%dM", static_cast<int>(n * 12));
    if (unit == "W" && n * 7 == std::floor(n * 7)) return fmt("P%dD", static_cast<int>(n * 7));
    if (unit == "D" && n * 24 == std::floor(n * 24)) return fmt("PT%dH", static_cast<int>(n * 24));
    if (unit == "H") {
      int whole = static_cast<int>(n), minutes = static_cast<int>(std::lround((n - whole) * 60));
      return whole ? fmt("PT%dH%dM", whole, minutes) : fmt("PT%dM", minutes);
    }
    if (unit == "MIN") return fmt("PT%dM", static_cast<int>(n)) + fmt("%dS", static_cast<int>((n - std::floor(n)) * 60));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", n);
    return prefix + buf + designator;
  }
  return prefix + std::to_string(static_cast<long long>(n)) + designator;
}

std::string set_value(const TimeSpec& s) {
  if (s.wd != kUnset) return fmt("XXXX-WXX-%d", s.wd) + (s.part.empty() ? "" : "T" + s.part);
  if (!s.part.empty()) return "XXXX-XX-XXT" + s.part;
  if (!s.season.empty()) return "XXXX-" + s.season;
  return duration_value(s);
}

std::string time_suffix(const TimeSpec& s) {
  if (s.h != kUnset) {
    int h = s.h + s.hadj;
    if (h < 0) h += 24;
    if ((s.part == "AF" || s.part == "EV") && h < 12) h += 12;
    if ((s.part == "MO" || s.part == "NI") && h > 12) h -= 12;
    if (s.part == "NI" && h >= 6 && h < 12) h += 12;
    return fmt("T%02d:%02d", h, s.min == kUnset ? 0 : s.min);
  }
  if (!s.part.empty()) return "T" + s.part;
  return "";
}

// Shifts by n whole units from the DCT.
std::string shifted(const Date& dct, const std::string& unit, int n) {
  int64_t today = days_from_civil(dct.year, dct.month, dct.day);
  if (unit == "Y") return fmt("%04d", dct.year + n);
  if (unit == "M") {
    int idx = dct.year * 12 + (dct.month - 1) + n;
    return fmt("%04d-%02d", idx / 12, idx % 12 + 1);
  }
  if (unit == "Q") {
    int idx = dct.year * 4 + (dct.month - 1) / 3 + n;
    return fmt("%04d-Q%d", idx / 4, idx % 4 + 1);
  }
  if (unit == "HY") {
    int idx = dct.year * 2 + (dct.month - 1) / 6 + n;
    return fmt("%04d-H%d", idx / 2, idx % 2 + 1);
  }
  if (unit == "W") return week_str(today + 7 * n);
  if (unit == "WE") return week_str(today + 7 * n) + "-WE";
  if (unit == "DE") return fmt("%03d", dct.year / 10 + n);
  if (unit == "CE") return fmt("%02d", dct.year / 100 + n);
  if (unit == "D" || unit == "ED") return date_str(civil_from_days(today + n));
  return date_str(dct);  // hours and minutes: the day they fall on
}

}  // namespace

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int iso_weekday(int64_t days) {
  // 1970-01-01 was a Thursday.
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

Date easter_sunday(int year) {
  // The anonymous Gregorian computus (Meeus/Jones/Butcher).
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

std::string normalize(const TimeSpec& s, TimexType type, const ResolveContext& ctx,
                      std::optional<Date>* day_out) {
  day_out->reset();
  if (!s.ref.empty()) return s.ref;
  if (type == TimexType::kDuration) return duration_value(s);
  if (type == TimexType::kSet) return set_value(s);

  const std::optional<Date>& dct = ctx.dct;
  const Dir dir = direction(s, ctx.tense);
  int year = s.y;
  if (year == kUnset && s.y2 != kUnset) year = expand_year2(s.y2, dct);
  if (year == kUnset && s.yrel != kUnset && dct) year = dct->year + s.yrel;
  const int64_t today = dct ? days_from_civil(dct->year, dct->month, dct->day) : 0;

  if (s.ago || s.later) {
    if (s.n_unknown) return s.ago ? "PAST_REF" : "FUTURE_REF";
    double n = s.n < 0 ? 1 : s.n;
    std::string unit = s.unit;
    if (n != std::floor(n)) {
      if (unit == "Y") { unit = "M"; n *= 12; }
      else if (unit == "M" || unit == "W") { unit = "D"; n *= unit == "M" ? 30 : 7; }
      else if (unit == "D") { unit = "H"; n *= 24; }
      n = std::round(n);
    }
    int k = static_cast<int>(n) * (s.ago ? -1 : 1);
    if (!dct) {
      if (unit == "Y") return "XXXX";
      if (unit == "M") return "XXXX-XX";
      if (unit == "W") return "XXXX-WXX";
      return "XXXX-XX-XX";
    }
    if (unit == "D" || unit == "ED") *day_out = civil_from_days(today + k);
    if (unit == "H" || unit == "MIN" || unit == "S" || unit == "QH") *day_out = dct;
    return shifted(*dct, unit, k);
  }

  // A calendar day, when the expression names one.
  std::optional<int64_t> day;
  bool unresolved_day = false;
  if (s.rd != kUnset) {
    if (dct) day = today + s.rd;
    else unresolved_day = true;
  } else if (s.d != kUnset && s.m != kUnset) {
    auto of_year = [&](int y) -> std::optional<int64_t> {
      if (s.d > days_in_month(y, s.m)) return std::nullopt;
      return days_from_civil(y, s.m, s.d);
    };
    if (year != kUnset) {
      day = of_year(year);
      if (!day) return "";
    } else if (dct) {
      std::vector<int64_t> cands;
      for (int y = dct->year - 1; y <= dct->year + 1; ++y)
        if (auto c = of_year(y)) cands.push_back(*c);
      // "donderdag 7 december": the year in which the day is that weekday,
      // whatever the tense says.
      Dir date_dir = dir;
      if (s.wd != kUnset && std::any_of(cands.begin(), cands.end(), [&](int64_t c) { return iso_weekday(c) == s.wd; })) {
        std::erase_if(cands, [&](int64_t c) { return iso_weekday(c) != s.wd; });
        date_dir = Dir::kNearest;
      }
      day = pick(cands, today, date_dir, int64_t{10});
    } else {
      return fmt("XXXX-%02d-%02d", s.m, s.d) + time_suffix(s);
    }
  } else if (s.wd != kUnset) {
    if (!dct) return fmt("XXXX-WXX-%d", s.wd) + time_suffix(s);
    if (s.unit == "W" && s.rel != kUnset) {
      day = today - iso_weekday(today) + 1 + 7 * s.rel + (s.wd - 1);
    } else {
      std::vector<int64_t> cands;
      for (int64_t c = today - 7; c <= today + 7; ++c)
        if (iso_weekday(c) == s.wd) cands.push_back(c);
      day = pick(cands, today, dir);
    }
  } else if (!s.holiday.empty()) {
    if (year != kUnset) {
      day = holiday_day(s.holiday, year);
    } else if (dct) {
      std::vector<int64_t> cands;
      for (int y = dct->year - 1; y <= dct->year + 1; ++y)
        if (auto c = holiday_day(s.holiday, y)) cands.push_back(*c);
      day = pick(cands, today, dir, int64_t{10});
    } else {
      return "XXXX-XX-XX";
    }
    if (!day) return "";
  }
  if (day) {
    Date d = civil_from_days(*day);
    *day_out = d;
    return date_str(d) + time_suffix(s);
  }
  if (unresolved_day) return "XXXX-XX-XX" + time_suffix(s);

  if (s.m != kUnset) {
    if (year != kUnset) return fmt("%04d-%02d", year, s.m);
    if (!dct) return fmt("XXXX-%02d", s.m);
    std::vector<int> cands;
    for (int y = dct->year - 1; y <= dct->year + 1; ++y) cands.push_back(y * 12 + s.m - 1);
    auto best = pick(cands, dct->year * 12 + dct->month - 1, dir, 2);
    if (!best) return "";
    return fmt("%04d-%02d", *best / 12, *best % 12 + 1);
  }
  if (!s.season.empty()) {
    if (year == kUnset) {
      if (!dct) return "XXXX-" + s.season;
      // A season counts from its middle month, so "de zomer" in July is this summer.
      int mid = s.season == "SP" ? 4 : s.season == "SU" ? 7 : s.season == "FA" ? 10 : 1;
      std::vector<int> cands;
      for (int y = dct->year - 1; y <= dct->year + 1; ++y) {
        int idx = y * 12 + mid - 1;
        // Winter straddles the new year: "winter 2019" is December 2019 - February 2020.
        if (s.season == "WI") idx = y * 12 + 12;
        cands.push_back(idx);
      }
      int now = dct->year * 12 + dct->month - 1;
      std::optional<int> best;
      if (dir == Dir::kNextStrict) {
        // "komend voorjaar" on 13 March is this spring: the next season that
        // has not begun yet (seasons begin around the 21st of their month).
        int start = s.season == "SP" ? 3 : s.season == "SU" ? 6 : s.season == "FA" ? 9 : 12;
        bool begun = dct->month > start || (dct->month == start && dct->day >= 21);
        best = (dct->year + (begun ? 1 : 0)) * 12 + (s.season == "WI" ? 12 : mid - 1);
      } else if (dir == Dir::kPrevStrict) {
        // "vorige zomer" in August is last year's: the season must be over.
        best = pick(cands, now - 1, dir);
      } else {
        best = pick(cands, now, dir, 2);
        // Within a season's months it is this season, whatever the tense.
        for (int c : cands)
          if (std::abs(c - now) <= 1) best = c;
      }
      if (!best) return "";
      year = s.season == "WI" ? (*best - 12) / 12 : *best / 12;
    } else if (s.season == "WI" && s.yrel == 0 && s.y == kUnset && s.y2 == kUnset && dct &&
               dct->month <= 3) {
      year = dct->year - 1;  // "deze winter" in January began last December
    }
    return fmt("%04d-", year) + s.season;
  }
  // A quarter or half-year without a year: this year's, unless the past
  // tense says it must already have begun. (A future verb is most often the
  // publishing of figures on a quarter that is over: no shift forward.)
  // Nor does one that would begin half a year or more from now: in January
  // "het vierde kwartaal" is the one just over, whatever the verb.
  auto period_year = [&](int first_month) {
    if (dir == Dir::kPastIncl && first_month > dct->month) return dct->year - 1;
    if (first_month - dct->month >= 6) return dct->year - 1;
    return dct->year;
  };
  if (s.q != kUnset) {
    int q = s.q > 4 ? 4 : s.q;
    if (year == kUnset) {
      if (!dct) return fmt("XXXX-Q%d", q);
      year = period_year(3 * q - 2);
    }
    return fmt("%04d-Q%d", year, q);
  }
  if (s.half != kUnset) {
    int h = s.half > 2 ? 2 : s.half;
    if (year == kUnset) {
      if (!dct) return fmt("XXXX-H%d", h);
      year = period_year(6 * h - 5);
    }
    return fmt("%04d-H%d", year, h);
  }
  if (s.dec != kUnset) return fmt("19%d", s.dec);
  if (s.decy != kUnset) {
    if (s.decy % 10 != 0) return "";  // "de jaren 1933-1939" are years, not a decade
    if (s.decy_digits >= 3) return fmt("%03d", s.decy / 10);
    return s.decy == 0 ? std::string("200") : fmt("19%d", s.decy / 10);
  }
  if (s.cent != kUnset) return fmt("%02d", s.cent - 1);
  if (!s.unit.empty() && (s.rel != kUnset || s.unit == "WE")) {
    if (!dct) {
      if (s.unit == "Y") return "XXXX";
      if (s.unit == "M") return "XXXX-XX";
      if (s.unit == "W") return "XXXX-WXX";
      if (s.unit == "WE") return "XXXX-WXX-WE";
      return "XXXX-XX-XX";
    }
    if (s.unit == "WE") {
      // A weekend is named by its Saturday.
      Dir d = s.rel == -1 ? Dir::kPrevStrict : s.rel == 1 ? Dir::kNextStrict : dir;
      int wd = iso_weekday(today);
      if (s.rel != -1 && s.rel != 1 && wd >= 6) return week_str(today) + "-WE";
      if (s.rel == 1 && wd >= 6) return week_str(today) + "-WE";
      if (s.rel == -1 && wd >= 6) return week_str(today - 7) + "-WE";
      std::vector<int64_t> cands;
      for (int64_t c = today - 8; c <= today + 8; ++c)
        if (iso_weekday(c) == 6) cands.push_back(c);
      auto best = pick(cands, today, d);
      if (!best) return "";
      return week_str(*best) + "-WE";
    }
    if (s.unit == "D") *day_out = civil_from_days(today + s.rel);
    return shifted(*dct, s.unit, s.rel);
  }
  if (year != kUnset) return fmt("%04d", year);
  if (s.h != kUnset || !s.part.empty()) {
    std::optional<Date> base = ctx.anchor ? ctx.anchor : dct;
    if (!base) return "XXXX-XX-XX" + time_suffix(s);
    *day_out = base;
    return date_str(*base) + time_suffix(s);
  }
  return "";
}

}  // namespace kroniek
