// Compiling and running source; see run_source.hpp.
#include "interp/run_source.hpp"

#include <fstream>
#include <memory>

#include "interp/ceval.hpp"
#include "interp/code_objects.hpp"
#include "interp/compile.hpp"
#include "interp/compile_checks.hpp"
#include "interp/symtable.hpp"
#include "interp/ast_opt.hpp"
#include "runtime/source_text.hpp"
#include "runtime/abstract.hpp"
#include "runtime/config.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "runtime/warnings.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

TypeObject* syntax_error_type(std::string_view name) {
    if (name == "IndentationError") return &exc::IndentationError;
    if (name == "TabError") return &exc::TabError;
    if (name == "MemoryError") return &exc::MemoryError;
    return &exc::SyntaxError;
}

// Line `lineno` of the file, or None when there is no such file or line
// (CPython: PyErr_ProgramTextObject).
Object* line_of_file(const std::string& filename, int lineno) {
    std::optional<std::string> found = source_text_line(filename, lineno);
    if (!found) return (incref(None()), None());
    std::string line = std::move(*found);
    line += '\n';
    Object* text = str_from_utf8(line);
    if (!text) {
        clear_error();
        incref(None());
        return None();
    }
    return text;
}

// 'single' mode takes one statement: a compound statement, or simple
// statements on one logical line (CPython: bad_single_statement).
bool check_single_statement(const ast::Module* mod, std::string_view filename) {
    const ast::NodeList& body = mod->body;
    for (std::size_t i = 1; i < body.size(); ++i) {
        bool compound = body[0]->kind == ast::Kind::FunctionDef || body[0]->kind == ast::Kind::ClassDef ||
                        body[0]->kind == ast::Kind::AsyncFunctionDef || body[0]->kind == ast::Kind::For ||
                        body[0]->kind == ast::Kind::While || body[0]->kind == ast::Kind::If ||
                        body[0]->kind == ast::Kind::With || body[0]->kind == ast::Kind::Try ||
                        body[0]->kind == ast::Kind::Match || body[0]->kind == ast::Kind::TryStar ||
                        body[0]->kind == ast::Kind::AsyncFor || body[0]->kind == ast::Kind::AsyncWith;
        if (compound || body[i]->lineno != body[i - 1]->end_lineno) {
            SyntaxErrorInfo e;
            e.msg = "multiple statements found while compiling a single statement";
            e.filename = std::string(filename);
            e.lineno = e.end_lineno = body[0]->lineno;
            raise_syntax_error(e);
            return false;
        }
    }
    return true;
}

}  // namespace

bool issue_compile_warnings(const std::vector<CompileWarning>& warnings, std::string_view filename) {
    for (const CompileWarning& w : warnings) {
        if (warn_explicit(&exc::SyntaxWarning, w.msg, filename, w.lineno)) continue;
        // A filter made it an error: CPython reports it as a SyntaxError at
        // that place, which shows the line (compiler_warn).
        if (!error_matches(&exc::SyntaxWarning)) return false;
        clear_error();
        SyntaxErrorInfo info;
        info.msg = w.msg;
        info.filename = std::string(filename);
        info.lineno = w.lineno;
        info.offset = w.col_offset + 1;
        info.end_lineno = w.end_lineno;
        info.end_offset = w.end_col_offset + 1;
        info.text_from_file = true;
        info.columns_final = true;
        raise_syntax_error(info);
        return false;
    }
    return true;
}

void raise_syntax_error(const SyntaxErrorInfo& e) {
    TypeObject* type = syntax_error_type(e.type);
    if (type == &exc::MemoryError) {
        set_error_object(type, Ref<>::steal(tuple_new(0)).get());
        return;
    }
    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
    Ref<> details = Ref<>::steal(tuple_new(6));
    if (!details) return;
    Object** d = tuple_items(details.get());
    d[0] = str_from_utf8(e.filename);
    d[1] = int_from_ssize(e.lineno);
    d[2] = int_from_ssize(e.offset);
    d[3] = e.text_from_file ? line_of_file(e.filename, e.lineno) : str_from_utf8(e.text);
    d[4] = int_from_ssize(e.end_lineno);
    d[5] = int_from_ssize(e.end_offset);
    for (int i = 0; i < 6; ++i)
        if (!d[i]) return;
    Ref<> msg = Ref<>::steal(str_from_utf8(e.msg));
    if (!msg) return;
    Ref<> args = Ref<>::steal(tuple_pack({msg.get(), details.get()}));
    if (!args) return;
    set_error_object(type, args.get());
}

