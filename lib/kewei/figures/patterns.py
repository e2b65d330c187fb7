"""Number, unit and cue patterns shared by the finder's steps."""

from __future__ import annotations

import re

import cn2an

# (14 687 人, 2 000 万: digits grouped by spaces in a statistical report, before their unit)
_NUM = (r"(?:(?<!\d)(?<!\d )\d{1,3}(?: \d{3})+(?![ ]?\d)(?=[ ]?[\u4e00-\u9fff])"
        # (4.716 9万人: decimals grouped in threes by a thin space, as typeset)
        r"|\d+(?:,\d{3})*)(?:\.\d{3}(?: \d{1,3})+(?![ ]?\d)(?=[ ]?[\u4e00-\u9fff%])|\.\d+)?")
_MONEY_UNITS = ("元", "美元")
_COUNT_UNITS = (
    "万平方米", "平方米", "平米", "㎡", "平方公里", "公顷", "亩", "人次", "户次", "家次", "人",
    "名", "位", "家", "个", "项", "件", "座", "台", "套", "张", "条", "场", "次", "所", "批",
    "类", "处", "篇", "部", "支", "户", "栋", "幢", "间", "种", "款", "本", "册", "门", "辆",
    "架", "颗", "枚", "吨", "千瓦", "兆瓦", "公里", "千米", "大类", "大", "期", "人年", "份",
    "笔", "项次", "场次", "批次", "个名次", "只", "立方米", "米", "方面", "平方千米", "天",
    "个位次", "分", "席", "个点", "株", "剂", "箱", "斤", "块", "岁", "标箱", "例", "公斤", "千克",
    "宗", "部门", "台件", "台套", "块次", "份册", "TB", "GB", "座次", "件套",
    "千瓦时", "兆瓦时", "件次", "条次", "吨标准煤", "吨标煤", "Mbps", "Gbps", "Tbps", "头",
    "幅", "个次", "盏", "羽",  # (安装杀虫灯30盏, 饲养乌鸡20万羽)
    "双",  # pairs of shoes (年产能达3.5亿双)
    "锭",  # spindles (年生产缝纫线80万锭)
    "t",  # tonnes in a Latin letter (毛竹笋3万t以上), checked where read
    "m2", "m²",  # (建筑面积在500m2以上: square metres written in Latin letters)
    "P",  # computing power in petaflops (算力规模达5000P), checked where read
    # power and energy in Latin letters (产能达到45gw、20gw, 产能将达到46GWH, 光伏300MW)
    "GW", "gw", "GWh", "GWH", "gwh", "MW", "mw", "MWh", "kW", "kw", "kWh", "kwh",
    "点",  # an index's points (综合指数达117.05点), checked where read
)
_UNITS = sorted(
    set(_MONEY_UNITS + _COUNT_UNITS + ("%", "‰", "倍", "个百分点", "百分点")), key=len, reverse=True
)
# (孵化空间累计达705万方: cubic or square metres, 方, only after 万)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS) + (
    r"|(?<=万)方(?![面法式向案针位])"
    # (查处专利侵权案件14起: cases; not 2020起步, 10起点; 养殖蜜蜂超10万群: colonies, not 10万群众)
    r"|(?<=\d)起(?![步点始草飞跑来算航降止施执])|群(?![众体落组聊像星岛英])"
    r"|组(?![织成合建团长委件图别])"  # (团队科技特派员3组: teams; not 1组织申报, a table's row)
    # (中欧班列年度开行突破5000列、累计超过20000列: trains, closing a clause)
    r"|(?<=\d)列(?=[,,。;;、]|的|$)"
    # (孵化面积21.7万平: square metres cut short, after 万 only; 累计执行322案: projects, as
    # Taiwan's pages count them)
    r"|(?<=万)平(?![台方安稳均衡原])|(?<=\d)案(?![件例由子卷])")
_SCALES = {"万亿": 1e12, "千亿": 1e11, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "亿": 1e8,
           "千": 1e3}

_ARABIC = re.compile(
    rf"(?P<n1>{_NUM})(?:(?P<u1>%)?[ ]*(?P<sep>——|[-~—–至到])[ ]*(?P<n2>{_NUM}))?"
    r"(?P<mod1>余|多)?(?P<scale>万亿|千亿|千万|百万|十万|万|亿|千(?!兆|克|瓦|米))?(?P<mod2>余|多)?"
    # (发放资料1.5万(份)册: the alternative measure word before the unit)
    rf"(?:\((?:份|册|本|套|件|只|头)\)(?=(?:{_UNIT_RE})))?"
    # (154.19人年/万人; 支持强度189.79万元/项, 300元/吨: an amount per unit)
    rf"(?P<unit>{_UNIT_RE})?"
    r"(?P<per>/(?:万人|千人|百人|人|年|户|家|平方公里|亩|万元|项|件|个|台|吨|次))?"
    # (新品种20余个(种), 资料5.5万余册(份), 养殖32.3万余头(只))
    # (横幅、展板等20余幅(块), 科普挂图110(幅))
    r"(?P<paren>\((?:人年|人|套|个|家|次|项|件|名|期|种|台|处|份|只|册|本|头|块|幅)\))?"
)
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# a regulator's class before what it classes (获批1类创新药, 二类医疗器械): a name, not a count
_REGISTRATION_CLASSED = ("创新药", "新药", "医疗器械")
_CHINESE = re.compile(
    rf"(?<![第{_CN_DIGITS}])(?:(?<![\d.])|(?![万亿千百十]))"  # (not the 万户 of 3053.3万户)
    rf"(?P<cn>[两二三四五六七八九十百千万][{_CN_DIGITS}]*|一[十百千万][{_CN_DIGITS}]*)"
    r"(?P<mod>余|多)?"
    # (实用新型专利等二类知识产权1421项: the class of IP the certification counts, no count)
    r"(?P<unit>大类|大|个位次|个名次|个|项|家|张|条|所|座|名|支|场次|人次|席"  # (两千多场次, 六席)
    rf"|类(?!知识产权|{'|'.join(_REGISTRATION_CLASSED)})|场|种|位|人|批次|批|只|次"
    r"|期|处|方面|户|件|栋|幢|套|部门|部分"  # (由三部分组成: parts; 一部分 is "some")
    # (经两轮筛选, 开展四輪摸查; 提出五点希望, 三点具体指导性意见: not 三轮车, 三轮摩托, 八点半)
    r"|[轮輪](?![车車驱驅胎子船椅摩])|点(?=[^,,。;;\d]{0,6}?(?:希望|意见|要求|建议|体会|启示|共识)))"
)
# 两项省级项目和一项市级项目: a 一 count joined to an earlier count of the same measure word
_CN_ONE = re.compile(r"(?<=[和及与、])一(?P<unit>项|个|家|名|所|座|批|场|种|次)(?=[\u4e00-\u9fff])")
# 2018年全省仅立项一个;, 获…一二等奖各一项,, 延续部级项目一个,: a count of one closing its clause
_CN_ONE_CLOSING = re.compile(
    r"(?:(?<=仅|只|各|共)|(?<=项目|立项|获批|获得|新增))一(?P<unit>个|项|家|名|所|座|批|场|种)"
    r"(?=[,,。;;])")
