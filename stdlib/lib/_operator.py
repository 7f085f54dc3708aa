"""The functions of the operator module, under the name CPython's C module
has: they are defined in operator.py and say they come from here, so that
pickle, which names a function by its module, writes _operator.or_ as CPython."""

from operator import (abs, add, and_, call, concat, contains, countOf, delitem, eq, floordiv, ge,
                      getitem, gt, iadd, iand, iconcat, ifloordiv, ilshift, imatmul, imod, imul,
                      index, indexOf, inv, invert, ior, ipow, irshift, is_, is_not, isub, itruediv,
                      ixor, le, length_hint, lshift, lt, matmul, mod, mul, ne, neg, not_, or_, pos,
                      pow, rshift, setitem, sub, truediv, truth, xor, attrgetter, itemgetter,
                      methodcaller)
