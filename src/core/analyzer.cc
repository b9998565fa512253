#include "kroniek/analyzer.h"

#include <charconv>
#include <chrono>

#include "core/embedded.h"
#include "ner/ner_model.h"
#include "ner/ner_tagger.h"
#include "quotes/quotes.h"
#include "text/utf8.h"
#include "time/time_tagger.h"
#include "tokenize/tokenizer.h"

KRONIEK_EMBEDDED(kroniek_ner_model)

namespace kroniek {

struct Analyzer::Impl {
  bool loaded = false;
  std::unique_ptr<const ner::NerModel> ner;
  TimeTagger time;
  QuoteModel quotes;
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Status Analyzer::load_default() {
  Status s = ner::NerModel::load(kroniek_ner_model(), "built-in NER model", true, &impl_->ner);
  if (!s.ok()) return s;
  s = impl_->time.load_default();
  if (!s.ok()) return s.prefix("built-in time grammar");
  s = impl_->quotes.load_default();
  if (!s.ok()) return s;
  impl_->loaded = true;
  return Status::Ok();
}

Status Analyzer::load_ner_model(const std::string& path) {
  std::unique_ptr<const ner::NerModel> model;
  Status s = ner::NerModel::load_file(path, &model);
  if (!s.ok()) return s;
  impl_->ner = std::move(model);
  return Status::Ok();
}

namespace {

// Adds the time since the last lap to a stage's total, when timing is on.
class Laps {
 public:
  explicit Laps(StageTimes* times) : times_(times) {
    if (times_) last_ = std::chrono::steady_clock::now();
  }
  void lap(double StageTimes::*stage) {
    if (!times_) return;
    const auto now = std::chrono::steady_clock::now();
    times_->*stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  StageTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

Status Analyzer::analyze(std::string_view text, const AnalyzeOptions& options, Document* out,
                         std::string_view name) const {
  Laps laps(options.times);
  *out = Document();
  if (text.size() > options.max_input_bytes) {
    return Status(StatusCode::kLimitExceeded,
                  std::string(name) + ": input is " + std::to_string(text.size()) +
                      " bytes, over the limit of " + std::to_string(options.max_input_bytes) +
                      " bytes (raise it with --max-input-bytes)");
  }
  text.remove_prefix(bom_length(text));
  if (size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    return Status(StatusCode::kInvalidInput,
                  std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad) +
                      " (after any byte-order mark)");
  }
  out->id = options.id;
  out->dct = options.dct;
  out->text.assign(text);
  laps.lap(&StageTimes::input);
  tokenize(out->text, &out->tokens, &out->sentences);
  laps.lap(&StageTimes::tokenize);
  if (options.entities && impl_->ner) {
    thread_local ner::TagScratch ner_scratch;
    ner::add_mentions(*impl_->ner, out, &ner_scratch);
    laps.lap(&StageTimes::entities);
  }
  if (!options.dct && options.time)
    out->warnings.push_back("no publication date given: relative time expressions are not resolved");
  if (options.time && impl_->loaded) {
    impl_->time.tag(out);
    laps.lap(&StageTimes::time);
  }
  // After NER (mentions) and time: quotes, their speakers and the clustering.
  if (options.quotes && impl_->loaded) {
    find_quotes(impl_->quotes, out);
    laps.lap(&StageTimes::quotes);
  }
  return Status::Ok();
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Date d;
  auto num = [&](size_t pos, size_t len, int* v) {
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, *v);
    return r.ec == std::errc() && r.ptr == s.data() + pos + len;
  };
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  int max_day = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  if (d.day > max_day) return std::nullopt;
  return d;
}

}  // namespace kroniek
