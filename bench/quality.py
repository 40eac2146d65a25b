"""Extraction quality on the article-extraction benchmark's dev half (../shared/data/aeb-dev).

Runs `crawler.extract_article(html, url).body` and plain `trafilatura.extract(html)` over every page, prints
F1 / precision / recall / exact for both side by side, then the worst pages of crawler with what was missed
and what leaked.

    python -m bench.quality                 # table + 10 worst pages
    python -m bench.quality --worst 25
    python -m bench.quality --page 0d46     # one page in detail (id prefix)
    python -m bench.quality --no-trafilatura
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "aeb-dev"

if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from bench.metric import PageScore, score_page, shingles, summarize, tokens  # noqa: E402


@dataclass
class Page:
    id: str
    url: str
    html: bytes
    expected: str


def load_pages(data_dir: Path = DEFAULT_DATA) -> list[Page]:
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid, item in sorted(truth.items()):
        path = data_dir / "html" / f"{pid}.html.gz"
        if not path.exists():
            continue
        pages.append(Page(pid, item.get("url", ""), gzip.decompress(path.read_bytes()), item["articleBody"]))
    return pages


def run_crawler(pages: list[Page]) -> tuple[dict[str, str], float]:
    import crawler

    out = {}
    t0 = time.perf_counter()
    for p in pages:
        try:
            out[p.id] = crawler.extract_article(p.html, p.url).body
        except crawler.ExtractionError:
            out[p.id] = ""
    return out, time.perf_counter() - t0


def run_trafilatura(pages: list[Page]) -> tuple[dict[str, str], float]:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    out = {}
    t0 = time.perf_counter()
    for p in pages:
        out[p.id] = trafilatura.extract(p.html.decode("utf-8"), include_comments=False) or ""
    return out, time.perf_counter() - t0


def _coverage(lines: list[str], other: str) -> list[tuple[float, str]]:
    other_sh = shingles(tokens(other))
    out = []
    for line in lines:
        sh = shingles(tokens(line))
        total = sum(sh.values())
        if not total:
            continue
        found = sum(min(c, other_sh[s]) for s, c in sh.items())
        out.append((found / total, line))
    return out


def differences(expected: str, predicted: str, limit: int = 4) -> tuple[list[str], list[str]]:
    missed = [line for share, line in _coverage(expected.split("\n"), predicted) if share < 0.5]
    leaked = [line for share, line in _coverage(predicted.split("\n"), expected) if share < 0.5]
    return missed[:limit], leaked[:limit]


def _cut(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--worst", type=int, default=10)
    ap.add_argument("--page", help="show one page in detail (id prefix)")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--json", type=Path, help="write per-page scores here")
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no benchmark data at {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    if args.page:
        pages = [p for p in pages if p.id.startswith(args.page)]
    ours, t_ours = run_crawler(pages)
    systems = {"crawler": (ours, t_ours)}
    if not args.no_trafilatura:
        systems["trafilatura"] = run_trafilatura(pages)

    scores: dict[str, dict[str, PageScore]] = {
        name: {p.id: score_page(p.expected, out[p.id]) for p in pages} for name, (out, _) in systems.items()
    }
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'extractor':<14}{'F1':>7}{'precision':>11}{'recall':>8}{'exact':>7}{'pages/s':>9}")
    for name, (out, secs) in systems.items():
        s = summarize(scores[name].values())
        print(f"{name:<14}{s.f1:>7.3f}{s.precision:>11.3f}{s.recall:>8.3f}{s.exact:>7.3f}{len(pages) / secs:>9.1f}")

    def page_f1(sc: PageScore) -> float:
        p, r = sc.precision or 0.0, sc.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    ranked = sorted(pages, key=lambda p: page_f1(scores["crawler"][p.id]))
    n = len(pages) if args.page else args.worst
    if n:
        print(f"\nworst {min(n, len(pages))} pages for crawler (F1, P, R; trafilatura F1):")
    for p in ranked[:n]:
        sc = scores["crawler"][p.id]
        tf = f"{page_f1(scores['trafilatura'][p.id]):.2f}" if "trafilatura" in scores else "-"
        print(f"- {p.id[:10]} F1 {page_f1(sc):.2f} P {sc.precision or 0:.2f} R {sc.recall or 0:.2f} "
              f"(traf {tf}) {p.url[:90]}")
        missed, leaked = differences(p.expected, ours[p.id], limit=50 if args.page else 3)
        for line in missed:
            print(f"    missed: {_cut(line, 1000 if args.page else 110)}")
        for line in leaked:
            print(f"    leaked: {_cut(line, 1000 if args.page else 110)}")
    if args.json:
        args.json.write_text(json.dumps({
            name: {pid: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "exact": s.exact} for pid, s in sc.items()}
            for name, sc in scores.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
