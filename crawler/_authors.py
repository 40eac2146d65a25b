"""Author names: a list of people in normal case, and the wire agency apart.

"By MARI YAMAGUCHI and MAYUKO ONO" -> ["Mari Yamaguchi", "Mayuko Ono"]; "Jane Doe, Staff Writer | Reuters"
-> ["Jane Doe"] with agency "Reuters". E-mail addresses, URLs, handles, roles, dates, "Email the author"
and organisations are never names.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence, Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from ._clutter import SOURCE_LABELS, is_clutter_line
from ._text import clean_line, ends_as_prose

# Wire and news agencies: when credited as the author they go to `agency`, not `authors`.
AGENCIES = {
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "ap": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "yonhap": "Yonhap",
    "yonhap news": "Yonhap",
    "yonhap news agency": "Yonhap",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "ansa": "ANSA",
    "efe": "EFE",
    "europa press": "Europa Press",
    "pa": "PA Media",
    "pa media": "PA Media",
    "press association": "PA Media",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "upi": "UPI",
    "united press international": "UPI",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "apa": "APA",
    "sda": "SDA",
    "keystone-sda": "Keystone-SDA",
    "epd": "epd",
    "kna": "KNA",
    "sid": "SID",
    "afp-jiji": "AFP",
    "aap": "AAP",
    "australian associated press": "AAP",
    "cna": "CNA",
    "central news agency": "Central News Agency",
    "antara": "Antara",
    "bernama": "Bernama",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    # agencies named in their own language ("Anadolu Ajansı", "Agencia EFE", "Agência Lusa", "Agenzia ANSA")
    "anadolu ajansı": "Anadolu",
    "ihlas haber ajansı": "İHA",
    "i̇hlas haber ajansı": "İHA",
    "demirören haber ajansı": "DHA",
    "agencia efe": "EFE",
    "agência lusa": "Lusa",
    "agenzia ansa": "ANSA",
    "nhk": "NHK",
    "the canadian press": "The Canadian Press",
    "canadian press": "The Canadian Press",
    "共同通信": "Kyodo",
    "共同": "Kyodo",
    "時事通信": "Jiji Press",
    "時事": "Jiji Press",
    "연합뉴스": "Yonhap",
    "뉴시스": "Newsis",
    "뉴스1": "News1",
    "新华社": "Xinhua",
    "中央社": "Central News Agency",
}
#: national agencies whose names are no person's (they sign stories too: see SIGNING_AGENCIES)
_NATIONAL_AGENCIES = {"agerpres": "Agerpres", "ukrinform": "Ukrinform", "tanjug": "Tanjug", "ana-mpa": "ANA-MPA",
                      "ttxvn": "VNA", "共同社": "Kyodo", "پی\u200cتی\u200cآی": "PTI", "पीटीआई": "PTI"}
AGENCIES.update(_NATIONAL_AGENCIES)

#: national agencies that sign the stories they supply with a short name that is also a word or a person's name
#: ("Pap", "Mena", "Hina", "Spa", "AA"): they count only where the page marks them as a credit, in brackets or
#: slashes ("/PAP/", "(ČTK)", "(AA)", "(وام)"), after a source's label ("Kaynak: AA"), or as the text's last line
#: in capitals ("NTB")
SIGNING_AGENCIES = {
    "pap": "PAP", "čtk": "ČTK", "ctk": "ČTK", "tasr": "TASR", "mti": "MTI", "bta": "BTA", "hina": "HINA",
    "anp": "ANP", "belga": "Belga", "lusa": "Lusa", "tt": "TT", "ntb": "NTB", "ritzau": "Ritzau", "stt": "STT",
    "aa": "Anadolu", "dha": "DHA", "iha": "İHA", "i̇ha": "İHA", "anka": "ANKA", "wam": "WAM", "وام": "WAM", "qna": "QNA", "kuna": "KUNA", "mena": "MENA",
    "spa": "SPA", "irna": "IRNA", "ایرنا": "IRNA", "भाषा": "PTI", "vna": "VNA", "共同": "Kyodo", **_NATIONAL_AGENCIES,
}

_PREFIX = re.compile(
    r"^(?:(?:submitted|written|reported|story|text|words|photos?|video|interview|opinion|analysis|commentary|column|"
    r"review|essay|compiled|produced|illustrations?|graphics|additional reporting)\s+)?"
    r"(?:texto de|texte de|reportagem de|by|from|von|vom|por|par|di|da|av|af|door|from|przez|od|tekst|texto|texte|"
    r"autor|autorin|author|authors|reporter|reporting|written by|posted by|published by|with|"
    # the labels of bylines in more languages ("Автор: Иван Петров", "Szerző: …", "Penulis: …", "بقلم: …",
    # "كتب: …", "نویسنده: …", "מאת …", "लेखक: …", "Του …", "Texto de …")
    r"автор|авторы|текст|yazar|szerző|írta|penulis|tác giả|autorka|napisał|napisała|skrevet av|"
    r"skrivet av|kirjoittanut|"
    r"بقلم|كتب|كتبت|نویسنده|خبرنگار|מאת|लेखक|του|της)\s*[:\-–—]?\s+"
    # labels that are also first names ("Oleh Sentsov", "Yazan Haddad"): only with their colon ("Oleh: Budi Santoso")
    r"|^(?:oleh|yazan)\s*:\s*"
    # the form of the piece named with its article before the credit, as interviews, comments and analyses are
    # ("Ein Interview von Jana Roe", "An interview by Jane Doe", "Entretien réalisé par Jean Roe", "Un análisis de
    # Ana Ruiz", "Propos recueillis par Jean Roe")
    r"|^(?:(?:an?|ein|eine|einen|un|une|una|uno|een)\s+)?"
    r"(?:interview|kommentar|gastbeitrag|gastkommentar|analyse|analysis|gespräch|kolumne|reportage|essay|"
    r"commentary|column|entretien|entrevue|chronique|tribune|propos|entrevista|análisis|columna|crónica|"
    r"intervista|analisi|commento|interviu|wywiad|komentarz)"
    r"(?:\s+(?:conducted|geführt|réalisée?|recueillis|realizada|realizado|realizzata|a cura))?"
    # (the word before the name in lower case: "Essay De Souza" is a name)
    r"\s+(?-i:by|von|par|de|del|por|di|da|door|przez)\s+",
    re.I,
)
#: a credit naming the piece an interview ("An interview by Jane Doe", "Entretien réalisé par Jean Roe", "Ein Gespräch
#: von Jana Roe"): who is interviewed follows "with" ("… with John Smith", "… avec Paul Martin", "… mit Max Muster")
_INTERVIEW_CREDIT = re.compile(
    r"(?:(?:an?|ein|eine|einen|un|une|una|uno|een)\s+)?(?:interview|gespräch|entretien|entrevue|propos|entrevista|"
    r"intervista|interviu|wywiad)\b[^,;|]{0,30}?\s(?-i:by|von|par|de|del|por|di|da|door|przez)\s", re.I)
_INTERVIEWEE = re.compile(r"\s+(?:with|mit|avec|con|met|com|z|ze)\s+[^,;|]*$", re.I)
# Credits for work other than writing: "Reporting by Jane Doe; Editing by John Smith" names one author.
_NOT_AUTHORS = re.compile(
    r"\b(?:editing|edited|sub-?edited|fact[- ]?checking|fact[- ]?checked|translation|translated)\s+by\b[^;|]*", re.I
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|net|co\.uk)\b\S*|\S+\.[a-z]{2,6}/\S*", re.I)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_SPLIT = re.compile(
    r"\s*(?:,|;|\||/|·|•|、|，|＆|&)\s*"
    r"|\s+[-–—]+\s+"  # "Jane Doe - Staff Writer"
    r"|\s+(?:and|AND|And|und|UND|et|og|och|en|ve|и|with|WITH|mit|con|avec|met|com)\s+"
)
# "y" and "e" also join the parts of one Spanish or Portuguese name ("José Ortega y Gasset"): they split a
# credit only when both sides have at least two words.
# So do the "and" of more languages that is a single short word ("Jane Doe i Tom Roe", "Budi Santoso dan Rina
# Wati", "Minh Anh và Thu Hà").
_SPLIT_WEAK = re.compile(r"\s+(?:y|e|i|dan|và|și|és|ja|і|та)\s+")
#: an agency's one word after "with" in a credit ("Jane Doe com Lusa", "Marie Durand, avec AFP", "(mit dpa)")
_WITH_AGENCY = re.compile(r"(?:^|[\s,;(])(?:with|WITH|mit|con|avec|met|com)\s+([^\W\d_][\w.-]*?)\.?(?=\s*(?:$|[,;)]))")
# Words that make a credit an organisation, not a person ("Editorial Board", "Asahi Shimbun").
_ORG_WORDS = {
    "board", "editorial", "shimbun", "ilbo", "zeitung", "nachrichten", "associated", "presse", "agence", "agencia",
    "contributed", "contributing", "reporting", "analysis", "commentary", "opinion", "editors",
    # newsrooms and agencies in the languages seen most ("Agenturen", "Redazione", "Rédaction")
    "agenturen", "agentur", "agencies", "agencias", "agências", "agences", "agenzie", "redazione", "rédaction",
    "redacción", "redação", "redactie", "redaksi", "newsdesk", "nachrichtenagentur", "presseagentur",
    # desks in more languages ("Spor Servisi", "Haber Merkezi", "Редакция", "Redakcja")
    "servisi", "merkezi", "masası", "редакция", "редакція", "redakcja", "redakce", "szerkesztőség", "redacția",
    # the words of papers' titles that no surname is, in the main languages ("Houston Chronicle", "Kölner
    # Rundschau", "Tiroler Kurier", "Corriere di Valbruna"): a credit holding one is the paper's
    "chronicle", "chronik", "rundschau", "kurier", "anzeiger", "tagblatt", "tageblatt", "abendblatt", "volksblatt",
    "courrier", "corriere", "gazzetta", "gazeta", "giornale", "diario", "periódico", "jornal", "dagblad", "krant",
    "tidning", "tidende", "dziennik", "noviny", "dispatch", "inquirer", "enquirer", "examiner", "sentinel",
    "advertiser", "telegraph", "bulletin",
    # photo agencies credited in an author slot
    "istockphoto", "istock", "getty", "shutterstock", "alamy", "imago", "scanpix", "images", "photo", "photos",
}
_ROLE_WORDS = {
    "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
    "contributor", "contributors", "columnist", "photographer", "photographers", "producer", "analyst",
    "journalist", "journalists", "desk", "team", "bureau", "newsroom", "chief", "senior", "deputy", "political",
    "business", "sports", "science", "technology", "health", "foreign", "national", "international", "digital",
    "managing", "executive", "associate", "assistant", "special", "guest", "opinion", "news", "video",
    "multimedia", "graphics", "redaktion", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "autor", "autorin", "press", "media", "agency", "online", "service", "services", "wire", "wires",
    "group", "inc", "ltd", "llc", "gmbh", "company", "corporation", "network", "times", "post", "daily",
    "journal", "tribune", "herald", "courier", "ledger", "gazette", "magazine", "newspaper", "television", "radio", "tv",
    "updated", "published", "posted", "email", "e-mail", "author", "follow", "twitter", "contact", "view",
    "profile", "more", "articles", "read", "bio", "the", "our", "of", "at", "for", "in", "on", "am", "pm",
    # a site's accounts, not people ("Admin", "Webmaster", "Super Admin")
    "admin", "administrator", "webmaster", "superadmin", "moderator", "kontributor",
    "edt", "est", "gmt", "utc", "bst", "jst", "kst", "ago", "min", "mins", "hours", "minutes", "story",
} | _ORG_WORDS | {
    # a company's or an institution's name ("Acme Solutions", "Harbour Holdings", "Lindqvist Verlag", "Grupo
    # Solano"): the words of business names and legal forms in the main languages, no person's
    "solutions", "soluciones", "soluções", "lösungen", "consulting", "consultants", "consultancy", "beratung",
    "technologies", "systems", "partners", "associates", "enterprises", "industries", "holdings", "holding",
    "ventures", "labs", "studios", "plc", "llp", "corp", "sarl", "srl", "s.a", "s.l", "b.v", "verlag",
    "éditions", "editions", "ediciones", "edizioni", "edições", "uitgeverij", "förlag", "forlag", "gruppe",
    "groupe", "grupo", "gruppo", "groep", "stiftung", "foundation", "fondation", "fundación", "fondazione",
    "institute", "institut", "instituto", "istituto", "verein", "association", "asociación", "associazione",
}
# Trailing roles and places: "Jane Doe, Staff Writer", "Jane Doe in Tokyo", "Jane Doe for The Guardian".
_TRAILER = re.compile(r"\s+(?:in|for|at|aus|en|em|à|a)\s+[A-Z][\w .'-]{1,40}$")
_CJK_SUFFIX = re.compile(r"\s*(?:記者|特派員|編集委員|論説委員|撮影|写真|기자|특파원|선임기자|논설위원|记者|編輯|编辑|報導|报道)\s*$")
#: a Chinese or Japanese credit's label before the name ("记者 张三", "文/记者 张三", "本报记者 陈静", "〔記者王志豪",
#: "撰文：何嘉欣") and its place after it ("／台北報導", "高雄报道"): neither is the name
_CJK_LABEL = re.compile(r"^[〔【\[]?\s*(?:文\s*[/／・:：]\s*)?(?:本[报報]|本[报報]特派)?(?:记者|記者|撰文|撰稿|通讯员|通訊員)"
                        r"\s*[:：/／]?\s*")
_CJK_PLACE = re.compile(r"\s*[/／]\s*[\u3400-\u9fff]{1,6}(?:報導|报道|報道|报导|電|电)\s*[〕】\]]?$")
#: a second credit's label inside the line ("陈静 通讯员 刘洋"): a separator between two names
_CJK_INNER_LABEL = re.compile(r"(?<=\S)\s+(?:本[报報])?(?:通讯员|通訊員|记者|記者|实习生|實習生)\s*")
_CJK_ANY = re.compile(r"[\u3400-\u9fff]")
#: a Chinese credit's label (simplified, or the traditional ones Japanese does not use): its names are set apart by
#: spaces ("记者 王晓燕 李明"), while a Japanese name may hold one between surname and given name ("記者 佐藤 花子")
_ZH_LABEL = re.compile(r"记者|通讯员|通訊員|实习生|實習生|本[报報]")
_HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])")
#: a Korean wire dateline before the credit: "(부산=연합뉴스) 이민수 기자", "[서울=뉴시스] …" (the place, then the agency)
_KO_DATELINE = re.compile(r"^[(\[【]\s*[^=()\[\]【】]{1,12}=\s*([^()\[\]【】]{1,20})[)\]】]\s*")
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,8}$")
# A Japanese, Chinese or Korean credit that names a newspaper, agency, broadcaster or desk ("朝日新聞デジタル",
# "日本経済新聞社", "中日新聞Web", "日刊現代", "人民网", "한국일보", "MBN뉴스") is an organisation, not a person.
_CJK_ORG = re.compile(
    r"新聞|新闻|日報|日报|通信|放送|編集|编辑部|デジタル|オンライン|ニュース|日刊|週刊|月刊|夕刊|電子版|時報|时报|晚报|晩報|"
    r"电视台|電視台|广播|廣播|人民网|新华网|网站|網站|[网網]$"
    r"|(?:신문|신문사|일보|뉴스|방송|편집국|편집부|닷컴|온라인|디지털)$"
)
# Korean "and N others" after the first credited name: "홍길동 기자 외 1명".
_KO_OTHERS = re.compile(r"\s*(?:외|등)\s*\d+\s*(?:명|인)\s*$")
# Full-width brackets as Japanese and Chinese credits write them: "山田太郎（共同）".
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "［": "[", "］": "]", "　": " "})
#: month names (English, German, French, Spanish), whole, or cut short with a full stop
_MONTH_NAMES = (r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|"
                r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|"
                r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|"
                r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b\.?")
_MONTHS = re.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|"
    r"nov(ember)?|dec(ember)?)\b\.?\s*\d",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]", re.U)
#: a date or time printed after the names in the same byline ("By Jane Doe Updated 3:04 PM EDT, March 12, 2025",
#: "Von Anna Seeberg Aktualisiert am 12.03.2025", "Von Jana Roe, 12.03.2025, 18:04 Uhr"): from its label, from a
#: time of day or from a date in figures, to the end
_DATE_TAIL = re.compile(
    r"\s+(?:(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|actualizado|publicado|"
    r"atualizado|mis à jour|publié|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\b|\d{1,2}[:.]\d{2}\b|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b|"
    # a weekday, a comma and the date ("By Jane Doe and Tom Roe Monday, November 18, 2019, 04:05 pm")
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag),\s+(?:\d|" + _MONTH_NAMES + r")).*$",
    re.I | re.S)


def _date_tail(text: str) -> re.Match[str] | None:
    """The date printed after a byline's names (see _DATE_TAIL); a weekday opens it only after a full name of two
    words or more: "Jana Freitag, 12.05.2025", "Ana Domingo, 12 de mayo" are a surname's (then the date)."""
    m = _DATE_TAIL.search(text)
    while m is not None and m.start("weekday") >= 0:
        last_part = _SPLIT.split(text[:m.start()])[-1]
        if len(last_part.split()) >= 2:
            break
        m = _DATE_TAIL.search(text, m.start("weekday"))
    return m
