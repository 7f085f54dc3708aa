"""The pickle opcodes: one byte each, named as pickletools documents them.

Shared by the pickler (_pickle.py), the unpickler (_unpickler.py) and the
public pickle module, which exports them.  The protocol that introduced
each group is noted; a pickle of protocol N uses only opcodes up to N.
"""

# Protocol 0 (text) and 1 (binary)
MARK = b'('             # push a mark: the start of a variable-length group
STOP = b'.'             # the end of the pickle: the top of the stack is the result
POP = b'0'              # discard the top of the stack
POP_MARK = b'1'         # discard everything down to the topmost mark
DUP = b'2'              # push the top of the stack again
FLOAT = b'F'            # a float as text: F1.5\n
INT = b'I'              # an int as text: I42\n (I01\n and I00\n are True and False)
BININT = b'J'           # a 4-byte signed little-endian int
BININT1 = b'K'          # a 1-byte unsigned int
LONG = b'L'             # an int as text: L123L\n
BININT2 = b'M'          # a 2-byte unsigned int
NONE = b'N'             # None
PERSID = b'P'           # a persistent id as text
BINPERSID = b'Q'        # a persistent id: the object on the stack
REDUCE = b'R'           # call stack[-2] with the tuple at stack[-1]
STRING = b'S'           # a Python 2 str as quoted text
BINSTRING = b'T'        # a Python 2 str, 4-byte length
SHORT_BINSTRING = b'U'  # a Python 2 str, 1-byte length
UNICODE = b'V'          # a str as raw-unicode-escape text
BINUNICODE = b'X'       # a str as UTF-8, 4-byte length
APPEND = b'a'           # stack[-2].append(stack[-1])
BUILD = b'b'            # set the state of stack[-2] (__setstate__ or __dict__)
GLOBAL = b'c'           # push module.name, both as text lines
DICT = b'd'             # a dict from the key/value pairs above the mark
EMPTY_DICT = b'}'
APPENDS = b'e'          # extend the list below the mark with the items above it
GET = b'g'              # push a memo entry, index as text
BINGET = b'h'           # push a memo entry, 1-byte index
INST = b'i'             # build a class instance (protocol 0)
LONG_BINGET = b'j'      # push a memo entry, 4-byte index
LIST = b'l'             # a list of the items above the mark
EMPTY_LIST = b']'
OBJ = b'o'              # build a class instance (protocol 1)
PUT = b'p'              # store the top of the stack in the memo, index as text
BINPUT = b'q'           # the same, 1-byte index
LONG_BINPUT = b'r'      # the same, 4-byte index
SETITEM = b's'          # stack[-3][stack[-2]] = stack[-1]
TUPLE = b't'            # a tuple of the items above the mark
EMPTY_TUPLE = b')'
SETITEMS = b'u'         # set the key/value pairs above the mark into the dict below it
BINFLOAT = b'G'         # a float as 8 big-endian IEEE 754 bytes

# Protocol 2
PROTO = b'\x80'         # the protocol number, first in the pickle
NEWOBJ = b'\x81'        # cls.__new__(cls, *args)
EXT1 = b'\x82'          # an object from copyreg's extension registry
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'        # a tuple of the top 1, 2 or 3 items
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'         # an int as little-endian two's complement, 1-byte length
LONG4 = b'\x8b'         # the same, 4-byte length

# Protocol 3
BINBYTES = b'B'         # bytes, 4-byte length
SHORT_BINBYTES = b'C'   # bytes, 1-byte length

# Protocol 4
SHORT_BINUNICODE = b'\x8c'  # a str as UTF-8, 1-byte length
BINUNICODE8 = b'\x8d'       # the same, 8-byte length
BINBYTES8 = b'\x8e'         # bytes, 8-byte length
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'          # add the items above the mark to the set below it
FROZENSET = b'\x91'         # a frozenset of the items above the mark
NEWOBJ_EX = b'\x92'         # cls.__new__(cls, *args, **kwargs)
STACK_GLOBAL = b'\x93'      # push module.name, both taken from the stack
MEMOIZE = b'\x94'           # store the top of the stack in the next memo slot
FRAME = b'\x95'             # the length (8 bytes) of the frame that follows

# Protocol 5
BYTEARRAY8 = b'\x96'        # a bytearray, 8-byte length
NEXT_BUFFER = b'\x97'       # push the next out-of-band buffer
READONLY_BUFFER = b'\x98'   # make the buffer on the stack read-only

TRUE = b'I01\n'             # True and False before protocol 2
FALSE = b'I00\n'

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

# Frames (protocol 4): the pickler cuts its output into frames of about
# this size, so that a reader can fetch a frame in one read.
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4         # a smaller frame is not worth its 9-byte header
_FRAME_HEADER_SIZE = 9
_BATCHSIZE = 1000           # items per APPENDS / SETITEMS / ADDITEMS group
