# String constants that could be names are interned when code is compiled,
# so equal ones are one object across functions; others are not.
import sys

def f():
    return 'spam_1'

def g():
    return 'spam_1'

def h():
    return 'hello world'

def k():
    return 'hello world'

print(f() is g(), h() is k(), h() == k())
made = ''.join(['spam', '_1'])
print(made is f(), sys.intern(made) is f())
spaced = ''.join(['hello', ' world'])
print(sys.intern(spaced) is h())
print(('a', 'b_c')[1] is 'b_c', ('x' 'y') is 'xy')
ns = {}
exec("def m():\n    return 'spam_1'", ns)
print(ns['m']() is f())
print(f.__code__.co_consts, h.__code__.co_consts)
print('é' * 1 is 'é', 'ab' * 2)
