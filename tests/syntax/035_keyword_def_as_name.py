# Learner mistake: keyword def as name.
def = 2
