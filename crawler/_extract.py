"""`extract_article`: HTML in, one clean normalized `Article` out.

    decode -> parse once -> metadata -> site profile (or generic: clutter pruning + trafilatura)
           -> line clutter filters -> repeated-text removal -> normalization

The same input always gives the same output; nothing is carried from one document to the next.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone, tzinfo
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import lxml.etree as etree

from ._article import Article, Citation
from ._authors import (SIGN_OFF_CHARS, agency_name, agency_sign_off, byline_credits, byline_in_body, choose_authors,
                       cjk_credit_lines, closing_names, dateline_reporters, drop_appended_byline, drop_byline_lines,
                       interviewer_credit, is_quotation,
                       labelled_credits, named_in, names_line,
                       normalize_authors, own_site_names, printed_as_editor, sign_off_credit)
from ._citations import citations_for, drop_listed_sources, has_markers, reference_list, strip_markers
from ._clutter import (compile_line_patterns, drop_author_bios, drop_closing_tags, drop_clutter_lines,
                       drop_leading_date, is_clutter_line, is_date_stamp)
from ._dates import page_zone, parse_date
from ._dek import KICKER_TITLE, Dek, alternative_headline_is_dek, find_dek, picture_captions
from ._encoding import decode_html, looks_binary
from ._gcpause import collector_paused
from ._errors import ExtractionError, NotHTMLError
from ._generic import generic_paragraphs
from ._traf import preload as preload_generic
from ._html import ParseError, not_html, parse_as_browser, parse_html, text_of, utf8, without_lone_surrogates
from ._language import _identifier as _language_model, choose_language
from ._metadata import (Metadata, article_time, extract_metadata, labelled_date, other_stories_days, printed_times,
                        read_bylines, same_page)
from ._paywall import decide_access, has_paywall_markup, is_prompt, markup_counts
from ._repeats import KICKER_CHARS, remove_repeats
from ._source import PageSource, may_mention
from ._text import (CUT_MARKS, LETTER_RUN, clean_line, clean_paragraphs, cjk_ratio, ends_as_prose, join_paragraphs,
                    joined_key, key_hash, match_key, measure, shares_word, word_stems)
from ._urls import canonical_url, is_home_link, normalize_url, site_of
from .profiles import ProfileRegistry, ProfileResult, apply_profile, default_registry
from .profiles._regex import SafePattern


@dataclass
class ExtractOptions:
    use_profiles: bool = True
    #: look for a publication date in the page text (htmldate) when no structured date exists
    date_search: bool = True
    registry: ProfileRegistry | None = field(default=None, repr=False)


#: a spaced bar, dash, colon … between a headline and the site's name; a full-width bar, spaced or not ("見出し｜新聞")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|:|/|»)\s+|\s*\uff5c\s*")
#: Korean sites set the Hangul letter "ㅣ" as a bar, spaced or not, before their name, and inside headlines as a
#: label's bar too ("인터뷰ㅣ…"): only a last part that names the site goes, with a section's name glued before it
#: ("…커졌다-정치ㅣ한국일보")
_HANGUL_BAR = "\u3163"
_GLUED_SECTION = re.compile(r"-(정치|사회|경제|국제|문화|스포츠|연예|오피니언|사설|칼럼|전국|지역|산업|금융|증권|부동산|"
                            r"과학|IT|라이프|건강|교육|여행|생활|날씨|피플|인물)\s*$")


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    """The match keys a page's site goes by: its declared name, its host's first label, its host."""
    keys = {match_key(site_name)} if site_name else set()
    site = site_of(url) if url else None
    if site:
        keys.add(match_key(site.split(".")[0]))
        keys.add(match_key(site))
    keys.discard("")
    return keys


def strip_site_name(title: str, site_name: str | None, url: str | None, *, known_only: bool = False) -> str:
    """Remove a " | Site" or "Site - " part from a page title (with known_only, only a part that is the site's
    name or host)."""
    site_keys = _site_keys(site_name, url)
    site = site_of(url) if url else None
    if _HANGUL_BAR in title:
        head, _bar, tail = title.rpartition(_HANGUL_BAR)
        if head.strip() and match_key(tail) in site_keys:
            title = _GLUED_SECTION.sub("", head).strip()
    if site_name and title[:len(site_name) + 1].lower() == site_name.lower() + ":":
        title = title[len(site_name) + 1:].strip() or title  # the name as a label: "Courier: Ferry fares frozen"
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    named = [_names_site(p, site_keys) for p in parts]
    kept = [p for p, n in zip(parts, named) if not n]
    if kept and len(kept) < len(parts):
        seps = [m.group().strip() for m in _TITLE_SEPARATORS.finditer(title)]
        if (len(parts) == 3 and kept == parts[:2] and seps[0] == seps[1] and len(parts[1].split()) <= 3
                and len(parts[0].split()) >= 4):
            return parts[0]  # "Headline | Section | Site": the section set off as the site is goes with it
        if (len(parts) == 3 and kept == parts[1:] and seps[0] == seps[1] and len(parts[1].split()) <= 3
                and len(parts[2].split()) >= 4):
            return parts[2]  # "Site | Section | Headline", the same the other way round
        at = named.index(True)
        head, tail = " ".join(parts[:at]), " ".join(parts[at + 1:])
        if 0 < at < len(parts) - 1 and len(head.split()) >= 4 and len(tail.split()) < len(head.split()):
            # "Headline | Site News | Breaking News, Sport, Weather": what follows the site's name is its slogan
            return " - ".join(kept[:at]) if at > 1 else kept[0]
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    # a last part naming the host ("Headline - Neue Beispiel Zeitung" on zeitung.example)
    label = match_key(site.split(".")[0]) if site else ""
    last = match_key(parts[-1])
    if len(label) >= 5 and len(last.split()) <= 6 and label in last.split():
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·•/»\uff5c")
    # unknown site name: drop a short last part after a long first one ("Headline | Brand")
    # (a Chinese or Japanese headline has no spaces: eight characters are as long)
    head = " ".join(parts[:-1])
    if not known_only and len(parts[-1].split()) <= 3 and (len(head.split()) >= 4 or (
            len(head) >= 8 and cjk_ratio(head) >= 0.5)):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·•/»\uff5c")
    return title


def _names_site(part: str, site_keys: set[str]) -> bool:
    """A title's part that is the site's name or host, spaced or not ("Valley Courier" on valleycourier.example)."""
    key = match_key(part)
    return key in site_keys or any(k and key.replace(" ", "") == k.replace(" ", "") for k in site_keys)


#: an address written without its scheme: a host name with a dot, then a path
_BARE_HOST = re.compile(r"^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d+)?(?:/\S*)?$",
                        re.I)


def _absolute(base: str, ref: str) -> str | None:
    """`ref` (a relative or protocol-relative link) made absolute against `base`; None when it cannot be."""
    try:
        out = urljoin(base, ref.strip())
    except ValueError:
        return None
    return out if out.startswith(("http://", "https://")) else None


#: a URL's scheme, as a browser reads it (tabs and line breaks inside it are ignored)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)


def image_address(image: str | None, page_url: str | None) -> str | None:
    """The article's image as an address a reader can follow: an http(s) URL; a relative one made absolute
    against `page_url` (kept as written when there is none). Any other scheme is dropped, page URL or not:
    javascript:, vbscript:, file:, and data: (a lazy-loading placeholder, or a picture of any size inline)."""
    image = (image or "").strip(" \t\n\r\f\v\x00")
    if not image:
        return None
    scheme = _SCHEME.match(re.sub(r"[\t\n\r]", "", image))
    if scheme:
        return image if scheme[1].lower() in ("http", "https") else None
    return _absolute(page_url, image) if page_url else image


def choose_title(md: Metadata, url: str | None, tree: etree._Element | None = None) -> str | None:
    """The page's declared headline (JSON-LD, then Open Graph and other meta titles, the site name taken off);
    a page heading with the same words gives way to it (the metadata's spelling has no markup spacing
    artifacts), and one with all its words keeps a last part that looked like a site's name ("… - For Now").
    A declared headline cut short ("… After Mon", "…...") gives way to one that completes it. With no declared
    headline, the <h1> that is the <title>'s headline, then the first <h1> that is not the site's name (nor a
    logo's few words sharing none with the <title>'s headline), then the <title> (with `tree`, a blog's post
    heading when the <title>'s part is the blog's tagline: see _post_under_tagline)."""
    raw = [t for t in md.titles if t]
    # the JSON-LD headline is the headline itself: only a known site name comes off it, never a short last part
    metas = [strip_site_name(t, md.site_name, url, known_only=t is md.jsonld_headline) for t in raw]
    crumbs = {text_of(el) for el in md.h1_elements if _in_breadcrumb(el)}
    printed = _kicker_free(md.h1_elements, crumbs, raw)
    if printed:
        return printed
    if crumbs and not any(_declared(h, raw + metas) for h in md.h1 if h not in crumbs):
        found = _under_crumbs(md.h1_elements, raw + metas)
        if found:
            return found[0]
    for h in md.h1:
        key = match_key(h)
        if key:
            for m, t in zip(metas, raw):
                if match_key(m) == key:
                    return m
                if match_key(t) == key:
                    return t
    short = _short_headline(md, raw, url)
    if short:
        return short
    if metas:
        return _printed_over_variants(md, metas) or _completed(metas[0], metas[1:] + md.h1)
    site = _site_keys(md.site_name, url)
    title = strip_site_name(md.html_title, md.site_name, url) if md.html_title else ""
    key = match_key(title)
    if md.html_title:
        parts = {match_key(part) for part in _TITLE_SEPARATORS.split(md.html_title)}
        if len(parts) > 1 and key == match_key(md.html_title):
            # nothing came off the <title> ("Plan approved | El Diario de Sierra Alta": a site's name too long to
            # take for one): an <h1> printing its longest part, not a logo's, is the headline
            # (not when another part is an <h1> too, or the <h1> is the site's header's: the site's name may be the
            # longer part, "Storm | The Valley Herald of the Northern Counties")
            longest = max(parts, key=len)
            logos = {text_of(el) for el in md.h1_elements if _links_home(el) or _in_site_header(el)}
            if not {match_key(h) for h in md.h1} & (parts - {longest}):
                for h in md.h1:
                    if match_key(h) == longest and h not in logos and not _names_site(h, site):
                        return h
        # the <title>'s other parts name the site ("Storm cuts power | Valley Herald": a logo's <h1> "Valley Herald")
        site |= parts - {key}
        names = [text_of(el) for el in md.h1_elements if _links_home(el) or _in_site_header(el)]
        after = _after_site_heading(md.html_title, names)
        if after and not any(match_key(h) == key for h in md.h1):
            # a story's own <h1> beside the logo's is the headline the page prints (the <title>'s part after the
            # name may be an SEO title); only with none, as Blogger prints the post's headline, does that part win
            printed = [h for h in md.h1 if h not in names and not _names_site(h, site)]
            if printed:
                return printed[0]
            return (_post_under_tagline(tree, after, url) if tree is not None else None) or after
    headings = [h for h in md.h1 if not _names_site(h, site)]
    if title:
        for h in headings:
            if match_key(h) == key:
                return h
        # a kicker glued to the heading's first word ("AnalysisWhy the old mill …"): the <title> has it right
        if key and any(match_key(h).endswith(key) and len(key) >= 0.6 * len(match_key(h)) for h in headings):
            return title
        # a logo set as the <h1> (a link to the home page around it or in it: "엔터 미디어" over "… 이유 -
        # Entermedia"): a few words, none of them the <title>'s headline's
        words = set(key.split())
        logos = {text_of(el) for el in md.h1_elements if _links_home(el)}
        headings = [h for h in headings if h not in logos
                    or len(words) < 4 or len(hk := match_key(h).split()) > 3 or words.intersection(hk)]
        if not headings:
            # (the <title>'s part left may be the blog's tagline)
            if not md.h1 and key != match_key(md.html_title) and tree is not None:
                return _post_under_tagline(tree, title, url) or title
            return title
    return headings[0] if headings else (md.h1[0] if md.h1 else None)


#: an element printing a given text, in the page's furniture (the site's header, not the story)
_PRINTED_AS = etree.XPath("//body//*[normalize-space(.) = $text][not(ancestor-or-self::article)]"
                          "[not(ancestor-or-self::main)][not(ancestor-or-self::h1 or ancestor-or-self::h2 or "
                          "ancestor-or-self::h3)]")


#: a text printed in the story (its <article> or <main>): a headline a sticky header repeats beside the logo, no
#: tagline (text nodes: no element's whole text is built)
_PRINTED_IN_STORY = etree.XPath("(//article//text()[normalize-space(.) = $text] | "
                                "//main//text()[normalize-space(.) = $text])[1]")


def _post_under_tagline(tree: etree._Element, title: str, url: str | None) -> str | None:
    """A blog's post headline when its <title> is the blog's name and tagline ("Riverside Notes - Little stories
    from a small town", as Blogger and WordPress themes title a post's page) and no <h1> prints a headline: the
    tagline, printed under the name in the site's header outside the story, is not the post's headline; the post's
    <h2> or <h3> is, one linking to the page itself (its permalink), classed as the post's title (hAtom's
    "entry-title"), or the first in the <article> or <main>.
    None when the <title>'s part is not printed so (or is printed in the story too), or no such heading is found."""
    if not any(map(_beside_site_name, _PRINTED_AS(tree, text=title))) or _PRINTED_IN_STORY(tree, text=title):
        return None
    first = None
    for n, heading in enumerate(tree.iter("h2", "h3")):
        if n >= _H2_LOOKED_AT:
            break
        text = text_of(heading)
        if len(text.split()) < 2 or _off_story(heading) or _in_site_header(heading):
            continue
        links = [heading] if heading.tag == "a" else list(heading.iter("a"))
        if any(same_page(a.get("href") or "", url) and (a.get("href") or "").strip()[:1] != "#" for a in links):
            return text
        if _ENTRY_TITLE.search(heading.get("class") or ""):
            return text
        # (a blog theme's date heading over its posts, "Tuesday, March 4, 2025", is no post's headline)
        if (first is None and next(heading.iterancestors("article", "main"), None) is not None
                and not is_date_stamp(text)):
            first = text
    return first


