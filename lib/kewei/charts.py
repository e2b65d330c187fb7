"""Charts for the briefings: bilingual labels, no pyplot state, PNG bytes for embedding.

Call ``kewei.plotting.setup()`` once before drawing (seaborn theme + CJK font). Every function
builds a ``matplotlib.figure.Figure`` directly (nothing is auto-displayed twice) with mathtext
off, so a ``$`` in a document's text is drawn as a dollar sign; ``show`` embeds it as PNG.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from kewei.analysis import Trajectory
from kewei.narrative import district_label, fmt_number, metric_label

STATUS_COLORS = {"actual": "#1f5fa8", "expected": "#e08a1e", "target": "#c0392b"}
COVERAGE_COLORS = {"none": "#eeeeee", "target": "#f4b183", "actual": "#9dc3e6",
                   "actual+target": "#2e75b6"}
COVERAGE_LABELS = {"none": "无 none", "target": "仅目标 target only", "actual": "实际 actual",
                   "actual+target": "实际+目标 actual+target"}


def bilingual(zh: str, en: str) -> str:
    """``高新技术企业 High-tech enterprises``."""
    return f"{zh} {en}".strip()


def _no_mathtext(func: Callable[..., Figure]) -> Callable[..., Figure]:
    @wraps(func)
    def inner(*args: Any, **kwargs: Any) -> Figure:
        with mpl.rc_context({"text.parse_math": False}):
            return func(*args, **kwargs)
    return inner


def png_bytes(fig: Figure, dpi: int | None = None) -> bytes:
    """The figure as PNG bytes (no timestamp metadata)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight",
                metadata={"Software": None})
    return buf.getvalue()


def show(fig: Figure) -> None:
    """Display ``fig`` inline as PNG in a notebook, whatever the matplotlib backend."""
    from IPython.display import Image, display

    display(Image(data=png_bytes(fig), format="png"))


def _year_axis(ax: Any, years: np.ndarray) -> None:
    ax.set_xticks(sorted({int(y) for y in years}))
    ax.tick_params(axis="x", rotation=0)


@_no_mathtext
def series_chart(data: pd.DataFrame, title: str, ylabel: str = "",
                 unit: str | None = None) -> Figure:
    """A line with points and value labels: ``data`` has columns ``year, value``."""
    fig = Figure(figsize=(7, 3.6), layout="constrained")
    ax = fig.subplots()
    d = data.sort_values("year")
    ax.plot(d["year"], d["value"], marker="o", color=STATUS_COLORS["actual"])
    for x, y in zip(d["year"], d["value"], strict=True):
        ax.annotate(fmt_number(y, unit), (x, y), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=8)
    _year_axis(ax, d["year"].to_numpy())
    ax.set_title(title)
    ax.set_xlabel("年份 Year")
    ax.set_ylabel(ylabel)
    ax.margins(y=0.15)
    return fig


