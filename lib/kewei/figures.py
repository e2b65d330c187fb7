"""Find the quantitative figures stated in a document's running text.

``find_figures`` works on a normalised copy of the text (full-width → half-width, markdown ``**``
removed, a number joined to its unit across a line break as in ``力争60\\n\\n家``) and maps every
match back to the original offsets, so ``text[f.char_start:f.char_end] == f.raw`` always holds.

What is a figure: a number (Arabic or a quantifying Chinese numeral such as 十大行业) with a unit,
a percentage, a multiple (3.7倍), a rank (全市第一), a range (3-5家; 50家、力争60家). What is not:
dates and years, document numbers (〔2024〕2号), section numbers (一、 (一) 1、), ordinals of events
(第五届, 11届), and names that contain digits (G60, 5G, IPv6, “151”项目, 人才18条, 1+7+N, 7*24).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cn2an

from kewei.metrics import UNCLASSIFIED, Metric, load_catalog

# ----------------------------------------------------------------------------------------------
# public type


@dataclass(frozen=True)
class Figure:
    """One quantitative figure with exact provenance into the original text."""

    metric: str
    metric_zh: str
    value: float | None
    unit: str
    raw: str
    comparator: str  # eq | ge | le | approx | range
    value_low: float | None
    value_high: float | None
    kind: str  # stock | flow | rate | share | rank | multiple
    status: str  # actual | target | expected
    ref_year: int | None
    quote: str
    char_start: int
    char_end: int


# ----------------------------------------------------------------------------------------------
# normalisation with an offset map

_FULLWIDTH = (
    {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    | {c: 0x20 for c in range(0x2000, 0x200C)}
    | {0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0x205F: 0x20, 0xFEFF: 0x20}
)
# traditional characters common in figures and metric names, one for one (offsets unchanged), so
# a text in traditional script (萬億元, 兩項, 研發經費) reads like its simplified form
_TRAD, _SIMP = (
    "萬億兩個項發經費強術業專擁數進貢獻總額達長預計爭標實現來與試驗產們佔國內區為從關將這對創"
    "規劃綱點質場體優興戰際論營統領頭員會門幾屆軟歲歷貿導備製財務資調報純淨專權利獲認證"
    "設參稅價礎層級環費據較請條約徑過學醫藥車電腦網絡錄讀寫說話語時間裡後動勢濟態讓應還邁躍顯"
    "團隊傳轉換聯結構",
    "万亿两个项发经费强术业专拥数进贡献总额达长预计争标实现来与试验产们占国内区为从关将这对创"
    "规划纲点质场体优兴战际论营统领头员会门几届软岁历贸导备制财务资调报纯净专权利获认证"
    "设参税价础层级环费据较请条约径过学医药车电脑网络录读写说话语时间里后动势济态让应还迈跃显"
    "团队传转换联结构",
)
_FULLWIDTH |= {ord(a): ord(b) for a, b in zip(_TRAD, _SIMP, strict=True) if a != b}
# deleted from the normalised text: markdown bold markers; a line break between a number and
# the unit that continues it on the next line ("60\n\n家"); spaces set between Chinese and
# Latin or digits ("2022 年全区 R&D 经费占 GDP 比重达 3.02%", "286.61 亿元"), or before a % sign
_DELETE = re.compile(
    r"\*\*|(?<=\d)[ \t\r\n]*\n[ \t\r\n]*(?=[^\W\d_])"
    r"|(?<=[\u4e00-\u9fff])[ \t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \t]+(?=[\u4e00-\u9fff])"
    r"|(?<=\d)[ \t]+(?=%)"  # 增速5.6 %
)


class _Text:
    """The normalised text and the map back to original offsets."""

    def __init__(self, text: str):
        t = text.translate(_FULLWIDTH)
        parts: list[str] = []
        self._starts: list[int] = [0]  # normalised position where a new shift begins
        self._shifts: list[int] = [0]  # original - normalised from that position on
        last = 0
        shift = 0
        for m in _DELETE.finditer(t):
            parts.append(t[last : m.start()])
            shift += m.end() - m.start()
            self._starts.append(m.start() - (shift - (m.end() - m.start())))
            self._shifts.append(shift)
            last = m.end()
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


# ----------------------------------------------------------------------------------------------
# patterns

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MONEY_UNITS = ("元", "美元")
_COUNT_UNITS = (
    "万平方米", "平方米", "平方公里", "公顷", "亩", "人次", "户次", "家次", "人", "名", "位", "家",
    "个", "项", "件", "座", "台", "套", "张", "条", "场", "次", "所", "批", "类", "处", "篇", "部",
    "支", "户", "栋", "幢", "间", "种", "款", "本", "册", "门", "辆", "架", "颗", "枚", "吨",
    "千瓦", "兆瓦", "公里", "千米", "大类", "大", "期", "人年", "份", "笔", "项次", "场次", "批次",
    "只", "立方米", "米", "方面",
)
_UNITS = sorted(
    set(_MONEY_UNITS + _COUNT_UNITS + ("%", "‰", "倍", "个百分点", "百分点")), key=len, reverse=True
)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_SCALES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "亿": 1e8, "千": 1e3}

_ARABIC = re.compile(
    rf"(?P<n1>{_NUM})(?:(?P<u1>%)?[ ]*(?P<sep>[-~—–至到])[ ]*(?P<n2>{_NUM}))?"
    r"(?P<mod1>余|多)?(?P<scale>万亿|千万|百万|十万|万|亿|千)?(?P<mod2>余|多)?"
    rf"(?P<unit>{_UNIT_RE})?(?P<paren>\((?:人|套|个|家|次|项|件|名)\))?"
)
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_CHINESE = re.compile(
    rf"(?<![第{_CN_DIGITS}])"
    rf"(?P<cn>[两二三四五六七八九十百千万][{_CN_DIGITS}]*|一[十百千万][{_CN_DIGITS}]*)"
    r"(?P<mod>余|多)?(?P<unit>大类|大|个|项|家|张|条|所|座|名|支|类|场|种|位|人|批|只|次|期)"
)
# 两项省级项目和一项市级项目: a 一 count joined to an earlier count of the same measure word
_CN_ONE = re.compile(r"(?<=[和及与、])一(?P<unit>项|个|家|名|所|座|批|场|种|次)(?=[\u4e00-\u9fff])")
_RANK = re.compile(
    r"(?:(?:全市|全区|全国|全省|本市|本区|全球|世界|同类区|中心城区)"
    r"(?:[\u4e00-\u9fff]{1,3}\([市区县、]{1,6}\))?(?:排名|排行|位列|位居|名列|居)?"
    r"|(?:排名|排位|位列|位居|名列)(?:升至|提升至|上升至|跃升至|跃居|提升到|上升到|升到)?"
    r"|(?<=升至|升到|跃居|跻身)|(?<=[\u4e00-\u9fff])(?=第[^,,。;:\n]{1,3}名(?![次额单]))(?<!第))"
    r"第(?P<n>[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
    r"(?:位|名)?(?![个批家次届条项\d])"
)

# a rank within a named area: 位居南通第二 (raw from the place name), 位于南通九县(市、区)第二位
# (raw from 第 when the area is long); 全市/全省 ranks are _RANK's
_NAMED_RANK = re.compile(
    r"(?:位居|位列|名列|位于|排在)(?P<body>[^\d,,。;:\n第前]{1,14}?)"
    r"第(?P<n>[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
    r"(?:位|名)?(?![个批家次届条项号期\d\u4e00-\u9fff])"
)

# fixed expressions that contain a numeral but state no quantity
_SET_PHRASE = re.compile(
    r"八项规定|两个一百年|三会一课|四个自信|两个维护|四个意识|三重一大|五位一体|四个全面"
)
_SENT_END = "。;!?\n"
_CLAUSE_END = _SENT_END + ",:"
_APPROX_PRE = ("将近", "接近", "大约", "近", "约")
_GE_PRE = ("不少于", "不低于", "力争超过", "超过", "至少", "突破", "逾", "超")
_LE_PRE = ("不超过", "不高于", "不多于", "少于", "低于")
_PRE_CUES = sorted(
    [(w, "approx") for w in _APPROX_PRE]
    + [(w, "ge") for w in _GE_PRE]
    + [(w, "le") for w in _LE_PRE],
    key=lambda p: len(p[0]),
    reverse=True,
)
_GE_POST = ("及以上", "以上")
_LE_POST = ("以下", "以内")
_APPROX_POST = ("左右",)
_RATE_CUE = re.compile(
    r"(增长|增速|增幅|提高|提升|下降|减少|降低|上升|同比|环比)[了约近超达到为]*$"
)
_STOCK_CUE = re.compile(
    r"累计|总量|总数|共有|共计|总计|拥有|总规模|规模|存量|有效期内|目前|现有|建站"
)
_FLOW_CUE = re.compile(
    r"新增|新认定|新建|新开通|新设|新引进|新获|新入选|(?<![创更最革])新(?=$|\d)|培育|创建|认定|全年|本年|当年|引进|举办|"
    r"开展|入选|获得|获|完成|发证|支持|评审通过|通过评审|通过认定|认定通过"
)
# 预计 projects a figure; 超预期/达到预期/预期目标/预期性(指标) do not
_EXPECTED_CUE = re.compile(r"预计|估计|有望|(?<![超于出及到现])预期(?!目标|效果|成效|性)")
_TARGET_CUE = re.compile(r"力争|目标|确保|争取|计划|将|要|努力|推动|完成|实现|达到")
_PAST_CUE = re.compile(r"已|截至|截止|去年|上年|以来|五年来|累计")
_RETRO_HEAD = re.compile(
    r"回顾|成就|成效|完成情况|进展情况|推进情况|总结|主要成绩|工作情况|发展基础|现实基础|工作基础|发展现状"
)
_TARGET_HEAD = re.compile(r"目标|任务|打算|思路|计划|安排|措施|要点|指标|展望")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|年度)")
_PLAN_PERIOD = re.compile(r"十([一二三四五六])五")
_FIVE_YEAR_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))"
    r"[^\n]{0,60}$",
    re.M,
)
_RANGE_JOIN = re.compile(
    r"^[ ]*[、,]?[ ]*(?:(?:力争|争取|努力)(?:实现|达到)?(?:新增|新认定)?|最高|最多)[ ]*$"
)


# 全省前40位, 全市前3: a rank no worse than N
_TOP_RANK = re.compile(
    r"(?:(?:全市|全区|全国|全省|本市|全球|世界|同类区|中心城区)(?:排名)?(?:进入|跻身)?"
    r"|排名(?:进入|跻身)?|(?<=进入|跻身)|(?=前(?:\d{1,3}|[二三四五六七八九十两]+)(?:位|名)))"
    r"前(?P<n>\d{1,3}|[二三四五六七八九十两]+)"
    r"(?:位|名|强)?(?![\d个批家次届条项%])"
)


def _cn_value(s: str) -> float | None:
    if s[0] in "百千万亿":
        s = "一" + s
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, TypeError):
        return None


def _num(s: str) -> float:
    return float(s.replace(",", ""))


# ----------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Cand:
    s: int  # normalised start/end of raw
    e: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    kind_hint: str  # "", "rank", "multiple", "percent", "money", "count"
    comparator: str
    noun_after: bool = True


def _inside_short_quote(norm: str, s: int, e: int, limit: int = 16) -> bool:
    lo = max(0, s - limit)
    left = norm[lo:s]
    i = max(left.rfind("“"), left.rfind("\""), left.rfind("「"))
    if i < 0 or "”" in left[i + 1 :] or "」" in left[i + 1 :]:
        return False
    right = norm[e : e + limit]
    closes = (right.find("”"), right.find("\""), right.find("」"))
    j = min((k for k in closes if k >= 0), default=-1)
    return j >= 0 and "“" not in right[:j]


# Policy nicknames: 人才18条, 科创22条, 金融十条 name a policy document, they count nothing.
_POLICY_TOPIC = re.compile(r"(?:人才|科创|科技|金融|产业|双创|招商|营商|惠企|稳岗|新政|政策|创新)$")


def _is_policy_nickname(norm: str, s: int, unit: str) -> bool:
    return unit == "条" and bool(_POLICY_TOPIC.search(norm[max(0, s - 2) : s]))


# 76个光子的原型机, 66个超导量子比特: the specification in a device's name
_DEVICE_SPEC = re.compile(r"(?:光子|量子比特|超导量子比特|超导比特|比特|原子|离子)(?:的|量子)")


def _is_name_context(norm: str, s: int, e: int) -> bool:
    if norm[e - 1 : e] == "个" and _DEVICE_SPEC.match(norm, e):
        return True
    before = norm[s - 1] if s > 0 else ""
    after = norm[e] if e < len(norm) else ""
    if before and (before.isascii() and (before.isalpha() or before in "+*#/_.&@-")):
        return True
    if after and after.isascii() and (after.isalpha() or after in "+*#_"):
        return True
    if (before and before in "〔[【") or (after and after in "〕]】"):
        return True
    return False


# a bare number (no unit) is a figure before these: 创新指数达到160以上
_BARE_POST = ("以上", "以下", "左右", "及以上")
_INSTITUTE_OK = re.compile(
    r"(?:学校|医院|高校|院校|大学|中学|小学|幼儿园|机构|学院|研究院|研究所)$"
)
_INSTITUTE_NEXT = re.compile(
    r"(?:高校|高等|学校|大学|医院|中小学|中学|小学|幼儿园|院校|科研|研究|职业|学院|"
    r"重点|知名|高水平|市级|区级|国家|省级)"
)


def _is_institute_name(norm: str, s: int, e: int) -> bool:
    """``中国电科32所与…``: a numbered institute, not a count of institutions (``3所高校``,
    ``新建学校3所`` are counts)."""
    if _INSTITUTE_NEXT.match(norm, e):
        return False
    return not _INSTITUTE_OK.search(norm[max(0, s - 4) : s])


_MONEY_WORDS = re.compile(
    r"额|资金|投资|收入|经费|税收|产值|营收|成本|金额|贷款|融资|补贴|奖励|扶持"
)


def _money_context(norm: str, s: int, e: int) -> bool:
    """A scaled number without a unit (12.5亿) is money when its clause speaks of money."""
    if re.match(r"[\u4e00-\u9fffA-Za-z]", norm[e : e + 1]):
        return False  # 1.4亿人口: another unit follows
    w = max(0, s - 40)
    lo = max(norm.rfind("。", w, s), norm.rfind(";", w, s), norm.rfind("\n", w, s), w)
    return bool(_MONEY_WORDS.search(norm, lo, s))


_PEOPLE_AFTER = re.compile(
    r"(?:居民|群众|市民|村民|学生|师生|观众|游客|青少年|儿童|老人|职工|员工|志愿者|听众|读者)"
)


def _arabic(tx: _Text) -> list[_Cand]:
    norm = tx.norm
    out: list[_Cand] = []
    for m in _ARABIC.finditer(norm):
        s, e = m.start(), m.end()
        if s > 0 and (norm[s - 1].isdigit() or norm[s - 1] == "."):
            continue
        n1, n2, unit, scale = m["n1"], m["n2"], m["unit"] or "", m["scale"] or ""
        numeric_end = m.end("n2") if n2 else m.end("n1")
        before = norm[s - 1] if s > 0 else ""
        # names and codes: G60, 5G, IPv6, 1+7+N, 7*24, 〔2024〕
        # a signed rate (同比增长-11.7%): the sign belongs to the figure
        signed = before != "" and before in "+-−" and unit in ("%", "个百分点", "百分点") and (
            s < 2 or not (norm[s - 2].isascii() and norm[s - 2].isalnum())
        ) and not n2
        if not signed and _is_name_context(norm, s, numeric_end if not (unit or scale) else e):
            continue
        if unit == "个" and (norm[e : e + 1] == "月" or norm[e : e + 3] in ("工作日", "工作天")):
            continue  # 3个月, 5个工作日: durations
        if unit == "所" and _is_institute_name(norm, s, e):
            continue  # 中国电科32所: a research institute's name
        if m["u1"] and unit != "%":
            continue
        if unit == "期" and before == "年":
            continue  # 2023年19期: an issue number
        if before == "第" or _is_policy_nickname(norm, s, unit):
            continue
        if unit in ("大", "大类") and norm[e : e + 2] in ("精神",):
            continue
        if _inside_short_quote(norm, s, e) and not (
            unit and norm[s - 1 : s] in "“\"" and re.match(r"(?:以上|以下|左右)?[”\"]", norm[e:])
        ):  # “7%以上”的增速: a quote of the figure alone quotes the figure
            continue
        if n2 and m["sep"] in "到至" and not unit:
            continue
        people = False
        if not (unit or scale) and (m["mod1"] or m["mod2"]) and _PEOPLE_AFTER.match(norm, e):
            people = True  # 服务6700余居民: a headcount without a measure word
        elif not (unit or scale):
            # a bare number: only "工程168;" style (after a word, before clause punctuation)
            nxt = norm[e] if e < len(norm) else ""
            if nxt == "、" and len(n1) <= 2 and "\u4e00" <= norm[e + 1 : e + 2] <= "\u9fff":
                continue  # 主要工作1、科技宣传: a section number run into the text
            if not (
                before
                and "\u4e00" <= before <= "\u9fff"
                and before not in "第年月日号届期版"
                and (nxt in ",;。、" or norm.startswith(_BARE_POST, e))
                and not re.fullmatch(r"(?:19|20)\d{2}", n1)
                and not n2
            ):
                continue
        lo, hi = _num(n1), (_num(n2) if n2 else None)
        if signed and before in "-−":
            s, lo = s - 1, -lo
        mult = _SCALES.get(scale, 1.0)
        approx = bool(m["mod1"] or m["mod2"])
        kind_hint = "count"
        if not unit and scale in ("亿", "万", "万亿", "千万", "百万") and (
            _money_context(norm, s, e)
        ):
            unit = "元"  # 成交额达12.5亿, 申请资金1200万: money written without 元
        if unit in _MONEY_UNITS:
            # canonical money unit: 亿元
            mult = mult / 1e8
            out_unit = "亿元" if unit == "元" else "亿美元"
            kind_hint = "money"
        elif unit in ("%", "‰"):
            out_unit = unit
            kind_hint = "percent"
        elif unit in ("个百分点", "百分点"):
            out_unit = "百分点"
            kind_hint = "points"
        elif unit == "倍":
            out_unit = "倍"
            kind_hint = "multiple"
        elif unit == "万平方米":
            out_unit, mult = "平方米", mult * 1e4
        elif unit in ("大", "大类"):
            out_unit = "类" if unit == "大类" else "个"
        else:
            out_unit = "人" if people else unit
        if hi is not None and hi <= lo:
            # "2023-2025" style or a dash between two unrelated numbers
            continue
        val_lo = round(lo * mult, 10)
        val_hi = round(hi * mult, 10) if hi is not None else None
        out.append(
            _Cand(
                s=s,
                e=e,
                value=None if hi is not None else val_lo,
                low=val_lo if hi is not None else None,
                high=val_hi,
                unit=out_unit,
                kind_hint=kind_hint,
                comparator="range" if hi is not None else ("approx" if approx else "eq"),
            )
        )
    return out


def _chinese(tx: _Text) -> list[_Cand]:
    norm = tx.norm
    out: list[_Cand] = []
    for m in _CHINESE.finditer(norm):
        s, e = m.start(), m.end()
        cn, unit = m["cn"], m["unit"]
        nxt = norm[e : e + 2]
        if unit == "大" and (nxt.startswith("精神") or norm[max(0, s - 2) : s] == "党的"):
            continue
        if unit == "人" and not m["mod"] and (
            cn not in ("万", "千", "百") or s == 0 or norm[s - 1] not in "近约超逾上达"
        ):
            continue  # 万人发明专利拥有量 is a denominator, 千人计划 a name; 近万人 a count
        if s > 0 and norm[s - 1] in "每数几":
            continue  # 每万人 is a denominator; 数十家 is vague
        if _is_policy_nickname(norm, s, unit):
            continue
        if unit == "个" and norm[e : e + 1] in ("月", "工"):
            continue
        if unit == "次" and (nxt in ("产业", "全会", "会议") or cn[:1] not in "两二三四五六七八九"
                             or norm[s - 1 : s] == "届"):
            continue  # 三次产业 (the tertiary sector), 三次全会, 十届七次: no count
        if unit == "期" and norm[s - 1 : s] != "分":
            continue  # 分三期建设 counts phases; 三期工程 names one
        if _SET_PHRASE.match(norm, s):
            continue
        if unit in ("大", "个", "类", "项", "种") and not ("\u4e00" <= nxt[:1] <= "\u9fff"):
            continue
        if _inside_short_quote(norm, s, e):
            continue
        v = _cn_value(cn)
        if v is None:
            continue
        out_unit = "个" if unit == "大" else ("类" if unit == "大类" else unit)
        out.append(
            _Cand(s=s, e=e, value=v, low=None, high=None, unit=out_unit, kind_hint="count",
                  comparator="approx" if m["mod"] else "eq")
        )
    for m in _CN_ONE.finditer(norm):
        s, unit = m.start(), m["unit"]
        if _inside_short_quote(norm, s, m.end()):
            continue  # “一个定位、四个着力、一个加快”: a slogan
        lo = max(norm.rfind(ch, 0, s) for ch in _CLAUSE_END) + 1
        if re.search(rf"(?:\d|[两二三四五六七八九十])[余多]?{unit}", norm[max(lo, s - 16) : s]):
            out.append(_Cand(s=s, e=m.end(), value=1.0, low=None, high=None, unit=unit,
                             kind_hint="count", comparator="eq"))
    return out


_RANK_SCOPE = r"(?:全市|全区|全国|全省|本市|全球|同类区|中心城区|郊区|五个新城)"
_FIRST_PLACE = re.compile(
    rf"{_RANK_SCOPE}(?:排名)?(?:首位|榜首)|{_RANK_SCOPE}[^\d,,。;:\n之]{{0,6}}之首|(?:位居|位列|居|排名)(?:{_RANK_SCOPE}[^\d,,。;:\n、的]{{0,4}}?)?(?:首位|榜首)"
)
# 占全市三分之一: a share written as a Chinese fraction
_FRACTION = re.compile(r"(?P<d>[二三四五六七八九十百]+)分之(?P<n>[一二三四五六七八九十]+)")
# a share written as tenths (七成) or a slash fraction (1/3), after a word that states a share
_SHARE_WORDS = re.compile(
    r"(?:占|近|约|超过|超|逾|达|达到|为|接近)(?:全市|全区|全国)?"
    r"(?P<f>(?P<tenths>[一二三四五六七八九])成|(?<![\d/])(?P<n>\d)/(?P<d>\d{1,2})(?![\d/]))"
)
_DOUBLING = re.compile(r"翻了?(?P<mod>近|约|将近)?(?P<n>一|两|二|三)?番")


def _ranks(tx: _Text) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _FIRST_PLACE.finditer(tx.norm):
        out.append(_Cand(s=m.start(), e=m.end(), value=1.0, low=None, high=None, unit="rank",
                         kind_hint="rank", comparator="eq", noun_after=False))
    for m in _FRACTION.finditer(tx.norm):
        d, n = _cn_value(m["d"]), _cn_value(m["n"])
        if d and n and n < d:
            out.append(_Cand(s=m.start(), e=m.end(), value=round(100 * n / d, 2), low=None,
                             high=None, unit="%", kind_hint="percent", comparator="eq",
                             noun_after=False))
    for m in _SHARE_WORDS.finditer(tx.norm):
        if m["tenths"]:  # 运力占全市近七成
            value = 10.0 * (_cn_value(m["tenths"]) or 0)
        else:  # 比重超过1/3
            n, d = int(m["n"]), int(m["d"])
            if not 0 < n < d:
                continue
            value = round(100 * n / d, 2)
        out.append(_Cand(s=m.start("f"), e=m.end("f"), value=value, low=None, high=None,
                         unit="%", kind_hint="percent", comparator="eq", noun_after=False))
    for m in _DOUBLING.finditer(tx.norm):
        times = 2.0 ** {"一": 1, "两": 2, "二": 2, "三": 3}[m["n"] or "一"]
        out.append(_Cand(s=m.start(), e=m.end(), value=times, low=None, high=None, unit="倍",
                         kind_hint="multiple", comparator="approx" if m["mod"] else "eq",
                         noun_after=False))
    for m in _TOP_RANK.finditer(tx.norm):
        n = m["n"]
        v = _num(n) if n.isdigit() else _cn_value(n)
        if v is None:
            continue
        after = tx.norm[m.end() : m.end() + 1]
        if m.group().endswith("强") and "\u4e00" <= after <= "\u9fff" and after not in "之中行的":
            continue  # 全球前50强班轮公司: a class of firms, not this district's rank
        out.append(_Cand(s=m.start(), e=m.end(), value=v, low=None, high=None, unit="rank",
                         kind_hint="rank", comparator="le", noun_after=False))
    for m in _NAMED_RANK.finditer(tx.norm):
        body = m["body"]
        if re.match(_RANK_SCOPE, body) or re.search(r"[的是在和与]", body):
            continue
        n = m["n"]
        v = _num(n) if n.isdigit() else _cn_value(n)
        if v is None:
            continue
        short = 2 <= len(body) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", body)
        out.append(_Cand(s=m.start("body") if short else m.start("n") - 1, e=m.end(), value=v,
                         low=None, high=None, unit="rank", kind_hint="rank", comparator="eq",
                         noun_after=False))
    for m in _RANK.finditer(tx.norm):
        n = m["n"]
        v = _num(n) if n.isdigit() else _cn_value(n)
        if v is None:
            continue
        out.append(_Cand(s=m.start(), e=m.end(), value=v, low=None, high=None, unit="rank",
                         kind_hint="rank", comparator="eq", noun_after=False))
    return out


# ----------------------------------------------------------------------------------------------
# context helpers


class _Delims:
    """Positions of delimiter characters, found once per text, for O(log n) boundary look-ups."""

    def __init__(self, norm: str):
        self.norm = norm
        self._cache: dict[str, list[int]] = {}

    def bounds(self, s: int, e: int, ends: str, limit: int) -> tuple[int, int]:
        """[lo, hi) of the stretch around [s, e) delimited by ``ends`` (at most ``limit`` away)."""
        pos = self._cache.get(ends)
        if pos is None:
            pat = "[" + re.escape(ends) + "]"
            pos = self._cache[ends] = [m.start() for m in re.finditer(pat, self.norm)]
        k = bisect.bisect_left(pos, s) - 1
        lo = pos[k] + 1 if k >= 0 else 0
        lo = max(lo, s - limit, 0)
        k = bisect.bisect_left(pos, e)
        hi = pos[k] if k < len(pos) else len(self.norm)
        hi = min(hi, e + limit)
        return lo, hi


_DELIMS: dict[int, _Delims] = {}


def _bounds(norm: str, s: int, e: int, ends: str, limit: int) -> tuple[int, int]:
    d = _DELIMS.get(id(norm))
    if d is None or d.norm is not norm:
        _DELIMS.clear()
        d = _DELIMS[id(norm)] = _Delims(norm)
    return d.bounds(s, e, ends, limit)


def _comparator(norm: str, c: _Cand, clause_lo: int) -> str:
    if c.comparator == "range":
        return "range"
    before = norm[max(clause_lo, c.s - 6) : c.s].rstrip()
    after = norm[c.e : c.e + 3]
    if before.endswith("上") and norm[c.s : c.s + 1] in "百千万":
        return "approx"
    for w, comp in _PRE_CUES:
        if before.endswith(w):
            if comp == "approx" and before.endswith(("最近", "附近")):
                continue
            return comp
    for w in _GE_POST:
        if after.startswith(w):
            return "ge"
    for w in _LE_POST:
        if after.startswith(w):
            return "le"
    for w in _APPROX_POST:
        if after.startswith(w):
            return "approx"
    return c.comparator


class _Matcher:
    """Alias lookup over the catalog: longest alias nearest the figure, unit-compatible."""

    def __init__(self) -> None:
        cat = load_catalog()
        self.cat = cat
        pairs: list[tuple[str, Metric]] = []
        for m in cat.values():
            for a in m.aliases:
                pairs.append((a, m))
        pairs.sort(key=lambda p: len(p[0]), reverse=True)
        self.by_alias = dict(pairs)
        self.regex = re.compile("|".join(re.escape(a) for a, _ in pairs)) if pairs else None
        self.flow_variant = {m.flow_of: m for m in cat.values() if m.flow_of}

    @staticmethod
    def unit_ok(m: Metric, c: _Cand) -> bool:
        if c.kind_hint in ("rank", "multiple", "percent"):
            return True  # a percentage after a count or money metric: its rate (cue checked)
        if m.unit == "亿元":
            return c.kind_hint == "money"
        if m.unit == "%":
            return c.kind_hint in ("percent", "points")
        if c.kind_hint == "money":
            return False
        if c.kind_hint == "percent":
            return True  # a growth rate of a count metric (checked against a rate cue)
        return c.unit == "" or _unit_group(c.unit) == _unit_group(m.unit)

    def find(
        self, norm: str, c: _Cand, lo: int, hi: int, sent: str, floor: int = -1
    ) -> tuple[Metric, int, int] | None:
        """The catalog metric named nearest the figure inside [lo, hi), and where it starts and
        ends. An alias that ends before ``floor`` (the end of an earlier figure) named that one."""
        if self.regex is None:
            return None
        best: tuple[int, int, int, Metric, int, int] | None = None
        blocked: dict[str, int] = {}  # metric id → end of its nearest qualified mention
        pos = lo
        while True:
            mm = self.regex.search(norm, pos, hi)
            if mm is None:
                break
            pos = mm.start() + 1
            met = self.by_alias[mm.group()]
            if met.context_any and not _context_ok(
                norm, mm.start(), mm.end(), sent, met.context_any
            ):
                continue
            if met.not_after and norm[max(0, mm.start() - 8) : mm.start()].endswith(met.not_after):
                if mm.end() <= c.s:
                    blocked[met.id] = max(blocked.get(met.id, -1), mm.end())
                continue
            if not self.unit_ok(met, c):
                continue
            if met.unit != "%" and norm[mm.start() - 1 : mm.start()] == "占":
                continue  # 基础研究经费占研发经费投入比重: the denominator, not the subject
            if mm.end() <= c.s:
                if mm.end() <= floor:
                    continue
                between = norm[mm.end() : c.s]
                if (c.kind_hint == "percent" and met.unit != "%"
                        and not _RATE_CUE_ANY.search(between)):
                    continue
                dist, pref = len(between), 0
            elif mm.start() >= c.e:
                between = norm[c.e : mm.start()]
                if not c.noun_after or c.kind_hint not in ("count",):
                    continue
                if _VERB_BETWEEN.search(between) or re.search(r"[\d、]", between):
                    continue
                dist, pref = len(between), 1
            else:
                continue
            key = (dist, pref, -len(mm.group()))
            if best is None or key < best[:3]:
                best = (dist, pref, -len(mm.group()), met, mm.start(), mm.end())
        if best is None:
            return None
        # 高新技术企业申报工作,组织申报高新技术企业61家: the mention nearest the figure is
        # qualified (applications), so an earlier plain mention does not name it either
        if best[5] <= c.s and blocked.get(best[3].id, -1) > best[5]:
            return None
        return best[3], best[4], best[5]


def _qualified_after(norm: str, e: int, m: Metric) -> bool:
    """Whether the figure is followed by a qualified mention of ``m`` (3家申请高新技术企业…的企业:
    applicants, so not a part of the previous figure's metric)."""
    after = norm[e : e + 14]
    return any(q + a in after for a in m.aliases for q in m.not_after)


_CLAUSE_FILLER = re.compile(
    r"^(?:(?:其中|同时|并且|并|且|全区|全市|全县|全社会|完成|实现|累计|共计|共))+"
)


def _context_ok(norm: str, at: int, end: int, sent: str, words: tuple[str, ...]) -> bool:
    """Whether a metric that needs context words (a generic ratio such as 占GDP比重) has them:
    in its own clause if that clause names a subject of its own (数字经济增加值占GDP比重 is not
    R&D intensity), else anywhere in the sentence (研发投入304亿元,占GDP比重4%)."""
    k = at
    while k > 0 and norm[k - 1] not in _CLAUSE_END + "、" and at - k < 40:
        k -= 1
    own = norm[k:at]
    if any(w in norm[k:end] for w in words):
        return True
    own = _CLAUSE_FILLER.sub("", own)
    if len(re.findall(r"[\u4e00-\u9fff]", own)) >= 2:
        return False
    return any(w in sent for w in words)


_UNIT_GROUPS = ({"家", "个", "座", "所", "处"}, {"件", "项"}, {"人", "名", "位"})


def _unit_group(u: str) -> str:
    for g in _UNIT_GROUPS:
        if u in g:
            return min(g)
    return u


_RATE_CUE_ANY = re.compile(r"增长|增速|增幅|提高|提升|下降|减少|降低|上升|同比|环比")
_VERB_BETWEEN = re.compile(
    r"获|参加|参与|入选|完成|建设|创建|实现|开展|承担|申报|入驻|设立|落户|通过|进行|上线|激活"
)


_MATCHER: _Matcher | None = None


def _matcher() -> _Matcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = _Matcher()
    return _MATCHER


_PHRASE_STOP = re.compile(
    r"获得|获|参加|参与|入选|完成|建设|实现|达到|达|为|是|的|和|及|与|等|在|对|向|由|将|把|用于|"
    r"累计|共有|共计|新增|新认定|培育|支持|举办|开展|建成|推动|推进|力争|超过|不少于|集聚|引进|"
    r"超|近|约|共|有|其中|目前|全年|合计|组织|发布|设立|规模|总额|形成|梳理|细化|聚焦|整合|关停"
)
_AFTER_STOP = re.compile(
    r"获|参加|参与|入选|完成|建设|创建|实现|开展|承担|申报|入驻|设立|落户|通过|进行|上线|上云|激活|"
    r"的|和|及|与|等|不断|奠定|初步|荣|中|以|为|在|是"
)


def _phrase(norm: str, c: _Cand, lo: int, hi: int) -> str:
    """The Chinese noun phrase a figure counts (for unclassified figures)."""
    after = norm[c.e : hi]
    after = re.sub(r"^(?:以上|以下|左右|以内|及以上)", "", after)
    m = re.match(r"[\u4e00-\u9fff()“”]{2,16}", after)
    if m and c.noun_after and c.kind_hint == "count":
        text = m.group()
        cut = _AFTER_STOP.search(text, 1)
        if cut:
            text = text[: cut.start()]
        text = text.strip("()“”")
        if len(text) >= 2:
            return text
    before = norm[lo : c.s]
    # only the words after the previous figure or list separator
    before = re.split(r"\d[\d.,]*[^\d\s,、;。]?|、", before)[-1]
    before = re.sub(r"(?:" + "|".join(w for w, _ in _PRE_CUES) + r")$", "", before)
    parts = [p.strip(" ()“”") for p in _PHRASE_STOP.split(before)]
    parts = [p for p in parts if len(p) >= 2]
    return parts[-1][-14:] if parts else ""


def _detect_headings(norm: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().strip()) for m in _HEADING_LINE.finditer(norm)]