def _beside_site_name(el: etree._Element) -> bool:
    """Whether an element printing a <title>'s part is a tagline: text of its own beside the site's name, a link
    to the home page within a few levels up (Blogger's "header-outer", WordPress's "site-branding"). The same text
    printed elsewhere outside the story is the headline itself: a page-title bar over the <article>, a breadcrumb's
    last step, a "most read" list's link to the page."""
    if el.tag == "a" or next(el.iterancestors("a"), None) is not None:
        return False
    for depth, up in enumerate(el.iterancestors()):
        if depth >= _TAGLINE_DEPTH or up.tag == "body":
            return False
        if any(_CRUMB.search(v) for k, v in up.items() if k in ("class", "id")):
            return False
        if any(is_home_link(href) for a in up.iter("a") if (href := a.get("href")) is not None):
            return True
    return False


#: how far up from a tagline the site's name is looked for (its <p>, the branding block, the header)
_TAGLINE_DEPTH = 3


#: the class blog themes give a post's headline (hAtom's "entry-title", "post-title")
_ENTRY_TITLE = re.compile(r"\b(entry|post)[-_]?title\b", re.I)


#: what follows a site's name opening a <title> ("Garden Notes: Dahlias in winter", "Garden Notes | Dahlias …")
_AFTER_NAME = re.compile(r"\s*[:|–—-]\s+")


def _after_site_heading(html_title: str, names: list[str]) -> str | None:
    """A blog's <title> that opens with the blog's name, set as the site's logo <h1> (`names`: "Garden Notes:
    Dahlias in winter", the post's headline in a smaller heading, as Blogger's and many blog themes print it): the
    part after the name. None when no such <h1> opens the <title>. (An <h1> in the story that opens the <title>
    is a kicker printed with the headline: it stays.)"""
    lowered = html_title.lower()
    for h in names:
        if h and len(h) < len(html_title) and lowered.startswith(h.lower()):
            sep = _AFTER_NAME.match(html_title, len(h))
            rest = html_title[sep.end():].strip() if sep else ""
            if len(rest.split()) >= 2:
                return rest
    return None


#: a breadcrumb trail (a class, id, label or data attribute naming it: "breadcrumb", "crumbs", data-breadcrumb-…)
_CRUMB = re.compile(r"crumb", re.I)
#: how far up from an <h1> a breadcrumb trail's container is looked for (the <h1>, its list item, the list, the
#: scrolling wrapper, the <nav>)
_CRUMB_DEPTH = 6
#: a heading read for its headline among this many second-level headings of the page
_H2_LOOKED_AT = 12


