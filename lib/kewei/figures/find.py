"""The main entry: ``find_figures``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kewei.figures.candidates import _WHOLE_UNITS, _arabic, _Cand, _chinese, _ranks
from kewei.figures.context import (
    _ALIAS_QUALIFIES,
    _DELIMS,
    _RATE_CUE_ANY,
    _bounds,
    _certified_as,
    _comparator,
    _detect_headings,
    _full_sentence_start,
    _heading_level,
    _Matcher,
    _matcher,
    _phrase,
    _qualified_after,
    _unit_group,
)
from kewei.figures.figure import Figure
from kewei.figures.grids import _grid_cand, _grid_cells, _grid_figure, _spaced_cells
from kewei.figures.lists import (
    _LIST_JOIN,
    _LISTED_PCT,
    _LISTED_PLACE,
    _PCT,
    _PLACE_LEAD,
    _SUBSET,
    _continues,
    _line_task_cells,
    _list_opens_new,
    _listed_after,
    _merge_ranges,
    _own_subject,
    _respectively,
    _share_list_unit,
    _task_cells,
    _year_of_listed,
)
from kewei.figures.patterns import (
    _ABSTRACT_NOUN,
    _ACTUAL_AGAINST,
    _AMOUNT_ONLY,
    _APPLYING,
    _AREA_FACT,
    _AREA_UNITS,
    _AS_OF,
    _BARE_GRANTS,
    _BASE_ASIDE,
    _BASE_TO,
    _BOTH_RANKED,
    _CERTIFIED_ASIDE,
    _CERTIFIED_PART,
    _CHANGE_AFTER,
    _CHANGE_SINCE,
    _CLAUSE_END,
    _COMPARED_BASE,
    _COMPARED_BASE_BARE,
    _CUMULATIVE_FLOW,
    _EXPECTED_BELOW,
    _EXPECTED_CUE,
    _FIRM_THRESHOLD,
    _FIVE_YEAR_END,
    _FIVE_YEAR_NAME,
    _FLOW_CUE,
    _FROM_BASE,
    _GRANTS_OF,
    _LEVEL_LEAD,
    _LEVEL_ONLY,
    _LISTED,
    _MULTIPLE_ITEM,
    _NAMED_NEW,
    _NEW_CUE,
    _NEW_ONLY,
    _NOW,
    _OWN_BASE,
    _OWN_MEASURE,
    _OWN_QUANTITY,
    _PENDING_AFTER,
    _PENDING_BEFORE,
    _PERIOD_BASE,
    _PERIOD_NAMED,
    _PERIOD_OPENER,
    _POOL_AFTER,
    _RAISED_TO,
    _RATE_AFTER,
    _RATE_CUE,
    _REACHED,
    _SENT_END,
    _SHARE_DONE,
    _SHARE_OF_TOTAL,
    _SINCE_BASE,
    _STOCK_CUE,
    _STOCK_TAIL,
    _TARGET_NAMED,
    _TO_AFTER_FROM,
    _VERB_NOUN,
    _VS_LAST_YEAR,
    _YEAR,
    _YEAR_RANGE,
    _cn_value,
)
from kewei.figures.stacked import _keyed_cells, _stacked_cells
from kewei.figures.text import _Text
from kewei.figures.timing import (
    _explicit_year,
    _five_year_end,
    _heading_context,
    _parts_year,
    _review_title,
    _status_year,
)
from kewei.metrics import UNCLASSIFIED, Metric

# 经认定的国家高新技术企业, 经科技部认定的…, 通过认定的…已达8家: the certified ones (an
# attribute, no flow cue)
_CERTIFIED_ONES = re.compile(r"(?:经过?|通过)[^,,。;:\d]{0,8}?认定的")
# a clause that only gives the level a rate or multiple before it led to: ,达到2000家
_LEVEL_REACHED = re.compile(  # (,2024年突破2.5万家: in a year named)
    r"[,,、 ]*(?:(?:到|至)?(?:19|20)\d{2}年(?:底|末)?)?"  # (,到2016年达到1837家)
    r"(?:保有量|总量|总数)?"  # (高企数量增长4.2倍,保有量达855家; 增加了564家,达到了771家)
    r"(?:达到了?|达|增至|增加到|增长到|提高到|提高至|升至|突破|超过|至|到)[ ]*")  # (翻番至1.26万家)
# the values that passed a threshold, listed after it (比重在3.5%以上,分别达到4.74%、3.85%)
_THRESHOLD = r"(?:以上|以下|左右)"
_EACH_PASSED = re.compile(_THRESHOLD + r"?[,,]?[ ]*分别(?:达到|达|为|是)[ ]*")
# 完成管委会年初制定全年目标105家的207.6%: the target of the figure before
_TARGET_OF_DONE = re.compile(r"完成[^,,;;。\d]{0,16}" + _TARGET_NAMED)
# …250家高企全部通过批复, …均获得认定: certified this time
_PASSED_REVIEW = re.compile(r"(?:全部|均|已)?(?:通过|获得|获)(?:国家)?(?:批复|认定)")
# 其中场馆类23家: a type's part of the total, not the total's metric
_TYPE_PART = re.compile(r"(?:[\u4e00-\u9fff]{1,4}|[A-Z])类[ ]*$")
# …,最终40家单位脱颖而出 after a call for 科普基地: chosen in a selection
_LISTED_AFTER = re.compile(rf"(?:家|个)?(?:企业|单位)?(?:{_LISTED})")  # (40家单位入选)
_CHOSEN_AFTER = re.compile(rf"(?:家|个)?(?:企业|单位)?(?:脱颖而出|成功入选|{_LISTED})")
# (公布2023年度…科技小巨人企业名单,…等三家企业榜上有名: a published list's)
_CHOOSING = re.compile(r"申报|评审|认定|命名|授牌|名单")
# 61家企业通过…复核,正式被认定为国家…: a certification told across a comma
_CERTIFIED_ACROSS = re.compile(
    r"(?:家|个)?(?:企业|单位)?通过[^,,。;;]{0,16}?(?:复核|评审|审核|认定|公示)[,,]"
    r"(?:正式|均|并|全部)?被?(?:认定|评定|确定)为(?:国家级?|省级?|市级?)?")
# 2017年,青岛高企数量仅有2053家;到2023年,这个数字已经接近8000: the same quantity again
_THIS_NUMBER = re.compile(r"(?:这个|这一|该)数字[^,,。;;\d]{0,10}$")
_AFTER_THRESHOLD = re.compile(_THRESHOLD + r"[,,]?[ ]*$")  # (…3.5%以上,|分别…)
# the start of a span after a rate or multiple: ,从2014年的, 从2014年日均
_FROM_LEVEL = re.compile(r"[,,、 ]*(?:从|由)(?:(?:19|20)\d{2}年(?:底|末)?)?的?(?:日均)?[ ]*")
# a density's denominator right before a count: 每万人33个5G基站
_PER_CAPITA_BEFORE = re.compile(r"每(?:万|十万|百|千)人口?[ ]*$")
# a clause that only gives a total: 投入总量达到
_TOTAL_ONLY = re.compile(r"[ ]*(?:投入)?(?:总量|总额|规模)(?:达到|达|为|突破|超过)?[ ]*")
# a clause that ranks only the amount named before: 增量及总量均位列
_AMOUNT_RANKED = re.compile(
    r"[ ]*(?:增量|总量|总额|数量|总数)(?:[和及与、](?:增量|总量|总额|数量|总数))?(?:均|都)?"
    r"(?:位列|位居|居于|居|排名|排在|列)?")
# the year of a base a change is stated on: 在2015年⟨57家⟩的基础上翻了三番
_BASE_OF_BASIS = re.compile(r"[,, ]*在((?:19|20)\d{2})年(?:底|末)?(?:的)?[ ]*")
# the result an evaluation was passed with: 以全国第5名的成绩通过科技部验收
_EXAM_PASSED = re.compile(r"的(?:优异|优秀)?成绩[ ]*(?:顺利)?(?:通过|获得?|荣获|入选)")
# the next level of a list of levels (其中国家级9家、省级17家; 新增…3个、省级9个,市级17个)
_LEVEL_ITEM = re.compile(r"[、,,]?(?:国家级|省级|市级|区级|县级)")
# firms that won a title the metric names: 17家企业获得国家级⟨高新技术企业⟩称号
_TITLE_WON = re.compile(r"(?:家|个)?(?:企业|单位)?(?:获得|荣获|获)(?:了)?(?:国家级?|省级?|市级?)?")
_HELD_BEFORE = re.compile(r"(?:已有|共有|拥有|现有|累计|已经有)$")  # (已有17家…: held, the stock)
# a clause of years only, listing the values of the measure the sentence named before it
# (技术合同成交金额同样表现亮眼,2022年至2024年分别达26.65亿元、28.29亿元、23.28亿元)
_YEARS_EACH = re.compile(
    r"[ ]*(?:19|20)\d{2}年?(?:至|到|-|—|~)(?:19|20)\d{2}年(?:度)?分别(?:达到|达|为|是)[ ]*")
# a clause that repeats the one before for another year (其中2020年认定9户,2021年认定11户)
_YEAR_AGAIN = re.compile(r"[,,、;;][ ]*(?:19|20)\d{2}年度?([\u4e00-\u9fff]{1,4})[ ]*")
# a figure that names the one before as its subject: 这项数据, 该数字
_THIS_FIGURE = re.compile(r"(?:这项|该项|这一|此项|该)(?:数据|数字|指标)")
# a growth rate's own change or gap (增速回落5.42个百分点, 增速低于全国0.8个百分点): a figure
# about the rate, not the metric's level or growth
_GROWTH_RATE_GAP = re.compile(
    r"增速(?:较|比)?(?:上年|去年|上年同期)?(?:回升|回落|提高|加快|放缓|下降|低于|高于|高出)")
# a mark the stock before has passed: ,首次突破100家
_PASSED = re.compile(r"[,, ]*(?:(?:19|20)\d{2}年(?:底|末)?)?(?:首次|再次|历史性)?"
                     r"(?:突破|超过|迈入|跨入|迈上|站上)[ ]*")
# an amount reached, with no subject of its own: …投入总量再创新高,首次突破一百亿元,达116.21亿元
_AMOUNT_REACHED = re.compile(rf"{_PASSED.pattern}|[ ]*(?:达到|达)[ ]*")
# a clause with no subject of its own: 预计全年完成…
# a clause that only projects a level by a year: 预计到2025年将突破, 到2025年达到
_HORIZON_LEVEL = re.compile(  # (今年有望突破1.5万家, 预计2025年将突破55亿元 too)
    r"[ ]*(?:预计|有望)?(?:(?:到|至)?(?:19|20)\d{2}年(?:底|末)?|今年|年内|年底)[,,]?"
    r"(?:将|有望|预计)?(?:突破|达到|超过|达)[ ]*")
_EXPECTED_LEVEL = re.compile(  # (…,预计可达20100家)
    r"[ ]*(?:预计|有望)(?:全年|年底|今年)?(?:可|将|能)?(?:达到|达|突破|超过)[ ]*")
_COMPARED_PLACE_VALUE = re.compile(  # (…、杭州市(3785)、武汉市(: a bare value between)
    r"(?:\)[、,,][\u4e00-\u9fff]{1,6}[市省区县州]\([\d.]+)*"
    r"\)?[、,,]?[^,,。;;\d()]{0,10}?(?:[\u4e00-\u9fff]{1,6}[市省区县州]|全国|全省|全市|平均水平|平均值)\(")
_CONTRIBUTION = re.compile(r"贡献(?:率|度)?(?:为|达到|达|是)?[ ]*$")
# a net gain just stated (…,净增724家): a growth after it is the stock's
_NET_GAIN_END = re.compile(r"净增了?[ ]*[\d.]+[ ]*[\u4e00-\u9fff]{1,2}$")
# a clause that only states a growth: 同比增长, 比上年增长
_RATE_ONLY = re.compile(r"[ ]*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增加|提高|上升)了?[ ]*")
_BARE_CLAUSE = re.compile(
    r"预计|有望|全年|今年|完成|实现|达到了?|突破|累计|共|约|近|超|可|将|达|为|首次|[,, ]"
)
# 目前已完成: a clause that only reports the amount done of the clause before
_DONE_ONLY = re.compile(
    r"[ ,,]*(?:(?:19|20)\d{2}年(?:底|末)?)?"  # (…连年大幅增长,2020年达到735.95亿元)
    # (全社会研发经费投入持续增长,总数突破73亿元: the amount it passed)
    r"(?:目前|截至目前|现已|已经|已|累计|共|完成|实现|总额|总量|总数|达到|达|突破|超过)*[ ]*"
    # (…经费投入规模持续增加,从1996年的41.8亿元增长到…: the base of the topic's series)
    r"|[ ]*(?:从|由)(?:(?:19|20)\d{2}年(?:底|末)?的?)?[ ]*")
# 在全省高新区创新驱动发展综合评价榜单上排名第2位: the rank on a list, not of the figure
# (多项指标高居全市首位: the ranks of several indicators, not of the figure before; 科技创新
# 综合竞争力跃升至全国第20位: a composite measure of its own)
_RANKING_LIST = re.compile(
    r"榜单|排行榜|综合评价|评价结果|评估|指数|(?:多|各|几|数)项指标|多个指标|主要指标"
    r"|竞争力|综合实力|排名中|创新(?:综合)?能力|综合能力"  # (区域创新综合能力保持全国第一)
    r"|科技(?:创新|进步)水平"  # (…技术合同成交额974亿元,综合科技创新水平排名西部第一)
)
_RANK_IN = re.compile(r"第[\d一二三四五六七八九十]|首位|榜首")  # a rank in a clause
# a clause that only lists names (成都、攀枝花、宜宾)
_PLACES_ONLY = re.compile(r"[ ]*[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+[ ]*")
_RANK_WORDS = re.compile(
    r"位居|位列|名列|排名|排位|跃居|跻身|保持|继续|均|居|排|列|为|全市|全省|全国|全区|全县|各区|中心城区"
)


# 规模以上工业企业中有研发活动企业占比位居全区第二: a clause that ranks a share of its own naming
_OWN_SHARE_RANKED = re.compile(
    r"[\u4e00-\u9fff]{6,}(?:占比|比重|比例)(?:位居|位列|居|排名|排在|列|为)?[ ]*$")


def _own_rank_subject(since_prev: str) -> bool:
    """研发投入强度达2.20%、全国科技创新百强区排第79位: the next list item names what it ranks
    (总量连续5年保持全国区县第二 after a count still ranks that count)."""
    if not since_prev.lstrip().startswith("、") or "," in since_prev:
        return False
    return len(re.findall(r"[\u4e00-\u9fff]", _RANK_WORDS.sub("", since_prev))) >= 4


def _own_population(since_prev: str, metric: Metric) -> bool:
    """科技型企业总数突破2.1万家 after a count of 高新技术企业: the clause counts a population of
    its own (a qualified noun before 总数), not the metric named before it."""
    # (创新型初创企业累计超过1600家, 瞪羚企业保有量8家 too)
    m = re.search(r"([\u4e00-\u9fff]{2,10}?)(?:数量|总数|总量|保有量|累计)"
                  r"(?:达到|达|为|有|突破|超过|超|逾|近)?[ ]*$", since_prev)
    m = m or _VERB_NOUN.search(since_prev)
    if m is None:
        return False
    noun = re.sub(rf"^(?:全市|全区|全县|其中|目前|累计|全省|{_VS_LAST_YEAR})+", "", m.group(1))
    noun = re.sub(r"(?:新增|净增|新认定)$", "", noun)  # (…达到10247家,较上年新增数量超过2000家)
    return len(noun) > 2 and not any(a.endswith(noun) or noun.endswith(a) for a in metric.aliases)


def _own_count(before_clause: str, metric: Metric) -> bool:
    """科技型企业数量翻了两番 after a figure of another metric: the clause's own count grew
    (上市高企数量是十年前的3倍多: a subset the metric excludes, 上市 before its alias)."""
    # (全社会研发投入占比连续4年递增,“中国好技术”数量居全市首位: a count of its own ranked)
    m = re.search(r"([\u4e00-\u9fff]{2,10}?)[”\"’]?(?:数量|总数|总量)"
                  r"(?:翻了?|增长了?|增加了?|(?:是|为)[^,,;;。\d]{0,8}"
                  r"|(?:连续\d+年)?(?:稳|位|跃|继续)?(?:居|列|排名|排在))?[ ]*$", before_clause)
    # (高企增长2.5倍、科技型企业增长2.9倍: a list item with a body of its own)
    m = m or re.fullmatch(r"[ ]*([\u4e00-\u9fff]{1,8}(?:企业|平台|机构|人员|人才|载体|基地|园区))"
                          r"(?:翻了?|增长了?|增加了?)[ ]*", before_clause)
    if m is None or len(noun := m.group(1)) <= 2:
        return False
    alike = [a for a in metric.aliases if a.endswith(noun) or noun.endswith(a)]
    return not alike or any(noun.endswith(a) and noun[: -len(a)].endswith(metric.not_after)
                            for a in alike)


def _names_another(norm: str, lo: int, hi: int, metrics: tuple[Metric, ...],
                   matcher: _Matcher) -> bool:
    """Whether ``norm[lo:hi]`` (the clause after a figure) names a catalog metric of the same
    unit other than ``metrics``: the figure counts that population, not theirs."""
    unit = metrics[0].unit
    return any((m := matcher.metric_of(a.group())) not in metrics and m.unit == unit
               for a in matcher.regex.finditer(norm, lo, hi))


@dataclass
class _Run:
    """What the figures before leave for the next one in the same sentence."""

    sent_lo: int = -1  # the start of the sentence of the figure before
    metric: Metric | None = None  # its metric
    end: int = -1  # its normalised end
    kind: str = ""
    status: str = ""
    money: tuple[int, Metric | None] = (-1, None)  # (sentence start, last money metric)
    sent_metrics: list[Metric | None] = field(default_factory=list)  # the sentence's so far
    carried_year: tuple[int, int] = (-1, 0)  # (sentence start, year) carried from the one before
    rank: tuple[int, Metric | None] = (-1, None)  # (sentence start, the last rank's metric)
    # the year of each full sentence's last figure, by the sentence's start
    sent_years: dict[int, int | None] = field(default_factory=dict)

    def last_metric(self) -> Metric | None:
        """The last metric named by a figure of the sentence so far."""
        return next((m for m in reversed(self.sent_metrics) if m is not None), None)

    def last_amount(self) -> Metric | None:
        """The last metric of the sentence so far that counts an amount, not a ratio."""
        return next((m for m in reversed(self.sent_metrics) if m is not None and m.unit != "%"),
                    None)

    def note(self, c: _Cand, s_lo: int, metric: Metric | None, kind: str, status: str) -> None:
        """Remember the figure just read (a rank names no metric for those after it)."""
        if c.kind_hint == "money" and metric is not None and metric.unit == "亿元":
            self.money = (s_lo, metric)
        if c.kind_hint == "rank":
            self.rank = (s_lo, metric)
            return
        if self.sent_lo != s_lo:
            self.sent_metrics = []
        self.sent_metrics.append(metric)
        self.sent_lo, self.metric, self.end = s_lo, metric, c.e
        self.kind, self.status = kind, status


_PLACES_MOVED = re.compile(r"(?:前进|提升|上升|提高|前移|进|升|下降|后退|后移|降)了?$")


_PLACES_COUNTED = re.compile(
    r"(?:市州|地市|县市区|县区|市县|区县|乡镇|街道|省份|省区|城市|行政村|社区|县级行政区)")
# a place's name in a list of places and their figures: one with a suffix (长沙市, 长宁区) or a
# bare name of two or three characters that is no level, kind or verb (深圳, 马鞍山)
_PLACE_NAME = (r"(?:[\u4e00-\u9fff]{1,4}(?:市|区|县|州|盟|旗)(?<!园区|城区|社区|片区|地区|领域)"
               r"|(?:(?![新增企级类型性专利发明授申请国省市区县前后位第其中和及与])[\u4e00-\u9fff]){2,3})")
# …。其中(,)深圳30591座、广州23555座: places, each with its part of the figure before
# (其中广州建成10626座,深圳建成9504座: a verb of the total's after each place)
_PLACE_VERB = r"(?:建成|新增|拥有|共有|达到|达|有|为)?"
_PARTS_BY_PLACE = re.compile(
    rf"[,,::]?[ ]*(?:{_PLACE_NAME}[ ]*{_PLACE_VERB}[ ]*[\d.]+[^\d、,,。;]{{0,3}}[、,,])*"
    rf"{_PLACE_NAME}[ ]*{_PLACE_VERB}[ ]*")
# …。其中,天河区、黄埔区分别为735.42亿元和618.48亿元: places first, then each one's part
_PLACES_EACH = re.compile(
    rf"[,,]?[ ]*{_PLACE_NAME}(?:[、和及]{_PLACE_NAME})+[ ]*分别(?:为|是|达到|达|有)[ ]*"
    r"(?:[\d.]+[^\d、,,。;]{0,3}(?:、|和|及)[ ]*)*")
_PLACE_IS = re.compile(rf"[ ]*{_PLACE_NAME}[ ]*为[ ]*")  # (…;广州为2256.53亿元)
_YEAR_NOTE_AFTER = re.compile(r"\(((?:19|20)\d{2})年(?:值|数据|数|底|末)?\)")
_TOTALS_LEAD = re.compile(r"[ ]*(?:累计|总数|总量|合计|共|目前)?[ ]*")
_COUNT_ITEM = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:家|个|项|件|人|名|所|座|户)")


def _part_by_place(norm: str, c: _Cand, last_of_unit: dict[str, tuple[int, Metric | None]]
                   ) -> Metric | None:
    """The metric of a figure listed by place after 其中 (…技术合同成交总额405.09亿元…。其中,长沙市
    233.82亿元、株洲市105.61亿元), or in a list of places after a place's figure: that of the last
    figure of its unit before the list."""
    if c.kind_hint not in ("count", "money"):
        return None
    k = norm.rfind("其中", max(0, c.s - 60), c.s)
    if (semi := norm.rfind(";", max(0, c.s - 12), c.s)) > k and _PLACE_IS.fullmatch(
            norm, semi + 1, c.s):
        # 北京的技术合同成交额以6316.16亿元蝉联全国第一;广州为2256.53亿元: the next place's
        k = semi
    elif k < 1 or norm[k - 1] not in "。;,, \n" or not (
            _PARTS_BY_PLACE.fullmatch(norm, k + 2, c.s)
            or _PLACES_EACH.fullmatch(norm, k + 2, c.s)):
        # 成都…高新技术企业达到13146家。绵阳有838家、德阳有446家: a sentence that lists other
        # places, each with its figure of the same kind, right after a place's figure
        k = norm.rfind("。", max(0, c.s - 60), c.s)
        if k < 1 or not _PARTS_BY_PLACE.fullmatch(norm, k + 1, c.s) or not (
                norm.startswith("、", c.e) or "、" in norm[k:c.s]):
            return None
    named = last_of_unit.get("money" if c.kind_hint == "money" else _unit_group(c.unit))
    if named is None or not (named[0] <= c.s and k - named[0] < 150):
        return None  # (the figure before 其中, or the part listed just before this one)
    return named[1]


# a word that speaks of growth (a rate listed or framed by it is the metric's growth)
_GROWTH_WORD = re.compile(r"增速|增长|增幅")
# a list of places, each with its figure: 分别为苏州888.7亿元、南京578.8亿元;
# 依次为苏州(961.4亿元)、南京(645.3亿元); 从增速看,铜陵(增长4502.1%)、黄山(增长686.7%)
_PLACE_ITEM = (rf"{_PLACE_NAME}[ ]*\(?(?:增长|下降)?[ ]*-?[\d.]+"
               r"[^\d、,,。;()和及]{0,3}\)?(?:[、,,]|和|及)")  # (…、临汾(27.6亿元)和长治(27.1亿元))
_PLACES_LIST = re.compile(rf"[ ]*(?:{_PLACE_ITEM}[ ]*)*{_PLACE_NAME}[ ]*\(?(?:增长|下降)?[ ]*")
_LIST_INTRO = re.compile(
    r"(?:分别为|依次为|分别是|依次是|分别达到|分别达)[::]?|(?:是|为)[::]|看[,,]")


def _place_list_metric(norm: str, c: _Cand, s_lo: int, matcher: _Matcher) -> Metric | None:
    """The metric named before a list of places, each with its figure (``…R&D经费投入分别为苏州
    888.7亿元、南京578.8亿元``): each figure is that place's."""
    intro = max(_LIST_INTRO.finditer(norm, max(s_lo, c.s - 300), c.s), key=lambda m: m.start(),
                default=None)
    if intro is None or not _PLACES_LIST.fullmatch(norm, intro.end(), c.s):
        return None
    lo = max(s_lo, intro.start() - 40)
    if c.kind_hint not in ("count", "money", "percent"):
        return None
    found = matcher.find(norm, c, lo, intro.start(), norm[s_lo : c.s])
    if found and c.kind_hint == "percent" and found[0].unit != "%" and not _GROWTH_WORD.search(
            norm, lo, c.s):
        return None  # (a share listed by place is not the metric; 强度…分别为黄埔区(6.14%) is)
    return found[0] if found else None


