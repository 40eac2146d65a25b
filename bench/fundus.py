"""Compare crawler's output with Fundus's expected output on its real publisher pages (../shared/data/fundus).

Per page: title (exact after whitespace normalisation), authors (same set of person names, case-insensitive;
an agency credited as author counts when crawler puts it in `agency`), publishing date (same instant, or the
same day when either side only has a day), language (primary subtag of the page's `html_lang`), and the body
as paragraphs in order: paragraph precision and recall from the longest common subsequence of paragraphs
(Fundus's body is its summary, then each section's headline and paragraphs). Below the table, the standfirst
(Fundus's summary): on how many of the pages that have one crawler gives it, as the article's subtitle or in
its body (crawler's policy: a dek printed under the headline is the subtitle, a lead the text opens with is body).

    python -m bench.fundus                      # per-publisher table, profiles on
    python -m bench.fundus --no-profiles        # the generic path only (metadata table of issue 4)
    python -m bench.fundus --publisher APNews --show
    python -m bench.fundus --lang en,ja,ko,zh --profiled-only
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fundus"

if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


@dataclass
class Expected:
    title: str | None
    authors: list[str]
    published: str | None
    paragraphs: list[str]
    #: the standfirst (Fundus's body summary), when the page has one: its paragraphs
    summary: list[str] = field(default_factory=list)


@dataclass
class FundusPage:
    country: str
    publisher: str
    html_path: Path
    url: str
    version: str
    html_lang: str | None
    expected: Expected

    @property
    def id(self) -> str:
        return f"{self.publisher}/{self.html_path.name.split('.')[0]}"

    def html(self) -> bytes:
        return gzip.decompress(self.html_path.read_bytes())


def norm(text: str | None) -> str:
    """NFC, whitespace collapsed, soft hyphens (invisible line-break hints) removed: on both sides."""
    return " ".join(unicodedata.normalize("NFC", text or "").replace("\u00ad", "").split())


def _undashed(p: str) -> str:
    """A list item's "- " (how crawler writes one) off the line: on both sides, so that a line that begins with a
    dash in the page (a dialogue line) still matches."""
    return p[2:] if p.startswith("- ") else p


def _paragraphs(body: dict | None) -> list[str]:
    if not body:
        return []
    out = [norm(s) for s in body.get("summary") or []]
    for section in body.get("sections") or []:
        out += [norm(h) for h in section.get("headline") or []]
        out += [norm(p) for p in section.get("paragraphs") or []]
    return [_undashed(p) for p in out if _undashed(p)]


def load_pages(data_dir: Path = DEFAULT_DATA) -> list[FundusPage]:
    manifest = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
    cache: dict[str, dict] = {}
    pages = []
    for row in manifest:
        if row["json"] not in cache:
            cache[row["json"]] = json.loads((data_dir / row["json"]).read_text(encoding="utf-8"))
        exp = cache[row["json"]].get(row["version_key"]) or {}
        pages.append(FundusPage(
            country=row["country"],
            publisher=row["publisher"],
            html_path=data_dir / row["html"],
            url=row["url"],
            version=row["version_key"],
            html_lang=row.get("html_lang"),
            expected=Expected(
                title=norm(exp.get("title")) or None,
                authors=list(exp.get("authors") or []),
                published=exp.get("publishing_date"),
                paragraphs=_paragraphs(exp.get("body")),
                summary=[p for p in (_undashed(norm(x)) for x in (exp.get("body") or {}).get("summary") or []) if p],
            ),
        ))
    return pages


def lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two paragraph lists."""
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def body_paragraphs(body: str) -> list[str]:
    out = []
    for p in (body or "").split("\n\n"):
        p = _undashed(norm(p))
        if p:
            out.append(p)
    return out


def _dt(value: str | None) -> tuple[datetime | None, bool]:
    """(datetime, has_time)."""
    if not value:
        return None, False
    v = value.strip().replace(" ", "T", 1)
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        return None, False
    return dt, len(v) > 10


