# Subclasses of built-in types: tuple, list, dict (__missing__), int, float,
# str (with a __dict__ after the characters), exceptions; __new__ overrides.
class T(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def __repr__(self):
        return f"T(a={self[0]}, b={self[1]})"
t = T(1, 2)
print(t, len(t), t[0], isinstance(t, tuple), t + (3,), type(t).__name__)
class L(list):
    def push(self, x):
        self.append(x)
l = L([1])
l.push(2)
print(l, len(l), type(l).__name__, l == [1, 2])
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["zz"], d, type(d).__name__)
class I(int):
    pass
i = I(5)
print(i + 1, repr(i), type(i).__name__, i == 5)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s, len(s), type(s).__name__, s + "x")
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("boom", 42)
except E as e:
    print(e, e.code, e.args, repr(e))
class F(float): pass
print(F(1.5) * 2, repr(F(2.5)))
s.tag = "t"
i.tag = 9
print(s.tag, i.tag, s.__dict__, i.__dict__, hash(S("ab")) == hash("ab"), S("ab") == "ab", {S("k"): 1}["k"])
class Word(str):
    def __new__(cls, word):
        if ' ' in word:
            word = word[:word.index(' ')]
        return str.__new__(cls, word)
    def __gt__(self, other):
        return len(self) > len(other)
print(Word("hello world"), Word("abc") > Word("zz"), sorted([Word("ccc"), Word("a"), Word("bb")], key=len))
class Big(int):
    def __repr__(self):
        return f"Big({int(self)})"
print(Big(2**100), Big(-5) * 2, [Big(7)])
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(3, 4)
print(p.first, p, hash(p) == hash((3, 4)))
try:
    p.x = 1
except AttributeError as e:
    print(e)
