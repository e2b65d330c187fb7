"""The public result type: one figure with exact provenance."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One quantitative figure with exact provenance into the original text."""

    metric: str
    metric_zh: str
    value: float | None
    unit: str
    raw: str
    comparator: str  # eq | ge | le | approx | range
    value_low: float | None
    value_high: float | None
    kind: str  # stock | flow | rate | share | rank | multiple
    status: str  # actual | target | expected
    ref_year: int | None
    quote: str
    char_start: int
    char_end: int
