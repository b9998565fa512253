#include "ner/ner_tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "kroniek/analyzer.h"

namespace kroniek::ner {
namespace {

// Sentences written for this test; the expectations are what any usable
// model must get right.
TEST(NerTagger, AnalyzeFillsNameMentionsWithExactSpans) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text =
      "Burgemeester Jan Peeters van Antwerpen ontmoette dinsdag de Franse president in Parijs.\n"
      "Peeters sprak later met journalisten van de VRT.";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  bool per = false, loc = false;
  for (const Mention& m : doc.mentions) {
    EXPECT_EQ(m.kind, MentionKind::kName);
    ASSERT_LT(m.first_token, m.end_token);
    ASSERT_LE(m.end_token, doc.tokens.size());
    EXPECT_EQ(m.span.begin, doc.tokens[m.first_token].span.begin);
    EXPECT_EQ(m.span.end, doc.tokens[m.end_token - 1].span.end);
    const std::string_view name = doc.slice(m.span);
    per |= m.type == EntityType::kPer && name == "Jan Peeters";
    loc |= m.type == EntityType::kLoc && name == "Parijs";
  }
  EXPECT_TRUE(per);
  EXPECT_TRUE(loc);
}

// The rules add_mentions applies after tagging: no title inside a name (a
// name-role compound is a MISC name of its own), no holiday, no common word
// capitalised after an opening quote mark.
TEST(NerTagger, AnalyzeKeepsTitlesHolidaysAndQuoteStartsOut) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text =
      "De VVD-minister Pieter Hendriks sprak gisteren in Gent.\n"
      "Daar zei CEO Marieke Smulders van het bedrijf: \xE2\x80\x9EMijn team werkt ook op Koningsdag.\xE2\x80\x9D\n"
      "Dat vond zij te laat. \xE2\x80\x9EMijn collega's zijn er wel.\xE2\x80\x9D";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  std::vector<std::string> names;
  for (const Mention& m : doc.mentions) {
    const std::string name(doc.slice(m.span));
    names.push_back(name);
    if (name == "VVD-minister") {
      EXPECT_EQ(m.type, EntityType::kMisc);
    }
    if (name == "Pieter Hendriks") {
      EXPECT_EQ(m.type, EntityType::kPer);
    }
    EXPECT_NE(name, "Koningsdag");
    EXPECT_NE(name, "Mijn");
    EXPECT_EQ(name.find("CEO"), std::string::npos) << name;
    if (name == "Marieke Smulders") {
      EXPECT_EQ(m.type, EntityType::kPer);
    }
  }
  EXPECT_NE(std::find(names.begin(), names.end(), "Gent"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "VVD-minister"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Pieter Hendriks"), names.end());
}

// What stands before a role in a compound ("Morgenrood-voorzitter") is an
// organisation wherever the article names it.
TEST(NerTagger, AnalyzeTypesTheHeadOfARoleCompoundAsOrganisation) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text =
      "Morgenrood-voorzitter Els Dijkstra is tevreden.\nVolgens Morgenrood moet de belasting omlaag.";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  int seen = 0;
  for (const Mention& m : doc.mentions) {
    if (doc.slice(m.span) == "Morgenrood") {
      EXPECT_EQ(m.type, EntityType::kOrg);
      ++seen;
    }
  }
  EXPECT_EQ(seen, 1);
}

// The type of every name mention `analyze` finds in `text`, by its words.
std::map<std::string, EntityType> name_types(const std::string& text) {
  Analyzer a;
  EXPECT_TRUE(a.load_default().ok());
  Document doc;
  EXPECT_TRUE(a.analyze(text, {}, &doc).ok());
  std::map<std::string, EntityType> types;
  for (const Mention& m : doc.mentions)
    if (m.kind == MentionKind::kName) types[std::string(doc.slice(m.span))] = m.type;
  return types;
}

// A compound ending in a role is a role too (Dutch compounds are
// head-final): kept out of the name after it, and no name alone. A role with
// a qualifying word before its hyphen ("Oud-premier") is no name-role
// compound, even where the sentence's capital makes it look like one.
TEST(NerTagger, AnalyzeKeepsRoleCompoundsOutOfNames) {
  std::map<std::string, EntityType> types = name_types(
      "Vakbondssecretaris Vandermeulen reageerde maandag.\n"
      "Oud-premier Karel Dewinter was er ook.\n"
      "De Kamervoorzitter zweeg.\n"
      "Partijvoorzitter Annelies Wouters sprak later.");
  for (const char* person : {"Vandermeulen", "Karel Dewinter", "Annelies Wouters"}) {
    ASSERT_TRUE(types.count(person)) << person;
    EXPECT_EQ(types[person], EntityType::kPer) << person;
  }
  for (const auto& [name, type] : types) {
    EXPECT_EQ(name.find("secretaris"), std::string::npos) << name;
    EXPECT_EQ(name.find("premier"), std::string::npos) << name;
    EXPECT_EQ(name.find("voorzitter"), std::string::npos) << name;
  }
}

// A name in parentheses after a person's is their party, team or employer;
// a known place or a three-letter country code there keeps its type.
TEST(NerTagger, AnalyzeTypesANameInParenthesesAfterAPersonAsOrganisation) {
  std::map<std::string, EntityType> types = name_types(
      "Schepen Katrien Maes (Vooruit) diende dinsdag een voorstel in.\n"
      "Fractieleider Ruben Declercq (Open Vld) stemde tegen.\n"
      "Winnaar werd Jean Dupuis (Fra) voor Tom Verstraete (Antwerpen).");
  ASSERT_TRUE(types.count("Vooruit"));
  EXPECT_EQ(types["Vooruit"], EntityType::kOrg);
  ASSERT_TRUE(types.count("Open Vld"));
  EXPECT_EQ(types["Open Vld"], EntityType::kOrg);
  if (types.count("Fra")) {
    EXPECT_NE(types["Fra"], EntityType::kOrg);
  }
  ASSERT_TRUE(types.count("Antwerpen"));
  EXPECT_EQ(types["Antwerpen"], EntityType::kLoc);
}

// A name right after a noun for a kind of organisation, or a compound of
// one, is an organisation; a known place there keeps its type.
TEST(NerTagger, AnalyzeTypesANameAfterAnOrganisationNounAsOrganisation) {
  std::map<std::string, EntityType> types = name_types(
      "Het Gentse chipbedrijf Velmora haalde geld op bij durfkapitaalfonds Noordster Kapitaal.\n"
      "Dat meldde radiozender Kanaal Zuid dinsdag.\n"
      "De ploeg Frankrijk won.");
  for (const char* org : {"Velmora", "Noordster Kapitaal", "Kanaal Zuid"}) {
    ASSERT_TRUE(types.count(org)) << org;
    EXPECT_EQ(types[org], EntityType::kOrg) << org;
  }
  ASSERT_TRUE(types.count("Frankrijk"));
  EXPECT_EQ(types["Frankrijk"], EntityType::kLoc);
}

// A person named in full is the person wherever the article uses the rest
// of the name with a capital, also where the tagger missed it ("Zwart" is
// also a common word).
TEST(NerTagger, AnalyzeNamesAPersonByTheRestOfTheirName) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text =
      "Burgemeester Hendrik Zwart opende dinsdag de nieuwe brug.\n"
      "Zwart wil niet zeggen wat die kostte. Volgens Zwart was het geld goed besteed.";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  int short_form = 0;
  for (const Mention& m : doc.mentions) {
    if (m.kind == MentionKind::kName && doc.slice(m.span) == "Zwart") {
      EXPECT_EQ(m.type, EntityType::kPer);
      ++short_form;
    }
  }
  EXPECT_EQ(short_form, 2);
}

