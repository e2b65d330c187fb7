"""The field dictionary: every table's columns, key, row order and closed vocabularies.

One place, imported by the writer (:mod:`kewei.schemas`, which compiles it to pandera checks)
and the readers (:mod:`kewei.data`). Column names are the public interface of issue 3; the
meaning and unit of each column is documented in data/README.md.
"""

from __future__ import annotations

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id", "source_file", "district", "district_zh", "doc_type", "year", "period_start",
        "period_end", "issuer", "issued_on", "doc_number", "title", "sha256", "chars",
        "encoding", "flags",
    ],
    "facts": [
        "fact_id", "doc_id", "source_file", "district", "metric", "metric_zh", "value", "unit",
        "raw", "comparator", "value_low", "value_high", "kind", "status", "ref_year", "section",
        "quote", "char_start", "char_end",
    ],
    "series": [
        "district", "metric", "year", "value", "unit", "doc_id", "table", "row_label",
        "char_start", "char_end",
    ],
    "sections": [
        "doc_id", "section_id", "level", "label", "heading", "parent_id", "char_start", "char_end",
    ],
    "checks": [
        "check_id", "doc_id", "kind", "claim", "computed", "consistent", "quote", "char_start",
        "char_end",
    ],
    "problems": ["source_file", "severity", "code", "message"],
}

#: The columns that identify a row (unique, never null).
KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "facts": ["fact_id"],
    "series": ["doc_id", "table", "metric", "year"],
    "sections": ["section_id"],
    "checks": ["check_id"],
    "problems": ["source_file", "code", "message"],
}

#: Row order of each written table (stable CSVs).
SORT: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "facts": ["doc_id", "char_start", "char_end", "fact_id"],
    "series": ["doc_id", "table", "char_start", "metric", "year"],
    "sections": ["doc_id", "char_start", "section_id"],
    "checks": ["doc_id", "char_start", "check_id"],
    "problems": ["source_file", "severity", "code", "message"],
}

KINDS = ("stock", "flow", "rate", "share", "rank", "multiple")
STATUSES = ("actual", "target", "expected")
COMPARATORS = ("eq", "ge", "le", "approx", "range")
CHECK_KINDS = ("restatement", "multiple", "difference", "growth_rate")
SEVERITIES = ("error", "warning")
#: Every table ``kewei extract`` writes, in writing order.
TABLES: tuple[str, ...] = tuple(COLUMNS)
