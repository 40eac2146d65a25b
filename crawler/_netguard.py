"""Server-side request forgery guard: the crawler does not connect to private, local or special addresses.

A page, feed or sitemap can name any URL, and a redirect can point anywhere, so every connection the
fetcher opens goes through `GuardedBackend`, an httpcore network backend that

1. resolves the host name itself (getaddrinfo, off the event loop),
2. refuses the connection when any address it resolves to is not a public unicast address: loopback
   (127.0.0.0/8, ::1), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, the cloud
   metadata service 169.254.169.254, fe80::/10), multicast, unspecified, reserved, shared (100.64/10) and
   documentation ranges; IPv4 addresses inside IPv6 ones (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96,
   6to4 2002::/16) are judged by the IPv4 address they carry;
3. connects to the address it checked, never resolving the name a second time, so a DNS answer that
   changes between the check and the connection (DNS rebinding) cannot slip a private address in. TLS still
   names and verifies the original host (httpcore sends the URL's host as SNI, not the connected address).

Host names in other spellings (decimal `2130706433`, hexadecimal `0x7f000001`, short `127.1`, octal
`017700000001`) resolve to the same addresses and are refused like them. The fetcher also refuses IP
literals and `localhost` names before any connection (`refusal_for_host`), with the same message.

`FetchSettings.allow_private_addresses = True` turns the guard off (a crawl of an intranet, tests against a
local server). A `host_map` entry (`--resolve HOST=ADDRESS`, `crawl.resolve`) is explicit permission for
its own target only: requests for HOST go to ADDRESS even when it is private; every other host is checked.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import anyio
import httpcore

from ._aionet import AsyncioBackend

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_SPELLING = re.compile(r"[0-9A-Fa-fXx.]+")


class AddressRefused(Exception):
    """A connection to a non-public address was refused. `str()` is the one-line reason."""

    def __init__(self, host: str, address: str, why: str) -> None:
        self.host, self.address, self.why = host, address, why
        shown = host if host == address else f"{host} ({address})"
        super().__init__(f"refused to connect to {shown}: {why}; private and local addresses are not crawled "
                         "unless allowed (crawl url --allow-private, allow_private_addresses = true in crawl.toml, "
                         "FetchSettings(allow_private_addresses=True))")


def address_problem(address: str | IPAddress) -> str | None:
    """Why `address` (an IP address) must not be connected to, or None when it is a public unicast address."""
    try:
        ip = address if not isinstance(address, str) else ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    return _problem(ip)


def _problem(ip: IPAddress) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address):
        embedded: ipaddress.IPv4Address | None = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:  # judged by the IPv4 address it carries (::ffff:0:0/96 itself is "reserved")
            why = _problem(embedded)
            return f"{why} inside an IPv6 address" if why else None
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a public address"
    return None


def literal_address(host: str) -> IPAddress | None:
    """The IP address a host name spells directly (any IPv4 spelling inet_aton accepts, or IPv6), else None."""
    host = host.strip().strip("[]")
    if not host:
        return None
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    candidate = host[:-1] if host.endswith(".") else host
    if _IPV4_SPELLING.fullmatch(candidate) and any(c.isdigit() for c in candidate):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(candidate))
        except OSError:
            return None
    return None


def refusal_for_host(host: str) -> str | None:
    """The reason to refuse `host` before resolving it: an IP literal that is not public, or a `localhost`
    name (RFC 6761). None when only DNS can tell."""
    name = host.strip().lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return str(AddressRefused(host, host, "a loopback name"))
    ip = literal_address(name)
    if ip is not None:
        why = _problem(ip)
        if why:
            return str(AddressRefused(host, str(ip), why))
    return None


async def _getaddrinfo(host: str, port: int) -> list[str]:
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects to public addresses only (see the module docstring).

    `trusted`: (host, port) pairs connected to without a check (the targets of an explicit host map).
    `resolver`: `async (host, port) -> [address, …]`; getaddrinfo by default.
    """

    def __init__(self, *, trusted: Iterable[tuple[str, int]] = (), resolver: Resolver | None = None,
                 inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._trusted = {(h.lower().strip("[]"), int(p)) for h, p in trusted}
        self._resolve = resolver or _getaddrinfo
        self._inner = inner or AsyncioBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        if (host.lower().strip("[]"), port) in self._trusted:
            return await self._inner.connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                                 socket_options=socket_options)
        scope = anyio.fail_after(timeout) if timeout else contextlib.nullcontext()
        try:
            with scope:
                addresses = await self._resolve(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out resolving {host}") from None
        except socket.gaierror as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        if not addresses:
            raise httpcore.ConnectError(f"[Errno -2] Name or service not known: {host}")
        for address in addresses:
            why = address_problem(address)
            if why:
                # one private answer is enough: a name that mixes public and private addresses is not trusted
                raise AddressRefused(host, address, why)
        error: Exception | None = None
        for address in addresses:
            try:
                # the checked address itself: the name is not resolved again
                return await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                     socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(path, path, "a local socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install(transport: Any, backend: httpcore.AsyncNetworkBackend) -> None:
    """Put `backend` under an httpx.AsyncHTTPTransport's connection pool. Fails loudly (rather than crawl
    unguarded) when the installed httpx/httpcore keep their pool elsewhere."""
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.AsyncConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("cannot install the fetcher's network backend (and private-address guard) on this "
                           "version of httpx/httpcore")
    pool._network_backend = backend
