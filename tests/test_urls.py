"""URL normal form, AMP variants, the site a URL belongs to, canonical URLs."""

from __future__ import annotations

import pytest

from crawler._urls import canonical_url, host_of, is_homepage, normalize_url, same_site, site_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # tracking parameters go, the others stay in their order
        (
            "https://example.com/a?utm_source=x&b=2&a=1&fbclid=3&gclid=4&mc_cid=5&mc_eid=6&utm_medium=y",
            "https://example.com/a?b=2&a=1",
        ),
        ("https://example.com/a?UTM_Source=x&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?%75tm_source=x&id=7", "https://example.com/a?id=7"),
        ("https://example.com/a?page=2&utm_campaign=x&id=7", "https://example.com/a?page=2&id=7"),
        ("https://example.com/a?x=1&x=2", "https://example.com/a?x=1&x=2"),
        ("https://example.com/a?z=1&a=2", "https://example.com/a?z=1&a=2"),
        ("https://example.com/a?b", "https://example.com/a?b"),
        ("https://example.com/a?x=1&&y=2&", "https://example.com/a?x=1&y=2"),
        ("https://example.com/a?q=a+b", "https://example.com/a?q=a+b"),
        ("https://example.com/a?q=a%20b&r=%26", "https://example.com/a?q=a%20b&r=%26"),
        ("https://example.com/a?utm_source=x", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        # scheme and host lower-cased, the path keeps its case
        ("HTTPS://Example.COM/Path/To", "https://example.com/Path/To"),
        ("https://EXAMPLE.com./x", "https://example.com/x"),
        # default ports dropped, others kept
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        # fragments and user info dropped
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/a?b=1#x", "https://example.com/a?b=1"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        # empty path
        ("https://example.com", "https://example.com/"),
        # path spelling
        ("https://example.com//a//b", "https://example.com/a/b"),
        ("https://example.com/a/../b", "https://example.com/b"),
        ("https://example.com/a/./b", "https://example.com/a/b"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/%7Euser", "https://example.com/~user"),
        ("https://example.com/%e2%82%ac", "https://example.com/%E2%82%AC"),
        ("https://example.com/\u20ac", "https://example.com/%E2%82%AC"),
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),  # an escaped slash is not a slash
        ("https://example.com/%2541", "https://example.com/%2541"),
        ("https://example.com/100%", "https://example.com/100%25"),
        # international host names
        ("https://m\u00fcnchen.de/stra\u00dfe", "https://xn--mnchen-3ya.de/stra%C3%9Fe"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected
    assert normalize_url(expected) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://example.com/amp/news/story", "https://example.com/news/story"),
        ("https://example.com/news/story/amp", "https://example.com/news/story"),
        ("https://example.com/news/story/amp/", "https://example.com/news/story/"),
        ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
        ("https://example.com/news/story.amp", "https://example.com/news/story"),
        ("https://example.com/news/story?amp=1", "https://example.com/news/story"),
        ("https://example.com/news/story?amp", "https://example.com/news/story"),
        ("https://example.com/news/story?id=3&amp=true", "https://example.com/news/story?id=3"),
        ("https://example.com/news/story?outputType=amp", "https://example.com/news/story"),
        ("https://amp.example.com/news/story", "https://example.com/news/story"),
        ("https://amp.example.co.uk/news/story", "https://example.co.uk/news/story"),
        ("https://example.com/amp/amp/story", "https://example.com/story"),
        # not AMP
        ("https://example.com/news/story?amp=0", "https://example.com/news/story?amp=0"),
        ("https://example.com/amplifier/x", "https://example.com/amplifier/x"),
        ("https://example.com/news/champ/x", "https://example.com/news/champ/x"),
        ("https://amp.co.uk/x", "https://amp.co.uk/x"),  # "amp" is the site itself here
        ("https://amp.dev/about", "https://amp.dev/about"),
    ],
)
def test_amp_variants(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_amp_kept_on_request() -> None:
    assert normalize_url("https://example.com/amp/story?amp=1", strip_amp=False) == "https://example.com/amp/story?amp=1"


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "ftp://example.com/x",
        "mailto:a@example.com",
        "javascript:alert(1)",
        "data:text/html,hi",
        "file:///etc/passwd",
        "//example.com/x",
        "example.com/x",
        "/relative/path",
        "https://",
        "https:///path",
        "https://exa mple.com/",
        "https://example..com/",
        "https://example.com:99999/",
        "https://example.com:abc/",
        "http://[::1/",
        "https://ex<ample>.com/",
        42,
    ],
)
def test_not_an_http_url(raw: object) -> None:
    assert normalize_url(raw) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("WWW.BBC.CO.UK", "bbc.co.uk"),
        ("news.yahoo.co.jp", "yahoo.co.jp"),
        ("https://www.bbc.co.uk/news/world", "bbc.co.uk"),
        ("www.bbc.co.uk/news", "bbc.co.uk"),
        ("http://user@www.bbc.co.uk:8080/x", "bbc.co.uk"),
        ("example.com:8080", "example.com"),
        ("example.com", "example.com"),
        ("example.com.", "example.com"),
        ("a.b.example.com", "example.com"),
        ("edition.cnn.com", "cnn.com"),
        ("www.abc.net.au", "abc.net.au"),
        ("www.yna.co.kr", "yna.co.kr"),
        ("n.news.naver.com", "naver.com"),
        ("www.nikkei.co.jp", "nikkei.co.jp"),
        ("mainichi.jp", "mainichi.jp"),
        ("www.spiegel.de", "spiegel.de"),
        ("localhost", "localhost"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_site_of(host: str, site: str) -> None:
    assert site_of(host) == site


def test_site_of_nothing() -> None:
    assert site_of(None) is None
    assert site_of("") is None
    assert host_of(None) is None
    assert host_of("https://Example.COM./x") == "example.com"


def test_same_site() -> None:
    assert same_site("https://www.example.com/a", "https://m.example.com/b")
    assert not same_site("https://example.com/a", "https://example.org/a")
    assert not same_site(None, None)


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("https://example.com/", True),
        ("https://example.com", True),
        ("https://example.com/index.html", True),
        ("https://example.com/en/", True),
        ("https://example.com/en-us", True),
        ("https://example.com/?utm_source=x", True),
        ("https://example.com/?p=123", False),  # a WordPress article
        ("https://example.com/news/story-1", False),
        ("https://example.com/2023/04/28/story", False),
        (None, False),
        ("", False),
    ],
)
def test_is_homepage(url: str | None, home: bool) -> None:
    assert is_homepage(url) is home


