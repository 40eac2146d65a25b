"""A small on-disk cache of values derived from the code alone, so that a new process need not derive them again.

Each entry is one JSON file named by a key that covers everything the value was derived from (the caller hashes
its inputs with the Python and crawler versions): a stale entry is never read, only left behind, and the oldest
entries of a kind are removed when a new one is written. The cache is an optimisation only: a directory that
cannot be read or written, or a file that is not what was written, is the same as no entry.

The directory is $CRAWLER_CACHE_DIR, else $XDG_CACHE_HOME/crawler, else ~/.cache/crawler.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
from pathlib import Path
from typing import Any

from ._version import __version__

#: entries of one kind kept beside the newest (other crawler versions or environments sharing the directory)
_KEEP = 3


def cache_dir() -> Path:
    explicit = os.environ.get("CRAWLER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "crawler"


def key_of(kind: str, parts: list[str]) -> str:
    """The file name of the entry of `kind` derived from `parts` (and this Python and crawler)."""
    digest = hashlib.sha256()
    for part in (platform.python_version(), __version__, *parts):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return f"{kind}-{digest.hexdigest()[:24]}.json"


def load(name: str) -> Any | None:
    """The entry `name` (see key_of), or None when there is none that can be read."""
    try:
        return json.loads((cache_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store(name: str, value: Any) -> None:
    """Write the entry `name` (atomically: a reader sees the whole file or none), then drop the oldest entries of
    its kind; nothing when the directory cannot be written."""
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, directory / name)
        except BaseException:
            os.unlink(tmp)
            raise
        kind = name.rsplit("-", 1)[0]
        others = sorted((p for p in directory.glob(f"{kind}-*.json") if p.name != name),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
