"""Status (actual/target/expected) and reference year of a figure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kewei.figures.candidates import _Cand
from kewei.figures.context import _full_sentence_start
from kewei.figures.patterns import (
    _ACTUAL_AFTER,
    _ACTUAL_AGAINST,
    _AIM_WORD,
    _AS_TARGET,
    _AS_TARGET_RATE,
    _DOC_TITLE_AFTER,
    _EXPECTED_CUE,
    _EXPECTED_NOTE,
    _FIVE_YEAR_END,
    _FIVE_YEAR_NAME,
    _FROM_TO,
    _GE_POST,
    _LAST_YEAR,
    _LAST_YEAR_BACK,
    _NEXT_YEARS,
    _NOW,
    _PARA_SOURCE_YEAR,
    _PARA_SUBJECT_YEAR,
    _PARA_YEAR,
    _PAST_CUE,
    _PAST_N_YEARS,
    _PERIOD_OPENER,
    _PLAN_PERIOD,
    _PLAN_SAYS,
    _PLAN_VERB,
    _PROGRAMME,
    _PROGRAMME_NAME_AFTER,
    _RANGE_NAME_AFTER,
    _RETRO_HEAD,
    _SHARE_DONE,
    _STRONG_TARGET_CUE,
    _TARGET_CUE,
    _TARGET_HEAD,
    _TARGET_NAMED,
    _TASK_STATEMENT,
    _TO_YEAR,
    _WILL_DO,
    _YEAR,
    _cn_value,
)


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
        if doc_year is None:
            return None
        # (海南省创新型省份建设实施方案 of 2022: 到2025年,… is the plan's horizon)
        horizons = [int(y) for y in re.findall(r"到((?:19|20)\d{2})年", norm[:20000])
                    if doc_year <= int(y) <= doc_year + 6]
        if horizons:
            return max(sorted(set(horizons)), key=horizons.count)
        # (发展目标。2020年,…。2025年,…具体目标为: the latest year a paragraph opens with)
        opened = [int(y) for y in re.findall(r"(?m)^[ \t]*((?:19|20)\d{2})年[,,]", norm[:20000])
                  if doc_year < int(y) <= doc_year + 6]
        return max(opened) if opened else doc_year + 4
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
    head: list[tuple[int, str]], pos: list[int], levels: list[int], at: int, top: int = 1
) -> list[str]:
    """Nearest heading first, then the nearest heading of each higher level (up to ``top``, the
    highest level in the document: 1 for 一、, -1 for a plan in chapters 第一章)."""
    k = bisect.bisect_right(pos, at) - 1
    out: list[str] = []
    lvl = 99
    while k >= 0 and lvl > top:
        if levels[k] < lvl:
            out.append(head[k][1])
            lvl = levels[k]
        k -= 1
    return out


# a title reviewing an earlier plan period (大理州科技工作“十二五”回顾及“十三五”展望)
_REVIEW_TITLE = re.compile(
    r"[“‘]?(十[一二三四]五)[”’]?(?:时期|期间)?[^,,。;\n]{0,10}?(?:回顾|成就|成效|以来)")


def _review_title(norm: str, doc_type: str, doc_year: int | None) -> str | None:
    """The document's title line when it announces a review of a plan period over before the
    document's year: read as the outermost heading, it dates the undated figures below it to
    the period's end (a paragraph's own year or 目前 still comes first)."""
    if doc_type != "work_summary" or doc_year is None:
        return None
    line = norm.lstrip().split("\n", 1)[0].strip()
    if not line or len(line) > 60 or "。" in line:
        return None
    m = _REVIEW_TITLE.search(line)
    if m is None or _FIVE_YEAR_END[m.group(1)] >= doc_year:
        return None
    return line


_PERIOD_IN_LEAD = re.compile(r"[,,][“‘]?(十[一二三四五]五)[”’]?(?:时期|期间)(?!规划)")
_THIS_YEAR_NAMED = re.compile(r"(?:截至|截止|到)?今年")
_MEETING_OR_POOL_AFTER = re.compile(
    r"度?[^,,。;\d]{0,30}?(?:工作会议|工作会|大会|会议上)"
    r"|度?[^,,。;\d]{0,12}?(?:后备企业|后备库|培育库|储备库|立项的)")
_FRAME_AFTER = re.compile(r"[^,,。;\d]{0,12}?(?:来)?看[,,]")
_BULLETIN_TITLE = re.compile(r"[^》,,。;\n]{0,16}(?:统计公报|指数报告|评价报告|监测报告)》")


# a news page's dateline near its top (2018-04-18 来源:, 2021年10月12日08:58 | 来源:)
_DATELINE = re.compile(
    r"((?:19|20)\d{2})(?:-(\d{1,2})-|/(\d{1,2})/|年(\d{1,2})月)\d{1,2}日?(?![\d号])")


# the page's own dateline, named as such (发布时间:2021-12-02, 日期:2023年3月1日)
_PUBLISHED = re.compile(r"(?:发布|发表|更新)?(?:时间|日期)[::][ ]*((?:19|20)\d{2})[-/年.]")


# a lead that opens with the data's year, then tells of its release early in a year and says
# 去年 of the same data (2022年江苏高企达4.4万家,…统计局2月8日公布…,去年江苏高企…)
_LEAD_RELEASED = re.compile(
    r"(?<![\d年])[1-4]月\d{1,2}日[^,,。;\n]{0,6}?(?:公布|发布|召开|获悉|举行)")


def _first_line(norm: str) -> str:
    """The text's first line (without copying the rest)."""
    nl = norm.find("\n")
    return norm if nl < 0 else norm[:nl]


def _sentence_before(norm: str, full_lo: int) -> int:
    """Where the sentence before the one starting at ``full_lo`` starts."""
    return max(norm.rfind(ch, 0, full_lo - 1) for ch in "。!?\n") + 1


# a title naming its year's summary: 鄞州区科技局2024年度工作总结及2025年工作计划
_YEAR_END_TITLE = re.compile(r"((?:19|20)\d{2})年度?[^,,。;\d]{0,8}工作总结")


def _year_end_summary(norm: str, doc_year: int) -> bool:
    """Whether the title is the document year's summary: written at that year's end, its
    ``今年`` is that year even on a page published early in the next."""
    # (the title may stand under a site's breadcrumb: 当前位置:\n关于印发《…2023年工作总结》的通知)
    lines = [line for line in norm[:300].split("\n")[:3] if "。" not in line]
    return any((m := _YEAR_END_TITLE.search(line)) is not None and int(m.group(1)) == doc_year
               for line in lines)


def _dated_early(norm: str, year: int) -> bool:
    """Whether the page's dateline falls in the first quarter of ``year``."""
    return any(int(m.group(1)) == year and 1 <= int(m.group(2) or m.group(3) or m.group(4)) <= 3
               for m in _DATELINE.finditer(norm, 0, 400))


def _writing_year(norm: str, doc_year: int) -> int:
    """The year 去年 counts back from: the document year, or the year of the page's dateline
    when that is one or two years later (a report on 2017 dated 2018-04-18: 去年 is 2017), or
    the year after it when its lead opens with the document year's data and was released early
    in a year."""
    later = [y for m in _DATELINE.finditer(norm, 0, 400)
             if (y := int(m.group(1))) in (doc_year + 1, doc_year + 2)]
    if later:  # (a review of 2021 dated 2023-01-04: written in 2023; a repost dated 2021-07-14
        return min(later)  # of a 2020年6月29日讯 story: written in 2020)
    if any(int(m.group(1)) == doc_year for m in _PUBLISHED.finditer(norm, 0, 400)):
        return doc_year  # 发布时间:2021-12-02 …发布2021年…评估结果: dated, written that year
    lead = _first_line(norm)
    release = _LEAD_RELEASED.search(lead)
    if release and lead.lstrip().startswith(f"{doc_year}年") and _CLAUSE_LAST_YEAR.search(
            lead, release.end()) and {y.group(1) for y in _YEAR.finditer(lead)} == {str(doc_year)}:
        return doc_year + 1
    # 近日,火炬中心公布了2021年国家高新区综合评价结果, 在刚刚结束的2020年度…现场会中, 总结我区
    # 2016年科技工作,部署今年七大任务: the page looks back on the document year from the next
    for looked_back in (_RESULTS_RELEASED, _JUST_PAST, _REVIEWED_THEN_DEPLOYED):
        named = looked_back.search(norm, 0, 400)
        if named and int(named.group(1)) == doc_year:
            return doc_year + 1
    if _early_lead_reviews(norm, doc_year) or _lead_year_then_last_year(norm, doc_year):
        return doc_year + 1
    if _headline_restated(norm, doc_year) or _headline_year_restated(norm, doc_year):
        # 去年全市研发投入达860亿元 … 2023年,…达到860亿元: 去年 is 2023 (and the other way
        # round: 2023年永川区高新技术企业数量…增长23.3% … 去年永川区…增长23.3%)
        return doc_year + 1
    return doc_year


def _lead_year_then_last_year(norm: str, doc_year: int) -> bool:
    """Whether the lead sums up the document year (2023年,我市科技创新成果丰硕。) and the next
    paragraph opens with 去年: the page looks back on that year from the next."""
    return re.search(rf"(?:^|[。!…\n])[ \t]*{doc_year}年[,,][^。\n]*。[ \t]*\n+[ \t]*去年[,,]",
                     norm[:400]) is not None


_LEAD_AIMS = re.compile(_AIM_WORD.pattern + r"|计划")  # (a lead setting aims, not a review)


def _early_lead_reviews(norm: str, doc_year: int) -> bool:
    """Whether the page's lead, dated early in a year it does not name, reports the document
    year as done (北京2月2日电…2022年,海淀区实现经济总量破万亿; 记者1月7日从…获悉,…2019年,
    预计全年实现…): the page was written in the year after."""
    date = _EARLY_DATE.search(norm, 0, 300)
    if date is None:
        return False
    end = norm.find("。", date.end())
    lead = norm[date.end() : end if end >= 0 else len(norm)]
    years = {y.group(1) for y in _YEAR.finditer(norm, 0, date.end() + len(lead))}
    return (years == {str(doc_year)} and re.search(rf"{doc_year}年[,,]", lead) is not None
            and not _LEAD_AIMS.search(lead))


# a year just over (在刚刚结束的2020年度…现场会中, 刚刚过去的2022年)
_JUST_PAST = re.compile(r"刚刚?(?:结束|过去)(?:了)?的((?:19|20)\d{2})年")
# a meeting that reviews a year's work and sets this year's tasks (总结…2016年科技工作,部署今年…)
_REVIEWED_THEN_DEPLOYED = re.compile(
    r"总结[^。;;]{0,12}?((?:19|20)\d{2})年[^。;;]{0,12}?工作[,,、]?(?:并|同时)?部署(?:今年|新一年)")
# the release of a year's results, which comes in the year after (统计公报, 评价结果)
# (科技部公布2021年度国家备案众创空间名单: a year's roster, too; not 发布2022年第三批…名单,
# a batch released within its year)
_RESULTS_RELEASED = re.compile(r"(?:公布|发布)了?[^,,。;\d]{0,12}?((?:19|20)\d{2})(?:年度?"
                               r"[^,,。;\d]{0,20}?(?:(?:评价|评估|监测)结果|统计公报)"
                               r"|年度[^,,。;\d]{0,20}?名单)")


def _headline_restated(norm: str, year: int) -> bool:
    """Whether a headline that says 去年 (a line of the page's top with no full stop, after any
    site navigation) has a number that recurs in the body on a line naming ``year`` before it:
    the headline's 去年 is that year."""
    lo = 0
    for line in norm[:300].split("\n"):
        if "。" in line:
            return False  # the body has begun
        if _LAST_YEAR.search(line):
            break
        lo += len(line) + 1
    else:
        return False
    return any(f"{year}年" in norm[norm.rfind("\n", 0, at) + 1 : at]
               for num in re.finditer(r"(?<![\d.])\d{3,}(?:\.\d+)?(?![\d.])", line)
               for at in _standing_alone(norm, num.group(), lo + num.end()))


def _standing_alone(norm: str, n: str, lo: int) -> Iterator[int]:
    """Where the number ``n`` stands from ``lo`` on, no digit either side (a headline's figure
    restated in the body)."""
    at = norm.find(n, lo)
    while at >= 0:
        if not norm[at - 1 : at].isdigit() and not norm[at + len(n) : at + len(n) + 1].isdigit():
            yield at
        at = norm.find(n, at + 1)


