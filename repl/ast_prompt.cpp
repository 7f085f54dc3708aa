// The parser-only prompt (see ast_prompt.hpp).  Input is grouped as CPython's
// interactive console groups it (Lib/codeop.py): an input is complete when it
// parses, or fails for a reason other than ending too soon; a compound
// statement is complete only at an empty line.  When stdin is not a
// terminal, the whole of it is one module, as `python3 < file` reads it.
#include "repl/ast_prompt.hpp"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <unistd.h>

#include "interp/ast_dump.hpp"
#include "interp/parser.hpp"

namespace glasspy::repl {

namespace {

using interp::ParseResult;

// Whether the parse failed only because the input stopped inside brackets
// or a triple-quoted string (then even an empty line continues it).
bool inside_open_token(const ParseResult& r) {
    if (!r.error) return false;
    const std::string& m = r.error->msg;
    return m.ends_with("was never closed") || m.starts_with("unterminated triple-quoted string") ||
           m == "unexpected EOF while parsing";
}

// Whether it failed because a block header has no block yet.
bool awaiting_block(const ParseResult& r) {
    return r.error && r.error->type == "IndentationError" &&
           r.error->msg.starts_with("expected an indented block") && r.error->offset == 0;
}

bool has_compound_statement(const ParseResult& r) {
    for (const interp::ast::Node* s : r.module->body) {
        switch (s->kind) {
            case interp::ast::Kind::FunctionDef:
            case interp::ast::Kind::AsyncFunctionDef:
            case interp::ast::Kind::ClassDef:
            case interp::ast::Kind::For:
            case interp::ast::Kind::AsyncFor:
            case interp::ast::Kind::While:
            case interp::ast::Kind::If:
            case interp::ast::Kind::With:
            case interp::ast::Kind::AsyncWith:
            case interp::ast::Kind::Match:
            case interp::ast::Kind::Try:
            case interp::ast::Kind::TryStar:
                return true;
            default:
                break;
        }
    }
    return false;
}

void print_result(const ParseResult& r) {
    if (r.error) {
        std::fputs(interp::format_syntax_error(*r.error).c_str(), stdout);
        return;
    }
    for (const interp::ast::Node* stmt : r.module->body) {
        auto dumped = interp::ast::dump(stmt);
        std::printf("%s\n", dumped ? dumped->c_str()
                                   : "RecursionError: maximum recursion depth exceeded during ast construction");
    }
}

int read_whole_stdin() {
    std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    ParseResult r = interp::parse_module(interp::normalize_newlines(source), "<stdin>");
    if (r.error) {
        std::fputs(interp::format_syntax_error(*r.error).c_str(), stderr);
        return 1;
    }
    print_result(r);
    return 0;
}

}  // namespace

int run_ast_prompt() {
    if (!isatty(0)) return read_whole_stdin();
    std::printf("glasspy 0.1 (parser only: each input is shown as its AST; Ctrl-D leaves)\n");
    std::string input, line;
    for (;;) {
        std::fputs(input.empty() ? ">>> " : "... ", stdout);
        std::fflush(stdout);
        if (!std::getline(std::cin, line)) break;
        if (input.empty() && line.find_first_not_of(" \t") == std::string::npos) continue;
        input += line + "\n";
        ParseResult r = interp::parse_module(interp::normalize_newlines(input), "<stdin>");
        bool blank = line.find_first_not_of(" \t") == std::string::npos;
        if (inside_open_token(r) || (awaiting_block(r) && !blank)) continue;
        if (!r.error && has_compound_statement(r) && !blank) continue;
        print_result(r);
        std::fflush(stdout);
        input.clear();
    }
    std::printf("\n");
    return 0;
}

}  // namespace glasspy::repl
