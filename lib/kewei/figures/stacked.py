"""Tables laid out one cell per line, as statistics bulletins flatten them: under a header of
text cells (地 区 / R&D经费 / … / 太原市 / 114.7 / …) or under a header that opens with a key
column (序号, 指标, 地区, 年份, or the table's year over a header of places). Each bare number is
a ``_GridCell`` read through its column, or its row's label when the header does not align."""

from __future__ import annotations

import re

from kewei.figures.grids import (
    _GROWTH_HEAD,
    _OPENING_YEAR,
    _RANK_HEADER,
    _ROW_YEAR,
    _TITLE_YEAR,
    _UNIT,
    _YEAR,
    _GridCell,
    _is_number,
)
from kewei.metrics import metric_for_label

# a table laid out one cell per line under a header of text cells (a statistics bulletin)::
#
#     地 区 / R&D经费 / R&D经费投入强度 / (亿元) / (%) / 全  省 / 251.9 / 1.12 / 太原市 / 114.7 / …
#
# the header: a cell over the row labels, then one per measure; the measures' units in
# parentheses, a line each; then each row: its label and one cell per measure
_UNIT_LINE = re.compile(r"[((]([^()()\d]{1,6})[))]")
_STACKED_MISSING = frozenset({"-", "/", "—", "--", "——", "－", "／", "…"})
_STACKED_LABEL = re.compile(r"[^。;;::!?\d]{1,20}")  # (地 区 reads 地,区)


def _cell_lines(norm: str, bars: bool = False) -> list[tuple[int, int, str]]:
    """The non-empty lines of ``norm`` as cells: (start, end, text), the text stripped of spaces
    (and with ``bars`` of the bars a page may leave around a cell: 地区 |, 1754 |)."""
    out: list[tuple[int, int, str]] = []
    strip = r"[ \t|]*(.*?)[ \t|]*" if bars else r"[ \t]*(.*?)[ \t]*"
    for m in re.finditer(r"[^\n]+", norm):
        cell = re.fullmatch(strip, m.group())
        if cell.group(1):
            out.append((m.start() + cell.start(1), m.start() + cell.end(1), cell.group(1)))
    return out


def _stacked_cells(norm: str) -> list[_GridCell]:
    """The bare numbers of tables laid out one cell per line with a text header row: each reads
    its metric and unit from its column's header, or else from its row's label."""
    lines = _cell_lines(norm)
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
        block_at = head_at  # (more header cells than columns: a header of two levels)
        while block_at > 0 and label(texts[block_at - 1]):
            block_at -= 1
        if block_at < head_at:
            # 地 区 / 当年授权量 / 当月授权量 / 发明 / … / 职 务 / 非职务 / 大专院校 / …: the
            # leading columns that name a measure are leaves, read from the left; the others
            # are read from the right as before
            left = texts[block_at + 1 : units_at]
            lead = 0
            while lead < m and metric_for_label(left[lead]) is not None:
                lead += 1
            header = left[:lead] + header[lead:]
        above = texts[block_at - 1] if block_at > 0 else ""
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
    lines = _cell_lines(norm, bars=True)
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
