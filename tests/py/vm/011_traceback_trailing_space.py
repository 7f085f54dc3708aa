# Tracebacks show source lines with their trailing whitespace (and then mark
# the failing expression even when it is the whole statement).
def f():
    return 1/0   
f()	
