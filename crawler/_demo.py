"""`crawl demo`: the whole job, offline, in seconds.

Serves the bundled fixtures (pages modelled on real news sites) from a local web server on 127.0.0.1 under
their real URLs, crawls them through the normal fetch -> extract -> store pipeline into a SQLite file, and
returns what was stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ._crawl import CrawlOptions, UrlOutcome, crawl_urls
from ._fetch import FetchSettings
from ._fixtures import default_fixture_dir, iter_fixtures
from .localweb import LocalWeb
from .store import open_store


@dataclass
class DemoResult:
    db_path: Path
    outcomes: list[UrlOutcome]
    server: str

    @property
    def ok(self) -> bool:
        return bool(self.outcomes) and all(o.ok for o in self.outcomes)


def run_demo(db_path: str | Path, fixtures_dir: Path | None = None) -> DemoResult:
    fixtures_dir = fixtures_dir or default_fixture_dir()
    fixtures = [f for f in iter_fixtures(fixtures_dir) if f.url]
    if not fixtures:
        raise FileNotFoundError(f"no fixtures found in {fixtures_dir}")
    db_path = Path(db_path)
    with LocalWeb() as web:
        for fx in fixtures:
            assert fx.url is not None
            web.add(fx.url, fx.html())
        # the host_map entries name 127.0.0.1 explicitly, which permits those hosts' requests to go there;
        # everything else stays refused (allow_private_addresses is not needed, see crawler._netguard)
        options = CrawlOptions(fetch=FetchSettings(host_map=web.host_map(), max_attempts=2, timeout=10.0),
                               workers=0)
        with open_store(db_path) as store:
            outcomes = crawl_urls([f.url for f in fixtures if f.url], store, options)
        return DemoResult(db_path=db_path, outcomes=outcomes, server=web.base_url)
