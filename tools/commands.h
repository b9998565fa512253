// Shared pieces of the kroniek command's subcommands.
#pragma once

#include <cstdint>
#include <string>

#include "kroniek/analyzer.h"
#include "kroniek/status.h"

namespace kroniek::cli {

extern const char kExitCodes[];
int exit_code(const Status& s);
int fail(const Status& s);
int usage_error(const std::string& msg, const char* command);
// The value after the option at argv[*i], moving *i past it; false when the
// option is the last argument.
bool take_value(int argc, char** argv, int* i, std::string* value);
// The same as a whole number from `min` to `max`; false when it is missing,
// not all digits, or out of that range.
bool take_number(int argc, char** argv, int* i, uint64_t min, uint64_t max, uint64_t* value);
Status read_file(const std::string& path, std::string* out);

bool isatty_stdin();
// The built-in example article (written for kroniek) and its publication date.
const char* example_article();
Date example_dct();

int analyze_command(int argc, char** argv);
int eval_tokenize_command(int argc, char** argv);
int tag_command(int argc, char** argv);    // tools/ner_commands.cc
int eval_command(int argc, char** argv);
int train_command(int argc, char** argv);

}  // namespace kroniek::cli
