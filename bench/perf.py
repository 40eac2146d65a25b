"""Performance, measured side by side in one run.

1. extraction: `crawler.extract_article` vs plain `trafilatura.extract(html)` over the same real pages
   (../shared/data/aeb-dev and ../shared/data/fundus), one process: pages/s for both and the ratio.
2. crawl: `crawl run` against a local web of H hosts x A articles (real pages served under real-looking host
   names, no politeness delay): pages/s against the extraction-bound limit (cores x the single-process
   extraction rate), and the peak memory (RSS of the crawl and its workers) at 1,000 pages and at the end.
3. peer: the same pages through trafilatura's own command line (`trafilatura -i urls.txt --parallel N`)
   against the same server: both times and the ratio.
4. growth: time per page when the database already holds 1k, 10k and 100k articles.

    python -m bench.perf                 # everything, full size (10,000 crawl pages, growth up to 100k)
    python -m bench.perf --smoke         # tiny sizes: checks that it all runs (CI)
    python -m bench.perf --only extraction,crawl
    python -m bench.perf --only extraction --trials 5   # the extraction ratio: median of 5 alternating trials
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"

if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


# -- pages --------------------------------------------------------------------------------------------


def real_pages(limit: int | None = None) -> list[tuple[str, bytes]]:
    """(url, html) of the real pages under ../shared/data; synthetic pages when it is absent."""
    out: list[tuple[str, bytes]] = []
    gt = SHARED / "aeb-dev" / "ground-truth.json"
    if gt.exists():
        for pid, item in sorted(json.loads(gt.read_text(encoding="utf-8")).items()):
            path = SHARED / "aeb-dev" / "html" / f"{pid}.html.gz"
            if path.exists():
                out.append((item.get("url") or f"https://example.com/{pid}", gzip.decompress(path.read_bytes())))
    manifest = SHARED / "fundus" / "manifest.json"
    if manifest.exists():
        for row in json.loads(manifest.read_text(encoding="utf-8")):
            out.append((row["url"], gzip.decompress((SHARED / "fundus" / row["html"]).read_bytes())))
    if not out:
        sys.path.insert(0, str(ROOT))
        from tests.pages import news_page
        from tests.sitefarm import paragraphs_for

        out = [(f"https://www.example-news.com/world/story-{i}", news_page(f"Story {i}", paragraphs_for(i, i)).encode())
               for i in range(50)]
    return out[:limit] if limit else out


# -- 1. extraction --------------------------------------------------------------------------------------


def _extractor(name: str):  # type: ignore[no-untyped-def]
    """The function one side of the comparison runs on a page (url, decoded HTML)."""
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    # Each side's one-off costs of a new process, like its imports, are paid here rather than inside the timed
    # passes (a crawl's workers inherit them paid): what each builds on the first page that needs it.
    if name == "trafilatura":
        import trafilatura
        from trafilatura import external

        if external.JT_STOPLIST is None:
            external.jt_stoplist_init()  # the stop words of its jusText comparison

        def fn(url: str, html: str) -> object:
            return trafilatura.extract(html)
    else:
        import crawler

        crawler.preload()  # the language model, the line patterns, jusText's stop words, the profiles' selectors

        def fn(url: str, html: str) -> object:
            try:
                return crawler.extract_article(html, url)
            except crawler.ExtractionError:
                return None
    return fn


def _extraction_server(name: str, pages: list[tuple[str, bytes]], conn) -> None:  # type: ignore[no-untyped-def]
    """One extractor in a process of its own: told a slice of the pages, it extracts them and answers the seconds
    it took; None ends it."""
    fn = _extractor(name)
    texts = [(url, html.decode("utf-8", errors="replace")) for url, html in pages]
    fn(*texts[0])  # warm up: imports, models, profiles
    conn.send("ready")
    while (task := conn.recv()) is not None:
        start, stop = task
        t0 = time.perf_counter()
        for url, html in texts[start:stop]:
            fn(url, html)
        conn.send(time.perf_counter() - t0)


#: pages in one turn of an extractor: about a second of work, so that the two take turns many times a pass
_TURN_PAGES = 25


def bench_extraction(pages: list[tuple[str, bytes]], rounds: int = 2,
                     which: tuple[str, ...] = ("trafilatura", "crawler")) -> dict[str, list[float]]:
    """Pages/s of each extractor over the same pages (decoded as UTF-8 first), pass by pass.

    Each extractor runs in a fresh process of its own, so that neither runs in a heap the other has shaped (after a
    pass of `extract_article`, trafilatura in the same process runs about 15 % slower). The two never run at once:
    they take turns over the same slices of about 25 pages, the one going first alternating, so that a machine
    whose speed drifts from minute to minute slows both alike (one extractor's whole pass, then the other's,
    gave ratios from 1.40 to 1.72 × between three trials of one code)."""
    ctx = multiprocessing.get_context("spawn")
    conns, procs = {}, []
    try:
        for name in which:
            ours, theirs = ctx.Pipe()
            proc = ctx.Process(target=_extraction_server, args=(name, pages, theirs), daemon=True)
            proc.start()
            procs.append(proc)
            conns[name] = ours
        for conn in conns.values():
            if conn.recv() != "ready":
                raise RuntimeError("an extraction process did not start")
        slices = [(i, min(i + _TURN_PAGES, len(pages))) for i in range(0, len(pages), _TURN_PAGES)]
        passes: dict[str, list[float]] = {name: [] for name in which}
        for _ in range(rounds):
            seconds = dict.fromkeys(which, 0.0)
            for turn, piece in enumerate(slices):
                for name in (which if turn % 2 == 0 else which[::-1]):
                    conns[name].send(piece)
                    seconds[name] += conns[name].recv()
            for name in which:
                passes[name].append(len(pages) / seconds[name])
        return passes
    finally:
        for conn in conns.values():
            try:
                conn.send(None)
            except OSError:
                pass
        for proc in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()


def _mean(rates: list[float]) -> float:
    return sum(rates) / len(rates)


def _rate_line(label: str, rates: list[float]) -> str:
    each = f" (passes: {', '.join(f'{r:.1f}' for r in rates)})" if len(rates) > 1 else ""
    return f"   {label:<21} {_mean(rates):8.1f} pages/s{each}"


def as_served(pages: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The pages under the URLs the local web serves them at (invented hosts, so no site profile applies and
    every page takes the generic path): what the crawl benchmark's workers extract."""
    return [(f"https://www.site00.example/news/2025/article-0-{i}-{i}", html) for i, (_, html) in enumerate(pages)]


