// Direct quotes by their quotation marks.
//
//   std::vector<QuotedSpan> spans = find_quoted_spans(text);
//
// Works on the raw text, not on tokens, so it does not depend on how the
// tokenizer splits ",," or "zo'n". Every mark is judged by its neighbours:
// it can open when text follows it and no letter precedes it, close when text
// precedes it and no letter follows. Marks fall into two families (single:
// ' ‘ ’ ‚, double: " “ ” „ « » ,, ''); an open quote is closed by the next
// closing mark of its family and marks of the other family inside it are
// nested quotes, which are not reported. A quote left open at the end of a
// paragraph ends there: newspapers reopen a quote that runs on into the next
// paragraph with a new opening mark.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kroniek {

struct QuotedSpan {
  uint32_t open = 0;         // byte offset of the opening mark
  uint32_t begin = 0;        // first byte inside the marks
  uint32_t end = 0;          // first byte of the closing mark (or the paragraph end)
  uint32_t close_end = 0;    // first byte after the closing mark (== end when unclosed)
  bool closed = true;        // false: ran to the end of its paragraph
};

std::vector<QuotedSpan> find_quoted_spans(std::string_view text);

}  // namespace kroniek
