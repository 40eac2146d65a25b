"""Counter-examples to the day's precision rules: story text that looks like a teaser card, a consent placeholder or
a call for tips, and stays.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a story header (WordPress-style themes and many news CMSs) that links its lead picture and its
headline to the story's own address, read without the page's address or from a short address that is not the
canonical one; an interview whose answers open with the speaker's linked headshot and linked name in the same <p>;
a paragraph with a topic icon and a link to the topic's page; a regional paper's fold-out fact box on a data
protection law ("Details anzeigen") and a Q&A box ("Show full answer") beside a paragraph on consent and third
parties; a comment block's "Load comments" button; a police appeal for witnesses quoted in a local story.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor, extract_article

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.valley-gazette.example/news/2025/03/14/river-bridge-reopens"
EN = ["The river bridge at Millbrook reopened to traffic on Friday morning, four months after floodwater damaged two "
      "of its supports and forced the county to close it.",
      "Engineers replaced both supports and reinforced the deck, work the county says cost about 2.4 million dollars "
      "and was paid from its emergency reserve.",
      "Drivers had faced a detour of almost twenty miles while the bridge was shut, and several shops in the village "
      "said they lost customers over the winter.",
      "The county plans to install sensors on the bridge this summer to warn of rising water earlier in future floods."]


def en_page(body: str, head: str = "") -> str:
    return (f'<html lang="en"><head><title>River bridge reopens</title>{head}</head><body><header><nav>'
            f'<a href="/">Home</a><a href="/news">News</a></nav></header><main>{body}</main>'
            f'<footer><p>Valley Gazette</p></footer></body></html>')


def header(href: str, tag: str = "h1") -> str:
    """A story's header: the lead picture and the headline link to the story's own address, the first paragraph
    under them in the same box."""
    return (f'<div class="entry-header"><a href="{href}"><img src="/img/bridge.jpg" width="900" height="500"></a>'
            f'<{tag} class="entry-title"><a href="{href}">River bridge reopens after flood repairs</a></{tag}>'
            f'<p class="intro">{EN[0]}</p></div>')


# ------------------------------------------------------------------------------------------- picture cards
def test_a_header_linking_to_the_story_itself_stays_when_the_pages_address_is_not_given() -> None:
    html = en_page(f'<article>{header("/news/2025/03/14/river-bridge-reopens")}{paras(EN[1:])}</article>')
    assert extract_article(html).body.split("\n\n") == EN


def test_a_header_linking_to_the_canonical_address_stays_when_the_page_was_read_from_another() -> None:
    # (a headline in an <h2>, the site's logo being its <h1>: only the canonical address tells the link is the page's)
    html = en_page(f'<article>{header(URL, "h2")}{paras(EN[1:])}</article>', f'<link rel="canonical" href="{URL}">')
    out = EXTRACTOR.extract(html, "https://www.valley-gazette.example/a/83412").body.split("\n\n")
    assert out[-4:] == EN


def test_a_paragraph_linking_an_icon_and_its_words_to_one_page_stays() -> None:
    topic = (f'<p><a href="/topics/floods"><img src="/i/flood.png" width="24" height="24"></a> {EN[1]} Read '
             f'<a href="/topics/floods">all our flood coverage here</a>.</p>')
    html = en_page(f'<article><h1>River bridge reopens</h1>{paras(EN[:1])}{topic}{paras(EN[2:])}</article>')
    assert EN[1] + " Read all our flood coverage here." in EXTRACTOR.extract(html, URL).body


def test_interview_answers_opening_with_the_speakers_headshot_and_name_stay() -> None:
    answers = "".join(f'<p><a href="/people/maria-de-la-cruz"><img src="/p/mc.jpg" width="32" height="32"></a> '
                      f'<b><a href="/people/maria-de-la-cruz">Maria de la Cruz</a>:</b> {p}</p>' for p in EN)
    html = en_page(f'<article><h1>River bridge reopens</h1>{answers}</article>')
    assert EXTRACTOR.extract(html, URL).body.split("\n\n") == [f"Maria de la Cruz: {p}" for p in EN]


# ------------------------------------------------------------------------------------------ consent placeholders
DE_URL = "https://www.talbote.example/politik/datenschutz-gesetz-100.html"
DE = ["Der Landtag hat am Mittwoch ein neues Gesetz zum Schutz von Kundendaten beschlossen, das Händler zu mehr "
      "Transparenz verpflichtet.",
      "Künftig müssen Geschäfte offenlegen, welche Daten sie an Dritte weitergeben und wie lange sie diese speichern.",
      "Verbraucherschützer begrüßten den Beschluss, forderten aber strengere Kontrollen durch die Aufsichtsbehörden.",
      "Das Gesetz tritt zum 1. Januar in Kraft; Verstöße können mit Bußgeldern von bis zu 50.000 Euro geahndet "
      "werden."]


def de_lines(box: str) -> list[str]:
    html = (f'<html lang="de"><head><title>Datenschutzgesetz</title></head><body><article><h1>Neues '
            f'Datenschutzgesetz beschlossen</h1><div class="text">{paras(DE[:2])}{box}{paras(DE[2:])}</div>'
            f'</article></body></html>')
    return EXTRACTOR.extract(html, DE_URL).body.split("\n\n")


def test_a_fact_box_on_consent_and_third_parties_with_a_fold_out_button_stays() -> None:
    fact = ("Was das Gesetz regelt: Händler brauchen die Zustimmung der Kunden, bevor sie Daten an Dritte "
            "übertragen. Auf Wunsch muss angezeigt werden, welche Daten gespeichert sind.")
    assert fact in de_lines(f'<div class="infobox"><p>{fact}</p><button type="button">Details anzeigen</button></div>')


def test_a_paragraph_on_consent_beside_a_comments_or_answer_button_stays() -> None:
    said = ("The regulator said shops must get customers' consent before personal data is transferred to third "
            "parties, and must show what is stored.")
    for button in ("Load comments", "Show full answer"):
        html = en_page(f'<article><h1>River bridge reopens</h1>{paras(EN[:2])}<div class="c"><p>{said}</p>'
                       f'<button type="button">{button}</button></div>{paras(EN[2:])}</article>')
        assert said in EXTRACTOR.extract(html, URL).body.split("\n\n"), button


# ------------------------------------------------------------------------------------------------ calls for tips
def test_a_police_appeal_for_witnesses_quoted_in_the_story_stays() -> None:
    from crawler._clutter import is_clutter_line
    for line in ["Melden Sie sich bei der Polizei unter zeugen@polizei-talbach.example",
                 "Haben Sie etwas gesehen? Melden Sie sich beim Ordnungsamt unter ordnungsamt@talbach.example"]:
        assert not is_clutter_line(line), line
    for line in ["Melden Sie sich bei uns unter leser@talbote.example",
                 "Haben Sie einen Hinweis? Melden Sie sich bei unserer Redaktion unter hinweise@talbote.example"]:
        assert is_clutter_line(line), line
