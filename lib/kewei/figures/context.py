"""Clause bounds, comparators, the metric matcher, phrases and headings."""

from __future__ import annotations

import bisect
import re

from kewei.figures.candidates import _Cand
from kewei.figures.patterns import (
    _APPROX_POST,
    _CLAUSE_END,
    _GE_POST,
    _HEADING_LINE,
    _LE_POST,
    _PRE_CUES,
    _RATE_AFTER,
)
from kewei.figures.text import _FULLWIDTH
from kewei.metrics import Metric, load_catalog
from kewei.sections import CHAPTER_LEVELS


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
            if "," in ends:  # not a thousands separator (97,573件和48,113件)
                pat += r"(?<!\d,(?=\d{3}(?!\d)))"
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


def _full_sentence_start(norm: str, at: int) -> int:
    """Start of the sentence around ``at`` up to 。!? or a line break (a ; does not end it)."""
    return max(norm.rfind(ch, 0, at) for ch in "。!?\n") + 1


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


_LEVEL_TAIL = re.compile(
    # (推荐申报2023年第一批高新技术企业150家: the batch of a year too)
    r"(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]+批)?(?:新增|新)?(?:(?:国家级|国家|省级|市级|区级|县级|省|市)(?:以上)?)?"
    # 申报市级以上高新技术企业, 申报国家火炬计划重点高新技术企业, 申请认定高新技术企业
    r"(?:火炬计划)?(?:重点)?(?:认定)?的?$"
)


# quotes inside an alias, or a footnote mark a page left in it (全市R&D[3]经费占比达2.33%)
_QUOTE = r"(?:[“”\"‘’]|\[\d{1,2}\])?"
# after an alias: 中 + a noun (a part of it), or a noun the alias only qualifies
_ALIAS_QUALIFIES = re.compile(
    r"中[\u4e00-\u9fff]{2,}|(?:研发中心|研究开发中心|研究院|研究中心|工程中心|技术中心|资金|奖励|培训"
    r"|研发投入|研发经费|营业收入|营收|产值|工业总产值|税收|所得税|撤回率|驳回率|结案率|转化率"
    r"|总?收入|销售收入|利润|出口额|纳税"  # 高新技术企业(总)收入同比增长3.7%
    # 研发投入(后/分段)补助14.9亿元: a subsidy, not the alias's quantity
    r"|[\u4e00-\u9fff]{0,2}(?:补助|奖补|补贴)"
    r"|[\u4e00-\u9fff]{0,10}?试点"  # 5G基站转供电改直供电试点完成14个: it counts pilots
    r"|注册|申报|申请|推荐|服务工作站|服务站|联盟|协会|加计扣除|引导资金|引导基金|评审"
    r"|管理委员会|领导小组"  # (院士专家工作站管理委员会批准认定87个…: the body that certifies)
    r"|(?:建有|设有|组建)[\u4e00-\u9fff]{2,}"  # 高企建有科研机构338个: the institutes counted
    # 技术合同成交额与地区生产总值之比: a ratio to GDP, not the amount
    r"|与(?:地区)?生产总值之比|与GDP之比"
    r"|“[^”\n]{2,8}”(?=[“\d]|企业)"  # 高企“创新标兵”“创新尖兵”19家: the ones given that title
    # (全市有12家高新技术企业获省奖励资金240万元, 39家高企获省高企培育奖励: the ones rewarded)
    r"|获得?[\u4e00-\u9fff]{0,8}?(?:奖励|补助|奖补|资助|补贴))"
)


# a verb between the qualifier and the alias: 科技型企业累计上报研发经费18.95亿元
_VERB_TAIL = re.compile(r"(?:累计|共计|共|已|上报|投入|完成|实现)+$")


def _qualified_away(met: Metric, lead: str) -> bool:
    """Whether the text right before an alias qualifies it into another quantity (申报…, 规上…,
    重点“小巨人”, 申报国家…: a level or a verb may sit between the qualifier and the alias, or
    both: 推荐上报国家高新技术企业)."""
    if not met.not_after:
        return False
    unlevelled = _LEVEL_TAIL.sub("", lead)
    return any(t.endswith(met.not_after) for t in (
        lead.rstrip("“\"‘"), unlevelled, _VERB_TAIL.sub("", lead), _VERB_TAIL.sub("", unlevelled)))


