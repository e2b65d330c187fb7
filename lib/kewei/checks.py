"""Where a document disagrees with itself.

Kinds of check (``checks.kind``):

- ``restatement``: the same figure stated twice (same unit, same words right after it and just
  before it) — consistent when the values agree. The Minhang summary gives 161 and 145 firms
  for the same 7.3亿元 of bank credit.
- ``multiple``: ``是"十二五"末的3.7倍`` tested against the document's own table: the figure
  the sentence states (1755) divided by the same table row's value in the base year.
- ``difference``: ``比2015年增长66家`` tested the same way (stated figure minus the base-year
  value); ``比2015年增长N%`` is tested as a growth rate.
- ``growth_rate``: each cell of a ``较"十二五"期末增长(%)`` table row recomputed from the row
  above it.

A claim is consistent when the computed value, rounded to the claim's own decimals, equals it.
Claims that cannot be tested (no table holds the figure) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kewei.reading import fold
from kewei.series import Table

_CLAUSE = re.compile(r"[,，;；。、:：\n！!？?]")
_SENTENCE = re.compile(r"[。；;！!？?\n]")
_NUM_UNIT = re.compile(r"(\d+(?:\.\d+)?)\s*(家|个|件|项|亿元|万元|人|座|%)")
_MULTIPLE = re.compile(
    r"是\s*[“\"']?(十[一二三四五]五|(?:19|20)\d{2}年)[”\"']?\s*(?:期)?末?的\s*(\d+(?:\.\d+)?)\s*倍"
)
_DIFF = re.compile(
    r"比\s*((?:19|20)\d{2})\s*年(?:末)?\s*(增长|增加|多|减少|下降)了?\s*(\d+(?:\.\d+)?)\s*"
    r"(家|个|件|项|亿元|人|座|%)"
)
_FIVE = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}


def _decimals(raw: str) -> int:
    m = re.search(r"\.(\d+)", raw)
    return len(m.group(1)) if m else 0


def _agrees(claimed: float, computed: float, decimals: int) -> bool:
    return abs(round(computed, decimals) - claimed) < 0.5 * 10 ** (-decimals) + 1e-9


def _sentence_start(folded: str, pos: int) -> int:
    last = 0
    for m in _SENTENCE.finditer(folded, 0, pos):
        last = m.end()
    return last


def _quote(text: str, start: int, end: int, width: int = 160) -> str:
    return re.sub(r"\s+", " ", text[max(start, end - width) : end]).strip()


def _cells_by_value(tables: Iterable[Table], value: float):
    for t in tables:
        for row in t.rows:
            if row.growth_of is not None:
                continue
            for c in row.cells:
                if c.value is not None and abs(c.value - value) < 1e-9:
                    yield t, row, c


def _cell_at(row, year: int):
    for c in row.cells:
        if c.year == year and c.value is not None:
            return c
    return None


def table_checks(text: str, tables: list[Table]) -> list[dict]:
    """growth_rate checks for every growth row, and multiple/difference claims in the text."""
    out: list[dict] = []
    for t in tables:
        for row in t.rows:
            if row.growth_of is None or row.base_year is None:
                continue
            base = _cell_at(row.growth_of, row.base_year)
            for c in row.cells:
                cur = _cell_at(row.growth_of, c.year)
                if c.value is None or base is None or cur is None or not base.value:
                    continue
                computed = (cur.value / base.value - 1.0) * 100.0
                out.append({
                    "kind": "growth_rate",
                    "claim": f"{t.table} {row.growth_of.base_label} {c.year}: {row.label} {c.raw}",
                    "computed": round(computed, 4),
                    "consistent": _agrees(c.value, computed, _decimals(c.raw)),
                    "quote": f"{t.title or t.table}｜{row.growth_of.label} {c.year}: {cur.raw}，"
                    f"{row.base_year}: {base.raw}｜{row.label} {c.raw}",
                    "char_start": c.char_start,
                    "char_end": c.char_end,
                })
    if not tables:
        return out
    folded = fold(text)
    for rx, kind in ((_MULTIPLE, "multiple"), (_DIFF, "difference")):
        for m in rx.finditer(folded):
            s0 = _sentence_start(folded, m.start())
            subjects = list(_NUM_UNIT.finditer(folded, s0, m.start()))
            if not subjects:
                continue
            subj = subjects[-1]
            sval = float(subj.group(1))
            if kind == "multiple":
                base_txt, claimed_raw = m.group(1), m.group(2)
                base_year = _FIVE.get(base_txt) or int(base_txt[:4])
            else:
                base_year, claimed_raw = int(m.group(1)), m.group(3)
            claimed = float(claimed_raw)
            for t, row, cell in _cells_by_value(tables, sval):
                base = _cell_at(row, base_year)
                if base is None or base is cell:
                    continue
                if kind == "multiple":
                    if not base.value:
                        continue
                    computed = sval / base.value
                    ok = _agrees(claimed, computed, _decimals(claimed_raw))
                elif m.group(4) == "%":
                    if not base.value:
                        continue
                    computed = (sval / base.value - 1.0) * 100.0
                    ok = _agrees(claimed, computed, _decimals(claimed_raw))
                else:
                    sign = -1.0 if m.group(2) in ("减少", "下降") else 1.0
                    computed = sign * (sval - base.value)
                    ok = _agrees(claimed, computed, _decimals(claimed_raw))
                out.append({
                    "kind": kind,
                    "claim": text[m.start() : m.end()],
                    "computed": round(computed, 4),
                    "consistent": ok,
                    "quote": _quote(text, s0, m.end())
                    + f"（{t.table} {row.label}: {cell.year} {cell.raw}, {base_year} {base.raw}）",
                    "char_start": m.start(),
                    "char_end": m.end(),
                })
                break
    return out


def _context_key(folded: str, fact: dict) -> tuple | None:
    s, e = int(fact["char_start"]), int(fact["char_end"])
    left_start = s
    while left_start > 0 and not _CLAUSE.match(folded[left_start - 1]) and s - left_start < 30:
        left_start -= 1
    m = _CLAUSE.search(folded, e)
    right_end = m.start() if m else len(folded)
    left = re.sub(r"\s+", "", folded[left_start:s])
    right = re.sub(r"\s+", "", folded[e : min(right_end, e + 40)])[:12]
    if len(right) < 4 or len(left) < 2:
        return None
    return (fact.get("unit"), left[-2:], right)


def _around(text: str, folded: str, fact: dict) -> str:
    s0 = _sentence_start(folded, int(fact["char_start"]))
    m = _CLAUSE.search(folded, int(fact["char_end"]))
    end = m.start() if m else len(text)
    return _quote(text, s0, end, 80)


def restatement_checks(text: str, facts: list[dict]) -> list[dict]:
    """The same figure stated more than once: one check per later statement vs the first."""
    folded = fold(text)
    groups: dict[tuple, list[dict]] = {}
    for f in sorted(facts, key=lambda f: (f["char_start"], f["char_end"])):
        if f.get("value") is None:
            continue
        key = _context_key(folded, f)
        if key is not None:
            groups.setdefault(key, []).append(f)
    out: list[dict] = []
    for group in groups.values():
        first = group[0]
        for later in group[1:]:
            if later["char_start"] == first["char_start"]:
                continue
            out.append({
                "kind": "restatement",
                "claim": f"{later['raw']} (restates {first['raw']} at char {first['char_start']})",
                "computed": float(first["value"]),
                "consistent": abs(float(later["value"]) - float(first["value"])) < 1e-9,
                "quote": f"{_around(text, folded, first)} … {_around(text, folded, later)}",
                "char_start": int(later["char_start"]),
                "char_end": int(later["char_end"]),
            })
    return out


def find_checks(doc_id: str, text: str, tables: list[Table], facts: list[dict]) -> list[dict]:
    """All checks for one document, with stable ``check_id`` (by position, then kind)."""
    rows = table_checks(text, tables) + restatement_checks(text, facts)
    rows.sort(key=lambda r: (r["char_start"], r["char_end"], r["kind"], r["claim"]))
    for n, r in enumerate(rows, start=1):
        r["check_id"] = f"{doc_id}-c{n:03d}"
        r["doc_id"] = doc_id
    return rows