def _worker_loop(pages: list[tuple[str, bytes]], barrier, out) -> None:  # type: ignore[no-untyped-def]
    import logging

    from crawler._pool import ExtractConfig, _extract_in_worker, _init_worker

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    _init_worker(ExtractConfig())
    _extract_in_worker(pages[0][1], "text/html", pages[0][0])  # warm up
    barrier.wait()
    t0 = time.perf_counter()
    for url, html in pages:
        _extract_in_worker(html, "text/html", url)
    out.put(time.perf_counter() - t0)


def bench_workers_alone(pages: list[tuple[str, bytes]], processes: int) -> float:
    """Pages/s of `processes` processes doing exactly what the crawl's extraction workers do with a page (its
    bytes decoded, the article extracted, its near-duplicate fingerprint computed, the heap trimmed as the
    workers trim it), side by side, with nothing else running: the most any crawl could reach on this
    machine with fetching and storing free."""
    ctx = multiprocessing.get_context("fork")
    barrier, out = ctx.Barrier(processes + 1), ctx.Queue()
    procs = [ctx.Process(target=_worker_loop, args=(pages, barrier, out)) for _ in range(processes)]
    for p in procs:
        p.start()
    barrier.wait()
    t0 = time.perf_counter()
    for _ in procs:
        out.get()
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join()
    return len(pages) * processes / elapsed


