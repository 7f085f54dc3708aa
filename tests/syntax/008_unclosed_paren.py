# Learner mistake: unclosed paren.
print("hello"
