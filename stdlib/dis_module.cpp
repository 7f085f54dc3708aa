// The _dis module: the disassembler of interp/dis.cpp made callable on
// runtime code objects, and the opcode table of interp/opcodes.def, under
// stdlib/lib/dis.py and stdlib/lib/opcode.py (CPython has no such module:
// its Lib/dis.py decodes co_code in Python).  dis.py owns the API — what
// to disassemble, recursion into nested code, files, Instruction objects —
// so that the one C++ disassembler serves both it and `glasspy --dis`.
//
// A code object's inline caches hold the eval loop's run-time data; the
// disassembler never reads them (see interp/dis.hpp).
#include "interp/code.hpp"
#include "interp/dis.hpp"
#include "interp/opcodes.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;
using interp::CodeObject;
using interp::DisInstruction;
using interp::DisSource;

namespace {

// A new tuple that takes over the references in `items`; if one of them is
// null (a failed allocation), the others are dropped and null returned.
Object* tuple_steal(std::initializer_list<Object*> items) {
    bool failed = false;
    for (Object* item : items) failed |= item == nullptr;
    Object* t = failed ? nullptr : tuple_new(static_cast<ssize_t>(items.size()));
    if (!t) {
        for (Object* item : items) xdecref(item);
        return nullptr;
    }
    ssize_t i = 0;
    for (Object* item : items) tuple_items(t)[i++] = item;
    return t;
}

// The names of a tuple of str (co_names, co_localsplusnames) as UTF-8.
void strings_of(Object* tuple, std::vector<std::string>* out) {
    for (ssize_t i = 0; i < tuple_size(tuple); ++i) out->push_back(str_to_utf8(tuple_item(tuple, i)));
}

// What to disassemble: a code object, or bare bytecode (bytes or
// bytearray, as co_code gives it) which has no tables to look names up in.
struct Target {
    CodeObject* co = nullptr;          // borrowed; null for bytecode
    std::vector<std::uint16_t> units;  // the bytecode's code units
    DisSource src;
};

// The disassembler's view of `o`: for a code object the repr of each
// constant is made now (a nested code object's shows its address, as the
// "Disassembly of" line dis.py prints for it does).
bool target_of(const char* fname, Object* o, Target* t) {
    std::string_view raw;
    if (o->ob_type != &interp::code_type) {
        if (!bytes_like_view(o, &raw)) {
            arg_bad_argument(fname, "argument 1", "code or bytes", o);
            return false;
        }
        for (std::size_t i = 0; i < raw.size(); i += 2) {
            auto op = static_cast<unsigned char>(raw[i]);
            auto arg = i + 1 < raw.size() ? static_cast<unsigned char>(raw[i + 1]) : 0;
            t->units.push_back(static_cast<std::uint16_t>(op | arg << 8));
        }
        t->src.code = t->units;
        t->src.has_tables = false;
        return true;
    }
    t->co = static_cast<CodeObject*>(o);
    const interp::CodeData& data = *t->co->co_data;
    t->src.code = data.code;
    t->src.locations = data.locations;
    t->src.exceptiontable = data.exceptiontable;
    for (ssize_t i = 0; i < tuple_size(t->co->co_consts); ++i) {
        Ref<> r = Ref<>::steal(repr(tuple_item(t->co->co_consts, i)));
        if (!r) return false;
        t->src.const_reprs.push_back(str_to_utf8(r.get()));
    }
    strings_of(t->co->co_names, &t->src.names);
    strings_of(t->co->co_localsplusnames, &t->src.localsplusnames);
    return true;
}

// _dis.disassemble(code, lasti, show_caches, line_offset) -> str: the
// listing of one code object (or bytecode) and its exception table.
Object* dis_disassemble(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("disassemble", kwnames) || !check_positional("disassemble", nargs, 4, 4)) return nullptr;
    int lasti, line_offset;
    Target t;
    if (!arg_int(args[1], &lasti) || !arg_int(args[3], &line_offset) || !target_of("disassemble", args[0], &t))
        return nullptr;
    int show_caches = is_true(args[2]);
    if (show_caches < 0) return nullptr;
    return str_from_utf8(interp::disassemble(t.src, lasti, show_caches != 0, line_offset));
}

Object* int_or_none(int value) { return value < 0 ? none_ref() : int_from_ssize(value); }

// An instruction's argval as an object (see interp::Argval).
Object* argval_of(const DisInstruction& in, CodeObject* co, Object* unknown, Object* converters) {
    using interp::Argval;
    auto item = [](Object* tuple, int i) {
        Object* o = tuple_item(tuple, i);
        incref(o);
        return o;
    };
    switch (in.argval) {
    case Argval::NONE: return none_ref();
    case Argval::ARG: return int_from_ssize(in.arg);
    case Argval::CONST: return item(co->co_consts, in.argval_index);
    case Argval::UNKNOWN: incref(unknown); return unknown;
    case Argval::NAME: return item(co->co_names, in.argval_index);
    case Argval::LOCAL: return item(co->co_localsplusnames, in.argval_index);
    case Argval::OFFSET: return int_from_ssize(in.argval_index);
    case Argval::COMPARE: return str_from_utf8(interp::CMP_OP[static_cast<std::size_t>(in.argval_index)]);
    case Argval::FORMAT:
        return tuple_steal({get_item(converters, Ref<>::steal(int_from_ssize(in.argval_index & 3)).get()),
                            bool_from((in.argval_index & 4) != 0)});
    }
    return none_ref();
}

