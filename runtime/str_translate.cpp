// str.maketrans and str.translate: character-by-character mapping through a
// table (CPython: unicode_maketrans_impl, unicode_translate and
// _PyUnicode_TranslateCharmap with its helpers charmaptranslate_lookup,
// charmaptranslate_output and unicode_fast_translate, in
// Objects/unicodeobject.c).
//
// The table is any object with __getitem__: it is asked for table[ord(c)]
// one character at a time, so a table written in Python sees every lookup.
// The order and number of those lookups are CPython's, because a
// __getitem__ with side effects makes them visible:
// - an ASCII string first goes through a fast path that looks each distinct
//   character up once and remembers the answer; the first character whose
//   answer is not a single ASCII character or a deletion hands the rest of
//   the string, that character included (so it is looked up again), to the
//   general loop;
// - the general loop looks every character up; after a deleted one it looks
//   ahead through the run of deleted characters that follows, so the
//   character ending the run is looked up twice (CPython finds the
//   "untranslatable" run this way because translate shares the loop with
//   codecs' error handlers; str.translate always uses "ignore").
#include <algorithm>
#include <iterator>

#include "runtime/abstract.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_writer.hpp"

namespace glasspy::rt {

namespace {

constexpr char32_t MAX_UNICODE = 0x10FFFF;

// ---- maketrans ----------------------------------------------------------------------------------

// maketrans(x, y[, z]): x[i] -> ord(y[i]), each character of z -> None.
// y and z are str (the caller checked).
Object* maketrans_from_strings(Object* x, Object* y, Object* z) {
    if (!is_str(x)) {
        set_error(&exc::TypeError,
                  "first maketrans argument must be a string if there is a second argument");
        return nullptr;
    }
    if (str_length(x) != str_length(y)) {
        set_error(&exc::ValueError, "the first two maketrans arguments must have equal length");
        return nullptr;
    }
    Ref<> table = Ref<>::steal(dict_new());
    if (!table) return nullptr;
    for (ssize_t i = 0, n = str_length(x); i < n; ++i) {
        Ref<> key = Ref<>::steal(int_from_ssize(str_at(x, i)));
        Ref<> value = Ref<>::steal(int_from_ssize(str_at(y, i)));
        if (!key || !value || dict_setitem(table.get(), key.get(), value.get()) < 0) return nullptr;
    }
    for (ssize_t i = 0, n = z ? str_length(z) : 0; i < n; ++i) {
        Ref<> key = Ref<>::steal(int_from_ssize(str_at(z, i)));
        if (!key || dict_setitem(table.get(), key.get(), None()) < 0) return nullptr;
    }
    return table.release();
}

// maketrans(x): a copy of the dict x with its one-character str keys
// replaced by their ordinals; int keys (bool included) are kept as they are.
Object* maketrans_from_dict(Object* x) {
    // Exactly a dict: CPython refuses subclasses such as OrderedDict.
    if (!is_dict_exact(x)) {
        set_error(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
        return nullptr;
    }
    Ref<> table = Ref<>::steal(dict_new());
    if (!table) return nullptr;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(x, &pos, &k, &v)) {
        // Held: hashing a key runs Python code, which may change x.
        Ref<> key = new_ref(k), value = new_ref(v);
        if (is_str(k)) {
            if (str_length(k) != 1) {
                set_error(&exc::ValueError, "string keys in translate table must be of length 1");
                return nullptr;
            }
            key = Ref<>::steal(int_from_ssize(str_at(k, 0)));
            if (!key) return nullptr;
        } else if (!is_int(k)) {
            set_error(&exc::TypeError, "keys in translate table must be strings or integers");
            return nullptr;
        }
        if (dict_setitem(table.get(), key.get(), value.get()) < 0) return nullptr;
    }
    return table.release();
}

// ---- translate ----------------------------------------------------------------------------------

// table[c] (CPython: charmaptranslate_lookup).  False with the exception
// set; otherwise *out is null when the table has no entry (its __getitem__
// raised a LookupError: the character stays), else None, an int in
// range(0x110000) or a str.
bool translate_lookup(char32_t c, Object* table, Ref<>* out) {
    Ref<> key = Ref<>::steal(int_from_ssize(c));
    if (!key) return false;
    Ref<> item = Ref<>::steal(get_item(table, key.get()));
    if (!item) {
        if (!error_matches(&exc::LookupError)) return false;
        clear_error();
        *out = nullptr;
        return true;
    }
    if (item.get() == None() || is_str(item.get())) {
        *out = std::move(item);
        return true;
    }
    if (is_int(item.get())) {
        // Too big for a machine integer is out of range as well: CPython's
        // ValueError replaces the OverflowError of the conversion.
        ssize_t value;
        if (!int_as_ssize(item.get(), &value)) {
            clear_error();
            value = -1;
        }
        if (value < 0 || value > static_cast<ssize_t>(MAX_UNICODE)) {
            set_error_fmt(&exc::ValueError, "character mapping must be in range(0x{:x})",
                          MAX_UNICODE + 1);
            return false;
        }
        *out = std::move(item);
        return true;
    }
    set_error(&exc::TypeError, "character mapping must return integer, None or str");
    return false;
}

// The code point an int entry maps to (translate_lookup checked its range).
char32_t mapped_char(Object* item) {
    ssize_t value = 0;
    (void)int_as_ssize(item, &value);
    return static_cast<char32_t>(value);
}

// The ASCII fast path (CPython: unicode_fast_translate): each distinct
// character's translation is looked up once and cached as one ASCII
// character, or DELETED.  Returns the index of the first character it
// cannot handle (len(s) when it did all of them), -1 with the exception set.
ssize_t fast_translate(Object* s, Object* table, StrWriter& out) {
    constexpr unsigned char UNKNOWN = 0xFF, DELETED = 0xFE;
    unsigned char cache[128];
    std::fill(std::begin(cache), std::end(cache), UNKNOWN);
    const auto* chars = static_cast<const unsigned char*>(str_data(s));
    ssize_t n = str_length(s);
    for (ssize_t i = 0; i < n; ++i) {
        unsigned char c = chars[i];
        if (cache[c] == UNKNOWN) {
            Ref<> item;
            if (!translate_lookup(c, table, &item)) return -1;
            if (item.get() == None()) {
                cache[c] = DELETED;
            } else {
                char32_t to = c;
                if (item && is_int(item.get())) to = mapped_char(item.get());
                else if (item && str_length(item.get()) == 1) to = str_at(item.get(), 0);
                else if (item) return i;  // '' or several characters: for the general loop
                if (to > 0x7F) return i;  // not ASCII: for the general loop too
                cache[c] = static_cast<unsigned char>(to);
            }
        }
        if (cache[c] != DELETED) out.append_char(cache[c]);
    }
    return n;
}

// Writes c's translation (CPython: charmaptranslate_output).  1 when
// something (perhaps '') was written, 0 when c is deleted, -1 on error.
int translate_output(char32_t c, Object* table, StrWriter& out) {
    Ref<> item;
    if (!translate_lookup(c, table, &item)) return -1;
    if (!item) out.append_char(c);
    else if (item.get() == None()) return 0;
    else if (is_int(item.get())) out.append_char(mapped_char(item.get()));
    else out.append_str(item.get());
    return 1;
}

}  // namespace

Object* str_maketrans(Object* x, Object* y, Object* z) {
    return y ? maketrans_from_strings(x, y, z) : maketrans_from_dict(x);
}

Object* str_translate(Object* self, Object* table) {
    ssize_t n = str_length(self);
    if (n == 0) return str_substring(self, 0, 0);
    StrWriter out;
    out.reserve(n);
    ssize_t i = 0;
    if (str_is_ascii(self) && (i = fast_translate(self, table, out)) < 0) return nullptr;
    while (i < n) {
        int written = translate_output(str_at(self, i), table, out);
        if (written < 0) return nullptr;
        ++i;
        if (written) continue;
        // A deleted character: skip the run of deleted ones after it.
        for (; i < n; ++i) {
            Ref<> item;
            if (!translate_lookup(str_at(self, i), table, &item)) return nullptr;
            if (item.get() != None()) break;
        }
    }
    return out.finish();
}

}  // namespace glasspy::rt