def _put_aside(met: Metric, alias: str, norm: str, sent: str) -> bool:
    """Whether the catalog puts ``alias`` aside here: a word beside it in the sentence
    (院士工作站4家、专家工作站50家: another programme) or anywhere in the text (“小巨人”企业 in
    a text on 专精特新 firms: the ministry's list)."""
    plain = re.sub(r"[“”\"‘’]", "", alias)  # (the catalog's keys carry no quotes)
    beside = dict(met.not_beside).get(plain)
    in_text = dict(met.not_in_text_with).get(plain)
    return bool((beside and beside in sent) or (in_text and in_text in norm))


# the alias closes a list that a group noun sums up before the figure (…工作站等创新平台30余个)
_GROUP_AFTER = re.compile(
    # (…、科普示范基地等创新创业及科技服务平台载体14个: a longer group's name)
    r"等[\u4e00-\u9fff]{0,12}?(?:平台|载体|机构|主体)(?:共|总数|数量)?(?:达到|达|为)?[ ]*$")

# 每万家企业法人中…, 每万人…: a count per so many, before the alias
# (平均每家企业的专利申请量约为116件: an average per firm)
_PER_UNIT_BEFORE = re.compile(r"每(?:十万|万|千|百|家|个|户)[^,;。\d]{0,8}$")
# a kind of contracts a 其中 names (涉知识产权合同, 技术开发合同): its bare 成交额 is a part
# (not 技术合同, 技术交易合同 themselves)
_TYPED_CONTRACTS = re.compile(r"[\u4e00-\u9fff]{2,}(?<!技术)(?<!交易)(?<!登记)(?<!成交)合同")
# a type before the alias (基础性科普教育基地, 示范类…): in a 其中 list, a part of the total
_TYPE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}[性类]$")


def _parts_start(norm: str, at: int) -> int:
    """Where the 其中 opens that breaks down a total in ``at``'s sentence (其中,…;…), or -1."""
    k = norm.rfind("其中", max(0, at - 120), at)
    return k if k >= 0 and not re.search(r"[。!?\n]", norm[k:at]) else -1


def _in_parts(norm: str, at: int) -> bool:
    """Whether ``at`` sits in the sentence of a 其中 that breaks down a total."""
    return _parts_start(norm, at) >= 0


# 618家企业正式通过国家高新技术企业认定, 18家企业被认定为国家高新技术企业: certified as that
# (6家单位被命名为江苏省科普教育基地, 53个单位入选首批全国科普教育基地: units named as bases)
_CERTIFIED_BETWEEN = re.compile(
    r"(?:家|个)?(?:企业|公司|单位|(?=被))(?:正式|均|全部|成功|首次|补充)?"
    r"(?:被(?:国家)?认定为|获认定为?|认定为|被评为|获评为|被命名为|获命名为?|命名为|通过|入选"
    r"|(?P<bare>为))"  # (12家单位获命名第十三批厦门市科普(教育)基地)
    r"(?:今年|本年|当年|年度|(?:19|20)\d{2}年度?)?"
    r"(?:(?:首批|(?:第|前)(?:[一二三四五六七八九十两]{1,3}|\d{1,3})批)"
    r"(?:[、和及与]第(?:[一二三四五六七八九十两]{1,3}|\d{1,3})批)*)?"  # (第一批、第二批)
    r"(?:[\u4e00-\u9fff]{2}[省市]|全国)?(?:国家级?|省级?|市级?)?"
)
# (252家首次获批的高新技术企业, 云利科技等11家获批高新技术企业)
_CERTIFIED_ADJ = re.compile(
    r"(?:家|个)?(?:(?:首次|新)(?:获批|获得认定|通过认定|被认定)的|(?:企业)?获批(?:为)?)"
    r"(?:国家级?|省级?|市级?)?")
# 审定“上海如鲲新材料有限公司”等69家企业为…科技小巨人企业: a verb that certifies, before
_CERTIFIES = re.compile(r"审定|认定|评定|确定|命名|批准")


