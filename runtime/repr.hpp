// repr() of the built-in scalar types, exactly as CPython 3.11 writes them:
// used by ast.dump now and by the str/bytes/float/complex types later.
#pragma once

#include <string>
#include <string_view>

namespace glasspy::rt {

// str.__repr__: quotes chosen as CPython does (single unless the text holds a
// single quote and no double quote), escapes \\ \' \t \n \r, \xNN for other
// non-printables below 0x100, \uNNNN / \UNNNNNNNN above; printable non-ASCII
// kept as is (Objects/unicodeobject.c: unicode_repr).
std::string repr_str(std::u32string_view s);

// bytes.__repr__: b'...' with the same quote rule, \t \n \r \\, \xNN for
// bytes < 0x20 or >= 0x7f (Objects/bytesobject.c: PyBytes_Repr).
std::string repr_bytes(std::string_view b);

// float.__repr__: the shortest string that round-trips, in exponent form when
// the decimal exponent is < -4 or >= 16, always with '.0' or an exponent
// ('1.0', '1e+16', '1e-05', 'inf', 'nan', '-0.0')
// (Python/pystrtod.c: PyOS_double_to_string with 'r').
std::string repr_float(double v);

// complex.__repr__: '1j', '(1+2j)', '(-0-1j)', 'infj', '(nan+nanj)' ...
// (Objects/complexobject.c: complex_repr).
std::string repr_complex(double real, double imag);

}  // namespace glasspy::rt
