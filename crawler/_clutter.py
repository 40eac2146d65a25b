"""Generic clutter rules: for the web at large, not for any one site.

Two layers:
- **Markup**: elements whose class, id, role, aria-label or data-* attributes name a non-article module
  (newsletter, subscription, paywall, promo, share bar, related links, ads, consent, comments …), elements
  carrying an ad data attribute, screen-reader-only elements ("sr-only", "visually-hidden"), link lists, and
  subscription upsell boxes (a small box around a button-drawn link to a subscription offer). They are removed
  before text extraction, unless they hold most of the page's text (a paywalled article's own container is often
  named "paywall"; so, on metered sites, is each of its paragraphs).
- **Lines**: whole paragraphs whose text is a known promo or widget label ("Advertisement", "Sign up for our
  newsletters", "Read a summary of this article on …", "Get the … app", "Coverage Details" …) in the
  languages seen most. Patterns match the whole line, never part of a sentence.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

try:  # the expressions' parser, to tell which characters a line pattern can open with (CPython 3.11+)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    from re._parser import parse as _parse  # type: ignore[import-not-found]
except ImportError:  # every pattern is then tried on every line
    _parse = None
    _EXTRA_CASES = {}
try:
    from _sre import unicode_tolower as _tolower  # type: ignore[import-not-found]
except ImportError:
    def _tolower(code: int) -> int:
        lower = chr(code).lower()
        return ord(lower) if len(lower) == 1 else code

import ahocorasick
import lxml.etree as etree

from . import _cache
from ._html import link_text_length, text_length, text_of
from ._text import ends_as_prose
from ._urls import points_into

# ---------------------------------------------------------------------------------------------- markup

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")

CLUTTER_TOKENS = frozenset(
    """
    ad ads adslot adunit adcontainer adwrapper advert adverts advertisement advertising dfp gpt adsbygoogle adsense
    sponsor sponsored sponsors outbrain taboola revcontent mgid zergnet
    newsletter newsletters signup subscribe subscription subscriptions paywall regwall
    promo promos promotion promotions
    share shares sharing sharebar sharetools social socials
    related recommended recommendation recommendations recirc recirculation trending
    cookie cookies consent gdpr popup modal
    breadcrumb breadcrumbs tts byline bylines
    comments disqus sidebar whatsapp telegram donate donation donations
    kommentare kommentarer kommentit commentaires commenti comentarios comentarii reacties komentarze komentare
    komentari yorumlar hozzaszolasok
    guestbook guestbooks condolences kondolenzen kondolenzbuch condoleances condolencias condoglianze
    embed embeds
    rollover tooltip tooltips popover popovers hovercard
    imagedescription imagecaption photocaption photocredit fotocredit bildunterschrift
    poll polls
    proscons procontra
    scorecard scorebox ratingbox
    debug
    """.split()
)
CLUTTER_PHRASES = (
    ("text", "to", "speech"),
    ("read", "more"),
    ("also", "read"),
    ("see", "also"),
    ("more", "stories"),
    ("more", "articles"),
    ("most", "popular"),
    ("most", "read"),
    ("app", "promo"),
    ("app", "download"),
    ("download", "app"),
    ("get", "app"),
    ("author", "bio"),
    ("about", "author"),
    ("right", "rail"),
    ("left", "rail"),
    ("sr", "only"),
    ("visually", "hidden"),
    ("screen", "reader"),
    ("related", "topics"),
    ("page", "list"),
    ("list", "enhancement"),
    ("info", "box"),
    ("notification", "bar"),
    # image captions and credits (a figure's figcaption goes on the generic path, see _generic)
    ("image", "caption"),
    ("image", "description"),
    ("image", "credit"),
    ("photo", "caption"),
    ("photo", "credit"),
    ("media", "caption"),
    ("tr", "caption"),  # a blog platform's picture table: <table class="tr-caption-container">
    ("wf", "caption"),  # a rich-text editor's captioned picture: <span class="wf_caption"><img …><span>caption</span>
    ("image", "widget"),
    # a review's box of pros and cons, the score widget's summary of the text ("pros-cons", "pro-contra")
    ("pros", "cons"),
    ("pros", "and", "cons"),
    ("pro", "con"),
    ("pro", "contra"),
    # a review's box of its score or stars, which the text's verdict says in words ("review-score-box",
    # "rating-box", "star-rating")
    ("score", "box"),
    ("score", "card"),
    ("rating", "box"),
    ("star", "rating"),
    ("review", "score"),
)
_CLUTTER_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search"})
_ATTRS = ("class", "id", "aria-label", "data-title", "data-component", "data-module", "data-testid", "data-type",
          "data-block", "data-name")
_AD_ATTR_PREFIXES = ("data-ad-", "data-ad_", "data-google-query-id")
# data-* attribute names whose first word marks an ad ("data-ad", "data-adunit"); "data-adaptive" is no ad
_AD_ATTR_WORDS = frozenset({"ad", "ads", "adslot", "adunit", "adtype", "adsense", "advert", "advertisement", "dfp"})
# "no-ads", "has-ads", "ads-free", "with-sidebar": a modifier saying the element is not (or only holds) the thing
_NEGATORS = frozenset({"no", "non", "has", "with", "without"})
_PHRASE_NEGATORS = _NEGATORS | {"not"}


#: the runs of ASCII letters and digits of a lower-case value (the tokens _SPLIT leaves), and of any value
_LOWER_RUN = re.compile(r"[a-z0-9]+")
_CASED_RUN = re.compile(r"[A-Za-z0-9]+")


def attribute_tokens(value: str) -> list[str]:
    """Split an attribute value into lower-case word tokens (camelCase and separators split; a generated identifier,
    see _generated, stays one token)."""
    # camelCase needs a capital A-Z, which a lower-case value lacks
    if value.islower():
        return _LOWER_RUN.findall(value)
    out: list[str] = []
    for chunk in _CASED_RUN.findall(value):
        if chunk.islower() or chunk.isdigit():  # (no capital: nothing to split, most runs of a mixed value)
            out.append(chunk)
            continue
        pieces = _CAMEL.sub(" ", chunk).split()
        if len(pieces) >= GENERATED_PIECES and _generated(chunk, pieces):
            out.append(chunk.lower())
        else:
            out += [p.lower() for p in pieces]
    return out


#: a generated identifier splits into at least this many case runs
GENERATED_PIECES = 3


def _generated(chunk: str, pieces: list[str]) -> bool:
    """Whether a run of letters and digits is a generated identifier (a CMS's random block id "n1AuAdJlVL", a CSS-in-JS
    class "kAdBcD"), not camelCase words ("relatedAdSlot", "newsletterBox2"): most of its case runs are one or two
    characters, none of them a word of four or more, and it holds a digit or a single letter (not a closing variant
    letter, "topAdA"). Split at case changes, such an id yields
    chance words: an "Ad" inside a paragraph's random id is no ad."""
    if _VARIANT.fullmatch(pieces[-1]):
        # a name's closing variant letter ("topAdA", "adSlotB2": the A/B slots of one template) is no case run of a
        # random id: judged without it, such a name is the words it spells
        pieces = pieces[:-1]
        if len(pieces) < GENERATED_PIECES:
            return False
    short = sum(len(p) <= 2 for p in pieces)
    # (a run of four characters or more is a word: "gStickyAd" is a sticky ad, its "g" a prefix)
    if 2 * short < len(pieces) or any(len(p) > GENERATED_RUN_CHARS for p in pieces):
        return False
    return any(c.isdigit() for p in pieces for c in p) or any(len(p) == 1 for p in pieces)


#: a generated identifier's case runs are this long at most (random characters seldom run longer between capitals)
GENERATED_RUN_CHARS = 3
#: a variant's mark closing a name: a capital, digits after it or not ("A", "B2")
_VARIANT = re.compile(r"[A-Z][0-9]*")


#: every token a rule below looks at first
_RULE_WORDS = CLUTTER_TOKENS | frozenset(w for p in CLUTTER_PHRASES for w in p)
_PHRASES_BY_LEN: dict[int, frozenset[tuple[str, ...]]] = {
    n: frozenset(p for p in CLUTTER_PHRASES if len(p) == n) for n in {len(p) for p in CLUTTER_PHRASES}
}
#: a clutter phrase ("read more", "see also") in a value that also names the content ("entry-content-read-more")
#: is a modifier of the content container, not a widget of its own
_CONTENT_TOKENS = frozenset({"article", "content", "entry", "body", "story", "post", "main", "text"})
#: state modifiers after a token: "modal-enabled" is a page that can open a modal, not the modal
_STATE_WORDS = frozenset({"enabled", "disabled", "active", "open", "opened", "loaded"})


#: the first words of the clutter phrases: a phrase is looked for only where one of them stands
_PHRASE_FIRST_WORDS = frozenset(p[0] for p in CLUTTER_PHRASES)


def _has_phrase(tokens: list[str]) -> bool:
    """Whether `tokens` hold a clutter phrase not negated by the word before it ("not-sr-only" shows an element)."""
    n = len(tokens)
    for i, token in enumerate(tokens):
        if token not in _PHRASE_FIRST_WORDS or (i and tokens[i - 1] in _PHRASE_NEGATORS):
            continue
        for k, phrases in _PHRASES_BY_LEN.items():
            if i + k <= n and tuple(tokens[i:i + k]) in phrases:
                return True
    return False


_VISUALLY_HIDDEN_CLASS = re.compile(
    r"(?:^| )(?<!not )(?:sr only|sronly|visually hidden|visuallyhidden|hidden visually|screen reader(?: only| text)?|"
    r"screenreader(?: only| text)?|offscreen|a11y hidden|vh(?! \d))(?: |$)")


def visually_hidden(cls: str) -> bool:
    """Whether a class names a screen-reader-only element ("sr-only", "visually-hidden", "screen-reader-text",
    "go-vh"): text a reader of the page never sees ("(opens in new window)", "Share on Facebook", "Skip to
    content"). Split at non-letters only, not at case changes: a generated class ("jVhSBH") is no "vh", and neither
    is a height ("vh-100", "min-vh-100"); "not-sr-only" shows an element."""
    low = cls.lower()
    if not ("vh" in low or "sr" in low and "only" in low or "isually" in low or "reader" in low or "offscreen" in low
            or "a11y" in low):
        return False
    words = " ".join(w for w in _SPLIT.split(low) if w)
    return _VISUALLY_HIDDEN_CLASS.search(words) is not None


def _value_reason(name: str, value: str) -> str | None:
    if name == "class" and visually_hidden(value):
        return "class~visually-hidden"
    tokens = attribute_tokens(value)
    if _RULE_WORDS.isdisjoint(tokens):
        return None  # no clutter token, no word of a clutter phrase
    for i, token in enumerate(tokens):
        if token in CLUTTER_TOKENS:
            if (i and tokens[i - 1] in _NEGATORS) or tokens[i + 1:i + 2] == ["free"]:
                continue
            if tokens[i + 1:i + 2] and tokens[i + 1] in _STATE_WORDS:
                continue
            return f"{name}~{token}"
    if _has_phrase(tokens) and not _CONTENT_TOKENS.intersection(tokens):
        return f"{name}~{value[:40]}"
    return None


_VALUE_CACHE: dict[tuple[str, str], str | None] = {}
#: (an attribute's values repeat within a page and across a site's pages; a crawl of many sites meets tens of
#: thousands of them, about 250 bytes each in this cache, in every extraction worker)
_VALUE_CACHE_MAX = 8192
_ATTR_NAMES = frozenset(_ATTRS)
#: what _VALUE_CACHE.get answers for a value not in it
_UNSEEN = object()


def _cached_value_reason(item: tuple[str, str]) -> str | None:
    """_value_reason of an attribute (its (name, value) item), remembered."""
    try:
        return _VALUE_CACHE[item]
    except KeyError:
        reason = _value_reason(*item)
        if len(_VALUE_CACHE) >= _VALUE_CACHE_MAX:
            _VALUE_CACHE.clear()
        _VALUE_CACHE[item] = reason
        return reason


#: what a rule reads in an attribute, by the attribute's name
_IGNORED, _NAMING, _ROLE, _HIDDEN, _STYLE, _AD = range(6)
_KINDS: dict[str, int] = {}


def _kind(key: str) -> int:
    try:
        return _KINDS[key]
    except KeyError:
        pass
    if key in _ATTR_NAMES:
        kind = _NAMING
    elif key == "role":
        kind = _ROLE
    elif key == "hidden":
        kind = _HIDDEN
    elif key == "style":
        kind = _STYLE
    elif key.startswith(_AD_ATTR_PREFIXES) or (key.startswith("data-") and key[5:] in _AD_ATTR_WORDS):
        kind = _AD
    else:
        kind = _IGNORED
    if len(_KINDS) > 10_000:
        _KINDS.clear()
    _KINDS[key] = kind
    return kind


def _flagged(tag: str, items: list[tuple[str, str]]) -> bool:
    """Whether one of the rules of clutter_reason holds, in one pass over the attributes (most elements hold none:
    the reason itself is then never worked out)."""
    for item in items:
        kind = _KINDS.get(item[0])
        if kind is None:
            kind = _kind(item[0])
        if kind == _IGNORED:
            continue
        value = item[1]
        if kind == _NAMING:
            if value:
                # (the cache read inline: most values are met before, and this runs on every attribute of the page)
                reason = _VALUE_CACHE.get(item, _UNSEEN)
                if reason is _UNSEEN:
                    reason = _cached_value_reason(item)
                if reason:
                    return True
        elif kind == _ROLE:
            if value and value.strip().lower() in _CLUTTER_ROLES:
                return True
        elif kind == _HIDDEN:
            if tag != "input":
                return True
        elif kind == _STYLE:
            if value and HIDDEN_STYLE.search(value):
                return True
        else:
            return True
    return False


def clutter_reason(el: etree._Element) -> str | None:
    """Why `el` looks like a non-article module, or None."""
    items = el.items()
    if not items or not _flagged(el.tag, items):
        return None
    attrib = dict(items)
    role = attrib.get("role")
    if role and role.strip().lower() in _CLUTTER_ROLES:
        return f"role={role}"
    for key in attrib:
        if _kind(key) == _AD:
            return key
    for name in _ATTRS:
        value = attrib.get(name)
        if value:
            reason = _cached_value_reason((name, value))
            if reason:
                return reason
    if "hidden" in attrib and el.tag not in ("input",):
        return "hidden"
    style = attrib.get("style")
    if style and HIDDEN_STYLE.search(style):
        return "style=display:none"
    return None


#: an inline style that hides an element
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_PROTECTED_TAGS = frozenset({"html", "body", "head"})
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


class _TextSizes:
    """Lengths of the visible text of `root` and the elements under it, whitespace collapsed (about text_of's, computed
    by lxml rather than Python): an element's whole text less that of the scripts, styles, templates and SVG in
    it that are inside no other such element. Those are found and measured once for the whole tree (which must
    not change while this is used)."""

    def __init__(self, root: etree._Element) -> None:
        #: element -> text length of the hidden elements inside it
        self.hidden: dict[etree._Element, int] = {}
        if root.tag in _NO_TEXT_TAGS or any(a.tag in _NO_TEXT_TAGS for a in root.iterancestors()):
            return  # every hidden element has a hidden ancestor: nothing counts as inside no other one
        nested: set[etree._Element] = set()
        for hidden in root.iter(*_NO_TEXT_TAGS):
            if hidden in nested:
                continue
            nested.update(hidden.iter(*_NO_TEXT_TAGS))
            n = text_length(hidden)
            if n:
                for a in hidden.iterancestors():
                    self.hidden[a] = self.hidden.get(a, 0) + n

    def __call__(self, el: etree._Element) -> int:
        n = text_length(el)
        if n:
            n -= self.hidden.get(el, 0)
        return max(0, n)


def with_ancestors(elements: Iterable[etree._Element]) -> set[etree._Element]:
    """The elements and every element around them: what a rule that must spare them may not remove."""
    out: set[etree._Element] = set()
    for el in elements:
        out.add(el)
        out.update(el.iterancestors())
    return out


def prune_clutter(
    root: etree._Element,
    *,
    keep: Iterable[etree._Element] = (),
    protect: Iterable[etree._Element] = (),
    max_share: float = 0.3,
    site: str | None = None,
) -> int:
    """Remove clutter elements from `root` in place; returns how many were removed. `site` is the page's (a campaign's
    button into it is the site's appeal).

    An element matching a clutter rule stays when it (or something inside it) is in `keep` (nothing inside a
    kept element is removed either), when it is in `protect` or around a protected element (what is inside a
    protected element may still go, unless it holds most of its text), or when it holds more than `max_share`
    of the text under `root` with few links: then the name lied (a "paywall" class on the article container
    itself), and the text is more likely the article than a widget. Paragraphs flagged one by one by the same
    rule stay on the same terms when they hold that share together (a "paywall" class on each paragraph).
    """
    kept = set(keep)
    guarded: set[etree._Element] = set()
    for el in kept:
        guarded.update(el.iterancestors())
    protected = list(protect)
    shielded = with_ancestors(protected)
    _text_len = _TextSizes(root)
    protected_sizes = {el: (_text_len if el is root or root in el.iterancestors() else _TextSizes(el))(el)
                       for el in protected}
    total = max(1, _text_len(root))
    doomed: list[etree._Element] = []
    offers: list[etree._Element] = []  # calls to subscribe or sign up (see subscription_boxes)
    if root in kept:
        return 0
    # A walk from the root in document order that does not enter a kept element, a script, style, template or SVG,
    # or an element it dooms: lxml's own walk, told to skip a subtree (half the cost of a Python stack of child
    # iterators, and no recursive closure, which would be a reference cycle keeping the page's tree alive).
    walker = etree.iterwalk(root, events=("start",))
    next(walker)  # the root itself, which is never removed
    for _, child in walker:
        tag = child.tag
        if tag.__class__ is not str:
            continue  # a comment or processing instruction
        if tag in _PROTECTED_TAGS:
            continue
        if child in kept or tag in _NO_TEXT_TAGS:
            walker.skip_subtree()  # nothing inside a kept element goes
            continue
        items = child.items()
        if (items and child not in guarded and child not in shielded and _flagged(tag, items)
                and _doomed(child, _text_len, total, max_share, protected_sizes)):
            doomed.append(child)
            walker.skip_subtree()
            continue
        if tag == "a" and items:
            href = child.get("href")
            # a link into the site whose target carries a marketing campaign's tracking ("?utm_campaign=…",
            # "#pk_campaign=…"), drawn as a button, is the site's call to support, join or buy, in a box of its own
            # (see subscription_boxes); a link in the story's sentences is no button (the test inline, a substring:
            # it runs on every link of the page; the parameters' names are written in lower case). Sites tag the
            # links they send out too: a story's "Read the full report" button to its source is no appeal
            if href and (("campaign=" in href and points_into(href, site)) or _subscription_href(href)):
                offers.append(child)
            elif (href is None or _void_href(href)) and _script_control(child):
                doomed.append(child)
                walker.skip_subtree()
        elif tag == "button" and _SUBSCRIBE_BUTTON.match(text_of(child)):
            offers.append(child)
        elif tag == "input" and _sign_up_input(child):
            offers.append(child)
    if doomed:
        doomed = _spare_marked_paragraphs(doomed, _text_len, total, max_share)
    if offers:
        doomed += subscription_boxes(root, offers, _text_len, total, stop=kept | guarded | shielded)
    for el in doomed:
        drop_element(el)
    return len(doomed)


#: a link to a subscription offer or a newsletter's sign-up: the path, file or host names one (abo.example.de,
#: /suscripciones/premium/, /subscribe?ref=paywall, /newsletters), in the languages of the news
_SUBSCRIBE_HREF = re.compile(
    r"(?:^|[/.?=_&-])(subscribe|subscriptions?|subscriber|newsletters?|suscripci[oó]n(?:es)?|suscr[ií]bete|suscribirse|"
    r"assinaturas?|assine|abonnements?|abonnieren|abonnez|abonneren|abos?|probeabo|digitalabo|abbonamenti|"
    r"abbonamento|abbonati|prenumeration|prenumerera|prenumerata|subskrypcja|abonament)(?:$|[/.?=_&#-])", re.I)


#: a button's whole label that asks the reader to subscribe or sign up (a newsletter's or a subscription's box, sent
#: by a script rather than a link): "Jetzt abonnieren", "Subscribe now", "Sign me up", "Register", "Je m'abonne"
_SUBSCRIBE_BUTTON = re.compile(
    r"\W*((jetzt|now|gratis|kostenlos|free|hier)\s+)?(abonnieren|anmelden|registrieren|subscribe|sign\s*(me\s*)?up|"
    r"register|s['’]abonner|"
    r"s['’]inscrire|je m['’]abonne|je m['’]inscris|suscr[ií]bete|suscribirse|iscriviti|abbonati|abonneren|abonnér|"
    r"prenumerera|assine|assinar|zapisz się|subskrybuj)(\s+(jetzt|now|today|for free|free|kostenlos|gratis|here|"
    r"hier))?\W*$", re.I)


def _void_href(href: str) -> bool:
    """Whether a link target goes nowhere: "#", "", "javascript:void(0)" (a button a script drives, drawn as a link;
    a jump to a named place, "#comments", goes somewhere)."""
    href = href.strip()
    return href in ("", "#") or href[:11].lower() == "javascript:"


def _script_control(anchor: etree._Element) -> bool:
    """An <a> without href (or with one that goes nowhere, see _void_href) that a script drives, labelled as a page's
    control ("Load more", "加载更多", "Refresh", a "Share" under each entry): not a link to anything. trafilatura,
    reading it as one, deletes the short container it ends (a live blog's stream of a few CJK entries is under its
    length limits; the last entry of a stream, its time link and two such buttons all short links), or glues its
    label to the entry's text (an <li>'s "… rozando el palo. Compartir")."""
    if (anchor.tail or "").strip():
        return False  # in running text ("<a id='live'>Live</a> music returns…"): words of a sentence
    parent = anchor.getparent()
    if parent is None or parent.tag in _RUNNING_TEXT:
        return False
    if anchor.getprevious() is None and (parent.text or "").strip():
        return False
    after = anchor.getnext()
    if after is not None and after.tag in _RUNNING_TEXT and text_of(after):
        return False  # the sentence goes on in a <span> ("<a>Live</a><span> music returns…</span>")
    text = text_of(anchor)
    # a control is labelled with a word; a bare number ("1", "[1]") is a footnote's or an item's number
    return bool(text) and not _NO_LETTER.match(text) and is_clutter_line(text)


#: a text without a letter ("1", "[2]", "3/4")
_NO_LETTER = re.compile(r"[\W\d_]*$")


#: the elements that hold running text (an anchor in one is part of a sentence, not a control on a line of its own)
_RUNNING_TEXT = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "em", "strong", "b", "i", "u", "small",
                           "label", "blockquote", "td", "th", "dd", "dt", "figcaption", "q", "cite", "font"})


def _sign_up_input(field: etree._Element) -> bool:
    """Whether a form field asks the reader to sign up: an e-mail address to give, or a submit button labelled as a
    call to subscribe (``<input type="submit" value="Sign up">``)."""
    kind = (field.get("type") or "text").lower()
    if kind == "email":
        return True
    return kind in ("submit", "button") and _SUBSCRIBE_BUTTON.match(field.get("value") or "") is not None


def _subscription_href(href: str) -> bool:
    """Whether a link target names a subscription offer (see _SUBSCRIBE_HREF; substrings first, as most links
    name none)."""
    low = href.lower()
    if not ("abo" in low or "scri" in low or "ssin" in low or "bbon" in low or "renum" in low or "ubskr" in low
            or "newsl" in low):
        return False
    return _SUBSCRIBE_HREF.search(low) is not None


#: a call to action is a short link text; the box around it holds at most this much text, and this share of the page's
CTA_MAX_CHARS = 40
BOX_MAX_CHARS = 1200
BOX_MAX_SHARE = 0.3
_BUTTON_TOKENS = frozenset({"btn", "button", "cta"})


def _button_like(link: etree._Element) -> bool:
    """Whether a link is drawn as a button (its own or its parent's or grandparent's class or role says so): a
    call to action, not a link in a sentence."""
    el: etree._Element | None = link
    for _ in range(3):
        if el is None:
            return False
        if el.get("role") == "button" or el.tag == "button":
            return True
        cls = el.get("class")
        if cls and not _BUTTON_TOKENS.isdisjoint(attribute_tokens(cls)):
            return True
        el = el.getparent()
    return False


def subscription_boxes(root: etree._Element, offers: list[etree._Element], text_len: _TextSizes, total: int, *,
                       stop: set[etree._Element]) -> list[etree._Element]:
    """Subscription and newsletter boxes under `root` (of `total` characters of text): around each of the `offers`
    (a link to a subscription offer, a newsletter's sign-up or a campaign drawn as a button with a short label, a button
    labelled as a call to subscribe, a sign-up form's e-mail field or submit button), the largest element holding at
    most BOX_MAX_CHARS and BOX_MAX_SHARE of the text, and 20 characters more than the label ("2 weeks free: order
    now", "Your subscription is in use on another device: add a user", "The Daily: the stories that matter, in your
    inbox. Sign up"). Never an element of `stop` (kept, protected, or around those) or one around it."""
    limit = min(BOX_MAX_CHARS, BOX_MAX_SHARE * total)
    boxes: list[etree._Element] = []
    for link in offers:
        if link.tag == "input":
            label = len(link.get("value") or "")  # a field: its label is its value, or none (an address to give)
        elif not _button_like(link):
            continue
        else:
            label = text_len(link)
            if not label:
                continue
        if label > CTA_MAX_CHARS:
            continue
        box = None
        el = link
        while True:
            parent = el.getparent()
            if parent is None or parent is root or parent.tag in _PROTECTED_TAGS or parent in stop:
                break
            if text_len(parent) > limit:
                break
            el = box = parent
        if box is not None and text_len(box) > label + 20:
            if not any(b is box or b in box.iterancestors() for b in boxes):
                boxes.append(box)
    return boxes


#: elements that hold a paragraph's worth of article text (or a list or table of it), not a widget
_PARAGRAPH_LEVEL = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "blockquote", "pre", "table"})
#: the rule words that mark text by who may read it, not what it is: the only ones spared together
_ACCESS_TOKENS = frozenset({"paywall", "paywalled", "regwall", "premium", "subscriber", "subscribers", "locked",
                            "metered"})


def _spare_marked_paragraphs(doomed: list[etree._Element], text_len: _TextSizes, total: int,
                             max_share: float) -> list[etree._Element]:
    """`doomed` less the paragraphs that one access rule ("paywall", "premium" …) flagged one by one but that together
    hold more than `max_share` of the text with few links: the article's own paragraphs under a misleading name (a
    metered paywall marks each paragraph it would hide "paywall", while the page still carries them all), not a
    widget. Comments or hidden text flagged one by one go, however much of it there is."""
    groups: dict[str, list[etree._Element]] = {}
    spared: set[etree._Element] = set()
    for el in doomed:
        if el.tag in _PARAGRAPH_LEVEL or el.tag == "span":
            reason = clutter_reason(el)
            if reason is not None and reason.partition("~")[2] in _ACCESS_TOKENS:
                if el.tag == "span":
                    if _sentence_rest(el):
                        spared.add(el)
                else:
                    groups.setdefault(reason, []).append(el)
    for members in groups.values():
        if len(members) < 3:
            continue
        size = sum(text_len(el) for el in members)
        if size > max_share * total and (size > 400 or size > 0.5 * total):
            if sum(link_text_length(el) for el in members) < 0.5 * size:
                spared.update(members)
    return [el for el in doomed if el not in spared] if spared else doomed


#: a paragraph's own words before the part a paywall marks, and the part's: at least this many
SENTENCE_REST_WORDS = 3


def _sentence_rest(span: etree._Element) -> bool:
    """Whether a <span> an access rule flagged ("paywall") is the rest of a sentence its paragraph began: a child of
    a <p> with words of its own before it, its text going on in lower case ("… the league <span class="paywall">that
    the club would appeal</span>"). A metered paywall cuts the story's first paragraph there and marks the part it
    would hide; the page carries it all, and the sentence is the story's. A prompt to subscribe opens as a sentence
    does."""
    parent = span.getparent()
    if parent is None or parent.tag != "p":
        return False
    text = text_of(span)
    letter = next((c for c in text if c.isalpha()), "")
    if not letter.islower() or len(text.split()) < SENTENCE_REST_WORDS:
        return False  # (nor a badge in a word or two, "<span class="paywall">for members</span>")
    before = (parent.text or "") + "".join(etree.tostring(sibling, method="text", encoding="unicode")
                                           for sibling in span.itersiblings(preceding=True))
    return len(before.split()) >= SENTENCE_REST_WORDS


#: the words naming a consent manager's notice ("cookie-banner", "onetrust-consent-sdk", "gdpr-popup")
_CONSENT_TOKENS = frozenset({"cookie", "cookies", "consent", "gdpr",
                             # consent management platforms, by the name their notices print
                             "cmp", "cmp2", "onetrust", "didomi", "cookiebot", "cybotcookiebotdialog", "usercentrics",
                             "quantcast", "trustarc", "truste", "iubenda", "sourcepoint"})
_MODAL_ROLES = frozenset({"dialog", "alertdialog"})


#: class names that file a post under a tag or a category ("tag-cookies", "category-gdpr"): a bakery's story
#: tagged "cookies" is no consent notice
_TAXONOMY_PREFIXES = ("tag-", "tags-", "category-", "categories-", "topic-", "post_tag-", "section-")


def _consent_notice(el: etree._Element) -> bool:
    """Whether `el` is named for a cookie or consent notice ("onetrust-consent-sdk", "cookie-banner", "gdpr")."""
    for name in ("id", "class"):
        value = el.get(name)
        if not value:
            continue
        items = [item for item in value.split() if not item.lower().startswith(_TAXONOMY_PREFIXES)]
        if items and not _CONSENT_TOKENS.isdisjoint(attribute_tokens(" ".join(items))):
            return True
    return False


def _overlay_itself(el: etree._Element) -> bool:
    """Whether `el` is a modal dialog (<dialog>, role=dialog, aria-modal) or named for a cookie or consent notice."""
    if el.tag == "dialog" or el.get("aria-modal", "").strip().lower() == "true":
        return True
    role = el.get("role")
    if role and role.strip().lower() in _MODAL_ROLES:
        return True
    return _consent_notice(el)


def in_overlay(el: etree._Element) -> bool:
    """Whether `el` is inside (or is) a consent notice drawn over the page. Its text is the notice's (a cookie
    wall's paragraphs about partners and purposes), never the story's, however long it is beside a short story.
    (A modal dialog without such a name may be the story itself, opened over a listing page.) The page's <html>
    and <body> are not looked at (a class on them says what the page shows around, "cookie-consent-pending", not
    that the page is the notice)."""
    node: etree._Element | None = el
    while node is not None and node.tag not in _PROTECTED_TAGS:
        if _consent_notice(node):
            return True
        node = node.getparent()
    return False


def _doomed(el: etree._Element, text_len: _TextSizes, total: int, max_share: float,
            protected_sizes: dict[etree._Element, int]) -> bool:
    """Whether `el`, which matches a clutter rule, goes (see prune_clutter)."""
    if _written_verdict(el) or _key_points_box(el) or _debug_named_text(el) or _hover_trigger(el):
        return False
    size = text_len(el)
    if size > max_share * total and (size > 400 or size > 0.5 * total):
        # (a dialog or consent notice is no article under a lying name: it goes, unless the main content is in it)
        if link_text_length(el) < 0.5 * size and not (protected_sizes and _overlay_itself(el)):
            return False
    for p, psize in protected_sizes.items():
        if psize and size > 0.5 * psize and p in el.iterancestors() and link_text_length(el) < 0.5 * size:
            return False  # most of the main content itself
    return True


