# Learner mistake: = for == with a literal on the left.
if 1 = x:
    pass
