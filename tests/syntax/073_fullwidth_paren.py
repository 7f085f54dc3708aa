# Learner mistake: fullwidth paren.
print（"hello"）
