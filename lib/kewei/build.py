"""``kewei build``: extract -> execute the briefing grid -> render HTML -> publish atomically.

* Every briefing's parameters are validated before any notebook runs.
* Each briefing is keyed by a content hash (see :mod:`kewei.hashing`); an unchanged key with a
  verified cached HTML is not rebuilt.
* Notebooks run in a pool of worker processes that import papermill and nbconvert once each.
* A failing briefing does not stop the others; its executed notebook and error are kept under
  ``<out>/failed/``; the run exits 1 and the previously published site is left untouched.
* The new site is assembled in ``<out>/.html-new-*`` and swapped for ``<out>/html`` by rename
  only when every briefing is good, so ``<out>/html`` is always a complete site. It holds the
  briefings, ``index.html`` and ``sources/<stem>.html``: each document's text with every fact
  marked, where the briefings' footnotes link (:mod:`kewei.sources`; regenerated every run,
  they take milliseconds, and an unchanged site is not rewritten).
* A lock file stops two builds from overlapping.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import ctypes
import errno
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kewei import paths
from kewei.errors import KeweiError, ParameterError
from kewei.grid import Briefing, check_output_names, load_grid, select
from kewei.hashing import (
    KeyMaker,
    digest,
    file_sha256,
    library_versions,
    package_digest,
    seed_files,
)

Validator = Callable[[str, dict[str, Any], Any], dict[str, Any]]

SITE = "html"
LOCK = ".build.lock"
CACHE = ".cache"
NEW_PREFIX = ".html-new-"
OLD_PREFIX = ".html-old-"


# --------------------------------------------------------------------------- configuration


@dataclass
class BuildConfig:
    """Everything a build needs; the CLI fills it from its options."""

    seeds: Path
    data: Path
    notebooks: Path
    grid: Path
    out: Path
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    only: str | None = None
    force: bool = False
    quiet: bool = False
    wait: float = 30.0
    timeout: int = 600
    extract: bool = True
    publish: bool = True


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "build",
        help="extract, run the briefing grid, render HTML and publish it atomically",
        description="Extract the tables, execute every notebook of the briefing grid that changed, "
        "render HTML briefings and publish them to OUT/html/ in one atomic swap.",
    )
    p.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                   help="notebooks run at once (default: number of cores)")
    p.add_argument("--only", metavar="PATTERN",
                   help="rebuild only briefings whose output name or notebook matches this glob")
    p.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    p.add_argument("--out", type=Path, default=None, help="build folder (default: build/)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only problems and the summary")
    p.add_argument("--grid", type=Path, default=None,
                   help="briefing grid (default: NOTEBOOKS/briefings.yml)")
    p.add_argument("--seeds", type=Path, default=None, help="seed documents (default: seeds/)")
    p.add_argument("--data", type=Path, default=None, help="tables folder (default: data/)")
    p.add_argument("--notebooks", type=Path, default=None, help="notebooks (default: notebooks/)")
    p.add_argument("--no-extract", dest="extract", action="store_false",
                   help="use the tables already in DATA instead of extracting the seeds")
    p.add_argument("--no-publish", dest="publish", action="store_false",
                   help="execute and render only (build/executed/); leave build/html/ alone")
    p.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait for another running build (default 30)")
    p.add_argument("--timeout", type=int, default=600, metavar="SECONDS",
                   help="per-cell execution timeout (default 600)")
    return p


def config_from_args(args: argparse.Namespace) -> BuildConfig:
    notebooks = args.notebooks or paths.notebooks_dir()
    if args.jobs < 1:
        raise KeweiError(f"--jobs {args.jobs}: must be at least 1")
    return BuildConfig(
        seeds=args.seeds or paths.seeds_dir(),
        data=args.data or paths.data_dir(),
        notebooks=notebooks,
        grid=args.grid or notebooks / "briefings.yml",
        out=args.out or paths.build_dir(),
        jobs=args.jobs,
        only=args.only,
        force=args.force,
        quiet=args.quiet,
        wait=args.wait,
        timeout=args.timeout,
        extract=args.extract,
        publish=args.publish,
    )


def run(args: argparse.Namespace) -> int:
    return build(config_from_args(args), validator=default_validator())


def default_validator() -> Validator:
    """kewei.params.validate_parameters, or a clear error when it is not available."""
    try:
        from kewei.params import validate_parameters
    except ImportError as err:
        raise KeweiError(
            f"cannot validate briefing parameters: kewei.params is not available ({err}); "
            "no notebook was run"
        ) from None
    return validate_parameters


# --------------------------------------------------------------------------- site publishing


def recover(out: Path) -> list[str]:
    """Undo what a killed run left behind; returns what was done (for the log)."""
    done: list[str] = []
    live = out / SITE
    for old in sorted(out.glob(OLD_PREFIX + "*")):
        if not live.exists():  # killed between the two renames of a non-atomic swap
            os.rename(old, live)
            done.append(f"restored {live} from {old.name}")
        else:
            shutil.rmtree(old, ignore_errors=True)
            done.append(f"removed stale {old.name}")
    for new in sorted(out.glob(NEW_PREFIX + "*")):
        shutil.rmtree(new, ignore_errors=True)
        done.append(f"removed unfinished {new.name}")
    for partial in sorted((out / "executed").glob(".*.partial.ipynb")):
        partial.unlink(missing_ok=True)
    for tmp in sorted((out / CACHE / "html").glob(".*.tmp")):
        tmp.unlink(missing_ok=True)
    return done


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.EPERM, errno.ENOTSUP):
        return False
    raise OSError(err, f"cannot swap {a} and {b}: {os.strerror(err)}")


def swap_in(new: Path, live: Path) -> None:
    """Make ``new`` the published site. Atomic where the OS allows; else two renames that
    :func:`recover` can finish if the process dies between them."""
    if not live.exists():
        os.rename(new, live)
        return
    if _exchange(new, live):
        shutil.rmtree(new)  # now holds the previous site
        return
    old = live.with_name(OLD_PREFIX + uuid.uuid4().hex[:8])
    os.rename(live, old)
    os.rename(new, live)
    shutil.rmtree(old, ignore_errors=True)


# --------------------------------------------------------------------------- worker processes

_WORKER: dict[str, Any] = {}
# a kernel that dies before it answers was never started: try again with a new one
_KERNEL_START_FAILED = "Kernel died before replying to kernel_info"
KERNEL_START_ATTEMPTS = 3


def _init_worker(env: dict[str, str], kernel_log: str | None = None) -> None:
    """Runs once per worker: import papermill/nbconvert and build the exporter.

    Kernel processes inherit the worker's stderr; it goes to ``kernel_log`` so kernel start-up
    chatter does not drown the build log (notebook stderr is checked per briefing instead)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    os.environ.update(env)
    if kernel_log:
        fd = os.open(kernel_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(fd, 2)
        os.close(fd)
    import nbformat
    import papermill

    from kewei.render import make_exporter

    _WORKER.update(papermill=papermill, nbformat=nbformat, exporter=make_exporter())


def _error_text(err: BaseException) -> tuple[str, str]:
    """(one-line error, full report) for an execution failure."""
    import re

    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    tb = getattr(err, "traceback", None)
    full = "\n".join(tb) if isinstance(tb, list) else str(err)
    full = re.sub(r"\x1b\[[0-9;]*m", "", full)
    cell = getattr(err, "exec_count", None)
    where = f" (cell {cell})" if cell else ""
    first = " ".join(str(evalue).split())[:300]
    return f"{ename}{where}: {first}", f"{ename}: {evalue}\n\n{full}\n"


def execute_task(task: dict[str, Any]) -> dict[str, Any]:
    """Execute one notebook with papermill and render it; never raises."""
    if not _WORKER:
        _init_worker({})
    pm, nbformat, exporter = _WORKER["papermill"], _WORKER["nbformat"], _WORKER["exporter"]
    from kewei.render import html_problems, render, stderr_problems

    out = Path(task["out"])
    name = task["output"]
    executed, failed = out / "executed", out / "failed"
    partial = executed / f".{name}.{os.getpid()}.partial.ipynb"
    start = time.monotonic()
    result: dict[str, Any] = {"output": name, "status": "failed", "error": None}
    error = report = None
    nb = None
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            nb = pm.execute_notebook(
                task["notebook"], str(partial), parameters=task["parameters"],
                kernel_name="python3", language="python", cwd=task["cwd"], progress_bar=False,
                log_output=False, execution_timeout=task["timeout"],
                request_save_on_cell_execute=False,
            )
        except Exception as err:  # noqa: BLE001 - any failure is reported, never raised
            if _KERNEL_START_FAILED in str(err) and attempt < KERNEL_START_ATTEMPTS:
                # two kernels starting at once can pick the same free port and one dies
                # binding it (zmq: Address already in use): a new kernel gets new ports
                time.sleep(0.2 * attempt)
                continue
            error, report = _error_text(err)
        break
    if error is None:
        problems = stderr_problems(nb)
        page = ""
        if not problems:
            try:
                page = render(nbformat.read(str(partial), as_version=4), task["title"], exporter)
            except Exception as err:  # noqa: BLE001
                problems = [f"rendering failed: {type(err).__name__}: {err}"]
            else:
                problems = html_problems(page)
        if problems:
            error = "; ".join(problems)[:400]
            report = "\n".join(problems) + "\n"
    result["seconds"] = round(time.monotonic() - start, 2)
    if error is not None:
        failed.mkdir(parents=True, exist_ok=True)
        kept = failed / f"{name}.ipynb"
        if partial.exists():
            os.replace(partial, kept)
            result["failed_notebook"] = str(kept)
        (failed / f"{name}.error.txt").write_text(report or error, encoding="utf-8")
        result["error"] = error
        return result
    cache = out / CACHE / "html"
    cache.mkdir(parents=True, exist_ok=True)
    data = page.encode("utf-8")
    tmp = cache / f".{task['key']}.{os.getpid()}.tmp"
    tmp.write_bytes(data)
    os.replace(tmp, cache / f"{task['key']}.html")
    meta = {"output": name, "title": task["title"], "bytes": len(data),
            "sha256": _sha(data), "seconds": result["seconds"]}
    (cache / f"{task['key']}.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
    os.replace(partial, executed / f"{name}.ipynb")
    for stale in (failed / f"{name}.ipynb", failed / f"{name}.error.txt"):
        stale.unlink(missing_ok=True)
    result["status"] = "built"
    return result


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- build steps


class Log:
    """Plain lines (CI, pipes) or a tqdm bar (terminal); --quiet keeps only problems."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.bar: Any = None

    def info(self, msg: str) -> None:
        if not self.quiet:
            self._write(f"kewei build: {msg}")

    def problem(self, msg: str) -> None:
        self._write(f"kewei build: {msg}", err=True)

    def _write(self, line: str, err: bool = False) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr if err else sys.stdout)
        else:
            print(line, file=sys.stderr if err else sys.stdout, flush=True)

    def start(self, total: int) -> None:
        if not self.quiet and self.tty and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="briefing", desc="kewei build", leave=False)

    def step(self, done: int, total: int, res: dict[str, Any]) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(res["output"])
        if res["status"] == "failed":
            self.problem(f"[{done}/{total}] FAILED {res['output']} after {res['seconds']} s: "
                         f"{res['error']}")
        elif self.bar is None:
            self.info(f"[{done}/{total}] built {res['output']} in {res['seconds']} s")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _read_tables(cfg: BuildConfig) -> Any:
    """The extracted tables as a ``kewei.data.Tables`` (what the validator and notebooks use)."""
    from kewei.data import load_tables

    if not any((cfg.data / f"documents.{ext}").is_file() for ext in ("parquet", "csv")):
        raise KeweiError(f"{cfg.data}: no documents table; run `kewei extract` first "
                         "(or drop --no-extract)")
    return load_tables(cfg.data, cfg.seeds, refresh=False)


def extract_tables(cfg: BuildConfig, log: Log) -> Any:
    """Run the extractor unless its inputs are unchanged since the last build."""
    if not cfg.extract:
        return _read_tables(cfg)
    if not cfg.seeds.is_dir():
        raise KeweiError(f"{cfg.seeds}: seeds folder not found")
    from kewei.data import is_stale

    stamp = cfg.out / CACHE / "extract.json"
    key = digest({
        "seeds": {p.name: file_sha256(p) for p in seed_files(cfg.seeds)},
        "kewei": package_digest(), "versions": library_versions(),
        "data": str(cfg.data.resolve()),
    })
    if not cfg.force and stamp.is_file() and not is_stale(cfg.data, cfg.seeds):
        try:
            if json.loads(stamp.read_text(encoding="utf-8")).get("key") == key:
                return _read_tables(cfg)
        except ValueError:
            pass
    try:
        from kewei.extract import extract
    except ImportError as err:
        raise KeweiError(f"cannot extract: kewei.extract is not available ({err})") from None
    t0 = time.monotonic()
    result = extract(cfg.seeds, cfg.data, strict=False, progress=False)
    problems = list(getattr(result, "problems", None) or [])
    errors = sum(str(getattr(p, "severity", "")) == "error" for p in problems)
    msg = f"extracted {cfg.seeds} -> {cfg.data} in {time.monotonic() - t0:.1f} s"
    if problems:
        msg += (f"; {errors} error(s), {len(problems) - errors} warning(s), "
                f"see {cfg.data / 'problems.csv'}")
    if errors:
        log.problem(msg + " — documents with errors are left out of the briefings")
    else:
        log.info(msg)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"key": key}) + "\n", encoding="utf-8")
    return _read_tables(cfg)


def _unsafe(value: Any) -> str | None:
    """A parameter value that could escape papermill's string quoting, else None."""
    if isinstance(value, (list, tuple)):
        return next((u for u in map(_unsafe, value) if u is not None), None)
    if isinstance(value, dict):
        return next((u for u in map(_unsafe, value.values()) if u is not None), None)
    if value is None or isinstance(value, (bool, int, float)):
        return None
    if not isinstance(value, str):
        return repr(value)
    if any(c in value for c in "\"'\\") or any(ord(c) < 32 for c in value):
        return value
    return None


def validate_all(briefings: list[Briefing], tables: Any, validator: Validator,
                 grid_name: str) -> list[Briefing]:
    """Every briefing's parameters checked (and normalised) before anything runs."""
    out: list[Briefing] = []
    for b in briefings:
        where = f"{grid_name}: entry {b.entry} ({b.notebook}, output {b.output!r})"
        try:
            params = validator(b.stem, dict(b.parameters), tables)
        except ParameterError as err:
            raise ParameterError(f"{where}: {err}; no notebook was run") from None
        # Inject only what the grid sets (normalised by the validator); parameters it leaves
        # out keep the notebook's own defaults, as in an interactive run.
        params = {k: (params or {}).get(k, v) for k, v in b.parameters.items()}
        bad = _unsafe(params)
        if bad is not None:
            raise ParameterError(f"{where}: parameter value {bad!r} contains quotes, backslashes "
                                 "or control characters; no notebook was run")
        out.append(Briefing(b.notebook, b.output, b.title, params, b.depends_on_district,
                            b.entry))
    check_output_names(out, grid_name)
    return out


def _district_files(documents: Any) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    if documents is None or "district" not in documents or "source_file" not in documents:
        return files
    for district, source in zip(documents["district"], documents["source_file"], strict=True):
        files.setdefault(str(district), []).append(str(source))
    return files


def _cached_ok(out: Path, key: str) -> bool:
    """The cached HTML for ``key`` exists, is complete and matches its recorded hash."""
    html, meta = out / CACHE / "html" / f"{key}.html", out / CACHE / "html" / f"{key}.json"
    if not html.is_file() or not meta.is_file():
        return False
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return html.stat().st_size == info.get("bytes") and file_sha256(html) == info.get("sha256")


def _site_matches(live: Path, files: dict[str, bytes | Path]) -> bool:
    """The published site already holds exactly these files (paths relative to the site)."""
    if not live.is_dir():
        return False
    found = sorted(p.relative_to(live).as_posix() for p in live.rglob("*") if not p.is_dir())
    if found != sorted(files):
        return False
    for name, src in files.items():
        data = src if isinstance(src, bytes) else src.read_bytes()
        if (live / name).read_bytes() != data:
            return False
    return True


def _check_source_pages(pages: dict[str, bytes]) -> None:
    """The HTML checks of the briefings, on the source pages' own markup. The document text is
    left out of the word check: a document may itself say "Warning"; it is shown escaped."""
    from kewei.render import html_problems
    from kewei.sources import body_of

    for name, data in pages.items():
        page = data.decode("utf-8")
        problems = html_problems(page.replace(body_of(page), "", 1))
        if "<script" in page.lower():
            problems.append("contains a script element")
        if problems:
            raise KeweiError(f"source page {name}: {'; '.join(problems)}; nothing was published")


def _terminate(pool: cf.ProcessPoolExecutor) -> None:
    procs = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        if proc.is_alive():
            proc.terminate()


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def build(cfg: BuildConfig, validator: Validator | None = None) -> int:
    """Run one build; returns the exit code (0 all good, 1 some briefing failed)."""
    from filelock import FileLock, Timeout

    t_start = time.monotonic()
    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    log = Log(cfg.quiet)
    cfg.out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(cfg.out / LOCK))
    try:
        lock.acquire(timeout=cfg.wait)
    except Timeout:
        raise KeweiError(
            f"another kewei build is running (lock {cfg.out / LOCK} held); waited "
            f"{cfg.wait:g} s — try again later or pass --wait SECONDS"
        ) from None
    old_handler = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        for line in recover(cfg.out):
            log.info(line)
        return _build_locked(cfg, validator or default_validator(), log, t_start, started)
    finally:
        log.stop()
        signal.signal(signal.SIGTERM, old_handler)
        lock.release()


def _build_locked(cfg: BuildConfig, validator: Validator, log: Log, t_start: float,
                  started: str) -> int:
    from kewei.render import IndexEntry, data_dates, render_index
    from kewei.sources import source_pages

    grid_name = cfg.grid.name
    briefings = load_grid(cfg.grid, cfg.notebooks)
    chosen = {b.output for b in select(briefings, cfg.only)}
    tables = extract_tables(cfg, log)
    t_extract = time.monotonic() - t_start
    briefings = validate_all(briefings, tables, validator, grid_name)

    documents = getattr(tables, "documents", None)
    # The source pages are made before any notebook runs: a document that cannot be published
    # (missing, changed since extraction) stops the build with one line, cheaply.
    t_src = time.monotonic()
    src_files, src_entries = ({}, []) if not cfg.publish else source_pages(
        documents, getattr(tables, "facts", None), cfg.seeds)
    _check_source_pages(src_files)
    t_src = time.monotonic() - t_src
    keys = KeyMaker(cfg.seeds, cfg.notebooks, _district_files(documents))
    key_of = {
        b.output: keys.key(b.notebook, b.parameters, b.title,
                           str(b.parameters["district"]) if b.depends_on_district else None)
        for b in briefings
    }
    live = cfg.out / SITE
    todo: list[Briefing] = []
    rows: dict[str, dict[str, Any]] = {}
    for b in briefings:
        row = {"output": b.output, "notebook": b.notebook, "parameters": b.parameters,
               "title": b.title, "key": key_of[b.output], "seconds": 0.0, "error": None}
        rows[b.output] = row
        if b.output in chosen and (cfg.force or not _cached_ok(cfg.out, key_of[b.output])):
            todo.append(b)
            row["status"] = "pending"
        elif _cached_ok(cfg.out, key_of[b.output]):
            row["status"] = "unchanged"
        elif (live / f"{b.output}.html").is_file():
            row["status"] = "kept"  # not selected by --only: previous version stays
        else:
            row["status"] = "missing"
    log.info(f"{len(briefings)} briefings in {grid_name}: {len(todo)} to build, "
             f"{len(briefings) - len(todo)} up to date or not selected"
             + (f" (--only {cfg.only})" if cfg.only else ""))

    t_exec = time.monotonic()
    if todo:
        _execute_all(cfg, todo, key_of, rows, log)
    t_exec = time.monotonic() - t_exec

    failed = [r for r in rows.values() if r["status"] == "failed"]
    published = False
    t_pub = time.monotonic()
    if not failed and cfg.publish:
        files: dict[str, bytes | Path] = {}
        entries = []
        for b in briefings:
            row = rows[b.output]
            if row["status"] in ("built", "unchanged"):
                files[f"{b.output}.html"] = cfg.out / CACHE / "html" / f"{key_of[b.output]}.html"
            elif row["status"] == "kept":
                files[f"{b.output}.html"] = (live / f"{b.output}.html").read_bytes()
            else:
                continue
            district = str(b.parameters["district"]) if b.depends_on_district else None
            as_of, years = data_dates(documents, district)
            entries.append(IndexEntry(b.output, b.title, as_of, years))
        as_of, years = data_dates(documents)
        files["index.html"] = render_index(entries, as_of, years, src_entries).encode("utf-8")
        files.update(src_files)
        if _site_matches(live, files):
            log.info(f"{live} already up to date")
        else:
            new = Path(tempfile.mkdtemp(prefix=NEW_PREFIX, dir=cfg.out))
            try:
                for name, src in files.items():
                    (new / name).parent.mkdir(parents=True, exist_ok=True)
                    if isinstance(src, bytes):
                        (new / name).write_bytes(src)
                    else:
                        shutil.copyfile(src, new / name)
                os.chmod(new, 0o755)
                swap_in(new, live)
            finally:
                shutil.rmtree(new, ignore_errors=True)
        published = True
        _prune_cache(cfg.out, set(key_of.values()))
    t_pub = time.monotonic() - t_pub

    total = round(time.monotonic() - t_start, 2)
    counts = {s: sum(r["status"] == s for r in rows.values())
              for s in ("built", "unchanged", "failed", "kept", "missing")}
    summary = {
        "started": started, "seconds": total, "jobs": cfg.jobs, "only": cfg.only,
        "force": cfg.force, "published": published, "publish": cfg.publish, "site": str(live),
        "phases": {"extract": round(t_extract, 2), "sources": round(t_src, 3),
                   "execute": round(t_exec, 2), "publish": round(t_pub, 2)},
        "sources": len(src_files),
        "counts": counts, "briefings": list(rows.values()),
    }
    (cfg.out / "summary.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _print_summary(log, summary, cfg.out)
    return 1 if failed else 0


def _execute_all(cfg: BuildConfig, todo: list[Briefing], key_of: dict[str, str],
                 rows: dict[str, dict[str, Any]], log: Log) -> None:
    (cfg.out / "executed").mkdir(parents=True, exist_ok=True)
    (cfg.out / CACHE).mkdir(parents=True, exist_ok=True)
    env = {
        "KEWEI_DATA": str(cfg.data.resolve()), "KEWEI_SEEDS": str(cfg.seeds.resolve()),
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    }
    tasks = [{
        "notebook": str((cfg.notebooks / b.notebook).resolve()), "output": b.output,
        "parameters": b.parameters, "title": b.title, "key": key_of[b.output],
        "out": str(cfg.out.resolve()), "cwd": str(cfg.notebooks.resolve()),
        "timeout": cfg.timeout,
    } for b in todo]
    log.start(len(tasks))
    pool = cf.ProcessPoolExecutor(max_workers=min(cfg.jobs, len(tasks)),
                                  initializer=_init_worker,
                                  initargs=(env, str(cfg.out.resolve() / CACHE / "kernels.log")))
    try:
        futures = {pool.submit(execute_task, t): t["output"] for t in tasks}
        for done, fut in enumerate(cf.as_completed(futures), start=1):
            name = futures[fut]
            try:
                res = fut.result()
            except Exception as err:  # noqa: BLE001 - e.g. a worker process died
                res = {"output": name, "status": "failed", "seconds": 0.0,
                       "error": f"worker failed: {type(err).__name__}: {err}"}
            rows[name].update(res)
            log.step(done, len(tasks), rows[name])
    except BaseException:
        _terminate(pool)
        raise
    finally:
        log.stop()
    pool.shutdown(wait=True)


def _prune_cache(out: Path, keep: set[str]) -> None:
    cache = out / CACHE / "html"
    for p in cache.glob("*.*"):
        if p.name.split(".")[0] not in keep:
            p.unlink(missing_ok=True)


def _print_summary(log: Log, s: dict[str, Any], out: Path) -> None:
    c = s["counts"]
    parts = [f"{c['built']} built", f"{c['unchanged']} unchanged", f"{c['failed']} failed"]
    if c["kept"]:
        parts.append(f"{c['kept']} kept from the previous site")
    if c["missing"]:
        parts.append(f"{c['missing']} not built (not selected)")
    line = f"{len(s['briefings'])} briefings: {', '.join(parts)} in {s['seconds']} s"
    for r in s["briefings"]:
        if r["status"] == "built":
            log.info(f"  built     {r['output']} ({r['seconds']} s)")
    for r in s["briefings"]:
        if r["status"] == "failed":
            kept = r.get("failed_notebook") or out / "failed"
            err_file = out / "failed" / f"{r['output']}.error.txt"
            log.problem(f"  FAILED    {r['output']} ({r['notebook']} {r['parameters']}): "
                        f"{r['error']} — see {kept} and {err_file}")
    if s["published"]:
        log.info(line)
        log.info(f"published {s['site']} (summary: {out / 'summary.json'})")
    elif not s["publish"] and not c["failed"]:
        log.info(line)
        log.info(f"not published (--no-publish); executed notebooks in {out / 'executed'}")
    else:
        log.problem(line)
        prev = ("still holds the previous site" if Path(s["site"]).is_dir()
                else "does not exist yet (no earlier successful build)")
        log.problem(f"site NOT published: {s['site']} {prev} (summary: {out / 'summary.json'})")


__all__ = ["BuildConfig", "build", "add_parser", "run", "recover", "swap_in", "execute_task",
           "validate_all"]

