"""load_tables extracts when data/ is missing or stale; document_text verifies the sha256."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kewei.data import COLUMNS, document_text, is_stale, load_tables
from kewei.errors import DocumentError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(p, d / p.name)
    return d


def test_missing_data_is_extracted(seeds, tmp_path):
    data = tmp_path / "data"
    t = load_tables(data, seeds)
    for name, cols in COLUMNS.items():
        assert (data / f"{name}.csv").is_file()
        assert list(getattr(t, name).columns[: len(cols)]) == cols or set(cols) <= set(
            getattr(t, name).columns)
    assert t.districts() == ["jingan", "minhang", "putuo", "songjiang"]
    assert t.district_zh()["songjiang"] == "松江区"
    hte = t.series[(t.series["district"] == "songjiang")
                   & (t.series["metric"] == "high_tech_enterprises")].sort_values("year")
    assert hte["value"].tolist() == [469, 519, 590, 772, 1080, 1755]
    assert not is_stale(data, seeds)


def test_stale_data_is_reextracted(seeds, tmp_path):
    data = tmp_path / "data"
    load_tables(data, seeds)
    src = next(seeds.glob("002_*.txt"))
    (seeds / "005_copy.txt").write_bytes(src.read_bytes().replace("静安".encode(), "徐汇".encode()))
    future = (data / "documents.csv").stat().st_mtime + 10
    os.utime(seeds / "005_copy.txt", (future, future))
    assert is_stale(data, seeds)
    t = load_tables(data, seeds)
    assert "xuhui" in t.districts()


def test_no_refresh_reads_as_is(seeds, tmp_path):
    data = tmp_path / "data"
    load_tables(data, seeds)
    (data / "documents.csv").unlink()
    (data / "documents.parquet").unlink()
    with pytest.raises(Exception, match="documents.csv: table missing"):
        load_tables(data, seeds, refresh=False)


def test_document_text_checks_sha256(seeds, tmp_path):
    t = load_tables(tmp_path / "data", seeds)
    row = t.documents[t.documents["district"] == "putuo"].iloc[0]
    text = document_text(row["doc_id"], t)
    f = t.facts[t.facts["doc_id"] == row["doc_id"]].iloc[0]
    assert text[int(f["char_start"]):int(f["char_end"])] == f["raw"]
    (seeds / row["source_file"]).chmod(0o644)
    with open(seeds / row["source_file"], "a", encoding="utf-8") as fh:
        fh.write("改动")
    with pytest.raises(DocumentError, match=f"{row['source_file']}: sha256 differs"):
        document_text(row["doc_id"], t)
    with pytest.raises(Exception, match="unknown doc_id 'nope'"):
        document_text("nope", t)
