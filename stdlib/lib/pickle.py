"""Serialising Python objects to bytes and back ("pickling").

    dumps(obj[, protocol]) -> bytes        loads(bytes) -> obj
    dump(obj, file[, protocol])            load(file) -> obj
    Pickler(file[, protocol]).dump(obj)    Unpickler(file).load()

Protocols 0 (text) to 5; the default is 4 (DEFAULT_PROTOCOL) and the
highest 5 (HIGHEST_PROTOCOL).  The work is done by _pickle (the pickler)
and _unpickler; this module re-exports them with the opcode constants, as
CPython's pickle re-exports its C accelerator.  pickletools-style
descriptions of each opcode are in _pickle_opcodes.
"""

from _pickle_opcodes import *
from _pickle_opcodes import DEFAULT_PROTOCOL, HIGHEST_PROTOCOL
from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                     dump, dumps, load, loads)
import copyreg as _copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]
__all__.extend(name for name in dir() if name.isupper() and not name.startswith('_')
               and name not in __all__ and isinstance(globals()[name], bytes))

from _pickle import _which_module


def whichmodule(obj, name):
    """The name of the module obj (a class or function called name) lives in."""
    return _which_module(obj, name.split('.'))


def encode_long(x):
    """x as the bytes of LONG1 / LONG4: little-endian two's complement, as short
    as keeps the sign (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    """The int encode_long(x) made data from."""
    return int.from_bytes(data, byteorder='little', signed=True)


format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
bytes_types = (bytes, bytearray)
