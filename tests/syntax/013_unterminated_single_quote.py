# Learner mistake: unterminated single quote.
name = 'Bob
print(name)
