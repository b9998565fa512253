// TimeSpec: what the recogniser understood of one time expression, before it
// is resolved against the publication date. The grammar's actions fill it
// (key=value fields, see grammar/patterns.tsv); the normaliser turns it into
// a TIMEX3 value.
#pragma once

#include <climits>
#include <string>
#include <string_view>

namespace kroniek {

enum class TimeKey : uint8_t {
  kYear,     // y=2019
  kYear2,    // y2=19 ('19)
  kMonth,    // m=6
  kDay,      // d=30
  kWeekday,  // wd=1..7 (Monday = 1)
  kHour,     // h=15
  kMinute,   // min=50
  kHourAdjust,  // hadj=-1 (half negen = 8:30)
  kPart,     // part=MO|AF|EV|NI
  kRelDay,   // rd=-1 (gisteren)
  kUnit,     // unit=D|W|WE|M|Q|HY|Y|DE|CE|H|MIN|S|QH|ED
  kRel,      // rel=-1 (vorige week: with unit)
  kYearRel,  // yrel=-1 (27 juli vorig jaar)
  kCount,    // n=2, n=1.5, n=X
  kPlusHalf, // plushalf=1 (twee en een half jaar)
  kQuarter,  // q=1
  kHalf,     // half=1
  kSeason,   // season=SP|SU|FA|WI
  kDecade,   // dec=9 (de jaren negentig)
  kDecadeYear,  // decy=90, 1990, '90
  kCentury,  // cent=20 (ordinal: de twintigste eeuw)
  kHoliday,  // hol=12-25, hol=E+49 (Easter-relative), hol=koningsdag
  kRef,      // ref=PRESENT_REF|PAST_REF|FUTURE_REF
  kDir,      // dir=prev|next (strictly before/after the DCT), dir=past (on or before)
  kAgo,      // ago=1 (twee weken geleden)
  kLater,    // later=1 (over twee weken)
  kSet,      // set=1 (elke maandag)
  kHab,      // hab=1 (op maandag gesloten): a SET, a date with a future verb
  kAna,      // ana=1 (een dag later, die avond): counts from the day the text spoke of last
  kCount_,   // number of keys
};

// Parses a key name ("wd"); false if unknown.
bool parse_time_key(std::string_view name, TimeKey* key);

struct TimeSpec {
  static constexpr int kUnset = INT_MIN;
  int y = kUnset, y2 = kUnset, m = kUnset, d = kUnset, wd = kUnset, h = kUnset, min = kUnset;
  int hadj = 0, rd = kUnset, rel = kUnset, yrel = kUnset, q = kUnset, half = kUnset;
  int dec = kUnset, decy = kUnset, decy_digits = 0, cent = kUnset;
  double n = -1;          // count; -1 unset
  bool n_unknown = false; // n=X
  bool plus_half = false, ago = false, later = false, set = false, hab = false, ana = false;
  std::string part, unit, season, holiday, ref, dir;

  // Sets one field from its text; false if the text does not fit the key.
  bool set_field(TimeKey key, std::string_view value);
};

}  // namespace kroniek