def same_date(expected: str | None, got: str | None) -> bool:
    e, e_time = _dt(expected)
    g, g_time = _dt(got)
    if e is None or g is None:
        return e is None and g is None
    if e_time and g_time:
        if e.tzinfo is None or g.tzinfo is None:
            return e.replace(tzinfo=None) == g.replace(tzinfo=None)
        return abs(e - g) <= timedelta(seconds=1)
    return e.date() == g.date()


def authors_match(expected: list[str], people: list[str], agency: str | None) -> bool:
    from crawler._authors import normalize_authors

    exp_people, exp_agency = normalize_authors(expected)
    want = {a.casefold() for a in exp_people}
    got = {a.casefold() for a in people}
    if want != got:
        return False
    if exp_agency and not exp_people and agency is None and people:
        return False
    return True


@dataclass
class PageResult:
    page: FundusPage
    title_ok: bool
    authors_ok: bool
    date_ok: bool
    language_ok: bool | None
    precision: float
    recall: float
    profile: str
    got_title: str | None = None
    got_authors: list[str] = field(default_factory=list)
    got_agency: str | None = None
    got_date: str | None = None
    got_language: str | None = None
    got_paragraphs: list[str] = field(default_factory=list)
    #: where the expected standfirst is in the article: "subtitle", "body", "" (nowhere); None: no standfirst
    standfirst: str | None = None
    got_subtitle: str | None = None
    error: str | None = None

    @property
    def body_ok(self) -> bool:
        return self.precision >= 0.98 and self.recall >= 0.98


def evaluate_page(page: FundusPage, extractor) -> PageResult:  # type: ignore[no-untyped-def]
    from crawler import ExtractionError

    try:
        art = extractor.extract(page.html(), page.url)
    except ExtractionError as exc:
        return PageResult(page, False, False, False, False, 0.0, 0.0, "error", error=str(exc))
    got = body_paragraphs(art.body)
    exp = page.expected.paragraphs
    common = lcs(got, exp)
    precision = common / len(got) if got else (1.0 if not exp else 0.0)
    recall = common / len(exp) if exp else 1.0
    standfirst = None
    if page.expected.summary:
        standfirst = standfirst_place(page.expected.summary, art.subtitle, got)
    lang_ok = None
    if page.html_lang and page.html_lang.strip() not in ("?", "-"):  # the data writes "?" for a page without one
        lang_ok = (art.language or "").split("-")[0].lower() == page.html_lang.split("-")[0].lower()
    return PageResult(
        page=page,
        title_ok=norm(art.title) == (page.expected.title or ""),
        authors_ok=authors_match(page.expected.authors, art.authors, art.agency),
        date_ok=same_date(page.expected.published, art.published_at),
        language_ok=lang_ok,
        precision=precision,
        recall=recall,
        profile=art.profile,
        got_title=art.title,
        got_authors=art.authors,
        got_agency=art.agency,
        got_date=art.published_at,
        got_language=art.language,
        got_paragraphs=got,
        standfirst=standfirst,
        got_subtitle=art.subtitle,
    )


def standfirst_place(summary: list[str], subtitle: str | None, got: list[str]) -> str:
    """Where crawler put the page's standfirst: "subtitle" (the subtitle is its text, punctuation and case aside),
    "body" (its paragraphs are body paragraphs), or "" (neither)."""
    from crawler._text import match_key

    if subtitle and match_key(subtitle) == match_key(" ".join(summary)):
        return "subtitle"
    if all(p in got for p in summary):
        return "body"
    return ""


def make_extractor(use_profiles: bool = True):  # type: ignore[no-untyped-def]
    from crawler import ExtractOptions, Extractor

    return Extractor(ExtractOptions(use_profiles=use_profiles))


