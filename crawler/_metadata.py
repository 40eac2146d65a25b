"""Page metadata from structured sources: JSON-LD, Open Graph and other meta tags, microdata, `<title>`,
`<h1>`, `<html lang>` and `<link rel=canonical>`.

Nothing here decides; it collects. `Metadata` holds every candidate in the order of trust, and the
extraction step picks from it (a profile's selectors come first).
"""

from __future__ import annotations

import copy
import html
import itertools
import json
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree as etree

from ._html import attribute_values, classed, holding, norm_space, owners, text_length, text_of
from ._source import PageSource, may_mention
from ._text import LETTER_RUN, match_key
from ._urls import site_of

ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenews", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "socialmediaposting",
        "liveblogposting", "scholarlyarticle", "techarticle", "report", "satiricalarticle", "advertisercontentarticle",
        "medicalscholarlyarticle", "posting",
    }
)
PERSON_TYPES = frozenset({"person"})


@dataclass
class Metadata:
    url: str | None = None
    canonical: str | None = None
    og_url: str | None = None
    titles: list[str] = field(default_factory=list)  # JSON-LD headline, og:title, twitter:title
    jsonld_headline: str | None = None  # the first of `titles` when the JSON-LD declares one
    html_title: str | None = None
    h1: list[str] = field(default_factory=list)
    #: the first five <h1> elements themselves, in document order (read for the dek under the headline)
    h1_elements: list[etree._Element] = field(default_factory=list, repr=False, compare=False)
    descriptions: list[str] = field(default_factory=list)
    alternative_headline: str | None = None
    authors: list[str] = field(default_factory=list)  # person credits, most trusted first
    bylines: list[str] = field(default_factory=list)  # visible byline texts ("By Jane Doe"), a fallback
    #: the credits by source, most trusted first: "jsonld", "meta", "microdata", "byline" (each source's own list)
    author_sources: dict[str, list[str]] = field(default_factory=dict)
    organisations: list[str] = field(default_factory=list)  # organisation credits (agency candidates)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    site_name: str | None = None
    publisher: str | None = None  # the JSON-LD publisher's name
    #: whether the JSON-LD publisher is a Person (a columnist's or a blogger's own site names its writer so)
    publisher_person: bool = False
    #: the JSON-LD sourceOrganization's name (the newsroom that made the story, a publisher's other name)
    source_organization: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    accessible_for_free: bool | None = None
    article_body: str | None = None
    jsonld_types: list[str] = field(default_factory=list)
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # every article-like object, best first
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property -> contents


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(obj: dict[str, Any]) -> list[str]:
    return [str(t).split("/")[-1].lower() for t in _as_list(obj.get("@type")) if t]


_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def unescape_entities(text: str) -> str:
    """Text escaped twice by the page ("&amp;quot;" in the source, "&quot;" after parsing) read as meant; a third
    time too (a JSON-LD value's "&amp;uuml;", "&uuml;" after one pass: its system escaped the escaped text)."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


#: a tag of HTML's text markup written into a value as text ("<p>The dek.</p>", from "&lt;p&gt;…" in the source):
#: a paragraph's, a line break's or a run's (emphasis, a link); not any "<…>" ("x <y> z", "<Name>" stay)
_TEXT_MARKUP = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|u|a|sup|sub|small)(?:\s[^<>]*)?/?>", re.I)


def without_markup(text: str) -> str:
    """A metadata value without the text markup its system wrote into it: the tags go, the words stay ("<p>We
    found water.</p>" is "We found water.")."""
    return norm_space(_TEXT_MARKUP.sub(" ", text)) if "<" in text else text


def _text_value(value: Any) -> str | None:
    if isinstance(value, str):
        return without_markup(norm_space(unescape_entities(value))) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "@value", "text", "headline"):
            if key in value:
                return _text_value(value[key])
    if isinstance(value, list):
        for item in value:
            v = _text_value(item)
            if v:
                return v
    return None


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CDATA = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


def parse_json_ld(raw: str) -> list[Any]:
    """The objects in one ld+json script; lenient about comments, CDATA, trailing commas and control
    characters; [] when it cannot be read."""
    text = raw.strip()
    if not (text[:1] in ("{", "[") and text[-1:] in ("}", "]")):
        # a wrapper opens with "<" or "/" and closes with ">": plain JSON has none to take off
        text = _CDATA.sub("", text)
    if not text:
        return []
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            data = json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
        return data if isinstance(data, list) else [data]
    return []


def _flatten(items: list[Any], out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    for item in items:
        if isinstance(item, list):
            _flatten(item, out, depth + 1)
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, (list, dict)):
                _flatten(_as_list(graph), out, depth + 1)
            main = item.get("mainEntity")
            if isinstance(main, dict):
                _flatten([main], out, depth + 1)


def _people(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> tuple[list[str], list[str]]:
    """(people, organisations) credited in a JSON-LD author value; `ids` resolves {"@id": …} references to the
    objects of the page's graph."""
    people: list[str] = []
    orgs: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            s = norm_space(item)
            if s and not s.startswith(("http://", "https://")):
                people.append(s)
        elif isinstance(item, dict):
            if "name" not in item and ids and isinstance(item.get("@id"), str):
                item = ids.get(item["@id"], item)
            name = _text_value(item.get("name"))
            if not name:
                given, family = _text_value(item.get("givenName")), _text_value(item.get("familyName"))
                name = " ".join(x for x in (given, family) if x) or None
            if not name:
                continue
            # (a site account's page, "/author/admin/": the account the CMS was installed with, whatever display
            # name it is given, is no person; see _ACCOUNT_PATHS)
            if any(isinstance(v, str) and site_account(name, v) for v in (item.get("@id"), item.get("url"))):
                continue
            types = _types(item)
            if types and not (set(types) & PERSON_TYPES):
                orgs.append(name)
            else:
                people.append(name)
        elif isinstance(item, list):
            p, o = _people(item, ids)
            people += p
            orgs += o
    return people, orgs


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "yes", "1"):
            return True
        if v in ("false", "no", "0"):
            return False
    return None


