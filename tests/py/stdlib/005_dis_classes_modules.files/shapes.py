"""Shapes: a module for 005_dis_classes_modules.py to disassemble."""
import math

UNIT = 1.0


def scale(x, factor=2):
    return x * factor * UNIT


class Circle:
    sides = 0

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    class Meta:
        def describe(self):
            return "round"


square = lambda v: v * v
