"""robots.txt: fetched once per origin, cached in the store with its own expiry, parsed with Protego.

A robots.txt governs one origin: its scheme, host and port (RFC 9309, 2.3): http://example.com,
https://example.com and https://example.com:8443 each have their own. It is fetched with the headers the
crawl sends to that host (a site's own User-Agent included), and its rules are read for that User-Agent.

Following RFC 9309: a 2xx file is obeyed (Disallow/Allow and Crawl-delay for our user agent); 4xx means no
rules (everything allowed); 5xx or a network failure means the site is unavailable for now: nothing is
fetched from it this run and its URLs stay due, they are not marked blocked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

from protego import Protego

from ._fetch import Fetcher
from .store import Store

MAX_ROBOTS_BYTES = 512 * 1024


_DEFAULT_PORTS = {"http": 80, "https": 443}


def robots_url(url: str) -> str:
    """The robots.txt that governs `url`: one per origin, spelled one way (scheme and host in lower case, no
    credentials, no default port), so that it is fetched and cached once however the origin's URLs are written."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    try:
        port = parts.port
    except ValueError:  # not a port: left as written, the fetch says why
        return f"{scheme}://{parts.netloc.rpartition('@')[2].lower()}/robots.txt"
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    return f"{scheme}://{netloc}/robots.txt"


@dataclass(frozen=True)
class RobotsDecision:
    allowed: bool
    #: the site's robots.txt could not be read (5xx, network): try again in a later run
    unavailable: bool = False
    reason: str | None = None


class _Rules:
    def __init__(self, parser: Protego | None, unavailable: str | None = None) -> None:
        self.parser = parser
        self.unavailable = unavailable


class RobotsCache:
    def __init__(self, store: Store, fetcher: Fetcher, *, user_agent: str, ttl: float = 86400.0,
                 enabled: bool = True, headers: Callable[[str], Mapping[str, str]] | None = None) -> None:
        self.store = store
        self.fetcher = fetcher
        #: the User-Agent whose rules are read, unless a host's own headers name another
        self.user_agent = user_agent
        #: the headers the crawl sends to a host (by host name)
        self.headers = headers or (lambda host: {})
        self.ttl = ttl
        self.enabled = enabled
        #: by robots.txt URL (one per origin)
        self._rules: dict[str, _Rules] = {}
        #: the User-Agent whose rules apply, by host
        self._agents: dict[str, str] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        #: requests actually sent for robots.txt this run
        self.fetched = 0

    def _agent(self, url: str) -> str:
        host = (urlsplit(url).hostname or "").lower()
        agent = self._agents.get(host)
        if agent is None:
            agent = next((value for name, value in self.headers(host).items() if name.lower() == "user-agent"),
                         self.user_agent)
            self._agents[host] = agent
        return agent

    async def _load(self, url: str) -> _Rules:
        where = robots_url(url)
        cached = self._rules.get(where)
        if cached is not None:
            return cached
        lock = self._locks.setdefault(where, asyncio.Lock())
        async with lock:
            cached = self._rules.get(where)
            if cached is not None:
                return cached
            host = (urlsplit(where).hostname or "").lower()
            row = self.store.robots_get(where)
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            if row is None or row["expires_at"] <= now:
                result = await self.fetcher.fetch(where, accept=None, headers=dict(self.headers(host)))
                self.fetched += 1
                if result.error is not None and result.error.kind == "private_address":
                    # not a robots.txt problem: the host itself is refused, and each of its URLs fails with
                    # that reason where it is recorded (fetches, failures, urls); nothing is cached
                    rules = self._rules[where] = _Rules(None)
                    return rules
                status = result.status
                body = None
                error = None
                if result.ok:
                    body = result.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
                elif result.error is not None and result.error.kind == "http" and status is not None and status < 500:
                    body = None  # 4xx: no rules
                else:
                    error = result.error.message if result.error else "unreadable"
                # an unavailable robots.txt is retried sooner than a good one
                self.store.robots_put(where, host, status, body, error, self.ttl if error is None else 600.0)
                row = {"status": status, "body": body, "error": error}
            rules = _rules_from(row)
            self._rules[where] = rules
            return rules

    async def check(self, url: str) -> RobotsDecision:
        if not self.enabled:
            return RobotsDecision(True)
        rules = await self._load(url)
        if rules.unavailable:
            return RobotsDecision(False, unavailable=True, reason=f"robots.txt unavailable ({rules.unavailable})")
        if rules.parser is None:
            return RobotsDecision(True)
        if rules.parser.can_fetch(url, self._agent(url)):
            return RobotsDecision(True)
        return RobotsDecision(False, reason="disallowed by robots.txt")

    async def crawl_delay(self, url: str) -> float | None:
        if not self.enabled:
            return None
        rules = await self._load(url)
        if rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self._agent(url))
        return float(delay) if delay is not None else None


def _rules_from(row: dict) -> _Rules:  # type: ignore[type-arg]
    if row.get("error"):
        return _Rules(None, unavailable=row["error"])
    body = row.get("body")
    if not body:
        return _Rules(None)
    try:
        return _Rules(Protego.parse(body))
    except Exception:  # Protego is lenient; a file it still cannot read means no usable rules
        return _Rules(None)
