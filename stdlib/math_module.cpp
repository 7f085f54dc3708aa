// The math module (CPython: Modules/mathmodule.c): C's libm on floats with
// CPython's argument conversion and errors ("math domain error" when a
// finite argument gives NaN, "math range error" when it gives an
// infinity), and the integer functions on arbitrary-size ints.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <vector>

#include "runtime/abstract.hpp"
#include "runtime/args.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/int.hpp"
#include "runtime/int_internal.hpp"
#include "runtime/module.hpp"
#include "runtime/none.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/typeobject.hpp"
#include "stdlib/math_norm.hpp"
#include "stdlib/modules.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

bool to_double(Object* o, double* out) { return float_as_double(o, out); }

Object* domain_error() {
    set_error(&exc::ValueError, "math domain error");
    return nullptr;
}

// One-argument float functions (CPython: math_1): a NaN result from a
// non-NaN argument is a domain error, an infinite one from a finite
// argument a range error (overflow) unless the function may do that.
Object* math_1(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, double (*f)(double),
               bool can_overflow) {
    if (!check_no_kwargs(name, kwnames) || !check_one_arg(name, nargs, nullptr)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    errno = 0;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) {
            set_error(&exc::OverflowError, "math range error");
            return nullptr;
        }
        return domain_error();
    }
    return float_from_double(r);
}

#define GP_MATH1(pyname, cfunc, overflow)                                                    \
    Object* math_##pyname(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {    \
        return math_1(args, nargs, kwnames, #pyname, [](double x) { return cfunc(x); }, overflow); \
    }
GP_MATH1(sqrt, std::sqrt, false)
GP_MATH1(exp, std::exp, true)
GP_MATH1(expm1, std::expm1, true)
GP_MATH1(sin, std::sin, false)
GP_MATH1(cos, std::cos, false)
GP_MATH1(tan, std::tan, false)
GP_MATH1(asin, std::asin, false)
GP_MATH1(acos, std::acos, false)
GP_MATH1(atan, std::atan, false)
GP_MATH1(sinh, std::sinh, true)
GP_MATH1(cosh, std::cosh, true)
GP_MATH1(tanh, std::tanh, false)
GP_MATH1(asinh, std::asinh, false)
GP_MATH1(acosh, std::acosh, false)
GP_MATH1(atanh, std::atanh, false)
GP_MATH1(fabs, std::fabs, false)
GP_MATH1(erf, std::erf, false)
GP_MATH1(erfc, std::erfc, false)
GP_MATH1(gamma, std::tgamma, true)
GP_MATH1(lgamma, std::lgamma, true)
GP_MATH1(log1p, std::log1p, false)
GP_MATH1(cbrt, std::cbrt, false)
GP_MATH1(exp2, std::exp2, true)
#undef GP_MATH1

// Two-argument float functions (CPython: math_2): NaN from non-NaN
// arguments is a domain error.
Object* math_2(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, double (*f)(double, double)) {
    if (!check_no_kwargs(name, kwnames) || !check_positional(name, nargs, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], &x) || !to_double(args[1], &y)) return nullptr;
    double r = f(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    return float_from_double(r);
}

Object* math_remainder(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "remainder", [](double x, double y) { return std::remainder(x, y); });
}
Object* math_nextafter(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "nextafter", [](double x, double y) { return std::nextafter(x, y); });
}

