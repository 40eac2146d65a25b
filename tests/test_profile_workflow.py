"""Adding a site: a profile of your own beside the bundled ones, its fixtures recorded and checked, with one-line
errors for what a hurried author gets wrong."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .conftest import ROOT
from .incli import run

HOST = "www.tidewater-courier.example"
URL = f"https://{HOST}/news/2024/harbour-ferry-terminal"
PROFILE = """[site]
name = "Tidewater Courier"
hosts = ["tidewater-courier.example"]

[[layout]]
name = "2024"
body = ["div.story-body"]
title = ["h1.headline"]
authors = ["span.byline-name"]
published = ["meta:article:published_time"]
remove = ["div.newsletter-box"]
"""
PAGE = (
    "<!-- a page written for the tests, modelled on a regional news site -->\n"
    "<html><head><title>Ferry terminal | Tidewater Courier</title>"
    "<meta property='article:published_time' content='2024-05-02T09:00:00Z'></head><body>"
    "<nav><a href='/'>Home</a></nav><h1 class='headline'>Harbour ferry terminal to close for repairs</h1>"
    "<span class='byline-name'>Jane Doe</span><div class='story-body'>"
    "<p>The harbour ferry terminal will close for three months of repairs from June, the port authority said.</p>"
    "<div class='newsletter-box'><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>"
    "<p>Ferries will leave from the old pier in the meantime, with a shuttle bus from the station.</p>"
    "<p>Construction is due to finish before the summer season, officials said on Monday.</p></div>"
    "<footer>All rights reserved</footer></body></html>"
)


def crawl(*args: str) -> subprocess.CompletedProcess[str]:
    """`crawl ARGS...`, run in this process (tests/incli.py)."""
    return run(*args)


def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    profiles, fixtures = tmp_path / "profiles", tmp_path / "fixtures"
    profiles.mkdir()
    (profiles / "tidewater-courier.example.toml").write_text(PROFILE, encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    return profiles, fixtures, page


def record(page: Path, profiles: Path, fixtures: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return crawl("fixture", "record", str(page), "--site", "tidewater-courier.example", "--url", URL,
                 "--profiles", str(profiles), "--fixtures", str(fixtures), *extra)


def test_record_check_and_update_a_fixture_of_your_own_profile(tmp_path: Path) -> None:
    profiles, fixtures, page = setup(tmp_path)
    made = record(page, profiles, fixtures, "--clutter", "Sign up for our morning newsletter")
    assert made.returncode == 0, made.stderr
    expected = fixtures / "tidewater-courier.example" / "news-2024-harbour-ferry-terminal.expected.json"
    assert json.loads(expected.read_text())["fields"]["profile"] == "tidewater-courier.example@2024"
    check = crawl("profiles", "check", "tidewater-courier.example", "--profiles", str(profiles),
                  "--fixtures", str(fixtures))
    assert check.returncode == 0 and "1 passed, 0 failed" in check.stdout
    # your profiles are added to the bundled ones, not put in their place
    listed = [json.loads(x) for x in crawl("profiles", "list", "--profiles", str(profiles), "--fixtures",
                                           str(fixtures), "--json").stdout.splitlines()]
    ids = {p["id"]: p["fixtures"] for p in listed}
    assert ids["tidewater-courier.example"] == 1 and "apnews.com" in ids
    bundled = ROOT / "fixtures" / "apnews.com" / "2023-richtext.html"
    url = json.loads((ROOT / "fixtures" / "apnews.com" / "2023-richtext.expected.json").read_text())["url"]
    out = crawl("extract", str(bundled), "--url", url, "--profiles", str(profiles))
    assert json.loads(out.stdout)["profile"].startswith("apnews.com@")
    # the expected file edited by hand: --update, given the fixture's own path, rewrites that one
    data = json.loads(expected.read_text())
    data["fields"]["title"] = "An old title"
    expected.write_text(json.dumps(data))
    updated = crawl("fixture", "record", str(expected), "--site", "tidewater-courier.example", "--update",
                    "--profiles", str(profiles), "--fixtures", str(tmp_path / "elsewhere"))
    assert updated.returncode == 0, updated.stderr
    assert "rewritten" in updated.stdout and json.loads(expected.read_text())["fields"]["title"] != "An old title"


def test_a_profile_miss_or_a_leaking_clutter_line_is_not_recorded(tmp_path: Path) -> None:
    profiles, fixtures, page = setup(tmp_path)
    (profiles / "tidewater-courier.example.toml").write_text(PROFILE.replace("div.story-body", "div.story-bdy"))
    miss = record(page, profiles, fixtures)
    assert miss.returncode == 1 and "profile miss" in miss.stderr and "nothing written" in miss.stderr
    assert not list(fixtures.rglob("*.json"))
    assert record(page, profiles, fixtures, "--allow-miss").returncode == 0  # on purpose: a fixture of the miss
    (profiles / "tidewater-courier.example.toml").write_text(PROFILE)
    leak = record(page, profiles, fixtures, "--name", "leak", "--clutter", "Construction is due")
    assert leak.returncode == 1 and "clutter reached the article" in leak.stderr
    assert not (fixtures / "tidewater-courier.example" / "leak.expected.json").exists()


def test_broken_fixtures_are_named_and_the_others_still_run(tmp_path: Path) -> None:
    profiles, fixtures, page = setup(tmp_path)
    assert record(page, profiles, fixtures).returncode == 0
    site = fixtures / "tidewater-courier.example"
    (site / "broken.html").write_text(PAGE)
    (site / "broken.expected.json").write_text('{"url": "x", "fields": {,}}')
    (site / "nothing.html").write_text(PAGE)
    (site / "nothing.expected.json").write_text(json.dumps({"url": URL}))
    (site / "string.html").write_text(PAGE)
    (site / "string.expected.json").write_text(json.dumps({"url": URL, "clutter": "Advertisement"}))
    check = crawl("profiles", "check", "tidewater-courier.example", "--profiles", str(profiles),
                  "--fixtures", str(fixtures))
    assert check.returncode == 2, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    assert any(x.startswith("ERROR ") and "broken.expected.json: not valid JSON" in x for x in lines)
    assert any("nothing.expected.json: compares nothing" in x for x in lines)
    assert any("string.expected.json: clutter: expected a list of lines" in x for x in lines)
    assert any(x.startswith("PASS  tidewater-courier.example/news-2024") for x in lines)
    assert "Traceback" not in check.stdout + check.stderr
    update = crawl("fixture", "record", "broken", "--site", "tidewater-courier.example", "--update",
                   "--profiles", str(profiles), "--fixtures", str(fixtures))
    assert update.returncode == 1 and "not valid JSON" in update.stderr and "Traceback" not in update.stderr


def test_names_and_profile_directories_a_user_gets_wrong(tmp_path: Path) -> None:
    profiles, fixtures, page = setup(tmp_path)
    for option in ("--name", "--site"):
        args = ["--name", "../../escaped"] if option == "--name" else []
        bad = crawl("fixture", "record", str(page), "--site", "../outside" if option == "--site" else "x.example",
                    "--url", URL, "--fixtures", str(fixtures), "--profiles", str(profiles), *args)
        assert bad.returncode == 2 and "a plain name" in bad.stderr
    assert not (tmp_path / "escaped.html").exists() and not (tmp_path / "outside").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    out = crawl("profiles", "list", "--profiles", str(empty))
    assert out.returncode == 2 and "holds no profiles" in out.stderr
    # an editor's lock file is not a profile; a byte-order mark and an internationalised host are fine
    (profiles / ".#tidewater-courier.example.toml").symlink_to(tmp_path / "gone")
    (profiles / "umlaut.toml").write_text("\ufeff" + PROFILE.replace("tidewater-courier.example",
                                                                     "nachrichten-müller.example"), encoding="utf-8")
    listed = crawl("profiles", "list", "--profiles", str(profiles), "--json")
    assert listed.returncode == 0, listed.stderr
    hosts = {h for x in listed.stdout.splitlines() for h in json.loads(x)["hosts"]}
    assert "xn--nachrichten-mller-f3b.example" in hosts and "tidewater-courier.example" in hosts


def test_profile_directories_mean_the_same_to_the_registry_and_the_crawl(tmp_path: Path) -> None:
    """ProfileRegistry.from_dirs and ExtractConfig(profile_dirs=…) read a list of directories alike: added to the
    bundled profiles, a missing or empty directory an error (from_dirs skipped it silently, and dropped the
    bundled profiles)."""
    import pytest

    from crawler import ExtractConfig
    from crawler.profiles import ProfileError, ProfileRegistry

    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "tidewater-courier.example.toml").write_text(PROFILE, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    bundled = {p.id for p in ProfileRegistry.from_dirs()}
    assert "apnews.com" in bundled
    mine = ExtractConfig(profile_dirs=(str(profiles),)).build().registry
    for registry in (ProfileRegistry.from_dirs([profiles]), mine):
        assert {p.id for p in registry} == bundled | {"tidewater-courier.example"}
        assert registry.for_host(HOST) is not None and registry.for_host("apnews.com") is not None
    alone = ProfileRegistry.from_dirs([profiles], bundled=False)
    assert [p.id for p in alone] == ["tidewater-courier.example"]
    for bad, reason in ((tmp_path / "my_profiles", "no such directory"), (empty, "holds no profiles")):
        with pytest.raises(ProfileError, match=f"^{bad}: {reason}"):
            ProfileRegistry.from_dirs([bad])
        with pytest.raises(ProfileError, match=f"^{bad}: {reason}"):
            ProfileRegistry.from_dirs([bad], bundled=False)
        with pytest.raises(ProfileError, match=f"^{bad}: {reason}"):
            ExtractConfig(profile_dirs=(str(bad),)).build()


def test_test_urls_must_be_articles_of_the_site(tmp_path: Path) -> None:
    from crawler.profiles import ProfileError, load_profile

    path = tmp_path / "example.toml"
    base = '[site]\nhosts = ["example.com"]\narticle_url = "/news/\\\\d{4}/"\ntest_urls = ["%s"]\n\n[[layout]]\nname = "a"\nbody = ["article"]\n'
    path.write_text(base % "https://www.example.com/news/2024/a-story")
    assert load_profile(path).test_urls == ("https://www.example.com/news/2024/a-story",)
    for url, why in (("https://www.othersite.org/news/2024/x", "is not on the profile's hosts"),
                     ("https://example.com/nwes/2024/x", "does not match article_url")):
        path.write_text(base % url)
        try:
            load_profile(path)
        except ProfileError as exc:
            assert why in str(exc) and "site.test_urls[0]" in str(exc)
        else:
            raise AssertionError(f"{url} accepted")
