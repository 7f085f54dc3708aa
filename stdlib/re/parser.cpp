// Python's pattern syntax read as CPython 3.11's re/_parser.py reads it —
// same checks, same messages, same positions — and written out in PCRE2's
// syntax (see parser.hpp).
//
// The two dialects differ, and each difference is bridged here:
//
//   Python                         PCRE2 as written here
//   \Z  end of string              \z  (PCRE2's \Z also matches before a final newline)
//   \v  vertical tab               \x{b}  (PCRE2's \v is any vertical space)
//   \b  in a set: backspace        \x{8}
//   \s  str.isspace(): also        [\x{9}-\x{d}\x{1c}-\x{20}\x{85}\p{Z}]  (PCRE2's \s
//       \x1c-\x1f, not U+180E      misses \x1c-\x1f and has U+180E)
//   \d \w \b  Unicode for str,     PCRE2_UCP unless re.ASCII (or a bytes pattern); under a
//       ASCII with re.A / bytes    scoped (?a:...) or (?u:...) the sets are spelt out
//   \B  never matches in an        (?!\A\z)\B
//       empty string (3.11)
//   x{,n}  means x{0,n}            x{0,n}  (PCRE2 10.42 reads "{,n}" as text)
//   x{m}{n}  "multiple repeat"     refused here (PCRE2 would nest the repeats)
//   [[:alpha:]]  a set holding     every set member is written \x{..}, so PCRE2 sees
//       '[', ':', 'a'...           no POSIX class and no nested-set syntax
//   \u1234 \U0001f600 \N{NAME}     \x{...}  (PCRE2 has none of these)
//   \1..\99, (?P=name)             \g{n}: references by number, never by name, and
//   (?P<name>...)                  a plain ( ... ): the names stay in the adapter, so
//                                  any identifier works (PCRE2 names are ASCII, 32 long)
//   (?(name)...)                   (?(n)...)
//   re.VERBOSE / (?x)              whitespace and comments dropped here, with Python's
//                                  rules (PCRE2_EXTENDED's differ inside quantifiers)
//   (?i) (?m) (?s) at the start    compile options; scoped (?i-s:...) kept as such
//   (?<=...) of varying width      refused, "look-behind requires fixed-width pattern"
//                                  (PCRE2 allows branches of different fixed widths)
//   \h \K \Q \R \X \p ...          "bad escape \h": every ASCII letter escape Python
//                                  does not know is an error, as in Python
//
// Literal characters are written as themselves when ASCII letters or digits
// and as \x{hex} otherwise, so nothing in the output can be read by PCRE2
// as syntax it was not meant to be.
//
//   i I ı İ under re.I         one set [iI\x{130}\x{131}]: CPython compares lower
//                               cases and adds 'ı' to 'i', PCRE2 folds cases, which
//                               keeps the Turkish pair apart
//
// Known differences left: Match.lastindex is the group closing last as the spans tell it, which
// misses a group closed inside a lookahead before one ending further left;
// a repeat count above 65535 (PCRE2's limit) is an error; the FutureWarning
// and DeprecationWarning CPython's parser gives are not given (no warnings
// module yet), and re.DEBUG prints nothing.
//
// Left as they are (PCRE2 and Python agree): . ^ $ \A, (?:...), (?>...)
// atomic groups and possessive repeats (new in 3.11), lookarounds,
// (?(1)yes|no), lazy repeats, alternation, \n \t and the other escapes.
#include "stdlib/re/parser.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "runtime/str.hpp"
#include "stdlib/re/pcre_syntax.hpp"
#include "stdlib/re/tokenizer.hpp"