_RANK = re.compile(
    r"(?:(?:全市|全区|全国|全省|本市|本区|全球|世界|同类区|中心城区"
    # (增速在江门市排名第4: a named city or province after 在 is the scope too)
    r"|(?<=在)[\u4e00-\u9fff]{1,4}?[市省](?=排名|排位|排在|位列|位居|名列|居))"
    # (全市行政区排名第二, 全国地级市第二: a class of areas after the scope)
    # (全省地(市)州第四, 全省17强县市区第一)
    r"各?"  # (居全市各县市区第二)
    # (全市县(市)区第一; but 位居全市各县(市)区第三位 keeps its raw from 第, as labelled)
    r"(?:[\u4e00-\u9fff]{1,3}\([市区县、]{1,6}\)(?:州|区(?!第[^,,。;;位]{1,5}位))?"
    r"|地级市|设区市|计划单列市|行政区|副省级城市|省会城市"
    r"|(?:授权|申请)?(?:增幅|增速)"  # (列全省授权增幅第一: the growth the scope ranks)
    r"|[一二三]类(?:地区|县|县市区|城市)"  # (全省二类地区第1位: a class numbered by the province)
    r"|(?:\d{1,3}强)?县市区|县区|县域|镇街|街镇|乡镇|市州"  # (排全市各镇街第一, 全省市州排名第五)
    r"|县区\((?:开发区|园区|功能区)\)"  # (列全省县区(开发区)第一: zones counted with counties)
    # (全市各分园排名第一, 保持全市各板块第一; but 在全省各市县中排名第二 ranks from 排名: 中
    # closes an aside)
    r"|(?<=各)[\u4e00-\u9fff]{1,3}?(?<!中)(?=排名|排位|排在|位列|位居|名列|第))?"
    r"(?:始终|一直|继续|仍)?"  # (全省始终排在第一位)
    # (全市保持第1位, 全省列第三, 全国排名列第3位)
    r"(?:(?:排名|排位)?列(?=第)|排名|排行|排位|排在|位列|位居|名列|高居|稳居|居|保持"
    r"|排(?=第|倒数))?"
    r"(?:升至|提升至|上升至|跃升至|提升到|上升到|升到)?"  # 全国排名提升至第13位
    # (居副省级城市第一, 位居计划单列市第二, ;县市区排名第四: a class of cities is a scope too)
    # (,市州排位第五位: a province's prefectures, 市州/盟市, as a scope of their own)
    r"|(?:(?<=居)|(?<=列)|(?<=[,,;;。\n]))(?:(?:地级市|设区市|计划单列市|副省级城市|省会城市|县市区)"
    r"(?:排名|排位)?(?!第[^,,。;;位]{1,5}位)"  # (居副省级城市第一位: the long area left out)
    r"|(?:市州|盟市)(?:排名|排位)?)"
    # (综合评价排名上升至第37位: with no scope a move 提升/上升至 is left out, from 第;
    # 排名升至第8位, 排名跃居第6位 keep theirs, as labelled in rounds 1 and 30)
    # (上榜数量并列第一: a shared place keeps its verb, as round 108 labelled it; 排名居第4位)
    r"|(?:排名|排位|排列|排在|位列|位居|名列|处于|并列)(?:跃居|升至|居于|居)?(?!提升|上升|跃升)"
    # (铜陵市居第12位: 居 with no scope; 三市分别为第13、第16和第10位: a list of places)
    # (增速在九个国家中心城市中居第一,: 居 with no scope before a bare place too)
    r"|(?<![位高跃])居(?=第[\d一二三四五六七八九十]{1,3}(?:位|[,,;;。((]))"
    r"|(?<=分别为|分别是|依次为|依次是)|(?<=分列)"  # 分列第13、16、23位
    # (国家级科技成果奖数第9位,高新技术企业数第10位: a measure ranked with no verb)
    r"|(?<=[数量额率])(?=第(?:\d{1,3}|[一二三四五六七八九十]{1,3})位)"
    # (预计排第10位: a bare 排 leads the rank like 排名; after an area, 百强区排第79位 or
    # 在35个创新应用类别城市中排第4位, from 第; 上升2位至第六 after the places moved)
    r"|(?<=升至|升到|跃居|跻身|位至|位到|滑至|降至|跌至)|(?<![安编彩并前后区市县省国强中])排(?=第)"
    # (分别列第17位、第37位, 入选…百强区、列第68位: 列 keeps its place with no scope;
    # 在全省…排名中,我市列第三位: after the place that is ranked, too)
    r"|(?:(?<=[\d亿万元,,;;均、市区县])|(?<=分别)|(?<=\d项))列(?=第)"  # (其中4项列第一)
    r"|(?:(?<=[由从])|(?<=[由从](?:年初|上年|去年))|(?<=[由从](?:年初|上年|去年)的)"
    r"|(?<=[由从]\d{4}年)|(?<=[由从]\d{4}年的))"  # (由2021年的第四升至第二)
    r"(?=第[\d一二三四五六七八九十]{1,3}(?:位|上升|提升|跃升|升至|下降|降至|下滑))|(?<=[^安]排)|(?<=[\u4e00-\u9fff])(?=第[^,,。;:\n]{1,3}名(?![次额单]))(?<!第)"
    # (排行榜中列第26位, 前进2位至第14位, 全国217个经开区第15位: a place in digits, from 第)
    # (百强县(市)第59位: after a bracketed class too)
    r"|(?<=[\u4e00-\u9fff)])(?<![第届])(?=第\d{1,3}位)"
    # (位列2024年度全国综合实力百强县市第五: after a ranking list's name, from 第)
    r"|(?:(?<=强县)|(?<=强区)|(?<=强市)|(?<=强县市))(?=第)"
    # (位居全省参赛的157个县(市、区)中第一位: a place among a class, from 第)
    r"|(?<=[)\u4e00-\u9fff]中)(?<!其中)(?=第[一二三四五六七八九十]{1,3}位)"
    # (a rank alone on its line, a news page's headline figure: 第2位 over its story)
    r"|(?:(?<=\n)|^)(?=第(?:\d{1,3}|[一二三四五六七八九十]{1,3})位[ \t]*(?:\n|$)))"
    r"(?P<last>倒数)?"  # 全省倒数第1: a place counted from the bottom
    r"第(?P<n>[一二三四五六七八九]百(?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?"
    r"|[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
    # (全省第一梯队 and 位列第一组城市 are groups, 连续第四年 a streak: none is a rank)
    r"(?:位|名)?(?![个批家次届条项梯年支所座组档\d]|方阵|阵营|产业)"
)

