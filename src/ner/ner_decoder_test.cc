#include "ner/ner_decoder.h"

#include <gtest/gtest.h>

#include <random>

namespace kroniek::ner {
namespace {

// Every label sequence that respects the BIO constraints, scored one by one.
int32_t brute_force_best(const std::vector<int32_t>& e, size_t n, const std::vector<int32_t>& trans) {
  std::vector<uint8_t> seq(n, 0);
  int32_t best = std::numeric_limits<int32_t>::min();
  while (true) {
    bool valid = true;
    int prev = kStartState;
    for (size_t t = 0; t < n && valid; ++t) {
      valid = transition_allowed(prev, seq[t]);
      prev = seq[t];
    }
    if (valid) best = std::max(best, sequence_score(e.data(), n, trans.data(), seq.data()));
    size_t k = 0;
    while (k < n && ++seq[k] == kLabels) seq[k++] = 0;
    if (k == n) break;
  }
  return best;
}

TEST(NerDecoder, ViterbiMatchesBruteForceOnRandomInputs) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int32_t> score(-50, 50);
  for (int round = 0; round < 300; ++round) {
    const size_t n = 1 + round % 4;
    std::vector<int32_t> e(n * kLabels), trans((kLabels + 1) * kLabels);
    for (auto& v : e) v = score(rng);
    for (auto& v : trans) v = score(rng);
    std::vector<uint8_t> out(n), back;
    viterbi(e.data(), n, trans.data(), &back, out.data());
    int prev = kStartState;
    for (size_t t = 0; t < n; ++t) {
      ASSERT_TRUE(transition_allowed(prev, out[t])) << "round " << round << " position " << t;
      prev = out[t];
    }
    EXPECT_EQ(sequence_score(e.data(), n, trans.data(), out.data()), brute_force_best(e, n, trans))
        << "round " << round;
  }
}

// The vector version gives the generic version's labels exactly, ties
// included (scores from a small range tie often), on short and long inputs.
TEST(NerDecoder, IntegerVersionMatchesTheGenericOne) {
  std::mt19937 rng(3);
  for (int round = 0; round < 2000; ++round) {
    const size_t n = 1 + rng() % (round % 10 == 0 ? 400 : 12);
    const int32_t range = round % 3 == 0 ? 2 : round % 3 == 1 ? 40 : 100000;
    std::uniform_int_distribution<int32_t> score(-range, range);
    std::vector<int32_t> e(n * kLabels), trans((kLabels + 1) * kLabels);
    for (auto& v : e) v = score(rng);
    for (auto& v : trans) v = score(rng);
    std::vector<uint8_t> generic(n), fast(n), back;
    viterbi<int32_t>(e.data(), n, trans.data(), &back, generic.data());
    IntViterbi(trans.data()).decode(e.data(), n, &back, fast.data());
    ASSERT_EQ(generic, fast) << "round " << round;
    // The same emissions read from wider rows (the tagger's: both stages' scores).
    std::vector<int32_t> wide(n * 2 * kLabels, 999999);
    for (size_t t = 0; t < n; ++t) std::copy_n(e.data() + t * kLabels, kLabels, wide.data() + t * 2 * kLabels + kLabels);
    IntViterbi(trans.data()).decode(wide.data() + kLabels, n, &back, fast.data(), 2 * kLabels);
    ASSERT_EQ(generic, fast) << "round " << round << ", strided";
  }
}

TEST(NerDecoder, NeverStartsWithInside) {
  std::vector<int32_t> e(kLabels, 0), trans((kLabels + 1) * kLabels, 0);
  e[label_index("I-PER")] = 1000;
  std::vector<uint8_t> out(1), back;
  viterbi(e.data(), 1, trans.data(), &back, out.data());
  EXPECT_NE(out[0], label_index("I-PER"));
  IntViterbi(trans.data()).decode(e.data(), 1, &back, out.data());
  EXPECT_NE(out[0], label_index("I-PER"));
}

}  // namespace
}  // namespace kroniek::ner
