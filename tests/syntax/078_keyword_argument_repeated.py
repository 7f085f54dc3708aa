# Learner mistake: keyword argument repeated.
print(sep="", sep="-")