namespace glasspy::stdlib::re {

namespace {

using Token = Tokenizer::Token;
using std::int64_t;

// ---- widths (CPython: SubPattern.getwidth) --------------------------------------------------
// The least and most characters a piece can match: look-behinds must have
// one fixed width, as CPython's compiler demands.

struct Width {
    int64_t lo = 0, hi = 0;
};

int64_t sat_add(int64_t a, int64_t b) { return std::min(a + b, MAXREPEAT); }
int64_t sat_mul(int64_t a, int64_t b) {
    if (a == 0 || b == 0) return 0;
    if (a > MAXREPEAT / b) return MAXREPEAT;
    return std::min(a * b, MAXREPEAT);
}
Width cap(Width w) { return {std::min(w.lo, MAXREPEAT - 1), std::min(w.hi, MAXREPEAT)}; }

// ---- items ---------------------------------------------------------------------------------------

// What an item of a sequence is, for the repeat checks: a repeat may not
// follow nothing or an anchor ("nothing to repeat") nor another repeat
// ("multiple repeat").
enum class Kind { Unit, At, Repeat, Group, Assert, GroupRef };

struct Item {
    std::u32string text;
    Kind kind;
    Width width;
};

}  // namespace

// ---- the parser (CPython: re/_parser.py _parse_sub, _parse, _escape ...) -----------------

class PatternParser {
public:
    PatternParser(std::u32string_view pattern, bool is_text, int flags) : src_(pattern, is_text), flags_(flags) {}

    void run(Translation* out) {
        std::u32string body = parse_sub(flags_ & FLAG_VERBOSE, 0).text;
        fix_flags();
        if (!src_.next().end) src_.fail("unbalanced parenthesis");
        for (auto [group, pos] : groupref_pos_)
            if (group >= groups_) src_.fail_at("invalid group reference " + std::to_string(group), pos);
        if (lookbehind_variable_)
            throw PatternError{ErrorKind::Pattern, "look-behind requires fixed-width pattern", -1};
        out->pcre = std::move(body);
        out->ucp = ucp();
        out->flags = flags_;
        out->groups = groups_ - 1;
        out->names = std::move(names_);
        out->parent = std::move(parent_);
    }

private:
    // ---- flags and modes ----
    bool ucp() const { return src_.is_text() && !(flags_ & (FLAG_ASCII | FLAG_LOCALE)); }
    // Whether \d \w \s \b are ASCII-only where the parser stands: the
    // pattern's mode unless a scoped (?a:...) or (?u:...) says otherwise.
    bool ascii_here() const { return scope_ ? *scope_ : !ucp(); }
    // Whether letters match either case where the parser stands, with
    // Unicode's rules: re.I or (?i), unless a scoped (?-i:...) says not.
    bool unicode_caseless_here() const {
        bool caseless = caseless_scope_ ? *caseless_scope_ : (flags_ & FLAG_IGNORECASE) != 0;
        return caseless && !ascii_here();
    }

    // CPython: fix_flags, once the inline global flags are known.
    void fix_flags() {
        if (src_.is_text()) {
            if (flags_ & FLAG_LOCALE) throw PatternError{ErrorKind::Value, "cannot use LOCALE flag with a str pattern"};
            if (!(flags_ & FLAG_ASCII)) flags_ |= FLAG_UNICODE;
            else if (flags_ & FLAG_UNICODE)
                throw PatternError{ErrorKind::Value, "ASCII and UNICODE flags are incompatible"};
        } else {
            if (flags_ & FLAG_UNICODE)
                throw PatternError{ErrorKind::Value, "cannot use UNICODE flag with a bytes pattern"};
            if ((flags_ & FLAG_LOCALE) && (flags_ & FLAG_ASCII))
                throw PatternError{ErrorKind::Value, "ASCII and LOCALE flags are incompatible"};
        }
    }

    // ---- groups (CPython: State.opengroup, closegroup, checkgroup ...) ----
    int open_group(const std::u32string* name, ssize_t name_len) {
        int gid = groups_++;
        if (gid > MAXGROUPS) src_.fail("too many groups");
        if (name) {
            for (auto& [n, g] : names_)
                if (n == *name)
                    src_.fail("redefinition of group name " + rt::repr_str(*name) + " as group " + std::to_string(gid) +
                                  "; was group " + std::to_string(g),
                              name_len + 1);
            names_.emplace_back(*name, gid);
        }
        group_widths_.emplace_back();
        closed_.push_back(false);
        parent_.push_back(open_group_);
        open_group_ = gid;
        return gid;
    }
    void close_group(int gid, Width w) {
        group_widths_[gid] = cap(w);
        closed_[gid] = true;
        open_group_ = parent_[gid];
    }
    bool check_group(int64_t gid) const { return gid < groups_ && closed_[gid]; }
    void check_lookbehind_group(int64_t gid) {
        if (lookbehind_groups_ < 0) return;
        if (!check_group(gid)) src_.fail("cannot refer to an open group");
        if (gid >= lookbehind_groups_) src_.fail("cannot refer to group defined in the same lookbehind subpattern");
    }
    Item group_ref(int64_t gid) {
        std::u32string t;
        put_ascii(t, "\\g{");
        put_number(t, gid);
        t += '}';
        return {t, Kind::GroupRef, group_widths_[gid]};
    }

