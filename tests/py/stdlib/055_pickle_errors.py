# pickle: errors while pickling and unpickling, with CPython's types and messages.
import pickle
import io


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


def outer():
    def inner():
        pass

    class Local:
        pass
    return inner, Local


inner, Local = outer()
print(pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError, pickle.Pickler, pickle.Unpickler)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1:])
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.MARK, pickle.STOP, pickle.FRAME, pickle.BYTEARRAY8)

attempt('inner', pickle.dumps, inner)
attempt('Local', pickle.dumps, Local)
attempt('Local()', pickle.dumps, Local())
attempt('module', pickle.dumps, pickle)
attempt('generator', pickle.dumps, (x for x in []))
attempt('proto 6', pickle.dumps, 1, 6)
attempt('proto -1', pickle.dumps, 1, -1)
attempt('proto str', pickle.dumps, 1, 'a')
attempt('proto float', pickle.dumps, 1, 1.0)
attempt('Pickler(5)', pickle.Pickler, 5)
attempt('Unpickler(5)', pickle.Unpickler, 5)


class Renamed:
    pass


Renamed.__qualname__ = 'NoSuchName'
attempt('renamed', pickle.dumps, Renamed)


class Other:
    pass


Impostor = type('Other', (), {})
attempt('impostor', pickle.dumps, Impostor)
attempt('bad module', pickle.dumps, type('X', (), {'__module__': 'no_such_module_here'}))


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for value in [5, (), (1,), (1, 2, 3, 4, 5, 6, 7), (len, 5), (len, (), None, 5), (len, (), None, None, 5),
              (len, (), None, None, None, 5)]:
    attempt('reduce %r' % (value,), pickle.dumps, BadReduce(value))


class NewObjBad:
    def __init__(self, args):
        self.args = args

    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, self.args)


for args in [(), (5,), (int,)]:
    attempt('newobj %r' % (args,), pickle.dumps, NewObjBad(args), 2)


class BadNewArgs:
    def __getnewargs__(self):
        return 5


class BadNewArgsEx:
    def __init__(self, value):
        self.value = value

    def __getnewargs_ex__(self):
        return self.value


attempt('getnewargs', pickle.dumps, BadNewArgs())
for value in [5, (1,), (1, {}), ((), 1)]:
    attempt('getnewargs_ex %r' % (value,), pickle.dumps, BadNewArgsEx(value))


class IntNoArgs(int):
    def __getnewargs__(self):
        return None


attempt('int subclass', pickle.dumps, IntNoArgs(5), 2)

# Unpickling
for label, data in [('empty', b''), ('truncated', b'\x80\x04K'), ('bad key', b'\xff'), ('bad key 2', b'z'),
                    ('no stop', b'N'), ('proto 9', b'\x80\x09N.'), ('memo', b'h\x05.'), ('underflow', b'.'),
                    ('pop', b'0.'), ('append', b'Na.'), ('no mark', b't.'), ('mark pop', b'(0.'),
                    ('unexpected mark', b'K\x01(a.'), ('dup', b'2.'), ('long4', b'\x8b\xff\xff\xff\xff.'),
                    ('put -1', b'Np-1\n.'), ('get', b'Np0\ng0\n.'), ('int', b'Iabc\n.'), ('persid', b'Pabc\n.'),
                    ('buffer', b'\x80\x05\x97.'), ('frame', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.'),
                    ('setitem', b'}K\x01s.'), ('two left', b'K\x01K\x02.'), ('module', b'cno_such_mod\nx\n.'),
                    ('attribute', b'cbuiltins\nnosuch\n.'), ('dotted 4', b'\x80\x04\x8c\x08builtins\x8c\x09str.upper\x93.'),
                    ('dotted 2', b'\x80\x02cbuiltins\nstr.upper\n.'), ('stack global', b'\x80\x04K\x01K\x02\x93.'),
                    ('newobj args', b'\x80\x02cbuiltins\nobject\nK\x01\x81.'), ('newobj cls', b'\x80\x02K\x01)\x81.'),
                    ('build', b'\x80\x02cbuiltins\nobject\n)\x81K\x01b.'), ('string', b"S'ab\\n'\np0\n."),
                    ('string unquoted', b'Sabc\n.'), ('binstring', b'U\x03abc.'), ('ext', b'\x80\x02\x82\x05.'),
                    ('py2 names', b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.'),
                    ('exceptions', b'cexceptions\nValueError\n(S\'x\'\ntR.')]:
    attempt(label, pickle.loads, data)
attempt('loads str', pickle.loads, 'abc')
attempt('loads None', pickle.loads, None)
attempt('loads bytearray', pickle.loads, bytearray(b'K\x07.'))
attempt('encoding bytes', pickle.loads, b"S'ab'\n.", encoding='bytes')
attempt('encoding latin1', pickle.loads, b'U\x03ab\xe9.', encoding='latin1')

f = io.BytesIO(pickle.dumps(1) + pickle.dumps('two'))
print(pickle.load(f), pickle.load(f))
attempt('load at end', pickle.load, f)