@_no_mathtext
def trajectory_chart(traj: Trajectory, title: str, ylabel: str = "",
                     zh_names: Mapping[str, str] | None = None,
                     unit: str | None = None) -> Figure:
    """Actual series, 80% projection band, targets (★ target, ◆ expected), other districts."""
    fig = Figure(figsize=(8, 4.2), layout="constrained")
    ax = fig.subplots()
    act = traj.actual.sort_values("year")
    years = list(act["year"])
    if not act.empty:
        ax.plot(act["year"], act["value"], marker="o", color=STATUS_COLORS["actual"],
                label=f"实际 Actual ({district_label(traj.district, zh_names)})")
        last = act.iloc[-1]
        ax.annotate(fmt_number(last["value"], unit), (last["year"], last["value"]),
                    textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8)
        first = act.iloc[0]
        if len(act) > 1:
            ax.annotate(fmt_number(first["value"], unit), (first["year"], first["value"]),
                        textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8)
    if traj.band is not None:
        b = traj.band
        ax.fill_between(b["year"], b["low"], b["high"], color=STATUS_COLORS["actual"],
                        alpha=0.12, label="趋势外推80%区间 Trend projection, 80% band")
        ax.plot(b["year"], b["central"], ls="--", color=STATUS_COLORS["actual"], lw=1)
        years += list(b["year"])
    tg = traj.targets
    for status, marker, lab in (("target", "*", "目标 Target"), ("expected", "D", "预计 Expected")):
        t = tg[tg["status"] == status]
        if t.empty:
            continue
        ax.scatter(t["ref_year"], t["target_value"], marker=marker, s=140 if marker == "*" else 60,
                   color=STATUS_COLORS[status], zorder=5, label=lab)
        for x, y in zip(t["ref_year"], t["target_value"], strict=True):
            ax.annotate(fmt_number(y, unit), (x, y), textcoords="offset points", xytext=(8, -3),
                        fontsize=8, color=STATUS_COLORS[status])
        years += list(t["ref_year"])
    refs = traj.references if traj.references is not None else pd.DataFrame()
    if not refs.empty:
        latest = refs.sort_values("ref_year").drop_duplicates("district", keep="last")
        for r in latest.itertuples(index=False):
            ax.scatter([r.ref_year], [r.value], marker="s", color="#7f7f7f", zorder=4)
            ax.annotate(f"{district_label(r.district, zh_names)} {fmt_number(r.value, unit)}",
                        (r.ref_year, r.value), textcoords="offset points", xytext=(6, 4),
                        fontsize=8, color="#555555")
        years += list(latest["ref_year"].astype(int))
    if years:
        _year_axis(ax, np.asarray(years))
    ax.set_title(title)
    ax.set_xlabel("年份 Year")
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", fontsize=8)
    return fig


KIND_LABELS = {"stock": "存量 stock", "flow": "增量 flow", "share": "比重 share",
               "rate": "增速 rate", "rank": "排名 rank", "multiple": "倍数 multiple"}


@_no_mathtext
def comparison_chart(latest: pd.DataFrame, title: str,
                     zh_names: Mapping[str, str] | None = None) -> Figure:
    """One bar per (district, metric, kind, status) of one metric family; targets hatched,
    ranges drawn as error bars. Each (metric, kind) gets its own panel and y-axis, so a stock is
    never drawn on the same scale as a flow (newly certified firms vs firms in total)."""
    d = latest.sort_values(["metric", "kind", "status", "district"], kind="stable")
    panels = list(d.groupby(["metric", "kind"], sort=False))
    widths = [max(len(g), 1) for _, g in panels]
    fig = Figure(figsize=(max(5.5, 1.25 * len(d) + 1.5 * len(panels) + 1), 4.4),
                 layout="constrained")
    axes = fig.subplots(1, len(panels), squeeze=False, width_ratios=widths)[0]
    statuses: set[str] = set()
    for ax, ((metric, kind), g) in zip(axes, panels, strict=True):
        statuses |= set(g["status"])
        xs = np.arange(len(g))
        for x, r in zip(xs, g.to_dict("records"), strict=True):
            lo, hi = r.get("value_low"), r.get("value_high")
            val = r["value"] if pd.notna(r["value"]) else (lo + hi) / 2 if pd.notna(lo) else np.nan
            ax.bar(x, val, color=STATUS_COLORS.get(r["status"], "#999999"),
                   hatch="//" if r["status"] != "actual" else None, edgecolor="white")
            if r["comparator"] == "range" and pd.notna(lo) and pd.notna(hi):
                ax.errorbar([x], [val], yerr=[[val - lo], [hi - val]], color="black", capsize=4)
                text = f"{fmt_number(lo)}–{fmt_number(hi, r['unit'])}"
            else:
                text = fmt_number(val, r["unit"])
            ax.annotate(text, (x, val), textcoords="offset points", xytext=(0, 4),
                        ha="center", fontsize=8)
        labels = [f"{district_label(r['district'], zh_names)}\n{r['status']}\n"
                  f"{'' if pd.isna(r['ref_year']) else int(r['ref_year'])}"
                  for r in g.to_dict("records")]
        ax.set_xticks(xs, labels, fontsize=8)
        ax.set_xlim(-0.6, len(g) - 0.4)
        new = "新增 new · " if str(metric).startswith("new_") else ""
        ax.set_title(f"{new}{KIND_LABELS.get(kind, kind)}", fontsize=9)
        ax.margins(y=0.15)
    fig.suptitle(title)
    handles = [Patch(facecolor=STATUS_COLORS[s], hatch=None if s == "actual" else "//", label=lab)
               for s, lab in (("actual", "实际 actual"), ("expected", "预计 expected"),
                              ("target", "目标 target")) if s in statuses]
    if handles:  # outside the panels, so it never hides a bar's label
        fig.legend(handles=handles, fontsize=8, loc="outside right upper")
    return fig


