"""Prepare notebooks for nbval: copies of notebooks/ whose ``# NBVAL_CHECK_OUTPUT`` cells carry the
expected output recorded in tests/notebook_checks.yml.

The committed notebooks stay stripped of outputs; the expectations live here, with the tests.

    python tests/nbval_refs.py build/nbval            # write the copies nbval runs
    python tests/nbval_refs.py --record DIR   # (re)record from executed notebooks in DIR
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "tests" / "notebook_checks.yml"
MARK = "# NBVAL_CHECK_OUTPUT"


def check_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code" and MARK in "".join(c["source"])]


def load_expectations() -> dict[str, list[str]]:
    return yaml.safe_load(CHECKS.read_text(encoding="utf-8")) or {}


def prepare(out: Path, notebooks: Path = ROOT / "notebooks") -> list[Path]:
    """Write reference copies into ``out``; fail if a check cell has no recorded expectation."""
    expected = load_expectations()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.ipynb"):
        old.unlink()
    written = []
    for path in sorted(notebooks.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = check_cells(nb)
        wanted = expected.get(path.name, [])
        if len(cells) != len(wanted):
            raise SystemExit(
                f"{path.name}: {len(cells)} '{MARK}' cell(s) but {len(wanted)} expectation(s) in "
                f"{CHECKS.relative_to(ROOT)}; record them with --record"
            )
        ref = copy.deepcopy(nb)
        for n, (cell, text) in enumerate(zip(check_cells(ref), wanted, strict=True), start=1):
            cell["execution_count"] = n
            cell["outputs"] = [{"name": "stdout", "output_type": "stream", "text": text}]
        target = out / path.name
        target.write_text(json.dumps(ref, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(target)
    return written


def record(executed: Path) -> None:
    """Record the stdout of every check cell from executed notebooks (papermill output)."""
    result = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        run = json.loads((executed / path.name).read_text(encoding="utf-8"))
        texts = []
        for cell in check_cells(run):
            streams = [o for o in cell.get("outputs", []) if o.get("name") == "stdout"]
            texts.append("".join("".join(o["text"]) for o in streams))
        result[path.name] = texts
    header = (
        "# Expected stdout of each notebook's '# NBVAL_CHECK_OUTPUT' cells, in order, when run\n"
        "# with its default parameters on the seeds. tests/nbval_refs.py injects them into copies\n"
        "# of the (stripped) notebooks for `pytest --nbval-lax`; a changed value fails the tests.\n"
    )
    class _Literal(yaml.SafeDumper):
        pass

    def _str(dumper: yaml.SafeDumper, v: str) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None)

    _Literal.add_representer(str, _str)
    body = yaml.dump(result, Dumper=_Literal, allow_unicode=True, sort_keys=True, width=100)
    CHECKS.write_text(header + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="output folder (with --record: executed notebooks)")
    ap.add_argument("--record", action="store_true", help="record expectations from executed runs")
    args = ap.parse_args(argv)
    if args.record:
        record(args.folder)
        print(f"recorded {CHECKS.relative_to(ROOT)}")
    else:
        n = len(prepare(args.folder))
        print(f"nbval: {n} notebooks with recorded check outputs in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
