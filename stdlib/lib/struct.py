"""Conversions between Python values and C structs packed as bytes.

Formats start with an optional byte order ('@' native, '=' '<' little-endian,
'>' '!' big-endian) followed by items such as 'i' (int), 'd' (double) or
'10s' (10 bytes).  The work is done by the native module _struct
(stdlib/struct_module.cpp); this module re-exports it, as CPython's does.
"""

from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into,
                     unpack, unpack_from, _clearcache)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']
