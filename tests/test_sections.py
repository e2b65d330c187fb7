"""sections.py: heading hierarchy, table of contents skipped, facts named by nearest heading."""

from __future__ import annotations

from conftest import MINHANG_2023, PUTUO_2024, SONGJIANG_PLAN
from kewei.sections import find_sections, section_at, section_name, section_rows

DOC = """标题
一、第一部分
(一)第一小节。正文提到100家。
1、细目甲
正文。
二、第二部分
（二）第二小节，正文
"""


def test_levels_parents_and_spans():
    heads = find_sections(DOC)
    assert [(h.level, h.label, h.heading) for h in heads] == [
        (1, "一、", "第一部分"), (2, "(一)", "第一小节"), (3, "1、", "细目甲"),
        (1, "二、", "第二部分"), (2, "（二）", "第二小节，正文"),
    ]
    rows = section_rows("d", heads)
    assert [r["parent_id"] for r in rows] == [None, "d-s001", "d-s002", None, "d-s004"]
    for h in heads:
        assert DOC[h.char_start :].startswith(h.label)
    pos = DOC.index("100家")
    assert section_name(section_at(heads, pos)) == "(一)第一小节"
    assert heads[0].char_end == DOC.index("二、")


def test_table_of_contents_skipped(seed_texts):
    text = seed_texts[SONGJIANG_PLAN]
    heads = find_sections(text)
    toc_end = text.index("前言")
    assert all(h.char_start > toc_end for h in heads)
    assert [h.label for h in heads if h.level == 1] == ["一、", "二、", "三、", "四、", "五、"]


def test_bare_numeral_heading_and_fullwidth_labels(seed_texts):
    mh = find_sections(seed_texts[MINHANG_2023])
    assert [(h.label, h.heading) for h in mh if h.level == 1] == [
        ("一", "主要目标完成情况"), ("二、", "重点任务推进情况")]
    pt = find_sections(seed_texts[PUTUO_2024])
    assert len([h for h in pt if h.level == 2]) == 16  # （一）…（十六）, long paragraphs too


def test_sections_table(tables):
    s = tables["sections"]
    assert s["section_id"].is_unique
    assert (s["char_end"] > s["char_start"]).all()
    assert set(s["level"]) == {1, 2, 3}


def test_plans_written_in_chapters():
    # chapters and their sections stand above 一、 (levels -1 and 0)
    text = ("某区科技创新“十四五”规划\n第一章 开启新征程\n第一节 发展基础\n"
            "一、科技创新实力稳步提升\n正文。\n第二节 发展目标\n二、主要指标\n正文。\n"
            "第二章 重点任务\n一、培育创新主体\n正文。\n")
    heads = find_sections(text)
    assert [(h.level, h.label, h.heading) for h in heads] == [
        (-1, "第一章", "开启新征程"), (0, "第一节", "发展基础"),
        (1, "一、", "科技创新实力稳步提升"), (0, "第二节", "发展目标"), (1, "二、", "主要指标"),
        (-1, "第二章", "重点任务"), (1, "一、", "培育创新主体")]
    rows = section_rows("d", heads)
    assert rows[2]["parent_id"] == rows[1]["section_id"]
    assert rows[1]["parent_id"] == rows[0]["section_id"]
    assert text[heads[0].char_start : heads[0].char_end].endswith("正文。\n")
    assert heads[0].char_end == heads[5].char_start


def test_a_page_number_glued_to_a_long_sentence_is_no_heading():
    text = ("(二)深入推进高新技术企业培育工作。积极落实高新技术企业\n"
            "2、优惠政策,用好自治区、自治州级高新技术企业发展扶持资金,2023年新认定7家高新技术企业"
            "已收到资金,根据州科技局任务指标,2024年内新认定高新技术企业6家。\n3、加强科技普及。\n")
    heads = [(h.level, h.heading) for h in find_sections(text)]
    assert heads == [(2, "深入推进高新技术企业培育工作"), (3, "加强科技普及。")]