// The gap between x and the next float away from zero; the largest float's
// is the gap below it.
Object* math_ulp(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("ulp", kwnames) || !check_one_arg("ulp", nargs, nullptr)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    if (std::isnan(x)) return float_from_double(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_from_double(x);
    double up = std::nextafter(x, INFINITY);
    if (std::isinf(up)) return float_from_double(x - std::nextafter(x, -INFINITY));
    return float_from_double(up - x);
}

Object* math_degrees(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_1(args, nargs, kwnames, "degrees", [](double x) { return x * (180.0 / M_PI); }, true);
}
Object* math_radians(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_1(args, nargs, kwnames, "radians", [](double x) { return x * (M_PI / 180.0); }, false);
}

// log(x[, base]): ints of any size through their logarithm, not a double.
bool log_of(Object* o, double (*f)(double), double* out) {
    if (is_int(o)) {
        int sign = rich_compare_bool(o, Ref<>::steal(int_from_ssize(0)).get(), GT);
        if (sign < 0) return false;
        if (!sign) {
            domain_error();
            return false;
        }
        double d;
        if (int_as_double(o, &d)) {
            *out = f(d);
            return true;
        }
        // Too big for a double: log(m * 2**e) = log(m) + e*log(2).
        clear_error();
        ssize_t bits = 0;
        Ref<> shifted = Ref<>::steal((incref(o), o));
        Ref<> two_pow = Ref<>::steal(int_from_ssize(1000));
        while (!int_as_double(shifted.get(), &d)) {
            clear_error();
            shifted = Ref<>::steal(int_rshift(shifted.get(), two_pow.get()));
            if (!shifted) return false;
            bits += 1000;
        }
        *out = f(d) + static_cast<double>(bits) * f(2.0);
        return true;
    }
    double x;
    if (!to_double(o, &x)) return false;
    if (x <= 0 || std::isnan(x)) {
        if (std::isnan(x)) {
            *out = x;
            return true;
        }
        domain_error();
        return false;
    }
    *out = f(x);
    return true;
}

Object* math_log(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("log", kwnames) || !check_positional("log", nargs, 1, 2)) return nullptr;
    double num;
    if (!log_of(args[0], [](double x) { return std::log(x); }, &num)) return nullptr;
    if (nargs == 1) return float_from_double(num);
    double den;
    if (!log_of(args[1], [](double x) { return std::log(x); }, &den)) return nullptr;
    if (den == 0) {
        set_error(&exc::ZeroDivisionError, "float division by zero");
        return nullptr;
    }
    return float_from_double(num / den);
}

Object* math_log2(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("log2", kwnames) || !check_one_arg("log2", nargs, nullptr)) return nullptr;
    double r;
    if (!log_of(args[0], [](double x) { return std::log2(x); }, &r)) return nullptr;
    return float_from_double(r);
}

Object* math_log10(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("log10", kwnames) || !check_one_arg("log10", nargs, nullptr)) return nullptr;
    double r;
    if (!log_of(args[0], [](double x) { return std::log10(x); }, &r)) return nullptr;
    return float_from_double(r);
}

// floor/ceil/trunc: ints unchanged, floats to int, others by __floor__ etc.
Object* rounding(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, const char* dunder,
                 double (*f)(double)) {
    if (!check_no_kwargs(name, kwnames) || !check_one_arg(name, nargs, nullptr)) return nullptr;
    Object* x = args[0];
    if (x->ob_type == &int_type) {
        incref(x);
        return x;
    }
    if (x->ob_type == &float_type) {
        double d = float_value(x);
        if (std::isinf(d)) {
            set_error(&exc::OverflowError, "cannot convert float infinity to integer");
            return nullptr;
        }
        if (std::isnan(d)) {
            set_error(&exc::ValueError, "cannot convert float NaN to integer");
            return nullptr;
        }
        return int_from_double(f(d));
    }
    Ref<> method = Ref<>::steal(str_intern(dunder));
    if (type_lookup(x->ob_type, method.get())) return call_method(x, method.get(), nullptr, 0);
    if (std::string_view(name) == "trunc") {
        set_error_fmt(&exc::TypeError, "type {} doesn't define __trunc__ method", type_name(x));
        return nullptr;
    }
    double d;
    if (!to_double(x, &d)) return nullptr;
    return int_from_double(f(d));
}

Object* math_floor(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return rounding(args, nargs, kwnames, "floor", "__floor__", [](double x) { return std::floor(x); });
}
Object* math_ceil(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return rounding(args, nargs, kwnames, "ceil", "__ceil__", [](double x) { return std::ceil(x); });
}
Object* math_trunc(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return rounding(args, nargs, kwnames, "trunc", "__trunc__", [](double x) { return std::trunc(x); });
}

// Two-argument float functions.
template <typename F>
Object* math_2(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, F f) {
    if (!check_no_kwargs(name, kwnames) || !check_positional(name, nargs, 2, 2)) return nullptr;
    double x, y;
    if (!to_double(args[0], &x) || !to_double(args[1], &y)) return nullptr;
    return f(x, y);
}

