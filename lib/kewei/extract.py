"""``kewei extract``: read every document in the seeds folder and write the tidy tables.

Tables (documented in data/README.md): documents, facts, series, sections, checks, problems —
each as ``<table>.csv`` (UTF-8, sorted rows, fixed float format, no timestamps: the same seeds
give byte-identical files) and ``<table>.parquet``. Each table is checked against its pandera
schema before anything is written; files are written atomically (temp file + rename) and only
when their bytes change.

A bad document never stops the others: it becomes a row in ``problems`` (severity ``error``) and
a one-line message. Documents that were extracted but carry a flag (district inferred from the
body, a garbled date, a duplicate) add ``warning`` rows. ``problems.csv`` is always written.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kewei import paths, schemas
from kewei.errors import DocumentError, KeweiError
from kewei.reading import Problem, SourceText, error_code, iter_seed_files, read_document

TABLES: tuple[str, ...] = ("documents", "facts", "series", "sections", "checks", "problems")
FLOAT_FORMAT = "%.10g"


@dataclass
class ExtractResult:
    """What one extraction produced: the validated tables and the problems met."""

    tables: dict[str, pd.DataFrame]
    problems: list[Problem]
    out: Path | None = None
    written: list[Path] = field(default_factory=list)  # files whose bytes changed

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self) -> str:
        t = self.tables
        n_err = len(self.errors)
        return (
            f"{len(t['documents'])} documents, {len(t['facts'])} facts, "
            f"{len(t['series'])} series rows, {len(t['sections'])} sections, "
            f"{len(t['checks'])} checks, {len(self.problems)} problems "
            f"({n_err} errors, {len(self.problems) - n_err} warnings)"
        )


@dataclass
class _Doc:
    src: SourceText
    doc_id: str = ""
    meta: object = None


def _doc_rows(doc: _Doc) -> dict:
    m = doc.meta
    return {
        "doc_id": doc.doc_id,
        "source_file": doc.src.name,
        "district": m.district,
        "district_zh": m.district_zh,
        "doc_type": m.doc_type,
        "year": m.year,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "issuer": m.issuer,
        "issued_on": m.issued_on,
        "doc_number": m.doc_number,
        "title": m.title,
        "sha256": doc.src.sha256,
        "chars": len(doc.src.text),
        "encoding": doc.src.encoding,
        "flags": ";".join(dict.fromkeys(m.flags)),
    }


def _assign_ids(docs: list[_Doc]) -> None:
    """doc_id = district-year-type, disambiguated by source_file order (-2, -3 …)."""
    seen: dict[str, int] = {}
    for d in sorted(docs, key=lambda d: d.src.name):
        m = d.meta
        base = f"{m.district or 'unknown'}-{m.year or 'unknown'}-{m.doc_type or 'document'}"
        n = seen.get(base, 0) + 1
        seen[base] = n
        d.doc_id = base if n == 1 else f"{base}-{n}"


def _cell_quote(table, row, cell) -> str:
    title = table.title or table.table
    return f"{title}｜{row.label}｜{cell.year}：{cell.raw}"


def _document_tables(doc: _Doc) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """facts, series, sections and checks rows of one document."""
    from kewei.checks import find_checks
    from kewei.figures import find_figures
    from kewei.sections import find_sections, section_at, section_name, section_rows
    from kewei.series import find_tables

    text, m = doc.src.text, doc.meta
    base = {"doc_id": doc.doc_id, "source_file": doc.src.name, "district": m.district}
    heads = find_sections(text)
    tables = find_tables(text)

    facts: list[dict] = []
    series: list[dict] = []
    for t in tables:
        for row in t.rows:
            for c in row.cells:
                series.append({
                    "district": m.district, "metric": row.series_metric, "year": c.year,
                    "value": c.value, "unit": row.unit, "doc_id": doc.doc_id, "table": t.table,
                    "row_label": row.label, "char_start": c.char_start, "char_end": c.char_end,
                })
                if c.value is None:
                    continue  # '/' or blank: missing, not zero, and not a figure
                facts.append({
                    **base, "metric": row.metric, "metric_zh": row.metric_zh, "value": c.value,
                    "unit": row.unit, "raw": c.raw, "comparator": "eq", "value_low": None,
                    "value_high": None, "kind": row.kind or ("rate" if row.unit == "%" else
                                                             "stock"),
                    "status": "actual", "ref_year": c.year, "quote": _cell_quote(t, row, c),
                    "char_start": c.char_start, "char_end": c.char_end,
                })
    spans = [(t.char_start, t.char_end) for t in tables]
    figures = find_figures(
        text, doc_type=m.doc_type, doc_year=m.year,
        headings=[(h.char_start, f"{h.label}{h.heading}") for h in heads],
        exclude_spans=spans,
    )
    for f in figures:
        if any(a <= f.char_start < b for a, b in spans):
            continue
        facts.append({
            **base, "metric": f.metric, "metric_zh": f.metric_zh, "value": f.value,
            "unit": f.unit, "raw": text[f.char_start : f.char_end], "comparator": f.comparator,
            "value_low": f.value_low, "value_high": f.value_high, "kind": f.kind,
            "status": f.status, "ref_year": f.ref_year, "quote": f.quote,
            "char_start": f.char_start, "char_end": f.char_end,
        })
    facts.sort(key=lambda r: (r["char_start"], r["char_end"], r["metric"]))
    for n, r in enumerate(facts, start=1):
        r["fact_id"] = f"{doc.doc_id}-{n:04d}"
        r["section"] = section_name(section_at(heads, r["char_start"]))
    checks = find_checks(doc.doc_id, text, tables, facts)
    return facts, series, section_rows(doc.doc_id, heads), checks


def _frame(table: str, rows: Iterable[dict]) -> pd.DataFrame:
    cols = schemas.COLUMNS[table]
    df = pd.DataFrame(list(rows), columns=cols)
    if df.empty:
        return schemas.empty(table)
    df = schemas.validate(table, df)
    return df.sort_values(schemas.SORT[table], kind="mergesort").reset_index(drop=True)


def build_tables(seeds: Path, *, progress: bool = False) -> ExtractResult:
    """Read the seeds folder into validated tables (nothing written)."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise KeweiError(f"seeds folder {seeds} does not exist or is not a folder")
    problems: list[Problem] = []
    files = list(iter_seed_files(seeds))
    if progress:
        from tqdm import tqdm

        files = tqdm(files, desc="reading", unit="file")
    docs: list[_Doc] = []
    by_hash: dict[str, str] = {}
    from kewei.metadata import detect

    for path in files:
        try:
            src = read_document(path)
        except DocumentError as err:
            problems.append(Problem(path.name, "error", error_code(err), err.reason))
            continue
        if src.sha256 in by_hash:
            problems.append(Problem(
                path.name, "warning", "duplicate_document",
                f"same content (sha256) as {by_hash[src.sha256]}; counted once",
            ))
            continue
        by_hash[src.sha256] = path.name
        try:
            meta = detect(src.text, path.name)
        except Exception as err:  # noqa: BLE001 - a bad document never stops the others
            problems.append(Problem(path.name, "error", "metadata_failed",
                                    f"{type(err).__name__}: {err}"))
            continue
        for code, msg in meta.warnings:
            problems.append(Problem(path.name, "warning", code, msg))
        docs.append(_Doc(src, meta=meta))
    _assign_ids(docs)

    facts: list[dict] = []
    series: list[dict] = []
    sections: list[dict] = []
    checks: list[dict] = []
    kept: list[_Doc] = []
    for d in docs:
        try:
            f, s, sec, c = _document_tables(d)
        except KeweiError:
            raise
        except Exception as err:  # noqa: BLE001 - report and go on with the other documents
            problems.append(Problem(d.src.name, "error", "extraction_failed",
                                    f"{type(err).__name__}: {err}"))
            continue
        kept.append(d)
        facts += f
        series += s
        sections += sec
        checks += c
    tables = {
        "documents": _frame("documents", (_doc_rows(d) for d in kept)),
        "facts": _frame("facts", facts),
        "series": _frame("series", series),
        "sections": _frame("sections", sections),
        "checks": _frame("checks", checks),
        "problems": _frame("problems", (vars(p) for p in _dedupe(problems))),
    }
    return ExtractResult(tables=tables, problems=_dedupe(problems))


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return sorted(dict.fromkeys(problems), key=lambda p: (p.source_file, p.severity, p.code,
                                                          p.message))