def _in_breadcrumb(heading: etree._Element) -> bool:
    """An <h1> that is a breadcrumb trail's last step, the page's own title after "Home › Politics ›" (often its
    search-engine title): inside a <nav>, or in an element whose class, id, label or attribute names a crumb. Such
    a site prints the reader's headline in another heading, an <h2> in the article's header."""
    for depth, el in enumerate((heading, *heading.iterancestors())):
        if depth > _CRUMB_DEPTH or el.tag in ("article", "main", "header", "body"):
            return False
        if el.tag == "nav" or any(_CRUMB.search(k) or _CRUMB.search(v) for k, v in el.items() if k != "style"):
            # a trail is a line of links: a wrapper holding paragraphs too ("content has-breadcrumbs", a <nav>
            # around the story) is the page's layout, not the trail
            return el.find(".//p") is None
    return False


def _declared(heading: str, titles: list[str]) -> bool:
    """A heading whose words are a declared title's."""
    key = match_key(heading)
    return bool(key) and any(match_key(t) == key for t in titles)


def _kicker_split(heading: etree._Element) -> tuple[str, str] | None:
    """(kicker, headline) of a heading printed as two elements, a short kicker over the headline
    (<h1><span class="overline">Flood</span><span> - </span><span>Dam gives way</span></h1>), an element that
    only separates them aside; None for any other heading (text of its own, one part, three)."""
    if (heading.text or "").strip() or any((c.tail or "").strip() for c in heading):
        return None
    parts = [t for t in (text_of(c) for c in heading if isinstance(c.tag, str)) if match_key(t)]
    if len(parts) != 2:
        return None
    kicker, headline = parts
    if len(kicker) > KICKER_CHARS or len(kicker.split()) > 6 or len(match_key(headline).split()) < 4:
        return None
    return kicker, headline


#: where a declared title's kicker ends and its headline begins ("Flood: Dam gives way", "Flood - Dam gives way")
_KICKER_MARK = re.compile(r"[:|–—/»]|\s-\s")


def _other_kicker(title: str, kicker: str, key: str) -> bool:
    """A declared title that is a kicker other than the printed one, a mark, then the headline (its key `key`)."""
    return any(match_key(title[m.end():]) == key and match_key(title[:m.start()]) != match_key(kicker)
               for m in _KICKER_MARK.finditer(title))


def _kicker_free(headings: list[etree._Element], crumbs: set[str], titles: list[str]) -> str | None:
    """The headline of an <h1> printed as a kicker element over the headline's, when the declared titles are the
    headline alone or after another kicker ("Flood - Dam gives way" printed, og:title "Dam gives way"): the kicker
    is a label. Not when a declared title is the heading whole and none the headline alone: the site counts its
    kicker in."""
    for el in headings:
        split = _kicker_split(el)
        if split and text_of(el) not in crumbs:
            printed = _headline_of(el, split, titles)
            if printed:
                return printed
    return None


def _headline_of(heading: etree._Element, split: tuple[str, str], titles: list[str]) -> str | None:
    """A kicker-and-headline heading's headline, in a declared title's spelling: the headline part when a title is
    it, else the whole heading when a title declares it (not the heading's own itemprop=headline, which says nothing
    more), else the headline part when a title is it after another kicker; None when no title names it."""
    own = text_of(heading)
    if "headline" in (heading.get("itemprop") or "") and own in titles:
        titles = titles.copy()
        titles.remove(own)
    kicker, headline = split
    whole = f"{kicker} {headline}"  # spans set side by side print on two lines, their texts glued
    # the headline alone first: a site that declares it without the kicker anywhere (og:title "Dam gives way",
    # the JSON-LD "Flood: Dam gives way") tells that the kicker it prints over it is a label
    for key in (match_key(headline), match_key(whole)):
        for t in titles:
            if match_key(t) == key:
                return t
    key = match_key(headline)
    return clean_line(headline) if any(_other_kicker(t, kicker, key) for t in titles) else None


def _under_crumbs(headings: list[etree._Element], titles: list[str]) -> tuple[str, etree._Element] | None:
    """The headline of a page whose <h1> is a breadcrumb's step, and the heading printing it: the first <h2> a
    declared title is (or, printed with a kicker element, names its headline)."""
    keys = {match_key(t) for t in titles} - {""}
    if not headings or not keys:
        return None
    for n, h2 in enumerate(headings[0].getroottree().iter("h2")):
        if n >= _H2_LOOKED_AT:
            break
        if _off_story(h2):
            continue
        split = _kicker_split(h2)
        printed = _headline_of(h2, split, titles) if split else None
        if printed:
            return printed, h2
        key = match_key(text_of(h2))
        if key in keys:
            return next(t for t in titles if match_key(t) == key), h2
    return None


def _printed_over_variants(md: Metadata, metas: list[str]) -> str | None:
    """The story's own <h1> (inside its <article>, no breadcrumb's, no logo's) when the declared titles disagree
    with each other and none is it: each is a variant written for search engines or sharing, the headline is the
    one the page prints."""
    if not md.h1_elements or not _variants_disagree(metas):
        return None
    el = md.h1_elements[0]
    text = text_of(el)
    key = match_key(text)
    # a kicker glued to a declared title ("LiveStorm hits coast"): the declared title, as before
    if (len(key.split()) < 4 or any(key.endswith(match_key(m)) for m in metas) or next(el.iterancestors("article"), None) is None
            or _in_breadcrumb(el) or _links_home(el) or _in_site_header(el)):
        return None
    # an <h2> printing a declared title: that is the headline, the <h1> a series' or section's name over it
    # ("World News Today Live")
    found = _under_crumbs(md.h1_elements, metas)
    if found:
        return found[0]
    # a series' or section's name ("Living With a Warmer Planet") shares no word with any variant of the story's
    # headline: the story's variants say what it is about, the <h1> does not; unless the <h1> heads the story's
    # byline or date, where the printed headline stands (paraphrased for the page: "Reading rooms saved by residents")
    if _series_name(key, metas + [md.html_title or ""]) and not _over_byline(el):
        return None
    return clean_line(text)


#: an element that is, or holds, the story's byline or date
_BYLINE_OR_DATE = etree.XPath(
    "boolean(descendant-or-self::time or descendant-or-self::*"
    "[@rel = 'author' or contains(translate(@class, 'BYLINEAUTHOR', 'bylineauthor'), 'byline')"
    " or contains(translate(@class, 'BYLINEAUTHOR', 'bylineauthor'), 'author')])")
#: the elements after an <h1> looked at for its byline or date
_OVER_BYLINE_SIBLINGS = 3


def _over_byline(h1: etree._Element) -> bool:
    """Whether an <h1> stands where a story's headline stands: one of the next few elements beside it is, or
    holds, the byline or the date (a series' or section's banner heads the story's own headline, or its text); no
    heading before it (a banner's <h1> over the story's own <h2> headline, then its byline and date)."""
    for n, sib in enumerate(h1.itersiblings()):
        if n >= _OVER_BYLINE_SIBLINGS or sib.tag in ("h2", "h3") or next(sib.iter("h2", "h3"), None) is not None:
            return False
        if _BYLINE_OR_DATE(sib):
            return True
    return False


#: the most words a series' or section's name set as an <h1> has ("Living With a Warmer Planet"); a longer
#: heading is a sentence, the story's headline in the page's own words
_SERIES_WORDS = 6


def _series_name(key: str, titles: list[str]) -> bool:
    """Whether an <h1>'s key `key` names a series, not the story `titles` (its declared variants and the <title>)
    are headlines of: a few words (a Chinese or Japanese heading's key counts each character as one: a headline's
    are many), two of them long enough to compare at least ("Why we run so far" cannot tell), none shared with any
    title. An <h1> whose words the <title> prints is the page's headline, the declared ones translated or written
    for search engines."""
    if len(key.split()) > _SERIES_WORDS or len(word_stems(key)) < 2:
        return False
    return not shares_word(key, titles)


def _off_story(heading: etree._Element) -> bool:
    """A heading no story's headline is: the site's logo or name (an og:title some sites fill with the site's
    name matches it), or one in a sidebar, footer or menu (a teaser). (A page <header> outside the <article> may
    hold the story's own header, so only a logo's link or class tells.)"""
    return (_links_home(heading) or _SITE_TITLE_CLASS.search(heading.get("class") or "") is not None
            or next(heading.iterancestors("aside", "footer", "nav"), None) is not None)


def _variants_disagree(metas: list[str]) -> bool:
    """Declared titles that are different headlines, not one headline with or without a kicker or a site's name
    the stripping did not know ("Storm hits coast" and "Storm hits coast - The Valley Herald Online")."""
    keys = sorted({match_key(m) for m in metas} - {""}, key=len)
    return any(not any(f" {k} " in f" {longer} " for k in keys[:i]) for i, longer in enumerate(keys) if i)