#: in a byline line printed in the body, also a date written with its month's name ("By Jane Doe | May 3, 2024",
#: "Von Jana Roe, 19. Februar 2024"), perhaps after "on" and a weekday ("Submitted by Jane Doe on Mon, 02/19/2024
#: - 11:00"); not for reading credits (a credit's "Stand 28. April 2023" would leave "Stand" as a name)
_WRITTEN_DATE_TAIL = re.compile(
    r"\s+(?:(?:on|am|le|el)\s+(?:[^\W\d_]+\.?,?\s+)?)?"
    r"(?:\d{1,2}\.?\s+(?:de\s+)?" + _MONTH_NAMES + r"(?:,?\s+(?:de\s+)?\d{4})?|" + _MONTH_NAMES +
    r"\s+\d{1,2}(?:,?\s+\d{4})?|(?<=\s)(?:on|am|le|el)\s+(?:[^\W\d_]+\.?,?\s+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}))"
    # (then perhaps its time, and nothing else: a date that ends the line, not a sentence going on)
    r"(?:\s*(?:[-–—|,]|à|um|at)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm))?)?\W*$",
    re.I | re.S)
#: the words that lead a date printed after a byline's names ("Jane Doe on 3 May")
_DATE_LEADS = frozenset({"on", "am", "le", "el"})


def agency_name(text: str, *, marked: bool = False) -> str | None:
    """The canonical agency for a credit line such as "The Associated Press" or "REUTERS", else None; `marked`: the
    page marks the text as a credit (in brackets, after a source's label), so SIGNING_AGENCIES count too."""
    key = _agency_key(text)
    return AGENCIES.get(key) or (SIGNING_AGENCIES.get(key) if marked else None)


def _agency_key(text: str) -> str:
    """An agency's name as the tables write it: "The Associated Press staff" -> "the associated press"."""
    return re.sub(r"\s+(staff|wire|news service|reporters?)$", "", clean_line(text).strip(" .,:;()").casefold())


#: a word in capitals that stays so in a name: a generation's numeral or suffix ("Bram Ostley III", "John Roe JR")
_KEPT_CAPITALS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"})


def _surname_capitals(name: str) -> str:
    """A name written with its surname in capitals after the given names, as French and Swiss papers and the AFP
    print it ("Marie DURAND", "Pieter-Jan VAN DER HOEK"), in normal case: "Marie Durand". Only given names in normal
    case, then words of capitals (two letters or more, a vowel among them); a surname first stays as written
    ("DUPONT Jean", "KIM Jisoo": the capitals say which name is the surname)."""
    words = name.split(" ")
    caps = [w.isupper() and sum(c.isalpha() for c in w) >= 2 and w.strip(".,") not in _KEPT_CAPITALS
            and bool(_VOWEL.search(w)) for w in words]
    if not any(caps) or caps[0]:
        return name
    if not all(c or not w[1:].isupper() for w, c in zip(words, caps)):
        return name  # another mix ("Quillon DeVRIESEN", "DJ Moonfish", an initialism without a vowel): as written
    out: list[str] = []
    for is_caps, run in itertools.groupby(zip(words, caps), key=lambda wc: wc[1]):
        part = " ".join(w for w, _ in run)
        out.append(_normal_case(part) if is_caps else part)  # (a run, "VAN DER HOEK": its particles in lower case)
    return " ".join(out)


_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ąĒ-ěĪ-ıŌ-őŨ-ųАЕЁИОУЫЭЮЯ]")


def _normal_case(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return name
    if " " in name and any(c.isupper() for c in letters) and any(c.islower() for c in letters):
        return _surname_capitals(name)
    if all(c.isupper() for c in letters) or all(c.islower() for c in letters):
        if any(ord(c) > 0x2FFF for c in letters):
            return name
        titled = name.title()
        # title() capitalises after apostrophes in "O'NEIL" correctly but also "'S": fix possessive-like cases
        titled = re.sub(r"(\w)'S\b", r"\1's", titled)
        # "MCDONALD" -> "McDonald"
        titled = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), titled)
        # particles stay lower case inside a name
        words = titled.split(" ")
        for i, w in enumerate(words[1:-1], start=1):
            if w.lower() in {"van", "von", "der", "den", "de", "du", "da", "di", "del", "la", "le", "bin", "al"}:
                words[i] = w.lower()
        return " ".join(words)
    return name


_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "dos", "das", "le", "la",
                        "al", "el", "bin", "ben", "ibn", "ten", "ter", "zu", "af", "av", "do", "des", "dello", "degli",
                        "delle", "dalla", "bint", "ould", "vom", "zum", "zur",
                        # Filipino ("Juan dela Cruz", "delos Santos"), Flemish ("vanden Berg"), Catalan ("dels"),
                        # Malay ("Siti Aminah binti Yusof") and Iban ("anak") particles, lower-case words of four
                        # letters or more that _inner_lower_word must let through
                        "dela", "delos", "delas", "vanden", "vander", "dels", "binti", "anak"})


