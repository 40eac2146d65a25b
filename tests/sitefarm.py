"""A local multi-site web for crawl tests: several news sites with feeds, sitemaps (index, gzip, Google
News), section pages, robots.txt and articles, all served by one LocalWeb under their real host names."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

from crawler.localweb import LocalWeb, Page

from .pages import news_page

WORDS = ("harbour council budget rail bridge school hospital election river market festival storm "
         "energy water museum airport library court police farmers").split()


def paragraphs_for(site: int, n: int) -> list[str]:
    w = WORDS
    out = []
    for k in range(4):
        a, b, c = w[(site * 7 + n * 3 + k) % len(w)], w[(site + n + 2 * k) % len(w)], w[(n * 5 + k + 1) % len(w)]
        out.append(f"Officials in district {site}-{n} said on day {k + 1} that the {a} plan would change how the "
                   f"{b} is run, after months of talks about the {c} and its cost of {100 + site * 10 + n + k} "
                   f"million over the coming years.")
    return out


@dataclass
class Farm:
    web: LocalWeb
    hosts: list[str]
    articles: dict[str, list[str]] = field(default_factory=dict)  # host -> article URLs served
    blocked: list[str] = field(default_factory=list)

    @property
    def all_articles(self) -> list[str]:
        return [u for urls in self.articles.values() for u in urls]

    def config(self, db: str = "crawl.db", extra: str = "", sources: str | None = None) -> str:
        resolve = ", ".join(f'"{h}" = "{self.web.base_url}"' for h in self.hosts)
        if sources is None:
            sources = (f'[[sources]]\nfeed = "https://{self.hosts[0]}/rss.xml"\n\n'
                       f'[[sources]]\nsitemap = "https://{self.hosts[1]}/sitemap.xml"\n\n'
                       f'[[sources]]\nsection = "https://{self.hosts[2]}/world"\n'
                       f"article_url = '/world/\\d{{4}}/'\n")
        return (f'[crawl]\ndb = "{db}"\ndelay = 0\nconcurrency = 8\nper_host_concurrency = 2\nworkers = 0\n'
                f'attempts = 3\ntimeout = 5\npage_timeout = 10\nresolve = {{ {resolve} }}\n{extra}\n\n{sources}')


def _rss(host: str, urls: list[str]) -> bytes:
    now = datetime(2025, 3, 6, 12, 0, tzinfo=timezone.utc)
    items = "".join(
        f"<item><title>Story {i}</title><link>{u}</link><guid>{u}</guid>"
        f"<pubDate>{format_datetime(now - timedelta(hours=i))}</pubDate></item>" for i, u in enumerate(urls))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{host}</title>'
            f"<link>https://{host}/</link>{items}</channel></rss>").encode()


def _urlset(urls: list[str], news: bool = False) -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    body = ""
    for i, u in enumerate(urls):
        extra = (f"<news:news><news:publication><news:name>N</news:name><news:language>en</news:language>"
                 f"</news:publication><news:publication_date>2025-03-0{1 + i % 5}T10:00:00Z</news:publication_date>"
                 f"<news:title>T</news:title></news:news>") if news else "<lastmod>2025-03-01</lastmod>"
        body += f"<url><loc>{u}</loc>{extra}</url>"
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
            f"{body}</urlset>").encode()


def add_article(farm: Farm, host: str, site: int, n: int, **page_kwargs: object) -> str:
    url = f"https://{host}/world/2025/story-{site}-{n}-about-the-district-plan"
    title = f"District {site}-{n} council approves the new plan"
    farm.web.add(url, Page(body=news_page(title, paragraphs_for(site, n)).encode(), **page_kwargs))  # type: ignore[arg-type]
    farm.articles.setdefault(host, []).append(url)
    return url


def build_farm(web: LocalWeb, sites: int = 3, articles: int = 4, **page_kwargs: object) -> Farm:
    hosts = [f"www.news{s}.example" for s in range(sites)]
    farm = Farm(web, hosts)
    for s, host in enumerate(hosts):
        urls = [add_article(farm, host, s, n, **page_kwargs) for n in range(articles)]
        private = f"https://{host}/private/2025/internal-memo-about-the-plan"
        web.add(private, news_page("Private memo", paragraphs_for(s, 99)))
        farm.blocked.append(private)
        web.add(f"https://{host}/robots.txt",
                Page(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
        web.add(f"https://{host}/rss.xml", Page(body=_rss(host, urls + [private]), content_type="application/rss+xml"))
        half = len(urls) // 2
        web.add(f"https://{host}/sitemap.xml", Page(body=(
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>https://{host}/sitemap-1.xml.gz</loc></sitemap>"
            f"<sitemap><loc>https://{host}/news-sitemap.xml</loc></sitemap>"
            f"<sitemap><loc>https://{host}/sitemap.xml</loc></sitemap>"  # a loop back to the index
            "</sitemapindex>").encode(), content_type="application/xml"))
        web.add(f"https://{host}/sitemap-1.xml.gz",
                Page(body=gzip.compress(_urlset(urls[:half] + [private])), content_type="application/x-gzip"))
        web.add(f"https://{host}/news-sitemap.xml", Page(body=_urlset(urls[half:], news=True),
                                                         content_type="application/xml"))
        links = "".join(f'<li><a href="{u}">Story</a></li>' for u in urls)
        web.add(f"https://{host}/world", (
            f"<html><head><title>World</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='/world'>World</a><a href='/tag/council'>Council</a></nav>"
            f"<ul>{links}</ul><a href='/private/2025/internal-memo-about-the-plan'>memo</a></body></html>"))
    return farm
