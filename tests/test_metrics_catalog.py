"""The metric catalog is well-formed and names the table row labels of the seeds."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from conftest import SHARED_METRIC_IDS
from kewei.metrics import (
    KINDS,
    UNITS,
    CatalogError,
    _parse,
    load_catalog,
    metric_for_label,
    shared_metric_ids,
)

SHARED = list(SHARED_METRIC_IDS)


def _m(**kw) -> dict:
    row = {"id": "a", "label_en": "A", "label_zh": "甲", "unit": "家", "kind": "stock"}
    return row | kw


def _raw() -> dict:
    text = resources.files("kewei").joinpath("catalog/metrics.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def test_catalog_declares_exactly_the_shared_metrics_of_the_spec():
    assert shared_metric_ids() == SHARED_METRIC_IDS


def test_shared_ids_present():
    cat = load_catalog()
    missing = [m for m in SHARED if m not in cat]
    assert not missing


def test_ids_unique_and_fields_closed():
    rows = _raw()["metrics"]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for m in load_catalog().values():
        assert m.kind in KINDS, m.id
        assert m.unit in UNITS, m.id
        assert m.label_en and m.label_zh and m.notes, m.id
        assert m.aliases, m.id


def test_every_alias_names_one_metric():
    seen: dict[str, str] = {}
    for m in load_catalog().values():
        for a in m.aliases:
            assert seen.setdefault(a, m.id) == m.id, a


def test_flow_variants_point_at_stock_metrics():
    cat = load_catalog()
    for m in cat.values():
        if m.flow_of:
            assert m.kind == "flow" and cat[m.flow_of].kind == "stock"
            # (new 5G macro stations are counted in 个, all stations in 座: one kind of thing)
            assert m.unit == cat[m.flow_of].unit or {m.unit, cat[m.flow_of].unit} == {"个", "座"}


def test_money_and_percent_conventions():
    cat = load_catalog()
    assert cat["rd_expenditure"].unit == "亿元"
    assert cat["tech_contract_value"].unit == "亿元"
    assert cat["rd_intensity"].unit == "%"
    header = resources.files("kewei").joinpath("catalog/metrics.yaml").read_text(encoding="utf-8")
    assert "亿元" in header.split("metrics:")[0]


@pytest.mark.parametrize(
    ("label", "metric"),
    [
        ("高新技术企业数量", "high_tech_enterprises"),
        ("R&D(亿元)", "rd_expenditure"),
        ("研发投入强度(%)", "rd_intensity"),
        ("申请数(件)", "patent_applications"),
        ("授权数(件)", "patent_grants"),
        ("有效专利总数(件)", "valid_patents"),
        ("科技小巨人培育企业总数", "little_giant_enterprises"),
        ("Ｒ＆Ｄ（亿元）", "rd_expenditure"),
    ],
)
def test_metric_for_label(label, metric):
    m = metric_for_label(label)
    assert m is not None and m.id == metric


@pytest.mark.parametrize("label", ["年份", "较“十二五”期末增长(%)", "", "表一"])
def test_labels_that_name_no_metric(label):
    assert metric_for_label(label) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"metrics": [_m(), _m()]}, "duplicate id"),
        ({"metrics": [_m(kind="level")]}, "kind"),
        ({"metrics": [_m(unit="斤")]}, "unit"),
        ({"metrics": [_m(aliases=["企业"]), _m(id="b", aliases=["企业"])]}, "already names"),
        ({"metrics": [_m(id="new_a", flow_of="nothing")]}, "flow_of"),
        ({"metrics": [_m(not_in_text_with={"小巨人": "专精特新"})]}, "not one of its aliases"),
        ({"metrics": [_m(not_beside={"工作站": "博士后"})]}, "not one of its aliases"),
        ({"items": []}, "metrics"),
    ],
)
def test_malformed_catalog_is_rejected_with_one_line(data, message):
    with pytest.raises(CatalogError) as err:
        _parse(data)
    assert message in str(err.value) and "\n" not in str(err.value)
