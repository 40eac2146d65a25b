"""Paywalls: is the article behind one, and which lines are the subscription prompt rather than the article.

`access` is decided from, in order: the page's JSON-LD `isAccessibleForFree` (true -> free, false ->
paywalled); then a subscription prompt among the body lines ("Subscribe to continue reading", "This article
is for subscribers only", …) -> paywalled; then paywall markup (a `paywall`, `regwall` or `subscriber-only`
module) around a body too short to be a whole article -> paywalled; otherwise unknown. Prompt lines never
stay in the body: a page whose only text is the prompt is stored paywalled with an empty body.
"""

from __future__ import annotations

import re

import lxml.etree as etree

from ._source import PageSource, may_mention

_PROMPTS = [
    r"(subscribe|sign in|log in|register|become a (member|subscriber)|start your (free )?trial)( now| today)?"
    r"( for free)? to (continue reading|read (the full|the rest of this|this|more)|keep reading|unlock|access).*",
    r"(to )?(continue|keep) reading,? (please )?(subscribe|sign in|log in|register|create a free account).*",
    r"(this|the full) (article|story|content|piece) is (only )?(available|reserved|exclusive)?\s*(only )?"
    r"(to|for) (paying )?(subscribers|members|premium (members|subscribers))( only)?\W*",
    r"(this|the) (article|story|content) is for (paying )?(subscribers|members)( only)?\W*",
    r"(subscribers|members) only\W*",
    r"already (a|an) (subscriber|member)\??\s*(sign|log) ?in.*",
    r"already (a|an) (subscriber|member)\W*",
    r"you('ve| have) (reached|read|used) (your|all of your|the) (limit|\d+ free|free) .{0,60}",
    r"you have \d+ free (articles?|stories) (left|remaining).{0,60}",
    r"(create|register for) a free account to (continue|read|keep).{0,80}",
    r"(get|unlock) (unlimited|full|digital) access.{0,100}",
    r"(only|just) [$€£¥]\s?\d+([.,]\d+)?\s*(/|a|per) ?(week|month|year|wk|mo).{0,80}",
    r"[$€£¥]\s?\d+([.,]\d+)?\s*(/|a|per) ?(week|month|year|wk|mo) .{0,40}(subscri|access|cancel).{0,60}",
    r"(weiterlesen|jetzt weiterlesen) mit .{1,40}(abo|plus|\+).{0,60}",
    r"(dieser artikel|dieser inhalt) ist (nur )?für (abonnenten|abonnentinnen|plus-kunden).{0,60}",
    r"(leia|continue lendo|para continuar lendo).{0,40}(assinante|assine).{0,60}",
    r"(este|el) (artículo|contenido) es (exclusivo|solo) para (suscriptores|socios).{0,40}",
    r"(cet article|la suite) est réservée? aux abonnés.{0,40}",
    r"il vous reste [\d.,]+ ?% de cet article à lire.{0,80}",
    r"この記事は(有料)?会員限定(記事)?です.{0,60}",
    r"(続き|残り)(は|を).{0,20}(会員|有料|ログイン|登録).{0,40}",
    r"유료 ?(기사|회원|구독).{0,60}",
    r"이 기사는 .{0,20}(구독자|회원) ?전용.{0,40}",
]
PROMPT_RE = re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in _PROMPTS) + r")$", re.I)
_MAX_PROMPT = 300

# Only the presence of such markup matters: the attribute values are read as plain strings, in one pass each,
# with no element built for Python.
_DATA_PAYWALL = etree.XPath("boolean(//@data-paywall) or boolean(//@data-testid[. = 'paywall'])")
_CLASSES = etree.XPath("//@class", smart_strings=False)
_IDS = etree.XPath("//@id", smart_strings=False)
_CLASS_WORDS = ("paywall", "regwall", "subscriber-only", "subscribers-only")
#: every name the markup test looks for (the data attributes and ids say "paywall") holds one of these
_WORDS = tuple(w.encode() for w in _CLASS_WORDS)


#: a body shorter than this next to paywall markup is a teaser, not the article
SHORT_BODY_WORDS = 120


def is_prompt(line: str) -> bool:
    text = line.strip().lstrip("-•· ").strip()
    return bool(text) and len(text) <= _MAX_PROMPT and PROMPT_RE.match(text) is not None


def has_paywall_markup(tree: etree._Element, source: PageSource | None = None) -> bool:
    """A paywall module in the page: a data-paywall attribute, a class naming a paywall, regwall or subscriber-only
    block, an id naming a paywall. With the page's `source`, a page that never writes those words is answered
    without a scan."""
    if not may_mention(source, *_WORDS):
        return False
    try:
        if _DATA_PAYWALL(tree):
            return True
        classes = "\n".join(_CLASSES(tree)).lower()
        if any(word in classes for word in _CLASS_WORDS):
            return True
        return "paywall" in "\n".join(_IDS(tree)).lower()
    except etree.XPathEvalError:
        return False


def markup_counts(accessible_for_free: bool | None, prompt_seen: bool, body_words: int) -> bool:
    """Whether decide_access looks at the paywall markup, given the other facts."""
    return accessible_for_free is None and not prompt_seen and body_words < SHORT_BODY_WORDS


def decide_access(accessible_for_free: bool | None, prompt_seen: bool, markup: bool, body_words: int) -> str:
    if accessible_for_free is False:
        return "paywalled"
    if accessible_for_free is True:
        return "free"
    if prompt_seen:
        return "paywalled"
    if markup and body_words < SHORT_BODY_WORDS:
        return "paywalled"
    return "unknown"
