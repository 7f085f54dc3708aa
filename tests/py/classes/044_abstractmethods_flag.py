# type.__abstractmethods__ decides whether a class can be instantiated
# (abc.ABCMeta sets it); assigning it in a class body does not.
class InBody:
    __abstractmethods__ = frozenset({'f'})
print(type(InBody()).__name__)

class X: pass
X.__abstractmethods__ = frozenset({'run', 'area'})
print(sorted(X.__abstractmethods__))
try:
    X()
except TypeError as e:
    print(e)
X.__abstractmethods__ = ['only']
try:
    X()
except TypeError as e:
    print(e)
class Y(X): pass
print(type(Y()).__name__)  # the flag is not inherited; ABCMeta recomputes it
X.__abstractmethods__ = ()
print(type(X()).__name__)
del X.__abstractmethods__
try:
    del X.__abstractmethods__
except AttributeError as e:
    print('AttributeError:', e)
for t in (int, type):
    try:
        t.__abstractmethods__
    except AttributeError as e:
        print('AttributeError:', e)
