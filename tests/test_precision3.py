"""Boxes in a story's text the generic path read as text although they only show it off or note where it came from.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a science desk's pull quote set in a <blockquote> with the expert's portrait and a line naming them
under it, the quotation trimmed for show from a sentence of the text (obfuscated, generated class names, no
"pullquote" name to go by); a portal's grey box "Verwendete Quellen" closing a report, a title in a <div> over a
list of sources and more of them folded away in a <details>; a public broadcaster's "Quellen:" paragraph over a
checklist of its sources.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.nordhafen-kurier.example/wissen/2025/03/11/meere-warm/"
TITLE = "Warum die Meere im Norden so warm sind wie nie"
S = ["Seit dem vergangenen Frühjahr liegen die Temperaturen an der Oberfläche der Nordsee deutlich über dem "
     "langjährigen Mittel, in manchen Wochen um mehr als zwei Grad.",
     "Die Ozeanografin Ilka Brenneisen vom Institut für Küstenforschung in Talbach verfolgt die Messungen seit "
     "fünfzehn Jahren. „Der Klimawandel liefert den stetigen Anstieg, der schwache Wind hat im Sommer den Rest "
     "besorgt, und das Wetter hat die zufälligen Spitzen geliefert“, sagt sie.",
     "Weniger Wind bedeutet, dass weniger kaltes Wasser aus der Tiefe nach oben gelangt. Zugleich trübt weniger "
     "Staub das Wasser, sodass mehr Sonnenlicht aufgenommen wird.",
     "Ob das Jahr 2025 noch wärmer wird, hält Brenneisen für offen: Dafür müssten einige Zufälle zusammenkommen."]


def extract(body: str):
    html = (f'<html lang="de"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>'
            f'<div class="Xa1"><div id="story-elements">{body}</div></div></article>'
            f'<footer><p>Nordhafen-Kurier</p></footer></body></html>')
    return EXTRACTOR.extract(html, URL)


def lines(body: str) -> list[str]:
    return extract(body).body.split("\n\n")


# the pull quote: the quotation of the second paragraph, shortened, over the expert's portrait and name
PULL_QUOTE = ('<div class="Qm3"><blockquote class="Qm4">Der Klimawandel liefert den stetigen Anstieg, der Wind den '
              'Rest und das Wetter die zufälligen Spitzen.</blockquote><div class="Qm5"><figure class="Im1">'
              '<img src="/img/brenneisen-80.jpg" alt="" width="80" height="80"></figure></div>'
              '<p class="Qm6"><strong>Ilka Brenneisen</strong>, Institut für Küstenforschung</p></div>')


def test_a_pull_quote_trimmed_from_a_quotation_of_the_text_goes_with_its_speaker_line() -> None:
    assert lines(paras(S[:3]) + PULL_QUOTE + paras(S[3:])) == S


def test_a_blockquote_the_text_does_not_print_stays() -> None:
    # (a letter quoted in full, printed only there: the story's own words)
    letter = ("Sehr geehrte Damen und Herren, wir bitten Sie, die Messstation am Hafen bis zum Herbst "
              "weiter zu betreiben, damit die Reihe nicht abreißt.")
    out = lines(paras(S[:3]) + f"<blockquote><p>{letter}</p></blockquote>" + paras(S[3:]))
    assert letter in out


# a portal's source box: a title in a <div>, one list shown, the rest folded away behind a button
SOURCES_BOX = ('<div class="rounded-8 bg-grey p-12"><div class="grid gap-12"><div class="mb-4 text-14 font-bold">'
               'Verwendete Quellen</div><ul><li class="relative pl-20">Eigene Recherchen</li><li class="relative '
               'pl-20">talbach-institut.example: <a href="https://talbach-institut.example/nordsee-2024">Jahresbericht '
               'Nordsee 2024</a> (PDF)</li></ul><details class="group relative"><ul><li class="relative pl-20">'
               'Nachrichtenagentur Nord</li></ul><summary class="absolute bottom-0"><p class="grid"><span>'
               'Weitere Quellen anzeigen</span></p></summary></details></div></div>')
# a public broadcaster's "Quellen:" paragraph over a checklist, in the text's own box
SOURCES_LINE = ('<p class="text small">Quellen:<br></p><div class="checklist small"><ul><li><em>Institut für '
                'Küstenforschung, Messreihe Nordsee</em></li><li><em>Interviews des Nordhafen-Kuriers</em></li>'
                '</ul></div>')
SOURCES_EN = ("<h3>Sources</h3><ul><li>Harbour Institute, North Sea series 2024</li>"
              "<li>Interviews by the Nordhafen-Kurier</li></ul>")


def test_a_box_of_the_sources_used_closing_the_text_goes() -> None:
    assert lines(paras(S) + SOURCES_BOX) == S


def test_a_sources_label_over_a_checklist_goes() -> None:
    assert lines(paras(S) + SOURCES_LINE) == S


def test_a_sources_heading_over_a_list_goes() -> None:
    assert lines(paras(S) + SOURCES_EN) == S


def test_a_list_under_a_heading_that_only_starts_with_sources_stays() -> None:
    # (a list the story is about: "Sources of heat in the North Sea")
    items = "<h3>Quellen der Wärme in der Nordsee</h3><ul><li>Der schwache Wind</li><li>Der klare Himmel</li></ul>"
    out = lines(paras(S) + items)
    assert "- Der schwache Wind" in out


def test_a_quoted_post_the_text_retells_stays() -> None:
    # (the standard embed code of a social post: the story's own, though the text then retells it)
    post = ('<blockquote class="twitter-tweet"><p lang="de">Heute Abend schweigen wir eine Minute für die Opfer '
            'der Sturmflut an der Küste. #Nordhafen</p>— Stadt Nordhafen (@nordhafen_stadt) '
            '<a href="https://twitter.com/nordhafen_stadt/status/1">March 10, 2025</a></blockquote>')
    retold = "„Am Abend schweigen wir eine Minute für die Opfer der Sturmflut an der Küste“, schrieb die Stadt."
    out = lines(paras(S[:2]) + post + paras([retold, *S[2:]]))
    assert any(line.startswith("Heute Abend schweigen wir") for line in out)
