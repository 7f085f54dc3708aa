// Helpers shared by the number tests (int_test, float_test, bool_test,
// complex_test): the current exception as "Type: message", repr as text.
#pragma once

#include <string>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt::testing {

// Takes the current exception out and describes it; "" if none is set.
inline std::string take_error() {
    Ref<> e = fetch_error();
    if (!e) return "";
    std::string text = std::string(e->ob_type->tp_name) + ": ";
    Object* args = static_cast<BaseExceptionObject*>(e.get())->args;
    if (args && tuple_size(args) == 1 && is_str(tuple_item(args, 0))) text += str_to_utf8(tuple_item(args, 0));
    return text;
}

// repr(o) as UTF-8 (steals nothing; "<error: ...>" if repr failed).
inline std::string repr_text(Object* o) {
    Ref<> r = Ref<>::steal(repr(o));
    if (!r) return "<error: " + take_error() + ">";
    return str_to_utf8(r.get());
}

}  // namespace glasspy::rt::testing
