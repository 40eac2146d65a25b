"""The benchmarks run (tiny sizes): CI checks that they work, never how fast anything is."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, timeout: float = 600) -> str:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env=env)
    assert proc.returncode == 0, f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n" \
                                 f"{proc.stderr[-3000:]}"
    return proc.stdout


def test_perf_benchmark_runs() -> None:
    out = _run("bench.perf", "--smoke")
    for heading in ("1. extraction", "2. crawl run", "3. trafilatura -i urls.txt", "4. cost per stored page",
                    "5. crawl export"):
        assert heading in out, out
    assert "extraction-bound limit" in out and "peak memory" in out
    # the one-process rate is measured before and after the crawl (the machine's speed drifts)
    assert re.search(r"\d+\.\d before the crawl, \d+\.\d after\)", out), out
    # the workers' own work, alone and side by side: a rate and a share of the limit
    assert re.search(r"\d+ processes side by side, nothing else running: \d+\.\d pages/s = \d+% of \d+ x the extract_article rate", out), out
    # every page of the tiny crawl was fetched (3 hosts x 4 articles)
    assert " 12 pages in " in out, out


def test_extraction_ratio_over_trials() -> None:
    """Both extractors measured alternately, trial after trial: each trial's ratio, and their median."""
    out = _run("bench.perf", "--smoke", "--only", "extraction", "--trials", "2")
    assert "trial 1" in out and "trial 2" in out and "trial 3" not in out, out
    ratios = [float(r) for r in re.findall(r"^   ratio\s+(\d+\.\d+) x$", out, re.M)]
    found = re.search(r"median ratio\s+(\d+\.\d+) x \(trials: (\d+\.\d+), (\d+\.\d+)\)", out)
    assert len(ratios) == 2 and found, out
    assert [float(found.group(2)), float(found.group(3))] == ratios
    assert abs(float(found.group(1)) - sum(ratios) / 2) <= 0.01  # the median of two


def test_perf_refuses_no_trials() -> None:
    proc = subprocess.run([sys.executable, "-m", "bench.perf", "--only", "extraction", "--trials", "0"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--trials must be at least 1" in proc.stderr


@pytest.mark.shared
@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").is_dir(), reason="needs ../shared/data (real paragraphs)")
def test_dedup_benchmark_runs() -> None:
    out = _run("bench.dedup", "--n", "400")
    assert "recall" in out and "inserts:" in out and "false links" in out, out


def test_instruction_count_benchmark_child_runs() -> None:
    """The counted run's work (warm-up, then the sample) runs outside valgrind too, and reports nothing."""
    from bench.instructions import child, sample
    from bench.perf import real_pages

    try:
        assert child("crawler", 200, True) == len(sample(real_pages(), 200)) >= 1
    finally:
        logging.disable(logging.NOTSET)  # (the child turns logging off, as its own process may: not this one's)


def test_instruction_count_benchmark_arguments() -> None:
    proc = subprocess.run([sys.executable, "-m", "bench.instructions", "--step", "0"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--step must be at least 1" in proc.stderr
    # without valgrind: one line saying what is missing, no traceback
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    proc = subprocess.run([sys.executable, "-m", "bench.instructions"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 1 and "valgrind not found" in proc.stderr and "Traceback" not in proc.stderr


def test_instruction_count_runs_share_a_warmed_cache_of_their_own(tmp_path: Path) -> None:
    """Both counted runs must find the crawler's cache in the same state: an uncounted warm-up fills a cache of the
    benchmark's own with what the code derives once (see bench.instructions._warm_cache)."""
    from bench.instructions import _env, _warm_cache

    assert _env(str(tmp_path))["CRAWLER_CACHE_DIR"] == str(tmp_path)
    _warm_cache("crawler", 200, str(tmp_path))
    kinds = {p.name.rsplit("-", 1)[0] for p in tmp_path.glob("*.json")}
    assert {"line-patterns", "profile-checks"} <= kinds, kinds
