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

from ._clutter import _INVERTED_SPEAKER, _PRESENT_CALLS, _PROMISED, _ByFirstChar, _fold, _line_re
from ._source import PageSource, may_mention

#: the rest of a prompt's line after its first clause: one sentence, no more
_ONE_SENTENCE = r"[^.!?]{1,100}[.!]?"
#: a call to subscribe, register or sign in, in the imperative, in the main languages
_CALL = (r"(please )?(subscribe|sign in|log in|register|become a ([\w-]+ )?(member|subscriber)|create (a|an|your) "
         r"(free )?account|start (your|a) (free )?trial|get (a|an|your) [\w -]{0,30}(subscription|account|membership)|"
         r"choose (a|your) (plan|subscription)|abonnez-vous|inscrivez-vous|connectez-vous|créez (un|votre) compte|"
         r"choisissez (votre|une) offre|suscríbete|suscribite|suscríbase|regístrate|regístrese|inicia sesión|"
         r"inicie sesión|hazte (socio|suscriptor)|abbonati|registrati|accedi|scegli (un|il tuo) abbonamento|assine|"
         r"cadastre-se|faça login|entre|torne-se assinante|seja assinante|registrieren sie sich|melden sie sich an|"
         r"loggen sie sich ein|schließen sie ein abo ab|werden sie abonnent\w*|wählen sie ein abo|jetzt abonnieren|"
         r"word abonnee|log in|registreer je|neem een abonnement|maak een account aan)\b")
#: how a call to unlock the article goes on: "… by subscribing", "… en vous abonnant", "… con tu suscripción"
_HOW = r"(by|with|for|now|today|en|avec|pour|con|para|per|com|met|door|mit|gratuitement)\b"
#: a free-article limit reached, the call to subscribe ending the line ("Vous avez atteint votre limite d'articles
#: gratuits.", "Sie haben alle kostenlosen Artikel dieses Monats gelesen.")
_LIMIT = (r"(sie haben|du hast) [^.!?]{0,40}(kostenlos|frei|gratis)\w* (artikel|beiträge|texte)\w*[^.!?]{0,40}"
          r"(erreicht|gelesen|aufgebraucht)|"
          r"vous avez (atteint|lu|consulté|épuisé) [^.!?]{0,40}(articles?|contenus?) (gratuit|offert)\w*|"
          r"(has|ha) (alcanzado|llegado a|leído|agotado) [^.!?]{0,40}(artículos|noticias|contenidos) "
          r"(gratuitos|gratis)|"
          r"hai (raggiunto|letto|esaurito) [^.!?]{0,40}(articoli|contenuti) (gratuiti|gratis)|"
          r"(você|voce) (atingiu|chegou a|leu|esgotou) [^.!?]{0,40}(matérias|artigos|reportagens|conteúdos) "
          r"(gratuit[oa]s|grátis)|"
          r"(je hebt|u heeft) [^.!?]{0,40}gratis (artikelen|artikels|verhalen)[^.!?]{0,40}(bereikt|gelezen)")
