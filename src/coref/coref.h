// Who is who across an article: noun phrases for people and their clustering.
//
//   DocWords words(doc, lexicon);
//   Coref coref(doc, words, in_quote);   // finds name, role and pronoun phrases
//   int c = coref.phrase_at(t);          // a phrase starting at token t, or -1
//   ... coref.resolve_unit(u) for each unit in order, then coref.materialize(&doc)
//
// Design. One left-to-right pass finds candidate phrases outside quotes:
// capitalised name runs (or the NER stage's mentions), definite noun phrases
// headed by a role noun or a capitalised noun ("de Amerikaanse president",
// "de Republikein") and the pronouns hij/zij/ze. Clustering is a second
// left-to-right pass, one unit (sentence) at a time, so a pronoun or a role
// can look back at what is already resolved:
//   - a name joins the cluster with the same full name, surname or first name;
//   - a role before a name ("De Amerikaanse president Donald Trump"), beside
//     it in commas ("De advocaat, mr. Jan Smit, …") or introduced without one
//     ("Een woordvoerder van de politie") teaches the role, and "de
//     (Amerikaanse) president" later joins the most recently mentioned
//     cluster that holds it;
//   - a role's capitalised modifiers are learned too ("De Gentse
//     burgemeester X", "zijn Rotterdamse collega Y"): "de Rotterdamse
//     burgemeester" picks the person who shares the modifier (a colleague
//     holds the same office) and never one known by another;
//   - pronouns go to the most salient person of their gender: the subject
//     (or quote speaker) of the nearest earlier sentence, else another person
//     of that sentence. Gender comes from given names (given_names.tsv, built
//     by scripts/build-given-names.sh; given_names_nl.tsv overrides), gendered
//     words and role endings (words.tsv, Lexicon::gender). "ze"/"zij" with a
//     plural verb goes to the group named last ("de vrijwilligers") or to nobody;
//   - epithets ("de Spanjaard", "de vrouw", "de 63-jarige") go to the salient
//     person; an office nothing taught ("zei de burgemeester") is someone new,
//     unless the salient person's office is unknown and the article is about
//     them (three mentions);
//   - the tagger's types are kept, except where the text says person: a name
//     after a role, or a known person's surname the tagger typed otherwise.
// Look-backs are bounded (kFirstPhrases phrases of a sentence, a few
// sentences), so giant inputs stay linear.
// Every lookup is a hash probe or a bounded look-back, so the pass is linear.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "coref/lexicon.h"
#include "kroniek/document.h"

namespace kroniek {

struct Phrase {
  uint32_t first = 0, end = 0;            // the whole noun phrase
  uint32_t name_first = 0, name_end = 0;  // the name inside it; empty when none
  uint32_t head = 0;                      // head noun of a nominal
  MentionKind kind = MentionKind::kNominal;
  bool definite = false;
  bool role_head = false;     // head is a role noun ("president", "woordvoerder")
  bool upper_head = false;    // head is capitalised ("de Republikein")
  bool after_prep = false;    // inside a prepositional phrase: not a subject
  int32_t ner_mention = -1;   // the NER mention it stands on
  bool person_hint = false;   // NER PER, a role apposition, an initial, two or more names
  bool not_person = false;    // NER says ORG/LOC/MISC
  bool retyped = false;       // NER said otherwise, but it is a known person's surname
  uint32_t unit = 0;
  int32_t cluster = -1;
  bool keep = false;          // materialize as a Mention
  bool speaker = false;       // names the speaker of a quote
  int32_t mention = -1;       // its index in Document::mentions after materialize()
};

class Coref {
 public:
  // `units` are sentences that never split a quote; `in_quote[t]` marks tokens
  // inside quotation marks (they name no speakers).
  Coref(const Document& doc, const DocWords& words, const std::vector<Sentence>& units,
        const std::vector<uint8_t>& in_quote);

  // Noun phrase parsers, also used for speakers found around cues. They return
  // an index into phrases() (adding the phrase if it was not found yet), or -1.
  int32_t phrase_forward(uint32_t t, uint32_t limit);
  int32_t phrase_ending_at(uint32_t end, uint32_t lower_limit);
  int32_t phrase_at(uint32_t t) const { return t < at_.size() ? at_[t] : -1; }
  // The first subject-like phrase of a unit (not after a preposition), or -1.
  int32_t unit_subject_phrase(uint32_t u) const;
  bool mentions_cluster(uint32_t u, int32_t cluster) const;

  bool headline(uint32_t u) const { return headline_[u] != 0; }
  std::vector<Phrase>& phrases() { return phrases_; }
  const std::vector<Phrase>& phrases() const { return phrases_; }

