# Learner mistake: increment operator.
x = 1
x++
