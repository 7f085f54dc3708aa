"""The event loop and policy asyncio uses on Unix (CPython:
Lib/asyncio/unix_events.py): a selector loop; subprocesses and signal
handlers are not supported by glasspy's asyncio."""

from . import selector_events
from . import events

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """An event loop on selectors.DefaultSelector (epoll on Linux)."""

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError("add_signal_handler() is not supported by glasspy's asyncio")

    def remove_signal_handler(self, sig):
        return False


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