def csv_bytes(df: pd.DataFrame) -> bytes:
    """The CSV encoding used for every table (stable: no index, LF, fixed float format)."""
    return df.to_csv(index=False, lineterminator="\n", float_format=FLOAT_FORMAT).encode("utf-8")


def parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False, engine="pyarrow")
    return buf.getvalue()


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically replace ``path`` with ``data`` unless it already holds exactly these bytes."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return True


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """Write every table as CSV and Parquet into ``out``; return the files that changed."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in TABLES:
        df = schemas.validate(name, tables[name])
        for path, data in ((out / f"{name}.csv", csv_bytes(df)),
                           (out / f"{name}.parquet", parquet_bytes(df))):
            if write_if_changed(path, data):
                written.append(path)
    return written


def extract(seeds: Path, out: Path, *, strict: bool = False, progress: bool = False
            ) -> ExtractResult:
    """Extract ``seeds`` into tables under ``out``.

    Always writes all tables (problems.csv too, even empty). ``strict`` is recorded for the
    caller (the CLI exits non-zero when it is set and an error-severity problem occurred); it
    never stops the extraction half-way.
    """
    result = build_tables(Path(seeds), progress=progress)
    result.out = Path(out)
    result.written = write_tables(result.tables, Path(out))
    return result


# ----------------------------------------------------------------------------------------------
# command line


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "extract",
        help="read seeds/ and write the tables to data/",
        description="Read every document in the seeds folder and write the tidy tables "
        "(documents, facts, series, sections, checks, problems) as CSV and Parquet.",
    )
    p.add_argument("--seeds", type=Path, default=None, help="seeds folder (default: seeds/)")
    p.add_argument("--out", type=Path, default=None, help="output folder (default: data/)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 if any document could not be read (errors in problems.csv)")
    p.add_argument("--quiet", action="store_true", help="print nothing unless something failed")
    p.add_argument("--progress", action="store_true", help="show a progress bar")
    return p


def run(args: argparse.Namespace) -> int:
    seeds = args.seeds or paths.seeds_dir()
    out = args.out or paths.data_dir()
    result = extract(seeds, out, strict=args.strict, progress=getattr(args, "progress", False))
    n_docs = len(result.tables["documents"])
    failed = (args.strict and result.errors) or n_docs == 0
    if not args.quiet or failed:
        for p in result.errors:  # warnings are in problems.csv, counted in the summary
            print(f"kewei extract: {p.line()}", file=sys.stderr)
        print(f"kewei extract: {result.summary()} → {out}", file=sys.stderr)
    if n_docs == 0:
        print(f"kewei extract: error: no document in {seeds} could be read", file=sys.stderr)
        return 1
    return 1 if failed else 0
