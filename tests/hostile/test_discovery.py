"""Hostile feeds and sitemaps: entity expansion, external entities, malformed and absurdly deep XML, huge
sitemaps and feeds, sitemap indexes that loop or nest, compressed bombs. Parsing is safe and capped; each
problem is recorded on the source's row in `urls` and in the run's discovery errors; other sources go on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crawler._discover import DiscoveryError, parse_feed, parse_sitemap
from crawler.localweb import LocalWeb, Page, gzip_bomb

from .conftest import HOST, add_articles, assert_sound, crawl, rows, stored, url_state

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><link>https://www.hostile.example/a</link></item>
</channel></rss>"""
QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + b"x" * 50_000 + b'">]><urlset ' + NS.encode()
             + b"><url><loc>" + b"&a;" * 10_000 + b"</loc></url></urlset>")
XXE_FILE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/&xxe;</loc></url></urlset>"""


def xxe_http(base: str) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "{base}/secret.txt">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
            "<link>https://www.hostile.example/a</link></item></channel></rss>").encode()


def external_dtd(base: str) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{base}/evil.dtd">'
            '<rss version="2.0"><channel><title>t</title><item><title>&ext;</title>'
            "<link>https://www.hostile.example/a</link></item></channel></rss>").encode()


def parameter_entity(base: str) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % remote SYSTEM "{base}/evil.dtd"> %remote;]>'
            f"<urlset {NS}><url><loc>https://www.hostile.example/a</loc></url></urlset>").encode()


def urlset(urls: list[str], lastmod: str | None = None) -> bytes:
    mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return (f"<urlset {NS}>" + "".join(f"<url><loc>{u}</loc>{mod}</url>" for u in urls) + "</urlset>").encode()


def index(children: list[str]) -> bytes:
    return (f"<sitemapindex {NS}>" + "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in children)
            + "</sitemapindex>").encode()


def deep(levels: int) -> bytes:
    return f"<urlset {NS}>".encode() + b"<url>" * levels + b"<loc>https://x.example/a</loc>" + b"</url>" * levels \
        + b"</urlset>"


@pytest.mark.parametrize("name,data", [
    ("billion-laughs", BILLION_LAUGHS), ("quadratic-blowup", QUADRATIC), ("xxe-file", XXE_FILE),
    ("xxe-http", xxe_http("http://127.0.0.1:9")), ("external-dtd", external_dtd("http://127.0.0.1:9")),
    ("parameter-entity", parameter_entity("http://127.0.0.1:9")), ("deep-100k", deep(100_000)),
    ("malformed", b"<urlset><url><loc>https://x.example/a</loc></url"), ("not-xml", b"\x00\x01binary\xff" * 100),
    ("html", b"<!DOCTYPE html><html><body><p>not a sitemap</p></body></html>"),
])
def test_hostile_xml_is_refused_quickly(name: str, data: bytes) -> None:
    for parse in (parse_feed, parse_sitemap):
        t0 = time.process_time()
        try:
            out = parse(data, "https://www.hostile.example/")
        except DiscoveryError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            # a document that is not refused yields nothing from any entity (feedparser reads DTD-less junk)
            urls = [f.url for f in (out if parse is parse_feed else out.urls)]  # type: ignore[union-attr]
            assert name in ("external-dtd", "html", "not-xml") and all("passwd" not in u for u in urls), (name, urls)
        assert time.process_time() - t0 < 2, name


def test_sitemap_of_60000_urls_is_capped() -> None:
    urls = [f"https://{HOST}/world/2025/story-{i}-about-the-plan" for i in range(60_000)]
    t0 = time.process_time()
    result = parse_sitemap(urlset(urls), f"https://{HOST}/sitemap.xml")
    assert time.process_time() - t0 < 10
    assert len(result.urls) == 50_000 and result.truncated
    index_result = parse_sitemap(index(urls[:300]), f"https://{HOST}/sitemap.xml", max_urls=100)
    assert len(index_result.sitemaps) == 100 and index_result.truncated


def test_feed_with_50000_entries_is_cut_before_feedparser() -> None:
    items = "".join(f"<item><title>t{i}</title><link>https://{HOST}/world/2025/story-{i}-x-y-z</link></item>"
                    for i in range(50_000))
    data = f"<rss version='2.0'><channel><title>x</title>{items}</channel></rss>".encode()
    t0 = time.process_time()
    entries = parse_feed(data, f"https://{HOST}/rss.xml", max_entries=1000)
    assert time.process_time() - t0 < 10  # feedparser on all 50,000 takes 6 s on an idle machine, this ~1 s
    assert len(entries) == 1000 and entries.truncated
    assert entries[0].url.endswith("story-0-x-y-z") and entries[-1].url.endswith("story-999-x-y-z")


def test_an_html_page_is_neither_a_feed_nor_a_sitemap() -> None:
    """A moved feed that now redirects to the home page is an error, not an empty feed; the feed the page
    advertises is named."""
    page = (b'<!DOCTYPE html>\n<html lang="en"><head><title>Home</title><link rel="alternate" '
            b'type="application/rss+xml" title="All" href="/feeds/all.xml?x=1&amp;y=2"></head><body></body></html>')
    with pytest.raises(DiscoveryError, match=r"not a feed: the server sent an HTML page; the page names a feed at "
                                             rf"https://{HOST}/feeds/all\.xml\?x=1&y=2$"):
        parse_feed(page, f"https://{HOST}/rss.xml")
    with pytest.raises(DiscoveryError, match="not a sitemap: the server sent an HTML page$"):
        parse_sitemap(page, f"https://{HOST}/sitemap.xml")
    xhtml = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>'
    with pytest.raises(DiscoveryError, match="HTML page"):
        parse_feed(xhtml, f"https://{HOST}/rss.xml")
    with pytest.raises(DiscoveryError, match=r"not a feed \(root element <urlset>\)"):
        parse_feed(b'<?xml version="1.0"?><urlset ' + NS.encode() + b"></urlset>", f"https://{HOST}/rss.xml")
    # RSS 1.0 (RDF) and Atom are feeds
    rdf = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns="http://purl.org/rss/1.0/"><channel><title>t</title></channel>'
           b'<item><title>a</title><link>https://' + HOST.encode() + b'/world/2025/a-b-c-d</link></item></rdf:RDF>')
    assert [f.url for f in parse_feed(rdf, f"https://{HOST}/rss.xml")] == [f"https://{HOST}/world/2025/a-b-c-d"]
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>a</title>'
            b'<link href="https://' + HOST.encode() + b'/world/2025/e-f-g-h"/></entry></feed>')
    assert [f.url for f in parse_feed(atom, f"https://{HOST}/rss.xml")] == [f"https://{HOST}/world/2025/e-f-g-h"]


def test_the_html_check_is_linear_on_hostile_documents() -> None:
    """Forty comments before a feed (a regex over the run backtracked for days), and a page of unclosed <link
    tags (quadratic): both read at once."""
    feed = (b'<?xml version="1.0"?>' + b"<!-- x -->\n" * 40 + b"<rss version='2.0'><channel><title>t</title>"
            b"<item><link>https://" + HOST.encode() + b"/world/2025/a-b-c-d</link></item></channel></rss>")
    t0 = time.process_time()
    assert len(parse_feed(feed, f"https://{HOST}/rss.xml")) == 1
    with pytest.raises(DiscoveryError, match="HTML page$"):
        parse_feed(b"<!DOCTYPE html><html>" + b"<link " * 20_000, f"https://{HOST}/rss.xml")
    assert time.process_time() - t0 < 5


def test_gzip_bomb_sitemap_is_refused(web: LocalWeb) -> None:
    with pytest.raises(DiscoveryError, match="inflates past"):
        parse_sitemap(gzip_bomb(64 * 1024 * 1024), f"https://{HOST}/sitemap.xml.gz")


def test_a_crawl_through_hostile_feeds_and_sitemaps(web: LocalWeb, tmp_path: Path) -> None:
    good = add_articles(web, 3)
    base = f"https://{HOST}"
    web.add(f"{base}/secret.txt", Page(body=b"TOP SECRET", content_type="text/plain"))
    web.add(f"{base}/evil.dtd", Page(body=b'<!ENTITY ext "pwned">', content_type="application/xml-dtd"))
    hostile = {
        "billion.xml": BILLION_LAUGHS,
        "quadratic.xml": QUADRATIC,
        "xxe-file.xml": XXE_FILE,
        "xxe-http.xml": xxe_http(base),
        "param.xml": parameter_entity(base),
        "deep.xml": deep(100_000),
        "malformed.xml": b"<rss version='2.0'><channel><item><link>x</link></item>",
        "bomb.xml.gz": gzip_bomb(64 * 1024 * 1024),
        "empty.xml": b"",
    }
    for name, data in hostile.items():
        web.add(f"{base}/{name}", Page(body=data, content_type="application/xml"))
    # sitemaps: an index that loops back (A -> B -> A), an index nested too deep, an index of 300 children,
    # and a good one with the real articles
    web.add(f"{base}/loop-a.xml", Page(body=index([f"{base}/loop-b.xml"]), content_type="application/xml"))
    web.add(f"{base}/loop-b.xml", Page(body=index([f"{base}/loop-a.xml", f"{base}/good.xml"]),
                                       content_type="application/xml"))
    for level in range(6):
        web.add(f"{base}/nest-{level}.xml", Page(body=index([f"{base}/nest-{level + 1}.xml"]),
                                                 content_type="application/xml"))
    web.add(f"{base}/many.xml", Page(body=index([f"{base}/child-{i}.xml" for i in range(300)]),
                                     content_type="application/xml"))
    for i in range(300):
        web.add(f"{base}/child-{i}.xml", Page(body=urlset([]), content_type="application/xml"))
    web.add(f"{base}/good.xml", Page(body=urlset(good, "2025-03-01"), content_type="application/xml"))  # first due
    web.add(f"{base}/huge.xml", Page(body=urlset([f"{base}/world/2025/story-{i}-gone-about-the-plan"
                                                  for i in range(5000)]), content_type="application/xml"))
    feeds = ["billion.xml", "xxe-http.xml", "malformed.xml", "empty.xml"]
    sitemaps = [n for n in hostile if n not in feeds] + ["loop-a.xml", "nest-0.xml", "many.xml", "huge.xml"]
    sources = "".join(f'[[sources]]\nfeed = "{base}/{n}"\n\n' for n in feeds)
    sources += "".join(f'[[sources]]\nsitemap = "{base}/{n}"\n\n' for n in sitemaps)
    t0 = time.monotonic()
    summary, db = crawl(tmp_path, web, sources, extra="max_sitemap_urls = 1000\nmax_sitemaps = 50\nmax_pages = 5")
    assert time.monotonic() - t0 < 15
    assert set(good) <= stored(db)
    for name in hostile:
        state = url_state(db, f"{base}/{name}")
        assert state is not None and state[0] == "failed" and state[2], (name, state)
    assert url_state(db, f"{base}/billion.xml")[2].startswith("XML declares entities")  # type: ignore[index]
    assert url_state(db, f"{base}/bomb.xml.gz")[2].endswith("inflates past 50 MB (refused)")  # type: ignore[index]
    assert url_state(db, f"{base}/deep.xml")[2].startswith("XML nested")  # type: ignore[index]
    assert url_state(db, f"{base}/empty.xml")[1] == "empty"  # type: ignore[index]
    # no external entity or DTD was ever fetched
    assert not [r for r in web.requests if r.path in ("/secret.txt", "/evil.dtd")]
    # the loop was read once per sitemap; the deep index stopped at the depth limit; the wide one at the count
    assert sum(1 for r in web.requests if r.path == "/loop-a.xml") == 1
    assert not [r for r in web.requests if r.path == "/nest-5.xml"]
    errors = "\n".join(summary.discovery_errors)
    assert "nested deeper than 3 levels" in errors
    assert errors.count("sitemap limit reached") == 1
    assert sum(1 for r in web.requests if r.path.startswith("/child-")) < 50
    # the huge sitemap was capped, and says so on its row
    assert url_state(db, f"{base}/huge.xml") == ("done", "capped", "lists more than 1000 URLs: the first 1000 were "
                                                                   "read")
    assert rows(db, "SELECT count(*) FROM urls WHERE discovered_from = ?", f"{base}/huge.xml")[0][0] == 1000
    assert summary.exit_code == 1
    assert_sound(db)
