class ModError(Exception):
    pass


class Outer:
    class Inner(ValueError):
        pass


def fail():
    raise ModError("from a module")
