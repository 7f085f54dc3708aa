# Learner mistake: walrus statement.
x := 5