    // ---- alternation: a|b|c (CPython: _parse_sub) ----
    struct Sub {
        std::u32string text;
        Width width;
    };

    Sub parse_sub(bool verbose, int nested) {
        // CPython's parser recurses in Python: about 450 nested groups reach
        // its recursion limit.  The same limit keeps this one off the end of
        // the C++ stack.
        if (nested > 900) throw PatternError{ErrorKind::Recursion, "maximum recursion depth exceeded"};
        Sub out;
        bool first = true;
        for (;;) {
            std::vector<Item> items = parse(verbose, nested + 1, nested == 0 && first);
            Width w;
            std::u32string text;
            for (Item& it : items) {
                text += it.text;
                w = {sat_add(w.lo, it.width.lo), sat_add(w.hi, it.width.hi)};
            }
            w = cap(w);
            if (first) {
                out.width = w;
            } else {
                out.text += '|';
                out.width = {std::min(out.width.lo, w.lo), std::max(out.width.hi, w.hi)};
            }
            out.text += text;
            first = false;
            if (!src_.match('|')) break;
            if (nested == 0) verbose = flags_ & FLAG_VERBOSE;
        }
        return out;
    }

    // ---- a sequence (CPython: _parse) ----
    std::vector<Item> parse(bool verbose, int nested, bool first) {
        std::vector<Item> items;
        for (;;) {
            const Token& peek = src_.next();
            if (peek.end || peek.is('|') || peek.is(')')) break;
            Token t = src_.get();
            if (verbose && !t.escape) {
                if (t.ch == ' ' || t.ch == '\t' || t.ch == '\n' || t.ch == '\r' || t.ch == '\v' || t.ch == '\f')
                    continue;
                if (t.ch == '#') {
                    for (;;) {
                        Token c = src_.get();
                        if (c.end || c.is('\n')) break;
                    }
                    continue;
                }
            }
            if (t.escape) {
                items.push_back(escape(t));
            } else if (t.ch == '[') {
                items.push_back(parse_set(src_.tell() - 1));
            } else if (t.ch == '*' || t.ch == '+' || t.ch == '?' || t.ch == '{') {
                repeat(items, t);
            } else if (t.ch == '.') {
                items.push_back({U".", Kind::Unit, {1, 1}});
            } else if (t.ch == '(') {
                parse_group(items, verbose, nested, first);
            } else if (t.ch == '^') {
                items.push_back({U"^", Kind::At, {}});
            } else if (t.ch == '$') {
                items.push_back({U"$", Kind::At, {}});
            } else {
                items.push_back(literal(t.ch));
            }
        }
        return items;
    }

    Item literal(char32_t c) {
        Item it{{}, Kind::Unit, {1, 1}};
        if (unicode_caseless_here() && is_turkish_i(c)) put_ascii(it.text, TURKISH_I_SET);
        else put_literal(it.text, c);
        return it;
    }

