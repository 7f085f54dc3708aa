// The object protocol over the type slots (CPython: Objects/abstract.c,
// Objects/object.c).  Each function here is the one place an operation's
// rules live: which slot is tried first, what NotImplemented means, and the
// TypeError a learner sees when nothing applies.
#include "runtime/abstract.hpp"

#include <array>
#include <cstdint>
#include <cstddef>
#include <memory>
#include <new>

#include "runtime/descr.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/generic_alias.hpp"
#include "runtime/method.hpp"
#include "runtime/wrapper_descr.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/none.hpp"
#include "runtime/recursion_guard.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/str_writer.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"

namespace glasspy::rt {

namespace {

Object* not_implemented() {
    incref(NotImplemented());
    return NotImplemented();
}

}  // namespace

// ---- text ------------------------------------------------------------------------------------

std::string_view type_name(const Object* o) { return o->ob_type->tp_name; }

Object* repr(Object* o) {
    RecursionGuard guard(" while getting the repr of an object");
    if (guard.failed()) return nullptr;
    reprfunc f = o->ob_type->tp_repr ? o->ob_type->tp_repr : object_repr;
    Object* r = f(o);
    if (r && !is_str(r)) {
        set_error_fmt(&exc::TypeError, "__repr__ returned non-string (type {})", type_name(r));
        decref(r);
        return nullptr;
    }
    return r;
}

Object* str(Object* o) {
    if (o->ob_type == &str_type) {
        incref(o);
        return o;
    }
    RecursionGuard guard(" while getting the str of an object");
    if (guard.failed()) return nullptr;
    if (!o->ob_type->tp_str) return repr(o);
    Object* r = o->ob_type->tp_str(o);
    if (r && !is_str(r)) {
        set_error_fmt(&exc::TypeError, "__str__ returned non-string (type {})", type_name(r));
        decref(r);
        return nullptr;
    }
    return r;
}

// CPython encodes the repr to ASCII with errors='backslashreplace' and
// decodes it back: each other character becomes \xhh below U+0100, \uhhhh
// below U+10000, else \Uhhhhhhhh (a lone surrogate too, as \udxxx).
Object* ascii(Object* o) {
    Ref<> r = Ref<>::steal(repr(o));
    if (!r || str_is_ascii(r.get())) return r.release();
    StrWriter out;
    for (ssize_t i = 0, n = str_length(r.get()); i < n; ++i) {
        char32_t c = str_at(r.get(), i);
        if (c < 0x80) {
            out.append_char(c);
            continue;
        }
        auto code = static_cast<std::uint32_t>(c);
        char escape[16];
        char* end = c < 0x100     ? fmt::format_to(escape, "\\x{:02x}", code)
                    : c < 0x10000 ? fmt::format_to(escape, "\\u{:04x}", code)
                                  : fmt::format_to(escape, "\\U{:08x}", code);
        out.append_ascii(std::string_view(escape, static_cast<std::size_t>(end - escape)));
    }
    return out.finish();
}

// ---- hashing and comparison ----------------------------------------------------------------------

ssize_t hash(Object* o) {
    if (hashfunc f = o->ob_type->tp_hash) return f(o);
    set_error_fmt(&exc::TypeError, "unhashable type: '{}'", type_name(o));
    return -1;
}

ssize_t hash_not_implemented(Object* self) {
    set_error_fmt(&exc::TypeError, "unhashable type: '{}'", type_name(self));
    return -1;
}

namespace {

constexpr std::array<std::string_view, 6> COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
// The operator to try on the right operand: a < b is b > a.
constexpr std::array<int, 6> SWAPPED = {GT, GE, EQ, NE, LT, LE};

// CPython's do_richcompare.
Object* do_richcompare(Object* v, Object* w, int op) {
    TypeObject* vt = v->ob_type;
    TypeObject* wt = w->ob_type;
    bool checked_reverse = false;
    if (vt != wt && is_subtype(wt, vt) && wt->tp_richcompare) {
        checked_reverse = true;
        Object* r = wt->tp_richcompare(w, v, SWAPPED[op]);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (vt->tp_richcompare) {
        Object* r = vt->tp_richcompare(v, w, op);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (!checked_reverse && wt->tp_richcompare) {
        Object* r = wt->tp_richcompare(w, v, SWAPPED[op]);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    // Neither side knows: == and != fall back to identity.
    if (op == EQ) return bool_from(v == w);
    if (op == NE) return bool_from(v != w);
    set_error_fmt(&exc::TypeError, "'{}' not supported between instances of '{}' and '{}'",
                  COMPARE_SYMBOLS[static_cast<std::size_t>(op)], type_name(v), type_name(w));
    return nullptr;
}

}  // namespace

Object* rich_compare(Object* a, Object* b, int op) {
    RecursionGuard guard(" in comparison");
    if (guard.failed()) return nullptr;
    return do_richcompare(a, b, op);
}

int rich_compare_bool(Object* a, Object* b, int op) {
    if (a == b) {
        if (op == EQ) return 1;
        if (op == NE) return 0;
    }
    // The commonest operands (sorting, `in`, dict keys) without making a
    // bool: what int's, float's and str's tp_richcompare would answer.
    TypeObject* t = a->ob_type;
    if (t == b->ob_type) {
        if (t == &int_type) {
            ssize_t na = int_size(a), nb = int_size(b);
            if (na >= -1 && na <= 1 && nb >= -1 && nb <= 1) {
                std::int64_t x = na == 0 ? 0 : na * static_cast<std::int64_t>(int_digits(a)[0]);
                std::int64_t y = nb == 0 ? 0 : nb * static_cast<std::int64_t>(int_digits(b)[0]);
                return compare_values(x, y, op);
            }
        } else if (t == &float_type) {
            return compare_values(float_value(a), float_value(b), op);
        } else if (t == &str_type && (op == EQ || op == NE)) {
            return str_equal(a, b) == (op == EQ);
        }
    }
    Object* r = rich_compare(a, b, op);
    if (!r) return -1;
    int truth = r == true_object ? 1 : r == false_object ? 0 : is_true(r);
    decref(r);
    return truth;
}

int is_true(Object* o) {
    if (o == true_object) return 1;
    if (o == false_object || o == None()) return 0;
    TypeObject* t = o->ob_type;
    if (t->nb_bool) return t->nb_bool(o);
    lenfunc len = t->mp_length ? t->mp_length : t->sq_length;
    if (len) {
        ssize_t n = len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- attributes ----------------------------------------------------------------------------------

Object* get_attr(Object* o, Object* name) {
    if (!is_str(name)) {
        set_error_fmt(&exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
        return nullptr;
    }
    getattrofunc f = o->ob_type->tp_getattro ? o->ob_type->tp_getattro : generic_getattr;
    Object* r = f(o, name);
    // Whoever raised the AttributeError, it now says what was looked up on
    // what, for the traceback's "Did you mean" (attribute_error.cpp).
    if (!r) set_attribute_error_context(o, name);
    return r;
}

Object* get_attr_str(Object* o, std::string_view name) {
    Object* n = str_intern(name);
    if (!n) return nullptr;
    Object* r = get_attr(o, n);
    decref(n);
    return r;
}

int set_attr(Object* o, Object* name, Object* value) {
    if (!is_str(name)) {
        set_error_fmt(&exc::TypeError, "attribute name must be string, not '{}'", type_name(name));
        return -1;
    }
    if (setattrofunc f = o->ob_type->tp_setattro) return f(o, name, value);
    set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), str_to_utf8(name));
    return -1;
}


// CPython's _PyObject_GenericGetAttrWithDict: a data descriptor on the type
// wins, then the instance's __dict__, then a non-data descriptor or plain
// class attribute.
Object* generic_getattr(Object* o, Object* name) { return generic_getattr_ex(o, name, false); }

Object* generic_getattr_ex(Object* o, Object* name, bool suppress) {
    TypeObject* type = o->ob_type;
    Object* descr = type_lookup(type, name);
    descrgetfunc get = nullptr;
    if (descr) {
        incref(descr);
        get = descr->ob_type->tp_descr_get;
        if (get && descr->ob_type->tp_descr_set) {
            Object* r = get(descr, o, type);
            decref(descr);
            return r;
        }
    }
    if (Object* dict = instance_dict(o)) {
        if (Object* found = dict_getitem(dict, name)) {
            incref(found);
            xdecref(descr);
            return found;
        }
        if (error_occurred()) {
            xdecref(descr);
            return nullptr;
        }
    }
    if (get) {
        Object* r = get(descr, o, type);
        decref(descr);
        return r;
    }
    if (descr) return descr;
    if (!suppress)
        set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), str_to_utf8(name));
    return nullptr;
}

int generic_setattr(Object* o, Object* name, Object* value) {
    TypeObject* type = o->ob_type;
    Object* descr = type_lookup(type, name);
    if (descr && descr->ob_type->tp_descr_set) return descr->ob_type->tp_descr_set(descr, o, value);
    // An instance that object.__new__ made has its attribute store from
    // the start (object_new).  Any other -- one a built-in base's __new__
    // made, as list.__new__ makes a list subclass's instance -- gets a
    // dict object when its first attribute is set, as in CPython 3.11,
    // where only object.__new__ sets up inline values.
    if (value)
        if (Object** slot = dict_slot(o); slot && !*slot) {
            if (has_flag(type, TPFLAGS_MANAGED_DICT)) slot = &managed_dict_words(o)[1];
            if (!(*slot = dict_new())) return -1;
        }
    if (Object* dict = instance_dict(o)) {
        if (value) return dict_setitem(dict, name, value);
        if (dict_delitem(dict, name) == 0) return 0;
        if (error_matches(&exc::KeyError)) {
            clear_error();
            set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o),
                          str_to_utf8(name));
        }
        return -1;
    }
    if (descr)
        set_error_fmt(&exc::AttributeError, "'{}' object attribute '{}' is read-only", type_name(o),
                      str_to_utf8(name));
    else
        set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o),
                      str_to_utf8(name));
    return -1;
}