#: the words of the score and rating box rules (CLUTTER_TOKENS, CLUTTER_PHRASES)
_SCORE_WORDS = frozenset({"scorecard", "scorebox", "ratingbox", "score", "card", "box", "rating", "star", "review"})
#: a written verdict: a paragraph of at least this many words, ending as a sentence does
VERDICT_MIN_WORDS = 12


def _written_verdict(el: etree._Element) -> bool:
    """Whether `el` is flagged as a score box by its class alone ("review-score", "scorecard") yet holds a paragraph
    of prose: the review's written verdict beside its score, or a cricket report under a "scorecard" class, is text
    of the article; a score box holds figures, stars and labels."""
    value = el.get("class")
    if not value or ("score" not in value and "rating" not in value):
        return False  # (the cheap test first)
    words = _RULE_WORDS.intersection(attribute_tokens(value))
    if not words or not words <= _SCORE_WORDS:
        return False  # flagged for something else too ("comment-rating-box")
    return any(len(t.split()) >= VERDICT_MIN_WORDS and t.rstrip(" \"'”’»)]").endswith((".", "!", "?", "…"))
               for t in (text_of(p) for p in el.iter("p")))


def _debug_named_text(el: etree._Element) -> bool:
    """Whether `el` is flagged as a debug box by its name alone ("debug-meter") yet holds text for a reader: a code
    listing (<code>, as editors and Markdown print one: a tech story's "code-debug-example") or a paragraph of prose
    ("debug-tips"). A script's state left on the page for developers is labels and values ("showPaywall: false")."""
    names = (el.get("class") or "") + " " + (el.get("id") or "")
    if "ebug" not in names:
        return False  # (the cheap test first)
    if _RULE_WORDS.intersection(attribute_tokens(names)) != {"debug"}:
        return False  # flagged for something else too ("debug-ad-slot")
    if el.tag == "code" or el.find(".//code") is not None:
        return True
    return any(len(t.split()) >= VERDICT_MIN_WORDS and ends_as_prose(t) for t in (text_of(p) for p in el.iter("p")))


#: the words of the hover card rule (CLUTTER_TOKENS)
_HOVER_WORDS = frozenset({"rollover", "tooltip", "tooltips", "popover", "popovers", "hovercard"})
#: the elements a sentence is printed in (a hover card's trigger stands in one)
_PROSE_BLOCKS = frozenset({"p", "li", "dd", "td", "blockquote", "figcaption", "h2", "h3", "h4", "h5", "h6"})
#: a trigger is words of a sentence when the sentence has at least this many characters outside it
TRIGGER_CONTEXT_CHARS = 20


def _hover_named(el: etree._Element) -> bool:
    """Whether `el` is flagged as a hover card (a tooltip, a popover) by its names alone, and nothing hides it."""
    names = (el.get("class") or "") + " " + (el.get("id") or "")
    if "over" not in names and "tip" not in names and "Tip" not in names and "card" not in names:
        return False  # (the cheap test first)
    if el.get("hidden") is not None or el.get("role") or HIDDEN_STYLE.search(el.get("style") or ""):
        return False
    tokens = attribute_tokens(" ".join(el.get(a) or "" for a in _ATTRS))
    words = CLUTTER_TOKENS.intersection(tokens)
    return bool(words) and words <= _HOVER_WORDS and not _has_phrase(tokens)


def _hover_trigger(el: etree._Element) -> bool:
    """Whether `el`, flagged as a hover card by its name, is the card's trigger in a sentence, not the card: a link in
    the sentence ("… said councillor <a class="rollover-card-link">Jane Doe</a>, who chairs it") or the inline wrapper that
    holds such a link or the words themselves and the card after them ("<span class="tooltip">the term<span
    class="tooltip-box">…</span></span>"). Its words are the sentence's: the walk goes on into it, and the card
    inside, a name of its own, goes. A card on its own (a <span class="tooltip"> holding the definition) goes."""
    if el.tag == "a":
        href = el.get("href")
        if href is None or _void_href(href):
            return False
    elif el.tag in _RUNNING_TEXT and el.tag not in _PROSE_BLOCKS:
        lead = el[0] if len(el) else None
        if not ((el.text or "").strip() or (lead is not None and lead.tag == "a" and lead.get("href"))):
            return False
        if not any(_hover_named(d) for d in el.iterdescendants()):
            return False  # no card inside: the element is the card
    else:
        return False
    if not _hover_named(el):
        return False
    top = el
    while (up := top.getparent()) is not None and up.tag not in _PROSE_BLOCKS and _hover_named(up):
        top = up
    block = top.getparent()
    for _ in range(4):
        if block is None or block.tag in _PROSE_BLOCKS:
            break
        block = block.getparent()
    return block is not None and block.tag in _PROSE_BLOCKS and \
        text_length(block) - text_length(top) >= TRIGGER_CONTEXT_CHARS


#: the words of the info box rule (CLUTTER_PHRASES)
_INFO_BOX_WORDS = frozenset({"info", "box"})
#: a key point: a sentence of at least this many words
KEY_POINT_MIN_WORDS = 6


def _key_points_box(el: etree._Element) -> bool:
    """Whether `el` is flagged as an info box by its name alone ("InfoBox", "info-box") yet holds a list of two or
    more sentences and no link: the story's key points ("What you need to know") set over its first paragraph, which
    are its text; an info box of promos, links to other stories or an author's blurb holds links or no list."""
    items = el.items()
    if not any("info" in low or "box" in low for low in (value.lower() for _key, value in items)):
        return False  # (the cheap tests first: most flagged elements are named for something else)
    if el.find(".//li") is None or el.find(".//a[@href]") is not None:
        return False
    words: set[str] = set()
    for key, value in items:
        kind = _kind(key)
        if kind == _NAMING:
            words.update(_RULE_WORDS.intersection(attribute_tokens(value)))
        elif kind != _IGNORED and _flagged(el.tag, [(key, value)]):
            return False  # hidden, an ad slot, a landmark of the page's furniture
    if not words or not words <= _INFO_BOX_WORDS:
        return False  # flagged for something else too ("info-box-newsletter")
    points = [text_of(li) for li in el.iter("li")]
    return (len(points) >= 2 and all(len(t.split()) >= KEY_POINT_MIN_WORDS and ends_as_prose(t) for t in points)
            and _opens_story(el))


#: a box of key points comes before the story's text, a standfirst at most before it: no more than this many
#: paragraphs of prose, of at least KEY_POINT_PARAGRAPH_CHARS, before it in its article
KEY_POINT_PARAGRAPHS_BEFORE = 1
KEY_POINT_PARAGRAPH_CHARS = 80
#: the containers a story's text is counted in
_STORY_SCOPES = frozenset({"article", "main", "body"})


def _opens_story(el: etree._Element) -> bool:
    """Whether `el` comes before its article's text: the story's key points are set over its first paragraph, while
    an info box met further down (a contact box, a subscription's benefits, a list of newsletters) is the page's
    furniture, whatever sentences it lists. (Only the preceding siblings of `el` and of its ancestors up to the
    article are read, with lxml's iterator.)"""
    seen = 0
    node = el
    while node is not None and node.tag not in _STORY_SCOPES:
        for sibling in node.itersiblings(preceding=True):
            for p in sibling.iter("p"):
                text = text_of(p)
                if len(text) >= KEY_POINT_PARAGRAPH_CHARS and ends_as_prose(text):
                    seen += 1
                    if seen > KEY_POINT_PARAGRAPHS_BEFORE:
                        return False
        node = node.getparent()
    return True


