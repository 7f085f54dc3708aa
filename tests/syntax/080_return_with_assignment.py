# Learner mistake: return with assignment.
def f():
    return x = 1
