// str.format and str.format_map (see unicode_format.hpp; CPython:
// Objects/stringlib/unicode_format.h, whose structure this follows: a
// MarkupIterator splits the format into literal text and fields,
// parse_field splits a field, get_field_object resolves its name,
// render_field formats the value).
//
// Invariant: the format string is held as code points for the whole call;
// the pieces are indices into it (CPython's SubString), so nothing is copied
// until a lookup needs a str object.  The result is written in its own kind
// by a StrWriter, field values straight from their storage.
#include "runtime/unicode_format.hpp"

#include <unicode/uchar.h>

#include <optional>
#include <string>
#include <string_view>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/str_kind.hpp"
#include "runtime/str_writer.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::rt {

namespace {

using Text = std::u32string_view;

// The characters between two indices of the format (CPython: SubString).
struct SubString {
    Text text;
    std::size_t start = 0, end = 0;
    Text view() const { return text.substr(start, end - start); }
};

Object* substring_object(const SubString& s) { return str_from_code_points(s.view()); }

enum class AutoNumberState { init, automatic, manual };

// Whether fields are numbered automatically ("{}") or by hand ("{0}"): the
// two may not be mixed.
struct AutoNumber {
    AutoNumberState state = AutoNumberState::init;
    ssize_t field_number = 0;
};

// Py_UNICODE_TODECIMAL: a decimal digit of any script, -1 otherwise (as
// format_spec.cpp's to_decimal, limited to Unicode 14.0 like CPython 3.11).
int to_decimal(char32_t c) {
    if (c < 0x80) return c >= U'0' && c <= U'9' ? static_cast<int>(c - U'0') : -1;
    if (c > 0x10FFFF) return -1;
    int value = u_charDigitValue(static_cast<UChar32>(c));
    if (value < 0) return -1;
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(c), age);
    return age[0] <= 14 ? value : -1;
}

// The field name part as an index, -1 if it is not all digits (or empty),
// -2 with ValueError if it overflows.
ssize_t get_integer(const SubString& s) {
    if (s.start >= s.end) return -1;
    ssize_t accumulator = 0;
    for (std::size_t i = s.start; i < s.end; ++i) {
        int digit = to_decimal(s.text[i]);
        if (digit < 0) return -1;
        if (accumulator > (PTRDIFF_MAX - digit) / 10) {
            set_error(&exc::ValueError, "Too many decimal digits in format string");
            return -2;
        }
        accumulator = accumulator * 10 + digit;
    }
    return accumulator;
}

// ---- field names: "first.attr[key]..." ------------------------------------------------------

// The ".attr" and "[key]" parts after the first (CPython: FieldNameIterator).
struct FieldNameIterator {
    SubString str;
    std::size_t index;