def _headline_year_restated(norm: str, year: int) -> bool:
    """Whether a headline naming ``year`` has a number the body restates after 去年 in its
    sentence: the page was written the year after."""
    head = _first_line(norm)
    if "。" in head or f"{year}年" not in head:
        return False
    return any("去年" in norm[max(norm.rfind(ch, 0, at) for ch in "。\n") + 1 : at]
               for num in re.finditer(r"(?<![\d.])(?:\d+\.\d+%?|\d{3,})(?![\d.])", head)
               for at in _standing_alone(norm, num.group(), len(head)))


def _explicit_year(
    norm: str, s_lo: int, c_s: int, doc_year: int | None = None
) -> int | None:
    """The nearest year named before the figure in its sentence (not a base year, not a title);
    去年/上年 count back from the document year; a later 目前 means the document year."""
    seg = norm[s_lo:c_s]
    best: int | None = None
    best_at = -1
    base_end = -1
    for m in _YEAR.finditer(seg):
        pre = seg[max(0, m.start() - 2) : m.start()]
        if pre.endswith("从") and _FRAME_AFTER.match(seg, m.end()):
            pass  # 从2018年主要指标情况来看,…: the year the text looks at, not a base
        # (自2018年0.18万/人提升到2020年…: a start whose value follows, as 从2018年…)
        # (继 2015年之后继续蝉联…第一: a year before, not the figure's; but 继2014年从…经费中
        # 拿出1000万元 dates what was done then)
        elif pre.endswith(("比", "较", "与", "超过", "同比")) or (
                pre.rstrip().endswith("继") and seg.startswith("之后", m.end())) or (
                pre.endswith("自") and m.end() < len(seg)) or (
            pre.endswith("于") and (len(pre) < 2 or pre[0] in "高低多少大小快慢优等对由早晚相较比")
        ) or (base_end >= 0 and m.start() == base_end + 1 and seg[base_end] in "和、及与") or (
            pre.endswith("是") and (seg.startswith("的", m.end())
                                    or _BASE_OF_MULTIPLE.match(seg, m.end())
                                    or _BASE_OF_THIS.match(seg, m.end()))
        ) or (re.fullmatch(r"(?:底|末)?的(?:近|约)?(?:[\d.]+倍[、和及])*", seg[m.end() :])
              and re.match(r"[\d.两二三四五六七八九十]+倍", norm[c_s : c_s + 8])):
            # (分别比2021年和2022年增长232%、150.3%; 是2015年的3.7倍, 是2016年增幅的2.5倍,
            # 数量接近2013年的3倍, 分别为2015年的2倍、3倍、4倍: bases)
            base_end = m.end()
            continue
        # inside a title 《…》 or a year range 2023-2025
        opened = seg.rfind("《", 0, m.start())
        if opened >= 0 and seg.rfind("》", 0, m.start()) < opened and not _BULLETIN_TITLE.match(
                seg, m.end()):  # (《2022年全国科技经费投入统计公报》,广西…: its data's year)
            continue
        if m.start() > 0 and seg[m.start() - 1] in "-—–~至" and not pre.endswith(
            ("截至", "增至", "升至", "降至", "高至", "长至", "大至")
        ) and not pre.endswith("——"):  # (…的影响力——2017年,鄞州区…: a dash of punctuation)
            # 2023-2027年,…年均增长10%: the period's end year; 2023—2027年行动方案 is a name
            near = seg[max(0, m.start() - 6) : m.start()]
            ranged = re.search(r"(?:19|20)\d{2}年?[-—–~至]$", near)
            if (ranged or seg[m.start() - 1] != "至") and not (
                ranged and not _RANGE_NAME_AFTER.match(seg, m.end())
            ):
                continue  # the end of a year range in a title (截至2023年底, 至2025年 are points)
        q_open = seg.rfind("“", 0, m.start())
        if q_open >= 0 and seg.rfind("”", 0, m.start()) < q_open and m.start() - q_open <= 16 and (
                "”" in seg[m.end() :] or not (_PLAN_VERB_IN_QUOTE.search(seg, m.end())
                                              or _QUOTED_SPEECH_YEAR.match(seg, q_open))):
            # a year inside a quoted name (not one in a long quoted speech, nor one opening a
            # quoted aim that holds the figure: 提出“2023年底累计建成5G基站9.21万个,…的目标”,
            # nor one opening a quoted speech: “2022年全区…,…升至全省第4位。”局长说)
            continue
        if seg[m.end(1) : m.end(1) + 1] in "-—–~至" and seg[m.end(1) : m.end(1) + 2] != "年":
            continue
        if pre.endswith(("同", "和", "跟")) and re.match(
                r"(?:同期)?(?:相比|比)|[^,,。;;\d]{1,10}?相比", seg[m.end() :]):
            # 同2017年相比实现翻番, 同2020年同期比增长31.91%, 跟2022年百强园区相比: the base of a
            # comparison
            continue
        # (从2018年开始到现在已经有60多名: up to now too)
        if re.search(r"[一二三四五六七八九十\d]+年来|以来|至今|到现在", seg[m.end() :]) or (
                pre.endswith(("从", "自")) and re.match(r"[^,,。;]{0,20}?(?:开始|起)[,,]",
                                                       seg[m.end() :])):
            continue  # 于2016年启动…,七年来发展为…: a start point, the figure is of now
            # (从2016年国家级经开区考核评价开始,…八大类80多项指标: since then)
        close = seg.find(")", m.end())
        if 0 <= seg.rfind("(", 0, m.start()) and seg.rfind(")", 0, m.start()) < seg.rfind(
            "(", 0, m.start()
        ) and close >= 0 and seg[close + 1 :].strip() and not _PERIOD_GLOSSED.fullmatch(
                seg, close + 1):
            # (增幅连续3年(2016—2018年度)全省第1: the years in parentheses date the figure after,
            # and so do those glossing a period just before it: 十三五后期(2018―2020年)年均1.05个
            # 百分点的增幅)
            continue  # (2013年为基期,基准值100),较上年增长9.5%: an aside
        if seg.startswith(("以来", "至今"), m.end()) or _SINCE_SHORT.match(seg, m.end()):
            continue  # 2017年以来,全区153项工作受到表彰: up to now, not in 2017 (2015年来 too)
        if pre in _FOUNDED_BEFORE or _FOUNDED_AFTER.match(seg, m.end()):
            # 1961年设立的行政区, 成立于1992年8月, 注册成立2015年: when it was founded, not the
            # figure's
            continue
        if _DESIGNATED_AFTER.match(seg, m.end()):
            continue  # 1991年经国务院批准为国家高新区,规划面积14.28平方公里: a profile's history
        if re.match(r"[^,;。]{0,8}?的?(?:基础上|水平上)", seg[m.end() :]):
            continue  # 在2022年的基础上实现倍增, 在2018年翻番的基础上: a base year
        opener = not seg[: m.start()].strip() and seg.startswith((",", ","), m.end())
        from_to = _FROM_TO.search(seg, m.end())
        if from_to and (pre.endswith(("从", "由")) or not (
                opener or re.search(r"[从由]", seg[m.end() : from_to.start()]))):
            # (2022年全社会研发投入由上年的12.86亿元增至24.49亿元: the start is named after 由)
            # (2018年,差距由0.39个百分点缩小到0.2个百分点: a year opening the sentence stays)
            continue  # 从2015年的326家增加到…: a starting point, not this figure's year
        if _DOC_TITLE_AFTER.match(seg, m.end()):
            continue  # 2020年工作总结2021年思路: a document title, not the figure's year
        if seg.startswith("年度", m.end(1)) and _PROGRAMME_NAME_AFTER.match(seg, m.end(1) + 2):
            continue  # 申报2024年度省重点研发计划项目10项: the year names the programme
        if _MEETING_OR_POOL_AFTER.match(seg, m.end()):
            continue  # 从2024年全区科技工作会议上了解到, 动员2016年高企后备企业: a name
        if seg.startswith("年度", m.end(1)) and (
                pre.endswith(("列入", "入选", "纳入", "入围")) or (
                    pre.endswith(("获评", "荣获", "评为")) and _TOTAL_CLAUSE.search(seg, m.end()))):
            # 10家企业列入2020年度…评价绿色板块: the year names the list it joined (获评2022年度
            # 国家…示范基地等3项荣誉,累计培育…43家: the honour won, and a total since; but 评为
            # 2022年度…优良市(排名第二位): that year's place)
            continue
        best, best_at = int(m.group(1)), m.end()
    named = best if best is not None else doc_year
    if doc_year is not None and named is not None:  # (named: the sentence's own year)
        for m in _LAST_YEAR.finditer(seg):
            # (较上年度0.11%的占比: the base value itself, that year's)
            # (比上年的2.1亿元 is dated so elsewhere)
            # (but 入库数量较去年翻番: the doubling is this year's)
            base_value = (seg[m.start() - 1 : m.start()] in ("比", "较") and m.end() == len(seg)
                          and not norm.startswith("翻", c_s))
            if m.start() > best_at and (m.start() == 0 or seg[m.start() - 1] not in "比较与同于"
                                        or seg[m.start() - 2 : m.start()] == "占比" or base_value):
                if seg[m.start() - 1 : m.start()] in ("从", "由") and _FROM_TO.search(seg, m.end()):
                    continue  # 由上年的12.86亿元增至24.49亿元: the start, not the figure's year
                if seg[m.start() - 1 : m.start()] in ("和", "跟") and re.match(
                        r"[^,,。;;]{0,6}?(?:一致|相同|持平|相当)", seg[m.end() :]):
                    continue  # 和上年数量一致: a comparison with last year, no date
                if _SINCE_LAST_YEAR.match(seg, m.end()) or seg[m.start() - 1 : m.start()] == "自":
                    # 去年以来,…全年共列入238项: up to now, as 2017年以来 (自去年末以来净增了
                    # 54万个, 自去年末增加了1.05亿户: since then)
                    continue
                if seg[m.start() - 1 : m.start()] == "是" and re.match(r"(?:全年|同期)?的",
                                                                  seg[m.end() :]):
                    continue  # 贷款增量是上年的2.3倍, 是去年全年的1.5倍: the base of a multiple
                # (2022年…由上年的12.86亿元: 上年 is the year before the one the sentence names;
                # 去年 counts back from the time of writing)
                back_from = named if m.group(1).startswith("上") else _writing_year(norm, doc_year)
                best, best_at = back_from - _LAST_YEAR_BACK[m.group(1)], m.end()
    if best is not None and (_NOW.search(seg, best_at) or "今年" in seg[best_at:]):
        # (…2016年国家知识产权强县工程试点县,今年来,…比重达2.96%: this year)
        return None  # 建立2025年高企培育库,目前入库3家: the year names the pool, 目前 is now
    return best


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


