#include "repl/command_line.hpp"

#include <unistd.h>

#include <string_view>

namespace glasspy::repl {

CommandLine parse_command_line(int argc, char** argv, rt::Config& config) {
    CommandLine cl;
    auto fail = [&](std::string message) {
        cl.run = CommandLine::Run::Error;
        cl.message = std::move(message);
        return cl;
    };
    int i = 1;
    for (; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word.size() < 2 || word[0] != '-') break;  // FILE, or `-`
        if (word == "--") {
            ++i;
            break;
        }
        if (word.starts_with("--")) {
            if (word == "--help") cl.run = CommandLine::Run::Help;
            else if (word == "--version") cl.run = CommandLine::Run::Version;
            else return fail("unknown option " + std::string(word));
            return cl;
        }
        for (std::size_t k = 1; k < word.size(); ++k) {
            char letter = word[k];
            if (letter == 'c' || letter == 'm' || letter == 'W' || letter == 'X') {
                // The argument is the rest of this word, or the next one.
                std::string argument;
                if (k + 1 < word.size()) {
                    argument = std::string(word.substr(k + 1));
                } else if (i + 1 < argc) {
                    argument = argv[++i];
                } else {
                    return fail(std::string("Argument expected for the -") + letter + " option");
                }
                if (letter == 'W') config.warnoptions.push_back(argument);
                if (letter == 'X') config.xoptions.push_back(argument);
                if (letter == 'c' || letter == 'm') {
                    // Its text stays in argv for the program: point at it.
                    if (k + 1 < word.size()) argv[i] += k + 1;
                    cl.run = letter == 'c' ? CommandLine::Run::Command : CommandLine::Run::Module;
                    cl.first = i;
                    return cl;
                }
                break;
            }
            switch (letter) {
            case 'b': ++config.bytes_warning; break;
            case 'B': config.dont_write_bytecode = 1; break;
            case 'd': ++config.debug; break;
            case 'E': config.ignore_environment = 1; break;
            case 'i': config.inspect = 1; config.interactive = 1; break;
            case 'I':
                config.isolated = 1;
                config.ignore_environment = 1;
                config.no_user_site = 1;
                config.safe_path = true;
                break;
            case 'O': ++config.optimize; break;
            case 'P': config.safe_path = true; break;
            case 'q': config.quiet = 1; break;
            case 's': config.no_user_site = 1; break;
            case 'S': config.no_site = 1; break;
            case 'u': config.unbuffered = true; break;
            case 'v': ++config.verbose; break;
            case 'h':
            case '?': cl.run = CommandLine::Run::Help; return cl;
            case 'V': cl.run = CommandLine::Run::Version; return cl;
            default: return fail(std::string("Unknown option: -") + letter);
            }
        }
    }
    if (i < argc) {
        cl.run = std::string_view(argv[i]) == "-" ? CommandLine::Run::Stdin : CommandLine::Run::Script;
        cl.first = i;
    } else {
        cl.run = isatty(STDIN_FILENO) ? CommandLine::Run::Prompt : CommandLine::Run::Stdin;
        cl.first = 0;
    }
    return cl;
}

std::string usage_text(const char* program, bool full) {
    std::string text = std::string("usage: ") + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    if (!full) return text + "Try `glasspy -h' for more information.\n";
    return text +
           "Options (as python3's; the environment variables too):\n"
           "-b     : bytes_warning in sys.flags (glasspy issues no BytesWarning)\n"
           "-B     : dont_write_bytecode in sys.flags (glasspy writes no .pyc files anyway)\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-E     : ignore PYTHON* environment variables (such as PYTHONWARNINGS)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script; also PYTHONINSPECT=x\n"
           "-I     : isolate from the environment (implies -E, -P and -s)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x\n"
           "-OO    : do -O changes and also discard docstrings\n"
           "-P     : don't prepend a potentially unsafe path to sys.path\n"
           "-q     : don't print the version and copyright messages on interactive startup\n"
           "-s     : no_user_site in sys.flags\n"
           "-S     : no_site in sys.flags (glasspy has no site module)\n"
           "-u     : unbuffered binary stdout and stderr; also PYTHONUNBUFFERED=x\n"
           "-v     : verbose in sys.flags\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "-W arg : warning control; arg is action:message:category:module:lineno\n"
           "         also PYTHONWARNINGS=arg\n"
           "-X opt : set implementation-specific option (kept in sys._xoptions)\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n"
           "\n"
           "glasspy's own options, before the others:\n"
           "--trace=KINDS, --trace-watch=NAMES, --trace-type=TYPES, --trace-object=IDS,\n"
           "--trace-format=text|json, --step : the trace views and the stepper (docs/tracing.md)\n"
           "--dump-ast FILE, --dump-ast-positions FILE, --dis FILE, --code-info FILE,\n"
           "--parse-only FILE... : the stages of compiling a file\n";
}

}  // namespace glasspy::repl
