// Speaker attribution. Design note.
//
// Quotes come from their marks (quote_marks.h). Each quote then gets a
// speaker from the words around it, in this order:
//   1. a cue right after it: "'…', zei hij", "'…', zo verklaarde Kim aan Trump",
//      "'…', aldus de bondscoach", "“…”, klinkt het bij X", "“…”, valt te lezen in X";
//   2. the clause before a colon that introduces it: "Trump: '…'",
//      "Verder verklaarde hij: „…”", "antwoordde de president met: '…'";
//   3. for a fragment inside a sentence: a cue before it, "volgens X", or the
//      subject of the sentence ("Rutte “kan zich vinden …”");
//   4. a cue in the sentence after it: "“…” Dat zegt Jan Peeters.";
//   5. a quote that stands alone continues the speaker of the quotes before it,
//      unless the sentence before it introduces someone else as its subject;
//      with nothing before it (or as a quoted headline), the subject of the
//      next sentence;
//   6. a quoted headline that the article quotes again takes that quote's
//      speaker ("Winnaar: '…'" is the winner the article names);
//   7. text on a sign or banner ("hing een bord: '…'") has no speaker.
// Short fragments inside a sentence with no cue are scare quotes, and quotes
// after "het boek", "de actie" or mostly in capitals are titles: neither is
// reported. Reported speech ("X verklaarde dat …", "Volgens X …", "Dat heeft
// X meegedeeld") becomes kIndirect quotes with the reported clause as span.
// Documents speak for their writers: "luidt het in de brief van X", "te lezen
// in het persbericht van X", and "Daarin staat: …" after a sentence naming
// "een notitie van X" (or with "X schreef een brief" as its subject). A quote
// whose mark never closes but holds its own attribution ("“Dit is het begin,
// zei X. …") ends at the comma before the cue.
// Phrases come from the coref stage's parser, so a speaker found here is the
// same phrase the clustering resolves ("hij" -> the salient person, "de
// bondscoach" -> the person the apposition "Bondscoach Roberto Martinez" named).
#include "quotes/quotes.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "core/embedded.h"
#include "coref/coref.h"
#include "quotes/quote_marks.h"

KRONIEK_EMBEDDED(kroniek_words_tsv)
KRONIEK_EMBEDDED(kroniek_roles_txt)
KRONIEK_EMBEDDED(kroniek_cues_tsv)
KRONIEK_EMBEDDED(kroniek_given_names_tsv)
KRONIEK_EMBEDDED(kroniek_given_names_nl_tsv)

namespace kroniek {

Status QuoteModel::load_default() {
  Status s = lexicon.load(kroniek_words_tsv(), kroniek_roles_txt(), kroniek_cues_tsv());
  if (s.ok()) s = lexicon.load_given_names(kroniek_given_names_tsv());
  if (s.ok()) s = lexicon.load_given_names(kroniek_given_names_nl_tsv());
  return s;
}

namespace {

enum class Mode : uint8_t { kNone, kPhrase, kContinue, kNobody };

// How far back (in tokens) a speaker is looked for within a sentence.
constexpr uint32_t kLookBack = 60;

struct Found {
  QuotedSpan marks;
  uint32_t open_tok = 0, inner_first = 0, inner_end = 0, after = 0;
  uint32_t unit = 0;
  QuoteKind kind = QuoteKind::kDirect;
  Mode mode = Mode::kNone;
  int32_t speaker = -1;     // phrase
  int32_t addressee = -1;   // phrase
  int32_t cue = -1;
  int32_t cluster = -1;
  TextSpan span;            // for indirect speech
};

class Attributor {
 public:
  Attributor(const QuoteModel& model, Document* doc)
      : doc_(*doc), words_(*doc, model.lexicon), lex_(model.lexicon) {}

  void run();

