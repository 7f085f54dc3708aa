# The small-int cache: CPython makes the ints -5..256 once, at start-up, and
# every computation whose result is in that range returns the cached object
# instead of making a new one.  So two small ints that are equal are also the
# same object (`is`), while larger ints are equal but usually distinct.
#
# int("...") is used below to make ints at run time: a literal written in the
# program is a constant of its code object, and equal constants of one code
# object are merged into one object, which would hide the cache.


def same(text):
    return int(text) is int(text)


print("int('256') is int('256'): ", same("256"))
print("int('257') is int('257'): ", same("257"))
print("int('-5') is int('-5'):   ", same("-5"))
print("int('-6') is int('-6'):   ", same("-6"))

# Where exactly the cache ends, found by testing every value in -10..300:
cached = [n for n in range(-10, 300) if same(str(n))]
print("cached ints:", cached[0], "..", cached[-1], f"({len(cached)} values)")

# Arithmetic results come from the cache as well.  The tutorial (003) says
# "i += 1 creates a new int object with value 6": it does not -- 6 is cached,
# and i now refers to the one shared 6.
i = 5
i += 1
print("i = 5; i += 1; i is int('6'):     ", i is int("6"))
j = 999
j += 1
print("j = 999; j += 1; j is int('1000'):", j is int("1000"))

# The tutorial: "a = 257; b = 257; a is b is False".  In a script it is
# True: both 257s are in one code object, and the compiler stores equal
# constants once.
a = 257
b = 257
print("a = 257; b = 257 in one script: a is b ->", a is b)

# At the interactive prompt each line is compiled on its own, so the two
# 257s are constants of two different code objects: two objects.  exec() of
# separate strings does the same thing here.
ns = {}
exec("a = 257", ns)
exec("b = 257", ns)
print("compiled separately (as at the prompt): a is b ->", ns["a"] is ns["b"])
exec("c = 256", ns)
exec("d = 256", ns)
print("the same with 256 (cached):             c is d ->", ns["c"] is ns["d"])

# `is` asks "same object?", == asks "equal value?".  Only == is the right
# question for numbers; the cache is an optimisation, not a promise.
print("int('257') == int('257'):", int("257") == int("257"))

# bool is a subclass of int, and True and False are two single objects.
print("bool is an int:", issubclass(bool, int), isinstance(True, int), True + True)
print("True is bool(1):", True is bool(1), " 1 == True:", 1 == True)