def _certified_as(norm: str, between: str, alias_end: int, before: str = "") -> bool:
    """Whether the figure counts firms certified as the alias that follows it (``before``: its
    sentence up to the figure, where a bare 为 needs a verb that certifies)."""
    if re.match(r"(?:[\d一二三四五六七八九十]*百强|[\d一二三四五六七八九十]+强|创新能力|榜|排行)",
                norm[alias_end : alias_end + 6]):
        return False  # 5家企业入选湖北省高新技术企业百强: a ranking, not a certification
    if _CERTIFIED_ADJ.fullmatch(between):
        return True  # 252家首次获批的高新技术企业: firms newly certified
    m = _CERTIFIED_BETWEEN.fullmatch(between)
    if m and m["bare"] and not _CERTIFIES.search(before):
        return False
    # (10家企业入选科技小巨人企业: selected as one, newly; 1220家企业获认定高新技术企业)
    return bool(m) and ("为" in between or "入选" in between or "命名" in between
                        or "获认定" in between or norm.startswith("认定", alias_end))


_BARE_GRANT_ALIASES = frozenset({"授权量", "授权数", "授权总量"})


def _clause_run_before(norm: str, at: int) -> str:
    """The text before ``at`` back to its sentence's or clause run's start (at most 40 chars)."""
    return re.split(r"[。;;\n]", norm[max(0, at - 40) : at])[-1]


def _invention_filed_before(norm: str, at: int) -> bool:
    """Whether the filings named last before a bare 授权量 in its sentence are invention
    patents' (国内发明专利申请量年均增长25.7%,授权量年均增长31%)."""
    before = _clause_run_before(norm, at)
    k = before.rfind("专利申请")
    return k >= 2 and before[k - 2 : k] == "发明"


# another kind of right joined to a patent count (专利及软件著作权, 专利授权量和商标注册量)
_JOINED_OTHER_IP = re.compile(
    r"[ ]*(?:及|和|与|、|以及)[ ]*(?:各类)?(?:计算机)?"
    r"(?:软件著作权|著作权|软著|商标|集成电路布图|植物新品种)")


def _other_filed_before(norm: str, at: int) -> bool:
    """Whether the filings named last before a bare 授权量 in its sentence are of something other
    than patents (植物新品种申请量1296件,授权量629件; 商标申请量…,授权量…)."""
    before = _clause_run_before(norm, at)
    k = before.rfind("申请")
    return k >= 2 and before[:k].endswith(("新品种", "商标", "商标注册", "著作权"))