def _heading_level(h: str) -> int:
    h = h.strip().translate(_FULLWIDTH)
    if re.match(r"[一二三四五六七八九十]+、", h):
        return 1
    if re.match(r"\([一二三四五六七八九十]+\)", h):
        return 2
    return 3


# ----------------------------------------------------------------------------------------------
# main entry


def find_figures(
    text: str,
    *,
    doc_type: str | None,
    doc_year: int | None,
    headings: Sequence[tuple[int, str]] = (),
    exclude_spans: Sequence[tuple[int, int]] = (),
) -> list[Figure]:
    """Every quantitative figure in ``text`` (sorted by char_start); see the module docstring."""
    tx = _Text(text)
    norm = tx.norm

    cands = _arabic(tx) + _chinese(tx) + _ranks(tx)
    cands.sort(key=lambda c: (c.s, -c.e))
    # drop overlaps (keep the earliest, longest)
    kept: list[_Cand] = []
    for c in cands:
        if kept and c.s < kept[-1].e:
            continue
        kept.append(c)
    kept = _merge_ranges(norm, kept)

    # exclusions are in original offsets
    excl = sorted(exclude_spans)
    ex_starts = [a for a, _ in excl]

    def excluded(a: int, b: int) -> bool:
        k = bisect.bisect_right(ex_starts, b - 1) - 1
        while k >= 0:
            xs, xe = excl[k]
            if xs < b and a < xe:
                return True
            if xe <= a and k > 0 and excl[k - 1][1] <= a:
                break
            k -= 1
        return False

    # headings: in original offsets from the caller, else detected in the normalised text
    if headings:
        head = sorted((int(a), str(h)) for a, h in headings)
        head_pos = [a for a, _ in head]
        use_orig_heads = True
    else:
        head = _detect_headings(norm)
        head_pos = [a for a, _ in head]
        use_orig_heads = False
    head_levels = [_heading_level(h) for _, h in head]

    period_end = _five_year_end(norm, doc_type, doc_year)
    task_cells = _task_cells(norm) if "|" in norm else []
    task_starts = [a for a, _ in task_cells]
    matcher = _matcher()
    figures: list[Figure] = []
    # the previous figure: (sentence start, metric, normalised end)
    prev_in_sent: tuple[int, Metric | None, int] = (-1, None, -1)
    prev_status = ""
    prev_money: tuple[int, Metric | None] = (-1, None)  # the sentence's last money metric
    sent_metrics: list[Metric | None] = []  # the metrics of the sentence's figures so far
    carried_year: tuple[int, int] = (-1, 0)  # (sentence start, year) carried from the one before

    for c in kept:
        o_s, o_e = tx.span(c.s, c.e)
        if excl and excluded(o_s, o_e):
            continue
        s_lo, s_hi = _bounds(norm, c.s, c.e, _SENT_END, 400)
        c_lo, c_hi = _bounds(norm, c.s, c.e, _CLAUSE_END, 120)
        sent = norm[s_lo:s_hi]
        comparator = _comparator(norm, c, c_lo)

        # --- metric
        same_sent = prev_in_sent[0] == s_lo
        floor = prev_in_sent[2] if same_sent else -1
        metric: Metric | None = None
        alias_at = alias_end = c.s
        paired = _respectively(norm, c, c_lo, matcher, sent)
        if paired is None and c.kind_hint == "percent" and same_sent:
            # 高企3784家,小巨人593家,同比分别提升150.6%、71.88%: the i-th rate after 分别 is
            # the rate of the i-th of the figures stated just before, when the clause names none
            k = norm.rfind("分别", c_lo, c.s)
            if k >= 0 and matcher.find(norm, c, c_lo, k, sent) is None:
                n = len(_PCT.findall(norm, k, c_hi))
                i = len(_PCT.findall(norm, k, c.s))
                base = sent_metrics[: len(sent_metrics) - i]
                if n >= 2 and len(base) >= n:
                    # an unclassified figure's rate stays unclassified (23003项…117.15%)
                    paired = (base[i - n], k)
        if paired is not None:
            metric, alias_at = paired
            alias_end = alias_at
        else:
            found = matcher.find(norm, c, c_lo, c_hi, sent, floor)
            if found:
                metric, alias_at, alias_end = found
        before_clause = norm[c_lo : c.s]
        inherited = False
        change = False
        since_prev = norm[max(c_lo, floor) : c.s]
        if (metric is None and paired is None and same_sent and prev_in_sent[1] is not None
                and _TO_AFTER_FROM.match(since_prev)):
            metric, inherited = prev_in_sent[1], True  # 从0.99%增长到1.52%: the same metric
        if metric is None and paired is None and same_sent and prev_in_sent[1] is not None:
            pm = prev_in_sent[1]
            base = matcher.cat.get(pm.flow_of, pm) if pm.flow_of else pm
            if (c.kind_hint in ("rank", "multiple") and not _OWN_BASE.search(since_prev)) or (
                c.kind_hint in ("percent", "points") and _RATE_CUE_ANY.search(before_clause)
                and not (_own_subject(before_clause) and _own_subject(since_prev))
            ):
                metric, inherited = pm, True
                if c.kind_hint in ("rank", "multiple") and _STOCK_CUE.search(before_clause):
                    metric = base
            elif (c.kind_hint == "count" and _unit_group(pm.unit) == _unit_group(c.unit)
                  and not _qualified_after(norm, c.e, base)
                  and not (_OWN_MEASURE.search(since_prev)
                           and not _STOCK_CUE.search(since_prev))):
                if _STOCK_CUE.search(before_clause):
                    metric, inherited = base, True
                elif re.search(r"增长|增加|减少|净增", before_clause):
                    metric, inherited, change = base, True, True
                elif _SUBSET.search(since_prev := norm[max(c_lo, floor) : c.s]) and not (
                    _own_subject(_SUBSET.sub("", since_prev))
                ) and not re.match(r"[\u4e00-\u9fff]", norm[c.e : c.e + 1]):
                    metric, inherited = pm, True  # 认定…10家(其中首批获批7家): a part of it
            elif (c.kind_hint == "money" and pm.unit == "亿元"
                  and _CHANGE_SINCE.search(before_clause)):
                metric, inherited, change = base, True, True  # 比“十二五”末提升228亿元
        if (metric is None and paired is None and c.kind_hint == "money"
                and prev_money[0] == s_lo and prev_money[1] is not None
                and _CHANGE_SINCE.search(before_clause)):
            # 研发投入456亿元,占全市30%,比“十二五”末提升172亿元: the change of that money
            pm = prev_money[1]
            metric = matcher.cat.get(pm.flow_of, pm) if pm.flow_of else pm
            inherited = change = True
        if metric is None and paired is None and c.kind_hint == "rank" and not (
            same_sent and prev_in_sent[2] > c_lo - 1
        ) and c_lo - 1 > s_lo:
            # 总量达xxx家,全市第一: a rank after a clause whose figure is a placeholder
            pp_lo, _ = _bounds(norm, c_lo - 1, c_lo - 1, _CLAUSE_END, 120)
            t_lo = max(pp_lo, s_lo, prev_in_sent[2] if same_sent else 0)
            topic = matcher.find(norm, c, t_lo, c_lo - 1, sent) if t_lo < c_lo - 1 else None
            if topic:
                metric, alias_at, alias_end = topic
        if metric is None and paired is None and c.kind_hint == "count" and c.unit:
            # the topic named in the clause just before, with no figure of its own
            p_lo = c_lo - 1
            pp_lo, _ = _bounds(norm, p_lo, p_lo, _CLAUSE_END, 120) if p_lo > s_lo else (0, 0)
            if p_lo > s_lo and not (same_sent and prev_in_sent[2] > pp_lo):
                t_lo = max(pp_lo, s_lo, prev_in_sent[2] if same_sent else 0)
                topic = matcher.find(norm, c, t_lo, p_lo, sent) if t_lo < p_lo else None
                noun = re.match(r"[\u4e00-\u9fff]{2}", norm[c.e : c.e + 2])
                if noun and topic and noun.group() not in norm[t_lo:p_lo]:
                    topic = None
                if topic and any(matcher.by_alias[a.group()] is topic[0]
                                 for a in matcher.regex.finditer(norm, c_lo, c.s)):
                    topic = None  # 组织申报高新技术企业61家: its own clause names it, qualified
                if topic and _unit_group(topic[0].unit) == _unit_group(c.unit):
                    metric, alias_at, alias_end = topic
        if (metric is None and paired is None and c.kind_hint in ("count", "money")
                and c_lo == s_lo and s_lo > 1 and norm[s_lo - 1] == "。"
                and prev_in_sent[2] < s_lo and _continues(before_clause)):
            # …做好2024年度全社会R&D经费年报工作。截止3月底已完成年报数据80.72亿元: a sentence
            # opening with a continuation cue and naming no subject of its own continues the
            # metric (and year) named in the sentence before, when that one stated no figure
            p_lo = max(max(norm.rfind(ch, 0, s_lo - 1) for ch in _SENT_END) + 1, s_lo - 400)
            if prev_in_sent[2] <= p_lo:
                topic = matcher.find(norm, c, p_lo, s_lo - 1, norm[p_lo : s_lo - 1])
                if topic:
                    metric, alias_at, alias_end = topic
                    inherited = True
                    if _explicit_year(norm, s_lo, c.s, doc_year) is None:
                        y = _explicit_year(norm, p_lo, alias_at, doc_year)
                        if y is not None:
                            carried_year = (s_lo, y)
        if c.kind_hint == "rank" and _BOTH_RANKED.search(before_clause):
            metric = None  # 1.6件、120项,均居全省第三位: the rank of both, not of either alone
        if (metric is not None and c.kind_hint == "count" and "申报" in metric.not_after
                and _PENDING_AFTER.match(norm, c.e)):
            metric = None  # 高新技术企业5家准备复审: candidates for a review, not the count
        if metric is not None and not inherited and c.kind_hint in ("count", "money"):
            # a stock metric named with a flow cue → its "new_*" variant, and back
            cue_text = norm[c_lo : alias_at if alias_at < c.s else c.s]
            if alias_end <= c.s and _NEW_CUE.search(norm, alias_end, c.s):
                cue_text += "|新增"  # 小巨人培育企业新增3家: the cue between alias and figure
            elif alias_at >= c.e and _NAMED_NEW.match(norm, alias_end, c_hi):
                cue_text += "|新增"  # 10家科普基地被认定为新增科普基地: named as new after it
            stock_cue = bool(_STOCK_CUE.search(cue_text)) and not _CUMULATIVE_FLOW.search(
                norm, c_lo, min(alias_at + 4, c.s) if alias_at < c.s else c.s
            )  # 累计新增20家 sums flows: still the new_* metric (累计培育…家 is the stock)
            if metric.id in matcher.flow_variant and not stock_cue and _FLOW_CUE.search(cue_text):
                metric = matcher.flow_variant[metric.id]
            elif (metric.id in matcher.flow_variant and not stock_cue and same_sent
                  and prev_in_sent[1] is matcher.flow_variant[metric.id]
                  and not _STOCK_CUE.search(norm, prev_in_sent[2], c.s)
                  and not re.search(r"达到|已达", before_clause)):
                metric = matcher.flow_variant[metric.id]  # 新增高企9家,市高企16家: still new
            elif metric.flow_of and stock_cue:
                metric = matcher.cat.get(metric.flow_of, metric)
        unit = c.unit or (metric.unit if metric is not None else "")

        # --- kind
        if c.kind_hint == "rank":
            kind = "rank"
        elif c.kind_hint == "multiple":
            kind = "multiple"
        elif c.kind_hint == "points":
            kind = "rate"
        elif c.kind_hint == "percent":
            listed = _LISTED_PCT.sub("", before_clause)  # 分别增长80.5%、35%: the cue of both
            if _RAISED_TO.search(before_clause.rstrip()):
                kind = "share"  # 比重提高至3.98%: the level reached
            elif _RATE_CUE.search(listed.rstrip()[-8:]) or re.search(
                r"(增长|增速|增幅|同比|提高|提升|下降)[^,;。]{0,5}$", listed
            ):
                kind = "rate"
            else:
                kind = "share"
        elif change:
            kind = "flow"
        elif metric is not None and metric.kind in ("stock", "flow") and not inherited:
            kind = metric.kind
            if kind == "stock" and metric.id not in matcher.flow_variant and _FLOW_CUE.search(
                before_clause
            ) and not _STOCK_CUE.search(before_clause):
                kind = "flow"
        elif _STOCK_CUE.search(before_clause):
            kind = "stock"
        elif metric is not None and metric.kind in ("stock", "flow"):
            kind = metric.kind
        else:
            kind = "flow"

        # --- status and reference year
        heads = _heading_context(head, head_pos, head_levels, o_s if use_orig_heads else c.s)
        status, ref_year = _status_year(
            norm, c, s_lo, before_clause, doc_type, doc_year, heads, period_end
        )
        if task_cells and status == "actual":
            k = bisect.bisect_right(task_starts, c.s) - 1
            if k >= 0 and c.e <= task_cells[k][1]:
                status = "target"  # the 工作任务 column of a progress table
        if carried_year[0] == s_lo and _explicit_year(norm, s_lo, c.s, doc_year) is None:
            ref_year = carried_year[1]
        if (c.unit in _AREA_UNITS and status != "actual" and _AREA_FACT.search(before_clause)
                and not re.search(r"力争|目标|确保|争取|新增|扩大|达到|到(?:19|20)\d{2}年",
                                  before_clause)):
            status = "actual"  # 所辖313.5平方公里: the area governed is a fact, not a target
            if _explicit_year(norm, s_lo, c.s, doc_year) is None and doc_year is not None:
                ref_year = doc_year
        base_from = _FROM_BASE.search(norm, max(c_lo, c.s - 12), c.s)
        if base_from and c.kind_hint != "rank" and _BASE_TO.match(norm, c.e):
            # 从2015年的1.42万亿元增长到…: the base is what was, in the base year
            status = "actual"
            since = [m for m in _SINCE_BASE.finditer(norm, s_lo, c.s)]
            if base_from.group(1):
                ref_year = int(base_from.group(1))
            elif since:
                ref_year = int(since[-1].group(1) or since[-1].group(2))
            elif period_end is not None:
                named = re.search(r"十[一二三四五]五", norm[s_lo : c.s])
                p_end = _FIVE_YEAR_END.get(named.group()) if named else None
                if p_end is None:
                    opener = _PERIOD_OPENER.match(norm, max(norm.rfind("\n", 0, s_lo) + 1, 0))
                    p_end = _FIVE_YEAR_END.get(opener.group(1)) if opener else None
                p_end = p_end or period_end
                if p_end is not None:
                    ref_year = p_end - 5
        if inherited and same_sent and prev_status == "expected":
            status = "expected"  # 将达1850家,同比增长25.4%: the rate of a projection

        # --- quote (the sentence, shortened to nearby clauses when long)
        q_lo, q_hi = s_lo, s_hi
        if q_hi - q_lo > 160:
            q_lo, q_hi = _bounds(norm, c.s, c.e, _SENT_END + ",", 80)
        while q_lo < c.s and norm[q_lo] in " \t\r\n":
            q_lo += 1
        while q_hi > c.e and norm[q_hi - 1] in " \t\r\n":
            q_hi -= 1
        oq_s, oq_e = tx.span(q_lo, q_hi)

        if metric is not None:
            mid, mzh = metric.id, metric.label_zh
        else:
            mid, mzh = UNCLASSIFIED, _phrase(norm, c, c_lo, c_hi)
        figures.append(
            Figure(
                metric=mid,
                metric_zh=mzh,
                value=c.value,
                unit=unit,
                raw=text[o_s:o_e],
                comparator=comparator,
                value_low=c.low,
                value_high=c.high,
                kind=kind,
                status=status,
                ref_year=ref_year,
                quote=text[oq_s:oq_e],
                char_start=o_s,
                char_end=o_e,
            )
        )
        if c.kind_hint == "money" and metric is not None and metric.unit == "亿元":
            prev_money = (s_lo, metric)
        if c.kind_hint != "rank":
            if prev_in_sent[0] != s_lo:
                sent_metrics = []
            sent_metrics.append(metric)
            prev_in_sent = (s_lo, metric, c.e)
            prev_status = status
    _DELIMS.clear()
    figures.sort(key=lambda f: (f.char_start, f.char_end))
    return figures


