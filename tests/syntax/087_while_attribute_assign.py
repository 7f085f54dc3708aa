# Learner mistake: = for == on an attribute.
while node.next = None:
    pass
