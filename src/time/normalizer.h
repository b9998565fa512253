// The normaliser: turns a TimeSpec into a TIMEX3 value, resolving relative
// expressions against the publication date (DCT) and the tense of the
// sentence.
//
//   ResolveContext ctx{dct, Tense::kPast, anchor};
//   std::string v = normalize(spec, TimexType::kDate, ctx, &day);  // "2019-06-30"
//
// Without a DCT nothing relative is resolved: the unknown parts are X
// ("XXXX-WXX-7" for "zondag", "XXXX-06" for "juni", "XXXX-XX-XX" for
// "gisteren"); absolute dates, durations and sets keep their values.
#pragma once

#include <optional>
#include <string>

#include "kroniek/document.h"
#include "time/time_spec.h"

namespace kroniek {

enum class Tense : uint8_t {
  kNone,    // present tense or no verb found: the nearest fitting date
  kPast,    // past tense or present perfect: on or before the DCT
  kFuture,  // zal/zullen/gaan + infinitive: on or after the DCT
  kPresent, // a present-tense verb in the clause: weekdays on or after the DCT
};

struct ResolveContext {
  std::optional<Date> dct;
  Tense tense = Tense::kNone;
  std::optional<Date> anchor;  // the day the text spoke of last, for bare clock times
};

// `day` receives the calendar day the expression names, when it names one.
std::string normalize(const TimeSpec& spec, TimexType type, const ResolveContext& ctx,
                      std::optional<Date>* day);

// Date arithmetic shared with the tests.
int64_t days_from_civil(int y, int m, int d);
Date civil_from_days(int64_t z);
int iso_weekday(int64_t days);  // Monday = 1
Date easter_sunday(int year);   // Gregorian calendar

}  // namespace kroniek