std::optional<SyntaxErrorInfo> syntax_error_info(Object* exc) {
    // What CPython's traceback printer reads (pythonrun.c:
    // parse_syntax_error); when something there is not as it expects, the
    // exception is printed as any other.
    if (!is_instance_of(exc, &exc::SyntaxError)) return std::nullopt;
    auto* e = static_cast<SyntaxErrorObject*>(exc);
    if (!e->msg || !e->lineno || !is_int(e->lineno)) return std::nullopt;
    SyntaxErrorInfo info;
    info.type = std::string(type_name(exc));
    Ref<> msg = Ref<>::steal(str(e->msg));
    if (!msg) {
        clear_error();
        return std::nullopt;
    }
    info.msg = str_to_utf8(msg.get());
    info.filename = e->filename && e->filename != None() && is_str(e->filename) ? str_to_utf8(e->filename)
                                                                                : "<string>";
    auto number = [](Object* v, ssize_t if_none, ssize_t* out) {
        if (!v || v == None()) {
            *out = if_none;
            return true;
        }
        if (is_int(v) && int_as_ssize(v, out)) return true;
        clear_error();
        return false;
    };
    ssize_t lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
    if (!number(e->lineno, 0, &lineno) || !number(e->offset, -1, &offset) ||
        !number(e->end_lineno, lineno, &end_lineno) || !number(e->end_offset, -1, &end_offset))
        return std::nullopt;
    info.lineno = static_cast<int>(lineno);
    info.offset = static_cast<int>(offset);
    info.end_lineno = static_cast<int>(end_lineno);
    info.end_offset = static_cast<int>(end_offset);
    if (e->text && is_str(e->text)) info.text = str_to_utf8(e->text);
    return info;
}

Object* compile_to_code(std::string_view source, std::string_view filename, CompileMode mode, bool from_bytes,
                        int optimize, bool warn) {
    if (optimize < 0) optimize = config().optimize;
    std::string text = normalize_newlines(source);
    CompileResult compiled;
    if (mode == CompileMode::Eval) {
        auto parsed = parse_eval(text, filename);
        use_source_offsets(parsed.error, text, from_bytes);
        if (parsed.error) {
            raise_syntax_error(*parsed.error);
            return nullptr;
        }
        ast_optimize(parsed.expression, *parsed.arena, optimize);
        auto st = symtable_build(parsed.expression, filename, false);
        compiled = compile_expression(parsed.expression, *st, filename, optimize);
    } else {
        auto parsed = parse_module(text, filename);
        use_source_offsets(parsed.error, text, from_bytes);
        if (!parsed.error) {
            parsed.error = check_compile_errors(parsed.module, text, filename);
            if (parsed.error) parsed.error->text_from_file = true;
        }
        if (parsed.error) {
            raise_syntax_error(*parsed.error);
            return nullptr;
        }
        if (mode == CompileMode::Single && !check_single_statement(parsed.module, filename)) return nullptr;
        ast_optimize(parsed.module, *parsed.arena, optimize);
        bool future = has_future_annotations(parsed.module);
        auto st = symtable_build(parsed.module, filename, future);
        compiled = mode == CompileMode::Single ? compile_interactive(parsed.module, *st, filename, optimize)
                                               : compile_module(parsed.module, *st, filename, optimize);
    }
    if (warn && !issue_compile_warnings(compiled.warnings, filename)) return nullptr;
    if (compiled.error) {
        set_error(&exc::SyntaxError, compiled.error->msg);
        return nullptr;
    }
    return code_object_from(*compiled.code);
}

bool exec_source(std::string_view source, std::string_view filename, Object* globals) {
    Ref<> code = Ref<>::steal(compile_to_code(source, filename, CompileMode::Exec, true));  // a module's file
    if (!code) return false;
    Ref<> result = Ref<>::steal(eval_code(static_cast<CodeObject*>(code.get()), globals, globals));
    return static_cast<bool>(result);
}

}  // namespace glasspy::interp
