"""Foundations: seeds pinned, environment files in sync, notebooks stripped, layout."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest() -> dict[str, str]:
    rows = (ROOT / "seeds" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name.strip(): digest for digest, name in (r.split(maxsplit=1) for r in rows if r)}


def test_layout_is_complete():
    for name in ["notebooks", "data", "seeds", "lib", "tests", "environment.yml", "Makefile",
                 "README.md", "pyproject.toml", ".ci/run", "lib/kewei/__init__.py"]:
        assert (ROOT / name).exists(), f"missing {name}"


def test_seeds_match_their_manifest_and_the_shared_originals():
    manifest = _manifest()
    assert len(manifest) == 5
    for name, digest in manifest.items():
        assert _sha256(ROOT / "seeds" / name) == digest, f"seeds/{name} was modified"
    # Where the originals sit beside the project (the team's machines and CI), they must agree too;
    # a researcher's own clone has only the manifest.
    if SHARED_SEEDS.is_dir():
        shared = {_sha256(p) for p in SHARED_SEEDS.iterdir() if p.is_file()}
        assert shared == set(manifest.values())


def test_sources_sidecar_describes_every_manifest_entry():
    sources = yaml.safe_load((ROOT / "seeds" / "sources.yml").read_text(encoding="utf-8"))
    assert set(sources["documents"]) == set(_manifest())
    for meta in sources["documents"].values():
        assert {"issuer", "title", "district", "doc_type", "source"} <= set(meta)


def _req_name(req: str) -> str:
    return re.match(r"[A-Za-z0-9_.-]+", req).group(0).lower().replace("_", "-")


def _norm(req: str) -> tuple[str, str]:
    name = _req_name(req)
    return name, req[len(name):].replace(" ", "")


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_norm(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda, pip = set(), set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip |= {_norm(r) for r in dep["pip"] if not r.startswith("-e")}
            assert '-e ".[dev]"' in dep["pip"]
        elif _req_name(dep) not in {"python", "pip"}:
            conda.add(_norm(dep))
    assert conda | pip == wanted
    assert not conda & pip


def test_committed_notebooks_have_no_outputs():
    tracked = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert tracked, "no notebooks are tracked"
    for name in tracked:
        nb = json.loads((ROOT / name).read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell.get("outputs") == [], f"{name} is committed with outputs"
                assert cell.get("execution_count") is None, f"{name} has execution counts"


def test_gitignore_keeps_lib_tracked_and_venv_out():
    def ignored(path: str) -> bool:
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT).returncode == 0

    assert not ignored("lib/kewei/cli.py")
    assert ignored(".venv/bin/python")
    assert ignored("build/html/index.html")


def test_ci_runs_make_test_only():
    lines = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert any("make test" in ln for ln in lines)
    assert not any(w in ln for ln in lines for w in ("pytest", "pip install"))


def test_makefile_is_self_documenting():
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    for target in ["setup", "data", "notebooks", "briefings", "lab", "test", "bench", "clean"]:
        assert re.search(rf"make {target}\s+\S", out), f"`make help` does not describe {target}"


def test_console_script_and_module_entry_point():
    exe = Path(sys.executable)
    for cmd in ([str(exe.parent / "kewei"), "--help"], [str(exe), "-m", "kewei", "--help"]):
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        assert out.returncode == 0, out.stderr
        assert "extract" in out.stdout and "build" in out.stdout


def test_every_notebook_has_recorded_nbval_checks(tmp_path):
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import nbval_refs
    finally:
        sys.path.pop(0)
    written = nbval_refs.prepare(tmp_path)
    assert {p.name for p in written} == {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    for path in written:
        nb = json.loads(path.read_text(encoding="utf-8"))
        checks = nbval_refs.check_cells(nb)
        assert checks, f"{path.name} has no '# NBVAL_CHECK_OUTPUT' cell"
        assert all(c["outputs"][0]["text"].strip() for c in checks)
