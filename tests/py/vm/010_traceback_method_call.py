# Where a method call's failure points: the carets of an AttributeError
# from obj.name(...) cover `obj.name`, not the arguments; when the
# attribute is on another line than its object, the entry is that line.
errors = []


def record(f):
    try:
        f()
    except AttributeError as e:
        errors.append(e)


text = "abc"
record(lambda: text.nothing_like_it())
record(lambda: text.nothing_like_it(1, key=2))
record(lambda: text.nothing_like_it(
    1, 2))
record(lambda: (text
                .nothing_like_it()))
record(lambda: (text.
                nothing_like_it
                ()))
record(lambda: text.upper().nothing_like_it())
record(lambda: len(text.nothing_like_it(text.upper())))

for earlier, later in zip(errors, errors[1:]):
    later.__context__ = earlier
raise errors[-1]
