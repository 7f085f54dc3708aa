# Learner mistake: bare star no name.
def f(*):
    pass