# a rank within a named area: 位居南通第二 (raw from the place name), 位于南通九县(市、区)第二位
# (raw from 第 when the area is long), 居绍兴第2, 均为绍兴第一; 全市/全省 ranks are _RANK's.
# _RANK_ITEM: the next item of a list of ranks (位居全省第6,温州地区第2)
_NAMED_RANK = re.compile(
    # (位居12个盟市第一: a class counted in digits, from its count)
    r"(?:位居|位列|名列|位于|排在|处于|居于|(?<![民住])居|(?<=均)为|列|保持|跻身|跃居|排名|蝉联"
    r"|(?<=[量额数速值重])升至"  # (一般公共预算收入总量升至河南省第四位: a measure moved)
    # (增幅南通第一, 增速为东莞市第一, 占比南通第二: a growth or share ranked in a named area)
    # (增幅排全国第7位: the verb after the measure is no part of the scope)
    # (总数南通第一: the count ranked in a named area)
    r"|(?<=增速|增幅|占比|比重|总数|总量)(?:为|排|居|列)?(?=[\u4e00-\u9fff]{2,4}第)"
    # (以嘉兴市第一名的成绩位列其中: the grade it entered with)
    r"|(?<=以)(?=[\u4e00-\u9fff]{2,6}第[一二三四五六七八九十\d]{1,3}[位名]?的成绩)"
    # (科技进步贡献率连续9年江苏第一: a streak's place with no verb)
    r"|(?<=连续\d年)|(?<=连续\d\d年)|(?<=连续[二三四五六七八九十]年)|(?<=连续十[一二三四五六七八九]年))"
    r"(?:住了|住|了)?"  # (稳稳保持住了全国第八: the verb's complement is not the scope)
    r"(?P<body>(?:\d{1,3}个?)?[^\d,,。;:\n第前]{1,14}?)"  # (居11区第四名: 个 left out)
    r"第(?P<n>[一二三四五六七八九]百(?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?"
    r"|[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
    r"(?:位|名)?(?![个批家次届条项号期\d]|(?![和及与]|的成绩)[\u4e00-\u9fff])"
)
_RANK_NO_DI = re.compile(
    r"(?:(?:全市|全区|全国|全省)[\u4e00-\u9fff]{0,4}?)?(?:排名|排位|位列|名列|(?<![民住])居)(?P<n>\d{1,3})"
    r"(?:(?:位|名)(?![次额单])|(?=[,,。;;]))"  # 综合排名33,较去年进步了9位
    # (科技进步环境明显提升。排全国18位: the scope after the verb, raw from the scope)
    r"|(?<=排|居|列)(?:全市|全区|全国|全省)(?P<n2>\d{1,3})(?:位|名)(?![次额单])"
    # (全国排名上升至26位: a move to a place, raw from 排名 as its labellers read it)
    r"|(?:排名|排位)(?:上升|提升|跃升|升)(?:至|到)(?P<n3>\d{1,3})位(?![次置数])"
    # (单位个数居黄冈3位: a measure's place in a named area, raw from the area)
    r"|(?<=[数量额速率幅]居)[\u4e00-\u9fff]{2,3}?(?P<n4>\d{1,3})(?:位|名)(?![次额单置数])"
)
_RANK_ITEM = re.compile(
    r"(?:[,、和及])(?P<body>(?:(?![获得在是为居列排考评名保升至进入跃降提位])[\u4e00-\u9fff]){2,10})?"
    r"第(?P<n>[一二三四五六七八九]百(?:[零〇][一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?"
    r"|[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
    # (保持住了全国第八、中部第一的位次: the list closed by the word for a place)
    r"(?:位|名)?(?=[,,。;、\n]|[和及]第|的(?:位次|位置|排位|排名)|$)"
)

# fixed expressions that contain a numeral but state no quantity
_SET_PHRASE = re.compile(
    r"八项规定|两个一百年|三会一课|四个自信|两个维护|四个意识|三重一大|[两三四五]位一体|四个全面|五大发展理念|"
    r"双十条"
)
_SENT_END = "。;!?\n…"  # (…比重2.4%……作为试点县市,…第12位: an ellipsis ends one)
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
    # (高新技术企业数量增加98.7%: a growth too)
    r"(增长|增速|增幅|年增|比增|递增|增加|提高|提升|下降|减少|降低|上升|同比|环比)[了约近超达到为]*$"
)
# …经费支出以年均11.89%的速度增长: the rate named after its figure
_RATE_AFTER = re.compile(
    r"的?(?:速度|幅度|速率)(?:快速|稳步|持续)?(?:增长|递增|提升|提高|上升|下降)"
    # (保持了40%以上的增长幅度: the growth named after its rate)
    r"|(?:以上|左右)?的(?:增长|增速|增幅)(?:幅度|速度)?")
_STOCK_CUE = re.compile(
    r"累计|总量|总数|共有|共计|总计|拥有|总规模|规模(?!以上)|存量|有效期内|有效(?=[\u4e00-\u9fff]{0,8}数)|"
    r"有效(?=(?:国家级?|省级?|市级?)?(?:高新技术企业|高企))|"  # (…新增391家,有效高新技术企业1305家)
    r"目前|现有|建站|已培育|保有量"
)
# words that make a count new (新命名的45家科普基地: named this time); _NEW_CUE adds 净增
_NEW_WORDS = r"新增|新添|再添|又添|增添|又增|再增|新认定|新建|新开通|新设|新引进|新获|新命名|新签约"
_FLOW_CUE = re.compile(
    _NEW_WORDS + r"|新入选|揭牌|批准|(?<![创更最革])新(?=$|\d)|"
    r"(?:本|该|此)批|"  # (本批通过认定的250家高企: this batch's)
    r"净增|"  # (预计净增国家高新技术企业65家)
    r"培育|创建|认定|全年|本年|当年|引进|举办|"
    r"开展|入选|获得|获|完成|发证|支持(?!领域)|评审通过|通过(?:专家)?评审|通过认定|认定通过|"
    r"增加(?![到至])"  # 开发区2023年共增加高新技术企业16家
    # (今年通过国家高新技术企业10家, 首批通过7家国家高企: certified this year; a cue right
    # before the alias or the figure)
    r"|(?<![已共计])通过(?=(?:国家级?|省级?|市级?)?$)"  # (not 截至…已通过…认定812家: the stock)
)
# 预计 projects a figure; 超预期/达到预期/预期目标/预期性(指标) do not
_EXPECTED_CUE = re.compile(  # (全年投资总额可完成42.63亿元: can reach, a projection)
    r"预计|估计|有望|(?<![超于出及到现])预期(?!目标|效果|成效|性)"
    r"|预测(?!值|数)"  # (1-5月,…产值上报数为97.74亿元,预测增长17.6%: a forecast)
    # (not 可完成同比增长8%的年度指标任务: the task's rate)
    r"|(?<![不许认])可(?=(?:完成|实现|达到)(?![^,,;;。]*(?:同比|增长|增速)))")