def _is_person_name(name: str) -> bool:
    if not name or len(name) > 60:
        return False
    if name.strip(" .").casefold() in _PLACEHOLDER_ACCOUNTS:
        return False  # "Guest", "Anonymous", "Гость", "匿名": a site's stand-in for no one named
    if _DOMAIN.fullmatch(name):
        return False  # "example.com", "Site.de": a website
    if _CJK_ORG.search(name):
        return False
    if _CJK_NAME.match(name.replace(" ", "")):
        return True
    if any(ch.isdigit() for ch in name):
        return False
    if re.search(r"[@#/\\<>{}\[\]|=+*$%^~`_:;!?]", name):
        return False  # "jane@example", "#politics", "a/b": not a name
    if _MONTHS.search(name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if len(words) == 1 and len(name) < 3:
        return False
    if len(words) == 1 and name.isupper():
        # "CNN", "BBC", "NYT": an acronym is an organisation, and so is a word in capitals of any length credited
        # alone, a newsroom's or a station's code ("KXYZNEWS"): a person alone is named in normal case ("Wenna")
        return False
    if words[0][:1].islower() and words[0].casefold() not in _PARTICLES and any(w[:1].isupper() for w in words):
        return False  # "jd Hamburg": initials or a word before a name, not a name
    lowered = [w.strip(".,'’()").casefold() for w in words]
    # "XYZ-Redaktion", "Foto-Agentur": a compound ending in an organisation word
    if any(len(part) >= 4 and part in _ROLE_WORDS for w in lowered if "-" in w for part in w.split("-")[1:]):
        return False
    if any(w in _ROLE_WORDS for w in lowered) and not (len(words) >= 2 and lowered[0] not in _ROLE_WORDS
                                                          and all(w not in _ROLE_WORDS for w in lowered[:2])
                                                          and lowered[-1] not in _ROLE_WORDS):
        return False
    # (a sentence's end after the first word: the first may be a title's abbreviation, "Profa.", "Lieut.")
    if (_inner_lower_word(words) or any(_SENTENCE_END.fullmatch(w) for w in words[1:-1])
            or _has_acronym(words) or _station_credit(words)):
        return False
    letters = len(_LETTER.findall(name))
    if letters < len(name) and not name.isascii():
        # the vowel signs and viramas of Indic scripts are marks, not letters: "राहुल शर्मा" is all letters
        letters += sum(1 for c in name if unicodedata.category(c)[0] == "M")
    if letters < 0.7 * len(name.replace(" ", "").replace("-", "").replace(".", "").replace("'", "")):
        return False
    if not any(c.isupper() for c in name) and not any(ord(c) > 0x2FFF for c in name):
        # an all-lower-case credit is usually a handle or a word, not a name; normalise it if it has two words
        return len(words) >= 2
    return True


def _outlet_credit(words: list[str], popped: list[str], after_name: bool) -> bool:
    """Whether a credit whose last words (`popped`, role words) came off is an outlet's, not a person's: an
    agency's desk ("AP Auto Writer": an agency's name in capitals, or in any case in a part after a person's full
    name, "Tom Roe, Ap Auto Writer", then a beat; "Efe Kaya Staff Writer" is a person), or a name ending in an
    organisation's word ("NJ Advance Media", "Harbour Holdings Group")."""
    # (after a name, one role word only: "Ap Auto Writer" is a desk, "Efe Kaya Staff Writer" a person and her role)
    # (the role words written with a capital, last first: not a joining "for" before a stripped address)
    roles = [w.casefold() for w in popped if w[:1].isupper()]
    if (words[0].isupper() or (after_name and len(roles) == 1)) and agency_name(words[0]):
        return True
    # (the credit's own last word: "Jana Roth Senior News Editor" is a person and her role)
    return bool(roles) and roles[0] in _OUTLET_WORDS


#: the role words that end an organisation's name, not a person's role ("Media", "News", "Group", "Inc")
_OUTLET_WORDS = frozenset({"media", "news", "group", "press", "network", "inc", "ltd", "llc", "gmbh", "company",
                           "corporation", "agency", "services", "online", "times", "post", "daily", "journal",
                           "tribune", "herald", "gazette", "magazine", "newspaper", "television", "radio", "tv"})


def _inner_lower_word(words: list[str]) -> bool:
    """Whether a capitalised credit holds a word written in lower case after its first that no name's particle is
    ("The Russian and Syrian defense ministries", "Council press office"): words of a sentence or an office, not
    a name's (an all-lower-case credit is left to the handle rule)."""
    return words[0][:1].isupper() and any(len(w) >= 4 and w.isalpha() and w.islower() and w not in _PARTICLES
                                          for w in words[1:])


#: a long word closing a sentence inside a credit ("Jane Doe. Valley Herald International"): a name's
#: abbreviations are short ("Dr.", "Prof.", "Jr.", "Capt.") or open it ("Profa. Maria Silva", "Lieut. Tom Roe")
_SENTENCE_END = re.compile(r"[^\W\d_]{5,}\.")


#: the names a site gives an account that is no one's in particular, a guest's or an anonymous writer's, in the
#: main languages (alone: "Gast" and "Guest" are surnames too)
_PLACEHOLDER_ACCOUNTS = frozenset({
    "guest", "gast", "invité", "invitée", "invitado", "invitada", "ospite", "convidado", "convidada", "gość",
    "гость", "гост", "misafir", "gjest", "gäst", "vieras", "anonymous", "anonym", "anonyme", "anónimo", "anónima",
    "anonimo", "anonima", "anônimo", "anoniem", "anonim", "anonimowy", "аноним", "анонім", "unknown", "unbekannt",
    "inconnu", "desconocido", "sconosciuto", "неизвестный", "nieznany", "匿名", "익명"})


#: a word of three capitals or more and no vowel, an organisation's acronym ("MDR SACHSEN-ANHALT", "SWR Aktuell"):
#: a name's words have a vowel
_VOWELLESS_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")


def _has_acronym(words: list[str]) -> bool:
    """Whether a credit's words hold an organisation's acronym (see _VOWELLESS_ACRONYM); not the last of two words
    after a given name, a surname in capitals that has no vowel letter ("JAN VLK", "Tomáš SRB", Czech surnames),
    nor a person's initials run together before the surname ("JRR Tolkien", see _run_together_initials)."""
    acronyms = [_VOWELLESS_ACRONYM.fullmatch(w) is not None for w in words]
    if not any(acronyms) or (len(words) == 2 and acronyms == [False, True]):
        return False
    return not (len(words) == 2 and acronyms == [True, False] and _run_together_initials(words))


#: the words a broadcaster or a paper puts after its acronym to name a programme, a desk or an edition ("SWR
#: Aktuell", "NDR Info", "BBC Sport", "RFI Afrique"), in the main languages: with one of them the credit is the
#: outlet's, not initials before a surname (the role words, "News", "Online", "Business", are caught before)
_PROGRAMME_WORDS = frozenset({
    "aktuell", "aktuelt", "heute", "info", "infos", "kultur", "culture", "cultura", "sport", "sports", "deporte",
    "deportes", "esporte", "sportivo", "wissen", "wetter", "weather", "meteo", "météo", "panorama", "lokalzeit",
    "nieuws", "nyheter", "nyheder", "uutiset", "noticias", "notícias", "notizie", "actualités", "actu", "live",
    "today", "tonight", "politics", "politik", "world", "welt", "monde", "mundo", "entertainment", "regional",
    "lokal", "local", "magazin", "verkehr", "musik", "music", "extra", "plus", "direkt", "direct", "report",
    "reports", "kids", "teletext", "text", "afrique", "africa", "arabic", "español", "brasil", "international",
    "internacional", "investigates", "verify", "wirtschaft", "économie", "economía", "economia", "finanzen",
    "dnes", "zprávy", "wiadomości", "haber", "hírek", "novosti", "новости", "vesti"})


def _run_together_initials(words: list[str]) -> bool:
    """Whether a two-word credit opening with three vowelless capitals is a person's initials written without
    dots before the surname ("JRR Tolkien", as British papers print initials): the second word a surname written
    with a capital and small letters, not the name of a programme or a desk an outlet's acronym goes with ("SWR
    Aktuell", "NDR Info"; a second word in capitals, "MDR SACHSEN-ANHALT", is a region's newsroom), and the
    acronym no agency's."""
    initials, surname = words
    return (len(initials) == 3 and len(surname) >= 3 and surname.isalpha() and surname[0].isupper()
            and surname[1:].islower() and surname.casefold() not in _PROGRAMME_WORDS
            and not _broadcaster_acronym(initials) and agency_name(initials, marked=True) is None)


#: the acronyms of the networks and papers most credited beside a city or a desk ("CBS Miami", "NBC Chicago",
#: "BBC Verify", "NHK World", "ORF Wien"), in the main countries; their local stations' credits name the city
_OUTLET_ACRONYMS = frozenset({
    "CBS", "NBC", "CNN", "PBS", "NPR", "BBC", "CBC", "CTV", "SBS", "RNZ", "ZDF", "WDR", "NDR", "MDR", "SWR",
    "RBB", "SRF", "RTL", "NTV", "TVN", "TVP", "RTP", "RTS", "NHK", "KBS", "MBC", "TBS", "WSJ", "NYT",
    "ABC", "ARD", "ORF", "SVT", "NRK", "YLE", "TVE", "RTE", "RTÉ", "ERR", "LRT", "HRT", "RTV", "TVA"})
#: a North American station's call sign: K or W and two or three more capitals, no vowel but Y ("KTVB", "WXYZ",
#: "WGN"); a surname printed in capitals has a vowel ("KIM", "WANG")
_CALL_SIGN = re.compile(r"[KW][B-DF-HJ-NP-TV-Z]{2,3}")


def _station_credit(words: list[str]) -> bool:
    """Whether a credit of words names a broadcaster's station or desk: an outlet's acronym or a call sign, then
    a capitalised word, a city or a region ("ORF Wien", "WXYZ Detroit", "KTVB Boise", "ABC Brisbane")."""
    return (len(words) >= 2 and (words[0] in _OUTLET_ACRONYMS or _CALL_SIGN.fullmatch(words[0]) is not None)
            and words[1][:1].isupper())


def _broadcaster_acronym(initials: str) -> bool:
    """Whether three capitals name a broadcaster rather than a person's initials: one of _OUTLET_ACRONYMS, or a
    North American station's call sign, which opens with K or W ("KSL Newsradio", "WGN Chicago")."""
    return initials in _OUTLET_ACRONYMS or initials[0] in "KW"


#: the role words that are also common surnames ("Emily Post", "Jana Guest", "Jennifer Senior", "Jana Herald",
#: "John Courier", "Tom Ledger")
_ROLE_SURNAMES = frozenset({"post", "guest", "senior", "herald", "courier", "ledger"})
#: those of them that title papers after a place ("Denver Post", "Boston Herald", "Valbruna Courier")
_PAPER_SURNAMES = frozenset({"post", "herald", "courier", "ledger"})
#: the first words of a role word's phrase that no given name is: a blog's links to its posts ("Next Post", "Blog
#: Post"), a greeting to a visitor not logged in ("Welcome Guest"), an edition's day or time ("Sunday Post")
_NOT_GIVEN_NAMES = frozenset({
    "next", "previous", "prev", "older", "newer", "latest", "recent", "related", "popular", "top", "new", "old",
    "first", "last", "blog", "mystery", "celebrity", "weekly", "monthly", "daily", "welcome", "hello", "hi", "hey",
    "dear", "your", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "morning",
    "evening", "weekend", "night"})
#: the first words of the papers called "<place> Post" (or Herald, Courier) that syndicated stories and mistyped
#: metadata credit as their author ("Jerusalem Post", "Bangkok Post", an outlet typed as a Person), in the countries
#: that print such titles: the place or the founder's name, never a given name (with _PLACE_ENDINGS)
_PAPER_PLACES = frozenset({
    "boston", "miami", "glasgow", "deccan", "korea", "buenos", "dublin", "calgary", "montreal", "halifax",
    "brisbane", "melbourne", "adelaide", "louisville", "chicago", "detroit", "seattle", "atlanta", "baltimore",
    "oakland", "portland", "cleveland", "auckland", "queensland", "scotland", "boise", "dayton", "duluth",
    "washington", "denver", "jerusalem", "jakarta", "bangkok", "huffington", "kathmandu", "kyiv", "kiev",
    "financial", "national", "yorkshire", "lancashire", "bristol", "nottingham", "birmingham", "leicester",
    "cincinnati", "kentucky", "charleston", "houston", "borneo", "china", "moscow", "global", "express", "pakistan",
    "nepal", "manila", "dhaka", "beirut", "tehran", "cambodia", "vientiane", "yemen", "taipei", "nairobi", "lagos",
    "southland", "christchurch", "ottawa", "toronto", "vancouver", "winnipeg", "oxford", "belfast", "cardiff",
    "aberdeen", "coventry"})


def _role_surname(name: str, capitals: bool = False) -> bool:
    """Whether a two-word credit is a given name and a surname that is a role word (_ROLE_SURNAMES): the first word
    a name's, a capital then small letters, no role word, no participle ("Featured Guest", "Sponsored Post"), none
    of _NOT_GIVEN_NAMES. `capitals`: a credit wholly in capitals counts too ("EMILY POST"), where the words around
    it say a person is credited (a source clause's colleague: "With files from EMILY POST"); elsewhere capitals
    are a heading's or a label's ("NEXT POST", "GUEST POST") as often as a name's."""
    words = name.split()
    if len(words) != 2 or words[1].casefold() not in _ROLE_SURNAMES:
        return False
    given = words[0]
    key = given.casefold()
    return (len(given) >= 3 and given.isalpha()
            and ((given[0].isupper() and given[1:].islower()) or (capitals and name.isupper()))
            and key not in _ROLE_WORDS and key not in _NOT_GIVEN_NAMES and key not in _PLACEHOLDER_ACCOUNTS
            and not key.endswith("ed") and not (words[1].casefold() in _PAPER_SURNAMES and _place_word(key)))


#: the endings of place names in English and German that given names do not have ("Jacksonville", "Pittsburgh",
#: "Springfield", "Newport", "Portsmouth", "Offenbach"…): with a paper's word after them, the credit is a paper's
_PLACE_ENDINGS = ("ville", "burg", "burgh", "field", "port", "mouth", "shire", "polis", "stadt", "dorf", "hausen",
                  "heim", "minster", "chester", "caster", "borough", "bury", "town", "city", "bach", "furt", "pool")


def _place_word(key: str) -> bool:
    """Whether a credit's first word (casefolded) is a place's: one of _PAPER_PLACES or with one of
    _PLACE_ENDINGS after more letters (an ending alone may be a given name: "Chester Herald")."""
    return key in _PAPER_PLACES or (len(key) >= 6 and key.endswith(_PLACE_ENDINGS) and key not in _PLACE_ENDINGS)


#: the words that title a paper after a place ("Sheffield Star", "Liverpool Echo", "Toronto Sun", "Denver Post"),
#: and that are surnames after a given name ("Jane Sun", "Tom Star")
_PLACE_PAPER_WORDS = _PAPER_SURNAMES | {"echo", "sun", "star"}


def _place_paper(name: str) -> bool:
    """Whether a two-word credit is a place's paper ("Sheffield Star", "Liverpool Echo", "Toronto Sun"): a place's
    name (_place_word) then a paper's word. Credited alone, as syndicated copy is, it names no one: the paper is the
    source, or the publisher. ("Jane Sun" and "Chester Star" are people: no place comes first.)"""
    words = name.split()
    return len(words) == 2 and words[1].casefold() in _PLACE_PAPER_WORDS and _place_word(words[0].casefold())


def _strip(part: str) -> str:
    part = _EMAIL.sub(" ", part)
    part = _URL.sub(" ", part)
    part = _HANDLE.sub(" ", part)
    part = clean_line(part)
    # a parenthesised trailer ("Jane Doe (Reuters)", "Jane Doe ()" once a handle is gone) goes before the
    # punctuation is trimmed, or its closing parenthesis would be trimmed alone
    part = re.sub(r"\s*\([^()]*\)?\s*$", "", part)
    part = part.strip(" .,:;|–—-()[]\"'“”")
    for _ in range(2):
        part = _PREFIX.sub("", part).strip(" .,:;|–—-")
    part = _TRAILER.sub("", part)
    part = _KO_OTHERS.sub("", part)
    if _CJK_ANY.search(part):
        part = _CJK_PLACE.sub("", _CJK_LABEL.sub("", part))
    part = _CJK_SUFFIX.sub("", part)
    part = re.sub(r"\s*\([^()]*\)?\s*$", "", part)
    return part.strip(" .,:;|–—-()[]\"'“”")


def _trailing_agency(words: list[str]) -> tuple[list[str], str | None]:
    """("Jane Doe Reuters" words) -> (["Jane", "Doe"], "Reuters"): an agency credited after the name without a
    separator. A single trailing word counts only when written as the agency writes itself ("Reuters", "AP"),
    so that a surname which happens to spell an agency in other case is left alone."""
    for k in (3, 2, 1):
        if len(words) - k < 2:
            continue
        tail = " ".join(words[-k:])
        agency = agency_name(tail)
        if agency and (k > 1 or tail == agency or tail.isupper()):
            return words[:-k], agency
    return words, None


def _agency_desk(name: str) -> str | None:
    """The agency of a credit naming one of its national or regional services ("AFP Deutschland", "Reuters India",
    "EFE Colombia", "dpa Niedersachsen") or a service of its own joined to its name ("dpa-AFX", its financial news):
    the agency's name as it writes itself, then one or two capitalised words, or a hyphen and an acronym. ("Efe
    Kaya" is a person: the agency writes itself "EFE"; so is "EFE KAYA", a credit all in capitals, as bylines print
    names; "Reuters Institute", "AFP Photo": a word of an organisation's or a role's is no service's place.)"""
    words = name.split()
    head, _, tail = words[0].partition("-") if len(words) == 1 else (words[0], "", "")
    agency = AGENCIES.get(head.casefold())  # (one word: the table's key as it is, no cleaning)
    if agency is None:
        return None  # (most credits: the one look-up)
    if len(words) == 1:
        return agency if head == agency and len(tail) >= 2 and tail.isalpha() and tail.isupper() else None
    if (len(words) > 3 or not all(w[:1].isupper() and w.isalpha() for w in words[1:]) or name.isupper()
            or any(w.casefold() in _ROLE_WORDS for w in words[1:])):
        return None
    return agency if words[0] == agency or words[0].isupper() else None


def _capitals_name(words: list[str]) -> list[str]:
    """("WES HARMON Sentinel" words) -> ["WES", "HARMON"]: a name printed in capitals, then words that are not
    (the paper's name or a role the role words do not know: "By JANE DOE Sentinel staff writer"), words alone:
    not "MDR THÜRINGEN Stand: 28. April 2023", a newsroom's name before a date. Two capital words at least, so
    that "DUPONT Jean" (a surname first) stays whole."""
    k = 0
    while k < len(words) and words[k].isupper() and sum(c.isalpha() for c in words[k]) >= 2:
        k += 1
    if 2 <= k < len(words) and all(not w.isupper() and w.strip(".,'-").isalpha() for w in words[k:]):
        return words[:k]
    return words


def _split_credit(text: str) -> list[str]:
    parts: list[str] = []
    for part in _SPLIT.split(text):
        if not part:
            continue
        pieces = _SPLIT_WEAK.split(part)
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(part)
    return parts


_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,6}")  # the top-level domain in lower case: "A.Smith" is a name


