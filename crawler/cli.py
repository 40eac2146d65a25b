"""The `crawl` command: a thin layer over the library.

Exit codes: 0 success; 1 some URL or check failed; 2 bad usage or configuration; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import click

from ._version import __version__

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
#: interrupted by Ctrl-C (or SIGTERM where a command takes it): 128 + SIGINT, as shells report it
EXIT_INTERRUPTED = 130
_T = TypeVar("_T")


def _console(stderr: bool = False):  # type: ignore[no-untyped-def]
    import shutil

    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else max(120, shutil.get_terminal_size((120, 24)).columns)
    return Console(stderr=stderr, highlight=False, soft_wrap=True, width=width)


def _fail(message: str, code: int = EXIT_CONFIG) -> None:
    click.echo(f"crawl: {message}", err=True)
    sys.exit(code)


def _host_map(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        host, sep, target = v.partition("=")
        if not sep or not host or not target:
            raise click.BadParameter(f"{v!r}: expected HOST=ADDRESS, e.g. example.com=http://127.0.0.1:8080")
        if "://" not in target:
            target = "http://" + target
        out[host.strip().lower()] = target.strip()
    return out


def _header_value(value: str, option: str) -> str:
    """A value sent as an HTTP header (the user agent): one line of ASCII, else a usage error naming the option."""
    from ._headers import header_value_problem

    problem = header_value_problem(value)
    if problem is not None:
        _fail(f"{option}: {problem}")
    return value


def _profile_dirs(profiles: tuple[str, ...]) -> tuple[str, ...] | None:
    return tuple(profiles) if profiles else None


class _Group(click.Group):
    """Ctrl-C is no failure of what was asked: click would print "Aborted!" and exit 1, the code of a URL or
    check that failed; every command exits 130 instead, with one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("crawl: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)


def _sigterm_as_ctrl_c(signum: int, frame: Any) -> None:
    """SIGTERM (kill, systemd) stops `crawl url` as Ctrl-C does: through asyncio's own SIGINT handler, which
    cancels the running crawl rather than interrupting it in the middle of a write; where SIGINT is ignored (a
    job started in the background) or left to Python, by KeyboardInterrupt."""
    on_sigint = signal.getsignal(signal.SIGINT)
    if callable(on_sigint) and on_sigint is not signal.default_int_handler:
        on_sigint(signal.SIGINT, frame)
    else:
        raise KeyboardInterrupt


async def _cancelled_by_sigterm(work: Awaitable[_T]) -> _T:
    """`work` (the crawl's coroutine), cancelled by SIGTERM at its next await, as asyncio's own SIGINT handler
    cancels it: never between a URL's writes and the line that reports them, which no await separates. (A
    KeyboardInterrupt raised by the handler, as outside the loop, can land anywhere: after an article's commit and
    before its NEW line, where a background job, which ignores SIGINT, used to be stopped by it.)"""
    import asyncio

    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        return await work
    finally:
        loop.remove_signal_handler(signal.SIGTERM)  # (which leaves SIGTERM's default: the handler for outside the loop)
        signal.signal(signal.SIGTERM, _sigterm_as_ctrl_c)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="crawl")
def main() -> None:
    """crawler: clean news articles from web pages, stored once in SQLite.

    \b
    Examples:
      crawl demo                                  # the whole job offline, in seconds
      crawl url https://apnews.com/article/...    # fetch, extract and store pages
      crawl extract page.html --url https://...   # extract a saved page, print JSON
      crawl profiles check                        # run every site profile's fixtures
      crawl run --config crawl.toml               # the cron job: discover, fetch, store
      crawl search "port strike"                  # full-text search with snippets
      crawl export --format csv -o articles.csv   # export (jsonl, csv, markdown)
    """


# -- crawl url --------------------------------------------------------------------------------------


@main.command("url")
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to store into.")
@click.option("--json", "as_json", is_flag=True, help="Print the full record of each URL as one JSON line.")
@click.option("--user-agent", help="User-Agent header to send.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=20.0, show_default=True,
              help="Seconds per network operation.")
@click.option("--page-timeout", type=click.FloatRange(0, min_open=True), default=60.0, show_default=True,
              help="Seconds in all for one page.")
@click.option("--max-bytes", type=click.IntRange(1), default=10 * 1024 * 1024, show_default=True,
              help="Largest page read.")
@click.option("--attempts", type=click.IntRange(1, 20), default=4, show_default=True,
              help="Attempts per URL for transient failures.")
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True)
@click.option("--workers", type=click.IntRange(0, 256), default=0, show_default=True,
              help="Extraction processes (0 = extract in this process).")
