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
        start = "\001" + start + "\002";
        end = "\001" + end + "\002";
    }
    return start + text + end;
}

}  // namespace glasspy::repl