def _org_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", clean_line(text).casefold())


def _org_keys(text: str) -> tuple[str, ...]:
    """A publisher's name's key (_org_key) with its leading "The" and without it ("The Riverton Herald",
    "Riverton Herald"), and a brand's blog's without its last word "Blog" too ("The Riverton Gear Blog": its
    posts credited to the brand's account, "Riverton Gear")."""
    key = _org_key(text)
    bare = key[3:] if key.startswith("the") and text.lstrip()[:4].casefold() == "the " else key
    if len(bare) > 8 and bare.endswith("blog") and text.rstrip()[-5:].casefold() == " blog":
        return key, bare, bare[:-4]
    return key, bare


#: a web address in brackets after a credit: "Deutsche Welle (www.dw.com)" (a person gives a comma and the site's
#: name, "Jane Doe, example.com", or an e-mail address)
_ADDRESS = re.compile(r"\(\s*(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,24})/?\s*\)", re.I)


def _own_address(text: str, excluded: AbstractSet[str]) -> bool:
    """Whether `text` gives a web address in brackets whose host is one of the publisher's names (`excluded`, as
    _org_key)."""
    return "." in text and any(_org_key(m.group(1)) in excluded for m in _ADDRESS.finditer(text))


def _org_words(text: str) -> tuple[str, ...]:
    """The words of a publisher's name or host, in lower case: "Kabar Nusa", "kabar-nusa.example" -> ("kabar",
    "nusa") (a host's top-level domain is no word of the name)."""
    text = clean_line(text).casefold()
    if _DOMAIN.fullmatch(text):
        text = text.rsplit(".", 1)[0]
    return tuple(w for w in re.split(r"[\W_]+", text) if w and w != "www")