// A name that ends in a noun for a kind of place, or a road's number, is a
// place; a person's family name that ends like one ("Van der Laan") stays a
// person's.
TEST(NerTagger, AnalyzeTypesNamesEndingInAPlaceNounAsPlaces) {
  std::map<std::string, EntityType> types = name_types(
      "De supporters trokken naar het Philips Stadion en de Johan Cruijff ArenA.\n"
      "Het Berlaymont-gebouw bleef dicht. Op de A12 stond urenlang een file.\n"
      "Ook Anja van der Laan en Piet Verdijk liepen mee.");
  for (const char* place : {"Philips Stadion", "Johan Cruijff ArenA", "Berlaymont-gebouw", "A12"}) {
    ASSERT_TRUE(types.count(place)) << place;
    EXPECT_EQ(types[place], EntityType::kLoc) << place;
  }
  for (const char* person : {"Anja van der Laan", "Piet Verdijk"}) {
    ASSERT_TRUE(types.count(person)) << person;
    EXPECT_EQ(types[person], EntityType::kPer) << person;
  }
}

// Names split around a particle are joined: never "Gare" and "Nord" of one
// type with "du" between them.
TEST(NerTagger, AnalyzeJoinsNamesSplitAroundAParticle) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  const std::string text =
      "De trein naar Gare du Nord reed niet.\nReizigers bleven in Gare du Nord en bij Porta di Roma staan.";
  ASSERT_TRUE(a.analyze(text, {}, &doc).ok());
  for (size_t k = 1; k < doc.mentions.size(); ++k) {
    const Mention& p = doc.mentions[k - 1];
    const Mention& m = doc.mentions[k];
    EXPECT_FALSE(p.type == m.type && m.first_token == p.end_token + 1 &&
                 (doc.token_text(doc.tokens[p.end_token]) == "du" || doc.token_text(doc.tokens[p.end_token]) == "di"))
        << doc.slice(p.span) << " / " << doc.slice(m.span);
  }
}