def test_canonical_rejects_homepage() -> None:
    page = "https://www.example.com/news/story?utm_source=x"
    assert canonical_url(page, ["https://www.example.com/"]) == "https://www.example.com/news/story"
    assert canonical_url(page, ["https://www.example.com/index.html"]) == "https://www.example.com/news/story"


def test_canonical_rejects_other_site() -> None:
    page = "https://www.example.com/news/story"
    assert canonical_url(page, ["https://other.com/news/story"]) == page
    assert canonical_url(page, ["https://other.com/x", "https://www.example.com/news/story-canon"]) == (
        "https://www.example.com/news/story-canon"
    )


def test_canonical_takes_first_good_candidate() -> None:
    page = "https://www.example.com/amp/news/story"
    got = canonical_url(page, [None, "", "not a url", "https://m.example.com/news/story#top", "https://www.example.com/b"])
    assert got == "https://m.example.com/news/story"


def test_canonical_relative() -> None:
    page = "https://www.example.com/news/story"
    assert canonical_url(page, ["/news/story-canon"]) == "https://www.example.com/news/story-canon"
    assert canonical_url(page, ["//www.example.com/news/b"]) == "https://www.example.com/news/b"


def test_canonical_query_article_is_not_a_homepage() -> None:
    assert canonical_url("https://blog.example.com/?p=5&utm_source=x", ["https://blog.example.com/?p=5"]) == (
        "https://blog.example.com/?p=5"
    )


def test_canonical_without_page() -> None:
    assert canonical_url(None, ["https://example.com/news/a"]) == "https://example.com/news/a"
    assert canonical_url(None, []) is None
    assert canonical_url("https://example.com/a", []) == "https://example.com/a"
