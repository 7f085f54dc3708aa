// re.Pattern, a compiled pattern as PCRE2 holds it; the subject as PCRE2
// reads it; one match attempt.  What the Pattern's methods
// (pattern_object.cpp), the Match and Scanner objects (match_object.cpp)
// and the _pcre module (sre_module.cpp) share.  CPython's counterparts are
// PatternObject and SRE_STATE in Modules/_sre/sre.c.
//
// Why PCRE2's 32-bit library: a str stores 1, 2 or 4 bytes per character
// (runtime/str.hpp) and every index Python shows is a character index.
// PCRE2's 32-bit library, used in non-UTF mode, takes one 32-bit code unit
// per character, so its offsets are Python's indices with no conversion,
// lone surrogates are ordinary characters, and one compiled (and JIT-
// compiled) program serves every string: a 4-byte str is matched in place,
// a 1- or 2-byte str (and bytes) is widened once per call into a buffer
// that the Pattern keeps for the next call on the same string (search
// loops call again and again on one string).  PCRE2_UCP gives \d \w \b and
// case-insensitivity their Unicode meaning without UTF mode.  The 8- and
// 16-bit libraries would need a program per width, or conversions between
// UTF-8/UTF-16 offsets and indices.
//
// Invariants: a Pattern's PCRE2 groups are the Python pattern's groups
// (parser.hpp); a Pattern never changes once made, apart from its caches
// (the programs compiled on first use, the widened buffer, the last
// template); the match data and the widened buffer are used only while the
// GIL is held and no Python code runs, and a Subject takes the buffer out of
// the Pattern while it is in use, so that Python code run in between (a
// sub() callback, a finaliser) cannot replace it under the loop's feet.
#pragma once

#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>

#include <string>
#include <utility>
#include <vector>

#include "runtime/type.hpp"
#include "stdlib/re/parser.hpp"

namespace glasspy::stdlib::re {

using rt::Object;

// The three programs: search anywhere, match (anchored at pos) and
// fullmatch (anchored at pos and at endpos).  PCRE2's JIT cannot take
// PCRE2_ANCHORED at match time, so each is its own compiled program,
// made the first time it is needed.
enum Program { SEARCH = 0, MATCH = 1, FULLMATCH = 2 };
// Mode bit: an empty match at the start position does not count (the
// search after an empty match, as CPython 3.7+ finds matches).
constexpr int NOTEMPTY_ATSTART = 4;

// sub()'s replacement template, parsed: literal pieces and the groups
// between them (CPython: the list _compile_template returns).
struct Template {
    std::vector<std::u32string> literals;
    std::vector<ssize_t> groups;  // -1: the literal of the same index
};

struct PatternObject : Object {
    Object* pattern;     // the pattern as given, str or bytes (owned)
    Object* groupindex;  // dict name -> group number (owned)
    int flags;           // given, inline global ones, UNICODE for str
    int groups;
    bool is_bytes;
    std::vector<int> parent;  // the group enclosing each group (0: none)
    std::vector<std::pair<std::u32string, int>> names;
    Object* error_class;  // re.error, for templates' errors (owned)
    // PCRE2's side: the programs for SEARCH, MATCH and FULLMATCH (the last
    // two compiled on first use), the ovector, the limits.
    pcre2_code* programs[3];
    pcre2_match_data* match_data;
    pcre2_match_context* match_context;
    std::u32string pcre;  // the translated pattern, for the programs made later
    std::uint32_t options;
    // The last narrow subject's characters widened to 32 bits, and what
    // identifies that subject: no reference is kept (a hidden one would
    // show in sys.getrefcount), so the identity is the object's address,
    // length and hash together — a new string at a dead one's address
    // with the same length and the same 64-bit hash is not a real risk.
    std::vector<std::uint32_t> wide;
    struct {
        const Object* address = nullptr;
        ssize_t length = -1, hash = -1;
    } wide_of;
    // The last template sub() parsed (owned), kept for the next call.
    Object* template_repl;
    Template template_parsed;
};

extern rt::TypeObject pattern_type;
inline PatternObject* as_pattern(Object* o) { return static_cast<PatternObject*>(o); }

// A new re.Pattern for a translated pattern, its search program compiled;
// null with re.error (raised through error_class) when PCRE2 refuses it.
Object* pattern_new(Translation& tr, Object* pattern, Object* error_class);
// The Python methods and attributes of re.Pattern (pattern_object.cpp),
// put into pattern_type before it is readied.
void pattern_type_init();

// The string being matched, as 32-bit code units.
class Subject {
public:
    explicit Subject(PatternObject* p) : pattern_(p) {}
    ~Subject();
    Subject(const Subject&) = delete;
    Subject& operator=(const Subject&) = delete;

    // False with TypeError when string is not a str/bytes of the pattern's kind.
    bool init(Object* string);
    const std::uint32_t* data() const { return data_; }
    ssize_t length() const { return length_; }
    // string[a:b] as a new str (or bytes).
    Object* slice(ssize_t a, ssize_t b) const;

private:
    void take_buffer(Object* key);
    template <typename Unit> void widen(const Unit* p);
    static constexpr std::uint32_t EMPTY = 0;  // PCRE2 wants a subject pointer even for ""

    PatternObject* pattern_;
    Object* obj_ = nullptr;
    bool owns_ = false, cached_ = false;
    ssize_t hash_ = -1;
    std::vector<std::uint32_t> buffer_;
    const std::uint32_t* data_ = nullptr;
    ssize_t length_ = 0;
};

// One attempt from pos with the subject cut at endpos (mode: a Program,
// maybe with NOTEMPTY_ATSTART).  1: a match, its spans in ovector(c); 0:
// none; -1: an error (set).
int run(PatternObject* c, const Subject& s, int mode, ssize_t pos, ssize_t endpos);

inline const PCRE2_SIZE* ovector(PatternObject* c) { return pcre2_get_ovector_pointer(c->match_data); }
inline bool is_set(const PCRE2_SIZE* ov, int g) { return ov[2 * g] != PCRE2_UNSET; }

// Match.lastindex for the spans: the group that closed last (0: none).
int last_index(const PatternObject* c, const PCRE2_SIZE* ov);

// pos and endpos clamped to the string, as CPython's state_init does.
void clamp_positions(ssize_t* pos, ssize_t* endpos, ssize_t length);

// ---- the Match and Scanner objects (match_object.cpp) ----
extern rt::TypeObject match_type;
extern rt::TypeObject scanner_type;
// A Match of p for the spans in ovector(p).
Object* match_new(PatternObject* p, Object* string, ssize_t pos, ssize_t endpos);
// A Scanner over string from pos to endpos (Pattern.scanner).
Object* scanner_new(PatternObject* p, Object* string, ssize_t pos, ssize_t endpos);

// Raises what CPython raises for a bad pattern or template: error_class
// (re.error) with the message, the pattern and the position, or the
// ValueError / OverflowError / IndexError CPython uses for some.
std::nullptr_t raise_pattern_error(const PatternError& e, Object* pattern, Object* error_class);
// Parses a str/bytes template (sub's repl, Match.expand's argument).
bool template_parse(PatternObject* c, Object* repl, Template* out);
// Appends the expansion of t for the match in ov to out.
void template_expand(const Template& t, const Subject& s, const PCRE2_SIZE* ov, std::u32string& out);

}  // namespace glasspy::stdlib::re
