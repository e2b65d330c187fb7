"""Growth arithmetic, target trajectories, comparability and coverage, all computed from the tables.

Nothing here knows a figure from a document: every number comes from the ``facts`` and
``series`` tables (issue 3).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kewei.errors import KeweiError
from kewei.metrics import load_catalog, shared_metric_ids

# The shared metrics (rows of the coverage matrix) are declared in the metric catalog.
SHARED_METRICS: tuple[str, ...] = shared_metric_ids()
FORWARD_STATUSES = ("target", "expected")
# z for a central 80% band of a normal distribution
Z80 = 1.2815515655446004


# ---------------------------------------------------------------- growth arithmetic
def cagr(start_value: float, end_value: float, years: float) -> float:
    """Compound annual growth rate from ``start_value`` to ``end_value`` over ``years`` years."""
    if years <= 0:
        raise KeweiError(f"CAGR needs a positive number of years, got {years}")
    if start_value <= 0 or end_value <= 0:
        raise KeweiError(f"CAGR needs positive values, got {start_value} and {end_value}")
    return (end_value / start_value) ** (1.0 / years) - 1.0


def required_cagr(current: float, target: float, years: float) -> float:
    """The annual growth rate needed to go from ``current`` to ``target`` in ``years`` years."""
    return cagr(current, target, years)


def project(value: float, rate: float, years: float) -> float:
    """``value`` compounded at ``rate`` for ``years`` years."""
    return value * (1.0 + rate) ** years


def _clean_series(values: pd.Series) -> pd.Series:
    s = pd.to_numeric(pd.Series(values), errors="coerce").dropna()
    s.index = pd.Index([int(i) for i in s.index], name="year")
    s = s[~s.index.duplicated(keep="first")].sort_index()
    return s[s > 0]


def historic_cagr(values: pd.Series) -> float | None:
    """CAGR from the first to the last year of a year-indexed series (None if < 2 points)."""
    s = _clean_series(values)
    if len(s) < 2:
        return None
    return cagr(float(s.iloc[0]), float(s.iloc[-1]), s.index[-1] - s.index[0])


def projection_band(values: pd.Series, until_year: int, z: float = Z80) -> pd.DataFrame:
    """Project a year-indexed series to ``until_year`` as a random walk with drift in logs.

    The drift is the historic CAGR; the band is ``central * exp(±z·σ·√h)`` where σ is the
    standard deviation of the annual log growth rates and h the years ahead (80% by default).
    Returns columns ``year, low, central, high`` starting at the last observed year.
    """
    s = _clean_series(values)
    if len(s) < 2:
        raise KeweiError("a projection needs at least two observed years")
    years = np.asarray(s.index, dtype=float)
    logs = np.log(s.to_numpy(dtype=float))
    per_year = np.diff(logs) / np.diff(years)
    drift = (logs[-1] - logs[0]) / (years[-1] - years[0])
    sigma = float(np.std(per_year, ddof=1)) if len(per_year) >= 2 else 0.0
    last_year = int(years[-1])
    rows = []
    for year in range(last_year, int(until_year) + 1):
        h = year - last_year
        centre = logs[-1] + drift * h
        spread = z * sigma * math.sqrt(h)
        rows.append((year, math.exp(centre - spread), math.exp(centre), math.exp(centre + spread)))
    return pd.DataFrame(rows, columns=["year", "low", "central", "high"])


# ---------------------------------------------------------------- targets and verdicts
@dataclass
class Verdict:
    """How one target compares with the historic trend."""

    target: float
    target_year: int
    comparator: str
    status: str  # the fact's status: target or expected
    base_value: float
    base_year: int
    required_cagr: float | None
    historic_cagr: float | None
    projected: float | None
    projected_low: float | None
    projected_high: float | None
    verdict: str  # already met | on track | needs acceleration | off track | no trend
    fact_id: str = ""


def verdict_for(target: float, target_year: int, actual: pd.Series, comparator: str = "ge",
                status: str = "target", fact_id: str = "", z: float = Z80) -> Verdict:
    """Compare one target with the actual series (year → value) of the same metric.

    ``already met``: the latest actual reaches the target; ``on track``: the historic CAGR is
    at least the CAGR the target requires; ``off track``: even the top of the projection band
    falls short; ``needs acceleration``: in between; ``no trend``: fewer than two actual years.
    """
    s = _clean_series(actual)
    if s.empty:
        raise KeweiError("a verdict needs at least one actual value")
    base_year, base = int(s.index[-1]), float(s.iloc[-1])
    years = int(target_year) - base_year
    req = required_cagr(base, target, years) if years > 0 and target > 0 else None
    hist = historic_cagr(s)
    proj = low = high = None
    if hist is not None and years > 0:
        band = projection_band(s, int(target_year), z=z).iloc[-1]
        proj, low, high = float(band["central"]), float(band["low"]), float(band["high"])
    if comparator == "le":
        met = base <= target
    else:
        met = base >= target
    if met:
        verdict = "already met"
    elif hist is None or req is None:
        verdict = "no trend"
    elif hist >= req:
        verdict = "on track"
    elif high is not None and high < target:
        verdict = "off track"
    else:
        verdict = "needs acceleration"
    return Verdict(target=float(target), target_year=int(target_year), comparator=comparator,
                   status=status, base_value=base, base_year=base_year, required_cagr=req,
                   historic_cagr=hist, projected=proj, projected_low=low, projected_high=high,
                   verdict=verdict, fact_id=str(fact_id))


def actual_series(series: pd.DataFrame, facts: pd.DataFrame, district: str,
                  metric: str) -> pd.DataFrame:
    """Actual values by year for one district and metric: the ``series`` table when it has the
    metric, else the ``actual`` facts (one per year, the first stated). Columns
    ``year, value, unit, source`` where source is ``series`` or a fact id."""
    sel = series[(series["district"] == district) & (series["metric"] == metric)]
    sel = sel.dropna(subset=["year", "value"])
    if not sel.empty:
        out = sel.assign(year=sel["year"].astype(int), source="series")
        out = out.sort_values(["year", "char_start"]).drop_duplicates("year", keep="first")
        return out[["year", "value", "unit", "source"]].reset_index(drop=True)
    f = facts[(facts["district"] == district) & (facts["metric"] == metric)
              & (facts["status"] == "actual")]
    f = f.dropna(subset=["ref_year", "value"])
    f = f[f["kind"].isin(["stock", "share", "flow"])]
    if f.empty:
        return pd.DataFrame(columns=["year", "value", "unit", "source"])
    out = f.assign(year=f["ref_year"].astype(int), source=f["fact_id"].astype(str))
    out = out.sort_values(["year", "char_start"]).drop_duplicates("year", keep="first")
    return out[["year", "value", "unit", "source"]].reset_index(drop=True)


def targets(facts: pd.DataFrame, district: str, metric: str,
            kinds: Iterable[str] = ("stock", "share", "flow")) -> pd.DataFrame:
    """Forward-looking facts (target or expected) of one district and metric, by year; levels
    only (growth rates, ranks and multiples are not targets for the level)."""
    f = facts[(facts["district"] == district) & (facts["metric"] == metric)
              & (facts["status"].isin(FORWARD_STATUSES))]
    f = f[f["kind"].isin(list(kinds))].dropna(subset=["ref_year"])
    f = f.assign(target_value=f["value"].where(f["value"].notna(), f["value_low"]))
    f = f.dropna(subset=["target_value"])
    # the same target restated (e.g. "3200家" then "力争超过3200家"): keep one, preferring the
    # statement with an explicit comparator
    f = f.assign(ref_year=f["ref_year"].astype(int), _eq=(f["comparator"] == "eq").astype(int))
    f = f.sort_values(["ref_year", "status", "target_value", "_eq", "char_start"], kind="stable")
    f = f.drop_duplicates(["ref_year", "status", "target_value"], keep="first")
    return f.drop(columns="_eq").sort_values(["ref_year", "status", "source_file", "char_start"],
                                             kind="stable").reset_index(drop=True)


@dataclass
class Trajectory:
    """One district's path on one metric: actuals, targets and a verdict per target."""

    district: str
    metric: str
    actual: pd.DataFrame
    targets: pd.DataFrame
    verdicts: list[Verdict] = field(default_factory=list)
    band: pd.DataFrame | None = None
    references: pd.DataFrame | None = None

    @property
    def historic_cagr(self) -> float | None:
        if self.actual.empty:
            return None
        return historic_cagr(self.actual.set_index("year")["value"])