    // ---- repeats: * + ? {m,n}, lazy (?) and possessive (+) ----
    void repeat(std::vector<Item>& items, Token t) {
        ssize_t here = src_.tell();
        int64_t min = 0, max = MAXREPEAT;
        if (t.ch == '?') {
            max = 1;
        } else if (t.ch == '+') {
            min = 1;
        } else if (t.ch == '{') {
            if (src_.next().is('}')) {
                items.push_back(literal('{'));
                return;
            }
            auto digits = [](char32_t c) { return is_digit(c); };
            std::u32string lo = src_.get_while(1 << 30, digits), hi;
            if (src_.match(',')) hi = src_.get_while(1 << 30, digits);
            else hi = lo;
            if (!src_.match('}')) {
                items.push_back(literal('{'));
                src_.seek(here);
                return;
            }
            if (!lo.empty()) min = repeat_number(lo);
            if (!hi.empty()) {
                max = repeat_number(hi);
                if (max < min) src_.fail("min repeat greater than max repeat", src_.tell() - here);
            }
        }
        ssize_t offset = src_.tell() - here + 1;
        if (items.empty() || items.back().kind == Kind::At) src_.fail("nothing to repeat", offset);
        if (items.back().kind == Kind::Repeat) src_.fail("multiple repeat", offset);
        Item& item = items.back();
        if (max != MAXREPEAT && max > 65535) {
            // PCRE2's limit (Python's is MAXREPEAT).
            src_.fail("glasspy: a repeat count above 65535 is not supported", offset);
        }
        if (min > 65535) src_.fail("glasspy: a repeat count above 65535 is not supported", offset);
        if (item.kind == Kind::Assert) item.text = U"(?:" + item.text + U")";
        if (min == 0 && max == 1) item.text += '?';
        else if (min == 0 && max == MAXREPEAT) item.text += '*';
        else if (min == 1 && max == MAXREPEAT) item.text += '+';
        else {
            item.text += '{';
            put_number(item.text, min);
            if (max != min) {
                item.text += ',';
                if (max != MAXREPEAT) put_number(item.text, max);
            }
            item.text += '}';
        }
        if (src_.match('?')) item.text += '?';
        else if (src_.match('+')) item.text += '+';
        item.kind = Kind::Repeat;
        item.width = {sat_mul(item.width.lo, min), sat_mul(item.width.hi, max)};
    }

    static int64_t repeat_number(const std::u32string& digits) {
        int64_t n = 0;
        for (char32_t d : digits) {
            n = n * 10 + (d - '0');
            if (n >= MAXREPEAT) throw PatternError{ErrorKind::Overflow, "the repetition number is too large"};
        }
        return n;
    }

    // ---- escapes ----
    // \x \u \U \N{...}: the character, with CPython's messages; nullopt if
    // the escape is none of these.  `esc` is the escape's text so far.
    std::optional<char32_t> code_escape(Token t, std::u32string& esc) {
        char32_t c = t.ch;
        auto hex = [](char32_t h) { return is_hexdigit(h); };
        auto value = [](std::u32string_view digits) {
            char32_t v = 0;
            for (char32_t d : digits) v = v * 16 + (is_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
            return v;
        };
        int need = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (need && (c == 'x' || src_.is_text())) {
            esc += src_.get_while(need, hex);
            if (static_cast<int>(esc.size()) != need + 2)
                src_.fail("incomplete escape " + utf8(esc), static_cast<ssize_t>(esc.size()));
            char32_t v = value(std::u32string_view(esc).substr(2));
            if (v > 0x10FFFF) src_.fail("bad escape " + utf8(esc), static_cast<ssize_t>(esc.size()));
            return v;
        }
        if (c == 'N' && src_.is_text()) {
            if (!src_.match('{')) src_.fail("missing {");
            std::u32string name = src_.get_until('}', "character name");
            std::optional<char32_t> found = rt::unicode::lookup_name(utf8(name));
            if (!found) src_.fail("undefined character name " + rt::repr_str(name), static_cast<ssize_t>(name.size()) + 4);
            return *found;
        }
        return std::nullopt;
    }

    // CPython: _escape, an escape outside a set.
    Item escape(Token t) {
        char32_t c = t.ch;
        bool ucp_mode = ucp();
        switch (c) {
            case 'A': return {U"\\A", Kind::At, {}};
            case 'Z': return {U"\\z", Kind::At, {}};
            case 'b': return {boundary(false, ascii_here(), ucp_mode), Kind::At, {}};
            case 'B': return {boundary(true, ascii_here(), ucp_mode), Kind::At, {}};
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': {
                Category cat = category(c, ascii_here(), ucp_mode);
                Item it{{}, Kind::Unit, {1, 1}};
                if (!cat.negated && cat.members.size() == 2) put_ascii(it.text, cat.members);
                else put_ascii(it.text, (cat.negated ? "[^" : "[") + cat.members + "]");
                return it;
            }
            case 'a': return literal('\a');
            case 'f': return literal('\f');
            case 'n': return literal('\n');
            case 'r': return literal('\r');
            case 't': return literal('\t');
            case 'v': return literal('\v');
            case '\\': return literal('\\');
            default: break;
        }
        std::u32string esc = t.text();
        if (std::optional<char32_t> code = code_escape(t, esc)) return literal(*code);
        if (c == '0') {
            esc += src_.get_while(2, is_octdigit);
            return literal(octal(esc));
        }
        if (is_digit(c)) {
            // An octal escape or a group reference.
            if (!src_.next().end && !src_.next().escape && is_digit(src_.next().ch)) {
                esc += src_.get().ch;
                if (is_octdigit(esc[1]) && is_octdigit(esc[2]) && !src_.next().end && !src_.next().escape &&
                    is_octdigit(src_.next().ch)) {
                    esc += src_.get().ch;
                    return literal(checked_octal(esc));
                }
            }
            int64_t group = 0;
            for (char32_t d : std::u32string_view(esc).substr(1)) group = group * 10 + (d - '0');
            if (group < groups_) {
                if (!check_group(group)) src_.fail("cannot refer to an open group", static_cast<ssize_t>(esc.size()));
                check_lookbehind_group(group);
                return group_ref(group);
            }
            src_.fail("invalid group reference " + std::to_string(group), static_cast<ssize_t>(esc.size()) - 1);
        }
        if (is_ascii_letter(c)) src_.fail("bad escape " + utf8(esc), static_cast<ssize_t>(esc.size()));
        return literal(c);
    }

