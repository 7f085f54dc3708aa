// glasspy's command line.  Until the VM exists (the Core issue) glasspy is a
// parser: `--dump-ast FILE` prints ast.dump of a file (`--dump-ast-positions`
// with include_attributes=True), `--parse-only FILE...`
// parses files (for the parse benchmark), `FILE` reports the file's syntax
// errors as python3 would, and with no arguments a prompt prints the AST of
// each input.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "interp/ast_dump.hpp"
#include "interp/compile_checks.hpp"
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

int check_script(const char* path) {
    std::string source;
    if (!read_file(path, source)) return cannot_open(path);
    auto result = parse_module(source, path);
    // The errors CPython's symtable and compiler raise (ast.parse never
    // reaches them, so --dump-ast does not check them).
    if (!result.error) result.error = glasspy::interp::check_compile_errors(result.module, source, path);
    if (result.error) {
        std::fputs(format_syntax_error(*result.error).c_str(), stderr);
        return 1;
    }
    std::fprintf(stderr, "glasspy: %s parses; running scripts comes with the VM (try --dump-ast)\n", path);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string arg = argc > 1 ? argv[1] : "";
    if (arg == "--dump-ast" && argc == 3) return dump_ast(argv[2], false);
    if (arg == "--dump-ast-positions" && argc == 3) return dump_ast(argv[2], true);
    if (arg == "--parse-only") return parse_only(argc, argv);
    if (argc == 2 && arg[0] != '-') return check_script(argv[1]);
    if (argc == 1) return glasspy::repl::run_ast_prompt();
    std::fprintf(stderr, "usage: glasspy [--dump-ast FILE | --dump-ast-positions FILE | --parse-only FILE... | FILE]\n");
    return 2;
}