def headline_headings(md: Metadata, title: str | None) -> list[etree._Element]:
    """The page's first <h1> elements, for the dek under the headline; on a page whose <h1> is a breadcrumb's step,
    the <h2> that prints the headline `title` first."""
    if title and any(_in_breadcrumb(el) for el in md.h1_elements):
        found = _under_crumbs(md.h1_elements, [t for t in md.titles if t])
        if found and clean_line(found[0]) == title:
            return [found[1], *md.h1_elements]
    return md.h1_elements


def _short_headline(md: Metadata, raw: list[str], url: str | None) -> str | None:
    """The <h1> printing a declared title's first part when no <h1> prints a whole one, the rest a name too short to
    strip with confidence ("Storm hits coast | Planet News"): the reader's headline is the <h1>'s. Not a kicker's
    <h1> over a longer headline ("Analysis | Why the old mill closed"), not a series' <h1> over another <h1> that
    prints the rest ("Ukraine war - Kyiv hit"), not a logo's (linking home, or the site's name)."""
    site = _site_keys(md.site_name, url)
    logos = {text_of(el) for el in md.h1_elements if _links_home(el)}
    h1_keys = {match_key(h) for h in md.h1}
    for h in md.h1:
        key = match_key(h)
        if not key or h in logos or key in site:
            continue
        for t in raw:
            parts = _TITLE_SEPARATORS.split(t)
            rest = [match_key(p) for p in parts[1:]]
            if (len(parts) > 1 and match_key(parts[0]) == key and len(" ".join(rest).split()) <= len(key.split())
                    and not h1_keys.intersection(rest)):
                return clean_line(h)
    return None


_CUT = re.compile(r"\s*(\.\.\.|…)$")


_SITE_TITLE_CLASS = re.compile(r"logo|site-?(title|name)|brand|masthead", re.I)


def _in_site_header(heading: etree._Element) -> bool:
    """A heading in the page's header (a <header> outside any <article> or <main>), or classed as the site's title
    ("site-title", "logo"): the site's name, set as an <h1> by many themes."""
    if _SITE_TITLE_CLASS.search(heading.get("class") or ""):
        return True
    header = next(heading.iterancestors("header"), None)
    return header is not None and next(header.iterancestors("article", "main"), None) is None


def _links_home(heading: etree._Element) -> bool:
    """A heading inside a link to the home page, or holding one: the site's logo."""
    link = next(heading.iterancestors("a"), None)
    links = [link] if link is not None else list(heading.iter("a"))
    return any((href := a.get("href")) is not None and is_home_link(href) for a in links)


def _completed(title: str, others: list[str]) -> str:
    """`title`, or another candidate that completes it when it was cut short (a JSON-LD headline held to 110
    characters: "… After Mon" against "… After Months of Argument")."""
    bare = _CUT.sub("", title)
    key = match_key(bare)
    if len(key) < 20:
        return title
    marked = bare != title or len(title) >= 100  # an ellipsis, or the length a JSON-LD headline is held to
    for other in others:
        okey = match_key(other)
        # the other goes on where this one stops: after a mark or a long title, or in the middle of a word
        if len(okey) > len(key) and okey.startswith(key) and (marked or okey[len(key)] != " "):
            return other
    return title


def _subtitle(md: Metadata, title: str | None, paragraphs: list[str], *, whole_body: bool = False,
              dek: Dek | None = None, site: str | None = None, url: str | None = None,
              alternative_dek: bool = True, captions: AbstractSet[str] = frozenset()) -> str | None:
    """The dek the page prints under its headline, else the first description written for other pages to show that
    is no copy of the text's opening."""
    # whole_body (a profiled page: its body holds no page chrome): a description printed anywhere in the body is
    # a body sentence reused as the summary, not a dek, and must not be removed from the body as one
    lead = joined_key(paragraphs if whole_body else paragraphs[:2])
    tkey = match_key(title or "")
    # (a dek named so may run long, a summary of the story in several sentences: the page says it is the dek)
    if dek is not None and _fit(dek.text, tkey, words=NAMED_DEK_WORDS if dek.named else SUBTITLE_WORDS):
        key = match_key(dek.text)
        # not a subtitle when the text holds it whole, or opens with it (a lead printed twice, perhaps with a few
        # words more or less)
        head = key if len(key.split()) < 8 else key[: max(20, len(key) - 12)]
        opening = joined_key(paragraphs[:2])
        if f" {key} " not in f" {lead} " and not opening.startswith(head):
            return clean_line(dek.text)
        if (dek.named and whole_body and f" {key} " not in f" {opening} "
                and not any(_a_paragraph(match_key(line), paragraphs) for line in dek.paragraphs)):
            # a dek named so under the headline, its sentence lifted from a paragraph further down (a writer's or
            # an editor's pick): still the dek, and the paragraph keeps it
            return clean_line(dek.text)
    # (the alternative headline, when the page prints it as its dek: see alternative_headline_is_dek)
    # (the headline, and the headline after its kicker: "Storms: Ferry line closed" is "Ferry line closed" too)
    headline_keys = [tkey, *(match_key(m.group(1)) for m in [KICKER_TITLE.match(title or "")] if m)]
    for c in [md.alternative_headline if alternative_dek else None, *md.descriptions]:
        if c and c is not md.alternative_headline:
            c = _without_desk_label(c, url)
        if not c or not _fit(c, tkey) or (c is not md.alternative_headline and about_the_site(c, title, site)):
            continue
        # a description that is the lead (or a truncated copy of it) is not a dek, nor one that is a picture's
        # caption (see picture_captions)
        key = match_key(c)
        if key in captions or (c is not md.alternative_headline and (_fragment(c) or any(
                _holds_headline(key, t) for t in headline_keys))):
            continue
        head = key[: max(20, len(key) - 12)]
        if lead.startswith(head) or head in lead or paragraphs and _holds_opening(key, match_key(paragraphs[0])):
            continue
        return clean_line(c)
    return None


#: a description of fewer words than this that is no sentence is a fragment or a label, not a summary
FRAGMENT_WORDS = 8


def _fragment(description: str) -> bool:
    """A description that is no summary of the story: a few words that end no sentence, the site's slogan ("News
    you can trust") or a description its system cut in mid-sentence ("Before the fair opens the city"). (Chinese
    and Japanese write no spaces: their lines are left to _fit.)"""
    return (len(description.split()) < FRAGMENT_WORDS and not ends_as_prose(description)
            and cjk_ratio(description) < 0.5)


#: a headline of at least this many words held whole in a description makes it no dek
HELD_HEADLINE_WORDS = 4


def _holds_headline(key: str, tkey: str) -> bool:
    """Whether a description (its match key) holds the whole headline (`tkey`) and more: a system's template
    quoting it ("Find out more about X. Read now 'Storm hits the coast'") or the title run into the text's
    opening ("Storm hits the coast, thousands without power [Harbour Post] The storm …"), no dek."""
    return len(tkey.split()) >= HELD_HEADLINE_WORDS and key != tkey and f" {tkey} " in f" {key} "


def _a_paragraph(key: str, paragraphs: list[str]) -> bool:
    """Whether one of the paragraphs is the line of match key `key` (it, not a longer paragraph holding it)."""
    return any(len(p) < 2 * len(key) + 20 and match_key(p) == key for p in paragraphs)


#: the words of the text's opening an excerpt of it holds
OPENING_WORDS = 10


def _holds_opening(key: str, first: str) -> bool:
    """Whether a description (its match key) holds the opening words of the text's first paragraph (`first`, its
    match key) after others: an excerpt a CMS cut from the post's markup, a picture's caption the body leaves out
    before the first sentence ("The mayor at the opening There is a new …"), no dek. (A dek's short lines that the
    text opens with are no such paragraph.)"""
    words = first.split()
    if len(words) < OPENING_WORDS:
        return False
    at = f" {key} ".find(f" {' '.join(words[:OPENING_WORDS])} ")
    return at > 0  # (a description opening with the text's words and going on is a dek the lead repeats)


#: a label a site puts before every description, its desk's or place's news ("Pune News: The 5.4-km stretch …",
#: "Business News: …", "दिल्ली समाचार: …")
_NEWS_LABEL = re.compile(r"^((?:[^\W\d_][\w.'’-]*\s+){1,3})(?-i:News|NEWS|समाचार|न्यूज़)\s*[:：]\s+")


def _without_desk_label(description: str, url: str | None) -> str:
    """A description without the desk's label it opens with, when the page's address names the desk too ("Pune
    News: …" on …/city/pune/…): "Fox News: Tucker Carlson is out …" names an outlet, and stays."""
    m = _NEWS_LABEL.match(description)
    if not m or not url:
        return description
    slug = "-".join(m.group(1).lower().split())
    path = urlsplit(url).path.lower()
    return description[m.end():] if f"/{slug}/" in path or f"/{slug}-" in path else description


