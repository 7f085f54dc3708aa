// What the command line and the environment ask of the interpreter
// (CPython: PyConfig and sys.flags).  The command line (repl/command_line.cpp)
// fills it before start-up; sys.flags, sys.warnoptions and sys._xoptions
// show it, the compiler reads `optimize` (-O: __debug__ is False and
// asserts go; -OO: docstrings go too).
#pragma once

#include <string>
#include <vector>

namespace glasspy::rt {

struct Config {
    int debug = 0;
    int inspect = 0;       // -i or PYTHONINSPECT: the prompt after the program
    int interactive = 0;   // -i
    int optimize = 0;      // -O, -OO or PYTHONOPTIMIZE
    int dont_write_bytecode = 0;  // -B (glasspy writes no bytecode caches either way)
    int no_user_site = 0;  // -s
    int no_site = 0;       // -S
    int ignore_environment = 0;  // -E: no PYTHON* variables
    int verbose = 0;       // -v
    int bytes_warning = 0; // -b
    int quiet = 0;         // -q: no banner
    int isolated = 0;      // -I: -E, -s and -P
    bool safe_path = false;  // -P: no script directory or cwd at the front of sys.path
    bool unbuffered = false; // -u or PYTHONUNBUFFERED
    bool dev_mode = false;   // -X dev or PYTHONDEVMODE
    int int_max_str_digits = -1;  // -X int_max_str_digits=N or PYTHONINTMAXSTRDIGITS; -1: the default
    std::vector<std::string> warnoptions;  // PYTHONWARNINGS, then each -W
    std::vector<std::string> xoptions;     // each -X, as given
    std::vector<std::string> orig_argv;    // the command line as the process got it
};

Config& config();

// Completes c after the command line: the PYTHON* environment variables
// (unless ignore_environment), then what the -X options mean.
void config_read_environment(Config& c);

}  // namespace glasspy::rt
