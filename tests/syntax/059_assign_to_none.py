# Learner mistake: assign to none.
None = 0
