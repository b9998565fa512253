// JSONL batch analysis. Design: workers pull lines from the input under one
// lock (reading is cheap next to analysis), analyze them in parallel and drop
// the output in a ring of slots indexed by record number; the calling thread
// writes slots strictly in input order. A worker may only take record n when
// n - next_to_write < ring size, so memory is bounded by the ring, not the input.
#include <condition_variable>
#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <thread>
#include <vector>

#include "io/json_out.h"
#include "kroniek/batch.h"

namespace kroniek {
namespace {

enum class LineResult { kLine, kTooLong, kEnd };

// Reads one line (without its '\n'). A line longer than max is consumed up to
// its end and reported as too long, without holding it in memory.
LineResult read_line(std::istream& in, size_t max, std::string* line) {
  line->clear();
  std::streambuf* buf = in.rdbuf();
  bool any = false, too_long = false;
  for (;;) {
    int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      if (!any) return LineResult::kEnd;
      break;
    }
    any = true;
    if (c == '\n') break;
    if (too_long) continue;
    if (line->size() >= max) {
      too_long = true;
      line->clear();
      line->shrink_to_fit();
      continue;
    }
    line->push_back(static_cast<char>(c));
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return too_long ? LineResult::kTooLong : LineResult::kLine;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

struct Slot {
  bool ready = false;
  bool skip = false;  // a blank line: nothing to write
  std::string output;
  std::string error;
  size_t line = 0;
};

}  // namespace

Status parse_record(std::string_view line, Record* out) {
  *out = Record();
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return Status(StatusCode::kInvalidInput, std::string("broken JSON: ") + e.what());
  }
  if (!j.is_object()) return Status(StatusCode::kInvalidInput, "a record must be a JSON object");
  auto text = j.find("text");
  if (text == j.end() || !text->is_string())
    return Status(StatusCode::kInvalidInput, "the record has no \"text\" string");
  out->text = text->get<std::string>();
  if (auto id = j.find("id"); id != j.end() && !id->is_null()) {
    if (id->is_string()) out->id = id->get<std::string>();
    else if (id->is_number()) out->id = id->dump();
    else return Status(StatusCode::kInvalidInput, "\"id\" must be a string or a number");
  }
  if (auto dct = j.find("dct"); dct != j.end() && !dct->is_null()) {
    if (!dct->is_string()) return Status(StatusCode::kInvalidInput, "\"dct\" must be a string YYYY-MM-DD");
    std::string s = dct->get<std::string>();
    // Accept full timestamps ("2019-06-30T10:00:00Z") by their date.
    std::string_view day = s;
    if (day.size() > 10 && (day[10] == 'T' || day[10] == ' ')) day = day.substr(0, 10);
    out->dct = parse_date(day);
    if (!out->dct)
      return Status(StatusCode::kInvalidInput, "\"dct\" is not a date YYYY-MM-DD: \"" + s + "\"");
  }
  return Status::Ok();
}

Status analyze_jsonl(const Analyzer& analyzer, std::istream& in, std::ostream& out,
                     const BatchOptions& options, BatchReport* report,
                     const std::function<void(const RecordError&)>& on_error) {
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t ring = size_t{threads} * 4;
  std::vector<Slot> slots(ring);
  std::mutex mu;
  std::condition_variable cv;
  size_t next_read = 0, next_write = 0, line_no = 0;
  bool input_done = false;
  unsigned running = threads;

  auto worker = [&] {
    std::string line;
    Document doc;
    std::string json;
    StageTimes times;  // this worker's, added into the caller's at the end
    for (;;) {
      size_t seq, my_line;
      LineResult lr;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return input_done || next_read - next_write < ring; });
        if (input_done) break;
        lr = read_line(in, options.max_line_bytes, &line);
        if (lr == LineResult::kEnd) {
          input_done = true;
          cv.notify_all();
          break;
        }
        seq = next_read++;
        my_line = ++line_no;
      }
      Slot result;
      result.line = my_line;
      if (lr == LineResult::kTooLong) {
        result.error = "line is longer than " + std::to_string(options.max_line_bytes) +
                       " bytes (raise the limit with --max-line-bytes)";
      } else if (blank(line)) {
        result.skip = true;
      } else {
        Record record;
        Status s = parse_record(line, &record);
        if (s.ok()) {
          AnalyzeOptions opt = options.analyze;
          if (opt.times) opt.times = &times;
          opt.id = record.id;
          if (record.dct) opt.dct = record.dct;
          s = analyzer.analyze(record.text, opt, &doc, "record");
        }
        if (s.ok()) {
          json.clear();
          write_json(doc, options.json, &json);
          result.output = json;
        } else {
          result.error = s.message();
        }
      }
      if (!result.error.empty()) {
        // Keep output aligned with input: a failed record leaves an error object.
        result.output = "{\"line\":";
        append_uint(my_line, &result.output);
        result.output += ",\"error\":";
        append_json_string(result.error, &result.output);
        result.output += "}";
      }
      result.ready = true;
      std::lock_guard lock(mu);
      slots[seq % ring] = std::move(result);
      cv.notify_all();
    }
    std::lock_guard lock(mu);
    if (options.analyze.times) *options.analyze.times += times;
    --running;
    cv.notify_all();
  };

  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker);

  BatchReport local;
  Status status;
  for (;;) {
    Slot slot;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slots[next_write % ring].ready || (running == 0 && next_write == next_read); });
      if (!slots[next_write % ring].ready) break;
      slot = std::move(slots[next_write % ring]);
      slots[next_write % ring] = Slot();
      ++next_write;
      cv.notify_all();
    }
    if (slot.skip) continue;
    ++local.records;
    if (!slot.error.empty()) {
      ++local.failed;
      on_error(RecordError{slot.line, options.input_name + ":" + std::to_string(slot.line) + ": " + slot.error});
    }
    out << slot.output << '\n';
    if (!out && status.ok()) status = Status(StatusCode::kIoError, "cannot write the output");
  }
  for (auto& t : pool) t.join();
  if (in.bad()) status = Status(StatusCode::kIoError, options.input_name + ": read error");
  out.flush();
  if (report) *report = local;
  return status;
}

}  // namespace kroniek