// ---- containers -------------------------------------------------------------------------------------

ssize_t length(Object* o) {
    TypeObject* t = o->ob_type;
    if (t->sq_length) return t->sq_length(o);
    if (t->mp_length) return t->mp_length(o);
    set_error_fmt(&exc::TypeError, "object of type '{}' has no len()", type_name(o));
    return -1;
}

Object* get_item(Object* o, Object* key) {
    TypeObject* t = o->ob_type;
    if (t->mp_subscript) return t->mp_subscript(o, key);
    if (t->sq_item) {
        ssize_t i;
        if (!index_as_ssize(key, &i)) return nullptr;
        return t->sq_item(o, i);
    }
    if (is_type(o)) {
        // PEP 560: a class subscripts through its __class_getitem__
        // (list[int]); `type` itself is generic without one.
        if (o == &type_type) return generic_alias_new(o, key);
        static Object* const class_getitem = str_intern("__class_getitem__");
        Ref<> method = Ref<>::steal(get_attr(o, class_getitem));
        if (!method && !error_matches(&exc::AttributeError)) return nullptr;
        clear_error();
        if (method && method.get() != None()) return call(method.get(), &key, 1);
        set_error_fmt(&exc::TypeError, "type '{}' is not subscriptable", static_cast<TypeObject*>(o)->tp_name);
        return nullptr;
    }
    set_error_fmt(&exc::TypeError, "'{}' object is not subscriptable", type_name(o));
    return nullptr;
}

