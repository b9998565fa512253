// Design: one left-to-right pass over the bytes. Whitespace separates chunks;
// inside a chunk a hand-written scanner peels off one token at a time
// (quotation marks, punctuation, URLs, e-mail addresses, hashtags, handles,
// emoji, and words/numbers with their inner connectors). Every decision looks
// at most a small, bounded distance ahead, and every step consumes what it
// looked at, so the pass is linear even on one gigantic line. ASCII goes
// through a table; other code points through classify(). Code-point offsets
// come from a cursor that only moves forward.
//
// Sentences are a second pass over the tokens: . ! ? … end a sentence when a
// clear sentence start follows (a capital, a digit, an opening quote before a
// capital); closing quotes and brackets stay with the sentence they close;
// line breaks end headlines; blank lines always end a sentence.
#include "tokenize/tokenizer.h"

#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/embedded.h"
#include "tokenize/char_class.h"

KRONIEK_EMBEDDED(kroniek_abbreviations)

namespace kroniek {
namespace {

enum class Abbrev : uint8_t { kNone, kNonFinal, kFinal };

class AbbreviationTable {
 public:
  AbbreviationTable() {
    std::string_view data = kroniek_abbreviations();
    while (!data.empty()) {
      size_t nl = data.find('\n');
      std::string_view line = data.substr(0, nl);
      data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos || tab + 1 >= line.size()) continue;
      map_[line.substr(0, tab)] = line[tab + 1] == 'e' ? Abbrev::kFinal : Abbrev::kNonFinal;
    }
  }
  // `word` without its final full stop.
  Abbrev find(std::string_view word) const {
    if (word.size() > 12) return Abbrev::kNone;
    auto it = map_.find(word);
    return it == map_.end() ? Abbrev::kNone : it->second;
  }

