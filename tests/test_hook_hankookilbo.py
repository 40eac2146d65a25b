"""The hankookilbo_article_data hook: a client-rendered page whose story is only in a script's data."""

from __future__ import annotations

import json
from pathlib import Path

from crawler import ExtractOptions, Extractor
from crawler.profiles import ProfileRegistry
from crawler.profiles._load import load_profile

PROFILE = """
[site]
hosts = ["news.example.kr"]
timezone = "Asia/Seoul"
language = "ko"

[[layout]]
name = "data"
body = ["xpath://script[contains(., '\\"contentHtml\\"')]"]
generic_clutter = false
hook = "hankookilbo_article_data"
title = ["meta:headline"]
authors = ["meta[name='author'] @content"]
remove = ["div.editor-img-box", "div.div-line"]
drop = ['^광고$']
"""

DETAIL = {
    "title": "제목입니다",
    "subTitle": "첫째 요약 줄<br>둘째 요약 줄",
    "contentHtml": (
        '<div class="editor-img-box"><img src="x.jpg"><div class="caption"><p>사진 설명</p></div></div>'
        '$$ARTICLEAD$$<p class="editor-p"><strong>굵은 시작</strong> 첫 문단입니다.</p>'
        '<div class="div-line"></div><h3 class="editor-tit">중간 제목</h3>'
        '<p class="editor-p">둘째 문단입니다.</p><p class="editor-p"><br></p><p>광고</p>'
    ),
    "deployDt": "2026.01.29 18:40",
    "reDeployDt": "2026.01.29 18:49",
    "byLines": [{"writerName": "홍길동", "writerJobName": "기자"}],
}


def _page(detail: dict | None) -> str:
    state = {"mutations": [], "queries": [{"state": {"data": {"data": {"detail": detail}}}}]}
    script = f'window["__RQ_R_1_"] = window["__RQ_R_1_"] || [];window["__RQ_R_1_"].push({json.dumps(state)})'
    if detail is None:
        script += '; var x = {"contentHtml": 1' + " " * 200  # the marker without parsable data
    return (f'<html lang="ko"><head><meta name="headline" content="메타 제목"><script>{script}</script></head>'
            "<body><div id='root'></div></body></html>")


def _extractor(tmp_path: Path) -> Extractor:
    path = tmp_path / "news.example.kr.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return Extractor(ExtractOptions(registry=ProfileRegistry([load_profile(path)]), date_search=False))


def test_story_is_read_from_the_script_data(tmp_path: Path) -> None:
    art = _extractor(tmp_path).extract(_page(DETAIL), "https://news.example.kr/news/article/A1")
    assert art.body.split("\n\n") == [
        "첫째 요약 줄", "둘째 요약 줄", "굵은 시작 첫 문단입니다.", "중간 제목", "둘째 문단입니다.",
    ]
    assert art.title == "메타 제목"  # the page's meta value wins over the data's
    assert art.published_at == "2026-01-29T18:40:00+09:00"
    assert art.updated_at == "2026-01-29T18:49:00+09:00"
    assert art.authors == ["홍길동"]
    assert art.profile.endswith("@data")


def test_no_data_leaves_no_json_in_the_body(tmp_path: Path) -> None:
    art = _extractor(tmp_path).extract(_page(None), "https://news.example.kr/news/article/A2")
    assert "contentHtml" not in art.body
    assert "{" not in art.body
