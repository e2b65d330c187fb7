"""The briefing grid: ``notebooks/briefings.yml`` says which notebook runs with which parameters.

Each entry expands to one :class:`Briefing` per combination of its ``grid`` values (cartesian
product, in the order written), merged over its fixed ``parameters``. ``output`` and ``title``
may use ``{param}`` placeholders. Any structural problem raises :class:`GridError` with a
one-line message naming the file, the entry and the problem.
"""

from __future__ import annotations

import ast
import fnmatch
import itertools
import json
import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kewei.errors import KeweiError

ENTRY_KEYS = {"notebook", "output", "title", "parameters", "grid", "depends_on_district"}
REQUIRED_KEYS = ("notebook", "output", "title")
# Output names become file names in the published site: keep them plain.
OUTPUT_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


class GridError(KeweiError):
    """briefings.yml is malformed."""


@dataclass(frozen=True)
class Briefing:
    """One notebook run with one parameter set, published as ``<output>.html``."""

    notebook: str
    output: str
    title: str
    parameters: dict[str, Any] = field(default_factory=dict)
    depends_on_district: bool = False
    entry: int = 0  # 1-based position of the entry in briefings.yml

    @property
    def stem(self) -> str:
        return Path(self.notebook).stem

    def matches(self, pattern: str) -> bool:
        """``--only`` glob: matched against the output name or the notebook stem."""
        return fnmatch.fnmatchcase(self.output, pattern) or fnmatch.fnmatchcase(self.stem, pattern)


def _fmt_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "-".join(_fmt_value(v) for v in value)
    return str(value)


def _display_value(name: str, value: Any) -> str:
    """How a parameter reads in a title: a Shanghai district as 松江区 Songjiang, a metric id as
    its catalog labels; anything else (and an unknown value) as written."""
    if name == "district" and isinstance(value, str):
        from kewei import vocab

        if value in vocab.SHANGHAI_SLUGS:
            return f"{vocab.district_label(value, 'zh')} {vocab.district_label(value, 'en')}"
    if name == "metric" and isinstance(value, str):
        from kewei.metrics import load_catalog

        m = load_catalog().get(value)
        if m is not None:
            return f"{m.label_zh} {m.label_en}"
    return _fmt_value(value)


def _format(template: str, params: dict[str, Any], where: str, display: bool = False) -> str:
    """Fill ``{name}`` placeholders from ``params``; any other format syntax is an error.
    With ``display`` (titles), districts and metrics are shown by their bilingual labels."""
    out: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as err:
        raise GridError(f"{where}: bad placeholder in {template!r}: {err}") from None
    for literal, name, spec, conv in parsed:
        out.append(literal)
        if name is None:
            continue
        if spec or conv or not name.isidentifier():
            raise GridError(f"{where}: placeholder {{{name}}} must be a plain parameter name")
        if name not in params:
            raise GridError(
                f"{where}: placeholder {{{name}}} is not a parameter "
                f"(parameters: {', '.join(sorted(params)) or 'none'})"
            )
        value = params[name]
        out.append(_display_value(name, value) if display else _fmt_value(value))
    return "".join(out)