// One row: (opname, opcode, arg, argval, argrepr, offset, starts_line,
// is_jump_target, (lineno, end_lineno, col_offset, end_col_offset)).
Object* instruction_tuple(const DisInstruction& in, CodeObject* co, Object* unknown, Object* converters) {
    const interp::Location& p = in.positions;
    return tuple_steal({str_from_utf8(interp::opname(in.opcode)), int_from_ssize(in.opcode),
                        int_or_none(in.arg), argval_of(in, co, unknown, converters), str_from_utf8(in.argrepr),
                        int_from_ssize(in.offset), int_or_none(in.starts_line), bool_from(in.is_jump_target),
                        tuple_steal({int_or_none(p.lineno), int_or_none(p.end_lineno), int_or_none(p.col_offset),
                                     int_or_none(p.end_col_offset)})});
}

// _dis.get_instructions(code, show_caches, line_offset, unknown, converters)
// -> list of instruction tuples.  unknown is dis.UNKNOWN, converters
// FORMAT_VALUE's (None, str, repr, ascii): objects dis.py owns.
Object* dis_get_instructions(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("get_instructions", kwnames) || !check_positional("get_instructions", nargs, 5, 5))
        return nullptr;
    int line_offset;
    Target t;
    if (!arg_int(args[2], &line_offset) || !target_of("get_instructions", args[0], &t)) return nullptr;
    int show_caches = is_true(args[1]);
    if (show_caches < 0) return nullptr;
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (const DisInstruction& in : interp::get_instructions(t.src, show_caches != 0, line_offset)) {
        Ref<> row = Ref<>::steal(instruction_tuple(in, t.co, args[3], args[4]));
        if (!row || list_append(list.get(), row.get()) < 0) return nullptr;
    }
    return list.release();
}

// _dis.stack_effect(opcode, oparg, jump) -> int: jump is True, False or
// None (the larger of the two).  dis.py checks the opcode and oparg first.
Object* dis_stack_effect(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("stack_effect", kwnames) || !check_positional("stack_effect", nargs, 3, 3)) return nullptr;
    int opcode, oparg;
    if (!arg_int(args[0], &opcode) || !arg_int(args[1], &oparg)) return nullptr;
    auto op = static_cast<interp::Opcode>(opcode & 0xFF);
    if (args[2] == None())
        return int_from_ssize(std::max(interp::stack_effect(op, oparg, false), interp::stack_effect(op, oparg, true)));
    int jump = is_true(args[2]);
    if (jump < 0) return nullptr;
    return int_from_ssize(interp::stack_effect(op, oparg, jump != 0));
}

const BuiltinDef DIS_FUNCTIONS[] = {
    {"disassemble", dis_disassemble, "disassemble(code, lasti, show_caches, line_offset)\n\nThe listing of one code object."},
    {"get_instructions", dis_get_instructions,
     "get_instructions(code, show_caches, line_offset, unknown, converters)\n\nThe instructions as tuples."},
    {"stack_effect", dis_stack_effect, "stack_effect(opcode, oparg, jump)\n\nThe change in stack depth."},
};

// OPCODES: (name, number, operand kind, inline caches) for each row of
// opcodes.def, in its order (by number).
Object* opcode_table() {
    struct Row {
        const char* name;
        int number;
        const char* operand;
        int caches;
    };
    static constexpr Row ROWS[] = {
#define GP_OPCODE(name, number, operand, caches, effect, jump_effect, doc) {#name, number, #operand, caches},
#include "interp/opcodes.def"
#undef GP_OPCODE
    };
    Ref<> rows = Ref<>::steal(list_new(0));
    if (!rows) return nullptr;
    for (const Row& r : ROWS) {
        if (!put_in_list(rows.get(), tuple_steal({str_from_utf8(r.name), int_from_ssize(r.number),
                                                  str_from_utf8(r.operand), int_from_ssize(r.caches)})))
            return nullptr;
    }
    return list_as_tuple(rows.get());
}

// cmp_op: COMPARE_OP's comparisons, by oparg.
Object* cmp_op_table() {
    Ref<> ops = Ref<>::steal(list_new(0));
    if (!ops) return nullptr;
    for (std::string_view op : interp::CMP_OP)
        if (!put_in_list(ops.get(), str_from_utf8(op))) return nullptr;
    return list_as_tuple(ops.get());
}

Object* make_dis_module() {
    Ref<> m = Ref<>::steal(module_new("_dis"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : DIS_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    Ref<> cmp_op = Ref<>::steal(cmp_op_table());
    Ref<> opcodes = Ref<>::steal(opcode_table());
    if (!cmp_op || !opcodes || dict_setitem_str(d, "cmp_op", cmp_op.get()) < 0 ||
        dict_setitem_str(d, "OPCODES", opcodes.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_dis_module() { register_native_module("_dis", make_dis_module); }

}  // namespace glasspy::stdlib
