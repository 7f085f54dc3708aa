"""Container datatypes beyond the built-in dict, list, set and tuple
(CPython: Lib/collections/__init__.py and Modules/_collectionsmodule.c).

* namedtuple   a factory for tuple subclasses with named fields
* deque        a list-like container with fast appends and pops on either end
* defaultdict  a dict that calls a factory to supply missing values
* Counter      a dict that counts hashable objects
* OrderedDict  a dict that can reorder its entries
* ChainMap     several mappings seen as one

glasspy keeps each in its own file (collections/_<name>.py); the abstract
base classes are in collections/abc.py."""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

from ._namedtuple import namedtuple
from ._deque import deque
from ._defaultdict import defaultdict
from ._ordereddict import OrderedDict
from ._counter import Counter
from ._chainmap import ChainMap
from ._user import UserDict, UserList, UserString
from . import abc