 private:
  std::unordered_map<std::string_view, Abbrev> map_;
};

const AbbreviationTable& abbreviations() {
  static const AbbreviationTable table;
  return table;
}

// The bounded look-ahead for speculative scans (e-mail local parts, domains).
constexpr size_t kMaxLookahead = 128;

struct Char {
  char32_t cp = 0;
  size_t len = 0;
  CharClass cls = CharClass::kSpace;
};

inline Char char_at(std::string_view s, size_t i) {
  Char c;
  c.cp = decode_at(s, i, &c.len);
  c.cls = classify(c.cp);
  return c;
}

bool is_quote_mark(char32_t c) {
  switch (c) {
    case '"': case '\'': case '`': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB: case 0x2039:
    case 0x203A: case 0x300C: case 0x300D:
      return true;
    default:
      return false;
  }
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool ascii_lower_eq(std::string_view s, std::string_view lower) {
  if (s.size() < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool is_tld(std::string_view s) {
  static constexpr std::string_view kTlds[] = {"nl", "be", "com", "org", "net", "eu", "de",
                                               "fr", "uk", "info", "io", "edu", "gov", "tv"};
  for (auto t : kTlds)
    if (s == t) return true;
  return false;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* out) : text_(text), out_(out) {}

  void run() {
    const size_t n = text_.size();
    size_t i = 0;
    int newlines = 2;  // the start of the text is a paragraph start
    while (i < n) {
      const auto b = static_cast<unsigned char>(text_[i]);
      size_t len = 1;
      bool space;
      char32_t cp = b;
      if (b < 0x80) {
        space = b <= 32 || b == 127;
      } else {
        cp = decode_at(text_, i, &len);
        space = classify(cp) == CharClass::kSpace;
      }
      if (space) {
        // Counted up to 2 (a blank line): the count must not overflow on huge runs.
        if (cp == '\n' || (cp == '\r' && (i + 1 >= n || text_[i + 1] != '\n')) || cp == 0x2028 || cp == 0x85)
          newlines = newlines < 2 ? newlines + 1 : 2;
        else if (cp == 0x2029)
          newlines = 2;
        if (!out_->empty() && out_->back().span.end == i) out_->back().flags |= kSpaceAfter;
        i += len;
        continue;
      }
      size_t end = i + len;
      while (end < n) {
        const auto c = static_cast<unsigned char>(text_[end]);
        if (c < 0x80) {
          if (c <= 32 || c == 127) break;
          ++end;
        } else {
          size_t l;
          char32_t d = decode_at(text_, end, &l);
          if (classify(d) == CharClass::kSpace) break;
          end += l;
        }
      }
      flags_ = static_cast<uint8_t>((newlines > 0 ? kNewlineBefore : 0) | (newlines > 1 ? kParagraphStart : 0));
      newlines = 0;
      scan_chunk(i, end);
      i = end;
    }
  }

 private:
  uint32_t cp_at(size_t byte) {
    while (cp_byte_ < byte) {
      cp_ += (static_cast<unsigned char>(text_[cp_byte_]) & 0xC0u) != 0x80u;
      ++cp_byte_;
    }
    return cp_;
  }

  void emit(size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.span.begin = static_cast<uint32_t>(begin);
    t.span.cp_begin = cp_at(begin);
    t.span.end = static_cast<uint32_t>(end);
    t.span.cp_end = cp_at(end);
    t.kind = kind;
    t.flags = flags_;
    flags_ = 0;
    out_->push_back(t);
  }

  Char at(size_t i, size_t end) const {
    if (i >= end) return Char{};
    return char_at(text_, i);
  }

  void scan_chunk(size_t a, size_t b) {
    chunk_begin_ = a;
    next_at_ = find_at(a, b);
    size_t p = a;
    if (size_t e = formula_end(a, b)) {
      emit(a, e, TokenKind::kSymbol);
      p = e;
    }
    while (p < b) {
      Char c = char_at(text_, p);
      TokenKind kind = TokenKind::kWord;
      size_t e;
      if (c.cls == CharClass::kUpper || c.cls == CharClass::kLower || c.cls == CharClass::kLetter ||
          c.cls == CharClass::kDigit) {
        if (scan_url(p, b, &e)) {
          kind = TokenKind::kUrl;
        } else if (scan_email(p, b, &e)) {
          kind = TokenKind::kEmail;
        } else {
          e = scan_word(p, b, &kind);
        }
      } else if (c.cls == CharClass::kEmoji) {
        e = scan_emoji(p, c, b);
        kind = TokenKind::kEmoji;
      } else if (c.cls == CharClass::kMark) {
        e = p + c.len;
        while (e < b) {
          Char d = char_at(text_, e);
          if (d.cls != CharClass::kMark) break;
          e += d.len;
        }
        kind = TokenKind::kSymbol;
      } else {
        e = scan_other(p, c, b, &kind);
      }
      emit(p, e, kind);
      p = e;
    }
  }

  // A formula written without spaces ("a+b=b+a", "E=mc^2", "700+500=1200") is
  // one token, without trailing punctuation. Returns its end, or 0.
  size_t formula_end(size_t a, size_t b) const {
    if (b - a < 3) return 0;
    bool op = false;
    for (size_t i = a; i < b; ++i) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (c >= 0x80 || c == '"' || c == '\'' || c == '@' || c == '/' || c == ':' || c == '#') return 0;
      if ((c == '=' || c == '+' || c == '^') && i > a && i + 1 < b) {
        const auto l = static_cast<unsigned char>(text_[i - 1]), r = static_cast<unsigned char>(text_[i + 1]);
        if ((std::isalnum(l) || l == ')') && (std::isalnum(r) || r == '(' || r == '-')) op = true;
      }
    }
    if (!op) return 0;
    size_t e = b;
    while (e > a && std::strchr(".,;:!?", text_[e - 1]) != nullptr) --e;
    ptrdiff_t depth = 0;
    for (size_t i = a; i < e; ++i) depth += text_[i] == '(' ? 1 : text_[i] == ')' ? -1 : 0;
    while (depth < 0 && e > a && text_[e - 1] == ')') {
      --e;
      ++depth;
    }
    return e > a ? e : 0;
  }

  // Quotation marks, punctuation, symbols, hashtags and handles.
  size_t scan_other(size_t p, Char c, size_t b, TokenKind* kind) {
    const char32_t cp = c.cp;
    Char next = at(p + c.len, b);
    *kind = c.cls == CharClass::kSymbol ? TokenKind::kSymbol : TokenKind::kPunct;
    switch (cp) {
      case ',':
        if (next.cp == ',' && !(p + 2 < b && text_[p + 2] == ',')) {
          *kind = TokenKind::kQuote;
          return p + 2;
        }
        return p + 1;
      case '\'':
        if (next.cp == '\'') {
          *kind = TokenKind::kQuote;
          return p + 2;
        }
        [[fallthrough]];
      case 0x2019:
        if (size_t e = scan_clitic(p, c.len, b, kind)) return e;
        *kind = TokenKind::kQuote;
        return p + c.len;
      case 0x2018:
        // Autocorrect often turns the apostrophe of 's and 't into ‘: "‘s avonds".
        if (p + 4 <= b && (text_[p + 3] == 's' || text_[p + 3] == 't')) {
          if (size_t e = scan_clitic(p, c.len, b, kind)) return e;
        }
        *kind = TokenKind::kQuote;
        return p + c.len;
      case '`':
        *kind = TokenKind::kQuote;
        return next.cp == '`' ? p + 2 : p + 1;
      case '.': {
        size_t e = p + 1;
        while (e < b && text_[e] == '.') ++e;
        return e;
      }
      case '-': {
        if (next.cp == '-') {
          size_t e = p + 1;
          while (e < b && text_[e] == '-') ++e;
          return e;
        }
        // The clitic "-ie" (hij): "krijgt -ie".
        if (b - p >= 3 && text_.substr(p, 3) == "-ie" && !is_alnum_class(at(p + 3, b).cls)) {
          *kind = TokenKind::kWord;
          return p + 3;
        }
        // A negative number at the start of a chunk: "-5".
        if (p == chunk_begin_ && next.cls == CharClass::kDigit) {
          size_t e = scan_word(p + 1, b, kind);
          if (*kind == TokenKind::kNumber) return e;
          *kind = TokenKind::kPunct;
        }
        return p + 1;
      }
      case '#':
      case '@':
        if (is_alnum_class(next.cls) || next.cp == '_') {
          size_t e = p + 1;
          while (e < b) {
            Char d = char_at(text_, e);
            if (!is_alnum_class(d.cls) && d.cp != '_') break;
            e += d.len;
          }
          *kind = cp == '#' ? TokenKind::kHashtag : TokenKind::kHandle;
          return e;
        }
        return p + 1;
      default:
        break;
    }
    if (is_quote_mark(cp)) *kind = TokenKind::kQuote;
    return p + c.len;
  }

  // 's 't 'n 'k 'm 'r as words ('s avonds, 't is), 's-Hertogenbosch, and '30
  // (the thirties). Returns the end, or 0 when the apostrophe is a quotation mark.
  size_t scan_clitic(size_t p, size_t alen, size_t b, TokenKind* kind) {
    size_t q = p + alen;
    if (q >= b) return 0;
    const char c = text_[q];
    if (c == 's' || c == 't' || c == 'n' || c == 'k' || c == 'm' || c == 'r' || c == 'S' || c == 'T') {
      Char after = at(q + 1, b);
      if (!is_alnum_class(after.cls)) {
        if (is_hyphen(after.cp) && is_letter_class(at(q + 1 + after.len, b).cls)) {
          size_t e = scan_word(q + 1 + after.len, b, kind);  // 's-Hertogenbosch
          *kind = TokenKind::kWord;
          return e;
        }
        *kind = TokenKind::kWord;
        return q + 1;
      }
      return 0;
    }
    if (c >= '0' && c <= '9' && q + 1 < b && text_[q + 1] >= '0' && text_[q + 1] <= '9' &&
        !is_alnum_class(at(q + 2, b).cls)) {
      *kind = TokenKind::kNumber;
      return q + 2;
    }
    return 0;
  }

  size_t scan_emoji(size_t p, Char c, size_t b) {
    size_t e = p + c.len;
    bool regional = c.cp >= 0x1F1E6 && c.cp <= 0x1F1FF;
    while (e < b) {
      Char d = char_at(text_, e);
      if (d.cp == 0x200D) {
        Char f = at(e + d.len, b);
        if (f.cls != CharClass::kEmoji) break;
        e += d.len + f.len;
      } else if (d.cls == CharClass::kMark) {
        e += d.len;
      } else if (regional && d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF) {
        e += d.len;
        regional = false;  // a flag is a pair
      } else {
        break;
      }
    }
    return e;
  }

  bool scan_url(size_t p, size_t b, size_t* end) {
    std::string_view s = text_.substr(p, b - p);
    size_t start;
    if (ascii_lower_eq(s, "http://")) start = 7;
    else if (ascii_lower_eq(s, "https://")) start = 8;
    else if (ascii_lower_eq(s, "ftp://")) start = 6;
    else if (ascii_lower_eq(s, "www.") && s.size() > 4 && is_alnum_class(char_at(s, 4).cls)) start = 4;
    else return false;
    if (start >= s.size()) return false;
    size_t e = s.size();
    bool open_paren = s.find('(') != std::string_view::npos;
    // Leave trailing punctuation and closing quotes to the sentence.
    while (e > start) {
      size_t k = e;
      char32_t last = prev_char(s, &k);
      CharClass cls = classify(last);
      bool strip = cls == CharClass::kPunct && last != '/' && last != '-' && last != '_';
      if (last == ')' && open_paren) strip = false;
      if (!strip) break;
      e = k;
    }
    if (e <= start) return false;
    *end = p + e;
    return true;
  }

  static char32_t prev_char(std::string_view s, size_t* k) {
    size_t j = *k - 1;
    while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0u) == 0x80u && *k - j < 4) --j;
    size_t len;
    char32_t c = decode_at(s, j, &len);
    if (j + len != *k) {  // not a well-formed sequence: step back one byte
      *k -= 1;
      return 0xFFFD;
    }
    *k = j;
    return c;
  }

