// The _pcre module: compiled patterns run by PCRE2 with its JIT, under
// stdlib/lib/re.py (CPython's counterpart is Modules/_sre/sre.c, the engine
// under Lib/re/).  re.py owns the Python API — Pattern, the cache, flags,
// re.error — and calls in here to compile and to match; the Match and
// Scanner objects are native (match_object.cpp), and the loops of findall,
// split and sub run here, with no Python code between matches unless sub()
// was given a function.
//
// code.hpp says why the 32-bit library and how subjects are held; parser.cpp
// says how Python's syntax becomes PCRE2's.
#include <string>
#include <vector>

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
#include "runtime/typeobject.hpp"
#include "stdlib/modules.hpp"
#include "stdlib/re/code.hpp"

namespace glasspy::stdlib {

using namespace rt;
using namespace re;

namespace {

Object* none() {
    incref(None());
    return None();
}

bool positions(Object* pos_obj, Object* endpos_obj, ssize_t* pos, ssize_t* endpos, ssize_t length) {
    if (!arg_ssize(pos_obj, pos) || !arg_ssize(endpos_obj, endpos)) return false;
    clamp_positions(pos, endpos, length);
    return true;
}

// code.match(pattern, string, pos, endpos, mode) -> Match or None.  mode:
// SEARCH, MATCH or FULLMATCH; pattern is the re.Pattern the Match shows.
Object* code_match(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("match", kwnames) || !check_positional("match", nargs, 5, 5)) return nullptr;
    CodeObject* c = as_code(self);
    Subject s(c);
    ssize_t pos, endpos, mode;
    if (!s.init(args[1]) || !positions(args[2], args[3], &pos, &endpos, s.length()) || !arg_ssize(args[4], &mode))
        return nullptr;
    if (endpos < pos) return none();
    int rc = run(c, s, static_cast<int>(mode & 3), pos, endpos);
    if (rc <= 0) return rc == 0 ? none() : nullptr;
    return match_new(args[0], c, args[1], s, pos, endpos);
}

// code.scanner(pattern, string, pos, endpos) -> Scanner
Object* code_scanner(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("scanner", kwnames) || !check_positional("scanner", nargs, 4, 4)) return nullptr;
    CodeObject* c = as_code(self);
    Subject s(c);  // checks the string's type now, as CPython does, and widens it for the searches
    ssize_t pos, endpos;
    if (!s.init(args[1]) || !positions(args[2], args[3], &pos, &endpos, s.length())) return nullptr;
    return scanner_new(args[0], c, args[1], pos, endpos);
}

// A group's text for findall and split: `missing` when it did not take part.
Object* group_text(const Subject& s, const PCRE2_SIZE* ov, int g, Object* missing) {
    if (!is_set(ov, g)) {
        incref(missing);
        return missing;
    }
    return s.slice(static_cast<ssize_t>(ov[2 * g]), static_cast<ssize_t>(ov[2 * g + 1]));
}

// The loop findall, split and sub share: each match from pos on, the way
// CPython 3.7+ finds them — after an empty match the next one may not be
// empty at the same place (NOTEMPTY_ATSTART), but may start there.
// visit(ov) returns false to stop with an error; count limits the matches
// (0: no limit).  -1 on error, else the number of matches.
template <typename Visit>
ssize_t each_match(CodeObject* c, const Subject& s, ssize_t pos, ssize_t endpos, ssize_t count, Visit visit) {
    ssize_t n = 0;
    int mode = SEARCH;
    while (pos <= endpos && (count == 0 || n < count)) {
        int rc = run(c, s, mode, pos, endpos);
        if (rc < 0) return -1;
        if (rc == 0) break;
        const PCRE2_SIZE* ov = ovector(c);
        // Read before visit: a sub() function may run this pattern again.
        ssize_t start = static_cast<ssize_t>(ov[0]), end = static_cast<ssize_t>(ov[1]);
        ++n;
        if (!visit(ov)) return -1;
        mode = start == end ? SEARCH | NOTEMPTY_ATSTART : SEARCH;
        pos = end;
    }
    return n;
}

Object* empty_of(const CodeObject* c) { return c->is_bytes ? bytes_from("") : str_from_utf8(""); }

