// Bracketed paste (xterm's mode 2004, which every common terminal now has):
// while the mode is on, the terminal wraps pasted text in ESC[200~ ...
// ESC[201~, so the prompt can tell a paste from typing and take a pasted
// block as a whole, as CPython 3.13's REPL does (Lib/_pyrepl: the
// "bracketed paste" keys of its keymap).
//
// The mode is on only while a line is being read, never while code runs: a
// program started from the prompt (input(), a curses program, a subprocess)
// must not receive the markers.
#pragma once

#include <string>
#include <string_view>

namespace glasspy::repl {

inline constexpr std::string_view PASTE_START = "\x1b[200~";
inline constexpr std::string_view PASTE_END = "\x1b[201~";

// Asks the terminal (stdout) to bracket pastes, or to stop.  Nothing on a
// "dumb" terminal, which would print the request.
void set_bracketed_paste(bool on);

// What a paste does to the line being edited.
struct PasteEdit {
    // Inserted at the cursor as it is: a tab does not complete, a newline
    // does not enter (libedit shows a buffer with newlines across lines).
    std::string text;
    // Then the buffer is entered, as if Enter had been pressed: the paste
    // ended with a newline, so it was meant to run.
    bool accept = false;
};

// `pasted` is what came between the markers; terminals send a pasted
// newline as CR (the Enter key), so CR LF and CR become '\n'.
PasteEdit paste_edit(std::string_view pasted);

}  // namespace glasspy::repl