  size_t find_at(size_t from, size_t b) const {
    const void* hit = std::memchr(text_.data() + from, '@', b - from);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - text_.data()) : std::string_view::npos;
  }

  // name@domain.tld, looking at most kMaxLookahead bytes ahead for the '@'.
  bool scan_email(size_t p, size_t b, size_t* end) {
    if (next_at_ != std::string_view::npos && next_at_ < p) next_at_ = find_at(p, b);
    if (next_at_ == std::string_view::npos || next_at_ - p > kMaxLookahead) return false;
    for (size_t i = p; i < next_at_; ++i) {
      const char c = text_[i];
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '_' || c == '%' || c == '+' || c == '-';
      if (!ok) return false;
    }
    size_t i = next_at_ + 1, last_dot = 0, label = 0;
    size_t limit = std::min(b, i + kMaxLookahead);
    while (i < limit) {
      const char c = text_[i];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        ++label;
      } else if (c == '.' && label > 0 && i + 1 < limit && is_alnum_class(classify(static_cast<unsigned char>(text_[i + 1])))) {
        last_dot = i;
        label = 0;
      } else {
        break;
      }
      ++i;
    }
    if (last_dot == 0 || label < 2) return false;
    *end = i;
    return true;
  }

  // A word or number: a run of letters, digits and marks joined by inner
  // hyphens, apostrophes, and (between digits) full stops, commas and colons;
  // keeps a final full stop for abbreviations and initials, and a final hyphen
  // for elliptic compounds ("Noord-").
  size_t scan_word(size_t p, size_t b, TokenKind* kind) {
    size_t q = p;
    bool letters = false, other_letters = false, digits = false, inner_period = false;
    bool single_letter_segments = true;
    CharClass last = CharClass::kSpace;
    const bool starts_digit = text_[p] >= '0' && text_[p] <= '9';
    auto finish = [&](size_t e) {
      if (!letters) {
        *kind = TokenKind::kNumber;
      } else if (starts_digit && digits && !other_letters) {
        *kind = TokenKind::kNumber;  // 17u30
      } else {
        *kind = TokenKind::kWord;
        // nu.nl, nos.nl/nieuws: a bare domain, maybe with a path
        if (inner_period && e - p > 3) {
          std::string_view host = text_.substr(p, e - p);
          host = host.substr(0, host.find('/'));
          size_t dot = host.rfind('.');
          if (dot != std::string_view::npos && is_tld(host.substr(dot + 1))) *kind = TokenKind::kUrl;
        }
      }
      return e;
    };
    for (;;) {
      size_t seg_chars = 0;
      while (q < b) {
        const auto byte = static_cast<unsigned char>(text_[q]);
        if (byte < 0x80) {
          if (byte >= 'a' && byte <= 'z') {
            letters = true;
            if (byte != 'u' && byte != 'h') other_letters = true;
            last = CharClass::kLower;
          } else if (byte >= 'A' && byte <= 'Z') {
            letters = other_letters = true;
            last = CharClass::kUpper;
          } else if (byte >= '0' && byte <= '9') {
            digits = true;
            last = CharClass::kDigit;
          } else {
            break;
          }
          ++q;
          ++seg_chars;
          continue;
        }
        Char c = char_at(text_, q);
        if (!is_alnum_class(c.cls)) break;
        if (c.cls != CharClass::kMark) {
          if (c.cls == CharClass::kDigit) {
            digits = true;
          } else {
            letters = other_letters = true;
          }
          last = c.cls;
          ++seg_chars;
        }
        q += c.len;
      }
      if (seg_chars > 1) single_letter_segments = false;
      if (q >= b) return finish(q);
      Char conn = char_at(text_, q);
      Char next = at(q + conn.len, b);
      const bool next_alnum = is_alnum_class(next.cls) && next.cls != CharClass::kMark;
      const bool last_letter = is_letter_class(last);
      const bool last_digit = last == CharClass::kDigit;
      switch (conn.cp) {
        case '-': case 0x2010: case 0x2011:
          if (next_alnum) break;
          // "30-6-'19": a date with a two-digit year
          if (last_digit && (next.cp == '\'' || next.cp == 0x2019)) {
            size_t y = q + conn.len + next.len;
            if (y + 2 <= b && is_ascii_digit(text_[y]) && is_ascii_digit(text_[y + 1]) &&
                !is_alnum_class(at(y + 2, b).cls))
              return finish(y + 2);
          }
          // "1995-...": from 1995 on
          if (last_digit && text_.substr(q + conn.len, 3) == "...") return finish(q + conn.len + 3);
          // Elliptic compound: "Noord- en Zuid-Korea", "land-, tuin- en bosbouw".
          if (last_letter && (next.len == 0 || next.cp == ',' || next.cp == ';' || next.cp == '/' || next.cp == ')'))
            return finish(q + conn.len);
          return finish(q);
        case '\'': case 0x2019:
          if ((last_letter || last_digit) && is_letter_class(next.cls)) break;
          return finish(q);
        case '.':
          if (last_digit && next.cls == CharClass::kDigit) break;
          if (last_letter && is_letter_class(next.cls) && (seg_chars == 1 || next.cls == CharClass::kLower)) {
            inner_period = true;
            break;
          }
          if (last_letter && takes_full_stop(p, q, seg_chars, inner_period, single_letter_segments)) {
            size_t e = q + 1;
            Char h = at(e, b);
            // St.-Janstraat, O.L.V.-college
            if (is_hyphen(h.cp) && is_alnum_class(at(e + h.len, b).cls)) {
              q = e;
              continue;
            }
            return finish(e);
          }
          return finish(q);
        case ',': case ':':
          if (last_digit && next.cls == CharClass::kDigit) break;
          return finish(q);
        case '%':
          if (last_digit && !letters) return finish(q + 1);  // 5%, 41,5%
          return finish(q);
        case '/': case '&': case '_':
          if (next_alnum) break;
          return finish(q);
        default:
          return finish(q);
      }
      q += conn.len;
    }
  }

  // Whether the word text[p, q) keeps the full stop at q.
  bool takes_full_stop(size_t p, size_t q, size_t seg_chars, bool inner_period, bool single_letter_segments) const {
    std::string_view w = text_.substr(p, q - p);
    if (abbreviations().find(w) != Abbrev::kNone) return true;
    if (inner_period) return single_letter_segments;  // o.a. d.w.z. V.S. J.P.
    // An initial: one capital letter.
    if (seg_chars == 1) {
      Char c = char_at(text_, p);
      return c.cls == CharClass::kUpper && p + c.len == q;
    }
    return false;
  }

  std::string_view text_;
  std::vector<Token>* out_;
  size_t cp_byte_ = 0;
  uint32_t cp_ = 0;
  uint8_t flags_ = 0;
  size_t chunk_begin_ = 0;
  size_t next_at_ = 0;
};

