"""``python -m kewei.bench`` (``make bench``): extraction and build timings on this machine.

Writes ``build/bench.json`` and prints a table. Everything runs in temporary folders; the
project's own data/ and build/html/ are not touched. Measured in one run:

* extraction of the seeds and of synthetic corpora made from them at 10x and 100x (district
  names and years varied so no two documents are duplicates): wall time, MB/s, peak RSS;
* ``kewei build --force`` of the grid vs a naive baseline (``kewei extract``, then for each
  briefing the ``papermill`` CLI and the ``jupyter nbconvert`` CLI, one after another);
* a no-op ``kewei build`` right after, as a share of the full build.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from kewei import paths

# The four seed districts and the names the synthetic corpus rotates them through.
SEED_DISTRICTS = ("松江", "闵行", "普陀", "静安")
ALL_DISTRICTS = ("黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定",
                 "浦东", "金山", "松江", "青浦", "奉贤", "崇明")
_YEAR = re.compile(r"(?<![0-9０-９])(20[0-4][0-9])(?=年)")

_EXTRACT_CHILD = """
import json, resource, sys, time
from pathlib import Path
from kewei.extract import extract
t = time.perf_counter()
res = extract(Path(sys.argv[1]), Path(sys.argv[2]))
secs = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": secs, "peak_rss_mb": rss,
                  "documents": len(res.tables["documents"]), "facts": len(res.tables["facts"])}))
