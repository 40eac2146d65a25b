"""Unit tests for crawler._fetch: every network exchange is a pytest-httpx mock, every wait a fake sleep."""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import time
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock, IteratorStream

from crawler._fetch import (
    DEFAULT_USER_AGENT,
    XML_TYPES,
    Attempt,
    Fetcher,
    FetchError,
    FetchResult,
    FetchSettings,
    fetch,
    parse_retry_after,
    validate_url,
)

URL = "https://news.example.com/article"
HTML = b"<!DOCTYPE html><html><head><title>t</title></head><body><p>Hello</p></body></html>"
HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}


class FakeSleep:
    """Records the waits tenacity asks for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def settings(**overrides: Any) -> FetchSettings:
    """Deterministic settings: no jitter, 1 s initial backoff."""
    base: dict[str, Any] = {"backoff_initial": 1.0, "backoff_max": 30.0, "backoff_jitter": 0.0}
    base.update(overrides)
    return FetchSettings(**base)


def run_fetch(url: str, s: FetchSettings | None = None, sleep: FakeSleep | None = None, **kwargs: Any) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(s or settings(), sleep=sleep or FakeSleep()) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go())


def ok_page(httpx_mock: HTTPXMock, url: str = URL, content: bytes = HTML, **kwargs: Any) -> None:
    httpx_mock.add_response(url=url, headers=HTML_HEADERS, content=content, **kwargs)


# --------------------------------------------------------------------------------------------- success


def test_plain_success(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.ok, result.error
    assert result.status == 200
    assert result.content == HTML
    assert result.url == URL and result.final_url == URL
    assert result.redirects == []
    assert result.content_type == "text/html; charset=utf-8"
    assert len(result.attempts) == 1
    attempt = result.attempts[0]
    assert isinstance(attempt, Attempt)
    assert attempt.status == 200 and attempt.error_kind is None and attempt.final_url == URL
    assert attempt.bytes == len(HTML)
    assert attempt.http_version == "HTTP/1.1"
    assert sleep.waits == []
    assert result.elapsed_ms >= 0


def test_url_is_stripped(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    result = run_fetch(f"  {URL}\n")
    assert result.ok
    assert result.url == URL


def test_module_level_fetch(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    result = asyncio.run(fetch(URL, settings()))
    assert result.ok and result.content == HTML


def test_text_decoded_with_header_charset(httpx_mock: HTTPXMock) -> None:
    text = "<html><body><p>東京都は今日、新しい交通計画を発表しました。</p></body></html>"
    httpx_mock.add_response(url=URL, headers={"Content-Type": "text/html; charset=Shift_JIS"},
                            content=text.encode("cp932"))
    result = run_fetch(URL)
    assert result.ok
    assert result.text == text
    assert result.decoded.encoding == "cp932"
    assert result.decoded.source == "header"


def test_headers_are_lowercased_and_exposed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, content=HTML, headers={
        "Content-Type": "text/html", "ETag": '"v1"', "Last-Modified": "Wed, 21 Oct 2015 07:28:00 GMT"})
    result = run_fetch(URL)
    assert result.etag == '"v1"'
    assert result.last_modified == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert "content-type" in result.headers


# --------------------------------------------------------------------------------------------- retries


def test_retry_then_success_on_503(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=503)
    httpx_mock.add_response(url=URL, status_code=503)
    ok_page(httpx_mock)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.ok, result.error
    assert result.status == 200
    assert result.content == HTML
    assert [a.status for a in result.attempts] == [503, 503, 200]
    assert [a.error_kind for a in result.attempts] == ["http", "http", None]
    assert result.attempts[0].error == "HTTP 503 Service Unavailable"
    # exponential backoff without jitter: 1 s, then 2 s
    assert sleep.waits == [1.0, 2.0]


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ReadTimeout("timed out"), "timeout"),
        (httpx.ConnectTimeout("timed out"), "timeout"),
        (httpx.ConnectError("[Errno 111] Connection refused"), "connect"),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), "network"),
        (httpx.ReadError("connection reset by peer"), "network"),
    ],
)
def test_retry_then_success_on_transient_exception(httpx_mock: HTTPXMock, exc: Exception, kind: str) -> None:
    httpx_mock.add_exception(exc, url=URL)
    ok_page(httpx_mock)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.ok, result.error
    assert result.content == HTML
    assert len(result.attempts) == 2
    assert result.attempts[0].error_kind == kind
    assert result.attempts[0].status is None
    assert result.attempts[1].error_kind is None and result.attempts[1].status == 200
    assert sleep.waits == [1.0]


def test_timeout_message_names_the_phase(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), url=URL)
    result = run_fetch(URL, settings(max_attempts=1, timeout=5))
    assert result.error is not None
    assert result.error.kind == "timeout"
    assert result.error.message == "timed out after 5s waiting for data"
    assert result.error.transient


def test_429_retry_after_seconds_is_the_wait(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=429, headers={"Retry-After": "7"})
    ok_page(httpx_mock)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.ok
    assert sleep.waits == [7.0]
    assert result.attempts[0].status == 429
    assert result.attempts[0].error == "HTTP 429 Too Many Requests"


def test_503_retry_after_http_date(httpx_mock: HTTPXMock) -> None:
    when = datetime.now(timezone.utc) + timedelta(seconds=30)
    httpx_mock.add_response(url=URL, status_code=503,
                            headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)})
    ok_page(httpx_mock)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.ok
    assert len(sleep.waits) == 1
    # the date has one-second resolution and some time passes: 28-30 s
    assert 28.0 <= sleep.waits[0] <= 30.0


def test_retry_after_longer_than_max_fails_at_once(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=429, headers={"Retry-After": "3600"})
    sleep = FakeSleep()
    result = run_fetch(URL, settings(max_retry_after=120), sleep=sleep)
    assert not result.ok
    assert result.error is not None
    assert result.error.kind == "http"
    assert "429" in result.error.message
    assert "Retry-After 3600s is too long" in result.error.message
    assert len(result.attempts) == 1
    assert sleep.waits == []


def test_gives_up_after_max_attempts_with_last_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=503)
    httpx_mock.add_response(url=URL, status_code=502)
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), url=URL)
    sleep = FakeSleep()
    result = run_fetch(URL, settings(max_attempts=3), sleep=sleep)
    assert not result.ok
    assert result.error is not None
    assert result.error.kind == "timeout"
    assert [a.error_kind for a in result.attempts] == ["http", "http", "timeout"]
    assert result.attempts[1].error == "HTTP 502 Bad Gateway"
    assert sleep.waits == [1.0, 2.0]
    # the failed last attempt reached no server: nothing from the earlier 502 is left on the result
    assert result.status is None


def test_gives_up_after_max_attempts_on_http_status(httpx_mock: HTTPXMock) -> None:
    for _ in range(4):
        httpx_mock.add_response(url=URL, status_code=503)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)  # default max_attempts = 4
    assert result.error == FetchError("http", "HTTP 503 Service Unavailable", transient=True)
    assert result.status == 503
    assert len(result.attempts) == 4
    assert sleep.waits == [1.0, 2.0, 4.0]


def test_backoff_is_capped(httpx_mock: HTTPXMock) -> None:
    for _ in range(5):
        httpx_mock.add_response(url=URL, status_code=500)
    sleep = FakeSleep()
    run_fetch(URL, settings(max_attempts=5, backoff_max=3.0), sleep=sleep)
    assert sleep.waits == [1.0, 2.0, 3.0, 3.0]


def test_max_attempts_one_means_no_retry(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=503)
    sleep = FakeSleep()
    result = run_fetch(URL, settings(max_attempts=1), sleep=sleep)
    assert result.error is not None and result.error.kind == "http"
    assert len(result.attempts) == 1 and sleep.waits == []


@pytest.mark.parametrize(("status", "message"), [
    (404, "HTTP 404 Not Found"),
    (403, "HTTP 403 Forbidden"),
    (410, "HTTP 410 Gone"),
    (501, "HTTP 501 Not Implemented"),
])
def test_permanent_http_errors_are_not_retried(httpx_mock: HTTPXMock, status: int, message: str) -> None:
    httpx_mock.add_response(url=URL, status_code=status, content=b"<html>nope</html>")
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.error is not None
    assert result.error.kind == "http"
    assert result.error.message == message
    assert not result.error.transient
    assert result.status == status
    assert len(result.attempts) == 1
    assert result.attempts[0].error == message
    assert sleep.waits == []


def test_dns_failure_is_not_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("[Errno -2] Name or service not known"), url=URL)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.error is not None
    assert result.error.kind == "dns"
    assert "DNS" in result.error.message
    assert len(result.attempts) == 1
    assert sleep.waits == []


def test_temporary_dns_failure_is_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), url=URL)
    ok_page(httpx_mock)
    result = run_fetch(URL)
    assert result.ok
    assert result.attempts[0].error_kind == "dns"


def test_tls_error_is_not_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate"
        " (_ssl.c:1006)"), url=URL)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.error is not None
    assert result.error.kind == "tls"
    assert "CERTIFICATE_VERIFY_FAILED" in result.error.message
    assert len(result.attempts) == 1
    assert sleep.waits == []


def test_body_broken_midway_is_retried(httpx_mock: HTTPXMock) -> None:
    def broken() -> Any:
        yield b"<html><body>"
        raise httpx.ReadError("connection reset by peer")

    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, stream=IteratorStream(broken()))
    ok_page(httpx_mock)
    result = run_fetch(URL)
    assert result.ok, result.error
    assert result.content == HTML
    assert result.attempts[0].error_kind == "network"


# --------------------------------------------------------------------------------------------- redirects


def test_redirect_chain_is_followed(httpx_mock: HTTPXMock) -> None:
    a, b, c = "http://example.com/a", "https://example.com/b", "https://www.example.com/c?x=1"
    httpx_mock.add_response(url=a, status_code=301, headers={"Location": b})
    httpx_mock.add_response(url=b, status_code=302, headers={"Location": "//www.example.com/c?x=1"})
    ok_page(httpx_mock, url=c)
    result = run_fetch(a)
    assert result.ok, result.error
    assert result.url == a
    assert result.final_url == c
    assert result.redirects == [b, c]
    assert result.status == 200
    assert result.content == HTML
    assert len(result.attempts) == 1
    assert result.attempts[0].final_url == c


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_every_redirect_status_is_followed(httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(url=URL, status_code=status, headers={"Location": "/other"})
    ok_page(httpx_mock, url="https://news.example.com/other")
    result = run_fetch(URL)
    assert result.ok
    assert result.final_url == "https://news.example.com/other"


def test_ten_redirects_are_allowed(httpx_mock: HTTPXMock) -> None:
    for i in range(10):
        httpx_mock.add_response(url=f"https://example.com/r{i}", status_code=302,
                                headers={"Location": f"/r{i + 1}"})
    ok_page(httpx_mock, url="https://example.com/r10")
    result = run_fetch("https://example.com/r0", settings(max_redirects=10))
    assert result.ok, result.error
    assert len(result.redirects) == 10
    assert result.final_url == "https://example.com/r10"


def test_redirect_cap(httpx_mock: HTTPXMock) -> None:
    for i in range(11):
        httpx_mock.add_response(url=f"https://example.com/r{i}", status_code=302,
                                headers={"Location": f"/r{i + 1}"})
    sleep = FakeSleep()
    result = run_fetch("https://example.com/r0", settings(max_redirects=10), sleep=sleep)
    assert result.error is not None
    assert result.error.kind == "redirect"
    assert "10" in result.error.message
    assert result.error.message == "more than 10 redirects"
    assert len(result.attempts) == 1  # not retried
    assert sleep.waits == []
    # /r11 was never requested (pytest-httpx would fail on an unexpected request)
    assert len(httpx_mock.get_requests()) == 11


def test_redirect_loop(httpx_mock: HTTPXMock) -> None:
    a, b = "https://example.com/a", "https://example.com/b"
    httpx_mock.add_response(url=a, status_code=302, headers={"Location": b})
    httpx_mock.add_response(url=b, status_code=302, headers={"Location": a})
    result = run_fetch(a)
    assert result.error is not None
    assert result.error.kind == "redirect"
    assert "loop" in result.error.message
    assert len(result.attempts) == 1
    assert len(httpx_mock.get_requests()) == 2


def test_redirect_to_itself_is_a_loop_even_when_the_url_is_spelled_differently(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://example.com/a", status_code=301, headers={"Location": "/a"})
    result = run_fetch("https://EXAMPLE.com/a")
    assert result.error is not None
    assert result.error.kind == "redirect"
    assert "loop" in result.error.message
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(("location", "scheme"), [
    ("ftp://files.example.com/a.html", "ftp"),
    ("file:///etc/passwd", "file"),
    ("javascript:alert(1)", "javascript"),
])
def test_redirect_to_other_schemes_is_refused(httpx_mock: HTTPXMock, location: str, scheme: str) -> None:
    httpx_mock.add_response(url=URL, status_code=302, headers={"Location": location})
    result = run_fetch(URL)
    assert result.error is not None
    assert result.error.kind == "redirect"
    assert f"{scheme}:" in result.error.message
    assert "refused" in result.error.message
    assert len(httpx_mock.get_requests()) == 1


def test_redirect_without_location_is_an_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=302, content=b"<html><body>moved</body></html>",
                            headers=HTML_HEADERS)
    result = run_fetch(URL)
    assert result.error is not None
    assert result.error.kind == "redirect"
    assert "Location" in result.error.message


def test_redirect_then_retry_starts_over(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=302, headers={"Location": "/b"})
    httpx_mock.add_response(url="https://news.example.com/b", status_code=503)
    httpx_mock.add_response(url=URL, status_code=302, headers={"Location": "/b"})
    ok_page(httpx_mock, url="https://news.example.com/b")
    result = run_fetch(URL)
    assert result.ok, result.error
    assert result.redirects == ["https://news.example.com/b"]
    assert [a.final_url for a in result.attempts] == ["https://news.example.com/b"] * 2


def test_failed_retry_does_not_keep_the_previous_attempts_final_url(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=302, headers={"Location": "/b"})
    httpx_mock.add_response(url="https://news.example.com/b", status_code=503)
    httpx_mock.add_exception(httpx.ConnectError("[Errno 111] Connection refused"), url=URL)
    result = run_fetch(URL, settings(max_attempts=2))
    assert result.error is not None and result.error.kind == "connect"
    assert result.final_url == URL
    assert result.redirects == []
    assert result.status is None
    assert result.headers == {}


# --------------------------------------------------------------------------------------------- size cap


def test_size_cap_from_content_length(httpx_mock: HTTPXMock) -> None:
    body = b"<html>" + b"x" * 500 + b"</html>"
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, content=body)  # httpx sets Content-Length
    result = run_fetch(URL, settings(max_bytes=100))
    assert result.error is not None
    assert result.error.kind == "too_large"
    assert "declared" in result.error.message
    assert str(len(body)) in result.error.message
    assert result.content == b""
    assert len(result.attempts) == 1


def test_size_cap_while_streaming(httpx_mock: HTTPXMock) -> None:
    chunks = [b"<html><body>" + b"x" * 50] * 5  # 310 bytes, no Content-Length
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, stream=IteratorStream(chunks))
    result = run_fetch(URL, settings(max_bytes=100))
    assert result.error is not None
    assert result.error.kind == "too_large"
    assert "cut while streaming" in result.error.message
    assert "100 bytes" in result.error.message
    assert result.content == b""
    assert 100 < result.attempts[0].bytes <= 186  # stopped after the chunk that passed the cap
    assert len(result.attempts) == 1


def test_body_of_exactly_max_bytes_is_accepted(httpx_mock: HTTPXMock) -> None:
    body = b"<html>" + b"x" * 87 + b"</html>"
    assert len(body) == 100
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, stream=IteratorStream([body[:40], body[40:]]))
    result = run_fetch(URL, settings(max_bytes=100))
    assert result.ok, result.error
    assert result.content == body


def test_size_message_in_megabytes(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, headers={**HTML_HEADERS, "Content-Length": str(20 * 1024 * 1024)},
                            stream=IteratorStream([b""]))
    result = run_fetch(URL)
    assert result.error is not None
    assert result.error.kind == "too_large"
    assert "10 MB" in result.error.message


# --------------------------------------------------------------------------------------------- content checks


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/json; charset=utf-8"])
def test_non_html_content_type(httpx_mock: HTTPXMock, content_type: str) -> None:
    httpx_mock.add_response(url=URL, headers={"Content-Type": content_type}, content=b"%PDF-1.7 ...")
    result = run_fetch(URL)
    assert result.error is not None
    assert result.error.kind == "not_html"
    assert content_type.split(";")[0] in result.error.message
    assert len(result.attempts) == 1


def test_xhtml_is_html(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, headers={"Content-Type": "application/xhtml+xml"}, content=HTML)
    assert run_fetch(URL).ok


def test_missing_content_type_is_accepted(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, content=HTML)
    result = run_fetch(URL)
    assert result.ok
    assert result.content_type is None


def test_accept_none_takes_anything(httpx_mock: HTTPXMock) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"
    httpx_mock.add_response(url=URL, headers={"Content-Type": "application/pdf"}, content=pdf)
    result = run_fetch(URL, accept=None)
    assert result.ok
    assert result.content == pdf


def test_other_accept_list_gives_content_type_kind(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, content=HTML)
    result = run_fetch(URL, accept=XML_TYPES)
    assert result.error is not None
    assert result.error.kind == "content_type"
    assert "text/html" in result.error.message


@pytest.mark.parametrize(("body", "name"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    (b"\x00\x01\x02\x03binary\x00stuff", "binary"),
])
def test_binary_served_as_html(httpx_mock: HTTPXMock, body: bytes, name: str) -> None:
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, content=body)
    result = run_fetch(URL)
    assert result.error is not None
    assert result.error.kind == "not_html"
    assert name in result.error.message
    assert "text/html" in result.error.message
    assert len(result.attempts) == 1


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_wide_unicode_page_with_bom_is_not_binary(httpx_mock: HTTPXMock, bom: bytes, codec: str) -> None:
    text = "<html><body><p>Grüße aus Köln</p></body></html>"
    body = bom + text.encode(codec)
    httpx_mock.add_response(url=URL, headers={"Content-Type": "text/html"}, content=body)
    result = run_fetch(URL)
    assert result.ok, result.error
    assert result.text == text


@pytest.mark.parametrize(("codec", "label"), [("utf-16-le", "utf-16le"), ("utf-16-be", "UTF-16BE"),
                                              ("utf-16-le", "utf-16"), ("utf-32-le", "utf-32")])
def test_wide_unicode_page_declared_in_the_header_is_not_binary(httpx_mock: HTTPXMock, codec: str, label: str) -> None:
    text = "<html><body><p>Grüße aus Köln</p></body></html>"
    httpx_mock.add_response(url=URL, headers={"Content-Type": f"text/html; charset={label}"},
                            content=text.encode(codec))
    result = run_fetch(URL)
    assert result.ok, result.error
    assert result.text == text


@pytest.mark.parametrize("body", [b"", b"   \r\n\t "])
def test_empty_body(httpx_mock: HTTPXMock, body: bytes) -> None:
    httpx_mock.add_response(url=URL, headers=HTML_HEADERS, content=body)
    sleep = FakeSleep()
    result = run_fetch(URL, sleep=sleep)
    assert result.error is not None
    assert result.error.kind == "empty"
    assert result.error.message == "empty body (HTTP 200)"
    assert len(result.attempts) == 1
    assert sleep.waits == []


# --------------------------------------------------------------------------------------------- invalid URLs


@pytest.mark.parametrize("url", ["example.com/news/1", "ftp://x", "http://", "", "   ", "mailto:a@example.com",
                                 "https://exa mple.com/"])
def test_invalid_url_makes_no_request(httpx_mock: HTTPXMock, url: str) -> None:
    result = run_fetch(url)
    assert result.error is not None
    assert result.error.kind == "invalid_url"
    assert result.error.message.startswith("invalid URL")
    assert len(result.attempts) == 1
    assert result.attempts[0].error_kind == "invalid_url"
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(("url", "fragment"), [
    ("", "empty"),
    ("example.com/a", "no scheme (it must start with http:// or https://)"),
    ("ftp://x", "'ftp'"),
    ("http://", "no host"),
])
def test_validate_url_reasons(url: str, fragment: str) -> None:
    error = validate_url(url)
    assert error is not None and error.kind == "invalid_url"
    assert fragment in error.message


@pytest.mark.parametrize("url", ["http://example.com", "https://example.com/a?b=c#d", " https://x.example/ ",
                                 "http://127.0.0.1:8080/"])
def test_validate_url_accepts(url: str) -> None:
    assert validate_url(url) is None


def test_validate_url_non_string() -> None:
    error = validate_url(None)  # type: ignore[arg-type]
    assert error is not None and error.kind == "invalid_url"


# --------------------------------------------------------------------------------------------- request headers


def test_conditional_get_304(httpx_mock: HTTPXMock) -> None:
    etag, modified = '"abc123"', "Wed, 21 Oct 2015 07:28:00 GMT"
    httpx_mock.add_response(url=URL, status_code=304,
                            match_headers={"If-None-Match": etag, "If-Modified-Since": modified},
                            headers={"ETag": etag})
    result = run_fetch(URL, etag=etag, last_modified=modified)
    assert result.ok, result.error
    assert result.status == 304
    assert result.not_modified
    assert result.content == b""
    assert result.etag == etag
    assert len(result.attempts) == 1


def test_no_conditional_headers_by_default(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    run_fetch(URL)
    request = httpx_mock.get_request()
    assert request is not None
    assert "if-none-match" not in request.headers
    assert "if-modified-since" not in request.headers


def test_conditional_get_with_changed_page(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, match_headers={"If-None-Match": '"old"'})
    result = run_fetch(URL, etag='"old"')
    assert result.ok and result.status == 200 and not result.not_modified


def test_default_user_agent(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    run_fetch(URL)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers.get_list("user-agent") == [DEFAULT_USER_AGENT]
    assert "crawler/" in request.headers["user-agent"]
    assert "text/html" in request.headers["accept"]


def test_user_agent_setting(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, match_headers={"User-Agent": "NewsBot/2.0 (+https://bot.example)"})
    assert run_fetch(URL, settings(user_agent="NewsBot/2.0 (+https://bot.example)")).ok


@pytest.mark.parametrize(("overrides", "message"), [
    ({"user_agent": "newsbot/1.0 (contact: J\u00fcrgen M\u00fcller)"}, "user_agent: must be ASCII"),
    ({"user_agent": "bot\r\nX-Injected: 1"}, "user_agent: must be one line"),
    ({"user_agent": "bot\x00"}, "user_agent: holds a control character (U+0000)"),
    ({"user_agent": "  "}, "user_agent: must not be empty"),
    ({"user_agent": None}, "user_agent: must be a string, not NoneType"),
    ({"headers": {"X-A": "a\nb"}}, "headers: X-A: must be one line"),
    ({"headers": {"X-A": 5}}, "headers: X-A: must be a string, not int"),
    ({"headers": {"X A": "b"}}, "headers: 'X A' is not a header name"),
    ({"max_attempts": 0}, "max_attempts: must be a whole number >= 1, not 0"),
    ({"max_bytes": -1}, "max_bytes: must be a whole number >= 1"),
    ({"max_bytes": "5MB"}, "max_bytes: must be a whole number >= 1, not '5MB'"),
    ({"timeout": 0}, "timeout: must be a finite number > 0"),
    ({"page_timeout": -1.0}, "page_timeout: must be a finite number > 0"),
    ({"timeout": float("nan")}, "timeout: must be a finite number > 0"),
    ({"backoff_initial": -5}, "backoff_initial: must be a finite number >= 0"),
    ({"max_redirects": -1}, "max_redirects: must be a whole number >= 0"),
    ({"max_connections": 0}, "max_connections: must be a whole number >= 1"),
    ({"host_map": {"example.com": "not a url"}}, "host_map: 'example.com': the target must be an http(s) address"),
])
def test_settings_that_cannot_work_are_a_value_error_naming_the_field(overrides: dict[str, Any],
                                                                        message: str) -> None:
    with pytest.raises(ValueError) as info:
        FetchSettings(**overrides)
    assert str(info.value).startswith("FetchSettings.") and message in str(info.value), info.value
    assert "\n" not in str(info.value)


def test_a_setting_changed_after_the_settings_were_made_is_checked_by_the_fetcher() -> None:
    s = FetchSettings()
    s.user_agent = "bot \u2603"
    with pytest.raises(ValueError, match="FetchSettings.user_agent: must be ASCII"):
        Fetcher(s)
    assert FetchSettings(max_attempts=1, max_redirects=0, backoff_initial=0, user_agent="a/1").max_attempts == 1


def test_call_headers_that_cannot_be_sent_are_a_value_error(httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValueError, match="fetch\\(headers=...\\): X-Request: must be one line"):
        run_fetch(URL, headers={"X-Request": "a\r\nb"})
    assert httpx_mock.get_requests() == []


def test_custom_headers_from_settings_and_call(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, match_headers={"X-Team": "news", "X-Request": "42", "Accept-Language": "ja"})
    result = run_fetch(URL, settings(headers={"X-Team": "news", "Accept-Language": "ja"}),
                       headers={"X-Request": "42"})
    assert result.ok


def test_settings_headers_override_defaults_whatever_their_case(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock)
    run_fetch(URL, settings(headers={"user-agent": "Lower/1.0", "accept": "text/html"}))
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers.get_list("user-agent") == ["Lower/1.0"]
    assert request.headers.get_list("accept") == ["text/html"]


def test_headers_are_sent_on_every_hop(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=URL, status_code=301, headers={"Location": "/b"},
                            match_headers={"X-Request": "1"})
    ok_page(httpx_mock, url="https://news.example.com/b", match_headers={"X-Request": "1"})
    assert run_fetch(URL, headers={"X-Request": "1"}).ok


# --------------------------------------------------------------------------------------------- host_map


def test_host_map_routes_elsewhere_keeping_url_and_host(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, url="http://127.0.0.1:8080/a", match_headers={"Host": "www.example.com"})
    s = settings(host_map={"www.example.com": "http://127.0.0.1:8080"})
    result = run_fetch("https://www.example.com/a", s)
    assert result.ok, result.error
    assert result.final_url == "https://www.example.com/a"
    assert result.attempts[0].final_url == "https://www.example.com/a"
    assert result.content == HTML


def test_host_map_keeps_query_and_follows_relative_redirects(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="http://127.0.0.1:8080/a?id=1", status_code=301, headers={"Location": "/b"},
                            match_headers={"Host": "www.example.com"})
    ok_page(httpx_mock, url="http://127.0.0.1:8080/b", match_headers={"Host": "www.example.com"})
    s = settings(host_map={"WWW.Example.com": "http://127.0.0.1:8080"})
    result = run_fetch("https://www.example.com/a?id=1", s)
    assert result.ok, result.error
    assert result.final_url == "https://www.example.com/b"
    assert result.redirects == ["https://www.example.com/b"]


def test_host_map_leaves_other_hosts_alone(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, url="https://other.example.org/a")
    s = settings(host_map={"www.example.com": "http://127.0.0.1:8080"})
    assert run_fetch("https://other.example.org/a", s).ok


def test_host_map_to_https_keeps_the_tls_server_name(httpx_mock: HTTPXMock) -> None:
    ok_page(httpx_mock, url="https://10.0.0.5:8443/a", match_headers={"Host": "www.example.com"},
            match_extensions={"sni_hostname": "www.example.com"})
    s = settings(host_map={"www.example.com": "https://10.0.0.5:8443"})
    result = run_fetch("https://www.example.com/a", s)
    assert result.ok, result.error


# --------------------------------------------------------------------------------------------- deadline


def test_page_deadline(httpx_mock: HTTPXMock) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(2)
        return httpx.Response(200, headers=HTML_HEADERS, content=HTML)

    httpx_mock.add_callback(slow, url=URL)
    sleep = FakeSleep()
    started = time.perf_counter()
    result = run_fetch(URL, settings(page_timeout=0.05), sleep=sleep)
    assert time.perf_counter() - started < 1.5
    assert result.error is not None
    assert result.error.kind == "timeout"
    assert "deadline" in result.error.message
    assert "0.05s" in result.error.message
    assert len(result.attempts) == 1
    assert result.attempts[0].error_kind == "timeout"


def test_page_deadline_covers_a_dripping_body(httpx_mock: HTTPXMock) -> None:
    class Drip(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            for _ in range(100):
                await asyncio.sleep(0.01)
                yield b"<p>x</p>"

    httpx_mock.add_callback(lambda request: httpx.Response(200, headers=HTML_HEADERS, stream=Drip()), url=URL)
    result = run_fetch(URL, settings(page_timeout=0.1))
    assert result.error is not None
    assert result.error.kind == "timeout"
    assert "deadline" in result.error.message


# --------------------------------------------------------------------------------------------- per-host limit


def test_connections_per_host_are_limited(httpx_mock: HTTPXMock) -> None:
    active = {"now": 0, "max": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        active["now"] += 1
        active["max"] = max(active["max"], active["now"])
        await asyncio.sleep(0.01)
        active["now"] -= 1
        return httpx.Response(200, headers=HTML_HEADERS, content=HTML)

    httpx_mock.add_callback(handler, is_reusable=True)

    async def go() -> list[FetchResult]:
        async with Fetcher(settings(max_connections_per_host=2), sleep=FakeSleep()) as fetcher:
            urls = [f"https://a.example.com/{i}" for i in range(8)] + [f"https://b.example.com/{i}" for i in range(8)]
            return await asyncio.gather(*(fetcher.fetch(u) for u in urls))

    results = asyncio.run(go())
    assert all(r.ok for r in results)
    assert active["max"] == 4  # two per host, two hosts


# --------------------------------------------------------------------------------------------- Retry-After parsing


@pytest.mark.parametrize(("value", "expected"), [
    ("7", 7.0),
    (" 120 ", 120.0),
    ("1.5", 1.5),
    ("0", 0.0),
    (None, None),
    ("", None),
    ("soon", None),
    ("-5", None),
])
def test_parse_retry_after_values(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=timezone.utc).timestamp()
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now=now) == 0.0  # in the past: no wait
    assert parse_retry_after("Wed, 21 Oct 2015 09:28:00 +0200", now=now) == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:30:00 -0000", now=now) == 120.0
