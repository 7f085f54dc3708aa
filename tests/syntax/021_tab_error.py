# Learner mistake: tab error.
def f():
	x = 1
        return x
