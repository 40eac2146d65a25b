"""Extraction cost in CPU instructions: `extract_article` against `trafilatura.extract`, counted, not timed.

The speed goal (issue 7, part 1) is a ratio of pages per second, and `bench.perf --only extraction` measures it.
On a shared machine whose speed drifts from minute to minute, its trials of one code spread by ±5 %, as wide as
the margin the goal leaves. This benchmark gives the same comparison a figure that does not move: each extractor
runs in a process of its own under valgrind's callgrind (the instructions executed, whatever else the machine
does), over the same sample of the real pages, with address-space randomisation off.

What a page costs is the difference of two counted runs of one extractor: one that only warms up (imports,
models, compiled patterns and two pages extracted) and one that warms up and then extracts the sample, so that
start-up is left out.

Instructions are not seconds, and the two extractors spend theirs differently: trafilatura's are mostly libxml2's
C (XPath over the tree), which runs many instructions a clock cycle; extract_article's are mostly the Python
interpreter's, which runs fewer. On 7 pages (`--step 50`) trafilatura took 216 M instructions a page and
extract_article 96 M, a ratio of 2.25 ×, while the clock gave 1.47 ×. So the pages/s ratio stays the goal's
measure. What this one is for: run on two commits, it tells whether a change made extract_article cheaper or
dearer, to a tenth of a per cent, when the clock's noise is ±5 %.

    python -m bench.instructions              # every 10th real page (35 pages): about 10 minutes
    python -m bench.instructions --step 5     # every 5th (70 pages)
    python -m bench.instructions --only crawler --step 20   # one extractor's cost a page
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.perf import _extractor, real_pages  # noqa: E402

NAMES = ("trafilatura", "crawler")
#: pages extracted before counting starts in both runs of an extractor (lazy imports, caches, compiled patterns)
_WARM_UP = 2


def sample(pages: list[tuple[str, bytes]], step: int) -> list[tuple[str, bytes]]:
    """Every `step`-th page, from the first."""
    return pages[::step]


def child(name: str, step: int, count: bool) -> int:
    """The work one counted run does: warm up, then (when `count`) extract the sample once."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    fn = _extractor(name)
    pages = [(url, html.decode("utf-8", errors="replace")) for url, html in sample(real_pages(), step)]
    for url, html in pages[:_WARM_UP]:
        fn(url, html)
    if count:
        for url, html in pages:
            fn(url, html)
    return len(pages)


def _env(cache: str) -> dict[str, str]:
    """The environment of every run: a fixed hash seed, and the crawler's on-disk cache in `cache`."""
    return {**os.environ, "PYTHONHASHSEED": "0", "PYTHONWARNINGS": "ignore", "CRAWLER_CACHE_DIR": cache}


def _warm_cache(name: str, step: int, cache: str) -> None:
    """One warm-up run, not counted, that fills `cache` with what this code derives once and keeps (the clutter line
    patterns' index, the profiles' checked selectors). Without it the first counted run could build and save what the
    second then only loads: the shared cache keeps a few versions of each entry, so a worktree of other code, run
    in between, evicts this code's entries, and the difference of the two runs counted the building (the same code
    gave 83.58 M and 85.32 M instructions a page in two places)."""
    subprocess.run([sys.executable, "-W", "ignore", "-m", "bench.instructions", "--child", name, "--step", str(step),
                    "--warm-up-only"], cwd=ROOT, env=_env(cache), capture_output=True, text=True, check=True)


def _counted(name: str, step: int, count: bool, cache: str) -> int:
    """Instructions of one run of `child` under callgrind, with the crawler's cache in `cache`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-W", "ignore",
               "-m", "bench.instructions", "--child", name, "--step", str(step)]
        if not count:
            cmd.append("--warm-up-only")
        if shutil.which("setarch"):
            cmd = ["setarch", os.uname().machine, "-R", *cmd]  # the same addresses in every run
        proc = subprocess.run(cmd, cwd=ROOT, env=_env(cache), capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"the counted run of {name} failed:\n{proc.stderr[-2000:]}")
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no total")


def instructions_a_page(name: str, step: int) -> float:
    """Instructions one page's extraction takes, the mean over the sample."""
    n = len(sample(real_pages(), step))
    with tempfile.TemporaryDirectory(prefix="crawler-cache-") as cache:  # (its own: no other run evicts its entries)
        _warm_cache(name, step, cache)
        return (_counted(name, step, True, cache) - _counted(name, step, False, cache)) / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--step", type=int, default=10, help="count every STEP-th real page (default 10)")
    ap.add_argument("--only", choices=NAMES, help="count one extractor only")
    ap.add_argument("--child", choices=NAMES, help=argparse.SUPPRESS)
    ap.add_argument("--warm-up-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.step < 1:
        ap.error("--step must be at least 1")
    if args.child:
        child(args.child, args.step, not args.warm_up_only)
        return 0
    if not shutil.which("valgrind"):
        print("valgrind not found: this benchmark counts instructions under valgrind's callgrind "
              "(apt-get install valgrind)", file=sys.stderr)
        return 1
    n = len(sample(real_pages(), args.step))
    print(f"extraction cost in instructions (valgrind callgrind), every {args.step}th real page: {n} pages")
    cost = {}
    for name in ([args.only] if args.only else NAMES):
        cost[name] = instructions_a_page(name, args.step)
        label = "trafilatura.extract" if name == "trafilatura" else "crawl extract_article"
        print(f"   {label:<22} {cost[name] / 1e6:8.2f} M instructions a page")
    if len(cost) == 2:
        print(f"   ratio (trafilatura / extract_article) {cost['trafilatura'] / cost['crawler']:.3f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
