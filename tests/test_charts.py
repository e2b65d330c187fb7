"""Every chart draws with Chinese labels and no warning at all (missing glyphs included)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from kewei import analysis as A
from kewei import charts as C
from kewei.data import COLUMNS

ZH = {"songjiang": "松江区", "minhang": "闵行区", "putuo": "普陀区"}


@pytest.fixture(autouse=True)
def _setup_and_strict_warnings():
    from kewei.plotting import setup

    setup()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def _png(fig) -> bytes:
    data = C.png_bytes(fig)
    assert data.startswith(b"\x89PNG") and len(data) > 2000
    return data


def _facts(rows):
    base = dict.fromkeys(COLUMNS["facts"]) | dict(kind="stock", status="actual", comparator="eq",
                                                   unit="count", char_start=0, char_end=1)
    return pd.DataFrame([base | r for r in rows], columns=COLUMNS["facts"])


def test_series_chart_with_dollar_and_minus():
    df = pd.DataFrame({"year": [2015, 2016, 2017], "value": [-1.5, 2.0, 3.5]})
    fig = C.series_chart(df, "高新技术企业 High-tech $enterprises$ <script>", "家 firms")
    assert fig.axes[0].get_title() == "高新技术企业 High-tech $enterprises$ <script>"
    _png(fig)


def test_trajectory_chart():
    s = pd.DataFrame([dict.fromkeys(COLUMNS["series"]) | dict(
        district="songjiang", metric="m", year=y, value=v, unit="count", char_start=y)
        for y, v in [(2015, 100), (2016, 130), (2017, 160)]], columns=COLUMNS["series"])
    f = _facts([
        dict(district="songjiang", metric="m", value=300, status="target", ref_year=2020,
             fact_id="t"),
        dict(district="songjiang", metric="m", value=250, status="expected", ref_year=2019,
             fact_id="e"),
        dict(district="minhang", metric="m", value=400, ref_year=2018, fact_id="r"),
    ])
    tr = A.trajectory(s, f, "songjiang", "m")
    fig = C.trajectory_chart(tr, "十四五 trajectory 轨迹", "家", ZH)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any("闵行区" in t for t in texts)
    _png(fig)


def test_comparison_chart_with_range():
    f = _facts([
        dict(district="minhang", metric="high_tech_enterprises", value=3612, ref_year=2023),
        dict(district="putuo", metric="new_high_tech_enterprises", value_low=50, value_high=60,
             comparator="range", kind="flow", status="target", ref_year=2024),
    ])
    latest = A.latest_per_district(A.comparison_table(f, ["high_tech_enterprises"]))
    fig = C.comparison_chart(latest, "高新技术企业 High-tech enterprises", ZH)
    # the stock and the newly-certified flow get separate panels: never one y-axis
    assert len(fig.axes) == 2
    panels = {ax.get_title(): [t.get_text() for t in ax.get_xticklabels()] for ax in fig.axes}
    assert any("闵行区" in lab for lab in panels["存量 stock"])
    assert any("普陀区" in lab and "target" in lab for lab in panels["新增 new · 增量 flow"])
    _png(fig)


def test_coverage_heatmap():
    f = _facts([dict(district="minhang", metric="rd_intensity", value=10, ref_year=2023)])
    cov = A.coverage_matrix(f, ["rd_intensity", "5g_base_stations"], ["minhang", "putuo"])
    _png(C.coverage_heatmap(cov, ZH))


def test_theme_charts():
    freq = pd.DataFrame({"songjiang": [1.5, 0.0], "putuo": [0.2, 3.1]}, index=["ai", "ic"])
    _png(C.theme_heatmap(freq, {"ai": "人工智能 AI", "ic": "集成电路 IC"}, ZH))
    dist = pd.DataFrame([("songjiang", 1, "卫星互联网", 3, 2.5), ("songjiang", 2, "算力", 2, 1.1),
                         ("putuo", 1, "元宇宙", 3, 2.0)],
                        columns=["group", "rank", "term", "count", "z"])
    fig = C.distinctive_chart(dist, ZH)
    assert len(fig.axes) == 2
    _png(fig)


def test_png_is_deterministic():
    df = pd.DataFrame({"year": [2015, 2016], "value": [1.0, 2.0]})
    first = C.png_bytes(C.series_chart(df, "研发 R&D"))
    assert first == C.png_bytes(C.series_chart(df, "研发 R&D"))
