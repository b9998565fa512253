#include "quotes/quote_marks.h"

#include <algorithm>

#include "text/utf8.h"

namespace kroniek {
namespace {

enum class Family : uint8_t { kNone, kSingle, kDouble };
enum class Shape : uint8_t { kNeutral, kOpening, kClosing };

enum class Around : uint8_t { kSpace, kAlnum, kPunct };

struct Mark {
  uint32_t begin, end;
  Family family;
  bool can_open, can_close;
  Shape shape;
};

bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  // Everything above ASCII that is not punctuation or a space counts as a letter:
  // accented Latin, Greek, Cyrillic.
  return !(c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0xAB || c == 0xBB || c == 0x3000);
}

Around classify(char32_t c) {
  if (c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F)
    return Around::kSpace;
  return is_letter_or_digit(c) ? Around::kAlnum : Around::kPunct;
}

// Elisions and years that start with an apostrophe: 's avonds, 't, 'n, '90.
bool is_elision(std::string_view text, size_t after) {
  size_t i = after;
  if (i >= text.size()) return false;
  char c = text[i];
  if (c >= '0' && c <= '9') {
    size_t n = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++n;
    return n == 2 && (i >= text.size() || !is_letter_or_digit(static_cast<unsigned char>(text[i])));
  }
  if (c == 's' || c == 't' || c == 'n' || c == 'k' || c == 'm') {
    ++i;
    if (i >= text.size()) return true;
    size_t j = i;
    char32_t d = next_code_point(text, j);
    return !is_letter_or_digit(d);
  }
  return false;
}

}  // namespace

std::vector<QuotedSpan> find_quoted_spans(std::string_view text) {
  // 1. Collect the marks and the paragraph breaks.
  std::vector<Mark> marks;
  std::vector<uint32_t> paragraph_ends;    // byte offset where each paragraph's text ends
  std::vector<uint32_t> paragraph_starts;  // byte offset of each paragraph's first character
  bool at_paragraph_start = true;
  char32_t prev = 0;
  size_t i = 0;
  uint32_t last_non_space = 0;
  int newlines = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = next_code_point(text, i);
    if (c == '\n') {
      if (++newlines == 2) paragraph_ends.push_back(last_non_space);
      if (newlines == 2) at_paragraph_start = true;
    } else if (classify(c) != Around::kSpace) {
      newlines = 0;
      if (at_paragraph_start) paragraph_starts.push_back(static_cast<uint32_t>(start));
      at_paragraph_start = false;
    }
    Family family = Family::kNone;
    Shape shape = Shape::kNeutral;
    size_t end = i;
    switch (c) {
      case '\'':
        family = Family::kSingle;
        if (i < text.size() && text[i] == '\'') {  // '' closes like ”
          family = Family::kDouble;
          shape = Shape::kClosing;
          end = i + 1;
        }
        break;
      case U'‘': family = Family::kSingle; shape = Shape::kOpening; break;
      case U'’': family = Family::kSingle; break;  // also opens: ’happy’
      case U'‚': family = Family::kSingle; shape = Shape::kOpening; break;
      case '"': family = Family::kDouble; break;
      case U'“': family = Family::kDouble; break;  // opens, but closes after „
      case U'”': family = Family::kDouble; shape = Shape::kClosing; break;
      case U'„': case U'«': family = Family::kDouble; shape = Shape::kOpening; break;
      case U'»': family = Family::kDouble; shape = Shape::kClosing; break;
      case ',':
        if (i < text.size() && text[i] == ',') {
          family = Family::kDouble;
          shape = Shape::kOpening;
          end = i + 1;
        }
        break;
      default: break;
    }
    if (family == Family::kNone) {
      if (classify(c) != Around::kSpace) last_non_space = static_cast<uint32_t>(i);
      prev = c;
      continue;
    }
    size_t j = end;
    char32_t next = j < text.size() ? next_code_point(text, j) : 0;
    Around left = classify(prev), right = classify(next);
    Mark m{static_cast<uint32_t>(start), static_cast<uint32_t>(end), family, false, false, shape};
    m.can_open = right != Around::kSpace && left != Around::kAlnum;
    m.can_close = left != Around::kSpace && right != Around::kAlnum;
    if (family == Family::kSingle && m.can_open && is_elision(text, end)) m.can_open = false;
    if (m.can_open && m.can_close) {  // glued on both sides: the glyph decides
      if (shape == Shape::kOpening) m.can_close = false;
      if (shape == Shape::kClosing) m.can_open = false;
    }
    if (shape == Shape::kOpening) m.can_close = false;
    // A stray space before a closing mark: "…beleid. ", zei hij." No quote
    // starts with a comma or a full stop.
    if (shape != Shape::kOpening && left == Around::kSpace &&
        (next == ',' || next == '.' || next == ';' || next == ':' || next == '!' || next == '?')) {
      m.can_open = false;
      m.can_close = true;
    }
    if (m.can_open || m.can_close) marks.push_back(m);
    i = end;
    last_non_space = static_cast<uint32_t>(end);
    prev = c == ',' ? U'„' : c;  // the second , of ,, is part of the mark
  }
  paragraph_ends.push_back(last_non_space);

  // 2. Pair them, one quote open at a time; the other family nests inside.
  std::vector<QuotedSpan> out;
  size_t para = 0;
  bool open = false;
  Mark opener{};
  auto paragraph_end_of = [&](uint32_t pos) {
    while (para < paragraph_ends.size() && paragraph_ends[para] < pos) ++para;
    return para < paragraph_ends.size() ? paragraph_ends[para] : static_cast<uint32_t>(text.size());
  };
  uint32_t open_para_end = 0;
  // An unclosed quote is kept when it looks like one: it starts its paragraph
  // or follows a colon, or the next paragraph opens with a mark of its family.
  auto plausible = [&](const Mark& o, const Mark* next) {
    size_t k = o.begin;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k == 0 || text[k - 1] == '\n' || text[k - 1] == ':') return true;
    if (!next || !next->can_open || next->family != o.family) return false;
    auto it = std::lower_bound(paragraph_starts.begin(), paragraph_starts.end(), next->begin);
    return it != paragraph_starts.end() && *it == next->begin;
  };
  for (const Mark& m : marks) {
    if (open && m.begin > open_para_end) {
      // Unclosed at the paragraph end: the quote stops there.
      if (open_para_end > opener.end && plausible(opener, &m))
        out.push_back({opener.begin, opener.end, open_para_end, open_para_end, false});
      open = false;
    }
    if (open) {
      if (m.family != opener.family) continue;  // nested quote of the other family
      if (m.can_close) {
        out.push_back({opener.begin, opener.end, m.begin, m.end, true});
        open = false;
      } else if (m.can_open) {
        // A second opening mark before any close: the first was stray.
        opener = m;
        open_para_end = paragraph_end_of(m.begin);
      }
      continue;
    }
    if (m.can_open) {
      opener = m;
      open = true;
      open_para_end = paragraph_end_of(m.begin);
    }
  }
  if (open && open_para_end > opener.end && plausible(opener, nullptr))
    out.push_back({opener.begin, opener.end, open_para_end, open_para_end, false});
  return out;
}

}  // namespace kroniek
