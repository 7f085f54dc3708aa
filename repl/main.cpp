// glasspy's command line, shaped as python3's (options: repl/command_line.cpp): `FILE`, `-c CMD`, `-m MODULE`,
// `-` (the program on stdin), `-i` (the prompt after the program), and with
// no arguments the interactive prompt (repl/console.cpp) when stdin is a
// terminal, else stdin run as a script.  glasspy's own options show the
// stages: `--dump-ast FILE` (ast.dump; `--dump-ast-positions` with
// positions), `--dis FILE`, `--code-info FILE`, `--parse-only FILE...`.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
#include <unistd.h>

#include "interp/ast_dump.hpp"
#include "interp/ceval.hpp"
#include "interp/code_objects.hpp"
#include "interp/trace_view.hpp"
#include "interp/traceback.hpp"
#include "runtime/source_text.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/finalize.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/leakcheck.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins.hpp"
#include "stdlib/modules.hpp"
#include "interp/compile.hpp"
#include "gc/collector.hpp"
#include "interp/run_source.hpp"
#include "repl/command_line.hpp"
#include "runtime/config.hpp"
#include "interp/frame.hpp"
#include "interp/compile_checks.hpp"
#include "interp/dis.hpp"
#include "interp/parser.hpp"
#include "repl/console.hpp"

