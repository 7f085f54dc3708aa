# Learner mistake: unclosed paren next line.
total = (1 + 2
print(total)
