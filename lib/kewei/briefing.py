"""What every briefing notebook does first, in one call: ``ctx = briefing.start(name, **params)``.

It turns a missing CJK glyph into an error (never publish boxes), loads the tables (extracting
first when they are missing or stale), validates the notebook's parameters against them — an
unknown district or metric stops here with the list of valid values — and applies the plotting
style. Researchers in JupyterLab and the published build run exactly the same cell.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from kewei.data import Tables, load_tables
from kewei.params import validate_parameters
from kewei.plotting import setup


@dataclass(frozen=True)
class Briefing:
    """The tables and validated parameters a notebook tells its story from."""

    tables: Tables
    params: dict[str, Any]
    zh: dict[str, str]  # district slug → Chinese name
    titles: dict[str, str]  # doc_id → document title


def start(notebook: str, **params: Any) -> Briefing:
    """Validate ``params`` for ``notebook`` (its file stem) and prepare tables and plotting."""
    warnings.filterwarnings("error", message=r".*Glyph .* missing")
    tables = load_tables()
    valid = validate_parameters(notebook, params, tables)
    setup()
    docs = tables.documents
    return Briefing(tables, valid, tables.district_zh(),
                    dict(zip(docs["doc_id"], docs["title"], strict=True)))