# 要 as in 要求/要做到, not 创新要素, 主要, 重要, 需要
_TARGET_CUE = re.compile(
    r"力争|目标|确保|争取|计划|将|(?<![主重需摘纪必])要(?![素点闻件])|努力|推动|完成|实现|达到"
)
# 过去一年, 过去五年 (the years just gone; not 过去十年前, …年后)
_PAST_N_YEARS = r"过去(?:的)?[一二两三四五六七八九十\d]{1,2}年(?!前|后)"
_PAST_CUE = re.compile(  # (今年上半年,…成交额达398亿元 in a plan: done)
    rf"已|截至|截止|去年|上年|以来|五年来|{_PAST_N_YEARS}|累计|今年上半年|今年前三季度")
_RETRO_HEAD = re.compile(
    r"回顾|成就|成效|完成情况|进展情况|推进情况|执行情况|实施情况|总结|主要成绩|工作情况|发展基础|现实基础|工作基础|发展现状"
    r"|基础(?:与|和)(?:优势|成效|成就)|奠定[\u4e00-\u9fff]{0,4}基础"  # (科技创新奠定新基础)
)
_TARGET_HEAD = re.compile(r"目标|任务|打算|思路|计划|安排|措施|要点|指标|展望")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|年度)")
_PLAN_PERIOD = re.compile(r"十([一二三四五六])五")
_FIVE_YEAR_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}(?:章|节|篇|部分))"
    r"[^\n]{0,60}$",
    re.M,
)
_RANGE_JOIN = re.compile(
    # (增长5.5%以上、力争达到6%: the floor's 以上 inside the range)
    r"^(?:以上)?[ ]*[、,]?[ ]*(?:(?:力争|争取|努力)(?:实现|达到)?(?:新增|新认定)?|最高|最多)[ ]*$"
    r"|^[ ]*[-~—–][ ]*$"  # 研发经费投入在100万元—500万元: a range that states its unit twice
    r"|^[ ]*[至到][ ]*$"  # 年产值1亿元至10亿元的企业 (not 从1亿元到10亿元: a change)
)


# (前十强依次为深圳、南京…: the places that hold the rank follow)
_PLACES_FOLLOW = re.compile(r"(?:依次|分别)(?:为|是)")
# verbs that enter (or leave) the first N of a list, whether written 前十 or 十强 (two characters
# each, as a look-behind needs): 进入前十, 闯入前五, 跌出前五, 入围全国50强
_ENTER_VERBS = "进入|跻身|挺进|迈进|迈入|跨入|入围|闯入|跌出|占据"
# 全省前40位, 全市前3: a rank no worse than N
_TOP_RANK = re.compile(
    r"(?:(?:全市|全区|全国|全省|本市|全球|世界|同类区|中心城区|榜单|自治区)(?:排名)?(?:进入|跻身)?"
    # (排名均居广西前三: a named area after the verb, the raw from the area)
    r"|(?<=[居列])[\u4e00-\u9fff]{2,4}?(?=前(?:\d{1,3}|[二三四五六七八九十两]+)(?:位|名|[,,。;;]|$))"
    # (继续保持前十, 位列前三名, 排在前8位)
    # (保持前三: 保持 stays in raw, as labelled in rounds 107, 123 and 145; 进入 does not,
    # nor 保持 before a noun the rank qualifies: 继续保持前十的态势)
    # (均闯入前五, 占据前三, 跌出前五: from 前 after other verbs of entering or leaving)
    r"|(?:排名|排位|排在|位列|位居|名列)(?:进入|跻身)?|(?<=保持|" + _ENTER_VERBS + ")"
    r"|保持(?!前[^,,。;;的]{1,4}的)"
    # (居前两位, 居后两位, 排前三位: a lead with no scope stays in raw; 后 counts from the bottom)
    r"|(?:(?<![位高跃])居|(?<![安编彩并])排|(?<=[区市县,,])列)"  # (…和天河区列前三位)
    # (稳居前三。: with no 位 at a clause's end too)
    r"(?=[前后](?:\d{1,3}|[二三四五六七八九十两]+)(?:位|名|[,,。;;]|$))"
    r"|(?=前(?:\d{1,3}|[二三四五六七八九十两]+)(?:位|名|甲))"  # (前三甲均被广东省独占)
    # (国家创新型城市前十强依次为…: the places that follow, a rank as 前三名的市县分别是)
    rf"|(?=前(?:\d{{1,3}}|[二三四五六七八九十两]+)强{_PLACES_FOLLOW.pattern})"
    # (位居全球创新指数前10,: after an index or a list's name, the raw from 前)
    r"|(?<=指数|榜单|行榜)(?=前(?:\d{1,3}|[二三四五六七八九十两]+)(?:位|名|[,,。;;]|$)))"
    r"(?:前|(?P<last>后))(?P<n>\d{1,3}|[二三四五六七八九十两]+)"
    r"(?:位|名|强|甲)?(?![\d个批家次届条项%年])"  # (全区前三年: a span of years)
)


def _cn_value(s: str) -> float | None:
    if s[0] in "百千万亿":
        s = "一" + s
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, TypeError):
        return None


def _num(s: str) -> float:
    return float(s.replace(",", "").replace(" ", ""))


_RANGE_NAME_AFTER = re.compile(  # (2021-2025年第一批…基地: a batch named for the period)
    # (2021—2025年全国科普教育基地第一批补充认定名单, 2023-2025年度山东省科普教育基地认定工作)
    # (2025-2027年国家知识产权强国建设示范创建对象; not 2009~2010年度全国科技进步示范县(市、区)
    # 考核中: an assessment of the period dates its results)
    r"(?![^,;。]{0,20}?(?:考核|考评|评价|评估))"
    # (not 2023-2025年初步计划投资254亿元: 计划 as the verb, the amount the period's)
    r"[^,;。]{0,12}?(?:行动|方案|计划(?!投资|投入|建设|新建|完成|实施|开工|安排)|规划|纲要|意见|政策"
    r"|办法|认定|名单|名录|示范|试点|对象"
    r"|第[一二三四五六七八九十\d]+批)")
