"""Python hooks for the rare site that declarative rules cannot express.

A hook is a function `hook(result, doc, metadata) -> None` that may change the `ProfileResult` in place;
`doc` is the page's tree after the layout's `remove` rules. Register it by name and name it in a layout
(`hook = "name"`):

    from crawler.profiles import register_hook

    @register_hook("my_site_fixups")
    def my_site_fixups(result, doc, metadata):
        result.paragraphs = [p for p in result.paragraphs if not p.startswith("Promo:")]
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

Hook = Callable[[Any, Any, Any], None]
HOOKS: dict[str, Hook] = {}
_loaded = False


def register_hook(name: str) -> Callable[[Hook], Hook]:
    """Decorator: register `fn` under `name` for profiles to use."""

    def deco(fn: Hook) -> Hook:
        if name in HOOKS and HOOKS[name] is not fn:
            raise ValueError(f"a hook named {name!r} is already registered")
        HOOKS[name] = fn
        return fn

    return deco


def load_builtin_hooks() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        importlib.import_module("crawler.profiles.hooks")
