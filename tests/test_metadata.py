"""metadata.py and vocab.py: detection from the text, nothing guessed."""

from __future__ import annotations

import pytest

from conftest import JINGAN_2020, MINHANG_2023, PUTUO_2024, SONGJIANG_2024, SONGJIANG_PLAN
from kewei import vocab
from kewei.errors import KeweiError
from kewei.metadata import detect


def test_seed_metadata(seed_texts):
    m = detect(seed_texts[SONGJIANG_2024], SONGJIANG_2024)
    assert (m.district, m.doc_type, m.year, m.issued_on) == (
        "songjiang", "work_plan", 2024, "2024-03-25")
    assert m.title == "松江区科学技术委员会2024年工作要点"
    assert m.issuer == "上海市松江区科学技术委员会" and m.warnings == []
    p = detect(seed_texts[SONGJIANG_PLAN], SONGJIANG_PLAN)
    assert (p.doc_type, p.period_start, p.period_end) == ("five_year_plan", 2021, 2025)
    j = detect(seed_texts[JINGAN_2020], JINGAN_2020)
    assert j.district == "jingan" and "district_from_body" in j.flags
    assert j.issuer is None and j.issued_on is None  # not printed: left empty, warned
    assert {"issuer_unknown", "issued_on_unknown"} <= {c for c, _ in j.warnings}
    mh = detect(seed_texts[MINHANG_2023], MINHANG_2023)
    assert mh.issued_on == "202426" and "issued_on_garbled" in mh.flags
    assert mh.doc_number == "闵科委〔202414"
    pt = detect(seed_texts[PUTUO_2024], PUTUO_2024)
    assert pt.doc_number == "普科委〔2024〕2号" and pt.issuer == "上海市普陀区科学技术委员会"


@pytest.mark.parametrize(
    ("text", "district", "year", "doc_type"),
    [
        ("徐汇区科学技术委员会2024年工作计划\n一、…", "xuhui", 2024, "work_plan"),
        ("浦东新区科技和经济委员会２０２３年工作总结\n", "pudong", 2023, "work_summary"),
        ("嘉定区科技创新“十三五”规划\n", "jiading", 2016, "five_year_plan"),
        ("长宁区科委2022年工作要点\n", "changning", 2022, "work_plan"),
    ],
)
def test_other_shanghai_districts(text, district, year, doc_type):
    m = detect(text, "x.txt")
    assert (m.district, m.year, m.doc_type) == (district, year, doc_type)


def test_unknown_left_empty_with_warnings():
    m = detect("工作要点\n新增企业20家。\n", "x.txt")
    assert m.district is None and m.year is None
    assert {"district_unknown", "year_unknown"} <= {c for c, _ in m.warnings}


def test_body_mentions_must_be_clear():
    # two districts mentioned equally often: not assigned to either
    m = detect("区科委2024年工作要点\n与松江、闵行合作。松江和闵行。\n", "x.txt")
    assert m.district is None and "district_unknown" in m.flags


def test_district_elsewhere_gets_a_slug():
    m = detect("北京市海淀区科学技术委员会2024年工作要点\n", "x.txt")
    assert m.district not in vocab.SHANGHAI_SLUGS and vocab.is_district_slug(m.district)
    assert m.district_zh == "海淀区" and "district_outside_shanghai" in m.flags


def test_vocab_lookups_raise_with_valid_values():
    assert len(vocab.DISTRICTS) == 16 and len(set(vocab.SHANGHAI_SLUGS)) == 16
    assert vocab.district_label("jingan") == "静安区"
    assert vocab.district_label("jingan", "en") == "Jing'an"
    with pytest.raises(KeweiError, match="atlantis.*huangpu.*chongming"):
        vocab.district_label("atlantis")
    with pytest.raises(KeweiError, match="work_plan"):
        vocab.doc_type_label("memo")
    assert vocab.slug_for("松江区") == "songjiang" and vocab.slug_for("浦东新区") == "pudong"


def test_issuer_read_from_a_title_that_opens_with_the_commission():
    m = detect("上海市徐汇区科学技术委员会2023年工作总结\n全年新增高新技术企业120家。\n", "x.txt")
    assert m.issuer == "上海市徐汇区科学技术委员会"
    assert "issuer_from_title" in m.flags
    assert "issuer_unknown" not in {c for c, _ in m.warnings}


def test_a_review_of_a_five_year_plan_is_a_report_not_a_plan():
    text = ("南京市科学技术局\n《南京市“十四五”科技创新规划》实施中期评估情况\n"
            "今年以来,市科技局对《科技规划》开展了中期评估,发放调查问卷886份。\n")
    assert detect(text, "x.txt").doc_type == "work_summary"
    plan = "南京市“十四五”科技创新规划\n一、发展基础\n“十三五”期间,全市高新技术企业达到7800家。\n"
    assert detect(plan, "y.txt").doc_type == "five_year_plan"
