// Status: what every fallible call at the API boundary returns.
//
//   kroniek::Status s = analyzer.analyze(text, options, &doc);
//   if (!s.ok()) std::cerr << s.message() << '\n';   // names the input and the place
//
// The library never throws across its public API and never prints; a failed
// call says why in the message.
#pragma once

#include <string>
#include <utility>

namespace kroniek {

enum class StatusCode : int {
  kOk = 0,
  kInvalidInput = 1,       // bad UTF-8, broken JSON, a bad date, ...
  kNotFound = 2,           // a missing file
  kCorruptModel = 3,       // a model file that is truncated, of the wrong version, ...
  kLimitExceeded = 4,      // input larger than a configured limit
  kIoError = 5,
  kInternal = 6,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Prefixes the message with where the problem happened ("artikel.txt: ").
  Status& prefix(const std::string& where) {
    if (!ok()) message_ = where + ": " + message_;
    return *this;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace kroniek
