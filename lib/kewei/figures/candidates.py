"""Spot candidate figures: Arabic numbers, quantifying Chinese numerals, ranks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kewei.figures.patterns import (
    _ARABIC,
    _CHINESE,
    _CLAUSE_END,
    _CN_ONE,
    _CN_ONE_CLOSING,
    _ENTER_VERBS,
    _MONEY_UNITS,
    _NAMED_RANK,
    _NUM,
    _PLACES_FOLLOW,
    _RANK,
    _RANK_ITEM,
    _RANK_NO_DI,
    _REGISTRATION_CLASSED,
    _SCALES,
    _SET_PHRASE,
    _TOP_RANK,
    _UNIT_RE,
    _cn_value,
    _num,
)
from kewei.figures.text import _Text


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
    line = norm[norm.rfind("\n", 0, s) + 1 : s]
    # (新培育省级 " 专精特新 " 企业 7 家: straight quotes pair up; an even count has closed them)
    straight = left.rfind("\"") if line.count("\"") % 2 else -1
    # (“聚力‘八个新突破’”: single quotes inside double ones too)
    i = max(left.rfind("“"), straight, left.rfind("「"), left.rfind("‘"))
    if i < 0 or "”" in left[i + 1 :] or "」" in left[i + 1 :] or "’" in left[i + 1 :]:
        return False
    right = norm[e : e + limit]
    closes = ((right.find("’"),) if left[i] == "‘" else
              (right.find("”"), right.find("\""), right.find("」")))
    j = min((k for k in closes if k >= 0), default=-1)
    quoted = left[i + 1 :] + right[:j]
    # (the statement's verb stands before the count: “六个突破” is a slogan)
    statement = re.search(r"新增|新建|建成|达到|超过|完成|实现|突破", left[i + 1 :])
    if j >= 0 and "、" not in quoted and statement:
        return False  # “新增龙煜铜管等两家市级院士专家工作站”: a quoted statement, no slogan
    if j >= 0 and re.search(r"[((][^))]*[,,][^))]*[))]", quoted):
        return False  # “高新技术企业数量(51家,增长11.36%)”: an indicator quoted with its data
    if j >= 0 and re.search(r"[,,;;。]", quoted) and (norm[s].isdigit() or "。" in quoted):
        # “去年,我们兑现政策资金1.8亿元。”, “3个全部进入…,其中1个进入…”: a sentence quoted,
        # no slogan (but “聚焦一个中心,打造两个高地” is one)
        return False
    return j >= 0 and "“" not in right[:j]


def _inside_title(norm: str, s: int, e: int, limit: int = 60) -> bool:
    """Inside a title 《五大产业综合体建设促…》: part of a name, not a figure of this text."""
    left = norm[max(0, s - limit) : s]
    i = left.rfind("《")
    if i < 0 or "》" in left[i + 1 :] or "\n" in left[i + 1 :]:
        return False
    right = norm[e : e + limit]
    j = right.find("》")
    return j >= 0 and "《" not in right[:j] and "\n" not in right[:j]


# Policy nicknames: 人才18条, 科创22条, 金融十条 name a policy document, they count nothing.
_POLICY_TOPIC = re.compile(
    r"(?:人才|科创|科改|科技|金融|产业|双创|招商|营商|惠企|稳岗|新政|政策|创新|经济|黄金|发展)[”\"]?$")
# 创新发展“21条”新政: the policy named after its number of articles
_POLICY_AFTER = re.compile(r"[”\"](?:新政|政策|措施|意见|举措)")


# 共发布政策11条, 《…办法》等科技政策10条: policies counted, not a nickname
_POLICIES_COUNTED = re.compile(r"(?:等|共(?:发布|出台|制定|修订|转发|梳理))(?:科技)?政策$")


def _is_policy_nickname(norm: str, s: int, unit: str, e: int | None = None) -> bool:
    if unit == "条" and (_POLICIES_COUNTED.search(norm, max(0, s - 8), s) or (
            e is not None and norm.startswith(("措施", "举措"), e))):
        return False  # (出台服务民营经济高质量发展21条措施: the measures counted)
    return unit == "条" and bool(_POLICY_TOPIC.search(norm[max(0, s - 3) : s]) or (
        e is not None and _POLICY_AFTER.match(norm, e)))


# 76个光子的原型机, 66个超导量子比特: the specification in a device's name
_DEVICE_SPEC = re.compile(r"(?:光子|量子比特|超导量子比特|超导比特|比特|原子|离子)(?:的|量子)")


def _is_name_context(norm: str, s: int, e: int) -> bool:
    if norm[e - 1 : e] == "个" and _DEVICE_SPEC.match(norm, e):
        return True
    before = norm[s - 1] if s > 0 else ""
    after = norm[e] if e < len(norm) else ""
    counted = "\u4e00" <= norm[e - 1 : e] <= "\u9fff"  # 2家A类基地, 10家A股公司: a count
    if before and (before.isascii() and (before.isalpha() or before in "+*#/_.&@-")) and not (
            before in "-+" and s >= 2 and "\u4e00" <= norm[s - 2] <= "\u9fff"
            and (before == "-" or counted)) and not (
            norm[max(0, s - 3) : s].upper() in ("GDP", "R&D") and (counted or norm[e - 1] == "%")):
        return True  # (H-5, 7*24; but 新认定3家-5家: a range after a measure word; 高于全省
        # GDP5.8个百分点: a figure after the abbreviation it is compared with; 形成2个市级+2个
        # 区级梯次推进格局: counts joined by +)
    if after and after.isascii() and (after.isalpha() or after in "+*#_") and not counted:
        return True
    if before == "【" and after == "】" and norm[max(0, s - 2) : s - 1] in ("", "\n") and (
            norm[e + 1 : e + 2] in ("", "\n")):
        return False  # 【4.9件】 on a line of its own: a headline figure, repeated below it
    if (before and before in "〔[【") or (after and after in "〕]】" and not (
            counted and "【" not in norm[max(0, s - 6) : s])):
        return True  # ([12], 【精彩4篇】; not 【…用户达3053.3万户】: a headline's figure)
    if re.search(r"(?:ID|编号|索引号|文号|代码)[::]?[ ]*$", norm[max(0, s - 8) : s], re.IGNORECASE):
        return True  # ID:946728, 索引号:…: an identifier
    if re.search(r"(?:项目|企业|产品)?名称(?:为|是)?[::]?[ ]*$", norm[max(0, s - 8) : s]):
        return True  # 项目名称2万吨/年…胶粉项目: the number opens a name
    if before in _MODEL_PREFIX and not counted and (after == "" or after in "、,,和与及"):
        return True  # 运20、C919大飞机: an aircraft's designation
    return False


# an ordinal listed before (第一、二批, 第十一、十二批, 第3、4批): the next number is an ordinal
# too, for Arabic and Chinese numerals alike
_ORDINAL_LISTED = re.compile(r"第(?:\d{1,3}|[一二三四五六七八九十百]{1,4})[、,和及与至到~-]$")
_PLACE_WORDS = ("位", "名")  # (位居第二、三位: places, listed)
# the first character of Chinese aircraft designations (运20, 歼20, 直20, 轰6)
_MODEL_PREFIX = frozenset("运歼直轰")


# an index's score or base value, bare before a bracket: 综合得分为374.0(2013年为基期,基准值100)
_SCORE_BEFORE = re.compile(r"(?:得分|指数|基准值|基期值|基数)(?:为|是|达到|达)?$")
# a bare number (no unit) is a figure before these: 创新指数达到160以上
_BARE_POST = ("以上", "以下", "左右", "及以上")
# 6000米级深海浮标: a device's class, not a length
_SPEC_UNITS = frozenset({"米", "公里", "千米", "吨", "千瓦", "兆瓦"})
# 获得内蒙十大科技名牌产品: a 十大 that names an award's title
_AWARD_LEAD = re.compile(  # (入选2023年度国内十大科技新闻: the award year between)
    # (入选全国特色产业培育10大案例: in digits too, after a longer scope)
    r"(?:获得|荣获|入选|评为|获评|当选)(?:(?:19|20)\d{2}年度?)?[^,,。;:\d]{0,10}$")


def _award_title(norm: str, s: int) -> bool:
    """Whether an N大 at ``s`` follows 入选/获得… and so names an award's title (入选全国特色产业
    培育10大案例, 获得内蒙十大科技名牌产品), a class, not a count."""
    return _AWARD_LEAD.search(norm, max(0, s - 20), s) is not None


# a bare number right after a counted noun: the measure word was lost in extraction
_COUNTED_NOUN_END = re.compile(r"(?:企业|中心|机构|平台|基地|实验室|孵化器|众创空间|工作站)$")
_LEVEL_VERB_END = re.compile(r"(?:达到|达|突破|超过|增至|增加到|提高到|提升至)$")
# 市人大代表建议20(主办6件,会办14件), 议案1(为会办件): a count whose measure word only its
# bracketed breakdown states
_BREAKDOWN_AFTER = re.compile(r"\([\u4e00-\u9fff]{0,4}\d*[件项]")
_NOT_LOST_UNIT = "年月日号楼层期届批次强佳位名"  # 企业30强, 中心1号楼: not a lost measure word
_INSTITUTE_OK = re.compile(
    r"(?:学校|医院|高校|院校|大学|中学|小学|初中|高中|中职|幼儿园|所|机构|学院|研究院|中心|站|之家"
    r"|教育|[)）]|[等有共达为计约近]|[^\u4e00-\u9fff]"  # (民办高等教育77所, 初中339所, 等4所)
    r"|年的|[到至])$"  # (高校从2016年的2所增加到12所: a count before and after its change)
)
_INSTITUTE_NEXT = re.compile(  # (4所京津高校: a place may name the schools first)
    r"(?:[\u4e00-\u9fff]{2}(?=高校|院校|大学))?"
    r"(?:高校|高等|学校|大学|医院|中小学|中学|小学|幼儿园|院校|科研|研究|职业|学院|中职|职校|“|"
    r"重点|知名|高水平|市级|区级|国家|省级|农村|乡村|城区|公办|民办|初中|高中)"
)


def _is_institute_name(norm: str, s: int, e: int) -> bool:
    """``中国电科32所与…``: a numbered institute, not a count of institutions (``3所高校``,
    ``新建学校3所`` are counts)."""
    if _INSTITUTE_NEXT.match(norm, e):
        return False
    return s > 0 and not _INSTITUTE_OK.search(norm[max(0, s - 4) : s])


_COUNTER_LEAD = re.compile(r"(?:点击|浏览|阅读)数?[::]$|\(剩余$")  # (not 100人参与培训)
_PAGE_COUNTER = re.compile(r"人参与[,,][ ]*(?:\d+条评论|点击)|条评论|人评论|次浏览|人点赞")
_MONEY_WORDS = re.compile(
    r"额|资金|投资|收入|经费|税收|产值|营收|成本|金额|贷款|融资|补贴|奖励|扶持|支出|投入|总值"
)


_MONEY_RANGE_END = re.compile(
    r"[至到~\-—–][ ]*\d+(?:\.\d+)?(?:万亿|千亿|千万|百万|十万|万|亿|千)?元")


def _money_context(norm: str, s: int, e: int) -> bool:
    """A scaled number without a unit (12.5亿) is money when its clause speaks of money."""
    if _MONEY_RANGE_END.match(norm, e):
        return True  # 5万至10万元, 1亿~2亿元: the low end of a range whose high end is money
    if re.match(r"[\u4e00-\u9fffA-Za-z]", norm[e : e + 1]) and not norm.startswith(
            ("以上", "左右", "以内", "大关"), e):
        return False  # 1.4亿人口: another unit follows (not 年均增长100亿以上, 打破9千亿大关)
    w = max(0, s - 40)
    lo = max(norm.rfind("。", w, s), norm.rfind(";", w, s), norm.rfind("\n", w, s), w)
    return bool(_MONEY_WORDS.search(norm, lo, s))


_PEOPLE_AFTER = re.compile(
    r"(?:居民|群众|市民|村民|学生|师生|观众|游客|青少年|儿童|老人|职工|员工|志愿者|听众|读者)"
)


# a measure word that begins a word with the next character: 台阶 (steps), 支持 (support)
_WORDS_NOT_UNITS = frozenset({("台", "阶"), ("支", "持")})

# units of things counted whole: a value with decimals in them is a section number or a ratio
_WHOLE_UNITS = frozenset("家个项件人名所座台套次户株")


def _arabic(tx: _Text) -> list[_Cand]:
    norm = tx.norm
    out: list[_Cand] = []
    bare_end = -2
    for m in _ARABIC.finditer(norm):
        s, e = m.start(), m.end()
        if s > 0 and (norm[s - 1].isdigit() or norm[s - 1] == "."):
            continue
        n1, n2, unit, scale = m["n1"], m["n2"], m["unit"] or "", m["scale"] or ""
        if not (unit or scale) and m["paren"]:
            unit = m["paren"][1:-1]  # 30066(人年): the measure word in brackets
        if (unit == "大" and norm.startswith(("关", "小"), e)) or (
                (unit, norm[e : e + 1]) in _WORDS_NOT_UNITS):
            # 跨越10000亿大关, 大小, 迈上5万亿台阶, 两亿支持“双创”: a word, not a measure word
            unit, e = "", e - 1
        elif unit == "部" and norm.startswith("分", e):
            unit, e = "部分", e + 1  # 由3部分组成: parts, not 3 units of 部
        elif unit == "大" and _award_title(norm, s):
            continue  # 入选全国特色产业培育10大案例
        elif unit == "起" and (re.fullmatch(r"(?:19|20)\d{2}", n1) or norm[s - 1 : s] in "自从"):
            continue  # 自2020起实施: where a period starts, not cases
        if unit == "个" and not scale and norm.startswith("亿", e) and not re.match(
                r"亿元?(?:以上|级)[\u4e00-\u9fff]", norm[e : e + 6]):
            # 技术交易额达2个亿: 亿 spoken with a measure word, money (not 30个亿元以上项目)
            scale, unit = "亿", "元"
            e += 2 if norm.startswith("亿元", e) else 1
        if unit == "人" and norm.startswith("大", e) and re.fullmatch(r"(?:19|20)\d{2}", n1):
            continue  # 2023 人大 科技工作汇报: a year before 人大 (the people's congress)
        if unit == "名" and norm.startswith(("单", "录"), e) and re.fullmatch(
                r"(?:19|20)\d{2}", n1):
            continue  # 百强区2023名单: a year before 名单 (the list), no headcount
        numeric_end = m.end("n2") if n2 else m.end("n1")
        before = norm[s - 1] if s > 0 else ""
        # names and codes: G60, 5G, IPv6, 1+7+N, 7*24, 〔2024〕
        # a signed rate (同比增长-11.7%): the sign belongs to the figure
        signed = before != "" and before in "+-−" and unit in ("%", "个百分点", "百分点") and (
            s < 2 or not (norm[s - 2].isascii() and norm[s - 2].isalnum())
        ) and not n2
        if not signed and _is_name_context(norm, s, numeric_end if not (unit or scale) else e):
            continue
        if before == "每" and (scale or unit in ("人", "名", "户")) and n1 in ("1", "10", "100"):
            # 每1万从业人员, 每10万人: a denominator, as 每万人 is (平均每94.79万人拥有一个: the
            # people per venue, a figure)
            continue
        if unit == "个点" and norm.startswith("位", e):
            unit, e = "个", e - 1  # 41个点位: sites counted (个), not percentage points
        if unit == "个" and (norm[e : e + 1] == "月" or norm[e : e + 3] in ("工作日", "工作天")
                            or norm.startswith("季度", e)):
            continue  # 3个月, 5个工作日, 连续13个季度: durations
        if _CSS_VALUE.search(norm, max(0, s - 12), s):
            continue  # .tjewm{width:100%;…}: a style sheet's value in the page's text
        if unit == "分" and norm[e : e + 1] in tuple("享钟别析类期批配布支"):
            continue  # 0\n分享至, 5分钟: the 分 of another word
        if n1 in ("985", "211") and re.match(
                r"[、和/]?(?:985|211)?(?:工程)?(?:高校|院校|大学|工程)", norm[e:]):
            continue  # 985、211高校: the names of two university programmes
        if _PAGE_COUNTER.match(norm, e - len(unit)) or _COUNTER_LEAD.search(
                norm[max(0, s - 4) : s]):
            continue  # 评论 0人参与,0条评论, 点击数:85次: a web page's own counters
        if (unit in _SPEC_UNITS and norm.startswith(("级", "口径"), e)) or norm.endswith(
                "时速", 0, s):
            # 6000米级深海浮标, 时速400公里的动车组, 500米口径球面射电望远镜: a device's class,
            # speed or size, no count
            continue
        if unit == "岁" and (norm.endswith("年龄在", 0, s) or _AGE_BAND.match(norm, m.end())):
            # 年龄在40岁左右: describes the people counted before (平均年龄11.2岁 counts);
            # 18—29岁和30—39岁年龄段: the bands a survey reports by
            continue
        if unit == "所" and _is_institute_name(norm, s, e):
            continue  # 中国电科32所: a research institute's name
        if m["u1"] and unit != "%":
            continue
        if (unit in _WHOLE_UNITS and "." in n1 and not n2 and not scale
                and (s == 0 or norm[s - 1] == "\n") and re.fullmatch(r"\d{1,2}\.\d{1,4}", n1)):
            dot = n1.index(".")
            s, n1 = s + dot + 1, n1[dot + 1 :]  # 2.6家企业申报: section 2, then 6家
            # (not 6.95万件 opening a line: 万 scales a fraction)
            before = "."
        if before == ":" and s >= 2 and norm[s - 2].isdigit():
            continue  # 08:27:21, a clock time
        if unit == "期" and before == "年":
            continue  # 2023年19期: an issue number
        if unit == "点" and "." not in n1 and not _SCORE_BEFORE.search(norm, max(0, s - 8), s):
            # 综合指数达117.05点, 以2018年基数为100点: an index's points; 8点30分 is no count
            unit, e = "", e - 1
        if unit == "分" and (norm[e : e + 1] in "钟局行别公厂院校会所期批类" or before == "第"
                            or re.match(r"之[\d一二三四五六七八九十]", norm[e : e + 2])
                            or (before == "点" and s >= 2 and norm[s - 2].isdigit())):
            # 得分为98.2分 is a score (so is 90分之间); 30分钟, 1分公司, 3分之1 (a fraction),
            # 8点30分 (a clock) are not
            continue
        if unit == "类" and norm.startswith(_REGISTRATION_CLASSED, e):
            continue  # 获批1类创新药11个: a drug's registration class, a name
        if unit == "个" and re.match(r"多?月", norm[e : e + 2]):
            continue  # 该计划实施5个多月来: a duration
        if unit == "P" and not re.search(r"算力[^。;;]{0,24}$", norm[max(0, s - 30) : s]) and (
                not norm.startswith("算力", e)):
            continue  # 算力规模80P, 5000P算力 (not a screen's 1080P)
        if unit == "t" and re.match(r"(?!以上|以下|左右)[\u4e00-\u9fff]", norm[e : e + 2]):
            continue  # 105t纯电动矿卡: a truck's load in its name (毛竹笋3万t以上 is tonnes)
        if unit == "天" and not re.search(r"天数[达到为有共计近约超]*$", norm[max(0, s - 12) : s]):
            continue  # 365天 is a duration; 优良天数达到353天 counts days
        if (before == "第" or (unit not in _PLACE_WORDS and _ORDINAL_LISTED.search(
                norm, max(0, s - 8), s)) or _is_policy_nickname(norm, s, unit, e)
                or (not unit and norm[max(0, s - 2) : s] in ("附件", "附表", "附图"))):
            # (详见附件1: an annex's number)
            continue
        if re.fullmatch(r"0\d", n1) and not norm[norm.rfind("\n", 0, s) + 1 : s].strip():
            continue  # 01多项主要指标进展总体符合预期: a heading's number opening its line
        if scale == "千" and not unit and norm.startswith("伏", e):
            continue  # 研制110千伏户外变压器: a voltage class, no quantity
        if unit == "次" and before == "届":
            continue  # 市政府五届77次常务会议: a session's number
        if unit == "项" and norm.startswith("目", e):
            continue  # 承担国家863项目4个: the 项 of 项目 (a programme's name), no measure word
        if unit in ("大", "大类") and norm[e : e + 2] in ("精神",):
            continue
        if _inside_title(norm, s, e):
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
            if _NUMBERED_NAMES.match(norm, e):
                continue  # 地铁1、3、6号线: names numbered in a list
            listed = before == "、" and bare_end == s - 1 and (nxt in ",;。、和" or e == len(norm))
            # 分别高于全国平均水平0.12和0.10个百分点: a pair that states its unit once, after both
            listed = listed or bool(_PAIRED_NEXT.match(norm, e))
            lost = bool(_COUNTED_NOUN_END.search(norm, max(0, s - 6), s)) and (
                nxt in "\n" or ("\u4e00" <= nxt <= "\u9fff" and nxt not in _NOT_LOST_UNIT)
            ) and "." not in n1  # 科技型中小企业179雏鹰企业40: a measure word lost in extraction
            # (…580家以上,总数达到1700\n: a level whose measure word the line break lost)
            lost = lost or (nxt in ("\n", "")
                            and bool(_LEVEL_VERB_END.search(norm, max(0, s - 4), s)))
            if not listed and not (
                before
                and "\u4e00" <= before <= "\u9fff"
                and before not in "第年月日号届期版表图"
                and (nxt in ",;。、" or norm.startswith(_BARE_POST, e) or lost
                     or (nxt in "()" and _SCORE_BEFORE.search(norm, max(0, s - 8), s))
                     or _BREAKDOWN_AFTER.match(norm, e))
                and not re.fullmatch(r"(?:19|20)\d{2}", n1)
                and not n2
            ):
                continue
            bare_end = e  # 依次为331.6、287.3、272.2和476.5: the list's later items too
        lo, hi = _num(n1), (_num(n2) if n2 else None)
        if signed and before in "-−":
            s, lo = s - 1, -lo
        mult = _SCALES.get(scale, 1.0)
        approx = bool(m["mod1"] or m["mod2"])
        kind_hint = "count"
        if not unit and scale == "亿" and norm.startswith("级", e):
            if "\u4e00" <= norm[e + 1 : e + 2] <= "\u9fff":
                continue  # 一批100亿级产业集群: a class of clusters, not a figure
            e, unit = e + 1, "元"  # 产业集群达到2000亿级: the level reached (as 千亿元级)
        elif not unit and scale in ("亿", "万", "万亿", "千亿", "千万", "百万") and (
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
            if norm[e : e + 1] in ("多", "余") and e < len(norm):
                approx = True  # 增长4倍多: about, the 多 after the measure word left out of raw
        elif unit == "万平方米":
            out_unit, mult = "平方米", mult * 1e4
        elif unit in ("平米", "㎡"):
            out_unit = "平方米"  # 3000平米, 204㎡: square metres, written short
        elif unit.lower() in ("gw", "gwh", "mw", "mwh", "kw", "kwh"):
            out_unit = ("k" if unit[0] in "kK" else unit[0].upper()) + "W" + unit[2:].lower()
            # (45gw, 46GWH, 300kw: GW, GWh, kW)
        elif unit in ("大", "大类"):
            out_unit = "类" if unit == "大类" else "个"
        else:
            out_unit = "人" if people else unit
        if m["per"]:
            out_unit += m["per"]  # 154.19人年/万人
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


# the low end of a range in Chinese numerals: 三到五个, 两至三家 (not 第三到五个)
_CN_RANGE_LOW = re.compile(
    r"(?<![第十百千万])(?P<lo>[一两二三四五六七八九]|十[一二三四五六七八九]?)[到至~-]$")


# places as measure words, counted where the text counts them: after a list of places (北京、上海
# …等29省市, 河南、福建两省), a whole (全国31省份, 西部12省市自治区), 共有, 辖 or 这, or before
# 上榜/入围 (安徽3地上榜, 深圳市共有八区上榜); not 三省一市, a region's name, nor 两区 as a name
_PLACES_COUNTED = re.compile(
    r"(?:(?<=等|这|這|辖|轄)|(?<=共有|全国|全國|西部|东部|東部)"  # (not 中部六省, a name)
    r"|(?<=[\u4e00-\u9fff][、和及][\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff][、和及][\u4e00-\u9fff]{3})"
    r"|(?<=\d[镇鎮乡鄉])"  # (辖7镇9乡: the next place of a count of places)
    r"|(?=[\d两二三四五六七八九十]{1,2}(?:省市自治区|省市自治區|省份|省市|省|市|区|區|县|縣|地|城)"
    r"(?:上榜|入围|入圍|跻身|躋身)))"
    r"(?P<n>\d{1,2}|[两二三四五六七八九]|十[一二三四五六七八九]?|[二三]十[一二三四五六七八九]?)"
    # (新郑、…、中牟8县市上榜: counties and county-level cities counted together)
    r"(?P<unit>省市自治区|省市自治區|省份|省市|省|县市|縣市|市(?![场民级委长政区县])|区(?![域级块])"
    r"|區(?![域級塊])|县(?![域级])|縣(?![域級])|地(?![区方市级])|城(?![市区镇乡])|镇(?![街级])|鎮"
    r"|乡(?![镇村级])|鄉)"
    # (not 三省一市, nor 环城四区、外围五区四大板块: groups named in a list of groups)
    r"(?!一[省市区县]|、|[一二三四五六七八九十]大)"
)


def _chinese(tx: _Text) -> list[_Cand]:
    norm = tx.norm
    out: list[_Cand] = []
    for m in _CHINESE.finditer(norm):
        s, e = m.start(), m.end()
        cn, unit = m["cn"], m["unit"]
        nxt = norm[e : e + 2]
        big_pass = nxt[:1] == "关" and cn[-1] in "百千万亿"  # 突破千亿大关 (三大关键词 counts)
        if unit == "大" and (nxt.startswith("精神") or big_pass
                            or norm[max(0, s - 2) : s] == "党的"):
            continue
        if (unit in ("家", "个") and cn in ("万", "千", "百") and not m["mod"]
                and norm[s - 1 : s] not in "近约超逾上达破过到" and "\u4e00" <= nxt[:1] <= "\u9fff"
                and not nxt.startswith(("以上", "左右"))):
            continue  # 千家工商注册企业中…: a denominator (not 力争达到千家以上)
        if unit == "名" and cn in ("万", "千", "百") and norm[s - 1 : s] not in "近约超逾上达":
            continue  # 万名从业人员专利授权量: a denominator
        if unit == "人" and not m["mod"] and (
            cn not in ("万", "千", "百") or s == 0 or norm[s - 1] not in "近约超逾上达"
        ):
            continue  # 万人发明专利拥有量 is a denominator, 千人计划 a name; 近万人 a count
        if s > 0 and norm[s - 1] in "每数几":
            continue  # 每万人 is a denominator; 数十家 is vague
        if unit not in (*_PLACE_WORDS, "大") and _ORDINAL_LISTED.search(norm, max(0, s - 8), s):
            continue  # 第十一、十二批: the 第 of the first ordinal reaches the next (位居第二、三位
            # lists ranks; 位居全市第三,十大行业…: N大 is never an ordinal)
        if (unit, nxt[:1]) in _WORDS_NOT_UNITS:
            continue  # 两亿支持“双创”, 迈上万亿台阶: a word, not a measure word
        if _is_policy_nickname(norm, s, unit, e):
            continue
        if unit == "个" and (norm[e : e + 1] in ("月", "工")
                            or norm.startswith(("会计年度", "年度", "季度"), e)):
            continue  # 三个月, 近三个会计年度: a duration
        if unit == "次" and (nxt in ("产业", "全会", "会议") or cn[:1] not in "两二三四五六七八九"
                             or _SESSION_LIST.search(norm, max(0, s - 30), s)
                             or _SESSIONS_AFTER.match(norm, e)):
            continue  # 三次产业 (the tertiary sector), 三次全会, 十届七次, 十一届三次、四次全会
        if unit == "大" and cn in ("十七", "十八", "十九", "二十") and (nxt.startswith(
            ("报告", "精神", "以来", "代表", "召开", "胜利", "和")
        ) or norm[max(0, s - 2) : s] in ("喜迎", "迎接")):
            continue  # 十八大报告: the party congress
        if unit == "项" and nxt[:1] == "目" and nxt[1:2] != "标":
            continue  # 过百亿项目: 项目 is a noun
        if unit == "位" and nxt[:1] == "数":
            continue  # 两位数增长: digits, not people
        if unit == "席" and norm[s - 1 : s] == "前":
            continue  # 包揽了前四席: the first places of a list, not a count of seats
        if unit == "大" and _award_title(norm, s):
            continue  # 获得内蒙十大科技名牌产品
        if unit == "个" and re.match(r"一(?:[”\"’]|(?![流定般样致些切直起同道体线级等类期号])"
                                    r"[\u4e00-\u9fff])", norm[e : e + 3]):
            continue  # 科技创新“六个一”工程, 五个一协同机制: a slogan's name (两个一等奖: a count)
        if unit == "期" and norm[s - 1 : s] != "分" and not cn.startswith("两") and not (
                norm.endswith(("开展", "举办", "举行", "组织", "培训"), 0, s)):
            continue  # 分三期建设 counts phases, 开展三期培训 rounds; 三期工程 names one (两期 is
            # never a name: 园区外两期兑现278232元)
        if unit == "所" and _is_institute_name(norm, s, e):
            continue  # 航天四十二所产品: a research institute's name
        if any(p.start() <= s < p.end() for p in _SET_PHRASE.finditer(norm, max(0, s - 4), e + 8)):
            continue
        if unit in ("大", "个", "类", "项", "种") and not (
                "\u4e00" <= nxt[:1] <= "\u9fff" or nxt[:1] == "“"
                or (unit != "大" and s > 0 and (norm[s - 1] in "共计获达近约逾有奖"
                                                 or norm.endswith(("分为", "分成"), 0, s)))):
            # (任务共四项,分别是…, 项目近万个,: a count closing its clause after 共;
            # 创新产品就有十多种。, 获得二等奖两项、: after 有, an award's count; 可分为三类。)
            continue
        if _inside_short_quote(norm, s, e) or _inside_title(norm, s, e):
            continue
        if len(cn) >= 2 and not re.search(r"[十百千万亿]", cn):
            # digits read one by one count nothing (中船重工七二五所 names a unit, 八一 a date),
            # but two rising ones are a loose range: 三四个, 七八家, 三五个 (never 34 or 35)
            lo_v, hi_v = (_cn_value(d) for d in cn[:2])
            if len(cn) == 2 and lo_v and hi_v and lo_v < hi_v:
                out.append(_Cand(s=s, e=e, value=None, low=lo_v, high=hi_v,
                                 unit="个" if unit == "大" else unit, kind_hint="count",
                                 comparator="range"))
            continue
        v = _cn_value(cn)
        if v is None:
            continue
        out_unit = "个" if unit == "大" else ("类" if unit == "大类" else unit)
        kind_hint = "count"
        if unit == "个" and norm.startswith("百分点", e):
            out_unit, kind_hint, e = "百分点", "points", e + 3  # 高出十二个百分点
        low = _CN_RANGE_LOW.search(norm, max(0, s - 4), s)
        if low is not None and (lo_v := _cn_value(low["lo"])) is not None and lo_v < v:
            out.append(_Cand(s=low.start(), e=e, value=None, low=lo_v, high=v, unit=out_unit,
                             kind_hint=kind_hint, comparator="range"))  # 建成三到五个
            continue
        out.append(
            _Cand(s=s, e=e, value=v, low=None, high=None, unit=out_unit, kind_hint=kind_hint,
                  comparator="approx" if m["mod"] else "eq")
        )
    for m in _PLACES_COUNTED.finditer(norm):
        n = m["n"]
        v = float(n) if n.isdigit() else _cn_value(n)
        if v is not None and v >= 2:  # 安徽3地上榜, 等29省市, 河南、福建两省: places counted
            out.append(_Cand(s=m.start(), e=m.end(), value=v, low=None, high=None,
                             unit=m["unit"], kind_hint="count", comparator="eq"))
    for m in _CN_ONE_CLOSING.finditer(norm):  # 仅立项一个;, 一二等奖各一项,: a count of one
        out.append(_Cand(s=m.start(), e=m.end(), value=1.0, low=None, high=None,
                         unit=m["unit"], kind_hint="count", comparator="eq"))
    for m in _CN_ONE.finditer(norm):
        s, unit = m.start(), m["unit"]
        if _inside_short_quote(norm, s, m.end()):
            continue  # “一个定位、四个着力、一个加快”: a slogan
        lo = max(norm.rfind(ch, 0, s) for ch in _CLAUSE_END) + 1
        if re.search(rf"(?:\d|[两二三四五六七八九十])[余多]?{unit}", norm[max(lo, s - 16) : s]):
            out.append(_Cand(s=s, e=m.end(), value=1.0, low=None, high=None, unit=unit,
                             kind_hint="count", comparator="eq"))
    for m in _CN_MONEY.finditer(norm):
        v = _cn_value(m["num"])
        if v is not None:  # GDP破四千亿元: money written in Chinese numerals
            out.append(_Cand(s=m.start(), e=m.end(), value=v / 1e8,
                             low=None, high=None, unit="亿元", kind_hint="money", comparator="eq"))
    return out


_CSS_VALUE = re.compile(r"[a-z][a-z-]*:[ ]*$")
_PAIRED_NEXT = re.compile(rf"[和及与]{_NUM}(?:万|亿)?(?:{_UNIT_RE})")
_CN_MONEY = re.compile(
    # (三千七百万元, 二亿四千万元, 一亿一百万元: a longer amount, or one in two scales)
    r"(?<![\d零〇一二两三四五六七八九十百千万亿第])(?P<num>[一二两三四五六七八九十]"
    r"[零〇一二两三四五六七八九十百千]*(?:万亿|亿|万)(?:[零〇一二两三四五六七八九十百千]+万)?)元"
)


_RANK_SCOPE = r"(?:全市|全区|全国|全省|本市|全球|同类区|中心城区|郊区|五个新城)"
_RANK_BARE_ITEM = re.compile(r"、(?P<n>\d{1,3})(?:位|名)?(?=[、和及,,。;;]|$)")
_QUOTED_RANK = re.compile(
    r"(?:位列|位居|名列|排名|居|列)“[^”\n]{1,30}”(?P<r>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名))"
)
_LEAD_VERB = r"(?:位列|位居|名列|排在|排名|居|列)?"  # (蝉联排名全国第一: from 全国)
# a place reached without 第: 上升至全国80名 (not 全国80名专家)
# (排名居全省40名 after 居 too)
# (大连2479家,全国25名;: a place after a figure's comma, the clause's rank)
_RANK_REACHED = re.compile(
    r"(?<=至|到|居|,|,|;|;)(?:全市|全区|全国|全省)(?P<n>\d{1,3})名(?=[,,。;;]|$)")
_FIRST_PLACE = re.compile(
    # (全国省区首位, 蝉联全国城市首位, 入围数量全国居首, 占比始终保持在首位; 居头部国家级经开区首位:
    # 居 before a first place keeps its area, however long; 位居各分园之首; 均名列首位, but
    # 名列全国首位 from its scope)
    # (保持全国大中城市首位: a class of cities after the scope)
    rf"(?:{_RANK_SCOPE}(?:省区|省份|(?:大中|副省级|地级)?城市)?(?:排名|排在|排)?(?:首位|榜首)"
    rf"|{_RANK_SCOPE}居首(?=[,,。;;\n])"
    rf"|(?<=保持在)首位|{_RANK_SCOPE}[^\d,,。;:\n之]{{0,6}}之首|(?:位居|居)各[\u4e00-\u9fff]{{1,6}}?之首"
    # (为各区之首, 获评数列苏州开发区之首, 数量为上海之最: after 为 or 列, from the area)
    r"|(?<=[为列])[\u4e00-\u9fff]{2,8}?之(?:首|最)(?=[,,。;;…]|$)"
    # (稳居全省各县(市、区)首位: a class of areas in brackets; 北京排在首位: no area, the verb)
    # (南山区蝉联榜首: with no area the verb kept, as 名列首位)
    rf"|名列首位|排在首位|蝉联(?:榜首|首位)|(?:位居|位列|位于|居|排名)(?:{_RANK_SCOPE}"
    r"(?:各?[\u4e00-\u9fff]{1,3}\([市区县、]{1,6}\)|[^\d,,。;:\n、的]{0,4}?)"
    rf"|(?:(?!居|位列|排名)[\u4e00-\u9fff]){{2,10}}?)?(?:首位|榜首)"
    # (总量规模已跃升至河北省首位: the place moved to, from its name)
    # (从第8上升至首位: with no place named, from 首位)
    r"|(?:(?<=跃升至)|(?<=上升至)|(?<=提升至)|(?<=跃居))(?:[\u4e00-\u9fff]{2,4}?)?首位)"
    # not 成为全省首位非公企业家院士 (the first such person)
    r"(?![\u4e00-\u9fff](?<![的和及并且区县市]))"
)
# words before 第 that name a ranking list or an indicator it scores, not a place that ranks
# (蝉联榜单第一, 位列百强县第五, 绿色发展第5, 工业百强第7): the rank's raw starts at 第
_RANKING_NAMED = re.compile(
    r"(?:(?<!上)榜单?|名单|指数|强(?:县市|县|区|市)|发展|创新|质量|竞争力|潜力|实力|百强|效益|环境|能力)$")
# the first N of a class of places (位居全国中小城市百强县前二, 稳居国家级新区前三强): from 前, the
# class left out, as 全国高新区第七 → 第七
_CLASS_TOP = re.compile(
    r"(?:位居|位列|稳居|稳坐|居|进入|跻身)(?!(?:全市|全区|全省|全县|全国)前)[\u4e00-\u9fff]{0,8}?"
    r"(?:县|区|市|城市|县市|新区|园区|高新区|开发区)"
    r"(?P<r>前(?P<n>[二三四五六七八九十]|\d{1,2})(?:强|名|位)?)(?=[,,。;;、]|$)")
# a list topped (稳坐榜首, 荣登全国发展潜力百强县榜首): from 榜首, the list's long name left out
_LIST_TOPPED = re.compile(r"(?:稳坐|荣登|登上|问鼎)[^\d,,。;:\n、]{0,14}?(?P<r>榜首)")
# a rank right after the year it is of, in a ranking's history
_YEAR_RANK = re.compile(
    r"(?:(?<=(?:19|20)\d{2}年)|(?<=(?:19|20)\d{2}年的))"
    r"第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)(?![次个批届])")
# (上海从2020年的第5位升至第3位: a rank the place moved from)
_RANK_MOVE = re.compile(r"(?:上升|提升|提高|跃升|升|前进|下降|下滑|降)(?:至|到)")
# a ranking laid out one place a line, its rank after spaces: 晋江市  第15名 (the spaces
# between the words read as a comma)
_LINE_RANK = re.compile(
    r"^[ \t]*[\u4e00-\u9fff]{1,8}(?:市|县|区|旗|州|盟)[, \t]+"
    r"(?P<r>第(?P<n>\d{1,3})(?:名|位))[ \t]*$", re.MULTILINE)
# a place's rank in brackets after its name: 分别为合肥市(第9位)、芜湖市(第32位)
_PLACE_RANK_ASIDE = re.compile(
    r"(?<=[市县区旗州盟省]\()第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)(?=\))")
# 占全市三分之一: a share written as a Chinese fraction
_FRACTION = re.compile(r"(?P<d>[二三四五六七八九十百]+)分之(?P<n>[一二三四五六七八九十]+)"
                       # (百分之八十五点六: a percentage with its decimals read out; 點 reads 点)
                       r"(?:点(?P<dec>[零〇○一二三四五六七八九]{1,3}))?")
# a share written as tenths (七成) or a slash fraction (1/3), after a word that states a share
_SHARE_WORDS = re.compile(
    # (用工减少六成, 成本降低三成, 效率提高两成: a change by tenths)
    r"(?:(?:占|近|约|超过|超|逾|达|达到|为|接近|增长|净增|增|减少|降低|下降|提高|提升|节约|缩短)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:全市|全区|全国|全省)|(?<=占)(?!一半)[\u4e00-\u9fff]{1,10}?)?"
    r"|(?<=全[市区国省])"  # (创造了全省1/7的生产总值: after the scope alone)
    # (超过六成的有效发明专利和七成的…小巨人企业, 贡献了八成的…产值: the next item of a list
    # of shares, or tenths a verb's object)
    r"|(?<=[和及、])(?=[一二三四五六七八九]成[的“])|(?<=了)(?=[一二三四五六七八九]成的)"
    # (,九成以上企业开展研发: tenths with 以上 or 左右 state a share wherever they stand;
    # ,7成企业集聚于…, ,八成获奖项目来自…: tenths opening a clause about firms or projects)
    r"|(?<![\d.零〇一二两三四五六七八九十百千万])(?=[一二三四五六七八九1-9]成(?:以上|左右))"
    r"|(?<=[,;。\n])(?=[一二三四五六七八九1-9]成的?[\u4e00-\u9fff]{0,2}(?:企业|项目|成果))"
    # (以上海1/5的土地面积、1/6的现状工业用地: a slash fraction of a thing, wherever it stands)
    r"|(?<![\d/])(?=\d/(?:10|[2-9])的)"
    # (四川省半数市州, 占据…前十名半数席位: half of a kind, wherever it stands)
    r"|(?<![多大一])(?=半数(?:以上|[\u4e00-\u9fff])))的?"
    r"(?P<f>(?P<tenths>[一二三四五六七八九]|(?<=[少低降高升约短])两|(?<![\d.])[1-9])成(?![员本果绩效立交])"
    r"|(?<![\d/])(?P<n>\d)/(?P<d>\d{1,2})(?![\d/])"
    # (占制造业贷款余额一半, 占全国…近一半, 超全市一半以上, 近半: a half; not 近半年)
    r"|(?P<half>(?<![多大])一?半(?:数)?)(?![年月天日夜小程径导岛山场价个截身]))"
)
# an order of magnitude reached or named as a level: 产值规模达千亿元级, 形成千亿产值规模、万亿市值
_MAGNITUDE = re.compile(
    # (投入上万亿元, 均达百亿元以上)
    # (接近百亿元, 连续3年保持千亿规模)
    r"(?:(?<=[达到破过超逾上近])|(?<=跨越|跨入|迈入|迈上|站上|迈向|保持)|(?<=稳定在|保持在))"
    r"(?P<a>百亿|千亿|万亿)"
    r"(?:(?P<ya>元)|(?=级|[,;。、\n]|$|大关|的|以上|规模))"
    # 突破亿元大关, 研发投入过亿元, 超亿元企业, 销售收入上亿元的企业, 投资超千万元项目
    r"|(?<=[破过超逾上])(?P<c>千万|亿)(?P<yc>元|美元)"  # (超千万美元外资项目)
    # (a bare 亿元以上 drawing a class, 亿元以上项目, is not a figure: most labellers left it)
    r"|(?<![\d零〇一二两三四五六七八九十百千万亿])(?P<b>百亿|千亿|万亿)(?P<yb>元)?"
    r"(?=产值|市值|营收|营业收入|交易额|成交额)"  # (连续两年保持百亿成交额)
)
# 保持两位数增长, 有望突破两位数: growth in two (three) digits
_DIGITS_GROWTH = re.compile(
    r"[两三]位数(?=[^,,。;;\n]{0,6}(?:增长|增速|增幅)|[,,。;;\n]|的(?:增长|增速))")
# a round count reached: 有效高企数突破千家大关 (相差千家以上: a gap; 年产量突破万辆大关);
# or a round count with 余 (优秀导师百余名, 引进千余名人才)
_ROUND_COUNT = re.compile(
    r"(?<=[破过超达差])(?P<n>百|千|万)(?P<unit>家|个|项|件|人|辆|台|套)(?=大关|[,;。、]|以上)"
    # (建成科创载体超百万平方米: an area; 年均产量超百万吨, 集装箱突破百万标箱)
    r"|(?<=[破过超达])(?P<n3>百万|十万|万)(?P<unit3>平方米|亩|吨|标箱)(?=大关|[,;。、]|以上)"
    r"|(?<![\d零〇一二两三四五六七八九十百千万亿])(?P<n2>百|千)余(?P<unit2>家|个|项|件|人|名|位)"
    # (两地有效高企破三千。: a round count passed, its noun the clause's subject)
    r"|(?<=[破过超])(?P<n4>[两二三四五六七八九][百千万])(?=[,;。]|$)"
)
# a list of numbers naming things: 地铁1、3、6号线 (not figures)
_NUMBERED_NAMES = re.compile(r"(?:、\d{1,3})*(?:号线|号楼|号地块)")
# sessions of a congress: 省委十一届三次、四次、五次全会 (no counts)
_SESSION_LIST = re.compile(r"届(?:[一二三四五六七八九十]+次[、和及])*$")
_SESSIONS_AFTER = re.compile(
    r"(?:[、和及][一二三四五六七八九十]+次)*[、和及]?(?:全会|会议|全体会议)")
_CN_TIMES = re.compile(  # (是全国平均水平的近两倍, 是2015年的两倍: after 的 too)
    r"(?:(?:增加|增长|提高|提升|扩大|上升)了?|(?<=的))(?P<mod>近|约|将近)?"
    r"(?P<n>[一两二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十)倍(?![增数])"
)
_DOUBLING = re.compile(r"翻了?(?P<mod>近|约|将近)?(?P<n>一|两|二|三)?(?:番|倍)")


def _ordinal_value(n: str) -> float | None:
    """The number of a rank (第3, 第十二, 前40)."""
    return _num(n) if n.isdigit() else _cn_value(n)


# a scope and a level of zones a rank is taken among (全省省级高新区; but 位居全国高新区第六
# from 第, as round 11 labelled it)
_SCOPED_ZONES = re.compile(
    _RANK_SCOPE
    + r"(?:国家级|省级|市级)(?:高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|园区)")
# a district's or county's own name (not 地区, 片区, 城区, 园区: areas a rank is taken in)
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![地片城园社全本各])[区县]$")


# among the first N (全国20强, 前20强, 十强), standing alone: no noun after it (not 进入…领军10强、
# 创新100强行列: lists a firm joins)
# (稳居全省四强: among the first four, in a single numeral too)
_TOP_N = re.compile(r"(?:全国|全省|全市|全球|自治区)?前?"
                    r"(?P<n>\d{1,3}|[二三四五]?十|[二三四五六七八九])强"
                    r"(?=[^\u4e00-\u9fff“”\d、]|冲刺|突围|$)")
# an age band named by its ages (18—29岁和30—39岁年龄段公民)
_AGE_BAND = re.compile(r"(?:(?:和|、|至|到)[\d—\-~]+岁)*(?:年龄段|年龄组)")
# (从全国300强突围晋级150强: where it rose from, and to)
_ENTERED = re.compile(_ENTER_VERBS + r"|稳居|位居|位列|保持|朝着|晋级|晋升|从$")


def _rank(s: int, e: int, v: float, comparator: str = "eq") -> _Cand:
    return _Cand(s=s, e=e, value=v, low=None, high=None, unit="rank", kind_hint="rank",
                 comparator=comparator, noun_after=False)


def _ranks(tx: _Text) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _FIRST_PLACE.finditer(tx.norm):
        out.append(_rank(m.start(), m.end(), 1.0))
    for m in _LIST_TOPPED.finditer(tx.norm):
        out.append(_rank(m.start("r"), m.end(), 1.0))
    for m in _CLASS_TOP.finditer(tx.norm):
        if (v := _ordinal_value(m["n"])) is not None:
            out.append(_rank(m.start("r"), m.end("r"), v, "le"))
    for m in _YEAR_RANK.finditer(tx.norm):
        if re.search(r"排名|排位|位次|排行|名次", tx.norm[max(0, m.start() - 40) : m.start()]
                     ) or _RANK_MOVE.match(tx.norm, m.end()):
            v = _ordinal_value(m["n"])  # 排名由2017年第63位、2018年第32位提升至2019年第21位
            if v is not None:
                out.append(_rank(m.start(), m.end(), v))
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])首位", tx.norm):
        lead = tx.norm[max(0, m.start() - 40) : m.start()]
        k = max(lead.rfind("居"), lead.rfind("位列"))
        if k >= 0 and re.fullmatch(r"[\u4e00-\u9fff、]{5,}", lead[k + 1 :]):
            out.append(_rank(m.start(), m.end(), 1.0))  # 分别居滨海新区、…四大板块首位
    for m in _FRACTION.finditer(tx.norm):
        point = m["dec"] is not None and m["d"] == "百"  # (decimals only of a percentage)
        d = _cn_value(m["d"])
        n = _cn_value(m["n"] + ("点" + m["dec"].replace("○", "〇") if point else ""))
        end = m.end() if point else m.end("n")
        if d and n and n < d:
            out.append(_Cand(s=m.start(), e=end, value=round(100 * n / d, 2), low=None,
                             high=None, unit="%", kind_hint="percent", comparator="eq",
                             noun_after=False))
    for m in _SHARE_WORDS.finditer(tx.norm):
        if m["tenths"]:  # 运力占全市近七成, 增幅超7成
            tenths = m["tenths"]
            value = 10.0 * (int(tenths) if tenths.isdigit() else (_cn_value(tenths) or 0))
        elif m["half"]:
            value = 50.0
        else:  # 比重超过1/3
            n, d = int(m["n"]), int(m["d"])
            if not 0 < n < d:
                continue
            value = round(100 * n / d, 2)
        out.append(_Cand(s=m.start("f"), e=m.end("f"), value=value, low=None, high=None,
                         unit="%", kind_hint="percent", comparator="eq", noun_after=False))
    for m in _MAGNITUDE.finditer(tx.norm):
        g = "a" if m["a"] else ("b" if m["b"] else "c")
        value = (_cn_value(m[g]) or 0) / 1e8
        unit = "亿美元" if m["yc"] == "美元" else "亿元"
        out.append(_Cand(s=m.start(), e=m.end(), value=value, low=None, high=None, unit=unit,
                         kind_hint="money", comparator="approx" if m["a"] or m["c"] else "eq",
                         noun_after=False))
    for m in _ROUND_COUNT.finditer(tx.norm):
        approx = m["n2"] is not None
        n = m["n2"] or m["n3"] or m["n4"] or m["n"]
        out.append(_Cand(s=m.start(), e=m.end(), value=_cn_value(n) or 0.0, low=None, high=None,
                         unit=m["unit2"] or m["unit3"] or m["unit"] or "", kind_hint="count",
                         comparator="approx" if approx else "eq", noun_after=False))
    for m in _DOUBLING.finditer(tx.norm):
        counted = re.search(r"[一二两三四五六七八九十]个$",
                            tx.norm[max(0, m.start() - 2) : m.start()])
        if counted and _inside_short_quote(tx.norm, m.start(), m.end()):
            continue  # “两个翻番”: a slogan's count of doublings, no figure
        times = 2.0 ** {"一": 1, "两": 2, "二": 2, "三": 3}[m["n"] or "一"]
        out.append(_Cand(s=m.start(), e=m.end(), value=times, low=None, high=None, unit="倍",
                         kind_hint="multiple", comparator="approx" if m["mod"] else "eq",
                         noun_after=False))
    for m in _CN_TIMES.finditer(tx.norm):
        v = _cn_value(m["n"])
        if v is not None:  # 比重增加一倍, 增长了近三倍: a multiple written in Chinese numerals
            out.append(_Cand(s=m.start("n"), e=m.end(), value=v, low=None, high=None, unit="倍",
                             kind_hint="multiple", comparator="approx" if m["mod"] else "eq",
                             noun_after=False))
    for m in _DIGITS_GROWTH.finditer(tx.norm):
        # 连续四年保持两位数增长: a growth of at least 10 % (三位数: 100 %)
        out.append(_Cand(s=m.start(), e=m.end(), value=10.0 ** (1 + (m.group()[0] == "三")),
                         low=None, high=None, unit="%", kind_hint="percent", comparator="ge",
                         noun_after=False))
    for m in _TOP_RANK.finditer(tx.norm):
        v = _ordinal_value(m["n"])
        if v is None:
            continue
        after = tx.norm[m.end() : m.end() + 1]
        follows = tx.norm[m.end() : m.end() + 3]
        if (m.group().endswith("强") and "\u4e00" <= after <= "\u9fff" and after not in "之中行的"
                and not _PLACES_FOLLOW.match(tx.norm, m.end())
                ) or re.match(r"高新区|开发区|园区|城市|企业|公司|季度|个月", follows):
            continue  # 全球前50强班轮公司, 排名前十高新区, 前三季度: a class or a span
        if m["last"] and not re.match(r"[位名]", tx.norm[m.end() - 1 :]):
            continue  # 后 only with 位/名: 后三强 is no rank
        # (居后两位, among the last two: -2, counted from the bottom)
        out.append(_rank(m.start(), m.end(), -v if m["last"] else v, "le"))
    for m in _TOP_N.finditer(tx.norm):
        v = _ordinal_value(m["n"])
        lead = tx.norm[max(0, m.start() - 24) : m.start()]
        lead = re.split(r"[,,。;;:\n]", lead)[-1]
        if v is None or not (_ENTERED.search(lead) or tx.norm.startswith("冲刺", m.end())):
            continue  # (在今年的十强中: a list, no place in it)
        if re.search(r"(?:企业|民企|公司|品牌)[ \n]*$", lead):
            continue  # 19家企业入围中国民企500强: a list of firms, a class the firms join
        # 进入全国20强, 稳居全国十强, 挺进…综合排名50强, 朝着全国高新区50强冲刺: among the first N
        # (not 百强县, 世界200强企业: classes; 入选…百强: an honour; one that another rank
        # pattern reads too is dropped with the other overlaps, in find_figures)
        out.append(_rank(m.start(), m.end(), v, "le"))
    for m in _NAMED_RANK.finditer(tx.norm):
        body = m["body"]
        # 排名位列全市第三: the second lead verb belongs to the scope's rank (_RANK's)
        # (排名蝉联全国第五 too: the rank starts at its scope word)
        scope_only = re.fullmatch(r"(?:蝉联|稳居|再次|继续|连续|跻身|跃居)?" + _LEAD_VERB
                                  + _RANK_SCOPE + r"(?:排名|排行)?", body)
        if scope_only:
            continue
        body_at = m.start("body")
        moved = re.match(r"(?:跃居|跃升至|上升至|提升至|升至)(?=[\u4e00-\u9fff]{2,4}$)", body)
        if moved:
            body, body_at = body[moved.end() :], body_at + moved.end()  # 排名跃居四川省第三位
        inner = re.search(r"(?:位居|位列|名列|居)(?=[\u4e00-\u9fff]{2,4}$)", body)
        if inner and not _RANK_MOVE.search(body) and not re.search(r"[的是在和与均]",
                                                                   body[: inner.start()]):
            # (排名连续七个季度居银川第一: the place after the later verb)
            body, body_at = body[inner.end() :], body_at + inner.end()
        if re.search(r"[的是在和与均居]", body) or body == "并列":  # (並列 reads 并列)
            continue  # (增速并列第三: a shared place with no place named, _RANK's with its verb)
        v = _ordinal_value(m["n"])
        if v is None:
            continue
        counted = re.match(r"\d{1,3}个?", body)  # (位居12个盟市第一: raw from the count)
        area = body[counted.end() :] if counted else body
        short = 2 <= len(area) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", area) and not (
            _RANK_MOVE.search(body))  # (排名中提升至第2位: a move, not a place; raw from 第)
        # (保持省第3位; 居11区第四名: a count of districts with no 个)
        start = body_at if short or area in ("省", "市") or (
            counted and area in ("区", "县", "市")) else m.start("n") - 1
        if _SCOPED_ZONES.fullmatch(body):
            start = body_at  # 位列全省省级高新区第二: a scope and a class of zones, from the scope
        if _RANKING_NAMED.search(area):
            start = m.start("n") - 1  # 蝉联榜单第一, 位列百强县第五 (列第26位 too)
        verb = re.search(r"(?:位列|位居|名列|列|居)$", body)
        if short and verb:
            start = body_at + verb.start()  # 排名再次列第一位: the rank starts at its own verb
        out.append(_rank(start, m.end(), v))
    for m in _RANK.finditer(tx.norm):
        v = _ordinal_value(m["n"])
        if v is not None:  # (倒数第1, the last place, is -1: counted from the bottom)
            out.append(_rank(m.start(), m.end(), -v if m["last"] else v))
    for m in _RANK_NO_DI.finditer(tx.norm):
        out.append(_rank(m.start(), m.end(), float(m["n"] or m["n2"] or m["n3"] or m["n4"])))
    for m in _QUOTED_RANK.finditer(tx.norm):
        v = _ordinal_value(m["n"])
        if v is not None:  # 位列“2019年中国创新百强县(市)”第69位: the rank after a quoted list
            out.append(_rank(m.start("r"), m.end(), v))
    for m in _PLACE_RANK_ASIDE.finditer(tx.norm):
        if (v := _ordinal_value(m["n"])) is not None:
            out.append(_rank(m.start(), m.end(), v))
    for m in _LINE_RANK.finditer(tx.norm):
        out.append(_rank(m.start("r"), m.end("r"), float(m["n"])))
    for m in _RANK_REACHED.finditer(tx.norm):
        out.append(_rank(m.start(), m.end(), float(m["n"])))  # 上升至全国80名。
    # each rank's end → whether a place's name stands right before its raw (雁塔区第29名)
    ends = {c.e: _PLACE_BEFORE.search(tx.norm, 0, c.s) is not None
            for c in out if c.kind_hint == "rank"}
    for e in list(ends):  # 全国第6位(北京和上海未参评),西部城市第1位: the list runs past an aside
        if tx.norm.startswith("(", e) and 0 <= (close := tx.norm.find(")", e, e + 60)) and (
                "(" not in tx.norm[e + 1 : close] and "\n" not in tx.norm[e:close]):
            ends[close + 1] = ends[e]
    for m in _RANK_ITEM.finditer(tx.norm):
        if m.start() not in ends:
            continue  # only right after another rank: 位居全省第6,温州地区第2
        v = _ordinal_value(m["n"])
        if v is not None:
            # (生态涵养区第一: a long name is left out; ,其中南京第4: 其中 opens no scope)
            # (投资潜力第3、…、绿色发展第5、科技创新第6: an indicator ranked, not a place; from 第)
            ranking = bool(m["body"]) and _RANKING_NAMED.search(m["body"]) is not None
            short = (m["body"] and len(m["body"]) <= 4 and not m["body"].startswith("其中")
                     and not ranking)
            # (雁塔区第29名,未央区第87名: places listed each with its own rank are subjects)
            subjects = ends[m.start()] and bool(m["body"]) and _PLACE_BEFORE.search(
                tx.norm, 0, m.end("body")) is not None
            ends[m.end()] = subjects  # 分别位列第1位、第3位、第5位: the list runs on
            start = m.start("body") if short and not subjects else m.start("n") - 1
            if m["body"] and not ranking and (scope := re.search(_RANK_SCOPE, m["body"])):
                # 增幅全省第1: from the scope word (not 、全国百强区第四名: from 第)
                start = m.start("body") + scope.start()
            out.append(_rank(start, m.end(), v))
    for m in _RANK_BARE_ITEM.finditer(tx.norm):
        if m.start() in ends:  # 分别位居第43、52、108、52位: the list's later places
            ends[m.end()] = ends[m.start()]
            out.append(_rank(m.start("n"), m.end(), float(m["n"])))
    # (入选5家单位居第二: the 位 of 单位 leads no rank; the raw starts at 居)
    return [replace(c, s=c.s + 1) if tx.norm.startswith("位", c.s)
            and tx.norm[c.s - 1 : c.s] in ("单", "單") else c for c in out]
