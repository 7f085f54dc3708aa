// re.Match and the scanner finditer is made of (CPython: MatchObject and
// ScannerObject in Modules/_sre/sre.c).
//
// A Match keeps what PCRE2 found — (start, end) of the whole match and of
// each group, PCRE2_UNSET for a group that took no part — with the string,
// the re.Pattern and the pos/endpos it was matched with; group() and the
// rest read the spans and slice the string.  The spans follow the Match
// object in the same allocation (ob_size of them), as a tuple's items do.
//
// Invariants: every Object* field is an owned reference; a Match is never
// changed after match_new returns it; it holds no reference to itself
// through its fields, so it is not tracked by the collector (neither is a
// Scanner).
#include <fmt/format.h>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/re/pattern.hpp"

namespace glasspy::stdlib::re {

using namespace rt;

namespace {

Object* none() {
    incref(None());
    return None();
}

struct MatchObject : VarObject {
    PatternObject* pattern;  // group count and names
    Object* string;
    ssize_t pos, endpos;
    int lastindex;        // 0: none
    PCRE2_SIZE spans[1];  // ob_size of them: start and end of group 0, 1, ...
};

MatchObject* as_match(Object* o) { return static_cast<MatchObject*>(o); }

void match_dealloc(Object* self) {
    MatchObject* m = as_match(self);
    Object* pattern = m->pattern;
    m->pattern = nullptr;
    xdecref(pattern);
    clear(m->string);
    free_object(self);
}

// string[a:b] for a str or any bytes-like string (a bytes for those).
Object* text_slice(Object* string, ssize_t a, ssize_t b) {
    if (!is_str(string)) {
        std::string_view v;
        if (!bytes_like_view(string, &v)) return bad_internal_call("re: the subject changed type");
        b = std::min<ssize_t>(b, static_cast<ssize_t>(v.size()));
        a = std::min(a, b);
        return bytes_from(v.substr(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a)));
    }
    if (a == 0 && b == str_length(string) && type_of(string) == &str_type) {
        incref(string);
        return string;
    }
    const void* data = str_data(string);
    switch (str_kind(string)) {
        case 1:
            return str_from_latin1(std::string_view(static_cast<const char*>(data) + a, static_cast<std::size_t>(b - a)));
        case 2: {
            const auto* p = static_cast<const std::uint16_t*>(data);
            return str_from_code_points(std::u32string(p + a, p + b));
        }
        default: {
            const auto* p = static_cast<const std::uint32_t*>(data);
            return str_from_code_points(std::u32string(p + a, p + b));
        }
    }
}

// A group's text, or `missing` (borrowed) when it took no part.
Object* group_text(MatchObject* m, ssize_t g, Object* missing) {
    if (m->spans[2 * g] == PCRE2_UNSET) {
        incref(missing);
        return missing;
    }
    return text_slice(m->string, static_cast<ssize_t>(m->spans[2 * g]), static_cast<ssize_t>(m->spans[2 * g + 1]));
}

// A group given by number or name, as CPython's match_getindex takes it;
// -1 with IndexError "no such group".
ssize_t group_index(MatchObject* m, Object* key) {
    ssize_t i = -1;
    if (is_int(key)) {
        if (!int_as_ssize(key, &i)) {
            clear_error();
            i = -1;
        }
    } else {
        Object* found = dict_getitem(m->pattern->groupindex, key);
        if (!found && error_occurred()) return -1;
        if (found && is_int(found) && !int_as_ssize(found, &i)) return -1;
    }
    if (i < 0 || i > m->pattern->groups) {
        set_error(&exc::IndexError, "no such group");
        return -1;
    }
    return i;
}

Object* span_of(MatchObject* m, ssize_t g) {
    ssize_t start = m->spans[2 * g] == PCRE2_UNSET ? -1 : static_cast<ssize_t>(m->spans[2 * g]);
    ssize_t end = m->spans[2 * g] == PCRE2_UNSET ? -1 : static_cast<ssize_t>(m->spans[2 * g + 1]);
    Ref<> a = Ref<>::steal(int_from_ssize(start));
    Ref<> b = Ref<>::steal(int_from_ssize(end));
    return a && b ? tuple_pack({a.get(), b.get()}) : nullptr;
}

// ---- methods -------------------------------------------------------------------------------------

// group(*groups): the text of one group (0: the whole match) or a tuple.
Object* match_group(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("group", kwnames)) return nullptr;
    MatchObject* m = as_match(self);
    if (nargs == 0) return group_text(m, 0, None());
    if (nargs == 1) {
        ssize_t g = group_index(m, args[0]);
        return g < 0 ? nullptr : group_text(m, g, None());
    }
    Ref<> out = Ref<>::steal(tuple_new(nargs));
    if (!out) return nullptr;
    for (ssize_t i = 0; i < nargs; ++i) {
        ssize_t g = group_index(m, args[i]);
        Object* t = g < 0 ? nullptr : group_text(m, g, None());
        if (!t) return nullptr;
        tuple_items(out.get())[i] = t;
    }
    return out.release();
}

