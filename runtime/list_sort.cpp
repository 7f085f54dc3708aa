// list.sort: CPython 3.11's timsort (Objects/listobject.c list_sort_impl,
// described in Objects/listsort.txt).
//
// Timsort finds the runs already present in the data (ascending, or
// strictly descending ones which it reverses), extends short runs to
// `minrun` items with binary insertion, and merges runs on a stack.  Which
// runs to merge when is 3.11's "powersort" policy: each run boundary gets a
// power (how many leading bits of the two runs' midpoints, as fractions of
// the list length, agree), and a run is merged into its neighbour while the
// stack's previous boundary has a higher power.  Merging starts one item at
// a time; when one run keeps winning (min_gallop times in a row) it
// "gallops": exponential then binary search for how far that run wins.
// Stable: ties keep the left run's item first.  The comparisons made (and
// their order) are CPython's, so a __lt__ that prints prints the same lines.
//
// Around the algorithm, as CPython: while sorting, the list is emptied
// (ob_size 0, ob_item null, allocated -1) so that code run by a comparison
// sees an empty list, and anything that modified it is detected afterwards
// ("list modified during sort"); key functions are called once per item,
// before any comparison, and the keys move together with the items
// (a "sortslice"); reverse=True reverses, sorts stably, and reverses back so
// equal items keep their order; a failing comparison stops the sort and
// leaves the items in some permutation.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/list.hpp"

namespace glasspy::rt {

namespace {

constexpr int MIN_GALLOP = 7;              // listobject.c: initial min_gallop
constexpr int MAX_MERGE_PENDING = 8 * 8;   // SIZEOF_SIZE_T * 8 runs at most

// Keys and the items they belong to, moved together; values is null when
// the items are their own keys (no key function).
struct SortSlice {
    Object** keys;
    Object** values;

    void advance(ssize_t n) {
        keys += n;
        if (values) values += n;
    }
};

void ss_copy(SortSlice& s1, ssize_t i, const SortSlice& s2, ssize_t j) {
    s1.keys[i] = s2.keys[j];
    if (s1.values) s1.values[i] = s2.values[j];
}
void ss_copy_incr(SortSlice& dst, SortSlice& src) {
    *dst.keys++ = *src.keys++;
    if (dst.values) *dst.values++ = *src.values++;
}
void ss_copy_decr(SortSlice& dst, SortSlice& src) {
    *dst.keys-- = *src.keys--;
    if (dst.values) *dst.values-- = *src.values--;
}
void ss_memcpy(SortSlice& s1, ssize_t i, const SortSlice& s2, ssize_t j, ssize_t n) {
    std::memcpy(&s1.keys[i], &s2.keys[j], static_cast<std::size_t>(n) * sizeof(Object*));
    if (s1.values) std::memcpy(&s1.values[i], &s2.values[j], static_cast<std::size_t>(n) * sizeof(Object*));
}
void ss_memmove(SortSlice& s1, ssize_t i, const SortSlice& s2, ssize_t j, ssize_t n) {
    std::memmove(&s1.keys[i], &s2.keys[j], static_cast<std::size_t>(n) * sizeof(Object*));
    if (s1.values) std::memmove(&s1.values[i], &s2.values[j], static_cast<std::size_t>(n) * sizeof(Object*));
}

void reverse_slice(Object** lo, Object** hi) {
    --hi;
    while (lo < hi) std::swap(*lo++, *hi--);
}

void reverse_sortslice(SortSlice& s, ssize_t n) {
    reverse_slice(s.keys, s.keys + n);
    if (s.values) reverse_slice(s.values, s.values + n);
}

struct Run {
    SortSlice base;
    ssize_t len;
    int power;
};

struct MergeState {
    ssize_t min_gallop = MIN_GALLOP;
    ssize_t listlen = 0;
    Object** basekeys = nullptr;
    std::vector<Object*> temp_keys, temp_values;  // the merge's temp area (ms->a)
    int n = 0;
    Run pending[MAX_MERGE_PENDING];

    // ISLT: a < b, or -1 with the exception set.
    static int lt(Object* a, Object* b) { return rich_compare_bool(a, b, LT); }

    SortSlice temp(ssize_t need, bool with_values) {
        if (static_cast<ssize_t>(temp_keys.size()) < need) temp_keys.resize(static_cast<std::size_t>(need));
        if (with_values && static_cast<ssize_t>(temp_values.size()) < need)
            temp_values.resize(static_cast<std::size_t>(need));
        return {temp_keys.data(), with_values ? temp_values.data() : nullptr};
    }