// ---- Sentences -------------------------------------------------------------

enum class QuoteDir : uint8_t { kNone, kOpen, kClose };

struct TokenView {
  std::string_view text;
  const std::vector<Token>& tokens;
  std::vector<QuoteDir> dir;  // per token: opening or closing quote/bracket

  std::string_view str(size_t k) const {
    const Token& t = tokens[k];
    return text.substr(t.span.begin, t.span.end - t.span.begin);
  }
  CharClass first_class(size_t k) const { return char_at(str(k), 0).cls; }
  bool attached_before(size_t k) const {
    return k > 0 && !(tokens[k - 1].flags & kSpaceAfter) && !(tokens[k].flags & kNewlineBefore);
  }
  bool attached_after(size_t k) const {
    return k + 1 < tokens.size() && !(tokens[k].flags & kSpaceAfter) && !(tokens[k + 1].flags & kNewlineBefore);
  }
};

// Which way quotation marks and brackets face. Dutch marks that only open („ ,,
// ‘ “ «) or only close (” ’ '' ») are fixed; straight quotes face the word they
// touch, and a free-standing " alternates within its paragraph.
void find_quote_directions(TokenView* v) {
  const size_t n = v->tokens.size();
  v->dir.assign(n, QuoteDir::kNone);
  bool double_open = false;
  for (size_t k = 0; k < n; ++k) {
    const Token& t = v->tokens[k];
    if (t.flags & kParagraphStart) double_open = false;
    std::string_view s = v->str(k);
    QuoteDir d = QuoteDir::kNone;
    if (t.kind == TokenKind::kQuote) {
      if (s == ",," || s == "\xE2\x80\x9E" || s == "\xE2\x80\x9A" || s == "\xE2\x80\x98" || s == "\xE2\x80\x9C" ||
          s == "\xC2\xAB" || s == "``") {
        d = QuoteDir::kOpen;
      } else if (s == "''" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" || s == "\xC2\xBB") {
        d = QuoteDir::kClose;
      } else {
        bool before = v->attached_before(k), after = v->attached_after(k);
        if (before && !after) d = QuoteDir::kClose;
        else if (after && !before) d = QuoteDir::kOpen;
        else if (s == "\"" && k + 1 < n && v->str(k + 1) == "\"") d = QuoteDir::kClose;  // geluk. " " Het
        else if (s == "\"") d = double_open ? QuoteDir::kClose : QuoteDir::kOpen;
        else d = QuoteDir::kClose;
      }
      if (s == "\"") double_open = d == QuoteDir::kOpen;
    } else if (t.kind == TokenKind::kPunct && s.size() == 1) {
      if (s[0] == '(' || s[0] == '[') d = QuoteDir::kOpen;
      if (s[0] == ')' || s[0] == ']') d = QuoteDir::kClose;
    }
    v->dir[k] = d;
  }
}

