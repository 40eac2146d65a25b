"""Pages served with status 200 that hold no article: error pages, bot checks, access-denied pages, near-empty pages.

A site that blocks a crawler, or a CMS that answers a missing story with its "Page not found" template, often
says so with HTTP 200: the page parses, the extractor finds a few lines of text, and without this check those
lines were stored as an article (and never fetched again). `not_an_article` tells such a page from an
article by what any reader would see: its title says what it is ("Page not found", "Just a moment…", "Access
Denied"), its text says it again ("the page you were looking for", "Checking your browser", "You don't have
permission to access"), and it is short. Nothing here names a site; the phrases are those of the usual
templates (CMSs, CDNs, bot checks) in several languages: English, German, French, Spanish, Portuguese, Italian,
Dutch, Polish, Russian, Ukrainian, Turkish, Arabic, Chinese, Japanese and Korean.

It runs on the extracted article (and the page's own `<title>`), after extraction and before storing, in the
crawl's paths (`crawl run`, `crawl url`), not among the extractor's text rules: extraction says what the page
holds, this says whether that is an article at all.

A real brief is never taken for one of these: a page of BRIEF_WORDS words or more needs both a title and a text
that say so, one of MAX_WORDS or more is always an article, and "near-empty" means under NEAR_EMPTY_WORDS.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Callable

from ._article import Article

#: an article's text has at least this many words unless it is a brief; a short page that looks like an error,
#: a bot check or a refusal by its title or by its text alone is taken for one only below it
BRIEF_WORDS = 40
#: a page this long is an article whatever it says (an error template is short; a story about one is not)
MAX_WORDS = 200
#: fewer words than this is no article at all, whatever the page is (each Chinese or Japanese character
#: counts as a word, as in `word_count`)
NEAR_EMPTY_WORDS = 15

#: kind -> (what the page is, in the failure's message; phrases of its title; phrases of its text). A title
#: phrase must be the whole title, or a whole part of it between separators ("Page not found | Daily News");
#: a text phrase may stand anywhere in the text.
_KINDS: dict[str, tuple[str, str, str]] = {
    "challenge": (
        "a bot check",
        r"""just a moment|attention required|one more step|please wait|security check(?:point)?|ddos[- ]guard
        |checking (?:your )?browser|are you (?:a )?(?:robot|human)|robot or human|human verification
        |verify(?:ing)? you are (?:a )?human|bot (?:verification|protection)|pardon our interruption|captcha
        |einen moment(?: bitte)?|sicherheitsüberprüfung|überprüfung (?:ihres|des) browsers
        |un (?:instant|moment)|vérification (?:de sécurité|de votre navigateur|en cours)|êtes-vous un robot
        |un momento|verificación de seguridad|comprobando (?:su|tu|el) navegador|verificando (?:su|tu|seu|o) navegador
        |¿eres (?:un robot|humano)|um momento|verificação de segurança|você é um robô|solo un momento
        |controllo di sicurezza|verifica del browser|sei un robot|een ogenblik|beveiligingscontrole
        |chwileczkę|weryfikacja(?: bezpieczeństwa)?|sprawdzanie przeglądarki|одну (?:минуту|секунду)
        |проверка (?:безопасности|браузера)|вы (?:не )?робот\??|перевірка безпеки|bir dakika|güvenlik (?:kontrolü|doğrulaması)
        |لحظة من فضلك|التحقق من (?:المتصفح|الأمان)|请稍候|请稍等|安全验证|人机验证|安全檢查|しばらくお待ちください
        |セキュリティチェック|セキュリティ確認|잠시만 기다려 주십시오|보안 확인""",
        r"""checking (?:if the site connection is secure|your browser)|verify(?:ing)? (?:that )?you are (?:a )?human
        |are you a robot|(?:please )?enable javascript and cookies|complete the security check
        |needs to review the security of your connection|ddos protection by|press (?:&|and) hold
        |your browser will redirect to your requested content|solve the (?:captcha|challenge)
        |überprüf(?:ung|en)(?: wir)? ihres browsers|bestätigen sie, dass sie kein roboter sind
        |vérification de votre navigateur|vérifiez que vous êtes (?:un )?humain|comprobando (?:su|tu) navegador
        |verifica que eres (?:un )?humano|verificando (?:seu|o seu) navegador|confirme que você é humano
        |verifica(?:re)? che (?:sei|tu sia) (?:un )?umano|проверка (?:вашего )?браузера|подтвердите, что вы не робот
        |tarayıcınız kontrol ediliyor|sprawdzanie przeglądarki|التحقق من أنك إنسان|正在检查您的浏览器|请完成(?:安全|人机)验证
        |ブラウザ(?:を確認|をチェック)|ロボットではないことを確認|브라우저를 확인""",
    ),
    "access_denied": (
        "an access-denied page",
        r"""access denied|access forbidden|(?:403 )?forbidden|request blocked|you have been blocked|sorry, you have been blocked
        |error 1020|zugriff verweigert|zugang verweigert|accès (?:refusé|interdit)|acceso (?:denegado|prohibido)
        |acesso (?:negado|proibido)|accesso (?:negato|vietato)|toegang geweigerd|odmowa dostępu|dostęp zabroniony
        |доступ (?:запрещ[её]н|ограничен)|доступ заборонено|erişim (?:engellendi|reddedildi)
        |تم رفض الوصول|الوصول مرفوض|访问被拒绝|拒绝访问|禁止访问|存取被拒|アクセスが拒否されました|アクセスできません
        |접근(?:이)? 거부(?:되었습니다)?|액세스가 거부되었습니다""",
        r"""you (?:don't|do not) have permission to access|access to this (?:page|resource|site|website) (?:has been|is) denied
        |you have been blocked|this request (?:was|has been) blocked|(?:is|are) not available in your (?:country|region)
        |sie haben keine berechtigung|vous n'avez pas (?:l'autorisation|la permission)|no tienes? permiso para acceder
        |você não tem permissão|non hai (?:il )?permess[oi]|у вас нет (?:доступа|прав)|erişim izniniz yok
        |ليس لديك (?:إذن|صلاحية)|您没有(?:权限|访问权限)|アクセス権(?:限)?がありません|접근 권한이 없습니다""",
    ),
    "soft_404": (
        "an error page served as HTTP 200",
        r"""(?:error )?404(?: error)?(?: not found)?|not found|page not found|file not found|article not found
        |(?:this )?page (?:does not|doesn't) exist|page (?:is )?(?:unavailable|no longer available)|content not found
        |seite nicht gefunden|fehler 404|(?:diese )?seite existiert nicht|page (?:non trouvée|introuvable)|erreur 404
        |cette page n'existe pas|página no encontrada|(?:la )?página no existe|página não encontrada|erro 404
        |pagina non trovata|errore 404|pagina niet gevonden|nie znaleziono strony|strona nie (?:istnieje|została znaleziona)
        |błąd 404|страница не найдена|ошибка 404|страница не существует|сторінку не знайдено|сторінка не знайдена
        |sayfa bulunamadı|404 hata(?:sı)?|الصفحة غير موجودة|لم يتم العثور على الصفحة|خطأ 404|页面不存在|页面未找到
        |找不到(?:该|此)?页面|頁面不存在|找不到(?:該|此)?網頁|ページが見つかりません|페이지를 찾을 수 없습니다""",
        r"""the page you (?:were|are|'re) looking for|(?:the )?page (?:you requested |requested )?(?:could not|cannot|can't|was not) be found
        |(?:this|the) page (?:does not|doesn't|no longer) exists?|we (?:couldn't|could not|can't|cannot) find (?:the|that|this) page
        |die (?:angeforderte|gesuchte|aufgerufene) seite|seite (?:wurde )?nicht gefunden|seite existiert nicht
        |la page (?:que vous (?:recherchez|cherchez|demandez)|demandée) (?:n'existe pas|est introuvable)|page introuvable
        |la página (?:que (?:buscas|busca|estás buscando)|solicitada) no (?:existe|se encuentra|está disponible)
        |página no encontrada|a página (?:que você (?:procura|está procurando)|solicitada) não (?:existe|foi encontrada)
        |página não encontrada|la pagina (?:che stai cercando|richiesta) non (?:esiste|è stata trovata)|pagina non trovata
        |de pagina die je zoekt|pagina niet gevonden|nie znaleziono strony|strona (?:nie istnieje|nie została znaleziona)
        |страница не найдена|страница не существует|запрашиваемая страница|сторінку не знайдено|aradığınız sayfa
        |sayfa bulunamadı|الصفحة (?:التي تبحث عنها|المطلوبة) غير موجودة|لم يتم العثور على الصفحة|您(?:访问|要访问|请求)的页面
        |页面不存在|找不到(?:该|此)?页面|頁面不存在|找不到網頁|お探しのページ|ページが見つかりません|페이지를 찾을 수 없습니다""",
    ),
}

# a title is cut at the separators sites put between a headline and their own name ("Page not found | Daily")
_TITLE_PARTS = re.compile(r"\s+[|\-–—·»:]+\s+|\s*\|\s*")
# what may surround a title's phrase: spaces, dots, an ellipsis, punctuation and an error code
_TRIM = " \t.…!?¡¿:;,-–—()[]\"'«»“”「」『』【】!?。・"


def _compile(phrases: str, whole: bool) -> re.Pattern[str]:
    """One regular expression of an alternation written over several lines (each line after the first opens
    with its `|`)."""
    alternation = re.sub(r"\n\s*", "", phrases.strip())
    return re.compile(rf"^(?:{alternation})$" if whole else alternation, re.I)


_PATTERNS = {kind: (what, _compile(title, True), _compile(text, False)) for kind, (what, title, text) in _KINDS.items()}

_HTML_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def page_title(html: str | None) -> str | None:
    """The text of the page's own `<title>` (the extracted title may come from its `<h1>`)."""
    if not html:
        return None
    match = _HTML_TITLE.search(html[:100_000])
    return " ".join(_html.unescape(match.group(1)).split()) if match else None


def _title_parts(title: str) -> list[str]:
    parts = [title, *_TITLE_PARTS.split(title)]
    return [p.strip(_TRIM) for p in parts if p.strip(_TRIM)]


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def not_an_article(article: Article, html: str | Callable[[], str] | None = None) -> tuple[str, str] | None:
    """(kind, one-line reason) when the page is an error page (`soft_404`), a bot check (`challenge`), an
    access-denied page (`access_denied`) or near-empty (`near_empty`) rather than an article; None for an
    article. `html` is the page (or what gives it: it is decoded only for a short text), for its `<title>`.
    A paywalled page's teaser is left alone (the paywall check has said what it is)."""
    if article.access == "paywalled" or article.word_count >= MAX_WORDS:
        return None
    words = article.word_count
    titles = [t for t in (page_title(html() if callable(html) else html), article.title) if t]
    first_line = article.body.strip().split("\n", 1)[0] if article.body.strip() else ""
    if first_line and len(first_line) <= 80:  # a heading the extractor left as the text's first line
        titles.append(first_line)
    text = " ".join(article.body.split())
    hits = []  # (rank, kind, what was matched): title and text agreeing first, then the text alone, the title alone
    for kind, (_what, title_re, text_re) in _PATTERNS.items():
        title_hit = next((t for t in titles if any(title_re.match(p) for p in _title_parts(t))), None)
        text_hit = text_re.search(text)
        if title_hit and text_hit:
            hits.append((0, kind, title_hit))
        elif text_hit and words < BRIEF_WORDS:
            hits.append((1, kind, text_hit.group(0)))
        elif title_hit and words < BRIEF_WORDS:
            hits.append((2, kind, title_hit))
    if hits:
        _rank, kind, shown = min(hits, key=lambda hit: hit[0])
        return kind, f'not an article: {_PATTERNS[kind][0]} ("{_quote(shown)}", {_words(words)})'
    if words < NEAR_EMPTY_WORDS:
        return "near_empty", f"not an article: {_words(words)} of text"
    return None


def _words(n: int) -> str:
    return f"{n} word" + ("" if n == 1 else "s")


def _no_text(article: Article) -> tuple[str, str] | None:
    if article.body.strip() or article.access == "paywalled":
        return None
    return ("no_article", "no article text found on the page")


def refusal(article: Article, html: Callable[[], str]) -> tuple[str, str] | None:
    """(kind, one-line reason) when the crawl does not store what the page gave: no text, or the text of an error
    page, a bot check or an access-denied page served with status 200 (`html` gives the page, read only for a
    short text); None for an article. (`crawl extract` fails on the same pages.)"""
    return _no_text(article) or not_an_article(article, html)
