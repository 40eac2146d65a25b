"""The README's examples are real: its crawl.toml parses and validates, and CI runs its test command."""

from __future__ import annotations

import re
import tomllib

from crawler._config import parse_config
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
