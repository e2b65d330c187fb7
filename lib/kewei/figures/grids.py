"""Tables whose rows are lines of cells separated by ``|`` (web pages and markdown flatten HTML
tables so): the bare numbers in their cells are figures, read through their column headers::

    区块 | 2020年度 | 2021年度 |            (a header row: a year over two columns each)
    R&D强度(%) | 排名 | R&D强度(%) | 排名 |   (a header row under it: the measure and its rank)
    柯城区 | 1.85 | 3 | 2.02 | 2 |           (a data row: its label, then the cells)

A column's header names its metric, its unit in parentheses, a year and whether it holds ranks
(排名); a header that is only a year leaves the metric to the row's label (``高新技术企业数(家) |
469 | 519``). A rank column ranks the measure of the column before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kewei.figures.candidates import _Cand
from kewei.figures.context import _unit_group
from kewei.figures.figure import Figure
from kewei.figures.text import _Text
from kewei.metrics import UNCLASSIFIED, metric_for_label
from kewei.series import _MONEY_SCALE

# a cell's number: 1,403.07, 25, 100.00% (a | table's may carry a sign)
_CELL_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"
_NUMBER = re.compile(r"[+-]?" + _CELL_NUMBER)
_YEAR = re.compile(r"((?:19|20)\d{2})(?:年(?:度|末|底)?|$)")
_UNIT = re.compile(r"[((]([^()()]{1,6})[))]")
_RANK_HEADER = re.compile(r"排名|名次|位次|排序|排位|排行")
# the text just above a table that dates it: a year in its title (2023年…情况表), else a year
# opening the paragraph before (2023年,柯城区规上工业企业研发费用实现34.23亿元…)
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年(?=[^\n]*表[ ]*$)")
_OPENING_YEAR = re.compile(r"[ ]*(?:截至|截止|至)?((?:19|20)\d{2})年")
_KEY_HEADER = re.compile(r"序号|编号|年份|年度|年|时间")  # a column of row numbers or years
_ROW_YEAR = re.compile(r"((?:19|20)\d{2})(?:年(?:度|末|底)?)?")
_SEPARATOR = re.compile(r"[\s|:-]*")  # a markdown rule line: | --- | :-: |


@dataclass(frozen=True)
class _GridCell:
    """A bare number in a ``|`` table, with what its headers say of it."""

    s: int  # normalised span of the number
    e: int
    col_label: str  # the column's measure (of the column before, for a rank column)
    row_label: str  # the row's label ("" when the row opens with a number)
    head: str  # all the column's header text, for cue words (目标, 预计)
    unit: str  # from the header's parentheses or a % in the cell; "" when none is named
    year: int | None  # a year its column header names, else the table's title or the sentence
    rank: bool  # a rank column (排名)
    spaced: bool = False  # a row laid out with spaces (no cue words around it apply)
    row_span: tuple[int, int] | None = None  # a row laid out one cell per line: its quote
    title: str = ""  # the table's title, when its columns are places or periods, not measures


def _cells(norm: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The cells of the line ``norm[a:b]``: (start, end, stripped text); outer empties dropped."""
    out: list[tuple[int, int, str]] = []
    start = a
    for i in [*(k for k in range(a, b) if norm[k] == "|"), b]:
        raw = norm[start:i]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append((start + lead, start + lead + len(text), text))
        start = i + 1
    while out and not out[-1][2]:
        out.pop()
    if out and not out[0][2] and norm[a:b].lstrip().startswith("|"):
        out.pop(0)
    return out


def _is_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text))


def _spread(row: list[str], ncols: int) -> list[str] | None:
    """A header row's text over the table's ``ncols`` columns, or None when it cannot be aligned:
    a full row; a row one short (the label column's header spans it from above); or a label
    header, then cells that each span the same number of columns (a year over two)."""
    k = len(row)
    if k == ncols:
        return row
    if k == ncols - 1:
        return ["", *row]
    if k >= 2 and (ncols - 1) % (k - 1) == 0:
        w = (ncols - 1) // (k - 1)
        return [row[0], *(h for h in row[1:] for _ in range(w))]
    return None


def _rows(laid: list[list[tuple[int, int, str]] | None]) -> list[list[tuple[int, int, str]]]:
    """The table's rows from its lines. A table laid out one cell per line (``和平区 |``, ``120
    |``), its rows ended by bare ``|`` lines, has each row's cells gathered into one row."""
    lines = [r for r in laid if r is not None]
    if sum(r is None for r in laid) < 2 or any(len(r) > 1 for r in lines):
        return lines
    rows: list[list[tuple[int, int, str]]] = [[]]
    for r in laid:
        if r is None:
            rows.append([])
        else:
            rows[-1].extend(r)
    return [r for r in rows if r]


