"""Where the project's folders are: found from the working directory, overridable by env vars."""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """The repo root: $KEWEI_ROOT, else the nearest parent of cwd with pyproject.toml and seeds/."""
    env = os.environ.get("KEWEI_ROOT")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for cand in (here, *here.parents):
        if (cand / "pyproject.toml").is_file() and (cand / "seeds").is_dir():
            return cand
    # Installed editable from lib/kewei: the package's grandparent is the repo.
    pkg_repo = Path(__file__).resolve().parents[2]
    if (pkg_repo / "pyproject.toml").is_file():
        return pkg_repo
    return here


def seeds_dir() -> Path:
    return Path(os.environ.get("KEWEI_SEEDS", project_root() / "seeds"))


def data_dir() -> Path:
    return Path(os.environ.get("KEWEI_DATA", project_root() / "data"))


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def build_dir() -> Path:
    return Path(os.environ.get("KEWEI_BUILD", project_root() / "build"))