def _ends_with_any(words: tuple[str, ...], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether `words` end with one of `phrases` ("Admin Kabar Nusa", "Tim Riverton Ledger"): a person's name may
    open with a publisher's ("Marie-Claire Dupont" writing for "Marie Claire")."""
    return any(len(words) > len(p) and words[-len(p):] == p for p in phrases)


def choose_authors(sources: list[list[str]], not_people: Iterable[str | None] = ()) -> tuple[list[str], str | None]:
    """The people of the first source that credits any, sources given most trusted first (JSON-LD, meta tags,
    microdata, visible bylines): sources are not merged, as a less trusted one often lists the authors of
    other stories on the page too. The agency is taken from that source or any before it."""
    agency: str | None = None
    for credits in sources:
        people, ag = normalize_authors(credits, not_people=not_people)
        agency = agency or ag
        if people:
            return people, agency
    return [], agency


#: a byline that credits more than the writing ("Photos by …", "Graphics by …", "Edited by …", "with reporting by …"):
#: the names after such a word are not authors of the text
_OTHER_ROLE = re.compile(r"\b(photo\w*|pictures?|graphics?|illustrat\w*|video\w*|edit(ed|ing|or)|design\w*|"
                         r"produc\w*|data|maps?|reporting|research|contribut\w*|fotos?|bilder?|grafik\w*)\b", re.I)
#: words that make a name an organisation's ("Tom Roe Media", "… Center for Public Policy")
_ORG_WORD = re.compile(r"\b(media|center|centre|institute|university|group|foundation|press|news|network|agency|"
                       r"council|company|inc|ltd|llc|gmbh)\b", re.I)


def byline_credits(authors: list[str], agency: str | None, bylines: list[str],
                   not_people: Iterable[str | None] = ()) -> tuple[list[str], str | None]:
    """`authors` and `agency` from the metadata, completed by the visible bylines' texts that credit the same
    people: a byline naming all of them and more names the more (Ghost's metadata names the primary author
    alone, its byline every author), and the agency a byline credits beside them ("Von Anna Seeberg (mit dpa)",
    "By Jane Doe with AFP") is the article's. A byline naming none of them (another story's, a photo's credit)
    adds nothing."""
    if not authors:
        return authors, agency
    keys = {_name_key(a) for a in authors}
    for text in bylines:
        people, credited = normalize_authors([text], not_people=not_people)
        shared = keys & {_name_key(p) for p in people}
        if not shared:
            continue  # (an agency alone in a byline block may be a photo's credit)
        added = [p for p in people if _name_key(p) not in keys]
        # (the names added must be whole: "By Mike Wall Science & Astronomy" names a section after the name; and
        # people only: no one credited for another part, "Photography by Maria Gonzalez", nor an organisation)
        if shared == keys and added and not _OTHER_ROLE.search(text) and all(
                (2 <= len(p.split()) <= 4 or _CJK_NAME.match(p)) and not _ORG_WORD.search(p)
                and not re.search(re.escape(p) + r"\W+" + _ORG_WORD.pattern, text, re.I) for p in added):
            authors, keys = people, {_name_key(p) for p in people}
        agency = agency or credited
    return authors, agency


def own_site_names(names: Iterable[str | None], person: str | None) -> list[str | None]:
    """The site's names that no credit may be (`names`: its name, publisher, host…), without those that are the
    name of `person`, a publisher the page declares a Person (a columnist's own site: JSON-LD names her its
    publisher, and its name and host are hers, "Jane Doe", "janedoe.example"): her credit is hers. A publisher
    typed as a Person that reads as no person's name ("Riverton Herald") is the site's still."""
    if not person or not _is_person_name(person):
        return list(names)
    keys = set(_org_keys(person))
    return [n for n in names if not n or keys.isdisjoint(_org_keys(n))]


@lru_cache(maxsize=256)
def _publisher_names(not_people: tuple[str | None, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The publisher's names (`not_people`) as _org_key writes them, and those of two words or more as words (a
    credit ending with one is the publisher's: "Admin Kabar Nusa", "Tim Riverton Ledger"). Kept: a page asks
    for the same names for each of its credit sources."""
    excluded = frozenset(k for n in not_people if n for k in _org_keys(n) if k)
    return excluded, tuple(w for w in (_org_words(n) for n in not_people if n) if len(w) >= 2)


def normalize_authors(
    raw: list[str] | str | None, *, not_people: Iterable[str | None] = ()
) -> tuple[list[str], str | None]:
    """Split, clean and normal-case author credits; returns (people, agency). `not_people`: names known to be
    the publisher's (site name, host), never a person."""
    if isinstance(raw, str):
        items: tuple[str, ...] = (raw,)
    elif isinstance(raw, (list, tuple)):
        items = tuple(item for item in raw if item and isinstance(item, str))
    else:
        return [], None
    people, agency = _normalized(items, tuple(not_people))
    return list(people), agency


@lru_cache(maxsize=1024)
def _normalized(items: tuple[str, ...], not_people: tuple[str | None, ...]) -> tuple[tuple[str, ...], str | None]:
    """normalize_authors for credits given as strings, kept: a page's credits are read for several questions (does
    any source credit anyone, which source's people are the authors), and a site's agencies recur on its pages."""
    excluded, publisher_words = _publisher_names(not_people)
    people: list[str] = []
    agency: str | None = None
    seen: set[str] = set()
    for item in items:
        if not item:
            continue
        text = clean_line(unicodedata.normalize("NFC", item).translate(_FULLWIDTH))
        if excluded and _own_address(text, excluded):
            continue  # "Deutsche Welle (www.dw.com)": a credit giving the site's own address is the publisher's
        if text[:1] in "([【" and "=" in text:
            text = _KO_DATELINE.sub(r"\1, ", text)  # the agency, then the names
        if _CJK_ANY.search(text):
            text = _CJK_INNER_LABEL.sub("、", text)
            if _ZH_LABEL.search(text):  # "本报记者 王晓燕 李明": a Chinese credit's names are set apart by spaces
                text = _HAN_SPACE.sub("、", text)
        # an agency in parentheses anywhere: "Jane Doe (Reuters)"
        for inner in re.findall(r"\(([^()]*)\)", text):
            ag = agency_name(inner, marked=True)
            if ag:
                agency = agency or ag
        whole = agency_name(_strip(text))
        if whole:
            agency = agency or whole
            continue
        for m in _WITH_AGENCY.finditer(text):  # "Jane Doe com Lusa": the word after "with" is marked a credit
            ag = agency_name(m.group(1), marked=True)
            if ag:
                agency = agency or ag
                text = text.replace(m.group(0), " ")
        text, ag, colleagues = _agency_sentence(text)
        if ag:
            agency = agency or ag
        text = _NOT_AUTHORS.sub("", text)
        if _INTERVIEW_CREDIT.match(text):
            text = _INTERVIEWEE.sub("", text)  # "An interview by Jane Doe with John Smith": he is asked, not writing
        # (a byline's label before the names: "By EMILY POST" names a person, capitals and all)
        label = _PREFIX.match(text)
        labelled = label is not None and label.end() > 0
        text = text[label.end():] if label is not None else text
        dated = _date_tail(text)
        text = text[:dated.start()] if dated is not None else text
        after_agency = False
        previous_words = 0
        for part in _split_credit(text):
            name = _strip(part)
            if not name:
                continue
            # "Jane Doe, Hamburg": one word after a full name (or the publisher) is where the author writes from,
            # not a person
            credit = name.isupper() and len(name) >= 3  # "…, ČTK": a credit of its own, a signing agency's too
            if (previous_words >= 2 and len(name.split()) == 1 and "," in text and not agency_name(name, marked=credit)
                    and not _CJK_NAME.match(name)):  # a Chinese, Japanese or Korean name is one word
                continue  # and so is a second one: "…, Frankfurt, Germany"
            after_name = previous_words >= 2  # (a part after a person's full name: "Tom Roe, Ap Auto Writer")
            previous_words = len(name.split())
            ag = agency_name(name, marked=credit) or _agency_desk(name)
            if ag:
                agency = agency or ag
                after_agency = True
                continue
            if after_agency and name.isupper():
                continue  # a dateline after the agency: "AFP, MANILA", "AP, NEW YORK"
            # "Jane Doe Staff Writer": cut trailing role words
            words = name.split()
            words, ag = _trailing_agency(words)
            if ag:
                agency = agency or ag
            popped = []
            while len(words) > 2 and words[-1].strip(".,").casefold() in _ROLE_WORDS:
                popped.append(words.pop().strip(".,"))
            if popped and _outlet_credit(words, popped, after_name):
                # "AP Auto Writer", "NJ Advance Media": an agency's desk or an outlet, no person
                agency = agency or agency_name(words[0])
                continue
            words = _capitals_name(words)
            name = " ".join(words).strip(" .,:;|–—-")
            publisher = bool(excluded) and (not excluded.isdisjoint(_org_keys(name))
                                            or _ends_with_any(_org_words(name), publisher_words))
            # (a surname that is a role word, "Emily Post", "Jana Guest": only as the credit's own name, not a
            # part after a name and a comma, where an outlet stands, "Jane Doe, Washington Post")
            # (a colleague the source clause credits is a person already: "Jane Doe. With reporting by Emily Post")
            # (in capitals too, in the clause, "Jane Doe. With files from EMILY POST", or after a byline's label,
            # "By EMILY POST": a credit, where a label or a heading in capitals, "NEXT POST", has none)
            surname_role = (not popped and (not (after_name and "," in text) or name in colleagues)
                            and _role_surname(name, capitals=labelled or name in colleagues))
            if publisher or not (_is_person_name(name) or surname_role) or _place_paper(name):
                if publisher or _DOMAIN.fullmatch(name):
                    # "example.de, Frankfurt, Germany": the places after the publisher are its address
                    previous_words = max(previous_words, 2)
                continue
            name = _normal_case(name)
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                people.append(name)
    return tuple(people), agency


#: a sentence's end inside a credit: a word of two letters or more, its full stop, then a letter ("Hans Meier. Mit
#: …"; not an initial's, "J. Doe")
_CREDIT_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")


#: an article before an agency's name, in the languages of _SIGN_OFF_WITH
_AGENCY_ARTICLE = re.compile(r"^(?:der|des|the|l['’]|la|le|el|da|do|de|het)\s*(?=\S)", re.I)


def _agency_sentence(text: str) -> tuple[str, str | None, list[str]]:
    """(credit before it, agency, colleagues) for a credit whose names are followed by a sentence crediting an
    agency's copy ("Hans Meier. Mit Material von dpa", "Jane Doe. With files from Reuters", "Marie Durand. Avec AFP",
    as newsroom systems print a byline and its source note in one element): the sentence would otherwise be read as
    part of the last name. (text without the sentence, None, people) when the source is no agency; the people the sentence
    credits ("With files from Reuters and John Smith") are kept after the names, as authors, and returned as the
    third item; (text, None, []) for any other credit."""
    if ". " not in text:
        return text, None, []
    for m in _CREDIT_SENTENCE_END.finditer(text):
        rest = text[m.end():].strip(" .()")
        credited = _SIGN_OFF_WITH.match(rest)
        if credited is None:
            continue
        # (several agencies: "Mit Material von dpa und AFP" gives the first)
        agency: str | None = None
        people: list[str] = []
        for part in _clause_parts(rest[credited.end():]):
            found = _clause_agency(part)
            agency = agency or found
            # (where the colleague reported from is no part of the name: "With reporting by John Smith in Kyiv")
            part = _REPORTED_FROM.sub("", part.strip(" ."))
            if found is None and _clause_person(part):
                people.append(part)
        # a colleague credited in the clause ("With files from Reuters and John Smith", "Mitarbeit: Jana Roth")
        # reported the story too, and is an author; the clause's staff or outlet ("With files from The Globe's
        # staff") is no one, and the sentence no part of the last name either
        return ", ".join([text[:m.start()], *people]), agency, people
    return text, None, []


def _clause_parts(clause: str) -> list[str]:
    """A source clause's credits: split as a credit is (_split_credit), and at a short "and" (_SPLIT_WEAK: "y",
    "e", "i") too where a side of it is an agency ("Con información de EFE y Pedro López"), which no name of one
    person joined by it ("José Ortega y Gasset") has; a short "and" between two pieces neither of which is an
    agency stays ("Con información de EFE y Pedro Sánchez y López" credits EFE and "Pedro Sánchez y López")."""
    parts: list[str] = []
    for part in _split_credit(clause):
        pieces = _SPLIT_WEAK.split(part)
        agencies = [_clause_agency(p) is not None for p in pieces] if len(pieces) > 1 else [False]
        if not any(agencies):
            parts.append(part)
            continue
        parts.append(pieces[0])
        for sep, left, piece, right in zip(_SPLIT_WEAK.findall(part), agencies, pieces[1:], agencies[1:]):
            if left or right:
                parts.append(piece)
            else:
                parts[-1] += sep + piece
    return parts


def _clause_agency(part: str) -> str | None:
    """The agency a source clause's part names, perhaps after an article ("Mit Material der dpa", "Avec l'AFP",
    "Com informações da Lusa"); None for a person or an outlet."""
    return agency_name(_AGENCY_ARTICLE.sub("", part.strip(" .")), marked=True)


#: the words of the public bodies and institutions a Spanish, Portuguese or Italian source clause credits as often
#: as a colleague ("Con la colaboración de Protección Civil", "Ha collaborato la Protezione Civile", "Com colaboração
#: da Agência Brasil", "… del Ayuntamiento de Madrid"): no part of a person's name
_INSTITUTION_WORDS = frozenset({
    "ayuntamiento", "gobierno", "governo", "ministerio", "ministero", "ministério", "policía", "polizia", "polícia",
    "protección", "protezione", "proteção", "civil", "civile", "roja", "vermelha", "comune", "prefeitura",
    "universidad", "università", "universidade", "fundación", "fondazione", "fundação", "asociación",
    "associazione", "associação", "agência", "agenzia", "instituto", "istituto", "consejo", "consiglio", "conselho",
    "generalitat", "xunta", "regione", "bomberos", "bombeiros", "carabinieri", "vigili", "ufficio", "oficina",
})
#: the words no colleague's name in a source clause holds: an organisation's or an institution's
_CLAUSE_NOT_NAMES = frozenset(_ORG_WORDS) | _INSTITUTION_WORDS
#: the "and" that joins a person's two surnames in Spanish, Portuguese and Catalan ("Ortega y Gasset", "Silva e
#: Souza", "Puig i Font")
_SURNAMES_AND = frozenset({"y", "e", "i"})


def _clause_person(part: str) -> bool:
    """Whether a part of a source clause names a person: two to four words, each opening with a capital, none an
    organisation's word ("Jane Doe", "Marie-Claire Dubois"; not "The Globe's staff", "Tom Roe Media"), not a paper's
    title ("Riverton Star", "Denver Post"; _paper_title)."""
    words = part.strip(" .").split()
    # (a particle or a surnames' "and" inside a name is no word of it: "Maria da Silva e Souza", "Pedro Sánchez y
    # López")
    inner = [w for w in words[1:-1] if w in _PARTICLES or w in _SURNAMES_AND]
    return (2 <= len(words) - len(inner) <= 4 and len(words) <= 6
            and all(w[:1].isupper() and _NAME_PUNCT.sub("", w).isalpha() for w in words if w not in inner)
            and not _ORG_WORD.search(part) and words[0].casefold() not in ("the", "der", "die", "das", "le", "la")
            and _CLAUSE_NOT_NAMES.isdisjoint(w.casefold() for w in words)
            and not _paper_title(words))


#: the last words of papers' titles that a source clause credits beside people ("With files from the Riverton Star,
#: the Halden Citizen and Jane Doe"), besides the role words: a clause credits outlets as often as people, so words
#: that are rare surnames count here
_MASTHEAD_WORDS = frozenset({
    "star", "citizen", "spectator", "province", "globe", "mail", "record", "standard", "observer", "guardian",
    "mirror", "independent", "register", "monitor", "echo", "express", "review", "nation", "telegram", "reporter",
    "zeitung", "presse", "nachrichten", "tageszeitung", "journal", "matin", "soir", "república", "nación", "mundo"})


def _paper_title(words: list[str]) -> bool:
    """Whether a source clause's credit of words is a paper's title: a masthead's or a role's word last (not a
    given name and a surname that is one, "Emily Post"), or a place and "Sun" ("Toronto Sun"; "Wei Sun" stays)."""
    last = words[-1].casefold()
    if last == "sun":
        return _place_word(words[0].casefold())
    return last in _MASTHEAD_WORDS or (last in _ROLE_WORDS and not _role_surname(" ".join(words), capitals=True))


#: where a colleague credited in a source clause reported from, after the name ("John Smith in Kyiv", "Jana Roth
#: aus Kiew", "Marie Durand à Kyiv", "Juan Pérez en Kiev")
_REPORTED_FROM = re.compile(r"\s+(?:in|from|aus|à|en|em|a)\s+\S.*$")


#: the marks inside a name's words ("Marie-Claire", "O'Brien", "D’Amato")
_NAME_PUNCT = re.compile(r"[-'’]")


#: an agency's sign-off as one of the text's last lines: its name in brackets or slashes ("(ČTK)", "/PAP/",
#: "（共同）", "(وام)"), a national agency's after a label of the source ("Kaynak: AA", "Sursa: Agerpres", "(इनपुट:
#: पीटीआई)"; not "Source: Bloomberg" under a chart), or its name alone as the text's last line ("NTB", "Lusa"; not
#: "Spa"), perhaps before a copyright's
_SIGN_OFF_LABEL = re.compile(rf"^(?:{SOURCE_LABELS}|इनपुट|input)\s*[:：]\s*", re.I)
#: an agency credited "with" the newsroom's own reporting as the text's closing line: "(Avec AFP)", "Com Lusa",
#: "Con información de EFE", "With files from Reuters", "Mit Material von dpa", "(With inputs from PTI)", and the
#: Portuguese, Spanish and Italian notes of a colleague's part ("Com reportagem de …", "Con la colaboración de …",
#: "Con la collaborazione di …", "Ha collaborato …")
_SIGN_OFF_WITH = re.compile(
    r"^(?:(?:with|mit|avec|con|com|met)(?:\s+(?:files|inputs?|information|reporting|material|"
    r"informa[cç](?:ão|ões|ión|iones)|info(?:s|rmations)?|agencias|agências|reportagem|reportes|"
    r"(?:la\s+|a\s+)?coll?abora(?:ção|ción|zione))"
    r"(?:\s+(?:from|by|de|von|des|da|das|del|di|van|of|par|por))?)?|mitarbeit(?:\s*:|\s+von)"
    r"|ha(?:nno)?\s+collaborato(?:\s*:)?)\s+", re.I)
_SIGN_OFF_MAX = 40


def agency_sign_off(paragraphs: list[str], trailing: Callable[[str], bool] | None = None,
                    ) -> tuple[list[str], str | None]:
    """`paragraphs` without an agency's sign-off among their last two (see _SIGN_OFF_LABEL), and that agency.
    `trailing` tells the lines that may follow a sign-off given as the agency's name alone (a copyright line)."""
    for i in range(len(paragraphs) - 1, max(len(paragraphs) - 3, 0) - 1, -1):
        line = paragraphs[i].translate(_FULLWIDTH).strip(" .")
        if len(line) > _SIGN_OFF_MAX or i == 0 or not line:
            continue
        bracketed = (line[0], line[-1]) in (("(", ")"), ("[", "]"), ("/", "/"))
        text = line.strip(" ()[]/-–—.")
        labelled = _SIGN_OFF_LABEL.match(text)
        credited = _SIGN_OFF_WITH.match(text)
        last = i == len(paragraphs) - 1 or (trailing is not None and all(map(trailing, paragraphs[i + 1:])))
        if credited:
            agency = agency_name(text[credited.end():], marked=True) if last or bracketed else None
        elif labelled:
            agency = SIGNING_AGENCIES.get(_agency_key(text[labelled.end():]))
        elif bracketed:
            agency = agency_name(text, marked=True)
        else:
            agency = agency_name(text, marked=True) if last and (text.isupper() or len(text) >= 4) else None
        if agency:
            return paragraphs[:i] + paragraphs[i + 1:], agency
    return paragraphs, None


#: a byline printed in the body is looked for among the first and the last paragraphs
BYLINE_HEAD, BYLINE_TAIL = 5, 3


def drop_byline_lines(paragraphs: list[str], authors: list[str]) -> list[str]:
    """`paragraphs` without the byline printed again in the body ("By Jane Doe and John Roe", "Von Anna Seeberg,
    Frankfurt", the names alone), among the first BYLINE_HEAD and the last BYLINE_TAIL paragraphs."""
    if not authors or not paragraphs:
        return paragraphs
    names = {_name_key(a) for a in authors}
    n = len(paragraphs)
    return [_without_appended_byline(p, names) if i < BYLINE_HEAD else p for i, p in enumerate(paragraphs)
            if not ((i < BYLINE_HEAD or i >= n - BYLINE_TAIL) and is_byline_line(p, names))]


def drop_appended_byline(paragraph: str, authors: list[str]) -> str:
    """`paragraph` (a dek's, a description's) without the byline of `authors` printed after its last sentence (see
    _without_appended_byline)."""
    return _without_appended_byline(paragraph, {_name_key(a) for a in authors}) if authors else paragraph


#: the word a byline opens with, as printed ("By Jane Doe", "Von Anna Seeberg", "Par …", "Door …", "Av …")
_BYLINE_WORDS = ("By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Door", "Av", "Af")
_BYLINE_WORD = "(?-i:" + "|".join(_BYLINE_WORDS) + ")"
#: a byline's word among a paragraph's last words (the cheap test before _APPENDED_BYLINE)
_BYLINE_WORDS_SPACED = tuple(f" {w} " for w in _BYLINE_WORDS)
#: a byline set after the last sentence of a paragraph ("… the ferry runs again. By Jane Doe"): its word after a
#: sentence end, a capital after it, and a few words with no sentence end of their own
_APPENDED_BYLINE = re.compile(rf"(?<=[.!?…\"”»])\s+({_BYLINE_WORD}\s+(?-i:[A-ZÀ-ÞÄÖÜ])[^.!?…]{{2,60}})$")


def _without_appended_byline(paragraph: str, names: set[str]) -> str:
    """`paragraph` without the byline of `names` a standfirst prints after its last sentence ("Die Bühne erwacht
    wieder. Von Anna Seeberg"): the credit is the authors', the sentences are the text's. (The cheap test first: a
    byline's word among the paragraph's last words.)"""
    tail = paragraph[-70:]
    if not any(w in tail for w in _BYLINE_WORDS_SPACED):
        return paragraph
    found = _APPENDED_BYLINE.search(paragraph)
    if found is None or not is_byline_line(found.group(1), names):
        return paragraph
    return paragraph[:found.start()].rstrip()


#: a byline printed as the body's own line opens with its word ("By Jane Doe", "Von Anna Seeberg, Frankfurt")
_BYLINE_OPENING = re.compile(rf"{_BYLINE_WORD}\s+(?-i:[A-ZÀ-ÞÄÖÜ])")
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "tonight", "tomorrow", "yesterday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                        "samstag", "sonntag", "heute", "gestern", "morgen"})


def byline_in_body(paragraphs: list[str], not_people: Iterable[str | None] = ()) -> tuple[int, list[str], str | None]:
    """A byline printed as one of the first BYLINE_HEAD paragraphs, for a page no other source credits: (its index,
    the people, the agency), or (-1, [], None). The line opens with a byline's word and a capital ("By LAURA KEANE
    Associated Press", "By Jane Doe and John Roe"), holds at most 10 words, no digit, no sentence and no lower-case
    word but a name's particle or an "and"; every person it names has two words or more, and a last part may name a
    place ("Von Anna Seeberg, Frankfurt") or an agency."""
    for i, line in enumerate(paragraphs[:BYLINE_HEAD]):
        people = _uncased_byline(line, not_people)
        if not people:
            # (a line of names alone or a name in capitals with a role; not when the text names them: a kicker
            # naming its subjects, "Kamala Harris/Donald Trump", "WHITE HOUSE | Correspondent")
            people = _capitals_role_byline(line, not_people)
            agency = None
            if not people:
                people, agency = _names_over_text(paragraphs, i, not_people)
            if people and named_in(people, paragraphs, i):
                people = []
            if people:
                return i, people, agency
        else:
            return i, people, None
        opening = _BYLINE_OPENING.match(line)
        if opening is None or any(c.isdigit() for c in line) or _SENTENCE_BREAK.search(line.rstrip(". ")):
            continue
        words = [w for w in _CREDIT_WORDS.split(line[opening.end() - 1:]) if w]
        # (a name in capitals may be followed by its paper's name and role: "By WES HARMON Sentinel staff writer")
        named = _capitals_name(words)
        if len(words) > 9 or any(not (w[:1].isupper() or w.casefold() in _LINKING) for w in named):
            continue
        if any(w.strip(".").casefold() in _DAY_WORDS for w in words):
            continue
        people, agency = normalize_authors([line], not_people=not_people)
        if people and all(len(p.split()) >= 2 for p in people):
            return i, people, agency
    return -1, [], None


_SENTENCE_BREAK = re.compile(r"\w{2,}[.!?:](\s|$)")


def named_in(people: list[str], paragraphs: list[str], line: int) -> bool:
    """Whether a paragraph other than `line` names one of `people` in full: a reporter's byline or sign-off names
    the reporter alone; a line of names the text speaks of is a kicker or a place ("Manchester United/Aston Villa",
    "Hong Kong")."""
    keys = [p.casefold() for p in people]
    return any(k in p.casefold() for j, p in enumerate(paragraphs) if j != line for k in keys)


#: a name in capitals, then its role after a bar or a comma: "JANE DOE | Staff Reporter", "JANE DOE, Senior
#: Correspondent"
_CAPITALS_ROLE = re.compile(r"^(?P<name>[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’.-]+(?:\s+[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’.-]+){1,3})"
                            r"\s*[|,]\s*(?P<role>[^\W\d_][\w\s-]{2,40})$")


def _names_over_text(paragraphs: list[str], i: int, not_people: Iterable[str | None],
                     ) -> tuple[list[str], str | None]:
    """The people paragraph `i` names if it holds their names alone over the text, set apart by a slash as bylines
    set them (two reporters in the text's bold first line, "Jane Doe/Tom Roe"): no sentence before it (deks may be),
    a sentence after it, and no other line of the text holding names alone (a letters page, a list of names). One
    name alone is no byline here: a subheading ("Ein Rückblick") or a portrait's caption ("Jane Doe") reads the
    same; nor are names joined by "and" ("Mary Quinn and Peter Lang" may head a wedding announcement), unless an
    agency follows the slash ("Jane Doe / Reuters", see _names_and_outlet). Returns the people and the agency."""
    if (i + 1 >= len(paragraphs) or "/" not in paragraphs[i] or not ends_as_prose(paragraphs[i + 1])
            or any(map(ends_as_prose, paragraphs[:i]))):
        return [], None
    people, agency = _names_and_outlet(paragraphs[i], not_people)
    if not people:
        people = names_line(paragraphs[i], not_people)
        if len(people) < 2:
            return [], None
    if any(len(p) <= SIGN_OFF_CHARS and names_line(p, not_people) for j, p in enumerate(paragraphs) if j != i):
        return [], None
    return people, agency


def _names_and_outlet(line: str, not_people: Iterable[str | None]) -> tuple[list[str], str | None]:
    """The people and the news agency of a credit giving names, then after the last slash the agency or the photo
    agency they work for ("Jane Doe / Reuters" -> (["Jane Doe"], "Reuters"), "Jane Doe/Sipa USA" -> (["Jane Doe"],
    None)); ([], None) when what follows the slash is no organisation (a second name: "Jane Doe/Tom Roe"). An
    organisation is a news agency, or has an organisation's word ("Getty Images") or an acronym among words in mixed
    case ("Sipa USA"), which a person's name does not."""
    names, _, outlet = line.rpartition("/")
    outlet = outlet.strip()
    people = names_line(names.strip(), not_people) if names.strip() and outlet else []
    if not people:
        return [], None
    agency = _sourced_agency(outlet)
    words = outlet.split()
    if agency or (len(words) <= 4 and outlet[:1].isupper() and not outlet.isupper() and not ends_as_prose(outlet)
                  and any(w.casefold() in _ORG_WORDS or len(w) > 1 and w.isupper() and not _NAME_SUFFIX.match(w)
                          for w in words)):
        return people, agency
    return [], None


#: a name's suffix in capitals, which is no organisation's acronym ("Tom Roe III", "Tom Roe JR")
_NAME_SUFFIX = re.compile(r"^(?:[IVX]+|JR|SR)\.?$")


def _capitals_role_byline(line: str, not_people: Iterable[str | None]) -> list[str]:
    """The person of a byline line that gives a name in capitals, then a role of the role words alone ("JANE DOE |
    Staff Reporter"); empty for anything else ("COUNCIL VOTE | Monday")."""
    m = _CAPITALS_ROLE.match(line.strip())
    if m is None or not m.group("name").isupper() or not all(w.casefold() in _ROLE_WORDS
                                                             for w in m.group("role").split()):
        return []
    return names_line(m.group("name"), not_people)
_CREDIT_WORDS = re.compile(r"[\s,;&/|]+")
_LINKING = _PARTICLES | {"and", "und", "et", "y", "e", "en", "og", "och", "i", "dan", "và", "și", "és", "ja", "ve"}

#: a byline's label in a script without capitals, where the line opens ("كتب - أحمد سامي:", "بقلم: …", "מאת …")
_UNCASED_LABEL = re.compile(r"^(?:(?:كتب|كتبت|نویسنده|خبرنگار)\s*[:\-–—]\s*|(?:بقلم|מאת)\s*[:\-–—]?\s+)")
#: a Chinese or Japanese name in such a line: two to four Han characters (no kana: "会見する岸田首相" is a sentence)
_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$")
#: the most words of names after such a label
UNCASED_BYLINE_WORDS = 4
#: sentence punctuation in Chinese and Japanese, and digits of any script
_CJK_SENTENCE = re.compile(r"[。！？，；、]|\d")
_NAME_COMMA = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])、(?=[\u3400-\u4dbf\u4e00-\u9fff])")


#: the place a Chinese reporter files from, after the names and a space ("记者 王晓燕 北京报道", "記者 陳明 台北電")
_CJK_REPORT_PLACE = re.compile(r"[\s\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{1,6}(?:報導|报道|報道|报导|電|电)$")
#: the commonest Chinese surnames, simplified and traditional (about nine people in ten bear one): a name glued
#: to a credit's label ("记者王晓燕") must open with one, as a word that is no name does not ("记者采访")
_HAN_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍"
    "史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯"
    "岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管"
    "柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費"
    "卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑"
    "迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞"
    "权權强強帅帥屠豆朴")