int set_item(Object* o, Object* key, Object* value) {
    TypeObject* t = o->ob_type;
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, value);
    if (t->sq_ass_item) {
        ssize_t i;
        if (!index_as_ssize(key, &i)) return -1;
        return t->sq_ass_item(o, i, value);
    }
    set_error_fmt(&exc::TypeError, "'{}' object does not support item assignment", type_name(o));
    return -1;
}

int del_item(Object* o, Object* key) {
    TypeObject* t = o->ob_type;
    if (t->mp_ass_subscript) return t->mp_ass_subscript(o, key, nullptr);
    if (t->sq_ass_item) {
        ssize_t i;
        if (!index_as_ssize(key, &i)) return -1;
        return t->sq_ass_item(o, i, nullptr);
    }
    set_error_fmt(&exc::TypeError, "'{}' object doesn't support item deletion", type_name(o));
    return -1;
}

int contains(Object* container, Object* item) {
    if (objobjproc f = container->ob_type->sq_contains) return f(container, item);
    // Otherwise iterate and compare (CPython: _PySequence_IterSearch).
    Object* it = get_iter(container);
    if (!it) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            set_error_fmt(&exc::TypeError, "argument of type '{}' is not iterable", type_name(container));
        }
        return -1;
    }
    int found = 0;
    while (Object* x = iter_next(it)) {
        int eq = rich_compare_bool(x, item, EQ);
        decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    decref(it);
    if (found == 0 && error_occurred()) return -1;
    return found;
}