 private:
  std::string_view tok(uint32_t t) const { return doc_.token_text(t); }
  bool is_stop(uint32_t t) const {
    if (doc_.tokens[t].kind == TokenKind::kQuote) return true;
    std::string_view s = tok(t);
    return s == "." || s == "!" || s == "?" || s == ";" || s == ":" || s == "(";
  }
  // A cue at t: returns its kind bit (0 when none). Two-word cues need their
  // second word within the next few words.
  uint32_t cue_at(uint32_t t, uint32_t limit) const;
  int32_t subject_after(uint32_t v, uint32_t limit);
  int32_t speaker_from_cue(uint32_t v, uint32_t kind, uint32_t clause_first, uint32_t limit, Found* q);
  // "(in) de brief van X": the writer of a document, or -1; t is after "in".
  int32_t document_author(uint32_t t, uint32_t limit);
  // A document noun, compounds too: "brief", "potloodnotitie".
  bool is_document(uint32_t t) const {
    if (!words_.is_word(t) || words_.upper(t)) return false;
    if (words_.has(t, kDocument)) return true;
    std::string_view l = words_.lower(t);
    for (std::string_view d : {"brief", "notitie", "verklaring", "bericht", "mail", "rapport", "nota", "testament"})
      if (l.size() >= d.size() && l.substr(l.size() - d.size()) == d) return true;
    return false;
  }
  int32_t speaker_from_cue(uint32_t v, uint32_t kind, uint32_t clause_first, uint32_t limit, Found* q,
                           bool subject_first);
  // A thing that carries written words: "bord", "spandoek", "opschrift".
  bool is_inscription(uint32_t t) const {
    if (!words_.is_word(t) || words_.upper(t)) return false;
    std::string_view l = words_.lower(t);
    for (std::string_view d : {"bord", "bordje", "borden", "spandoek", "spandoeken", "opschrift", "affiche", "affiches",
                               "sticker", "stickers", "pancarte", "pancartes", "graffiti", "muurschildering", "tekstbord"})
      if (l == d) return true;
    return false;
  }
  int32_t subject_before(uint32_t v, uint32_t clause_first);
  // Organisations speak too ("Het Witte Huis heeft laten weten").
  bool is_org(const Phrase& p) const {
    return p.ner_mention >= 0 && doc_.mentions[p.ner_mention].type == EntityType::kOrg;
  }
  void after_cue(Found* q);
  void colon_clause(Found* q);
  void inside_sentence(Found* q);
  void next_sentence_cue(Found* q);
  void addressee_after(int32_t speaker, uint32_t limit, Found* q);
  void reported_speech();
  void headline_repeats(size_t direct);
  int32_t standalone(const Found& q, size_t index, const std::vector<int32_t>& speaker_of_unit);

