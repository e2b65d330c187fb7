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
# two or more bare numbers, space-separated, that end their line
_SPACED_RUN = re.compile(
    rf"(?<![\d.,%A-Za-z/\-:]){_CELL_NUMBER}(?:[ \t]+{_CELL_NUMBER})+(?=[ \t]*(?:\n|$))")
_SPACED_CELL = re.compile(_CELL_NUMBER)


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


# a table laid out one cell per line under a header of text cells (a statistics bulletin)::
#
#     地 区 / R&D经费 / R&D经费投入强度 / (亿元) / (%) / 全  省 / 251.9 / 1.12 / 太原市 / 114.7 / …
#
# the header: a cell over the row labels, then one per measure; the measures' units in
# parentheses, a line each; then each row: its label and one cell per measure
_UNIT_LINE = re.compile(r"[((]([^()()\d]{1,6})[))]")
_STACKED_MISSING = frozenset({"-", "/", "—", "--", "——", "－", "／", "…"})
_STACKED_LABEL = re.compile(r"[^。;;::!?\d]{1,20}")  # (地 区 reads 地,区)


def _stacked_cells(norm: str) -> list[_GridCell]:
    """The bare numbers of tables laid out one cell per line with a text header row: each reads
    its metric and unit from its column's header, or else from its row's label."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]+", norm)
             if m.group().strip()]
    texts = [t for _, _, t in lines]

    def cell(t: str) -> bool:
        return _is_number(t) or t in _STACKED_MISSING

    def label(t: str) -> bool:
        return bool(_STACKED_LABEL.fullmatch(t)) and not _UNIT_LINE.fullmatch(t)

    def row_at(i: int) -> int:  # the number of cells after the label at line i (0: no row)
        if i >= len(texts) or not label(texts[i]):
            return 0
        k = i + 1
        while k < len(texts) and cell(texts[k]):
            k += 1
        return k - i - 1

    out: list[_GridCell] = []
    i = 0
    while i < len(texts):
        m = row_at(i)
        rows = []
        k = i
        while m and row_at(k) == m:
            rows.append(k)
            k += m + 1
        if len(rows) < 2 or all(_ROW_YEAR.fullmatch(t) for t in texts[i + 1 : i + 1 + m]):
            i = max(k, i + 1)
            continue
        units_at = i - m if i >= m and all(_UNIT_LINE.fullmatch(t) for t in texts[i - m : i]) \
            else i
        head_at = units_at - (m + 1)
        if head_at < 0 or not all(label(t) for t in texts[head_at:units_at]):
            i = k
            continue
        header = texts[head_at + 1 : units_at]
        if not all(re.search(r"[\u4e00-\u9fff]", h) for h in header):
            i = k  # (• Upload / others / • View / 0: a web page's widgets, no measures)
            continue
        units = [_UNIT_LINE.fullmatch(t).group(1) for t in texts[units_at:i]] or [""] * m
        above = texts[head_at - 1] if head_at > 0 else ""
        dated = _TITLE_YEAR.search(above) or _OPENING_YEAR.match(above)
        table_year = int(dated.group(1)) if dated else None
        # (R&D经费投入(亿元) / 增长(%): the growth of the measure before it)
        cols = [h if j == 0 or _GROWTH_HEAD.sub("", _UNIT.sub("", h)).strip() else header[j - 1] + h
                for j, h in enumerate(header)]
        for r in rows:
            for j in range(m):
                s, e, text = lines[r + 1 + j]
                if not _is_number(text):
                    continue
                own = _UNIT.findall(header[j])
                unit = "%" if text.endswith("%") else (units[j] or (own[-1] if own else ""))
                out.append(_GridCell(s, e, cols[j], texts[r], f"{header[j]} {units[j]}",
                                     unit, table_year, bool(_RANK_HEADER.search(header[j])),
                                     row_span=(lines[r][0], lines[r + m][1])))
        i = k
    return out


# a table laid out one cell per line under a header that opens with a key column (序号, 指标,
# 地区, 年份): its value columns may be years (2013 / … / 2018), rows may open with a serial
# number and a category before their label, and cells in brackets are estimates ([360])::
#
#     序号 / 类别 / 指标 / 2013 / … / 2018 / 2018年同比增长率 / 15城市排序 /
#     1 / 高新产业指标 / 高新技术企业累计数(家) / 1113 / … / 3536 / 25.08% / 4 / 2 / …
#
# when the header cannot be aligned with the cells (two levels of headings), each cell keeps
# its row's label and the table's year only
_KEY_HEAD = re.compile(r"序号|编号|指标|指标名称|项目|地区|区域|类别|名称|城市|区县|县区|年份")
_SERIAL_HEAD = ("序号", "编号")
_ESTIMATE = re.compile(r"\[(\d+(?:\.\d+)?%?)\]")
_CELL_LABEL = re.compile(r"[^。;;!?]{1,40}")
_RANGE_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}[-—–~至]((?:19|20)\d{2})年")


def _keyed_cells(norm: str) -> list[_GridCell]:
    """The bare numbers of tables laid out one cell per line under a header opening with a key
    column: each reads its year and measure from its column when the header aligns with the
    cells, its metric and unit from its row's label otherwise."""
    lines = []  # (a cell may close with a | the page left: 地区 |, 1754 |)
    for m in re.finditer(r"[^\n]+", norm):
        cell_m = re.fullmatch(r"[ \t|]*(.*?)[ \t|]*", m.group())
        if cell_m.group(1):
            lines.append((m.start() + cell_m.start(1), m.start() + cell_m.end(1), cell_m.group(1)))
    texts = [t for _, _, t in lines]
    n = len(texts)

    def cell(t: str) -> bool:
        return _is_number(t) or t in _STACKED_MISSING or bool(_ESTIMATE.fullmatch(t))

    def key(t: str) -> bool:
        return bool(_KEY_HEAD.fullmatch(re.sub(r"[, ]", "", t)))

    def text_cell(t: str) -> bool:
        return bool(_CELL_LABEL.fullmatch(t)) and not cell(t) and not _UNIT_LINE.fullmatch(t)

    out: list[_GridCell] = []
    i = 0
    while i < n:
        # (a year over a header of places, 2018 / 福田 / 南山 / …: the table's year is the key)
        year_key = bool(_ROW_YEAR.fullmatch(texts[i])) and i + 1 < n and text_cell(texts[i + 1])
        if not key(texts[i]) and not year_key:
            i += 1
            continue
        first = i
        keys: list[str] = []
        heads: list[str] = []
        units: list[str] = []
        j = i
        if year_key:
            keys.append(texts[j])
            j += 1
        while j < n and key(texts[j]) and not heads:
            keys.append(re.sub(r"[, ]", "", texts[j]))
            j += 1
        while j < n:
            t = texts[j]
            if _ROW_YEAR.fullmatch(t) and int(t[:4]) <= 2040 and (
                    not heads or _ROW_YEAR.fullmatch(heads[-1])):
                heads.append(t)  # a year over a column (not a cell: 1月 / 2083 follows a label)
            elif _UNIT_LINE.fullmatch(t):
                units.append(_UNIT_LINE.fullmatch(t).group(1))
            elif text_cell(t) and len(t) <= 30:
                heads.append(t)
            else:
                break
            j += 1
        serial = any(k in _SERIAL_HEAD for k in keys)
        if not serial and heads and not _ROW_YEAR.fullmatch(heads[-1]):
            heads.pop()  # the first row's label, read with the header
            j -= 1 + sum(1 for t in texts[j - 1 : j] if _UNIT_LINE.fullmatch(t))
            while j > first and not text_cell(texts[j]):
                j -= 1
        width = len(heads) if serial else 0
        if not width:  # the first row's run of cells sets the table's width
            k = j + 1
            while k < n and cell(texts[k]):
                k += 1
            width = k - j - 1
        if width < 1 or len(keys) + len(heads) < 2:
            i = j + 1
            continue
        rows: list[tuple[int, int, int]] = []  # (label line, first cell line, cells)
        p = j
        while p < n:
            if serial:
                if not re.fullmatch(r"\d{1,3}", texts[p]):
                    break
                p += 1
            label_at = p
            while p < n and text_cell(texts[p]) and p - label_at < 3:
                p += 1
            run = 0
            while p + run < n and cell(texts[p + run]):
                run += 1
            if serial and run > 0 and p + run < n and text_cell(texts[p + run]) and (
                    re.fullmatch(r"\d{1,3}", texts[p + run - 1])):
                run -= 1  # the next row's serial number
            nxt = texts[p + run] if p + run < n else ""
            if p == label_at or not run or run > width or run < width - 2 or (
                    run < width and nxt and not text_cell(nxt)
                    and not (serial and re.fullmatch(r"\d{1,3}", nxt))):
                break  # (a row may lack its last cells, left blank: 2.17% / 9 / 科技创新…)
            rows.append((p - 1, p, run))
            p += run
        if len(rows) < 2 or not any(re.search(r"[\u4e00-\u9fff]", texts[r]) for r, _, _ in rows):
            i = max(p, i + 1)
            continue
        aligned = len(heads) == width
        years = [h for h in heads if _ROW_YEAR.fullmatch(h)]
        col_heads = heads if aligned else (years if len(years) == width else [""] * width)
        col_units = units if len(units) == width else [""] * width
        above = " ".join(texts[max(0, first - 3) : first])
        dated = (_RANGE_TITLE_YEAR.search(above) or _TITLE_YEAR.search(texts[first - 1] if first
                 else "") or _YEAR.search(above))
        table_year = int(dated.group(1)) if dated else None
        if year_key:
            table_year = int(_ROW_YEAR.fullmatch(keys[0]).group(1))
        # a table whose columns and rows both name no measure (places by months) counts what
        # its title names (2018年深圳市各区专利申请情况汇总表)
        title = texts[first - 1] if first and aligned and not any(
            metric_for_label(h) for h in (*heads, *(texts[r] for r, _, _ in rows))) else ""
        for r, c0, cells in rows:
            row_label = texts[r]
            for jj in range(cells):
                s, e, text = lines[c0 + jj]
                est = _ESTIMATE.fullmatch(text)
                if est:
                    s, e, text = s + 1, e - 1, est.group(1)
                if not _is_number(text):
                    continue
                head = col_heads[jj]
                year_m = _YEAR.findall(head)
                named = _YEAR.sub("", head).strip() if head else ""
                rank = bool(_RANK_HEADER.search(head))
                col_label = "" if _ROW_YEAR.fullmatch(head) else named
                own = _UNIT.findall(head) or _UNIT.findall(row_label)
                unit = "%" if text.endswith("%") else (col_units[jj] or (own[-1] if own else ""))
                out.append(_GridCell(
                    s, e, col_label if (rank or col_label) else "", row_label,
                    f"{head} 预计" if est else head, "" if rank else unit,
                    int(year_m[-1]) if year_m else table_year, rank,
                    row_span=(lines[r][0], lines[c0 + cells - 1][1]), title=title))
        i = p
    return out