enum class Stop : uint8_t {
  kNone,
  kStrong,   // . ! ? … ...
  kAbbrev,   // an abbreviation that may end a sentence (enz., etc.)
  kInitial,  // an initial ("J."): a sentence ends only before a clear sentence start
};

// Capitalised words that start sentences and are not names, so an initial
// before one ends its sentence ("als in A = B. Daarna ..."). Name particles
// (De, Van, Le ...) are left out: "W. De Wever".
bool is_clear_sentence_start(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "Het", "Een", "Hij", "Zij", "Ze", "Ik", "We", "Wij", "Jij", "Je", "U", "Er", "Dat", "Dit", "Die", "Deze",
      "Daar", "Daarna", "Daarom", "Daardoor", "Toen", "Maar", "En", "Ook", "Volgens", "In", "Op", "Met", "Voor",
      "Na", "Bij", "Om", "Als", "Nu", "Dan", "Zo", "Wat", "Wie", "Waarom", "Hoe", "Waar", "Wanneer", "Niet",
      "Geen", "Alle", "Veel", "Tijdens", "Sinds", "Omdat", "Toch", "Echter", "Bovendien", "Hier", "Zijn", "Haar",
      "Hun", "Ons", "Onze", "Mijn", "Wel", "Nog", "Al", "Of", "Dus", "Want", "Welke", "Verder", "Later"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

Stop stop_kind(const TokenView& v, size_t k) {
  std::string_view s = v.str(k);
  const Token& t = v.tokens[k];
  if (t.kind == TokenKind::kPunct) {
    if (s == "." || s == "!" || s == "?" || s == "\xE2\x80\xA6" /* … */) return Stop::kStrong;
    if (s.size() > 1 && s[0] == '.') return Stop::kStrong;  // ...
    return Stop::kNone;
  }
  if (t.kind == TokenKind::kWord && s.size() > 1 && s.back() == '.') {
    std::string_view w = s.substr(0, s.size() - 1);
    Abbrev a = abbreviations().find(w);
    if (a == Abbrev::kFinal) return Stop::kAbbrev;
    size_t len;
    decode_at(w, 0, &len);
    if (a == Abbrev::kNone && len == w.size()) return Stop::kInitial;
  }
  return Stop::kNone;
}

bool is_list_label(const TokenView& v, size_t k) {
  const Token& t = v.tokens[k];
  if (t.kind == TokenKind::kNumber) return true;
  std::string_view s = v.str(k);
  if (s.size() == 1) return true;  // a. b. c.
  return s.find_first_not_of("IVXivx") == std::string_view::npos && s.size() <= 4;
}

// Whether token j, after a sentence-final mark at k, starts a new sentence.
bool starts_sentence(const TokenView& v, size_t start, size_t k, size_t j, Stop stop) {
  const Token& t = v.tokens[j];
  CharClass first = v.first_class(j);
  // "1. De eerste ..." and "a. De ...": a list label, not a sentence.
  const bool label = stop == Stop::kStrong && k == start + 1 && v.str(k) == "." && is_list_label(v, start);
  if (stop == Stop::kInitial) return is_clear_sentence_start(v.str(j));
  if (first == CharClass::kUpper || first == CharClass::kLetter) return !label;
  if (first == CharClass::kLower && t.kind == TokenKind::kWord) {
    // iPhone, eBay: a lowercase letter before a capital still starts a sentence.
    std::string_view s = v.str(j);
    size_t len;
    decode_at(s, 0, &len);
    return stop == Stop::kStrong && len < s.size() && char_at(s, len).cls == CharClass::kUpper;
  }
  if (first == CharClass::kDigit) return stop == Stop::kStrong && !label;
  if (stop == Stop::kAbbrev) return false;
  if (t.kind == TokenKind::kWord) {
    std::string_view s = v.str(j);
    // 's Avonds, ’t Is, ‘s Morgens (word tokens that start with an apostrophe)
    return s.size() >= 2 && (s[0] == '\'' || s.substr(0, 2) == "\xE2\x80");
  }
  if (v.dir[j] == QuoteDir::kOpen && j + 1 < v.tokens.size() && !(v.tokens[j + 1].flags & kNewlineBefore)) {
    CharClass c = v.first_class(j + 1);
    return c == CharClass::kUpper || c == CharClass::kDigit || c == CharClass::kLetter ||
           (v.dir[j + 1] == QuoteDir::kOpen && j + 2 < v.tokens.size() && v.first_class(j + 2) == CharClass::kUpper);
  }
  std::string_view s = v.str(j);
  return s == "-" || s == "\xE2\x80\x93" /* – */ || s == "\xE2\x80\x94" /* — */ || s == "\xE2\x80\xA2" /* • */;
}

// Whether the text is hard-wrapped (lines broken at a fixed width inside
// paragraphs): many single line breaks then fall before a lowercase word or
// after a comma. In such text only blank lines end sentences by themselves.
bool is_hard_wrapped(const TokenView& v) {
  size_t breaks = 0, inside = 0;
  for (size_t k = 1; k < v.tokens.size(); ++k) {
    const uint8_t f = v.tokens[k].flags;
    if (!(f & kNewlineBefore) || (f & kParagraphStart)) continue;
    ++breaks;
    inside += v.first_class(k) == CharClass::kLower || v.str(k - 1) == ",";
  }
  return inside >= 3 && inside * 4 >= breaks;
}

// Whether a line break before token k ends the sentence (headlines,
// intertitles, list items) rather than wrapping a line.
bool line_break_ends(const TokenView& v, size_t k, bool hard_wrapped) {
  if (v.tokens[k].flags & kParagraphStart) return true;
  if (hard_wrapped) return false;
  if (v.first_class(k) == CharClass::kLower) return false;
  std::string_view prev = v.str(k - 1);
  if (prev == "," || prev == ";" || prev == "(" || prev == "&") return false;
  if (v.tokens[k - 1].kind == TokenKind::kWord && prev.size() > 1 && is_hyphen(static_cast<unsigned char>(prev.back())))
    return false;
  return true;
}

// A sentence that ends in what looked like an initial ("als in A = B.") ends
// in a full stop of its own, as in the UD treebanks: split "B." into "B" ".".
// Abbreviations keep theirs ("enz." at the end of a sentence).
void split_final_full_stops(std::string_view text, std::vector<Token>* tokens, std::vector<Sentence>* sentences) {
  auto needs_split = [&](const Sentence& s) {
    const Token& t = (*tokens)[s.end_token - 1];
    if (t.kind != TokenKind::kWord || t.span.end - t.span.begin < 2 || text[t.span.end - 1] != '.') return false;
    std::string_view w = text.substr(t.span.begin, t.span.end - t.span.begin - 1);
    size_t len;
    decode_at(w, 0, &len);
    return len == w.size() && abbreviations().find(w) == Abbrev::kNone;
  };
  size_t count = 0;
  for (const Sentence& s : *sentences) count += needs_split(s);
  if (count == 0) return;
  std::vector<Token> out;
  out.reserve(tokens->size() + count);
  uint32_t shift = 0;
  for (Sentence& s : *sentences) {
    const bool split = needs_split(s);
    for (uint32_t k = s.first_token; k < s.end_token; ++k) out.push_back((*tokens)[k]);
    s.first_token += shift;
    if (split) {
      Token& word = out.back();
      Token stop = word;
      word.span.end -= 1;
      word.span.cp_end -= 1;
      word.flags &= static_cast<uint8_t>(~kSpaceAfter);
      stop.span.begin = word.span.end;
      stop.span.cp_begin = word.span.cp_end;
      stop.kind = TokenKind::kPunct;
      stop.flags &= static_cast<uint8_t>(~(kNewlineBefore | kParagraphStart));
      out.push_back(stop);
      ++shift;
    }
    s.end_token += shift;
  }
  tokens->swap(out);
}

}  // namespace