TEST(NerTagger, AnalyzeKeepsAnOrganisationHeadWithItsName) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  ASSERT_TRUE(a.analyze("Onderzoekers van de Universiteit van Californi\xC3\xAB zijn het oneens.", {}, &doc).ok());
  ASSERT_EQ(doc.mentions.size(), 1u);
  EXPECT_EQ(doc.slice(doc.mentions[0].span), "Universiteit van Californi\xC3\xAB");
  EXPECT_EQ(doc.mentions[0].type, EntityType::kOrg);
}

TEST(NerTagger, AnalyzeTypesNamesWithAnOrganisationHeadAsOrganisation) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  ASSERT_TRUE(a.analyze("Pieter Hendriks speelde vijf jaar bij FC Dorpsveld en lag daarna in het Zuiderpark "
                        "Ziekenhuis.",
                        {}, &doc)
                  .ok());
  for (const Mention& m : doc.mentions) {
    const std::string_view name = doc.slice(m.span);
    if (name.find("FC") != std::string_view::npos || name.find("Ziekenhuis") != std::string_view::npos) {
      EXPECT_EQ(m.type, EntityType::kOrg) << name;
    }
  }
}

TEST(NerTagger, EntitiesOffMeansNoMentions) {
  Analyzer a;
  ASSERT_TRUE(a.load_default().ok());
  Document doc;
  AnalyzeOptions opt;
  opt.entities = false;
  ASSERT_TRUE(a.analyze("Jan Peeters woont in Gent.", opt, &doc).ok());
  EXPECT_TRUE(doc.mentions.empty());
}

// The fast path (a per-thread word cache, direct rows for small features)
// must give exactly the numbers of looking every feature up: on written
// sentences, on random word soup with sentences of one and two tokens, words
// too long for a cache slot, capitals, hyphens and non-ASCII letters, and
// with enough distinct words that the cache grows and evicts.
struct Tagged {
  std::vector<uint8_t> labels;
  std::vector<int32_t> scores;  // both stages' emissions
};

Tagged tag_with(const NerModel& model, const std::vector<std::string_view>& words, const std::vector<uint32_t>& ends,
                TagScratch* scratch) {
  Tagged t;
  tag_words(model, words, ends, scratch, &t.labels);
  t.scores = scratch->scores;
  t.scores.resize(words.size() * kRowWidth);
  return t;
}

