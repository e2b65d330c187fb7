"""Normalisation with an offset map back to the original text."""

from __future__ import annotations

import bisect
import re
from importlib import resources
from itertools import pairwise

from kewei.figures.patterns import _COUNT_UNITS, _MONEY_UNITS


def _trad_simp_pairs() -> list[tuple[str, str]]:
    """The (traditional, simplified) pairs of ``catalog/trad_simp.txt``."""
    text = resources.files("kewei").joinpath("catalog", "trad_simp.txt").read_text("utf-8")
    return [(line[0], line[2]) for line in text.splitlines()
            if line and not line.startswith("#")]

_FULLWIDTH = (
    {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    | {c: 0x20 for c in range(0x2000, 0x200C)}
    | {0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0x205F: 0x20, 0xFEFF: 0x20}
    | {0x2236: 0x3A, 0xFE30: 0x3A}  # ∶ (ratio) and ︰ typed for a colon: 分别为∶广东(…)
    # small form variants some sites print for punctuation: 增长46.4%﹔ (a semicolon)
    | {0xFE50: 0x2C, 0xFE51: 0x3001, 0xFE52: 0x2E, 0xFE54: 0x3B, 0xFE55: 0x3A}
)
# traditional characters read as their simplified form, one for one (offsets unchanged), so a
# text in traditional script (萬億元, 兩項, 研發經費) reads like its simplified form: the
# catalog's table from OpenCC, and 後, 於, which it leaves out as also simplified
_FULLWIDTH |= {ord(a): ord(b) for a, b in (*_trad_simp_pairs(), ("後", "后"), ("於", "于"))}
# what a unit continuing a number on the next line starts with (60\n\n家, 304.45\n亿元); a
# line that starts otherwise stays a line of its own (a heading after a page's time stamp:
# 10:25:23\n一、发展基础; a budget form's next row: 10.00\n其中:…; a table's next row label:
# 2.24\n\n大同市, for 大 of 十大 follows no Arabic number a line broke)
_UNIT_STARTS = re.escape("".join(sorted(
    {u[0] for u in _COUNT_UNITS + _MONEY_UNITS if not u.startswith("大")}
    | set("%‰倍万亿年月日个百千余多"))))
# deleted from the normalised text: markdown bold markers; a line break between a number and
# the unit that continues it on the next line ("60\n\n家"); spaces set between
# Chinese and Latin or digits ("2022 年全区 R&D 经费占 GDP 比重达 3.02%", "286.61 亿元"), or
# before a % sign; pinyin glosses in parentheses
_DELETE = re.compile(
    r"\*\*|(?<=\d)[ \t\r\n]*\n[ \t\r\n]*(?=[" + _UNIT_STARTS + r"])"
    r"|(?<=[\u4e00-\u9fff])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \t]+(?=[\u4e00-\u9fff])"
    r"|(?<=\d)[ \t]+(?=%)"  # 增速5.6 %
    # spaces a word processor left inside a number or a year: 比重突破 3 .1 %, 达6. 8 件,
    # 到202 4 年底, (20 22 —202 4 年) (not after a line's item number: 1. 2家)
    r"|(?<=\d)[ \t]+(?=\.\d)|(?:(?<=[^\s]\d\.)|(?<=[^\s]\d\d\.))[ \t]+(?=\d)"
    r"|(?<=[\u4e00-\u9fff][ \t]\d\.)[ \t]+(?=\d)"  # 比重为 2. 152%: a space on both sides
    r"|(?<=(?<!\d)20\d)[ \t]+(?=\d[ \t]*年)|(?<=(?<!\d)20)[ \t]+(?=\d\d[ \t]*(?:年|[—-]))"
    # punctuation a page sets between spaces: 2019年 , 苏南五市…比重达3.26% , 较2014年提高…
    r"|[ \t]+(?=[,;。][ \t])|(?<=[ \t][,;。])[ \t]+"
    r"|(?<=第)[ \t]*\n[ \t\r\n]*(?=\d)"  # 第\n62\n位: a rank a PDF broke over lines
    r"|(?<=第)[ \t]+(?=[一二三四五六七八九十\d])"  # 全市第 一: a space a page set in a rank
    r"|(?<=[到至])了(?=[ \t]*\d)"  # 从679.46亿元上升到了1819.8亿元: reached
    # batches listed inside a name (通过第一、二批国家高新技术企业认定): no list of clauses
    r"|(?<=第[一二三四五六七八九十])、(?=[一二三四五六七八九十][、]?[一二三四五六七八九十]?批)"
    # a line that ends with a comma goes on on the next (a poster set a phrase a line:
    # 全市技术合同成交额6496.79亿元,\n\n同比增长24.9%。)
    r"|(?<=[\u4e00-\u9fff%”)],)[ \t]*\n[ \t\r\n]*(?=[\u4e00-\u9fff“《(\d])"
    # a verb split from the level it reached (增至\n584 家): the sentence goes on
    r"|(?:(?<=增至)|(?<=达到)|(?<=增加到)|(?<=增长到)|(?<=提高到)|(?<=突破))[ \t]*\n[ \t\r]*"
    r"(?=\d+(?:\.\d+)?[ \t]*[" + _UNIT_STARTS + r"])"
    r"|(?<=[万亿])[ \t]+(?=元)"  # 1120 亿 元 in a scanned yearbook
    r"|(?<=“)[ \t]+|[ \t]+(?=”)"  # spaces padding a quote: " 十四五 " 期间
    # pinyin glosses some sites insert after characters: 區(qū)、執(zhí)行
    # (a mirror repeats them: 區(qū)(qū)(qū))
    r"|(?<=[\u4e00-\u9fff])(?:\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\))+"
    # an abbreviation glossed inside a name: 研究与试验发展(简称R&D)经费
    # (發(fā)展(R&D)經費: after a gloss, 展 alone stands before it)
    r"|(?<=展)\((?:简称)?R&D\)(?=[\u4e00-\u9fff])"
    # and after a ratio's name: 研发投入强度(R&D)蝉联全国第一 (the ratio, not the spending)
    r"|(?<=强度)\((?:R&D|研发)\)"
    # and the other way round: R&D(研究与试验发展)经费
    r"|(?<=R&D)\((?:研究与试验发展|研究与实验发展|研究和试验发展)\)"
    # a space left inside a metric's name where a PDF broke the line (经费投入 强度达): see
    # _Text; the other spaces between Chinese words are commas by then
    r"|(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])"
)

# pinyin glosses without tone marks, a space after them: 載體(ti) 131家, 50多萬(wan) 平方公裏;
# taken out only from a text that has several, where (a) or (ge) cannot be anything else
_TONELESS_GLOSS = re.compile(
    # (repeated by a mirror: 年(nian)(nian), 區(qu)(qu)(qu)(qu))
    r"(?<=[\u4e00-\u9fff])(?:\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv][a-z]{0,4}\))+[ \t]?")
_DELETE_TONELESS = re.compile(_DELETE.pattern + "|" + _TONELESS_GLOSS.pattern)


# a text a PDF hard-wrapped at a fixed width (规上工业总产值增\n长 12%): a line as wide as most
# of its lines, ending inside a sentence, continues on the next line, which starts no heading
_SENTENCE_DONE = "。!?;:”)》】…！？；：）"
_HEADING_START = re.compile(
    r"[ \t]*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+(?:[、．]|\.(?!\d))"
    r"|第[一二三四五六七八九十\d]+[章节条部篇])")


def _width(line: str) -> int:
    """The printed width of a line: a Chinese or full-width character counts two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)


def _wrap_breaks(t: str) -> list[tuple[int, int]]:
    """The line breaks of a hard-wrapped text that fall inside a sentence: (start, end) of each
    ``\n``; none when the text is not laid out at a fixed width (most texts)."""
    lines: list[tuple[int, int, str]] = []
    at = 0
    for raw in t.split("\n"):
        lines.append((at, at + len(raw), raw.rstrip()))
        at += len(raw) + 1
    widths = [_width(text) for _, _, text in lines if len(text.strip()) >= 10]
    if len(widths) < 8:
        return []
    # the page's width: the one most lines come close to (spaces around digits and a lost
    # indent make a full line up to a tenth narrower or wider)
    def near(w: int) -> int:
        return sum(0.9 * w <= x <= w + 1 for x in widths)

    full = max(set(widths), key=lambda w: (near(w), w))
    if not 30 <= full <= 120 or near(full) < 5 or near(full) < 0.3 * len(widths):
        return []
    out: list[tuple[int, int]] = []
    for (_, end, text), (nxt_s, _, nxt) in pairwise(lines):
        if (0.85 * full <= _width(text) <= 1.1 * full and text[-1:] not in _SENTENCE_DONE
                and re.match(r"[\u4e00-\u9fff\d“(（]", nxt) and not _HEADING_START.match(nxt)
                and "|" not in text and "|" not in nxt  # (a table's rows stay rows)
                and end < len(t) and t[end] == "\n" and nxt_s == end + 1):
            out.append((end, end + 1))
    return out


# a space between two Chinese words separates clauses (headlines, lists run together:
# 科技型中小企业达5667家 高新技术企业达2012家); it becomes a comma, one for one
_RANK_SPLIT = re.compile(r"第[ \t]+[一二三四五六七八九十]")  # 全市第 一: one rank, not two words
_SPACE_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff”])[ \t]+(?=[\u4e00-\u9fff“])")


# a web summary's items run into one line, each closed by its sources: …0.77个百分点 [2] - 全市…
# (the - becomes a line break, one for one)
_CITED_ITEM = re.compile(r"(?<=\])[ ]+-(?=[ ])")

# a full stop a PDF's text layer gives as a period between Chinese words (增至584 家.努力营造…)
_PERIOD_AS_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[ \t]*[\u4e00-\u9fff])")

# a span of years written with 到 (2012年到2021年,研发投入从679.46亿元上升到了…)
_YEARS_TO_YEAR = re.compile(r"(?<=(?:19|20)\d\d年)到(?=(?:19|20)\d\d年)")

# a number alone on its line right under another: a table laid out one cell per line
_CELL_AFTER_CELL = re.compile(r"(?:^|\n)[ \t]*[\d.,%]+[ \t]*\n[ \t\n]*[\d.,]+$")
# a line ending in two space-separated numbers: a row of a table laid out with spaces
_SPACED_ROW_END = re.compile(r"\d[ \t]+\d+(?:\.\d+)?%?[ \t]*$")
# 亿 元, 1.1万 家: a scaled number's unit split off by a space, not two words
_MONEY_SPLIT = re.compile(r"(?:[万亿][ \t]+元|(?<=\d)[万亿][ \t]+[家个项件人户名台套])")


def _splits_a_name(t: str, m: re.Match, names: re.Pattern | None) -> bool:
    """Whether the space ``m`` falls inside one of ``names`` once it is taken out."""
    if names is None:
        return False
    lo = max(0, m.start() - 12)
    joined = t[lo : m.start()] + t[m.end() : m.end() + 12]
    k = m.start() - lo
    return any((n := names.match(joined, i)) is not None and n.end() > k for i in range(k))


# straight quotes read as the curly pair they stand for, line by line (是"十二五"末的3.7倍 reads
# as 是“十二五”末), so the patterns written for “…” read both; an odd one left over stays
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]*)"')


def _curl_quotes(t: str) -> str:
    """``t`` with each pair of straight double quotes on a line made “…” (one for one)."""
    return _STRAIGHT_QUOTES.sub(lambda m: "“" + m.group(1) + "”", t) if '"' in t else t


# a year written in Chinese digits (二〇二三年, 二○二四年, 一九九八年), read as Arabic one for one
_CN_YEAR = re.compile(r"(?<![零〇○一二三四五六七八九十百千万第])(?:一九|二[〇○零])"
                      r"[〇○零一二三四五六七八九]{2}(?=[ \t]*年)")
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


class _Text:
    """The normalised text and the map back to original offsets (``names``: the catalog's
    metric names, so a space a PDF left inside one is taken out rather than read as a
    clause break)."""

    def __init__(self, text: str, names: re.Pattern | None = None):
        t = _curl_quotes(text.translate(_FULLWIDTH))
        t = _CITED_ITEM.sub(lambda m: m.group()[:-1] + "\n", t)
        t = _PERIOD_AS_STOP.sub("。", t)
        t = _YEARS_TO_YEAR.sub("-", t)  # 2012年到2021年, reads as 2012-2021年 (one for one)
        t = _CN_YEAR.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), t)  # 二〇二三年: 2023年
        t = _SPACE_BETWEEN_WORDS.sub(
            lambda m: m.group() if (_MONEY_SPLIT.match(t, m.start() - 1)
                                    or _splits_a_name(t, m, names)
                                    or _RANK_SPLIT.match(t, m.start() - 1)
                                    ) else "," + m.group()[1:],
            t,
        )
        parts: list[str] = []
        self._starts: list[int] = [0]  # normalised position where a new shift begins
        self._shifts: list[int] = [0]  # original - normalised from that position on
        last = 0
        shift = 0
        deleting = _DELETE_TONELESS if len(_TONELESS_GLOSS.findall(t, 0, 4000)) >= 3 else _DELETE
        spans: list[tuple[int, int]] = []
        for m in deleting.finditer(t):
            line = t[t.rfind("\n", 0, m.start()) + 1 : m.start()]
            if "\n" in m.group() and ("|" in line or _SPACED_ROW_END.search(line) or (
                    _CELL_AFTER_CELL.search(t, max(0, m.start() - 60), m.start()))):
                continue  # the end of a table's row (| or spaces), not a number split from its unit
                # (nor a cell under a cell: 39.29\n1\n株洲市, a table laid out one cell a line)
            spans.append((m.start(), m.end()))
        if "\n" in t:  # (widths as printed: the original's full-width punctuation counts two)
            spans = sorted(spans + _wrap_breaks(text))
        for a, b in spans:
            if a < last:
                continue  # (a wrap's line break inside a span already taken out)
            parts.append(t[last:a])
            shift += b - a
            self._starts.append(a - (shift - (b - a)))
            self._shifts.append(shift)
            last = b
        parts.append(t[last:])
        self.norm = "".join(parts)
        self.orig = text

    def o(self, i: int) -> int:
        """Original offset of normalised position ``i`` (a character position)."""
        k = bisect.bisect_right(self._starts, i) - 1
        return i + self._shifts[k]

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Original [start, end) of normalised [s, e)."""
        if e <= s:
            a = self.o(s)
            return a, a
        return self.o(s), self.o(e - 1) + 1