_RATE_WORDS = re.compile(
    r"(?:比|较)(?:上年|去年|上年度|同期|(?:19|20)\d{2}年(?:末|底)?)|年均|同比|环比|平均|分别|均|"
    r"增长|增速|增幅|提高|提升|下降|减少|降低|上升|达到|保持在|保持|实现|为|约|近|超过|超|了|左右"
)


_SUBSET = re.compile(r"其中[::]?|首批|第[一二三四五六七八九十]批|获批|获得|通过")
_PCT = re.compile(r"\d+(?:\.\d+)?%")
_LISTED_PCT = re.compile(r"[-+]?\d+(?:\.\d+)?%[、和及与]")
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|超过|突破|增长|提高|实现|有)?")
_LIST_JOIN = re.compile(r"和|、|及|与|以及")
_LIST_VERB = re.compile(r"(?:达到|达|为|是|有)(?=[ ]*\d)")
_FIG_LIST = re.compile(r"[ ]*(?:\d[\d.,]*[ ]*[^\d\s、,;。]{0,3}[ ]*、[ ]*)*")


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
    else:
        # 高新技术企业、科技型中小企业达6588家、6403家: a 、 list of subjects and of figures
        m = _LIST_VERB.search(norm, c_lo, c.e)
        if m is None or not _FIG_LIST.fullmatch(norm, m.end(), c.s) and not (
            _FIG_LIST.fullmatch(norm, m.end(), c.e)
            and norm.startswith("、", c.e) and re.match(r"\d", norm[c.e + 1 : c.e + 2])
        ):
            return None
        if "、" not in norm[c_lo : m.start()]:
            return None
        k, v_end = m.start(), m.end()
    between = norm[v_end : c.s]
    # only figures and joiners between 分别 and this figure
    rest = re.sub(r"[\d.,%]+[^\d\s和、及与,]{0,4}", "", between)
    if _LIST_JOIN.sub("", rest).strip(" 约近超") != "":
        return None
    index = len(re.findall(r"\d+(?:\.\d+)?", between))
    parts = [p for p in _LIST_JOIN.split(norm[c_lo:k]) if p]
    if index >= len(parts) or len(parts) < 2:
        return None
    part = parts[index]
    tries = [part] + [parts[0][:-n] + part for n in (2, 3, 4) if index and len(parts[0]) > n]
    hits = [
        a for t in tries for a in matcher.regex.findall(t)
        if matcher.unit_ok(matcher.by_alias[a], c)
        and (not matcher.by_alias[a].context_any
             or any(w in sent for w in matcher.by_alias[a].context_any))
    ] if matcher.regex is not None else []
    if hits:  # the longest: 发明专利申请和授权量 → 发明专利授权量 before a bare 授权量
        return matcher.by_alias[max(hits, key=len)], k
    return None, k


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