def _split_quote(norm: str, at: int, matched: str) -> bool:
    """Whether a quote closes inside ``matched`` (at ``at``) around a word that began before it:
    “三高”企业 holds 高”企 but not the alias 高企; “小巨人”企业 does hold 小巨人企业."""
    close = min((matched.find(q) for q in "”’" if q in matched), default=-1)
    if close < 0 or any(q in matched[:close] for q in "“‘"):
        return False
    return norm[at - 1 : at] not in ("“", "‘")


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
        self.by_alias = {a.upper(): m for a, m in pairs}
        # an alias may be written with quotes inside (市科技“小巨人”企业): allow them between
        # characters; ``metric_of`` looks the match up without them
        self.regex = re.compile(
            "|".join(_QUOTE.join(re.escape(ch) for ch in a) for a, _ in pairs), re.IGNORECASE
        ) if pairs else None
        self.flow_variant = {
            m.flow_of: m for m in cat.values() if m.flow_of and not m.by_alias_only}

    def stock_of(self, m: Metric | None) -> Metric | None:
        """The stock a ``new_*`` metric adds to (the metric itself otherwise)."""
        return self.cat.get(m.flow_of, m) if m is not None and m.flow_of else m

    def metric_of(self, matched: str) -> Metric:
        """The metric an alias match names (quotes inside it dropped)."""
        return self.by_alias[re.sub(r"[“”\"‘’]|\[\d{1,2}\]", "", matched).upper()]

    def named_by(self, text: str) -> Metric | None:
        """The metric ``text`` names if it is an alias of the catalog (新建5G基站), else None."""
        return self.by_alias.get(text.upper())

    def last_alias_before(self, norm: str, lo: int, hi: int) -> re.Match[str] | None:
        """The last alias in ``norm[lo:hi]`` with no digit between it and ``hi`` (one that
        named no figure of its own before ``hi``)."""
        if self.regex is None:
            return None
        return next((a for a in reversed(list(self.regex.finditer(norm, lo, hi)))
                     if not re.search(r"\d", norm[a.end() : hi])), None)

    def new_of_last_named(self, norm: str, lo: int, hi: int) -> Metric | None:
        """The new-ones variant of the last metric named in ``norm[lo:hi]`` that has one
        (博士后科研工作站名单,苏州29家单位入选: not a name the catalog puts aside)."""
        # (申报高新技术企业55家,首批认定14家: the applications' certified ones are new ones)
        named = [m for a in self.regex.finditer(norm, lo, hi)
                 if not _put_aside(m := self.metric_of(a.group()), a.group(), norm, norm[lo:hi])]
        last = next((m for m in reversed(named) if m.id in self.flow_variant), None)
        return self.flow_variant[last.id] if last is not None else None

    @staticmethod
    def unit_ok(m: Metric, c: _Cand) -> bool:
        if "/" in c.unit and not m.id.endswith("_per_10k"):
            return False  # 141.37件/万人 is a density, not the count of patents
        if c.kind_hint in ("rank", "multiple", "percent"):
            return True  # a percentage after a count or money metric: its rate (cue checked)
        if m.unit == "亿元":
            return c.kind_hint == "money"
        if m.unit == "%":
            # (占GDP比重为2.13, R&D经费投入强度2.36: a ratio whose % sign was left out)
            return c.kind_hint in ("percent", "points") or (
                c.unit == "" and c.kind_hint == "count" and c.value < 100
                and c.value != int(c.value))
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
            if _split_quote(norm, mm.start(), mm.group()):
                continue  # “三高”企业: the quote closes a word that began before the alias
            met = self.metric_of(mm.group())
            if _put_aside(met, mm.group(), norm, sent):
                pos = mm.end()  # (not its tail 工作站 either)
                continue
            if _JOINED_OTHER_IP.match(norm, mm.end()) and "分别" not in norm[mm.end() : hi]:
                continue  # 授权专利及软件著作权95项: a total with another kind of right, not theirs
            if mm.group() in _BARE_GRANT_ALIASES and _other_filed_before(norm, mm.start()):
                continue  # 植物新品种申请量…,授权量629件: theirs, no patents
            if mm.group() in _BARE_GRANT_ALIASES and _invention_filed_before(norm, mm.start()):
                met = self.cat["invention_patent_grants"]  # 发明专利申请量…,授权量…: theirs
            if met.context_any and not _context_ok(
                norm, mm.start(), mm.end(), sent, met.context_any
            ):
                continue
            # 申报国家高新技术企业: a level word may sit between the qualifier and the alias
            lead = norm[max(0, mm.start() - 12) : mm.start()]
            aside = _DEFINING_ASIDE.search(norm, max(0, mm.start() - 30), mm.start())
            if aside:  # 企业法人单位R&D(全称…,以下简称R&D)经费: qualified before the aside
                lead = re.sub(r"[A-Za-z&]+$", "", norm[max(0, aside.start() - 16) : aside.start()])
            if mm.group().startswith(("占", "相当于", "与")):
                lead = _RD_SUBJECT.sub("", lead)  # 企业研发经费支出占GDP比例: 企业 is the subject
            if any((longer := self.regex.match(norm, j)) and longer.end() >= mm.end()
                   and self.metric_of(longer.group()) is met
                   for j in range(max(0, mm.start() - 4), mm.start())):
                continue  # 企业院士工作站: the tail of a longer alias of the same metric
            if _qualified_away(met, lead) or ("规上" in met.not_after and _ABOVE_SCALE_SCOPE.search(
                    norm, max(0, mm.start() - 16), mm.start())):
                if mm.end() <= c.s:
                    blocked[met.id] = max(blocked.get(met.id, -1), mm.end())
                continue
            if _PER_UNIT_BEFORE.search(lead):
                continue  # 每万家企业法人中高新技术企业数: a density, not the count
            if "亿元以上" in met.not_after and _THRESHOLD_OF.search(
                    norm, max(0, mm.start() - 30), mm.start()):
                continue  # 营业收入超1亿元的高新技术企业487家, TOP500的高新技术企业: a subset
            if (met.id == "tech_contract_value" and not mm.group().startswith("技术")
                    and (parts := _parts_start(norm, mm.start())) >= 0
                    and _TYPED_CONTRACTS.search(norm, parts, mm.start())):
                continue  # …成交额865.1亿元,其中涉知识产权合同3884项,成交额172.57亿元: a part
            if _TYPE_BEFORE.search(lead) and _in_parts(norm, mm.start()):
                continue  # 共331家。其中,…基础性科普教育基地275家: a type, a part of the total
            if met.id in ("high_tech_enterprises", "new_high_tech_enterprises") and (
                    _INCUBATED_OWN.search(norm, max(0, mm.start() - 4), mm.start())
                    and _firms_before(norm, mm.start(), mm.group(), _INCUBATED)):
                continue  # 在孵企业14964家,培育高新技术企业224家, 毕业企业162个,其中高新技术企业
                # 31个: the incubated (or graduated) firms' ones, a part of the area's
            if met.id == "rd_intensity" and _firms_before(norm, mm.start(), mm.group()):
                continue  # 规上工业企业研发费用…15.44亿元,…研发强度3.52%: R&D over revenue
            if met.id == "rd_expenditure" and _firms_before(norm, mm.start(), mm.group(),
                                                              _FIRM_SUBJECT):
                continue  # 郑州市规上工业企业加大研发投入,研发经费投入80.8亿元: the firms' R&D
            if not self.unit_ok(met, c):
                continue
            if ((mm.end() <= c.s or mm.start() >= c.e) and _ALIAS_QUALIFIES.match(norm, mm.end())
                    and not (mm.start() >= c.e and norm.startswith("中", mm.end()))  # (从全省
                    # 9047家有效高新技术企业中评选: among the firms the figure counts)
                    and not (mm.start() >= c.e and _CERTIFIED_ADJ.fullmatch(norm, c.e, mm.start())
                             and re.match(r"奖补|补助|奖励", norm[mm.end() : mm.end() + 2]))):
                # (not 对252家首次获批的高新技术企业奖补7560万元: 奖补 is the verb here)
                continue  # 专利申请中职务发明申请6639件, 高企研发中心23家, 6家企业的高企申请
            if (mm.end() <= c.s and c.kind_hint == "count"
                    and re.search(r"、|^和|^及|^与", norm[mm.end() : c.s])
                    and re.match(r"[“\"]?[\u4e00-\u9fff]{2}", norm[c.e : c.e + 3])
                    and not norm.startswith(("以上", "左右", "以内"), c.e)):
                continue  # 新增3个院士工作站、3家省级研发中心: the later item counts its own noun
            if (mm.end() <= c.s and c.kind_hint == "count" and "、" in norm[mm.end() : c.s]
                    and re.search(r"[\u4e00-\u9fff]{3,}$", norm[mm.end() : c.s].split("、")[-1])
                    and not _RATE_CUE_ANY.search(norm[mm.end() : c.s].split("、")[-1])):
                continue  # 高新技术企业88家、各类研发机构231家: that item names its own subject
            if (mm.end() <= c.s and c.kind_hint == "count"
                    and _GROUP_AFTER.match(norm, mm.end(), c.s)):
                continue  # 重点实验室、…、院士(专家)工作站等创新平台30余个: the group's count
            if mm.end() <= c.s and "带动" in norm[mm.end() : c.s]:
                continue  # 34家高新技术企业带动规上工业增加值占比提升至15.47%: what they drive
            if met.unit != "%" and norm[mm.start() - 1 : mm.start()] == "占":
                continue  # 基础研究经费占研发经费投入比重: the denominator, not the subject
            if mm.end() <= c.s:
                if mm.end() <= floor:
                    continue
                between = norm[mm.end() : c.s]
                if (met.id == "rd_expenditure" and c.kind_hint == "percent"
                        and c.value is not None and c.value < 10
                        and _LEVEL_ONLY_BETWEEN.fullmatch(between)):
                    met = self.cat["rd_intensity"]  # 全社会研发经费投入达到1.75%: the intensity
                if (c.kind_hint == "percent" and met.unit != "%"
                        and not _RATE_CUE_ANY.search(between) and not _RATE_AFTER.match(norm, c.e)):
                    continue
                dist, pref = len(between), 0
                if between == "等":
                    dist = 40  # 某公司院士工作站等10家新建的院士工作站: the kind named after it
            elif mm.start() >= c.e:
                between = norm[c.e : mm.start()]
                # (…、6.83%的研发投入强度: a share named after its figure)
                share_named = (c.kind_hint == "percent" and met.unit == "%" and between == "的"
                               and norm[c.s - 1 : c.s] in "、,,:: ")
                if not share_named and (not c.noun_after or c.kind_hint not in ("count",)):
                    continue
                # (批准认定87个2021年云南省院士专家工作站: the year of the batch between)
                verb = _VERB_BETWEEN.search(between) or re.search(
                    r"[\d、(()]|其中", re.sub(r"^(?:19|20)\d{2}年度?", "", between))
                if verb and not _certified_as(
                        norm, between, mm.end(), norm[_full_sentence_start(norm, c.s) : c.s]):
                    continue
                if c.unit in ("个", "家") and re.match(
                        r"(?:国家级|省级)?(?:园区|开发区|高新区|经开区|产业园|经济技术开发区)"
                        + (r"|[县区市镇乡村](?!级)" if c.unit == "个" else ""), between):
                    # 167个县高新技术企业总数, 67个园区拥有高新技术企业…, 217家国家级经开区拥有
                    # 高新技术企业4.1万家: it counts places
                    continue
                pre = norm[max(0, c.s - 12) : c.s]
                if met.not_after and (pre.endswith(met.not_after)
                                      or _LEVEL_TAIL.sub("", pre).endswith(met.not_after)):
                    continue  # 共申报9家高新技术企业: the qualifier stands before the figure
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
        if best[5] <= c.s and blocked.get(best[3].id, -1) >= best[5]:
            # (万人技术合同成交额: the qualified long alias also blocks the short one inside it)
            return None
        return best[3], best[4], best[5]


