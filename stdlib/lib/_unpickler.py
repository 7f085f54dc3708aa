"""The unpickler: running the opcodes of a pickle to rebuild the objects.

A pickle is a program for a small stack machine.  Each opcode pushes a
value (NONE, BININT1, SHORT_BINUNICODE ...), or combines the values on the
stack into one (TUPLE2, REDUCE, SETITEMS ...); MARK remembers where a group
of values starts, for the opcodes that take "everything since the mark".
PUT / MEMOIZE store the top value in the memo and GET pushes it again,
which is how shared and recursive objects come back shared.  STOP ends the
program: the value on top of the stack is the result.

The marks are kept apart from the values (as CPython's _pickle does), so
popping the value stack below the latest mark is an error: "unexpected
MARK found".  Errors and their messages are CPython's.
"""

import sys
import _pickle
from _pickle_opcodes import *
from _pickle_opcodes import HIGHEST_PROTOCOL


def _error(message):
    return _pickle.UnpicklingError(message)


class _Stop(Exception):
    """Raised by STOP to end the load loop with the result."""

    def __init__(self, value):
        self.value = value


def _decode_raw_unicode_escape(data):
    """Protocol 0's text form of a str (see the pickler's _raw_unicode_escape)."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return ''.join(out)


_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n',
            'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _escape_decode(text):
    """The bytes of a Python 2 string literal's body (the STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch != '\\' or i == n:
            out += ch.encode('latin-1')
            continue
        ch = text[i]
        i += 1
        if ch in _ESCAPES:
            out += _ESCAPES[ch].encode('latin-1')
        elif ch == 'x' and i + 2 <= n:
            out.append(int(text[i:i + 2], 16))
            i += 2
        elif '0' <= ch <= '7':
            j = i
            while j < n and j < i + 2 and '0' <= text[j] <= '7':
                j += 1
            out.append(int(text[i - 1:j], 8) & 0xff)
            i = j
        else:
            out += ('\\' + ch).encode('latin-1')
    return bytes(out)


