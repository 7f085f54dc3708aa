// The built-in functions that consume or make iterators: iter, next,
// sorted, sum, min, max, any, all (CPython: Python/bltinmodule.c).  The
// lazy ones that are types (enumerate, zip, map, filter, reversed) live in
// runtime/iterobjects.cpp.
//
// Each walks its iterable one item at a time through iter_next, which
// returns null both at the end (no exception) and on an error (exception
// set): every loop below therefore ends with an error_occurred() check.
#include <string_view>

#include "interp/genobject.hpp"
#include "runtime/abstract.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterobjects.hpp"
#include "runtime/list.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/builtins_internal.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// iter(object) / iter(callable, sentinel)
Object* builtin_iter(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("iter", kwnames) || !check_positional("iter", nargs, 1, 2)) return nullptr;
    Object* v = args[0];
    if (nargs == 1) {
        // An object without __iter__ but with __getitem__ is iterated by
        // index (the sequence protocol).
        if (!v->ob_type->tp_iter && sequence_check(v)) return seqiter_new(v);
        return get_iter(v);
    }
    if (!v->ob_type->tp_call) {
        set_error(&exc::TypeError, "iter(v, w): v must be callable");
        return nullptr;
    }
    return calliter_new(v, args[1]);
}

// next(iterator[, default])
Object* builtin_next(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!no_keywords("next", kwnames) || !check_positional("next", nargs, 1, 2)) return nullptr;
    Object* it = args[0];
    if (!it->ob_type->tp_iternext) {
        set_error_fmt(&exc::TypeError, "'{}' object is not an iterator", type_name(it));
        return nullptr;
    }
    Object* item = it->ob_type->tp_iternext(it);
    if (item) return item;
    if (error_occurred()) {
        if (nargs < 2 || !error_matches(&exc::StopIteration)) return nullptr;
        clear_error();
    }
    if (nargs > 1) return new_ref(args[1]).release();
    // The iterator ended without raising: next() raises the StopIteration.
    Ref<> no_args = Ref<>::steal(tuple_new(0));
    if (no_args) set_error_object(&exc::StopIteration, no_args.get());
    return nullptr;
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, then
// list.sort with the keywords (so their errors name sort(), as CPython's do).
Object* builtin_sorted(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_positional("sorted", nargs, 1, 1)) return nullptr;
    Ref<> list = Ref<>::steal(list_from_iterable(args[0]));
    if (!list) return nullptr;
    Object* kw[2];
    if (!unpack_keywords({"sort", {"key", "reverse"}, 0, 0}, args + 1, 0, kwnames, kw)) return nullptr;
    ssize_t reverse = 0;
    if (kw[1]) {
        // list.sort reads reverse as a C int (through __index__).
        Ref<> index = Ref<>::steal(number_index(kw[1]));
        if (!index || !int_as_ssize(index.get(), &reverse)) return nullptr;
    }
    Object* key = kw[0] == None() ? nullptr : kw[0];
    if (list_sort(list.get(), key, reverse != 0) < 0) return nullptr;
    return list.release();
}

