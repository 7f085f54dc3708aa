# Learner mistake: smart quotes.
print(“hello”)
