// What makes bytearray mutable: item and slice assignment and deletion, and
// the list-like methods (CPython: Objects/bytearrayobject.c
// bytearray_ass_subscript, extend, insert, pop, remove, reverse, clear,
// copy).  Every change goes through bytearray_resize, which over-allocates
// as CPython does, and memmove within the buffer.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/int.hpp"
#include "runtime/none.hpp"
#include "runtime/slice.hpp"
#include "runtime/str.hpp"

namespace glasspy::rt {

namespace {

char* data_of(Object* b) { return static_cast<ByteArrayObject*>(b)->ob_start; }
ssize_t size_of(const Object* b) { return static_cast<const VarObject*>(b)->ob_size; }

// A byte value from an int-like object (CPython: _getbytevalue).
bool byte_value(Object* o, int* out) {
    ssize_t v;
    if (!arg_ssize(o, &v)) return false;
    if (v < 0 || v > 255) {
        set_error(&exc::ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

// The bytes to put into a slice: bytes, a bytearray (a copy: it may be
// the target itself), or an iterable of ints; not str or int.
bool slice_source(Object* value, std::string* out) {
    if (is_bytes(value)) {
        out->assign(bytes_view(value));
        return true;
    }
    if (is_bytearray(value)) {
        out->assign(bytearray_view(value));
        return true;
    }
    if (is_str(value) || is_int(value)) {
        set_error(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    Ref<> converted = Ref<>::steal(call(&bytearray_type, &value, 1));
    if (!converted) return false;
    out->assign(bytearray_view(converted.get()));
    return true;
}

// Replaces [start, stop) (stop >= start) with data.
int replace_range(Object* self, ssize_t start, ssize_t stop, std::string_view data) {
    ssize_t old_size = size_of(self);
    ssize_t removed = stop - start;
    auto added = static_cast<ssize_t>(data.size());
    ssize_t new_size = old_size - removed + added;
    if (added > removed && bytearray_resize(self, new_size) < 0) return -1;
    char* buf = data_of(self);
    if (added != removed) std::memmove(buf + start + added, buf + stop, static_cast<std::size_t>(old_size - stop));
    if (added) std::memcpy(buf + start, data.data(), data.size());
    if (added < removed && bytearray_resize(self, new_size) < 0) return -1;
    return 0;
}

int assign_index(Object* self, Object* key, Object* value) {
    ssize_t i;
    if (!index_from_key(key, &i)) return -1;
    ssize_t n = size_of(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        set_error(&exc::IndexError, "bytearray index out of range");
        return -1;
    }
    if (!value) return replace_range(self, i, i + 1, {});
    int byte;
    if (!byte_value(value, &byte)) return -1;
    data_of(self)[i] = static_cast<char>(byte);
    return 0;
}

int assign_slice(Object* self, Object* key, Object* value) {
    std::string source;
    if (value && !slice_source(value, &source)) return -1;
    ssize_t start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return -1;
    ssize_t count = slice_adjust_indices(size_of(self), &start, &stop, step);
    if (step == 1) return replace_range(self, start, std::max(start, stop), source);
    if (!value) {  // del b[::k]: keep what the slice does not name
        if (count == 0) return 0;
        std::vector<bool> drop(static_cast<std::size_t>(size_of(self)), false);
        for (ssize_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<std::size_t>(i)] = true;
        std::string kept;
        std::string_view all = bytearray_view(self);
        for (std::size_t i = 0; i < all.size(); ++i)
            if (!drop[i]) kept += all[i];
        return replace_range(self, 0, size_of(self), kept);
    }
    if (static_cast<ssize_t>(source.size()) != count) {
        set_error_fmt(&exc::ValueError, "attempt to assign bytes of size {} to extended slice of size {}",
                      source.size(), count);
        return -1;
    }
    char* buf = data_of(self);
    for (ssize_t k = 0, i = start; k < count; ++k, i += step) buf[i] = source[static_cast<std::size_t>(k)];
    return 0;
}


}  // namespace

Object* bytearray_extend(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("bytearray.extend", nargs, kwnames)) return nullptr;
    Object* source = args[0];
    std::string data;
    if (is_bytes(source) || is_bytearray(source)) {
        data.assign(is_bytes(source) ? bytes_view(source) : bytearray_view(source));
    } else {
        Ref<> it = Ref<>::steal(get_iter(source));
        if (!it) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                set_error_fmt(&exc::TypeError, "can't extend bytearray with {}", type_name(source));
            }
            return nullptr;
        }
        for (;;) {
            Ref<> item = Ref<>::steal(iter_next(it.get()));
            if (!item) break;
            int byte;
            if (!byte_value(item.get(), &byte)) return nullptr;
            data += static_cast<char>(byte);
        }
        if (error_occurred()) return nullptr;
    }
    ssize_t n = size_of(self);
    if (replace_range(self, n, n, data) < 0) return nullptr;
    return none_ref();
}

Object* bytearray_insert(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("insert", kwnames) || !check_positional("insert", nargs, 2, 2)) return nullptr;
    ssize_t index;
    int byte;
    if (!arg_ssize(args[0], &index) || !byte_value(args[1], &byte)) return nullptr;
    ssize_t n = size_of(self);
    if (index < 0) index = std::max<ssize_t>(0, index + n);
    index = std::min(index, n);
    char c = static_cast<char>(byte);
    if (replace_range(self, index, index, std::string_view(&c, 1)) < 0) return nullptr;
    return none_ref();
}

Object* bytearray_pop(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("pop", kwnames) || !check_positional("pop", nargs, 0, 1)) return nullptr;
    ssize_t index = -1;
    if (nargs && !arg_ssize(args[0], &index)) return nullptr;
    ssize_t n = size_of(self);
    if (n == 0) {
        set_error(&exc::IndexError, "pop from empty bytearray");
        return nullptr;
    }
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        set_error(&exc::IndexError, "pop index out of range");
        return nullptr;
    }
    auto byte = static_cast<unsigned char>(data_of(self)[index]);
    if (replace_range(self, index, index + 1, {}) < 0) return nullptr;
    return int_from_ssize(byte);
}

Object* bytearray_remove(Object* self, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_one_arg("bytearray.remove", nargs, kwnames)) return nullptr;
    int byte;
    if (!byte_value(args[0], &byte)) return nullptr;
    std::string_view all = bytearray_view(self);
    std::size_t at = all.find(static_cast<char>(byte));
    if (at == std::string_view::npos) {
        set_error(&exc::ValueError, "value not found in bytearray");
        return nullptr;
    }
    auto i = static_cast<ssize_t>(at);
    if (replace_range(self, i, i + 1, {}) < 0) return nullptr;
    return none_ref();
}

Object* bytearray_reverse(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.reverse", nargs, kwnames)) return nullptr;
    if (size_of(self)) std::reverse(data_of(self), data_of(self) + size_of(self));
    return none_ref();
}

Object* bytearray_clear(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.clear", nargs, kwnames)) return nullptr;
    if (bytearray_resize(self, 0) < 0) return nullptr;
    return none_ref();
}

Object* bytearray_copy(Object* self, Object* const*, ssize_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.copy", nargs, kwnames)) return nullptr;
    return bytearray_from(bytearray_view(self));
}

int bytearray_ass_subscript(Object* self, Object* key, Object* value) {
    if (is_index(key)) return assign_index(self, key, value);
    if (is_slice(key)) return assign_slice(self, key, value);
    set_error_fmt(&exc::TypeError, "bytearray indices must be integers or slices, not {}", type_name(key));
    return -1;
}


}  // namespace glasspy::rt
