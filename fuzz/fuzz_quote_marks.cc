// Any valid UTF-8 through the quote-mark finder: never a crash, spans in
// order, inside the text, not overlapping, and each begins right after its
// opening mark.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "quotes/quote_marks.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kroniek;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text) != std::string_view::npos) return 0;
  uint32_t prev = 0;
  for (const QuotedSpan& q : find_quoted_spans(text)) {
    if (q.open < prev || q.open >= q.begin || q.begin > q.end || q.end > q.close_end || q.close_end > size) std::abort();
    if (q.closed != (q.close_end > q.end)) std::abort();
    prev = q.close_end;
  }
  return 0;
}
