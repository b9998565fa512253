// Access to files linked into the library by kroniek_embed() in CMakeLists.txt.
//
//   KRONIEK_EMBEDDED(kroniek_ner_model)          // at namespace scope, once
//   std::string_view bytes = kroniek_ner_model();
#pragma once

#include <string_view>

#define KRONIEK_EMBEDDED(symbol)                                                      \
  extern "C" const char symbol##_begin[];                                             \
  extern "C" const char symbol##_end[];                                               \
  inline std::string_view symbol() {                                                  \
    return std::string_view(symbol##_begin, static_cast<size_t>(symbol##_end - symbol##_begin)); \
  }
