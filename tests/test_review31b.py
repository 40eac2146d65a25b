"""A review of the body rules of session 31 (tests/test_body9.py, tests/test_cms_pages8.py): counter-examples a real
site could print, both ways, for each rule.

Every page and line here is written for these tests (invented outlets, invented people), modelled on real markup:
test_precision6's regional paper (a <div> of <p>s in an <article> on millbrook-courier.example) with, after its
last paragraph, a box named a teaser as CMSs name them ("teaser related" for a related story's summary, "teaser-list"
for a row of summaries, "teaser-cut" before a paywall's box "paywall"); a section heading (<h2>) naming the site's
own publication or its roundup; a paragraph ending in ':' over a <ul> of single linked names, as tag rows ("filed
under the following topics:"), a site's channels ("Follow us on our social networks:") and app-store rows print
them; a Norwegian story quoting a paper's 1-crown offer with its speaker after a comma; a WordPress page's
unrendered shortcodes of plug-ins with long prefixes ("[fusion_builder_container]" of Avada, "[mc4wp_form]" of
Mailchimp for WordPress) beside an editor's bracketed notes ("[citation_needed]"); sentences in Hebrew, Arabic,
Greek, Vietnamese and Ukrainian opening with a chrome label's words.
"""

from __future__ import annotations

import pytest

import crawler
from crawler._clutter import is_clutter_line

from .test_body9 import CLOSING, names
from .test_precision5 import S
from .test_precision6 import body, page

# ------------------------------------------------------------------------------------------------- teaser boxes

RELATED = ("In other news, the swimming pool on Mill Lane reopened on Saturday after a two-year refit.",
           "The pool had been closed since the roof was found to be unsafe in the spring of last year.")


