"""Pages served with status 200 that hold no article (`crawler._notarticle`): error pages, bot checks,
access-denied pages and near-empty pages, in several languages, told apart from real short articles."""

from __future__ import annotations

import pytest

from crawler import extract_article
from crawler._notarticle import BRIEF_WORDS, not_an_article

URL = "https://www.example-news.com/world/2025/some-story"


def page(title: str, *blocks: str, lang: str = "en", h1: str | None = None) -> str:
    body = "".join(f"<p>{b}</p>" for b in blocks)
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><header><nav><a href='/'>Home</a></nav></header><main>{heading}{body}</main></body></html>")


def verdict(html: str) -> tuple[str, str] | None:
    return not_an_article(extract_article(html, url=URL), html)


JUNK = {
    # soft 404s
    "en-404": ("soft_404", page("Page not found | Daily News", "Sorry, the page you were looking for could not be "
                                "found. It may have been moved or deleted.", "Go back to the home page.",
                                h1="Page not found")),
    "en-404-long": ("soft_404", page("404 - Page Not Found - Daily News", "We couldn't find the page you asked for. "
                                     + "Maybe one of these stories is what you want: the budget, the storm, the "
                                       "election, the match, the court ruling, the strike and the new bridge. " * 3,
                                     h1="Oops!")),
    "de-404": ("soft_404", page("Seite nicht gefunden – Tagesblatt", "Die angeforderte Seite konnte leider nicht "
                                "gefunden werden.", "Zur Startseite", lang="de")),
    "fr-404": ("soft_404", page("Page introuvable | Le Quotidien", "Désolé, la page que vous recherchez n'existe pas "
                                "ou a été déplacée.", lang="fr")),
    "es-404": ("soft_404", page("Error 404 | El Diario", "Lo sentimos, la página que buscas no existe.", lang="es")),
    "pt-404": ("soft_404", page("Página não encontrada", "A página que você procura não existe.", lang="pt")),
    "it-404": ("soft_404", page("Pagina non trovata - Il Giornale", "La pagina che stai cercando non esiste.",
                                lang="it")),
    "ru-404": ("soft_404", page("Страница не найдена", "Запрашиваемая страница не существует или была удалена.",
                                lang="ru")),
    "ja-404": ("soft_404", page("ページが見つかりません | 日刊ニュース", "お探しのページは見つかりませんでした。", lang="ja")),
    "zh-404": ("soft_404", page("页面不存在", "抱歉，您访问的页面不存在或已被删除。", lang="zh")),
    "ko-404": ("soft_404", page("요청하신 페이지를 찾을 수 없습니다", "페이지를 찾을 수 없습니다.", lang="ko")),
    "ar-404": ("soft_404", page("الصفحة غير موجودة", "عذرا، الصفحة التي تبحث عنها غير موجودة.", lang="ar")),
    # bot checks
    "cloudflare": ("challenge", page("Just a moment...", "This process is automatic. Your browser will redirect to "
                                     "your requested content shortly.", "Please allow up to 5 seconds…",
                                     h1="Checking your browser before accessing the site.")),
    "cloudflare-new": ("challenge", page("Just a moment...", "www.example-news.com needs to review the security of "
                                         "your connection before proceeding.", "Verifying you are human. This may "
                                         "take a few seconds.")),
    "press-and-hold": ("challenge", page("Access to this page has been denied", "Press & Hold to confirm you are a "
                                         "human (and not a bot).", "Reference ID 1f2e3d4c")),
    "captcha": ("challenge", page("Are you a robot?", "Please solve the captcha below to continue to the site.")),
    "de-check": ("challenge", page("Einen Moment bitte …", "Wir überprüfen Ihren Browser.", lang="de")),
    "ru-check": ("challenge", page("Проверка браузера", "Подтвердите, что вы не робот.", lang="ru")),
    "zh-check": ("challenge", page("安全验证", "请完成安全验证后继续访问。", lang="zh")),
    # access denied
    "akamai": ("access_denied", page("Access Denied", "You don't have permission to access "
                                     '"http://www.example-news.com/news/story" on this server.',
                                     "Reference #18.3d2f1402.1700000000.1a2b3c4d", h1="Access Denied")),
    "cloudflare-block": ("access_denied", page("Attention Required! | Cloudflare", "Sorry, you have been blocked",
                                               "You are unable to access example-news.com")),
    "geo": ("access_denied", page("Daily News", "This content is not available in your country.")),
    "es-denied": ("access_denied", page("Acceso denegado", "No tienes permiso para acceder a esta página.", lang="es")),
    "ja-denied": ("access_denied", page("アクセスが拒否されました", "このページへのアクセス権がありません。", lang="ja")),
    # near-empty
    "one-word": ("near_empty", "<html><body><p>Hi</p></body></html>"),
    "a-line": ("near_empty", page("Daily News", "Loading the latest stories for you now.")),
}


@pytest.mark.parametrize("name", list(JUNK))
def test_a_page_that_is_no_article_is_recognised(name: str) -> None:
    kind, html = JUNK[name]
    found = verdict(html)
    assert found is not None and found[0] == kind, (name, found)
    assert found[1].startswith("not an article: ") and "\n" not in found[1]


BRIEF = ("The city council approved the new budget on Tuesday evening after a three-hour debate, with 31 votes in "
         "favour and 12 against. The plan raises spending on schools and buses and cuts the road repair fund by a "
         "tenth, the mayor said.")

REAL = {
    "brief": page("Council approves budget | Daily News", BRIEF),
    # briefs whose words brush against the phrases: about an error page, a denied request, a bot check
    "brief-about-a-404": page("Page not found: the web's most famous error turns 30 | Daily News",
                              "The error message that tells readers a page was not found turned 30 this week. " + BRIEF),
    "brief-access-denied": page("Access denied to reporters at the court | Daily News",
                                "Reporters were denied access to the courtroom on Monday, the judge said, citing "
                                "security. " + BRIEF),
    "brief-titled-like-a-template": page("Access Denied | Daily News", BRIEF),
    "brief-robots": page("Are you a robot? Banks roll out new checks | Daily News",
                         "Banks are asking customers to prove they are not a robot when they log in. " + BRIEF),
    "teaser": page("Storm hits the coast | Daily News", "The storm brought down trees and power lines along the coast "
                   "on Sunday night, leaving thousands of homes without electricity, officials said."),
    "chinese": page("市议会通过新预算", "市议会周二晚间经过三个小时的辩论，以三十一票赞成、十二票反对通过了新的预算方案，"
                    "增加学校和公交的开支。", lang="zh"),
}


@pytest.mark.parametrize("name", list(REAL))
def test_real_short_articles_are_articles(name: str) -> None:
    assert verdict(REAL[name]) is None


def test_a_brief_is_at_least_as_long_as_the_threshold() -> None:
    assert extract_article(REAL["brief"], url=URL).word_count >= BRIEF_WORDS


def test_a_paywalled_teaser_is_left_to_the_paywall_check() -> None:
    html = page("Harbour wall to be rebuilt", "Subscribe to read.").replace(
        "</head>", '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                   '"headline":"Harbour wall to be rebuilt","isAccessibleForFree":false}</script></head>')
    article = extract_article(html, url=URL)
    assert article.access == "paywalled" and not_an_article(article, html) is None
