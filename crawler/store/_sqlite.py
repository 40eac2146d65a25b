"""The SQLite store (through sqlite-utils): WAL mode, schema created and migrated on open.

Tables (see the README's schema section for every column):
- `articles`: one row per article, keyed by canonical URL; list fields as JSON.
- `article_urls`: every URL an article was seen under, pointing at its row.
- `article_versions`: earlier versions of an article whose body changed.
- `fetches`: every HTTP attempt, failed or not.
- `failures`: every URL that did not give an article, with the stage and a one-line reason.
- `articles_fts`: FTS5 full-text index over title and body, kept in sync by triggers.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import math
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple

from .. import _dedup as dedup
from .._article import Article
from .._dates import to_datetime
from .._text import content_hash
from .._fetch import FetchResult
from .._imports import import_without
from .._language import normalize_tag
from .._urls import host_of, normalize_url, site_of
from ._base import DueUrl, SaveResult
from . import _rules


# sqlite-utils imports numpy (and pandas) when installed, only to convert their value types: the store never
# writes them, and numpy alone is 15 MB in the crawl's own process
sqlite_utils = import_without("sqlite_utils", "numpy", "pandas")

SCHEMA_VERSION = 6

_LIST_FIELDS = ("authors", "key_points", "notes", "sources", "citations", "tags")
_ARTICLE_FIELDS = (
    "url", "canonical_url", "site", "title", "subtitle", "authors", "agency", "published_at", "updated_at",
    "language", "dateline", "body", "key_points", "notes", "sources", "citations", "section", "tags", "image",
    "access", "word_count", "reading_time", "content_hash", "profile", "profile_miss",
)

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT,
        canonical_url TEXT NOT NULL UNIQUE,
        site TEXT,
        title TEXT,
        subtitle TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        agency TEXT,
        published_at TEXT,
        updated_at TEXT,
        language TEXT,
        dateline TEXT,
        body TEXT NOT NULL DEFAULT '',
        key_points TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]',
        sources TEXT NOT NULL DEFAULT '[]',
        citations TEXT NOT NULL DEFAULT '[]',
        section TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        image TEXT,
        access TEXT NOT NULL DEFAULT 'unknown',
        word_count INTEGER NOT NULL DEFAULT 0,
        reading_time INTEGER NOT NULL DEFAULT 0,
        content_hash TEXT,
        profile TEXT NOT NULL DEFAULT 'generic',
        profile_miss INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        fetch_count INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        last_fetched_at TEXT NOT NULL,
        last_changed_at TEXT NOT NULL
    );
    CREATE INDEX idx_articles_site ON articles(site);
    CREATE INDEX idx_articles_published ON articles(published_at);
    CREATE INDEX idx_articles_hash ON articles(content_hash);
    CREATE TABLE article_urls (
        url TEXT PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        first_seen_at TEXT NOT NULL
    );
    CREATE INDEX idx_article_urls_article ON article_urls(article_id);
    CREATE TABLE article_versions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        version INTEGER NOT NULL,
        title TEXT,
        subtitle TEXT,
        body TEXT NOT NULL,
        content_hash TEXT,
        updated_at TEXT,
        fetched_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        UNIQUE(article_id, version)
    );
    CREATE TABLE fetches (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        final_url TEXT,
        attempt INTEGER NOT NULL DEFAULT 1,
        status INTEGER,
        error_kind TEXT,
        error TEXT,
        started_at TEXT NOT NULL,
        elapsed_ms REAL,
        bytes INTEGER,
        content_type TEXT,
        etag TEXT,
        last_modified TEXT,
        http_version TEXT,
        run_id INTEGER
    );
    CREATE INDEX idx_fetches_url ON fetches(url);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        stage TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL,
        run_id INTEGER
    );
    CREATE INDEX idx_failures_url ON failures(url);
    """,
    2: """
    ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
    CREATE TABLE urls (
        url TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'article',
        state TEXT NOT NULL DEFAULT 'new',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_status INTEGER,
        last_error_kind TEXT,
        last_error TEXT,
        next_attempt_at TEXT,
        discovered_at TEXT NOT NULL,
        discovered_from TEXT,
        lastmod TEXT,
        last_fetched_at TEXT,
        etag TEXT,
        last_modified TEXT,
        article_id INTEGER REFERENCES articles(id),
        run_id INTEGER
    );
    CREATE INDEX idx_urls_state ON urls(kind, state, next_attempt_at);
    CREATE INDEX idx_urls_host ON urls(host);
    CREATE INDEX idx_urls_article ON urls(article_id);
    CREATE TABLE robots (
        host TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        status INTEGER,
        body TEXT,
        error TEXT,
        fetched_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        state TEXT NOT NULL DEFAULT 'running',
        pid INTEGER,
        config TEXT,
        exit_code INTEGER,
        discovered INTEGER NOT NULL DEFAULT 0,
        fetched INTEGER NOT NULL DEFAULT 0,
        not_modified INTEGER NOT NULL DEFAULT 0,
        new_articles INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        profile_misses INTEGER NOT NULL DEFAULT 0,
        blocked INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        failures_by_reason TEXT NOT NULL DEFAULT '{}',
        elapsed_s REAL
    );
    """,
    3: """
    ALTER TABLE articles ADD COLUMN cluster_id INTEGER;
    ALTER TABLE articles ADD COLUMN similarity REAL;
    CREATE INDEX idx_articles_cluster ON articles(cluster_id);
    CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        algorithm TEXT NOT NULL,
        size INTEGER NOT NULL,
        sig BLOB NOT NULL
    );
    CREATE TABLE lsh_bands (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        PRIMARY KEY (band_key, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX idx_lsh_bands_article ON lsh_bands(article_id);
    CREATE VIEW stories AS
        SELECT a.*, (SELECT count(*) FROM articles m WHERE m.cluster_id = a.id) AS copies
        FROM articles a WHERE a.cluster_id = a.id;
    """,
    # child sitemaps are remembered under their index since version 4 (read again when the index answers 304):
    # every sitemap is fetched unconditionally once, so that its children are remembered
    4: """
    UPDATE urls SET etag = NULL, last_modified = NULL WHERE kind = 'sitemap';
    """,
    # robots.txt is cached per origin (scheme, host, port) since version 5, not per host name: the cache is
    # emptied (each robots.txt is fetched again when next needed)
    5: """
    DROP TABLE robots;
    CREATE TABLE robots (
        url TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        status INTEGER,
        body TEXT,
        error TEXT,
        fetched_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    ALTER TABLE runs ADD COLUMN near_copies INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE sitemap_children (
        parent TEXT NOT NULL,
        child TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (parent, child)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO sitemap_children (parent, child, position)
        SELECT discovered_from, url, rowid FROM urls WHERE kind = 'sitemap' AND discovered_from IS NOT NULL;
    """,
    # a feed's or sitemap's lastmod is kept in UTC since version 6, as the times it is compared with: one written
    # with an offset is converted (SQLite's strftime() reads the offset); a bare day stays as it is
    6: """
    UPDATE urls SET lastmod = strftime('%Y-%m-%dT%H:%M:%S+00:00', lastmod)
        WHERE length(lastmod) > 10 AND strftime('%Y-%m-%dT%H:%M:%S+00:00', lastmod) IS NOT NULL;
    """,
}
#: the oldest schema this code reads as it is (opened read-only, a database is not upgraded)
READABLE_SINCE = 3