// sum(iterable, /, start=0): start + item1 + item2 + ..., refusing str,
// bytes and bytearray starts (join is the fast way to add those).
Object* builtin_sum(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    Object* a[2];
    if (!unpack_keywords({"sum", {"", "start"}, 1, 2}, args, nargs, kwnames, a)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(a[0]));
    if (!it) return nullptr;
    Ref<> result;
    if (!a[1]) {
        result = Ref<>::steal(int_from_ssize(0));
    } else if (is_str(a[1])) {
        set_error(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return nullptr;
    } else if (is_bytes(a[1])) {
        set_error(&exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return nullptr;
    } else if (is_bytearray(a[1])) {
        set_error(&exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        return nullptr;
    } else {
        result = new_ref(a[1]);
    }
    // As CPython: while the total and the items are exact ints that fit a
    // machine word, add machine words; then, while they are floats, doubles.
    // `item` is the item in hand that the faster loop could not take.
    Object* item = nullptr;
    bool exhausted = false;
    auto next = [&]() {
        item = exhausted ? nullptr : iter_next(it.get());
        exhausted = !item;
        return item != nullptr;
    };
    std::int64_t total;
    if (int_small_value(result.get(), &total)) {
        while (next()) {
            std::int64_t v;
            if (!int_small_value(item, &v) || __builtin_add_overflow(total, v, &total)) break;
            decref(item);
            item = nullptr;
        }
        result = Ref<>::steal(int_from_i64(total));
    }
    if (result && result->ob_type == &float_type && !error_occurred()) {
        double ftotal = float_value(result.get());
        while (item || next()) {
            std::int64_t v;
            if (item->ob_type == &float_type) ftotal += float_value(item);
            else if (int_small_value(item, &v)) ftotal += static_cast<double>(v);
            else break;
            decref(item);
            item = nullptr;
        }
        result = Ref<>::steal(float_from_double(ftotal));
    }
    Ref<> held = Ref<>::steal(item);
    if (!result || error_occurred()) return nullptr;
    while (held || next()) {
        if (!held) held = Ref<>::steal(item);
        result = Ref<>::steal(binary_op(result.get(), held.get(), BinaryOp::Add));
        held = Ref<>();
        if (!result) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return result.release();
}

// min/max(iterable, *[, default=obj, key=func]) and min/max(a, b, c, ...,
// *[, key=func]) (CPython: min_max).  op is LT for min, GT for max: an item
// replaces the best so far only when strictly better, so the first of
// equal items wins.
Object* min_max(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, int op) {
    if (nargs == 0) {
        set_error_fmt(&exc::TypeError, "{} expected at least 1 argument, got 0", name);
        return nullptr;
    }
    Object* kw[2];
    if (!unpack_keywords({name, {"key", "default"}, 0, 0}, args + nargs, 0, kwnames, kw)) return nullptr;
    Object* keyfunc = kw[0] == None() ? nullptr : kw[0];
    Object* default_value = kw[1];
    if (nargs > 1 && default_value) {
        set_error_fmt(&exc::TypeError, "Cannot specify a default for {}() with multiple positional arguments", name);
        return nullptr;
    }
    Ref<> it;
    if (nargs == 1) {
        it = Ref<>::steal(get_iter(args[0]));
        if (!it) return nullptr;
    }
    Ref<> best_item, best_value;
    for (ssize_t i = 0;; ++i) {
        Ref<> item = nargs == 1 ? Ref<>::steal(iter_next(it.get())) : i < nargs ? new_ref(args[i]) : nullptr;
        if (!item) break;
        Object* arg = item.get();
        Ref<> value = keyfunc ? Ref<>::steal(call(keyfunc, &arg, 1)) : item;
        if (!value) return nullptr;
        if (!best_value) {
            best_item = item;
            best_value = value;
            continue;
        }
        int better = rich_compare_bool(value.get(), best_value.get(), op);
        if (better < 0) return nullptr;
        if (better) {
            best_item = item;
            best_value = value;
        }
    }
    if (error_occurred()) return nullptr;
    if (best_item) return best_item.release();
    if (default_value) return new_ref(default_value).release();
    set_error_fmt(&exc::ValueError, "{}() arg is an empty sequence", name);
    return nullptr;
}

Object* builtin_min(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return min_max("min", args, nargs, kwnames, LT);
}
Object* builtin_max(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return min_max("max", args, nargs, kwnames, GT);
}

// any() and all(): stop at the first item whose truth is `stop_at`.
Object* any_all(const char* name, Object* const* args, ssize_t nargs, Object* kwnames, bool stop_at) {
    if (!exactly_one(name, nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    while (Object* item = iter_next(it.get())) {
        int t = is_true(item);
        decref(item);
        if (t < 0) return nullptr;
        if (static_cast<bool>(t) == stop_at) return bool_from(stop_at);
    }
    if (error_occurred()) return nullptr;
    return bool_from(!stop_at);
}

Object* builtin_any(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return any_all("any", args, nargs, kwnames, true);
}
Object* builtin_all(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return any_all("all", args, nargs, kwnames, false);
}

const BuiltinDef FUNCTIONS[] = {
    {"aiter", interp::builtin_aiter,
     "aiter($module, async_iterable, /)\n--\n\n"
     "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", interp::builtin_anext,
     "async anext(aiterator[, default])\n\n"
     "Return the next item from the async iterator.  If default is given and the async\n"
     "iterator is exhausted, it is returned instead of raising StopAsyncIteration."},
    {"all", builtin_all,
     "all($module, iterable, /)\n--\n\n"
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any,
     "any($module, iterable, /)\n--\n\n"
     "Return True if bool(x) is True for any x in the iterable."},
    {"iter", builtin_iter, "Get an iterator from an object."},
    {"max", builtin_max, "With a single iterable argument, return its biggest item."},
    {"min", builtin_min, "With a single iterable argument, return its smallest item."},
    {"next", builtin_next, "Return the next item from the iterator."},
    {"sorted", builtin_sorted,
     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n"
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", builtin_sum,
     "sum($module, iterable, /, start=0)\n--\n\n"
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
};

}  // namespace

std::span<const BuiltinDef> iteration_builtins() { return FUNCTIONS; }

}  // namespace glasspy::stdlib
