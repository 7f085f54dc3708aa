# Learner mistake: fstring bad expression.
x = 1
print(f"{x +}")
