"""Declared columns, keys and pandera schemas of the extracted tables (see data/README.md).

:func:`validate` checks a table before it is written and raises
:class:`~kewei.errors.SchemaError` naming the table and the column at fault.
"""

from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError as PaSchemaError
from pandera.errors import SchemaErrors as PaSchemaErrors

from kewei import vocab
from kewei.errors import SchemaError
from kewei.fields import (  # noqa: F401  (re-exported: the writer's view of the dictionary)
    CHECK_KINDS,
    COLUMNS,
    COMPARATORS,
    KEYS,
    KINDS,
    SEVERITIES,
    SORT,
    STATUSES,
)

_ID = r"^[a-z0-9][a-z0-9_]*$"
_SLUG_CHECK = pa.Check(vocab.is_district_slug, element_wise=True,
                       error="district must be a lowercase pinyin slug")


def _s(nullable: bool = False, checks=None, unique: bool = False) -> pa.Column:
    return pa.Column(str, nullable=nullable, checks=checks, unique=unique, coerce=True)


def _i(nullable: bool = False, checks=None) -> pa.Column:
    return pa.Column("Int64", nullable=nullable, checks=checks, coerce=True)


def _f(nullable: bool = True) -> pa.Column:
    return pa.Column("float64", nullable=nullable, coerce=True)


_YEAR = pa.Check.in_range(1949, 2100)
_POS = pa.Check.ge(0)


def _span_ok(df: pd.DataFrame) -> pd.Series:
    return df["char_end"] >= df["char_start"]


def _table(name: str, columns: dict[str, pa.Column]) -> pa.DataFrameSchema:
    """A table's schema from its column checks, with what every table shares: exactly the field
    dictionary's columns in order, its declared key unique, and char_end ≥ char_start wherever
    a table has a span."""
    if list(columns) != COLUMNS[name]:
        raise SchemaError(f"schema of {name} does not match the field dictionary (kewei.fields)")
    spans = [pa.Check(_span_ok, error="char_end < char_start")] if "char_end" in columns else []
    return pa.DataFrameSchema(columns, checks=spans, strict=True, ordered=True,
                              unique=KEYS[name], name=name)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "documents": _table("documents", {
        "doc_id": _s(unique=True, checks=pa.Check.str_matches(r"^[a-z0-9][a-z0-9_-]*$")),
        "source_file": _s(unique=True),
        "district": _s(nullable=True, checks=_SLUG_CHECK),
        "district_zh": _s(nullable=True),
        "doc_type": _s(nullable=True, checks=pa.Check.isin(list(vocab.DOC_TYPES))),
        "year": _i(nullable=True, checks=_YEAR),
        "period_start": _i(nullable=True, checks=_YEAR),
        "period_end": _i(nullable=True, checks=_YEAR),
        "issuer": _s(nullable=True),
        "issued_on": _s(nullable=True),
        "doc_number": _s(nullable=True),
        "title": _s(nullable=True),
        "sha256": _s(unique=True, checks=pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "chars": _i(checks=_POS),
        "encoding": _s(checks=pa.Check.isin(["utf-8", "utf-8-sig", "utf-16", "gb18030"])),
        "flags": _s(),
    }),
    "facts": _table("facts", {
        "fact_id": _s(unique=True),
        "doc_id": _s(),
        "source_file": _s(),
        "district": _s(nullable=True, checks=_SLUG_CHECK),
        "metric": _s(checks=pa.Check.str_matches(_ID)),
        "metric_zh": _s(nullable=True),
        "value": _f(),
        "unit": _s(nullable=True),
        "raw": _s(),
        "comparator": _s(checks=pa.Check.isin(list(COMPARATORS))),
        "value_low": _f(),
        "value_high": _f(),
        "kind": _s(checks=pa.Check.isin(list(KINDS))),
        "status": _s(checks=pa.Check.isin(list(STATUSES))),
        "ref_year": _i(nullable=True, checks=_YEAR),
        "section": _s(nullable=True),
        "quote": _s(nullable=True),
        "char_start": _i(checks=_POS),
        "char_end": _i(checks=_POS),
    }),
    "series": _table("series", {
        "district": _s(nullable=True, checks=_SLUG_CHECK),
        "metric": _s(checks=pa.Check.str_matches(_ID)),
        "year": _i(checks=_YEAR),
        "value": _f(),
        "unit": _s(nullable=True),
        "doc_id": _s(),
        "table": _s(),
        "row_label": _s(),
        "char_start": _i(checks=_POS),
        "char_end": _i(checks=_POS),
    }),
    "sections": _table("sections", {
        "doc_id": _s(),
        "section_id": _s(unique=True),
        "level": _i(checks=pa.Check.isin([-1, 0, 1, 2, 3])),
        "label": _s(),
        "heading": _s(),
        "parent_id": _s(nullable=True),
        "char_start": _i(checks=_POS),
        "char_end": _i(checks=_POS),
    }),
    "checks": _table("checks", {
        "check_id": _s(unique=True),
        "doc_id": _s(),
        "kind": _s(checks=pa.Check.isin(list(CHECK_KINDS))),
        "claim": _s(),
        "computed": _f(),
        "consistent": pa.Column(bool, coerce=True),
        "quote": _s(),
        "char_start": _i(checks=_POS),
        "char_end": _i(checks=_POS),
    }),
    "problems": _table("problems", {
        "source_file": _s(),
        "severity": _s(checks=pa.Check.isin(list(SEVERITIES))),
        "code": _s(checks=pa.Check.str_matches(r"^[a-z][a-z0-9_]*$")),
        "message": _s(),
    }),
}


def empty(table: str) -> pd.DataFrame:
    """An empty, correctly typed table."""
    return validate(table, pd.DataFrame({c: [] for c in COLUMNS[table]}))


def validate(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Coerce and check ``df`` against the table's schema; SchemaError names table and column."""
    if table not in SCHEMAS:
        raise SchemaError(f"unknown table {table!r}; valid: {', '.join(SCHEMAS)}")
    missing = [c for c in KEYS[table] if c not in df.columns]
    if not missing and len(df):
        dup = df.duplicated(subset=KEYS[table], keep=False)
        if dup.any():
            first = df.loc[dup, KEYS[table]].iloc[0].tolist()
            raise SchemaError(
                f"table {table}: key column(s) {', '.join(KEYS[table])} not unique "
                f"(e.g. {first!r} appears {int(dup.sum())} times)"
            )
    df = df.reset_index(drop=True)
    try:
        return SCHEMAS[table].validate(df, lazy=True)
    except PaSchemaErrors as err:
        fc = err.failure_cases
        parts = []
        for _, r in fc.head(5).iterrows():
            col = r.get("column")
            parts.append(f"column {col!r}: {r.get('check')} (value {r.get('failure_case')!r})")
        raise SchemaError(f"table {table}: " + "; ".join(parts)) from None
    except PaSchemaError as err:  # pragma: no cover - lazy=True raises SchemaErrors
        col = getattr(err, "column_name", None) or _column_in(str(err))
        raise SchemaError(f"table {table}: column {col!r}: {str(err).splitlines()[0]}") from None


def _column_in(message: str) -> str | None:
    m = re.search(r"column '([^']+)'", message)
    return m.group(1) if m else None
