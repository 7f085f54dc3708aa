"""Threads and the synchronisation objects between them: glasspy's own
threading module, on the _thread module's threads and locks.

Every thread runs Python code only while it holds the GIL; a blocking wait
(join, acquiring a lock, Event.wait, time.sleep) lets the others run."""

import _thread
import sys


def _deprecated(old, advice):
    # The camelCase names of Python 2 still work in 3.11, with a
    # DeprecationWarning pointing at the caller's line.
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
           "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
           "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "excepthook", "local",
           "get_native_id", "setprofile", "settrace"]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock

_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def settrace(func):
    global _trace_hook
    _trace_hook = func


class RLock:
    """A lock its owner may acquire again; it is free once released as many
    times as it was acquired."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # CPython's RLock is _thread.RLock, written in C, and shows a free
        # lock's owner as 0.
        owner = self._owner or 0
        module = "_thread" if type(self) is RLock else self.__class__.__module__
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", module,
            self.__class__.__qualname__, owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    """Threads wait() until another notify()s them, holding the lock around
    both."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        # An RLock is released completely, whatever its count.
        if isinstance(self._lock, RLock):
            state = (self._lock._count, self._lock._owner)
            self._lock._count = 0
            self._lock._owner = None
            self._lock._block.release()
            return state
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._block.acquire()
            self._lock._count, self._lock._owner = state
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                gotit = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter.release()
            self._waiters.remove(waiter)

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


def _time():
    import time
    return time.monotonic()


class Semaphore:
    """A counter: acquire() takes one (waiting while it is zero), release()
    gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                          hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released more times than acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait for: set() wakes them all."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return f"<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait() until all have arrived, then all go on."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            generation = self._generation
            index = self._count
            self._count += 1
            if self._count == self._parties:
                if self._action:
                    self._action()
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
            else:
                while generation == self._generation and not self._broken:
                    self._cond.wait(timeout if timeout is not None else self._timeout)
                if self._broken:
                    raise BrokenBarrierError
            return index

    def abort(self):
        with self._cond:
            self._broken = True
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ---- threads ----------------------------------------------------------------------------------

_active = {}  # ident -> Thread, for the threads running now
_active_limbo_lock = RLock()
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class ExceptHookArgs(tuple):
    __slots__ = ()

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """What an exception that ends a thread's run() does: its report on
    stderr, headed with the thread's name."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.flush()
    print(f"Exception in thread {name}:", file=sys.stderr, flush=True)
    sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


class Thread:
    """A thread of control: target(*args, **kwargs) (or a subclass's run())
    in an OS thread, started by start(), waited for by join()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done_lock = _allocate_lock()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done_lock.acquire()
        _start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            with _active_limbo_lock:
                _active.pop(self._ident, None)
            self._is_stopped = True
            self._done_lock.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            acquired = self._done_lock.acquire()
        else:
            acquired = self._done_lock.acquire(True, max(timeout, 0))
        if acquired:
            self._done_lock.release()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless
    cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    # A thread started directly with _thread: it gets a name when asked.
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def active_count():
    """How many threads are alive (the main thread included)."""
    with _active_limbo_lock:
        return len(_active)


def activeCount():
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects alive now."""
    with _active_limbo_lock:
        return list(_active.values())


def main_thread():
    return _main_thread


class local:
    """Attributes each thread sees its own values of."""

    def __init__(self, *args, **kw):
        object.__setattr__(self, "_local__dicts", {})
        if (args or kw) and (type(self).__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")

    def _local__dict(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        return dicts.setdefault(get_ident(), {})

    def __getattribute__(self, name):
        if name.startswith("_local__") or name in ("__class__", "__init__"):
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, "_local__dict")()
        if name == "__dict__":
            return d
        try:
            return d[name]
        except KeyError:
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_local__dict")()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, "_local__dict")()
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()


def _shutdown():
    """At interpreter exit: wait for every thread that is not a daemon."""
    while True:
        with _active_limbo_lock:
            waiting = [t for t in _active.values()
                       if t is not _main_thread and not t.daemon and not isinstance(t, _DummyThread)]
        if not waiting:
            return
        for t in waiting:
            t.join()


def _after_fork():
    """In the child of os.fork(): only the thread that forked exists there.
    It becomes the main thread; the Thread objects of the others are marked
    stopped, and the locks this module shares between threads are new ones
    (another thread may have held them at the moment of the fork)."""
    global _active_limbo_lock, _main_thread
    _active_limbo_lock = RLock()
    current = _active.get(get_ident())
    if current is None:
        current = _MainThread()
    for thread in list(_active.values()):
        if thread is current:
            continue
        thread._is_stopped = True
        # A fresh lock rather than releasing the old one: a thread that was
        # waiting on it (in join()) is gone, and waking a waiter that does
        # not exist can block for ever.
        thread._done_lock = _allocate_lock()
    _active.clear()
    _active[get_ident()] = current
    _main_thread = current


def _register_after_fork():
    import posix
    posix.register_at_fork(after_in_child=_after_fork)


_register_after_fork()
del _register_after_fork
