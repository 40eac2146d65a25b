"""Syndicated and near copies end in one cluster; different stories stay apart; history is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crawler
from crawler import _dedup as dedup
from crawler.store import open_store

from .conftest import ROOT

FAMILY = ["original", "daily-courier", "metro-herald", "globe-times"]
SAME_EVENT_OTHER_STORY = "harbour-gazette-own-report"
JAPANESE = ["ja-original", "ja-copy"]


def load(name: str) -> crawler.Article:
    base = ROOT / "fixtures" / "syndication"
    url = json.loads((base / f"{name}.expected.json").read_text())["url"]
    return crawler.extract_article((base / f"{name}.html").read_bytes(), url)


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with open_store(tmp_path / "a.db") as s:
        yield s


def clusters(store) -> dict[str, tuple[int, float]]:  # type: ignore[no-untyped-def]
    return {url: (cid, sim) for url, cid, sim in
            store.conn.execute("SELECT canonical_url, cluster_id, similarity FROM articles")}


@pytest.mark.parametrize("order", [FAMILY, list(reversed(FAMILY))], ids=["in order", "reversed"])
def test_one_wire_story_from_four_outlets_is_one_cluster(store, order) -> None:  # type: ignore[no-untyped-def]
    ids = {}
    for name in order + [SAME_EVENT_OTHER_STORY]:
        ids[name] = store.save_article(load(name)).article_id
    rows = {name: store.conn.execute("SELECT cluster_id, similarity FROM articles WHERE id = ?",
                                     (ids[name],)).fetchone() for name in ids}
    # the earliest-published copy heads the cluster, whatever the order they arrived in
    assert {rows[n][0] for n in FAMILY} == {ids["original"]}
    assert rows["original"][1] == 1.0
    assert all(rows[n][1] >= 0.5 for n in FAMILY)
    # another outlet's own story on the same event is not a copy
    assert rows[SAME_EVENT_OTHER_STORY][0] == ids[SAME_EVENT_OTHER_STORY]
    stories = store.conn.execute("SELECT id, copies FROM stories ORDER BY id").fetchall()
    assert sorted(c for _, c in stories) == [1, 4]


def test_japanese_copies_are_linked_and_kept_apart_from_english(store) -> None:  # type: ignore[no-untyped-def]
    for name in JAPANESE + FAMILY[:1]:
        store.save_article(load(name))
    rows = store.conn.execute("SELECT language, cluster_id FROM articles ORDER BY id").fetchall()
    ja = {cid for lang, cid in rows if lang == "ja"}
    en = {cid for lang, cid in rows if lang == "en"}
    assert len(ja) == 1 and len(en) == 1 and ja != en


def test_similarity_separates_copies_from_other_stories() -> None:
    sig = {n: dedup.fingerprint(load(n).body) for n in FAMILY + [SAME_EVENT_OTHER_STORY] + JAPANESE}
    copies = [dedup.similarity(sig["original"], sig[n]) for n in FAMILY[1:]]
    assert min(copies) >= 0.6
    assert dedup.similarity(sig["original"], sig[SAME_EVENT_OTHER_STORY]) < 0.1
    assert dedup.similarity(sig["ja-original"], sig["ja-copy"]) >= 0.6


def test_signatures_and_keys_are_deterministic() -> None:
    body = load("original").body
    a, b = dedup.signature(body), dedup.signature(body)
    assert a == b and dedup.band_keys(a) == dedup.band_keys(b)  # type: ignore[arg-type]
    assert len(a) == dedup.NUM_PERM and len(dedup.band_keys(a)) == dedup.BANDS  # type: ignore[arg-type]
    assert dedup.unpack(dedup.pack(a)) == a  # type: ignore[arg-type]
    assert dedup.signature("") is None


def test_exact_copy_at_another_url_is_recorded_as_a_copy(store) -> None:  # type: ignore[no-untyped-def]
    a = load("original")
    first = store.save_article(a)
    a.url = a.canonical_url = "https://mirror.example/world/rotterdam-strike"
    second = store.save_article(a)
    assert first.status == "new" and second.status == "duplicate"
    row = store.article_row(second.article_id)
    assert row["duplicate_of"] == first.article_id and row["cluster_id"] == first.article_id
    assert row["similarity"] == 1.0


def test_an_update_keeps_the_history_and_the_cluster(store) -> None:  # type: ignore[no-untyped-def]
    head = store.save_article(load("original"))
    copy = load("metro-herald")
    saved = store.save_article(copy)
    assert saved.cluster_id == head.article_id
    copy.body = copy.body.replace("41 vessels", "57 vessels")
    from crawler._text import content_hash

    copy.content_hash = content_hash(copy.body)
    again = store.save_article(copy)
    assert again.status == "updated" and again.article_id == saved.article_id
    assert again.cluster_id == head.article_id
    versions = store.conn.execute("SELECT version, body FROM article_versions WHERE article_id = ?",
                                  (saved.article_id,)).fetchall()
    assert len(versions) == 1 and "41 vessels" in versions[0][1]
    row = store.article_row(saved.article_id)
    assert "57 vessels" in row["body"] and row["version"] == 2
    # a death-toll style change of digits is a new version, never the same content
    assert store.save_article(copy).status == "unchanged"


def test_lookups_use_the_band_index(store) -> None:  # type: ignore[no-untyped-def]
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT article_id FROM lsh_bands WHERE band_key IN (1, 2, 3) AND article_id != 1"
    ).fetchall()
    assert any("PRIMARY KEY" in str(r) or "USING" in str(r) for r in plan), plan


def test_band_keys_are_stable_across_versions() -> None:
    """Stored databases hold these keys: a key function that changed would silently split new copies from
    the articles already stored. Band b's key is the signed blake2b-64 of b and its three rows, each as
    little-endian unsigned 32 bits; the values below were computed that way, by the first implementation."""
    sig = [(i * 2654435761) & 0xFFFFFFFF for i in range(dedup.NUM_PERM)]
    keys = dedup.band_keys(sig)
    assert (keys[0], keys[1], keys[41]) == (6704544221532540571, 5288841470828054115, 688901882336160648)
    # values outside 32 bits (or negative) are reduced to their low 32 bits first
    assert dedup.band_keys([x - (1 << 32) if i % 2 else x + (5 << 32) for i, x in enumerate(sig)]) == keys


def rewrite(article: crawler.Article, body: str) -> crawler.Article:
    """`article` with another body (as a re-fetch of its page would give it)."""
    from crawler._text import content_hash

    article.body, article.content_hash = body, content_hash(body)
    return article


def test_a_head_rewritten_into_another_story_leaves_its_copies_a_story_of_their_own(store) -> None:  # type: ignore[no-untyped-def]
    ids = {name: store.save_article(load(name)).article_id for name in FAMILY}
    assert {store.article_row(i)["cluster_id"] for i in ids.values()} == {ids["original"]}
    # the wire desk reuses the page for another story
    other = load(SAME_EVENT_OTHER_STORY).body
    assert store.save_article(rewrite(load("original"), other)).status == "updated"
    rows = {name: store.article_row(i) for name, i in ids.items()}
    assert rows["original"]["cluster_id"] == ids["original"]
    # the copies of the port strike story gather under the earliest of them (the exact copy of the old text)
    assert {rows[n]["cluster_id"] for n in FAMILY[1:]} == {ids["daily-courier"]}
    assert rows["daily-courier"]["similarity"] == 1.0 and all(rows[n]["similarity"] >= 0.5 for n in FAMILY[1:])
    # metro-herald was filed as an exact copy of the old text: it is the original of that text now
    assert rows["metro-herald"]["duplicate_of"] is None
    stories = {r["id"]: r["copies"] for r in store.iter_articles(dedup=True)}
    assert stories == {ids["original"]: 1, ids["daily-courier"]: 3}


def test_a_copy_rewritten_into_another_stored_story_joins_it(store) -> None:  # type: ignore[no-untyped-def]
    ids = {name: store.save_article(load(name)).article_id for name in FAMILY + [SAME_EVENT_OTHER_STORY]}
    gazette = load(SAME_EVENT_OTHER_STORY).body
    store.save_article(rewrite(load("globe-times"), gazette))
    row = store.article_row(ids["globe-times"])
    # one story now, headed by the earlier-published of the two
    assert store.article_row(ids[SAME_EVENT_OTHER_STORY])["cluster_id"] == row["cluster_id"] == ids["globe-times"]
    assert store.article_row(ids[SAME_EVENT_OTHER_STORY])["similarity"] == 1.0
    assert row["duplicate_of"] == ids[SAME_EVENT_OTHER_STORY]
    assert store.article_row(ids["daily-courier"])["cluster_id"] == ids["original"]  # the rest stays
    # its text gone (a page emptied), it matches nothing: no signature left to match
    store.save_article(rewrite(load("globe-times"), ""))
    row = store.article_row(ids["globe-times"])
    assert (row["cluster_id"], row["duplicate_of"]) == (ids["globe-times"], None)
    assert store.conn.execute("SELECT count(*) FROM lsh_bands WHERE article_id = ?",
                              (ids["globe-times"],)).fetchone()[0] == 0


def test_an_exact_copy_of_a_rewritten_article_is_refiled_under_the_first_copy(store) -> None:  # type: ignore[no-untyped-def]
    first = store.save_article(load("original")).article_id
    mirrors = []
    for host in ("mirror-one", "mirror-two"):
        copy = load("original")
        copy.url = copy.canonical_url = f"https://{host}.example/world/rotterdam-strike"
        mirrors.append(store.save_article(copy).article_id)
    assert [store.article_row(m)["duplicate_of"] for m in mirrors] == [first, first]
    store.save_article(rewrite(load("original"), load(SAME_EVENT_OTHER_STORY).body))
    assert [store.article_row(m)["duplicate_of"] for m in mirrors] == [None, mirrors[0]]
    assert [store.article_row(m)["cluster_id"] for m in mirrors] == [mirrors[0], mirrors[0]]


def test_reclustering_lookups_use_indexes(store) -> None:  # type: ignore[no-untyped-def]
    for sql in ("SELECT id FROM articles WHERE cluster_id = 1 AND id != 1",
                "SELECT min(id) FROM articles WHERE content_hash = 'x' AND duplicate_of = 1",
                "SELECT min(id) FROM articles WHERE content_hash = 'x' AND id != 1"):
        plan = " ".join(str(r) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)
