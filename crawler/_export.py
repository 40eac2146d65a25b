"""Exporting stored articles: JSON Lines, CSV, or Markdown (one file per article), streamed row by row so a
million rows export in constant memory."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "csv", "markdown")

#: CSV columns, in order; list fields are JSON-encoded in their cell
CSV_COLUMNS = (
    "id", "canonical_url", "url", "site", "title", "subtitle", "authors", "agency", "published_at", "updated_at",
    "language", "dateline", "section", "tags", "access", "word_count", "reading_time", "body", "key_points", "notes",
    "sources", "citations", "image", "content_hash", "profile", "profile_miss", "cluster_id", "similarity",
    "duplicate_of", "version", "first_seen_at", "last_fetched_at",
)
_INTERNAL = {"fetch_count", "last_changed_at"}


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _INTERNAL}


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(_public(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in rows:
        cells = []
        for col in CSV_COLUMNS:
            value = row.get(col)
            if isinstance(value, (list, dict)):
                value = json.dumps(value, ensure_ascii=False)
            elif isinstance(value, bool):
                value = int(value)
            cells.append("" if value is None else value)
        writer.writerow(cells)
        n += 1
    return n


def slug(text: str, limit: int = 60) -> str:
    s = re.sub(r"[^\w]+", "-", (text or "").lower(), flags=re.U).strip("-")
    return s[:limit].rstrip("-") or "article"


def to_markdown(row: dict[str, Any]) -> str:
    """One article as Markdown with YAML-style front matter."""
    meta = {
        "title": row.get("title"), "url": row.get("canonical_url"), "site": row.get("site"),
        "authors": row.get("authors") or [], "agency": row.get("agency"), "published": row.get("published_at"),
        "updated": row.get("updated_at"), "language": row.get("language"), "access": row.get("access"),
        "words": row.get("word_count"),
    }
    lines = ["---"]
    for k, v in meta.items():
        if v in (None, [], ""):
            continue
        lines.append(f"{k}: {json.dumps(v, ensure_ascii=False)}")
    lines += ["---", "", f"# {row.get('title') or '(untitled)'}", ""]
    if row.get("subtitle"):
        lines += [f"*{row['subtitle']}*", ""]
    if row.get("key_points"):
        lines += [f"- {p}" for p in row["key_points"]] + [""]
    if row.get("body"):
        lines += [row["body"], ""]
    if row.get("notes"):
        lines += ["---", ""] + [n + "\n" for n in row["notes"]]
    if row.get("sources"):
        lines += ["## Sources", ""]
        for s in row["sources"]:
            label = s.get("outlet") or ""
            if s.get("headline"):
                label += f": {s['headline']}"
            lines.append(f"- [{label}]({s['url']})" if s.get("url") else f"- {label}")
        lines.append("")
    if row.get("citations"):
        lines += ["## Citations", ""]
        for c in row["citations"]:
            lines.append(f"{c.get('number')}. " + (f"[{c.get('title') or c.get('url')}]({c['url']})" if c.get("url")
                                                   else (c.get("title") or "")))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(rows: Iterable[dict[str, Any]], directory: Path) -> Iterator[Path]:
    """One `<date>-<site>-<slug>-<id>.md` file per article in `directory`; yields each path written."""
    directory.mkdir(parents=True, exist_ok=True)
    for row in rows:
        day = (row.get("published_at") or row.get("first_seen_at") or "")[:10] or "undated"
        name = f"{day}-{slug(row.get('site') or 'site', 30)}-{slug(row.get('title') or '')}-{row['id']}.md"
        path = directory / name
        path.write_text(to_markdown(row), encoding="utf-8")
        yield path
