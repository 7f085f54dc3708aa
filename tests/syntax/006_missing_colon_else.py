# Learner mistake: missing colon else.
x = 1
if x:
    print("yes")
else
    print("no")
