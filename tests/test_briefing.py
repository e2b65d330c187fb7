"""briefing.start: the one first cell every notebook runs."""

from __future__ import annotations

import warnings

import pytest

from kewei import briefing
from kewei.errors import ParameterError


@pytest.fixture
def env(data_dir, seeds_dir, monkeypatch):
    monkeypatch.setenv("KEWEI_DATA", str(data_dir))
    monkeypatch.setenv("KEWEI_SEEDS", str(seeds_dir))


def test_start_validates_and_returns_tables_names_and_titles(env):
    with warnings.catch_warnings():
        ctx = briefing.start("trajectory", district="songjiang", metric="high_tech_enterprises",
                             lang="both")
        assert any(f[0] == "error" and "Glyph" in str(f[1].pattern) for f in warnings.filters)
    assert ctx.params == {"district": "songjiang", "metric": "high_tech_enterprises",
                          "lang": "both"}
    assert ctx.zh["songjiang"] == "松江区"
    assert ctx.titles["minhang-2023-work_summary"] == "闵行区科学技术委员会2023年工作总结"
    assert len(ctx.tables.documents) == 5


def test_start_stops_on_an_unknown_district_listing_the_valid_ones(env):
    with warnings.catch_warnings(), pytest.raises(ParameterError) as err:
        briefing.start("district_profile", district="atlantis", lang="both")
    assert "songjiang" in str(err.value) and "atlantis" in str(err.value)