_TASK_HEADER = re.compile(r"任务|目标|计划")
_DONE_HEADER = re.compile(r"完成情况|进展情况|推进情况|落实情况|完成进度|进展")


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
        if done is not None and done >= 1:
            ncols = done + 1
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


def _own_subject(before_clause: str) -> bool:
    """The clause names its own subject (科学研究和技术服务业营收同比增长15%), so a growth
    rate in it does not belong to the metric named earlier in the sentence."""
    rest = _RATE_WORDS.sub("", before_clause)
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 4


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
                and c.unit == d.unit
                and c.kind_hint == d.kind_hint != "rank"
                and c.value is not None
                and d.value is not None
                and d.value > c.value
                and _RANGE_JOIN.match(norm[c.e : d.s])
            ):
                out.append(replace(c, e=d.e, value=None, low=c.value, high=d.value,
                                   comparator="range"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _five_year_end(norm: str, doc_type: str | None, doc_year: int | None) -> int | None:
    if doc_type != "five_year_plan":
        return None
    ordinal = re.search(r"第(十[一二三四五六])个五年规划", norm[:600])
    if ordinal and ordinal.group(1) + "五" in _FIVE_YEAR_END:
        return _FIVE_YEAR_END[ordinal.group(1) + "五"]
    title = re.search(r"(十[一二三四五六]五)[”\"]?[^\n。]{0,24}规划(?!确定|目标|期间|实施|以来)",
                      norm[:600])
    if title and title.group(1) in _FIVE_YEAR_END:
        return _FIVE_YEAR_END[title.group(1)]
    counts: dict[str, int] = {}
    for m in _PLAN_PERIOD.finditer(norm[:20000]):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    if not counts:
        return doc_year + 4 if doc_year else None
    # the plan's own period is the latest one it mentions (more than once, if any is)
    ends = sorted(_FIVE_YEAR_END.get(k, 0) for k in counts)
    if doc_year:
        covering = [e for e in ends if e - 4 <= doc_year + 1 <= e + 1]
        if covering:
            return covering[0]
        # only earlier periods are mentioned (比“十二五”末提升…): the plan is the next one
        return next((e for e in sorted(_FIVE_YEAR_END.values()) if e >= doc_year + 1),
                    doc_year + 4)
    often = [k for k in counts if counts[k] >= 2] or list(counts)
    return max(_FIVE_YEAR_END.get(k, 0) for k in often) or None


def _heading_context(
    head: list[tuple[int, str]], pos: list[int], levels: list[int], at: int
) -> list[str]:
    """Nearest heading first, then the nearest heading of each higher level."""
    k = bisect.bisect_right(pos, at) - 1
    out: list[str] = []
    lvl = 99
    while k >= 0 and lvl > 1:
        if levels[k] < lvl:
            out.append(head[k][1])
            lvl = levels[k]
        k -= 1
    return out


def _explicit_year(
    norm: str, s_lo: int, c_s: int, doc_year: int | None = None
) -> int | None:
    """The nearest year named before the figure in its sentence (not a base year, not a title);
    去年/上年 count back from the document year; a later 目前 means the document year."""
    seg = norm[s_lo:c_s]
    best: int | None = None
    best_at = -1
    for m in _YEAR.finditer(seg):
        pre = seg[max(0, m.start() - 2) : m.start()]
        if pre.endswith(("比", "较", "与", "自")) or pre.endswith(("同比",)) or (
            pre.endswith("于") and (len(pre) < 2 or pre[0] in "高低多少大小快慢优等对由早晚相")
        ):
            continue
        # inside a title 《…》 or a year range 2023-2025
        opened = seg.rfind("《", 0, m.start())
        if opened >= 0 and seg.rfind("》", 0, m.start()) < opened:
            continue
        if m.start() > 0 and seg[m.start() - 1] in "-—–~至" and not pre.endswith(
            ("截至", "增至", "升至", "降至", "高至", "长至", "大至")
        ):
            # 2023-2027年,…年均增长10%: the period's end year; 2023—2027年行动方案 is a name
            if not (re.search(r"(?:19|20)\d{2}年?[-—–~至]$", seg[max(0, m.start() - 6) : m.start()])
                    and not _RANGE_NAME_AFTER.match(seg, m.end())):
                continue  # the end of a year range in a title (截至2023年底 is a point in time)
        q_open = seg.rfind("“", 0, m.start())
        if q_open >= 0 and seg.rfind("”", 0, m.start()) < q_open:
            continue
        if seg[m.end(1) : m.end(1) + 1] in "-—–~至" and seg[m.end(1) : m.end(1) + 2] != "年":
            continue
        if pre.endswith("是") and seg[m.end() : m.end() + 1] == "的":
            continue  # 是2015年的3.7倍: the base of a multiple
        if seg.startswith(("的基础上", "基础上", "的水平上"), m.end()):
            continue  # 在2022年的基础上实现倍增: a base year
        if _FROM_TO.search(seg, m.end()):
            continue  # 从2015年的326家增加到…: a starting point, not this figure's year
        if _DOC_TITLE_AFTER.match(seg, m.end()):
            continue  # 2020年工作总结2021年思路: a document title, not the figure's year
        best, best_at = int(m.group(1)), m.end()
    if doc_year is not None:
        for m in _LAST_YEAR.finditer(seg):
            if m.start() > best_at and seg[max(0, m.start() - 1) : m.start()] not in "比较与同于":
                best, best_at = doc_year - _LAST_YEAR_BACK[m.group(1)], m.end()
    if best is not None and _NOW.search(seg, best_at):
        return None  # 建立2025年高企培育库,目前入库3家: the year names the pool, 目前 is now
    return best


_RANGE_NAME_AFTER = re.compile(r"[^,;。]{0,12}?(?:行动|方案|计划|规划|纲要|意见|政策|办法)")
_DOC_TITLE_AFTER = re.compile(
    r"(?:工作)?(?:总结|思路|要点)|工作(?:计划|打算|报告|安排|情况|回顾)"
)
_LAST_YEAR = re.compile(r"(去年|上年|前年)(?!同期|同比|底|末)")
_LAST_YEAR_BACK = {"去年": 1, "上年": 1, "前年": 2}
_NOW = re.compile(r"目前|当前|现已|截至目前|截止目前")


_AREA_UNITS = ("平方公里", "平方米", "公顷", "亩")
_AREA_FACT = re.compile(r"(?:所辖|辖区面积|辖区|总面积|国土面积|区域面积|面积)[为达约近是]*$")
# 从0.99%增长到1.52%: the text between the base and the value it reached
_TO_AFTER_FROM = re.compile(
    r"[^,;。\d]{0,6}?(?:增加|增长|提高|提升|上升|跃升|扩大|攀升|降低|下降|减少|增|升|降)"
    r"(?:到|至)(?:(?:19|20)\d{2}年)?的?(?:预计|预期)?[ ]*$"
)
# 、企业登记省级科技成果数量120项: an item naming its own measure (数量/总数) is not a part
_OWN_MEASURE = re.compile(r"[\u4e00-\u9fff]{2}(?:数量|总数|总量|数|量)(?:达到|达|为|有)?[ ]*$")
# the base of 从X增长到Y (X); the year it is stated for
_FROM_BASE = re.compile(r"(?:从|由)((?:19|20)\d{2})?年?(?:底|末)?的?[ ]*$")
_BASE_TO = re.compile(
    r"[^,;。\d]{0,8}?(?:增加|增长|提高|提升|上升|跃升|扩大|攀升|降低|下降|减少|增|升|降)(?:到|至)"
)
_SINCE_BASE = re.compile(
    r"(?:与|和|同)((?:19|20)\d{2})年(?:底|末)?相比|(?:从|由)((?:19|20)\d{2})年"
)
# 、专利申请量比2015年翻一番: a clause naming its own measure before 比 compares that one
_OWN_BASE = re.compile(r"[\u4e00-\u9fff]{2}(?:数量|总量|量|数|额)(?:比|较)")
_BOTH_RANKED = re.compile(
    r"均(?:跃居|跃升至|位居|居|列|位列|名列|进入|跻身|排名|排在)[^,;。\d]{0,4}$"
)
# 规划纲要中,这一比重超过17%: the plan states it, whatever year opened the paragraph
_PLAN_SAYS = re.compile(r"规划(?:纲要)?(?:中|提出|明确|要求|确定)")
_CHANGE_SINCE = re.compile(r"(?:比|较)[^,;。]{0,12}(?:增长|增加|提升|提高|减少|多)了?$")
_CUMULATIVE_FLOW = re.compile(r"累计(?:新增|新认定|新建|新开通)")
_AS_TARGET = re.compile(r"(?:以上|左右)?的?(?:年度|全年)?(?:目标|指标|任务)")
_RAISED_TO = re.compile(r"(?:提高|提升|上升|下降|降低|增加|增长)(?:至|到)$")
_NEW_CUE = re.compile(r"新增|新认定|新建|新开通|新设|新引进|新获|净增")
_PENDING_AFTER = re.compile(r"(?:准备|拟|待|正在|将)(?:复审|重新认定|申报|申请|认定)")
_NAMED_NEW = re.compile(r"[^,;。]{0,4}?(?:认定|列|确定|命名)为(?:新增|新认定|新建)")
_TO_YEAR = re.compile(
    r"(?:^|[,;:、。\n ])(?:到|至|力争到|争取到|力争至)((?:19|20)\d{2})年(?:底|末)?[,,]"
)
_ACTUAL_AFTER = re.compile(r"已|实际|截至|截止|目前")
_NEXT_YEARS = re.compile(r"(?:未来|今后)(?P<n>\d{1,2}|[二三四五六七八九十])年(?!来|间的成)")
_PERIOD_OPENER = re.compile(
    r"[ \t]*(?:\d{1,2}[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)?[ \t]*"
    r"“?(十[一二三四五六]五)”?(?:期间|时期|以来)"
)
# 1750亿元(2021年地区生产总值为预计数): a note after the figure that it is projected
_EXPECTED_NOTE = re.compile(r"[^。;\n((\d]{0,20}\([^()\n]{0,30}预计(?:数|值|数据)")
_PARA_YEAR = re.compile(r"[ \t]*(?:[^,,。;\n\d]{1,6}[,,])?((?:19|20)\d{2})年(?:底|末|度)?[,,]")
_STRONG_TARGET_CUE = re.compile(r"力争|目标|确保|争取|计划|将|要|预期|完成")
_FROM_TO = re.compile(r"\d[^,;。]*?(?:增加|增长|提高|提升|上升|跃升|扩大|发展|攀升|增)(?:到|至)")


# 实施创新型企业培育计划: a heading naming a programme carried out, not a plan section
_PROGRAMME = re.compile(r"(?:实施|推进|落实|开展|深化|启动|执行)[^,,。;:]{0,12}?(?:计划|工程|行动)")


def _head_says(h: str, period_end: int | None) -> str:
    """What a heading says of the figures under it: "retro" (回顾, or an earlier plan period such
    as “十三五” in a 十四五 plan), "target", "weak" (指标 alone: either way) or ""."""
    if _RETRO_HEAD.search(h):
        return "retro"
    if period_end is not None:
        pm = _PLAN_PERIOD.search(h)
        if pm and _FIVE_YEAR_END.get(pm.group(), period_end) < period_end:
            return "retro"
    found = set(_TARGET_HEAD.findall(_PROGRAMME.sub("", h)))
    if not found:
        return ""
    return "weak" if found == {"指标"} else "target"


def _status_year(
    norm: str,
    c: _Cand,
    s_lo: int,
    before_clause: str,
    doc_type: str | None,
    doc_year: int | None,
    heads: list[str],
    period_end: int | None,
) -> tuple[str, int | None]:
    sent_before = norm[s_lo : c.s]
    year = _explicit_year(norm, s_lo, c.s, doc_year)
    para_lo = max(norm.rfind("\n", 0, s_lo) + 1, s_lo - 400, 0)
    named = re.search(r"十[一二三四五六]五|全年|今年|年内|本年|当年", sent_before)
    future_year = False  # the year comes from 到2027年 / 未来5年: a horizon, not a history
    if year is None and not named:
        # 到2027年,…。…;全区…突破8家: a target year that opens the paragraph, or the
        # introduction of a ——-list of targets
        look_lo = max(para_lo - 1, 0)
        if norm.startswith(("——", "—", "-"), para_lo) and para_lo > 0:
            look_lo = max(0, para_lo - 1500)
        to_year = list(_TO_YEAR.finditer(norm, look_lo, s_lo))
        if to_year:
            year = int(to_year[-1].group(1))
            future_year = True
        elif para_lo < s_lo and (para_lo == 0 or norm[para_lo - 1] == "\n") and not (
            doc_type == "five_year_plan" and _PLAN_SAYS.search(sent_before)
        ):
            # 据介绍,2025年,…。…新引进企业365家: a year opening the paragraph dates it
            opener_year = _PARA_YEAR.match(norm, para_lo)
            if opener_year:
                year = int(opener_year.group(1))
    if year is None and not named and doc_year is not None:
        # 未来5年…(targets): the period that starts in the document year, stated in the
        # paragraph before the figure (a 2021 text's 今后五年 ends in 2025)
        nxt = max(_NEXT_YEARS.finditer(norm, para_lo, c.s), key=lambda m: m.start(),
                  default=None)
        if nxt is not None:
            n = int(nxt["n"]) if nxt["n"].isdigit() else int(_cn_value(nxt["n"]) or 0)
            if 1 < n <= 10:
                year = doc_year + n - 1
                future_year = True
    # a five-year-plan period named before the figure (十四五期末 → 2025)
    period_year: int | None = None
    for m in re.finditer(r"“?(十[一二三四五]五)”?(?:期末|末|时期|期间|以来)?", sent_before):
        pre = sent_before[max(0, m.start() - 2) : m.start()]
        if pre.endswith(("比", "较", "是")) or sent_before[m.end() : m.end() + 2] == "末的":
            continue
        period_year = _FIVE_YEAR_END.get(m.group(1))
    if period_year is None and doc_type == "five_year_plan":
        # a paragraph that opens with “十三五”期间 speaks of that period throughout
        opener = _PERIOD_OPENER.match(norm, para_lo)
        if opener and para_lo < s_lo:
            period_year = _FIVE_YEAR_END.get(opener.group(1))
    expected = bool(_EXPECTED_CUE.search(before_clause) or _EXPECTED_CUE.search(sent_before[-30:])
                    or _EXPECTED_NOTE.match(norm, c.e))
    carried = False  # 预计 opens a projection that runs to the end of its sentence
    if not expected:
        last_end = max((m.end() for m in _EXPECTED_CUE.finditer(sent_before)), default=-1)
        carried = last_end >= 0 and not _ACTUAL_AFTER.search(sent_before, last_end)
    all_heads = " ".join(heads)
    # the nearest heading that says either way decides (主要指标 under 发展目标 is a target)
    says = ""
    for h in heads:
        said = _head_says(h, period_end)
        if said in ("retro", "target"):
            says = said
            break
        says = says or said  # 主要指标 alone defers to the heading above it
    retro_head = says == "retro"
    target_head = says in ("target", "weak")
    target_cue = bool(_TARGET_CUE.search(sent_before[-40:]))
    past_cue = bool(_PAST_CUE.search(sent_before))

    head_year_m = _YEAR.search(all_heads)
    head_year = int(head_year_m.group(1)) if head_year_m else None
    plan_head = bool(
        re.search(r"打算|思路|计划|下一步|展望|安排", _PROGRAMME.sub("", all_heads))
    ) and not retro_head
    if not expected and doc_type == "work_summary" and re.search(
        r"(?:将|有望)(?:达到|达|突破|超过|实现)$", before_clause.rstrip()[-6:]
    ):
        expected = True  # a summary's 将达1850家: a projection for the year
    if not expected and _AS_TARGET.match(norm, c.e):
        status = "target"  # 完成同比增长10%的年度指标任务: the figure is the target itself
    elif expected or carried:
        status = "expected"
    elif doc_type == "work_summary":
        later = year is not None and doc_year is not None and year > doc_year
        status = "target" if (later and target_cue) or plan_head else "actual"
        if status == "target" and year is None and head_year is None and doc_year:
            year = doc_year + 1
    elif doc_type == "work_plan":
        if retro_head:
            status = "actual"
            if year is None and head_year is None and doc_year:
                year = doc_year - 1
        elif past_cue and not re.search(r"力争|目标|确保|争取|计划", sent_before):
            status = "actual"
        elif year is not None and doc_year is not None and year < doc_year and not (
            _STRONG_TARGET_CUE.search(sent_before[-40:])
        ):  # 2025年,…实现产业规模800亿元 in a 2026 plan: done (实现 alone is no target)
            status = "actual"
        else:
            status = "target"
    elif doc_type == "five_year_plan":
        if retro_head:
            status = "actual"
        elif target_head:
            status = "target"
        elif year is not None and period_end is not None and year <= period_end - 5:
            status = "actual"  # 2020年,全区研发投入513亿元 in a 十四五 plan: the base year
        elif future_year and not past_cue:
            status = "target"  # “十三五”时期…。未来五年,年均“7%以上”的增速: the horizon
        elif past_cue or (period_year is not None and period_end is not None
                          and period_year < period_end):
            status = "actual"
        else:
            status = "target"
    else:
        status = "target" if re.search(r"力争|目标|确保|争取|计划|预期", sent_before) else "actual"

    if year is None and head_year is not None and doc_type in ("work_plan", "work_summary"):
        year = head_year
    if year is not None:
        ref = year
    elif period_year is not None:
        ref = period_year
    elif doc_type == "five_year_plan":
        head_period = re.search(r"十[一二三四五]五", all_heads)
        if status == "actual" and head_period and head_period.group() in _FIVE_YEAR_END:
            ref = _FIVE_YEAR_END[head_period.group()]
        elif period_end is not None:
            ref = period_end if status != "actual" else period_end - 5
        else:
            ref = None
    else:
        ref = doc_year
    return status, ref