Object* math_pow(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "pow", [](double x, double y) -> Object* {
        if (x == 0 && y < 0) return domain_error();
        if (x < 0 && std::isfinite(y) && y != std::floor(y)) return domain_error();
        double r = std::pow(x, y);
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
            set_error(&exc::OverflowError, "math range error");
            return nullptr;
        }
        return float_from_double(r);
    });
}
Object* math_atan2(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "atan2", [](double y, double x) { return float_from_double(std::atan2(y, x)); });
}
Object* math_copysign(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "copysign",
                  [](double x, double y) { return float_from_double(std::copysign(x, y)); });
}
Object* math_fmod(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    return math_2(args, nargs, kwnames, "fmod", [](double x, double y) -> Object* {
        if (y == 0 && !std::isnan(x)) return domain_error();
        if (std::isinf(x) && !std::isnan(y)) return domain_error();
        return float_from_double(std::fmod(x, y));
    });
}
Object* math_ldexp(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("ldexp", kwnames) || !check_positional("ldexp", nargs, 2, 2)) return nullptr;
    double x;
    ssize_t e;
    if (!to_double(args[0], &x)) return nullptr;
    if (!is_int(args[1])) {
        set_error(&exc::TypeError, "Expected an int as second argument to ldexp.");
        return nullptr;
    }
    if (!int_as_ssize(args[1], &e)) return nullptr;
    double r = std::ldexp(x, static_cast<int>(std::clamp<ssize_t>(e, -100000, 100000)));
    if (std::isinf(r) && std::isfinite(x)) {
        set_error(&exc::OverflowError, "math range error");
        return nullptr;
    }
    return float_from_double(r);
}

Object* predicate(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, bool (*f)(double)) {
    if (!check_no_kwargs(name, kwnames) || !check_one_arg(name, nargs, nullptr)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    return bool_from(f(x));
}
Object* math_isnan(Object*, Object* const* a, ssize_t n, Object* k) {
    return predicate(a, n, k, "isnan", [](double x) { return std::isnan(x); });
}
Object* math_isinf(Object*, Object* const* a, ssize_t n, Object* k) {
    return predicate(a, n, k, "isinf", [](double x) { return std::isinf(x); });
}
Object* math_isfinite(Object*, Object* const* a, ssize_t n, Object* k) {
    return predicate(a, n, k, "isfinite", [](double x) { return std::isfinite(x); });
}

Object* math_isclose(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"", "", "rel_tol", "abs_tol"};
    static constexpr ArgParser parser{"isclose", kw, 2, 2, 0};
    Object* argv[4];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    double a, b, rel = 1e-9, abs_tol = 0.0;
    if (!to_double(argv[0], &a) || !to_double(argv[1], &b)) return nullptr;
    if (argv[2] && !to_double(argv[2], &rel)) return nullptr;
    if (argv[3] && !to_double(argv[3], &abs_tol)) return nullptr;
    if (rel < 0.0 || abs_tol < 0.0) {
        set_error(&exc::ValueError, "tolerances must be non-negative");
        return nullptr;
    }
    if (a == b) return bool_from(true);
    if (std::isinf(a) || std::isinf(b)) return bool_from(false);
    double diff = std::fabs(b - a);
    return bool_from((diff <= std::fabs(rel * b)) || (diff <= std::fabs(rel * a)) || (diff <= abs_tol));
}

Object* math_modf(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("modf", kwnames) || !check_one_arg("modf", nargs, nullptr)) return nullptr;
    double x, ip;
    if (!to_double(args[0], &x)) return nullptr;
    double fp = std::modf(x, &ip);
    Ref<> a = Ref<>::steal(float_from_double(fp));
    Ref<> b = Ref<>::steal(float_from_double(ip));
    if (!a || !b) return nullptr;
    return tuple_pack({a.get(), b.get()});
}

Object* math_frexp(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("frexp", kwnames) || !check_one_arg("frexp", nargs, nullptr)) return nullptr;
    double x;
    if (!to_double(args[0], &x)) return nullptr;
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    Ref<> a = Ref<>::steal(float_from_double(m));
    Ref<> b = Ref<>::steal(int_from_ssize(e));
    if (!a || !b) return nullptr;
    return tuple_pack({a.get(), b.get()});
}

