"""Decoding a response body's Content-Encoding with a bound on the output, chunk by chunk.

httpx's own decoders inflate each network chunk in full: a few hundred bytes of brotli can become
gigabytes in one call (a "decompression bomb"), before any size check can run. Here every decoder is asked
for at most the room left under the page's size cap (zlib's `max_length`, brotli's `output_buffer_limit`),
so a bomb is cut after the cap, holding about the cap in memory.
"""

from __future__ import annotations

import zlib

try:  # brotli is a dependency; an old one without bounded output is not offered to servers
    import brotli

    brotli.Decompressor().process(b"", output_buffer_limit=1)
    _BROTLI = True
except (ImportError, TypeError):  # pragma: no cover - depends on the installed brotli
    _BROTLI = False

SUPPORTED = ("gzip", "deflate", "br") if _BROTLI else ("gzip", "deflate")
#: the Accept-Encoding header the fetcher sends: only what it can decode with a bound
ACCEPT_ENCODING = ", ".join(SUPPORTED)


class TooLarge(Exception):
    """The decoded body would pass the cap; `produced` is how many bytes the step that passed it gave."""

    def __init__(self, produced: int = 0) -> None:
        super().__init__(produced)
        self.produced = produced


class DecodeError(Exception):
    """The body cannot be decoded (broken data or an unsupported encoding); `str()` is one line."""


class _Identity:
    def feed(self, data: bytes, room: int) -> bytes:
        if len(data) > room:
            raise TooLarge(len(data))
        return data

    def flush(self, room: int) -> bytes:
        return b""


class _Zlib:
    """gzip (several members allowed) or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._wbits = 16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS
        self._d = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        out = bytearray()
        while data:
            try:
                part = self._d.decompress(data, room - len(out) + 1)
            except zlib.error as exc:
                if not self._gzip and not self._started:  # raw deflate without the zlib header
                    self._wbits = -zlib.MAX_WBITS
                    self._d = zlib.decompressobj(self._wbits)
                    self._started = True
                    continue
                raise DecodeError(f"broken {'gzip' if self._gzip else 'deflate'} data: {exc}") from None
            self._started = True
            out += part
            if len(out) > room:
                raise TooLarge(len(out))
            if self._d.eof and self._d.unused_data:
                rest = self._d.unused_data
                if self._gzip and rest.startswith(b"\x1f\x8b"):  # another gzip member
                    self._d = zlib.decompressobj(self._wbits)
                    data = rest
                    continue
                break  # trailing bytes after the stream: ignored, as browsers do
            data = b""
        return bytes(out)

    def flush(self, room: int) -> bytes:
        try:
            out = self._d.flush()
        except zlib.error as exc:  # pragma: no cover - flush rarely raises
            raise DecodeError(f"broken compressed data: {exc}") from None
        if len(out) > room:
            raise TooLarge(len(out))
        return out


class _Brotli:
    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = bytearray(self._d.process(data, output_buffer_limit=room + 1))
            while len(out) <= room and not self._d.can_accept_more_data():
                # output still pending inside the decoder: drain it, still bounded
                out += self._d.process(b"", output_buffer_limit=room - len(out) + 1)
        except brotli.error as exc:
            raise DecodeError(f"broken brotli data: {exc}") from None
        if len(out) > room:
            raise TooLarge(len(out))
        return bytes(out)

    def flush(self, room: int) -> bytes:
        return b""


def _decoder(name: str) -> _Identity | _Zlib | _Brotli:
    if name in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if name == "deflate":
        return _Zlib(gzip=False)
    if name == "br" and _BROTLI:
        return _Brotli()
    if name in ("identity", ""):
        return _Identity()
    raise DecodeError(f"unsupported content encoding {name!r}")


class BoundedDecoder:
    """Decodes a body sent with `content_encoding` (the header's value, possibly several codings), raising
    TooLarge as soon as the decoded body would pass `limit` bytes."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",") if n.strip()]
        # codings are listed in the order they were applied: undo them last first
        self._stages = [_decoder(n) for n in reversed(names)] or [_Identity()]
        self.limit = limit
        self.total = 0

    def feed(self, data: bytes) -> bytes:
        last = len(self._stages) - 1
        for i, stage in enumerate(self._stages):
            try:
                data = stage.feed(data, self.limit - self.total)
            except TooLarge as exc:
                if i == last:
                    self.total += exc.produced  # what was read, the step that passed the cap included
                raise
            if not data:
                return b""
        self.total += len(data)
        return data

    def flush(self) -> bytes:
        data = b""
        for i, stage in enumerate(self._stages):
            if data:
                data = stage.feed(data, self.limit - self.total)
            data += stage.flush(self.limit - self.total)
        self.total += len(data)
        return data
