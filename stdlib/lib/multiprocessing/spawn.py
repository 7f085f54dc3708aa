"""The child's side of the 'spawn' start method (CPython:
multiprocessing/spawn.py).

The child is `sys.executable -c "from multiprocessing.spawn import
spawn_main; spawn_main(...)"`.  spawn_main reads two length-prefixed
pickles from its pipe: the preparation data, which makes the child look
like its parent (sys.path, sys.argv, working directory, the process name)
and runs the parent's main script as the module __mp_main__ -- so
functions pickled by reference as __main__.f are found, while code under
`if __name__ == '__main__':` does not run again -- then the Process object,
whose _bootstrap() gives the exit code.
"""
import os
import sys
import types

from . import process
from . import reduction
from . import util

__all__ = ['get_command_line', 'get_preparation_data', 'spawn_main', 'prepare']


def get_command_line(**kwds):
    prog = 'from multiprocessing.spawn import spawn_main; spawn_main(%s)'
    prog %= ', '.join('%s=%r' % item for item in kwds.items())
    return [sys.executable, '-c', prog]


def get_preparation_data(name):
    d = dict(
        log_to_stderr=False,
        authkey=bytes(process.current_process().authkey),
        name=name,
        sys_path=list(sys.path),
        sys_argv=list(sys.argv),
        orig_dir=process.ORIGINAL_DIR,
        dir=os.getcwd(),
        start_method=None,
    )
    from . import context
    d['start_method'] = context._default_context.get_start_method()
    main_module = sys.modules['__main__']
    main_path = getattr(main_module, '__file__', None)
    if main_path is not None and getattr(main_module, '__spec__', None) is None:
        if not os.path.isabs(main_path) and process.ORIGINAL_DIR is not None:
            main_path = os.path.join(process.ORIGINAL_DIR, main_path)
        d['init_main_from_path'] = os.path.normpath(main_path)
    return d


def _read_exactly(fd, n):
    chunks = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            raise EOFError('the parent closed the pipe')
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def _read_pickle(fd):
    size = int.from_bytes(_read_exactly(fd, 8), 'big')
    return reduction.loads(_read_exactly(fd, size))


def spawn_main(pipe_handle, tracker_fd=None, parent_pid=None):
    """What the spawned interpreter runs: prepare, then bootstrap."""
    process.current_process()._inheriting = True
    try:
        prepare(_read_pickle(pipe_handle))
        self = _read_pickle(pipe_handle)
    finally:
        del process.current_process()._inheriting
        os.close(pipe_handle)
    exitcode = self._bootstrap(parent_sentinel=tracker_fd)
    sys.exit(exitcode)


def prepare(data):
    """Makes this process look like the parent that spawned it."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'dir' in data:
        os.chdir(data['dir'])
    if data.get('start_method') is not None:
        from . import context
        context._force_start_method(data['start_method'])
    if 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_path(main_path):
    """Runs the parent's script as __mp_main__ and makes it __main__ too."""
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    sys.modules['__mp_main__'] = main_module
    with open(main_path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, main_path, 'exec')
    exec(code, main_module.__dict__)
    sys.modules['__main__'] = main_module