# 2019年前6个月, 2019年前三季度: the first months of that year (not before it)
_FIRST_MONTHS = r"前[\d一二三四五六七八九十]{1,2}个?月|前[一二三]季度"
_CLAUSE_YEAR = re.compile(
    r"(?:^|(?<=[,;:,:。!?\n]))[ ]*"
    # (not 1992年以来首次增加: a start, the figures after it are of now)
    # (至2023年年底,…首位;每万人…19.6件: 至 and 年年底 too)
    r"(?:(?:截至|截止|至|到)?(?:(?:19|20)\d{2}年?[-—–~至])?((?:19|20)\d{2})年"
    rf"(?:年?底|年?末|(?:\d{{1,2}}月?[-—–~至])?\d{{1,2}}月(?:份|底|末)?|{_FIRST_MONTHS}"
    # (2012年至2021年的10年间,…;…突破170家: the span's last year)
    r"|(?:的(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年)?间)?"
    r"(?:[,,]|(?!以来|至今|以前|之前|以后)(?=[\u4e00-\u9fff]{2}))"
    r"|(?:在|刚刚过去的|刚过去的|过去的)((?:19|20)\d{2})年(?:底|末)?[,,]"
    r"|从((?:19|20)\d{2})年[^,,。;\d]{0,12}?(?:来)?看[,,]"  # 从2018年主要指标情况来看,
    # (…。方案提出到2020年,支持100家…;培育100个…: a horizon after the verb that sets it)
    r"|[\u4e00-\u9fff]{0,8}?(?:提出|明确|要求|力争|争取|确保|目标是)(?:到|至)((?:19|20)\d{2})年"
    r"(?:底|末)?[,,]"
    # (…兴起,廊坊市2017年新增高新技术企业128家;专利申请量…: a place, then its year)
    r"|[\u4e00-\u9fff]{1,6}?[省市县区]((?:19|20)\d{2})年(?:底|末)?(?!以来|至今|以前|之前|以后)"
    r"(?=[\u4e00-\u9fff]{2}))"
)
# a sentence that opens with 当年 (that year): the year named before it
_THAT_YEAR_OPENS = re.compile(r"[ \t]*当年[,,]")
# 前四年 (the first four years of the period a 五年来/十X五 review looks back on)
_FIRST_YEARS = re.compile(r"(?<!提)前([两二三四])年(?!来|以来|前)")  # (not 提前两年: ahead of time)
_THAT_YEAR_INSIDE = re.compile(r"(?<![每])当年(?!度)")
_YEAR_LINE = re.compile(r"[ \t*#]*((?:19|20)\d{2})年(?:度)?[ \t*::]*")
_BULLET = re.compile(r"[ \t]*[●•·■▪◆◇○★☆]")
# a clause that opens with now: 目前, 截至目前, 当前, 现已
# 力争 in a summary's sentence sets an aim for the figures after it (not 为力争…: a purpose)
# (将争取用五年时间,创建10个…: 争取 with 将 or a span to use looks ahead; 争取资金 was won)
_STRIVE = re.compile(r"(?<![为以])力争|(?<=将)争取|争取用")
# …until the aim is reported against, closed (…的目标,全年新增35家), or a clause after it
# states a result of its own (五年力争突破100亿元,规上工业企业增至95家)
_STRIVE_ENDED = re.compile(
    r"目标|任务|全年|实际|截至|截止|目前|去年|上年|】|表示|增至|增加到|增长到|达到|达|为")
# a plan's 现有24家: the count that exists now, right before the figure
# (遵义市目前仅有的225家: 目前 with 有 right before too)
_NOW_COUNT = re.compile(r"(?:(?<![实出表发体])现|目前(?:仅|只|已|共)?)(?:有|拥有|建有)(?:的)?$")
_NOW_OPENS = re.compile(r"[ ]*(?:目前|截至目前|截止目前|当前|现已)")
# a year that tells when something was founded: 1961年设立的行政区
_FOUNDED_BEFORE = ("立于", "建于", "成立", "设立", "创立", "创办")
# (1994年8月经省人民政府批准设立的开发区, 于2005年经国务院批准设立,: by a body, too)
_FOUNDED_AFTER = re.compile(r"(?:\d{1,2}月)?(?:(?:设立|成立|建立|组建|创建|建成)的"
                            r"|(?:[经由][^,,。;\d]{1,12}?)?批准(?:设立|成立|组建)(?:的|[,,]))")
# a year that tells when a place was designated, its clause closed before the figure
# (2006年被省政府批准为省级开发区,总规划面积达到10.22平方公里: by a body, too)
_DESIGNATED_AFTER = re.compile(
    r"[ ]*(?:[经被][^,,。;]{0,8}?)?(?:批准|获批|晋升|升级)为[^,,。;\d]*[,,]")
# 去年全年,…85家,同比增长6.2%;获评…62家: last year opening a clause dates the sentence
# (…办公室获悉,去年郑洛新三市新增…;万人发明专利拥有量达8.26件: with no comma, as 2017年…)
_CLAUSE_LAST_YEAR = re.compile(
    # (该区去年新培育…: after the subject that opens the sentence)
    # (“去年,省委…: inside an opening quote; 预计去年全省…: a projection of last year)
    r"(?:^|(?<=[,;:,:。!?\n“]))[ ]*(?:(?:该|全|我|本)[区市县省镇]|[\u4e00-\u9fff]{1,3}[区市县])?"
    # (至去年底,…;…7224.9万个: as of the end of last year, the sentence's clauses after it too)
    r"(?:预计|截至|截止|至|到)?(去年|上年)(?:全年|一年|底|末)?"
    r"(?:[,,]|(?!同期|同比|以来|至今|底|末)(?=[\u4e00-\u9fff]{2}))")
# the year of the statistics a sentence reports (完成2017年度全社会研发经费投入统计工作)
_STATS_YEAR = re.compile(r"((?:19|20)\d{2})年度?[^,;。\d]{0,16}统计")
_BASE_LEAD = ("从", "较", "比", "与", "由", "自", "同")  # 从2016年的0.39个百分点: a base year
_PERIOD_END_NAMED = re.compile(r"[“‘]?(十[一二三四五]五)[”’]?(?:期末|末)")
# a plan written, not a period: 出台遂宁市“十四五”科技创新规划 (not 按照“十四五”规划目标)
_PLAN_MADE = re.compile(r"(?:出台|编制|制定|印发|发布|修订|起草|编写)[^,,。;:]{0,10}$")
_PLAN_NAMED = re.compile(r"”?[^,,。;:]{0,12}?规划(?!目标|确定|提出|明确|期|末|实施|中|任务)")
# an item of a list introduced before it: ——…, or a quoted label then ——(“六个倍增”——…)
_LIST_ITEM = re.compile(r"(?:“[^”\n]{1,12}”)?(?:——|—|-)")
# a line that breaks inside an open quote, the next starting with a page's number
# (…才政\n2、介美云”)
_BROKEN_INSIDE_QUOTE = re.compile(
    r"“[^”\n]{0,30}[\u4e00-\u9fff]\n(?=\d{1,3}、[^”\n]{0,30}”)")
_SENTENCE_YEAR = re.compile(  # (2015-2018年,…: a range dates what follows by its last year)
    # (据统计,2018年全市94户…: after a short lead such as 据统计, too)
    # (…榜单。 经济保持平稳发展 2013年,高新区…: after a run-in heading of a flattened page)
    # (。他说2017年,我县…: reported speech opening with the year)
    r"(?<=[。!?])[ ]*(?:[^,,。;\n\d“]{1,5}[,,]"
    r"|(?:[\u4e00-\u9fff]{4,10}|[他她](?:说|表示|介绍|指出))(?=(?:19|20)\d{2}年[,,]))?"
    r"(?:截至|截止|到)?"
    r"(?:(?:19|20)\d{2}年?[-—–~至])?((?:19|20)\d{2})年(?:底|末|度)?"
    # (。2016年科技部认定…33家: the year and the sentence's subject without a comma, but not
    # 2016年以来/年前/年上半年/年与2011年相比: a start, a part of the year or a comparison)
    r"(?:[,,]|(?=R&D|(?![以起前后内初中上下至到是的与和同比较相])[\u4e00-\u9fff]"
    # (。2019年花都区每万…: a district it names, also one whose name starts with a word the
    # subject rule leaves out, 和平区 or 上城区)
    r"|[\u4e00-\u9fff]{1,3}[区县](?![委域内级])"
    # (。2020年产业总收入440亿元,…: a subject and its figure in the year's first clause, also
    # after such a word: 2020年上半年产业总收入…)
    r"|[\u4e00-\u9fff]{2,10}(?:达到|达|为)?\d[^,,。;;\n]{0,6}[,,]))"
)


# a later clause that states a total up to now (…等3项荣誉,累计培育规上企业43家)
_TOTAL_CLAUSE = re.compile(r"[,,;][ ]*(?:累计|总计|合计)[^,,;]*$")
# a year heading a run-in part of a digest (2025年又有哪些事?2024:重点做好七个方面的工作)
_YEAR_HEAD = re.compile(r"(?<![\d.:])(?:19|20)\d{2}[::]")
# a sentence that opens with now (。目前,全州光端口总数…): it ends a year opened before it
_NOW_SENTENCE = re.compile(r"(?<=[。!?;])" + _NOW_OPENS.pattern)
# the next item of a run-in list (一是…。二是…): a new topic, which a year before does not date
_NEXT_ITEM = re.compile(r"[。;][ ]*(?:[二三四五六七八九十]是|其[二三四五六七八九十])")
# (数据显示,去年泉州…: after a short lead too)
_YEARS_SINCE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:多)?年来[,,]")
# 去年以来, 去年8月份以来, 去年启动…行动至今: since last year, up to now (not last year's)
_SINCE_LAST_YEAR = re.compile(r"[^,,。;;]{0,20}?(?:以来|至今)")
# what may stand between a period's years in parentheses and its figure: (2018―2020年)年均
_PERIOD_GLOSSED = re.compile(r"年均(?:增长|提高|增加|增幅)?|平均每年")
_SINCE_THEN = re.compile(r"至今|(?<!年)以来")  # (not 自2014年以来首次…: another start)
# 2015年来全社会研发经费支出年均增速居全国第一: 年来 as 年以来 (not 2023年来自企业的…: from)
_SINCE_SHORT = re.compile(r"来(?!自|源|看|说|到|临|访|华)")
_PARA_LAST_YEAR = re.compile(  # (not 去年以来: a start; 记者从…会议上获悉,去年,…: after a source)
    r"[ \t]*(?:[^,,。;\n\d]{1,6}[,,])?"
    # (…工作报告中介绍,江苏去年全社会研发投入…: after a source, a place named before it)
    r"(?:[^,,。;\n\d]{2,30}?(?:统计|显示|获悉|了解到|表明|介绍)[,,]"
    r"(?:[\u4e00-\u9fff]{1,4}(?<![比较与同于至到止自从]))??)?(?:去年|上年)(?!同期|同比|底|末)"
    rf"(?!{_SINCE_LAST_YEAR.pattern})")  # (not 去年8月以来,…: since then)
# 过去一年, 过去五年: the years just gone (not 五年来, which runs up to now)
_PAST_GONE = re.compile(_PAST_N_YEARS)
# (a plan's 过去一年, 过去五年,…提高7个百分点 or 五年来,…: a review of the years up to the plan's)
_PAST_YEARS = re.compile(_PAST_N_YEARS + r"|(?<![\d年])[两三四五六七八九十\d]{1,2}年来")
# (从近日召开的2025年全省科技工作会议上可知,过去一年,…: the year's meeting reviews the one before)
_MEETING_PAST_YEAR = re.compile(
    # (…从2020年青海省科技工作视频会议上获悉,过去一年青海省…: a meeting of any form)
    r"[^。;\n]{0,30}?(?P<y>(?:19|20)\d{2})年[^,,。;;\d\n]{0,16}?(?:会议|工作会|大会)"
    r"[^,,。;;\d\n]{0,8}[,,]过去(?:的)?一年[,,]?")
# the value of the same period a year before, given as a base: 较同期比重(13.4%), 由同期相差…
# (由上年同期的2.7%提升至5.3%, 从去年同期的第9位: the base a year before)
_SAME_PERIOD_BASE = re.compile(r"(?:较|比|与)(?:上年)?同期[\u4e00-\u9fff]{0,4}\($|由同期相差$"
                               r"|(?:由|从)(?:上年|去年)同期的?$")
# (过去五年,…/五年来,…: a review of years that, at the start of a year, ends the year before)
_PARA_PAST_YEAR = re.compile(
    r"[ \t]*(?:[^,,。;\n\d]{1,6}[,,])?(?:过去(?:的)?|(?=[一二两三四五六七八九十\d]+年来))"
    r"[一二两三四五六七八九十\d]+年(?:来|里|间)?[,,]")
# (是2014年指数得分近两倍: the base of a multiple, its 的 left out)
_BASE_OF_MULTIPLE = re.compile(
    r"[^,,;。:\n]{0,8}?(?:的|得分|水平)(?:近|约)?[\d.两二三四五六七八九十]+倍")
