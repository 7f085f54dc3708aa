# Learner mistake: def without parens.
def hello:
    print("hello")
