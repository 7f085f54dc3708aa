# Implicit chaining (__context__) and explicit chaining (raise ... from).
def parse(text):
    try:
        return int(text) if False else {}[text]
    except KeyError as e:
        raise ValueError("bad value: " + text) from e

try:
    parse("x")
except ValueError as e:
    print(repr(e), repr(e.__cause__) if False else "")

try:
    {}["k"]
except KeyError:
    1 / 0