def _grid_cells(norm: str) -> list[_GridCell]:
    """The bare-number cells of every ``|`` table in ``norm`` with a header row above its data."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm)]
    out: list[_GridCell] = []
    i = 0
    while i < len(lines):
        first = i
        laid: list[list[tuple[int, int, str]] | None] = []  # None: a rule or a bare | line
        while i < len(lines) and norm.count("|", *lines[i]) >= 1:
            rule = _SEPARATOR.fullmatch(norm[lines[i][0] : lines[i][1]])
            laid.append(None if rule else _cells(norm, *lines[i]))
            i += 1
        group = _rows(laid)
        i += not group
        # (排行 | 國家級經開區 | 省份 |, 1 | 蘇州工業園區 | 江蘇 |: a ranking, its place first)
        ranking = bool(group) and bool(_RANK_HEADER.search(group[0][0][2] if group[0] else ""))
        data_at = next((r for r, row in enumerate(group)
                        if any(_is_number(t) for _, _, t in row[1:])
                        or (ranking and r and row and _is_number(row[0][2]))), None)
        above = [norm[a:b] for a, b in lines[max(first - 2, 0) : first]]
        dated = [_TITLE_YEAR.search(above[-1])] if above else []
        dated += [_OPENING_YEAR.match(t) for t in reversed(above)]
        table_year = next((int(m.group(1)) for m in dated if m), None)
        if len(group) == 1 and len(group[0]) >= 12:
            out += _flat_row_cells(group[0], table_year)  # a whole table run into one line
            continue
        if not data_at:  # no data, or no header row above it
            continue
        heads = group[:data_at][-3:]
        data = group[data_at:]
        ncols = max(len(row) for row in data)
        spread = [s for row in heads if (s := _spread([t for _, _, t in row], ncols))]
        if not spread:  # headings over two levels: each number keeps its row's label only
            out += [c for row in data for c in _flat_row_cells(row, table_year)]
            continue
        for row in data:
            row_label = row[0][2] if not _is_number(row[0][2]) else ""
            row_year = _ROW_YEAR.fullmatch(row[0][2])  # 年份 | 高企数(家): a row per year
            measure = ""  # the measure of the last non-rank column, for the rank column after it
            for j, (s, e, text) in enumerate(row):
                col = [h[j] for h in spread if j < len(h) and h[j]]
                own = col[-1] if col else ""
                rank = bool(_RANK_HEADER.search(own))
                named = _YEAR.sub("", own).strip()
                if not rank and named and not _NUMBER.fullmatch(named):
                    measure = own
                if not _is_number(text) or (j == 0 and (
                        row_year or not col or _KEY_HEADER.fullmatch(col[-1]))):
                    continue
                years = [int(y) for h in col for y in _YEAR.findall(h)]
                if not years and _GROWTH_HEAD.search(own):
                    # (2016年 | 2017年 | 增长率: the growth to the last year of the header)
                    years = sorted(int(y) for h in spread for c in h for y in _YEAR.findall(c))
                col_label = measure if (rank or named) else ""
                units = [u for h in (*col, col_label or row_label) for u in _UNIT.findall(h)]
                unit = "%" if text.endswith("%") else (units[-1] if units and not rank else "")
                out.append(_GridCell(s, e, col_label, row_label, " ".join(col), unit,
                                     years[-1] if years else (
                                         int(row_year.group(1)) if row_year else table_year),
                                     rank))
    return out


def _flat_row_cells(row: list[tuple[int, int, str]], year: int | None) -> list[_GridCell]:
    """The numbers of a | row whose columns cannot be named: each with the text cell before it
    that names a place or a measure (全 市 | 183 | 66 | …), in the table's year."""
    out: list[_GridCell] = []
    label, label_at = "", -1
    for s, e, text in row:
        if not _is_number(text):
            if re.search(r"[\u4e00-\u9fff]", text):
                label, label_at = text, s
            continue
        if label:  # (quoted from its label: 全 市 | 183 | 66)
            out.append(_GridCell(s, e, "", label[-40:], "", "%" if text.endswith("%") else "",
                                 year, False, spaced=True,  # (its headings' 去年同期: no cue)
                                 row_span=(label_at, e)))
    return out


_GRID_TARGET = re.compile(r"目标|预期|计划|规划|任务")
_GROWTH_HEAD = re.compile(r"(?:同比)?(?:增长|增速|增幅)率?")
_GRID_ACTUAL = re.compile(r"基数|基期|基准|现状|实际|完成值|完成情况|已完成")