#: elements a browser shows on lines of their own: text on both sides of one is two lines, not one
_BLOCK_TAGS = frozenset({"div", "p", "section", "article", "aside", "figure", "ul", "ol", "dl", "table", "form",
                         "header", "footer", "nav", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre"})


def drop_element(el: etree._Element) -> None:
    """Remove `el` and its content but keep its tail text in place (on a line of its own after a block element,
    as the page shows it: a <br> takes the block's place)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip() and el.tag in _BLOCK_TAGS:
        before = el.getprevious()
        text_before = before.tail if before is not None else parent.text
        # text before it: loose text, or an inline element (a link, a bold word) ending the run
        if (text_before and text_before.strip()) or (before is not None and before.tag not in _BLOCK_TAGS):
            br = etree.Element("br")
            br.tail = tail
            parent.replace(el, br)
            return
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def prune_link_lists(root: etree._Element, *, keep: Iterable[etree._Element] = ()) -> int:
    """Remove lists (ul/ol) of three or more items that are almost all link text: related-article lists."""
    kept = set(keep)
    removed = 0
    for lst in list(root.iter("ul", "ol")):
        if lst in kept or any(a in kept for a in lst.iterancestors()) or any(k in kept for k in lst.iter()):
            continue
        items = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
        if len(items) < 3:
            continue
        text = len(text_of(lst))
        if text == 0:
            continue
        if link_text_length(lst) >= 0.8 * text and all(li.find(".//a") is not None for li in items):
            if lst.getparent() is not None:
                drop_element(lst)
                removed += 1
    return removed


# ----------------------------------------------------------------------------------------------- lines


class _Scan(NamedTuple):
    """A line pattern that scans the whole line (a leading ".{0,n}" or lookaheads), costly on every line of a
    page, and words one of which (lower-case) a line always holds when the pattern matches it: the cheap test
    runs first."""

    pattern: str
    words: tuple[str, ...]


def _scan(pattern: str, *words: str) -> _Scan:
    return _Scan(pattern, words)


#: a Nordic speaker after a comma ("…, sa direktøren", "…, sier han", "…, säger hon", "…, siger hun", "…, skriver
#: avisen"): what comes before is quoted, a sentence of the story's
_NORDIC_NOT_SAID = (r"(?!.*,\s*([\w'’-]+\s+){0,3}(sa|sier|sagt|sagde|siger|säger|sade|skriver|skrev|fortalte|forteller|"
                    r"berättar|berättade|fortæller|uttalte|uttalade|mener|mente|menar|lokket|lokker)\b)")
_STAMP_WORD = (r"(stand|(zuletzt )?aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|atualizado|"
               r"pubblicato|aggiornato|uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet|publiceret|"
               r"offentliggjort|julkaistu|päivitetty|gepubliceerd|bijgewerkt)\b")
#: (a date of numbers, or a day, at most one word (the month's name) and the rest: never a year leading words
#: of a sentence, "Julkaistu 2013 kirja kertoo …")
_STAMP_DATE = (r"(\d{4}([.\-/ ]+\d{1,2}){0,2}|\d{1,2}([.\-/ ]+\d{1,4}){0,2}([.\-/ ]+[^\W\d_]{3,10}\.?)?"
               r"([.\-/ ]+\d{1,4})?)\.?"
               r"(,?\s*((um|à|a las|às|alle|kl\.?|klockan|klo\.?|om|at)\s*)?\d{1,2}[:.h]\d{2}(\s*uhr)?)?")
_STAMP = _STAMP_WORD + r"(\s*:\s*|\s+((am|le|el|em|il|den|on|at|op)\s+)?)" + _STAMP_DATE

#: a date and time as English pages print them, and nothing else ("Monday, March 4, 2024 09:15 AM", "Fri 3 May
#: 2024 10.12 BST", "03/05/2024")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_DATE = (r"((mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
            rf"({_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
            r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
            r"(,?\s*(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[a-z]{2,4})?)?")

#: agencies a story credits at its end ("With AFP", "mit dpa"), and the words for agency copy in general
_AGENCIES = (r"(dpa|afp|ap|apa|reuters|kna|epd|sda|ats|ansa|efe|aa|agenturmaterial|agenturen|agencies|"
             r"(the )?associated press|agence france-presse|wires?)")

#: a closing credit of the story's sources ("With reports from", "Con información de", "Com informações da")
_CREDITS_SOURCES = (r"(with (reports|reporting|information|files) (from|by)|con (información|informaciones|informes|"
                    r"reportes) (de|del)|com (informações|informação) (de|da|do|das|dos)|con (informazioni|notizie) "
                    r"(di|da|dell['’]|della|del|dall['’]|dalla|dal)|avec (des |les )?informations (de|du|des|d['’])|"
                    r"mit (informationen|material) (von|der|des|vom))")
#: … a source there: a capitalised name (with its article and small words), or the agencies or the newsroom as words
_SOURCE = (r"((de |d['’])?((the|la|el|los|las|le|les|il|lo|der|die|das|o|a|os|as|del|da|do|dos|des|di) |l['’])?"
           r"(?-i:[A-ZÀ-ÞÄÖÜ][\w'’.&-]*)( (?-i:[A-ZÀ-ÞÄÖÜ0-9&][\w'’.&-]*)| (de|del|da|do|di|of|the|la|el|der|des|du|"
           r"y la|e la)){0,5}|(las |as |le |the |den )?(agencias|agências|agenzie|agences|agencies|agenturen)|"
           r"redacción|redação|redazione|rédaction|newsroom|staff( reports)?|"
           r"wires?|(otros|outros|altri|other) (medios|meios|media|outlets)|social media|redes sociales|redes sociais)")
#: a role in a story's credits, and the names after it (capitalised words joined by commas, "and", "und", "&")
_ROLE = r"(redaktion|schlussredaktion|faktencheck|mitarbeit|übersetzung|translation|fact[- ]?check(ing)?|audioversion)"
_NAME = r"(?-i:[A-ZÄÖÜÀ-Þ][\w'’.-]*(\s+(von|van|de|der|den|la|le|di|da|dos|[A-ZÄÖÜÀ-Þ][\w'’.-]*)){0,3})"
_NAMES = rf"{_NAME}(\s*(,|&|\band\b|\bund\b)\s*{_NAME}){{0,6}}"

#: a publication's name as a note credits it: quoted, or capitalised words ("„Capital“", "der Hafenzeitung", "Spiegel
#: Online")
_OUTLET = (r"((der|die|dem|den|the) )?(„[^“”]{1,60}[“”]|\"[^\"]{1,60}\"|»[^«]{1,60}«|(?-i:[A-Z0-9ÄÖÜ][\w&'’.-]*)"
           r"( (?-i:[A-Z0-9ÄÖÜ&][\w&'’.-]*)| der| des| für| am| of| and| the){0,5})")

#: a picture's credit label, and one part of a credits line: a labelled credit (a few words, no sentence) or the
#: writers' initials ("abk, mtr")
_PICTURE_LABEL = r"(fotos?|photos?|bild|bilder|images?|pictures?|illustrations?|grafik|grafiken|infografik)"
_CREDIT_SEGMENT = (rf"({_PICTURE_LABEL}|video|text|texte|texto|testo|tekst|redaktion|mitarbeit|recherche|crédits?|"
                   r"credits?|erstveröffentlichung|première publication|first published|kamera|camera|montage|layout|"
                   r"design)(\s*\[m\])?\s*:\s*[^;|:!?]{1,50}|(?-i:[a-zäöü]{2,4}(\s*[,/]\s*[a-zäöü]{2,4}){0,4})")

#: the question a paywall asks a subscriber ("Already a subscriber?", "Bereits Abonnent?", "Déjà abonné ?"), and the
#: one it asks a member or a registered reader
_ALREADY_SUBSCRIBER = (r"((vous êtes )?déjà abonné(e)?|ya (eres|es) (suscriptor|suscriptora)|sei già abbonato|al abonnee|"
                       r"already (a |an )?([\w'’.-]+ ){0,3}(subscriber|subscribed)|(bereits|schon) (abonnent(in)?|"
                       r"abonniert))")
_ALREADY_MEMBER = (r"(already (a |an )?([\w'’.-]+ ){0,3}(member|registered)|already (have|got) (an|a) "
                   r"(account|subscription)|(bereits|schon) (registriert|kunde|kundin))")

#: social networks, one or several ("Twitter and Facebook", "WhatsApp, Instagram oder Facebook")
_PLATFORM = (r"(twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|google news|whatsapp|telegram|bluesky|"
             r"mastodon|snapchat|pinterest)")
_PLATFORMS = (rf"{_PLATFORM}(\s*(,|&|\band\b|\bor\b|\bund\b|\boder\b|\bet\b|\bou\b|\by\b|\be\b|\bo\b|\bog\b|"
              rf"\boch\b|\ben\b)\s*{_PLATFORM})*\b")
#: the messaging and social platforms a site calls its readers to, as they are written in the main markets' scripts
#: too ("הטלגרם", "телеграм-канал", "ไลน์"); LINE only with its account's "@" or "official", the word being common
_CHANNEL_PLATFORMS = ("whatsapp", "telegram", "viber", "google news", "facebook", "instagram", "tiktok", "youtube",
                      "line @", "line@", "line official", "טלגרם", "וואטסאפ", "ווטסאפ", "телеграм", "вайбер", "ไลน์",
                      "واتساب", "تلغرام", "تيليجرام")
#: a call to the reader opening a line, in the main languages: join, follow, subscribe, read us, get, send …
#: (imperatives and invitations; "Follow-up" and "Get rich" are no call, "get" needs what the site offers)
_CALL = (r"((join|follow|subscribe( to)?|find us|stay (connected|updated|informed|tuned)|never miss|send|message us|"
         r"get (the|our|all( the)?|breaking|more|latest|daily)|don'?t miss|"
         r"simak|ikuti|ikutilah|gabung|bergabung(lah)?|sertai|dapatkan|theo dõi|tham gia|"
         r"suivez|rejoignez|retrouvez|abonnez-vous|síguenos|sigue|únete|suscríbete|siga|segue|junte-se|participe|"
         r"acompanhe|inscreva-se|folgen sie|folge|abonnieren sie|abonniere|seguici|segui|unisciti|iscriviti|volg|"
         r"obserwuj|dołącz|читайте|следите|слідкуйте|стежте|присоединяйтесь|приєднуйтесь|подписывайтесь|"
         r"підписуйтесь|подпишитесь|підпишіться|הצטרפו|עקבו|הירשמו|انضموا|انضم|تابعونا)\b(?!-)|ติดตาม|เพิ่มเพื่อน)")
#: … naming the site: "our", "us" in those languages (a how-to sentence, "Join a group call on WhatsApp by …", or a
#: story about channels, "Follow the links in the Telegram channel and …", names neither)
_SITE_MARK = (r"(\b(our|us|kami|chúng tôi|nous|notre|nos|nuestro|nuestra|nuestras|nuestros|uns|unser\w*|ci|nostro|"
              r"nostra|нас|наш\w*|nas|nasz\w*|שלנו|לנו|قناتنا|تابعونا)\b|ข่าว|ช่อง)")
_PLATFORM_WORD = "(" + "|".join(_CHANNEL_PLATFORMS).replace(" ", r"\s*") + ")"

#: a sentence of a promo, opening as one does ("You can now also get …", "Sign up for …"); its words run to its own
#: stop (a dot inside a name, "Metro.co.uk", does not end it), so that sentences follow each other one way only
_PROMO_SENTENCE = (r"(you can( now)?( also)?|sign up|subscribe|download|get|join|turn on|enable)\b"
                   r"(?:[^.!?]|\.(?=\w)){0,200}[.!?]")

#: a price (not a sum: "€1 million"), and a span of time, for an offer's line ("$1 a week", "1 € im ersten Monat")
_PRICE = (r"(([$€£]|r\$)\s?\d[\d.,]*|\d[\d.,]*\s?(€|\$|£|cents?\b|centimes?\b|céntimos?\b|centesimi\b))"
          r"(?!\s*(million|billion|mio|mrd|milliarden?|milliards?|millions?|millones|milioni|miliardi|milhões|"
          r"bilhões|miljoen|miljard|bn|m)\b)")
_PERIOD = (r"(week|weeks|month|months|year|woche|wochen|monat|monate|jahr|semaine|mois|an|semana|mes|año|settimana|"
           r"mese|anno|mês|ano|maand|jaar|wk|mo)")
#: (at a pattern's start) no one in the line pays, costs, buys, sells or offers the price: a report of one
_NOT_PRICED = (r"(?!.*\S\s+(costs?|charges?|charged|pay|paid|pays|buys?|bought|gets|gives|spent|was|were|is|are|"
               r"starts?|started|rises?|rose|ranges?|begins?|sind|ist|beginnen|steigen|sont|est|commencent|son|es|"
               r"empiezan|sono|è|partono|são|é|começam|zijn|beginnen|kostet|kosten|"
               r"zahlen|zahlt|bezahlt|kauft|coûte|coûtent|paient|paie|payent|achète|cuesta|cuestan|pagan|paga|compra|"
               r"costa|costano|pagano|acquista|custa|custam|pagam|kost|betaalt|betalen|koopt|rose|fell|stieg|sank|"
               r"offers|offered|sells|propose|proposent|offre|offrent|offrono|ofrece|ofrecen|oferece|oferecem|bietet|"
               r"bieten|biedt|bieden|must|muss|müssen|doit|debe|deve|moet|"
               # (or a price that changes, or the reader who gets it: "… passe à 9,99 €", "Readers can get …")
               r"raises?|raised|hikes?|hiked|increases?|increased|goes|passe|passera|augmente|pasa|pasará|sube|subirá|"
               r"sale|aumenta|sobe|passa|stijgt|gaat|wird|steigt|get|signed)\b)")
#: the site's "our" (all of it) after "access to" in the main languages
_OUR = (r"(our|all (of )?our|nos|tous nos|toutes nos|nuestros|nuestras|todos nuestros|i nostri|tutti i nostri|nossos|"
        r"todos os nossos|onze|al onze|unsere|allen unseren)")
#: (at a pattern's start) the access offered is the site's, not a place's or another service's: "unlimited access to
#: the gym", "accès illimité aux courts", "Zugang zu allen Kursen" are a club's or a review's, "access to our
#: journalism" or "accesso illimitato a 1 €" the site's
_NOT_TO_ELSEWHERE = (r"(?!(\s+(unlimited|illimitée?|ilimitad[oa]|illimitato|onbeperkt|unbegrenzte[nr]?|full|"
                     r"complete|total|totale?|completo))?\s+(to|à|au|aux|a|al|alla|allo|ai|agli|ao|aos|às|tot|zu|zum|"
                     rf"zur)\s+(?!{_OUR}\b|[$€£\d]|r\$))")
#: (the same, at a scan's start)
_NOT_ELSEWHERE = rf"(?!.*\b(access|accès|acceso|accesso|acesso|toegang|zugang)\b{_NOT_TO_ELSEWHERE[3:-1]})"
#: (at a scan's start) the price is not a label's value in a review, a guide or a club's table ("Price: $29 a month",
#: "Abo: 29 € im Monat", "Jahresbeitrag: 120 € im Jahr"), unless the label names an offer ("Offre spéciale : 1 €")
_NOT_LABELLED = (r"(?!(?!((special|exclusive) )?(offer|deal|offre|angebot|sonderangebot|oferta|offerta|aanbieding|aanbod|"
                 r"promo)( spéciale?| especial| speciale| exclusive?| exclusiva| esclusiva)?\s*:)[^:.!?]{1,40}:\s)")
#: (at a scan's start) the line does not open with its subject's article ("Le forfait passe à 9,99 € par mois", "Das
#: Abo wird teurer", "A subscription for $8 a month … takes effect"): an offer opens with its call, its price or its
#: access, or with the first weeks it prices ("Le premier mois à 1 €")
_NO_SUBJECT = (r"(?!(the|a|an|le|la|les|l['’]|un|une|el|los|las|il|lo|gli|o|os|as|um|uma|het|de|een|der|die|das|ein|"
               r"eine|this|ce|cette|este|esta|questo|questa|dit|deze)\b\s*(?!(first|premier|première|premiers|"
               r"premières|primer|primera|primeros|primo|prima|primi|primeiro|primeira|primeiros|eerste|erste|ersten|"
               r"\d)\b))")

#: (after a pattern's first words) the line does not report someone's words: "…, critics said", "…, sagte sie"
_NOT_REPORTED = (r"(?!.*\b(said|says|say|told|wrote|writes|warned|found|argued|admitted|conceded|acknowledged|"
                 r"confirmed|announced|revealed|disclosed|insist(s|ed)|claimed|reported|"
                 r"according to|sagte|sagt|erklärte|a déclaré|a dit|dijo|afirmó|ha detto|disse|zei|powiedział|sade|"
                 # (the verbs a report names its speaker with after such a line: "…, betonte die Chefredaktion",
                 # "…, a rappelé le journal", "…, subrayó el diario", "…, ha precisato il direttore")
                 r"betonte|betont|kritisierte|stellte klar|hieß es|teilte mit|a rappelé|a souligné|a précisé|"
                 r"a indiqué|a expliqué|señaló|subrayó|aclaró|indicó|explicó|ha sottolineato|ha precisato|"
                 r"ha ricordato|ha spiegato|dedi|"
                 # (or a call someone made: "Support independent journalism, urged the union")
                 r"urged|forderte|appellierte|a lancé|pidió|instó|ha esortato|apelou)\b)")

#: the verbs that name a reported line's speaker after it, shared with the paywall prompts' test (_paywall): a promise
#: ("…, the site promised", "…, verspricht der Verlag"), a call in the present ("…, the union tells its members",
#: "…, fordert der Verband") …
_PROMISED = r"promised|promet|verspricht|promete|promette|belooft"
_PRESENT_CALLS = r"tells|urges|asks|warns|fordert|bittet|warnt|demande|pide|chiede|pede|vraagt"
#: … or a French speaker put after its verb ("…, lance-t-elle")
_INVERTED_SPEAKER = r"[\w'’]+-t-(il|elle|on)"

#: (at a scan's start) the line does not end by naming who said it: "…, the researchers found.", "“…,” the broker
#: admitted in court.", "…, kritisieren Datenschützer." (a promo speaks in the site's own voice and names no speaker)
_NOT_SAID = (r"(?!.*[,”\"]\s*(according to\b|([\w'’-]+\s+){0,4}(said|says|told|wrote|warned|found|argued|admitted|"
             r"insisted|claimed|reported|explained|added|noted|concluded|sagte|sagt|sagen|erklärte|warnte|warnen|"
             r"kritisier\w*|berichtet\w*|a déclaré|a dit|selon|dijo|afirmó|según|ha detto|secondo|disse|zei|"
             r"powiedział|sade|"
             # (or by naming who wrote or stated it: "…, schrieb die Polizei", "…, a écrit la préfecture", "…, indique
             # la gendarmerie", "…, escribió el ayuntamiento", "…, ha scritto la polizia", "…, scrivono i carabinieri")
             r"schrieb|a écrit|indique|précise|escribió|ha scritto|scrive|scrivono|"
             # (or by naming who asked or announced it: "…, the police urged residents", "…, pidió la alcaldesa")
             r"urged|asked|pleaded|announced|read|a lancé|a demandé|explique|a expliqué|pidió|ha chiesto|pediu|"
             r"vroeg|forderte|bat|"
             # (or, in the present, before or after its speaker: "…, dit la bannière", "…, dice el anuncio", "…, reads
             # the pop-up", "…, heißt es auf der Seite")
             rf"dice|diz|zegt|écrit|schreibt|heißt es|{_PROMISED}|"
             r"reads (the|a|an|its)|dit (la|le|les|l['’]|un|une|son|sa|ses|leur)|"
             # (a present speaker after the words, or a French speaker put after its verb: "…, the union tells its
             # members", "…, the banner reads.", "…, dit-il", "…, lance-t-elle")
             rf"{_PRESENT_CALLS}|reads(?=\W*$)|dit-(il|elle|on)|{_INVERTED_SPEAKER})\b))")

#: the label of a press release's contacts ("Media Contact:", "Investor Contacts", "Pressekontakt", "Contact presse")
CONTACT_LABEL = (r"((media|press|investor|investors|news|public relations|pr|company) )?(contacts?|inquiries|"
                 r"enquiries)( information)?|(presse|medien)?kontakte?|contacts? (presse|médias)|contactos?( de prensa)?|"
                 r"contatti( stampa)?|contatos?( para (a )?imprensa)?")
#: a telephone number as press releases print them ("402-555-0144", "(555) 301-4420", "+49 30 1234567")
_PHONE = r"\+?\(?\d{2,4}\)?[\s./-]?\d{2,4}[\s./-]\d{3,5}"

#: the labels of a source's credit ("Source: …", "Kaynak: …", "Zdroj: …", "المصدر: …"), an alternation
SOURCE_LABELS = ("source|sources|quelle|fonte|fuente|источник|джерело|sumber|sursa|sursă|kaynak|forrás|zdroj|źródło|"
                 "πηγή|kilde|källa|lähde|bron|nguồn|المصدر|מקור|منبع|स्रोत")


#: the labels a portal sets before a link to another of its stories ("Lee también", "Te puede interesar", "Baca
#: juga", "อ่านข่าวเพิ่มเติม"), an alternation: before a link that fills the rest of a paragraph they need no colon
RELATED_LABELS = ("read more|read also|also read|see also|related|more on this|lesen sie auch|mehr zum thema|"
                  "auch interessant|à lire aussi|lire aussi|lee también|lea también|te puede interesar|"
                  "le puede interesar|leia também|leia mais|veja também|leggi anche|lees ook|läs också|les også|"
                  "læs også|lue myös|czytaj (też|także|więcej)|zobacz (też|także)|polecamy|přečtěte si také|"
                  "čtěte také|olvassa el|citește și|читайте также|читайте також|смотрите также|baca juga|"
                  "lihat juga|xem thêm|ilgili haber(ler)?|bunu da okuyun|διαβάστε επίσης|διαβάστε ακόμη|"
                  # (Greek in capitals drops its accents: "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ")
                  "διαβαστε επισης|διαβαστε ακομη|"
                  "اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً|קראו גם|(यह|ये) भी पढ़ें|अवश्य पढ़ें|"
                  "อ่านข่าวเพิ่มเติม|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|関連記事|관련 ?기사|相关阅读|相關閱讀|延伸閱讀")


#: the label over a story's tags, in the main languages ("Tags", "Schlagwörter", "Etiquetas", "Mots-clés", "Etiketler"),
#: an alternation: before a colon it names no sentence's subject
TAG_LABELS = ("tags?|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|etiquetas|[ée]tiquettes|mots[- ]cl[ée]s|"
              "parole chiave|trefwoorden|tagi|štítky|címkék|etiketler|теги|метки|теґи")
#: the label of the author's box ("About the author", "Sobre la firma", "Zur Autorin")
AUTHOR_BOX_LABEL = (r"(about the (author|writer)s?|sobre (la firma|el autor|la autora|los autores|o autor|a autora)|"
                    r"über (den autor|die autorin|die autoren)|zum autor|zur autorin|à propos de l['’]auteur(e)?|"
                    r"over de auteur|informazioni sull['’]autore|o autorze|om skribenten|om forfatteren|"
                    r"yazar hakkında)")


#: a clip's running time ("2:31", "02:31 Min.", "1:02:45", "4 min")
_CLOCK = r"\d{1,2}:\d{2}(:\d{2})?"
#: a clip's caption ended by its date and running time is at most this long (a few sentences from the clip)
CLIP_CAPTION_CHARS = 400
_MINUTES = r"(min|mins|minuten|minutes|minutos|minuti|minuter|minutter)\b\.?"
_RUNNING_TIME = rf"({_CLOCK}(\s*{_MINUTES})?|\d{{1,3}}\s*{_MINUTES})"
#: what a player plays: a clip, or an episode (which a review or a guide names too: "Episode 4: The Reckoning
#: (52 min)" over its paragraphs)
_CLIP = r"(videos?|vídeos?|vidéos?|videoclip|audio|áudio|podcast|beitrag|artikel|article)"
_EPISODE = r"(folge|episode|épisode|episodio|episódio)"
_MEDIA = rf"({_CLIP}|{_EPISODE})"
#: a player's label: what it plays, a title, its running time ("Video: The flooded town from above | 02:31 Min.")
_PLAYER_LABEL = r"(\s*(nr\.?|no\.?|#)?\s*\d{1,4})?\s*[:|–-]\s*[^|·•()]{3,150}?\s*[(|·•–-]\s*" + _RUNNING_TIME + r"\s*\)?"
#: … naming an episode: a player's label only on a page with a player (see drop_clutter_lines)
EPISODE_LABEL = re.compile(_EPISODE + _PLAYER_LABEL, re.I)


#: a site's note that what it publishes is no investment advice: the label it may open with, the site's content as the
#: subject ("This article", "Die veröffentlichten Artikel, Daten und Prognosen", "Les informations de cet article"),
#: and the denial, in the main languages
_DISCLAIMER_LABEL = (r"((disclaimer|haftungsausschluss|risikohinweis|(wichtiger )?hinweis|bitte beachten|"
                     r"avertissement|mise en garde|aviso( legal)?|descargo de responsabilidad|avvertenza|"
                     r"esclusione di responsabilità)\s*:\s*)")
_CONTENT_NOUN = (r"(articles?|content|contents|information|posts?|materials?|analys[ie]s|opinions|views|artikel|"
                 r"beitr(a|ä)ge?|inhalte?|informationen|texte?|daten|prognosen|analysen|contenus?|informations|"
                 r"art[ií]culos?|contenidos?|informaci[oó]n|an[aá]lisis|articol[oi]|contenut[oi]|informazioni|analisi)")
#: (the site's own: "this", "our", or "the" with what the site publishes: "the information", "the published
#: articles"; not someone else's, "the posts" of a story's influencers)
_SITE_CONTENT = (r"((this|these|our|dieser|diese|dieses|unsere|cet|ce|ces|nos|este|esta|estos|estas|nuestros|"
                 r"nuestras|questo|questa|questi|queste|nostri|nostre)( [\w'’-]+){0,2}? " + _CONTENT_NOUN + r"|"
                 r"(the|all|die|der|das|alle|les|tous les|el|la|los|las|todos los|il|lo|i|gli|le|tutti gli|tutte le) "
                 r"((published|above|veröffentlichten|obigen|publiés|ci-dessus|publicados|publicadas|pubblicati|"
                 r"pubblicate) )?" + _CONTENT_NOUN + r")\b")
_NO_ADVICE = (r"((is|are|does|do|should|must)( not|n['’]t)\b[^.!?]{0,60}\b(financial|investment|investing) "
              r"(advice|recommendations?)|"
              r"(sind|ist|stellen|stellt|ersetzen|ersetzt)\b[^.!?]{0,40}\bkeine?\b[^.!?]{0,40}\b(anlageberatung|"
              r"anlageempfehlung|finanzberatung|kaufempfehlung|aufforderung zum (kauf|verkauf)|(fachliche|"
              r"individuelle|persönliche) beratung)|"
              r"(constitue|constituent|sont|est|remplace|remplacent)\b[^.!?]{0,20}\bpas\b[^.!?]{0,40}\b(conseils? "
              r"(en investissement|d['’]investissement|financiers?|en placement)|recommandation d['’](achat|"
              r"investissement)|incitation à (acheter|investir|vendre))|"
              r"no (constituye|constituyen|es|son|representa|representan|sustituye|sustituyen)\b[^.!?]{0,40}\b"
              r"(asesoramiento|asesoría|consejo|recomendación)( \w+)? (financier[oa]|de inversión|de compra)|"
              r"non (costituisce|costituiscono|è|sono|rappresenta|rappresentano|sostituisce|sostituiscono)\b"
              r"[^.!?]{0,40}\b(consulenza (finanziaria|in materia di investimenti|d['’]investimento)|raccomandazion[ei] "
              r"(d['’]investimento|di investimento|all['’]acquisto)|sollecitazione all['’](investimento|acquisto)))")
#: a sentence of such a note (its risk warning: "Investments carry risk. You may lose all your capital.")
_NOTE_SENTENCE = r"[^.!?]{1,250}[.!?]"

#: a republication note's subject: this very article, named by the site ("Cet article", "Questo articolo", "Dieser
#: Beitrag")
_THIS_ARTICLE = (r"(this|cet|ce|este|esta|questo|questa|dieser|diese|dieses) (article|story|piece|text|texte|billet|"
                 r"artículo|texto|nota|reportaje|articolo|testo|pezzo|artikel|beitrag)")
#: where it ran first: the verb and "first" in either order, then the place ("a été publié initialement sur",
#: "fue publicado originalmente en", "è apparso per la prima volta su", "wurde zuerst auf … veröffentlicht")
_FIRST = (r"(first|originally|initially|initialement|originellement|d['’]abord|pour la première fois|originalmente|"
          r"originariamente|inicialmente|por primera vez|per la prima volta|inizialmente|zuerst|ursprünglich|"
          r"erstmals)")
_RAN = (r"(published|appeared|publié|publiée|paru|parue|publicado|publicada|publicó|apareció|pubblicato|pubblicata|"
        r"apparso|apparsa|uscito|veröffentlicht|erschienen|erschien)")
_FIRST_RAN = (rf"{_FIRST} (([\w']+ ){{0,2}}{_RAN} )?(on|in|at|by|sur|dans|par|chez|en|su|sul|sulla|nel|nella|da|"
              rf"auf|bei|im|von)|{_RAN} (([\w']+ ){{0,2}}){_FIRST} (on|in|at|by|sur|dans|par|chez|en|su|sul|sulla|"
              rf"nel|nella|da|auf|bei|im|von)")
#: … the place: a publication's name, perhaps after words for its site ("le site de La Gazette du Port", "The Harbour
#: Review"), no clause after it ("in 1990 and it changed …" is a sentence of the story)
_FIRST_PLACE = (r"((the|le|la|les|el|los|las|il|lo|der|die|dem|den|site|sitio|sito|web|website|blog|magazine|magazin|"
                r"revista|rivista|journal|de|du|des|del|della|di|on)\s+|l['’]|d['’]){0,4}"
                r"(?-i:[A-ZÀ-ÞÄÖÜ„\"»“][\w&'’.\"“”«»-]*)( (?-i:[A-ZÀ-ÞÄÖÜ0-9&][\w&'’.\"“”«»-]*)| (de|del|du|des|di|"
                r"della|of|the|and|y|e|et|und|am|im|der|für|on|for|la|el|le)){0,8}")
#: the licence a republished article runs under, as its own sentence ("Il est publié sous licence Creative Commons.")
_CC_LICENCE = r"[^.!?]{0,80}\b(creative[- ]commons|cc[- ]by)\b[^.!?]{0,80}[.!]?"
#: the pointer to the original ("Read the original article.", "Lire l'article original.", "Lea el original.")
_READ_ORIGINAL = (r"(read the original( article)?|lire l['’]article original|le[ae] (el|la) (original|artículo "
                  r"original|nota original)|leggi l['’]articolo originale|(hier )?(lesen sie|zum) (den )?"
                  r"original(artikel|beitrag|text)?)\W*")


#: a live blog's badge ("LIVE", "Liveticker", "En direct", "Directo", "In diretta", "Ao vivo", "实时"): a line
#: alone is clutter, but a heading between the story's paragraphs is the story's own (see drop_clutter_lines)
_LIVE_BADGE_WORDS = (r"live|live ?ticker|live-?blog|live updates|live coverage|en direct|en directo|directo|"
                     r"in diretta|diretta|ao vivo|na żywo|relacja na żywo|实时|直播|实时更新|图文直播")
_LIVE_BADGE = re.compile(rf"(\+{{2,}}\s*)?({_LIVE_BADGE_WORDS})(\s*\+{{2,}})?\W*", re.I)

#: a word of a picture's credit after the art's name: a capitalised word (a name, an agency, "(EFE)"), a
#: particle of a name ("de", "van", "von", "y") or a separator
_CREDIT_NAME = (r"(\(?(?-i:[A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŹŻŽ])[^\s.!?:()]*\)?|(?-i:de|da|del|della|di|do|dos|du|van|von|der|den|"
                r"ter|la|le|y|e|et|und|and)|[/|&–-])")


_LINE_PATTERNS: list[str | _Scan] = [
    # ad and widget labels
    r"(sponsored|paid|partner) (content|post)s? (presented|brought to you|paid for|produced) by "
    r"(?-i:[A-Z0-9][\w&'’.-]*)(\s+(?-i:[A-Z0-9&][\w&'’.-]*)){0,5}\W*",
    r"(advertisement|advertising|advert|ads?|sponsored( content)?|paid (post|content)|anzeige|werbung|"
    r"publicidad|publicidade|publicité|pubblicità|реклама|广告|広告|광고|iklan|reklame|reklama|annonse)"
    # (with the age mark Russian law asks ads to carry: "Реклама 18+")
    r"(\s*\(?\d{1,2}\+\)?)?",
    r"(loading|please wait|wird geladen|carregando|cargando|chargement|caricamento|загрузка|読み込み中)\W*",
    # a carousel's and a rail's labels ("Swipe →", "Popular")
    r"(swipe|scroll|wischen)( (for more|to see more|to (view|explore|see) more|für mehr))?\s*"
    r"[→←↔⟶⟵>»<«]*",
    r"(popular|meistgelesen|meist gelesen)\W*",
    # a social account's handle alone on a line ("@harbourdeals."): a follow link's label, left when the call
    # around it went
    r"@[a-z0-9_.]{2,30}[.!]?",
    # … and the most-read rail's label in the other main languages ("Les plus lus", "Lo más leído", "I più letti",
    # "Mais lidas", "Meest gelezen"), with the time it counts over at most ("du moment", "de hoy")
    r"((les |los |las |lo |i |le |as |os )?(articles |artículos |notícias |articoli )?(les )?(plus lus|plus consultés|"
    r"más leíd[oa]s?|más vist[oa]s?|più lett[ei]|più vist[ei]|mais lid[oa]s|mais vist[oa]s)|meest gelezen|mest lästa|"
    r"mest leste|mest læste|mest lest|mest läst|mest læst|luetuimmat|eniten luetut|najczęściej czytane|"
    r"am meisten gelesen|meistgelesene (artikel|beiträge|nachrichten))"
    r"( (du moment|de la semaine|du jour|aujourd'hui|de hoy|del día|de la semana|di oggi|della settimana|de hoje|"
    r"da semana|heute|der woche))?\W*",
    # a template placeholder the page never filled in (an ad slot's "$$ARTICLEAD$$", "{{ad_slot}}", "%%AD%%")
    r"(\$\$|\{\{|\[\[|%%)\s*[a-z0-9_.:\-]{2,40}\s*(\$\$|\}\}|\]\]|%%)",
    r"(skip|scroll) (to|for) (the )?(next|main|content|article|ad(vertisement)?)( (content|article|story|navigation|"
    r"menu))?\W*",
    r"continue reading( (below|the (main )?story))?\W*",
    # … and a teaser's bare "continue reading" link in the other main languages, alone on its line ("Weiterlesen",
    # "Lire la suite", "Sigue leyendo", "Continua a leggere", "Czytaj dalej", "Les mer", "Lees verder"), an arrow
    # after it at most
    r"(keep reading|read on|weiterlesen|weiter lesen|lire la suite|continuer la lecture|sigue leyendo|"
    r"seguir leyendo|contin[uú]a leyendo|continua a leggere|continua la lettura|continue lendo|continuar lendo|"
    r"czytaj dalej|les mer|les videre|lees verder|verder lezen|läs mer|läs vidare|læs mere|læs videre)\W*",
    r"story continues below( (this )?(ad|advertisement))?\W*",
    r"article continues (below|after (this )?(ad|advertisement))\W*",
    # the same label in the other main languages ("Continua após a publicidade", "La suite après la publicité",
    # "Der Artikel wird unter der Anzeige fortgesetzt", "Dalsza część artykułu pod reklamą"), and an ad unit's
    # "Scroll to continue with content": each names the ad, no sentence about advertising does it that way
    r"(scroll to continue with content|((o )?(texto|artigo|conteúdo|conteudo|matéria|materia|reportagem|notícia) )?"
    r"continua (após|apos|depois d[ao]|abaixo d[ao]) (a |o )?(publicidade|anúncio|anuncio|propaganda)|"
    r"((la |el )?(nota|noticia|artículo|articulo|texto|información) )?(continúa|continua|sigue) (después|despues|debajo|"
    r"tras|luego) (de )?(la |el |del )?(publicidad|anuncio)|"
    r"(l['’]article |la suite |le texte )?(continue |se poursuit |reprend )?(après|sous) (la|cette) publicité|"
    r"((der )?(artikel|text|beitrag) (wird|geht) )?(unter|nach) (der|dieser) (anzeige|werbung) (weiter|fortgesetzt)|"
    r"(weiterlesen|weiter lesen|lesen sie weiter) (nach|unter) (der|dieser) (anzeige|werbung)|"
    r"((l['’]articolo|il testo|la notizia) )?(continua|prosegue) (dopo|sotto) (la|questa) pubblicità|"
    r"(het )?(artikel|bericht|verhaal) gaat (verder )?(onder|na) (de|deze) advertentie( verder)?|"
    r"lees verder (onder|na) (de|deze) advertentie|"
    r"(dalsza część|ciąg dalszy) (artykułu |tekstu )?(pod|poniżej|po) (reklam(ą|ie|y)|materiał(em|e) (wideo|video)|"
    r"(wideo|video|filmem|nagraniem))|"
    r"(pokračování (článku|textu)|(článek|článok|text) pokračuje) (pod reklamou|po reklamě|za reklamou)|"
    r"(haberin|yazının) devamı( (reklamdan sonra|aşağıda))?|"
    r"((a )?cikk(ünk)? )?(folytatása )?a hirdetés (után|alatt)( folytatódik| folytatjuk)?|"
    r"(artikeln|artikkelen|artiklen|texten|teksten) (fortsätter|fortsetter|fortsætter) (under|efter|etter) "
    r"(annonsen|annonsen|annoncen))\W*",
    # newsletters and sign-up forms
    r"(sign up|subscribe|register)( now)? (to|for) (our|the|my|free|a)\b.{0,80}(newsletters?|alerts?|briefing|"
    r"digest|updates|emails?|inbox)\W*",
    r"sign up for (our|the) newsletters?\W*",
    r"subscribe to (our [^,;]{1,60}|the (?-i:[A-Z0-9])[^,;]{0,60}|"
    # (a newsletter named with its site's: "Subscribe to the Courier's Morning Brief", title-cased, nothing after)
    r"(?-i:[A-Z0-9][\w&.-]*)['’]s?( (?-i:[A-Z][\w-]*)){1,4}\W*)",
    r"(get|receive) (our|the) .{0,100}(newsletters?|(in|to) your inbox)\W*.{0,40}",
    r"(this service|this newsletter|this site) is not intended for (persons|people|users) (residing|located|living) in"
    r" the e\.?u\.?.*",
    rf"by (clicking|signing up|subscribing|submitting|entering|registering|continuing)\b{_NOT_SAID}.{{0,200}}\b(you|i)\b"
    r".{0,60}"
    r"\b(agree|consent|accept|acknowledge)\b.*",
    r"you (can|may) (unsubscribe|opt out) at any time[^,]{0,120}",
    r"(thanks|thank you) for (signing up|subscribing)\W*",
    r"(enter|your) e-?mail( address)?\W*",
    r"(invalid|please enter a valid) e-?mail( address)?\W*",
    r"newsletter\W*",
    _scan(r"[^.!?]{1,120}[.!?:]\s*(subscribe|sign up|register) (here|now|today)\W*",
          "subscribe here", "subscribe now", "subscribe today", "sign up here", "sign up now", "sign up today",
          "register here", "register now", "register today"),
    # app, summary and audio promos
    # (a short label glued in front by markup without block breaks, "· Site · JoinRead a summary …", or set off by
    # a separator; never a sentence that runs into the words)
    _scan(r"(.{0,30}?(\S|[·|•»›]\s))?read a summary of this article on .{1,40}",
          "read a summary of this article on"),
    r"get bite-sized news via .{0,80}",
    r"(click|tap) here to (return|go back|read|see|view|download|subscribe|sign up|listen|watch)\b[^,;]{0,80}",
    r"get the (.{1,40} )?app\W*",
    # (perhaps with a clause on where or when the reader gets the news: "…, wherever you are")
    r"download (the|our) [^,;]{0,40}app\b[^,;]{0,60}(, (wherever|whenever|anywhere|anytime|at any time)\b[^,;]{0,40})?",
    r"stay updated with notifications for .{0,100}",
    r"get whatsapp alerts\W*",
    # a shop's button under a product or a deal, in German ("Jetzt bei Beispielshop kaufen", "Hier bei Musterfunk
    # (Aktion) abschließen"): the call, the shop, the verb, nothing else
    r"(jetzt|hier|direkt) (bei|auf|im) [^.!?;:]{2,60}? (kaufen|bestellen|vorbestellen|abschließen|buchen|sichern|"
    r"ansehen|shoppen)\W*",
    # the site's own app offered to the reader: the offer opens the line, in the site's voice, and no clause follows
    # ("Get the app on the App Store or Google Play", "Laden Sie jetzt unsere App herunter", "Alles aufs Handy? Hier
    # geht's zur Stadtblatt-App für Android und iOS")
    r"get (the|our) ([\w&'’.-]+ ){0,3}app\b[^,;]{0,60}\b(on|from|in|for) (the )?(app ?store|google play|play store|"
    r"ios|android|iphone|ipad)\b[^,;]{0,60}",
    # (perhaps with what it is for: "…, um immer informiert zu sein")
    r"(laden sie|holen sie sich|installieren sie)( jetzt)? (unsere|die)\b[^,;]{0,40}\bapp\b[^,;]{0,80}(, um [^,;]{0,80})?",
    _scan(r"([^.!?]{1,60}\?\s*)?hier geht('s|s| es) zu(r|m)? [^,;]{0,40}app\b[^,;]{0,80}", "hier geht"),
    # a call to follow or join the site on a messenger or a network, in the site's voice and in any of the main
    # languages, perhaps after a question ("Do you have a news tip? Send it to us on WhatsApp.", "Join Lagos Beacon
    # WhatsApp Channel HERE", "Ikuti kami di saluran Telegram untuk berita terkini.", "הצטרפו לערוץ הטלגרם שלנו",
    # "Читайте новини … в Telegram та Viber", "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @…"): no one's words are reported
    # (after a question, the call is one sentence that ends the line)
    # (the site named within the call's first words: "Follow our …", "Ikuti kami …"; not "Follow the money: our
    # reporters traced …")
    _scan(rf"((?=.{{0,300}}{_PLATFORM_WORD})(?=[^:;.!?]{{0,50}}{_SITE_MARK}){_CALL}{_NOT_REPORTED}.{{0,300}}|"
          rf"[^.!?]{{1,80}}\?\s*(?=[^.!?]{{0,160}}{_PLATFORM_WORD})(?=[^:;.!?]{{0,50}}{_SITE_MARK})"
          rf"{_CALL}{_NOT_REPORTED}[^.!?]{{0,150}}[.!]?\W*)",
          *_CHANNEL_PLATFORMS),
    # … in Persian, the verb last ("ما را در تلگرام دنبال کنید", "برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید"):
    # "us" or "our" and a messenger, then the call, and nothing after it
    _scan(r"[^.!?؟]{0,80}(\bما\b)[^.!?؟]{0,40}(تلگرام|اینستاگرام|واتساپ|ایتا|روبیکا|بله|آپارات|توییتر|ایکس)[^.!?؟]{0,30}"
          r"(دنبال کنید|عضو شوید|بپیوندید)\W*|[^.!?؟]{0,80}(تلگرام|اینستاگرام|واتساپ|ایتا|روبیکا|بله|آپارات|توییتر|ایکس)"
          r"[^.!?؟]{0,30}(\bما\b)[^.!?؟]{0,30}(دنبال کنید|عضو شوید|بپیوندید)\W*",
          "دنبال کنید", "عضو شوید", "بپیوندید"),
    # … in Hindi ("देश-दुनिया की ताज़ा खबरों के लिए हमें Google News पर फॉलो करें", "हमारे WhatsApp चैनल से जुड़ें"): "us"
    # or "our", a network or the site's channel or app, the call, and nothing after it ("हमें नियमों को फॉलो करना
    # होगा", "we must follow the rules", is no call)
    _scan(r"(?=.{0,120}(google|whatsapp|telegram|facebook|instagram|youtube|twitter|गूगल|व्हाट्सऐप|व्हाट्सएप|टेलीग्राम|"
          r"फेसबुक|इंस्टाग्राम|यूट्यूब|ट्विटर|चैनल|ऐप))"
          # (no reported speech before it: "पुलिस ने कहा कि हमारे व्हाट्सएप नंबर से जुड़ें", "the police said: join our
          # WhatsApp number", reports a call, it makes none)
          r"(?:(?!(?<!\S)(?:कि|ने|कहा)(?!\S))[^।.!?]){0,80}(?<!\S)(हमें|हमसे|हमारे|हमारा)(?!\S)[^।.!?]{0,60}(?<!\S)(फॉलो|फ़ॉलो|सब्सक्राइब|जॉइन|ज्वाइन|ज्वॉइन|जुड़ें|जुड़ें|"
          r"डाउनलोड|इंस्टॉल)"
          r"( (करें|कीजिए|करना न भूलें))?\W*",
          "फॉलो", "फ़ॉलो", "सब्सक्राइब", "जॉइन", "ज्वाइन", "ज्वॉइन", "जुड़", "डाउनलोड", "इंस्टॉल"),
    # a site's note on reporting a typo with its keys ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Found a
    # typo? Highlight it and press Ctrl+Enter"): the mistake named, a call to select it and press the keys, nothing
    # after them
    _scan(r"[^.!?]{0,80}(ошибк|опечатк|помилк|typo|error|mistake|fehler|błąd|hat[aâ]|erreur|errore|erro)[^.!?]{0,40}"
          r"[?.,:]?\s*(пожалуйста,? |будь ласка,? |please )?(выделите|виділіть|select|highlight|mark|markieren sie|markiere|"
          r"zaznacz|seçin|seçip|sélectionnez|seleziona|selecione|selecciona)\b[^.!?]{0,40}\b(нажмите|натисніть|press|hit|"
          r"drücken sie|drücke|naciśnij|wciśnij|basın|basınız|appuyez sur|premi|pressione|pulse|presiona)\s+"
          r"(клавиш[иу] |the keys? |die tasten? )?(ctrl|strg)\s*\+\s*enter\b[^.!?,;]{0,40}[.!]?",
          "ctrl", "strg"),
    # … in Thai ("ติดตามเราได้ที่ Facebook และ LINE"): "follow us" or "follow the news", "at" or "on", the site's pages
    # (not another body's page, "ติดตามข่าวสารได้ที่เพจเฟซบุ๊กของกรมอุตุนิยมวิทยา", "follow the news on the weather
    # department's page": a story's advice; "ของ", "of", names the page's owner, unless it is "us"; a department, a
    # ministry, an office, a hospital, the police named are no site)
    _scan(r"ติดตาม(เรา|ข่าวสาร|ข่าว)\S{0,20}\s*(ได้)?(ที่|ทาง)(?=.{0,80}(facebook|line|youtube|tiktok|instagram|twitter|"
          r"\bx\b|เฟซบุ๊ก|เฟสบุ๊ค|ไลน์|ยูทูบ|ติ๊กต็อก|เพจ))(?!.*ของ(?!เรา))(?!.*(กรม|กระทรวง|สำนักงาน|โรงพยาบาล|ตำรวจ)).{0,100}",
          "ติดตาม"),
    # … in Hebrew, to join the site's WhatsApp or Telegram group, then "click here" ("להצטרפות לקבוצת הווטסאפ של …
    # לחצו כאן")
    r"(להצטרפות|הצטרפו|הצטרפי|הצטרף)\s+ל?(קבוצת|ערוץ)\s+ה?(ווטסאפ|וואטסאפ|ווצאפ|טלגרם|whatsapp|telegram)\b[^.!?]{0,60}"
    r"\b(לחצו|לחץ|היכנסו|הקליקו) כאן\W*",
    # a plea to share the story ("Kindly share this story", "Please share this article with your friends")
    r"(kindly|please) (like and )?share (this|the) (story|article|post|news|report)\b[^.!?]{0,60}[.!]?",
    r"join our (whatsapp|telegram|signal) channel.{0,100}",
    # "Get the latest news on Google News", "Читайте новини Вишневого в Telegram та Viber": the site's news on a
    # messenger, the line saying nothing else
    r"get (the )?(latest )?(news|updates|headlines|stories)( from [^.!?,]{1,30})? on (google news|whatsapp|telegram)"
    r"\W*",
    r"(читайте|следите за) (новини|новости|новостями) [^.!?,]{1,40} (в|у) (telegram|viber|телеграм\w*)"
    r"( (та|и|і) (telegram|viber|телеграм\w*))?\W*",
    # "Join Lagos Beacon WhatsApp Channel HERE": a name, the channel, a few words
    r"join [^.!?,]{0,40}\b(whatsapp|telegram|viber|signal) channel\b[^.!?]{0,40}",
    r"join our channel for .{0,100}",
    r"set .{1,40} as (your )?(a )?preferred source on google\W*",
    r"(new: )?you can now listen to (this |these )?articles?\W*",
    r"this audio is (generated|produced) by an? (ai|artificial intelligence|automated) (tool|voice|system)\W*",
    # (then only its length or who reads it: "Listen to this article. Narrated by an automated voice.")
    r"listen to (this|the) (audio version of (this|the) )?(article|story)( now)?(\W+(\d+\s*(min(ute)?s?|:\d\d)|"
    r"(narrated|read|voiced|generated) by [^.!?]{1,60}))*\W*",
    r"\d+:\d+ (min(ute)?s? )?listen\W*",
    # a broadcaster's call to its show, with the times it airs and its catch-up ("Listen to The Morning Desk live from
    # 7am daily and catch up later on our app", "Watch Harbour Tonight live on Fridays and watch again on our app")
    r"(listen to|watch|tune in to) [^.!?]{1,60}\blive (at|on|every|from|weekdays)\b[^.!?]{0,80}\b(listen back|catch up|"
    r"watch (it )?again)\b[^.!?]{0,60}[.!]?",
    # sharing and following
    r"(share|share this|share this (article|story|page|post)|share on \w+|tweet|e-?mail|print|copy link|link copied|"
    r"save|bookmark|comments?)\W*",
    r"share (this|the) (article|story|page) (on|via|with) .{1,60}",
    # … in more languages ("Comparte esta noticia", "Compartilhe essa notícia no WhatsApp", "Haberi paylaş",
    # "Udostępnij"), perhaps with the network
    rf"(comparte|compartir|compartilhe|compartilhar|condividi|partager|partagez|teilen|udostępnij|haberi paylaş|"
    rf"paylaş|поделитесь|deel)( (esta|essa|este|esse|la|a|o|el|questo|cet|cette|l['’]|den|ten|dit|эту|этой)\s?"
    rf"(noticia|notícia|nota|información|matéria|reportagem|artigo|artículo|articolo|article|notizia|artikel|"
    rf"beitrag|artykuł|bericht|новость|новостью|статью|статьей))?( (en|no|na|pelo|on|via|su|sur|auf|na|в) "
    rf"{_PLATFORMS})?\W*",
    # a link to report a mistake in the story ("Reporta un error", "Сообщить об ошибке", "Fehler melden")
    r"(reporta(r)? un error|informar (de )?un error|notificar un error|reportar (um )?erro|comunicar erro|"
    r"segnala(re)? un errore|signaler une erreur|fehler melden|zgłoś błąd|hata bildir|сообщить об ошибке|"
    r"повідомити про помилку)\W*",
    # (us, or a name: "Follow The Harbour Post on WhatsApp for the latest news"; not "Follow the money on X and …")
    # (and the promos that follow it in the line, each a sentence that opens as a promo does: "… for the latest news.
    # You can now also get our articles sent to your device. Sign up for our push alerts here.")
    rf"follow (us|(?-i:[A-Z0-9][\w.&'’-]*)( (?-i:[A-Z0-9&][\w.&'’-]*)){{0,3}}) on {_PLATFORMS}"
    r"( (for|to get|to stay) [^,;.!?]{0,60})?"
    rf"(\W*|[.!]\s+({_PROMO_SENTENCE}\s*){{1,3}})",
    # the same in other languages ("Folgen Sie uns auf Instagram, Facebook und X.", "Suivez-nous sur Facebook")
    rf"(folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|följ oss|følg os|følg oss) "
    rf"(auf|sur|en|su|no|nas|op|på) {_PLATFORMS}"
    r"( (para|pour|per|um|om|för) (mantenerte|mantenerse|estar|recibir|no perderte|ficar|receber|ne rien manquer|"
    r"rester|recevoir|restare|non perdere|ricevere|nichts|keine|immer|altijd|niets|inte missa|alltid)\b[^,;.!?]{0,60})?"
    r"\W*",
    # the site on social networks ("Die Hafenzeitung auch bei Social Media – ob Instagram, WhatsApp oder Facebook.")
    _scan(rf"((die|der|das|the) )?{_NAME} (auch )?(bei|auf|on|in) (social media|sozialen (medien|netzwerken))"
          rf"\s*[–—:|-]\s*((ob|whether)\s+)?{_PLATFORMS}\W*",
          "social media", "sozialen"),
    # related links and navigation labels
    r"(read more|more|related|related (articles?|stories|coverage|content|news|reading|topics|links)|more stories|"
    r"more (news|articles) (from|on|about) .{1,40}|recommended( (for you|news|stories|reading))?|also read|"
    r"also worth reading|you (may|might) also like|trending( now)?|most (read|popular|viewed)( in [\w .&'’-]{1,30})?|"
    r"top (stories|headlines)|recommended videos?|"
    r"editor'?s picks|don'?t miss|see also|further reading|what to read next|in other news|latest news|"
    r"more (great |top |popular |recommended )?([\w'’]+ ){0,2}(stories|reads|articles)|more info(rmation)?|"
    r"mehr infos?|plus d'infos?|más información|maggiori informazioni|mais informações)\W*",
    r"(read more|related|read also|also read|see also|see more|view more|more|watch|listen|lesen sie auch|"
    r"mehr zum thema|auch "
    r"interessant|leia também|leia mais|veja também|lee también|lea también|leggi anche|читайте также|baca juga|"
    r"lihat juga|à lire aussi|lire aussi|czytaj (też|także|więcej)|zobacz (też|także)|lees ook|läs också|les også|"
    r"læs også|lue myös|citește și|přečtěte si také|関連記事|관련기사|관련 기사|相关阅读|相關閱讀|相关新闻)"
    r"\s*[:：>»›].{0,200}",
    # "Also:" before a call to see or read another story ("Also: See our coverage of the harbour strike")
    r"also\s*:\s*(see|read|watch|check out)\b.{1,200}",
    # the same label of two words or more set off by a full stop or a dash ("LIRE AUSSI. Le club …")
    r"(read also|also read|see also|lesen sie auch|mehr zum thema|lee también|lea también|leggi anche|à lire aussi|"
    r"lire aussi|leia também|veja também)\s*[.–—-]\s+.{5,200}",
    r"(おすすめ(情報|記事|ニュース)?|あわせて読みたい|注目記事|カテゴリーをフォローする|推荐阅读|相关推荐|热门推荐|"
    r"관련 ?기사|関連記事|関連ニュース|相关阅读|相關閱讀|相关新闻|lesen sie auch|mehr zum thema|baca juga|leia também|"
    r"veja também|leggi anche|lire aussi|à lire aussi|читайте также|czytaj (też|także|więcej)|zobacz (też|także)|"
    r"weiterführende links|abone ol|copy link|link kopieren|copier le lien|कॉपी लिंक|ein klick für den datenschutz|"
    # (a share bar's "copy link" in more languages)
    r"kopier lenke|kopiera länk|kopiér link|kopier link|kopioi linkki|copiar enlace|copiar link|copia (il )?link|"
    r"kopiuj link|link kopiëren|"
    r"(mit|with) video|"
    r"lees ook|läs också|les også|læs også|lue myös|citește și|přečtěte si také|auch interessant|"
    r"das könnte sie (auch )?interessieren|ebenfalls interessant)\W*",
    # (the labels that stand before a link to another story, alone on their line: "Polecamy", "İLGİLİ HABER",
    # "Noticia relacionada", "ข่าวแนะนำ", "Новости партнёров")
    rf"({RELATED_LABELS}|noticias? relacionadas?|notícias? relacionadas?|ilgili haber(ler)?|ข่าวแนะนำ|ข่าวที่เกี่ยวข้อง|"
    r"новости партн[её]ров|новини партнерів|संबंधित खबरें?|संबंधित समाचार)\W*",
    # a portal's page links ("Halaman 1 2 Selanjutnya", "Halaman selanjutnya", "Next page")
    r"(halaman|page|seite|página|pagina|strona|sayfa|страница)(\s+\d{1,2})+(\s+(selanjutnya|berikutnya|next|weiter|"
    r"siguiente|próxima|successiva|następna|sonraki|далее))?\W*",
    r"(halaman (selanjutnya|berikutnya|sebelumnya)|selanjutnya|next page|nächste seite|página siguiente|"
    r"próxima página|pagina successiva|page suivante|następna strona|sonraki sayfa|следующая страница)\W*",
    # the button that opens the full text under a summary on Hindi portals ("विस्तार")
    r"विस्तार\W*",
    # a Japanese paper's notice that the rest is for paying members ("有料会員になると続きをお読みいただけます。",
    # "この記事は有料会員限定です。残り1120文字") and its gallery link ("【写真】改修前の空き家の内部")
    r"(この記事は)?(有料(会員)?(限定)?記事|有料会員限定)(です)?。?\s*(残り\s*\d+\s*文字)?\W*",
    # (the notice speaks to the reader, politely: "お読みいただけます"; not a sentence that reports it, "…仕組みだという")
    r"(有料)?会員(登録)?(になると|になれば|の方は)、?[^。]{0,30}(続き|全文|記事)[^。]{0,20}(お読みいただけます|"
    r"お読みになれます|読むことができます|読めます)。?",
    r"【(写真|画像|動画|フォト)(特集|集|多数|複数)?】.{1,60}",
    # time stamps, counters and id runs that widgets leave behind
    r"(updated |published )?\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago",
    r"[0-9a-f-]{32,}",
    r"(?!(1[5-9]|20)\d\d$)[\d\W_]{1,5}",
    # aggregator chrome and upsells
    r"coverage details|bias distribution|story coverage|information sources|total news sources\W*\d*|"
    r"(leaning )?(left|center|centre|right|unrated)\s*\d*\s*%?|\d+\s*% (of the sources are )?(left|center|centre|"
    r"right|lean left|lean right)|untracked bias|factuality|ownership|daily index|"
    r"last updated\b(?!.*\b(the|was|were|is|are|it|he|she|they)\b).{0,30}",
    _scan(r".{1,50} \(\d+ (articles|stories|sources|comments)\)",
          "articles)", "stories)", "sources)", "comments)"),
    r"\d+ (articles|stories|sources)",
    r"compare (how )?\d+ (news )?(outlets|sources|publishers|publications) (covered|reported( on)?) (this|the) story\W*",
    r"blindspot\W*|blindspot\s*:.{0,60}\b(left|right|center|centre)\b.{0,20}",
    r"(to view|view) .{0,40} (please )?upgrade to .{1,30}|upgrade to (premium|pro|plus|vantage|.{1,20} premium)\W*",
    r"subscriptions? (start|starting|from) at [$€£]?\s?\d[\d.,]*\s*(/|a|per) ?(week|month|year|wk|mo)\W*",
    # a notice that the full story is for subscribers, ending in a call to subscribe ("… news for subscribers are
    # published here in summary. For a subscription, please contact us.", "… Abonelik için bizimle iletişime geçin.")
    _scan(r".{0,300}\b(for (a )?subscriptions?( (inquiries|information|details))?,? (please )?(contact|get in touch with)"
          r" (us|our [\w ]{1,30})|abonelik için (lütfen )?(bizimle )?iletişime geçin(iz)?)\b[^.!?]{0,80}[.!]?",
          "subscription", "abonelik"),
    r"(subscribe|get full access|unlock (this|full) (article|access)|start your free trial)( now| today)?\W*",
    r"does this summary seem wrong\W*",
    r"insights by .{1,30} ai\W*",
    r"ask .{1,20} ai\W*",
    r"gift subscriptions?\W*",
    # copyright and reuse footers common in Korean, Japanese and Chinese news pages
    r"(ⓒ|©|\(c\)|copyright).{0,80}(무단|전재|재배포|禁止|無断|転載|版权所有|all rights reserved).{0,80}",
    _scan(r".{0,60}무단 ?전재 ?(및|&) ?재배포 ?금지.{0,30}",
          "무단"),
    r"[<\[(]?\s*저작권자\s*(ⓒ|©|\(c\)).{0,80}",
    # an image's credit ("Photo: Jane Doe / Reuters", "Bild: dpa", "Kuva: Lehtikuva"): a few words, no sentence
    r"(image|images|photo|photos|foto|fotos|bild|bilder|picture|pictures|illustration|crédit|credit|credits|imagen|"
    r"kuva|kuvat|fotó|fotoğraf|beeld|zdjęcie|фото|φωτογραφία|φωτό|صورة|תמונה|צילום|عکس|फोटो|사진|照片|ảnh)"
    r"\s*:\s*[^\s.!?:]+(\s+[^\s.!?:]+){0,6}",
    # the same with the art's name ("Photograph: Jane Doe", "Fotografía: Ana López / EFE", "Fotografie: Jan de
    # Vries"), which is also a story's subject, a section's label or a category ("Photography: the new wing …",
    # "Photography: Jana Roth (gold)", a review's "Photography: stunning"): names only, each word capitalised but
    # for the particles of names
    r"(photograph|photographs|photography|fotografía|fotografia|fotografie)\s*:\s*" + _CREDIT_NAME
    + r"(\s+" + _CREDIT_NAME + r"){0,6}",
    # credits, contacts and bios that close a story
    r"\((additional )?(reporting|writing|editing|research) by\b[^()]{3,300}\)\.?",
    r"(additional )?(reporting|writing|editing) by (?-i:[A-Z])(?=.*(;|\bedit(ing|ed) by\b|\badditional reporting\b))"
    r".{3,300}",
    r"(additional )?(reporting|writing|editing) by(?-i:( [A-Z][\w'’.-]+| and| in| from|,)){1,12}\.?",
    # (names, or people named by their trade: "Associated Press writer Jane Doe in Rome contributed …"; not any
    # subject: "Researchers at three universities contributed research to the study")
    _scan(rf"({_NAMES}|[^.!?]{{0,60}}\b(writers?|reporters?|correspondents?|journalists?|photographers?|producers?|"
          rf"editors?|staff)\b[^.!?]{{1,150}}) contributed (reporting|research|to this (report|article|story))\b"
          rf"[^.!?]{{0,80}}\.?",
          " contributed "),
    # a closing credit line: "Contributing: Jane Doe, USA TODAY; The Associated Press" (names and outlets, no
    # sentence), "(With inputs from agencies)", "With agency inputs" (the agency itself, when it is one, is read
    # first: see agency_sign_off)
    r"contributing\s*:\s*(?-i:(The |the )?[A-Z][\w.'’&-]*( (of |de )?[A-Z][\w.'’&-]*){0,5})"
    r"(\s*(,|;|\band\b|&)\s*(?-i:(The |the )?[A-Z][\w.'’&-]*( (of |de )?[A-Z][\w.'’&-]*){0,5}))*\.?",
    r"\(?\s*with (agency |wire )?inputs?( from [^\s().!?,;:]+( [^\s().!?,;:]+){0,4})?\s*\)?\.?",
    # a call for tips opening with its question ("Got a tip? …", "Do you have a news tip? Send it to …")
    # (with a way to reach the site after it, "us", an address, "send", "call": not a Q&A's question answered in its
    # line, "Do you have any tips? Drink water and rest."; nor a quoted call someone made)
    rf"(do you have|have you got|have|got) (a|any) (news )?tips?\?{_NOT_SAID}"
    r"(?=.{0,300}(\b(us|our|e-?mail|send|call|contact|text|whatsapp|message|submit)\b|@)).{0,300}",
    _scan(r"(?=.*(@|\d{3}[-. )]+\d{3}))((?-i:[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3})|he|she|they|the (author|writer|"
          r"reporter|columnist)) (can|may) be (reached|contacted) (at|by|via|on)\b.{0,250}",
          "be reached", "be contacted"),
    # (the call as the line's last sentence or clause: "… Follow her on X @jdoe"; not "Fans who follow her on
    # Instagram noticed …")
    _scan(rf"(.{{0,300}}([.!?:]|\band)\s+)?follow (him|her|them|us|me) (on|at) {_PLATFORM}"
          rf"(\s*(@[\w.]+|\band\b|\bor\b|,|&|{_PLATFORM}))*\W*",
          "follow "),
    r"follow [^.!?]{1,60} on ((twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky)\b|@\w+|"
    r"\(@\w+\)|and\b|or\b|[ ,&])+\W*",
    r"like this (story|article|post)\?.{0,80}",
    r"((hat|hätte) ihnen (dieser|der) (artikel|beitrag|text) gefallen|(liked|enjoyed) (this|the) (article|story))"
    r"\?.{0,250}",
    # sign-offs of agencies and desks: an editor's initials ("(dmk)", "(ap/dpa)"), an agency with a desk's initials
    # ("SDA/sep", "dpa/lno"), the agencies a story draws on ("With AFP", "Mit Material von dpa und Reuters"),
    # "With files from …", "Mit Informationen der …", and who edited or translated it
    r"\(\s*[a-zäöü]{2,5}(\s*[/,;]\s*[a-zäöü]{2,5})*\s*\)",
    r"(?-i:[A-ZÄÖÜ]{2,5}(\s*/\s*[a-zäöü]{2,5})+)",
    # a broadcaster's or agency's sign-off with its editors' initials ("MDR (dst)", "SWR (ab/cd)"; not with names:
    # "SPD (Jane Roe)" in a list of parties looks the same)
    r"(?-i:[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}( [A-ZÄÖÜ]{2,10})?\s*\(\s*(?!(live|ja|nein|neu|alt|aus|ein|an|off|on|yes|no|new|"
    r"old|tba|tbc|oui|non|sí|si)\s*\))[a-zäöü]{2,5}(\s*[/,;]\s*[a-zäöü]{2,5})*\s*\))",
    rf"(mit|with) (material (von|from|der) )?{_AGENCIES}(\W+(und |and |sowie )?{_AGENCIES})*\W*",
    r"[-–—]?\s*(with files from|additional (reporting|reports) (from|by))(?-i:\s+((the|der|des|den) )?[A-ZÄÖÜ])"
    r".{1,200}",
    # the sources a story draws on, closing it, in the main languages ("With reports from The Harbour Post and Radio
    # Norte", "Con información de Reuters y AFP", "Com informações da Folha e agências", "Con informazioni di ANSA"):
    # the credit, then sources (capitalised names, or the agencies as a word) and nothing else; a sentence that opens
    # so goes on in words of its own ("Con información de la policía, el alcalde …")
    rf"\(?\s*{_CREDITS_SOURCES}\s+{_SOURCE}(\s*(,|&|\b(and|y|e|et|und|sowie)\b)\s*{_SOURCE}){{0,6}}\s*[.)]?\.?",
    # "Mit Informationen der …" signs off only when it names agencies or correspondents (not "Mit Informationen der
    # Polizei konnte …")
    r"[-–—]?\s*(with|mit) (reporting|reports|informationen|information|material|agenturmaterial) (from|by|der|des|"
    rf"von)\b(?=.*({_AGENCIES}\b|agentur|korrespondent|correspondent|newsroom)).{{1,300}}",
    # who edited, checked or translated it: a role, then names and nothing else ("Redaktion: Jane Doe, John Roe",
    # "Übersetzung: Jane Doe, Redaktion: John Roe"), not a sentence that begins so
    rf"{_ROLE}\s*:\s*{_NAMES}(\s*[,;|]\s*[\w ]{{2,30}}:\s*{_NAMES})*\.?",
    rf"((aus dem \w+ )?übersetzt von|aus dem \w+ischen von|translated (from \w+ )?by|fact[- ]?checked by|edited by)"
    rf"\s*:?\s*{_NAMES}\.?",
    # the newsroom credited alone on its line, as a sign-off or a byline ("Redaktion", "HZ-Redaktion",
    # "Online-Redaktion", "La rédaction", "Redacción", "La redazione"): a credit, no sentence
    r"((?-i:[A-ZÄÖÜ][\w&.]{0,20})-|(die|la|a|de) )?(redaktion|rédaction|redacción|redação|redazione|redactie|redaksi)"
    r"\W*",
    # the label over a story filed by the paper's own correspondent or envoy, alone on its line ("Dal nostro
    # corrispondente", "Dalla nostra inviata a Bruxelles", "De notre envoyé spécial à Kyiv", "De nuestro corresponsal
    # en Roma", "From our correspondent"): the place at most after it, in capitals
    r"((dal|dalla|dai|dalle) (nostro|nostra|nostri|nostre) (inviat[oaie]|corrispondent[ei])( special[ei])?|"
    r"de (notre|nos) (envoy[ée]e?s?|correspondante?s?)( spécia(l|le|ux|les))?|de (nuestro|nuestra|nuestros|nuestras) "
    r"(enviad[oa]s?|corresponsal(es)?)( especial(es)?)?|from our (own )?(special )?correspondent)"
    r"( (a|ad|à|au|aux|en|in|à la) (?-i:[A-ZÀ-Þ][\w'’.-]*( [A-ZÀ-Þ][\w'’.-]*){0,2}))?\W*",
    # the close of an author's note ("… Seine Artikel finden Sie hier.", "You can find all her stories here.")
    _scan(r".{0,400}\b((seine|ihre|alle) (artikel|beiträge|texte|kolumnen)( von [^.!?]{1,40})? finden sie (hier|unter \S+)"
          r"|(you can )?(find|read) (all |more of )?(his|her|their) (articles|stories|columns|work) "
          r"(here|at \S+[./]\w\S*))\W*",
          "finden sie", "find ", "read "),
    # notices and appeals under a story
    r"(this is a breaking (news |new )?(story|article)|this (story|article) is (developing|being updated))"
    r"(\W+(and )?((more|updates?|further (details|updates)|details|it) )?(will )?(to follow|follow|be (added|updated)|"
    r"is being updated)|\W+(please )?(check|refresh) back( later| for updates)?)?\W*",
    # a notice to a reader whose browser is old ("You are using a browser version with limited support for CSS …")
    _scan(r"((?:[^.!?]|\.(?=\w)){1,80}[.!]\s*)?(you are using|you're using|sie (verwenden|nutzen)) (a|an|einen) "
          r"([\w-]+ ){0,3}(browser|webbrowser)\b[^.!?]{0,60}\b(with limited support|(is|that is|which is) (not|no longer) "
          r"(fully )?supported|(der|den) wir nicht (mehr )?unterstützen|der nicht (mehr )?unterstützt wird)\b.{0,500}",
          "browser"),
    r"(your (web )?browser is (out of date|outdated|not supported|no longer supported)|ihr browser ist veraltet)[.!]?"
    r"(\s*(please )?(update|upgrade|download|switch|install|aktualisieren sie|bitte)\b[^.!?]{0,120}[.!]?)?\s*",
    r"your browser does not support (the )?(video|audio|html5|iframes?|this|embedded)\b[^.!?]{0,60}\W*",
    # a registration wall ("Enjoying our latest content? Log in or create an account to continue")
    _scan(r"([^.!?]{1,80}\?\s*)?(log ?in|sign ?in|register) or (create|register for|sign up for|set up) (an|a|a free|"
          r"your free|your) account to (continue|keep reading|read (on|more|this)|access|unlock)( (reading|the (full )?"
          r"(article|story)|this (article|story|content|page)|(all )?(our )?(content|articles|stories|journalism)))?\W*",
          "account"),
    r"((sign|log) ?in or (register|subscribe|sign up)|create an? (free )?account) to (continue|keep) reading\W*",
    # the log-in offer to subscribers beside a paywall ("Already a subscriber? Log in.", "Bereits Abonnent? Hier
    # anmelden"): the question, then at most the offer
    # (a question alone only when it asks for a subscriber: "Already a member?" may head a section)
    rf"(¿\s*)?{_ALREADY_SUBSCRIBER}\s*\?"
    rf"|(¿\s*)?({_ALREADY_SUBSCRIBER}|{_ALREADY_MEMBER})\s*\??"
    r"\s*((please |then |hier |dann |bitte |jetzt )?(log ?in|sign ?in|anmelden|einloggen|se connecter|connectez-vous|"
    r"inicia sesión|accedi|inloggen)( here| now| hier| jetzt)?|click here to (log|sign) ?in)\W*",
    # a placeholder for an embed the reader has not agreed to load (the consent texts of German sites, and English)
    r"ich bin damit einverstanden, dass mir\b[^.]{0,80}\b(inhalte?|medien|videos?|karten?|grafiken?|beiträge?)\b"
    r"[^.]{0,40}\bangezeigt (wird|werden)\.(\s.{0,400})?",
    r"an dieser stelle finden sie\b(?=[^.]{0,160}\bexterne[nr]? (inhalt|inhalte|beitrag|video|dienst))[^.]{0,300}\."
    r".{0,400}",
    r"wir benötigen (ihre|deine) zustimmung, um [^.]{0,80}\b(inhalte?|video|beitrag|karte|grafik)\b[^.]{0,60}"
    r"(anzuzeigen|zu laden)\W*.{0,300}",
    r"(externen|externe) (inhalt|inhalte|medien) (anzeigen|laden|aktivieren|zulassen)\W*",
    r"(i agree|i consent|i accept) (to|that) (external|third[- ]party|embedded) (content|media) (being |will be |is |may be )?"
    r"(displayed|shown|loaded)\b.{0,300}",
    r"(this|the) (external |embedded |third[- ]party )?(content|video|post|embed) (is|was|has been|cannot be) "
    r"(blocked|hidden|not (shown|displayed|available|loaded)|displayed) (due to|because of|based on|without) your "
    r"(privacy|cookie|consent)( (settings|preferences|choices))?([.!]\s*.{0,250})?",
    # (and its short form: "To view this content, please accept cookies.", "Please enable cookies to watch this video")
    r"(to (view|see|watch|display|load|play) this (external |embedded |third[- ]party )?(content|video|post|embed|map|"
    r"media|element|podcast|tweet),? )?(please )?(accept|enable|allow|consent to|agree to) (the )?((marketing|social "
    r"media|functional|third[- ]party|targeting|all) )?(cookies|consent|tracking)( (for|from) [^.!?]{1,40})?"
    r"( to (view|see|watch|display|load|play) this (external |embedded |third[- ]party )?(content|video|post|embed|"
    r"map|media|element|podcast|tweet))?( in your browser( settings)?)?[.!…]?",
    # an outlet's note on its standards under each story ("Our Standards: The … Trust Principles.")
    r"our (editorial )?standards\s*:\s*[^.!?]{0,80}\b(principles|guidelines|policy|policies|code of (ethics|conduct))"
    r"\W*",
    rf"(got|have you got|do you have|have) a (news )?story( to (tell|share))?\??{_NOT_SAID}.{{0,100}}\b(get in touch|"
    r"contact|e-?mail|"
    r"send|tell us|write to|let us know|whatsapp us|message us|call us)\b.{0,200}",
    # … the same question in German, French, Spanish and Italian, and a call to the site with no address ("Sie haben
    # einen Hinweis? Kontaktieren Sie unsere Redaktion.", "Vous avez une information ? Contactez la rédaction.",
    # "¿Tienes información? Escríbenos."): the site names itself ("uns", "nous", "-nos", "-ci", its newsroom);
    # not a call to reach the police ("Avez-vous des informations ? Contactez la police au 17.")
    r"¿?\s*((sie haben|haben sie|hast du|du hast) (einen |eine |ein )?(hinweis|hinweise|tipp|tipps|"
    r"informationen)|"
    r"(vous avez|avez-vous|tu as|as-tu) (une |des )?(informations?|infos?|témoignages?|tuyaux?)|"
    r"(tienes|tiene|tenés|tiene usted) (una |alguna |algún )?(información|pista|denuncia|historia|dato)|"
    r"(hai|avete) (una |delle |qualche )?(segnalazion[ei]|notizi[ae]|informazion[ei]))"
    # (not a call someone is quoted making, "…, schrieb die Polizei": tried after the question only)
    rf"( (für uns|zu diesem thema|à (nous )?(partager|signaler)|para nosotros|da (segnalare|condividere)))?\s?\?\s*"
    rf"{_NOT_SAID}"
    r"(?=[^.!?]{0,120}\b(uns|unsere[mnrs]?|nous|notre|nos|nuestr[oa]s?|redaktion|rédaction|redacción|redazione|"
    r"(escr[ií]b|cont[aá]ct|env[ií]|llám)\w*nos|(scriv|contatt|invia|segnala)\w*ci)\b).{0,200}",
    r"get in touch with our .{0,40}(team|desk|newsroom)\b.{0,200}",
    # a call for readers' tips or pictures, with the address to send them to ("Are protests breaking out in your
    # area? Get in touch at news@example.com")
    _scan(r"([^.!?]{1,120}\?\s*|if you [^.!?]{1,100},\s*)?(get in touch|e-?mail us|contact us|write to us|send (us )?"
          r"(your )?(tips?|stories|"
          r"pictures|photos|videos))\b[^.!?@]{0,60}\b(at|via|on|to|with)\s+[\w.+-]+@[\w-]+(\.[\w-]+)+\W*",
          "@"),
    # … and the same call in German, French, Spanish and Italian ("Haben Sie einen Hinweis? Schreiben Sie an
    # redaktion@example.de", "Écrivez-nous à …", "Escríbenos a …", "Scrivici a …"): the site's voice, opening the line
    _scan(r"([^.!?]{1,120}\?\s*)?((schreiben|mailen|schicken|senden) sie (uns )?|schreib(t)? uns|melden sie sich|"
          r"kontaktieren sie uns|(écrivez|contactez|envoyez|écris|contacte|envoie)[- ](nous|-nous)|escr[ií]b(enos|anos)|"
          r"cont[aá]ct(anos|enos)|env[ií](anos|enos)|scriv(ici|eteci)|contatta(ci|teci)|invia(ci|teci))"
          # (not a call to reach someone else, "Melden Sie sich bei der Polizei unter …": the story's; "bei uns" is the site)
          r"\b((?!beim?\s(?!uns))[^.!?@]){0,80}?\b(an|unter|per|via|à|a|al|at|to|su|en)\s+(e-?mail\s*:?\s*)?"
          r"[\w.+-]+@[\w-]+(\.[\w-]+)+\W*",
          "@"),
    # an offer to reach the reporter in confidence over a secure messenger ("Haben Sie Hinweise? Melden Sie sich
    # vertraulich via Signal bei unserem Reporter")
    # (the newsroom offers itself: "our reporter", "unsere Redaktion", "contact us")
    _scan(r"(?=.*\b(vertraulich|confidential(ly)?|securely|sicher|anonym(ously)?|verschlüsselt|encrypted)\b)"
          r"(?=.*\b(signal|threema|securedrop|proton ?mail)\b)"
          r"(?=.*\b(unser(em|er|e|en)? (reporter(in)?|redaktion|team|autor(in)?|journalist(in|en|innen)?|recherche\w*)|"
          r"our (reporters?|newsroom|team|journalists?|investigations? (team|desk))|(contact|reach|message|tell|email) us)\b)"
          r".{0,400}",
          "signal", "threema", "securedrop", "proton"),
    # a note that a machine translated the story, or where it first appeared ("Dieser Artikel ist zuerst bei Capital
    # erschienen.", "This article was originally published by The Harbour Review.")
    # (the note, where from, and that an editor checked it: nothing else)
    r"(dies ist eine (maschinelle|automatische|automatisierte) übersetzung( (eines|des) (artikels|textes|beitrags)\b"
    r"[^.!?,]{0,120})?|(dieser|der) (artikel|beitrag|text) wurde( aus dem \w+)? (maschinell|automatisch|automatisiert|"
    r"mithilfe von ki|mit hilfe von ki|mit ki)( aus dem \w+)? übersetzt|this (article|story|text) (was|has been) "
    r"(machine[- ]translated|translated( from \w+)? (automatically|by (ai|a machine|machine translation)|using (ai|"
    r"machine translation|artificial intelligence)|with (the help of )?ai))( from \w+)?|(this|the) (article|story|text) "
    r"is a machine translation( of [^.!?,]{1,100})?)"
    r"( (and|und) (was |has been |wurde )?([\w-]+ ){0,4}(checked|reviewed|edited|verified|geprüft|überprüft|redigiert)"
    r"( by an? (editor|journalist))?)?[.!]?"
    r"(\s+(er|sie|es|it) (wurde|was|has been)\b[^.!?]{0,120}\b(übersetzt|überprüft|geprüft|translated|checked|"
    r"reviewed|edited)[.!]?)?",
    # a note that the story belongs to the site's coverage or is free to read ("This article is part of our free
    # coverage of the election, available to all readers.", "Dieser Artikel ist Teil unserer Serie …", "Cet article
    # fait partie de notre dossier …", "Este artículo es de acceso libre."): the site speaking of its offer ("our"),
    # not the story; "this" one only (not "the report is free to read on the ministry's site", "l'article fait partie
    # de notre Constitution"), and not someone's words ("The story is one of our finds, said the curator")
    rf"this (article|story|piece|report) is (part of our|one of our|free to read|available to all|unlocked for)"
    rf"\b{_NOT_SAID}[^.!?]{{0,160}}[.!]?",
    rf"dieser (artikel|beitrag|text) (ist teil unserer|gehört zu unserer|ist (frei|kostenlos|für alle) "
    rf"(zugänglich|lesbar|verfügbar))\b{_NOT_SAID}[^.!?]{{0,160}}[.!]?",
    rf"cet (article|reportage) (fait partie de (notre|nos)|est (en accès libre|gratuit|offert|accessible à tous))"
    rf"\b{_NOT_SAID}[^.!?]{{0,160}}[.!]?",
    rf"este (artículo|reportaje|texto) ((forma|es) parte de (nuestr[oa]s?)|es de acceso (libre|gratuito|abierto))"
    rf"\b{_NOT_SAID}[^.!?]{{0,160}}[.!]?",
    rf"(dieser|der) (artikel|beitrag|text) (ist (zuerst|ursprünglich|erstmals) (bei|in|auf|im) {_OUTLET} erschienen|"
    rf"erschien (zuerst|ursprünglich|erstmals) (bei|in|auf|im) {_OUTLET})[.!]?",
    r"(dieser|der) (artikel|beitrag|text) ist eine übersetzung\b[^.!?]{0,160}\b(erschienen|veröffentlicht)\W*",
    r"((a version of )?(this|the) (article|story|piece|column|essay)|a version of (this|the) (article|story|piece)) "
    r"(was |has been )?(first|originally) (appeared|published|ran|written)"
    r"( (in|on|at|by|for) (?-i:(the |The )?[A-Z][\w&'’.-]*( [A-Z0-9&][\w&'’.-]*| of| and| for| on| the){0,6}))?"
    r"( and is republished (here )?(under|with) [^.!?]{1,80})?[.!]?"
    # (… and the story's headline there, its link: "This article originally appeared on The Gazette: <a>…</a>")
    r"((?<![.!])\s*:\s*.{1,200})?",
    # a note that the site's content is no investment advice, alone or closing (or opening) its risk warning
    # ("Disclaimer: This article is not financial advice.", "… Die veröffentlichten Artikel, Daten und Prognosen sind
    # keine Aufforderung zum Kauf oder Verkauf von Wertpapieren.", "Cet article ne constitue pas un conseil en
    # investissement."); a report of such a denial names who made it, or goes on after a comma ("…, the court ruled"),
    # which no sentence after it may swallow: those follow the note's own stop
    _scan(rf"{_DISCLAIMER_LABEL}?({_NOTE_SENTENCE}\s+){{0,4}}?{_SITE_CONTENT}{_NOT_REPORTED}[^.!?]{{0,80}}?\b"
          rf"{_NO_ADVICE}[^.!?,]{{0,200}}([.!](\s+{_NOTE_SENTENCE}){{0,3}})?",
          "advice", "anlageberatung", "anlageempfehlung", "finanzberatung", "kaufempfehlung", "aufforderung",
          "beratung", "conseil", "recommandation", "incitation", "asesoramiento", "asesoría", "consejo",
          "recomendación", "consulenza", "raccomandazion", "sollecitazione"),
    # a call for readers' own stories, with the question it asks them ("We want to hear from you: Are you a nurse
    # working nights? Tell us …", "Wir wollen von Ihnen hören: …", "Nous voulons vous entendre : …"): the site's
    # voice, opening the line (a quote of it is someone's words)
    rf"(we (want|would like|['’]d like|would love|['’]d love) to hear from you|(wir wollen|wir möchten) (gerne )?(von "
    rf"ihnen|von euch|von dir) hören|(nous voulons|nous aimerions|on veut) (vous|t['’]) ?entendre|(queremos|nos "
    rf"gustaría) (saber de (ti|usted|vosotros)|escuchar(te|le|os))|(vogliamo|ci piacerebbe) (sentir(vi|ti|la)|"
    rf"sapere da (voi|te)))\b{_NOT_REPORTED}[\s:!.,—–-]*.{{0,400}}",
    # a closing credits line: labelled credits and the writers' initials, set apart by semicolons or bars, one of
    # them a picture's ("abk, mtr; Foto [M]: Bildagentur; Erstveröffentlichung: 7.2.21", "Texte : … | Photos : …")
    _scan(rf"(?=.*\b{_PICTURE_LABEL}(\s*\[m\])?\s*:)({_CREDIT_SEGMENT})(\s*[;|]\s*({_CREDIT_SEGMENT}))+\W*",
          "foto", "photo", "bild", "image", "picture", "illustration", "grafik"),
    # a Nordic paper's note that the family agreed to the name and the picture being published ("Familjen har godkänt
    # att namn och bild publiceras.", "Familien har godkjent publisering av navn og bilde."): the family, the consent,
    # the name or the picture and their publication, nothing else
    r"(familjen|föräldrarna|de anhöriga|anhöriga|familien|foreldrene|forældrene|de pårørende|pårørende)( har)? "
    r"(godkänt|godkjent|godkendt|samtyckt till|samtykket til|gett sitt (godkännande|samtycke) till|gitt samtykke til|"
    r"givet tilladelse til)\b(?=[^.!?]{0,60}(publicer|publiser|offentliggør))(?=[^.!?]{0,60}\b(namn|navn|bild|bilde|"
    r"billede))[^.!?,;]{0,80}[.!]?",
    # a note that the story came in from a wire's feed as it was ("(Except for the headline, this story has not been
    # edited by … staff and is published from a syndicated feed.)", "… is auto-generated from a syndicated feed.")
    # (the note speaks of this story itself: "A spokesperson said the story was auto-generated from a syndicated
    # feed." is reported speech)
    _scan(r"\(?[^()]{0,80}\b(this|the rest of (this|the)) (story|article|report|content)\b[^()]{0,80}\b(has not been "
          r"edited|(is|was) auto-?generated|may have been reworked)\b[^()]{0,120}\bsyndicated (news )?feed\W*\)?",
          "syndicated"),
    # a reporter's e-mail address as a labelled line or a Korean sign-off ("E-mail: jane@example.com", "홍길동 기자
    # hong@example.kr"; an address alone may be one the text gives its readers: see drop_trailing_addresses)
    r"((e-?mail|contact|kontakt|correo|courriel|이메일)\s*:\s*|[\uac00-\ud7af]{2,4}\s*(기자|특파원)\s*)"
    r"[(\[<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]>]?\.?",
    # the label of the author's box, left when the box went ("About the author", "Sobre la firma", "Zur Autorin")
    rf"{AUTHOR_BOX_LABEL}\W*",
    # the labels of the links to the previous and the next story ("Previous", "Next post", "Nächster Artikel")
    # (a bare label, or with its arrow: "Next." closes a sentence)
    r"[«‹←<]?\s*((previous|prev|next|older|newer)( (article|post|story|entry|item))?|(vorheriger|nächster) "
    r"(artikel|beitrag)|(article |billet )?(précédent|suivant)|(artículo|noticia|entrada) (anterior|siguiente)|"
    r"(articolo )?(precedente|successivo))[\s→›»>:]*",
    # a press release's furniture: its release label, the wire's link to the release with its pictures, a newsroom's
    # way back, a contact line with a number or an address ("Contact: Dan Okoro, Press Secretary, (555) 301-4420")
    r"(for immediate release|embargoed until\b[^.!?]{0,60}|zur sofortigen veröffentlichung|pour diffusion immédiate|"
    r"para (su )?(difusión|publicación) inmediata)\W*",
    r"view original content( to download multimedia)?\s*:\s*\S*",
    # a release's number and date stamp ("Pressemitteilung Nr. 87/2025 vom 03.06.2025", "Press release No. 45/2025",
    # "Communiqué de presse n° 12", "Comunicado de prensa núm. 231/25"; its date may be gone with its <time>): a
    # number with its sign, or of a release's form (87/2025), or dated; a bare "Press release 2" is a text's
    # heading (a story comparing two releases)
    r"((gemeinsame|joint) )?(pressemitteilung|pressemeldung|presseinformation|medienmitteilung|press release|"
    r"news release|media release|communiqué( de presse)?|comunicado( de prensa)?|comunicato( stampa)?|persbericht)"
    r"\s*((nr|no|n°|nº|núm|num|number|número|numéro)\.?\s*\d[\d/.-]*|\d+[/.-]\d[\d/.-]*|\d+(?=\s+(vom|from|du|del|de|"
    r"of|dated|van)\b))(\s+(vom|from|du|del|de|of|dated|van)(\s+\d{1,2}"
    r"[./]?\s*(de\s+)?([^\W\d]{3,10}|\d{1,2})(\.|/|\s+(de\s+)?)?\s*(\d{4}|\d{2})?)?)?\W*",
    r"(back to|zurück zu(r|m)?|retour (à|aux)|volver a) (the |all )?(newsroom|news( releases)?|press releases|"
    r"pressemitteilungen|(la )?salle de presse|communiqués|sala de prensa|noticias)\W*",
    rf"({CONTACT_LABEL})\s*:\s*[^:]{{1,120}}({_PHONE}|[\w.+-]+@[\w-]+(\.[\w-]+)+)[^:]{{0,60}}",
    # a reporter's role alone on a line, under the byline ("Herald Staff Writer", "Senior Correspondent")
    r"((?-i:[A-Z][\w.&'’-]*) ){0,3}(staff|senior|contributing|special|freelance|guest|chief|political|business|"
    r"sports) (writer|reporter|correspondent|columnist|editor)s?\W*",
    # a nonprofit newsroom's republishing box ("Republish this story", "You may republish this story for free under
    # a Creative Commons license …"): the offer to other sites, no sentence of the story
    r"republish (this|our) (story|article)s?\W*",
    _scan(r"(you (may|can|are free to)|feel free to) republish\b[^.!?]{0,120}\b(creative commons|cc by|for free)\b.{0,300}",
          "republish"),
    # … and the same notes in German, French, Spanish and Italian, with the licence they give and the pointer to the
    # original ("Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l'article
    # original.", "Este artículo fue publicado originalmente en …", "Questo articolo è stato pubblicato
    # originariamente su …", "Dieser Artikel wurde zuerst auf … veröffentlicht."): "this article", the site's voice
    # (a story speaks of "the article" it reports on), and where it ran first, no clause after it
    rf"{_THIS_ARTICLE} [^.!?,;:]{{0,30}}?\b({_FIRST_RAN}) {_FIRST_PLACE}( {_RAN})?[.!]?"
    rf"(\s+{_CC_LICENCE})?(\s+{_READ_ORIGINAL})?",
    # (or its licence: "Dieser Artikel ist unter einer Creative-Commons-Lizenz (CC BY-ND 4.0) erschienen.")
    rf"{_THIS_ARTICLE}{_NOT_REPORTED}(?=[^.!?]*\b(licen[cs]|lizenz|licencia|licenza))[^.!?]{{0,120}}?\b"
    rf"(creative[- ]commons|cc[- ]by)\b([^.!?]|\.(?=\d)){{0,80}}[.!]?(\s+{_READ_ORIGINAL})?",
    # the end of the text, marked ("End of Article", "Fin de l'article")
    r"(end of (the )?article|fin de l['’]article|fin del artículo|fim do artigo|fine dell['’]articolo|"
    r"ende des artikels)\W*",
    # a live blog's line over its entries
    r"follow (along with )?(our|the) (latest|live) (updates|coverage|blog)( (below|here))?\W*",
    # a pointer to the site's live blog ("Latest: Follow live updates from the summit.", "Follow our live blog for
    # the latest updates.", "Alle Meldungen zum Streik finden Sie in unserem Liveblog:")
    _scan(r"([\w'’ ]{1,30}:\s*)?follow (our |the )?live (updates|blog|coverage)\b[^.!?:;]{0,80}[.!:]?", "follow "),
    _scan(r"[^.!?]{0,120}\b(finden sie|lesen sie|verfolgen sie|gibt es)\b[^.!?]{0,40}\bin unserem (live-?blog|"
          r"news-?blog|live-?ticker|news-?ticker|ticker)\b[^.!?]{0,40}[.:!]?",
          "unserem"),
    r"follow along with the latest (updates|news)( below| here)?\W*",
    r"for more (stories|news|articles) like this.{0,80}",
    r"(tell us what you think|have your say|join the (conversation|discussion|debate)|leave a (comment|reply)|"
    r"post a comment|add a comment|show comments|view comments)\W*",
    rf"(filed under|posted in|tagged( with)?|{TAG_LABELS})\s*:.{{0,150}}",
    rf"(quellen|{SOURCE_LABELS})\s*:\s*(?:[^.!?]|\.(?=\w)){{1,60}}",
    r"\(\s*(source|sources|quelle|quellen|fonte|fuente|источник|sumber)\s*:\s*[^()]{1,60}\)\.?",
    # "follow us on Google News" promos, a comment system's sign-in chrome
    r"(follow|add) [\w .&'’-]{1,40} (on|to) google news\b.{0,250}",
    # … in other languages ("Bądź na bieżąco i obserwuj nas w Google News!", "Folgen Sie uns bei Google News")
    # (perhaps after the site's thanks for reading and a "stay tuned": "Dziękujemy, że przeczytałaś/eś nasz artykuł do
    # końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.")
    _scan(r"((dziękujemy|dzięki|thank you|thanks|danke|merci|gracias|obrigad[oa]|grazie)\b[^.!?]{0,80}[.!]\s*)?"
          r"((bądź|bądźcie|stay|bleiben sie|bleib|restez|mantente|fique|resta) [^.!?]{0,30}[.!]\s*)?"
          r"[^.!?]{0,60}\b(obserwuj|śledź|folge|folgen|folgt|suivez|seguici|segui|síguenos|siga|sigam|volg|takip edin|"
          r"ikuti|abonnez-vous|abonniere)\b[^.!?,]{0,40}\b(google (news|nachrichten|actualités|notizie|noticias|"
          r"notícias|haberler|wiadomości|berita)|wiadomościach google)\b\W*([^.!?]{0,60}[.!]?)?",
          "google ", "wiadomościach google"),
    # a newsletter platform's call in or under a post, the whole line ("Thanks for reading The River Letter!
    # Subscribe for free to receive new posts and support my work.", "The River Letter is a reader-supported
    # publication. To receive new posts and support my work, consider becoming a free or paid subscriber.")
    # (the platform's call has no comma: "… Subscribe to the podcast, the host said." reports a call)
    _scan(r"(thanks|thank you) for reading( [^.!?]{1,80})?[!.]\s*subscribe\b[^.!?,]{0,100}[.!]?", "for reading"),
    # … its share button's caption ("Thanks for reading The River Letter! This post is public so feel free to share
    # it."), the box under the post ("Discover more from The River Letter", its name in capitals) and the labels of
    # its paid tier and of Medium's ("Upgrade to paid", "Member-only story")
    _scan(r"((thanks|thank you) for reading( [^.!?]{1,80})?[!.]\s*)?this post is public so feel free to share it\W*",
          "this post is public"),
    # (the post's name may hold small words, "Notes from a Harbour", "Bits and Pieces", or be written in lower
    # case, "the overflow", "harbourletter": a word or two, nothing after; "Discover more from Kyoto by taking the
    # train." and "Discover more from the region's vineyards on a weekend tour." go on as sentences)
    r"discover more from ((?-i:[A-Z0-9])[\w'’&.-]*( ((?-i:the|a|an|of|and|from|on|in|for|to|with|at|by|&) ){0,2}"
    r"(?-i:[A-Z0-9&])[\w'’&.-]*){0,5}|((?-i:the|a|an) )?(?-i:[a-z0-9])[\w'’&-]*( (?-i:[a-z0-9])[\w'’&-]*)?)",
    r"upgrade to paid\W*",
    r"member-only story\W*",
    _scan(r"[^.!?]{1,80} is a reader-supported publication\.\s*to receive new posts and support (my|our) work,? "
          r"(consider becoming|become) a (free or paid|paid) subscriber\W*", "reader-supported"),
    # a local station's pointer to its own site or app ("For the latest news, weather, sports, and streaming video,
    # head to KTVR.")
    r"for (the )?(latest|more) (local )?news,? (weather|and weather)\b[^.!?]{0,80}\b(head|go) to [^.!?]{1,60}[.!]?",
    # a story-format teaser's pointer to the full story ("Want more? Read our full story on the clean-up.")
    r"want more\?\s*(read|see|watch|get|check out)\b[^.!?]{0,120}[.!]?",
    r"(you must )?(confirm|choose|enter|set) your (public )?display name( before (commenting|posting))?\W*",
    r"please log ?out and then log ?in again.{0,120}",
    # error reports, ratings and support appeals under an article
    r"(fehler gefunden|einen fehler gefunden|found (an error|a mistake|a typo))\W*((jetzt )?melden|report it|"
    r"let us know|tell us)?\W*",
    r"(wie hat ihnen (dieser|der) (artikel|beitrag) gefallen|how (did you like|would you rate) this (article|story)|"
    r"was this (article|story) helpful|war dieser (artikel|beitrag) hilfreich)\W*",
    r"(durchschnittliche bewertung|average rating)\s*:?\s*[\d.,/ ]+(sterne|stars)?",
    r"(unabhängiger journalismus|independent journalism|quality journalism|guter journalismus) "
    r"(braucht|needs|depends on|requires) (deine|ihre|your) (unterstützung|support)\W*",
    # a player's duration and how long a broadcaster may show it ("04:12 Min. Verfügbar bis 18.09.2025",
    # "Video available until 12/05/2025")
    _scan(r"(\d{1,2}:\d{2}(:\d{2})?\s*(min\.?|minuten|mins?)?\W*)?((video|audio|sendung)\s+)?(verfügbar bis|"
          r"available (until|till)|disponible jusqu'au)( zum)?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\W*",
          "verfügbar bis", "available ", "disponible jusqu'au"),
    # broadcast slots of a radio or TV story, embed placeholders, skip links, "read the original"
    r"(sendung|dieses thema im programm|sendetermin)\s*:.{1,150}",
    r"über dieses thema (berichtet|berichtete|berichten|berichteten)( auch)?\s*:.{1,150}",
    r"(hauptinhalt|zum hauptinhalt|link zum (youtube|twitter|instagram|x|tiktok|facebook|podcast)[- ]inhalt|"
    r"externer inhalt|empfohlener redaktioneller inhalt)\W*",
    r"(lest|lesen sie|read) (den|the) original(artikel| article| story)( (auf|in) (englisch|english))?( hier| here)?\W*",
    # teasers, newsletter and offer promos, box labels (a teaser tagged in capitals, "… [INSIGHT]", and a script's
    # settings printed as text: see _CASED_LINE)
    r"à lire aussi\s+[^.!?]{5,200}",
    r"newsletter\s*:.{1,60}",
    r"(nouveau\s*:\s*)?découvrez nos offres.{0,40}",
    r"mehr themen (auf|bei|von) [\w.-]{2,40}\W*",
    _scan(r"[\w ]{0,30}주요 ?뉴스", "뉴스"),
    # (a date or a time after the word, and nothing else: "Published figures show …" is a sentence)
    rf"(last )?(updated|published|posted|modified)\b( on| at)?\s*:?\s*({_EN_DATE}|\d{{1,2}}[:.]\d{{2}}\s*"
    rf"([ap]\.?m\.?)?(\s*[a-z]{{2,4}})?(,?\s*{_EN_DATE})?)\W*",
    rf"(first|originally) (published|posted)( on)?\s*:?\s*{_EN_DATE}(\s*\|\s*(last )?updated( on)?\s*:?\s*{_EN_DATE})?",
    # the same in other languages, stricter: the word, then a date and time and nothing else ("Stand: 22.04.2024,
    # 06:00 Uhr", "Mis à jour le 5 janvier 2024 à 10h12", "Uppdaterad 10.12 | Publicerad 08.47")
    f"{_STAMP}(\\s*\\|\\s*{_STAMP})?",
    # a date alone on a line, with at most its time and a note of an update: the page's time stamp ("05.03.2024",
    # "2024-05-03 14:20", "2024年3月5日 09時12分 (3月5日 10時02分更新)")
    r"(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2})"
    r"(\s*[,|]?\s*\d{1,2}(:\d{2}(:\d{2})?|\s?時\s?\d{1,2}\s?分)(\s*uhr)?)?"
    r"(\s*[（(][^()（）]{0,30}(更新|updated|aktualisiert)[^()（）]{0,10}[)）])?"
    # (and the source the page credits beside it, glued or spaced: "2025-03-03 09:12:01　来源：新华网")
    r"(\s*(来源|來源|出处|出處|source|quelle|fonte|fuente|источник|sumber|nguồn)\s*[：:]\s*[^。.!?:：，,；;]{1,30})?\W*",
    # reading time
    r"((estimated )?read(ing)? time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|lesedauer|"
    r"tempo di lettura|время чтения|waktu baca)\s*:?\s*(\d+|less than a|under a|one|a|un|uma?|ein)\s*"
    r"(min\w*|minut\w*|мин\w*|menit)\.?( read)?",
    r"\d+\s*(min|mins|minute|minutes) read",
    # newsletter and subscription promos of one or two sentences (the words together: a promo, not a report)
    _scan(rf"{_NOT_SAID}(?=.*\b(sign(ing)? up|subscribe|subscribing|register|join)\b)"
          r"(?=.*\b(newsletters?|(your|my|the) inbox)\b)"
          r"(?=.*\b(you|your|our|today|now|here|free)\b).{0,300}",
          "newsletter", "inbox"),
    _scan(rf"{_NOT_SAID}(?=.*\bnewsletter\b)(?=.*\b(abonnieren|anmelden|inscreva|assine|iscriviti|suscr[ií]bete|"
          r"abonnez))"
          r".{0,300}",
          "newsletter"),
    # a newsletter that speaks to the reader ("Our newsletter brings you …", "Der Newsletter informiert Sie …",
    # "Dann sind Sie beim täglichen Newsletter richtig – hier entlang.")
    _scan(rf"{_NOT_SAID}(?=.*newsletter)(?=.*(\b(you|your)\b|(?-i:\b(Sie|Ihnen|Ihr|dich|dir)\b)))"
          r"(?=.*\b(our|unser\w*|informiert|brings?|delivers?|entlang|hier geht|richtig|kostenlos|free|gratis|inbox|"
          r"postfach|sign|subscribe|abonn\w*|anmeld\w*|register)\b).{0,300}",
          "newsletter"),
    # subscription offers: a price with an order ("6 issues for €9.90: subscribe now"), a code or "as little as"
    _scan(r"(?=.*[£$€¥₹]\s?\d)(?=.*\b(issues|subscription|subscribe)\b)(?=.*\b(click here|subscribe (now|today)|"
          r"order (now|today))\b).{0,400}",
          "issues", "subscri"),
    _scan(rf"{_NOT_SAID}(?=.*\b(use (the )?(promo |coupon |discount )?code|for as little as|starting at just)\b)"
          r"(?=.*\b(subscri\w+|membership|access)\b).{0,600}",
          "code", "as little as", "starting at just"),
    _scan(rf"{_NOT_SAID}.{{0,200}}\bwe(['’]d| would) (like|love) to hear (what you think|from you)\b.{{0,300}}",
          "to hear"),
    # affiliate disclosures
    _scan(r"(?=.*\b(if|when) you (buy|purchase|click|shop|subscribe)\b)(?=.*\b(we|us|our|links?|partners?)\b)"
          r"(?=.*\b(commission|affiliate|"
          r"share of the sale|earn|compensat\w*|revenue)\b).{0,300}",
          "you buy", "you purchase", "you click", "you shop", "you subscribe"),
    _scan(rf"{_NOT_SAID}[^.!?]{{0,80}}\bwe (may )?(earn|receive|get) (a )?(small )?(commission|share of (the )?sales?|"
          r"affiliate).{0,200}",
          "commission", "share of", "affiliate"),
    # the same in the main European languages: the site itself ("wir", "nous", "podemos" …) gets a commission, or
    # the page says it holds affiliate links ("Wir erhalten eine Provision", "Cet article contient des liens
    # affiliés", "podemos recibir una comisión", "potremmo ricevere una commissione"); a report on commissions
    # others earn ("Der Händler erhält eine Provision …") has no such first person
    _scan(rf"{_NOT_SAID}(?=.*(\blinks?\b|\bliens?\b|\benlaces?\b|händler|\bshops?\b|marchand|tienda|negozi|\blojas?\b|"
          r"winkel|partner|afilia|affilia))"
          r".{0,200}\b(((erhalten|bekommen|verdienen) wir|wir (erhalten|bekommen|verdienen))\b"
          r"[^.!?]{0,40}\b(provision|vergütung|kommission)|"
          r"(nous (pouvons |pourrions )?(percevoir|recevoir|toucher)|touchons|percevons|recevons) une (petite )?"
          r"commission|(podemos|podríamos|podemos llegar a) (recibir|obtener|ganar|cobrar) una (pequeña )?comisión|"
          r"(recibimos|obtenemos|ganamos|cobramos) una (pequeña )?comisión|"
          r"(potremmo|possiamo) (ricevere|percepire|guadagnare) una (piccola )?commissione|"
          r"(riceviamo|percepiamo) una (piccola )?commissione|(podemos|poderemos) (receber|ganhar) uma (pequena )?"
          r"comissão|recebemos uma (pequena )?comissão|(ontvangen|krijgen|verdienen) (we|wij) (een )?(kleine )?"
          r"(commissie|vergoeding))\b.{0,300}",
          "provision", "vergütung", "kommission", "commission", "comisión", "commissione", "comissão", "commissie",
          "vergoeding"),
    _scan(rf"{_NOT_SAID}.{{0,80}}\b((artikel|beitrag|text|seite|inhalt)\w* (enthält|enthalten|beinhaltet) "
          r"(sogenannte |so genannte )?(affiliate|partner|provisions|werbe)-?links|"
          r"(article|page|contenu|sélection) (contient|comporte|inclut) des liens (affiliés|d['’]affiliation|"
          r"sponsorisés|commerciaux)|"
          r"(artículo|página|contenido) (contiene|incluye) enlaces (de afiliados?|afiliados)|"
          r"enlaces de (este|esta) (artículo|página) son (de )?afiliad[oa]s|"
          r"(articolo|pagina|contenuto) contiene (dei )?link (di affiliazione|affiliati)|"
          r"(artigo|página|conteúdo) (contém|inclui) links (de afiliados?|afiliados)|"
          r"(artikel|pagina) bevat affiliate[- ]?links)\b.{0,300}",
          "link", "liens", "enlaces"),
    # unrendered shortcodes of a publishing system ("[cta url=…]Join the club[/cta]")
    r"\[(\w+)( [^\]]*)?\].{0,200}\[/\w+\]",
    # … and the plug-in tags left in the text when the plug-in is off, alone on their line: Joomla's "{loadposition
    # ad-1}", "{loadmodule mod_custom,Promo}", "{youtube}abc{/youtube}", WordPress's "[gallery ids="4,5"]",
    # "[ad_1]", "[vc_row][vc_column]" (a bracketed tag with attributes or a plug-in's name_with_underscores, never a
    # bracketed word of the text: "[Laughter]", "[Updated]"; nor, without attributes, a name that reads as an
    # editor's redaction or note: "[name_redacted]", "[photo_removed]", "[citation_needed]", "[inaudible_crosstalk]";
    # a plug-in's name of any length is one: "[fusion_builder_container]", "[mc4wp_form]")
    # (a Joomla tag alone carries its plug-in's arguments, never a template variable: a bare "{title}", "{else}",
    # "{/if}" or a Smarty "{if $user}" is a line of a programming story's code, "{x}" a line of a formula)
    r"(\{[a-z][\w-]* [^{}$]*\}\s*)+",
    r"\{([a-z][\w-]*)( [^{}$]*)?\}[^{}]{0,200}\{/\1\}",
    r"(\[/?([a-z][\w-]*_(?!([\w-]*_)?(redacted|removed|withheld|deleted|omitted|censored|needed|inaudible|"
    r"unclear|crosstalk)\])[\w-]*|[a-z][\w-]*\s[^\]]*=[^\]]*)\]\s*)+",
    # --- widget labels and calls to the reader in more languages and forms
    # share bars ("Artikel teilen", "Partager cet article", "Condividi su Facebook", "Share: Facebook | X | LinkedIn")
    rf"(share|teilen|partager|compartir|condividi|compartilh[ae]r?|partilh[ae]r?|deel|dela|udostępnij|paylaş)\s*"
    rf"((this|the|dit|cet|este|esta|questo|ten|den här|den)\s+|l['’]\s*)?(article|artikel|artikeln|articolo|artículo|"
    rf"artigo|artykuł|notícia|noticia|notizia|haberi|bericht|story)?\s*[:|]?\s*((share\s+)?((on|via|auf|sur|en|su|no|na|op|på|"
    rf"per|w|ve)\s+)?({_PLATFORM}\w*|e-?mail|print|copy link)(\s*[|·,/]\s*|\s+(?=share\b))?)*\W*",
    r"(artikel|beitrag|seite|artikeln) (teilen|versenden|drucken|dela)\W*",
    rf"((auf|op|på) )?{_PLATFORM}(['’]?(da|de|ta|te))? (teilen|paylaş|delen|dela)\W*",
    r"(gift|send|forward|e-?mail) (this|the) (article|story)( to a friend)?\W*",
    r"この記事を(シェア|共有)(する)?|分享到.{1,12}",
    # comment widgets ("View 42 comments", "Comments are closed.", "Kommentare anzeigen (12)", "Skomentuj artykuł")
    r"(view|show|read|see|load|display)( all)?( \d+)? comments?( \(\d+\))?\W*",
    r"comments (are|have been) (closed|disabled|turned off)( for this (article|story))?\W*",
    r"(what do you think\?\s*)?(let us know|tell us|share your (thoughts|views|opinion))\b[^.!?]{0,40}\bin the "
    r"comments( (below|section))?\W*",
    r"(kommentare|comentarios|commenti|commentaires|comentários|reacties|komentarze|kommentarer|yorumlar)"
    r"( (anzeigen|ver|mostra|voir|afficher|bekijk|pokaż|visa|göster))?\s*\(?\d*\)?\W*",
    r"((deja|escribe) (tu|un) comentario|réagissez( à cet article)?|commenta( la notizia| l['’]articolo)?|"
    r"comente( esta notícia| este artigo)?|reageer( op dit artikel)?|skomentuj( artykuł)?|kommentera( artikeln)?|"
    r"yorum yap\w*|diskutieren sie mit|kommentieren sie( diesen artikel)?)\W*",
    # read-aloud players ("Listen to this article (4 min)", "Escucha esta noticia", "Lyssna på artikeln")
    r"(listen to|hören sie( sich)?|écoutez|écouter|escucha|escuchar|ascolta|ouça|ouvir|luister naar|posłuchaj|lyssna på)"
    r"( this| diesen| den| cet| l['’]| la| esta| este| dit| de| het)? ?(article|story|artikel|beitrag|artikeln|noticia|"
    r"articolo|artigo|artykułu|notizia|notícia)\s*[:(]?\s*(\d+\s*(min\w*|minuten|minutes|minutos|minuti))?\)?\W*",
    r"haberi (sesli )?dinle\W*",
    # ad labels
    r"(advertentie|annons|reklam|reklame|mainos|anúncio|anuncio|annonce)\W*",
    r"advertisement\s*[-–—:|]\s*(scroll|continue|story continues)[\w ]{0,40}",
    r"(content|story|article|sponsored content) (from|by) (our|a) (partners?|sponsors?|advertisers?)\W*",
    # related-links labels
    r"(noticias relacionadas|notícias relacionadas|articoli correlati|notizie correlate|articles liés|"
    r"gerelateerde (artikelen|berichten)|verwandte (artikel|themen)|powiązane( artykuły)?|relaterade artiklar|"
    r"ilgili haberler|à lire également|veja mais|leia mais|läs mer|lees meer|czytaj więcej|daha fazla haber|"
    r"(también )?te puede interesar|(quizás|quizá) te interese|ti potrebbe (anche )?interessare|"
    r"vous (pourriez|aimerez) (aussi|également) (aimer|lire)?|(você|voce) (também )?pode gostar|"
    r"続きを読む|もっと見る|更多(新闻|阅读)?)\W*",
    # (a label alone; with a colon it may open the story's own list: "More from the report:")
    r"more from [\w &'’-]{1,30}",
    r"you (may|might) also (like|be interested in|enjoy)\s*:.{0,200}",
    r"(read more|related|also read|see also|lees ook|lire aussi)\s*\|.{0,200}",
    r"(bunu da okuyun|ayrıca okuyun|ilginizi çekebilir)\s*[:：]?.{0,200}",
    r"read a (quick |short )?summary of this (article|story) on .{1,40}",
    # app promos ("Download our app …", "Descarga nuestra app", "Uygulamamızı indirin", "Read this story in our app")
    r"(download|get|install|try) our\s+([\w'’-]+\s+){0,3}app\b[^,;]{0,80}",
    r"(scarica|descarga|descargue|baixe|téléchargez|télécharger|ladda ner|pobierz|laden sie|lade dir|download)\s+"
    r"((nuestra|la nostra|o nosso|nossa|onze|vår|notre|unsere|naszą|la|l['’]|die|de|a)\s*)?([\w'’-]+\s+){0,3}"
    r"(app|application|aplicación|aplicativo|aplikację|applicazione|appen)\b[^,;]{0,80}",
    r"uygulama(mızı|yı) (hemen )?(indirin|indir|yükleyin)\W*",
    r"open (in|with) (the )?app\W*",
    r"read (this|the) (article|story) in (the|our) ([\w'’-]+ ){0,3}app\W*",
    r"(continue reading|keep reading|weiterlesen|lees verder|czytaj dalej|sigue leyendo|continuez la lecture|"
    r"continua a leggere|continue lendo|läs vidare) (in|w|en|dans|na|i) (der |unserer |onze |our |the |naszej |"
    r"nuestra |la |notre |l['’]|nossa |vår )?(app|aplikacji|application|aplicación|applicazione|aplicativo|appen)\b\W*",
    r"haberi paylaş\W*",
    r"(turn on|enable|activate|allow) (push )?(notifications|alerts)\b.{0,80}",
    r"(jetzt )?(kostenlos )?(registrieren|anmelden|einloggen) und (kostenlos )?weiterlesen\W*",
    r"(read|get|follow|stay|keep up|enjoy|try)\b[^.!?]{0,80}\b(in|with|on|via) our (free |new )?([\w-]+ )?app\b"
    r"[^.!?]{0,80}([.!]\s*([^.!?]{1,30}[.!])?)?",
    r"アプリで(読む|開く|見る)|下载(?!量|次数|速度|人数|了|后|過|过).{0,8}(app|客户端|应用).{0,30}",
    # calls to click ("Click here to watch the video", "To see the map, click here.", "Klik hier om …")
    r"(click|tap) here (to|for)\b[^,;]{0,80}",
    _scan(r"[^,;.!?]{1,60},? (click|tap) here\W*", "click here", "tap here"),
    r"(hier klicken|klicken sie hier|cliquez ici|cliquez sur ce lien|haz clic aquí|pulsa aquí|haga clic aquí|"
    r"clicca qui|clique aqui|klik hier|kliknij (tutaj|tu)|klicka här)\s*,?\s*(um|pour|para|per|om|aby|för att)\b[^;]{0,80}",
    _scan(r"[^.!?]{1,60} için (tıklayın|tıklayınız)\W*", "için "),
    r"(点击|點擊)(这里|此处|這裡).{0,30}|こちらをクリック.{0,30}",
    # cookie notices ("We use cookies to …", "Wir verwenden Cookies, um …", "Ta strona korzysta z plików cookie.")
    rf"(we|this (web)?site|our (web)?site) (use|uses|utili[sz]es?)( [\w-]+){{0,3}} cookies\b{_NOT_REPORTED}(,?\s+(to|in order to|and)\b"
    r".{0,200}|\W*)",
    r"(wir (verwenden|nutzen|setzen)|nous utilisons|ce site utilise|utilizamos|usamos|este sitio (web )?utiliza|"
    r"questo sito (web )?(utilizza|usa)|utilizziamo|(wij|we) gebruiken|deze (web)?site gebruikt|vi använder|"
    r"este site (usa|utiliza))\b[^.!?]{0,40}\b(cookies?|kakor)\b.{0,200}",
    r"ta strona (korzysta z|używa) (plików )?cookie\w*.{0,200}",
    r"(sitemizde|bu sitede) çerez(ler)?\w* kullan\w*.{0,200}",
    r"((this|the) (content|video|post|map) is (unavailable|blocked|not available)\.\s*)?(please )?accept (the )?"
    r"(\w+ )?cookies to (view|see|watch|load|display) (it|this( content| video)?)\W*",
    r"(manage|change|update) (your )?(cookie|privacy) (preferences|settings|choices)\W*|"
    r"(cookie[- ]einstellungen|paramètres des cookies|configuración de cookies|impostazioni dei cookie)\W*",
    # notes that a machine wrote or summarised the text
    rf"(this|the) (article|story|text|summary|content|piece) {_NOT_REPORTED}(was|has been|is) ([\w-]+ ){{0,4}}"
    r"(generated|produced|created|written|translated|summari[sz]ed|assisted|prepared|compiled)\b[^.!?]{0,40}\b(ai|a\.i\.|artificial "
    r"intelligence)\b[^.!?]{0,80}[.!]?",
    rf"(dieser|der) (text|artikel|beitrag) {_NOT_REPORTED}wurde [^.!?]{{0,60}}\b(ki|künstliche[rn]? intelligenz)\b[^.!?]{{0,60}}[.!]?",
    rf"(cet|ce) (article|texte|contenu) {_NOT_REPORTED}a été [^.!?]{{0,60}}\b(ia|intelligence artificielle)\b[^.!?]{{0,60}}[.!]?",
    rf"(este|el) (artículo|texto|contenido) {_NOT_REPORTED}(fue|ha sido) [^.!?]{{0,60}}\b(ia|inteligencia artificial)\b[^.!?]{{0,60}}[.!]?",
    rf"(questo|l['’]) ?(articolo|testo|contenuto) {_NOT_REPORTED}è stato [^.!?]{{0,60}}\b(ia|intelligenza artificiale)\b[^.!?]{{0,60}}"
    r"[.!]?",
    rf"(este|o) (artigo|texto|conteúdo) {_NOT_REPORTED}foi [^.!?]{{0,60}}\b(ia|inteligência artificial)\b[^.!?]{{0,60}}[.!]?",
    rf"(dit|het) (artikel|bericht) {_NOT_REPORTED}(is|werd) [^.!?]{{0,60}}\b(ai|kunstmatige intelligentie)\b[^.!?]{{0,60}}[.!]?",
    rf"bu (haber|içerik|yazı) {_NOT_REPORTED}[^.!?]{{0,40}}yapay zek[aâ][^.!?]{{0,60}}[.!]?",
    r"(artykuł|tekst) (został|zostal) [^.!?]{0,40}\b(sztucznej inteligencji|ai)\b[^.!?]{0,40}[.!]?",
    r"(texten|artikeln) är (skapad|skriven|genererad|översatt|framtagen) (med hjälp av|av) (ai|artificiell "
    r"intelligens)\b[^.!?]{0,40}[.!]?",
    r"(この|本)(記事|文章)は.{0,20}(生成)?AI.{0,30}|本文由.{0,10}(AI|人工智能).{0,20}",
    r"(ai|ki|ia)[- ](generated|generiert\w*|généré\w*|generad\w*|generat\w*|gerad\w*) (summary|zusammenfassung|résumé|"
    r"resumen|riassunto|resumo|samenvatting)\W*",
    # an opinion piece's disclaimer ("The views expressed in this column are those of the author and do not
    # necessarily reflect those of …")
    rf"(the )?(views|opinions)( and (views|opinions))? expressed (in this|here|above)\b{_NOT_REPORTED}"
    r"[^.!?]{0,60}\b(are|is) (solely |entirely )?((those|that|the (views|opinions)) of the (author|writer|"
    r"contributor|columnist)s?\b|the (author|writer|contributor|columnist)s?['’]s? own\b|(his|her|their) own\b)"
    r".{0,160}",
    # … in other languages ("Der Beitrag gibt die Meinung des Autors wieder", "Les opinions exprimées dans cette
    # tribune n'engagent que leur auteur", "Las opiniones expresadas en este artículo son responsabilidad exclusiva
    # de su autor", "Le opinioni espresse … sono dell'autore")
    rf"(dieser|der) (gast)?(beitrag|kommentar|artikel|text) gibt {_NOT_REPORTED}(ausschließlich |allein |nur )?die "
    r"(meinung|ansicht|auffassung) (des autors|der autorin|des verfassers|der verfasserin|der autoren|des gastautors|"
    r"der gastautorin)( wieder)?\b.{0,160}",
    rf"(les )?(opinions|propos|points de vue) (exprimé(e)?s )?(dans|de) (cette|ce|cet|la|le) (tribune|chronique|"
    rf"article|texte|rubrique)\b{_NOT_REPORTED}[^.!?]{{0,40}}\bn['’]engagent que (leurs?|son|ses) auteur(e)?s?\b"
    r".{0,160}",
    rf"(las |los )?(opiniones|puntos de vista|ideas) (expresad[ao]s|vertid[ao]s) (en|a lo largo de) (este|esta|el|la) "
    rf"(artículo|columna|texto|tribuna|espacio)\b{_NOT_REPORTED}[^.!?]{{0,40}}\bson (de )?(responsabilidad )?"
    r"(exclusiva |única )?(responsabilidad )?(de )?(su|sus|el|la|los) (autor|autora|autores)\b.{0,160}",
    rf"(le )?(opinioni|idee) espresse (in questo|nel|nella|in quest['’]) ?(articolo|testo|rubrica|commento)\b"
    rf"{_NOT_REPORTED}[^.!?]{{0,40}}\bsono (esclusivamente |solo )?(quelle )?(dell['’] ?autore|degli autori)\b.{{0,160}}",
    # donation appeals ("Support our journalism. Donate today.", "Sostieni il nostro giornalismo")
    r"(please )?(support|unterstützen sie|unterstütze|soutenez|apoya|apoye|apoie|sostieni|steun|wesprzyj|stöd) "
    r"(our|unser\w*|notre|nuestro|nuestra|nosso|il nostro|onze|vår|naszą)( (independent|unabhängige\w*|"
    r"indépendante?|independiente|independente|indipendente|onafhankelijke|niezależne|oberoende|quality|local))? "
    r"(journalism|journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek|dziennikarstwo|"
    r"journalistik|newsroom|reporting)\b.{0,120}",
    rf"(please )?support (independent|local|quality) journalism\b{_NOT_REPORTED}.{{0,120}}",
    rf"(unterstützen sie|unterstütze|soutenez|apoya|apoye|apoie|sostieni|steun|wesprzyj|stöd) {_NOT_REPORTED}"
    r"(una |une |uma |o |il |el |le |de |den )?(unabhängigen journalismus|presse indépendante|journalisme indépendant|"
    r"periodismo independiente|jornalismo independente|giornalismo indipendente|onafhankelijke journalistiek|"
    r"niezależne dziennikarstwo|oberoende journalistik|qualitätsjournalismus|journalisme de qualité|"
    r"periodismo de calidad|jornalismo de qualidade|giornalismo di qualità|kwaliteitsjournalistiek)\b.{0,120}",
    r"if you (value|enjoy|appreciate|rely on) (this|our) (reporting|journalism|work)\b.{0,120}",
    # … the reader's support thanked for what it does ("Your support helps us keep our journalism free.", "Votre
    # soutien nous permet de …"): the reader's, in the site's voice
    rf"(your|ihre|deine|votre|ton|tu|su|il tuo|il vostro|o seu|a sua|o teu|uw|je) (support|unterstützung|soutien|apoyo|"
    rf"sostegno|apoio|steun)( financier| económico| economico| financeiro)? (helps|allows|enables|keeps|makes|"
    rf"hilft|ermöglicht|nous permet|nos permite|ci permette|nos ajuda|nos permite|helpt|maakt)\b{_NOT_REPORTED}"
    # (what it helps the site's journalism, free or independent: "Your support helps us feed 300 families" is a
    # charity's appeal a story quotes)
    r"(?=[^.!?]{0,160}\b(journalis\w*|periodismo|giornalismo|jornalismo|reporting|reporters?|newsroom|rédaction|"
    r"redaktion|redacción|redazione|redação|redactie|independen\w*|indépendan\w*|unabhängig\w*|indipenden\w*|"
    r"onafhankelijk\w*|free|gratuit\w*|kostenlos|frei|gratis|accessible|zugänglich|accesible|accessibile|"
    r"toegankelijk)\b)[^.!?]{0,160}[.!]?",
    r"(our|this) (newsroom|journalism|work|reporting) is (funded|supported|made possible) by (readers|people|members) "
    r"like you\b.{0,80}",
    r"chip in [$€£]?\d+.{0,80}|(donate|give) (now|today)\W*",
    # newsletter calls ("Never miss a story – subscribe to our alerts", "Inscrivez-vous à notre newsletter")
    _scan(r"([^.!?]{1,50}[?:!–—-]\s*)?(sign up|subscribe|register)( here| now| today)? (to|for) (our|the|my|free|a)\b"
          r".{0,80}(newsletters?|alerts?|briefing|digest|round-?up|updates|emails?|inbox)"
          r"( (on|about|from|with|every|each) [^.!?]{1,30})?\W*",
          "sign up", "subscribe", "register"),
    r"(enter|add|type) your e-?mail( address)? (to|and|for) (receive|get|sign up|subscribe|join)\b.{0,80}",
    r"(inscrivez-vous|abonnez-vous|suscríbete|suscribite|apúntate|iscriviti|inscreva-se|cadastre-se|schrijf je in|"
    r"meld je aan|zapisz się|prenumerera|abone olun|abone ol)\b.{0,40}\b(newsletter\w*|nieuwsbrief|nyhetsbrev|boletín|"
    r"bülten\w*|infolettre|lettre d['’]information)\b.{0,120}",
    r"(bültenimize|nieuwsbrief|nyhetsbrev)\b.{0,40}(abone olun|inschrijven|prenumerera).{0,80}",
    r"(recevez|recibe|ricevi|receba|ontvang|få|otrzymuj)\b.{0,80}\b(boîte mail|boîte de réception|"
    r"bandeja de entrada|casella di posta|caixa de entrada|inkorg|skrzynk\w*|postfach)\b.{0,60}",
    r"(ニュースレター|メルマガ)(の)?(登録|購読)(は|を)?(こちら|する|して|ください|受付中).{0,10}|"
    r"订阅(我们的)?(新闻简报|电子报|newsletter).{0,20}",
    # subscriber-only notices and offers in more languages
    r"(dit artikel|deze inhoud|dit verhaal) is (alleen|uitsluitend) (voor|beschikbaar voor) abonnees\W*",
    r"(ten )?(artykuł|materiał|tekst) (jest )?dostępny (tylko|wyłącznie) dla (subskrybentów|prenumeratorów)\W*",
    r"(den här |denna )?(artikeln|texten|artikel) är (endast|bara|enbart) för (prenumeranter|betalande|plus-kunder)\W*",
    r"bu (içerik|haber|yazı) (yalnızca|sadece) abonelere (özel|açık)\w*\W*",
    r"(questo|l['’])\s?(articolo|contenuto) è riservato (agli|ai) (abbonati|utenti abbonati)\W*",
    r"(conteúdo|matéria|reportagem) exclusiv[ao] para assinantes\W*",
    r"本文仅限.{0,6}(用户|会员)阅读\W*",
    r"(subscribe|abbonati|abonnez-vous|suscríbete|assine|word abonnee|zamów prenumeratę|prenumerera|abone ol(un)?|"
    rf"jetzt abonnieren|abonnieren sie)\b{_NOT_SAID}[^.!?]{{0,80}}\b(unlimited|full|access|read|leggere|lire|leer|"
    r"ler|lees|czytaj|läs|oku|onbeperkt|ilimitado|illimitat\w*|bez ograniczeń|obegränsat|sınırsız|completo|complet)\b[^.!?]{0,60}[.!]?",
    rf"(subscribe|abbonati|abonnez-vous|suscríbete|assine|abonnieren sie|prenumerera)\b{_NOT_SAID}[^.!?]{{0,20}}"
    r"\b(for|für|pour|por|per|voor|za|för)\s+(just |only |seulement |solo |apenas )?((€|\$|£|r\$)\s?\d|\d[\d.,]*\s?(€|\$|£|zł|kr))"
    r"[^.!?]{0,60}[.!]?",
    # a Nordic paper's offer: the call, then its price in crowns ("Få tilgang til alt innhold for 1 kr", "Prøv 1
    # måned for 1 kr", "Läs vidare för 1 kr", "Få adgang til alle artikler for 1 kr")
    # (a trial's call with its span of time: "Prøv å kjøpe kaffe for 30 kr" is a tip of the story's; a call quoted
    # with its speaker after a comma is a sentence of the story's: "Få tilgang til alt innhold for 1 kr, sa
    # direktøren", "…, sier han", "…, skriver avisen")
    r"(få (tilgang|adgang|tillgång)|läs vidare|les videre|læs videre|lås opp|fortsett å lese|bli (abonnent|prenumerant)|"
    r"(prøv|prova|testa)( oss| os)?( gratis)? (i )?(\d+|en|ett|et|én) (måned|måneder|månad|månader|uke|uker|vecka|"
    rf"veckor|uge|uger|dag|dager|dagar|dage))\b{_NOT_SAID}{_NORDIC_NOT_SAID}[^.!?]{{0,60}}\b(for|för)\s+"
    r"(kun |bara |bare |endast )?\d{1,3}([,.]\d{2})?\s?(kr|kroner|kronor)\b[^.!?]{0,60}[.!]?",
    rf"(unlock|continue reading with|become a (member|subscriber)|start (your|a) free trial)\b{_NOT_SAID}"
    # (after a colon, only the offer's terms: "Unlock access to the data: researchers asked …" is a story's sentence)
    r"[^.!?]{0,100}\b(subscription|member(ship)?|trial|access|ad-free|premium|plus)\b([^.!?:]|:(?=[^.!?]{0,80}"
    r"(subscri|trial|member|sign|log|account|[$€£\d])))"
    r"{0,80}[.!]?",
    r"(jetzt )?\d+ (wochen|weeks|tage|days|monate|months) (gratis|kostenlos|free)\b.{0,80}",
    # a trial offered to the reader, in its own short line ("Essayez gratuitement pendant un mois.", "Probeer een
    # maand gratis."): the call, "free", a span of time, nothing more
    r"(try|try us|essayez|essayer|prueba|pruebe|prova|experimente|teste|probeer|testen sie|teste)( it| us)?"
    r"( (for )?free| gratuitement| gratis| grátis| kostenlos| gratuitamente)?( (pendant|durante|per|por|for|während))?"
    r" (un|una|um|uma|one|a|1|een|einen|eine|\d+) (mois|mes|mese|mês|month|maand|monat|semaine|semana|settimana|"
    r"week|woche|wochen|weeks|weken|semanas|settimane|semaines|months|meses|mesi|maanden|monate)"
    r"( (for )?free| gratuitement| gratis| grátis| kostenlos| gratuitamente| lang)?\W*",
    # an offer of the site's access at a price ("Enjoy unlimited access from $1 per week.", "Nur 1 € im ersten
    # Monat.", "Accesso illimitato a 1 € al mese.", "Word nu abonnee voor slechts € 1 per week."): a short line with a
    # price next to a span of time, and the words of an offer, in the site's voice: no one says, pays, costs or
    # offers it ("Subscribers pay €1 a week", "Le journal propose un accès illimité pour 1 € par mois" report a price)
    _scan(rf"(?=.{{0,140}}$)(?=.*{_PRICE}[^.!?\d]{{0,25}}\b{_PERIOD}\b|.*\b{_PERIOD}\b[^.!?\d]{{0,25}}{_PRICE})"
          r"(?=.*\b(access|accès|accédez|acceso|accede|accesso|acesso|toegang|zugang|unlimited|illimitée?|ilimitad[oa]|"
          r"illimitato|onbeperkt|unbegrenzt|límites|limiti|subscri\w*|abonn\w*|abo|suscri\w*|abbona\w*|assin\w*|"
          r"trial|testen|essai|offre|oferta|offerta|angebot|aanbieding|premier|primer|primo|primeiro|ersten|eerste|"
          rf"first)\b){_NOT_PRICED}{_NOT_SAID}{_NOT_ELSEWHERE}{_NOT_LABELLED}{_NO_SUBJECT}[^.!?]{{1,140}}[.!]?",
          "$", "€", "£", "cent"),
    rf"(sign up|register|subscribe)( now| today)? for ((unlimited|full|digital) ){{1,2}}access\b{_NOT_PRICED}"
    rf"{_NOT_SAID}( to {_OUR}\b[^.!?]{{0,60}}| for {_PRICE}[^.!?]{{0,60}})?[.!]?\W*",
    # (the access the site's: to its journalism, or at a price, the line's end after it)
    rf"(profitez d['’]un|enjoy|genießen sie|disfruta de|godi di|aproveite|geniet van) ((unlimited|full|digital|"
    rf"unbegrenzten|vollen|digitalen|un|el|l['’]) ?){{0,2}}(access|accès|zugang|acceso|accesso|acesso|toegang)\b"
    rf"{_NOT_TO_ELSEWHERE}{_NOT_PRICED}{_NOT_SAID}( (to|à|a|al|zu|tot) {_OUR}\b[^.!?]{{0,80}}|[^.!?]{{0,40}}{_PRICE}[^.!?]{{0,40}})?"
    r"[.!]?\W*",
    r"(accédez|accede|accedi|acesse|lee|leggi|leia|lees|lesen sie|lies) ([\w'’]+ ){0,4}(en illimité|sin límites|"
    r"senza limiti|sem limites|onbeperkt|unbegrenzt|ilimitadamente|illimitatamente)\b"
    # (what is read the site's: its articles, with its subscription, at a price; "… aux musées de la ville avec ce
    # pass", "… in der Stadtbibliothek" is a guide's advice)
    rf"(?=\W*$|[^.!?]{{0,80}}(\b(abonn\w*|abo|suscrip\w*|abbonament\w*|assinatura|subscri\w*|articles?|artículos|"
    rf"articoli|artigos|artikel\w*|contenus|contenidos|contenuti|conteúdos|inhalte|noticias|notizie|notícias|nieuws|"
    rf"{_OUR})\b|{_PRICE}))[^.!?]{{0,80}}[.!]?|"
    r"mit (einem|ihrem|deinem) (abo|abonnement|digital-abo|[\w-]+abo) (lesen sie|lies) [^.!?]{0,60}"
    r"(unbegrenzt|alle artikel)\b[^.!?]{0,40}[.!]?",
    # a call to follow the site on social media, perhaps after a call to stay informed ("Stay up to date: follow
    # us on social media.", "Siga-nos nas redes sociais para ficar por dentro das últimas notícias."): the site's
    # "us" and the networks in one sentence, nothing after them but the call's purpose; no one's words reported
    _scan(rf"{_NOT_SAID}([^.!?:]{{0,80}}[:–—-]\s*)?(follow us|folgen sie uns|folge uns|suivez-nous|suivez nous|síguenos|"
          rf"seguinos|seguici|siga-nos|segue-nos|sigam-nos|volg ons)\b{_NOT_REPORTED}[^.!?]{{0,30}}\b(social media|"
          rf"social networks|socials|social|sozialen (medien|netzwerken)|réseaux sociaux|redes sociales|redes sociais|"
          rf"redes|sociale media|{_PLATFORMS})\b(\W+(to|for|and|so|um|für|und|pour|et|afin|para|y|per|e|om|en|voor)\b"
          # (a purpose of keeping up with the news: "Suivez-nous sur Facebook pour découvrir la vérité" is a slogan
          # a story quotes)
          r"(?=[^.!?]{0,120}\b(stay|keep|latest|news|updates|informed|rester|informée?s?|actualités?|infos?|estar|"
          r"noticias|informad[oa]s?|al día|restare|aggiornat[oi]|notizie|ficar|por dentro|notícias|informad[oa]s?|"
          r"bleiben|laufenden|nachrichten|aktuell|blijven|hoogte|nieuws)\b)[^.!?,]{0,120}"
          # (a comma only before an enumeration's last item: "…, events and offers"; "…, meldde de politie" names
          # who printed the call)
          r"(,[^.!?,]{0,60}\b(and|or|et|ou|y|o|e|und|oder|en|of)\b[^.!?,]{0,60})*)?[.!]?\W*",
          "follow us", "folgen sie uns", "folge uns", "suivez-nous", "suivez nous", "síguenos", "seguinos",
          "seguici", "siga-nos", "segue-nos", "sigam-nos", "volg ons"),
    _scan(r"[^.!?]{0,80}\b(jederzeit kündbar|cancel any ?time|sans engagement|cancela cuando quieras|"
          r"disdici quando vuoi|opzegbaar|ingen bindningstid)\W*",
          "kündbar", "cancel any", "sans engagement", "cancela cuando", "disdici quando", "opzegbaar", "bindningstid"),
    r"(sie haben|du hast) (bereits|schon) ein (abo|abonnement|konto)\?\s*(hier |jetzt )?(einloggen|anmelden)\W*",
    r"já é assinante\?\s*(faça login|entre|acesse)\W*",
    # picture credits with a label before the colon, or "by" ("(Photo by Tom Grant/Getty Images)", "Fot. PAP")
    r"\(?(photo|image|picture|foto|fot\.|fotoğraf|bild|crédit photo|crédito|photo credit|image credit|file photo|"
    r"archive photo|credit)(( by| credit| courtesy of)\s*[:：]?|\s*[:：]|(?<=fot\.))\s*[^\s.!?:]+(\s+[^\s.!?:]+){0,6}\)?",
    r"(写真|画像|图片来源|圖片來源|图|資料照片?|ภาพประกอบ|फोटो|फ़ोटो|तस्वीर)\s*[:：].{1,40}",
    # … in Thai, "thanks for the picture (from)", which credits with or without a colon ("ขอบคุณภาพจาก : เพจ…")
    r"ขอบคุณ(ภาพ|รูป)(จาก|ประกอบ)?\s*[:：]?\s*[^\s].{0,60}",
    # follow calls and channels in more languages
    rf"obserwuj nas (na|w) {_PLATFORM}\w*(\s*(i|oraz|,)\s*{_PLATFORM}\w*)*\W*",
    rf"(bizi )?{_PLATFORM}(['’]?\w{{1,3}})?(\s*(ve|,)\s*{_PLATFORM}(['’]?\w{{1,3}})?)*\s*(bizi )?takip (edin|et)\W*",
    r"(únete|unisciti|entra|junte-se|participe|participa|siga|segue|volg|följ|dołącz|join)\b.{0,30}\b(canal|canale|"
    r"kanaal|kanal|channel)"
    r"\b.{0,30}\b(whatsapp|telegram)\b.{0,60}",
    rf"find us on {_PLATFORM}.{{0,60}}",
    # … in Central and Eastern European languages and Finnish ("Kövessen minket a Facebookon is!", "Sledujte nás na
    # Facebooku", "Pratite nas na Facebooku i Instagramu", "Urmăriți-ne pe Facebook", "Seuraa meitä Instagramissa"):
    # the call and the networks, declined as the language declines them, and nothing else
    r"(kövess(en|enek)? minket|sledujte nás|sleduj nás|pratite nas|prati nas|sledite nam|urmări[țţt]i-ne|"
    r"urmăre[șş]te-ne|seuraa meitä|seuratkaa meitä|последвайте ни|пратите нас)"
    r"( (i|aj|také|tiež|též|is|myös|tudi|također|și|и))?( (na|pe|v|ve|w|в|във|a|az|on))? "
    rf"{_PLATFORM}[\w'’-]*(\s*(,|\bi\b|\ba\b|\bés\b|\bși\b|\bja\b|\bи\b)\s*((a|az|na|pe|v|в) )?"
    rf"{_PLATFORM}[\w'’-]*)*( (is|také|tiež|též|myös|tudi|također))?\W*",
    # an embedded post's chrome left as text ("View this post on Instagram", "A post shared by Jane (@jane)")
    rf"view this (post|photo|video|reel|profile) on {_PLATFORM}\W*",
    r"an? (post|photo|video|reel) shared by [^()]{0,80}\(@[\w.]+\)\W*(on [^.!?]{3,40})?",
    # a gallery's counter and its opener ("Image 3 of 12", "Foto 2 von 8", "Open gallery")
    r"(image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie|obrázek) \d{1,3} (of|von|de|di|van|z|av|af|/) "
    r"\d{1,3}\W*",
    r"(open|view|see|launch|start) (the )?(photo )?(gallery|slideshow)\W*",
    # a video player's and a live blog's labels ("Watch live", "Now playing", "Up next", "Pinned post", "Key event";
    # not a timeline's heading "Key events")
    r"(watch live( now)?|now playing|up next|next up|pinned( post| entry| update)?|key event)\W*",
    # a live blog's badge, alone on a line or between a ticker's "+++" ("LIVE", "+++ Liveticker +++", "En direct",
    # "Ao vivo", "实时"), and its controls ("Show key events only", "Refresh", "3 new updates", "Load more entries",
    # "Ticker aktualisieren", "Voir plus de publications", "Cargar más"): a word of the story is never a line alone
    rf"(\+{{2,}}\s*)?({_LIVE_BADGE_WORDS}|"
    r"(show |only show )?key events only|(show|hide) key events|refresh|(\d+ )?new (updates?|posts?|entries)|"
    r"(load|show|see|view) more (entries|posts|updates)|load more|(ticker|liveticker|live-?blog|seite) aktualisieren|"
    r"aktualisieren|neue einträge|(weitere einträge|mehr) laden|voir plus de (publications|messages|posts)|"
    r"charger plus|actualiser|cargar más( entradas)?|actualizar|carica(re)? altri|aggiorna|mostra altri|"
    r"załaduj więcej|odśwież|carregar mais|atualizar|加载更多|刷新|查看更多)(\s*\+{2,})?\W*",
    # a live blog's banner over its entries ("Suivez notre direct", "Sigue el directo", "Segui la diretta")
    r"(suivez|suivre) (notre|le) direct|sigue (nuestro|el) directo|segui (la nostra|la) diretta|"
    r"acompanhe (a cobertura )?ao vivo|śledź (naszą )?relację( na żywo)?\W*",
    # a widget's note for readers without scripts ("Please turn on JavaScript to use this feature")
    r"(please )?(turn on|enable|activate) javascript( in your browser)? to (use|see|view) this (feature|content|"
    r"live ?blog|ticker|page)\W*",
    # a wire's end mark between dashes ("— ENDS —", "-ends-"), a podcast's transcript link, the comment system's
    # sign-in and the correction form's link
    r"[-–—]+\s*ends\s*[-–—]+",
    r"(read|view|see|download) (the )?(full |episode )?transcript( here)?\W*",
    r"((you must be )?(log|logged|sign|signed) in to (post a |leave a )?(comment|reply)|"
    r"report an? (typo|correction|error|mistake)|(submit|suggest) a correction)\W*",
    r"关注我们的?(微信)?(公众号|微博).{0,20}",
    # reading time and update stamps in more languages
    r"(leestijd|czas czytania|lästid|lesetid|læsetid|okuma süresi|読了時間|阅读时间)\s*[:：]?\s*(ca\.?\s*)?\d+\s*\w{0,8}\.?",
    r"\d+[- ]minute read\W*",
    r"(updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|uppdaterad|güncellendi)\W*",
    r"(bijgewerkt|gepubliceerd|aktualizacja|zaktualizowano|opublikowano|güncelleme|güncellenme|yayınlanma)"
    r"(\s*(op|:|tarihi:?))?\s*\d{1,4}([.\-/ ]+(\d{1,4}|[^\W\d_]{3,10}\.?)){0,3}(,?\s*\d{1,2}[:.]\d{2})?",
    r"(published|updated)\s+[\w ,]{3,25}\d{4}\s*[·•|]\s*(updated|published)\s+[\w ,]{3,25}\d{4}",
    # video and podcast promos ("Video: Scenes from the flooded town", "… wherever you get your podcasts.")
    r"(videos?|vídeos?|vidéos?|watch|guarda|mira|assista|bekijk|titta|izle|obejrzyj|wideo)\s*[:|–-]\s*[^.!?]{3,100}",
    # a player's label with the clip's running time ("Video: The flooded town from above | 02:31 Min.", "Audio: the
    # mayor in conversation (4 min)"), its play button ("Podcast abspielen", "Play video (3:12)", "Écouter l'épisode")
    # and its running time alone ("Dauer: 03:45 Min.")
    _CLIP + _PLAYER_LABEL,
    rf"({_MEDIA} (abspielen|anhören|ansehen|starten|wiedergeben)|(play|watch|listen to|start) (the |this )?{_MEDIA}"
    rf"|(lire|regarder|écouter) (la |le |l['’]|cet |cette )?{_MEDIA}|(reproducir|ver|escuchar) (el |la |este )?"
    rf"{_MEDIA}|(riproduci|guarda|ascolta) (il |la |l['’]|questo )?{_MEDIA})\s*[(|·•–-]?\s*({_RUNNING_TIME})?\s*\)?\W*",
    rf"(dauer|länge|laufzeit|spieldauer|duration|running time|durée|duración|durata|duração)\s*:?\s*{_RUNNING_TIME}",
    # … and a clip's caption ended by its date and running time, or by a running time the caption calls a video
    # ("The mayor explains the plans. 18.04.2024 | 1:21 min", "The town from above, on video | 01:45"; a clip's
    # caption may quote a few sentences of it: up to CLIP_CAPTION_CHARS before the date)
    _scan(rf".{{3,{CLIP_CAPTION_CHARS}}}?\s[|·•]\s*(\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\s*[|·•]\s*)?{_CLOCK}\s*{_MINUTES}",
          "min", "minuten", "minutes", "minutos", "minuti"),
    _scan(rf".{{0,160}}\b(videos?|vídeos?|vidéos?|audio|áudio|podcast)\b.{{0,160}}\s[|·•]\s*{_CLOCK}", "video", "vídeo", "vidéo", "audio", "áudio",
          "podcast"),
    r"(guarda il video|watch the video|ver (el )?vídeo|voir la vidéo|video ansehen|assista ao vídeo)\W*",
    _scan(r".{0,160}\b(wherever you get (your )?podcasts|überall, wo es podcasts gibt|partout où vous écoutez vos "
          r"podcasts|donde escuches tus podcasts|on apple podcasts,? (or|and) spotify|auf spotify und apple podcasts)"
          r"\b.{0,40}",
          "podcasts"),
    r"print (this )?(page|article|story)\W*|font size\W*[a ]*|text size\W*[a+\- ]*",
    # an editor's credit on Chinese pages ("（责任编辑：王丽）")
    r"[（(]?\s*(责任编辑|責任編輯|编辑|編輯|(本文)?来源|(本文)?來源)\s*[：:]\s*[^（）()]{1,30}[）)]?",
    # … and the headline the story first ran under, which a portal notes when it retitles a partner's story
    # ("（原标题：今年新建20座社区公园）", "(原標題：…)")
    r"[（(]\s*(原标题|原標題|原题|原題)\s*[：:][^（）()]{1,80}[）)]",
    # copyright footers
    # (and a wire service's notice after it: "… All rights reserved. This material may not be published, broadcast,
    # rewritten or redistributed without permission.")
    r"(copyright|©|\(c\)|ⓒ)\s*:?\s*(©\s*)?(\d{4}|(?-i:[A-Z0-9©][\w&'’.-]*)( (?-i:[A-Z0-9&][\w&'’.-]*)){0,3},? \d{4})"
    r"\b.{0,200}",
    r"(©|ⓒ)\s*.{1,60}",
    _scan(rf"{_NOT_REPORTED}.{{0,100}}\b(all rights reserved|tous droits réservés|alle rechte vorbehalten|"
          r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|все права защищены|"
          r"hak cipta dilindungi|כל הזכויות שמורות|جميع الحقوق محفوظة|wszelkie prawa zastrzeżone|všechna práva vyhrazena|"
          r"minden jog fenntartva|toate drepturile rezervate|tüm hakları saklıdır|alle rechten voorbehouden|"
          r"усі права захищені)\b.{0,80}",
          "all rights reserved", "tous droits r", "alle rechte vorbehalten", "todos los derechos reservados",
          "todos os direitos reservados", "tutti i diritti riservati", "все права защищены", "hak cipta dilindungi",
          "כל הזכויות שמורות", "جميع الحقوق محفوظة", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena",
          "minden jog fenntartva", "toate drepturile rezervate", "tüm hakla", "alle rechten voorbehouden",
          "усі права захищені"),
    _scan(r".{0,40}(版权所有|著作権|無断転載|無断複製|转载请注明).{0,60}",
          "版权所有", "著作権", "無断転載", "無断複製", "转载请注明"),
    # --- the same labels in more scripts and languages (Arabic, Hebrew, Persian, Hindi, Greek, Ukrainian, Czech,
    # Hungarian, Vietnamese, Romanian, Indonesian, Chinese, Korean …); each opens with its own letters, so it is
    # tried only on lines that open with them
    # "read also" with its headline after a separator, or alone ("اقرأ أيضا: …", "Διαβάστε επίσης: …", "延伸閱讀》 …")
    r"((اقرأ|إقرأ|اقرا) (أيضا|أيضًا|أيضاً|ايضا|المزيد)|קראו (גם|עוד)|קרא (גם|עוד)|(بیشتر )?بخوانید|"
    r"(ये|यह|इसे) भी पढ़ें|और पढ़ें|διαβάστε (επίσης|ακόμη|ακόμα|περισσότερα)|δείτε (επίσης|ακόμη)|"
    r"διαβαστε (επισης|ακομη|ακομα|περισσοτερα)|δειτε (επισης|ακομη)|"
    r"читайте (також|ещё|еще)|дивіться також|смотрите также|čtěte (také|též|rovněž)|čítajte (aj|tiež)|"
    r"prečítajte si (aj|tiež)|olvasd el( ezt)?( is)?|olvassa el( ezt)?( is)?|xem thêm|đọc thêm|tin liên quan|"
    r"citeşte şi|citeste si|延伸閱讀|延伸阅读|相關新聞|相關閱讀|相关报道|相關報導|推荐阅读|推薦閱讀|看更多|查看更多|"
    r"\[\s*관련\s?기사\s*\]|【\s*関連記事\s*】)"
    r"(\s*([:：>»›》|]|\.{2,}|…|[-–—](?=\s))\s*.{0,200}|\W*)",
    r"पढ़ें\s*[:：].{1,200}",
    # share bars' labels ("شارك", "שתפו", "Κοινοποίηση", "Sdílet", "Megosztás", "Chia sẻ", "Del artiklen")
    r"(شارك|مشاركة|شارك الخبر|شارك المقال|שתפו|שתף|اشتراک ?گذاری|اشتراک‌گذاری|शेयर करें|κοινοποίηση|κοινοποιήστε|"
    r"поделиться|поділитися|sdílet|sdílejte( článek)?|megosztás|oszd meg|chia sẻ|distribuie|bagikan|delen|"
    r"del (artiklen|artikkelen)|jaa artikkeli|分享|分享此文|シェアする|공유하기|chia sẻ bài viết|แชร์|แชร์ข่าว)"
    # (… perhaps with the network: "שתפו בפייסבוק", "شارك على فيسبوك", "Chia sẻ lên Facebook")
    r"(\s*(ב|על|على|عبر|في|lên|qua|trên|στο|на|в|у)?[\s-]?(פייסבוק|וואטסאפ|טוויטר|فيسبوك|فيس بوك|تويتر|واتساب|"
    r"facebook|twitter|whatsapp|telegram|viber|zalo|x))?\W*",
    # ad labels ("إعلان", "פרסומת", "ΔΙΑΦΗΜΙΣΗ", "Hirdetés", "Quảng cáo", "Publicitate", "विज्ञापन")
    r"(إعلان|اعلان|פרסומת|تبلیغات|آگهی|विज्ञापन|διαφ[ήη]μιση|hirdetés|quảng cáo|publicitate|reclamă|reklama)\W*",
    # comment counts ("Комментарии (4)", "Bình luận (8)", "댓글 0", "评论(23)", "Diskuse (12)")
    r"(комментари[иейя]|коментар[іів]|bình luận|التعليقات|تعليقات|תגובות|댓글|评论|評論|留言|hozzászólások|"
    r"komentáře|diskuse|comentarii|kommentit|σχόλια|σχολια|แสดงความคิดเห็น|ความคิดเห็น)\s*[(\[]?\s*\d*\s*[)\]]?\W*",
    # a related block's title ("أخبار ذات صلة", "Tin cùng chuyên mục", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ"), alone
    r"(أخبار ذات صلة|اخبار ذات صلة|مقالات ذات صلة|כתבות נוספות|כתבות קשורות|tin cùng chuyên mục|bài viết liên quan|"
    r"σχετικά άρθρα|σχετικα αρθρα|σχετικές ειδήσεις|σχετικες ειδησεις|схожі новини|пов['’]язані новини|"
    r"ข่าวอื่นๆ ที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง)\W*",
    # a sign-up box's call in the site's words ("הירשמו לניוזלטר שלנו", "اشترك في النشرة البريدية", "Đăng ký nhận bản
    # tin", "Підписатися на розсилку", "Εγγραφείτε στο newsletter μας"), alone
    r"(הירשמו|הרשמו|הירשם|הרשם) (לניוזלטר|לעדכונים)( שלנו)?\W*",
    r"(اشترك|اشتركوا|سجل) (في|ب)\s?(النشرة (البريدية|الإخبارية)|نشرتنا (البريدية|الإخبارية))\W*",
    r"đăng ký nhận (bản tin|tin)( (qua|từ) [^.!?]{1,40})?\W*",
    r"สมัครรับ(จดหมายข่าว|ข่าวสาร)\W*",
    r"(підписатися|підпишіться|подписаться|подпишитесь) на (розсилку|рассылку)\W*",
    r"(εγγραφείτε|εγγραφειτε|γραφτείτε) (στο|στα) (newsletter|ενημερωτικό δελτίο)( μας)?\W*",
    # a platform's own blocks under a post ("Discussion about this post", "Recommended from Medium")
    r"(discussion about this post|recommended from medium|see more recommendations)\W*",
    # calls to follow the site's channels ("Подписывайтесь на наш Telegram-канал …", "Ακολουθήστε μας στο Google
    # News", "Siga o Diário no Instagram", "Receba notícias do … no WhatsApp", "Simak berita … di Google News")
    r"(подписывайтесь|подпишитесь|підписуйтесь|підпишіться) на (наш|нашу|наши|наші|нас)\b(?=.{0,60}(канал|telegram|"
    r"телеграм|соцсет|страниц|сторінк|рассылк|розсилк|дзен|вконтакте|youtube|viber|whatsapp|instagram|facebook))"
    r".{0,150}",
    # (the site named by its address, a dot inside a word: "Ακολουθήστε το akrogiali.example στο Google News")
    rf"ακολουθήστε (μας|το|τη|την|τον) ((?:[^.!?]|\.(?=\w)){{1,60}} )?(στο|στα|στη|στην|σε) ({_PLATFORMS}|viber)\W*"
    r".{0,60}",
    rf"(siga|sigam|acompanhe|segue|sigue|síguenos) (o|a|os|as|nos|-nos|el|la)\b[^.!?]{{1,50}}\b(no|na|nas|nos|pelo|"
    rf"en|em) {_PLATFORMS}\W*",
    r"receba (as )?(notícias|novidades|alertas|informações)\b[^.!?]{0,80}\b(no|pelo|via) (seu |teu )?(whatsapp|"
    r"telegram|e-?mail)\b[^.!?]{0,60}([.!]\s*(clique|toque|acesse|entre)\b[^.!?]{0,60})?\W*",
    # a magazine's note that its new issue is on sale, with the call to order it ("Die Juli-Ausgabe mit … liegt ab dem 3.
    # Juli am Kiosk. Hier kannst du es schon jetzt bestellen.", "The summer issue is on newsstands now. Order your copy
    # here."): the issue, where it is sold, then the call, nothing else
    _scan(r"(?:[^.!?]|(?<=\d)\.){0,160}\b(ausgabe|heft|issue)\b(?:[^.!?]|(?<=\d)\.){0,160}\b(im handel|am kiosk|"
          r"erhältlich|on (newsstands|sale)|in (shops|stores))\b[^.!?]{0,60}[.!]\s*"
          r"(hier (können sie|kannst du) ([\w-]+ ){0,2}(schon )?(jetzt )?(vorbestellen|bestellen|kaufen|abonnieren)|"
          r"((click|tap) here to |you can )?(order|pre-?order|buy|get|subscribe)\b[^.!?]{0,40}\b(here|now|today|online))"
          r"\s*[.!]?\W*",
          "ausgabe", "heft", "issue"),
    r"simak (berita|artikel|update|informasi)\b[^.!?]{0,60}\bdi (google news|whatsapp|telegram|instagram)\b.{0,40}",
    # an Indonesian portal's pointer to its video ("Simak Video \"Arus Mudik Mulai Padat\"", "Saksikan video berikut
    # ini"): the call and the video's title in quotes, or "below", and nothing else
    r"(simak|saksikan|tonton)( juga)? video\s*(:\s*)?([\"“'‘][^\"“”'‘’]{3,150}[\"”'’]|(berikut|di bawah)( ini)?)?\W*",
    # … its note that the story ran first in a sister paper under another headline ("Artikel ini telah tayang di
    # Tribunkarang.example dengan judul …", "… Klik untuk baca: https://…"), and the pointer a copy of the text
    # carries ("Baca artikel kabarKarang, \"…\" selengkapnya https://…")
    r"artikel ini (sebelumnya )?(telah )?(tayang|terbit|dimuat|diterbitkan|ditayangkan) (di|pada|dalam) "
    r"(?:[^.!?,]|\.(?=\w)){1,60} dengan judul .{1,200}",
    r"baca artikel [^,\"“]{1,40},\s*[\"“][^\"“”]{1,200}[\"”]\s*selengkapnya\b.{0,200}",
    r"(扫码|掃碼|扫描二维码)(下载|下載).{0,12}(app|客户端|客戶端|应用|應用).{0,30}",
    r"加入.{1,20}(line|LINE)\s*(好友|官方帳號).{0,30}",
    # a Korean wire's tip line and sign-off stamp ("▶ 제보는 카카오톡 okjebo", "2025/04/05 15:42 송고")
    r"제보는 (카카오톡|이메일|전화|메일)(?!.*다\.?$).{0,60}",
    r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*\d{1,2}:\d{2}\s*(송고|입력|수정)",
    r"(©\s*)?riproduzione riservata\W*((©\s*)?copyright\b[^.!?]{0,40})?",
    r"انتهای پیام\W*",
    # "follow us" / "download" calls ("تابعونا على …", "حمّلوا تطبيق …"): the call's own forms ("تابعوا" is also "they
    # followed", so only with the site's app or pages after "على" or "عبر"; "حمل" is "carried"), no sentence after it
    r"تابعونا [^.!?]{0,60}(على|عبر) [^.!?]{0,30}(تطبيق|قناة|صفحة|فيسبوك|تويتر|تلغرام|تيليجرام|واتساب|يوتيوب|"
    r"google news|جوجل نيوز)[^.!?]{0,60}\W*",
    r"(حمّلوا|حمّل) [^.!?]{0,30}تطبيق[^.!?]{0,80}\W*",
    r"تابعوا [^.!?]{0,60}(على|عبر) (تطبيق|صفحتنا|قناتنا|حسابنا|حساباتنا|موقعنا)[^.?]{0,60}",
    r"관련\s?기사\s+[^.!?]{1,100}",
    # Korean article stamps: "기사입력 : 2018-08-25 15:24"
    r"[\[(]?\s*(기사입력|입력|수정|최종수정|등록|승인|송고)\s*[:：]?\s*[\[(]?\s*\d{4}[.\-/년]\s*\d{1,2}.{0,30}",
]


def _line_re(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(_line_source(patterns), re.I)


def _line_source(patterns: list[str]) -> str:
    return r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$"


class _LazyLine:
    """A line pattern (see _line_re) compiled when it is first tried. Compiling the 420 line patterns cost a second
    of CPU, most of what a one-off `crawl url` or `crawl extract` spent before its first page, which tries a few
    dozen of them; the crawl's fork server compiles them all (compile()) before its workers fork. After the first
    try `match` is the compiled pattern's own method: the filed patterns cost what compiled ones cost."""

    __slots__ = ("source", "match")

    def __init__(self, pattern: str) -> None:
        self.source = _line_source([pattern])
        self.match = self._first_match

    def _first_match(self, text: str) -> re.Match[str] | None:
        return self.compile().match(text)

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, if it was not): threads that compile it at once compile equals."""
        compiled = re.compile(self.source, re.I)
        self.match = compiled.match
        return compiled

    @property
    def pattern(self) -> str:
        return self.source


def _first_chars(items: Any, ignore: bool) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern (`re._parser` items) can open a match with, as they are or (`ignore`) in any
    case; None when it can open with a class of characters (\\d, \\W, [^…], "."). Second: whether the items can
    match the empty string, so that what follows them can open the match too."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            return out | _cases(chr(av), ignore), False
        if op is _C.IN:
            for item_op, item in av:
                if item_op is _C.LITERAL:
                    out |= _cases(chr(item), ignore)
                elif item_op is _C.RANGE and item[1] - item[0] <= 400:
                    for code in range(item[0], item[1] + 1):
                        out |= _cases(chr(code), ignore)
                else:
                    return None, False
            return out, False
        if op is _C.SUBPATTERN:
            _group, add, delete, sub = av
            chars, empty = _first_chars(sub, (ignore or bool(add & re.I)) and not delete & re.I)
        elif op is _C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                branch_chars, branch_empty = _first_chars(branch, ignore)
                if branch_chars is None:
                    return None, False
                chars |= branch_chars
                empty = empty or branch_empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            chars, empty = _first_chars(av[2], ignore)
            empty = empty or av[0] == 0
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # takes no character (a lookahead only narrows what follows)
        else:
            return None, False
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _fold(char: str) -> str:
    """`char` as IGNORECASE compares it: its simple lower-case form."""
    return chr(_tolower(ord(char)))


def _cases(char: str, ignore: bool) -> set[str]:
    """`char`, and with `ignore` the lower-case forms of the characters IGNORECASE takes for it."""
    if not ignore:
        return {char}
    lower = char.lower()
    out = {char, lower}
    out.update(chr(code) for form in (lower, char) if len(form) == 1 for code in _EXTRA_CASES.get(ord(form), ()))
    return out


#: characters IGNORECASE matching takes for a letter although lower() does not give that letter (dotless i, dotted
#: capital I, long s; rounded and tall Cyrillic letters), and that letter: a line holding one is looked at with the
#: letter in its place when its words are looked for (see lowered)
_CASE_ODD_LETTERS = {"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u1c80": "\u0432", "\u1c81": "\u0434",
                     "\u1c82": "\u043e", "\u1c83": "\u0441", "\u1c84": "\u0442", "\u1c85": "\u0442",
                     "\u1c86": "\u044a", "\u1c87": "\u0463", "\u1c88": "\ua64b"}
_CASE_ODDITIES = re.compile(f"[{''.join(_CASE_ODD_LETTERS)}]")
_AS_LETTERS = str.maketrans(_CASE_ODD_LETTERS)


def lowered(text: str) -> str:
    """`text` lower-cased, with the odd letters above in the place of the letters IGNORECASE takes them for: a word a
    line pattern requires (lower-case) is in it wherever the pattern matches `text`."""
    if text.isascii():  # (told in C at a word a step: no odd letter in it, nothing to search)
        return text.lower()
    return (text if _CASE_ODDITIES.search(text) is None else text.translate(_AS_LETTERS)).lower()


def _word_char(char: str, ignore: bool) -> str | None:
    """The character a required word holds for a pattern's literal `char` (see lowered), or None when a character
    IGNORECASE takes for it is lowered to another ("ς" for "σ": Greek final sigma, "ϑ" for "θ")."""
    low = char.translate(_AS_LETTERS).lower()
    if len(low) != 1:
        return None
    if ignore and any(c.translate(_AS_LETTERS).lower() != low for c in _cases(char, True)):
        return None
    return low


#: a required word shorter than this finds too many lines to be worth the test
_MIN_WORD = 3


def _required_words(items: Any, ignore: bool) -> set[str] | None:
    """Words (lower-case, see lowered) one of which every match of a parsed pattern (`re._parser` items) holds: a
    run of literal characters it cannot skip, or the words of each branch of an alternation it cannot skip. Of
    several, the set whose shortest word is longest; None when no such set is known."""
    found: list[set[str]] = []
    run = ""
    for op, av in items:
        char = _word_char(chr(av), ignore) if op is _C.LITERAL else None
        if char is not None:
            run += char
            continue
        if run:
            found.append({run})
            run = ""
        words: set[str] | None = None
        if op is _C.SUBPATTERN:
            _group, add, delete, sub = av
            words = _required_words(sub, (ignore or bool(add & re.I)) and not delete & re.I)
        elif op is _C.BRANCH:
            words = set()
            for branch in av[1]:
                branch_words = _required_words(branch, ignore)
                if branch_words is None:
                    words = None
                    break
                words |= branch_words
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            words = _required_words(av[2], ignore)
        if words:
            found.append(words)
    if run:
        found.append({run})
    found = [words for words in found if min(map(len, words)) >= _MIN_WORD]
    return max(found, key=lambda words: (min(map(len, words)), -len(words))) if found else None


def _word_finder(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton that finds, in one pass over a (lower-case) line, which of `words` it holds (Aho-Corasick): a
    pattern that requires a word is tried only on a line holding it. A regular expression of the words, or a test
    for each word, looks at the line once per word or position and cost about four times as much."""
    finder = ahocorasick.Automaton()
    for word in words:
        finder.add_word(word, word)
    finder.make_automaton()
    return finder


class _ByFirstChar:
    """The line patterns, tried only where they can open a match: a pattern opening with known characters only on
    a line that begins with one of them (lower-case), a pattern opening with a class of characters (\\d, [^…]) on
    every line. A line's first character is looked up as IGNORECASE compares it: by its simple lower-case form
    (`_sre.unicode_tolower`: "İ" is "i" there, where str.lower() gives two characters), under which each pattern
    is filed for every character it can open with, with the other characters of the same upper case
    (`re._casefix`). A pattern that requires one of some words (see _required_words) is tried only on a line
    holding one of them, when the line's words are given (`held`, see words_held)."""

    def __init__(self, patterns: list[str]) -> None:
        analysed = self._analyses(patterns)
        openings = [(p, analysed[p][0]) for p in patterns]
        required = {p: analysed[p][1] for p in patterns}
        self._classes = _line_re([p for p, chars in openings if chars is None and required[p] is None] or [r"(?!)"])
        #: patterns opening with a class of characters, by a word they require
        self._classes_by_word: dict[str, list[_LazyLine]] = {}
        #: by the first character: the patterns that require no known word, and the others by a word they require
        self._by_char: dict[str, tuple[list[_LazyLine], dict[str, list[_LazyLine]]]] = {}
        self.words: set[str] = set()
        #: the patterns filed under characters or words (compiled on first use)
        self.filed: list[_LazyLine] = []
        for p, chars in openings:
            compiled = _LazyLine(p)
            self.filed.append(compiled)
            words = required[p] or ()
            self.words.update(words)
            if chars is None:
                for word in words:
                    self._classes_by_word.setdefault(word, []).append(compiled)
                continue
            for char in chars:
                always, by_word = self._by_char.setdefault(char, ([], {}))
                if not words:
                    always.append(compiled)
                for word in words:
                    by_word.setdefault(word, []).append(compiled)
        self._finder = _word_finder(self.words)

    @staticmethod
    def _analyses(patterns: list[str]) -> dict[str, tuple[set[str] | None, set[str] | None]]:
        """Each pattern's analysis (see _analysed), read from the cache (see _cache) where an earlier process
        wrote it for these very patterns and this very code: analysing them all took half a second, a fifth of
        what a one-off `crawl url` spent before its first page."""
        try:
            code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
        except OSError:  # (no source file to key the entry by: analyse)
            return {p: _ByFirstChar._analysed(p) for p in patterns}
        name = _cache.key_of("line-patterns", [code, *patterns])
        cached = _cache.load(name)
        if (isinstance(cached, list) and len(cached) == len(patterns)
                and all(isinstance(entry, list) and len(entry) == 2
                        and all(part is None or (isinstance(part, list) and all(isinstance(x, str) for x in part))
                                for part in entry) for entry in cached)):
            return {p: (None if chars is None else set(chars), None if words is None else set(words))
                    for p, (chars, words) in zip(patterns, cached)}
        out = {p: _ByFirstChar._analysed(p) for p in patterns}
        _cache.store(name, [[None if part is None else sorted(part) for part in out[p]] for p in patterns])
        return out

    @staticmethod
    def _analysed(pattern: str) -> tuple[set[str] | None, set[str] | None]:
        """The pattern's opening characters (see _opening) and required words (see _required) from one parse of
        it: parsing the patterns was half the cost of building the index."""
        items = _ByFirstChar._parsed(pattern)
        return _ByFirstChar._opening(items), _ByFirstChar._required(items)

    @staticmethod
    def _parsed(pattern: str) -> list[Any] | None:
        if _parse is None:
            return None
        try:
            return list(_parse(pattern, re.I))
        except Exception:  # an expression the analysis does not know: it is tried on every line
            return None

    @staticmethod
    def _opening(pattern: str | list[Any] | None) -> set[str] | None:
        """The characters (folded, see _fold) `pattern` (or its parsed items) opens every match with; None when
        not known."""
        items = _ByFirstChar._parsed(pattern) if isinstance(pattern, str) else pattern
        if items is None:
            return None
        try:
            chars, empty = _first_chars(items, True)
        except Exception:  # an expression the analysis does not know: it is tried on every line
            return None
        return None if empty or chars is None or any(len(c) != 1 for c in chars) else {_fold(c) for c in chars}

    @staticmethod
    def _required(pattern: str | list[Any] | None) -> set[str] | None:
        """The words one of which every match of `pattern` (or its parsed items) holds; None when not known."""
        items = _ByFirstChar._parsed(pattern) if isinstance(pattern, str) else pattern
        if items is None:
            return None
        try:
            return _required_words(items, True)
        except Exception:  # an expression the analysis does not know: it is tried on every line
            return None

    def match(self, text: str, held: Iterable[str] | None = None) -> bool:
        """Whether a pattern matches the whole of `text`; `held`: the words of `self.words` that lowered(text)
        holds (found here when not given)."""
        if held is None:
            held = {word for _, word in self._finder.iter(lowered(text))}
        if self._classes.match(text) is not None:
            return True
        for word in held:
            for pattern in self._classes_by_word.get(word, ()):
                if pattern.match(text) is not None:
                    return True
        first = text[0]
        filed = self._by_char.get(first.lower() if first.isascii() else _fold(first))
        if filed is None:
            return False
        always, by_word = filed
        for pattern in always:
            if pattern.match(text) is not None:
                return True
        for word in held:
            for pattern in by_word.get(word, ()):
                if pattern.match(text) is not None:
                    return True
        return False


# a line is clutter when one of _LINE_PATTERNS matches it whole: the patterns that start at the line's start are tried
# where they can open a match (_ByFirstChar), each scanning one only on a line holding one of its words
class _LineIndex(NamedTuple):
    #: the patterns that start at the line's start, by where they can open a match
    starting: _ByFirstChar
    #: the scanning patterns, each with the words one of which a line it matches holds
    scanning: list[tuple[frozenset[str], _LazyLine]]
    #: finds the words the line patterns require (lower-case) in a line
    words: ahocorasick.Automaton
    #: the scanning patterns filed under each word they require (see _by_word)
    by_word: dict[str, tuple[_LazyLine, ...]]


def _by_word(scanning: list[tuple[frozenset[str], _LazyLine]]) -> dict[str, tuple[_LazyLine, ...]]:
    """The scanning patterns filed under each word they require: a line is tried with those of the words it holds
    only (whether one matches does not depend on the order they are tried in), where testing the line's words
    against each pattern's in turn cost most of the rule's time."""
    out: dict[str, tuple[_LazyLine, ...]] = {}
    for words, pattern in scanning:
        for word in words:
            out[word] = (*out.get(word, ()), pattern)
    return out


_line_index_built: _LineIndex | None = None
_LINE_INDEX_LOCK = threading.Lock()


def line_index() -> _LineIndex:
    """The line patterns, compiled and indexed on first use: building them (analysing and compiling some 380
    expressions) was most of the cost of importing this module, paid by every process that imports it and never
    looks at a line (a `crawl` command that extracts nothing, a test). The crawl's fork server builds them before
    forking its workers (see _preload), which inherit them. Built once under a lock: threads extracting at once
    share one index."""
    global _line_index_built
    index = _line_index_built
    if index is None:
        with _LINE_INDEX_LOCK:
            if _line_index_built is None:
                starting = _ByFirstChar([p for p in _LINE_PATTERNS if isinstance(p, str)])
                scanning = [(frozenset(p.words), _LazyLine(p.pattern)) for p in _LINE_PATTERNS if isinstance(p, _Scan)]
                words = _word_finder(starting.words | {word for words, _ in scanning for word in words})
                _line_index_built = _LineIndex(starting, scanning, words, _by_word(scanning))
            index = _line_index_built
    return index


def compile_line_patterns() -> int:
    """Build the line patterns' index and compile every pattern in it now (the fork server does, so that its
    workers share them); returns how many were compiled."""
    index = line_index()
    patterns = index.starting.filed + [pattern for _, pattern in index.scanning]
    for pattern in patterns:
        pattern.compile()
    return len(patterns)


def words_held(low: str) -> set[str]:
    """The words of the line patterns that `low` (a line lowered, see lowered) holds."""
    return set(map(_WORD_OF_HIT, line_index().words.iter(low)))


#: the word of an automaton's hit, an (end, word) pair (map with it builds the set in C, no Python loop)
_WORD_OF_HIT = itemgetter(1)


_MAX_LINE = 600


#: lines matched with case: a script's settings printed as text ("showPaywall:", "isSubscriber:", "false"), a teaser
#: tagged with its kind in capitals ("China furious at Macron [INSIGHT]|", "… [VIDEO]")
_CASED_LINE = re.compile(
    r"(is|has|show|hide|can|should|enable|disable|use|ad|ads|paywall|page|user|config)[A-Z][A-Za-z]*\s*:"
    r"|true|false|null|undefined"
    r"|[^\[\]]{5,160}\[(INSIGHT|VIDEO|VIDEOS|PICTURES|PICS|PHOTOS|REVEAL|REVEALED|LATEST|POLL|REACTION|"
    r"EXPLAINED|MAP|QUIZ)\]\s*\|?"
    # a press-release wire's sign-off naming the issuer ("SOURCE Halvorsen Cold Chain")
    r"|SOURCE [A-Z0-9][^.!?:;]{1,80}")


#: the Unicode categories of an emoji or a symbol set before a promo's or a label's words
_PICTOGRAMS = frozenset({"So", "Sk", "Cf", "Mn"})


#: a camera opening a line marks a picture's credit: names and an agency, no sentence
_CAMERAS = frozenset("📷📸")
_CREDIT_AFTER_CAMERA = re.compile(r"[^.!?]{1,80}")


def _without_pictograms(text: str) -> str:
    i = 0
    while i < len(text) and (unicodedata.category(text[i]) in _PICTOGRAMS or text[i] == " "):
        i += 1
    return text[i:]


#: the marks a promo or a label line may open with: bullets, bars, and the arrows that are not pictograms (mathematical
#: arrows and angle quotes: "→ Sign up for our morning briefing", "› Mehr zum Thema")
_LEAD_MARKS = "-•·|»›>→⇒⟶➝⇨▷ "


#: the label of an editor's note in the main languages ("Editor's note:", "Anmerkung der Redaktion:", "Note de la
#: rédaction :", "Nota del editor:", "Nota della redazione:"), whose note may be about the site
_EDITOR_NOTE = re.compile(
    r"(editor['’]?s['’]? note|note from the editors?|anmerkung der redaktion|hinweis der redaktion|"
    r"note de la rédaction|n\.?d\.?l\.?r\.?|nota del editor|nota de la redacci[oó]n|nota della redazione|"
    r"nota do editor|nota da redação|noot van de redactie)\s*[:：]\s*(?=\S)", re.I)
_NOTE_LABEL_CHARS = 30


def is_clutter_line(line: str) -> bool:
    """True when the whole line is a known promo or widget label (see module docstring)."""
    text = line.strip().lstrip(_LEAD_MARKS).strip()
    if not text:
        return True
    if len(text) > _MAX_LINE:
        return False
    if _clutter_text(text):
        return True
    if ":" in text[:_NOTE_LABEL_CHARS] and (note := _EDITOR_NOTE.match(text)) is not None:
        # an editor's note about the site, not the story ("Editor's note: This article was first published by …"):
        # the note without its label is a clutter line; one that corrects the story is not
        return _clutter_text(text[note.end():])
    if not text[0].isascii() and unicodedata.category(text[0]) in _PICTOGRAMS:
        camera = text[0] in _CAMERAS
        text = _without_pictograms(text)  # "📱 Download our app", "⏱ 5-minute read"
        if camera and _CREDIT_AFTER_CAMERA.fullmatch(text) is not None:
            return True  # a picture's credit: "📷 Jane Smith / The Courier"
        return bool(text) and _clutter_text(text)
    return False


@lru_cache(maxsize=4096)
def _clutter_text(text: str) -> bool:
    # (cached: a site prints its promos and labels on every page, and a page some lines more than once)
    index = _line_index_built or line_index()  # (the global read alone once built: this runs for every new line)
    held = set(map(_WORD_OF_HIT, index.words.iter(lowered(text))))  # (words_held)
    if index.starting.match(text, held) or (len(text) <= 200 and _CASED_LINE.fullmatch(text) is not None):
        return True
    for word in held:
        for pattern in index.by_word.get(word, ()):
            if pattern.match(text) is not None:
                return True
    return False


#: an ad slot's label left at the end of the paragraph the slot was placed in ("… in public areas. Advertisement",
#: "… Story continues below advertisement"): after the sentence's end, alone; glued to it only when capitalised
#: ("… on Tuesday.Advertisement")
AD_LABELS = ("advertisement", "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "reklame")
_CONTINUES = (r"(story|article) continues (below|after (this |the )?(ad|advertisement))( (this |the )?"
              r"(ad|advertisement))?|continue reading (below|the main story)")
_TRAILING_AD_LABEL = re.compile(
    rf"(?<=[.…\"”’»)])(\s+({'|'.join(AD_LABELS)})|(?-i:{'|'.join(label.capitalize() for label in AD_LABELS)}"
    rf"|ADVERTISEMENT)|\s*({_CONTINUES})\W*)$", re.I)
#: what such a line ends with (lower-case), for the cheap test before the pattern
_AD_LABEL_ENDS = (*AD_LABELS, "below", " ad", "story")
_LABEL_STOPS = " .:…-–—)]"
#: the text before the label is a paragraph's: at least this long (not a heading's "Wovon lebt das Netz? Werbung")
AD_LABEL_AFTER_CHARS = 40


#: a call to subscribe to a plan or a publication named in title case, not the site's own ("Subscribe to Disney's
#: Premium Plan", "Subscribe to The Ledger"): as a subheading over the story's prose, it heads a part of the story;
#: a newsletter, a briefing, a roundup or a podcast named there is a sign-up box's ("Subscribe to The Courier's Morning
#: Briefing", "Subscribe to The Weekly Roundup")
_NAMED_PLAN = re.compile(r"subscribe to (?!our\b)(?!.*\b(newsletters?|briefings?|digest|bulletin|podcasts?|"
                         r"channel|updates|alerts|roundup|round-up|e-?mails?|letter|dispatch)\b)(the )?(?-i:[A-Z0-9])[\w&'’.-]*( (?-i:[A-Z][\w'’-]*)){0,5}\W*", re.I)


def _spare_plan_headings(lines: list[str], clutter: list[bool], subheads: Container[str]) -> None:
    """Unmark (in `clutter`) a subheading between the text's lines that names a third party's plan when the story's
    prose (a line that is no clutter and ends as a sentence) follows it: the words alone are no promo there."""
    for i, line in enumerate(lines[:-1]):
        if (clutter[i] and i and not clutter[i - 1] and not clutter[i + 1] and line in subheads
                and _NAMED_PLAN.fullmatch(line.strip()) is not None and ends_as_prose(lines[i + 1])):
            clutter[i] = False


def drop_clutter_lines(lines: list[str], extra: Iterable[re.Pattern[str]] = (), *,
                       player: Callable[[], bool] | None = None, headings: Container[str] = (),
                       code: Container[str] = (), subheads: Container[str] = ()) -> list[str]:
    """Lines that are not clutter, in order, each without an ad label left at its end. `extra` patterns (from a
    profile) must match the whole line. `player` tells whether the page has a media player (asked only on a line
    that could be its label): an episode's label ("Folge 12: Talbach im Wandel · 34 Min.") is the player's there;
    without one (or without `player`), such a line is a review's or a guide's own heading. `headings` are the lines
    that were subheadings between the text's lines: a live badge's words there ("Live", "Liveticker") head a part
    of the story. `code` are the lines of the text's code blocks: a programming story's code, whatever it reads
    like. `subheads` are the text's section headings between two paragraphs: a third party's plan named there
    ("Subscribe to Disney's Premium Plan") heads a part of the story."""
    extra = tuple(extra)
    out = []
    has_player: bool | None = None
    lines = drop_tag_list(drop_contact_block(drop_author_note(drop_shoot_credits(lines))))
    clutter = [is_clutter_line(line) and line not in code
               and not (line in headings and _LIVE_BADGE.fullmatch(line.strip()) is not None)
               for line in lines]
    if subheads:
        _spare_plan_headings(lines, clutter, subheads)
    boxed = _labels_between_clutter(lines, clutter, headings) if sum(clutter) >= 2 else set()
    if any(clutter):
        boxed |= _wrapped_clutter(lines, clutter)
    for i, line in enumerate(lines):
        if i in boxed and line not in code:
            continue
        if clutter[i]:
            if out and len(line) >= ORPHAN_NOTE_CHARS and _orphan_label(out[-1]):
                out.pop()  # the label over the note that goes ("Bitte beachten:" over a risk warning)
            continue
        if extra and any(p.fullmatch(line.strip()) for p in extra):
            continue
        if player is not None and EPISODE_LABEL.fullmatch(line.strip()) is not None:
            if has_player is None:
                has_player = player()
            if has_player:
                continue
        out.append(strip_ad_label(line))
    if out and _orphan_label(out[-1]) and _MEDIA_WORD.search(out[-1]) is None:
        # a label closing the text: what it introduced went (a box the markup rules took); not one over the pictures
        # or the video that close the story, which are no text ("See more photos:", "Mehr Bilder:")
        out.pop()
    if len(out) > 1 and "/" in out[-1] and _CLOSING_SOURCES.fullmatch(out[-1].strip()) is not None:
        out.pop()  # the outlets the story comes from, closing it ("Tagesblatt / Agenturen", "Kurier / Diario Norte")
    return drop_trailing_addresses(out)


#: the outlets a story comes from, named alone on the text's last line, two or three set apart by slashes, each a
#: capitalised name of three words at most ("Tagesblatt / Agenturen", "Kurier / Diario Norte"): a sign-off, no text
_CLOSING_OUTLET = r"[A-ZÀ-Þ][\w'’.&-]*( [A-ZÀ-Þ][\w'’.&-]*){0,2}"
_CLOSING_SOURCES = re.compile(rf"(?-i:{_CLOSING_OUTLET}(\s/\s{_CLOSING_OUTLET}){{1,2}})")


#: a widget's labels left between its clutter lines: at most this many lines in a row, each this short at most
BOXED_LABEL_LINES = 5
BOXED_LABEL_WORDS = 4
BOXED_LABEL_CHARS = 40


def _short_label(line: str) -> bool:
    text = line.strip()
    return (len(text) <= BOXED_LABEL_CHARS and len(text.split()) <= BOXED_LABEL_WORDS
            and not text.endswith((".", "!", "?", "…", ":", ",")))


def _box_edge(line: str) -> bool:
    """A clutter line that can close a widget's labels on one side: not an ad slot's label, which a page sets
    between the story's own paragraphs and subheadings, nor a label carrying its own content ("Photo: Jana Roth",
    "Read more: Storm closes coastal road", "© Tom Alder"), a credit or a related link the page sets between a
    gallery's captions or a live blog's short subheadings."""
    text = line.strip()
    return ":" not in text and not text.startswith(("©", "(©")) and lowered(text.strip(" .:·-–—")) not in AD_LABELS


def _labels_between_clutter(lines: list[str], clutter: list[bool], headings: Container[str]) -> set[int]:
    """The indexes of short lines (a few words, no sentence: a widget's title or its tabs, "Week in Review",
    "Neutral", "Positive") lying, a few in a row, between two clutter lines: a box whose promo or label lines
    go leaves them in the text. Not the text's subheadings (`headings`), not lines between two ad labels."""
    out: set[int] = set()
    i, n = 1, len(lines)
    while i < n - 1:
        if clutter[i] or not clutter[i - 1] or not _box_edge(lines[i - 1]):
            i += 1
            continue
        j = i
        while j < n and j - i <= BOXED_LABEL_LINES and not clutter[j] and _short_label(lines[j]) \
                and lines[j] not in headings:
            j += 1
        if i < j < n and j - i <= BOXED_LABEL_LINES and clutter[j] and _box_edge(lines[j]):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


#: a clutter line's wrapped end: this short at most
WRAPPED_CLUTTER_CHARS = 80


def _wrapped_clutter(lines: list[str], clutter: list[bool]) -> set[int]:
    """The indexes of lines that end a clutter line broken in two: a short line opening in lower case right after a
    clutter line that stops without a sentence's end ("Get bite-sized news via a new" / "cards interface. Give it a
    try."), the promo's own words. Not after an ad slot's label, which may split a story's sentence, nor after a
    label and its link ("Read more: Storm closes coastal road") or a label of a few words ("Most read"), which stop
    without a full stop though whole."""
    out: set[int] = set()
    for i in range(1, len(lines)):
        if not clutter[i - 1] or clutter[i]:
            continue
        text, before = lines[i].strip(), lines[i - 1].strip()
        if (text and text[0].isalpha() and len(text) <= WRAPPED_CLUTTER_CHARS and _wrapped_end(text)
                and before and before[-1].isalnum() and ":" not in before
                and len(before.split()) >= WRAPPED_CLUTTER_WORDS and _box_edge(before)):
            out.add(i)
    return out


#: a clutter line broken in two: its first part has at least this many words (a promo's sentence, not a label)
WRAPPED_CLUTTER_WORDS = 5
#: the story's line opening with a name's particle ("de Vries", "von der Leyen", "van Gogh"): words in lower case,
#: then a capital
_PARTICLE_NAME = re.compile(r"(\w+ ){1,2}[A-Z]")


def _wrapped_end(text: str) -> bool:
    """A line that may be the end of a sentence broken off: its first word wholly in lower case and letters only
    (not a brand's "iPhone", "eBay", nor "18-year-old", "e-bikes" opening the story's line), not a name's particle."""
    first = text.split()[0]
    return first.isalpha() and first.islower() and _PARTICLE_NAME.match(text) is None


#: the roles a photo shoot's credits name, in the main languages (who styled, made up, did the hair, cast, shot)
_SHOOT_ROLE = re.compile(
    r"\b(styling|stylist|stylistin|styliste|stylisme|estilismo|estilista|hair|haare|haar|coiffure|peluquería|"
    r"capelli|cabelo|make-?up|maquillage|maquillaje|trucco|maquiagem|visagie|grooming|nails|manicure|maniküre|"
    r"set ?design|scénographie|casting|photography|photographer|photos?|fotos?|fotografie|fotograf|fotografin|"
    r"photographe|fotógrafo|fotografo|photographie)\b", re.I)
#: a credit's line: a role of a few words, a colon, then who, a name opening in capitals ("Styling: KATE ROE",
#: "Make-up: Lucy Ash with products by …", "Casting Director: Rosie Vale"); no sentence after the colon, no award
_CREDIT_LINE = re.compile(
    # (not an award's category: "Best make-up: JANA ROTH" in a list of a show's winners)
    r"(?!(best|outstanding|beste[rns]?|meilleure?s?|mejor(es)?|migliori?|melhor(es)?|prix|premio|prêmio|preis|award)\b)"
    r"(?P<role>[^\W\d][\w&'’.-]*( [\w&'’.-]+){0,4})\s?:\s*(?P<who>(?-i:[A-ZÄÖÜ][A-ZÄÖÜ'’.-]+\b|"
    r"[A-ZÄÖÜ][\w'’.-]+ [A-ZÄÖÜ])[^.!?]{0,100})", re.I)
#: the label over a shoot's credits ("Credits:", "Full Credits Fotoshoot:", "Crédits :")
_CREDITS_LABEL = re.compile(r"[^.!?:]{0,30}\b(credits|crédits|créditos|crediti)\b[^.!?:]{0,30}\s?:?", re.I)
#: a shoot's credits are a run of at least this many such lines, this many of them the shoot's own roles
SHOOT_CREDIT_LINES = 3
SHOOT_ROLE_LINES = 2
SHOOT_CREDIT_CHARS = 140


def drop_shoot_credits(lines: list[str]) -> list[str]:
    """`lines` without a photo shoot's credits, as magazines print them under a cover story or a fashion series
    ("Styling: KATE ROE", "Hair: Sam Vale", "Make-up: Lucy Ash with products by …", "Casting Director: …"): a run
    of short lines, each a role, a colon and a name, two of them at least the shoot's own roles, and the label over
    them ("Credits:"). The credits of the pictures, as a picture's credit line is. A look's description ("Hair:
    sleek and low") names no one; a spec sheet's lines ("Display: 6.1 inches") no shoot's role."""
    if sum(":" in line for line in lines) < SHOOT_CREDIT_LINES:
        return lines  # (the cheap test first: most texts have no run of labelled lines)
    drop: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        match = _CREDIT_LINE.fullmatch(line.strip()) if len(line) <= SHOOT_CREDIT_CHARS else None
        if match is not None:
            run.append(i)
            continue
        if len(run) >= SHOOT_CREDIT_LINES and sum(
                _SHOOT_ROLE.search(_CREDIT_LINE.fullmatch(lines[j].strip())["role"]) is not None
                for j in run) >= SHOOT_ROLE_LINES:
            drop.update(run)
            if run[0] and _CREDITS_LABEL.fullmatch(lines[run[0] - 1].strip()):
                drop.add(run[0] - 1)
        run = []
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


#: a label over a note: a few words ending with a colon, no sentence ("Please note:", "Bitte beachten:", "Important :")
_LABEL_LINE = re.compile(r"[^\W\d][^.!?:]{0,30}\s?[:：]", re.I)
ORPHAN_LABEL_WORDS = 4
_MEDIA_WORD = re.compile(r"\b(photos?|pictures?|images?|pics|gallery|galleries|videos?|clips?|fotos?|bilder|"
                         r"bildergalerie|galerie|vidéos?|galería|imágenes|vídeos?|galleria|immagini)\b", re.I)
#: … a label goes with the clutter line after it when that line is a note this long, not a widget's word
#: ("Ingredients:" over an "Advertisement" over the list stays)
ORPHAN_NOTE_CHARS = 60


def _orphan_label(line: str) -> bool:
    text = line.strip()
    return _LABEL_LINE.fullmatch(text) is not None and len(text.split()) <= ORPHAN_LABEL_WORDS


_AUTHOR_BOX_LINE = re.compile(rf"{AUTHOR_BOX_LABEL}\W*", re.I)
#: an author's note after its label: a line or two, each no longer than a short paragraph
AUTHOR_NOTE_LINES = 2
AUTHOR_NOTE_CHARS = 400


def drop_author_note(lines: list[str]) -> list[str]:
    """`lines` without an author's box left at the end of the text: its label ("About the author", "Sobre la
    firma") and the short note after it ("Jane Ruiz covers transport and local government …"), which the label
    alone, going as clutter, would leave as the story's last paragraph. A label followed by more than a note is
    left to the line rules."""
    for at in range(max(0, len(lines) - AUTHOR_NOTE_LINES - 1), len(lines) - 1):
        if _AUTHOR_BOX_LINE.fullmatch(lines[at].strip()) is not None:
            if all(len(line) <= AUTHOR_NOTE_CHARS for line in lines[at + 1:]):
                return lines[:at]
            break
    return lines


#: what a note on a person says first after the name ("Jana Roth is a reporter …", "Jana Roth ist Redakteurin …",
#: "Jana Roth, 34, covers …"): what the person is, as a role (an indefinite article, a German noun, a bare noun in
#: French, Spanish or Italian, "the Courier's"), or the work the note's verbs name, in the main languages. Not a state
#: or an event, which a story tells of its subject ("Jana Roth is the third reporter to be detained", "is leaving the
#: paper", "est arrêtée", "è stata", "was a reporter at the Courier for forty years" in an obituary)
_BIO_VERB = re.compile(
    r"(,[^,.!?]{1,40},)?\s+((is|ist|est|es|è) (a|an|ein|eine|un|une|una|uno)\b|is the (?-i:[A-Z])[\w.-]*"
    r"( (?-i:[A-Z])[\w.-]*){0,3}['’]s\b|ist (?-i:[A-ZÄÖÜ])|(est|es|è) (?!(la|le|les|el|los|las|il|lo|gli|i|stato|"
    r"stata|stati|state|devenu|devenue|morte?|morta|muert[oa])\b)[^\W\d]+(?<![éÉ])(?<!ée)(?<!és)(?<!ées)(?<!ado)"
    r"(?<!ada)(?<!ido)(?<!ida)(?<!ato)(?<!ata)(?<!ito)(?<!ita)(?<!uto)(?<!uta)\b|"
    r"(writes|covers|reports|has (been (a|an|covering|writing|reporting)|covered|written|reported)|joined|schreibt|"
    r"berichtet|arbeitet|écrit|couvre|travaille|escribe|cubre|trabaja|scrive|segue|lavora)\b)", re.I)
#: a denial between the verb and the role: "was never a reporter", "war nie Journalistin", "n'était pas" is a story's
#: statement about the person, never a note on the author's career
_NEVER = r"(not|never|nie|nicht|niemals|kein\w*|pas|jamais|nunca|mai|non|niet|nooit|geen|nem|não)"
#: the author's career told in the past, right after the name: a past "was" or "worked" and, a few words on, the
#: newsroom role it was ("Jana Roth war 20 Jahre Korrespondentin in Rom", "… was the paper's Rome correspondent for
#: 20 years and now writes about …", "… fue corresponsal en Roma"), no participle between ("was detained while
#: working as a reporter" tells what befell the person); not in an obituary or a report of someone's words
_PAST_ROLE = re.compile(
    rf"\s+(was|war|fue|era|foi|a été|è stat[oa]|ha sido|werkte|worked|arbeitete|a travaillé|trabajó|ha lavorato|"
    rf"trabalhou|spent|verbrachte|a passé|pasó|passou)\b(\s+(?![\w'’-]*(ed|ing)\b)(?!{_NEVER}\b)[\w'’-]+){{0,6}}?"
    r"\s+\w*(correspond|korrespondent|corrispondent|"
    r"corresponsal|reporter|repórter|reporter[oa]|redakteur|rédact|redact|redat|journalist|giornalist|jornalist|"
    r"periodist|columnist|kolumnist|chroniqueu|cronista|editor|éditorialiste|editorialista|verslaggever|inviat[oa]|"
    r"chefredakt|anchor|moderator|présentat|presentador)\w*\b", re.I)
_NOT_A_NOTE = re.compile(r"\b(died|dies|death|obituary|starb|verstorben|gestorben|tod|mort|morte|décès|décédée?|"
                         r"murió|falleció|muerte|morto|morta|morreu|faleceu|overleden|overleed|"
                         # (or a report of what befell the person: "…, the union said")
                         r"said|says|according to|sagte|teilte|a déclaré|selon|dijo|según|ha detto|secondo|disse|"
                         r"segundo|zei|volgens|"
                         # (or a scene told of the person: "… a reporter in Rome when the war began", "…, raconte-t-elle",
                         # "… als die Bibliothek eröffnet wurde"; a note tells a career, not a moment or a memory)
                         r"when|while|quand|lorsque|cuando|mientras|quando|enquanto|toen|terwijl|"
                         r"als (der|die|das|er|sie|ich|wir|es|man)|recalls|remembers|erinnert|raconte|se souvient|"
                         r"recuerda|ricorda|racconta|lembra|herinnert|\w+-t-(il|elle)|dit-(il|elle))\b", re.I)
#: a day an event befell the person on ("was arrested on Monday", "wurde am Montag festgenommen", "a été arrêtée
#: lundi", "fue detenida el lunes", "ieri", "yesterday"): a story's sentence, where a note on the author tells a
#: career, in years. A weekday that recurs ("writes the Monday column", "le lundi", "los lunes", "ogni lunedì") is
#: none
_EVENT_DAY = re.compile(
    r"\b((on|last|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night|"
    r"(am|letzten|vergangenen) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)|"
    r"gestern|vorgestern|"
    r"(?<!le )(?<!du )(?<!les )(?<!chaque )(?<!tous les )(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"( dernier| matin| soir)?\b(?! (soir|matin)s\b)|hier (matin|soir)|avant-hier|"
    r"el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|anoche|"
    r"(?<!il )(?<!ogni )(?<!la )(?<!del )(?<!della )(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)|ieri|"
    r"(na|no) (segunda|terça|quarta|quinta|sexta|sábado|domingo)(-feira)?|ontem|"
    r"(op|afgelopen|vorige) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|gisteren)\b", re.I)
#: the days of the week in the languages _EVENT_DAY reads (and _ANY_WEEKDAY, with more spellings)
_WEEKDAYS = (r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
             r"samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
             r"jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|"
             r"quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)")
#: a second weekday right after a first ("on Monday and Thursday", "lundi et jeudi"): a schedule, which recurs
_SECOND_WEEKDAY = re.compile(rf"(-feira)?,?\s+\w{{1,4}}\s+(\w{{1,3}}\s+)?{_WEEKDAYS}\b", re.I)


def _event_day(text: str, start: int) -> bool:
    """Whether `text` names, from `start` on, a day an event befell someone on (see _EVENT_DAY). A capitalised
    match inside a sentence is a title, not a day ("the author of Yesterday's Harbour", "hosts This Sunday",
    "présente Dimanche Politique"), and two weekdays together are a schedule ("writes on Monday and Thursday")."""
    for m in _EVENT_DAY.finditer(text, start):
        before = text[:m.start()].rstrip()
        if m.group()[0].isupper() and before and before[-1] not in ".!?":
            continue
        if _SECOND_WEEKDAY.match(text, m.end()) is not None:
            continue
        return True
    return False


#: a note on the story's author is a short paragraph: at most this many characters
AUTHOR_BIO_CHARS = 600
#: an author named by this many words at least (a full name: "Reuters" or a first name alone opens other lines)
AUTHOR_BIO_NAME_WORDS = 2


def drop_author_bios(paragraphs: list[str], authors: list[str]) -> list[str]:
    """`paragraphs` without the note on the story's author that a box set between the story's paragraphs, or around
    them ("Jana Roth is a reporter who covers local government …", "Jana Roth ist Redakteurin im Ressort …"): a
    short paragraph opening with the full name of one of the story's `authors` and what that person is or does
    (the text's last paragraph may name the author after a title of a few words, see AUTHOR_TITLE_WORDS).
    The text's own paragraphs speak of its author in the first person; a note on someone else (an expert quoted)
    names a person the byline does not. The only paragraph of a text stays."""
    names = [a for a in authors if len(a.split()) >= AUTHOR_BIO_NAME_WORDS]
    if not names or len(paragraphs) < 2:
        return paragraphs
    last = len(paragraphs) - 1
    return [p for i, p in enumerate(paragraphs) if not _author_bio(p, names, titled=i == last)]


#: the note closing a guest author's piece may name the author after a title of a few words ("The historian Jana
#: Roth is …", "Die Ökonomin Jana Roth ist …", "Former ambassador Jana Roth is …"): at most this many words
AUTHOR_TITLE_WORDS = 4
#: such a title: capitalised, words only (no sentence or clause before the name)
_AUTHOR_TITLE = re.compile(rf"[A-ZÄÖÜÉ][\w'’-]*\.?( [^\W\d][\w'’-]*\.?){{0,{AUTHOR_TITLE_WORDS - 1}}} ")


def _author_bio(paragraph: str, names: list[str], *, titled: bool = False) -> bool:
    """Whether `paragraph` is a note on one of the authors `names` (see drop_author_bios); `titled`: the name may
    follow a title of a few words (the text's last paragraph, where a guest author's note stands)."""
    if len(paragraph) > AUTHOR_BIO_CHARS:
        return False
    paragraph = paragraph.lstrip()
    for name in names:
        text = paragraph
        if not text.startswith(name):
            at = text.find(" " + name) + 1 if titled else 0
            if at <= 0 or _AUTHOR_TITLE.fullmatch(text, 0, at) is None:
                continue
            text = text[at:]
        if _event_day(text, len(name)):
            return False
        if _BIO_VERB.match(text, len(name)) is not None:
            return True
        if _PAST_ROLE.match(text, len(name)) is not None and _NOT_A_NOTE.search(text) is None:
            return True
    return False


_CONTACT_LABEL_LINE = re.compile(rf"({CONTACT_LABEL})\s*:?", re.I)
_REACH = re.compile(rf"{_PHONE}|[\w.+-]+@[\w-]+(\.[\w-]+)+")
#: a contact block: at most this many lines after its label, each at most this long
CONTACT_BLOCK_LINES = 10
CONTACT_LINE_CHARS = 120


def drop_contact_block(lines: list[str]) -> list[str]:
    """`lines` without the contacts block that ends a press release: its label ("Media Contact:", "Contacts") and
    the short lines after it, names, titles, addresses and numbers, one at least a number or an e-mail address
    (clutter lines after them, a wire's link to the release, go too)."""
    start = max(0, len(lines) - CONTACT_BLOCK_LINES - 1)
    for i in range(len(lines) - 2, start - 1, -1):
        if _CONTACT_LABEL_LINE.fullmatch(lines[i].strip()):
            block = lines[i + 1:]
            if all(len(b) <= CONTACT_LINE_CHARS or is_clutter_line(b) for b in block) and any(
                    _REACH.search(b) for b in block):
                return lines[:i]
    return lines


#: the tags' label alone on its line, with its colon ("Tags:", "Etiketler :"; a bare "Tag" is also a German day)
_TAG_LABEL_LINE = re.compile(rf"({TAG_LABELS})\s*[:：]", re.I)
#: a tag list closing the text: at most this many tags after its label
TAG_LIST_LINES = 12


def drop_tag_list(lines: list[str]) -> list[str]:
    """`lines` without the tag list that closes them: the tags' label alone on its line ("Tags:", "Etiketler :") and
    the tags after it to the text's end, each a short label (a few words, no sentence): links to the site's topic
    pages that the markup rules left (the label alone is a clutter line, the topics' names are not)."""
    start = max(0, len(lines) - TAG_LIST_LINES - 1)
    for i in range(start, len(lines) - 1):
        if _TAG_LABEL_LINE.fullmatch(lines[i].strip().lstrip(_LEAD_MARKS).strip()) is not None and all(
                _short_label(line.strip().lstrip(_LEAD_MARKS)) for line in lines[i + 1:]):
            return lines[:i]
    return lines


#: the page's own tags printed under the text: at least this many of them, one to a line
CLOSING_TAG_LINES = 2


def drop_closing_tags(lines: list[str], tags: Iterable[str]) -> list[str]:
    """`lines` without the tags that close them: a run of at least CLOSING_TAG_LINES lines at the text's end, each
    one of the tags the page declares (its keywords, "article:tag", the JSON-LD's keywords), whole: the links to
    its topic pages, without a label, that the markup rules left. A story ending on a word it is tagged with ends
    in a sentence, not in a run of them."""
    if len(lines) <= CLOSING_TAG_LINES:
        return lines
    names = {" ".join(tag.split()).casefold() for tag in tags if tag}
    if not names:
        return lines
    i = len(lines)
    while i > 1 and " ".join(lines[i - 1].strip().lstrip(_LEAD_MARKS).split()).casefold() in names:
        i -= 1
    return lines[:i] if len(lines) - i >= CLOSING_TAG_LINES else lines


#: a month's name in English, German, French, Spanish, Italian, Dutch or Portuguese, whole or cut short, and
#: nothing longer ("mars" and "marzo" but not "market", "Dec." but not "decades"): the short forms that are also
#: words ("out", "set", "gen", "mag") only with their full stop
_ANY_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
              r"januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
              r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
              r"decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
              r"diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
              r"januari|februari|maart|mei|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
              r"novembro|dezembro|"
              r"(jan|janv|feb|févr|fevr|fev|mar|mär|mrz|mrt|apr|avr|abr|jun|jul|juil|aug|ago|sep|sept|oct|okt|nov|"
              r"dec|déc|dez|dic|ene|giu|lug)\.?|(out|set|gen|mag)\.)(?!\w)")
#: a day and month as pages print them, the day first or last ("4 March", "4. März", "1er mars", "4 de marzo",
#: "March 4th", "Sept. 11")
_DAY_MONTH = (rf"(\d{{1,2}}(st|nd|rd|th|er|\.)?\s*(de\s+)?{_ANY_MONTH}|{_ANY_MONTH}\s*\d{{1,2}}(st|nd|rd|th)?)")
#: the day of the week a stamp may open with, in the same languages ("Montag, 4. März", "mardi 4 mars",
#: "terça-feira, 4 de março"), whole or cut short with its full stop
_ANY_WEEKDAY = (rf"(({_WEEKDAYS}|miercoles|sabado|lunedi|martedi|mercoledi|giovedi|venerdi|terca|"
                r"(segunda|terça|terca|quarta|quinta|sexta)-feira)(?!\w)|"
                r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.),?\s+")
_LONE_DATE = re.compile(rf"(- )?({_EN_DATE}|({_ANY_WEEKDAY})?{_DAY_MONTH},?\s+(de\s+)?\d{{4}})\W*", re.I)
#: a day and month without the year, as blog platforms print a post's date in the year it was written ("Mar 4",
#: "4 March", "4 mars", "4. März"), alone or as an item of the header's list of stamps ("- Mar 4")
_LONE_DAY = re.compile(rf"(- )?({_ANY_WEEKDAY})?{_DAY_MONTH}\W*", re.I)


def is_date_stamp(line: str) -> bool:
    """Whether `line` is a date alone, with or without its year ("Tuesday, March 4, 2025", "4. März")."""
    line = line.strip()
    return _LONE_DATE.fullmatch(line) is not None or _LONE_DAY.fullmatch(line) is not None


#: the labels a page prints its stamp after, in the main languages of the news ("Updated", "Last updated",
#: "Aktualisiert", "Mis à jour", "Publicado", "Pubblicato", "Bijgewerkt", "Uppdaterad"…), then a colon or the small
#: word before a date ("Updated on", "Aktualisiert am", "Publié le", "Publicado el", "Publicado em")
_DATE_LABEL = (r"((last|zuletzt|first|originally|erstmals)\s+)?(updated|published|posted|modified|"
               r"aktualisiert|veröffentlicht|geändert|stand|publié|mis à jour|modifié|actualizado|actualizada|"
               r"publicado|publicada|atualizado|atualizada|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
               r"uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet|publiceret|julkaistu|päivitetty)"
               r"(\s*:\s*|\s+)((on|at|am|le|el|em|il|den|op)\s+)?")
#: a date after its label alone, with or without its weekday, year and time ("Updated March 4", "Updated: March 4,
#: 2025 at 9:15 a.m.", "Publicado el 12 de marzo de 2024", "Aktualisiert am 4. März, 14:30 Uhr", "Mis à jour le 4
#: mars 2025", "Stand: 04.03.2025"), and at most one word more (a time zone: "… 9:15 a.m. ET"): a sentence that
#: opens with such words goes on ("Updated March 4 figures show …")
_LABELLED_DATE = re.compile(
    rf"{_DATE_LABEL}({_ANY_WEEKDAY})?({_DAY_MONTH}(,?\s*(de\s+)?\d{{4}})?|\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})"
    r"(,?\s*((at|um|à|a las|às|alle|kl\.?|om|-|–)\s*)?\d{1,2}([:.h]\d{2}\s*([ap]\.?\s?m\b\.?|uhr|h\b)?"
    r"|\s*[ap]\.?\s?m\b\.?))?"
    r"(\s+[^\s\d]{1,12})?\W*", re.I)
#: the longest line that is a labelled date (_LABELLED_DATE): a date and its label are short, the test cheap
DATE_LINE_CHARS = 80


def drop_leading_date(lines: list[str]) -> list[str]:
    """`lines` without a date alone as their first line ("March 7, 2025", "Mar 4": the page's stamp above the text;
    a date alone further down may head a part of a chronology), or after its label ("Updated March 4", "Publicado el
    12 de marzo de 2024"; _LABELLED_DATE: the label makes it the page's stamp, never a chronology's heading). A day
    without its year goes only when no other line is one: a text of such lines is a chronology ("March 4" … "March
    5" …), its first day heads its first part."""
    if len(lines) < 2:
        return lines
    first = lines[0].strip()
    if _LONE_DATE.fullmatch(first):
        return lines[1:]
    if len(first) <= DATE_LINE_CHARS and _LABELLED_DATE.fullmatch(first):
        return lines[1:]
    if _LONE_DAY.fullmatch(first) and not any(_LONE_DAY.fullmatch(line.strip()) for line in lines[1:]):
        return lines[1:]
    return lines


_BARE_ADDRESS = re.compile(r"[(\[<]?[\w.+-]+@[\w-]+(\.[\w-]+)+[)\]>]?\.?")


def drop_trailing_addresses(lines: list[str]) -> list[str]:
    """`lines` without the e-mail address that ends them alone, the reporter's sign-off ("jieun@example.kr"),
    unless the line before introduces it ("Forward the message to:"): then the text gives its readers the
    address."""
    while lines and _BARE_ADDRESS.fullmatch(lines[-1].strip()) and not (
            len(lines) > 1 and lines[-2].rstrip().endswith((":", "："))):
        lines = lines[:-1]
    return lines


def strip_ad_label(line: str) -> str:
    """`line` without an ad slot's label left at its end (see _TRAILING_AD_LABEL)."""
    line = line.rstrip()
    if not line[-16:].rstrip(_LABEL_STOPS).lower().endswith(_AD_LABEL_ENDS):
        return line
    m = _TRAILING_AD_LABEL.search(line, max(0, len(line) - 60))
    return line[:m.start()] if m and m.start() >= AD_LABEL_AFTER_CHARS else line
