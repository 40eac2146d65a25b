"""Dates as ISO 8601.

A moment is written `YYYY-MM-DDTHH:MM:SS+HH:MM`. A time without a zone is read in the site's zone when the
profile names one; else in the zone of the one-zone country the page's address or language names, or the offset
another date of the same page declares (see page_zone); else as UTC. A value that carries only a day stays a day
(`YYYY-MM-DD`): inventing midnight would state a time nobody published. Values outside 1990 .. next year are rejected as noise.
"""

from __future__ import annotations

import email.utils
import re
import warnings
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as dateutil_parser
from dateutil.parser import UnknownTimezoneWarning

# Year, month, day in the order East Asian pages write them ("2023年4月28日 17時40分", "2023년 4월 28일 오후 5:40",
# "2023/04/28 17:40"), with the text between the day and the time kept to find a morning/afternoon marker.
_CJK_DATE = re.compile(
    r"(?P<y>\d{4})\s*[年.\-/]\s*(?P<mo>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*[日]?"
    r"(?:(?P<gap>[^\d]{0,12}?)(?P<h>\d{1,2})\s*[:時시]\s*(?P<mi>\d{1,2})(?:\s*[:分분]\s*(?P<s>\d{1,2}))?)?"
    r"(?P<after>\s*[^\d\s]{0,4})"
)
_KO_DATE = re.compile(
    r"(?P<y>\d{4})\s*년\s*(?P<mo>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
    r"(?:(?P<gap>[^\d]{0,12}?)(?P<h>\d{1,2})\s*[:시]\s*(?P<mi>\d{1,2})(?:\s*[:분]\s*(?P<s>\d{1,2}))?)?"
    r"(?P<after>\s*[^\d\s]{0,4})"
)
_PM = re.compile(r"(?<![a-z])p\.?\s?m\b\.?|오후|午後|下午|晚上|夜", re.I)
_AM = re.compile(r"(?<![a-z])a\.?\s?m\b\.?|오전|午前|上午|凌晨|早上|朝", re.I)
# Day.month.year, always day first where it is written so (German, Russian, Turkish …): "03.04.2023, 17:40 Uhr".
_DOTTED = re.compile(
    r"^(?:[^\W\d_]{2,12},?\s+)?(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})"
    r"(?:(?:,|\s)\s*(?:(?:um|à|в|saat)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(?:Uhr|h))?)?\.?\s*$",
    re.I,
)
_DAY_ONLY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?(?:\.\d+)?\s*$")
# "Updated: ...", "Published on ...", "Stand: ..." in front of a date.
_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|published|posted|created|date|dated|first published|stand|aktualisiert|"
    r"veröffentlicht|actualizado|publicado|atualizado|mis à jour|publié(?:\s+le)?|aggiornato|pubblicato))"
    r"(?:\s+(?:on|at|am|um|el|em|le))?\s*[:：]?\s+",
    re.I,
)
# RFC 2822 as feeds and HTTP headers write it: "Fri, 28 Apr 2023 17:40:00 +0900".
_RFC2822 = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?P<zone>[+-]\d{4}|[A-Za-z]{1,5}))?(?:\s*\([^)]*\))?\s*$"
)
_MIN_YEAR = 1990

# Zone abbreviations pages commonly print, with their offsets in hours. Ambiguous ones (IST, CST in China) are
# read as most English-language news sites mean them; unknown ones leave the time in the site's zone.
_ZONE_ABBR = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
    "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "PHT": 8, "WIB": 7,
    "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}
_TZINFOS = {name: int(hours * 3600) for name, hours in _ZONE_ABBR.items()}


def zone(name: object) -> tzinfo:
    if isinstance(name, tzinfo):
        return name
    if not name or not isinstance(name, str):
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return timezone.utc


#: the zone of a page in a language spoken in one time zone (Japanese, Korean), or of a regional Chinese subtag
_LANGUAGE_ZONES = {"ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh-cn": "Asia/Shanghai", "zh-hans-cn": "Asia/Shanghai",
                   "zh-tw": "Asia/Taipei", "zh-hant-tw": "Asia/Taipei", "zh-hk": "Asia/Hong_Kong",
                   "zh-hant-hk": "Asia/Hong_Kong"}
