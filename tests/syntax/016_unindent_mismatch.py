# Learner mistake: unindent mismatch.
def f():
        x = 1
    return x
