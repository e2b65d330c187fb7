"""Lists (分别, 、-joined figures), continuations, progress-table cells, ranges."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kewei.figures.candidates import _Cand
from kewei.figures.context import _Matcher, _qualified_away
from kewei.figures.patterns import (
    _BARE_ITEM,
    _NEW_CUE,
    _NUM,
    _RANGE_JOIN,
    _SCALES,
    _UNIT_RE,
    _YEAR_RANGE,
)
from kewei.metrics import Metric

_RATE_WORDS = re.compile(
    r"(?:相比|比|较|与|同)(?:上一年|上年|去年|上年度|同期"
    r"|(?:19|20)\d{2}年(?:末|底)?|[“‘]?十[一二三四五]五[”’]?(?:期末|末|初期|初)?)|"
    r"(?<=同比)(?:数量|总量)|年均|同比|环比|平均|分别|均|(?:同期)?相比|"  # 与去年同期相比增长
    r"比较|增加|"  # (與2014年比較增加0.38個百分點)
    r"增长|增速|增幅|提高|提升|下降|减少|降低|上升|达到|保持在|保持|实现|为|约|近|超过|超|了|左右|"
    r"继续|持续|大幅|稳步|快速|较快|达|[一二三四五六七八九十两\d]+年(?:间|来|内)|期间|"
    # (并在“十三五”末继续提升到7.14%: a period's end is no subject of its own)
    r"并?在?[“‘]?十[一二三四五]五[”’]?(?:期末|末)|"
    # (比全市平均水平高0.5个百分点, 超过全省水平(1.08%): a comparison with the same metric;
    # 分别高于全国和安徽平均水平0.85和0.92个百分点: with several)
    r"高于|低于|高出|(?:比|较)?(?:(?:全国|全省|全市|全区|全县)(?:[和、及与][\u4e00-\u9fff]{2,4}?)*)?"
    r"(?:的)?(?:平均)?水平"
)


_SUBSET = re.compile(r"其中[::]?|首批|第[一二三四五六七八九十]批|获批|获得|通过")
_PCT = re.compile(r"\d+(?:\.\d+)?%")
_LISTED_PCT = re.compile(r"[-+]?\d+(?:\.\d+)?%[、和及与]")
_RESPECTIVELY = re.compile(  # (增长了; 分别从838家、56家增加到…: a from-to list)
    r"分别(?:(?:同|比|较)(?:上年|去年|上年同期|同期))?"  # (分别同上年增长48%、20%)
    r"(?:为|是|达到|达|超过|突破|增长|提高|实现|有|增至|增加到|增长到|提高到|提升到|升至)?了?"
    r"(?:从|由)?")  # (分别增至1.3万家和2.1万家)
# where the levels reached start in a from-to list: 从838家、56家增加到1552家、261家
_LIST_TO = re.compile(r"(?:增加|增长|提高|提升|上升|发展|扩大)(?:到|至)|增至|升至")
_PAREN = re.compile(r"\([^()]*\)")
# a list of places, each ranking one item of the subjects before it (分别位居全市第1位和前3位,
# 排名跃居全国第十三位和第十二位): the verb that leads it, and each place (patterns' _RANK_ITEM
# is the next item of any list of ranks)
_PLACE_LEAD = re.compile(r"排名|排在|跃居|位居|位列|名列|分列|升至|居|列|排")
_LISTED_PLACE = re.compile(
    r"(?:全市|全省|全国|全区|全县)?(?:第|前)[\d一二三四五六七八九十]+(?:位|名)?")
_LIST_NUMBER = re.compile(_NUM)
_LIST_JOIN = re.compile(r"和|、|及|与|以及")
# a clause that only gives the base of the rates after 分别: 较“十三五”末, 同比, 比上年
_BASE_ONLY = re.compile(r"[ ]*(?:(?:较|比|与)[^,,;;。、\d]{0,10}|同比)[ ]*")
_LIST_VERB = re.compile(r"(?:达到|达|为|是|有)了?(?=[ ]*\d)")  # (…达到了489家、925家)
# (…年均增长率达45.3%和26.1%: a pair may join with 和)
_FIG_LIST = re.compile(r"[ ]*(?:\d[\d.,]*[ ]*[^\d\s、,;。和]{0,3}[ ]*[、和][ ]*)*")


def _respectively(
    norm: str, c: _Cand, c_lo: int, matcher: _Matcher, sent: str
) -> tuple[Metric | None, int] | None:
    """``专利申请和授权量分别为5764件和2893件``: the i-th figure after 分别 is the i-th item of the
    subject before it (a later item borrows the first item's head: 授权量 → 专利授权量).
    None when the figure is not in such a list; (None, at) when its item names no metric."""
    k = norm.rfind("分别", c_lo, c.s)
    if k >= 0:
        m = _RESPECTIVELY.match(norm, k)
        assert m is not None
        v_end = m.end()
        if c.kind_hint == "rank" and (lead := _PLACE_LEAD.match(norm, v_end)):
            v_end = lead.end()  # 授权量和申请量分别位居全市第1位和第3位: each item's place
    else:
        # 高新技术企业、科技型中小企业达6588家、6403家: a 、 list of subjects and of figures
        m = _LIST_VERB.search(norm, c_lo, c.e)
        if m is None or not _FIG_LIST.fullmatch(norm, m.end(), c.s) and not (
            _FIG_LIST.fullmatch(norm, m.end(), c.e)
            and norm.startswith(("、", "和"), c.e) and re.match(r"\d", norm[c.e + 1 : c.e + 2])
        ):
            return None
        subjects = _PAREN.sub("", norm[c_lo : m.start()])
        if "、" not in subjects:  # 167个县(市、区): an aside
            return None
        if re.search(r"\d", subjects):
            return None  # 科技型企业突破17000家、高新技术企业达到3141家: items with figures

        k, v_end = m.start(), m.end()
    between = norm[v_end : c.s]
    if c.kind_hint == "rank" and k >= 0:
        if _LIST_JOIN.sub("", _LISTED_PLACE.sub("", between)).strip():
            return None  # only the places before it and joiners
        index = len(_LISTED_PLACE.findall(between))
    else:
        if not _only_figures(between):  # only figures and joiners between 分别 and this figure
            return None
        if k >= 0 and (to := list(_LIST_TO.finditer(between))):
            between = between[to[-1].end() :]  # (the i-th level reached is the i-th item too)
        index = len(_LIST_NUMBER.findall(between))  # 97,573件和48,113件: thousands separators
    subjects = re.sub(r"(?:就|均|都|也|已经|已)+$", "", _PAREN.sub("", norm[c_lo:k]))
    parts = [p for p in _LIST_JOIN.split(subjects) if p]  # (…的授权量就分别达到)
    if len(parts) < 2 and c_lo > 0 and _BASE_ONLY.fullmatch(norm, c_lo, k):
        # 每万人发明专利拥有量、技术合同成交额,较“十三五”末分别增长了186%、126%: the list of
        # subjects closes the clause before
        p_lo = max(norm.rfind(ch, 0, c_lo - 1) for ch in ",,;;。\n") + 1
        lead = _PAREN.sub("", norm[p_lo : c_lo - 1])
        # (not …机关团体专利申请分别为4372件、…486件,较上年同期分别增长…: a clause with its
        # own figures, whose metrics the rates follow)
        parts = [] if re.search(r"\d", lead) else [p for p in _LIST_JOIN.split(lead) if p]
    if index >= len(parts) or len(parts) < 2:
        return None
    part = parts[index]
    # (each try with the length of the head it borrows: a name found must reach into the item,
    # not lie in the borrowed head alone: 高新技术企业数量、科技型企业数量 is no 高新技术企业)
    tries = [(part, 0)] + [(parts[0][:-n] + part, len(parts[0]) - n) for n in (2, 3, 4)
                           if index and len(parts[0]) > n]
    # 申请和授权专利分别为97,573件和48,113件: an earlier item borrows the last one's head (专利)
    if index < len(parts) - 1 and len(parts[-1]) > 2:
        tries.append((part + parts[-1][-2:], 0))
        if len(parts[-1]) > 3:
            # 专利和发明专利的授权量分别为…: 授权量, three characters, when the item's own
            # word joins it (专利授权量, not 高校 + 成交额)
            tail = parts[-1][-3:]
            tries += [(a, 0) for a in (matcher.regex.findall(part + tail) if matcher.regex else ())
                      if len(a) > len(tail)]
    found = [(t[: m.start()], m.group()) for t, head in tries for m in matcher.regex.finditer(t)
             if m.end() > head] if matcher.regex is not None else []
    hits = [
        a for lead, a in found
        if matcher.unit_ok(matcher.metric_of(a), c)
        # (营收百亿、十亿、亿元以上高企数量分别增长…: a part the metric leaves out)
        and not _qualified_away(matcher.metric_of(a), lead)
        and (not matcher.metric_of(a).context_any
             or any(w in sent for w in matcher.metric_of(a).context_any))
    ]
    if hits:  # the longest: 发明专利申请和授权量 → 发明专利授权量 before a bare 授权量
        return matcher.metric_of(max(hits, key=len)), k
    if _PLACE_ITEM.fullmatch(part) and matcher.regex is not None:
        # 邯郸市和保定市研发投入强度分别达到2.56%和2.54%: places listed before the one
        # metric they share
        last = [a for a in matcher.regex.findall(parts[-1]) if parts[-1].endswith(a)
                and _PLACE_ITEM.fullmatch(parts[-1][: -len(a)])]
        if last and matcher.unit_ok(metric := matcher.metric_of(last[0]), c):
            return metric, k
    return None, k


# an item of a list that names a place: 邯郸市, 保定市, 苏州工业园区; a part of the country
# (东、中、西部和东北地区5G基站分别达到113.2万、51.6万、59万、14.6万个)
_PLACE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}(?:市|区|县|省|州|镇|园区|新区|高新区|开发区)"
                         r"|(?:[东西南北中]部?|东北|西北|东南|西南|华[东西南北中])(?:地区|区域)?")

_CONTINUATION = re.compile(
    r"[ ]*(?:(?:截[止至]|到)[^,,。;]{0,8}?(?:底|末|月|日|止|前)[ ]*)?(?:已|其中|累计|共|合计)"
)
_GENERIC_WORDS = re.compile(
    r"完成|实现|达到|达|为|计|登记|填报|年报|数据|金额|总额|总量|规模|经费|投入|有"
)


def _continues(before_clause: str) -> bool:
    """The clause opens with a continuation cue (已/其中/累计/共) and names no subject of its
    own (截止3月底已完成年报数据…): it continues the sentence before."""
    m = _CONTINUATION.match(before_clause)
    if m is None:
        return False
    rest = _GENERIC_WORDS.sub("", before_clause[m.end() :])
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2


_TASK_HEADER = re.compile(r"任务|目标|计划|重点工作|工作内容|工作事项")
_DONE_HEADER = re.compile(
    r"完成情况|进展情况|推进情况|落实情况|完成进度|进展|(?:上半年|前三季度|1-\d{1,2}月|实际|已)完成"
)


def _task_cells(norm: str) -> list[tuple[int, int]]:
    """Spans of the cells under a task/target column (工作任务) of a progress table whose
    header also names a completion column (完成情况): those cells state targets. Cells are
    separated by ``|`` (one per line or a row per line); a gap of running text ends a table."""
    bars = [i for i, ch in enumerate(norm) if ch == "|"]
    spans: list[tuple[int, int]] = []
    cells: list[tuple[int, int]] = []

    def close() -> None:
        texts = [norm[a:b].strip() for a, b in cells]
        done = next((j for j, t in enumerate(texts[:8]) if _DONE_HEADER.search(t)), None)
        if done is not None and done >= 1 and "\n" not in norm[cells[0][0] : cells[done][1]]:
            # the header is one line: a row per line, read by the place of each cell in its line
            # (a second header row and empty cells would shift a count over all the cells)
            spans.extend(_row_task_cells(norm, cells[0][0], cells[-1][1]))
        elif done is not None and done >= 1:
            # the header ends at the first row number (序号 | 任务目标 | 进展情况 | 存在问题 | 1 |),
            # else at the completion column
            first = next((j for j, t in enumerate(texts) if j > done
                          and re.fullmatch(r"\d{1,3}", t)), None)
            ncols = first if first is not None and first <= 8 and re.search(
                r"序号|编号", texts[0]) else done + 1
            cols = {i for i in range(ncols)
                    if _TASK_HEADER.search(texts[i]) and not _DONE_HEADER.search(texts[i])}
            for k in range(ncols, len(cells)):
                if (k - ncols) % ncols in cols:
                    spans.append(cells[k])
        cells.clear()

    def last_line(b: int) -> int:
        j = b
        while j > 0 and norm[j - 1] in " \t\r\n":
            j -= 1
        return norm.rfind("\n", 0, j) + 1

    prev = -1
    for b in bars:
        a = last_line(b) if prev < 0 else prev + 1
        if prev < 0 and not norm[norm.rfind("\n", 0, b) + 1 : b].strip() and len(bars) > 1 and (
                not norm[b + 1 : bars[1]].endswith("\n")):
            # a bare | line opens a table whose cells end their lines (…一览表\n|\n序号 |):
            # the title above is no cell (in 序号\n|\n工作任务\n| the bar closes its cell)
            a = b
        seg = norm[a:b]
        if sum(1 for ln in seg.split("\n") if ln.strip()) >= 2:  # text between two tables
            close()
            a = last_line(b)
            seg = norm[a:b]
        if seg.strip():
            cells.append((a, b))
        prev = b
    close()
    return spans


def _row_task_cells(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Task cells of a progress table with a row per line, its header line at ``lo``: the cells
    at the task columns' places in each later line with as many ``|`` as the header's
    (``1.增加值 | 5.5%以上 | 1248.3亿元 | 9.1% |`` under ``指标 | 年度目标 | 上半年完成 | |``)."""
    lo = norm.rfind("\n", 0, lo) + 1
    line_end = norm.find("\n", hi)  # (the last row's end: its last cell may have no |)
    hi = len(norm) if line_end < 0 else line_end
    rows = []
    for m in re.finditer(r"[^\n]+", norm[lo:hi]):
        at = lo + m.start()
        bars = [at - 1, *(at + i for i, ch in enumerate(m.group()) if ch == "|"), lo + m.end()]
        rows.append([(a + 1, b) for a, b in pairwise(bars)])
    if not rows:
        return []
    head = [norm[a:b] for a, b in rows[0]]
    cols = [i for i, t in enumerate(head) if _TASK_HEADER.search(t) and not _DONE_HEADER.search(t)]
    return [row[i] for row in rows[1:] if len(row) == len(rows[0]) for i in cols]


def _line_task_cells(norm: str) -> list[tuple[int, int]]:
    """Task cells of a progress table laid out one cell per line under a header such as
    序号 / 具体任务与要求 / 进展情况: the cell that follows each row number states a target."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", norm)]
    texts = [norm[a:b].strip() for a, b in lines]
    spans: list[tuple[int, int]] = []
    for h, t in enumerate(texts):
        if t != "序号":
            continue
        head: list[str] = []  # the header: the short lines after 序号, up to the first row
        for x in texts[h + 1 : h + 8]:
            if len(x) > 12 or re.fullmatch(r"\d{1,3}", x):
                break  # (1季度完成情况 is a header: a digit in a short line is no row number)
            head.append(x)
        task = next((i for i, x in enumerate(head)
                     if _TASK_HEADER.search(x) and not _DONE_HEADER.search(x)), None)
        if task is None or not any(_DONE_HEADER.search(x) for x in head):
            continue
        for k in range(h + 1 + len(head), len(texts) - task - 1):
            if re.fullmatch(r"\d{1,3}", texts[k]):
                spans.append(lines[k + 1 + task])
            elif task == 0 and (row := _ROW_NUMBER.match(texts[k])):
                # the row number run into its task cell (1坚持产业立县…, as normalised)
                a, b = lines[k]
                spans.append((a + row.end(), b))
    return spans


# a row number run into the text of its first cell: digits, then no measure word
_ROW_NUMBER = re.compile(rf"\d{{1,3}}(?![\d.%、,]|{_UNIT_RE})(?=[\u4e00-\u9fff])")


def _list_opens_new(norm: str, c_lo: int) -> bool:
    """Whether the ;-list that the clause at ``c_lo`` continues opens with a new-cue item
    (新添全国科技型中小企业159家;国家高新技术企业62家: the later items share its verb). Every
    item between must be a bare noun and figure."""
    k = c_lo - 1
    while k > 0 and norm[k] == ";":
        lo = max(norm.rfind(ch, 0, k) for ch in "。;!?\n") + 1
        tail = norm[max(lo, max(norm.rfind(ch, lo, k) for ch in ",,:") + 1) : k]
        if not _BARE_ITEM.fullmatch(tail):
            return False
        if _NEW_CUE.search(tail):
            return True
        k = lo - 1
    return False


def _own_subject(before_clause: str) -> bool:
    """The clause names its own subject (科学研究和技术服务业营收同比增长15%), so a growth
    rate in it does not belong to the metric named earlier in the sentence."""
    rest = _RATE_WORDS.sub("", before_clause)
    # (…R&D同比增长27%,GDP增长8.1%: an acronym names a subject too)
    return (len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 4
            or re.search(r"[A-Z]{3}", rest) is not None)


def _merge_ranges(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """``新认定50家、力争60家`` → one range candidate 50–60."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            d = cands[i + 1]
            if (
                c.comparator == "eq"
                and d.comparator == "eq"
                and ((c.unit == d.unit and c.kind_hint == d.kind_hint != "rank") or (
                    # (年产量12万至15万吨: a scaled low end, the unit at the high end)
                    not c.unit and norm[c.e - 1] in "万亿" and d.kind_hint == "count"
                    and norm[c.e : d.s].strip() in ("至", "到", "~", "-", "—", "–")))
                and c.value is not None
                and d.value is not None
                and d.value > c.value
                and _RANGE_JOIN.match(norm[c.e : d.s])
                and not (norm[c.e : d.s].strip() in ("至", "到")
                         and norm[max(0, c.s - 1) : c.s] in ("从", "由"))
            ):
                out.append(replace(c, e=d.e, value=None, low=c.value, high=d.value,
                                   comparator="range", unit=d.unit, kind_hint=d.kind_hint))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_LISTED = re.compile(r"(?:分别|依次)(?:为|是|达到|达|有)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _only_figures(text: str) -> bool:
    """Whether ``text`` holds only figures (with their measure words) and joiners."""
    rest = re.sub(r"[\d.,%]+[^\d\s和、及与,]{0,4}", "", text)
    return _LIST_JOIN.sub("", rest).strip(" 约近超") == ""


def _list_start(norm: str, c_lo: int, at: int) -> int | None:
    """Where the figures of a 分别/依次 list start, when ``at`` is one of them (only figures,
    measure words and joiners between); else None."""
    k = max(norm.rfind("分别", c_lo, at), norm.rfind("依次", c_lo, at))
    if k < 0:
        return None
    v_end = _LISTED.match(norm, k).end()  # type: ignore[union-attr]
    return v_end if _only_figures(norm[v_end:at]) else None


def _listed_after(norm: str, c_lo: int, at: int) -> bool:
    """Whether ``at`` is in a list of figures after 分别/依次 in its clause."""
    return _list_start(norm, c_lo, at) is not None


def _year_of_listed(norm: str, c: _Cand, s_lo: int, c_lo: int) -> int | None:
    """``2015-2018年,…分别29.92、29.64、33.57、30.75亿元``: the i-th figure of a list after
    分别 is of the i-th year of the range named before it, when the list has one per year."""
    v_end = _list_start(norm, c_lo, c.s)
    if v_end is None:
        return None
    ranges = list(_YEAR_RANGE.finditer(norm, s_lo, v_end))
    if not ranges or re.search(r"(?:19|20)\d{2}年", norm[ranges[-1].end() : v_end]):
        return None  # (2018-2020年,…,2020年分别达到55件、339件、13项: that one year's)
    first, last = int(ranges[-1].group(1)), int(ranges[-1].group(2))
    end = c.e
    while (m := re.match(r"[、和及][ ]*(\d+(?:\.\d+)?[^\d\s、和及,,;。]{0,4})", norm[end:])):
        end += m.end()
    items = len(_NUMBER.findall(norm, v_end, end))
    if last - first + 1 != items or not 1 < items <= 12:
        return None
    return first + len(_NUMBER.findall(norm, v_end, c.s))



def _scale_word(norm: str, number: re.Match[str]) -> float:
    """The scale written right after a number (``113.2万``: 1e4), 1 if none."""
    word = next((w for w in sorted(_SCALES, key=len, reverse=True)
                 if norm.startswith(w, number.end())), None)
    return _SCALES[word] if word else 1.0


def _share_list_unit(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """``29.92、29.64、33.57、30.75亿元``: bare numbers listed before a figure with a unit take
    that unit (money scaled to 亿元 like it); a number with a scale of its own keeps it
    (``113.2万、51.6万、59万、14.6万个``)."""
    for i in range(len(cands) - 2, -1, -1):
        c, nxt = cands[i], cands[i + 1]
        if (c.unit or not nxt.unit or c.value is None or nxt.value is None
                or norm[c.e : nxt.s].strip() not in ("、", "和", "及")):
            continue
        number = _NUMBER.match(norm, nxt.s)
        if number is None or float(number.group()) == 0:
            continue
        scale = nxt.value / float(number.group())
        own = _NUMBER.match(norm, c.s)
        if own is not None and _scale_word(norm, own) != 1.0:
            scale /= _scale_word(norm, number)  # the unit's conversion only
        c.unit, c.kind_hint, c.value = nxt.unit, nxt.kind_hint, round(c.value * scale, 10)
    return cands
