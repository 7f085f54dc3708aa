# Learner mistake: assign to true.
True = 1