#: the tiers a site sells its articles under, as notices name them ("premium", "Plus", "abonné")
_PREMIUM = r"(premium|plus|subscriber|subscriber-only|abonnenten|abo|abonnees|abonné|abonnés)"
#: what the notice calls the piece, in the languages that put the tier first ("premium article", "Plus-Artikel")
_PIECE = r"(article|artikel|story|piece|verhaal|beitrag|inhalt|content)"
#: … and in those that put it after ("article premium", "artículo premium", "articolo premium", "artigo premium")
_PIECE_ROMANCE = r"(article|contenu|artículo|contenido|articolo|contenuto|artigo|conteúdo)"
_MORE_PROMPTS = [
    # a call, then its purpose: to read on ("Suscríbete para seguir leyendo", "Registrieren Sie sich kostenlos, um
    # weiterzulesen", "Registreer je gratis om verder te lezen")
    r"(suscríbete|suscribite|regístrate|registrate|hazte (socio|suscriptor)|inicia sesión)( ahora| gratis)* para "
    r"(seguir|continuar) leyendo.{0,100}",
    r"(abbonati|registrati|accedi)( ora| gratis| gratuitamente)* per (continuare a leggere|"
    r"leggere (tutto|il resto)).{0,100}",
    r"(assine|cadastre-se|faça login|entre)( já| agora| grátis| gratuitamente)* para (continuar (lendo|a ler)|"
    r"ler (a matéria|o artigo|mais)).{0,100}",
    r"(inscrivez-vous|connectez-vous)( gratuitement)? pour (lire la suite|continuer (à|de) lire|poursuivre).{0,100}",
    r"((registrieren sie sich|melden sie sich an|schließen sie ein abo ab)( jetzt| kostenlos| gratis)*|"
    r"(jetzt )?(gratis |kostenlos )?(testen|abonnieren|registrieren)),? (um weiterzulesen|und weiterlesen).{0,100}",
    r"(registreer je|registreer u|log in|word abonnee|neem een abonnement)( nu| gratis)* (om verder te lezen|"
    r"en lees verder).{0,100}",
    r"(werden sie|werde)( jetzt)? (abonnent\w*|mitglied) und (lesen sie|lies) weiter.{0,100}",
    r"lees verder met (een |je |uw )?([\w-]+ )?(abonnement|account|premium|plus)\b.{0,60}",
    r"(lisez|lire) la suite en vous (abonnant|inscrivant|connectant).{0,60}",
    r"(sigue|continúa) leyendo con .{0,40}suscripción.{0,40}|continua a leggere con .{0,40}abbonamento.{0,40}|"
    r"continue lendo com .{0,40}assinatura.{0,40}",
    # … its purpose, then the call ("To continue reading, become a member.", "Um weiterzulesen, schließen Sie ein
    # Abo ab."): the call one sentence, in the imperative
    rf"(to (continue|keep) reading|pour (continuer à lire|lire la suite)|para (seguir|continuar) leyendo|"
    rf"per continuare a leggere|para continuar (lendo|a ler)|um weiterzulesen|om verder te lezen),?\s*"
    rf"{_CALL}[^.!?]{{0,80}}[.!]?",
    rf"({_LIMIT})[^.!?]{{0,40}}[.!]?(\s*{_ONE_SENTENCE})?",
    # a notice that the article, or its rest, is for subscribers
    r"(exklusiv|nur) für (abonnenten|abonnentinnen|plus-kunden|mitglieder)\W*",
    r"(dit artikel|deze inhoud|dit verhaal) is (exclusief|alleen|uitsluitend) (voor|beschikbaar voor) "
    r"(abonnees|leden|premium-leden)\W*",
    # a notice that names the article a premium one ("This is a premium article", "Dit is een premium artikel",
    # "Dies ist ein Plus-Artikel", "Ceci est un article premium", "Este es un artículo premium"): the whole line, in
    # the site's voice
    rf"(this is|dit is|dies ist|das ist|ceci est|c['’]est|este es|esto es|questo è|este é|esto é) "
    rf"(a|an|een|ein|un|una|um)( exclusive| exclusief| exklusiver)? {_PREMIUM}[ -]?{_PIECE}\W*",
    rf"(ceci est|c['’]est|este es|questo è|este é) (un|una|um) {_PIECE_ROMANCE} {_PREMIUM}\W*",
    r"(contenido|artículo|noticia) (exclusivo|exclusiva|reservado|reservada) (para|a) "
    r"(suscriptores|socios|abonados)\W*",
    r"(questo |il )?(contenuto|articolo) (riservato|esclusivo) (agli|per gli|ai) (abbonati|utenti abbonati)\W*",
    # (the Nordic papers' forms: "Denne artikkelen er for abonnenter", "Denna artikel är endast för prenumeranter",
    # "Artiklen er kun for abonnenter", "Tämä artikkeli on vain tilaajille")
    r"((denne|dette|hele) )?(artikkelen|artikkel|saken|innholdet|artikel|artiklen|indhold(et)?) er (kun |bare |"
    r"forbeholdt )?(for |til )?(våre |vores )?([\w-]*abonnenter)\W*",
    r"((denna|den här|hela) )?(artikel|artikeln|text|texten) är (endast |bara |enbart )?(låst )?för (våra )?"
    r"([\w-]*prenumeranter)\W*",
    r"((tämä|koko) )?(artikkeli|juttu|sisältö) on (vain |ainoastaan )?([\w-]*tilaajille)\W*",
    # … and their "Already a subscriber?", with its call to sign in
    r"(er du )?allerede abonnent\??(\s*(logg inn|log ind|logg på|log på)\b.{0,60})?",
    r"(är du )?redan prenumerant\??(\s*logga in\b.{0,60})?",
    r"(oletko )?jo tilaaja\??(\s*kirjaudu( sisään)?\b.{0,60})?",
    r"(este |esta )?(conteúdo|artigo|matéria|reportagem) (é )?(exclusiv[oa]|restrit[oa]) (para|a|aos) assinantes\W*",
    # a call to unlock the article ("Unlock this story by subscribing today.", "Schalten Sie diesen Artikel frei.")
    rf"unlock (this|the (full|whole|rest of (this|the))) (article|story|piece|report)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
    r"(schalten sie|schalte) (diesen|den|den ganzen|den vollständigen) (artikel|beitrag|text)\b[^.!?]{0,40} frei\W*",
    rf"(débloquez|débloquer) (cet |l['’]\s?)(article|contenu)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
    rf"(desbloquea|desbloquee) (este|el) (artículo|contenido)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
    rf"sblocca (questo |l['’]\s?)(articolo|contenuto)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
    rf"desbloqueie (este|esta|o|a) (artigo|conteúdo|matéria)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
    rf"ontgrendel (dit|het) (artikel|verhaal)(\s+{_HOW}[^.!?]{{0,80}})?\W*",
]

