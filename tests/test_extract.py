"""End-to-end extraction of the real seeds: the figures issue 3 names, provenance, determinism."""

from __future__ import annotations

import math
import shutil

import pandas as pd
import pytest

from conftest import (
    JINGAN_2020,
    MINHANG_2023,
    PUTUO_2024,
    SHARED_METRIC_IDS,
    SONGJIANG_2024,
    SONGJIANG_PLAN,
)
from kewei import schemas
from kewei.extract import TABLES, extract
from kewei.metrics import load_catalog

CORE = list(SHARED_METRIC_IDS)


def _facts(tables, doc_ids, source_file, **where) -> pd.DataFrame:
    f = tables["facts"]
    f = f[f["doc_id"] == doc_ids[source_file]]
    for col, val in where.items():
        f = f[f[col] == val]
    return f


def test_every_table_written_with_declared_columns(data_dir):
    for name in TABLES:
        csv = pd.read_csv(data_dir / f"{name}.csv")
        assert list(csv.columns) == schemas.COLUMNS[name], name
        pq = pd.read_parquet(data_dir / f"{name}.parquet")
        assert list(pq.columns) == schemas.COLUMNS[name], name
        assert len(pq) == len(csv), name


def test_documents_metadata(tables):
    d = tables["documents"].set_index("source_file")
    assert d.loc[SONGJIANG_2024, ["district", "doc_type", "year"]].tolist() == [
        "songjiang", "work_plan", 2024]
    assert d.loc[SONGJIANG_2024, "issued_on"] == "2024-03-25"
    plan = d.loc[SONGJIANG_PLAN]
    assert (plan["district"], plan["doc_type"]) == ("songjiang", "five_year_plan")
    assert (plan["period_start"], plan["period_end"]) == (2021, 2025)
    assert plan["issued_on"] == "2022-01-26"
    assert d.loc[JINGAN_2020, ["district", "district_zh", "doc_type", "year"]].tolist() == [
        "jingan", "静安区", "work_plan", 2020]
    assert "district_from_body" in d.loc[JINGAN_2020, "flags"]
    mh = d.loc[MINHANG_2023]
    assert (mh["district"], mh["doc_type"], mh["year"]) == ("minhang", "work_summary", 2023)
    # garbled values are kept as printed and flagged, never guessed
    assert mh["issued_on"] == "202426" and "issued_on_garbled" in mh["flags"]
    assert mh["doc_number"] == "闵科委〔202414" and "doc_number_garbled" in mh["flags"]
    pt = d.loc[PUTUO_2024]
    assert (pt["district"], pt["doc_type"], pt["year"]) == ("putuo", "work_plan", 2024)
    assert pt["doc_number"] == "普科委〔2024〕2号"
    assert pt["issued_on"] == "2024-02-06"
    assert set(d["encoding"]) == {"utf-8"}
    assert d["doc_id"].is_unique


def test_songjiang_high_tech_series(tables):
    s = tables["series"]
    s = s[(s["district"] == "songjiang") & (s["metric"] == "high_tech_enterprises")]
    s = s.sort_values("year")
    assert s["year"].tolist() == [2015, 2016, 2017, 2018, 2019, 2020]
    assert s["value"].tolist() == [469, 519, 590, 772, 1080, 1755]
    assert set(s["table"]) == {"表三"}
    assert set(s["unit"]) == {"家"}


def test_songjiang_rd_intensity_series(tables):
    s = tables["series"]
    s = s[(s["district"] == "songjiang") & (s["metric"] == "rd_intensity")].sort_values("year")
    assert s["value"].tolist() == [3.58, 3.7, 4.18, 3.98, 4.32, 4.59]
    assert set(s["unit"]) == {"%"}


def test_missing_table_cells_are_missing_not_zero(tables):
    s = tables["series"]
    rd = s[(s["metric"] == "rd_expenditure") & (s["year"] == 2015)]
    assert len(rd) == 1 and math.isnan(rd["value"].iloc[0])
    growth = s[s["metric"] == "patent_applications_growth"].sort_values("year")
    assert growth["value"].isna().tolist() == [True, True, True, True, False, False]
    assert growth["value"].dropna().tolist() == [61.34, 136.94]
    f = tables["facts"]
    assert not ((f["metric"] == "rd_expenditure") & (f["ref_year"] == 2015)
                & (f["status"] == "actual") & (f["doc_id"].str.startswith("songjiang"))).any()