_DOC_TITLE_AFTER = re.compile(
    r"(?:(?:工作)?(?:总结|思路|要点)|(?:政府)?工作(?:计划|打算|报告|安排|情况|回顾))(?!中)"
)
_PROGRAMME_NAME_AFTER = re.compile(  # (not 2023年度…专项评测结果: an evaluation of that year)
    # (not 2024年度共开展项目攻关20余项: a verb after the year, what was done in it)
    # (not 兑现2023年度…研发投入奖补企业25家: the year a reward is for)
    r"(?!共|累计|新增|完成|实现|开展)[^,;。、]{0,16}?"
    r"(?:项目|计划|专项(?!评测|测评|评价|考核|检查|监测)|课题|奖(?!补|励)|政策)")
# (上一年度企业销售收入42.72亿元: the year before too)
_LAST_YEAR = re.compile(r"(去年|上一?年(?:度(?!同期|同比))?|前年)(?!同期|同比|度)")
_LAST_YEAR_BACK = {"去年": 1, "上年": 1, "上年度": 1, "上一年": 1, "上一年度": 1, "前年": 2}
# 研发投入过5000万元的企业: a threshold that names a class of firms
_FIRM_THRESHOLD = re.compile(
    r"(?:及?以上)?的?(?:规上|规模以上|工业|科技型|制造业)?企业"
    # (经费投入超过20亿元的市(州)有7个, 超过百亿元的设区市: a class of places or trades)
    # (not 成为第三个技术合同成交额突破100亿元的市州: that city's own amount, as labelled)
    r"|(?:及?以上)?的(?:设区市|市\(州\)|行业大类|行业)"
    # (研发经费超过20亿元的市达到4个: places counted by a threshold)
    r"|(?:及?以上)?的(?:市|区|县|城市|省份)(?=达到|达|有|共|为|增加到|增至)")
# the result set against a figure right after it (规划面积1.12万亩,实际完成1.63万亩;
# 年度目标30家,实际完成35家): the figure is the plan
_ACTUAL_AGAINST = re.compile(r"[ ]*[,,][ ]*实际(?:完成|达到|建成|实现)")
_AS_OF = re.compile(r"(?:截至|截止)[^,;。]{0,12}(?:底|末|月|日|目前|现在)")  # 截至2024年4月底
_NOW = re.compile(  # (现入驻287家: now; not 实现有效发明专利)
    r"目前|当前|现已|截至目前|截止目前|(?<![实出表发体])现(?:有|拥有|入驻|建有)")


_AREA_UNITS = ("平方公里", "平方千米", "平方米", "平米", "公顷", "亩")
_AREA_FACT = re.compile(
    r"(?:所辖|辖区面积|辖区|总面积|国土面积|区域面积|面积|开发利用区域)[为达约近是]*$"
)
# 从0.99%增长到1.52%: the text between the base and the value it reached
_TO_AFTER_FROM = re.compile(
    r"[^,;。\d]{0,6}?(?:增加|增长|提高|提升|上升|跃升|扩大|攀升|降低|下降|减少|发展|增|升|降)"
    # (发展到2022年6 月底的50678座: a month too)
    # (发展到今年6月底的5.0678万座, 增长到去年的1.6万家)
    r"(?:到|至)(?:(?:(?:19|20)\d{2}年|今年|去年|上年)(?:度|[ ]?\d{1,2}[ ]?月(?:底|末)?|底|末)?"
    r"|目前|当前|现在)?的?"
    r"(?:预计|预期)?(?:超过|超|近|约|逾)?[ ]*$"  # (增长至2022年的超265亿元: a bound on the level)
    r"|(?:到|至)(?:突破|超过|达到)[ ]*$"  # 高企从441家到突破1000家
    r"|(?:到|至)(?:19|20)\d{2}年(?:底|末)?的?[ ]*$"  # 从2017年514家到2021年1623家
)
# 、企业登记省级科技成果数量120项: an item naming its own measure (数量/总数) is not a part
_OWN_MEASURE = re.compile(r"[\u4e00-\u9fff]{2}(?:数量|总数|总量|数|量)(?:达到|达|为|有)?[ ]*$")
# the base of 从X增长到Y (X); the year it is stated for
# (由目前约30条…增加至: the level now is the base too)
_FROM_BASE = re.compile(r"(?:从|由)(?:((?:19|20)\d{2})?年?(?:底|末)?|目前|现在)的?(?:约|近)?[ ]*$")
_BASE_TO = re.compile(
    r"[^,;。\d]{0,8}?(?:增加|增长|提高|提升|上升|跃升|扩大|攀升|降低|下降|减少|增|升|降)"
    r"(?:[一二两三四五六七八九十]倍)?(?:到|至)"  # (在五年间增加四倍至超过130条)
    r"|(?:到|至)(?:突破|超过|达到)"  # 高企从441家到突破1000家
    r"|已?达到了?(?=[ ]*\d)"  # 从2016年的3家已达到了23家
)
_SINCE_BASE = re.compile(
    r"(?:与|和|同)((?:19|20)\d{2})年(?:底|末)?相比|(?:从|由)((?:19|20)\d{2})年"
)
# 、专利申请量比2015年翻一番: a clause naming its own measure before 比 compares that one
# 规模以上科技服务业营收实现翻番: a multiple whose clause names its own quantity
_OWN_QUANTITY = re.compile(  # (not 数量规模增长11倍: the count before, in other words)
    r"(?!数量)[\u4e00-\u9fff]{2}(?:营收|营业收入|收入|产值|增加值|总额|规模|总量)")
# a count of aspects or measures, not of the metric named before it
_ABSTRACT_NOUN = re.compile(
    r"方面|领域|环节|板块|维度|方向|举措|措施|重点任务|任务|机制|专项|行动|(?:[一二三四]级)?指标"
)
_OWN_BASE = re.compile(r"[\u4e00-\u9fff]{2}(?:数量|总量|量|数|额)(?:比|较)")
_BOTH_RANKED = re.compile(
    r"均(?:跃居|跃升至|位居|居|列|位列|名列|进入|跻身|排名|排在)[^,;。\d]{0,4}$"
)
# 规划纲要中,这一比重超过17%: the plan states it, whatever year opened the paragraph
_PLAN_SAYS = re.compile(r"规划(?:纲要)?(?:中|提出|明确|要求|确定)")
_CHANGE_SINCE = re.compile(r"(?:比|较)[^,;。]{0,12}(?:增长|增加|提升|提高|减少|多)了?$")
_CUMULATIVE_FLOW = re.compile(  # (第一批高新技术企业共认定662户: the batch's new ones)
    r"累计(?:新增|新认定|新建|新开通)|共计?(?:新增|新认定|认定|获批)")
