"""Giving freed memory back to the system.

glibc's allocator keeps most of what a process frees (fragmented heaps, one arena per thread) and hands it back
only when asked: a crawl that handles thousands of pages of a few hundred kilobytes each would otherwise creep
up to the largest amount it ever held at once. `trim()` asks, on glibc; elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable


def _load() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError, TypeError):
        return None


_malloc_trim = _load()


def trim() -> bool:
    """Return the allocator's free memory to the system; False where that cannot be done (not glibc)."""
    if _malloc_trim is None:
        return False
    _malloc_trim(0)
    return True