static_assert(sizeof(Token) <= 24, "tokens stay small");

void split_sentences(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>* sentences) {
  sentences->clear();
  TokenView v{text, tokens, {}};
  find_quote_directions(&v);
  const bool hard_wrapped = is_hard_wrapped(v);
  const size_t n = tokens.size();
  size_t start = 0;
  auto cut = [&](size_t at) {
    if (at > start) sentences->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(at)});
    start = at;
  };
  for (size_t k = 0; k < n; ++k) {
    if (k > start && (tokens[k].flags & kNewlineBefore) && line_break_ends(v, k, hard_wrapped)) cut(k);
    Stop stop = stop_kind(v, k);
    if (stop == Stop::kNone) continue;
    size_t j = k + 1;
    // Closing quotes and brackets belong to the sentence they close.
    while (j < n && !(tokens[j].flags & kNewlineBefore) && v.dir[j] == QuoteDir::kClose) ++j;
    if (j >= n) break;
    if (((tokens[j].flags & kNewlineBefore) && !hard_wrapped) || starts_sentence(v, start, k, j, stop)) cut(j);
    k = j - 1;
  }
  cut(n);
}

void tokenize(std::string_view text, std::vector<Token>* tokens, std::vector<Sentence>* sentences) {
  tokens->clear();
  tokens->reserve(text.size() / 5 + 16);
  Tokenizer(text, tokens).run();
  split_sentences(text, *tokens, sentences);
  split_final_full_stops(text, tokens, sentences);
}

}  // namespace kroniek