# 完成…10%的年度指标任务, 超额完成了10家和25家的目标: the figure states the target itself
# 17类任务来源, 306项工作任务, 23项共性指标 count tasks; a rate or an amount followed by its
# target (超额完成10%省考目标) is one
_AS_TARGET = re.compile(
    # (超额完成…规划提出的12件的预期目标: the aim the plan set)
    # (完成…突破270亿元的指引性目标: an aim's kind between)
    r"(?:[和、及与]\d+(?:\.\d+)?[家个项件人名所座])*(?:以上|左右)?的"
    r"(?:年度|全年|预期|指引性|指导性|约束性|奋斗)?(?:目标|指标|任务)"
    r"|(?:以上|左右)?的?(?:年度|全年)?(?:目标|指标)任务"
    r"|(?:以上|左右)?的?(?:年度|全年)?考核(?:目标|指标)?任务"  # 完成市对区新认定375家考核任务
    # (…100亿元的年度招商目标任务: the task's field between)
    r"|(?:以上|左右)?的(?:年度|全年)?[\u4e00-\u9fff]{1,4}?(?:目标|指标)任务"
    r"|(?<=强)冲刺"  # (正朝着全国高新区50强冲刺: the place aimed at)
)
# (严格落实财政科技投入支出大于1%要求: a required level)
_AS_TARGET_RATE = re.compile(
    r"(?:以上|左右)?的?(?:省考|市考|考核|年度|全年)?(?:目标|指标|要求)(?!体系)")
_RAISED_TO = re.compile(r"(?:提高|提升|上升|下降|降低|增加|增长)(?:至|到)(?:目前|当前|现在)?的?$")
_NEW_CUE = re.compile(_NEW_WORDS + r"|净增")
# 完成…全年目标105家的207.6%: the target (named right before it) a completion rate is
# measured against, and that rate
_TARGET_NAMED = r"(?:目标|任务)(?:数|值)?(?:为|是)?$"
_SHARE_DONE = re.compile(r"的[ ]*\d+(?:\.\d+)?%")
_POOL_AFTER = re.compile(
    r"[^,;。]{0,10}?(?:进入|纳入|列入|入选)[^,;。]{0,14}?(?:库|名单|名录)"
)
_PENDING_AFTER = re.compile(r"(?:准备|拟|待|正在|将)(?:复审|重新认定|申报|申请|认定)")
# put on a published list (…认定名单…,13家科普基地榜上有名; 40家单位入选)
_LISTED = r"榜上有名|上榜|入选"
# (11家企事业单位院士专家工作站上榜: the list of the year names them, new)
_NAMED_NEW = re.compile(r"[^,;。]{0,4}?(?:认定|列|确定|命名)为(?:新增|新认定|新建)|(?:成功)?上榜")
_TO_YEAR = re.compile(
    # (…方案,目标到2023年,…: the aims' horizon; 预计到2023年底,…: a projection's)
    # (在总体目标中,要求到2022年底,…: a horizon required)
    r"(?:^|[,;:、。\n ]|(?<=目标)|(?<=目标是)|(?<=预计)|(?<=要求))"
    r"(?:到|至|力争到|争取到|力争至)((?:19|20)\d{2})年(?:底|末|左右)?[,,]"
)
# 任务是60件 / 任务为…: a task statement in a progress report (until 截至/已 reports against it)
_TASK_STATEMENT = re.compile(
    r"任务(?:是|为)[::]?|任务[::]|指标要求|考核要求|目标(?:是|为)"
    r"|任务指标[,,]|(?:下发|下达)的?目标任务"  # 根据州科技局任务指标,2024年内新认定…6家
    r"|(?:应|需)完成[^,,。;\d]{0,6}?(?:指标|任务)(?:数|量)?(?:是|为)"  # 全年应完成指标数为147件
    r"|任务[^,,。;]{0,6}[,,]分别(?:是|为)"  # 考核指标任务共四项,分别是专利申请量280件
    r"|[((]指标[::]"  # 创新主体方面(指标:新增科技型中小企业60家、…): the year's targets
)
# a summary's own plans for its year: 要完成至少50个, 计划完成…突破200个, 将完成1000个
# the verbs of something to be done, after 将/要/计划/力争…
_PLAN_VERB = (
    r"(?:完成|实现|达到|建成|建设|新建|突破|超过|开工|获批|新增|新认定|认定|引进|培育|实施|打造|推出|撬动|带动"
    # (其中郑州市拟入库6780家: firms still to enter the pool; not 此次拟入库的1054家, a list)
    r"|入库(?!的)"
    r"|拨付|下达|安排"  # (后续将会拨付100万元建设资金: funds still to come)
    r"|举办|召开|开展"  # (本届农高会期间,…将举办…等12项特色活动: events to come)
    r"|招(?:收|募|生)?|培训"  # (两个专业班计划招学员 120 人: places still to fill)
    r"|(?<![总])投资"  # 2021年,…信息通信业计划投资17亿元 (a project's 计划总投资 is its size)
    r"|投入(?!强度|占|产出)|兑现"  # (計劃投入102.4萬元,到位資金…; 2019年将兑现奖补313万元)
    r"|提高到|提高至|提升到|提升至|增加到|增至)"  # (计划将全市高新技术企业数量提高到4000家)
)
_WILL_DO = re.compile(
    # 向上争取资金超过5000万元, 争取到…: funds won from higher levels, not a plan
    # (not 实施年度市级科技计划项目378个、下达资金3000万元: a programme's projects, done)
    # (争取、安排科技经费2643.26万元, 争取…政策资金1.02亿元 in a summary: funds won, too)
    # (not 超过年度计划投资22个百分点: a result measured against the plan)
    r"(?:将|(?<![主重需必纪摘])要|(?<!超过年度|超出年度)(?<!超过|超出)计划(?!项目|专项)|力争"
    r"|(?<!向上)(?<![共已])争取(?!到)(?![^,;。]{0,20}?(?:资金|经费|补贴|奖补))|确保|准备"
    # (not 争取“高端外国专家引进计划”项目8项: a verb inside a programme's quoted name)
    r"|(?<![草模虚比])拟)[^,;。将要“\"]{0,10}?"
    + _PLAN_VERB
)
# reports against a projection or a task: 已, 截至…, and a time span (估计…,1—9月份,产值达…)
# (not 实际利用外资, 实际到账外资: a measure's name)
_ACTUAL_AFTER = re.compile(
    r"已|实际(?!利用|到账|到賬|使用|到位)|截至|截止|目前|\d{1,2}[-—–~至]\d{1,2}月(?:份|底|末)?|前[一二三]季度|上半年"
)
_NEXT_YEARS = re.compile(r"(?:未来|今后)(?P<n>\d{1,2}|[二三四五六七八九十])年(?!来|间的成)")
_PERIOD_OPENER = re.compile(
    r"[ \t]*(?:\d{1,2}[.、]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)?[ \t]*"
    r"[“‘]?(十[一二三四五六]五)[”’]?(?:(?:规划)?(?:实施)?以来|期间|时期|[,,](?!\d)"
    r"|发展回顾|回顾)"  # (“十三五”发展回顾“十三五”时期是…的五年: a review's run-in heading)
)
# 1750亿元(2021年地区生产总值为预计数), 0.82%(预测值), 增长5.5%(预计,下同): a note after the
# figure that it is projected
_EXPECTED_NOTE = re.compile(r"[^。;\n((\d]{0,20}\([^()\n]{0,30}预[计测](?:数|值|数据|[,,;、)])")
# a province's short name (宁夏, 内蒙古, 广西): a place that opens a paragraph's subject
_PROVINCE = ("(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东"
             "|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)")
