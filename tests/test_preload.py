"""crawler.preload(): extraction's one-off costs paid at once, before the first page (in a fresh interpreter: the
test process has long paid them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
import crawler
from crawler._clutter import line_index
from crawler._language import _identifier
from crawler.profiles import default_registry

def state():
    index = line_index()
    patterns = index.starting.filed + [p for _, p in index.scanning]
    return {"model": _identifier.cache_info().currsize,
            "lines_left": sum(getattr(p.match, "__self__", None) is p for p in patterns)}

before = state()
if sys.argv[1] == "preload":
    crawler.preload()
after = state()
after["selectors_left"] = default_registry().compile_all()
print(json.dumps({"before": before, "after": after}))
"""


def _probe(mode: str) -> dict[str, dict[str, int]]:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout)


def test_preload_loads_the_model_and_compiles_the_patterns_and_selectors() -> None:
    out = _probe("preload")
    assert out["before"]["model"] == 0 and out["before"]["lines_left"] > 100  # all lazy in a new process
    assert out["after"] == {"model": 1, "lines_left": 0, "selectors_left": 0}


def test_without_preload_they_stay_lazy() -> None:
    out = _probe("none")
    assert out["after"]["model"] == 0
    assert out["after"]["lines_left"] > 100
    assert out["after"]["selectors_left"] > 100
