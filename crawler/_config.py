"""`crawl.toml`: what `crawl run` crawls and how politely.

    [crawl]                       # global settings (all optional)
    db = "articles.db"
    concurrency = 16              # requests in flight in all
    per_host_concurrency = 1      # requests in flight per host
    delay = 1.0                   # seconds between requests to one host (robots.txt Crawl-delay can raise it)
    max_pages = 1000              # article fetches per run (0: discover only)
    max_time = "30m"              # stop starting new fetches after this long
    recrawl_window = "48h"        # re-fetch articles published this recently, to pick up updates …
    recrawl_interval = "1h"       # … at most this often (conditional requests: a 304 costs nothing)
    user_agent = "…"
    allow_private_addresses = false  # true: also crawl private/loopback/link-local addresses (intranet, tests)
    resolve = { "example.com" = "127.0.0.1:8080" }  # send a host's requests elsewhere (permits that address)

    [sites."apnews.com"]          # per-site overrides: delay, concurrency, max_pages, user_agent, headers
    delay = 2.0

    [dedup]
    threshold = 0.7               # estimated containment from which two articles are copies of one story

    [[sources]]                   # one table per source
    site = "apnews.com"           # the site profile's own discovery (feeds, sitemaps, section pages)
    [[sources]]
    feed = "https://example.com/rss.xml"
    [[sources]]
    sitemap = "https://example.com/sitemap.xml"     # index, gzip and Google News sitemaps
    [[sources]]
    section = "https://example.com/world"
    article_url = '^https://example\\.com/world/\\d{4}/'   # which links on the page are articles
    [[sources]]
    urls = ["https://example.com/a", "https://example.com/b"]
    [[sources]]
    url_file = "urls.txt"         # one URL per line (relative to the config file)

Durations are seconds or strings such as "90s", "30m", "48h", "7d"; sizes are bytes or "10MB". A wrong key or
value is an error naming it (`crawl.toml: crawl.delay: must be a number of seconds >= 0`).
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._fetch import DEFAULT_USER_AGENT
from ._headers import header_name_problem, header_value_problem
from .profiles._regex import RegexError, SafePattern, compile_search_pattern


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file, the key and the problem."""


@dataclass
class SiteSettings:
    delay: float | None = None
    concurrency: int | None = None
    max_pages: int | None = None
    user_agent: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Source:
    kind: str  # site, feed, sitemap, section, urls
    url: str | None = None
    urls: list[str] = field(default_factory=list)
    site: str | None = None
    article_url: SafePattern | None = None

    @property
    def label(self) -> str:
        if self.kind == "site":
            return f"site:{self.site}"
        if self.kind == "urls":
            return "urls"
        return f"{self.kind}:{self.url}"


