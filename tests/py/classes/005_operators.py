# Operator dunders on classes: reflected and in-place forms, NotImplemented,
# comparisons, __bool__/__len__, __contains__, __iter__/__next__, __call__,
# __hash__ with __eq__, __index__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __mul__(self, n):
        return Money(self.cents * n)
    def __rmul__(self, n):
        return Money(self.cents * n)
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __lt__(self, other):
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(5)
print(m + Money(2), m + 3, 3 + m, m * 2, 2 * m, -m, sum([Money(1), Money(2)], Money(0)))
m += Money(10)
print(m, m == Money(15), m != Money(15), m < Money(20), m > Money(1), bool(Money(0)), hash(m) == hash(15))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)), {Money(1): "one"}[Money(1)])
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    m <= Money(1)
except TypeError as e:
    print("TypeError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)])

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
b = Bag(1, 2, 3)
b[0] = 10
del b[1]
print(len(b), 10 in b, 2 in b, b[0], b[-1], bool(Bag()), list(b))

class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldIter()), 4 in OldIter())

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1), callable(add5), callable(Bag))

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], bin(Idx()), range(5)[Idx()])

class NoEq:
    pass
print(NoEq() == NoEq(), hash(NoEq()) is not None)
class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