# a relative clause with a threshold or a list before a population: 营业收入超1亿元的, 年营业收入达
# 100亿元(人民币,下同)以上的, 数字经济综合创新水平TOP500的
_THRESHOLD_OF = re.compile(
    r"(?:\d[\d.]*[万亿]元?|TOP\d+|百强|十强)(?:\([^()]{0,10}\))?(?:以上|以下)?的(?:国家)?$")
_FIRM_RD = re.compile(r"(?:规上|规模以上)?工业企业研发|(?:规上|规模以上)企业研发")
_WHOLE_AREA = re.compile(r"全社会|GDP|生产总值|全区|全市|全县|全省")
_FIRM_SUBJECT = re.compile(r"(?:规上|规模以上)(?:工业)?企业")  # the subject of a firms' sentence
_INCUBATED = re.compile(r"(?:在孵|入孵|毕业|孵化)企业")  # the firms an incubator's sentence counts
# …,培育高新技术企业, …,其中高新技术企业: the incubators' own (not …,高新技术企业总数达到…)
_INCUBATED_OWN = re.compile(r"(?:培育|其中[,,]?|孵化出?|含)$")


def _firms_before(norm: str, at: int, alias: str, firms: re.Pattern[str] = _FIRM_RD) -> bool:
    """Whether the sentence before an alias at ``at`` is about a population of firms
    (``firms``: by default above-scale industrial firms' R&D), with no whole area named since
    (their R&D over their revenue, their R&D spending, or an incubator's high-tech firms)."""
    if _WHOLE_AREA.search(alias):
        return False
    lo = max(norm.rfind(ch, 0, at) for ch in "。;!?\n") + 1
    firm = max(firms.finditer(norm, lo, at), key=lambda m: m.start(), default=None)
    return firm is not None and not _WHOLE_AREA.search(norm, firm.end(), at)


