"""The pickler: turning objects into the bytes of a pickle.

pickle.py re-exports this module, as CPython's pickle.py re-exports its C
accelerator _pickle; the classes therefore say they live in `_pickle`.  The
bytes produced are the ones CPython's _pickle produces, opcode for opcode:

* Atoms (None, bool, int, float) are written in place.  Everything else is
  remembered in the memo the first time it is written (PUT / BINPUT /
  MEMOIZE give it the next index) and written again as a GET of that index,
  so shared and recursive structures come back shared and recursive.
* Containers are written empty first, memoized, then filled (APPENDS,
  SETITEMS, ADDITEMS in batches of 1000), so that a list containing itself
  finds itself in the memo.  Tuples cannot be filled later: their items come
  first, and a tuple that turns out to be in the memo afterwards (it was
  reached through one of its items) pops them and is fetched from the memo.
* Other objects are reduced: copyreg's dispatch table or their
  __reduce_ex__(protocol) say which callable rebuilds them, from which
  arguments, and what state to give them afterwards.  Classes and functions
  are written by name (module and qualified name) and must be found there.
* Protocol 4 groups the output in frames of about 64 KiB, each announced by
  a FRAME opcode with its length; a frame under 4 bytes is left bare.
"""

import sys
import copyreg
from _pickle_opcodes import *
from _pickle_opcodes import (_FRAME_SIZE_TARGET as FRAME_SIZE_TARGET,
                             _FRAME_SIZE_MIN as FRAME_SIZE_MIN,
                             _FRAME_HEADER_SIZE as FRAME_HEADER_SIZE, _BATCHSIZE as BATCHSIZE)


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


def _protocol_number(protocol):
    """The protocol a Pickler uses: None is the default, a negative number the highest."""
    if protocol is None:
        return DEFAULT_PROTOCOL
    if not isinstance(protocol, int):
        index = getattr(type(protocol), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(protocol).__name__)
        protocol = index(protocol)
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


def _utf8(text):
    """text as UTF-8; lone surrogates are encoded as any other code point."""
    try:
        return text.encode('utf-8')
    except UnicodeEncodeError:
        return text.encode('utf-8', 'surrogatepass')


def _raw_unicode_escape(text):
    """Protocol 0's text form of a str: Latin-1 bytes, \\uXXXX / \\UXXXXXXXX for
    the rest, and the characters that would end or break the line escaped too."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append('\\U%08x' % code)
        elif code >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % code)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _dotted_path(name):
    """The parts of a qualified name; a local object has no name to find it by."""
    parts = name.split('.')
    if '<locals>' in parts:
        raise AttributeError("Can't pickle local object %r" % (name,))
    return parts


def _deep_attribute(obj, parts):
    """(parent, value) of obj.a.b.c for parts ['a', 'b', 'c']."""
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return parent, obj


def _which_module(obj, parts):
    """The module obj belongs to: its __module__, else the first loaded module that has it."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name == '__main__' or module is None:
            continue
        try:
            if _deep_attribute(module, parts)[1] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_NOT_GIVEN = object()  # save_reduce's obj when the result must not be memoized
