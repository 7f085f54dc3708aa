# help() of methods, bound and unbound, class and static methods, and of
# an instance (which documents its class).
class Counter:
    """Count things."""

    def __init__(self, start=0):
        self.value = start

    def add(self, n=1):
        """Add n to the count."""
        self.value += n
        return self.value

    @classmethod
    def zero(cls):
        """A counter starting at zero."""
        return cls()

    @staticmethod
    def describe(kind, *, loud=False):
        return kind


c = Counter()
help(Counter.add)
help(c.add)
help(Counter.zero)
help(Counter.describe)
help(c.describe)