def trajectory(series: pd.DataFrame, facts: pd.DataFrame, district: str, metric: str,
               z: float = Z80) -> Trajectory:
    """Actuals, targets, projection band and verdicts for ``district`` on ``metric``.

    ``references`` holds other districts' actual values of the same metric (e.g. a neighbour's
    latest stock) for context on the chart.
    """
    act = actual_series(series, facts, district, metric)
    tgt = targets(facts, district, metric)
    # compare like with like: a stock target with the stock series, a stock with stocks
    act_kinds = set(facts[(facts["district"] == district) & (facts["metric"] == metric)
                          & (facts["status"] == "actual")]["kind"]) & {"stock", "share", "flow"}
    if not act.empty and act_kinds:
        tgt = tgt[tgt["kind"].isin(list(act_kinds))].reset_index(drop=True)
    verdicts: list[Verdict] = []
    band = None
    if not act.empty:
        s = act.set_index("year")["value"]
        for rec in tgt.itertuples(index=False):
            if int(rec.ref_year) <= int(act["year"].max()):
                continue
            verdicts.append(verdict_for(float(rec.target_value), int(rec.ref_year), s,
                                        comparator=str(rec.comparator), status=str(rec.status),
                                        fact_id=str(rec.fact_id), z=z))
        if len(act) >= 2 and not tgt.empty and int(tgt["ref_year"].max()) > int(act["year"].max()):
            band = projection_band(s, int(tgt["ref_year"].max()), z=z)
    ref_kinds = set(act_kinds) if act_kinds else {"stock", "share", "flow"}
    refs = facts[(facts["metric"] == metric) & (facts["district"] != district)
                 & (facts["status"] == "actual") & facts["kind"].isin(list(ref_kinds))]
    refs = refs.dropna(subset=["value", "ref_year"])
    refs = refs.sort_values(["district", "ref_year", "char_start"])
    return Trajectory(district=district, metric=metric, actual=act, targets=tgt,
                      verdicts=verdicts, band=band, references=refs.reset_index(drop=True))


