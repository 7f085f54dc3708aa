// The _pcre module: Python patterns compiled for PCRE2 and its JIT, the
// engine under stdlib/lib/re.py (CPython's counterpart is the _sre module,
// Modules/_sre/sre.c, under Lib/re/).  re.py owns the module's API — the
// cache, the flags, re.error, escape — and calls _pcre.compile, which reads
// the pattern (parser.cpp) and makes the re.Pattern (pattern.cpp); the
// Pattern's methods (pattern_object.cpp) and the Match objects
// (match_object.cpp) are native, because one is called, and one made, for
// every match.
//
// pattern.hpp says why PCRE2's 32-bit library and how subjects are held;
// parser.cpp says how Python's syntax becomes PCRE2's.
#include <string>

#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/re/pattern.hpp"

namespace glasspy::stdlib {

using namespace rt;
using namespace re;

namespace {

// The code points of a str or bytes pattern.
bool pattern_units(Object* o, std::u32string* out, bool* is_text) {
    *is_text = is_str(o);
    if (*is_text) {
        *out = str_to_u32(o);
        return true;
    }
    std::string_view b;
    if (!bytes_like_view(o, &b)) {
        set_error(&exc::TypeError, "first argument must be string or compiled pattern");
        return false;
    }
    out->assign(b.begin(), b.end());
    for (char32_t& ch : *out) ch &= 0xff;
    return true;
}

// _pcre.compile(pattern, flags, error_class) -> re.Pattern
Object* pcre_compile(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("compile", kwnames) || !check_positional("compile", nargs, 3, 3)) return nullptr;
    std::u32string units;
    bool is_text;
    ssize_t flags;
    if (!pattern_units(args[0], &units, &is_text) || !arg_ssize(args[1], &flags)) return nullptr;
    Translation tr;
    PatternError err;
    if (!translate(units, is_text, static_cast<int>(flags), &tr, &err))
        return raise_pattern_error(err, args[0], args[2]);
    return pattern_new(tr, args[0], args[2]);
}

const BuiltinDef PCRE_FUNCTIONS[] = {
    {"compile", pcre_compile, "compile(pattern, flags, error_class) -> re.Pattern\n\n"
                              "Translate a Python pattern to PCRE2's syntax and compile it with the JIT."},
};

Object* make_pcre_module() {
    pattern_type_init();
    for (TypeObject* t : {&pattern_type, &match_type, &scanner_type}) (void)type_ready(t);
    Ref<> m = Ref<>::steal(module_new("_pcre"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : PCRE_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    Ref<> maxrepeat = Ref<>::steal(int_from_i64(MAXREPEAT));
    Ref<> maxgroups = Ref<>::steal(int_from_i64(MAXGROUPS));
    if (!maxrepeat || !maxgroups || dict_setitem_str(d, "Pattern", &pattern_type) < 0 ||
        dict_setitem_str(d, "Match", &match_type) < 0 || dict_setitem_str(d, "Scanner", &scanner_type) < 0 ||
        dict_setitem_str(d, "MAXREPEAT", maxrepeat.get()) < 0 || dict_setitem_str(d, "MAXGROUPS", maxgroups.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_pcre_module() { register_native_module("_pcre", make_pcre_module); }

}  // namespace glasspy::stdlib
