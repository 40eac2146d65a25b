"""The benchmarks run (tiny sizes): CI checks that they work, never how fast anything is."""

from __future__ import annotations

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


@pytest.mark.shared
@pytest.mark.skipif(not (ROOT.parent / "shared" / "data").is_dir(), reason="needs ../shared/data (real paragraphs)")
def test_dedup_benchmark_runs() -> None:
    out = _run("bench.dedup", "--n", "400")
    assert "recall" in out and "inserts:" in out and "false links" in out, out
