// The _pcre module: compiled patterns run by PCRE2 with its JIT, under
// stdlib/lib/re.py (CPython's counterpart is Modules/_sre/sre.c, the engine
// under Lib/re/).  re.py owns the Python API — Pattern, Match, the cache,
// flags, errors — and calls in here to compile and to match; the loops of
// findall, split and sub with a template run here, so that they make no
// Match objects.
//
// Why PCRE2's 32-bit library: a str stores 1, 2 or 4 bytes per character
// (runtime/str.hpp) and every index Python shows is a character index.
// PCRE2's 32-bit library, used in non-UTF mode, takes one 32-bit code unit
// per character, so its offsets are Python's indices with no conversion,
// lone surrogates are ordinary characters, and one compiled (and JIT-
// compiled) program serves every string: a 4-byte str is matched in place,
// a 1- or 2-byte str (and bytes) is widened once per call into a buffer
// that the Code object keeps for the next call on the same string (a
// finditer or scanner loop calls again and again on one string).
// PCRE2_UCP gives \d \w \b and case-insensitivity their Unicode meaning
// without UTF mode.  The 8- and 16-bit libraries would need a program per
// width, or index conversion from UTF-8/UTF-16 offsets.
//
// Invariants: a Code's PCRE2 groups are the Python pattern's groups
// (parser.hpp); the match data and the widened buffer are used only while
// the GIL is held and no Python code runs, and a native loop takes the
// buffer out of the Code while it works, so that Python code run by the
// collector in between cannot replace it under the loop's feet.
#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
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
#include "stdlib/re/parser.hpp"

