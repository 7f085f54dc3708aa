"""Abstract base classes: classes that say which methods a subclass must
define, and that can claim classes which never inherit from them.

glasspy's own implementation, in Python (CPython's is Lib/_py_abc.py in
Python and Modules/_abc.c in C).  Two mechanisms meet here:

* abstract methods: @abstractmethod marks a function; ABCMeta gathers the
  marked names still undefined into cls.__abstractmethods__.  Setting that
  attribute raises a flag on the class, and object.__new__ refuses to make
  an instance of a class with the flag (runtime/typeobject.cpp).
* virtual subclasses: isinstance(x, C) and issubclass(K, C) call the
  metaclass's __instancecheck__ / __subclasscheck__, which answer yes for
  real subclasses, for classes registered with C.register(K), and for
  classes C.__subclasshook__ accepts (Iterable accepts any class with an
  __iter__ method).

CPython caches each answer in weak sets; glasspy recomputes it every time,
which is slower but shows the whole rule on every call."""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: a class that keeps it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated form of @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated form of @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated form of @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to cls
    (a class decorator such as dataclass calls it)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    # An inherited abstract name stays abstract until something overrides it.
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    # Bumped by every register(); CPython's caches compare against it.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        # The ABCs derived from this one: a class registered with a child
        # counts as a virtual subclass of the parent too.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns it, so that
        register can decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # 1. The class's own hook decides, unless it returns NotImplemented.
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            return bool(answer)
        # 2. Real inheritance.
        if cls in subclass.__mro__:
            return True
        # 3. Registered classes, and their subclasses.
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        # 4. Whatever a derived ABC accepts (its registry, its hook).
        for child in cls._abc_subclasses:
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)


def get_cache_token():
    """A number that changes whenever a class is registered with an ABC."""
    return ABCMeta._abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    """A helper class: inherit from ABC instead of writing metaclass=ABCMeta."""
    __slots__ = ()
