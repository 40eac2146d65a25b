"""Python's cyclic garbage collector held off while one page is extracted.

An extraction makes thousands of objects that live until it ends: lxml's proxies for the page's elements (held on
purpose, see _generic._kept_alive), its blocks, lines and keys. The collector counts them as they are made, and
every few hundred runs a collection that walks the young ones; every tenth of those promotes what is still alive
to the oldest generation, and once enough has been promoted, a full collection walks every object of the process:
the compiled patterns, the profiles' selectors, the language tools' word lists, about 100,000 objects and 50 ms a
time in a process that has extracted a few pages. Over the real pages that came to about 0.6 ms of a page's 20 ms,
all of it for nothing: an extraction makes no reference cycles (tests/test_gc_pause.py), so reference counting
frees everything it made, and the collector finds no garbage of it.

Paused while a page is extracted, the collector's count goes up as the objects are made and down as they are
freed, so it ends where it began and the page causes no collection at all. Garbage that other code in the
process makes in the meantime waits the length of the call, then is collected as usual. A caller that keeps the
collector off finds it off afterwards; the pause is not taken inside another (a nested call leaves it alone).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")


def collector_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """`fn` run with the cyclic garbage collector off, when it was on, and on again afterwards, however it ends."""

    @wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return paused
