// When is what the user typed a whole input?  The prompt keeps asking for
// lines ("... ") until it is, as CPython's interactive tokenizer does
// (Parser/tokenizer.c in interactive mode; Lib/codeop.py is the same rule
// written in Python).  A pasted block, or one recalled from history, comes
// as one text of several lines; it is split back into its top-level
// statements to run one by one, as CPython 3.13's REPL does.
#pragma once

#include <string>
#include <vector>

namespace glasspy::repl {

// True when `source` (every line typed so far, each ending in '\n') is one
// input to compile now: it parses, or fails for a reason other than ending
// too soon.  A compound statement is whole only once `last_line_blank`;
// inside open brackets or a triple-quoted string even a blank line goes on.
bool input_complete(const std::string& source, bool last_line_blank);

// True when `source` stops in the middle of something: inside brackets or a
// triple-quoted string, after a backslash, or after a block header whose
// block has not begun.  A pasted or recalled block is whole unless this
// holds: it needs no empty line to end.
bool ends_too_soon(const std::string& source);

// The top-level statements of `source` (which parses), each as source to
// compile in 'single' mode: its own lines (decorators included; statements
// that share a line stay together), after as many empty lines as precede
// them, so that line numbers count from the first line of `source`.
std::vector<std::string> split_statements(const std::string& source);

// Whether a line has nothing but spaces and tabs.
bool is_blank(const std::string& line);

// The indentation the next continuation line starts with: the line's own,
// one level (4 spaces) deeper after a line that opens a block with ':'.
std::string next_indent(const std::string& line);

}  // namespace glasspy::repl
