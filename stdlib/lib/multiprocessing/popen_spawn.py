"""Starting a child as a fresh interpreter (the 'spawn' start method, and
'forkserver', which glasspy runs the same way): fork, then exec
sys.executable running multiprocessing.spawn.spawn_main, which reads from a
pipe what it needs -- the parent's sys.path, working directory and main
script (preparation data), then the pickled Process object (CPython:
multiprocessing/popen_spawn_posix.py).

Descriptors that pickled objects refer to (a Pipe's ends, shared memory)
are registered while pickling through duplicate_for_child() and made
inheritable in the child before the exec, so they keep their numbers.
"""
import os
import sys

from . import context
from . import popen_fork
from . import reduction
from . import spawn
from . import util

__all__ = ['Popen']


class Popen(popen_fork.Popen):
    method = 'spawn'

    def __init__(self, process_obj):
        self._fds = []
        super().__init__(process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return fd

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            prep = reduction.dumps(prep_data)
            proc = reduction.dumps(process_obj)
        finally:
            context.set_spawning_popen(None)
        parent_r, child_w = os.pipe()   # the sentinel: EOF when the child ends
        child_r, parent_w = os.pipe()   # what the child reads at start
        self._fds.extend([child_r, child_w])
        cmd = spawn.get_command_line(tracker_fd=child_w, pipe_handle=child_r)
        util._flush_std_streams()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                for fd in self._fds:
                    os.set_inheritable(fd, True)
                os.execv(sys.executable, cmd)
            finally:
                os._exit(127)
        os.close(child_r)
        os.close(child_w)
        self.sentinel = parent_r
        self.finalizer = util.Finalize(self, util.close_fds, (parent_r,))
        data = b''.join(len(chunk).to_bytes(8, 'big') + chunk for chunk in (prep, proc))
        try:
            while data:
                data = data[os.write(parent_w, data):]
        finally:
            os.close(parent_w)
