// The read-eval-print loop; see console.hpp.
//
// Each input is compiled on its own in 'single' mode with the file name
// "<stdin>", so a traceback says `File "<stdin>", line N` counting from the
// input's first line, and an expression statement's value goes to
// sys.displayhook (PRINT_EXPR).  An exception is reported and the loop goes
// on; only SystemExit ends it.  Lines come from a LineReader: libedit when
// stdin and stdout are terminals, otherwise plain reads with the prompts on
// stderr — the same rule as CPython's PyOS_Readline.
#include "repl/console.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "interp/ceval.hpp"
#include "interp/code.hpp"
#include "interp/run_source.hpp"
#include "repl/colour.hpp"
#include "repl/commands.hpp"
#include "repl/completion.hpp"
#include "repl/input_grouping.hpp"
#include "repl/line_reader.hpp"
#include "repl/report.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/module.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::repl {

namespace {

namespace rt = glasspy::rt;

// sys.ps1 and sys.ps2 exist only once the prompt runs (a script can test
// hasattr(sys, 'ps1') to know it is interactive); a program may have set
// its own first.
bool set_prompts() {
    rt::Object* sys = rt::interp().sys_dict;
    for (auto [name, value] : {std::pair{"ps1", ">>> "}, std::pair{"ps2", "... "}}) {
        if (rt::dict_getitem_str(sys, name)) continue;
        rt::Ref<> text = rt::Ref<>::steal(rt::str_from_utf8(value));
        if (!text || rt::dict_setitem_str(sys, name, text.get()) != 0) return false;
    }
    return true;
}

// str(sys.ps1) or str(sys.ps2), read again for each line as CPython does.
std::string prompt(const char* name, bool terminal) {
    rt::Object* value = rt::dict_getitem_str(rt::interp().sys_dict, name);
    if (!value) return "";
    rt::Ref<> text = rt::Ref<>::steal(rt::str(value));
    if (!text) {
        rt::clear_error();
        return "";
    }
    std::string s = rt::str_to_utf8(text.get());
    return terminal ? paint(s, PROMPT_COLOUR, true) : s;
}

// CPython's banner is "Python <sys.version> on <sys.platform>"; glasspy's
// sys.version says it is glasspy, and the second line points to :help.
void print_banner() {
    rt::Object* sys = rt::interp().sys_dict;
    rt::Object* version = rt::dict_getitem_str(sys, "version");
    rt::Object* platform = rt::dict_getitem_str(sys, "platform");
    std::fprintf(stderr, "Python %s on %s\n", version ? rt::str_to_utf8(version).c_str() : "3.11",
                 platform ? rt::str_to_utf8(platform).c_str() : "?");
    std::fputs("Type \":help\" for glasspy's commands (disassembly, syntax trees, timing); "
               "exit or Ctrl-D leaves.\n",
               stderr);
}

// Where the history lives: $GLASSPY_HISTORY, else ~/.glasspy_history.
std::string history_file() {
    if (const char* path = std::getenv("GLASSPY_HISTORY")) return path;
    const char* home = std::getenv("HOME");
    return home && *home ? std::string(home) + "/.glasspy_history" : "";
}

std::string trim(const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// A glasspy nicety (CPython only prints how to leave): a bare `exit` or
// `quit` leaves, unless the program gave the name a meaning of its own.
bool is_bare_exit(const std::string& line, rt::Object* globals) {
    std::string name = trim(line);
    return (name == "exit" || name == "quit") && !rt::dict_getitem_str(globals, name);
}

// Compiles and runs one input.  False when it raised SystemExit (left set).
bool run_input(const std::string& source, rt::Object* globals) {
    rt::Ref<> code = rt::Ref<>::steal(interp::compile_to_code(source, "<stdin>", interp::CompileMode::Single));
    rt::Ref<> result;
    if (code) result = rt::Ref<>::steal(interp::eval_code(static_cast<interp::CodeObject*>(code.get()), globals, globals));
    std::fflush(stdout);
    if (result) return true;
    if (rt::error_matches(&rt::exc::SystemExit)) return false;
    report_exception();
    return true;
}

void interrupted_while_reading() {
    std::fflush(stdout);
    std::fputs("\nKeyboardInterrupt\n", stderr);
    std::fflush(stderr);
}

}  // namespace

bool interactive_loop(rt::Object* globals, bool banner) {
    if (!set_prompts()) {
        report_exception();
        return true;
    }
    bool terminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    std::unique_ptr<LineReader> reader;
    if (terminal) {
        auto completer = [globals](const std::string& line, std::size_t start, const std::string& word) {
            return complete(globals, line, start, word);
        };
        reader = make_terminal_reader(completer, history_file());
    } else {
        reader = make_stream_reader();
    }
    if (banner) print_banner();
    for (;;) {
        ReadResult r = reader->read_line(prompt("ps1", terminal), "");
        if (r.status == ReadStatus::Interrupted) {
            interrupted_while_reading();
            continue;
        }
        if (r.status == ReadStatus::EndOfFile) {
            std::fputs("\n", stderr);
            return true;
        }
        reader->remember(r.line);
        if (is_blank(r.line)) continue;
        if (r.line[0] == ':') {
            if (run_command(r.line, globals) == CommandResult::Quit) return true;
            continue;
        }
        if (terminal && is_bare_exit(r.line, globals)) return true;
        std::string source = r.line + "\n", last = r.line;
        bool at_end = false, dropped = false;
        while (!at_end && !input_complete(source, is_blank(last))) {
            r = reader->read_line(prompt("ps2", terminal), terminal ? next_indent(last) : "");
            if (r.status == ReadStatus::Interrupted) {
                interrupted_while_reading();
                dropped = true;
                break;
            }
            if (r.status == ReadStatus::EndOfFile) {
                // As CPython: the end of input ends the block, which runs.
                std::fputs("\n", stderr);
                at_end = true;
                break;
            }
            reader->remember(r.line);
            source += r.line + "\n";
            last = r.line;
        }
        if (!dropped && !run_input(source, globals)) return false;
    }
}

}  // namespace glasspy::repl
