"""Pages written for the tests: a typical news article page, with the usual clutter around and inside it."""

from __future__ import annotations

import json

def paras(texts: list[str], attrs: str = "") -> str:
    """The texts as paragraphs, each `<p{attrs}>`."""
    return "".join(f"<p{attrs}>{t}</p>" for t in texts)


def html_page(title: str, body: str, lang: str = "en", head: str = "", dir_: str = "") -> str:
    """A whole page: its <title>, what `head` adds to the head, `body` as the body."""
    direction = f' dir="{dir_}"' if dir_ else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title>'
            f"{head}</head><body>{body}</body></html>")


PARAGRAPHS = [
    "LISBON (Reuters) — Portugal's parliament approved a plan on Thursday to expand the country's rail network "
    "by 2030, a project the government says will cut travel times between its largest cities by half.",
    "The plan, which passed with 142 votes in favour, includes a new high-speed line between Lisbon and Porto and "
    "upgrades to regional lines in the interior of the country.",
    "Transport Minister Ana Ribeiro told lawmakers the first tenders would be published before the end of the "
    "year, with construction starting in 2026.",
    "Opposition parties questioned the cost estimates, which have risen twice since the project was first "
    "announced, and called for an independent review of the financing.",
    "Rail operators welcomed the vote. \"This is the investment the network has needed for decades,\" said the "
    "head of the national operator's union.",
]
TITLE = "Portugal approves rail expansion plan to halve travel times"
CLUTTER = [
    "Advertisement",
    "Sign up for our newsletters",
    "Get the latest headlines delivered to your inbox every morning.",
    "Share this article",
    "Related coverage",
]


def news_page(title: str = TITLE, paragraphs: list[str] | None = None, *, author: str = "By JANE DOE",
              published: str = "2025-03-06T14:05:00Z", extra_head: str = "") -> str:
    paragraphs = paragraphs or PARAGRAPHS
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs[:2])
    body += '\n<div class="ad-slot" data-ad-unit="mid"><p>Advertisement</p></div>\n'
    body += "\n".join(f"<p>{p}</p>" for p in paragraphs[2:])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": published, "author": {"@type": "Person", "name": author.replace("By ", "").title()}}
    return f"""<!DOCTYPE html>
<!-- Written for the crawler tests: a typical news article page with its usual clutter. -->
<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld)}</script>{extra_head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article>
<h1>{title}</h1>
<div class="byline">{author}</div>
<div class="share-bar"><a href="#">Share this article</a> <a href="#">Tweet</a></div>
{body}
<aside class="newsletter-signup"><h3>Sign up for our newsletters</h3>
<p>Get the latest headlines delivered to your inbox every morning.</p><button>Subscribe</button></aside>
</article>
<section class="related-articles"><h2>Related coverage</h2><ul>
<li><a href="/a">Spain unveils its own rail plan</a></li><li><a href="/b">Rail strike ends in France</a></li>
<li><a href="/c">Five train journeys to take this summer</a></li></ul></section>
</main>
<footer><p>© 2025 Example News. All rights reserved.</p></footer>
</body></html>"""


def ld(data: dict) -> str:
    """A JSON-LD script of `data`."""
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def check_article(article, body: list[str], title: str, authors: list[str], date: str) -> None:  # type: ignore[no-untyped-def]
    """The article's whole body (its paragraphs in order), title, authors and day of publication."""
    assert article.body.split("\n\n") == body
    assert article.title == title
    assert article.authors == authors
    assert (article.published_at or "")[:10] == date


_GENERIC = None


def body_lines(html: str, url: str) -> list[str]:
    """The body's paragraphs of `html` read by the generic path alone (no profile, no date search in the text)."""
    global _GENERIC
    if _GENERIC is None:
        from crawler import ExtractOptions, Extractor

        _GENERIC = Extractor(ExtractOptions(use_profiles=False, date_search=False))
    return _GENERIC.extract(html, url).body.split("\n\n")