// ---- integer functions ---------------------------------------------------------------------

// An integer argument (CPython: PyNumber_Index): "'float' object cannot be
// interpreted as an integer".
Object* index_arg(Object* o) {
    if (is_int(o)) {
        incref(o);
        return o;
    }
    if (o->ob_type->nb_index) return o->ob_type->nb_index(o);
    set_error_fmt(&exc::TypeError, "'{}' object cannot be interpreted as an integer", type_name(o));
    return nullptr;
}

int sign_of(Object* n) {
    Ref<> zero = Ref<>::steal(int_from_ssize(0));
    if (rich_compare_bool(n, zero.get(), LT) > 0) return -1;
    return rich_compare_bool(n, zero.get(), EQ) > 0 ? 0 : 1;
}

Object* math_factorial(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("factorial", kwnames) || !check_one_arg("factorial", nargs, nullptr)) return nullptr;
    Ref<> n = Ref<>::steal(index_arg(args[0]));
    if (!n) return nullptr;
    if (sign_of(n.get()) < 0) {
        set_error(&exc::ValueError, "factorial() not defined for negative values");
        return nullptr;
    }
    ssize_t count;
    if (!int_as_ssize(n.get(), &count)) {
        clear_error();
        set_error(&exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return nullptr;
    }
    Ref<> result = Ref<>::steal(int_from_ssize(1));
    for (ssize_t i = 2; i <= count && result; ++i) {
        Ref<> k = Ref<>::steal(int_from_ssize(i));
        result = Ref<>::steal(int_mul(result.get(), k.get()));
    }
    return result.release();
}

// gcd of two ints by GMP (its subquadratic algorithm on big ones, as
// CPython's Lehmer gcd is far faster than plain Euclid).
Object* int_gcd2(Object* a, Object* b) {
    Mpz x, y, g;
    int_to_mpz(a, x);
    int_to_mpz(b, y);
    mpz_gcd(g, x, y);
    return int_from_mpz(g);
}

Object* math_gcd(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("gcd", kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(int_from_ssize(0));
    for (ssize_t i = 0; i < nargs && result; ++i) {
        Ref<> v = Ref<>::steal(index_arg(args[i]));
        if (!v) return nullptr;
        result = Ref<>::steal(int_gcd2(result.get(), v.get()));
    }
    return result.release();
}

Object* math_lcm(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("lcm", kwnames)) return nullptr;
    Ref<> result = Ref<>::steal(int_from_ssize(1));
    for (ssize_t i = 0; i < nargs && result; ++i) {
        Ref<> v = Ref<>::steal(index_arg(args[i]));
        if (!v) return nullptr;
        if (sign_of(v.get()) == 0) return int_from_ssize(0);
        Ref<> g = Ref<>::steal(int_gcd2(result.get(), v.get()));
        Ref<> prod = Ref<>::steal(int_mul(result.get(), v.get()));
        if (!g || !prod) return nullptr;
        Ref<> q = Ref<>::steal(int_floor_div(prod.get(), g.get()));
        result = Ref<>::steal(q ? int_abs(q.get()) : nullptr);
    }
    return result.release();
}

// isqrt(n): the largest a with a*a <= n, by Newton's iteration on ints.
Object* math_isqrt(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("isqrt", kwnames) || !check_one_arg("isqrt", nargs, nullptr)) return nullptr;
    Ref<> n = Ref<>::steal(index_arg(args[0]));
    if (!n) return nullptr;
    int s = sign_of(n.get());
    if (s < 0) {
        set_error(&exc::ValueError, "isqrt() argument must be nonnegative");
        return nullptr;
    }
    if (s == 0) return int_from_ssize(0);
    double d;
    Ref<> x;
    if (int_as_double(n.get(), &d) && d < 4.5e15) {
        x = Ref<>::steal(int_from_double(std::floor(std::sqrt(d))));
    } else {
        clear_error();
        x = Ref<>::steal((incref(n.get()), n.get()));
    }
    Ref<> one = Ref<>::steal(int_from_ssize(1));
    // Newton from above: y = (x + n // x) // 2 until it stops decreasing.
    for (;;) {
        Ref<> q = Ref<>::steal(int_floor_div(n.get(), x.get()));
        Ref<> s2 = Ref<>::steal(int_add(x.get(), q.get()));
        Ref<> y = Ref<>::steal(int_rshift(s2.get(), one.get()));
        if (!y) return nullptr;
        if (rich_compare_bool(y.get(), x.get(), GE) > 0) break;
        x = std::move(y);
    }
    // The estimate from a double may be one too small.
    for (;;) {
        Ref<> next = Ref<>::steal(int_add(x.get(), one.get()));
        Ref<> sq = Ref<>::steal(int_mul(next.get(), next.get()));
        if (rich_compare_bool(sq.get(), n.get(), LE) <= 0) break;
        x = std::move(next);
    }
    return x.release();
}

