// Colour at the prompt; see colour.hpp.
#include "repl/colour.hpp"

#include <cstdlib>
#include <unistd.h>

namespace glasspy::repl {

bool colour_enabled() {
    const char* no_colour = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

std::string paint(const std::string& text, const char* code, bool for_prompt) {
    if (!colour_enabled() || text.empty()) return text;
    std::string start = std::string("\033[") + code + "m", end = "\033[0m";
    if (for_prompt) {
        // libedit drops an invisible stretch at the very end of a prompt,
        // so the colour ends before the prompt's trailing spaces.
        std::size_t visible = text.find_last_not_of(' ') + 1;
        return "\001" + start + "\002" + text.substr(0, visible) + "\001" + end + "\002" + text.substr(visible);
    }
    return start + text + end;
}

}  // namespace glasspy::repl