#: the zone of a site under the country code of a country in one time zone (the web's largest such news markets)
_COUNTRY_ZONES = {
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong",
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "vn": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok",
    "ph": "Asia/Manila", "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "il": "Asia/Jerusalem",
    "ir": "Asia/Tehran", "tr": "Europe/Istanbul", "eg": "Africa/Cairo", "sa": "Asia/Riyadh", "ae": "Asia/Dubai",
    "qa": "Asia/Qatar", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "za": "Africa/Johannesburg",
    "uk": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich",
    "it": "Europe/Rome", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "lu": "Europe/Luxembourg",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen", "fi": "Europe/Helsinki",
    "gr": "Europe/Athens", "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb",
    "rs": "Europe/Belgrade", "si": "Europe/Ljubljana", "ua": "Europe/Kyiv", "ee": "Europe/Tallinn",
    "lv": "Europe/Riga", "lt": "Europe/Vilnius",
}
#: an offset a value declares at its end ("…T12:04:00+09:00", "…+0900", "…Z")
_DECLARED_OFFSET = re.compile(r"\d(?:Z|([+-])(\d{2}):?(\d{2}))$")


def page_zone(values: list[str], languages: list[str], host: str | None) -> tzinfo | None:
    """The zone to read a page's times written without one in, when no profile names the site's: that of the
    country code its address ends in, for a country in one zone (a named zone knows its summer time); else that of
    the page's language when one zone speaks it (Japanese, Korean, Chinese of a region: "chosun.com"); else the
    offset another of its dates declares (`values`, as the page wrote them: a page that writes "+09:00" in its
    JSON-LD means the same clock in its visible "12:04"). None: nothing says, and UTC is assumed as before."""
    if host:
        name = _COUNTRY_ZONES.get(host.rstrip(".").rsplit(".", 1)[-1].lower())
        if name:
            return zone(name)
    for lang in languages:
        low = lang.lower().replace("_", "-")
        name = _LANGUAGE_ZONES.get(low) or _LANGUAGE_ZONES.get(low.split("-")[0])
        if name:
            return zone(name)
    for value in values:
        m = _DECLARED_OFFSET.search(value.strip()) if isinstance(value, str) else None
        if m:
            if not m.group(1):
                return timezone.utc
            minutes = int(m.group(2)) * 60 + int(m.group(3))
            if minutes <= 14 * 60:
                return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    return None


def _plausible(year: int) -> bool:
    return _MIN_YEAR <= year <= datetime.now(timezone.utc).year + 1


def _finish(dt: datetime, tz: tzinfo) -> str | None:
    if not _plausible(dt.year):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    try:
        return dt.replace(microsecond=0).isoformat()
    except (ValueError, OverflowError):
        return None


def _day(d: date) -> str | None:
    return d.isoformat() if _plausible(d.year) else None


def _east_asian(text: str, tz: tzinfo) -> str | None | bool:
    """The date in an East Asian year-month-day form; False when there is none."""
    for pattern in (_CJK_DATE, _KO_DATE):
        m = pattern.search(text)
        if not m:
            continue
        try:
            y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
            if m["h"] is None:
                return _day(date(y, mo, d))
            hour, minute, sec = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
            marker = f"{m['gap'] or ''} {m['after'] or ''}"
            if _PM.search(marker) and hour < 12:
                hour += 12
            elif _AM.search(marker) and hour == 12:
                hour = 0
            offset = _zone_after(text[m.end("s") if m["s"] else m.end("mi"):])
            return _finish(datetime(y, mo, d, hour, minute, sec, tzinfo=offset), tz)
        except (ValueError, OverflowError):
            return None
    return False


#: a zone written after a time: an offset ("+0900", "-04:00") or an abbreviation ("CET", "EDT"), perhaps after
#: a morning/afternoon marker ("03:04 PM EDT")
_ZONE_AFTER = re.compile(r"\s*(?:[ap]\.?\s?m\.?\s*)?(?:(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2})\b|(?P<abbr>[A-Za-z]{1,5})\b)",
                         re.I)


