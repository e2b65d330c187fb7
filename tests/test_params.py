"""Parameter validation: names, types, districts, metrics, year windows; values are never code."""

from __future__ import annotations

import ast

import pandas as pd
import pytest

from kewei.data import COLUMNS, tables_from_frames
from kewei.errors import ParameterError
from kewei.params import PARAMETER_SPECS, validate_grid, validate_parameters

DISTRICTS = ["jingan", "minhang", "putuo", "songjiang"]


@pytest.fixture
def tables():
    docs = pd.DataFrame([{c: None for c in COLUMNS["documents"]} | {"district": d,
                         "doc_id": d, "district_zh": d} for d in DISTRICTS],
                        columns=COLUMNS["documents"])
    facts = pd.DataFrame([{c: None for c in COLUMNS["facts"]} | {
        "district": "songjiang", "metric": "high_tech_enterprises"}], columns=COLUMNS["facts"])
    return tables_from_frames(documents=docs, facts=facts)


def test_defaults_filled(tables):
    p = validate_parameters("district_profile", {}, tables)
    assert p == {"district": "songjiang", "lang": "both"}
    p = validate_parameters("trajectory.ipynb", {"district": "minhang"}, tables)
    assert p["district"] == "minhang" and p["metric"] == "high_tech_enterprises"
    assert validate_parameters("overview", {}, tables) == {}


def test_unknown_district_lists_valid_ones(tables):
    with pytest.raises(ParameterError) as err:
        validate_parameters("district_profile", {"district": "xuhui"}, tables)
    msg = str(err.value)
    assert "'xuhui'" in msg and "jingan, minhang, putuo, songjiang" in msg
    assert "\n" not in msg


def test_unknown_metric_lists_valid_ones(tables):
    with pytest.raises(ParameterError, match="unknown metric.*valid:.*high_tech_enterprises"):
        validate_parameters("trajectory", {"metric": "gdp_per_cow"}, tables)
    with pytest.raises(ParameterError, match="unknown metric"):
        validate_parameters("metric_comparison", {"metrics": ["rd_intensity", "nope"]}, tables)


def test_unknown_parameter_name(tables):
    with pytest.raises(ParameterError, match="unknown parameter distrct; valid: district, lang"):
        validate_parameters("district_profile", {"distrct": "songjiang"}, tables)


def test_unknown_notebook(tables):
    with pytest.raises(ParameterError, match="unknown notebook 'nope'; valid: .*overview"):
        validate_parameters("nope", {}, tables)


@pytest.mark.parametrize("bad", [["songjiang"], 3, None, b"songjiang", "Songjiang", " songjiang"])
def test_wrong_types_for_district(tables, bad):
    with pytest.raises(ParameterError, match="valid: jingan"):
        validate_parameters("district_profile", {"district": bad}, tables)


@pytest.mark.parametrize("bad", [[2025, 2015], [2015], "2015-2025", [2015.0, 2020], [True, 2020],
                                 [1800, 2020], {"a": 1}, 2015])
def test_malformed_year_window(tables, bad):
    with pytest.raises(ParameterError, match=r"year_window=.*e\.g\. \[2015, 2025\]"):
        validate_parameters("metric_comparison", {"year_window": bad}, tables)


def test_good_year_window_and_metrics(tables):
    p = validate_parameters("metric_comparison",
                            {"year_window": (2015, 2025), "metrics": ["high_tech_enterprises"]},
                            tables)
    assert p["year_window"] == [2015, 2025]
    assert p["metrics"] == ["high_tech_enterprises"]
    with pytest.raises(ParameterError, match="non-empty list"):
        validate_parameters("metric_comparison", {"metrics": "high_tech_enterprises"}, tables)


@pytest.mark.parametrize("bad", [0, 1000, "5", True])
def test_top_n_range(tables, bad):
    with pytest.raises(ParameterError, match="integer from 1 to 100"):
        validate_parameters("themes", {"top_n": bad}, tables)


def test_lang(tables):
    with pytest.raises(ParameterError, match="valid: both, zh, en"):
        validate_parameters("district_profile", {"lang": "fr"}, tables)


def test_injection_is_rejected_and_nothing_runs(tables, tmp_path, monkeypatch):
    sentinel = tmp_path / "PWNED"
    payload = (f'songjiang"; import pathlib; pathlib.Path({str(sentinel)!r}).touch(); "')
    calls = []
    import builtins
    import os

    monkeypatch.setattr(os, "system", lambda *a: calls.append(a))
    monkeypatch.setattr(builtins, "exec", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(builtins, "eval", lambda *a, **k: calls.append(a))
    for nb, name in (("district_profile", "district"), ("trajectory", "metric")):
        with pytest.raises(ParameterError) as err:
            validate_parameters(nb, {name: payload}, tables)
        assert "\n" not in str(err.value)
    with pytest.raises(ParameterError):
        validate_parameters("metric_comparison", {"metrics": [payload]}, tables)
    assert not sentinel.exists()
    assert calls == []


def test_specs_cover_every_notebook_parameter_cell():
    """The specs and the notebooks' parameters cells declare the same names."""
    from pathlib import Path

    from kewei.grid import notebook_parameters

    nb_dir = Path(__file__).resolve().parents[1] / "notebooks"
    for stem, specs in PARAMETER_SPECS.items():
        declared = notebook_parameters(nb_dir / f"{stem}.ipynb")
        assert declared is not None, stem
        assert set(declared) == set(specs), stem
        for name, src in declared.items():
            assert ast.literal_eval(src) == specs[name].default, (stem, name)


def test_validate_grid_names_the_briefing(tables):
    class B:
        notebook = "district_profile.ipynb"
        output = "profile-xuhui"
        parameters = {"district": "xuhui"}

    with pytest.raises(ParameterError, match="briefing profile-xuhui: district_profile: unknown"):
        validate_grid([B()], tables)
