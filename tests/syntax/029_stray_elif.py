# Learner mistake: stray elif.
x = 1
print(x)
elif x > 0:
    print(x)