// code.findall(string, pos, endpos): the matches, or the one group's
// text, or a tuple of the groups' texts ('' for a group left out).
Object* code_findall(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("findall", kwnames) || !check_positional("findall", nargs, 3, 3)) return nullptr;
    CodeObject* c = as_code(self);
    Subject s(c);
    ssize_t pos, endpos;
    if (!s.init(args[0]) || !positions(args[1], args[2], &pos, &endpos, s.length())) return nullptr;
    Ref<> out = Ref<>::steal(list_new(0));
    Ref<> empty = Ref<>::steal(empty_of(c));
    if (!out || !empty) return nullptr;
    ssize_t n = each_match(c, s, pos, endpos, 0, [&](const PCRE2_SIZE* ov) {
        Ref<> item;
        if (c->groups <= 1) {
            item = Ref<>::steal(group_text(s, ov, c->groups, empty.get()));
        } else {
            item = Ref<>::steal(tuple_new(c->groups));
            if (!item) return false;
            for (int g = 1; g <= c->groups; ++g) {
                Object* t = group_text(s, ov, g, empty.get());
                if (!t) return false;
                tuple_items(item.get())[g - 1] = t;
            }
        }
        return item && list_append(out.get(), item.get()) == 0;
    });
    return n < 0 ? nullptr : out.release();
}

// code.split(string, maxsplit): the text between matches, each match's
// groups (None for a group left out) between them.
Object* code_split(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("split", kwnames) || !check_positional("split", nargs, 2, 2)) return nullptr;
    CodeObject* c = as_code(self);
    Subject s(c);
    ssize_t maxsplit;
    if (!s.init(args[0]) || !arg_ssize(args[1], &maxsplit)) return nullptr;
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    ssize_t last = 0;
    // A negative maxsplit splits nowhere.
    ssize_t n = maxsplit < 0 ? 0 : each_match(c, s, 0, s.length(), maxsplit, [&](const PCRE2_SIZE* ov) {
        Ref<> piece = Ref<>::steal(s.slice(last, static_cast<ssize_t>(ov[0])));
        if (!piece || list_append(out.get(), piece.get()) < 0) return false;
        for (int g = 1; g <= c->groups; ++g) {
            Ref<> t = Ref<>::steal(group_text(s, ov, g, None()));
            if (!t || list_append(out.get(), t.get()) < 0) return false;
        }
        last = static_cast<ssize_t>(ov[1]);
        return true;
    });
    if (n < 0) return nullptr;
    Ref<> rest = Ref<>::steal(s.slice(last, s.length()));
    if (!rest || list_append(out.get(), rest.get()) < 0) return nullptr;
    return out.release();
}

// ---- sub ---------------------------------------------------------------------------------------

// repl as a template: its text used as it is when it has no backslash
// (CPython does the same), else parsed — once for a run of calls with the
// same repl, the Code keeps the last one.
bool sub_template(CodeObject* c, Object* repl, Template* out) {
    if (repl == c->template_repl) {
        *out = c->template_parsed;
        return true;
    }
    std::u32string text;
    if (is_str(repl)) {
        text = str_to_u32(repl);
    } else {
        std::string_view b;
        if (!bytes_like_view(repl, &b)) {
            set_error_fmt(&exc::TypeError, "decoding to str: need a bytes-like object, {} found", type_name(repl));
            return false;
        }
        text.assign(b.begin(), b.end());
        for (char32_t& ch : text) ch &= 0xff;
    }
    if (text.find(U'\\') == std::u32string::npos) {
        *out = Template{{std::move(text)}, {-1}};
    } else if (!template_parse(c, repl, out)) {
        return false;
    }
    incref(repl);
    Object* old = c->template_repl;
    c->template_repl = repl;
    c->template_parsed = *out;
    xdecref(old);
    return true;
}

// sub() with a function: each Match goes to it, and what it returns (a
// str, or bytes for a bytes pattern; None counts as empty) replaces the
// match.  CPython joins the pieces at the end, hence its message naming the
// piece's index for a wrong type.
bool call_function(Object* pattern, CodeObject* c, Object* function, Object* string, const Subject& s,
                   ssize_t* pieces, std::u32string& out) {
    Ref<> m = Ref<>::steal(match_new(pattern, c, string, s, 0, s.length()));
    if (!m) return false;
    Object* arg = m.get();
    Ref<> r = Ref<>::steal(call(function, &arg, 1));
    if (!r) return false;
    if (r.get() == None()) return true;
    if (c->is_bytes) {
        std::string_view b;
        if (!bytes_like_view(r.get(), &b)) {
            set_error_fmt(&exc::TypeError, "sequence item {}: expected a bytes-like object, {} found", *pieces,
                          type_name(r.get()));
            return false;
        }
        for (char ch : b) out += static_cast<unsigned char>(ch);
    } else {
        if (!is_str(r.get())) {
            set_error_fmt(&exc::TypeError, "sequence item {}: expected str instance, {} found", *pieces,
                          type_name(r.get()));
            return false;
        }
        out += str_to_u32(r.get());
    }
    ++*pieces;
    return true;
}