def _zone_after(rest: str) -> timezone | None:
    """The zone written right after a time, or None (then the time is read in the site's zone)."""
    m = _ZONE_AFTER.match(rest)
    if not m:
        return None
    if m["sign"]:
        minutes = int(m["hh"]) * 60 + int(m["mm"])
        return timezone(timedelta(minutes=-minutes if m["sign"] == "-" else minutes)) if minutes < 24 * 60 else None
    hours = _ZONE_ABBR.get(m["abbr"].upper())
    return timezone(timedelta(hours=hours)) if hours is not None else None


def _rfc2822(text: str, tz: tzinfo) -> str | None | bool:
    m = _RFC2822.match(text)
    if not m:
        return False
    zone_ = m["zone"]
    if zone_ and zone_.upper() in _ZONE_ABBR:
        hours = _ZONE_ABBR[zone_.upper()]
        sign = "-" if hours < 0 else "+"
        minutes = int(round(abs(hours) * 60))
        text = text[: m.start("zone")] + f"{sign}{minutes // 60:02d}{minutes % 60:02d}" + text[m.end("zone"):]
    elif zone_ and not zone_.startswith(("+", "-")):
        # an unknown zone name: email.utils would read it as UTC
        text = text[: m.start("zone")] + text[m.end("zone"):]
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _finish(parsed, tz) if parsed is not None else None


def _free_form(text: str, tz: tzinfo) -> str | None:
    """dateutil, refusing values that lack a year, month or day (it would invent them from its default)."""
    a_default, b_default = datetime(1, 1, 1, 0, 0, 0), datetime(2, 2, 2, 1, 1, 1)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnknownTimezoneWarning)
            a = dateutil_parser.parse(text, default=a_default, fuzzy=False, tzinfos=_TZINFOS)
            b = dateutil_parser.parse(text, default=b_default, fuzzy=False, tzinfos=_TZINFOS)
    except (ValueError, ArithmeticError, TypeError, AttributeError, IndexError, KeyError):
        # ParserError is a ValueError; long digit runs reach decimal and raise decimal.InvalidOperation
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # a month, a year, a weekday or a time alone is not a date
    if a.hour != b.hour:
        return _day(a.date())  # a day without a time stays a day
    if any(issubclass(w.category, UnknownTimezoneWarning) for w in caught):
        # a zone name nobody can place: the day is known, the moment is not
        return _day(a.date())
    return _finish(a, tz)


def parse_date(value: str | None, tz: str | tzinfo | None = None) -> str | None:
    """Parse a date or timestamp as pages write it; ISO 8601 string or None. Never raises."""
    if value is None or isinstance(value, bool):
        return None
    try:
        text = str(value).strip()
    except Exception:  # noqa: BLE001 - an object whose str() fails is no date
        return None
    if not text or len(text) > 100:
        return None
    zone_ = zone(tz)
    text = _LABEL.sub("", text).strip()
    if not text:
        return None

    day = _DAY_ONLY.match(text)
    if day:
        try:
            return _day(date(int(day[1]), int(day[2]), int(day[3])))
        except ValueError:
            return None

    if re.match(r"^\d{4}-?\d{2}-?\d{2}", text):
        try:
            return _day(date.fromisoformat(text))  # "20230428": a day, not midnight
        except ValueError:
            pass
        iso = text[:-1] + "+00:00" if text.endswith(("z", "Z")) else text
        try:
            return _finish(datetime.fromisoformat(iso), zone_)
        except (ValueError, OverflowError):
            pass

    epoch = _EPOCH.match(text)
    if epoch:
        try:
            return _finish(datetime.fromtimestamp(int(epoch[1]), tz=timezone.utc), zone_)
        except (OverflowError, OSError, ValueError):
            return None

    dotted = _DOTTED.match(text)
    if dotted:
        try:
            d, mo, y = int(dotted[1]), int(dotted[2]), int(dotted[3])
            if dotted[4] is None:
                return _day(date(y, mo, d))
            return _finish(datetime(y, mo, d, int(dotted[4]), int(dotted[5]), int(dotted[6] or 0)), zone_)
        except (ValueError, OverflowError):
            return None

    found = _east_asian(text, zone_)
    if found is not False:
        return found  # type: ignore[return-value]

    found = _rfc2822(text, zone_)
    if found is not False:
        return found  # type: ignore[return-value]

    return _free_form(text, zone_)


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
