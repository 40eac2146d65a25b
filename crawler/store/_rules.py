"""What every store decides the same way, whatever its database.

Kept apart from the SQLite code so that another backend (PostgreSQL is planned) makes the same decisions.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timezone
from urllib.parse import urlsplit

from .._dates import to_datetime
from .._urls import is_homepage

#: the fields besides the body whose change makes a new version of an article (`article_versions` keeps them
#: for each version): a changed headline is news, a changed date or author list is a correction of the record
VERSIONED_FIELDS = ("title", "subtitle")

#: a re-fetch behind a paywall is a teaser when its body is shorter than this share of the stored body
TEASER_SHARE = 0.5


def is_teaser(access: str | None, body: str | None, stored_body: str | None) -> bool:
    """Whether a re-fetched page shows only a teaser of the text stored for it: the page is marked paywalled
    and its body is less than TEASER_SHARE of the stored body's length (empty for a bare subscription prompt;
    lengths, not word counts, which an article built by hand leaves at 0 and which count Chinese and Japanese
    by the character). A story read in full while it was free, then locked, is the same story: the teaser is
    no new version of it, and replacing the text with it would lose the article."""
    stored = len(stored_body or "")
    return access == "paywalled" and stored > 0 and len(body or "") < stored * TEASER_SHARE


def given(field: str, value: object) -> bool:
    """Whether a re-fetch gives a value for `field` (as its column holds it). A field it lacks (no subtitle
    found, no authors, access unknown) keeps its stored value: one fetch of a page missing a field (an AMP or
    mobile variant, a layout without the dek) is likelier than the field being withdrawn from the article."""
    return value not in (None, "", "[]") and not (field == "access" and value == "unknown")


def _segments(url: str) -> list[str]:
    return [s for s in urlsplit(url).path.split("/") if s]


def _names_no_story(segment: str) -> bool:
    """A path segment that reads as a section's name ("world", "middle-east", "index.html"), not as a story's
    slug or id ("rail-strike-ends-after-talks", "12345", "a1b2c3"): no digit and fewer than three hyphens (the
    line `_discover` draws between article and section links)."""
    return not any(ch.isdigit() for ch in segment) and segment.count("-") < 3


def listing_canonical(canonical: str, page_urls: Iterable[str]) -> bool:
    """Whether the canonical a page declares is evidently not its story's address but a listing page's.

    A common CMS bug points every story's rel=canonical (or og:url) at its section page ("/world/") or at the
    home page: trusted, it would file every story of the section in one row, each over the last as a new
    "version". A canonical other than the page's own addresses (`page_urls`) is a listing when
      - it is the site's home page, or
      - its path is shallower (fewer segments) than an address the page was fetched at, its last segment names
        no story (`_names_no_story`: "/world/", "/news/politics") and it has no query (which may identify the
        story: "/article.php?id=123").
    A shorter address that names a story is trusted: a site that moved "/news/2025/03/10/rail-strike-ends-
    after-talks" to "/rail-strike-ends-after-talks" declares the new one, and "/article/12345" drops the slug
    of "/article/12345/rail-strike". A wrong canonical the address cannot betray (as deep as the page, or a
    slug) is caught when it would merge two different texts: see `SQLiteStore._find_row`."""
    pages = [u for u in page_urls if u and u != canonical]
    if not pages:
        return False
    if is_homepage(canonical):
        return True
    if urlsplit(canonical).query:
        return False
    segments = _segments(canonical)
    if segments and not _names_no_story(segments[-1]):
        return False
    return any(len(_segments(page)) > len(segments) for page in pages)


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
