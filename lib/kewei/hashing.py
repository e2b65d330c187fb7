"""Content keys for incremental builds: a briefing is rebuilt only when its key changes."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import kewei

# Libraries whose upgrade can change a briefing's HTML.
VERSIONED = ("pandas", "matplotlib", "seaborn", "papermill", "nbconvert", "nbformat", "nbclient",
             "ipykernel", "jieba", "pyarrow")
# Seed-folder files that are metadata, not documents.
SEED_METADATA = {"SHA256SUMS", "sources.yml"}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def tree_digest(root: Path, files: Iterable[Path]) -> dict[str, str]:
    """``{relative path: sha256}`` for files under root, sorted, so the digest is stable."""
    return {
        p.relative_to(root).as_posix(): file_sha256(p)
        for p in sorted(files, key=lambda q: q.relative_to(root).as_posix())
    }


def package_digest() -> str:
    """One hash over the kewei package source (code, catalogs, templates), not caches."""
    root = Path(kewei.__file__).resolve().parent
    files = [
        p for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}
    ]
    return digest(tree_digest(root, files))


def library_versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for name in VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def seed_files(seeds: Path) -> list[Path]:
    """Every file in the seeds folder (hidden files excluded)."""
    return sorted(p for p in seeds.iterdir() if p.is_file() and not p.name.startswith("."))


def digest(obj: Any) -> str:
    """sha256 of a JSON-serialisable object in canonical form."""
    blob = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class KeyMaker:
    """Computes briefing keys, hashing every seed file once per build."""

    def __init__(self, seeds: Path, notebooks: Path, district_files: dict[str, list[str]]):
        self.seeds = seeds
        self.notebooks = notebooks
        self.seed_hashes = tree_digest(seeds, seed_files(seeds))
        self.district_files = district_files
        self.common = {"kewei": package_digest(), "versions": library_versions()}
        self._nb: dict[str, str] = {}

    def seeds_for(self, district: str | None) -> dict[str, str]:
        """Hashes of the seeds a briefing reads: all of them, or one district's documents."""
        if district is None:
            return self.seed_hashes
        names = self.district_files.get(district, [])
        return {n: self.seed_hashes.get(n, "missing") for n in sorted(names)}

    def key(self, notebook: str, parameters: dict[str, Any], title: str,
            district: str | None = None) -> str:
        if notebook not in self._nb:
            self._nb[notebook] = file_sha256(self.notebooks / notebook)
        return digest({
            **self.common,
            "notebook": self._nb[notebook],
            "parameters": parameters,
            "title": title,
            "seeds": self.seeds_for(district),
        })
