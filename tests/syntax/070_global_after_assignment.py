# Learner mistake: global after assignment.
def f():
    x = 1
    global x
