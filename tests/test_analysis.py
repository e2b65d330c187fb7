"""Growth arithmetic, verdicts, comparability and coverage on small tables built here."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from kewei import analysis as A
from kewei.data import COLUMNS
from kewei.errors import KeweiError


def fact(**kw) -> dict:
    row = dict.fromkeys(COLUMNS["facts"])
    row.update(comparator="eq", kind="stock", status="actual", unit="count", char_start=0,
               char_end=1, quote="q", raw="r", source_file="f.txt", doc_id="d1")
    row.update(kw)
    row.setdefault("fact_id", f"{row['district']}-{row['metric']}-{row['ref_year']}")
    return row


def facts(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=COLUMNS["facts"])


def series(district: str, metric: str, values: dict[int, float]) -> pd.DataFrame:
    return pd.DataFrame(
        [dict(district=district, metric=metric, year=y, value=v, unit="count", doc_id="d1",
              table="t", row_label="r", char_start=i, char_end=i + 1)
         for i, (y, v) in enumerate(values.items())], columns=COLUMNS["series"])


def test_cagr_known_values():
    assert A.cagr(100, 200, 1) == pytest.approx(1.0)
    assert A.cagr(100, 121, 2) == pytest.approx(0.10)
    assert A.required_cagr(100, 133.1, 3) == pytest.approx(0.10)
    assert A.project(100, 0.1, 2) == pytest.approx(121)


@pytest.mark.parametrize("args", [(0, 10, 2), (10, -1, 2), (10, 20, 0)])
def test_cagr_rejects_nonsense(args):
    with pytest.raises(KeweiError):
        A.cagr(*args)


def test_historic_cagr_ignores_order_and_needs_two_points():
    s = pd.Series({2017: 121.0, 2015: 100.0, 2016: 110.0})
    assert A.historic_cagr(s) == pytest.approx(0.10)
    assert A.historic_cagr(pd.Series({2015: 100.0})) is None


def test_projection_band_constant_growth_has_zero_width():
    s = pd.Series({2015: 100.0, 2016: 110.0, 2017: 121.0})
    band = A.projection_band(s, 2019)
    assert list(band["year"]) == [2017, 2018, 2019]
    assert band["central"].iloc[-1] == pytest.approx(121 * 1.1**2)
    assert (band["high"] - band["low"]).abs().max() == pytest.approx(0, abs=1e-9)


def test_projection_band_widens_with_volatility_and_horizon():
    s = pd.Series({2015: 100.0, 2016: 150.0, 2017: 160.0, 2018: 250.0})
    band = A.projection_band(s, 2022)
    width = (band["high"] / band["low"]).to_numpy()
    assert width[0] == pytest.approx(1.0)
    assert all(b > a for a, b in zip(width, width[1:], strict=False))
    assert (band["low"] < band["central"]).iloc[1:].all()
    # drift is the historic CAGR: the centre at h years is last * (1+cagr)^h
    g = A.cagr(100, 250, 3)
    assert band["central"].iloc[-1] == pytest.approx(250 * (1 + g) ** 4)


@pytest.mark.parametrize(
    ("target", "year", "expected"),
    [
        (150, 2019, "already met"),   # latest actual 200 already above
        (240, 2020, "on track"),      # needs ~9.5% a year, history ~41% a year
        (10_000, 2020, "off track"),  # far above any plausible path
    ],
)
def test_verdicts(target, year, expected):
    s = pd.Series({2016: 100.0, 2017: 120.0, 2018: 200.0})
    v = A.verdict_for(target, year, s)
    assert v.verdict == expected
    assert v.base_year == 2018 and v.base_value == 200


def test_verdict_needs_acceleration_when_target_inside_band_but_above_trend():
    s = pd.Series({2016: 100.0, 2017: 150.0, 2018: 110.0, 2019: 170.0})
    hist = A.historic_cagr(s)
    target = 170 * (1 + hist + 0.05) ** 2
    v = A.verdict_for(target, 2021, s)
    assert v.required_cagr > v.historic_cagr
    assert v.projected_low < target < v.projected_high
    assert v.verdict == "needs acceleration"


def test_verdict_without_history():
    v = A.verdict_for(60, 2025, pd.Series({2020: 50.0}))
    assert v.verdict == "no trend"
    assert v.required_cagr == pytest.approx((60 / 50) ** (1 / 5) - 1)


def test_trajectory_uses_series_targets_and_references():
    s = series("a", "m", {2015: 100, 2016: 120, 2017: 150})
    f = facts(
        fact(district="a", metric="m", value=300, status="target", ref_year=2020,
             comparator="ge", fact_id="t1", char_start=5),
        fact(district="a", metric="m", value=280, status="target", ref_year=2019,
             fact_id="t0", char_start=3),
        fact(district="b", metric="m", value=400, status="actual", ref_year=2018, fact_id="r1"),
        fact(district="b", metric="m", value=30, status="target", ref_year=2019,
             kind="flow", fact_id="r2"),
    )
    tr = A.trajectory(s, f, "a", "m")
    assert list(tr.actual["year"]) == [2015, 2016, 2017]
    assert [v.target_year for v in tr.verdicts] == [2019, 2020]
    assert tr.verdicts[1].comparator == "ge"
    assert tr.band is not None and int(tr.band["year"].max()) == 2020
    assert list(tr.references["fact_id"]) == ["r1"]  # actuals of other districts only
    assert tr.historic_cagr == pytest.approx(A.cagr(100, 150, 2))


def test_actual_series_falls_back_to_actual_facts():
    f = facts(fact(district="a", metric="m", value=50.0, ref_year=2020, kind="share"),
              fact(district="a", metric="m", value=60.0, ref_year=2025, status="target"))
    act = A.actual_series(series("z", "m", {2015: 1}), f, "a", "m")
    assert list(act["value"]) == [50.0]


def test_range_target_uses_lower_bound():
    f = facts(fact(district="a", metric="m", value=None, value_low=50, value_high=60,
                   comparator="range", status="target", ref_year=2024, kind="flow"))
    t = A.targets(f, "a", "m")
    assert t["target_value"].tolist() == [50]


def test_comparability_separates_stock_from_flow_target():
    f = facts(
        fact(district="minhang", metric="high_tech_enterprises", value=3612, ref_year=2023),
        fact(district="songjiang", metric="high_tech_enterprises", value=1755, ref_year=2020),
        fact(district="putuo", metric="new_high_tech_enterprises", value=None, value_low=50,
             value_high=60, comparator="range", kind="flow", status="target", ref_year=2024),
    )
    t = A.comparison_table(f, ["high_tech_enterprises"])
    assert set(t["family"]) == {"high_tech_enterprises"}
    assert len(t) == 3
    comp = A.comparability(t).set_index("district")
    assert comp.loc["minhang", "comparable_with"] == ["songjiang"]
    assert not comp.loc["putuo", "comparable"]
    assert comp.loc["putuo", "comparable_with"] == []


def test_comparison_year_window_and_latest():
    f = facts(
        fact(district="a", metric="m", value=1, ref_year=2010),
        fact(district="a", metric="m", value=2, ref_year=2020),
        fact(district="a", metric="m", value=3, ref_year=2022, char_start=9),
        fact(district="a", metric="m", value=4, ref_year=None),
    )
    t = A.comparison_table(f, ["m"], year_window=[2015, 2025])
    assert sorted(t["value"]) == [2, 3]
    assert A.latest_per_district(t)["value"].tolist() == [3]


def test_coverage_matrix_labels():
    f = facts(
        fact(district="a", metric="m1", status="actual", ref_year=2020, value=1),
        fact(district="a", metric="m1", status="target", ref_year=2025, value=2),
        fact(district="b", metric="m1", status="expected", ref_year=2024, value=2),
        fact(district="b", metric="m2", status="actual", ref_year=2024, value=2),
    )
    cov = A.coverage_matrix(f, ["m1", "m2", "m3"], ["a", "b", "c"])
    assert cov.loc["m1", "a"] == "actual+target"
    assert cov.loc["m1", "b"] == "target"
    assert cov.loc["m2", "b"] == "actual"
    assert cov.loc["m2", "a"] == "none"
    assert (cov.loc["m3"] == "none").all() and (cov["c"] == "none").all()


def test_headline_figures_order_and_filter():
    f = facts(
        fact(district="a", metric="m", status="target", ref_year=2025, value=3),
        fact(district="a", metric="m", status="actual", ref_year=2020, value=1),
        fact(district="a", metric="unclassified", status="actual", ref_year=2020, value=9),
        fact(district="b", metric="m", status="actual", ref_year=2020, value=5),
    )
    h = A.headline_figures(f, "a")
    assert h["status"].tolist() == ["actual", "target"]
    assert math.isclose(h["value"].iloc[0], 1)


def test_metric_family():
    assert A.metric_family("new_5g_macro_stations") == "5g_base_stations"
    assert A.metric_family("new_little_giant_enterprises") == "little_giant_enterprises"
    assert A.metric_family("rd_intensity") == "rd_intensity"


def test_restated_target_counted_once_and_rates_ignored():
    f = facts(
        fact(district="a", metric="m", value=3200, status="target", ref_year=2025, char_start=1,
             fact_id="t-eq"),
        fact(district="a", metric="m", value=3200, status="target", ref_year=2025,
             comparator="ge", char_start=9, fact_id="t-ge"),
        fact(district="a", metric="m", value=15, status="target", ref_year=2025, kind="rate",
             unit="%", fact_id="t-rate"),
    )
    t = A.targets(f, "a", "m")
    assert t["fact_id"].tolist() == ["t-ge"]


def test_drop_series_cells_and_dedupe():
    s = series("a", "m", {2015: 1, 2016: 2})  # cells at char 0 and 1
    f = facts(
        fact(district="a", metric="m", value=1, ref_year=2015, char_start=0),
        fact(district="a", metric="m", value=9, ref_year=2020, char_start=50),
        fact(district="a", metric="m", value=9, ref_year=2020, char_start=80),
    )
    kept = A.drop_series_cells(f, s)
    assert kept["char_start"].tolist() == [50, 80]
    d = A.dedupe_restated(kept)
    assert d["char_start"].tolist() == [50] and d["times_stated"].tolist() == [2]


def test_references_exclude_ranks():
    s = series("a", "m", {2015: 100, 2016: 120})
    f = facts(
        fact(district="b", metric="m", value=400, ref_year=2018, fact_id="stock"),
        fact(district="b", metric="m", value=2, ref_year=2018, kind="rank", unit="rank",
             fact_id="rank"),
        fact(district="a", metric="m", value=100, ref_year=2015, fact_id="own"),
    )
    assert A.trajectory(s, f, "a", "m").references["fact_id"].tolist() == ["stock"]