    static char32_t octal(std::u32string_view esc) {
        char32_t v = 0;
        for (char32_t d : esc.substr(1)) v = v * 8 + (d - '0');
        return v;
    }
    char32_t checked_octal(const std::u32string& esc) {
        char32_t v = octal(esc);
        if (v > 0377)
            src_.fail("octal escape value " + utf8(esc) + " outside of range 0-0o377", static_cast<ssize_t>(esc.size()));
        return v;
    }

    // CPython: _class_escape, an escape inside a set.
    SetMember class_escape(Token t) {
        char32_t c = t.ch;
        switch (c) {
            case 'a': return {SetMember::Literal, '\a'};
            case 'b': return {SetMember::Literal, '\b'};
            case 'f': return {SetMember::Literal, '\f'};
            case 'n': return {SetMember::Literal, '\n'};
            case 'r': return {SetMember::Literal, '\r'};
            case 't': return {SetMember::Literal, '\t'};
            case 'v': return {SetMember::Literal, '\v'};
            case '\\': return {SetMember::Literal, '\\'};
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': return {SetMember::Cat, c};
            default: break;
        }
        std::u32string esc = t.text();
        if (std::optional<char32_t> code = code_escape(t, esc)) return {SetMember::Literal, *code};
        if (is_octdigit(c)) {
            esc += src_.get_while(2, is_octdigit);
            return {SetMember::Literal, checked_octal(esc)};
        }
        if (is_digit(c) || is_ascii_letter(c)) src_.fail("bad escape " + utf8(esc), static_cast<ssize_t>(esc.size()));
        return {SetMember::Literal, c};
    }

    // ---- sets: [...] ----
    Item parse_set(ssize_t here) {
        bool negate = src_.match('^');
        std::vector<SetMember> members;
        for (;;) {
            Token t = src_.get();
            if (t.end) src_.fail("unterminated character set", src_.tell() - here);
            if (t.is(']') && !members.empty()) break;
            SetMember m1 = t.escape ? class_escape(t) : SetMember{SetMember::Literal, t.ch};
            if (!src_.match('-')) {
                members.push_back(m1);
                continue;
            }
            Token u = src_.get();
            if (u.end) src_.fail("unterminated character set", src_.tell() - here);
            if (u.is(']')) {
                members.push_back(m1);
                members.push_back({SetMember::Literal, '-'});
                break;
            }
            SetMember m2 = u.escape ? class_escape(u) : SetMember{SetMember::Literal, u.ch};
            if (m1.type != SetMember::Literal || m2.type != SetMember::Literal || m2.lo < m1.lo)
                src_.fail("bad character range " + utf8(t.text()) + "-" + utf8(u.text()),
                          t.size() + 1 + u.size());
            members.push_back({SetMember::Range, m1.lo, m2.lo});
        }
        return {write_set(members, negate, ascii_here(), ucp(), unicode_caseless_here()), Kind::Unit, {1, 1}};
    }

