"""Source pages (kewei.sources): the full text, every fact marked once, nothing lost or injected."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from conftest import SONGJIANG_PLAN
from kewei import narrative as N
from kewei.errors import KeweiError
from kewei.reading import read_document
from kewei.render import html_problems
from kewei.sources import (
    body_of,
    marked_text,
    marks,
    page_path,
    render_source_page,
    source_href,
    source_pages,
)

_TAG = re.compile(r"<[^>]+>")


def unmarked(body: str) -> str:
    """The text a source page's body gives back with its tags stripped and entities decoded."""
    return html.unescape(_TAG.sub("", body))


def anchors(page: str) -> list[str]:
    return [html.unescape(i) for i in re.findall(r'\bid="([^"]*)"', page)]


@pytest.fixture(scope="module")
def pages(tables, seeds_dir) -> dict[str, str]:
    files, _ = source_pages(tables["documents"], tables["facts"], seeds_dir)
    return {k: v.decode("utf-8") for k, v in files.items()}


def test_every_seed_page_gives_back_its_text_exactly(pages, tables, seeds_dir) -> None:
    docs = tables["documents"]
    assert sorted(pages) == sorted(page_path(f) for f in docs["source_file"])
    for source_file in docs["source_file"]:
        page = pages[page_path(source_file)]
        text = read_document(seeds_dir / source_file).text
        assert unmarked(body_of(page)) == text, source_file
        assert html_problems(page) == [] and "<script" not in page.lower()


def test_every_fact_is_an_anchor_exactly_once_around_its_span(pages, tables, seed_texts) -> None:
    facts, docs = tables["facts"], tables["documents"]
    for doc_id, source_file in zip(docs["doc_id"], docs["source_file"], strict=True):
        body = body_of(pages[page_path(source_file)])
        text = seed_texts[source_file]
        own = facts[facts["doc_id"] == doc_id]
        assert sorted(anchors(body)) == sorted(own["fact_id"]), source_file  # each exactly once
        for r in own.to_dict("records"):
            m = re.search(rf'<mark id="{re.escape(html.escape(r["fact_id"]))}"[^>]*>(.*?)</mark>',
                          body, re.S)
            if m is None:  # merged with an overlapping fact: an anchor just before that mark
                continue
            # the mark covers exactly the fact's characters, at exactly its offset
            assert len(unmarked(body[:m.start()])) == r["char_start"], r["fact_id"]
            assert html.unescape(m.group(1)) == text[r["char_start"]:r["char_end"]]
    # A real figure, marked where the document states it (Songjiang 2015: 469 high-tech firms).
    plan = pages[page_path(SONGJIANG_PLAN)]
    hit = facts[(facts["source_file"] == SONGJIANG_PLAN)
                & (facts["metric"] == "high_tech_enterprises")
                & (facts["ref_year"] == 2015) & (facts["value"] == 469)]
    assert len(hit) >= 1
    assert re.search(rf'<mark id="{hit["fact_id"].iloc[0]}" title="[^"]*actual · 2015">469家?'
                     "</mark>", plan)


def test_header_title_metadata_and_link_home(pages, tables) -> None:
    doc = tables["documents"].set_index("source_file").loc[SONGJIANG_PLAN]
    page = pages[page_path(SONGJIANG_PLAN)]
    head = page.split('<div class="kw-text"', 1)[0]
    for value in (doc["title"], doc["district_zh"], str(int(doc["year"])), doc["sha256"]):
        assert html.escape(str(value)) in head
    assert 'href="../index.html"' in head
    assert "mark:target" in head and "white-space: pre-wrap" in head
    assert '"Noto Sans SC"' in head and "WenQuanYi Micro Hei" in head


def test_same_input_same_bytes(tables, seeds_dir) -> None:
    a, _ = source_pages(tables["documents"], tables["facts"], seeds_dir)
    b, _ = source_pages(tables["documents"], tables["facts"].iloc[::-1], seeds_dir)
    assert a == b


HOSTILE = ("标题<script>alert(1)</script>\r\n  <img src=x onerror=alert(2)> & "
           "研发投入1755家\n\n末尾  ")


def fact(fid: str, start: int, end: int, **kw) -> dict:
    return {"fact_id": fid, "char_start": start, "char_end": end, "metric": "x",
            "status": "actual", "ref_year": 2020, **kw}


