# Learner mistake: unterminated double quote.
print("hello)
