# Learner mistake: yield outside function.
yield 1