def test_every_series_cell_is_a_fact(tables):
    s = tables["series"].dropna(subset=["value"])
    f = tables["facts"]
    keys = set(zip(f["doc_id"], f["char_start"], f["char_end"], strict=True))
    for r in s.itertuples():
        assert (r.doc_id, r.char_start, r.char_end) in keys, r


def test_songjiang_targets(tables, doc_ids):
    f = _facts(tables, doc_ids, SONGJIANG_2024, metric="high_tech_enterprises", status="target")
    assert (f["value"] == 3000).any() and (f[f["value"] == 3000]["ref_year"] == 2024).all()
    p = _facts(tables, doc_ids, SONGJIANG_PLAN, metric="high_tech_enterprises", status="target")
    t2025 = p[(p["value"] == 3200) & (p["ref_year"] == 2025)]
    assert not t2025.empty
    assert "ge" in set(t2025["comparator"])


def test_minhang_2023_actuals(tables, doc_ids):
    def one(metric, value, unit):
        f = _facts(tables, doc_ids, MINHANG_2023, metric=metric, status="actual", ref_year=2023)
        assert ((f["value"] - value).abs() < 1e-9).any(), (metric, f[["raw", "value"]])
        assert set(f[(f["value"] - value).abs() < 1e-9]["unit"]) == {unit}

    one("high_tech_enterprises", 3612, "家")
    one("rd_intensity", 10.6, "%")
    one("rd_expenditure", 304.45, "亿元")
    one("tech_contract_value", 320, "亿元")


def test_putuo_targets(tables, doc_ids):
    f = _facts(tables, doc_ids, PUTUO_2024, metric="new_high_tech_enterprises")
    r = f[f["comparator"] == "range"]
    assert len(r) == 1
    assert (r["value_low"].iloc[0], r["value_high"].iloc[0]) == (50, 60)
    assert r["ref_year"].iloc[0] == 2024
    rd = _facts(tables, doc_ids, PUTUO_2024, metric="rd_intensity")
    assert ((rd["value"] == 2.5) & (rd["ref_year"] == 2023)).any()


def test_jingan_has_no_core_metric_facts(tables, doc_ids):
    f = _facts(tables, doc_ids, JINGAN_2020)
    assert not f["metric"].isin(CORE).any(), f[f["metric"].isin(CORE)]


def test_fact_offsets_are_exact(tables, seed_texts):
    f = tables["facts"]
    assert len(f) > 100
    for r in f.itertuples():
        assert seed_texts[r.source_file][r.char_start : r.char_end] == r.raw, r


def test_series_offsets_point_at_cells(tables, seed_texts, doc_ids):
    s = tables["series"].dropna(subset=["value"])
    plan = seed_texts[SONGJIANG_PLAN]
    for r in s.itertuples():
        cell = plan[r.char_start : r.char_end]
        assert float(cell.rstrip("%")) == pytest.approx(r.value), r


def test_not_figures(tables):
    f = tables["facts"]
    for raw in ("G60", "5G", "IPv6", "〔2024〕", "2号", "第五届", "H25", "U30", "7*24"):
        assert not f["raw"].str.contains(raw, regex=False).any(), raw
    assert not f["raw"].str.fullmatch(r"20\d\d年?").any()


def test_fact_ids_and_metrics_valid(tables):
    f = tables["facts"]
    assert f["fact_id"].is_unique
    catalog = set(load_catalog())
    assert f["metric"].isin(catalog | {"unclassified"}).all()
    assert f["metric_zh"].notna().all()


def test_sections_attached(tables, doc_ids):
    f = _facts(tables, doc_ids, SONGJIANG_2024, metric="high_tech_enterprises", status="target")
    assert f["section"].iloc[0].startswith("(一)培育提升企业自主创新能力")
    sec = tables["sections"]
    assert set(sec["doc_id"]) == set(doc_ids.values())


def test_checks_find_conflicts(tables, doc_ids):
    c = tables["checks"]
    mh = c[c["doc_id"] == doc_ids[MINHANG_2023]]
    conflict = mh[(mh["kind"] == "restatement") & ~mh["consistent"]]
    assert len(conflict) == 1
    row = conflict.iloc[0]
    assert "145家" in row["claim"] and "161家" in row["claim"] and row["computed"] == 161
    assert "7.3亿元" in row["quote"]
    sj = c[c["doc_id"] == doc_ids[SONGJIANG_PLAN]].set_index("kind")
    diff = c[(c["kind"] == "difference") & c["claim"].str.contains("66家")]
    assert len(diff) == 1 and not diff["consistent"].iloc[0] and diff["computed"].iloc[0] == 62
    mult = sj.loc[["multiple"]]
    assert mult["claim"].str.contains("3.7倍").any() and mult["consistent"].all()
    assert mult["computed"].iloc[0] == pytest.approx(1755 / 469, abs=1e-3)
    growth = c[c["kind"] == "growth_rate"]
    assert len(growth) == 6
    assert set(growth[growth["consistent"]]["claim"].str.extract(r"(\d+\.\d+%)")[0]) == {
        "61.34%", "95.46%", "200.22%", "94.05%", "151.46%"}


