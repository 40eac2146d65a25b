"""extract_article as a library call: what is no HTML document is refused in one line, text with lone
surrogates is read to its end, relative links in the page's metadata are made absolute."""

from __future__ import annotations

import pytest

import crawler
from crawler._errors import NotHTMLError

ARTICLE = ("<html><head><title>Rail plan</title><meta property='og:image' content='{image}'></head><body><article>"
           "<h1>Rail plan</h1><p>{first}</p><p>The council will vote on the plan again in the spring, the mayor said"
           " on Monday.</p><p>Work on the new line could start next year if the money is found.</p></article>"
           "</body></html>")


@pytest.mark.parametrize(("data", "what"), [
    ('{"title": "Rail plan", "body": "<p>x</p>"}', "JSON"),
    (b'[{"id": 1}]', "JSON"),
    ("", "empty document"),
    ("  \n ", "empty document"),
    (b"", "empty document"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    ("\x00\x00\x00\x01", "binary data"),
    ("The council approved the rail plan on Monday.", "text without markup"),
    ('<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0"><channel><title>T</title></channel></rss>',
     "an RSS feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', "an Atom feed"),
    (b'<?xml version="1.0" encoding="UTF-8"?><urlset><url><loc>https://x.example/a</loc></url></urlset>',
     "a sitemap"),
])
def test_what_is_no_html_document_is_refused_in_one_line(data: str | bytes, what: str) -> None:
    with pytest.raises(crawler.ExtractionError, match=f"^not an HTML document: {what}$") as raised:
        crawler.extract_article(data)
    assert isinstance(raised.value, NotHTMLError) and raised.value.kind == "not_html"


def test_a_long_comment_before_the_root_is_no_trouble() -> None:
    """A comment running past the part of the page looked at (it once sent the check round in circles)."""
    page = ("<!DOCTYPE html>\n<!-- " + "x" * 5000 + " -->\n<html><body><p>The council approved the rail plan on Monday "
            "after a long debate in the chamber.</p></body></html>")
    assert "rail plan" in crawler.extract_article(page).body
    feed = '<?xml version="1.0"?><!-- ' + "y" * 5000 + ' --><rss version="2.0"><channel></channel></rss>'
    with pytest.raises(crawler.ExtractionError, match="not an HTML document: an RSS feed"):
        crawler.extract_article(feed)
    endless = "<!DOCTYPE html>\n<!-- " + "z" * 70000  # a comment that never ends: no root, and no loop either
    with pytest.raises(crawler.ExtractionError):
        crawler.extract_article(endless)


def test_html_fragments_and_xhtml_are_still_html() -> None:
    body = "<p>The council approved the rail plan on Monday after a long debate in the chamber.</p>"
    assert "rail plan" in crawler.extract_article(body).body
    xhtml = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
             f"<body>{body}</body></html>")
    assert "rail plan" in crawler.extract_article(xhtml).body


def test_a_lone_surrogate_does_not_cut_the_text() -> None:
    page = ARTICLE.format(image="", first="The council approved the \udcff plan on Monday after a long debate.")
    article = crawler.extract_article(page)
    assert "\ufffd plan" in article.body and article.body.endswith("if the money is found.")


def test_a_relative_image_is_made_absolute() -> None:
    page = ARTICLE.format(image="/img/lead.jpg", first="The council approved the rail plan on Monday.")
    assert crawler.extract_article(page, "https://example.com/news/2025/rail-plan").image == \
        "https://example.com/img/lead.jpg"
    protocol_relative = ARTICLE.format(image="//cdn.example.com/a.jpg", first="The council approved it.")
    assert crawler.extract_article(protocol_relative, "https://example.com/news/1").image == \
        "https://cdn.example.com/a.jpg"


@pytest.mark.parametrize("image", ["javascript:alert(document.cookie)", " JavaScript:alert(1)",
                                   "\n\tjavascript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd",
                                   "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
                                   "data:image/png;base64," + "A" * 200_000])
def test_an_image_that_is_no_web_address_is_dropped_with_or_without_a_url(image: str) -> None:
    page = ARTICLE.format(image=image, first="The council approved the rail plan on Monday.")
    assert crawler.extract_article(page, "https://example.com/news/1").image is None
    assert crawler.extract_article(page).image is None


def test_without_a_url_a_relative_image_is_kept_as_written() -> None:
    page = ARTICLE.format(image=" /img/lead.jpg ", first="The council approved the rail plan on Monday.")
    assert crawler.extract_article(page).image == "/img/lead.jpg"
    absolute = ARTICLE.format(image="https://cdn.example.com/a.jpg", first="The council approved it.")
    assert crawler.extract_article(absolute).image == "https://cdn.example.com/a.jpg"


def test_article_from_dict_reads_what_a_newer_version_wrote_and_to_json_takes_json_options() -> None:
    from crawler import Article, Citation, Source

    article = Article.from_dict({"title": "x", "new_field": 1,
                                 "sources": [{"outlet": "AP", "logo": "https://x.example/logo.png"}],
                                 "citations": [{"number": 1, "title": "t", "accessed": "2025-01-01"}]})
    assert article.sources == [Source(outlet="AP")] and article.citations == [Citation(number=1, title="t")]
    empty = Article.from_dict({"authors": None, "tags": None, "key_points": None, "notes": None, "sources": None,
                               "citations": None})
    assert (empty.authors, empty.tags, empty.key_points, empty.notes, empty.sources, empty.citations) == \
        ([], [], [], [], [], [])
    full = Article(title="Köln", authors=["Jürgen"], sources=[Source("AP", "https://x.example/a")])
    assert Article.from_dict(full.to_dict()) == full
    assert '"K\\u00f6ln"' in full.to_json(ensure_ascii=True) and '"Köln"' in full.to_json()
    assert full.to_json(indent=2).startswith('{\n  "url"')


@pytest.mark.parametrize("levels", [2_100, 5_000, 100_000])
def test_a_page_nested_deeper_than_the_parser_reads_is_an_extraction_error(levels: int) -> None:
    """libxml2 stops reading at 2,048 levels and leaves the rest of the page out: no silent empty (or cut)
    article, but the reason docs/reliability.md gives."""
    text = "<p>" + "Deep text of the article that goes on and on. " * 20 + "</p>"
    deep = f"<html><body>{'<div>' * levels}{text}{'</div>' * levels}</body></html>"
    with pytest.raises(crawler.ExtractionError, match="^page nested too deeply to read$") as raised:
        crawler.extract_article(deep, "https://example.com/deep")
    assert raised.value.kind == "extract"
    readable = f"<html><body>{'<div>' * 2_000}{text}{'</div>' * 2_000}</body></html>"
    assert crawler.extract_article(readable, "https://example.com/deep").word_count == 200


def test_dir_lists_the_lazily_imported_names_without_importing_them() -> None:
    import subprocess
    import sys

    code = ("import sys, crawler\n"
            "print(sorted(set(crawler.__all__) - set(dir(crawler))))\n"
            "print('crawler._extract' in sys.modules, 'crawler._run' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "False False"]


def test_extracting_loads_no_http_client(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A program that only extracts (the library's extract_article, `crawl extract`) never imports the fetcher, the
    HTTP client or the store: a tenth of a second of a one-off command's start."""
    import subprocess
    import sys

    page = tmp_path / "page.html"
    page.write_text(ARTICLE.format(image="", first="The council approved the rail plan on Monday."), encoding="utf-8")
    heavy = ["crawler._fetch", "httpx", "tenacity", "crawler.store", "crawler._crawl"]
    library = ("import sys, crawler\n"
               f"crawler.extract_article(open({str(page)!r}).read(), 'https://example.com/news/1')\n"
               f"print([m for m in {heavy!r} if m in sys.modules])\n"
               "crawler.Fetcher, crawler.FetchError\n"
               "print('crawler._fetch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", library], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "True"]  # (and the fetcher's names still there, imported when first used)
    command = ("import sys\n"
               "from crawler.cli import main\n"
               f"sys.argv = ['crawl', 'extract', {str(page)!r}, '--url', 'https://example.com/news/1']\n"
               "try:\n    main()\nexcept SystemExit:\n    pass\n"
               f"print([m for m in {heavy!r} if m in sys.modules], file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", command], capture_output=True, text=True)
    assert '"title"' in done.stdout and done.stderr.strip().splitlines()[-1] == "[]"


def test_arguments_of_the_wrong_type_are_a_type_error_not_a_bad_page() -> None:
    """A wrong type is the caller's mistake (a TypeError, as for url), never an ExtractionError that code skipping
    bad pages would swallow; bytes-like html (memoryview) is read as bytes."""
    page = ARTICLE.format(image="", first="The council approved the rail plan on Monday.")
    for html, name in ((None, "NoneType"), (42, "int"), (["<p>x</p>"], "list")):
        with pytest.raises(TypeError, match=f"^html must be a str or bytes, not {name}$"):
            crawler.extract_article(html)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^content_type must be a str"):
        crawler.Extractor().extract(page.encode(), "https://example.com/a", content_type=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^url must be a str, not bytes$"):
        crawler.extract_article(page.encode(), b"https://example.com/a")  # type: ignore[arg-type]
    assert "rail plan" in crawler.extract_article(memoryview(page.encode())).body
    assert "rail plan" in crawler.extract_article(bytearray(page.encode())).body


def test_a_json_ld_image_reference_is_looked_up_not_taken_for_the_image() -> None:
    # WordPress SEO plugins write {"image": {"@id": "…#primaryimage"}} and the ImageObject elsewhere in a @graph
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Rail plan", '
             '"image": {"@id": "https://example.com/news/1#primaryimage"}}, {"@type": "ImageObject", '
             '"@id": "https://example.com/news/1#primaryimage", "url": "https://example.com/uploads/rail.jpg"}]}')
    page = ARTICLE.format(image="https://example.com/uploads/og.jpg", first="The council approved the plan.")
    page = page.replace("</head>", f"<script type='application/ld+json'>{graph}</script></head>")
    assert crawler.extract_article(page, "https://example.com/news/1").image == "https://example.com/uploads/rail.jpg"
    # a reference nothing resolves: the Open Graph image
    unresolved = page.replace('"url": "https://example.com/uploads/rail.jpg"', '"caption": "The line"')
    assert crawler.extract_article(unresolved, "https://example.com/news/1").image == \
        "https://example.com/uploads/og.jpg"


def test_a_url_without_its_scheme_still_selects_the_profile() -> None:
    import json
    from pathlib import Path

    from .conftest import ROOT

    base = ROOT / "fixtures" / "apnews.com"
    url = json.loads((base / "2023-richtext.expected.json").read_text())["url"]
    html = (base / "2023-richtext.html").read_bytes()
    page = ARTICLE.format(image="", first="The council approved the rail plan on Monday.").replace(
        "<head>", "<head><link rel='canonical' href='/news/2025/rail-plan'>")
    assert crawler.extract_article(html, url.split("://", 1)[1]).profile.startswith("apnews.com@")
    assert crawler.extract_article(page, "example.com/news/2025/rail-plan").canonical_url == \
        "https://example.com/news/2025/rail-plan"
    with pytest.raises(TypeError, match="url must be a str"):
        crawler.extract_article(html, Path("apnews.com"))  # type: ignore[arg-type]


def test_the_section_comes_from_a_breadcrumb_trail_when_none_is_declared() -> None:
    crumbs = ('{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
              '{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://example.com/"}, '
              '{"@type": "ListItem", "position": 3, "name": "Rail plan", "item": "https://example.com/news/1"}, '
              '{"@type": "ListItem", "position": 2, "name": "Local", "item": "https://example.com/local/"}]}')
    page = ARTICLE.format(image="", first="The council approved the plan.").replace(
        "</head>", f"<script type='application/ld+json'>{crumbs}</script></head>")
    assert crawler.extract_article(page, "https://example.com/news/1").section == "Local"
    # a declared section wins; a trail of the home page and the story alone names none
    declared = page.replace("</head>", "<meta property='article:section' content='Transport'></head>")
    assert crawler.extract_article(declared, "https://example.com/news/1").section == "Transport"
    bare = page.replace('"name": "Local"', '"name": "Story"')
    assert crawler.extract_article(bare, "https://example.com/news/1").section is None
    # a section whose name opens the title is still the section
    rail = page.replace('"name": "Local"', '"name": "Rail"').replace(
        ', {"@type": "ListItem", "position": 3, "name": "Rail plan", "item": "https://example.com/news/1"}', "")
    rail = rail.replace("</head>", "<meta property='og:title' content='Rail plan'></head>")
    assert '"Rail plan"' not in rail
    assert crawler.extract_article(rail, "https://example.com/news/1").section == "Rail"


@pytest.mark.parametrize(("page_url", "declared", "canonical"), [
    # a story page whose rel=canonical names its section, or the home page (a CMS bug): the page's own address
    ("https://ex.com/news/2024/05/story-slug", "https://ex.com/news/", "https://ex.com/news/2024/05/story-slug"),
    ("https://ex.com/news/2024/05/story-slug", "https://ex.com/", "https://ex.com/news/2024/05/story-slug"),
    ("https://ex.com/politics/2024/05/story-slug", "https://ex.com/politics/",
     "https://ex.com/politics/2024/05/story-slug"),
    ("https://ex.com/world/europe/rail-strike-ends", "/world/europe", "https://ex.com/world/europe/rail-strike-ends"),
    # a canonical that names another address of the story stays: the regular page of an AMP one, a story moved
    # to a shorter slug or to its id, a copy's original elsewhere on the site
    ("https://ex.com/news/2024/05/story-slug/amp", "https://ex.com/news/2024/05/story-slug",
     "https://ex.com/news/2024/05/story-slug"),
    ("https://ex.com/news/2024/05/10/rail-strike-ends-after-talks", "https://ex.com/rail-strike-ends-after-talks",
     "https://ex.com/rail-strike-ends-after-talks"),
    ("https://ex.com/article/12345/rail-strike", "https://ex.com/article/12345", "https://ex.com/article/12345"),
    ("https://ex.com/partners/2024/story-slug", "https://ex.com/news/2024/05/original-story",
     "https://ex.com/news/2024/05/original-story"),
])
def test_a_canonical_naming_a_listing_page_is_not_the_articles(page_url: str, declared: str, canonical: str) -> None:
    """Article.canonical_url is the store's key: a section or home page declared as a story's canonical (which the
    store would never key it by) is not reported, by the same rule the store applies."""
    page = ARTICLE.format(image="", first="The council approved the rail plan on Monday.").replace(
        "<head>", f"<head><link rel='canonical' href='{declared}'>")
    assert crawler.extract_article(page, page_url).canonical_url == canonical


def test_the_store_and_extraction_tell_a_listing_canonical_by_one_rule() -> None:
    from crawler import _urls
    from crawler.store import _rules

    assert _rules.listing_canonical is _urls.listing_canonical
