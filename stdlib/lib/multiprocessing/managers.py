"""Managers: objects that live in a server process and are used from any
process through proxies (CPython: multiprocessing/managers.py).

Manager() starts the server (a child process named "SyncManager-N"), which
listens on an AF_UNIX socket in a private temporary directory.  manager.dict()
asks the server to make a dict and returns a DictProxy: a token naming the
object (typeid, id) and the server's address.  Each method call on a proxy
is a message on a connection to the server -- ('call', id, method, args,
kwds) -- answered by ('#RETURN', value) or ('#ERROR', exception).  A process
(each of its threads) opens its own connection the first time it uses a
proxy, and the server gives every connection a thread, so a blocking call
(a Queue's get, a Lock's acquire) blocks only its caller.  Proxies pickle
as their token, so they can be passed to children however those start.

Simplification: the server keeps every object until it shuts down (CPython
counts the proxies referring to each one), and there is no authentication
handshake beyond the socket's directory being private to the user.
"""
import os
import queue
import socket
import sys
import tempfile
import threading

from . import connection
from . import context
from . import pool
from . import process
from . import util

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace']


class Token:
    """What identifies a shared object: its type id, the server's address,
    and its id in the server."""
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (
            self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


# ---- the server ---------------------------------------------------------------------------------

class Server:
    """The server process's state: the shared objects by id, and a thread
    per client connection."""

    def __init__(self, registry, address):
        self.registry = registry
        self.address = address
        self.id_to_obj = {}
        self.next_id = 0
        self.mutex = threading.Lock()
        self.stop_event = threading.Event()
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(address)
        self.listener.listen(128)

    def serve_forever(self):
        accepter = threading.Thread(target=self.accepter, daemon=True)
        accepter.start()
        self.stop_event.wait()
        util._flush_std_streams()
        os._exit(0)

    def accepter(self):
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                continue
            conn = connection.Connection(sock.detach())
            threading.Thread(target=self.handle_client, args=(conn,), daemon=True).start()

    def handle_client(self, conn):
        while not self.stop_event.is_set():
            try:
                request = conn.recv()
            except (EOFError, OSError):
                conn.close()
                return
            try:
                reply = self.handle_request(request)
            except Exception as e:
                reply = ('#ERROR', e)
            try:
                conn.send(reply)
            except Exception as e:
                conn.send(('#ERROR', RemoteError('could not send result: %r' % e)))
            if request[0] == 'shutdown':
                self.stop_event.set()
                return

    def handle_request(self, request):
        kind = request[0]
        if kind == 'create':
            _, typeid, args, kwds = request
            return ('#RETURN', self.create(typeid, *args, **kwds))
        if kind == 'call':
            _, ident, methodname, args, kwds = request
            obj = self.id_to_obj[ident]
            if methodname == '#getvalue_copy':
                return ('#RETURN', obj)
            if methodname == '#getattr':
                return ('#RETURN', getattr(obj, args[0]))
            if methodname == '#setattr':
                setattr(obj, args[0], args[1])
                return ('#RETURN', None)
            if methodname == '#delattr':
                delattr(obj, args[0])
                return ('#RETURN', None)
            result = getattr(obj, methodname)(*args, **kwds)
            proxytype = _method_to_typeid.get((type(obj), methodname))
            if proxytype is not None:
                return ('#PROXY', (proxytype, self.register(result)))
            return ('#RETURN', result)
        if kind == 'shutdown':
            return ('#RETURN', None)
        if kind == 'dummy':
            return ('#RETURN', None)
        raise ValueError('unknown request %r' % (kind,))

    def register(self, obj):
        with self.mutex:
            ident = '%x' % self.next_id
            self.next_id += 1
            self.id_to_obj[ident] = obj
        return ident

    def create(self, typeid, *args, **kwds):
        callable = self.registry[typeid][0]
        return self.register(callable(*args, **kwds))


def _run_server(manager_class, address, writer, initializer=None, initargs=()):
    """What the manager's process runs: bind, tell the parent the address, serve."""
    if initializer is not None:
        initializer(*initargs)
    server = Server(manager_class._registry, address)
    writer.send(server.address)
    writer.close()
    server.serve_forever()


# ---- the managers -------------------------------------------------------------------------------

class State:
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


def _new_address():
    directory = tempfile.mkdtemp(prefix='pymp-')
    return os.path.join(directory, 'listener-%d' % os.getpid())


class BaseManager:
    """Starts a server process holding shared objects; the types it can make
    are those register() was given."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = process.AuthenticationString(authkey)
        self._state = State()
        self._state.value = State.INITIAL
        self._ctx = ctx or context._default_context.get_context()
        self._process = None

    def start(self, initializer=None, initargs=()):
        """Starts the server process."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        address = self._address or _new_address()
        self._process = self._ctx.Process(
            target=_run_server,
            args=(type(self), address, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state.value = State.STARTED
        self.shutdown = util.Finalize(self, type(self)._finalize_manager,
                                      args=(self._process, self._address, self._state),
                                      exitpriority=0)

    @staticmethod
    def _finalize_manager(process, address, state):
        """Asks the server to stop, waits for it, removes its socket."""
        if process.is_alive():
            try:
                conn = _connect(address)
                conn.send(('shutdown',))
                conn.recv()
                conn.close()
            except Exception:
                pass
            process.join(timeout=1.0)
            if process.is_alive():
                process.terminate()
                process.join()
        state.value = State.SHUTDOWN
        try:
            os.unlink(address)
            os.rmdir(os.path.dirname(address))
        except OSError:
            pass
        _connections.clear()

    @property
    def address(self):
        return self._address

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def _create(self, typeid, *args, **kwds):
        assert self._state.value == State.STARTED, 'server not yet started'
        ident = _request(self._address, ('create', typeid, args, kwds))
        return Token(typeid, self._address, ident)

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Makes manager.<typeid>(...) create callable(...) in the server
        and return a proxytype for it."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        cls._registry[typeid] = (callable, proxytype)
        for method, result_typeid in (method_to_typeid or {}).items():
            _method_to_typeid_by_typeid[(typeid, method)] = result_typeid
        if create_method:
            def temp(self, *args, **kwds):
                token = self._create(typeid, *args, **kwds)
                return proxytype(token, manager=self)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class ProcessError(Exception):
    pass


# ---- proxies ------------------------------------------------------------------------------------

# The connection each (process, thread) uses for each server address.
_connections = {}


def _connect(address):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(address)
    return connection.Connection(sock.detach())


def _request(address, request):
    key = (os.getpid(), threading.get_ident(), address)
    conn = _connections.get(key)
    if conn is None:
        conn = _connections[key] = _connect(address)
    conn.send(request)
    kind, result = conn.recv()
    if kind == '#RETURN':
        return result
    if kind == '#PROXY':
        typeid, ident = result
        return _proxy_types[typeid](Token(typeid, address, ident))
    raise result


class BaseProxy:
    """A stand-in for an object in a manager's server."""

    def __init__(self, token, serializer='pickle', manager=None, authkey=None,
                 exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager

    def _callmethod(self, methodname, args=(), kwds={}):
        """Calls the referent's method in the server; returns what it returned."""
        return _request(self._token.address, ('call', self._token.id, methodname, args, kwds))

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#getvalue_copy')

    def __reduce__(self):
        return (RebuildProxy, (type(self), self._token))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(cls, token):
    return cls(token)


def MakeProxyType(name, exposed):
    """A proxy class whose methods call the referent's methods of these names."""
    dic = {}
    for meth in exposed:
        exec('''def %s(self, /, *args, **kwds):
        return self._callmethod(%r, args, kwds)''' % (meth, meth), dic)
    return type(name, (BaseProxy,), dic)


def AutoProxy(token, manager=None, **kwds):
    callable = BaseManager._registry.get(token.typeid, (None,))[0]
    exposed = [n for n in dir(callable) if not n.startswith('_')] if callable else []
    cls = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    return cls(token, manager=manager)


class IteratorProxy(BaseProxy):
    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('#getattr', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('#getattr', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('#getattr', ('broken',))


class Namespace:
    """An object whose attributes are what was set on it."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('#getattr', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('#setattr', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('#delattr', (key,))


class Value:
    """What manager.Value makes: a typecode and a value."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    """What manager.Array makes (CPython: an array.array; a list here)."""
    return _SharedList(sequence)


_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
                 '__mul__', '__reversed__', '__rmul__', '__setitem__',
                 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
                 'reverse', 'sort', '__imul__', 'copy', 'clear')

BaseListProxy = MakeProxyType('BaseListProxy', _list_methods)


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                 'update', 'values')

DictProxy = MakeProxyType('DictProxy', _dict_methods)
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join',
    'map', 'map_async', 'starmap', 'starmap_async', 'terminate'))


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


QueueProxy = MakeProxyType('QueueProxy', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'))


# The lists and dicts the server makes support keys()/items()/values()
# returning lists, so that the answer can be pickled.
class _SharedDict(dict):
    def keys(self):
        return list(dict.keys(self))

    def values(self):
        return list(dict.values(self))

    def items(self):
        return list(dict.items(self))

    def __reduce__(self):
        return (dict, (dict(self),))


class _SharedList(list):
    def __reduce__(self):
        return (list, (list(self),))


def _new_dict(*args, **kwds):
    return _SharedDict(*args, **kwds)


def _new_list(*args):
    return _SharedList(*args)


class SyncManager(BaseManager):
    """The manager Manager() returns: dict, list, Queue, Value, Lock..."""


_method_to_typeid = {}
_method_to_typeid_by_typeid = {}
_proxy_types = {}


def _register(typeid, callable, proxytype, create_method=True):
    SyncManager.register(typeid, callable, proxytype, create_method=create_method)
    _proxy_types[typeid] = proxytype


_register('Queue', queue.Queue, QueueProxy)
_register('JoinableQueue', queue.Queue, QueueProxy)
_register('Event', threading.Event, EventProxy)
_register('Lock', threading.Lock, AcquirerProxy)
_register('RLock', threading.RLock, AcquirerProxy)
_register('Semaphore', threading.Semaphore, AcquirerProxy)
_register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
_register('Condition', threading.Condition, ConditionProxy)
_register('Barrier', threading.Barrier, BarrierProxy)
_register('Pool', pool.Pool, PoolProxy)
_register('list', _new_list, ListProxy)
_register('dict', _new_dict, DictProxy)
_register('Value', Value, ValueProxy)
_register('Array', Array, ArrayProxy)
_register('Namespace', Namespace, NamespaceProxy)
