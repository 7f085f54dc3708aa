# Learner mistake: tuple augassign.
a, b = 1, 2
a, b += 1