  Document& doc_;
  DocWords words_;
  const Lexicon& lex_;
  std::vector<Found> quotes_;
  std::vector<Sentence> units_;
  std::vector<uint32_t> unit_of_;
  std::vector<uint8_t> in_quote_;
  std::vector<uint8_t> kept_quote_;
  std::vector<int32_t> reporter_of_unit_;  // the speaker of a sentence's reported speech
  std::unique_ptr<Coref> coref_;
};

uint32_t Attributor::cue_at(uint32_t t, uint32_t limit) const {
  if (in_quote_[t] || !words_.is_word(t)) return 0;
  uint32_t c = words_.classes(t);
  if (c & kAnyCue) return c & kAnyCue;
  if (c & kCueNeedsPart) {
    for (uint32_t k = t + 1; k < limit && k < t + 10; ++k) {
      if (is_stop(k) || tok(k) == ",") break;
      if (words_.has(k, kCuePart) && lex_.completes(words_.lower(t), words_.lower(k))) return kCueVerb;
    }
  }
  return 0;
}

int32_t Attributor::subject_after(uint32_t v, uint32_t limit) {
  uint32_t s = v + 1;
  // Skip the second word of a two-word cue and adverbs: "liet dan weer weten", "zei hij nog".
  while (s < limit && words_.is_word(s) && words_.has(s, kAdverb | kCuePart) && !words_.has(s, kDet | kPersPron)) ++s;
  if (s >= limit || !words_.is_word(s)) return -1;
  if (words_.has(s, kPrep | kConj | kFunc) && !words_.has(s, kDet)) return -1;
  // "X noemt hem …": an object pronoun is not who speaks.
  std::string_view l = words_.lower(s);
  if (l == "hem" || l == "hen" || l == "mij" || l == "me" || l == "ons") return -1;
  int32_t p = coref_->phrase_forward(s, limit);
  // "zegt akkerbouwer Gerda Hendriks": a job the role list lacks, before a person's name.
  if (p < 0 && s + 1 < limit && !words_.upper(s) && words_.is_word(s + 1) && words_.upper(s + 1)) {
    int32_t n = coref_->phrase_forward(s + 1, limit);
    if (n >= 0 && coref_->phrases()[n].kind == MentionKind::kName && coref_->phrases()[n].person_hint &&
        !coref_->phrases()[n].not_person)
      p = n;
  }
  return p;
}

void Attributor::addressee_after(int32_t speaker, uint32_t limit, Found* q) {
  if (speaker < 0) return;
  uint32_t e = coref_->phrases()[speaker].end;
  if (e + 1 < limit && (words_.lower(e) == "aan" || words_.lower(e) == "tegen")) {
    // Someone to speak to: a name (not a place) or a role; "aan de meet" is where.
    int32_t a = coref_->phrase_forward(e + 1, limit);
    if (a < 0) return;
    const Phrase& ph = coref_->phrases()[a];
    bool place = ph.ner_mention >= 0 && doc_.mentions[ph.ner_mention].type == EntityType::kLoc;
    if ((ph.kind == MentionKind::kName && !place) || (ph.kind == MentionKind::kNominal && ph.role_head)) q->addressee = a;
  }
}

// The subject before a cue ("Hij noemde het plan …", "De politie laat weten:"),
// when a person-like phrase stands right before it.
int32_t Attributor::subject_before(uint32_t v, uint32_t clause_first) {
  // Step back over auxiliaries: "Het Witte Huis heeft laten weten".
  uint32_t e = v;
  // "zoals X het verwoordde": an object pronoun right before the verb.
  if (e > clause_first + 1 && (words_.lower(e - 1) == "het" || words_.lower(e - 1) == "dat")) --e;
  while (e > clause_first + 1 && e + 3 > v && words_.has(e - 1, kFunc | kAdverb) && !words_.has(e - 1, kDet | kPersPron))
    --e;
  // "Jan Jambon (N-VA) reageert": step over a parenthesis.
  if (e > clause_first + 2 && tok(e - 1) == ")") {
    uint32_t k = e - 1;
    while (k > clause_first && k + 8 > e && tok(k) != "(") --k;
    if (tok(k) == "(") e = k;
  }
  int32_t p = coref_->phrase_ending_at(e, clause_first);
  if (p < 0) return -1;
  const Phrase& ph = coref_->phrases()[p];
  if (ph.after_prep || in_quote_[ph.first] || (ph.not_person && !is_org(ph))) return -1;
  return p;
}

int32_t Attributor::speaker_from_cue(uint32_t v, uint32_t kind, uint32_t clause_first, uint32_t limit, Found* q,
                                     bool subject_first) {
  if (subject_first && (kind & kCueVerb)) {
    int32_t p = subject_before(v, clause_first);
    // "De voorzitter van de rechtbank, Hans Oosterhuis, zei …:": the verb opens
    // its clause after an apposition; the subject stands before the comma.
    if (p < 0 && v == clause_first && v > 1 && tok(v - 1) == ",") p = subject_before(v - 1, 0);
    if (p >= 0) {
      q->cue = static_cast<int32_t>(v);
      return p;
    }
  }
  return speaker_from_cue(v, kind, clause_first, limit, q);
}

int32_t Attributor::speaker_from_cue(uint32_t v, uint32_t kind, uint32_t clause_first, uint32_t limit, Found* q) {
  q->cue = static_cast<int32_t>(v);
  if (kind & (kCueAldus | kCueVolgens)) return subject_after(v, limit);  // "aldus (nog) de minister"
  if (kind & kCueImpersonal) {
    // "klonk het bij X": X speaks unless X is a medium (one unknown capitalised word).
    for (uint32_t k = v + 1; k < limit && k < v + 5; ++k) {
      std::string_view l = words_.lower(k);
      // "luidt het in de brief van X"
      if ((l == "in" || l == "uit") && k + 1 < limit) {
        int32_t a = document_author(k + 1, limit);
        if (a >= 0) return a;
      }
      if (l == "bij" || l == "uit" || l == "van") {
        int32_t p = coref_->phrase_forward(k + 1, limit);
        if (p < 0) return -1;
        const Phrase& ph = coref_->phrases()[p];
        if (ph.kind == MentionKind::kName && ph.name_end - ph.name_first == 1 && !ph.person_hint) return -1;
        return p;
      }
      if (is_stop(k)) break;
    }
    return -1;
  }
  if (kind & kCueRead) {
    for (uint32_t k = clause_first; k < limit && k < v + 5; ++k)
      if (words_.lower(k) == "in" && k + 1 < limit) {
        int32_t a = document_author(k + 1, limit);
        return a >= 0 ? a : coref_->phrase_forward(k + 1, limit);
      }
    return -1;
  }
  int32_t p = subject_after(v, limit);
  if (p >= 0) return p;
  return coref_->phrase_ending_at(v, clause_first);
}

int32_t Attributor::document_author(uint32_t t, uint32_t limit) {
  if (t < limit && words_.has(t, kDet)) ++t;
  while (t < limit && words_.is_word(t) && !words_.upper(t) && !is_document(t) && !words_.has(t, kDet | kPrep | kConj | kPersPron) && t + 1 < limit &&
         words_.is_word(t + 1) && !words_.upper(t + 1))
    ++t;  // "de open brief", "het gezamenlijke persbericht"
  if (t + 2 >= limit || !is_document(t) || words_.lower(t + 1) != "van") return -1;
  return coref_->phrase_forward(t + 2, limit);
}

void Attributor::after_cue(Found* q) {
  const Sentence& u = units_[q->unit];
  uint32_t k = q->after;
  if (k >= u.end_token) return;
  // Only a comma (or nothing) may stand between the quote and its cue, and
  // a capital after the closing mark starts a new sentence.
  if (tok(k) == "," || tok(k) == "—" || tok(k) == "–" || tok(k) == "-") ++k;
  else if (is_stop(k) || words_.upper(k) || !cue_at(k, u.end_token)) return;
  uint32_t first = k;
  if (k < u.end_token && words_.lower(k) == "zo") ++k;
  for (uint32_t v = k; v < u.end_token && v < first + 7; ++v) {
    if (is_stop(v)) break;
    uint32_t kind = cue_at(v, u.end_token);
    if (!kind) continue;
    // "“…”, andere kenners noemen het “…”": the cue belongs to the next quote.
    bool next_quote = false;
    for (uint32_t k2 = v + 1; k2 < u.end_token && !next_quote; ++k2) {
      if (doc_.tokens[k2].kind == TokenKind::kQuote) next_quote = true;
      else if (is_stop(k2)) break;
    }
    if (next_quote && v > k) return;
    bool subject_first = words_.lower(first) == "zoals";  // "“…”, zoals X het verwoordde"
    int32_t p = speaker_from_cue(v, kind, first + 1, u.end_token, q, subject_first);
    if (p < 0 && !subject_first) p = speaker_from_cue(v, kind, first, u.end_token, q);
    if (p >= 0) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
      addressee_after(p, u.end_token, q);
    } else {
      q->mode = Mode::kContinue;
    }
    return;
  }
  // "“…”, CD&V-fractieleider Ann Maes is streng voor de minister: “…”": a name
  // opening the sentence after the quote speaks the quotes around it.
  if (first > q->after) {
    int32_t p = coref_->phrase_forward(first, u.end_token);
    if (p >= 0 && coref_->phrases()[p].kind == MentionKind::kName && !coref_->phrases()[p].not_person) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
    }
  }
}

