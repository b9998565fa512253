// Viterbi decoding for the NER tagger.
//
// Design note. The tagger is a first-order linear-chain model trained as a
// structured averaged perceptron (Collins 2002), not a CRF. Both decode with
// the same Viterbi over the same features; the perceptron needs no
// partition function, no learning-rate schedule and no floating point in
// training (updates are +-1, averages are exact integer sums), so training
// is fast and bit-for-bit reproducible, and on CoNLL-style NER its accuracy
// is within noise of a CRF with the same features. Labels are BIO; an I-X
// label may only follow B-X or I-X, which the decoder enforces, so every
// output is a well-formed chunk sequence. With 9 labels the O(n * 9 * 9)
// recursion is a negligible share of tagging: the cost is in feature lookup.
//
// Tagging runs two stages through this decoder. Stage 2 has the same
// features plus the labels stage 1 gave this word elsewhere in the document
// (news names a person in full once and by surname after), so a name's type
// becomes consistent across an article. In training, stage 2 sees stage-1
// labels from 5-fold jackknifed models, never from a model that saw the
// sentence, so it learns how far to trust them. Both stages' weights of a
// feature share one table row, so stage 2 costs few extra lookups.
//
// Scores are integers (quantised weights at run time, exact perceptron sums
// in training), so ties break the same way everywhere: the lowest previous
// label wins.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "ner/ner_model.h"

namespace kroniek::ner {

// emissions: n x kLabels; transitions: (kLabels + 1) x kLabels with row
// kStartState for the first token. Writes n labels to `out`; `back` is scratch.
template <typename Score>
void viterbi(const Score* emissions, size_t n, const Score* transitions, std::vector<uint8_t>* back,
             uint8_t* out) {
  if (n == 0) return;
  // Low enough to lose against any real path, high enough that sums of two
  // never overflow (every label after the first has an allowed predecessor).
  constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
  back->resize(n * kLabels);
  // Forbidden transitions get a score so low that no path takes them; the
  // inner loop then needs no branch.
  Score trans[kLabels * kLabels];
  for (int p = 0; p < kLabels; ++p) {
    for (int l = 0; l < kLabels; ++l)
      trans[l * kLabels + p] = transition_allowed(p, l) ? transitions[p * kLabels + l] : kNone;
  }
  Score cur[kLabels], nxt[kLabels];
  for (int l = 0; l < kLabels; ++l) {
    cur[l] = transition_allowed(kStartState, l)
                 ? emissions[l] + transitions[kStartState * kLabels + l]
                 : kNone;
  }
  for (size_t t = 1; t < n; ++t) {
    const Score* e = emissions + t * kLabels;
    uint8_t* b = back->data() + t * kLabels;
    // O and B-X may follow any label; I-X only B-X and I-X, so only those
    // two are tried (the lower wins a tie, as everywhere).
    for (int l = 0; l < kLabels; ++l) {
      const Score* into = trans + l * kLabels;
      Score best;
      int arg;
      // Selects instead of branches: which predecessor wins is data, and
      // mispredicted branches cost more than the comparisons.
      if (is_inside(l)) {
        const Score from_begin = cur[l - 1] + into[l - 1], from_inside = cur[l] + into[l];
        const bool inside = from_inside > from_begin;
        best = inside ? from_inside : from_begin;
        arg = inside ? l : l - 1;
      } else {
        best = cur[0] + into[0];
        arg = 0;
        for (int p = 1; p < kLabels; ++p) {
          const Score v = cur[p] + into[p];
          const bool better = v > best;
          best = better ? v : best;
          arg = better ? p : arg;
        }
      }
      nxt[l] = best + e[l];
      b[l] = static_cast<uint8_t>(arg);
    }
    for (int l = 0; l < kLabels; ++l) cur[l] = nxt[l];
  }
  int arg = 0;
  for (int l = 1; l < kLabels; ++l) {
    if (cur[l] > cur[arg]) arg = l;
  }
  out[n - 1] = static_cast<uint8_t>(arg);
  for (size_t t = n - 1; t > 0; --t) {
    arg = (*back)[t * kLabels + arg];
    out[t - 1] = static_cast<uint8_t>(arg);
  }
}

// The score of a label sequence (for tests and the trainer).
template <typename Score>
Score sequence_score(const Score* emissions, size_t n, const Score* transitions, const uint8_t* labels) {
  Score s = 0;
  int prev = kStartState;
  for (size_t t = 0; t < n; ++t) {
    s += emissions[t * kLabels + labels[t]] + transitions[prev * kLabels + labels[t]];
    prev = labels[t];
  }
  return s;
}

}  // namespace kroniek::ner
