"""Dates as ISO 8601.

A moment is written `YYYY-MM-DDTHH:MM:SS+HH:MM`. A time without a zone is read in the site's zone when the
profile names one, else as UTC. A value that carries only a day stays a day (`YYYY-MM-DD`): inventing
midnight would state a time nobody published. Values outside 1990 .. next year are rejected as noise.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateutil_parser

_CJK_DATE = re.compile(
    r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日]?"
    r"(?:[^\d]{0,12}?(\d{1,2})\s*[:時시]\s*(\d{1,2})(?:\s*[:分분]\s*(\d{1,2}))?)?"
)
_KO_DATE = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:[^\d]{0,12}?(\d{1,2})\s*[:시]\s*(\d{1,2}))?")
_DAY_ONLY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_MIN_YEAR = 1990


def zone(name: str | None) -> tzinfo:
    if not name:
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def _plausible(year: int) -> bool:
    return _MIN_YEAR <= year <= datetime.now(timezone.utc).year + 1


def _finish(dt: datetime, tz: tzinfo) -> str | None:
    if not _plausible(dt.year):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt.replace(microsecond=0).isoformat()


def parse_date(value: str | None, tz: str | tzinfo | None = None) -> str | None:
    """Parse a date or timestamp as pages write it; ISO 8601 string or None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    zone_ = tz if isinstance(tz, tzinfo) else zone(tz)

    day = _DAY_ONLY.match(text)
    if day:
        try:
            d = date(int(day[1]), int(day[2]), int(day[3]))
        except ValueError:
            return None
        return d.isoformat() if _plausible(d.year) else None

    iso = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    if iso.endswith(("z", "Z")):
        iso = iso[:-1] + "+00:00"
    try:
        return _finish(datetime.fromisoformat(iso), zone_)
    except ValueError:
        pass

    epoch = _EPOCH.match(text)
    if epoch:
        try:
            return _finish(datetime.fromtimestamp(int(epoch[1]), tz=timezone.utc), zone_)
        except (OverflowError, OSError, ValueError):
            return None

    for pattern in (_CJK_DATE, _KO_DATE):
        m = pattern.search(text)
        if m:
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
            try:
                if m[4] is not None:
                    sec = int(m[6]) if m.lastindex and m.lastindex >= 6 and m[6] else 0
                    return _finish(datetime(y, mo, d, int(m[4]), int(m[5]), sec), zone_)
                dd = date(y, mo, d)
                return dd.isoformat() if _plausible(y) else None
            except (ValueError, IndexError):
                return None

    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return _finish(parsed, zone_)
    except (TypeError, ValueError, IndexError):
        pass

    try:
        default = datetime(1, 1, 1)
        parsed = dateutil_parser.parse(text, default=default, fuzzy=False)
    except (ValueError, OverflowError, TypeError, dateutil_parser.ParserError):
        return None
    if parsed.year == 1:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    if not has_time and parsed.tzinfo is None:
        return parsed.date().isoformat() if _plausible(parsed.year) else None
    return _finish(parsed, zone_)


def to_datetime(iso: str | None) -> datetime | None:
    """An aware datetime for an ISO string from `parse_date` (a day becomes midnight UTC), or None."""
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def same_instant(a: str | None, b: str | None, tolerance: timedelta = timedelta(seconds=1)) -> bool:
    da, db = to_datetime(a), to_datetime(b)
    if da is None or db is None:
        return False
    return abs(da - db) <= tolerance
