"""A small multi-site web server on 127.0.0.1 for the demo and for tests.

It serves pages for any number of host names from one port: requests are routed by their `Host` header,
so crawls keep real URLs (`https://apnews.com/article/…`) and reach this server through the fetcher's
`host_map` setting. Pages can answer with any status and headers, honour conditional requests (ETag /
Last-Modified -> 304), redirect, fail a given number of times before answering, answer slowly or drip
their body. Every request is logged.

    with LocalWeb() as web:
        web.add("https://example.com/a", "<html>…</html>")
        settings = FetchSettings(host_map=web.host_map())

Fault injection, for the hostile-input tests (`Page(fault=...)` and friends):

- `fault="reset"`: the connection is reset (TCP RST) half-way through the body; `"close"`: it is closed
  half-way (the body is shorter than its Content-Length); `"hang"`: the headers are sent, then nothing;
  `"silent"`: the request is read and never answered; `"garbage"`: the answer is not HTTP at all.
- `content_length=N`: announce a wrong Content-Length (the connection is closed after the body).
- `stream_bytes=N`: a body of N bytes generated while it is sent (`body` repeated), so a 50 MB page costs
  no memory; with `chunked=True` it goes without a Content-Length. `LoggedRequest.sent` counts the body
  bytes the server managed to write, which tells whether a client cut a page early.
- `drip` / `drip_chunk`: a slow server (seconds between chunks); `delay`: seconds before answering.
- `failures=[(429, {"Retry-After": "1"}), (503, {})]`: answers given before the page itself.
- `gzip_bomb(size)` / `brotli_bomb(size)` build compressed bodies that inflate to `size` bytes; serve them
  with `headers={"Content-Encoding": "gzip"}` (or `"br"`). `redirect_chain()` builds long chains and loops.
"""

from __future__ import annotations

import functools
import hashlib
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

#: the faults a page can be served with (see the module docstring)
FAULTS = ("reset", "close", "hang", "silent", "garbage")
_HANG_LIMIT = 30.0  # a hanging answer gives up after this long, or when the server stops


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    #: answer conditional requests with 304 (an ETag and Last-Modified are sent)
    conditional: bool = True
    #: seconds to wait before answering
    delay: float = 0.0
    #: seconds to wait between body chunks of `drip_chunk` bytes (a slow server)
    drip: float = 0.0
    drip_chunk: int = 1
    #: answer with these (status, headers) first, one per request, then with the page itself
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    #: a fault to inject on every request: one of FAULTS, or None
    fault: str | None = None
    #: the Content-Length to announce instead of the real one (a lying server)
    content_length: int | None = None
    #: a body of this many bytes, generated while sending (`body` repeated); 0: `body` itself
    stream_bytes: int = 0
    #: send the body with chunked transfer encoding (no Content-Length)
    chunked: bool = False

    def __post_init__(self) -> None:
        if self.fault is not None and self.fault not in FAULTS:
            raise ValueError(f"unknown fault {self.fault!r}; known: {', '.join(FAULTS)}")

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class LoggedRequest:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    status: int
    at: float
    #: body bytes written to the connection before the answer ended (or the client went away)
    sent: int = 0


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        web = self.server.web
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        if host in ("127.0.0.1", "localhost"):
            host = (self.headers.get("Host") or "").lower()
        key = (host, self.path)
        with web._lock:
            page = web._pages.get(key) or web._pages.get((host, self.path.split("?", 1)[0]))
            failure = page.failures.pop(0) if page is not None and page.failures else None
        status = 404
        self._sent = 0
        try:
            if page is None:
                status = 404
                self._send(404, {"Content-Type": "text/html"}, b"<html><body><h1>Not Found</h1></body></html>", head)
                return
            if page.delay:
                web._stopping.wait(page.delay)
            if failure is not None:
                status = failure[0]
                self._send(failure[0], {"Content-Type": "text/html", **failure[1]},
                           f"<html><body>error {failure[0]}</body></html>".encode(), head)
                return
            if page.fault == "silent":
                status = 0
                self.close_connection = True
                web._stopping.wait(_HANG_LIMIT)
                return
            if page.fault == "garbage":
                status = 0
                self.close_connection = True
                self.wfile.write(b"\x00\xffTHIS IS NOT HTTP\r\n\r\n" + page.body[:64])
                self.wfile.flush()
                return
            headers = dict(page.headers)
            if page.content_type:
                headers.setdefault("Content-Type", page.content_type)
            if page.conditional and page.status == 200 and not page.fault and not page.stream_bytes:
                etag = page.etag
                headers.setdefault("ETag", etag)
                headers.setdefault("Last-Modified", web.last_modified)
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (inm and inm == headers["ETag"]) or (not inm and ims and ims == headers["Last-Modified"]):
                    status = 304
                    self._send(304, {"ETag": headers["ETag"]}, b"", head=True)
                    return
            status = page.status
            self._send(page.status, headers, page.body, head, drip=page.drip, chunk=page.drip_chunk, page=page)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout):
            self.close_connection = True
        finally:
            with web._lock:
                web.requests.append(LoggedRequest(self.command, host, self.path,
                                                  {k.lower(): v for k, v in self.headers.items()}, status,
                                                  time.time(), self._sent))

    def _write(self, data: bytes) -> None:
        self.wfile.write(data)
        self._sent += len(data)

    def _send(self, status: int, headers: dict[str, str], body: bytes, head: bool, drip: float = 0.0,
              chunk: int = 1, page: Page | None = None) -> None:
        fault = page.fault if page is not None else None
        size = page.stream_bytes if page is not None and page.stream_bytes else len(body)
        chunked = page is not None and page.chunked and status != 304
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif status != 304:
            declared = page.content_length if page is not None and page.content_length is not None else size
            self.send_header("Content-Length", str(declared))
            if declared != size:
                self.close_connection = True
        self.end_headers()
        if head or status == 304:
            return
        if fault == "hang":
            self.wfile.flush()
            self.close_connection = True
            self.server.web._stopping.wait(_HANG_LIMIT)
            return
        limit = size // 2 if fault in ("reset", "close") else size
        if page is not None and page.stream_bytes:
            pieces = _repeat(body or b"<p>filler</p>\n", limit, 64 * 1024)
        elif drip:
            pieces = (body[i:i + max(1, chunk)] for i in range(0, limit, max(1, chunk)))
        else:
            pieces = iter([body[:limit]])
        for piece in pieces:
            if not piece:
                continue
            if chunked:
                self._write_raw(f"{len(piece):x}\r\n".encode())
                self._write(piece)
                self._write_raw(b"\r\n")
            else:
                self._write(piece)
            if drip:
                self.wfile.flush()
                if self.server.web._stopping.wait(drip):
                    return
        if fault == "reset":
            self.wfile.flush()
            # SO_LINGER with a zero timeout: close() sends a RST instead of a FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if fault == "close":
            self.close_connection = True
            return
        if chunked:
            self._write_raw(b"0\r\n\r\n")

    def _write_raw(self, data: bytes) -> None:
        self.wfile.write(data)


