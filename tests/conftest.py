"""Shared fixtures: the real seeds, extracted once per test session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# The five seed files (content pinned by seeds/SHA256SUMS).
SONGJIANG_2024 = "000_43c79211723ad013.txt"
SONGJIANG_PLAN = "001_93d1f2f42a20eb96.txt"
JINGAN_2020 = "002_26ffa6e3ff8bc410.txt"
MINHANG_2023 = "003_54bb072f99b94610.txt"
PUTUO_2024 = "004_5476e208bf7b0eea.txt"


#: The shared metric ids that issue 3 names (the spec; the catalog must declare exactly these).
SHARED_METRIC_IDS: tuple[str, ...] = (
    "high_tech_enterprises", "new_high_tech_enterprises", "rd_intensity", "rd_expenditure",
    "tech_contract_value", "little_giant_enterprises", "new_little_giant_enterprises",
    "academician_workstations", "new_academician_workstations", "science_popularization_bases",
    "new_science_popularization_bases", "5g_base_stations", "new_5g_macro_stations",
    "garage_signal_coverage", "invention_patents_per_10k", "patent_applications",
    "patent_grants", "valid_patents",
)

@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The repository's seeds folder (read-only: never write into it)."""
    return SEEDS


@pytest.fixture(scope="session")
def extracted(tmp_path_factory):
    """ExtractResult of the real seeds, written once into a session temp folder (``.out``)."""
    from kewei.extract import extract

    out = tmp_path_factory.mktemp("data")
    return extract(SEEDS, out)


@pytest.fixture(scope="session")
def tables(extracted) -> dict[str, pd.DataFrame]:
    """The tables extracted from the real seeds (documents, facts, series, …, problems)."""
    return extracted.tables


@pytest.fixture(scope="session")
def data_dir(extracted) -> Path:
    """A folder holding the tables extracted from the real seeds (CSV + Parquet)."""
    return extracted.out


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """source_file → decoded text of every seed document."""
    from kewei.reading import iter_seed_files, read_document

    return {p.name: read_document(p).text for p in iter_seed_files(SEEDS)}


@pytest.fixture(scope="session")
def doc_ids(tables) -> dict[str, str]:
    """source_file → doc_id."""
    d = tables["documents"]
    return dict(zip(d["source_file"], d["doc_id"], strict=True))
