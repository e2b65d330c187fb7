"""Issue 6, documents: every bad input gives a clear one-line problem and never stops the others."""

from __future__ import annotations

import pandas as pd
import pytest

from bad_inputs.cases import LARGE_BYTES, build_corpus
from kewei.cli import main
from kewei.extract import TABLES, extract
from kewei.reading import MAX_BYTES, fold, read_document
from kewei.vocab import SHANGHAI_SLUGS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad_seeds")
    cases = build_corpus(folder)
    out = tmp_path_factory.mktemp("bad_out")
    result = extract(folder, out)
    return folder, cases, result, out


def test_every_bad_file_is_one_error_naming_it(corpus):
    folder, cases, result, _ = corpus
    p = result.tables["problems"]
    for name, exp in cases.items():
        if exp.error is None:
            continue
        rows = p[(p["source_file"] == name) & (p["severity"] == "error")]
        assert len(rows) == 1, (name, rows)
        code = rows["code"].iloc[0]
        if exp.error == "undecodable":
            assert code in ("undecodable", "binary"), name
        else:
            assert code == exp.error, (name, code)
        msg = rows["message"].iloc[0]
        assert "\n" not in msg and len(msg) > 5
        # the problem line names the file
        line = next(q for q in result.problems if q.source_file == name).line()
        assert name in line and "\n" not in line


def test_good_files_still_extracted(corpus):
    _, cases, result, _ = corpus
    d = result.tables["documents"].set_index("source_file")
    for name, exp in cases.items():
        if exp.error is not None or exp.warning == "duplicate_document":
            continue
        assert name in d.index, name
        if exp.encoding:
            assert d.loc[name, "encoding"] == exp.encoding, name
        if exp.district:
            assert d.loc[name, "district"] == exp.district, name
        if exp.year:
            assert d.loc[name, "year"] == exp.year, name


def test_offsets_exact_in_reencoded_documents(corpus):
    folder, _, result, _ = corpus
    f = result.tables["facts"]
    names = ["bom_putuo.txt", "gb18030_minhang.txt", "crlf_songjiang.txt", "fullwidth_xuhui.txt"]
    for name in names:
        text = read_document(folder / name).text
        ff = f[f["source_file"] == name]
        assert len(ff) > 0, name
        for r in ff.itertuples():
            assert text[r.char_start : r.char_end] == r.raw, (name, r.raw)


def test_crlf_and_bom_keep_the_same_figures(corpus, tables):
    _, _, result, _ = corpus
    f = result.tables["facts"]
    seeds = tables["facts"]
    for name, seed in (("crlf_songjiang.txt", "000_43c79211723ad013.txt"),
                       ("bom_putuo.txt", "004_5476e208bf7b0eea.txt"),
                       ("gb18030_minhang.txt", "003_54bb072f99b94610.txt")):
        got = f[f["source_file"] == name][["metric", "value", "status", "ref_year"]]
        want = seeds[seeds["source_file"] == seed][["metric", "value", "status", "ref_year"]]
        assert len(got) == len(want), name
        assert got.reset_index(drop=True).equals(want.reset_index(drop=True)), name
    crlf = read_document(corpus[0] / "crlf_songjiang.txt").text
    assert "\r\n" in crlf  # kept as decoded: offsets index the CRLF text


def test_fullwidth_digits(corpus):
    _, _, result, _ = corpus
    f = result.tables["facts"]
    x = f[f["source_file"] == "fullwidth_xuhui.txt"]
    assert (x["raw"] == "１２０家").any()
    row = x[x["raw"] == "１２０家"].iloc[0]
    assert row["value"] == 120 and row["metric"] == "new_high_tech_enterprises"
    assert ((x["raw"] == "８５亿元") & (x["value"] == 85)).any()
    d = result.tables["documents"].set_index("source_file").loc["fullwidth_xuhui.txt"]
    assert d["issued_on"] == "2024-03-01" and d["district_zh"] == "徐汇区"
    assert fold("２０２４年") == "2024年"


