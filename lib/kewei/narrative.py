"""Sentences and small HTML pieces generated from the tables, with document text escaped.

Every string that came from a document (quotes, titles, headings, metric phrases) goes through
``esc`` (HTML) or ``md_esc`` (Markdown) before it reaches a briefing, so a seed containing
``<script>`` or a Markdown link shows up as text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import pandas as pd

from kewei.analysis import Verdict

# Characters with a meaning in inline Markdown (or to MathJax), replaced by numeric entities so
# they render as text; "&<>\"'" are HTML-escaped in the same single pass.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]#|~$"}
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_LINE_START = "-+=0123456789"  # list, setext and ordered-list markers at the start of a line

VERDICT_ZH = {
    "already met": "已达成",
    "on track": "按当前趋势可达成",
    "needs acceleration": "需加速",
    "off track": "按当前趋势难以达成",
    "no trend": "历史数据不足",
}
STATUS_LABELS = {"actual": "实际 actual", "target": "目标 target", "expected": "预计 expected"}
KIND_LABELS = {
    "stock": "存量 stock", "flow": "增量 flow", "rate": "增速 growth rate", "share": "比重 share",
    "rank": "排名 rank", "multiple": "倍数 multiple",
}


# ---------------------------------------------------------------- escaping
def esc(text: Any) -> str:
    """HTML-escape any value (None/NaN → empty string)."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return html.escape(str(text), quote=True)


def md_esc(text: Any) -> str:
    """Escape for inline Markdown: one line, HTML specials escaped, Markdown specials (and a
    leading list marker) as numeric entities, so the text renders exactly as written."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    s = " ".join(str(text).split())
    out = "".join(_HTML_SPECIAL.get(c) or _MD_SPECIAL.get(c) or c for c in s)
    if out[:1] and out[0] in _LINE_START:
        out = f"&#{ord(out[0])};" + out[1:]
    return out


# ---------------------------------------------------------------- numbers
def fmt_number(value: float | None, unit: str | None = None, digits: int | None = None) -> str:
    """``1755`` → ``1,755``; ``4.59`` with unit ``%`` → ``4.59%``; 304.45 亿元 → ``304.45亿元``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    v = float(value)
    if digits is None:
        digits = 0 if v == round(v) else (2 if abs(v) < 1000 else 1)
    text = f"{v:,.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    u = "" if unit is None or (isinstance(unit, float) and math.isnan(unit)) else str(unit)
    if u in ("", "count", "家", "个", "件", "项", "人"):
        return text
    return f"{text}{u}" if u in ("%", "亿元", "万元", "元") else f"{text} {u}"


def fmt_pct(rate: float | None, digits: int = 1) -> str:
    """0.302 → ``30.2%``."""
    if rate is None or (isinstance(rate, float) and math.isnan(rate)):
        return "–"
    return f"{rate * 100:.{digits}f}%"


def fmt_multiple(ratio: float) -> str:
    """3.742 → ``3.7-fold``."""
    return f"{ratio:.1f}-fold"


# ---------------------------------------------------------------- labels
@lru_cache(maxsize=1)
def _catalog() -> dict[str, Any]:
    try:
        from kewei.metrics import load_catalog
    except ImportError:  # pragma: no cover - catalog module written by another engineer
        return {}
    cat = load_catalog()
    if isinstance(cat, Mapping):
        return dict(cat)
    return {m.id: m for m in cat}


def metric_label(metric: str, lang: str = "both", fallback_zh: str | None = None) -> str:
    """``高新技术企业 High-tech enterprises`` from the metric catalog (``lang``: zh, en, both)."""
    m = _catalog().get(metric)
    zh = getattr(m, "label_zh", None) or fallback_zh or ""
    en = getattr(m, "label_en", None) or metric.replace("_", " ")
    if lang == "zh":
        return zh or en
    if lang == "en":
        return en
    return f"{zh} {en}".strip()


def metric_unit(metric: str, default: str = "") -> str:
    """The catalog's canonical unit for ``metric``."""
    return str(getattr(_catalog().get(metric), "unit", None) or default)


def district_label(slug: str, zh_names: Mapping[str, str] | None = None, lang: str = "both") -> str:
    """``松江区 Songjiang`` from the documents table's Chinese names."""
    zh = (zh_names or {}).get(slug, "")
    en = slug.replace("_", " ").title().replace("Jingan", "Jing'an")
    if lang == "zh":
        return zh or en
    if lang == "en":
        return en
    return f"{zh} {en}".strip()


