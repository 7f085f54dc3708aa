# Learner mistake: mismatched brackets.
x = (1, 2]
