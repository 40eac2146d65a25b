"""The stand-ins for trafilatura's pruning and content expressions (crawler/_tfprune.py) select exactly what the expressions
select: the same elements in the same order, on hand-made trees covering each test an expression makes, on
random attribute combinations, and on the real pages under ../shared when present (raw, and as trafilatura's
cleaning and tag conversion leave them, where lists are <list> and their items <item>)."""

from __future__ import annotations

import random
import types

import lxml.etree as etree
import lxml.html
import pytest
import trafilatura.xpaths

import crawler._traf  # noqa: F401  (installs the stand-ins)
from crawler import _tfprune
from crawler._html import parse_html
from crawler._tfprune import STAND_INS, StandIn, install

from .conftest import shared_path


def _installed() -> list[StandIn]:
    return [expr for name in dict.fromkeys(name for name, _, _ in STAND_INS)
            for expr in getattr(trafilatura.xpaths, name) if isinstance(expr, StandIn)]


STANDINS = _installed()


def _same_everywhere(tree: etree._Element) -> None:
    """The same answers from every element of `tree` as the context (trafilatura prunes a matched section with
    itself as the context: a stand-in must never select it)."""
    for el in tree.iter(etree.Element):
        _same(el)


def _same(tree: etree._Element) -> None:
    for standin in STANDINS:
        expected = standin.xpath(tree)
        got = standin(tree)
        assert got == expected, (standin, [etree.tostring(e)[:120] for e in expected],
                                 [etree.tostring(e)[:120] for e in got])


def test_every_expression_written_for_is_replaced() -> None:
    # trafilatura is pinned in pyproject.toml: a release that rewrites an expression keeps its own (slower)
    # expression, and this test says which one to look at again
    assert {(name, _tfprune._digest(s.path)) for s in STANDINS for name, _, _ in STAND_INS
            if s in getattr(trafilatura.xpaths, name)} == {(name, digest) for name, digest, _ in STAND_INS}
    assert len(STANDINS) == len(STAND_INS)


def test_the_lists_every_trafilatura_module_uses_hold_the_stand_ins() -> None:
    import trafilatura.core
    import trafilatura.external
    import trafilatura.main_extractor

    assert trafilatura.main_extractor.OVERALL_DISCARD_XPATH is trafilatura.xpaths.OVERALL_DISCARD_XPATH
    assert trafilatura.external.OVERALL_DISCARD_XPATH is trafilatura.xpaths.OVERALL_DISCARD_XPATH
    assert trafilatura.core.RAW_TREE_PRUNE_XPATH is trafilatura.xpaths.RAW_TREE_PRUNE_XPATH
    assert any(isinstance(e, StandIn) for e in trafilatura.main_extractor.OVERALL_DISCARD_XPATH)


def test_installing_again_changes_nothing() -> None:
    before = {name: list(getattr(trafilatura.xpaths, name)) for name, _, _ in STAND_INS}
    assert install() == []
    assert {name: list(getattr(trafilatura.xpaths, name)) for name, _, _ in STAND_INS} == before


def test_something_other_than_an_xpath_stays() -> None:
    already = STANDINS[0]
    odd = types.SimpleNamespace(path=already.path)  # has the text of an expression written for, is no XPath
    fake = types.SimpleNamespace(**{name: [already, odd] for name, _, _ in STAND_INS})
    assert install(fake) == []
    assert all(getattr(fake, name) == [already, odd] for name, _, _ in STAND_INS)


def test_an_element_tree_reads_from_its_root() -> None:
    tree = lxml.html.document_fromstring(HAND_MADE)
    for standin in STANDINS:
        assert standin(tree.getroottree()) == standin.xpath(tree.getroottree()) == standin(tree)


def test_a_pattern_matching_the_empty_string_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        _tfprune._rx("x*")


def test_an_expression_not_written_for_stays() -> None:
    changed = etree.XPath(".//*[self::div][re:test(@id, 'other')]",
                          namespaces={"re": "http://exslt.org/regular-expressions"})
    original = trafilatura.xpaths.OVERALL_DISCARD_XPATH[0].xpath
    fake = types.SimpleNamespace(OVERALL_DISCARD_XPATH=[changed, original], RAW_TREE_PRUNE_XPATH="not a list")
    done = install(fake)
    assert fake.OVERALL_DISCARD_XPATH[0] is changed
    assert isinstance(fake.OVERALL_DISCARD_XPATH[1], StandIn) and done == [fake.OVERALL_DISCARD_XPATH[1]]