    // ---- groups and extensions: ( ... ), (?...) ----
    void parse_group(std::vector<Item>& items, bool& verbose, int nested, bool first) {
        ssize_t start = src_.tell() - 1;
        bool capture = true;
        std::u32string name;
        bool named = false;
        std::u32string opener = U"(";
        int add = 0, del = 0;
        if (src_.match('?')) {
            Token t = src_.get();
            if (t.end) src_.fail("unexpected end of pattern");
            char32_t c = t.escape ? 0 : t.ch;
            if (c == 'P') {
                if (!parse_python_extension(items, &name)) return;
                named = true;
            } else if (c == ':') {
                capture = false;
                opener = U"(?:";
            } else if (c == '#') {
                for (;;) {
                    if (src_.next().end) src_.fail("missing ), unterminated comment", src_.tell() - start);
                    if (src_.get().is(')')) return;
                }
            } else if (c == '=' || c == '!' || c == '<') {
                parse_lookaround(items, t, verbose, nested, start);
                return;
            } else if (c == '(') {
                parse_conditional(items, verbose, nested, start);
                return;
            } else if (c == '>') {
                capture = false;
                opener = U"(?>";
            } else if (c == '-' || flag_bit(c)) {
                if (!parse_flags(c, &add, &del)) {
                    // Global flags: (?i) and the like, only at the start.
                    if (!first || !items.empty())
                        src_.fail("global flags not at the start of the expression", src_.tell() - start);
                    verbose = flags_ & FLAG_VERBOSE;
                    return;
                }
                capture = false;
                opener = scoped_opener(add, del);
            } else {
                src_.fail("unknown extension ?" + utf8(t.text()), t.size() + 1);
            }
        }
        int gid = capture ? open_group(named ? &name : nullptr, static_cast<ssize_t>(name.size())) : 0;
        bool sub_verbose = (verbose || (add & FLAG_VERBOSE)) && !(del & FLAG_VERBOSE);
        std::optional<bool> saved_scope = scope_, saved_caseless = caseless_scope_;
        if (add & FLAG_ASCII) scope_ = true;
        if (add & (FLAG_UNICODE | FLAG_LOCALE)) scope_ = (add & FLAG_LOCALE) != 0;
        if (add & FLAG_IGNORECASE) caseless_scope_ = true;
        if (del & FLAG_IGNORECASE) caseless_scope_ = false;
        Sub sub = parse_sub(sub_verbose, nested + 1);
        scope_ = saved_scope;
        caseless_scope_ = saved_caseless;
        if (!src_.match(')')) src_.fail("missing ), unterminated subpattern", src_.tell() - start);
        if (capture) close_group(gid, sub.width);
        items.push_back({opener + sub.text + U")", Kind::Group, sub.width});
    }

    // After "(?P": "<name>" starts a named group (true, *name set); "=name)"
    // is a reference to one (false, the reference added to items).
    bool parse_python_extension(std::vector<Item>& items, std::u32string* name) {
        if (src_.match('<')) {
            *name = src_.get_until('>', "group name");
            src_.check_group_name(*name, 1);
            return true;
        }
        if (!src_.match('=')) {
            Token u = src_.get();
            if (u.end) src_.fail("unexpected end of pattern");
            src_.fail("unknown extension ?P" + utf8(u.text()), u.size() + 2);
        }
        std::u32string ref = src_.get_until(')', "group name");
        ssize_t offset = static_cast<ssize_t>(ref.size()) + 1;
        src_.check_group_name(ref, 1);
        int gid = -1;
        for (auto& [n, g] : names_)
            if (n == ref) gid = g;
        if (gid < 0) src_.fail("unknown group name " + rt::repr_str(ref), offset);
        if (!check_group(gid)) src_.fail("cannot refer to an open group", offset);
        check_lookbehind_group(gid);
        items.push_back(group_ref(gid));
        return false;
    }

