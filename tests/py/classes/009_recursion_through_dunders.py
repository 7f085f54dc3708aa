# Unbounded recursion through __getattr__, __eq__, __len__, properties,
# __init__ and yield from ends in RecursionError, not a crash.
class B:
    def __getattr__(self, name):
        return self.missing
try:
    B().x
except RecursionError as e:
    print("getattr:", e)
class C:
    def __eq__(self, other):
        return self == other
try:
    C() == C()
except RecursionError as e:
    print("eq:", e)
class D:
    def __len__(self):
        return len(self)
try:
    len(D())
except RecursionError as e:
    print("len:", e)
def gen():
    yield from gen()
try:
    list(gen())
except RecursionError as e:
    print("gen:", e)
class E:
    @property
    def p(self):
        return self.p
try:
    E().p
except RecursionError as e:
    print("property:", e)
class F:
    def __init__(self):
        F()
try:
    F()
except RecursionError as e:
    print("init:", e)
