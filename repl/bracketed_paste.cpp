// Bracketed paste; see bracketed_paste.hpp.
#include "repl/bracketed_paste.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace glasspy::repl {

void set_bracketed_paste(bool on) {
    const char* term = std::getenv("TERM");
    if (term && std::strcmp(term, "dumb") == 0) return;
    // Through the C stream libedit writes to, so the request stays in order
    // with the prompt it draws.
    std::fputs(on ? "\x1b[?2004h" : "\x1b[?2004l", stdout);
    std::fflush(stdout);
}

PasteEdit paste_edit(std::string_view pasted) {
    PasteEdit edit;
    edit.text.reserve(pasted.size());
    for (std::size_t i = 0; i < pasted.size(); ++i) {
        if (pasted[i] != '\r') {
            edit.text += pasted[i];
            continue;
        }
        edit.text += '\n';
        if (i + 1 < pasted.size() && pasted[i + 1] == '\n') ++i;
    }
    // The final newlines are the Enter that runs the paste, not part of it:
    // a pasted block needs no empty line to end it.
    while (!edit.text.empty() && edit.text.back() == '\n') {
        edit.text.pop_back();
        edit.accept = true;
    }
    return edit;
}

}  // namespace glasspy::repl
