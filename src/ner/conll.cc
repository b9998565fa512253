#include "ner/conll.h"

#include "text/utf8.h"

namespace kroniek::ner {

Status parse_conll(std::string_view text, std::string_view name, ConllFile* out) {
  if (size_t bad = find_invalid_utf8(text); bad != std::string_view::npos)
    return Status(StatusCode::kInvalidInput, std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad));
  *out = ConllFile();
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out->lines.push_back(line);
    pos = nl + 1;
  }
  auto close_sentence = [](ConllDocument* d) {
    const auto n = static_cast<uint32_t>(d->words.size());
    if (n > (d->sentence_ends.empty() ? 0 : d->sentence_ends.back())) d->sentence_ends.push_back(n);
  };
  out->documents.emplace_back();
  for (uint32_t i = 0; i < out->lines.size(); ++i) {
    std::string_view line = out->lines[i];
    const size_t b = line.find_first_not_of(" \t");
    if (b == std::string_view::npos) {
      close_sentence(&out->documents.back());
      continue;
    }
    line = line.substr(b);
    const size_t e = line.find_first_of(" \t");
    const std::string_view word = line.substr(0, e);
    if (word == "-DOCSTART-") {
      close_sentence(&out->documents.back());
      if (!out->documents.back().words.empty()) out->documents.emplace_back();
      continue;
    }
    const size_t last_end = line.find_last_not_of(" \t") + 1;
    const size_t last_begin = line.find_last_of(" \t", last_end - 1);
    ConllDocument& d = out->documents.back();
    d.words.push_back(word);
    d.last_columns.push_back(last_begin == std::string_view::npos ? std::string_view()
                                                                  : line.substr(last_begin + 1, last_end - last_begin - 1));
    d.word_lines.push_back(i);
  }
  close_sentence(&out->documents.back());
  if (out->documents.back().words.empty()) out->documents.pop_back();
  return Status::Ok();
}

void tag_conll(const NerModel& model, const ConllFile& file, TagScratch* scratch, std::string* out) {
  std::vector<const char*> tag_of_line(file.lines.size(), nullptr);
  std::vector<uint8_t> labels;
  for (const ConllDocument& d : file.documents) {
    tag_words(model, d.words, d.sentence_ends, scratch, &labels);
    for (size_t i = 0; i < d.words.size(); ++i) tag_of_line[d.word_lines[i]] = kLabelNames[labels[i]];
  }
  out->clear();
  for (size_t i = 0; i < file.lines.size(); ++i) {
    out->append(file.lines[i]);
    if (tag_of_line[i]) {
      out->push_back(' ');
      out->append(tag_of_line[i]);
    }
    out->push_back('\n');
  }
}

}  // namespace kroniek::ner
