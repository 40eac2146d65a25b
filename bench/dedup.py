"""Near-duplicate detection at scale: index N articles and measure speed, size and accuracy.

The corpus is synthetic but built from real text: paragraphs of the real article bodies in ../shared/data
(the aeb-dev ground truth and Fundus's expected bodies). Each *story* is a random run of real paragraphs; a
share of stories get *copies* with the edits syndication makes (another dateline, a trimmed ending, inserted
"Related" lines, a changed figure, a headline and lead printed twice then cleaned); a share of stories get a
*sibling*: a different story about the same event that shares one or two paragraphs (quotes) with it.

Printed: inserts per second, lookup time at several database sizes, database size per article, recall (copies
that joined their story's cluster), false links (distinct stories put in another story's cluster) at the
configured threshold, and the similarity separation between copies and siblings.

    python -m bench.dedup                 # 100,000 articles
    python -m bench.dedup --n 5000        # a quick run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"

if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from crawler import Article  # noqa: E402
from crawler import _dedup as dedup  # noqa: E402
from crawler._text import content_hash  # noqa: E402
from crawler.store import open_store  # noqa: E402


def real_paragraphs() -> list[str]:
    paras: list[str] = []
    gt = SHARED / "aeb-dev" / "ground-truth.json"
    if gt.exists():
        for item in json.loads(gt.read_text(encoding="utf-8")).values():
            paras += [p.strip() for p in item["articleBody"].split("\n") if len(p.split()) >= 12]
    manifest = SHARED / "fundus" / "manifest.json"
    if manifest.exists():
        seen = set()
        for row in json.loads(manifest.read_text(encoding="utf-8")):
            if row["json"] in seen:
                continue
            seen.add(row["json"])
            for version in json.loads((SHARED / "fundus" / row["json"]).read_text(encoding="utf-8")).values():
                for section in (version.get("body") or {}).get("sections", []):
                    paras += [p.strip() for p in section.get("paragraphs", []) if len(p.split()) >= 12]
    return list(dict.fromkeys(paras))


@dataclass
class Item:
    story: int
    kind: str  # story, copy, sibling
    body: str
    published: str


def build_corpus(n: int, paras: list[str], seed: int = 7) -> list[Item]:
    """Stories made of new paragraphs: each paragraph joins 2-3 real sentences drawn from the whole pool, so
    two stories share text only where the corpus builds it in (copies and same-event siblings), as on the web,
    not because a small pool of paragraphs is reused across 100,000 articles."""
    rng = random.Random(seed)
    sentences = [s.strip() + "." for p in paras for s in p.split(". ") if len(s.split()) >= 6]
    items: list[Item] = []
    story = 0
    t0 = 1_700_000_000
    while len(items) < n:
        k = rng.randint(5, 10)
        body_paras = [" ".join(rng.sample(sentences, rng.randint(2, 3))) for _ in range(k)]
        when = t0 + story * 60
        items.append(Item(story, "story", "\n\n".join(body_paras), _iso(when)))
        roll = rng.random()
        if roll < 0.35:  # syndicated copies
            for c in range(rng.randint(1, 4)):
                items.append(Item(story, "copy", "\n\n".join(_edit(body_paras, rng)), _iso(when + 600 * (c + 1))))
        elif roll < 0.5:  # a different story about the same event, sharing a quote or two
            shared = rng.sample(body_paras, min(2, len(body_paras)))
            own = [" ".join(rng.sample(sentences, rng.randint(2, 3))) for _ in range(rng.randint(5, 9))]
            sib = own[:2] + shared[:1] + own[2:] + shared[1:]
            items.append(Item(-story - 1, "sibling", "\n\n".join(sib), _iso(when + 300)))
        story += 1
    return items[:n]


def _iso(ts: int) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).isoformat()


def _edit(paras: list[str], rng: random.Random) -> list[str]:
    out = list(paras)
    edits = rng.sample(["dateline", "trim", "related", "figure", "lead"], rng.randint(1, 3))
    if "dateline" in edits:
        out[0] = rng.choice(["LONDON (AP) — ", "NEW YORK — ", "PARIS, France – ", ""]) + out[0]
    if "trim" in edits and len(out) > 4:
        out = out[: max(3, int(len(out) * rng.uniform(0.6, 0.85)))]
    if "related" in edits:
        out.insert(rng.randint(1, len(out) - 1), "RELATED: " + rng.choice(["Markets slide", "Talks resume"]))
    if "figure" in edits:
        out[-1] = out[-1].replace("1", "2", 1) if "1" in out[-1] else out[-1] + " (Updated.)"
    if "lead" in edits:
        out.insert(0, out[0].split(". ")[0] + ".")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--threshold", type=float, default=dedup.DedupSettings().threshold)
    ap.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    args = ap.parse_args(argv)
    paras = real_paragraphs()
    if len(paras) < 200:
        print("not enough real text under ../shared/data to build the corpus", file=sys.stderr)
        return 2
    corpus = build_corpus(args.n, paras)
    tmp = tempfile.TemporaryDirectory()
    db_path = args.db or Path(tmp.name) / "dedup.db"
    checkpoints = sorted({c for c in (1_000, 10_000, 100_000, args.n) if c <= args.n})
    print(f"{len(paras)} real paragraphs; {args.n} articles "
          f"({sum(1 for i in corpus if i.kind == 'story')} stories, {sum(1 for i in corpus if i.kind == 'copy')} copies, "
          f"{sum(1 for i in corpus if i.kind == 'sibling')} same-event siblings); threshold {args.threshold}")
    store = open_store(db_path, dedup=dedup.DedupSettings(threshold=args.threshold))
    ids: dict[int, int] = {}  # story -> article id of its original
    placed: list[tuple[Item, int]] = []
    t_start = time.perf_counter()
    window_t = t_start
    print(f"{'articles':>9}{'inserts/s':>11}{'lookup ms':>11}{'db bytes/article':>18}")
    lookup_times: list[float] = []
    batch = store.batch()
    batch.__enter__()  # writes grouped in transactions, committed every 200 articles, as `crawl run` does
    for i, item in enumerate(corpus, start=1):
        if i % 200 == 0:
            store.commit()
        url = f"https://outlet{i % 97}.example/news/{i}"
        art = Article(url=url, canonical_url=url, title=f"Article {i}", body=item.body,
                      content_hash=content_hash(item.body), published_at=item.published)
        sig = dedup.fingerprint(item.body)
        t0 = time.perf_counter()
        assert sig is not None
        store._best_match(-1, sig, dedup.band_keys(sig.sig))  # the lookup alone, timed
        lookup_times.append(time.perf_counter() - t0)
        saved = store.save_article(art, signature=sig)
        if item.kind == "story":
            ids[item.story] = saved.article_id
        placed.append((item, saved.article_id))
        if i in checkpoints:
            store.commit()
            now = time.perf_counter()
            rate = (i - (checkpoints[checkpoints.index(i) - 1] if checkpoints.index(i) else 0)) / (now - window_t)
            window_t = now
            recent = lookup_times[-1000:]
            size = os.path.getsize(db_path) + (os.path.getsize(str(db_path) + "-wal")
                                               if os.path.exists(str(db_path) + "-wal") else 0)
            print(f"{i:>9}{rate:>11.0f}{statistics.mean(recent) * 1000:>11.3f}{size / i:>18.0f}")
    batch.__exit__(None, None, None)
    total = time.perf_counter() - t_start
    cluster = dict(store.conn.execute("SELECT id, cluster_id FROM articles"))
    copies = [(it, aid) for it, aid in placed if it.kind == "copy"]
    hits = sum(1 for it, aid in copies if cluster[aid] == cluster[ids[it.story]])
    distinct = [(it, aid) for it, aid in placed if it.kind in ("story", "sibling")]
    members = {}
    for aid, cid in cluster.items():
        members.setdefault(cid, []).append(aid)
    story_of = {aid: (it.story if it.kind != "sibling" else it.story) for it, aid in placed}
    false_links = 0
    for it, aid in distinct:
        others = {story_of[m] for m in members[cluster[aid]] if m != aid}
        if any(o != story_of[aid] for o in others):
            false_links += 1
    print(f"\nall {args.n} inserts: {args.n / total:.0f}/s (signature, lookup, insert, FTS and cluster update; committed every 200)")
    print(f"recall (copies in their story's cluster): {hits}/{len(copies)} = {hits / max(1, len(copies)):.4f}")
    print(f"false links (distinct stories clustered with another): {false_links}/{len(distinct)} = "
          f"{false_links / max(1, len(distinct)):.4f}")
    # separation: similarity of copies and siblings to their story
    sample = random.Random(1).sample([p for p in placed if p[0].kind in ("copy", "sibling")],
                                     min(2000, sum(1 for p in placed if p[0].kind in ("copy", "sibling"))))
    sims: dict[str, list[float]] = {"copy": [], "sibling": []}
    for it, aid in sample:
        story = it.story if it.kind == "copy" else -it.story - 1
        a, b = store._load_signature(aid), store._load_signature(ids[story])
        if a and b:
            sims[it.kind].append(dedup.similarity(a, b))
    for kind, values in sims.items():
        if values:
            qs = statistics.quantiles(values, n=20)
            print(f"similarity of {kind}s to their story: min {min(values):.3f}  5% {qs[0]:.3f}  median "
                  f"{statistics.median(values):.3f}  95% {qs[-1]:.3f}  max {max(values):.3f}")
    store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