_PROMPTS = [
    r"(subscribe|sign in|log in|register|become a ([\w-]+ )?(member|subscriber)|start your (free )?trial)( now| today)?"
    r"( for free)? to (continue reading|read (the full|the rest of this|this|more)|keep reading|unlock|access).*",
    r"(to )?(continue|keep) reading,? (please )?(subscribe|sign in|log in|register|create a free account).*",
    # (the notice may go on with its call: "This article is for subscribers only, sign in or subscribe to …")
    r"(this|the full) (article|story|content|piece) is (only |exclusively )?(available|reserved|exclusive)?\s*"
    r"(only |exclusively )?(to|for) (paying )?(subscribers|members|premium (members|subscribers))( only)?"
    rf"(\W+{_CALL}[^.!?]{{0,80}}[.!]?)?\W*",
    r"only (paying )?(subscribers|members) can (read|access|see|view) (this|the (full|whole)) "
    r"(article|story|content)\W*",
    r"(this|the) (article|story|content) is for (paying )?(subscribers|members)( only)?\W*",
    r"(subscribers|members) only\W*",
    r"already (a|an) (subscriber|member)\??\s*(sign|log) ?in.*",
    r"already (a|an) (subscriber|member)\W*",
    r"you('ve| have) (reached|read|used) (your|all of your|the) (limit|\d+ free|free) .{0,60}",
    r"you have \d+ free (articles?|stories) (left|remaining).{0,60}",
    r"(create|register for) a free account to (continue|read|keep).{0,80}",
    # (one sentence, perhaps the call or the price after it: "Get full access to the archive: the library opened
    # …" is a story's sentence)
    # (the sentence after it opens with the call or the price: "Members pay $40 a month." is a story's)
    r"(get|unlock) ((unlimited|full|digital) ){1,2}access\b([^.!?:]|(?<=\d)[.,:](?=\d)){0,100}([.!]|[.!]\s+"
    r"(?=(subscri|sign|log|join|become|start|try|only|just|from|already|cancel|[$€£\d]))"
    r"(?=.{0,100}(\b(subscri|sign|log|member|trial|account)|[$€£])).{0,100})?",
    r"(only|just) [$€£¥]\s?\d+([.,]\d+)?\s*(/|a|per) ?(week|month|year|wk|mo).{0,80}",
    r"[$€£¥]\s?\d+([.,]\d+)?\s*(/|a|per) ?(week|month|year|wk|mo) .{0,40}(subscri|access|cancel).{0,60}",
    r"((jetzt )?weiterlesen|lesen sie weiter|lies weiter) mit .{0,40}(abo|plus|\+).{0,60}",
    r"(dieser artikel|dieser inhalt) ist (nur |exklusiv )?für (abonnenten|abonnentinnen|plus-kunden).{0,60}",
    r"(leia|continue lendo|para continuar lendo).{0,40}(assinante|assine).{0,60}",
    r"(este|el) (artículo|contenido) es (exclusivo|solo) para (suscriptores|socios).{0,40}",
    r"(cet article|ce contenu|la suite( de cet article)?) est réservée? (aux|à nos) abonnés.{0,40}",
    # the other languages' forms of the same prompts, each a call to the reader or a notice in the site's voice
    *_MORE_PROMPTS,
    r"il vous reste [\d.,]+ ?% de cet article à lire.{0,80}",
    r"この記事は(有料)?会員限定(記事)?です.{0,60}",
    r"(続き|残り)(は|を).{0,20}(会員|有料|ログイン|登録).{0,40}",
    r"유료 ?(기사|회원|구독).{0,60}",
    r"이 기사는 .{0,20}(구독자|회원) ?전용.{0,40}",
]


