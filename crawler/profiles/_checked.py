"""What loading the profiles checked before, remembered between processes (see crawler._cache).

Loading the 80 bundled profiles took about half a second of a one-off command's start: compiling each pattern with
the `regex` module and trying it on strings built to make it backtrack (see _regex), and translating each CSS
selector to XPath (cssselect) and compiling that. A pattern that passed those checks passes them again: the entry
lists the patterns that did and each CSS selector's XPath, and a later load takes them as checked (a pattern is
then compiled where a page first needs it). A pattern or selector that failed is never listed, so a bad profile
is reported at load time as before. The entry is keyed by the source of the modules that check and the versions of
the libraries they use: a change to either is a new entry."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import cssselect
import lxml.etree
import regex

from .. import _cache

#: entries listed at most (user profiles add theirs to the bundled ones'): past it, nothing more is remembered
_MAX_ENTRIES = 20_000


def _version(module: Any) -> str:
    """A library's version as it states it (imported already: reading its installed metadata cost 45 ms)."""
    return str(getattr(module, "__version__", "?"))


class Checked:
    """The patterns and CSS selectors an earlier load checked, read on first use; `save` writes what this
    process checked besides."""

    def __init__(self) -> None:
        self._name: str | None = None
        self._patterns: set[str] | None = None
        self._xpaths: dict[str, str] = {}
        self._new = False

    def _read(self) -> set[str]:
        if self._patterns is not None:
            return self._patterns
        self._patterns = set()
        here = Path(__file__).parent
        try:
            code = [hashlib.sha256((here / f).read_bytes()).hexdigest() for f in ("_regex.py", "_selectors.py")]
        except OSError:
            return self._patterns  # (no source to key the entry by: nothing is remembered)
        versions = [_version(regex), _version(cssselect), _version(lxml.etree)]
        self._name = _cache.key_of("profile-checks", [*code, *versions])
        entry = _cache.load(self._name)
        if isinstance(entry, dict):
            patterns, xpaths = entry.get("patterns"), entry.get("xpaths")
            if (isinstance(patterns, list) and all(isinstance(p, str) for p in patterns)
                    and isinstance(xpaths, dict) and all(isinstance(v, str) for v in xpaths.values())):
                self._patterns.update(patterns)
                self._xpaths.update(xpaths)
        return self._patterns

    def pattern(self, pattern: str) -> bool:
        """Whether `pattern` passed the checks before."""
        return pattern in self._read()

    def add_pattern(self, pattern: str) -> None:
        patterns = self._read()
        if pattern not in patterns and len(patterns) < _MAX_ENTRIES:
            patterns.add(pattern)
            self._new = True

    def xpath(self, css: str) -> str | None:
        """The XPath of the CSS selector `css`, translated and compiled before; None when it was not."""
        self._read()
        return self._xpaths.get(css)

    def add_xpath(self, css: str, xpath: str) -> None:
        self._read()
        if css not in self._xpaths and len(self._xpaths) < _MAX_ENTRIES:
            self._xpaths[css] = xpath
            self._new = True

    def save(self) -> None:
        """Write the entry when this process checked something it did not list."""
        if self._new and self._name is not None and self._patterns is not None:
            value: dict[str, Any] = {"patterns": sorted(self._patterns), "xpaths": self._xpaths}
            _cache.store(self._name, value)
        self._new = False


#: the process's record (profiles are loaded once per process, from one thread)
CHECKED = Checked()
