"""``kewei build`` on a tiny synthetic project: incremental, isolated failures, atomic publish.

The project (seeds, tables, notebooks, grid) is generated in tmp_path so these tests do not
depend on the real notebooks; each notebook is a few cells, so a kernel run takes ~1 s.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from filelock import FileLock

from kewei import cli
from kewei.build import BuildConfig, build, recover, swap_in
from kewei.data import COLUMNS
from kewei.errors import KeweiError, ParameterError

PROFILE = [
    ('district = "songjiang"', True),
    ("# 区情简报 District briefing", False),
    ('if district == "boom":\n    raise ValueError("爆炸 boom")\n'
     'print(f"区情 {district} 松江 闵行")', None),
]
OVERVIEW = [
    ("# 语料概览 Corpus overview", False),
    ('print("全部文件 all seeds 松江")', None),
]
GRID = """briefings:
  - notebook: overview.ipynb
    output: overview
    title: "语料概览 Corpus overview"
  - notebook: profile.ipynb
    output: "profile-{district}"
    title: "区情 District profile: {district}"
    grid:
      district: [%s]
    depends_on_district: true
"""


@pytest.fixture(autouse=True)
def _stable_package_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the kewei-source part of the key: the shared tree may be edited while tests run.
    (test_key_covers_package_source checks that part on its own.)"""
    monkeypatch.setattr("kewei.hashing.package_digest", lambda: "pinned")
    monkeypatch.setattr("kewei.build.package_digest", lambda: "pinned")


def write_notebook(path: Path, cells: list[tuple[str, bool | None]]) -> None:
    """cells: (source, True = parameters cell / False = markdown / None = code)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    for src, kind in cells:
        if kind is False:
            nb.cells.append(nbformat.v4.new_markdown_cell(src))
        else:
            meta = {"tags": ["parameters"]} if kind else {}
            nb.cells.append(nbformat.v4.new_code_cell(src, metadata=meta))
    nbformat.write(nb, str(path))


def write_tables(data: Path, docs: list[dict[str, Any]]) -> None:
    data.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame([{c: d.get(c) for c in COLUMNS["documents"]} for d in docs])
    frame.to_csv(data / "documents.csv", index=False)
    for name in ("facts", "series", "sections", "checks"):
        pd.DataFrame(columns=COLUMNS[name]).to_csv(data / f"{name}.csv", index=False)


def make_project(root: Path, districts: str = "songjiang, minhang") -> Path:
    """Two seeds (one per district), their documents table, two notebooks and a grid."""
    for d in ("seeds", "notebooks"):
        (root / d).mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "a.txt").write_text("松江区科学技术委员会2024年工作要点\n", encoding="utf-8")
    (root / "seeds" / "b.txt").write_text("闵行区科学技术委员会2023年工作总结\n", encoding="utf-8")
    write_tables(root / "data", [
        {"doc_id": "a", "source_file": "a.txt", "district": "songjiang", "district_zh": "松江区",
         "year": 2024, "issued_on": "2024-03-25"},
        {"doc_id": "b", "source_file": "b.txt", "district": "minhang", "district_zh": "闵行区",
         "year": 2023, "issued_on": "2023-12-30"},
    ])
    write_notebook(root / "notebooks" / "profile.ipynb", PROFILE)
    write_notebook(root / "notebooks" / "overview.ipynb", OVERVIEW)
    (root / "notebooks" / "briefings.yml").write_text(GRID % districts, encoding="utf-8")
    return root


def config(root: Path, **kw: Any) -> BuildConfig:
    base = dict(seeds=root / "seeds", data=root / "data", notebooks=root / "notebooks",
                grid=root / "notebooks" / "briefings.yml", out=root / "build", jobs=2,
                quiet=True, extract=False)
    base.update(kw)
    return BuildConfig(**base)


def accept(stem: str, params: dict[str, Any], tables: Any) -> dict[str, Any]:
    """Stand-in validator for the synthetic notebooks (kewei.params knows only the real ones)."""
    return dict(params)


def run_build(root: Path, **kw: Any) -> tuple[int, dict[str, Any]]:
    rc = build(config(root, **kw), validator=accept)
    summary = json.loads((root / "build" / "summary.json").read_text(encoding="utf-8"))
    return rc, summary


def status(summary: dict[str, Any]) -> dict[str, str]:
    return {b["output"]: b["status"] for b in summary["briefings"]}


def snapshot(site: Path) -> dict[str, bytes]:
    """Every published file (sources/ included) by its path relative to the site."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file()}


def mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*")}


def test_incremental_rebuilds_only_what_changed(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    site = root / "build" / "html"
    rc, s = run_build(root)
    assert rc == 0
    assert status(s) == {"overview": "built", "profile-songjiang": "built",
                         "profile-minhang": "built"}
    assert sorted(snapshot(site)) == [
        "index.html", "overview.html", "profile-minhang.html", "profile-songjiang.html",
        "sources/a.html", "sources/b.html"]
    assert (root / "build" / "executed" / "profile-minhang.ipynb").is_file()
    first = snapshot(site)
    before = mtimes(site)

    # Unchanged second run: nothing executed, the site (source pages too) not even rewritten.
    rc, s = run_build(root)
    assert rc == 0 and set(status(s).values()) == {"unchanged"}
    assert s["counts"]["built"] == 0
    assert mtimes(site) == before

    # Touching the mtime only changes nothing; changing the Minhang seed's content rebuilds the
    # Minhang profile and the overview (which reads all seeds), not Songjiang's profile.
    os.utime(root / "seeds" / "a.txt")
    with (root / "seeds" / "b.txt").open("a", encoding="utf-8") as f:
        f.write("新增一段。\n")
    rc, s = run_build(root)
    assert rc == 0
    assert status(s) == {"overview": "built", "profile-songjiang": "unchanged",
                         "profile-minhang": "built"}
    # … and its source page shows the new text; the other one is byte for byte the same.
    assert "新增一段。" in (site / "sources" / "b.html").read_text(encoding="utf-8")
    assert (site / "sources" / "a.html").read_bytes() == first["sources/a.html"]

    # A half-written cached output (e.g. disk full mid-write) is detected and rebuilt;
    # a deleted published file is restored.
    key = next(b["key"] for b in s["briefings"] if b["output"] == "profile-songjiang")
    cached = root / "build" / ".cache" / "html" / f"{key}.html"
    cached.write_bytes(cached.read_bytes()[:1000])
    (site / "overview.html").unlink()
    rc, s = run_build(root)
    assert rc == 0
    assert status(s) == {"overview": "unchanged", "profile-songjiang": "built",
                         "profile-minhang": "unchanged"}
    assert (site / "overview.html").is_file()
    # Same inputs, same bytes: the rebuilt Songjiang profile equals the first one.
    assert (site / "profile-songjiang.html").read_bytes() == first["profile-songjiang.html"]

    # --force rebuilds everything selected; --only limits it.
    rc, s = run_build(root, force=True, only="profile-s*")
    assert status(s) == {"overview": "unchanged", "profile-songjiang": "built",
                         "profile-minhang": "unchanged"}


def test_failing_notebook_is_isolated_and_site_untouched(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    root = make_project(tmp_path, districts="songjiang")
    site = root / "build" / "html"
    assert run_build(root)[0] == 0
    before = snapshot(site)

    grid = root / "notebooks" / "briefings.yml"
    grid.write_text(GRID % "songjiang, boom, minhang", encoding="utf-8")
    rc, s = run_build(root)
    assert rc == 1
    assert status(s) == {"overview": "unchanged", "profile-songjiang": "unchanged",
                         "profile-boom": "failed", "profile-minhang": "built"}
    boom = next(b for b in s["briefings"] if b["output"] == "profile-boom")
    assert "ValueError" in boom["error"] and "爆炸 boom" in boom["error"]
    assert s["published"] is False
    failed = root / "build" / "failed"
    assert (failed / "profile-boom.ipynb").is_file()
    assert "爆炸 boom" in (failed / "profile-boom.error.txt").read_text(encoding="utf-8")
    assert (root / "build" / "executed" / "profile-minhang.ipynb").is_file()
    assert snapshot(site) == before  # previous site untouched
    err = capsys.readouterr().err
    assert "FAILED    profile-boom" in err and "site NOT published" in err

    # Fixed: only the failed one runs, the others come from the cache, and the site is whole.
    grid.write_text(GRID % "songjiang, minhang", encoding="utf-8")
    rc, s = run_build(root)
    assert rc == 0 and s["counts"]["built"] == 0 and s["published"]
    assert "profile-minhang.html" in snapshot(site)


def test_failure_exit_code_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path, districts="boom")
    monkeypatch.setattr("kewei.build.default_validator", lambda: accept)
    rc = cli.main(["build", "--no-extract", "--quiet", "--jobs", "1", "--only", "profile-*",
                   "--seeds", str(root / "seeds"), "--data", str(root / "data"),
                   "--notebooks", str(root / "notebooks"), "--out", str(root / "build")])
    assert rc == 1
    assert not (root / "build" / "html").exists()
    assert (root / "build" / "failed" / "profile-boom.ipynb").is_file()


def test_no_publish_executes_but_leaves_the_site_alone(tmp_path: Path) -> None:
    root = make_project(tmp_path, districts="songjiang")
    rc, s = run_build(root, publish=False, only="profile-*")
    assert rc == 0 and status(s)["profile-songjiang"] == "built" and not s["published"]
    assert (root / "build" / "executed" / "profile-songjiang.ipynb").is_file()
    assert not (root / "build" / "html").exists()
    # The next publishing run reuses that work.
    rc, s = run_build(root, only="profile-*")
    assert rc == 0 and status(s)["profile-songjiang"] == "unchanged" and s["published"]


SLOW = [("import pathlib, time\npathlib.Path('started').write_text('1')\ntime.sleep(120)", None)]
DRIVER = """
import sys
from pathlib import Path
from kewei.build import BuildConfig, build
root = Path(sys.argv[1])
cfg = BuildConfig(seeds=root / "seeds", data=root / "data", notebooks=root / "notebooks",
                  grid=root / "notebooks" / "briefings.yml", out=root / "build", jobs=2,
                  extract=False)
sys.exit(build(cfg, validator=lambda stem, params, tables: dict(params)))
"""


def test_killed_run_leaves_site_intact_and_next_run_recovers(tmp_path: Path) -> None:
    root = make_project(tmp_path, districts="songjiang")
    site = root / "build" / "html"
    assert run_build(root)[0] == 0
    before = snapshot(site)

    # The overview now hangs mid-execution; kill the whole build (workers, kernels) with SIGKILL.
    write_notebook(root / "notebooks" / "overview.ipynb", SLOW)
    (root / "build" / ".html-new-leftover").mkdir()  # as if killed while assembling
    driver = root / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(driver), str(root)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    marker = root / "notebooks" / "started"
    try:
        for _ in range(600):
            if marker.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), "the slow notebook never started"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert snapshot(site) == before  # readers still see the complete previous site

    write_notebook(root / "notebooks" / "overview.ipynb", OVERVIEW[:1] + [("print('恢复')", None)])
    rc, s = run_build(root, wait=10)
    assert rc == 0 and status(s)["overview"] == "built"
    assert "恢复" in (site / "overview.html").read_text(encoding="utf-8")
    leftovers = [p.name for p in (root / "build").iterdir() if p.name.startswith(".html-")]
    assert leftovers == []
    assert not list((root / "build" / "executed").glob(".*.partial.ipynb"))


