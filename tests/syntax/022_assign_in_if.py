# Learner mistake: assign in if.
name = "Bob"
if name = "Bob":
    print("hi")
