"""Regular expressions from profiles, bounded in time.

Profile patterns run on text from the open web, so a pattern with catastrophic backtracking must not be
able to hang a crawl. They are compiled with the `regex` module, every match has a time limit, and at load
time each pattern is tried against strings built to trigger backtracking: a pattern that blows up is
rejected with an error naming it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from ._checked import CHECKED

MATCH_TIMEOUT = 0.05  # seconds per match on real text
_PROBE_TIMEOUT = 0.2
_PROBES = (
    "a" * 40 + "!",
    "aaaa " * 12 + "!",
    "1" * 40 + "x",
    "ab" * 30 + "!",
    "-" * 40 + "x",
    " " * 40 + "x",
    "x" * 3000,
)


class RegexError(ValueError):
    pass


class SafePattern:
    """A pattern whose matches give up (as no match) after MATCH_TIMEOUT seconds. Given no compiled form (a pattern
    an earlier load checked: see _checked), it is compiled where it is first used."""

    __slots__ = ("pattern", "_re")

    def __init__(self, pattern: str, compiled: regex.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self._re = compiled

    def __repr__(self) -> str:
        return f"SafePattern({self.pattern!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SafePattern) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def compile(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now, if it was not)."""
        if self._re is None:
            self._re = regex.compile(self.pattern, regex.V0)
        return self._re

    @property
    def compiled(self) -> bool:
        return self._re is not None

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        try:
            return (self._re or self.compile()).fullmatch(text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            return None

    def search(self, text: str) -> regex.Match[str] | None:
        try:
            return (self._re or self.compile()).search(text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            return None

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        try:
            yield from (self._re or self.compile()).finditer(text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            return

    def sub(self, repl: str | Callable[[regex.Match[str]], str], text: str) -> str:
        try:
            return (self._re or self.compile()).sub(repl, text, timeout=MATCH_TIMEOUT)
        except TimeoutError:
            return text


def _compile(pattern: object) -> SafePattern:
    if not isinstance(pattern, str) or not pattern:
        raise RegexError("must be a non-empty regular expression string")
    if CHECKED.pattern(pattern):
        return SafePattern(pattern)  # (checked by an earlier load: compiled where first used)
    try:
        compiled = regex.compile(pattern, regex.V0)
    except regex.error as exc:
        raise RegexError(f"invalid regular expression {pattern!r}: {exc}") from None
    for probe in _PROBES:
        try:
            compiled.search(probe, timeout=_PROBE_TIMEOUT)
        except TimeoutError:
            raise RegexError(
                f"regular expression {pattern!r} backtracks catastrophically (nested or overlapping "
                "repetition); rewrite it without nested quantifiers"
            ) from None
    CHECKED.add_pattern(pattern)
    return SafePattern(pattern, compiled)


def compile_line_pattern(pattern: object) -> SafePattern:
    """A pattern matched against a whole line (use `fullmatch`)."""
    return _compile(pattern)


def compile_search_pattern(pattern: object) -> SafePattern:
    """A pattern searched for anywhere in a string."""
    return _compile(pattern)
