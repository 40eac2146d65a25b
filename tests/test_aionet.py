"""The fetcher's asyncio network backend (`crawler._aionet`), through real sockets on 127.0.0.1: plain and TLS
connections, large bodies with reading paused and resumed, timeouts, resets, and idle connections the server
closed."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpcore
import pytest

from crawler import _aionet
from crawler._aionet import AsyncioBackend
from crawler._fetch import Fetcher, FetchSettings

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _serve(handler: Handler, ssl_ctx: ssl.SSLContext | None = None) -> tuple[asyncio.Server, int]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=ssl_ctx)
    return server, server.sockets[0].getsockname()[1]


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def _response(body: bytes, *, close: bool = False) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
    if close:
        head += "Connection: close\r\n"
    return head.encode() + b"\r\n" + body


def _pool(**kw: object) -> httpcore.AsyncConnectionPool:
    return httpcore.AsyncConnectionPool(network_backend=AsyncioBackend(), **kw)  # type: ignore[arg-type]


def test_a_large_body_arrives_whole_in_few_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    body = bytes(range(256)) * 12_000  # about 3 MB
    monkeypatch.setattr(_aionet, "MAX_BUFFER", 64 * 1024)  # reading is paused and resumed many times
    reads: list[int] = []
    real_take = _aionet._Protocol.take

    def take(self: _aionet._Protocol) -> bytes:
        data = real_take(self)
        reads.append(len(data))
        return data

    monkeypatch.setattr(_aionet._Protocol, "take", take)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(_response(body))
        await writer.drain()
        writer.close()

    async def go() -> bytes:
        server, port = await _serve(handler)
        async with server, _pool() as pool:
            response = await pool.request("GET", f"http://127.0.0.1:{port}/")
            return response.content

    assert asyncio.run(asyncio.wait_for(go(), 20)) == body  # a reader never resumed would hang
    assert sum(reads) >= len(body)


def test_reading_waits_no_longer_than_the_timeout() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        await asyncio.sleep(5)  # never answers in time

    async def go() -> None:
        server, port = await _serve(handler)
        async with server, _pool() as pool:
            await pool.request("GET", f"http://127.0.0.1:{port}/", extensions={"timeout": {"read": 0.2}})

    loop_time = asyncio.new_event_loop()
    start = loop_time.time()
    with pytest.raises(httpcore.ReadTimeout):
        asyncio.run(go())
    assert loop_time.time() - start < 3
    loop_time.close()


def test_a_connection_cut_mid_body_is_a_read_or_protocol_error() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(_response(b"x" * 100_000)[:5_000])
        await writer.drain()
        writer.transport.abort()  # reset, not a clean close

    async def go() -> None:
        server, port = await _serve(handler)
        async with server, _pool() as pool:
            await pool.request("GET", f"http://127.0.0.1:{port}/")

    with pytest.raises((httpcore.ReadError, httpcore.RemoteProtocolError)):
        asyncio.run(go())


def test_refused_connections_say_so() -> None:
    async def go() -> None:
        server, port = await _serve(lambda r, w: asyncio.sleep(0))
        server.close()
        await server.wait_closed()
        async with _pool() as pool:
            await pool.request("GET", f"http://127.0.0.1:{port}/")

    with pytest.raises(httpcore.ConnectError, match="111|refused"):
        asyncio.run(go())


def test_an_idle_connection_the_server_closed_is_not_reused() -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await _read_request(reader)
        writer.write(_response(b"first"))  # keep-alive promised ...
        await writer.drain()
        writer.close()  # ... but the server hangs up once idle

    async def go() -> list[bytes]:
        server, port = await _serve(handler)
        async with server, _pool() as pool:
            one = await pool.request("GET", f"http://127.0.0.1:{port}/")
            await asyncio.sleep(0.1)  # the close reaches the client's idle connection
            two = await pool.request("GET", f"http://127.0.0.1:{port}/")
            return [one.content, two.content]

    assert asyncio.run(go()) == [b"first", b"first"]
    assert connections == 2


def test_keep_alive_reuses_the_connection() -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        for _ in range(3):
            await _read_request(reader)
            writer.write(_response(b"again"))
            await writer.drain()
        writer.close()

    async def go() -> list[bytes]:
        server, port = await _serve(handler)
        async with server, _pool() as pool:
            return [(await pool.request("GET", f"http://127.0.0.1:{port}/")).content for _ in range(3)]

    assert asyncio.run(go()) == [b"again"] * 3
    assert connections == 1


# -- TLS ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=news.example", "-addext",
                    "subjectAltName=DNS:news.example"], check=True, capture_output=True)
    return cert, key


def _tls_server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(certificate[0]), str(certificate[1]))
    return ctx


async def _page_handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await _read_request(reader)
        writer.write(_response(b"<html><body><p>secure page</p></body></html>", close=True))
        await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
        pass
    finally:
        writer.close()


def test_tls_with_the_server_name_verified(certificate: tuple[Path, Path]) -> None:
    async def go() -> bytes:
        server, port = await _serve(_page_handler, _tls_server_context(certificate))
        client_ctx = ssl.create_default_context(cafile=str(certificate[0]))
        async with server, _pool(ssl_context=client_ctx) as pool:
            response = await pool.request("GET", f"https://127.0.0.1:{port}/",
                                          extensions={"sni_hostname": "news.example"})
            return response.content

    assert b"secure page" in asyncio.run(go())


def test_the_fetcher_refuses_an_untrusted_certificate_and_can_be_told_not_to_verify(
        certificate: tuple[Path, Path]) -> None:
    async def go(verify: bool) -> tuple[str | None, bytes]:
        server, port = await _serve(_page_handler, _tls_server_context(certificate))
        settings = FetchSettings(verify_tls=verify, max_attempts=1, host_map={"news.example": f"https://127.0.0.1:{port}"},
                                 allow_private_addresses=True)
        async with server, Fetcher(settings) as fetcher:
            result = await fetcher.fetch("https://news.example/story")
            return (result.error.kind if result.error else None), result.content

    kind, _ = asyncio.run(go(True))
    assert kind == "tls"
    kind, content = asyncio.run(go(False))
    assert kind is None and b"secure page" in content