Object* match_subscript(Object* self, Object* key) {
    ssize_t g = group_index(as_match(self), key);
    return g < 0 ? nullptr : group_text(as_match(self), g, None());
}

// The `default` argument of groups() and groupdict().
bool default_arg(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, Object** out) {
    static constexpr const char* kw[] = {"default"};
    ArgParser parser{name, kw, 0, 1, 0};
    Object* argv[1];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return false;
    *out = argv[0] ? argv[0] : None();
    return true;
}

Object* match_groups(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* missing;
    if (!default_arg("groups", args, nargs, kwnames, &missing)) return nullptr;
    MatchObject* m = as_match(self);
    Ref<> out = Ref<>::steal(tuple_new(m->pattern->groups));
    if (!out) return nullptr;
    for (int g = 1; g <= m->pattern->groups; ++g) {
        Object* t = group_text(m, g, missing);
        if (!t) return nullptr;
        tuple_items(out.get())[g - 1] = t;
    }
    return out.release();
}

Object* match_groupdict(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* missing;
    if (!default_arg("groupdict", args, nargs, kwnames, &missing)) return nullptr;
    MatchObject* m = as_match(self);
    Ref<> out = Ref<>::steal(dict_new());
    if (!out) return nullptr;
    for (auto& [name, g] : m->pattern->names) {
        Ref<> k = Ref<>::steal(str_from_code_points(name));
        Ref<> v = Ref<>::steal(group_text(m, g, missing));
        if (!k || !v || dict_setitem(out.get(), k.get(), v.get()) < 0) return nullptr;
    }
    return out.release();
}

// start(group=0), end(group=0), span(group=0)
template <int Which>
Object* match_position(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static const char* const names[] = {"start", "end", "span"};
    if (!check_no_kwargs(names[Which], kwnames) || !check_positional(names[Which], nargs, 0, 1)) return nullptr;
    MatchObject* m = as_match(self);
    ssize_t g = 0;
    if (nargs == 1 && (g = group_index(m, args[0])) < 0) return nullptr;
    if (Which == 2) return span_of(m, g);
    if (m->spans[2 * g] == PCRE2_UNSET) return int_from_ssize(-1);
    return int_from_ssize(static_cast<ssize_t>(m->spans[2 * g + Which]));
}

// expand(template): the template with the groups' texts put in.
Object* match_expand(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("expand", kwnames) || !check_positional("expand", nargs, 1, 1)) return nullptr;
    MatchObject* m = as_match(self);
    Template t;
    Subject s(m->pattern);
    if (!template_parse(m->pattern, args[0], &t) || !s.init(m->string)) return nullptr;
    std::u32string out;
    template_expand(t, s, m->spans, out);
    if (!m->pattern->is_bytes) return str_from_code_points(out);
    std::string b;
    for (char32_t c : out) b += static_cast<char>(c);
    return bytes_from(b);
}

Object* match_self(Object* self, Object* const*, ssize_t, Object*) {
    incref(self);
    return self;
}