def test_unknown_district_and_year_flagged_not_guessed(corpus):
    _, _, result, _ = corpus
    d = result.tables["documents"].set_index("source_file")
    p = result.tables["problems"]
    nd = d.loc["no_district_no_year.txt"]
    assert pd.isna(nd["district"]) and pd.isna(nd["year"])
    assert nd["doc_id"].startswith("unknown-unknown-")
    codes = set(p[p["source_file"] == "no_district_no_year.txt"]["code"])
    assert {"district_unknown", "year_unknown"} <= codes
    facts = result.tables["facts"]
    assert (facts["source_file"] == "no_district_no_year.txt").any()  # facts still extracted
    hd = d.loc["haidian_plan.txt"]
    assert hd["district"] not in SHANGHAI_SLUGS and hd["district_zh"] == "海淀区"
    assert "district_outside_shanghai" in hd["flags"]


def test_doc_id_collisions_disambiguated(corpus):
    _, _, result, _ = corpus
    d = result.tables["documents"].set_index("source_file")
    assert d.loc["bom_putuo.txt", "doc_id"] == "putuo-2024-work_plan"
    assert d.loc["not_figures.txt", "doc_id"] == "putuo-2024-work_plan-2"


def test_duplicate_counted_once(corpus):
    _, _, result, _ = corpus
    d = result.tables["documents"]
    assert "duplicate_of_putuo.txt" not in set(d["source_file"])
    assert d["sha256"].is_unique
    p = result.tables["problems"]
    dup = p[p["source_file"] == "duplicate_of_putuo.txt"]
    assert dup["code"].tolist() == ["duplicate_document"]
    assert dup["severity"].tolist() == ["warning"] and "bom_putuo.txt" in dup["message"].iloc[0]


def test_not_figures_never_facts(corpus):
    _, _, result, _ = corpus
    f = result.tables["facts"]
    x = f[f["source_file"] == "not_figures.txt"]
    for bad in ("2024", "2号", "G60", "5G", "5.5G", "IPv6", "151", "18条", "7*24", "H25", "第五届"):
        assert not x["raw"].str.contains(bad, regex=False).any(), (bad, x["raw"].tolist())


def test_unquoted_policy_name_not_a_figure():
    from kewei.figures import find_figures

    text = "推进人才18条落地，落实科创十条，出台12条措施。"
    raws = [f.raw for f in find_figures(text, doc_type="work_plan", doc_year=2024)]
    assert "18条" not in raws and "十条" not in raws
    assert "12条" in raws  # a count of measures is still a figure


def test_large_file_refused_with_limit_in_message(corpus):
    folder, _, result, _ = corpus
    assert (folder / "huge.txt").stat().st_size >= LARGE_BYTES > MAX_BYTES
    p = result.tables["problems"]
    msg = p[p["source_file"] == "huge.txt"]["message"].iloc[0]
    assert "MiB" in msg and "limit" in msg


def test_problems_csv_always_written(corpus, tmp_path):
    _, _, _, out = corpus
    for name in TABLES:
        assert (out / f"{name}.csv").exists()
    # an empty seeds folder still writes every table, problems.csv with its header
    (tmp_path / "seeds").mkdir()
    rc = main(["extract", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "o")])
    assert rc == 1  # no document at all could be read
    assert (tmp_path / "o" / "problems.csv").read_text().startswith("source_file,severity,")


def test_exit_code_only_strict(corpus, tmp_path, capsys):
    folder = tmp_path / "seeds"
    build_corpus(folder, large=False)
    assert main(["extract", "--seeds", str(folder), "--out", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err
    assert "error: empty.txt: empty file" in err
    assert "Traceback" not in err
    assert main(["extract", "--seeds", str(folder), "--out", str(tmp_path / "b"), "--strict",
                 "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err and all(line.startswith("kewei extract: ") for line in err)


def test_ignored_files(tmp_path):
    from kewei.reading import iter_seed_files

    for name in ("SHA256SUMS", "sources.yml", "README.md", ".hidden.txt", "doc.txt"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in iter_seed_files(tmp_path)] == ["doc.txt"]