Object* get_iter(Object* o) {
    if (getiterfunc f = o->ob_type->tp_iter) {
        Object* it = f(o);
        if (it && !it->ob_type->tp_iternext) {
            set_error_fmt(&exc::TypeError, "iter() returned non-iterator of type '{}'", type_name(it));
            decref(it);
            return nullptr;
        }
        return it;
    }
    // A sequence without __iter__ is iterated by index until IndexError
    // (the old protocol; CPython: PySeqIter_New).
    if (sequence_check(o)) return seqiter_new(o);
    set_error_fmt(&exc::TypeError, "'{}' object is not iterable", type_name(o));
    return nullptr;
}

Object* iter_next(Object* it) {
    iternextfunc f = it->ob_type->tp_iternext;
    if (!f) {
        set_error_fmt(&exc::TypeError, "'{}' object is not an iterator", type_name(it));
        return nullptr;
    }
    Object* r = f(it);
    if (!r && error_matches(&exc::StopIteration)) clear_error();
    return r;
}

// ---- numbers -----------------------------------------------------------------------------------------

namespace {

struct BinarySlot {
    binaryfunc TypeObject::*slot;       // null for power (ternary)
    binaryfunc TypeObject::*inplace;    // for the in-place forms
    std::string_view symbol;
};

// Indexed by BinaryOp's non-in-place members (0..12).
const std::array<BinarySlot, 13> BINARY_SLOTS = {{
    {&TypeObject::nb_add, &TypeObject::nb_inplace_add, "+"},
    {&TypeObject::nb_and, &TypeObject::nb_inplace_and, "&"},
    {&TypeObject::nb_floor_divide, &TypeObject::nb_inplace_floor_divide, "//"},
    {&TypeObject::nb_lshift, &TypeObject::nb_inplace_lshift, "<<"},
    {&TypeObject::nb_matrix_multiply, &TypeObject::nb_inplace_matrix_multiply, "@"},
    {&TypeObject::nb_multiply, &TypeObject::nb_inplace_multiply, "*"},
    {&TypeObject::nb_remainder, &TypeObject::nb_inplace_remainder, "%"},
    {&TypeObject::nb_or, &TypeObject::nb_inplace_or, "|"},
    {nullptr, nullptr, "** or pow()"},
    {&TypeObject::nb_rshift, &TypeObject::nb_inplace_rshift, ">>"},
    {&TypeObject::nb_subtract, &TypeObject::nb_inplace_subtract, "-"},
    {&TypeObject::nb_true_divide, &TypeObject::nb_inplace_true_divide, "/"},
    {&TypeObject::nb_xor, &TypeObject::nb_inplace_xor, "^"},
}};

// CPython's binary_op1: the left operand's slot, unless the right operand's
// type is a subclass of the left's and has its own slot, which goes first;
// NotImplemented passes the turn.
Object* binary_op1(Object* v, Object* w, binaryfunc TypeObject::*slot) {
    binaryfunc slotv = v->ob_type->*slot;
    binaryfunc slotw = nullptr;
    if (w->ob_type != v->ob_type) {
        slotw = w->ob_type->*slot;
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && is_subtype(w->ob_type, v->ob_type)) {
            Object* r = slotw(v, w);
            if (r != NotImplemented()) return r;
            decref(r);
            slotw = nullptr;
        }
        Object* r = slotv(v, w);
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (slotw) return slotw(v, w);
    return not_implemented();
}

Object* ternary_power(Object* v, Object* w) {
    ternaryfunc slotv = v->ob_type->nb_power;
    ternaryfunc slotw = w->ob_type != v->ob_type ? w->ob_type->nb_power : nullptr;
    if (slotw == slotv) slotw = nullptr;
    if (slotv) {
        if (slotw && is_subtype(w->ob_type, v->ob_type)) {
            Object* r = slotw(v, w, None());
            if (r != NotImplemented()) return r;
            decref(r);
            slotw = nullptr;
        }
        Object* r = slotv(v, w, None());
        if (r != NotImplemented()) return r;
        decref(r);
    }
    if (slotw) return slotw(v, w, None());
    return not_implemented();
}

Object* unsupported(Object* v, Object* w, std::string_view symbol, bool inplace) {
    set_error_fmt(&exc::TypeError, "unsupported operand type(s) for {}{}: '{}' and '{}'", symbol,
                  inplace ? "=" : "", type_name(v), type_name(w));
    return nullptr;
}

// Sequence repetition: seq * n or n * seq.
Object* repeat(Object* seq, Object* count, ssizeargfunc f) {
    if (!count->ob_type->nb_index) {
        set_error_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '{}'", type_name(count));
        return nullptr;
    }
    ssize_t n;
    if (!index_as_ssize(count, &n)) return nullptr;
    return f(seq, n);
}

}  // namespace

