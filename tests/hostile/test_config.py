"""Bad configuration and site profiles: invalid TOML, a regular expression with catastrophic backtracking, a
bad selector, a profile for a host that is not a host name, a source naming a site no profile covers. Each
is a clear error at load time naming the file (exit code 2 from the CLI, one line); a pattern that only
backtracks on the page's own text is bounded in time while crawling."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler._config import ConfigError, load_config
from crawler._run import Runner
from crawler.localweb import LocalWeb, Page
from crawler.profiles import ProfileError, load_profiles
from crawler.profiles._regex import MATCH_TIMEOUT, RegexError, compile_search_pattern

from .conftest import HOST, add_articles, config_text, crawl, stored, url_state

GOOD_PROFILE = """
[site]
name = "Hostile"
hosts = ["www.hostile.example"]
article_url = '^https://www\\.hostile\\.example/world/'

[[layout]]
name = "2025"
body = ["article"]
title = ["h1"]
"""


def write_profile(directory: Path, text: str, name: str = "hostile.example.toml") -> Path:
    directory.mkdir(exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_PROFILES = {
    "invalid-toml": (GOOD_PROFILE.replace('name = "Hostile"', 'name = "Hostile'), "invalid TOML"),
    "catastrophic-regex": (GOOD_PROFILE.replace("article_url = '^https://www\\.hostile\\.example/world/'",
                                                "article_url = '(x+x+)+y'"), "site.article_url"),
    "catastrophic-drop": (GOOD_PROFILE.replace('[[layout]]', "[[layout]]\ndrop = ['(a|aa)+$']"),
                          "layout[0].drop[0]"),
    "bad-css": (GOOD_PROFILE.replace('body = ["article"]', 'body = ["div[[class=x"]'), "layout[0].body[0]"),
    "bad-xpath": (GOOD_PROFILE.replace('body = ["article"]', 'body = ["xpath://div[@class=\'x\'"]'),
                  "layout[0].body[0]"),
    "bad-value-source": (GOOD_PROFILE.replace('title = ["h1"]', 'title = ["h1 @"]'), "layout[0].title[0]"),
    "host-with-scheme": (GOOD_PROFILE.replace('hosts = ["www.hostile.example"]', 'hosts = ["https://hostile.example"]'),
                         "site.hosts[0]"),
    "host-localhost": (GOOD_PROFILE.replace('hosts = ["www.hostile.example"]', 'hosts = ["localhost"]'), "site.hosts[0]"),
    "host-ip": (GOOD_PROFILE.replace('hosts = ["www.hostile.example"]', 'hosts = ["127.0.0.1"]'), "site.hosts[0]"),
    "host-spaces": (GOOD_PROFILE.replace('hosts = ["www.hostile.example"]', 'hosts = ["hostile example.com"]'),
                    "site.hosts[0]"),
    "host-empty": (GOOD_PROFILE.replace('hosts = ["www.hostile.example"]', "hosts = []"), "site.hosts"),
    "unknown-hook": (GOOD_PROFILE.replace('[[layout]]', '[[layout]]\nhook = "rm_rf"'), "layout[0].hook"),
    "unknown-key": (GOOD_PROFILE.replace('[[layout]]', '[[layout]]\nbodyy = ["x"]'), "layout[0].bodyy"),
    "bad-timezone": (GOOD_PROFILE.replace('name = "Hostile"', 'name = "Hostile"\ntimezone = "Mars/Olympus"'),
                     "site.timezone"),
    "not-utf8": (None, "cannot read"),
    "non-ascii-user-agent": (GOOD_PROFILE + '\n[fetch]\nuser_agent = "bot (J\u00fcrgen)"\n',
                             "fetch.user_agent: must be ASCII"),
    "header-with-newline": (GOOD_PROFILE + '\n[fetch]\nheaders = { "X-A" = "a\\r\\nX-B: b" }\n',
                            "fetch.headers: X-A: must be one line"),
}


@pytest.mark.parametrize("case", list(BAD_PROFILES))
def test_bad_profiles_fail_at_load_naming_the_file_and_key(tmp_path: Path, case: str) -> None:
    text, key = BAD_PROFILES[case]
    directory = tmp_path / "profiles"
    path = write_profile(directory, text or "")
    if text is None:
        path.write_bytes(b"[site]\nname = \"\xff\xfe\"\n")
    t0 = time.monotonic()
    with pytest.raises(ProfileError) as info:
        load_profiles([directory])
    assert time.monotonic() - t0 < 5  # the backtracking probes are bounded too
    message = str(info.value)
    assert message.startswith(f"{path}: ") and key in message and "\n" not in message.strip()


def test_two_profiles_claiming_one_host(tmp_path: Path) -> None:
    directory = tmp_path / "profiles"
    write_profile(directory, GOOD_PROFILE, "a.toml")
    second = write_profile(directory, GOOD_PROFILE, "b.toml")
    with pytest.raises(ProfileError, match=f"^{second}: site.hosts: host 'www.hostile.example' is already covered"):
        load_profiles([directory])


def test_bad_profile_is_a_configuration_error_for_the_cli(tmp_path: Path, web: LocalWeb) -> None:
    directory = tmp_path / "profiles"
    path = write_profile(directory, BAD_PROFILES["catastrophic-regex"][0])  # type: ignore[arg-type]
    config = tmp_path / "crawl.toml"
    config.write_text(config_text(web, '[[sources]]\nurls = ["https://www.hostile.example/a"]\n',
                                  f"use_profiles = true\nprofiles = ['{directory}']", hosts=[HOST]))
    proc = subprocess.run([sys.executable, "-m", "crawler.cli", "run", "--config", str(config)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and str(path) in proc.stderr and "backtracks catastrophically" in proc.stderr


CONFIGS = {
    "invalid-toml": ('[crawl]\ndelay = 1\n[[sources]\nfeed = "https://x.example/rss"\n', "invalid TOML"),
    "catastrophic-article-url": ('[[sources]]\nsection = "https://x.example/world"\narticle_url = "(x+x+)+y"\n',
                                 "sources[0].article_url: regular expression"),
    "bad-regex": ('[[sources]]\nsection = "https://x.example/world"\narticle_url = "(unclosed"\n',
                  "sources[0].article_url: invalid regular expression"),
    "not-a-url": ('[[sources]]\nfeed = "file:///etc/passwd"\n', "sources[0].feed: not an absolute http(s) URL"),
    "bad-private-flag": ('[crawl]\nallow_private_addresses = "yes"\n[[sources]]\nfeed = "https://x.example/rss"\n',
                         "crawl.allow_private_addresses: must be true or false"),
    "bad-db-timeout": ('[crawl]\ndb_timeout = "soon"\n[[sources]]\nfeed = "https://x.example/rss"\n',
                       "crawl.db_timeout: must be a duration"),
    "binary": (None, "cannot read"),
    "non-ascii-user-agent": ('[crawl]\nuser_agent = "newsbot (contact: J\u00fcrgen M\u00fcller)"\n[[sources]]\n'
                             'feed = "https://x.example/rss"\n', "crawl.user_agent: must be ASCII"),
    "user-agent-with-newline": ('[crawl]\nuser_agent = "bot\\r\\nX-Injected: 1"\n[[sources]]\n'
                                'feed = "https://x.example/rss"\n', "crawl.user_agent: must be one line"),
    "site-header-not-a-string": ('[sites."a.example"]\nheaders = { "X-A" = 5 }\n[[sources]]\n'
                                 'feed = "https://x.example/rss"\n', "sites.a.example.headers.X-A: must be a string"),
    "site-user-agent-non-ascii": ('[sites."a.example"]\nuser_agent = "bot \u2603"\n[[sources]]\n'
                                  'feed = "https://x.example/rss"\n', "sites.a.example.user_agent: must be ASCII"),
    "max-bytes-0MB": ('[crawl]\nmax_bytes = "0MB"\n[[sources]]\nfeed = "https://x.example/rss"\n',
                      "crawl.max_bytes: must be a size of at least one byte"),
    "delay-nan": ('[crawl]\ndelay = nan\n[[sources]]\nfeed = "https://x.example/rss"\n',
                  "crawl.delay: must be a duration"),
    "max-time-inf": ('[crawl]\nmax_time = inf\n[[sources]]\nfeed = "https://x.example/rss"\n',
                     "crawl.max_time: must be a duration"),
    "timeout-0": ('[crawl]\ntimeout = 0\n[[sources]]\nfeed = "https://x.example/rss"\n', "crawl.timeout: must be > 0"),
    "page-timeout-0s": ('[crawl]\npage_timeout = "0s"\n[[sources]]\nfeed = "https://x.example/rss"\n',
                        "crawl.page_timeout: must be > 0"),
    "threshold-nan": ('[dedup]\nthreshold = nan\n[[sources]]\nfeed = "https://x.example/rss"\n',
                      "dedup.threshold: must be a number"),
}


@pytest.mark.parametrize("case", list(CONFIGS))
def test_bad_configuration_fails_at_load_naming_the_file(tmp_path: Path, case: str) -> None:
    text, fragment = CONFIGS[case]
    path = tmp_path / "crawl.toml"
    if text is None:
        path.write_bytes(b"\xff\xfe[crawl]\x00")
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: ") and fragment in str(info.value), str(info.value)


def test_a_site_source_without_a_profile_fails_at_load(tmp_path: Path) -> None:
    path = tmp_path / "crawl.toml"
    path.write_text('[[sources]]\nurls = ["https://x.example/a"]\n\n[[sources]]\nsite = "nosuch.example"\n')
    with pytest.raises(ConfigError, match=r"crawl.toml: sources\[1\].site: no site profile for 'nosuch.example'"):
        Runner(load_config(path))
    path.write_text('[[sources]]\nsite = "apnews.co"\n')
    with pytest.raises(ConfigError, match=r"did you mean 'apnews.com'\?"):
        Runner(load_config(path))
    path.write_text('[crawl]\nuse_profiles = false\n[[sources]]\nsite = "apnews.com"\n')
    with pytest.raises(ConfigError, match="site profiles are off"):
        Runner(load_config(path))


def test_backtracking_that_only_the_page_triggers_is_bounded(web: LocalWeb, tmp_path: Path) -> None:
    """`(.*?,){30}x` passes the load-time probes (none of them has commas) but backtracks for ages on a
    string of many commas: each match gives up after MATCH_TIMEOUT (as no match), and the crawl goes on."""
    pattern = compile_search_pattern("(.*?,){30}x")
    t0 = time.monotonic()
    assert pattern.search("a," * 40) is None
    assert time.monotonic() - t0 < MATCH_TIMEOUT * 10
    for catastrophic in ("(x+x+)+y", "(a|aa)+$", "^(([a-z])+.)+[A-Z]([a-z])+$"):
        with pytest.raises(RegexError, match="backtracks catastrophically"):
            compile_search_pattern(catastrophic)

    good = add_articles(web, 2)
    hostile_links = "".join(f'<a href="/world/2025/{"a," * 40}{i}">x</a>' for i in range(4))
    good_links = "".join(f'<a href="{u}">story</a>' for u in good)
    web.add(f"https://{HOST}/world", Page(body=f"<html><body>{hostile_links}{good_links}</body></html>".encode()))
    sources = f'[[sources]]\nsection = "https://{HOST}/world"\narticle_url = \'(.*?,){{30}}x|story-\'\n'
    t0 = time.monotonic()
    summary, db = crawl(tmp_path, web, sources)
    assert time.monotonic() - t0 < 10
    assert stored(db) == set(good)
    assert url_state(db, f"https://{HOST}/world")[0] == "done"  # type: ignore[index]
