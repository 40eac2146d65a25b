"""Loading site profiles from TOML, with validation that names the file, the key and the problem.

Everything that could fail mid-crawl (CSS, XPath, regular expressions, hook names, dates, time zones) is
compiled or checked here, at load time.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .._headers import header_value_problem, headers_problem
from ._checked import CHECKED
from ._hooks import HOOKS, load_builtin_hooks
from ._model import Discovery, FetchHints, ItemRule, Layout, Profile
from ._selectors import ElementSelector, SelectorError, ValueSource
from ._regex import RegexError, SafePattern, compile_line_pattern, compile_search_pattern


class ProfileError(ValueError):
    """A profile file is invalid. The message reads `FILE: KEY: what is wrong`."""

    def __init__(self, path: Path | str, key: str, message: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = message
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


_SITE_KEYS = {"name", "hosts", "article_url", "timezone", "language", "test_urls", "drop"}
_FETCH_KEYS = {"headers", "delay", "concurrency", "user_agent"}
_DISCOVERY_KEYS = {"feeds", "sitemaps", "sections"}
_VALUE_FIELDS = ("title", "subtitle", "authors", "published", "updated", "image", "section", "tags")
_LAYOUT_KEYS = {
    "name", "until", "body", "body_mode", "min_body_chars", "remove", "keep", "drop", "key_points",
    "key_points_in_body", "notes_after", "sources", "citations", "citation_marker", "generic_clutter", "hook",
    *_VALUE_FIELDS,
}
_TOP_KEYS = {"site", "fetch", "discovery", "layout"}
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")


class _Ctx:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, message: str) -> ProfileError:
        return ProfileError(self.path, key, message)

    def check_keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(sorted(allowed))}"
                raise self.fail(f"{where}{key}", f"unknown key{hint}")

    def table(self, value: Any, key: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table, not {type(value).__name__}")
        return value

    def str_list(self, value: Any, key: str) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a string or a list of non-empty strings")
        return value

    def compile_each(self, values: Iterable[str], key: str, fn: Callable[[str], Any]) -> tuple[Any, ...]:
        out = []
        for i, v in enumerate(values):
            try:
                out.append(fn(v))
            except (SelectorError, RegexError) as exc:
                raise self.fail(f"{key}[{i}]", str(exc)) from None
        return tuple(out)


def _item_rule(ctx: _Ctx, raw: Any, key: str) -> ItemRule | None:
    if raw is None:
        return None
    table = ctx.table(raw, key)
    if "item" not in table:
        raise ctx.fail(f"{key}.item", "missing: the selector of one item")
    fields: dict[str, ValueSource] = {}
    try:
        item = ElementSelector.parse(table["item"]) if isinstance(table["item"], str) else None
    except SelectorError as exc:
        raise ctx.fail(f"{key}.item", str(exc)) from None
    if item is None:
        raise ctx.fail(f"{key}.item", "must be a selector string")
    for name, src in table.items():
        if name == "item":
            continue
        if not isinstance(src, str):
            raise ctx.fail(f"{key}.{name}", "must be a selector string")
        try:
            fields[name] = ValueSource.parse(src)
        except SelectorError as exc:
            raise ctx.fail(f"{key}.{name}", str(exc)) from None
    return ItemRule(item=item, fields=fields)


def _layout(ctx: _Ctx, raw: Any, index: int, site_drop: tuple[SafePattern, ...]) -> Layout:
    where = f"layout[{index}]."
    table = ctx.table(raw, f"layout[{index}]")
    ctx.check_keys(table, _LAYOUT_KEYS, where)
    name = table.get("name", str(index))
    if not isinstance(name, str) or not name.strip():
        raise ctx.fail(where + "name", "must be a non-empty string")
    until = table.get("until")
    if until is not None:
        if isinstance(until, datetime):
            until = until.date()
        elif isinstance(until, str):
            try:
                until = date.fromisoformat(until)
            except ValueError:
                raise ctx.fail(where + "until", f"not a date (YYYY-MM-DD): {until!r}") from None
        elif not isinstance(until, date):
            raise ctx.fail(where + "until", "must be a date (YYYY-MM-DD)")
    body_src = ctx.str_list(table.get("body"), where + "body")
    if not body_src:
        raise ctx.fail(where + "body", "missing: at least one selector for the article body")
    body = ctx.compile_each(body_src, where + "body", ElementSelector.parse)
    body_mode = table.get("body_mode", "first")
    if body_mode not in ("first", "all"):
        raise ctx.fail(where + "body_mode", f"must be 'first' or 'all', not {body_mode!r}")
    min_chars = table.get("min_body_chars", 150)
    if not isinstance(min_chars, int) or isinstance(min_chars, bool) or min_chars < 0:
        raise ctx.fail(where + "min_body_chars", "must be a whole number >= 0")
    values = {
        f: ctx.compile_each(ctx.str_list(table.get(f), where + f), where + f, ValueSource.parse)
        for f in _VALUE_FIELDS
    }
    hook = table.get("hook")
    if hook is not None:
        if not isinstance(hook, str):
            raise ctx.fail(where + "hook", "must be the name of a registered hook")
        load_builtin_hooks()
        if hook not in HOOKS:
            known = ", ".join(sorted(HOOKS)) or "none"
            raise ctx.fail(where + "hook", f"no hook named {hook!r} is registered (known: {known})")
    for flag in ("generic_clutter", "key_points_in_body"):
        if flag in table and not isinstance(table[flag], bool):
            raise ctx.fail(where + flag, "must be true or false")
    notes_after = table.get("notes_after")
    marker = table.get("citation_marker")
    try:
        notes_re = compile_line_pattern(notes_after) if notes_after is not None else None
    except RegexError as exc:
        raise ctx.fail(where + "notes_after", str(exc)) from None
    try:
        marker_re = compile_search_pattern(marker) if marker is not None else None
    except RegexError as exc:
        raise ctx.fail(where + "citation_marker", str(exc)) from None
    return Layout(
        name=name.strip(),
        until=until,
        body=body,
        body_mode=body_mode,
        min_body_chars=min_chars,
        remove=ctx.compile_each(ctx.str_list(table.get("remove"), where + "remove"), where + "remove",
                                ElementSelector.parse),
        keep=ctx.compile_each(ctx.str_list(table.get("keep"), where + "keep"), where + "keep", ElementSelector.parse),
        drop=site_drop + ctx.compile_each(ctx.str_list(table.get("drop"), where + "drop"), where + "drop",
                                          compile_line_pattern),
        key_points=ctx.compile_each(ctx.str_list(table.get("key_points"), where + "key_points"),
                                    where + "key_points", ElementSelector.parse),
        key_points_in_body=table.get("key_points_in_body", True),
        notes_after=notes_re,
        sources=_item_rule(ctx, table.get("sources"), where + "sources"),
        citations=_item_rule(ctx, table.get("citations"), where + "citations"),
        citation_marker=marker_re,
        generic_clutter=table.get("generic_clutter", True),
        hook=hook,
        **values,
    )


def load_profile(path: str | Path) -> Profile:
    """Load and validate one profile file; raises ProfileError naming the file, key and problem."""
    path = Path(path)
    ctx = _Ctx(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a byte-order mark (Notepad) is no error
    except tomllib.TOMLDecodeError as exc:
        raise ctx.fail("", f"invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ctx.fail("", f"cannot read: {exc}") from None
    ctx.check_keys(raw, _TOP_KEYS, "")
    site = ctx.table(raw.get("site"), "site")
    ctx.check_keys(site, _SITE_KEYS, "site.")
    hosts = [h.lower().strip() for h in ctx.str_list(site.get("hosts"), "site.hosts")]
    if not hosts:
        raise ctx.fail("site.hosts", "missing: the host names this profile covers")
    for i, h in enumerate(hosts):
        if not h.isascii():  # an internationalised name, as URLs carry it: in punycode
            try:
                hosts[i] = h = h.encode("idna").decode("ascii")
            except UnicodeError:
                pass
        if not _HOST.match(h):
            raise ctx.fail(f"site.hosts[{i}]", f"not a host name: {h!r}")
    article_url = site.get("article_url")
    try:
        article_re = compile_search_pattern(article_url) if article_url is not None else None
    except RegexError as exc:
        raise ctx.fail("site.article_url", str(exc)) from None
    tz = site.get("timezone")
    if tz is not None:
        try:
            ZoneInfo(str(tz))
        except (ZoneInfoNotFoundError, ValueError):
            raise ctx.fail("site.timezone", f"unknown time zone {tz!r}") from None
    site_drop = ctx.compile_each(ctx.str_list(site.get("drop"), "site.drop"), "site.drop", compile_line_pattern)

    fetch = ctx.table(raw.get("fetch"), "fetch")
    ctx.check_keys(fetch, _FETCH_KEYS, "fetch.")
    headers = ctx.table(fetch.get("headers"), "fetch.headers")
    problem = headers_problem(headers)
    if problem is not None:
        raise ctx.fail("fetch.headers", problem)
    delay = fetch.get("delay")
    if delay is not None and (not isinstance(delay, (int, float)) or isinstance(delay, bool) or delay < 0):
        raise ctx.fail("fetch.delay", "must be a number of seconds >= 0")
    conc = fetch.get("concurrency")
    if conc is not None and (not isinstance(conc, int) or isinstance(conc, bool) or conc < 1):
        raise ctx.fail("fetch.concurrency", "must be a whole number >= 1")
    ua = fetch.get("user_agent")
    if ua is not None and (problem := header_value_problem(ua)) is not None:
        raise ctx.fail("fetch.user_agent", problem)

    disc = ctx.table(raw.get("discovery"), "discovery")
    ctx.check_keys(disc, _DISCOVERY_KEYS, "discovery.")
    discovery = Discovery(
        **{k: tuple(_urls(ctx, disc.get(k), f"discovery.{k}")) for k in _DISCOVERY_KEYS}
    )

    layouts_raw = raw.get("layout")
    if layouts_raw is None:
        raise ctx.fail("layout", "missing: at least one [[layout]] table")
    if isinstance(layouts_raw, dict):
        layouts_raw = [layouts_raw]
    if not isinstance(layouts_raw, list) or not layouts_raw:
        raise ctx.fail("layout", "must be one or more [[layout]] tables")
    layouts = [_layout(ctx, lay, i, site_drop) for i, lay in enumerate(layouts_raw)]
    names = [lay.name for lay in layouts]
    if len(set(names)) != len(names):
        raise ctx.fail("layout", f"layout names must be unique: {names}")
    # newest first: the open-ended layout, then by `until` descending; file order breaks ties
    order = sorted(range(len(layouts)), key=lambda i: (layouts[i].until is not None,
                                                       -(layouts[i].until.toordinal() if layouts[i].until else 0), i))
    name = site.get("name", path.stem)
    if not isinstance(name, str):
        raise ctx.fail("site.name", "must be a string")
    lang = site.get("language")
    if lang is not None and not isinstance(lang, str):
        raise ctx.fail("site.language", "must be a language tag such as 'en'")
    test_urls = _urls(ctx, site.get("test_urls"), "site.test_urls")
    for i, u in enumerate(test_urls):  # examples of the site's articles: on its hosts, and articles by its pattern
        host = (urlsplit(u).hostname or "").lower()
        if not any(host == h or host.endswith("." + h) for h in hosts):
            raise ctx.fail(f"site.test_urls[{i}]", f"{u!r} is not on the profile's hosts {hosts}")
        if article_re is not None and not article_re.search(u):
            raise ctx.fail(f"site.test_urls[{i}]", f"{u!r} does not match article_url {article_url!r}")
    return Profile(
        id=path.stem,
        name=name,
        path=path,
        hosts=tuple(hosts),
        layouts=tuple(layouts[i] for i in order),
        article_url=article_re,
        timezone=tz,
        language=lang,
        test_urls=tuple(test_urls),
        drop=site_drop,
        fetch=FetchHints(headers=dict(headers), delay=delay, concurrency=conc, user_agent=ua),
        discovery=discovery,
    )


def _urls(ctx: _Ctx, value: Any, key: str) -> list[str]:
    urls = ctx.str_list(value, key)
    for i, u in enumerate(urls):
        if not re.match(r"^https?://[^/\s]+", u):
            raise ctx.fail(f"{key}[{i}]", f"not an absolute http(s) URL: {u!r}")
    return urls


def default_profile_dirs() -> list[Path]:
    """Where profiles are read from: $CRAWLER_PROFILES (paths separated by the OS path separator), else the
    project's `site_profiles/` directory shipped with the package."""
    env = os.environ.get("CRAWLER_PROFILES")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    from .._resources import resource_dir

    found = resource_dir("site_profiles")
    return [found] if found else []


