"""Sentences generated from numbers, and escaping of document text."""

from __future__ import annotations

import pandas as pd
import pytest

from kewei import narrative as N
from kewei.analysis import verdict_for

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) `c` *b*'


def test_growth_sentence_matches_the_brief_style():
    s = N.growth_sentence(2015, 469, 2020, 1755)
    assert s == "grew from 469 (2015) to 1,755 (2020), a 3.7-fold rise, 30.2% a year"


def test_growth_sentence_small_change_and_decline():
    s = N.growth_sentence(2019, 100, 2020, 110)
    assert s == "grew from 100 (2019) to 110 (2020), 10.0% a year"
    s = N.growth_sentence(2019, 4.32, 2020, 3.98, "%")
    assert s.startswith("fell from 4.32% (2019) to 3.98%")


@pytest.mark.parametrize(("value", "unit", "text"), [
    (1755, "count", "1,755"), (4.59, "%", "4.59%"), (304.45, "亿元", "304.45亿元"),
    (3.7, None, "3.7"), (None, None, "–"), (float("nan"), "%", "–"),
    (12000.25, "km²", "12,000.2 km²"),
])
def test_fmt_number(value, unit, text):
    assert N.fmt_number(value, unit) == text


def test_fmt_pct():
    assert N.fmt_pct(0.30196) == "30.2%"
    assert N.fmt_pct(None) == "–"


def test_verdict_sentence_states_required_and_historic():
    v = verdict_for(300, 2020, pd.Series({2016: 100.0, 2017: 150.0, 2018: 200.0}), "ge")
    s = N.verdict_sentence(v)
    assert s.startswith("The 2020 target of at least 300 (from 200 in 2018) requires 22.5% a year")
    assert "against a historic 41.4% a year" in s
    assert "**on track**" in s


def test_esc_and_md_esc_neutralise_html_and_markdown():
    h = N.esc(HOSTILE)
    assert "<script>" not in h and "&lt;script&gt;" in h and "<img" not in h
    m = N.md_esc(HOSTILE + "\nline2")
    for bad in ("<", "[", "]", "`", "*b*", "\n"):
        assert bad not in m
    assert N.esc(None) == "" and N.esc(float("nan")) == ""


def test_md_esc_renders_as_the_original_text():
    import html

    text = "“研发投入强度”达到5%以上 <b>(G60)</b> [1]"
    assert html.unescape(N.md_esc(text)) == text


def test_html_table_and_footnotes_escape_cells():
    df = pd.DataFrame({"quote": [HOSTILE], "n": [1]})
    out = N.html_table(df)
    assert "<script>" not in out and "&lt;script&gt;" in out
    rows = pd.DataFrame([{"metric": HOSTILE, "quote": HOSTILE, "source_file": "<a>.txt",
                          "char_start": 1, "char_end": 5, "doc_id": "d"}])
    fn = N.footnoted_table(rows, {"metric": "指标 Metric"}, titles={"d": "<i>标题</i>"})
    assert "<script>" not in fn and "<img" not in fn and "<i>标题" not in fn
    assert "&lt;a&gt;.txt, chars 1–5" in fn and "[1]" in fn



def test_documents_table_links_each_file_to_its_source_page_and_escapes():
    docs = pd.DataFrame([{"title": HOSTILE, "source_file": "004_x.txt", "year": 2024},
                         {"title": "区科委2020年工作要点", "source_file": None, "year": None}])
    out = N.documents_table(docs, {"title": "标题 Title", "year": "年份 Year",
                                   "source_file": "文件 File"})
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<a href='sources/004_x.html'" in out and ">004_x.txt</a>" in out
    assert out.count("<tr>") == 3 and "<td>–</td>" in out

def test_figure_text_range_and_comparators():
    assert N.figure_text({"comparator": "range", "value_low": 50, "value_high": 60,
                          "unit": "count", "value": None}) == "50–60"
    assert N.figure_text({"comparator": "ge", "value": 3200, "unit": "count"}) == "≥ 3,200"
    assert N.figure_text({"comparator": "eq", "value": 10.6, "unit": "%"}) == "10.6%"


def test_comparability_sentences_say_what_is_not_comparable():
    from kewei.analysis import comparability, comparison_table, latest_per_district
    from kewei.data import COLUMNS

    def row(**kw):
        r = dict.fromkeys(COLUMNS["facts"]) | dict(kind="stock", status="actual", comparator="eq",
                                                    unit="count", char_start=0, char_end=1)
        return r | kw

    f = pd.DataFrame([
        row(district="minhang", metric="high_tech_enterprises", value=3612, ref_year=2023),
        row(district="putuo", metric="new_high_tech_enterprises", value_low=50, value_high=60,
            comparator="range", kind="flow", status="target", ref_year=2024),
    ], columns=COLUMNS["facts"])
    t = comparison_table(f, ["high_tech_enterprises"])
    out = N.comparability_sentences(comparability(t), latest_per_district(t),
                                    {"minhang": "闵行区", "putuo": "普陀区"})
    import html

    text = html.unescape(" ".join(out))
    assert "Putuo: 50–60 (target flow" in text
    assert "not comparable with Minhang: 3,612 (actual stock" in text


def test_district_label():
    assert N.district_label("jingan", {"jingan": "静安区"}) == "静安区 Jing'an"
    assert N.district_label("xuhui", {}, "zh") == "Xuhui"


def test_md_esc_no_double_escaping_and_line_start():
    import html

    assert N.md_esc("it's") == "it&#x27;s"
    assert html.unescape(N.md_esc("- 1. item # x")) == "- 1. item # x"
    assert N.md_esc("- x").startswith("&#45;")
    assert N.md_esc("2024年").startswith("&#50;")


def test_hostile_seed_renders_as_text_in_a_briefing(tmp_path, monkeypatch):
    """Document text carrying HTML reaches the Putuo profile escaped, never as markup."""
    import shutil
    import sys
    from pathlib import Path

    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    root = Path(__file__).resolve().parents[1]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in sorted((root / "seeds").glob("*.txt")):
        shutil.copyfile(p, seeds / p.name)
    target = next(seeds.glob("004_*.txt"))  # Putuo: the payload lands in a figure's quote
    target.chmod(0o644)
    text = target.read_text(encoding="utf-8")
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    assert "新开通5G室外宏站200个" in text
    text = text.replace("新开通5G室外宏站200个", f"新开通5G室外宏站{payload}200个", 1)
    target.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KEWEI_SEEDS", str(seeds))
    monkeypatch.setenv("KEWEI_DATA", str(tmp_path / "data"))
    out = tmp_path / "out.ipynb"
    pm.execute_notebook(str(root / "notebooks" / "district_profile.ipynb"), str(out),
                        parameters={"district": "putuo"}, kernel_name="python3",
                        cwd=str(root / "notebooks"), progress_bar=False,
                        stdout_file=sys.stdout, stderr_file=sys.stderr)
    body, _ = HTMLExporter(exclude_input=True).from_notebook_node(
        nbformat.read(out, as_version=4))
    assert "alert(1)" in body  # the text is there …
    assert "<script>alert(1)" not in body and "<img src=x" not in body  # … but not as markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