# ---------------------------------------------------------------- comparability and coverage
# Flow metrics whose stock is named differently (macro stations are base stations).
RELATED_FAMILIES = {"new_5g_macro_stations": "5g_base_stations"}


def _flow_of() -> dict[str, str]:
    return {m.id: m.flow_of for m in load_catalog().values() if m.flow_of}


def metric_family(metric: str) -> str:
    """The family of a metric id: the catalog's ``flow_of`` stock, else the id without ``new_``
    (``new_high_tech_enterprises`` → ``high_tech_enterprises``)."""
    m = str(metric)
    fam = _flow_of().get(m) or RELATED_FAMILIES.get(m)
    if fam:
        return fam
    return m[4:] if m.startswith("new_") else m


_COMPARE_COLUMNS = [
    "family", "metric", "district", "kind", "status", "ref_year", "value", "comparator",
    "value_low", "value_high", "unit", "raw", "quote", "source_file", "char_start", "char_end",
    "fact_id", "doc_id",
]


def comparison_table(facts: pd.DataFrame, metrics: Sequence[str],
                     year_window: Sequence[int] | None = None,
                     districts: Iterable[str] | None = None) -> pd.DataFrame:
    """Facts of the metric families asked for (``rd_intensity`` also brings ``new_…`` ids and
    vice versa), optionally within a ``[first, last]`` reference-year window, with a
    ``group`` column: metric|kind|status. Only rows in the same group are comparable."""
    fams = {metric_family(m) for m in metrics}
    f = facts[facts["metric"].map(metric_family).isin(fams)].copy()
    if districts is not None:
        f = f[f["district"].isin(list(districts))]
    if year_window is not None:
        lo, hi = int(year_window[0]), int(year_window[1])
        f = f[f["ref_year"].notna()]
        f = f[(f["ref_year"] >= lo) & (f["ref_year"] <= hi)]
    f["family"] = f["metric"].map(metric_family)
    f = f[_COMPARE_COLUMNS].copy()
    f["group"] = (f["metric"].astype(str) + "|" + f["kind"].astype(str) + "|"
                  + f["status"].astype(str))
    f = f.sort_values(["family", "metric", "kind", "status", "district", "ref_year", "char_start"],
                      kind="stable")
    n = f.groupby("group")["district"].transform("nunique")
    f["n_districts"] = n.astype(int) if len(f) else n
    return f.reset_index(drop=True)