#: how a site describes itself on every page: "breaking news and updates", "the latest bike reviews, news, events",
#: "your source for …", "online portal"
_SITE_BLURB = re.compile(
    r"\b(?:(?:breaking|latest|top|daily)\s+(?:\w+\s+)?(?:news|headlines|stories|reviews)|news\s*(?:and|&|,)\s*"
    r"(?:updates|analysis|views|reviews)|your\s+(?:source|home|destination|guide)\s+for|(?:online|news)\s+portal|"
    r"news\s+(?:portal|website|site))\b", re.I)
#: words of a site's blurb that say nothing about a story
_BLURB_WORDS = frozenset({"breaking", "latest", "daily", "news", "headlines", "stories", "updates", "update",
                          "analysis", "views", "reviews", "review", "online", "portal", "website", "source", "home",
                          "destination", "guide", "events", "from", "with", "your", "that", "this", "and", "the",
                          "for", "all", "more", "about", "provide", "provides", "features", "brings", "bringing"})
_BLURB_WORD = re.compile(r"[^\W\d_]{3,}")
#: a site's blurb says at most this many words besides its own (a place, a topic: "… updates in Nigeria")
BLURB_OTHER_WORDS = 3


def about_the_site(description: str, title: str | None, site: str | None) -> bool:
    """A page description that describes the site, not the story (the same on every page, no dek): in a site's
    words ("breaking news and updates", "your source for …"), and either opening with the site's domain
    ("example.co.uk features the latest …") or saying little else, none of it the headline's ("Online portal that
    provides breaking news and updates in Nigeria")."""
    if not _SITE_BLURB.search(description):
        return False
    low = description.lstrip().lower()
    if site and "." in site and re.match(re.escape(site) + r"\b", low.removeprefix("www.")):
        return True
    others = set(_BLURB_WORD.findall(low)) - _BLURB_WORDS
    return len(others) <= BLURB_OTHER_WORDS and not others & set(_BLURB_WORD.findall((title or "").lower()))


#: the most words of a subtitle: a longer line is text, not a dek (one named so, at most NAMED_DEK_WORDS)
SUBTITLE_WORDS = 60
NAMED_DEK_WORDS = 150


def _fit(c: str, tkey: str, *, words: int = SUBTITLE_WORDS) -> bool:
    """A line that can be a subtitle: words, not the title, not too long, not cut short, no promo or upsell in the
    dek's place ("Read a summary…")."""
    key = match_key(c)
    # (a line of Chinese or Japanese says in 10 characters what takes 20 in a language written with spaces)
    if not key or key == tkey or len(key) < (10 if cjk_ratio(key) >= 0.5 else 20) or len(key.split()) > words:
        return False
    return not c.rstrip().endswith(CUT_MARKS) and not is_clutter_line(c) and not is_prompt(c)


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-]+(?:[ ,]+[A-Z][A-Za-z'’.\-]+){0,5})\s*"
    r"(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s*)?(?P<sep>[—–-]{1,2}|:)\s+"
)
#: a day printed after a dateline's place: "3 maggio", "3. Mai", "03 MAG", "3 may.", "May 3"
_DATELINE_DAY = r"(?:\d{1,2}\.?\s+[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s+\d{1,2})(?:\s+\d{4})?"
#: a place in any script that writes capitals ("Berlin", "PARÍS", "Frankfurt/Main", "São Paulo"), up to four words
_DATELINE_PLACE = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:[ /-][^\W\d_a-zß-ÿ][^\W\d_]*|\s(?:am|an|de|do|da|del|di|sur)){0,3}"
#: the wire datelines of other languages, the agency always in brackets: "Berlin (dpa) - ", "Hamburg (dpa/lno) - "
#: (a regional service), "ROMA, 3 maggio (ANSA) - ", "PARÍS (EFE).- ", "(ANSA) - ROMA, 03 MAG - ", "(ANSA) ROMA, 3 MAG -
#: ", the agency alone ("(Lusa) - "), Korean "(서울=연합뉴스) ", "[서울=뉴시스] ", "【서울=연합뉴스】 "
_WIRE_DATELINE = re.compile(
    rf"^(?:(?P<place>{_DATELINE_PLACE})(?:,?\s+{_DATELINE_DAY})?\s*\((?P<agency>[^()]{{2,30}})\)\s*\.?"
    rf"|\((?P<agency2>[^()]{{2,30}})\)\s*(?P<dash2>[—–-]{{1,2}}\s*)?(?P<place2>{_DATELINE_PLACE})"
    rf"(?:,?\s+{_DATELINE_DAY})?\s*|\((?P<agency4>[^()]{{2,30}})\)\s*)"
    r"[—–-]{1,2}\s+"
    r"|^[(\[【]\s*(?P<place3>[^=()\[\]【】\s]{1,12})\s*=\s*(?P<agency3>[^()\[\]【】]{1,20})[)\]】]\s*"
)


#: the place first, then the agency in brackets between dashes: "ROMA - (ANSA) - ", "MILANO, 3 MAG - (ANSA) - "
_PLACE_DASH_AGENCY = re.compile(
    rf"^(?P<place>{_DATELINE_PLACE})(?:,?\s+{_DATELINE_DAY})?\s*[—–-]{{1,2}}\s*\((?P<agency>[^()]{{2,30}})\)\s*"
    r"[—–-]{1,2}\s+")


def _emphasised(tree: etree._Element, line: str) -> bool:
    """Whether the page prints `line` as the whole text of a bold or italic element (a sign-off "<p><strong>Budi
    Santoso</strong></p>"). Looked for only once a closing line of names is found: the walk is lxml's."""
    return any(clean_line(text_of(el)) == line for el in tree.iter("strong", "b", "em", "i"))


def _beside_date(names: list[str], paragraphs: list[str], not_people: list[str | None]) -> list[str]:
    """The people a meta row under the headline names beside the date (see _name_beside_date), when the text neither
    names them nor writes their words in lower case: a place printed there ("Hong Kong | 05.04.2025", "New Delhi")
    is the text's subject or made of its words."""
    people = names_line(names[0], not_people) if names else []
    if not people or named_in(people, paragraphs, -1):
        return []
    return [] if _ordinary(names[0], _lower_case_words(paragraphs)) else people


def _bold_lead_name(paragraphs: list[str], dropped: list[str], tree: etree._Element,
                    not_people: list[str | None]) -> tuple[list[str], list[str]]:
    """The person a bold line naming one alone over the text credits (a WordPress editor's "<p><strong>Jana
    Roth</strong></p>" as the post's first paragraph), and the paragraphs without it: the text's first line, or the
    line the block rules took there as a label (`dropped`); the whole text of a <strong> or <b> under no picture (a
    portrait's caption), a paragraph of prose
    after it, the names nowhere else in the text (a profile's or an obituary's subject heads it so, and the text
    names them), none of their words one the text writes in lower case, no other line of the text names alone.
    ([], paragraphs) otherwise."""
    line, rest = (paragraphs[0], paragraphs[1:]) if paragraphs and len(paragraphs[0]) <= SIGN_OFF_CHARS else (
        None, paragraphs)
    people = names_line(line, not_people) if line else []
    if not people:
        line, rest = (dropped[0], paragraphs) if dropped else (None, paragraphs)
        people = names_line(line, not_people) if line else []
    # (one person: names joined by "and" may head a wedding announcement; those set apart by a slash are a byline
    # anyway, see byline_in_body)
    if (len(people) != 1 or not rest or not ends_as_prose(rest[0]) or named_in(people, rest, -1)
            or _surname_in(people[0], rest)
            or not any(clean_line(text_of(el)) == line and not _under_picture(el)
                       for el in tree.iter("strong", "b"))):
        return [], paragraphs
    # (nor words the text writes in lower case: a subheading's or a place's, "Key Points", "New York"; nor when
    # another line of the text holds names alone that way: a letters page, a list of names)
    ordinary = _lower_case_words(rest)
    if (_ordinary(line, ordinary) or _heading_opener(line)
            or any(len(p) <= SIGN_OFF_CHARS and names_line(p, not_people) and not _ordinary(p, ordinary)
                   for p in rest)):
        return [], paragraphs
    return people, rest


def _surname_in(person: str, paragraphs: list[str]) -> bool:
    """Whether the text names `person` by the surname alone, as a story names whom it speaks of after the first
    mention ("Roth said", an interview's "Roth: …"): the subject of a profile or an interview heads it in bold so,
    the text's author is not in it."""
    surname = person.split()[-1]
    if len(surname) < 3:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
    return any(pattern.search(p) for p in paragraphs)