# ---------------------------------------------------------------- sentences
def growth_sentence(start_year: int, start: float, end_year: int, end: float,
                    unit: str | None = None) -> str:
    """``grew from 469 (2015) to 1,755 (2020), a 3.7-fold rise, 30.2% a year``."""
    years = end_year - start_year
    ratio = end / start if start else float("nan")
    verb = "grew" if end >= start else "fell"
    text = (f"{verb} from {fmt_number(start, unit)} ({start_year}) to "
            f"{fmt_number(end, unit)} ({end_year})")
    if start > 0 and end > 0 and years > 0:
        rate = ratio ** (1 / years) - 1
        if ratio >= 1.5:
            text += f", a {fmt_multiple(ratio)} rise, {fmt_pct(rate)} a year"
        else:
            text += f", {fmt_pct(rate)} a year"
    return text


def verdict_sentence(v: Verdict, unit: str | None = None) -> str:
    """One sentence for one target: required vs historic CAGR and the verdict."""
    word = "target" if v.status == "target" else "expected value"
    cmp = "at least " if v.comparator == "ge" else "about " if v.comparator == "approx" else ""
    parts = [f"The {v.target_year} {word} of {cmp}{fmt_number(v.target, unit)} "
             f"(from {fmt_number(v.base_value, unit)} in {v.base_year})"]
    if v.required_cagr is not None:
        parts[0] += f" requires {fmt_pct(v.required_cagr)} a year"
    if v.historic_cagr is not None:
        parts.append(f"against a historic {fmt_pct(v.historic_cagr)} a year")
    s = ", ".join(parts)
    if v.projected is not None:
        s += (f"; the trend projects {fmt_number(v.projected, unit, 0 if v.projected > 100 else 2)}"
              f" (80% band {fmt_number(v.projected_low, unit, 0 if v.projected > 100 else 2)}–"
              f"{fmt_number(v.projected_high, unit, 0 if v.projected > 100 else 2)})")
    return f"{s}. Verdict: **{v.verdict}** {VERDICT_ZH.get(v.verdict, '')}."


def figure_text(row: Mapping[str, Any]) -> str:
    """A fact's figure as text: the comparator and value, or its range, in the canonical unit."""
    unit = row.get("unit")
    comp = row.get("comparator")
    if comp == "range" and pd.notna(row.get("value_low")) and pd.notna(row.get("value_high")):
        return f"{fmt_number(row['value_low'])}–{fmt_number(row['value_high'], unit)}"
    prefix = {"ge": "≥ ", "le": "≤ ", "approx": "≈ "}.get(str(comp), "")
    return prefix + fmt_number(row.get("value"), unit)


def comparability_sentences(comp: pd.DataFrame, latest: pd.DataFrame,
                            zh_names: Mapping[str, str] | None = None) -> list[str]:
    """Plain statements of which districts can be compared on a metric family and which not.

    ``comp`` is ``analysis.comparability``; ``latest`` is ``analysis.latest_per_district`` of
    the same comparison table (for the figures quoted in the statements).
    """
    out: list[str] = []
    for fam, ft in comp.groupby("family", sort=True):
        lt = latest[latest["family"] == fam]
        def describe(district: str, lt: pd.DataFrame = lt) -> str:
            rows = lt[lt["district"] == district]
            bits = []
            for r in rows.to_dict("records"):
                bits.append(f"{figure_text(r)} ({r['status']} {r['kind']}, "
                            f"{metric_label(r['metric'], 'en')}, {_year(r['ref_year'])})")
            return f"{district_label(district, zh_names, 'en')}: " + "; ".join(bits)
        fam_label = metric_label(fam, "en")
        comparable = ft[ft["comparable"]]
        lonely = ft[~ft["comparable"]]
        groups = sorted({g for gs in comparable["groups"] for g in gs})
        for g in groups:
            members = sorted(d for d, gs in zip(comparable["district"], comparable["groups"],
                                                strict=True) if g in gs)
            if len(members) >= 2:
                metric, kind, status = g.split("|")
                names = ", ".join(district_label(d, zh_names, "en") for d in members)
                out.append(f"**{md_esc(fam_label)}** — comparable ({status} {kind}, "
                           f"{md_esc(metric_label(metric, 'en'))}): {md_esc(names)}.")
        for d in lonely["district"]:
            others = sorted(set(ft["district"]) - {d})
            tail = (f"not comparable with {'; '.join(describe(o) for o in others)}"
                    if others else "no other district states this metric")
            out.append(f"**{md_esc(fam_label)}** — {md_esc(describe(d))} — {md_esc(tail)}.")
    return out


