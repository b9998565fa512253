#include "coref/coref.h"

#include <algorithm>

#include "text/lowercase.h"

namespace kroniek {
namespace {

constexpr uint32_t kClosed = kDet | kPrep | kPersPron | kPron | kAdverb | kConj | kFunc;
// A sentence's subject is among its first phrases; looking no further keeps
// giant sentences linear.
constexpr size_t kFirstPhrases = 24;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "de Rijksvoorlichtingsdienst", "de Kamer": a capitalised noun that names
// a body, not an epithet for a person ("de Spanjaard").
bool institution(std::string_view h) {
  for (std::string_view suffix : {"dienst", "raad", "ministerie", "kamer", "partij", "bond", "commissie", "politie",
                                  "bank", "hof", "regering", "overheid", "bureau", "instituut", "centrum", "huis",
                                  "senaat", "parlement", "unie", "federatie", "vereniging", "stichting", "inspectie",
                                  "autoriteit", "agentschap", "directie", "gemeente", "provincie", "staat", "club",
                                  "ploeg", "krant", "omroep", "groep", "school", "universiteit", "ziekenhuis", "brandweer"})
    if (ends_with(h, suffix)) return true;
  return false;
}

// One office, two words: "de burgervader" is the mayor.
std::string_view same_office(std::string_view head) {
  if (head == "burgervader" || head == "burgermoeder") return "burgemeester";
  if (head == "regeringsleider") return "premier";
  if (head == "bewindsvrouw" || head == "bewindsman" || head == "bewindspersoon") return "minister";
  return head;
}

// "Brussels" and "Brusselse", "Gentse" and "Gents": one modifier.
std::string mod_stem(std::string_view m) {
  if (ends_with(m, "e")) m.remove_suffix(1);
  if (ends_with(m, "s")) m.remove_suffix(1);
  return std::string(m);
}

}  // namespace

Coref::Coref(const Document& doc, const DocWords& words, const std::vector<Sentence>& units,
             const std::vector<uint8_t>& in_quote)
    : doc_(doc), w_(words), units_(units), in_quote_(in_quote) {
  size_t n = doc.tokens.size();
  unit_of_.assign(n, 0);
  at_.assign(n, -1);
  ending_at_.assign(n, -1);
  ner_at_.assign(n, -1);
  unit_phrases_.resize(units.size());
  for (uint32_t u = 0; u < units.size(); ++u)
    for (uint32_t t = units[u].first_token; t < units[u].end_token; ++t) unit_of_[t] = u;
  inside_ner_.assign(n, 0);
  for (size_t m = 0; m < doc.mentions.size(); ++m)
    if (doc.mentions[m].first_token < n && doc.mentions[m].kind == MentionKind::kName) {
      ner_at_[doc.mentions[m].first_token] = static_cast<int32_t>(m);
      for (uint32_t t = doc.mentions[m].first_token + 1; t < doc.mentions[m].end_token && t < n; ++t)
        inside_ner_[t] = 1;
    }
  // Words written with a capital in mid-sentence are names (or name-like) wherever they stand.
  for (uint32_t u = 0; u < units.size(); ++u)
    for (uint32_t t = units[u].first_token + 1; t < units[u].end_token; ++t)
      if (w_.is_word(t) && w_.upper(t) && !(doc.tokens[t].flags & kNewlineBefore) &&
          doc.tokens[t - 1].kind != TokenKind::kQuote && doc_.token_text(t - 1) != ":")
        upper_mid_[std::string(w_.lower(t))] = 1;
  // Headlines: a paragraph of one unit with no closing punctuation.
  headline_.assign(units.size(), 0);
  for (uint32_t u = 0; u < units.size(); ++u) {
    const Sentence& s = units[u];
    bool starts = s.first_token == 0 || (doc.tokens[s.first_token].flags & kParagraphStart);
    bool ends = s.end_token >= n || (doc.tokens[s.end_token].flags & kParagraphStart);
    uint32_t e = s.end_token;
    while (e > s.first_token + 1 && doc.tokens[e - 1].kind == TokenKind::kQuote) --e;
    std::string_view last = doc.token_text(e - 1);
    headline_[u] = starts && ends && last != "." && last != "!" && last != "?";
  }
  scan();
}

bool Coref::adjective_like(uint32_t t) const {
  std::string_view l = w_.lower(t);
  return ends_with(l, "se") || ends_with(l, "sche") || ends_with(l, "isch") || ends_with(l, "aans");
}

// Can a name start at t? At the start of a sentence a capital says little, so
// the word must be known as a name from elsewhere or stand before a verb.
bool Coref::name_token(uint32_t t, uint32_t sent_first) const {
  if (!w_.is_word(t) || !w_.upper(t)) return false;
  uint32_t c = w_.classes(t);
  std::string_view l = w_.lower(t);
  bool initial = l.size() == 1 && t + 1 < w_.size() && doc_.token_text(t + 1) == "." &&
                 !(doc_.tokens[t].flags & kSpaceAfter);
  bool first = t == sent_first || (doc_.tokens[t].flags & kNewlineBefore) ||
               (t > 0 && (doc_.tokens[t - 1].kind == TokenKind::kQuote || doc_.token_text(t - 1) == ":"));
  if (c & kClosed) {
    // "De Croo", "Van Zwol": a particle before another capitalised word.
    if (!(c & kParticle) || t + 1 >= w_.size() || !w_.upper(t + 1) || !w_.is_word(t + 1) ||
        adjective_like(t + 1) || (w_.classes(t + 1) & kClosed))
      return false;
    return !first || upper_mid_.count(std::string(w_.lower(t + 1)));
  }
  // "de Franse televisie": an adjective from a name is no name.
  if (adjective_like(t) && t + 1 < w_.size() && w_.is_word(t + 1) && !w_.upper(t + 1) &&
      !(w_.classes(t + 1) & (kClosed | kAnyCue | kCueNeedsPart)))
    return false;
  if (!first || initial) return true;
  if (upper_mid_.count(std::string(l))) return true;
  // "Wout van Aert heeft …": a given name, particles and a capitalised word.
  if ((w_.gender(t) & kGender) && !(c & kRole)) {
    uint32_t k = t + 1;
    while (k < w_.size() && k < t + 4 && w_.is_word(k) && !w_.upper(k) && (w_.classes(k) & kParticle)) ++k;
    if (k > t + 1 && k < w_.size() && w_.is_word(k) && w_.upper(k)) return true;
  }
  // Sentence-initial adjectives and adverbs: "Dolgelukkig was hij".
  for (std::string_view suffix : {"ig", "lijk", "baar", "loos", "zaam", "heid", "end", "ens"})
    if (ends_with(l, suffix)) return false;
  if (t + 1 < w_.size() && w_.is_word(t + 1)) {
    uint32_t n = w_.classes(t + 1);
    if (w_.upper(t + 1) && !(n & kClosed)) return true;  // two capitalised words
    if (n & (kFunc | kCueVerb)) return !(n & kDet) || w_.lower(t + 1) == "zijn";
  }
  return false;
}

uint32_t Coref::name_run(uint32_t t, uint32_t limit, uint32_t sent_first) const {
  if (!name_token(t, sent_first)) return t;
  uint32_t j = t;
  while (j < limit) {
    if (w_.is_word(j) && w_.upper(j) && (j == t || !(w_.classes(j) & kClosed) || (w_.classes(j) & kParticle))) {
      if (j > t && (w_.classes(j) & kParticle) && !(j + 1 < limit && w_.is_word(j + 1) && w_.upper(j + 1)))
        break;
      // An initial: "H." with the full stop glued to it.
      if (w_.lower(j).size() == 1 && j + 1 < limit && doc_.token_text(j + 1) == "." &&
          !(doc_.tokens[j].flags & kSpaceAfter)) {
        j += 2;
        continue;
      }
      ++j;
      continue;
    }
    // "Hugo de Jonge", "Ursula von der Leyen": lowercase particles follow a
    // first name; after a full name "van" says where someone works.
    if (j == t + 1 && w_.is_word(j) && !w_.upper(j) && (w_.classes(j) & kParticle)) {
      uint32_t k = j;
      while (k < limit && w_.is_word(k) && !w_.upper(k) && (w_.classes(k) & kParticle) && k < j + 3) ++k;
      if (k < limit && w_.is_word(k) && w_.upper(k) && !(w_.classes(k) & kClosed)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

bool Coref::parse(uint32_t t, uint32_t limit, Phrase* p) const {
  // No phrase starts inside a name the tagger found ("Nord" of "het Gare du Nord").
  if (t >= limit || !w_.is_word(t) || inside_ner_[t]) return false;
  uint32_t sent_first = units_[unit_of_[t]].first_token;
  *p = Phrase();
  p->first = t;
  p->unit = unit_of_[t];
  p->after_prep = t > 0 && w_.has(t - 1, kPrep);
  if (w_.has(t, kPersPron)) {
    p->kind = MentionKind::kPronoun;
    p->end = t + 1;
    return true;
  }
  // A NER mention stands as the name, unless it is a role word the tagger
  // took for a name ("ING-econoom", "N-VA-fractieleider").
  // Nor is an adjective from a name before a role ("Europees commissaris X").
  bool ner_role = ner_at_[t] >= 0 && doc_.mentions[ner_at_[t]].type != EntityType::kPer &&
                  ((doc_.mentions[ner_at_[t]].end_token == t + 1 && w_.has(t, kRole)) ||
                   (doc_.mentions[ner_at_[t]].end_token < limit && w_.has(doc_.mentions[ner_at_[t]].end_token, kRole) &&
                    !w_.upper(doc_.mentions[ner_at_[t]].end_token)));
  if (ner_at_[t] >= 0 && !ner_role) {
    const Mention& m = doc_.mentions[ner_at_[t]];
    p->kind = MentionKind::kName;
    p->name_first = t;
    p->name_end = p->end = m.end_token;
    while (p->name_first + 1 < p->name_end && w_.has(p->name_first, kRole)) ++p->name_first;
    p->head = p->name_first > t ? p->name_first - 1 : p->name_first;
    p->ner_mention = ner_at_[t];
    // "CEO Annelies Wouters": a role inside the mention makes it a person.
    p->person_hint = m.type == EntityType::kPer || p->name_first > t;
    p->not_person = !p->person_hint;
    return true;
  }
  bool det = false;
  uint32_t j = t;
  // "dat H. een …", "die Trump …": a conjunction or pronoun, not an article.
  // ("Zijn Nederlandse uitgever": a possessive before an adjective from a name is an article.)
  bool owner_adj = possessive_word(w_.lower(t)) && t + 2 < limit && ner_at_[t + 1] >= 0 &&
                   doc_.mentions[ner_at_[t + 1]].type == EntityType::kMisc &&
                   doc_.mentions[ner_at_[t + 1]].end_token == t + 2 && w_.is_word(t + 2) && !w_.upper(t + 2);
  bool det_ok = w_.has(t, kDet) && !(w_.has(t, kFunc) && t + 1 < limit && w_.upper(t + 1) && !owner_adj);
  if (det_ok) {
    det = true;
    std::string_view l = w_.lower(t);
    p->definite = l == "de" || l == "het" || l == "die" || l == "deze" || l == "dit";
    ++j;
  }
  int32_t head = -1;
  bool role_seen = false, head_adjectival = true;
  // "een van de redders", "één van hen": the article stands for a person.
  if (det && j < limit && w_.lower(j) == "van" && (w_.lower(t) == "een" || w_.lower(t) == "één")) {
    head = static_cast<int32_t>(t);
    role_seen = true;
    j = limit;  // no more words; the "van" phrase is added below
  }
  uint32_t stop = std::min<uint32_t>(limit, t + 10);
  for (; j < stop; ++j) {
    if (!w_.is_word(j)) break;
    if (ner_at_[j] >= 0 && (role_seen || !det)) {
      const Mention& m = doc_.mentions[ner_at_[j]];
      if (m.type == EntityType::kPer || role_seen) {
        p->name_first = j;
        p->name_end = j = m.end_token;
        p->ner_mention = ner_at_[p->name_first];
        p->person_hint = m.type == EntityType::kPer || role_seen;  // a role names a person
        break;
      }
    }
    if (w_.upper(j)) {
      bool next_content = j + 1 < limit && w_.is_word(j + 1) && !w_.upper(j + 1) &&
                          !(w_.classes(j + 1) & (kClosed | kAnyCue | kCueNeedsPart));
      if (det && !role_seen) {
        if (head >= 0 && !head_adjectival) break;  // "het land Navo": the noun came first
        if (next_content && head_adjectival && ends_with(w_.lower(j), "e")) continue;  // "de Amerikaanse president"
        if (w_.has(j, kRole)) {  // "de Republikein", even when a name follows
          head = static_cast<int32_t>(j);
          p->upper_head = true;
          ++j;
          break;
        }
        // "de 45-jarige Jan Peeters": two capitalised words after the article are a name.
        if (uint32_t e2 = name_run(j, limit, sent_first); e2 >= j + 2 && !adjective_like(j)) {
          p->name_first = j;
          p->name_end = e2;
          p->person_hint = true;
          if (ner_at_[j] >= 0) {
            const Mention& m = doc_.mentions[ner_at_[j]];
            p->ner_mention = ner_at_[j];
            p->name_end = e2 = std::max(m.end_token, j + 1);
            p->not_person = m.type != EntityType::kPer;
            p->person_hint = m.type == EntityType::kPer;
          }
          j = e2;
          break;
        }
        // A capitalised noun after the article ends the phrase, role or not:
        // "de Republikein Kim" is the Republican and Kim, not one person.
        head = static_cast<int32_t>(j);
        p->upper_head = true;
        ++j;
        break;
      }
      uint32_t e = name_run(j, limit, sent_first);
      if (e == j) {
        if (w_.has(j, kRole) && (j == t || role_seen)) {  // "Bondscoach Roberto Martinez"
          head = static_cast<int32_t>(j);
          role_seen = true;
          continue;
        }
        break;
      }
      // "Brussels burgemeester X": capitalised words before a role are modifiers.
      if (e < limit && w_.is_word(e) && !w_.upper(e) && w_.has(e, kRole)) {
        j = e - 1;
        continue;
      }
      uint32_t nf = j;
      for (uint32_t k = j; k < e; ++k)
        if (w_.has(k, kRole)) nf = k + 1;
      // "Invaller Siem van Leeuwen": the tagger's person inside the run wins.
      // ("Wout van Aert" stays whole: a given name and particles lead to the surname.)
      // (A run that ends in a role leaves nf == e: no name after it.)
      bool given_first = nf < e && w_.upper(nf) && (w_.gender(nf) & kGender) && !w_.has(nf, kRole | kClosed);
      for (uint32_t k = nf + 1; k < e && given_first; ++k)
        if (!w_.has(k, kParticle) && !(ner_at_[k] >= 0)) given_first = false;
      for (uint32_t k = nf + 1; k < e && !given_first; ++k)
        if (ner_at_[k] >= 0 && doc_.mentions[ner_at_[k]].type == EntityType::kPer &&
            !(ner_at_[nf] >= 0 && doc_.mentions[ner_at_[nf]].type == EntityType::kPer)) {
          nf = k;
          break;
        }
      if (nf > j) {
        head = static_cast<int32_t>(nf - 1);
        role_seen = true;
      }
      if (nf < e) {
        p->name_first = nf;
        p->name_end = e;
        if (ner_at_[nf] >= 0) {  // the tagger's mention, when it starts there
          const Mention& m = doc_.mentions[ner_at_[nf]];
          p->ner_mention = ner_at_[nf];
          p->name_end = e = m.end_token;
          p->not_person = m.type != EntityType::kPer;
          if (m.type == EntityType::kPer) p->person_hint = true;
        }
        if (e - nf >= 2 || role_seen || w_.lower(nf).size() == 1) p->person_hint = true;
      }
      j = e;
      break;
    }
    uint32_t c = w_.classes(j);
    // Titles before a name: "mr. Dennis Kraaijeveld", "prof. dr. Jan Smit".
    if ((c & kTitle) && j + 1 < limit) {
      if (doc_.token_text(j + 1) == ".") ++j;
      // "de heer Jansen", "mevrouw Claes": a name follows.
      if (det && j + 1 < limit && w_.upper(j + 1)) role_seen = true;
      continue;
    }
    // "hoogleraar microbiologie Femke Dijkstra": a field between role and name.
    if (role_seen && !(c & (kClosed | kAnyCue | kCueNeedsPart | kRole))) {
      uint32_t k = j;
      while (k < limit && k < j + 3 && w_.is_word(k) && !w_.upper(k) && !(w_.classes(k) & (kClosed | kAnyCue)))
        ++k;
      if (k < limit && w_.is_word(k) && w_.upper(k) && name_run(k, limit, sent_first) > k) {
        j = k - 1;
        continue;
      }
    }
    if (c & kRole) {
      if (head >= 0 && !head_adjectival && !role_seen) break;
      head = static_cast<int32_t>(j);
      role_seen = true;
      head_adjectival = false;
      continue;
    }
    if (role_seen && w_.lower(j) == "en" && j + 1 < limit) {  // "oud-burgemeester en huidig provincieraadslid"
      head_adjectival = true;
      continue;
    }
    // "minister van Buitenlandse Zaken Hadja Lahbib": with the tagger's help,
    // step over the organisation to the name.
    if (role_seen && w_.lower(j) == "van" && j + 1 < limit) {
      uint32_t k = j + 1;
      while (k < limit && k < j + 6 && w_.is_word(k) &&
             !(ner_at_[k] >= 0 && doc_.mentions[ner_at_[k]].type == EntityType::kPer))
        ++k;
      if (k > j + 1 && k < limit && ner_at_[k] >= 0 && doc_.mentions[ner_at_[k]].type == EntityType::kPer) {
        j = k - 1;
        continue;
      }
    }
    if (c & (kClosed | kAnyCue | kCueNeedsPart | kCuePart)) break;
    if (!det && !role_seen) break;
    if (head >= 0 && !head_adjectival) break;  // a noun, then a verb
    head = static_cast<int32_t>(j);
    std::string_view l = w_.lower(j);
    head_adjectival = ends_with(l, "e") || ends_with(l, "ig") || ends_with(l, "isch") || ends_with(l, "en");
  }
  if (p->name_end > p->name_first) {
    p->kind = MentionKind::kName;
    p->end = p->name_end;
    p->head = head >= 0 ? static_cast<uint32_t>(head) : p->name_first;
    if (role_seen) p->person_hint = true;
    return true;
  }
  if (head < 0) return false;
  p->kind = MentionKind::kNominal;
  p->head = static_cast<uint32_t>(head);
  p->end = static_cast<uint32_t>(head) + 1;
  // "de 63-jarige": an age stands for a person.
  p->role_head = w_.has(p->head, kRole) || ends_with(w_.lower(p->head), "jarige") || role_seen;
  if (p->upper_head) {
    std::string_view h = doc_.token_text(p->head);
    bool all_caps = h.size() > 1 && std::all_of(h.begin(), h.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z'); });
    if (all_caps) p->upper_head = false;
  }
  // "een woordvoerder van de politie": keep one "van" phrase on an unnamed role.
  if (p->role_head && p->end < limit && w_.lower(p->end) == "van") {
    uint32_t k = p->end + 1;
    if (k < limit && w_.has(k, kDet)) ++k;
    uint32_t e = k;
    while (e < limit && e < k + 3 && w_.is_word(e) && !(w_.classes(e) & (kClosed | kAnyCue | kCueNeedsPart)) &&
           !(ner_at_[e] >= 0 && doc_.mentions[ner_at_[e]].type == EntityType::kPer)) {
      if (e > k && w_.upper(e - 1) && !w_.upper(e)) break;  // "van Brugge | bezocht": a name ends it
      std::string_view l = w_.lower(e++);
      // Adjectives lead to the noun; after the noun the phrase ends ("de moeder van het slachtoffer | las").
      if (!w_.upper(e - 1) && !ends_with(l, "e") && !ends_with(l, "ig") && !ends_with(l, "isch")) break;
    }
    if (e > k) p->end = e;
  }
  // Other nouns only with an article: "de notulen", "een bezoeker".
  return p->role_head || p->upper_head || det;
}

int32_t Coref::add(Phrase p) {
  if (p.end <= p.first || p.end > at_.size()) return -1;
  if (at_[p.first] >= 0) return at_[p.first];
  int32_t i = static_cast<int32_t>(phrases_.size());
  phrases_.push_back(p);
  at_[p.first] = i;
  ending_at_[p.end - 1] = i;
  auto& list = unit_phrases_[p.unit];
  list.insert(std::upper_bound(list.begin(), list.end(), i,
                               [&](int32_t a, int32_t b) { return phrases_[a].first < phrases_[b].first; }),
              i);
  return i;
}

void Coref::scan() {
  for (uint32_t u = 0; u < units_.size(); ++u) {
    uint32_t end = units_[u].end_token;
    for (uint32_t t = units_[u].first_token; t < end;) {
      if (in_quote_[t]) {
        Phrase p;
        if (ner_at_[t] >= 0 && parse(t, end, &p) && p.end > t) {
          p.after_prep = true;  // names inside quotes are never the sentence's subject
          add(p);
          t = p.end;
          continue;
        }
        ++t;
        continue;
      }
      Phrase p;
      if (parse(t, end, &p)) {
        if (p.kind != MentionKind::kNominal || p.role_head || p.upper_head) add(p);
        t = p.end;
      } else {
        ++t;
      }
    }
  }
}

int32_t Coref::phrase_forward(uint32_t t, uint32_t limit) {
  if (t < at_.size() && at_[t] >= 0) return at_[t];
  Phrase p;
  if (!parse(t, limit, &p)) return -1;
  return add(p);
}

int32_t Coref::phrase_ending_at(uint32_t end, uint32_t lower_limit) {
  if (end == 0 || end <= lower_limit) return -1;
  uint32_t k = end;
  while (k > lower_limit && w_.has(k - 1, kAdverb) && !w_.has(k - 1, kDet | kPersPron)) --k;
  if (k == lower_limit) return -1;
  if (ending_at_[k - 1] >= 0) return ending_at_[k - 1];
  uint32_t from = k > lower_limit + 8 ? k - 8 : lower_limit;
  for (uint32_t s = from; s < k; ++s) {
    Phrase p;
    if (parse(s, k, &p) && p.end == k) return add(p);
  }
  return -1;
}

int32_t Coref::unit_subject_phrase(uint32_t u) const {
  const std::vector<int32_t>& list = unit_phrases_[u];
  for (size_t k = 0; k < list.size() && k < kFirstPhrases; ++k) {
    int32_t i = list[k];
    const Phrase& p = phrases_[i];
    if (p.after_prep || in_quote_[p.first] || p.cluster < 0) continue;
    if (clusters_[p.cluster].person) return i;
    // "De zevenvoudig Tour-winnaar …", "Een woordvoerder …": a role stands for a person.
    if (p.kind == MentionKind::kNominal && (p.role_head || (p.definite && p.upper_head))) return i;
    // A lone name before its verb ("Amrstrong was …") is taken for a person
    // unless the NER stage typed it otherwise.
    if (p.kind == MentionKind::kName && !p.not_person && p.end < units_[u].end_token &&
        w_.is_word(p.end) && !w_.upper(p.end))
      return i;
  }
  return -1;
}

bool Coref::mentions_cluster(uint32_t u, int32_t cluster) const {
  const std::vector<int32_t>& list = unit_phrases_[u];
  for (size_t k = 0; k < list.size() && k < kFirstPhrases; ++k)
    if (phrases_[list[k]].cluster == cluster) return true;
  return false;
}

std::string Coref::key_of(uint32_t first, uint32_t end) const {
  std::string k;
  for (uint32_t t = first; t < end; ++t) {
    if (!w_.is_word(t)) continue;
    if (!k.empty()) k.push_back(' ');
    k.append(w_.lower(t));
  }
  return k;
}

int32_t Coref::new_cluster(const Phrase& p) {
  Cluster c;
  if (p.kind == MentionKind::kName) {
    c.name = std::string(doc_.slice(doc_.token_range(p.name_first, p.name_end)));
    c.name_tokens = p.name_end - p.name_first;
    if (p.ner_mention >= 0) c.type = doc_.mentions[p.ner_mention].type;
    if (p.person_hint && !p.not_person) c.type = EntityType::kPer;
  } else {
    c.nominal = std::string(doc_.slice(doc_.token_range(p.first, p.end)));
    c.bare_pronoun = p.kind == MentionKind::kPronoun;
  }
  clusters_.push_back(std::move(c));
  return static_cast<int32_t>(clusters_.size() - 1);
}

void Coref::role_mods(const Phrase& p, uint32_t end, std::vector<std::string>* out) const {
  // "zijn Brugse collega Nele Maes": the tagger may have taken the adjective
  // for a phrase of its own; it still modifies the role.
  uint32_t from = p.first, unit_first = units_[p.unit].first_token;
  if (!w_.has(p.first, kDet))
    while (from > unit_first + 1 && from + 2 > p.first && w_.is_word(from - 1) && w_.upper(from - 1) &&
           ends_with(w_.lower(from - 1), "e") && !w_.has(from - 1, kClosed | kRole))
      --from;
  for (uint32_t t = from; t < end && t < p.head; ++t)
    if (w_.is_word(t) && w_.upper(t) && !w_.has(t, kClosed | kRole | kTitle) && (t > p.first || !w_.has(t, kDet)) &&
        t > unit_first)
      out->push_back(mod_stem(w_.lower(t)));
}

void Coref::learn_role(const Phrase& p, int32_t cluster) {
  if (p.head < p.first || p.head >= p.end) return;
  if (!w_.has(p.head, kRole)) return;  // "mr. Jan Smit": a title teaches nothing
  uint32_t first = p.first;
  if (w_.has(first, kDet)) ++first;
  uint32_t end = p.kind == MentionKind::kName ? p.name_first : p.end;
  if (end <= first) return;
  Cluster& cl = clusters_[cluster];
  cl.has_role = true;
  std::vector<std::string> mods;
  role_mods(p, end, &mods);
  for (std::string& m : mods)
    if (std::find(cl.mods.begin(), cl.mods.end(), m) == cl.mods.end() && cl.mods.size() < 8) cl.mods.push_back(std::move(m));
  if (!cl.gender && cl.name.empty()) cl.gender = w_.gender(p.head);
  auto put = [&](const std::string& key) {
    auto& v = by_role_[key];
    if (std::find(v.begin(), v.end(), cluster) != v.end()) return;
    if (v.size() >= 16) v.erase(v.begin());  // bounded, so giant articles stay linear
    v.push_back(cluster);
  };
  put(key_of(first, end));
  std::string_view head = w_.lower(p.head);
  put(std::string(head));
  if (same_office(head) != head) put(std::string(same_office(head)));
  size_t dash = head.rfind('-');
  if (dash != std::string_view::npos) put(std::string(head.substr(dash + 1)));
}

int32_t Coref::find_role(const Phrase& p) const {
  uint32_t first = p.first;
  if (w_.has(first, kDet)) ++first;
  auto best = [&](const std::string& key) {
    auto it = by_role_.find(key);
    if (it == by_role_.end()) return -1;
    int32_t b = -1;
    for (int32_t c : it->second) {
      if (clusters_[c].alias >= 0) c = clusters_[c].alias;
      if (b < 0 || clusters_[c].last_unit > clusters_[b].last_unit) b = c;
    }
    return b;
  };
  // "een Noord-Koreaanse leider" is any leader; "zijn vrouw" is the one
  // named before ("zijn vrouw Anna Claes").
  if (!p.definite && !possessive(p)) return -1;
  int32_t c = best(key_of(first, p.head + 1));
  if (c >= 0) return c;
  // "De Rotterdamse burgemeester" after "De Gentse burgemeester X en zijn
  // Rotterdamse collega Y": a modifier the phrase shares picks the person
  // (a colleague holds the same office); a different one rules a person out.
  std::vector<std::string> mods;
  role_mods(p, p.head, &mods);
  auto shares = [&](int32_t k) {
    for (const std::string& m : mods)
      if (std::find(clusters_[k].mods.begin(), clusters_[k].mods.end(), m) != clusters_[k].mods.end()) return true;
    return false;
  };
  int32_t strong = -1, weak = -1;
  for (const char* key : {"", "collega", "ambtgenoot"}) {
    auto it = by_role_.find(*key ? std::string(key) : std::string(same_office(w_.lower(p.head))));
    if (it == by_role_.end()) continue;
    for (int32_t k : it->second) {
      if (clusters_[k].alias >= 0) k = clusters_[k].alias;
      if (!mods.empty() && shares(k)) {
        if (strong < 0 || clusters_[k].last_unit > clusters_[strong].last_unit) strong = k;
      } else if (*key == 0 && (mods.empty() || clusters_[k].mods.empty())) {
        if (weak < 0 || clusters_[k].last_unit > clusters_[weak].last_unit) weak = k;
      }
    }
  }
  return strong >= 0 ? strong : weak;
}

uint32_t Coref::phrase_gender(const Phrase& p, bool* plural) const {
  *plural = false;
  if (p.kind == MentionKind::kPronoun) {
    uint32_t g = w_.gender(p.first);
    if (g == kFemale) {
      // "zeiden ze", "ze verklaarden": a plural verb beside "ze"/"zij".
      auto plural_verb = [&](uint32_t t) {
        if (t >= w_.size() || !w_.is_word(t) || w_.upper(t)) return false;
        std::string_view l = w_.lower(t);
        if (!ends_with(l, "en") || l.size() < 4) return false;
        if (w_.has(t, kCueVerb | kCueNeedsPart)) return true;
        for (std::string_view v : {"hebben", "waren", "zijn", "willen", "kunnen", "moeten", "zullen", "gaan",
                                   "komen", "worden", "werden", "hadden", "wilden", "konden", "moesten", "zouden",
                                   "gingen", "kwamen", "vinden", "vonden", "denken", "dachten", "staan", "stonden"})
          if (l == v) return true;
        return false;
      };
      if ((p.first > 0 && plural_verb(p.first - 1)) || plural_verb(p.first + 1)) {
        *plural = true;
        return 0;
      }
    }
    return g;
  }
  // A role or honorific before the name says it first: "woordvoerster Ann Peeters".
  uint32_t end = p.kind == MentionKind::kName ? p.name_first : p.end;
  for (uint32_t t = end; t > p.first;) {
    --t;
    if (w_.is_word(t) && !w_.upper(t) && w_.gender(t)) return w_.gender(t);
    if (w_.is_word(t) && w_.has(t, kRole | kTitle) && w_.gender(t)) return w_.gender(t);
  }
  if (p.kind == MentionKind::kNominal) return w_.gender(p.head);
  // A given name, when a surname follows it: "Sara El Amrani".
  uint32_t words = 0;
  for (uint32_t t = p.name_first; t < p.name_end; ++t) words += w_.is_word(t);
  if (words >= 2 && w_.upper(p.name_first) && w_.lower(p.name_first).size() > 1) return w_.gender(p.name_first);
  return 0;
}

// The salient person (see salient()) whose gender does not clash: in each
// earlier sentence the speaker or subject first, then its other people.
int32_t Coref::salient_fitting(uint32_t u, const std::vector<int32_t>& speaker_of_unit, uint32_t gender) const {
  if (!gender) return salient(u, speaker_of_unit);
  for (uint32_t v = u; v > 0 && v + 5 > u;) {
    --v;
    if (headline_[v] && (v >= speaker_of_unit.size() || speaker_of_unit[v] < 0)) continue;
    int32_t c = v < speaker_of_unit.size() ? speaker_of_unit[v] : -1;
    if (c < 0) {
      int32_t s = unit_subject_phrase(v);
      // "Haar renner won. … zei ze": she owns the subject; she is not it.
      if (s >= 0 && owner_gender(phrases_[s]) != gender) c = phrases_[s].cluster;
    }
    if (c >= 0 && clusters_[c].gender == gender) return c;
    // A person of that gender elsewhere in the sentence ("X en zijn collega
    // Y"), before a subject whose gender is unknown.
    int32_t other = c >= 0 && fits(c, gender) ? c : -1;
    const std::vector<int32_t>& list = unit_phrases_[v];
    for (size_t k = 0; k < list.size() && k < kFirstPhrases; ++k) {
      const Phrase& q = phrases_[list[k]];
      if (q.cluster < 0 || in_quote_[q.first] || !clusters_[q.cluster].person || q.kind == MentionKind::kPronoun) continue;
      if (owner_gender(q) == gender && clusters_[q.cluster].gender != gender) continue;
      // (After a preposition only when the subject's gender clashes.)
      if (clusters_[q.cluster].gender == gender && (c < 0 || other < 0 || !q.after_prep)) return q.cluster;
      if (other < 0 && fits(q.cluster, gender) && !q.after_prep) other = q.cluster;
    }
    if (other >= 0) return other;
  }
  if (most_mentioned_ >= 0 && fits(most_mentioned_, gender)) return most_mentioned_;
  return -1;
}

int32_t Coref::salient(uint32_t u, const std::vector<int32_t>& speaker_of_unit, bool named_only) const {
  for (uint32_t v = u; v > 0 && v + 5 > u;) {
    --v;
    if (headline_[v] && (v >= speaker_of_unit.size() || speaker_of_unit[v] < 0)) continue;
    int32_t c = v < speaker_of_unit.size() ? speaker_of_unit[v] : -1;
    if (c < 0) {
      int32_t s = unit_subject_phrase(v);
      if (s >= 0) c = phrases_[s].cluster;
    }
    if (c >= 0 && (!named_only || !clusters_[c].name.empty())) return c;
  }
  return most_mentioned_;
}

int32_t Coref::promote_speaker(int32_t i, const std::vector<int32_t>& speaker_of_unit) {
  Phrase& p = phrases_[i];
  if (p.cluster < 0 || !clusters_[p.cluster].name.empty() || p.kind != MentionKind::kNominal || !p.definite ||
      p.end != p.head + 1 || possessive(p))
    return p.cluster;
  // "… en een agent die dienst had. Die agent vertelde …": the one just introduced.
  std::string_view det = w_.lower(p.first);
  if ((det == "die" || det == "deze") && clusters_[p.cluster].mentions >= 2) return p.cluster;
  int32_t c = salient(p.unit, speaker_of_unit, true);
  if (c >= 0 && !clusters_[c].name.empty()) {
    p.cluster = c;
    p.speaker = true;
  }
  return p.cluster;
}

void Coref::note_speaker(int32_t cluster) {
  if (cluster < 0) return;
  clusters_[cluster].person = true;
  ++clusters_[cluster].mentions;
  track(cluster);
}

// Keeps the most mentioned named person up to date, so salient() never scans.
void Coref::track(int32_t c) {
  const Cluster& cl = clusters_[c];
  if (!cl.person || cl.name.empty()) return;
  if (most_mentioned_ < 0 || cl.mentions > clusters_[most_mentioned_].mentions) most_mentioned_ = c;
}

// Does the name begin with a given name other than the one in `known` (a
// cluster's full name)? Particles and initials say nothing.
bool Coref::other_given_name(const Phrase& p, std::string_view known) const {
  if (p.name_end - p.name_first < 2 || !w_.upper(p.name_first) || w_.has(p.name_first, kParticle)) return false;
  std::string_view mine = w_.lower(p.name_first);
  size_t sp = known.find(' ');
  if (mine.size() < 2 || sp == std::string_view::npos || sp < 2) return false;
  std::string theirs;
  append_lowercase(known.substr(0, sp), &theirs);
  return theirs != mine;
}

// "In 1995 kreeg Vermeersch de Prijs …": a tagger's name that runs on over
// "de"/"het" into a capitalised noun, after a known person's surname, is
// that surname alone.
void Coref::trim_swallowed(Phrase* p) {
  uint32_t t = p->name_first + 1;
  if (t + 1 >= p->name_end || w_.upper(t)) return;
  std::string_view l = w_.lower(t);
  if (l != "de" && l != "het") return;
  auto it = by_last_.find(std::string(w_.lower(p->name_first)));
  if (it == by_last_.end() || !clusters_[it->second].person) return;
  if (by_full_.count(key_of(p->name_first, p->name_end))) return;
  p->name_end = t;
  if (p->end > t) p->end = t;
  if (p->ner_mention >= 0) dropped_ner_.push_back(static_cast<uint32_t>(p->ner_mention));
  p->ner_mention = -1;
  p->person_hint = true;
  p->not_person = false;
}

int32_t Coref::resolve(int32_t i, const std::vector<int32_t>& speaker_of_unit) {
  Phrase& p = phrases_[i];
  if (p.cluster >= 0) return p.cluster;
  int32_t c = -1;
  if (p.kind == MentionKind::kName) trim_swallowed(&p);
  if (p.kind == MentionKind::kName) {
    std::string full = key_of(p.name_first, p.name_end);
    std::string first = std::string(w_.lower(p.name_first));
    uint32_t last_t = p.name_end - 1;
    while (last_t > p.name_first && !w_.is_word(last_t)) --last_t;
    std::string last = std::string(w_.lower(last_t));
    uint32_t words = 0;
    for (uint32_t t = p.name_first; t < p.name_end; ++t) words += w_.is_word(t);
    auto find = [](const std::unordered_map<std::string, int32_t>& m, const std::string& k) {
      auto it = m.find(k);
      return it == m.end() ? -1 : it->second;
    };
    c = find(by_full_, full);
    // The tagger sometimes types a lone surname as an organisation ("Volgens
    // Somers"): a known person's surname wins.
    bool only_particles_before = true;
    for (uint32_t t = p.name_first; t < last_t; ++t) only_particles_before &= w_.has(t, kParticle);
    if (c < 0 && p.not_person && only_particles_before) {
      int32_t s = find(by_last_, last);
      if (s >= 0 && clusters_[s].person) {
        c = s;
        p.not_person = false;
        p.person_hint = true;
        p.retyped = true;
      }
    }
    if (c < 0 && !p.not_person) {
      if (words == 1) {
        c = find(by_last_, full);
        if (c < 0) c = find(by_first_, full);
      } else {
        int32_t s = find(by_full_, last);
        if (s < 0) s = find(by_last_, last);
        // "Lien Vermeersch" after "Hugo Vermeersch": another given name, another person.
        if (s >= 0 && other_given_name(p, clusters_[s].name)) s = -1;
        if (s >= 0 && clusters_[s].person != false && !clusters_[s].name.empty()) c = s;
      }
      if (c >= 0 && clusters_[c].type != EntityType::kPer && p.person_hint) c = -1;
    }
    if (c < 0) c = new_cluster(p);
    Cluster& cl = clusters_[c];
    if (p.name_end - p.name_first > cl.name_tokens) {
      cl.name = std::string(doc_.slice(doc_.token_range(p.name_first, p.name_end)));
      cl.name_tokens = p.name_end - p.name_first;
    }
    if (p.person_hint || words >= 2) cl.person = cl.person || !p.not_person;
    if (p.not_person) cl.type = doc_.mentions[p.ner_mention].type;
    by_full_[full] = c;
    if (words >= 2 && !p.not_person) {
      by_last_[last] = c;
      by_first_.emplace(first, c);
    }
    if (p.first < p.name_first && !p.not_person) {
      learn_role(p, c);
      cl.person = true;
    }
  } else if (p.kind == MentionKind::kNominal) {
    c = find_role(p);
    // "Haar man", "zijn vrouw" after a couple: the owner's partner.
    if (c < 0 && owner_gender(p) && p.end == p.head + 1) {
      std::string_view h = w_.lower(p.head);
      if (h == "man" || h == "vrouw" || h == "echtgenoot" || h == "echtgenote" || h == "partner") {
        int32_t o = salient_fitting(p.unit, speaker_of_unit, owner_gender(p));
        if (o >= 0 && clusters_[o].partner >= 0) c = clusters_[o].partner;
      }
    }
    // A role nothing taught, or a capitalised noun ("de Republikein", "De
    // Spanjaard"): the salient person, when this phrase speaks or that person
    // is known for one.
    // ("het hoofd van de douane" says who it is: it stays itself.)
    // ("zijn uitgever" is someone of the salient person's, not that person.)
    if (c < 0 && p.definite && !p.after_prep && (p.role_head || p.upper_head) && p.end == p.head + 1 && !possessive(p)) {
      c = salient(p.unit, speaker_of_unit, true);
      // "zei de burgemeester" when no mayor was named is someone new; an
      // epithet ("de Spanjaard", "de 63-jarige") is the salient person.
      // Unless that person's office is unknown and the article is about them:
      // "Zelenski … maakte de president duidelijk".
      bool office = p.role_head && !p.upper_head && w_.has(p.head, kRole) && !p.retyped;
      if (p.upper_head && !w_.has(p.head, kRole) && institution(w_.lower(p.head))) office = true;
      // "zei de vrouw": a plain word for a person is an epithet, of her gender.
      std::string_view h = w_.lower(p.head);
      if (h == "man" || h == "vrouw" || h == "jongen" || h == "meisje" || h == "jongeman" || h == "dame" || h == "tiener")
        office = false;
      // "zei de winnaar", "de verdachte": what the person just did or is charged with.
      for (std::string_view e : {"winnaar", "winnares", "kampioen", "kampioene", "verdachte", "debutant", "titelverdediger",
                                 "liberaal", "socialist", "democraat", "nationalist", "populist", "ecologist"})
        if (ends_with(h, e)) office = false;
      bool plural_unused = false;
      uint32_t g = phrase_gender(p, &plural_unused);
      if (c >= 0 && g && clusters_[c].gender != g) {
        c = salient_fitting(p.unit, speaker_of_unit, g);
        if (c >= 0 && clusters_[c].name.empty()) c = -1;
      }
      if (office && c >= 0 && !clusters_[c].has_role && clusters_[c].mentions >= 3) office = false;
      if (c >= 0 && (clusters_[c].name.empty() || !((p.speaker && !office) || (p.upper_head && !office && clusters_[c].person)))) c = -1;
    }
    if (c < 0) {
      c = new_cluster(p);
      // "Een woordvoerder van de politie … aldus de woordvoerder": a role
      // introduced without a name is the one "de woordvoerder" means next.
      if (p.role_head && !p.after_prep && !in_quote_[p.first]) learn_role(p, c);
    }
  } else {
    bool plural = false;
    uint32_t g = phrase_gender(p, &plural);
    const std::vector<int32_t>& list = unit_phrases_[p.unit];
    for (size_t k = 0; k < list.size() && k < kFirstPhrases && !plural; ++k) {
      const Phrase& q = phrases_[list[k]];
      if (q.first >= p.first) break;
      if (!q.after_prep && !in_quote_[q.first] && q.cluster >= 0 && clusters_[q.cluster].person && fits(q.cluster, g)) {
        c = q.cluster;
        break;
      }
    }
    // "ze zeiden": a group, not the salient person; the group named last
    // ("De vrijwilligers … 'We geven niet op', zeggen ze"), if any.
    if (plural) {
      for (uint32_t v = p.unit + 1; v > 0 && v + 3 > p.unit && c < 0;) {
        --v;
        const std::vector<int32_t>& l = unit_phrases_[v];
        for (size_t k = 0; k < l.size() && k < kFirstPhrases; ++k) {
          const Phrase& q = phrases_[l[k]];
          if (v == p.unit && q.first >= p.first) break;
          if (q.cluster < 0 || q.after_prep || in_quote_[q.first] || q.kind != MentionKind::kNominal) continue;
          std::string_view h = w_.lower(q.head);
          if (h.size() > 4 && (ends_with(h, "ers") || ends_with(h, "ners") || ends_with(h, "ren") || ends_with(h, "den") ||
                               ends_with(h, "ten") || ends_with(h, "gen") || ends_with(h, "ssen"))) {
            c = q.cluster;
            break;
          }
        }
      }
    }
    if (c < 0 && !plural) c = salient_fitting(p.unit, speaker_of_unit, g);
    if (c < 0) c = new_cluster(p);
  }
  if (p.kind != MentionKind::kPronoun && !clusters_[c].gender) {
    bool plural = false;
    clusters_[c].gender = phrase_gender(p, &plural);
  }
  p.cluster = c;
  clusters_[c].last_unit = p.unit;
  ++clusters_[c].mentions;
  track(c);
  return c;
}

void Coref::resolve_unit(uint32_t u, const std::vector<int32_t>& speaker_of_unit) {
  const std::vector<int32_t>& list = unit_phrases_[u];
  for (size_t k = 0; k < list.size(); ++k) {
    resolve(list[k], speaker_of_unit);
    if (k > 0) apposition(list[k - 1], list[k]);
    if (k > 0) couple(list[k - 1], list[k]);
  }
}

// "Henk en Riet Bakker": two given names sharing one surname are two people,
// each with the surname, and a couple ("haar man" is Henk).
void Coref::couple(int32_t a, int32_t b) {
  const Phrase& x = phrases_[a];
  const Phrase& y = phrases_[b];
  if (x.kind != MentionKind::kName || y.kind != MentionKind::kName || x.not_person || y.not_person) return;
  if (x.name_end != x.name_first + 1 || y.name_first != x.name_end + 1 || w_.lower(x.name_end) != "en") return;
  if (y.name_end < y.name_first + 2 || !w_.gender(x.name_first) || !w_.gender(y.name_first)) return;
  if (x.cluster < 0 || y.cluster < 0 || x.cluster == y.cluster) return;
  Cluster& cx = clusters_[x.cluster];
  if (cx.name_tokens != 1) return;
  cx.name += " ";
  cx.name += doc_.slice(doc_.token_range(y.name_first + 1, y.name_end));
  cx.name_tokens = 1 + (y.name_end - y.name_first - 1);
  cx.person = clusters_[y.cluster].person = true;
  cx.partner = y.cluster;
  clusters_[y.cluster].partner = x.cluster;
}

// "De voorzitter van het Huis, Nancy Pelosi, …" and "Ilse Peeters, woordvoerder
// van de politie, …": a noun phrase and a name set off by a comma are one person.
void Coref::apposition(int32_t a, int32_t b) {
  Phrase& pa = phrases_[a];
  Phrase& pb = phrases_[b];
  // "Aaltje Veenstra (1871-1939), een schilderes die …": a parenthesis may
  // stand between, and a relative clause may follow.
  uint32_t k = pa.end;
  if (k < doc_.tokens.size() && doc_.token_text(k) == "(") {
    uint32_t e = k + 1;
    while (e < doc_.tokens.size() && e < k + 10 && doc_.token_text(e) != ")") ++e;
    if (e < doc_.tokens.size() && doc_.token_text(e) == ")") k = e + 1;
  }
  if (k >= doc_.tokens.size() || pb.first != k + 1 || doc_.token_text(k) != "," || pa.cluster < 0 || pb.cluster < 0) return;
  if (pb.end < doc_.tokens.size() && doc_.token_text(pb.end) != "," && doc_.token_text(pb.end) != "." &&
      !(pa.kind == MentionKind::kName && (w_.lower(pb.end) == "die" || w_.lower(pb.end) == "dat")))
    return;
  Phrase* nominal = pa.kind == MentionKind::kNominal ? &pa : pb.kind == MentionKind::kNominal ? &pb : nullptr;
  Phrase* named = pa.kind == MentionKind::kName ? &pa : pb.kind == MentionKind::kName ? &pb : nullptr;
  if (!nominal || !named || !nominal->role_head || named->not_person) return;
  if (!clusters_[nominal->cluster].name.empty() && nominal->cluster != named->cluster) return;
  if (nominal->cluster != named->cluster) clusters_[nominal->cluster].alias = named->cluster;
  nominal->cluster = named->cluster;
  clusters_[named->cluster].person = true;
  learn_role(*nominal, named->cluster);
  track(named->cluster);
}

std::string Coref::name(int32_t cluster) const {
  if (cluster < 0) return {};
  const Cluster& c = clusters_[cluster];
  return c.name.empty() ? c.nominal : c.name;
}

std::vector<int32_t> Coref::materialize(Document* doc) {
  // Which phrases become mentions: every NER mention, every kept phrase, and
  // nominal and pronoun phrases that stand for a named person.
  std::vector<Mention> out;
  std::vector<int32_t> phrase_of_new;
  std::vector<uint8_t> ner_done(doc->mentions.size(), 0);
  for (uint32_t m : dropped_ner_) ner_done[m] = 1;  // a name trimmed to the surname it swallowed words after
  for (size_t i = 0; i < phrases_.size(); ++i) {
    Phrase& p = phrases_[i];
    bool named_person = p.cluster >= 0 && clusters_[p.cluster].person && !clusters_[p.cluster].name.empty();
    // Pronouns only where they surely stand for one person: as a speaker, or
    // "hij" outside a prepositional phrase ("ze" is often plural).
    bool sure_pronoun = p.kind != MentionKind::kPronoun || p.speaker || (w_.lower(p.first) == "hij" && !p.after_prep);
    bool want = p.ner_mention >= 0 || p.keep ||
                (p.kind != MentionKind::kName && named_person && !in_quote_[p.first] && sure_pronoun);
    if (!want) continue;
    Mention m;
    if (p.ner_mention >= 0) {
      if (ner_done[p.ner_mention]) continue;  // another phrase stands on it already
      m = doc->mentions[p.ner_mention];
      ner_done[p.ner_mention] = 1;
      // "de Noord-Koreaanse leider Kim Jong-un": after a role, a person.
      if (((p.first < p.name_first || p.name_first > m.first_token) && p.person_hint && !p.not_person) || p.retyped)
        m.type = EntityType::kPer;
    } else {
      uint32_t f = p.kind == MentionKind::kName ? p.name_first : p.first;
      uint32_t e = p.kind == MentionKind::kName ? p.name_end : p.end;
      m.first_token = f;
      m.end_token = e;
      m.span = doc->token_range(f, e);
      m.kind = p.kind;
      m.type = p.cluster >= 0 && !clusters_[p.cluster].person ? clusters_[p.cluster].type : EntityType::kPer;
    }
    out.push_back(m);
    phrase_of_new.push_back(static_cast<int32_t>(i));
  }
  for (size_t m = 0; m < doc->mentions.size(); ++m)
    if (!ner_done[m]) {
      out.push_back(doc->mentions[m]);
      phrase_of_new.push_back(-1);
    }
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return out[a].span.begin != out[b].span.begin ? out[a].span.begin < out[b].span.begin
                                                   : out[a].span.end > out[b].span.end;
  });
  std::vector<int32_t> entity_of(clusters_.size(), -1);
  doc->mentions.clear();
  doc->entities.clear();
  std::unordered_map<std::string, int32_t> loose;  // NER mentions no phrase covered: by text
  for (size_t k : order) {
    Mention m = out[k];
    int32_t pi = phrase_of_new[k];
    int32_t e = -1;
    if (pi >= 0 && phrases_[pi].cluster >= 0) {
      int32_t c = phrases_[pi].cluster;
      if (entity_of[c] < 0) {
        entity_of[c] = static_cast<int32_t>(doc->entities.size());
        Entity ent;
        ent.type = clusters_[c].person ? EntityType::kPer : clusters_[c].type;
        ent.name = name(c);
        doc->entities.push_back(std::move(ent));
      }
      e = entity_of[c];
    } else {
      std::string key = std::string(to_string(m.type)) + "\t" + std::string(doc->slice(m.span));
      auto it = loose.find(key);
      if (it == loose.end()) {
        Entity ent;
        ent.type = m.type;
        ent.name = std::string(doc->slice(m.span));
        it = loose.emplace(key, static_cast<int32_t>(doc->entities.size())).first;
        doc->entities.push_back(std::move(ent));
      }
      e = it->second;
    }
    m.entity = e;
    uint32_t idx = static_cast<uint32_t>(doc->mentions.size());
    doc->entities[e].mentions.push_back(idx);
    if (pi >= 0) phrases_[pi].mention = static_cast<int32_t>(idx);
    doc->mentions.push_back(m);
  }
  std::vector<int32_t> mention_of_ner(ner_done.size(), -1);
  for (const Phrase& p : phrases_)
    if (p.ner_mention >= 0 && p.mention >= 0) mention_of_ner[p.ner_mention] = p.mention;
  for (Phrase& p : phrases_)
    if (p.ner_mention >= 0 && p.mention < 0) p.mention = mention_of_ner[p.ner_mention];
  return entity_of;
}

}  // namespace kroniek
