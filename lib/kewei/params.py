"""Notebook parameters: declared specs, validation against the tables, and the briefing grid.

Parameters are data, never code. Every value is checked for type and against a closed set of
valid values (districts in the documents table, metric ids in the catalog or the facts) before
any notebook cell uses it; anything else stops with a one-line ``ParameterError`` that lists
the valid values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kewei.errors import ParameterError

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")
YEAR_MIN, YEAR_MAX = 1949, 2100
LANGS = ("both", "zh", "en")


@dataclass(frozen=True)
class ParamSpec:
    """One parameter: ``type`` is district | metric | metrics | year_window | lang."""

    type: str
    default: Any = None
    required: bool = False
    help: str = ""


# The metric comparison's default metrics (ids, as in its notebook's parameters cell).
COMPARISON_METRICS = [
    "high_tech_enterprises", "rd_intensity", "tech_contract_value", "academician_workstations",
    "garage_signal_coverage", "5g_base_stations", "science_popularization_bases",
    "little_giant_enterprises",
]

# Defaults equal the notebooks' parameters cells (a test checks), so a briefing run with the
# validated parameters and a notebook run interactively agree.
PARAMETER_SPECS: dict[str, dict[str, ParamSpec]] = {
    "overview": {},
    "district_profile": {
        "district": ParamSpec("district", "songjiang", True, "district slug"),
        "lang": ParamSpec("lang", "both", False, "label language"),
    },
    "metric_comparison": {
        "metrics": ParamSpec("metrics", COMPARISON_METRICS, False, "metric ids"),
        "year_window": ParamSpec("year_window", None, False, "[first, last] reference years"),
        "lang": ParamSpec("lang", "both", False, "label language"),
    },
    "trajectory": {
        "district": ParamSpec("district", "songjiang", True, "district slug"),
        "metric": ParamSpec("metric", "high_tech_enterprises", True, "metric id"),
        "lang": ParamSpec("lang", "both", False, "label language"),
    },
    "themes": {
        "top_n": ParamSpec("top_n", 12, False, "terms shown per district"),
        "lang": ParamSpec("lang", "both", False, "label language"),
    },
}
_INT_TYPES = {"top_n": (1, 100)}


def _short(value: Any) -> str:
    r = repr(value)
    return r if len(r) <= 60 else r[:57] + "..."


def _valid_metrics(tables: Any) -> list[str]:
    ids: set[str] = set()
    try:
        from kewei.metrics import load_catalog

        cat = load_catalog()
        ids |= set(cat) if isinstance(cat, Mapping) else {m.id for m in cat}
    except ImportError:  # pragma: no cover - catalog module written by another engineer
        pass
    if tables is not None:
        ids |= {str(m) for m in tables.facts["metric"].dropna().unique()}
    ids.discard("unclassified")
    return sorted(ids)


def _check_slug(notebook: str, name: str, value: Any, valid: list[str], what: str) -> str:
    if not isinstance(value, str):
        raise ParameterError(f"{notebook}: parameter {name}={_short(value)} must be a {what} "
                             f"name (a string); valid: {', '.join(valid)}")
    if not _SLUG.match(value) or value not in valid:
        raise ParameterError(f"{notebook}: unknown {what} {name}={_short(value)}; "
                             f"valid: {', '.join(valid)}")
    return value


def _check_year_window(notebook: str, name: str, value: Any) -> list[int] | None:
    if value is None:
        return None
    msg = (f"{notebook}: parameter {name}={_short(value)} must be null or [first, last] years, "
           f"two integers with {YEAR_MIN} <= first <= last <= {YEAR_MAX}, e.g. [2015, 2025]")
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ParameterError(msg)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ParameterError(msg)
    lo, hi = value
    if not (YEAR_MIN <= lo <= hi <= YEAR_MAX):
        raise ParameterError(msg)
    return [lo, hi]


def validate_parameters(notebook: str, params: Mapping[str, Any], tables: Any = None) -> dict:
    """Check ``params`` for notebook ``notebook`` (its stem); return them with defaults filled.

    ``tables`` (a ``kewei.data.Tables``) supplies the valid districts and metric ids; when
    omitted the tables are loaded (extracting the seeds if needed).
    """
    notebook = Path(str(notebook)).stem
    if notebook not in PARAMETER_SPECS:
        raise ParameterError(f"unknown notebook {notebook!r}; valid: "
                             f"{', '.join(sorted(PARAMETER_SPECS))}")
    specs = PARAMETER_SPECS[notebook]
    if not isinstance(params, Mapping):
        raise ParameterError(f"{notebook}: parameters must be a mapping, got {_short(params)}")
    unknown = sorted(str(k) for k in params if k not in specs)
    if unknown:
        valid = ", ".join(sorted(specs)) or "(none)"
        raise ParameterError(f"{notebook}: unknown parameter {', '.join(unknown)}; "
                             f"valid: {valid}")
    needs_tables = any(s.type in ("district", "metric", "metrics") for s in specs.values())
    if tables is None and needs_tables:
        from kewei.data import load_tables

        tables = load_tables()
    out: dict[str, Any] = {}
    for name, spec in specs.items():
        value = params.get(name, spec.default)
        if value is None and spec.required and spec.type not in ("district", "metric"):
            raise ParameterError(f"{notebook}: parameter {name} is required")
        if spec.type == "district":
            value = _check_slug(notebook, name, value, tables.districts(), "district")
        elif spec.type == "metric":
            value = _check_slug(notebook, name, value, _valid_metrics(tables), "metric")
        elif spec.type == "metrics":
            if value is not None:
                if isinstance(value, str) or not isinstance(value, (list, tuple)) or not value:
                    raise ParameterError(f"{notebook}: parameter {name}={_short(value)} must be "
                                         f"null or a non-empty list of metric ids")
                valid = _valid_metrics(tables)
                value = [_check_slug(notebook, name, v, valid, "metric") for v in value]
            else:
                value = list(COMPARISON_METRICS)
        elif spec.type == "year_window":
            value = _check_year_window(notebook, name, value)
        elif spec.type == "lang":
            if not isinstance(value, str) or value not in LANGS:
                raise ParameterError(f"{notebook}: parameter {name}={_short(value)}; "
                                     f"valid: {', '.join(LANGS)}")
        elif name in _INT_TYPES:
            lo, hi = _INT_TYPES[name]
            if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
                raise ParameterError(f"{notebook}: parameter {name}={_short(value)} must be an "
                                     f"integer from {lo} to {hi}")
        out[name] = value
    return out


# ---------------------------------------------------------------- the briefing grid
def validate_grid(briefings: Iterable[Any], tables: Any = None) -> list[dict[str, Any]]:
    """Validate every briefing (objects with ``notebook`` and ``parameters``, e.g.
    ``kewei.grid.Briefing``) before any notebook runs; return their normalised parameters.

    The first invalid one raises ``ParameterError`` naming the briefing's output."""
    if tables is None:
        from kewei.data import load_tables

        tables = load_tables()
    out = []
    for b in briefings:
        try:
            out.append(validate_parameters(Path(b.notebook).stem, b.parameters, tables))
        except ParameterError as err:
            raise ParameterError(f"briefing {getattr(b, 'output', b.notebook)}: {err}") from None
    return out