void Attributor::colon_clause(Found* q) {
  const Sentence& u = units_[q->unit];
  if (q->open_tok <= u.first_token || tok(q->open_tok - 1) != ":") return;
  uint32_t colon = q->open_tok - 1;
  uint32_t cs = colon;
  while (cs > u.first_token && cs + kLookBack > colon && tok(cs - 1) != "," && tok(cs - 1) != ";" &&
         doc_.tokens[cs - 1].kind != TokenKind::kQuote)
    --cs;
  // "Daarin staat: …" after "… een brief van X" (or "X schreef een brief"):
  // the writer of the document the sentence before names.
  for (uint32_t v = cs; v < colon; ++v) {
    std::string_view l = words_.lower(v);
    if ((l != "daarin" && l != "hierin" && l != "erin") || q->unit == 0) continue;
    const Sentence& prev = units_[q->unit - 1];
    for (uint32_t t = prev.end_token; t > prev.first_token;) {
      --t;
      if (in_quote_[t] || !is_document(t)) continue;
      int32_t p = t + 2 < prev.end_token && words_.lower(t + 1) == "van" ? coref_->phrase_forward(t + 2, prev.end_token)
                                                                          : coref_->unit_subject_phrase(q->unit - 1);
      if (p >= 0) {
        q->mode = Mode::kPhrase;
        q->speaker = p;
        return;
      }
      break;
    }
    break;
  }
  for (uint32_t v = cs; v < colon; ++v) {
    uint32_t kind = cue_at(v, colon);
    if (!kind) continue;
    int32_t p = speaker_from_cue(v, kind, cs, colon, q, true);
    if (p < 0 && (kind & kCueVerb)) p = coref_->phrase_ending_at(v, u.first_token);
    if (p >= 0) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
      addressee_after(p, colon, q);
    } else {
      q->mode = Mode::kContinue;  // "„…” en zei te willen …: „…”": the same speaker
    }
    return;
  }
  // No cue: the first person-like phrase of the clause ("Trump: '…'",
  // "In de woorden van Rousseau: “…”").
  int32_t fallback = -1;
  for (uint32_t t = cs; t < colon; ++t) {
    int32_t p = coref_->phrase_at(t);
    if (p < 0) continue;
    const Phrase& ph = coref_->phrases()[p];
    if (ph.not_person) continue;
    if (!ph.after_prep) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
      return;
    }
    if (fallback < 0 && ph.kind == MentionKind::kName) fallback = p;
  }
  if (fallback >= 0) {
    q->mode = Mode::kPhrase;
    q->speaker = fallback;
    return;
  }
  // "Aan de poort hing een bord: '…'": text on a sign, a banner or a wall
  // is nobody's words.
  for (uint32_t t = cs; t < colon; ++t)
    if (is_inscription(t)) {
      q->mode = Mode::kNobody;
      return;
    }
}