def _qualified_after(norm: str, e: int, m: Metric) -> bool:
    """Whether the figure is followed by a qualified mention of ``m`` (3家申请高新技术企业…的企业:
    applicants, so not a part of the previous figure's metric)."""
    after = norm[e : e + 14]
    return any(q + a in after for a in m.aliases for q in m.not_after)


_CLAUSE_FILLER = re.compile(
    # (…登记技术合同14876项,全年成交额达到…: 全年 names no subject)
    # (…R&D经费44亿元,预计占GDP比重3.93%: a projection names no subject either)
    r"^(?:(?:其中|同时|并且|并|且|全区|全市|全县|全社会|完成|实现|累计|共计|共|全年|当年"
    r"|预计|预期))+"
)


_NO_SUBJECT = re.compile(r"其中|(?:19|20)\d{2}年(?:度)?|[ ,,]")  # (其中,2017年: no subject)


def _context_ok(norm: str, at: int, end: int, sent: str, words: tuple[str, ...]) -> bool:
    """Whether a metric that needs context words (a generic ratio such as 占GDP比重) has them:
    in its own clause if that clause names a subject of its own (数字经济增加值占GDP比重 is not
    R&D intensity), else anywhere in the sentence (研发投入304亿元,占GDP比重4%)."""
    k = at
    while k > 0 and norm[k - 1] not in _CLAUSE_END + "、" and at - k < 40:
        k -= 1
    own = norm[k:at]
    if any(w in norm[k:end].upper() for w in words):  # r&d经费 as R&D经费
        return True
    own = _CLAUSE_FILLER.sub("", own)
    if len(re.findall(r"[\u4e00-\u9fff]", own)) >= 2:
        return False
    # (R&D经费12.32亿元,…;经费投入总数占全区总数的15.5%;投入强度1.78%: the full sentence)
    # (not 企业R&D经费投入完成2.66亿元,…,占GDP比重0.78%: the firms' R&D, not the economy's)
    lo = _full_sentence_start(norm, at)
    full = norm[lo:at]
    texts = [sent, full]
    piece_lo = max(norm.rfind(ch, 0, at) for ch in "。;;!?\n") + 1
    if piece_lo > 0 and norm[piece_lo - 1] in "。;;" and not _NO_SUBJECT.sub(
            "", _CLAUSE_FILLER.sub("", norm[piece_lo:at])):
        # (…研发经费投入总量…,投入强度达到1.41%。投入强度位列全省第8位: a sentence that opens
        # with the ratio continues its paragraph; 广州技术合同成交额…增长近7倍。其中,2017年
        # 成交额357.51亿元…;2018年成交额719.38亿元 too)
        texts.append(norm[norm.rfind("\n", 0, piece_lo) + 1 : piece_lo])
    return any(_named_not_of_firms(t.upper(), w) for t in texts for w in words)


