// The meta-commands; see commands.hpp and the table in commands.def.
#include "repl/commands.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string_view>

#include <fmt/format.h>

#include "interp/ast_dump.hpp"
#include "interp/ceval.hpp"
#include "interp/code.hpp"
#include "interp/parser.hpp"
#include "interp/run_source.hpp"
#include "interp/trace_view.hpp"
#include "repl/colour.hpp"
#include "repl/report.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/import.hpp"
#include "runtime/str.hpp"

namespace glasspy::repl {

namespace {

namespace rt = glasspy::rt;

using Handler = CommandResult (*)(const std::string& argument, rt::Object* globals);

struct Command {
    const char* name;
    const char* argument;
    const char* help;
    Handler handler;
    bool available;
};

CommandResult command_help(const std::string&, rt::Object*);
CommandResult command_dis(const std::string&, rt::Object*);
CommandResult command_ast(const std::string&, rt::Object*);
CommandResult command_time(const std::string&, rt::Object*);
CommandResult command_trace(const std::string&, rt::Object*);
CommandResult command_watch(const std::string&, rt::Object*);
CommandResult command_refs(const std::string&, rt::Object*);
CommandResult command_graph(const std::string&, rt::Object*);
CommandResult command_gc(const std::string&, rt::Object*);
CommandResult command_heap(const std::string&, rt::Object*);
CommandResult command_step(const std::string&, rt::Object*);
CommandResult command_tour(const std::string&, rt::Object*);
CommandResult command_quit(const std::string&, rt::Object*) { return CommandResult::Quit; }

#define GP_COMMAND(name, argument, help, handler, available) {#name, argument, help, handler, available},
const Command COMMANDS[] = {
#include "repl/commands.def"
};
#undef GP_COMMAND

void say(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

bool needs_argument(const std::string& argument, const char* name) {
    if (!argument.empty()) return true;
    std::fprintf(stderr, ":%s needs an argument (:help lists the commands)\n", name);
    return false;
}

CommandResult command_help(const std::string&, rt::Object*) {
    std::string text = "glasspy's commands (Python code is typed as at any Python prompt):\n";
    for (const Command& c : COMMANDS) {
        std::string usage = fmt::format(":{} {}", c.name, c.argument);
        text += fmt::format("  {:<40} {}{}\n", usage, c.help, c.available ? "" : paint(" (coming)", NOTE_COLOUR));
    }
    text += "Leave with exit(), quit, :quit or Ctrl-D.  Tab completes names, Up recalls (a block as one entry),\n"
            "Ctrl-R searches history; a pasted block runs whole, as a file would.\n";
    say(text);
    return CommandResult::Continue;
}

// Whether text is a dotted name (a.b.c): that is looked up, anything else
// is taken as source to compile.
bool is_dotted_name(const std::string& text) {
    bool start = true;
    for (char c : text) {
        bool ident = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
        if (c == '.' && !start) start = true;
        else if (ident && !(start && std::isdigit(static_cast<unsigned char>(c)))) start = false;
        else if (!ident) return false;
    }
    return !start;
}

// :dis goes through the dis module, which prints what CPython's dis.dis
// prints (and compiles a source string itself).
CommandResult command_dis(const std::string& argument, rt::Object* globals) {
    if (!needs_argument(argument, "dis")) return CommandResult::Continue;
    rt::Ref<> target;
    if (is_dotted_name(argument)) {
        rt::Ref<> code = rt::Ref<>::steal(interp::compile_to_code(argument, "<stdin>", interp::CompileMode::Eval));
        if (code)
            target = rt::Ref<>::steal(
                interp::eval_code(static_cast<interp::CodeObject*>(code.get()), globals, globals));
    } else {
        target = rt::Ref<>::steal(rt::str_from_utf8(argument));
    }
    rt::Ref<> dis = target ? rt::Ref<>::steal(rt::import_module("dis")) : rt::Ref<>();
    rt::Ref<> function = dis ? rt::Ref<>::steal(rt::get_attr_str(dis.get(), "dis")) : rt::Ref<>();
    rt::Object* arg = target.get();
    rt::Ref<> r = function ? rt::Ref<>::steal(rt::call(function.get(), &arg, 1)) : rt::Ref<>();
    if (!r) report_exception();
    std::fflush(stdout);
    return CommandResult::Continue;
}

CommandResult command_ast(const std::string& argument, rt::Object*) {
    if (!needs_argument(argument, "ast")) return CommandResult::Continue;
    interp::ParseResult r = interp::parse_module(interp::normalize_newlines(argument + "\n"), "<stdin>");
    if (r.error) {
        interp::raise_syntax_error(*r.error);
        report_exception();
        return CommandResult::Continue;
    }
    auto dumped = interp::ast::dump(r.module);
    say(dumped ? *dumped + "\n" : "RecursionError: maximum recursion depth exceeded during ast construction\n");
    return CommandResult::Continue;
}

// The trace views from the prompt (interp/trace_view.hpp): :trace sets the
// kinds, :watch the names; each restarts the views with both.
interp::trace_view::Options prompt_trace;

void restart_trace() {
    if (prompt_trace.kinds || !prompt_trace.watch.empty()) {
        interp::trace_view::Options options = prompt_trace;
        if (!options.kinds) options.kinds = rt::tracing::REFCOUNT | rt::tracing::FREE;
        interp::trace_view::start(options);
    } else {
        interp::trace_view::stop();
    }
}

CommandResult command_trace(const std::string& argument, rt::Object*) {
    if (argument.empty()) {
        const interp::trace_view::Options* on = interp::trace_view::current();
        say(on ? fmt::format("tracing {}\n", interp::trace_view::kinds_text(on->kinds)) : "tracing off\n");
        return CommandResult::Continue;
    }
    if (argument == "off") {
        prompt_trace = {};
    } else {
        std::string error;
        std::uint32_t kinds = 0;
        if (!interp::trace_view::parse_kinds(argument, &kinds, &error)) {
            std::fprintf(stderr, ":trace: %s\n", error.c_str());
            return CommandResult::Continue;
        }
        prompt_trace.kinds = kinds;
    }
    restart_trace();
    return CommandResult::Continue;
}

CommandResult command_watch(const std::string& argument, rt::Object*) {
    if (!needs_argument(argument, "watch")) return CommandResult::Continue;
    prompt_trace.watch.clear();
    if (argument != "off") {
        std::size_t start = 0;
        while (start < argument.size()) {
            std::size_t end = argument.find_first_of(" ,", start);
            if (end == std::string::npos) end = argument.size();
            if (end > start) prompt_trace.watch.push_back(argument.substr(start, end - start));
            start = end + 1;
        }
    }
    restart_trace();
    return CommandResult::Continue;
}

// Calls _glasspy_tools.NAME(args...) (stdlib/lib/_glasspy_tools.py), where
// the commands that are mostly formatting are written.
void call_tool(const char* name, std::initializer_list<rt::Object*> args) {
    rt::Ref<> tools = rt::Ref<>::steal(rt::import_module("_glasspy_tools"));
    rt::Ref<> function = tools ? rt::Ref<>::steal(rt::get_attr_str(tools.get(), name)) : rt::Ref<>();
    std::vector<rt::Object*> argv(args);
    rt::Ref<> r = function ? rt::Ref<>::steal(rt::call(function.get(), argv.data(), argv.size())) : rt::Ref<>();
    if (!r) report_exception();
    std::fflush(stdout);
}

CommandResult command_refs(const std::string& argument, rt::Object* globals) {
    if (!needs_argument(argument, "refs")) return CommandResult::Continue;
    rt::Ref<> name = rt::Ref<>::steal(rt::str_from_utf8(argument));
    if (name) call_tool("refs", {name.get(), globals});
    return CommandResult::Continue;
}

CommandResult command_graph(const std::string& argument, rt::Object* globals) {
    if (!needs_argument(argument, "graph")) return CommandResult::Continue;
    rt::Ref<> text = rt::Ref<>::steal(rt::str_from_utf8(argument));
    if (text) call_tool("graph", {text.get(), globals});
    return CommandResult::Continue;
}

CommandResult command_gc(const std::string&, rt::Object*) {
    call_tool("gc_status", {});
    return CommandResult::Continue;
}

CommandResult command_heap(const std::string&, rt::Object*) {
    call_tool("heap", {});
    return CommandResult::Continue;
}

CommandResult command_step(const std::string& argument, rt::Object* globals) {
    if (!needs_argument(argument, "step")) return CommandResult::Continue;
    rt::Ref<> source = rt::Ref<>::steal(rt::str_from_utf8(argument + "\n"));
    if (source) call_tool("step", {source.get(), globals});
    return CommandResult::Continue;
}

CommandResult command_tour(const std::string&, rt::Object*) {
    call_tool("tour", {});
    return CommandResult::Continue;
}

// A time as timeit's main() shows it: 3 significant digits in the largest
// unit that keeps the number at least 1.
std::string format_time(double seconds) {
    struct Unit { const char* name; double scale; };
    constexpr Unit units[] = {{"sec", 1.0}, {"msec", 1e-3}, {"usec", 1e-6}, {"nsec", 1e-9}};
    for (const Unit& u : units)
        if (seconds >= u.scale) return fmt::format("{:.3g} {}", seconds / u.scale, u.name);
    return fmt::format("{:.3g} nsec", seconds / 1e-9);
}

// :time runs the code in the prompt's namespace, as %timeit does: the loop
// count grows 1, 2, 5, 10, 20, 50... until one round takes 0.2 s (timeit's
// autorange), then 5 rounds are timed and the best is reported per loop.
CommandResult command_time(const std::string& argument, rt::Object* globals) {
    if (!needs_argument(argument, "time")) return CommandResult::Continue;
    rt::Ref<> code = rt::Ref<>::steal(interp::compile_to_code(argument + "\n", "<stdin>", interp::CompileMode::Exec));
    if (!code) {
        report_exception();
        return CommandResult::Continue;
    }
    auto* co = static_cast<interp::CodeObject*>(code.get());
    auto round = [&](long loops, double* seconds) {
        auto start = std::chrono::steady_clock::now();
        for (long i = 0; i < loops; ++i) {
            rt::Ref<> r = rt::Ref<>::steal(interp::eval_code(co, globals, globals));
            if (!r) return false;
        }
        *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return true;
    };
    constexpr int REPEAT = 5;
    long loops = 1;
    double seconds = 0;
    for (long base = 1;; base *= 10) {
        bool enough = false;
        for (long factor : {1, 2, 5}) {
            loops = base * factor;
            if (!round(loops, &seconds)) {
                report_exception();
                return CommandResult::Continue;
            }
            if (seconds >= 0.2) {
                enough = true;
                break;
            }
        }
        if (enough) break;
    }
    double best = seconds;
    for (int i = 1; i < REPEAT; ++i) {
        if (!round(loops, &seconds)) {
            report_exception();
            return CommandResult::Continue;
        }
        best = std::min(best, seconds);
    }
    say(fmt::format("{} loop{}, best of {}: {} per loop\n", loops, loops == 1 ? "" : "s", REPEAT,
                    format_time(best / static_cast<double>(loops))));
    return CommandResult::Continue;
}

std::string trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

}  // namespace

CommandResult run_command(const std::string& line, rt::Object* globals) {
    std::string text = trim(line);
    std::size_t space = text.find_first_of(" \t");
    std::string name = text.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    std::string argument = space == std::string::npos ? "" : trim(std::string_view(text).substr(space));
    for (const Command& c : COMMANDS) {
        if (name != c.name) continue;
        if (!c.available) {
            std::printf(":%s is not available yet in glasspy (see :help)\n", c.name);
            std::fflush(stdout);
            return CommandResult::Continue;
        }
        return c.handler(argument, globals);
    }
    std::fprintf(stderr, "unknown command :%s (:help lists the commands)\n", name.c_str());
    return CommandResult::Continue;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const Command& c : COMMANDS) names.push_back(c.name);
    return names;
}

}  // namespace glasspy::repl