def _grid_cand(g: _GridCell, norm: str) -> _Cand:
    """The candidate of a bare number in a | table, in the unit its header names."""
    raw = norm[g.s : g.e]
    v = float(raw.replace(",", "").rstrip("%"))
    unit, hint = g.unit, "count"
    if g.rank:
        unit, hint = "rank", "rank"
    elif unit == "%":
        hint = "percent"
    elif (scale := _MONEY_SCALE.get(unit)) is not None:
        v, unit, hint = v * scale, "亿元", "money"
    return _Cand(s=g.s, e=g.e, value=v, low=None, high=None, unit=unit, kind_hint=hint,
                 comparator="eq")


def _grid_figure(g: _GridCell, c: _Cand, tx: _Text, s_lo: int, s_hi: int, status: str,
                 ref_year: int | None, doc_year: int | None) -> Figure:
    """A | table cell's figure: metric, unit and year from its headers, else from its row's
    label and the text around the table (status and year as for any figure there)."""
    metric = metric_for_label(g.col_label) if g.col_label else None
    # a growth column (增长(%), 2018年同比增长率) gives the growth of the measure it follows
    growth = c.unit == "%" and bool(_GROWTH_HEAD.search(g.col_label))
    if metric is None and growth:
        metric = metric_for_label(_GROWTH_HEAD.sub("", g.col_label).replace("(%)", ""))
    if metric is None and g.title and not growth and not g.rank:
        metric = metric_for_label(g.title)  # 2018年深圳市各区专利申请情况汇总表: all its cells
    if metric is None and g.row_label:
        metric = metric_for_label(g.row_label)
        row_unit = _UNIT.findall(g.row_label)
        if metric is not None and growth and row_unit and (
                _unit_group(metric.unit) != _unit_group(row_unit[-1])):
            metric = None  # R&D活动人员折合全时当量(人年)'s growth: no R&D amount
    if metric is not None and not g.rank and c.unit and not growth and (
            _unit_group(metric.unit) != _unit_group(c.unit)):
        metric = None  # R&D强度(%) is no amount of R&D, whatever its alias says
    if g.rank:
        kind = "rank"
    elif growth:
        kind = "rate"
    elif metric is not None and metric.kind in ("share", "rate") and c.unit == "%":
        kind = metric.kind
    elif c.unit == "%":
        kind = "rate" if re.search(r"增长|增速|增幅|同比", g.col_label or g.row_label) else "share"
    else:
        kind = metric.kind if metric is not None and metric.kind in ("stock", "flow") else "stock"
    if g.year is not None:
        ref_year = g.year
        if doc_year is not None and g.year < doc_year:
            status = "actual"
    if "预计" in g.head:
        status = "expected"
    elif _GRID_ACTUAL.search(g.head):
        status = "actual"
    elif _GRID_TARGET.search(g.head):
        status = "target"
    o_s, o_e = tx.span(c.s, c.e)
    q_s, q_e = tx.span(*(g.row_span or (s_lo, s_hi)))
    if metric is not None:
        mid, mzh = metric.id, metric.label_zh
    else:
        mid, mzh = UNCLASSIFIED, (g.col_label or g.row_label)[:40]
    return Figure(metric=mid, metric_zh=mzh, value=c.value, unit=c.unit, raw=tx.orig[o_s:o_e],
                  comparator="eq", value_low=None, value_high=None, kind=kind, status=status,
                  ref_year=ref_year, quote=tx.orig[q_s:q_e].strip(), char_start=o_s, char_end=o_e)


# a row of a table laid out with spaces (a budget form: 年度资金总额: 25 25 25 10 100.00% 10.00):
# two or more bare numbers, space-separated, that end their line (a growth column's may carry a
# sign after its space: 小 学 35 64328 -0.3)
_SPACED_RUN = re.compile(
    rf"(?<![\d.,%A-Za-z/\-:])(?:(?<=[ \t])-)?{_CELL_NUMBER}(?:[ \t]+-?{_CELL_NUMBER})+"
    r"(?=[ \t]*(?:\n|$))")
_SPACED_CELL = re.compile(r"(?:(?<=[ \t])-)?" + _CELL_NUMBER)


def _spaced_cells(norm: str) -> list[_GridCell]:
    """The bare numbers of table rows laid out with spaces: each is a figure of the row's
    label, with no unit of its own (a year is a column's label, not a cell)."""
    out: list[_GridCell] = []
    for run in _SPACED_RUN.finditer(norm):
        line_lo = norm.rfind("\n", 0, run.start()) + 1
        label = norm[line_lo : run.start()].strip(" \t:")
        for m in _SPACED_CELL.finditer(norm, run.start(), run.end()):
            if re.fullmatch(r"(?:19|20)\d{2}", m.group()):
                continue
            unit = "%" if m.group().endswith("%") else ""
            out.append(_GridCell(m.start(), m.end(), "", label[-40:], "", unit, None, False,
                                 spaced=True))
    return out
