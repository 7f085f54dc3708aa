// re.Pattern as Python sees it: match, search, fullmatch, findall,
// finditer, scanner, split, sub and subn, its attributes, repr, equality
// and hash (CPython: pattern_methods, pattern_getset and pattern_repr in
// Modules/_sre/sre.c).  The loops of findall, split and sub run here, with
// no Python code between matches unless sub() was given a function.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
#include "runtime/mappingproxy.hpp"
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

// (string, pos=0, endpos=sys.maxsize), the arguments of match, search,
// fullmatch, findall, finditer and scanner: s readied for string, pos and
// endpos clamped to it.
bool string_args(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, Subject& s, Object** string,
                 ssize_t* pos, ssize_t* endpos) {
    static constexpr const char* kw[] = {"string", "pos", "endpos"};
    ArgParser parser{name, kw, 1, 3, 0};
    Object* argv[3];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return false;
    *string = argv[0];
    *pos = 0;
    *endpos = PTRDIFF_MAX;
    if ((argv[1] && !arg_ssize(argv[1], pos)) || (argv[2] && !arg_ssize(argv[2], endpos)) || !s.init(argv[0]))
        return false;
    clamp_positions(pos, endpos, s.length());
    return true;
}

// ---- one match ------------------------------------------------------------------------------------

// match, search and fullmatch: a Match or None.
template <int Mode>
Object* pattern_match(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static const char* const names[] = {"search", "match", "fullmatch"};
    PatternObject* c = as_pattern(self);
    Subject s(c);
    Object* string;
    ssize_t pos, endpos;
    if (!string_args(names[Mode], args, nargs, kwnames, s, &string, &pos, &endpos)) return nullptr;
    if (endpos < pos) return none();
    int rc = run(c, s, Mode, pos, endpos);
    if (rc <= 0) return rc == 0 ? none() : nullptr;
    return match_new(c, string, pos, endpos);
}

// scanner(string, pos=0, endpos=sys.maxsize): matches one by one.
Object* pattern_scanner(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    PatternObject* c = as_pattern(self);
    Subject s(c);  // checks the string's type now, as CPython does
    Object* string;
    ssize_t pos, endpos;
    if (!string_args("scanner", args, nargs, kwnames, s, &string, &pos, &endpos)) return nullptr;
    return scanner_new(c, string, pos, endpos);
}

// finditer(string, pos=0, endpos=sys.maxsize): iter(scanner.search, None),
// as CPython makes it.
Object* pattern_finditer(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    PatternObject* c = as_pattern(self);
    Subject s(c);
    Object* string;
    ssize_t pos, endpos;
    if (!string_args("finditer", args, nargs, kwnames, s, &string, &pos, &endpos)) return nullptr;
    Ref<> scanner = Ref<>::steal(scanner_new(c, string, pos, endpos));
    Ref<> search = Ref<>::steal(scanner ? get_attr_str(scanner.get(), "search") : nullptr);
    return search ? calliter_new(search.get(), None()) : nullptr;
}

