"""Block rules: what the generic path drops from its lines by their markup and their place, which line patterns
cannot see (a headline or standfirst opening the text, link teasers and link lists, labels and item boxes
opening it, the site's name closing it, pull quotes printed twice)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import Match, SequenceMatcher

from trafilatura.utils import safe_base_url

from ._blocks import (Block, _internal, _matches, _SENTENCE_END, _title_keys, _URLISH, _words, label_line,
                      prints_label_list)
from ._authors import _BYLINE_OPENING
from ._boxes import LINK_BOX_TITLE_WORDS
from ._clutter import _CALL, RELATED_LABELS, is_clutter_line
from ._dates import parse_date
from ._metadata import Metadata
from ._text import LABEL_WORDS, SPACELESS, cjk_ratio, ends_as_prose, match_key
from ._urls import site_of


#: the vowel signs and other marks of Indic scripts, Thai and Lao, Burmese, and joiners, which \w does not take for
#: letters ("यह भी पढ़ें:", "อ่านเพิ่มเติม:")
_MARKS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u200c\u200d"
_LABEL = re.compile(rf"^[^\W\d][\w'’ {_MARKS}]{{0,24}}[:：|]\s*")
#: a "related" label before a link, with no colon ("Lee también <a>…</a>")
_RELATED_LABEL = re.compile(rf"^({RELATED_LABELS})\s+", re.I)
#: … or set off by capitals alone ("LEGGI ANCHE Crociere, a Bari un 2025 da record", "READ MORE Storm hits …"): one
#: to CAPS_LABEL_WORDS words in capitals, of letters alone, before a word that is not
CAPS_LABEL_WORDS = 4


def _label(text: str) -> str | None:
    """The short label a teaser line opens with, with the space after it, if any."""
    found = _LABEL.match(text)
    if found:
        return found.group(0)
    words = text.split(" ", CAPS_LABEL_WORDS + 1)
    n = 0
    while n < min(len(words) - 1, CAPS_LABEL_WORDS) and len(words[n]) >= 2 and words[n].isalpha() \
            and words[n].isupper():
        n += 1
    if n == 0 or words[n].isupper():
        return None
    label = " ".join(words[:n]) + " "
    return label if len(label) <= 25 else None


def _related_label(text: str) -> str | None:
    found = _RELATED_LABEL.match(text)
    return found.group(0) if found else None


def _is_link_teaser(b: Block, site: str | None = None, base: str = "") -> bool:
    """A paragraph that is nothing but a link to another story of the site (after a short label such as "See
    more:"): a headline, no sentence end. A link to another site (a shop, a source) is not a teaser."""
    if b.kind not in ("p", "other"):
        return False
    links = b.links
    label = _label(b.text) or _related_label(b.text)
    if label and b.chars > len(label):
        links = b.link_chars / (b.chars - len(label.strip()))
    if links < 0.85:
        return False  # (before the targets' test: a sentence's links are most paragraphs' and cost a URL parse each)
    if b.targets and not all(_internal(t, site, base) for t in b.targets):
        return False
    text = b.text.strip()
    rest = text[len(label):] if label else text
    if _URLISH.match(text) or _words(text) < 4 or all(w.startswith("@") or _URLISH.match(w.strip(",;"))
                                                      for w in rest.split()):
        return False  # a link to a handle or an address is a reference, not a teaser
    return not text.rstrip("\"'”’)] ").endswith(_SENTENCE_END)


def _is_link_list(items: list[Block], site: str | None = None, base: str = "") -> bool:
    """Three or more list items, nearly all links: links to other stories (or a menu); or a list of any length
    whose every item is a short line that is mostly a link to this site ("US politics: all the news in our live
    blog", "Read the story: …")."""
    if len(items) >= 3 and sum(1 for b in items if _is_link_item(b, site, base)) >= 0.8 * len(items):
        return True
    return bool(items) and all(_site_link_line(b, site, base, 0.6) is not None for b in items)


#: a list that ends the text with a link to this site in each item is a list of its other stories when it has
#: this many items, each of at most STORY_ITEM_WORDS words and at least STORY_ITEM_LINKS links
STORY_LIST_ITEMS = 3
STORY_ITEM_WORDS = 20
STORY_ITEM_LINKS = 0.25


def _is_story_list(items: list[Block], site: str | None = None, base: str = "") -> bool:
    """A list that ends the text, each item a line linking part of itself to another story of the site ("YouTubers
    must unionize, <a>no matter what Google says</a>"): the site's "more stories" list, whose heading the clutter
    rules took. Items that end as sentences do (a list of the story's points), or link elsewhere (sources), are
    not."""
    if len(items) < STORY_LIST_ITEMS:
        return False
    for b in items:
        text = b.text.removeprefix("- ").strip()
        if b.links < STORY_ITEM_LINKS or not b.targets or not all(_internal(t, site, base) for t in b.targets):
            return False
        if _words(text) > STORY_ITEM_WORDS or text.rstrip("\"'”“’)] ").endswith(_SENTENCE_END):
            return False
    return True


def _site_link_line(b: Block, site: str | None, base: str, share: float) -> str | None:
    """The text of `b` when it is a short line (no sentence) at least `share` of which is links, all to this
    site; else None."""
    if b.links < share or not b.targets or not all(_internal(t, site, base) for t in b.targets):
        return None
    text = b.text.removeprefix("- ").strip()
    if _words(text) > 20 or text.rstrip("\"'”“’)] ").endswith(_SENTENCE_END):
        return None
    return text


#: a call to the reader to act on the site, opening a line ("Join the conversation", "Get the app", "Have your say",
#: "Diskutieren Sie mit", "Rejoignez la discussion", "Únete a la conversación", "Partecipa alla discussione"): the
#: clutter rules' calls (join, follow, subscribe …) and the invitations to comment, download or support the site;
#: not their "get …", which also offers a product of a shopping guide's ("Get the tide tables <a>at the shop</a>")
_ACT_CALL = re.compile(
    rf"((?!get\b){_CALL}|(join|start|enter) the (conversation|discussion|debate)|have your say|leave a comment|"
    r"(comment|vote|share your (view|views|thoughts|opinion|story)|tell us)\b|(download|get) (the|our) app|"
    r"support (us|our|local|independent|quality)\b|become a (member|subscriber|supporter)|donate\b|"
    r"diskutier(en sie|e)? mit|reden sie mit|(jetzt )?mitdiskutieren|kommentier(en sie|e)\b|ihre meinung|"
    r"deine meinung|(holen|laden) sie (sich )?(die|unsere) app|lade dir (die|unsere) app|(die|unsere) app "
    r"herunterladen|unterstützen sie|"
    r"rejoignez la (conversation|discussion)|participez (à la discussion|au débat)|donnez votre avis|réagissez|"
    r"commentez|téléchargez (l['’]appli|l['’]application|notre appli)|soutenez|"
    r"(únete|súmate|participa) (a|en) (la conversación|el debate|la discusión)|deja (tu|un) comentario|opina\b|"
    r"comenta\b|descarga (la|nuestra) (app|aplicación)|apóyanos|"
    r"(partecipa|unisciti) alla (discussione|conversazione)|di[cr]i? la tua|commenta\b|"
    r"scarica (l['’]app|la nostra app)|sostienici)", re.I)
#: such a call is a line of a few words, at least this share of them a link (the forum, the app, the offer)
ACT_CALL_WORDS = 16
ACT_CALL_LINK_SHARE = 0.4
#: a call whose sentence holds this many characters after its link goes on as a sentence of the story does ("Vote
#: <a>in our reader poll</a> on Thursday, the council said.": a few words, not a full stop or "here.")
ACT_CALL_GOES_ON_CHARS = 15
#: … unless what follows the link still speaks to the reader or for the site ("… and tell us what you think", "und
#: sagen Sie uns Ihre Meinung", "et donnez-nous votre avis", "y cuéntanos tu opinión", "e dicci la tua"): the call
#: goes on as the widget's, where a story's sentence goes on with its date or who said it
_SITE_VOICE = re.compile(
    r"(?i:\b(us|our|we|you|your|nous|notre|nos|vous|votre|vos|toi|ton|ta|tes|nuestr[oa]s?|tu|tus|usted|te|"
    r"cuéntanos|dinos|escríbenos|síguenos|noi|nostr[oaie]|voi|vostr[oaie]|tuo|tua|tuoi|tue|dicci|scrivici|seguici|"
    r"uns|unser\w*|wir|dir|dich|dein\w*)\b)|\b(Sie|Ihnen|Ihre?[mnrs]?)\b")


def _call_to_act(b: Block, site: str | None, base: str) -> bool:
    """A short paragraph that calls the reader to act, its words mostly a link ("Join the conversation <a>in our
    reader forum</a>", "Get the app <a>and never miss a story</a>"): the site's widget, not the story. A sentence
    of the story that opens so links little of itself; or it is a whole sentence sending the reader elsewhere, to
    whom the story is about ("Donate <a>to the Friends of the Library</a> before Friday, the group asks.", "Join
    the debate <a>on the council's consultation site</a> until 12 May."), or one that goes on past its link ("Vote
    <a>in our reader poll</a> on Thursday, the council said."): the site's call points into the site, and is a
    label with its link, no sentence, or stops at the link's end."""
    if not (b.kind in ("p", "other") and b.links >= ACT_CALL_LINK_SHARE and _words(b.text) <= ACT_CALL_WORDS):
        return False
    if _ACT_CALL.match(b.text.lstrip("-•·|»>→▶► ")) is None:
        return False
    if not ends_as_prose(b.text):
        return True
    # a sentence: the story's when it sends the reader elsewhere, or when it goes on past its link (a widget prints
    # its few words of call, then the link, and stops)
    return all(_internal(t, site, base) for t in b.targets) and (
        b.after_link < ACT_CALL_GOES_ON_CHARS or _SITE_VOICE.search(b.text[-b.after_link:]) is not None)


#: a paragraph led by an arrow (">> Find all our coverage here"), when mostly a link, points elsewhere
_ARROW_LED = re.compile(r"^\s*(>>|»\s|→|▶|►|➤|⇒|->)\s*\S")
ARROW_LINK_SHARE = 0.4
#: … and when a part of it links into the site: a promo's few words linked in its sentence (">> Looking for a
#: mortgage? Our <a>big rate comparison</a> shows today's terms.")
ARROW_SITE_LINK_SHARE = 0.2
ARROW_WORDS = 30


def _arrow_promo(blocks: list[Block], i: int, site: str | None, base: str) -> bool:
    """An arrow-led paragraph of a few words that links elsewhere, or points into the site: the site's pointer to
    another page, not a line of the story (which an arrow does not open). A paragraph partly linked is a promo only
    on its own: in a run of arrow-led paragraphs it is a step of a list the story writes with arrows ("→ Turn off
    the water, then open <a>the main valve</a>." over "→ Let the pipes drain.")."""
    b = blocks[i]
    if b.kind not in ("p", "other") or b.links < ARROW_SITE_LINK_SHARE or _words(b.text) > ARROW_WORDS \
            or _ARROW_LED.match(b.text) is None:
        return False
    if b.links >= ARROW_LINK_SHARE:
        return True
    return all(_internal(t, site, base) for t in b.targets) and not _in_arrow_run(blocks, i)


def _in_arrow_run(blocks: list[Block], i: int) -> bool:
    """True when the block before or after the `i`-th is also led by an arrow."""
    return any(0 <= j < len(blocks) and _ARROW_LED.match(blocks[j].text) is not None for j in (i - 1, i + 1))

#: the end of a kicker ("Health: ", "„Too late“: ", "AI in schools? "), seen a few characters into the link after it
#: (the counts of linked and unlinked characters may differ from the text by some white space)
_KICKER_END = re.compile(r"[:：?!|–—]\s*\S{0,4}$")
#: between several links behind one kicker
_LINK_SEPARATORS = re.compile(r" [|·•] ")


def _is_link_item(b: Block, site: str | None, base: str) -> bool:
    """A list item that is a link, or a headline of this site's linked behind a kicker ("Health: …"): the unlinked
    part comes first, is short and ends as a kicker does."""
    if b.links >= 0.8:
        return True
    text = _site_link_line(b, site, base, 0.5)
    if text is None:
        return False
    # the separators between several links ("Raids: In the capital | In the suburbs") are not the kicker's
    unlinked = b.chars - b.link_chars - 3 * len(_LINK_SEPARATORS.findall(text))
    return unlinked <= 40 and _KICKER_END.search(text[:unlinked + 2]) is not None


def _opening_label(text: str) -> bool:
    """A label printed where the text begins (a section or kicker word, "Article", a date and time, an arrow-led
    link to the topic page), not a line of the text: one or two words of letters alone, a date, or an arrow-led
    line of up to four words. A place in capitals (a dateline), and text in a script written without spaces
    (ideographs, Thai …), are kept."""
    t = text.strip()
    if not t or cjk_ratio(t) >= 0.3 or len(SPACELESS.findall(t)) >= len(t) / 3:
        return False
    if len(t) <= 40 and any(c.isdigit() for c in t) and parse_date(t) is not None:
        return True  # a date, perhaps with its time ("6 March 2025", "12.03.2024, 07:30 Uhr")
    if _ARROW_LED.match(t):
        return len(t.split()) <= 4
    # one or two words of letters and nothing else (not "Dear Editor,", "Q:", "Serves 4", „Unfassbar“, "Kyiv, Ukraine"),
    # unless a place in capitals of four letters or more ("LUGANO"): a dateline printed on its own line, kept
    if LABEL_WORDS.fullmatch(t) is None:
        return False
    return not (t.isupper() and sum(c.isalpha() for c in t) >= 4)


def _heads_a_list(nxt: Block) -> bool:
    """A label over a list, or over a short line that is no label, is their heading ("Ingredients", "In brief"),
    not a label of the page."""
    if nxt.kind == "li":
        return True
    return nxt.kind in ("p", "other") and _words(nxt.text) < 8 and not _opening_label(nxt.text)


#: the kinds of block a label is printed as
_LABEL_KINDS = frozenset({"p", "other", "h2", "h3", "h4", "h5", "h6"})

#: a kicker over the headline is a few words ("Opinion poll:", "HOUSING SHORTAGE")
KICKER_WORDS = 4
KICKER_MAX_CHARS = 40


def _headline_kickers(blocks: list[Block], dropped: set[int]) -> set[int]:
    """The indexes of the short lines right over a headline that goes (see apply_block_rules), up to the first
    longer line: its kicker, a topic's or series' name ("Opinion poll:", "HOUSING SHORTAGE"), the items of a row of
    labels over it ("12.05.2025", "→ Focus"). The text starts under its headline: a line in capitals over it is no
    dateline, which _opening_label keeps after the headline."""
    out: set[int] = set()
    for j in dropped:
        if blocks[j].kind != "h1":
            continue
        i = j - 1
        while i >= 0:
            if i not in dropped:
                t = blocks[i].text.strip().removeprefix("- ").strip()
                if not (blocks[i].kind in _KICKER_KINDS and t and len(t) <= KICKER_MAX_CHARS
                        and _words(t) <= KICKER_WORDS and not ends_as_prose(t) and cjk_ratio(t) < 0.3):
                    break
                if _BYLINE_OPENING.match(t):
                    break  # a byline over the headline ("By Jane Roe"): the credit rules read the text's first lines
                out.add(i)
            i -= 1
    return out


#: the kinds of block a kicker is printed as: a label's, or an item of a row of labels
_KICKER_KINDS = _LABEL_KINDS | {"li"}


#: the items of a box printed between the headline and the text are this short …
OPENING_ITEM_WORDS = 4
#: … and each names a minute of play ("Hollis 12', 80'"): a fact box's short items ("3 dead", "12 injured") or key
#: points are the story's
_MINUTE = re.compile(r"\d{1,3}(\+\d{1,2})?\s?['’′]")


def _opening_item_boxes(blocks: list[Block], first_text: int, dropped: set[int]) -> set[int]:
    """The indexes of the lists between the headline and the text's first paragraph that nothing introduces (the
    headline right before them, or labels that go), each item a few words with a minute of play and no sentence: a
    match's scorers in the page's header ("Hollis 12', 80'"), not a list of the text, which a heading or a sentence
    of its own introduces."""
    out: set[int] = set()
    i = 0
    while i < first_text:
        if blocks[i].kind != "li":
            i += 1
            continue
        end = i
        while end < len(blocks) and blocks[end].kind == "li" and blocks[end].group == blocks[i].group:
            end += 1
        before = i - 1
        while before >= 0 and before in dropped and blocks[before].kind != "h1":
            before -= 1
        under_headline = before >= 0 and blocks[before].kind == "h1"
        if end <= first_text and under_headline and all(
                _words(b.text.lstrip("-•* ")) <= OPENING_ITEM_WORDS and not ends_as_prose(b.text)
                and _MINUTE.search(b.text) for b in blocks[i:end]):
            out.update(range(i, end))
        i = end
    return out


def apply_block_rules(blocks: list[Block], md: Metadata, url: str | None = None,
                      deks: Sequence[str] = ()) -> list[Block]:
    # the opening: headline and standfirst headings before the first paragraph, and labels printed there
    first_text = next((i for i, b in enumerate(blocks) if not b.kind.startswith("h") and _words(b.text) >= 8),
                      len(blocks))
    descs = [k for k in (match_key(d) for d in [md.alternative_headline, *md.descriptions] if d) if k]
    dek_keys = {k for k in map(match_key, deks) if k}
    # (a headline may end with a full stop: "I mapped every complaint. Here is what I found.")
    title_keys = _title_keys(md)
    drop: set[int] = set()
    seen_h1 = False
    labels = first_text < len(blocks)
    for i in range(first_text):
        b = blocks[i]
        if b.kind == "h1" and _words(b.text) <= 30 and (not b.text.endswith(".") or _matches(b.text, title_keys)):
            drop.add(i)
            seen_h1 = True
        elif b.kind in ("h2", "h3", "h4") and (seen_h1 or i == 0) and (_matches(b.text, descs)
                                                                       or match_key(b.text) in dek_keys):
            drop.add(i)
        elif labels and b.kind in _LABEL_KINDS and not _heads_a_list(blocks[i + 1]) and _opening_label(b.text):
            drop.add(i)
            if b.kind == "p" and i + 1 == first_text:
                # (a paragraph of two words right over the text may be the author's name an editor typed there,
                # "<p><strong>Jana Roth</strong></p>": a credit if nothing else credits anyone, see _bold_lead_name)
                md.author_sources["lead_line"] = [b.text]
    drop |= _opening_item_boxes(blocks, first_text, drop)
    drop |= _headline_kickers(blocks, drop)
    site = site_of(url) if url else None
    base = safe_base_url(url) if url else ""
    out: list[Block] = []
    groups: dict[int, list[Block]] = {}
    for b in blocks:
        if b.kind == "li":
            groups.setdefault(b.group, []).append(b)
    link_lists = {g for g, items in groups.items() if g >= 0 and _is_link_list(items, site, base)}
    if blocks and blocks[-1].kind == "li":
        items = groups[blocks[-1].group]
        before = blocks[len(blocks) - len(items) - 1] if len(blocks) > len(items) else None
        # with no heading or lead-in of its own left ("The headliners", "Among them:"): the rules took its label
        if (before is not None and not before.kind.startswith("h") and not before.text.endswith(":")
                and _is_story_list(items, site, base)):
            link_lists.add(blocks[-1].group)
    for i, b in enumerate(blocks[:-1]):
        # the heading over a list of links ("Also of interest") is its label, and so is a line leading into it
        # ("More on this in our weekly rates check:", "Mehr zum Thema finden Sie auch im wöchentlichen Zins-Check:")
        nxt = blocks[i + 1]
        if nxt.kind == "li" and nxt.group in link_lists and _words(b.text) <= 12 and (
                b.kind.startswith("h") or (b.kind in ("p", "other") and (_words(b.text) <= LINK_BOX_TITLE_WORDS
                                                                         or b.text.rstrip().endswith((":", "：")))
                                           and not ends_as_prose(b.text))):
            drop.add(i)
    prose_before = False  # a paragraph of the text kept so far
    listed: bool | None = None  # (whether the story prints a list as label lines: looked at once, when first asked)
    for i, b in enumerate(blocks):
        if i in drop:
            continue
        if dek_keys and prose_before and match_key(b.text) in dek_keys:
            continue  # the dek, moved by the extractor after the text's paragraphs (as the first paragraph it stays)
        if b.kind.startswith("h") and b.links >= 0.6:
            continue
        if _is_link_teaser(b, site, base):
            # (a line of a list the story prints as label lines, its names linked, is no teaser: "Group B:
            # <a>Ferncliff</a>, <a>Oakmere</a>", beside another line of the list; a row of headlines after the text,
            # "Sport: <a>Holders keep their coach</a>, <a>…</a>", stands beside none)
            if not (label_line(b.text) and any(label_line(blocks[j].text) for j in (i - 1, i + 1)
                                               if 0 <= j < len(blocks))):
                continue
            if listed is None:
                listed = prints_label_list(blocks)
            if not listed:
                continue
        if _call_to_act(b, site, base):
            continue
        if _arrow_promo(blocks, i, site, base):
            continue
        if b.kind == "li" and b.group in link_lists:
            continue
        out.append(b)
        # (a sentence of 80 characters, or of 30 in Chinese or Japanese; not a headline printed as a paragraph)
        prose_before = prose_before or (b.kind == "p" and (len(b.text) >= 80 or (
            len(b.text) >= 30 and cjk_ratio(b.text) >= 0.5)) and ends_as_prose(b.text))
    # the paper's name printed under the story it provided ("青葉新報", "The Harbour Post"), before the clutter lines
    # that go later (its copyright line)
    last = len(out) - 1
    while last > 0 and is_clutter_line(out[last].text):
        last -= 1
    if last > 0 and out[last].kind in ("p", "other") and _names_the_site(out[last].text, md):
        del out[last]
    return out


#: a site's or a provider's name is a few words
SITE_NAME_WORDS = 5


def _names_the_site(text: str, md: Metadata) -> bool:
    """`text` is the site's name, or its provider's: the name the page declares, or a part of its <title> that is
    not its headline ("…の要望受け（青葉新報） - ニュース"), and no sentence."""
    key = match_key(text)
    if not key or _words(text) > SITE_NAME_WORDS or ends_as_prose(text):
        return False
    if key in {match_key(n) for n in (md.site_name, md.publisher) if n}:
        return True
    if not md.html_title:
        return False
    rest = md.html_title
    headlines = [t for t in (*md.titles, *md.h1) if t]
    for h in headlines:
        rest = rest.replace(h, " ")
    if rest == md.html_title or any(f" {key} " in f" {match_key(h)} " for h in headlines):
        return False  # no headline to set apart, or the words are the headline's
    return f" {key} " in f" {match_key(rest)} "


#: a pull quote: a blockquote of at least this many words whose words the text prints elsewhere
PULL_QUOTE_MIN_WORDS = 5
#: the speaker named after a pull quote ("… endurance test.” — Olwen Tarrant")
_ATTRIBUTION = re.compile(r"\s*[—–-]+\s*[^\W\d][\w.'’ -]{0,50}$")


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """A blockquote whose words (its speaker's name after a dash aside) stand in one of the text's other blocks is a
    pull quote, printed again for show: it goes, the sentence stays in the running text. So does one that prints a
    quotation of the text trimmed for show (a word left out or changed), and the line naming its speaker under it. A
    blockquote the text does not repeat (a letter, a post) stays."""
    quotes = [i for i, b in enumerate(blocks) if b.kind == "quote"]
    if not quotes:
        return blocks
    keys = [match_key(b.text) if b.kind != "quote" else "" for b in blocks]
    text = " " + " ".join(k for k in keys if k) + " "
    doomed = set()
    for i in quotes:
        raw = blocks[i].text
        bare = _ATTRIBUTION.sub("", raw) if raw.rstrip()[-1:].isalpha() else raw
        key = match_key(bare)
        if _words(key) < PULL_QUOTE_MIN_WORDS:
            continue
        if f" {key} " in text or (_words(key) >= TRIMMED_QUOTE_MIN_WORDS and not _social_post(blocks, i)
                                   and _trimmed_copy(key, keys)):
            doomed.add(i)
            if i + 1 < len(blocks) and _speaker_line(blocks[i + 1], text):
                doomed.add(i + 1)
    return [b for i, b in enumerate(blocks) if i not in doomed]


#: a pull quote trimmed for show holds at least this many words (a short one may well be said twice)…
TRIMMED_QUOTE_MIN_WORDS = 8
#: … and at least this share of them stand in one paragraph of the text, in the same order
TRIMMED_QUOTE_SHARE = 0.8
#: the line naming a pull quote's speaker ("Jane Roe, University of Leeds") is at most this many words
SPEAKER_LINE_WORDS = 14
_SPEAKER_NAME = re.compile(r"^[—–-]?\s*([^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*){1,3})(?:,|\s*$|\s+[(|–—-])")


#: what a quoted social post prints and a pull quote does not: a handle, a hashtag, a link, "pic.twitter.com/…"
_POST_MARK = re.compile(r"(^|\s|\()[@#]\w|https?://|pic\.twitter\.com/")


def _social_post(blocks: list[Block], i: int) -> bool:
    """Whether the blockquote at `i` is a quoted post (a tweet the text then retells in its own words is the
    story's): it, or one of the two lines after it (the post's link, its "— Name (@handle) date" line), prints a
    handle, a hashtag or a link."""
    return any(_POST_MARK.search(b.text) for b in blocks[i:i + 3])


def _trimmed_copy(key: str, keys: list[str]) -> bool:
    """Whether a paragraph of the text (`keys`, match keys, "" for quotes) holds most of the quote's words in order,
    close together."""
    words = key.split()
    need = TRIMMED_QUOTE_SHARE * len(words)
    vocabulary = set(words)
    for other in keys:
        if len(other) < len(key) * TRIMMED_QUOTE_SHARE:
            continue
        tokens = other.split()
        if len(vocabulary.intersection(tokens)) < TRIMMED_QUOTE_SHARE * len(vocabulary):
            continue
        matcher = SequenceMatcher(None, words, tokens, autojunk=False)
        matched = [m for m in matcher.get_matching_blocks() if m.size]
        if sum(m.size for m in matched) >= need and _compact(matched, len(words)):
            return True
    return False


#: the words of a trimmed quotation span at most this many times its own length in the paragraph it comes from
TRIMMED_QUOTE_SPAN = 1.5


def _compact(matched: list[Match], quote_words: int) -> bool:
    """Whether the words matched stand close together in the paragraph, as a sentence trimmed for show does (a
    clause left out), not strewn over a long answer that only echoes a question's words."""
    start = matched[0].b
    end = matched[-1].b + matched[-1].size
    return end - start <= TRIMMED_QUOTE_SPAN * quote_words


def _speaker_line(b: Block, text: str) -> bool:
    """Whether `b`, right under a pull quote, names its speaker: a short line that is no sentence, opening with a
    name (before a comma, or alone) that the text names too (`text` holds the line itself once), or with a role
    before such a name."""
    line = b.text.strip()
    if b.kind not in ("p", "quote", "other") or _words(line) > SPEAKER_LINE_WORDS or ends_as_prose(line) \
            or line.endswith(_INTRODUCES):
        return False
    found = _SPEAKER_NAME.match(line)
    if not found or not _capitalised(found.group(1)):
        return False
    name = match_key(found.group(1))
    if text.count(f" {name} ") >= 2:
        return True
    # a role before the name ("Senator Jane Roe", "Trainerin Jana Roth"): the text names the person without
    # it (a line of the quote's own box is not in `text`, any other line is, once)
    words = name.split()
    own = 0 if b.kind == "quote" else 1
    return len(words) >= 3 and text.count(f" {' '.join(words[1:])} ") > own


#: a line ending so introduces what follows ("Jane Roe, the council leader, gave three reasons:"): no speaker's name
_INTRODUCES = (":", "：", ";", ",")


def _capitalised(name: str) -> bool:
    """Whether a name opens and ends with a capital, as a person's does where the script has capitals ("Ilka
    Brenneisen", "Ursula von der Leyen"); a subheading in bold type ("Rising rents") does not."""
    words = name.split()
    return all(not w[0].islower() for w in (words[0], words[-1]))


#: the JSON-LD type of a live blog's page: only there is a paragraph printed twice taken for a copy (an interview
#: asks each guest the same question, a meal plan repeats a day's dishes)
LIVE_BLOG = "liveblogposting"
#: a paragraph printed again word for word is a copy when it holds at least this many words (a short line, "Yes.",
#: a refrain, may well be said twice)
REPEAT_MIN_WORDS = 12


def drop_repeated_entries(blocks: list[Block]) -> list[Block]:
    """On a live blog: a paragraph the text printed already, word for word, goes, and the heading right before it
    when that heading stood before the first copy too (a pinned post printed at the top and again in its place in
    the stream, an entry shown again under "Key events"). The first copy stays, where the page prints it first."""
    seen: dict[str, int] = {}
    doomed: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "p" or _words(b.text) < REPEAT_MIN_WORDS:
            continue
        key = match_key(b.text)
        first = seen.setdefault(key, i)
        if first == i:
            continue
        doomed.add(i)
        if (i > 0 and first > 0 and blocks[i - 1].kind.startswith("h") and blocks[first - 1].kind.startswith("h")
                and blocks[i - 1].text == blocks[first - 1].text):
            doomed.add(i - 1)
    return [b for i, b in enumerate(blocks) if i not in doomed] if doomed else blocks