    int binarysort(SortSlice lo, Object** hi, Object** start);
    ssize_t count_run(Object** lo, Object** hi, bool* descending);
    ssize_t gallop_left(Object* key, Object** a, ssize_t n, ssize_t hint);
    ssize_t gallop_right(Object* key, Object** a, ssize_t n, ssize_t hint);
    int merge_lo(SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb);
    int merge_hi(SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb);
    int merge_at(int i);
    int found_new_run(ssize_t n2);
    int merge_force_collapse();
};

// Binary insertion sort of [lo, hi), of which [lo, start) is sorted.
int MergeState::binarysort(SortSlice lo, Object** hi, Object** start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        Object** l = lo.keys;
        Object** r = start;
        Object* pivot = *r;
        do {
            Object** p = l + ((r - l) >> 1);
            int k = lt(pivot, *p);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        for (Object** p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ssize_t offset = lo.values - lo.keys;
            Object** p = start + offset;
            Object* vpivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p) *p = *(p - 1);
            *l = vpivot;
        }
    }
    return 0;
}

// The length of the run starting at lo: non-decreasing, or strictly
// decreasing (*descending; strict so that reversing it keeps stability).
ssize_t MergeState::count_run(Object** lo, Object** hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    ssize_t n = 2;
    int k = lt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = lt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = lt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

// Where key belongs in the sorted a[0..n): the leftmost position (before
// equal items), searching outward from a[hint] in steps 1, 3, 7, 15, ...
ssize_t MergeState::gallop_left(Object* key, Object** a, ssize_t n, ssize_t hint) {
    a += hint;
    ssize_t lastofs = 0, ofs = 1;
    int k = lt(*a, key);
    if (k < 0) return -1;
    if (k) {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = lt(a[ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = lt(*(a - ofs), key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = lt(a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

// As gallop_left, but the rightmost position (after equal items).
ssize_t MergeState::gallop_right(Object* key, Object** a, ssize_t n, ssize_t hint) {
    a += hint;
    ssize_t lastofs = 0, ofs = 1;
    int k = lt(key, *a);
    if (k < 0) return -1;
    if (k) {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = lt(key, *(a - ofs));
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = lt(key, a[ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        k = lt(key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

// Merges the adjacent runs a (na items) and b (nb items), na <= nb: a is
// copied to the temp area and the merge fills from the left.
int MergeState::merge_lo(SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    SortSlice tmp = temp(na, ssa.values != nullptr);
    ss_memcpy(tmp, 0, ssa, 0, na);
    SortSlice dest = ssa;
    ssa = tmp;
    int result = -1;
    ssize_t min_gallop_local;
    ss_copy_incr(dest, ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    min_gallop_local = min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;  // times each run won in a row
        // One at a time until one run appears to win consistently.
        for (;;) {
            int k = lt(ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                ss_copy_incr(dest, ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop_local) break;
            } else {
                ss_copy_incr(dest, ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop_local) break;
            }
        }
        // Gallop while it pays off.
        ++min_gallop_local;
        do {
            min_gallop_local -= min_gallop_local > 1;
            min_gallop = min_gallop_local;
            ssize_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memcpy(dest, 0, ssa, 0, k);
                dest.advance(k);
                ssa.advance(k);
                na -= k;
                if (na == 1) goto copy_b;
                // Impossible for a consistent comparison, but it may not be.
                if (na == 0) goto succeed;
            }
            ss_copy_incr(dest, ssb);
            --nb;
            if (nb == 0) goto succeed;
            k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                ss_memmove(dest, 0, ssb, 0, k);
                dest.advance(k);
                ssb.advance(k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            ss_copy_incr(dest, ssa);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop_local;  // penalise leaving galloping mode
        min_gallop = min_gallop_local;
    }
succeed:
    result = 0;
fail:
    if (na) ss_memcpy(dest, 0, ssa, 0, na);
    return result;
copy_b:
    // The last item of a belongs at the end of the merge.
    ss_memmove(dest, 0, ssb, 0, nb);
    ss_copy(dest, nb, ssa, 0);
    return 0;
}

// Merges a and b with na >= nb: b is copied to the temp area and the merge
// fills from the right.
int MergeState::merge_hi(SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    SortSlice tmp = temp(nb, ssa.values != nullptr);
    SortSlice dest = ssb;
    dest.advance(nb - 1);
    ss_memcpy(tmp, 0, ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = tmp;
    ssb.keys = tmp.keys + nb - 1;
    if (ssb.values) ssb.values = tmp.values + nb - 1;
    ssa.advance(na - 1);
    int result = -1;
    ssize_t min_gallop_local;
    ss_copy_decr(dest, ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    min_gallop_local = min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            int k = lt(ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                ss_copy_decr(dest, ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop_local) break;
            } else {
                ss_copy_decr(dest, ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop_local) break;
            }
        }
        ++min_gallop_local;
        do {
            min_gallop_local -= min_gallop_local > 1;
            min_gallop = min_gallop_local;
            ssize_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest.advance(-k);
                ssa.advance(-k);
                ss_memmove(dest, 1, ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            ss_copy_decr(dest, ssb);
            --nb;
            if (nb == 1) goto copy_a;
            k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest.advance(-k);
                ssb.advance(-k);
                ss_memcpy(dest, 1, ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                // Impossible for a consistent comparison, but it may not be.
                if (nb == 0) goto succeed;
            }
            ss_copy_decr(dest, ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop_local;
        min_gallop = min_gallop_local;
    }
succeed:
    result = 0;
fail:
    if (nb) ss_memcpy(dest, -(nb - 1), baseb, 0, nb);
    return result;
copy_a:
    // The first item of b belongs at the front of the merge.
    ss_memmove(dest, 1 - na, ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    ss_copy(dest, 0, ssb, 0);
    return 0;
}

// Merges the runs at stack positions i and i + 1.
int MergeState::merge_at(int i) {
    SortSlice ssa = pending[i].base;
    ssize_t na = pending[i].len;
    SortSlice ssb = pending[i + 1].base;
    ssize_t nb = pending[i + 1].len;
    pending[i].len = na + nb;
    if (i == n - 3) pending[i + 1] = pending[i + 2];
    --n;
    // Items of a before where b[0] goes are already in place.
    ssize_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ssa.advance(k);
    na -= k;
    if (na == 0) return 0;
    // Items of b after where a's last goes are already in place.
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    return na <= nb ? merge_lo(ssa, na, ssb, nb) : merge_hi(ssa, na, ssb, nb);
}

// powerloop: the power of the boundary between a run at s1 (n1 items) and
// the next (n2 items) in a list of n: how many leading bits of the two
// runs' midpoints, as fractions of n, agree, plus one.
int powerloop(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n) {
    int result = 0;
    ssize_t a = 2 * s1 + n1;  // 2 * the first midpoint
    ssize_t b = a + n1 + n2;  // 2 * the second
    for (;;) {
        ++result;
        if (a >= n) {  // both quotient bits are 1
            a -= n;
            b -= n;
        } else if (b >= n) {  // they differ
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

int MergeState::found_new_run(ssize_t n2) {
    if (n) {
        Run* p = pending;
        ssize_t s1 = p[n - 1].base.keys - basekeys;
        ssize_t n1 = p[n - 1].len;
        int power = powerloop(s1, n1, n2, listlen);
        while (n > 1 && p[n - 2].power > power)
            if (merge_at(n - 2) < 0) return -1;
        p[n - 1].power = power;
    }
    return 0;
}

int MergeState::merge_force_collapse() {
    while (n > 1) {
        int i = n - 2;
        if (i > 0 && pending[i - 1].len < pending[i + 1].len) --i;
        if (merge_at(i) < 0) return -1;
    }
    return 0;
}

// merge_compute_minrun: n's top 6 bits, plus 1 if any lower bit is set, so
// that n / minrun is a power of two or just below one (balanced merges).
ssize_t merge_compute_minrun(ssize_t n) {
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// The timsort main loop over lo (nremaining items).
int timsort(SortSlice lo, ssize_t nremaining) {
    MergeState ms;
    ms.listlen = nremaining;
    ms.basekeys = lo.keys;
    ssize_t minrun = merge_compute_minrun(nremaining);
    do {
        bool descending;
        ssize_t n = ms.count_run(lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) return -1;
        if (descending) reverse_sortslice(lo, n);
        // A short run is extended to min(minrun, nremaining) items.
        if (n < minrun) {
            const ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (ms.binarysort(lo, lo.keys + force, lo.keys + n) < 0) return -1;
            n = force;
        }
        if (ms.found_new_run(n) < 0) return -1;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        lo.advance(n);
        nremaining -= n;
    } while (nremaining);
    return ms.merge_force_collapse();
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
        if (reverse) {
            if (key) reverse_slice(keys.data(), keys.data() + saved_size);
            reverse_slice(saved_items, saved_items + saved_size);
        }
        SortSlice lo = key ? SortSlice{keys.data(), saved_items} : SortSlice{saved_items, nullptr};
        failed = timsort(lo, saved_size) < 0;
        if (reverse) reverse_slice(saved_items, saved_items + saved_size);
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
