"""Locating the data that ships beside the package: `site_profiles/` and `fixtures/`.

In a source checkout (and an editable install) they are the project's top-level directories; a wheel
installs them under `<prefix>/share/crawler/`.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path | None:
    candidates = [
        _HERE.parent / name,
        Path(sys.prefix) / "share" / "crawler" / name,
        Path(sysconfig.get_path("data")) / "share" / "crawler" / name,
    ]
    for c in candidates:
        if c.is_dir():
            return c
    return None