  // Clusters the phrases of unit u (units in order). `speaker_of_unit` gives
  // the cluster of the first attributed quote of an earlier unit, or -1.
  void resolve_unit(uint32_t u, const std::vector<int32_t>& speaker_of_unit);
  // Clusters one phrase now (a speaker found late); returns its cluster.
  int32_t resolve(int32_t phrase, const std::vector<int32_t>& speaker_of_unit);
  void note_speaker(int32_t cluster);
  // A subject taken for a speaker after the fact: an unnamed definite role
  // ("de zevenvoudig Tour-winnaar") now stands for the salient person.
  int32_t promote_speaker(int32_t phrase, const std::vector<int32_t>& speaker_of_unit);
  bool is_person(int32_t cluster) const { return cluster >= 0 && clusters_[cluster].person; }
  // A pronoun no person fitted ("zeiden ze" for a group): it names nobody.
  bool bare_pronoun(int32_t cluster) const { return cluster >= 0 && clusters_[cluster].bare_pronoun; }
  // The fullest name of a cluster, or the noun phrase for an unnamed one.
  std::string name(int32_t cluster) const;
  // The salient person before unit u, or -1: the speaker or subject of the
  // nearest earlier sentence that has one (with a name, if named_only).
  int32_t salient(uint32_t u, const std::vector<int32_t>& speaker_of_unit, bool named_only = false) const;

  // Writes the kept phrases and the NER mentions into doc.mentions/entities.
  // Returns, per cluster, its entity index (or -1).
  std::vector<int32_t> materialize(Document* doc);

 private:
  struct Cluster {
    std::string name;          // fullest name, original casing
    uint32_t name_tokens = 0;
    std::string nominal;       // noun phrase text for unnamed clusters
    EntityType type = EntityType::kPer;
    bool person = false;
    uint32_t last_unit = 0;
    uint32_t mentions = 0;
    uint32_t gender = 0;             // kMale, kFemale or 0 (unknown)
    std::vector<std::string> mods;   // capitalised modifiers of its roles: "gentse"
    bool has_role = false;           // a role was learned for it
    int32_t partner = -1;            // "Henk en Riet Bakker": each the other's
    int32_t alias = -1;              // an unnamed role later found to be this cluster
    bool bare_pronoun = false;       // a pronoun nobody fitted: "ze" for a group
  };
  void scan();
  bool name_token(uint32_t t, uint32_t sent_first) const;
  bool adjective_like(uint32_t t) const;
  uint32_t name_run(uint32_t t, uint32_t limit, uint32_t sent_first) const;
  bool parse(uint32_t t, uint32_t limit, Phrase* p) const;
  int32_t add(Phrase p);
  std::string key_of(uint32_t first, uint32_t end) const;
  int32_t new_cluster(const Phrase& p);
  void learn_role(const Phrase& p, int32_t cluster);
  int32_t find_role(const Phrase& p) const;
  // "zijn", "haar", "hun" (lowercase).
  static bool possessive_word(std::string_view l) { return l == "zijn" || l == "haar" || l == "hun"; }
  // "zijn uitgever", "haar renner": owned by someone, so someone else.
  bool possessive(const Phrase& p) const {
    return p.kind == MentionKind::kNominal && w_.is_word(p.first) && possessive_word(w_.lower(p.first));
  }
  // The owner's gender a possessive says: "haar renner" is hers.
  uint32_t owner_gender(const Phrase& p) const {
    if (!possessive(p)) return 0;
    std::string_view d = w_.lower(p.first);
    if (d == "haar") return kFemale;
    return d == "zijn" ? uint32_t{kMale} : 0;
  }
  bool other_given_name(const Phrase& p, std::string_view known) const;
  void trim_swallowed(Phrase* p);
  // The capitalised modifiers of a role phrase ("De Gentse burgemeester"), lowercase.
  void role_mods(const Phrase& p, uint32_t end, std::vector<std::string>* out) const;
  // kMale/kFemale a phrase says its person is, 0 when it does not say;
  // *plural for "ze"/"zij" with a plural verb.
  uint32_t phrase_gender(const Phrase& p, bool* plural) const;
  bool fits(int32_t cluster, uint32_t gender) const {
    return !gender || !clusters_[cluster].gender || clusters_[cluster].gender == gender;
  }
  int32_t salient_fitting(uint32_t u, const std::vector<int32_t>& speaker_of_unit, uint32_t gender) const;
  void track(int32_t cluster);
  void apposition(int32_t a, int32_t b);
  void couple(int32_t a, int32_t b);

  const Document& doc_;
  const DocWords& w_;
  const std::vector<Sentence>& units_;
  const std::vector<uint8_t>& in_quote_;
  std::vector<uint32_t> unit_of_;
  std::vector<uint8_t> headline_;
  std::vector<int32_t> at_, ending_at_;  // phrase index by first token / by end token - 1
  std::vector<uint32_t> dropped_ner_;    // NER mentions trim_swallowed() replaced
  std::vector<int32_t> ner_at_;           // NER mention index by first token
  std::vector<uint8_t> inside_ner_;      // 1 on the tokens after the first of an NER mention
  std::vector<Phrase> phrases_;
  std::vector<std::vector<int32_t>> unit_phrases_;
  std::vector<Cluster> clusters_;
  int32_t most_mentioned_ = -1;
  std::unordered_map<std::string, int32_t> by_full_, by_last_, by_first_;
  std::unordered_map<std::string, std::vector<int32_t>> by_role_;
  std::unordered_map<std::string, uint8_t> upper_mid_;  // words seen capitalised mid-sentence
};

}  // namespace kroniek