std::vector<std::string> word_pool() {
  std::vector<std::string> pool = {
      "de", "het", "een", "van", "in", "op", "Gent", "Antwerpen", "Jan", "Peeters", "minister", "VRT", "NAVO",
      "Noord-Koreaanse", "CEO", "FC", "Universiteit", "zei", "dinsdag", "\xC3\x89\xC3\xA9n", "\xC4\xB0stanbul",
      "Jean-Luc", "2019", "12,5", ".", ",", ":", "\"", "\xE2\x80\x9E", "\xE2\x80\x9D", "(", ")", "-", "Mijn",
      "Ziekenhuis", "Raad", "State", "Tour", "du", "Nord", "D66-minister", "ABN", "AMRO",
      "ontwikkelingssamenwerkingsministerie-woordvoerder", "Hoogheemraadschapsvergaderingszaal"};
  // Made-up words in every casing, enough to grow the cache past its first size.
  const char* syllables[] = {"ka", "lo", "mi", "dre", "vos", "ter", "bin", "gu", "ste", "wa"};
  for (int i = 0; i < 6000; ++i) {
    std::string w;
    for (int k = i, n = 0; n < 2 + i % 3; k /= 10, ++n) w += syllables[k % 10];
    if (i % 3 == 1) w[0] = static_cast<char>(w[0] - 32);
    if (i % 7 == 2) w += "-" + w;
    if (i % 11 == 5) for (char& c : w) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    pool.push_back(w);
  }
  return pool;
}

void expect_same(const Tagged& plain, const Tagged& fast, int round) {
  EXPECT_EQ(plain.scores, fast.scores) << "round " << round;
  EXPECT_EQ(plain.labels, fast.labels) << "round " << round;
}

TEST(NerTagger, FastPathGivesThePlainPathsNumbers) {
  std::unique_ptr<const NerModel> model;
  ASSERT_TRUE(NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model).ok());
  const std::vector<std::string> pool = word_pool();
  std::mt19937 rng(11);
  TagScratch fast;
  for (int round = 0; round < 60; ++round) {
    std::vector<std::string_view> words;
    std::vector<uint32_t> ends;
    const int sentences = 1 + round % 9;
    for (int k = 0; k < sentences; ++k) {
      const int len = k % 4 == 0 ? 1 + k % 2 : 1 + static_cast<int>(rng() % 40);
      for (int j = 0; j < len; ++j) {
        // Mostly the pool's first words, so words repeat within a document.
        const size_t at = rng() % 3 == 0 ? rng() % pool.size() : rng() % 60;
        words.push_back(pool[at]);
      }
      ends.push_back(static_cast<uint32_t>(words.size()));
    }
    TagScratch plain;
    plain.plain = true;
    expect_same(tag_with(*model, words, ends, &plain), tag_with(*model, words, ends, &fast), round);
  }
  EXPECT_GT(fast.cache.slots.size(), WordCache::kFirstSlots);
  EXPECT_GT(fast.cache.hits, 0u);
}

// One scratch used with another model forgets what it cached for the first.
TEST(NerTagger, WordCacheFollowsTheModel) {
  std::unique_ptr<const NerModel> model;
  ASSERT_TRUE(NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model).ok());
  // The same model with every weight halved: other numbers for every word.
  ModelImage image;
  model->export_tables(&image);
  image.meta = model->metadata();
  for (int16_t& w : image.feature_weights) w = static_cast<int16_t>(w / 2);
  std::unique_ptr<const NerModel> other;
  const Status st = NerModel::load(serialize_model(image), "halved.kmodel", false, &other);
  ASSERT_TRUE(st.ok()) << st.message();
  const std::vector<std::string_view> words = {"Burgemeester", "Jan", "Peeters", "bezocht", "Gent", "."};
  const std::vector<uint32_t> ends = {6};
  TagScratch fast, plain;
  plain.plain = true;
  tag_with(*model, words, ends, &fast);
  expect_same(tag_with(*other, words, ends, &plain), tag_with(*other, words, ends, &fast), 0);
}