def notebook_parameters(path: Path) -> dict[str, str] | None:
    """Names assigned in the notebook's ``parameters``-tagged cell (name -> source), or None."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        if "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else src
        names: dict[str, str] = {}
        try:
            tree = ast.parse(src)
        except SyntaxError:
            return None
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else []
            )
            for t in targets:
                if isinstance(t, ast.Name):
                    names[t.id] = ast.get_source_segment(src, node.value) or ""
        return names
    return None


def load_grid(path: Path, notebooks_dir: Path | None = None) -> list[Briefing]:
    """Read and expand the grid file; check notebooks exist and outputs are unique."""
    name = path.name
    if not path.is_file():
        raise GridError(f"{path}: grid file not found")
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise GridError(f"{name}:{where}: not valid YAML: {problem}") from None
    except UnicodeDecodeError:
        raise GridError(f"{name}: not UTF-8 text") from None
    if not isinstance(doc, dict) or set(doc) != {"briefings"}:
        raise GridError(f"{name}: expected a single top-level key 'briefings' (a list of entries)")
    entries = doc["briefings"]
    if not isinstance(entries, list) or not entries:
        raise GridError(f"{name}: 'briefings' must be a non-empty list")
    nb_dir = notebooks_dir if notebooks_dir is not None else path.parent

    briefings: list[Briefing] = []
    seen: dict[str, str] = {}
    nb_params_cache: dict[str, dict[str, str] | None] = {}
    for i, entry in enumerate(entries, start=1):
        where = f"{name}: entry {i}"
        if not isinstance(entry, dict):
            raise GridError(f"{where}: expected a mapping with keys {', '.join(REQUIRED_KEYS)}")
        if isinstance(entry.get("notebook"), str):
            where = f"{name}: entry {i} ({entry['notebook']})"
        unknown = sorted(set(map(str, entry)) - ENTRY_KEYS)
        if unknown:
            raise GridError(
                f"{where}: unknown key {', '.join(map(repr, unknown))} "
                f"(allowed: {', '.join(sorted(ENTRY_KEYS))})"
            )
        for key in REQUIRED_KEYS:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise GridError(f"{where}: missing or empty '{key}'")
        notebook = entry["notebook"]
        if Path(notebook).name != notebook or not notebook.endswith(".ipynb"):
            raise GridError(f"{where}: 'notebook' must be a .ipynb file name inside notebooks/")
        nb_path = nb_dir / notebook
        if not nb_path.is_file():
            raise GridError(f"{where}: notebook {notebook} not found in {nb_dir}")
        fixed = entry.get("parameters") or {}
        grid = entry.get("grid") or {}
        if not isinstance(fixed, dict):
            raise GridError(f"{where}: 'parameters' must be a mapping of name: value")
        if not isinstance(grid, dict) or any(
            not isinstance(v, list) or not v for v in grid.values()
        ):
            raise GridError(f"{where}: 'grid' must map each parameter to a non-empty list")
        both = sorted(set(fixed) & set(grid))
        if both:
            raise GridError(f"{where}: {', '.join(both)} given both in 'parameters' and 'grid'")
        dod = entry.get("depends_on_district", False)
        if not isinstance(dod, bool):
            raise GridError(f"{where}: 'depends_on_district' must be true or false")
        if notebook not in nb_params_cache:
            nb_params_cache[notebook] = notebook_parameters(nb_path)
        declared = nb_params_cache[notebook]
        names = [str(k) for k in (*fixed, *grid)]
        if declared is not None:
            extra = [n for n in names if n not in declared]
            if extra:
                raise GridError(
                    f"{where}: {notebook} has no parameter {', '.join(map(repr, extra))} "
                    f"(its parameters: {', '.join(declared) or 'none'})"
                )
        elif names:
            raise GridError(f"{where}: {notebook} has no cell tagged 'parameters'")
        if dod and "district" not in names:
            raise GridError(f"{where}: depends_on_district needs a 'district' parameter")
        keys = list(grid)
        for combo in itertools.product(*(grid[k] for k in keys)):
            params = {**fixed, **dict(zip(keys, combo, strict=True))}
            output = _format(entry["output"], params, where)
            title = _format(entry["title"], params, where, display=True)
            if output in seen:
                raise GridError(
                    f"{name}: duplicate output {output!r} (entries {seen[output]} and {i})"
                )
            seen[output] = str(i)
            briefings.append(Briefing(notebook, output, title, params, dod, i))
    return briefings


def check_output_names(briefings: list[Briefing], grid_name: str = "briefings.yml") -> None:
    """Output names become file names: letters, digits, '.', '_', '-' only."""
    for b in briefings:
        if not OUTPUT_RE.fullmatch(b.output) or b.output == "index":
            raise GridError(
                f"{grid_name}: entry {b.entry} ({b.notebook}): output name {b.output!r} is not "
                "a plain file name (use letters, digits, '.', '_', '-'; 'index' is reserved)"
            )


def select(briefings: list[Briefing], only: str | None) -> list[Briefing]:
    """Briefings matching ``--only`` (all when None); an empty match is an error."""
    if not only:
        return list(briefings)
    chosen = [b for b in briefings if b.matches(only)]
    if not chosen:
        raise GridError(
            f"--only {only!r} matches no briefing (outputs: "
            f"{', '.join(b.output for b in briefings)})"
        )
    return chosen