    // 2: a part was read, 1: the end, 0: an error.
    int next(bool* is_attribute, ssize_t* name_idx, SubString* name) {
        if (index >= str.end) return 1;
        name->text = str.text;
        switch (str.text[index++]) {
            case U'.':
                *is_attribute = true;
                name->start = index;
                while (index < str.end && str.text[index] != U'[' && str.text[index] != U'.') ++index;
                name->end = index;
                *name_idx = -1;
                break;
            case U'[': {
                *is_attribute = false;
                name->start = index;
                while (index < str.end && str.text[index] != U']') ++index;
                if (index >= str.end) {
                    set_error(&exc::ValueError, "Missing ']' in format string");
                    return 0;
                }
                name->end = index++;
                *name_idx = get_integer(*name);
                if (*name_idx == -2) return 0;
                break;
            }
            default:
                set_error(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return 0;
        }
        if (name->start == name->end) {
            set_error(&exc::ValueError, "Empty attribute in format string");
            return 0;
        }
        return 2;
    }
};

// Splits off the first part and numbers it (CPython: field_name_split).
bool field_name_split(const SubString& field, SubString* first, ssize_t* first_idx, FieldNameIterator* rest,
                      AutoNumber* auto_number) {
    std::size_t i = field.start;
    while (i < field.end && field.text[i] != U'[' && field.text[i] != U'.') ++i;
    *first = {field.text, field.start, i};
    *rest = {{field.text, i, field.end}, i};
    *first_idx = get_integer(*first);
    if (*first_idx == -2) return false;
    bool empty = first->start >= first->end;
    bool numeric = empty || *first_idx != -1;
    if (numeric) {
        if (auto_number->state == AutoNumberState::init)
            auto_number->state = empty ? AutoNumberState::automatic : AutoNumberState::manual;
        if (auto_number->state == AutoNumberState::manual && empty) {
            set_error(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
            return false;
        }
        if (auto_number->state == AutoNumberState::automatic && !empty) {
            set_error(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
            return false;
        }
    }
    if (empty) *first_idx = auto_number->field_number++;
    return true;
}

// The arguments of format(*args, **kwargs): the positional ones as an
// array (the caller's, no tuple needed), absent for format_map.
struct FormatArgs {
    Object* const* items;
    ssize_t n;
    bool positional;  // false for format_map: then "{0}" is an error
    Object* kwargs;   // any mapping, or null
};

// The object a field names (CPython: get_field_object).
Object* get_field_object(const SubString& field, const FormatArgs& args, AutoNumber* auto_number) {
    SubString first;
    ssize_t index;
    FieldNameIterator rest;
    if (!field_name_split(field, &first, &index, &rest, auto_number)) return nullptr;
    Object* obj;
    if (index == -1) {
        Object* key = substring_object(first);
        if (!key) return nullptr;
        if (!args.kwargs) {
            set_error_object(&exc::KeyError, key);
            decref(key);
            return nullptr;
        }
        obj = get_item(args.kwargs, key);
        decref(key);
    } else {
        if (!args.positional) {
            set_error(&exc::ValueError, "Format string contains positional fields");
            return nullptr;
        }
        if (index >= args.n) {
            set_error_fmt(&exc::IndexError, "Replacement index {} out of range for positional args tuple", index);
            return nullptr;
        }
        obj = args.items[index];
        incref(obj);
    }
    if (!obj) return nullptr;
    bool is_attribute;
    SubString name;
    int ok;
    while ((ok = rest.next(&is_attribute, &index, &name)) == 2) {
        Object* key = index == -1 ? substring_object(name) : int_from_ssize(index);
        Object* next = nullptr;
        if (key) next = is_attribute ? get_attr(obj, key) : get_item(obj, key);
        decref(key);
        decref(obj);
        if (!next) return nullptr;
        obj = next;
    }
    if (ok == 0) {
        decref(obj);
        return nullptr;
    }
    return obj;
}

// ---- fields: "{name!conversion:spec}" -----------------------------------------------------------

struct Field {
    SubString name, spec;
    char32_t conversion = 0;
    bool spec_needs_expanding = false;
};

// Reads a field after its '{' up to its '}' (CPython: parse_field).
bool parse_field(SubString* str, Field* f) {
    char32_t c = 0;
    f->name = {str->text, str->start, str->start};
    while (str->start < str->end) {
        c = str->text[str->start++];
        if (c == U'{') {
            set_error(&exc::ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == U'[') {
            // A key may hold ':', '!' and '}' ("{0[:]}"): skip to its ']'.
            while (str->start < str->end && str->text[str->start] != U']') ++str->start;
            continue;
        }
        if (c == U'}' || c == U':' || c == U'!') break;
    }
    f->name.end = str->start - 1;
    if (c != U'!' && c != U':') {
        if (c == U'}') return true;
        set_error(&exc::ValueError, "expected '}' before end of string");
        return false;
    }
    if (c == U'!') {
        if (str->start >= str->end) {
            set_error(&exc::ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        f->conversion = str->text[str->start++];
        if (str->start < str->end) {
            c = str->text[str->start++];
            if (c == U'}') return true;
            if (c != U':') {
                set_error(&exc::ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
    }
    // The spec runs to the matching '}': braces nest inside it.
    f->spec = {str->text, str->start, str->start};
    int count = 1;
    while (str->start < str->end) {
        c = str->text[str->start++];
        if (c == U'{') {
            f->spec_needs_expanding = true;
            ++count;
        } else if (c == U'}' && --count == 0) {
            f->spec.end = str->start - 1;
            return true;
        }
    }
    set_error(&exc::ValueError, "unmatched '{' in format spec");
    return false;
}

// !r, !s, !a (CPython: do_conversion).
Object* do_conversion(Object* obj, char32_t conversion) {
    switch (conversion) {
        case U'r': return repr(obj);
        case U's': return str(obj);
        case U'a': return ascii(obj);
        default:
            if (conversion > 32 && conversion < 127)
                set_error_fmt(&exc::ValueError, "Unknown conversion specifier {}", static_cast<char>(conversion));
            else
                set_error_fmt(&exc::ValueError, "Unknown conversion specifier \\x{:x}",
                              static_cast<unsigned>(conversion));
            return nullptr;
    }
}

bool build_string(const SubString& input, const FormatArgs& args, int recursion_depth,
                  AutoNumber* auto_number, StrWriter& out, Object* whole = nullptr);

// An exact str, small int or float formatted by the format_spec functions
// straight from the format's own spec text, without a spec object or a
// format() call (CPython's render_field picks the same formatters for these
// exact types).  1: written, 0: not one of them, -1: error set.
int render_builtin(Object* obj, Text spec, StrWriter& out) {
    std::int64_t small;
    bool is_small = small_int_value(obj, &small);
    // A str the spec leaves as it is goes in whole, so that the writer may
    // keep the object itself (CPython: _PyUnicode_FormatAdvancedWriter and
    // the fast path of format_string_internal).
    if (obj->ob_type == &str_type && str_spec_keeps_value(spec, str_length(obj))) {
        out.append_str(obj);
        return 1;
    }
    if (spec.empty()) {
        if (!is_small) return 0;
        out.append_small_int(obj);
        return 1;
    }
    std::optional<FormatResult<std::u32string>> r;
    if (obj->ob_type == &str_type) r.emplace(format_str(str_to_u32(obj), spec, "str"));
    else if (is_small) r.emplace(format_int(small, spec, "int"));
    else if (obj->ob_type == &float_type) r.emplace(format_float(float_value(obj), spec, "float"));
    else return 0;
    if (!r->ok()) {
        // The exception types format() raises for the same errors.
        FormatErrorType type = r->error().type;
        set_error(type == FormatErrorType::OverflowError ? &exc::OverflowError
                  : type == FormatErrorType::MemoryError ? &exc::MemoryError
                                                         : &exc::ValueError,
                  r->error().message);
        return -1;
    }
    out.append_code_points(r->value());
    return 1;
}

// The formatted field onto out (CPython: render_field).
bool render_field(Object* obj, const Field& f, const FormatArgs& args, int recursion_depth,
                  AutoNumber* auto_number, StrWriter& out) {
    if (!f.spec_needs_expanding) {
        int done = render_builtin(obj, f.spec.view(), out);
        if (done) return done > 0;
    }
    Object* spec;
    if (f.spec_needs_expanding) {
        StrWriter expanded;
        if (!build_string(f.spec, args, recursion_depth - 1, auto_number, expanded)) return false;
        spec = expanded.finish();
    } else {
        spec = substring_object(f.spec);
    }
    Object* result = spec ? format(obj, spec) : nullptr;
    decref(spec);
    if (!result) return false;
    if (!is_str(result)) {
        set_error_fmt(&exc::TypeError, "__format__ must return a str, not {}", type_name(result));
        decref(result);
        return false;
    }
    out.append_str(result);
    decref(result);
    return true;
}

// Formats one field onto out (CPython: output_markup).
bool output_markup(const Field& f, const FormatArgs& args, int recursion_depth, AutoNumber* auto_number,
                   StrWriter& out) {
    Object* obj = get_field_object(f.name, args, auto_number);
    if (!obj) return false;
    if (f.conversion) {
        Object* converted = do_conversion(obj, f.conversion);
        decref(obj);
        if (!converted) return false;
        obj = converted;
    }
    bool ok = render_field(obj, f, args, recursion_depth, auto_number, out);
    decref(obj);
    return ok;
}

// The literal text and fields of input, formatted onto out (CPython:
// build_string, do_markup and MarkupIterator_next in one loop).  whole is
// the format string object when input is all of it.
//
// Like CPython's do_markup, the writer may keep (share_whole_str) what the
// last piece writes: a format without fields gives back the format string
// itself, and '{}'.format(x) whatever x's __format__ returned.
bool build_string(const SubString& input, const FormatArgs& args, int recursion_depth,
                  AutoNumber* auto_number, StrWriter& out, Object* whole) {
    if (recursion_depth <= 0) {
        set_error(&exc::ValueError, "Max string recursion exceeded");
        return false;
    }
    SubString str = input;
    while (str.start < str.end) {
        // Literal text up to a brace; a doubled brace is one literal brace.
        std::size_t start = str.start;
        char32_t c = 0;
        bool markup_follows = false;
        while (str.start < str.end) {
            c = str.text[str.start++];
            if (c == U'{' || c == U'}') {
                markup_follows = true;
                break;
            }
        }
        bool at_end = str.start >= str.end;
        std::size_t len = str.start - start;
        if (c == U'}' && markup_follows && (at_end || str.text[str.start] != U'}')) {
            set_error(&exc::ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (at_end && c == U'{' && markup_follows) {
            set_error(&exc::ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (markup_follows) {
            if (str.text[str.start] == c) {
                ++str.start;  // an escaped brace: keep one, no field
                markup_follows = false;
            } else {
                --len;
            }
        }
        if (!markup_follows && str.start >= str.end) out.share_whole_str();
        if (whole && start == 0 && len == str.text.size())
            out.append_str(whole);
        else
            out.append_code_points(str.text.substr(start, len));
        if (!markup_follows) continue;
        Field f;
        if (!parse_field(&str, &f)) return false;
        if (str.start >= str.end) out.share_whole_str();
        if (!output_markup(f, args, recursion_depth, auto_number, out)) return false;
    }
    return true;
}

}  // namespace

Object* str_format_array(Object* format, Object* const* args, ssize_t nargs, bool positional, Object* kwargs) {
    // PEP 3101 allows two levels: "{0:{1}}" works, "{0:{1:{2}}}" does not.
    constexpr int recursion_depth = 2;
    CodePoints text(format);
    AutoNumber auto_number;
    StrWriter out;
    FormatArgs a{args, nargs, positional, kwargs};
    SubString all{text.view(), 0, text.view().size()};
    if (!build_string(all, a, recursion_depth, &auto_number, out, format)) return nullptr;
    return out.finish();
}

Object* str_format_method(Object* format, Object* args, Object* kwargs) {
    if (!args) return str_format_array(format, nullptr, 0, false, kwargs);
    return str_format_array(format, tuple_items(args), tuple_size(args), true, kwargs);
}

}  // namespace glasspy::rt