def _year(v: Any) -> str:
    return "year unknown" if v is None or pd.isna(v) else str(int(v))


def source_link(row: Mapping[str, Any]) -> str:
    """Relative link to the fact's span in its source page (``sources/<stem>.html#<fact_id>``),
    HTML-escaped for an attribute; empty when the row does not say its file."""
    from kewei.sources import source_href

    source_file = row.get("source_file")
    if source_file is None or pd.isna(source_file) or not str(source_file):
        return ""
    fid = row.get("fact_id")
    return esc(source_href(str(source_file), None if fid is None or pd.isna(fid) else str(fid)))


def source_note(row: Mapping[str, Any], titles: Mapping[str, str] | None = None) -> str:
    """HTML footnote body: “quote” — 《title》 (file, chars a–b), all escaped; the file and span
    link to the fact's place in its source page."""
    title = (titles or {}).get(str(row.get("doc_id", "")), "")
    where = f"{esc(row.get('source_file'))}, chars {int(row['char_start'])}–{int(row['char_end'])}"
    href = source_link(row)
    if href:
        where = f"<a href='{href}' title='在原文中查看 open in the source'>{where}</a>"
    t = f"《{esc(title)}》 " if title else ""
    return f"“{esc(row.get('quote'))}” — {t}({where})"


def html_table(df: pd.DataFrame, index: bool = False) -> str:
    """A DataFrame as an HTML table with every cell escaped."""
    return df.to_html(index=index, escape=True, na_rep="–", border=0,
                      classes="kewei-table")