_PARA_YEAR = re.compile(
    # (2015-2019年,全区研发人员从…增加到…。R&D人员…由…增长到…: a range, its end)
    r"[ \t]*(?:[^,,。;\n\d]{1,6}[,,])?(?:截至|截止|到|在)?(?:(?:19|20)\d{2}年?[-—–~至])?"
    r"((?:19|20)\d{2})年(?:底|末|度)?"
    # (会议指出,2021年是…起步之年。…研发投入3.58亿元: the year the paragraph characterises)
    r"(?:[,,]|(?=全社会|全区|全市|全县|我区|我市|我县|是(?!否|指)|全年)"  # (据统计,2018年全市94户…)
    # (在2017年的15301项技术合同中,…: the year's whole the paragraph breaks down)
    r"|(?<=年)(?=的[^,,。;\n]{2,30}中[,,])"
    # (2008年汶上县科技工作…: a place as subject; not 2025年舒城县科学技术局对2024年度…: a body
    # acting that year on another's figures)
    r"|(?=[\u4e00-\u9fff]{1,4}[省市县区旗](?![级场政委长内外]|[\u4e00-\u9fff]{0,6}?(?:局|委员会|部门|政府)))"
    # (2017年宁夏高新技术企业R&D经费投入…: a province named without 省)
    rf"|(?={_PROVINCE}(?![省市]|[\u4e00-\u9fff]{{0,6}}?(?:局|委员会|部门|政府))))")
# 根据国家知识产权局最新数据统计,2016年内蒙古…。其中发明专利申请为2878件: the year after a
# source the paragraph opens with dates the paragraph
_PARA_SOURCE_YEAR = re.compile(
    # (《2022年度重庆市区县科技竞争力评价报告》显示,2021年…: a title may hold its own year)
    # (近日,记者在我市召开的“…”新闻发布会上获悉,2018年,…: after when it was heard, and a
    # meeting's long quoted name)
    r"[ \t]*(?:(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[,,])?"
    r"(?:(?:《[^》\n]{1,40}》[^,,。;\n\d]{0,8}?|[^,,。;\n\d]{2,24}?"
    r"|[^,,。;\n\d“]{2,20}?“[^”\n]{2,40}”[^,,。;\n\d]{0,12}?)(?:统计|显示|获悉|了解到|表明|认为|指出)"
    r"|据[^,,。;\n\d]{2,20}数据)[,,]"  # (据合肥市数据资源局数据,2020年…: a source's data)
    # (《政府工作报告》显示,2023年,武汉…: the year with its comma too)
    r"((?:19|20)\d{2})年(?:底|末|度)?(?!以来|至今|以前|之前|以后|前)(?:[,,]|(?=[\u4e00-\u9fff]{2}))")
# 深圳市宝安区2021年GDP达到…。年度增量突破575亿元: a subject and its year open the paragraph
_PARA_SUBJECT_YEAR = re.compile(  # (not 大会举行了2021年…授牌仪式: an event, not a subject)
    r"[ \t]*(?![^,,。;:\n\d]{0,8}?(?:举行|召开|举办|发布|公布|颁发))"
    r"[^,,。;:\n\d《“]{2,10}?(?<![与比较从自由在于到至截将了])((?:19|20)\d{2})年(?:底|末|度)?"
    r"(?!以来|至今|前|后|起|之前|以后|[-—–~至]|\d{1,2}月"
    r"|[ ]*第[\d一二三四五六七八九十]+期)"  # (湖北专利统计快报 2019年第1期: an issue's number)
)
# an aim's own words; the strong cue adds 计划 (which also names programmes: 科技计划项目),
# 预期 and 完成
_AIM_WORD = re.compile(r"力争|目标|确保|争取|将|(?<![主重需摘纪必])要(?![素点闻件])")
_STRONG_TARGET_CUE = re.compile(_AIM_WORD.pattern + r"|计划|预期|完成")
_FROM_TO = re.compile(  # (从2015年的19家,发展到44家: a comma may stand before the verb)
    # (由2021年的第四升至第二, 由…第五下滑至第七: a place moved from, in Chinese numerals too)
    r"(?:\d|第[一二三四五六七八九十])[^,;。]*?[,,]?"
    r"(?:(?:增加|增长|提高|提升|上升|跃升|扩大|发展|攀升|增|升|缩小|下降|下滑|减少|降低|降|进位|前移)(?:到|至)"
    r"|迈上|跨上|跃上|登上)"  # (从2020年的3.87万亿元连续迈上4万亿、5万亿台阶)
    r"|的[\d.]+[^,;。\d]{0,3}已?达到了?(?=[ ]*\d|$)"  # (从2016年的3家已达到了23家)
)


# 实施创新型企业培育计划: a heading naming a programme carried out, not a plan section
# (落实科技创新战略行动计划的总体情况: the whole 行动计划 is the programme's name)
_PROGRAMME = re.compile(
    r"(?:实施|推进|落实|开展|深化|启动|执行)[^,,。;:]{0,12}?(?:行动计划|行动方案|计划|工程|行动)")

# --- cues read by find_figures
# 从“十三五”期末的6527亿元起步: a base at a plan period's end
_PERIOD_BASE = re.compile(  # (由“十一五”期末的4个和9个分别发展到…: both bases)
    r"(?:从|由)[“‘]?(十[一二三四五]五)[”’]?(?:期末|末)的?"
    r"(?:[ ]*\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]{0,2}[和、及])?[ ]*$")
