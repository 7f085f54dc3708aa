# Learner mistake: assign to expression.
x = 1
x + 1 = 2
