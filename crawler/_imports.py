"""Importing a library without the optional parts it would pull in and the crawl never uses."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def import_without(module: str, *unused: str) -> ModuleType:
    """Import `module` as though the modules `unused` were not installed: while it is imported they stand in
    `sys.modules` as None, so an `import` of one fails with ImportError, which libraries take as "not installed".
    They stay importable afterwards, and one already imported is left as it is."""
    held = [name for name in unused if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        return importlib.import_module(module)
    finally:
        for name in held:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