@click.option("--no-profiles", is_flag=True, help="Use the generic extractor only.")
@click.option("--profiles", "profiles", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Directory of site profiles (repeatable; added to the bundled ones, replacing a bundled profile for the hosts it claims).")
@click.option("--resolve", multiple=True, metavar="HOST=ADDRESS",
              help="Send requests for HOST to ADDRESS, keeping URLs and Host headers (testing, mirrors). "
                   "ADDRESS may be private: naming it is permission for HOST's requests.")
@click.option("--allow-private", is_flag=True,
              help="Also fetch private, loopback and link-local addresses (refused by default).")
@click.option("--ignore-robots", is_flag=True,
              help="Fetch URLs that robots.txt disallows (honoured by default: such a URL fails, blocked), "
                   "for a one-off.")
@click.option("-q", "--quiet", is_flag=True, help="Print failures only.")
def url_command(urls: tuple[str, ...], db_path: str, as_json: bool, user_agent: str | None, timeout: float,
                page_timeout: float, max_bytes: int, attempts: int, concurrency: int, workers: int,
                no_profiles: bool, profiles: tuple[str, ...], resolve: tuple[str, ...], allow_private: bool,
                ignore_robots: bool, quiet: bool) -> None:
    """Fetch, extract and store one or more article URLs.

    Prints one line per URL (--json: the full record, a failure's with its error). Exits 0 when every URL gave an
    article, 1 otherwise; each failure gets a one-line reason on stderr (with --json too) and is recorded in the
    database. robots.txt is honoured, as by `crawl run`: a URL it disallows is not fetched and fails ("disallowed
    by robots.txt"; --ignore-robots fetches it anyway). Ctrl-C (or SIGTERM) stops it with exit code 130: the URLs
    finished by then are stored, the others are left as they were.

    \b
    Examples:
      crawl url https://apnews.com/article/some-story-0123 --db news.db
      crawl url URL1 URL2 --json | jq .title
    """
    import asyncio

    from ._crawl import CrawlOptions, UrlOutcome, crawl_urls_async
    from ._fetch import FetchSettings
    from ._pool import ExtractConfig
    from .profiles import ProfileError
    from .store import StoreError, open_store

    settings = FetchSettings(timeout=timeout, page_timeout=page_timeout, max_bytes=max_bytes,
                             max_attempts=attempts, host_map=_host_map(resolve),
                             allow_private_addresses=allow_private)
    if user_agent:
        settings.user_agent = _header_value(user_agent, "--user-agent")
    options = CrawlOptions(fetch=settings, workers=workers, concurrency=concurrency, robots=not ignore_robots,
                           extract=ExtractConfig(use_profiles=not no_profiles, profile_dirs=_profile_dirs(profiles)))
    _check_profiles(options.extract)

    def show(outcome: UrlOutcome) -> None:
        if as_json:  # every URL's record on stdout, a failure's in it too
            record: dict[str, Any] = {"url": outcome.url, "ok": outcome.ok, "status": outcome.status}
            if outcome.ok and outcome.article is not None:
                record["id"] = outcome.article_id
                record["article"] = outcome.article.to_dict()
            elif not outcome.ok:
                record["error"] = {"kind": outcome.kind, "message": outcome.reason}
            click.echo(json.dumps(record, ensure_ascii=False))
        if not outcome.ok:  # and a failure's one-line reason on stderr, with --json or without
            click.echo(outcome.line(), err=True)
        elif not quiet and not as_json:
            click.echo(outcome.line())

    try:
        store = open_store(db_path)
    except StoreError as exc:
        _fail(str(exc))
    previous = signal.signal(signal.SIGTERM, _sigterm_as_ctrl_c)
    try:
        outcomes = asyncio.run(_cancelled_by_sigterm(crawl_urls_async(urls, store, options, on_outcome=show)))
    except ProfileError as exc:
        _fail(str(exc))
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C or SIGTERM: the URLs in flight are cancelled, and
        # nothing is recorded for them
        _fail("interrupted (the URLs finished before it are stored)", EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
    sys.exit(EXIT_OK if all(o.ok for o in outcomes) else EXIT_FAILED)


def _check_profiles(config: Any) -> None:
    """Load the profiles once up front so a broken profile is a configuration error, not a page failure."""
    from .profiles import ProfileError, load_profiles_with

    if not config.use_profiles:
        return
    try:
        load_profiles_with(config.profile_dirs)
    except ProfileError as exc:
        _fail(str(exc))


# -- crawl extract ----------------------------------------------------------------------------------


@main.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", help="The page's URL (selects the site profile and resolves links).")
@click.option("--no-profiles", is_flag=True, help="Use the generic extractor only.")
@click.option("--profiles", "profiles", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Directory of site profiles (repeatable).")
@click.option("--body", "body_only", is_flag=True, help="Print only the body text.")
def extract_command(file: str, url: str | None, no_profiles: bool, profiles: tuple[str, ...],
                    body_only: bool) -> None:
    """Extract the article from a saved HTML FILE ('-' reads stdin) and print it as JSON. No network.

    Exits 1 (after printing what was found) when the page holds no article text, or is an error page, a bot check
    or an access-denied page, as `crawl url` would not store it.

    \b
    Examples:
      crawl extract saved.html --url https://www.channelnewsasia.com/asia/some-story-123
      curl -s https://example.com/story | crawl extract - --url https://example.com/story
    """
    from ._extract import ExtractionError
    from ._pool import ExtractConfig

    config = ExtractConfig(use_profiles=not no_profiles, profile_dirs=_profile_dirs(profiles))
    _check_profiles(config)
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        _fail(f"cannot read {file}: {exc.strerror or exc}", EXIT_FAILED)
    try:
        article = config.build().extract(data, url)
    except ExtractionError as exc:
        _fail(f"{file}: {exc}", EXIT_FAILED)
    if body_only:
        click.echo(article.body)
    else:
        click.echo(article.to_json(indent=2))
    from ._encoding import decode_html
    from ._notarticle import refusal

    problem = refusal(article, lambda: decode_html(data, None).text)
    if problem:  # the metadata is printed all the same; what `crawl url` would refuse to store fails here too
        _fail(f"{file}: {problem[1]}", EXIT_FAILED)


# -- crawl demo -------------------------------------------------------------------------------------


@main.command("demo")
@click.option("--db", "db_path", default="demo.db", show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write.")
def demo_command(db_path: str) -> None:
    """Crawl the bundled example pages from a local server into SQLite, offline.

    Serves the fixtures (pages modelled on real news sites, clutter included) on 127.0.0.1 under their
    real URLs, runs the full fetch -> extract -> store pipeline and shows what was stored.

    \b
    Examples:
      crawl demo
      crawl demo --db /tmp/demo.db && crawl search strike --db /tmp/demo.db
    """
    from rich.table import Table

    from ._demo import run_demo

    console = _console()
    console.print("[bold]crawler demo[/bold]: serving the bundled pages on 127.0.0.1 and crawling them …")
    try:
        result = run_demo(db_path)
    except FileNotFoundError as exc:
        _fail(str(exc), EXIT_FAILED)
    table = Table(show_lines=False)
    for col in ("", "site", "title", "authors", "words", "profile"):
        table.add_column(col, overflow="fold")
    for o in result.outcomes:
        a = o.article
        if o.ok and a is not None:
            table.add_row(o.status, a.site or "", a.title or "", ", ".join(a.authors) or (a.agency or ""),
                          str(a.word_count), a.profile)
        else:
            table.add_row("FAILED", o.url, o.reason or "", "", "", "")
    console.print(table)
    sample = next((o.article for o in result.outcomes if o.ok and o.article is not None and o.article.body), None)
    if sample is not None:
        console.print(f"\n[bold]{sample.title}[/bold]  ({sample.canonical_url})")
        console.print(sample.body[:1200] + (" …" if len(sample.body) > 1200 else ""), markup=False)
    stored = sum(1 for o in result.outcomes if o.ok)
    console.print(f"\nStored {stored} of {len(result.outcomes)} articles in {result.db_path} "
                  f"(served from {result.server}).")
    console.print(f"Look inside: sqlite-utils rows {result.db_path} articles --limit 1")
    sys.exit(EXIT_OK if result.ok else EXIT_FAILED)


# -- crawl profiles ---------------------------------------------------------------------------------


@main.group("profiles")
def profiles_group() -> None:
    """List and check site profiles."""


@profiles_group.command("list")
@click.option("--profiles", "profiles", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Directory of site profiles (repeatable).")
@click.option("--fixtures", "fixtures_dir", type=click.Path(file_okay=False, exists=True),
              help="Fixtures root whose fixtures are counted (default: bundled).")
@click.option("--json", "as_json", is_flag=True)
def profiles_list(profiles: tuple[str, ...], fixtures_dir: str | None, as_json: bool) -> None:
    """List the site profiles (validating every file).

    \b
    Examples:
      crawl profiles list
      crawl profiles list --profiles my_profiles/ --fixtures my_fixtures/ --json
    """
    from rich.table import Table

    from ._fixtures import fixture_paths
    from .profiles import ProfileError, load_profiles_with

    try:
        loaded = load_profiles_with(_profile_dirs(profiles))
    except ProfileError as exc:
        _fail(str(exc))
    root = Path(fixtures_dir) if fixtures_dir else None
    counts = {p.id: len(fixture_paths(root, p.id)) for p in loaded}
    if as_json:
        for p in loaded:
            click.echo(json.dumps({"id": p.id, "name": p.name, "hosts": list(p.hosts),
                                   "layouts": [lay.name for lay in p.layouts], "fixtures": counts[p.id],
                                   "path": str(p.path)}))
        return
    table = Table()
    for col in ("profile", "name", "hosts", "layouts (newest first)", "fixtures"):
        table.add_column(col)
    for p in loaded:
        table.add_row(p.id, p.name, ", ".join(p.hosts), ", ".join(lay.name for lay in p.layouts), str(counts[p.id]))
    _console().print(table)


@profiles_group.command("check")
@click.argument("site", required=False)
@click.option("--fixtures", "fixtures_dir", type=click.Path(file_okay=False, exists=True),
              help="Fixtures root (default: bundled), as given to `crawl fixture record --fixtures`.")
@click.option("--profiles", "profiles", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Directory of site profiles to check with (repeatable; added to the bundled ones, replacing a bundled profile for the hosts it claims).")
def profiles_check(site: str | None, fixtures_dir: str | None, profiles: tuple[str, ...]) -> None:
    """Run the fixtures of SITE (default: every site) and report pass/fail with the first difference.

    \b
    Examples:
      crawl profiles check
      crawl profiles check apnews.com
      crawl profiles check example.com --fixtures my_fixtures/ --profiles my_profiles/
    """
    from ._extract import ExtractOptions, Extractor
    from ._fixtures import FixtureError, check_fixture, default_fixture_dir, fixture_paths, load_fixture
    from .profiles import ProfileError, ProfileRegistry, load_profiles_with

    try:
        loaded = load_profiles_with(_profile_dirs(profiles))
    except ProfileError as exc:
        _fail(str(exc))
    root = Path(fixtures_dir) if fixtures_dir else default_fixture_dir()
    if site and (root is None or not (root / site).is_dir()):
        known = ", ".join(p.id for p in loaded)
        _fail(f"no fixtures for {site!r} in {root} (profiles: {known})")
    extractor = Extractor(ExtractOptions(registry=ProfileRegistry(loaded)))
    paths = fixture_paths(root, site)
    if not paths:
        _fail(f"no fixtures found in {root}")
    passed = failed = broken = 0
    for path in paths:
        try:  # a broken fixture (malformed, without its page) is reported and the others still run
            r = check_fixture(load_fixture(path), extractor)
        except FixtureError as exc:
            broken += 1
            click.echo(f"ERROR {exc}")
            continue
        if r.ok:
            passed += 1
            click.echo(f"PASS  {r.fixture.id}")
        else:
            failed += 1
            click.echo(f"FAIL  {r.fixture.id}: {r.first_difference}")
    click.echo(f"{passed} passed, {failed} failed" + (f", {broken} broken (fix the files named above)" if broken else ""))
    # a broken fixture is an error of the fixtures themselves (exit 2), told apart from a failing one (exit 1)
    sys.exit(EXIT_CONFIG if broken else EXIT_FAILED if failed else EXIT_OK)


# -- crawl export / search / show / stats -----------------------------------------------------------


def _open_existing(db_path: str):  # type: ignore[no-untyped-def]
    from .store import StoreError, open_store

    import os

    path = Path(db_path)
    if not path.exists():
        _fail(f"{db_path}: no such database (crawl something first, or pass --db)", EXIT_FAILED)
    # these commands only read: a database this user cannot write (a read-only mount, another user's) is read
    # as it is
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        return open_store(db_path, read_only=not writable)
    except StoreError as exc:
        _fail(str(exc))


def _iso_day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from ._dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD or an ISO 8601 time)", param_hint=option)
    return parsed


def _language_tag(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--lang as a BCP 47 tag in its usual spelling ("EN" -> "en", "pt_br" -> "pt-BR"); a usage error for what is
    no language tag."""
    if value is None:
        return None
    from ._language import normalize_tag

    tag = normalize_tag(value)
    if tag is None:
        raise click.BadParameter(f"{value!r} is not a language tag (e.g. en, ja, pt-BR)")
    return tag


_SITE_HELP = ("Only this site, e.g. apnews.com (articles are filed under the registrable domain: any case, "
              "with or without www., or any host or URL of the site names it).")


@main.command("export")
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "markdown"]), default="jsonl", show_default=True)
@click.option("-o", "--out", "out", default="-", show_default=True,
              help="Output file ('-' for stdout); for markdown, a directory.")
@click.option("--site", help=_SITE_HELP)
@click.option("--since", help="Published on or after (YYYY-MM-DD or ISO time).")
@click.option("--until", help="Published before (YYYY-MM-DD or ISO time).")
@click.option("--lang", "language", callback=_language_tag,
              help="Only this language (e.g. en, ja; any case; en takes en-US and en-GB too).")
@click.option("--dedup", is_flag=True, help="One row per story: syndicated and near copies collapse to the first.")
def export_command(db_path: str, fmt: str, out: str, site: str | None, since: str | None, until: str | None,
                   language: str | None, dedup: bool) -> None:
    """Export stored articles as JSON Lines (default), CSV or Markdown files, streamed.

    \b
    Examples:
      crawl export --db news.db > articles.jsonl
      crawl export --format csv --site apnews.com --since 2025-01-01 -o ap.csv
      crawl export --format markdown --dedup -o stories/
    """
    from ._export import write_csv, write_jsonl, write_markdown

    since_iso, until_iso = _iso_day(since, "--since"), _iso_day(until, "--until")
    store = _open_existing(db_path)
    rows = store.iter_articles(site=site, since=since_iso, until=until_iso, language=language, dedup=dedup)
    try:
        if fmt == "markdown":
            if out == "-":
                _fail("markdown export writes one file per article: give a directory with -o DIR")
            n = sum(1 for _ in write_markdown(rows, Path(out)))
        elif out == "-":
            n = (write_csv if fmt == "csv" else write_jsonl)(rows, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = (write_csv if fmt == "csv" else write_jsonl)(rows, fh)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except OSError as exc:
        _fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_FAILED)
    finally:
        store.close()
    if out != "-":
        click.echo(f"exported {n} articles to {out}", err=True)


@main.command("search")
@click.argument("query")
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("-n", "--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--site", help=_SITE_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search_command(db_path: str, query: str, limit: int, site: str | None, as_json: bool) -> None:
    """Full-text search over titles and bodies, with highlighted snippets.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", prefix*, AND / OR / NOT, and title: or body: before
    a term to search one column. Japanese, Chinese or Thai words are found inside the text as written, in the
    column named before them too.

    \b
    Examples:
      crawl search "port strike"
      crawl search 'rotterdam AND (strike OR walkout)' --limit 5 --json
      crawl search 'title:strike body:"busiest port"'
      crawl search 'body:港湾'
    """
    store = _open_existing(db_path)
    try:
        hits = store.search(query, limit, marks=("\x02", "\x03"), site=site)
    finally:
        store.close()
    for h in hits:
        h["snippet"] = " ".join((h["snippet"] or "").split())
    if as_json:
        for h in hits:
            h["snippet"] = h["snippet"].replace("\x02", "").replace("\x03", "")
            click.echo(json.dumps(h, ensure_ascii=False))
        return
    if not hits:
        click.echo("no matches", err=True)
        sys.exit(EXIT_FAILED)
    console = _console()
    from rich.text import Text

    for h in hits:
        console.print(Text.assemble((f"{h['id']:>6}  ", "dim"), (h["title"] or "(untitled)", "bold"),
                                    (f"  {h['site'] or ''} {(h['published_at'] or '')[:10]}", "dim")))
        snippet = Text("        ")
        for i, part in enumerate(h["snippet"].replace("\x03", "\x02").split("\x02")):
            snippet.append(part, style="bold yellow" if i % 2 else "")
        if not console.is_terminal:
            snippet = Text("        " + h["snippet"].replace("\x02", "[").replace("\x03", "]"))
        console.print(snippet)
        console.print(Text(f"        {h['canonical_url']}", style="dim"))


@main.command("show")
@click.argument("key")
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="The stored record as JSON.")
def show_command(key: str, db_path: str, as_json: bool) -> None:
    """Print one stored article readably: KEY is its id or any URL it was seen under.

    \b
    Examples:
      crawl show 42
      crawl show https://apnews.com/article/some-story-0123 --json
    """
    store = _open_existing(db_path)
    try:
        row = store.article_row(key)
        versions = store.conn.execute("SELECT count(*) FROM article_versions WHERE article_id = ?",
                                      (row["id"],)).fetchone()[0] if row else 0
        copies = store.conn.execute("SELECT count(*) FROM articles WHERE cluster_id = ? AND id != ?",
                                    (row["cluster_id"], row["id"])).fetchone()[0] if row else 0
    finally:
        store.close()
    if row is None:
        _fail(f"no article {key!r} in {db_path}", EXIT_FAILED)
    if as_json:
        click.echo(json.dumps(row, ensure_ascii=False, indent=2))
        return
    from rich.text import Text

    console = _console()
    console.print(Text(row["title"] or "(untitled)", style="bold"))
    if row.get("subtitle"):
        console.print(Text(row["subtitle"], style="italic"))
    byline = ", ".join(row["authors"]) + (f" ({row['agency']})" if row.get("agency") else "")
    facts = [x for x in (byline.strip(), row.get("site"), (row.get("published_at") or "")[:16].replace("T", " "),
                         row.get("language"), f"{row['word_count']} words", f"access {row['access']}",
                         f"profile {row['profile']}" + (" (MISS)" if row["profile_miss"] else "")) if x]
    console.print(Text(" · ".join(facts), style="dim"))
    console.print(Text(row["canonical_url"], style="dim"))
    cluster = ""
    if row.get("cluster_id") and row["cluster_id"] != row["id"]:
        cluster = f"copy of story {row['cluster_id']} (similarity {row['similarity']:.2f})"
    elif copies:
        cluster = f"heads a story with {copies} cop{'y' if copies == 1 else 'ies'}"
    if cluster or versions:
        console.print(Text(" · ".join(x for x in (cluster, f"{versions} earlier version(s)" if versions else "") if x),
                           style="dim"))
    console.print()
    if row["key_points"]:
        for p in row["key_points"]:
            console.print(Text(f"• {p}"))
        console.print()
    console.print(Text(row["body"] or "(no body: " + row["access"] + ")"))
    if row["notes"]:
        console.print(Text("\n___\n" + "\n".join(row["notes"]), style="dim"))
    if row["sources"]:
        console.print(Text("\nSources:", style="bold"))
        for src in row["sources"]:
            console.print(Text(f"  {src.get('outlet')}: {src.get('headline') or ''} {src.get('url') or ''}".rstrip()))


@main.command("stats")
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per site.")
def stats_command(db_path: str, as_json: bool) -> None:
    """Per site: articles, last success, failure rate by reason, profile misses, duplicates, near copies,
    paywalled share.

    Duplicates have the same body as an article stored earlier at another URL; near copies are filed under
    another article's story (the earliest-published copy heads it) without being word for word the same. The last
    line tells how the last `crawl run` ended (finished, interrupted or failed, with its exit code; "did not finish"
    for a run killed outright), or that it is still running.

    \b
    Example:
      crawl stats --db news.db
    """
    store = _open_existing(db_path)
    try:
        rows = store.site_stats()
        last_run = store.conn.execute("SELECT id, started_at, state, exit_code, pid FROM runs ORDER BY id DESC LIMIT 1"
                                      ).fetchone()
    finally:
        store.close()
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table()
    for col, justify in (("site", "left"), ("articles", "right"), ("last success", "left"), ("failed", "right"),
                         ("failures by reason", "left"), ("profile misses", "right"), ("duplicates", "right"),
                         ("near copies", "right"), ("paywalled", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for r in rows:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(r["failures"].items(), key=lambda kv: -kv[1]))
        table.add_row(r["site"], str(r["articles"]), (r["last_success"] or "-")[:16].replace("T", " "),
                      f"{r['failed']}/{r['urls']} ({r['failure_rate']:.0%})" if r["urls"] else "-", reasons or "-",
                      str(r["profile_misses"]), str(r["duplicates"]), str(r["near_copies"]),
                      f"{r['paywalled_share']:.0%}")
    console = _console()
    console.print(table)
    if last_run:
        console.print(f"last run {last_run[0]}: {last_run[1]} ({_run_state(db_path, *last_run[2:])})")


def _run_state(db_path: str, state: str, exit_code: int | None, pid: int | None) -> str:
    """How a `runs` row's run ended, or that it is still going: a row left 'running' by a run that was killed
    (its process gone, the database's lock free) did not finish, whatever the row says."""
    from ._lock import run_in_progress

    if state == "running":
        if run_in_progress(db_path, pid):
            return f"running, pid {pid}"
        state = "interrupted"
    if exit_code is None:  # killed before it could write its end (marked interrupted by the next run)
        return f"{state}: did not finish"
    return f"{state}, exit {exit_code}"


@main.command("datasette")
@click.option("--db", "db_path", default="articles.db", show_default=True, type=click.Path(dir_okay=False),
              help="The database the metadata is for (Datasette names it after the file).")
def datasette_command(db_path: str) -> None:
    """Print Datasette metadata for a crawler database: every table and column described, useful facets.

    \b
    Example:
      crawl datasette --db news.db > metadata.json && datasette news.db -m metadata.json
    """
    from ._schema_doc import datasette_json

    click.echo(datasette_json(Path(db_path).stem), nl=False)


@main.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_command(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Examples:
      crawl completion bash > ~/.local/share/bash-completion/completions/crawl
      crawl completion zsh > "${fpath[1]}/_crawl"
      crawl completion fish > ~/.config/fish/completions/crawl.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    click.echo(cls(main, {}, "crawl", "_CRAWL_COMPLETE").source())


# -- crawl fixture ----------------------------------------------------------------------------------


@main.group("fixture")
def fixture_group() -> None:
    """Record fixtures: saved pages with the output they must give."""


@fixture_group.command("record")
@click.argument("source")
@click.option("--site", required=True, help="Fixture directory: the profile id (e.g. apnews.com) or any name.")
@click.option("--name", help="Fixture name (default: from the URL or file name).")
@click.option("--url", "page_url", help="The page's URL when SOURCE is a file.")
@click.option("--clutter", multiple=True, help="A line that must never reach the article (repeatable).")
@click.option("--update", is_flag=True, help="Rewrite the expected output of an existing fixture (after review).")
@click.option("--fixtures", "fixtures_dir", type=click.Path(file_okay=False), help="Fixtures root (default: bundled).")
@click.option("--resolve", multiple=True, metavar="HOST=ADDRESS", help="Route HOST to ADDRESS when fetching.")
@click.option("--profiles", "profiles", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="Directory of site profiles to extract with (repeatable; added to the bundled ones, replacing a bundled profile for the hosts it claims).")
@click.option("--allow-miss", is_flag=True,
              help="Record the page although its site's profile matched none of its layouts (a fixture of the miss).")
def fixture_record(source: str, site: str, name: str | None, page_url: str | None, clutter: tuple[str, ...],
                   update: bool, fixtures_dir: str | None, resolve: tuple[str, ...], profiles: tuple[str, ...],
                   allow_miss: bool) -> None:
    """Save a page (URL or FILE) and its current output as a fixture of SITE.

    The page is written to fixtures/SITE/NAME.html and the output to NAME.expected.json; review both, add the
    page's clutter lines (--clutter or by editing the JSON), and `crawl profiles check SITE` runs it from
    then on (with the same --fixtures and --profiles when given). Nothing is written when the page's site has a
    profile but none of its layouts matched (unless --allow-miss), or when a --clutter line reached the article:
    such a fixture would pass on the generic path, or fail its own check. With --update, an existing fixture's
    expected output is rewritten from the current extraction (its URL, clutter lines and compared fields are
    kept) and the replaced differences are printed; SOURCE may be the fixture's page or expected file.

    \b
    Examples:
      crawl fixture record https://apnews.com/article/some-story-0123 --site apnews.com
      crawl fixture record saved.html --site example.com --url https://example.com/news/1 --clutter "Advertisement"
      crawl fixture record fixtures/apnews.com/2023-richtext.html --site apnews.com --update
    """
    import re as _re
    from urllib.parse import urlsplit

    from ._extract import ExtractionError
    from ._fixtures import (FixtureError, default_fixture_dir, leaked_clutter, load_fixture, update_expected,
                            write_expected)
    from ._pool import ExtractConfig
    from .profiles import ProfileError

    for label, value in (("--site", site), ("--name", name)):
        if value is not None and (not value.strip() or value in (".", "..") or _re.search(r"[/\\\x00]", value)):
            _fail(f"{label} {value!r}: a plain name (no path: it names a file or directory under the fixtures root)")
    root = Path(fixtures_dir) if fixtures_dir else default_fixture_dir()
    if root is None:
        _fail("no fixtures directory found; pass --fixtures DIR")
    try:
        extractor = ExtractConfig(profile_dirs=_profile_dirs(profiles)).build()
    except ProfileError as exc:
        _fail(str(exc))
    if update:
        given = Path(source)
        stem = name or given.name.removesuffix(".html").removesuffix(".expected.json")
        # the fixture named by its path (page or expected file), else SITE/NAME under the fixtures root
        expected = (given.with_name(f"{stem}.expected.json") if given.suffix in (".html", ".json") and given.exists()
                    else root / site / f"{stem}.expected.json")
        if not expected.exists():
            _fail(f"no fixture {site}/{stem} to update ({expected} does not exist)", EXIT_FAILED)
        try:
            replaced = update_expected(load_fixture(expected), extractor)
        except FixtureError as exc:
            _fail(str(exc), EXIT_FAILED)
        for line in replaced:
            click.echo(f"updated {line}")
        click.echo(f"{expected}: {'rewritten' if replaced else 'already up to date'}")
        return
    if _re.match(r"^https?://", source):
        import asyncio

        from ._fetch import fetch as fetch_page
        from ._fetch import FetchSettings

        result = asyncio.run(fetch_page(source, FetchSettings(host_map=_host_map(resolve))))
        if not result.ok:
            _fail(f"{source}: {result.error}", EXIT_FAILED)
        content, page_url = result.content, page_url or result.final_url
    else:
        try:
            content = Path(source).read_bytes()
        except OSError as exc:
            _fail(f"cannot read {source}: {exc.strerror or exc}", EXIT_FAILED)
    stem = name or _re.sub(r"[^a-z0-9]+", "-", (urlsplit(page_url).path if page_url else Path(source).stem).lower()
                           ).strip("-")[-60:] or "page"
    target = root / site
    target.mkdir(parents=True, exist_ok=True)
    html_path, expected = target / f"{stem}.html", target / f"{stem}.expected.json"
    if html_path.exists() or expected.exists():
        _fail(f"fixture {site}/{stem} exists; use --name or --update", EXIT_FAILED)
    try:
        article = extractor.extract(content, page_url)
    except ExtractionError as exc:
        _fail(f"{source}: {exc}", EXIT_FAILED)
    if article.profile_miss and not allow_miss:
        profile = extractor.registry.for_url(page_url or article.url)
        _fail(f"{source}: no layout of the {profile.id if profile else site} profile matched this page (a profile "
              "miss): fix its selectors or add a layout, then record again (--allow-miss records the miss); "
              "nothing written", EXIT_FAILED)
    leaked = leaked_clutter(article.to_dict(), list(clutter))
    if leaked:
        _fail(f"{source}: {leaked[0]}: fix the profile, then record again; nothing written", EXIT_FAILED)
    html_path.write_bytes(content)
    write_expected(expected, page_url, article, list(clutter))
    click.echo(f"wrote {html_path} and {expected}")
    if b"<!--" not in content[:2000]:
        click.echo("note: add an HTML comment at the top of the page saying what it is and where it comes from")


# -- crawl run --------------------------------------------------------------------------------------


class _Reporter:
    """Progress for `crawl run`: a progress bar on a terminal, log lines otherwise, JSON lines on request."""

    def __init__(self, *, quiet: bool, verbose: bool, log_json: bool) -> None:
        self.quiet, self.verbose, self.log_json = quiet, verbose, log_json
        self.tty = sys.stderr.isatty() and not log_json and not quiet
        self.progress = None
        self.task = None

    def _line(self, text: str) -> None:
        from datetime import datetime

        click.echo(f"{datetime.now().strftime('%Y-%m-%d %H:%M:%S')} {text}", err=True)

    def event(self, kind: str, data: dict[str, Any]) -> None:
        if self.log_json:
            if kind != "url" or self.verbose or data.get("status") == "failed":
                click.echo(json.dumps({"event": kind, **data}, ensure_ascii=False), err=True)
            return
        if self.tty:
            self._tty_event(kind, data)
            return
        if self.quiet:
            return
        if kind == "start":
            self._line(f"run {data['run_id']} started ({data['db']})")
        elif kind == "discovered":
            self._line(f"discovery done: {data['count']} new URLs")
        elif kind == "due":
            self._line(f"{data['count']} URLs due")
        elif kind == "discovery" and (self.verbose or data.get("error")):
            self._line(f"{data['kind']} {data['url']}: " + (data.get("error") or data.get("skipped") or
                       ("not modified" if data.get("not_modified") else f"{data.get('found', 0)} links, "
                                                                         f"{data.get('new', 0)} new")))
        elif kind == "url" and (self.verbose or data.get("status") == "failed"):
            extra = data.get("reason") or data.get("title") or ""
            self._line(f"{data['status'].upper():<12} {data['url']} {extra}".rstrip())

    def _tty_event(self, kind: str, data: dict[str, Any]) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        if kind == "start":
            self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=_console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("discovering", total=None)
        elif self.progress is None:
            return
        elif kind == "due":
            self.progress.update(self.task, description="fetching", total=data["count"], completed=0)
        elif kind == "url":
            self.progress.advance(self.task)
            if self.verbose or data.get("status") == "failed":
                self.progress.console.print(f"{data['status'].upper():<12} {data['url']} "
                                            f"{data.get('reason') or data.get('title') or ''}", markup=False)
        elif kind == "finish":
            self.progress.stop()

    def summary(self, lines: list[str], failed: bool) -> None:
        if self.log_json:
            return
        if self.quiet and not failed:
            return
        for line in lines:
            click.echo(line)


@main.command("run")
@click.option("--config", "config_path", default="crawl.toml", show_default=True,
              type=click.Path(dir_okay=False), help="Crawl configuration (see the README).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help="Override the configured database.")
@click.option("--wait", is_flag=True, help="Wait for another run on the same database to finish instead of exiting.")
@click.option("--wait-timeout", type=click.FloatRange(0), default=None, help="Give up waiting after this many seconds.")
@click.option("--max-pages", type=click.IntRange(0),
              help="Override crawl.max_pages for this run (0: discover only).")
@click.option("--max-time", help="Override crawl.max_time for this run (e.g. 10m).")
@click.option("--workers", type=click.IntRange(0), help="Extraction processes (default: one per core).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing unless something failed.")
@click.option("-v", "--verbose", is_flag=True, help="A line for every URL.")
@click.option("--log-json", is_flag=True, help="Log events as JSON lines on stderr.")
def run_command(config_path: str, db_path: str | None, wait: bool, wait_timeout: float | None, max_pages: int | None,
                max_time: str | None, workers: int | None, quiet: bool, verbose: bool, log_json: bool) -> None:
    """Crawl the configured feeds, sitemaps, section pages and URL lists into SQLite.

    Meant for cron: incremental (conditional requests; a second run with nothing new stores nothing),
    polite (robots.txt, per-host delay and concurrency), safe (one run per database; a killed run loses
    nothing and the next resumes).

    \b
    Exit codes: 0 all well; 1 some pages failed; 2 configuration error; 3 another run holds the database;
    4 the database failed under the run (disk full, I/O error); 130 interrupted (SIGINT/SIGTERM).

    \b
    Examples:
      crawl run --config crawl.toml
      crawl run --config crawl.toml --max-time 10m --quiet      # from cron
    """
    from ._config import ConfigError, _Check, load_config
    from ._lock import LockedError, RunLock
    from ._run import EXIT_LOCKED, Runner
    from .profiles import ProfileError
    from .store import StoreError

    try:
        config = load_config(config_path)
        if max_pages is not None:
            config.max_pages = max_pages
        if max_time is not None:
            config.max_time = _Check("--max-time").duration(max_time, "")
        if workers is not None:
            config.workers = workers
        reporter = _Reporter(quiet=quiet, verbose=verbose, log_json=log_json)
        runner = Runner(config, db_path=db_path, on_event=reporter.event)
    except (ConfigError, ProfileError) as exc:
        _fail(str(exc), EXIT_CONFIG)
    assert runner.db_path is not None  # a Runner made without a store of the caller's own
    lock = RunLock(runner.db_path)
    try:
        lock.acquire(wait=wait, timeout=wait_timeout)
    except LockedError as exc:
        click.echo(f"crawl: {runner.db_path}: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except OSError as exc:  # the lock file sits beside the database: a missing or read-only directory
        _fail(f"{runner.db_path}: cannot create the database's lock file {lock.path}: {exc.strerror or exc}",
              EXIT_CONFIG)
    try:
        summary = runner.run()
    except StoreError as exc:
        _fail(str(exc), EXIT_CONFIG)
    finally:
        lock.release()
    if summary.store_error and not summary.run_id:  # the database could not even be opened: nothing was done
        _fail(summary.store_error, summary.exit_code)
    reporter.summary(summary.lines(), failed=summary.exit_code != 0)
    if log_json:
        click.echo(json.dumps({"event": "summary", **summary.as_dict()}, ensure_ascii=False))
    sys.exit(summary.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