// Made-up words grouped by the cache slot they take in a cache of `slots`.
std::map<uint32_t, std::vector<std::string>> words_by_slot(uint32_t slots, int count) {
  WordCache sized;
  sized.slots.resize(slots);
  std::map<uint32_t, std::vector<std::string>> by_slot;
  for (int i = 0; i < count; ++i) {
    std::string w = "woord" + std::to_string(i);
    by_slot[sized.slot_of(word_key(w))].push_back(std::move(w));
  }
  return by_slot;
}

// Tags each word as a one-word sentence, in order.
void tag_each(const NerModel& model, const std::vector<std::string>& words, TagScratch* scratch) {
  std::vector<uint8_t> labels;
  for (const std::string& w : words) {
    const std::string_view word(w);
    const uint32_t end = 1;
    tag_words(model, std::span<const std::string_view>(&word, 1), std::span<const uint32_t>(&end, 1), scratch, &labels);
  }
}

TEST(NerTagger, WordCacheKeepsAWordInUseAgainstANewcomerToItsSlot) {
  std::unique_ptr<const NerModel> model;
  ASSERT_TRUE(NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model).ok());
  const auto by_slot = words_by_slot(WordCache::kFirstSlots, 5000);
  const auto pair = std::find_if(by_slot.begin(), by_slot.end(), [](const auto& e) { return e.second.size() >= 2; });
  ASSERT_NE(pair, by_slot.end());
  const std::string& often = pair->second[0];
  const std::string& once = pair->second[1];
  TagScratch s;
  // In, then found: in use.
  tag_each(*model, {often, often}, &s);
  EXPECT_EQ(s.cache.hits, 1u);
  // The newcomer is turned away and `often` is still found, more than once.
  tag_each(*model, {once, often, once, often}, &s);
  EXPECT_EQ(s.cache.hits, 3u);
  EXPECT_EQ(s.cache.misses, 3u);
  // Twice in a row the newcomer meets a word not found since it was spared: it takes the slot.
  tag_each(*model, {once, once, once}, &s);
  EXPECT_EQ(s.cache.hits, 4u);
  tag_each(*model, {often}, &s);
  EXPECT_EQ(s.cache.hits, 4u);
  EXPECT_EQ(s.cache.slots.size(), WordCache::kFirstSlots);
}

TEST(NerTagger, WordCacheGrowsWhenManyWordsAreTurnedAway) {
  std::unique_ptr<const NerModel> model;
  ASSERT_TRUE(NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model).ok());
  // Pairs of words that share a slot: the first is found, the second turned
  // away. A quarter as many turned away as there are slots doubles the cache,
  // with far fewer than half the slots taken.
  std::vector<std::string> words;
  uint32_t pairs = 0;
  for (const auto& [slot, same] : words_by_slot(WordCache::kFirstSlots, 20000)) {
    if (same.size() < 2 || pairs == WordCache::kFirstSlots / 4) continue;
    words.insert(words.end(), {same[0], same[0], same[1]});
    ++pairs;
  }
  ASSERT_EQ(pairs, WordCache::kFirstSlots / 4);
  TagScratch s;
  tag_each(*model, std::vector<std::string>(words.begin(), words.end() - 1), &s);
  EXPECT_EQ(s.cache.slots.size(), WordCache::kFirstSlots);
  tag_each(*model, {words.back()}, &s);
  EXPECT_EQ(s.cache.slots.size(), 2 * WordCache::kFirstSlots);
  EXPECT_EQ(s.cache.turned_away, 0u);
}

TEST(NerTagger, EmptyAndPunctuationOnlyInputs) {
  std::unique_ptr<const NerModel> model;
  ASSERT_TRUE(NerModel::load_file(KRONIEK_SOURCE_DIR "/models/ner.kmodel", &model).ok());
  TagScratch scratch;
  std::vector<uint8_t> labels;
  tag_words(*model, {}, {}, &scratch, &labels);
  EXPECT_TRUE(labels.empty());
  std::vector<std::string_view> words = {".", ",", "\xE2\x80\x9C", "!"};
  const uint32_t end = 4;
  tag_words(*model, words, std::span<const uint32_t>(&end, 1), &scratch, &labels);
  EXPECT_EQ(labels, std::vector<uint8_t>(4, 0));
}

}  // namespace
}  // namespace kroniek::ner
