# Learner mistake: print statement.
print "hello"
