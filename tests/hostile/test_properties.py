"""Properties of the code that hostile input reaches first (hypothesis): URL canonicalisation, text
normalisation, dedup signatures, page decoding, the mojibake check, the address guard, bounded decompression
and feed/sitemap parsing: deterministic, idempotent where it applies, never raising on arbitrary input.
(tests/test_properties.py covers the everyday cases; these add the hostile alphabets.)"""

from __future__ import annotations

import gzip
import os
import zlib

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crawler import _dedup as dedup
from crawler._decompress import BoundedDecoder, DecodeError, TooLarge
from crawler._discover import DiscoveryError, parse_feed, parse_sitemap
from crawler._encoding import decode_html
from crawler._fetch import validate_url
from crawler._mojibake import markers, problem, repair
from crawler._netguard import address_problem, literal_address, refusal_for_host
from crawler._text import clean_line, clean_paragraphs, content_hash, join_paragraphs, match_key, split_paragraphs
from crawler._urls import canonical_url, host_of, normalize_url, same_site, site_of

SETTINGS = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow], derandomize=True)

# characters that break naive code: controls, bidi and invisible marks, surrogate-adjacent planes, NUL
_HOSTILE_CHARS = ("\x00\x01\x1b\x7f\x85\xa0\xad\u200b\u200e\u202e\u2028\u2029\ufeff\ufffd\U0001f600\U000e0001"
                  "é日ÃÂ€™\u0301 \t\r\n<>&\"'%#?/\\:@[]")
hostile_text = st.text(alphabet=st.sampled_from(_HOSTILE_CHARS), max_size=60) | st.text(max_size=60)

_url_bits = st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "javascript:", "//", "http:/", "", "[::1]",
                             "[::ffff:127.0.0.1]", "127.0.0.1", "2130706433", "xn--", "münchen.de", "a.b.c",
                             "example.com", ":", ":8080", ":99999999", "/", "/../..", "?", "#", "&", "=", "%",
                             "%00", "%2e%2e", "utm_source=x", "\\", "@", "user:pass@", " ", "\n", "\x00", "é", "日"])
hostile_urls = st.lists(_url_bits, max_size=12).map("".join) | st.text(max_size=80)


@SETTINGS
@given(hostile_urls)
def test_url_functions_never_raise_and_normalize_is_idempotent(url: str) -> None:
    once = normalize_url(url)
    assert once is None or normalize_url(once) == once
    assert normalize_url(url) == once  # deterministic
    host_of(url), site_of(url), same_site(url, "https://example.com/")
    out = canonical_url(once, [url, None, "https://example.com/a"]) if once else None
    assert out is None or normalize_url(out) == out
    error = validate_url(url)
    assert error is None or (error.kind == "invalid_url" and "\n" not in error.message)


@SETTINGS
@given(hostile_text)
def test_text_normalisation_idempotent_and_total(text: str) -> None:
    line = clean_line(text)
    assert clean_line(line) == line
    key = match_key(text)
    assert match_key(key) == key and match_key(text) == key
    paragraphs = clean_paragraphs(text.split("\n"))
    assert clean_paragraphs(paragraphs) == paragraphs
    assert split_paragraphs(join_paragraphs(paragraphs)) == paragraphs
    assert content_hash(text) == content_hash(text)


@SETTINGS
@given(st.lists(hostile_text, max_size=30).map(" ".join))
def test_dedup_signatures_deterministic_and_total(body: str) -> None:
    fp = dedup.fingerprint(body)
    again = dedup.fingerprint(body)
    assert fp == again
    if fp is None:
        assert match_key(body) == ""
        return
    assert len(fp.sig) == dedup.NUM_PERM and fp.size >= 1
    keys = dedup.band_keys(fp.sig)
    assert keys == dedup.band_keys(list(fp.sig)) and len(keys) == dedup.BANDS
    assert all(-(2 ** 63) <= k < 2 ** 63 for k in keys)  # fits SQLite's INTEGER
    assert dedup.similarity(fp, fp) == 1.0
    assert dedup.unpack(dedup.pack(fp.sig)) == [x & 0xFFFFFFFF for x in fp.sig]
    # what the signature sees is the match key: case and spacing do not change it
    assert dedup.fingerprint(body.upper().replace(" ", "  ")) == dedup.fingerprint(body.upper())


