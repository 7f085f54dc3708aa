// The read-eval-print loop; see console.hpp.
//
// Each input is compiled on its own in 'single' mode with the file name
// "<stdin>", so a traceback says `File "<stdin>", line N` counting from the
// input's first line, and an expression statement's value goes to
// sys.displayhook (PRINT_EXPR).  An exception is reported and the loop goes
// on; only SystemExit ends it.  Lines come from a LineReader: libedit when
// stdin and stdout are terminals, otherwise plain reads with the prompts on
// stderr — the same rule as CPython's PyOS_Readline.
//
// A read may bring several lines at once: a bracketed paste, or a block
// recalled from history.  That text is taken as a whole, as CPython 3.13's
// REPL takes it: it needs no empty line to end, it is compiled whole first
// (a SyntaxError anywhere runs none of it), then each top-level statement is
// compiled in 'single' mode and run in turn, echoing its values, as if the
// text were a file run statement by statement; an exception ends it.  A
// block goes into history as one entry, whether typed or pasted, so that Up
// recalls it whole.
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

// str(sys.ps1) or str(sys.ps2), read again for each line as CPython does;
// for_libedit marks the colour codes as invisible (colour.hpp).
std::string prompt(const char* name, bool terminal, bool for_libedit = true) {
    rt::Object* value = rt::dict_getitem_str(rt::interp().sys_dict, name);
    if (!value) return "";
    rt::Ref<> text = rt::Ref<>::steal(rt::str(value));
    if (!text) {
        rt::clear_error();
        return "";
    }
    std::string s = rt::str_to_utf8(text.get());
    return terminal ? paint(s, PROMPT_COLOUR, for_libedit) : s;
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

enum class RunResult { Ran, Raised, Exited };

// Compiles and runs one input in `mode`; Exited leaves SystemExit set.
RunResult run_input(const std::string& source, rt::Object* globals,
                    interp::CompileMode mode = interp::CompileMode::Single) {
    rt::Ref<> code = rt::Ref<>::steal(interp::compile_to_code(source, "<stdin>", mode));
    rt::Ref<> result;
    if (code) result = rt::Ref<>::steal(interp::eval_code(static_cast<interp::CodeObject*>(code.get()), globals, globals));
    std::fflush(stdout);
    if (result) return RunResult::Ran;
    if (rt::error_matches(&rt::exc::SystemExit)) return RunResult::Exited;
    report_exception();
    return RunResult::Raised;
}

// A pasted or recalled block, statement by statement (see the top).
RunResult run_statements(const std::string& source, rt::Object* globals) {
    // Its SyntaxWarnings come when each statement is compiled to run.
    rt::Ref<> whole = rt::Ref<>::steal(
        interp::compile_to_code(source, "<stdin>", interp::CompileMode::Exec, false, -1, false));
    if (!whole) {
        report_exception();
        return RunResult::Raised;
    }
    for (const std::string& statement : split_statements(source)) {
        RunResult r = run_input(statement, globals);
        if (r != RunResult::Ran) return r;
    }
    return RunResult::Ran;
}

void interrupted_while_reading() {
    std::fflush(stdout);
    std::fputs("\nKeyboardInterrupt\n", stderr);
    std::fflush(stderr);
}

bool has_newline(const std::string& line) { return line.find('\n') != std::string::npos; }

std::string last_line(const std::string& text) { return text.substr(text.rfind('\n') + 1); }

// Shows a line that was pasted whole after the prompt (ReadResult::shown):
// its lines after the first behind the "... " prompt, as CPython 3.13
// shows a paste.
void show_pasted(const std::string& text, bool terminal) {
    std::string out;
    for (std::size_t at = 0;;) {
        std::size_t end = text.find('\n', at);
        out += text.substr(at, end - at);
        if (end == std::string::npos) break;
        out += "\n" + prompt("ps2", terminal, false);
        at = end + 1;
    }
    out += "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
}

// What the prompt gathered for one input.
struct Input {
    std::string source;    // the lines, each ending in '\n'
    bool several = false;  // some read brought several lines (a paste, a recalled block)
    bool dropped = false;  // Ctrl-C: nothing runs
};

// Reads continuation lines ("... ") after `first` until the input is whole.
// After a read of several lines the input is whole unless it ends too soon;
// after a typed line, the rule of the interactive tokenizer holds (a
// compound statement ends at an empty line).
Input read_rest(LineReader& reader, const std::string& first, bool terminal) {
    Input in{first + "\n", has_newline(first), false};
    bool several_last = in.several;
    std::string last = last_line(first);
    while (several_last ? ends_too_soon(in.source) : !input_complete(in.source, is_blank(last))) {
        ReadResult r = reader.read_line(prompt("ps2", terminal), terminal ? next_indent(last) : "");
        if (r.status == ReadStatus::Interrupted) {
            interrupted_while_reading();
            in.dropped = true;
            break;
        }
        if (r.status == ReadStatus::EndOfFile) {
            // As CPython: the end of input ends the block, which runs.
            std::fputs("\n", stderr);
            break;
        }
        if (!r.shown) show_pasted(r.line, terminal);
        in.source += r.line + "\n";
        several_last = has_newline(r.line);
        in.several = in.several || several_last;
        last = last_line(r.line);
    }
    return in;
}

// The input as one history entry: its lines without the empty ones that
// ended it.
std::string history_entry(const std::string& source) {
    std::size_t end = source.size();
    while (end > 0) {
        std::size_t start = source.rfind('\n', end - 1);
        start = start == std::string::npos ? 0 : start + 1;
        if (!is_blank(source.substr(start, end - start))) break;
        end = start == 0 ? 0 : start - 1;
    }
    return source.substr(0, end);
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
        if (!r.shown) show_pasted(r.line, terminal);
        if (is_blank(r.line)) continue;
        if (!has_newline(r.line) && r.line[0] == ':') {
            reader->remember(r.line);
            if (run_command(r.line, globals) == CommandResult::Quit) return true;
            continue;
        }
        if (terminal && is_bare_exit(r.line, globals)) return true;
        Input in = read_rest(*reader, r.line, terminal);
        reader->remember(history_entry(in.source));
        if (in.dropped) continue;
        RunResult result = in.several ? run_statements(in.source, globals) : run_input(in.source, globals);
        if (result == RunResult::Exited) return false;
    }
}

}  // namespace glasspy::repl
