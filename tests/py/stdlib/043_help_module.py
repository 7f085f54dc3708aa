# help() of a module written in Python: NAME, DESCRIPTION, CLASSES (with
# the class tree), FUNCTIONS, DATA and FILE.
import os
import sys

sys.path.insert(0, os.getcwd())
with open("shapes_mod.py", "w") as f:
    f.write('''"""Shapes and their areas.

A small module to show what help() prints for a module.
"""

import math

PI_ISH = 3.14
NAMES = ["circle", "square"]
_private = 1


class Shape:
    """A shape."""

    def area(self):
        return 0


class Circle(Shape):
    """A round shape."""

    def __init__(self, r):
        self.r = r

    def area(self):
        """pi r squared."""
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side


def total_area(shapes):
    """The sum of the areas of shapes."""
    return sum(s.area() for s in shapes)


def _helper():
    pass
''')

import shapes_mod
help(shapes_mod)
os.remove("shapes_mod.py")
