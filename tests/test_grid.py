"""briefings.yml: expansion of the parameter grid and one-line errors for malformed grids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kewei.errors import KeweiError
from kewei.grid import GridError, check_output_names, load_grid, notebook_parameters, select


def write_nb(path: Path, params: str = 'district = "songjiang"\nlang = "both"') -> None:
    nb = {
        "cells": [
            {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": params,
             "outputs": [], "execution_count": None},
            {"cell_type": "markdown", "metadata": {}, "source": "# hi"},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }
    path.write_text(json.dumps(nb), encoding="utf-8")


@pytest.fixture
def nbdir(tmp_path: Path) -> Path:
    write_nb(tmp_path / "district_profile.ipynb")
    write_nb(tmp_path / "overview.ipynb", params="")
    return tmp_path


def grid(nbdir: Path, text: str) -> Path:
    p = nbdir / "briefings.yml"
    p.write_text(text, encoding="utf-8")
    return p


GOOD = """briefings:
  - notebook: overview.ipynb
    output: overview
    title: "语料概览 Corpus overview"
    parameters: {}
  - notebook: district_profile.ipynb
    output: "profile-{district}"
    title: "区情 District profile: {district}"
    parameters: {lang: zh}
    grid:
      district: [songjiang, minhang, putuo, jingan]
    depends_on_district: true
"""


def test_grid_expands_cartesian_product_in_order(nbdir: Path) -> None:
    bs = load_grid(grid(nbdir, GOOD), nbdir)
    assert [b.output for b in bs] == [
        "overview", "profile-songjiang", "profile-minhang", "profile-putuo", "profile-jingan"]
    assert bs[2].parameters == {"lang": "zh", "district": "minhang"}
    assert bs[2].title == "区情 District profile: 闵行区 Minhang"  # titles read bilingually
    assert bs[2].output == "profile-minhang"  # file names keep the slug
    assert bs[2].depends_on_district and not bs[0].depends_on_district
    assert bs[0].parameters == {}


def test_two_grid_axes_and_list_values(nbdir: Path) -> None:
    text = """briefings:
  - notebook: district_profile.ipynb
    output: "p-{district}-{lang}"
    title: "{district} {lang}"
    grid: {district: [a, b], lang: [zh, en]}
"""
    assert [b.output for b in load_grid(grid(nbdir, text), nbdir)] == [
        "p-a-zh", "p-a-en", "p-b-zh", "p-b-en"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("briefings:\n  - notebook: overview.ipynb\n    output: o\n    title: t\n    gird: {}\n",
         "unknown key 'gird'"),
        ("briefings:\n  - notebook: missing.ipynb\n    output: o\n    title: t\n",
         "notebook missing.ipynb not found"),
        ("briefings:\n  - output: o\n    title: t\n", "missing or empty 'notebook'"),
        ("briefings:\n  - notebook: overview.ipynb\n    output: o\n    title: t\n"
         "  - notebook: overview.ipynb\n    output: o\n    title: t2\n",
         "duplicate output 'o' (entries 1 and 2)"),
        ("briefings:\n  - notebook: district_profile.ipynb\n    output: p\n    title: t\n"
         "    grid: {district: [a, b]}\n", "duplicate output 'p'"),
        ("briefings:\n  - notebook: district_profile.ipynb\n    output: 'p-{distrct}'\n"
         "    title: t\n    grid: {district: [a]}\n", "placeholder {distrct} is not a parameter"),
        ("briefings:\n  - notebook: district_profile.ipynb\n    output: p\n    title: t\n"
         "    parameters: {distrct: a}\n", "has no parameter 'distrct'"),
        ("briefings:\n  - notebook: district_profile.ipynb\n    output: p\n    title: t\n"
         "    grid: {district: songjiang}\n", "'grid' must map each parameter to a non-empty list"),
        ("briefings:\n  - notebook: overview.ipynb\n    output: o\n    title: t\n"
         "    depends_on_district: true\n", "depends_on_district needs a 'district' parameter"),
        ("briefings: [\n", "not valid YAML"),
        ("pages: []\n", "single top-level key 'briefings'"),
    ],
)
def test_malformed_grid_is_one_line_error_naming_the_file(nbdir: Path, text: str,
                                                          needle: str) -> None:
    with pytest.raises(GridError) as info:
        load_grid(grid(nbdir, text), nbdir)
    msg = str(info.value)
    assert msg.startswith("briefings.yml"), msg
    assert needle in msg
    assert "\n" not in msg
    assert isinstance(info.value, KeweiError)


def test_output_names_must_be_plain_file_names(nbdir: Path) -> None:
    text = """briefings:
  - notebook: district_profile.ipynb
    output: "profile-{district}"
    title: t
    grid: {district: ["../../etc/x"]}
"""
    bs = load_grid(grid(nbdir, text), nbdir)  # structure is fine; the name is checked later
    with pytest.raises(GridError, match="not a plain file name"):
        check_output_names(bs)


def test_only_matches_output_or_notebook_glob(nbdir: Path) -> None:
    bs = load_grid(grid(nbdir, GOOD), nbdir)
    assert [b.output for b in select(bs, "profile-*jiang")] == ["profile-songjiang"]
    assert len(select(bs, "district_profile")) == 4
    assert len(select(bs, None)) == 5
    with pytest.raises(GridError, match="matches no briefing"):
        select(bs, "nothing*")


def test_notebook_parameters_reads_the_tagged_cell(nbdir: Path) -> None:
    assert list(notebook_parameters(nbdir / "district_profile.ipynb") or {}) == [
        "district", "lang"]
