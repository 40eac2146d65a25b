"""An httpcore network backend written directly on asyncio's transports and protocols.

httpcore talks to the network through a small interface (connect, read, write, start TLS, close). Its
default under asyncio goes through anyio, whose cancel scopes, task lookups and per-call timeouts cost more
than the bytes being moved: on a crawl of 280 KB pages it was about a fifth of the crawl process's CPU.
This backend keeps the same contract and the same exceptions (httpcore's ConnectError, ReadTimeout, ...,
which httpx turns into its own) with less in between:

- the bytes a connection receives are gathered by its protocol as they arrive and handed over in one piece
  per read (a 280 KB page is a handful of reads rather than one per 64 KB), with reading paused while more
  than `MAX_BUFFER` bytes wait to be read;
- a timeout is one timer on the loop, not a cancel scope;
- "is this idle connection still usable" is answered from what the protocol has seen (data or end of
  stream) without a system call.

It is used by the fetcher for every connection, under the private-address guard (`_netguard`) when that is
on. Only asyncio is supported (the fetcher is asyncio-only anyway).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

#: bytes held for a connection before its reading is paused until they are read
MAX_BUFFER = 1 << 20


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: list[bytes] = []
        self.size = 0
        self.eof = False
        self.lost = False
        self.error: BaseException | None = None
        self.reading_paused = False
        self.writing_paused = False
        self._read_waiter: asyncio.Future[None] | None = None
        self._drain_waiter: asyncio.Future[None] | None = None

    # -- asyncio callbacks
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > MAX_BUFFER and not self.reading_paused and self.transport is not None:
            try:
                self.transport.pause_reading()
                self.reading_paused = True
            except (RuntimeError, AttributeError):  # pragma: no cover - a transport that cannot pause
                pass
        self._wake_reader()

    def eof_received(self) -> bool | None:
        self.eof = True
        self._wake_reader()
        return None  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.error = exc
        self._wake_reader()
        self._wake_drain()

    def pause_writing(self) -> None:
        self.writing_paused = True

    def resume_writing(self) -> None:
        self.writing_paused = False
        self._wake_drain()

    # -- waking the stream
    def _wake_reader(self) -> None:
        w = self._read_waiter
        if w is not None and not w.done():
            w.set_result(None)

    def _wake_drain(self) -> None:
        w = self._drain_waiter
        if w is not None and not w.done():
            w.set_result(None)

    def take(self) -> bytes:
        data = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
        self.chunks.clear()
        self.size = 0
        if self.reading_paused and self.transport is not None and not self.lost:
            self.reading_paused = False
            try:
                self.transport.resume_reading()
            except (RuntimeError, AttributeError):  # pragma: no cover
                pass
        return data


def _expire(waiter: asyncio.Future[None], error: Exception) -> None:
    if not waiter.done():
        waiter.set_exception(error)


async def _wait(protocol: _Protocol, kind: str, timeout: float | None, error: Exception) -> None:
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()
    setattr(protocol, kind, waiter)
    timer = loop.call_later(timeout, _expire, waiter, error) if timeout is not None else None
    try:
        await waiter
    finally:
        setattr(protocol, kind, None)
        if timer is not None:
            timer.cancel()


class AsyncioStream(httpcore.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        p = self._protocol
        if not p.chunks:
            if p.eof or p.lost:
                if p.error is not None:
                    raise httpcore.ReadError(str(p.error) or p.error.__class__.__name__)
                return b""
            await _wait(p, "_read_waiter", timeout, httpcore.ReadTimeout("timed out waiting for data"))
            if not p.chunks:
                if p.error is not None:
                    raise httpcore.ReadError(str(p.error) or p.error.__class__.__name__)
                return b""
        return p.take()

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        p = self._protocol
        if p.lost or self._transport.is_closing():
            raise httpcore.WriteError(str(p.error) if p.error else "connection closed")
        self._transport.write(buffer)
        while p.writing_paused and not p.lost:
            await _wait(p, "_drain_waiter", timeout, httpcore.WriteTimeout("timed out sending"))
        if p.lost and p.error is not None:
            raise httpcore.WriteError(str(p.error) or p.error.__class__.__name__)

    async def aclose(self) -> None:
        if not self._transport.is_closing():
            self._transport.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            transport = await loop.start_tls(self._transport, self._protocol, ssl_context,
                                             server_hostname=server_hostname, ssl_handshake_timeout=timeout)
        except (asyncio.TimeoutError, TimeoutError):
            self._transport.abort()
            raise httpcore.ConnectTimeout("timed out during the TLS handshake") from None
        except (ssl.SSLError, OSError, ConnectionError) as exc:
            self._transport.abort()
            raise httpcore.ConnectError(str(exc) or exc.__class__.__name__) from exc
        if transport is None:  # pragma: no cover - the connection was closed during the handshake
            raise httpcore.ConnectError("connection closed during the TLS handshake")
        return AsyncioStream(transport, self._protocol)  # type: ignore[arg-type]

    def get_extra_info(self, info: str) -> Any:
        t = self._transport
        if info == "ssl_object":
            return t.get_extra_info("ssl_object")
        if info == "client_addr":
            return t.get_extra_info("sockname")
        if info == "server_addr":
            return t.get_extra_info("peername")
        if info == "socket":
            return t.get_extra_info("socket")
        if info == "is_readable":
            p = self._protocol
            return bool(p.chunks) or p.eof or p.lost
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on plain asyncio (see the module docstring)."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(
                    _Protocol, host, port, local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=0.25)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or exc.__class__.__name__) from exc
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            try:
                sock.setsockopt(*option)
            except OSError:  # pragma: no cover - an option this system lacks
                pass
        return AsyncioStream(transport, protocol)  # type: ignore[arg-type]

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_unix_connection(_Protocol, path)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {path}") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or exc.__class__.__name__) from exc
        return AsyncioStream(transport, protocol)  # type: ignore[arg-type]

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


__all__ = ["AsyncioBackend", "AsyncioStream", "MAX_BUFFER"]
