"""A small multi-site web server on 127.0.0.1 for the demo and for tests.

It serves pages for any number of host names from one port: requests are routed by their `Host` header,
so crawls keep real URLs (`https://apnews.com/article/…`) and reach this server through the fetcher's
`host_map` setting. Pages can answer with any status and headers, honour conditional requests (ETag /
Last-Modified -> 304), redirect, fail a given number of times before answering, answer slowly or drip
their body. Every request is logged.

    with LocalWeb() as web:
        web.add("https://example.com/a", "<html>…</html>")
        settings = FetchSettings(host_map=web.host_map())
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


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
        try:
            if page is None:
                status = 404
                self._send(404, {"Content-Type": "text/html"}, b"<html><body><h1>Not Found</h1></body></html>", head)
                return
            if page.delay:
                time.sleep(page.delay)
            if failure is not None:
                status = failure[0]
                self._send(failure[0], {"Content-Type": "text/html", **failure[1]},
                           f"<html><body>error {failure[0]}</body></html>".encode(), head)
                return
            headers = dict(page.headers)
            if page.content_type:
                headers.setdefault("Content-Type", page.content_type)
            if page.conditional and page.status == 200:
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
            self._send(page.status, headers, page.body, head, drip=page.drip, chunk=page.drip_chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with web._lock:
                web.requests.append(LoggedRequest(self.command, host, self.path,
                                                  {k.lower(): v for k, v in self.headers.items()}, status,
                                                  time.time()))

    def _send(self, status: int, headers: dict[str, str], body: bytes, head: bool, drip: float = 0.0,
              chunk: int = 1) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if head or status == 304:
            return
        if drip:
            for i in range(0, len(body), max(1, chunk)):
                self.wfile.write(body[i:i + chunk])
                self.wfile.flush()
                time.sleep(drip)
        else:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    web: "LocalWeb"


class LocalWeb:
    """A local multi-host web server (see module docstring)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._pages: dict[tuple[str, str], Page] = {}
        self._lock = threading.Lock()
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

    def hosts(self) -> list[str]:
        return sorted({h for h, _ in self._pages if not h.startswith(("127.0.0.1", "localhost"))})

    def host_map(self) -> dict[str, str]:
        """{host: this server's base URL} for every host served: the fetcher's `host_map` setting."""
        return {h: self.base_url for h in self.hosts()}

    def start(self) -> "LocalWeb":
        if self._thread is None:
            self._thread = threading.Thread(target=self._server.serve_forever, name="localweb", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "LocalWeb":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
