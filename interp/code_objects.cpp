// Turning the compiler's plain C++ output (CompiledCode, compile.hpp) into
// the code objects the VM runs: each constant becomes a runtime object,
// nested code units become nested code objects (CPython makes them as it
// compiles; here the compiler stays free of runtime types).
#include "interp/code_objects.hpp"

#include "interp/opcodes.hpp"

#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

Object* const_object(const Const& c);

Object* tuple_of_consts(const std::vector<Const>& items) {
    Object* t = tuple_new(static_cast<ssize_t>(items.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Object* item = const_object(items[i]);
        if (!item) {
            // Fill the rest so the tuple can be freed safely.
            for (std::size_t k = i; k < items.size(); ++k) tuple_items(t)[k] = none_ref();
            decref(t);
            return nullptr;
        }
        tuple_items(t)[i] = item;
    }
    return t;
}

Object* int_const(const std::string& digits) {
    bool negative = !digits.empty() && digits[0] == '-';
    Object* v = int_from_decimal(negative ? std::string_view(digits).substr(1) : std::string_view(digits));
    if (!v || !negative) return v;
    Object* r = rt::negative(v);
    decref(v);
    return r;
}

Object* const_object(const Const& c) {
    using Tag = Const::Tag;
    switch (c.tag) {
        case Tag::None: return none_ref();
        case Tag::True: return bool_from(true);
        case Tag::False: return bool_from(false);
        case Tag::Ellipsis: incref(Ellipsis()); return Ellipsis();
        case Tag::Int: return int_const(c.int_digits);
        case Tag::Float: return float_from_double(c.real);
        case Tag::Complex: return complex_from_doubles(c.real, c.imag);
        case Tag::Str: return str_from_code_points(c.str);
        case Tag::Bytes: return bytes_from(c.bytes);
        case Tag::Tuple: return tuple_of_consts(c.items);
        case Tag::FrozenSet: {
            Object* items = tuple_of_consts(c.items);
            if (!items) return nullptr;
            Object* fs = frozenset_new(items);
            decref(items);
            return fs;
        }
        case Tag::Code: return code_object_from(*c.code);
    }
    return nullptr;
}

Object* tuple_of_strings(const std::vector<std::string>& names) {
    Object* t = tuple_new(static_cast<ssize_t>(names.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < names.size(); ++i) {
        Object* s = str_intern(names[i]);
        if (!s) {
            for (std::size_t k = i; k < names.size(); ++k) tuple_items(t)[k] = none_ref();
            decref(t);
            return nullptr;
        }
        tuple_items(t)[i] = s;
    }
    return t;
}

}  // namespace

// Gives each LOAD_GLOBAL a GlobalCache, its number written in the
// instruction's first CACHE unit (dis skips cache units).
void number_global_caches(CodeData& data) {
    std::vector<std::uint16_t>& code = data.code;
    for (std::size_t i = 0; i < code.size();) {
        int opcode = code[i] & 0xFF;
        std::size_t caches = OPCODE_CACHES[static_cast<std::size_t>(opcode)];
        if (opcode == static_cast<int>(Opcode::LOAD_GLOBAL) && caches > 0 && data.global_caches.size() < 0xFFFF) {
            data.global_caches.emplace_back();
            code[i + 1] = static_cast<std::uint16_t>(data.global_caches.size());
        }
        i += 1 + caches;
    }
}

Object* code_object_from(const CompiledCode& cc) {
    Ref<> consts = Ref<>::steal(tuple_of_consts(cc.consts));
    Ref<> names = Ref<>::steal(tuple_of_strings(cc.names));
    Ref<> localsplusnames = Ref<>::steal(tuple_of_strings(cc.localsplusnames));
    Ref<> filename = Ref<>::steal(str_from_utf8(cc.filename));
    Ref<> name = Ref<>::steal(str_intern(cc.name));
    Ref<> qualname = Ref<>::steal(str_from_utf8(cc.qualname));
    if (!consts || !names || !localsplusnames || !filename || !name || !qualname) return nullptr;
    CodeData data;
    data.code = cc.code;
    data.locations = cc.locations;
    data.exceptiontable = cc.exceptiontable;
    data.localspluskinds = cc.localspluskinds;
    number_global_caches(data);
    CodeObject* co = code_new(std::move(data), consts.get(), names.get(), localsplusnames.get(), filename.get(),
                              name.get(), qualname.get());
    if (!co) return nullptr;
    co->co_argcount = cc.argcount;
    co->co_posonlyargcount = cc.posonlyargcount;
    co->co_kwonlyargcount = cc.kwonlyargcount;
    co->co_stacksize = cc.stacksize;
    co->co_flags = cc.flags;
    co->co_firstlineno = cc.firstlineno;
    co->co_nlocals = cc.nlocals;
    co->co_nlocalsplus = static_cast<int>(cc.localsplusnames.size());
    for (std::uint8_t kind : cc.localspluskinds) {
        if (kind & CO_FAST_CELL) ++co->co_ncellvars;
        if (kind & CO_FAST_FREE) ++co->co_nfreevars;
    }
    return co;
}

}  // namespace glasspy::interp