namespace {

// The trace views the command line asked for (take_trace_options), and
// --step: the program runs under the stepper (_glasspy_tools.Stepper).
glasspy::interp::trace_view::Options trace_options;
bool step_mode = false;

namespace rt = glasspy::rt;
using glasspy::interp::format_syntax_error;
using glasspy::interp::normalize_newlines;
using glasspy::interp::parse_module;

bool read_file(const std::string& path, std::string& out) {
    if (!rt::read_source_text(path, out)) return false;
    out = normalize_newlines(out);
    return true;
}

int cannot_open(const char* path) {
    std::fprintf(stderr, "glasspy: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
}

int dump_ast(const char* path, bool include_attributes) {
    std::string source;
    if (!read_file(path, source)) return cannot_open(path);
    auto result = parse_module(source, path);
    if (result.error) {
        std::fputs(format_syntax_error(*result.error).c_str(), stderr);
        return 1;
    }
    auto dumped = glasspy::interp::ast::dump(result.module, include_attributes);
    if (!dumped) {
        std::fputs("RecursionError: maximum recursion depth exceeded during ast construction\n", stderr);
        return 1;
    }
    std::string text = *dumped + '\n';
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

int parse_only(int argc, char** argv) {
    int status = 0;
    for (int i = 2; i < argc; ++i) {
        std::string source;
        if (!read_file(argv[i], source)) {
            status = cannot_open(argv[i]);
            continue;
        }
        auto result = parse_module(source, argv[i]);
        if (result.error) {
            std::fputs(format_syntax_error(*result.error).c_str(), stderr);
            status = 1;
        }
    }
    return status;
}

// What `python3 ...` runs as __main__: the source, the name it is known by
// (__file__ and tracebacks; "<string>" for -c, which sets no __file__),
// sys.argv and sys.path[0].
struct MainProgram {
    std::string source;
    std::string path;
    bool has_file = false;
    std::vector<std::string> argv;
    std::string path0;
    std::string package;  // -m pkg.mod: pkg is imported before the module runs
    bool from_bytes = true;  // read from a file or stdin (not -c): see use_source_offsets
    bool inspect = false;    // -i: the prompt follows, in __main__'s namespace
    bool no_program = false; // only the prompt: nothing to compile, and a banner
};

// The exit status an uncaught SystemExit asks for (CPython:
// _Py_HandleSystemExit): None is 0, an int is itself, anything else is
// printed to stderr and gives 1.
int system_exit_status(rt::Object* exc) {
    rt::Object* args = static_cast<rt::BaseExceptionObject*>(exc)->args;
    rt::Object* code = args && rt::tuple_size(args) > 0 ? rt::tuple_item(args, 0) : nullptr;
    if (args && rt::tuple_size(args) > 1) code = args;
    if (!code || code == rt::None()) return 0;
    if (rt::is_int(code)) {
        rt::ssize_t status = 0;
        if (!rt::int_as_ssize(code, &status)) {
            rt::clear_error();
            return -1;
        }
        return static_cast<int>(status);
    }
    if (rt::Object* text = rt::str(code)) {
        std::string line = rt::str_to_utf8(text) + "\n";
        rt::decref(text);
        std::fflush(stdout);
        std::fwrite(line.data(), 1, line.size(), stderr);
    } else {
        rt::clear_error();
    }
    return 1;
}

// Clears every module's namespace at exit, __main__ first, as CPython's
// finalize_modules does: module functions hold their globals (func_globals)
// and the globals hold the functions, a cycle that only this (or the cycle
// collector, #6) breaks.
void finalize_modules() {
    rt::InterpreterState& in = rt::interp();
    if (!in.modules) return;
    in.finalizing = true;
    // The prompt's last value, kept in builtins._ (CPython clears it first too).
    if (in.builtins && rt::dict_getitem_str(rt::module_dict(in.builtins), "_"))
        if (rt::dict_setitem_str(rt::module_dict(in.builtins), "_", rt::None()) != 0) rt::clear_error();
    if (rt::Object* main = rt::dict_getitem_str(in.modules, "__main__"))
        if (rt::is_module(main)) rt::dict_clear(rt::module_dict(main));
    rt::Ref<> items = rt::Ref<>::steal(rt::dict_items(in.modules));
    if (items) {
        for (rt::ssize_t i = 0; i < rt::list_size(items.get()); ++i) {
            rt::Object* module = rt::tuple_item(rt::list_item(items.get(), i), 1);
            // sys and builtins go last (as in CPython): finalizers run below may still print.
            if (rt::is_module(module) && module != in.builtins && rt::module_dict(module) != in.sys_dict)
                rt::dict_clear(rt::module_dict(module));
        }
    }
    rt::clear_error();
    rt::dict_clear(in.modules);
    rt::finalize_objects();
    if (in.sys_dict) rt::dict_clear(in.sys_dict);
    rt::clear_error();
}

// For the leak check: what the frames of the threads still running at exit
// (daemon threads; CPython leaves them running too) hold -- their code,
// function, namespaces and local variables -- which only interp/ can see.
// The value stacks are left out: a frame in the middle of a call may not
// have stored how deep its stack is.
std::vector<rt::Object*> running_thread_roots(int* threads) {
    std::vector<rt::Object*> roots;
    *threads = 0;
    for (rt::ThreadState* ts = rt::interp().threads; ts; ts = ts->next) {
        if (ts == rt::ThreadState::current() || !ts->frame) continue;
        ++*threads;
        for (auto* f = static_cast<glasspy::interp::Frame*>(ts->frame); f; f = f->previous) {
            for (rt::Object* o : {static_cast<rt::Object*>(f->f_code), f->f_func, f->f_globals, f->f_builtins,
                                  f->f_locals})
                if (o) roots.push_back(o);
            for (int i = 0; i < f->f_code->co_nlocalsplus; ++i)
                if (f->localsplus[i]) roots.push_back(f->localsplus[i]);
        }
    }
    return roots;
}

// --step: the program under the stepper, which reads its commands from stdin.
rt::Object* run_stepped(const MainProgram& program, rt::Object* globals) {
    rt::Ref<> tools = rt::Ref<>::steal(rt::import_module("_glasspy_tools"));
    rt::Ref<> step = tools ? rt::Ref<>::steal(rt::get_attr_str(tools.get(), "step")) : rt::Ref<>();
    rt::Ref<> source = rt::Ref<>::steal(rt::str_from_utf8(program.source));
    rt::Ref<> path = rt::Ref<>::steal(rt::str_from_utf8(program.path));
    if (!step || !source || !path) return nullptr;
    rt::Object* args[] = {source.get(), globals, path.get()};
    return rt::call(step.get(), args, 3);
}

// Runs the program as `python3 FILE` does: a SyntaxError is reported before
// anything runs; an uncaught exception prints its traceback to stderr and
// exits with status 1 (SystemExit: its code; KeyboardInterrupt: killed by
// SIGINT).
int run_main(const MainProgram& program) {
    glasspy::interp::CompileResult compiled;
    if (!program.no_program)
        compiled = glasspy::interp::compile_source(program.source, program.path, program.from_bytes, rt::config().optimize);
    if (compiled.error) {
        std::fputs(compiled.error->msg.c_str(), stderr);
        if (compiled.error->msg.empty() || compiled.error->msg.back() != '\n') std::fputs("\n", stderr);
        if (!program.inspect) return 1;
    }
    rt::runtime_init();
    rt::install_signal_handlers();
    glasspy::interp::ceval_init();
    bool ready = glasspy::stdlib::init_modules(program.argv, {program.path0});
    // CPython's warnings machinery starts with the interpreter, so that a
    // bad -W option is reported before the program runs.
    if (ready && !rt::config().warnoptions.empty()) ready = rt::Ref<>::steal(rt::import_module("warnings")).get() != nullptr;
    if (ready && !program.package.empty()) ready = rt::Ref<>::steal(rt::import_module(program.package)).get() != nullptr;
    // A collection start-up asked for runs now rather than at the
    // program's first instruction, where --trace=gc would show it as the
    // program's (and before the program's constants exist, as in CPython).
    if (ready && rt::interp().gc.collection_pending) glasspy::gc::collect_generations(rt::interp().gc);
    rt::Ref<> code, main_module;
    if (ready) {
        if (compiled.code && glasspy::interp::issue_compile_warnings(compiled.warnings, program.path))
            code = rt::Ref<>::steal(glasspy::interp::code_object_from(*compiled.code));
        main_module = rt::Ref<>::steal(rt::module_new("__main__"));
        ready = (code || !compiled.code) && main_module;
    }
    rt::Object* globals = ready ? rt::module_dict(main_module.get()) : nullptr;
    if (ready) {
        // __main__'s namespace as CPython 3.11 starts it, in its order.
        rt::Ref<> file = rt::Ref<>::steal(rt::str_from_utf8(program.path));
        rt::Ref<> annotations = rt::Ref<>::steal(rt::dict_new());
        ready = file && annotations && rt::dict_setitem_str(globals, "__annotations__", annotations.get()) == 0 &&
                rt::dict_setitem_str(globals, "__builtins__", rt::interp().builtins) == 0 &&
                (!program.has_file || (rt::dict_setitem_str(globals, "__file__", file.get()) == 0 &&
                                       rt::dict_setitem_str(globals, "__cached__", rt::None()) == 0)) &&
                rt::dict_setitem_str(rt::sys_modules(), "__main__", main_module.get()) == 0;
    }
    rt::Ref<> result;
    if (ready && code) {
        // The views watch the program, not the start-up before it.
        if (trace_options.kinds) glasspy::interp::trace_view::start(trace_options);
        if (step_mode)
            result = rt::Ref<>::steal(run_stepped(program, globals));
        else
            result = rt::Ref<>::steal(
                glasspy::interp::eval_code(static_cast<glasspy::interp::CodeObject*>(code.get()), globals, globals));
        glasspy::interp::trace_view::stop();
    } else if (ready) {
        result = rt::Ref<>::borrow(rt::None());  // nothing to run, or it did not compile (-i)
    }
    std::fflush(stdout);
    int status = 0;
    bool interrupted = false;
    // With -i, whatever the program raised (SystemExit too, as CPython
    // does) is reported and the prompt follows.
    if (!result && ready && program.inspect) {
        rt::Ref<> exc = rt::fetch_error();
        if (exc) {
            std::string report = glasspy::interp::format_exception(exc.get());
            std::fwrite(report.data(), 1, report.size(), stderr);
        }
        result = rt::Ref<>::borrow(rt::None());
    }
    if (result && ready && program.inspect && !glasspy::repl::interactive_loop(globals, program.no_program && !rt::config().quiet))
        result = rt::Ref<>();  // SystemExit at the prompt
    if (!result) {
        rt::Ref<> exc = rt::fetch_error();
        if (exc && rt::is_instance_of(exc.get(), &rt::exc::SystemExit)) {
            status = system_exit_status(exc.get());
        } else {
            if (exc) {
                std::string report = glasspy::interp::format_exception(exc.get());
                std::fwrite(report.data(), 1, report.size(), stderr);
                if (rt::is_instance_of(exc.get(), &rt::exc::KeyboardInterrupt)) interrupted = true;
            }
            status = 1;
        }
    }
    // Non-daemon threads run to their end before the interpreter does
    // (CPython: threading._shutdown in Py_FinalizeEx).
    rt::Object* modules = rt::sys_modules();  // null when start-up failed
    if (rt::Object* threading = modules ? rt::dict_getitem_str(modules, "threading") : nullptr) {
        rt::Ref<> shutdown = rt::Ref<>::steal(rt::get_attr_str(threading, "_shutdown"));
        rt::Ref<> r = shutdown ? rt::Ref<>::steal(rt::call(shutdown.get(), nullptr, 0)) : rt::Ref<>();
        if (!r) rt::clear_error();
    }
    // Then the functions atexit.register() collected (CPython: _PyAtExit_Call).
    if (rt::Object* atexit = modules ? rt::dict_getitem_str(modules, "atexit") : nullptr) {
        rt::Ref<> run = rt::Ref<>::steal(rt::get_attr_str(atexit, "_run_exitfuncs"));
        rt::Ref<> r = run ? rt::Ref<>::steal(rt::call(run.get(), nullptr, 0)) : rt::Ref<>();
        if (!r) rt::clear_error();
        std::fflush(stdout);
    }
    code = rt::Ref<>();
    main_module = rt::Ref<>();
    finalize_modules();
    std::fflush(stdout);
    // GLASSPY_LEAKCHECK=1: what is still alive now, by type (runtime/leakcheck.hpp).
    if (rt::leakcheck_enabled()) {
        int threads = 0;
        std::vector<rt::Object*> thread_roots = running_thread_roots(&threads);
        rt::leakcheck_report(stderr, thread_roots, threads);
    }
    if (interrupted) rt::exit_by_sigint();
    return status;
}

int run_script(int argc, char** argv, int first, bool inspect) {
    const char* script = argv[first];
    MainProgram program;
    if (!read_file(script, program.source)) {
        // CPython names itself by its full path, and the script by its
        // absolute one.
        std::error_code ec;
        std::filesystem::path absolute = std::filesystem::absolute(script, ec);
        std::string self = glasspy::stdlib::executable_path();
        std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                     self.empty() ? "glasspy" : self.c_str(), ec ? script : absolute.c_str());
        return 2;
    }
    // As CPython 3.9+, the script's name is made absolute: it is __file__
    // and what tracebacks show.  sys.path[0] is the directory of the file
    // it really is, with links and `..` resolved.
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(script, ec);
    program.path = ec ? script : absolute.string();
    program.has_file = true;
    std::error_code real_ec;
    std::filesystem::path real = std::filesystem::canonical(absolute, real_ec);
    program.path0 = ec ? "" : (real_ec ? absolute : real).parent_path().string();
    program.argv.assign(argv + first, argv + argc);
    program.inspect = inspect;
    return run_main(program);
}

int run_command(int argc, char** argv, int first, bool inspect) {
    MainProgram program;
    program.source = normalize_newlines(argv[first]);
    program.path = "<string>";
    program.from_bytes = false;  // a str, as CPython runs -c
    program.argv.push_back("-c");
    program.argv.insert(program.argv.end(), argv + first + 1, argv + argc);
    program.inspect = inspect;
    return run_main(program);
}

// -m MODULE: the module's file run as __main__, found as import would find
// it from the current directory and the stdlib (a package runs its
// __main__.py); sys.argv[0] is the file's path (CPython: runpy).
int run_module(int argc, char** argv, int first, bool inspect) {
    std::string name = argv[first];
    std::error_code ec;
    std::filesystem::path cwd = std::filesystem::current_path(ec);
    std::string relative = name;
    for (char& c : relative)
        if (c == '.') c = '/';
    std::string found;
    for (const std::filesystem::path& dir : {cwd, std::filesystem::path(rt::EMBEDDED_STDLIB_ROOT)}) {
        std::filesystem::path file = dir / (relative + ".py");
        std::filesystem::path package_main = dir / relative / "__main__.py";
        auto exists = [&](const std::filesystem::path& p) {
            return rt::embedded_source(p.string()) || std::filesystem::is_regular_file(p, ec);
        };
        if (exists(file)) {
            found = file.string();
            break;
        }
        if (exists(package_main)) {
            found = package_main.string();
            break;
        }
    }
    if (found.empty()) {
        std::string self = glasspy::stdlib::executable_path();
        std::fprintf(stderr, "%s: No module named %s\n", self.empty() ? "glasspy" : self.c_str(), name.c_str());
        return 1;
    }
    MainProgram program;
    if (!read_file(found, program.source)) return cannot_open(found.c_str());
    program.path = found;
    program.has_file = true;
    program.path0 = cwd.string();
    program.argv.push_back(found);
    program.argv.insert(program.argv.end(), argv + first + 1, argv + argc);
    // The package the module is in (or the package itself, for its
    // __main__) is imported first, as runpy does.
    bool is_package = found.size() >= 12 && found.compare(found.size() - 12, 12, "/__main__.py") == 0 &&
                      std::filesystem::path(found).parent_path().filename() == std::filesystem::path(relative).filename();
    if (is_package)
        program.package = name;
    else if (auto dot = name.rfind('.'); dot != std::string::npos)
        program.package = name.substr(0, dot);
    program.inspect = inspect;
    return run_main(program);
}

// `-`: the program is read from standard input.
int run_stdin(int argc, char** argv, int first, bool inspect) {
    MainProgram program;
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    program.source = normalize_newlines(ss.str());
    program.path = "<stdin>";
    program.has_file = true;
    // `glasspy - args` names the program "-"; `glasspy < file` names it "".
    program.argv.push_back(first == 0 ? "" : "-");
    if (first > 0) program.argv.insert(program.argv.end(), argv + first + 1, argv + argc);
    program.inspect = inspect;
    return run_main(program);
}

// No program: the prompt alone, in an empty __main__ (sys.argv == ['']).
int run_prompt() {
    MainProgram program;
    program.path = "<stdin>";
    program.argv.push_back("");
    program.inspect = true;
    program.no_program = true;
    return run_main(program);
}

// --dis FILE: the disassembly of the compiled module, as dis.dis prints it.
int dis_file(const char* path, bool info) {
    std::string source;
    if (!read_file(path, source)) return cannot_open(path);
    auto result = glasspy::interp::compile_source(source, path);
    if (result.error) {
        std::fputs(result.error->msg.c_str(), stderr);
        if (result.error->msg.empty() || result.error->msg.back() != '\n') std::fputs("\n", stderr);
        return 1;
    }
    std::string text = info ? glasspy::interp::code_info(*result.code) : glasspy::interp::dis(*result.code);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

}  // namespace

// --trace=KINDS, --trace-watch=NAMES, --trace-format=text|json: the trace
// views for the program (interp/trace_view.hpp), taken off the front of
// the command line.  False with a message for a bad option.
bool take_trace_options(int& argc, char**& argv) {
    auto split = [](std::string_view list) {
        std::vector<std::string> names;
        while (!list.empty()) {
            std::size_t comma = list.find(',');
            if (comma != 0) names.emplace_back(list.substr(0, comma));
            list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        }
        return names;
    };
    while (argc > 1 && (std::string_view(argv[1]).starts_with("--trace") || std::string_view(argv[1]) == "--step")) {
        std::string_view option = argv[1];
        std::string error;
        if (option == "--step") {
            step_mode = true;
        } else if (option.starts_with("--trace=")) {
            if (!glasspy::interp::trace_view::parse_kinds(option.substr(8), &trace_options.kinds, &error)) {
                std::fprintf(stderr, "glasspy: %s\n", error.c_str());
                return false;
            }
        } else if (option.starts_with("--trace-watch=")) {
            trace_options.watch = split(option.substr(14));
        } else if (option.starts_with("--trace-type=")) {
            trace_options.types = split(option.substr(13));
        } else if (option.starts_with("--trace-object=")) {
            // ids as id() prints them, or addresses as the events do (0x...).
            for (const std::string& id : split(option.substr(15))) {
                char* end = nullptr;
                errno = 0;
                unsigned long long value = std::strtoull(id.c_str(), &end, 0);
                if (errno || id.empty() || *end) {
                    std::fprintf(stderr, "glasspy: --trace-object: '%s' is not an id\n", id.c_str());
                    return false;
                }
                trace_options.objects.push_back(static_cast<std::uintptr_t>(value));
            }
        } else if (option == "--trace-format=json" || option == "--trace-format=text") {
            trace_options.json = option.ends_with("json");
        } else {
            std::fprintf(stderr, "glasspy: unknown option %.*s (--trace=KINDS, --trace-watch=NAMES, "
                         "--trace-type=TYPES, --trace-object=IDS, --trace-format=text|json, --step)\n",
                         static_cast<int>(option.size()), option.data());
            return false;
        }
        argv[1] = argv[0];
        --argc;
        ++argv;
    }
    // Watching alone: the watched objects' counts and frees.
    if ((!trace_options.watch.empty() || !trace_options.types.empty() || !trace_options.objects.empty()) &&
        !trace_options.kinds)
        trace_options.kinds = glasspy::rt::tracing::REFCOUNT | glasspy::rt::tracing::FREE;
    return true;
}

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    rt::Config& config = rt::config();
    config.orig_argv.assign(argv, argv + argc);
    if (!take_trace_options(argc, argv)) return 2;
    // GLASSPY_LEAKCHECK=1 (an environment variable, as PYTHONUNBUFFERED, so
    // that test runners can set it without changing the command line):
    // record every object from the first one on, and report at exit those
    // that nothing explains (runtime/leakcheck.hpp).
    if (const char* l = std::getenv("GLASSPY_LEAKCHECK"); l && *l && std::string(l) != "0") rt::leakcheck_enable();
    std::string arg = argc > 1 ? argv[1] : "";
    if (arg == "--dump-ast" && argc == 3) return dump_ast(argv[2], false);
    if (arg == "--dump-ast-positions" && argc == 3) return dump_ast(argv[2], true);
    if (arg == "--dis" && argc == 3) return dis_file(argv[2], false);
    if (arg == "--code-info" && argc == 3) return dis_file(argv[2], true);
    if (arg == "--parse-only") return parse_only(argc, argv);
    using glasspy::repl::CommandLine;
    CommandLine cl = glasspy::repl::parse_command_line(argc, argv, config);
    rt::config_read_environment(config);
    // As CPython: unbuffered stdout, so that output and tracebacks
    // interleave in the order they happen.
    if (config.unbuffered) std::setvbuf(stdout, nullptr, _IONBF, 0);
    if (config.int_max_str_digits > 0 && config.int_max_str_digits < 640) {
        std::fputs("Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; "
                   "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n", stderr);
        return 1;
    }
    bool inspect = config.inspect != 0;
    switch (cl.run) {
    case CommandLine::Run::Prompt: return run_prompt();
    case CommandLine::Run::Script: return run_script(argc, argv, cl.first, inspect);
    case CommandLine::Run::Command: return run_command(argc, argv, cl.first, inspect);
    case CommandLine::Run::Module: return run_module(argc, argv, cl.first, inspect);
    case CommandLine::Run::Stdin:
        if (cl.first == 0 && inspect) return run_prompt();
        return run_stdin(argc, argv, cl.first, inspect);
    case CommandLine::Run::Help:
        std::fputs(glasspy::repl::usage_text(argv[0], true).c_str(), stdout);
        return 0;
    case CommandLine::Run::Version:
        std::puts("Python 3.11.2");
        return 0;
    case CommandLine::Run::Error: {
        std::string self = glasspy::stdlib::executable_path();
        std::fprintf(stderr, "%s\n%s", cl.message.c_str(),
                     glasspy::repl::usage_text(self.empty() ? argv[0] : self.c_str(), false).c_str());
        return 2;
    }
    }
    return 2;
}
