// The analysis JSON of ../shared/eval/README.md, plus tokens and sentences.
#include <cstdio>

#include "io/json_out.h"
#include "kroniek/writers.h"

namespace kroniek {
namespace {

class Emitter {
 public:
  Emitter(const Document& doc, bool pretty, std::string* out) : doc_(doc), pretty_(pretty), out_(out) {}

  void key(const char* k) {
    out_->push_back('"');
    out_->append(k);
    out_->append("\":");
  }
  void str(std::string_view s) { append_json_string(s, out_); }
  void num(uint64_t v) { append_uint(v, out_); }
  // "start":..,"end":..,"text":..
  void span_fields(const TextSpan& s) {
    key("start"); num(s.cp_begin); out_->push_back(',');
    key("end"); num(s.cp_end); out_->push_back(',');
    key("text"); str(doc_.slice(s));
  }
  void entity_id(int32_t e) {
    if (e < 0) {
      out_->append("null");
      return;
    }
    out_->push_back('"');
    out_->push_back('E');
    num(static_cast<uint64_t>(e) + 1);
    out_->push_back('"');
  }
  // Starts the n-th element of an array (or the n-th field of an object).
  void sep(size_t n) {
    if (n) out_->push_back(',');
    if (pretty_) out_->append("\n  ");
  }

 private:
  const Document& doc_;
  bool pretty_;
  std::string* out_;
};

}  // namespace

void write_json(const Document& doc, const JsonOptions& options, std::string* out) {
  Emitter e(doc, options.pretty, out);
  out->push_back('{');
  size_t field = 0;
  if (!doc.id.empty()) {
    e.sep(field++); e.key("id"); e.str(doc.id);
  }
  e.sep(field++); e.key("dct");
  if (doc.dct) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", doc.dct->year, doc.dct->month, doc.dct->day);
    e.str(buf);
  } else {
    out->append("null");
  }
  if (!doc.warnings.empty()) {
    e.sep(field++); e.key("warnings"); out->push_back('[');
    for (size_t i = 0; i < doc.warnings.size(); ++i) {
      if (i) out->push_back(',');
      e.str(doc.warnings[i]);
    }
    out->push_back(']');
  }

  e.sep(field++); e.key("mentions"); out->push_back('[');
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (i) out->push_back(',');
    out->push_back('{');
    e.span_fields(m.span);
    out->append(",\"type\":"); e.str(to_string(m.type));
    out->append(",\"kind\":"); e.str(to_string(m.kind));
    out->append(",\"entity\":"); e.entity_id(m.entity);
    out->push_back('}');
  }
  out->push_back(']');

  e.sep(field++); e.key("entities"); out->push_back('[');
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& ent = doc.entities[i];
    if (i) out->push_back(',');
    out->append("{\"id\":"); e.entity_id(static_cast<int32_t>(i));
    out->append(",\"type\":"); e.str(to_string(ent.type));
    out->append(",\"name\":"); e.str(ent.name);
    out->append(",\"mentions\":[");
    for (size_t k = 0; k < ent.mentions.size(); ++k) {
      if (k) out->push_back(',');
      e.num(ent.mentions[k]);
    }
    out->append("]}");
  }
  out->push_back(']');

  e.sep(field++); e.key("timex"); out->push_back('[');
  for (size_t i = 0; i < doc.timexes.size(); ++i) {
    const Timex& t = doc.timexes[i];
    if (i) out->push_back(',');
    out->push_back('{');
    e.span_fields(t.span);
    out->append(",\"type\":"); e.str(to_string(t.type));
    out->append(",\"value\":"); e.str(t.value);
    out->push_back('}');
  }
  out->push_back(']');

  e.sep(field++); e.key("quotes"); out->push_back('[');
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    if (i) out->push_back(',');
    out->push_back('{');
    e.span_fields(q.span);
    out->append(",\"kind\":"); e.str(to_string(q.kind));
    out->append(",\"speaker\":"); e.entity_id(q.speaker_entity);
    out->append(",\"speaker_name\":");
    if (q.speaker_name.empty()) out->append("null"); else e.str(q.speaker_name);
    if (q.addressee_entity >= 0) {
      out->append(",\"addressee\":"); e.entity_id(q.addressee_entity);
    }
    if (q.cue_token >= 0) {
      out->append(",\"cue\":"); e.str(doc.token_text(static_cast<uint32_t>(q.cue_token)));
    }
    out->push_back('}');
  }
  out->push_back(']');

  if (options.tokens) {
    e.sep(field++); e.key("sentences"); out->push_back('[');
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      if (i) out->push_back(',');
      out->push_back('{');
      e.span_fields(doc.token_range(s.first_token, s.end_token));
      out->push_back('}');
    }
    out->push_back(']');
    e.sep(field++); e.key("tokens"); out->push_back('[');
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (i) out->push_back(',');
      out->push_back('{');
      e.span_fields(doc.tokens[i].span);
      out->push_back('}');
    }
    out->push_back(']');
  }
  if (options.pretty) out->push_back('\n');
  out->push_back('}');
}

std::string to_json(const Document& doc, const JsonOptions& options) {
  std::string out;
  out.reserve(doc.text.size() * 4 + 256);
  write_json(doc, options, &out);
  return out;
}

}  // namespace kroniek