    static int flag_bit(char32_t c) {
        switch (c) {
            case 'i': return FLAG_IGNORECASE;
            case 'L': return FLAG_LOCALE;
            case 'm': return FLAG_MULTILINE;
            case 's': return FLAG_DOTALL;
            case 'x': return FLAG_VERBOSE;
            case 'a': return FLAG_ASCII;
            case 't': return FLAG_TEMPLATE;
            case 'u': return FLAG_UNICODE;
            default: return 0;
        }
    }

    // (?i-s: ...) keeps the flags PCRE2 knows (i m s); x, a, u and L are
    // applied by this parser.
    static std::u32string scoped_opener(int add, int del) {
        std::u32string out = U"(?";
        auto letters = [&](int bits) {
            if (bits & FLAG_IGNORECASE) out += 'i';
            if (bits & FLAG_MULTILINE) out += 'm';
            if (bits & FLAG_DOTALL) out += 's';
        };
        letters(add);
        if (del & (FLAG_IGNORECASE | FLAG_MULTILINE | FLAG_DOTALL)) {
            out += '-';
            letters(del);
        }
        return out + U":";
    }

    // CPython: _parse_flags.  False for global flags (then added to flags_),
    // true for scoped ones in *add and *del.
    bool parse_flags(char32_t c, int* add, int* del) {
        Token t;
        const int type_flags = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
        const int global_flags = FLAG_DEBUG | FLAG_TEMPLATE;
        if (c != '-') {
            for (;;) {
                int flag = flag_bit(c);
                if (src_.is_text() && c == 'L') src_.fail("bad inline flags: cannot use 'L' flag with a str pattern");
                if (!src_.is_text() && c == 'u') src_.fail("bad inline flags: cannot use 'u' flag with a bytes pattern");
                *add |= flag;
                if ((flag & type_flags) && (*add & type_flags) != flag)
                    src_.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                t = src_.get();
                if (t.end) src_.fail("missing -, : or )");
                if (t.is(')') || t.is('-') || t.is(':')) break;
                if (t.escape || !flag_bit(t.ch))
                    src_.fail(!t.escape && is_alpha(t.ch) ? "unknown flag" : "missing -, : or )", t.size());
                c = t.ch;
            }
            c = t.ch;
        }
        if (c == ')') {
            flags_ |= *add;
            return false;
        }
        if (*add & global_flags) src_.fail("bad inline flags: cannot turn on global flag", 1);
        if (c == '-') {
            t = src_.get();
            if (t.end) src_.fail("missing flag");
            if (t.escape || !flag_bit(t.ch))
                src_.fail(!t.escape && is_alpha(t.ch) ? "unknown flag" : "missing flag", t.size());
            for (;;) {
                int flag = flag_bit(t.ch);
                if (flag & type_flags) src_.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                *del |= flag;
                t = src_.get();
                if (t.end) src_.fail("missing :");
                if (t.is(':')) break;
                if (t.escape || !flag_bit(t.ch))
                    src_.fail(!t.escape && is_alpha(t.ch) ? "unknown flag" : "missing :", t.size());
            }
        }
        if (*del & global_flags) src_.fail("bad inline flags: cannot turn off global flag", 1);
        if (*add & *del) src_.fail("bad inline flags: flag turned on and off", 1);
        return true;
    }

    static bool is_alpha(char32_t c) { return is_ascii_letter(c) || (c > 0x7f && rt::unicode_class::is_alpha(c)); }

