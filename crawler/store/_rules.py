"""What every store decides the same way, whatever its database.

Kept apart from the SQLite code so that another backend (PostgreSQL is planned) makes the same decisions.
"""

from __future__ import annotations

from datetime import timezone

from .._dates import to_datetime


def utc_iso(value: str | None) -> str | None:
    """A date and time written with a time-zone offset ("2025-03-10T09:00:00+09:00") as the same instant in
    UTC ("2025-03-10T00:00:00+00:00"), the form of every time the store writes itself, so that the two compare
    as text (a sitemap's lastmod with the last fetch's time). A bare day ("2025-03-10") and a value that is
    not ISO 8601 are returned as they are."""
    if not value or len(value) <= 10:
        return value
    when = to_datetime(value)
    if when is None:
        return value
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")