def _image(value: Any, ids: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The first image's address in a JSON-LD image value: a URL, or an ImageObject's url or contentUrl; a
    reference ({"@id": "…#primaryimage"}, as WordPress SEO plugins write it) is looked up in `ids`, never taken
    for the image's address."""
    for item in _as_list(value):
        if isinstance(item, str) and item.strip():
            return item.strip()
        if isinstance(item, dict):
            if ids and not (item.get("url") or item.get("contentUrl")) and isinstance(item.get("@id"), str):
                item = ids.get(item["@id"], item)
            url = item.get("url") or item.get("contentUrl")
            if isinstance(url, str) and url.strip():
                return url.strip()
    return None


def _keywords(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            out += [norm_space(k) for k in item.split(",") if norm_space(k)]
        elif isinstance(item, dict):
            name = _text_value(item)
            if name:
                out.append(name)
    return out


#: the elements read by tag, collected in one walk of the document (see _by_tag)
_TAGS = ("meta", "script", "link", "title", "h1")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_CANONIL = str.maketrans("CANONIL", "canonil")
#: the whitespace XPath's normalize-space() collapses
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_ITEMPROP_XPATH = etree.XPath("//@itemprop/..")  # the elements with an itemprop (an attribute walk)
_TIME_XPATH = etree.XPath("//time[@datetime]")
# Visible bylines: the elements //*[@rel='author' or contains(translate(@class, 'BYLINE', 'byline'), 'byline')
# or contains(translate(@class, 'AUTHOR', 'author'), 'author-name') or contains(translate(@id, 'BYLINE', 'byline'),
# 'byline')] would select, found from the attribute values (an XPath predicate on every element costs far more): the
# values holding the words in any case are found in one search (`holding`), then each is tested as the XPath does
_BYLINE_T = str.maketrans("BYLINE", "byline")
_AUTHOR_T = str.maketrans("AUTHOR", "author")
#: what a page's source holds when a class or id names a byline, and when a rel is "author" (written any way)
_BYLINE_WORDS = (b"byline", b"author-name")
_REL_AUTHOR = re.compile(rb"""rel\s*=\s*["']?author""")


def _byline_class(value: str) -> bool:
    return "byline" in value.translate(_BYLINE_T) or "author-name" in value.translate(_AUTHOR_T)


def _byline_id(value: str) -> bool:
    return "byline" in value.translate(_BYLINE_T)


def _byline_elements(root: etree._Element, classes: list[str], ids: list[str], rels: list[str]) -> list[etree._Element]:
    """The elements with rel="author" or a class or id naming a byline (see above), in document order; the
    values are those of attribute_values(root, …)."""
    return owners(root, {"class": [i for i in holding(classes, *_BYLINE_WORDS) if _byline_class(classes[i])],
                         "id": [i for i in holding(ids, b"byline") if _byline_id(ids[i])],
                         "rel": [i for i, v in enumerate(rels) if v == "author"]})


# Author blocks named in other ways and languages: a class token "author", "authors", "authorName", "autor",
# "auteur", "autore", "penulis", "reporter", "writer"…, not a bio, picture or follow box.
#: (in the lower-cased class) every author token below holds one of these
_AUTHOR_HINT = re.compile(r"auth|autor|auteur|penulis|reporter|writer")
#: the same words, to find the class values that hold one in a single search (`classed(words=)`)
_AUTHOR_HINT_WORDS = tuple(w.encode() for w in _AUTHOR_HINT.pattern.split("|"))
_AUTHOR_TOKENS = frozenset({"author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore",
                            "autori", "penulis", "reporter", "reporters", "writer", "writers"})
_NOT_BYLINE_TOKENS = frozenset({"bio", "biography", "image", "img", "avatar", "photo", "picture", "pic", "description",
                                "desc", "about", "social", "follow", "more", "articles", "box", "card", "thumb",
                                "thumbnail", "icon", "link", "links", "widget", "teaser", "related",
                                # the author's place, role or date beside the name ("author-place": "Chandpur")
                                "place", "location", "city", "dateline", "role", "job", "position", "date", "time"})
_CLOSED_REGIONS = frozenset({"nav", "aside", "footer", "figure", "figcaption", "script", "style", "noscript"})


@lru_cache(maxsize=8192)
def _is_author_class(cls: str) -> bool:
    """A class naming an author block (a token "author", "autor", "reporter" …), not a bio, picture or box."""
    if not _AUTHOR_HINT.search(cls.lower()):
        return False
    from ._clutter import attribute_tokens

    tokens = attribute_tokens(cls)
    return (any(t in _AUTHOR_TOKENS or (t.startswith("author") and len(t) <= 12) for t in tokens)
            and not any(t in _NOT_BYLINE_TOKENS for t in tokens))


def _elsewhere(el: etree._Element, regions: frozenset[str] = _CLOSED_REGIONS, comments: bool = True) -> bool:
    """Whether `el` sits in one of `regions` (for a byline: navigation, an aside, a footer or a figure), in another
    story's teaser (a related, trending or recommended box) or, with `comments`, in anything whose class or id
    mentions comments or a guest book: it is someone else's byline or date."""
    for a in el.iterancestors():
        if a.tag in regions:
            return True
        for name in ("class", "id"):
            value = a.get(name)
            if value and ((comments and _visitors_box(value)) or _other_story_box(value)):
                return True
    return False


#: (in a lower-cased class or id) a box of what visitors write: comments, an obituary's guest book or condolences
_VISITOR_WORDS = ("comment", "guestbook", "condol", "kondolenz")


def _visitors_box(value: str) -> bool:
    lowered = value.lower()
    return any(w in lowered for w in _VISITOR_WORDS)


def _author_blocks(tree: etree._Element, limit: int = 3, classes: list[str] | None = None,
                   page: str | None = None) -> list[str]:
    """Texts of the first few elements whose class names them an author block (outside navigation, asides,
    footers, figures and teaser cards), short enough to be a credit; `classes` are the class values of `tree` when
    read, `page` the page's address."""
    out: list[str] = []
    taken: list[etree._Element] = []
    for el, _cls in classed(tree, _is_author_class, classes, _AUTHOR_HINT_WORDS):
        if _elsewhere(el) or _in_card(el, page):
            continue
        if any(t in el.iterancestors() for t in taken):
            continue  # inside a block already taken
        text = text_of(el)
        if not text or len(text) > 120:
            continue
        if sum(1 for d in el.iterdescendants() if _is_author_class(d.get("class") or "") and text_of(d)) >= 2:
            continue  # a wrapper around several authors' blocks: each is read on its own
        taken.append(el)
        if text not in out:
            out.append(text)
        if len(out) >= limit:
            break
    return out


def _by_tag(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The elements of each of _TAGS under `root`, in document order, from one walk."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in _TAGS}
    for el in root.iter(*_TAGS):
        found[el.tag].append(el)
    return found


def _is_ld_json(script: etree._Element) -> bool:
    kind = script.get("type")
    return kind is not None and kind.translate(_ASCII_LOWER) == "application/ld+json"


def _canonical(links: list[etree._Element]) -> str | None:
    """The first non-empty href of a <link> whose rel names "canonical" (ASCII case ignored)."""
    for link in links:
        rel, href = link.get("rel"), link.get("href")
        if rel is not None and href is not None and href.strip() \
                and "canonical" in _XML_SPACE.split(rel.translate(_CANONIL)):
            return href.strip()
    return None


def _meta_map(metas: list[etree._Element]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in metas:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if not key or content is None:
            continue
        if key == el.get("itemprop") and _readers_comment(el):
            continue  # a reader's comment's <meta itemprop="datePublished">: the minute they wrote
        content = without_markup(norm_space(unescape_entities(content)))
        if not content:
            continue
        out.setdefault(key.strip().lower(), []).append(content)
    return out


# A Twitter card's label/data pairs (twitter:label1 "Written by", twitter:data1 "Jane Doe"), which WordPress SEO
# plugins write in the site's language, and their twitter:misc:<label> form.
_WRITTEN_BY = re.compile(
    r"^(?:written|posted|published|reported) by|^(?:author|authors|autor|autorin|autoren|auteur|autore|"
    r"geschrieben von|verfasst von|escrito por|écrit par|ecrit par|scritto da|geschreven door|skrevet af|skrevet av|"
    r"skrivet av|kirjoittanut|napisane przez|yazar|penulis|ditulis oleh)$", re.I)


def _card_authors(meta: dict[str, list[str]]) -> list[str]:
    """The names a Twitter card's "written by" label pairs with (see _WRITTEN_BY)."""
    out: list[str] = []
    for key, labels in meta.items():
        if key.startswith("twitter:label") and any(_WRITTEN_BY.match(label.strip(" :")) for label in labels):
            out += meta.get("twitter:data" + key[len("twitter:label"):], [])
        elif key.startswith("twitter:misc:") and _WRITTEN_BY.match(key[len("twitter:misc:"):].strip(" :")):
            out += labels
    return out


#: what a CMS glues after a description's last sentence: the site's name after a separator ("… on Monday. - The
#: Valley Herald", "… on Monday. | Herald"), or the separator alone ("… on Monday. |")
_NAME_TAIL = re.compile(r"(?<=[.!?…\"”»])\s+[-–—|]\s*(?:[^\s.!?|:;,]+(?:\s+[^\s.!?|:;,]+){0,3})?\s*$")


def _without_name_tail(description: str) -> str:
    """A description without the site's name (or a bare separator) glued after its last sentence: the page prints
    the sentence alone under its headline, and the name is no part of the dek."""
    if description[-1:] in ".!?…\"”»":
        return description  # (the cheap case: a description ending with its sentence has no such tail)
    return _NAME_TAIL.sub("", description)


#: a description cut short is held to at least this many characters of its match key before another completes it
_CUT_DESCRIPTION_CHARS = 20


def _completed_descriptions(descriptions: list[str]) -> list[str]:
    """The descriptions, one cut short in the middle of a word (a JSON-LD description held to a length: "… the
    last ferry lea") or marked so ("… lost their…") replaced by another that goes on where it stops."""
    keys = [match_key(d) for d in descriptions]
    out = []
    for d, key in zip(descriptions, keys):
        marked = d.rstrip().endswith(("...", "…"))
        if len(key) >= _CUT_DESCRIPTION_CHARS:
            longer = [(len(okey), other) for other, okey in zip(descriptions, keys)
                      if len(okey) > len(key) and okey.startswith(key) and (marked or okey[len(key)] != " ")]
            d = max(longer)[1] if longer else d  # (the whole one, not another cut a little later)
        out.append(d)
    return out


def _first(meta: dict[str, list[str]], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        out += meta.get(key, [])
    return out


#: a breadcrumb's first step names the home page, not a section
_HOME_CRUMBS = frozenset({"home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "início",
                          "portada", "forside", "etusivu", "strona główna", "anasayfa", "ana sayfa", "ホーム", "首页",
                          "홈"})


#: a step that names the kind of page, not a section
_NOT_SECTIONS = frozenset({"article", "articles", "story", "stories", "post", "posts", "detail"})


def _the_page(step: tuple[str, str], title_keys: set[str], url: str | None) -> bool:
    """Whether a breadcrumb's last step is the page itself: its address, its title or three words and more of it
    (a section's one or two words may open a title: "World" in "World leaders meet …"), or a headline's length."""
    name, link = step
    key = match_key(name)
    return bool((url and link and link.rstrip("/") == url.rstrip("/")) or len(name.split()) > 4
                or any(key and (key == t or (len(key.split()) >= 3 and key in t)) for t in title_keys))


def breadcrumb_section(objs: list[dict[str, Any]], titles: list[str], url: str | None) -> str | None:
    """The section a JSON-LD BreadcrumbList puts the page in (Home › News › Local › this story: "Local"): its
    last step that is neither the home page nor the page itself."""
    lists = [o for o in objs if "breadcrumblist" in _types(o)]
    lists += [b for o in objs for b in _as_list(o.get("breadcrumb"))
              if isinstance(b, dict) and "breadcrumblist" in _types(b)]
    title_keys = {match_key(t) for t in titles if t}
    for crumbs in lists[:1]:
        steps: list[tuple[float, str, str]] = []
        for i, el in enumerate(_as_list(crumbs.get("itemListElement"))[:12]):
            if not isinstance(el, dict):
                continue
            item = el.get("item")
            name = _text_value(el.get("name")) or (_text_value(item) if isinstance(item, dict) else None)
            link = item if isinstance(item, str) else (item.get("@id") or item.get("url") if isinstance(item, dict)
                                                       else "")
            try:
                position = float(el.get("position", i))
            except (TypeError, ValueError):
                position = i
            if name:
                steps.append((position, name, link if isinstance(link, str) else ""))
        steps.sort(key=lambda step: step[0])
        names = [(name, link) for _pos, name, link in steps
                 if name.lower() not in _HOME_CRUMBS and not re.fullmatch(r"https?://[^/]+/?", link or "")]
        if names and _the_page(names[-1], title_keys, url):
            names.pop()
        names = [(name, link) for name, link in names if name.lower() not in _NOT_SECTIONS]
        if names and len(names[-1][0]) <= 40:
            return names[-1][0]
    return None


_MARKUP_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li)>", re.I)
_MARKUP_TAG = re.compile(r"<[^>]+>")


def _live_updates_body(updates: Any) -> str | None:
    """The entries a LiveBlogPosting declares in `liveBlogUpdate[]` as one article body, in the order declared (the
    order the page prints them): each entry's headline on a line, then its `articleBody` (or `text`) paragraphs;
    None when no entry has a body. (Their datePublished is left out: how the page prints it is not declared.)"""
    lines: list[str] = []
    for update in _as_list(updates)[:500]:
        if not isinstance(update, dict):
            continue
        text = update.get("articleBody") or update.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        headline = _text_value(update.get("headline"))
        if headline:
            lines.append(headline)
        if "<" in text:  # some systems declare the entry's markup
            text = _MARKUP_TAG.sub(" ", _MARKUP_BREAK.sub("\n", text))
        lines += [line for line in (norm_space(unescape_entities(x)) for x in text.split("\n")) if line]
    return "\n".join(lines) if lines else None


def _rank_jsonld(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def score(obj: dict[str, Any]) -> int:
        types = set(_types(obj))
        s = 0
        if types & ARTICLE_TYPES:
            s += 10
        if "newsarticle" in types or any(t.endswith("newsarticle") for t in types):
            s += 5
        if obj.get("articleBody"):
            s += 3
        if obj.get("headline"):
            s += 2
        if obj.get("datePublished"):
            s += 1
        return s

    ranked = sorted((o for o in objs if score(o) >= 10), key=score, reverse=True)
    return ranked


def extract_metadata(tree: etree._Element, url: str | None = None, source: PageSource | None = None, *,
                     bylines: bool = True) -> Metadata:
    """The page's metadata candidates. With the page's `source`, scans for markup the page never writes
    (microdata, byline classes) are skipped. With bylines=False the visible bylines, the least trusted credits,
    are left for read_bylines, to be read only when no other source credits anyone."""
    md = Metadata(url=url)
    # the whole document, as the // of an XPath
    root = tree.getroottree().getroot()
    tagged = _by_tag(root)
    meta = _meta_map(tagged["meta"])
    md.meta = meta

    objs: list[dict[str, Any]] = []
    for script in tagged["script"]:
        if _is_ld_json(script):
            _flatten(parse_json_ld(script.text or ""), objs)
    md.jsonld = _rank_jsonld(objs)
    ids = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and len(o) > 1}
    webpage_free: bool | None = None
    for o in objs:
        types = set(_types(o))
        if "webpage" in types and webpage_free is None:
            webpage_free = _bool(o.get("isAccessibleForFree"))
        if "website" in types and not md.site_name:
            md.site_name = _text_value(o.get("name"))

    for obj in md.jsonld[:1]:
        md.jsonld_types = _types(obj)
        headline = _text_value(obj.get("headline")) or _text_value(obj.get("name"))
        if headline:
            md.titles.append(headline)
            md.jsonld_headline = headline
        alt = _text_value(obj.get("alternativeHeadline"))
        if alt:
            md.alternative_headline = alt
        desc = _text_value(obj.get("description"))
        if desc:
            md.descriptions.append(desc)
        people, orgs = _people(obj.get("author"), ids)
        md.authors += people
        md.author_sources["jsonld"] = list(people)
        md.organisations += orgs
        for key, target in (("datePublished", md.published), ("dateCreated", md.published),
                            ("dateModified", md.modified)):
            v = _text_value(obj.get(key))
            if v:
                target.append(v)
        lang = _text_value(obj.get("inLanguage"))
        if lang:
            md.languages.append(lang)
        md.section = _text_value(obj.get("articleSection"))
        md.tags += _keywords(obj.get("keywords"))
        md.image = _image(obj.get("image"), ids) or _image(obj.get("thumbnailUrl"))
        md.accessible_for_free = _bool(obj.get("isAccessibleForFree"))
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            md.article_body = body
        else:  # a live blog whose markup loads its entries by script declares them one by one
            md.article_body = _live_updates_body(obj.get("liveBlogUpdate"))
        main = obj.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        for cand in (obj.get("url"), main):
            if isinstance(cand, str) and cand.startswith("http") and not md.og_url:
                md.og_url = cand
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and "name" not in publisher and isinstance(publisher.get("@id"), str):
            publisher = ids.get(publisher["@id"], publisher)
        if isinstance(publisher, dict):
            md.publisher = _text_value(publisher.get("name"))
            md.publisher_person = not PERSON_TYPES.isdisjoint(_types(publisher))
            md.site_name = md.site_name or md.publisher
        newsroom = obj.get("sourceOrganization")
        if isinstance(newsroom, (dict, list, str)) and not md.source_organization:
            md.source_organization = _text_value(newsroom)
    if md.accessible_for_free is None:
        md.accessible_for_free = webpage_free

    md.titles += _first(meta, "og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title",
                        "citation_title")
    md.descriptions += _first(meta, "og:description", "description", "twitter:description", "dc.description")
    md.descriptions = _completed_descriptions([_without_name_tail(d) for d in md.descriptions])
    meta_authors = [a for a in _first(meta, "author", "article:author", "parsely-author", "sailthru.author",
                                      "dc.creator", "byl", "citation_author", "cxenseparse:author",
                                      "twitter:creator:name") + _card_authors(meta)
                    if not a.startswith(("http://", "https://", "@"))]
    md.authors += meta_authors
    md.author_sources["meta"] = meta_authors
    md.published += _first(meta, "article:published_time", "og:article:published_time", "datepublished",
                           "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                           "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "dcterms.date",
                           "citation_publication_date",
                           "cxenseparse:recs:publishtime", "article.published", "og:published_time",
                           "published_time", "release_date", "originalpublicationdate")
    md.modified += _first(meta, "article:modified_time", "og:updated_time", "datemodified", "lastmod",
                          "last-modified", "dcterms.modified", "article.updated", "modified_time")
    meta_languages = _first(meta, "content-language", "language", "dc.language", "og:locale")
    md.site_name = md.site_name or next(iter(_first(meta, "og:site_name", "application-name")), None)
    md.section = md.section or next(iter(_first(meta, "article:section", "parsely-section", "section")), None)
    md.section = md.section or breadcrumb_section(objs, md.titles, url)
    if not md.tags:
        md.tags = [t for v in _first(meta, "article:tag", "news_keywords", "keywords", "parsely-tags")
                   for t in (norm_space(x) for x in v.split(",")) if t]
    md.image = md.image or next(iter(_first(meta, "og:image", "og:image:url", "twitter:image")), None)
    if md.accessible_for_free is None:
        md.accessible_for_free = _bool(next(iter(_first(meta, "isaccessibleforfree")), None))

    # microdata
    author_scope: etree._Element | None = None
    for el in _ITEMPROP_XPATH(tree) if may_mention(source, b"itemprop") else ():
        prop = (el.get("itemprop") or "").strip()
        if prop in ("datePublished", "dateModified", "author") and _readers_comment(el):
            continue
        if prop == "datePublished":
            v = el.get("content") or el.get("datetime") or _abbr_title(el) or text_of(el)
            if v:
                md.published.append(v)
        elif prop == "dateModified":
            v = el.get("content") or el.get("datetime") or _abbr_title(el) or text_of(el)
            if v:
                md.modified.append(v)
        elif prop == "author" and el.tag != "meta":
            name_el = el.find(".//*[@itemprop='name']")
            v = (name_el.get("content") or text_of(name_el)) if name_el is not None else text_of(el)
            # the authors of one item: teasers of other stories carry their own itemprop=author
            scope = _scope_of(el)
            if author_scope is None:
                author_scope = scope
            if v and len(v) < 120 and scope is author_scope:
                md.authors.append(v)
                md.author_sources.setdefault("microdata", []).append(v)
        elif prop == "headline" and el.tag != "meta":
            v = text_of(el)
            if v:
                md.titles.append(v)

    # the last resort: a page object's dates (a site that describes the page, not the article, in JSON-LD)
    if not md.published:
        for o in objs:
            if {"webpage", "itempage"} & set(_types(o)):
                for key, target in (("datePublished", md.published), ("dateModified", md.modified)):
                    v = _text_value(o.get(key))
                    if v and not target:
                        target.append(v)

    if bylines:
        read_bylines(tree, md, source, url)

    md.canonical = _canonical(tagged["link"])
    md.og_url = next(iter(_first(meta, "og:url")), None) or md.og_url

    # the document's <title>, not an icon's (<svg><title>Close menu</title>); text_of skips a <title> as page
    # furniture, so its own text is read here
    title = next((t for t in tagged["title"] if not any(a.tag == "svg" for a in t.iterancestors())), None)
    if title is not None:
        md.html_title = _PRINT_LABEL.sub("", norm_space("".join(title.itertext()))) or None
    md.h1_elements = list(tagged["h1"][:5])
    md.h1 = [t for t in (text_of(h) for h in md.h1_elements) if t]
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        md.languages.append(lang)
    md.languages += meta_languages
    return md


def _scope_of(el: etree._Element) -> etree._Element | None:
    """The microdata item an itemprop belongs to: its nearest ancestor with an itemscope."""
    return next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)


def _readers_comment(el: etree._Element) -> bool:
    """Whether an itemprop belongs to a reader's comment (an item typed schema.org's Comment or set as an item's
    "comment"): its author and dates are the commenter's ("Guest", the minute they wrote), not the article's."""
    scope = _scope_of(el)
    if scope is None:
        return False
    if "comment" in (scope.get("itemprop") or "").split():
        return True
    kind = (scope.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
    # (an item typed Comment that holds the page's headline or an article's body is the article, an opinion piece
    # some CMS types as its section is named, "Comment")
    return kind in ("Comment", "UserComments") and not _ARTICLE_PARTS(scope)


#: what an article's item holds and a reader's comment does not
_ARTICLE_PARTS = etree.XPath("boolean(.//h1 | .//*[@itemprop='headline' or @itemprop='articleBody'])")


def read_bylines(tree: etree._Element, md: Metadata, source: PageSource | None = None, url: str | None = None,
                 *, fallbacks: bool = True) -> None:
    """The visible bylines ("By Jane Doe" blocks, author links, author-named blocks) into md.bylines and
    md.author_sources["byline"]; `source` tells which attributes can name one, `url` (the page's) which links are
    the site's own. Without `fallbacks` (a page whose metadata credits its authors: the bylines may add an agency
    or more names, see byline_credits), only the elements whose class names a byline (the usual way, and one walk
    of the page's attributes rather than three): not the rel="author" links (a link's text is a name and no more),
    nor the blocks and links that may name an author when nothing else does."""
    root = tree.getroottree().getroot()
    named = source is None or source.mentions(*_BYLINE_WORDS)
    classes = attribute_values(root, "class") if named else None
    linked = fallbacks and (source is None or source.matches(_REL_AUTHOR))
    found = _byline_elements(root, classes or [], attribute_values(root, "id") if named and fallbacks else [],
                             attribute_values(root, "rel") if linked else [])
    page = url or md.canonical or md.og_url
    found = found[:6]
    for el in found:
        if el.tag in ("script", "style", "meta", "link", "body", "html") or _elsewhere(el) or _in_card(el, page):
            continue
        text = _joined_bylines(el, found) or _byline_text(el)
        if text and len(text) <= 150 and text not in md.bylines:
            md.bylines.append(text)
    if not md.bylines and fallbacks:
        md.bylines = _author_blocks(root, classes=classes, page=page)
    if not md.bylines and fallbacks and may_mention(source, *_AUTHOR_PATH_WORDS):
        md.bylines = _author_links(root, site_of(page), page=page)
    if not md.bylines and fallbacks and may_mention(source, b"sioc:has_creator"):
        md.bylines = _rdfa_creators(root, page)
    if not md.bylines and fallbacks:
        md.bylines = _labelled_field(root) or _labelled_item(root, page)
    if not md.bylines and fallbacks and md.h1_elements:
        # (a weaker credit, checked against the text once it is known: see Extractor)
        md.author_sources["beside_date"] = _name_beside_date(md.h1_elements[0])
    if md.bylines and may_mention(source, *_ACCOUNT_PATHS):
        md.bylines = _without_accounts(root, md.bylines)
    md.author_sources["byline"] = list(md.bylines)


#: the next elements after the headline looked at for its meta row, and the most text one holds
_META_ROW_SIBLINGS, _META_ROW_CHARS = 3, 300
#: the separators a meta row sets between its name and its date ("Jana Roth | 05.04.2025")
_ROW_SEPARATORS = " |•·-–—,\u00a0"


def _name_beside_date(h1: etree._Element) -> list[str]:
    """The names alone a meta row under the headline prints in an element of their own, the date in the next one
    ("<span>Jana Roth |</span><span class="date">05.04.2025</span>", no class naming a byline): the row is one of
    the few elements after the <h1> (the dek before it perhaps), a small one. lxml's walk over those few."""
    from ._authors import names_line

    for n, sib in enumerate(h1.itersiblings()):
        if n >= _META_ROW_SIBLINGS:
            break
        if text_length(sib) > _META_ROW_CHARS:
            continue
        for el in sib.iter():
            nxt = el.getnext()
            if len(el) or nxt is None or not isinstance(el.tag, str):
                continue
            value = norm_space(el.text or "").strip(_ROW_SEPARATORS)
            if value and (nxt.tag == "time" or _FIELD_DATE.match(text_of(nxt))) and names_line(value):
                return [value]
    return []


#: the author pages of a CMS's installation accounts (WordPress's "/author/admin/", the account the site was
#: installed with, whatever display name it is given: see site_account)
_ACCOUNTS = ("/author/admin", "/author/webmaster")
_ACCOUNT_PATHS = tuple(a.encode() for a in _ACCOUNTS)
_ACCOUNT_LINKS = etree.XPath("//a[" + " or ".join(f"contains(@href, '{a}')" for a in _ACCOUNTS) + "]")
_ACCOUNT_SLUG = re.compile(r"/author/(?:admin|administrator|webmaster)/?(?:[?#]|$)")
#: a byline's word before the name ("by Site D")
_BY_WORD = re.compile(r"^(?:by|von|par|por|door|di|av|af)\s+", re.I)


def _without_accounts(root: etree._Element, bylines: list[str]) -> list[str]:
    """`bylines` without those naming a site account (see site_account) by the display name its links print."""
    accounts = {name for a in _ACCOUNT_LINKS(root) if site_account(name := norm_space(text_of(a)), a.get("href") or "")}
    return [b for b in bylines if _BY_WORD.sub("", norm_space(b)) not in accounts] if accounts else bylines


def site_account(name: str, page: str) -> bool:
    """Whether `name` is the display name of a site's own account, `page` its author page: the CMS's installation
    account ("/author/admin/", see _ACCOUNT_PATHS) named after the site, a word of the name in the site's address
    ("Harbourline D" on harbourlinenews.example). One named otherwise is whoever posts with it, a blog's owner."""
    if not name or not _ACCOUNT_SLUG.search(page):
        return False
    host = (urlsplit(page).hostname or "").casefold()
    return any(len(w) >= 4 and w.casefold() in host for w in LETTER_RUN.findall(name))


#: the names an RDFa creator relation marks (Drupal 7's core RDF module: `<span rel="sioc:has_creator">Submitted by
#: <span property="foaf:name">Jane Doe</span> on …</span>`, the account's name, no link to it)
_RDFA_CREATOR_NAMES = etree.XPath('//*[contains(concat(" ", normalize-space(@rel), " "), " sioc:has_creator ")]'
                                  '/descendant-or-self::*[@property="foaf:name"]')


def _rdfa_creators(root: etree._Element, page: str | None) -> list[str]:
    """The names the page's RDFa marks as its creator's (see above), outside other stories' boxes: those that read
    as a person's name (an account named "admin" or "webteam" is no author)."""
    out: list[str] = []
    for el in _RDFA_CREATOR_NAMES(root):
        text = text_of(el)
        if (text and text not in out and _linked_name(text) and not _unit_account(text) and not _elsewhere(el)
                and not _in_card(el, page)):
            out.append(text)
    return out[:3]


#: (lower-cased) words naming an office or a department, in the main languages: the CMS accounts of institutions
#: (a city's or a university's Drupal site) are named after the unit that posts ("Communications Office",
#: "Parks Department", "Pressestelle", "Service communication"), not after a person
_UNIT_WORDS = frozenset({
    "office", "department", "dept", "division", "unit", "communications", "communication", "relations", "affairs",
    "services", "council", "university", "amt", "abteilung", "büro", "pressestelle", "referat", "stabsstelle",
    "bureau", "département", "direction", "service", "oficina", "departamento", "gabinete", "comunicación",
    "ufficio", "dipartimento", "comunicazione", "afdeling", "kantoor", "biuro", "wydział", "kontor", "avdelning",
})


def _unit_account(name: str) -> bool:
    """Whether an account's name names an office or a department (see _UNIT_WORDS), not a person."""
    return any(w.strip(".,").casefold() in _UNIT_WORDS for w in name.split())


#: the label of a field giving the article's author in a list of its facts ("<strong>Author</strong> Jane Doe",
#: "<dt>Autorin/Autor</dt><dd>…</dd>"): the word in the main languages, a gendered pair or form after it or not
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|autor(?:in|en|es|a|as)?(?:\s*/\s*autor(?:in|a)?|\s*\(in\)|/in|\*in)?|auteur(?:e|s|ice)?|autore|autori|"
    r"autorka|auteur\(e\)|written by|writer|reporter|penulis|yazar|forfatter|författare|kirjoittaja|"
    r"auteur/autrice|autor/a|автор)\s*:?$", re.I)
#: a label element's text is short
LABEL_CHARS = 30


def _labelled_field(root: etree._Element) -> list[str]:
    """The author a list of the article's facts names after a label element of its own (a side column's "<li>
    <strong>Autorin/Autor</strong> Jane Doe</li>", a definition list's "<dt>Author</dt><dd>Jane Doe</dd>", a table's
    header cell), outside navigation, asides and footers; only when what follows is names alone (see names_line).
    Read only when nothing else credits anyone: lxml's walk over the few label elements, not the page's."""
    from ._authors import names_line

    found: dict[str, list[etree._Element]] = {}
    for el in root.iter("strong", "b", "dt", "th"):
        text = el.text or ""
        if len(text) > LABEL_CHARS or len(el) or not _AUTHOR_LABEL.match(text.strip()):
            continue
        if el.tag in ("dt", "th"):
            nxt = el.getnext()
            value = text_of(nxt) if nxt is not None and nxt.tag in ("dd", "td") else ""
        else:
            # the name after the label and nothing more (a field, no sentence): its tail, or a link's text
            tail, nxt = (el.tail or "").strip(" :\u00a0"), el.getnext()
            if tail:
                value = tail if nxt is None else ""
            else:
                value = text_of(nxt) if nxt is not None and nxt.tag == "a" and not (nxt.tail or "").strip() else ""
        value = norm_space(value)
        if value and names_line(value) and _dated(el) and not _elsewhere(el):
            found.setdefault(value, []).append(el)
    # (one name in the fields, however often printed (under the text and again in a side column): several are
    # several items', a thread's posters or a list's entries; and a card set between paragraphs is another item's)
    if len(found) != 1:
        return []
    value, labels = next(iter(found.items()))
    return [value] if not all(map(_between_paragraphs, labels)) else []


#: a byline's word or an author's label opening a list item's own text, with its colon ("Von:", "By:", "Par :",
#: "Por:", "Autor:"): the label of the item that names the article's authors
_ITEM_LABEL = re.compile(r"^\s*(?:(by|von|par|por|di|door|av|af|przez)|autor|autorin|author|auteur|autore)\s*:\s*",
                         re.I)


def _labelled_item(root: etree._Element, page: str | None) -> list[str]:
    """The authors a list of the article's facts names in an item of its own after a label written as the item's
    text ("<li>Von: <a href="/jana-roth">Jana ROTH</a>, <a …>Paul KERN</a></li>" beside the date and the reading
    time, as fact-checking and agency sites print them, no byline class anywhere): the item's text after the label
    when it is names alone (see names_line), linked when the label is a preposition (see _linked_names), and the
    list gives a date too (see _dated), outside navigation, asides, footers and teaser cards; one such item on the
    page (several are several items', a list of stories), its list over the article's text (see _over_text). Read
    only when nothing else credits anyone: lxml's walk over the list items."""
    from ._authors import names_line

    found: list[str] = []
    items: list[etree._Element] = []
    for el in root.iter("li"):
        label = _ITEM_LABEL.match(el.text or "")
        if label is None:
            continue
        full = text_of(el)
        value = norm_space(full[len(norm_space(label.group())):]).strip(" ,;") if full else ""
        # (a preposition's label, "Von:", "By:", is a route's or an organiser's as well ("Von: Berlin Hauptbahnhof",
        # "By: Friends of the Library"): it names authors when the names link to their pages, as such lists print
        # them)
        # (or, printed as plain text, when the item is the list's only labelled one: an article's facts list prints
        # its date and reading time bare, a trip's or an event's labels each of its fields, "Datum:", "Nach:",
        # "When:")
        if label.group(1) and not _linked_names(el, value) and not _sole_label(el):
            continue
        if value and names_line(value) and _dated_item(el) and not _elsewhere(el) and not _in_card(el, page):
            if value not in found:
                found.append(value)
                items.append(el)
    # (one item naming someone, and over the text: a facts list after it is another item's)
    return found if len(found) == 1 and _over_text(items[0]) else []


#: a field's label opening a list item's text: a word or a few and a colon ("Datum:", "When:", "Lieu :")
_FIELD_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_ /.-]*(?:[ /.-][^\W\d_]+){0,2}\s*:")


def _sole_label(item: etree._Element) -> bool:
    """Whether a list item is the only one of its list whose text opens with a field's label (see _FIELD_LABEL)."""
    others = itertools.chain(item.itersiblings("li", preceding=True), item.itersiblings("li"))
    return not any(_FIELD_LABEL.match(text_of(li)) for li in others)


def _linked_names(item: etree._Element, value: str) -> bool:
    """Whether the names `value` a list item prints are its links' texts (an author's page each), little else
    than separators and "and" between them."""
    rest = value
    links = [norm_space(text_of(a)) for a in item.iter("a")]
    for text in filter(None, links):
        rest = rest.replace(text, " ", 1)
    return any(links) and len(re.sub(r"[\W\d_]", "", rest)) <= _JOINER_CHARS


#: letters that may stand between linked names ("und", "and", "et", "y", "e", "og")
_JOINER_CHARS = 4
#: the shortest paragraph that is a text's (a story's, a review's), not a label or a caption
_TEXT_CHARS = 80
#: a paragraph of text after an element
_TEXT_AFTER = etree.XPath(f"following::p[string-length(normalize-space(.)) >= {_TEXT_CHARS}][1]")


def _over_text(item: etree._Element) -> bool:
    """Whether the list an item stands in is printed over the text of its article (the article's own facts, in
    its header), not between two of its paragraphs nor after them all (a reviewed book's, a film's or an event's
    facts: "Autor: …", "Verlag: …", "Erschienen: 12. März 2025")."""
    if _between_paragraphs(item):
        return False
    story = next(item.iterancestors("article", "main"), None)
    after = _TEXT_AFTER(item)
    return bool(after) and (story is None or any(a is story for a in after[0].iterancestors()))


def _dated_item(item: etree._Element) -> bool:
    """Whether the list an item stands in gives a date too (see _dated)."""
    parent = item.getparent()
    return (parent is not None and parent.tag in ("ul", "ol") and _gives_date(parent, named_month=True)
            and not _product_facts(parent))


#: a date written with its month's name, the day before or after it ("12. März 2025", "4 de marzo de 2025",
#: "March 4, 2025")
_NAMED_MONTH_DATE = re.compile(r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+(?:de\s+)?\d{4}\b|"
                               r"\b[^\W\d_]{3,10}\.?\s+\d{1,2},\s+\d{4}\b")


def _between_paragraphs(label: etree._Element) -> bool:
    """Whether the list of fields a label stands in is set between two paragraphs of a text, in a story's or a
    post's: another item's facts (a recipe's, a product's, an event's card), not the article's, which are printed
    over its text, under it or beside it in a column of their own."""
    for depth, el in enumerate(label.iterancestors()):
        if depth > _FIELD_DEPTH or el.tag in ("body", "article", "main"):
            break
        if _paragraph_among(el.itersiblings(preceding=True)) and _paragraph_among(el.itersiblings()):
            return True
    return False


def _paragraph_among(siblings: Iterable[etree._Element]) -> bool:
    return any(s.tag == "p" and (s.text or len(s)) for s in siblings)


#: a date as a fact list prints it ("28.04.2023", "2023-04-28", "4/28/2023")
_FIELD_DATE = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b")
#: how far up from a label element the list of fields it stands in is looked for (the <li>, the list; the <dl>; the
#: row, the table's body, the table)
_FIELD_DEPTH = 3


def _dated(label: etree._Element) -> bool:
    """Whether the list of fields a label stands in also gives a date (a <time>, or a date written out): the
    article's facts, its date and its author, not a reviewed book's ("Autor: …, Verlag: …, 432 Seiten")."""
    for depth, el in enumerate(label.iterancestors()):
        if depth >= _FIELD_DEPTH or el.tag in ("body", "article", "main"):
            break
        if el.tag in ("ul", "ol", "dl", "table"):
            return _gives_date(el) and not _product_facts(el)
    return False


def _gives_date(fields: etree._Element, *, named_month: bool = False) -> bool:
    """Whether a list of fields gives a date: a <time>, or a date written out in its first 1,000 characters (with
    `named_month`, also one with its month's name, "12. März 2025")."""
    if fields.find(".//time") is not None:
        return True
    text = text_of(fields)[:1000]
    return _FIELD_DATE.search(text) is not None or (named_month and _NAMED_MONTH_DATE.search(text) is not None)


def _product_facts(fields: etree._Element) -> bool:
    """Whether a list of fields gives a product's facts (a reviewed book's: its ISBN, its price, its page count):
    its date is the day the book came out and its "By:" or "Author" the book's author, not the review's. A price or
    a page count is a product's fact when it is a field's value of its own, or a part of one ("432 Seiten, 24 €",
    "Preis: 24 €"): a story's list says its figures in words ("Ticketpreis ab 25 €", "$2.5 million budget")."""
    text = text_of(fields)[:1000]
    if _ISBN.search(text):
        return True
    if not _PRODUCT_FACT.search(text):
        return False  # (most lists: no figure at all)
    for cell in fields.iter("li", "dd", "td"):
        value = _FIELD_LABEL.sub("", norm_space(text_of(cell)), count=1)
        if any(_PRODUCT_FACT.fullmatch(part.strip(" .")) for part in _FACT_PARTS.split(value)):
            return True
    return False


#: an ISBN, which only a book's facts give
_ISBN = re.compile(r"\bISBN\b|\b97[89](?:[-\s]?\d){10}\b")
#: a price (a currency's sign or code beside a number) or a page count in the main languages ("320 pages", "432
#: Seiten", "288 p", "256 páginas", "312 pagine", "240 sider", "198 s")
_PRODUCT_FACT = re.compile(
    r"(?:[€$£¥₹]|(?:EUR|USD|GBP|CHF)\b)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|(?:EUR|USD|GBP|CHF)\b)|"
    r"\b\d{2,4}\s+(?:pages|pp?\.?|seiten|s\.?|páginas|págs?\.?|pagine|pagg?\.?|pagina's|blz\.?|sider|sidor|sivua|"
    r"stron|str\.?|stran|sayfa|страниц|стр\.?)(?!\w)", re.I)
#: the parts of a field's value ("Northwind Press, 320 pages", "Hardcover; $27.00")
_FACT_PARTS = re.compile(r"[,;|·•/]\s|\s[-–—]\s")


#: a teaser card's headline: a heading holding a link, or a link holding a heading
_CARD_HEADLINE_LINKS = etree.XPath(
    ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[@href]"
    " | descendant-or-self::a[@href][.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]")
#: a teaser card is a small block: less text than this around its byline (as printed, text_length: a template's
#: indentation between the elements is no text of the card's)
CARD_MAX_CHARS = 400


def _in_card(el: etree._Element, page: str | None) -> bool:
    """Whether `el` (a byline) sits in another story's teaser card in the text (a related story with its own "By
    Tom Roe"): a small block around it also holds a headline, three words or more, linked to another page, not
    the author's (the article's own header links its headline to the article itself, if at all)."""
    for block in el.iterancestors():
        if block.tag in ("body", "html") or text_length(block) > CARD_MAX_CHARS:
            return False
        for a in _CARD_HEADLINE_LINKS(block):
            # (a link inside the byline is its author's; a link around it may be the whole card's)
            if (a is not el and len(text_of(a).split()) >= 3 and el not in a.iterancestors()
                    and not _AUTHOR_PATH.search(a.get("href") or "") and not same_page(a.get("href") or "", page)):
                return True
    return False


def same_page(href: str, page: str | None) -> bool:
    """Whether a link's `href` leads to `page` (the page's address) or stays on the page ("#comments")."""
    href = href.strip()
    if not href or href.startswith("#"):
        return True
    if page is None:
        return False

    def key(u: str) -> str:
        parts = urlsplit(u)
        return parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")

    try:
        return key(urljoin(page, href)) == key(page)
    except ValueError:  # a malformed address ("http://[broken-link/story"): no link to this page
        return False


def _joined_bylines(el: etree._Element, found: list[etree._Element]) -> str | None:
    """The text of a byline wrapper around two or more byline blocks of one kind, one per author ("bylines" around
    each "byline": a name of its own in each, the names printed side by side with no comma), as their names set
    apart by commas; None for any other element. Read whole, the names would run into one ("Ingrid Berg Ola Nordmann") that
    credits no one, and the metadata, which often names only the first or the main author, could not be completed
    from it (see byline_credits)."""
    inner = [f for f in found if f is not el and el in f.iterancestors()]
    # (the outermost of them: a block's own name element, a[rel=author] inside a byline block, is no other author)
    inner = [f for f in inner if not any(o in f.iterancestors() for o in inner)]
    # (blocks of one kind, each an author's: not a name and the author's bio beside it, "byline__name" and
    # "byline__bio")
    if len(inner) < 2 or len({_block_kind(f) for f in inner}) > 1:
        return None
    texts = [t for t in (_byline_text(f) for f in inner) if t]
    # (only a wrapper holding nothing else: words between the names, "By … and …", or an agency beside them are
    # read as printed)
    if len(texts) < 2 or "".join(_byline_text(el).split()) != "".join("".join(texts).split()):
        return None
    return ", ".join(texts)


def _block_kind(el: etree._Element) -> tuple[str, str]:
    """A block's tag and its class's first name: the names after it are states or breakpoints ("byline d-md-none",
    the same byline printed for phones and again for desktops), not another kind of block."""
    names = (el.get("class") or "").split()
    return el.tag, names[0] if names else ""


def _byline_text(el: etree._Element) -> str:
    """A byline block's text without the <time>s it holds ("Mei Lin Park <time>August 30, 2023</time>"): the date
    printed beside the names is none of them."""
    if next(el.iterdescendants("time"), None) is None:
        return text_of(el)
    bare = copy.deepcopy(el)
    bare.tail = None
    for t in list(bare.iterdescendants("time")):
        _drop_keeping_tail(t)
    return text_of(bare)


def _drop_keeping_tail(el: etree._Element) -> None:
    """Remove `el`, its tail kept after a space (unlike `_clutter.drop_element`, which keeps a blank tail out:
    "<b>Jane Doe</b><time>…</time><b>Tom Lee</b>" must not read "Jane DoeTom Lee")."""
    parent = el.getparent()
    tail = el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + " " + tail
    else:
        parent.text = (parent.text or "") + " " + tail
    parent.remove(el)


def _abbr_title(el: etree._Element) -> str | None:
    """The machine-readable date of an <abbr> as hAtom writes it (`<abbr class="published" title="2023-11-14T19:42:00
    -08:00">7:42 PM</abbr>`, every classic Blogger template): the title, where the text shows a time alone."""
    if el.tag != "abbr":
        return None
    title = (el.get("title") or "").strip()
    return title if title[:4].isdigit() else None


#: a print version's label before the headline in its <title> ("Print: Fire at the elevator", "Printer-friendly
#: version - …", "Drucken: …")
_PRINT_LABEL = re.compile(r"^(print|print version|printer[- ]friendly( version)?|printable version|drucken|"
                          r"druckversion|imprimer|version imprimable|stampa|imprimir)\s*[:|–—-]\s+", re.I)


#: a link to an author's page: a path segment naming authors, then the author's ("/autoren/name/max-muster",
#: "/author/jane-doe/", "/yazar/ali-veli")
_AUTHOR_PATH = re.compile(r"/(?:authors?|autor|autoren|autorin|autori|autore|auteurs?|yazar|yazarlar|penulis|"
                          r"reporters?|journalist|journalisten)/[^/?#\s]+", re.I)
_AUTHOR_PATH_WORDS = (b"/author", b"/autor", b"/auteur", b"/yazar", b"/penulis", b"/reporter", b"/journalist",
                      b"username")
#: Drupal's link to the author's account (`<a href="/user/12" class="username">`): "/user/" alone also leads to
#: logging in, so only with the class Drupal gives it
_ACCOUNT_PATH = re.compile(r"/users?/[^/?#\s]+", re.I)
#: lower-case words a person's name holds ("Ludwig van Beethoven", "Ana de la Cruz"); titles before it
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "das", "dos", "du", "di", "la",
                             "le", "bin", "ibn", "al", "el", "ten", "ter", "zu", "y"})