def paras(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize("box", [
    # a related story's summary, in prose and without a link, in a box its name says holds other stories
    f'<div class="teaser related">{paras(RELATED)}</div>',
    f'<section class="teaser-list">{paras(RELATED)}</section>',
    f'<div class="teaser-card">{paras(RELATED)}</div>',
    # a paywalled page: the paywall's box follows the teaser-cut, which holds the paid part's cut
    f'<div class="teaser-cut">{paras(CLOSING)}</div>'
    '<div class="paywall"><p>Subscribe to read the full story.</p></div>',
])
def test_a_teaser_box_of_other_stories_or_a_wall_s_cut_goes(box: str) -> None:
    assert body(page("", tail=box)) == S


def test_a_teaser_cut_box_on_a_page_declaring_a_paywall_goes() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Council votes to close branch library", "isAccessibleForFree": false}</script>')
    html = page("", tail=f'<div class="teaser-cut">{paras(CLOSING)}</div>').replace("</head>", ld + "</head>")
    assert not set(CLOSING) & set(body(html))


def test_a_teaser_cut_box_of_the_story_s_closing_paragraphs_still_stays() -> None:
    assert body(page("", tail=f'<div class="teaser-cut">{paras(CLOSING)}</div><footer class="article-footer">'
                              '<p>Filed in Local news</p></footer>')) == S + list(CLOSING)


# ----------------------------------------------------------------------------- subheadings naming the site's own

@pytest.mark.parametrize("heading", ["Subscribe to The Millbrook Courier", "Subscribe to The Courier's Weekly Roundup"])
def test_a_subheading_naming_the_site_or_its_roundup_goes(heading: str) -> None:
    assert body(page(f"<h2>{heading}</h2>")) == S


def test_a_subheading_naming_the_site_of_a_one_word_domain_goes() -> None:
    html = page("<h2>Subscribe to The Harbour Post</h2>")
    article = crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(
        html, "https://www.harbourpost.example/news/2025/council-votes-to-close-library")
    assert article.body.split("\n\n") == S


def test_a_subheading_naming_the_site_by_its_own_name_goes() -> None:
    meta = '<meta property="og:site_name" content="The Evening Ledger">'
    html = page("<h2>Subscribe to The Evening Ledger</h2>").replace("</head>", meta + "</head>")
    assert body(html) == S


def test_a_subheading_naming_another_s_plan_still_stays() -> None:
    heading = "Subscribe to Disney's Premium Plan"
    assert body(page(f"<h2>{heading}</h2>")) == [*S[:2], heading, *S[2:]]


# -------------------------------------------------------------------------------- lists of linked names

@pytest.mark.parametrize(("intro", "items"), [
    ("This story is filed under the following topics:", ["Libraries", "County council", "Millbrook"]),
    ("Explore more stories about the places in this article:", ["Millbrook", "Eastfield", "Northwick"]),
    ("You can also find this story on the following sites:", ["Flipboard", "Google News", "Apple News"]),
    ("Keep up with the latest from the town on these:", ["Facebook", "Instagram", "X"]),
    ("Get the paper on your phone from either of them:", ["App Store", "Google Play"]),
])
def test_a_row_of_the_site_s_links_after_a_colon_goes(intro: str, items: list[str]) -> None:
    assert not any(line.startswith("- ") for line in body(page(names(intro, items, "/tag/"))))


def test_a_list_of_linked_names_the_story_announces_still_stays() -> None:
    intro = "The heat warning covers these cities:"
    places = ["Osaka", "Kyoto", "Kobe", "Nara"]
    assert body(page(names(intro, places))) == [*S[:2], intro, *(f"- {p}" for p in places), *S[2:]]


# ---------------------------------------------------------------------------------------------- Nordic offers

@pytest.mark.parametrize("line", [
    "Få tilgang til alt innhold for 1 kr, sa direktøren.",
    "Få tilgang til alt innhold for 1 kr, sa direktøren",
    "Les videre for 1 kr i måneden, sier han, er ikke bærekraftig.",
    "Prøv 1 måned for 1 kr, lokket avisen i fjor, og det virket.",
    "Läs vidare för 1 kr, säger chefredaktören.",
])
def test_a_nordic_offer_quoted_with_its_speaker_is_no_clutter_line(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["Få tilgang til alt innhold for 1 kr",
                                  "Prøv en måned for 1 kr, deretter 299 kr per måned",
                                  "Les videre for kun 1 kr – første måned"])
def test_a_nordic_offer_still_is(line: str) -> None:
    assert is_clutter_line(line)


def test_a_norwegian_story_quoting_the_offer_keeps_it() -> None:
    line = "Få tilgang til alt innhold for 1 kr, sa direktøren."
    assert body(page(f"<p>{line}</p>", lang="no")) == [*S[:2], line, *S[2:]]


# ------------------------------------------------------------------------------------------------ bracket tags

@pytest.mark.parametrize("line", ["[fusion_builder_container]", "[mc4wp_form]", "[fusion_text][/fusion_text]",
                                  "[woocommerce_cart]", "[vc_row]", "[ad_1]"])
def test_a_plug_in_s_tag_with_a_long_prefix_is_a_clutter_line(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["[name_redacted]", "[photo_removed]", "[citation_needed]", "[inaudible_crosstalk]",
                                  "[address_withheld]"])
def test_an_editor_s_bracketed_note_is_not(line: str) -> None:
    assert not is_clutter_line(line)


# -------------------------------------------------------------------------- labels' words opening a sentence

@pytest.mark.parametrize("line", [
    "שתפו אותנו בדעתכם על ההחלטה של הממשלה, כתב השר.",
    "شارك على فيسبوك أكثر من مليون شخص في الحملة.",
    "Σχόλια του υπουργού για την οικονομία προκάλεσαν.",
    "Chia sẻ bài viết của ông trên mạng xã hội, bà Lan nói rằng cô rất tự hào.",
    "Tin cùng chuyên mục được nhiều người đọc nhất là bài về giá vàng.",
    "Đăng ký nhận bản tin của ngân hàng là bắt buộc đối với khách hàng mới.",
    "Підписатися на розсилку можна на сайті міністерства до 1 березня.",
    "Discover more from the region's vineyards on a weekend tour.",
    "Upgrade to paid plans rose 40 percent last year.",
])
def test_a_sentence_opening_with_a_label_s_words_is_no_clutter_line(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["שתפו בפייסבוק", "Σχόλια (3)", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Tin cùng chuyên mục",
                                  "Đăng ký nhận bản tin", "Discover more from The Harbour Letter", "Member-only story"])
def test_the_labels_alone_still_are(line: str) -> None:
    assert is_clutter_line(line)
