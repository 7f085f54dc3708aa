"""The bytecode's opcodes: their names, numbers and argument kinds.

glasspy's own implementation of CPython 3.11's opcode module.  The table
itself is interp/opcodes.def in glasspy's source, the one list the compiler,
the eval loop and the disassembler all read; the native module _dis hands
it over as _dis.OPCODES, (name, number, operand kind, inline caches) per
opcode, and this module sorts it into the lists CPython publishes."""

import _dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
           "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = _dis.cmp_op

# Opcodes from HAVE_ARGUMENT on take an argument (the high byte of their
# code unit, widened by EXTENDED_ARG prefixes); the others ignore it.
HAVE_ARGUMENT = 90

# Numbers that are no opcode keep a placeholder name, as in CPython.
opname = ["<%r>" % (op,) for op in range(256)]
opmap = {}
_inline_cache_entries = [0] * 256

# Which opcodes take which kind of argument.  In 3.11 every jump is
# relative (forward or backward), so hasjabs stays empty, as does hasnargs.
hasconst = []    # an index into co_consts
hasname = []     # an index into co_names
hasjrel = []     # a distance to jump, in instructions
hasjabs = []
haslocal = []    # a local variable's slot
hascompare = []  # a comparison, an index into cmp_op
hasfree = []     # a cell or free variable's slot
hasnargs = []

_BY_OPERAND = {"CONST": hasconst, "NAME": hasname, "JUMP": hasjrel, "LOCAL": haslocal,
               "COMPARE": hascompare, "FREE": hasfree}

for _name, _number, _operand, _caches in _dis.OPCODES:
    opname[_number] = _name
    opmap[_name] = _number
    _inline_cache_entries[_number] = _caches
    if _operand in _BY_OPERAND:
        _BY_OPERAND[_operand].append(_number)
del _name, _number, _operand, _caches

EXTENDED_ARG = opmap["EXTENDED_ARG"]


def stack_effect(opcode, oparg=None, *, jump=None):
    """Compute the stack effect of the opcode with the given oparg.

    If jump is True, the effect of taking the jump; if False, of not
    taking it; if None (the default), the larger of the two."""
    if not isinstance(opcode, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(opcode).__name__)
    if opcode >= HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError("stack_effect: opcode requires oparg but oparg was not specified")
    elif oparg is not None:
        raise ValueError("stack_effect: opcode does not permit oparg but oparg was specified")
    if jump is not None and jump is not True and jump is not False:
        raise ValueError("stack_effect: jump must be False, True or None")
    if not 0 <= opcode < 256 or opname[opcode] not in opmap:
        raise ValueError("invalid opcode or oparg")
    return _dis.stack_effect(opcode, 0 if oparg is None else oparg, jump)
