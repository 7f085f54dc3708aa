# Learner mistake: dangling operator.
x = 5 +
