# operator's argument checks with CPython's messages.
import operator


class Weird:
    def __index__(self):
        return 'not an int'


for bad in [lambda: operator.index(1.5), lambda: operator.index(Weird()), lambda: operator.itemgetter(),
            lambda: operator.attrgetter(), lambda: operator.attrgetter(1), lambda: operator.attrgetter('a', 2),
            lambda: operator.length_hint(1, 'x'), lambda: operator.methodcaller(),
            lambda: operator.methodcaller(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(operator.index(True), operator.index(7), operator.length_hint(object(), 7))
print(operator.attrgetter('real', 'imag')(3 + 4j), repr(operator.attrgetter('a', 'b.c')))
