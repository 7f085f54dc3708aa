# Learner mistake: missing colon def.
def greet(name)
    print("Hello", name)
