// Substring search on native storage (see str_search.hpp; CPython:
// Objects/stringlib/fastsearch.h).
//
// CPython uses a Boyer-Moore-Horspool/two-way hybrid; here 1-byte strings go
// to glibc's memchr/memmem (memmem is two-way, so linear), and 2- and 4-byte
// strings use a scan for the needle's first character followed by memcmp,
// which is what short needles in ordinary text need.
#include "runtime/str_search.hpp"

#include <cstring>
#include <memory>
#include <type_traits>

#include "runtime/str_kind.hpp"

namespace glasspy::rt {

namespace {

// The needle's characters as the haystack's type: its own storage when the
// kinds agree, else a widened copy (inline when short, as needles are).
template <typename Char> class Needle {
public:
    explicit Needle(const Object* sub) : size_(str_length(sub)) {
        if (str_kind(sub) == static_cast<int>(sizeof(Char))) {
            data_ = str_chars<Char>(sub);
            return;
        }
        Char* out = inline_;
        if (size_ > INLINE) {
            heap_ = std::make_unique<Char[]>(static_cast<std::size_t>(size_));
            out = heap_.get();
        }
        copy_kind_chars(out, static_cast<int>(sizeof(Char)), str_data(sub), str_kind(sub), size_);
        data_ = out;
    }
    Needle(const Needle&) = delete;
    Needle& operator=(const Needle&) = delete;
    const Char* data() const { return data_; }
    ssize_t size() const { return size_; }

private:
    static constexpr ssize_t INLINE = 32;
    ssize_t size_;
    const Char* data_ = nullptr;
    Char inline_[INLINE];
    std::unique_ptr<Char[]> heap_;
};

template <typename Char> ssize_t find_char_in(const Char* h, ssize_t n, Char c) {
    if constexpr (sizeof(Char) == 1) {
        const void* r = std::memchr(h, c, static_cast<std::size_t>(n));
        return r ? static_cast<const Char*>(r) - h : -1;
    } else {
        for (ssize_t i = 0; i < n; ++i)
            if (h[i] == c) return i;
        return -1;
    }
}

template <typename Char> ssize_t rfind_char_in(const Char* h, ssize_t n, Char c) {
    if constexpr (sizeof(Char) == 1) {
        const void* r = memrchr(h, c, static_cast<std::size_t>(n));
        return r ? static_cast<const Char*>(r) - h : -1;
    } else {
        for (ssize_t i = n - 1; i >= 0; --i)
            if (h[i] == c) return i;
        return -1;
    }
}

// The first occurrence of p[0:m] in h[0:n], -1 if none; m >= 1.
template <typename Char> ssize_t find_in(const Char* h, ssize_t n, const Char* p, ssize_t m) {
    if (m > n) return -1;
    if (m == 1) return find_char_in(h, n, p[0]);
    if constexpr (sizeof(Char) == 1) {
        const void* r = memmem(h, static_cast<std::size_t>(n), p, static_cast<std::size_t>(m));
        return r ? static_cast<const Char*>(r) - h : -1;
    } else {
        auto rest = static_cast<std::size_t>(m - 1) * sizeof(Char);
        for (ssize_t i = 0, last = n - m; i <= last; ++i) {
            ssize_t k = find_char_in(h + i, last - i + 1, p[0]);
            if (k < 0) return -1;
            i += k;
            if (std::memcmp(h + i + 1, p + 1, rest) == 0) return i;
        }
        return -1;
    }
}

// The last occurrence of p[0:m] in h[0:n], -1 if none; m >= 1.
template <typename Char> ssize_t rfind_in(const Char* h, ssize_t n, const Char* p, ssize_t m) {
    if (m > n) return -1;
    if (m == 1) return rfind_char_in(h, n, p[0]);
    auto rest = static_cast<std::size_t>(m - 1) * sizeof(Char);
    for (ssize_t i = n - m; i >= 0; --i)
        if (h[i] == p[0] && std::memcmp(h + i + 1, p + 1, rest) == 0) return i;
    return -1;
}

template <typename Char> ssize_t count_in(const Char* h, ssize_t n, const Char* p, ssize_t m, ssize_t maxcount) {
    ssize_t count = 0;
    for (ssize_t i = 0; count < maxcount;) {
        ssize_t k = find_in(h + i, n - i, p, m);
        if (k < 0) break;
        ++count;
        i += k + m;
    }
    return count;
}

// Runs op(haystack, n, needle, m) with both typed as the haystack's kind;
// none_found when the needle is too wide to occur.
template <typename Op>
ssize_t search(const Object* s, const Object* sub, ssize_t start, ssize_t end, ssize_t none_found, Op op) {
    if (str_kind(sub) > str_kind(s) || str_length(sub) > end - start) return none_found;
    return with_str_chars(s, [&](const auto* h) {
        using Char = std::remove_cv_t<std::remove_pointer_t<decltype(h)>>;
        if (str_length(sub) == 1) {
            // The common one-character needle, without a Needle.
            auto c = static_cast<Char>(str_at(sub, 0));
            return op(h + start, end - start, &c, ssize_t{1});
        }
        Needle<Char> needle(sub);
        return op(h + start, end - start, needle.data(), needle.size());
    });
}

}  // namespace

ssize_t str_find_range(const Object* s, const Object* sub, ssize_t start, ssize_t end) {
    return search(s, sub, start, end, -1, [&](const auto* h, ssize_t n, const auto* p, ssize_t m) -> ssize_t {
        if (m == 0) return start;
        ssize_t k = find_in(h, n, p, m);
        return k < 0 ? -1 : start + k;
    });
}

ssize_t str_rfind_range(const Object* s, const Object* sub, ssize_t start, ssize_t end) {
    return search(s, sub, start, end, -1, [&](const auto* h, ssize_t n, const auto* p, ssize_t m) -> ssize_t {
        if (m == 0) return end;
        ssize_t k = rfind_in(h, n, p, m);
        return k < 0 ? -1 : start + k;
    });
}

ssize_t str_count_range(const Object* s, const Object* sub, ssize_t start, ssize_t end, ssize_t maxcount) {
    return search(s, sub, start, end, 0, [&](const auto* h, ssize_t n, const auto* p, ssize_t m) {
        return count_in(h, n, p, m, maxcount);
    });
}

bool str_match_at(const Object* s, ssize_t pos, const Object* sub) {
    ssize_t m = str_length(sub);
    if (m == 0) return true;
    if (str_kind(sub) > str_kind(s)) return false;
    if (str_kind(sub) == str_kind(s)) {
        int kind = str_kind(s);
        return std::memcmp(static_cast<const char*>(str_data(s)) + pos * kind, str_data(sub),
                           static_cast<std::size_t>(m * kind)) == 0;
    }
    return with_str_chars(s, [&](const auto* h) {
        return with_str_chars(sub, [&](const auto* p) {
            for (ssize_t i = 0; i < m; ++i)
                if (static_cast<char32_t>(h[pos + i]) != static_cast<char32_t>(p[i])) return false;
            return true;
        });
    });
}

ssize_t str_find_char(const Object* s, char32_t c, ssize_t start, ssize_t end) {
    if (c > str_max_char_bound(s)) return -1;
    return with_str_chars(s, [&](const auto* h) -> ssize_t {
        using Char = std::remove_cv_t<std::remove_pointer_t<decltype(h)>>;
        ssize_t k = find_char_in(h + start, end - start, static_cast<Char>(c));
        return k < 0 ? -1 : start + k;
    });
}

ssize_t str_rfind_char(const Object* s, char32_t c, ssize_t start, ssize_t end) {
    if (c > str_max_char_bound(s)) return -1;
    return with_str_chars(s, [&](const auto* h) -> ssize_t {
        using Char = std::remove_cv_t<std::remove_pointer_t<decltype(h)>>;
        ssize_t k = rfind_char_in(h + start, end - start, static_cast<Char>(c));
        return k < 0 ? -1 : start + k;
    });
}

}  // namespace glasspy::rt
