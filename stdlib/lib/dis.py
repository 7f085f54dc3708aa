"""Disassembler of Python bytecode into mnemonics.

glasspy's own implementation of CPython 3.11's dis module.  The bytecode is
3.11's (same opcodes, numbers and inline caches), so the listings read as
CPython's do.  The disassembler itself is native, interp/dis.cpp in glasspy's
source, the same one `glasspy --dis FILE` prints with; the module _dis runs
it on a code object.  This file decides what to disassemble (functions,
methods, classes, modules, source text, nested code objects), where the
text goes, and makes the Instruction objects get_instructions yields.

The eval loop keeps what it learns at run time (attribute and global
lookups) in the inline CACHE entries after an instruction; like CPython's
co_code, a disassembly shows them as zeros, however often the code ran.
glasspy does not rewrite instructions into specialised forms, so
adaptive=True shows the same listing as adaptive=False."""

import sys

import _dis
from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _inline_cache_entries

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

CACHE = opmap["CACHE"]
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
JUMP_BACKWARD = opmap["JUMP_BACKWARD"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]

# The bits of co_flags, by name (inspect reads this table too).
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED", 32: "GENERATOR",
    64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE", 512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    """The argval of an instruction whose argument dis does not look up."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

# FORMAT_VALUE's argval is (conversion function, whether a format spec follows).
_FORMAT_CONVERTERS = (None, str, repr, ascii)


# ---- what to disassemble -----------------------------------------------------------------------

def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements
    (so that dis.dis("a + b") shows the expression's value being returned)."""
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def _code_of(x):
    """The code object inside a method, function, generator or coroutine,
    or x itself."""
    if hasattr(x, "__func__"):
        x = x.__func__
    for attr in ("__code__", "gi_code", "ag_code", "cr_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    x = _code_of(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# What dis.dis of a class or module lists (CPython's _have_code): bound
# methods, functions, code objects, classmethods, staticmethods, classes.
_HAVE_CODE = (type(UNKNOWN.__repr__), type(_try_compile), type(_try_compile.__code__), classmethod, staticmethod,
              type)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _code_of(x)
    if hasattr(x, "__dict__"):  # a class or a module: each thing with code in it
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _HAVE_CODE):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif isinstance(x, (bytes, bytearray)):  # bare bytecode: no names or constants to show
        print(_dis.disassemble(x, -1, show_caches, 0), end="", file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth, show_caches=show_caches)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    print(_dis.disassemble(co, lasti, show_caches, 0), end="", file=file)


disco = disassemble  # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False):
    disassemble(co, file=file, show_caches=show_caches)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if hasattr(const, "co_code"):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth, show_caches=show_caches)


# ---- code_info ---------------------------------------------------------------------------------

def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, form in (("Constants:", co.co_consts, "%4d: %r"), ("Names:", co.co_names, "%4d: %s"),
                               ("Variable names:", co.co_varnames, "%4d: %s"),
                               ("Free variables:", co.co_freevars, "%4d: %s"),
                               ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            lines.extend(form % (i, item) for i, item in enumerate(items))
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


# ---- instructions ------------------------------------------------------------------------------

class _Record(tuple):
    """A tuple whose items are also attributes, as collections.namedtuple
    makes them: subclasses name the fields and write __new__."""

    __slots__ = ()
    _fields = ()

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (name, value) for name, value in zip(self._fields, self)))

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        for name, value in changes.items():
            if name not in values:
                raise ValueError("Got unexpected field names: %r" % [name])
            values[name] = value
        return type(self)(**values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


def _field_properties(cls, docs):
    for index, (name, doc) in enumerate(zip(cls._fields, docs)):
        setattr(cls, name, property(lambda self, index=index: self[index], doc=doc))
    return cls


class Positions(_Record):
    __slots__ = ()
    _fields = ("lineno", "end_lineno", "col_offset", "end_col_offset")

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))


_field_properties(Positions, ("Alias for field number 0", "Alias for field number 1", "Alias for field number 2",
                              "Alias for field number 3"))


class Instruction(_Record):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    __slots__ = ()
    _fields = ("opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target",
               "positions")

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target,
                                   positions))


_field_properties(Instruction, (
    "Human readable name for operation", "Numeric code for operation",
    "Numeric argument to operation (if any), otherwise None",
    "Resolved arg value (if known), otherwise same as arg",
    "Human readable description of operation argument",
    "Start index of operation within bytecode sequence",
    "Line started by this opcode (if any), otherwise None",
    "True if other code jumps to here, otherwise False",
    "dis.Positions object holding the span of source code covered by this instruction"))


def _instructions(co, show_caches=False, line_offset=0):
    for row in _dis.get_instructions(co, show_caches, line_offset, UNKNOWN, _FORMAT_CONVERTERS):
        yield Instruction(*row[:8], Positions(*row[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, show_caches, line_offset)


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    labels = []
    for row in _dis.get_instructions(code, False, 0, UNKNOWN, _FORMAT_CONVERTERS):
        if row[1] in hasjrel and row[3] not in labels:
            labels.append(row[3])
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    for instr in _instructions(code):
        if instr.starts_line is not None:
            yield instr.offset, instr.starts_line


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self.show_caches, self._line_offset)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        offset = -1 if self.current_offset is None else self.current_offset
        return _dis.disassemble(self.codeobj, offset, self.show_caches, self._line_offset)
