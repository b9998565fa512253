// Lowercasing for matching words against lexicons, shared by every stage so
// that they agree on what "the same word" is.
//
//   std::string lower;
//   append_lowercase("ÉÉN IJsland", &lower);   // "één ijsland"
#pragma once

#include <string>
#include <string_view>

namespace kroniek {

// ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals to lowercase;
// every other code point as it is. A lowercase form is never longer in UTF-8
// than its capital (tested over every code point).
char32_t to_lower(char32_t c);

// Appends `word` (valid UTF-8) lowercased to `out`.
void append_lowercase(std::string_view word, std::string* out);

// Whether the first code point of `word` is a capital that to_lower changes.
bool starts_with_capital(std::string_view word);

}  // namespace kroniek
