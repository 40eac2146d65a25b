"""What every store decides the same way, whatever its database.

Kept apart from the SQLite code so that another backend (PostgreSQL is planned) makes the same decisions.
"""

from __future__ import annotations

from datetime import timezone

from .._dates import to_datetime

#: the fields besides the body whose change makes a new version of an article (`article_versions` keeps them
#: for each version): a changed headline is news, a changed date or author list is a correction of the record
VERSIONED_FIELDS = ("title", "subtitle")

#: a re-fetch behind a paywall is a teaser when its body has fewer than this share of the stored body's words
TEASER_SHARE = 0.5


def is_teaser(access: str | None, word_count: int, stored_word_count: int) -> bool:
    """Whether a re-fetched page shows only a teaser of the text stored for it: the page is marked paywalled
    and its body has fewer than TEASER_SHARE of the stored body's words (none at all for a bare subscription
    prompt). A story read in full while it was free, then locked, is the same story: the teaser is no new
    version of it, and replacing the text with it would lose the article."""
    return access == "paywalled" and stored_word_count > 0 and word_count < stored_word_count * TEASER_SHARE


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
