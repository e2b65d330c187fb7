"""series.py: one-cell-per-line year tables."""

from __future__ import annotations

import math

from conftest import SONGJIANG_PLAN
from kewei.series import find_tables

SYNTH = "\n\n".join([
    "正文。", "年份", "2019", "2020", "2021", "企业数量(家)", "/", "12", "15",
    "较2019年增长(%)", "\u00a0", "/", "25%", "表5  测试表", "后文。",
])


def test_synthetic_table_with_missing_cells():
    (t,) = find_tables(SYNTH, lookup=lambda label: None)
    assert (t.table, t.years) == ("表5", [2019, 2020, 2021])
    a, g = t.rows
    assert a.metric == "unclassified" and a.unit == "家"
    assert [c.value for c in a.cells] == [None, 12.0, 15.0]
    assert g.growth_of is a and g.base_year == 2019 and g.unit == "%"
    assert [c.value for c in g.cells] == [None, None, 25.0]
    assert SYNTH[t.char_start : t.char_end].startswith("年份")
    assert SYNTH[t.char_start : t.char_end].endswith("测试表")
    for r in t.rows:
        for c in r.cells:
            assert SYNTH[c.char_start : c.char_end] == c.raw


def test_crlf_table():
    text = SYNTH.replace("\n", "\r\n")
    (t,) = find_tables(text, lookup=lambda label: None)
    assert [c.value for c in t.rows[0].cells] == [None, 12.0, 15.0]
    assert all(text[c.char_start : c.char_end] == c.raw for c in t.rows[0].cells)


def test_songjiang_tables(seed_texts):
    tables = find_tables(seed_texts[SONGJIANG_PLAN])
    assert [t.table for t in tables] == ["表一", "表二", "表三", "表四"]
    by = {(t.table, r.series_metric): r for t in tables for r in t.rows}
    assert [c.value for c in by["表三", "high_tech_enterprises"].cells] == [
        469, 519, 590, 772, 1080, 1755]
    assert [c.value for c in by["表一", "rd_intensity"].cells] == [
        3.58, 3.7, 4.18, 3.98, 4.32, 4.59]
    rd = by["表一", "rd_expenditure"]
    assert rd.unit == "亿元" and rd.cells[0].value is None and rd.cells[1].value == 41.17
    vp = by["表二", "valid_patents_growth"]
    assert vp.cells[0].raw == "" and vp.cells[0].value is None  # a blank (NBSP) cell
    assert vp.base_year == 2015 and vp.cells[-1].value == 151.46
    assert by["表四", "little_giant_enterprises"].cells[-1].value == 154
    assert not any(math.isnan(c.value) for r in by.values() for c in r.cells if c.value)


def test_no_table_in_running_text(seed_texts):
    assert find_tables("2015年到2020年，年份\n很多。") == []
    for name, text in seed_texts.items():
        if name != SONGJIANG_PLAN:
            assert find_tables(text) == [], name
