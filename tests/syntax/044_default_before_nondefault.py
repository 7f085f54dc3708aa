# Learner mistake: default before nondefault.
def f(a=1, b):
    return a + b