Object* binary_op(Object* a, Object* b, BinaryOp op) {
    int code = static_cast<int>(op);
    bool inplace = code >= static_cast<int>(BinaryOp::InplaceAdd);
    const BinarySlot& s = BINARY_SLOTS[static_cast<std::size_t>(inplace ? code - 13 : code)];
    BinaryOp base = static_cast<BinaryOp>(inplace ? code - 13 : code);

    if (inplace && s.inplace) {
        if (binaryfunc f = a->ob_type->*(s.inplace)) {
            Object* r = f(a, b);
            if (r != NotImplemented()) return r;
            decref(r);
        }
    }
    Object* r = s.slot ? binary_op1(a, b, s.slot) : ternary_power(a, b);
    if (r != NotImplemented()) return r;
    decref(r);

    // Sequences: + concatenates, * repeats.
    if (base == BinaryOp::Add) {
        binaryfunc cat = inplace && a->ob_type->sq_inplace_concat ? a->ob_type->sq_inplace_concat
                                                                  : a->ob_type->sq_concat;
        if (cat) return cat(a, b);
    } else if (base == BinaryOp::Multiply) {
        ssizeargfunc rep = inplace && a->ob_type->sq_inplace_repeat ? a->ob_type->sq_inplace_repeat
                                                                   : a->ob_type->sq_repeat;
        if (rep) return repeat(a, b, rep);
        if (b->ob_type->sq_repeat) return repeat(b, a, b->ob_type->sq_repeat);
    }
    return unsupported(a, b, s.symbol, inplace);
}

namespace {

Object* unary(Object* o, unaryfunc TypeObject::*slot, std::string_view symbol) {
    if (unaryfunc f = o->ob_type->*slot) return f(o);
    set_error_fmt(&exc::TypeError, "bad operand type for unary {}: '{}'", symbol, type_name(o));
    return nullptr;
}

}  // namespace

Object* negative(Object* o) { return unary(o, &TypeObject::nb_negative, "-"); }
Object* positive(Object* o) { return unary(o, &TypeObject::nb_positive, "+"); }
Object* invert(Object* o) { return unary(o, &TypeObject::nb_invert, "~"); }

