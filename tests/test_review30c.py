"""Counter-examples to the rules of tests/test_cms_pages7.py: story text of the web at large that reads like a
plug-in's tag left unrendered, a newsletter platform's call, or a Nordic paper's lead.

Every page here is written for these tests and modelled on a kind of markup: a developer blog's post with its
template code in `<pre><code>` (Smarty-style tags, a bare `{title}` placeholder), a tutorial's WordPress shortcode and template placeholder in
code blocks of their own, a Nordic regional paper's story
whose picture carries its caption in a `div` classed like the lead ("image-ingress") before the real `ingress`
paragraph. The outlets (under .example), people and stories are invented.
"""

from __future__ import annotations

import pytest

from crawler import Article, ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# -- 1. a programming story's template code: its tags alone on their lines are the story's own ---------------------

DEV = ["The template engine most small shops use has a syntax that fits on a postcard, and that is its charm for the "
       "developers who keep their sites running on it.",
       "A condition opens with its keyword in braces and closes with a slash, the way a tag in markup does, as the "
       "snippet below shows.",
       "Nothing else is needed: the engine compiles the template to plain code the first time a page asks for it, and "
       "keeps the compiled file after that."]
CODE = ["{if $user}", "Hello {$user.name}", "{else}", "Hello, stranger", "{/if}"]


def dev_page() -> str:
    # modelled on a developer blog's post (a static-site generator's theme): the text in `post-content`, the
    # code in <pre><code class="language-smarty">, one line of the template on each line of the block
    code = "<pre><code class=\"language-smarty\">" + "\n".join(CODE) + "</code></pre>"
    body = (f'<main><article class="post"><h1 class="post-title">How the templates read</h1><div class="post-content">'
            f'{paras(DEV[:2])}{code}{paras(DEV[2:])}</div></article></main>')
    return html_page("How the templates read", body)


def test_template_code_in_a_programming_story_stays() -> None:
    body = extract(dev_page(), "https://devnotes.example/posts/templates").body.split("\n\n")
    for line in CODE:
        assert line in body
    assert body[0] == DEV[0] and body[-1] == DEV[-1]


@pytest.mark.parametrize("line", ["{title}", "{else}", "{/if}", "{if $user}", "{foreach $items as $item}", "{x}",
                                  "{if $user}Welcome back{/if}"])
def test_a_template_tag_or_placeholder_alone_is_no_plugin_tag(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["{loadposition inarticle}", "{loadmodule mod_custom,Promo box}",
                                  "{youtube}dQw4w9WgXcQ{/youtube}", "{loadposition ad-1}{loadposition ad-2}"])
def test_a_plugin_tag_left_unrendered_still_goes(line: str) -> None:
    assert is_clutter_line(line)


WP = ["A gallery needs no plug-in on a WordPress site: the editor prints one from a single line that lists the "
      "pictures to show and how many columns to lay them in.",
      "Put the line on its own in the post, in the text view rather than the visual one, and the site draws the "
      "grid when the page is shown:",
      "The theme's own template can print the post's headline the same way, with a placeholder the engine fills in "
      "when it renders the page."]
WP_CODE = ['[gallery ids="4,5,6" columns="3"]', "{{ title }}"]


def tutorial_page() -> str:
    # modelled on a web-development tutorial site's post: the text in `entry-content`, each snippet in a
    # <pre class="wp-block-code"><code> of its own between the paragraphs
    code = [f'<pre class="wp-block-code"><code>{c}</code></pre>' for c in WP_CODE]
    body = (f'<main><article class="post"><h1 class="entry-title">Galleries without a plug-in</h1><div class="'
            f'entry-content">{paras(WP[:2])}{code[0]}{paras(WP[2:])}{code[1]}<p>That is all it takes.</p></div>'
            f'</article></main>')
    return html_page("Galleries without a plug-in", body)


def test_a_tutorials_code_blocks_keep_the_shortcode_and_placeholder_they_show() -> None:
    body = extract(tutorial_page(), "https://webcraft.example/galleries").body.split("\n\n")
    assert body == [*WP[:2], WP_CODE[0], WP[2], WP_CODE[1], "That is all it takes."]


# -- 2. a thank-you in the story, with a call to subscribe it reports ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Thank you for reading. Subscribe to the podcast wherever you get it, the host said at the end of each show.",
    "Thanks for reading my letter. Subscribe, he wrote, and you will never miss a word of it.",
])
def test_a_reported_thanks_and_call_stays(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Thanks for reading The Marsh Letter! Subscribe for free to receive new posts and support my work.",
    "Thanks for reading! Subscribe for free to receive new posts and support my work.",
])
def test_the_platforms_call_still_goes(line: str) -> None:
    assert is_clutter_line(line)


# -- 3. a Nordic paper: the picture's caption classed like the lead is no lead ------------------------------------------

NO_TITLE = "Ny barneskole i Elvedal"
NO_LEAD = ("Etter tre års debatt er saken avgjort: Elvedal får ny barneskole i sentrum, og byggingen starter neste "
           "vår.")
NO_CAPTION = ("Slik blir den nye skolen, ifølge tegningene som ble lagt fram for kommunestyret torsdag kveld.")
NO = ["Kommunestyret i Elvedal vedtok torsdag å bygge en ny barneskole på tomta ved den gamle meieribygningen i "
      "sentrum.",
      "Skolen skal stå ferdig høsten 2028 og få plass til rundt 320 elever fra første til sjuende trinn i kommunen.",
      "Rådmann Ingrid Solheim sier at prosjektet er det største kommunen har gjennomført på flere tiår."]


def nordic_page() -> str:
    # modelled on a Norwegian regional paper's article template: the headline, the top picture in a <figure>
    # whose caption is a `div` classed "image-ingress" (the caption styled like the lead), then the lead in
    # `p.ingress` and the text in `article-body`
    figure = (f'<figure class="top-image"><img src="/img/skole.jpg" alt=""><div class="image-ingress">{NO_CAPTION}'
              f'</div></figure>')
    body = (f'<main><article class="article"><h1 class="headline">{NO_TITLE}</h1>{figure}<p class="ingress">'
            f'{NO_LEAD}</p><div class="article-body">{paras(NO)}</div></article></main>')
    return html_page(NO_TITLE, body, lang="no")


def test_the_lead_is_the_ingress_not_the_caption_classed_like_it() -> None:
    body = extract(nordic_page(), "https://elvedalsavis.example/nyheter/skole").body.split("\n\n")
    assert body == [NO_LEAD, *NO]
