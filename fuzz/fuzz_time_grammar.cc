// The time grammar loader is a parser: any bytes as grammar tables must give
// an error Status or a grammar that tags text without crashing. The input is
// split at the first three 0xFF bytes into patterns, lexicon, modifiers and
// verbs; missing parts are the built-in tables.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kroniek/analyzer.h"
#include "time/time_tagger.h"
#include "tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  kroniek::TimeGrammarFiles files = kroniek::TimeTagger::embedded_files();
  std::string_view* parts[] = {&files.patterns, &files.lexicon, &files.modifiers, &files.verbs};
  for (std::string_view* part : parts) {
    size_t cut = in.find('\xFF');
    *part = in.substr(0, cut);
    if (cut == std::string_view::npos) break;
    in.remove_prefix(cut + 1);
  }
  kroniek::TimeTagger tagger;
  if (!tagger.load(files).ok()) return 0;
  kroniek::Document doc;
  doc.text = "Zondag 30 juni 2019 om 15.50 uur sprak hij twee weken geleden, elke maandag en nu.";
  doc.dct = kroniek::Date{2019, 6, 30};
  kroniek::tokenize(doc.text, &doc.tokens, &doc.sentences);
  tagger.tag(&doc);
  for (const auto& t : doc.timexes)
    if (t.span.end <= t.span.begin || t.span.end > doc.text.size() || t.end_token > doc.tokens.size())
      std::abort();
  return 0;
}