bool index_as_ssize(Object* o, ssize_t* out) {
    if (is_int(o)) return int_as_ssize(o, out);
    unaryfunc f = o->ob_type->nb_index;
    if (!f) {
        set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
        return false;
    }
    Object* i = f(o);
    if (!i) return false;
    bool ok = int_as_ssize(i, out);
    decref(i);
    return ok;
}

// ---- format --------------------------------------------------------------------------------------------

namespace {

// A __format__ written in Python by the value's class (or a base class),
// or null: format() runs that method, as CPython's PyObject_Format does
// through the type's __format__ (the built-in types' own are inlined
// below).
Object* python_format_method(Object* value) {
    TypeObject* t = type_of(value);
    if (t == &str_type || t == &int_type || t == &float_type || t == &bool_type) return nullptr;
    Ref<> name = Ref<>::steal(str_intern("__format__"));
    if (!name) {
        clear_error();
        return nullptr;
    }
    Object* meth = type_lookup(t, name.get());
    return meth && type_of(meth) == &function_type ? meth : nullptr;
}

}  // namespace

Object* format(Object* value, Object* spec) {
    if (Object* meth = python_format_method(value)) {
        Ref<> spec_obj = spec ? new_ref(spec) : Ref<>::steal(str_from_utf8(""));
        if (!spec_obj) return nullptr;
        Object* args[] = {spec_obj.get()};
        Ref<> r = Ref<>::steal(call_with_self(meth, value, args, 1));
        if (r && !is_str(r.get())) {
            set_error_fmt(&exc::TypeError, "__format__ must return a str, not {}", type_name(r.get()));
            return nullptr;
        }
        return r.release();
    }
    std::u32string spec_text = spec ? str_to_u32(spec) : std::u32string();
    if (spec_text.empty() && (is_str(value) || is_int(value) || is_float(value))) return str(value);
    auto finish = [](const FormatResult<std::u32string>& r) -> Object* {
        if (r.ok()) return str_from_code_points(r.value());
        TypeObject* type = r.error().type == FormatErrorType::OverflowError ? &exc::OverflowError
                           : r.error().type == FormatErrorType::MemoryError ? &exc::MemoryError
                                                                        : &exc::ValueError;
        set_error(type, r.error().message);
        return nullptr;
    };
    if (is_str(value)) {
        // CPython's str.__format__ hands back the str itself when the spec
        // leaves it unchanged (format(s, '<1') is s), a subclass's too.
        if (str_spec_keeps_value(spec_text, str_length(value))) return new_ref(value).release();
        return finish(format_str(str_to_u32(value), spec_text, type_name(value)));
    }
    if (is_float(value)) return finish(format_float(float_value(value), spec_text, type_name(value)));
    if (is_int(value)) {
        // int's own repr: a subclass may show itself otherwise.
        Object* digits = int_type.tp_repr(value);
        if (!digits) return nullptr;
        std::string text = str_to_utf8(digits);
        decref(digits);
        // bool formats as an int: repr would be "True"
        if (value == true_object || value == false_object) text.assign(1, value == true_object ? '1' : '0');
        bool negative = !text.empty() && text[0] == '-';
        return finish(format_int(negative, std::string_view(text).substr(negative ? 1 : 0), spec_text,
                                 type_name(value)));
    }
    if (spec_text.empty()) return str(value);
    set_error_fmt(&exc::TypeError, "unsupported format string passed to {}.__format__", type_name(value));
    return nullptr;
}

// ---- calls -----------------------------------------------------------------------------------------------