# -- the local web for the crawl benchmarks ----------------------------------------------------------------


def _serve(port_queue, hosts: int, per_host: int, page_limit: int | None) -> None:  # type: ignore[no-untyped-def]
    from crawler.localweb import LocalWeb, Page

    pages = real_pages(page_limit)
    web = LocalWeb()
    k = 0
    for h in range(hosts):
        host = f"www.site{h:02d}.example"
        urls = []
        for a in range(per_host):
            _, html = pages[k % len(pages)]
            k += 1
            path = f"/news/2025/article-{h}-{a}-{k % len(pages)}"
            url = f"https://{host}{path}"
            web.add(url, Page(body=html))
            web.add(f"http://127.0.0.1:{web.port}/{host}{path}", Page(body=html))
            urls.append(url)
        body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
        web.add(f"https://{host}/sitemap.xml", Page(
            body=(f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
                  ).encode(), content_type="application/xml"))
        web.add(f"https://{host}/robots.txt", Page(body=b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    web.start()
    port_queue.put(web.port)
    threading.Event().wait()


class NginxServer:
    """The same local web served by nginx from files (when nginx is installed): serving then costs the
    machine almost nothing, so the crawl's own cost is what is measured."""

    def __init__(self, hosts: int, per_host: int, page_limit: int | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="crawl-web-"))
        self.dir.chmod(0o755)  # nginx workers run as an unprivileged user
        pages = real_pages(page_limit)
        self.hosts = [f"www.site{h:02d}.example" for h in range(hosts)]
        k = 0
        for h, host in enumerate(self.hosts):
            root = self.dir / host
            (root / "news" / "2025").mkdir(parents=True)
            urls = []
            for a in range(per_host):
                _, html = pages[k % len(pages)]
                k += 1
                path = f"/news/2025/article-{h}-{a}-{k % len(pages)}"
                (root / path.lstrip("/")).write_bytes(html)
                urls.append(f"https://{host}{path}")
            body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            (root / "sitemap.xml").write_text(
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>')
            (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
            # the same files at http://127.0.0.1:PORT/<host>/... for trafilatura's command line
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        conf = self.dir / "nginx.conf"
        conf.write_text(rf"""
worker_processes 1;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    types {{ application/xml xml; text/plain txt; }}
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{self.port};
        location ~ ^/(www\.site[0-9]+\.example)/(.*)$ {{ root {self.dir}; try_files /$1/$2 =404; }}
        location / {{ root {self.dir}/$host; }}
    }}
}}
""")
        self.proc = subprocess.Popen(["nginx", "-c", str(conf), "-g", "daemon off;"], stderr=subprocess.PIPE)
        time.sleep(0.5)
        if self.proc.poll() is not None:
            raise RuntimeError(f"nginx did not start: {self.proc.stderr.read().decode()[-500:]}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)
        shutil.rmtree(self.dir, ignore_errors=True)


def make_server(hosts: int, per_host: int, page_limit: int | None = None):  # type: ignore[no-untyped-def]
    if shutil.which("nginx"):
        return NginxServer(hosts, per_host, page_limit)
    return Server(hosts, per_host, page_limit)


class Server:
    """The local web in its own process, so serving does not share the crawl's interpreter."""

    def __init__(self, hosts: int, per_host: int, page_limit: int | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")
        q = ctx.Queue()
        self.proc = ctx.Process(target=_serve, args=(q, hosts, per_host, page_limit), daemon=True)
        self.proc.start()
        self.port = q.get(timeout=300)
        self.hosts = [f"www.site{h:02d}.example" for h in range(hosts)]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.join(5)


def _process_tree(pid: int) -> list[int]:
    """A process and all its living descendants, from /proc (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        if p in out:
            continue
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(x) for x in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return out


def _rss_tree_mb(pid: int) -> float:
    """Memory of a process and all its descendants, MB: the sum of their proportional set sizes (PSS: a page
    shared by n processes counts 1/n in each, so shared libraries and the models the extraction workers share
    are counted once), from /proc (Linux); resident size where PSS is not available."""
    total = 0
    for p in _process_tree(pid):
        try:
            try:
                with open(f"/proc/{p}/smaps_rollup") as fh:
                    total += next(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
            except (FileNotFoundError, StopIteration, PermissionError):
                with open(f"/proc/{p}/status") as fh:
                    total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
        except (FileNotFoundError, ProcessLookupError, PermissionError, StopIteration):
            continue
    return total / 1024


def _tree_cpu(pid: int, last: dict[int, float]) -> None:
    """Record the CPU time (user + system, seconds) of a process and each of its descendants in `last`, by pid:
    the last value seen of a worker that has since exited stays counted."""
    tick = os.sysconf("SC_CLK_TCK")
    for p in _process_tree(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            last[p] = (int(fields[11]) + int(fields[12])) / tick
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError, ValueError):
            continue


# -- 2. crawl ------------------------------------------------------------------------------------------------


def bench_crawl(server, total: int, workers: int, tmp: Path) -> dict[str, float]:
    db = tmp / "crawl.db"
    resolve = ", ".join(f'"{h}" = "http://127.0.0.1:{server.port}"' for h in server.hosts)
    sources = "".join(f'[[sources]]\nsitemap = "https://{h}/sitemap.xml"\n' for h in server.hosts)
    from crawler._config import CrawlConfig

    private = "allow_private_addresses = true\n" if "allow_private_addresses" in CrawlConfig.__dataclass_fields__ \
        else ""
    config = tmp / "crawl.toml"
    config.write_text(
        f'[crawl]\ndb = "{db}"\ndelay = 0\nconcurrency = 16\nper_host_concurrency = 2\nworkers = {workers}\n'
        f"max_pages = {total}\nmax_time = \"2h\"\n{private}resolve = {{ {resolve} }}\n\n"
        f"{sources}", encoding="utf-8")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "run", "--config", str(config), "--log-json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = peak_1k = 0.0
    stored_at_1k = None
    import sqlite3

    cpu: dict[int, float] = {}
    while proc.poll() is None:
        time.sleep(0.5)
        rss = _rss_tree_mb(proc.pid)
        _tree_cpu(proc.pid, cpu)
        peak = max(peak, rss)
        if stored_at_1k is None and db.exists():
            try:
                with closing(sqlite3.connect(db, timeout=1)) as conn:
                    n = conn.execute("SELECT count(*) FROM fetches").fetchone()[0]
            except sqlite3.Error:
                n = 0
            peak_1k = max(peak_1k, rss)
            if n >= 1000:
                stored_at_1k = n
    elapsed = time.perf_counter() - t0
    out, err = proc.communicate()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"crawl run failed ({proc.returncode}): {err.decode()[-2000:]}")
    with closing(sqlite3.connect(db)) as conn:
        fetched = conn.execute("SELECT count(*) FROM fetches WHERE url LIKE '%/news/%'").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    summary = json.loads(out.decode().strip().splitlines()[-1])
    # the crawl's own process is the summary's cpu_s; every other process of the tree (the fork server, the
    # workers, multiprocessing's resource tracker) is counted as extraction
    others = sum(v for p, v in cpu.items() if p != proc.pid)
    return {"pages": fetched, "stored": stored, "seconds": elapsed, "pages_per_s": fetched / elapsed,
            "run_seconds": summary["elapsed_s"], "main_cpu_ms": summary["cpu_s"] / max(1, fetched) * 1000,
            "worker_cpu_ms": others / max(1, fetched) * 1000,
            "busy": (summary["cpu_s"] + others) / ((os.cpu_count() or 1) * elapsed),
            "peak_rss_mb_1k": peak_1k, "peak_rss_mb": peak}


# -- 3. peer --------------------------------------------------------------------------------------------------


def bench_trafilatura_cli(server, total: int, workers: int, tmp: Path) -> dict[str, float] | None:
    exe = shutil.which("trafilatura") or str(Path(sys.executable).with_name("trafilatura"))
    if not Path(exe).exists():
        return None
    import re

    # the same pages at http://127.0.0.1:PORT/<host>/<path> (trafilatura cannot route host names)
    listing = []
    import urllib.request

    for host in server.hosts:
        data = urllib.request.urlopen(_host_request(server.port, host, "/sitemap.xml")).read()
        for loc in re.findall(rb"<loc>(.*?)</loc>", data):
            path = loc.decode().split(host, 1)[1]
            listing.append(f"http://127.0.0.1:{server.port}/{host}{path}")
    listing = listing[:total]
    (tmp / "urls.txt").write_text("\n".join(listing) + "\n")
    # the same conditions as the crawl: no politeness delay, and local addresses allowed (trafilatura blocks
    # non-public addresses by default)
    import trafilatura

    settings = (Path(trafilatura.__file__).with_name("settings.cfg")).read_text(encoding="utf-8")
    settings = re.sub(r"(?m)^SLEEP_TIME = .*$", "SLEEP_TIME = 0", settings)
    settings = re.sub(r"(?m)^SSRF_PROTECTION = .*$", "SSRF_PROTECTION = off", settings)
    (tmp / "trafilatura.cfg").write_text(settings, encoding="utf-8")
    outdir = tmp / "traf-out"
    t0 = time.perf_counter()
    proc = subprocess.run([exe, "-i", str(tmp / "urls.txt"), "-o", str(outdir), "--parallel", str(workers),
                           "--config-file", str(tmp / "trafilatura.cfg")], capture_output=True, timeout=7200)
    elapsed = time.perf_counter() - t0
    written = sum(1 for _ in outdir.glob("*")) if outdir.exists() else 0
    return {"pages": len(listing), "written": written, "seconds": elapsed, "pages_per_s": len(listing) / elapsed,
            "returncode": proc.returncode}


def _host_request(port: int, host: str, path: str):  # type: ignore[no-untyped-def]
    import urllib.request

    return urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})


# -- 4. growth ------------------------------------------------------------------------------------------------


def bench_growth(sizes: list[int], sample: int, tmp: Path) -> list[tuple[int, float]]:
    """ms per page (dedup fingerprint, lookup and the store write) with `size` articles already stored."""
    import random
    import sqlite3

    from bench.dedup import build_corpus, real_paragraphs
    from crawler import Article
    from crawler import _dedup as dedup
    from crawler._text import content_hash
    from crawler.store import open_store

    paras = real_paragraphs()
    if len(paras) < 200:
        paras = [f"Paragraph {i} about the council and the harbour plan, with figures {i * 7} and {i * 13}."
                 for i in range(2000)]
    out = []
    db = tmp / "growth.db"
    store = open_store(db)
    corpus = build_corpus(max(sizes) + sample * len(sizes), paras)
    stored = 0
    rng = random.Random(3)
    for size in sizes:
        # bulk-fill up to `size` in big transactions (not timed)
        store.conn.execute("BEGIN IMMEDIATE")
        while stored < size:
            item = corpus[stored]
            url = f"https://fill{stored % 101}.example/n/{stored}"
            store.save_article(Article(url=url, canonical_url=url, title="t", body=item.body,
                                       content_hash=content_hash(item.body), published_at=item.published),
                               signature=dedup.fingerprint(item.body))
            stored += 1
        store.conn.execute("COMMIT")
        t0 = time.perf_counter()
        for j in range(sample):
            item = corpus[max(sizes) + rng.randrange(sample * len(sizes))]
            url = f"https://probe.example/{size}/{j}"
            store.save_article(Article(url=url, canonical_url=url, title="t", body=item.body,
                                       content_hash=content_hash(item.body), published_at=item.published),
                               signature=dedup.fingerprint(item.body))
        out.append((size, (time.perf_counter() - t0) / sample * 1000))
    store.close()
    del sqlite3
    return out


# -- 5. export memory ----------------------------------------------------------------------------------------


def bench_export(rows: int, tmp: Path) -> dict[str, float]:
    """Peak memory of `crawl export` over `rows` stored articles, to /dev/null (streaming: flat in rows)."""
    import sqlite3

    from crawler.store import open_store

    db = tmp / f"export-{rows}.db"
    open_store(db).close()  # the schema, made by the store itself
    body = "Paragraph one of a stored article. " * 40 + "\n\n" + "Paragraph two with more words. " * 40
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TRIGGER IF EXISTS articles_ai")  # bulk fill without the FTS index (not measured)
        conn.executemany(
            "INSERT INTO articles (canonical_url, site, title, body, first_seen_at, last_fetched_at, last_changed_at)"
            " VALUES (?, 'bulk.example', ?, ?, '2025-01-01', '2025-01-01', '2025-01-01')",
            ((f"https://bulk.example/{i}", f"Article {i}", body) for i in range(rows)))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "export", "--db", str(db), "--format", "jsonl"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _rss_tree_mb(proc.pid))
        time.sleep(0.05)
    return {"rows": rows, "seconds": time.perf_counter() - t0, "peak_rss_mb": peak}


# -- main ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, to check that everything runs")
    ap.add_argument("--only", default="extraction,crawl,peer,growth,export")
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--per-host", type=int, default=200)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--trials", type=int, default=None,
                    help="extraction: how many times both extractors are measured, alternately (median ratio); "
                         "3, or 1 with --smoke")
    args = ap.parse_args(argv)
    if args.trials is not None and args.trials < 1:
        ap.error("--trials must be at least 1")
    parts = set(args.only.split(","))
    if args.smoke:
        args.hosts, args.per_host = 3, 4
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores; python {sys.version.split()[0]}")
    if "extraction" in parts or "crawl" in parts:
        pages = real_pages(20 if args.smoke else None)
        served_pages = as_served(pages)
        print(f"\n1. extraction, one process, {len(pages)} pages")
        print("   each in a fresh process of its own, the mean of two passes over the pages; the two take turns over "
              f"slices of {_TURN_PAGES} pages, never running at once")
        trials = args.trials or (1 if args.smoke else 3)
        if trials > 1:
            print(f"   {trials} trials, fresh processes for each (the median of the trials' ratios)")
        ratios = []
        for trial in range(trials):
            extraction = bench_extraction(pages)
            ratios.append(_mean(extraction["crawler"]) / _mean(extraction["trafilatura"]))
            if trials > 1:
                print(f"   trial {trial + 1}")
            print(_rate_line("trafilatura.extract", extraction["trafilatura"]))
            print(_rate_line("crawl extract_article", extraction["crawler"]))
            print(f"   ratio                 {ratios[-1]:8.2f} x")
        if trials > 1:
            print(f"   median ratio          {statistics.median(ratios):8.2f} x "
                  f"(trials: {', '.join(f'{r:.2f}' for r in ratios)})")
    if "crawl" in parts:
        # the crawl's limit is set by the extraction of the pages it crawls, as it crawls them
        served = bench_extraction(served_pages)
        served_rate = _mean(served["crawler"])
        print("\n   the same pages as the crawl benchmark serves them (invented hosts: no profile, all generic)")
        print(_rate_line("trafilatura.extract", served["trafilatura"]))
        print(_rate_line("crawl extract_article", served["crawler"]))
        one = bench_workers_alone(served_pages, 1)
        alone = bench_workers_alone(served_pages, args.workers)
        print("   what a crawl worker does with a page (bytes decoded, extracted, fingerprinted, heap trimmed):")
        print(f"   one process           {one:8.1f} pages/s")
        print(f"   {args.workers} processes side by side, nothing else running: {alone:.1f} pages/s = "
              f"{alone / (cores * served_rate):.0%} of {cores} x the extract_article rate just above (the "
              f"extraction-bound limit: the most a crawl could reach of it if fetching and storing cost nothing)")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        total = args.hosts * args.per_host
        if parts & {"crawl", "peer"}:
            server = make_server(args.hosts, args.per_host, 20 if args.smoke else None)
            print(f"\nlocal web: {type(server).__name__} on 127.0.0.1:{server.port}")
            try:
                if "crawl" in parts:
                    r = bench_crawl(server, total, args.workers, tmp)
                    # this machine's speed drifts (a shared host): the single-process rate is measured again
                    # right after the crawl, and the limit uses the mean of the two
                    after = bench_extraction(served_pages, rounds=1, which=("crawler",))["crawler"][0]
                    rate = (served_rate + after) / 2
                    limit = cores * rate
                    print(f"\n2. crawl run: {args.hosts} hosts x {args.per_host} articles, {args.workers} workers")
                    print(f"   {r['pages']} pages in {r['seconds']:.1f} s = {r['pages_per_s']:.1f} pages/s "
                          f"({r['stored']} articles stored; the run itself {r['run_seconds']:.1f} s)")
                    print(f"   the crawl's own process: {r['main_cpu_ms']:.2f} ms CPU per page (fetch, store, dedup)")
                    print(f"   extraction-bound limit {cores} cores x {rate:.1f} pages/s (one process, these pages: "
                          f"{served_rate:.1f} before the crawl, {after:.1f} after) = "
                          f"{limit:.1f} pages/s; reached {r['pages_per_s'] / limit:.0%}")
                    print(f"   CPU per page: crawl process {r['main_cpu_ms']:.2f} ms, extraction workers "
                          f"{r['worker_cpu_ms']:.2f} ms (one process alone: {1000 / rate:.2f} ms); "
                          f"machine busy {r['busy']:.0%}")
                    print(f"   peak memory: {r['peak_rss_mb_1k']:.0f} MB at 1,000 pages, {r['peak_rss_mb']:.0f} MB "
                          f"at {r['pages']} pages")
                if "peer" in parts:
                    p = bench_trafilatura_cli(server, total, args.workers, tmp)
                    print(f"\n3. trafilatura -i urls.txt --parallel {args.workers}, same server, {total} pages")
                    if p is None:
                        print("   trafilatura command not found")
                    else:
                        print(f"   trafilatura CLI: {p['seconds']:.1f} s ({p['pages_per_s']:.1f} pages/s, "
                              f"{p['written']} output files: it names each by a hash of the page's most frequent words, so "
                              f"pages share names)")
                        if "crawl" in parts:
                            print(f"   crawl run:       {r['seconds']:.1f} s ({r['pages_per_s']:.1f} pages/s)")
                            print(f"   ratio (trafilatura time / crawl time): {p['seconds'] / r['seconds']:.2f} x")
            finally:
                server.stop()
        if "growth" in parts:
            sizes = [100, 300] if args.smoke else [1_000, 10_000, 100_000]
            g = bench_growth(sizes, 20 if args.smoke else 300, tmp)
            print("\n4. cost per stored page as the database grows (fingerprint, LSH lookup, write)")
            for size, ms in g:
                print(f"   {size:>7} stored: {ms:.2f} ms per page")
        if "export" in parts:
            print("\n5. crawl export --format jsonl, peak memory (streamed)")
            for rows in ([200, 2000] if args.smoke else [10_000, 100_000, 1_000_000]):
                e = bench_export(rows, tmp)
                print(f"   {e['rows']:>9} rows: {e['seconds']:.1f} s, peak {e['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
