# Learner mistake: class with parens no colon.
class Dog(Animal)
    pass
