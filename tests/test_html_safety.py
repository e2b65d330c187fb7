"""Hostile text from a document never runs as script in a briefing (issue 6, "Published HTML").

The briefings are opened in headless Chromium. The payloads would, if they ran, set
``document.title`` and add a ``<pwned>`` element; the dumped DOM must show neither, and the
payload must appear as text. A positive control (the raw payload in a page) proves the harness
does detect a script that runs. Chromium is a test requirement: missing is a failure, not a skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kewei.build import BuildConfig, build, default_validator
from kewei.render import visible_text
from test_build import make_project, run_build, write_notebook

REPO = Path(__file__).resolve().parents[1]
SCRIPT = ("<script>document.title='PWNED';"
          "document.documentElement.appendChild(document.createElement('pwned'))</script>")
IMG = ("<img src=x onerror=\"document.title='PWNED';"
       "document.documentElement.appendChild(document.createElement('pwned'))\">")
ALERT = "<script>alert(1)</script>"


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None and Path("/usr/bin/chromium").exists():
        exe = "/usr/bin/chromium"
    assert exe, ("headless Chromium is required for this test but is not installed: "
                 "apt-get install -y chromium fonts-wqy-microhei (done by `make setup`)")
    return exe


def dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    """The DOM after Chromium loaded the page (at ``#fragment``, if given) and ran whatever
    scripts it would run."""
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom",
           page.resolve().as_uri() + (f"#{fragment}" if fragment else "")]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, f"chromium failed: {res.stderr[-500:]}"
    assert "</html>" in res.stdout, f"chromium printed no DOM: {res.stderr[-500:]}"
    return res.stdout


def ran_script(dom: str) -> bool:
    return "<pwned" in dom or "<title>PWNED</title>" in dom


def test_harness_detects_a_script_that_runs(tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head><title>ok</title></head><body>{IMG}"
                       "</body></html>", encoding="utf-8")
    assert ran_script(dump_dom(control, tmp_path / "profile"))


HOSTILE_NB = [
    ("# 安全 Safety\n\n文件内容如下。", False),
    ("import os, pathlib\nimport pandas as pd\n"
     "from IPython.display import HTML, Markdown, display\n"
     "text = (pathlib.Path(os.environ['KEWEI_SEEDS']) / 'evil.txt').read_text(encoding='utf-8')\n"
     "lines = [line for line in text.splitlines() if line.strip()]\n"
     "print(lines[0])\n"                                # text/plain: escaped by nbconvert
     "display(pd.DataFrame({'引文 quote': lines}))\n"   # pandas escapes cell text
     "display(Markdown('## ' + lines[0]))\n"            # raw markup: only the sanitiser stands
     "display(HTML('<p>' + lines[1] + '</p>'))", None),  # raw markup again
]


def test_hostile_seed_text_shows_as_text_and_runs_nothing(tmp_path: Path) -> None:
    root = make_project(tmp_path, districts="songjiang")
    (root / "seeds" / "evil.txt").write_text(
        f"松江区科委 {ALERT} {SCRIPT}\n高新技术企业 {IMG} 1755家\n", encoding="utf-8")
    write_notebook(root / "notebooks" / "overview.ipynb", HOSTILE_NB)
    rc, s = run_build(root, only="overview")
    assert rc == 0, s
    page = root / "build" / "html" / "overview.html"
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower().split("</head>", 1)[1]
    dom = dump_dom(page, tmp_path / "profile")
    assert not ran_script(dom), "a script from the seed ran in the briefing"
    text = visible_text(dom)
    assert ALERT in text  # shown to the reader as text
    assert "onerror" in text and "1755家" in text


def test_real_notebooks_escape_hostile_document_text(tmp_path: Path) -> None:
    """The project's overview and Songjiang profile, built from the seeds plus a hostile copy
    of the Songjiang plan whose title, a heading and a figure's sentence carry the payloads."""
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    (seeds / "SHA256SUMS").unlink()
    src = next(p for p in sorted(seeds.glob("*.txt"))
               if "松江区科学技术委员会2024年" in p.read_text(encoding="utf-8"))
    text = src.read_text(encoding="utf-8")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "工作要点" in line and "松江区科学技术委员会" in line:
            lines[i] = line + f" {ALERT}"
            break
    heading = next(i for i, line in enumerate(lines) if line.strip().startswith("一、"))
    lines[heading] = lines[heading] + f" {IMG}"
    figure = next(i for i, line in enumerate(lines) if "家" in line and any(c.isdigit()
                                                                            for c in line))
    lines[figure] = f"{SCRIPT}{lines[figure]}"
    (seeds / ("zz_hostile_" + src.name)).write_text("\n".join(lines) + "\n", encoding="utf-8")
    grid = tmp_path / "briefings.yml"
    grid.write_text("""briefings:
  - notebook: overview.ipynb
    output: overview
    title: "语料概览 Corpus overview"
  - notebook: district_profile.ipynb
    output: "profile-{district}"
    title: "区情 {district}"
    grid: {district: [songjiang]}
    depends_on_district: true
""", encoding="utf-8")
    out = tmp_path / "build"
    cfg = BuildConfig(seeds=seeds, data=tmp_path / "data", notebooks=REPO / "notebooks",
                      grid=grid, out=out, jobs=2, quiet=True)
    rc = build(cfg, validator=default_validator())
    errors = (out / "failed").glob("*.error.txt") if (out / "failed").exists() else []
    assert rc == 0, [e.read_text(encoding="utf-8")[:500] for e in errors]
    shown = 0
    for name in ("overview.html", "profile-songjiang.html"):
        page = out / "html" / name
        dom = dump_dom(page, tmp_path / f"profile-{name}")
        assert not ran_script(dom), f"{name}: a script from the hostile seed ran"
        shown += any(p in visible_text(dom) for p in ("<script>", "<img src=x onerror="))
    assert shown, "the hostile text should reach at least one briefing, as text"

    # The hostile copy's source page, opened the way a footnote opens it (at a fact's anchor):
    # every payload is on the page as text, and none ran.
    import html as html_mod
    import re

    from kewei.sources import page_path

    profile_page = (out / "html" / "profile-songjiang.html").read_text(encoding="utf-8")
    prefix = page_path("zz_hostile_" + src.name)
    links = [html_mod.unescape(h) for h in re.findall(r'href="(sources/[^"]*)"', profile_page)]
    hostile_links = [h for h in links if h.startswith(prefix + "#")]
    assert hostile_links, "the profile should footnote figures of the hostile copy"
    page = out / "html" / prefix
    source = page.read_text(encoding="utf-8")
    assert "<script" not in source.lower() and "<img" not in source.lower()
    fragment = hostile_links[0].split("#", 1)[1]
    assert f'id="{fragment}"' in source
    dom = dump_dom(page, tmp_path / "profile-source", fragment)
    assert not ran_script(dom), "a script from the hostile seed ran in its source page"
    text = visible_text(dom)
    for payload in (ALERT, SCRIPT, IMG):
        assert payload in text, f"{payload[:20]}… is not shown as text on the source page"


@pytest.fixture(autouse=True)
def _stable_package_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kewei.hashing.package_digest", lambda: "pinned")
    monkeypatch.setattr("kewei.build.package_digest", lambda: "pinned")