// code.sub(pattern, repl, string, count) -> (new string, number of matches)
Object* code_sub(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sub", kwnames) || !check_positional("sub", nargs, 4, 4)) return nullptr;
    CodeObject* c = as_code(self);
    Object* pattern = args[0];
    Object* repl = args[1];
    Object* string = args[2];
    bool function = repl->ob_type->tp_call != nullptr;
    Template tmpl;
    if (!function && !sub_template(c, repl, &tmpl)) return nullptr;
    // A bytes template for a str pattern (or the reverse) fails, as in
    // CPython, when the pieces are joined: only if something matched.
    bool wrong_type = !function && is_str(repl) == c->is_bytes;
    Subject s(c);
    ssize_t count;
    if (!s.init(string) || !arg_ssize(args[3], &count)) return nullptr;
    std::u32string out;
    ssize_t last = 0, pieces = 0;
    // A negative count replaces nothing.
    ssize_t n = count < 0 ? 0 : each_match(c, s, 0, s.length(), count, [&](const PCRE2_SIZE* ov) {
        ssize_t start = static_cast<ssize_t>(ov[0]), end = static_cast<ssize_t>(ov[1]);
        if (last < start) ++pieces;
        out.append(s.data() + last, s.data() + start);
        if (wrong_type) {
            if (c->is_bytes)
                set_error_fmt(&exc::TypeError, "sequence item {}: expected a bytes-like object, {} found", pieces,
                              type_name(repl));
            else
                set_error_fmt(&exc::TypeError, "sequence item {}: expected str instance, {} found", pieces,
                              type_name(repl));
            return false;
        }
        if (function) {
            if (!call_function(pattern, c, repl, string, s, &pieces, out)) return false;
        } else {
            template_expand(tmpl, s, ov, out);
        }
        last = end;
        return true;
    });
    if (n < 0) return nullptr;
    Ref<> result;
    if (n == 0) {
        result = Ref<>::steal(s.slice(0, s.length()));
    } else {
        out.append(s.data() + last, s.data() + s.length());
        if (c->is_bytes) {
            std::string b(out.size(), '\0');
            for (std::size_t i = 0; i < out.size(); ++i) b[i] = static_cast<char>(out[i]);
            result = Ref<>::steal(bytes_from(b));
        } else {
            result = Ref<>::steal(str_from_code_points(out));
        }
    }
    Ref<> count_obj = Ref<>::steal(int_from_ssize(n));
    if (!result || !count_obj) return nullptr;
    return tuple_pack({result.get(), count_obj.get()});
}

// ---- the type and the module -------------------------------------------------------------------

const BuiltinDef CODE_METHODS[] = {
    {"match", code_match, "match(pattern, string, pos, endpos, mode) -> Match or None"},
    {"scanner", code_scanner, "scanner(pattern, string, pos, endpos) -> Scanner"},
    {"findall", code_findall, "findall(string, pos, endpos) -> list"},
    {"split", code_split, "split(string, maxsplit) -> list"},
    {"sub", code_sub, "sub(pattern, repl, string, count) -> (str, n)"},
    {nullptr, nullptr, nullptr},
};

const GetSetDef CODE_GETSET[] = {
    {"groups", [](Object* s) { return int_from_ssize(as_code(s)->groups); }, nullptr, nullptr},
    {"flags", [](Object* s) { return int_from_ssize(as_code(s)->flags); }, nullptr, nullptr},
    {"groupindex", [](Object* s) -> Object* {
         incref(as_code(s)->groupindex);
         return as_code(s)->groupindex;
     }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

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

// _pcre.compile(pattern, flags, error_class) -> Code
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
    return code_new(tr, !is_text, args[0], args[2]);
}

const BuiltinDef PCRE_FUNCTIONS[] = {
    {"compile", pcre_compile, "compile(pattern, flags, error_class) -> Code\n\n"
                              "Translate a Python pattern to PCRE2's syntax and compile it with the JIT."},
};

Object* make_pcre_module() {
    code_type.tp_methods = CODE_METHODS;
    code_type.tp_getset = CODE_GETSET;
    for (TypeObject* t : {&code_type, &match_type, &scanner_type}) (void)type_ready(t);
    Ref<> m = Ref<>::steal(module_new("_pcre"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : PCRE_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    Ref<> maxrepeat = Ref<>::steal(int_from_i64(MAXREPEAT));
    Ref<> maxgroups = Ref<>::steal(int_from_i64(MAXGROUPS));
    if (!maxrepeat || !maxgroups || dict_setitem_str(d, "Code", &code_type) < 0 ||
        dict_setitem_str(d, "Match", &match_type) < 0 || dict_setitem_str(d, "Scanner", &scanner_type) < 0 ||
        dict_setitem_str(d, "MAXREPEAT", maxrepeat.get()) < 0 || dict_setitem_str(d, "MAXGROUPS", maxgroups.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_pcre_module() { register_native_module("_pcre", make_pcre_module); }

}  // namespace glasspy::stdlib
