"""What every table and column of the database means: one source for the README's schema section and for the
Datasette metadata (`crawl datasette`)."""

from __future__ import annotations

import json
from typing import Any

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "articles": ("One row per article, keyed by its canonical URL. List fields are JSON arrays.", {
        "id": "Row id.",
        "url": "The URL the article was fetched from (normalised).",
        "canonical_url": "rel=canonical / og:url when trustworthy (same site, not a homepage, not a section page "
                         "above the article, not another story's row), else the final URL; normalised. Unique.",
        "site": "Registrable domain (apnews.com, bbc.co.uk).",
        "title": "Headline.",
        "subtitle": "Dek / standfirst: the one printed under the headline (a declared title's kicker, \"Harbour towns: Bridge reopens\" over the `<h1>` \"Bridge reopens\", still finds that headline), else the JSON-LD `alternativeHeadline` when the page prints it and not as a headline (a heading of up to 16 words: another layout's headline; unprinted, it is a second headline for search or sharing), else the page's description when the text does not open with it and it describes the story, not the site (\"example.com features the latest …\", \"Online portal that provides breaking news …\"), is no picture's caption (a `<figcaption>` or a block classed a caption, perhaps with the credit after it: a system that fills the description with the lead picture's caption; an image's alt text alone is none) and no fragment (fewer than eight words ending no sentence: the site's slogan, a description cut in mid-sentence), nor one holding the whole headline (of four words or more, perhaps after its kicker) and more: a template quoting it (\"Read now 'Bridge reopens'\"), the title run into the text; null when there is neither.",
        "authors": "JSON list of person names in normal case.",
        "agency": "Wire agency credited (Associated Press, Reuters …), else null.",
        "published_at": "Publication time, ISO 8601 with offset (a bare YYYY-MM-DD when the page gives only a day).",
        "updated_at": "Last modification time the page declares, ISO 8601.",
        "language": "BCP 47 language tag, declared by the page or detected from the text.",
        "dateline": "Place of the dateline (\"NARA, Japan\"); the body keeps its first line as published.",
        "body": "The article text: plain text, paragraphs separated by one blank line, list items as \"- item\", each table row on one line, its cells between bars.",
        "key_points": "JSON list of summary bullets (aggregator pages).",
        "notes": "JSON list of trailer notes kept apart from the body (e.g. AP's \"___\" section).",
        "sources": "JSON list of {outlet, url, headline, bias}: an aggregator's per-outlet coverage.",
        "citations": "JSON list of {number, title, url, outlet}: references whose markers were removed.",
        "section": "Section or category the page declares.",
        "tags": "JSON list of keywords the page declares.",
        "image": "Lead image URL.",
        "access": "free, paywalled or unknown.",
        "word_count": "Words in the body (each Chinese/Japanese character counts as one).",
        "reading_time": "Minutes to read the body.",
        "content_hash": "Hash of the body's words: punctuation and spacing do not change it, words and digits do.",
        "profile": "Site profile and layout applied (apnews.com@2023), or generic.",
        "profile_miss": "1 when the site has a profile but none of its layouts matched the page (layout drift).",
        "version": "1 for the first version; +1 each time the body, the headline or the subtitle changed (earlier "
                   "ones in article_versions). Other fields (authors, dates, tags …) are corrected in place.",
        "fetch_count": "How many times the article was fetched with a full response.",
        "first_seen_at": "When the article was first stored (UTC).",
        "last_fetched_at": "When it was last fetched (UTC).",
        "last_changed_at": "When its body, headline or subtitle last changed (UTC).",
        "duplicate_of": "Id of the first article with exactly the same body at another URL, else null.",
        "cluster_id": "Id of the story's head: the earliest-published of its syndicated and near copies.",
        "similarity": "Estimated similarity to the head (share of the shorter text found in the other; 1 for "
                      "the head).",
    }),
    "article_urls": ("Every URL an article was seen under (redirects, tracking variants, canonical).", {
        "url": "A normalised URL.",
        "article_id": "The article it leads to.",
        "first_seen_at": "When this URL was first seen (UTC).",
    }),
    "article_versions": ("Earlier versions of articles whose body, headline or subtitle changed; the articles row "
                         "has the latest.", {
        "id": "Row id.",
        "article_id": "The article.",
        "version": "The version number this row held.",
        "title": "Its title then.",
        "subtitle": "Its subtitle then.",
        "body": "Its body then.",
        "content_hash": "Its content hash then.",
        "updated_at": "The modification time the page declared then.",
        "fetched_at": "When that version was last fetched (UTC).",
        "replaced_at": "When a newer version replaced it (UTC).",
    }),
    "fetches": ("Every HTTP attempt, failed or not (retries are separate rows).", {
        "id": "Row id.",
        "url": "The URL requested.",
        "final_url": "The URL after redirects.",
        "attempt": "1 for the first try, 2 for the first retry …",
        "status": "HTTP status, or null when no response came.",
        "error_kind": "Why it failed: http, timeout, dns, connect, tls, network, redirect, too_large, not_html, "
                      "empty, invalid_url …; null on success.",
        "error": "One-line reason.",
        "started_at": "When the attempt started (UTC).",
        "elapsed_ms": "How long it took.",
        "bytes": "Body bytes read.",
        "content_type": "Content-Type of the final response.",
        "etag": "ETag of the final response.",
        "last_modified": "Last-Modified of the final response.",
        "http_version": "HTTP/1.1 or HTTP/2.",
        "run_id": "The crawl run, if any.",
    }),
    "failures": ("Every URL that gave no article, with the stage and a one-line reason.", {
        "id": "Row id.",
        "url": "The URL.",
        "stage": "fetch or extract.",
        "kind": "Short reason code: as fetches.error_kind, or robots / robots_unavailable, extract, no_article (no "
                "text), near_empty, soft_404 (an error page served with 200), challenge (a bot check), "
                "access_denied, mojibake.",
        "message": "One-line reason.",
        "at": "When (UTC).",
        "run_id": "The crawl run, if any.",
    }),
    "urls": ("The crawl frontier: every URL the crawler knows, with its state.", {
        "url": "Normalised URL (an invalid one given to crawl url: as given).",
        "host": "Its host (empty for an invalid URL).",
        "kind": "article, feed, sitemap or section.",
        "state": "new, done, failed (retried after a back-off), gone (404/410), blocked (robots.txt) or skipped "
                 "(never an article: an invalid URL, not HTML, too large, unreadable, refused; not retried).",
        "attempts": "Consecutive failures.",
        "last_status": "Last HTTP status.",
        "last_error_kind": "Last failure's reason code.",
        "last_error": "Last failure's one-line reason.",
        "next_attempt_at": "When a failed URL may be tried again (UTC).",
        "discovered_at": "When it was discovered (UTC).",
        "discovered_from": "The feed, sitemap or page it was found on (config / direct for given URLs).",
        "lastmod": "Publication or modification time the feed or sitemap gave, in UTC (a bare day as given): a "
                   "later one than `last_fetched_at` makes a stored article due again.",
        "last_fetched_at": "When it was last fetched (UTC).",
        "etag": "ETag for conditional requests.",
        "last_modified": "Last-Modified for conditional requests.",
        "article_id": "The article stored from it.",
        "run_id": "The run that last touched it.",
    }),
    "sitemap_children": ("The child sitemaps each sitemap index listed when last read (an index that answers 304 "
                         "has them read from here).", {
        "parent": "The sitemap index.",
        "child": "A sitemap it lists (a `urls` row of kind sitemap); one may be listed by several indexes.",
        "position": "Its place in the index.",
    }),
    "robots": ("robots.txt of each origin (scheme, host and port) as last fetched, with its own expiry.", {
        "url": "The robots.txt URL: one per origin, e.g. https://example.com/robots.txt.",
        "host": "Its host name.",
        "status": "HTTP status.",
        "body": "The file (null for 4xx: no rules).",
        "error": "Why it could not be read (5xx, network): the origin is skipped until it expires.",
        "fetched_at": "When it was fetched (UTC).",
        "expires_at": "When it must be fetched again (UTC).",
    }),
    "runs": ("One row per crawl run, with its summary.", {
        "id": "Run id.",
        "started_at": "Start (UTC).",
        "finished_at": "End (UTC); null while running or when killed.",
        "state": "running, finished, interrupted (killed or stopped) or failed. A run killed outright (SIGKILL) "
                 "cannot record its end and reads running until the next run starts; crawl stats says it did not "
                 "finish once its process is gone.",
        "pid": "Process id.",
        "config": "The configuration file and sources, as JSON.",
        "exit_code": "The run's exit code.",
        "discovered": "New URLs discovered.",
        "fetched": "Pages fetched with a full response.",
        "not_modified": "Conditional requests answered 304.",
        "new_articles": "Articles stored for the first time.",
        "near_copies": "Of the new articles, those filed under a story already stored (similar, not the same body).",
        "updated": "Articles whose body, headline or subtitle changed (a new version).",
        "unchanged": "Articles fetched again with the same text (other fields the page now gives, such as authors "
                     "or dates, are written over the stored ones).",
        "duplicates": "New rows whose body was already stored at another URL (exact copies).",
        "profile_misses": "Articles of profiled sites that no layout matched.",
        "blocked": "URLs not fetched because robots.txt disallows them.",
        "failed": "URLs that failed.",
        "failures_by_reason": "JSON object: reason -> count.",
        "elapsed_s": "Duration in seconds.",
    }),
    "article_signatures": ("MinHash signature of each article's body, for near-duplicate detection.", {
        "article_id": "The article.",
        "algorithm": "How the signature was made (library, permutations, seed, shingles).",
        "size": "Distinct shingles in the body.",
        "sig": "128 unsigned 32-bit values, little-endian.",
    }),
    "lsh_bands": ("LSH index: one row per band of each signature; a lookup is one indexed query.", {
        "band_key": "64-bit hash of a band's number and values.",
        "article_id": "The article.",
    }),
}
VIEWS = {"stories": "One row per story: the head of each cluster of copies, with `copies`, its cluster's size."}


