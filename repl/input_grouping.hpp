// When is what the user typed a whole input?  The prompt keeps asking for
// lines ("... ") until it is, as CPython's interactive tokenizer does
// (Parser/tokenizer.c in interactive mode; Lib/codeop.py is the same rule
// written in Python).
#pragma once

#include <string>

namespace glasspy::repl {

// True when `source` (every line typed so far, each ending in '\n') is one
// input to compile now: it parses, or fails for a reason other than ending
// too soon.  A compound statement is whole only once `last_line_blank`;
// inside open brackets or a triple-quoted string even a blank line goes on.
bool input_complete(const std::string& source, bool last_line_blank);

// Whether a line has nothing but spaces and tabs.
bool is_blank(const std::string& line);

// The indentation the next continuation line starts with: the line's own,
// one level (4 spaces) deeper after a line that opens a block with ':'.
std::string next_indent(const std::string& line);

}  // namespace glasspy::repl
