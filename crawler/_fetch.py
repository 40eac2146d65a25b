"""The asynchronous fetcher: one page in, one `FetchResult` out, never an exception for a bad page.

- httpx with HTTP/2 when the server offers it (ALPN), keep-alive connections reused per host.
- Redirects are followed here, not by httpx, so every hop is checked (scheme, loops, count).
- Transient failures (timeouts, connection errors, 429, 5xx) are retried by tenacity with exponential
  backoff and jitter; a `Retry-After` header sets the wait instead (up to `max_retry_after`).
- The body is read as a stream and cut as soon as it passes `max_bytes`. Content-Encoding (gzip, deflate,
  br) is undone here with a bound on each decoder's output (`_decompress`), so a compression bomb is cut
  after `max_bytes`, not inflated in memory first; the whole page has a wall-clock deadline
  (`page_timeout`) so a server that drips one byte a second cannot hold a worker.
- Private, local and special addresses are refused for every request and every redirect hop, checked
  after DNS resolution on the address actually connected to (`_netguard`), unless
  `allow_private_addresses` is set; a `host_map` target is explicit permission for its own host.
- Conditional requests: pass `etag` / `last_modified` and a 304 comes back as `status == 304`.
"""

from __future__ import annotations

import asyncio
import email.utils
import inspect
import math
import re
import ssl
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import httpcore

from ._imports import import_without

# httpx's own command line (`httpx._main`) imports pygments and rich (6 MB, and 35 ms at start) for the `httpx`
# program, which a crawl never runs; without it, httpx gives a stub `main`
import_without("httpx", "httpx._main")

import httpx  # noqa: E402
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter

from . import _netguard
from ._aionet import AsyncioBackend
from ._decompress import ACCEPT_ENCODING, BoundedDecoder, DecodeError, TooLarge
from ._encoding import DecodedText, decode_html, looks_binary
from ._headers import header_value_problem, headers_problem
from ._version import __version__

DEFAULT_USER_AGENT = f"crawler/{__version__} (news article crawler; +https://pypi.org/project/crawler/)"

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = (
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-gzip",
    "application/gzip",
    "application/octet-stream",
    "text/plain",
)
_REDIRECT_CODES = {301, 302, 303, 307, 308}


def _number_problem(value: object, *, minimum: float, open_min: bool = False, integer: bool = False) -> str | None:
    """Why `value` is not a finite number (a whole one when `integer`) above `minimum` (or at it), or None."""
    kinds: tuple[type, ...] = (int,) if integer else (int, float)
    if not isinstance(value, bool) and isinstance(value, kinds) and math.isfinite(value) \
            and (value > minimum or (value == minimum and not open_min)):
        return None
    what = "a whole number" if integer else "a finite number"
    return f"must be {what} {'>' if open_min else '>='} {minimum:g}, not {value!r}"


def _host_map_problem(host_map: object) -> str | None:
    if not isinstance(host_map, dict):
        return f"must be a dict of host -> 'http://address:port', not {type(host_map).__name__}"
    for host, target in host_map.items():
        if not isinstance(host, str) or not isinstance(target, str):
            return f"{host!r}: host and target must be strings"
        try:
            url = httpx.URL(target)
            ok = url.scheme in ("http", "https") and bool(url.host)
        except (httpx.InvalidURL, ValueError, TypeError):
            ok = False
        if not ok:
            return f"{host!r}: the target must be an http(s) address such as 'http://127.0.0.1:8080', not {target!r}"
    return None


#: FetchSettings' numbers: (minimum, above it only, whole numbers only)
_NUMBER_RULES: dict[str, tuple[float, bool, bool]] = {
    "timeout": (0, True, False), "page_timeout": (0, True, False),
    "max_bytes": (1, False, True), "max_redirects": (0, False, True), "max_attempts": (1, False, True),
    "backoff_initial": (0, False, False), "backoff_max": (0, False, False), "backoff_jitter": (0, False, False),
    "max_retry_after": (0, False, False),
    "max_connections": (1, False, True), "max_connections_per_host": (1, False, True),
}