    // (?=...) (?!...) (?<=...) (?<!...)
    void parse_lookaround(std::vector<Item>& items, Token t, bool verbose, int nested, ssize_t start) {
        char32_t c = t.ch;
        bool behind = false;
        int64_t saved = lookbehind_groups_;
        if (c == '<') {
            Token u = src_.get();
            if (u.end) src_.fail("unexpected end of pattern");
            if (!(u.is('=') || u.is('!'))) src_.fail("unknown extension ?<" + utf8(u.text()), u.size() + 2);
            c = u.ch;
            behind = true;
            if (lookbehind_groups_ < 0) lookbehind_groups_ = groups_;
        }
        Sub sub = parse_sub(verbose, nested + 1);
        if (behind) lookbehind_groups_ = saved;
        if (!src_.match(')')) src_.fail("missing ), unterminated subpattern", src_.tell() - start);
        if (behind && sub.width.lo != sub.width.hi) lookbehind_variable_ = true;
        std::u32string opener = behind ? (c == '=' ? U"(?<=" : U"(?<!") : (c == '=' ? U"(?=" : U"(?!");
        items.push_back({opener + sub.text + U")", Kind::Assert, {}});
    }

    // (?(1)yes|no), (?(name)yes|no)
    void parse_conditional(std::vector<Item>& items, bool verbose, int nested, ssize_t start) {
        std::u32string cond = src_.get_until(')', "group name");
        ssize_t len = static_cast<ssize_t>(cond.size());
        int64_t gid = -1;
        if (is_identifier(cond)) {
            for (auto& [n, g] : names_)
                if (n == cond) gid = g;
            if (gid < 0) src_.fail("unknown group name " + rt::repr_str(cond), len + 1);
        } else {
            bool digits = !cond.empty() && std::all_of(cond.begin(), cond.end(), is_digit);
            if (!digits) src_.fail("bad character in group name " + rt::repr_str(cond), len + 1);
            gid = 0;
            for (char32_t d : cond) gid = std::min<int64_t>(gid * 10 + (d - '0'), MAXGROUPS);
            if (gid == 0) src_.fail("bad group number", len + 1);
            if (gid >= MAXGROUPS) src_.fail("invalid group reference " + utf8(cond), len + 1);
            groupref_pos_.emplace(gid, src_.tell() - len - 1);
        }
        check_lookbehind_group(gid);
        Width yes_w, no_w;
        std::u32string yes = sequence(parse(verbose, nested + 1, false), &yes_w), no;
        bool has_no = src_.match('|');
        if (has_no) {
            no = sequence(parse(verbose, nested + 1, false), &no_w);
            if (src_.next().is('|')) src_.fail("conditional backref with more than two branches");
        }
        if (!src_.match(')')) src_.fail("missing ), unterminated subpattern", src_.tell() - start);
        std::u32string text = U"(?(";
        put_number(text, gid);
        text += U")" + yes + (has_no ? U"|" + no : U"") + U")";
        Width w = has_no ? Width{std::min(yes_w.lo, no_w.lo), std::max(yes_w.hi, no_w.hi)} : Width{0, yes_w.hi};
        items.push_back({text, Kind::Group, w});
    }

    static std::u32string sequence(const std::vector<Item>& items, Width* w) {
        std::u32string text;
        *w = {};
        for (const Item& it : items) {
            text += it.text;
            *w = {sat_add(w->lo, it.width.lo), sat_add(w->hi, it.width.hi)};
        }
        *w = cap(*w);
        return text;
    }

    Tokenizer src_;
    int flags_;
    int64_t groups_ = 1;  // CPython's State.groups: the next group's number
    std::vector<Width> group_widths_{Width{}};
    std::vector<bool> closed_{true};
    std::vector<int> parent_{0};
    int open_group_ = 0;
    std::vector<std::pair<std::u32string, int>> names_;
    std::map<int64_t, ssize_t> groupref_pos_;  // (?(n)...) to groups maybe not seen yet
    int64_t lookbehind_groups_ = -1;           // groups_ where the outermost look-behind began
    bool lookbehind_variable_ = false;
    std::optional<bool> scope_;                // a scoped (?a:) (true) or (?u:) (false)
    std::optional<bool> caseless_scope_;       // a scoped (?i:) (true) or (?-i:) (false)
};

bool translate(std::u32string_view pattern, bool is_text, int flags, Translation* out, PatternError* err) {
    try {
        PatternParser parser(pattern, is_text, flags);
        parser.run(out);
        return true;
    } catch (PatternError& e) {
        *err = std::move(e);
        return false;
    }
}

}  // namespace glasspy::stdlib::re
