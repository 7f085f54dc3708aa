# Learner mistake: import star in function.
def f():
    from os import *
