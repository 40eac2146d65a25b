"""Server-side request forgery: private, local and special addresses are refused for every request (pages,
redirects, feeds, sitemaps, robots.txt), after DNS resolution, on the address actually connected to."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpcore
import httpx
import pytest

from crawler import _netguard
from crawler._fetch import Fetcher, FetchSettings
from crawler.localweb import LocalWeb, Page

from .conftest import HOST, add_articles, article, crawl, fetch, rows, settings, stored, toml_list, url_state

REFUSED = [
    "127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.1.2", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "169.254.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255",
    "240.0.0.1", "192.0.2.10", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:7f00:1::1",
    "2001:db8::1", "fe80::1%eth0",
]
ALLOWED = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001::1"]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert _netguard.address_problem(address) is not None


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_are_allowed(address: str) -> None:
    assert _netguard.address_problem(address) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f000001", "127.1", "017700000001", "0x7f.0.0.1",
                                  "0", "localhost", "LOCALHOST.", "api.localhost", "[::1]", "::ffff:7f00:1",
                                  "[::ffff:127.0.0.1]", "167772161", "0xa9fea9fe"])
def test_literal_spellings_of_local_addresses_are_refused_without_dns(host: str) -> None:
    assert _netguard.refusal_for_host(host) is not None


@pytest.mark.parametrize("host", ["example.com", "8.8.8.8", "cafe.example", "0x.example", "1.example", "deadbeef"])
def test_names_and_public_literals_need_dns_or_pass(host: str) -> None:
    assert _netguard.refusal_for_host(host) is None


def test_the_guard_sits_under_the_real_connection_pool() -> None:
    async def backend_of(s: FetchSettings) -> object:
        async with Fetcher(s) as f:
            f.open()
            transport = f._host_transport()  # the connection pool each host gets
            return transport._pool._network_backend  # type: ignore[attr-defined]

    assert isinstance(asyncio.run(backend_of(FetchSettings())), _netguard.GuardedBackend)
    assert not isinstance(asyncio.run(backend_of(FetchSettings(allow_private_addresses=True))),
                          _netguard.GuardedBackend)


def test_direct_request_to_the_local_server_is_refused_by_default(web: LocalWeb) -> None:
    web.add(f"{web.base_url}/page", Page(body=article(1)))
    result = fetch(f"{web.base_url}/page", settings(web, host_map={}))
    assert result.error is not None and result.error.kind == "private_address"
    assert "127.0.0.1" in result.error.message and "loopback" in result.error.message
    assert result.attempts[0].error_kind == "private_address"  # one attempt, recorded, not retried
    assert web.requests == []
    allowed = fetch(f"{web.base_url}/page", settings(web, host_map={}, allow_private_addresses=True))
    assert allowed.ok and allowed.status == 200


@pytest.mark.parametrize("spelling", ["localhost", "2130706433", "0x7f000001", "127.1", "[::ffff:127.0.0.1]"])
def test_other_spellings_of_loopback_are_refused(web: LocalWeb, spelling: str) -> None:
    result = fetch(f"http://{spelling}:{web.port}/x", settings(web, host_map={}))
    assert result.error is not None and result.error.kind == "private_address", result.error
    assert web.requests == []


def _guarded_fetcher(resolver: _netguard.Resolver, inner: httpcore.AsyncNetworkBackend | None = None,
                     **kwargs: object) -> Fetcher:
    transport = httpx.AsyncHTTPTransport()
    _netguard.install(transport, _netguard.GuardedBackend(resolver=resolver, inner=inner))
    return Fetcher(FetchSettings(max_attempts=1, timeout=1.0, **kwargs), transport=transport)  # type: ignore[arg-type]


def test_a_name_resolving_to_a_private_address_is_refused_after_dns(web: LocalWeb) -> None:
    web.add("http://intranet.example/secret", Page(body=article(2)))
    calls = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    async def go():  # type: ignore[no-untyped-def]
        async with _guarded_fetcher(resolver) as f:
            return await f.fetch(f"http://intranet.example:{web.port}/secret")

    result = asyncio.run(go())
    assert calls == ["intranet.example"]
    assert result.error is not None and result.error.kind == "private_address"
    assert "intranet.example (127.0.0.1)" in result.error.message
    assert web.requests == []


def test_a_name_with_one_private_address_among_public_ones_is_refused() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    async def go():  # type: ignore[no-untyped-def]
        async with _guarded_fetcher(resolver) as f:
            return await f.fetch("http://mixed.example/")

    result = asyncio.run(go())
    assert result.error is not None and result.error.kind == "private_address" and "10.0.0.7" in result.error.message


class _Spy(httpcore.AsyncNetworkBackend):
    """Records where connections go and refuses them (no real network)."""

    def __init__(self) -> None:
        self.hosts: list[str] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
        self.hosts.append(host)
        raise httpcore.ConnectError("[Errno 111] Connection refused (spy)")


def test_the_connection_goes_to_the_checked_address_dns_rebinding() -> None:
    """The resolver answers a public address, then (rebinding) a private one: the name is resolved once per
    connection and the connection goes to the address that was checked."""
    answers = [["93.184.216.34"], ["127.0.0.1"]]
    calls = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls) - 1, 1)]

    spy = _Spy()

    async def go():  # type: ignore[no-untyped-def]
        async with _guarded_fetcher(resolver, inner=spy) as f:
            return await f.fetch("http://rebind.example/")

    result = asyncio.run(go())
    assert calls == ["rebind.example"]
    assert spy.hosts == ["93.184.216.34"]
    assert result.error is not None and result.error.kind == "connect"


def test_dns_failure_keeps_its_kind() -> None:
    import socket

    async def resolver(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    async def go():  # type: ignore[no-untyped-def]
        async with _guarded_fetcher(resolver) as f:
            return await f.fetch("http://nosuch.example/")

    result = asyncio.run(go())
    assert result.error is not None and result.error.kind == "dns"


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:{port}/admin", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:127.0.0.1]:{port}/admin", "http://2130706433:{port}/admin", "http://localhost:{port}/admin",
    "http://[::1]:{port}/admin",
])
def test_redirects_to_private_addresses_are_refused(web: LocalWeb, target: str) -> None:
    target = target.format(port=web.port)
    web.redirect(f"https://{HOST}/go", target)
    web.add(f"{web.base_url}/admin", Page(body=article(3)))
    result = fetch(f"https://{HOST}/go", settings(web))
    assert result.error is not None and result.error.kind == "private_address", result.error
    assert result.error.message.startswith("redirect to ")
    assert "/admin" not in [r.path for r in web.requests]


@pytest.mark.parametrize("target", ["file:///etc/passwd", "gopher://127.0.0.1:70/x", "ftp://10.0.0.1/f",
                                    "dict://localhost:11211/", "javascript:alert(1)", "data:text/html,hi"])
def test_redirects_to_other_schemes_are_refused(web: LocalWeb, target: str) -> None:
    web.redirect(f"https://{HOST}/go", target)
    result = fetch(f"https://{HOST}/go", settings(web))
    assert result.error is not None and result.error.kind == "redirect", result.error
    assert "refused" in result.error.message or "bad redirect" in result.error.message


def test_links_and_feed_entries_to_private_addresses_are_refused_in_a_crawl(web: LocalWeb, tmp_path: Path) -> None:
    good = add_articles(web, 2)
    local = f"{web.base_url}/world/2025/story-local-about-the-district-plan"
    web.add(local, Page(body=article(7)))
    evil = [local, "http://10.1.2.3/world/2025/story-ten-about-the-plan",
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            f"http://[::ffff:127.0.0.1]:{web.port}/world/2025/story-mapped-about-the-plan",
            f"http://2130706433:{web.port}/world/2025/story-decimal-about-the-plan"]
    items = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in good + evil)
    web.add(f"https://{HOST}/rss.xml", Page(body=f"<rss version='2.0'><channel><title>x</title>{items}"
                                                 "</channel></rss>".encode(), content_type="application/rss+xml"))
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in evil)
    web.add(f"https://{HOST}/sitemap.xml", Page(body=(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + locs + "</urlset>").encode(),
        content_type="application/xml"))
    summary, db = crawl(tmp_path, web, f'[[sources]]\nfeed = "https://{HOST}/rss.xml"\n\n'
                                       f'[[sources]]\nsitemap = "https://{HOST}/sitemap.xml"\n', hosts=[HOST])
    assert stored(db) == set(good)  # the good work went on
    assert summary.failures_by_reason["private_address"] == len(evil)
    for u in evil:
        from crawler._urls import normalize_url

        state = url_state(db, normalize_url(u) or u)
        assert state is not None and state[:2] == ("skipped", "private_address"), (u, state)
    assert rows(db, "SELECT count(*) FROM failures WHERE kind = 'private_address'")[0][0] == len(evil)
    assert rows(db, "SELECT count(*) FROM fetches WHERE error_kind = 'private_address'")[0][0] == len(evil)
    # not one request reached the local server other than through the mapped host
    assert {r.host for r in web.requests} == {HOST}


def test_feed_sitemap_and_robots_at_a_private_address_are_refused(web: LocalWeb, tmp_path: Path) -> None:
    good = add_articles(web, 1)
    base = web.base_url
    web.add(f"{base}/rss.xml", Page(body=b"<rss version='2.0'><channel><title>x</title></channel></rss>",
                                    content_type="application/rss+xml"))
    web.add(f"{base}/robots.txt", Page(body=b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    sources = (f'[[sources]]\nfeed = "{base}/rss.xml"\n\n[[sources]]\nsitemap = "http://10.0.0.5/sitemap.xml"\n\n'
               f"[[sources]]\nurls = {toml_list(good)}\n")
    summary, db = crawl(tmp_path, web, sources, hosts=[HOST])
    assert stored(db) == set(good)
    assert summary.exit_code == 1 and len(summary.discovery_errors) == 2
    for url in (f"{base}/rss.xml", "http://10.0.0.5/sitemap.xml"):
        state = url_state(db, url)
        assert state is not None and state[:2] == ("failed", "private_address"), state
    assert not [r for r in web.requests if r.host.startswith("127.0.0.1")]  # robots.txt included
    assert rows(db, "SELECT count(*) FROM robots WHERE host IN ('127.0.0.1', '10.0.0.5')")[0][0] == 0
    # with the explicit setting, the same feed is read
    summary, db = crawl(tmp_path, web, sources, extra="allow_private_addresses = true", hosts=[HOST])
    assert url_state(db, f"{base}/rss.xml")[0] == "done"  # type: ignore[index]
    assert [r for r in web.requests if r.host.startswith("127.0.0.1") and r.path == "/robots.txt"]


def test_crawl_url_refuses_then_allows_with_the_flag(web: LocalWeb, tmp_path: Path) -> None:
    url = f"{web.base_url}/world/2025/story-cli-about-the-district-plan"
    web.add(url, Page(body=article(4)))
    db = str(tmp_path / "a.db")
    cmd = [sys.executable, "-m", "crawler.cli", "url", url, "--db", db, "--attempts", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "refused to connect to 127.0.0.1" in proc.stderr
    proc = subprocess.run(cmd + ["--allow-private"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("NEW")