@dataclass
class CrawlConfig:
    path: Path | None = None
    db: str = "articles.db"
    concurrency: int = 16
    per_host_concurrency: int = 1
    delay: float = 1.0
    max_pages: int = 1000
    max_time: float = 30 * 60.0
    recrawl_window: float = 48 * 3600.0
    recrawl_interval: float = 3600.0
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    page_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    attempts: int = 3
    max_failures: int = 5
    retry_after: float = 600.0
    robots: bool = True
    robots_ttl: float = 24 * 3600.0
    workers: int | None = None
    profiles: list[str] = field(default_factory=list)
    use_profiles: bool = True
    resolve: dict[str, str] = field(default_factory=dict)
    allow_private_addresses: bool = False
    #: seconds a write waits for another process's lock on the database before it fails
    db_timeout: float = 30.0
    max_sitemap_urls: int = 50_000
    max_sitemap_depth: int = 3
    #: sitemaps read from one configured source (an index and its children, at most max_sitemap_depth deep)
    max_sitemaps: int = 200
    dedup_threshold: float = 0.7
    sites: dict[str, SiteSettings] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    def site(self, host: str) -> SiteSettings:
        """The overrides for `host` (the most specific configured host that covers it), or defaults."""
        host = host.lower()
        labels = host.split(".")
        for i in range(len(labels) - 1):
            found = self.sites.get(".".join(labels[i:]))
            if found is not None:
                return found
        return SiteSettings()


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d)?\s*$", re.I)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$", re.I)
_UNIT = {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, None: 1}
_SIZE_UNIT = {"b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3, None: 1}

_CRAWL_KEYS = {
    "db", "concurrency", "per_host_concurrency", "delay", "max_pages", "max_time", "recrawl_window",
    "recrawl_interval", "user_agent", "timeout", "page_timeout", "max_bytes", "attempts", "max_failures",
    "retry_after", "robots", "robots_ttl", "workers", "profiles", "use_profiles", "resolve",
    "max_sitemap_urls", "max_sitemap_depth", "max_sitemaps", "allow_private_addresses", "db_timeout",
}
_SITE_KEYS = {"delay", "concurrency", "max_pages", "user_agent", "headers"}
_SOURCE_KINDS = ("site", "feed", "sitemap", "section", "urls", "url_file")
_SOURCE_KEYS = {*_SOURCE_KINDS, "article_url"}


class _Check:
    def __init__(self, path: Path | str) -> None:
        self.path = path

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {message}" if key else f"{self.path}: {message}")

    def keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(sorted(allowed))}"
                raise self.fail(f"{where}{key}", f"unknown key{hint}")

    def duration(self, value: Any, key: str, *, positive: bool = False) -> float:
        """Seconds (a number, or a string such as "90s", "30m"): finite, >= 0 (> 0 when `positive`)."""
        seconds: float | None = None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = float(value)
        elif isinstance(value, str):
            m = _DURATION.match(value)
            if m:
                seconds = float(m[1]) * _UNIT[(m[2] or "").lower() or None]
        if seconds is None or not math.isfinite(seconds):
            raise self.fail(key, f"must be a duration (seconds, or e.g. '30m', '48h'), not {value!r}")
        if seconds < 0 or (positive and seconds == 0):
            raise self.fail(key, f"must be {'> 0' if positive else '>= 0'}, not {value!r}")
        return seconds

    def size(self, value: Any, key: str) -> int:
        """Bytes (a whole number, or a string such as "10MB"): at least one."""
        size = 0
        if isinstance(value, int) and not isinstance(value, bool):
            size = value
        elif isinstance(value, str):
            m = _SIZE.match(value)
            if m:
                size = int(float(m[1]) * _SIZE_UNIT[(m[2] or "").lower() or None])
        if size < 1:
            raise self.fail(key, f"must be a size of at least one byte, in bytes or e.g. '10MB', not {value!r}")
        return size

    def number(self, value: Any, key: str, minimum: float = 0) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or value < minimum:
            raise self.fail(key, f"must be a number >= {minimum:g}, not {value!r}")
        return float(value)

    def integer(self, value: Any, key: str, minimum: int = 1) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, f"must be a whole number >= {minimum}, not {value!r}")
        return value

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        return value.strip()

    def boolean(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def url(self, value: Any, key: str) -> str:
        s = self.string(value, key)
        if not re.match(r"^https?://[^/\s]+", s):
            raise self.fail(key, f"not an absolute http(s) URL: {s!r}")
        return s

    def headers(self, value: Any, key: str) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table of header names to string values")
        for name, header in value.items():
            problem = header_name_problem(name)
            if problem is not None:
                raise self.fail(key, problem)
            self.header_value(header, f"{key}.{name}")
        return dict(value)

    def header_value(self, value: Any, key: str) -> str:
        """A value sent in an HTTP header (a user agent): one line of ASCII."""
        problem = header_value_problem(value)
        if problem is not None:
            raise self.fail(key, problem)
        return value


def load_config(path: str | Path) -> CrawlConfig:
    """Read and validate a crawl configuration file."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_config(raw, path)


def parse_config(raw: dict[str, Any], path: Path | str = "crawl.toml") -> CrawlConfig:
    check = _Check(path)
    check.keys(raw, {"crawl", "sites", "sources", "dedup"}, "")
    cfg = CrawlConfig(path=Path(path) if not isinstance(path, Path) else path)
    crawl = raw.get("crawl", {})
    if not isinstance(crawl, dict):
        raise check.fail("crawl", "must be a table")
    check.keys(crawl, _CRAWL_KEYS, "crawl.")
    c = "crawl."
    for key in ("max_time", "recrawl_window", "recrawl_interval", "robots_ttl", "retry_after", "delay", "timeout",
                "page_timeout", "db_timeout"):
        if key in crawl:
            positive = key in ("timeout", "page_timeout")  # no request can be made in no time
            setattr(cfg, key, check.duration(crawl[key], c + key, positive=positive))
    for key in ("concurrency", "per_host_concurrency", "max_pages", "attempts", "max_failures", "max_sitemap_urls",
                "max_sitemap_depth", "max_sitemaps"):
        if key in crawl:
            setattr(cfg, key, check.integer(crawl[key], c + key, minimum=0 if key == "max_pages" else 1))
    if "workers" in crawl:
        cfg.workers = check.integer(crawl["workers"], c + "workers", minimum=0)
    if "max_bytes" in crawl:
        cfg.max_bytes = check.size(crawl["max_bytes"], c + "max_bytes")
    if "db" in crawl:
        cfg.db = check.string(crawl["db"], c + "db")
    if "user_agent" in crawl:
        cfg.user_agent = check.header_value(check.string(crawl["user_agent"], c + "user_agent"), c + "user_agent")
    for key in ("robots", "use_profiles", "allow_private_addresses"):
        if key in crawl:
            setattr(cfg, key, check.boolean(crawl[key], c + key))
    if "profiles" in crawl:
        value = crawl["profiles"]
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise check.fail(c + "profiles", "must be a directory or a list of directories")
        # relative to the configuration file, as db and url_file are
        base = Path(path).parent
        dirs = [Path(v).expanduser() for v in value]
        dirs = [d if d.is_absolute() else base / d for d in dirs]
        for d in dirs:
            if not d.is_dir():
                raise check.fail(c + "profiles", f"no such directory: {d}")
        cfg.profiles = [str(d) for d in dirs]
    if "resolve" in crawl:
        table = crawl["resolve"]
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise check.fail(c + "resolve", "must be a table of host = \"http://address:port\"")
        cfg.resolve = {k.lower(): (v if "://" in v else "http://" + v) for k, v in table.items()}
        for host, target in cfg.resolve.items():
            if not re.fullmatch(r"https?://[\w.\-\[\]:]+/?", target):
                raise check.fail(f"{c}resolve.{host}", f"must be an address such as \"127.0.0.1:8080\" or "
                                 f"\"http://10.0.0.5:8080\", not {target!r}")

    dedup = raw.get("dedup", {})
    if not isinstance(dedup, dict):
        raise check.fail("dedup", "must be a table")
    check.keys(dedup, {"threshold"}, "dedup.")
    if "threshold" in dedup:
        value = check.number(dedup["threshold"], "dedup.threshold", 0.05)
        if value > 1:
            raise check.fail("dedup.threshold", f"must be between 0.05 and 1, not {value!r}")
        cfg.dedup_threshold = value

    sites = raw.get("sites", {})
    if not isinstance(sites, dict):
        raise check.fail("sites", "must be a table of site tables")
    for host, table in sites.items():
        where = f"sites.{host}."
        if not isinstance(table, dict):
            raise check.fail(f"sites.{host}", "must be a table")
        check.keys(table, _SITE_KEYS, where)
        s = SiteSettings()
        if "delay" in table:
            s.delay = check.duration(table["delay"], where + "delay")
        if "concurrency" in table:
            s.concurrency = check.integer(table["concurrency"], where + "concurrency")
        if "max_pages" in table:
            s.max_pages = check.integer(table["max_pages"], where + "max_pages")
        if "user_agent" in table:
            s.user_agent = check.header_value(check.string(table["user_agent"], where + "user_agent"),
                                              where + "user_agent")
        if "headers" in table:
            s.headers = check.headers(table["headers"], where + "headers")
        cfg.sites[host.lower()] = s

    sources = raw.get("sources", [])
    if isinstance(sources, dict):
        sources = [sources]
    if not isinstance(sources, list):
        raise check.fail("sources", "must be one or more [[sources]] tables")
    base = Path(path).parent if path else Path(".")
    for i, table in enumerate(sources):
        where = f"sources[{i}]."
        if not isinstance(table, dict):
            raise check.fail(f"sources[{i}]", "must be a table")
        check.keys(table, _SOURCE_KEYS, where)
        kinds = [k for k in _SOURCE_KINDS if k in table]
        if len(kinds) != 1:
            raise check.fail(f"sources[{i}]", f"needs exactly one of {', '.join(_SOURCE_KINDS)}"
                                              + (f" (found {', '.join(kinds)})" if kinds else ""))
        kind = kinds[0]
        pattern = None
        if "article_url" in table:
            try:
                pattern = compile_search_pattern(table["article_url"])
            except RegexError as exc:
                raise check.fail(where + "article_url", str(exc)) from None
        if kind == "site":
            cfg.sources.append(Source("site", site=check.string(table["site"], where + "site").lower(),
                                      article_url=pattern))
        elif kind in ("feed", "sitemap", "section"):
            cfg.sources.append(Source(kind, url=check.url(table[kind], where + kind), article_url=pattern))
        elif kind == "urls":
            value = table["urls"]
            if not isinstance(value, list) or not value:
                raise check.fail(where + "urls", "must be a non-empty list of URLs")
            cfg.sources.append(Source("urls", urls=[check.url(u, f"{where}urls[{j}]") for j, u in enumerate(value)]))
        else:
            file = base / check.string(table["url_file"], where + "url_file")
            try:
                lines = file.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise check.fail(where + "url_file", f"cannot read {file}: {exc.strerror or exc}") from None
            urls = []
            for n, line in enumerate(lines, start=1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if not re.match(r"^https?://[^/\s]+", line):
                    raise check.fail(where + "url_file", f"{file}:{n}: not an absolute http(s) URL: {line!r}")
                urls.append(line)
            cfg.sources.append(Source("urls", urls=urls))
    if not cfg.sources:
        raise check.fail("sources", "no [[sources]]: nothing to crawl")
    return cfg