_NoneType = type(None)
_FunctionType = type(_protocol_number)


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None):
    writes pickles of objects to file (anything with a write(bytes) method)."""

    __module__ = '_pickle'

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        proto = _protocol_number(protocol)
        write = getattr(file, 'write', None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        self._setup(proto, fix_imports, buffer_callback)
        self._file_write = write

    def _setup(self, proto, fix_imports, buffer_callback):
        self.proto = proto
        self.bin = proto >= 1
        self.fix_imports = bool(fix_imports) and proto < 3
        if buffer_callback is not None and proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        self.memo = {}          # id(obj) -> (index, obj): obj is kept alive meanwhile
        self.fast = 0
        self._persistent_id = getattr(self, 'persistent_id', None)
        self._dispatch_table = getattr(self, 'dispatch_table', None)
        self._init_output()

    # ---- the output and its frames ------------------------------------------------------------

    def _init_output(self):
        self._out = bytearray()
        self._framing = False
        self._frame_start = -1

    def _write(self, data):
        if self._framing and self._frame_start < 0:
            # A new frame starts here; its header is filled in when it ends.
            self._frame_start = len(self._out)
            self._out += b'\xfe' * FRAME_HEADER_SIZE
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if not self._framing or start < 0:
            return
        length = len(self._out) - start - FRAME_HEADER_SIZE
        if length >= FRAME_SIZE_MIN:
            self._out[start:start + FRAME_HEADER_SIZE] = FRAME + length.to_bytes(8, 'little')
        else:
            del self._out[start:start + FRAME_HEADER_SIZE]
        self._frame_start = -1

    def _opcode_boundary(self):
        # Before each object: a frame that reached the target size ends here.
        if self._framing and self._frame_start >= 0:
            if len(self._out) - self._frame_start - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET:
                self._commit_frame()

    def _write_large(self, header, data):
        # A payload of a frame's size or more is written outside any frame,
        # so that a reader can take it without copying.
        if len(data) < FRAME_SIZE_TARGET:
            self._write(header)
            self._write(data)
            return
        self._commit_frame()
        framing, self._framing = self._framing, False
        self._write(header)
        self._write(data)
        self._framing = framing

    # ---- the public methods ----------------------------------------------------------------------

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._init_output()
        self._dump(obj)
        data, self._out = bytes(self._out), bytearray()
        self._file_write(data)

    def clear_memo(self):
        """Forget the objects pickled so far: they will be pickled again in full."""
        self.memo.clear()

    def _dump(self, obj):
        self._reducer_override = getattr(self, 'reducer_override', None)
        if self.proto >= 2:
            self._write(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                self._framing = True
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._reducer_override = None

    # ---- the memo --------------------------------------------------------------------------------

    def _memo_put(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = (index, obj)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(index).encode('ascii') + b'\n')
        elif index < 256:
            self._write(BINPUT + bytes((index,)))
        else:
            self._write(LONG_BINPUT + index.to_bytes(4, 'little'))

    def _memo_get(self, obj):
        index = self.memo[id(obj)][0]
        if not self.bin:
            self._write(GET + str(index).encode('ascii') + b'\n')
        elif index < 256:
            self._write(BINGET + bytes((index,)))
        else:
            self._write(LONG_BINGET + index.to_bytes(4, 'little'))

    # ---- save: one object -------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._opcode_boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        # Atoms: never memoized.
        if obj is None:
            self._write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            self._save_float(obj)
            return
        if id(obj) in self.memo:
            self._memo_get(obj)
            return
        saver = self._savers.get(t)
        if saver is not None:
            saver(self, obj)
            return
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self._save_type(obj)
            return
        if t is _FunctionType:
            self._save_global(obj)
            return
        table = self._dispatch_table if self._dispatch_table is not None else copyreg.dispatch_table
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self._save_global(obj)
            return
        else:
            reduce_ex = getattr(obj, '__reduce_ex__', None)
            if reduce_ex is not None:
                rv = reduce_ex(self.proto)
            else:
                reduce = getattr(obj, '__reduce__', None)
                if reduce is None:
                    raise PicklingError("can't pickle '%.200s' object: %r" % (t.__name__, obj))
                rv = reduce()
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._write(PERSID + text.encode('ascii') + b'\n')

    # ---- numbers -----------------------------------------------------------------------------------

    def _save_long(self, obj):
        if self.bin:
            # The smallest of the fixed-size forms that holds the value.
            if 0 <= obj <= 0xff:
                self._write(BININT1 + bytes((obj,)))
                return
            if 0 <= obj <= 0xffff:
                self._write(BININT2 + obj.to_bytes(2, 'little'))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            self._write_long_binary(obj)
        elif -0x80000000 <= obj <= 0x7fffffff:
            self._write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _write_long_binary(self, obj):
        # Two's complement, little-endian, in as few bytes as keep the sign:
        # one byte more than the magnitude needs, less one for -(2**(8*k-1)).
        if obj == 0:
            self._write(LONG1 + b'\x00')
            return
        nbytes = (obj.bit_length() >> 3) + 1
        data = obj.to_bytes(nbytes, 'little', signed=True)
        if obj < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
            data = data[:-1]
        if len(data) < 256:
            self._write(LONG1 + bytes((len(data),)) + data)
        else:
            self._write(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack_double(obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    # ---- text and bytes -------------------------------------------------------------------------------

    def _save_bytes(self, obj):
        if self.proto < 3:
            # No bytes opcode before protocol 3: rebuild it by a call that
            # gives bytes in Python 3 (and str in Python 2).
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_codecs_encode(), (obj.decode('latin-1'), 'latin1')), obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes((n,))
        elif n <= 0xffffffff:
            header = BINBYTES + n.to_bytes(4, 'little')
        elif self.proto >= 4:
            header = BINBYTES8 + n.to_bytes(8, 'little')
        else:
            raise OverflowError("serializing a bytes object larger than 4 GiB "
                                "requires pickle protocol 4 or higher")
        self._write_large(header, bytes(data))
        self._memo_put(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce((bytearray, ()), obj)
            else:
                self._save_reduce((bytearray, (bytes(obj),)), obj)
            return
        self._write_large(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), bytes(obj))
        self._memo_put(obj)

    def _save_str(self, obj):
        if self.bin:
            data = _utf8(obj)
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((n,))
            elif n <= 0xffffffff:
                header = BINUNICODE + n.to_bytes(4, 'little')
            elif self.proto >= 4:
                header = BINUNICODE8 + n.to_bytes(8, 'little')
            else:
                raise OverflowError("serializing a string larger than 4 GiB "
                                    "requires pickle protocol 4 or higher")
            self._write_large(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self._memo_put(obj)

    # ---- containers ----------------------------------------------------------------------------------

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = n <= 3 and self.proto >= 2
        if not short:
            self._write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            # The tuple was reached through its own items and is already
            # built by now: drop what was pushed and fetch it.
            if short:
                self._write(POP * n)
            elif self.bin:
                self._write(POP_MARK)
            else:
                self._write(POP * (n + 1))
            self._memo_get(obj)
            return
        self._write((EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)[n] if short else TUPLE)
        self._memo_put(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memo_put(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_list(iter(obj))
            return
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        i = 0
        while i < len(obj):
            self._write(MARK)
            for item in obj[i:i + BATCHSIZE]:
                self.save(item)
            i += BATCHSIZE
            self._write(APPENDS)

    def _batch_list(self, items):
        """MARK item ... APPENDS groups from an iterator (APPEND for a lone item)."""
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            elif batch:
                self.save(batch[0])
                self._write(APPEND)
            if len(batch) < BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memo_put(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_dict(iter(obj.items()))
            return
        size = len(obj)
        if size == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self._write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            self._write(MARK)
            count = 0
            for key, value in items:
                self.save(key)
                self.save(value)
                count += 1
                if count == BATCHSIZE:
                    break
            self._write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count < BATCHSIZE:
                return

    def _batch_dict(self, items):
        """MARK key value ... SETITEMS groups from an iterator of pairs."""
        def pair(item):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return item
        if not self.bin:
            for item in items:
                key, value = pair(item)
                self.save(key)
                self.save(value)
                self._write(SETITEM)
            return
        while True:
            batch = []
            for item in items:
                batch.append(pair(item))
                if len(batch) == BATCHSIZE:
                    break
            if len(batch) > 1:
                self._write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                self._write(SETITEMS)
            elif batch:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self._write(SETITEM)
            if len(batch) < BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        self._write(EMPTY_SET)
        self._memo_put(obj)
        size = len(obj)
        items = iter(obj)
        while size:
            self._write(MARK)
            count = 0
            for item in items:
                self.save(item)
                count += 1
                if count == BATCHSIZE:
                    break
            self._write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count < BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            # Reached through its own items (via a reduced object).
            self._write(POP_MARK)
            self._memo_get(obj)
            return
        self._write(FROZENSET)
        self._memo_put(obj)

    _savers = {
        bytes: _save_bytes,
        str: _save_str,
        dict: _save_dict,
        set: _save_set,
        frozenset: _save_frozenset,
        list: _save_list,
        tuple: _save_tuple,
        bytearray: _save_bytearray,
    }

    # ---- classes and functions: by name ------------------------------------------------------------

    def _save_type(self, obj):
        # The types of the singletons have no name to be found by.
        for singleton in (None, Ellipsis, NotImplemented):
            if obj is type(singleton):
                self._save_reduce((type, (singleton,)), obj)
                return
        self._save_global(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        parts = _dotted_path(name)
        module_name = _which_module(obj, parts)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
        lastname = parts[-1]
        try:
            parent, found = _deep_attribute(module, parts)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = getattr(copyreg, '_extension_registry', {}).get((module_name, name))
            if code is not None:
                self._write_extension(obj, code)
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            # Protocols before 4 name one level only: getattr(parent, lastname).
            self._save_reduce((getattr, (parent, lastname)), _NOT_GIVEN)
        else:
            if self.fix_imports:
                module_name, name = _python2_name(module_name, name)
            self._write(GLOBAL + self._identifier(module_name, 'module') + b'\n'
                        + self._identifier(name, 'global') + b'\n')
        self._memo_put(obj)

    def _identifier(self, text, what):
        try:
            return text.encode('utf-8' if self.proto == 3 else 'ascii')
        except UnicodeEncodeError:
            raise PicklingError("can't pickle %s identifier '%s' using pickle protocol %i"
                                % (what, text, self.proto)) from None

    def _write_extension(self, obj, code):
        if not isinstance(code, int):
            raise PicklingError("Can't pickle %r: extension code %r isn't an integer" % (obj, code))
        if code <= 0 or code > 0x7fffffff:
            raise PicklingError("Can't pickle %r: extension code %d is out of range" % (obj, code))
        if code <= 0xff:
            self._write(EXT1 + bytes((code,)))
        elif code <= 0xffff:
            self._write(EXT2 + code.to_bytes(2, 'little'))
        else:
            self._write(EXT4 + code.to_bytes(4, 'little'))

    # ---- reduced objects ---------------------------------------------------------------------------

    def _save_reduce(self, rv, obj):
        """Write what rebuilds obj from a __reduce__ value: (callable, args[, state
        [, listitems[, dictitems[, state_setter]]]])."""
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args, state, listitems, dictitems, state_setter = rv + (None,) * (6 - len(rv))
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        func_name = getattr(func, '__name__', None) if self.proto >= 2 else None
        if func_name == '__newobj_ex__':
            self._save_newobj_ex(args)
        elif func_name == '__newobj__':
            self._save_newobj(args, obj)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not _NOT_GIVEN:
            if id(obj) in self.memo:
                # Reached through its own arguments: already built.
                self._write(POP)
                self._memo_get(obj)
                return
            self._memo_put(obj)
        if listitems is not None:
            self._batch_list(listitems)
        if dictitems is not None:
            self._batch_dict(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                # state_setter(obj, state), its result dropped.
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2 + REDUCE + POP)

    def _save_newobj(self, args, obj):
        if len(args) < 1:
            raise PicklingError("__newobj__ arglist is empty")
        cls = args[0]
        if not isinstance(cls, type):
            raise PicklingError("args[0] from __newobj__ args is not a type")
        if obj is not _NOT_GIVEN and getattr(obj, '__class__', type(obj)) is not cls:
            raise PicklingError("args[0] from __newobj__ args has the wrong class")
        self.save(cls)
        self.save(args[1:])
        self._write(NEWOBJ)

    def _save_newobj_ex(self, args):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                % len(args))
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %.200s"
                                % type(cls).__name__)
        if not isinstance(cls_args, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %.200s"
                                % type(cls_args).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %.200s"
                                % type(kwargs).__name__)
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
            return
        import functools
        self.save(functools.partial(cls.__new__, cls, *cls_args, **kwargs))
        self.save(())
        self._write(REDUCE)


def _python2_name(module_name, name):
    """The name Python 2 knew a global by (protocols 0-2 with fix_imports)."""
    import _compat_pickle
    mapped = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
    if mapped is not None:
        return mapped
    return _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name), name


def _pack_double(x):
    import _struct
    return _struct.pack('>d', x)


def _codecs_encode():
    import _codecs
    return _codecs.encode


# ---- the module functions ------------------------------------------------------------------------

def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of obj as a bytes object."""
    pickler = Pickler.__new__(Pickler)
    pickler._setup(_protocol_number(protocol), fix_imports, buffer_callback)
    pickler._dump(obj)
    return bytes(pickler._out)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


from _unpickler import Unpickler, load, loads  # noqa: E402  (it uses the errors above)
