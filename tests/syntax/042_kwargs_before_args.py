# Learner mistake: kwargs before args.
def f(*a, **k):
    pass
k = {}
a = []
f(**k, *a)