"""


def synth_corpus(seeds: Path, dest: Path, factor: int) -> int:
    """``factor`` x the seeds: copies with district names rotated and years shifted."""
    dest.mkdir(parents=True, exist_ok=True)
    docs = [p for p in sorted(seeds.iterdir())
            if p.is_file() and p.suffix == ".txt" and not p.name.startswith(".")]
    total = 0
    for k in range(factor):
        names = {d: ALL_DISTRICTS[(ALL_DISTRICTS.index(d) + k) % len(ALL_DISTRICTS)]
                 for d in SEED_DISTRICTS}
        shift = k % 7 - 3
        for p in docs:
            text = p.read_text(encoding="utf-8")
            if k:
                text = re.sub("|".join(SEED_DISTRICTS),
                              lambda m, names=names: names[m.group(0)], text)
                text = _YEAR.sub(lambda m, shift=shift: str(int(m.group(1)) + shift), text)
                text += f"\n（副本 {k}）\n"
            data = text.encode("utf-8")
            (dest / f"{k:04d}_{p.name}").write_bytes(data)
            total += len(data)
    return total


def bench_extract(seeds: Path, work: Path, label: str) -> dict[str, Any]:
    size = sum(p.stat().st_size for p in seeds.iterdir() if p.is_file())
    out = subprocess.run([sys.executable, "-c", _EXTRACT_CHILD, str(seeds), str(work / label)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"bench: extraction of {label} failed: {out.stderr.strip()[-400:]}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res.update(label=label, mb=round(size / 1e6, 3),
               mb_per_s=round(size / 1e6 / res["seconds"], 2) if res["seconds"] else None)
    res["seconds"] = round(res["seconds"], 3)
    res["peak_rss_mb"] = round(res["peak_rss_mb"], 1)
    return res


def _timed(cmd: list[str], **kw: Any) -> float:
    t = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, check=False, **kw)
    if res.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd[:3])}… failed ({res.returncode}): "
                         f"{(res.stderr or res.stdout).strip()[-600:]}")
    return time.perf_counter() - t


def bench_build(work: Path, jobs: int) -> dict[str, Any]:
    from kewei.build import default_validator
    from kewei.data import load_tables
    from kewei.grid import load_grid

    nbdir = paths.notebooks_dir()
    grid = nbdir / "briefings.yml"
    bindir = Path(sys.executable).parent
    kewei_cmd = [str(bindir / "kewei")] if (bindir / "kewei").exists() else [
        sys.executable, "-m", "kewei"]
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    out, data = work / "build", work / "data"
    common = ["--seeds", str(paths.seeds_dir()), "--data", str(data), "--out", str(out),
              "--jobs", str(jobs), "--quiet"]
    full = _timed([*kewei_cmd, "build", "--force", *common], env=env)
    noop = _timed([*kewei_cmd, "build", *common], env=env)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))

    # Naive baseline: the same notebooks, one after another, a CLI process per step.
    naive_dir, naive_data = work / "naive", work / "naive-data"
    naive_dir.mkdir()
    env_naive = {**env, "KEWEI_DATA": str(naive_data), "KEWEI_SEEDS": str(paths.seeds_dir())}
    t0 = time.perf_counter()
    _timed([*kewei_cmd, "extract", "--seeds", str(paths.seeds_dir()), "--out", str(naive_data)],
           env=env_naive)
    tables = load_tables(naive_data, paths.seeds_dir(), refresh=False)
    validate = default_validator()
    briefings = load_grid(grid, nbdir)
    for b in briefings:
        params = validate(b.stem, dict(b.parameters), tables)
        executed = naive_dir / f"{b.output}.ipynb"
        _timed([str(bindir / "papermill"), str(nbdir / b.notebook), str(executed), "-k", "python3",
                "--cwd", str(nbdir), "-y", yaml.safe_dump(params), "--no-progress-bar"],
               env=env_naive)
        _timed([str(bindir / "jupyter"), "nbconvert", "--to", "html", "--no-input",
                str(executed)], env=env_naive)
    naive = time.perf_counter() - t0
    return {
        "briefings": len(briefings), "jobs": jobs,
        "full_build_s": round(full, 2), "naive_baseline_s": round(naive, 2),
        "full_over_naive": round(full / naive, 3),
        "noop_rebuild_s": round(noop, 2), "noop_over_full": round(noop / full, 4),
        "noop_counts": summary["counts"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kewei.bench", description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--skip-build", action="store_true", help="extraction only")
    ap.add_argument("--out", type=Path, default=None, help="where bench.json goes (build/)")
    args = ap.parse_args(argv)
    seeds = paths.seeds_dir()
    result: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                    "platform": sys.platform},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    with tempfile.TemporaryDirectory(prefix="kewei-bench-") as tmp:
        work = Path(tmp)
        plain = work / "seeds-1x"
        plain.mkdir()
        for p in seeds.iterdir():
            if p.is_file() and p.suffix == ".txt":
                shutil.copy2(p, plain / p.name)
        rows = [bench_extract(plain, work, "seeds (1x)")]
        for factor in (10, 100):
            corpus = work / f"seeds-{factor}x"
            synth_corpus(seeds, corpus, factor)
            rows.append(bench_extract(corpus, work, f"synthetic {factor}x"))
        result["extract"] = rows
        t10, t100 = rows[1]["seconds"], rows[2]["seconds"]
        result["extract_growth_10x_to_100x"] = round(t100 / t10, 2) if t10 else None
        if not args.skip_build:
            result["build"] = bench_build(work, args.jobs)
    out_dir = args.out or paths.build_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")
    print(report(result))
    print(f"\nwritten: {out_dir / 'bench.json'}")
    return 0


def report(r: dict[str, Any]) -> str:
    lines = [f"kewei bench — {r['machine']['cpus']} CPUs, Python {r['machine']['python']}", "",
             f"{'extraction':<16}{'MB':>8}{'docs':>7}{'facts':>8}{'seconds':>10}{'MB/s':>8}"
             f"{'peak RSS MB':>13}"]
    for e in r["extract"]:
        lines.append(f"{e['label']:<16}{e['mb']:>8.2f}{e['documents']:>7}{e['facts']:>8}"
                     f"{e['seconds']:>10.2f}{e['mb_per_s'] or 0:>8.2f}{e['peak_rss_mb']:>13.1f}")
    lines.append(f"time growth 10x -> 100x: x{r['extract_growth_10x_to_100x']} "
                 "(10.0 = linear)")
    b = r.get("build")
    if b:
        lines += [
            "",
            f"build of {b['briefings']} briefings with --jobs {b['jobs']}:",
            f"  kewei build --force     {b['full_build_s']:>8.1f} s",
            f"  naive papermill+nbconvert {b['naive_baseline_s']:>6.1f} s   "
            f"ratio {b['full_over_naive']:.2f} (goal <= 0.50)",
            f"  no-op rebuild           {b['noop_rebuild_s']:>8.2f} s   "
            f"{100 * b['noop_over_full']:.1f}% of full (goal < 5%)",
        ]
        if b["noop_counts"].get("built"):
            lines.append(f"  note: the no-op run rebuilt {b['noop_counts']['built']} briefings: "
                         "an input (seeds, notebooks, lib/kewei) changed during the benchmark")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