def documents_table(docs: pd.DataFrame, columns: Mapping[str, str]) -> str:
    """Documents (``columns``: column → header) as an HTML table, every cell escaped; the
    ``source_file`` cell links to the document's source page with its figures marked."""
    from kewei.sources import source_href

    head = "".join(f"<th>{esc(h)}</th>" for h in columns.values())
    body = []
    for r in docs.to_dict("records"):
        cells = []
        for c in columns:
            v = r.get(c)
            text = "–" if v is None or (not isinstance(v, str) and pd.isna(v)) else esc(v)
            if c == "source_file" and text != "–":
                text = (f"<a href='{esc(source_href(str(v)))}' "
                        f"title='打开原文 open the source text'>{text}</a>")
            cells.append(f"<td>{text}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (f"<table class='kewei-table'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def footnoted_table(rows: pd.DataFrame, columns: Mapping[str, str],
                    titles: Mapping[str, str] | None = None, start: int = 1) -> str:
    """An HTML table of facts (``columns``: fact column → header) with a numbered footnote per
    row giving its quote and source; each row and footnote links to the fact's span in its
    source page (:mod:`kewei.sources`). Everything from documents is escaped."""
    head = "".join(f"<th>{esc(h)}</th>" for h in [*columns.values(), "# 来源 Source"])
    body, notes = [], []
    for i, r in enumerate(rows.to_dict("records"), start=start):
        cells = "".join(f"<td>{esc(r.get(c))}</td>" for c in columns)
        href = source_link(r)
        src = (f" <a href='{href}' class='kewei-src' title='在原文中查看 open in the source'>"
               f"原文&#8599;</a>" if href else "")
        body.append(f"<tr>{cells}<td style='white-space:nowrap'>"
                    f"<a href='#fn{i}' id='ref{i}'>[{i}]</a>{src}</td></tr>")
        notes.append(f"<li id='fn{i}' value='{i}'>{source_note(r, titles)}</li>")
    return (f"<table class='kewei-table'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>"
            f"<ol class='kewei-notes' style='font-size:90%'>{''.join(notes)}</ol>")


def bullet_list(items: Iterable[str]) -> str:
    """Markdown bullet list of already-escaped items."""
    return "\n".join(f"- {i}" for i in items)


# ---------------------------------------------------------------- briefing pieces
DOC_TYPE_LABELS = {"work_plan": "work plan 工作要点/计划", "work_summary": "work summary 工作总结",
                   "five_year_plan": "five-year plan 五年规划"}
FACT_COLUMNS = {"metric_label": "指标 Metric", "status_label": "状态 Status",
                "kind_label": "类型 Kind", "ref_year": "年份 Year", "figure": "数值 Figure",
                "raw": "原文 As written", "times": "次数 Stated"}
FACT_COLUMNS_DISTRICT = {"district_label": "区 District", **FACT_COLUMNS}


def fact_rows(facts: pd.DataFrame, lang: str = "both",
              zh_names: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Display columns for ``footnoted_table`` (labels, formatted figure), keeping the source
    columns the footnotes need."""
    rows = []
    for r in facts.to_dict("records"):
        rows.append(r | {
            "district_label": district_label(str(r.get("district")), zh_names, lang),
            "metric_label": metric_label(str(r["metric"]), lang, r.get("metric_zh")),
            "status_label": STATUS_LABELS.get(str(r.get("status")), r.get("status")),
            "kind_label": KIND_LABELS.get(str(r.get("kind")), r.get("kind")),
            "ref_year": _year(r.get("ref_year")) if pd.notna(r.get("ref_year")) else "–",
            "figure": figure_text(r),
            "raw": " ".join(str(r.get("raw", "")).split()),
            "times": int(r.get("times_stated", 1) or 1),
        })
    return pd.DataFrame(rows)


def corpus_sentence(docs: pd.DataFrame, zh_names: Mapping[str, str] | None = None) -> str:
    """``5 documents from 4 districts (…): …; years 2020–2024.``"""
    if docs.empty:
        return "No documents."
    districts = sorted(set(docs["district"].dropna()))
    names = ", ".join(district_label(d, zh_names) for d in districts)
    types = docs["doc_type"].value_counts().sort_index()
    kinds = ", ".join(f"{n} {DOC_TYPE_LABELS.get(t, t)}" for t, n in types.items())
    years = sorted(int(y) for y in docs["year"].dropna())
    span = (f"{years[0]}–{years[-1]}" if years and years[0] != years[-1]
            else str(years[0]) if years else "unknown")
    n = len(docs)
    return md_esc(f"{n} document{'s' if n != 1 else ''} from {len(districts)} "
                  f"district{'s' if len(districts) != 1 else ''} ({names}): {kinds}; "
                  f"years {span}.")


def coverage_sentence(cov: pd.DataFrame, zh_names: Mapping[str, str] | None = None) -> str:
    """Which metrics can be compared on actuals across districts, and which cannot at all."""
    both = [m for m in cov.index
            if sum(v in ("actual", "actual+target") for v in cov.loc[m]) >= 2]
    none = [m for m in cov.index if (cov.loc[m] == "none").all()]
    target_only = [m for m in cov.index
                   if (cov.loc[m] != "none").any()
                   and not any(v in ("actual", "actual+target") for v in cov.loc[m])]
    parts = [f"Actual values in at least two districts (a like-for-like comparison is "
             f"possible): {', '.join(metric_label(m) for m in both) or 'none'}."]
    if target_only:
        parts.append(f"Only targets or expected values: "
                     f"{', '.join(metric_label(m) for m in target_only)}.")
    if none:
        parts.append(f"Stated by no district: {', '.join(metric_label(m) for m in none)}.")
    return "\n\n".join(md_esc(p) for p in parts)


def checks_sentence(checks: pd.DataFrame) -> str:
    """``11 checks, 3 inconsistent: …``."""
    if checks.empty:
        return "No self-consistency checks could be made."
    bad = checks[~checks["consistent"].astype(bool)]
    kinds = ", ".join(f"{n} {k}" for k, n in bad["kind"].value_counts().sort_index().items())
    return md_esc(f"{len(checks)} checks, {len(bad)} inconsistent"
                  + (f" ({kinds})." if len(bad) else "."))


def series_caption(g: pd.DataFrame, label: str, titles: Mapping[str, str],
                   facts: pd.DataFrame | None = None) -> str:
    """Growth sentence and source of one year-by-year table row. With ``facts`` (every stated
    cell of a series is also a fact), each year links to its cell in the source page."""
    g = g.dropna(subset=["value"]).sort_values("year")
    if g.empty:
        return ""
    first, last = g.iloc[0], g.iloc[-1]
    unit = str(first["unit"]) if pd.notna(first["unit"]) else None
    growth = ""
    if len(g) > 1 and unit != "%":
        growth = f"{label} {growth_sentence(int(first['year']), float(first['value']), int(last['year']), float(last['value']), unit)}. "  # noqa: E501
    elif len(g) > 1:
        growth = (f"{label}: {fmt_number(first['value'], unit)} ({int(first['year'])}) → "
                  f"{fmt_number(last['value'], unit)} ({int(last['year'])}). ")
    src = (f"Source: 《{titles.get(str(first['doc_id']), '')}》 {first['table']}, row "
           f"“{first['row_label']}” ({first['doc_id']}, chars {int(g['char_start'].min())}–"
           f"{int(g['char_end'].max())}).")
    cells = series_cell_links(g, facts) if facts is not None else ""
    return md_esc(growth) + "<br>" + f"<small>{md_esc(src)}{cells}</small>"


def series_cell_links(g: pd.DataFrame, facts: pd.DataFrame) -> str:
    """`` 原文 In the source: 2015 · 2016 …`` — each year a link to the fact that is its cell
    (matched on document and character span); a year without a fact is shown unlinked."""
    if facts is None or facts.empty or g.empty:
        return ""
    by_span = {(str(r["doc_id"]), int(r["char_start"]), int(r["char_end"])): r
               for r in facts[["doc_id", "char_start", "char_end", "source_file", "fact_id"]]
               .to_dict("records")}
    items = []
    for r in g.sort_values("year").to_dict("records"):
        year = esc(str(int(r["year"])))
        fact = by_span.get((str(r["doc_id"]), int(r["char_start"]), int(r["char_end"])))
        href = source_link(fact) if fact is not None else ""
        items.append(f"<a href='{href}' title='在原文中查看 open in the source'>{year}</a>"
                     if href else year)
    return " 原文 In the source: " + " · ".join(items)


def trajectory_unit(tr: Any, metric: str) -> str:
    """The unit of a trajectory's values (series/fact unit, else the catalog's)."""
    for df in (tr.actual, tr.targets):
        if len(df) and "unit" in df and pd.notna(df["unit"].iloc[0]):
            return str(df["unit"].iloc[0])
    return metric_unit(metric)


def target_lines(tr: Any, lang: str = "both") -> list[str]:
    """One Markdown line per target of a trajectory: verdict sentence or why none."""
    label = md_esc(metric_label(tr.metric, lang))
    unit = trajectory_unit(tr, tr.metric)
    lines = [f"**{label}** — {md_esc(verdict_sentence(v, unit)).replace('&#42;&#42;', '**')}"
             for v in tr.verdicts]
    judged = {v.fact_id for v in tr.verdicts}
    for r in tr.targets.to_dict("records"):
        if str(r["fact_id"]) in judged:
            continue
        why = ("no actual value of this metric in the sources to compare with"
               if tr.actual.empty else "a target for a year already covered by the actuals")
        lines.append(f"**{label}** — {STATUS_LABELS.get(r['status'], r['status'])} "
                     f"{md_esc(figure_text(r))} for {int(r['ref_year'])}: {md_esc(why)}.")
    return lines


def no_targets_sentence(docs: pd.DataFrame, lang: str = "both") -> str:
    """Said when a district's documents set no quantitative target for a catalogued metric."""
    names = "; ".join(f"《{t}》" for t in docs["title"].fillna(docs["source_file"]))
    verb = "states" if len(docs) == 1 else "state"
    return md_esc(f"{names} {verb} no quantitative targets for any catalogued metric. "
                  f"This profile is built from the documents' themes and priorities instead.")


def theme_sentence(freq: pd.Series, themes: Iterable[Any], lang: str = "both",
                   who: str | None = None, top: int = 5) -> str:
    """``Most emphasised themes: AI (12.3 per 10,000 characters), …``."""
    labels = {t.id: (t.label_zh if lang == "zh" else t.label_en if lang == "en" else t.label)
              for t in themes}
    f = freq[freq > 0].sort_values(ascending=False, kind="stable").head(top)
    head = f"{who}: most" if who else "Most"
    if f.empty:
        return md_esc(f"{head} — no theme term found.")
    items = ", ".join(f"{labels.get(k, k)} ({v:.1f})" for k, v in f.items())
    return md_esc(f"{head} emphasised themes, per 10,000 characters: {items}.")


def priorities_html(sections: pd.DataFrame, docs: pd.DataFrame) -> str:
    """The top-level headings of each document, as an escaped HTML list per document."""
    out = []
    for d in docs.to_dict("records"):
        s = sections[(sections["doc_id"] == d["doc_id"])]
        if s.empty:
            continue
        top = s[s["level"] == s["level"].min()].sort_values("char_start")
        items = "".join(f"<li>{esc(h)}</li>" for h in top["heading"])
        out.append(f"<p>《{esc(d['title'])}》</p><ul>{items}</ul>")
    return "".join(out) or "<p>No headings found.</p>"


def window_sentence(year_window: Any) -> str:
    """States the reference-year window in force."""
    if not year_window:
        return "All reference years are included."
    return md_esc(f"Only figures describing {year_window[0]}–{year_window[1]} are included.")


def metric_note(metric: str) -> str:
    """The catalog's comparability note for ``metric``."""
    return " ".join(str(getattr(_catalog().get(metric), "notes", "") or "").split())


def trajectory_lines(tr: Any, zh_names: Mapping[str, str] | None = None,
                     lang: str = "both") -> list[str]:
    """Markdown lines: the historic path, each target's verdict, the reference points."""
    unit = trajectory_unit(tr, tr.metric)
    label = metric_label(tr.metric, lang)
    lines = []
    a = tr.actual
    if len(a) >= 2:
        lines.append(md_esc(f"{label} {growth_sentence(int(a['year'].iloc[0]), float(a['value'].iloc[0]), int(a['year'].iloc[-1]), float(a['value'].iloc[-1]), unit)}."))  # noqa: E501
    elif len(a) == 1:
        lines.append(md_esc(f"{label}: {fmt_number(a['value'].iloc[0], unit)} in "
                            f"{int(a['year'].iloc[0])}, the only actual value in the sources, "
                            f"so no historic growth rate can be computed."))
    else:
        lines.append(md_esc(f"The sources state no actual value of {label} for this district."))
    lines += target_lines(tr, lang)
    refs = tr.references if tr.references is not None else pd.DataFrame()
    if len(refs):
        latest = refs.sort_values("ref_year").drop_duplicates("district", keep="last")
        pts = ", ".join(f"{district_label(r.district, zh_names, lang)} "
                        f"{fmt_number(r.value, unit)} ({int(r.ref_year)})"
                        for r in latest.itertuples(index=False))
        lines.append(md_esc(f"For reference, other districts' latest actual values: {pts}."))
    return lines


def trajectory_sources(tr: Any, facts: pd.DataFrame) -> pd.DataFrame:
    """The facts behind a trajectory: its targets, the reference points and the actual facts
    (for a series, its first and last stated cells)."""
    ids = set(tr.targets["fact_id"].astype(str)) if len(tr.targets) else set()
    refs = tr.references if tr.references is not None else pd.DataFrame()
    if len(refs):
        latest = refs.sort_values("ref_year").drop_duplicates("district", keep="last")
        ids |= set(latest["fact_id"].astype(str))
    own = facts[(facts["district"] == tr.district) & (facts["metric"] == tr.metric)
                & (facts["status"] == "actual") & facts["kind"].isin(["stock", "share", "flow"])]
    if len(own) and len(tr.actual):
        years = {int(tr.actual["year"].iloc[0]), int(tr.actual["year"].iloc[-1])}
        own = own[own["ref_year"].isin(list(years))]
        ids |= set(own.sort_values("char_start").drop_duplicates("ref_year")["fact_id"].astype(str))
    out = facts[facts["fact_id"].astype(str).isin(ids)]
    return out.sort_values(["district", "status", "ref_year", "char_start"]).reset_index(drop=True)


def district_name_forms(zh_names: Mapping[str, str]) -> list[str]:
    """District names as they appear in text (松江区 and 松江), to leave out of term rankings."""
    out = set()
    for name in zh_names.values():
        out.add(name)
        if len(name) > 2 and name.endswith("区"):
            out.add(name[:-1])
    return sorted(out)
