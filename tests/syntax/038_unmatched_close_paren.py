# Learner mistake: unmatched close paren.
x = (1 + 2))
