"""Load the extracted tables for the notebooks; extract first when data/ is missing or stale.

The notebooks read documents only through these tables (issue 3). ``load_tables`` is what a
researcher calls in JupyterLab: if ``data/`` is missing, incomplete or older than any file in
``seeds/``, it runs ``kewei.extract.extract`` first (under a file lock, so parallel notebook
workers never extract twice at once).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from kewei import paths
from kewei.errors import DocumentError, KeweiError, SchemaError
from kewei.fields import COLUMNS, TABLES

# The field dictionary (kewei.fields) is the one place that names the tables' columns.
TABLE_NAMES: tuple[str, ...] = TABLES

STAMP = ".kewei-extracted"
# Files in seeds/ that are metadata, not documents.
_SEED_METADATA = {"SHA256SUMS", "sources.yml"}


@dataclass
class Tables:
    """The extracted tables, one DataFrame each."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    series: pd.DataFrame
    sections: pd.DataFrame
    checks: pd.DataFrame
    problems: pd.DataFrame
    data_dir: Path | None = None
    seeds_dir: Path | None = None

    def districts(self) -> list[str]:
        """District slugs present in the documents table, sorted."""
        return sorted(str(d) for d in self.documents["district"].dropna().unique() if str(d))

    def district_zh(self) -> dict[str, str]:
        """slug -> Chinese name, from the documents table."""
        docs = self.documents.dropna(subset=["district"])
        out: dict[str, str] = {}
        for slug, zh in zip(docs["district"], docs["district_zh"], strict=True):
            if slug and slug not in out and isinstance(zh, str) and zh:
                out[str(slug)] = zh
        return out

    def metrics(self) -> list[str]:
        """Metric ids present in the facts table, sorted."""
        return sorted(str(m) for m in self.facts["metric"].dropna().unique() if str(m))


def _seed_files(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        return []
    try:
        from kewei.reading import is_document_name
    except ImportError:  # pragma: no cover
        def is_document_name(p: Path) -> bool:
            return not p.name.startswith(".") and p.name not in _SEED_METADATA
    return sorted(p for p in seeds.iterdir() if p.is_file() and is_document_name(p))


def is_stale(data_dir: Path, seeds: Path) -> bool:
    """True when a table file is missing or older than the newest seed (or the seed folder)."""
    files = [data_dir / f"{name}.csv" for name in COLUMNS]
    if not all(f.is_file() for f in files):
        return True
    # extract rewrites only changed files: its stamp says when the tables were last checked
    stamp = data_dir / STAMP
    oldest_table = min(f.stat().st_mtime for f in files)
    if stamp.is_file():
        oldest_table = max(oldest_table, stamp.stat().st_mtime)
    stamps = [p.stat().st_mtime for p in _seed_files(seeds)]
    if seeds.is_dir():
        stamps.append(seeds.stat().st_mtime)  # a removed or renamed seed changes the folder
    return bool(stamps) and max(stamps) > oldest_table


def _read_table(data_dir: Path, name: str) -> pd.DataFrame:
    pq = data_dir / f"{name}.parquet"
    csv = data_dir / f"{name}.csv"
    if pq.is_file():
        df = pd.read_parquet(pq)
    elif csv.is_file():
        df = pd.read_csv(csv, encoding="utf-8", keep_default_na=True)
    elif name == "problems":
        return pd.DataFrame()
    else:
        raise SchemaError(f"{csv}: table missing; run `kewei extract`")
    missing = [c for c in COLUMNS.get(name, []) if c not in df.columns]
    if missing:
        raise SchemaError(f"{data_dir / (name + '.csv')}: missing columns {', '.join(missing)}")
    return df


def _extract(seeds: Path, data_dir: Path) -> None:
    try:
        from kewei.extract import extract
    except ImportError as err:  # pragma: no cover - extract is another engineer's module
        raise KeweiError(f"{data_dir}: tables missing and kewei.extract unavailable ({err})"
                         ) from err
    from filelock import FileLock

    data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(data_dir / ".extract.lock")):
        if is_stale(data_dir, seeds):  # another process may have extracted while we waited
            extract(seeds, data_dir)
            (data_dir / STAMP).touch()


def load_tables(data_dir: str | Path | None = None, seeds_dir: str | Path | None = None,
                refresh: bool = True) -> Tables:
    """Read every table from ``data_dir`` (default ``paths.data_dir()``).

    With ``refresh`` (default), extract the seeds first when the tables are missing or stale.
    """
    data = Path(data_dir) if data_dir is not None else paths.data_dir()
    seeds = Path(seeds_dir) if seeds_dir is not None else paths.seeds_dir()
    if refresh and is_stale(data, seeds) and _seed_files(seeds):
        _extract(seeds, data)
    frames = {name: _read_table(data, name) for name in TABLE_NAMES}
    return Tables(**frames, data_dir=data, seeds_dir=seeds)


def tables_from_frames(**frames: pd.DataFrame) -> Tables:
    """Build ``Tables`` from DataFrames (tests, notebooks on a subset); missing tables are empty."""
    known = {f.name for f in fields(Tables)} - {"data_dir", "seeds_dir"}
    unknown = set(frames) - known
    if unknown:
        raise KeweiError(f"unknown tables: {', '.join(sorted(unknown))}")
    full = {}
    for name in TABLE_NAMES:
        df = frames.get(name)
        if df is None:
            df = pd.DataFrame(columns=COLUMNS.get(name, []))
        full[name] = df
    return Tables(**full)


def _read_text(path: Path) -> str:
    """Decoded text of a seed, through kewei.reading when it exists (encoding detection)."""
    try:
        from kewei.reading import read_document
    except ImportError:  # pragma: no cover - fallback while kewei.reading is being written
        return path.read_text(encoding="utf-8-sig")
    doc = read_document(path)
    if isinstance(doc, str):
        return doc
    for attr in ("text", "content"):
        value = getattr(doc, attr, None)
        if isinstance(value, str):
            return value
    if isinstance(doc, tuple) and doc and isinstance(doc[0], str):
        return doc[0]
    raise KeweiError(f"{path.name}: kewei.reading.read_document returned no text")


def document_text(doc_id: str, tables: Tables | None = None,
                  seeds_dir: str | Path | None = None) -> str:
    """The decoded text of one document, after checking its sha256 against ``documents``."""
    tables = tables if tables is not None else load_tables()
    docs = tables.documents
    row = docs[docs["doc_id"].astype(str) == str(doc_id)]
    if row.empty:
        valid = ", ".join(sorted(docs["doc_id"].astype(str)))
        raise KeweiError(f"unknown doc_id {doc_id!r}; valid: {valid}")
    rec = row.iloc[0]
    seeds = Path(seeds_dir) if seeds_dir is not None else (tables.seeds_dir or paths.seeds_dir())
    path = seeds / str(rec["source_file"])
    if not path.is_file():
        raise DocumentError(path, "listed in documents but missing from the seeds folder")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != str(rec["sha256"]):
        raise DocumentError(path, "sha256 differs from the documents table; run `kewei extract`")
    return _read_text(path)
