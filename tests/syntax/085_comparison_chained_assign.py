# Learner mistake: comparison chained assign.
if 1 < x = 2:
    pass
