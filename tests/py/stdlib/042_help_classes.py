# help() of a small class hierarchy: signature from __init__, the MRO,
# methods defined here and inherited, properties, class and static methods,
# data attributes, __dict__ and __weakref__.
class Animal:
    """Something alive."""

    legs = 4
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        """Make a sound."""
        return "..."

    def move(self, distance=1):
        return distance

    @property
    def title(self):
        """The animal's name, capitalised."""
        return self.name.title()

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def count(animals):
        """How many animals there are."""
        return len(animals)


class Dog(Animal):
    """A barking animal."""

    sound = "woof"

    def speak(self):
        return self.sound

    def fetch(self, thing, *, times=1):
        """Fetch thing, times times."""

    @property
    def age(self):
        return 3

    @age.setter
    def age(self, value):
        pass


class Puppy(Dog):
    pass


class Empty:
    pass


help(Animal)
help(Dog)
help(Puppy)
help(Empty)
help(Dog("rex"))