#: the commonest compound surnames, which count only as their two characters: "上" or "诸" alone opens words that
#: are no names ("记者上门", a visit), not surnames
_HAN_COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容")
#: the words closing a Chinese photograph's credit ("记者王晓燕摄", "供图")
_PHOTO_MARKS = ("摄", "攝", "图", "圖")


def _uncased_byline(line: str, not_people: Iterable[str | None], *, glued: bool = False) -> list[str]:
    """The people a byline line names in a script without capitals, where the capitals byline_in_body looks for
    cannot tell a name: a Chinese or Japanese credit's label and names alone ("记者 王晓燕 通讯员 陈磊", "文/本报记者
    陈静"), or an Arabic, Persian or Hebrew label and at most UNCASED_BYLINE_WORDS words of names, with no sentence
    ("كتب - أحمد سامي:"). Empty when the line is anything else. `glued`: the line was set in brackets, where a
    Chinese credit's label may be written against the first name ("（记者王晓燕、李明）")."""
    text = line.strip()
    cjk = _CJK_LABEL.match(text)
    if cjk:
        # the label stands apart from the name ("记者 王晓燕", "文/记者 张三"): "记者手记" is a column's name
        # (an enumeration comma between names is no sentence's: "本报记者 王晓燕、李明"; each part must be a name)
        # (in brackets closing the text, the label may be glued to the names: a column's name, "记者手记", is one
        # of _CJK_COLUMN_WORDS, which cjk_credit_lines turns down)
        # ("（记者王晓燕摄）" credits a photograph, under a picture)
        # ("记者 王晓燕 北京报道": the place the reporter files from follows the name)
        text = _CJK_REPORT_PLACE.sub("", text)
        spaced = cjk.group(0)[-1:] in " \u3000:：/／"
        apart = (glued and not text.endswith(_PHOTO_MARKS)) or spaced
        if len(text) > 30 or _CJK_SENTENCE.search(_NAME_COMMA.sub(" ", text)) or not apart:
            return []
        people, _ = normalize_authors([text], not_people=not_people)
        if not spaced and not all(p[:1] in _HAN_SURNAMES or p.startswith(_HAN_COMPOUND_SURNAMES) for p in people):
            # glued to the label, a word that is no name reads as one: "（记者采访）", "（记者会现场）" (a press
            # conference), "（记者节特别报道）" (Journalists' Day): each name must open with a common surname
            return []
        return people if people and all(_HAN_NAME.match(p) for p in people) else []
    label = _UNCASED_LABEL.match(text)
    if label is None:
        return []
    rest = text[label.end():].rstrip(":： ")
    words = rest.split()
    if (not words or len(words) > UNCASED_BYLINE_WORDS or any(c.isdigit() or c in ".!?؟،," for c in rest)
            or rest.startswith("و")):  # "نویسنده و کارگردان …": "writer and director", no name
        return []
    people, _ = normalize_authors([text.rstrip(":： ")], not_people=not_people)
    return people if people and all(len(p.split()) >= 2 for p in people) else []


#: a Korean wire story's credit after its dateline, up to the "=" that opens the text: "(서울=연합뉴스) 홍길동 기자 = …",
#: "[세종=뉴시스] 홍길동 김철수 기자 = …"
_KO_DATELINE_CREDIT = re.compile(r"^[(\[【][^=()\[\]【】]{1,12}=[^()\[\]【】]{1,20}[)\]】]\s*"
                                 r"((?:[\uac00-\ud7af]{2,4}[\s·,]+){1,4}?)(?:선임기자|기자|특파원|통신원)\s*=\s")


def dateline_reporters(first_paragraph: str) -> list[str]:
    """The reporters a Korean wire dateline credits before the text ("(서울=연합뉴스) 홍길동 김철수 기자 = 정부는 …"
    -> ["홍길동", "김철수"]), for a page no other source credits; the text keeps its dateline."""
    m = _KO_DATELINE_CREDIT.match(first_paragraph)
    return [n for n in re.split(r"[\s·,]+", m.group(1)) if n] if m else []


#: the words a column's label puts after "记者" ("记者手记", a reporter's notes; "记者观察"): no name
_CJK_COLUMN_WORDS = frozenset({"手记", "手記", "观察", "觀察", "调查", "調查", "述评", "述評", "札记", "札記", "来信", "來信",
                               "连线", "連線", "探访", "探訪", "直击", "直擊", "体验", "體驗", "见闻", "見聞", "走基层"})
#: the brackets a Chinese credit line printed at the text's end is set in: "（记者 王晓燕 通讯员 陈磊）"
_CREDIT_BRACKETS = "()（）【】[]〔〕 "


