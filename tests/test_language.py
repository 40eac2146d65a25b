"""Language tags, detection by script and by text, and the choice between declaration and text."""

from __future__ import annotations

import pytest

from crawler._language import choose_language, detect_language, normalize_tag, primary

JA = (
    "東京電力福島第一原子力発電所の処理水について、政府は海洋放出の方針を決定しました。"
    "関係者によると、放出は今年の夏にも始まる見通しです。漁業関係者からは反対の声が上がっています。"
)
KO = (
    "서울시는 28일 새로운 교통 정책을 발표했다. 시 관계자는 이번 정책이 시민들의 출퇴근 시간을 줄일 것이라고 "
    "말했다. 정책은 다음 달부터 시행된다."
)
ZH = "北京市政府今天宣布了新的交通政策，以减少城市拥堵。官员表示，这项政策将在下个月开始实施，市民普遍表示欢迎。"
DE = (
    "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. "
    "Das Kabinett stimmte dem Entwurf zu, den der Wirtschaftsminister vorgelegt hatte. Die Opposition kritisierte "
    "das Vorhaben als unzureichend und forderte weitere Maßnahmen für den Klimaschutz in den kommenden Jahren."
)
EN = (
    "The government announced on Tuesday a new law to promote renewable energy. The cabinet approved the draft "
    "presented by the economy minister after weeks of debate. The opposition criticised the plan as insufficient "
    "and demanded further measures to protect the climate in the coming years, officials said."
)


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en_US", "en-US"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("EN", "en"),
        ("en-us", "en-US"),
        ("de-AT", "de-AT"),
        ("pt-br", "pt-BR"),
        ("es-419", "es-419"),
        ("sr-latn-rs", "sr-Latn-RS"),
        ("zh_TW", "zh-TW"),
        ("ZH-HANT", "zh-Hant"),
        (" ja-JP ", "ja-JP"),
        ("en-US,en;q=0.9", "en-US"),
        ("en;q=0.8", "en"),
        ("en_US.UTF-8", "en-US"),
        ("de_DE@euro", "de-DE"),
        ("en-US-u-ca-gregory", "en-US"),
        ("de-x-formal", "de"),
        ("yue-HK", "yue-HK"),
    ],
)
def test_normalize_tag(raw: str, tag: str) -> None:
    assert normalize_tag(raw) == tag


@pytest.mark.parametrize("raw", [None, "", "   ", "english", "e", "x-klingon", "i-klingon", "und", "mul", "zxx",
                                 "en--US", "fr-", "12", "en US", 5])
def test_normalize_tag_rejects(raw: object) -> None:
    assert normalize_tag(raw) is None  # type: ignore[arg-type]


def test_primary() -> None:
    assert primary("zh-Hans-CN") == "zh"
    assert primary(None) is None


@pytest.mark.parametrize(("text", "lang"), [(JA, "ja"), (KO, "ko"), (ZH, "zh")])
def test_detect_by_script(text: str, lang: str) -> None:
    assert detect_language(text) == (lang, 1.0)


@pytest.mark.parametrize(("text", "lang"), [(DE, "de"), (EN, "en")])
def test_detect_by_text(text: str, lang: str) -> None:
    detected, confidence = detect_language(text)
    assert detected == lang
    assert confidence > 0.9


@pytest.mark.parametrize("text", ["", "Hello", "東京", "12345 67890", "!!! ???"])
def test_detect_too_little(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_wrong_declaration_loses_to_clear_text() -> None:
    # an English template around a Japanese article
    assert choose_language(["en"], JA * 3) == "ja"
    assert choose_language(["en-US"], KO) == "ko"
    assert choose_language(["zh"], JA) == "ja"  # kana is decisive


def test_declaration_with_region_kept_when_text_agrees() -> None:
    assert choose_language(["de-AT"], DE) == "de-AT"
    assert choose_language(["ja-JP"], JA) == "ja-JP"
    assert choose_language(["zh-TW"], ZH) == "zh-TW"
    assert choose_language(["en_GB"], EN) == "en-GB"


def test_first_valid_declaration_is_used() -> None:
    assert choose_language([None, "", "not a tag", "en_US"], EN) == "en-US"


def test_kanji_only_text_does_not_contradict_japanese() -> None:
    assert choose_language(["ja"], "東京都知事選挙結果発表、現職再選確実") == "ja"


def test_without_declaration() -> None:
    assert choose_language([], EN) == "en"
    assert choose_language([], JA) == "ja"
    assert choose_language([], "") is None
    assert choose_language([None], "Hi") is None


def test_without_text_the_declaration_stands() -> None:
    assert choose_language(["ja"], "") == "ja"
    assert choose_language(["fr-CA"], "OK") == "fr-CA"


def test_english_declaration_with_short_foreign_quote() -> None:
    text = EN + " He said: \u300c\u3042\u308a\u304c\u3068\u3046\u300d."  # a short Japanese quote
    assert choose_language(["en"], text) == "en"


def test_bokmal_declaration_stands_when_the_text_is_norwegian() -> None:
    text = "Dette er en lang norsk tekst om været i Oslo i dag, og om hva folk gjør i helgen. " * 8
    assert choose_language(["nb-NO"], text) == "nb-NO"


def test_long_text_contradicting_the_declaration_wins() -> None:
    # past the quick look at the start: a German article in an English template
    assert choose_language(["en"], DE * 4) == "de"
    assert choose_language(["de"], EN * 4) == "en"


def test_agreeing_start_settles_it_with_one_short_look(monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler._language as language

    looks: list[int] = []
    real = language.detect_language

    def counted(text: str, sample_size: int = language._SAMPLE) -> tuple[str | None, float]:
        looks.append(sample_size)
        return real(text, sample_size)

    monkeypatch.setattr(language, "detect_language", counted)
    assert choose_language(["de-DE"], DE * 4) == "de-DE"
    assert looks == [language._QUICK_SAMPLE]
    looks.clear()
    # a start in another language than the declaration: the full look decides, as it always did
    assert choose_language(["en"], DE * 4) == "de"
    assert looks == [language._QUICK_SAMPLE, language._SAMPLE]
