#include "tokenize/ud_eval.h"

#include <algorithm>

#include "tokenize/tokenizer.h"

namespace kroniek {
namespace {

// Splits a CoNLL-U line into its tab-separated fields (at most 10).
size_t split_fields(std::string_view line, std::string_view* fields) {
  size_t n = 0;
  while (n < 10) {
    size_t tab = line.find('\t');
    fields[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

bool has_space_after_no(std::string_view misc) {
  while (!misc.empty()) {
    size_t bar = misc.find('|');
    if (misc.substr(0, bar) == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return false;
}

bool parse_uint(std::string_view s, uint32_t* v) {
  if (s.empty() || s.size() > 9) return false;
  uint32_t x = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + static_cast<uint32_t>(c - '0');
  }
  *v = x;
  return true;
}

}  // namespace

std::string_view ud_paragraph_id(std::string_view source) {
  size_t slash = source.rfind('/');
  if (slash != std::string_view::npos) source.remove_prefix(slash + 1);
  if (source.size() >= 4 && source.substr(source.size() - 4) == ".xml") source.remove_suffix(4);
  size_t s = source.rfind(".s.");
  if (s != std::string_view::npos && s + 3 < source.size() &&
      source.find_first_not_of("0123456789", s + 3) == std::string_view::npos)
    source = source.substr(0, s);
  return source;
}

Status rebuild_ud_text(std::string_view conllu, std::string_view name, UdText* out) {
  *out = UdText();
  std::string paragraph, source;
  bool in_sentence = false, have_source = false;
  size_t sentence_begin = 0, line_no = 0;
  uint32_t skip_until = 0;
  bool last_space_after = true;
  auto end_sentence = [&] {
    if (!in_sentence) return;
    // The sentence ends where its last token ends.
    if (!out->tokens.empty() && out->tokens.back().first >= sentence_begin)
      out->sentences.push_back({static_cast<uint32_t>(sentence_begin), out->tokens.back().second});
    in_sentence = false;
    have_source = false;
  };
  while (!conllu.empty()) {
    size_t nl = conllu.find('\n');
    std::string_view line = conllu.substr(0, nl);
    conllu = nl == std::string_view::npos ? std::string_view() : conllu.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      end_sentence();
      continue;
    }
    if (line[0] == '#') {
      if (line.substr(0, 8) == "# source") {
        size_t eq = line.find('=');
        if (eq != std::string_view::npos) {
          std::string_view v = line.substr(eq + 1);
          while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
          source.assign(v);
          have_source = true;
        }
      }
      continue;
    }
    std::string_view f[10];
    if (split_fields(line, f) < 10)
      return Status(StatusCode::kInvalidInput,
                    std::string(name) + ":" + std::to_string(line_no) + ": a token line needs 10 tab-separated fields");
    if (f[0].find('.') != std::string_view::npos) continue;  // empty node
    uint32_t id = 0, last = 0;
    size_t dash = f[0].find('-');
    if (dash != std::string_view::npos) {
      if (!parse_uint(f[0].substr(0, dash), &id) || !parse_uint(f[0].substr(dash + 1), &last))
        return Status(StatusCode::kInvalidInput, std::string(name) + ":" + std::to_string(line_no) + ": bad token id");
    } else if (!parse_uint(f[0], &id)) {
      return Status(StatusCode::kInvalidInput, std::string(name) + ":" + std::to_string(line_no) + ": bad token id");
    } else if (id <= skip_until && in_sentence) {
      continue;  // a word inside a multiword token
    }
    if (!in_sentence) {
      std::string_view pid = have_source ? ud_paragraph_id(source) : std::string_view();
      if (!out->text.empty()) {
        out->text += (have_source && pid == paragraph) ? " " : "\n\n";
      }
      paragraph.assign(pid);
      in_sentence = true;
      skip_until = 0;
      sentence_begin = out->text.size();
    } else if (last_space_after) {
      out->text += ' ';
    }
    if (dash != std::string_view::npos) skip_until = last;
    if (f[1].empty())
      return Status(StatusCode::kInvalidInput, std::string(name) + ":" + std::to_string(line_no) + ": empty form");
    uint32_t begin = static_cast<uint32_t>(out->text.size());
    out->text.append(f[1]);
    out->tokens.push_back({begin, static_cast<uint32_t>(out->text.size())});
    last_space_after = !has_space_after_no(f[9]);
  }
  end_sentence();
  return Status::Ok();
}

Prf score_spans(const std::vector<ByteSpan>& gold, const std::vector<ByteSpan>& predicted) {
  Prf r;
  r.gold = gold.size();
  r.predicted = predicted.size();
  size_t i = 0, j = 0;
  while (i < gold.size() && j < predicted.size()) {
    if (gold[i] == predicted[j]) {
      ++r.correct;
      ++i;
      ++j;
    } else if (gold[i].first < predicted[j].first ||
               (gold[i].first == predicted[j].first && gold[i].second < predicted[j].second)) {
      ++i;
    } else {
      ++j;
    }
  }
  return r;
}

TokenizeScore score_tokenization(const UdText& gold, const std::vector<Token>& tokens,
                                 const std::vector<Sentence>& sentences) {
  std::vector<ByteSpan> ptok, psent;
  ptok.reserve(tokens.size());
  for (const Token& t : tokens) ptok.push_back({t.span.begin, t.span.end});
  psent.reserve(sentences.size());
  for (const Sentence& s : sentences)
    if (s.end_token > s.first_token && s.end_token <= tokens.size())
      psent.push_back({tokens[s.first_token].span.begin, tokens[s.end_token - 1].span.end});
  TokenizeScore score;
  score.tokens = score_spans(gold.tokens, ptok);
  score.sentences = score_spans(gold.sentences, psent);
  return score;
}

TokenizeScore evaluate_tokenizer(const UdText& gold) {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(gold.text, &tokens, &sentences);
  return score_tokenization(gold, tokens, sentences);
}

namespace {

std::string context(std::string_view text, uint32_t at) {
  size_t from = at >= 40 ? at - 40 : 0;
  std::string s(text.substr(from, at - from));
  s += " | ";
  s += text.substr(at, 40);
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

}  // namespace

std::vector<std::string> describe_errors(const UdText& gold, const std::vector<Token>& tokens,
                                         const std::vector<Sentence>& sentences, size_t max) {
  std::vector<std::string> out;
  std::string_view text = gold.text;
  // Tokens: walk both lists; report each region where they disagree.
  size_t i = 0, j = 0;
  while ((i < gold.tokens.size() || j < tokens.size()) && out.size() < max) {
    if (i < gold.tokens.size() && j < tokens.size() && gold.tokens[i].first == tokens[j].span.begin &&
        gold.tokens[i].second == tokens[j].span.end) {
      ++i;
      ++j;
      continue;
    }
    std::string g = "token gold", p = " predicted";
    uint32_t end = 0;
    do {
      bool take_gold = i < gold.tokens.size() &&
                       (j >= tokens.size() || gold.tokens[i].second <= tokens[j].span.end);
      bool take_pred = j < tokens.size() && (i >= gold.tokens.size() || tokens[j].span.end <= gold.tokens[i].second);
      if (take_gold) {
        g += " [" + std::string(text.substr(gold.tokens[i].first, gold.tokens[i].second - gold.tokens[i].first)) + "]";
        end = std::max(end, gold.tokens[i].second);
        ++i;
      }
      if (take_pred) {
        p += " [" + std::string(text.substr(tokens[j].span.begin, tokens[j].span.end - tokens[j].span.begin)) + "]";
        end = std::max(end, tokens[j].span.end);
        ++j;
      }
    } while ((i < gold.tokens.size() && gold.tokens[i].first < end) || (j < tokens.size() && tokens[j].span.begin < end));
    out.push_back(g + p);
  }
  // Sentences: boundaries (sentence starts) missing or spurious.
  std::vector<uint32_t> gs, ps;
  for (const ByteSpan& s : gold.sentences) gs.push_back(s.first);
  for (const Sentence& s : sentences)
    if (s.first_token < tokens.size()) ps.push_back(tokens[s.first_token].span.begin);
  i = j = 0;
  while ((i < gs.size() || j < ps.size()) && out.size() < max) {
    if (i < gs.size() && j < ps.size() && gs[i] == ps[j]) {
      ++i;
      ++j;
    } else if (j >= ps.size() || (i < gs.size() && gs[i] < ps[j])) {
      out.push_back("sentence missed start: " + context(text, gs[i++]));
    } else {
      out.push_back("sentence spurious start: " + context(text, ps[j++]));
    }
  }
  return out;
}

}  // namespace kroniek