def cjk_credit_lines(paragraphs: list[str], authors: list[str], not_people: Iterable[str | None] = (),
                     ) -> tuple[list[str], list[str]]:
    """`paragraphs` without the Chinese or Japanese credit lines among the first BYLINE_HEAD and the last
    BYLINE_TAIL ("记者 王晓燕 通讯员 陈磊", "通讯员 陈磊 李明" under a byline block, "（记者 王晓燕 通讯员 陈磊）" closing
    the text), and `authors` with the people they name: a correspondent (通讯员) credited beside the reporter (记者)
    is an author too, as normalize_authors reads such a credit."""
    n = len(paragraphs)
    kept: list[str] = []
    people = list(authors)
    for i, line in enumerate(paragraphs):
        if i < BYLINE_HEAD or i >= n - BYLINE_TAIL:
            text = line.strip()
            bracketed = text[:1] in _CREDIT_BRACKETS and text[-1:] in _CREDIT_BRACKETS
            if bracketed:
                text = text.strip(_CREDIT_BRACKETS)
            credited = _uncased_byline(text, not_people, glued=bracketed) if _CJK_LABEL.match(text) else []
            if credited and not any(p in _CJK_COLUMN_WORDS for p in credited):
                keys = {_name_key(p) for p in people}
                people += [p for p in credited if _name_key(p) not in keys]
                continue
            closing = _closing_credit(line) if i >= n - BYLINE_TAIL else None
            if closing is not None:
                credited = _uncased_byline(closing.group(1), not_people, glued=True)
                if credited and not any(p in _CJK_COLUMN_WORDS for p in credited):
                    keys = {_name_key(p) for p in people}
                    people += [p for p in credited if _name_key(p) not in keys]
                    line = line[:closing.start()]
        kept.append(line)
    return kept, people


#: a Chinese credit in brackets closing a paragraph's last sentence ("……达成共识。（记者王晓燕、李明）"), as national
#: papers and agencies print the reporters under a story
_CLOSING_CREDIT = re.compile(r"(?<=[。！？”」])\s*[（(]((?:本[报報])?(?:记者|記者|通讯员|通訊員)[^（）()]{1,28})[）)]\s*$")
#: the labels such a credit opens with, looked for in a paragraph's last characters before the expression runs
_CLOSING_LABELS = ("记者", "記者", "通讯员", "通訊員")


def _closing_credit(line: str) -> re.Match[str] | None:
    """The bracketed credit closing a paragraph after its last sentence (its group 1 the label and names), or
    None; only a paragraph ending with a bracket and naming a label near its end is searched."""
    if not line.endswith(("）", ")")) or not any(label in line[-36:] for label in _CLOSING_LABELS):
        return None
    return _CLOSING_CREDIT.search(line)


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


#: what sets the date off from the names in a byline line
_DATE_SEPARATORS = frozenset(",;|·•—–-/")


#: an outlet's name (up to three words, no figure), then its writers' names in brackets: "RTV (Jana Roe, John Doe)"
_OUTLET_CREDIT = re.compile(r"^[^\W\d][\w.&'’-]*(?: [^\W\d][\w.&'’-]*){0,2}\s*\(([^()]{3,80})\)$")


def is_byline_line(line: str, names: set[str]) -> bool:
    """Whether `line` is only a byline of `names` (name keys): every part of it, split and stripped as a credit is
    (prefix, agency in brackets, Korean "reporter"), is one of them, but for a last part that may name a place or an
    agency (", Frankfurt", ", Reuters"), and the date after them. A line of more than 15 words (25 with the date) never
    is."""
    if len(line.split()) > 25:
        return False
    # an outlet's credit with its writers in brackets, as a broadcaster signs a story off ("RTV (Jana Roe, John
    # Doe)"): the writers' byline
    if line.endswith(")") and (outlet := _OUTLET_CREDIT.match(line)) is not None and \
            is_byline_line(outlet.group(1), names):
        return True
    # the date and time printed with the byline ("Von Jana Roe, 12.03.2025, 18:04 Uhr", "Par Jean Roe — Publié le
    # 12/03/2025 à 18h04"): not part of the credit (a tail with a figure in it, not a sentence going on)
    dated = min((m for m in (_date_tail(line), _WRITTEN_DATE_TAIL.search(line)) if m is not None),
                key=lambda m: m.start(), default=None)
    if dated is not None and any(c.isdigit() for c in dated.group()) and (
            not dated.group().strip()[0].islower() or line[:dated.start()].rstrip()[-1:] in _DATE_SEPARATORS
            or dated.group().split()[0].lower() in _DATE_LEADS):
        line = line[:dated.start()]  # (a label in lower case after a name: a sentence, "Jane Doe published …")
    if len(line.split()) > 15:
        return False
    parts = [part for part in (_strip(p) for p in _split_credit(line)) if part]
    matched = 0
    for i, part in enumerate(parts):
        if _name_key(part) in names or _name_key(" ".join(_capitals_name(part.split()))) in names:
            matched += 1
        elif not (i == len(parts) - 1 and matched and len(part.split()) <= 3 and part[:1].isupper()):
            return False
    return matched > 0


# -- credits printed as lines of the text: a sign-off, labelled credit lines ------------------------------------------

#: the most words of a line that holds names only (two or three people, their "and")
NAMES_LINE_WORDS = 9
#: a source's label before an agency in a sign-off ("(Theo Reuters)", "Sumber: Antara", "Nguồn: TTXVN")
_SOURCE_LEAD = re.compile(r"^(?:theo|nguồn|sumber|according to|source|kaynak|sursa|izvor|źródło|forrás|quelle|fonte|"
                          r"fuente|zdroj|джерело|источник)\s*:?\s+", re.I)
_INNER_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")


#: a letter's closing formula, the greeting a text may end with in its writer's stead ("Kind regards", "Saludos
#: cordiales", "Mit freundlichen Grüßen", "Cordialement", "Cordiali saluti", "Terima kasih"): capitalised it reads as
#: a name of two words
_GREETING = re.compile(
    r"^(?:(?:kind|best|warm|warmest|kindest)\s+(?:regards|wishes)|regards|yours\s+\w+|sincerely|cheers|many\s+thanks|"
    r"thank\s+you|merry\s+christmas|happy\s+(?:new\s+year|holidays|easter)|"
    r"(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|cordialmente|(?:un\s+)?abrazos?|muchas\s+gracias|"
    # ("feliz" and "salam" only before a greeting's word: "Feliz Ortega", "Salam Haddad" are people)
    r"feliz\s+(?:navidad|natal|año|ano|día|dia|cumpleaños|aniversário|pascua|páscoa|semana|fin)|"
    r"atenciosamente|(?:um\s+)?abraços?|saudações|muito\s+obrigad[oa]|"
    r"(?:bien\s+)?cordialement|amitiés|salutations|bien\s+à\s+vous|joyeux\s+\w+|bonne\s+(?:lecture|année)|"
    r"mit\s+(?:freundlichen|besten|herzlichen)\s+grüßen|(?:viele|liebe|herzliche|beste|schöne)\s+grüße|"
    r"frohe\s+\w+|herzlichen\s+dank|"
    r"(?:cordiali|distinti)\s+saluti|(?:un\s+)?saluto|buon\s+\w+|a\s+presto|"
    r"terima\s+kasih|hormat\s+(?:kami|saya)|salam\s+(?:hangat|hormat|sejahtera|redaksi|kenal|sehat|damai))(?:\W|$)")
#: a label closing a text, that in capitals reads as a name ("LIVE UPDATES", "WATCH LIVE", "MORE TO FOLLOW"): the
#: words of such labels in the main languages (one word alone, "ENDS", "FIN", is no name already)
_LABEL_WORDS = frozenset({
    "live", "updates", "update", "watch", "listen", "breaking", "latest", "developing", "exclusive", "ends", "end",
    "continues", "continued", "follow", "follows", "more", "top", "stories", "vivo", "directo", "última", "últimas",
    "noticias", "notícias", "hora", "direct", "suivre", "suite", "fin", "ende", "aktuell", "eilmeldung", "diretta",
    "ultim'ora", "fine", "seguito", "terkini", "langsung", "berita"})


def not_a_signature(line: str) -> bool:
    """Whether `line`, which may read as a name or two, is a letter's greeting or a label (see _GREETING,
    _LABEL_WORDS): a closing line naming no one. A label opens with a label's word ("LIVE UPDATES", "EN VIVO",
    "MORE TO FOLLOW"); a label's word later in the line is a surname's ("Anne Fine", "Michael Ende", "Petr Hora")."""
    text = line.strip().lower()
    if _GREETING.match(text):
        return True
    words = [k for k in (w.strip(".!") for w in _CREDIT_WORDS.split(text)) if k and k not in _LINKING]
    return bool(words) and words[0] in _LABEL_WORDS


def names_line(line: str, not_people: Iterable[str | None] = ()) -> list[str]:
    """The people `line` names if it holds their names and nothing else ("Minh Anh", "BUDI SANTOSO", "Minh Anh -
    Thu Hà", "Jane Doe and Tom Roe"): two to four words each, every word opening with a capital but their "and";
    no digit, no sentence, no dash or quotation mark opening it (a quote's speaker), no greeting or label (see
    not_a_signature). Empty otherwise."""
    text = line.strip()
    if (not text or len(text) > SIGN_OFF_CHARS or text[0] in "-–—―\"“”„'‘’«»" or any(c.isdigit() for c in text)
            or ends_as_prose(text) and not _SUFFIX_END.search(text) or ":" in text):
        return []
    words = [w for w in _CREDIT_WORDS.split(text.replace(" - ", " ").replace(" – ", " ")) if w]
    if not words or len(words) > NAMES_LINE_WORDS or not_a_signature(text):
        return []
    named = [w for w in words if w.casefold() not in _LINKING or w[:1].isupper()]
    if any(not w[:1].isupper() for w in named):
        return []
    people, agency = normalize_authors([text], not_people=not_people)
    if agency or not people or any(not 2 <= len(p.split()) <= 4 for p in people):
        return []
    # every word is a name's: nothing dropped as a role, a place or a publisher
    kept = [w for p in people for w in p.split() if w.casefold() not in _LINKING or w[:1].isupper()]
    if sorted(w.casefold() for w in kept) != sorted(w.casefold().strip(".") for w in named):
        return []
    return people


#: a name's suffix closing a line ("Tom Roe Jr.", "JANE DOE SR."): its period ends a name, no sentence
_SUFFIX_END = re.compile(r"(?<=\s)(?:Jr|Sr|JR|SR)\.$")
#: the characters of a sign-off line at most (a name or two, perhaps with its source in brackets)
SIGN_OFF_CHARS = 60


def sign_off_credit(text: str, not_people: Iterable[str | None] = ()) -> tuple[list[str], str | None]:
    """The people and agency a sign-off set apart under the text credits ("Minh Anh" -> (["Minh Anh"], None),
    "(Theo Reuters)" -> ([], "Reuters"), "Minh Anh (theo AFP)" -> both): names only (see names_line), an agency
    alone or after a source's label; ([], None) for anything else (a place, a date, a line of verse)."""
    agency = None
    for inner in _INNER_BRACKETS.findall(text):
        agency = agency or _sourced_agency(inner)
    rest = _INNER_BRACKETS.sub(" ", text).strip(" ()[]-–—*")
    if not rest:
        return [], agency
    whole = _sourced_agency(rest)
    if whole or _SOURCE_LEAD.match(rest):
        return [], agency or whole  # ("Theo Nikkei Asia": a source, if no agency, and no person)
    if "/" in rest:
        # the reporter, then the outlet after a slash ("Thu Hằng/VOV.VN", "Minh Anh/Báo Tin tức")
        rest, outlet = rest.split("/", 1)
        agency = agency or _sourced_agency(outlet)
    return names_line(rest.strip(), not_people), agency


def _sourced_agency(text: str) -> str | None:
    """The agency `text` names alone or after a source's label ("Theo Reuters", "TTXVN", "Sumber: Antara")."""
    text = text.strip(" .")
    lead = _SOURCE_LEAD.match(text)
    return agency_name(text[lead.end():] if lead else text, marked=True)


_QUOTE_MARKS = "\"“”„«»‘’‚'「『"


def is_quotation(line: str) -> bool:
    """Whether `line` is a quotation alone ("“We will keep prices stable.”"): a name under it is its speaker's."""
    text = line.strip()
    return len(text) > 2 and text[0] in _QUOTE_MARKS and text.rstrip(" .!?…")[-1:] in _QUOTE_MARKS


def closing_names(paragraphs: list[str], not_people: Iterable[str | None] = (),
                  emphasised: Callable[[str], bool] = lambda line: True) -> tuple[list[str], list[str]]:
    """`paragraphs` without the line of names alone that closes them (a reporter's sign-off in bold under the text,
    as Indonesian, Vietnamese and Eastern European portals print it), and those people; (`paragraphs`, []) when the
    line before it is no sentence (a list, a table of names) or a quotation alone (the name is its speaker's), or
    when another line of the text holds names alone too (a letters page signs each letter). The line must be set
    apart as a sign-off is, in capitals or wholly `emphasised` (in bold): a plain closing line of capitalised words
    is as often a place ("Hong Kong"), a team, a greeting ("Merry Christmas") or a widget's label ("Latest Videos")."""
    if len(paragraphs) < 2 or not ends_as_prose(paragraphs[-2]) or is_quotation(paragraphs[-2]):
        return paragraphs, []
    people = names_line(paragraphs[-1], not_people)
    if (not people or not (paragraphs[-1].isupper() or emphasised(paragraphs[-1]))
            or named_in(people, paragraphs, len(paragraphs) - 1)):
        return paragraphs, []
    if any(len(p) <= SIGN_OFF_CHARS and names_line(p, not_people) for p in paragraphs[:-1]):
        return paragraphs, []
    return paragraphs[:-1], people


