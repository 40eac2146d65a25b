"""What every store decides the same way, whatever its database.

Kept apart from the SQLite code so that another backend (PostgreSQL is planned) makes the same decisions.
"""

from __future__ import annotations

from datetime import timezone

from .._dates import to_datetime
# whether a declared canonical is a listing page's (home, section) rather than the story's: extraction applies the
# same rule (`_urls.canonical_url`), so it lives with the URL helpers
from .._urls import listing_canonical

__all__ = ["VERSIONED_FIELDS", "TEASER_SHARE", "given", "is_teaser", "listing_canonical", "utc_iso"]

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