def test_hostile_text_is_escaped_and_round_trips() -> None:
    i = HOSTILE.index("1755")
    body = marked_text(HOSTILE, [fact('a"><script>x', i, i + 4)])
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert 'id="a&quot;&gt;&lt;script&gt;x"' in body
    assert unmarked(body) == HOSTILE  # CRLF, leading/trailing spaces, blank lines kept
    page = render_source_page(HOSTILE, {"source_file": "e.txt", "title": "<b>标题</b>"},
                              [fact("f1", i, i + 4)])
    assert "<b>标题" not in page and "&lt;b&gt;标题&lt;/b&gt;" in page
    assert unmarked(body_of(page)) == HOSTILE


def test_overlapping_and_nested_spans_merge_deterministically() -> None:
    text = "0123456789"
    facts = [fact("inner", 2, 4), fact("outer", 1, 6), fact("cross", 5, 8), fact("same", 1, 6),
             fact("alone", 9, 10), fact("empty", 0, 0)]
    ms = marks(facts, len(text))
    assert [(m.start, m.end, m.ids) for m in ms] == [
        (0, 0, ("empty",)), (1, 8, ("outer", "same", "inner", "cross")), (9, 10, ("alone",))]
    body = marked_text(text, facts)
    assert body == marked_text(text, list(reversed(facts)))
    assert sorted(anchors(body)) == sorted(f["fact_id"] for f in facts)
    assert unmarked(body) == text
    assert body.count("<mark") == 3 and "<mark" not in body.split('<mark id="outer"')[1][:200] \
        .split("</mark>")[0]  # no nesting


def test_a_span_outside_the_text_is_a_clear_error() -> None:
    with pytest.raises(KeweiError, match=r"x\.txt: fact f spans chars 5–20 but the text has 10"):
        marks([fact("f", 5, 20)], 10, "x.txt")


def test_source_pages_refuse_a_changed_or_missing_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("松江区 1755家\n", encoding="utf-8")
    docs = pd.DataFrame([{"doc_id": "a", "source_file": "a.txt", "sha256": "0" * 64}])
    with pytest.raises(KeweiError, match=r"a\.txt: changed since the tables were extracted"):
        source_pages(docs, pd.DataFrame(), tmp_path)
    docs = pd.DataFrame([{"doc_id": "b", "source_file": "b.txt"}])
    with pytest.raises(KeweiError, match=r"b\.txt"):
        source_pages(docs, pd.DataFrame(), tmp_path)
    (tmp_path / "a.gbk").write_text("x", encoding="utf-8")
    docs = pd.DataFrame([{"doc_id": "a", "source_file": "a.txt"},
                         {"doc_id": "g", "source_file": "a.gbk"}])
    with pytest.raises(KeweiError, match=r"a\.txt: its source page sources/a\.html"):
        source_pages(docs, pd.DataFrame(), tmp_path)


def test_links_are_relative_and_encoded() -> None:
    assert source_href("001_93d1f2f42a20eb96.txt", "songjiang-2021-five_year_plan-0001") == (
        "sources/001_93d1f2f42a20eb96.html#songjiang-2021-five_year_plan-0001")
    assert source_href("a b#?.txt", "f#1") == "sources/a%20b%23%3F.html#f%231"
    row = {"fact_id": "f'1", "source_file": "<x>.txt", "quote": "q", "char_start": 1,
           "char_end": 2, "doc_id": "d"}
    note = N.source_note(row)
    assert "href='sources/%3Cx%3E.html#f%271'" in note and "<x>" not in note


def test_footnoted_table_links_every_row_and_note(tables) -> None:
    facts = tables["facts"].head(3)
    out = N.footnoted_table(N.fact_rows(facts), N.FACT_COLUMNS)
    for r in facts.to_dict("records"):
        assert out.count(f"href='{source_href(r['source_file'], r['fact_id'])}'") == 2


def test_series_caption_links_each_year_to_its_cell(tables) -> None:
    ser, facts = tables["series"], tables["facts"]
    g = ser[(ser["district"] == "songjiang") & (ser["metric"] == "high_tech_enterprises")]
    cap = N.series_caption(g, "高新技术企业", {}, facts)
    links = re.findall(r"<a href='([^']+)'[^>]*>(\d{4})</a>", cap)
    assert [y for _, y in links] == [str(int(y)) for y in g.dropna(subset=["value"])
                                     .sort_values("year")["year"]]
    by_id = facts.set_index("fact_id")
    for href, year in links:
        fid = href.split("#", 1)[1]
        cell = g[g["year"] == int(year)].iloc[0]
        assert (by_id.loc[fid, "char_start"], by_id.loc[fid, "char_end"]) == (
            cell["char_start"], cell["char_end"])
    assert "469" in cap and "1,755" in cap  # the growth sentence is still there