def readme_tables() -> str:
    """The schema as Markdown tables (the README's schema section is generated from this)."""
    out = []
    for table, (about, columns) in TABLES.items():
        out.append(f"**`{table}`**: {about}\n")
        out.append("| column | meaning |\n|---|---|")
        for col, meaning in columns.items():
            out.append(f"| `{col}` | {meaning} |")
        out.append("")
    for view, about in VIEWS.items():
        out.append(f"**`{view}`** (view): {about}\n")
    out.append("**`articles_fts`**: FTS5 full-text index over `title` and `body`, kept in sync by triggers.\n")
    return "\n".join(out)


def datasette_metadata(database: str = "articles") -> dict[str, Any]:
    """Datasette metadata for a crawler database: descriptions of every table and column, useful facets."""
    facets = {
        "articles": ["site", "language", "access", "profile", "agency", "profile_miss"],
        "stories": ["site", "language", "access"],
        "urls": ["state", "kind", "host", "last_error_kind"],
        "fetches": ["status", "error_kind", "http_version"],
        "failures": ["stage", "kind"],
        "runs": ["state", "exit_code"],
    }
    tables: dict[str, Any] = {}
    for table, (about, columns) in TABLES.items():
        entry: dict[str, Any] = {"description": about, "columns": columns}
        if table in facets:
            entry["facets"] = facets[table]
        if table == "articles":
            entry.update(sort_desc="published_at", label_column="title", fts_table="articles_fts",
                         fts_pk="id", searchmode="raw")
        tables[table] = entry
    tables["stories"] = {"description": VIEWS["stories"], "facets": facets["stories"], "sort_desc": "published_at",
                         "label_column": "title"}
    for hidden in ("articles_fts", "lsh_bands", "article_signatures"):
        tables.setdefault(hidden, {})["hidden"] = True
    return {
        "title": "crawler: clean news articles",
        "description": "Articles stored by crawler (https://pypi.org/project/crawler/), one row per article.",
        "databases": {database: {"tables": tables}},
    }


def datasette_json(database: str = "articles") -> str:
    return json.dumps(datasette_metadata(database), ensure_ascii=False, indent=2) + "\n"