// comb(n, k) and perm(n, k) by products of ints.
Object* comb_perm(Object* const* args, ssize_t nargs, Object* kwnames, const char* name, bool comb) {
    if (!check_no_kwargs(name, kwnames) || !check_positional(name, nargs, comb ? 2 : 1, 2)) return nullptr;
    Ref<> n = Ref<>::steal(index_arg(args[0]));
    if (!n) return nullptr;
    Ref<> k = nargs > 1 && args[1] != None() ? Ref<>::steal(index_arg(args[1])) : Ref<>::steal((incref(n.get()), n.get()));
    if (!k) return nullptr;
    if (sign_of(n.get()) < 0) {
        set_error(&exc::ValueError, "n must be a non-negative integer");
        return nullptr;
    }
    if (sign_of(k.get()) < 0) {
        set_error(&exc::ValueError, "k must be a non-negative integer");
        return nullptr;
    }
    if (rich_compare_bool(k.get(), n.get(), GT) > 0) return int_from_ssize(0);
    ssize_t kk;
    if (!int_as_ssize(k.get(), &kk)) return nullptr;
    if (comb) {
        Ref<> nk = Ref<>::steal(int_sub(n.get(), k.get()));
        ssize_t other;
        if (int_as_ssize(nk.get(), &other) && other < kk) kk = other;
        clear_error();
    }
    Ref<> result = Ref<>::steal(int_from_ssize(1));
    for (ssize_t i = 0; i < kk && result; ++i) {
        Ref<> idx = Ref<>::steal(int_from_ssize(i));
        Ref<> factor = Ref<>::steal(int_sub(n.get(), idx.get()));
        result = Ref<>::steal(int_mul(result.get(), factor.get()));
        if (comb && result) {
            Ref<> div = Ref<>::steal(int_from_ssize(i + 1));
            result = Ref<>::steal(int_floor_div(result.get(), div.get()));
        }
    }
    return result.release();
}

Object* math_comb(Object*, Object* const* a, ssize_t n, Object* k) { return comb_perm(a, n, k, "comb", true); }
Object* math_perm(Object*, Object* const* a, ssize_t n, Object* k) { return comb_perm(a, n, k, "perm", false); }

Object* math_prod(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    static constexpr const char* kw[] = {"", "start"};
    static constexpr ArgParser parser{"prod", kw, 1, 1, 0};
    Object* argv[2];
    if (!unpack_keywords(parser, args, nargs, kwnames, argv)) return nullptr;
    Ref<> result = argv[1] ? Ref<>::steal((incref(argv[1]), argv[1])) : Ref<>::steal(int_from_ssize(1));
    Ref<> it = Ref<>::steal(get_iter(argv[0]));
    if (!it) return nullptr;
    while (Object* item = iter_next(it.get())) {
        Ref<> held = Ref<>::steal(item);
        result = Ref<>::steal(binary_op(result.get(), item, BinaryOp::Multiply));
        if (!result) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return result.release();
}

// fsum: Neumaier's compensated sum (CPython's exact partials give the same
// result on the sums that matter here, correctly rounded).
Object* math_fsum(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("fsum", kwnames) || !check_one_arg("fsum", nargs, nullptr)) return nullptr;
    Ref<> it = Ref<>::steal(get_iter(args[0]));
    if (!it) return nullptr;
    std::vector<double> partials;
    while (Object* item = iter_next(it.get())) {
        Ref<> held = Ref<>::steal(item);
        double x;
        if (!to_double(item, &x)) return nullptr;
        // Shewchuk's algorithm: partials stay non-overlapping, so the sum is exact.
        std::size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        partials.push_back(x);
    }
    if (error_occurred()) return nullptr;
    double sum = 0.0;
    for (auto p = partials.rbegin(); p != partials.rend(); ++p) sum += *p;
    return float_from_double(sum);
}