HAND_MADE = """<html><body>
<div id="top" class="cookie-banner">c1</div><div class="cookie-banner" id="top">c2</div>
<div class="main" id="cookie-x">c3</div><div id="main" class="x-cookie">c4</div>
<section role="Navigation">n1</section><span role="mainnav">n2</span><p role="NAV">n3 (translate maps N only)</p>
<div data-lp-replacement-content="">lp</div><div data-component="MostPopularStories-x">mp</div>
<div id="share-this">s</div><div class="share-bar">s2</div><div class="sharebar">s3</div><div class=" ad ">ad</div>
<div class="item-ad-slot">ad2</div><p class="byline">by</p><span class="Byline x">By</span>
<div id="reply-1">r</div><div class="reply-2">r2</div><div id="x" class="reply-3">r3 (id first: not a reply)</div>
<div style="display:none">h1</div><div style="color: red; display: none">h2</div><em style="x" id="hidden-bit">h3</em>
<b id="visible" style="hidden">h4 (id first)</b><i style="hidden" id="visible">h5 (style first)</i>
<div aria-hidden="true">ah</div><div aria-hidden="false">ah2</div><div class="comments-title">ct</div>
<div class="x comments-title">ct2</div><div id="reader-comments">rc</div><div class="akismet-form">ak</div>
<div class="nocomments">nc</div><div class="a hidden">hd</div><div class="hide-print">hp</div>
<div id="mvp-post-add-box"><h1>kept? no: ad box pattern</h1></div><div class="infinite-scroll"><h1>kept</h1></div>
<div class="infinite-scroll"><div><h1>kept: the h1 is deeper</h1></div></div>
<section class="mvp-post-add-wrap"><h1>gone: an ad box by its class, h1 or not</h1></section>
<aside id="infinitescroll">gone</aside><section class="infinite-scroll-wrap"><p>gone</p></section>
<div class="elementor-share-buttons x">esb</div><nav class="elementor-share-buttons">not a div</nav>
<div id="comments">cm</div><div id="commentary">kept</div><div class="Comment-list">cm2</div>
<div class="post-comments">cm3</div><ol class="comment-list"><li>c</li></ol><ul id="comol"><li>c</li></ul>
<ul id="disqus_thread"><li>kept in lists</li></ul><ul class="article-comments"><li>cl</li></ul>
<details id="dsq-comments">d</details><list class="comments">l</list><list id="disqus_thread">l2</list>
<div class="footer-bottom">b</div><div id="bottom">b2</div><div class="bottomline">b3</div>
<div class="nav link">l</div><div id="link" class="x">l2</div><div class="links">l3</div>
<div style="border: 1px solid">br</div><p class="Teaser">t</p><span id="TEASER">t2</span><div class="teasers">t3</div>
<item class="x caption">cap</item><div id="photo-caption">cap2</div><figure class="caption">not a div</figure>
<div class="entry"><div class="entry">nested</div><div class="post">a second child</div></div>
<section><div id="articleContent">ac</div></section><article class="post">p</article><main id="story">s</main><section class="ContentBody x">cb</section>
<div class="Page-Content">pc</div><div class="FullText">ft</div><div id="Main-Content">mc</div>
<!-- a comment --><?pi data?><div class="widget"><div class="meta">m</div></div>
</body></html>"""


def test_hand_made_page() -> None:
    tree = lxml.html.document_fromstring(HAND_MADE)
    _same_everywhere(tree)
    # the page exercises every stand-in: each selects something here
    assert all(standin(tree) for standin in STANDINS)


def test_context_node_itself_is_not_selected() -> None:
    tree = lxml.html.fragment_fromstring('<div class="cookie share-bar"><p class="share-x">x</p></div>')
    _same(tree)
    assert tree not in STANDINS[0](tree)


#: attribute names and values the expressions look at, mixed at random
_NAMES = ("id", "class", "style", "role", "aria-hidden", "data-component", "data-lp-replacement-content", "title",
          "itemprop")
_VALUES = ("", "x", "cookie", "share", "Share-bar", "sharebar", "comment", "Comment", "commentary", "comol",
           "disqus_thread", "post-comments", "reply-x", "hidden", " hidden", "hide-print", "display:none",
           "display: none", "border", "bottom", "a bottom", "link", "x link y", "nav", "Nav", "NAV", "navbar",
           "true", "false", "comments-title", "teaser", "Teaser", "TEASER", "caption", "MostPopularStories",
           "mvp-post-add-box", "infinite-scroll", "elementor-share-buttons", "ad-slot", " ad ", "tags", "meta",
           "byline", "akismet", "reader-comments", "widget", "menu", "footer", "banner", "post", "entry",
           "articleBody", "article-body", "story", "text", "content", "Main-Content", "Page-Content", "FullText",
           "fulltext", "primary", "article", "content-main", "story-body", "articleContent", "cell")
_TAGS = ("div", "section", "aside", "span", "p", "list", "item", "ol", "ul", "details", "header", "em", "h1", "a",
         "article", "main")


def _random_tree(rng: random.Random, size: int) -> etree._Element:
    root = etree.Element("body")
    nodes = [root]
    for _ in range(size):
        parent = rng.choice(nodes)
        el = etree.SubElement(parent, rng.choice(_TAGS))
        for name in rng.sample(_NAMES, rng.randint(0, 4)):  # the order the "markup" writes them in varies
            el.set(name, rng.choice(_VALUES) + rng.choice(("", "", " ", "-x", " y")))
        if rng.random() < 0.1:
            parent.append(etree.Comment("c"))
        nodes.append(el)
    return root


@pytest.mark.parametrize("seed", range(20))
def test_random_attribute_combinations(seed: int) -> None:
    tree = _random_tree(random.Random(seed), 250)
    _same_everywhere(tree)


@pytest.mark.shared
def test_real_pages_raw_and_converted() -> None:
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import Extractor

    from bench.perf import real_pages

    shared_path("data")  # skips when ../shared is absent
    options = Extractor()
    for _, html in real_pages()[::3]:  # a third of them, every publisher's markup style among them
        tree = parse_html(html.decode("utf-8", errors="replace"))
        _same(tree)
        _same(convert_tags(tree_cleaning(tree, options), options))
