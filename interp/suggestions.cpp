// "Did you mean" suggestions (CPython 3.11: Python/suggestions.c).
//
// When the report of an uncaught exception (traceback.cpp) prints a
// NameError or an AttributeError — exactly those types, not subclasses such
// as UnboundLocalError — it looks for a name close to the one that was not
// found and adds ". Did you mean: 'print'?" to the message line:
//
//   - AttributeError: the candidates are dir(e.obj), looked through for
//     e.name (both set by get_attr when the lookup failed,
//     runtime/attribute_error.cpp);
//   - NameError: e.name is looked for in three lists, one after the other,
//     and the first list with a close name gives the answer: the local
//     variables of the code that failed (co_varnames: not its cells, free
//     variables or a class body's namespace), then the frame's globals,
//     then its builtins.  The frame is the last traceback entry's, where
//     the name was looked up.  So a merely close local beats an exact-but-
//     for-one-letter global.  (3.12 adds "Did you mean: 'self.x'?" and
//     "Did you forget to import 'sys'?"; 3.11 has neither.)
//
// The search is CPython's, so that the same misspelling gets the same
// suggestion: a Levenshtein distance over the names' UTF-8 bytes, where
// inserting or deleting a byte costs MOVE_COST, replacing one MOVE_COST too
// unless the two differ only by ASCII case (CASE_COST); a candidate is close
// enough when at most about a third of the bytes involved need changing,
//     distance <= (len(name) + len(candidate) + 3) * MOVE_COST / 6,
// and it must beat every closer one found before it, so of equally close
// names the first in the list wins (dir() is sorted; globals and builtins
// are in insertion order).  A list of MAX_CANDIDATE_ITEMS or more names is
// not searched (the report must stay quick), nor are names longer than
// MAX_STRING_SIZE bytes once their common beginning and end are set aside.
// A candidate that is not a str (globals()[1] = ...) ends the whole search
// with no suggestion, as CPython's error there does.
#include "interp/suggestions.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interp/traceback.hpp"
#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::interp {

using namespace rt;

