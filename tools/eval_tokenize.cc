// kroniek eval tokenize: token and sentence P/R/F1 on UD CoNLL-U files.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "src/tokenize/tokenizer.h"
#include "src/tokenize/ud_eval.h"
#include "tools/commands.h"

namespace kroniek::cli {
namespace {

const char kHelp[] =
    "Usage: kroniek eval tokenize FILE.conllu [FILE.conllu ...]\n"
    "\n"
    "Rebuilds the raw text of each Universal Dependencies file (tokens joined by\n"
    "spaces unless SpaceAfter=No, sentences of a paragraph by a space, paragraphs\n"
    "by a blank line; paragraphs come from the '# source' ids), tokenizes it, and\n"
    "prints token and sentence precision, recall and F1 over exact character spans.\n"
    "\n"
    "Options:\n"
    "  --errors N   also print up to N disagreements per file\n"
    "\n";

std::string row(const char* what, const Prf& p) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-9s P %6.2f  R %6.2f  F1 %6.2f   (gold %zu, predicted %zu, correct %zu)\n", what,
                p.precision(), p.recall(), p.f1(), p.gold, p.predicted, p.correct);
  return buf;
}

}  // namespace

int eval_tokenize_command(int argc, char** argv) {
  std::vector<std::string> files;
  size_t max_errors = 0;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kHelp << kExitCodes;
      return 0;
    }
    if (a == "--errors") {
      if (i + 1 >= argc) return usage_error("--errors needs a number", "eval tokenize");
      max_errors = std::strtoul(argv[++i], nullptr, 10);
      continue;
    }
    if (a.size() > 1 && a[0] == '-') return usage_error("unknown option '" + a + "'", "eval tokenize");
    files.push_back(a);
  }
  if (files.empty()) return usage_error("no CoNLL-U file given", "eval tokenize");
  for (const std::string& f : files) {
    std::string conllu;
    Status s = read_file(f, &conllu);
    if (!s.ok()) return fail(s);
    UdText gold;
    s = rebuild_ud_text(conllu, f, &gold);
    if (!s.ok()) return fail(s);
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    tokenize(gold.text, &tokens, &sentences);
    TokenizeScore score = score_tokenization(gold, tokens, sentences);
    std::cout << f << '\n' << row("tokens", score.tokens) << row("sentences", score.sentences);
    for (const std::string& e : describe_errors(gold, tokens, sentences, max_errors)) std::cout << "    " << e << '\n';
  }
  return 0;
}

}  // namespace kroniek::cli