def _repeat(unit: bytes, total: int, size: int):  # type: ignore[no-untyped-def]
    """`total` bytes of `unit` repeated, in pieces of about `size` bytes."""
    block = unit * max(1, size // len(unit))
    sent = 0
    while sent < total:
        piece = block[: total - sent]
        sent += len(piece)
        yield piece


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    web: "LocalWeb"

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that hung up (a fetch cut at the size cap, a reset): not the server's error
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class LocalWeb:
    """A local multi-host web server (see module docstring)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._pages: dict[tuple[str, str], Page] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[LoggedRequest] = []
        self.last_modified = formatdate(time.time() - 3600, usegmt=True)
        self._server = _Server((host, port), _Handler)
        self._server.web = self
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @staticmethod
    def _key(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host in ("127.0.0.1", "localhost") and parts.port:
            host = f"{host}:{parts.port}"
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        return host, path

    def add(self, url: str, page: Page | bytes | str, **kwargs: object) -> Page:
        """Serve `page` at `url` (its host and path; scheme and port are ignored)."""
        if isinstance(page, str):
            page = page.encode("utf-8")
        if isinstance(page, bytes):
            page = Page(body=page, **kwargs)  # type: ignore[arg-type]
        with self._lock:
            self._pages[self._key(url)] = page
        return page

    def redirect(self, url: str, to: str, status: int = 301) -> None:
        self.add(url, Page(status=status, headers={"Location": to}, content_type=None, conditional=False))

    def redirect_chain(self, url: str, hops: int, to: str | None = None, status: int = 302) -> list[str]:
        """`url` redirects `hops` times (url -> url/1 -> url/2 …); the last hop goes to `to`, or back to
        `url` when `to` is None (a loop). Returns the URLs of the chain."""
        chain = [url] + [f"{url.rstrip('/')}/hop-{i}" for i in range(1, hops)]
        targets = chain[1:] + [to if to is not None else url]
        for here, there in zip(chain, targets):
            self.redirect(here, there, status)
        return chain

    def sent(self, url: str) -> int:
        """Body bytes the server wrote for `url` (every request for it added up)."""
        host, path = self._key(url)
        with self._lock:
            return sum(r.sent for r in self.requests if r.host == host and r.path == path)

    def hosts(self) -> list[str]:
        return sorted({h for h, _ in self._pages if not h.startswith(("127.0.0.1", "localhost"))})

    def host_map(self) -> dict[str, str]:
        """{host: this server's base URL} for every host served: the fetcher's `host_map` setting."""
        return {h: self.base_url for h in self.hosts()}

    def start(self) -> "LocalWeb":
        if self._thread is None:
            # a short poll interval: stop() (shutdown) returns within 50 ms
            self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                            name="localweb", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "LocalWeb":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@functools.lru_cache(maxsize=8)
def gzip_bomb(size: int) -> bytes:
    """A gzip stream that inflates to `size` zero bytes (about a thousand times smaller)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = []
    left = size
    while left > 0:
        parts.append(comp.compress(block[:min(left, len(block))]))
        left -= len(block)
    parts.append(comp.flush())
    return b"".join(parts)


@functools.lru_cache(maxsize=8)
def brotli_bomb(size: int) -> bytes:
    """A brotli stream that inflates to `size` zero bytes (a few hundred bytes for gigabytes)."""
    import brotli

    comp = brotli.Compressor(quality=1)
    block = bytes(1024 * 1024)
    parts = []
    left = size
    while left > 0:
        parts.append(comp.process(block[:min(left, len(block))]))
        left -= len(block)
    parts.append(comp.finish())
    return b"".join(parts)
