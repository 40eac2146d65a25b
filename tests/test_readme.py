"""The README's examples are real: its crawl.toml parses and validates, and CI runs its test command."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from crawler._config import parse_config
from crawler._lock import RunLock
from crawler.profiles import default_registry

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_crawl_toml_is_valid() -> None:
    blocks = re.findall(r"```toml\n(.*?)```", README, re.S)
    config_blocks = [b for b in blocks if "[[sources]]" in b]
    assert config_blocks, "the README shows no crawl.toml"
    cfg = parse_config(tomllib.loads(config_blocks[0]), "README.md")
    registry = default_registry()
    for source in cfg.sources:
        if source.kind == "site":
            assert registry.get(source.site) is not None, f"no profile for {source.site}"


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(pip install -e '\.\[test\]' && pytest)\n", README)
    assert commands, "the README has no one-line test command"
    assert commands[0] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && crawl demo" in README


def test_the_library_cron_example_locks_the_database_the_run_uses(tmp_path: Path) -> None:
    """docs/library.md's cron job takes the lock `crawl run` takes: on the database beside crawl.toml, wherever the
    program runs from."""
    library = (ROOT / "docs" / "library.md").read_text(encoding="utf-8")
    block = re.search(r"## The cron job\n\n```python\n(.*?)```", library, re.S)
    assert block, "docs/library.md has no cron job example"
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "crawl.toml").write_text('[crawl]\ndb = "news.db"\nmax_pages = 0\nworkers = 0\n'
                                     '[[sources]]\nurls = ["https://www.example.com/world/a"]\n', encoding="utf-8")
    code = block[1].replace('"crawl.toml"', repr(str(conf / "crawl.toml")))

    def example() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)

    with RunLock(conf / "news.db"):  # as a `crawl run --config conf/crawl.toml` holds it
        proc = example()
    assert proc.returncode != 0 and "LockedError" in proc.stderr, proc.stdout + proc.stderr
    assert not (conf / "news.db").exists() and not (tmp_path / "news.db.lock").exists()
    proc = example()
    assert proc.returncode == 0 and "'discovered': 1" in proc.stdout, proc.stdout + proc.stderr
    assert (conf / "news.db").exists() and not (tmp_path / "news.db").exists()