@_no_mathtext
def coverage_heatmap(matrix: pd.DataFrame, zh_names: Mapping[str, str] | None = None,
                     title: str = "指标覆盖 Metric coverage") -> Figure:
    """Metrics × districts coloured by actual / target / actual+target / none."""
    cats = list(COVERAGE_COLORS)
    codes = matrix.apply(lambda col: col.map(cats.index)).to_numpy(dtype=float)
    # metric labels are long: leave them room, and stack each district's names on two lines
    fig = Figure(figsize=(6.5 + 1.1 * matrix.shape[1], 1.2 + 0.36 * matrix.shape[0]),
                 layout="constrained")
    ax = fig.subplots()
    cmap = mpl.colors.ListedColormap([COVERAGE_COLORS[c] for c in cats])
    ax.imshow(codes, cmap=cmap, vmin=-0.5, vmax=len(cats) - 0.5, aspect="auto")
    ax.set_xticks(range(matrix.shape[1]),
                  [district_label(d, zh_names).replace(" ", "\n", 1) for d in matrix.columns],
                  fontsize=9)
    ax.set_yticks(range(matrix.shape[0]), [metric_label(m) for m in matrix.index], fontsize=8)
    ax.grid(False)
    ax.xaxis.tick_top()
    handles = [Patch(facecolor=COVERAGE_COLORS[c], label=COVERAGE_LABELS[c]) for c in cats]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.set_title(title, pad=12)
    return fig


@_no_mathtext
def theme_heatmap(freq: pd.DataFrame, row_labels: Mapping[str, str],
                  col_labels: Mapping[str, str],
                  title: str = "主题频率 Theme frequency (per 10,000 characters)") -> Figure:
    """Themes × districts, annotated with frequencies per 10,000 characters."""
    import seaborn as sns

    fig = Figure(figsize=(2.5 + 1.5 * freq.shape[1], 1.0 + 0.38 * freq.shape[0]),
                 layout="constrained")
    ax = fig.subplots()
    data = freq.rename(index=dict(row_labels), columns=dict(col_labels))
    sns.heatmap(data, ax=ax, annot=True, fmt=".1f", cmap="Blues", cbar=False,
                annot_kws={"fontsize": 8}, linewidths=0.5)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="x", rotation=0)
    ax.set_title(title)
    return fig


@_no_mathtext
def distinctive_chart(dist: pd.DataFrame, col_labels: Mapping[str, str],
                      title: str = "最具区分度的词 Most distinctive terms (weighted log-odds z)"
                      ) -> Figure:
    """One panel per group: horizontal bars of the top terms' z-scores, best at the top."""
    groups = list(dict.fromkeys(dist["group"]))
    n = max(len(groups), 1)
    top = int(dist["rank"].max()) if len(dist) else 1
    fig = Figure(figsize=(3.2 * n, 0.8 + 0.3 * top), layout="constrained")
    axes = np.atleast_1d(fig.subplots(1, n, squeeze=False)[0])
    for ax, g in zip(axes, groups, strict=False):
        d = dist[dist["group"] == g].sort_values("rank", ascending=False)
        ax.barh(d["term"], d["z"], color=STATUS_COLORS["actual"])
        ax.set_title(col_labels.get(g, g), fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlabel("z")
    fig.suptitle(title)
    return fig
