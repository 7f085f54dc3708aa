# Learner mistake: assign to call.
def f():
    return 1
f() = 2
