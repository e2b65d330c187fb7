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

# Characters with a meaning in Markdown; replaced by numeric entities so they render as text.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~$:"}

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
    """Escape for inline Markdown: HTML-escaped, Markdown specials as entities, one line."""
    s = esc(text)
    s = "".join(_MD_SPECIAL.get(c, c) for c in s)
    return " ".join(s.split())


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


def source_note(row: Mapping[str, Any], titles: Mapping[str, str] | None = None) -> str:
    """HTML footnote body: “quote” — 《title》 (file, chars a–b), all escaped."""
    title = (titles or {}).get(str(row.get("doc_id", "")), "")
    where = f"{esc(row.get('source_file'))}, chars {int(row['char_start'])}–{int(row['char_end'])}"
    t = f"《{esc(title)}》 " if title else ""
    return f"“{esc(row.get('quote'))}” — {t}({where})"


def html_table(df: pd.DataFrame, index: bool = False) -> str:
    """A DataFrame as an HTML table with every cell escaped."""
    return df.to_html(index=index, escape=True, na_rep="–", border=0,
                      classes="kewei-table")


def footnoted_table(rows: pd.DataFrame, columns: Mapping[str, str],
                    titles: Mapping[str, str] | None = None, start: int = 1) -> str:
    """An HTML table of facts (``columns``: fact column → header) with a numbered footnote per
    row giving its quote and source. Everything from documents is escaped."""
    head = "".join(f"<th>{esc(h)}</th>" for h in [*columns.values(), "#"])
    body, notes = [], []
    for i, r in enumerate(rows.to_dict("records"), start=start):
        cells = "".join(f"<td>{esc(r.get(c))}</td>" for c in columns)
        body.append(f"<tr>{cells}<td><a href='#fn{i}' id='ref{i}'>[{i}]</a></td></tr>")
        notes.append(f"<li id='fn{i}' value='{i}'>{source_note(r, titles)}</li>")
    return (f"<table class='kewei-table'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>"
            f"<ol class='kewei-notes' style='font-size:90%'>{''.join(notes)}</ol>")


def bullet_list(items: Iterable[str]) -> str:
    """Markdown bullet list of already-escaped items."""
    return "\n".join(f"- {i}" for i in items)
