# Learner mistake: augassign with space.
a = 1
a + = 1