_BASE_OF_THIS = re.compile(r"[^,,;。:\n]{0,8}?的$")  # (…为“十一五”认定数的⟨9倍⟩)
_BASE_NEXT = re.compile(r"\d|[两二三四五六七八九十]倍")  # “十三五”末2倍: a period as a base
# a task of a government work report quoted with its number: …达620家。(第16条、高新科)
_TASK_TAG = re.compile(r"[^。;\n]{0,60}。?[ ]*\(第(?:\d{1,3}|[一二三四五六七八九十]{1,3})条")
# 新认定545家(任务目标400家): the target set beside the result
# (高于区下达指标任务(2.5%), 完成年度任务(44亿元)的85.1%: the task in parentheses)
# 全市拥有…园区1个: a place's present endowment, stated with no aim
_PLACE_HAS = re.compile(r"(?:全市|全区|全县|全省|全镇)(?:共|现|目前)?(?:拥有|建有)")
# a paragraph that opens on the year so far (今年以来,…) reports what is done
_SO_FAR_OPENS = re.compile(r"[ \t]*(?:今年|年初|本年)以来[,,]")
_TARGET_BEFORE = re.compile(_TARGET_NAMED)  # (…全年目标105家的207.6%)
# (今年…入库目标2万家, 市下达…增速确保目标增长12%,奋斗目标增长14%; 产值目标201亿元; 建库数目标任务
# 19家: the aim right before its figure, in a clause that reports nothing against it)
# figures a sentence aims at and then calls the aim (正瞄准高新技术企业总量达到300家、…,科技进步
# 贡献率达到63%以上的远期目标阔步前行)
_AIMED_AT = re.compile(r"瞄准|锚定|朝着|向着|对标")
_AIM_CLOSES = re.compile(r"[^。;!?\n]{0,60}?的(?:远期|中期|长期|年度|奋斗|发展)?目标")
_AIM_BEFORE = re.compile(r"(?:目标(?:任务)?(?:数|值)?(?:为|是|增长)?|剑指)$")  # (剑指300亿产值)
# (增长3.2%,塌目标1.8个百分点: short of the target, a result)
_REPORTED = re.compile(r"完成|实现|达到|超|高于|高出|低于|比|较|对照|塌|落后")
_TARGET_ASIDE = re.compile(  # (远超既定的500亿元投资目标: the aim set before)
    r"\((?:年度|全年)?(?:任务目标|目标任务|目标)(?:为|是)?$|(?:任务|指标|计划)\($|既定的$")
# a colon after 目标 introduces the targets it lists
_TARGETS_INTRO = re.compile(r"目标(?:是|为)?[”\"]?[::]")  # (主要的预期目标是:一是…)


# a year opening a clause (据数据显示,2020年,…) and a plan period or horizon named instead
_BASE_YEAR_OPENED = re.compile(
    r"(?:^|(?<=[,,。;:\n]))[^,,。;:\d\n]{0,8}?((?:19|20)\d{2})年(?:底|末)?[,,]")
_PERIOD_WORD = re.compile(r"十[一二三四五六]五|未来|今后|到(?:19|20)\d{2}年")
# a closed aside, whose 预计 projects only its own figure: 占GDP(…GDP预计为202亿元)比重为2.21%
# a closed aside or quoted title before the figure (“…控制、估计与故障诊断理论”等8项: a title's
# words are no cue)
_CLOSED_ASIDE = re.compile(r"\([^()\n]*\)|“[^“”\n]{1,60}”")


# 2022年以来,…统筹推动《…“十四五”规划》扎实落地: a paragraph on the plan's progress so far
_SINCE_OPENS = re.compile(r"[ \t]*((?:19|20)\d{2})年以来[,,]")


def _progress_since(norm: str, line_lo: int, period_end: int | None,
                    doc_year: int | None) -> bool:
    """Whether the paragraph opens with a year inside the plan's period (up to the document's
    year) and 以来: it reports the plan's progress, up to the document year."""
    m = _SINCE_OPENS.match(norm, line_lo)
    return (m is not None and period_end is not None and doc_year is not None
            and period_end - 4 <= int(m.group(1)) <= doc_year)


def _projection_ended(rest: str) -> bool:
    """Whether the text after a 预计 cue reports actuals again: 已/截至/1—9月份, or a clause
    reporting something new (预计总数接近1100,新增…111家) unless the projection itself lists new
    things (预计全年新增…23家,新增…100家)."""
    own = re.match(r"(?:今年|本年|全年)?", rest).end()
    if any(m.start() > own for m in _ACTUAL_AFTER.finditer(rest)):
        # (预计1—9月完成…, 预计今年上半年…: the months right after the cue are the projection's)
        return True
    new_things = r"新增|新认定|入库|获批|新建"
    cue_clause = re.split(r"[,,;]", rest, maxsplit=1)[0]
    # (预计实现地区生产总值455亿元,…,完成一般公共预算收入39.8亿元 and 预计地区生产总值增长6%左右,
    # 完成一般公共预算收入190.1亿元,…: one projection, a 完成 clause reports nothing new)
    return not re.search(new_things, cue_clause) and bool(
        re.search(rf"[,,;](?:{new_things})", rest))


def _later_plan_year(norm: str, lo: int, at: int, doc_year: int | None) -> int | None:
    """The year of a plan for a later year opened before ``at`` in the paragraph (a summary's
    ``2017年,…将…``), when no other year is named between."""
    if doc_year is None:
        return None
    years = list(re.finditer(r"((?:19|20)\d{2})年", norm[lo:at]))
    if not years:
        return None
    last = years[-1]
    y = int(last.group(1))
    if y <= doc_year or not re.match(r"(?:度)?[,,][^。;\d]{0,20}?(?:将|要|力争|计划)",
                                     norm[lo + last.end() : at]):
        return None
    return y


_DONE_AGAINST = re.compile(r"完成[^,,;;。\d]{0,12}$")


def _task_stated(norm: str, lo: int, at: int) -> bool:
    """Whether the figure at ``at`` sits in a task statement (任务是…, 任务为以下…:) that no
    report against it (截至10月底, 已完成) has followed yet."""
    # (not 完成了省下达的目标任务, 完成省知识产权局下达目标任务的314%: a report against it)
    task = max((m for m in _TASK_STATEMENT.finditer(norm, lo, at)
                if not _DONE_AGAINST.search(norm, max(0, m.start() - 14), m.start())),
               key=lambda m: m.start(), default=None)
    if task is None or _ACTUAL_AFTER.search(norm, task.end(), at):
        return False
    listed = re.match(r"[::]|以下", norm[task.end() : task.end() + 4])
    return bool(listed) or "。" not in norm[task.end() : at]


# a full sentence that opens with this year's plan: “今年,河北省将…
_THIS_YEAR_WILL = re.compile(
    # (据介绍,今年天津市要新增…: after a short lead too)
    # (…负责人表示,今年,河北省将…: after a speaker too)
    # (为畅通成果转化路径,今年镇江将…: after a purpose too)
    r"(?:^|(?<=[“\"\n。;;!?]))[ ]*(?:[^,,。;;\n\d]{1,6}[,,]|为[^,,。;;\n\d]{2,14}[,,]"
    r"|[^,,。;;\n\d]{1,20}?(?:表示|介绍|指出|透露|强调)[,,::])?"
    # (今年,市科技局计划…分四个片区开展: a plan too)
    r"(?:到|至)?(?:今年|明年)(?:年底|年末|底)?[,,]?[^,,。;;]{0,12}?(?:将|要(?![求“\"])|拟"
    r"|(?<!科技)(?<!火炬)(?<!人才)计划(?!项目|内|任务))")  # (not 申报省科技计划项目274项)
_THIS_YEAR_OPENS = re.compile(r"[ ]*今年[,,]")
# a sentence reporting last year (会议公布的数据显示,去年,…; 去年,全市…): a paragraph's
# opening of last year, at any sentence's start
_LAST_YEAR_REVIEWED = re.compile(r"(?:^|(?<=[。\n]))" + _PARA_LAST_YEAR.pattern)
# a condition a plan or notice sets (申报条件): 不低于1000万元, 不高于5亿元
_REQUIREMENT_BEFORE = re.compile(r"(?:不得?低于|不得?高于|不得?少于|不得?超过)[ ]*$")


# a sentence that breaks the one before into parts: 其中,青岛市…第1名
_PARTS_OPEN = re.compile(r"[ \t]*其中[,,]?")  # (…5578件。其中发明专利1643件: no comma too)


def _span_to_now(norm: str, at: int, s_lo: int) -> bool:
    """Whether the sentence a year opens at ``at`` speaks of a span up to now (2011年,我省启动…
    考评工作,至今已四届。): what follows it is of now, not of that year."""
    return bool(_SINCE_THEN.search(norm, at, max(at, norm.find("。", at, s_lo))))


def _parts_year(norm: str, full_lo: int, c_s: int, doc_year: int | None,
                sent_years: dict[int, int | None]) -> tuple[bool, int | None]:
    """For a sentence that opens with 其中, breaking the one before into parts and naming no
    year of its own: (True, the year of that sentence's last figure, or the year it names)."""
    if full_lo < 2 or norm[full_lo - 1] != "。" or not _PARTS_OPEN.match(norm, full_lo) or (
            _explicit_year(norm, full_lo, c_s, doc_year) is not None):
        return False, None
    prev_lo = _full_sentence_start(norm, full_lo - 1)
    if prev_lo in sent_years:
        return True, sent_years[prev_lo]  # …共331家。其中,综合性科普场馆2家: as the total
    year = _explicit_year(norm, prev_lo, full_lo - 1, doc_year)
    return year is not None, year  # 2023年度…评测结果发布。其中,青岛市…第1名



def _strives(sent_before: str) -> bool:
    """Whether 力争 before a figure makes it an aim: in its own clause, or in an earlier clause
    of a list of things to do (力争推广…3000亩以上,产出科研成果5项以上)."""
    strive = max(_STRIVE.finditer(sent_before), key=lambda m: m.start(), default=None)
    if strive is None or _ACTUAL_AFTER.search(sent_before, strive.end()):
        return False
    cut = re.search(r"[,;]", sent_before[strive.end() :])
    return cut is None or not _STRIVE_ENDED.search(sent_before, strive.end() + cut.end())


# (要强化孵化平台建设,新建科技企业孵化器5家: a directive of a meeting's report, what is to be done)
_NEXT_STEP_OPENS = re.compile(
    r"[ ]*[“\"]?(?:(?:下一步|下步|接下来|下阶段|下一阶段)[,,]|要(?![素点闻件]))")
_ALSO_OPENS = re.compile(r"[ ]*(?:同时|此外|另外)[,,]")


def _next_step(norm: str, full_lo: int) -> bool:
    """Whether the sentence states what is to be done: it opens with 下一步 or 要, or with 同时
    right after such a sentence (下一步,遵义市将…。同时,…努力实现…增速达15%左右)."""
    if _NEXT_STEP_OPENS.match(norm, full_lo):
        return True
    if not _ALSO_OPENS.match(norm, full_lo) or full_lo < 2:
        return False
    return bool(_NEXT_STEP_OPENS.match(norm, _sentence_before(norm, full_lo)))


_WILL_VERB = re.compile(r"(?<![即])将(?:再|重点|进一步|全面|继续|新|力争|努力)?" + _PLAN_VERB)


# a plan's own span on its title line: 建设三年行动计划(2018—2020年) (not 印发《…(2024-2026年)》,
# news of a plan, nor a plan cited by a notice)
_PLAN_SPAN = re.compile(
    r"(?m)^[^《\n]{0,40}(?:计划|方案|规划|纲要)[((]((?:19|20)\d{2})[ ]*[-—–~至][ ]*"
    r"((?:19|20)\d{2})年?[))][ \t]*$")


def _plan_span_end(norm: str, doc_year: int | None) -> int | None:
    """The last year of the span a multi-year plan names in its title, when the document's
    year falls inside it: the year its undated targets are for."""
    m = _PLAN_SPAN.search(norm[:800])
    if m is None or doc_year is None:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return end if start <= doc_year < end <= doc_year + 6 else None


def _will_carries(sent_before: str) -> bool:
    """Whether a plan verb in an earlier clause (将再打造100个…,实施1000个…) still governs the
    figure's clause: a list of things to do, with no result reported since."""
    # (将 right before its verb: 计划 and 要 are often nouns of a programme, 跃升计划的深入实施,
    # and 将政府培育为主转向… a preposition)
    will = max(_WILL_VERB.finditer(sent_before), key=lambda m: m.start(), default=None)
    if will is None or _ACTUAL_AFTER.search(sent_before, will.end()) or _YEAR.search(
            sent_before, will.end()):
        return False  # (…将…,2016年,石山横塘街完成…: a year opens a report)
    clause = re.split(r"[,;]", sent_before)[-1]
    if re.fullmatch(r"将(?:力争|努力)?(?:突破|达到|超过)", will.group()) and clause.strip() and (
            not re.match(r"(?:位居|居|位列|排名|排在|占)", clause)):
        # (有效高企将突破400家,…6家企业申报…: a level foreseen, no list of tasks; but 产能将达到
        # 46GWH,居全市区县首位: the rank of the level foreseen)
        return False
    cut = re.search(r"[,;]", sent_before[will.end() :])
    return cut is not None and not _STRIVE_ENDED.search(sent_before, will.end() + cut.end())


