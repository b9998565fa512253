// Uses only the public headers of an installed kroniek.
#include <kroniek/analyzer.h>
#include <kroniek/writers.h>

#include <iostream>

int main() {
  kroniek::Analyzer analyzer;
  kroniek::Status s = analyzer.load_default();
  kroniek::AnalyzeOptions opt;
  opt.dct = kroniek::parse_date("2019-06-30");
  kroniek::Document doc;
  if (s.ok()) s = analyzer.analyze("Het is zondag. Alles goed.", opt, &doc);
  if (!s.ok()) {
    std::cerr << s.message() << '\n';
    return 1;
  }
  std::cout << kroniek::to_json(doc, {}) << '\n';
  return doc.sentences.size() == 2 ? 0 : 1;
}
