# Learner mistake: assign to literal.
1 = x
