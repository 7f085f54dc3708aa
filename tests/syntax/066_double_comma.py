# Learner mistake: double comma.
x = [1, 2,, 3]