def _named_not_of_firms(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` other than right after 企业/规上/工业/制造业."""
    return any(not text[max(0, m.start() - 3) : m.start()].endswith(
        ("企业", "规上", "工业", "制造业")) for m in re.finditer(re.escape(word), text))


# the R&D words of a ratio's subject, and a scope of above-scale firms the alias sits in
_RD_SUBJECT = re.compile(r"(?:研发|R&D|研究与试验发展|研究与实验发展)(?:经费)?(?:投入|支出)?$",
                         re.IGNORECASE)
# an open aside that defines a word: (全称研究与试验发展,以下简称R&D
_DEFINING_ASIDE = re.compile(r"\([^()]*(?:简称|全称)[^()]*$")
_ABOVE_SCALE_SCOPE = re.compile(r"(?:规模以上|规上)[^,;。]{0,6}中[,,]?有?$")

_UNIT_GROUPS = ({"家", "个", "座", "所", "处", "户"}, {"件", "项"}, {"人", "名", "位"})


def _unit_group(u: str) -> str:
    u = u.split("/", 1)[0]  # 1.75件/万人 counts 件
    for g in _UNIT_GROUPS:
        if u in g:
            return min(g)
    return u


# a rate or a difference of the metric named before it (高于全国平均水平0.41个百分点)
_RATE_CUE_ANY = re.compile(
    r"增长|增速|增幅|年增|净增|比增|递增|增加(?!值)|提高|提升|下降|减少|降低|上升|同比|环比|高于|低于|高出"
    r"|回落|回升"  # (强度为0.78%,比上年回落0.01个百分点)
    r"|超(?:出|过)?[^,;。]{0,4}(?:平均|水平)|(?:比|较)[^,;。\d]{0,8}水平[高低多少]"
    r"|(?:比|较)(?:上年|去年|年初|上年末)[高低多少]"  # 强度为1.07%,比上年低0.03个百分点
)
_LEVEL_ONLY_BETWEEN = re.compile(r"[ ]*(?:要|将|力争|确保)?(?:达到|达|为|保持在)[ ]*")
_VERB_BETWEEN = re.compile(
    # (not 16家新设立省级院士专家工作站: newly set up, what the firms are)
    r"获|参加|参与|入选|完成|建设|创建|实现|开展|承担|申报|入驻|(?<!新)设立|落户|通过|进行|上线|激活|享受|"
    r"纳入|进入|列入"
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
    if m := re.match(r"第[一二三四五六七八九十]{1,3}(章|节|篇|部分)", h):
        return CHAPTER_LEVELS[m.group(1)]  # chapters above 一、
    if re.match(r"[一二三四五六七八九十]+、", h):
        return 1
    if re.match(r"\([一二三四五六七八九十]+\)", h):
        return 2
    return 3