_NAME_TITLES = frozenset({"dr.", "prof.", "mag.", "dipl.-ing.", "ing."})


#: words of a link to an author's page that is no name ("All articles", "Mehr Artikel von …", "Tüm Yazıları")
_NOT_NAME_WORDS = frozenset({"all", "alle", "more", "mehr", "articles", "article", "artikel", "artikler", "stories",
                             "posts", "tüm", "yazıları", "yazilari", "become", "todos", "tous", "tutti", "articoli",
                             "artículos", "artigos", "profile", "profil", "author", "authors", "autor",
                             "autoren", "see", "view", "read", "lesen", "voir", "ver"})


def _linked_name(text: str) -> bool:
    """A link's whole text that reads as a person's name: two to five capitalised words (particles such as "van"
    and titles such as "Dr." aside), no digits, none of a link's own words ("All Articles")."""
    words = [w for w in text.split() if w.lower() not in _NAME_TITLES]
    return (2 <= len(words) <= 5 and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and words[0][:1].isupper()
            and not any(w.casefold() in _NOT_NAME_WORDS for w in words))


def _author_links(root: etree._Element, site: str | None, limit: int = 3, page: str | None = None) -> list[str]:
    """Names linked to their author's page on this site (`von <a href="/autoren/name/max-muster">Max Muster</a>`;
    not a book's author's page elsewhere), outside navigation, asides, footers, figures and other stories' boxes,
    when nothing marks a byline: the first few. `site`: the page's registrable domain, when known (else only links
    within the site, written without a host, count)."""
    out: list[str] = []
    for a in root.iter("a"):
        href = a.get("href")
        if not href or not (_AUTHOR_PATH.search(href) or (_ACCOUNT_PATH.search(href)
                                                           and "username" in (a.get("class") or "").split())):
            continue
        if "//" in href[:8] and (site is None or site_of(href.strip()) != site):
            continue
        text = text_of(a)
        if not text or len(text) > 60 or text in out or not _linked_name(text) or _elsewhere(a) or _in_card(a, page):
            continue
        out.append(text)
        if len(out) >= limit:
            break
    return out