@dataclass
class FetchSettings:
    """How the fetcher behaves. Every field has a production default. A value that cannot work (a user agent
    that is not one line of ASCII, a header value that is not a string, max_attempts < 1, a timeout <= 0, a
    negative size …) raises ValueError naming the field, when the settings are made and when a `Fetcher` is
    made from them."""

    user_agent: str = DEFAULT_USER_AGENT
    #: connect / read / write timeout for one network operation, seconds
    timeout: float = 20.0
    #: wall-clock limit for one attempt at a page, redirects and body included, seconds
    page_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    #: attempts in all, the first included
    max_attempts: int = 4
    backoff_initial: float = 1.0
    backoff_max: float = 30.0
    backoff_jitter: float = 1.0
    #: a Retry-After longer than this is not waited for: the page fails with the reason
    max_retry_after: float = 120.0
    http2: bool = True
    max_connections: int = 100
    max_connections_per_host: int = 6
    headers: dict[str, str] = field(default_factory=dict)
    #: route hosts elsewhere, keeping the URL and Host header: {"www.example.com": "http://127.0.0.1:8080"}.
    #: An entry is explicit permission to connect to its target, private or not (for that host only).
    host_map: dict[str, str] = field(default_factory=dict)
    verify_tls: bool = True
    #: connect to private, loopback, link-local and other non-public addresses (refused by default)
    allow_private_addresses: bool = False

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Raise ValueError ("FetchSettings.user_agent: must be ASCII …") for the first setting that cannot work."""
        problem = self.problem()
        if problem is not None:
            raise ValueError(f"FetchSettings.{problem}")

    def problem(self) -> str | None:
        """"field: why" for the first setting that cannot work, or None."""
        ua = header_value_problem(self.user_agent)
        if ua is None and not self.user_agent.strip():
            ua = "must not be empty"
        if ua is not None:
            return f"user_agent: {ua}"
        for name, (minimum, open_min, integer) in _NUMBER_RULES.items():
            problem = _number_problem(getattr(self, name), minimum=minimum, open_min=open_min, integer=integer)
            if problem is not None:
                return f"{name}: {problem}"
        for name, check in (("headers", headers_problem), ("host_map", _host_map_problem)):
            problem = check(getattr(self, name))
            if problem is not None:
                return f"{name}: {problem}"
        return None


@dataclass
class FetchError:
    """Why a fetch failed: a short machine-readable `kind` and a one-line human `message`."""

    kind: str
    message: str
    transient: bool = False

    def __str__(self) -> str:
        return self.message


@dataclass
class Attempt:
    """One try at a URL (redirects included), as recorded in the `fetches` table."""

    url: str
    started_at: str
    final_url: str | None = None
    status: int | None = None
    error_kind: str | None = None
    error: str | None = None
    elapsed_ms: float = 0.0
    bytes: int = 0
    http_version: str | None = None


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    redirects: list[str] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    error: FetchError | None = None
    elapsed_ms: float = 0.0
    _decoded: DecodedText | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def decoded(self) -> DecodedText:
        if self._decoded is None:
            self._decoded = decode_html(self.content, self.content_type)
        return self._decoded

    @property
    def text(self) -> str:
        return self.decoded.text


class _Failure(Exception):
    """Internal: an attempt failed; carries the error and, for 429/503, the server's requested wait."""

    def __init__(self, error: FetchError, retry_after: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.retry_after = retry_after


class _Transient(_Failure):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _classify_exception(exc: Exception, timeout: float) -> FetchError:
    text = str(exc) or exc.__class__.__name__
    if isinstance(exc, _netguard.AddressRefused):
        return FetchError("private_address", _one_line(text, 300))
    if isinstance(exc, httpx.TimeoutException):
        phase = {
            httpx.ConnectTimeout: "connecting",
            httpx.ReadTimeout: "waiting for data",
            httpx.WriteTimeout: "sending",
            httpx.PoolTimeout: "waiting for a connection",
        }.get(type(exc), "waiting")
        return FetchError("timeout", f"timed out after {timeout:g}s {phase}", transient=True)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return FetchError("invalid_url", f"invalid URL: {text}")
    if isinstance(exc, httpx.ConnectError):
        low = text.lower()
        if "name or service not known" in low or "nodename nor servname" in low or "no address associated" in low \
                or "errno -2]" in low or "errno -5]" in low or "getaddrinfo failed" in low:
            return FetchError("dns", "DNS lookup failed: no such host")
        if "temporary failure in name resolution" in low or "errno -3]" in low:
            return FetchError("dns", "DNS lookup failed (temporary)", transient=True)
        if "ssl" in low or "certificate" in low or "tls" in low:
            return FetchError("tls", f"TLS error: {_one_line(text)}")
        if "connection refused" in low or "errno 111" in low:
            return FetchError("connect", "connection refused", transient=True)
        return FetchError("connect", f"connection failed: {_one_line(text)}", transient=True)
    if isinstance(exc, httpx.DecodingError):
        return FetchError("decoding", f"could not decompress the body: {_one_line(text)}")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return FetchError("network", f"connection broken: {_one_line(text)}", transient=True)
    if isinstance(exc, httpx.LocalProtocolError):
        return FetchError("invalid_url", f"invalid request: {_one_line(text)}")
    if isinstance(exc, httpx.HTTPError):
        return FetchError("network", f"network error: {_one_line(text)}", transient=True)
    if isinstance(exc, OSError):
        low = text.lower()
        if "ssl" in low or "certificate" in low:
            return FetchError("tls", f"TLS error: {_one_line(text)}")
        return FetchError("network", f"network error: {_one_line(text)}", transient=True)
    return FetchError("internal", f"{exc.__class__.__name__}: {_one_line(text)}")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate_url(url: str) -> FetchError | None:
    """None when `url` is an absolute http(s) URL with a host, else the reason it is not."""
    if not isinstance(url, str) or not url.strip():
        return FetchError("invalid_url", "invalid URL: empty")
    try:
        parsed = httpx.URL(url.strip())
        # the host is IDNA-decoded on access: an invalid A-label ("xn--", "xn--a") raises here
        host = parsed.host
        raw_host = parsed.raw_host.decode("ascii", "replace")
    except (httpx.InvalidURL, ValueError, TypeError) as exc:  # idna errors are UnicodeErrors (ValueErrors)
        return FetchError("invalid_url", f"invalid URL: {_one_line(str(exc)) or exc.__class__.__name__}")
    if not parsed.scheme:
        return FetchError("invalid_url", "invalid URL: no scheme (it must start with http:// or https://)")
    if parsed.scheme not in ("http", "https"):
        return FetchError("invalid_url", f"invalid URL: scheme {parsed.scheme!r} is not http or https")
    if not host:
        return FetchError("invalid_url", "invalid URL: no host")
    if not _HOST_CHARS.fullmatch(raw_host):
        return FetchError("invalid_url", f"invalid URL: bad host {raw_host!r}")
    return None


# what a host may hold once IDNA-encoded: letters, digits, dots, hyphens, underscores, or an IPv6 literal
_HOST_CHARS = re.compile(r"[A-Za-z0-9._\-]+|[0-9A-Fa-f:.]+")


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()




class _HostMapTransport(httpx.AsyncBaseTransport):
    """Sends requests for mapped hosts to another address while the URL and Host header stay unchanged."""

    def __init__(self, inner: httpx.AsyncBaseTransport, host_map: dict[str, str]) -> None:
        self._inner = inner
        self._map = {host.strip().lower(): httpx.URL(target) for host, target in host_map.items()}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host.lower()
        target = self._map.get(host)
        if target is None:
            target = self._map.get(request.url.raw_host.decode("ascii", "ignore").lower())
        if target is not None:
            if target.scheme == "https" and "sni_hostname" not in request.extensions:
                # TLS to the mapped address still names (and verifies) the real host
                request.extensions = {**request.extensions, "sni_hostname": request.url.raw_host.decode("ascii")}
            request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class _PerHostTransport(httpx.AsyncBaseTransport):
    """One small connection pool per host instead of one big pool for every host.

    httpcore's pool looks at each of its connections (and whether each one's socket has expired) every time a
    request is queued or finished, so one pool holding connections to a hundred hosts costs more and more
    per request as a crawl widens; a pool per host holds only that host's few connections. At most
    `max_pools` pools are kept: beyond that the least recently used pool with nothing in flight is closed.
    """

    def __init__(self, factory: Callable[[], httpx.AsyncBaseTransport], max_pools: int = 512) -> None:
        self._factory = factory
        self._max_pools = max(1, max_pools)
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], httpx.AsyncBaseTransport] = OrderedDict()
        self._busy: dict[tuple[bytes, bytes, int | None], int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host.lower(), url.port)
        pool = self._pools.get(key)
        if pool is None:
            await self._evict()
            pool = self._pools[key] = self._factory()
        else:
            self._pools.move_to_end(key)
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            self._done(key)
            raise
        # the connection stays busy until the body has been read or the response closed
        response.stream = _ReleasingStream(response.stream, lambda: self._done(key))  # type: ignore[arg-type]
        return response

    def _done(self, key: tuple[bytes, bytes, int | None]) -> None:
        left = self._busy.get(key, 1) - 1
        if left > 0:
            self._busy[key] = left
        else:
            self._busy.pop(key, None)

    async def _evict(self) -> None:
        while len(self._pools) >= self._max_pools:
            idle = next((k for k in self._pools if k not in self._busy), None)
            if idle is None:
                return
            await self._pools.pop(idle).aclose()

    async def aclose(self) -> None:
        pools = list(self._pools.values())
        self._pools.clear()
        for pool in pools:
            await pool.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body stream that calls `release` once, when it is closed."""

    def __init__(self, inner: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._inner = inner
        self._release: Callable[[], None] | None = release

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._release is not None:
                release, self._release = self._release, None
                release()


Accept = tuple[str, ...] | None

# tenacity 9.2 renamed wait_exponential_jitter's `initial` to `multiplier` (the old name warns)
_BACKOFF_SCALE = ("multiplier" if "multiplier" in inspect.signature(wait_exponential_jitter.__init__).parameters
                  else "initial")

_LOCATION = "crawler.location"


async def _set_location_aside(response: httpx.Response) -> None:
    """Response hook: move a redirect's Location header out of httpx's sight.

    httpx builds the next request of a redirect even with `follow_redirects=False`, and raises (InvalidURL,
    or a RemoteProtocolError that would be retried as a network error) on targets such as `javascript:` or
    a malformed URL before the fetcher sees the response. The fetcher follows redirects itself, so the
    header is kept in the response's extensions and checked there.
    """
    if response.has_redirect_location:
        response.extensions = {**response.extensions, _LOCATION: response.headers["location"]}
        del response.headers["location"]


class Fetcher:
    """An async HTTP client for pages. Use as `async with Fetcher(settings) as f: await f.fetch(url)`."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        sleep: Callable[[float], Awaitable[Any]] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.settings.check()  # again: a field may have been set since the settings were made
        self._sleep = sleep or asyncio.sleep
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._ssl_context: ssl.SSLContext | None = None
        #: at most `max_connections_per_host` attempts at once per host
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        #: at most `max_connections` attempts at once in all
        self._all_slots = asyncio.Semaphore(max(1, self.settings.max_connections))

    async def __aenter__(self) -> "Fetcher":
        self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def open(self) -> httpx.AsyncClient:
        if self._client is None:
            s = self.settings
            transport: httpx.AsyncBaseTransport
            if self._transport is not None:
                transport = self._transport
                if s.host_map:
                    transport = _HostMapTransport(transport, s.host_map)
            else:
                transport = _PerHostTransport(self._host_transport)
            headers = httpx.Headers({
                "User-Agent": s.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Language": "en;q=0.9,*;q=0.5",
                # only the codings the fetcher can undo with a bound on the output
                "Accept-Encoding": ACCEPT_ENCODING,
            })
            headers.update(s.headers)  # case-insensitive: {"user-agent": ...} replaces the default
            self._client = httpx.AsyncClient(
                transport=transport,
                headers=headers,
                timeout=httpx.Timeout(s.timeout),
                follow_redirects=False,
                event_hooks={"response": [_set_location_aside]},
            )
        return self._client

    def _host_transport(self) -> httpx.AsyncBaseTransport:
        """The transport (connection pool) for one host."""
        transport: httpx.AsyncBaseTransport = self._make_transport()
        if self.settings.host_map:
            transport = _HostMapTransport(transport, self.settings.host_map)
        return transport

    def _make_transport(self) -> httpx.AsyncHTTPTransport:
        s = self.settings
        per_host = max(1, min(s.max_connections, s.max_connections_per_host))
        if self._ssl_context is None:
            # one TLS context (with its certificate store, about 1 MB) shared by every host's pool
            self._ssl_context = httpx.create_ssl_context(verify=s.verify_tls)
        transport = httpx.AsyncHTTPTransport(
            http2=s.http2,
            verify=self._ssl_context,
            limits=httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host),
        )
        backend: httpcore.AsyncNetworkBackend = AsyncioBackend()
        if not s.allow_private_addresses:
            backend = _netguard.GuardedBackend(trusted=self._mapped_targets(), inner=backend)
        _netguard.install(transport, backend)
        return transport

    def _mapped_targets(self) -> set[tuple[str, int]]:
        """(host, port) of every host_map target: connected to without the private-address check."""
        out = set()
        for target in self.settings.host_map.values():
            url = httpx.URL(target)
            port = url.port or (443 if url.scheme == "https" else 80)
            out.add((url.host.lower(), port))
        return out

    def _refusal(self, url: str) -> FetchError | None:
        """The private-address refusal for `url` that needs no DNS (IP literals, localhost), or None."""
        s = self.settings
        if s.allow_private_addresses:
            return None
        try:
            parsed = httpx.URL(url)
            host = parsed.host.lower()
        except (httpx.InvalidURL, ValueError, TypeError):
            return None  # validate_url says why
        if host in self._mapped_hosts() or parsed.raw_host.decode("ascii", "ignore").lower() in self._mapped_hosts():
            return None
        reason = _netguard.refusal_for_host(host)
        return FetchError("private_address", reason) if reason else None

    def _mapped_hosts(self) -> set[str]:
        return {h.strip().lower() for h in self.settings.host_map}

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots_loop is not loop:  # semaphores belong to one event loop
            self._slots_loop, self._host_slots = loop, {}
            self._all_slots = asyncio.Semaphore(max(1, self.settings.max_connections))
        host = (httpx.URL(url).host or "").lower()
        slot = self._host_slots.get(host)
        if slot is None:
            slot = self._host_slots[host] = asyncio.Semaphore(max(1, self.settings.max_connections_per_host))
        return slot

    def _wait(self, retry_state: Any) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, _Failure) and exc.retry_after is not None:
            return exc.retry_after
        return wait_exponential_jitter(
            **{_BACKOFF_SCALE: self.settings.backoff_initial},
            max=self.settings.backoff_max,
            jitter=self.settings.backoff_jitter,
        )(retry_state)

    async def fetch(
        self,
        url: str,
        *,
        accept: Accept = HTML_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> FetchResult:
        """Fetch `url`. Never raises for network or HTTP trouble: see `FetchResult.error`.

        `accept`: media types taken as a success (None takes any). A response of another type fails with
        kind `not_html` (or `content_type`) without its body being downloaded. `headers` that cannot be sent
        (see `FetchSettings`) raise ValueError.
        """
        problem = headers_problem(headers or {})
        if problem is not None:
            raise ValueError(f"fetch(headers=...): {problem}")
        url = url.strip() if isinstance(url, str) else url
        result = FetchResult(url=url, final_url=url)
        invalid = validate_url(url) or self._refusal(url)
        if invalid is not None:
            result.error = invalid
            result.attempts.append(Attempt(url=url, started_at=_now(), error_kind=invalid.kind, error=invalid.message))
            return result

        extra: dict[str, str] = dict(headers or {})
        if etag:
            extra["If-None-Match"] = etag
        if last_modified:
            extra["If-Modified-Since"] = last_modified

        started = time.perf_counter()
        retrying = AsyncRetrying(
            stop=stop_after_attempt(max(1, self.settings.max_attempts)),
            wait=self._wait,
            retry=retry_if_exception_type(_Transient),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            async for attempt_ctx in retrying:
                with attempt_ctx:
                    await self._attempt(url, result, accept, extra)
        except _Failure as failure:
            result.error = failure.error
        result.elapsed_ms = (time.perf_counter() - started) * 1000
        return result

    async def _attempt(self, url: str, result: FetchResult, accept: Accept, extra: dict[str, str]) -> None:
        # waiting for a free connection slot to the host is not part of the page deadline
        async with self._host_slot(url), self._all_slots:
            await self._attempt_now(url, result, accept, extra)

    async def _attempt_now(self, url: str, result: FetchResult, accept: Accept, extra: dict[str, str]) -> None:
        record = Attempt(url=url, started_at=_now())
        result.attempts.append(record)
        # nothing from an earlier attempt may stay on the result (status, headers, final URL, redirects)
        result.final_url, result.status, result.headers, result.redirects = url, None, {}, []
        result.content, result._decoded = b"", None
        t0 = time.perf_counter()
        try:
            async with asyncio.timeout(self.settings.page_timeout):
                await self._follow(url, result, record, accept, extra)
        except _Failure as failure:
            record.error_kind, record.error = failure.error.kind, failure.error.message
            raise
        except TimeoutError:
            error = FetchError("timeout", f"took longer than {self.settings.page_timeout:g}s in all (page deadline)")
            record.error_kind, record.error = error.kind, error.message
            raise _Failure(error) from None
        except Exception as exc:  # httpx and OS errors: classify, never leak a traceback
            error = _classify_exception(exc, self.settings.timeout)
            record.error_kind, record.error = error.kind, error.message
            raise (_Transient(error) if error.transient else _Failure(error)) from None
        finally:
            record.elapsed_ms = (time.perf_counter() - t0) * 1000

    async def _follow(
        self, url: str, result: FetchResult, record: Attempt, accept: Accept, extra: dict[str, str]
    ) -> None:
        client = self.open()
        s = self.settings
        current = url
        seen = {str(httpx.URL(url))}  # normalised, as redirect targets are
        result.redirects = []
        for _hop in range(s.max_redirects + 1):
            async with client.stream("GET", current, headers=extra) as response:
                record.final_url = current
                record.status = response.status_code
                record.http_version = response.http_version
                result.final_url = current
                result.status = response.status_code
                result.headers = {k.lower(): v for k, v in response.headers.items()}
                location = response.extensions.get(_LOCATION)
                if location is not None:
                    result.headers["location"] = location
                location = (location or response.headers.get("location") or "").strip()

                if response.status_code in _REDIRECT_CODES:
                    if not location:
                        reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                        raise _Failure(FetchError("redirect", f"{reason} without a Location header"))
                    try:
                        target = str(httpx.URL(current).join(location))
                    except (httpx.InvalidURL, ValueError) as exc:
                        raise _Failure(FetchError(
                            "redirect", f"bad redirect target {_one_line(location, 100)!r}: {exc}")) from None
                    scheme = target.split(":", 1)[0].lower()
                    if scheme not in ("http", "https"):
                        raise _Failure(FetchError("redirect", f"redirect to a {scheme}: URL refused"))
                    invalid = validate_url(target)
                    if invalid is not None:
                        raise _Failure(FetchError("redirect", f"bad redirect target: {invalid.message}"))
                    refused = self._refusal(target)
                    if refused is not None:
                        raise _Failure(FetchError("private_address", f"redirect to {_one_line(target, 100)} "
                                                                     f"{refused.message}"))
                    if target in seen:
                        raise _Failure(FetchError("redirect", "redirect loop"))
                    seen.add(target)
                    result.redirects.append(target)
                    current = target
                    continue

                await self._finish(response, result, record, accept)
                return
        raise _Failure(FetchError("redirect", f"more than {s.max_redirects} redirects"))

    async def _finish(
        self, response: httpx.Response, result: FetchResult, record: Attempt, accept: Accept
    ) -> None:
        s = self.settings
        status = response.status_code
        if status == 304:
            return
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            reason = f"HTTP {status} {response.reason_phrase}".strip()
            if retry_after is not None and retry_after > s.max_retry_after:
                raise _Failure(FetchError("http", f"{reason} (Retry-After {retry_after:.0f}s is too long)"))
            transient = status not in (501, 505)
            error = FetchError("http", reason, transient=transient)
            raise (_Transient(error, retry_after) if transient else _Failure(error))
        if status >= 400:
            raise _Failure(FetchError("http", f"HTTP {status} {response.reason_phrase}".strip()))

        media = _media_type(response.headers.get("content-type"))
        if accept is not None and media and media not in accept:
            if accept == HTML_TYPES:
                raise _Failure(FetchError("not_html", f"not an HTML page ({media})"))
            raise _Failure(FetchError("content_type", f"unexpected content type {media}"))

        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > s.max_bytes \
                and not response.headers.get("content-encoding"):
            raise _Failure(FetchError("too_large", f"page larger than {_mb(s.max_bytes)} ({int(declared)} bytes declared)"))

        encoding = response.headers.get("content-encoding")
        try:
            decoder = BoundedDecoder(encoding, s.max_bytes)
            chunks: list[bytes] = []
            async for raw in response.aiter_raw():
                chunks.append(decoder.feed(raw))
                record.bytes = decoder.total
            chunks.append(decoder.flush())
            record.bytes = decoder.total
        except TooLarge:
            record.bytes = decoder.total
            after = f" once decompressed ({encoding})" if encoding and encoding.strip().lower() != "identity" else ""
            raise _Failure(FetchError("too_large",
                                      f"page larger than {_mb(s.max_bytes)}{after} (cut while streaming)")) from None
        except DecodeError as exc:
            raise _Failure(FetchError("decoding", f"could not decompress the body: {_one_line(str(exc))}")) from None
        content = b"".join(chunks)
        result.content = content
        if not content or content.isspace():  # (no stripped copy of the whole body)
            raise _Failure(FetchError("empty", f"empty body (HTTP {status})"))
        if accept == HTML_TYPES:
            binary = looks_binary(content[:2048], response.headers.get("content-type"))
            if binary:
                raise _Failure(FetchError("not_html", f"not an HTML page ({binary} served as {media or 'no type'})"))


async def fetch(url: str, settings: FetchSettings | None = None, **kwargs: Any) -> FetchResult:
    """Fetch one URL with a short-lived client (for many URLs use a `Fetcher`)."""
    async with Fetcher(settings) as fetcher:
        return await fetcher.fetch(url, **kwargs)
