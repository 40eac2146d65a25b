"""Paywalls: `access` from JSON-LD and prompts, and the prompt never stored as the article."""

from __future__ import annotations

import json

import pytest

import crawler
from crawler._paywall import is_prompt

from .pages import PARAGRAPHS, news_page

PROMPT = """<div class="paywall-prompt"><p>This article is for subscribers only.</p>
<p>Subscribe now to continue reading.</p><p>Already a subscriber? Sign in</p>
<p>Only $1 a week for the first year. Cancel anytime.</p></div>"""


def page(body: str, free: bool | None = None) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes on the harbour plan"}
    if free is not None:
        ld["isAccessibleForFree"] = free
    return (f"<html><head><title>Council votes on the harbour plan</title><script type='application/ld+json'>"
            f"{json.dumps(ld)}</script></head><body><article><h1>Council votes on the harbour plan</h1>{body}"
            f"</article></body></html>")


URL = "https://paper.example/news/council-votes-on-the-harbour-plan-123"


def test_a_page_that_is_only_a_prompt_is_paywalled_with_an_empty_body() -> None:
    a = crawler.extract_article(page(PROMPT), URL)
    assert a.access == "paywalled" and a.body == ""


def test_teaser_plus_prompt_keeps_the_teaser_only() -> None:
    teaser = f"<p>{PARAGRAPHS[0]}</p>"
    a = crawler.extract_article(page(teaser + PROMPT, free=False), URL)
    assert a.access == "paywalled"
    assert a.body == PARAGRAPHS[0]


def test_declared_free_article_is_free() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert crawler.extract_article(page(body, free=True), URL).access == "free"


def test_a_full_article_near_paywall_markup_is_not_called_paywalled() -> None:
    html = news_page().replace("</main>", '<div class="paywall-offer"><p>Support our journalism.</p></div></main>')
    a = crawler.extract_article(html, URL)
    assert a.access == "unknown" and a.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("line", [
    "Subscribe to continue reading", "This article is for subscribers only.", "Already a subscriber? Sign in",
    "You have reached your limit of free articles this month.", "Create a free account to continue reading.",
    "Only $1 a week for the first year. Cancel anytime.", "この記事は有料会員限定です。",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
    "Il vous reste 62.4% de cet article à lire. La suite est réservée aux abonnés.",
])
def test_prompts(line: str) -> None:
    assert is_prompt(line)


@pytest.mark.parametrize("line", [
    "Subscribers to the service said the price rise came as a surprise.",
    "The newspaper said it had 40,000 subscribers only a decade ago.",
    "Members only learned of the plan on Tuesday, the chairman said.",
    "Tickets cost $12 a week in advance, organisers said.",
])
def test_article_sentences_are_not_prompts(line: str) -> None:
    assert not is_prompt(line)