def _quoted_requirement(norm: str, s: int, e: int) -> bool:
    """Whether the figure sits inside a quote that is then called a requirement or a standard
    (按照“有研发的企业,研发投入同比增长15%”的要求)."""
    opened = norm.rfind("“", max(0, s - 120), s)
    if opened < 0 or "”" in norm[opened:s] or "\n" in norm[opened:s]:
        return False
    close = norm.find("”", e, e + 120)
    if close < 0 or "\n" in norm[e:close]:
        return False
    named = norm.startswith(("的要求", "要求", "的标准", "的目标"), close + 1)
    # (提出“2023年底累计建成5G基站9.21万个,…任务的目标”: an aim quoted whole)
    aimed = norm[close - 3 : close] in ("的目标", "的任务") and norm[
        max(0, opened - 2) : opened] in ("提出", "明确", "确定")
    return named or aimed


def _bullets_head(norm: str, line_lo: int) -> str | None:
    """The line a bullet stands under (2024年\n\n●力争…, 截至目前\n●全市累计拥有…)."""
    if not _BULLET.match(norm, line_lo):
        return None
    end = line_lo - 1
    for _ in range(80):  # (a long list: no head within reach)
        if end <= 0:
            break
        lo = norm.rfind("\n", 0, end) + 1
        line = norm[lo:end]
        if line.strip() and not _BULLET.match(line):
            return line
        end = lo - 1
    return None


def _under_now(norm: str, line_lo: int) -> bool:
    """Whether the line is a bullet under a line that says now (截至目前\n●…)."""
    head = _bullets_head(norm, line_lo)
    return head is not None and bool(_NOW_OPENS.fullmatch(head.strip()))


def _year_line_above(norm: str, line_lo: int) -> int | None:
    """The year of a bullet under a line that holds only that year (2024年\n\n●力争…)."""
    head = _bullets_head(norm, line_lo)
    m = _YEAR_LINE.fullmatch(head) if head is not None else None
    return int(m.group(1)) if m else None


# a paragraph that turns to the plan's aims: 到2025年,…; 主要目标; 展望
_AIMS_PARAGRAPH = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:到|至)(?:19|20)\d{2}年|[^\n]{0,12}?(?:主要目标|发展目标|总体目标|展望))")


def _opens_on_earlier_period(norm: str, period_end: int | None, at: int) -> bool:
    """Whether a plan's text opens with a paragraph on the period before its own (“十二五”期间,…
    in a 十三五 plan; 十三五以来,… in a 十四五 one) and has not turned to its aims by ``at``:
    an excerpt of its review (asked only under no heading that says either way)."""
    if period_end is None:
        return False
    m = _PERIOD_OPENER.match(norm, len(norm) - len(norm.lstrip()))
    end = _FIVE_YEAR_END.get(m.group(1)) if m else None
    return end is not None and end < period_end and not _AIMS_PARAGRAPH.search(norm, 0, at)


# a time the sentence names besides a year: a plan period, this year (the figure's own)
_TIME_NAMED = re.compile(r"十[一二三四五六]五|今年|年内|本年|当年")


def _year_of_item_run(norm: str, line_lo: int) -> int | None:
    """The year opening an earlier line of a run of lines ending with ; (one sentence set a
    clause a line: 2021年全市…67.6%;\n\n全社会研发投入超过450亿元,…;)."""
    end = line_lo
    for _ in range(30):  # (a long list: no opener within reach)
        while end > 0 and norm[end - 1].isspace():
            end -= 1
        if end <= 0 or norm[end - 1] not in ";;":
            return None
        lo = norm.rfind("\n", 0, end) + 1
        opener = _PARA_YEAR.match(norm, lo, end)
        if opener is not None and not _MEETING_OR_POOL_AFTER.match(norm, opener.end()):
            return int(opener.group(1))
        end = lo
    return None


# a date early in a year with no year of its own (1月12日,…全会提出): when a page was written
_EARLY_DATE = re.compile(r"(?<![\d年.])[1-3]月\d{1,2}日")
# a sentence that reports the data of a release: 数据显示, 公报显示
_DATA_SHOW = re.compile(r"[ ]*(?:数据|公报|统计|结果|成果)显示[,,]")
# a sentence that announces a year's results: 公布了2022年度国家高新区综合评价结果
_RELEASED = re.compile(r"(?:公布|发布|出炉)了?[^,,。;\d]{0,12}?((?:19|20)\d{2})年度?"
                       r"[^,,。;\d]{0,20}?(?:结果|名单|榜单|公报)[。]?$")


def _released_year(norm: str, full_lo: int) -> int | None:
    """The year of the results the sentence before announced, which this one reports: after a
    statistics release when it opens 数据显示, after a list or evaluation's results always."""
    lo = _sentence_before(norm, full_lo)
    if _DATA_SHOW.match(norm, full_lo):
        stats = max(_STATS_YEAR.finditer(norm, lo, full_lo), key=lambda m: m.start(),
                    default=None)
        if stats is not None:
            return int(stats.group(1))
    results = _RELEASED.search(norm, lo, full_lo)
    return int(results.group(1)) if results else None


# funds or projects won from above (去年,…争取上级经费2.18亿元: obtained, in a past year)
_WON_FUNDS = re.compile(r"(?:到|得)?(?:上级|中央|国家|省级?|市级?|各级|各类|[^,,。;]{0,4}专项)*"
                        r"(?:资金|经费|项目|支持)")
# a programme joined (三家企业入选国家重点研发计划: its name, no plan)
_JOINED_PROGRAMME = re.compile(r"(?:入选|列入|纳入|承担|获批)[^,,。;]{0,12}$")


def _aim_cue(tail: str, dated: bool) -> bool:
    """Whether the words before a figure of a past year set an aim; not 完成2023年度… before a
    dated figure (done), 争取上级经费 (funds won) or 入选…研发计划 (a programme's name)."""
    for m in _STRONG_TARGET_CUE.finditer(tail):
        cue = m.group()
        if ((cue == "完成" and dated and not _YEAR.search(tail, m.end()))
                or (cue == "争取" and _WON_FUNDS.match(tail, m.end()))
                or (cue == "计划" and _JOINED_PROGRAMME.search(tail, 0, m.start()))):
            continue
        return True
    return False


# a quote that states what is to be reached: “2023年底累计建成5G基站9.21万个,…”
_PLAN_VERB_IN_QUOTE = re.compile(r"累计|建成|达到|实现|完成|突破|新增")
# a quote that opens with a year and runs past a clause (“2022年全区…,在…中,…; “2024年,我们…):
# speech, no name
_QUOTED_SPEECH_YEAR = re.compile(r"“(?:19|20)\d{2}年[^”,,。;;]*[,,]")
# the year a sentence compares with: 对比2022年名单, 与2022年相比, 较2022年
_COMPARED_YEAR = re.compile(r"(?:对比|相比|比|较|与|同)((?:19|20)\d{2})年(?!以来|至今)")
# a rule each of a kind must meet every period (各镇科协每年开展志愿服务不少于6次)
_EACH_AT_LEAST = re.compile(
    r"各[^,,。;;]{1,12}?每(?:年|季度|季|月|半年|周)[^,,。;;\d]{0,16}?"
    r"(?:不少于|不低于|至少|不得少于)[ ]*$")
# one aspect of what the paragraph before told (分细项来看, 从产业领域看)
_ASPECT_LOOK = r"(?:分[\u4e00-\u9fff]{1,4}|从[^,,。;:\n\d]{1,10}?)(?:来)?看"
# a paragraph that opens by going on with the one before, of the same year: it breaks down
# what that one reported (an aspect, 具体来看), or its speaker goes on (他还提到,…)
_GOES_ON_OPENS = re.compile(
    rf"[ \t]*(?:{_ASPECT_LOOK}|具体(?:来)?看"
    r"|[他她](?:还|又|同时|并)(?:提到|表示|介绍|指出|说))[,,::]")
_ASPECT_OPENS = re.compile(rf"[ \t]*{_ASPECT_LOOK}[,,::]")


# the months of a year so far, whose figures are data, not aims (2022年1-11月, 前三季度)
_MONTHS_SO_FAR = re.compile(
    r"(?:19|20)\d{2}年(?:1[-—–~至]\d{1,2}月|前[一二三]季度|上半年|一季度|第一季度)")
# a lead sentence that only tells of a meeting held (…召开2023年全省科技工作会议)
_MEETING_HELD = re.compile(r"(?:召开|举行|举办)[^,,;;]{0,30}?(?:会议|大会)$"
                           r"|(?:会议|大会)[^,,;;]{0,16}?(?:召开|举行|开幕)$")
# the review after a meeting's lead: 市长说,去年…, 2022年,…
_REVIEW_OPENS = re.compile(r"[ \n]*(?:[^,,。\n\d]{1,8}(?:说|表示|指出|介绍)[,,:])?"
                           r"(?:去年[,,]?|(?P<year>(?:19|20)\d{2})年(?:度)?[,,])")
# 去年 that sets the time of a news lead's first sentence (记者从区统计局获悉,去年1-11月,…)
_LEAD_LAST_YEAR = re.compile(r"(?:^|(?<=[,,:: ]))(?:去年|上年)(?!同期|同比|以来|底|末|至今)")


def _lead_year(norm: str, doc_year: int) -> tuple[int, int] | None:
    """The year before the page's own that its news lead reports on, and where the lead ends:
    the first sentence of its first paragraph says 去年 and names no year (记者从区统计局获悉,
    去年1-11月,…), or opens a clause with that year (记者12日从市科技局获悉,2022年福州… in 2023)."""
    at = 0
    for _ in range(8):
        line_lo, nl = at, norm.find("\n", at)
        line, at = (norm[at:], len(norm) + 1) if nl < 0 else (norm[at:nl], nl + 1)
        if len(line.strip()) < 30 or "。" not in line:
            continue  # a title, a headline or a dateline (去年1-11月全县…增长10.7%: no lead)
        if re.search(r"今年|本年|明年", line):
            return None  # 去年,全省新增…;今年,河北省将…: a lead on both years
        first = re.split(r"[。!?]", line, maxsplit=1)[0]
        years = {int(y.group(1)) for y in _YEAR.finditer(first)}
        if not years and _LEAD_LAST_YEAR.search(first):
            return _writing_year(norm, doc_year) - 1, at
        if years == {doc_year - 1} and re.search(
                rf"(?:^|(?<=[,,:: ])){doc_year - 1}年(?:度)?(?!以来|至今)", first):
            return doc_year - 1, at
        if years <= {doc_year} and _MEETING_HELD.search(first):
            # 召开2023年全省科技工作会议。2022年,…: its review of that year (市人大会议…开幕。
            # 市长作《政府工作报告》。\n市长说,去年…: after the meeting's other lines too)
            lo = line_lo + len(first) + 1
            for _ in range(2):
                review = _REVIEW_OPENS.match(norm, lo)
                if review and review["year"] in (None, str(doc_year - 1)):
                    return doc_year - 1, norm.rfind("\n", 0, lo + 1) + 1
                end = norm.find("。", lo)
                if end < 0 or re.search(r"\d", norm[lo:end]):
                    break  # (a sentence with figures of its own: no meeting's boilerplate)
                lo = end + 1
        return None
    return None


def _previous_paragraph(norm: str, para_lo: int) -> tuple[int, int]:
    """The span of the paragraph before the one starting at ``para_lo`` (blank lines skipped)."""
    hi = para_lo
    while hi > 0 and norm[hi - 1].isspace():
        hi -= 1
    return norm.rfind("\n", 0, hi) + 1, hi