def _getattribute(obj, name, dotted):
    """module.name, or module.a.b for a dotted name (protocol 4)."""
    if not dotted:
        try:
            return getattr(obj, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, obj)) from None
    top = obj
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't pickle local attribute %r on %r" % (name, top))
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, top)) from None
    return obj


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',
    buffers=()): reads pickles from file (read(n) and readline() methods)."""

    __module__ = '_pickle'

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        read = getattr(file, 'read', None)
        readline = getattr(file, 'readline', None)
        if read is None or readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file_read = read
        self._file_readline = readline
        self._setup(fix_imports, encoding, errors, buffers)

    def _setup(self, fix_imports, encoding, errors, buffers):
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0
        self._data = None   # the whole pickle, when it was given as bytes (loads)
        self._pos = 0

    # ---- reading the input -------------------------------------------------------------------------

    def _read(self, n):
        if self._data is not None:
            pos = self._pos
            chunk = self._data[pos:pos + n]
            self._pos = pos + len(chunk)
        else:
            chunk = self._file_read(n)
        if len(chunk) < n:
            raise _error("pickle data was truncated")
        return chunk

    def _readline(self):
        if self._data is not None:
            end = self._data.find(b'\n', self._pos)
            if end < 0:
                raise _error("pickle data was truncated")
            line = self._data[self._pos:end + 1]
            self._pos = end + 1
            return line
        line = self._file_readline()
        if not line or line[-1:] != b'\n':
            raise _error("pickle data was truncated")
        return line

    def _read_opcode(self):
        if self._data is not None:
            pos = self._pos
            if pos < len(self._data):
                self._pos = pos + 1
                return self._data[pos]
            raise EOFError("Ran out of input")
        key = self._file_read(1)
        if not key:
            raise EOFError("Ran out of input")
        return key[0]

    # ---- the stack -----------------------------------------------------------------------------------

    def _fence(self):
        return self._marks[-1] if self._marks else 0

    def _underflow(self):
        return _error("unexpected MARK found" if self._marks else "unpickling stack underflow")

    def _pop(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack.pop()

    def _top(self, depth=1):
        """stack[-depth], which must be above the latest mark."""
        if len(self._stack) - depth < self._fence():
            raise self._underflow()
        return self._stack[-depth]

    def _pop_mark(self):
        """The values pushed since the latest MARK, as a list; the mark goes."""
        if not self._marks:
            raise _error("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    # ---- the load loop ---------------------------------------------------------------------------------

    def load(self):
        """Read a pickle from the file and return the object it rebuilds."""
        if not hasattr(self, '_file_read') and self._data is None:
            raise _error("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._stack = []
        self._marks = []
        dispatch = self._dispatch
        try:
            while True:
                key = self._read_opcode()
                handler = dispatch.get(key)
                if handler is None:
                    raise self._invalid_key(key)
                handler(self)
        except _Stop as stop:
            return stop.value
        finally:
            self._stack = None
            self._marks = None

    def _invalid_key(self, key):
        if 0x20 <= key <= 0x7e and key not in b"'\\":
            return _error("invalid load key, '%c'." % key)
        return _error("invalid load key, '\\x%02x'." % key)

    def find_class(self, module, name):
        """The object a GLOBAL / STACK_GLOBAL opcode names."""
        if self.proto < 3 and self.fix_imports:
            import _compat_pickle
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module)
        return _getattribute(sys.modules[module], name, self.proto >= 4)

    # ---- the opcodes ----------------------------------------------------------------------------------

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_frame(self):
        # Frames only group the opcodes for reading: check the length is there.
        length = int.from_bytes(self._read(8), 'little')
        if self._data is not None and len(self._data) - self._pos < length:
            raise _error("pickle data was truncated")

    def _load_stop(self):
        raise _Stop(self._pop())

    def _push(self, value):
        self._stack.append(value)

    def _load_none(self):
        self._stack.append(None)

    def _load_true(self):
        self._stack.append(True)

    def _load_false(self):
        self._stack.append(False)

    def _load_int(self):
        text = self._readline()[:-1]
        if text == b'01':
            value = True
        elif text == b'00':
            value = False
        else:
            try:
                value = int(text)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self._stack.append(value)

    def _load_binint(self):
        self._stack.append(int.from_bytes(self._read(4), 'little', signed=True))

    def _load_binint1(self):
        self._stack.append(self._read(1)[0])

    def _load_binint2(self):
        self._stack.append(int.from_bytes(self._read(2), 'little'))

    def _load_long(self):
        text = self._readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self._stack.append(int(text))

    def _load_long1(self):
        n = self._read(1)[0]
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise _error("LONG pickle has negative byte count")
        self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))

    def _load_float(self):
        self._stack.append(float(self._readline()[:-1]))

    def _load_binfloat(self):
        import _struct
        self._stack.append(_struct.unpack('>d', self._read(8))[0])

    def _decode_string(self, data):
        # Python 2 str: bytes if asked for, else text in the given encoding.
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _load_string(self):
        text = self._readline()[:-1].decode('latin-1')
        if len(text) >= 2 and text[0] == text[-1] and text[0] in '\'"':
            text = text[1:-1]
        else:
            raise _error("the STRING opcode argument must be quoted")
        self._stack.append(self._decode_string(_escape_decode(text)))

    def _load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise _error("BINSTRING pickle has negative byte count")
        self._stack.append(self._decode_string(self._read(n)))

    def _load_short_binstring(self):
        self._stack.append(self._decode_string(self._read(self._read(1)[0])))

    def _load_binbytes(self):
        self._stack.append(bytes(self._read(int.from_bytes(self._read(4), 'little'))))

    def _load_short_binbytes(self):
        self._stack.append(bytes(self._read(self._read(1)[0])))

    def _load_binbytes8(self):
        self._stack.append(bytes(self._read(int.from_bytes(self._read(8), 'little'))))

    def _load_bytearray8(self):
        self._stack.append(bytearray(self._read(int.from_bytes(self._read(8), 'little'))))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise _error("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            self._stack.append(next(self._buffers))
        except StopIteration:
            raise _error("not enough out-of-band buffers") from None

    def _load_readonly_buffer(self):
        self._top()

    def _load_unicode(self):
        self._stack.append(_decode_raw_unicode_escape(self._readline()[:-1]))

    def _load_binunicode(self):
        data = self._read(int.from_bytes(self._read(4), 'little'))
        self._stack.append(str(data, 'utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        data = self._read(self._read(1)[0])
        self._stack.append(str(data, 'utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        data = self._read(int.from_bytes(self._read(8), 'little'))
        self._stack.append(str(data, 'utf-8', 'surrogatepass'))

    def _load_empty_tuple(self):
        self._stack.append(())

    def _load_tuple(self):
        self._stack.append(tuple(self._pop_mark()))

    def _load_tuple1(self):
        self._stack.append((self._pop(),))

    def _load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self._stack.append((a, b))

    def _load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self._stack.append((a, b, c))

    def _load_empty_list(self):
        self._stack.append([])

    def _load_list(self):
        self._stack.append(self._pop_mark())

    def _load_empty_dict(self):
        self._stack.append({})

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise _error("odd number of items for DICT")
        self._stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _load_empty_set(self):
        self._stack.append(set())

    def _load_frozenset(self):
        self._stack.append(frozenset(self._pop_mark()))

    def _load_append(self):
        value = self._pop()
        self._append_to(self._top(), [value])

    def _load_appends(self):
        items = self._pop_mark()
        self._append_to(self._top(), items)

    def _append_to(self, target, items):
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def _load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        if len(items) % 2:
            raise _error("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
            return
        add = target.add
        for item in items:
            add(item)

    def _load_mark(self):
        self._marks.append(len(self._stack))

    def _load_pop(self):
        # An empty group since the latest mark: POP takes the mark itself.
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self._stack.append(self._top())

    # ---- the memo ---------------------------------------------------------------------------------------

    def _memo_get(self, index):
        try:
            self._stack.append(self.memo[index])
        except KeyError:
            raise _error("Memo value not found at index %d" % index) from None

    def _load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def _load_binget(self):
        self._memo_get(self._read(1)[0])

    def _load_long_binget(self):
        self._memo_get(int.from_bytes(self._read(4), 'little'))

    def _load_put(self):
        index = int(self._readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _load_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _load_long_binput(self):
        index = int.from_bytes(self._read(4), 'little', signed=True)
        if index < 0:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def _load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    # ---- objects -----------------------------------------------------------------------------------------

    def _load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise _error("STACK_GLOBAL requires str")
        self._stack.append(self.find_class(module, name))

    def _load_ext(self, code):
        import copyreg
        cache = getattr(copyreg, '_extension_cache', {})
        if code in cache:
            self._stack.append(cache[code])
            return
        key = getattr(copyreg, '_inverted_registry', {}).get(code)
        if not key:
            if code <= 0:
                raise _error("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        cache[code] = obj
        self._stack.append(obj)

    def _load_ext1(self):
        self._load_ext(self._read(1)[0])

    def _load_ext2(self):
        self._load_ext(int.from_bytes(self._read(2), 'little'))

    def _load_ext4(self):
        self._load_ext(int.from_bytes(self._read(4), 'little', signed=True))

    def _load_reduce(self):
        args = self._pop()
        func = self._pop()
        self._stack.append(func(*args))

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(args, tuple):
            raise _error("NEWOBJ args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(cls, type):
            raise _error("NEWOBJ class argument must be a type, not %s" % type(cls).__name__)
        self._stack.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise _error("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise _error("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise _error("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, cls, args):
        # INST and OBJ (protocols 0 and 1): call the class, unless it is a
        # class without arguments, which is made without running __init__.
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            try:
                value = cls(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (cls.__name__, err)) from None
        else:
            value = cls.__new__(cls)
        self._stack.append(value)

    def _load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def _load_obj(self):
        items = self._pop_mark()
        if not items:
            raise self._underflow()
        self._instantiate(items[0], items[1:])

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise _error("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                if type(key) is str:
                    key = intern(key)
                inst_dict[key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise _error("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def _load_persid(self):
        pid = self._readline()[:-1]
        try:
            pid = pid.decode('ascii')
        except UnicodeDecodeError:
            raise _error("persistent IDs in protocol 0 must be ASCII strings") from None
        self._stack.append(self._persistent_load(pid))

    def _load_binpersid(self):
        self._stack.append(self._persistent_load(self._pop()))

    def _persistent_load(self, pid):
        load = getattr(self, 'persistent_load', None)
        if load is None:
            raise _error("A load persistent id instruction was encountered,\n"
                         "but no persistent_load function was specified.")
        return load(pid)

    _dispatch = {
        PROTO[0]: _load_proto, FRAME[0]: _load_frame, STOP[0]: _load_stop,
        NONE[0]: _load_none, NEWTRUE[0]: _load_true, NEWFALSE[0]: _load_false,
        INT[0]: _load_int, BININT[0]: _load_binint, BININT1[0]: _load_binint1,
        BININT2[0]: _load_binint2, LONG[0]: _load_long, LONG1[0]: _load_long1,
        LONG4[0]: _load_long4, FLOAT[0]: _load_float, BINFLOAT[0]: _load_binfloat,
        STRING[0]: _load_string, BINSTRING[0]: _load_binstring,
        SHORT_BINSTRING[0]: _load_short_binstring, BINBYTES[0]: _load_binbytes,
        SHORT_BINBYTES[0]: _load_short_binbytes, BINBYTES8[0]: _load_binbytes8,
        BYTEARRAY8[0]: _load_bytearray8, NEXT_BUFFER[0]: _load_next_buffer,
        READONLY_BUFFER[0]: _load_readonly_buffer, UNICODE[0]: _load_unicode,
        BINUNICODE[0]: _load_binunicode, SHORT_BINUNICODE[0]: _load_short_binunicode,
        BINUNICODE8[0]: _load_binunicode8, EMPTY_TUPLE[0]: _load_empty_tuple,
        TUPLE[0]: _load_tuple, TUPLE1[0]: _load_tuple1, TUPLE2[0]: _load_tuple2,
        TUPLE3[0]: _load_tuple3, EMPTY_LIST[0]: _load_empty_list, LIST[0]: _load_list,
        EMPTY_DICT[0]: _load_empty_dict, DICT[0]: _load_dict, EMPTY_SET[0]: _load_empty_set,
        FROZENSET[0]: _load_frozenset, APPEND[0]: _load_append, APPENDS[0]: _load_appends,
        SETITEM[0]: _load_setitem, SETITEMS[0]: _load_setitems, ADDITEMS[0]: _load_additems,
        MARK[0]: _load_mark, POP[0]: _load_pop, POP_MARK[0]: _load_pop_mark, DUP[0]: _load_dup,
        GET[0]: _load_get, BINGET[0]: _load_binget, LONG_BINGET[0]: _load_long_binget,
        PUT[0]: _load_put, BINPUT[0]: _load_binput, LONG_BINPUT[0]: _load_long_binput,
        MEMOIZE[0]: _load_memoize, GLOBAL[0]: _load_global, STACK_GLOBAL[0]: _load_stack_global,
        EXT1[0]: _load_ext1, EXT2[0]: _load_ext2, EXT4[0]: _load_ext4, REDUCE[0]: _load_reduce,
        NEWOBJ[0]: _load_newobj, NEWOBJ_EX[0]: _load_newobj_ex, INST[0]: _load_inst,
        OBJ[0]: _load_obj, BUILD[0]: _load_build, PERSID[0]: _load_persid,
        BINPERSID[0]: _load_binpersid,
    }


def _bytes_of(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Rebuild the object pickled in data (a bytes-like object)."""
    data = _bytes_of(data)
    unpickler = Unpickler.__new__(Unpickler)
    unpickler._setup(fix_imports, encoding, errors, buffers)
    unpickler._data = data
    return unpickler.load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read a pickle from the open file object file and rebuild the object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