_labels = st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
                           "text/html; charset=shift_jis", "text/html; charset=euc-kr", "text/html; charset=gb2312",
                           "text/html; charset=big5", "text/html; charset=utf-7", "text/html; charset=utf-16",
                           "text/html; charset=base64", "text/html; charset=\x00", "text/html; charset=" + "x" * 300])


@SETTINGS
@given(st.binary(max_size=400) | hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")), _labels)
def test_decode_html_total_and_deterministic(content: bytes, content_type: str | None) -> None:
    decoded = decode_html(content, content_type)
    assert isinstance(decoded.text, str) and decoded == decode_html(content, content_type)


def _as_browser_1252(raw: bytes) -> str:
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in raw)


@SETTINGS
@given(hostile_text)
def test_mojibake_repair_is_never_wrong(text: str) -> None:
    assume(markers(text) == 0)
    mangled = _as_browser_1252(text.encode("utf-8"))
    fixed = repair(mangled)
    assert fixed is None or fixed == text
    if markers(mangled):
        assert fixed == text  # a whole text mangled once is always repaired
    assert repair(text) is None  # clean text is left alone
    problem(text), problem(mangled)


@SETTINGS
@given(st.text(max_size=60))
def test_mojibake_check_total(text: str) -> None:
    fixed = repair(text)
    assert fixed is None or repair(fixed) is None
    reason = problem(text)
    assert reason is None or "\n" not in reason


@SETTINGS
@given(st.text(max_size=50) | st.ip_addresses().map(str) | st.integers(0, 2 ** 32).map(str))
def test_address_guard_total(host: str) -> None:
    ip = literal_address(host)
    reason = refusal_for_host(host)
    if ip is not None:
        assert (reason is None) == (address_problem(ip) is None)
    assert address_problem(host) is None or isinstance(address_problem(host), str)


@SETTINGS
@given(st.ip_addresses())
def test_address_guard_agrees_with_ipaddress(ip) -> None:  # type: ignore[no-untyped-def]
    problem_ = address_problem(str(ip))
    if ip.version == 4 or (ip.ipv4_mapped is None and ip.sixtofour is None and not str(ip).startswith("64:ff9b::")):
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved \
                or ip.is_unspecified or not ip.is_global:
            assert problem_ is not None


@SETTINGS
@given(st.binary(max_size=3000), st.integers(1, 4000), st.sampled_from(["gzip", "deflate", "br", "identity", None]),
       st.lists(st.integers(1, 500), min_size=1, max_size=8))
def test_bounded_decoder_never_passes_its_limit(data: bytes, limit: int, coding: str | None,
                                                  cuts: list[int]) -> None:
    import brotli

    encoded = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}.get(coding or "", bytes)(data)
    decoder = BoundedDecoder(coding, limit)
    out = bytearray()
    pos, i = 0, 0
    try:
        while pos < len(encoded):  # fed in arbitrary pieces
            step = cuts[i % len(cuts)]
            out += decoder.feed(encoded[pos:pos + step])
            pos, i = pos + step, i + 1
        out += decoder.flush()
    except TooLarge:
        assert len(data) > limit
        return
    assert bytes(out) == data and len(out) <= limit


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["gzip", "deflate", "br"]))
def test_bounded_decoder_on_garbage_raises_only_its_own_errors(data: bytes, coding: str) -> None:
    decoder = BoundedDecoder(coding, 10_000)
    try:
        decoder.feed(data)
        decoder.flush()
    except (DecodeError, TooLarge):
        pass


_xml_bits = st.sampled_from(["<?xml version='1.0'?>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "<rss version='2.0'>",
                             "<channel>", "<item>", "<link>https://x.example/a-b-c-d</link>", "</item>",
                             "</channel>", "</rss>", "<urlset>", "<url>", "<loc>https://x.example/a</loc>",
                             "</url>", "</urlset>", "<sitemapindex>", "&a;", "&amp;", "<![CDATA[x]]>", "\x00",
                             "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<link href='/x'/>"])


@SETTINGS
@given(st.lists(_xml_bits, max_size=15).map("".join).map(str.encode) | st.binary(max_size=200))
def test_feed_and_sitemap_parsing_raise_only_discovery_errors(data: bytes) -> None:
    for parse in (parse_feed, parse_sitemap):
        try:
            parse(data, "https://x.example/")
        except DiscoveryError as exc:
            assert "\n" not in str(exc)
