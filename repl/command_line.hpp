// glasspy's command line, read as python3 reads its own (CPython:
// Python/getopt.c, Python/initconfig.c): options first, each a letter that
// may share a word with others (`-iq`, `-OO`) or take an argument (`-W
// error`, `-Werror`); then what to run and its arguments.
#pragma once

#include <string>

#include "runtime/config.hpp"

namespace glasspy::repl {

struct CommandLine {
    enum class Run {
        Prompt,   // nothing to run and stdin is a terminal
        Script,   // FILE
        Command,  // -c CMD
        Module,   // -m MODULE
        Stdin,    // `-`, or nothing to run and stdin is not a terminal
        Help,     // -h, -?, --help
        Version,  // -V, --version
        Error,    // a bad option: `message` says which
    };
    Run run = Run::Prompt;
    // Where the program's own arguments start: the file, the command, the
    // module's name or "-" (0 for stdin that was not named).
    int first = 0;
    std::string message;
};

// Reads the options into config and says what to run.
CommandLine parse_command_line(int argc, char** argv, rt::Config& config);

// What -h prints, and the lines after a bad option's message.
std::string usage_text(const char* program, bool full);

}  // namespace glasspy::repl
