// Turning the compiler's plain C++ output (CompiledCode, compile.hpp) into
// the code objects the VM runs: each constant becomes a runtime object,
// nested code units become nested code objects (CPython makes them as it
// compiles; here the compiler stays free of runtime types).
#include "interp/code_objects.hpp"

#include <cctype>
#include <string>
#include <unordered_map>

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

// One compilation's equal constants are one object, however many code
// objects hold them: `'hello world'` returned by two functions of a module
// is the same str (CPython: merge_consts_recursive, keyed by type and value
// as _PyCode_ConstantKey, so 1 and True, 0.0 and -0.0 stay apart).
class ConstCache {
public:
    Object* object_for(const Const& c);
    // A new tuple of the objects for items (a code object's co_consts).
    Object* tuple_of(const std::vector<Const>& items);

private:
    static void append_key(std::string& key, const Const& c);
    Object* make(const Const& c);

    std::unordered_map<std::string, Ref<>> objects_;
};

void ConstCache::append_key(std::string& key, const Const& c) {
    auto append_size = [&](std::size_t n) { key.append(reinterpret_cast<const char*>(&n), sizeof n); };
    key += static_cast<char>(c.tag);
    switch (c.tag) {
    case Const::Tag::Int: append_size(c.int_digits.size()); key += c.int_digits; break;
    case Const::Tag::Float: key.append(reinterpret_cast<const char*>(&c.real), sizeof c.real); break;
    case Const::Tag::Complex:
        key.append(reinterpret_cast<const char*>(&c.real), sizeof c.real);
        key.append(reinterpret_cast<const char*>(&c.imag), sizeof c.imag);
        break;
    case Const::Tag::Str:
        append_size(c.str.size());
        key.append(reinterpret_cast<const char*>(c.str.data()), c.str.size() * sizeof(char32_t));
        break;
    case Const::Tag::Bytes: append_size(c.bytes.size()); key += c.bytes; break;
    case Const::Tag::Tuple:
    case Const::Tag::FrozenSet:
        append_size(c.items.size());
        for (const Const& item : c.items) append_key(key, item);
        break;
    default: break;
    }
}

Object* ConstCache::object_for(const Const& c) {
    if (c.tag == Const::Tag::Code) return make(c);  // each code unit is its own
    std::string key;
    append_key(key, c);
    auto found = objects_.find(key);
    if (found != objects_.end()) return new_ref(found->second.get()).release();
    Object* made = make(c);
    if (made) objects_.emplace(std::move(key), Ref<>::borrow(made));
    return made;
}

Object* ConstCache::tuple_of(const std::vector<Const>& items) {
    Object* t = tuple_new(static_cast<ssize_t>(items.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Object* item = object_for(items[i]);
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

// CPython interns the string constants that could be names (ASCII letters,
// digits and underscores), so that `'spam' is 'spam'` holds across
// compilations and sys.intern() of an equal string gives the same object
// (intern_string_constants in Objects/codeobject.c).
bool looks_like_name(const std::u32string& s) {
    for (char32_t ch : s)
        if (!(ch < 128 && (std::isalnum(static_cast<int>(ch)) || ch == U'_'))) return false;
    return true;
}

Object* str_const(const std::u32string& s) {
    Object* v = str_from_code_points(s);
    if (!v || !looks_like_name(s)) return v;
    return str_intern_object(v);
}

Object* code_object_with(const CompiledCode& cc, ConstCache& cache);

Object* ConstCache::make(const Const& c) {
    using Tag = Const::Tag;
    switch (c.tag) {
        case Tag::None: return none_ref();
        case Tag::True: return bool_from(true);
        case Tag::False: return bool_from(false);
        case Tag::Ellipsis: incref(Ellipsis()); return Ellipsis();
        case Tag::Int: return int_const(c.int_digits);
        case Tag::Float: return float_from_double(c.real);
        case Tag::Complex: return complex_from_doubles(c.real, c.imag);
        case Tag::Str: return str_const(c.str);
        case Tag::Bytes: return bytes_from(c.bytes);
        case Tag::Tuple: return tuple_of(c.items);
        case Tag::FrozenSet: {
            Object* items = tuple_of(c.items);
            if (!items) return nullptr;
            Object* fs = frozenset_new(items);
            decref(items);
            return fs;
        }
        case Tag::Code: return code_object_with(*c.code, *this);
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

Object* code_object_with(const CompiledCode& cc, ConstCache& cache) {
    Ref<> consts = Ref<>::steal(cache.tuple_of(cc.consts));
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

}  // namespace

Object* code_object_from(const CompiledCode& cc) {
    ConstCache cache;
    return code_object_with(cc, cache);
}

}  // namespace glasspy::interp