Object* call(Object* callable, Object* const* args, std::size_t nargs, Object* kwnames) {
    TypeObject* type = callable->ob_type;
    auto npos = static_cast<ssize_t>(nargs);
    // The callables that take the vector as it is, without a tuple.
    if (type == &function_type) {
        ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
        return eval_hooks().call_function(static_cast<FunctionObject*>(callable), args, npos + nkw, kwnames);
    }
    if (type == &builtin_function_type) {
        auto* b = static_cast<BuiltinFunctionObject*>(callable);
        return b->def->call(b->self, args, npos, kwnames);
    }
    if (type == &method_type) {
        auto* m = static_cast<MethodObject*>(callable);
        return call_with_self(m->im_func, m->im_self, args, npos, kwnames);
    }
    if (is_method_descr(callable) && npos >= 1) {
        if (!method_descr_check(callable, args[0])) return nullptr;
        return method_descr_call_on(callable, args[0], args + 1, npos - 1, kwnames);
    }
    if (is_wrapper_descr(callable) && npos >= 1 && is_instance_of(args[0], wrapper_owner(callable)))
        return wrapper_call_on(callable, args[0], args + 1, npos - 1, kwnames);
    if (type == &method_wrapper_type) {
        auto* bound = static_cast<MethodWrapperObject*>(callable);
        return wrapper_call_on(bound->descr, bound->self, args, npos, kwnames);
    }
    if (type == &type_type && static_cast<TypeObject*>(callable)->tp_vectorcall)
        return static_cast<TypeObject*>(callable)->tp_vectorcall(callable, args, npos, kwnames);
    ternaryfunc f = callable->ob_type->tp_call;
    if (!f) {
        set_error_fmt(&exc::TypeError, "'{}' object is not callable", type_name(callable));
        return nullptr;
    }
    RecursionGuard guard(" while calling a Python object");
    if (guard.failed()) return nullptr;
    // The tuple-and-dict form that tp_call takes.
    ssize_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Object* tuple = tuple_new(npos);
    if (!tuple) return nullptr;
    for (ssize_t i = 0; i < npos; ++i) {
        incref(args[i]);
        tuple_items(tuple)[i] = args[i];
    }
    Object* kwargs = nullptr;
    if (nkw) {
        kwargs = dict_new();
        for (ssize_t i = 0; kwargs && i < nkw; ++i) {
            if (dict_setitem(kwargs, tuple_item(kwnames, i), args[npos + i]) < 0) clear(kwargs);
        }
        if (!kwargs) {
            decref(tuple);
            return nullptr;
        }
    }
    Object* r = f(callable, tuple, kwargs);
    decref(tuple);
    xdecref(kwargs);
    return r;
}

Object* call_with_self(Object* callable, Object* self, Object* const* args, ssize_t npos, Object* kwnames) {
    ssize_t total = npos + (kwnames ? tuple_size(kwnames) : 0);
    // Room for self in front of the arguments: on the C++ stack for the
    // usual few, on the heap past that.
    constexpr ssize_t on_stack = 8;
    std::array<Object*, on_stack> small;
    std::unique_ptr<Object*[]> big;
    Object** v = small.data();
    if (total + 1 > on_stack) {
        big.reset(new (std::nothrow) Object*[static_cast<std::size_t>(total + 1)]);
        if (!big) return no_memory();
        v = big.get();
    }
    v[0] = self;
    std::copy(args, args + total, v + 1);
    return call(callable, v, static_cast<std::size_t>(npos + 1), kwnames);
}

Object* call_method(Object* o, Object* name, Object* const* args, ssize_t npos) {
    Object* attr = type_lookup(o->ob_type, name);
    if (!attr) {
        set_error_fmt(&exc::AttributeError, "'{}' object has no attribute '{}'", type_name(o), str_to_utf8(name));
        return nullptr;
    }
    // Functions and method descriptors take o first; anything else is
    // bound through its __get__ (a staticmethod, a callable instance).
    if (attr->ob_type == &function_type || is_method_descr(attr) || is_wrapper_descr(attr))
        return call_with_self(attr, o, args, npos);
    incref(attr);
    Ref<> held = Ref<>::steal(attr);
    if (descrgetfunc get = attr->ob_type->tp_descr_get) {
        Ref<> bound = Ref<>::steal(get(attr, o, o->ob_type));
        if (!bound) return nullptr;
        return call(bound.get(), args, static_cast<std::size_t>(npos));
    }
    return call(attr, args, static_cast<std::size_t>(npos));
}

}  // namespace glasspy::rt
