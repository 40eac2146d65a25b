"""Dates as pages write them -> ISO 8601 (a moment with its offset, or a bare day)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler._dates import parse_date, same_instant, to_datetime

THIS_YEAR = datetime.now(timezone.utc).year


@pytest.mark.parametrize(
    ("raw", "tz", "expected"),
    [
        # ISO 8601
        ("2023-04-28T17:40:00Z", None, "2023-04-28T17:40:00+00:00"),
        ("2023-04-28T17:40:00z", None, "2023-04-28T17:40:00+00:00"),
        ("2023-04-28T17:40:00.123Z", None, "2023-04-28T17:40:00+00:00"),
        ("2023-04-28T17:40:00+09:00", None, "2023-04-28T17:40:00+09:00"),
        ("2023-04-28T17:40:00+0900", None, "2023-04-28T17:40:00+09:00"),
        ("2023-04-28T17:40:00-04:00", "Asia/Tokyo", "2023-04-28T17:40:00-04:00"),  # its own offset wins
        ("2023-04-28T17:40:00.123456+09:00", None, "2023-04-28T17:40:00+09:00"),
        ("2023-04-28 17:40", None, "2023-04-28T17:40:00+00:00"),
        ("  2023-04-28T17:40:00Z  ", None, "2023-04-28T17:40:00+00:00"),
        # a zone written after the time, as an offset or a name, perhaps after PM
        ("2025-03-12 15:04 CET", "Asia/Tokyo", "2025-03-12T15:04:00+01:00"),
        ("2025/03/12 15:04 +0900", None, "2025-03-12T15:04:00+09:00"),
        ("2025-03-12 03:04 PM EDT", None, "2025-03-12T15:04:00-04:00"),
        ("2025-03-12T15:04:00 EST", None, "2025-03-12T15:04:00-05:00"),
        ("2025-03-12 15:04 Uhr", "Europe/Berlin", "2025-03-12T15:04:00+01:00"),  # no zone: the site's
        # naive: UTC by default, or the zone given
        ("2023-04-28T17:40:00", None, "2023-04-28T17:40:00+00:00"),
        ("2023-04-28T17:40:00", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        ("2023-04-28T17:40:00", "America/New_York", "2023-04-28T17:40:00-04:00"),
        ("2023-01-28T17:40:00", "America/New_York", "2023-01-28T17:40:00-05:00"),
        ("2023-04-28T17:40:00", "No/Such_Zone", "2023-04-28T17:40:00+00:00"),
        # RFC 2822
        ("Fri, 28 Apr 2023 17:40:00 GMT", None, "2023-04-28T17:40:00+00:00"),
        ("Fri, 28 Apr 2023 17:40:00 +0900", None, "2023-04-28T17:40:00+09:00"),
        ("Fri, 28 Apr 2023 17:40:00 -0400", "Asia/Tokyo", "2023-04-28T17:40:00-04:00"),
        ("Fri, 28 Apr 2023 17:40:00 EDT", None, "2023-04-28T17:40:00-04:00"),
        ("Sat, 29 Apr 2023 02:40:00 KST", None, "2023-04-29T02:40:00+09:00"),
        ("Fri, 28 Apr 2023 17:40:00", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        ("28 Apr 2023 17:40 +0100", None, "2023-04-28T17:40:00+01:00"),
        # epoch seconds and milliseconds
        ("1682671200", None, "2023-04-28T08:40:00+00:00"),
        ("1682671200000", None, "2023-04-28T08:40:00+00:00"),
        ("1682671200.5", None, "2023-04-28T08:40:00+00:00"),
        # a day stays a day
        ("April 28, 2023", None, "2023-04-28"),
        ("28 April 2023", None, "2023-04-28"),
        ("Apr. 28, 2023", None, "2023-04-28"),
        ("2023-04-28", None, "2023-04-28"),
        ("2023-04-28", "Asia/Tokyo", "2023-04-28"),
        ("20230428", None, "2023-04-28"),
        ("Updated April 28, 2023", None, "2023-04-28"),
        # English with a time
        ("April 28, 2023 5:40 PM", None, "2023-04-28T17:40:00+00:00"),
        ("April 28, 2023 5:40 PM", "America/New_York", "2023-04-28T17:40:00-04:00"),
        ("April 28, 2023 5:40 PM EDT", None, "2023-04-28T17:40:00-04:00"),
        ("April 28, 2023 5 PM", "America/New_York", "2023-04-28T17:00:00-04:00"),
        ("April 28, 2023 17:40 JST", None, "2023-04-28T17:40:00+09:00"),
        ("Published: April 28, 2023 at 5:40 PM", None, "2023-04-28T17:40:00+00:00"),
        ("April 28, 2023 17:40 ZZZZZ", None, "2023-04-28"),  # an unknown zone: the day is all that is known
        # Japanese
        ("2023年4月28日 17時40分", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        ("2023年4月28日 17時40分30秒", "Asia/Tokyo", "2023-04-28T17:40:30+09:00"),
        ("2023年4月28日 午後5時40分", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        ("2023年4月28日 午前0時5分", "Asia/Tokyo", "2023-04-28T00:05:00+09:00"),
        ("2023年4月28日", "Asia/Tokyo", "2023-04-28"),
        ("２０２３年４月２８日", "Asia/Tokyo", "2023-04-28"),
        ("2023/04/28 17:40", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        ("2023/04/28 5:40 PM", "Asia/Tokyo", "2023-04-28T17:40:00+09:00"),
        # Korean
        ("2023년 4월 28일 17:40", "Asia/Seoul", "2023-04-28T17:40:00+09:00"),
        ("2023년 4월 28일 오후 5:40", "Asia/Seoul", "2023-04-28T17:40:00+09:00"),
        ("2023년 4월 28일 오후 5시 40분", "Asia/Seoul", "2023-04-28T17:40:00+09:00"),
        ("2023년 4월 28일 오전 12:10", "Asia/Seoul", "2023-04-28T00:10:00+09:00"),
        ("2023년 4월 28일", "Asia/Seoul", "2023-04-28"),
        ("2023.04.28 17:40", "Asia/Seoul", "2023-04-28T17:40:00+09:00"),
        # Chinese
        ("2023年4月28日 下午5:40", "Asia/Shanghai", "2023-04-28T17:40:00+08:00"),
        # day-first dotted dates
        ("28.04.2023", None, "2023-04-28"),
        ("03.04.2023", None, "2023-04-03"),
        ("03.04.2023 17:40", "Europe/Berlin", "2023-04-03T17:40:00+02:00"),
        ("Stand: 28.04.2023, 17:40 Uhr", "Europe/Berlin", "2023-04-28T17:40:00+02:00"),
        ("Freitag, 28.04.2023 um 17:40 Uhr", "Europe/Berlin", "2023-04-28T17:40:00+02:00"),
    ],
)
def test_parse_date(raw: str, tz: str | None, expected: str) -> None:
    assert parse_date(raw, tz) == expected


def test_tzinfo_object() -> None:
    assert parse_date("2023-04-28T17:40:00", ZoneInfo("Asia/Tokyo")) == "2023-04-28T17:40:00+09:00"
    assert parse_date("2023-04-28T17:40:00", timezone(timedelta(hours=-3))) == "2023-04-28T17:40:00-03:00"


def test_epoch_number() -> None:
    assert parse_date(1682671200) == "2023-04-28T08:40:00+00:00"  # type: ignore[arg-type]
    assert parse_date(1682671200.0) == "2023-04-28T08:40:00+00:00"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        "1970-01-01T00:00:00Z",
        "1970-01-01",
        "April 28, 1970",
        "1970年1月1日",
        "0",
        "86400",
        "2999-01-01",
        "2999-01-01T00:00:00Z",
        "Tue, 31 Dec 2999 23:59:59 GMT",
        "9999999999",
        f"{THIS_YEAR + 2}-01-01",
        "1989-12-31",
    ],
)
def test_implausible_years(raw: str) -> None:
    assert parse_date(raw) is None


def test_next_year_is_plausible() -> None:
    assert parse_date(f"{THIS_YEAR + 1}-01-01") == f"{THIS_YEAR + 1}-01-01"
    assert parse_date("1990-01-01") == "1990-01-01"


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "garbage",
        "not a date at all",
        "2023-02-30",
        "2023-13-01",
        "2023-04-28T25:00:00",
        "31.02.2023",
        "2023年2月30日",
        "2023",  # a year is not a day
        "May 2023",  # nor is a month
        "May",
        "Friday",
        "17:40",
        "3 hours ago",
        "x" * 500,
        "\x00\x01",
        "1e10",
        "12",
        "17:402023202316826712001682671200",  # dateutil raises decimal.InvalidOperation on this
        True,
        [],
        {},
    ],
)
def test_garbage(raw: object) -> None:
    assert parse_date(raw) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("tz", [5, "", "../../etc/passwd", "\x00", "Asia/Tokyo\x00", object()])
def test_odd_zone_never_raises(tz: object) -> None:
    assert parse_date("2023-04-28T17:40:00", tz) == "2023-04-28T17:40:00+00:00"  # type: ignore[arg-type]


def test_to_datetime_and_same_instant() -> None:
    assert to_datetime("2023-04-28") == datetime(2023, 4, 28, tzinfo=timezone.utc)
    assert to_datetime(None) is None
    assert to_datetime("nonsense") is None
    assert same_instant("2023-04-28T17:40:00+09:00", "2023-04-28T08:40:00+00:00")
    assert not same_instant("2023-04-28T17:40:00+09:00", "2023-04-28T17:40:00+00:00")
    assert not same_instant(None, "2023-04-28")


def _page(head_of_article: str, before: str = "") -> str:
    text = "".join(f"<p>The harbour board met for the {n} time this year to discuss the ferry timetable and fares.</p>"
                   for n in ("first", "second", "third", "fourth", "fifth"))
    return (f"<html><head><title>Ferry fares frozen</title></head><body>{before}<article><h1>Ferry fares frozen</h1>"
            f"{head_of_article}{text}</article></body></html>")


@pytest.mark.parametrize(
    ("head_of_article", "before", "expected"),
    [
        # a sidebar's and a teaser's <time> before the article's own
        ("<time datetime='2025-05-03T09:00:00+01:00'>3 May</time>",
         "<aside><time datetime='2025-04-28T07:00:00+01:00'>28 April</time></aside>", "2025-05-03T09:00:00+01:00"),
        ("<time datetime='2025-05-03T09:00:00+01:00'>3 May</time>",
         "<div class='trending-list'><div><span>Bridge reopens</span><time datetime='2025-04-28T07:00:00+01:00'>"
         "</time></div></div>", "2025-05-03T09:00:00+01:00"),
        # the update printed before the publication: by its label, or by its class
        ("<p>Updated <time datetime='2025-03-14T09:00:00Z'>14 March</time> · Published "
         "<time datetime='2025-03-12T10:00:00Z'>12 March</time></p>", "", "2025-03-12T10:00:00+00:00"),
        ("<time class='date-modified' datetime='2025-03-14T09:00:00Z'>14 March</time>"
         "<time class='date' datetime='2025-03-12T10:00:00Z'>12 March</time>", "", "2025-03-12T10:00:00+00:00"),
        # marked as the publication
        ("<time datetime='2025-03-10T08:00:00Z'>10 March</time><time pubdate datetime='2025-03-12T10:00:00Z'>"
         "</time>", "", "2025-03-12T10:00:00+00:00"),
        # a related story's date is no date of this one
        ("", "<div class='related'><a href='/x'>Bridge reopens <time datetime='2025-04-28T07:00:00+01:00'></time>"
         "</a></div>", None),
    ],
)
def test_the_articles_own_time_element_dates_it(head_of_article: str, before: str, expected: str | None) -> None:
    from crawler import ExtractOptions, Extractor

    article = Extractor(ExtractOptions(date_search=False)).extract(_page(head_of_article, before),
                                                                  "https://news.example.org/harbour/ferry")
    assert article.published_at == expected


@pytest.mark.parametrize(
    ("head_of_article", "before", "expected"),
    [
        # a date printed in words only, in the language of the page
        ("<p class='fecha'>12 de marzo de 2025</p>", "", "2025-03-12"),
        ("<p><span class='meta'>publiziert am 25. September 2018</span></p>", "", "2018-09-25"),
        # a year alone (a copyright's, a picture's folder) dates nothing
        ("<img src='/img/2025/ferry.jpg' alt=''>", "<p class='legal'>© 2025</p>", None),
        # the dates of other stories only: none of them is this one's
        ("", "<section class='trending'><ul><li><a href='/a'>Library hours cut</a> "
         "<time datetime='2025-04-28T07:00:00+01:00'>28 April</time></li><li><a href='/b'>New bus route</a> "
         "<time datetime='2025-04-27T12:00:00+01:00'>27 April</time></li></ul></section>", None),
    ],
)
def test_the_date_search_reads_the_text_not_a_year_nor_a_teaser(head_of_article: str, before: str,
                                                                   expected: str | None) -> None:
    from crawler import extract_article

    assert extract_article(_page(head_of_article, before),
                           "https://news.example.org/harbour/ferry").published_at == expected


def test_a_page_objects_dates_date_an_article_without_its_own() -> None:
    from crawler import extract_article

    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", '
          '"name": "Ferry fares frozen", "datePublished": "2025-03-12T15:04:00+00:00", '
          '"dateModified": "2025-03-13T08:00:00+00:00"}]}</script>')
    article = extract_article(_page("").replace("</head>", ld + "</head>"), "https://news.example.org/harbour/ferry")
    assert (article.published_at, article.updated_at) == ("2025-03-12T15:04:00+00:00", "2025-03-13T08:00:00+00:00")
    # an article object's own date comes first
    own = ld.replace('{"@type": "WebPage"', '{"@type": "NewsArticle", "headline": "Ferry fares frozen", '
                     '"datePublished": "2025-03-11T09:00:00+00:00"}, {"@type": "WebPage"')
    assert extract_article(_page("").replace("</head>", own + "</head>"),
                           "https://news.example.org/harbour/ferry").published_at == "2025-03-11T09:00:00+00:00"


@pytest.mark.parametrize("name", ["dcterms.issued", "dcterms.date", "DC.date.issued"])
def test_a_dublin_core_date_dates_the_page(name: str) -> None:
    # Drupal's metatag module writes the node's date as Dublin Core terms, often with no other date
    from crawler import ExtractOptions, Extractor

    paras = "".join(f"<p>Paragraph {i}: the harbour board met on Monday and agreed to dredge the channel before "
                    "the summer season.</p>" for i in range(5))
    html = (f'<html><head><title>Channel to be dredged</title><meta name="{name}" content="2024-02-19T11:00:00+01:00">'
            f"</head><body><article><h1>Channel to be dredged</h1>{paras}</article></body></html>")
    article = Extractor(ExtractOptions(use_profiles=False, date_search=False)).extract(
        html, "https://harbour.example.org/node/12")
    assert article.published_at == "2024-02-19T11:00:00+01:00"
