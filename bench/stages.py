"""Where extraction time goes: `crawler.extract_article` over the real pages (../shared/data/aeb-dev and
../shared/data/fundus), one process, with each stage timed; then plain `trafilatura.extract(html)` over the
same pages for comparison.

Stages are module functions wrapped with a timer (in every crawler module that imported them), so nested stages
count in their parent too (the generic path's steps are inside `generic_paragraphs`); times are milliseconds per
page, averaged over every page (profiled pages skip the generic path).

The trafilatura figure here is for the time per stage only, not for the ratio (use `bench.perf`, which times
each extractor in a fresh process of its own): in this process trafilatura runs after `extract_article`, in the
heap it left, and with crawler's stand-ins for its pruning expressions (`crawler/_tfprune.py`) in place.

    python -m bench.stages
    python -m bench.stages --bytes      # pass the raw bytes (decoding included), as the crawl does
"""

from __future__ import annotations

import argparse
import collections
import importlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

#: (module, function) pairs timed; each is replaced in the module where the caller looks it up
STAGES = {
    "crawler._extract": ("decode_html", "parse_html", "extract_metadata", "apply_profile", "read_bylines",
                         "has_paywall_markup", "_htmldate", "reference_list", "generic_paragraphs", "clean_paragraphs",
                         "drop_clutter_lines", "remove_repeats", "choose_authors", "choose_language",
                         "measure", "joined_key"),
    "crawler._generic": ("_trafilatura", "free_embedded_posts", "paragraph_scores", "prune_clutter",
                         "unwrap_inline_link_classes", "open_story_headers", "strip_hidden", "strip_discarded", "page_paragraphs",
                         "fill_gaps", "rescue_lead", "apply_block_rules"),
}


def _wrap(totals: collections.Counter[str], module: Any, name: str) -> None:
    """Time `module.name` wherever a crawler module holds it: its own module's callers and those of every module
    that imported it (the generic path's steps call each other across modules)."""
    fn: Callable[..., Any] = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t0

    for holder in list(sys.modules.values()):
        if getattr(holder, "__name__", "").startswith("crawler") and getattr(holder, name, None) is fn:
            setattr(holder, name, timed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bytes", action="store_true", help="pass raw bytes (decoding included)")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args(argv)

    import trafilatura

    import crawler
    from bench.perf import real_pages

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    pages = real_pages()
    inputs: list[tuple[str, str | bytes]] = [
        (url, html if args.bytes else html.decode("utf-8", errors="replace")) for url, html in pages]
    crawler.extract_article(inputs[0][1], inputs[0][0])  # imports, models, profiles
    totals: collections.Counter[str] = collections.Counter()
    for mod_name, names in STAGES.items():
        module = importlib.import_module(mod_name)
        for name in names:
            if hasattr(module, name):
                _wrap(totals, module, name)

    n = len(inputs) * args.rounds
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for url, html in inputs:
            try:
                crawler.extract_article(html, url)
            except crawler.ExtractionError:
                pass
    total = time.perf_counter() - t0
    print(f"extract_article      {total / n * 1000:6.2f} ms/page  ({n / total:.1f} pages/s, {n} pages)")
    for name, seconds in totals.most_common():
        print(f"  {name:26s} {seconds / n * 1000:6.2f} ms/page")

    texts = [html.decode("utf-8", errors="replace") for _, html in pages]
    trafilatura.extract(texts[0])
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            trafilatura.extract(text)
    plain = time.perf_counter() - t0
    print(f"trafilatura.extract  {plain / n * 1000:6.2f} ms/page  ({n / plain:.1f} pages/s);"
          f" ratio {plain / total:.2f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