def test_recover_finishes_an_interrupted_two_rename_swap(tmp_path: Path) -> None:
    old = tmp_path / ".html-old-1234"
    old.mkdir()
    (old / "index.html").write_text("previous", encoding="utf-8")
    (tmp_path / ".html-new-5678").mkdir()
    done = recover(tmp_path)
    assert (tmp_path / "html" / "index.html").read_text(encoding="utf-8") == "previous"
    assert not old.exists() and not (tmp_path / ".html-new-5678").exists()
    assert any("restored" in line for line in done)


def test_swap_in_replaces_the_whole_site(tmp_path: Path) -> None:
    live, new = tmp_path / "html", tmp_path / ".html-new-x"
    live.mkdir()
    (live / "gone.html").write_text("old", encoding="utf-8")
    new.mkdir()
    (new / "index.html").write_text("new", encoding="utf-8")
    swap_in(new, live)
    assert sorted(p.name for p in live.iterdir()) == ["index.html"]
    assert not new.exists()


def test_second_run_waits_then_exits_clearly(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "build").mkdir()
    with FileLock(str(root / "build" / ".build.lock")):
        with pytest.raises(KeweiError, match="another kewei build is running"):
            build(config(root, wait=0.2), validator=accept)
    assert not (root / "build" / "html").exists()


