"""Score ``find_figures`` on a hand-labelled folder of held-out texts.

The texts are third-party material and are never committed; keep them in a folder of your own
with a ``labels.py`` written *before* running the finder::

    A, T, E = "actual", "target", "expected"
    META = {"file.txt": ("work_summary", 2023)}            # doc_type, document year
    L = {"file.txt": [("1755家", "high_tech_enterprises", A, 2020), ...]}  # in text order

A label's metric is a shared id, ``"*"`` (any non-shared metric) or ``"?"`` (either); its
ref_year may be ``"?"``. Each raw is searched from the end of the previous one, so repeated
figures are told apart by order; a raw that also occurs inside an earlier word takes the text
just before it, as ``"发展⟨十大⟩"`` (the 十大 after 发展, not the one in 二十大).

Usage: ``python tests/reference/score_heldout.py DIR [DIR ...] [--labels=labels.py] [-v]``
prints recall, precision and the share of found figures with the right metric, status and
reference year, per folder and pooled.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kewei.figures import Figure, find_figures
from kewei.metrics import shared_metric_ids
from kewei.sections import find_sections


@dataclass
class Score:
    """Counts for one folder (or the pool)."""

    labelled: int = 0
    found: int = 0
    hit: int = 0
    wrong: dict[str, int] = field(default_factory=lambda: {"metric": 0, "status": 0, "year": 0})
    wrong_any: int = 0

    def add(self, other: Score) -> None:
        self.labelled += other.labelled
        self.found += other.found
        self.hit += other.hit
        self.wrong_any += other.wrong_any
        for k, v in other.wrong.items():
            self.wrong[k] += v

    def line(self, name: str) -> str:
        recall = self.hit / max(self.labelled, 1)
        precision = self.hit / max(self.found, 1)
        attrs = 1 - self.wrong_any / max(self.hit, 1)
        return (f"{name}: labelled {self.labelled} found {self.found} hit {self.hit} "
                f"recall {recall:.3f} precision {precision:.3f} attributes {attrs:.3f} "
                f"wrong {self.wrong}")


def _load_labels(folder: Path, name: str) -> tuple[dict, dict]:
    spec = importlib.util.spec_from_file_location(f"heldout_{folder.name}", folder / name)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{folder / name}: cannot be loaded")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.META, mod.L


def _attrs_ok(label: tuple, f: Figure, shared: set[str]) -> dict[str, bool]:
    _, metric, status, year = label
    if metric == "?":
        metric_ok = True
    elif metric == "*":
        metric_ok = f.metric not in shared
    else:
        metric_ok = f.metric == metric
    return {"metric": metric_ok, "status": f.status == status,
            "year": year == "?" or f.ref_year == year}


def score_folder(folder: Path, labels: str = "labels.py", verbose: bool = False) -> Score:
    """Compare the finder with the labels of every document in ``folder``."""
    meta, all_labels = _load_labels(folder, labels)
    shared = set(shared_metric_ids())
    sc = Score()
    for doc, doc_labels in all_labels.items():
        text = (folder / doc).read_text(encoding="utf-8")
        doc_type, year = meta[doc]
        year = year if isinstance(year, int) else None  # "?": the document names no year
        ref: dict[tuple[int, int], tuple] = {}
        pos = 0
        for label in doc_labels:
            lead, _, raw = label[0].rpartition("⟨")  # 发展⟨十大⟩: 十大 after 发展 (not 二十大)
            raw = raw.removesuffix("⟩") if lead else label[0]
            at = text.find(lead + raw, pos)
            if at < 0:
                raise SystemExit(f"{folder / doc}: label {label[0]!r} not found after {pos}")
            at += len(lead)
            label = (raw, *label[1:])
            ref[(at, at + len(raw))] = label
            pos = at + len(raw)
        # the headings as ``kewei extract`` passes them (the sections table)
        heads = [(h.char_start, f"{h.label}{h.heading}") for h in find_sections(text)]
        found = {(f.char_start, f.char_end): f
                 for f in find_figures(text, doc_type=doc_type, doc_year=year, headings=heads)}
        hits = ref.keys() & found.keys()
        sc.labelled += len(ref)
        sc.found += len(found)
        sc.hit += len(hits)
        for k in sorted(ref.keys() - found.keys()):
            if verbose:
                print("MISS ", doc, ref[k], repr(text[max(0, k[0] - 25) : k[1] + 10]))
        for k in sorted(found.keys() - ref.keys()):
            if verbose:
                print("EXTRA", doc, found[k].raw, found[k].metric)
        for k in sorted(hits):
            ok = _attrs_ok(ref[k], found[k], shared)
            for name, good in ok.items():
                sc.wrong[name] += not good
            if not all(ok.values()):
                sc.wrong_any += 1
                if verbose:
                    f = found[k]
                    print("WRONG", doc, ref[k], (f.metric, f.status, f.ref_year))
    return sc


def main(argv: list[str]) -> int:
    labels = next((a.split("=", 1)[1] for a in argv if a.startswith("--labels=")), "labels.py")
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if not a.startswith("-")]
    if not folders:
        print(__doc__)
        return 2
    pool = Score()
    for folder in folders:
        sc = score_folder(folder, labels, verbose)
        print(sc.line(str(folder)))
        pool.add(sc)
    if len(folders) > 1:
        print(pool.line("pooled"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