# …,拟申报25家, 组织推荐29家: applicants
_APPLYING = re.compile(r"[ ]*(?:组织|共)?(?:拟|计划|准备)?(?:申报|申请|推荐申报|推荐)")
# 对于需要复审的12家高新技术企业: candidates for a review
_PENDING_BEFORE = re.compile(r"(?:(?:需要|需|待|正在)(?:复审|重新认定)|复审)的$")
# 高新技术企业147家(2017年认定80家): the new ones of a stock
_CERTIFIED_ASIDE = re.compile(r"\((?:(?:19|20)\d{2}年)?(?:新)?认定$")
# (2021年预计数,下同): every later figure of that year is projected
_EXPECTED_BELOW = re.compile(
    r"\((?:(?P<y>(?:19|20)\d{2})年)?[^()\n]{0,12}?预计(?:数|值|数据)?[,,;、]?下同\)"
    r"|(?<=预计)\(下同\)"  # ──全年预计(下同)实现地区生产总值1230亿元
)
# 2011-2015年: a range of years (its start dates a base, its end the value reached)
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})年?[-—–~至]((?:19|20)\d{2})年")
# 从60亿元增加到: the value reached follows
_REACHED = re.compile(r"(?:从|由)[^,;。]*?(?:增加|增长|提高|提升|上升|跃升|扩大|攀升|增)(?:到|至)$")
# 达5.62%: a clause that states a level and no subject
_LEVEL_LEAD = re.compile(r"[ ]*(?:已)?(?:达到|达|为|提高到|提升到|提高至|提升至|升至|增至)")
# 完成专利申请49件,授权38件: bare grants after applications
_BARE_GRANTS = re.compile(r"[ ]*(?:获得|获|共)?授权(?:量)?(?:达到|达|为)?")
_GRANTS_OF = {"patent_applications": "patent_grants",
              "invention_patent_applications": "invention_patent_grants"}
# 国家高新技术企业62家: a level word alone before an alias
_LEVEL_ONLY = re.compile(r"(?:全国|国家级?|省级?|市级?|区级?|县级?)?")
# 国家高新技术企业62家: an item of a ;-list that is a noun and a figure
_BARE_ITEM = re.compile(r"[^\d,,:;。]{2,30}?\d+(?:\.\d+)?[余多]?[\u4e00-\u9fff]{1,2}")
# 累计孵化科技企业1358家: a verb and the noun it counts, right before the figure
_VERB_NOUN = re.compile(
    r"(?:孵化|服务|吸引|集聚|带动|帮扶|走访|新建|建成|组建|拥有|申报|立项|实施|获批)"
    r"((?:[A-Za-z0-9]{1,4}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{3,16}?)[ ]*$")  # 申报5G应用…项目
# 新增120家、总量超1120家: only a stock cue after the 、, no subject of its own
_STOCK_TAIL = re.compile(r"(?:总量|总数|累计数|累计|超过|超|达到|达|突破|近|约)+[ ]*$")
# …,占全省总量的25.95%,: a share of another total just before
# (…成交额达7000.4亿元,占全国技术市场成交总额的近1/3,: a fraction or tenths too)
_SHARE_OF_TOTAL = re.compile(
    r"占(?:全[省市国区县疆藏州盟]|全自治区)[^,;。]{0,10}?的?(?:近|约|超过|超|逾)?"
    r"(?:[\d.]+%|\d/\d{1,2}|[一二三四五六七八九]成)[,,]$")
# 较2017年(6725家)同比增长292%: the base value in an aside after its year
# (比“十一五”时期(2300万元)增长了2.8倍: a period's value, at its end)
# 占GDP比重2.89%,比2002年的1.69%: the same metric's value in the base year of a comparison
# (较2020年度的25.1%: a year's value too)
# (…超过2万家,这对比2016年的8037家: 对比/相比 and a 这 pointing back too)
_COMPARED_LEAD = r"[,, ]*这?(?:对比|相比|相较|比|较)"
_COMPARED_BASE = re.compile(
    _COMPARED_LEAD + r"(?:((?:19|20)\d{2})年度?|上年|去年)(?:底|末)?的[ ]*$")
# 比2020年2976万元增长584.41%: a base value named without 的, a change after it (or a rank:
# 较2019年度排名第47名, 对比2016年第85位: the place held that year)
_COMPARED_BASE_BARE = re.compile(_COMPARED_LEAD + r"((?:19|20)\d{2})年(?:底|末|度)?[ ]*$")
_CHANGE_AFTER = re.compile(r"[ ]*(?:增长|增加|提高|提升|上升|下降|减少|降低)")
_BASE_ASIDE = re.compile(
    r"(?:较|比|同比|与)(?:((?:19|20)\d{2})年(?:底|末)?|[“‘]?(十[一二三四五]五)[”’]?(?:时期|期间|期末|末)"
    r"|(上年|去年))\($")  # 比上年(1.12%)提高0.13个百分点
# 其中2020年认定1914家: the newly certified part of a stock
_CERTIFIED_PART = re.compile(
    r"其中[^,;。\d]{0,4}?(?:(?:19|20)\d{2}年(?:度)?)?(?:新|首次)?(?:认定|获批|通过认定)"
    r"的?(?:企业)?[ ]*$")  # 其中首次通过认定的企业20户, 其中新认定企业19家
# 分别是…的5.8倍和2.7倍: an item of a list of multiples
_MULTIPLE_ITEM = re.compile(r"\d+(?:\.\d+)?倍")
# against the year before (较上年新增数量超过2000家): what follows is the year's own
_VS_LAST_YEAR = r"[较比](?:上年|去年|上一年)"
# 新增6家: a clause that says only that its figure is new
_NEW_ONLY = re.compile(  # (…达到10247家,较上年新增数量超过2000家: the year's new ones too)
    # (高新技术企业4742家,五年新增3698家: the new ones of the years named)
    rf"[ ]*(?:其中|当年|今年|年内|全年|{_VS_LAST_YEAR}"
    r"|(?:近|过去)?[两三四五六七八九十]年(?:来|间)?)?"
    r"(?:新增|新认定|新培育)(?:了)?"
    r"(?:数量)?(?:超过|超|近|约|达到|达)?[ ]*")
# “十三五”期间: a plan period named as a time
_FIVE_YEAR_NAME = re.compile(r"十[一二三四五]五")
_PERIOD_NAMED = re.compile(r"十[一二三四五]五(?=”?(?:以来|期间|时期))")
# …技术合同登记217项,金额6.01亿元: a clause that names only an amount
_AMOUNT_ONLY = re.compile(r"[ ]*(?:合同)?(?:成交)?(?:总)?金额(?:达到|达|为|共计|合计|超过|超)?[ ]*")