// "“…” Dat zegt Jan Peeters." / "Dat heeft de woordvoerder bevestigd."
void Attributor::next_sentence_cue(Found* q) {
  if (q->unit + 1 >= units_.size()) return;
  const Sentence& u = units_[q->unit];
  for (uint32_t t = q->after; t < u.end_token; ++t)
    if (!is_stop(t)) return;  // the quote does not end its sentence
  const Sentence& v = units_[q->unit + 1];
  uint32_t f0 = v.first_token;
  std::string_view w = words_.lower(f0);
  if (w != "dat" && w != "dit" && w != "zo") return;
  for (uint32_t c = f0 + 1; c < v.end_token && c < f0 + 9; ++c) {
    if (is_stop(c) || tok(c) == ",") break;
    uint32_t kind = cue_at(c, v.end_token);
    if (!(kind & kCueVerb)) continue;
    int32_t p = c == f0 + 1 ? subject_after(c, v.end_token) : -1;
    if (p < 0 && c > f0 + 2) p = coref_->phrase_forward(f0 + 2, c);  // "Dat heeft X gezegd"
    if (p >= 0) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
      q->cue = static_cast<int32_t>(c);
    }
    return;
  }
}

void Attributor::inside_sentence(Found* q) {
  const Sentence& u = units_[q->unit];
  uint32_t o = q->open_tok;
  if (o <= u.first_token || tok(o - 1) == ":") return;
  // A cue before the quote in the same sentence, nearest first.
  for (uint32_t v = o; v > u.first_token && v + kLookBack > o;) {
    --v;
    if (in_quote_[v] || doc_.tokens[v].kind == TokenKind::kQuote) break;
    uint32_t kind = cue_at(v, o);
    if (!kind) continue;
    uint32_t cs = v;
    while (cs > u.first_token && tok(cs - 1) != "," && tok(cs - 1) != ";" && !in_quote_[cs - 1] &&
           doc_.tokens[cs - 1].kind != TokenKind::kQuote)
      --cs;
    int32_t p = speaker_from_cue(v, kind, cs, o, q, true);
    if (p < 0 && (kind & kCueVerb)) p = coref_->phrase_ending_at(v, u.first_token);
    if (p >= 0) {
      q->mode = Mode::kPhrase;
      q->speaker = p;
      return;
    }
  }
  // The subject: of the clause before the quote, else of the sentence.
  uint32_t cs = o;
  while (cs > u.first_token && tok(cs - 1) != "," && !in_quote_[cs - 1] && doc_.tokens[cs - 1].kind != TokenKind::kQuote) --cs;
  // (Bounded, so a giant sentence full of quotes stays linear.)
  uint32_t sentence_from = std::max(u.first_token, o > kLookBack ? o - kLookBack : 0);
  for (uint32_t from : {std::max(cs, sentence_from), sentence_from}) {
    for (uint32_t t = from; t < o; ++t) {
      int32_t p = coref_->phrase_at(t);
      if (p < 0) continue;
      const Phrase& ph = coref_->phrases()[p];
      if (ph.after_prep || ph.not_person || in_quote_[t]) continue;
      if (ph.kind == MentionKind::kNominal && !ph.role_head && !ph.upper_head && !ph.definite) continue;
      q->mode = Mode::kPhrase;
      q->speaker = p;
      return;
    }
  }
}

// A quote with no cue of its own: see the design note, rule 4.
int32_t Attributor::standalone(const Found& q, size_t index, const std::vector<int32_t>& speaker_of_unit) {
  const Found* prev = nullptr;
  for (size_t i = index; i > 0;) {
    --i;
    if (quotes_[i].kind == QuoteKind::kDirect) {
      prev = &quotes_[i];
      break;
    }
  }
  uint32_t u = q.unit;
  if (coref_->headline(u)) return -1;  // a quoted headline: the text after it says who
  if (prev && prev->unit == u) return prev->cluster;
  if (u == 0) return -1;
  uint32_t v = u - 1;
  bool prev_in_v = prev && prev->unit == v;
  if (prev_in_v && prev->cluster >= 0) return prev->cluster;
  if (prev && prev->cluster >= 0 && coref_->mentions_cluster(v, prev->cluster) && prev->unit + 4 > u) return prev->cluster;
  // "Volgens hem heeft zijn cliënt spijt. “…”": reported speech runs on into the quote.
  if (v < reporter_of_unit_.size() && reporter_of_unit_[v] >= 0) return reporter_of_unit_[v];
  int32_t s = coref_->unit_subject_phrase(v);
  if (s >= 0) return coref_->promote_speaker(s, speaker_of_unit);
  if (prev && prev->cluster >= 0 && prev->unit + 4 > u) return prev->cluster;
  return -1;
}