#: (lower-cased) words that open a heading or a greeting and never a person's name: articles, possessives,
#: question words, "more", "key", "hello" in the main languages ("Key Findings", "Auf einen Blick", "Das Wichtigste",
#: "Our Mission", "Good Morning"); "le", "la", "les", "el" left out, they open names ("Le Minh Anh", "Les Murray")
_HEADING_OPENERS = frozenset({
    "the", "an", "our", "my", "your", "this", "these", "what", "how", "why", "key", "main", "more", "all", "new",
    "good", "hello", "dear", "welcome", "about", "der", "die", "das", "ein", "eine", "einen", "auf", "im", "zum",
    "zur", "mehr", "unser", "unsere", "wie", "was", "warum", "kurz", "alle", "neue", "hallo", "liebe", "une", "notre",
    "nos", "plus", "bonjour", "los", "las", "una", "nuestro", "nuestra", "más", "hola", "il", "gli", "nostro",
    "nostra", "più", "ciao", "het", "een", "onze", "meer", "nasz", "nasza", "nosso", "nossa", "mais", "olá"})


def _heading_opener(line: str) -> bool:
    """Whether a line of capitalised words opens with a heading's word (see _HEADING_OPENERS), no name's."""
    first = next(iter(LETTER_RUN.findall(line)), "")
    return first.casefold() in _HEADING_OPENERS


def _under_picture(el: etree._Element) -> bool:
    """Whether the paragraph a bold element stands in follows a picture (a portrait's caption: "<p><img …></p>
    <p><strong>Jane Doe</strong></p>"), or holds one. The tree is pruned by now: a paragraph that held only a
    picture is left empty, no text at all (a "<p>&nbsp;</p>" spacer keeps its space)."""
    block = next(el.iterancestors("p"), el)
    before = block.getprevious()
    pictures = ("img", "picture", "figure")
    if before is not None and (before.tag in pictures or next(before.iter(*pictures), None) is not None
                               or before.tag == "p" and before.text is None and not len(before)):
        return True
    return next(block.iter(*pictures), None) is not None


def _lower_case_words(paragraphs: list[str]) -> set[str]:
    """The words the text writes in lower case (a name's words it never does)."""
    return {w for w in LETTER_RUN.findall(" ".join(paragraphs)) if w[:1].islower()}


def _ordinary(line: str, ordinary: set[str]) -> bool:
    """Whether a line of capitalised words holds one of the `ordinary` words (those the text writes in lower case)
    other than a joining word ("and", "und")."""
    return any(w.casefold() in ordinary and w.casefold() not in _JOINERS for w in LETTER_RUN.findall(line))


#: the words that join names in a line of names
_JOINERS = frozenset({"and", "und", "et", "y", "e", "og", "och", "en", "i", "a", "ve", "dan", "và", "de", "van", "von",
                      "da", "del", "della", "di", "du", "la", "le", "der", "den", "ter", "bin", "al"})


def _set_apart(tree: etree._Element, sign_off: str) -> bool:
    """Whether the names of a flush-right sign-off are printed in capitals or as a bold or italic element's whole
    text, its source in brackets after it or not ("<strong>Minh Anh</strong> (theo AFP)")."""
    names = sign_off.split("(", 1)[0].strip()
    return sign_off.isupper() or _emphasised(tree, sign_off) or bool(names) and _emphasised(tree, names)


def _plain_credit(sign_off: str, people: list[str]) -> bool:
    """Whether a flush-right sign-off in plain type has a credit's shape no place has: two people or more ("Minh
    Anh - Thu Hà"), its source after the names ("Minh Anh (theo AFP)", "Thu Hằng/VOV.VN") or a full name of three
    capitalised words or more ("Nguyễn Thu Hằng", "María José Pérez"; "Buenos Aires", "Rio de Janeiro" have two)."""
    if len(people) > 1 or "(" in sign_off or "/" in sign_off:
        return True
    return sum(w[:1].isupper() for w in people[0].split()) >= 3


def drop_editors(md: Metadata, html: str) -> dict[str, list[str]]:
    """The metadata's author credits without the names the page prints as its editor's (see printed_as_editor):
    the visible byline then names the author. Returns the credits as they were, by source, for a page whose byline
    names no one (see restore_editors)."""
    dropped: dict[str, list[str]] = {}
    for key in ("jsonld", "meta", "microdata"):
        credits = md.author_sources.get(key) or []
        kept = [c for c in credits if not printed_as_editor(c, html)]
        if len(kept) < len(credits):
            dropped[key] = credits
            md.author_sources[key] = kept
    return dropped


def restore_editors(md: Metadata, dropped: dict[str, list[str]], not_people: list[str | None]) -> None:
    """The credits drop_editors took off back, when no visible byline names anyone: the name the page prints after
    an editor's label is then the author's title ("Political Editor: Jane Doe") or the masthead's ("Managing Editor:
    Jane Doe" in the footer), and the metadata's credit stands."""
    if dropped and not normalize_authors(md.author_sources.get("byline", []), not_people=not_people)[0]:
        md.author_sources.update(dropped)


def find_dateline(first_paragraph: str) -> tuple[str | None, str | None]:
    """("NARA, Japan", "Associated Press") for "NARA, Japan (AP) — …"; the place must open in capitals. A wire
    dateline of another language counts when its bracket names an agency: ("Berlin", "dpa") for "Berlin (dpa) - …",
    ("ROMA", "ANSA") for "(ANSA) - ROMA, 03 MAG - …", ("서울", "Yonhap") for "(서울=연합뉴스) …", (None, "Lusa") for
    "(Lusa) - …".
    The body is left as it is: the dateline stays at the start of the first paragraph."""
    text = first_paragraph or ""
    m = _PLACE_DASH_AGENCY.match(text)
    if m and m.group("place").isupper():
        agency = agency_name(m.group("agency"), marked=True)
        if agency:
            return m.group("place"), agency
    m = _DATELINE.match(text)
    if m:
        place = m.group("place").strip(" ,")
        first_word = place.split(",")[0].split()[0] if place else ""
        if first_word.isupper() and len(place) <= 60 and (
                m.group("sep") != ":" or place.replace(" ", "").replace(",", "").isupper()):
            agency = agency_name(m.group("agency"), marked=True) if m.group("agency") else None
            return place, agency
    m = _WIRE_DATELINE.match(text)
    if m and m.group("agency2") and not m.group("dash2") and m.group("place2") != m.group("place2").upper():
        m = None  # "(AFP) Emmanuel Macron — who …": without a dash after the bracket, only a place in capitals
    if m:
        credit = m.group("agency") or m.group("agency2") or m.group("agency3") or m.group("agency4")
        # ("dpa/lno": the agency's regional service)
        agency = agency_name(credit, marked=True) or agency_name(credit.split("/")[0], marked=True)
        if agency:
            place = m.group("place") or m.group("place2") or m.group("place3")
            return (place.strip() if place else None), agency
    return None, None


