// The Euclidean norm sqrt(sum(x*x)) without overflow, underflow or the
// rounding error of the plain formula (CPython: vector_norm).  The values
// are scaled by a power of two so the largest lies in [0.5, 1): scaling
// is exact.  Each square is split exactly into a double and its rounding
// error (fma), the squares are summed with their lost low parts kept
// apart (compensated summation, starting from 1.0 so that the running sum
// is always the larger operand), and the square root gets one correction
// step from the error of squaring it back.  The result is almost always
// correctly rounded, and the same as CPython's.
#include "stdlib/math_norm.hpp"

#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/float.hpp"
#include "runtime/tuple.hpp"

namespace glasspy::stdlib {

using namespace rt;

namespace {

// a + b as a double and what rounding lost, for |a| >= |b|.
struct Exact {
    double hi, lo;
};
Exact exact_sum(double a, double b) {
    double hi = a + b;
    return {hi, (a - hi) + b};
}
Exact exact_product(double a, double b) {
    double hi = a * b;
    return {hi, std::fma(a, b, -hi)};
}

// values are >= 0 and finite unless `largest` is infinite or a NaN was seen.
double vector_norm(std::vector<double>& values, double largest, bool nan_seen) {
    if (std::isinf(largest)) return largest;
    if (nan_seen) return NAN;
    if (largest == 0.0 || values.size() <= 1) return largest;
    int exponent;
    std::frexp(largest, &exponent);
    if (exponent < -1023) {
        // Subnormal: 2**-exponent would overflow, so make them normal first.
        for (double& v : values) v /= DBL_MIN;
        return DBL_MIN * vector_norm(values, largest / DBL_MIN, nan_seen);
    }
    double scale = std::ldexp(1.0, -exponent);
    double sum = 1.0, lost_squaring = 0.0, lost_adding = 0.0;
    for (double v : values) {
        v *= scale;
        Exact square = exact_product(v, v);
        Exact added = exact_sum(sum, square.hi);
        sum = added.hi;
        lost_squaring += square.lo;
        lost_adding += added.lo;
    }
    double root = std::sqrt(sum - 1.0 + (lost_squaring + lost_adding));
    // How far root*root is from the sum, to correct root by half of it over root.
    Exact back = exact_product(-root, root);
    Exact added = exact_sum(sum, back.hi);
    sum = added.hi;
    lost_squaring += back.lo;
    lost_adding += added.lo;
    double residue = sum - 1.0 + (lost_squaring + lost_adding);
    root += residue / (2.0 * root);
    return root / scale;
}

}  // namespace

Object* math_hypot(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("hypot", kwnames)) return nullptr;
    std::vector<double> values;
    double largest = 0.0;
    bool nan_seen = false;
    for (ssize_t i = 0; i < nargs; ++i) {
        double v;
        if (!float_as_double(args[i], &v)) return nullptr;
        v = std::fabs(v);
        values.push_back(v);
        nan_seen |= std::isnan(v);
        if (v > largest) largest = v;
    }
    return float_from_double(vector_norm(values, largest, nan_seen));
}

Object* math_dist(Object*, Object* const* args, ssize_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dist", kwnames) || !check_positional("dist", nargs, 2, 2)) return nullptr;
    Ref<> p = Ref<>::steal(is_tuple(args[0]) ? new_ref(args[0]).release() : tuple_from_iterable(args[0]));
    if (!p) return nullptr;
    Ref<> q = Ref<>::steal(is_tuple(args[1]) ? new_ref(args[1]).release() : tuple_from_iterable(args[1]));
    if (!q) return nullptr;
    ssize_t n = tuple_size(p.get());
    if (n != tuple_size(q.get())) {
        set_error(&exc::ValueError, "both points must have the same number of dimensions");
        return nullptr;
    }
    std::vector<double> values;
    double largest = 0.0;
    bool nan_seen = false;
    for (ssize_t i = 0; i < n; ++i) {
        double a, b;
        if (!float_as_double(tuple_item(p.get(), i), &a) || !float_as_double(tuple_item(q.get(), i), &b)) return nullptr;
        double v = std::fabs(a - b);
        values.push_back(v);
        nan_seen |= std::isnan(v);
        if (v > largest) largest = v;
    }
    return float_from_double(vector_norm(values, largest, nan_seen));
}

}  // namespace glasspy::stdlib