def latest_per_district(table: pd.DataFrame) -> pd.DataFrame:
    """For each group and district, the row with the latest reference year (first stated)."""
    if table.empty:
        return table
    t = table.sort_values(["group", "district", "ref_year", "char_start"],
                          ascending=[True, True, False, True], kind="stable")
    return t.drop_duplicates(["group", "district"], keep="first").reset_index(drop=True)


def comparability(table: pd.DataFrame) -> pd.DataFrame:
    """One row per (family, district): which groups the district has, and whether any of them is
    shared with another district (comparable) or not. Columns ``family, district, groups,
    comparable_with, comparable``."""
    rows = []
    for fam, ft in table.groupby("family", sort=True):
        by_group = {g: set(gt["district"]) for g, gt in ft.groupby("group", sort=True)}
        for district, dt in ft.groupby("district", sort=True):
            groups = sorted(set(dt["group"]))
            partners = sorted({d for g in groups for d in by_group[g]} - {district})
            rows.append((fam, district, groups, partners, bool(partners)))
    return pd.DataFrame(rows, columns=["family", "district", "groups", "comparable_with",
                                       "comparable"])


def coverage_matrix(facts: pd.DataFrame, metrics: Sequence[str] = SHARED_METRICS,
                    districts: Sequence[str] | None = None) -> pd.DataFrame:
    """Metrics × districts: ``actual``, ``target`` (target or expected), ``actual+target``
    or ``none`` — which comparisons the sources support."""
    cols = list(districts) if districts is not None else sorted(facts["district"].dropna().unique())
    out = pd.DataFrame("none", index=pd.Index(list(metrics), name="metric"),
                       columns=pd.Index(cols, name="district"), dtype=object)
    sub = facts[facts["metric"].isin(list(metrics)) & facts["district"].isin(cols)]
    for (metric, district), g in sub.groupby(["metric", "district"]):
        st = set(g["status"])
        has_a = "actual" in st
        has_t = bool(st & set(FORWARD_STATUSES))
        out.loc[metric, district] = ("actual+target" if has_a and has_t else
                                     "actual" if has_a else "target" if has_t else "none")
    return out


def headline_figures(facts: pd.DataFrame, district: str,
                     include_unclassified: bool = False) -> pd.DataFrame:
    """The district's figures grouped by metric: actuals first, then expected and targets, by
    reference year, in document order within each."""
    f = facts[facts["district"] == district]
    if not include_unclassified:
        f = f[f["metric"] != "unclassified"]
    order = {"actual": 0, "expected": 1, "target": 2}
    f = f.assign(_o=f["status"].map(order).fillna(3))
    f = f.sort_values(["metric", "_o", "ref_year", "source_file", "char_start"], kind="stable")
    return f.drop(columns="_o").reset_index(drop=True)


def drop_series_cells(facts: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """Facts that are not cells of a year-by-year table (those are charted from ``series``)."""
    cells = set(zip(series["doc_id"].astype(str), series["char_start"].astype("Int64"),
                    strict=True))
    keys = zip(facts["doc_id"].astype(str), facts["char_start"].astype("Int64"), strict=True)
    mask = [k not in cells for k in keys]
    return facts[mask].reset_index(drop=True)


def dedupe_restated(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per figure restated with the same metric, kind, status, year and value in one
    document (the first statement), with ``times_stated``."""
    if facts.empty:
        return facts.assign(times_stated=pd.Series(dtype=int))
    key = ["doc_id", "metric", "kind", "status", "ref_year", "value", "value_low", "value_high"]
    k = pd.Series(["|".join(map(str, row)) for row in facts[key].itertuples(index=False)],
                  index=facts.index)
    n = k.map(k.value_counts())
    out = facts.assign(times_stated=n.astype(int))
    return out[~k.duplicated(keep="first")].reset_index(drop=True)
