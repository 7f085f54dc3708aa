// The code object's co_* attributes (CPython: code_memberlist and
// code_getsetlist in Objects/codeobject.c).  The names of the fast slots
// are split by kind as CPython 3.11 does: co_varnames the locals
// (arguments first), co_cellvars the cells, co_freevars the free variables.
#include <cstring>

#include "interp/code.hpp"
#include "interp/opcodes.hpp"
#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

namespace {

CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

Object* names_of_kind(Object* self, std::uint8_t kind) {
    CodeObject* co = as_code(self);
    const auto& kinds = co->co_data->localspluskinds;
    ssize_t n = 0;
    for (std::uint8_t k : kinds) n += (k & kind) != 0;
    Object* names = rt::tuple_new(n);
    if (!names) return nullptr;
    ssize_t at = 0;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (!(kinds[i] & kind)) continue;
        Object* name = rt::tuple_item(co->co_localsplusnames, static_cast<ssize_t>(i));
        rt::incref(name);
        rt::tuple_items(names)[at++] = name;
    }
    return names;
}

template <int CodeObject::*Field>
Object* int_field(Object* self) {
    return rt::int_from_ssize(as_code(self)->*Field);
}

// The instructions as bytes, two per code unit (opcode, then argument),
// as CPython lays out co_code.
// The inline caches hold what the eval loop learned at run time; co_code
// shows them as CACHE 0, as CPython's does (its _co_code_adaptive is the
// specialised copy).
Object* code_bytes(Object* self) {
    const auto& units = as_code(self)->co_data->code;
    std::string raw(units.size() * 2, '\0');
    for (std::size_t i = 0; i < units.size(); ++i) {
        raw[2 * i] = static_cast<char>(units[i] & 0xFF);
        raw[2 * i + 1] = static_cast<char>(units[i] >> 8);
        i += OPCODE_CACHES[units[i] & 0xFF];  // left as zeros
    }
    return rt::bytes_from(raw);
}

Object* int_or_none(int v) { return v < 0 ? rt::new_ref(rt::None()).release() : rt::int_from_ssize(v); }

// co_positions(): (lineno, end_lineno, col_offset, end_col_offset) for each
// code unit, caches included; None where unknown.
Object* code_positions(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!rt::check_no_args("co_positions", nargs, kwnames)) return nullptr;
    const auto& locations = as_code(self)->co_data->locations;
    rt::Ref<> list = rt::Ref<>::steal(rt::list_new(0));
    if (!list) return nullptr;
    for (const Location& at : locations) {
        rt::Ref<> a = rt::Ref<>::steal(int_or_none(at.lineno));
        rt::Ref<> b = rt::Ref<>::steal(int_or_none(at.end_lineno));
        rt::Ref<> c = rt::Ref<>::steal(int_or_none(at.col_offset));
        rt::Ref<> d = rt::Ref<>::steal(int_or_none(at.end_col_offset));
        if (!a || !b || !c || !d) return nullptr;
        rt::Ref<> row = rt::Ref<>::steal(rt::tuple_pack({a.get(), b.get(), c.get(), d.get()}));
        if (!row || rt::list_append(list.get(), row.get()) < 0) return nullptr;
    }
    return rt::get_iter(list.get());
}

// co_lines(): (start, end, lineno) byte ranges, one per entry of CPython
// 3.11's location table, which the assembler writes per instruction (with
// its EXTENDED_ARG prefixes and caches), in pieces of at most 8 code units.
Object* code_lines(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!rt::check_no_args("co_lines", nargs, kwnames)) return nullptr;
    const CodeData& data = *as_code(self)->co_data;
    rt::Ref<> list = rt::Ref<>::steal(rt::list_new(0));
    if (!list) return nullptr;
    auto add = [&](std::size_t start, std::size_t end) {
        rt::Ref<> s = rt::Ref<>::steal(rt::int_from_ssize(static_cast<ssize_t>(2 * start)));
        rt::Ref<> e = rt::Ref<>::steal(rt::int_from_ssize(static_cast<ssize_t>(2 * end)));
        int lineno = start < data.locations.size() ? data.locations[start].lineno : -1;
        rt::Ref<> line = rt::Ref<>::steal(int_or_none(lineno));
        if (!s || !e || !line) return false;
        rt::Ref<> row = rt::Ref<>::steal(rt::tuple_pack({s.get(), e.get(), line.get()}));
        return row && rt::list_append(list.get(), row.get()) == 0;
    };
    const auto extended_arg = static_cast<std::uint16_t>(Opcode::EXTENDED_ARG);
    for (std::size_t start = 0; start < data.code.size();) {
        std::size_t end = start;
        while (end < data.code.size() && (data.code[end] & 0xFF) == extended_arg) ++end;
        if (end < data.code.size()) end += 1 + OPCODE_CACHES[data.code[end] & 0xFF];
        for (; end - start > 8; start += 8)
            if (!add(start, start + 8)) return nullptr;
        if (!add(start, end)) return nullptr;
        start = end;
    }
    return rt::get_iter(list.get());
}

template <Object* CodeObject::*Field>
void* object_field(Object* self) {
    return &(as_code(self)->*Field);
}

}  // namespace

const rt::GetSetDef CODE_GETSET[] = {
    {"co_argcount", int_field<&CodeObject::co_argcount>, nullptr, nullptr},
    {"co_posonlyargcount", int_field<&CodeObject::co_posonlyargcount>, nullptr, nullptr},
    {"co_kwonlyargcount", int_field<&CodeObject::co_kwonlyargcount>, nullptr, nullptr},
    {"co_stacksize", int_field<&CodeObject::co_stacksize>, nullptr, nullptr},
    {"co_flags", int_field<&CodeObject::co_flags>, nullptr, nullptr},
    {"co_firstlineno", int_field<&CodeObject::co_firstlineno>, nullptr, nullptr},
    {"co_nlocals", int_field<&CodeObject::co_nlocals>, nullptr, nullptr},
    {"co_varnames", [](Object* self) { return names_of_kind(self, CO_FAST_LOCAL); }, nullptr, nullptr},
    {"co_cellvars", [](Object* self) { return names_of_kind(self, CO_FAST_CELL); }, nullptr, nullptr},
    {"co_freevars", [](Object* self) { return names_of_kind(self, CO_FAST_FREE); }, nullptr, nullptr},
    {"co_code", code_bytes, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const rt::BuiltinDef CODE_METHODS[] = {
    {"replace", code_replace,
     "replace($self, /, *, co_argcount=-1, ...)\n--\n\nReturn a copy of the code object with new values for the "
     "specified fields."},
    {"co_positions", code_positions, "Return an iterator of (lineno, end_lineno, col_offset, end_col_offset) "
                                     "for each instruction."},
    {"co_lines", code_lines, "Return an iterator of (start, end, lineno) for each run of instructions on a line."},
    {nullptr, nullptr, nullptr},
};

const rt::MemberDef CODE_MEMBERS[] = {
    {"co_consts", rt::MemberKind::Object, object_field<&CodeObject::co_consts>, true, nullptr},
    {"co_names", rt::MemberKind::Object, object_field<&CodeObject::co_names>, true, nullptr},
    {"co_filename", rt::MemberKind::Object, object_field<&CodeObject::co_filename>, true, nullptr},
    {"co_name", rt::MemberKind::Object, object_field<&CodeObject::co_name>, true, nullptr},
    {"co_qualname", rt::MemberKind::Object, object_field<&CodeObject::co_qualname>, true, nullptr},
    {nullptr, rt::MemberKind::Object, nullptr, false, nullptr},
};

}  // namespace glasspy::interp
