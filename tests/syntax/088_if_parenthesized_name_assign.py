# Learner mistake: = for == on a parenthesized name.
if (x) = 1:
    pass