def _goes_on_year(norm: str, para_lo: int) -> int | None:
    """The year of the paragraph a ``分细项来看,`` paragraph goes on from: the one before, or,
    past sibling aspects (从经济指标看,…2021年…。\n从产业领域看,…), the one before them all."""
    lo, hi = _previous_paragraph(norm, para_lo)
    while lo > 0 and _ASPECT_OPENS.match(norm, lo):
        lo, hi = _previous_paragraph(norm, lo)
    return _year_named_before(norm, lo, hi)


def _opens_review(norm: str, para_lo: int) -> bool:
    """Whether the paragraph opens a review of past years (过去一年,…, 五年来,…), or reports
    its results (成果显示,…) after a paragraph that does."""
    if _PARA_PAST_YEAR.match(norm, para_lo):
        return True
    return para_lo > 0 and bool(_DATA_SHOW.match(norm, para_lo)) and bool(
        _PARA_PAST_YEAR.match(norm, _previous_paragraph(norm, para_lo)[0]))


def _year_named_before(norm: str, lo: int, hi: int) -> int | None:
    """The last year named between lo and hi that is no base (较2022年, 2013年为基期)."""
    named = [y for y in _YEAR.finditer(norm, lo, hi)
             if norm[max(0, y.start() - 1) : y.start()] not in _BASE_LEAD
             and not norm.startswith(("为基期", "为基年"), y.end())]
    return int(named[-1].group(1)) if named else None


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
    full_lo = _full_sentence_start(norm, s_lo)
    year = _explicit_year(norm, s_lo, c.s, doc_year)
    if year is None and _THAT_YEAR_OPENS.match(norm, full_lo):
        # 2019年,…2.72%。\n当年,全省万人发明专利拥有量达30.16件: the year named just before
        year = _year_named_before(norm, max(0, full_lo - 300), full_lo)
    if norm[c.s - 1 : c.s] in ("从", "由") and _FROM_TO.match(norm, c.s):
        # 对比2022年名单,…增幅达65%,从75家增加至124家: the start is the compared year's
        base = max(_COMPARED_YEAR.finditer(norm, full_lo, c.s), key=lambda m: m.start(),
                   default=None)
        if base is not None and (year is None or year == doc_year):
            year = int(base.group(1))
    line_lo = norm.rfind("\n", 0, s_lo) + 1
    progress = doc_type == "five_year_plan" and _progress_since(norm, line_lo, period_end, doc_year)
    # a plan's results told at or after its period's end (“十四五”期间…, 五年来,… in 2025)
    looking_back = (doc_type == "five_year_plan" and period_end is not None
                    and doc_year is not None and doc_year >= period_end)
    para_lo = max(line_lo, s_lo - 400, 0)
    if year is None and _THAT_YEAR_INSIDE.search(sent_before):
        # 2021年,滁州高新区…;当年吸纳技术合同成交额20.89亿元: the year the paragraph named
        year = _year_named_before(norm, para_lo, s_lo)
    if year is None:
        year = _year_line_above(norm, line_lo)  # 2024年\n\n●力争…780亿元以上: that year's
    line_hi = norm.find("\n", c.e)
    line_hi = len(norm) if line_hi < 0 else line_hi
    if (year is None and line_lo > 0 and not any(  # (是2012年的2.25倍: a base, no year)
            norm[max(0, y.start() - 1) : y.start()] not in (*_BASE_LEAD, "是", "为")
            for y in _YEAR.finditer(norm, line_lo, line_hi))  # (an item with a year of its own)
            and not _NOW.search(norm, line_lo, c.s)
            and not _TIME_NAMED.search(norm, line_lo, c.s) and "全年" not in norm[line_lo : c.s]):
        year = _year_of_item_run(norm, line_lo)  # (2021年全市…;\n\n全社会研发投入…: that year's)
    if (year is None and doc_type == "five_year_plan" and period_end is not None
            and not _STRONG_TARGET_CUE.search(sent_before) and not _PERIOD_WORD.search(sent_before)
            and (base := _BASE_YEAR_OPENED.findall(norm, line_lo, s_lo))
            and int(base[-1]) <= period_end - 5):
        # 据数据显示,2020年,…达到90.22%。培育…高新技术企业432家 in a 十四五 plan: the
        # paragraph goes on about the base year it opened
        year = int(base[-1])
    # (…;完成营收2614亿元,比“十三五”末翻了一番: a period as a base names no time)
    named = next((m for m in _TIME_NAMED.finditer(sent_before) if not sent_before[
        max(0, m.start() - 2) : m.start()].rstrip("“‘\"").endswith(_BASE_LEAD)), None)
    if year is None and not named and "全年" not in sent_before and not _NOW_OPENS.match(
            sent_before):
        # 2022年,全区…35.7%;拥有6个国家级科研平台: a year earlier in the full sentence
        # (…2.95%;全年实现…: 全年 is the document's own year; …3.79万件;目前发明专利拥有量
        # 达2.14万件: now)
        opener = max(_CLAUSE_YEAR.finditer(norm, full_lo, s_lo), key=lambda m: m.start(),
                     default=None)
        stats = max(_STATS_YEAR.finditer(norm, full_lo, s_lo), key=lambda m: m.start(),
                    default=None)
        if opener is not None and not (stats is not None and stats.start() > opener.end()):
            # a year opening a clause (2022年,…), not 完成2023年度…比重
            year = int(next(g for g in opener.groups() if g))
        elif stats is not None:  # 完成2017年度全社会研发经费投入统计,…;…强度达2.39%: its data
            # (近日,2021年…发布会…:…经过对2020年相关统计数据的分析评价,…;66个: the later)
            year = int(stats.group(1))
        elif full_lo > 1 and (released := _released_year(norm, full_lo)) is not None:
            # 联合发布了2021年我省科技经费投入统计公报。数据显示,唐山市研发经费投入为185.63亿元,
            # 公布了2022年度国家高新区综合评价结果。南昌高新区…位列第22位: that release's year
            year = released
        elif doc_year is not None:
            last = max(_CLAUSE_LAST_YEAR.finditer(norm, full_lo, s_lo), key=lambda m: m.start(),
                       default=None)
            if last is not None and not re.search(r"今年|本年|目前", norm[last.end() : s_lo]):
                # (去年新认定…;今年1—9月,…;…比重达3%: this year's clause since)
                # (上年度 counts back from the year reported on, as in a sentence's own 上年: 发布
                # 2023年…评估结果。…;上年度研发费用支出达213.26亿元 is 2022's)
                back_from = (doc_year if last.group(1).startswith("上")
                             else _writing_year(norm, doc_year))
                year = back_from - _LAST_YEAR_BACK[last.group(1)]
    if year is None and doc_year is not None and (first := _FIRST_YEARS.search(sent_before)):
        # “五年来,…前四年全社会研发经费投入年均增长11.6%”: the period's first four years
        period = _FIVE_YEAR_NAME.search(norm, para_lo, c.s)
        if period or "五年来" in norm[para_lo : c.s]:
            end = _FIVE_YEAR_END.get(period.group()) if period else None
            start = end - 4 if end else (doc_year - 1) // 5 * 5 + 1
            year = start + int(_cn_value(first.group(1)) or 1) - 1
    future_year = False  # the year comes from 到2027年 / 未来5年: a horizon, not a history
    if year is None and not named:
        # 到2027年,…。…;全区…突破8家: a target year that opens the paragraph, or the
        # introduction of a ——-list of targets
        look_lo = max(para_lo - 1, 0)
        if _LIST_ITEM.match(norm, para_lo) and para_lo > 0:
            look_lo = max(0, para_lo - 1500)
        elif para_lo == line_lo and any(m.end() == line_lo for m in _BROKEN_INSIDE_QUOTE.finditer(
                norm, max(0, line_lo - 40))):
            # (主要目标到2025年,积极打造“产学研用金、才政\n2、介美云”…: a page break inside a
            # quote, the page's number before the line; the sentence goes on)
            look_lo = norm.rfind("\n", 0, line_lo - 1) + 1
        to_year = list(_TO_YEAR.finditer(norm, look_lo, s_lo))
        if not to_year and doc_type != "work_summary" and heads and "目标" in heads[0]:
            # (二)工作目标。\n到2023年,迈入…。\n自主创新能力大幅提升。…达到7.4件: the year a
            # paragraph of the goals section opens with dates the paragraphs after it
            head_at = norm.rfind(heads[0][-6:], max(0, para_lo - 1500), para_lo)
            if head_at >= 0:
                to_year = [m for m in _TO_YEAR.finditer(norm, head_at, para_lo)
                           if m.group().startswith("\n")]  # (a paragraph that opens with it)
        if to_year and _NOW.search(norm, to_year[-1].end(), c.s):
            to_year = []  # 到2020年,…1332亿元。截至目前,全区共有…309家: now, since
        if to_year and "全年" not in sent_before:  # ——全年新认定30家: the plan's own year
            year = int(to_year[-1].group(1))
            future_year = True
        elif para_lo < s_lo and (para_lo == 0 or norm[para_lo - 1] == "\n") and not (
            doc_type == "five_year_plan" and _PLAN_SAYS.search(sent_before)
        ):
            # 据介绍,2025年,…。…新引进企业365家: a year opening the paragraph dates it
            opener_year = (_PARA_YEAR.match(norm, para_lo) or _PARA_SOURCE_YEAR.match(norm, para_lo)
                           or _PARA_SUBJECT_YEAR.match(norm, para_lo))
            if opener_year and not _DOC_TITLE_AFTER.match(norm, opener_year.end()) and not (
                    _MEETING_OR_POOL_AFTER.match(norm, opener_year.end())  # (a meeting's name)
                    or _NOW.search(norm, full_lo, c.s)  # 2022年,…。截至目前,…80家: now
                    or _SENTENCE_YEAR.search(norm, opener_year.end(), s_lo)  # (a later one)
                    # (2019年…增加28%,截至今年10月31日,…。列入统计的13个高新区: now)
                    or _THIS_YEAR_NAMED.search(norm, opener_year.end(), s_lo)
                    or _span_to_now(norm, opener_year.end(), s_lo)  # (2011年,…,至今已四届。)
                    # (2012年,中国科协启动…体系。10年来,…。我国建成了…408座: now)
                    or _YEARS_SINCE.search(norm, opener_year.end(), s_lo)
                    or (para_lo >= full_lo and "全年" in sent_before)):  # (…;全年实现…: now)
                year = int(opener_year.group(1))
        if year is None and para_lo < s_lo:
            # 近年来,…。2022年,昌平区…60余场。科普讲座…共举办200余场: a later sentence opener
            later = max(_SENTENCE_YEAR.finditer(norm, para_lo, s_lo), key=lambda m: m.start(),
                        default=None)
            if later is not None and not any(  # (a base year or the same year between: no end)
                    norm[max(0, y.start() - 1) : y.start()] not in _BASE_LEAD
                    and y.group(1) != later.group(1)
                    for y in _YEAR.finditer(norm, later.end(), c.s)) and not (
                doc_type == "five_year_plan" or _NOW.search(norm, full_lo, c.s)
                or _NOW_SENTENCE.search(norm, later.end(), full_lo)  # (…。目前,全州…: now)
                or _DOC_TITLE_AFTER.match(norm, later.end())
                or _NEXT_ITEM.search(norm, later.end(), s_lo)  # (…。二是技术合同成交额。)
                or _YEAR_HEAD.search(norm, later.end(), c.s)  # (…?2024:重点做好…: a new head)
                or _YEARS_SINCE.search(norm, later.end(), c.s)  # (…第三位。一年来,…: now)
                or _span_to_now(norm, later.end(), s_lo)
                or _THIS_YEAR_NAMED.search(norm, later.end(), s_lo)
            ):
                year = int(later.group(1))
        if (year is None and para_lo > 0 and norm[para_lo - 1] == "\n"
                and _GOES_ON_OPENS.match(norm, para_lo) and not _YEAR.search(norm, para_lo, c.s)
                and not _NOW.search(norm, full_lo, c.s)):
            # 2023年指数得分为374.0。\n分细项来看,…四个分项指数依次为364.4、…: that year's parts
            # (“2022年本市…。”副主任说。\n他还提到,…4.1%: the same speaker goes on)
            year = _goes_on_year(norm, para_lo)
        if (year is None and doc_year is not None and para_lo < s_lo
                and _PARA_LAST_YEAR.match(norm, para_lo) and not _YEAR.search(norm, para_lo, c.s)
                and not _NOW.search(norm, full_lo, c.s)
                and not _THIS_YEAR_NAMED.search(norm, para_lo, c.s)):  # (…;今年1—9月,…)
            # 去年8月开始,…。在占地…的三大主厂区: last year's paragraph
            year = _writing_year(norm, doc_year) - 1
        if year is None and doc_year is not None and (
                (doc_type == "work_plan" and _PAST_YEARS.search(norm, full_lo, c.s))
                or (doc_type == "work_summary" and _dated_early(norm, doc_year)
                    and _PAST_GONE.search(norm, full_lo, c.s))):
            # a plan's 过去一年,…突破1100家: the year before the plan (and a page dated early in
            # its year: 2024-02-01 …过去一年,松阳县工业增加值51.23亿元 is 2023's; but 五年来 runs
            # up to now)
            year = doc_year - 1
        if (year is None and (meeting := _MEETING_PAST_YEAR.match(norm, para_lo))
                and not _YEAR.search(norm, meeting.end(), c.s)
                and not _NOW.search(norm, full_lo, c.s)):
            year = int(meeting["y"]) - 1
        if (year is None and doc_type == "work_summary" and doc_year is not None
                and _opens_review(norm, para_lo)
                and (_THIS_YEAR_WILL.search(norm, c.e)
                     or re.search(rf"{doc_year}年[,,]?[^,,。;;\d]{{0,12}}?(?:将|要)", norm[c.e :])
                     # (…。1月12日,肇庆市委全会提出…。\n过去一年,…: a page of early in the year
                     # that names no year of its own above; not 2月12日…会议…,2024年,内蒙古…)
                     or (_EARLY_DATE.search(norm, 0, min(para_lo, 400))
                         and not _YEAR.search(norm, 0, para_lo))
                     # (“硬核”数据尽显苏州创新力 去年全社会研发投入达1055亿元: a headline on
                     # last year, so the page's 过去一年 is that year too)
                     or any(not _SINCE_LAST_YEAR.match(norm, y.end())
                            for y in _LAST_YEAR.finditer(norm, 0, min(para_lo, 300))))
                and not _YEAR.search(norm, para_lo, c.s)
                and not _NOW.search(norm, full_lo, c.s)):
            # 过去一年,市科协…增至215家。…\n今年,市科协将…: a review at the start of the
            # year after the one it reviews (a year-end summary says 今年 of its own year)
            year = doc_year - 1
    if year is None and not (named or "全年" in sent_before) and doc_year is not None:
        # 未来5年…(targets): the period that starts in the document year, stated in the
        # paragraph before the figure (a 2021 text's 今后五年 ends in 2025)
        # (in a summary only in its own sentence: 明确未来五年…的目标。…提出了18条: done now)
        nxt_lo = full_lo if doc_type == "work_summary" else para_lo
        nxt = max(_NEXT_YEARS.finditer(norm, nxt_lo, c.s), key=lambda m: m.start(),
                  default=None)
        if nxt is not None:
            n = int(nxt["n"]) if nxt["n"].isdigit() else int(_cn_value(nxt["n"]) or 0)
            if 1 < n <= 10:
                year = doc_year + n - 1
                future_year = True
    # a five-year-plan period named before the figure (十四五期末 → 2025)
    period_year: int | None = None
    # “十二五”期间,…;66项科技成果获奖: the period named earlier in the full sentence
    period_text = sent_before if year is not None else norm[full_lo : c.s]
    for m in re.finditer(r"[“‘]?(十[一二三四五]五)[”’]?(?:期末|末|时期|期间|以来)?", period_text):
        pre = period_text[max(0, m.start() - 2) : m.start()]
        if pre.endswith(("比", "较", "是", "从", "由", "与", "同")) or period_text.startswith(
                "末的", m.end()):  # (与“十二五”末相比: a base)
            continue
        if m.end() == len(period_text) or _BASE_NEXT.match(period_text, m.end()) or (
                _BASE_OF_MULTIPLE.match(period_text, m.end())) or (
                c.kind_hint == "multiple" and _BASE_OF_THIS.match(period_text, m.end())):
            continue  # 基站数量达到“十三五”末2倍, 为“十一五”认定数的9倍: the base of a multiple
        if period_text.rfind("《", 0, m.start()) > period_text.rfind("》", 0, m.start()):
            continue  # 发布《海宁市“十四五”科技创新发展规划》,…31项: a title names the period
        if _PLAN_MADE.search(period_text, max(0, m.start() - 14), m.start()) and _PLAN_NAMED.match(
                period_text, m.end()):
            continue  # 出台遂宁市“十四五”科技创新规划,…新认定30家: the plan is a document
        if _NOW.search(period_text, m.end()):
            period_year = None  # “十二五”期间,…翻番,目前已有1939家: the figure is of now
            continue
        period_year = _FIVE_YEAR_END.get(m.group(1))
        opening = re.match(r"[ ,\"”]*(?:的)?开局(?:的|之)?(?:(?:头|前)([两二三])年)?",
                           period_text[m.end() : m.end() + 10])
        if period_year and opening:
            period_year -= 4  # 作为“十四五”开局之年: its first year
            if opening.group(1):  # “十三五”开局的头两年: up to its second year
                period_year += 2 if opening.group(1) == "三" else 1
        since = m.group().endswith("以来")
        summary = doc_type == "work_summary"
        # “十三五”以来 in a 2018 text, “十四五”期间,我市获…117项 in a 2024 summary: up to now
        running = since or (summary and m.group().endswith(("期间", "时期"))
                            and not _AIM_WORD.search(period_text, m.end()))
        # (“十三五”以来,…累计开展科普活动6739次 in a 2021 report: a running total, up to now
        # too; but 从90家增加到280家 after it ends at the period's end)
        running_total = summary and since and "累计" in period_text[m.end() :]
        if period_year and doc_year and (
                (period_year > doc_year and running) or running_total):
            period_year = doc_year
    if period_year is None and (doc_type == "five_year_plan" or year is None):
        # a paragraph that opens with “十三五”期间 speaks of that period throughout (in any
        # document, a period over before the document's year: “十三五”时期,…。高新技术企业增长3.5倍)
        # (from the line's start, however long the paragraph runs)
        opener = _PERIOD_OPENER.match(norm, line_lo)
        # (in a plan, after a run-in heading too: 1.科技综合实力明显提升。“十三五”期间,…)
        run_in = norm.find("。", para_lo, min(para_lo + 30, s_lo))
        if opener is None and run_in > 0 and doc_type == "five_year_plan":
            opener = _PERIOD_OPENER.match(norm, run_in + 1)
        if opener is None and doc_type == "work_summary":
            # (记者获悉,“十三五”时期重庆…排名全国第七位。…高新技术企业增长3.5倍: the period
            # the paragraph's first sentence names, when no year follows it)
            first = norm.find("。", para_lo, s_lo)
            lead = _PERIOD_IN_LEAD.search(norm, para_lo, first if first > 0 else c.s)
            if lead is not None and not _YEAR.search(norm, lead.end(), c.s):
                opener = lead
        if opener is not None and _NOW.search(norm, full_lo, c.s):
            opener = None  # “十二五”期间,…翻番,目前已有1939家: the figure is of now
        end = _FIVE_YEAR_END.get(opener.group(1)) if opener else None
        if end is not None and para_lo < s_lo and (
                doc_type == "five_year_plan" or (doc_year is not None and end < doc_year)):
            period_year = end
    plain_sent, plain_clause = _CLOSED_ASIDE.sub("", sent_before), _CLOSED_ASIDE.sub(
        "", before_clause)
    near = max(_EXPECTED_CUE.finditer(plain_sent[-30:]), key=lambda m: m.start(), default=None)
    expected = bool(_EXPECTED_CUE.search(plain_clause) or _EXPECTED_NOTE.match(norm, c.e) or (
        near is not None and not _projection_ended(plain_sent[-30:][near.end() :])))
    carried = False  # 预计 opens a projection that runs to the end of its sentence
    if not expected:
        last_end = max((m.end() for m in _EXPECTED_CUE.finditer(plain_sent)), default=-1)
        carried = last_end >= 0 and not _projection_ended(plain_sent[last_end:])
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

    # (4、产出各类知识产权28万件,较2022年同比增长39.2% read as a heading: a comparison, no date)
    head_year_m = _YEAR.search(_COMPARED_YEAR.sub("", all_heads))
    head_year = int(head_year_m.group(1)) if head_year_m else None
    plan_head = bool(
        re.search(r"打算|思路|计划(?!执行|完成)|下一步|展望|安排", _PROGRAMME.sub("", all_heads))
    ) and not retro_head
    if not expected and doc_type == "work_summary" and re.search(
        r"(?:将|有望)(?:达到|达|突破|超过|超|实现|接近)$", before_clause.rstrip()[-6:]
    ) and not (year is not None and doc_year is not None and year > doc_year):
        # (到2023年全省科技型企业数量将达到5万家 in 2021: a target set for a later year)
        expected = True  # a summary's 将达1850家: a projection for the year
    # (…有望继续领跑,提前两年完成…1250亿元的目标: an earlier clause's projection does not make
    # the target the figure states expected)
    own_expected = expected and bool(_EXPECTED_CUE.search(plain_clause))
    if not own_expected and (_AS_TARGET.match(norm, c.e) or (
        _AIMED_AT.search(sent_before) and _AIM_CLOSES.match(norm, c.e)) or (
        c.kind_hint in ("percent", "points", "money") and _AS_TARGET_RATE.match(norm, c.e)
    ) or (norm[max(0, c.s - 2) : c.s] in ("全年", "年度")
          and re.match(r"(?:目标|指标)?任务|目标|指标", norm[c.e : c.e + 4]))
            or _TARGET_ASIDE.search(norm, max(0, c.s - 10), c.s)
            or (_AIM_BEFORE.search(before_clause) and not _REPORTED.search(before_clause))
            or (_TARGET_BEFORE.search(norm, max(0, c.s - 8), c.s)
                and _SHARE_DONE.match(norm, c.e))):
        # 完成全年170家任务的71.8%: the year's task
        status = "target"  # 完成同比增长10%的年度指标任务: the figure is the target itself
    elif expected or carried:
        status = "expected"
    elif doc_type == "work_summary":
        when = year if year is not None else period_year
        later = when is not None and doc_year is not None and when > doc_year
        horizon = bool(re.search(
            r"(?:到|至)(?:(?:19|20)\d{2}年|[“‘]?十[一二三四五]五)|下一步|今后|规划建设",
            sent_before))
        # (future_year: the paragraph's 到2023年 horizon, before it; 2022年,…增长11%以上 in a
        # 2021 report: a lower bound for a later year is an aim)
        status = "target" if (
            later and (target_cue or horizon or future_year or norm.startswith(_GE_POST, c.e)
                       or _STRONG_TARGET_CUE.search(sent_before))
            and not _MONTHS_SO_FAR.search(sent_before)  # (2022年1-11月,…实现…: data so far)
        ) or plan_head else "actual"
        if plan_head and year is None and period_year is None and head_year is None and doc_year:
            year = doc_year + 1  # the summary's 明年工作思路
        will = _WILL_DO.search(before_clause)
        if will and will.group().endswith("投资") and (
                before_clause.startswith("额", will.end()) or "的" in before_clause[will.end() :]
                or norm.startswith("的", c.e)) and not re.search(r"在谈|洽谈|意向", sent_before):
            will = None  # 推进计划投资1150亿元的56个项目, 计划投资额: the projects' size
            # (not 在谈项目两个:一是…计划投资1.1亿元的…项目: a project still to be won)
        if will and will.group().startswith("拟") and re.search(r"公示|名单", sent_before):
            will = None  # 进入拟认定公示名单(第一批拟认定10家,…): a published list, no aim
        if status == "actual" and will and not _ACTUAL_AFTER.search(before_clause, will.end()):
            status = "target"  # 今年,全区要完成至少50个, 全年计划完成…突破200个: still to do
        if status == "actual" and _strives(sent_before):
            status = "target"  # 力争推广…3000亩以上,产出科研成果5项以上: the aims
        if status == "actual" and _next_step(norm, full_lo) and not (
                _ACTUAL_AFTER.search(norm, full_lo, c.s)):
            status = "target"  # 下一步,市工信局将…,2021年完成550个…项目: what is to be done
        if status == "actual" and _will_carries(sent_before):
            status = "target"  # 将再打造100个…,实施1000个…,带动2000户以上: the plan's list
        this_year = _THIS_YEAR_WILL.search(norm, full_lo, c.s)
        if status == "actual" and this_year and not _ACTUAL_AFTER.search(
                norm, this_year.end(), c.s):
            status = "target"  # “今年,河北省将保持…增长,分别新增1000家、10000家”: the year's plan
        if status == "actual" and _THIS_YEAR_OPENS.match(norm, full_lo) and (
                _LAST_YEAR_REVIEWED.search(norm, 0, full_lo)) and not _ACTUAL_AFTER.search(
                norm, full_lo, c.s):
            # 会议公布的数据显示,去年,…2.86%。…今年,株洲预计…;新引进科技创新人才200名: on a
            # page that reviews last year, what this year brings is still to come
            status = "target"
        plan_year = _later_plan_year(norm, max(para_lo, c.s - 400), c.s, doc_year)
        if plan_year is not None and year in (None, plan_year):
            # 2017年,…将加快实施创新驱动战略…。力争新认定12家…。全年新增人才2名: next year's plan
            status, year = "target", plan_year
        if status == "actual" and _TARGETS_INTRO.search(norm, full_lo, c.s) and not (
                _ACTUAL_AFTER.search(norm, full_lo, c.s)):
            status = "target"  # 明确了…“小目标”:推动…实现3年翻番: the targets it sets
        if status == "actual" and _quoted_requirement(norm, c.s, c.e):
            status = "target"  # 按照“…研发投入同比增长15%…”的要求: a requirement set
        if status == "actual" and _TASK_TAG.match(norm, c.e):
            status = "target"  # …高新技术企业达620家。(第16条、高新科): a numbered task
        if status == "actual" and heads and re.search(
                r"职责任务|目标任务|(?<!完成)(?<!实现)目标[::]?$", heads[0]):
            status = "target"  # (一)职责任务, (一)部门年度总体目标 in a performance report
        if status == "actual" and _task_stated(norm, max(para_lo, c.s - 300), c.s):
            status = "target"  # 任务是60件,截至10月底…为60件: the task, then the report
        if status == "actual" and _EACH_AT_LEAST.search(before_clause):
            status = "target"  # 各成员单位每年开展志愿服务不少于3次: a rule for each, no result
    elif doc_type == "work_plan":
        if _REQUIREMENT_BEFORE.search(sent_before) or norm.startswith("及以上", c.e):
            status = "target"  # 2019年度销售收入不低于1000万元, 有1项及以上…: a condition set
        elif _NOW_COUNT.search(before_clause):
            status = "actual"  # 提升我市现有24家高端创新平台的建设层次: what exists now
        elif retro_head:
            status = "actual"
            if year is None and head_year is None and doc_year and not (
                    _NOW.search(norm, full_lo, c.s)):  # (目前,全省有…8个: now)
                year = doc_year - 1
        elif _NOW_OPENS.match(norm, full_lo) and re.search(
                r"了|已|共有|拥有", sent_before) and not (
                _STRONG_TARGET_CUE.search(sent_before)):
            status = "actual"  # 目前,上海在…三大领域打造了3个…项目 in a plan: done by now
        elif (_SO_FAR_OPENS.match(norm, para_lo) and para_lo < full_lo
              and not _STRONG_TARGET_CUE.search(sent_before) and not _WILL_DO.search(sent_before)):
            status = "actual"  # 今年以来,…稳定向好。新引入亿元以上产业项目45个: the year so far
        elif past_cue and not re.search(  # 为全面完成…累计达到1000家…任务: a task to finish
                # (分季度目标:…;第二季度,累计完成375个: a schedule's milestone)
                r"力争|目标|确保|争取|计划|为(?:全面|圆满|如期)?完成|^[ ]*第[一二三四]季度",
                sent_before) and not (
                future_year or (year is not None and doc_year is not None and year > doc_year)
                or _TARGETS_INTRO.search(norm, para_lo, c.s)):
            # (到2024年,全市累计建成5G基站1万个 in a 2022 plan: 累计 up to a later year, a target;
            # 总体奋斗目标:…。…累计培育技术转移人才2500名以上: a paragraph of targets)
            status = "actual"
        elif (when := year if year is not None else period_year) is not None and (
                doc_year is not None and when < doc_year
                and not _aim_cue(sent_before[-40:], year is not None)):
            # 2025年,…实现产业规模800亿元 in a 2026 plan: done (实现 alone is no target);
            # “十三五”时期,…年均增长77% in a 2021 plan: the period before, done; 2019年,…完成
            # 园区营业收入240.3亿元 in a 2020 plan: 完成 in a year named before is done too
            status = "actual"
        else:
            status = "target"
    elif doc_type == "five_year_plan":
        if retro_head or (not says and _opens_on_earlier_period(norm, period_end, c.s)) or (
                progress and not _STRONG_TARGET_CUE.search(sent_before[-40:])) or (
                not target_head and not future_year and _PLACE_HAS.search(norm, full_lo, c.s)
                and not (year is not None and doc_year is not None and year > doc_year)
                and not _STRONG_TARGET_CUE.search(norm, full_lo, c.s)):
            # (…基础日趋完善,全市拥有…园区1个,省级高新区1个: what the plan starts from)
            status = "actual"  # (“十二五”期间,… opening a plan excerpt: its review, as 回顾)
        elif target_head:
            status = "target"
        elif looking_back and not future_year and not _STRONG_TARGET_CUE.search(
                sent_before[-40:]) and not (year is not None and year > doc_year):
            status = "actual"  # “十四五”时期,…年均增长8.7% on a page of 2025: the period is done
        elif year is not None and period_end is not None and year <= period_end - 5:
            status = "actual"  # 2020年,全区研发投入513亿元 in a 十四五 plan: the base year
        elif year is not None and doc_year is not None and year < doc_year and not (
                _STRONG_TARGET_CUE.search(sent_before[-40:])):
            status = "actual"  # 2022年,…比重达3.82% in a 2023 review of the plan: done
        elif future_year and (not past_cue or _STRONG_TARGET_CUE.search(norm, full_lo, c.s)):
            status = "target"  # “十三五”时期…。未来五年,年均“7%以上”的增速: the horizon
        elif (past_cue and not (year is not None and doc_year is not None and year > doc_year)
              ) or (period_year is not None and period_end is not None
                    and period_year < period_end):
            status = "actual"  # (到2025年,累计突破…500项: 累计 up to a later year, a target)
        else:
            status = "target"
    else:
        status = "target" if re.search(r"力争|目标|确保|争取|计划|预期", sent_before) else "actual"

    from_head = False  # the year comes from a heading (一、2015年主要工作)
    period_aim = status == "target" and period_year is not None and (
        head_year is not None and period_year > head_year)
    if (year is None and head_year is not None and doc_type in ("work_plan", "work_summary")
            and not period_aim):
        # (not 一、2023年以来工作回顾 …完成“十四五”规划…1250亿元的目标: the period's aim)
        year, from_head = head_year, True
    end_named = list(_PERIOD_END_NAMED.finditer(sent_before))
    if (year is not None and period_year is not None and end_named
            and not _YEAR.search(sent_before, end_named[-1].end())
            and _FIVE_YEAR_END.get(end_named[-1].group(1)) == period_year):
        year = None  # 2019年获…典型县,“十三五”末,全区…达到6152万元: the period's end, named later
    if year is not None:
        ref = year
    elif period_year is not None:
        ref = period_year
    elif doc_type == "five_year_plan":
        head_period = re.search(r"十[一二三四五]五", all_heads)
        if status == "actual" and head_period and head_period.group() in _FIVE_YEAR_END:
            ref = _FIVE_YEAR_END[head_period.group()]
        elif status == "actual" and doc_year is not None and (
                progress or _NOW.search(norm, full_lo, c.s)):
            ref = doc_year  # 一、发展基础 目前,全省有…8个: now (a heading naming no period)
        elif period_end is not None:
            ref = period_end if status != "actual" or looking_back else period_end - 5
        else:
            ref = None
    else:
        ref = doc_year
        if (doc_type == "work_summary" and status == "actual" and doc_year is not None
                and not re.search(r"今年|本年|当年|年内|全年", norm[full_lo : c.s])
                # (…获悉,去年,…。\n今年,…。截至2月底,…83项: the paragraph's own year)
                and not re.search(r"今年|本年", norm[para_lo : full_lo])
                and not _NOW.search(norm, full_lo, c.s)  # (截至目前: now)
                and not _under_now(norm, line_lo)  # (截至目前\n●…101家: a bullet of now)
                and (lead := _lead_year(norm, doc_year)) is not None and c.s >= lead[1]
                # (not in a paragraph that names years of its own)
                and all(int(y.group(1)) == lead[0] for y in _YEAR.finditer(norm, para_lo, c.s))):
            ref = lead[0]  # 获悉,去年1-11月,…。\n数据显示,…: the year the lead reports on
        now_cue = max(re.finditer(r"今年|本年|目前", norm[para_lo : c.s]), key=lambda m: m.start(),
                      default=None)
        if (doc_year is not None and now_cue is not None
                # (1987年,我国第一家…。…截至目前,全省共有…538家: a year of history before it)
                and not _YEAR.search(norm, para_lo + now_cue.start(), c.s)
                # (2023年我省…。今年一季度,…476项 on a page of 2024: its own sentence's 今年)
                and (now_cue.group() == "目前" or not _YEAR.search(norm, para_lo, c.s)
                     or para_lo + now_cue.start() >= full_lo)
                and (writing := _writing_year(norm, doc_year)) != doc_year
                and not (status == "actual" and _year_end_summary(norm, doc_year))
                # (a review of 2020 dated 2021-01-24: its 目前 is the reviewed year's end)
                and not (now_cue.group() == "目前" and _dated_early(norm, doc_year + 1))):
            ref = writing  # 今年,…。…截至2月底,…91项 on a page of 2023 on 2022: the year of writing
        if doc_type == "work_plan" and status == "target" and not from_head and not re.search(
                r"每年|年均", sent_before):  # (每年引育高新技术企业5家以上: each year's)
            ref = _plan_span_end(norm, doc_year) or ref  # 三年行动计划(2018—2020年): its end
        head_period = re.search(r"十[一二三四五]五", all_heads)
        end = _FIVE_YEAR_END.get(head_period.group()) if head_period else None
        if status == "actual" and retro_head and end is not None and doc_year is not None and (
                end < doc_year) and not _NOW.search(norm, full_lo, c.s):  # (目前: now)
            ref = end  # 一、“十三五”科技创新工作完成情况 in a 2021 report: that period's end
    if (status == "expected" and doc_type == "work_summary" and ref is not None and not from_head
            and doc_year is not None and ref < doc_year and not _YEAR.search(sent_before)
            and not _LAST_YEAR.search(sent_before)):
        # 2023年R&D…3.08%;高新技术企业预计突破8800家 in 2024: this year's projection (not
        # 2018年,全社会研发经费支出预计达到397亿元 in 2019: a late statistic of its own year;
        # nor under 一、2015年主要工作 in a 2016 report: that year's projection)
        ref = doc_year
    if (status == "expected" and doc_type == "work_plan" and year is None and ref == doc_year
            and doc_year is not None and "全年" in sent_before
            and not re.search(r"今年|明年|本年", sent_before)):
        ref = doc_year - 1  # 预计全年全社会研发投入增长20%以上 in a 2024 plan: the year it reviews
    if (status == "actual" and ref is not None and doc_year is not None and ref > doc_year
            and re.search(rf"(?:19|20)\d{{2}}年?[-—–~至]{ref}年度", sent_before)):
        ref = doc_year  # 2018-2019年度上海市科普教育基地共331家 in 2018: the term's roster now
    if ref is not None and _SAME_PERIOD_BASE.search(norm, max(0, c.s - 12), c.s):
        ref -= 1  # 强度达到0.81%,较同期(0.45%)提升0.36个百分点: the same period a year before
    if status == "actual" and _ACTUAL_AGAINST.match(norm, c.e):
        status = "target"  # 年度目标30家,实际完成35家: the plan the result is set against
    return status, ref
