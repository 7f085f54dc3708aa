# Learner mistake: expected indent def.
def f():
return 1
