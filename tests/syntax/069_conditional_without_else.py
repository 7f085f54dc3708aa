# Learner mistake: conditional without else.
y = 1
x = 10 if y