HOSTILE = 'songjiang"; import os; os.system("touch PWNED")'


def hostile_project(root: Path) -> Path:
    make_project(root)
    # Named like the real notebook so the real validator (kewei.params) applies its rules.
    write_notebook(root / "notebooks" / "district_profile.ipynb", [
        ('district = "songjiang"\nlang = "both"', True),
        ("import pathlib\npathlib.Path('RAN').write_text('1')", None),
    ])
    (root / "notebooks" / "briefings.yml").write_text(textwrap.dedent(f"""\
        briefings:
          - notebook: district_profile.ipynb
            output: "profile-{{district}}"
            title: "区情 {{district}}"
            grid:
              district: [songjiang, {json.dumps(HOSTILE)}]
        """), encoding="utf-8")
    return root


def test_code_in_a_parameter_is_rejected_before_anything_runs(
        tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    root = hostile_project(tmp_path)
    monkeypatch.chdir(root)
    rc = cli.main(["build", "--no-extract", "--seeds", "seeds", "--data", "data",
                   "--notebooks", "notebooks", "--out", "build"])
    err = capsys.readouterr().err
    assert rc == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "briefings.yml" in err and "no notebook was run" in err
    assert "valid: minhang, songjiang" in err  # the list of valid districts
    assert not list(root.rglob("PWNED")) and not list(root.rglob("RAN"))
    assert not (root / "build" / "executed").exists()


def test_quotes_in_a_parameter_are_refused_even_if_a_validator_lets_them_through(
        tmp_path: Path) -> None:
    root = hostile_project(tmp_path)
    with pytest.raises(ParameterError, match="contains quotes, backslashes"):
        build(config(root), validator=accept)
    assert not list(root.rglob("PWNED")) and not list(root.rglob("RAN"))


def test_key_covers_package_source_notebook_parameters_and_versions(tmp_path: Path,
                                                                   monkeypatch) -> None:
    from kewei import hashing

    root = make_project(tmp_path)
    km = hashing.KeyMaker(root / "seeds", root / "notebooks",
                          {"songjiang": ["a.txt"], "minhang": ["b.txt"]})
    base = km.key("profile.ipynb", {"district": "songjiang"}, "t", "songjiang")
    assert base == km.key("profile.ipynb", {"district": "songjiang"}, "t", "songjiang")
    assert base != km.key("profile.ipynb", {"district": "minhang"}, "t", "songjiang")
    assert base != km.key("profile.ipynb", {"district": "songjiang"}, "t2", "songjiang")
    assert base != km.key("overview.ipynb", {"district": "songjiang"}, "t", "songjiang")
    assert base != km.key("profile.ipynb", {"district": "songjiang"}, "t", None)
    monkeypatch.setattr(hashing, "package_digest", lambda: "other source")
    km2 = hashing.KeyMaker(root / "seeds", root / "notebooks", km.district_files)
    assert base != km2.key("profile.ipynb", {"district": "songjiang"}, "t", "songjiang")
    monkeypatch.setattr(hashing, "library_versions", lambda: {"pandas": "99"})
    km3 = hashing.KeyMaker(root / "seeds", root / "notebooks", km.district_files)
    assert km3.key("profile.ipynb", {"district": "songjiang"}, "t", "songjiang") not in {
        base, km2.key("profile.ipynb", {"district": "songjiang"}, "t", "songjiang")}
    monkeypatch.undo()
    # The real package digest changes when a source file of the package changes.
    assert len(hashing.package_digest()) == 64


LINKED = [
    ("from IPython.display import HTML, display\nfrom kewei import narrative as N\n"
     "from kewei.data import load_tables\nt = load_tables(refresh=False)\n"
     "display(HTML(N.footnoted_table(N.fact_rows(t.facts), N.FACT_COLUMNS)))", None),
]


def add_facts(root: Path) -> list[dict[str, Any]]:
    """Two facts in the synthetic seeds, at their true offsets."""
    rows = []
    for doc, source, district, word in (("a", "a.txt", "songjiang", "2024"),
                                        ("b", "b.txt", "minhang", "2023")):
        text = (root / "seeds" / source).read_text(encoding="utf-8")
        start = text.index(word)
        rows.append({c: None for c in COLUMNS["facts"]} | {
            "fact_id": f"{doc}-0001", "doc_id": doc, "source_file": source,
            "district": district, "metric": "unclassified", "metric_zh": "年份", "value": 1,
            "unit": "个", "raw": word, "comparator": "eq", "kind": "flow", "status": "actual",
            "ref_year": int(word), "quote": text.strip(), "char_start": start,
            "char_end": start + len(word)})
    pd.DataFrame(rows, columns=COLUMNS["facts"]).to_csv(root / "data" / "facts.csv", index=False)
    return rows


def test_footnote_links_resolve_to_anchors_in_published_source_pages(tmp_path: Path) -> None:
    import html
    import re
    from urllib.parse import unquote

    root = make_project(tmp_path, districts="songjiang")
    rows = add_facts(root)
    write_notebook(root / "notebooks" / "overview.ipynb", LINKED)
    rc, s = run_build(root, only="overview")
    assert rc == 0, s
    site = root / "build" / "html"
    page = (site / "overview.html").read_text(encoding="utf-8")
    hrefs = [html.unescape(h) for h in re.findall(r'href="(sources/[^"]*)"', page)]
    assert len(hrefs) == 2 * len(rows)  # every row and every footnote
    for href in hrefs:
        path, _, fragment = href.partition("#")
        target = site / unquote(path)
        assert target.is_file(), href
        ids = re.findall(r'\bid="([^"]*)"', target.read_text(encoding="utf-8"))
        assert [html.unescape(i) for i in ids].count(unquote(fragment)) == 1, href
    # The mark holds exactly the fact's characters.
    a = (site / "sources" / "a.html").read_text(encoding="utf-8")
    assert '<mark id="a-0001" title="年份 unclassified · actual · 2024">2024</mark>' in a
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "来源文件" in index and 'href="sources/a.html"' in index
    assert 'href="sources/b.html"' in index


def test_a_document_missing_from_seeds_stops_the_build_before_any_notebook(
        tmp_path: Path) -> None:
    root = make_project(tmp_path, districts="songjiang")
    (root / "seeds" / "b.txt").unlink()
    with pytest.raises(KeweiError, match=r"b\.txt: cannot read file"):
        run_build(root)
    assert not (root / "build" / "executed").exists()
    assert not (root / "build" / "html").exists()


def test_a_kernel_that_dies_at_start_is_started_again(tmp_path: Path, monkeypatch) -> None:
    """Two kernels starting at once may pick the same port; the one that loses dies before
    kernel_info. That is no failure of the notebook: the run starts a new kernel."""
    from kewei import build as build_mod

    calls: list[int] = []

    class FlakyPapermill:
        @staticmethod
        def execute_notebook(*args: Any, **kwargs: Any) -> None:
            calls.append(1)
            if len(calls) == 1:
                raise RuntimeError("Kernel died before replying to kernel_info")
            raise ValueError("the notebook's own error")

    monkeypatch.setattr(build_mod, "_WORKER", {"papermill": FlakyPapermill, "nbformat": None,
                                              "exporter": None})
    monkeypatch.setattr(build_mod.time, "sleep", lambda s: None)
    task = {"out": str(tmp_path), "output": "overview", "notebook": "x.ipynb", "parameters": {},
            "cwd": str(tmp_path), "timeout": 60, "title": "t", "key": "k"}
    result = build_mod.execute_task(task)
    assert len(calls) == 2
    assert result["status"] == "failed" and "the notebook's own error" in result["error"]

    calls.clear()

    class DeadKernels:
        @staticmethod
        def execute_notebook(*args: Any, **kwargs: Any) -> None:
            calls.append(1)
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(build_mod, "_WORKER", {"papermill": DeadKernels, "nbformat": None,
                                              "exporter": None})
    result = build_mod.execute_task(task)
    assert len(calls) == build_mod.KERNEL_START_ATTEMPTS
    assert "Kernel died" in result["error"]
