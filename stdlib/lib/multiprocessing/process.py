"""Process objects: the Python side of a child process, whichever way it
is started (fork, spawn, forkserver; see context.py and the popen_*.py
modules).  Also current_process(), parent_process(), active_children().

A Process is named "Process-N" (N counting the processes this one has
started; "Process-1:2" for the second child of the first child).  Its
run() is called in the child by _bootstrap(), which turns the outcome into
the exit code: 0, the code of a SystemExit, or 1 after printing
"Process <name>:" and the traceback on stderr, as CPython does.

The layout of this file keeps two lines where CPython 3.11 has them, so
that a child's traceback reads the same: run()'s call of the target
(line 108) and _bootstrap()'s call of run() (line 314).
"""
import itertools
import os
import sys
import threading

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    """The Process object of the running process."""
    return _current_process


def active_children():
    """The children of this process still running (finished ones are
    reaped on the way)."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent's Process object (None in the main process)."""
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess:
    """A process running target(*args, **kwargs), or a subclass's run().
    The context (context.py) supplies _Popen, the way it is started."""

    def _Popen(self):
        raise NotImplementedError

    def _after_fork(self):
        pass

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    # The target call is on line 108 (see the module's docstring); the
    # lines between here and there are the rest of the public interface:
    # start, terminate, kill.

    def start(self):
        """Starts the child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Sends SIGTERM to the child."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Sends SIGKILL to the child."""
        self._check_closed()
        self._popen.kill()

    def run(self):
        """What the child does: calls the target (override in a subclass)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        """Waits until the child ends (at most timeout seconds).

        Joining also reaps the child (waitpid), so that it does not stay a
        zombie; a process that was not joined is reaped by the next
        start() or active_children() of its parent, or at exit."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the child has started and not ended yet.

        Asks the system without waiting (waitpid with WNOHANG): a child
        found to have ended is reaped and forgotten."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Frees what the Process object holds; the child must have ended.

        Afterwards most methods and attributes raise ValueError."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        """The process's name: only a label, which need not be unique
        (default "Process-N", or "ForkPoolWorker-N" in a pool)."""
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        """Whether the process is a daemon: terminated when its parent exits.

        Like a daemon thread, but a daemonic process may not start
        children of its own.  Set it before start()."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        """The key a Manager uses to check that a client is one of its
        own processes (inherited from the parent)."""
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = AuthenticationString(authkey)

    @property
    def exitcode(self):
        """The child's exit code: None while it runs, -N if signal N ended it.

        0 after a normal end, 1 after an uncaught exception, the code of
        sys.exit() otherwise."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        """The process id (None before start()).

        The same number as os.getpid() gives inside the child."""
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        """A descriptor that becomes readable when the child ends.

        The child holds the other end of a pipe open for its whole life;
        the system closes it when the child ends, and the parent's end
        reads EOF (multiprocessing.connection.wait() accepts it)."""
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        """<Process name='Process-1' pid=... parent=... started daemon>;
        after the child ended, 'stopped' and its exit code (a signal's
        name when a signal ended it: exitcode=SIGTERM)."""
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def __reduce__(self):
        # Pickled only to be sent to a spawned child, which rebuilds it from
        # its attributes (the popen and sentinel stay behind).  The target
        # and its arguments are pickled with it: a function by reference
        # (module and name), which is why the child imports the parent's
        # main module as __mp_main__ before it unpickles this object, and
        # why a lambda or a function defined under `if __name__ ==
        # '__main__':` cannot be the target of a spawned process.  Any
        # descriptor among the arguments (a Pipe's end, a lock's shared
        # memory) is kept open for the child by the spawning popen, under
        # the same number.
        from . import context
        if context.get_spawning_popen() is None:
            raise TypeError('Pickling a Process object is only allowed while spawning')
        state = dict(self.__dict__)
        state['_popen'] = None
        state.pop('_sentinel', None)
        return (_rebuild_process, (type(self), state))

    ##
    ## What the child runs.  _bootstrap is called in the new process (after
    ## fork, or by spawn.py's spawn_main); it returns the exit code, which
    ## the caller hands to os._exit (fork) or sys.exit (spawn).
    ##

    def _bootstrap(self, parent_sentinel=None):
        """Runs the process in the child and returns its exit code.

        Before run(): the start method is fixed to the parent's (so that a
        child starting processes of its own uses the same one), the counter
        for children's names starts again at 1 (this process's children are
        "Process-1:1", "Process-1:2"...), the child forgets the parent's
        children and reads nothing from its stdin, current_process() becomes
        this object and parent_process() the parent, and the hooks that
        multiprocessing objects registered with util.register_after_fork run
        (a lock forgets a holder that was a thread of the parent).

        After run(): util._exit_function() joins this process's own
        children and runs its finalizers, exactly as at the exit of the main
        process.  The exit code is 0 when run() returned; a SystemExit gives
        its code (an int, 0 for None, or 1 after printing any other value);
        any other exception gives 1 after "Process <name>:" and the
        traceback on stderr -- the only report a parent gets of a child's
        failure besides the exit code.  Non-daemonic threads the child
        started are waited for, and the standard streams flushed, because
        the caller ends the process with os._exit(), which flushes nothing.
        """
        from . import util, context
        global _current_process, _parent_process, _process_counter, _children
        exitcode = 1
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = itertools.count(1)
            _children = set()
            util._close_stdin()
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid, parent_sentinel)
            util._finalizer_registry.clear()
            util._run_after_forkers()
            self._after_fork()
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            threading._shutdown()
            util._flush_std_streams()
        return exitcode

    _start_method = None


def _rebuild_process(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


class AuthenticationString(bytes):
    def __reduce__(self):
        from . import context
        if context.get_spawning_popen() is None:
            raise TypeError('Pickling an AuthenticationString object is '
                            'disallowed for security reasons')
        return AuthenticationString, (bytes(self),)


class _MainProcess(BaseProcess):
    """The process the program started in."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': AuthenticationString(os.urandom(32)),
                        'semprefix': '/mp'}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """What parent_process() returns in a child."""

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive():
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(0.01)


# Where the program started: a relative path to the main script is
# relative to it, even after an os.chdir().
try:
    ORIGINAL_DIR = os.path.abspath(os.getcwd())
except OSError:
    ORIGINAL_DIR = None

_parent_process = None
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()
del _MainProcess

# How a repr shows the exit code of a process a signal ended (Linux's numbers).
_exitcode_to_name = {-number: '-' + name for number, name in enumerate(
    ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE',
     'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM'], start=1)}
