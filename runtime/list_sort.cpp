// list.sort (CPython: Objects/listobject.c list_sort_impl and its timsort,
// Objects/listsort.txt).
//
// What is CPython's here: while sorting, the list is emptied (ob_size 0,
// ob_item null, allocated -1) so that code run by a comparison sees an empty
// list, and anything that modified it is detected afterwards ("list modified
// during sort"); key functions are called once per item, before any
// comparison; reverse=True reverses, sorts stably, and reverses back, so
// equal items keep their original order; a failing comparison stops the
// sort and leaves the items in some permutation.
//
// The algorithm is a simpler stable merge sort than timsort: natural runs
// extended to 32 items by binary insertion, then bottom-up merging of
// adjacent runs.  TODO(#containers): timsort's galloping and run stack.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"

namespace glasspy::rt {

namespace {

// Sorts keys[] (and values[] alongside, when keys are key-function results)
// with a stable merge sort; comparisons use `<` only, as CPython's do.
struct Sorter {
    Object** keys;
    Object** values;  // null when keys are the items themselves
    bool failed = false;

    // keys[a] < keys[b]?  After a failure every comparison says "no", so the
    // sort still ends, with the items in some permutation.
    bool less(Object* a, Object* b) {
        if (failed) return false;
        int r = rich_compare_bool(a, b, LT);
        if (r < 0) failed = true;
        return r > 0;
    }

    void swap_pos(ssize_t i, ssize_t j) {
        std::swap(keys[i], keys[j]);
        if (values) std::swap(values[i], values[j]);
    }

    // Binary insertion sort of [lo, hi) where [lo, start) is already sorted.
    void binary_insertion(ssize_t lo, ssize_t hi, ssize_t start) {
        for (; start < hi; ++start) {
            Object* pivot = keys[start];
            Object* pivot_value = values ? values[start] : nullptr;
            ssize_t l = lo, r = start;
            // Insert after equal items: stability.
            while (l < r) {
                ssize_t mid = l + (r - l) / 2;
                if (less(pivot, keys[mid])) r = mid;
                else l = mid + 1;
            }
            for (ssize_t p = start; p > l; --p) {
                keys[p] = keys[p - 1];
                if (values) values[p] = values[p - 1];
            }
            keys[l] = pivot;
            if (values) values[l] = pivot_value;
        }
    }

    // Merges the sorted runs [lo, mid) and [mid, hi).
    void merge(ssize_t lo, ssize_t mid, ssize_t hi, std::vector<Object*>& tk, std::vector<Object*>& tv) {
        ssize_t n1 = mid - lo;
        tk.assign(keys + lo, keys + mid);
        if (values) tv.assign(values + lo, values + mid);
        ssize_t i = 0, j = mid, k = lo;
        while (i < n1 && j < hi) {
            // Take from the right run only if strictly less: stability.
            if (less(keys[j], tk[i])) {
                keys[k] = keys[j];
                if (values) values[k] = values[j];
                ++j;
            } else {
                keys[k] = tk[i];
                if (values) values[k] = tv[i];
                ++i;
            }
            ++k;
        }
        for (; i < n1; ++i, ++k) {
            keys[k] = tk[i];
            if (values) values[k] = tv[i];
        }
    }

    void sort(ssize_t n) {
        constexpr ssize_t MINRUN = 32;
        for (ssize_t lo = 0; lo < n; lo += MINRUN) {
            ssize_t hi = std::min(n, lo + MINRUN);
            binary_insertion(lo, hi, lo + 1);
        }
        std::vector<Object*> tk, tv;
        for (ssize_t width = MINRUN; width < n; width *= 2)
            for (ssize_t lo = 0; lo + width < n; lo += 2 * width)
                merge(lo, lo + width, std::min(n, lo + 2 * width), tk, tv);
    }
};

void reverse_slice(Object** lo, Object** hi) {
    --hi;
    while (lo < hi) std::swap(*lo++, *hi--);
}

}  // namespace

int list_sort(Object* list, Object* key, bool reverse) {
    auto* self = static_cast<ListObject*>(list);
    // Take the items out of the list for the duration of the sort.
    ssize_t saved_size = self->ob_size;
    Object** saved_items = self->ob_item;
    ssize_t saved_allocated = self->allocated;
    self->ob_size = 0;
    self->ob_item = nullptr;
    self->allocated = -1;  // any operation will reset it to >= 0

    std::vector<Object*> keys;
    bool failed = false;
    if (key && saved_size > 0) {
        keys.reserve(static_cast<std::size_t>(saved_size));
        for (ssize_t i = 0; i < saved_size; ++i) {
            Object* arg = saved_items[i];
            Object* k = call(key, &arg, 1);
            if (!k) {
                failed = true;
                break;
            }
            keys.push_back(k);
        }
    }
    if (!failed && saved_size > 1) {
        // Keys and items move together (CPython's sortslice), so both are
        // reversed around the sort.
        if (reverse) {
            reverse_slice(saved_items, saved_items + saved_size);
            if (key) reverse_slice(keys.data(), keys.data() + saved_size);
        }
        Sorter s{key ? keys.data() : saved_items, key ? saved_items : nullptr};
        s.sort(saved_size);
        failed = s.failed;
        if (reverse) {
            reverse_slice(saved_items, saved_items + saved_size);
            if (key) reverse_slice(keys.data(), keys.data() + saved_size);
        }
    }
    for (Object* k : keys) decref(k);

    // Put the items back; if the list was changed meanwhile, the sorted
    // items win and whatever was put there is dropped.
    Object** final_items = self->ob_item;
    ssize_t final_size = self->ob_size;
    bool modified = self->allocated != -1;
    self->ob_size = saved_size;
    self->ob_item = saved_items;
    self->allocated = saved_allocated;
    if (final_items) {
        for (ssize_t i = final_size; --i >= 0;) xdecref(final_items[i]);
        std::free(final_items);
    }
    if (modified && !failed) {
        set_error(&exc::ValueError, "list modified during sort");
        return -1;
    }
    return failed ? -1 : 0;
}

}  // namespace glasspy::rt