def _rate(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "  -  "


def print_table(results: list[PageResult], out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    by_pub: dict[str, list[PageResult]] = defaultdict(list)
    for r in results:
        by_pub[r.page.publisher].append(r)
    print(f"{'publisher':<22}{'pages':>6}{'title':>7}{'authors':>8}{'date':>6}{'lang':>6}{'para P':>8}{'para R':>8}"
          f"{'body ok':>8}  profile", file=out)
    for pub in sorted(by_pub):
        rs = by_pub[pub]
        print(f"{pub:<22}{len(rs):>6}{_rate([r.title_ok for r in rs]):>7}{_rate([r.authors_ok for r in rs]):>8}"
              f"{_rate([r.date_ok for r in rs]):>6}{_rate([r.language_ok for r in rs if r.language_ok is not None]):>6}"
              f"{sum(r.precision for r in rs) / len(rs):>8.3f}{sum(r.recall for r in rs) / len(rs):>8.3f}"
              f"{_rate([r.body_ok for r in rs]):>8}  {', '.join(sorted({r.profile for r in rs}))}", file=out)
    print(f"{'ALL':<22}{len(results):>6}{_rate([r.title_ok for r in results]):>7}"
          f"{_rate([r.authors_ok for r in results]):>8}{_rate([r.date_ok for r in results]):>6}"
          f"{_rate([r.language_ok for r in results if r.language_ok is not None]):>6}"
          f"{sum(r.precision for r in results) / max(1, len(results)):>8.3f}"
          f"{sum(r.recall for r in results) / max(1, len(results)):>8.3f}{_rate([r.body_ok for r in results]):>8}",
          file=out)
    with_sf = [r for r in results if r.standfirst is not None]
    if with_sf:
        sub = sum(r.standfirst == "subtitle" for r in with_sf)
        body = sum(r.standfirst == "body" for r in with_sf)
        print(f"\nstandfirst (the summary Fundus expects): {sub + body} of {len(with_sf)} pages = "
              f"{(sub + body) / len(with_sf):.3f} ({sub} as the subtitle, {body} in the body)", file=out)


def show(r: PageResult, out=sys.stdout) -> None:  # type: ignore[no-untyped-def]
    p = r.page
    print(f"\n== {p.id} ({p.version}) {p.url}\n   profile {r.profile}", file=out)
    if not r.title_ok:
        print(f"   title    expected {p.expected.title!r}\n            got      {r.got_title!r}", file=out)
    if not r.authors_ok:
        print(f"   authors  expected {p.expected.authors!r}\n            got      {r.got_authors!r} agency "
              f"{r.got_agency!r}", file=out)
    if not r.date_ok:
        print(f"   date     expected {p.expected.published!r}\n            got      {r.got_date!r}", file=out)
    if r.language_ok is False:
        print(f"   language expected {p.html_lang!r} got {r.got_language!r}", file=out)
    exp, got = p.expected.paragraphs, r.got_paragraphs
    missing = [x for x in exp if x not in got]
    extra = [x for x in got if x not in exp]
    if r.standfirst == "":
        print(f"   standfirst expected {' '.join(p.expected.summary)[:160]!r}\n              subtitle "
              f"{(r.got_subtitle or '')[:160]!r}", file=out)
    print(f"   body     P {r.precision:.3f} R {r.recall:.3f} ({len(got)} paragraphs, expected {len(exp)})", file=out)
    for x in missing[:12]:
        print(f"   - missing: {x[:160]}", file=out)
    for x in extra[:12]:
        print(f"   + extra:   {x[:160]}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--publisher", action="append", help="only these publishers (repeatable)")
    ap.add_argument("--lang", help="only pages whose html_lang starts with one of these (comma-separated)")
    ap.add_argument("--no-profiles", action="store_true", help="generic path only")
    ap.add_argument("--profiled-only", action="store_true", help="only pages whose host has a profile")
    ap.add_argument("--show", action="store_true", help="print the differences of every imperfect page")
    args = ap.parse_args(argv)
    if not (args.data / "manifest.json").exists():
        print(f"no Fundus data at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    if args.publisher:
        wanted = {p.lower() for p in args.publisher}
        pages = [p for p in pages if p.publisher.lower() in wanted]
    if args.lang:
        langs = tuple(x.strip() for x in args.lang.split(","))
        pages = [p for p in pages if (p.html_lang or "").startswith(langs)]
    extractor = make_extractor(not args.no_profiles)
    if args.profiled_only:
        pages = [p for p in pages if extractor.registry.for_url(p.url) is not None]
    results = [evaluate_page(p, extractor) for p in pages]
    print_table(results)
    if args.show:
        for r in results:
            if not (r.title_ok and r.authors_ok and r.date_ok and r.body_ok and r.standfirst != ""):
                show(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