# a paragraph framed by what it looks at: 从有效国家高新技术企业增速看, (a growth frame: 增速看)
_FRAME_OPENS = re.compile(r"[ \t]*从([^,,。;:\n]{2,24}?)(?:来)?看[,,]")
_SENT_FRAME = re.compile(r"(?:^|(?<=[,,;。\n]))[ \t]*在([^,,。;:\n]{2,30}?)(?:上|方面)[,,]")


def _frame_metric(norm: str, c: _Cand, matcher: _Matcher) -> Metric | None:
    """The metric a paragraph's frame names (``从有效国家高新技术企业总量看,…成都…位列前五``):
    the metric of its figures that name none, counts in its unit, ranks, and growth rates when
    the frame looks at growth."""
    para_lo = norm.rfind("\n", 0, c.s) + 1
    frame = _FRAME_OPENS.match(norm, para_lo)
    if frame is None and c.kind_hint == "rank":
        # (在研究与试验发展(R&D)经费总量上,四川、陕西、重庆分别排在全国第8位…: a sentence's
        # frame names what the places after it are ranked by)
        s_lo = max(norm.rfind(ch, 0, c.s) for ch in "。\n") + 1
        frame = max(_SENT_FRAME.finditer(norm, s_lo, c.s), key=lambda m: m.start(), default=None)
    if frame is None or c.s - frame.end() > 600 or c.kind_hint not in ("count", "percent", "rank"):
        return None
    found = matcher.find(norm, c, frame.start(1), frame.end(1), frame.group(1))
    if found is None:
        return None
    if c.kind_hint == "count" and _unit_group(found[0].unit) != _unit_group(c.unit):
        return None  # (a count of something else under the frame)
    if c.kind_hint == "percent" and not _GROWTH_WORD.search(frame.group(1)):
        return None  # (a share under a frame that looks at the total, not its growth)
    return found[0]