#: a <time> in one of these is another story's (a teaser's, a sidebar's) or a link's, not the article's
_OTHER_STORIES = frozenset({"aside", "nav", "footer", "a"})
#: class and id words that name a box of other stories (or comments): its dates and bylines are not the article's
_OTHER_STORY_TOKENS = frozenset({"related", "recommended", "recommendation", "recommendations", "recirc",
                                 "recirculation", "trending", "teaser", "teasers", "popular", "sidebar", "rail",
                                 "comment", "comments", "mostread", "promo"})
#: a <time> marked, or labelled in the text before it, as the article's update, or as its publication
_UPDATE_MARK = re.compile(r"updat|modif|aktualisiert|actualiz|mis à jour|mise à jour|aggiornat|bijgewerkt|更新", re.I)
_PUBLISH_MARK = re.compile(r"publi|pubdate|posted|created|erschienen|veröffentlicht|gepubliceerd|公開|发布|發布", re.I)


def article_time(tree: etree._Element) -> str | None:
    """The article's own <time datetime>: not in a sidebar, a teaser or a link, not the one marked or labelled as
    its update; the one marked as its publication first, else the first."""
    first = None
    for el in _TIME_XPATH(tree):
        v = el.get("datetime")
        if not v or len(v) < 10 or _elsewhere(el, _OTHER_STORIES, comments=False):
            continue
        parent = el.getparent()
        marks = " ".join(filter(None, (el.get("class"), el.get("itemprop"), el.get("id"),
                                       "pubdate" if el.get("pubdate") is not None else None,
                                       parent.get("class") if parent is not None else None)))
        prev = el.getprevious()
        before = ((text_of(prev) + " " + (prev.tail or "")) if prev is not None
                  else (parent.text or "") if parent is not None else "")[-40:]
        if _UPDATE_MARK.search(marks) or _UPDATE_MARK.search(before):
            continue
        if _PUBLISH_MARK.search(marks) or _PUBLISH_MARK.search(before):
            return v
        if first is None:
            first = v
    return first