def _check_url_type(url: object) -> None:
    """TypeError for a page URL that is neither a str nor None."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")


class Extractor:
    """Extraction with a fixed configuration (profiles, options). Thread-compatible, not thread-safe:
    trafilatura is not; use one extractor per process."""

    def __init__(self, options: ExtractOptions | None = None) -> None:
        self.options = options or ExtractOptions()
        preload_generic()  # its lazily built data, loaded once per process, before any page

    @property
    def registry(self) -> ProfileRegistry:
        if self.options.registry is None:
            self.options.registry = default_registry() if self.options.use_profiles else ProfileRegistry()
        return self.options.registry

    @collector_paused
    def extract(self, html: str | bytes, url: str | None = None, *, content_type: str | None = None) -> Article:
        """The article in one page: `html` as text, or bytes (bytearray, memoryview) decoded with the charset of
        `content_type` (an HTTP Content-Type), else the page's own declaration or detection. ExtractionError (one
        line) for a page that is no HTML document; TypeError for arguments of the wrong type."""
        if content_type is not None and not isinstance(content_type, str):
            raise TypeError(f"content_type must be a str (a Content-Type header), not {type(content_type).__name__}")
        if isinstance(html, (bytes, bytearray, memoryview)):
            content = bytes(html)
            binary = looks_binary(content[:2048], content_type)
            if binary:
                raise NotHTMLError(f"not an HTML document: {binary}")
            text = decode_html(content, content_type).text
        elif isinstance(html, str):
            text = html
        else:
            raise TypeError(f"html must be a str or bytes, not {type(html).__name__}")
        _check_url_type(url)  # before the page is parsed, as extract_tree checks it
        if not text or text.isspace():
            raise NotHTMLError("not an HTML document: empty document")
        what = not_html(text)
        if what:
            raise NotHTMLError(f"not an HTML document: {what}")
        encoded = utf8(text)
        if encoded is None:
            text = without_lone_surrogates(text)
            encoded = utf8(text)
        try:
            tree = parse_html(text, encoded, whole=True)
        except ParseError as exc:
            raise ExtractionError(str(exc)) from None
        return self.extract_tree(tree, url, source=PageSource(text, encoded))

    @collector_paused
    def extract_tree(self, tree: etree._Element, url: str | None = None, *,
                     source: PageSource | None = None) -> Article:
        """The article in a parsed page; `source`, the page's HTML text, lets scans for markup the page never
        writes be skipped (the result is the same without it)."""
        _check_url_type(url)
        if url and "://" not in url and _BARE_HOST.match(url.strip()):
            url = "https://" + url.strip()  # "example.com/news/1": the page's address without its scheme
        url = normalize_url(url) if url else None
        md = extract_metadata(tree, url, source, bylines=False)
        page_url = url or normalize_url(md.canonical) or normalize_url(md.og_url)
        canonical = canonical_url(page_url, [md.canonical, md.og_url]) if page_url else None

        profile = self.registry.for_url(page_url) if self.options.use_profiles else None
        result: ProfileResult | None = None
        if profile is not None:
            result = apply_profile(profile, tree, md, page_url)
        host = site_of(page_url) if page_url else None
        # (not the name of a publisher that is a Person, a columnist's own site: see own_site_names)
        not_people = own_site_names(
            [md.site_name, md.publisher, md.source_organization, host, host.split(".")[0] if host else None],
            md.publisher if md.publisher_person else None)
        # the visible bylines name the authors when no more trusted source credits anyone (see choose_authors), and
        # else may add an agency or the names the metadata leaves out (see byline_credits); read before the generic
        # path prunes them (the blocks and links that may name an author only when nothing else does)
        profile_credits = bool(result and result.authors)
        if not profile_credits:
            editors = drop_editors(md, source.text) if source is not None else {}
            credited = any(normalize_authors(md.author_sources.get(k, []), not_people=not_people)[0]
                           for k in ("jsonld", "meta", "microdata"))
            read_bylines(tree, md, source, page_url, fallbacks=not credited)
            restore_editors(md, editors, not_people)

        # Paywall markup and dates before the generic path, which prunes the tree (bylines and dates included). The
        # markup only counts for a page that does not declare its access (see decide_access).
        paywall_markup = (has_paywall_markup(tree, source)
                          if result is None and markup_counts(md.accessible_for_free, False, 0) else None)
        # times written without a zone: in the site's zone (its profile), else as the page itself implies one
        site_tz = profile.timezone if profile else None
        declared = ([result.published] if result and result.published else []) + md.published
        if declared and not site_tz and not _HAS_OFFSET.search(declared[0].strip()):
            shown = article_time(tree)  # a <time datetime> may say the zone that a meta tag's time leaves out
            if shown:
                declared.append(shown)
        tz = site_tz or page_zone(declared + md.modified, md.languages, host)
        published = _pick_date(declared, tz, site_zone=site_tz is not None)
        if not published:
            published = parse_date(article_time(tree), tz)
        if not published and self.options.date_search:
            published = _htmldate(tree, page_url)
            if published and published[:10] in other_stories_days(tree, page_url):
                published = None  # a teaser's date: the search found no date of the article's own
        if not published:
            # a <time> printing its date with no datetime ("<time>2025年3月4日</time>"): the first that reads as one
            published = next(filter(None, (parse_date(t, tz) for t in printed_times(tree))), None)
        if not published:
            # the date a list of the article's facts gives after its label, beside the author's ("Datum 28.04.2023")
            published = parse_date(labelled_date(tree), tz)
        updated = None
        for cand in ([result.updated] if result and result.updated else []) + md.modified:
            updated = parse_date(cand, tz)
            if updated:
                break

        title = clean_line(result.title if result and result.title else choose_title(md, page_url, tree)) or None
        # the dek under the headline, read before the generic path prunes the header it stands in
        dek = (None if result and result.subtitle
               else find_dek(tree, title, md.descriptions, headline_headings(md, title)))
        # (read here too, before the generic path prunes the header that may print it)
        alternative_dek = bool(md.alternative_headline) and not (result and result.subtitle) and (
            alternative_headline_is_dek(tree, md.alternative_headline, source))
        captions = set() if result and result.subtitle else picture_captions(tree, md.descriptions, source)

        listed_citations: list[Citation] = []
        headings: frozenset[str] = frozenset()  # the generic text's subheadings between its lines
        code: frozenset[str] = frozenset()  # the generic text's lines of code
        subheads: frozenset[str] = frozenset()  # its section headings between two paragraphs calling to subscribe
        quoting: frozenset[str] = frozenset()  # its section headings that quote a line of the text
        if result is not None:
            raw_paragraphs = result.paragraphs
        else:
            # a numbered source list is read before the generic path prunes it as a link list
            listed_citations = reference_list(tree, page_url)
            text = source.text if source is not None else None
            raw_paragraphs, headings, code, subheads, quoting = generic_paragraphs(
                tree, md, page_url, (lambda: parse_as_browser(text)) if text else None,
                deks=[dek.text] if dek is not None and dek.named else (), source=source)

        paragraphs = clean_paragraphs(raw_paragraphs)
        prompt_seen = any(is_prompt(p) for p in paragraphs)
        if prompt_seen:
            paragraphs = [p for p in paragraphs if not is_prompt(p)]
        paragraphs, signed_agency = agency_sign_off(paragraphs, is_clutter_line)
        # (an episode's label with its running time is a player's on a page with one; else the page's own heading)
        paragraphs = drop_leading_date(drop_clutter_lines(
            paragraphs, player=lambda: may_mention(source, b"<audio", b"<video", b"player", b"podcast"),
            headings=headings, code=code, subheads=subheads))
        paragraphs = drop_closing_tags(paragraphs, md.tags)
        citations = list(result.citations) if result else []
        if result is None and has_markers(paragraphs):
            paragraphs, numbers = strip_markers(paragraphs)
            citations = citations_for(numbers, listed_citations)
            paragraphs = drop_listed_sources(paragraphs, listed_citations)
        # The layout's drop lines (which include the site's); on a profile miss the site-level lines still
        # hold: the site's own promos do not go away because its body markup changed.
        drop = result.layout.drop if result is not None else (profile.drop if profile is not None else ())
        if drop:
            paragraphs = [p for p in paragraphs if not _dropped(p, drop)]
        lead = paragraphs[:1]  # (the first line before the credit steps, which may take the byline lines out)
        if result is not None and result.authors:
            authors, agency = choose_authors([result.authors], not_people=not_people)
        else:
            authors, agency = choose_authors([md.author_sources.get(k, []) for k in ("jsonld", "meta", "microdata",
                                                                                      "byline")], not_people=not_people)
            authors, agency = byline_credits(authors, agency, md.author_sources.get("byline", []), not_people)
        # labelled credit lines in the text ("Penulis: Budi Santoso", "Editor: Rina Wati") are no text; their writers
        # are the authors when nothing more trusted credits anyone
        paragraphs, labelled, labelled_agency = labelled_credits(paragraphs, not_people)
        if not authors:
            authors, agency = labelled, agency or labelled_agency
        if not authors:
            # nothing else credits anyone: a byline printed as the text's own first line ("By Jane Doe Associated
            # Press") names the authors, and is no text
            at, people, printed_agency = byline_in_body(paragraphs, not_people)
            if at >= 0:
                authors, agency = people, agency or printed_agency
                paragraphs = paragraphs[:at] + paragraphs[at + 1:]
            elif paragraphs:
                authors = dateline_reporters(paragraphs[0])  # "(서울=연합뉴스) 홍길동 기자 = …"
            if not authors and result is None:
                authors, paragraphs = _bold_lead_name(paragraphs, md.author_sources.get("lead_line", []), tree,
                                                      not_people)
            if not authors and result is None:
                authors = _beside_date(md.author_sources.get("beside_date", []), paragraphs, not_people)
        if not authors and result is None:
            # still no one: the sign-off under the text, set flush right (the generic path took it out of the
            # text) or a line of names alone closing it, names the reporter
            sign_off = next(iter(md.author_sources.get("sign_off", [])), None)
            if sign_off:
                # (not under a quotation alone, which the name would be the speaker of)
                authors, signed = sign_off_credit(sign_off, not_people)
                # (nor a place or a subject the text names: "Hà Nội" flush right under an essay on the city)
                if paragraphs and (is_quotation(paragraphs[-1]) or named_in(authors, paragraphs, -1)):
                    authors = []
                # (nor a line in plain type naming one person by two words: a reporter's name is set apart in bold,
                # italics or capitals as under closing_names, a place the story was written in, "Buenos Aires", is
                # as often flush right plain; see _plain_credit for the plain lines that still credit)
                if authors and not _set_apart(tree, sign_off) and not _plain_credit(sign_off, authors):
                    authors = []
                signed_agency = signed_agency or signed
            if not authors:
                paragraphs, authors = closing_names(paragraphs, not_people, lambda line: _emphasised(tree, line))
        if not authors and not any(md.author_sources.get(k) for k in ("jsonld", "meta", "microdata", "byline")):
            # an interview credits its interviewer under the text, often alone ("Das Gespräch führte Anna Berger."):
            # the author when the page credits no one at all. (A credit the metadata gives only in a form that names
            # no one, a desk's initials, still credits the write-up: a broadcaster's web desk writes up the
            # interview its radio reporter conducted.)
            paragraphs, authors = interviewer_credit(paragraphs, not_people)
        paragraphs, authors = cjk_credit_lines(paragraphs, authors, not_people)
        paragraphs = drop_author_bios(drop_byline_lines(paragraphs, authors), authors)
        if authors:
            # (the byline a standfirst prints after its last sentence is out of the text: out of the dek and the
            # descriptions too, which are compared with the text's opening, and which reuse the standfirst)
            md.descriptions = [drop_appended_byline(d, authors) for d in md.descriptions]
            if dek is not None:
                dek = replace(dek, paragraphs=(*dek.paragraphs[:-1], drop_appended_byline(dek.paragraphs[-1],
                                                                                          authors)))
        if paragraphs[:1] != lead:
            # the byline lines above the date line are out: the date is the first line now ("By Jane Doe" /
            # "Updated March 4" / the story)
            paragraphs = drop_leading_date(paragraphs)
        # whole_body on both paths: a description printed anywhere in the body is a body sentence, not a dek (the
        # generic path drops a standfirst heading itself, see _generic)
        subtitle = (clean_line(result.subtitle) if result and result.subtitle
                    else _subtitle(md, title, paragraphs, whole_body=True, dek=dek,
                                   site=site_of(page_url) if page_url else None, url=page_url,
                                   alternative_dek=alternative_dek, captions=captions))
        subtitle = subtitle or None
        # the generic path keeps repeated paragraphs (its extractor's output has the page's own structure:
        # recipes, interviews), only a block printed twice goes
        paragraphs = remove_repeats(paragraphs, title=title, subtitle=subtitle,
                                    headings=result.headings if result is not None else quoting,
                                    copies=result is not None, headlines=md.h1[:1],
                                    alternative=md.alternative_headline)
        body = join_paragraphs(paragraphs)
        words, minutes = measure(body)

        if not agency:
            for org in md.organisations:
                agency = agency_name(org)
                if agency:
                    break
        dateline, dateline_agency = find_dateline(paragraphs[0]) if paragraphs else (None, None)
        agency = agency or dateline_agency or signed_agency

        declared = list(md.languages) + ([profile.language] if profile and profile.language else [])
        language = choose_language(declared, body or title or "")

        key_points = clean_paragraphs(result.key_points) if result else []
        notes = clean_paragraphs(result.notes) if result else []
        image = image_address((result.image if result and result.image else None) or md.image, page_url)
        section = (result.section if result and result.section else None) or md.section
        tags = (result.tags if result and result.tags else None) or md.tags

        if paywall_markup is None:  # not read yet: only if it counts (a profiled page's tree is as parsed)
            paywall_markup = (markup_counts(md.accessible_for_free, prompt_seen, words)
                              and has_paywall_markup(tree, source))

        return Article(
            url=url,
            canonical_url=canonical,
            site=site_of(canonical or page_url) if (canonical or page_url) else None,
            title=title,
            subtitle=subtitle if subtitle != title else None,
            authors=authors,
            agency=agency,
            published_at=published,
            updated_at=updated,
            language=language,
            dateline=dateline,
            body=body,
            key_points=key_points,
            notes=notes,
            sources=list(result.sources) if result else [],
            citations=citations,
            section=clean_line(section) or None if section else None,
            tags=list(dict.fromkeys(c for c in (clean_line(t) for t in tags) if len(c) > 1))[:50],
            image=image,
            access=decide_access(md.accessible_for_free, prompt_seen, paywall_markup, words),
            word_count=words,
            reading_time=minutes,
            content_hash=key_hash(joined_key(paragraphs)),
            profile=result.label if result else "generic",
            profile_miss=profile is not None and result is None,
        )


_HAS_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$", re.I)


def _pick_date(candidates: list[str], tz: str | tzinfo | None, site_zone: bool = False) -> str | None:
    """The first candidate that parses; when it is a wall time without an offset (or a day alone), a later
    candidate for the same time with a declared offset (or the same day with a time) says it better, unless the
    site's zone (`site_zone`: its profile names `tz`) says how to read it."""
    parsed: list[tuple[str, str]] = []
    for raw in candidates[:8]:
        value = parse_date(raw, tz)
        if value:
            parsed.append((raw, value))
    if not parsed:
        return None
    first_raw, first = parsed[0]
    if not site_zone and not _HAS_OFFSET.search(first_raw.strip()):
        for raw, value in parsed[1:]:
            if len(first) > 10 and _HAS_OFFSET.search(raw.strip()) and value[:16] == first[:16]:
                return value
            if len(first) == 10 and len(value) > 10 and value[:10] == first:
                return value
    return first


