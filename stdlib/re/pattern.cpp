// re.Pattern's core: making one, subjects, one match attempt, templates
// (see pattern.hpp; its Python methods are in pattern_object.cpp).
#include "stdlib/re/pattern.hpp"

#include <algorithm>

#include "runtime/abstract.hpp"
#include "runtime/alloc.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"

namespace glasspy::stdlib::re {

using namespace rt;

// ---- the Pattern object ------------------------------------------------------------------------

namespace {

void pattern_dealloc(Object* self) {
    PatternObject* c = as_pattern(self);
    for (pcre2_code*& p : c->programs)
        if (p) pcre2_code_free(std::exchange(p, nullptr));
    if (c->match_data) pcre2_match_data_free(c->match_data);
    if (c->match_context) pcre2_match_context_free(c->match_context);
    clear(c->pattern);
    clear(c->groupindex);
    clear(c->error_class);
    clear(c->template_repl);
    c->~PatternObject();
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

pcre2_code* compile_program(const std::u32string& pattern, std::uint32_t options, int* error) {
    pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
    // Python's newline is "\n" only: for ., $ and ^ in MULTILINE mode.
    pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
    // Python allows groups nested as deep as its parser's recursion goes
    // (parser.cpp stops at about 450); PCRE2's default stops at 250.
    pcre2_set_parens_nest_limit(ctx, 1000);
    PCRE2_SIZE offset;
    auto* units = reinterpret_cast<PCRE2_SPTR>(pattern.data());
    pcre2_code* code = pcre2_compile(units, pattern.size(), options, error, &offset, ctx);
    pcre2_compile_context_free(ctx);
    if (code) (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // without the JIT, PCRE2 interprets
    return code;
}

pcre2_code* program(PatternObject* c, int which) {
    if (!c->programs[which]) {
        std::uint32_t extra = which == MATCH ? PCRE2_ANCHORED : PCRE2_ANCHORED | PCRE2_ENDANCHORED;
        int error;
        c->programs[which] = compile_program(c->pcre, c->options | extra, &error);
        if (!c->programs[which]) set_error(&exc::RuntimeError, "PCRE2: " + pcre2_message(error));
    }
    return c->programs[which];
}

TypeObject make_pattern_type() {
    TypeObject t;
    t.ob_refcnt = 1;
    t.tp_name = "re.Pattern";
    t.tp_doc = "Compiled regular expression object.";
    t.tp_basicsize = sizeof(PatternObject);
    t.tp_dealloc = pattern_dealloc;
    return t;
}

}  // namespace

TypeObject pattern_type = make_pattern_type();

Object* pattern_new(Translation& tr, Object* pattern, Object* error_class) {
    Object* mem = alloc_object(&pattern_type);
    if (!mem) return no_memory();
    auto* c = new (mem) PatternObject{};
    c->ob_refcnt = 1;
    c->ob_type = &pattern_type;
    Ref<> self = Ref<>::steal(c);
    c->pcre = std::move(tr.pcre);
    c->options = PCRE2_ALT_CIRCUMFLEX;  // in MULTILINE mode ^ matches after a final "\n", as in Python
    if (tr.ucp) c->options |= PCRE2_UCP;
    if (tr.flags & FLAG_IGNORECASE) c->options |= PCRE2_CASELESS;
    if (tr.flags & FLAG_MULTILINE) c->options |= PCRE2_MULTILINE;
    if (tr.flags & FLAG_DOTALL) c->options |= PCRE2_DOTALL;
    c->is_bytes = !is_str(pattern);
    incref(pattern);
    c->pattern = pattern;
    c->flags = tr.flags;
    c->groups = tr.groups;
    c->parent = std::move(tr.parent);
    c->names = std::move(tr.names);
    incref(error_class);
    c->error_class = error_class;
    c->groupindex = dict_new();
    if (!c->groupindex) return nullptr;
    for (auto& [name, g] : c->names) {
        Ref<> k = Ref<>::steal(str_from_code_points(name));
        Ref<> v = Ref<>::steal(int_from_ssize(g));
        if (!k || !v || dict_setitem(c->groupindex, k.get(), v.get()) < 0) return nullptr;
    }
    int error;
    c->programs[SEARCH] = compile_program(c->pcre, c->options, &error);
    if (!c->programs[SEARCH]) {
        // A pattern Python accepts and PCRE2 refuses (one of PCRE2's limits).
        return raise_pattern_error({ErrorKind::Pattern, "PCRE2: " + pcre2_message(error), -1}, pattern, error_class);
    }
    c->match_data = pcre2_match_data_create_from_pattern(c->programs[SEARCH], nullptr);
    c->match_context = pcre2_match_context_create(nullptr);
    if (!c->match_data || !c->match_context) return no_memory();
    // CPython's engine backtracks for as long as it takes (a badly nested
    // pattern may take minutes, as the tutorials warn); PCRE2 would give up
    // after ten million steps or 20 MB of backtracking state.
    pcre2_set_match_limit(c->match_context, 0xFFFFFFFF);
    pcre2_set_depth_limit(c->match_context, 0xFFFFFFFF);
    pcre2_set_heap_limit(c->match_context, 1024 * 1024);  // KiB: 1 GiB
    return self.release();
}

// ---- subjects ----------------------------------------------------------------------------------

Subject::~Subject() {
    if (!owns_) return;
    // Back into the Pattern, for the next call on the same string.
    pattern_->wide = std::move(buffer_);
    pattern_->wide_of = {obj_, length_, hash_};
}

bool Subject::init(Object* string) {
    obj_ = string;
    if (is_str(string)) {
        if (pattern_->is_bytes) {
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
        if (!pattern_->is_bytes) {
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

// Takes the Pattern's buffer for key's characters (`cached_`: it holds
// them already); the Pattern has none until the destructor gives it back.  A null
// key (a bytearray, which may change) uses a buffer of its own.
void Subject::take_buffer(Object* key) {
    data_ = &EMPTY;
    if (!key) return;
    owns_ = true;
    hash_ = is_str(key) ? str_type.tp_hash(key) : bytes_hash(key);  // computed once, kept in the object
    cached_ = pattern_->wide_of.address == key && pattern_->wide_of.length == length_ && pattern_->wide_of.hash == hash_;
    buffer_ = std::move(pattern_->wide);
    pattern_->wide.clear();
    pattern_->wide_of = {};
    if (!cached_) buffer_.clear();
    if (!buffer_.empty()) data_ = buffer_.data();
}

template <typename Unit> void Subject::widen(const Unit* p) {
    buffer_.assign(p, p + length_);
    data_ = buffer_.empty() ? &EMPTY : buffer_.data();
}

Object* Subject::slice(ssize_t a, ssize_t b) const {
    if (pattern_->is_bytes) {
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

// ---- matching ------------------------------------------------------------------------------------

int run(PatternObject* c, const Subject& s, int mode, ssize_t pos, ssize_t endpos) {
    pcre2_code* prog = program(c, mode & 3);
    if (!prog) return -1;
    std::uint32_t options = (mode & NOTEMPTY_ATSTART) ? PCRE2_NOTEMPTY_ATSTART : 0;
    auto subject = reinterpret_cast<PCRE2_SPTR>(s.data());
    int rc = pcre2_match(prog, subject, static_cast<PCRE2_SIZE>(endpos), static_cast<PCRE2_SIZE>(pos), options,
                         c->match_data, c->match_context);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        // The JIT's stack (32 KiB) is too small for this one: the interpreter
        // keeps its backtracking state on the heap.
        rc = pcre2_match(prog, subject, static_cast<PCRE2_SIZE>(endpos), static_cast<PCRE2_SIZE>(pos),
                         options | PCRE2_NO_JIT, c->match_data, c->match_context);
    }
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    set_error(&exc::RecursionError, "maximum recursion limit exceeded (PCRE2: " + pcre2_message(rc) + ")");
    return -1;
}

// Along one match the group ending furthest right closed last; of two
// ending at the same place, an enclosing group closes after the one it
// holds, and otherwise the later group closed later.  (CPython records
// the last closing mark as it goes; a group set inside a lookahead can
// close before one that ends further left, which this does not see.)
int last_index(const PatternObject* c, const PCRE2_SIZE* ov) {
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
    return best;
}

void clamp_positions(ssize_t* pos, ssize_t* endpos, ssize_t length) {
    *pos = std::clamp<ssize_t>(*pos, 0, length);
    *endpos = std::clamp<ssize_t>(*endpos, 0, length);
}

// ---- errors and templates ------------------------------------------------------------------------

std::nullptr_t raise_pattern_error(const PatternError& e, Object* pattern, Object* error_class) {
    switch (e.kind) {
        case ErrorKind::Value: set_error(&exc::ValueError, e.message); return nullptr;
        case ErrorKind::Overflow: set_error(&exc::OverflowError, e.message); return nullptr;
        case ErrorKind::Index: set_error(&exc::IndexError, e.message); return nullptr;
        case ErrorKind::Recursion: set_error(&exc::RecursionError, e.message); return nullptr;
        case ErrorKind::Pattern: break;
    }
    Ref<> msg = Ref<>::steal(str_from_utf8(e.message));
    Ref<> pos = Ref<>::steal(e.pos < 0 ? (incref(None()), None()) : int_from_ssize(e.pos));
    if (!msg || !pos) return nullptr;
    Object* args[] = {msg.get(), e.pos < 0 ? None() : pattern, pos.get()};
    Ref<> exc = Ref<>::steal(call(error_class, args, 3));
    if (exc) set_exception(exc.get());
    return nullptr;
}

bool template_parse(PatternObject* c, Object* repl, Template* out) {
    std::u32string units;
    bool is_text = is_str(repl);
    if (is_text) {
        units = str_to_u32(repl);
    } else {
        std::string_view b;
        if (!bytes_like_view(repl, &b)) {
            set_error_fmt(&exc::TypeError, "expected str instance, {} found", type_name(repl));
            return false;
        }
        units.assign(b.begin(), b.end());
        for (char32_t& ch : units) ch &= 0xff;
    }
    std::vector<TemplateItem> items;
    PatternError err;
    if (!parse_template(units, is_text, c->groups, c->names, &items, &err)) {
        raise_pattern_error(err, repl, c->error_class);
        return false;
    }
    out->literals.clear();
    out->groups.clear();
    for (TemplateItem& item : items) {
        out->literals.push_back(std::move(item.literal));
        out->groups.push_back(item.group);
    }
    return true;
}

void template_expand(const Template& t, const Subject& s, const PCRE2_SIZE* ov, std::u32string& out) {
    for (std::size_t i = 0; i < t.groups.size(); ++i) {
        ssize_t g = t.groups[i];
        if (g < 0) out += t.literals[i];
        else if (is_set(ov, static_cast<int>(g))) out.append(s.data() + ov[2 * g], s.data() + ov[2 * g + 1]);
    }
}

}  // namespace glasspy::stdlib::re
