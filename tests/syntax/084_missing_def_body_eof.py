# Learner mistake: missing def body eof.
def f():