def _not_a_figure_cell(norm: str, c: _Cand) -> bool:
    """A row number under a 序号 column (``1 | 杭州市 | 2155.35 |``), or a page widget's
    counter alone on its line (``鼓掌\n\n0人``): not figures of the text."""
    line_lo = norm.rfind("\n", 0, c.s) + 1
    line_hi = norm.find("\n", c.e)
    line_hi = len(norm) if line_hi < 0 else line_hi
    if norm[line_lo : c.s].strip():
        return False
    if (norm[c.s : c.e].isdigit() and norm[c.e : line_hi].lstrip().startswith("|")
            and "序号" in norm[max(0, line_lo - 800) : line_lo]):
        return True
    return c.value == 0 and c.unit == "人" and not norm[c.e : line_hi].strip()


def _in_aside(norm: str, c: _Cand, c_lo: int) -> bool:
    """Whether the figure sits inside a bracketed aside opened in its clause."""
    before = norm[c_lo : c.s]
    k = before.rfind("(")
    return k >= 0 and ")" not in before[k:] and ")" in norm[c.e : c.e + 40]


# 共有1572家企业通过…认定: all of those certified or listed this time, no stock
_ALL_OF = re.compile(r"共有|共计|总计")
# 截至2022年末,…已通过(国家高新技术企业认定): certified by the day _AS_OF names
_CERTIFIED_BY_THEN = re.compile(r"已(?:经)?(?:通过|获得)(?:国家|省|市)?级?$")


def _flow_or_stock(norm: str, c: _Cand, metric: Metric, alias: tuple[int, int],
                   bounds: tuple[int, int, int], prev: _Run | None,
                   before_clause: str, matcher: _Matcher) -> Metric:
    """A stock metric named with a flow cue is its ``new_*`` variant, and a flow named with a
    stock cue its stock (``prev``: the figure before in the same sentence, if any)."""
    alias_at, alias_end = alias
    s_lo, c_lo, c_hi = bounds
    # (截至2015年底,经认定的国家高新技术企业达104家: the certified ones, a stock)
    cue_text = _CERTIFIED_ONES.sub("", norm[c_lo : alias_at if alias_at < c.s else c.s])
    # 公示了…高新技术企业备案公示名单,…共有1223家企业榜上有名: the new ones listed
    # (…科普基地获正式授牌 40家单位入选: the ones chosen this time)
    listed_new = bool(
        alias_at < c.s
        and _LISTED_AFTER.match(norm, c.e, c_hi)
        and re.search(r"认定|命名|名单|授牌", norm[s_lo : c.s]))
    if listed_new:
        cue_text = "|新增"
    elif alias_end <= c.s and (_NEW_CUE.search(norm, alias_end, c.s)
                             # (高新技术企业全年通过认定210家: the year's new ones; not
                             # 截至2022年末,已通过…认定709家: all certified by then)
                             or (re.match(r"(?:全年|当年|本年)?(?:共计?)?(?:通过)?认定",
                                          norm[alias_end : c.s])
                                 and not (_CERTIFIED_BY_THEN.search(norm, s_lo, alias_at)
                                          and _AS_OF.search(norm, s_lo, alias_at)))):
        if prev is not None and c_lo < prev.end <= alias_at:
            cue_text = ""  # 高企累计达到1000家、小巨人企业新增1000家: the item's own cue
        cue_text += "|新增"  # 小巨人培育企业新增3家: the cue between alias and figure
    elif alias_at >= c.e and _NAMED_NEW.match(norm, alias_end, c_hi):
        # 10家科普基地被认定为新增科普基地: named as new after it (…认定名单正式公布,我市共有
        # 11家…工作站上榜: 共有 counts the listed, no stock)
        cue_text = _ALL_OF.sub("", cue_text) + "|新增"
    elif alias_at >= c.e and _NEW_CUE.search(norm, c.e, alias_at):
        cue_text += "|新增"  # 3家新建市级院士工作站: the cue between figure and name
    elif alias_at >= c.e and re.search(rf"(?:{_LISTED})的$", norm[c_lo : c.s]):
        cue_text = _ALL_OF.sub("", cue_text) + "|新增"  # 此次上榜的3家科技小巨人企业: new
    elif alias_at >= c.e and _PASSED_REVIEW.match(norm, alias_end, c_hi):
        cue_text += "|新增"  # 上报250家高企全部通过批复: the ones certified this time
    elif (alias_at >= c.e and re.match(rf"[^,,。;]{{0,4}}?(?:{_LISTED})", norm[alias_end:c_hi])
          and re.search(r"认定|命名|名单", norm[s_lo : c.s])
          and any(matcher.metric_of(a.group()) is metric
                  for a in matcher.regex.finditer(norm, s_lo, c.s))):
        cue_text = _ALL_OF.sub("", cue_text) + "|新增"  # 公布了…科普教育基地…认定名单,武汉13家
        # 科普基地榜上有名: the new ones
    elif alias_at >= c.e and _certified_as(norm, norm[c.e : alias_at], alias_end,
                                           norm[_full_sentence_start(norm, c.s) : c.s]):
        # 618家企业通过国家高新技术企业认定: newly certified (共有1572家企业通过…认定 too)
        cue_text = _ALL_OF.sub("", cue_text) + "|新增"
    elif re.fullmatch(r"(?:以及|及|和|还有)?", norm[c_lo : c.s]) and c_lo > s_lo + 1:
        # 新增14家…、63家上海市创新型企业,380家高新技术企业: a clause that opens with
        # its figure has no verb of its own; the list before it lends its cue
        q_lo, _ = _bounds(norm, c_lo - 2, c_lo - 2, _CLAUSE_END, 200)
        if _NEW_CUE.search(norm, max(q_lo, s_lo), c_lo) or re.search(
                r"新命名|新认定|新建", norm[max(q_lo, s_lo, c_lo - 60) : c_lo]):
            cue_text += "|新增"
    elif alias_at < c.s and _NEW_THEN_PARTS.search(norm, s_lo, alias_at):
        cue_text += "|新增"  # 新增科技创新平台41个,其中…,院士工作站1个: a part of the new ones
    elif (alias_end <= c.s and not norm[alias_end : c.s].strip("数量 ")
          and _LEVEL_ONLY.fullmatch(norm, c_lo, alias_at) and _list_opens_new(norm, c_lo)):
        cue_text += "|新增"  # 新添…159家;国家高新技术企业62家: a bare item of the list
    if (prev is not None and c_lo < prev.end <= alias_at and alias_end <= c.s
            and _OWN_LEVEL.fullmatch(norm, alias_end, c.s)):
        cue_text = ""  # 引进培育科技型企业500家以上、高新技术企业达到100家: the item's own level
    if alias_end <= c.s and _STOCK_CUE.search(norm, alias_at, c.s) and not (
            # (not 高新技术企业累计新增400家, nor …共有1223家企业榜上有名, nor 高新技术企业总数
            # 净增682家: the total's net gain, the new ones as labellers read it)
            _CUMULATIVE_FLOW.search(norm, alias_end, c.s) or listed_new
            or re.fullmatch(r"[ ]*净增了?[ ]*", norm[alias_end : c.s])):
        cue_text += "|总数"  # 重新认定高新技术企业总数达到106家: the stock
    stock_cue = bool(_STOCK_CUE.search(cue_text)) and not _CUMULATIVE_FLOW.search(
        norm, c_lo, min(alias_at + 4, c.s) if alias_at < c.s else c.s
    )  # 累计新增20家 sums flows: still the new_* metric (累计培育…家 is the stock)
    if (set(_FLOW_CUE.findall(cue_text)) <= {"全年", "本年", "当年"}
            and (norm[alias_at:alias_end].endswith(("数量", "总数"))
                 or (alias_end <= c.s and not metric.flow_of
                     and re.fullmatch(r"[ ]*(?:达到|达)[ ]*", norm[alias_end:c.s])))):
        # 预计全年高新技术企业数量1950家, 全年国家高新技术企业达到185家: the year's count, a stock
        stock_cue = True
    if ((cues := set(_FLOW_CUE.findall(cue_text))) and cues <= {"培育", "认定"}
            and (_AS_OF.search(norm, s_lo, c_lo) or _NOW.search(norm, s_lo, c_lo)
                 or _SINCE_BEGUN.search(norm, _full_sentence_start(norm, s_lo), c_lo))):
        # 截至2024年4月底,全市培育高新技术企业7619家; 截至2018年4月10日,…认定科技创新小巨人
        # 企业382家; 目前,全市共培育认定…国家级高新技术企业75家: the stock on that day
        # (自2009年启动…建设以来,已认定…工作站58家: all certified since the start, the stock)
        stock_cue = True
    new = matcher.flow_variant.get(metric.id)
    if new is not None and not stock_cue and _FLOW_CUE.search(cue_text):
        return new
    split = re.search(r"(?:新建|新增)$", norm[c_lo : c.s].rstrip())
    if split and alias_at == c.e and not stock_cue:
        # 将新建7016个5G基站: the catalog's alias 新建5G基站 with the figure inside it
        joined = matcher.named_by(split.group() + norm[alias_at:alias_end])
        if joined is not None and joined.flow_of == metric.id:
            return joined
    if (new is not None and not stock_cue and prev is not None and prev.metric is new
            and not _STOCK_CUE.search(norm, prev.end, c.s)
            and not re.search(r"达到|已达|数达|总量达|总数达|数量|提出|要求|目标|突破",
                              before_clause)):
        # (新增高企1100家左右,全市高企将突破5200家: the stock it passes)
        return new  # 新增高企9家,市高企16家: still new
    if metric.flow_of and stock_cue:
        return matcher.stock_of(metric)
    return metric


