// The document model every pipeline stage reads and extends.
//
//   kroniek::Document doc = ...;            // filled by Analyzer::analyze
//   for (const auto& s : doc.sentences)
//     for (uint32_t t = s.first_token; t < s.end_token; ++t)
//       std::cout << doc.token_text(doc.tokens[t]) << '\n';
//
// The text is kept exactly as given (after UTF-8 validation); every layer
// refers back to it with byte offsets (for slicing) and Unicode code-point
// offsets (for the JSON contract, which counts code points). Layers are plain
// arrays: stages append to them, writers read them; no stage formats output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kroniek {

// A calendar date, used for the publication date (DCT).
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const Date&, const Date&) = default;
};

// A half-open range [begin, end) over the text, in bytes and in code points.
struct TextSpan {
  uint32_t begin = 0;     // byte offset
  uint32_t end = 0;       // byte offset
  uint32_t cp_begin = 0;  // code-point offset
  uint32_t cp_end = 0;    // code-point offset
};

enum class TokenKind : uint8_t {
  kWord,      // letters, digits inside words, hyphenated compounds, abbreviations
  kNumber,    // 1.000,50  3,5  2-1  15.50
  kPunct,     // . , ; : ! ? ( ) …  and dashes
  kQuote,     // every quotation mark: ' " ‘ ’ “ ” „ « » ,, ''
  kSymbol,    // % € $ & + = / and the like
  kUrl,
  kEmail,
  kHashtag,   // #tag
  kHandle,    // @name
  kEmoji,
};

// Token flags, or-ed together.
enum TokenFlag : uint8_t {
  kSpaceAfter = 1,     // whitespace follows the token
  kNewlineBefore = 2,  // a line break precedes the token
  kParagraphStart = 4, // a blank line (or the start of the text) precedes it
};

struct Token {
  TextSpan span;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
};

// Sentences are runs of tokens: [first_token, end_token).
struct Sentence {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
};

enum class EntityType : uint8_t { kPer, kOrg, kLoc, kMisc };

enum class MentionKind : uint8_t {
  kName,     // "Donald Trump"
  kNominal,  // "de Amerikaanse president"
  kPronoun,  // "hij"
};

// A mention is a run of tokens [first_token, end_token) except where a name is
// part of a token (elliptic "Noord-" is a token of its own, so in practice the
// span equals the token span).
struct Mention {
  TextSpan span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  EntityType type = EntityType::kMisc;
  MentionKind kind = MentionKind::kName;
  int32_t entity = -1;  // index into Document::entities, -1 when unclustered
};

// One real-world referent with all its mentions in the article.
struct Entity {
  EntityType type = EntityType::kMisc;
  std::string name;                // the fullest name the article gives
  std::vector<uint32_t> mentions;  // indices into Document::mentions
};

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };

struct Timex {
  TextSpan span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: 2019-06-30, 2019-06-30T15:50, PT1H, PRESENT_REF, ...
};

enum class QuoteKind : uint8_t { kDirect, kIndirect };

struct Quote {
  TextSpan span;  // strictly between the quotation marks (direct), or the reported content
  QuoteKind kind = QuoteKind::kDirect;
  int32_t speaker_entity = -1;     // index into Document::entities, -1 if unknown
  int32_t speaker_mention = -1;    // the mention that names the speaker here, -1 if none
  int32_t addressee_entity = -1;   // "zo verklaarde Kim aan Trump"
  int32_t cue_token = -1;          // the speech verb or marker ("zei", "aldus", ":")
  std::string speaker_name;        // fullest name, or the noun phrase for unnamed speakers
};

struct Document {
  std::string id;
  std::string text;         // exactly the input (UTF-8, BOM removed if present)
  std::optional<Date> dct;  // publication date; relative times stay unresolved without it

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Timex> timexes;
  std::vector<Quote> quotes;

  // Notes for the reader of the output ("no publication date: ...").
  std::vector<std::string> warnings;

  std::string_view slice(const TextSpan& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view token_text(const Token& t) const { return slice(t.span); }
  std::string_view token_text(uint32_t i) const { return slice(tokens[i].span); }

  // The span covering tokens [first, end); end > first.
  TextSpan token_range(uint32_t first, uint32_t end) const {
    return TextSpan{tokens[first].span.begin, tokens[end - 1].span.end,
                    tokens[first].span.cp_begin, tokens[end - 1].span.cp_end};
  }

  // Code-point offset of a byte offset that lies on a character boundary.
  // Uses the token table, so it is cheap anywhere in a tokenized document.
  uint32_t cp_offset(uint32_t byte) const;
  // A full TextSpan for a byte range.
  TextSpan span_of_bytes(uint32_t begin, uint32_t end) const {
    return TextSpan{begin, end, cp_offset(begin), cp_offset(end)};
  }
};

const char* to_string(EntityType t);      // "PER", "ORG", "LOC", "MISC"
const char* to_string(MentionKind k);     // "name", "nominal", "pronoun"
const char* to_string(TimexType t);       // "DATE", "TIME", "DURATION", "SET"
const char* to_string(QuoteKind k);       // "direct", "indirect"
const char* to_string(TokenKind k);       // "word", "number", ...

}  // namespace kroniek
