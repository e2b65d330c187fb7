"""The figure finder on the real seeds, on things that look like figures but are not, and
against the hand-reviewed reference in tests/reference/seed_figures.csv."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from conftest import SHARED_METRIC_IDS
from kewei.figures import Figure, find_figures
from kewei.figures.text import _Text
from kewei.sections import find_sections

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REFERENCE = Path(__file__).resolve().parent / "reference" / "seed_figures.csv"
INDEPENDENT = Path(__file__).resolve().parent / "reference" / "independent_labels.csv"

# seed file → (doc_type, doc_year) as the document metadata gives them
META = {
    "000_43c79211723ad013.txt": ("work_plan", 2024),  # Songjiang 2024 plan
    "001_93d1f2f42a20eb96.txt": ("five_year_plan", None),  # Songjiang 十四五 plan
    "002_26ffa6e3ff8bc410.txt": ("work_plan", 2020),  # Jing'an 2020 plan
    "003_54bb072f99b94610.txt": ("work_summary", 2023),  # Minhang 2023 summary
    "004_5476e208bf7b0eea.txt": ("work_plan", 2024),  # Putuo 2024 plan
}
CORE = set(SHARED_METRIC_IDS)


def _text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_figures() -> dict[str, tuple[str, list[Figure]]]:
    out = {}
    for name, (dt, year) in META.items():
        text = _text(name)
        out[name] = (text, find_figures(text, doc_type=dt, doc_year=year))
    return out


def _one(figs: list[Figure], **kw) -> Figure:
    hits = [f for f in figs if all(getattr(f, k) == v for k, v in kw.items())]
    assert hits, f"no figure with {kw}"
    return hits[0]


# ---------------------------------------------------------------------------------------------
# provenance


def test_every_figure_points_at_its_raw_text(seed_figures):
    total = 0
    for text, figs in seed_figures.values():
        for f in figs:
            assert text[f.char_start : f.char_end] == f.raw
            assert f.raw.strip() == f.raw and f.raw
            assert f.quote in text
            q = text.find(f.quote)
            assert text.find(f.quote) >= 0
            # the quote surrounds the figure
            assert any(
                s <= f.char_start and f.char_end <= s + len(f.quote)
                for s in _all_positions(text, f.quote)
            ), (f.raw, f.quote, q)
            total += 1
        assert [f.char_start for f in figs] == sorted(f.char_start for f in figs)
    assert total > 150


def _all_positions(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def test_closed_vocabularies(seed_figures):
    for _, figs in seed_figures.values():
        for f in figs:
            assert f.comparator in {"eq", "ge", "le", "approx", "range"}
            assert f.kind in {"stock", "flow", "rate", "share", "rank", "multiple"}
            assert f.status in {"actual", "target", "expected"}
            if f.comparator == "range":
                assert f.value_low is not None and f.value_high is not None
                assert f.value_low < f.value_high
            else:
                assert f.value is not None


# ---------------------------------------------------------------------------------------------
# the real values the extraction tests rely on


def test_songjiang_2024_plan(seed_figures):
    _, figs = seed_figures["000_43c79211723ad013.txt"]
    hte = _one(figs, metric="high_tech_enterprises", value=3000.0)
    assert (hte.status, hte.ref_year, hte.unit, hte.kind) == ("target", 2024, "家", "stock")
    rd = _one(figs, metric="rd_intensity")
    assert (rd.value, rd.unit, rd.status, rd.ref_year) == (6.8, "%", "expected", 2024)
    tc = _one(figs, metric="tech_contract_value")
    assert (tc.value, tc.unit, tc.raw) == (110.0, "亿元", "110亿元")
    ws = _one(figs, metric="new_academician_workstations")
    assert (ws.value, ws.ref_year) == (18.0, 2024)
    rng = _one(figs, raw="3-5家")
    assert (rng.comparator, rng.value_low, rng.value_high) == ("range", 3.0, 5.0)
    assert _one(figs, raw="5家").comparator == "ge"  # 不少于5家
    sci = [f for f in figs if f.raw in ("3个", "25个")]
    assert {f.ref_year for f in sci} == {2025}  # 为2025年力争创成…


def test_songjiang_five_year_plan(seed_figures):
    _, figs = seed_figures["001_93d1f2f42a20eb96.txt"]
    t3200 = [f for f in figs if f.metric == "high_tech_enterprises" and f.value == 3200.0]
    assert {(f.status, f.ref_year) for f in t3200} == {("target", 2025)}
    assert "ge" in {f.comparator for f in t3200}  # 力争超过3200家
    rd = _one(figs, metric="rd_intensity", value=4.59)
    assert (rd.status, rd.ref_year) == ("actual", 2020)
    rd5 = _one(figs, metric="rd_intensity", value=5.0)
    assert (rd5.status, rd5.ref_year, rd5.comparator) == ("target", 2025, "ge")
    p = _one(figs, metric="invention_patents_per_10k", value=50.52)
    assert (p.status, p.ref_year) == ("actual", 2020)
    p60 = _one(figs, metric="invention_patents_per_10k", value=60.0)
    assert (p60.status, p60.ref_year) == ("target", 2025)
    h469 = _one(figs, metric="high_tech_enterprises", value=469.0)
    assert h469.ref_year == 2015
    mult = _one(figs, raw="3.7倍")
    assert (mult.kind, mult.metric, mult.ref_year) == ("multiple", "high_tech_enterprises", 2020)
    rank = _one(figs, raw="全市第三")
    assert (rank.kind, rank.value) == ("rank", 3.0)
    # the enterprise share of R&D is not the R&D intensity
    assert _one(figs, value=88.6).metric != "rd_intensity"


def test_minhang_2023_summary(seed_figures):
    _, figs = seed_figures["003_54bb072f99b94610.txt"]
    expect = {
        "high_tech_enterprises": 3612.0,
        "rd_intensity": 10.6,
        "rd_expenditure": 304.45,
        "tech_contract_value": 320.0,
        "academician_workstations": 128.0,
        "new_academician_workstations": 10.0,
        "5g_base_stations": 7581.0,
    }
    for metric, value in expect.items():
        f = _one(figs, metric=metric, value=value)
        assert (f.status, f.ref_year) == ("actual", 2023), metric
    assert _one(figs, metric="rd_expenditure").raw == "304.45亿元"
    ranks = {(f.metric, f.value) for f in figs if f.kind == "rank"}
    assert ("high_tech_enterprises", 2.0) in ranks
    assert ("academician_workstations", 1.0) in ranks
    assert ("5g_base_stations", 2.0) in ranks
    assert not [f for f in figs if f.kind == "rank" and f.value > 10]  # not "第二二"
    assert _one(figs, raw="4000余家").comparator == "approx"
    assert _one(figs, raw="9万多人次").value == 90000.0
    assert _one(figs, raw="十大").value == 10.0
    assert _one(figs, raw="六大").value == 6.0
    # a survey figure published with a lag keeps its own year
    assert _one(figs, metric="science_literacy_rate").ref_year == 2022
    garage = [f for f in figs if f.metric == "garage_signal_coverage"]
    assert {f.value for f in garage} == {168.0}


def test_putuo_2024_plan(seed_figures):
    text, figs = seed_figures["004_5476e208bf7b0eea.txt"]
    rng = _one(figs, metric="new_high_tech_enterprises")
    assert (rng.comparator, rng.value_low, rng.value_high) == ("range", 50.0, 60.0)
    assert (rng.status, rng.ref_year) == ("target", 2024)
    assert "\n" in rng.raw and rng.raw.endswith("家")  # across the 60\n\n家 break
    rd = _one(figs, metric="rd_intensity")
    assert (rd.value, rd.ref_year) == (2.5, 2023)
    assert _one(figs, metric="new_5g_macro_stations").value == 200.0
    assert _one(figs, metric="garage_signal_coverage").value == 50.0
    assert _one(figs, metric="tech_contract_value").comparator == "ge"  # 超110亿元
    assert _one(figs, metric="new_little_giant_enterprises").value == 20.0
    # the document number 普科委〔2024〕2号 and the anniversary are not figures
    assert not [f for f in figs if f.char_start < text.find("工作计划")]
    assert not [f for f in figs if "周年" in text[f.char_end : f.char_end + 2]]


def test_jingan_2020_plan_has_no_core_metrics(seed_figures):
    _, figs = seed_figures["002_26ffa6e3ff8bc410.txt"]
    assert not [f for f in figs if f.metric in CORE]
    assert {f.raw for f in figs} <= {"四个", "三大"}


# ---------------------------------------------------------------------------------------------
# synthetic cases


NOT_FIGURES = [
    "普科委〔2024〕2号",
    "闵科委〔202414",
    "2024年3月25日",
    "2023-2025年",
    "(2017-2035)",
    "2024年是关键一年。",
    "推进G60科创走廊建设。",
    "加快5G网络和5.5G技术应用。",
    "IPv6适配,H25重大项目,U30榜单,外国高端人才(A类)。",
    "严格落实7*24小时值班制度。",
    "继续推进“151”项目建设。",
    "发布“人才18条”等政策。",
    "建立“1+7+N”产业联盟和“6+X”产业。",
    "“十四五”规划和“十三五”期间。",
    "一、总体要求\n(一)指导思想\n1、坚持创新\n第一、前沿资源\n",
    "筹备举办第五届论坛,首届大会,举办11届大赛。",
    "新中国成立75周年。",
    "深入贯彻中央八项规定精神。",
    "推进“一网通办”和“三会一课”。",
    "每万人口中。",
    "落实区委1号文件精神,围绕“3+5+X”产业体系。",
    "推进5G-A、6G和IPv6+试点,落实“徐汇科创22条”。",
    "徐科委〔2023〕3号",
    "《若干意见(2022—2025年)》",
    "位列全市前列,承办第五届世界人工智能大会。",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_things_that_are_not_figures(text):
    assert find_figures(text, doc_type="work_plan", doc_year=2024) == []


def test_full_width_crlf_bom_and_markdown_keep_offsets():
    text = ("\ufeff**目标。**２０２４年新认定高新技术企业５０家、力争６０\r\n\r\n家；"
            "技术合同成交额超１１０亿元。\r\n")
    figs = find_figures(text, doc_type="work_plan", doc_year=2024)
    assert [f.raw for f in figs] == ["５０家、力争６０\r\n\r\n家", "１１０亿元"]
    for f in figs:
        assert text[f.char_start : f.char_end] == f.raw
    assert (figs[0].value_low, figs[0].value_high, figs[0].metric) == (
        50.0, 60.0, "new_high_tech_enterprises")
    assert (figs[1].value, figs[1].comparator) == (110.0, "ge")


@pytest.mark.parametrize(
    ("text", "raw", "comparator", "value"),
    [
        ("基金总规模超150亿元。", "150亿元", "ge", 150.0),
        ("组织开展近300场科普活动。", "300场", "approx", 300.0),
        ("累计汇聚4000余家硬科技企业。", "4000余家", "approx", 4000.0),
        ("全年创建不少于5家科普基地。", "5家", "ge", 5.0),
        ("比重保持在10%以上。", "10%", "ge", 10.0),
        ("单个项目不超过200万元。", "200万元", "le", 0.02),
        ("合计产区税突破1亿元。", "1亿元", "ge", 1.0),
        ("高新技术企业总数力争超过3200家。", "3200家", "ge", 3200.0),
        ("约30个项目。", "30个", "approx", 30.0),
    ],
)
def test_comparators_and_scaling(text, raw, comparator, value):
    (f,) = find_figures(text, doc_type="work_plan", doc_year=2024)
    assert (f.raw, f.comparator) == (raw, comparator)
    assert f.value == pytest.approx(value)


def test_money_is_in_yi_yuan():
    (f,) = find_figures("全年支持资金3000万元。", doc_type="work_summary", doc_year=2023)
    assert (f.unit, f.value) == ("亿元", pytest.approx(0.3))


def test_kinds_rate_share_rank_multiple():
    text = ("技术合同成交额达到320亿元,增长20%,全市第一;"
            "研发经费支出占GDP比重达3.1%;高新技术企业数是2015年的3.7倍。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    kinds = {f.raw: (f.kind, f.metric) for f in figs}
    assert kinds["20%"] == ("rate", "tech_contract_value")
    assert kinds["全市第一"] == ("rank", "tech_contract_value")
    assert kinds["3.1%"] == ("share", "rd_intensity")
    assert kinds["3.7倍"] == ("multiple", "high_tech_enterprises")


def test_unclassified_figures_name_their_phrase():
    (f,) = find_figures("支持161家科技企业获得贷款。", doc_type="work_summary", doc_year=2023)
    assert (f.metric, f.metric_zh) == ("unclassified", "科技企业")


def test_status_and_year_cues():
    plan = ("预计R&D投入强度达到6.8%。到2025年高新技术企业总数达到3500家。"
            "2023年全区高新技术企业达2800家。")
    figs = {f.raw: f for f in find_figures(plan, doc_type="work_plan", doc_year=2024)}
    assert (figs["6.8%"].status, figs["6.8%"].ref_year) == ("expected", 2024)
    assert (figs["3500家"].status, figs["3500家"].ref_year) == ("target", 2025)
    assert (figs["2800家"].status, figs["2800家"].ref_year) == ("actual", 2023)


def test_five_year_plan_sections_decide_status():
    text = ("科技创新“十四五”规划\n一、“十三五”回顾\n高新技术企业总数达到1755家。\n"
            "二、发展目标\n高新技术企业总数达到3200家。\n")
    figs = find_figures(text, doc_type="five_year_plan", doc_year=None)
    assert [(f.value, f.status, f.ref_year) for f in figs] == [
        (1755.0, "actual", 2020), (3200.0, "target", 2025)]
    # headings handed in by the caller are used the same way
    heads = [(text.find("一、"), "一、“十三五”回顾"), (text.find("二、"), "二、发展目标")]
    figs2 = find_figures(text, doc_type="five_year_plan", doc_year=2021, headings=heads)
    assert [(f.status, f.ref_year) for f in figs2] == [("actual", 2020), ("target", 2025)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("研发投入占全区GDP比重提高0.3个百分点。", [("0.3个百分点", "rd_intensity", "rate")]),
        ("增速保持在3%-5%之间。", [("3%-5%", "unclassified", "rate")]),
        ("排名全市首位。", [("排名全市首位", "unclassified", "rank")]),
        ("新增专精特新小巨人企业12家。", [("12家", "specialized_sme_little_giants", "flow")]),
        ("完成3个月试点,数十家企业参加。", []),
        ("PCT国际专利申请35件。", [("35件", "pct_applications", "flow")]),
    ],
)
def test_general_patterns(text, expect):
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [(f.raw, f.metric, f.kind) for f in figs] == expect


@pytest.mark.parametrize("doc_type", ["work_summary", "work_plan"])
def test_review_and_outlook_sections(doc_type):
    head1 = "一、2023年工作回顾" if doc_type == "work_plan" else "一、2023年工作总结"
    head2 = "二、2024年主要任务" if doc_type == "work_plan" else "二、2024年工作打算"
    text = f"{head1}\n新增高新技术企业300家。\n{head2}\n新增高新技术企业350家。\n"
    year = 2024 if doc_type == "work_plan" else 2023
    figs = find_figures(text, doc_type=doc_type, doc_year=year)
    assert [(f.value, f.status, f.ref_year) for f in figs] == [
        (300.0, "actual", 2023), (350.0, "target", 2024)]


def test_exclude_spans_drop_figures_inside():
    text = "新增高新技术企业50家。\n469\n519\n新增10家院士专家工作站。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023,
                        exclude_spans=[(0, text.find("。"))])
    assert [f.raw for f in figs] == ["10家"]


def test_repeated_text_scales_linearly_in_figures():
    text = _text("003_54bb072f99b94610.txt")
    one = find_figures(text, doc_type="work_summary", doc_year=2023)
    many = find_figures(text * 20, doc_type="work_summary", doc_year=2023)
    assert len(many) == 20 * len(one)
    assert many[-1].char_start == one[-1].char_start + 19 * len(text)


def test_deterministic(seed_figures):
    for name, (dt, year) in META.items():
        text, figs = seed_figures[name]
        assert find_figures(text, doc_type=dt, doc_year=year) == figs


# ---------------------------------------------------------------------------------------------
# the hand-reviewed reference


def _reference(path: Path = REFERENCE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _is_table_cell(text: str, f: Figure) -> bool:
    ls = text.rfind("\n", 0, f.char_start) + 1
    le = text.find("\n", f.char_end)
    line = text[ls : le if le >= 0 else len(text)]
    return line.strip(" \t\u2003\u3000") == f.raw


@pytest.mark.parametrize("path", [REFERENCE, INDEPENDENT], ids=["reviewed", "independent"])
def test_reference_is_consistent_with_the_seeds(path):
    rows = _reference(path)
    assert len(rows) > 150
    for r in rows:
        text = _text(r["source_file"])
        assert text[int(r["char_start"]) : int(r["char_end"])] == r["raw"].replace("\\n", "\n")
        assert r["status"] in {"actual", "target", "expected"} and r["ref_year"].isdigit()


def _score(
    ref: dict[tuple[str, int, int], tuple[str, str, str]],
    found: dict[tuple[str, int, int], Figure],
    exact: bool = False,
) -> None:
    """Recall, precision and agreement of (metric, status, ref_year) on exact spans; with
    ``exact`` every reference figure must be found, right, and nothing else (a regression)."""
    hits = ref.keys() & found.keys()
    recall = len(hits) / len(ref)
    precision = len(hits) / max(1, len(found))
    missed = sorted((k, ref[k]) for k in ref.keys() - found.keys())
    extra = sorted((k, found[k].raw) for k in found.keys() - ref.keys())
    assert recall >= 0.97, missed
    assert precision >= 0.95, extra
    wrong = []
    for k in sorted(hits):
        f = found[k]
        got = (f.metric, f.status, str(f.ref_year or ""))
        if got != ref[k]:
            wrong.append((k, f.raw, ref[k], got))
    assert 1 - len(wrong) / len(hits) >= 0.95, wrong
    if exact:
        assert (missed, extra, wrong) == ([], [], [])


@pytest.mark.parametrize("path", [REFERENCE, INDEPENDENT], ids=["reviewed", "independent"])
def test_recall_precision_and_attributes_against_reference(seed_figures, path):
    ref = {
        (r["source_file"], int(r["char_start"]), int(r["char_end"])): (
            r["metric"], r["status"], r["ref_year"])
        for r in _reference(path)
    }
    found: dict[tuple[str, int, int], Figure] = {}
    for name, (text, figs) in seed_figures.items():
        for f in figs:
            if not _is_table_cell(text, f):
                found[(name, f.char_start, f.char_end)] = f
    # the reviewed reference is matched exactly (a regression guard); the independent labels
    # keep the open calls listed in tests/reference/README.md
    _score(ref, found, exact=path == REFERENCE)


# ---------------------------------------------------------------------------------------------
# synthetic documents in the style of other districts (tests/reference/synthetic/*.marked.txt):
# first line "#meta doc_type=… doc_year=…", every figure written {{raw|metric|status|ref_year}}

_MARK = re.compile(r"\{\{(.*?)\|([a-z0-9_]+)\|(actual|target|expected)\|(\d{4})\}\}", re.S)


def _synthetic(path: Path) -> tuple[str, str, int | None, dict[tuple[int, int], tuple]]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n")
    meta = dict(kv.split("=", 1) for kv in head.split()[1:])
    parts: list[str] = []
    labels: dict[tuple[int, int], tuple] = {}
    last = pos = 0
    for m in _MARK.finditer(body):
        parts.append(body[last : m.start()])
        pos += m.start() - last
        raw = m.group(1)
        labels[(pos, pos + len(raw))] = (m.group(2), m.group(3), m.group(4))
        parts.append(raw)
        pos += len(raw)
        last = m.end()
    parts.append(body[last:])
    year = meta.get("doc_year")
    return "".join(parts), meta["doc_type"], int(year) if year else None, labels


SYNTHETIC = sorted((Path(__file__).resolve().parent / "reference" / "synthetic").glob(
    "*.marked.txt"))


def test_synthetic_fixtures_are_labelled():
    assert len(SYNTHETIC) >= 4
    for path in SYNTHETIC:
        text, doc_type, _, labels = _synthetic(path)
        assert doc_type in {"work_plan", "work_summary", "five_year_plan"}
        assert len(labels) >= 15 and "{{" not in text and "}}" not in text


def test_recall_precision_and_attributes_on_synthetic_documents():
    ref: dict[tuple[str, int, int], tuple[str, str, str]] = {}
    found: dict[tuple[str, int, int], Figure] = {}
    for path in SYNTHETIC:
        text, doc_type, doc_year, labels = _synthetic(path)
        for (s, e), attrs in labels.items():
            ref[(path.name, s, e)] = attrs
        for f in find_figures(text, doc_type=doc_type, doc_year=doc_year):
            assert text[f.char_start : f.char_end] == f.raw
            found[(path.name, f.char_start, f.char_end)] = f
    _score(ref, found)


def test_as_of_year_is_the_reference_year():
    text = "截至2023年底,全区有效期内高新技术企业达2860家,较上年增长5.2%。"
    figs = find_figures(text, doc_type="work_plan", doc_year=2024)
    assert [(f.raw, f.status, f.ref_year) for f in figs] == [
        ("2860家", "actual", 2023), ("5.2%", "actual", 2023)]


# ---------------------------------------------------------------------------------------------
# behaviours found by probing real district documents nobody had tuned on (sentences paraphrased)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # a negative growth rate keeps its sign
        ("光电产业实现产值98.5亿元,同比增长-6.2%。", [("98.5亿元", None), ("-6.2%", -6.2)]),
        # 个 before 工程 is a count (only 工作日 is a duration)
        ("4个工程通过验收,10个工作日内反馈。", [("4个", 4.0)]),
        # a numbered institute is a name; 所 before a noun or after 学校 counts
        ("航天八院与中国电科21所签约;新增学校2所。引进3所高校。", [("2所", 2.0), ("3所", 3.0)]),
        # batches counted with a Chinese numeral; 首批 and 第二批 are ordinals
        ("全年分四批推荐企业,首批通过9家,第二批通过5家。",
         [("四批", 4.0), ("9家", 9.0), ("5家", 5.0)]),
        # a bare index value with 以上
        ("区域创新指数提升到150以上。", [("150", 150.0)]),
        # 万人 as a denominator or a programme name is no count; 近万人 is one
        ("万人发明专利拥有量稳步提高,入选千人计划;近万人参加科普日。", [("万人", 10000.0)]),
        ("发放宣传册3万余份。", [("3万余份", 30000.0)]),
    ],
)
def test_held_out_candidates(text, expect):
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    got = [(f.raw, f.value) for f in figs]
    assert [r for r, _ in got] == [r for r, _ in expect]
    for (_, v), (_, want) in zip(got, expect, strict=True):
        if want is not None:
            assert v == pytest.approx(want)


@pytest.mark.parametrize(
    ("text", "raw", "value", "comparator"),
    [
        # (a move 上升至 with no scope is left out, as labelled in rounds 37, 43 and 45)
        ("综合排名上升至第5位,较上年前进3个位次。", "第5位", 5.0, "eq"),
        ("排名升至第8位。", "排名升至第8位", 8.0, "eq"),  # round 1's label keeps 升至
        ("创新能力跃居全省前30位。", "全省前30位", 30.0, "le"),
        ("研发人员密度达到全市前5水平。", "全市前5", 5.0, "le"),
    ],
)
def test_held_out_ranks(text, raw, value, comparator):
    f = _one(find_figures(text, doc_type="work_summary", doc_year=2023), raw=raw)
    assert (f.kind, f.value, f.comparator) == ("rank", value, comparator)


def test_respectively_pairs_items_with_figures():
    text = ("全区专利申请和授权量分别为4210件和1987件,其中发明专利申请和授权量分别达到"
            "803件和215件。高新技术企业和科技型企业分别达到410家和900家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [(f.raw, f.metric) for f in figs] == [
        ("4210件", "patent_applications"), ("1987件", "patent_grants"),
        ("803件", "invention_patent_applications"), ("215件", "invention_patent_grants"),
        ("410家", "high_tech_enterprises"), ("900家", "unclassified"),
    ]


@pytest.mark.parametrize(
    ("text", "raw", "metric"),
    [
        # the alias of an earlier figure in the clause does not name the next one
        ("高新技术企业达到120家、科技型企业超过500家。", "500家", "unclassified"),
        # ...nor does the noun of the previous clause's figure
        ("培育区级科技小巨人企业9家,指导4家企业获技术先进型服务企业认定。", "4家",
         "unclassified"),
        # a flow cue between the alias and the figure
        ("市级科技小巨人培育企业新增6家(甲、乙)。", "6家", "new_little_giant_enterprises"),
        # applications, the above-scale subset and the cultivation pool are not the stock
        ("全年组织申报高新技术企业300家。", "300家", "unclassified"),
        ("112家规上高新技术企业实现营收80亿元。", "112家", "unclassified"),
        ("区级高企培育库入库企业35家。", "35家", "high_tech_candidates"),
        # 其中 + a part of the previous figure keeps its metric
        ("认定高新技术企业12家(其中首批获批8家)。", "8家", "new_high_tech_enterprises"),
        ("获得市科技进步奖6项。", "6项", "science_awards"),
    ],
)
def test_held_out_metrics(text, raw, metric):
    f = _one(find_figures(text, doc_type="work_summary", doc_year=2023), raw=raw)
    assert f.metric == metric


def test_stretch_target_after_a_flow_is_a_range():
    (f,) = find_figures("新增高新技术企业40家,努力实现新增80家。", doc_type="work_plan",
                        doc_year=2024)
    assert (f.comparator, f.value_low, f.value_high, f.metric) == (
        "range", 40.0, 80.0, "new_high_tech_enterprises")


def test_held_out_years_and_status():
    plan = ("到2026年,全区高新技术企业和科技型企业在2021年的基础上翻番,分别超过120家和700家;"
            "专精特新企业突破30家。")
    figs = find_figures(plan, doc_type="work_plan", doc_year=2023)
    assert {f.ref_year for f in figs} == {2026}
    summary = "今年以来,有效期内高企总数将达900家,同比增长12%。"
    figs = find_figures(summary, doc_type="work_summary", doc_year=2023)
    assert figs[0].status == "expected" and figs[0].metric == "high_tech_enterprises"


def test_five_year_plan_review_paragraph_and_basis_section():
    text = ("某区科技创新“十四五”规划\n“十三五”期间,全区科技实力持续提升。研发经费支出占GDP比重"
            "提高至3.1%,为全市平均水平的1.5倍。\n一、发展基础\n2020年全区高新技术企业达到300家。\n"
            "二、发展目标\n高新技术企业达到500家。\n")
    figs = find_figures(text, doc_type="five_year_plan", doc_year=2021)
    assert [(f.raw, f.status, f.ref_year, f.kind) for f in figs] == [
        ("3.1%", "actual", 2020, "share"), ("1.5倍", "actual", 2020, "multiple"),
        ("300家", "actual", 2020, "stock"), ("500家", "target", 2025, "stock")]


def test_target_year_carries_over_the_paragraph_and_its_dash_list():
    text = ("二、主要目标\n到2028年,研发经费投入强度达到3.2%以上。区域创新指数达到140以上。\n"
            "——创新平台加快集聚。建成市级重点实验室2家。\n"
            "——全年新认定高新技术企业30家。\n")
    figs = find_figures(text, doc_type="work_plan", doc_year=2024)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("3.2%", 2028), ("140", 2028), ("2家", 2028), ("30家", 2024)]


def test_rate_of_a_projected_figure_is_expected():
    text = "今年以来,有效期内高企总数将达900家,同比增长12%。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [(f.raw, f.status) for f in figs] == [("900家", "expected"), ("12%", "expected")]


def test_spaces_between_chinese_and_digits():
    text = ("2022 年全区 R&D 经费占 GDP 比重达 2.95%;全年实现技术交易额 88.1 亿元,"
            "全区 97 家企业参与。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [(f.raw, f.metric, f.ref_year) for f in figs] == [
        ("2.95%", "rd_intensity", 2022), ("88.1 亿元", "tech_contract_value", 2023),
        ("97 家", "unclassified", 2023)]
    for f in figs:
        assert text[f.char_start : f.char_end] == f.raw


def test_exceeding_expectations_is_not_a_projection():
    text = "重大项目投资超预期,完成率132.5%;全社会R&D占比达到3.05%,全市第2。"
    figs = {f.raw: f for f in find_figures(text, doc_type="work_summary", doc_year=2024)}
    assert figs["132.5%"].status == "actual"
    assert (figs["3.05%"].metric, figs["全市第2"].metric) == ("rd_intensity", "rd_intensity")


def test_money_without_yuan_issue_numbers_and_stated_targets():
    text = ("截止10月底,全区技术合同成交额达9.6亿,申请专项资金800万。"
            "做法在2023年12期简报刊登。可完成同比增长8%的年度指标任务。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    got = [(f.raw, f.metric, f.unit, f.status) for f in figs]
    assert got == [("9.6亿", "tech_contract_value", "亿元", "actual"),
                   ("800万", "unclassified", "亿元", "actual"),
                   ("8%", "unclassified", "%", "target")]
    assert figs[1].value == pytest.approx(0.08)


def test_cumulative_new_is_still_a_flow_metric():
    (f,) = find_figures("五年来累计新增科普基地16家。", doc_type="work_summary", doc_year=2023)
    assert f.metric == "new_science_popularization_bases"


# ---------------------------------------------------------------------------------------------
# second held-out round (attributes): behaviours pinned with invented sentences


def _by_raw(text: str, doc_type: str, doc_year: int | None) -> dict[str, Figure]:
    return {f.raw: f for f in find_figures(text, doc_type=doc_type, doc_year=doc_year)}


def test_last_year_counts_back_from_the_document_year():
    text = ("本区去年新认定高企420家,同比增长31%,位列全市第三。现有高新技术企业2100家。"
            "比去年增长12%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [(figs[r].metric, figs[r].ref_year) for r in ("420家", "31%", "全市第三")] == [
        ("new_high_tech_enterprises", 2021)] * 3
    assert (figs["2100家"].ref_year, figs["12%"].ref_year) == (2022, 2022)


def test_a_year_in_a_title_or_a_name_is_not_the_figures_year():
    text = "区科技局2021年工作总结2022年思路 全年组织申报各类项目88项。"
    assert _by_raw(text, "work_summary", 2021)["88项"].ref_year == 2021
    text = "年内建立2026年高企培育库,目前入库企业12家。"
    assert _by_raw(text, "work_summary", 2024)["12家"].ref_year == 2024


def test_a_projection_runs_to_the_end_of_its_sentence():
    text = "预计全年外贸总额450亿元,其中出口120亿元,同比增长4.2%;服务业营收900亿元。"
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].status for r in ("450亿元", "120亿元", "4.2%", "900亿元")] == [
        "expected", "expected", "expected", "actual"]


def test_rank_after_a_placeholder_names_the_previous_clause():
    text = "预计有效期内高新技术企业总量达xxx家,全市第一。"
    (f,) = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert (f.raw, f.metric, f.status) == ("全市第一", "high_tech_enterprises", "expected")


def test_flow_cue_carries_over_a_comma_list_of_the_same_metric():
    text = "新增国家高企30家,省级高企12家,高企总数达到210家。"
    figs = _by_raw(text, "work_summary", 2019)
    assert [figs[r].metric for r in ("30家", "12家", "210家")] == [
        "new_high_tech_enterprises", "new_high_tech_enterprises", "high_tech_enterprises"]


def test_five_year_plan_named_by_ordinal_and_base_year_before_the_period():
    text = ("某区国民经济和社会发展第十四个五年规划纲要\n\n一、发展基础\n\n"
            "十三五时期成绩显著,十三五规划确定的目标顺利完成。\n\n"
            "——区级税收年均增长为8.2%。\n")
    assert _by_raw(text, "five_year_plan", 2021)["8.2%"].ref_year == 2020
    text = ("到2025年,全区研发经费投入年均增长超过9%。2020年,全区研发投入210.5亿元,"
            "比十二五末期提升95亿元。")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["9%"].status, figs["9%"].ref_year) == ("target", 2025)
    got = [(figs[r].metric, figs[r].status, figs[r].ref_year) for r in ("210.5亿元", "95亿元")]
    assert got == [("rd_expenditure", "actual", 2020)] * 2


def test_numbered_review_paragraph_of_a_next_period_proposal():
    text = ("关于制定某区第十五个五年规划的建议\n\n一、“十五五”时期是关键时期\n\n"
            "1.“十四五”时期发展成就显著。税收占比超35%,增速位居全市第二。\n")
    figs = _by_raw(text, "five_year_plan", 2025)
    assert [(figs[r].status, figs[r].ref_year) for r in ("35%", "全市第二")] == [
        ("actual", 2025)] * 2


@pytest.mark.parametrize(
    ("text", "raw", "metric"),
    [
        ("研发经费支出与地区生产总值之比保持在4%左右。", "4%", "rd_intensity"),
        ("全社会研发经费支出占全市GDP的比例达到4.1%。", "4.1%", "rd_intensity"),
        ("PCT专利申请量310件。", "310件", "pct_applications"),
        ("每万人口高价值发明专利数41件。", "41件", "high_value_invention_patents_per_10k"),
        ("市级以上双创载体总数达28家。", "28家", "innovation_carriers"),
        ("软件和信息服务业销售额120.5亿元。", "120.5亿元", "software_it_revenue"),
    ],
)
def test_second_round_aliases(text, raw, metric):
    assert _by_raw(text, "work_summary", 2023)[raw].metric == metric


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("引进产业基金三只,新建步道800多米。", "三只", 3.0),
        ("引进产业基金三只,新建步道800多米。", "800多米", 800.0),
        ("平台交易额占全市四分之一。", "四分之一", 25.0),
        ("企业数量位居中心城区首位。", "位居中心城区首位", 1.0),
    ],
)
def test_second_round_candidates(text, raw, value):
    assert _by_raw(text, "work_summary", 2023)[raw].value == value


def test_a_year_range_dates_its_figures_by_the_end_year_unless_it_names_a_plan():
    figs = _by_raw("2024-2028年,全区高企年均增长8%。", "work_plan", 2024)
    assert figs["8%"].ref_year == 2028
    figs = _by_raw("落实2024—2028年行动方案,高企达到640家。", "work_plan", 2024)
    assert figs["640家"].ref_year == 2024


def test_patents_per_10k_workers_is_not_a_patent_grant_count():
    text = "每万人发明专利拥有量达到75件,每万名从业人员发明专利授权数达9件。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("75件", "9件")] == [
        "invention_patents_per_10k", "invention_patent_grants_per_10k_workers"]


def test_third_round_earlier_period_heading_is_a_review_even_when_it_says_indicators():
    text = ("某区科技创新“十四五”规划\n\n一、“十三五”发展回顾\n\n(一)“十三五”主要指标\n\n"
            "十三五末,全区高新技术企业达到1200家。\n\n二、发展目标\n\n(一)主要指标\n\n"
            "到2025年,高新技术企业达到2000家。\n")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["1200家"].status, figs["1200家"].ref_year) == ("actual", 2020)
    assert (figs["2000家"].status, figs["2000家"].ref_year) == ("target", 2025)


@pytest.mark.parametrize(
    ("text", "raw", "metric"),
    [
        ("全区研发经费支出相当于全区生产总值的比例为3.2%。", "3.2%", "rd_intensity"),
        ("研发经费支出相当于生产总值的比重超过3%。", "3%", "rd_intensity"),
        ("每万人发明专利拥有数65件。", "65件", "invention_patents_per_10k"),
    ],
)
def test_third_round_aliases(text, raw, metric):
    assert _by_raw(text, "work_summary", 2023)[raw].metric == metric


def test_a_year_opening_the_paragraph_dates_it_and_a_past_year_in_a_plan_is_done():
    text = ("今年,全区新增研发机构12家。\n据了解,2025年,全区新引进科技企业300家。"
            "新引进外资研发中心15家,实现营收近500亿元。\n")
    figs = _by_raw(text, "work_plan", 2026)
    assert (figs["12家"].status, figs["12家"].ref_year) == ("target", 2026)
    assert [(figs[r].status, figs[r].ref_year) for r in ("300家", "15家", "500亿元")] == [
        ("actual", 2025)] * 3
    text = "某区2024年工作要点\n主要目标:完成2023年度研发经费支出占GDP比重达2.6%。"
    assert _by_raw(text, "work_plan", 2024)["2.6%"].status == "target"


def test_change_of_money_skips_a_share_and_a_note_marks_a_projection():
    text = "2022年,全区研发投入88.5亿元,占全市12%,比十二五末期提升40亿元。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["88.5亿元"].metric, figs["40亿元"].metric) == ("rd_expenditure",) * 2
    text = "区级税收从210.5亿元增长到330亿元(2024年数据为预计数),增速5.2 %。"
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].status for r in ("210.5亿元", "330亿元")] == ["actual", "expected"]
    assert figs["5.2 %"].value == 5.2


def test_rates_after_respectively_belong_to_the_figures_stated_before():
    text = ("十三五末,全区高新技术企业1500家,科技小巨人企业210家,"
            "比十二五末分别增长80.5%、35%。")
    figs = _by_raw(text, "five_year_plan", 2021)
    got = [(figs[r].metric, figs[r].kind) for r in ("80.5%", "35%")]
    assert got == [("high_tech_enterprises", "rate"), ("little_giant_enterprises", "rate")]


def test_shares_in_tenths_and_slash_fractions_and_top_n_classes():
    text = "区内企业产值占全市近六成,比重超过2/5。已有全球前20强航运企业9家落户,排名全市前5强。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["六成"].value, figs["六成"].comparator) == (60.0, "approx")
    assert (figs["2/5"].value, figs["2/5"].comparator) == (40.0, "ge")
    assert "全球前20强" not in figs and figs["全市前5强"].value == 5


def test_fourth_round_generic_ratio_needs_its_own_clause_to_be_rd():
    text = ("到2025年,研发经费支出占GDP的比重达到3%,数字经济核心产业增加值占GDP比重达到6%。"
            "全区研发投入120亿元,占GDP比重4.1%。")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert [figs[r].metric for r in ("3%", "6%", "4.1%")] == [
        "rd_intensity", "unclassified", "rd_intensity"]


@pytest.mark.parametrize(
    ("text", "raw", "metric"),
    [
        ("技术市场交易额18.2亿元,年度任务完成率105%。", "18.2亿元", "tech_contract_value"),
        ("技术市场实现交易额6200万元,同比增长12%。", "6200万元", "tech_contract_value"),
        ("开展技术合同登记,技术合同金额9.5亿元。", "9.5亿元", "tech_contract_value"),
        ("大宗商品交易额300亿元。", "300亿元", "unclassified"),
        # the mention nearest the figure is qualified (applications): no earlier plain one
        ("完成高新技术企业申报工作,全年组织申报高新技术企业45家。", "45家", "unclassified"),
        ("新增2家申请高新技术企业的企业。", "2家", "unclassified"),
        ("全区高新技术企业120家,目前另有3家申请高新技术企业认定。", "3家", "unclassified"),
    ],
)
def test_fourth_round_metrics(text, raw, metric):
    assert _by_raw(text, "work_summary", 2022)[raw].metric == metric


def test_fourth_round_programme_heading_is_no_plan_section():
    text = "二、实施科技企业梯度培育计划\n截至6月,全区高新技术企业达到420家。\n"
    f = _by_raw(text, "work_summary", 2022)["420家"]
    assert (f.status, f.ref_year) == ("actual", 2022)


def test_fourth_round_named_area_ranks_aspects_and_device_specs():
    text = ("认定高企8家,通过数位居苏州第三;营收增幅位于苏州十县(市、区)第四位。"
            "全年推出8方面30项举措。研制出60个光子的量子计算原型机。位居长三角第一梯队。")
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["苏州第三"].kind, figs["苏州第三"].value) == ("rank", 3.0)
    assert (figs["第四位"].kind, figs["第四位"].value) == ("rank", 4.0)
    assert figs["8方面"].value == 8.0
    assert "60个" not in figs and not any("第一" in r for r in figs)


def test_fourth_round_next_n_years_dates_the_targets_after_it():
    text = "某区对未来5年提出了奋斗目标。研发投入强度达到4.5%,高新技术企业达到1500家。\n"
    figs = _by_raw(text, "work_plan", 2022)
    assert [(figs[r].status, figs[r].ref_year) for r in ("4.5%", "1500家")] == [
        ("target", 2026)] * 2
    text = "今后五年,全区高新技术企业达到2000家。"
    assert _by_raw(text, "work_summary", 2021)["2000家"].ref_year == 2025


# fifth held-out round: short paraphrases written for the tests (not copied from the excerpts)


def test_fifth_round_parallel_subject_and_figure_lists():
    text = ("高企、科技型中小企业达 812 家、905 家,分别增长 12.5%、30.1%;"
            "技术合同成交额、登记项数分别为 40.2亿元、1500 项,分别增长 20.5%、8.8%。")
    figs = _by_raw(text, "work_summary", 2022)
    got = {r: figs[r].metric for r in ("812 家", "905 家", "12.5%", "30.1%", "40.2亿元", "8.8%")}
    assert got == {"812 家": "high_tech_enterprises", "905 家": "tech_smes",
                   "12.5%": "high_tech_enterprises", "30.1%": "tech_smes",
                   "40.2亿元": "tech_contract_value", "8.8%": "unclassified"}


def test_fifth_round_rate_of_an_unclassified_figure_stays_unclassified():
    text = "共登记技术合同80项,合同成交额3.2亿元,同比分别增长15%、40%。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["15%"].metric, figs["40%"].metric) == ("unclassified", "tech_contract_value")


def test_fifth_round_contract_value_aliases_and_bare_grants():
    text = ("认定登记技术合同成交总金额9.1亿元。全市登记技术合同300份,完成合同成交额5600万元。"
            "专利申请量达60项,授权量35项;商标授权量20件。发明专利申请和授权量分别为30件和12件。")
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["9.1亿元"].metric == figs["5600万元"].metric == "tech_contract_value"
    assert figs["35项"].metric == "patent_grants"
    assert figs["20件"].metric != "patent_grants"
    assert figs["12件"].metric == "invention_patent_grants"


def test_fifth_round_named_as_new_after_the_figure():
    text = "公园等8家科普基地被认定为新增科普基地,全市科普基地已达到90家。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["8家"].metric == "new_science_popularization_bases"
    assert figs["90家"].metric == "science_popularization_bases"


def test_fifth_round_ranks_counts_and_section_numbers():
    text = ("一、上半年工作2、园区建设,举办了两次培训,三次产业协调发展。"
            "创新能力保持排名前五,获考核第一名,位居全省各区之首。")
    figs = _by_raw(text, "work_summary", 2012)
    assert "2" not in figs and "三次" not in figs
    assert figs["两次"].value == 2.0
    assert (figs["排名前五"].value, figs["排名前五"].comparator) == (5.0, "le")
    assert figs["第一名"].kind == figs["全省各区之首"].kind == "rank"


def test_fifth_round_continuation_sentence_carries_metric_and_year():
    text = ("认真做好2023年度全社会研发经费统计工作。截止2月底已完成填报数据45.6亿元,"
            "较上年增长9.5%。\n全区新培育企业12家。其中已有5家完成备案。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["45.6亿元"].metric, figs["45.6亿元"].ref_year) == ("rd_expenditure", 2023)
    assert (figs["9.5%"].metric, figs["9.5%"].ref_year) == ("rd_expenditure", 2023)
    # the sentence before stated a figure of its own: nothing is carried across
    assert figs["5家"].ref_year == 2024
    text = "全区研发经费投入稳步增长。企业投入完成30亿元。"
    assert _by_raw(text, "work_summary", 2024)["30亿元"].metric == "unclassified"


def test_fifth_round_pending_review_is_not_the_stock():
    text = "督促辖区内到期的高新技术企业7家准备复审材料;全区高新技术企业共210家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["7家"].metric == "unclassified"
    assert figs["210家"].metric == "high_tech_enterprises"


def test_fifth_round_progress_table_task_column_states_targets():
    one_per_line = ("序号\n|\n工作任务\n|\n上半年完成情况\n|\n1\n|\n"
                    "全区科技型中小企业达到300家。\n|\n入库科技型中小企业180家。\n|\n")
    markdown = ("| 序号 | 年度目标任务 | 推进情况 |\n| --- | --- | --- |\n"
                "| 1 | 技术合同成交额20亿元 | 已登记技术合同成交额9亿元 |\n")
    for text, task, done in ((one_per_line, "300家", "180家"), (markdown, "20亿元", "9亿元")):
        figs = _by_raw(text, "work_summary", 2024)
        assert (figs[task].status, figs[done].status) == ("target", "actual")


def test_sixth_round_base_of_from_to_is_the_earlier_actual():
    text = "“十三五”期间,全区研发经费投入强度从2.1%提高到3.4%。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["2.1%"].metric, figs["2.1%"].status, figs["2.1%"].ref_year) == (
        "rd_intensity", "actual", 2015)
    assert (figs["3.4%"].metric, figs["3.4%"].ref_year) == ("rd_intensity", 2020)
    text = "科技进步贡献率从2015年的50.2%提高到2020年的58%,论文被引次数由9万次增至2020年的15万次。"
    figs = _by_raw(text, "five_year_plan", 2016)
    assert (figs["50.2%"].status, figs["50.2%"].ref_year) == ("actual", 2015)
    assert (figs["58%"].status, figs["58%"].ref_year) == ("target", 2020)
    assert (figs["9万次"].status, figs["9万次"].ref_year) == ("actual", 2015)
    assert (figs["15万次"].status, figs["15万次"].ref_year) == ("target", 2020)
    text = "与2020年相比,技术合同成交额由80亿元增至150亿元。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["80亿元"].metric, figs["80亿元"].status, figs["80亿元"].ref_year) == (
        "tech_contract_value", "actual", 2020)
    assert (figs["150亿元"].metric, figs["150亿元"].status, figs["150亿元"].ref_year) == (
        "tech_contract_value", "target", 2025)


def test_sixth_round_traditional_script_reads_like_simplified():
    text = ("全社會研發經費投入從2015年的1.2萬億元增長到2020年的2.1萬億元;"
            "每萬人口發明專利擁有量達到12件,保留了兩項指標。")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert figs["1.2萬億元"].value == 12000 and figs["1.2萬億元"].metric == "rd_expenditure"
    assert (figs["1.2萬億元"].status, figs["1.2萬億元"].ref_year) == ("actual", 2015)
    assert (figs["2.1萬億元"].metric, figs["2.1萬億元"].status) == ("rd_expenditure", "target")
    assert figs["12件"].metric == "invention_patents_per_10k"
    assert figs["兩項"].value == 2


def test_sixth_round_world_and_bare_ranks():
    text = ("综合创新能力世界排名进入前10位,论文被引次数居世界第二、上升至第7位;"
            "两项指标在同类城市中进入前三名。")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert (figs["世界排名进入前10位"].value, figs["世界排名进入前10位"].comparator) == (10, "le")
    assert figs["世界第二"].value == 2 and figs["第7位"].kind == "rank"
    assert figs["前三名"].comparator == "le"
    assert "升至第7位" not in figs


def test_sixth_round_youwang_projects_the_sentence():
    text = "全社会R&D支出有望达到900亿元,占GDP比重可达2.2%。国内有效发明专利达40万件。"
    figs = _by_raw(text, "work_summary", 2013)
    assert (figs["900亿元"].metric, figs["900亿元"].status) == ("rd_expenditure", "expected")
    assert (figs["2.2%"].metric, figs["2.2%"].status) == ("rd_intensity", "expected")
    assert figs["40万件"].status == "actual"


def test_sixth_round_plan_horizon_after_a_history_paragraph():
    text = ("2019年,全区数字经济占比超9%。规划纲要中,这一比重超过15%。\n"
            "“十三五”时期,研发投入年均增长8%。未来五年,年均“10%以上”的增速需要持续加力。\n")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["9%"].status, figs["9%"].ref_year) == ("actual", 2019)
    assert (figs["15%"].status, figs["15%"].ref_year) == ("target", 2025)
    assert (figs["10%"].status, figs["10%"].ref_year, figs["10%"].comparator) == (
        "target", 2025, "ge")
    figs = _by_raw("7%以上:研发投入增速为何重要?\n", "five_year_plan", 2021)
    assert figs["7%"].value == 7


def test_sixth_round_denominators_parts_and_shared_ranks_name_no_metric():
    text = ("基础研究经费占研发经费投入比重达到8%。每万人口发明专利拥有量达到12件,"
            "通过PCT途径提交的专利申请量比2015年翻一番。")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert figs["8%"].metric == "unclassified"
    assert figs["翻一番"].metric == "unclassified"
    text = "2015年万人发明专利拥有量1.6件、登记科技成果数量120项,均居全省第三位。"
    figs = _by_raw(text, "five_year_plan", 2017)
    assert figs["1.6件"].metric == "invention_patents_per_10k"
    assert figs["120项"].metric == figs["全省第三位"].metric == "unclassified"
    text = "全区研究开发投入占国内生产总值的比重提高到3%,服务业增加值占国内生产总值的比例达到60%。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert figs["3%"].metric == "rd_intensity" and figs["60%"].metric == "unclassified"


def test_sixth_round_dates_registrations_and_review_passes():
    text = ("地区生产总值于2016年突破了5000亿元,增速高于2015年水平。"
            "全市技术合同登记12.5亿元,第一批评审通过国家高新技术企业40家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["5000亿元"].ref_year == 2016
    assert figs["12.5亿元"].metric == "tech_contract_value"
    assert figs["40家"].metric == "new_high_tech_enterprises"


def test_sixth_round_headcount_without_measure_word_and_governed_area():
    figs = _by_raw("活动服务社区3200余居民,发放资料500多份。", "work_summary", 2023)
    assert (figs["3200余"].value, figs["3200余"].unit, figs["3200余"].comparator) == (
        3200, "人", "approx")
    assert "3200余居" not in figs and "500多份" in figs
    assert "12" not in _by_raw("第12余项工作。", "work_summary", 2023)
    text = "本规划覆盖园区所辖86.5平方公里范围,到2025年新增孵化面积20万平方米。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert (figs["86.5平方公里"].status, figs["86.5平方公里"].ref_year) == ("actual", 2021)
    assert figs["20万平方米"].status == "target"


def test_seventh_round_ranks_with_area_class_and_long_first_place_scope():
    text = ("今年发布的创新指数均列全省县(市、区)第三;引进科学家120人次、居全国同类城市首位,"
            "专利数量均居全市各区首位。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["全省县(市、区)第三"].value, figs["全省县(市、区)第三"].unit) == (3, "rank")
    assert figs["居全国同类城市首位"].value == 1
    assert figs["居全市各区首位"].kind == "rank"


def test_seventh_round_phase_counts_session_ordinals_and_a_joined_one():
    text = ("孵化园分四期建设,二期工程已完工。会议贯彻市委九届三次、四次全会精神。"
            "已立项三项区级项目和一项市级项目,围绕“一个中心、两个基地、一个平台”布局。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["四期"].value == 4
    assert "二期" not in figs and "三次" not in figs and "四次" not in figs
    assert figs["三项"].value == 3 and figs["一项"].value == 1
    assert "一个" not in figs and "两个" not in figs


def test_seventh_round_both_leap_to_a_rank():
    text = "发明专利申请量和授权量增幅均跃居全市第二,高新技术企业总数达到120家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["全市第二"].metric == "unclassified"
    assert figs["120家"].metric == "high_tech_enterprises"


# --- eighth held-out round (invented sentences in the style of the texts that exposed each case)


def test_eighth_round_pinyin_glosses_and_traditional_review_heading():
    text = ("一、科技計劃執(zhí)行情況綜述\n(一)計劃執(zhí)行情況\n"
            "組織轄區(qū)單位實施國家級項目12項,建成工程技術(shù)中心8個。\n")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert [(figs[r].status, figs[r].value) for r in ("12項", "8個")] == [
        ("actual", 12), ("actual", 8)]
    assert all(text[f.char_start:f.char_end] == f.raw for f in figs.values())


def test_eighth_round_task_statements_in_a_progress_report_are_targets():
    text = ("2.专利工作。任务是45件,截至9月底,已受理45件。3.成果转化。任务为以下两项之一:"
            "①培育科技型企业3家以上;②完成转化项目2项。截至9月底已完成1项。")
    found = find_figures(text, doc_type="work_summary", doc_year=2019)
    assert [(f.raw, f.status) for f in found] == [
        ("45件", "target"), ("45件", "actual"), ("两项", "target"), ("3家", "target"),
        ("2项", "target"), ("1项", "actual")]
    assert {f.ref_year for f in found} == {2019}


def test_eighth_round_programme_year_and_applications_with_a_level_word():
    text = ("全年签约合作项目40只,申报2025年度省重点研发计划项目8只,鉴定新产品90只。"
            "推荐申报国家高新技术企业7家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].ref_year for r in ("40只", "8只", "90只")] == [2024] * 3
    assert figs["7家"].metric != "high_tech_enterprises"


def test_eighth_round_ranks_named_by_a_city_and_listed_after_another_rank():
    text = "研发投入占比3.1%(居台州第3),综合评价位居全省第9,金华地区第1,新增企业均为丽水第一。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["台州第3"].value == 3 and figs["金华地区第1"].kind == "rank"
    assert figs["丽水第一"].value == 1


def test_eighth_round_zhi_year_dates_the_clause_after_a_semicolon():
    text = "根据方案,2024年底,园区企业达300家以上;至2026年,园区基本建成,企业达800家以上。"
    figs = _by_raw(text, "work_plan", 2024)
    assert (figs["300家"].ref_year, figs["800家"].ref_year) == (2024, 2026)
    review = "至2015年,本区连续三次获评先进区。"
    assert _by_raw(review, "five_year_plan", 2016)["三次"].ref_year == 2015


def test_eighth_round_new_list_continues_after_a_comma_and_quoted_aliases():
    text = ("“十三五”期间,全区新增12家市级技术中心、5家创新型企业,210家高新技术企业。"
            "至2020年全区共有市科技“小巨人”企业21家。")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert figs["210家"].metric == "new_high_tech_enterprises"
    assert figs["21家"].metric == "little_giant_enterprises"
    assert figs["21家"].status == "actual" and figs["21家"].ref_year == 2020


def test_eighth_round_rd_expenditure_spelled_out_and_targets_stated_as_figures():
    text = ("全社会研究与试验发展经费支出从8000万元提高到17000万元,实现翻番。"
            "提前完成了6家和18家的目标。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["17000万元"].metric == "rd_expenditure"
    assert figs["17000万元"].value == 1.7
    assert figs["6家"].status == "target"


def test_eighth_round_units_magnitudes_and_tenths():
    text = ("示范区总面积约12平方千米,实际开发利用区域约3平方千米。每万人R&D人员全时当量为"
            "98.5人年/万人。空气质量优良天数达到340天,建设周期365天。到2028年营收增幅超6成,"
            "产值规模达千亿元级,形成万亿市值的企业集群。分项指数依次为210.4、188.9、176.3和301.2。")
    figs = _by_raw(text, "work_plan", 2025)
    assert figs["12平方千米"].unit == "平方千米" and figs["3平方千米"].status == "actual"
    assert figs["98.5人年/万人"].unit == "人年/万人"
    assert figs["340天"].value == 340 and "365天" not in figs
    assert (figs["6成"].value, figs["6成"].unit) == (60, "%")
    assert (figs["千亿元"].value, figs["千亿元"].unit) == (1000, "亿元")
    assert figs["万亿"].value == 10000
    assert all(r in figs for r in ("210.4", "188.9", "176.3", "301.2"))


def test_eighth_round_headline_spaces_separate_clauses():
    text = "“十四五”期间 区科技型中小企业达4100家 高新技术企业达1500家 技术服务业营收实现翻番"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["1500家"].metric == "high_tech_enterprises"
    assert figs["翻番"].metric == "unclassified"
    assert all(text[f.char_start:f.char_end] == f.raw for f in figs.values())


def test_eighth_round_yao_in_a_noun_is_no_target_cue():
    text = "2024年发布的报告从创新要素、创新环境等4个维度评估全区创新水平。"
    assert _by_raw(text, "work_summary", 2023)["4个"].status == "actual"


def test_held_out_scorer_counts_misses_extras_and_wrong_attributes(tmp_path, monkeypatch):
    """The scorer used for the held-out rounds (tests/reference/score_heldout.py)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "score_heldout", Path(__file__).parent / "reference" / "score_heldout.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "score_heldout", mod)  # dataclasses look it up
    spec.loader.exec_module(mod)
    (tmp_path / "doc.txt").write_text(
        "2023年全区高新技术企业达到900家,新认定高企120家,技术合同成交额45亿元。", encoding="utf-8")
    (tmp_path / "labels.py").write_text(
        'A, T = "actual", "target"\n'
        'META = {"doc.txt": ("work_summary", 2023)}\n'
        'L = {"doc.txt": [("900家", "high_tech_enterprises", A, 2023),\n'
        '                 ("120家", "high_tech_enterprises", A, 2023),\n'
        '                 ("45亿元", "*", T, "?")]}\n', encoding="utf-8")
    sc = mod.score_folder(tmp_path)
    assert (sc.labelled, sc.found, sc.hit) == (3, 3, 3)
    # 120家 is new_high_tech_enterprises (label says the stock); 45亿元 is a shared metric, actual
    assert sc.wrong == {"metric": 2, "status": 1, "year": 0} and sc.wrong_any == 2


def test_ninth_round_titles_groups_and_counts_of_aspects():
    text = ("《三大平台建设促产业升级》获市领导批示。创新指数位居全市第二、全省第一梯队。"
            "围绕高新技术企业培育,方案从源头培育、平台支撑等五个方面提出了16项措施。")
    figs = _by_raw(text, "work_plan", 2021)
    assert "三大" not in figs and "全省第一" not in figs
    assert figs["全市第二"].value == 2
    assert figs["五个"].metric == "unclassified"


def test_ninth_round_per_capita_units_pct_grants_and_pools():
    text = ("专利授权预计可达到410件,其中PCT授权专利3件,全县万人有效发明专利拥有量可达2.05件/万人。"
            "万名从业人员专利授权量96.4件/万人。遴选120家高新技术企业进入科技金融重点企业库。"
            "组织申报第二批国家高新技术企业41家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["3件"].metric != "patent_grants"
    assert figs["2.05件/万人"].metric == "invention_patents_per_10k"
    assert figs["96.4件/万人"].metric != "patent_grants" and "万名" not in figs
    assert figs["120家"].metric == "unclassified"
    assert figs["41家"].metric != "high_tech_enterprises"


def test_ninth_round_targets_met_and_tasks_counted():
    text = ("全社会研发经费同比增长12.1%(超额完成9%省考目标)。共计15类任务来源、280项工作任务。"
            "新增在孵企业98家,完成全年150家任务的65.3%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["9%"].status == "target" and figs["150家"].status == "target"
    assert figs["15类"].status == figs["280项"].status == "actual"


def test_ninth_round_metric_of_a_sentence_carried_to_amounts_points_and_doubling():
    text = ("2020年我市R&D经费投入强度2.71%,高于全国平均水平0.31个百分点。"
            "“十三五”期间全市技术合同成交额年均增速12.6%,2020年达到250.4亿元,占全省43%,"
            "较“十二五”末期翻一番。全市高新技术企业突破4000家,科技型企业总数突破1.8万家、"
            "同比增长31.5%,继续保持东北第一。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["0.31个百分点"].metric == "rd_intensity"
    assert figs["250.4亿元"].metric == "tech_contract_value"
    assert figs["翻一番"].metric == "tech_contract_value"
    assert figs["1.8万家"].metric == figs["31.5%"].metric == "unclassified"
    assert figs["东北第一"].kind == "rank"


def test_ninth_round_scores_ranks_in_lists_and_magnitudes():
    text = ("研发人员数得分为100分,劳动生产率得分为97.5分,30分钟内送达。综合实力、绿色发展水平分别"
            "位列全国百强区第 41 位、第 12 位。地区生产总值成功突破千亿大关,经济总量跨越万亿元。"
            "自2015年以来首次实现两位数增长,跃居全国百强区第三位。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["100分"].value == 100 and figs["97.5分"].unit == "分" and "30分" not in figs
    assert figs["第 12 位"].value == 12 and figs["第 41 位"].value == 41
    assert figs["千亿"].value == 1000 and figs["万亿元"].value == 10000
    assert "两位" not in figs and figs["第三位"].value == 3


def test_ninth_round_since_year_and_a_paragraph_opened_by_subject_and_year():
    text = ("2016年以来,全区98项工作受到表彰。\n"
            "本区2020年GDP达到3100亿元,增长9.2%。年度增量突破420亿元。高新技术产业产值5200亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["98项"].ref_year == 2021
    assert figs["420亿元"].ref_year == figs["5200亿元"].ref_year == 2020


# --- tenth held-out round


def test_tenth_round_parts_of_patent_totals():
    text = ("全區專利申請中職務發明申請5120件,同比增長12.1%。全區專利授權量3900件,其中實用新型"
            "專利授權2800件,外觀設計專利授權560件。全区授权专利中职务发明授权2100件。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["3900件"].metric == "patent_grants"
    assert all(figs[r].metric == "unclassified" for r in ("5120件", "12.1%", "2800件", "560件",
                                                           "2100件"))


def test_tenth_round_plans_inside_a_summary_are_targets():
    text = ("截止2022年6月,已建成5G基站1400个。至十四五末期,我区规划建设5G基站4200个。"
            "今年,全区总计要完成至少40个住宅小区地下车库移动通信网络覆盖。全年计划完成基站建设突破150个,"
            "1-2月已累计完成建设50个。")
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["4200个"].status, figs["4200个"].ref_year) == ("target", 2025)
    assert (figs["40个"].status, figs["40个"].ref_year) == ("target", 2022)
    assert figs["40个"].metric == "garage_signal_coverage"
    assert figs["150个"].status == "target" and figs["50个"].status == "actual"
    plan = "下一步,力争到2025年底,全社会研发投入占GDP比重突破4%,高新技术企业总量达3000家。"
    assert _by_raw(plan, "work_summary", 2023)["3000家"].status == "target"


def test_tenth_round_modifiers_parts_and_counts_of_other_things():
    text = ("入选省高新技术企业研发中心19家。争取自治区研发投入奖补资金共500万元。"
            "2023年申报的高新技术企业31家。协调三大运营商建设5G基站。"
            "通过“地区生产总值、R&D投入强度”等12个二级指标评估。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["19家"].metric == "unclassified" and figs["500万元"].metric == "unclassified"
    assert figs["31家"].metric == "unclassified" and figs["三大"].metric == "unclassified"
    assert figs["12个"].metric == "unclassified"


def test_tenth_round_ranks_counts_and_clock_times():
    text = ("东方网2021-09-23 08:27:21\n\n  本报讯 研发投入强度达2.4%、全国科技创新百强区排第64位。"
            "高新区在全国综合排名131名。入选数占全省1/3。有效高新技术企业数达880家,预计全年有效数"
            "可突破千家大关。全新揭牌的5家区级科普教育基地。预约近百处科普资源。")
    figs = _by_raw(text, "work_summary", 2021)
    assert "21\n\n  本" not in figs and not any(f.raw.startswith("21") for f in figs.values())
    assert figs["第64位"].metric == "unclassified" and figs["2.4%"].metric == "rd_intensity"
    assert figs["全国综合排名131名"].kind == "rank"
    assert figs["1/3"].value == 33.33
    assert (figs["千家"].value, figs["千家"].metric) == (1000, "high_tech_enterprises")
    assert figs["5家"].metric == "new_science_popularization_bases"
    assert figs["百处"].comparator == "approx"


# --- eleventh held-out round


def test_eleventh_round_last_year_opening_a_sentence_and_a_year_opening_a_clause():
    text = ("去年,全区科技创新产出指数达到41.5%,较上年增长18.2%。"
            "本区将科技作为内核动力,2022年,全区高新技术产业总产值1320亿元,三年实现翻倍增长;拥有5个国家级平台。"
            "2024年主要目标:完成2023年度全社会研发经费占GDP比重达2.6%;新认定高新技术企业40家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["41.5%"].ref_year == figs["18.2%"].ref_year == 2021
    assert figs["5个"].ref_year == 2022 and figs["翻倍"].value == 2
    plan = _by_raw(text, "work_plan", 2024)
    assert plan["40家"].ref_year == 2024


def test_eleventh_round_next_years_plan_inside_a_summary():
    text = ("2017年,本街将加快实施创新驱动战略 突出科技创新。力争新认定9家高新技术企业,"
            "引进11家技术服务企业。全年新增领军人才3名。")
    figs = _by_raw(text, "work_summary", 2016)
    assert [(figs[r].status, figs[r].ref_year) for r in ("9家", "11家", "3名")] == [
        ("target", 2017)] * 3
    assert figs["9家"].metric == "new_high_tech_enterprises"


def test_eleventh_round_stock_named_in_the_alias_lists_and_certification():
    text = ("全区重新认定高新技术企业总数达到了 98 家。新增2个院士工作站、4家省级研发中心;"
            "培育40家科技“小巨人”企业、25家“瞪羚”企业。通过国家高新技术企业认定47家。"
            "新增省级企业研究生工作站8个。已培育科技型企业120家、国家高新技术企业61家。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["98 家"].metric == "high_tech_enterprises"
    assert figs["4家"].metric == "unclassified" and figs["25家"].metric == "unclassified"
    assert figs["47家"].metric == "new_high_tech_enterprises"
    assert figs["8个"].metric == "unclassified"
    assert figs["61家"].metric == "high_tech_enterprises"


def test_eleventh_round_ranks_on_lists_and_named_areas():
    text = ("研发经费支出占GDP比重达到4.1%,在全省高新区创新驱动发展综合评价榜单上排名第3位。"
            "增速排名西安市第一;指数居渝东北首位;亩均税收位居全国高新区第六和第九。"
            "是排名前十高新区中唯一的。十八大报告指出。六大投资过百亿项目开工。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["排名第3位"].metric == "unclassified"
    assert figs["西安市第一"].value == 1 and figs["居渝东北首位"].value == 1
    assert figs["第六"].value == 6 and figs["第九"].value == 9
    assert not any(r in figs for r in ("排名前十", "十八大", "百亿项"))


def test_eleventh_round_amounts_and_points_carried_and_new_units():
    text = ("完成技术合同登记成交总金额7.9亿元,预计全年完成10亿元,同比增长110%。"
            "研发投入占GDP比重增长至4.6%,超全市平均水平0.9个百分点。申报专利1800多项。"
            "建成高标准农田1萬畝。广东、江苏各占18席。创新指数比上年提升21.4个点。"
            "园区高新技术企业研发投入总额三年平均增幅高达76%。万人有效发明专利达390件。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["10亿元"].metric == figs["110%"].metric == "tech_contract_value"
    assert figs["0.9个百分点"].metric == "rd_intensity"
    assert figs["1800多项"].metric == "patent_applications"
    assert figs["1萬畝"].value == 10000 and figs["18席"].unit == "席"
    assert figs["21.4个点"].value == 21.4 and figs["76%"].metric == "unclassified"
    assert figs["390件"].metric == "invention_patents_per_10k"


# --- twelfth held-out round


def test_twelfth_round_a_time_span_ends_a_projection_and_applications_then_certified():
    text = ("申报国家高新技术企业58家,估计国家高企累计达90家,1—9月份,高新技术产业产值达104.2亿元。"
            "组织40余家企业申报高新技术企业,新认定15家,重新认定20家。"
            "95家企业享受高企所得税减免1.9亿元。45家企业纳入省高新技术企业培育库。"
            "推荐申报新增高新技术企业60家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["90家"].status == "expected" and figs["104.2亿元"].status == "actual"
    assert figs["15家"].metric == "new_high_tech_enterprises"
    assert all(figs[r].metric == "unclassified" for r in ("95家", "45家", "60家", "40余家"))


def test_twelfth_round_start_points_asides_and_periods_across_semicolons():
    text = ("松江于2016年启动建设,七年来发展为覆盖九座城市的走廊。\n"
            "2023年指数得分为360.2(2013年为基期,基准值100),较上年增长8.1%。\n"
            "“十二五”期间,全市两项成果获国家奖;58项成果获省级奖。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["九座"].ref_year == 2023
    assert figs["8.1%"].ref_year == 2023
    assert figs["58项"].ref_year == 2015


def test_twelfth_round_list_items_cases_and_long_first_places():
    text = ("拥有国家级科技企业孵化器3家、国家级高新技术企业75家、各类研发机构190家。"
            "全社会r&d经费支出投入21.5亿元。每万人拥有发明专利3.9件。"
            "分别居滨海新区、中心城区、环城四区、外围五区四大板块首位。亮点体现在以下三方面。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["75家"].metric == "high_tech_enterprises"
    assert figs["190家"].metric == "unclassified"
    assert figs["21.5亿元"].metric == "rd_expenditure"
    assert figs["3.9件"].metric == "invention_patents_per_10k"
    assert figs["首位"].kind == "rank" and figs["三方面"].value == 3


# --- thirteenth held-out round


def test_thirteenth_round_glossed_names_quoted_statements_and_task_sections():
    text = ("各类企业研究与试验发展(R&D)经费支出10.2亿元,较上年增长11.1%。\n"
            "一、目标完成情况\n(一)职责任务\n研究与试验发展经费支出占地区生产总值比重0.21%,技术合同认定登记额2100万元。\n"
            "报告在2018年工作回顾中提及“新增铜管等两家市级院士专家工作站”,在2019年工作安排中提出"
            "“院士专家工作站超过6家”。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["10.2亿元"].metric == "unclassified" and figs["11.1%"].metric == "unclassified"
    assert (figs["0.21%"].status, figs["0.21%"].ref_year) == ("target", 2019)
    assert figs["两家"].ref_year == 2018
    assert figs["6家"].metric == "academician_workstations"


def test_thirteenth_round_sentence_openers_programmes_and_magnitudes():
    text = ("近年来,本区不断推动科普创新。2022年,本区累计举办科普活动50余场。"
            "科普讲座共举办180余场。\n"
            "3家新建市级院士工作站、7家新建企业专家工作站授牌。本区坚持五大发展理念,落实双十条政策。"
            "全县投入科研资金11036.2万元,突破亿元大关。种植核桃苗7000株。在两个“科技示范村”新栽核桃。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["180余场"].ref_year == 2022
    assert figs["3家"].metric == "new_academician_workstations"
    assert figs["7家"].metric == "unclassified"
    assert "五大" not in figs and "十条" not in figs
    assert figs["亿元"].value == 1 and figs["7000株"].unit == "株" and figs["两个"].value == 2


# --- fourteenth held-out round


def test_fourteenth_round_densities_denominators_and_section_numbers():
    text = ("2019年千家工商注册企业中高新技术企业数量不少于4.21家;"
            "千家工商注册企业中科技型中小企业数量不低于98家。\n2.5家企业申报高企。\n我市2家院士专家工作站荣膺全省十大模范院士专家工作站。")
    figs = _by_raw(text, "work_plan", 2019)
    assert "千家" not in figs and figs["4.21家"].metric == "unclassified"
    assert figs["98家"].ref_year == 2019
    assert "2.5家" not in figs and figs["5家"].value == 5
    assert figs["十大"].metric == "unclassified"


def test_fourteenth_round_progress_table_and_projection_clauses():
    text = ("表一 上半年主要目标完成情况\n指标名称 | 年度目标 | 上半年完成 |\n"
            "1.增加值 | 6%以上 | 16.7% |\n"
            "2.固定资产投资 | 400亿元 | 180.2亿元 |\n\n"
            "目前全区共推荐申报高新技术企业420家,预计总数接近900家,新增第一批苗子企业95家。"
            "针对2019年度“工业四十条”科技政策申报的近30家企业项目(其中高企4家),兑现资金150万元。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["6%"].status == "target" and figs["16.7%"].status == "actual"
    assert figs["400亿元"].status == "target"
    assert figs["900家"].status == "expected" and figs["95家"].status == "actual"
    assert figs["30家"].metric == "unclassified" and figs["30家"].ref_year == 2020


def test_a_qualifier_before_the_count_and_a_first_place_after_its_scope():
    text = ("全年共申报12家高新技术企业,新认定高新技术企业8家。"
            "我县科普示范率在全省排在首位。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["12家"].metric == "unclassified"  # applications, not certified firms
    assert figs["8家"].metric == "new_high_tech_enterprises"
    assert figs["全省排在首位"].kind == "rank" and figs["全省排在首位"].value == 1


# --- fifteenth held-out round


def test_fifteenth_round_list_items_share_the_year_and_verb_that_open_the_sentence():
    text = ("刚刚过去的2021年,园区新添科技型中小企业120家;国家高新技术企业45家;瞪羚企业3家。"
            "去年全年,园区申报高企60家,同比增长5.1%;获评高企45家,同比增长12.5%,"
            "通过率75%,高出全市平均十个百分点。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["45家"].metric == "new_high_tech_enterprises" and figs["45家"].ref_year == 2021
    assert figs["3家"].ref_year == 2021 and figs["12.5%"].ref_year == 2021
    assert figs["十个百分点"].unit == "百分点" and figs["十个百分点"].value == 10
    assert "十个" not in figs


def test_fifteenth_round_targets_now_and_ranges():
    text = ("全区明确了“小目标”:推动科技创新指标总体实现3年翻番。\n"
            "2021年,全区新增省级创新平台9个。截至目前,全区累计拥有市级以上创新平台超过80家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["翻番"].status == "target"
    assert figs["9个"].ref_year == 2021 and figs["80家"].ref_year == 2022
    plan = ("一、发展基础\n2011-2015年,R&D经费支出从60亿元增加到119.15亿元。\n"
            "二、发展目标\n创新生态进一步优化:力争到2025年,每万人发明专利拥有量达32件;"
            "技术市场交易累计总额达300亿元以上。")
    figs = _by_raw(plan, "five_year_plan", 2021)
    assert figs["60亿元"].ref_year == 2011 and figs["119.15亿元"].ref_year == 2015
    assert figs["300亿元"].status == "target" and figs["300亿元"].ref_year == 2025


def test_fifteenth_round_subsets_quotes_and_lost_measure_words():
    text = ("全市高新技术企业突破1000家,其中上市高新技术企业75家。截止至2月底,我區培育入庫高企1家。"
            "高新技术企业达到41家、“三高”企业达到3家。"
            "2019年末,全区拥有科技型中小企业179雏鹰企业40瞪羚企业16家。"
            "基地被评为全国仅有的2家A类基地。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["1000家"].metric == "high_tech_enterprises"
    assert figs["75家"].metric == "unclassified"
    assert figs["1家"].metric == "high_tech_candidates"
    assert figs["41家"].metric == "high_tech_enterprises" and figs["3家"].metric == "unclassified"
    assert figs["179"].value == 179 and figs["40"].value == 40
    assert figs["2家"].value == 2


# --- sixteenth held-out round


def test_sixteenth_round_certified_firms_and_traditional_variants():
    text = ("日前,全省520家企業正式通過國家高新技術企業認定,其中96家企業來自本區。"
            "本區高新技術企業連續兩年凈增超過150家。"
            "本区12家企业被认定为今年首批国家高新技术企业。"
            "全区高新技术企业达到317户,同比净增三成;自治区农业高新技术企业2家。"
            "发放科普图书3萬余冊。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["520家"].metric == "new_high_tech_enterprises"
    assert figs["96家"].metric == "new_high_tech_enterprises"
    assert figs["150家"].metric == "new_high_tech_enterprises"
    assert figs["12家"].metric == "new_high_tech_enterprises"
    assert figs["317户"].metric == "high_tech_enterprises"
    assert figs["三成"].value == 30 and figs["三成"].metric == "high_tech_enterprises"
    assert figs["2家"].metric == "unclassified"
    assert figs["3萬余冊"].unit == "册"


def test_sixteenth_round_years_of_periods_paragraphs_and_plans():
    summary = ("“十三五”以来,园区高新技术企业从90家增加到280家;评估认证企业从12家增加到目前50家。\n"
               "“十二五”期间,区内高新技术企业总量实现翻番,目前已有1500家。\n"
               "二是投入持续扩大。2021年全社会研发经费投入20.5亿元。创新辐射增强,完成技术合同700份,"
               "技术合同成交总额4亿元。\n"
               "去年8月开始,车间陆续建成。在占地20万平方米的三大主厂区,已建设投产3个车间。")
    figs = _by_raw(summary, "work_summary", 2022)
    assert figs["90家"].ref_year == 2015 and figs["280家"].ref_year == 2020
    assert figs["50家"].ref_year == 2022 and figs["1500家"].ref_year == 2022
    assert figs["4亿元"].metric == "tech_contract_value" and figs["4亿元"].ref_year == 2021
    assert figs["700份"].ref_year == 2021
    assert figs["三大"].ref_year == 2021 and figs["3个"].ref_year == 2021
    plan = "过去一年,全区国家高新技术企业保有量首次突破900家。"
    assert _by_raw(plan, "work_plan", 2024)["900家"].ref_year == 2023


def test_sixteenth_round_ranks_and_workstations():
    text = ("今年以来,全区创新环境排名位列全市第三,生态涵养区第一。可持续发展能力上升至全国70名。"
            "基地现入驻3家院士专家工作站和12家博士后科研工作站;博士工作站2家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert "位列全市第三" not in figs and figs["全市第三"].value == 3
    assert figs["第一"].kind == "rank"
    assert figs["全国70名"].value == 70
    assert figs["3家"].metric == "academician_workstations"
    assert figs["12家"].metric == "unclassified" and figs["2家"].metric == "unclassified"


def test_sixteenth_round_clauses_that_lean_on_the_one_before():
    text = ("全区R&D投入强度连续5年增长,达4.8%。完成专利申请52件,授权31件。"
            "发明专利申请120件,授权40件。科技服务业收入占全区第三产业总收入的6.5%。"
            "80户企业获得省级研发投入后补助资金3200万元。全区GDP破三千亿元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["4.8%"].metric == "rd_intensity"
    assert figs["31件"].metric == "patent_grants"
    assert figs["40件"].metric == "invention_patent_grants"
    assert "全区第三" not in figs
    assert figs["3200万元"].metric == "unclassified"
    assert figs["三千亿元"].value == 3000 and figs["三千亿元"].unit == "亿元"
    news = "将实施三大升级行动 推动高质量发展\n\n园区将打造两大平台。"
    figs = _by_raw(news, "work_summary", 2019)
    assert figs["三大"].status == "target" and figs["两大"].status == "target"


# --- seventeenth held-out round


def test_seventeenth_round_metric_names_and_cues():
    text = ("2018年,我区国家重点支持领域高新技术企业数从2015年的300家增加至700家。"
            "思明区又增4家市级科普教育基地。本区6家企业被评为高新技术企业。"
            "高新区组织申报推荐高新技术企业420家,全年新认定280家(任务目标170家)。"
            "全区有效高新企业总数达到350家。R&D经费投入1.1亿,占同期GDP比重0.61%。"
            "每万人拥有有效发明专利98件。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["700家"].metric == "high_tech_enterprises"
    assert figs["4家"].metric == "new_science_popularization_bases"
    assert figs["6家"].metric == "new_high_tech_enterprises"
    assert figs["420家"].metric == "unclassified"
    assert figs["280家"].metric == "new_high_tech_enterprises"
    assert figs["170家"].status == "target" and figs["280家"].status == "actual"
    assert figs["350家"].metric == "high_tech_enterprises"
    assert figs["0.61%"].metric == "rd_intensity"
    assert figs["98件"].metric == "invention_patents_per_10k"


def test_seventeenth_round_years_ranks_and_projections():
    text = ("    (2018年1月22日在区人民代表大会上)\n"
            "一、工作回顾。我们以七场硬仗为主抓手,实现地区生产总值1088.9亿元。\n"
            "2010年9月,天津提出:扶持一批小巨人企业(年销售收入1亿元以上)。\n"
            "高新技术企业三年翻一番,今年将超1400家。三大指标排名再次列第一位。"
            "高新区蝉联山东省高新区第2位。")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["七场"].ref_year == 2017 and figs["1088.9亿元"].ref_year == 2017
    five = "“十四五”期间,全市建成4G基站15250个,基站数量达到“十三五”末2倍;新建5G基站6311个。"
    later = _by_raw(five, "work_summary", 2025)
    assert later["2倍"].ref_year == 2025 and later["6311个"].ref_year == 2025
    assert figs["1亿元"].ref_year == 2010
    assert figs["1400家"].status == "expected"
    assert figs["列第一位"].value == 1 and figs["第2位"].value == 2


# --- eighteenth held-out round


def test_eighteenth_round_subjects_of_ratios_scopes_and_densities():
    text = ("全区r&d经费投入达到98.5亿元,r&d经费投入相当于地区生产总值比重为4.2%。"
            "全区规模以上工业中,有高新技术企业412家。企业研发经费支出占GDP比例11.2%。"
            "万人技术合同成交额1102.5万元,居全市第4位。全县高新技术企业47户,近5年增长3倍多。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["4.2%"].metric == "rd_intensity"
    assert figs["412家"].metric == "unclassified"
    assert figs["11.2%"].metric == "unclassified"
    assert figs["1102.5万元"].metric == "unclassified"
    assert figs["3倍"].comparator == "approx" and "3倍多" not in figs


# --- nineteenth held-out round


def test_nineteenth_round_scanned_money_notes_and_task_tags():
    text = ("地区生产总值达 980 亿 元(2021年预计数,下同),增长 7%。"
            "累计完成固定资产投资 2100 亿 元。\n2016年投资100亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["980 亿 元"].value == 980 and figs["980 亿 元"].status == "expected"
    assert figs["2100 亿 元"].status == "expected"
    assert figs["100亿元"].status == "actual"
    report = ("一、组织推动高新技术企业“倍增工程”,高新技术企业达580家。(第16条、高新科)\n"
              "一是做好高新技术企业申报组织工作,已有410家企业提交申报。")
    figs = _by_raw(report, "work_summary", 2024)
    assert figs["580家"].status == "target" and figs["410家"].status == "actual"


def test_nineteenth_round_line_tables_asides_and_reviews():
    table = ("重点工作进展情况表\n\n序号\n\n具体任务与要求\n\n进展情况\n\n牵头单位\n\n"
             "1\n\n确保新增规上工业企业20家,制造业增加值占GDP比重突破30%\n\n"
             "已新增规上工业企业9家\n\n县工信局\n")
    figs = _by_raw(table, "work_summary", 2025)
    assert figs["20家"].status == "target" and figs["30%"].status == "target"
    assert figs["9家"].status == "actual"
    text = ("全区拥有高新技术企业130家(2017年认定70家)。"
            "对于需要复审的12家高新技术企业,已有5家企业提交了复审资料。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["70家"].metric == "new_high_tech_enterprises"
    assert figs["12家"].metric == "unclassified"


# --- twentieth held-out round


def test_twentieth_round_rank_lists_and_quoted_lists():
    text = ("南山区、福田区、宝安区、龙岗区分别位列第1位、第3位、第5位、第6位。"
            "综合科技创新水平指数位居全国第8位,西部第1位\n"
            "永嘉位列“2019年中国创新百强县(市)”第69位。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].value for r in ("位列第1位", "第3位", "第5位", "第6位")] == [1, 3, 5, 6]
    assert figs["西部第1位"].value == 1
    assert figs["第69位"].value == 69


def test_twentieth_round_applicants_thresholds_and_bases():
    text = ("积极动员企业申报2021年高新技术企业,拟申报25家。高企注册23家。"
            "今年已受理6家企业的高企申请。具体情况见附表1、附表2\n"
            "从“十三五”期末的6527亿元起步,五年连续跨越7000亿、8000亿和10000亿大关。")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["25家"].metric == "unclassified" and figs["23家"].metric == "unclassified"
    assert figs["6家"].metric == "unclassified"
    assert "2" not in figs and "1" not in figs
    assert figs["6527亿元"].ref_year == 2020 and figs["8000亿"].ref_year == 2025
    assert "10000亿大" not in figs and figs["10000亿"].value == 1e12


# --- twenty-first held-out round


def test_twenty_first_round_identifiers_years_and_places():
    text = ("2023年人大科技工作汇报.docx\nID:946728\n\n大小:22.86KB\n2023 人大 科技工作 汇报\n"
            "到2020年底,167个县(市、区)高新技术企业总数达到6985家。"
            "全省32个县高新技术企业总数达到1200家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert not any(r.startswith(("946728", "2023")) for r in figs)
    assert figs["6985家"].metric == "high_tech_enterprises"
    assert figs["167个"].metric == "unclassified" and figs["32个"].metric == "unclassified"


def test_twenty_first_round_units_and_ranks_in_traditional_script():
    text = ("共投入5.7万元采购57箱蜜蜂,共摇取蜂蜜860多斤。"
            "裝備制造行業處于全國第5位、消費品行業處于第6位。躋身全國工業百強區第13位。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["57箱"].unit == "箱" and figs["860多斤"].comparator == "approx"
    assert figs["全國第5位"].value == 5 and figs["處于第6位"].value == 6
    assert figs["第13位"].value == 13


# --- twenty-second held-out round: tables whose rows are cells separated by |


def test_pipe_table_cells_read_through_two_header_rows():
    # a year over two columns, then the measure and its rank under each year
    text = ("近三年,本区研发投入强度稳步提升。\n各区R&D投入强度情况表\n"
            "区块 | 2021年度 | 2022年度 | |\n"
            "R&D强度(%) | 排名 | R&D强度(%) | 排名 | |\n"
            "甲区 | 1.20 | 4 | 1.45 | 3 |\n"
            "乙区 | 2.30 | 1 | 2.10 | 2 |\n")
    figs = _by_raw(text, "work_summary", 2023)
    cells = [f for f in find_figures(text, doc_type="work_summary", doc_year=2023)
             if "|" in f.quote]
    assert [(f.raw, f.ref_year) for f in cells] == [
        ("1.20", 2021), ("4", 2021), ("1.45", 2022), ("3", 2022),
        ("2.30", 2021), ("1", 2021), ("2.10", 2022), ("2", 2022)]
    assert all(f.metric == "rd_intensity" and f.status == "actual" for f in cells)
    assert figs["1.45"].kind == "share" and figs["1.45"].unit == "%" and figs["1.45"].value == 1.45
    assert figs["3"].kind == "rank" and figs["3"].value == 3


def test_pipe_table_markdown_row_labels_title_year_and_targets():
    md = ("| 指标 | 2022年 | 2023年 |\n| --- | ---: | ---: |\n"
          "| 高新技术企业数(家) | 1,210 | 1,350 |\n| 技术合同成交额(万元) | 52000 | 61000 |\n")
    figs = _by_raw(md, "work_summary", 2023)
    assert (figs["1,350"].metric, figs["1,350"].value, figs["1,350"].ref_year) == (
        "high_tech_enterprises", 1350, 2023)
    assert figs["52000"].metric == "tech_contract_value" and figs["52000"].ref_year == 2022
    assert figs["61000"].unit == "亿元" and figs["61000"].value == pytest.approx(6.1)
    # a table dated by its title; the rank column ranks the column before it
    titled = ("2023年各区技术合同成交额情况表\n区 | 技术合同成交额(亿元) | 排名\n"
              "甲区 | 35.5 | 2\n乙区 | 40.1 | 1\n")
    figs = _by_raw(titled, "work_summary", 2024)
    assert (figs["35.5"].metric, figs["35.5"].ref_year, figs["35.5"].unit) == (
        "tech_contract_value", 2023, "亿元")
    assert figs["2"].kind == "rank" and figs["2"].metric == "tech_contract_value"
    # a plan's table of goals: the target column states targets
    plan = ("指标 | 2023年基数 | 2025年目标值\n高新技术企业(家) | 300 | 400\n"
            "研发投入强度(%) | 2.1 | 2.5\n")
    figs = _by_raw(plan, "five_year_plan", 2023)
    assert (figs["300"].status, figs["300"].ref_year) == ("actual", 2023)
    assert (figs["400"].status, figs["400"].ref_year, figs["400"].metric) == (
        "target", 2025, "high_tech_enterprises")
    assert figs["2.5"].metric == "rd_intensity" and figs["2.5"].status == "target"


def test_pipe_table_with_a_row_per_year():
    # the years stand in the first column: they date the row and are no figures themselves
    text = ("年份 | 高新技术企业数(家) | 研发投入强度(%)\n2021 | 120 | 2.1\n"
            "2022年 | 150 | 2.4\n")
    figs = find_figures(text, doc_type="five_year_plan", doc_year=2023)
    assert [(f.raw, f.metric, f.ref_year, f.status) for f in figs] == [
        ("120", "high_tech_enterprises", 2021, "actual"), ("2.1", "rd_intensity", 2021, "actual"),
        ("150", "high_tech_enterprises", 2022, "actual"), ("2.4", "rd_intensity", 2022, "actual")]


def test_pipe_rows_without_a_header_stay_as_they_were():
    # no header row above the numbers: nothing says what a bare number measures
    text = "序号 | 项目 | 金额\n1 | 实验室建设 | 40\n"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2023)]
    assert "1" not in raws


def test_twenty_second_round_funds_won_fractions_and_first_persons():
    text = ("向上争取资金超过5000万元,居南通第一。省企业重点实验室全省共11家(占南通1/3)。"
            "张三当选院士,成为全省首位非公企业家院士。研发投入位居全市首位。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["5000万元"].status == "actual"
    assert figs["1/3"].value == pytest.approx(33.33) and figs["1/3"].kind == "share"
    assert "全省首位" not in figs and figs["位居全市首位"].kind == "rank"


def test_twenty_second_round_applications_targets_heading_and_new_ones():
    applied = ("组织申报市级以上高新技术企业18家。其中申报国家火炬计划重点高新技术企业1家。"
               "全区高新技术企业达到300家,新增6家,新增2家国家级技术中心。")
    figs = _by_raw(applied, "work_summary", 2021)
    assert figs["18家"].metric != "high_tech_enterprises"
    assert figs["1家"].metric != "high_tech_enterprises"
    assert figs["6家"].metric == "new_high_tech_enterprises"
    assert figs["2家"].metric == "unclassified"
    goals = ("(一)部门年度总体目标\n高新技术企业总数达到130家以上,R&D占GDP比重达1.7%以上。\n"
             "(二)主要任务完成情况\n今年新认定高新技术企业12家。技术交易额达2个亿;"
             "实施30个亿元以上重点技改项目。")
    figs = _by_raw(goals, "work_summary", 2024)
    assert figs["130家"].status == "target" and figs["1.7%"].status == "target"
    assert figs["12家"].status == "actual"
    assert (figs["2个亿"].metric, figs["2个亿"].value, figs["2个亿"].unit) == (
        "tech_contract_value", 2.0, "亿元")
    assert figs["30个"].unit == "个"


# --- twenty-third held-out round


def test_twenty_third_round_years_named_by_titles_lists_and_bases():
    text = ("成功发布《某市“十四五”科技创新发展规划》,今年首批协同创新项目立项31项,"
            "10家企业列入2020年度某市高新技术企业创新能力评价绿色板块,新认定研发中心30家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [(figs[r].status, figs[r].ref_year) for r in ("31项", "10家", "30家")] == [
        ("actual", 2021)] * 3
    plan = ("2020年全区全社会研发投入占地区生产总值比重达到2.28%,同2017年相比实现翻番;"
            "2022年度国家高新区排名蝉联全国第五。")
    figs = _by_raw(plan, "five_year_plan", 2021)
    assert figs["翻番"].ref_year == 2020 and figs["翻番"].metric == "rd_intensity"
    assert "全国第五" in figs and figs["全国第五"].ref_year == 2022


def test_twenty_third_round_names_with_numbers():
    text = ("制定出台创新发展“21条”新政。被列入省民营经济32 条政策的落地区。"
            "出台企业家关心关爱10条政策。承担国家863项目4个。建立三位一体的服务体系,引进三位院士。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["10条", "4个", "三位"]


def test_twenty_third_round_shares_applications_and_stocks():
    text = ("技术合同成交额106.7亿元,分别占全省49.5%、25.8%。组织推荐10家企业申请认定高新技术企业;"
            "高新技术企业新增120家、总量超1120家;预计全年高新技术企业数量1950家。"
            "全市研发投入支出达到111.77亿元,占全省总量的25.95%,同比增长10.40%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["25.8%"].metric == "unclassified"
    assert figs["10家"].metric != "high_tech_enterprises"
    assert figs["120家"].metric == "new_high_tech_enterprises"
    assert figs["1120家"].metric == "high_tech_enterprises"
    assert (figs["1950家"].metric, figs["1950家"].status) == ("high_tech_enterprises", "expected")
    assert (figs["10.40%"].metric, figs["10.40%"].kind) == ("rd_expenditure", "rate")


def test_twenty_third_round_progress_table_of_key_tasks():
    text = ("序号 | 重点工作 | 牵头单位 | 完成情况 |\n"
            "2 | 强化技术攻关,入选省级以上研发攻关计划项目25项。 | 区科技局 |"
            " 入选重大攻关项目26项。 |\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["25项"].status == "target" and figs["26项"].status == "actual"


# --- twenty-fourth held-out round


def test_twenty_fourth_round_a_list_over_a_year_range():
    text = ("全市已建成技术研发机构172个。2015-2018年,全市R&D(研究与试验发展)经费投入分别29.92、"
            "29.64、33.57、30.75亿元,每万人发明专利拥有量分别达到1.86、2.29、2.64、2.96件,"
            "科技进步贡献率分别为55.5%、56.8%、58.8%、58.9%。年实现技术交易额超21亿元。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)
    rd = [f for f in figs if f.metric == "rd_expenditure"]
    assert [(f.raw, f.ref_year, f.unit, f.value) for f in rd] == [
        ("29.92", 2015, "亿元", 29.92), ("29.64", 2016, "亿元", 29.64),
        ("33.57", 2017, "亿元", 33.57), ("30.75亿元", 2018, "亿元", 30.75)]
    per_10k = [f.ref_year for f in figs if f.metric == "invention_patents_per_10k"]
    assert per_10k == [2015, 2016, 2017, 2018]
    by = {f.raw: f for f in figs}
    assert by["55.5%"].metric == "unclassified" and by["58.9%"].ref_year == 2018
    assert by["21亿元"].ref_year == 2018  # the range dates the rest of its paragraph
    assert by["172个"].ref_year == 2020


def test_twenty_fourth_round_years_bases_and_period_ends():
    text = ("截至2023年底,全市新认定高新技术企业3071家。新增科技型企业15535家。"
            "2019年获全国农村创新创业典型县,“十三五”末,全社会研发经费达到6152万元。\n"
            "全市技术合同成交额在2018年翻番的基础上,继续大幅增长77%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["15535家"].ref_year == 2023
    assert figs["6152万元"].ref_year == 2020
    assert (figs["77%"].metric, figs["77%"].ref_year) == ("tech_contract_value", 2024)


def test_twenty_fourth_round_ranks_populations_and_plans():
    text = ("全球创新集群百强排名由2017年第63位、2018年第32位提升至2019年第21位。"
            "培育入库总量达2003家,均居全省地级市首位。目前,全区有效高新技术企业累计达478家,"
            "累计孵化科技企业1358家。建成创业指导专家工作站5个。近期准备推出21项。")
    figs = _by_raw(text, "work_summary", 2019)
    assert [(figs[r].ref_year, figs[r].value) for r in ("第63位", "第32位", "第21位")] == [
        (2017, 63), (2018, 32), (2019, 21)]
    assert figs["居全省地级市首位"].kind == "rank"  # a first place keeps 居 (seventh round)
    assert figs["1358家"].metric == "unclassified"
    assert figs["5个"].metric == "unclassified"
    assert figs["21项"].status == "target"


# --- twenty-fifth held-out round


def test_twenty_fifth_round_replies_headings_and_carried_years():
    text = ("一、落实科技创新战略行动计划的总体情况\n"
            "(一)科技创新能力持续提升。2018年,全社会研发经费投入强度达到1.95%、与全国平均水平的"
            "差距从2016年的0.39个百分点缩小到0.2个百分点。全市万人发明专利拥有量9.08件。\n"
            "“十三五”时期,全市创新产业加速发展。创新主体加快集聚,高新技术企业增长3.5倍。\n"
            "截至2020年底,有效期内高新技术企业达到4222家,较2017年(2015家)同比增长110%,"
            "其中2020年认定1914家。复审的5家高企已经全部提交申报资料,共争取省级资金1.157亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["9.08件"].status, figs["9.08件"].ref_year) == ("actual", 2018)
    assert figs["0.2个百分点"].ref_year == 2018
    assert (figs["3.5倍"].metric, figs["3.5倍"].ref_year) == ("high_tech_enterprises", 2020)
    assert (figs["2015家"].metric, figs["2015家"].ref_year) == ("high_tech_enterprises", 2017)
    assert figs["110%"].metric == "high_tech_enterprises"
    assert figs["1914家"].metric == "new_high_tech_enterprises"
    assert figs["5家"].metric != "high_tech_enterprises"
    assert figs["1.157亿元"].status == "actual"


def test_twenty_fifth_round_plans_in_chapters():
    text = ("廊坊市科技创新“十四五”规划\n第一章 开启新征程\n第一节 发展基础\n"
            "一、科技创新实力稳步提升\n2020年,全市研发经费支出占GDP比重达到1.88%;"
            "高新技术企业、科技型中小企业分别达到905家、8796家,分别是“十二五”末的5.8倍和2.7倍。\n"
            "第二节 发展目标\n到2025年,高新技术企业达到1500家。\n")
    figs = _by_raw(text, "five_year_plan", 2022)
    assert [(figs[r].status, figs[r].ref_year) for r in ("905家", "5.8倍")] == [
        ("actual", 2020)] * 2
    assert figs["5.8倍"].metric == "high_tech_enterprises"
    assert figs["2.7倍"].metric == "tech_smes"
    assert (figs["1500家"].status, figs["1500家"].ref_year) == ("target", 2025)
    plan = ("六盘水市新型基础设施建设三年行动方案(2022—2024年)\n一、主要目标\n"
            "2022年,全市新建5G基站2600个以上。到2024年,全市累计建成5G基站1万个。")
    assert _by_raw(plan, "work_plan", 2022)["1万个"].status == "target"
    review = ("1.科技综合实力明显提升。“十三五”期间,我市科技创新综合能力持续提升。"
              "每万人发明专利拥有量从4.35件大幅增长到13.4件。")
    figs = _by_raw(review, "five_year_plan", 2021)
    assert figs["4.35件"].ref_year == 2015 and figs["13.4件"].ref_year == 2020


def test_after_the_rounds_bases_own_nouns_period_changes_and_whole_society_spending():
    plan = ("二、行动目标\n到2020年,创新型城市建设迈出重大步伐。\n"
            "——企业创新主体进一步壮大。高新技术企业由30家增加到58家。\n")
    figs = _by_raw(plan, "work_plan", 2018)
    assert (figs["30家"].status, figs["30家"].ref_year) == ("actual", 2018)  # the base is now
    assert (figs["58家"].status, figs["58家"].ref_year) == ("target", 2020)
    text = ("到2024年,全市累计建成5G基站1万个,累计新建市级及以上创新平台50个以上。"
            "R&D经费支出占GDP比重达到1.88%,比“十二五”末提升了1.07个百分点。"
            "全社会研发支出增长15%以上。")
    figs = _by_raw(text, "work_plan", 2022)
    assert figs["50个"].metric == "unclassified"
    assert figs["1.07个百分点"].metric == "rd_intensity"
    assert figs["15%"].metric == "rd_expenditure" and figs["15%"].kind == "rate"


def test_after_the_rounds_firms_selected_or_listed_are_new_ones():
    text = ("歌尔光学等10家企业入选科技小巨人企业。本年度认定名单公布,我市11家院士专家工作站上榜。"
            "全市累计建立院士专家工作站50家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["10家"].metric == "new_little_giant_enterprises"
    assert figs["11家"].metric == "new_academician_workstations"
    assert figs["50家"].metric == "academician_workstations"


def test_after_the_rounds_the_amount_of_contracts_just_counted():
    text = "全年新增技术合同登记217项,金额6.01亿元,居全市首位。新增项目20项,金额3亿元。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["6.01亿元"].metric == "tech_contract_value"
    assert figs["3亿元"].metric == "unclassified"  # the amount of other projects


def test_after_the_rounds_more_names_of_rd_intensity():
    text = ("全社会R&D经费支出占比达2.7%。全社会研究与开发经费支出占GDP比重由0.95%增长到1.96%。"
            "研发投入占比更是达到5.46%。企业研发投入占比达到3%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].metric for r in ("2.7%", "0.95%", "1.96%", "5.46%")] == ["rd_intensity"] * 4
    assert figs["3%"].metric == "unclassified"  # a firm ratio, not the whole society's


# --- twenty-sixth held-out round


def test_twenty_sixth_round_a_heading_after_a_line_ending_in_a_digit():
    text = ("四川省“十三五”科技创新规划\n发布时间:2018-06-08 10:25:23\n一、发展基础和发展态势\n"
            "科技创新机构加快发展。拥有各类科技开发机构1856个,其中企业科技机构1142家。\n"
            "二、总体要求\n到2020年,高新技术企业达到5000家。\n力争60\n\n家企业上市。")
    assert "\n一、发展基础" in _Text(text).norm  # the heading keeps its own line
    figs = _by_raw(text, "five_year_plan", 2016)
    assert [(figs[r].status, figs[r].ref_year) for r in ("1856个", "1142家")] == [
        ("actual", 2015)] * 2
    assert (figs["5000家"].status, figs["5000家"].ref_year) == ("target", 2020)
    assert "60\n\n家" in figs  # a number split from its unit is still joined


def test_twenty_sixth_round_basis_and_strengths_is_a_review():
    text = ("山东省“十三五”科技创新规划\n(一)基础与优势。\n科技创新综合实力进一步加强。"
            "全社会研究与试验发展(R&D)经费支出占生产总值的比重达到2.27%,比“十一五”末提高0.55个百分点。"
            "发明专利授权量和每万人发明专利拥有量分别达到16881件和4.9件,是“十一五”末的5.1倍和4.95倍。\n")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert {(f.status, f.ref_year) for f in figs.values()} == {("actual", 2015)}
    assert figs["2.27%"].metric == "rd_intensity" and figs["0.55个百分点"].metric == "rd_intensity"
    assert figs["5.1倍"].metric == figs["16881件"].metric != "invention_patents_per_10k"
    assert figs["4.95倍"].metric == "invention_patents_per_10k"


def test_twenty_sixth_round_bi_zeng_is_a_growth_rate():
    text = "全社会R&D支出257.4亿元,比增14.2%,总量和增量连续6年保持全省第一。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["14.2%"].metric == "rd_expenditure" and figs["14.2%"].kind == "rate"
    assert figs["全省第一"].metric == "rd_expenditure"


def test_twenty_sixth_round_a_stock_as_of_a_day_and_a_quarter_in_a_task_table_header():
    text = ("截至2024年4月底,全市培育高新技术企业7619家、科技型企业6.2万家,分别同比增长20%、37.7%。"
            "全年培育高新技术企业300家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["7619家"].metric == figs["20%"].metric == "high_tech_enterprises"
    assert figs["300家"].metric == "new_high_tech_enterprises"
    table = ("序号\n\n工作任务\n\n1季度完成情况\n\n1\n\n持续开展创新主体培育工作。\n\n"
             "已完成3家。\n\n2\n\n组织申报省级及以上科技计划项目10个。\n\n已申报12个。\n")
    figs = _by_raw(table, "work_summary", 2024)
    assert figs["10个"].status == "target" and figs["12个"].status == "actual"


def test_twenty_sixth_round_a_base_in_the_review_of_the_period_before():
    text = ("重庆市科技创新“十三五”规划\n一、发展基础\n创新环境较大改善。大力发展科技金融,"
            "科技创业风险投资规模由90亿元增加到220亿元。\n二、发展目标\n高新技术企业由2000家增加到4000家。\n")
    figs = _by_raw(text, "five_year_plan", 2016)
    assert [(figs[r].status, figs[r].ref_year) for r in ("90亿元", "220亿元")] == [
        ("actual", 2010), ("actual", 2015)]
    assert [(figs[r].status, figs[r].ref_year) for r in ("2000家", "4000家")] == [
        ("actual", 2015), ("target", 2020)]  # the plan starts from the end of the last one


# --- twenty-seventh held-out round


def test_twenty_seventh_round_a_report_on_the_period_before():
    text = ("关于推进高能级创新型城区建设工作情况的报告\n一、“十三五”科技创新工作完成情况\n"
            "“十三五”,江北区深入实施科技强区战略。区域创新指数跃居全省第13,"
            "全社会R&D经费支出占GDP比重提高至3.4%。\n(一)创新平台建设不断突破。目前已集聚企业60余家。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert [(figs[r].status, figs[r].ref_year) for r in ("全省第13", "3.4%")] == [
        ("actual", 2020)] * 2
    assert figs["60余家"].ref_year == 2021  # 目前: now
    plan = ("白云区科技创新“十四五”规划\n1.科技创新实力稳步增强。\n“十三五”规划实施以来,"
            "全区综合创新能力进一步提升。科技成果成倍增长,全区新增发明专利授权总量2360件,"
            "比“十二五”翻了一番。\n")
    figs = _by_raw(plan, "five_year_plan", 2022)
    assert (figs["2360件"].status, figs["2360件"].ref_year) == ("actual", 2020)


def test_twenty_seventh_round_headings_passed_in_traditional_script_read_as_simplified():
    text = ("一、科技計劃執(zhí)行情況綜述\n全年共實施科技項目35項。\n"
            "二、明年工作計劃\n新增項目40項。\n")
    heads = [(0, "一、科技計劃執(zhí)行情況綜述"), (text.index("二、"), "二、明年工作計劃")]
    figs = {f.raw: f for f in find_figures(text, doc_type="five_year_plan", doc_year=2016,
                                            headings=heads)}
    assert figs["35項"].status == "actual" and figs["40項"].status == "target"


def test_twenty_seventh_round_a_pipe_table_laid_out_one_cell_per_line():
    text = ("附表1 2022年各区科技型中小企业评价入库情况\n地区 |\n科技型中小企业 |\n|\n"
            "全市合计 |\n4222 |\n|\n和平区 |\n120 |\n|\n河东区 |\n112 |\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].value for r in ("4222", "120", "112")] == [4222, 120, 112]
    assert {(f.status, f.ref_year) for f in figs.values()} == {("actual", 2022)}


def test_twenty_seventh_round_a_threshold_names_a_class_of_firms():
    text = "重点抓好3家研发投入过亿元企业及研发投入过5000万元的企业,全社会研发投入达到20亿元。"
    figs = _by_raw(text, "work_plan", 2024)
    assert figs["5000万元"].metric == "unclassified"
    assert figs["20亿元"].metric == "rd_expenditure"


def test_twenty_seventh_round_measure_words_in_traditional_script():
    figs = _by_raw("擺放科普宣傳展板41塊,科普儀器10臺。", "work_summary", 2020)
    assert (figs["41塊"].value, figs["10臺"].value) == (41, 10)


def test_twenty_seventh_round_five_years_named_in_a_summary_stay_in_their_sentence():
    summary = ("(一)服务中心工作。牵头编制《宜兴市“十四五”科技创新规划》,明确未来五年科技创新工作的"
               "发展目标。研究起草若干政策意见,从6个方面提出了18条政策意见。")
    figs = _by_raw(summary, "work_summary", 2021)
    assert (figs["18条"].status, figs["18条"].ref_year) == ("actual", 2021)


# --- twenty-eighth held-out round


def test_twenty_eighth_round_firms_rd_intensity_is_not_the_districts():
    text = ("1-10月规上工业企业研发费用累计申报15.44亿元,累计增速1.32%,研发强度3.52%。"
            "全区研发强度达到3.2%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["3.52%"].metric == "unclassified"
    assert figs["3.2%"].metric == "rd_intensity"


def test_twenty_eighth_round_lists_of_items_with_figures_and_bare_projections():
    text = ("科技型企业突破17000家、高新技术企业达到3141家。"
            "全市技术合同成交额10月底达到62.3亿元,全年有望突破75亿元,比2021年增长了280.57%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["3141家"].metric == "high_tech_enterprises"
    assert figs["17000家"].metric != "high_tech_enterprises"
    assert [figs[r].metric for r in ("75亿元", "280.57%")] == ["tech_contract_value"] * 2
    assert figs["75亿元"].status == "expected"


def test_twenty_eighth_round_the_next_item_of_a_run_in_list_is_not_dated_by_the_one_before():
    text = ("(一)指标完成情况。一是研发活动统计指标。2024年我市全社会研发投入上报数为27.84亿元,"
            "同比增长8.7%。二是技术合同成交额。完成技术合同成交额34.25亿元。")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["27.84亿元"].ref_year == 2024
    assert figs["34.25亿元"].ref_year == 2025


def test_twenty_eighth_round_ranks_moved_from_and_a_period_not_over_yet():
    figs = _by_raw("上海从2020年的第5位升至第3位。", "work_summary", 2023)
    assert (figs["第5位"].ref_year, figs["第3位"].ref_year) == (2020, 2023)
    text = "仅“十三五”以来,市级科技计划支持市级财政科技资金超8000万元。"
    figs = _by_raw(text, "work_summary", 2018)
    assert (figs["8000万元"].status, figs["8000万元"].ref_year) == ("actual", 2018)


def test_twenty_eighth_round_approved_ones_of_a_list_and_a_rate_of_the_count():
    text = ("2020年江苏省拟认定的高新技术企业名单中,全市共公示1782家,其中我区获批237家。"
            "目前,我区高新技术企业总计已达到467家,与去年同比数量提高了66.2%。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["237家"].metric == "new_high_tech_enterprises"
    assert figs["66.2%"].metric == "high_tech_enterprises" and figs["66.2%"].kind == "rate"


# --- twenty-ninth held-out round


def test_twenty_ninth_round_tasks_set_by_a_higher_bureau_and_amounts_done_against_them():
    text = ("根据州科技局任务指标,2024年内新认定高新技术企业6家,目前已申报第一批高新技术企业11家。"
            "根据州科技局任务指标,2024年技术合同成交额*万元,目前已完成1062万元,占比53%。"
            "高于区下达指标任务(2.5%)3.3个百分点。工业固定资产投资总额达37.43亿元,完成年度任务(44亿元)的85.1%。"
            "经国家统计局核定,我市r&d投入占gdp比重2.41%,完成了省下达的目标任务,占比排名跃升至全省第三。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["6家"].status, figs["6家"].metric) == ("target", "new_high_tech_enterprises")
    assert (figs["11家"].status, figs["11家"].metric) == ("actual", "unclassified")
    assert (figs["1062万元"].status, figs["1062万元"].metric) == ("actual", "tech_contract_value")
    assert figs["2.5%"].status == figs["44亿元"].status == "target"
    assert figs["37.43亿元"].status == figs["全省第三"].status == "actual"


def test_twenty_ninth_round_a_task_table_opened_by_a_bare_bar_line():
    text = ("滕州市科学技术局2022年第一季度任务进展情况一览表\n|\n序号 |\n任务目标 |\n进展情况 |\n"
            "存在问题 |\n|\n1 |\n申请发明专利160件以上,新增高新技术企业25家以上。 |\n"
            "落实研发投入奖励资金1144.024万元。 |\n无 |\n|\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["25家"].status == figs["160件"].status == "target"
    assert figs["1144.024万元"].status == "actual"


def test_twenty_ninth_round_classes_and_parts_of_firms_are_not_the_count():
    text = ("其中,营业收入亿元以上高新技术企业20家,十亿元以上高新技术企业9家。"
            "高新区内高新技术企业达到929家。市级以上高企总数达到123家。"
            "全年共新增国家高新技术企业6家,重新认定国家高新技术企业5家。"
            "开展高新技术企业认定推荐工作,组织推荐29家企业参加审议。"
            "在全市率先成立13家高企服务工作站。")
    figs = _by_raw(text, "work_summary", 2022)
    assert all(figs[r].metric == "unclassified" for r in ("20家", "9家", "929家", "5家", "29家",
                                                          "13家"))
    assert figs["123家"].metric == "high_tech_enterprises"
    assert figs["6家"].metric == "new_high_tech_enterprises"


def test_twenty_ninth_round_own_subjects_bases_and_plan_horizons():
    text = ("与“十二五”末相比,全区创新型初创企业数增长219%,累计达1175家,高新技术企业数增长141%,"
            "累计达180家。有效高新技术企业达323家,拥有省级及以上研发机构56个,"
            "创新型初创企业累计超过1600家。技术交易额实现22亿元,多项指标高居全市首位。"
            "获得上级科技资金8839.13万元,比“十一五”时期(2300万元)增长了2.8倍。"
            "专利年申请量突破4万件大关。")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert figs["180家"].ref_year == 2020 and figs["180家"].status == "actual"
    assert figs["56个"].metric == figs["1600家"].metric == "unclassified"
    assert figs["居全市首位"].metric == "unclassified"
    assert figs["2300万元"].ref_year == 2010
    assert figs["4万件"].metric == "patent_applications"
    plan = "到2025年,累计突破重大关键核心技术500项,开发重点新产品500个。"
    figs = _by_raw(plan, "five_year_plan", 2022)
    assert figs["500项"].status == "target"


# --- thirtieth held-out round


def test_thirtieth_round_a_budget_form_laid_out_with_spaces():
    text = ("项目支出绩效自评表\n(2022年度)\n"
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额: 25 25 25 10 100.00% 10.00\n其中:本年财政拨款 25 25 25    \n"
            "上年结转资金 0 0 0    \n质量指标 创业能力提升 达成预期指标 20 20  \n"
            "总分   100 100.00  \n"
            "项目名称 地震经费\n基本支出 项目支出\n1,403.07 256.09\n")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    raws = [f.raw for f in figs]
    assert raws.count("25") == 6 and raws.count("0") == 3 and "100.00%" in raws
    assert "1,403.07" in raws and "403.07" not in raws
    assert "100.00" in raws  # the line break after a row is no number split from its unit
    assert all((f.status, f.ref_year) == ("actual", 2022) for f in figs)
    assert "60\n\n家" in {f.raw for f in find_figures("力争60\n\n家企业上市。",
                                                            doc_type="work_plan", doc_year=2024)}


def test_thirtieth_round_more_names_of_the_technology_contract_value():
    text = "技术交易合同总金额达到4.99亿元,较上年增长132%。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["4.99亿元"].metric == figs["132%"].metric == "tech_contract_value"


# --- after rounds 26-31: residual errors


def test_after_rounds_26_31_firms_named_before_their_count():
    text = ("山东常青树化工等28家市级科技型企业和山东汇海医药、山东旭业新材料等5家省级高新技术企业"
            "开展势头强劲。全区高新技术企业达到120家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["5家"].metric == "unclassified"  # the firms named, not the stock
    assert figs["120家"].metric == "high_tech_enterprises"


def test_after_rounds_26_31_a_clause_naming_another_population_after_the_figure():
    text = ("积极发动企业入库,不断充实高新技术企业培育的后备力量,截至目前我县已有95家企业完成全国"
            "科技型中小企业入库备案。")
    assert _by_raw(text, "work_summary", 2021)["95家"].metric != "high_tech_enterprises"


def test_after_rounds_26_31_the_year_of_the_statistics_reported():
    text = ("2017年考核全省倒数,2018年预计全省第1,成绩来之不易。高质量完成2017年度全社会研发经费"
            "投入统计工作,全市研发经费投入总量达37亿元,增长26.9%,增速高于全省8个百分点;"
            "全社会研发经费投入强度达2.39%,提高0.28个百分点,增幅居全省第1位。")
    figs = _by_raw(text, "work_summary", 2018)
    assert {figs[r].ref_year for r in ("37亿元", "2.39%", "0.28个百分点", "全省第1位")} == {2017}


# --- thirty-second held-out round


def test_thirty_second_round_a_year_after_a_short_lead_dates_the_paragraph():
    text = ("一、发展现状\n据统计,2018年全市94户高新技术企业中,上市企业2户,稳居全省第二。"
            "高新技术企业涉及新材料、新能源等7大技术领域,其中:高新区29户,城区16户。\n")
    figs = _by_raw(text, "work_summary", 2019)
    assert {figs[r].ref_year for r in ("94户", "7大", "29户", "16户")} == {2018}


def test_thirty_second_round_targets_under_a_quoted_label_after_a_dash():
    text = ("到2023年,主要科技创新指标实现“六个倍增、六个突破”。\n"
            "“六个倍增”——全社会研发经费投入占地区生产总值比重增加一倍,达到1.2%;"
            "高新技术企业数量增加一倍,达到2000家。\n")
    figs = _by_raw(text, "work_plan", 2021)
    assert {figs[r].ref_year for r in ("1.2%", "2000家")} == {2023}
    assert figs["1.2%"].metric == "rd_intensity"  # the level its doubling reached
    assert figs["2000家"].metric == "high_tech_enterprises"
    assert figs["一倍"].kind == "multiple" and figs["一倍"].value == 1
    assert "六个" not in figs  # “六个倍增” is a slogan


def test_thirty_second_round_a_plan_written_is_no_period():
    text = ("总体目标:出台遂宁市“十四五”科技创新规划,新认定国家高新技术企业30家以上,"
            "研发投入强度达到0.75%。")
    figs = _by_raw(text, "work_plan", 2021)
    assert figs["30家"].ref_year == figs["0.75%"].ref_year == 2021
    text = "按照“十四五”规划目标,高新技术企业达到500家。"
    assert _by_raw(text, "work_plan", 2021)["500家"].ref_year == 2025


def test_thirty_second_round_last_year_counts_back_from_the_year_named():
    text = ("2022年全社会研发投入经费由上年的12.86亿元增至24.49亿元,较上年增长90.39%,"
            "首次突破20亿元大关;全社会研发经费投入强度1.94%,超过全省水平(1.08%)0.86个百分点,"
            "跃居全省第一。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["12.86亿元"].ref_year == 2021
    assert {figs[r].ref_year for r in ("24.49亿元", "90.39%", "20亿元")} == {2022}
    assert figs["20亿元"].metric == "rd_expenditure"
    assert {figs[r].metric for r in ("1.08%", "0.86个百分点", "全省第一")} == {"rd_intensity"}
    text = "研发投入强度1.94%,比全市平均水平高0.5个百分点,居全市第三。"
    assert _by_raw(text, "work_summary", 2022)["0.5个百分点"].metric == "rd_intensity"


def test_thirty_second_round_ranks_in_a_class_of_areas():
    text = ("国家高新技术企业跃升至7400多家,居全国地级市第二、全省地级市第一,"
            "科技创新综合竞争力跃升至全国第20位。地区生产总值增长8.6%,增速全市行政区排名第二。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["全国地级市第二"].metric == figs["全省地级市第一"].metric == "high_tech_enterprises"
    assert figs["全国第20位"].metric == "unclassified"  # a composite measure of its own
    assert "全市行政区排名第二" in figs


def test_thirty_second_round_a_roster_and_its_parts():
    text = ("2018-2019年度上海市科普教育基地共331家。其中,综合性科普场馆2家;"
            "基础性科普教育基地275家(含19家需整改的基础性科普教育基地);"
            "青少年科学创新实践工作站32家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["331家"].metric == "science_popularization_bases"
    assert figs["331家"].ref_year == 2018  # the roster of the term that starts now
    assert {figs[r].metric for r in ("275家", "19家", "32家")} == {"unclassified"}


def test_thirty_second_round_firms_certified_as_little_giants():
    text = ("市科委审定“甲公司”等69家企业为2021年度上海市科技小巨人企业;“乙(上海)有限公司”等"
            "84家企业为2021年度上海市科技小巨人培育企业。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["69家"].metric == figs["84家"].metric == "new_little_giant_enterprises"


def test_thirty_second_round_the_year_level_of_a_plan_and_parts_of_rd():
    figs = _by_raw("全年国家高新技术企业达到185家。全年新认定高新技术企业达到50家。",
                   "work_plan", 2023)
    assert figs["185家"].metric == "high_tech_enterprises"
    assert figs["50家"].metric == "new_high_tech_enterprises"
    text = ("市财政安排研发投入引导资金440万元,全市规企研发投入达到26549.9万元;"
            "科技型企业累计上报研发经费18.95亿元;其中科研机构研发投入增长26.1%。"
            "实现研发经费年均增长34%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert {figs[r].metric for r in ("440万元", "26549.9万元", "18.95亿元", "26.1%")} == {
        "unclassified"}
    assert figs["34%"].metric == "rd_expenditure"


def test_thirty_second_round_sessions_durations_and_traditional_measure_words():
    text = ("深入贯彻省委十一届三次、四次、五次全会精神,开展培训三次。企业近三个会计年度的研究开发"
            "费用总额。本考核內容共分三大類9項指標。")
    raws = [f.raw for f in find_figures(text, doc_type="work_plan", doc_year=2021)]
    assert "四次" not in raws and "五次" not in raws and "三次" in raws
    assert "三个" not in raws and "三大類" in raws


# --- thirty-third held-out round


def test_thirty_third_round_recommended_then_certified_and_a_mark_passed():
    text = ("2019年我市第一批推薦47家高新技術企業,其中38家被國家認定為高新技術企業;"
            "我市高新技术企业总数有望达到121家,首次突破100家。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["47家"].metric == "unclassified"  # recommended: applications
    assert figs["38家"].metric == "new_high_tech_enterprises"
    assert figs["100家"].metric == "high_tech_enterprises"


def test_traditional_script_reads_through_the_whole_opencc_table():
    text = "鄉鎮企業榮獲綫上獎勵,专利許可合同貳項"
    norm = _Text(text).norm
    assert norm == "乡镇企业荣获线上奖励,专利许可合同贰项" and len(norm) == len(text)
    assert _Text("於2020年後").norm == "于2020年后"  # the two OpenCC leaves out


def test_thirty_third_round_an_index_ranked_after_a_rank_of_firms():
    text = ("高新技术企业增幅连续三年居全省第一,“开放创新合作指数”排名全国第6。"
            "全社会R&D投入占GDP比重排名全省第18,提升幅度全省第5。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["全省第一"].metric == "high_tech_enterprises"
    assert figs["全国第6"].metric == "unclassified"  # the index's own rank
    assert figs["全省第5"].metric == "rd_intensity"


def test_thirty_third_round_a_projection_after_a_late_statistic_is_of_this_year():
    text = ("争先进位成效显著;2023年全社会R&D经费投入占GDP比重达3.08%,提升幅度全省第一;"
            "高新技术企业预计突破8800家,增速连续3年保持全省第一。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["3.08%"].ref_year == 2023
    assert (figs["8800家"].status, figs["8800家"].ref_year) == ("expected", 2024)
    late = "2018年,全社会研发经费支出预计达到397亿元、同比增长9%。"
    assert _by_raw(late, "work_summary", 2019)["397亿元"].ref_year == 2018


# --- thirty-fourth held-out round


def test_thirty_fourth_round_ranks_listed_counted_from_the_bottom_and_without_scope():
    text = ("工业增加值增速14.6%,居全省第8,合芜蚌三市分别为第13、第16和第10位,铜陵市居第12位。"
            "认定数在全省排位第三,仅次于苏州和无锡。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2018)]
    assert raws[1:] == ["全省第8", "第13", "第16", "第10位", "居第12位", "全省排位第三"]
    text = ("全社会R&D经费支出占GDP比重由2015年度的1.23%提高到2019年度的2.83%,"
            "由全省倒数第1提升到全省第2位。")
    figs = _by_raw(text, "five_year_plan", 2021)
    assert figs["2.83%"].metric == "rd_intensity"
    assert figs["全省倒数第1"].value == -1 and figs["全省倒数第1"].ref_year == 2015
    assert figs["全省第2位"].ref_year == 2019


def test_thirty_fourth_round_years_in_parentheses_and_a_lost_character():
    figs = _by_raw("全社会研发(R&D)经费支出增幅连续3年(2016—2018年度)全省第1。",
                   "five_year_plan", 2021)
    assert (figs["全省第1"].metric, figs["全省第1"].ref_year) == ("rd_expenditure", 2018)
    figs = _by_raw("R&DGDP比重达到1.3%;服务业增加值占GDP比重达到35%。", "work_plan", 2023)
    assert figs["1.3%"].metric == "rd_intensity" and figs["35%"].metric == "unclassified"


def test_thirty_fourth_round_a_space_a_pdf_left_inside_a_name():
    text = ("全社会研究与试验发展( R&D)经费投入 强度达 1.94%,"
            "科技型中小企业达5667家 高新技术企业达2012家。")
    figs = _by_raw(text, "work_plan", 2022)
    assert figs["1.94%"].metric == "rd_intensity"
    assert figs["2012家"].metric == "high_tech_enterprises"  # still a clause of its own
    assert text[figs["1.94%"].char_start : figs["1.94%"].char_end] == "1.94%"


# --- thirty-fifth held-out round


def test_thirty_fifth_round_places_among_the_first_or_last_and_moves_in_a_ranking():
    text = ("其中诸暨市、越城区增速居前两位,新昌县、嵊州市增速居后两位。全年引进博士后2名。"
            "南京在国家创新型城市排名中提升至第2位。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["居前两位"].value == 2 and figs["居后两位"].value == -2
    assert "后2名" not in figs and "2名" in figs
    assert figs["第2位"].kind == "rank"  # raw from 第: 排名中提升至 is no place


def test_thirty_fifth_round_rates_stocks_and_plans_of_a_report():
    figs = _by_raw("R&D经费支出从2015年的12.78亿元增长至2020年的34.94亿元,五年间增幅达173%。",
                   "five_year_plan", 2021)
    assert figs["173%"].metric == "rd_expenditure"
    figs = _by_raw("截至2015年底,经认定的国家高新技术企业达104家。", "five_year_plan", 2016)
    assert figs["104家"].metric == "high_tech_enterprises"
    text = ("二是实施国家高新技术企业梯队培养计划,指导266家企业完成国家高新技术企业申报。"
            "专项资金支持1350万元,拟撬动企业投入9000余万元。草拟《若干政策》等文件4个。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["266家"].metric == "unclassified"  # applications
    assert figs["9000余万元"].status == "target" and figs["4个"].status == "actual"
    text = ("2019年,全市实现高新技术产业增加值2178.43亿元。2018年R&D经费支出占比3.44%。"
            "全国第一批15个示范基地城市评价,杭州位列第一。")
    assert _by_raw(text, "work_summary", 2019)["15个"].ref_year == 2018
    text = "一是创新能力实现新突破,2022年,全社会研发经费支出占GDP比重达3.82%。"
    figs = _by_raw(text, "five_year_plan", 2023)
    assert (figs["3.82%"].status, figs["3.82%"].ref_year) == ("actual", 2022)


# --- thirty-sixth held-out round


def test_thirty_sixth_round_years_of_a_start_and_of_now_in_a_plan():
    text = ("国家高新区数量达到2家,1992年以来首次增加;省级以上高新区数量是2015年的3倍。")
    assert _by_raw(text, "work_summary", 2020)["3倍"].ref_year == 2020
    text = "一、发展基础与面临形势\n目前,全省有沈阳、大连等8个国家级高新区和7个省级高新区。\n"
    assert _by_raw(text, "five_year_plan", 2017)["8个"].ref_year == 2017
    text = "一、“十二五”期间主要工作回顾\n截至目前,昆区共实施国家、自治区、市级科技项目153项。\n"
    assert _by_raw(text, "five_year_plan", 2016)["153项"].ref_year == 2015  # round 1's label
    text = "“十三五”以来,我们坚持创新驱动高质量发展。高企从441家到突破1000家,21家入围全省百强。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["441家"].ref_year == 2015 and figs["1000家"].metric == "high_tech_enterprises"


def test_thirty_sixth_round_totals_reviews_ratios_and_densities():
    text = ("全市技术交易额再创历史新高,总额达70.16亿元,同比增长307%。组织第一批高新技术企业评审,"
            "共上会评审122家。技术合同成交额与地区生产总值之比预计排第10位。"
            "每万家企业法人中高新技术企业数预计排第19。获奖数并列全省设区市第一。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["70.16亿元"].metric == figs["307%"].metric == "tech_contract_value"
    assert {figs[r].metric for r in ("122家", "排第10位", "排第19")} == {"unclassified"}
    assert "全省设区市第一" in figs
    text = "2018年全市研究与试验发展经费达7.06亿元,投入强度达1.16%,同比增长23.6%。"
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["1.16%"].metric == "rd_intensity" and figs["23.6%"].metric == "rd_expenditure"


# --- session 7: calls left open in round 36


def test_a_bare_pai_leads_its_rank_unless_an_area_stands_before_it():
    text = ("技术合同成交额与地区生产总值之比预计排第10位,位居全国前十,排第8位。"
            "全国科技创新百强区排第79位。全市排第2,全省排倒数第1。")
    figs = _by_raw(text, "work_summary", 2020)
    assert {"排第10位", "排第8位", "第79位", "全市排第2", "全省排倒数第1"} <= set(figs)
    assert figs["全省排倒数第1"].value == -1


def test_pai_and_pailie_lead_top_and_bottom_ranks():
    text = ("从区、县(市)看,高新技术产业增加值排前三位的是:滨江区、钱塘区;排后三位的是:上城区。"
            "2022年全省高新技术企业净增523户,在全国增速排列第二。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["排前三位"].value == 3 and figs["排后三位"].value == -3
    assert figs["排列第二"].kind == "rank" and figs["排列第二"].value == 2


def test_a_rank_kept_and_a_rank_listed_without_di():
    text = ("高新技术产业产值同比增长8.7%,增速在全市保持第1位。"
            "开发区综合发展水平考核中位列68位,较上年上升96位。")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["全市保持第1位"].value == 1 and figs["位列68位"].kind == "rank"


def test_a_class_of_cities_after_ju_is_the_scope_of_its_rank():
    text = ("技术合同成交额80.39亿元,同比增长24%,位居计划单列市第二。国家级孵化载体累计达到129家,"
            "居副省级城市第一。全年R&D投入占GDP比重为2.66%,县市区排名第四。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["计划单列市第二"].metric == "tech_contract_value"
    assert figs["副省级城市第一"].value == 1
    assert figs["县市区排名第四"].metric == "rd_intensity"


# --- thirty-seventh held-out round


def test_thirty_seventh_round_tasks_and_indicator_targets():
    text = ("为全面完成市委党代会确立的“全市国家级高新技术企业累计达到1000家、科技型“小巨人”企业"
            "新增1000家”战略任务,决定组织开展认定工作。")
    figs = find_figures(text, doc_type="work_plan", doc_year=2020)
    assert [(f.metric, f.status) for f in figs] == [
        ("high_tech_enterprises", "target"), ("new_little_giant_enterprises", "target")]
    text = ("2014年,市科技局承担的省考指标任务共四项,分别是专利申请量280件、专利授权量80件。"
            "截至目前,全市专利申请量达到310件。")
    figs = _by_raw(text, "work_summary", 2014)
    assert figs["四项"].value == 4
    assert (figs["280件"].status, figs["80件"].status, figs["310件"].status) == (
        "target", "target", "actual")
    text = ("(1)创新主体方面(指标:新增科技型中小企业60家、新增高新技术企业5家。)"
            "动员70余家企业积极申报,目前已完成申报68家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["5家"].status == "target" and figs["68家"].status == "actual"


def test_thirty_seventh_round_own_nouns_and_newly_certified_firms():
    text = ("2020年底建成5G基站超过1500个,累计申报5G应用创新示范项目15个。"
            "对2021年252家首次获批的高新技术企业奖补7560万元。已完成近百栋楼宇的5G室分覆盖。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["15个"].metric == "unclassified"
    assert figs["252家"].metric == "new_high_tech_enterprises"
    assert figs["百栋"].value == 100


def test_a_condition_a_notice_sets_is_not_a_record():
    text = ("三、申报条件\n1.企业2019年度销售收入不低于1000万元,且不高于5亿元;\n"
            "2.企业自2017年以来有1项及以上知识产权。\n")
    figs = _by_raw(text, "work_plan", 2020)
    assert {figs[r].status for r in ("1000万元", "5亿元", "1项")} == {"target"}
    assert figs["1000万元"].ref_year == 2019


def test_firms_through_the_first_batches_of_certification_are_new():
    text = "指导推动854家企业通过前三批高企认定,推动高企铁拓机械正式登陆北交所。"
    assert _by_raw(text, "work_summary", 2024)["854家"].metric == "new_high_tech_enterprises"


# --- thirty-eighth held-out round


def test_thirty_eighth_round_rank_forms():
    text = ("常州国家高新区在全国147个高新区中综合排名33,较去年进步了9位。"
            "徐州高新区分别位居第43、52、108、52位。2020年,综合排名跻身全国第23位、全省第3位。"
            "占比位列全省地(市)州第四;R&D经费增幅居全省17强县市区第一。"
            "综合科技创新指数连续第四年名列全省第一。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["排名33"].value == 33 and figs["9位"].kind != "rank"
    assert [figs[r].kind for r in ("52", "108", "52位")] == ["rank"] * 3
    assert {"全国第23位", "全省地(市)州第四", "全省17强县市区第一", "全省第一"} <= set(figs)
    assert "第四" not in figs  # 连续第四年: a streak


def test_thirty_eighth_round_counts_and_levels():
    text = ("其中,青少年活动中心(含少年宫)19所,少年科技站3所。全市累计争取国家级项目近万个,"
            "组织申报三批次。上海高企平均年龄11.2岁,职工年龄在40岁左右。"
            "研发投入占到全市研发总投入的7成。"
            "推动6个产业集群达到2000亿级,发展一批100亿级产业集群。为营造喜迎二十大的浓厚氛围。")
    figs = _by_raw(text, "work_summary", 2023)
    assert {"19所", "3所", "万个", "三批次", "11.2岁", "7成"} <= set(figs)
    assert figs["2000亿级"].value == 2000 and figs["2000亿级"].unit == "亿元"
    assert not {"40岁", "100亿", "二十大"} & set(figs)


def test_thirty_eighth_round_bases_topics_and_certified_firms():
    text = ("2021年,乐清市全社会R&D经费达41.48亿元,占GDP比重2.89%,"
            "比2002年的1.69%提高了1.2个百分点。"
            "2020年,上海高新技术企业数量增长至17012家,较2016年的6938家增幅为145.2%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["1.69%"].metric, figs["1.69%"].ref_year) == ("rd_intensity", 2002)
    assert figs["1.2个百分点"].metric == "rd_intensity"
    assert (figs["6938家"].metric, figs["6938家"].ref_year) == ("high_tech_enterprises", 2016)
    assert figs["145.2%"].metric == "high_tech_enterprises"
    text = ("全社会研发强度从“十三五”末的1.47%提升到目前的1.91%,总量从21.18亿元提升到65.05亿元。"
            "2022年度,石嘴山市R&D经费12.32亿元,较上年度增长12.9%;经费投入总数占全区总数的15.5%;"
            "投入强度1.78%。全年R&D经费支出相当于上海市生产总值的比例为3.78%左右。")
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["1.91%"].metric, figs["1.91%"].kind) == ("rd_intensity", "share")
    assert figs["21.18亿元"].ref_year == 2020
    assert figs["1.78%"].metric == figs["3.78%"].metric == "rd_intensity"
    text = ("加大研发经费投入力度,全年增长10%。新增云利科技等11家获批高新技术企业。"
            "全年经认定登记的各类技术交易合同21630件,比上年增长0.3%;合同金额1303.20亿元。")
    figs = _by_raw(text, "work_plan", 2024)
    assert figs["10%"].metric == "rd_expenditure"
    assert figs["11家"].metric == "new_high_tech_enterprises"
    assert figs["1303.20亿元"].metric == "tech_contract_value"


def test_as_of_the_end_of_last_year_is_last_year():
    text = "截至去年底,高新技术企业达614家。全市高企数量达650家,比去年底增加36家。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["614家"].ref_year == 2022
    assert figs["650家"].ref_year == figs["36家"].ref_year == 2023  # 比去年底: a base


def test_parts_of_new_things_bought_in_contracts_and_first_certified_firms():
    text = "新增科技创新平台41个,其中省技术创新中心5个,院士工作站1个、科学家工作室11个。"
    assert _by_raw(text, "work_summary", 2020)["1个"].metric == "new_academician_workstations"
    text = ("技术合同成交总额226.7亿元,是2012年的14倍,其中,吸纳京津技术合同成交额40.35亿元。"
            "2017年我市有37户企业通过高新技术企业认定,其中首次通过认定的企业20户。")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["226.7亿元"].metric == "tech_contract_value"
    assert figs["40.35亿元"].metric == "unclassified"
    assert figs["20户"].metric == "new_high_tech_enterprises"


# --- thirty-ninth held-out round


def test_thirty_ninth_round_rank_forms():
    text = ("营业收入达1635亿元,排名跃居四川省第三位。"
            "增速在九个国家中心城市中居第一,全省占比49.3%。"
            "国家级科技成果奖数第9位,高新技术企业数第10位,人均实际使用外资第10位。"
            "在新型城市中,排名第十,继续保持前十的态势。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)
    got = [(f.raw, f.metric) for f in figs if f.kind == "rank"]
    assert got == [("四川省第三位", "unclassified"), ("居第一", "unclassified"),
                   ("第9位", "unclassified"), ("第10位", "high_tech_enterprises"),
                   ("第10位", "unclassified"), ("排名第十", "unclassified"),
                   ("前十", "unclassified")]


def test_thirty_ninth_round_page_counters_policy_names_and_this_years_plans():
    text = "以及科改25条出台等。\n评论一下 评论 0人参与,0条评论。全市100人参与培训。"
    assert [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)] == [
        "100人"]
    text = ("2018-2022年,湖北省高新技术企业由6590家增至2万家,增长203.2%;"
            "科技型中小企业由3500家增至2.4万家。据介绍,2017年新增院士工作站54家。"
            "“今年,河北省将保持高企高强度增长,新增1000家,同时认定科技型中小企业2000家。”")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["3500家"].ref_year == 2018 and figs["2.4万家"].ref_year == 2022
    assert figs["54家"].status == "actual"
    assert figs["1000家"].status == figs["2000家"].status == "target"


# --- fortieth held-out round


def test_fortieth_round_quoted_indicators_areas_ranks_and_thresholds():
    text = ("我市在“高新技术企业数量(51家,增长11.36%)”“科技型中小企业数量(246家,增长100.81%)”"
            "等指标上增长明显。新增3000平米以上的众创空间。高新区综合排名有所提升,居104位。"
            "研发投入过亿元,带动增收超亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["51家"].metric == "high_tech_enterprises" and "246家" in figs
    assert (figs["3000平米"].value, figs["3000平米"].unit) == (3000, "平方米")
    assert figs["居104位"].kind == "rank"
    money = [f.metric for f in find_figures(text, doc_type="work_summary", doc_year=2021)
             if f.raw == "亿元"]
    assert money == ["rd_expenditure", "unclassified"]


def test_fortieth_round_page_chrome_and_names_are_not_figures():
    text = ("取得新进展\n\n0\n分享至\n\n均来自清华大学、中电集团46所等985、211高校或科研院所。"
            "落实黄金20条政策。用时5分钟。")
    assert find_figures(text, doc_type="work_summary", doc_year=2024) == []


def test_fortieth_round_stock_reached_parts_by_place_and_contract_aliases():
    text = ("2023年自治区高新技术企业数量再创新高,净增529家,达1911家,同比增长40%。"
            "现有高新技术企业436家(兰州高新区365家、白银高新区71家),占全省35.48%。"
            "研发投入占GDP比值预计为4.05%(兰州高新区3.45%、白银高新区5.46%)。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["1911家"].metric == figs["40%"].metric == "high_tech_enterprises"
    assert figs["71家"].metric == "high_tech_enterprises"
    assert figs["5.46%"].metric == "rd_intensity" and figs["35.48%"].metric == "unclassified"
    text = ("登记的技术合同达到1万多份,合同额总计130多亿元。财政后补助资金50余万元,"
            "技术交易2200余万元。万人拥有发明专利数达106.7件。")
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["130多亿元"].metric == figs["2200余万元"].metric == "tech_contract_value"
    assert figs["50余万元"].metric == "unclassified"
    assert figs["106.7件"].metric == "invention_patents_per_10k"


# --- forty-first held-out round


def test_forty_first_round_split_units_places_moved_to_and_rank_forms():
    text = ("截至目前,海淀区拥有科技型企业总数超过1.1万 家。"
            "高新技术产业增加值总量已跃升至河北省首位。"
            "2018年四川省技术合同成交额逾千亿元\n根据统计,山东以2180.4亿元列第五位。"
            "排名第40名,较2022年提升4个名次。编辑:笔名| 点击:0次")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["1.1万 家"].value == 11000
    assert figs["河北省首位"].kind == figs["列第五位"].kind == "rank"
    assert figs["千亿元"].metric == "tech_contract_value"
    assert figs["4个名次"].kind != "rank" and "0次" not in figs


def test_forty_first_round_shared_heads_bases_of_last_year_and_shares_named_after():
    text = ("“十二五”期间,我市申请和授权专利分别为97,573件和48,113件。"
            "全年研究与试验发展(R&D)经费支出15500亿元,与国内生产总值之比为2.08%。"
            "全年受理境内外专利申请346.5万件,授予专利权175.4万件。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["97,573件"].metric == "patent_applications"
    assert figs["2.08%"].metric == "rd_intensity"
    assert figs["175.4万件"].metric == "patent_grants"
    text = ("绵阳市2021年R&D经费共计239.5亿元,较上年的215亿元同比上涨11.4%。"
            "36项国家科学技术奖、3000多家高新技术企业、6.83%的研发投入强度……")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["215亿元"].metric, figs["215亿元"].ref_year) == ("rd_expenditure", 2020)
    assert figs["6.83%"].metric == "rd_intensity"


# --- forty-second held-out round


def test_forty_second_round_last_year_after_a_lead_and_cited_summary_items():
    text = ("数据显示,去年泉州规上企业研发经费投入达226.38亿元,比上年增长20.3%。"
            "其中,规上工业企业研发经费投入支出215.50亿元,同比增长17.4%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["226.38亿元"].ref_year == figs["215.50亿元"].ref_year == 2023
    text = ("科技创新投入 - 研发经费投入强度从2020年的3.08%提升至2024年的3.46% [2] - "
            "全市企业研发经费支出年均递增13%以上 [2][3] 创新平台 - 核心园区新增企业超过2500家 [2]")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["3.46%"].ref_year == 2024
    assert figs["13%"].ref_year == figs["2500家"].ref_year == 2025


def test_forty_second_round_straight_quotes_ranks_moved_from_and_levels_aimed_at():
    text = ('新培育省级 " 专精特新 " 企业 7 家。入选贵州省 " 千 " 层次人才 18 人、占全市 67%。'
            "全国排名由第12位跃居第8位;高端装备制造等产业加速迈向万亿级。")
    figs = _by_raw(text, "work_summary", 2022)
    assert {"7 家", "18 人", "67%", "第12位", "第8位", "万亿"} <= set(figs)


# --- forty-third held-out round


def test_forty_third_round_rank_lists_firsts_of_a_kind_and_page_counters():
    text = ("江苏7个城市排名前30位,其中南京第4。无锡、常州、南通进入前30名,分列第13、16、23位。"
            "创造了全国第一家3D打印产业培育基地、全国第一支3D打印创投基金、全国第一所培训学院。"
            "来源:大连市人民政府 点击数:85次 更新时间。点击查看全文(剩余0%)剩余4人在局机关。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)
    assert [f.raw for f in figs if f.kind == "rank"] == [
        "排名前30位", "第4", "前30名", "第13", "16", "23位"]
    assert [f.raw for f in figs if f.kind != "rank"] == ["7个", "4人"]


def test_forty_third_round_asides_of_values_bases_of_last_year_and_topic_verbs():
    text = ("全市高新技术企业五年翻两番(由“十二五”末的28家发展到2020年的120家,2021年突破130家)。"
            "R&D经费投入强度为1.25%,比上年(1.12%)提高0.13个百分点。"
            "近5年来,湖北省高新技术企业量增质升,数量从5370家增至14560家,年均增长28%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("28家", "120家", "130家")] == ["high_tech_enterprises"] * 3
    assert (figs["28家"].ref_year, figs["120家"].ref_year) == (2015, 2020)
    assert (figs["1.12%"].metric, figs["1.12%"].ref_year) == ("rd_intensity", 2021)
    assert figs["5370家"].metric == figs["14560家"].metric == "high_tech_enterprises"


# --- forty-fourth held-out round


def test_forty_fourth_round_ranks_in_a_class_codes_and_likes():
    text = ("在35个创新应用类别城市中排第4位;预计排第10位。中船重工七二五所等单位参与。"
            "2024年2月6日 21点热度 0人点赞。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [f.raw for f in figs] == ["35个", "第4位", "排第10位"]


# --- forty-fifth held-out round


def test_forty_fifth_round_rank_forms_and_units():
    text = ("绿色发展和宜居包容性位居第一百零七名。贵阳高新区综合评价排名上升至第37位,"
            "较2021年度上升两个位次。宁波高新区全国排名提升至第13位。增幅居副省级城市第一位。"
            "国家级孵化载体129家,居副省级城市第一。高企增加数量位列前三名的地区分别是:南昌、赣州。"
            "展位共 204㎡。清华大学、天津大学等4所京津高校在开发区筹备。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["位居第一百零七名"].value == 107
    assert {"第37位", "两个位次", "全国排名提升至第13位", "第一位", "副省级城市第一",
            "位列前三名", "4所"} <= set(figs)
    assert (figs["204㎡"].value, figs["204㎡"].unit) == (204, "平方米")


# --- session 8: calls left open in rounds 41 and 46


def test_thousands_separators_keep_a_respectively_list_in_one_clause():
    text = "“十二五”期间,全市申请和授权专利分别为97,573件和48,113件,分别增长了289.7%和351.4%。"
    figs = _by_raw(text, "work_summary", 2015)
    assert [figs[r].metric for r in ("97,573件", "48,113件", "289.7%", "351.4%")] == [
        "patent_applications", "patent_grants", "patent_applications", "patent_grants"]


def test_an_asides_figure_does_not_replace_the_metric_before_it():
    text = ("万人专利发明拥有量由13件增长到19.29件。北京市万人发明专利拥有量132.0件"
            "(按2019年末2153.6万常住人口计算)位居全国第一名,同比增长17.86%。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["19.29件"].metric == "invention_patents_per_10k"
    assert figs["2153.6万"].metric == "unclassified"
    assert figs["全国第一名"].metric == figs["17.86%"].metric == "invention_patents_per_10k"


def test_a_title_reviewing_a_past_plan_period_dates_the_text_below_it():
    text = ("某州科技工作“十二五”回顾及“十三五”展望\n\n“十二五”以来,全州圆满完成各项任务。\n\n"
            "认定工作成效突出。累计认定国家高新技术企业28户、创新型企业14户,分别为“十一五”认定数的"
            "9倍和2倍;组织申报示范园61家,有37家通过认定。\n\n合作迈出坚实步伐,签约项目12项。")
    figs = _by_raw(text, "work_summary", 2016)
    assert {r: figs[r].ref_year for r in ("28户", "9倍", "61家", "37家", "12项")} == dict.fromkeys(
        ("28户", "9倍", "61家", "37家", "12项"), 2015)
    plain = _by_raw(text.split("\n", 1)[1], "work_summary", 2016)  # no title: the paragraph
    assert plain["12项"].ref_year == 2016


# --- forty-seventh held-out round


def test_forty_seventh_round_places_in_digits_and_first_places():
    text = ("在全国县级市现代化排行榜中列第26位。技术合同成交额1595亿元,在全国排名前进2位至第14位。"
            "入围数量全国居首。万人发明专利拥有量74.5件、连续9年保持全国省区首位。"
            "收入占比始终保持在首位;创新能力在72个城市中排名居于第35位。")
    figs = _by_raw(text, "work_summary", 2023)
    assert {"第26位", "第14位", "全国居首", "全国省区首位", "首位", "排名居于第35位"} <= set(figs)
    assert figs["第14位"].metric == "tech_contract_value"  # (前进2位: the places moved)
    assert figs["全国省区首位"].metric == "invention_patents_per_10k"


def test_forty_seventh_round_spaced_digit_groups_magnitudes_and_units():
    text = ("科技活动人员达 14 687 人;专利申请量和授权量分别达 2 561 件和 2 175 件。"
            "将在未来5年投入上万亿元。均达百亿元以上。相差千家以上。集装箱吞吐量2.1万标箱。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["14 687 人"].value == 14687
    assert (figs["2 561 件"].metric, figs["2 175 件"].metric) == ("patent_applications",
                                                                 "patent_grants")
    assert {"万亿元", "百亿元", "千家", "2.1万标箱"} <= set(figs)


def test_forty_seventh_round_years_of_ranges_bulletins_and_levels():
    text = ("成长。\n\n据统计,2006年至2018年,全省发明专利授权量从272件增长到14846件;"
            "高新技术企业数从1177家增长到5403家。\n"
            "2023年9月18日,统计局发布的《2022年全国科技经费投入统计公报》,全社会研发经费"
            "首次突破200亿元。\n国家高新技术企业4年增加6000多家,2024年突破2.5万家。\n"
            "高新技术产业产值占比去年首次突破50%。\n预计固定资产投资增长7%,实际利用外资7亿美元。\n"
            "高新技术企业总数从2017年的856家,发展到2019年的2048家。\n"
            "全省科技型中小企业总体研发投入518.96亿元。")
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["1177家"].ref_year, figs["5403家"].ref_year) == (2006, 2018)
    assert figs["200亿元"].ref_year == 2022
    assert (figs["2.5万家"].metric, figs["2.5万家"].ref_year) == ("high_tech_enterprises", 2024)
    assert figs["50%"].ref_year == 2024
    assert figs["7亿美元"].status == "expected"
    assert figs["2048家"].metric == "high_tech_enterprises"
    assert figs["518.96亿元"].metric != "rd_expenditure"


def test_a_bare_respectively_of_totals_pairs_with_the_figures_before_it():
    text = "新增创新型初创企业2028家、高新技术企业405家,累计分别达到9010家、1739家。"
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["1739家"].metric == "high_tech_enterprises"
    assert figs["9010家"].metric == "unclassified"


# --- forty-eighth held-out round


def test_forty_eighth_round_years_of_meetings_pools_and_plans():
    text = ("2月1日,记者从2024年全区科技工作会议上了解到,全社会研发经费达到79.38亿元。\n"
            "市科技部门还动员2016年高企后备企业开展产品备案工作,最终39个产品获批。\n"
            "我省明确,到2023年全省科技型企业数量将达到5万家。")
    figs = _by_raw(text, "work_summary", 2015)
    assert (figs["79.38亿元"].status, figs["79.38亿元"].ref_year) == ("actual", 2015)
    assert figs["39个"].ref_year == 2015
    assert (figs["5万家"].status, figs["5万家"].ref_year) == ("target", 2023)
    plan = _by_raw("“十三五”时期,全市电信业务总量年均增长77%。", "work_plan", 2021)
    assert (plan["77%"].status, plan["77%"].ref_year) == ("actual", 2020)


def test_forty_eighth_round_places_counted_parts_and_aliases():
    text = ("高新技术企业在我省14个市州均有布局。毕节、铜仁增幅分别排位前三。"
            "建成5G通信基站2.9万个。向国家推荐备案高新技术企业1300家以上。园区农业R&D投入4.79亿元。"
            "上述企业平均研发经费投入强度达到3.67%。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["14个"].metric == "unclassified"
    assert "排位前三" in figs
    assert figs["2.9万个"].metric == "5g_base_stations"
    assert figs["1300家"].metric != "high_tech_enterprises"
    assert figs["4.79亿元"].metric != "rd_expenditure"
    assert figs["3.67%"].metric != "rd_intensity"


def test_a_ratio_without_its_per_cent_sign_and_this_year_after_a_year_named():
    text = ("2017年度,全市全社会研发经费支出达到99亿元,占GDP比重为2.13,增长0.24个百分点。"
            "2022年,重庆市R&D经费投入强度2.36,首次进入全国前10。\n"
            "成绩显著。2019年全区高企保有量同比增加28%,截至今年10月31日,新增1184家高新技术企业。"
            "列入统计的13个高新区完成工业总产值7092.42亿元。\n"
            "共成交技术合同5252项,成交总额为150.81亿元。")
    figs = _by_raw(text, "work_summary", 2020)
    assert [(figs[r].metric, figs[r].kind, figs[r].unit) for r in ("2.13", "2.36")] == [
        ("rd_intensity", "share", "%")] * 2
    assert figs["0.24个百分点"].metric == "rd_intensity"
    assert figs["7092.42亿元"].ref_year == 2020
    assert figs["150.81亿元"].metric == "tech_contract_value"


def test_bases_chained_or_of_a_multiple_and_a_period_end_base_across_a_semicolon():
    text = ("2023年,全省评价入库科技型中小企业达到4515户,分别比2021年和2022年增长232%、150.3%。"
            "全省高新技术企业新增1079家,是2016年增幅的2.5倍,总数达3174家。"
            "研发投入强度由“十三五”末的2.82%提高至3.47%;高新技术产业增加值比重由43.3%提高到58.9%。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["150.3%"].ref_year == figs["232%"].ref_year == 2023
    assert figs["2.5倍"].ref_year == figs["3174家"].ref_year == 2023
    assert (figs["43.3%"].ref_year, figs["58.9%"].ref_year) == (2020, 2023)


def test_firms_added_or_certified_after_the_name_are_new_ones():
    text = ("据统计,开发区2023年共增加高新技术企业16家,较去年同期增长约33.3%。"
            "全市2022年第一批国家高新技术企业通过认定2146家,同比增长41%。"
            "高新技术企业增加到500家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("16家", "33.3%", "2146家", "41%")] == [
        "new_high_tech_enterprises"] * 4
    assert figs["500家"].metric == "high_tech_enterprises"


# --- forty-ninth held-out round


def test_forty_ninth_round_parts_by_place_places_counted_and_firms_ratios():
    text = ("全年实现技术合同成交总额405.09亿元,占全省的82.56%。"
            "其中,长沙市233.82亿元、株洲市105.61亿元。累计建成5G基站59353个、1233个乡镇和5947个行政村实现了5G网络覆盖。"
            "全区5G基站开通数由2019年的4439座发展到2022年6 月底的50678座。"
            "该市建成8家高新园区,其中,国家高新区1家、省级高新区7家。"
            "截至今年,企业R&D经费投入完成2.66亿元,增长4.9%,占GDP比重0.78%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["233.82亿元"].metric == figs["105.61亿元"].metric == "tech_contract_value"
    assert (figs["1233个"].metric, figs["5947个"].metric) == ("unclassified", "unclassified")
    assert figs["50678座"].metric == "5g_base_stations"
    assert figs["7家"].metric == "unclassified"
    assert figs["0.78%"].metric == "unclassified"


def test_this_year_after_a_programme_year_cohorts_and_planned_investment():
    text = ("作为江苏省创新型试点城市和2016年国家知识产权强县工程试点县(区),今年来,我市全社会研发"
            "投入占地区生产总值比重达2.96%。做好2020年立项的48项省级项目验收。"
            "2021年,新疆信息通信业计划投资17亿元。项目计划总投资50亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["2.96%"].ref_year == 2021
    assert figs["48项"].ref_year == 2021
    assert (figs["17亿元"].status, figs["50亿元"].status) == ("target", "actual")


def test_a_year_noted_in_brackets_after_the_figure_dates_it():
    figs = _by_raw("科技进步贡献率增长到57.3%(2017年值)。", "work_summary", 2019)
    assert figs["57.3%"].ref_year == 2017


# --- fiftieth held-out round


def test_fiftieth_round_lists_by_place_series_of_a_topic_and_parts_by_trade():
    text = ("分地区看,全省13个设区市R&D经费投入分别为苏州888.7亿元、南京578.8亿元,连云港88.2亿元。"
            "R&D经费支出超过百亿元的设区市有11个,依次为苏州(961.4亿元)、南京(645.3亿元)。"
            "北京全社会研究与试验发展(R&D)经费投入规模持续增加,从1996年的41.8亿元增长到2017年的"
            "1579.7亿元。去年,天豫薯业、凯杰科技4家公司被认定为国家高新技术企业。"
            "高技术制造业研究与试验发展(R&D)经费223.4亿元,投入强度(与营业收入之比)为1.98%。"
            "该县有1个院士科研工作站。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("888.7亿元", "88.2亿元", "961.4亿元", "645.3亿元")] == [
        "rd_expenditure"] * 4
    assert figs["百亿元"].metric == "unclassified"
    assert figs["41.8亿元"].metric == figs["1579.7亿元"].metric == "rd_expenditure"
    assert figs["4家"].metric == "new_high_tech_enterprises"
    assert figs["223.4亿元"].metric == figs["1.98%"].metric == "unclassified"
    assert figs["1个"].metric == "academician_workstations"


def test_a_period_named_in_a_paragraphs_first_sentence_after_a_meeting_year():
    text = ("从近日举行的2021年重庆市科技创新、大数据发展暨招商投资促进工作电视电话会议上,记者获悉,"
            "“十三五”时期重庆综合科技创新水平指数排名全国第七位、西部第一。"
            "创新主体加快集聚,引进国内外知名创新机构88家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("全国第七位", "西部第一", "88家")] == [2020] * 3


def test_a_plan_that_names_no_period_takes_its_horizon_from_its_to_year():
    text = ("海南省人民政府印发《海南省创新型省份建设实施方案》。"
            "到2025年,全省高新技术产业产值达到8000亿元。\n\n"
            "为了保障实现这一目标,高新技术企业数量达到3000家以上。")
    figs = _by_raw(text, "five_year_plan", 2022)
    assert (figs["3000家"].status, figs["3000家"].ref_year) == ("target", 2025)


# --- fifty-first held-out round


def test_fifty_first_round_projected_below_lists_closed_by_and_and_an_alias():
    text = ("(一)主要指标完成情况\n──全年预计(下同)实现地区生产总值1230亿元。\n"
            "──完成一般公共预算收入72亿元。\n"
            "研究与试验发展经费排在前3位的市分别为太原(119.0亿元)、临汾(27.6亿元)和长治(27.1亿元)。"
            "年末每万人口有效发明专利量28.17件。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["72亿元"].status == "expected"
    assert figs["27.1亿元"].metric == "rd_expenditure"
    assert figs["28.17件"].metric == "invention_patents_per_10k"


def test_a_change_on_last_year_or_the_start_of_the_year_keeps_the_metric():
    text = ("万人有效发明专利拥有量超过7.5件,比年初提高1.3件。"
            "研究与试验发展经费投入强度为1.07%,比上年低0.03个百分点。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1.3件"].metric == "invention_patents_per_10k"
    assert figs["0.03个百分点"].metric == "rd_intensity"


# --- fifty-second held-out round


def test_fifty_second_round_growth_in_two_digits_and_ranks_led_by_lie():
    text = ("研发经费比“十二五”末增长75.6%,连续四年保持两位数增长。"
            "深圳市南山区、宝安区和广州市天河区列前三位。鼓楼区跻身前20,列第18位。")
    figs = _by_raw(text, "work_summary", 2020)
    two = figs["两位数"]
    assert (two.value, two.unit, two.comparator, two.kind, two.metric) == (
        10.0, "%", "ge", "rate", "rd_expenditure")
    assert {"列前三位", "列第18位"} <= set(figs)


def test_a_year_range_opening_a_paragraph_and_a_year_looked_at_date_what_follows():
    text = ("比重大幅提高\n2015-2019年,全区研发人员从6.5万人增加到8.2万人。"
            "R&D人员折合全时当量由38534.7人年增长到47420.1人年。\n"
            "从2018年主要指标情况来看,研发经费投入强度达到2.16%;申请发明专利居全国第5位。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["38534.7人年"].ref_year, figs["47420.1人年"].ref_year) == (2015, 2019)
    assert figs["2.16%"].ref_year == figs["全国第5位"].ref_year == 2018


# --- fifty-third held-out round


def test_fifty_third_round_row_numbers_and_page_counters_are_not_figures():
    text = ("表1.2各市高新技术产业产值情况\n序号 | 各市 | 2014年上半年 | |\n"
            "产值(亿元) | 同比变化(%) | ||\n1 | 杭州市 | 2155.35 | 6.14 |\n"
            "2 | 宁波市 | 2396.99 | 4.59 |\n"
            "正文完。\n  • 鼓掌\n\n    鼓掌\n\n    0人\n")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2014)]
    assert "2155.35" in raws and "2396.99" in raws
    assert "1" not in raws and "2" not in raws and "0人" not in raws


def test_ratios_listed_by_place_and_rd_by_performer():
    text = ("R&D经费投入强度超过全市平均水平的区有3个,"
            "分别为黄埔区(6.14%)、南沙区(5.45%)、番禺区(3.17%)。政府属研究机构共投入R&D经费159.61亿元。其他R&D经费18.19亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].metric for r in ("6.14%", "5.45%", "3.17%")] == ["rd_intensity"] * 3
    assert figs["159.61亿元"].metric == figs["18.19亿元"].metric == "unclassified"


# --- session 9: calls left open in round 53


def test_a_growth_rates_own_change_is_not_the_metric_and_keeps_the_metric_before():
    text = ("全省共投入R&D经费3438.6亿元,比上年增长14.4%,增速回升6.2个百分点,"
            "增速低于全国0.8个百分点,排全国第2位。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["14.4%"].metric == "rd_expenditure"
    assert figs["6.2个百分点"].metric == figs["0.8个百分点"].metric == "unclassified"
    assert figs["全国第2位"].metric == "rd_expenditure"


def test_rd_of_performers_named_before_a_glossed_rd_word_are_parts():
    text = ("分活動(dòng)主體看,各類(lèi)企業(yè)研究與試驗(yàn)發(fā)展(R&D)經(jīng)費(fèi)"
            "182.2億元。規模以上工业企业法人单位R&D经费支出 60.25亿元。"
            "政府属研究机构、高等学校等主体R&D经费支出43.48亿元。全社会R&D经费支出87.72亿元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("182.2億元", "60.25亿元", "43.48亿元")] == [
        "unclassified"] * 3
    assert figs["87.72亿元"].metric == "rd_expenditure"


def test_money_without_yuan_before_yishang_and_its_base_from_you():
    text = ("全省技术合同交易额年均增长100亿以上,"
            "由2014年的639.98亿元增长到2019年的1467.83亿元,位居全国第6。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["100亿"].unit, figs["100亿"].value) == ("亿元", 100.0)
    assert [figs[r].metric for r in ("100亿", "639.98亿元", "1467.83亿元", "全国第6")] == [
        "tech_contract_value"] * 4
    assert (figs["639.98亿元"].ref_year, figs["1467.83亿元"].ref_year) == (2014, 2019)


def test_a_list_of_subjects_closing_the_clause_before_respectively():
    text = ("“十四五”时期,我区每万人发明专利拥有量、技术合同成交额,"
            "较“十三五”末分别增长了186%、126%。近3年高新技术企业、专精特新企业数量已分别从838家、56家增加到1552家、261家。")
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["186%"].metric, figs["126%"].metric) == (
        "invention_patents_per_10k", "tech_contract_value")
    assert figs["838家"].metric == figs["1552家"].metric == "high_tech_enterprises"
    assert figs["56家"].metric == figs["261家"].metric != "high_tech_enterprises"


# --- fifty-fourth held-out round


def test_fifty_fourth_round_ranks_laid_out_one_place_a_line():
    text = ("2022年“中国创新百强县”\n\n↓↓↓\n\n晋江市  第15名\n\n"
            "福清市  第26名\n\n福州长乐区  第45名\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert [(figs[r].kind, figs[r].value) for r in ("第15名", "第26名", "第45名")] == [
        ("rank", 15.0), ("rank", 26.0), ("rank", 45.0)]


def test_fifty_fourth_round_a_stock_reached_after_a_mark_and_its_growth():
    text = ("2020年,沈阳市国家高新技术企业数量首次突破2000家,达到2560家,净增724家,"
            "较上一年增长39.43%。2011年,全省资格有效高新技术企业815家,到2016年达到1837家。"
            "2022年全省技术合同成交额3053.5亿元,与去年同期相比增长30.3%。"
            "去年全年技术成交额达到100.3亿元。")
    figs = _by_raw(text, "work_summary", 2020)
    for raw in ("2560家", "39.43%", "1837家"):
        assert figs[raw].metric == "high_tech_enterprises", raw
    assert (figs["2560家"].kind, figs["1837家"].ref_year) == ("stock", 2016)
    assert figs["30.3%"].metric == figs["100.3亿元"].metric == "tech_contract_value"


def test_an_application_count_reaching_a_level_is_not_the_stock_before():
    text = "全区高新技术企业403家,2022年第一批高新技术企业申报数量再创历史新高,达323家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["403家"].metric == "high_tech_enterprises"
    assert figs["323家"].metric != "high_tech_enterprises"


def test_fifty_fourth_round_since_last_year_and_a_designation_year_date_nothing_after():
    text = ("据了解,去年以来,兰溪市科技局把科技项目作为工作重点,全年共列入各类科技项目238项。\n"
            "漕河泾开发区于1991年经国务院批准为国家高新技术产业开发区,规划面积14.28平方公里,"
            "拥有中外高科技企业3600多家。2018年获批国家自然科学基金项目6项。")
    figs = _by_raw(text, "work_summary", 2010)
    assert figs["238项"].ref_year == figs["14.28平方公里"].ref_year == 2010
    assert figs["3600多家"].ref_year == 2010
    assert figs["6项"].ref_year == 2018


def test_fifty_fourth_round_a_composite_ability_ranks_itself_and_a_spaced_aside():
    text = ("2018年全省研发经费支出超过2500亿元,区域创新综合能力保持全国第一。"
            "万人发明专利拥有量19.4件 (全省15.4件,全国15.8件);建成省级以上创新平台108个。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["2500亿元"].metric == "rd_expenditure"
    assert figs["全国第一"].metric == "unclassified"
    assert [figs[r].metric for r in ("19.4件", "15.4件", "15.8件")] == [
        "invention_patents_per_10k"] * 3


def test_fifty_fourth_round_steps_climbed_from_a_base_year():
    text = "经济总量从2020年的3.87万亿元连续迈上4万亿、5万亿台阶,规模升至全球城市第五名。"
    figs = _by_raw(text, "work_summary", 2025)
    assert "5万亿" in figs and "5万亿台" not in figs
    assert figs["3.87万亿元"].ref_year == 2020
    assert figs["4万亿"].ref_year == figs["5万亿"].ref_year == 2025


def test_fifty_fourth_round_a_projection_of_months_and_a_summarys_will_approach():
    text = ("预计1—9月完成固定资产投资115.66亿元,同比增长16.62%。"
            "预计全年完成投资10亿元,截至9月已完成8亿元。2018年武汉GDP总量将接近1.45万亿元。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].status for r in ("115.66亿元", "16.62%", "10亿元", "8亿元", "1.45万亿元")] == [
        "expected", "expected", "expected", "actual", "expected"]


def test_fifty_fourth_round_ranks_kept_by_a_lead_with_no_place_word():
    text = ("从各市得分情况来看,廊坊市、唐山市、衡水市稳居前三。"
            "2021年达2209.49亿元,位列副省级城市第二。")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["居前三"].kind, figs["居前三"].value) == ("rank", 3.0)
    assert (figs["副省级城市第二"].kind, figs["副省级城市第二"].value) == ("rank", 2.0)


def test_places_a_ranked_metric_moved_are_of_that_metric():
    text = ("R&D经费投入强度为2.26%,比上年提高0.09个百分点,投入强度排全国第11位,较上年提升1个位次。"
            "研发投入强度为1.08%,居全国第23位(较上年提升1位)。"
            "高新技术企业营收之比提升8个位次、万人专利申请量提升7个位次。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["1个位次"].metric == figs["1位"].metric == "rd_intensity"
    assert figs["7个位次"].metric != "patent_applications"


# --- fifty-fifth held-out round


def test_fifty_fifth_round_words_that_look_like_measure_words_and_ranks_among_all():
    text = ("乌鲁木齐高新区:两亿支持“双创”。指数由规模指数、水平指数和增速指数等3部分组成。"
            "新增入库科技型中小企业数居全市各县市区第二。")
    figs = _by_raw(text, "work_summary", 2020)
    assert "两亿支" not in figs and "3部分" in figs
    assert figs["全市各县市区第二"].kind == "rank"


def test_fifty_fifth_round_founding_years_rd_spending_and_a_stock_held():
    text = ("乌鲁木齐高新区成立于1992年8月。"
            "新市区是1961年设立的行政区,是乌鲁木齐市四大中心城区之一。2020年我国研发支出将达到24391亿元。五年来,晋江高企数量增长4.2倍,保有量达855家。")
    figs = _by_raw(text, "work_summary", 2013)
    assert figs["四大"].ref_year == 2013
    assert figs["24391亿元"].metric == "rd_expenditure"
    assert (figs["855家"].metric, figs["855家"].kind) == ("high_tech_enterprises", "stock")


def test_the_opening_year_of_a_plan_period_is_its_first_year():
    text = "作为 \" 十四五 \" 开局之年,今年仅前三季度战略产业增加值同比增长 31.7%。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["31.7%"].ref_year == 2021


def test_a_year_reached_after_a_named_trend_and_a_figure_naming_the_one_before():
    text = ("反映技术市场活跃程度的技术合同成交额连年大幅增长,2020年达到735.95亿元,是2015年的7倍。"
            "2022年,全市高新企业总量达2362家。2023年,这项数据达3084家,比增30.57%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["735.95亿元"].metric == figs["7倍"].metric == "tech_contract_value"
    assert figs["3084家"].metric == figs["30.57%"].metric == "high_tech_enterprises"


def test_a_citys_absorbed_contract_value_is_the_value_but_not_its_firms_part():
    text = ("分市看,1—6月份吸纳技术合同成交额前五位是:合肥(142.5亿元)、安庆(48亿元)。"
            "1-11月份,企业吸纳技术成交额15.04亿元。"
            "技术合同成交总额226.7亿元,其中,吸纳京津技术合同成交额40.35亿元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["142.5亿元"].metric == figs["48亿元"].metric == "tech_contract_value"
    assert figs["15.04亿元"].metric != "tech_contract_value"
    assert figs["40.35亿元"].metric != "tech_contract_value"


# --- fifty-sixth held-out round


def test_fifty_sixth_round_a_ratio_sign_for_a_colon_a_borrowed_head_and_a_total():
    text = ("R&D经费投入超过千亿元的省(市)分别为∶广东(4411.9亿元)、江苏(3835.4亿元)"
            "和福建(1082.1亿元)。全省专利和发明专利的授权量就分别达到52.7万件和6万件。"
            "高校、科研院所技术合同成交额分别为69.27亿元、146.6亿元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("4411.9亿元", "3835.4亿元", "1082.1亿元")] == [
        "rd_expenditure"] * 3
    assert figs["52.7万件"].metric == "patent_grants"
    assert figs["69.27亿元"].metric != "tech_contract_value"
    plan = _by_raw("到2025年,全社会研发经费投入年均增长高于12%,研发投入强度达到1.5%,"
                   "投入总量达到375亿元。", "five_year_plan", 2023)
    assert plan["375亿元"].metric == "rd_expenditure"


def test_a_plans_horizon_from_the_year_its_targets_paragraph_opens_with():
    text = ("(二)发展目标。\n2020年,实现创新能力明显提升。\n"
            "2025年,长三角科技成果转移转化基地建设取得显著成效。具体目标为:\n"
            "创新实力实现三增长。技术合同交易额达8亿元以上;全社会研发经费支出占GDP比重达3.2%以上。\n")
    figs = _by_raw(text, "five_year_plan", 2020)
    assert figs["8亿元"].ref_year == figs["3.2%"].ref_year == 2025


def test_a_plans_report_of_this_years_first_half_is_actual():
    text = "局长介绍,今年上半年,南京技术合同成交额达398亿元,同比增长15.81%。力争全年突破800亿元。"
    figs = _by_raw(text, "work_plan", 2023)
    assert figs["398亿元"].status == figs["15.81%"].status == "actual"
    assert figs["800亿元"].status == "target"


# --- fifty-seventh held-out round


def test_fifty_seventh_round_a_rank_a_pdf_broke_over_lines():
    text = ("我市位居全国县域经济百强县(市)第\n62\n位、工业百强县(市)第\n59\n位,"
            "中部地区县域经济百强县(市)第\n7\n位、河南省第\n3\n位。\n")
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].value for r in ("第\n62\n位", "第\n59\n位", "第\n7\n位")] == [62.0, 59.0, 7.0]
    assert all(f.kind == "rank" for f in figs.values())


def test_fifty_seventh_round_a_later_rank_in_a_list_starts_at_its_scope_word():
    text = "科技成果转化指数居全省第2,增幅全省第1。位居全省第6,温州地区第2。"
    figs = _by_raw(text, "work_summary", 2023)
    assert {"全省第2", "全省第1", "全省第6", "温州地区第2"} <= set(figs)
    assert "增幅全省第1" not in figs


def test_fifty_seventh_round_rates_against_last_year_listed_and_a_total_that_can_be_reached():
    text = ("2022年宜昌高新区高新技术企业数、科技型中小企业数分别同上年增长48%、20%,"
            "分别达到215家、433家。2021年全年工业固定资产投资总额可完成42.63亿元,完成年度任务的88.8%;"
            "工业技改投资总额完成25.6亿元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["48%"].metric == figs["215家"].metric == "high_tech_enterprises"
    assert figs["20%"].metric == figs["433家"].metric != "high_tech_enterprises"
    assert (figs["42.63亿元"].status, figs["25.6亿元"].status) == ("expected", "actual")


def test_a_sentence_opening_with_the_ratio_continues_the_r_and_d_sentence_before():
    text = ("承德市研发经费投入总量达到21.87亿元,投入强度达到1.41%,超预期完成省下达任务目标。"
            "投入强度位列全省第8位,较上年位次前移4位。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["1.41%"].metric == figs["全省第8位"].metric == "rd_intensity"
    assert figs["4位"].metric == "rd_intensity"


# --- fifty-eighth held-out round


def test_fifty_eighth_round_ranks_led_by_pai_zai_and_pai_wei_and_a_past_year_in_a_plan():
    text = ("在一级指标中,科技创新指数排在第8位。高新技术产业化全省排位15位。"
            "天津、北京、上海排在前3位。")
    figs = _by_raw(text, "work_summary", 2019)
    assert {"排在第8位", "全省排位15位", "排在前3位"} <= set(figs)
    plan = _by_raw("2019年,常州科教城完成园区营业收入240.3亿元,同比增长18.1%。"
                   "2020年力争完成营业收入280亿元。", "work_plan", 2020)
    assert (plan["240.3亿元"].status, plan["18.1%"].status) == ("actual", "actual")
    assert plan["280亿元"].status == "target"


def test_firms_over_a_threshold_named_before_the_high_tech_enterprises_are_a_subset():
    text = ("云南省内营业收入超1亿元的高新技术企业487家,占比23.81%。"
            "广州地区年营业收入达100亿元(人民币,下同)以上的高新技术企业从2015年的8家增长到2019年的17家。"
            "数字经济综合创新水平TOP500的高新技术企业有6家。全市高新技术企业达到1200家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("487家", "8家", "17家", "6家")] == ["unclassified"] * 4
    assert figs["1200家"].metric == "high_tech_enterprises"


# --- fifty-ninth held-out round


def test_fifty_ninth_round_units_named_as_bases_are_new_bases_but_a_top_list_is_no_certificate():
    text = ("吴中区6家单位被命名为江苏省科普教育基地。广东53个单位入选首批全国科普教育基地。"
            "电信器件5家企业入选2021年湖北省高新技术企业百强。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["6家"].metric == figs["53个"].metric == "new_science_popularization_bases"
    assert figs["5家"].metric not in ("new_high_tech_enterprises", "high_tech_enterprises")


def test_fifty_ninth_round_per_capita_patents_held_and_stations_grown_to_this_year():
    text = ("每万人口发明专利拥有9.85件,居全国第8位,比上年同期增加1.846件。"
            "广西5G基站开通数已由2019年的4439座发展到今年6月底的5.0678万座,数量规模增长11倍多。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("9.85件", "全国第8位", "1.846件")] == [
        "invention_patents_per_10k"] * 3
    assert figs["5.0678万座"].metric == figs["11倍"].metric == "5g_base_stations"
    assert figs["5.0678万座"].ref_year == 2022


def test_a_clause_that_opens_with_now_is_not_dated_by_the_year_before_it():
    text = ("专利方面,2024年度全市专利授权量达3.79万件,自2011年起连续14年居全省首位;"
            "目前发明专利拥有量达2.14万件。")
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["3.79万件"].ref_year, figs["2.14万件"].ref_year) == (2024, 2025)


# --- sixtieth held-out round


def test_sixtieth_round_straight_quotes_read_as_the_curly_pair_they_stand_for():
    text = ('"十三五"时期,高新技术企业数量达2705家、较"十二五"末增长271%;'
            '规模以上电子信息工业企业数量较"十二五"末增长40%。'
            '作为 " 十四五 " 开局之年,今年仅前三季度战略产业增加值同比增长 31.7%。')
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["271%"].metric == "high_tech_enterprises"
    assert [figs[r].ref_year for r in ("271%", "40%")] == [2020, 2020]
    assert figs["31.7%"].ref_year == 2021


def test_sixtieth_round_groups_and_ordinal_lists_are_not_ranks_but_town_and_city_classes_are():
    text = ("青岛市网络质量综合成绩位列第一组城市第1名,临沂市位列第二组城市第1名。"
            "今年第一、二批新增认证265个,杭州、南京位居第二、三位。"
            "全镇R&D经费占GDP比重4.04%,排全市各镇街第一。商标注册量46.44万件,蝉联全国城市首位。")
    figs = _by_raw(text, "work_summary", 2021)
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws[:2] == ["第1名", "第1名"]
    assert "二批" not in raws and "三位" in raws
    assert figs["全市各镇街第一"].metric == "rd_intensity"
    assert figs["全国城市首位"].kind == "rank"


def test_sixtieth_round_orders_of_magnitude_neared_kept_and_passed():
    text = ("副中心技术合同成交额已接近百亿元。固定资产投资连续3年保持千亿规模。"
            "营业收入上亿元企业11家。其中亿元以上项目2项。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2024)]
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["百亿元"].metric == "tech_contract_value" and figs["百亿元"].value == 100
    assert figs["千亿"].value == 1000 and figs["亿元"].value == 1
    assert raws.count("亿元") == 1  # a bare 亿元以上 drawing a class is left out


def test_sixtieth_round_a_base_is_dated_where_the_time_named_began():
    text = ("5年来,高新技术企业从4142家增长至8500余家;科技型中小企业从2621家增长至1.2万家。"
            "2017年以来,宁夏综合科技创新水平指数从46%提升到2022年的61%,"
            "全国排名从第22位上升到第18位。R&D经费占GDP比重2.87%,十年来首次由第五位提升至第四位。")
    figs = _by_raw(text, "work_summary", 2025)
    assert [figs[r].ref_year for r in ("4142家", "8500余家", "2621家", "1.2万家")] == [
        2020, 2025, 2020, 2025]
    assert [figs[r].ref_year for r in ("46%", "61%", "第22位")] == [2017, 2022, 2017]
    assert figs["第五位"].ref_year == 2025


def test_sixtieth_round_the_first_months_of_a_year_date_the_sentence():
    text = ("2018年,高新区实现收入1.2亿元。"
            "2019年前6个月,规模以上工业增加值同比增长11.4%;实现一般公共预算收入6.64亿元。")
    figs = _by_raw(text, "work_summary", 2019)
    assert (figs["1.2亿元"].ref_year, figs["6.64亿元"].ref_year) == (2018, 2019)


def test_sixtieth_round_the_income_of_high_tech_firms_is_not_their_count():
    text = ("目前,东城园有国家高新技术企业303家。今年1至8月,高新技术企业收入同比增长3.7%,"
            "高于全市平均水平2.6个百分点。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["303家"].metric == "high_tech_enterprises"
    assert figs["3.7%"].metric == figs["2.6个百分点"].metric == "unclassified"


def test_sixtieth_round_a_first_place_in_a_long_class_and_a_place_held_at_the_years_start():
    text = ("地区生产总值年均增长10%,居头部国家级经开区首位。居民收入增速居全省首位。"
            "增速18%,全省排名由年初第六位稳步提升至第二位。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["10%", "居头部国家级经开区首位", "居全省首位", "18%", "第六位", "第二位"]


def test_sixtieth_round_places_share_the_metric_named_after_them_and_a_pair_its_unit():
    text = ("2021年,邯郸市和保定市研发投入强度分别达到2.56%和2.54%,"
            "分别高于全国平均水平0.12和0.10个百分点。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].metric for r in ("2.56%", "2.54%", "0.12", "0.10个百分点")] == [
        "rd_intensity"] * 4
    assert figs["0.12"].unit == figs["0.10个百分点"].unit


def test_sixtieth_round_a_level_after_a_list_comma_and_subjects_that_reached_their_figures():
    text = ("2023年,全省研发经费投入增长9.2%、突破1200亿元。"
            "国家高新技术企业、国家科技型中小企业、自治区科技型中小企业达到了489家、925家、2178家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["9.2%"].metric == figs["1200亿元"].metric == "rd_expenditure"
    assert figs["489家"].metric == "high_tech_enterprises"
    assert figs["925家"].metric != "high_tech_enterprises"


def test_sixtieth_round_last_year_opening_a_clause_without_a_comma_dates_the_sentence():
    text = ("记者从办公室获悉,去年郑洛新三市新增创新引领型企业1713家,占全省新增总数66.5%;"
            "万人发明专利拥有量达8.26件,是全省平均水平的2.8倍。"
            "去年新认定省高新技术企业119家;今年1—9月,全市高新技术产业产值达1930亿元;"
            "全社会研发投入占GDP的比重达3%。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].ref_year for r in ("1713家", "8.26件", "2.8倍")] == [2017] * 3
    assert figs["3%"].ref_year == 2018


def test_sixtieth_round_the_first_pairs_base_year_dates_the_later_bases_of_the_sentence():
    text = ("全社会研发经费投入强度从2020年的2.73%提升至3.35%;技术合同成交额从337亿元增长至"
            "1508亿元;高新技术企业从4142家增长至8500余家。")
    figs = _by_raw(text, "work_summary", 2025)
    assert [figs[r].ref_year for r in ("2.73%", "337亿元", "4142家")] == [2020] * 3
    assert [figs[r].ref_year for r in ("3.35%", "1508亿元", "8500余家")] == [2025] * 3


def test_sixtieth_round_an_index_reports_title_year_dates_the_ranks_it_gives():
    text = "在世界知识产权组织发布的《2023年全球创新指数报告》中,西安由2022年第22位上升至第19位。"
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["第22位"].ref_year, figs["第19位"].ref_year) == (2022, 2023)


def test_sixtieth_round_a_bare_total_counts_the_population_its_sentence_named():
    text = ("十年来,高新技术企业从无到有,从有到优,总量达55家,居全市第一。"
            "近两年新增高新技术企业数量超过此前数量总和,总量达2362家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("55家", "全市第一", "2362家")] == [
        "high_tech_enterprises"] * 3


def test_sixtieth_round_city_and_zhongguancun_certificates_are_not_national_ones():
    text = ("目前,全市共有国家级高新技术企业142家。认定市级高企67家。"
            "东城园有国家高新技术企业303家、中关村高新技术企业538家。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["142家"].metric == figs["303家"].metric == "high_tech_enterprises"
    assert [figs[r].metric for r in ("67家", "538家")] == ["unclassified"] * 2


def test_sixtieth_round_quarters_single_quoted_slogans_and_style_sheets_are_no_figures():
    text = ("围绕“聚力‘八个新突破’、奋力推进”。全区产业增加值增长9.0%,连续13个季度维持在8%以上。"
            ".tjewm{width:100%;text-align:center;} 比重达100%。"
            "“全社会研发经费投入年均增长7%以上、力争投入强度高于‘十三五’时期实际”。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2022)]
    assert raws == ["9.0%", "8%", "100%", "7%"]


def test_sixtieth_round_first_among_the_units_of_a_class():
    text = "高于全市平均水平2.6个百分点,地均产出位居各分园之首。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2022)]
    assert raws == ["2.6个百分点", "位居各分园之首"]


def test_sixtieth_round_a_level_already_reached_from_a_base_year_is_of_now():
    text = "县内高新技术企业从2016年的3家已达到了23家。"
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["3家"].ref_year, figs["23家"].ref_year) == (2016, 2020)


def test_sixtieth_round_a_share_of_output_in_a_bulletin_and_patents_received_for_examination():
    text = ("全市科学研究与实验发展(R&D)经费支出17.42亿元,比上年增长27.5%,占生产总值的1.1%。"
            "全年共计专利受理数389件,增长37.5%。")
    figs = _by_raw(text, "work_summary", 2010)
    assert figs["1.1%"].metric == "rd_intensity"
    assert figs["389件"].metric == figs["37.5%"].metric == "patent_applications"


# --- sixty-first held-out round


def test_sixty_first_round_a_range_that_states_its_unit_on_both_sides_of_a_dash():
    text = "按当年核定研发经费投入在100万元—500万元的企业。新认定3家—5家。"
    figs = find_figures(text, doc_type="work_plan", doc_year=2025)
    assert [(f.raw, f.comparator, f.value_low, f.value_high) for f in figs] == [
        ("100万元—500万元", "range", 0.01, 0.05), ("3家—5家", "range", 3, 5)]


def test_sixty_first_round_cases_sites_and_an_order_of_magnitude_kept():
    text = ("累计发现本地确诊病例6例、境外输入性病例38例。线路涉及的41个点位接待游客570余万人次。"
            "增长3个点。已连续两年保持百亿成交额。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2020)]
    assert raws == ["6例", "38例", "41个", "570余万人次", "3个点", "百亿"]


def test_sixty_first_round_ranks_after_jun_lie_ju_and_among_a_class():
    text = ("三大排名均列第一位。综合测评我区均名列首位。"
            "有效商标注册量288.4万件,连续23年名列全国首位。总计528953人次,排名居全省40名。参赛人数6.02万人,位居全省参赛的157个县(市、区)中第一位。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2020)
            if f.kind == "rank"]
    assert raws == ["列第一位", "名列首位", "全国首位", "全省40名", "第一位"]


def test_sixty_first_round_a_projection_under_a_heading_naming_its_year_keeps_that_year():
    text = ("各位代表:\n\n一、2015年主要工作\n\n一年来,在市委市政府领导下,全区经济平稳。\n\n"
            "(一)经济保持较快增长。预计全区实现地区生产总值790亿元,增长13.0%。\n")
    heads = [(h.char_start, f"{h.label}{h.heading}") for h in find_sections(text)]
    figs = {f.raw: f for f in find_figures(text, doc_type="work_summary", doc_year=2016,
                                           headings=heads)}
    assert [(figs[r].status, figs[r].ref_year) for r in ("790亿元", "13.0%")] == [
        ("expected", 2015)] * 2


def test_sixty_first_round_a_yearly_increase_is_a_rate_and_zai_tian_adds_new_ones():
    text = "全区专利申请量年递增28%,技术交易额年递增15%以上。我市再添3家院士工作站 总数达18家。"
    figs = _by_raw(text, "work_summary", 2017)
    assert [(figs[r].metric, figs[r].kind) for r in ("28%", "15%")] == [
        ("patent_applications", "rate"), ("tech_contract_value", "rate")]
    assert figs["3家"].metric == "new_academician_workstations"
    assert figs["18家"].metric == "academician_workstations"


def test_sixty_first_round_a_dash_after_a_measure_word_joins_a_range_not_a_model_name():
    text = "新认定3家-5家。型号H-5的设备。"
    figs = find_figures(text, doc_type="work_plan", doc_year=2025)
    assert [(f.raw, f.value_low, f.value_high) for f in figs] == [("3家-5家", 3, 5)]


def test_sixty_second_round_the_years_contract_value_after_the_count_of_contracts():
    text = ("全省共登记技术合同14876项,全年成交额达到528.16亿元。"
            "吸纳技术合同6252项,合同交易额119.5亿元,同比分别增长14%和33.5%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].metric for r in ("528.16亿元", "119.5亿元", "33.5%")] == [
        "tech_contract_value"] * 3
    assert figs["14876项"].metric == "unclassified"


def test_sixty_second_round_you_tian_adds_new_ones_and_benchmark_firms_are_a_list_of_their_own():
    text = "武汉又添13家全国科普教育基地。三水再添5家市级标杆高企。全市分别遴选出50家标杆高企。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["13家"].metric == "new_science_popularization_bases"
    assert figs["50家"].metric == "unclassified"


def test_sixty_second_round_now_with_a_done_verb_in_a_plan_is_done_and_small_semicolons_split():
    text = ("计划到2023年底累计建设超7.2万个室外5G基站。"
            "目前,上海在飞机制造、船舶建造、汽车制造三大领域打造了3个示范项目。")
    figs = _by_raw(text, "work_plan", 2023)
    assert (figs["7.2万个"].status, figs["3个"].status) == ("target", "actual")
    assert _Text("增长46.4%﹔企业").norm == "增长46.4%;企业"


def test_sixty_second_round_that_year_opening_a_sentence_is_the_year_named_before_it():
    text = ("2019年,全省研究与试验发展(R&D)经费支出达2710亿元,占GDP比重达2.72%。\n\n"
            "  当年,全省万人发明专利拥有量达30.16件,比2015年提高15.94件。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["30.16件"].ref_year, figs["15.94件"].ref_year) == (2019, 2019)


# --- sixty-third held-out round


def test_sixty_third_round_a_horizon_of_about_a_year_dates_the_targets_after_it():
    text = "力争到2024年左右,全社会R&D经费支出占GDP的比重达到2.16%;高新技术企业突破260家。"
    figs = _by_raw(text, "work_plan", 2021)
    assert (figs["2.16%"].ref_year, figs["260家"].ref_year) == (2024, 2024)


def test_sixty_third_round_a_year_after_a_source_opening_the_paragraph_dates_it():
    text = ("根据国家知识产权局最新数据统计,2016年内蒙古知识产权创造取得新进展,专利申请量达到"
            "10672件。其中发明专利申请为2878件,同比增长27.68%。全区共授权专利5846件。")
    figs = _by_raw(text, "work_summary", 2017)
    assert [figs[r].ref_year for r in ("10672件", "2878件", "5846件")] == [2016] * 3


def test_sixty_third_round_a_flow_that_passed_a_mark_then_reached_its_level():
    text = "2016年内蒙古专利申请量首次突破1万件大关,达到10672件,同比增长20.23%。"
    figs = _by_raw(text, "work_summary", 2017)
    assert [figs[r].metric for r in ("1万件", "10672件", "20.23%")] == ["patent_applications"] * 3


def test_sixty_third_round_a_plan_to_raise_a_count_and_a_year_after_a_dash_of_punctuation():
    text = ("2020年,青岛市科技局计划将全市高新技术企业数量提高到4000家。"
            "证实了鄞州在知识产权领域的影响力——2017年,鄞州区专利申请量和授权量分别为15205件和9065件。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["4000家"].metric, figs["4000家"].status) == ("high_tech_enterprises", "target")
    assert (figs["15205件"].ref_year, figs["9065件"].ref_year) == (2017, 2017)


# --- sixty-fourth held-out round


def test_sixty_fourth_round_a_months_span_opening_a_clause_dates_the_whole_sentence():
    text = ("经济实力方面,2023年1月-11月,规模以上工业总产值达5534亿元;社会消费品零售总额约1209亿元,"
            "增长6.7%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].ref_year for r in ("5534亿元", "1209亿元", "6.7%")] == [2023] * 3


def test_sixty_fourth_round_a_sentence_of_parts_takes_the_year_of_the_one_before():
    text = ("4月23日,在2024移动通信高质量发展论坛上,2023年度全国百城重点区域移动网络质量专项评测"
            "结果发布。其中,青岛市位列第一组城市第1名,淄博市位列第三组城市第5名。"
            "2018-2019年度上海市科普教育基地共331家。其中,综合性科普场馆2家;专题性科普场馆54家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["第1名"].ref_year, figs["第5名"].ref_year) == (2023, 2023)
    assert figs["2家"].ref_year == figs["54家"].ref_year == figs["331家"].ref_year


def test_sixty_fourth_round_an_event_held_for_a_year_dates_no_paragraph():
    text = ("大会举行了2021年国家企业技术中心授牌仪式。"
            "经过20余年发展,本市已经形成以93家国家级为引领的企业技术中心体系。")
    assert _by_raw(text, "work_summary", 2022)["93家"].ref_year == 2022


def test_sixty_fourth_round_a_table_laid_out_one_cell_per_line_under_a_text_header():
    text = ("2021年各市研究与试验发展(R&D)经费情况\n\n地 区\n\nR&D经费\n\nR&D经费投入强度\n\n"
            "(亿元)\n\n(%)\n\n全  省\n\n251.9\n\n1.12\n\n太原市\n\n114.7\n\n2.24\n\n"
            "大同市\n\n6.8\n\n0.40\n\n二、工业企业研究与试验发展经费情况\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert [(figs[r].metric, figs[r].unit, figs[r].ref_year) for r in ("114.7", "2.24")] == [
        ("rd_expenditure", "亿元", 2021), ("rd_intensity", "%", 2021)]
    assert figs["2.24"].quote.startswith("太原市") and "大同市" not in figs["2.24"].quote
    assert figs["0.40"].value == 0.40 and "大" not in figs["0.40"].raw
    widgets = "• Upload\n  others\n\n• View\n    0\n\n• Download\n    0\n"
    assert find_figures(widgets, doc_type="work_summary", doc_year=2017) == []


def test_sixty_fourth_round_weights_deals_and_schools_are_counted():
    text = ("增产粮食28.74亿公斤,亩产由80公斤提高到380公斤;招引重大产业项目13宗;"
            "民办高等教育77所,125所农村初中完成改造。中国电科32所与我区合作。")
    figs = _by_raw(text, "work_summary", 2010)
    assert {"28.74亿公斤", "80公斤", "380公斤", "13宗", "77所", "125所"} <= set(figs)
    assert figs["28.74亿公斤"].value == 2.874e9 and "32所" not in figs


def test_sixty_fourth_round_toneless_pinyin_glosses_are_read_through():
    text = ("建成各類“雙創”載體(ti) 131家;畝(mu) 均增產(chan) 25公斤以上;"
            "解決(jue) 了青藏地區50多萬(wan) 平方公裏的供電難題;"
            "眾(zhong) 創空間總投資2.5億(yi) 元;"
            "力爭(zheng) 建設1000個(ge) 科技特派員工作站。")
    figs = _by_raw(text, "work_summary", 2020)
    assert {"131家", "25公斤", "2.5億(yi) 元"} <= set(figs)
    assert figs["50多萬(wan) 平方公裏"].value == 500000
    assert figs["1000個"].metric != "academician_workstations"


def test_sixty_fourth_round_places_after_a_move_thousands_of_hundred_millions_counted_areas():
    text = ("高新技术企业总数达到591家,全省市州排名上升2位至第六;产值初次打破9千亿大关;"
            "研发费用总量连续30个月位居12个盟市第一。")
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["第六"].kind, figs["第六"].value) == ("rank", 6)
    assert figs["9千亿"].value == 9000
    assert figs["12个盟市第一"].kind == "rank" and "12个" not in figs


def test_sixty_fourth_round_a_long_noun_after_a_verb_is_the_clauses_own_population():
    text = "培育了江苏鱼跃、万新光学等高新技术企业99家,拥有国家级新材料特色产业基地1个。"
    assert _by_raw(text, "work_summary", 2018)["1个"].metric == "unclassified"


def test_sixty_fourth_round_a_year_and_a_place_opening_the_paragraph_date_it():
    text = ("会议总结了去年科技工作。\n2008年汶上县科技工作取得丰硕成果,创新型县建设迈出坚实步伐。"
            "汶上县共取得重要科技成果26项;申请专利268件,同比增长31%。\n"
            "2025年舒城县科学技术局对2024年度项目进行自评。经自评,有14个预算项目得分在90分以上。")
    figs = _by_raw(text, "work_summary", 2009)
    assert [figs[r].ref_year for r in ("26项", "268件", "31%")] == [2008] * 3
    assert figs["14个"].ref_year == 2009


def test_sixty_fourth_round_a_level_reached_with_le_is_the_same_metric():
    text = ("5年来,全市高新技术企业增加了564家,达到了771家;研究与试验发展经费投入增加了3.76亿元,"
            "达到了15.3亿元;技术合同交易额增加了18.2亿元,达到了21.7亿元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("771家", "15.3亿元", "21.7亿元")] == [
        "high_tech_enterprises", "rd_expenditure", "tech_contract_value"]


def test_sixty_fourth_round_last_year_after_a_source_dates_the_paragraph():
    text = ("\n近日,记者从贵州省科技和知识产权工作会议上获悉,去年,贵州省科技进步贡献率达到45.42%。"
            "全省技术交易额达到177.21亿元。")
    assert _by_raw(text, "work_summary", 2016)["177.21亿元"].ref_year == 2015


def test_sixty_fourth_round_city_class_ranks_places_moved_from_and_a_policy_of_articles():
    text = ("技术合同成交额140.59亿元,全省市州排名第五;研究出台《纲要》、高质量发展20条。"
            "汽摩行业从第8上升至首位。")
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["全省市州排名第五"].metric == "tech_contract_value"
    assert (figs["第8"].kind, figs["第8"].value) == ("rank", 8)
    assert "20条" not in figs


def test_sixty_fourth_round_a_hard_wrapped_text_reads_its_sentences_whole():
    line = "这是一段为了测试而写成的固定宽度文字,每行宽度相同,句子跨行继续写"
    filler = "\n".join([line] * 6)
    text = (filler + "\n一、主要指标\n"
            "2005年,全区规模以上工业企业实现新产品产值4.61亿元,比2000年增长7.6倍,年均增长\n"
            "53.8%。全区有国家级火炬高新技术企业1家、民营科技企业53家、省级高新技术企\n"
            "业5家、高新技术企业研究开发中心2家,R&D经费支出占GDP比重达3.37%,科技型企\n"
            "业数量翻了两番。\n")
    norm = _Text(text).norm
    assert "年均增长53.8%" in norm and "继续写\n一、主要指标\n2005年" in norm  # (a heading stays)
    figs = _by_raw(text, "work_summary", 2007)
    assert figs["53.8%"].ref_year == 2005
    assert figs["2家"].metric == "unclassified" and figs["翻了两番"].metric == "unclassified"
    short = "2005年,全区新产品产值4.61亿元,年均增长\n53.8%。"  # not laid out at a fixed width
    assert "\n53.8%" in _Text(short).norm


def test_sixty_fifth_round_a_keyed_table_with_years_serials_and_estimates():
    text = ("科技统计简表(2013-2018年)\n\n序号\n\n类别\n\n指标\n\n2013\n\n2014\n\n2015\n\n"
            "2018年同比增长率\n\n15城市排序\n\n1\n\n高新产业指标\n\n高新技术企业累计数(家)\n\n1113\n\n"
            "1321\n\n1656\n\n25.08%\n\n4\n\n2\n\nR&D活动人员折合全时当量 (人年)\n\n"
            "49910\n\n[46000]\n\n[47000]\n\n2.17%\n\n3\n\n科技创新产出指标\n\n*全社会R&D经费内部支出占GDP的比重(%)\n\n"
            "2.74\n\n2.91\n\n[2.42]\n\n3.42%\n\n8\n")
    figs = _by_raw(text, "work_summary", 2019)
    assert [(figs[r].metric, figs[r].ref_year) for r in ("1113", "1656")] == [
        ("high_tech_enterprises", 2013), ("high_tech_enterprises", 2015)]
    assert (figs["25.08%"].metric, figs["25.08%"].kind) == ("high_tech_enterprises", "rate")
    assert (figs["4"].kind, figs["4"].metric) == ("rank", "high_tech_enterprises")
    assert figs["46000"].status == "expected" and figs["49910"].status == "actual"
    assert figs["2.17%"].metric == "unclassified"  # (a count of people's growth)
    assert (figs["2.42"].metric, figs["2.42"].ref_year) == ("rd_intensity", 2015)
    assert "1" not in figs and "2" not in figs  # serial numbers
    assert figs["2.74"].quote.startswith("*全社会R&D")


def test_sixty_fifth_round_an_unaligned_header_and_a_growth_column():
    text = ("2020年11月湖南省有效发明专利统计表\n地 区\n2020年\n职 务\n非职务\n排名\n11月\n"
            "大专院校\n个人\n长沙市\n32981\n13463\n1197\n1\n株洲市\n6957\n205\n123\n2\n"
            "其 他\n2\n0\n0\n"
            "\n表1 全省R&D经费投入情况\n\n地  区\n\nR&D经费投入(亿元)\n\n增长(%)\n\n全  省\n\n"
            "454.29\n\n15.6\n\n福州市\n\n122.46\n\n24.0\n")
    figs = _by_raw(text, "work_summary", 2020)
    assert {"32981", "6957", "123"} <= set(figs) and figs["6957"].ref_year == 2020
    assert all(not f.raw.endswith("株") for f in find_figures(text, doc_type="work_summary",
                                                              doc_year=2020))
    assert (figs["24.0"].metric, figs["24.0"].kind) == ("rd_expenditure", "rate")


def test_sixty_fifth_round_last_year_after_the_subject_dates_the_sentence():
    text = ("该区去年新培育国家级高新技术企业53家;高新技术产业增加值占比达77.1%,"
            "全社会研发投入总量达34亿元、增长11.2%。")
    figs = _by_raw(text, "work_summary", 2025)
    assert [figs[r].ref_year for r in ("53家", "77.1%", "34亿元", "11.2%")] == [2024] * 4


def test_sixty_fifth_round_a_ratio_past_a_mark_a_growth_after_a_semicolon_a_market_total():
    text = ("全市研发经费投入强度首次突破2.0%大关,达到2.01%。2024年,全市研究与试验发展(R&D)经费"
            "投入总量达74.74亿元,位列全省第三;同比增长14.89%,列全省第一。"
            "——技术市场合同交易总额达到300亿元以上;")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["2.01%"].metric == "rd_intensity"
    assert (figs["14.89%"].metric, figs["14.89%"].kind) == ("rd_expenditure", "rate")
    assert figs["300亿元"].metric == "tech_contract_value"


def test_sixty_fifth_round_a_subset_by_size_in_an_aside_is_no_part_of_the_count():
    text = ("到2025年,全市高新技术企业超过16000家(其中规模以上企业超过2700家)。"
            "高新技术企业436家(兰州高新区365家、白银高新区71家)。")
    figs = _by_raw(text, "work_plan", 2024)
    assert figs["2700家"].metric == "unclassified"
    assert figs["365家"].metric == "high_tech_enterprises"


def test_sixty_fifth_round_a_cumulative_count_after_new_ones_and_firms_among_which():
    text = ("我市全年国家高新技术企业新获批712家、累计数达1774家。"
            "研究院从全省9047家有效高新技术企业中评选出百强。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1774家"].metric == "high_tech_enterprises"
    assert figs["9047家"].metric == "high_tech_enterprises"


def test_sixty_fifth_round_new_ones_re_certified_included_are_new_and_reach_a_total():
    text = ("2017年,全市新认定(含重新认定)高新技术企业85家,总数达209家(居全省第6位)。"
            "重新认定国家高新技术企业6家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].metric for r in ("85家", "209家", "全省第6位")] == [
        "new_high_tech_enterprises", "high_tech_enterprises", "high_tech_enterprises"]
    assert figs["6家"].metric == "unclassified"


def test_sixty_fifth_round_a_projected_level_by_a_year_continues_the_stock():
    text = ("高新技术企业总量达2362家,提前一年实现数量倍增目标,在未来几年更是有望实现“弯道超车”,"
            "预计到2025年将突破3500家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["3500家"].metric, figs["3500家"].ref_year) == ("high_tech_enterprises", 2025)


# --- sixty-sixth held-out round


def test_sixty_sixth_round_a_keyed_table_whose_cells_close_with_a_bar():
    text = ("表二\n2012年10月份国内发明专利授权状况表 |\n单位:件 |\n地区 |\n当月累计 |\n"
            "当年累计 |\n同比增长 |\n广东 |\n1754 |\n18527 |\n24.80% |\n北京 |\n1667 |\n"
            "16992 |\n33.10% |\n")
    figs = _by_raw(text, "work_summary", 2013)
    assert [figs[r].ref_year for r in ("1754", "16992", "33.10%")] == [2012] * 3
    assert figs["33.10%"].kind == "rate" and figs["1754"].quote.startswith("广东")


def test_sixty_sixth_round_a_year_after_a_run_in_heading_dates_the_sentences_after_it():
    text = ("6家企业登“中国电气工业100强”榜单。 经济保持平稳发展 2013年,高新区克服不利因素,"
            "经济保持平稳发展。全年实现规模以上工业总产值1911亿元,同比增长20.6%。")
    figs = _by_raw(text, "work_summary", 2014)
    assert (figs["1911亿元"].ref_year, figs["20.6%"].ref_year) == (2013, 2013)


def test_sixty_sixth_round_now_present_means_the_document_year():
    text = ("2016年,全区工业总产值达到650.6亿元。"
            "潼南高新区现入驻工业企业287家,其中高新技术企业43家。"
            "2021年,宁波高新区预计实现全社会研发投入28亿元,实现有效发明专利4162件。")
    figs = _by_raw(text, "work_summary", 2017)
    assert (figs["287家"].ref_year, figs["43家"].ref_year) == (2017, 2017)
    assert figs["4162件"].ref_year == 2021


def test_sixty_sixth_round_table_labels_keep_the_catalogs_exclusions_and_cumulative_new_ones():
    text = ("地区 | 园区规模工业增加值增长率(%) | 工业企业专利授权量增长率(%) |\n"
            "全省 | 10.3 | 9.6 |\n长沙 | 13.8 | 13.1 |\n\n"
            "五年来,高新技术企业累计新增400家;技术成果交易额年均增长42.89%,2017年达到68.68亿元。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["9.6"].metric == "unclassified"
    assert figs["400家"].metric == "new_high_tech_enterprises"
    assert figs["68.68亿元"].metric == "tech_contract_value"


def test_sixty_sixth_round_a_plan_period_in_single_quotes_is_one_too():
    text = "国家高新技术企业、省级专精特新中小企业数量较‘十三五’末分别翻一番、翻两番。"
    figs = _by_raw(text, "work_summary", 2026)
    assert (figs["翻一番"].ref_year, figs["翻两番"].ref_year) == (2026, 2026)


def test_sixty_sixth_round_a_year_that_starts_a_span_up_to_now_dates_no_paragraph():
    text = ("据介绍,2011年,我省启动市县科技创新综合考评工作,至今已四届。"
            "该项综合考评主要由总量指标、质量指标、速度指标三大类组成。\n"
            "深圳市宝安区2021年GDP达到4421.83亿元,自2014年以来首次实现两位数增长。"
            "高新技术产业实现产值7508.83亿元。")
    figs = _by_raw(text, "work_summary", 2013)
    assert figs["三大类"].ref_year == 2013 and figs["7508.83亿元"].ref_year == 2021


# --- sixty-seventh held-out round


def test_sixty_seventh_round_a_year_keyed_table_of_places_counts_what_its_title_names():
    text = ("2018年深圳市各区专利申请情况汇总表 |\n||||||\n2018 |\n福田 |\n南山 |\n全市 |\n"
            "1月 |\n2083 |\n6478 |\n22039 |\n2月 |\n1719 |\n4767 |\n16220 |\n"
            "全国经开区综合发展水平考核评价结果如下。\n"
            "排行 | 國家級經開區 | 省份 |\n1 | 蘇州工業園區 | 江蘇 |\n"
            "2 | 廣州經濟技術開發區 | 廣東 |\n")
    figs = _by_raw(text, "work_summary", 2019)
    assert [(figs[r].metric, figs[r].ref_year) for r in ("2083", "16220")] == [
        ("patent_applications", 2018)] * 2
    assert (figs["2"].kind, figs["2"].value) == ("rank", 2)


def test_sixty_seventh_round_a_table_run_into_one_line_and_one_with_two_levels_of_headings():
    text = ("常德市2017年9月专利统计表\n类型 | 申请量 | 授权量 | | 月合计 | 其中 | 年累计 | "
            "去年同期 | 增长率 | 单位 | 发明 | 实用新型 | 全 市 | 183 | 66 | 2511 | 2174 | 15.5% | "
            "武陵区 | 36 | 6 |\n\n国内职务、非职务发明创造专利申请授权量\n地区 Regions |\n"
            "总累计 Accumulated Number | 2015 | ||||\n"
            "合计 Total |\n职务 Service |\n|\n北京 | 511307 | 392598 | 118709 |\n"
            "Beijing | 100.0% | 76.8% | 23.2% |\n天津 | 182335 | 142806 | 39529 |\n")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["183"].ref_year == 2017 and figs["15.5%"].unit == "%"
    assert {"511307", "142806", "76.8%"} <= set(figs)
    assert figs["36"].quote == "武陵区 | 36"  # (a locator for the reader)


def test_sixty_seventh_round_a_batch_certified_in_all_is_new():
    text = "2019年我省第一批高新技术企业共认定662户,同比增长82%,第二批高新技术企业共认定271户。"
    figs = _by_raw(text, "work_summary", 2019)
    assert [figs[r].metric for r in ("662户", "82%", "271户")] == ["new_high_tech_enterprises"] * 3


def test_sixty_seventh_round_a_batch_named_for_a_period_is_dated_when_it_was_certified():
    text = "2022年,自治区科协联合7家单位,共同认定了2021-2025年第一批174家自治区科普教育基地。"
    assert _by_raw(text, "work_summary", 2023)["174家"].ref_year == 2022


def test_sixty_seventh_round_a_plans_quarterly_milestones_are_targets():
    text = ("分季度目标:第一季度,完成125个地下车库覆盖;第二季度,累计完成375个地下车库覆盖;"
            "第三季度,累计完成625个地下车库覆盖。")
    figs = _by_raw(text, "work_plan", 2023)
    assert [figs[r].status for r in ("125个", "375个", "625个")] == ["target"] * 3


def test_sixty_seventh_round_an_area_a_summary_plans_to_cover_is_a_target():
    text = ("计划全年完成覆盖面积100万平方米、提升50个小区地下车库通信信号质量。"
            "辖区面积313.5平方公里。")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["100万平方米"].status == "target" and figs["313.5平方公里"].status == "actual"


def test_sixty_seventh_round_a_growth_column_after_year_columns_is_of_the_last_year():
    text = ("表1 2016年和2017年技术合同交易情况总表\n2016年 | 2017年 | 增长率 | |\n"
            "交易量(项) | 3976 | 5723 | 43.94% |\n成交额(亿元) | 105.62 | 203.11 | 92.30% |\n")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].ref_year for r in ("105.62", "203.11", "92.30%")] == [2016, 2017, 2017]


# --- sixty-eighth held-out round


def test_sixty_eighth_round_as_of_a_year_opening_a_clause_pairs_after_increased_to_and_rd():
    text = ("据上海市科委负责人介绍,截至2019年底,上海共有13个国家级大学科技园;"
            "共培育“科技小巨人”企业100家,高新技术企业539家。"
            "广州高新技术企业、科技型中小企业分别增至1.3万家和2.1万家。"
            "全年用于科研活动的经费支出24.46亿元,其中研究与发展(R&D)经费支出12.28亿元。")
    figs = _by_raw(text, "five_year_plan", 2020)
    assert (figs["539家"].status, figs["539家"].ref_year) == ("actual", 2019)
    assert [figs[r].metric for r in ("1.3万家", "2.1万家")] == [
        "high_tech_enterprises", "tech_smes"]
    assert figs["12.28亿元"].metric == "rd_expenditure"


def test_sixty_eighth_round_decimals_grouped_by_a_thin_space_and_a_rank_after_ju_yu():
    text = "2019年从业人员数为4.716 9万人,比重为14.1%,比重位次居于全省第6位。面积3.5平方公里。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["4.716 9万人"].value == 47169 and figs["全省第6位"].value == 6
    assert figs["3.5平方公里"].value == 3.5


def test_sixty_eighth_round_a_range_in_chinese_numerals():
    text = "到2025年,建成三到五个具有一定影响力的大学科技园,培育两至三家龙头企业。"
    figs = _by_raw(text, "work_plan", 2021)
    assert (figs["三到五个"].value_low, figs["三到五个"].value_high) == (3, 5)
    assert figs["两至三家"].comparator == "range"


def test_sixty_eighth_round_contribution_rates_recommended_firms_and_a_short_density():
    text = ("企业占全省研发经费比重为83.5%,"
            "对全省研发经费增长的贡献率为86.8%、比上年提高11.5个百分点。"
            "全年共完成五批共计8716家高新技术企业推荐报备工作,较上年增加2083家。"
            "万人有效发明拥有量19.29件,同比增长15%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("86.8%", "11.5个百分点", "8716家", "2083家")] == [
        "unclassified"] * 4
    assert figs["19.29件"].metric == "invention_patents_per_10k"


# --- sixty-ninth held-out round


def test_sixty_ninth_round_strive_in_a_summary_aims_every_figure_of_its_to_do_list():
    text = ("帮扶期间,力争推广应用核心区成果面积3000亩以上,产出科研成果5项以上,"
            "开展技术培训与指导200人次以上。为力争全省排位争先进位,市科技局采取四项措施。"
            "五年力争突破100亿元,规上工业企业增至95家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].status for r in ("3000亩", "5项", "200人次")] == ["target"] * 3
    assert [figs[r].status for r in ("四项", "95家")] == ["actual"] * 2
    assert figs["100亿元"].status == "target"


def test_sixty_ninth_round_a_plan_s_existing_count_is_actual():
    text = "提升我市现有24家高端创新平台的建设层次和水平,新增省级平台10家。"
    figs = _by_raw(text, "work_plan", 2018)
    assert (figs["24家"].status, figs["24家"].ref_year) == ("actual", 2018)
    assert figs["10家"].status == "target"


def test_sixty_ninth_round_a_total_after_new_5g_stations_is_all_stations():
    text = ("今年1—7月新增5G基站839座,累计达到1032座。"
            "截至6月底,三家运营商共在北京建设完成5G基站5285个。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["839座"].metric == "new_5g_macro_stations"
    assert figs["1032座"].metric == "5g_base_stations"
    assert figs["5285个"].metric == "5g_base_stations"


def test_sixty_ninth_round_listed_numbers_with_a_scale_of_their_own_keep_it():
    text = "截至2月末,各地区基站分别达到113.2万、51.6万、59万、14.6万个。分别为29.92、33.57亿元。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].value for r in ("113.2万", "51.6万", "59万", "14.6万个")] == [
        1132000, 516000, 590000, 146000]
    assert (figs["29.92"].value, figs["29.92"].unit) == (29.92, "亿元")


def test_sixty_ninth_round_parts_of_the_country_share_the_metric_after_them():
    text = ("东、中、西部和东北地区5G基站分别达到113.2万、51.6万、59万、14.6万个。"
            "东部和西部高新技术企业分别达到1132家、146家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("113.2万", "51.6万", "59万", "14.6万个")] == [
        "5g_base_stations"] * 4
    assert figs["1132家"].metric == "high_tech_enterprises"


def test_sixty_ninth_round_a_range_with_its_unit_twice_joined_by_zhi_departments_and_sessions():
    text = ("年产值1亿元至10亿元的5G企业有22家。产值从1亿元到10亿元。"
            "科技部等5部门还共同启动了行动,九部门启动实施计划。"
            "规划已经市政府五届77次常务会议审议通过,全年召开3次常务会议。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["1亿元至10亿元"].value_low, figs["1亿元至10亿元"].value_high) == (1, 10)
    assert "10亿元" in figs and figs["10亿元"].comparator == "eq"
    assert figs["5部门"].value == 5 and figs["九部门"].value == 9
    assert "77次" not in figs and figs["3次"].value == 3


def test_sixty_ninth_round_a_plan_s_figure_in_parentheses_is_its_target():
    text = "全市新增5G基站924座,完成2020年度省下达建设计划(978座)的94.48%。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["978座"].status == "target"
    assert figs["924座"].status == figs["94.48%"].status == "actual"


def test_sixty_ninth_round_pilots_named_after_an_alias_are_counted_by_the_figure():
    text = "全市5G基站转供电改直供电试点完成14个;全市5G基站累计达到1032座。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["14个"].metric == "unclassified"
    assert figs["1032座"].metric == "5g_base_stations"


def test_sixty_ninth_round_a_scaled_number_after_spending_is_money():
    text = "科技部:去年全社会研发支出2.17万亿。全省研发投入突破1.1亿。"
    figs = _by_raw(text, "work_summary", 2019)
    assert (figs["2.17万亿"].unit, figs["2.17万亿"].value) == ("亿元", 21700)
    assert figs["2.17万亿"].metric == "rd_expenditure"
    assert figs["1.1亿"].unit == "亿元"


def test_sixty_ninth_round_a_year_after_chaoguo_is_the_base_of_a_comparison():
    text = "2023年上半年,财政科技支出增速达到30.7%,超过2022年财政科技支出增速13.7个百分点。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["13.7个百分点"].ref_year == 2023


def test_sixty_ninth_round_a_period_that_names_a_list_or_a_certification_is_not_a_year():
    text = ("近日,中国科协公布了2021—2025年全国科普教育基地第一批补充认定名单,"
            "武汉13家科普基地榜上有名。山东省科协启动了2023-2025年度山东省科普教育基地认定工作,"
            "青岛共有21家单位入选。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["13家"].ref_year == figs["21家"].ref_year == 2022


def test_sixty_ninth_round_bare_grants_after_a_semicolon_follow_the_applications():
    text = ("1至4月份,高新区三类专利申请量达到516件,同比增长12.42%,居全市第二位;"
            "授权346件,同比增长19.72%,居全市第一位。")
    figs = _by_raw(text, "work_summary", 2017)
    assert [figs[r].metric for r in ("346件", "19.72%", "全市第一位")] == ["patent_grants"] * 3


def test_sixty_ninth_round_a_year_opening_a_sentence_on_a_total_dates_the_next():
    text = ("重大项目量质并举。相继引进总投资10亿美元的项目。"
            "2019年累计引进优质项目121个,其中制造业项目70个。着力推进182个区以上重点项目建设。")
    figs = _by_raw(text, "work_summary", 2020)
    assert (figs["10亿美元"].ref_year, figs["121个"].ref_year) == (2020, 2019)
    assert figs["182个"].ref_year == 2019


def test_sixty_ninth_round_a_plan_s_implementation_report_is_no_plan_heading():
    text = ("普陀区2021年上半年国民经济和社会发展计划执行情况\n\n一、上半年计划执行基本情况\n\n"
            "区级财政收入增长28.97%,新增跨国公司地区总部4家。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["28.97%"].status, figs["28.97%"].ref_year) == ("actual", 2021)
    assert (figs["4家"].status, figs["4家"].ref_year) == ("actual", 2021)


def test_sixty_ninth_round_last_year_written_out_a_multiple_s_base_and_a_plan_s_now():
    summary = ("内蒙古某公司上一年度企业销售收入42.72亿元、研究开发费用15992.85万元。"
               "2018年,北京科技创新中心指数得分322.9,是2014年指数得分近两倍,年均增速超过18%。")
    figs = _by_raw(summary, "work_summary", 2022)
    assert figs["42.72亿元"].ref_year == figs["15992.85万元"].ref_year == 2021
    assert figs["18%"].ref_year == 2018
    plan = "目前省级以上高新区共有32家,其中国家级5家、省级26家。力争新增3家。"
    figs = _by_raw(plan, "work_plan", 2021)
    assert [figs[r].status for r in ("32家", "5家", "26家")] == ["actual"] * 3
    assert figs["3家"].status == "target"


def test_sixty_ninth_round_rates_after_a_respectively_list_pair_with_its_items():
    text = "全市专利申请量和授权量分别达到3397件和2205件,同比增长52.2%和93.9%。"
    figs = _by_raw(text, "work_summary", 2015)
    assert (figs["52.2%"].metric, figs["93.9%"].metric) == ("patent_applications", "patent_grants")


def test_sixty_ninth_round_places_parts_after_qizhong_may_repeat_the_verb():
    text = "截至9月底,广东全省建成5G基站21473座,居全国第一,其中广州建成10626座,深圳建成9504座。"
    figs = _by_raw(text, "work_summary", 2019)
    assert [figs[r].metric for r in ("10626座", "9504座")] == ["5g_base_stations"] * 2


def test_sixty_ninth_round_a_two_level_stacked_header_reads_its_leading_measures_from_the_left():
    head = ["2023年8月湖南省专利授权量统计表", "地 区", "当年授权量", "当月授权量", "发明",
            "实用新型", "外观设计", "职 务", "非职务", "大专院校", "科研单位", "工矿企业",
            "机关团体", "职务总计", "个人"]
    rows = [["长沙市", "25858", "3307", "1274", "1688", "345", "610", "55", "2384", "114",
             "3163", "144"],
            ["株洲市", "4241", "570", "134", "356", "80", "40", "1", "477", "3", "521", "49"]]
    text = "\n".join(head + [t for r in rows for t in r]) + "\n"
    figs = _by_raw(text, "work_summary", 2023)
    assert [(figs[r].metric, figs[r].ref_year) for r in ("25858", "3307", "4241")] == [
        ("patent_grants", 2023)] * 3
    assert figs["1274"].metric != "patent_grants"


def test_sixty_ninth_round_a_footnote_mark_inside_an_alias_is_skipped():
    text = "全市R&D[3]经费占比达2.33%,主要指标增长。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["2.33%"].metric == "rd_intensity"


def test_sixty_ninth_round_a_one_character_scope_starts_the_rank():
    text = "高企数量预计超过6200家,保持省第3位。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["省第3位"].value == 3 and figs["省第3位"].metric == "high_tech_enterprises"


def test_sixty_ninth_round_an_alias_in_a_defining_aside_keeps_the_qualifier_before_it():
    text = ("2023年,规模以上高技术制造业企业法人单位R&D(全称研究与试验发展,以下简称R&D)"
            "经费支出24.3亿元。全社会研究与试验发展(以下简称R&D)经费投入达到30亿元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["24.3亿元"].metric == "unclassified"
    assert figs["30亿元"].metric == "rd_expenditure"


def test_sixty_ninth_round_a_year_that_starts_a_practice_dates_no_figure():
    text = ("从2016年国家级经开区考核评价开始,商务部将原来的八大类80多项指标调整为五大类53项指标。"
            "2017年,园区新增企业30家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["80多项"].ref_year == figs["53项"].ref_year == 2018
    assert figs["30家"].ref_year == 2017


def test_sixty_ninth_round_this_year_s_plan_after_a_short_lead():
    text = ("据介绍,今年天津市要新增科技型企业5000家、科技小巨人企业180家,"
            "国家高新技术企业新增1000家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].status for r in ("5000家", "180家", "1000家")] == ["target"] * 3


def test_sixty_ninth_round_a_past_year_reviewed_before_this_year_s_plans_is_the_year_before():
    text = ("常州市科协召开全委会议,研究部署今年任务。\n"
            "过去一年,市科协积极投身创新实践,全市科普基地数量增至215家,"
            "全年推进148个科普场馆免费对外开放。\n"
            "今年,市科协将围绕市委中心工作,新建科普基地10家。\n")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["215家"].ref_year == figs["148个"].ref_year == 2018
    assert figs["10家"].ref_year == 2019
    summary = "过去一年,全区新增高新技术企业30家。\n"
    assert _by_raw(summary, "work_summary", 2018)["30家"].ref_year == 2018


def test_sixty_ninth_round_a_headline_in_brackets_a_figure_after_gdp_and_a_scale_after_digits():
    text = ("【广东已开通5G基站11.64万个 用户达3053.3万户】中新网广州12月2日电\n"
            "高于全省规上工业增加值3.1个百分点,高于全省GDP5.8个百分点。"
            "工作总结范文【精彩4篇】。在中关村指数2022五个一级指数中。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["3053.3万户"].value == 30533000 and "万户" not in figs
    assert figs["5.8个百分点"].value == 5.8
    assert "4篇" not in figs and figs["五个"].value == 5


def test_sixty_ninth_round_a_thousand_firms_reached_is_a_figure():
    text = "广西:今年高新技术企业力争达到千家以上。千家工商注册企业中有一家获奖。"
    figs = _by_raw(text, "work_plan", 2017)
    assert figs["千家"].value == 1000 and figs["千家"].metric == "high_tech_enterprises"
    found = find_figures(text, doc_type="work_plan", doc_year=2017)
    assert [f.raw for f in found].count("千家") == 1


def test_sixty_ninth_round_levels_from_to_after_a_multiple_keep_its_metric():
    text = ("万人发明专利拥有量增长四倍多,从2014年的48件提高到2023年的262件;"
            "国家高新技术企业数量增长一倍多,从2014年的1.04万家提高到2023年的2.83万家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert [(figs[r].metric, figs[r].ref_year) for r in ("48件", "262件")] == [
        ("invention_patents_per_10k", 2014), ("invention_patents_per_10k", 2023)]
    assert [figs[r].metric for r in ("1.04万家", "2.83万家")] == ["high_tech_enterprises"] * 2


def test_sixty_ninth_round_a_threshold_passed_after_a_figure_keeps_its_metric():
    text = "2023年全社会R&D经费总量达到11.36亿元,首次迈入10亿大关,同比增长92.1%。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("10亿", "92.1%")] == ["rd_expenditure"] * 2


def test_sixty_ninth_round_projections_after_a_level_and_a_multiple_of_a_year():
    text = ("据统计,目前全省拥有有效高新技术企业11931家,今年有望突破1.5万家,数量接近2013年的3倍。"
            "技术合同成交额达44.82亿元,较“十三五”末增长437.41%,预计2025年将突破55亿元。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["1.5万家"].metric == "high_tech_enterprises"
    assert figs["3倍"].ref_year == 2019
    assert (figs["55亿元"].metric, figs["55亿元"].status) == ("tech_contract_value", "expected")


def test_sixty_ninth_round_a_count_before_an_assessment_task_is_the_task():
    text = "今年新认定391家,完成市对区新认定375家考核任务,有效国高企达到1550家。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["375家"].status == "target"
    assert figs["391家"].status == figs["1550家"].status == "actual"


def test_sixty_ninth_round_a_base_of_the_same_period_is_the_year_before():
    text = ("全社会R&D投入强度达到0.81%,较同期(0.45%)提升0.36个百分点,"
            "与全市的差距由同期相差0.32个百分点缩小至0.1个百分点。")
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].ref_year for r in ("0.81%", "0.45%", "0.32个百分点", "0.1个百分点")] == [
        2023, 2022, 2022, 2023]


def test_sixty_ninth_round_bases_named_in_a_certification_list_are_new():
    text = ("474家单位补充认定为全国科普教育基地。"
            "近日,中国科协公布了2021—2025年全国科普教育基地第一批补充认定名单,武汉13家科普基地榜上有名。"
            "在创新型领军企业培育行动入库企业名单中,8家国家高新技术企业入选。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("474家", "13家")] == ["new_science_popularization_bases"] * 2
    assert figs["8家"].metric == "high_tech_enterprises"


def test_sixty_ninth_round_a_year_under_review_before_the_plans_of_the_report_s_year():
    text = ("一年来,湖南万亿级产业增至6个,电子信息产业增速超20%。\n"
            "2025年湖南将持续用力打造国家重要先进制造业高地,新增高新技术企业1000家。\n")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["6个"].ref_year == figs["20%"].ref_year == 2024
    assert figs["1000家"].ref_year == 2025


def test_seventy_third_round_last_year_counts_back_from_the_page_s_dateline():
    news = ("市科技局做客“政务服务热线”\n2018-04-18 来源:\n\n去年我市获批77项省科技计划项目\n\n"
            "据介绍,全年登记技术合同155份。去年,高新技术产业产值2844.92亿元。\n")
    figs = _by_raw(news, "work_summary", 2017)
    assert figs["77项"].ref_year == figs["2844.92亿元"].ref_year == 2017
    # without a dateline of the year after, 去年 is the year before the document's
    undated = _by_raw(news.replace("2018-04-18", "4月18日"), "work_summary", 2017)
    assert undated["77项"].ref_year == undated["2844.92亿元"].ref_year == 2016


def test_seventy_third_round_a_rank_alone_on_its_line_and_compound_measure_words():
    text = ("专利拥有量达到45.4件。\n第2位\n2020年《全球创新指数报告》排名全球第2位。\n第二章\n"
            "全年强制检定计量器具71008台件,购置仪器设备120台套。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["第2位"].kind == "rank"
    assert "第二" not in figs  # a chapter heading is no rank
    assert figs["71008台件"].unit == "台件" and figs["120台套"].value == 120


def test_seventy_third_round_schools_counted_and_a_scaled_decimal_opening_a_line():
    text = ("共有初中339所,普通高中104所;新增分校等4所“名校”分校区,3所中职学校通过评估。"
            "中国电科32所与企业合作。\n6.95万件\n至11月底,全市有效发明专利6.95万件。\n")
    figs = _by_raw(text, "work_summary", 2020)
    assert all(r in figs for r in ("339所", "104所", "4所", "3所"))
    assert "32所" not in figs  # a numbered institute
    assert "95万件" not in figs and figs["6.95万件"].value == 69500


def test_seventy_third_round_a_spaced_table_row_with_a_falling_growth_cell():
    text = ("表8 各类学校、在校生数表\n类 别 学校数(所) 在校学生数(人) 比上年增长(%)\n"
            "小 学 35 64328 -0.3\n初 中 27 26687 0.3\n统计时段 2014-12 止\n")
    figs = _by_raw(text, "work_summary", 2015)
    assert [figs[r].value for r in ("35", "64328", "-0.3", "27", "0.3")] == [
        35, 64328, -0.3, 27, 0.3]
    assert "12" not in figs  # a date's month is no cell


def test_seventy_third_round_spaces_a_word_processor_left_inside_numbers_and_years():
    text = ("二 、 发展目标\n到202 4 年 底 , 科技财政支出占公共财政支出比重突破 3 .1 % ,"
            "每万人有效发明专利达6. 8 件 以上。\n1. 2家企业入选。\n")
    figs = _by_raw(text, "work_plan", 2022)
    assert figs["3 .1 %"].value == 3.1 and figs["3 .1 %"].ref_year == 2024
    assert figs["6. 8 件"].value == 6.8
    assert figs["2家"].value == 2  # an item number before a count stays apart


def test_seventy_third_round_valid_high_tech_enterprises_after_new_ones_are_the_stock():
    text = "全年新增高新技术企业391家,有效高新技术企业1305家,新培育省级科技型中小企业1800家。"
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["391家"].metric == "new_high_tech_enterprises"
    assert figs["1305家"].metric == "high_tech_enterprises"


def test_seventy_third_round_last_year_as_the_base_of_a_multiple_dates_nothing():
    text = "民营企业贷款增量是上年的2.3倍,全年企业上市2家,服务业增加值突破300亿元。"
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].ref_year for r in ("2.3倍", "2家", "300亿元")] == [2020] * 3


def test_seventy_fourth_round_chinese_counts_closing_a_clause_after_an_award_or_有():
    text = "该市还获得二等奖两项、三等奖两项。打破垄断的创新产品就有十多种。工作分三个方面。"
    found = find_figures(text, doc_type="work_summary", doc_year=2016)
    assert [f.raw for f in found] == ["两项", "两项", "十多种", "三个"]


def test_seventy_fourth_round_a_growth_ranked_in_a_named_area_and_稳居第一():
    text = ("高新技术产业增加值增长29.4%,增速台州市第一;增幅南通第一,增速为东莞市第一。"
            "在全省开发区综合考评稳居第一,总量和增速分别列苏州大市第5、第2。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2016)]
    assert raws == ["29.4%", "台州市第一", "南通第一", "东莞市第一", "居第一", "苏州大市第5", "第2"]


def test_seventy_fourth_round_a_heading_that_lays_a_foundation_reviews_the_period_before():
    text = ("湖南省“十三五”科技创新规划\n第一篇 发展目标 全面建成创新型湖南\n"
            "第一章 把握科技发展新态势\n一、科技创新奠定新基础\n"
            "“十二五”时期是我省科技创新发展的快速期。\n"
            "科技创新水平大幅跃升。获得国家科技奖励 107 项,每万人发明专利拥有量达到 3.29 件。\n"
            "二、发展目标\n到2020年,每万人发明专利拥有量达到6件。\n")
    heads = [(h.char_start, f"{h.label}{h.heading}") for h in find_sections(text)]
    figs = {f.raw: f for f in find_figures(text, doc_type="five_year_plan", doc_year=2016,
                                           headings=heads)}
    assert [(figs[r].status, figs[r].ref_year) for r in ("107 项", "3.29 件", "6件")] == [
        ("actual", 2015), ("actual", 2015), ("target", 2020)]


def test_seventy_fourth_round_a_year_before_what_was_done_in_it_is_no_programme_name():
    text = "2024年度共开展项目攻关20余项,引进新品56个。申报2024年度省重点研发计划项目10项。"
    figs = _by_raw(text, "work_summary", 2025)
    assert [figs[r].ref_year for r in ("20余项", "56个", "10项")] == [2024, 2024, 2025]


def test_seventy_fourth_round_相较于_a_year_names_a_base():
    text = "雨花区相较于2022年榜单前进3个名次,继续位列中西部省份城区首位。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [f.ref_year for f in figs.values()] == [2023, 2023]


def test_seventy_fourth_round_punctuation_set_between_spaces():
    text = ("五年多来 , 苏南地区科技投入持续增加 , 2019年 , 苏南五市研发投入占地区生产总值的比重达"
            "3.26% , 较2014年提高0.59个百分点;万人发明专利拥有量达53.7件 , 较2014年增长182.6%。")
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].ref_year for r in ("3.26%", "53.7件", "182.6%")] == [2019] * 3


def test_seventy_fourth_round_values_listed_after_a_threshold_and_a_stock_passed_after_new():
    text = ("4个县(市、区)全社会研究与试验发展经费内部支出占GDP比重在3.5%以上,"
            "分别达到4.74%、3.85%。预计2022年全市新增高企1100家左右,全市高企将突破5200家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("3.5%", "4.74%", "3.85%")] == ["rd_intensity"] * 3
    assert figs["1100家"].metric == "new_high_tech_enterprises"
    assert figs["5200家"].metric == "high_tech_enterprises"



def test_seventy_fourth_round_units_named_as_bases_of_a_numbered_batch():
    text = ("近日,12家单位获命名第十三批厦门市科普(教育)基地。至此,厦门共有80家市科普(教育)基地。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["12家"].metric == "new_science_popularization_bases"
    assert figs["80家"].metric == "science_popularization_bases"


def test_seventy_fourth_round_firms_on_a_certification_list_are_new_even_after_共有():
    text = ("日前,福建省公示了2023年认定报备的第一批、第二批高新技术企业备案公示名单,"
            "泉州市高新技术企业认定再创佳绩,共有1223家企业榜上有名。全市共有高新技术企业3000家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["1223家"].metric == "new_high_tech_enterprises"
    assert figs["3000家"].metric == "high_tech_enterprises"


def test_seventy_fifth_round_compound_measure_words_and_data_volumes():
    text = ("科普展板80塊次,發放宣傳資料8000份冊。移动互联网累计流量达2456亿GB,同比增长14.8%。"
            "网站资源总量达18.25TB。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2023)]
    assert raws == ["80塊次", "8000份冊", "2456亿GB", "14.8%", "18.25TB"]


def test_seventy_fifth_round_spans_up_to_now_date_no_figure_to_their_start():
    text = ("2012年,中国科协启动建设现代科技馆体系。10年来,基础设施跨越发展。"
            "我国建成了408座实体科技馆、612套流动科技馆。\n"
            "5G基站的数量达到了391.7万个,自去年末以来净增了54万个;5G移动电话用户自去年末增加了1.05亿户。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].ref_year for r in ("408座", "612套", "54万个", "1.05亿户")] == [2024] * 4


def test_seventy_fifth_round_certified_in_the_year_after_the_alias_is_new():
    text = "高新技术企业全年通过认定210家,总数达到401家。全年高新技术企业达到185家。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["210家"].metric == "new_high_tech_enterprises"
    assert figs["401家"].metric == figs["185家"].metric == "high_tech_enterprises"


def test_seventy_fifth_round_a_period_naming_a_programme_s_candidates_dates_no_figure():
    text = ("国家知识产权局对2025-2027年国家知识产权强国建设示范创建对象进行了公示,"
            "合肥市实现示范创建项目7类创建全覆盖。"
            "在2009~2010年度全国科技进步示范县(市、区)考核中,考核通过率达91.5%。")
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["7类"].status, figs["7类"].ref_year) == ("actual", 2025)
    assert figs["91.5%"].ref_year == 2010  # an assessment of the period dates its results


def test_seventy_fifth_round_a_clause_of_years_lists_the_values_of_the_measure_named_before():
    text = ("港口区转化数量实现大幅增长,技术合同成交金额同样表现亮眼,"
            "2022年至2024年分别达26.65亿元、28.29亿元、23.28亿元,均超额完成年度任务。")
    figs = _by_raw(text, "work_summary", 2025)
    raws = ("26.65亿元", "28.29亿元", "23.28亿元")
    assert [figs[r].metric for r in raws] == ["tech_contract_value"] * 3
    assert [figs[r].ref_year for r in raws] == [2022, 2023, 2024]


def test_seventy_sixth_round_r_and_d_funding_share_names_the_intensity():
    text = ("包头研究与试验发展(R&D)经费投入占比2.04%,居自治区各盟市首位。"
            "全市R&D经费投入占比达2.5%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["2.04%"].metric == figs["2.5%"].metric == "rd_intensity"


def test_seventy_sixth_round_the_level_a_multiple_reached_after_至():
    text = "高新技术企业数量翻番至1.26万家,科技型中小企业突破3万家。"
    figs = _by_raw(text, "work_summary", 2026)
    assert figs["1.26万家"].metric == "high_tech_enterprises"
    assert figs["3万家"].metric == "tech_smes"


def test_seventy_sixth_round_a_year_opening_a_sentence_before_its_subject_dates_the_next():
    text = ("走出一条发展之路。2022年各项经济指标延续向好态势,全区实现地区生产总值614亿元。"
            "在全市产业布局中年产值达到360亿元。\n"
            "科技工作取得成效。2022年全省高新技术企业达到500家。科技型中小企业达到1200家。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].ref_year for r in ("614亿元", "360亿元", "500家", "1200家")] == [2022] * 4


def test_seventy_sixth_round_a_rank_with_its_scope_after_排_and_no_第():
    text = "科技进步环境明显提升。排全国18位,较上年大幅跃升7位。科技活动投入稳步增长。排全国22位。"
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["全国18位"].kind == figs["全国22位"].kind == "rank"
    assert figs["全国18位"].value == 18 and "18位" not in figs


def test_seventy_sixth_round_per_10k_patents_written_with_拥有_before_the_noun():
    text = "全省拥有有效发明专利达到25310件,每万人口拥有有效发明专利达到2.67件,同比增长23.86%。"
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["2.67件"].metric == figs["23.86%"].metric == "invention_patents_per_10k"


def test_seventy_sixth_round_相比于_a_half_year_and_从_a_year_到现在_date_nothing():
    text = ("相比于2020年上半年,先进制造领域增速较快,达到161.47%。"
            "在人才投入上,从2018年开始到现在已经有60多名科研人才。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["161.47%"].ref_year == figs["60多名"].ref_year == 2021


def test_seventy_seventh_round_per_10k_without_每_and_r_and_d_over_gdp_as_a_fraction():
    text = ("研究与试验发展经费/国内生产总值)投入比例力争达到1.3%,"
            "万人口发明专利拥有量达到2.3件,技术市场合同交易额达到150亿元。")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["1.3%"].metric == "rd_intensity"
    assert figs["2.3件"].metric == "invention_patents_per_10k"


def test_seventy_seventh_round_energy_units_and_intensities_per_10k_yuan():
    text = ("(十四)万元GDP综合能耗不高于0.55吨标准煤/万元。"
            "(十五)万元GDP用水量不高于83.2立方米/万元。"
            "累计用电量41397万千瓦时,同比增长7%;为企业解决难题1840件次。")
    figs = _by_raw(text, "work_plan", 2018)
    assert figs["0.55吨标准煤/万元"].unit == "吨标准煤/万元"
    assert figs["83.2立方米/万元"].value == 83.2
    assert figs["41397万千瓦时"].value == 413970000 and figs["1840件次"].unit == "件次"


def test_seventy_seventh_round_ranks_after_保持住了_and_before_的位次():
    text = "数字经济规模较2019年提升4.3个百分点,稳稳保持住了全国第八、中部第一的位次。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["全国第八"].kind == figs["中部第一"].kind == "rank"
    assert "住了全国第八" not in figs


def test_seventy_seventh_round_an_institute_numbered_in_chinese_is_a_name():
    text = "产创融合持续深化,航天四十二所产品“问天”投产。全市共有高校三所,新建学校两所。"
    figs = _by_raw(text, "work_summary", 2025)
    assert "四十二所" not in figs and {"三所", "两所"} <= set(figs)


def test_seventy_seventh_round_将_before_its_verb_carries_over_the_list_of_things_to_do():
    text = ("截至目前,贵州已累计形成融合标杆项目401个。"
            "根据规划,2022年,贵州将再打造100个融合标杆项目,实施1000个融合示范项目,带动2000户以上实体经济企业。"
            "将政府培育为主转向市场培育,对1400余家企业开展服务。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].status for r in ("100个", "1000个", "2000户")] == ["target"] * 3
    assert figs["401个"].status == figs["1400余家"].status == "actual"


def test_seventy_seventh_round_a_plans_title_span_dates_its_undated_targets():
    text = ("《龙岩市创新型城市建设三年行动计划(2018—2020年)》已经市政府常务会议审议通过。\n"
            "龙岩市创新型城市\n建设三年行动计划(2018—2020年)\n一、主要指标\n"
            "(一)高新技术企业数达到160家。\n(二)每年引育科技型企业50家以上。\n")
    figs = _by_raw(text, "work_plan", 2018)
    assert figs["160家"].ref_year == 2020 and figs["50家"].ref_year == 2018
    news = "区里印发《科技创新行动计划(2024-2026年)》,打造不少于30项应用场景。"
    assert _by_raw(news, "work_plan", 2024)["30项"].ref_year == 2024


def test_seventy_seventh_round_截至目前_after_a_horizon_year_is_now():
    text = ("科技创新工作取得显著成效。到2020年,全区高新技术产业产值完成1332亿元。"
            "截至目前,全区共有市级以上研发平台309家。")
    figs = _by_raw(text, "work_plan", 2021)
    assert figs["1332亿元"].ref_year == 2020 and figs["309家"].ref_year == 2021


def test_seventy_seventh_round_a_goals_sections_opening_year_dates_its_later_paragraphs():
    text = ("一、总体要求\n(一)指导思想\n坚持创新驱动。\n(二)工作目标。\n"
            "到2023年,迈入创新型省份行列并向更高水平迈进。\n"
            "自主创新能力大幅提升。每万人有效发明专利拥有量达到7.4件。\n"
            "二、重点任务\n新培育高新技术企业500家。\n")
    heads = [(h.char_start, f"{h.label}{h.heading}") for h in find_sections(text)]
    figs = {f.raw: f for f in find_figures(text, doc_type="work_plan", doc_year=2022,
                                           headings=heads)}
    assert figs["7.4件"].ref_year == 2023 and figs["500家"].ref_year == 2022


def test_seventy_seventh_round_a_target_task_named_with_its_field_between():
    text = "对接走访企业230家次,超额完成合同内外资100亿元的年度招商目标任务。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["100亿元"].status == "target" and figs["230家次"].status == "actual"


def test_seventy_seventh_round_planned_investment_sizes_projects_that_exist():
    text = ("参与推进计划投资1150亿元的56个项目。30个平台项目的计划投资额超过8.61亿元。"
            "全年信息通信业计划投资17亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].status for r in ("1150亿元", "56个", "8.61亿元")] == ["actual"] * 3
    assert figs["17亿元"].status == "target"


def test_seventy_seventh_round_a_section_numbered_in_traditional_script():
    text = ("第一章 總體要求\n第一節 發展現狀\n一、信息基礎設施實現跨越式發展\n"
            "截至2020年底,全省建成4G基站20.2萬個。蜂窩物聯網連線數超過1858萬個。\n")
    assert [h.label for h in find_sections(text)][:2] == ["第一章", "第一節"]
    heads = [(h.char_start, f"{h.label}{h.heading}") for h in find_sections(text)]
    figs = {f.raw: f for f in find_figures(text, doc_type="five_year_plan", doc_year=2021,
                                           headings=heads)}
    assert (figs["1858萬個"].status, figs["1858萬個"].ref_year) == ("actual", 2020)


def test_seventy_seventh_round_下一步_opening_a_summarys_sentence_sets_what_is_to_be_done():
    text = ("全市已建成数字车间75家。\n下一步,市工信局将在全市开展工程,围绕两年全覆盖目标,"
            "2021年完成550个智能化改造项目,培育140个重点示范标杆项目。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["75家"].status == "actual"
    assert figs["550个"].status == figs["140个"].status == "target"


def test_seventy_eighth_round_a_bulletins_issue_number_is_no_data_year():
    text = ("湖北专利统计快报 2019年第1期(总第157期) 湖北省知识产权局 2019年1月19日 "
            "湖北省2018年专利统计报告 2018年,全省专利申请总量达到129820件。"
            "发明专利申请54918件,同比增长6.49%。每万人口发明专利拥有量达到8.24件。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].ref_year for r in ("54918件", "6.49%", "8.24件")] == [2018] * 3
    assert figs["8.24件"].status == "actual"


def test_seventy_eighth_round_去年_after_an_opening_quote_or_预计_dates_the_sentence():
    text = ("“去年,省委对市州考核的科技指标,泸州增速排名全省第二;泸州9项科技专项考核获优秀。\n"
            "会议公布了相关数据:预计去年全省研究开发支出超过830亿元,同比增长13.6%;"
            "全省科技进步贡献率达到58%,较前一年增长约2个百分点。")
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].ref_year for r in ("9项", "58%", "2个百分点")] == [2019] * 3


def test_seventy_eighth_round_研究开发支出_is_r_and_d_spending_but_not_the_deductible_part():
    text = ("预计去年全省研究开发支出超过830亿元,同比增长13.6%。"
            "全市科技研究与开发经费投入达到1.5亿元。"
            "申报加计扣除减免税的研究开发支出559.8亿元,比上年增长30.5%。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["830亿元"].metric == figs["1.5亿元"].metric == "rd_expenditure"
    assert figs["559.8亿元"].metric != "rd_expenditure"


def test_seventy_eighth_round_a_plans_目前仅有的_count_is_what_exists_now():
    text = ("但是横纵相比下,遵义市目前仅有的225家高新技术企业低于相关同类城市。"
            "力争新增高新技术企业100家。")
    figs = _by_raw(text, "work_plan", 2022)
    assert figs["225家"].status == "actual" and figs["100家"].status == "target"


def test_seventy_eighth_round_a_periods_first_two_years_end_at_its_second():
    text = ("“十三五”开局的头两年,全区申请专利2929件,授权专利1196件。"
            "作为“十四五”开局之年,全区新增企业30家。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["2929件"].ref_year == figs["1196件"].ref_year == 2017
    assert figs["30家"].ref_year == 2021


def test_seventy_eighth_round_a_list_items_own_达到_is_a_level_not_the_lists_new_ones():
    text = ("力争引进培育科技型企业500家以上、高新技术企业达到100家。"
            "新增小巨人企业5家、高新技术企业12家。")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["100家"].metric == "high_tech_enterprises"
    assert figs["12家"].metric == "new_high_tech_enterprises"


def test_seventy_eighth_round_units_listed_on_a_bases_list_are_new_bases():
    text = ("省科协公布2022年度河南省科普教育基地认定名单,86个单位上榜。"
            "中国科协公示全国科普教育基地补充认定名单,我省17家单位上榜。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["86个"].metric == figs["17家"].metric == "new_science_popularization_bases"


def test_seventy_eighth_round_授权总量_after_patent_filings_is_the_grants():
    text = ("全省专利申请总量129820件,同比增长17.77%;授权总量64106件,同比增长38.25%。"
            "全区新增发明专利授权总量2360件。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["64106件"].metric == figs["38.25%"].metric == "patent_grants"
    assert figs["2360件"].metric != "patent_grants"


def test_seventy_eighth_round_the_level_reached_after_passing_a_threshold():
    text = "2018年,全省专利申请总量首次突破12万件,达到129820件,同比增长17.77%。"
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["129820件"].metric == figs["12万件"].metric == "patent_applications"


def test_seventy_eighth_round_a_rank_among_a_citys_县_市_区():
    text = "包河位列全市县(市)区第一。申请总量位居全市各县(市)区第三位。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["全市县(市)区第一"].kind == "rank" and figs["第三位"].kind == "rank"


def test_seventy_ninth_round_a_figure_bracketed_alone_on_its_line_is_a_headline():
    text = "盤點成就。\n【4.9件】\n每萬人口發明專利擁有量達到4.9件。\n【精彩4篇】\n"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2015)]
    assert raws == ["4.9件", "4.9件"]


def test_seventy_ninth_round_a_headline_figure_takes_the_metric_of_the_figure_below():
    text = ("盤點成就。\n【13400億】\n2014年,全社會研發支出達到13400億元。\n"
            "【4.9件】\n每萬人口發明專利擁有量達到4.9件。\n")
    figs = find_figures(text, doc_type="work_summary", doc_year=2015)
    heads = [f for f in figs if text[f.char_start - 1] == "【"]
    assert [(f.metric, f.ref_year) for f in heads] == [
        ("rd_expenditure", 2015), ("invention_patents_per_10k", 2015)]


# --- eightieth held-out round


def test_eightieth_round_a_year_alone_on_a_line_dates_the_bullets_below_it():
    text = ("2023年\n\n●新增科技型企业820家\n\n2024年\n\n●力争服务业营收达到600亿元以上\n\n"
            "●力争高新技术企业总量达到1900家\n\n记者获悉,今年新增孵化器5家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["820家"].ref_year == 2023
    assert figs["600亿元"].ref_year == figs["1900家"].ref_year == 2024
    assert figs["5家"].ref_year == 2023


def test_eightieth_round_当年_inside_a_sentence_is_the_year_the_paragraph_named():
    text = "2021年,该高新区实现产值500亿元;当年吸纳技术合同成交额12.5亿元。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["12.5亿元"].ref_year == 2021


def test_eightieth_round_a_forecast_note_after_the_figure_makes_it_expected():
    text = "研发经费投入强度由2020年1.10%提升到2021年1.16%(预测值)。"
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["1.10%"].status, figs["1.16%"].status) == ("actual", "expected")


def test_eightieth_round_a_rate_named_after_its_figure_is_the_metrics_growth():
    text = "“十三五”期间,全社会研发经费支出以年均9.75%的速度增长。"
    fig = _by_raw(text, "five_year_plan", 2021)["9.75%"]
    assert (fig.metric, fig.kind) == ("rd_expenditure", "rate")


def test_eightieth_round_gaps_to_several_averages_are_the_ratios_own():
    text = "研发投入强度达到2.45%,分别高于全国和江西平均水平0.3和0.6个百分点。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["0.3"].metric == figs["0.6个百分点"].metric == "rd_intensity"


def test_eightieth_round_a_total_after_a_share_of_the_provinces_new_ones_is_the_stock():
    text = "高新技术企业净增210家,占全省净增数的61.5%,总量达到1460家。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["1460家"].metric == "high_tech_enterprises"


def test_eightieth_round_a_national_or_key_小巨人_is_not_the_science_little_giant():
    text = ("新增省级科技小巨人企业150家。新增中央财政支持的重点“小巨人”企业4家,"
            "新增国家级“小巨人”企业9家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["150家"].metric == "new_little_giant_enterprises"
    assert "little_giant" not in figs["4家"].metric + figs["9家"].metric


def test_eightieth_round_firms_passing_several_batches_of_certification_are_new():
    text = ("全市共有860家企业通过2022年度第一批、第二批国家高新技术企业认定。"
            "全区共有45家企业通过国家高新技术企业认定。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["860家"].metric == figs["45家"].metric == "new_high_tech_enterprises"


def test_eightieth_round_ranks_among_prefectures_and_after_an_adverb():
    text = ("科技进步水平指数61.2%,市州排位第三位。科技创新监测评价在全省始终排在第二位。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)]
    assert raws == ["61.2%", "市州排位第三位", "全省始终排在第二位"]


def test_eightieth_round_a_六个一_slogan_is_no_figure():
    text = "实施科技创新“六个一”工程,科技创新”六个一”工程见效。建设六个一流学科。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)]
    assert raws == ["六个"]


def test_eightieth_round_a_measure_word_in_brackets_after_a_bare_number():
    text = "R&D人员从2010年的12040(人年)增加到2017年的30515(人年),年均增长9.8%。"
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["12040(人年)"].unit == figs["30515(人年)"].unit == "人年"
    assert figs["9.8%"].metric != "rd_expenditure"


def test_eightieth_round_the_second_base_at_a_periods_end_is_of_that_end_too():
    text = "省、市级研发平台由“十一五”期末的6个和15个分别发展到21个和40个。"
    figs = _by_raw(text, "five_year_plan", 2016)
    assert [(figs[r].status, figs[r].ref_year) for r in ("6个", "15个")] == [("actual", 2010)] * 2


def test_eightieth_round_rd_spending_reaching_a_percentage_is_the_intensity():
    text = "确保2024年全社会研发经费投入达到2.15%,研发经费投入同比增长12%。"
    figs = _by_raw(text, "work_plan", 2024)
    assert figs["2.15%"].metric == "rd_intensity"
    assert (figs["12%"].metric, figs["12%"].kind) == ("rd_expenditure", "rate")


def test_eightieth_round_a_累计_in_a_plans_paragraph_of_targets_is_a_target():
    text = ("总体奋斗目标:高新技术企业总数达到9000家。推进成果转化项目500项,"
            "累计培育技术经纪人1800名以上。\n目前已累计培育技术经纪人900名。")
    figs = _by_raw(text, "work_plan", 2023)
    assert (figs["1800名"].status, figs["900名"].status) == ("target", "actual")


def test_eightieth_round_funds_still_to_be_paid_out_are_a_target():
    text = "中期评估已顺利通过,后续将会拨付80万元建设资金。已拨付资金30万元。"
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["80万元"].status, figs["30万元"].status) == ("target", "actual")


def test_eightieth_round_high_tech_firms_given_a_quoted_title_are_a_part():
    text = "全市拥有国家高新技术企业210家、高企“创新标兵”“创新尖兵”23家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["210家"].metric == "high_tech_enterprises"
    assert figs["23家"].metric != "high_tech_enterprises"


def test_eightieth_round_firms_guided_or_targeted_for_certification_are_candidates():
    text = "梳理860家高新技术企业培育指导性企业。确定高新技术企业培育对象150家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["860家"].metric == figs["150家"].metric == "high_tech_candidates"


def test_eightieth_round_a_slash_fraction_right_after_a_scope_is_a_share():
    text = "以全省不到1%的面积,创造了全省1/6的生产总值。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["1/6"].kind == "share" and round(figs["1/6"].value, 2) == 16.67


def test_eightieth_round_a_十大_award_title_is_no_count():
    text = "该企业产品获得全区十大科技名牌产品,两项成果入选年度十大科技进展。实施十大工程。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2016)]
    assert raws == ["两项", "十大"]


# --- eighty-first held-out round


def test_eighty_first_round_a_bare_授权量_after_invention_filings_is_theirs():
    text = "国内发明专利申请量年均增长22.4%,授权量年均增长28%。专利申请量3100件,授权量2050件。"
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["28%"].metric == "invention_patent_grants"
    assert figs["2050件"].metric == "patent_grants"


def test_eighty_first_round_a_quoted_programmes_工作站_is_no_academician_workstation():
    text = "新建科学家工作室、“头雁”工作站18个。新建院士专家工作站3个。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["18个"].metric != "new_academician_workstations"
    assert figs["3个"].metric == "new_academician_workstations"


def test_eighty_first_round_firms_certified_by_a_date_are_the_stock():
    text = "截至2022年末,该市已通过国家高新技术企业认定812家。高新技术企业全年通过认定190家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["812家"].metric == "high_tech_enterprises"
    assert figs["190家"].metric == "new_high_tech_enterprises"


def test_eighty_first_round_a_figure_quoted_as_a_requirement_is_a_target():
    text = "按照“有研发的企业,研发投入同比增长12%;无研发的企业,研发投入占营收4%”的要求,做好归集。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["12%"].status == figs["4%"].status == "target"


def test_eighty_first_round_rd_spending_summed_over_a_period_is_rd_spending():
    text = "“十三五”期间,全区全社会研发累计投入64.3亿元,年均增长9.1%。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["64.3亿元"].metric == figs["9.1%"].metric == "rd_expenditure"


def test_eighty_first_round_ranks_among_a_citys_parks_and_device_specs():
    text = ("园区总收入增速在全市各分园排名第二。全国首套4500米级深海浮标研发成功,"
            "时速350公里的动车组下线。新建道路12公里。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2024)]
    assert raws == ["全市各分园排名第二", "12公里"]


def test_eighty_first_round_a_scopes_前三年_is_a_span_of_years_no_rank():
    raws = [f.raw for f in find_figures("全区前三年高新技术企业年均增长20%。全市前三。",
                                        doc_type="work_summary", doc_year=2024)]
    assert raws == ["20%", "全市前三"]


def test_eighty_first_round_a_year_in_a_long_quoted_speech_dates_its_figure():
    text = "“集群5个,百强市排名从2019年的第12位跃升至2023年的第7位。”副市长介绍。"
    assert _by_raw(text, "work_summary", 2024)["第7位"].ref_year == 2023


def test_eighty_first_round_the_first_four_years_of_the_period_end_in_its_fourth():
    text = "“五年来,我们大力推进科技强市建设,前四年全社会研发经费投入年均增长10.2%。”"
    assert _by_raw(text, "work_summary", 2025)["10.2%"].ref_year == 2024
    text = "“十四五”以来,全区前三年高新技术企业年均增长20%。"
    assert _by_raw(text, "work_summary", 2024)["20%"].ref_year == 2023


def test_eighty_first_round_a_count_after_分为_closing_its_clause():
    raws = [f.raw for f in find_figures("全市区县科技创新水平可分为四类。任务分成两项。",
                                        doc_type="work_summary", doc_year=2022)]
    assert raws == ["四类", "两项"]


# --- eighty-second held-out round


def test_eighty_second_round_a_net_gain_of_high_tech_firms_counts_new_ones():
    text = "2024年,预计净增国家高新技术企业58家。全市高新技术企业总数净增410家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["58家"].metric == figs["410家"].metric == "new_high_tech_enterprises"


def test_eighty_second_round_a_rank_raised_with_提高到_starts_at_第():
    text = "该市在全球科研城市的排名提高到第31位。综合评价排名上升至第37位。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2025)]
    assert raws == ["第31位", "第37位"]


def test_eighty_second_round_目标到_a_year_dates_and_aims_the_paragraphs_later_figures():
    text = ("将印发三年行动方案,目标到2023年,研发经费投入强度突破1.4%。"
            "高新区工业总产值突破8000亿元,新产品销售收入占比不低于12%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [(figs[r].status, figs[r].ref_year) for r in ("1.4%", "8000亿元")] == [
        ("target", 2023)] * 2


def test_eighty_second_round_multiples_listed_after_a_base_year_are_of_now():
    text = "高新技术企业6310家,技术合同成交额384.5亿元,分别为2015年的4倍和8倍。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["4倍"].ref_year == figs["8倍"].ref_year == 2020


def test_eighty_second_round_授权国家专利_and_每万名人口_per_10k():
    text = "专利申请量达9800件,授权国家专利5120件,每万名人口发明专利拥有量达0.9件。"
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["5120件"].metric == "patent_grants"
    assert figs["0.9件"].metric == "invention_patents_per_10k"


def test_eighty_second_round_a_plans_aims_introduced_by_目标是_and_a_projected_horizon():
    text = "主要的预期目标是:一是高新技术企业数量达到2000家,瞪羚企业、领军企业累计达150家。"
    assert _by_raw(text, "work_plan", 2023)["150家"].status == "target"
    text = ("预计到2023年底,该市高新技术企业数量将达到400家;高新技术企业营业收入达到200亿元;"
            "争取进入国家创新型城市行列。")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["200亿元"].status, figs["200亿元"].ref_year) == ("target", 2023)


def test_eighty_second_round_合同登记交易额_in_a_technology_contract_sentence():
    text = "一季度,全省技术合同认定512项,合同登记交易额接近13亿元,同比增长近五成。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["13亿元"].metric == figs["五成"].metric == "tech_contract_value"


# --- eighty-third held-out round


def test_eighty_third_round_per_10k_residents_and_the_technology_market_contract_sum():
    text = "区域每万常住人口拥有有效发明专利36.4件,较上年增长3.1%。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["36.4件"].metric == figs["3.1%"].metric == "invention_patents_per_10k"
    text = "到2025年,技术市场成交合同金额达1100亿元。"
    assert _by_raw(text, "five_year_plan", 2021)["1100亿元"].metric == "tech_contract_value"


def test_eighty_third_round_firms_that_passed_expert_review_are_new_ones():
    text = "1-10月,通过专家评审国家高新技术企业175家,完成率位居全省第二。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["175家"].metric == figs["全省第二"].metric == "new_high_tech_enterprises"


# --- held-out round 84 (session sixteen)


def test_eighty_fourth_round_a_paragraph_that_characterises_its_year_is_dated_by_it():
    text = ("会议回顾了过去一年的工作。\n会议强调,2021年是新征程的开局之年。全区研发投入4.12亿元,"
            "同比增长5.6%;登记技术合同210项。\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["4.12亿元"].ref_year == figs["5.6%"].ref_year == figs["210项"].ref_year == 2021


def test_eighty_fourth_round_a_lead_on_its_years_data_released_early_next_year_says_去年_of_it():
    text = ("2023年浙江某市高新技术企业达2100家,比上年增长15.2%……市统计局3月2日发布数据,"
            "去年该市高新技术产业表现良好。\n去年全市高新技术产业产值增长9.5%。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["2100家"].ref_year == figs["9.5%"].ref_year == 2023
    text = "2023年,全区新认定高企120家。去年,全区新认定95家。\n"  # no release date: the year before
    assert _by_raw(text, "work_summary", 2023)["95家"].ref_year == 2022


def test_eighty_fourth_round_同_a_year_同期比_is_a_base():
    text = "上半年,全区高新技术产值达120.5亿元,同2022年同期比增长18.6%,位列全市第二。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["18.6%"].ref_year == figs["全市第二"].ref_year == 2023


def test_eighty_fourth_round_a_paragraph_breaking_down_the_one_before_keeps_its_year():
    text = ("2025年4月,区统计局发布创新指数报告。\n"
            "报告显示,2024年全区创新指数为281.3(2015年为基期,基准值100),较上年增长6.2%。\n"
            "分项来看,三个分项指数依次为250.1、301.7和292.4。其中,创新投入指数增长8.1%。\n")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["250.1"].ref_year == figs["292.4"].ref_year == figs["8.1%"].ref_year == 2024


def test_eighty_fourth_round_places_listed_after_a_places_figure_share_its_metric():
    text = ("从全省高新技术企业总量看,长沙有效高新技术企业达到9120家。株洲有1350家、湘潭有980家、"
            "衡阳有860家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert {figs[r].metric for r in ("1350家", "980家", "860家")} == {"high_tech_enterprises"}
    text = "全区高新技术企业达到420家。其他企业有96家。"  # no list of places: not the metric
    assert _by_raw(text, "work_summary", 2024)["96家"].metric == "unclassified"


def test_eighty_fourth_round_a_paragraphs_frame_names_the_metric_of_its_bare_figures():
    text = ("从有效高新技术企业增速看,全省平均增速为15.2%。其中,甲市增速最快,增幅达58%,"
            "从60家增加至95家;乙市位列前三。\n"
            "从营业收入看,全省高企实现营收2.1万亿元,同比增长9%。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert {figs[r].metric for r in ("15.2%", "58%", "60家", "95家", "位列前三")} == {
        "high_tech_enterprises"}
    assert figs["9%"].metric == "unclassified"  # a frame that names no catalog metric


def test_eighty_fourth_round_a_news_lead_that_says_去年_dates_the_whole_page():
    lead = "本报讯 记者从区统计局获悉,去年1-10月,科技园156家重点企业实现总收入420.5亿元。\n"
    body = "数据显示,园区技术收入52.3亿元,同比增长21.0%。\n今年,园区将新增高新技术企业30家。\n"
    figs = _by_raw(lead + body, "work_summary", 2025)
    assert figs["420.5亿元"].ref_year == figs["52.3亿元"].ref_year == figs["21.0%"].ref_year == 2024
    assert figs["30家"].ref_year == 2025
    figs = _by_raw("本报讯 记者从区统计局获悉,2025年1-10月,科技园重点企业实现总收入420.5亿元。\n"
                   + body, "work_summary", 2025)
    assert figs["52.3亿元"].ref_year == 2025


def test_eighty_fourth_round_a_news_lead_on_the_year_before_dates_the_page_by_it():
    text = ("记者15日从市科技局获悉,2023年全市高新技术企业总量达2650家,位居全省第二。\n"
            "据统计,全市共有980家企业通过2023年度高新技术企业认定。"
            "全市新增省级科技小巨人企业120家。截至目前,全市共有众创空间86家。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].ref_year for r in ("980家", "120家", "86家")] == [2023, 2023, 2024]


# --- held-out round 85


def test_eighty_fifth_round_firms_certified_by_a_named_body_are_the_stock():
    text = "全区经省科技厅认定的高新技术企业数量由2018年的35家增长到260家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["35家"].metric == figs["260家"].metric == "high_tech_enterprises"


def test_eighty_fifth_round_a_sentence_opening_with_要_in_a_summary_sets_targets():
    text = ("会议指出,去年全市新增高新技术企业120家。要强化平台建设,新建科技企业孵化器6家。"
            "要深化合作,全年转化科技成果300项。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["120家"].status == "actual"
    assert figs["6家"].status == figs["300项"].status == "target"


def test_eighty_fifth_round_the_start_of_a_change_is_the_compared_years():
    text = "对比2021年名单,甲市增速最快,增幅达48%,从50家增加至74家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["50家"].ref_year, figs["74家"].ref_year, figs["48%"].ref_year) == (
        2021, 2022, 2022)


def test_eighty_fourth_round_a_bound_on_the_level_reached_keeps_the_metric():
    text = "全区研发经费支出从2020年的80多亿元增长至2023年的超120亿元,增长近50%。"
    figs = _by_raw(text, "work_summary", 2023)
    assert {figs[r].metric for r in ("80多亿元", "120亿元", "50%")} == {"rd_expenditure"}


def test_eighty_fourth_round_an_index_score_and_its_base_value_before_a_bracket():
    text = "2024年全区创新指数综合得分为281.3(2015年为基期,基准值100),较上年增长6.2%。"
    figs = _by_raw(text, "work_summary", 2025)
    assert (figs["281.3"].value, figs["281.3"].ref_year) == (281.3, 2024)
    assert (figs["100"].value, figs["100"].ref_year) == (100, 2015)


def test_eighty_fourth_round_a_range_joined_by_a_double_dash():
    text = "对孵化器、众创空间等分类给予5——30万元专项经费资助。"
    fig = _by_raw(text, "work_summary", 2021)["5——30万元"]
    assert (fig.comparator, fig.value_low, fig.value_high) == ("range", 0.0005, 0.003)


# --- held-out round 86


def test_eighty_sixth_round_this_years_plan_after_a_speaker_is_a_target():
    text = ("去年,全省新增高新技术企业1200家。省科技厅有关负责人表示,今年,全省将新增高新技术企业"
            "600家,新建省级创新平台50家;高新区增加值增长8%以上。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["1200家"].status == "actual"
    assert {figs[r].status for r in ("600家", "50家", "8%")} == {"target"}


def test_eighty_sixth_round_a_lead_on_last_year_and_this_year_does_not_date_the_page():
    text = ("记者从全省科技工作会议上获悉,去年,全省新增高新技术企业1200家。负责人表示,今年,"
            "全省将新增高新技术企业600家。\n据介绍,近几年全省高新技术企业总数列全国第9位。\n")
    assert _by_raw(text, "work_summary", 2023)["全国第9位"].ref_year == 2023


def test_eighty_sixth_round_bullets_under_a_line_that_says_now_are_of_now():
    text = ("记者从市科工信局了解到,数据显示,2022年,全市研发经费投入31.2亿元,增长25.1%。\n\n"
            "2022年\n\n  • 全市高新技术企业达820家\n\n截至目前\n\n  • 全市累计拥有重点实验室96家\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["820家"].ref_year, figs["96家"].ref_year) == (2022, 2023)


def test_eighty_sixth_round_data_shown_after_a_release_are_of_its_year():
    text = ("近日,省统计局发布了2022年全省科技经费投入统计公报。数据显示,甲市研发经费投入为"
            "96.4亿元,居全省第二位。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["96.4亿元"].ref_year == figs["全省第二位"].ref_year == 2022


def test_eighty_sixth_round_an_aim_quoted_whole_is_a_target_of_its_own_year():
    text = ("2022年起实施全市5G提速工程,提出“2024年底累计建成5G基站3.5万个,"
            "提前完成建设任务的目标”。截至10月底,全市累计建成5G基站36120个。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["3.5万个"].status, figs["3.5万个"].ref_year) == ("target", 2024)
    assert figs["36120个"].status == "actual"


def test_eighty_sixth_round_by_the_end_of_this_year_will_is_a_target():
    text = "截至目前,已新认定高新技术企业45家。到今年年底,全市将认定高新技术企业180家。"
    figs = _by_raw(text, "work_summary", 2019)
    assert (figs["45家"].status, figs["180家"].status) == ("actual", "target")


def test_eighty_sixth_round_同时_after_a_next_step_sentence_continues_the_plan():
    text = ("目前,全市建成5G基站9800个。下一步,全市将加快推进5G基站建设。同时,继续推进千兆城市建设,"
            "努力实现电信业务总量增速达12%左右,推动应用场景建设40个。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["9800个"].status == "actual"
    assert figs["12%"].status == figs["40个"].status == "target"


def test_eighty_sixth_round_firms_that_passed_review_after_applications_are_new():
    text = ("上半年,高新技术企业注册申报数5200家、同比增长30.5%,"
            "评审通过企业数量980家、同比增长41.2%。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["980家"].metric == figs["41.2%"].metric == "new_high_tech_enterprises"
    assert figs["5200家"].metric == "unclassified"


# --- held-out round 87


def test_eighty_seventh_round_a_year_a_body_designated_the_zone_dates_nothing_after_it():
    text = ("该园区是2008年被省政府批准为省级开发区,总规划面积达到12.5平方公里,"
            "其中工业区8.2平方公里。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["12.5平方公里"].ref_year == figs["8.2平方公里"].ref_year == 2016


def test_eighty_seventh_round_the_sentence_after_a_years_results_reports_them():
    text = ("日前,科技部火炬中心公布了2023年度国家高新区综合评价结果。甲高新区在全国178家国家"
            "高新区综合排名中位列第31位,在2022年排名35名的基础上前进4位。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["位列第31位"].ref_year == figs["178家"].ref_year == 2023
    assert figs["排名35名"].ref_year == 2022


def test_eighty_seventh_round_the_past_year_of_a_page_written_early_in_a_year():
    text = ("高新技术企业新增96家……1月15日,市委全会提出,打造科技创新产业带。\n"
            "过去一年,全市规模以上工业增加值760.3亿元,完成固定资产投资1200.5亿元。\n")
    assert _by_raw(text, "work_summary", 2023)["760.3亿元"].ref_year == 2022
    text = ("记者从2月12日召开的2024年全市科技工作会议上获悉,2023年,全市高新技术企业达900家。\n"
            "一年来,全市部署重点任务30项。\n")  # the page names its data's year: that year's
    assert _by_raw(text, "work_summary", 2023)["30项"].ref_year == 2023


# --- held-out round 88


def test_eighty_eighth_round_a_quoted_next_step_sets_targets():
    text = ("上半年,全市发明专利授权量达到1420件。“下一步,我们将聚焦5大产业类别、20多个重点领域,"
            "拟创建12个市级产业创新服务综合体。”市科技局负责人表示。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["1420件"].status == "actual"
    assert figs["20多个"].status == figs["12个"].status == "target"


def test_eighty_eighth_round_bandwidth_and_head_counts_are_figures():
    text = "全区平均接入带宽180Mbps,出口带宽达6.5Tbps;建成存栏超1500头的牧场3个。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["180Mbps"].value, figs["180Mbps"].unit) == (180, "Mbps")
    assert figs["6.5Tbps"].unit == "Tbps" and figs["1500头"].comparator == "ge"


def test_eighty_eighth_round_a_year_and_a_province_opening_a_paragraph_date_it():
    text = ("据自治区科技厅消息,现有高新技术企业120家。\n"
            "2019年宁夏高新技术企业研发投入强度为3.5%。高新技术企业科技活动人员8100人,占比42.1%。\n")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["8100人"].ref_year == figs["42.1%"].ref_year == 2019
    assert figs["120家"].ref_year == 2020


# --- held-out round 89


def test_eighty_ninth_round_a_headline_on_last_year_does_not_date_the_page():
    text = ("去年1-11月全县高新技术产业增加值76.5亿元、同比增长9.8%\n"
            "本报讯 作为三年攀高行动的重要一环,全县加快建设创新平台。\n"
            "全县新建创新服务综合体2个,投入资金900余万元。\n")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["76.5亿元"].ref_year == 2019
    assert figs["900余万元"].ref_year == 2020


# --- held-out round 91


def test_ninety_first_round_a_year_opening_a_quoted_speech_dates_its_figures():
    text = ("“2022年全区创新能力稳步提高,在省里发布的评价中,本区综合排名升至全省第4位。”局长说。"
            "他表示,今年将新建“三个中心”。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["全省第4位"].ref_year == 2022


def test_ninety_first_round_the_same_speaker_going_on_keeps_his_paragraphs_year():
    text = ("“2022年本市创新能力继续增强,全年新增科技型企业9800家。”副主任说。\n\n"
            "他还提到,全市研发经费支出占生产总值的比重达4.1%左右,财政科技支出412.5亿元。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["4.1%"].ref_year == figs["412.5亿元"].ref_year == 2022


def test_ninety_first_round_this_year_is_the_year_of_writing_on_a_page_dated_after_its_data():
    body = ("记者从省科技厅获悉,去年,全省登记技术合同15200项。\n\n"
            "今年,各地继续推进技术市场建设。以漳州市为例,该市已举办3场培训,"
            "截至2月底,共认定登记技术合同91项。\n")
    dated = _by_raw("去年全省技术合同成交额创新高\n\n2023-03-10 08:00 来源:日报\n\n" + body,
                    "work_summary", 2022)
    assert dated["15200项"].ref_year == 2022
    assert dated["91项"].ref_year == dated["3场"].ref_year == 2023
    assert _by_raw(body, "work_summary", 2022)["91项"].ref_year == 2022  # no dateline: its own


def test_ninety_first_round_a_lead_on_a_years_released_results_writes_the_year_after():
    text = ("记者从区科技局获悉,近日,科技部火炬中心公布了2021年国家高新区综合评价结果,"
            "本区高新区在全国国家级高新区中位列第25名。\n"
            "去年,全区全社会研发投入超80亿元,同比增长15%。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["80亿元"].ref_year == figs["15%"].ref_year == 2021


def test_ninety_first_round_a_headline_on_last_year_restated_under_a_year_dates_the_page():
    text = ("去年全市研发投入达860亿元\n\n翻开今年的政府工作报告,一组数据亮眼。\n\n"
            "2023年,本市创新驱动成效显著。全社会研发投入达到860亿元;高新技术企业超过9000家。\n\n"
            "去年,本市还新增独角兽企业6家。\n")
    figs = _by_raw(text, "work_summary", 2023)
    found = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.ref_year for f in found if f.raw == "860亿元"] == [2023, 2023]
    assert figs["6家"].ref_year == 2023
    under_navigation = "苏州\n\n首页>地方频道>要闻\n\n" + text  # the headline after a site's menu
    assert _by_raw(under_navigation, "work_summary", 2023)["6家"].ref_year == 2023


def test_ninety_first_round_a_conference_reviewing_the_past_five_years_ends_them_last_year():
    text = ("本报3月2日电 2022年全市科技工作会议2日召开。\n\n"
            "据介绍,过去五年,本市推动科技创新实现新跨越。\n\n"
            "成果显示,全市研发经费投入总量增长1.6倍,投入强度提高0.52个百分点;新增国家级平台31个。\n\n"
            "展望2022年,本市将力争研发投入强度达到2.5%左右。\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1.6倍"].ref_year == figs["0.52个百分点"].ref_year == figs["31个"].ref_year == 2021
    assert (figs["2.5%"].status, figs["2.5%"].ref_year) == ("target", 2022)


def test_ninety_first_round_a_lower_bound_for_a_later_year_in_a_summary_is_an_aim():
    text = ("2021年,全市高新技术企业达318家、增长21.4%。\n"
            "2022年,全市继续激发创新主体活力,高新技术产业增加值增长11%以上。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["11%"].status, figs["11%"].ref_year) == ("target", 2022)
    assert figs["21.4%"].status == "actual"


def test_ninety_first_round_funds_won_and_programmes_joined_last_year_are_no_aim_in_a_plan():
    text = ("去年,全区新增高新技术企业219家,两家企业入选国家重点研发计划,争取上级经费2.18亿元。"
            "今年,力争争取上级资金3亿元以上。")
    figs = _by_raw(text, "work_plan", 2021)
    assert (figs["2.18亿元"].status, figs["2.18亿元"].ref_year) == ("actual", 2020)
    assert (figs["3亿元"].status, figs["3亿元"].ref_year) == ("target", 2021)


def test_ninety_first_round_a_zero_padded_number_opening_a_line_is_a_heading_number():
    text = ("规划实施进展良好。\n\n01多项主要指标进展总体符合预期\n\n"
            "2022年地区生产总值实现378.3亿元。\n\n02创新能力持续增强\n\n全区高新技术企业达到120家,新建研发机构05个。\n")
    assert sorted(_by_raw(text, "work_summary", 2024)) == ["05个", "120家", "378.3亿元"]


def test_ninety_first_round_a_list_of_ranks_runs_past_an_aside():
    text = "本市排名再进一位,跃升至全国第7位(北京、上海未参评,前六位均为副省级城市),中部城市第1位。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["中部城市第1位"].value == 1 and "第1位" not in figs


def test_ninety_first_round_a_share_ranked_in_a_named_area():
    text = "1~5月海门高新技术产业产值占比南通第二\n全市高新技术产业产值占规上工业比重58.3%。"
    assert _by_raw(text, "work_summary", 2025)["南通第二"].value == 2


def test_ninety_first_round_r_and_d_personnel_are_not_the_spending():
    text = "全市研发经费投入总量增长1.9倍;新增院士2人,R&D人员总量增长1.2倍,研发人员达到5.6万人。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1.9倍"].metric == "rd_expenditure"
    assert figs["1.2倍"].metric == figs["5.6万人"].metric == "rd_personnel"


# --- held-out round 92


def test_ninety_second_round_a_bare_intensity_after_r_and_d_spending_is_its_intensity():
    text = "2023年,全省研发经费投入达1150.2亿元,强度提升至2.49%,居全国第10、中部第3。"
    figs = _by_raw(text, "work_summary", 2023)
    assert {figs[r].metric for r in ("2.49%", "全国第10", "中部第3")} == {"rd_intensity"}
    assert figs["1150.2亿元"].metric == "rd_expenditure"


def test_ninety_second_round_the_top_places_of_a_list_are_a_rank():
    text = "本区前进4个名次,连续两年位列榜单前30。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["榜单前30"].kind, figs["榜单前30"].comparator) == ("rank", "le")
    assert "30" not in figs


def test_ninety_second_round_a_meeting_lead_then_last_years_review_dates_the_page():
    text = ("3月1日,省科技厅召开2023年全省科技工作会议。"
            "2022年,全省高新技术企业达3900家,增长9.5%。\n"
            "全省新建省重点实验室28个,引进高层次人才38人。\n"
            "今年,全省将新增高新技术企业500家。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["28个"].ref_year == figs["38人"].ref_year == figs["3900家"].ref_year == 2022
    assert (figs["500家"].status, figs["500家"].ref_year) == ("target", 2023)


def test_ninety_second_round_a_voltage_class_is_no_figure():
    text = "企业自主研制首台110千伏户外智能型变压器,新建220千伏变电站3座。"
    assert sorted(_by_raw(text, "work_summary", 2023)) == ["3座"]


def test_ninety_second_round_months_of_a_later_year_report_data_not_aims():
    text = ("近日,省里公布了2021年度高新区评价结果,本区居全省首位。\n"
            "2022年1-11月,高新区实现地区生产总值1480.6亿元,规上工业增加值615.2亿元。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["1480.6亿元"].status, figs["1480.6亿元"].ref_year) == ("actual", 2022)
    assert figs["615.2亿元"].status == "actual"


def test_ninety_second_round_a_growth_after_a_share_of_the_regions_total_is_the_amounts():
    text = ("2019年上半年,全市专利申请总量3120件,占全疆专利申请总量46.2%,同比增长11.4%。"
            "全市专利授权总量1702件,占全自治区专利授权总量的40.8%,同比增长12.9%。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["11.4%"].metric == "patent_applications"
    assert figs["12.9%"].metric == "patent_grants"
    assert figs["46.2%"].metric != "patent_applications"


# --- held-out round 93


def test_ninety_third_round_the_top_places_of_a_named_area_keep_the_area():
    text = "全市高新技术企业、科技型中小企业分别达到512家、130家,排名均居广西前三。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["广西前三"].kind, figs["广西前三"].value) == ("rank", 3)


def test_ninety_third_round_a_level_ending_its_line_lost_its_measure_word():
    text = ("二、主要目标\n1.力争新认定高新技术企业600家以上,总数达到1850\n\n"
            "2.力争技术合同成交额突破200亿元。\n")
    figs = _by_raw(text, "work_plan", 2021)
    assert (figs["1850"].value, figs["1850"].status) == (1850, "target")


# --- held-out round 94


def test_ninety_fourth_round_a_year_and_a_district_opening_a_sentence_date_what_follows():
    text = ("越秀区创新指数排名第三。2020年荔湾区每万从业人员高新技术企业数为8.2家/万人,"
            "得分为81.4分。财政科技支出得分为86.3分,全市排名第四。")
    figs = _by_raw(text, "work_summary", 2022)
    assert {figs[r].ref_year for r in ("81.4分", "86.3分", "全市排名第四")} == {2020}
    assert figs["排名第三"].ref_year == 2022


def test_ninety_fourth_round_a_congress_opening_then_last_years_review_dates_the_report():
    text = ("市人大二次会议1月20日上午在会展中心开幕。市长作《政府工作报告》。\n"
            "市长说,去年全市新动能稳步壮大,研发经费支出相当于全市生产总值的比例达到4.3%左右。\n"
            "改革开放红利释放。外贸进出口总额达到4.1万亿元。\n"
            "今年,全市将推动研发经费支出增长8%左右。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["4.3%"].ref_year == figs["4.1万亿元"].ref_year == 2023
    assert (figs["8%"].status, figs["8%"].ref_year) == ("target", 2024)


def test_ninety_fourth_round_r_and_d_over_gross_national_product_is_the_intensity():
    text = ("全社会R&D(研究与试验发展经费/国民生产总值)投入比例达到2.4%以上;"
            "财政科技投入比重达到1.5%。")
    figs = _by_raw(text, "work_plan", 2019)
    assert figs["2.4%"].metric == "rd_intensity" and figs["1.5%"].metric != "rd_intensity"


# --- held-out round 95


def test_ninety_fifth_round_a_level_from_one_year_to_another_keeps_the_metric():
    text = "园区高新技术企业数从2016年320家到2020年1150家,4年增长两倍多。"
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["1150家"].metric, figs["1150家"].ref_year) == ("high_tech_enterprises", 2020)
    assert figs["两倍"].metric == "high_tech_enterprises"


def test_ninety_sixth_round_a_verb_split_from_the_level_it_reached():
    text = ("2017 年, 国家高新技术企业数量比上年增长 21.5%,增至\n"
            "362 家.营造良好的创业环境,科技型中小企业达到\n"
            "1.2 万家.")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["362 家"].metric == "high_tech_enterprises"
    assert figs["362 家"].kind == "stock" and figs["1.2 万家"].value == 12000


def test_ninety_fifth_round_a_net_gain_after_the_stock_counts_new_firms():
    text = ("2023年全区高企总数首次突破800家,达到846家,净增171家,较上年增长25.3%。"
            "全年高新技术企业净增数突破150家,超额完成全年净增120家目标任务。"
            "高新技术企业达到285家,较上年增加27家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["171家"].metric == figs["120家"].metric == "new_high_tech_enterprises"
    assert figs["846家"].metric == figs["27家"].metric == "high_tech_enterprises"
    assert figs["25.3%"].metric == "high_tech_enterprises"  # the stock's growth


def test_ninety_fifth_round_a_year_end_summary_says_this_year_of_its_own_year():
    text = ("某区科技局2023年度工作总结及2024年工作计划\n发布日期: 2024-01-15 09:30\n\n"
            "2023年,区科技局深入实施创新驱动发展战略。\n\n"
            "今年,科技工作成果丰硕:全区实现技术交易额88.2亿元,人才发展指数位居全市第一。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["88.2亿元"].ref_year == figs["全市第一"].ref_year == 2023


def test_ninety_sixth_round_a_period_between_chinese_words_ends_a_sentence():
    text = ("国家高新技术企业数量比上年增长 21.5%,增至\n362 家.努 力营造良好的创新环境,"
            "研发中心增至\n95 个,各类孵化器\n18 家.")
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["362 家"].metric == "high_tech_enterprises"
    assert figs["95 个"].metric == figs["18 家"].metric == "unclassified"


def test_ninety_sixth_round_a_base_value_named_without_de_is_its_years():
    text = "2023年,市级财政科技支出18250万元,比2020年3120万元增长484.9%,比2022年增长12.5%。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["3120万元"].ref_year, figs["18250万元"].ref_year) == (2020, 2023)
    assert figs["12.5%"].ref_year == 2023


def test_ninety_sixth_round_a_projection_inside_a_closed_aside_stays_there():
    text = ("2020年,我区企业填报研发经费5.12亿元,占GDP(2020年GDP预计为215亿元)比重为2.38%。"
            "全年研发投入预计达6亿元(同比增长12%),占GDP比重2.6%。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["215亿元"].status == "expected" and figs["2.38%"].status == "actual"
    assert figs["12%"].status == figs["2.6%"].status == "expected"


def test_ninety_sixth_round_r_and_d_filed_by_reporting_units_is_not_the_whole_societys():
    text = ("2021年,全区共有92家规上企业填报了研发投入,填报R&D经费为5.31亿元。"
            "某研究院2021年可填研发投入6.2亿元,某检测中心可填报研发投入500余万元。"
            "预计全区2021年研发投入超14亿元。")
    figs = _by_raw(text, "work_summary", 2021)
    assert {figs[r].metric for r in ("5.31亿元", "6.2亿元", "500余万元")} == {"unclassified"}
    assert figs["14亿元"].metric == "rd_expenditure"


def test_ninety_sixth_round_a_plans_progress_since_a_year_is_done_by_the_document_year():
    text = ("市科技局推动《某市科技创新“十四五”规划》重点任务落实\n"
            "2022年以来,市科技局统筹推动《某市科技创新“十四五”规划》扎实落地,各项任务取得阶段性进展。"
            "6个省实验室顺利运行。全市技术合同成交额达512.6亿元。\n"
            "到2025年,技术合同成交额力争达到800亿元。\n")
    figs = _by_raw(text, "five_year_plan", 2022)
    assert (figs["6个"].status, figs["512.6亿元"].status) == ("actual", "actual")
    assert figs["512.6亿元"].ref_year == 2022
    assert (figs["800亿元"].status, figs["800亿元"].ref_year) == ("target", 2025)


def test_ninety_sixth_round_this_year_after_a_review_of_last_year_brings_aims():
    text = ("1月10日,某市召开2021年科技创新工作会议。会议回顾总结去年工作,部署今年重点任务。\n"
            "会议公布的数据显示,去年,全市研发投入占GDP比重达到2.71%。\n"
            "今年,全市预计研发投入占GDP比重超过2.9%;新引进科技创新人才300名,"
            "技术合同成交额达到150亿元。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["2.71%"].status, figs["2.71%"].ref_year) == ("actual", 2020)
    assert figs["2.9%"].status == "expected"
    assert figs["300名"].status == figs["150亿元"].status == "target"
    summary = "今年,全市新增高新技术企业120家,比去年增长15%。\n"
    assert _by_raw(summary, "work_summary", 2021)["120家"].status == "actual"


def test_ninety_sixth_round_firms_certified_as_of_a_day_are_the_stock():
    text = ("截至2019年5月20日,全市有效高新技术企业1820家,认定科技创新小巨人企业415家。"
            "截至10月底,新认定高新技术企业130家。2019年认定科技小巨人企业35家。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["415家"].metric == "little_giant_enterprises"
    assert figs["35家"].metric == "new_little_giant_enterprises"
    assert figs["130家"].metric == "new_high_tech_enterprises"


def test_ninety_sixth_round_industrial_high_tech_firms_are_a_part():
    text = "高新技术企业保有量达132家,超亿元工业高新技术企业45家。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["132家"].metric == "high_tech_enterprises"
    assert figs["45家"].metric != "high_tech_enterprises"


def test_ninety_fifth_round_a_bare_application_count_after_patents():
    text = ("1-6月全县申请专利180件,授权专利65件;全县累计申请量2150件,授权量1290件。"
            "商标申请量110件。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["2150件"].metric == "patent_applications"
    assert figs["1290件"].metric == "patent_grants" and figs["110件"].metric == "unclassified"


def test_ninety_fifth_round_a_later_years_first_half_is_data_so_far():
    text = ("2018年,高新技术企业达265家。2019年上半年,成功引进5亿元以上项目28个。"
            "2019年,全市高企增长20%以上。")
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["5亿元"].status == figs["28个"].status == "actual"
    assert figs["20%"].status == "target"


def test_ninety_eighth_round_a_plans_results_told_at_its_end_are_done():
    text = ("“十四五”期间某市创新实力跃升 技术合同成交额突破800亿元\n"
            "五年来,某市高新技术企业数量翻番,超过4200家。过去五年,全市新增国家级创新平台31家。\n"
            "面向“十五五”,到2030年,全市力争高新技术企业达到8000家。\n")
    figs = _by_raw(text, "five_year_plan", 2025)
    for raw in ("800亿元", "4200家", "31家"):
        assert (figs[raw].status, figs[raw].ref_year) == ("actual", 2025), raw
    assert (figs["8000家"].status, figs["8000家"].ref_year) == ("target", 2030)


def test_ninety_seventh_round_r_and_d_glossing_an_intensity_is_no_spending():
    text = "全市R&D经费占GDP的比重(R&D投入强度)达6.85%,研发投入强度(R&D)蝉联全国第一。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["6.85%"].metric == figs["全国第一"].metric == "rd_intensity"


def test_ninety_seventh_round_a_line_ending_with_a_comma_goes_on():
    text = ("2025年是收官之年。\n\n全市技术合同成交额5210.3亿元,\n\n同比增长21.7%。\n\n"
            "发表论文160篇。\n")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["21.7%"].metric == "tech_contract_value"
    assert figs["160篇"].metric != "tech_contract_value"


def test_ninety_seventh_round_another_populations_holding_is_its_own():
    text = "截至目前,高新技术企业保有量达到135家,瞪羚企业保有量9家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["135家"].metric == "high_tech_enterprises"
    assert figs["9家"].metric != "high_tech_enterprises"


def test_ninety_seventh_round_contract_totals_and_torch_programme_firms():
    text = ("截至6月底,全市完成技术合同登记702项,合同成交总额达41.2亿元。"
            "截至目前,全区共有高新技术企业52家,国家火炬计划高新技术企业3家。")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["41.2亿元"].metric == "tech_contract_value"
    assert figs["52家"].metric == "high_tech_enterprises"
    assert figs["3家"].metric != "high_tech_enterprises"


def test_ninety_seventh_round_a_plans_projection_for_the_full_year_is_the_year_it_reviews():
    text = ("一、基本情况\n预计全年全社会研发投入增长18%以上,战新产业增加值增长25%以上。\n"
            "二、目标任务\n2024年,力争研发投入增长15%。今年预计全年新增高企90家。\n")
    figs = _by_raw(text, "work_plan", 2024)
    assert (figs["18%"].status, figs["18%"].ref_year) == ("expected", 2023)
    assert figs["15%"].ref_year == figs["90家"].ref_year == 2024


def test_ninety_seventh_round_a_running_period_in_a_summary_runs_to_now():
    text = ("2024年,全市获科学技术奖5项。\n"
            "“十四五”期间,我市获上级支持项目126项,支持资金达1.38亿元;下达市本级科技计划项目602项;\n"
            "“十四五”期间,力争新增高新技术企业500家。\n")
    figs = _by_raw(text, "work_summary", 2024)
    for raw in ("126项", "1.38亿元", "602项"):
        assert (figs[raw].status, figs[raw].ref_year) == ("actual", 2024), raw
    assert (figs["500家"].status, figs["500家"].ref_year) == ("target", 2025)


def test_ninety_seventh_round_a_headline_year_restated_as_last_year():
    text = ("2023年某区高新技术企业数量增长21.4%\n"
            "记者从1月18日召开的新闻发布会上获悉,去年某区高新技术企业数量增长21.4%,"
            "累计建成市级以上创新平台118个;去年,新引进高层次人才48名。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert {figs[r].ref_year for r in ("118个", "48名")} == {2023}
    assert [f.ref_year for f in find_figures(text, doc_type="work_summary", doc_year=2023)
            if f.raw == "21.4%"] == [2023, 2023]


def test_ninety_seventh_round_a_later_item_of_a_list_does_not_borrow_a_whole_name():
    text = ("去年全区高新技术企业数量、科技型企业数量分别增长19.2%、36.5%。"
            "专利申请和授权量分别为4210件和2105件。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["19.2%"].metric == "high_tech_enterprises"
    assert figs["36.5%"].metric != "high_tech_enterprises"
    assert figs["2105件"].metric == "patent_grants"


def test_ninety_eighth_round_a_summarys_certifications_still_planned_are_aims():
    text = "实施创新平台引育建设行动,全年拟认定市级创新平台25家。上半年认定市级创新平台12家。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["25家"].status, figs["12家"].status) == ("target", "actual")


def test_ninety_ninth_round_a_plans_paragraph_goes_on_about_the_base_year_it_opened():
    text = ("近年来,某区创新能力持续提升。据数据显示,2020年,综合科技创新指数达到88.5%。"
            "培育高新技术企业405家,建成新型研发机构8家。\n"
            "到2025年,全区高新技术企业力争达到800家。\n")
    figs = _by_raw(text, "five_year_plan", 2021)
    for raw in ("405家", "8家"):
        assert (figs[raw].status, figs[raw].ref_year) == ("actual", 2020), raw
    assert (figs["800家"].status, figs["800家"].ref_year) == ("target", 2025)


def test_ninety_ninth_round_batches_listed_inside_a_certification():
    text = "2022年,某市共有1350家企业通过第一、二批国家高新技术企业认定,较2021年净增810家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1350家"].metric == figs["810家"].metric == "new_high_tech_enterprises"


def test_ninety_ninth_round_firms_certified_so_far_are_the_stock():
    text = ("目前,全市共培育认定科技小巨人领军企业88家、国家级高新技术企业69家。"
            "今年培育认定高新技术企业18家。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["88家"].metric == "little_giant_enterprises"
    assert figs["69家"].metric == "high_tech_enterprises"
    assert figs["18家"].metric == "new_high_tech_enterprises"


def test_ninety_ninth_round_a_zones_r_and_d_over_its_own_output():
    text = ("到2020年,全部R&D经费内部支出占园区生产总值(GDP)比重达到2.8%,"
            "高技术产业增加值占规模以上工业增加值比重达到35%。")
    figs = _by_raw(text, "work_plan", 2018)
    assert figs["2.8%"].metric == "rd_intensity" and figs["35%"].metric != "rd_intensity"


# --- held-out round 100


def test_hundredth_round_past_year_under_a_headline_on_last_year():
    text = ("数据尽显某市创新力 去年全社会研发投入达980亿元\n\n"
            "翻开今年的政府工作报告,一组组数据写下坚实注脚。\n\n"
            "过去一年,某市的科技创新动能更强了。新增科创项目超8000个;"
            "全年技术合同成交额突破900亿元。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["8000个"].ref_year == figs["900亿元"].ref_year == 2023


def test_hundredth_round_a_span_of_years_with_dao_and_a_level_reached_with_le():
    text = "2012年到2021年,研发投入从602.3亿元上升到了1650.2亿元,研发强度从3.12%提高到了4.05%。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["602.3亿元"].ref_year, figs["1650.2亿元"].ref_year) == (2012, 2021)
    assert figs["1650.2亿元"].metric == "rd_expenditure"
    assert (figs["4.05%"].metric, figs["3.12%"].ref_year) == ("rd_intensity", 2012)


def test_hundredth_round_a_source_then_a_year_and_comma_date_the_paragraph():
    text = ("1月18日,市人民代表大会开幕。\n"
            "《政府工作报告》显示,2023年,某市创新主体规模不断壮大。科技型中小企业评价入库1.1万家,"
            "实现两年翻番。净增高新技术企业超1800家,总量达1.32万家。\n")
    figs = _by_raw(text, "work_summary", 2024)
    assert {figs[r].ref_year for r in ("1.1万家", "1800家", "1.32万家")} == {2023}


def test_hundredth_round_national_high_tech_short_name_and_an_industrys_part():
    text = "截至2023年底,全区国高企业达到8650家。去年全省共有48家医药高新技术企业。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["8650家"].metric == "high_tech_enterprises"
    assert figs["48家"].metric != "high_tech_enterprises"


# --- held-out rounds 101 and 102 (left over), session nineteen


def test_hundred_and_first_round_a_numbered_class_of_areas_and_among_areas():
    text = "全市创新指数位居全省二类地区第1位,研发投入强度在全省各市县中排名第二。"
    figs = _by_raw(text, "work_summary", 2024)
    assert "二类" not in figs and figs["全省二类地区第1位"].kind == "rank"
    assert figs["排名第二"].kind == "rank"


def test_hundred_and_third_round_a_years_meeting_reviews_the_year_before():
    text = ("据近日召开的2025年全市科技工作会议介绍,过去一年,某市科技创新成效显著。"
            "其中,高新技术企业达2150家,同比增长12.3%。\n")
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["2150家"].ref_year == figs["12.3%"].ref_year == 2024


def test_hundred_and_fourth_round_a_sentence_set_a_clause_a_line_keeps_its_year():
    text = ("数据里的某市科技这十年\n\n"
            "2021年全市科技进步贡献率达到66.1%、较2012年提高7.5个百分点;\n\n"
            "全社会研发投入超过420亿元,是2012年的2.3倍;\n\n"
            "有效期内高新技术企业达到4300家,为2012年的4.2倍;\n\n"
            "某市在全省13个市2023年评价中排名第三;\n\n"
            "高新技术产业产值占比达到48.1%。\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert {figs[r].ref_year for r in ("420亿元", "2.3倍", "4300家", "4.2倍", "48.1%")} == {2021}
    assert figs["13个"].ref_year == 2022  # (an item naming a year of its own)


def test_hundred_and_third_round_a_class_of_intellectual_property_is_no_count():
    text = "企业拥有发明专利等一类知识产权52项,实用新型专利等二类知识产权1340项,另有三类产品。"
    figs = _by_raw(text, "work_summary", 2023)
    assert "二类" not in figs and {"52项", "1340项"} <= figs.keys()


def test_hundred_and_third_round_a_plans_review_of_past_years_is_done_by_the_year_before():
    text = ("记者于发布会获悉,过去五年,某省全面实施创新驱动发展战略,科技进步贡献率提高6个百分点,"
            "高新技术企业数量增长2.9倍。\n\n目标到2023年,全省高新技术企业达到1.3万家。\n")
    figs = _by_raw(text, "work_plan", 2021)
    done = {(figs[r].status, figs[r].ref_year) for r in ("6个百分点", "2.9倍")}
    assert done == {("actual", 2020)}
    assert (figs["1.3万家"].status, figs["1.3万家"].ref_year) == ("target", 2023)


def test_hundred_and_third_round_pdf_spaces_coal_tonnes_and_gigabits():
    text = ("规模以上企业R&D 经费支出占生产总值比重为 2. 315%。\n"
            "万元工业增加值综合能耗0.08吨标煤。实现星地激光100千兆比特每秒高速传输。\n"
            "1. 2家企业获评。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["2. 315%"].value == 2.315 and "315%" not in figs
    assert "0.08吨标煤" in figs and not any(r.startswith("100") for r in figs)
    assert "2家" in figs  # (a line's item number stays apart)


def test_hundred_and_fourth_round_a_class_after_ge_before_the_place():
    text = "全区有效期内高新技术企业首次突破1000家,总量保持全市各板块第一。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["全市各板块第一"].kind == "rank" and "第一" not in figs


def test_hundred_and_third_round_a_respectively_item_keeps_the_metrics_exclusions():
    text = "高新技术企业增长到1.1万家,营收百亿、十亿、亿元以上高企数量分别增长110%、80%和170%。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["170%"].metric != "high_tech_enterprises"
    assert figs["1.1万家"].metric == "high_tech_enterprises"


def test_hundred_and_sixth_round_a_published_list_of_firms_proposed_is_no_aim():
    text = ("全年共组织31家企业申报高新技术企业,19家企业进入拟认定公示名单(第一批拟认定11家,"
            "第二批拟认定8家)。明年拟认定市级创新平台20家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["11家"].status == figs["8家"].status == "actual"
    assert figs["20家"].status == "target"


def test_hundred_and_fifth_round_an_early_dated_lead_on_last_year_puts_now_in_the_next():
    text = ("新华社某市2月3日电 2022年,某区实现地区生产总值破千亿。这一年,全区新设科技企业40家。\n"
            "区科技局负责人介绍:某区目前有国家高新技术企业8000家,占全市的30%。\n")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["40家"].ref_year == 2022
    assert figs["8000家"].ref_year == figs["30%"].ref_year == 2023


def test_hundred_and_sixth_round_a_year_to_a_months_end_opens_the_clauses_after():
    text = ("截至2015年12月底,全市技术合同成交额9870万元,占全省的31%;"
            "拥有国家级工程技术研究中心2家,自治区重点实验室3家。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["2家"].ref_year == figs["3家"].ref_year == 2015


def test_hundred_and_fifth_round_round_counts_magnitudes_and_numbered_lines():
    text = ("为全区GDP跨入万亿元提供动力。新能源汽车年产量突破万辆大关。园区拥有优秀导师百余名。"
            "地铁2、4、7号线直通主城区。")
    figs = _by_raw(text, "work_summary", 2022)
    assert {"万亿元", "万辆", "百余名"} <= figs.keys()
    assert figs["百余名"].value == 100 and figs["百余名"].comparator == "approx"
    assert not ({"2", "4"} & figs.keys())


def test_hundred_and_fifth_round_an_industrys_or_a_chains_high_tech_firms_are_parts():
    text = ("全市重点产业链上的高新技术企业已达160家。某市装备制造业高新技术企业达到48家,"
            "国家火炬计划重点高新技术企业3家。全市高新技术企业达到870家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert not {figs[r].metric for r in ("160家", "48家", "3家")} & {"high_tech_enterprises"}
    assert figs["870家"].metric == "high_tech_enterprises"


def test_hundred_and_sixth_round_a_base_value_of_last_year_is_that_years():
    text = ("研发经费占规上工业企业营业收入0.71%,较上年度0.15%的占比大幅提升;"
            "增速较上年提高2个百分点。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["0.15%"].ref_year == 2021
    assert figs["0.71%"].ref_year == figs["2个百分点"].ref_year == 2022


def test_hundred_and_seventh_round_the_later_of_a_clause_year_and_a_data_year_dates():
    text = ("近日,2021年全省县域科技创新能力评价结果发布:"
            "省科技厅经过对2020年相关统计数据的分析评价,30个县获评A类,比上年增加11个;64个县获评B类,比上年增加3个。")
    figs = _by_raw(text, "work_summary", 2021)
    assert {figs[r].ref_year for r in ("30个", "11个", "64个", "3个")} == {2020}


def test_hundred_and_eighth_round_a_verb_after_a_growth_and_a_bracketed_issue_word():
    text = ("电信业务总量规模排全国第11位,增幅排全国第6位。"
            "举办干部教育培训班31次(期),共培训4800人次。")
    figs = _by_raw(text, "work_summary", 2019)
    assert {"全国第11位", "全国第6位", "31次(期)"} <= figs.keys()


def test_hundred_and_eighth_round_expert_workstations_beside_academician_ones_are_others():
    text = ("全市共建有院士专家工作站61家,其中院士工作站5家、专家工作站56家。"
            "建成专家工作站6个。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["61家"].metric == figs["5家"].metric == "academician_workstations"
    assert figs["56家"].metric != "academician_workstations"
    assert figs["6个"].metric == "academician_workstations"  # (alone: the programme's short name)


def test_hundred_and_eighth_round_bases_named_this_time_are_new():
    text = "经专家评审,此次新命名的38家科普基地分布在全市各区。全市共有科普基地560家。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["38家"].metric == "new_science_popularization_bases"
    assert figs["560家"].metric == "science_popularization_bases"


def test_hundred_and_seventh_round_one_year_named_before_a_respectively_list():
    text = ("2018-2020年,企业PCT专利申请数、发明授权数和主导制定的国际标准数均持续增长,"
            "2020年分别达到48件、301件、11项。")
    figs = _by_raw(text, "work_summary", 2021)
    assert {figs[r].ref_year for r in ("48件", "301件", "11项")} == {2020}


def test_hundred_and_seventh_round_a_start_after_zi_and_its_year():
    text = "同时,人均技术交易合同额自2017年0.21万/人提升到2020年3.52万/人。"
    figs = _by_raw(text, "work_summary", 2021)
    assert (figs["0.21万/人"].ref_year, figs["3.52万/人"].ref_year) == (2017, 2020)


def test_hundred_and_eighth_round_this_number_again_is_the_same_quantity():
    text = "统计显示,2016年,某市高企数量仅有1980家;到2023年,这个数字已经接近7000。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["7000"].metric == figs["1980家"].metric == "high_tech_enterprises"


def test_hundred_and_ninth_round_a_plan_excerpt_opening_on_the_period_before_reviews_it():
    text = ("“十二五”期间,全市科技综合实力不断增强。\n\n"
            "1.科技创新能力持续提升。全市实施国家和省市科技计划项目1600余项,"
            "获奖科技成果达900项。每万人发明专利拥有量达到3.9件,居全省第三。\n\n"
            "到2020年,每万人发明专利拥有量达到6件。\n")
    figs = _by_raw(text, "five_year_plan", 2016)
    done = {(figs[r].status, figs[r].ref_year) for r in ("1600余项", "900项", "3.9件", "全省第三")}
    assert done == {("actual", 2015)}
    assert (figs["6件"].status, figs["6件"].ref_year) == ("target", 2020)


def test_hundred_and_ninth_round_as_of_last_years_end_dates_the_clauses_after_it():
    text = ("至去年底,全省光缆线路长度达372万公里,稳居全国第一;"
            "固定互联网宽带接入端口数量达6980.5万个,排名全国第二。")
    figs = _by_raw(text, "work_summary", 2021)
    assert {figs[r].ref_year for r in ("372万公里", "6980.5万个", "全国第二")} == {2020}


def test_hundred_and_ninth_round_a_paragraph_on_a_places_last_year_dates_its_sentences():
    text = ("某省政府工作报告中介绍,某省去年全社会研发投入1870亿元,占地区生产总值比重达到2.57%。"
            "全省有85%以上的大中型企业建立了研发机构,省级以上众创空间360家。\n")
    figs = _by_raw(text, "work_summary", 2017)
    assert {figs[r].ref_year for r in ("1870亿元", "85%", "360家")} == {2016}


def test_hundred_and_tenth_round_units_chosen_in_a_selection_are_new():
    text = ("科技活动周丨2022年度某市科普基地获正式授牌 30家单位入选\n"
            "全市共有110家单位申报某市科普基地,经初评和综合评议,最终30家单位脱颖而出,"
            "其中场馆类12家。\n"
            "日前,2019年某省院士专家工作站认定名单正式公布,我市共有9家企事业单位院士专家工作站上榜。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["30家"].metric == "new_science_popularization_bases"
    assert _by_raw(text[text.index("全市"):], "work_summary", 2022)["30家"].metric == (
        "new_science_popularization_bases")
    assert figs["12家"].metric == figs["110家"].metric == "unclassified"
    assert figs["9家"].metric == "new_academician_workstations"


def test_hundred_and_tenth_round_a_listed_subsets_multiple_is_not_the_metrics():
    text = "如今,某市的高企数量增长至十年前的近15倍,上市高企数量是十年前的4倍多,产业加快集聚。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["15倍"].metric == "high_tech_enterprises"
    assert figs["4倍"].metric == "unclassified"


def test_hundred_and_tenth_round_firms_put_forward_for_a_national_certificate_are_no_stock():
    text = ("截至2018年底,全市共有国家高新技术企业90家;"
            "今年推荐上报国家高新技术企业70家(其中新增50家)。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["90家"].metric == "high_tech_enterprises"
    assert figs["70家"].metric == figs["50家"].metric == "unclassified"


def test_hundred_and_tenth_round_certified_ones_and_firms_that_got_certified():
    text = ("某县积极协助本地企业申报高新技术企业认定,全县通过认定的高新技术企业已达9家。\n"
            "2023年,全市有1100家企业获认定高新技术企业,净增700家,全市高新技术企业保有量达2900家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["9家"].metric == figs["2900家"].metric == "high_tech_enterprises"
    assert figs["1100家"].metric == figs["700家"].metric == "new_high_tech_enterprises"


def test_hundred_and_tenth_round_a_threshold_that_counts_places_is_no_amount():
    text = "区域研发投入竞相发力,全省研究与试验发展经费超过30亿元的市达到5个,分别为甲、乙和丙。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["30亿元"].metric == "unclassified"


def test_hundred_and_tenth_round_the_target_a_completion_rate_is_measured_against():
    text = "目前,高新区2018年通过认定高新技术企业200家,完成管委会年初制定全年目标100家的200%。"
    figs = _by_raw(text, "work_summary", 2018)
    assert (figs["100家"].metric, figs["100家"].status) == ("new_high_tech_enterprises", "target")
    assert figs["200家"].status == "actual"


def test_hundred_and_tenth_round_places_moved_in_a_ranking_of_the_metric_before():
    text = "2022年,全市研发投入强度为1.55%,比上年提升0.2个百分点,在全省排名提升3个位次。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["3个位次"].metric == "rd_intensity"
    text = "技术合同成交额首次突破百亿元大关,在全国城市创新能力百强榜中排名上升6个位次。"
    assert _by_raw(text, "work_summary", 2023)["6个位次"].metric == "unclassified"


def test_hundred_and_tenth_round_events_a_news_item_says_will_be_held_are_to_come():
    text = "本届博览会期间,某示范区将举办创新创业论坛、智慧农业展等10项特色活动。"
    assert _by_raw(text, "work_summary", 2020)["10项"].status == "target"
    text = "某区科普大使获聘,三代“宣讲使者”将开展25场以上“科学家精神校园行”活动。"
    assert _by_raw(text, "work_summary", 2025)["25场"].status == "target"


def test_hundred_and_tenth_round_new_stations_with_the_figure_inside_the_alias():
    text = "今年,该市将新建6000个5G基站,力争实现三环内居民区全覆盖。去年累计建成5G基站9000个。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["6000个"].metric == "new_5g_macro_stations"
    assert figs["9000个"].metric == "5g_base_stations"
    # a cue and an alias that compose no alias of the catalog: no new metric (and no error)
    assert _by_raw("今年新增120件专利申请。", "work_summary", 2021)["120件"].metric == (
        "patent_applications")


def test_hundred_and_tenth_round_a_paragraph_opened_by_this_year_after_a_lead_on_last_year():
    text = ("记者从省科技厅获悉,去年,全省共登记技术合同15000项,成交金额200亿元。\n\n"
            "今年,我省各地继续落实有关决策部署,技术交易质效持续提升。以某市为例,该市已举办了3场"
            "培训活动。截至2月底,某市共认定登记技术合同80项,技术合同成交金额12000万元。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["200亿元"].ref_year == 2021
    assert {figs[r].ref_year for r in ("3场", "80项", "12000万元")} == {2022}


def test_hundred_and_tenth_round_a_projection_of_this_years_first_half():
    text = "据介绍,预计今年上半年园区完成营收70亿元,同比增长200%;实现税收收入4亿元。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["70亿元"].status == figs["200%"].status == "expected"


def test_hundred_and_tenth_round_a_count_that_increased_by_a_percentage_grew():
    text = "据了解,3年间高新技术企业数量增加88.5%,高新技术产业增加值占比45%。"
    figs = _by_raw(text, "work_summary", 2016)
    assert (figs["88.5%"].metric, figs["88.5%"].kind) == ("high_tech_enterprises", "rate")
    assert figs["45%"].metric == "unclassified"


def test_hundred_and_tenth_round_a_plans_paragraph_on_the_year_so_far_reports():
    text = ("某片区举行誓师大会,将持续抓项目,确保全面超额完成全年目标任务。\n"
            "今年以来,某片区经济发展总体稳定向好。新引入亿元以上产业项目40个。其中,10亿元以上项目9个。\n"
            "四季度,某片区将新增高新技术企业80家以上。")
    figs = _by_raw(text, "work_plan", 2023)
    assert figs["40个"].status == figs["9个"].status == "actual"
    assert figs["80家"].status == "target"


def test_hundred_and_tenth_round_a_batch_certified_this_time_is_new():
    text = ("我市第二批上报200家高企全部通过批复\n"
            "本批通过认定的200家高企分属于电子信息、先进制造等领域。"
            "2017年第一批高新技术企业认定名单公布,该市有40家企业在列,其中新认定企业15家。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["200家"].metric == "new_high_tech_enterprises"
    assert _by_raw(text[text.index("本批"):], "work_summary", 2016)["200家"].metric == (
        "new_high_tech_enterprises")
    assert figs["15家"].metric == "new_high_tech_enterprises"


def test_hundred_and_tenth_round_high_tech_firms_institutes_and_contracts_are_parts():
    text = ("上半年,该市高企建有科研机构300个,其中省级以上科研机构80个。"
            "2015—2017年某省高新企业技术合同成交金额分别为20.5亿元、30.1亿元、40.2亿元。"
            "全省技术合同成交额达到300亿元。")
    figs = _by_raw(text, "work_summary", 2018)
    assert {figs[r].metric for r in ("300个", "20.5亿元", "40.2亿元")} == {"unclassified"}
    assert figs["300亿元"].metric == "tech_contract_value"


def test_hundred_and_tenth_round_named_units_chosen_this_time_are_new():
    text = ("甲公司院士工作站、乙公司院士工作站等2家院士工作站入选某市第六批院士工作站。"
            "丙医药、丁新材料等5家省级高新技术企业参加会议。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["2家"].metric == "new_academician_workstations"
    assert figs["5家"].metric == "unclassified"


def test_hundred_and_tenth_round_round_amounts_held_at_a_level_and_over_ten_million():
    text = "经开区营收稳定在百亿元以上。龙岗区引进投资超千万元项目5000宗,超亿元项目30个。"
    figs = _by_raw(text, "work_summary", 2015)
    assert (figs["百亿元"].value, figs["百亿元"].comparator) == (100.0, "ge")
    assert figs["千万元"].value == 0.1


def test_hundred_and_tenth_round_a_plans_present_endowment_is_its_start():
    text = "创新载体基础日趋完善,全市拥有国家农业科技园区1个,省级高新区2个;国家级科技孵化器3个。"
    figs = _by_raw(text, "five_year_plan", 2021)
    assert {(figs[r].status, figs[r].ref_year) for r in ("1个", "2个", "3个")} == {("actual", 2020)}
    text = "到2025年,全市拥有国家级高新区2个。\n"
    assert _by_raw(text, "five_year_plan", 2021)["2个"].status == "target"


def test_hundred_and_tenth_round_firms_r_and_d_spending_named_by_the_sentences_subject():
    text = ("2014年某市规上工业企业加大研发投入,研发经费投入80.5亿元,比去年增长13.5%。"
            "全市研发经费投入120亿元。")
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["80.5亿元"].metric == figs["13.5%"].metric == "unclassified"
    assert figs["120亿元"].metric == "rd_expenditure"


def test_hundred_and_tenth_round_a_founding_year_after_its_verb_dates_nothing():
    text = ("某汽车技术有限公司注册成立2015年,在智能网联等领域深耕,"
            "一季度实现营业收入1.2亿元,为去年同期的6倍。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["1.2亿元"].ref_year == figs["6倍"].ref_year == 2021


def test_hundred_and_tenth_round_a_programmes_projects_are_no_plan():
    text = "组织实施年度市级科技计划项目300个、下达资金2000万元。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["300个"].status == figs["2000万元"].status == "actual"


def test_hundred_and_tenth_round_a_sentence_opening_on_a_year_and_its_figure_dates_the_next():
    text = ("1.产业结构持续优化。“十三五”期间,初步构建了五大产业集群。"
            "2020年产业总收入400亿元,规模以上工业产值300亿元。现代物流业实现营业总收入60亿元。\n")
    figs = _by_raw(text, "work_summary", 2021)
    assert {figs[r].ref_year for r in ("400亿元", "300亿元", "60亿元")} == {2020}


def test_hundred_and_tenth_round_an_awards_year_and_an_aircrafts_designation_are_no_figures():
    text = "某工程入选2023年度国内十大科技新闻。运20、C919大飞机机头批量交付。全省十大产业链。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2023)]
    assert raws == ["十大"]


def test_hundred_and_tenth_round_an_average_per_firm_is_not_the_count():
    text = "平均每家企业的专利申请量约为110件。全市专利申请量2万件。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["110件"].metric == "unclassified"
    assert figs["2万件"].metric == "patent_applications"


def test_hundred_and_tenth_round_a_bare_amount_in_a_paragraph_on_technology_contracts():
    text = ("某市技术合同成交额在“十三五”时期大幅增长近6倍。其中,2017年成交额300.5亿元,"
            "仅排名全国第九;2018年成交额700.2亿元,同比增长逾一倍。全年商品房成交额100亿元。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["300.5亿元"].metric == figs["700.2亿元"].metric == "tech_contract_value"
    assert figs["100亿元"].metric == "unclassified"


def test_hundred_and_tenth_round_a_certification_told_across_a_comma():
    text = "近日,自治区2020年第一批50家企业通过火炬中心复核,正式被认定为国家高新技术企业。"
    assert _by_raw(text, "work_summary", 2020)["50家"].metric == "new_high_tech_enterprises"


def test_hundred_and_tenth_round_a_telescopes_aperture_is_its_name():
    text = "中国“天眼”500米口径球面射电望远镜建成使用,新建道路600米。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["600米"]


def test_hundred_and_tenth_round_a_first_place_after_weiyu():
    text = "其中,电子信息领域成交额为600.5亿元位于首位。该区研发投入强度位于全市首位。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["位于首位"].kind == figs["位于全市首位"].kind == "rank"


def test_hundred_and_fifteenth_round_targets_named_around_the_figure():
    text = ("每万人发明专利达到18件,超额完成规划提出的15件的预期目标。累计投资700亿元,远超既定的"
            "600亿元投资目标。截至11月,专利申请量为120件,全年应完成指标数为150件。"
            "方案提出,全市将争取用三年时间,创建12个科普示范镇。今年为企业争取资金200万元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert {figs[r].status for r in ("15件", "600亿元", "150件", "12个")} == {"target"}
    assert {figs[r].status for r in ("18件", "700亿元", "120件", "200万元")} == {"actual"}


def test_hundred_and_fifteenth_round_a_meetings_past_year_with_no_comma():
    text = ("记者3日从2021年某省科技工作视频会议上获悉,过去一年某省科技进步贡献率达到55%,"
            "万人有效发明专利达到3.1件。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["55%"].ref_year == figs["3.1件"].ref_year == 2020


def test_hundred_and_fifteenth_round_a_numbered_points_comparison_year_dates_nothing():
    text = ("1、2023年全省科技型中小企业入库3万家。\n\n"
            "2、产出各类知识产权20万件,较2022年同比增长30.5%;主导制定行业标准200个。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert {figs[r].ref_year for r in ("20万件", "30.5%", "200个")} == {2023}


def test_hundred_and_fifteenth_round_a_published_lists_holders_are_new():
    text = ("日前,省科技厅公布2024年度某省科技小巨人企业名单,某某新材料、某某电子等两家企业"
            "榜上有名。此次上榜的2家科技小巨人企业均为高成长企业。某市公布第七批院士工作站名单,"
            "3家企业入选院士工作站,1家企业入选专家工作站。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["两家"].metric == figs["2家"].metric == "new_little_giant_enterprises"
    assert figs["1家"].metric == "unclassified"


def test_hundred_and_fifteenth_round_applicants_of_a_years_batch():
    text = "推荐申报2024年第一批高新技术企业120家;2024年第一批高新技术企业认定90家。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["120家"].metric == "unclassified"
    assert figs["90家"].metric == "new_high_tech_enterprises"


def test_hundred_and_fifteenth_round_the_spendings_intensity_said_short():
    text = ("2023年某省累计投入研究与试验发展经费800.5亿元,经费投入强度为2.45%,超过全国平均水平。"
            "全市企业经费投入强度为3.1%。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["2.45%"].metric == "rd_intensity"
    assert figs["3.1%"].metric == "unclassified"


def test_hundred_and_fifteenth_round_an_index_ranked_after_a_metric():
    text = ("技术合同成交额800亿元,综合科技创新水平排名西部第二、全国第九,全国排名较2023年提高2位。"
            "研发投入强度为1.65%,在全省排名提升2个位次。")
    figs = _by_raw(text, "work_summary", 2024)
    assert {figs[r].metric for r in ("西部第二", "全国第九", "2位")} == {"unclassified"}
    assert figs["2个位次"].metric == "rd_intensity"


def test_hundred_and_fifteenth_round_where_a_count_is_expected_to_stand():
    text = ("某省高新技术企业数量从2019年共5000家,至2022年超过9000家,预计可达9100家,"
            "年均增速达22.1%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["9100家"].metric == figs["22.1%"].metric == "high_tech_enterprises"
    assert figs["9100家"].status == "expected"


def test_hundred_and_fifteenth_round_a_fields_high_tech_firms_are_a_part():
    text = ("全省高新技术企业达2.5万家。其中,先进制造领域高新技术企业5000家、"
            "电子信息领域高新技术企业4000家。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["2.5万家"].metric == "high_tech_enterprises"
    assert figs["5000家"].metric == figs["4000家"].metric == "unclassified"


def test_hundred_and_fifteenth_round_firms_own_patents_are_a_part():
    text = ("全市规模以上企业专利申请数5000件,企业专利授权量同比增长30.5%。"
            "全市专利申请量9000件,专利授权量4000件。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["5000件"].metric == figs["30.5%"].metric == "unclassified"
    assert figs["9000件"].metric == "patent_applications"
    assert figs["4000件"].metric == "patent_grants"


def test_hundred_and_fifteenth_round_a_milestone_passed_without_daguan():
    text = ("全省专利申请受理总量达30257件,首次突破3万件,同比增长57.8%。"
            "全市有企业2万家,首次突破1万家。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["3万件"].metric == figs["57.8%"].metric == "patent_applications"
    assert figs["1万家"].metric == "unclassified"


def test_hundred_and_fifteenth_round_a_kind_in_parentheses_stays_in_the_raw():
    text = "示范推广农业新技术、新品种30余个(种),购置设备12套(台)。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["30余个(种)", "12套(台)"]


def test_hundred_and_fifteenth_round_zones_counted_with_counties_are_a_scope():
    text = "发明专利申请量列全省县区(开发区)第二。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2018)]
    assert raws == ["全省县区(开发区)第二"]


def test_hundred_and_fifteenth_round_a_group_noun_sums_up_the_list():
    text = ("建成省级重点实验室、工程技术研究中心、院士(专家)工作站等创新平台40余个。"
            "建成院士工作站5个。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["40余个"].metric == "unclassified"
    assert figs["5个"].metric == "academician_workstations"


def test_hundred_and_fifteenth_round_a_verb_inside_a_quoted_programme_name():
    text = "争取“高端外国专家引进计划”项目6项,获项目资金80万元。今年计划引进人才20名。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["6项"].status == figs["80万元"].status == "actual"
    assert figs["20名"].status == "target"


def test_hundred_and_fifteenth_round_a_places_year_after_a_lead_dates_its_sentence():
    text = "伴随四大产业集群兴起,某市2017年新增高新技术企业120家;专利申请量4000多件,同比增长近20%。"
    figs = _by_raw(text, "work_summary", 2018)
    assert {figs[r].ref_year for r in ("120家", "4000多件", "20%")} == {2017}


def test_hundred_and_fifteenth_round_last_years_whole_as_a_multiples_base():
    text = "到目前为止,全省科技型中小企业入库企业12000家,是去年全年的1.4倍。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["12000家"].ref_year == figs["1.4倍"].ref_year == 2020


def test_hundred_and_fifteenth_round_a_rank_moved_up_from_last_years():
    text = "全省区域创新能力排名由上年的第12位进位至全国第9位。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["第12位"].ref_year == 2022
    assert figs["全国第9位"].ref_year == 2023


def test_hundred_and_fifteenth_round_last_years_data_after_a_release_of_results():
    text = ("记者11月24日从发布会上获悉,发布会上正式发布了“2023年某省独角兽企业评估结果”。\n\n"
            "独角兽企业持续打造“独门绝技”;上年度研发费用支出达200.5亿元;平均营业收入5.1亿元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["200.5亿元"].ref_year == figs["5.1亿元"].ref_year == 2022


def test_hundred_and_fifteenth_round_a_horizon_required_dates_its_paragraph():
    text = ("在总体目标中,要求到2022年底,全省5G基站总量达到10万个。"
            "数字经济规模达到1.5万亿元,占地区生产总值的比重超过35%。")
    figs = _by_raw(text, "work_plan", 2020)
    assert {figs[r].ref_year for r in ("10万个", "1.5万亿元", "35%")} == {2022}


def test_hundred_and_fifteenth_round_a_slogans_count_of_doublings():
    text = "成交额实现“两个突破”和“三个翻番”。“三个翻番”:一是总量比“十一五”翻一番。产值实现翻番。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2015)]
    assert raws == ["翻一番", "翻番"]


def test_hundred_and_fifteenth_round_a_firms_academician_workstation_is_one():
    text = "某市共建成了市级企业院士工作站60家,其中12家升级为省级院士工作站。建成企业工作站5家。"
    figs = _by_raw(text, "work_summary", 2017)
    assert figs["60家"].metric == figs["12家"].metric == "academician_workstations"
    assert figs["5家"].metric == "unclassified"


def test_hundred_and_fifteenth_round_the_kind_named_after_a_list_of_names():
    text = "在启动仪式上,某某公司院士工作站等8家新建的院士工作站被正式授牌。"
    assert _by_raw(text, "work_summary", 2017)["8家"].metric == "new_academician_workstations"


def test_hundred_and_fifteenth_round_a_required_level_is_a_target():
    text = "严格落实财政科技投入支出大于2%要求,研发投入强度达2.1%。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["2%"].status == "target"
    assert figs["2.1%"].status == "actual"


def test_hundred_and_fifteenth_round_a_kind_of_contracts_bare_amount_is_a_part():
    text = ("全年登记技术合同1.1万项,实现成交额800.5亿元,其中涉知识产权合同3000项,成交额150.5亿元。"
            "完成技术交易合同登记135项,其中成交额近5亿元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["800.5亿元"].metric == figs["5亿元"].metric == "tech_contract_value"
    assert figs["150.5亿元"].metric == "unclassified"


def test_hundred_and_fifteenth_round_a_base_value_in_a_parts_sentence_keeps_its_year():
    text = ("2024年,全省共登记科技成果2000项,比上年增长20.5%。其中,省直单位登记成果700项;"
            "设区市成果登记有1300项,比2023年的1100项上升了18.2%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["1100项"].ref_year == 2023
    assert figs["1300项"].ref_year == figs["18.2%"].ref_year == 2024


def test_hundred_and_fifteenth_round_another_places_value_in_parentheses():
    text = ("2018年某市高新技术企业数量为1000家,不及甲市(1200家)、乙市(9000家)、丙市(3000)、"
            "丁市(2500家)等城市。万人有效发明专利12.5件,超过全省平均水平(5.5件)。")
    figs = _by_raw(text, "work_summary", 2018)
    assert {figs[r].metric for r in ("1200家", "9000家", "2500家")} == {"high_tech_enterprises"}
    assert figs["5.5件"].metric == "invention_patents_per_10k"


def test_hundred_and_fifteenth_round_a_batch_certified_by_a_committee_with_its_year():
    text = "日前,某省院士专家工作站管理委员会批准认定60个2021年某省院士专家工作站。"
    assert _by_raw(text, "work_summary", 2021)["60个"].metric == "new_academician_workstations"


def test_hundred_and_twentieth_round_a_titled_report_shows_the_paragraphs_year():
    text = ("12月20日,某市发布了三项成果。\n"
            "《2022年度某市区县科技竞争力评价报告》显示,2021年全市排名前3位的区县依次是甲区、乙区。"
            "主城片区排名前5位的区县依次为甲区、乙区、丙区;东北片区排名前3位的区县分别为丁区、戊区。")
    figs = [f for f in find_figures(text, doc_type="work_summary", doc_year=2022)
            if f.kind == "rank"]
    assert [f.ref_year for f in figs] == [2021, 2021, 2021]


def test_hundred_and_twentieth_round_other_places_figures_after_a_metrics_figure():
    text = ("甲市的技术合同成交额以6000.5亿元居全国第一;乙市为2200.5亿元,位居第二;"
            "丙市为1800.2亿元。"
            "2020年丁区、戊区、己区技术合同成交额超百亿。其中,丁区、戊区分别为700.4亿元和600.4亿元。")
    figs = _by_raw(text, "work_summary", 2020)
    for raw in ("2200.5亿元", "1800.2亿元", "700.4亿元", "600.4亿元"):
        assert figs[raw].metric == "tech_contract_value", raw


def test_hundred_and_twentieth_round_districts_listed_each_with_its_own_rank():
    text = ("2018年,某市三个区上榜,甲塔区第29名,乙央区第87名,丙林区第93名。"
            "位居全省第6位,温州地区第2位。")
    ranks = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2018)
             if f.kind == "rank"]
    assert ranks == ["第29名", "第87名", "第93名", "全省第6位", "温州地区第2位"]


def test_hundred_and_twentieth_round_a_government_work_reports_title_dates_no_paragraph():
    text = ("某市某镇2020年政府工作报告2019年工作回顾过去的一年,全镇上下主要目标任务基本完成。"
            "一是经济保持平稳发展。初步预计全镇地区生产总值增长1.6%,位列全市第7;"
            "一般公共预算收入4.62亿元,下降12.8%。")
    figs = _by_raw(text, "work_summary", 2019)
    assert {figs[r].ref_year for r in ("1.6%", "全市第7", "4.62亿元", "12.8%")} == {2019}


def test_hundred_and_twentieth_round_a_clause_opened_by_zhi_a_years_end_dates_the_next():
    text = ("至2023年年底,全市专利授权量连续13年位居全省首位;每万人发明专利拥有量达19.6件。"
            "《方案》提出,至2026年年末,力争商标有效注册量达到88万件;示范企业总数突破360家。")
    figs = _by_raw(text, "work_plan", 2024)
    assert (figs["19.6件"].status, figs["19.6件"].ref_year) == ("actual", 2023)
    assert figs["360家"].ref_year == 2026


def test_hundred_and_twentieth_round_a_projected_share_of_gdp_after_rd_spending():
    text = "上报全社会R&D经费40亿元,预计占GDP比重3.5%,较上年提升0.2个百分点。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["3.5%"].metric == figs["0.2个百分点"].metric == "rd_intensity"
    assert figs["3.5%"].status == "expected"


def test_hundred_and_twentieth_round_bare_grants_listed_after_applications():
    text = "全镇新增高新技术企业2家,专利申请总量170件、授权150件,发明专利申请量60件。"
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["170件"].metric == "patent_applications"
    assert figs["150件"].metric == "patent_grants"


def test_hundred_and_twentieth_round_recertified_high_tech_firms_are_neither_new_nor_stock():
    text = "组织15家企业申报高新技术企业,其中新增高新技术企业10家,复审高新技术企业5家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["10家"].metric == "new_high_tech_enterprises"
    assert figs["5家"].metric == "unclassified"


def test_hundred_and_twentieth_round_a_total_listed_after_the_change_of_an_amount():
    text = "十年来,技术合同成交额增加3000多亿元、总额突破4000亿元,综合科技创新水平指数达到70。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["3000多亿元"].metric == figs["4000亿元"].metric == "tech_contract_value"


def test_hundred_and_twentieth_round_the_rank_of_an_evaluation_passed_is_no_metrics():
    text = ("该市加强国家农业科技园区建设,培育科技小巨人企业20家,与某大学共建研究院,"
            "2019年以全国第5名的成绩通过科技部验收。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["全国第5名"].metric == "unclassified"
    assert figs["全国第5名"].ref_year == 2019


def test_hundred_and_twentieth_round_a_kind_of_holders_patents_are_a_part():
    text = ("全年专利授权量1300件,增长24.5%。"
            "工矿企业、大专院校专利授权量分别为900件和220件,分别下降9.1%和21.8%。")
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["1300件"].metric == "patent_grants"
    assert {figs[r].metric for r in ("900件", "220件", "21.8%")} == {"unclassified"}


def test_hundred_and_twentieth_round_firms_that_won_a_metrics_title():
    text = "目前,该区已有17家企业获得国家级高新技术企业称号,去年有8家企业获得国家高新技术企业称号。"
    figs = _by_raw(text, "work_summary", 2015)
    assert figs["17家"].metric == "high_tech_enterprises"
    assert figs["8家"].metric == "new_high_tech_enterprises"


def test_hundred_and_twentieth_round_parts_opened_by_qizhong_without_a_comma_keep_the_year():
    text = ("3、专利\n2014年1-11月,专利申请量为5500件。其中发明专利1600件,占总申请量的29.1%;"
            "实用新型专利3100件,占总申请量的56.4%,同比增长10.7%。")
    figs = _by_raw(text, "work_summary", 2015)
    assert {figs[r].ref_year for r in ("5500件", "1600件", "29.1%", "3100件", "10.7%")} == {2014}


def test_hundred_and_twentieth_round_a_rate_named_as_growth_after_it():
    text = "近三年我省高新技术企业均保持了40%以上的增长幅度,提前两年完成目标。"
    fig = _by_raw(text, "work_summary", 2019)["40%"]
    assert (fig.metric, fig.kind, fig.comparator) == ("high_tech_enterprises", "rate", "ge")


def test_hundred_and_twentieth_round_a_first_batch_certified_after_applications():
    text = "申报高新技术企业55家,首批认定14家。"
    assert _by_raw(text, "work_summary", 2015)["14家"].metric == "new_high_tech_enterprises"


def test_hundred_and_twentieth_round_a_money_range_written_with_zhi_states_its_unit_once():
    text = "对示范企业发放5万至10万元补助,引导社会投资30亿至50亿元。"
    figs = _by_raw(text, "work_summary", 2023)
    assert (figs["5万至10万元"].value_low, figs["5万至10万元"].value_high) == (0.0005, 0.001)
    assert figs["30亿至50亿元"].comparator == "range"


def test_hundred_and_twentieth_round_a_rank_among_districts_counted_without_ge():
    text = "专利产出得分为67.64分,居11区第四名。地区生产总值增速位于19家国家级新区第一位。"
    ranks = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)
             if f.kind == "rank"]
    assert ranks == ["11区第四名", "第一位"]


def test_hundred_and_twentieth_round_demonstration_science_bases_are_science_bases():
    text = ("累计建设国际科技合作示范基地7家、省级科普示范基地6家。"
            "建成众创空间、科普示范基地等创新创业及科技服务平台载体14个。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["6家"].metric == "science_popularization_bases"
    assert figs["14个"].metric == "unclassified"


def test_hundred_and_twentieth_round_a_projection_of_achievements_runs_to_its_sentences_end():
    text = "预计实现地区生产总值455亿元,增长10%,完成一般公共预算收入39.8亿元,增长11.3%。"
    figs = _by_raw(text, "work_summary", 2015)
    assert {figs[r].status for r in ("455亿元", "10%", "39.8亿元", "11.3%")} == {"expected"}


def test_hundred_and_twentieth_round_a_counts_rank_past_a_share_of_another_total():
    text = "高新区高新技术企业数量达1200多家,约占全省的10%,增量及总量均位列全市第一。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["10%"].metric == "unclassified"
    assert figs["全市第一"].metric == "high_tech_enterprises"


def test_hundred_and_twentieth_round_the_base_a_change_is_stated_on():
    text = "2021年全市高新技术企业总数达到350家,在2015年50家的基础上翻了三番。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["50家"].metric, figs["50家"].ref_year) == ("high_tech_enterprises", 2015)
    assert figs["翻了三番"].metric == "high_tech_enterprises"


def test_hundred_and_twentieth_round_a_double_digit_growth_of_the_metric_its_clause_names():
    text = ("高新技术企业、科技型中小企业分别增长106%和115%,"
            "国家高新技术企业连续两年实现三位数增长。"
            "全市高新技术企业连续四年保持两位数增长。其中6个市的研发经费实现两位数增速。")
    figs = [f for f in find_figures(text, doc_type="work_summary", doc_year=2023)
            if f.raw in ("三位数", "两位数")]
    assert [f.metric for f in figs] == ["high_tech_enterprises", "high_tech_enterprises",
                                        "unclassified"]


def test_hundred_and_twentieth_round_among_the_first_n_entered_is_a_rank():
    text = ("综合排名提升7个位次,进入全国20强。连续九年稳居全国十强。正朝着全国高新区50强冲刺。"
            "歌尔集团进入山东省行业领军10强、创新100强行列。入选全国百强县。")
    figs = [f for f in find_figures(text, doc_type="work_summary", doc_year=2022)
            if f.kind == "rank"]
    assert [(f.raw, f.value, f.comparator) for f in figs] == [
        ("全国20强", 20, "le"), ("全国十强", 10, "le"), ("50强", 50, "le")]
    assert figs[2].status == "target"


def test_hundred_and_twentieth_round_an_index_in_points():
    text = ("2019年綜合指數達117.05點,2020年達139.41點,比上年分別提高了17.05點、19.1點。"
            "指數結果顯示,以2018年基數為100點。會議於上午8點召開。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["117.05點", "139.41點", "17.05點", "19.1點", "100點"]


def test_hundred_and_twentieth_round_a_clocks_minutes_are_no_score():
    text = "会议于上午8点30分召开,项目绩效得分为98.2分。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["98.2分"]


def test_hundred_and_twenty_third_round_scores_between_two_marks():
    text = "考核得分在70分至90分之间的企业有12家,约占3分之1。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2023)]
    assert raws[:2] == ["70分至90分", "12家"]
    assert "3分" not in raws


def test_hundred_and_twenty_third_round_an_amount_per_project_keeps_its_per():
    text = "实施重大专项166项,投入经费3.15亿元,支持强度189.79万元/项,收购价300元/吨。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2015)]
    assert raws == ["166项", "3.15亿元", "189.79万元/项", "300元/吨"]


def test_hundred_and_twenty_third_round_a_round_area_without_digits():
    text = "建成国家大学科技园等科创载体超百万平方米,实现全覆盖。"
    (f,) = find_figures(text, doc_type="work_summary", doc_year=2019)
    assert (f.raw, f.value, f.unit, f.comparator) == ("百万平方米", 1e6, "平方米", "ge")


def test_hundred_and_twenty_third_round_a_first_place_among_a_bracketed_class_of_areas():
    text = "新区专利授权756件,同比增长71.0%,稳居全省各县(市、区)首位。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["居全省各县(市、区)首位"].value == 1


def test_hundred_and_twenty_third_round_reported_speech_opening_with_a_year_dates_its_paragraph():
    text = ("所长汇报了2017年工作情况和2018工作计划。他说2017年,我县科技特派员开展科技服务659次,"
            "技术培训2005人;全县建立示范基地8个。获项目资金扶持165万元。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2018)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("659次", 2017), ("2005人", 2017), ("8个", 2017), ("165万元", 2017)]


def test_hundred_and_twenty_third_round_an_area_aimed_at_in_the_sentence_is_a_target():
    text = ("力争到2025年底,全市建成孵化载体总面积1000万平方米以上,聚集在孵企业8万个以上。"
            "全区辖区面积313.5平方公里。")
    figs = _by_raw(text, "work_plan", 2021)
    assert (figs["1000万平方米"].status, figs["1000万平方米"].ref_year) == ("target", 2025)
    assert figs["313.5平方公里"].status == "actual"



def test_hundred_and_twenty_third_round_a_years_roster_released_is_written_the_year_after():
    text = ("日前,科技部公布2021年度国家备案众创空间名单,我省19家众创空间被备案。\n"
            "截至目前,我省共建设省级以上孵化载体414家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["19家"].ref_year == 2021
    assert figs["414家"].ref_year == 2022


def test_hundred_and_twenty_third_round_a_batch_released_within_its_year_is_written_then():
    text = ("2022年12月28日讯:日前,科技部火炬中心发布天津市2022年第三批高新技术企业"
            "备案公示企业名单。\n"
            "截至目前,天津经开区规上高新技术企业347家。")
    assert _by_raw(text, "work_summary", 2022)["347家"].ref_year == 2022


def test_hundred_and_twenty_third_round_months_are_a_duration():
    text = "该计划实施5个多月来,吸引了一批资源。实施3个月以来,新增12个项目。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2025)]
    assert raws == ["12个"]


def test_hundred_and_twenty_third_round_an_annexs_number_is_no_figure():
    text = ("在孵企业较多的孵化器分别是56家、32家。详见附件1。\n"
            "全市拥有省级科技企业孵化器16家。详见附表2。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["56家", "32家", "16家"]


def test_hundred_and_twenty_third_round_a_guiding_target_is_a_target():
    text = "将共同努力,圆满完成2021年技术合同成交额突破270亿元的指引性目标。"
    (f,) = find_figures(text, doc_type="work_summary", doc_year=2021)
    assert (f.metric, f.status) == ("tech_contract_value", "target")


def test_hundred_and_twenty_third_round_a_quoted_speech_opening_with_a_year_and_comma():
    text = "公司的生产效益保持逐年增长。 “2024年,我们混凝土外加剂的产量近10万吨,产值达1.8亿元。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)
    assert [(f.raw, f.ref_year) for f in figs] == [("10万吨", 2024), ("1.8亿元", 2024)]


def test_hundred_and_twenty_third_round_a_base_of_the_same_period_last_year():
    text = ("今年1-6月,产值规模占全市比重由上年同期的2.7%提升至5.3%、"
            "全市排名从去年同期的第9位提升至第6位。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("2.7%", 2024), ("5.3%", 2025), ("第9位", 2024), ("第6位", 2025)]


def test_hundred_and_twenty_third_round_the_year_a_reward_is_for_dates_it():
    text = ("企业研发投入后补助兑现经费1074.09万元。"
            "其中兑现2023年度规上企业首次研发投入奖补企业25家501.92万元。申报2024年度省科技奖5项。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("1074.09万元", 2024), ("25家", 2023), ("501.92万元", 2023), ("5项", 2024)]


def test_hundred_and_twenty_third_round_other_workstations_are_not_academicians():
    text = ("建立省市级博士、博士后、院士等工作站(基地)4家;召开座谈会,"
            "10家技术合同认定登记工作站参加。全市院士工作站达到30家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.metric for f in figs] == ["unclassified", "unclassified", "academician_workstations"]


def test_hundred_and_twenty_third_round_the_output_of_high_tech_industries_is_not_the_firms():
    text = "目前,全县高新技术企业有12家,高新技术产业产值居宿州市首位。"
    figs = _by_raw(text, "work_summary", 2018)
    assert figs["12家"].metric == "high_tech_enterprises"
    assert figs["居宿州市首位"].metric == "high_tech_industry_output"


def test_hundred_and_twenty_third_round_rd_spending_as_a_share_of_gnp_is_the_intensity():
    text = "二是研发经费投入明显增强。2019年全社会科技研发经费占国民生产总值的0.65%。"
    (f,) = find_figures(text, doc_type="work_summary", doc_year=2021)
    assert (f.raw, f.metric, f.ref_year) == ("0.65%", "rd_intensity", 2019)


def test_hundred_and_twenty_third_round_plant_varieties_and_trademarks_granted_are_not_patents():
    text = ("植物新品种申请量1296件,授权量629件。商标申请量1000件,授权量500件。"
            "专利申请量5万件,授权量3万件。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.metric for f in figs] == ["unclassified"] * 4 + ["patent_applications",
                                                               "patent_grants"]


def test_hundred_and_twenty_third_round_now_after_a_year_of_history_is_the_year_of_writing():
    text = ("近日,科技部公布2022年度新认定的国家级科技企业孵化器名单,我省9家机构获批。\n"
            "1987年,我国第一家科技企业孵化器诞生在武汉。近年来,我省不断优化创新创业环境。"
            "截至目前,全省共有省级以上科技企业孵化器、众创空间538家。")
    assert _by_raw(text, "work_summary", 2022)["538家"].ref_year == 2023


def test_hundred_and_twenty_third_round_messages_sent_count_in_item_times():
    text = "科普影视40余场,传递科普信息30余万条次,发送短信2万条次。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2022)]
    assert raws == ["40余场", "30余万条次", "2万条次"]


def test_hundred_and_twenty_third_round_a_span_of_years_dates_the_clauses_after_it():
    text = ("2012年至2021年的10年间,开发区的高新技术企业从168家增至442家,增幅达163.1%;"
            "省级以上研发机构数量突破170家,增长了5倍。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("168家", 2012), ("442家", 2021), ("163.1%", 2021), ("170家", 2021), ("5倍", 2021)]


def test_hundred_and_twenty_third_round_a_kind_of_sellers_contracts_are_a_part():
    text = ("企业法人输出技术合同94243项。科研机构输出技术合同成交额同比增长30.0%,输出13298项。"
            "全市输出技术合同成交额100亿元。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)
    assert [f.metric for f in figs] == ["unclassified"] * 3 + ["tech_contract_value"]


def test_hundred_and_twenty_third_round_the_firms_rewarded_are_a_part():
    text = ("净增加45家高新技术企业,总数达260家。全市有12家高新技术企业获省奖励资金240万元。"
            "39家高企获省高企培育奖励。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["260家"].metric == "high_tech_enterprises"
    assert figs["12家"].metric == figs["39家"].metric == "unclassified"


def test_hundred_and_twenty_third_round_each_level_of_a_list_of_levels_keeps_the_metric():
    text = ("新增科普教育基地3个、省级9个,市级17个,市级以上科普示范乡镇5个。"
            "新增高新技术企业30家,其中国家级9家、省级17家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2015)
    assert [f.metric for f in figs] == ["new_science_popularization_bases"] * 3 + [
        "unclassified"] + ["new_high_tech_enterprises"] * 3


def test_hundred_and_twenty_third_round_a_drugs_registration_class_is_a_name():
    text = "获批1类创新药11个,二类医疗器械注册证30张,形成三类产业。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2025)]
    assert raws == ["11个", "30张", "三类"]


def test_hundred_and_twenty_eighth_round_a_pair_joined_by_he_is_respective():
    text = ("近三年来,科技型中小企业、高新技术企业数量年均增长率达45.3%和26.1%。"
            "专利申请、授权量达500件和300件。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.metric for f in figs] == [
        "tech_smes", "high_tech_enterprises", "patent_applications", "patent_grants"]


def test_hundred_and_twenty_eighth_round_a_clause_repeated_for_another_year_counts_the_same():
    text = ("截至9月,全县高新技术企业34户,其中2020年认定9户,2021年认定11户,2022年认定14户,"
            "增幅位于前列。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [(f.metric, f.ref_year) for f in figs[1:4]] == [
        ("new_high_tech_enterprises", 2020), ("new_high_tech_enterprises", 2021),
        ("new_high_tech_enterprises", 2022)]


def test_hundred_and_twenty_eighth_round_rates_after_a_list_with_figures_follow_its_figures():
    text = ("大专院校、科研单位、机关团体专利申请分别为4372件、750件、486件,"
            "较上年同期分别增长18.45%、12.95%、13.02%。"
            "每万人发明专利拥有量、技术合同成交额,较“十三五”末分别增长了186%、126%。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2019)
    assert [f.metric for f in figs] == ["unclassified"] * 6 + [
        "invention_patents_per_10k", "tech_contract_value"]


def test_hundred_and_twenty_eighth_round_alternative_measure_words_and_pictures():
    text = ("发放资料1.5万(份)册,发放技术资料5.5万余册(份)。养殖32.3万余头(只)。"
            "累计受惠企业80余个次。儿童科幻画一等奖79幅、二等奖188幅。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)]
    assert raws == ["1.5万(份)册", "5.5万余册(份)", "32.3万余头(只)", "80余个次", "79幅", "188幅"]


def test_hundred_and_twenty_eighth_round_rounds_and_points_of_advice_are_counted():
    text = ("省长就深化合作提出五点希望。提出了三点具体指导性意见。"
            "经课题组两轮筛选,开展四輪摸查梳理。购置三轮车,八点半开会。新一轮科技革命。")
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)]
    assert raws == ["五点", "三点", "两轮", "四輪"]


def test_hundred_and_twenty_eighth_round_among_the_first_n_risen_from_and_to():
    text = "我县从全国300强突围晋级150强,最终成功晋级全国100强,名次位列第85位。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.comparator) for f in figs] == [
        ("全国300强", "le"), ("150强", "le"), ("全国100强", "le"), ("位列第85位", "eq")]


def test_hundred_and_twenty_eighth_round_sibling_aspects_do_not_pass_on_their_years():
    text = ("2022年8月出台认定办法。\n“这些企业个头不大。”负责人说。\n"
            "从经济指标看,首批10家企业2021年总收入161319万元。\n"
            "从产业领域看,首批10家企业主要分布在四个领域。其中新型材料领域2家。\n")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["161319万元"].ref_year == 2021
    assert figs["2家"].ref_year == figs["四个"].ref_year == 2023
    text = "2023年指数得分为374.0。\n分细项来看,四个分项指数依次为364.4、380.2。\n"
    assert _by_raw(text, "work_summary", 2024)["364.4"].ref_year == 2023


def test_hundred_and_twenty_eighth_round_a_share_falling_back_keeps_its_metric():
    text = "R&D经费投入强度为0.78%,比上年回落0.01个百分点。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)
    assert [f.metric for f in figs] == ["rd_intensity", "rd_intensity"]


def test_hundred_and_twenty_eighth_round_a_change_compared_with_a_year_keeps_its_metric():
    text = "研发经费占GDP的比率为3.36%较上年增加0.16个百分点,与2014年比较增加0.38个百分点。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2018)
    assert [f.metric for f in figs] == ["rd_intensity"] * 3


def test_hundred_and_twenty_eighth_round_the_level_now_is_the_base_of_an_aim():
    text = ("目标是将智能生产线由目前约30条在五年间增加四倍至超过130条。"
            "力争高企数量由目前的300家增加到500家。")
    figs = find_figures(text, doc_type="work_plan", doc_year=2022)
    assert [(f.raw, f.status) for f in figs] == [
        ("30条", "actual"), ("四倍", "target"), ("130条", "target"),
        ("300家", "actual"), ("500家", "target")]


def test_hundred_and_twenty_eighth_round_demonstration_workstations_are_a_class():
    text = ("仪式上,还为16家新设立省级院士专家工作站、10家省院士专家示范工作站授牌。"
            "目前,全省已建院士专家工作站300家,推出院士专家示范工作站20家。新建示范院士专家工作站5家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2015)
    assert [f.metric for f in figs] == ["new_academician_workstations", "unclassified",
                                        "academician_workstations", "unclassified", "unclassified"]


def test_hundred_and_twenty_eighth_round_sessions_and_cubic_metres_after_wan():
    text = "举办各类培训两千多场次,服务三千多人次。全市孵化空间累计达705万方,多方合作。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2016)]
    assert raws == ["两千多场次", "三千多人次", "705万方"]


def test_hundred_and_twenty_eighth_round_a_base_of_a_named_annual_year():
    text = "此次总体获奖率为18.9%,较2020年度的25.1%出现了明显下降。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)
    assert [f.ref_year for f in figs] == [2021, 2020]


def test_hundred_and_twenty_eighth_round_age_bands_are_no_figures():
    text = "2022年18—29岁和30—39岁年龄段公民的科学素质水平分别达到20%和15%。平均年龄11.2岁。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2022)]
    assert raws == ["20%", "15%", "11.2岁"]


def test_hundred_and_twenty_eighth_round_farm_related_high_tech_firms_are_a_part():
    text = "培育东柳醪糟、玉竹麻业等涉农高新技术企业7家,全县高新技术企业达到40家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.metric for f in figs] == ["unclassified", "high_tech_enterprises"]


def test_hundred_and_twenty_eighth_round_a_rule_for_each_every_year_is_a_target():
    text = ("各成员单位每年开展志愿服务不少于3次;各镇(街道)科协每年开展志愿服务不少于6次。"
            "全年开展志愿服务不少于300次。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)
    assert [f.status for f in figs] == ["target", "target", "actual"]


def test_hundred_and_twenty_eighth_round_a_count_whose_breakdown_states_its_measure_word():
    text = "省人大代表建议7(主办3件,会办4件),市人大议案1(为会办件),表1(上半年)。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2021)]
    assert raws == ["7", "3件", "4件", "1"]


def test_hundred_and_twenty_eighth_round_this_years_plan_in_a_summary():
    text = ("今年,市科技局计划根据全市农业特色产业发展现状,分东、南、西、北四个片区开展活动。"
            "今年组织申报省科技计划项目274项。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)
    assert [f.status for f in figs] == ["target", "actual"]


def test_hundred_and_twenty_eighth_round_growth_rates_listed_after_a_pair_of_counts():
    text = "专利申请量和授权量分别为9060件和6969件,年均增长率分别达9.5%和12.1%。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2014)
    assert [f.metric for f in figs] == ["patent_applications", "patent_grants"] * 2


def test_hundred_and_twenty_eighth_round_a_round_denominator_after_mei_is_no_figure():
    text = "每1万从业人员拥有有效发明专利388件。全国平均每94.79万人拥有一个科普场馆。"
    raws = [f.raw for f in find_figures(text, doc_type="work_summary", doc_year=2019)]
    assert raws == ["388件", "94.79万人"]


def test_hundred_and_twenty_eighth_round_a_meeting_reviewing_last_years_work():
    text = ("自治区召开科技工作电视电话会议,总结我区2016年科技工作,部署今年七大任务。"
            "去年自治区全社会研究与试验发展经费支出预计54亿元。")
    figs = _by_raw(text, "work_summary", 2016)
    assert figs["54亿元"].ref_year == 2016
    assert figs["54亿元"].status == "expected"


def test_hundred_and_twenty_eighth_round_a_quoted_titles_words_are_no_cue():
    text = ("授予“复杂动态系统的控制、估计与故障诊断理论”等8项成果为自然科学奖二等奖。"
            "预计全年新增科技小巨人企业10家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)
    assert [f.status for f in figs] == ["actual", "expected"]


def test_hundred_and_twenty_eighth_round_funds_won_in_a_summary_are_done():
    text = "实施农业技术推广项目85项,争取、安排科技经费2643.26万元。争取新增高企5家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2017)
    assert [f.status for f in figs] == ["actual", "actual", "target"]


def test_hundred_and_twenty_eighth_round_a_quoted_kind_in_a_list_is_its_own_subject():
    text = "截至“十四五”末,已培育“科小”1279家、高企1300余家、“瞪羚”企业224家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)
    assert [f.metric for f in figs] == ["unclassified", "high_tech_enterprises", "unclassified"]


def test_hundred_and_twenty_eighth_round_places_listed_after_fenbie_rank_each_item():
    text = ("专利授权量和申请量分别位居全市第1位和前3位。"
            "高企数量和技术合同成交额分别居全省第一、第三。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2014)
    assert [f.metric for f in figs] == ["patent_grants", "patent_applications",
                                        "high_tech_enterprises", "tech_contract_value"]


def test_hundred_and_twenty_eighth_round_places_a_plan_will_fill_are_aims():
    text = "确定了核桃栽培技术两个专业班计划招学员 120 人。全年培训农民3000人次。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2018)
    assert [f.status for f in figs] == ["actual", "target", "actual"]


def test_hundred_and_twenty_eighth_round_a_pair_of_places_ranks_the_pair_before():
    text = ("科技型中小企业、高新技术企业数量年均增长率达45.3%和26.1%,"
            "排名跃居全国第十三位和第十二位。"
            "技术合同成交额974亿元,综合科技创新水平排名西部第一、全国第七。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["全国第十三位"].metric == "tech_smes"
    assert figs["第十二位"].metric == "high_tech_enterprises"
    assert figs["西部第一"].metric == figs["全国第七"].metric == "unclassified"


def test_hundred_and_thirty_first_round_a_year_opening_a_sentence_dates_the_ones_after():
    text = ("据了解,我省已建成专业化孵化器12家。"
            "2016年科技部认定国家级“星创天地”27家,居全国第六。"
            "新建省级示范园区58个,带动就业4.3万人。")
    figs = _by_raw(text, "work_summary", 2017)
    assert [figs[r].ref_year for r in ("12家", "27家", "58个", "4.3万人")] == [
        2017, 2016, 2016, 2016]


def test_hundred_and_thirty_first_round_now_or_a_comparison_ends_the_opened_year():
    text = ("2020年全州宽带用户达到18.2万户。目前,全州光端口总数40.5万个。"
            "城市家庭带宽达到500Mbps。\n"
            "2016年与2012年相比,全市服务业占比提高4.1个百分点。高技术制造业年均增长21.5%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("18.2万户", "40.5万个", "500Mbps", "21.5%")] == [
        2020, 2021, 2021, 2021]


def test_hundred_and_thirty_first_round_since_a_month_of_last_year_is_up_to_now():
    text = ("去年9月以来,这个由12人组成的服务团先后对接41家高校院所。"
            "去年启动科技特派员行动至今,950位特派员服务企业3200家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("12人", "41家", "950位", "3200家")] == [2021] * 4


def test_hundred_and_thirty_first_round_a_since_in_the_lead_is_no_headline_on_last_year():
    text = ("今天上午召开欢送会。区委书记说,自去年8月份以来,服务团取得了明显成效。\n"
            "一年来,服务团推动30余所高校院所与企业合作,签订协议64项。")
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].ref_year for r in ("30余所", "64项")] == [2018, 2018]


def test_hundred_and_thirty_first_round_lamps_and_birds_are_counted():
    text = "示范村安装太阳能杀虫灯45盏,养殖基地饲养土鸡12万羽。"
    figs = _by_raw(text, "work_summary", 2020)
    assert [(f.raw, f.value) for f in figs.values()] == [("45盏", 45), ("12万羽", 120000)]


def test_hundred_and_thirty_first_round_years_glossing_a_period_date_its_yearly_rate():
    text = ("2024年达标比例为15.2%,比上年提高1.06个百分点,相比前期(2019-2021年)"
            "年均0.98个百分点的增幅,近期(2022―2023年)年均1.11个百分点的增幅明显加快。"
            "指数(2015年为基期,基准值100),较上年增长9.5%。")
    figs = _by_raw(text, "work_summary", 2024)
    assert [figs[r].ref_year for r in ("1.06个百分点", "0.98个百分点", "1.11个百分点", "9.5%")] == [
        2024, 2021, 2023, 2024]


def test_hundred_and_thirty_first_round_an_ordinal_listed_after_another_is_no_count():
    text = "省第八、九批服务团成员代表发言。第5、6批共选派干部36名。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2019)
    assert [f.raw for f in figs] == ["36名"]


def test_hundred_and_thirty_first_round_first_place_with_no_area_keeps_pai_zai():
    text = "高校众多的北京排在首位,主持完成成果56项。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.kind, f.value) for f in figs] == [("排在首位", "rank", 1.0),
                                                      ("56项", "flow", 56.0)]


def test_hundred_and_thirty_first_round_certified_since_a_programme_began_is_the_stock():
    text = ("据悉,自2011年我区启动院士专家工作站建设以来,已认定区级院士专家工作站37家。"
            "2024年,我区认定院士专家工作站6家。")
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["37家"].metric, figs["6家"].metric) == (
        "academician_workstations", "new_academician_workstations")


def test_hundred_and_thirty_first_round_a_bare_workstation_beside_postdoctoral_ones_is_theirs():
    text = "围绕重点产业设置博士后科研流动站31个,工作站126个。全区建成院士工作站9家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["126个"].metric, figs["9家"].metric) == (
        "unclassified", "academician_workstations")


def test_hundred_and_thirty_first_round_patents_joined_with_another_right_are_a_mixed_total():
    text = ("园区新增各类授权专利及软件著作权87项。专利授权量和商标注册量合计260件。"
            "全年授权专利54项。")
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].metric for r in ("87项", "260件", "54项")] == [
        "unclassified", "unclassified", "patent_grants"]


def test_hundred_and_thirty_first_round_an_intensity_threshold_names_a_class_of_firms():
    text = ("认定标准为研发投入强度在4%以上的制造业企业。"
            "全区研发投入强度达到2.7%,研发投入超过1亿元的企业有9家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("4%", "2.7%", "1亿元")] == [
        "unclassified", "rd_intensity", "unclassified"]


def test_hundred_and_thirty_first_round_square_metres_in_latin_letters_are_a_unit():
    text = "指建筑面积在800m2以上的场馆,每万人拥有面积21.4m2,比上年增加0.5m²。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2016)
    assert [(f.raw, f.value) for f in figs] == [("800m2", 800), ("21.4m2", 21.4), ("0.5m²", 0.5)]


def test_hundred_and_thirty_first_round_new_ones_over_last_year_after_a_stock_are_new():
    text = "目前,全省高新技术企业数量已达到8630家,较上年新增数量超过1500家。"
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["8630家"].metric, figs["1500家"].metric) == (
        "high_tech_enterprises", "new_high_tech_enterprises")


def test_hundred_and_thirty_first_round_a_horizon_after_the_verb_that_sets_it_dates_the_clauses():
    text = ("方案提出到2025年,支持80家企业成为示范企业;培育60个省级技术转移机构,"
            "全省技术合同交易额超过300亿元。")
    figs = _by_raw(text, "work_plan", 2021)
    assert [figs[r].ref_year for r in ("80家", "60个", "300亿元")] == [2025, 2025, 2025]


def test_hundred_and_thirty_first_round_a_figure_set_against_the_actual_result_is_the_plan():
    text = ("核心区规划面积2.4万亩,实际完成2.9万亩;辐射区规划面积150万亩,实际完成181万亩。"
            "年度目标25家,实际完成31家。园区规划面积12平方公里,已建成8平方公里。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2018)
    assert [f.status for f in figs] == ["target", "actual", "target", "actual", "target",
                                        "actual", "actual", "actual"]


def test_hundred_and_thirty_first_round_computing_power_in_petaflops_is_a_unit():
    text = ("中心规划承载3000P算力,年底算力规模达到120P,明年将扩容至500P。"
            "大屏支持1080P视频,共安装4块。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.value) for f in figs] == [("3000P", 3000), ("120P", 120), ("500P", 500),
                                               ("4块", 4)]


def test_hundred_and_thirty_fifth_round_cases_colonies_and_parts_are_counted():
    text = ("全年查办商标侵权案件23起,养殖蜂群超5万群,服务5万群众。展馆由三部分组成,"
            "一部分企业自2021起参与,从10起步。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)
    assert [f.raw for f in figs] == ["23起", "5万群", "5万", "三部分"]


def test_hundred_and_thirty_fifth_round_a_year_after_a_dated_source_lead_dates_the_paragraph():
    text = ("目前,全市建有孵化载体80个。\n"
            "近日,记者在市里召开的“推动孵化载体高质量发展”新闻发布会上获悉,2018年,全市孵化载体"
            "面积40万平方米。全市孵化载体共有从业人员900人。全年开展培训1.2万人次。")
    figs = _by_raw(text, "work_summary", 2019)
    assert [figs[r].ref_year for r in ("40万平方米", "900人", "1.2万人次")] == [2018, 2018, 2018]


def test_hundred_and_thirty_fifth_round_incubated_firms_high_tech_ones_are_a_part():
    text = ("全市孵化载体在孵企业8000家,培育高新技术企业150家;当年毕业企业90个,"
            "其中高新技术企业20个。全市新增在孵企业超过3000家,高新技术企业总数达到2600家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].metric in SHARED_METRIC_IDS for r in ("150家", "20个", "2600家")] == [
        False, False, True]


def test_hundred_and_thirty_fifth_round_funds_to_be_put_in_or_paid_out_are_the_plan():
    text = ("资金完成情况:计划投入80万元,到位资金80万元。2020年将兑现专利奖补200万元。"
            "全年研发投入5亿元。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)
    assert [f.status for f in figs] == ["target", "actual", "target", "actual"]


def test_hundred_and_thirty_fifth_round_a_dateline_two_years_after_the_data_is_the_writing_year():
    text = ("市孵化器考核结果公布\n发布时间 2024-01-05 10:00\n"
            "1月4日,记者获悉,火炬中心公布了2022年度国家级孵化器考核评价结果,"
            "我市8家孵化器被评为优秀。截至目前,全市拥有各类孵化载体150家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert (figs["8家"].ref_year, figs["150家"].ref_year) == (2022, 2024)


def test_hundred_and_thirty_sixth_round_what_a_metric_drives_is_not_that_metric():
    text = "全区52家高新技术企业带动规上工业增加值占比提升至18.2%。高新技术企业占比达到15%。"
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["52家"].metric, figs["18.2%"].metric in SHARED_METRIC_IDS) == (
        "high_tech_enterprises", False)


def test_hundred_and_thirty_fifth_round_two_batches_or_rounds_held_are_counted():
    text = "上半年完成两期创新券兑现,园区内两期兑现12万元。开展三期培训。三期工程开工。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2016)
    assert [f.raw for f in figs] == ["两期", "两期", "12万元", "三期"]


def test_hundred_and_thirty_sixth_round_teams_counted_in_groups():
    text = "全市有个人科技特派员120名、团队科技特派员5组。位列第一组城市。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2018)
    assert [f.raw for f in figs] == ["120名", "5组"]


def test_hundred_and_thirty_sixth_round_a_rank_right_after_the_compared_year_is_that_years():
    text = ("综合排名第40名(较2019年度排名第47名,上升7名)。对比2016年第85位、2017年第70位,"
            "进步明显。较2020年提升5个位次,比2020年增长10%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("排名第40名", "排名第47名", "7名", "第85位", "第70位",
                                       "5个位次", "10%")] == [2021, 2019, 2021, 2016, 2017, 2021,
                                                             2021]


def test_hundred_and_thirty_seventh_round_longer_amounts_in_chinese_numerals_are_money():
    text = "企业累计投入研发经费逾一亿两百万元,带动投资三亿五千万元,共补助四千六百万元,奖励十万元。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2019)
    assert [(f.raw, round(f.value, 4), f.unit) for f in figs] == [
        ("一亿两百万元", 1.02, "亿元"), ("三亿五千万元", 3.5, "亿元"),
        ("四千六百万元", 0.46, "亿元"), ("十万元", 0.001, "亿元")]


def test_hundred_and_thirty_seventh_round_square_metres_cut_short_and_projects_as_cases():
    text = "众创空间孵化面积12.5万平,平台30个。计划自2012年起累计补助418案,万平方公里。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2016)
    assert [f.raw for f in figs] == ["12.5万平", "30个", "418案"]


def test_hundred_and_thirty_seventh_round_a_three_wheeled_motorcycle_is_no_count():
    text = "形成轴承制造产业、三轮摩托及装备制造产业等特色集群,经两轮筛选入选。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [f.raw for f in figs] == ["两轮"]


def test_hundred_and_thirty_seventh_round_a_list_of_places_between_a_metric_and_its_rank():
    text = "全市R&D投入强度仅次于成都、绵阳,德阳、宜宾、泸州,排名全省第六位,与上年持平。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["全省第六位"].metric == "rd_intensity"


def test_hundred_and_thirty_seventh_round_firms_applying_for_certification_are_no_new_ones():
    text = "申报认定国家高新技术企业6家,申请认定高新技术企业3家,全年新认定高新技术企业5家。"
    figs = _by_raw(text, "work_plan", 2019)
    assert [figs[r].metric in SHARED_METRIC_IDS for r in ("6家", "3家", "5家")] == [
        False, False, True]


def test_hundred_and_thirty_seventh_round_an_award_title_in_digits_after_a_long_scope():
    text = "产业链发展入选全国特色产业培育10大案例,建成10大平台。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [f.raw for f in figs] == ["10大"] and figs[0].char_start > 20


def test_hundred_and_thirty_eighth_round_schools_counted_before_and_after_their_change():
    text = "在本地办学的高校从2016年的3所增加到11所。中国电科32所参与建设。"
    figs = _by_raw(text, "work_summary", 2023)
    assert list(figs) == ["3所", "11所"] and figs["3所"].ref_year == 2016


def test_hundred_and_thirty_eighth_round_a_measure_word_in_brackets_for_boards_and_panels():
    text = "悬挂横幅、展板等30余幅(块),展示科普挂图120(幅),发放资料2万份。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2015)
    assert [f.raw for f in figs] == ["30余幅(块)", "120(幅)", "2万份"]


def test_hundred_and_thirty_eighth_round_a_repost_keeps_the_stories_own_dateline():
    text = ("某市专利指标居全国首位\n\n发布时间 : 2021-07-14 16:10:26\n\n"
            "  本地新闻网2020年6月29日讯 截至去年底,全市有效发明专利量达13800件。")
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["13800件"].ref_year == 2019


def test_hundred_and_thirty_ninth_round_a_year_after_a_sources_data_dates_the_paragraph():
    text = ("本市发展数字经济起步较早。\n"
            "据市数据资源局数据,2020年全市数字经济总量突破3000亿元。具体来看,集成电路企业近200家;"
            "新增大数据企业150家。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("3000亿元", "200家", "150家")] == [2020, 2020, 2020]


def test_hundred_and_fortieth_round_a_base_value_after_dui_bi_keeps_the_metric():
    text = "2023年,全市高新技术企业数量超过1.5万家,这对比2018年的6120家,已经翻了一番多。"
    figs = _by_raw(text, "work_summary", 2023)
    base = figs["6120家"]
    assert (base.metric, base.status, base.ref_year) == ("high_tech_enterprises", "actual", 2018)


def test_hundred_and_fortieth_round_a_period_as_a_base_keeps_the_clause_year():
    text = "2024年,全区生产总值达到980亿元;完成规上服务业营收1650亿元,比“十三五”末翻了一番。"
    figs = _by_raw(text, "work_summary", 2025)
    assert [figs[r].ref_year for r in ("1650亿元", "翻了一番")] == [2024, 2024]


def test_hundred_and_fortieth_round_a_rank_of_the_growth_keeps_the_measure_after_the_scope():
    text = "全区专利授权量同比增长41.2%,列全省授权增幅第一;每万人发明专利拥有量增幅居全市增速第二。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["全省授权增幅第一"].kind == "rank"
    assert figs["全市增速第二"].kind == "rank"


def test_hundred_and_fortieth_round_a_year_after_ji_is_the_earlier_one():
    text = "本省知识产权综合指数为0.79,继 2019年之后继续蝉联排名全国第一,保护能力全国排名第二。"
    figs = _by_raw(text, "work_summary", 2020)
    assert [figs[r].ref_year for r in ("全国第一", "全国排名第二")] == [2020, 2020]
    text = "继2014年从节约的经费中拿出1000万元用于增加财政科技投入,2016年又增加500万元。"
    assert _by_raw(text, "work_summary", 2016)["1000万元"].ref_year == 2014


def test_hundred_and_forty_first_round_since_a_past_period_runs_to_the_report_year():
    text = "“十三五”以来,全省科普大篷车累计开展科普活动5120次,行驶总里程38.2万公里。"
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("5120次", "38.2万公里")] == [2021, 2021]


def test_hundred_and_fortieth_round_pools_top_lists_averages_and_foreign_stations_are_parts():
    text = ("全省入库省级高新技术企业达2900余家。百强高企主要集中在省会,达到61家。"
            "百强企业平均研发投入为18.6亿元。我省现有外籍院士工作站15家。")
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("2900余家", "61家", "18.6亿元", "15家")] == [
        "unclassified"] * 4


def test_hundred_and_fortieth_round_a_count_of_parks_before_the_alias_counts_parks():
    text = "58个园区拥有高新技术企业数量超过300家,39个开发区高新技术企业数量超过500家。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("58个", "39个")] == ["unclassified", "unclassified"]


def test_hundred_and_fortieth_round_tenths_listed_after_a_share_are_shares_too():
    text = "园区集聚了超过四成的有效发明专利和五成的专精特新企业,贡献了七成的先导产业产值。"
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].value for r in ("四成", "五成", "七成")] == [40, 50, 70]


def test_hundred_and_fortieth_round_points_after_a_share_of_the_total_change_the_share():
    text = "大湾区研发支出达到3980.5亿元,占全国总量的13.2%,较2022年的12.5%提升了0.7个百分点。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["0.7个百分点"].metric == "unclassified"
    assert figs["3980.5亿元"].metric == "rd_expenditure"


def test_hundred_and_forty_first_round_a_bare_little_giant_in_a_text_on_zhuanjingtexin():
    text = ("第五批专精特新企业名单公示。江苏以712家领跑。深圳“小巨人”企业数量达到290家,"
            "位居全国第一。")
    figs = _by_raw(text, "work_summary", 2023)
    assert [figs[r].metric for r in ("290家", "全国第一")] == ["unclassified", "unclassified"]
    alone = _by_raw("全区“小巨人”企业数量达到29家。", "work_summary", 2023)
    assert alone["29家"].metric == "little_giant_enterprises"


def test_hundred_and_forty_first_round_a_comma_before_the_move_keeps_the_from_year_a_base():
    text = "高新技术企业从2015年的23家,发展到58家,省级科技创新型企业已达到64家。"
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].ref_year for r in ("23家", "58家", "64家")] == [2015, 2018, 2018]


def test_hundred_and_forty_first_round_an_ellipsis_ends_the_sentence_before_it():
    text = ("净增高新企业96家,全社会研发投入占地区生产总值比重2.6%……作为试点县市,"
            "该市跃居全国科技创新百强县(市)第15位。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["2.6%"].metric == "rd_intensity"
    assert figs["第15位"].metric == "unclassified"


def test_hundred_and_forty_first_round_a_chinese_multiple_after_de_is_a_figure():
    text = "其利润率达12.1%,是全国平均利润率的近两倍;营收是2018年的三倍。"
    figs = _by_raw(text, "work_summary", 2024)
    assert (figs["两倍"].value, figs["两倍"].comparator) == (2, "approx")
    assert figs["三倍"].value == 3


def test_hundred_and_fortieth_round_a_doubling_against_last_year_is_this_years():
    text = "从入库增长来看,孝感、黄冈等地入库数量较去年翻番;排名前3位的地区是潜江。"
    assert _by_raw(text, "work_summary", 2022)["翻番"].ref_year == 2022


def test_hundred_and_fortieth_round_a_growth_after_a_fractional_share_is_the_amounts():
    text = "区域技术市场成交额达5120.6亿元,占全国技术市场成交总额的近1/4,比上年增长10.7%。"
    figs = _by_raw(text, "work_summary", 2019)
    assert figs["10.7%"].metric == "tech_contract_value"


def test_hundred_and_forty_second_round_an_amount_reached_after_a_clause_naming_the_metric():
    text = "2022年全区研发经费投入总量再创新高,首次突破五十亿元,达58.3亿元,同比增长21.4%。"
    figs = _by_raw(text, "work_summary", 2022)
    assert [figs[r].metric for r in ("五十亿元", "58.3亿元", "21.4%")] == ["rd_expenditure"] * 3


def test_hundred_and_forty_second_round_guo_gao_qi_is_the_national_high_tech_short_name():
    text = "今年以来,该区推荐申报“国高企”48家,其中新申报29家。全区拥有国高企320家。"
    figs = _by_raw(text, "work_summary", 2018)
    assert [figs[r].metric for r in ("48家", "29家", "320家")] == [
        "unclassified", "unclassified", "high_tech_enterprises"]


def test_hundred_and_forty_second_round_a_long_review_paragraph_keeps_its_period():
    filler = "全力推动城市高品质建设、产业高质量发展、社会高效能治理,成效明显。" * 14
    text = ("“十三五”发展回顾“十三五”时期是全面践行新发展理念的五年。" + filler
            + "生态优势持续厚植。建成纵贯城市南北的18公里滨河湿地绿廊,高新技术企业增加64%。")
    figs = _by_raw(text, "work_summary", 2021)
    assert [figs[r].ref_year for r in ("18公里", "64%")] == [2020, 2020]


def test_hundred_and_forty_first_round_a_range_before_plan_to_invest_dates_the_amount():
    text = "2021-2022年计划投资160亿元;2023-2025年初步计划投资230亿元(其中5G投资72.5亿元)。"
    figs = _by_raw(text, "work_plan", 2020)
    assert [figs[r].ref_year for r in ("160亿元", "230亿元", "72.5亿元")] == [2022, 2025, 2025]


def test_hundred_and_forty_first_round_zuo_ci_and_jian_tao_are_measure_words():
    text = "全年共联动全国980座次科技馆;展馆由10个功能区构成,近300件套展教具和展项。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["980座次"].unit == "座次" and figs["300件套"].unit == "件套"


def test_hundred_and_forty_third_round_the_wei_of_danwei_leads_no_rank():
    text = "太仓市入选5家单位居第二,工业园区入选4家单位居第三。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["居第二"].value == 2 and figs["居第三"].value == 3


def test_hundred_and_forty_third_round_a_list_of_postdoctoral_stations_chooses_no_academicians():
    text = "全国博管办公布2023年博士后科研工作站新设站单位名单,苏州24家单位成功入选。"
    assert _by_raw(text, "work_summary", 2023)["24家"].metric == "unclassified"
    text = "市科协公布院士专家工作站建站名单,全市11家单位成功入选。"
    assert _by_raw(text, "work_summary", 2023)["11家"].metric == "new_academician_workstations"


def test_hundred_and_forty_third_round_a_count_per_ten_thousand_people_is_a_density():
    text = "全市已建成每万人29个5G基站。全市累计建成5G基站1.8万个。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["29个"].metric == "unclassified"
    assert figs["1.8万个"].metric == "5g_base_stations"


def test_hundred_and_forty_first_round_newly_signed_workstations_are_new_ones():
    text = "同时给研究院等17家新签约的院士专家工作站授牌。"
    assert _by_raw(text, "work_summary", 2019)["17家"].metric == "new_academician_workstations"


def test_hundred_and_forty_third_round_a_top_n_after_an_index_starts_at_qian():
    text = "该城市群连续三年位居全球科技集群指数前15,发明专利总量位居全国前5。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["前15"].value == 15 and figs["前15"].kind == "rank"
    assert "15" not in figs


def test_hundred_and_forty_fourth_round_a_move_to_a_place_without_di_is_a_rank():
    text = "该区在全省96个县区中排名提升至 31 位,较上年前进5位。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["排名提升至 31 位"].kind == "rank" and figs["排名提升至 31 位"].value == 31


def test_hundred_and_forty_fourth_round_a_year_after_a_report_that_finds_dates_its_paragraph():
    text = ("《评价报告》分析认为,2019年,全市创新能力稳步提升。创新投入指数达到121.5%,"
            "较上年提高3.2个百分点。")
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["121.5%"].ref_year == 2019 and figs["3.2个百分点"].ref_year == 2019


def test_hundred_and_forty_fourth_round_a_subsidy_by_stages_is_no_rd_spending():
    text = "全年为1200家企业兑现研发投入分段补助6.2亿元,同比增长18%。全市研发投入达到210亿元。"
    figs = _by_raw(text, "work_summary", 2022)
    assert figs["6.2亿元"].metric == "unclassified" and figs["18%"].metric == "unclassified"
    assert figs["210亿元"].metric == "rd_expenditure"


def test_hundred_and_forty_fourth_round_a_listed_body_of_its_own_grows_its_own_multiple():
    text = "五年来,全市高新技术企业增长1.8倍、科技型企业增长2.3倍、新型研发机构增长3倍。"
    figs = _by_raw(text, "work_summary", 2025)
    assert figs["1.8倍"].metric == "high_tech_enterprises"
    assert figs["2.3倍"].metric == "unclassified" and figs["3倍"].metric == "unclassified"


def test_hundred_and_forty_fourth_round_gdp_names_a_growth_of_its_own():
    text = "2023年,该区研发投入同比增长21%,GDP增长6.4%,增速居全市前列。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["21%"].metric == "rd_expenditure" and figs["6.4%"].metric == "unclassified"


def test_hundred_and_forty_fifth_round_baochi_stays_in_a_bare_top_rank():
    text = "三个园区的瞪羚企业数量仍然保持前三,总量继续保持全省前五,综合排名保持前八的势头。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["保持前三"].value == 3 and figs["保持前三"].kind == "rank"
    assert figs["全省前五"].value == 5 and figs["前八"].value == 8


def test_hundred_and_forty_fourth_round_the_firms_total_revenue_is_no_count_of_firms():
    text = "五年来,园区高新技术企业总收入年均增速达15%,高新技术企业达到3200家。"
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["15%"].metric == "unclassified"
    assert figs["3200家"].metric == "high_tech_enterprises"


def test_hundred_and_forty_fifth_round_tenths_with_yishang_open_a_clause():
    text = "规上企业研发机构覆盖率达七成,八成以上企业开展了研发活动,一成不变的做法已经改变。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["七成"].value == 70 and figs["八成"].value == 80
    assert figs["八成"].comparator == "ge" and figs["八成"].kind == "share"
    assert "一成" not in figs


def test_hundred_and_forty_fifth_round_a_rank_among_a_scope_and_its_class_of_zones():
    text = "开发区综合考评位列全省省级开发区第三,亩均税收位居全国国家级经开区第五。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["全省省级开发区第三"].value == 3 and figs["全国国家级经开区第五"].value == 5


def test_hundred_and_forty_seventh_round_a_year_with_quannian_opens_its_paragraph():
    text = ("今年主要目标是:地区生产总值增长5%左右。\n"
            "2024年全年共有12幅地块出让。全年共有18个项目开工、7个项目竣工,总面积90余万平方米,"
            "超额完成年初目标。\n今年,将加快推进项目建设。")
    figs = _by_raw(text, "work_plan", 2025)
    assert figs["18个"].ref_year == 2024 and figs["18个"].status == "actual"
    assert figs["90余万平方米"].ref_year == 2024 and figs["5%"].status == "target"


def test_hundred_and_forty_seventh_round_tiqian_two_years_is_ahead_of_time_not_the_first_years():
    text = "——产业加快升级。提前两年完成“十四五”规划工业总产值900亿元的目标。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["900亿元"].ref_year == 2025 and figs["900亿元"].status == "target"
    figs = _by_raw("一、2023年以来工作回顾\n" + text, "work_summary", 2023)
    assert figs["900亿元"].ref_year == 2025  # the period's aim, not the heading's year


def test_hundred_and_forty_seventh_round_an_earlier_clauses_projection_leaves_a_stated_target():
    text = "——经济稳步增长。全年增速有望保持全市前列,提前完成规划营业收入600亿元的目标。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["600亿元"].status == "target"


def test_hundred_and_forty_seventh_round_points_over_the_planned_investment_are_done():
    text = "全区120个重点项目完成投资860亿元、超过年度计划投资15个百分点。今年计划投资900亿元。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["15个百分点"].status == "actual" and figs["900亿元"].status == "target"


def test_hundred_and_forty_seventh_round_a_paragraph_opened_by_past_years_dates_later_bases():
    text = ("全市科技创新大会召开。\n过去五年,全市研发投入强度从2015年的1.8%增长到2019年的2.2%。"
            "科技进步贡献率从55.1%增长到60.3%。每万人口发明专利拥有量从5.2件增长至12.6件。")
    figs = _by_raw(text, "work_summary", 2020)
    assert figs["55.1%"].ref_year == 2015 and figs["5.2件"].ref_year == 2015
    assert figs["60.3%"].ref_year == 2020 and figs["12.6件"].ref_year == 2020


def test_hundred_and_forty_seventh_round_places_moved_from_a_years_rank_in_chinese_numerals():
    text = "合肥由2020年的第六升至第三,无锡由2020年的第八下滑至第九,排名由上年的第五升至第四。"
    figs = [(f.raw, f.ref_year) for f in find_figures(text, doc_type="work_summary",
                                                        doc_year=2022)]
    assert figs == [("第六", 2020), ("第三", 2022), ("第八", 2020), ("第九", 2022),
                    ("第五", 2021), ("第四", 2022)]


def test_hundred_and_forty_seventh_round_a_year_before_mingdan_is_no_headcount():
    text = "在创新百强区2024名单中,东部地区占70席。全年共有2024名学员结业。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.char_start) for f in figs] == [("70席", 19), ("2024名", 27)]


def test_hundred_and_forty_seventh_round_a_shared_place_is_a_rank():
    text = "在百强区榜单中,江苏、浙江上榜数量并列第一,均占18席;两市增速並列第三位。"
    figs = _by_raw(text, "work_summary", 2023)  # (the verb kept, as a rank with no scope)
    assert figs["并列第一"].value == 1 and figs["並列第三位"].kind == "rank"


def test_hundred_and_forty_seventh_round_a_number_opening_a_named_project_is_its_name():
    text = "对接高校与企业联合投资的项目名称5万吨/年再生胶粉项目;走访企业40余家,收集需求61条。"
    figs = _by_raw(text, "work_summary", 2025)
    assert set(figs) == {"40余家", "61条"}


def test_hundred_and_forty_eighth_round_a_percentage_read_out_with_its_decimals():
    text = "研发经费占生产总值比重达到百分之三点二。企业投入占百分之七十六點五,高校占百分之十。"
    figs = _by_raw(text, "work_summary", 2024)
    assert figs["百分之三点二"].value == 3.2 and figs["百分之七十六點五"].value == 76.5
    assert figs["百分之十"].value == 10 and figs["百分之三点二"].metric == "rd_intensity"


def test_hundred_and_forty_eighth_round_a_scoped_place_after_a_figures_comma_is_a_rank():
    text = "其他城市高新企业数量分别为甲市2300家,全国27名;乙市1500家,全国35名。全国40名专家参加。"
    figs = _by_raw(text, "work_summary", 2021)
    assert figs["全国27名"].kind == "rank" and figs["全国35名"].value == 35
    assert figs["40名"].kind != "rank"


def test_hundred_and_forty_eighth_round_the_same_as_last_year_dates_nothing():
    text = "9个地区研发经费投入超过千亿元,和上年数量相同,其中甲省研发经费投入超过3千亿元。"
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["3千亿元"].ref_year == 2023 and figs["千亿元"].ref_year == 2023


def test_hundred_and_forty_eighth_round_a_year_in_chinese_digits_dates_its_figures():
    text = "据统计,二○二三年全省研发经费达到1200亿元。二〇二二年新认定高新技术企业850家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)
    assert [(f.raw, f.ref_year) for f in figs] == [("1200亿元", 2023), ("850家", 2022)]


def test_hundred_and_forty_eighth_round_this_years_quarter_after_last_years_results():
    text = ("2024年3月5日 来源:某日报\n2023年全省技术合同成交额40.2亿元\n"
            "据了解,2023年成交金额前三名的市县分别是甲市、乙市。今年一季度,全省技术合同认定388项,"
            "合同登记交易额接近9亿元。")
    figs = _by_raw(text, "work_summary", 2023)
    assert figs["40.2亿元"].ref_year == 2023
    assert figs["388项"].ref_year == 2024 and figs["9亿元"].ref_year == 2024


def test_hundred_and_forty_ninth_round_a_count_ranked_in_a_named_area():
    text = "高新技术企业总数达380家,总数盐城第一,在2023中国创新百强县(市)中列第21位。"
    figs = _by_raw(text, "work_summary", 2023)  # (中列第21位 from 第, as round 47 labelled)
    assert figs["盐城第一"].kind == "rank" and figs["第21位"].value == 21


def test_hundred_and_fifty_second_round_tenths_opening_a_clause_about_firms():
    text = "2022年全国潜在独角兽企业共412家,6成企业集聚在长三角,8成以上企业成立不足十年。"
    figs = _by_raw(text, "work_summary", 2022)  # (round 151 labelled 7成企业集聚 as a share)
    assert figs["6成"].value == 60 and figs["8成"].value == 80
    awards = _by_raw("从获奖成果所属区域来看,七成获奖项目来自市区。", "work_summary", 2023)
    assert awards["七成"].value == 70  # (round 156: a clause about projects)


def test_hundred_and_fifty_second_round_an_aim_named_by_its_pool_and_its_parts():
    text = ("9月8日,省科技厅公布第三批入库企业名单。\n\n据培育目标情况表,今年全省科技型中小企业"
            "入库目标1.8万家。其中甲市拟入库5100家,乙市、丙市分别拟入库2100家、1900家。")
    figs = _by_raw(text, "work_summary", 2024)  # (round 151: a target table read out)
    assert {figs[r].status for r in ("1.8万家", "5100家", "2100家", "1900家")} == {"target"}
    listed = _by_raw("近日,省科技厅公示入库名单。\n\n此次拟入库的987家企业中,瞪羚企业有63家。",
                     "work_summary", 2023)
    assert listed["987家"].status == "actual"  # (round 151: a published list, not an aim)


def test_hundred_and_fifty_second_round_shares_of_a_task_handed_down_by_a_named_body():
    text = ("2022年,某市完成专利质押融资52件。其中,质押金额同比增长96%,完成市市场监管局下达目标"
            "任务的212%,完成率列全省第五;质押件数增长41%,完成省局下达目标任务的150%,"
            "户均融资额860万元。")
    figs = _by_raw(text, "work_summary", 2022)  # (round 152: the rates done, not the task)
    assert {figs[r].status for r in ("212%", "全省第五", "41%", "150%", "860万元")} == {"actual"}


def test_hundred_and_fifty_second_round_a_half_stated_as_a_share():
    text = ("科技企业贷款余额288.5亿元,占全区工业贷款余额一半。园区企业专利授权量占全市近一半,"
            "研发人员超全市一半以上。近半年来新增企业12家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    halves = [f for f in figs if f.unit == "%" and f.value == 50]  # (rounds 149, 151, 152)
    assert [f.raw for f in halves] == ["一半", "一半", "一半"] and len(figs) == 5


def test_hundred_and_fifty_third_round_a_forecast_is_expected():
    text = ("1-5月,规上工业总产值上报数为81.2亿元,预测增长15.4%;预测规上工业增加值17.3亿元,"
            "增长16.1%。预测上半年工业投资完成30.5亿元。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 153: 预测 as 预计)
    assert figs["81.2亿元"].status == "actual"
    assert {figs[r].status for r in ("15.4%", "17.3亿元", "16.1%", "30.5亿元")} == {"expected"}


def test_hundred_and_fifty_third_round_an_aim_named_right_before_its_figure():
    text = ("2023年市下达我区规上工业增加值增速确保目标增长11%,奋斗目标增长13%。今年市下达"
            "“小升规”目标任务18家,特色产业产值目标188亿元。1-5月产值达到目标的45%。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 153: aims handed down, in a report)
    assert {figs[r].status for r in ("11%", "13%", "18家", "188亿元")} == {"target"}
    assert figs["45%"].status == "actual"


def test_hundred_and_fifty_third_round_firms_passed_this_year_are_new():
    text = ("据悉,某镇今年通过国家高新技术企业9家,高企总数达到19家。在首批通过6家国家高企基础上,"
            "该镇再次通过3家国家高企认定。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 153)
    assert [(f.raw, f.metric) for f in figs] == [
        ("9家", "new_high_tech_enterprises"), ("19家", "high_tech_enterprises"),
        ("6家", "new_high_tech_enterprises"), ("3家", "new_high_tech_enterprises")]


def test_hundred_and_fifty_second_round_farm_little_giants_are_their_own_programme():
    text = "该县建成省级农业科技园区1家、省级农业小巨人企业4家,科技小巨人企业6家。"
    figs = _by_raw(text, "work_summary", 2020)  # (round 152: a province's farm programme)
    assert figs["4家"].metric == "unclassified"
    assert figs["6家"].metric == "little_giant_enterprises"


def test_hundred_and_fifty_second_round_a_rank_in_a_named_area_as_the_grade_entered_with():
    text = "该星创天地以湖州市第二名的成绩入选省级名单。"
    figs = _by_raw(text, "work_summary", 2020)  # (round 152: raw from the place name)
    assert figs["湖州市第二名"].value == 2


def test_hundred_and_fifty_second_round_a_rank_shared_by_listed_metrics_is_the_firsts():
    text = ("2023年,全社会研发投入占GDP比重、PCT国际专利申请量继续保持全市第一。研发投入强度、"
            "万人发明专利拥有量和公民科学素质比例保持全市第二。")
    figs = _by_raw(text, "work_summary", 2023)  # (rounds 150, 151 and 152)
    assert figs["全市第一"].metric == figs["全市第二"].metric == "rd_intensity"


def test_hundred_and_fifty_fourth_round_the_amounts_rank_past_the_intensity_between():
    text = ("2020年全市研发投入统计再创新高,总量达到98.6亿元,研发投入占GDP比重达到2.41%,比上年"
            "提高0.12个百分点,总量位列全省第5位。")
    figs = _by_raw(text, "work_summary", 2020)  # (round 154: 总量 ranks the amount)
    assert figs["全省第5位"].metric == "rd_expenditure"


def test_hundred_and_fifty_fourth_round_a_places_rank_in_brackets_after_its_name():
    text = "江西3地上榜,分别为南昌市(第15位)、赣州市(第41位)、九江市(第六名)。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)  # (round 154)
    assert [(f.raw, f.value) for f in figs if f.kind == "rank"] == [
        ("第15位", 15), ("第41位", 41), ("第六名", 6)]


def test_hundred_and_fifty_fourth_round_the_new_ones_of_the_years_named():
    text = "国家级高新技术企业3,915家,五年新增2,876家。"
    figs = _by_raw(text, "work_summary", 2020)  # (round 154)
    assert figs["2,876家"].metric == "new_high_tech_enterprises"


def test_hundred_and_fifty_fourth_round_key_high_tech_firms_are_a_part():
    text = "全县有市级以上高新技术企业19家,其中国家级重点高新技术企业2家。"
    figs = _by_raw(text, "work_summary", 2003)  # (round 154)
    assert figs["19家"].metric == "high_tech_enterprises" and figs["2家"].metric == "unclassified"


def test_hundred_and_fifty_fourth_round_a_paragraph_breaking_down_a_years_whole():
    text = ("2016年,全市共登记技术合同9800项。\n\n在2016年的9800项技术合同中,技术开发合同占据主导。"
            "技术服务类合同共4210项,成交金额为38.5亿元。")
    figs = _by_raw(text, "work_summary", 2017)  # (round 154: the paragraph's year)
    assert figs["4210项"].ref_year == figs["38.5亿元"].ref_year == 2016


def test_hundred_and_fifty_fifth_round_years_since_written_without_yi():
    text = "2016年来全社会研发经费支出年均增速居全国第二。2023年来自企业的研发投入占比达78%。"
    figs = _by_raw(text, "work_summary", 2022)  # (round 155: 2016年来 as 2016年以来)
    assert figs["全国第二"].ref_year == 2022 and figs["78%"].ref_year == 2023


def test_hundred_and_fifty_fourth_round_the_top_places_listed_after_the_rank():
    text = "报告显示,2022年国家创新型城市前十强依次为深圳、南京、杭州。"
    figs = _by_raw(text, "work_summary", 2022)  # (round 154: as 前三名的市县分别是)
    assert figs["前十强"].value == 10


def test_hundred_and_fifty_sixth_round_a_clause_ranking_a_share_of_its_own():
    text = ("2022年全社会研发经费投入41.3亿元,总量位居全区第三,规模以上工业企业中有研发活动企业"
            "占比位居全区第二。")
    figs = _by_raw(text, "work_summary", 2022)  # (round 156: that share's rank)
    assert figs["全区第三"].metric == "rd_expenditure" and figs["全区第二"].metric == "unclassified"


def test_hundred_and_fifty_seventh_round_places_ranked_under_a_sentences_frame():
    text = ("2023年,在研究与试验发展(R&D)经费总量上,甲省、乙省分别排在全国第9位、第16位;"
            "在R&D经费投入强度上,乙省、甲省分别排在全国第7位、第12位。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 157)
    assert figs["全国第9位"].metric == figs["第16位"].metric == "rd_expenditure"
    assert figs["全国第7位"].metric == figs["第12位"].metric == "rd_intensity"


def test_hundred_and_fifty_seventh_round_a_first_place_kept_and_a_lists_first():
    text = "某区蝉联榜首。榜单中,某区蝉联榜单第一。"
    figs = _by_raw(text, "work_summary", 2024)  # (round 157: 榜单 is a list's name, from 第)
    assert {"蝉联榜首", "第一"} <= set(figs) and "榜单第一" not in figs


def test_hundred_and_fifty_seventh_round_places_as_measure_words():
    text = ("江西这两地上榜。北京、上海、天津等27省市相继发布规划,浙江、福建两省规模靠前。"
            "全国31省份中,西部12省市自治区居后。该县辖5镇8乡。长三角三省一市共同发布。"
            "市下达两区规上工业增加值增速。入库数居中心城区、环城四区、外围五区四大板块首位。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (rounds 148–157)
    places = {"地", "省", "省市", "省份", "省市自治区", "市", "区", "县", "镇", "乡"}
    assert [f.raw for f in figs if f.unit in places] == [
        "两地", "27省市", "两省", "31省份", "12省市自治区", "5镇", "8乡"]


def test_hundred_and_fifty_fifth_round_policies_counted_not_named():
    text = ("2020年我局共发布政策9条,其中2条为新出台政策。转发《科技奖励办法》等科技政策8条。"
            "落实人才18条。")
    figs = _by_raw(text, "work_summary", 2020)  # (round 155; 人才18条 stays a name)
    assert {"9条", "2条", "8条"} <= set(figs) and "18条" not in figs


def test_hundred_and_fifty_sixth_round_a_count_of_one_closing_its_clause():
    text = ("可持续发展实验区项目2019年全省仅立项一个;获省科学技术进步奖一二等奖各一项,"
            "延续部级项目一个。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2019)  # (rounds 154–156)
    assert [f.raw for f in figs if f.value == 1] == ["一个", "一项", "一个"]


def test_hundred_and_fifty_eighth_round_a_slash_fraction_of_a_thing():
    text = ("某区以全市1/4的土地面积、1/8的工业用地,创造了全市近2/5的工业产值。"
            "热线提供7/24的服务,会议定于3/15的上午召开。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 158; 7/24 names a service, 3/15 a date)
    assert figs["1/4"].value == 25.0 and figs["1/8"].kind == "share" and "2/5" in figs
    assert "7/24" not in figs and "3/15" not in figs


def test_hundred_and_fifty_eighth_round_a_slogan_of_ones_is_a_name():
    text = "建立六个一联动机制,推进四个一百工程,获两个一等奖,建设两个一流学科。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 158)
    assert [f.raw for f in figs] == ["两个", "两个"]


def test_hundred_and_fifty_eighth_round_a_count_of_its_own_ranked():
    text = ("某县研发投入占比连续3年递增,“优秀新技术”数量居全市首位。研发投入强度达3.1%,"
            "创新型企业数量位居全省第二。科技型中小企业入库120家,入库数量居全省第一。")
    figs = _by_raw(text, "work_summary", 2024)  # (round 158: not the share before)
    assert figs["居全市首位"].metric == figs["全省第二"].metric == "unclassified"
    assert figs["全省第一"].metric == figs["120家"].metric != "unclassified"


def test_hundred_and_fifty_ninth_round_a_rank_on_a_ranking_lists_name():
    text = ("该县位列2024年度全国综合实力百强县市第七,排名全国绿色发展百强县市第六位、"
            "投资潜力百强县市第二位。连续五年位列百强县第九,教育指数排名百强区第一;")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 159)
    assert [f.raw for f in figs if f.kind == "rank"] == [
        "第七", "第六位", "第二位", "第九", "第一"]


def test_hundred_and_fifty_ninth_round_a_half_right_after_its_share_word():
    text = "合同成交额中大型企业约占一半,小微企业占近一半。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2017)  # (round 159: not 半)
    assert [f.raw for f in figs] == ["一半", "一半"]


def test_hundred_and_fifty_ninth_round_a_money_range_scaled_at_both_ends():
    text = "三市在3亿~5亿元之间,每家资助10万-20万元。"
    figs = _by_raw(text, "work_summary", 2017)  # (round 159)
    assert (figs["3亿~5亿元"].value_low, figs["3亿~5亿元"].value_high) == (3.0, 5.0)
    assert figs["10万-20万元"].comparator == "range" and figs["10万-20万元"].unit == "亿元"


def test_hundred_and_sixtieth_round_an_amount_passed_after_its_topic():
    text = "2024年,某市全社会研发经费投入持续增长,总数突破81亿元,同比增长9.3%。"
    figs = _by_raw(text, "work_summary", 2024)  # (round 160)
    assert figs["81亿元"].metric == figs["9.3%"].metric == "rd_expenditure"


def test_hundred_and_sixtieth_round_counties_and_cities_counted_together():
    text = "东城、西城、南城、北城4县市上榜。上林、下林、中林3縣市生产总值超过千亿元。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (rounds 158 and 160)
    assert [f.raw for f in figs if f.unit in ("县市", "縣市")] == ["4县市", "3縣市"]


def test_hundred_and_sixtieth_round_lie_keeps_its_place_after_a_list_or_fenbie():
    text = "两家高新区进入全国前50名,分别列第12位、第45位。首次入选百强区、列第71位。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)  # (round 160)
    assert [f.raw for f in figs if f.kind == "rank"] == [
        "全国前50名", "列第12位", "第45位", "列第71位"]


def test_hundred_and_sixty_first_round_lie_after_a_place_or_a_scope():
    text = ("在全省科技创新综合排名中,我县列第四位。全市列第三,全国排名列第7位。"
            "该区列第2位。一系列第三方服务。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 161)
    assert [f.raw for f in figs if f.kind == "rank"] == [
        "列第四位", "全市列第三", "全国排名列第7位", "列第2位"]


def test_hundred_and_sixty_first_round_a_ratio_raised_in_per_cent():
    text = ("2022年,全省研发经费达612.3亿元,同比增长9.1%,研发投入强度达1.83%,比上年提高0.06%。"
            "某市研发经费达7.2亿元,投入强度达1.21%,同比增长21.4%。")
    figs = _by_raw(text, "work_summary", 2022)  # (round 161; a growth stays the amount's)
    assert figs["0.06%"].metric == "rd_intensity" and figs["21.4%"].metric == "rd_expenditure"


def test_hundred_and_sixtieth_round_a_list_topped():
    text = "示范区依旧稳坐榜首。该县荣登全国发展潜力百强县榜首。某区蝉联榜首。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (rounds 159 and 160)
    assert [f.raw for f in figs] == ["榜首", "榜首", "蝉联榜首"]


def test_hundred_and_sixtieth_round_indicators_ranked_in_a_list():
    text = ("位居全国百强县投资潜力第2、新型城镇化质量第4、县域经济基本竞争力第6、绿色发展第8、"
            "科技创新第9。位居全省第6,温州地区第2。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 160)
    assert [f.raw for f in figs] == [
        "第2", "第4", "第6", "第8", "第9", "全省第6", "温州地区第2"]


def test_hundred_and_sixty_second_round_a_share_at_a_periods_end():
    text = "全市研发投入强度长期保持在5.5%以上,并在“十三五”末继续提升到6.24%。"
    figs = _by_raw(text, "work_summary", 2022)  # (round 162)
    assert figs["5.5%"].metric == figs["6.24%"].metric == "rd_intensity"


def test_hundred_and_sixty_third_round_this_years_plan_after_a_purpose():
    text = ("2024年,全市技术合同成交额达210亿元。为畅通成果转化路径,今年某市将布局建设"
            "\"综合型+专业型\"概念验证中心和中试平台,发布各类应用场景80个。")
    figs = _by_raw(text, "work_summary", 2024)  # (round 163)
    assert figs["80个"].status == "target" and figs["210亿元"].status == "actual"


def test_hundred_and_sixty_third_round_among_the_first_n_stepped_into():
    text = "某市创新能力指数排名第27位,首次迈进30强。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 163)
    assert [f.raw for f in figs] == ["排名第27位", "30强"]


def test_hundred_and_sixty_fourth_round_trains_counted():
    text = "中欧班列年度开行量突破4000列、累计开行量超过18000列的车站。排名全省第3。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 164)
    assert [f.raw for f in figs] == ["4000列", "18000列", "全省第3"]


def test_hundred_and_sixtieth_round_a_top_n_made_the_list():
    text = "某省7家国家高新区入围全国40强。12家企业入围中国民企500强。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 160)
    assert [f.raw for f in figs] == ["7家", "全国40强", "12家"]


def test_hundred_and_sixtieth_round_measures_counted():
    text = ("出台服务民营经济高质量发展19条措施,组织对接。落实人才18条,出台“科技创新30条”措施。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (rounds 160 and 161)
    assert [f.raw for f in figs] == ["19条"]


def test_hundred_and_sixtieth_round_a_top_n_entered_or_left():
    text = "两项指标均闯入前五。甲市跌出前十,三家园区占据前三。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2019)  # (round 160)
    assert [f.raw for f in figs if f.kind == "rank"] == ["前五", "前十", "前三"]


def test_hundred_and_sixtieth_round_a_rate_named_after_its_figure():
    text = "某省高新技术企业数量从1500家增长到5200家,年均增长33%,2018年以来,每年保持38%的增速。"
    figs = _by_raw(text, "work_summary", 2020)  # (round 160)
    assert figs["38%"].metric == figs["33%"].metric == "high_tech_enterprises"


def test_hundred_and_sixtieth_round_seats_counted_in_chinese():
    text = "前十名中某省占了六席,另一省占据两席,各有一席之地。甲省包揽了前三席。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 160)
    assert [f.raw for f in figs if f.unit == "席"] == ["六席", "两席"]


def test_hundred_and_sixtieth_round_the_first_three_of_a_list():
    text = "也就是说,前三甲均被某省独占。全市有三甲医院5家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 160)
    assert [f.raw for f in figs] == ["前三甲", "5家"]


def test_hundred_and_sixtieth_round_half_of_a_kind():
    text = "某省下辖城区占据前十名半数席位。此外,某省半数市州研发投入增长。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (rounds 156 and 160)
    assert [f.raw for f in figs if f.unit == "%"] == ["半数", "半数"]


def test_a_loose_range_in_chinese_digits_is_not_a_number():
    text = "今年引进七八家研发机构,培育三五个创新团队,两三个项目落地。八一路上有九三学社。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 160's 四五位)
    assert [(f.raw, f.value_low, f.value_high, f.value) for f in figs] == [
        ("七八家", 7, 8, None), ("三五个", 3, 5, None), ("两三个", 2, 3, None)]


def test_a_page_dated_in_its_year_is_written_that_year():
    text = ("某高新区12家企业入选瞪羚企业名单\n发布时间:2021-11-08 来源:某市人民政府\n"
            "近日,省生产力促进中心发布2021年高新区瞪羚企业评估结果。今年以来,"
            "全年认定科技型中小企业230家,比去年增加40家。")
    figs = _by_raw(text, "work_summary", 2021)  # (round 165: not the year after the results)
    assert figs["230家"].ref_year == 2021 and figs["40家"].ref_year == 2021


def test_the_year_a_zone_was_approved_does_not_date_its_area():
    text = ("某经济开发区是1996年5月经省人民政府批准设立的省级开发区,总规划面积86平方公里,"
            "实际管辖面积21平方公里。某园区于2006年经国务院批准设立,规划面积14平方公里。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)  # (round 167)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("86平方公里", 2021), ("21平方公里", 2021), ("14平方公里", 2021)]


def test_a_named_city_after_zai_is_the_scope_of_a_rank():
    text = "地区生产总值增长3.1%,增速在韶关市排名第5。工业增加值增长4.6%,在广东省位居第三。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 167)
    assert [f.raw for f in figs if f.kind == "rank"] == ["韶关市排名第5", "广东省位居第三"]


def test_a_floor_and_a_stretch_aim_are_one_range():
    text = "今年主要预期目标是:地区生产总值增长6.5%以上、力争达到7%。"
    figs = find_figures(text, doc_type="work_plan", doc_year=2024)  # (round 167)
    assert [(f.raw, f.value_low, f.value_high) for f in figs] == [
        ("6.5%以上、力争达到7%", 6.5, 7.0)]


def test_now_in_a_review_dated_early_next_year_is_the_reviewed_years_end():
    text = ("某县工业经济稳中有进\n某县报 2022-02-15 08:30\n\n2021年,某县新增规上工业企业30家。"
            "目前全县拥有市级以上技术中心75家。")
    figs = _by_raw(text, "work_summary", 2021)  # (rounds 165 and 167)
    assert figs["75家"].ref_year == 2021
    late = text.replace("2022-02-15", "2022-07-15")
    assert _by_raw(late, "work_summary", 2021)["75家"].ref_year == 2022


def test_pinyin_glosses_a_mirror_repeats_are_read_past():
    text = ("2021年(nian)(nian),先進制造業百強園(yuan)區(qu)(qu)(qu)GDP總量達到12.1萬億元;"
            "規上工業增加值6.5萬億元,占其GDP總和的53.2%。")
    figs = _by_raw(text, "work_summary", 2022)  # (round 168)
    assert {figs[r].ref_year for r in ("12.1萬億元", "6.5萬億元", "53.2%")} == {2021}


def test_a_year_compared_with_is_no_date_of_the_counts():
    text = "在2024年百强名单中,跟2023年百强园区相比,有41个园区排名上升,36个园区排名下降。"
    figs = _by_raw(text, "work_summary", 2024)  # (round 168)
    assert figs["41个"].ref_year == figs["36个"].ref_year == 2024


def test_power_and_energy_in_latin_letters_are_units():
    text = "单晶、切片产能分别达到35gw、15gw,储能电池产能将达到28GWH,屋顶光伏装机200MW。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (rounds 168 and 169)
    assert [(f.raw, f.value, f.unit) for f in figs] == [
        ("35gw", 35, "GW"), ("15gw", 15, "GW"), ("28GWH", 28, "GWh"), ("200MW", 200, "MW")]


def test_a_change_by_tenths_is_a_rate():
    text = "车间机器全开,用工减少六成,生产成本降低两成。两成员单位参与。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2020)  # (round 169)
    assert [(f.raw, f.value) for f in figs] == [("六成", 60.0), ("两成", 20.0)]


def test_the_first_n_of_a_class_of_places_and_of_a_region():
    text = ("综合实力均位居全国中小城市百强县前三,经济总量稳居国家级新区前五强。"
            "工业总量进入自治区前四,创新能力稳居全省六强。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (rounds 165–169)
    assert [(f.raw, f.value, f.comparator) for f in figs] == [
        ("前三", 3, "le"), ("前五强", 5, "le"), ("自治区前四", 4, "le"), ("全省六强", 6, "le")]
    listed = "综合实力稳居国家级新区前三强、全国百强区第六名。"  # (round 167: from 第)
    assert [f.raw for f in find_figures(listed, doc_type="work_summary", doc_year=2022)] == [
        "前三强", "第六名"]


def test_ranks_with_a_space_a_closing_aside_or_a_class_of_cities():
    text = ("某区综合评分再获全市第 一。某市在评价排名中,居第38(剔除直辖市)。"
            "人均GDP达到16.2万元,保持全国大中城市首位。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)  # (round 171)
    assert [(f.raw, f.value) for f in figs if f.kind == "rank"] == [
        ("全市第 一", 1), ("居第38", 38), ("全国大中城市首位", 1)]


def test_a_projection_runs_over_a_planned_area_and_a_measure_named_actual():
    text = ("科普馆启动建设,预计总投资3亿元,规划占地15000平方米,总建筑面积约1.1万平方米。"
            "2023年,某经开区预计完成地区生产总值880亿元,实际到账外资6500万美元。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (rounds 167 and 168)
    assert {f.raw: f.status for f in figs} == {
        "3亿元": "expected", "15000平方米": "expected", "1.1万平方米": "expected",
        "880亿元": "expected", "6500万美元": "expected"}


def test_a_page_break_inside_a_quote_does_not_end_the_aims_sentence():
    text = ("1、某市创新型县建设实施方案\n主要目标到2025年,积极打造“产学研用、才\n"
            "2、政金”联动的创新生态,全市研发经费支出达50亿元,高新技术企业达800家。")
    figs = _by_raw(text, "work_plan", 2023)  # (round 167: the viewer's page number 2、)
    assert figs["50亿元"].ref_year == figs["800家"].ref_year == 2025


def test_a_year_just_over_dates_last_year_from_the_year_after():
    text = ("在刚刚结束的2021年度全市重点项目观摩会中,某区综合评分获全市第一。\n"
            "此外,去年某区还取得了众多成就,12个项目全部开工。")
    figs = _by_raw(text, "work_summary", 2021)  # (round 171)
    assert figs["12个"].ref_year == 2021


def test_n_da_after_a_rank_is_no_ordinal():
    text = "总量和增速均位居全市第二,八大行业全部实现正增长。入选第十一、十二批名单。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 165)
    assert [f.raw for f in figs] == ["全市第二", "八大"]


def test_a_count_of_zones_does_not_take_the_firms_they_hold():
    text = "截至2022年末,230家国家级经开区拥有高新技术企业5.2万家,省级孵化器610家。"
    figs = _by_raw(text, "work_summary", 2023)  # (round 149, its glosses read past)
    assert figs["230家"].metric == "unclassified"
    assert figs["5.2万家"].metric == "high_tech_enterprises"


def test_a_level_foreseen_does_not_make_the_next_clauses_aims():
    text = ("今年以来,全年认定科技型中小企业290家,有效高新技术企业将突破350家,"
            "某公司等5家企业申报市独角兽培育计划,某公司等三家企业获评总部经济企业。")
    figs = _by_raw(text, "work_summary", 2021)  # (round 165)
    assert figs["5家"].status == figs["三家"].status == "actual"


def test_the_head_of_an_area_after_wei_or_lie():
    text = "获评数列无锡开发区之首;总估值达1.6万亿元,为各区之首。数量为江苏之最……。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (rounds 165 and 169)
    assert [f.raw for f in figs if f.kind == "rank"] == ["无锡开发区之首", "各区之首", "江苏之最"]


def test_round_thresholds_in_dollars_tonnes_and_containers():
    text = ("新招引超千万美元外资项目36个,其中超亿美元项目4个。"
            "年均产量超百万吨,集装箱突破百万标箱。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (rounds 165, 166, 171)
    assert [(f.raw, f.value, f.unit) for f in figs if not f.raw.endswith("个")] == [
        ("千万美元", 0.1, "亿美元"), ("亿美元", 1.0, "亿美元"),
        ("百万吨", 1e6, "吨"), ("百万标箱", 1e6, "标箱")]


def test_a_projection_runs_on_over_a_completed_budget_clause():
    text = ("这一年,我们踔厉奋发。预计地区生产总值增长6%左右,完成一般公共预算收入160.2亿元,"
            "增长12.6%,税收比重达90.1%;新增市场主体5000户。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 167: the brief's 预计 to the next ;)
    assert {figs[r].status for r in ("6%", "160.2亿元", "12.6%", "90.1%")} == {"expected"}
    assert figs["5000户"].status == "actual"


def test_figures_a_sentence_aims_at_and_calls_the_aim_are_targets():
    text = ("某区正瞄准高新技术企业总量达到400家、科技型企业总量达到1500家,"
            "科技进步贡献率达到65%以上的远期目标阔步前行。去年新增高新技术企业60家。")
    figs = _by_raw(text, "work_summary", 2023)  # (round 168)
    assert {figs[r].status for r in ("400家", "1500家", "65%")} == {"target"}
    assert figs["60家"].status == "actual"


def test_a_streaks_place_with_no_verb():
    text = "科技进步贡献率连续8年浙江第一,研发投入连续三年全国第一。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)  # (round 171)
    assert [f.raw for f in figs if f.kind == "rank"] == ["浙江第一", "全国第一"]


def test_a_round_count_passed_with_no_measure_word():
    text = "两地有效高企破两千。全区科技型中小企业总数超五千,位居全省第一。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 165)
    assert [(f.raw, f.value) for f in figs if f.kind != "rank"] == [("两千", 2000), ("五千", 5000)]


def test_a_measures_place_in_a_named_area_with_no_di():
    text = "高新技术产业纳统企业120家,单位个数居孝感2位。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 166)
    assert [(f.raw, f.kind, f.value) for f in figs] == [
        ("120家", "flow", 120), ("孝感2位", "rank", 2)]


def test_a_progress_table_with_a_row_per_line_is_read_by_place_in_the_line():
    text = ("表1 上半年主要指标完成情况\n指标 | 全年目标 | 上半年完成情况 | |\n绝对值 | 增速 | ||\n"
            "1.工业总产值 | 7%以上 | 1530.2亿元 | 10.4% |\n"
            "2.失业人数 | 4800人以内 | 4321人 | |\n(一)经济平稳\n")
    figs = {f.raw: f.status for f in find_figures(text, doc_type="work_summary", doc_year=2023)}
    assert figs == {"7%": "target", "1530.2亿元": "actual", "10.4%": "actual",
                    "4800人": "target", "4321人": "actual"}  # (round 169)


def test_a_year_heading_a_digests_part_ends_the_year_a_question_opened():
    text = ("县长作政府工作报告。去年我们做了什么?2026年又有哪些新期待?2025:重点工作回顾 "
            "新增市场主体3.2万户,科技型中小企业41家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)  # (round 172)
    assert [(f.raw, f.ref_year) for f in figs] == [("3.2万户", 2025), ("41家", 2025)]


def test_a_projection_noted_after_the_figure_with_no_noun():
    text = "全年地区生产总值增长6.1%(预计,下同)。规上工业产值达1980亿元。研发投入增长9%(预计)。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 172)
    assert [(f.raw, f.status) for f in figs] == [
        ("6.1%", "expected"), ("1980亿元", "expected"), ("9%", "expected")]


def test_a_year_naming_an_honour_won_does_not_date_the_sentence():
    text = ("园区先后获评2021年度省级小微企业创业创新示范基地等4项荣誉,累计培育规上企业38家、"
            "高新技术企业27家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 172)
    assert [(f.raw, f.ref_year) for f in figs] == [("4项", 2021), ("38家", 2023), ("27家", 2023)]
    text = "该市被评为2021年度全省科技创新综合绩效优良市(排名第三位)。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)
    assert [(f.raw, f.ref_year) for f in figs] == [("排名第三位", 2021)]


def test_a_years_since_opener_ends_a_year_that_a_sentence_opened():
    text = ("全年预计实现地区生产总值640亿元。2021年度县域经济综合评价位列全省第五位。一年来,"
            "我们大力发展主导产业,完成技改项目86个,新增规上工业企业24家。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2022)  # (round 173)
    assert [(f.raw, f.ref_year) for f in figs][1:] == [
        ("全省第五位", 2021), ("86个", 2022), ("24家", 2022)]


def test_pairs_of_shoes_are_counted():
    text = "全县制鞋企业186家、产能2.4亿双,到2027年产能将突破4亿双。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 173)
    assert [(f.raw, f.status) for f in figs] == [
        ("186家", "actual"), ("2.4亿双", "actual"), ("4亿双", "target")]


def test_counts_joined_by_a_plus_sign_are_counts():
    text = "形成120个企业技术中心+35个院士专家工作站+9个孵化器的创新平台体系,推进“1+N”政策。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 173)
    assert [f.raw for f in figs] == ["120个", "35个", "9个"]


def test_a_figure_a_sentence_takes_aim_at_is_a_target():
    text = "剑指200亿产值的食品产业园,正构建全产业链,已集聚企业48家。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 174)
    assert [(f.raw, f.status) for f in figs] == [("200亿", "target"), ("48家", "actual")]


def test_a_named_areas_place_after_a_later_verb_in_the_rank_phrase():
    text = "全县经济发展指数排名连续五个季度居吴忠第一,稳居全区第一方阵。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 174)
    assert [(f.raw, f.value) for f in figs] == [("吴忠第一", 1)]


def test_the_past_year_on_a_page_dated_early_in_its_year_is_the_year_before():
    text = ("2025-02-06 09:12:40\n2024年,全县兑现政策资金1.8亿元。\n"
            "过去一年,全县工业增加值38.6亿元,增长9.2%,增速居全市第一。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)  # (round 176)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("1.8亿元", 2024), ("38.6亿元", 2024), ("9.2%", 2024), ("全市第一", 2024)]


def test_a_short_quoted_sentence_with_its_figure_is_no_slogan():
    text = "“去年,我们兑现政策资金1.8亿元。”科长介绍。全县推进“四个一”工程。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2025)  # (round 176)
    assert [f.raw for f in figs] == ["1.8亿元"]


def test_kilograms_kilowatts_tonnes_in_latin_and_spindles_are_measures():
    text = "平均亩产2268.5千克,装机320千瓦,毛竹笋2万t以上,年产缝纫线60万锭。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 177)
    assert [(f.raw, f.unit) for f in figs] == [
        ("2268.5千克", "千克"), ("320千瓦", "千瓦"), ("2万t", "t"), ("60万锭", "锭")]
    assert find_figures("90t纯电动矿卡下线。", doc_type="work_summary", doc_year=2024) == []


def test_a_range_whose_low_end_is_scaled_without_the_unit():
    text = "钱排三华李生产规模发展至8.6万亩,年产量10万至13万吨。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 176)
    rng = figs[-1]
    assert (rng.raw, rng.comparator, rng.unit) == ("10万至13万吨", "range", "吨")


def test_a_count_of_measures_then_their_place():
    text = "12项主要指标中,10项列各县市前三,其中5项列第一。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 172)
    assert [f.raw for f in figs if f.kind == "rank"] == ["各县市前三", "列第一"]


def test_a_rank_after_ranking_then_ju_keeps_both():
    text = "在全省152个开发区中排名居第6位。"
    figs = find_figures(text, doc_type="work_summary", doc_year=2021)  # (round 172)
    assert [f.raw for f in figs if f.kind == "rank"] == ["排名居第6位"]


def test_a_measure_moved_to_a_place_in_a_named_province():
    text = "地区生产总值增速达6.2%,一般公共预算收入总量升至山西省第五位……"
    figs = find_figures(text, doc_type="work_summary", doc_year=2024)  # (round 173)
    assert [f.raw for f in figs if f.kind == "rank"] == ["山西省第五位"]


def test_a_lead_summing_up_the_year_then_last_year_is_that_year():
    text = ("全市科技创新成果丰硕\n\n成果转化任务完成率208%……2023年,我市科技创新成果丰硕。\n\n"
            "去年,全市完成重大科技成果转化96项,完成任务的208%。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 173)
    assert [(f.raw, f.ref_year) for f in figs] == [
        ("208%", 2023), ("96项", 2023), ("208%", 2023)]


def test_a_shortfall_against_the_target_is_a_result():
    text = ("上半年,全区实现地区生产总值760亿元,同比增长3.5%,塌目标1.5个百分点;"
            "投资落后目标2个百分点。")
    figs = find_figures(text, doc_type="work_summary", doc_year=2023)  # (round 173)
    assert {f.raw: f.status for f in figs}["1.5个百分点"] == "actual"
    assert {f.raw: f.status for f in figs}["2个百分点"] == "actual"
