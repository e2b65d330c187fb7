"""checks.py: restatements and arithmetic claims tested against the document's tables."""

from __future__ import annotations

from kewei.checks import find_checks, restatement_checks, table_checks
from kewei.series import find_tables

TABLE = "\n\n".join([
    "年份", "2015", "2020", "企业数量(家)", "100", "250",
    "较2015年增长(%)", "/", "150%", "表一  企业", "",
])


def test_multiple_and_difference_claims():
    text = TABLE + "企业总数达到250家，是“十二五”末的2.5倍。企业250家，比2015年增长160家。"
    tables = find_tables(text, lookup=lambda label: None)
    rows = table_checks(text, tables)
    kinds = {r["kind"]: r for r in rows}
    assert kinds["growth_rate"]["consistent"] and kinds["growth_rate"]["computed"] == 150
    assert kinds["multiple"]["consistent"] and kinds["multiple"]["computed"] == 2.5
    assert text[kinds["multiple"]["char_start"] : kinds["multiple"]["char_end"]].endswith("倍")
    diff = kinds["difference"]
    assert not diff["consistent"] and diff["computed"] == 150 and "160家" in diff["claim"]


def test_growth_rounding_is_strict():
    text = TABLE.replace("150%", "150.01%")
    rows = table_checks(text, find_tables(text, lookup=lambda label: None))
    assert not rows[0]["consistent"]


def test_claims_without_a_table_are_not_reported():
    assert table_checks("企业250家，是“十二五”末的2.5倍。", []) == []


def test_restatement_detects_conflict_and_agreement():
    text = ("一是支持161家科技企业获得银行授信7.3亿元，全市第二。"
            "二是支持145家科技企业获得银行授信7.3亿元。")
    facts = []
    for raw in ("161家", "145家"):
        i = text.index(raw)
        facts.append({"raw": raw, "value": float(raw[:-1]), "unit": "家", "char_start": i,
                      "char_end": i + len(raw)})
    (c,) = restatement_checks(text, facts)
    assert c["kind"] == "restatement" and not c["consistent"] and c["computed"] == 161
    facts[1]["value"] = 161.0
    (c,) = restatement_checks(text, facts)
    assert c["consistent"]
    rows = find_checks("doc", text, [], facts)
    assert rows[0]["check_id"] == "doc-c001" and rows[0]["doc_id"] == "doc"


def test_different_claims_are_not_restatements():
    text = "新增企业20家，完成改造30个小区。新增企业25家，完成改造30个园区。"
    facts = []
    for raw in ("20家", "25家"):
        i = text.index(raw)
        facts.append({"raw": raw, "value": float(raw[:-1]), "unit": "家", "char_start": i,
                      "char_end": i + len(raw)})
    assert restatement_checks(text, facts) == []