#: a <time> with no datetime attribute whose text may be a whole date: it holds a year (four digits, in any script)
_PRINTED_TIME_XPATH = etree.XPath("//time[not(@datetime)]")
_YEAR = re.compile(r"\d{4}")


def printed_times(tree: etree._Element) -> list[str]:
    """The texts of the <time>s with no datetime that print a date with its year ("<time>2025年3月4日</time>",
    "<time>04.03.2025 um 14:05 Uhr</time>"; not "2 hours ago", "12:30"), outside sidebars, teasers and links, in
    the page's order: HTML makes such an element's text its value. The last resort for a page's date (see
    Extractor), after its metadata and the date search."""
    return [text for el in _PRINTED_TIME_XPATH(tree)
            if _YEAR.search(text := text_of(el)) and len(text) <= 60
            and not _elsewhere(el, _OTHER_STORIES, comments=False)]


def other_stories_days(tree: etree._Element, page: str | None = None) -> set[str]:
    """The days (YYYY-MM-DD) of the <time datetime>s that belong to other stories: a sidebar's, a teaser's, a
    link's; and of the dates a teaser's link prints in an element classed as a date ("<a href="/other-story">
    <h2>… <span class="date">24.04.2023</span></h2></a>", where a date search finds them), not a link to `page`
    itself (a blog post's permalink around its own date)."""
    from ._dates import parse_date

    days = {v[:10] for el in _TIME_XPATH(tree)
            if len(v := el.get("datetime") or "") >= 10 and _elsewhere(el, _OTHER_STORIES, comments=False)}
    days.update(d[:10] for el in _LINKED_DATES(tree)
                if len(text := text_of(el)) <= _DATE_CHARS and (d := parse_date(text))
                and not same_page(next(el.iterancestors("a")).get("href") or "", page))
    return days


