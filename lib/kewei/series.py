"""Year-by-year tables laid out one cell per line (the Songjiang 十四五 plan's 表一…表四).

The layout, as web pages flatten an HTML table::

    年份 / 2015 / 2016 / … / 2020          (a header row: the word 年份, then N years)
    高新技术企业数量 / 469 / 519 / … / 1755  (rows: a label, then exactly N cells)
    表三  高新技术企业数量                   (the title comes AFTER the cells)

one item per line, separated by empty lines. A cell is a number (``4.59``, ``61.34%``), ``/`` or
``-`` (missing, never zero) or a whitespace-only line (missing). A label ``X(单位)`` carries
its unit; a row labelled ``较"十二五"期末增长(%)`` is the growth rate of the row above it
relative to the base year named in the label (十二五期末 → 2015).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kewei import vocab
from kewei.reading import fold

_YEAR = re.compile(r"^(19|20)\d{2}$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?%?$")
_MISSING = {"/", "-", "—", "--", "——", "－", "／", ""}
_TITLE = re.compile(r"^表\s*([一二三四五六七八九十]+|\d+)\s*(.*)$")
_HEADER_WORDS = {"年份", "年度", "年", "指标"}
_LABEL_UNIT = re.compile(r"^(.*?)\s*[(（]\s*([^()（）]{1,8})\s*[)）]\s*$")
# Money in 亿元 is canonical; other money units are scaled.
_MONEY_SCALE = {"亿元": 1.0, "万元": 1e-4, "元": 1e-8, "万亿元": 1e4}


@dataclass
class Cell:
    year: int
    raw: str  # as written (stripped); "" for a whitespace-only cell
    value: float | None  # None when missing ('/', blank)
    char_start: int
    char_end: int


@dataclass
class Row:
    label: str  # as written, e.g. "R&D(亿元)"
    base_label: str  # without the unit, e.g. "R&D"
    unit: str | None
    metric: str  # catalog id, or "unclassified"
    metric_zh: str
    kind: str | None
    growth_of: Row | None = None  # for 较…增长(%) rows: the row above
    base_year: int | None = None  # for growth rows
    cells: list[Cell] = field(default_factory=list)
    char_start: int = 0
    char_end: int = 0

    @property
    def series_metric(self) -> str:
        """Metric id in ``series``: growth rows are ``<metric>_growth``."""
        return f"{self.growth_of.metric}_growth" if self.growth_of else self.metric


@dataclass
class Table:
    table: str  # "表三"; "table@<offset>" when the table has no title
    title: str | None
    years: list[int]
    rows: list[Row]
    char_start: int  # start of the 年份 line
    char_end: int  # end of the title line (or the last cell)


@dataclass
class _Tok:
    text: str  # stripped (folded for matching)
    start: int
    end: int
    blank: bool


def _tokens(text: str, start: int, limit: int = 400) -> list[_Tok]:
    """Non-empty lines from ``start`` on (at most ``limit``). Whitespace-only lines are blank."""
    out: list[_Tok] = []
    pos, n = start, len(text)
    while pos < n and len(out) < limit:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        if raw.strip("\r") != "":
            line = fold(raw)
            s = line.strip()
            lead = len(line) - len(line.lstrip())
            out.append(_Tok(s, pos + lead, pos + lead + len(s), blank=not s))
        pos = end + 1
    return out


def _base_year(label: str, years: list[int]) -> int | None:
    f = fold(label)
    for name, (_, end) in vocab.FIVE_YEAR_PERIODS.items():
        if name in f:
            return end
    m = re.search(r"((?:19|20)\d{2})\s*年", f)
    if m:
        return int(m.group(1))
    return years[0] if years else None


def _is_cell(t: _Tok) -> bool:
    return t.blank or t.text in _MISSING or bool(_NUMBER.match(t.text.replace(",", "")))


def _make_row(label_tok: _Tok, text: str, previous: Row | None, lookup) -> Row:
    label = text[label_tok.start : label_tok.end]
    flabel = label_tok.text
    m = _LABEL_UNIT.match(flabel)
    base, unit = (m.group(1).strip(), m.group(2).strip()) if m else (flabel, None)
    is_growth = "增长" in base and (unit == "%" or "率" in base or base.startswith(("较", "比")))
    if is_growth and previous is not None:
        base_metric = previous.growth_of or previous
        return Row(label, base, "%", base_metric.metric, base_metric.metric_zh, "rate",
                   growth_of=base_metric)
    metric = lookup(base) or lookup(flabel)
    if metric is None:
        return Row(label, base, unit, "unclassified", base, None)
    return Row(label, base, unit or metric.unit, metric.id, metric.label_zh, metric.kind)


def _parse_value(raw: str, unit: str | None) -> tuple[float | None, str | None]:
    s = raw.replace(",", "")
    if s in _MISSING:
        return None, unit
    pct = s.endswith("%")
    v = float(s.rstrip("%"))
    if pct:
        return v, "%"
    if unit in _MONEY_SCALE:
        return v * _MONEY_SCALE[unit], "亿元"
    return v, unit


def find_tables(text: str, lookup=None) -> list[Table]:
    """Every one-cell-per-line year table in ``text``.

    ``lookup(label) -> Metric | None`` maps a row label to a catalog metric (default:
    :func:`kewei.metrics.metric_for_label`).
    """
    if lookup is None:
        from kewei.metrics import metric_for_label as lookup
    folded = fold(text)
    tables: list[Table] = []
    for m in re.finditer(r"^[ \t]*(年份|年度|指标)[ \t]*\r?$", folded, re.M):
        if tables and m.start() < tables[-1].char_end:
            continue
        toks = _tokens(text, m.end())
        years: list[int] = []
        i = 0
        while i < len(toks) and _YEAR.match(toks[i].text):
            years.append(int(toks[i].text))
            i += 1
        n = len(years)
        if n < 2:
            continue
        rows: list[Row] = []
        last_end = toks[i - 1].end
        while i + n < len(toks) + 1 and i < len(toks):
            lab = toks[i]
            if lab.blank or _is_cell(lab) or _TITLE.match(lab.text) or lab.text.startswith("图"):
                break
            cells = toks[i + 1 : i + 1 + n]
            if len(cells) < n or not all(_is_cell(c) for c in cells):
                break
            row = _make_row(lab, text, rows[-1] if rows else None, lookup)
            row.char_start = lab.start
            for y, c in zip(years, cells, strict=True):
                value, unit = _parse_value(c.text, row.unit)
                if unit and row.unit is None:
                    row.unit = unit
                row.cells.append(Cell(y, text[c.start : c.end], value, c.start, c.end))
            if row.unit in _MONEY_SCALE:
                row.unit = "亿元"
            if row.growth_of is not None:
                row.base_year = _base_year(row.label, years)
            row.char_end = cells[-1].end
            last_end = row.char_end
            rows.append(row)
            i += 1 + n
        if not rows:
            continue
        title_id, title, end = None, None, last_end
        for t in toks[i : i + 3]:
            tm = _TITLE.match(t.text)
            if tm:
                title_id = f"表{tm.group(1)}"
                title = text[t.start : t.end]
                end = t.end
                break
        tables.append(Table(title_id or f"table@{m.start(1)}", title, years, rows,
                            m.start(1), end))
    return tables