def _profile_files(directory: Path) -> list[Path]:
    """The profile files of a directory: `*.toml`, not hidden (an editor's lock or backup file, ".#x.toml")."""
    return sorted(p for p in directory.glob("*.toml") if not p.name.startswith(".") and p.is_file())


def load_profiles_with(extra: Iterable[str | Path] | None = None) -> list[Profile]:
    """The default profiles (`default_profile_dirs()`) and those in the `extra` directories, which must hold
    some: an extra profile that claims a host of a default one takes its place (a site's profile improved
    locally); two extra profiles may not claim the same host."""
    dirs = [Path(d) for d in extra or ()]
    if not dirs:
        return load_profiles()
    added = load_profiles_from(dirs)
    claimed = {h for p in added for h in p.hosts}
    return [p for p in load_profiles() if not claimed.intersection(p.hosts)] + added


def load_profiles_from(dirs: Iterable[str | Path]) -> list[Profile]:
    """The profiles in `dirs` alone (no bundled ones), each of which must be a directory holding some: raises
    ProfileError for one that does not exist or holds no profile (a misspelt path is no silent empty set)."""
    dirs = [Path(d) for d in dirs]
    for d in dirs:
        if not d.is_dir():
            raise ProfileError(d, "", "no such directory")
        if not _profile_files(d):
            raise ProfileError(d, "", "holds no profiles (*.toml files)")
    return load_profiles(dirs)


def load_profiles(dirs: Iterable[str | Path] | None = None) -> list[Profile]:
    """Every `*.toml` profile in `dirs` (default: `default_profile_dirs()`), validated; raises ProfileError
    on the first invalid file, and when two profiles claim the same host. A directory that does not exist is
    skipped (the default ones may be absent): `load_profiles_from` and `load_profiles_with` refuse one."""
    profiles: list[Profile] = []
    owners: dict[str, Path] = {}
    for d in (dirs if dirs is not None else default_profile_dirs()):
        d = Path(d)
        if not d.is_dir():
            continue
        for path in _profile_files(d):
            profile = load_profile(path)
            for host in profile.hosts:
                if host in owners:
                    raise ProfileError(path, "site.hosts", f"host {host!r} is already covered by {owners[host]}")
                owners[host] = path
            profiles.append(profile)
    CHECKED.save()  # (what this load checked that no earlier one had)
    return profiles
