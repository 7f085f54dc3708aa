"""Looking inside pickles: genops() lists a pickle's opcodes and dis() prints
them, one per line, as CPython's pickletools does:

    >>> pickletools.dis(pickle.dumps([1, 'a']))
        0: \\x80 PROTO      4
        2: \\x95 FRAME      14
       11: ]    EMPTY_LIST
       12: \\x94 MEMOIZE    (as 0)
       13: (    MARK
       14: K        BININT1    1
       ...

Each line is the opcode's offset, its byte, its name indented by the number
of MARKs still open, and its argument; dis() also follows the unpickler's
stack (crudely: only how many values, and where the marks are) so that it
can say which MARK an opcode closes and check the pickle is well formed.
"""

import io
import sys

__all__ = ['dis', 'genops', 'OpcodeInfo', 'opcodes']


# ---- reading arguments -----------------------------------------------------------------------

def _read_exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def _read_sized(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    return data


def _read_line(f, what='stringnl'):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def _escape_decode(data):
    # The body of a Python 2 string literal: backslash escapes undone.
    from _unpickler import _escape_decode as decode
    return decode(data.decode('latin-1'))


def read_uint1(f):
    return _read_exact(f, 1, 'uint1')[0]


def read_uint2(f):
    return int.from_bytes(_read_exact(f, 2, 'uint2'), 'little')


def read_int4(f):
    return int.from_bytes(_read_exact(f, 4, 'int4'), 'little', signed=True)


def read_uint4(f):
    return int.from_bytes(_read_exact(f, 4, 'uint4'), 'little')


def read_uint8(f):
    return int.from_bytes(_read_exact(f, 8, 'uint8'), 'little')


def read_stringnl(f, decode=True, stripquotes=True):
    data = _read_line(f)
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = _escape_decode(data).decode('ascii')
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def read_string1(f):
    return _read_sized(f, read_uint1(f), 'string1').decode('latin-1')


def read_string4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    return _read_sized(f, n, 'string4').decode('latin-1')


def read_bytes1(f):
    return _read_sized(f, read_uint1(f), 'bytes1')


def read_bytes4(f):
    return _read_sized(f, read_uint4(f), 'bytes4')


def read_bytes8(f):
    return _read_sized(f, read_uint8(f), 'bytes8')


def read_bytearray8(f):
    return bytearray(_read_sized(f, read_uint8(f), 'bytearray8'))


def read_unicodestringnl(f):
    from _unpickler import _decode_raw_unicode_escape
    return _decode_raw_unicode_escape(_read_line(f, 'unicodestringnl'))


def read_unicodestring1(f):
    return str(_read_sized(f, read_uint1(f), 'unicodestring1'), 'utf-8', 'surrogatepass')


def read_unicodestring4(f):
    return str(_read_sized(f, read_uint4(f), 'unicodestring4'), 'utf-8', 'surrogatepass')


def read_unicodestring8(f):
    return str(_read_sized(f, read_uint8(f), 'unicodestring8'), 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    s = _read_line(f)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s.decode('ascii'))


def read_decimalnl_long(f):
    s = _read_line(f)
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s.decode('ascii'))


def read_floatnl(f):
    return float(_read_line(f).decode('ascii'))


def read_float8(f):
    import _struct
    return _struct.unpack('>d', _read_exact(f, 8, 'float8'))[0]


def read_long1(f):
    n = read_uint1(f)
    return int.from_bytes(_read_exact(f, n, 'long1'), 'little', signed=True)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return int.from_bytes(_read_exact(f, n, 'long4'), 'little', signed=True)


# ---- the opcodes -------------------------------------------------------------------------------