def _by_first_char(patterns: list[str]) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The prompts that can open with any character, and by each character they can open with (lower-case, see
    _ByFirstChar) those that open with it: a line is tried against the few that can match it, one expression of
    them all cost three times as much on every line of every page."""
    anywhere, by_char = [], {}
    for p in patterns:
        chars = _ByFirstChar._opening(p)
        if chars is None:
            anywhere.append(p)
            continue
        for char in chars:
            by_char.setdefault(char, []).append(p)
    return _line_re(anywhere or [r"(?!)"]), {c: _line_re(anywhere + ps) for c, ps in by_char.items()}


_ANY_PROMPT, _PROMPTS_BY_CHAR = _by_first_char(_PROMPTS)
_MAX_PROMPT = 300
#: a line that reports a prompt rather than prints one: a quotation, or a speaker named after a comma or a quote's end
#: ("Subscribe to continue reading, the banner urged.", "… to continue reading”, she complained.")
_REPORTED = re.compile(
    r"^[\"“„«‘']|[,\"”»’]\s*(according to\b|([\w'’-]+\s+){0,4}(said|says|told|wrote|writes|urged|asked|complained|"
    r"warned|added|explained|argued|insisted|claimed|reported|noted|recalled|sagte|sagt|erklärte|schrieb|klagte|"
    r"a déclaré|a dit|a écrit|selon|dijo|afirmó|escribió|según|ha detto|ha scritto|secondo|disse|escreveu|segundo|"
    r"zei|schreef|volgens|announced|explique|a expliqué|forderte|a lancé|pidió|ha chiesto|pediu|vroeg|"
    rf"dit|diz|dice|zegt|{_PROMISED}|"
    # (present speakers, and a French speaker put after its verb: "…, the union tells its members", "…, lance-t-il")
    rf"{_PRESENT_CALLS}|{_INVERTED_SPEAKER})\b)"
    r"|[,\"”»’]\s*([\w'’-]+\s+){1,4}(read|reads|stated|stand)\W*$", re.I)

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

#: a line that talks about a prompt rather than prints one: it names the message ("…: c'est le message que voient les
#: lecteurs", "… – diese Meldung sehen Leser seit Montag", "… es el mensaje que ven los lectores") or points back at it
#: after a colon or a dash ("…: that pop-up now greets readers", "…: dat staat voortaan onder elk artikel"); a story
#: about a paper's paywall, not the paywall
_TALKED_ABOUT = re.compile(
    r"\b(message|messages|mensaje|messaggio|mensagem|bericht|melding|meldung|hinweis|aviso|avviso|notice|banner|"
    r"bannière|pop-?up|ad(?!-)|annonce|anuncio|annuncio|anúncio|anzeige|advertentie|slogan)\b"
    r"|[:–—]\s*(c['’]est|ce|cette|this|that|these|ese|esa|este|esta|eso|questo|questa|così|esse|essa|isso|dat|dit|"
    r"deze|diese[rs]?)\b", re.I)


def is_prompt(line: str) -> bool:
    text = line.strip().lstrip("-•· ").strip()
    if not text or len(text) > _MAX_PROMPT:
        return False
    first = text[0]
    prompts = _PROMPTS_BY_CHAR.get(first.lower() if first.isascii() else _fold(first), _ANY_PROMPT)
    return (prompts.match(text) is not None and _REPORTED.search(text) is None
            and _TALKED_ABOUT.search(text) is None)


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