// ---- every match -----------------------------------------------------------------------------------

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
ssize_t each_match(PatternObject* c, const Subject& s, ssize_t pos, ssize_t endpos, ssize_t count, Visit visit) {
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

Object* empty_of(const PatternObject* c) { return c->is_bytes ? bytes_from("") : str_from_utf8(""); }

// findall(string, pos=0, endpos=sys.maxsize): the matches, or the one
// group's text, or a tuple of the groups' texts ('' for a group left out).
Object* pattern_findall(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    PatternObject* c = as_pattern(self);
    Subject s(c);
    Object* string;
    ssize_t pos, endpos;
    if (!string_args("findall", args, nargs, kwnames, s, &string, &pos, &endpos)) return nullptr;
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

// split(string, maxsplit=0): the text between matches, each match's
// groups (None for a group left out) between them.
Object* pattern_split(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"string", "maxsplit"};
    static constexpr ArgParser parser{"split", kw, 1, 2, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    PatternObject* c = as_pattern(self);
    Subject s(c);
    ssize_t maxsplit = 0;
    if (!s.init(argv[0]) || (argv[1] && !arg_ssize(argv[1], &maxsplit))) return nullptr;
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
// same repl, the Pattern keeps the last one.
bool sub_template(PatternObject* c, Object* repl, Template* out) {
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
bool call_function(PatternObject* c, Object* function, Object* string, const Subject& s, ssize_t* pieces,
                   std::u32string& out) {
    Ref<> m = Ref<>::steal(match_new(c, string, 0, s.length()));
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

// sub(repl, string, count=0) -> (new string, number of matches), for
// sub() and subn().
Object* substitute(const char* name, Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"repl", "string", "count"};
    ArgParser parser{name, kw, 2, 3, 0};
    Object* argv[3];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    PatternObject* c = as_pattern(self);
    Object* repl = argv[0];
    Object* string = argv[1];
    bool function = repl->ob_type->tp_call != nullptr;
    Template tmpl;
    if (!function && !sub_template(c, repl, &tmpl)) return nullptr;
    // A bytes template for a str pattern (or the reverse) fails, as in
    // CPython, when the pieces are joined: only if something matched.
    bool wrong_type = !function && is_str(repl) == c->is_bytes;
    Subject s(c);
    ssize_t count = 0;
    if (!s.init(string) || (argv[2] && !arg_ssize(argv[2], &count))) return nullptr;
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
            if (!call_function(c, repl, string, s, &pieces, out)) return false;
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


Object* pattern_sub(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    Ref<> r = Ref<>::steal(substitute("sub", self, args, nargs, kwnames));
    if (!r) return nullptr;
    Object* text = tuple_item(r.get(), 0);
    incref(text);
    return text;
}

Object* pattern_subn(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    return substitute("subn", self, args, nargs, kwnames);
}

// ---- the object -----------------------------------------------------------------------------------

// re.compile('a+', re.IGNORECASE): the pattern's repr cut to 200
// characters, the flags in CPython's order, re.UNICODE left out for str.
Object* pattern_repr(Object* self) {
    static const std::pair<const char*, int> flag_names[] = {
        {"re.TEMPLATE", FLAG_TEMPLATE}, {"re.IGNORECASE", FLAG_IGNORECASE}, {"re.LOCALE", FLAG_LOCALE},
        {"re.MULTILINE", FLAG_MULTILINE}, {"re.DOTALL", FLAG_DOTALL}, {"re.UNICODE", FLAG_UNICODE},
        {"re.VERBOSE", FLAG_VERBOSE}, {"re.DEBUG", FLAG_DEBUG}, {"re.ASCII", FLAG_ASCII},
    };
    PatternObject* c = as_pattern(self);
    Ref<> r = Ref<>::steal(repr(c->pattern));
    if (!r) return nullptr;
    std::u32string text = U"re.compile(" + str_to_u32(r.get()).substr(0, 200);
    int flags = c->flags;
    if (!c->is_bytes && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
    std::string names;
    for (auto [name, bit] : flag_names) {
        if (!(flags & bit)) continue;
        names += names.empty() ? "" : "|";
        names += name;
        flags &= ~bit;
    }
    if (flags) names += fmt::format("{}0x{:x}", names.empty() ? "" : "|", flags);
    if (!names.empty()) text += U", " + std::u32string(names.begin(), names.end());
    return str_from_code_points(text + U")");
}

Object* pattern_richcompare(Object* a, Object* b, int op) {
    if ((op != EQ && op != NE) || type_of(b) != &pattern_type) {
        incref(NotImplemented());
        return NotImplemented();
    }
    PatternObject* x = as_pattern(a);
    PatternObject* y = as_pattern(b);
    bool equal = a == b;
    if (!equal && x->flags == y->flags && x->is_bytes == y->is_bytes) {
        int r = rich_compare_bool(x->pattern, y->pattern, EQ);
        if (r < 0) return nullptr;
        equal = r;
    }
    return bool_from(equal == (op == EQ));
}

ssize_t pattern_hash(Object* self) {
    PatternObject* c = as_pattern(self);
    ssize_t h = hash(c->pattern);
    if (h == -1) return -1;
    h ^= static_cast<ssize_t>(c->flags) * 1000003;
    return h == -1 ? -2 : h;
}

Object* pattern_self(Object* self, Object* const*, ssize_t, Object*) {
    incref(self);
    return self;
}

const BuiltinDef PATTERN_METHODS[] = {
    {"match", pattern_match<MATCH>, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_match<FULLMATCH>, "Matches against all of the string."},
    {"search", pattern_match<SEARCH>, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
    {"sub", pattern_sub, "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", pattern_subn, "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"findall", pattern_findall, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", pattern_split, "Split string by the occurrences of pattern."},
    {"finditer", pattern_finditer, "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
    {"scanner", pattern_scanner, nullptr},
    {"__copy__", pattern_self, nullptr},
    {"__deepcopy__", pattern_self, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef PATTERN_GETSET[] = {
    {"pattern", [](Object* s) -> Object* {
         incref(as_pattern(s)->pattern);
         return as_pattern(s)->pattern;
     }, nullptr, "The pattern string from which the RE object was compiled."},
    {"flags", [](Object* s) { return int_from_ssize(as_pattern(s)->flags); }, nullptr, "The regex matching flags."},
    {"groups", [](Object* s) { return int_from_ssize(as_pattern(s)->groups); }, nullptr,
     "The number of capturing groups in the pattern."},
    {"groupindex", [](Object* s) { return mappingproxy_new(as_pattern(s)->groupindex); }, nullptr,
     "A dictionary mapping group names to group numbers."},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void pattern_type_init() {
    pattern_type.tp_repr = pattern_repr;
    pattern_type.tp_richcompare = pattern_richcompare;
    pattern_type.tp_hash = pattern_hash;
    pattern_type.tp_methods = PATTERN_METHODS;
    pattern_type.tp_getset = PATTERN_GETSET;
}

}  // namespace glasspy::stdlib::re