# the clause before ends with a threshold passed: 首次突破12万件 (then 达到129820件)
_PASSED_BEFORE = re.compile(
    r"(?:突破|超过|跨越|迈上)[ ]*[\d.]+[ ]*[万亿千]?[\u4e00-\u9fff]{1,2}[ ]*$")
_OWN_LEVEL = re.compile(r"[ ]*(?:数量|总数|总量)?" + _LEVEL_LEAD.pattern + r"[ ]*")
_PERIOD_END_BASE = re.compile(r"(?:(?<=[由从]“)|(?<=[由从]))十[一二三四五]五(?=”?(?:期末|末))")
_NEW_THEN_PARTS = re.compile(r"(?:新增|新建|新认定)[^;;。]{0,30}?其中[^;;。]*$")
_AFTER_FIGURE = re.compile(r"(?:\d|\d[%家个项件人户元倍]|翻[一两]?番)[ ]?$")  # (19.4件 (…)
_SUBSET_QUALIFIED = re.compile(r"规模以上|规上|亿元以上|营收|上市|年产值|年销售")
# (兰州高新区365家、白银高新区71家 right after a figure: its parts by place
_PLACES_ASIDE = re.compile(
    r"\((?:[\u4e00-\u9fff]{2,8}[ ]*[\d.]+[^\d、()]{0,3}、)*[\u4e00-\u9fff]{2,8}?"
    r"(?:区|县|市|园|镇|街道|高新区|开发区)[ ]*")
# since a programme began (自2009年我市启动院士专家工作站建设以来,…): the years up to now
_SINCE_BEGUN = re.compile(r"自(?:19|20)\d{2}年[^,,。;;]{0,30}?以来")
# the start of the time a sentence speaks of: 2017年以来, 5年来, 五年来 (not 近年来, nor
# 十年来首次由第五位提升至第四位: a first in ten years, moved from the year before)
_SINCE_START = re.compile(
    r"(?:((?:19|20)\d{2})年(?:底|末)?以来|(?<![\d近多])(\d{1,2}|[两二三四五六七八九十]{1,2})年(?:以)?来)"
    r"(?![^,,。;;]{0,4}(?:首次|第一次|最))")
# a paragraph that opens with the years it looks back on: 过去五年, 近五年来, 5年来
_PAST_YEARS_OPENER = re.compile(
    r"[ \t]*(?:过去|近)?(\d{1,2}|[两二三四五六七八九十]{1,2})年(?:来|以来|间|中)?[ ]*[,,]")
_GROWTH_ONLY = re.compile(r"[ ]*(?:全年|年均|同比)?(?:增长|增加|提高|提升)了?[ ]*")


# (据统计,2006年至2018年,…: after a short lead too)
_LED_YEAR_RANGE = re.compile(r"[ ]*(?:[^,,。;\n\d“]{1,5}[,,])?" + _YEAR_RANGE.pattern)


def _base_year(norm: str, c: _Cand, s_lo: int, base_from: re.Match, period_end: int | None,
               ref_year: int | None) -> int | None:
    """The year of the base of 从…增长到… (the figure ``c`` is the base)."""
    since = list(_SINCE_BASE.finditer(norm, s_lo, c.s))
    if base_from.group(1):
        return int(base_from.group(1))
    if since:
        return int(since[-1].group(1) or since[-1].group(2))
    f_lo = _full_sentence_start(norm, s_lo)
    if start := max(_SINCE_START.finditer(norm, f_lo, c.s), key=lambda m: m.start(), default=None):
        # 2017年以来,…指数从46%提升到2022年的61%; 5年来,高新技术企业从4142家增长至…: the
        # base is where the time named began
        if start.group(1):
            return int(start.group(1))
        n = int(start.group(2)) if start.group(2).isdigit() else int(_cn_value(start.group(2)) or 0)
        if n and ref_year is not None and 1 < n <= 20:
            return ref_year - n
    if earlier := list(_SINCE_BASE.finditer(norm, f_lo, s_lo)):
        # 强度从2020年的2.73%提升至3.35%;技术合同成交额从337亿元增长至…: the base year of the
        # sentence's first pair dates the bases after it
        return int(earlier[-1].group(1) or earlier[-1].group(2))
    if rng := _YEAR_RANGE.search(norm, s_lo, c.s):
        return int(rng.group(1))  # 2011-2015年,…从60亿元增加到…: the range's start
    if rng := _LED_YEAR_RANGE.match(norm, f_lo):
        # 2018-2022年,…由6590家增至2万家;科技型中小企业由3500家增至…: the range that opens
        # the full sentence dates the bases of its later items too
        return int(rng.group(1))
    para_lo = max(norm.rfind("\n", 0, s_lo) + 1, 0)
    if (rng := _LED_YEAR_RANGE.match(norm, para_lo)) and not _YEAR.search(norm, rng.end(), f_lo):
        return int(rng.group(1))  # (and the paragraph's, when no year opens a sentence since)
    # “十三五”以来,…从100家增加到323家;…从14家增加到60家: the period named earlier in the full
    # sentence, in any kind of document; else the paragraph's opener or a period it names
    named = (_FIVE_YEAR_NAME.search(norm, s_lo, c.s) or _PERIOD_NAMED.search(norm, f_lo, c.s)
             # (强度由“十三五”末的2.82%提高至3.47%;…比重由43.3%提高到58.9%: one base year)
             or _PERIOD_END_BASE.search(norm, f_lo, c.s))
    p_end = _FIVE_YEAR_END.get(named.group()) if named else None
    if named and p_end is not None and re.match(r"”?(?:期末|末)", norm[named.end() :]):
        return p_end  # 研发强度从“十三五”末的1.47%…,总量从21.18亿元…: the period's end
    para_lo = max(norm.rfind("\n", 0, s_lo) + 1, 0)
    if p_end is None:
        opener = _PERIOD_OPENER.match(norm, para_lo)
        p_end = _FIVE_YEAR_END.get(opener.group(1)) if opener else None
    if p_end is None and ref_year is not None and (
            past := _PAST_YEARS_OPENER.match(norm, para_lo)):
        # 过去五年,…从2015年的1.51%增长到…。…贡献率从54.88%增长到57.62%: the years the
        # paragraph opens with, back from the figure's (when the years it names lie within)
        n = int(past.group(1)) if past.group(1).isdigit() else int(_cn_value(past.group(1)) or 0)
        if 1 < n <= 20 and all(ref_year - n <= int(y.group(1)) <= ref_year
                               for y in _YEAR.finditer(norm, past.end(), c.s)):
            return ref_year - n
    if p_end is None:  # 1.…提升。“十三五”期间,…。…从4.35件增长到13.4件
        earlier = list(_PERIOD_NAMED.finditer(norm, para_lo, c.s))
        p_end = _FIVE_YEAR_END.get(earlier[-1].group()) if earlier else None
    if p_end is None and period_end is not None and ref_year is not None and (
            ref_year <= period_end - 5):
        # a plan's review of the period before its own (规模由90亿元增加到220亿元 under 发展基础
        # of a 十三五 plan): from the start of that period
        return ref_year - 5
    p_end = p_end or period_end
    return p_end - 5 if p_end is not None else ref_year


def _kind_of(c: _Cand, metric: Metric | None, before_clause: str, change: bool,
             inherited: bool, matcher: _Matcher) -> str:
    """stock, flow, rate, share, rank or multiple, from the figure's form and the cue before it."""
    if c.kind_hint == "rank":
        return "rank"
    if c.kind_hint == "multiple":
        return "multiple"
    if c.kind_hint == "points":
        return "rate"
    if c.kind_hint == "count" and not c.unit and metric is not None and metric.unit == "%":
        return metric.kind  # 占GDP比重为2.13: a ratio whose % sign was left out
    if c.kind_hint == "percent":
        listed = _LISTED_PCT.sub("", before_clause)  # 分别增长80.5%、35%: the cue of both
        if _RAISED_TO.search(before_clause.rstrip()):
            return "share"  # 比重提高至3.98%: the level reached
        if _RATE_CUE.search(listed.rstrip()[-8:]) or re.search(
            r"(增长|增速|增幅|同比|提高|提升|下降)[^,;。]{0,5}$", listed
        ):
            return "rate"
        return "share"
    if change:
        return "flow"
    if metric is not None and metric.kind in ("stock", "flow") and not inherited:
        if metric.kind == "stock" and metric.id not in matcher.flow_variant and _FLOW_CUE.search(
            before_clause
        ) and not _STOCK_CUE.search(before_clause):
            return "flow"
        return metric.kind
    if _STOCK_CUE.search(before_clause):
        return "stock"
    if metric is not None and metric.kind in ("stock", "flow"):
        return metric.kind
    return "flow"


def _quote_span(norm: str, c: _Cand, s_lo: int, s_hi: int) -> tuple[int, int]:
    """The sentence around the figure, shortened to nearby clauses when long (normalised)."""
    q_lo, q_hi = s_lo, s_hi
    if q_hi - q_lo > 160:
        q_lo, q_hi = _bounds(norm, c.s, c.e, _SENT_END + ",", 80)
    while q_lo < c.s and norm[q_lo] in " \t\r\n":
        q_lo += 1
    while q_hi > c.e and norm[q_hi - 1] in " \t\r\n":
        q_hi -= 1
    return q_lo, q_hi


def _measured_alike(metric: Metric, c: _Cand) -> bool:
    """Whether the figure could be a value of ``metric``: a count of the same kind of thing,
    or money for a metric in 亿元."""
    return (_unit_group(metric.unit) == _unit_group(c.unit)
            or (metric.unit, c.kind_hint) == ("亿元", "money"))


def _first_pct(norm: str, lo: int, hi: int) -> int:
    """Where the first percentage in ``norm[lo:hi]`` starts (``hi`` when there is none)."""
    m = _PCT.search(norm, lo, hi)
    return m.start() if m else hi


def _first_listed(norm: str, c: _Cand, c_lo: int, found: tuple[Metric, int, int],
                  matcher: _Matcher, sent: str) -> tuple[Metric, int, int]:
    """A rank shared by a list of metrics (研发投入占GDP比重、PCT国际专利申请量继续保持全市第一)
    is the first one's, as labellers read it."""
    while found[1] > c_lo and norm[found[1] - 1] in "、和及与":
        before = matcher.find(norm, c, c_lo, found[1] - 1, sent)
        if before is None or before[2] != found[1] - 1:
            break
        found = before
    return found


