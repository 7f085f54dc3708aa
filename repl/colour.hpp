// Colour at the prompt: only when stdout is a terminal and NO_COLOR is not
// set (https://no-color.org), so that piped output and tests see plain text.
#pragma once

#include <string>

namespace glasspy::repl {

bool colour_enabled();

// `text` wrapped in the ANSI colour `code` ("1;32" bold green...), or text
// itself when colour is off.  `for_prompt`: libedit must be told which bytes
// take no room on screen (the \1...\2 brackets of readline).
std::string paint(const std::string& text, const char* code, bool for_prompt = false);

inline constexpr const char* PROMPT_COLOUR = "1;32";
inline constexpr const char* ERROR_COLOUR = "31";
inline constexpr const char* NOTE_COLOUR = "2";

}  // namespace glasspy::repl
