// Compiling and running source; see run_source.hpp.
#include "interp/run_source.hpp"

#include <memory>

#include "interp/ceval.hpp"
#include "interp/code_objects.hpp"
#include "interp/compile.hpp"
#include "interp/compile_checks.hpp"
#include "interp/symtable.hpp"
#include "interp/ast_opt.hpp"
#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

TypeObject* syntax_error_type(std::string_view name) {
    if (name == "IndentationError") return &exc::IndentationError;
    if (name == "TabError") return &exc::TabError;
    if (name == "MemoryError") return &exc::MemoryError;
    return &exc::SyntaxError;
}

}  // namespace

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
    d[3] = str_from_utf8(e.text);
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
    if (!is_instance_of(exc, &exc::SyntaxError)) return std::nullopt;
    Object* args = static_cast<BaseExceptionObject*>(exc)->args;
    if (!args || tuple_size(args) != 2 || !is_tuple(tuple_item(args, 1)) || tuple_size(tuple_item(args, 1)) != 6)
        return std::nullopt;
    Object* msg = tuple_item(args, 0);
    Object* const* d = tuple_items(tuple_item(args, 1));
    SyntaxErrorInfo info;
    info.type = std::string(type_name(exc));
    if (!is_str(msg) || !is_str(d[0]) || !is_str(d[3])) return std::nullopt;
    info.msg = str_to_utf8(msg);
    info.filename = str_to_utf8(d[0]);
    info.text = str_to_utf8(d[3]);
    ssize_t numbers[4];
    Object* fields[4] = {d[1], d[2], d[4], d[5]};
    for (int i = 0; i < 4; ++i) {
        if (!is_int(fields[i]) || !int_as_ssize(fields[i], &numbers[i])) {
            clear_error();
            return std::nullopt;
        }
    }
    info.lineno = static_cast<int>(numbers[0]);
    info.offset = static_cast<int>(numbers[1]);
    info.end_lineno = static_cast<int>(numbers[2]);
    info.end_offset = static_cast<int>(numbers[3]);
    return info;
}

bool exec_source(std::string_view source, std::string_view filename, Object* globals) {
    std::string text = normalize_newlines(source);
    auto parsed = parse_module(text, filename);
    if (!parsed.error) parsed.error = check_compile_errors(parsed.module, text, filename);
    if (parsed.error) {
        raise_syntax_error(*parsed.error);
        return false;
    }
    ast_optimize(parsed.module, *parsed.arena);
    bool future = has_future_annotations(parsed.module);
    auto st = symtable_build(parsed.module, filename, future);
    CompileResult compiled = compile_module(parsed.module, *st, filename);
    if (compiled.error) {
        set_error(&exc::SyntaxError, compiled.error->msg);
        return false;
    }
    Ref<> code = Ref<>::steal(code_object_from(*compiled.code));
    if (!code) return false;
    Ref<> result = Ref<>::steal(eval_code(static_cast<CodeObject*>(code.get()), globals, globals));
    return static_cast<bool>(result);
}

}  // namespace glasspy::interp
