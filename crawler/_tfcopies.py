"""trafilatura without the two tree copies its fast precision mode never reads.

Before it extracts, trafilatura (`trafilatura.core._prepare_tree`) copies the page's tree, cleans the copy, and
copies the cleaned tree again as a backup. `bare_extraction` has already copied the tree it was given, so the
first copy protects a tree that is trafilatura's own. In the mode the generic path uses first (fast, precision
focus, comments off), nothing reads that tree after the cleaning (the comparison with the external extractors is
skipped in fast mode, the baseline rescue is skipped with a precision focus, the recall escalation needs a
balanced focus), and nothing reads the backup (it serves the comparison and the forum-comment path only). Each
copy is a walk that rebuilds the whole page: about 0.13 ms a page each.

`install()` puts a stand-in for `_prepare_tree` that cleans and converts the tree in place in that mode, and calls
trafilatura's own function in every other mode. It takes the place only when the installed function and the two
that decide what is read after it (`trafilatura_sequence`, `_extract_and_compare`) are, character for character,
the ones it was written for (checked by digest); a different trafilatura keeps its own function, slower, never
different. Like `_tfprune`, it is installed once, when `crawler._traf` is imported,
and trafilatura used directly in the same process gets the same answers. `tests/test_tfcopies.py` checks the
stand-in against trafilatura's own function on every real page.
"""

from __future__ import annotations

import hashlib
import inspect
from typing import Any

#: sha256 (first 16 hex digits) of the sources, in trafilatura 2.3.1, of `trafilatura.core._prepare_tree` and of the
#: functions whose reading of the trees makes its copies unneeded in the fast precision mode
DIGESTS = {"_prepare_tree": "9595f0642825c2c7", "trafilatura_sequence": "f03dc4d2946dacbd",
           "_extract_and_compare": "f7d056c2118222e8"}


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def unread_copies(options: Any) -> bool:
    """Whether trafilatura, run with `options`, never reads its raw tree after the cleaning, nor the backup."""
    return bool(options.fast) and options.focus == "precision" and not options.comments


def install(module: Any = None) -> bool:
    """Put the stand-in in the place of `module`'s `_prepare_tree` (by default `trafilatura.core`); True when it
    is in place (now or from an earlier call)."""
    if module is None:
        import trafilatura.core as module
    original = getattr(module, "_prepare_tree", None)
    if original is None:
        return False
    if getattr(original, "_crawler_stand_in", False):
        return True  # already installed
    for name, digest in DIGESTS.items():
        function = getattr(module, name, None)
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):  # pragma: no cover - no source to check: leave trafilatura as it is
            return False
        if _digest(source) != digest:
            return False
    tree_cleaning, convert_tags = module.tree_cleaning, module.convert_tags

    def _prepare_tree(tree: Any, options: Any, url: str | None) -> tuple[Any, Any]:
        if not unread_copies(options):
            return original(tree, options, url)
        cleaned = convert_tags(tree_cleaning(tree, options), options, url)
        return cleaned, cleaned  # the backup: never read in this mode

    _prepare_tree.__wrapped__ = original  # type: ignore[attr-defined]
    _prepare_tree._crawler_stand_in = True  # type: ignore[attr-defined]
    _prepare_tree.__doc__ = original.__doc__
    module._prepare_tree = _prepare_tree
    return True