void Attributor::reported_speech() {
  for (uint32_t ui = 0; ui < units_.size(); ++ui) {
    const Sentence& u = units_[ui];
    uint32_t end = u.end_token;
    while (end > u.first_token && (is_stop(end - 1) || tok(end - 1) == ",")) --end;
    // Stop the content before any direct quote in the sentence.
    auto content_end = [&](uint32_t from) {
      uint32_t e = from;
      while (e < end && !kept_quote_[e]) ++e;
      while (e > from && (tok(e - 1) == "," || is_stop(e - 1))) --e;
      return e;
    };
    auto emit = [&](int32_t speaker, int32_t cue, uint32_t from, uint32_t to) {
      if (to <= from + 2) return;
      Found f;
      f.kind = QuoteKind::kIndirect;
      f.unit = ui;
      f.speaker = speaker;
      f.mode = speaker >= 0 ? Mode::kPhrase : Mode::kNone;
      f.cue = cue;
      f.span = doc_.token_range(from, to);
      f.open_tok = from;
      quotes_.push_back(f);
    };
    uint32_t f0 = u.first_token;
    if (in_quote_[f0] || doc_.tokens[f0].kind == TokenKind::kQuote) continue;
    // "Volgens Trump moeten zij …"
    if (words_.has(f0, kCueVolgens)) {
      int32_t p = coref_->phrase_forward(f0 + 1, end);
      if (p >= 0) emit(p, static_cast<int32_t>(f0), coref_->phrases()[p].end, content_end(coref_->phrases()[p].end));
      continue;
    }
    // "Dat heeft X meegedeeld": the sentence before is what X said.
    if (words_.lower(f0) == "dat" && ui > 0 && f0 + 2 < end && words_.has(f0 + 1, kFunc)) {
      for (uint32_t v = f0 + 2; v < end; ++v) {
        if (!cue_at(v, end)) continue;
        int32_t p = coref_->phrase_forward(f0 + 2, v);
        const Sentence& prev = units_[ui - 1];
        bool has_direct = false;
        for (uint32_t t = prev.first_token; t < prev.end_token; ++t) has_direct |= kept_quote_[t] != 0;
        uint32_t pe = prev.end_token;
        while (pe > prev.first_token && is_stop(pe - 1)) --pe;
        if (p >= 0 && !has_direct) {
          emit(p, static_cast<int32_t>(v), prev.first_token, pe);
          quotes_.back().unit = ui;
        }
        break;
      }
      continue;
    }
    // "X verklaarde dat …", "verklaarde hij dat …"
    for (uint32_t v = f0; v < end; ++v) {
      if (in_quote_[v] || !(cue_at(v, end) & kCueVerb)) continue;
      uint32_t d = v + 1;
      while (d < end && d < v + 6 && words_.lower(d) != "dat" && !is_stop(d)) ++d;
      if (d >= end || words_.lower(d) != "dat") continue;
      int32_t p = d > v + 1 ? subject_after(v, d) : -1;
      if (p < 0) p = subject_before(v, f0);
      // "X veroordeelt het incident en verzekert dat …": the sentence's subject.
      for (uint32_t t = f0; p < 0 && t < v; ++t) {
        int32_t c = coref_->phrase_at(t);
        if (c >= 0 && !coref_->phrases()[c].after_prep && (!coref_->phrases()[c].not_person || is_org(coref_->phrases()[c]))) p = c;
      }
      emit(p, static_cast<int32_t>(v), d + 1, content_end(d + 1));
      break;
    }
  }
}

// A quoted headline repeats a quote of the article ("Winnaar: 'Dit is een
// droom'" … "'Dit is een droom', zei Anna Peeters"): the article says who
// said it, and the headline's own noun ("winnaar", "storm X") only hints.
void Attributor::headline_repeats(size_t direct) {
  auto key = [&](const Found& f) {
    std::string_view s = std::string_view(doc_.text).substr(f.marks.begin, f.marks.end - f.marks.begin);
    while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ' || s.back() == '!')) s.remove_suffix(1);
    return s;
  };
  std::unordered_map<std::string_view, int32_t> said;
  for (size_t i = direct; i > 0;) {
    --i;
    const Found& f = quotes_[i];
    if (f.cluster >= 0 && !coref_->headline(f.unit)) said[key(f)] = f.cluster;
  }
  for (size_t i = 0; i < direct; ++i) {
    Found& f = quotes_[i];
    if (!coref_->headline(f.unit)) continue;
    auto it = said.find(key(f));
    if (it != said.end()) f.cluster = it->second;
  }
}