#: an element classed as a date inside a link (a teaser's), printing nothing but it; a date prints in so many chars
_LINKED_DATES = etree.XPath("//a//*[contains(translate(@class, 'DATE', 'date'), 'date')][not(*)]")
_DATE_CHARS = 40
#: the label of a field giving the article's date in a list of its facts ("<strong>Datum</strong> 28.04.2023",
#: "<dt>Published</dt><dd>…</dd>")
_DATE_LABEL = re.compile(
    r"^(?:date|datum|fecha|data|dato|datu|published|publication date|veröffentlicht|erschienen|publié(?: le)?|"
    r"publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd|publicerad|publisert|julkaistu|tarih|yayın tarihi|"
    r"opublikowano|publikováno|дата|日付|日期|发布时间|발행일)\s*:?$", re.I)


def labelled_date(tree: etree._Element) -> str | None:
    """The date a list of the article's facts gives after a label element of its own ("<li><strong>Datum</strong>
    28.04.2023</li>", "<dt>Published</dt><dd>March 4, 2025</dd>"), outside navigation, asides, footers and teasers,
    the list naming its author too (see _AUTHOR_LABEL): the first such. lxml's walk over the few label elements."""
    for el in tree.iter("strong", "b", "dt", "th"):
        text = el.text or ""
        if len(text) > LABEL_CHARS or len(el) or not _DATE_LABEL.match(text.strip()):
            continue
        nxt = el.getnext()
        if el.tag in ("dt", "th"):
            value = text_of(nxt) if nxt is not None and nxt.tag in ("dd", "td") else ""
        else:
            value = (el.tail or "").strip(" :\u00a0") if nxt is None else ""
        if value and len(value) <= _DATE_CHARS and _names_author(el) and not _elsewhere(el):
            return norm_space(value)
    return None


def _names_author(label: etree._Element) -> bool:
    """Whether the list of fields a label stands in has an author's field too (see _AUTHOR_LABEL): the article's
    facts, not an event's or a reviewed book's."""
    for depth, el in enumerate(label.iterancestors()):
        if depth >= _FIELD_DEPTH or el.tag in ("body", "article", "main"):
            break
        if el.tag in ("ul", "ol", "dl", "table"):
            return any(_AUTHOR_LABEL.match((f.text or "").strip()) for f in el.iter("strong", "b", "dt", "th"))
    return False


@lru_cache(maxsize=4096)
def _other_story_box(value: str) -> bool:
    """A class or id naming a box of other stories (related, trending, teasers, a sidebar, comments)."""
    from ._clutter import attribute_tokens

    return not _OTHER_STORY_TOKENS.isdisjoint(attribute_tokens(value))
