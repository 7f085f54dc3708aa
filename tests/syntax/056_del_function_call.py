# Learner mistake: del function call.
def f():
    return 1
del f()
