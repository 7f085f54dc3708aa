// glasspy's command line.  Until the VM exists (the Core issue) glasspy is a
// parser: `--dump-ast FILE` prints ast.dump of a file (`--dump-ast-positions`
// with include_attributes=True), `--parse-only FILE...`
// parses files (for the parse benchmark), `FILE` reports the file's syntax
// errors as python3 would, and with no arguments a prompt prints the AST of
// each input.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "interp/ast_dump.hpp"
#include "interp/ceval.hpp"
#include "interp/code_objects.hpp"
#include "interp/traceback.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/builtins.hpp"
#include "interp/compile.hpp"
#include "interp/compile_checks.hpp"
#include "interp/dis.hpp"
#include "interp/parser.hpp"
#include "repl/ast_prompt.hpp"

namespace {

using glasspy::interp::format_syntax_error;
using glasspy::interp::normalize_newlines;
using glasspy::interp::parse_module;

bool read_file(const std::string& path, std::string& out) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    out = normalize_newlines(ss.str());
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

// Runs a script as `python3 FILE` does: a SyntaxError is reported before
// anything runs; an uncaught exception prints its traceback to stderr and
// exits with status 1.
int run_source(const std::string& source, const char* path, bool has_file);

int run_script(const char* script) {
    std::string source;
    if (!read_file(script, source)) return cannot_open(script);
    // As CPython 3.9+, the script's name is made absolute: it is __file__
    // and what tracebacks show.
    std::error_code ec;
    std::string absolute = std::filesystem::absolute(script, ec).string();
    return run_source(source, ec ? script : absolute.c_str(), true);
}

// Runs source as the __main__ module; `path` names it in tracebacks
// ("<string>" for -c, which sets no __file__).
int run_source(const std::string& source, const char* path, bool has_file) {
    auto compiled = glasspy::interp::compile_source(source, path);
    if (compiled.error) {
        std::fputs(compiled.error->msg.c_str(), stderr);
        if (compiled.error->msg.empty() || compiled.error->msg.back() != '\n') std::fputs("\n", stderr);
        return 1;
    }
    namespace rt = glasspy::rt;
    rt::runtime_init();
    rt::install_signal_handlers();
    glasspy::interp::ceval_init();
    rt::Ref<> code = rt::Ref<>::steal(glasspy::interp::code_object_from(*compiled.code));
    rt::Ref<> globals = rt::Ref<>::steal(rt::dict_new());
    rt::Ref<> builtins = rt::Ref<>::steal(glasspy::stdlib::builtins_dict());
    rt::Ref<> main_name = rt::Ref<>::steal(rt::str_from_utf8("__main__"));
    rt::Ref<> file = rt::Ref<>::steal(rt::str_from_utf8(path));
    bool ready = code && globals && builtins && main_name && file &&
                 rt::dict_setitem_str(globals.get(), "__name__", main_name.get()) == 0 &&
                 rt::dict_setitem_str(globals.get(), "__builtins__", builtins.get()) == 0 &&
                 (!has_file || rt::dict_setitem_str(globals.get(), "__file__", file.get()) == 0);
    rt::Ref<> result;
    if (ready) {
        result = rt::Ref<>::steal(glasspy::interp::eval_code(static_cast<glasspy::interp::CodeObject*>(code.get()),
                                                             globals.get(), globals.get()));
    }
    std::fflush(stdout);
    int status = 0;
    bool interrupted = false;
    if (!result) {
        rt::Ref<> exc = rt::fetch_error();
        if (exc) {
            std::string report = glasspy::interp::format_exception(exc.get());
            std::fwrite(report.data(), 1, report.size(), stderr);
            if (rt::is_instance_of(exc.get(), &rt::exc::KeyboardInterrupt)) interrupted = true;
        }
        status = 1;
    }
    // Finalisation, as CPython clears a module's namespace at exit: the
    // functions it holds hold it back (func_globals), a cycle that only
    // clearing (or the cycle collector, #6) breaks.
    if (globals) rt::dict_clear(globals.get());
    if (interrupted) rt::exit_by_sigint();
    return status;
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

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // As CPython: PYTHONUNBUFFERED makes stdout unbuffered, so that output
    // and tracebacks interleave in the order they happen.
    if (const char* u = std::getenv("PYTHONUNBUFFERED"); u && *u) std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::string arg = argc > 1 ? argv[1] : "";
    if (arg == "--dump-ast" && argc == 3) return dump_ast(argv[2], false);
    if (arg == "--dump-ast-positions" && argc == 3) return dump_ast(argv[2], true);
    if (arg == "--dis" && argc == 3) return dis_file(argv[2], false);
    if (arg == "--code-info" && argc == 3) return dis_file(argv[2], true);
    if (arg == "--parse-only") return parse_only(argc, argv);
    if (argc == 2 && arg[0] != '-') return run_script(argv[1]);
    if (arg == "-c" && argc == 3) return run_source(normalize_newlines(argv[2]), "<string>", false);
    if (argc == 1) return glasspy::repl::run_ast_prompt();
    std::fprintf(stderr, "usage: glasspy [-c CMD | --dump-ast FILE | --dis FILE | --code-info FILE | --dump-ast-positions FILE | --parse-only FILE... | FILE]\n");
    return 2;
}