namespace {

// Python/suggestions.c's limits and costs.
constexpr std::size_t MAX_CANDIDATE_ITEMS = 750;
constexpr std::size_t MAX_STRING_SIZE = 40;
constexpr ssize_t MOVE_COST = 2;
constexpr ssize_t CASE_COST = 1;

// ---- the distance -----------------------------------------------------------------------------

unsigned char ascii_lower(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

// Replacing byte a by byte b: free when equal, cheap for a change of case.
ssize_t substitution_cost(unsigned char a, unsigned char b) {
    if (a == b) return 0;
    return ascii_lower(a) == ascii_lower(b) ? CASE_COST : MOVE_COST;
}

// The edit distance between a and b with the costs above, or some value
// above max_cost as soon as it is sure to exceed it.
ssize_t levenshtein_distance(std::string_view a, std::string_view b, ssize_t max_cost) {
    // What the two share at either end costs nothing.
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return static_cast<ssize_t>(a.size() + b.size()) * MOVE_COST;
    if (a.size() > MAX_STRING_SIZE || b.size() > MAX_STRING_SIZE) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    // Each byte of b beyond a's length must be inserted at least.
    if (static_cast<ssize_t>(b.size() - a.size()) * MOVE_COST > max_cost) return max_cost + 1;

    // One row of the classic table, updated in place for each byte of b:
    // row[i] is the cost of turning b's bytes so far into a[:i].
    std::array<ssize_t, MAX_STRING_SIZE + 1> row;
    for (std::size_t i = 0; i <= a.size(); ++i)
        row[i] = static_cast<ssize_t>(i) * MOVE_COST;
    for (std::size_t j = 0; j < b.size(); ++j) {
        ssize_t diagonal = row[0];  // the cost for b[:j] and a[:i-1]
        row[0] = static_cast<ssize_t>(j + 1) * MOVE_COST;
        ssize_t row_min = row[0];
        for (std::size_t i = 1; i <= a.size(); ++i) {
            ssize_t above = row[i];  // b[:j] into a[:i]
            row[i] = std::min({above + MOVE_COST, row[i - 1] + MOVE_COST,
                               diagonal + substitution_cost(static_cast<unsigned char>(b[j]),
                                                            static_cast<unsigned char>(a[i - 1]))});
            diagonal = above;
            row_min = std::min(row_min, row[i]);
        }
        // Every way through the table crosses this row: none can end cheaper.
        if (row_min > max_cost) return max_cost + 1;
    }
    return row[a.size()];
}

// ---- the closest name in one list -----------------------------------------------------------

// A name's text as CPython reads it (PyUnicode_AsUTF8AndSize): its UTF-8
// bytes; false for a non-str, or a str holding a lone surrogate, which
// UTF-8 cannot encode.
bool utf8_of(Object* o, std::string* out) {
    if (!is_str(o)) return false;
    if (!str_is_ascii(o))
        for (ssize_t i = 0, n = str_length(o); i < n; ++i)
            if (char32_t c = str_at(o, i); c >= 0xD800 && c <= 0xDFFF) return false;
    *out = str_to_utf8(o);
    return true;
}

// Whether a candidate is the name itself, and so no suggestion.  CPython
// 3.11.2 (the python3 the tests compare with) asks
// PyUnicode_CompareWithASCIIString(name, the candidate's UTF-8), which
// compares the name's characters with the candidate's bytes up to its
// first NUL: a non-ASCII name never matches itself there, and may be
// suggested as its own correction (a __slots__ attribute 'é' not yet set:
// "Did you mean: 'é'?").  3.11.5 compares the strings (gh-106030).
bool is_the_name(const Object* name, std::string_view candidate) {
    candidate = candidate.substr(0, candidate.find('\0'));
    if (static_cast<std::size_t>(str_length(name)) != candidate.size()) return false;
    for (std::size_t i = 0; i < candidate.size(); ++i)
        if (str_at(name, static_cast<ssize_t>(i)) != static_cast<unsigned char>(candidate[i]))
            return false;
    return true;
}

struct Closest {
    Object* name = nullptr;  // borrowed from the candidates, or null
    bool failed = false;     // a candidate was not a str: give up altogether
};

// CPython: calculate_suggestions.
Closest closest_name(std::span<Object* const> candidates, Object* name,
                     std::string_view name_utf8) {
    Closest best;
    if (candidates.size() >= MAX_CANDIDATE_ITEMS) return best;
    ssize_t best_distance = PTRDIFF_MAX;
    std::string text;
    for (Object* candidate : candidates) {
        if (!utf8_of(candidate, &text)) return {nullptr, true};
        if (is_the_name(name, text)) continue;
        // At most a third of the bytes changed, and better than the best so far.
        ssize_t max_distance =
            std::min(static_cast<ssize_t>(name_utf8.size() + text.size() + 3) * MOVE_COST / 6,
                     best_distance - 1);
        if (max_distance < 0) continue;  // nothing beats a distance of 0
        ssize_t distance = levenshtein_distance(name_utf8, text, max_distance);
        if (distance > max_distance) continue;
        best.name = candidate;
        best_distance = distance;
    }
    return best;
}

std::span<Object* const> items_of_list(Object* list) {
    return {list_items(list), static_cast<std::size_t>(list_size(list))};
}

// ---- per exception type -----------------------------------------------------------------------

// CPython: offer_suggestions_for_attribute_error.
Ref<> attribute_error_suggestion(Object* exc) {
    auto* e = static_cast<AttributeErrorObject*>(exc);
    if (!e->name || !e->obj || e->name->ob_type != &str_type) return nullptr;
    // dir() may run Python code (a __dir__) that changes the exception.
    Ref<> name = new_ref(e->name);
    Ref<> obj = new_ref(e->obj);
    std::string name_utf8;
    if (!utf8_of(name.get(), &name_utf8)) return nullptr;
    Ref<> names = Ref<>::steal(dir_object(obj.get()));
    if (!names) return nullptr;
    Closest c = closest_name(items_of_list(names.get()), name.get(), name_utf8);
    return c.name ? new_ref(c.name) : nullptr;
}

// CPython: offer_suggestions_for_name_error.
Ref<> name_error_suggestion(Object* exc) {
    auto* e = static_cast<NameErrorObject*>(exc);
    Object* name = e->name;
    Object* tb = e->traceback;
    if (!name || name->ob_type != &str_type || !tb || tb->ob_type != &traceback_type)
        return nullptr;
    // The innermost entry: the frame that looked the name up.
    auto* where = static_cast<TracebackObject*>(tb);
    while (where->tb_next && where->tb_next->ob_type == &traceback_type)
        where = static_cast<TracebackObject*>(where->tb_next);
    std::string name_utf8;
    if (!utf8_of(name, &name_utf8)) return nullptr;

    // 1. The code's local variables (CPython: _PyCode_GetVarnames).
    Frame* frame = traceback_frame(where);
    const CodeObject* co = frame->f_code;
    std::vector<Object*> varnames;
    const auto& kinds = co->co_data->localspluskinds;
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (kinds[i] & CO_FAST_LOCAL)
            varnames.push_back(tuple_item(co->co_localsplusnames, static_cast<ssize_t>(i)));
    Closest c = closest_name(varnames, name, name_utf8);
    if (c.failed) return nullptr;
    if (c.name) return new_ref(c.name);

    // 2. and 3. The frame's globals, then its builtins.
    for (Object* namespace_dict : {frame->f_globals, frame->f_builtins}) {
        if (!namespace_dict || !is_dict(namespace_dict)) return nullptr;
        Ref<> keys = Ref<>::steal(dict_keys(namespace_dict));
        if (!keys) return nullptr;
        c = closest_name(items_of_list(keys.get()), name, name_utf8);
        if (c.failed) return nullptr;
        if (c.name) return new_ref(c.name);
    }
    return nullptr;
}

}  // namespace

Ref<> offer_suggestions(Object* exc) {
    Ref<> found;
    if (exc->ob_type == &exc::AttributeError) found = attribute_error_suggestion(exc);
    else if (exc->ob_type == &exc::NameError) found = name_error_suggestion(exc);
    if (!found && error_occurred()) clear_error();
    return found;
}

}  // namespace glasspy::interp
