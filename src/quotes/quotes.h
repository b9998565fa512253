// The quote stage: direct quotes, reported speech, their speakers, and the
// clustering of the people in the article (coref) that names them.
//
//   QuoteModel model;
//   Status s = model.load_default();   // the built-in word lists and cue lexicon
//   find_quotes(model, &doc);          // after tokens, NER mentions and time
//
// It fills Document::quotes and rewrites Document::mentions/entities: NER
// mentions are kept (and clustered), speaker names NER missed are added as PER
// mentions, and nominal and pronoun mentions that stand for a named person are
// added with their kind.
#pragma once

#include "coref/lexicon.h"
#include "kroniek/document.h"
#include "kroniek/status.h"

namespace kroniek {

struct QuoteModel {
  Lexicon lexicon;
  Status load_default();
};

void find_quotes(const QuoteModel& model, Document* doc);

}  // namespace kroniek
