# Learner mistake: duplicate argument.
def f(a, a):
    return a