#: the labels of a credit line printed in the text: for the writing ("Penulis:", "Muhabir:", "Texto:", "Автор:") …
_WRITER_LABELS = (r"penulis|pewarta|wartawan|reporter|jurnalis|yazar|muhabir|autor|autora|autorin|autorka|author|"
                  # a byline's word with a colon ("By: Jane Doe", "Por: Juan Pérez", "Oleh: …", "Piše: …")
                  r"by|por|von|par|di|door|oleh|piše|пише|napisao|napisala|написао|написала|"
                  r"writer|words|text|texto|texte|testo|tekst|teksti|reportagem|reportaje|reportage|автор|текст|"
                  r"корреспондент|szerző|szöveg|tác giả|phóng viên|skribent|kirjoittaja|reporterin")
#: … and for other work ("Editor:", "Foto:", "Çeviri:", "Редактор:"): those people are no authors
_OTHER_LABELS = (r"editor|editör|editora|redaktur|redaktor|redaktør|redaktorka|redakteur|redakteurin|redaktion|"
                 r"penyunting|edición|edição|edit|editing|foto|fotos|photo|photos|photography|fotoğraf|fotografia|"
                 r"fotografía|fotografie|fotograf|bild|bilder|kuva|kuvat|grafik|grafis|infografis|graphics|video|"
                 r"videografer|kamera|illustration|ilustrasi|ilustración|ilustração|çeviri|terjemahan|penerjemah|"
                 r"tradução|traducción|traduction|übersetzung|translation|перевод|редактор|фото|sumber|kaynak|fonte|"
                 r"fuente|quelle|source|источник|layout|desain|design|produksi|producer|produção|producción|beeld|kuvaaja")
_CREDIT_LABEL = re.compile(rf"(?:^|(?<=[\s|/•·;,]))(?:(?P<writer>{_WRITER_LABELS})|(?P<other>{_OTHER_LABELS}))\s*:\s*",
                           re.I)
#: the most words a labelled credit gives one role
CREDIT_WORDS = 6
#: credit lines are looked for among the first and the last paragraphs of the text
CREDIT_HEAD, CREDIT_TAIL = 3, 4


#: the words of a credit that gives a role, a guest's or the staff's, for a name ("By: Special Guest", "Por:
#: Colaborador Invitado", "Par : Invité spécial", "Von: Gastautor", "Di: Ospite speciale", "Penulis: Kontributor
#: Tamu")
_NO_ONE_WORDS = frozenset({
    "staff", "team", "guest", "guests", "special", "invited", "contributor", "contributors", "contributing", "writer",
    "desk", "newsroom", "editors", "correspondent", "correspondents",
    "invitado", "invitada", "invitados", "invitación", "especial", "colaborador", "colaboradora", "colaboradores",
    "equipo", "redacción", "redactor", "corresponsal", "corresponsales",
    "convidado", "convidada", "convidados", "colaboração", "equipe", "equipa", "redação", "redacção",
    "invité", "invitée", "invités", "spécial", "spéciale", "collaborateur", "collaboratrice", "équipe", "rédaction",
    "correspondant", "correspondante",
    "gast", "gastautor", "gastautorin", "gastbeitrag", "redaktion", "mitarbeiter", "mitarbeiterin", "korrespondent",
    "korrespondentin",
    "ospite", "speciale", "collaboratore", "collaboratrice", "redazione", "corrispondente",
    "tamu", "kontributor", "tim", "redaksi", "khusus", "undangan", "koresponden"})


#: the words of a role printed before or after the name in a labelled credit ("By: Staff Reporter Jane Doe", "Por:
#: Jane Doe, Corresponsal"); "tim" ("Oleh: Tim Redaksi") is also a given name, so no role before a name
_ROLE_AROUND = (_NO_ONE_WORDS - {"tim"}) | {"reporter", "reporters", "columnist", "senior", "chief", "reportera",
                                            "reportero", "repórter", "journaliste", "reporterin", "wartawan"}


def _without_role(content: str) -> str:
    """The name of a labelled credit's content without the role words before it or after its comma ("Staff
    Reporter Jane Doe", "Jane Doe, Staff Writer" -> "Jane Doe"); `content` itself when no role surrounds a name."""
    name, _, after = content.partition(",")
    if after and not all(w.strip(".").casefold() in _ROLE_AROUND for w in after.split()):
        return content
    words = name.split()
    while len(words) > 2 and words[0].strip(".").casefold() in _ROLE_AROUND:
        words = words[1:]
    return " ".join(words)


class _Credit(NamedTuple):
    """A labelled credit line: the writers and agency it names, and whether it credits the writing at all (a
    newsroom's credit, "Penulis: Redaksi", names no one)."""

    writers: list[str]
    agency: str | None
    writing: bool


def _credit_line(line: str, not_people: Iterable[str | None]) -> _Credit | None:
    """A labelled credit line ("Penulis: Budi Santoso | Editor: Rina Wati" -> writers ["Budi Santoso"], "Editor:
    Rina Wati" -> none, no writing); None when `line` is no credit line: it must open with a label and a colon, and
    every label be followed by a few words that open with a capital, for a writer's names, an agency or a newsroom,
    no sentence."""
    labels = list(_CREDIT_LABEL.finditer(line))
    if not labels or labels[0].start() != 0 or len(line) > 120:
        return None
    credit = _Credit([], None, False)
    for i, m in enumerate(labels):
        content = line[m.end():labels[i + 1].start() if i + 1 < len(labels) else len(line)].strip(" |/•·;,–—-.")
        words = content.split()
        if (not words or len(words) > CREDIT_WORDS or not content[:1].isupper() or ends_as_prose(content)
                or _SENTENCE_BREAK.search(content)):
            return None
        if m.group("writer"):
            ag = _sourced_agency(content)
            keys = [w.strip(".,").casefold() for w in words]
            # (a role for a name, "Por: Invitación Especial", "By: Staff", "Von: Gastautor", names no one)
            no_one = not ag and all(k in _NO_ONE_WORDS or k in _LINKING for k in keys)
            people = ([] if ag or no_one else
                      names_line(re.sub(r"\s*[/|&,;]\s*", " and ", content), not_people)
                      or names_line(_without_role(content), not_people))
            newsroom = no_one or not ag and not people and any(k in _ORG_WORDS for k in keys)
            if not (ag or people or newsroom):
                return None
            credit = _Credit(credit.writers + people, credit.agency or ag, True)
    return credit


#: a line of a fact box: a label of a word or two, its colon, a short value ("Páginas: 432", "Verlag: Rowohlt")
_FACT_LINE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+)?\s*:\s*\S(?:\S*\s*){0,7}$")


def _fact_line(paragraphs: list[str], i: int, credits: dict[int, _Credit]) -> bool:
    """Whether paragraph `i` is a fact box's line of a label and a value that credits no one: no credit line, no
    sentence, no clutter ("Baca juga: …")."""
    if not 0 <= i < len(paragraphs) or i in credits:
        return False
    line = paragraphs[i]
    return bool(_FACT_LINE.match(line)) and not ends_as_prose(line) and not is_clutter_line(line)


def _label_run(paragraphs: list[str], i: int, credits: dict[int, _Credit]) -> list[int]:
    """The indexes of the run of credit lines and fact lines (see _fact_line) around credit line `i`."""
    lo = hi = i
    while lo - 1 in credits or _fact_line(paragraphs, lo - 1, credits):
        lo -= 1
    while hi + 1 in credits or _fact_line(paragraphs, hi + 1, credits):
        hi += 1
    return list(range(lo, hi + 1))


def labelled_credits(paragraphs: list[str], not_people: Iterable[str | None] = (),
                     ) -> tuple[list[str], list[str], str | None]:
    """`paragraphs` without the labelled credit lines among their first CREDIT_HEAD and last CREDIT_TAIL that credit
    the writing ("Penulis: Budi Santoso", "Muhabir: Ali Yılmaz", "Texto: João Silva / Fotos: Maria Costa", "Автор:
    Редакция") and, when there are such, the credit lines for other work among them ("Editor: Rina Wati"); the
    writers and the agency. Credits for other work alone stay (an editor's note, a chart's source)."""
    n = len(paragraphs)
    credits: dict[int, _Credit] = {}
    for i, line in enumerate(paragraphs):
        if (i < CREDIT_HEAD or i >= n - CREDIT_TAIL) and ":" in line[:40]:
            found = _credit_line(line, not_people)
            if found is not None:
                credits[i] = found
    # credit lines among more lines of a label and a value are a fact box's: a book's ("Autor: …", "Editorial: …",
    # "Páginas: 432"), a film's, an e-mail's header ("Von: …", "An: …", "Betreff: …"), no credit of the story (a
    # credit's own lines may be followed by a line or two of the kind, "Topik: …")
    for i in list(credits):
        if i in credits:
            run = _label_run(paragraphs, i, credits)
            if sum(j not in credits for j in run) >= max(2, sum(j in credits for j in run) + 1):
                for j in run:
                    credits.pop(j, None)
    # the lines that credit the writing make the others credits too ("Oleh: …" opening the text, "Editor: …"
    # closing it)
    if not any(credit.writing for credit in credits.values()):
        return paragraphs, [], None
    drop = set(credits)
    people: list[str] = []
    agency = None
    for i in sorted(drop):
        people += [p for p in credits[i].writers if p not in people]
        agency = agency or credits[i].agency
    return [p for i, p in enumerate(paragraphs) if i not in drop], people, agency


#: a line crediting an interview's interviewer, before the names: "Das Gespräch führte …", "Interview: …",
#: "Interview by …", "Propos recueillis par …", "Entrevista realizada por …", "Intervista a cura di …", "Wywiad
#: przeprowadził …"
_INTERVIEWER = re.compile(
    r"^(?:(?:das\s+)?(?:gespräch|interview)\s+führten?|(?:interview|interviews|gespräch|entretien|entrevista|intervista|"
    r"wywiad)\s*:|interview(?:ed|\s+conducted)?\s+by|propos\s+recueillis\s+par|entretien\s+réalisé\s+par|"
    r"entrevista\s+(?:realizada\s+|feita\s+|conducida\s+)?por|intervista\s+(?:a\s+cura\s+di|di|realizzata\s+da)|"
    r"wywiad\s+przeprowadził[aio]?)\s+", re.I)


def interviewer_credit(paragraphs: list[str], not_people: Iterable[str | None] = ()) -> tuple[list[str], list[str]]:
    """`paragraphs` without the line among their last CREDIT_TAIL that credits the interview's interviewer ("Das
    Gespräch führte Anna Berger.", "Propos recueillis par Anna Berger"), and the people it names: the author of an
    interview no other source credits. (`paragraphs`, []) when there is none: the names must be all that follows
    the formula (a sentence, "Das Gespräch führte Anna Berger zu …", names no interviewer). A label with a colon
    ("Interview: Anna Berger") credits only under the text: with sentences after it, it heads a Q&A with the person
    it names."""
    n = len(paragraphs)
    for i in range(n - 1, max(n - CREDIT_TAIL, 0) - 1, -1):
        m = _INTERVIEWER.match(paragraphs[i])
        if m and m.group().rstrip().endswith(":") and any(map(ends_as_prose, paragraphs[i + 1:])):
            continue
        people = names_line(paragraphs[i][m.end():].strip().rstrip("."), not_people) if m else []
        if people:
            return paragraphs[:i] + paragraphs[i + 1:], people
    return paragraphs, []


#: an editor's label before a name, with its colon ("Editor : <a …>Rina Wati</a>", "Redaktur: …"), or "Edited by"
#: (not "Written and edited by", which credits the writer)
_EDITOR_BEFORE = re.compile(r"(?:\b(?:editor|editör|editora|redaktur|redaktor|redakteur|redakteurin|penyunting|"
                            r"edição|edición)\s*:|(?<!and )(?<!& )(?<!&amp; )\bedited\s+by)\s*(?:<[^<>]*>\s*)*$", re.I)
#: how far before a name its editor's label is looked for in the page's source
EDITOR_LABEL_CHARS = 160


def printed_as_editor(name: str, html: str) -> bool:
    """Whether the page's source `html` prints `name` as an element's whole text after an editor's label ("Editor :
    <a href=…>Rina Wati</a>"): a name the metadata credits as the author that the page credits as the editor (a
    portal's JSON-LD naming whoever published the story) is no author."""
    name = name.strip()
    if len(name) < 3:
        return False
    at = html.find(name)
    while at >= 0:
        after = html[at + len(name):at + len(name) + 1]
        if after in ("<", "") and _EDITOR_BEFORE.search(html, max(0, at - EDITOR_LABEL_CHARS), at):
            return True
        at = html.find(name, at + len(name))
    return False