const BuiltinDef MATCH_METHODS[] = {
    {"group", match_group, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
    {"groups", match_groups, "Return a tuple containing all the subgroups of the match, from 1."},
    {"groupdict", match_groupdict, "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
    {"start", match_position<0>, "Return index of the start of the substring matched by group."},
    {"end", match_position<1>, "Return index of the end of the substring matched by group."},
    {"span", match_position<2>, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"expand", match_expand, "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
    {"__copy__", match_self, nullptr},
    {"__deepcopy__", match_self, nullptr},
    {nullptr, nullptr, nullptr},
};

Object* get_lastindex(Object* self) {
    int i = as_match(self)->lastindex;
    return i ? int_from_ssize(i) : none();
}

Object* get_lastgroup(Object* self) {
    MatchObject* m = as_match(self);
    for (auto& [name, g] : m->pattern->names)
        if (g == m->lastindex && m->lastindex) return str_from_code_points(name);
    return none();
}

Object* get_regs(Object* self) {
    MatchObject* m = as_match(self);
    Ref<> out = Ref<>::steal(tuple_new(m->pattern->groups + 1));
    if (!out) return nullptr;
    for (int g = 0; g <= m->pattern->groups; ++g) {
        Object* span = span_of(m, g);
        if (!span) return nullptr;
        tuple_items(out.get())[g] = span;
    }
    return out.release();
}

const GetSetDef MATCH_GETSET[] = {
    {"lastindex", get_lastindex, nullptr, "The integer index of the last matched capturing group."},
    {"lastgroup", get_lastgroup, nullptr, "The name of the last matched capturing group."},
    {"regs", get_regs, nullptr, nullptr},
    {"string", [](Object* s) -> Object* {
         incref(as_match(s)->string);
         return as_match(s)->string;
     }, nullptr, "The string passed to match() or search()."},
    {"re", [](Object* s) -> Object* {
         incref(as_match(s)->pattern);
         return as_match(s)->pattern;
     }, nullptr, "The regular expression object."},
    {"pos", [](Object* s) { return int_from_ssize(as_match(s)->pos); }, nullptr,
     "The index into the string at which the RE engine started looking for a match."},
    {"endpos", [](Object* s) { return int_from_ssize(as_match(s)->endpos); }, nullptr,
     "The index into the string beyond which the RE engine will not go."},
    {nullptr, nullptr, nullptr, nullptr},
};

// <re.Match object; span=(0, 3), match='abc'>: the match's repr cut to 50 characters.
Object* match_repr(Object* self) {
    MatchObject* m = as_match(self);
    Ref<> text = Ref<>::steal(group_text(m, 0, None()));
    Ref<> r = Ref<>::steal(text ? repr(text.get()) : nullptr);
    if (!r) return nullptr;
    std::u32string shown = str_to_u32(r.get()).substr(0, 50);
    std::u32string head;
    for (char c : fmt::format("<re.Match object; span=({}, {}), match=", m->spans[0], m->spans[1])) head += c;
    return str_from_code_points(head + shown + U">");
}

TypeObject make_match_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "re.Match";
    t.tp_doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
    t.tp_basicsize = sizeof(MatchObject) - sizeof(PCRE2_SIZE);
    t.tp_itemsize = sizeof(PCRE2_SIZE);
    t.tp_dealloc = match_dealloc;
    t.tp_repr = match_repr;
    t.mp_subscript = match_subscript;
    t.tp_methods = MATCH_METHODS;
    t.tp_getset = MATCH_GETSET;
    return t;
}

// ---- the scanner ---------------------------------------------------------------------------------
// Successive matches in one string, each attempt starting where the last
// match ended; after an empty match the next may not be empty at the same
// place.  Pattern.finditer is iter(scanner.search, None).

struct ScannerObject : Object {
    PatternObject* pattern;
    Object* string;
    ssize_t pos, endpos;  // as given (the Matches show them)
    ssize_t start;        // where the next attempt starts; > endpos: done
    bool must_advance;
};

ScannerObject* as_scanner(Object* o) { return static_cast<ScannerObject*>(o); }

void scanner_dealloc(Object* self) {
    ScannerObject* sc = as_scanner(self);
    Object* pattern = sc->pattern;
    sc->pattern = nullptr;
    xdecref(pattern);
    clear(sc->string);
    free_object(self);
}

template <int Mode>
Object* scanner_next(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args(Mode == MATCH ? "match" : "search", nargs, kwnames)) return nullptr;
    ScannerObject* sc = as_scanner(self);
    if (sc->start > sc->endpos) return none();
    Subject s(sc->pattern);
    if (!s.init(sc->string)) return nullptr;
    int rc = run(sc->pattern, s, Mode | (sc->must_advance ? NOTEMPTY_ATSTART : 0), sc->start, sc->endpos);
    if (rc <= 0) {
        sc->start = sc->endpos + 1;
        return rc == 0 ? none() : nullptr;
    }
    const PCRE2_SIZE* ov = ovector(sc->pattern);
    sc->must_advance = ov[0] == ov[1];
    sc->start = static_cast<ssize_t>(ov[1]);
    return match_new(sc->pattern, sc->string, sc->pos, sc->endpos);
}

const BuiltinDef SCANNER_METHODS[] = {
    {"match", scanner_next<MATCH>, "The next match at the current position, or None."},
    {"search", scanner_next<SEARCH>, "The next match from the current position on, or None."},
    {nullptr, nullptr, nullptr},
};

const GetSetDef SCANNER_GETSET[] = {
    {"pattern", [](Object* s) -> Object* {
         incref(as_scanner(s)->pattern);
         return as_scanner(s)->pattern;
     }, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

TypeObject make_scanner_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_pcre.Scanner";
    t.tp_basicsize = sizeof(ScannerObject);
    t.tp_dealloc = scanner_dealloc;
    t.tp_methods = SCANNER_METHODS;
    t.tp_getset = SCANNER_GETSET;
    return t;
}

}  // namespace

TypeObject match_type = make_match_type();
TypeObject scanner_type = make_scanner_type();

Object* match_new(PatternObject* c, Object* string, ssize_t pos, ssize_t endpos) {
    ssize_t n = 2 * (c->groups + 1);
    Object* mem = alloc_object(&match_type, n);
    if (!mem) return no_memory();
    MatchObject* m = as_match(mem);
    const PCRE2_SIZE* ov = ovector(c);
    for (ssize_t i = 0; i < n; ++i) m->spans[i] = ov[i];
    incref(c);
    m->pattern = c;
    incref(string);
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = last_index(c, ov);
    return m;
}

Object* scanner_new(PatternObject* c, Object* string, ssize_t pos, ssize_t endpos) {
    Object* mem = alloc_object(&scanner_type);
    if (!mem) return no_memory();
    ScannerObject* sc = as_scanner(mem);
    incref(c);
    sc->pattern = c;
    incref(string);
    sc->string = string;
    sc->pos = pos;
    sc->endpos = endpos;
    sc->start = pos;
    sc->must_advance = false;
    return sc;
}

}  // namespace glasspy::stdlib::re
