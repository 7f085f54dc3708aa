"""Starting a child with os.fork(): the child is a copy of this process
and calls the Process object's _bootstrap() directly (CPython:
multiprocessing/popen_fork.py).

The standard streams are flushed first, or the child would inherit a copy
of their unwritten buffers and print them a second time.
"""
import os

from . import util

__all__ = ['Popen']


class Popen:
    method = 'fork'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def _launch(self, process_obj):
        code = 1
        # The child keeps the write end of this pipe open until it ends: the
        # parent's end (the sentinel) then reads EOF.
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self.finalizer = util.Finalize(self, util.close_fds, (parent_r, parent_w))
            self.sentinel = parent_r

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                # The sentinel reads EOF once the child has ended.
                from .connection import wait
                if not wait([self.sentinel], timeout):
                    return None
            return self.poll(os.WNOHANG if timeout == 0.0 else 0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        import _multiprocessing
        self._send_signal(_multiprocessing.SIGTERM)

    def kill(self):
        import _multiprocessing
        self._send_signal(_multiprocessing.SIGKILL)

    def close(self):
        if self.finalizer is not None:
            self.finalizer()
