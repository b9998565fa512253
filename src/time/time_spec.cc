#include "time/time_spec.h"

#include <charconv>

namespace kroniek {
namespace {

constexpr std::string_view kKeyNames[] = {
    "y", "y2", "m", "d", "wd", "h", "min", "hadj", "part", "rd", "unit", "rel", "yrel", "n",
    "plushalf", "q", "half", "season", "dec", "decy", "cent", "hol", "ref", "dir", "ago",
    "later", "set", "hab", "ana"};
static_assert(std::size(kKeyNames) == static_cast<size_t>(TimeKey::kCount_));

bool to_int(std::string_view s, int* v) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty() || s.size() > 9) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

bool parse_time_key(std::string_view name, TimeKey* key) {
  for (size_t i = 0; i < std::size(kKeyNames); ++i) {
    if (kKeyNames[i] == name) {
      *key = static_cast<TimeKey>(i);
      return true;
    }
  }
  return false;
}

bool TimeSpec::set_field(TimeKey key, std::string_view v) {
  auto num = [&](int* f) { return to_int(v, f); };
  switch (key) {
    case TimeKey::kYear: return num(&y);
    case TimeKey::kYear2: return num(&y2);
    case TimeKey::kMonth: return num(&m) && m >= 1 && m <= 12;
    case TimeKey::kDay: return num(&d) && d >= 1 && d <= 31;
    case TimeKey::kWeekday: return num(&wd) && wd >= 1 && wd <= 7;
    case TimeKey::kHour: return num(&h) && h >= 0 && h <= 24;
    case TimeKey::kMinute: return num(&min) && min >= 0 && min <= 59;
    case TimeKey::kHourAdjust: return num(&hadj);
    case TimeKey::kPart:
      if (v != "MO" && v != "AF" && v != "EV" && v != "NI") return false;
      part = v;
      return true;
    case TimeKey::kRelDay: return num(&rd);
    case TimeKey::kUnit:
      for (std::string_view u : {"S", "MIN", "H", "QH", "D", "ED", "W", "WE", "M", "Q", "HY", "Y", "DE", "CE"})
        if (v == u) {
          unit = v;
          return true;
        }
      return false;
    case TimeKey::kRel: return num(&rel);
    case TimeKey::kYearRel: return num(&yrel);
    case TimeKey::kCount: {
      if (v == "X") {
        n_unknown = true;
        return true;
      }
      // Counts are small: whole numbers or one decimal (1.5).
      int whole = 0;
      size_t dot = v.find('.');
      if (!to_int(v.substr(0, dot), &whole) || whole < 0) return false;
      n = whole;
      if (dot != std::string_view::npos) {
        int frac = 0;
        std::string_view f = v.substr(dot + 1);
        if (f.size() != 1 || !to_int(f, &frac)) return false;
        n += frac / 10.0;
      }
      return true;
    }
    case TimeKey::kPlusHalf: plus_half = true; return true;
    case TimeKey::kQuarter: return num(&q) && q >= 1;
    case TimeKey::kHalf: return num(&half) && half >= 1;
    case TimeKey::kSeason:
      if (v != "SP" && v != "SU" && v != "FA" && v != "WI") return false;
      season = v;
      return true;
    case TimeKey::kDecade: return num(&dec);
    case TimeKey::kDecadeYear: {
      std::string_view digits = v;
      while (!digits.empty() && (digits[0] == '\'' || static_cast<unsigned char>(digits[0]) >= 0x80))
        digits.remove_prefix(1);
      decy_digits = static_cast<int>(digits.size());
      return num(&decy) || to_int(digits, &decy);
    }
    case TimeKey::kCentury: return num(&cent) && cent >= 1 && cent <= 40;
    case TimeKey::kHoliday: holiday = v; return true;
    case TimeKey::kRef: ref = v; return true;
    case TimeKey::kDir: dir = v; return true;
    case TimeKey::kAgo: ago = true; return true;
    case TimeKey::kLater: later = true; return true;
    case TimeKey::kSet: set = true; return true;
    case TimeKey::kHab: hab = true; return true;
    case TimeKey::kAna: ana = true; return true;
    case TimeKey::kCount_: break;
  }
  return false;
}

}  // namespace kroniek
