# Learner mistake: leading zeros.
x = 012