const BuiltinDef MATH_FUNCTIONS[] = {
    {"sqrt", math_sqrt,
     "sqrt($module, x, /)\n--\n\n"
     "Return the square root of x."},
    {"exp", math_exp,
     "exp($module, x, /)\n--\n\n"
     "Return e raised to the power of x."},
    {"expm1", math_expm1,
     "expm1($module, x, /)\n--\n\n"
     "Return exp(x)-1."},
    {"log", math_log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log2", math_log2,
     "log2($module, x, /)\n--\n\n"
     "Return the base 2 logarithm of x."},
    {"log10", math_log10,
     "log10($module, x, /)\n--\n\n"
     "Return the base 10 logarithm of x."},
    {"sin", math_sin,
     "sin($module, x, /)\n--\n\n"
     "Return the sine of x (measured in radians)."},
    {"cos", math_cos,
     "cos($module, x, /)\n--\n\n"
     "Return the cosine of x (measured in radians)."},
    {"tan", math_tan,
     "tan($module, x, /)\n--\n\n"
     "Return the tangent of x (measured in radians)."},
    {"asin", math_asin,
     "asin($module, x, /)\n--\n\n"
     "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos,
     "acos($module, x, /)\n--\n\n"
     "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan,
     "atan($module, x, /)\n--\n\n"
     "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2,
     "atan2($module, y, x, /)\n--\n\n"
     "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh,
     "sinh($module, x, /)\n--\n\n"
     "Return the hyperbolic sine of x."},
    {"cosh", math_cosh,
     "cosh($module, x, /)\n--\n\n"
     "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh,
     "tanh($module, x, /)\n--\n\n"
     "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh,
     "asinh($module, x, /)\n--\n\n"
     "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh,
     "acosh($module, x, /)\n--\n\n"
     "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh,
     "atanh($module, x, /)\n--\n\n"
     "Return the inverse hyperbolic tangent of x."},
    {"fabs", math_fabs,
     "fabs($module, x, /)\n--\n\n"
     "Return the absolute value of the float x."},
    {"erf", math_erf,
     "erf($module, x, /)\n--\n\n"
     "Error function at x."},
    {"erfc", math_erfc,
     "erfc($module, x, /)\n--\n\n"
     "Complementary error function at x."},
    {"gamma", math_gamma,
     "gamma($module, x, /)\n--\n\n"
     "Gamma function at x."},
    {"lgamma", math_lgamma,
     "lgamma($module, x, /)\n--\n\n"
     "Natural logarithm of absolute value of Gamma function at x."},
    {"degrees", math_degrees,
     "degrees($module, x, /)\n--\n\n"
     "Convert angle x from radians to degrees."},
    {"radians", math_radians,
     "radians($module, x, /)\n--\n\n"
     "Convert angle x from degrees to radians."},
    {"floor", math_floor,
     "floor($module, x, /)\n--\n\n"
     "Return the floor of x as an Integral."},
    {"ceil", math_ceil,
     "ceil($module, x, /)\n--\n\n"
     "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc,
     "trunc($module, x, /)\n--\n\n"
     "Truncates the Real x to the nearest Integral toward 0."},
    {"pow", math_pow,
     "pow($module, x, y, /)\n--\n\n"
     "Return x**y (x to the power of y)."},
    {"copysign", math_copysign,
     "copysign($module, x, y, /)\n--\n\n"
     "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"fmod", math_fmod,
     "fmod($module, x, y, /)\n--\n\n"
     "Return fmod(x, y), according to platform C."},
    {"ldexp", math_ldexp,
     "ldexp($module, x, i, /)\n--\n\n"
     "Return x * (2**i)."},
    {"hypot", math_hypot,
     "hypot(*coordinates) -> value\n\n"
     "Multidimensional Euclidean distance from the origin to a point.\n\n"
     "Roughly equivalent to:\n"
     "    sqrt(sum(x**2 for x in coordinates))\n\n"
     "For a two dimensional point (x, y), gives the hypotenuse\n"
     "using the Pythagorean theorem:  sqrt(x*x + y*y).\n\n"
     "For example, the hypotenuse of a 3/4/5 right triangle is:\n\n"
     "    >>> hypot(3.0, 4.0)\n"
     "    5.0\n"},
    {"isnan", math_isnan,
     "isnan($module, x, /)\n--\n\n"
     "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", math_isinf,
     "isinf($module, x, /)\n--\n\n"
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isfinite", math_isfinite,
     "isfinite($module, x, /)\n--\n\n"
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isclose", math_isclose,
     "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\n"
     "Determine whether two floating point numbers are close in value."},
    {"modf", math_modf,
     "modf($module, x, /)\n--\n\n"
     "Return the fractional and integer parts of x."},
    {"frexp", math_frexp,
     "frexp($module, x, /)\n--\n\n"
     "Return the mantissa and exponent of x, as pair (m, e)."},
    {"factorial", math_factorial,
     "factorial($module, n, /)\n--\n\n"
     "Find x!."},
    {"gcd", math_gcd,
     "gcd($module, *integers)\n--\n\n"
     "Greatest Common Divisor."},
    {"lcm", math_lcm,
     "lcm($module, *integers)\n--\n\n"
     "Least Common Multiple."},
    {"isqrt", math_isqrt,
     "isqrt($module, n, /)\n--\n\n"
     "Return the integer part of the square root of the input."},
    {"comb", math_comb,
     "comb($module, n, k, /)\n--\n\n"
     "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm,
     "perm($module, n, k=None, /)\n--\n\n"
     "Number of ways to choose k items from n items without repetition and with order."},
    {"prod", math_prod,
     "prod($module, iterable, /, *, start=1)\n--\n\n"
     "Calculate the product of all the elements in the input iterable."},
    {"log1p", math_log1p,
     "log1p($module, x, /)\n--\n\n"
     "Return the natural logarithm of 1+x (base e).\n\n"
     "The result is computed in a way which is accurate for x near zero."},
    {"cbrt", math_cbrt,
     "cbrt($module, x, /)\n--\n\n"
     "Return the cube root of x."},
    {"exp2", math_exp2,
     "exp2($module, x, /)\n--\n\n"
     "Return 2 raised to the power of x."},
    {"remainder", math_remainder,
     "remainder($module, x, y, /)\n--\n\n"
     "Difference between x and the closest integer multiple of y.\n\n"
     "Return x - n*y where n*y is the closest integer multiple of y.\n"
     "In the case where x is exactly halfway between two multiples of\n"
     "y, the nearest even value of n is used. The result is always exact."},
    {"nextafter", math_nextafter,
     "nextafter($module, x, y, /)\n--\n\n"
     "Return the next floating-point value after x towards y."},
    {"ulp", math_ulp,
     "ulp($module, x, /)\n--\n\n"
     "Return the value of the least significant bit of the float x."},
    {"dist", math_dist,
     "dist($module, p, q, /)\n--\n\n"
     "Return the Euclidean distance between two points p and q.\n\n"
     "The points should be specified as sequences (or iterables) of\n"
     "coordinates.  Both inputs must have the same dimension.\n\n"
     "Roughly equivalent to:\n"
     "    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"},
    {"fsum", math_fsum,
     "fsum($module, seq, /)\n--\n\n"
     "Return an accurate floating point sum of values in the iterable seq."},
};

Object* make_math_module() {
    Ref<> m = Ref<>::steal(module_new("math"));
    if (!m) return nullptr;
    Object* d = module_dict(m.get());
    for (const BuiltinDef& def : MATH_FUNCTIONS) {
        Ref<> f = Ref<>::steal(builtin_function_new(&def, m.get()));
        if (!f || dict_setitem_str(d, def.name, f.get()) < 0) return nullptr;
    }
    const std::pair<const char*, double> constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
    for (auto [name, value] : constants) {
        Ref<> v = Ref<>::steal(float_from_double(value));
        if (!v || dict_setitem_str(d, name, v.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace

void register_math_module() { register_native_module("math", make_math_module); }

}  // namespace glasspy::stdlib
