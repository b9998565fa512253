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
// output is a well-formed chunk sequence. The O(n * 9 * 9) recursion is not
// free next to cached feature sums: for integer scores (the tagger's) it
// runs on the eight B and I labels at once as vectors (IntViterbi below).
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
#include <cstring>
#include <limits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <vector>

#include "ner/ner_model.h"

namespace kroniek::ner {

// From the final states' scores `cur` (the lowest label wins a tie), back
// through the predecessors Viterbi recorded in `back`, writing n labels.
template <typename Score>
void backtrack(const Score* cur, size_t n, const std::vector<uint8_t>& back, uint8_t* out) {
  int arg = 0;
  for (int l = 1; l < kLabels; ++l) {
    if (cur[l] > cur[arg]) arg = l;
  }
  out[n - 1] = static_cast<uint8_t>(arg);
  for (size_t t = n - 1; t > 0; --t) {
    arg = back[t * kLabels + arg];
    out[t - 1] = static_cast<uint8_t>(arg);
  }
}

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
  backtrack(cur, n, *back, out);
}

// The same for integer scores (the tagger's), with the eight B-X and I-X
// labels in vector lanes (GCC and Clang vector extensions: SIMD where the
// machine has it, plain code elsewhere). It gives exactly the generic
// version's labels, ties included, and keeps its scores small by taking a
// constant off every state at each step (which changes no comparison), so
// no sentence is long enough to overflow them. The transition tables are
// built once (IntViterbi) and used for every sentence.
class IntViterbi {
 public:
  // transitions: (kLabels + 1) x kLabels with row kStartState for the first token.
  explicit IntViterbi(const int32_t* transitions) {
    static_assert(kLabels == 9, "O and eight B/I lanes");
    for (int p = 0; p < kLabels; ++p) {
      into_o_[p] = transitions[p * kLabels];
      int32_t row[kLabels - 1];
      for (int l = 1; l < kLabels; ++l) row[l - 1] = transition_allowed(p, l) ? transitions[p * kLabels + l] : kNone;
      std::memcpy(&into_lo_[p], row, sizeof(Lanes));
      std::memcpy(&into_hi_[p], row + 4, sizeof(Lanes));
    }
    for (int l = 0; l < kLabels; ++l)
      start_[l] = transition_allowed(kStartState, l) ? transitions[kStartState * kLabels + l] : kNone;
  }

  // emissions: n rows of kLabels, `stride` apart. Writes n labels to `out`;
  // `back` is scratch.
  void decode(const int32_t* emissions, size_t n, std::vector<uint8_t>* back, uint8_t* out,
              size_t stride = kLabels) const {
    if (n == 0) return;
    back->resize(n * kLabels);
    // The states: O, then labels 1..8, which the lanes hold between steps.
    int32_t cur[kLabels];
    for (int l = 0; l < kLabels; ++l) cur[l] = start_[l] == kNone ? kNone : emissions[l] + start_[l];
    for (size_t t = 1; t < n; ++t) {
      const int32_t* e = emissions + t * stride;
      uint8_t* b = back->data() + t * kLabels;
      const int32_t base = cur[0];  // real: O may follow anything
      int32_t best_o = into_o_[0];
      int arg_o = 0;
      Lanes best_lo = into_lo_[0], best_hi = into_hi_[0];
      Lanes arg_lo = Lanes{}, arg_hi = Lanes{};
      for (int p = 1; p < kLabels; ++p) {
        const int32_t c = cur[p] - base;
        const int32_t v = c + into_o_[p];
        const bool better = v > best_o;
        best_o = better ? v : best_o;
        arg_o = better ? p : arg_o;
        const Lanes cv = Lanes{} + c, pv = Lanes{} + p;
        const Lanes lo = cv + into_lo_[p], hi = cv + into_hi_[p];
        const Lanes m_lo = lo > best_lo, m_hi = hi > best_hi;  // all ones where strictly better
        best_lo = (lo & m_lo) | (best_lo & ~m_lo);
        best_hi = (hi & m_hi) | (best_hi & ~m_hi);
        arg_lo = (pv & m_lo) | (arg_lo & ~m_lo);
        arg_hi = (pv & m_hi) | (arg_hi & ~m_hi);
      }
      Lanes emit_lo, emit_hi;
      std::memcpy(&emit_lo, e + 1, sizeof(Lanes));
      std::memcpy(&emit_hi, e + 5, sizeof(Lanes));
      best_lo += emit_lo;
      best_hi += emit_hi;
      cur[0] = best_o + e[0];
      std::memcpy(cur + 1, &best_lo, sizeof(Lanes));
      std::memcpy(cur + 5, &best_hi, sizeof(Lanes));
      b[0] = static_cast<uint8_t>(arg_o);
#if defined(__SSE2__)
      // The eight back pointers (0..8) narrowed to bytes in a register.
      const __m128i words = _mm_packs_epi32(reinterpret_cast<__m128i>(arg_lo), reinterpret_cast<__m128i>(arg_hi));
      _mm_storel_epi64(reinterpret_cast<__m128i*>(b + 1), _mm_packus_epi16(words, words));
#else
      int32_t args[kLabels - 1];
      std::memcpy(args, &arg_lo, sizeof(Lanes));
      std::memcpy(args + 4, &arg_hi, sizeof(Lanes));
      for (int l = 1; l < kLabels; ++l) b[l] = static_cast<uint8_t>(args[l - 1]);
#endif
    }
    backtrack(cur, n, *back, out);
  }

 private:
  using Lanes = int32_t __attribute__((vector_size(16)));  // four labels; two hold the eight
  static constexpr int32_t kNone = std::numeric_limits<int32_t>::lowest() / 4;
  int32_t into_o_[kLabels];  // from each predecessor into O
  Lanes into_lo_[kLabels], into_hi_[kLabels];  // ... into labels 1..4 and 5..8 (forbidden at kNone)
  int32_t start_[kLabels];
};

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
