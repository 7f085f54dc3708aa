# dis.dis of a class (each method in turn, sorted by name, "Disassembly of
# name:"), of staticmethods, classmethods, properties and nested classes, of
# a bound method, of a module, and of source text (an expression is compiled
# in 'eval' mode, statements in 'exec' mode, as CPython's dis does).
import dis
import re

import shapes


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def show(x, **kwargs):
    out = Capture()
    dis.dis(x, file=out, **kwargs)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x?", "".join(out.parts)), end="")


class Account:
    """A bank account."""
    rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    @staticmethod
    def check(n):
        return n >= 0

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @property
    def interest(self):
        return self.balance * self.rate

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


show(Account)
show(Account("ann").deposit)
show(Account.empty)
show(shapes)
show(shapes.Circle)
show("a + b * 2")
show("x = [i for i in range(3)]\nprint(x)")
show("if a:\n    b = 1\nelse:\n    b = 2\n")
show(compile("for i in y: pass", "<loop>", "exec"))
try:
    show(42)
except TypeError as e:
    print("TypeError:", e)