def _metric_of(norm: str, c: _Cand, bounds: tuple[int, int, int, int], run: _Run,
               matcher: _Matcher, doc_year: int | None) -> tuple[Metric | None, bool, bool]:
    """The figure's metric: named in its clause, paired in a 分别 list, or carried from the
    figures and clauses before it in the sentence (``run``). Returns the metric, whether it was
    inherited, and whether the figure is a change of it (增加50家). A continuation sentence that
    names no subject may set ``run.carried_year``."""
    s_lo, s_hi, c_lo, c_hi = bounds
    sent = norm[s_lo:s_hi]
    same_sent = run.sent_lo == s_lo
    floor = run.end if same_sent else -1
    metric: Metric | None = None
    alias_at = alias_end = c.s
    paired = _respectively(norm, c, c_lo, matcher, sent)
    if paired is None and c.kind_hint in ("percent", "multiple") and same_sent:
        # 高企3784家,小巨人593家,同比分别提升150.6%、71.88%: the i-th rate after 分别 is
        # the rate of the i-th of the figures stated just before, when the clause names none
        # (分别是“十二五”末的5.8倍和2.7倍: multiples too)
        item = _PCT if c.kind_hint == "percent" else _MULTIPLE_ITEM
        k = norm.rfind("分别", c_lo, c.s)
        if (k < 0 and norm.rfind("分别", s_lo, c_lo) >= 0
                and (c.kind_hint == "multiple" or _RATE_ONLY.fullmatch(
                    norm, c_lo, _first_pct(norm, c_lo, c.s)))
                and matcher.find(norm, c, c_lo, c.s, sent) is None):
            k = c_lo  # 分别达到16881件和4.9件,是“十一五”末的5.1倍和4.95倍: a list after a list
            # (专利申请量和授权量分别达到3397件和2205件,同比增长52.2%和93.9%: rates too)
        # (not 分别占全省49.5%、25.8%: shares of another total are not the metric)
        # (not 贡献率分别为55.5%、…: a clause naming its own ratio)
        # (nor 比重在3.5%以上,分别达到4.74%、3.85%: the values that passed the threshold)
        # (but 年均增长率分别达9.5%和12.1%: the growth of each)
        if k >= 0 and not norm.startswith("占", k + 2) and not re.search(
                r"(?<!增长)率|比重|占比|指数", norm[c_lo:k]) and not _AFTER_THRESHOLD.search(
                norm, max(s_lo, k - 4), k) and matcher.find(
                norm, c, c_lo, k, sent) is None:
            n = len(item.findall(norm, k, c_hi))
            i = len(item.findall(norm, k, c.s))
            base = run.sent_metrics[: len(run.sent_metrics) - i]
            if n >= 2 and len(base) >= n:
                # an unclassified figure's rate stays unclassified (23003项…117.15%)
                paired = (base[i - n], k)
    if paired is None and c.kind_hint == "rank" and same_sent and c_lo > s_lo:
        # 年均增长率达45.3%和26.1%,排名跃居全国第十三位和第十二位: the i-th of a pair of places
        # ranks the i-th of the figures just before
        places = list(_LISTED_PLACE.finditer(norm, c_lo, c_hi))
        n = len(places)
        # (not 排名西部第一、全国第七: one subject's places in two scopes)
        joined = n >= 2 and all(_LIST_JOIN.fullmatch(norm, a.end(), b.start())
                                and b.group()[0] in "第前"
                                for a, b in zip(places, places[1:], strict=False))
        joined = joined and bool(re.search(rf"(?:{_PLACE_LEAD.pattern})$",
                                           norm[c_lo : places[0].start()]))
        base = run.sent_metrics[-n:] if n else []
        if (joined and len(run.sent_metrics) >= n and None not in base and len(set(base)) == n
                and matcher.find(norm, c, c_lo, places[0].start(), sent) is None):
            i = next((j for j, p in enumerate(places) if p.start() <= c.s < p.end()), -1)
            if i >= 0:
                paired = (base[i], c_lo)
    if paired is None and c.kind_hint == "count" and same_sent:
        # 新增…企业2028家、高新技术企业405家,累计分别达到9010家、1739家: the i-th total after a
        # bare 累计分别 is the stock of the i-th of the figures stated just before
        k = norm.rfind("分别", c_lo, c.s)
        if k >= 0 and _TOTALS_LEAD.fullmatch(norm, c_lo, k):
            n = len(_COUNT_ITEM.findall(norm, k, c_hi))
            i = len(_COUNT_ITEM.findall(norm, k, c.s))
            base = run.sent_metrics[: len(run.sent_metrics) - i]
            if n >= 2 and len(base) >= n:
                pm = base[i - n]
                paired = (matcher.stock_of(pm), k)
    if paired is not None:
        metric, alias_at = paired
        alias_end = alias_at
    else:
        found = matcher.find(norm, c, c_lo, c_hi, sent, floor)
        if found and c.kind_hint == "rank" and found[2] <= c.s:
            found = _first_listed(norm, c, c_lo, found, matcher, sent)
        if found:
            metric, alias_at, alias_end = found
    before_clause = norm[c_lo : c.s]
    # a list item's own lead: since the figure before, when a 、 follows it in the clause (专利申请
    # 总量173件、授权159件; …增加3500多亿元、总额突破4100亿元), else the clause's
    item_lead = (norm[run.end + 1 : c.s] if c_lo <= run.end < c.s
                 and norm.startswith("、", run.end) else before_clause)
    inherited = False
    change = False
    since_prev = norm[max(c_lo, floor) : c.s]
    if (metric is None and paired is None and same_sent and run.metric is not None
            and _TO_AFTER_FROM.match(since_prev)):
        metric, inherited = run.metric, True  # 从0.99%增长到1.52%: the same metric
    if (metric is None and paired is None and same_sent and run.metric is not None
            and run.kind in ("rate", "multiple") and _LEVEL_REACHED.fullmatch(since_prev)
            and (run.metric.unit, c.kind_hint) in (("%", "percent"), ("亿元", "money"))):
        metric, inherited = run.metric, True  # 比重增加一倍,达到1.2%: the level reached
    if (metric is None and paired is None and same_sent and run.metric is not None
            and run.kind in ("rate", "multiple") and _FROM_LEVEL.fullmatch(since_prev)
            and _measured_alike(run.metric, c)):
        # 万人发明专利拥有量增长四倍多,从2014年的48件提高到2023年的262件: the levels
        metric, inherited = run.metric, True
    if (metric is None and paired is None and same_sent and run.metric is not None
            and _EACH_PASSED.fullmatch(since_prev) and _measured_alike(run.metric, c)):
        metric, inherited = run.metric, True  # 比重在3.5%以上,分别达到4.74%: the same ratio
    if (metric is None and paired is None and run.metric is not None and c.s - run.end < 60
            and _THIS_NUMBER.search(before_clause)
            and (not c.unit or _measured_alike(run.metric, c))):  # (a bare 8000: its unit)
        metric, inherited = run.metric, True  # …2053家;到2023年,这个数字已经接近8000
    if (metric is None and paired is None and same_sent and run.metric is not None
            and _TARGET_OF_DONE.search(before_clause) and _SHARE_DONE.match(norm, c.e)
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        metric, inherited = run.metric, True  # …认定高企218家,完成…全年目标105家的207.6%
    if metric is None and paired is None and c.kind_hint == "count" and (
            across := _CERTIFIED_ACROSS.match(norm, c.e)) and (
            named_after := matcher.regex.match(norm, across.end())):
        # 第一批61家企业通过…火炬中心复核,正式被认定为国家高新技术企业: certified, new
        certified = matcher.metric_of(named_after.group())
        if certified.id in matcher.flow_variant:
            metric, inherited = matcher.flow_variant[certified.id], True
    if metric is None and paired is None and c.kind_hint == "count" and (
            won := _TITLE_WON.match(norm, c.e)) and (
            named_after := matcher.regex.match(norm, won.end())) and norm.startswith(
            "称号", named_after.end()):
        # 今年有8家企业获得国家高新技术企业称号: certified, new; 该区已有17家企业获得…称号:
        # the firms that hold it, the stock
        certified = matcher.metric_of(named_after.group())
        if _HELD_BEFORE.search(before_clause):
            metric, inherited = matcher.stock_of(certified), True
        elif certified.id in matcher.flow_variant:
            metric, inherited = matcher.flow_variant[certified.id], True
    if (metric is None and paired is None and c.kind_hint == "count"
            and (chosen_at := _CHOSEN_AFTER.match(norm, c.e))
            # (1家企业入选专家工作站: chosen for a thing it names, not the list's)
            and re.match(r"[,,。;;、]|$", norm[chosen_at.end() : chosen_at.end() + 1])
            and _CHOOSING.search(norm, s_lo, c_lo)):
        # 共有124家单位申报某市科普基地,经…评审,最终40家单位脱颖而出: the new ones chosen (of
        # the last metric named before that has new ones)
        if (chosen := matcher.new_of_last_named(norm, s_lo, c_lo)) is not None:
            metric, inherited = chosen, True
    if metric is None and paired is None and same_sent and run.metric is not None:
        pm = run.metric
        base = matcher.stock_of(pm)
        if (c.kind_hint in ("rank", "multiple") and not _OWN_BASE.search(since_prev)
                and not (c.kind_hint == "rank" and (_own_rank_subject(since_prev)
                                                     or _RANKING_LIST.search(since_prev)
                                                     or _OWN_SHARE_RANKED.search(before_clause)
                                                     or _own_count(before_clause, base)))
                # (…比重达3.37%,科技型企业数量翻了两番: a population of its own doubled)
                and not (c.kind_hint == "multiple" and (
                    _OWN_QUANTITY.search(before_clause) or _own_count(before_clause, base)
                    or _own_count(item_lead, base)))
                ) or (
            c.kind_hint in ("percent", "points") and (
                _RATE_CUE_ANY.search(before_clause)
                # (年均增长36%,…,每年保持40%的增速: the rate named after the figure)
                or _RATE_AFTER.match(norm, c.e))
            and not (_own_subject(before_clause) and _own_subject(since_prev))
            and not (c.kind_hint == "points" and _GROWTH_RATE_GAP.search(before_clause))
        ):
            metric, inherited = pm, True
            if c.kind_hint in ("rank", "multiple") and _STOCK_CUE.search(before_clause):
                metric = base
            if c.kind_hint == "rank" and _AMOUNT_RANKED.fullmatch(before_clause):
                # 总量达到133.68亿元,…占GDP比重达到2.63%,…,总量位列全省第4位: the amount's
                # rank, past the intensity between
                metric = run.last_amount() or metric
            if (c.kind_hint == "percent" and pm.flow_of
                    and _NET_GAIN_END.search(norm, max(s_lo, run.end - 16), run.end)):
                metric = base  # 达到2560家,净增724家,较上一年增长39.43%: the stock's growth
            if (c.kind_hint == "percent" and pm.unit == "%" and run.money[0] == s_lo
                    and run.money[1] is not None
                    and not re.search(r"提高|提升|上升|下降|降低", before_clause)):
                # 经费达7.06亿元,投入强度达1.16%,同比增长23.6%: a growth in per cent after a
                # ratio is the amount's (the ratio's would be in 个百分点; but 强度达1.74%,比上年
                # 提高0.04%: a ratio raised, its points written as per cent)
                metric = run.money[1]
        elif (c.kind_hint == "count" and _unit_group(pm.unit) == _unit_group(c.unit)
              and not _qualified_after(norm, c.e, base)
              # (目前已申报第一批高新技术企业11家: the clause names it itself, qualified; 已有95家
              # 企业完成全国科技型中小企业入库备案: the clause after it names another population)
              and not any(matcher.metric_of(a.group()) in (base, pm)
                          for a in matcher.regex.finditer(norm, max(c_lo, floor), c.s))
              and not _names_another(norm, c.e, c_hi, (base, pm), matcher)
              and not (_OWN_MEASURE.search(since_prev)
                       and not _STOCK_CUE.search(since_prev))
              and not _own_population(since_prev, base)
              # (、“瞪羚”企业224家: a quoted kind is an item's own subject too)
              and not (re.search(r"、[^、]*[\u4e00-\u9fff]{3,}$", re.sub(r"[“”\"]", "", since_prev))
                       and not re.search(r"、[^\u4e00-\u9fff、]*$",
                                         _STOCK_TAIL.sub("", since_prev)))):
            if (_NEW_ONLY.fullmatch(before_clause) and base.id in matcher.flow_variant
                    and not re.match(r"[\u4e00-\u9fff](?<![以左])", norm[c.e : c.e + 1])):
                # 高新技术企业达到300家,新增6家: the new ones of that stock
                metric, inherited = matcher.flow_variant[base.id], True
            elif _STOCK_CUE.search(before_clause):
                metric, inherited = base, True
            elif run.kind in ("rate", "multiple") and _LEVEL_REACHED.fullmatch(since_prev):
                metric, inherited = pm, True  # 高企数量增加一倍,达到2000家: the level reached
            elif run.kind == "stock" and (_PASSED.fullmatch(since_prev) or (
                    _LEVEL_REACHED.fullmatch(since_prev)
                    and not matcher.regex.search(norm, run.end, c.s))):
                # 总数有望达到121家,首次突破100家; 首次突破2000家,达到2560家: the same stock
                # (not …403家,第一批高新技术企业申报数量再创新高,达323家: applications)
                metric, inherited = pm, True
            elif (run.kind == "stock" and not pm.flow_of and _HORIZON_LEVEL.fullmatch(before_clause)
                  and not matcher.regex.search(norm, run.end, c.s)):
                # 总量达2362家,…,预计到2025年将突破3500家: that stock, projected
                metric, inherited = pm, True
            elif (pm.flow_of and base is not pm and run.kind == "flow"
                  and _LEVEL_REACHED.fullmatch(since_prev)):
                metric, inherited = base, True  # 净增529家,达1911家: the stock it reached
            elif (not pm.flow_of and run.kind == "flow" and norm.startswith("大关", run.end)
                  and _LEVEL_REACHED.fullmatch(since_prev)):
                metric, inherited = pm, True  # 专利申请量首次突破1万件大关,达到10672件: the same
            elif re.search(r"增长|增加|减少|净增|(?:比|较)[^,,;。\d]{0,4}(?:提高|提升|降低|下降)",
                           before_clause):  # (拥有量超过7.5件,比年初提高1.3件: the change)
                metric, inherited, change = base, True, True
                if "净增" in before_clause and base.id in matcher.flow_variant:
                    # 总数达到1065家,净增229家: a net gain counts new firms, as labellers read it
                    metric, change = matcher.flow_variant[base.id], False
            elif _LEVEL_ITEM.fullmatch(since_prev):
                metric, inherited = pm, True  # 新增科普教育基地3个、省级9个,市级17个: each level's
            elif _SUBSET.search(since_prev := norm[max(c_lo, floor) : c.s]) and not (
                _own_subject(_SUBSET.sub("", since_prev))
            ) and not _TYPE_PART.search(since_prev) and not (
                re.match(r"[\u4e00-\u9fff]", norm[c.e : c.e + 1])
                and not re.match(r"企业(?:来自|位于|属于|在)", norm[c.e : c.e + 6])):
                # 认定…10家(其中首批获批7家), 其中133家企业来自…: a part of it
                metric, inherited = pm, True
                if (pm.id in matcher.flow_variant and _CERTIFIED_PART.search(since_prev)):
                    metric = matcher.flow_variant[pm.id]  # 其中2020年认定1914家: the new
        elif (c.kind_hint == "money" and pm.unit == "亿元"
              and _CHANGE_SINCE.search(before_clause)):
            metric, inherited, change = base, True, True  # 比“十二五”末提升228亿元
        elif (c.kind_hint == "money" and pm.unit == "亿元" and (
                (run.kind in ("rate", "share") and not _own_subject(before_clause))
                or not _BARE_CLAUSE.sub("", before_clause).strip()
                or _DONE_ONLY.fullmatch(before_clause))):
            # 技术合同成交额年均增速14.8%,2020年达到303.93亿元: the amount of that metric
            # (年均增长100亿以上,由2014年的639.98亿元增长到…: its base)
            metric = base
    if (metric is None and paired is None and same_sent and run.metric is None
            and run.kind == "share" and c.kind_hint == "percent"
            and _RATE_CUE_ANY.search(before_clause) and not _own_subject(before_clause)
            and _SHARE_OF_TOTAL.search(norm, s_lo, c_lo)):
        # 研发投入支出达到111.77亿元,占全省总量的25.95%,同比增长10.40%: the growth of the
        # amount, not of its share (…占全国总量的14.7%,较2022年的13.7%提升了1个百分点: points
        # change the share)
        metric = run.last_metric()
        inherited = change = metric is not None
    if (metric is None and paired is None and same_sent and run.metric is None
            and run.kind == "share" and c.kind_hint == "count"
            and _STOCK_TAIL.fullmatch(before_clause) and _SHARE_OF_TOTAL.search(norm, s_lo, c_lo)):
        # 高新技术企业净增365家,占全省净增数的78.66%,总量达到2141家: the stock it counts
        base = matcher.stock_of(run.last_metric())
        if base is not None and _unit_group(base.unit) == _unit_group(c.unit):
            metric, inherited = base, True
    if (metric is None and paired is None and same_sent and run.metric is not None
            and c.kind_hint == "count" and _CERTIFIED_PART.search(since_prev)
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        base = matcher.stock_of(run.metric)
        if base.id in matcher.flow_variant:  # 37户企业通过高企认定,其中首次通过认定的企业20户
            metric, inherited = matcher.flow_variant[base.id], True
    if (metric is None and paired is None and same_sent and run.metric is not None
            and (_COMPARED_BASE.fullmatch(since_prev) or (
                _BASE_OF_BASIS.fullmatch(since_prev) and norm.startswith("的基础上", c.e)))
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        # (…353家,在2015年57家的基础上翻了三番: the base a change is stated on)
        metric, inherited = run.metric, True  # 比重2.89%,比2002年的1.69%: its base
    if (metric is None and paired is None and same_sent and c.kind_hint == "money"
            and _TOTAL_ONLY.fullmatch(item_lead)):
        # (…成交额增加3500多亿元、总额突破4100亿元: the total listed after the change)
        # 研发经费投入年均增长高于12%,研发投入强度达到1.5%,投入总量达到375亿元: the amount of
        # the money metric the sentence runs on
        metric = next((m for m in reversed(run.sent_metrics)
                       if m is not None and m.unit == "亿元"), None)
        inherited = metric is not None
    if (metric is None and paired is None and c.kind_hint in ("count", "money")
            and ((_TOTAL_ONLY.fullmatch(before_clause) and c.kind_hint == "count")
                 or (_AMOUNT_REACHED.fullmatch(before_clause) and c.kind_hint == "money")
                 or _YEARS_EACH.fullmatch(before_clause))
            and matcher.regex is not None):
        # 十年来,高新技术企业从无到有,从有到优,总量达55家: the total of the population the
        # sentence named in a clause with no figure of its own (…技术合同成交金额同样表现亮眼,
        # 2022年至2024年分别达26.65亿元…: the values of the measure, year by year; 研发经费投入总量
        # 再创新高,首次突破一百亿元: the amount it reached)
        f_lo = _full_sentence_start(norm, c_lo)
        named = matcher.last_alias_before(norm, f_lo, c_lo)
        last = matcher.metric_of(named.group()) if named else None
        last = matcher.stock_of(last)  # (新增高新技术企业…超过…,总量达2362家: the stock)
        if last is not None and matcher.unit_ok(last, c):
            metric, inherited = last, True
    if (metric is None and paired is None and run.metric is not None and 0 <= c.s - run.end < 200
            and _THIS_FIGURE.search(before_clause)
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        metric, inherited = run.metric, True  # …总量达2362家。2023年,这项数据达3084家: the same
    if (metric is None and paired is None and same_sent and run.metric is not None
            and (again := _YEAR_AGAIN.fullmatch(norm, run.end, c.s))
            and re.search(rf"(?:19|20)\d{{2}}年度?{re.escape(again.group(1))}[ ]*[\d.]+\D{{0,3}}$",
                          norm[max(0, run.end - 30) : run.end])
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        metric, inherited = run.metric, True  # 其中2020年认定9户,2021年认定11户: the same again
    if (metric is None and paired is None and c.unit in ("位", "个位次", "个名次")
            and _PLACES_MOVED.search(norm, max(0, c.s - 4), c.s)):
        # 投入强度排全国第11位,较上年提升1个位次: the places a ranked metric moved are of it
        # (one named in the clause, else the rank's just before it in the sentence)
        found = matcher.find(norm, replace(c, kind_hint="rank"), c_lo, c_hi, sent, floor)
        if found:
            metric, alias_at, alias_end = found
        elif run.rank[0] == s_lo and run.rank[1] is not None:
            metric, inherited = run.rank[1], True  # (排全国第11位,较上年提升1个位次)
        elif (same_sent and run.metric is not None
              and re.search(r"排名|排位|名次", before_clause)
              # (…创新能力百强榜中: its own; …成交额974亿元,综合科技创新水平排名西部第一,
              # 全国排名较2023年提高1位: an index ranked since the metric)
              and not _RANKING_LIST.search(norm, min(run.end, c_lo), c.s)):
            # 研发投入强度为1.65%,…,在全省排名提升2个位次: the ranking of the metric before
            metric, inherited = run.metric, True
    if (metric is None and paired is None and same_sent and run.metric is not None
            and run.kind == "share" and c.kind_hint == "percent"
            and norm.startswith("大关", run.end)
            and _LEVEL_REACHED.fullmatch(norm, run.end + 2, c.s)):
        metric, inherited = run.metric, True  # 强度首次突破2.0%大关,达到2.01%: the same ratio
    if (metric is None and paired is None and c.kind_hint == "money"
            and run.money[0] == s_lo and run.money[1] is not None
            and _HORIZON_LEVEL.fullmatch(before_clause)
            and not matcher.regex.search(norm, run.end, c.s)):
        metric, inherited = run.money[1], True  # 成交额达44.82亿元,…,预计2025年将突破55亿元
    if (metric is None and paired is None and c.kind_hint == "count" and same_sent
            and run.metric is not None and run.kind == "stock"
            and _unit_group(run.metric.unit) == _unit_group(c.unit)
            and _EXPECTED_LEVEL.fullmatch(before_clause)
            and not matcher.regex.search(norm, run.end, c.s)):
        # 高企…从2019年共7892家,至2022年超过20000家,预计可达20100家: where the count will stand
        metric, inherited = run.metric, True
    if (metric is None and paired is None and same_sent and run.metric is not None
            and run.kind in ("flow", "stock")
            # (…受理总量达40257件,首次突破4万件: a milestone passed, 大关 or not)
            and (norm.startswith("大关", c.e)
                 or re.match(r"[,, ]*(?:首次|再次|历史性)", since_prev))
            and _PASSED.fullmatch(since_prev)
            and _measured_alike(run.metric, c)):
        metric, inherited = run.metric, True  # R&D经费达到11.36亿元,首次迈入10亿大关: the same
    if (metric is None and paired is None and same_sent and run.metric is not None
            and norm.startswith(")", c.e) and _COMPARED_PLACE_VALUE.fullmatch(since_prev)
            and not matcher.regex.search(norm, run.end, c.s)
            and _measured_alike(run.metric, c)):
        # 福州市高新技术企业数量为1027家,不及南昌市(1049家)、广州市(11794家): another place's
        # value of the same metric, in parentheses (超过全省平均水平(5.56件) too)
        metric, inherited = run.metric, True
    if (metric is None and paired is None and run.metric is not None and c.kind_hint == "percent"
            and s_lo > 0 and norm[s_lo - 1] == ";" and run.end >= _full_sentence_start(norm, s_lo)
            and _RATE_ONLY.fullmatch(before_clause) and run.kind in ("flow", "stock")):
        # …经费投入总量达74.74亿元,位列全省第三;同比增长14.89%: the growth of that amount
        metric, inherited = run.metric, True
    aside_at = norm.rfind("(", s_lo, c.s)
    if (metric is None and paired is None and same_sent and run.metric is not None
            and aside_at >= 0 and ")" not in norm[aside_at : c.s]
            and (_PLACES_ASIDE.fullmatch(norm, aside_at, c.s) or (
                # 高新技术企业五年翻两番(由“十二五”末的28家发展到2020年的120家,…): the aside
                # right after a figure gives that metric's values, naming no other
                _AFTER_FIGURE.search(norm, max(0, aside_at - 4), aside_at)
                and not matcher.regex.search(norm, aside_at, c.s)
                # (…16000家(其中规模以上企业超过2700家): a subset by size, no part of the count)
                and not _SUBSET_QUALIFIED.search(norm, aside_at, c.s)))
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        # 高新技术企业436家(兰州高新区365家、白银高新区71家): the places' parts of that figure
        metric, inherited = run.metric, True
    base_aside = _BASE_ASIDE.search(norm, max(0, c.s - 12), c.s)
    if (base_aside and metric is None and paired is None and same_sent
            and run.metric is not None and norm.startswith(")", c.e)):
        metric, inherited = run.metric, True  # 达到4222家,较2017年(2015家): its base
    if (metric is None and paired is None and same_sent and run.metric is not None
            and since_prev in ("、", "和", "及") and _listed_after(norm, c_lo, c.s)):
        # 每万人发明专利拥有量分别达到1.86、2.29、2.64、2.96件: the list's one metric
        metric, inherited = run.metric, True
    if (metric is None and paired is None and c.kind_hint == "money"
            and run.sent_lo >= _full_sentence_start(norm, s_lo)
            and _AMOUNT_ONLY.fullmatch(before_clause)
            and re.search(r"技术(?:交易)?合同", norm[max(run.sent_lo, run.end - 30) : c_lo])):
        # 新增技术合同登记217项,金额6.01亿元: the amount of the contracts just counted
        # (…技术交易合同21630件,比上年增长0.3%;合同金额1303.20亿元 too)
        metric, inherited = matcher.cat["tech_contract_value"], True
    if (metric is None and paired is None and c.kind_hint == "money"
            and run.money[0] == s_lo and run.money[1] is not None
            and _CHANGE_SINCE.search(before_clause)):
        # 研发投入456亿元,占全市30%,比“十二五”末提升172亿元: the change of that money
        pm = run.money[1]
        metric = matcher.stock_of(pm)
        inherited = change = True
    if metric is None and paired is None and c.kind_hint == "rank" and not (
        same_sent and run.end > c_lo - 1
    ) and c_lo - 1 > s_lo:
        # 总量达xxx家,全市第一: a rank after a clause whose figure is a placeholder
        pp_lo, _ = _bounds(norm, c_lo - 1, c_lo - 1, _CLAUSE_END, 120)
        if pp_lo - 1 > s_lo and _PLACES_ONLY.fullmatch(norm, pp_lo, c_lo - 1):
            # (强度仅次于绵阳、德阳,成都、攀枝花、宜宾,排名全省第六位: a list of places between)
            pp_lo, _ = _bounds(norm, pp_lo - 1, pp_lo - 1, _CLAUSE_END, 120)
        t_lo = max(pp_lo, s_lo, run.end if same_sent else 0)
        topic = matcher.find(norm, c, t_lo, c_lo - 1, sent) if t_lo < c_lo - 1 else None
        if topic and not (_RANK_IN.search(norm, t_lo, c_lo - 1)
                          and (_RANKING_LIST.search(norm, c_lo, c.s)
                               or _own_subject(_RANK_WORDS.sub("", before_clause)))
                          ) and not _own_count(before_clause, topic[0]):
            # (…企业数第10位,人均实际使用外资第10位: this clause names what it ranks)
            # (高企增幅居全省第一,合作指数排名全国第6: that clause had its own rank, this one
            # ranks an index; 比重排名全省第18,提升幅度全省第5 still ranks the share)
            metric, alias_at, alias_end = topic
    if metric is None and paired is None and c.kind_hint in ("count", "money") and c.unit:
        # the topic named in the clause just before, with no figure of its own (技术合同成交额
        # *万元,目前已完成1062万元: a placeholder, then the amount done)
        p_lo = c_lo - 1
        pp_lo, _ = _bounds(norm, p_lo, p_lo, _CLAUSE_END, 120) if p_lo > s_lo else (0, 0)
        if p_lo > s_lo and not (same_sent and run.end > pp_lo):
            t_lo = max(pp_lo, s_lo, run.end if same_sent else 0)
            topic = matcher.find(norm, c, t_lo, p_lo, sent) if t_lo < p_lo else None
            noun = re.match(r"(?!增至|增加|增长|发展|突破|提升|提高|达到|上升)[\u4e00-\u9fff]{2}",
                            norm[c.e : c.e + 2])  # (数量从5370家增至…: a verb, not a noun)
            # (…科普教育基地认定名单,86个单位上榜: 单位 are the list's holders, not a noun)
            listed = re.match(rf"单位(?:{_LISTED})", norm[c.e : c.e + 6])
            if noun and topic and noun.group() not in norm[t_lo:p_lo] and not listed:
                topic = None
            if topic and _own_subject(before_clause) and re.search(
                    r"企业|机构|平台|项目|基地|人才", before_clause):
                topic = None  # 重庆市科技型企业新增54家: its own population
            if topic and any(matcher.metric_of(a.group()) is topic[0] and (
                    a.end() <= c.s or _ALIAS_QUALIFIES.match(norm, a.end()))
                             for a in matcher.regex.finditer(norm, c_lo, c_hi)):
                # 组织申报高新技术企业61家, 指导266家企业完成国家高新技术企业申报: its own clause
                # names it, qualified
                topic = None
            if topic and c.kind_hint == "money" and not _DONE_ONLY.fullmatch(before_clause):
                topic = None  # 引导企业增加研发投入,研发费用突破6亿元: an amount of its own
            if topic and _names_another(norm, c.e, c_hi, (topic[0],), matcher):
                topic = None  # 95家企业完成全国科技型中小企业入库备案: another population
            if topic and _unit_group(topic[0].unit) == _unit_group(c.unit):
                metric, alias_at, alias_end = topic
    if (metric is None and paired is None and c.kind_hint == "count" and same_sent
            and run.metric is not None and run.end == c_lo - 1
            and re.fullmatch(r"[ ]*(?:达到|达)[ ]*", norm[c_lo : c.s])
            and _PASSED_BEFORE.search(norm, max(s_lo, run.end - 20), run.end)
            and _unit_group(run.metric.unit) == _unit_group(c.unit)):
        metric = run.metric  # 专利申请总量首次突破12万件,达到129820件: the level it passed
    level = _LEVEL_LEAD.fullmatch(norm, c_lo, c.s)
    if (metric is None and paired is None and c.kind_hint == "percent" and c_lo - 1 > s_lo
            and (level or _GROWTH_ONLY.fullmatch(norm, c_lo, c.s))):
        # the metric named in the clause before, when that clause states no figure of its own:
        # 研发投入强度连续6年增长,达5.62% (a share's level reached), 加大研发经费投入力度,全年
        # 增长10% (an amount's growth)
        pp_lo, _ = _bounds(norm, c_lo - 1, c_lo - 1, _CLAUSE_END, 120)
        if not (same_sent and run.end > pp_lo):
            t_lo = max(pp_lo, s_lo)
            topic = matcher.find(norm, c, t_lo, c_lo - 1, sent) if t_lo < c_lo - 1 else None
            if topic and (topic[0].unit == "%") == bool(level):
                metric, alias_at, alias_end = topic
    if (metric is None and paired is None and c.kind_hint == "count"
            and (same_sent or run.sent_lo >= _full_sentence_start(norm, s_lo))
            and run.metric is not None and _BARE_GRANTS.fullmatch(item_lead)):
        # 完成专利申请49件,授权38件: the grants of the applications just counted (after a ;
        # too: 专利申请量达到516件,…,居全市第二位;授权346件; and listed: 申请总量173件、授权159件)
        grants = _GRANTS_OF.get(run.metric.id)
        if grants is not None:
            metric, inherited = matcher.cat[grants], True
    if (metric is None and paired is None and c.kind_hint == "count"
            # (申报高新技术企业55家,首批认定14家: a batch certified)
            and re.fullmatch(r"(?:全年|年度|今年|当年)?(?:首批|第[一二三四]批)?"
                             r"(?:新认定|通过认定|获得认定|获认定|认定"
                             r"|(?:评审通过|通过评审)(?:企业)?(?:数量|数)?)",
                             before_clause.strip())):
        # 组织50余家企业申报高新技术企业,新认定18家: the applications named before, certified
        # (高新技术企业注册申报数8170家,评审通过企业数量1531家: those that passed review)
        if (certified := matcher.new_of_last_named(norm, s_lo, c_lo)) is not None:
            metric, inherited = certified, True
    if (metric is None and paired is None and c.kind_hint in ("count", "money")
            and c_lo == s_lo and s_lo > 1 and norm[s_lo - 1] == "。"
            and run.end < s_lo and _continues(before_clause)):
        # …做好2024年度全社会R&D经费年报工作。截止3月底已完成年报数据80.72亿元: a sentence
        # opening with a continuation cue and naming no subject of its own continues the
        # metric (and year) named in the sentence before, when that one stated no figure
        p_lo = max(max(norm.rfind(ch, 0, s_lo - 1) for ch in _SENT_END) + 1, s_lo - 400)
        if run.end <= p_lo:
            topic = matcher.find(norm, c, p_lo, s_lo - 1, norm[p_lo : s_lo - 1])
            if topic:
                metric, alias_at, alias_end = topic
                inherited = True
                if _explicit_year(norm, s_lo, c.s, doc_year) is None:
                    y = _explicit_year(norm, p_lo, alias_at, doc_year)
                    if y is not None:
                        run.carried_year = (s_lo, y)
    if metric is not None and c.kind_hint == "count" and (
            norm[c.e - 1] == "大" and "\u4e00" <= norm[c.e : c.e + 1] <= "\u9fff"
            or (c.value is not None and c.unit in _WHOLE_UNITS and c.value != int(c.value)
                and not metric.id.endswith("_per_10k"))):
        metric = None  # 十大模范院士专家工作站: a class; 5.67家 per thousand firms: a ratio
    if (metric is not None and paired is None and not inherited and c.kind_hint == "count"
            and alias_end <= c.s and _ABSTRACT_NOUN.match(norm, c.e)):
        metric = None  # 围绕高企培育,从…等六个方面提出18项措施: it counts aspects
    if (metric is None and paired is None and c.kind_hint == "multiple" and same_sent
            and run.metric is None and run.kind in ("share", "rate")
            and not _OWN_QUANTITY.search(before_clause)):
        # 成交额…303.93亿元,占全省47%,较“十二五”末期翻一番: the sentence's metric
        metric = run.last_metric()
        inherited = metric is not None
    if c.kind_hint == "rank" and _BOTH_RANKED.search(before_clause):
        metric = None  # 1.6件、120项,均居全省第三位: the rank of both, not of either alone
    if (metric is not None and c.kind_hint == "count" and "申报" in metric.not_after
            and _PENDING_AFTER.match(norm, c.e)):
        metric = None  # 高新技术企业5家准备复审: candidates for a review, not the count
    if (metric is not None and c.kind_hint == "count" and "申报" in metric.not_after
            and (_PENDING_BEFORE.search(norm, max(c_lo, c.s - 8), c.s)
                 or _APPLYING.fullmatch(norm, c_lo, c.s))):
        metric = None  # 需要复审的12家高企 (review candidates), …,拟申报25家 (applicants)
    if (metric is not None and inherited and metric.id in matcher.flow_variant
            and _CERTIFIED_ASIDE.search(norm, max(c_lo, c.s - 12), c.s)):
        metric = matcher.flow_variant[metric.id]  # 高新技术企业147家(2017年认定80家)
    if metric is not None and c.kind_hint == "percent" and _CONTRIBUTION.search(before_clause):
        metric = None  # 对全省研发经费增长的贡献率为86.8%: a share of the growth, not the metric
    if metric is not None and c.kind_hint == "count" and _POOL_AFTER.match(norm, c.e):
        metric = None  # 156家高新技术企业进入科技金融重点企业库: members of a pool
    if metric is not None and not inherited and c.kind_hint in ("count", "money"):
        # a stock metric named with a flow cue → its "new_*" variant, and back
        metric = _flow_or_stock(norm, c, metric, (alias_at, alias_end), (s_lo, c_lo, c_hi),
                                run if same_sent else None, before_clause, matcher)
    if (metric is not None and metric.flow_of and c.kind_hint == "count"
            and "重新认定" in re.sub(r"\(含[^()]{1,8}\)", "", before_clause)
            and not _STOCK_CUE.search(before_clause)):
        # 重新认定国家高新技术企业6家: re-certified, neither new nor the stock (but 新认定(含
        # 重新认定)…85家 counts the new ones, the re-certified included)
        metric = None
    if (metric is not None and not metric.flow_of and metric.kind == "stock"
            and c.kind_hint == "count" and norm[max(0, c.s - 1) : c.s] == "等"):
        # 山东汇海医药、山东旭业新材料等5家省级高新技术企业: the firms named (…院士工作站等3家
        # 院士工作站入选福州市第六批…: the ones named this time, new)
        chosen = re.search(rf"{_LISTED}|获批|被(?:认定|命名)|通过(?:认定|评审)", norm[c.e : c_hi])
        metric = matcher.flow_variant.get(metric.id) if chosen else None
    if metric is not None and c.kind_hint in ("money", "percent") and _FIRM_THRESHOLD.match(
            norm, c.e):
        # 研发投入过5000万元的企业: a class of firms, not the district's total (研发投入强度在5%
        # 以上的制造业企业: nor its intensity)
        metric = None
    if (metric is None and paired is None and same_sent and c.kind_hint == "rank"
            and _AMOUNT_RANKED.fullmatch(before_clause)):
        # 高新技术企业数量达1200多家,约占全省的10%,增量及总量均位列全市第一: the count's rank
        # (past the share of another total between)
        metric = run.last_amount()
        inherited = metric is not None
    if metric is not None and c.kind_hint == "rank" and _EXAM_PASSED.match(norm, c.e):
        metric = None  # 以全国第5名的成绩通过科技部验收: the rank of an evaluation passed
    if metric is not None and _PLACES_COUNTED.match(norm, c.e):
        metric = None  # 高新技术企业在我省14个市州、122个县市区均有布局: places, not firms
        # (建成5G基站59353个、1233个乡镇和5947个行政村实现了覆盖: places, not stations)
    return metric, inherited, change


def find_figures(
    text: str,
    *,
    doc_type: str | None,
    doc_year: int | None,
    headings: Sequence[tuple[int, str]] = (),
    exclude_spans: Sequence[tuple[int, int]] = (),
) -> list[Figure]:
    """Every quantitative figure in ``text`` (sorted by char_start); see the module docstring."""
    tx = _Text(text, names=_matcher().regex)
    norm = tx.norm

    cands = _arabic(tx) + _chinese(tx) + _ranks(tx)
    # the bare numbers of | tables, read through their column headers
    # (and rows of a table laid out with spaces, or one cell per line under a text header)
    grid = {g.s: g for g in _keyed_cells(norm) + (_grid_cells(norm) if "|" in norm else [])
            + _spaced_cells(norm) + _stacked_cells(norm)}
    cands += [_grid_cand(g, norm) for g in grid.values()]
    cands.sort(key=lambda c: (c.s, -c.e, c.kind_hint != "rank"))
    # drop overlaps (keep the earliest, longest; a rank over a count of the same span: 52位)
    kept: list[_Cand] = []
    for c in cands:
        if kept and c.s < kept[-1].e:
            continue
        kept.append(c)
    kept = _share_list_unit(norm, _merge_ranges(norm, kept))

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
        # (read like the text: traditional script and pinyin glosses folded, 執(zhí)行情況)
        head = sorted((int(a), _Text(str(h)).norm) for a, h in headings)
        head_pos = [a for a, _ in head]
        use_orig_heads = True
    else:
        head = _detect_headings(norm)
        head_pos = [a for a, _ in head]
        use_orig_heads = False
    head_levels = [_heading_level(h) for _, h in head]
    head_top = min(head_levels, default=1)

    period_end = _five_year_end(norm, doc_type, doc_year)
    review_title = _review_title(norm, doc_type, doc_year)
    task_cells = sorted((_task_cells(norm) if "|" in norm else [])
                        + (_line_task_cells(norm) if "序号" in norm else []))
    # (2021年预计数,下同): every later figure of that year is projected too
    same_below = [(m.end(), int(m["y"]) if m["y"] else doc_year)
                  for m in _EXPECTED_BELOW.finditer(norm)]
    task_starts = [a for a, _ in task_cells]
    matcher = _matcher()
    figures: list[Figure] = []
    run = _Run()
    # unit group (or "money") → (end, metric) of the last count or money figure read
    last_of_unit: dict[str, tuple[int, Metric | None]] = {}

    for c in kept:
        o_s, o_e = tx.span(c.s, c.e)
        if excl and excluded(o_s, o_e):
            continue
        if _not_a_figure_cell(norm, c):
            continue
        s_lo, s_hi = _bounds(norm, c.s, c.e, _SENT_END, 400)
        c_lo, c_hi = _bounds(norm, c.s, c.e, _CLAUSE_END, 120)
        if (g := grid.get(c.s)) is not None and g.e == c.e:
            heads = _heading_context(head, head_pos, head_levels,
                                     o_s if use_orig_heads else c.s, head_top)
            status, ref_year = _status_year(norm, c, c.s if g.spaced else s_lo, "", doc_type,
                                            doc_year, heads, period_end)
            if g.spaced and "结转" in g.row_label and doc_year is not None:
                ref_year = doc_year  # 上年结转资金 0 0 0: this year's money, carried over
            figures.append(_grid_figure(g, c, tx, s_lo, s_hi, status, ref_year, doc_year))
            continue
        comparator = _comparator(norm, c, c_lo)

        # --- metric
        metric, inherited, change = _metric_of(norm, c, (s_lo, s_hi, c_lo, c_hi), run, matcher,
                                               doc_year)
        if metric is None and (part_of := _part_by_place(norm, c, last_of_unit)) is not None:
            metric, inherited = part_of, True  # 其中,长沙市233.82亿元、株洲市105.61亿元
        if metric is None and (listed := _place_list_metric(norm, c, s_lo, matcher)) is not None:
            metric, inherited = listed, True  # …R&D经费投入分别为苏州888.7亿元、南京578.8亿元
        if metric is None and (framed := _frame_metric(norm, c, matcher)) is not None:
            metric, inherited = framed, True  # 从高新技术企业增速看,…增幅达65%,从75家增加至124家
        if (metric is not None and not metric.id.endswith("_per_10k")
                and _PER_CAPITA_BEFORE.search(norm, max(0, c.s - 6), c.s)):
            metric = None  # 每万人33个5G基站: a density, not the count of stations
        same_sent = run.sent_lo == s_lo
        before_clause = norm[c_lo : c.s]
        base_aside = _BASE_ASIDE.search(norm, max(0, c.s - 12), c.s)
        unit = c.unit or (metric.unit if metric is not None else "")

        # --- kind
        kind = _kind_of(c, metric, before_clause, change, inherited, matcher)
        if kind == "share" and _RATE_AFTER.match(norm, c.e):
            kind = "rate"  # 以年均11.89%的速度增长
        if norm[c.s : c.e] in ("两位数", "三位数"):
            kind = "rate"  # 连续四年保持两位数增长: a growth of the figure's metric before it
            # (全市高新技术企业连续四年保持两位数增长: the metric its own clause names, read as a
            # rate's; else the figure's before it)
            own = matcher.last_alias_before(norm, c_lo, c.s)
            if own and re.match(r"(?:的)?(?:增长|增速|增幅)", norm[c.e :]) and not re.search(
                    r"\d+个(?:市|区|县|城市)", norm[c_lo : own.start()]):
                # (not …6个市的研究与试验发展经费实现两位数增速: each of those places')
                metric, inherited = matcher.metric_of(own.group()), False
            elif metric is None and same_sent and run.metric is not None:
                metric, inherited = run.metric, True

        # --- status and reference year
        heads = _heading_context(head, head_pos, head_levels,
                                     o_s if use_orig_heads else c.s, head_top)
        if review_title is not None:
            heads.append(review_title)
        status, ref_year = _status_year(
            norm, c, s_lo, before_clause, doc_type, doc_year, heads, period_end
        )
        if status == "actual" and any(at <= c.s and y == ref_year for at, y in same_below):
            status = "expected"
        if task_cells and status == "actual":
            k = bisect.bisect_right(task_starts, c.s) - 1
            if k >= 0 and c.e <= task_cells[k][1]:
                status = "target"  # the 工作任务 column of a progress table
        if run.carried_year[0] == s_lo and _explicit_year(norm, s_lo, c.s, doc_year) is None:
            ref_year = run.carried_year[1]
        if (c.unit in _AREA_UNITS and status != "actual" and _AREA_FACT.search(before_clause)
                and not _ACTUAL_AGAINST.match(norm, c.e)  # (规划面积…亩,实际完成…亩: the plan)
                and not re.search(r"力争|目标|确保|争取|计划|新增|扩大|达到|到(?:19|20)\d{2}年",
                                  norm[s_lo : c.s])
                and not _EXPECTED_CUE.search(norm, s_lo, c.s)):
            # 所辖313.5平方公里: the area governed is a fact, not a target (but 力争到2025年底,
            # 全市建成孵化载体总面积1000万平方米以上: the aim opens the sentence; 预计总投资2亿元,
            # …总建筑面积约1.2万平方米: a projection's)
            status = "actual"
            if _explicit_year(norm, s_lo, c.s, doc_year) is None and doc_year is not None:
                ref_year = doc_year
        period_base = _PERIOD_BASE.search(norm, max(c_lo, c.s - 24), c.s)
        if period_base and c.kind_hint != "rank":
            status = "actual"  # 从“十三五”期末的6527亿元起步: the base, at the period's end
            ref_year = _FIVE_YEAR_END.get(period_base.group(1), ref_year)
        base_from = _FROM_BASE.search(norm, max(c_lo, c.s - 12), c.s)
        if base_from and _BASE_TO.match(norm, c.e):
            # (总数由全省倒数第1提升到第12位: a rank moved from, at the base year too)
            # 从2015年的1.42万亿元增长到…: the base is what was, in the base year
            status = "actual"
            ref_year = _base_year(norm, c, s_lo, base_from, period_end, ref_year)
            if ref_year is not None and doc_year is not None and ref_year > doc_year:
                ref_year = doc_year  # 到2020年,…高新技术企业由30家增加到58家: the base is now
        elif (rng := _YEAR_RANGE.search(norm, s_lo, c.s)) and _REACHED.search(
                norm, max(s_lo, c.s - 40), c.s):
            ref_year = int(rng.group(2))  # 2011-2015年,…从60亿元增加到119.15亿元: the range's end
        compared = _COMPARED_BASE.search(norm, max(c_lo, c.s - 12), c.s)
        if compared is None and (_CHANGE_AFTER.match(norm, c.e) or c.kind_hint == "rank"):
            compared = _COMPARED_BASE_BARE.search(norm, max(c_lo, c.s - 12), c.s)
        if compared is not None:
            # 较2016年的6938家: then; 较上年的215亿元: the year before the sentence's
            status = "actual"
            if compared.group(1):
                ref_year = int(compared.group(1))
            elif ref_year is not None:
                ref_year -= 1
        if base_aside and norm.startswith(")", c.e):
            status = "actual"
            if base_aside.group(3):
                ref_year = ref_year - 1 if ref_year is not None else None  # 比上年(1.12%)
            else:
                ref_year = (int(base_aside.group(1)) if base_aside.group(1)
                            else _FIVE_YEAR_END.get(base_aside.group(2), ref_year))
        if (noted := _YEAR_NOTE_AFTER.match(norm, c.e)) is not None:
            ref_year = int(noted.group(1))  # 科技进步贡献率…增长到57.3%(2017年值): its year
        if (listed_year := _year_of_listed(norm, c, s_lo, c_lo)) is not None:
            ref_year = listed_year  # 2015-2018年,…分别29.92、29.64、33.57、30.75亿元: one a year
        if inherited and same_sent and run.status == "expected":
            status = "expected"  # 将达1850家,同比增长25.4%: the rate of a projection
        full_lo = _full_sentence_start(norm, s_lo)
        parts, parts_year = _parts_year(norm, full_lo, c.s, doc_year, run.sent_years)
        if parts and not (compared is not None and compared.group(1)):
            # (其中,…1494项,比2023年的1225项: a base value keeps the year it names)
            ref_year = parts_year
        run.sent_years[full_lo] = ref_year

        # --- quote
        oq_s, oq_e = tx.span(*_quote_span(norm, c, s_lo, s_hi))

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
        if c.kind_hint in ("count", "money"):
            last_of_unit["money" if c.kind_hint == "money" else _unit_group(c.unit)] = (c.e, metric)
        if metric is not None or not (_in_aside(norm, c, c_lo) or (
                c.unit in ("位", "个位次", "个名次")
                and _PLACES_MOVED.search(norm, max(0, c.s - 4), c.s)) or (
                c.kind_hint == "points" and _GROWTH_RATE_GAP.search(norm, c_lo, c.s))):
            # (132.0件(按…2153.6万常住人口计算)位居全国第一名: an aside's figure, 排名前进2位
            # 至第14位: the places moved, and 增速回落10.6个百分点: the rate's own change, do
            # not take the place of the figure before)
            run.note(c, s_lo, metric, kind, status)
    _DELIMS.clear()
    figures.sort(key=lambda f: (f.char_start, f.char_end))
    return _headlines_as_below(text, figures)


def _headlines_as_below(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure bracketed alone on its line (【4.9件】) heads the paragraph that states it: it
    takes the metric of the first figure below that repeats it (its year stays the page's)."""
    out = list(figures)
    for i, f in enumerate(out):
        if not (text[f.char_start - 1 : f.char_start] == "【" and text[f.char_end : f.char_end + 1]
                == "】" and f.metric == "unclassified"):
            continue
        for g in out[i + 1 :]:
            if g.char_start - f.char_end > 400:
                break
            if g.raw.startswith(f.raw) and g.metric != "unclassified":
                out[i] = replace(f, metric=g.metric, metric_zh=g.metric_zh)
                break
    return out