void Attributor::run() {
  const size_t n = doc_.tokens.size();
  if (n == 0) return;
  std::vector<QuotedSpan> spans = find_quoted_spans(doc_.text);
  in_quote_.assign(n, 0);
  std::vector<uint8_t> inside(n, 0);  // inner tokens and the closing mark
  auto first_at = [&](uint32_t byte, uint32_t from) {
    while (from < n && doc_.tokens[from].span.begin < byte) ++from;
    return from;
  };
  uint32_t cursor = 0;
  for (const QuotedSpan& s : spans) {
    Found f;
    f.marks = s;
    f.open_tok = cursor = first_at(s.open, cursor);
    f.inner_first = first_at(s.begin, cursor);
    f.inner_end = first_at(s.end, f.inner_first);
    f.after = first_at(s.close_end, f.inner_end);
    if (f.inner_end <= f.inner_first) continue;
    // A mark never closed, with the attribution inside ("“Dit is het begin,
    // zei Tom Baert. Daarna …"): the quote ends at the comma before the cue.
    if (!s.closed) {
      for (uint32_t t = f.inner_first + 1; t + 2 < f.inner_end; ++t) {
        if (tok(t) != "," || !words_.has(t + 1, kCueVerb) || words_.upper(t + 1)) continue;
        if (!(words_.has(t + 2, kPersPron | kDet) || words_.upper(t + 2))) continue;
        f.inner_end = f.after = t;
        f.marks.end = f.marks.close_end = doc_.tokens[t].span.begin;
        break;
      }
    }
    for (uint32_t t = f.inner_first; t < f.inner_end; ++t) in_quote_[t] = 1;
    for (uint32_t t = f.inner_first; t < f.after && t < n; ++t) inside[t] = 1;
    quotes_.push_back(f);
  }
  // Units: sentences, joined where a sentence break falls inside a quote, and
  // split after a quote that ends its sentence ("…meer.” Dibbits houdt …").
  std::vector<uint8_t> split_before(n + 1, 0);
  for (const Found& f : quotes_) {
    if (f.after >= n || f.inner_end == 0) continue;
    std::string_view last = tok(f.inner_end - 1);
    if ((last == "." || last == "!" || last == "?") && words_.is_word(f.after) && words_.upper(f.after))
      split_before[f.after] = 1;
  }
  unit_of_.assign(n, 0);
  for (const Sentence& s : doc_.sentences) {
    uint32_t start = s.first_token;
    // A sentence split after a closing mark that the attribution continues:
    // "“Wat nu?” | vraagt hij."
    bool continues = start > 0 && inside[start - 1] && doc_.tokens[start - 1].kind == TokenKind::kQuote &&
                     (tok(start) == "," || (words_.is_word(start) && !words_.upper(start)));
    if (!units_.empty() && (inside[s.first_token] || continues) &&
        !(doc_.tokens[s.first_token].flags & kParagraphStart)) {
      start = units_.back().first_token;
      units_.pop_back();
    }
    for (uint32_t t = start + 1; t < s.end_token; ++t)
      if (split_before[t]) {
        units_.push_back({start, t});
        start = t;
      }
    units_.push_back({start, s.end_token});
  }
  for (uint32_t u = 0; u < units_.size(); ++u)
    for (uint32_t t = units_[u].first_token; t < units_[u].end_token; ++t) unit_of_[t] = u;
  for (Found& f : quotes_) f.unit = unit_of_[f.open_tok < n ? f.open_tok : n - 1];

  coref_ = std::make_unique<Coref>(doc_, words_, units_, in_quote_);

  // Scare quotes and titles: short fragments inside a sentence with no cue.
  std::vector<Found> kept;
  for (Found& f : quotes_) {
    uint32_t words = 0;
    for (uint32_t t = f.inner_first; t < f.inner_end; ++t) words += words_.is_word(t) || doc_.tokens[t].kind == TokenKind::kNumber;
    after_cue(&f);
    bool starts = f.open_tok == units_[f.unit].first_token || (f.open_tok > 0 && tok(f.open_tok - 1) == ":");
    if (words < 4 && !starts && f.mode == Mode::kNone) continue;
    // Titles: after a noun for a work or campaign ("het boek 'De val van het rijk'").
    if (!starts && f.mode == Mode::kNone && f.open_tok > 0 && words_.has(f.open_tok - 1, kTitleNoun)) continue;
    // Titles: a few words, mostly capitalised, inside a sentence ("State of the Union").
    if (!starts && f.mode == Mode::kNone && words <= 6) {
      uint32_t caps = 0;
      for (uint32_t t = f.inner_first; t < f.inner_end; ++t) caps += words_.is_word(t) && words_.upper(t);
      if (caps * 2 >= words) continue;
    }
    if (f.mode == Mode::kNone) colon_clause(&f);
    if (f.mode == Mode::kNone) inside_sentence(&f);
    if (f.mode == Mode::kNone) next_sentence_cue(&f);
    kept.push_back(f);
  }
  quotes_ = std::move(kept);
  // Reported speech runs on through scare quotes but stops at a real quote.
  kept_quote_.assign(n, 0);
  for (const Found& f : quotes_)
    for (uint32_t t = f.open_tok; t < f.after && t < n; ++t) kept_quote_[t] = 1;
  size_t direct = quotes_.size();
  reported_speech();

  for (const Found& f : quotes_)
    if (f.speaker >= 0) coref_->phrases()[f.speaker].speaker = true;
  // Resolve in text order, one unit at a time.
  std::vector<int32_t> speaker_of_unit(units_.size(), -1);
  reporter_of_unit_.assign(units_.size(), -1);
  std::vector<size_t> by_unit(quotes_.size());
  for (size_t i = 0; i < by_unit.size(); ++i) by_unit[i] = i;
  std::stable_sort(by_unit.begin(), by_unit.end(), [&](size_t a, size_t b) { return quotes_[a].unit < quotes_[b].unit; });
  size_t qi = 0;
  for (uint32_t u = 0; u < units_.size(); ++u) {
    coref_->resolve_unit(u, speaker_of_unit);
    for (; qi < by_unit.size() && quotes_[by_unit[qi]].unit == u; ++qi) {
      Found& f = quotes_[by_unit[qi]];
      if (f.mode == Mode::kPhrase) {
        f.cluster = coref_->resolve(f.speaker, speaker_of_unit);
        if (coref_->bare_pronoun(f.cluster)) f.cluster = -1;
      } else if (f.kind == QuoteKind::kDirect && f.mode != Mode::kNobody) {
        f.cluster = standalone(f, by_unit[qi] < direct ? by_unit[qi] : direct, speaker_of_unit);
      }
      if (f.cluster >= 0 && f.kind == QuoteKind::kIndirect && reporter_of_unit_[u] < 0) reporter_of_unit_[u] = f.cluster;
      if (f.cluster >= 0 && f.kind == QuoteKind::kDirect) {
        coref_->note_speaker(f.cluster);
        if (speaker_of_unit[u] < 0) speaker_of_unit[u] = f.cluster;
      }
      if (f.addressee >= 0) coref_->resolve(f.addressee, speaker_of_unit);
    }
  }
  // Nothing before it: the subject of the sentences after it.
  for (size_t i = 0; i < direct; ++i) {
    Found& f = quotes_[i];
    if (f.cluster >= 0 || f.mode == Mode::kPhrase || f.mode == Mode::kNobody) continue;  // "zeggen ze": its own cue says nobody
    for (uint32_t v = f.unit + 1; v < units_.size() && v < f.unit + 3; ++v) {
      int32_t s = coref_->unit_subject_phrase(v);
      if (s < 0) continue;
      f.cluster = coref_->phrases()[s].cluster;
      break;
    }
  }
  headline_repeats(direct);
  for (Found& f : quotes_) {
    if (f.speaker >= 0) coref_->phrases()[f.speaker].keep = coref_->phrases()[f.speaker].cluster == f.cluster;
    if (f.addressee >= 0) coref_->phrases()[f.addressee].keep = true;
  }
  std::vector<int32_t> entity_of = coref_->materialize(&doc_);

  doc_.quotes.clear();
  for (const Found& f : quotes_) {
    Quote q;
    q.kind = f.kind;
    q.span = f.kind == QuoteKind::kDirect ? doc_.span_of_bytes(f.marks.begin, f.marks.end) : f.span;
    q.cue_token = f.cue;
    if (f.cluster >= 0) {
      q.speaker_entity = entity_of[f.cluster];
      q.speaker_name = coref_->name(f.cluster);
    }
    if (f.speaker >= 0 && coref_->phrases()[f.speaker].cluster == f.cluster)
      q.speaker_mention = coref_->phrases()[f.speaker].mention;
    if (f.addressee >= 0) {
      int32_t c = coref_->phrases()[f.addressee].cluster;
      if (c >= 0) q.addressee_entity = entity_of[c];
    }
    doc_.quotes.push_back(std::move(q));
  }
  std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

void find_quotes(const QuoteModel& model, Document* doc) {
  Attributor a(model, doc);
  a.run();
}

}  // namespace kroniek