def test_problems_for_seeds_are_warnings_only(tables):
    p = tables["problems"]
    assert list(p.columns) == ["source_file", "severity", "code", "message"]
    assert set(p["severity"]) == {"warning"}
    assert {"district_from_body", "issued_on_garbled", "doc_number_garbled"} <= set(p["code"])


def test_two_extractions_are_byte_identical(tmp_path, data_dir):
    from conftest import SEEDS

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    extract(seeds, tmp_path / "a")
    second = extract(seeds, tmp_path / "b")
    for name in TABLES:
        a = (tmp_path / "a" / f"{name}.csv").read_bytes()
        assert a == (tmp_path / "b" / f"{name}.csv").read_bytes(), name
        assert a == (data_dir / f"{name}.csv").read_bytes(), name
    # a re-run into the same folder rewrites nothing
    again = extract(seeds, tmp_path / "b")
    assert again.written == [] and len(second.written) == 2 * len(TABLES)


def test_schema_violation_names_table_and_column(tables):
    from kewei.errors import SchemaError

    bad = tables["facts"].copy()
    bad.loc[0, "status"] = "rumoured"
    with pytest.raises(SchemaError, match=r"facts.*status"):
        schemas.validate("facts", bad)
    dup = pd.concat([tables["documents"], tables["documents"].head(1)])
    with pytest.raises(SchemaError, match=r"documents.*doc_id"):
        schemas.validate("documents", dup)


def test_cli_summary_and_exit_code(tmp_path, capsys):
    from conftest import SEEDS
    from kewei.cli import main

    rc = main(["extract", "--seeds", str(SEEDS), "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 0
    assert "5 documents" in err and "facts" in err and "checks" in err
    assert (tmp_path / "problems.csv").exists()
    rc = main(["extract", "--seeds", str(SEEDS), "--out", str(tmp_path), "--quiet", "--strict"])
    assert rc == 0  # warnings never fail, even with --strict
    assert capsys.readouterr().err == ""


def test_a_failing_document_never_stops_the_others(tmp_path, monkeypatch):
    import kewei.figures
    from conftest import SEEDS

    real = kewei.figures.find_figures

    def flaky(text, **kw):
        if "静安" in text:
            raise RuntimeError("boom")
        return real(text, **kw)

    monkeypatch.setattr(kewei.figures, "find_figures", flaky)
    res = extract(SEEDS, tmp_path, progress=True)
    assert len(res.tables["documents"]) == 4
    p = res.tables["problems"]
    bad = p[(p["code"] == "extraction_failed")]
    assert bad["source_file"].tolist() == [JINGAN_2020]
    assert "RuntimeError: boom" in bad["message"].iloc[0]


def test_pipe_table_cells_are_facts_checked_by_the_schema(tmp_path):
    # an invented bureau report whose ranking table a web page flattened to | rows
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = ("上海市松江区科学技术委员会2023年工作总结\n2023年,全区科技创新稳步推进。\n"
            "各区研发投入强度情况表\n区 | 2022年度 | 2023年度 |\n"
            "研发投入强度(%) | 排名 | 研发投入强度(%) | 排名 |\n"
            "甲区 | 4.10 | 2 | 4.35 | 1 |\n")
    (seeds / "report.txt").write_text(text, encoding="utf-8")
    res = extract(seeds, tmp_path / "out")
    facts = res.tables["facts"]
    cells = facts[facts["quote"].str.startswith("甲区")]
    assert cells["raw"].tolist() == ["4.10", "2", "4.35", "1"]
    assert cells["ref_year"].tolist() == [2022, 2022, 2023, 2023]
    assert set(cells["metric"]) == {"rd_intensity"}
    assert cells["unit"].tolist() == ["%", "rank", "%", "rank"]
    assert all(text[a:b] == r for a, b, r in zip(cells["char_start"], cells["char_end"],
                                                   cells["raw"], strict=True))
    assert res.tables["series"].empty