class StackObject:
    """A kind of value on the unpickler's stack (only its name is used here)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# The kinds of values, by name; dis() tracks the marks and the slices.
_stack_objects = {name: StackObject(name) for name in (
    'any mark stackslice int int_or_bool str bytes bytes_or_str bytearray buffer None bool float list '
    'tuple dict set frozenset').split()}
anyobject = _stack_objects['any']
markobject = _stack_objects['mark']
stackslice = _stack_objects['stackslice']


class OpcodeInfo:
    """One opcode: its name and byte, how its argument is read, what it
    takes from the stack and leaves there (names of kinds of values), the
    protocol that added it."""

    def __init__(self, name, code, reader, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = reader
        self.stack_before = [_stack_objects[n] for n in stack_before.split()]
        self.stack_after = [_stack_objects[n] for n in stack_after.split()]
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return '<OpcodeInfo %s>' % self.name


opcodes = [OpcodeInfo(*row) for row in [
    ('INT', 'I', read_decimalnl_short, '', 'int_or_bool', 0, 'Push an integer or bool.'),
    ('BININT', 'J', read_int4, '', 'int', 1, 'Push a four-byte signed integer.'),
    ('BININT1', 'K', read_uint1, '', 'int', 1, 'Push a one-byte unsigned integer.'),
    ('BININT2', 'M', read_uint2, '', 'int', 1, 'Push a two-byte unsigned integer.'),
    ('LONG', 'L', read_decimalnl_long, '', 'int', 0, 'Push a long integer.'),
    ('LONG1', '\x8a', read_long1, '', 'int', 2, 'Long integer using one-byte length.'),
    ('LONG4', '\x8b', read_long4, '', 'int', 2, 'Long integer using found-byte length.'),
    ('STRING', 'S', read_stringnl, '', 'bytes_or_str', 0, 'Push a Python string object.'),
    ('BINSTRING', 'T', read_string4, '', 'bytes_or_str', 1, 'Push a Python string object.'),
    ('SHORT_BINSTRING', 'U', read_string1, '', 'bytes_or_str', 1, 'Push a Python string object.'),
    ('BINBYTES', 'B', read_bytes4, '', 'bytes', 3, 'Push a Python bytes object.'),
    ('SHORT_BINBYTES', 'C', read_bytes1, '', 'bytes', 3, 'Push a Python bytes object.'),
    ('BINBYTES8', '\x8e', read_bytes8, '', 'bytes', 4, 'Push a Python bytes object.'),
    ('BYTEARRAY8', '\x96', read_bytearray8, '', 'bytearray', 5, 'Push a Python bytearray object.'),
    ('NEXT_BUFFER', '\x97', None, '', 'buffer', 5, 'Push an out-of-band buffer object.'),
    ('READONLY_BUFFER', '\x98', None, 'buffer', 'buffer', 5, 'Make an out-of-band buffer object read-only.'),
    ('NONE', 'N', None, '', 'None', 0, 'Push None on the stack.'),
    ('NEWTRUE', '\x88', None, '', 'bool', 2, 'Push True onto the stack.'),
    ('NEWFALSE', '\x89', None, '', 'bool', 2, 'Push False onto the stack.'),
    ('UNICODE', 'V', read_unicodestringnl, '', 'str', 0, 'Push a Python Unicode string object.'),
    ('SHORT_BINUNICODE', '\x8c', read_unicodestring1, '', 'str', 4, 'Push a Python Unicode string object.'),
    ('BINUNICODE', 'X', read_unicodestring4, '', 'str', 1, 'Push a Python Unicode string object.'),
    ('BINUNICODE8', '\x8d', read_unicodestring8, '', 'str', 4, 'Push a Python Unicode string object.'),
    ('FLOAT', 'F', read_floatnl, '', 'float', 0, 'Newline-terminated decimal float literal.'),
    ('BINFLOAT', 'G', read_float8, '', 'float', 1, 'Float stored in binary form, with 8 bytes of data.'),
    ('EMPTY_LIST', ']', None, '', 'list', 1, 'Push an empty list.'),
    ('APPEND', 'a', None, 'list any', 'list', 0, 'Append an object to a list.'),
    ('APPENDS', 'e', None, 'list mark stackslice', 'list', 1, 'Extend a list by a slice of stack objects.'),
    ('LIST', 'l', None, 'mark stackslice', 'list', 0, 'Build a list out of the topmost stack slice, after markobject.'),
    ('EMPTY_TUPLE', ')', None, '', 'tuple', 1, 'Push an empty tuple.'),
    ('TUPLE', 't', None, 'mark stackslice', 'tuple', 0, 'Build a tuple out of the topmost stack slice, after markobject.'),
    ('TUPLE1', '\x85', None, 'any', 'tuple', 2, 'Build a one-tuple out of the topmost item on the stack.'),
    ('TUPLE2', '\x86', None, 'any any', 'tuple', 2, 'Build a two-tuple out of the top two items on the stack.'),
    ('TUPLE3', '\x87', None, 'any any any', 'tuple', 2, 'Build a three-tuple out of the top three items on the stack.'),
    ('EMPTY_DICT', '}', None, '', 'dict', 1, 'Push an empty dict.'),
    ('DICT', 'd', None, 'mark stackslice', 'dict', 0, 'Build a dict out of the topmost stack slice, after markobject.'),
    ('SETITEM', 's', None, 'dict any any', 'dict', 0, 'Add a key+value pair to an existing dict.'),
    ('SETITEMS', 'u', None, 'dict mark stackslice', 'dict', 1, 'Add an arbitrary number of key+value pairs to an existing dict.'),
    ('EMPTY_SET', '\x8f', None, '', 'set', 4, 'Push an empty set.'),
    ('ADDITEMS', '\x90', None, 'set mark stackslice', 'set', 4, 'Add an arbitrary number of items to an existing set.'),
    ('FROZENSET', '\x91', None, 'mark stackslice', 'frozenset', 4, 'Build a frozenset out of the topmost slice, after markobject.'),
    ('POP', '0', None, 'any', '', 0, 'Discard the top stack item, shrinking the stack by one item.'),
    ('DUP', '2', None, 'any', 'any any', 0, 'Push the top stack item onto the stack again, duplicating it.'),
    ('MARK', '(', None, '', 'mark', 0, 'Push markobject onto the stack.'),
    ('POP_MARK', '1', None, 'mark stackslice', '', 1, 'Pop all the stack objects at and above the topmost markobject.'),
    ('GET', 'g', read_decimalnl_short, '', 'any', 0, 'Read an object from the memo and push it on the stack.'),
    ('BINGET', 'h', read_uint1, '', 'any', 1, 'Read an object from the memo and push it on the stack.'),
    ('LONG_BINGET', 'j', read_uint4, '', 'any', 1, 'Read an object from the memo and push it on the stack.'),
    ('PUT', 'p', read_decimalnl_short, '', '', 0, 'Store the stack top into the memo.  The stack is not popped.'),
    ('BINPUT', 'q', read_uint1, '', '', 1, 'Store the stack top into the memo.  The stack is not popped.'),
    ('LONG_BINPUT', 'r', read_uint4, '', '', 1, 'Store the stack top into the memo.  The stack is not popped.'),
    ('MEMOIZE', '\x94', None, 'any', 'any', 4, 'Store the stack top into the memo.  The stack is not popped.'),
    ('EXT1', '\x82', read_uint1, '', 'any', 2, 'Extension code.'),
    ('EXT2', '\x83', read_uint2, '', 'any', 2, 'Extension code.'),
    ('EXT4', '\x84', read_int4, '', 'any', 2, 'Extension code.'),
    ('GLOBAL', 'c', read_stringnl_noescape_pair, '', 'any', 0, 'Push a global object (module.attr) on the stack.'),
    ('STACK_GLOBAL', '\x93', None, 'str str', 'any', 4, 'Push a global object (module.attr) on the stack.'),
    ('REDUCE', 'R', None, 'any any', 'any', 0, 'Push an object built from a callable and an argument tuple.'),
    ('BUILD', 'b', None, 'any any', 'any', 0, 'Finish building an object, via __setstate__ or dict update.'),
    ('INST', 'i', read_stringnl_noescape_pair, 'mark stackslice', 'any', 0, 'Build a class instance.'),
    ('OBJ', 'o', None, 'mark any stackslice', 'any', 1, 'Build a class instance.'),
    ('NEWOBJ', '\x81', None, 'any any', 'any', 2, 'Build an object instance.'),
    ('NEWOBJ_EX', '\x92', None, 'any any any', 'any', 4, 'Build an object instance.'),
    ('PROTO', '\x80', read_uint1, '', '', 2, 'Protocol version indicator.'),
    ('STOP', '.', None, 'any', '', 0, 'Stop the unpickling machine.'),
    ('FRAME', '\x95', read_uint8, '', '', 4, 'Indicate the beginning of a new frame.'),
    ('PERSID', 'P', read_stringnl_noescape, '', 'any', 0, 'Push an object identified by a persistent ID.'),
    ('BINPERSID', 'Q', None, 'any', 'any', 1, 'Push an object identified by a persistent ID.'),
]]

_code2op = {op.code: op for op in opcodes}


# ---- walking a pickle ---------------------------------------------------------------------------

def genops(pickle):
    """(opcode, arg, pos) for each opcode of the pickle (bytes or a file),
    up to its STOP; pos is None when the file cannot tell where it is."""
    if isinstance(pickle, (bytes, bytearray)):
        pickle = io.BytesIO(pickle)
    getpos = pickle.tell if hasattr(pickle, 'tell') else (lambda: None)
    while True:
        pos = getpos()
        code = pickle.read(1)
        opcode = _code2op.get(code.decode('latin-1'))
        if opcode is None:
            if code == b'':
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg(pickle)
        yield opcode, arg, pos
        if code == b'.':
            break


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (through its first STOP),
    checking on the way that every pop has something to pop, every MARK is
    closed and every memo entry is stored before use."""
    stack = []          # what the unpickler's stack would hold (kinds only)
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []      # offsets of the MARKs still open
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        # An opcode that takes "everything since the MARK" closes it.
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                markmsg = ("(MARK at unknown opcode offset)" if markpos is None
                           else "(MARK at %d)" % markpos)
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                numtopop = before.index(markobject) if markobject in before else 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))  # a mild effort to align arguments
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