namespace glasspy::stdlib {

using namespace rt;
using re::Translation;

namespace {

Object* none() {
    incref(None());
    return None();
}

// ---- the compiled pattern ----------------------------------------------------------------------

// The three programs: search anywhere, match (anchored at pos) and
// fullmatch (anchored at pos and at endpos).  PCRE2's JIT cannot take
// PCRE2_ANCHORED at match time, so each is its own compiled program,
// made the first time it is needed.
enum Program { SEARCH = 0, MATCH = 1, FULLMATCH = 2 };
constexpr int NOTEMPTY_ATSTART = 4;  // mode bit: an empty match at pos does not count

struct CodeObject : Object {
    pcre2_code* programs[3];
    pcre2_match_data* match_data;
    std::u32string pcre;  // the translated pattern, for the programs made later
    std::uint32_t options;
    bool is_bytes;
    int flags;
    int groups;
    std::vector<int> parent;  // enclosing group of each group
    std::vector<std::pair<std::u32string, int>> names;
    Object* groupindex;  // dict name -> number (owned)
    // The last narrow subject and its characters widened to 32 bits.
    Object* subject;
    std::vector<std::uint32_t> wide;
};

CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

void code_dealloc(Object* self) {
    CodeObject* c = as_code(self);
    for (pcre2_code*& p : c->programs)
        if (p) pcre2_code_free(std::exchange(p, nullptr));
    if (c->match_data) pcre2_match_data_free(c->match_data);
    clear(c->groupindex);
    clear(c->subject);
    c->~CodeObject();
    free_object(self);
}

// PCRE2's message for an error code.
std::string pcre2_message(int code) {
    PCRE2_UCHAR buf[256];
    int n = pcre2_get_error_message(code, buf, 256);
    std::string out;
    for (int i = 0; i < n; ++i) out += static_cast<char>(buf[i] < 0x80 ? buf[i] : '?');
    return out;
}

pcre2_code* compile_program(const std::u32string& pattern, std::uint32_t options, int* error, PCRE2_SIZE* offset) {
    pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
    // Python's newline is "\n" only: for ., $ and ^ in MULTILINE mode.
    pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
    auto* units = reinterpret_cast<PCRE2_SPTR>(pattern.data());
    pcre2_code* code = pcre2_compile(units, pattern.size(), options, error, offset, ctx);
    pcre2_compile_context_free(ctx);
    if (code) (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // without the JIT, PCRE2 interprets
    return code;
}

pcre2_code* program(CodeObject* c, int which) {
    if (!c->programs[which]) {
        std::uint32_t extra = which == MATCH ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED;
        int error;
        PCRE2_SIZE offset;
        c->programs[which] = compile_program(c->pcre, c->options | extra, &error, &offset);
        if (!c->programs[which]) set_error(&exc::RuntimeError, "PCRE2: " + pcre2_message(error));
    }
    return c->programs[which];
}

// ---- subjects -------------------------------------------------------------------------------------

// The string being matched, as 32-bit code units.
class Subject {
public:
    Subject(CodeObject* code) : code_(code) {}
    ~Subject() {
        if (owns_) {
            // Back into the Code, for the next call on the same string.
            code_->wide = std::move(buffer_);
            Object* old = code_->subject;
            code_->subject = obj_;
            xdecref(old);
        }
    }
    Subject(const Subject&) = delete;
    Subject& operator=(const Subject&) = delete;

    // False with TypeError when string is not a str/bytes of the pattern's kind.
    bool init(Object* string) {
        obj_ = string;
        if (is_str(string)) {
            if (code_->is_bytes) {
                set_error(&exc::TypeError, "cannot use a bytes pattern on a string-like object");
                return false;
            }
            length_ = str_length(string);
            int kind = str_kind(string);
            if (kind == 4) {
                data_ = static_cast<const std::uint32_t*>(str_data(string));
                return true;
            }
            take_buffer(string);
            if (!cached_) {
                if (kind == 1) widen(static_cast<const std::uint8_t*>(str_data(string)));
                else widen(static_cast<const std::uint16_t*>(str_data(string)));
            }
            return true;
        }
        std::string_view bytes;
        if (bytes_like_view(string, &bytes)) {
            if (!code_->is_bytes) {
                set_error(&exc::TypeError, "cannot use a string pattern on a bytes-like object");
                return false;
            }
            length_ = static_cast<ssize_t>(bytes.size());
            take_buffer(is_bytes(string) ? string : nullptr);
            if (!cached_) widen(reinterpret_cast<const std::uint8_t*>(bytes.data()));
            return true;
        }
        set_error_fmt(&exc::TypeError, "expected string or bytes-like object, got '{}'", type_name(string));
        return false;
    }

    const std::uint32_t* data() const { return data_; }
    ssize_t length() const { return length_; }

    // string[a:b] as a new str (or bytes).
    Object* slice(ssize_t a, ssize_t b) const {
        if (code_->is_bytes) {
            std::string out(static_cast<std::size_t>(b - a), '\0');
            for (ssize_t i = a; i < b; ++i) out[static_cast<std::size_t>(i - a)] = static_cast<char>(data_[i]);
            return bytes_from(out);
        }
        if (a == 0 && b == length_ && type_of(obj_) == &str_type) {
            incref(obj_);
            return obj_;
        }
        std::u32string out(data_ + a, data_ + b);
        return str_from_code_points(out);
    }

private:
    // Takes the Code's buffer for key's characters (`cached_`: it holds
    // them already); the Code has no buffer until the destructor gives it
    // back.  A null key (a bytearray, which may change) uses a buffer of
    // its own.
    void take_buffer(Object* key) {
        if (!key) return;
        owns_ = true;
        cached_ = code_->subject == key;
        buffer_ = std::move(code_->wide);
        code_->wide.clear();
        incref(key);
        Object* old = code_->subject;
        code_->subject = nullptr;
        xdecref(old);
        if (!cached_) buffer_.clear();
        data_ = buffer_.empty() ? &EMPTY : buffer_.data();
    }
    template <typename Unit> void widen(const Unit* p) {
        buffer_.assign(p, p + length_);
        data_ = buffer_.empty() ? &EMPTY : buffer_.data();
    }

    static constexpr std::uint32_t EMPTY = 0;  // PCRE2 wants a subject pointer even for ""

    CodeObject* code_;
    Object* obj_ = nullptr;
    bool owns_ = false, cached_ = false;
    std::vector<std::uint32_t> buffer_;
    const std::uint32_t* data_ = nullptr;
    ssize_t length_ = 0;
};

// ---- matching ----------------------------------------------------------------------------------

// One attempt from pos with the subject cut at endpos.  1: a match (its
// spans in the Code's match data), 0: none, -1: an error (set).
int run(CodeObject* c, const Subject& s, int mode, ssize_t pos, ssize_t endpos) {
    pcre2_code* prog = program(c, mode & 3);
    if (!prog) return -1;
    std::uint32_t options = (mode & NOTEMPTY_ATSTART) ? PCRE2_NOTEMPTY_ATSTART : 0;
    auto subject = reinterpret_cast<PCRE2_SPTR>(s.data());
    int rc = pcre2_match(prog, subject, static_cast<PCRE2_SIZE>(endpos), static_cast<PCRE2_SIZE>(pos), options,
                         c->match_data, nullptr);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        // The JIT's stack (32 KiB) is too small for this one: the interpreter
        // keeps its backtracking state on the heap.
        rc = pcre2_match(prog, subject, static_cast<PCRE2_SIZE>(endpos), static_cast<PCRE2_SIZE>(pos),
                         options | PCRE2_NO_JIT, c->match_data, nullptr);
    }
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    set_error(&exc::RecursionError, "maximum recursion limit exceeded (PCRE2: " + pcre2_message(rc) + ")");
    return -1;
}

const PCRE2_SIZE* ovector(CodeObject* c) { return pcre2_get_ovector_pointer(c->match_data); }

bool is_set(const PCRE2_SIZE* ov, int g) { return ov[2 * g] != PCRE2_UNSET; }

// Match.lastindex: the group that closed last.  Along one match the
// group ending furthest right closed last; of two ending at the same
// place, an enclosing group closes after the one it holds, and otherwise
// the later group closed later (CPython records the last closing mark).
Object* last_index(CodeObject* c, const PCRE2_SIZE* ov) {
    int best = 0;
    for (int g = 1; g <= c->groups; ++g) {
        if (!is_set(ov, g)) continue;
        if (best && ov[2 * g + 1] < ov[2 * best + 1]) continue;
        if (best && ov[2 * g + 1] == ov[2 * best + 1]) {
            bool inside = false;
            for (int p = c->parent[g]; p; p = c->parent[p])
                if (p == best) inside = true;
            if (inside) continue;
        }
        best = g;
    }
    return best ? int_from_ssize(best) : none();
}

bool positions(Object* const* args, ssize_t* pos, ssize_t* endpos, ssize_t length) {
    if (!arg_ssize(args[0], pos) || !arg_ssize(args[1], endpos)) return false;
    if (*pos < 0) *pos = 0;
    if (*pos > length) *pos = length;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > length) *endpos = length;
    return true;
}

// code.match(string, pos, endpos, mode) -> None or (spans, lastindex):
// spans is (start0, end0, start1, end1 ...), -1 for a group that did not
// take part.  mode: SEARCH, MATCH or FULLMATCH, plus NOTEMPTY_ATSTART.
Object* code_match(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("match", kwnames) || !check_positional("match", nargs, 4, 4)) return nullptr;
    CodeObject* c = as_code(self);
    Subject s(c);
    ssize_t pos, endpos, mode;
    if (!s.init(args[0]) || !positions(args + 1, &pos, &endpos, s.length()) || !arg_ssize(args[3], &mode))
        return nullptr;
    if (endpos < pos) return none();
    int rc = run(c, s, static_cast<int>(mode), pos, endpos);
    if (rc <= 0) return rc == 0 ? none() : nullptr;
    const PCRE2_SIZE* ov = ovector(c);
    ssize_t n = 2 * (c->groups + 1);
    Ref<> spans = Ref<>::steal(tuple_new(n));
    if (!spans) return nullptr;
    for (ssize_t i = 0; i < n; ++i) {
        ssize_t v = ov[i] == PCRE2_UNSET ? -1 : static_cast<ssize_t>(ov[i]);
        Object* o = int_from_ssize(v);
        if (!o) return nullptr;
        tuple_items(spans.get())[i] = o;
    }
    Ref<> last = Ref<>::steal(last_index(c, ov));
    return last ? tuple_pack({spans.get(), last.get()}) : nullptr;
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
// empty at the same place (PCRE2_NOTEMPTY_ATSTART), but may start there.
// visit(ov) returns false to stop with an error, and the count limits the
// matches (0: no limit).  -1 on error, else the number of matches.
template <typename Visit>
ssize_t each_match(CodeObject* c, const Subject& s, ssize_t pos, ssize_t endpos, ssize_t count, Visit visit) {
    ssize_t n = 0;
    int mode = SEARCH;
    while (pos <= endpos && (count == 0 || n < count)) {
        int rc = run(c, s, mode, pos, endpos);
        if (rc < 0) return -1;
        if (rc == 0) break;
        const PCRE2_SIZE* ov = ovector(c);
        ++n;
        if (!visit(ov)) return -1;
        ssize_t start = static_cast<ssize_t>(ov[0]), end = static_cast<ssize_t>(ov[1]);
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
    if (!s.init(args[0]) || !positions(args + 1, &pos, &endpos, s.length())) return nullptr;
    Ref<> out = Ref<>::steal(list_new(0));
    Ref<> empty = Ref<>::steal(empty_of(c));
    if (!out || !empty) return nullptr;
    ssize_t n = each_match(c, s, pos, endpos, 0, [&](const PCRE2_SIZE* ov) {
        Ref<> item;
        if (c->groups == 0) {
            item = Ref<>::steal(group_text(s, ov, 0, empty.get()));
        } else if (c->groups == 1) {
            item = Ref<>::steal(group_text(s, ov, 1, empty.get()));
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

// The characters of a str or bytes literal from a template.
bool literal_units(Object* o, std::u32string* out) {
    if (is_str(o)) {
        *out = str_to_u32(o);
        return true;
    }
    std::string_view b;
    if (bytes_like_view(o, &b)) {
        out->assign(b.begin(), b.end());
        for (char32_t& ch : *out) ch &= 0xff;
        return true;
    }
    set_error_fmt(&exc::TypeError, "expected str instance, {} found", type_name(o));
    return false;
}

// code.sub(template, string, count) -> (new string, number of matches).
// template: a str/bytes used as it is, or the list code.template() made
// (literal pieces and group numbers).
Object* code_sub(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sub", kwnames) || !check_positional("sub", nargs, 3, 3)) return nullptr;
    CodeObject* c = as_code(self);
    struct Piece {
        std::u32string literal;
        ssize_t group;
    };
    std::vector<Piece> pieces;
    Object* tmpl = args[0];
    if (is_list(tmpl)) {
        for (ssize_t i = 0; i < list_size(tmpl); ++i) {
            Object* item = list_item(tmpl, i);
            Piece p{{}, -1};
            if (is_int(item) ? !int_as_ssize(item, &p.group) : !literal_units(item, &p.literal)) return nullptr;
            pieces.push_back(std::move(p));
        }
    } else {
        Piece p{{}, -1};
        if (!literal_units(tmpl, &p.literal)) return nullptr;
        pieces.push_back(std::move(p));
    }
    Subject s(c);
    ssize_t count;
    if (!s.init(args[1]) || !arg_ssize(args[2], &count)) return nullptr;
    std::u32string out;
    ssize_t last = 0;
    // A negative count replaces nothing.
    ssize_t n = count < 0 ? 0 : each_match(c, s, 0, s.length(), count, [&](const PCRE2_SIZE* ov) {
        out.append(s.data() + last, s.data() + ov[0]);
        for (const Piece& p : pieces) {
            if (p.group < 0) out += p.literal;
            else if (is_set(ov, static_cast<int>(p.group)))
                out.append(s.data() + ov[2 * p.group], s.data() + ov[2 * p.group + 1]);
        }
        last = static_cast<ssize_t>(ov[1]);
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

// ---- errors -----------------------------------------------------------------------------------

// Raises what CPython raises for a bad pattern or template: error_class
// (re.error) with the message, the pattern and the position, or the
// ValueError / OverflowError / IndexError CPython uses for some.
std::nullptr_t raise_pattern_error(const re::PatternError& e, Object* pattern, Object* error_class) {
    switch (e.kind) {
        case re::ErrorKind::Value: set_error(&exc::ValueError, e.message); return nullptr;
        case re::ErrorKind::Overflow: set_error(&exc::OverflowError, e.message); return nullptr;
        case re::ErrorKind::Index: set_error(&exc::IndexError, e.message); return nullptr;
        case re::ErrorKind::Pattern: break;
    }
    Ref<> msg = Ref<>::steal(str_from_utf8(e.message));
    Ref<> pos = Ref<>::steal(e.pos < 0 ? none() : int_from_ssize(e.pos));
    if (!msg || !pos) return nullptr;
    Object* call_args[] = {msg.get(), e.pos < 0 ? None() : pattern, pos.get()};
    Ref<> exc = Ref<>::steal(call(error_class, call_args, 3));
    if (exc) set_exception(exc.get());
    return nullptr;
}

// The code points of a str or bytes pattern or template.
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

// code.template(repl, error_class): sub()'s template as a list of literal
// pieces (str or bytes, as the pattern) and group numbers.
Object* code_template(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("template", kwnames) || !check_positional("template", nargs, 2, 2)) return nullptr;
    CodeObject* c = as_code(self);
    std::u32string units;
    bool is_text;
    if (!pattern_units(args[0], &units, &is_text)) return nullptr;
    std::vector<re::TemplateItem> items;
    re::PatternError err;
    if (!re::parse_template(units, is_text, c->groups, c->names, &items, &err))
        return raise_pattern_error(err, args[0], args[1]);
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    for (const re::TemplateItem& item : items) {
        Ref<> o;
        if (item.group >= 0) {
            o = Ref<>::steal(int_from_ssize(item.group));
        } else if (c->is_bytes) {
            std::string b;
            for (char32_t ch : item.literal) b += static_cast<char>(ch);
            o = Ref<>::steal(bytes_from(b));
        } else {
            o = Ref<>::steal(str_from_code_points(item.literal));
        }
        if (!o || list_append(out.get(), o.get()) < 0) return nullptr;
    }
    return out.release();
}

// ---- the type ----------------------------------------------------------------------------------

const BuiltinDef CODE_METHODS[] = {
    {"match", code_match, "match(string, pos, endpos, mode) -> None or (spans, lastindex)"},
    {"findall", code_findall, "findall(string, pos, endpos) -> list"},
    {"split", code_split, "split(string, maxsplit) -> list"},
    {"sub", code_sub, "sub(template, string, count) -> (str, n)"},
    {"template", code_template, "template(repl, error_class) -> list of literals and group numbers"},
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

TypeObject make_code_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "_pcre.Code";
    t.tp_basicsize = sizeof(CodeObject);
    t.tp_dealloc = code_dealloc;
    t.tp_methods = CODE_METHODS;
    t.tp_getset = CODE_GETSET;
    return t;
}

TypeObject code_type = make_code_type();

Object* code_new(Translation& tr, bool is_bytes) {
    Object* mem = alloc_object(&code_type);
    if (!mem) return no_memory();
    auto* c = new (mem) CodeObject{};
    c->ob_refcnt = 1;
    c->ob_type = &code_type;
    Ref<> self = Ref<>::steal(c);
    c->pcre = std::move(tr.pcre);
    c->options = PCRE2_ALT_CIRCUMFLEX;  // in MULTILINE mode ^ matches after a final "\n", as in Python
    if (tr.ucp) c->options |= PCRE2_UCP;
    if (tr.flags & re::FLAG_IGNORECASE) c->options |= PCRE2_CASELESS;
    if (tr.flags & re::FLAG_MULTILINE) c->options |= PCRE2_MULTILINE;
    if (tr.flags & re::FLAG_DOTALL) c->options |= PCRE2_DOTALL;
    c->is_bytes = is_bytes;
    c->flags = tr.flags;
    c->groups = tr.groups;
    c->parent = std::move(tr.parent);
    c->names = std::move(tr.names);
    c->groupindex = dict_new();
    if (!c->groupindex) return nullptr;
    for (auto& [name, g] : c->names) {
        Ref<> k = Ref<>::steal(str_from_code_points(name));
        Ref<> v = Ref<>::steal(int_from_ssize(g));
        if (!k || !v || dict_setitem(c->groupindex, k.get(), v.get()) < 0) return nullptr;
    }
    return self.release();
}

// _pcre.compile(pattern, flags, error_class) -> Code
Object* pcre_compile(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("compile", kwnames) || !check_positional("compile", nargs, 3, 3)) return nullptr;
    std::u32string units;
    bool is_text;
    ssize_t flags;
    if (!pattern_units(args[0], &units, &is_text) || !arg_ssize(args[1], &flags)) return nullptr;
    Translation tr;
    re::PatternError err;
    if (!re::translate(units, is_text, static_cast<int>(flags), &tr, &err))
        return raise_pattern_error(err, args[0], args[2]);
    Ref<> code = Ref<>::steal(code_new(tr, !is_text));
    if (!code) return nullptr;
    CodeObject* c = as_code(code.get());
    int error;
    PCRE2_SIZE offset;
    c->programs[SEARCH] = compile_program(c->pcre, c->options, &error, &offset);
    if (!c->programs[SEARCH]) {
        // A pattern Python accepts and PCRE2 refuses (a limit of PCRE2's).
        return raise_pattern_error({re::ErrorKind::Pattern, "PCRE2: " + pcre2_message(error), -1}, args[0], args[2]);
    }
    c->match_data = pcre2_match_data_create_from_pattern(c->programs[SEARCH], nullptr);
    if (!c->match_data) return no_memory();
    return code.release();
}

const BuiltinDef PCRE_FUNCTIONS[] = {
    {"compile", pcre_compile, "compile(pattern, flags, error_class) -> Code\n\n"
                              "Translate a Python pattern to PCRE2's syntax and compile it with the JIT."},
};

Object* make_pcre_module() {
    (void)type_ready(&code_type);
    Ref<> m = Ref<>::steal(module_new("_pcre"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : PCRE_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    Ref<> maxrepeat = Ref<>::steal(int_from_i64(re::MAXREPEAT));
    Ref<> maxgroups = Ref<>::steal(int_from_i64(re::MAXGROUPS));
    if (!maxrepeat || !maxgroups || dict_setitem_str(d, "Code", &code_type) < 0 ||
        dict_setitem_str(d, "MAXREPEAT", maxrepeat.get()) < 0 || dict_setitem_str(d, "MAXGROUPS", maxgroups.get()) < 0)
        return nullptr;
    return m.release();
}

}  // namespace

void register_pcre_module() { register_native_module("_pcre", make_pcre_module); }

}  // namespace glasspy::stdlib