class StoreError(RuntimeError):
    """The database cannot be used (not a database, newer schema, unwritable, full, locked by another process
    for longer than the timeout). One-line message: `PATH: reason`."""


def _store_errors(method):  # type: ignore[no-untyped-def]
    """An sqlite3 error out of a store method becomes a StoreError naming the database, in one line (the disk
    is full, the database is locked by another process, an I/O error, the store closed …), never a traceback.
    The method runs holding the store's lock: threads that share a store take turns on its one connection (a
    generator's rows are read a step at a time)."""

    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def rows(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            it = method(self, *args, **kwargs)
            while True:
                try:
                    with self._lock:
                        item = next(it)
                except StopIteration:
                    return
                except sqlite3.Error as exc:
                    raise _store_error(self.path, exc) from exc
                yield item

        return rows

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            with self._lock:
                return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc) from exc

    return wrapper


def _store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """`exc` as a StoreError: the database's path and SQLite's reason, in one line."""
    return StoreError(f"{path}: {' '.join(str(exc).split()) or type(exc).__name__}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


#: the integers SQLite stores (64-bit): an article id outside them is no article's
_SQLITE_MIN_INT, _SQLITE_MAX_INT = -(2**63), 2**63 - 1


#: how SQLite's datetime() writes an instant (in UTC): times written with other offsets compare as instants once
#: both sides go through it, where their ISO 8601 text would compare as written
_SQL_TIME = "%Y-%m-%d %H:%M:%S"
#: an article's time as an instant in UTC: its publication time, else when it was first seen ('2025-03-11
#: 16:00:00' for '2025-03-12T01:00:00+09:00'; a bare day is its midnight)
_PUBLISHED_UTC = "COALESCE(datetime(published_at), datetime(first_seen_at))"


def _sql_instant(value: str | date, name: str) -> str:
    """An ISO 8601 day or time (or a `date`/`datetime`) as SQLite's datetime() writes the same instant (a time
    without an offset is UTC, a day its midnight UTC); a ValueError naming `name` for a text that is no date, a
    TypeError for a value of another type."""
    if isinstance(value, date):
        value = value.isoformat()
    elif not isinstance(value, str):
        raise TypeError(f"{name} must be an ISO 8601 str, a date or a datetime, not {type(value).__name__}")
    when = to_datetime(value)
    if when is None:
        raise ValueError(f"{name}: {value!r} is not an ISO 8601 date or time")
    return when.astimezone(timezone.utc).strftime(_SQL_TIME)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_RECORD_LISTS = frozenset(("sources", "citations"))


def _article_row(article: Article) -> dict[str, Any]:
    """The article's columns: list fields as JSON (records as objects, as `Article.to_dict` gives them),
    built field by field instead of through a deep copy of the whole article."""
    row: dict[str, Any] = {}
    for k in _ARTICLE_FIELDS:
        value = getattr(article, k)
        if k in _RECORD_LISTS:
            value = _dump([dataclasses.asdict(x) if dataclasses.is_dataclass(x) else x for x in value])
        elif k in _LIST_FIELDS:
            value = _dump(value)
        row[k] = value
    return row


class SQLiteStore:
    def __init__(self, path: str | Path = "articles.db", *, timeout: float = 30.0,
                 dedup_settings: dedup.DedupSettings | None = None, read_only: bool = False) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 <= timeout < math.inf:
            raise ValueError(f"timeout must be a number of seconds, 0 or more, not {timeout!r}")
        self.path = Path(path)
        self.dedup = dedup_settings or dedup.DedupSettings()
        self._lock = threading.RLock()
        self._savepoints = 0
        #: open batch() blocks (of any thread): the writes join one transaction until the last one closes
        self._batching = 0
        if read_only:
            self._open_read_only(timeout)
            return
        try:
            self.conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
            self.db = sqlite_utils.Database(self.conn)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and str(self.path) != ":memory:":
                raise StoreError(f"{self.path}: cannot switch the database to WAL mode (got {mode})")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from None

    def _open_read_only(self, timeout: float) -> None:
        """Open for reading only (a database on a read-only mount or owned by another user): nothing is
        migrated or written. A WAL database whose shared-memory file cannot be created is read as immutable."""
        if not self.path.is_file():  # sqlite3 would create an empty file, then find no schema in it
            raise StoreError(f"{self.path}: no such database" if not self.path.exists()
                             else f"{self.path}: not a database file")
        uri = self.path.resolve().as_uri()
        last: sqlite3.DatabaseError | None = None
        for mode in ("mode=ro", "immutable=1"):
            wal = Path(f"{self.path}-wal")
            if mode == "immutable=1" and wal.exists() and wal.stat().st_size > 0:
                # read as immutable, the log's transactions would be silently missing
                raise StoreError(f"{self.path}: {last}; its write-ahead log {wal.name} holds writes not yet in the "
                                 "database and cannot be read without write access (open it once where it can be "
                                 "written)") from None
            try:
                self.conn = sqlite3.connect(f"{uri}?{mode}", uri=True, timeout=timeout, isolation_level=None,
                                            check_same_thread=False)
                version = self.schema_version  # the first read: fails here when the file cannot be read
                break
            except sqlite3.DatabaseError as exc:
                last = exc
        else:
            raise StoreError(f"{self.path}: {last} (opened read-only)") from None
        if not READABLE_SINCE <= version <= SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version}, this crawler reads {READABLE_SINCE} to "
                             f"{SCHEMA_VERSION}; it cannot be upgraded read-only (open it once where it can be "
                             "written)")
        self.db = sqlite_utils.Database(self.conn)

    # -- schema ------------------------------------------------------------------------------------

    @property
    @_store_errors
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this crawler understands ({SCHEMA_VERSION});"
                " upgrade crawler"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(_MIGRATIONS[version]):
                    self.conn.execute(statement)
                if version == 1:
                    self._create_fts()
                if version == 3:
                    self._index_existing()
                if version == 5:
                    self._hash_unhashed()
                self.conn.execute(f"PRAGMA user_version = {version}")
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback("ROLLBACK")  # keeps the real error (disk full) when SQLite rolled back already
                raise

    def _hash_unhashed(self) -> None:
        """Articles saved without a content hash (built by hand, before the store computed it) get one, so
        that saving the same text again is "unchanged", not a new version."""
        rows = self.conn.execute(
            "SELECT id, body FROM articles WHERE content_hash IS NULL AND body IS NOT NULL AND body != ''").fetchall()
        self.conn.executemany("UPDATE articles SET content_hash = ? WHERE id = ?",
                              [(content_hash(body), article_id) for article_id, body in rows])

    def _index_existing(self) -> None:
        """Sign and cluster the articles stored before near-duplicate detection existed (oldest first)."""
        rows = self.conn.execute("SELECT id, body FROM articles ORDER BY id").fetchall()
        for article_id, body in rows:
            self._cluster(int(article_id), dedup.fingerprint(body or ""))

    def _create_fts(self) -> None:
        self.conn.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')"
        )
        self.conn.execute(
            "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
        self.conn.execute(
            "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
            " END"
        )
        self.conn.execute(
            "CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
            " INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )

    # -- transactions -------------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """A write unit: its own transaction, or a savepoint inside an open batch (see `batch`)."""
        if self._batching and not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self._rollback(f"ROLLBACK TO {name}", f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._rollback("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback("ROLLBACK")
            raise

    def _rollback(self, *statements: str) -> None:
        """Undo a failed write unit without hiding why it failed: after SQLITE_FULL, SQLITE_IOERR or
        SQLITE_BUSY, SQLite may have rolled the whole transaction back already, and ROLLBACK (TO) would then
        raise its own error ("no such savepoint") in place of the real one."""
        for statement in statements:
            if not self.conn.in_transaction:
                return
            try:
                self.conn.execute(statement)
            except sqlite3.Error:
                try:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                return

    @contextmanager
    def batch(self) -> Iterator["SQLiteStore"]:
        """Group writes in transactions (much faster than one per write): the first write opens one, `commit()`
        makes everything written so far durable (the next write opens the next one). A failed write unit is
        rolled back alone (savepoints); what was written before an error is kept. Blocks may nest, and threads
        sharing the store may each open one: the writes are committed when the last block closes."""
        with self._lock:
            self._check_open()
            self._batching += 1
        failing = False
        try:
            yield self
        except BaseException:
            failing = True
            raise
        finally:
            with self._lock:
                self._batching -= 1
                if not self._batching:
                    self._end_batch(failing)

    def _check_open(self) -> None:
        """StoreError (as from every method) when the store has been closed."""
        try:
            self.conn.total_changes
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc) from exc

    def _end_batch(self, failing: bool) -> None:
        """The last `batch` block has closed: commit its writes (rolled back when that fails). A StoreError
        unless the block is already on its way out with an error, which says more."""
        try:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error:
                    self._rollback("ROLLBACK")
                    raise
        except sqlite3.Error as exc:  # the commit failed, or the store was closed inside the block
            if not failing:
                raise _store_error(self.path, exc) from exc

    @property
    @_store_errors
    def in_transaction(self) -> bool:
        """A transaction is open (inside `batch`, writes not yet committed). False after an error that rolled
        it back, which SQLite itself does on a full disk."""
        return self.conn.in_transaction

    @_store_errors
    def commit(self) -> None:
        """Inside `batch`: commit what was written so far."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._rollback("ROLLBACK")
                raise

    # -- writing -----------------------------------------------------------------------------------

    def _row_at(self, url: str) -> int | None:
        """The article keyed by `url`, or seen under it."""
        row = self.conn.execute("SELECT id FROM articles WHERE canonical_url = ?", (url,)).fetchone() or \
            self.conn.execute("SELECT article_id FROM article_urls WHERE url = ?", (url,)).fetchone()
        return int(row[0]) if row else None

    def _find_row(self, canonical: str, page: list[str],
                  sig: Callable[[], dedup.Fingerprint | None]) -> tuple[int | None, str]:
        """The stored row of an article fetched at `page` (its own URLs) that declares `canonical`, if any, and
        the URL to key it by. The canonical leads: the row keyed by it or seen under it, else a row the page's
        own URLs lead to.

        A row that only the declared canonical leads to (none of the page's URLs) must hold the same story:
        its stored text and the page's are near copies (`sig` is the page's fingerprint, compared at the
        dedup threshold). A canonical shared by different stories (a CMS pointing every story at one listing
        page, beyond what `_rules.listing_canonical` can tell from the address) would otherwise file each story
        over the last as a new version of it; such a page is keyed by its own address instead. A row without
        text to compare (or dedup turned off) is trusted, as before."""
        by_canonical = self._row_at(canonical)
        if by_canonical is None or canonical in page or not page:
            return by_canonical if by_canonical is not None else self._row_at_any(page), canonical
        by_page = self._row_at_any(page)
        if by_page == by_canonical or not self._other_story(by_canonical, sig()):
            return by_canonical, canonical
        return by_page, page[0]

    def _row_at_any(self, urls: list[str]) -> int | None:
        return next((found for found in map(self._row_at, urls) if found is not None), None)

    def _other_story(self, article_id: int, sig: dedup.Fingerprint | None) -> bool:
        """Whether the text stored at `article_id` is another story than the text of fingerprint `sig`."""
        stored = self._load_signature(article_id) if sig is not None else None
        return stored is not None and sig is not None and dedup.similarity(sig, stored) < self.dedup.threshold

    @_store_errors
    def save_article(self, article: Article, *, fetch: FetchResult | None = None, run_id: int | None = None,
                     signature: dedup.Fingerprint | None = None) -> SaveResult:
        """Insert or update the article; one row per canonical URL, every URL it was seen under recorded.
        A known article fetched again is saved as `_save_again` says (a changed body, headline or subtitle is a
        new version, the previous one kept in `article_versions`). A new article joins the cluster of its near
        copies (see `_cluster`); `signature` is its MinHash fingerprint when already computed."""
        given = dict.fromkeys(x for x in (
            article.canonical_url, article.url,
            fetch.url if fetch else None, fetch.final_url if fetch else None,
        ) if x)  # usually one URL given three or four times: each is normalized once
        normal = {x: normalize_url(x) for x in given}
        # the page's own addresses (as given, through redirects) and the canonical it declares, when trusted
        page = [u for u in dict.fromkeys(normal[x] for x in (
            article.url, fetch.url if fetch else None, fetch.final_url if fetch else None) if x) if u]
        declared = normal.get(article.canonical_url or "")
        if declared and _rules.listing_canonical(declared, page):
            declared = None
        canonical = declared or (page[0] if page else None)
        if not canonical:
            raise ValueError("an article needs a URL to be stored")
        row = _article_row(article)
        if not row["content_hash"]:  # an article built by hand: its body tells a change from the same text
            row["content_hash"] = content_hash(article.body or "")
        row["profile_miss"] = int(bool(row["profile_miss"]))
        now = _now()
        joined = teaser = False
        fingerprint: list[dedup.Fingerprint | None] = []

        def sig() -> dedup.Fingerprint | None:  # computed once, when needed
            if not fingerprint:
                fingerprint.append(self._signature(article, signature))
            return fingerprint[0]

        with self._tx():
            article_id, canonical = self._find_row(canonical, page, sig)
            row["canonical_url"] = canonical
            urls = list(dict.fromkeys([canonical, *page]))
            if article_id is None:
                row.update(first_seen_at=now, last_fetched_at=now, last_changed_at=now, version=1, fetch_count=1)
                original = None
                if row["content_hash"]:
                    found = self.conn.execute(
                        "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                        (row["content_hash"],)).fetchone()
                    original = int(found[0]) if found else None
                row["duplicate_of"] = original
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                cur = self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", tuple(row.values()))
                del row["duplicate_of"]
                article_id = int(cur.lastrowid or 0)
                status = "duplicate" if original else "new"
                joined = self._cluster(article_id, sig())
            else:
                status, teaser = self._save_again(article_id, row, now, sig)
            for u in urls:
                self.conn.execute("INSERT OR IGNORE INTO article_urls (url, article_id, first_seen_at) VALUES (?, ?, ?)",
                                  (u, article_id, now))
            cluster = self.conn.execute("SELECT cluster_id, similarity FROM articles WHERE id = ?",
                                        (article_id,)).fetchone()
        return SaveResult(article_id=article_id, status=status, cluster_id=cluster[0], similarity=cluster[1],
                          joined=joined, teaser=teaser)

    def _save_again(self, article_id: int, row: dict[str, Any], now: str,
                    sig: Callable[[], dedup.Fingerprint | None]) -> tuple[str, bool]:
        """Save an article already stored at `article_id`, fetched again; its status, and whether the page was
        only a teaser of the stored text:
        - a teaser (`_rules.is_teaser`: the page is paywalled now, and shows less than half the stored text):
          the row is left as it is, text, headline and all, only fetched once more ("unchanged");
        - its body changed (its words: see `content_hash`): a new version, every field as the page gives it
          now ("updated");
        - the same body under another headline or subtitle (`_rules.VERSIONED_FIELDS`): a new version too,
          since `article_versions` keeps each version's headline and subtitle ("updated");
        - the same text: the other fields the page gives now (authors, dates, section, tags, image, access …)
          are written over the stored ones, and those it lacks keep theirs (see `_rules.given`) ("unchanged").
        The previous version goes to `article_versions` first. `sig` gives the body's fingerprint, when needed."""
        cur = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        old = dict(zip((d[0] for d in cur.description), cur.fetchone()))
        if _rules.is_teaser(row["access"], row["body"], old["body"]):
            self._write_again(article_id, {}, now, new_version=False)
            return "unchanged", True
        row["canonical_url"] = self._free_canonical(row["canonical_url"], old["canonical_url"], article_id)
        if old["content_hash"] != row["content_hash"]:
            self._keep_version(article_id, old, now)
            self._write_again(article_id, row, now, new_version=True)
            self._refile_exact_copies(article_id, old["content_hash"], row["content_hash"])
            self._recluster_updated(article_id, sig())
            return "updated", False
        changed = {k: v for k, v in row.items() if v != old[k] and _rules.given(k, v)}
        new_version = any(k in changed for k in _rules.VERSIONED_FIELDS)
        if new_version:
            self._keep_version(article_id, old, now)
        self._write_again(article_id, changed, now, new_version=new_version)
        return ("updated" if new_version else "unchanged"), False

    def _free_canonical(self, canonical: str, stored: str, article_id: int) -> str:
        """`canonical` for the row at `article_id`, unless another row has it (then its `stored` one)."""
        if canonical == stored:
            return canonical
        taken = self.conn.execute("SELECT id FROM articles WHERE canonical_url = ? AND id != ?",
                                  (canonical, article_id)).fetchone()
        return stored if taken else canonical

    def _keep_version(self, article_id: int, old: dict[str, Any], now: str) -> None:
        """The stored version of an article (its row `old`) into `article_versions`, replaced `now`."""
        self.conn.execute(
            "INSERT INTO article_versions (article_id, version, title, subtitle, body, content_hash,"
            " updated_at, fetched_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, old["version"], old["title"], old["subtitle"], old["body"], old["content_hash"],
             old["updated_at"], old["last_fetched_at"], now))

    def _write_again(self, article_id: int, fields: dict[str, Any], now: str, *, new_version: bool) -> None:
        """Write `fields` over the row of an article fetched again `now`; with `new_version`, as its next version."""
        sets = "".join(f"{k} = ?, " for k in fields)
        args: list[Any] = list(fields.values())
        if new_version:
            sets += "version = version + 1, last_changed_at = ?, "
            args.append(now)
        self.conn.execute(f"UPDATE articles SET {sets}fetch_count = fetch_count + 1, last_fetched_at = ? WHERE id = ?",
                          (*args, now, article_id))

    # -- near duplicates -----------------------------------------------------------------------------

    def _signature(self, article: Article, given: dedup.Fingerprint | None) -> dedup.Fingerprint | None:
        if not self.dedup.enabled:
            return None
        return given if given is not None else dedup.fingerprint(article.body)

    def _load_signature(self, article_id: int) -> dedup.Fingerprint | None:
        row = self.conn.execute("SELECT sig, size FROM article_signatures WHERE article_id = ?",
                                (article_id,)).fetchone()
        return dedup.Fingerprint(dedup.unpack(row[0]), int(row[1])) if row else None

    def _order_key(self, article_id: int) -> tuple[float, int]:
        """Earliest published first (first seen when the date is unknown); the older row wins a tie."""
        row = self.conn.execute("SELECT published_at, first_seen_at FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        when = to_datetime(row[0]) or to_datetime(row[1]) if row else None
        return (when.timestamp() if when else float("inf"), article_id)

    def _index_signature(self, article_id: int, sig: dedup.Fingerprint) -> list[int]:
        keys = dedup.band_keys(sig.sig)
        self.conn.execute("DELETE FROM lsh_bands WHERE article_id = ?", (article_id,))
        self.conn.executemany("INSERT OR IGNORE INTO lsh_bands (band_key, article_id) VALUES (?, ?)",
                              [(k, article_id) for k in keys])
        self.conn.execute(
            "INSERT OR REPLACE INTO article_signatures (article_id, algorithm, size, sig) VALUES (?, ?, ?, ?)",
            (article_id, dedup.ALGORITHM, sig.size, dedup.pack(sig.sig)))
        return keys

    def _best_match(self, article_id: int, sig: dedup.Fingerprint, keys: list[int]) -> tuple[int, float] | None:
        """The cluster head most similar to `sig` (at or above the threshold), found through the band index:
        candidates sharing a band lead to their clusters, and the decision is made against each cluster's
        head, so a chain of small overlaps never links two different stories."""
        marks = ", ".join("?" for _ in keys)
        heads = {int(r[0]) for r in self.conn.execute(
            f"SELECT DISTINCT COALESCE(a.cluster_id, a.id) FROM lsh_bands b JOIN articles a ON a.id = b.article_id"
            f" WHERE b.band_key IN ({marks}) AND b.article_id != ?", (*keys, article_id))}
        heads.discard(article_id)
        best: tuple[int, float] | None = None
        for head in sorted(heads):
            other = self._load_signature(head)
            if other is None:
                continue
            sim = dedup.similarity(sig, other)
            if sim >= self.dedup.threshold and (best is None or sim > best[1]):
                best = (head, sim)
        return best

    def _cluster(self, article_id: int, sig: dedup.Fingerprint | None) -> bool:
        """Index a new article's signature and put it in its story's cluster (see `_place`); True when it joined
        a story already stored."""
        if sig is None:
            return self._place(article_id, None, [])
        return self._place(article_id, sig, self._index_signature(article_id, sig))

    def _place(self, article_id: int, sig: dedup.Fingerprint | None, keys: list[int]) -> bool:
        """Put an article (its signature indexed under `keys`) in the cluster of its closest near copy, or in a
        cluster of its own; True when it joined another story. The earliest-published member heads a cluster:
        `cluster_id` is the head's id, `similarity` the member's estimated similarity to the head
        (`_dedup.similarity`). An article published before the head becomes the head."""
        match = self._best_match(article_id, sig, keys) if sig is not None else None
        if match is None:
            self.conn.execute("UPDATE articles SET cluster_id = id, similarity = 1.0 WHERE id = ?", (article_id,))
            return False
        assert sig is not None
        head, sim = match
        if self._order_key(article_id) < self._order_key(head):
            self.conn.execute("UPDATE articles SET cluster_id = id, similarity = 1.0 WHERE id = ?", (article_id,))
            for (member,) in self.conn.execute("SELECT id FROM articles WHERE cluster_id = ?", (head,)).fetchall():
                other = self._load_signature(member)
                member_sim = dedup.similarity(sig, other) if other else 0.0
                self.conn.execute("UPDATE articles SET cluster_id = ?, similarity = ? WHERE id = ?",
                                  (article_id, round(member_sim, 4), member))
        else:
            self.conn.execute("UPDATE articles SET cluster_id = ?, similarity = ? WHERE id = ?",
                              (head, round(sim, 4), article_id))
        return True

    def _recluster_updated(self, article_id: int, sig: dedup.Fingerprint | None) -> None:
        """A changed body (`sig`, None when empty): the article's story is decided again, and so is that of
        the copies filed under it, which were copies of its old text.
        - Its signature is indexed again (or dropped, for an empty body: nothing may match the old text).
        - A member stays in its cluster while it is a near copy of the head (with a fresh similarity); else it
          is placed again as a new article would be: it may join another story, or head its own.
        - A head keeps the members that are near copies of its new text. The others are placed again one by
          one, earliest first, so the copies of the old story gather under the earliest of them, which heads
          it now. A head left without members is placed again too.
        Only the cluster's members are visited (`cluster_id` is indexed) and each is placed through the band
        index: the cost grows with the size of the cluster, never with the database's."""
        row = self.conn.execute("SELECT cluster_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        head = int(row[0]) if row and row[0] is not None else article_id
        keys = self._index_signature(article_id, sig) if sig is not None else self._unindex(article_id)
        if head != article_id:
            sim = self._similarity_to(sig, head)
            if sim >= self.dedup.threshold:
                self.conn.execute("UPDATE articles SET similarity = ? WHERE id = ?", (round(sim, 4), article_id))
            else:
                self._place(article_id, sig, keys)
            return
        members = [int(m) for (m,) in self.conn.execute(
            "SELECT id FROM articles WHERE cluster_id = ? AND id != ?", (article_id, article_id)).fetchall()]
        leaving = []
        for member in members:
            sim = self._similarity_to(sig, member)
            if sim >= self.dedup.threshold:
                self.conn.execute("UPDATE articles SET similarity = ? WHERE id = ?", (round(sim, 4), member))
            else:
                leaving.append(member)
        for member in sorted(leaving, key=self._order_key):
            other = self._load_signature(member)
            self._place(member, other, dedup.band_keys(other.sig) if other else [])
        if len(leaving) == len(members):
            self._place(article_id, sig, keys)

    def _similarity_to(self, sig: dedup.Fingerprint | None, article_id: int) -> float:
        """The similarity of a text (its fingerprint) to the one stored at `article_id`; 0 when either is empty."""
        other = self._load_signature(article_id) if sig is not None else None
        return dedup.similarity(sig, other) if sig is not None and other is not None else 0.0

    def _unindex(self, article_id: int) -> list[int]:
        """Forget an article's signature (its body is empty now): no band keys."""
        self.conn.execute("DELETE FROM lsh_bands WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM article_signatures WHERE article_id = ?", (article_id,))
        return []

    def _refile_exact_copies(self, article_id: int, old_hash: str | None, new_hash: str | None) -> None:
        """A changed body: the article is an exact copy (`duplicate_of`) of the first other row holding its new
        text, if any; the rows filed as exact copies of its old text copy the first of them now, which is the
        original. Found through the content_hash index, as on insert."""
        first = self.conn.execute("SELECT min(id) FROM articles WHERE content_hash = ? AND id != ?",
                                  (new_hash, article_id)).fetchone()[0] if new_hash else None
        self.conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (first, article_id))
        if not old_hash:
            return
        original = self.conn.execute("SELECT min(id) FROM articles WHERE content_hash = ? AND duplicate_of = ?",
                                     (old_hash, article_id)).fetchone()[0]
        if original is not None:
            self.conn.execute(
                "UPDATE articles SET duplicate_of = CASE WHEN id = ? THEN NULL ELSE ? END"
                " WHERE content_hash = ? AND duplicate_of = ?", (original, original, old_hash, article_id))

    @_store_errors
    def record_fetch(self, result: FetchResult, *, run_id: int | None = None) -> None:
        """One `fetches` row per attempt of `result`."""
        rows = []
        last = len(result.attempts)
        for n, att in enumerate(result.attempts, start=1):
            final = n == last
            rows.append((
                att.url, att.final_url, n, att.status, att.error_kind, att.error, att.started_at,
                round(att.elapsed_ms, 1), att.bytes,
                result.content_type if final else None,
                result.etag if final else None,
                result.last_modified if final else None,
                att.http_version, run_id,
            ))
        if not rows:
            return
        with self._tx():
            self.conn.executemany(
                "INSERT INTO fetches (url, final_url, attempt, status, error_kind, error, started_at, elapsed_ms,"
                " bytes, content_type, etag, last_modified, http_version, run_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    @_store_errors
    def record_failure(self, url: str, kind: str, message: str, *, stage: str = "fetch",
                       run_id: int | None = None) -> None:
        with self._tx():
            self._record_failure(url, kind, message, stage, run_id)

    def _record_failure(self, url: str, kind: str, message: str, stage: str, run_id: int | None) -> None:
        self.conn.execute("INSERT INTO failures (url, stage, kind, message, at, run_id) VALUES (?, ?, ?, ?, ?, ?)",
                          (url, stage, kind, message, _now(), run_id))

    # -- frontier (the `urls` table), robots.txt cache, runs ------------------------------------------

    @_store_errors
    def frontier_add(self, found: Iterable[tuple[str, str | None]], *, kind: str = "article",
                     discovered_from: str | None = None, run_id: int | None = None) -> int:
        """Add URLs (with an optional lastmod) to the frontier; returns how many were new. A lastmod is kept in
        UTC (see `_rules.utc_iso`): it is compared as text with the UTC times the store writes, and a sitemap's
        "+09:00" time from an hour ago must not read as newer than the fetch that followed it."""
        now = _now()
        rows = []
        for url, lastmod in found:
            host = host_of(url)
            if host:
                rows.append((url, host, kind, now, discovered_from, _rules.utc_iso(lastmod), run_id))
        if not rows:
            return 0
        with self._tx():
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT OR IGNORE INTO urls (url, host, kind, discovered_at, discovered_from, lastmod, run_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            added = self.conn.total_changes - before
            # a newer lastmod on a known article makes it worth a conditional re-fetch
            self.conn.executemany(
                "UPDATE urls SET lastmod = ? WHERE url = ? AND (lastmod IS NULL OR lastmod < ?)",
                [(r[5], r[0], r[5]) for r in rows if r[5]])
        return added

    @_store_errors
    def sitemap_children(self, url: str) -> list[str]:
        """The child sitemaps the sitemap index at `url` listed when last read, in its order."""
        return [row[0] for row in self.conn.execute(
            "SELECT child FROM sitemap_children WHERE parent = ? ORDER BY position", (url,))]

    @_store_errors
    def set_sitemap_children(self, url: str, children: list[str], *, run_id: int | None = None) -> None:
        """Remember `children` as the child sitemaps the sitemap index at `url` lists now (those it no longer
        lists are forgotten as its children). A child may belong to several indexes; new ones are added to the
        frontier, found in `url`."""
        now = _now()
        kept = [c for c in dict.fromkeys(children) if host_of(c)]
        with self._tx():
            self.conn.executemany(
                "INSERT OR IGNORE INTO urls (url, host, kind, discovered_at, discovered_from, run_id)"
                " VALUES (?, ?, 'sitemap', ?, ?, ?)", [(c, host_of(c), now, url, run_id) for c in kept])
            self.conn.execute("DELETE FROM sitemap_children WHERE parent = ?", (url,))
            self.conn.executemany("INSERT INTO sitemap_children (parent, child, position) VALUES (?, ?, ?)",
                                  [(url, c, i) for i, c in enumerate(kept)])

    @_store_errors
    def frontier_get(self, url: str) -> dict[str, Any] | None:
        cur = self.conn.execute("SELECT * FROM urls WHERE url = ?", (url,))
        row = cur.fetchone()
        return self._row_to_dict(cur, row) if row else None

    @_store_errors
    def frontier_due(self, *, limit: int, max_failures: int, recrawl_window: float, recrawl_interval: float,
                     per_host_limit: dict[str, int] | None = None) -> list[DueUrl]:
        """Article URLs to fetch now: new ones (newest lastmod first), failed ones whose back-off has passed,
        stored articles younger than `recrawl_window` not fetched for `recrawl_interval` seconds, and stored
        articles a feed or sitemap says changed since they were fetched."""
        if limit <= 0:
            return []
        now = datetime.now(timezone.utc)
        window_start = (now - timedelta(seconds=recrawl_window)).strftime(_SQL_TIME)  # compared with datetime()
        refetch_before = (now - timedelta(seconds=recrawl_interval)).isoformat(timespec="seconds")
        cur = self.conn.execute(
            """
            SELECT u.url, u.host, u.state, u.etag, u.last_modified, u.attempts,
                   ROW_NUMBER() OVER (PARTITION BY u.host ORDER BY (u.state = 'new') DESC, u.lastmod DESC,
                                      u.discovered_at) AS host_rank
            FROM urls u LEFT JOIN articles a ON a.id = u.article_id
            WHERE u.kind = 'article' AND (
                u.state = 'new'
                OR (u.state = 'failed' AND u.attempts < ? AND (u.next_attempt_at IS NULL OR u.next_attempt_at <= ?))
                OR (u.state = 'done' AND u.last_fetched_at <= ?
                    AND COALESCE(datetime(a.published_at), datetime(a.first_seen_at)) >= ?)
                OR (u.state = 'done' AND u.lastmod > u.last_fetched_at)
            )
            ORDER BY (u.state = 'new') DESC, u.lastmod DESC, u.discovered_at
            """,
            (max_failures, now.isoformat(timespec="seconds"), refetch_before, window_start))
        out: list[DueUrl] = []
        limits = per_host_limit or {}
        intern = sys.intern  # one string per host and per state, not one per URL
        for url, host, state, etag, last_modified, attempts, host_rank in cur:
            cap = limits.get(host)
            if cap is not None and host_rank > cap:
                continue
            out.append(DueUrl(url, intern(host), intern(state), etag, last_modified, int(attempts or 0)))
            if len(out) >= limit:
                break
        return out

    @_store_errors
    def frontier_update(self, url: str, *, state: str, status: int | None = None, error_kind: str | None = None,
                        error: str | None = None, next_attempt_at: str | None = None, etag: str | None = None,
                        last_modified: str | None = None, article_id: int | None = None,
                        run_id: int | None = None, failed: bool = False, kind: str | None = None) -> None:
        """Record the outcome of fetching a frontier URL (the row is created if missing, with no host for what is
        no http(s) URL: "notaurl", "ftp://x")."""
        now = _now()
        host = (host_of(url) if normalize_url(url) else None) or ""
        with self._tx():
            self.conn.execute(
                "INSERT OR IGNORE INTO urls (url, host, kind, discovered_at, discovered_from) VALUES (?, ?, ?, ?, ?)",
                (url, host, kind or "article", now, "direct"))
            self._update_url(url, state, status, error_kind, error, next_attempt_at, failed, now, etag,
                             last_modified, article_id, run_id)

    def _update_url(self, url: str, state: str, status: int | None, error_kind: str | None, error: str | None,
                    next_attempt_at: str | None, failed: bool, now: str, etag: str | None, last_modified: str | None,
                    article_id: int | None, run_id: int | None) -> None:
        self.conn.execute(
            """UPDATE urls SET state = ?, last_status = ?, last_error_kind = ?, last_error = ?, next_attempt_at = ?,
                   attempts = CASE WHEN ? THEN attempts + 1 ELSE 0 END, last_fetched_at = ?,
                   etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
                   article_id = COALESCE(?, article_id), run_id = ?
               WHERE url = ?""",
            (state, status, error_kind, error, next_attempt_at, int(failed), now, etag, last_modified, article_id,
             run_id, url))

    @_store_errors
    def frontier_counts(self) -> dict[str, int]:
        return {f"{k}:{s}": n for k, s, n in
                self.conn.execute("SELECT kind, state, count(*) FROM urls GROUP BY kind, state")}

    @_store_errors
    def robots_get(self, url: str) -> dict[str, Any] | None:
        """The cached robots.txt at `url` (one per origin), if any."""
        cur = self.conn.execute("SELECT * FROM robots WHERE url = ?", (url,))
        row = cur.fetchone()
        return self._row_to_dict(cur, row) if row else None

    @_store_errors
    def robots_put(self, url: str, host: str, status: int | None, body: str | None, error: str | None,
                   ttl: float) -> None:
        now = datetime.now(timezone.utc)
        self.conn.execute(
            "INSERT OR REPLACE INTO robots (url, host, status, body, error, fetched_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (url, host, status, body, error, now.isoformat(timespec="seconds"),
             (now + timedelta(seconds=ttl)).isoformat(timespec="seconds")))

    @_store_errors
    def run_start(self, *, pid: int, config: str | None = None) -> int:
        """Open a `runs` row; a run left 'running' by a killed process is marked 'interrupted' first."""
        self.conn.execute("UPDATE runs SET state = 'interrupted' WHERE state = 'running'")
        cur = self.conn.execute("INSERT INTO runs (started_at, pid, config) VALUES (?, ?, ?)", (_now(), pid, config))
        return int(cur.lastrowid or 0)

    @_store_errors
    def run_finish(self, run_id: int, *, state: str, exit_code: int, counts: dict[str, int],
                   failures_by_reason: dict[str, int], elapsed_s: float) -> None:
        cols = ("discovered", "fetched", "not_modified", "new_articles", "near_copies", "updated", "unchanged",
                "duplicates", "profile_misses", "blocked", "failed")
        sets = ", ".join(f"{c} = ?" for c in cols)
        self.conn.execute(
            f"UPDATE runs SET finished_at = ?, state = ?, exit_code = ?, failures_by_reason = ?, elapsed_s = ?, {sets}"
            " WHERE id = ?",
            (_now(), state, exit_code, _dump(failures_by_reason), round(elapsed_s, 3),
             *(int(counts.get(c, 0)) for c in cols), run_id))

    @_store_errors
    def run_row(self, run_id: int) -> dict[str, Any] | None:
        cur = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,))
        row = cur.fetchone()
        return self._row_to_dict(cur, row) if row else None

    # -- reading -----------------------------------------------------------------------------------

    def _row_to_dict(self, cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
        out = {d[0]: v for d, v in zip(cursor.description, row)}
        for k in _LIST_FIELDS:
            if k in out and isinstance(out[k], str):
                out[k] = json.loads(out[k])
        if "profile_miss" in out:
            out["profile_miss"] = bool(out["profile_miss"])
        return out

    @_store_errors
    def article_row(self, key: int | str) -> dict[str, Any] | None:
        """The stored row for an article id or any URL it was seen under (None when there is none; a TypeError
        for a key that is neither)."""
        if isinstance(key, bool) or not isinstance(key, (int, str)):
            raise TypeError(f"an article's key is its id (int) or a URL (str), not {type(key).__name__}")
        if isinstance(key, int) or (key.isascii() and key.isdigit()):
            article_id = int(key)
            if not _SQLITE_MIN_INT <= article_id <= _SQLITE_MAX_INT:  # no row has it (SQLite could not bind it)
                return None
            cur = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        else:
            url = normalize_url(key) or key
            cur = self.conn.execute(
                "SELECT a.* FROM articles a WHERE a.canonical_url = ? OR a.id = "
                "(SELECT article_id FROM article_urls WHERE url = ?)", (url, url))
        row = cur.fetchone()
        return self._row_to_dict(cur, row) if row else None

    @_store_errors
    def get_article(self, key: int | str) -> Article | None:
        row = self.article_row(key)
        return Article.from_dict(row) if row else None

    @_store_errors
    def iter_articles(self, *, site: str | None = None, since: str | date | None = None,
                      until: str | date | None = None, language: str | None = None,
                      dedup: bool = False) -> Iterator[dict[str, Any]]:
        """Stored articles in id order, filtered, streamed row by row (constant memory). `since`/`until` (ISO 8601
        days or times, or a `date`/`datetime`; a day is its midnight UTC, a time without an offset is UTC) compare as
        instants with the publication time (first seen when unknown): "2025-03-12T01:00:00+09:00" is before
        "2025-03-12" (a ValueError for a text that is no date, a TypeError for another type). `site` is read as
        `crawl export --site` reads it (any case, "www." or not, any host or URL of the site: see `_site_sql`),
        `language` as a tag in any case that takes its regional variants ("en": "en-US" too). `dedup` gives one row per story (the cluster heads, with their
        number of copies)."""
        where, args = [], []
        if site:
            sql, names = _site_sql(site)
            where.append(sql)
            args += names
        if since:
            where.append(f"{_PUBLISHED_UTC} >= ?")
            args.append(_sql_instant(since, "since"))
        if until:
            where.append(f"{_PUBLISHED_UTC} < ?")
            args.append(_sql_instant(until, "until"))
        if language:
            sql, tags = _language_sql(language)
            where.append(sql)
            args += tags
        source = "stories" if dedup else "articles"
        sql = f"SELECT * FROM {source}" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        cur = self.conn.cursor()
        cur.execute(sql, args)
        while True:
            rows = cur.fetchmany(500)
            if not rows:
                break
            for row in rows:
                yield self._row_to_dict(cur, row)

    @_store_errors
    def site_stats(self) -> list[dict[str, Any]]:
        """Per site: articles, last success, profile misses, duplicates, paywalled share, and the frontier's
        URLs by state and failure reason."""
        sites: dict[str, dict[str, Any]] = {}

        def entry(site: str) -> dict[str, Any]:
            return sites.setdefault(site, {
                "site": site, "articles": 0, "last_success": None, "profile_misses": 0, "duplicates": 0,
                "near_copies": 0, "paywalled": 0, "urls": 0, "failed": 0, "failures": {}})

        # duplicates: the same body as an article stored earlier at another URL (as the run summaries count
        # them); near copies: filed under another article's story, not word for word. These are the stories as
        # they stand, headed by their earliest-published copy: a run summary counts a new article filed under
        # a story already stored, so the two differ when a copy was stored before the story's original.
        for site, n, last, misses, dups, near, paywalled in self.conn.execute(
                "SELECT COALESCE(site, '?'), count(*), max(last_fetched_at), sum(profile_miss),"
                " sum(duplicate_of IS NOT NULL),"
                " sum(duplicate_of IS NULL AND cluster_id IS NOT NULL AND cluster_id != id),"
                " sum(CASE WHEN access = 'paywalled' THEN 1 ELSE 0 END) FROM articles GROUP BY 1"):
            e = entry(site)
            e.update(articles=n, last_success=last, profile_misses=misses or 0, duplicates=dups or 0,
                     near_copies=near or 0, paywalled=paywalled or 0)
        for host, state, kind, n in self.conn.execute(
                "SELECT host, state, COALESCE(last_error_kind, ''), count(*) FROM urls WHERE kind = 'article'"
                " GROUP BY 1, 2, 3"):
            e = entry(site_of(host) or host or "?")  # "?": no host, an invalid URL
            e["urls"] += n
            if state in ("failed", "gone", "skipped"):
                e["failed"] += n
                reason = kind or state
                if state == "gone":
                    reason = "gone"
                e["failures"][reason] = e["failures"].get(reason, 0) + n
        out = sorted(sites.values(), key=lambda e: (-e["articles"], e["site"]))
        for e in out:
            e["paywalled_share"] = round(e["paywalled"] / e["articles"], 3) if e["articles"] else 0.0
            e["failure_rate"] = round(e["failed"] / e["urls"], 3) if e["urls"] else 0.0
        return out

    @_store_errors
    def search(self, query: str, limit: int = 20, *, marks: tuple[str, str] = ("[", "]"),
               site: str | None = None) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies, best match first, with a snippet whose matches are wrapped
        in `marks`. FTS5 query syntax works ("rail AND strike", "\"port strike\"", "rail*"); a query it cannot
        parse is searched as plain words; a query in a script written without spaces is matched as substrings
        (see _search_substrings), column filters included. `site` as in `iter_articles`."""
        if not isinstance(query, str):
            raise TypeError(f"query must be a str, not {type(query).__name__}")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be a whole number of at least 1, not {limit!r}")
        groups = _scriptio_query(query)
        if groups:
            return self._search_substrings(groups, limit, marks, site)
        site_where, site_names = _site_sql(site, "a.site") if site else ("", [])
        sql = ("SELECT a.id, a.title, a.canonical_url, a.site, a.published_at, a.language,"
               " snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet"
               " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
               " WHERE articles_fts MATCH ?" + (f" AND {site_where}" if site else "") + " ORDER BY rank LIMIT ?")
        extra: tuple[Any, ...] = tuple(site_names)
        try:
            cur = self.conn.execute(sql, (*marks, query, *extra, limit))
            rows = cur.fetchall()
        except sqlite3.OperationalError:
            words = " ".join('"' + w.replace('"', '""') + '"' for w in query.split() if w.strip())
            if not words:
                return []
            cur = self.conn.execute(sql, (*marks, words, *extra, limit))
            rows = cur.fetchall()
        return [self._row_to_dict(cur, r) for r in rows]

    def _search_substrings(self, groups: list[tuple[list[_Term], list[_Term]]], limit: int,
                           marks: tuple[str, str], site: str | None) -> list[dict[str, Any]]:
        """Articles whose title or body (the columns each term names) holds every term of one of `groups` (terms,
        excluded terms) as written (ASCII case ignored), newest first, title matches before body ones, with a
        snippet around the first match. For queries in scripts written without spaces (Chinese, Japanese,
        Thai…), which the word index cannot split: it scans the articles (seconds for 100,000)."""
        def holds(term: _Term) -> str:
            args.extend([term.text] * len(term.columns))
            found = [f"instr(lower(coalesce(a.{column}, '')), lower(?)) > 0" for column in term.columns]
            return "(" + (" OR ".join(found) or "0") + ")"

        args: list[Any] = []
        alternatives = []
        for terms, excluded in groups:
            alternatives.append(" AND ".join([holds(t) for t in terms] + [f"NOT {holds(t)}" for t in excluded]))
        where = "(" + " OR ".join(f"({a})" for a in alternatives) + ")"
        if site:
            sql, names = _site_sql(site, "a.site")
            where += f" AND {sql}"
            args += names
        first = groups[0][0][0].text
        cur = self.conn.execute(
            "SELECT a.id, a.title, a.canonical_url, a.site, a.published_at, a.language, a.body FROM articles a"
            f" WHERE {where} ORDER BY instr(lower(coalesce(a.title, '')), lower(?)) = 0, a.published_at DESC,"
            " a.id DESC LIMIT ?", (*args, first, limit))
        wanted = list(dict.fromkeys(t.text for terms, _ in groups for t in terms))
        out = []
        for row in cur.fetchall():
            record = self._row_to_dict(cur, row)
            body = record.pop("body") or ""
            record["snippet"] = _snippet(body, wanted, marks)
            out.append(record)
        return out

    @_store_errors
    def count(self, table: str) -> int:
        if table not in self.db.table_names():
            raise ValueError(f"no table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _site_sql(site: str, column: str = "site") -> tuple[str, list[str]]:
    """SQL selecting the articles of `site` and its arguments. Articles are filed under their registrable domain,
    lower-case (`site_of`); the name given is read the same way, so that any case, "www." or not, and any host
    or URL of the site select them ("WWW.Example.com", "https://example.com/x": example.com). The "www." host and
    the host given, lower-case, are accepted too (an article built by hand may be filed under one). The column
    is compared as it is: its index serves."""
    registrable = site_of(site)
    host = host_of(site if "://" in site else f"//{site.strip()}")
    names = list(dict.fromkeys(n for n in (registrable, f"www.{registrable}" if registrable else None,
                                           host or site.strip().lower()) if n))
    return f"{column} IN ({', '.join('?' for _ in names)})", names


def _language_sql(language: str) -> tuple[str, list[str]]:
    """SQL selecting the articles in `language` (a BCP 47 tag in any case or spelling: "EN", "en_us") and its
    arguments: the tag and its regional variants ("en" selects "en-US"), ASCII case ignored."""
    tag = normalize_tag(language) or language.strip()
    escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "(language LIKE ? ESCAPE '\\' OR language LIKE ? ESCAPE '\\')", [escaped, f"{escaped}-%"]


#: the columns of the word index (`articles_fts`), which a query may name
_FTS_COLUMNS = ("title", "body")

#: letters of scripts written without spaces between words, which FTS5's unicode61 tokenizer indexes run by run
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       r"\uac00-\ud7af\uf900-\ufaff]")


class _Term(NamedTuple):
    """A term of a query searched as a substring, and the columns it must be found in."""

    text: str
    columns: tuple[str, ...] = _FTS_COLUMNS


_COLUMN_NAME = "|".join(_FTS_COLUMNS)
#: a query's pieces: a column filter as FTS5 writes one ("title:", "body :", "{title body}:", "-title:"; a name
#: that is no column of the index is part of a word), a quoted phrase, or a word
_QUERY_TOKEN = re.compile(
    rf'(?P<filter>(?P<minus>-\s*)?(?P<names>\{{\s*(?:(?:{_COLUMN_NAME})\s*)+\}}|\b(?:{_COLUMN_NAME}))\s*:)'
    r'|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)', re.I)


def _filter_columns(names: str, minus: bool) -> tuple[str, ...]:
    """The columns a filter names ("{title body}", "Title"), or all the others after a minus ("-title:")."""
    named = {n.lower() for n in re.findall(r"\w+", names)}
    return tuple(c for c in _FTS_COLUMNS if (c in named) != minus)


def _scriptio_query(query: str) -> list[tuple[list[_Term], list[_Term]]]:
    """A query that names text in a script written without spaces (see _UNSPACED) as alternatives (split at OR),
    each a list of terms that must all be there and a list that must not (after NOT); [] for any other query.
    A column filter ("body:港湾", "{title body}:港湾", "-title:港湾") holds for the term or quoted phrase after it,
    or for every term inside the brackets after it ("title:(港湾 労働者)"). The words of a quoted phrase, brackets
    and a trailing * are read as plain terms."""
    if not _UNSPACED.search(query):
        return []
    groups: list[tuple[list[_Term], list[_Term]]] = [([], [])]
    negate = False
    pending: tuple[str, ...] | None = None  # the columns of a filter waiting for its term
    scope: tuple[str, ...] | None = None  # the columns of a filter over brackets, until they close
    depth = 0
    for token in _QUERY_TOKEN.finditer(query):
        if token["filter"]:
            pending = _filter_columns(token["names"], bool(token["minus"]))
            continue
        word = token["word"]
        if word in ("OR", "NOT", "AND"):
            if word == "OR":
                groups.append(([], []))
            negate = word == "NOT"
            continue
        columns = pending if pending is not None else scope if scope is not None else _FTS_COLUMNS
        if pending is not None and word and word.startswith("("):
            scope, depth = pending, 0
        if scope is not None and word:
            depth += word.count("(") - word.count(")")
            if depth <= 0:
                scope = None
        pending = None
        words = token["phrase"].split() if token["phrase"] is not None else [word]
        for text in (w.strip('"*()') for w in words):
            if text:
                groups[-1][1 if negate else 0].append(_Term(text, columns))
        negate = False
    return [g for g in groups if g[0]]


def _snippet(body: str, terms: list[str], marks: tuple[str, str], width: int = 40) -> str:
    """About `width` characters either side of the first term found in `body` (ASCII case ignored), every
    term in it wrapped in `marks`."""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    first = pattern.search(body)
    if first is None:
        return body[: 2 * width] + ("…" if len(body) > 2 * width else "")
    start, end = max(0, first.start() - width), min(len(body), first.end() + width)
    text = pattern.sub(lambda m: f"{marks[0]}{m.group()}{marks[1]}", " ".join(body[start:end].split()))
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