def _dropped(line: str, patterns: tuple[SafePattern, ...]) -> bool:
    if not line.startswith("- "):
        return any(d.fullmatch(line) for d in patterns)
    bare = line[2:]
    return any(d.fullmatch(line) or d.fullmatch(bare) for d in patterns)


def _htmldate(tree: etree._Element, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        if not found:  # a date in the text ("publiziert am 25. September 2018"), not a year alone (a copyright's)
            found = find_date(tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
            if found and found.endswith("-01-01"):
                found = None
            if found:
                found = _day_first(found, tree, url)
    except Exception:  # htmldate raises assorted errors on odd pages; a missing date is not a failure
        return None
    return parse_date(found) if found else None


#: a date written with dots and spaces, as Czech, Slovak or Polish pages print it ("12. 3. 2025"): always day
#: first, which htmldate's text search reads month first
_SPACED_DOTTED = re.compile(r"(?<!\d)(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")


def _day_first(found: str, tree: etree._Element, url: str | None = None) -> str:
    """`found` (YYYY-MM-DD from htmldate's text search), its day and month swapped when the page prints it as a
    spaced dotted date whose month-first reading it is (and none read day first gives it); not when the page's
    address holds the date as found, nor when the swap would date the page in the future."""
    year, month, day = found[:4], int(found[5:7]), int(found[8:10])
    if day > 12 or day == month:
        return found
    if url and any(f"{year}{sep}{month:02d}{sep}{day:02d}" in url for sep in ("/", "-", "")):
        return found
    dates = {(int(d), int(m)) for d, m, y in _SPACED_DOTTED.findall(" ".join(tree.itertext())) if y == year}
    if (month, day) in dates and (day, month) not in dates:
        swapped = f"{year}-{day:02d}-{month:02d}"
        if swapped <= datetime.now(timezone.utc).strftime("%Y-%m-%d"):
            return swapped
    return found


_default: Extractor | None = None


def preload() -> None:
    """Pay extraction's one-off costs now instead of on the first page that needs each: the language model (about
    half a second, read when a page's text is first classified), the clutter line patterns (compiled when a line
    first needs one), jusText's stop words and the bundled profiles' selectors. For a program that extracts its
    first page while someone waits (a service's first request) or times its extractions (a benchmark's warm-up);
    the crawl's extraction fork server calls it before forking its workers. An invalid bundled profile is not
    reported here but where it is loaded for a page."""
    _language_model()
    preload_generic()
    compile_line_patterns()
    try:
        default_registry().compile_all()
    except Exception:  # noqa: BLE001  (reported with its file and key when a page needs the registry)
        pass


def extract_article(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article from one HTML page (str, or bytes in any encoding). Raises ExtractionError when
    the input is not a usable HTML document, TypeError for an `html` or `url` of the wrong type. Uses one
    shared Extractor: call it from one thread (trafilatura
    is not thread-safe); extract in processes to use several cores. The cyclic garbage collector is paused for
    the call (see crawler/_gcpause.py)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(html, url)
