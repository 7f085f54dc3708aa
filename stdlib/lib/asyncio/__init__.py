"""asyncio: coroutines run by an event loop (CPython: Lib/asyncio).

glasspy's own implementation of CPython 3.11's API, in Python so that
learners can read it: the loop (base_events.py) waits on a selector,
tasks (tasks.py) drive coroutines one step per callback, futures
(futures.py) connect the two.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .selector_events import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .unix_events import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__ + runners.__all__ +
           selector_events.__all__ +
           streams.__all__ + taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__ +
           unix_events.__all__)
