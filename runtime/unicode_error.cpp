// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their
// fields and messages (CPython: UnicodeEncodeError_str & co. in
// Objects/exceptions.c).
//
// The codecs raise them with the arguments (encoding, object, start, end,
// reason) -- (object, start, end, reason) for a translation -- and str()
// names the offending character or byte:
//   'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
//   'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
// Here the fields are read from the arguments (CPython copies them into
// the object in __init__, so they could be reassigned; glasspy's are
// read-only).
#include <fmt/format.h>

#include "runtime/bytes.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

// The argument at index, or None when there are too few.
Object* arg_at(Object* e, ssize_t index) {
    Object* args = static_cast<BaseExceptionObject*>(e)->args;
    Object* v = args && tuple_size(args) > index ? tuple_item(args, index) : None();
    incref(v);
    return v;
}

// Where encoding, object, start, end and reason are among the arguments
// (a translation has no encoding).
struct Layout {
    ssize_t encoding, object, start, end, reason;
};
constexpr Layout CODEC{0, 1, 2, 3, 4};
constexpr Layout TRANSLATE{-1, 0, 1, 2, 3};

const Layout& layout_of(Object* e) {
    return is_instance_of(e, &exc::UnicodeTranslateError)
               ? TRANSLATE
               : CODEC;
}

// The fields when the arguments have the expected types, else false.
bool fields(Object* e, const Layout& l, Object** encoding, Object** object, ssize_t* start, ssize_t* end,
            Object** reason) {
    Object* args = static_cast<BaseExceptionObject*>(e)->args;
    ssize_t n = l.encoding < 0 ? 4 : 5;
    if (!args || tuple_size(args) != n) return false;
    *encoding = l.encoding < 0 ? nullptr : tuple_item(args, l.encoding);
    *object = tuple_item(args, l.object);
    *reason = tuple_item(args, l.reason);
    Object* s = tuple_item(args, l.start);
    Object* en = tuple_item(args, l.end);
    if ((*encoding && !is_str(*encoding)) || !is_str(*reason) || !is_int(s) || !is_int(en)) return false;
    return int_as_ssize(s, start) && int_as_ssize(en, end);
}

std::string char_escape(char32_t c) {
    if (c <= 0xff) return fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    if (c <= 0xffff) return fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    return fmt::format("\\U{:08x}", static_cast<unsigned>(c));
}

Object* unicode_error_str(Object* e) {
    Object *encoding, *object, *reason;
    ssize_t start, end;
    const Layout& l = layout_of(e);
    if (!fields(e, l, &encoding, &object, &start, &end, &reason))
        return exc::BaseException.tp_str(e);
    std::string why = str_to_utf8(reason);
    std::string codec = encoding ? "'" + str_to_utf8(encoding) + "' codec " : "";
    if (is_instance_of(e, &exc::UnicodeDecodeError)) {
        std::string_view data;
        if (!bytes_like_view(object, &data)) return exc::BaseException.tp_str(e);
        if (start < static_cast<ssize_t>(data.size()) && end == start + 1)
            return str_from_utf8(fmt::format("{}can't decode byte 0x{:02x} in position {}: {}", codec,
                                             static_cast<unsigned char>(data[start]), start, why));
        return str_from_utf8(
            fmt::format("{}can't decode bytes in position {}-{}: {}", codec, start, end - 1, why));
    }
    if (!is_str(object)) return exc::BaseException.tp_str(e);
    const char* verb = encoding ? "encode" : "translate";
    if (start < str_length(object) && end == start + 1)
        return str_from_utf8(fmt::format("{}can't {} character '{}' in position {}: {}", codec, verb,
                                         char_escape(str_at(object, start)), start, why));
    return str_from_utf8(
        fmt::format("{}can't {} characters in position {}-{}: {}", codec, verb, start, end - 1, why));
}

template <int Field>
Object* get_field(Object* e) {
    const Layout& l = layout_of(e);
    ssize_t index = Field == 0 ? l.encoding : Field == 1 ? l.object : Field == 2 ? l.start : Field == 3 ? l.end : l.reason;
    return arg_at(e, index);
}

const GetSetDef CODEC_ERROR_GETSET[] = {
    {"encoding", get_field<0>, nullptr, "exception encoding"},
    {"object", get_field<1>, nullptr, "exception object"},
    {"start", get_field<2>, nullptr, "exception start"},
    {"end", get_field<3>, nullptr, "exception end"},
    {"reason", get_field<4>, nullptr, "exception reason"},
    {nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef TRANSLATE_ERROR_GETSET[] = {
    {"object", get_field<1>, nullptr, "exception object"},
    {"start", get_field<2>, nullptr, "exception start"},
    {"end", get_field<3>, nullptr, "exception end"},
    {"reason", get_field<4>, nullptr, "exception reason"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void unicode_error_prepare() {
    for (TypeObject* t : {&exc::UnicodeEncodeError, &exc::UnicodeDecodeError}) {
        t->tp_str = unicode_error_str;
        t->tp_getset = CODEC_ERROR_GETSET;
    }
    exc::UnicodeTranslateError.tp_str = unicode_error_str;
    exc::UnicodeTranslateError.tp_getset = TRANSLATE_ERROR_GETSET;
}

}  // namespace glasspy::rt
