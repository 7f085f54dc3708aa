# Learner mistake: starred assignment alone.
*a = 1
