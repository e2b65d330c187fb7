"""Rendered briefings: self-contained, offline, code hidden, Chinese, no warnings; index.html.

``test_real_grid_briefings`` runs the project's own notebooks/briefings.yml (all notebooks) into
tmp_path, extracting the real seeds, and checks every HTML briefing (issue 4, "Tests").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kewei.build import BuildConfig, build, default_validator
from kewei.render import (
    IndexEntry,
    clean_html,
    data_dates,
    html_problems,
    render_index,
    visible_text,
)
from test_build import make_project, run_build, status, write_notebook

REPO = Path(__file__).resolve().parents[1]

CHART = [
    ("## 高新技术企业 High-tech enterprises\n\n松江区的图表。", False),
    ("import pandas as pd\nfrom IPython.display import display\n"
     "display(pd.DataFrame({'区 district': ['松江区', '闵行区'], '数量': [1755, 3612]}))", None),
    ("import matplotlib.pyplot as plt\nfrom kewei import plotting\nplotting.setup()\n"
     "fig, ax = plt.subplots(figsize=(4, 2.5))\nax.bar(['松江', '闵行'], [1755, 3612])\n"
     "ax.set_title('高新技术企业 数量')\nplt.show()", None),
]
CODE_MARKERS = ("plt.subplots", "pd.DataFrame", "import ", "raise ValueError", "print(")


def check_briefing(path: Path) -> str:
    """The checks every published briefing must pass; returns the page."""
    assert path.is_file(), f"{path.name} missing"
    page = path.read_text(encoding="utf-8")
    assert len(page) > 1000, f"{path.name} is (nearly) empty"
    assert not re.search(r"<script[^>]*src=[\"']?(https?:)?//", page, re.I), \
        f"{path.name} loads a script from the network"
    assert "require.js" not in page and "mathjax" not in page.lower()
    text = visible_text(page)
    for word in ("Glyph", "Warning", "Traceback"):
        assert word not in text, f"{path.name} shows {word!r}"
    for marker in CODE_MARKERS:
        assert marker not in text, f"{path.name} shows code ({marker!r})"
    assert "jp-InputPrompt" not in page.split("</head>", 1)[1]
    assert '"Noto Sans SC"' in page and "WenQuanYi Micro Hei" in page  # CJK font stack
    assert re.search(r"[\u4e00-\u9fff]", text), f"{path.name} has no Chinese text"
    return page


def test_small_grid_renders_clean_self_contained_html(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    write_notebook(root / "notebooks" / "overview.ipynb", CHART)
    rc, s = run_build(root)
    assert rc == 0, s
    site = root / "build" / "html"
    for name in ("overview.html", "profile-songjiang.html", "profile-minhang.html"):
        check_briefing(site / name)
    overview = (site / "overview.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in overview  # the chart is embedded
    assert "<table" in overview and "松江区" in visible_text(overview)
    assert "区情 songjiang 松江 闵行" in visible_text((site / "profile-songjiang.html").read_text(
        encoding="utf-8"))

    index = (site / "index.html").read_text(encoding="utf-8")
    for name in ("overview", "profile-songjiang", "profile-minhang"):
        assert f'href="{name}.html"' in index
    assert "区情 District profile: 松江区 Songjiang" in index
    # Dates of the data: per district for district briefings, the latest overall elsewhere.
    row = re.search(r"profile-minhang\.html.*?</tr>", index, re.S)
    assert row and "2023-12-30" in row.group(0) and "2023" in row.group(0)
    assert "2024-03-25" in re.search(r"overview\.html.*?</tr>", index, re.S).group(0)


def test_warning_in_a_notebook_fails_that_briefing(tmp_path: Path) -> None:
    root = make_project(tmp_path, districts="songjiang")
    write_notebook(root / "notebooks" / "overview.ipynb", [
        ("import warnings\nwarnings.warn('小心 careful')\nprint('概览')", None)])
    rc, s = run_build(root, only="overview")
    assert rc == 1
    assert status(s)["overview"] == "failed"
    err = next(b["error"] for b in s["briefings"] if b["output"] == "overview")
    assert "Warning" in err
    assert not (root / "build" / "html").exists()  # nothing half-good was published


def test_sanitiser_shows_markup_as_text_and_drops_handlers() -> None:
    out = clean_html('<p>ok</p><script>alert(1)</script><img src=x onerror="alert(2)">'
                     '<table><tr><th>区</th><td style="text-align: right;">1</td></tr></table>')
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "onerror" not in out and "<img" in out
    assert "<th>区</th>" in out and "text-align: right;" in out


def test_html_problems_names_the_offence() -> None:
    assert html_problems("<html><body><p>松江</p></body></html>") == []
    bad = ("<html><head><script src=\"https://cdn.example/require.js\"></script></head>"
           "<body><pre>Traceback (most recent call last)</pre>"
           "<p>UserWarning: Glyph 26494 missing</p></body></html>")
    found = " ".join(html_problems(bad))
    for needle in ("network", "'Traceback'", "'Warning'", "'Glyph'"):
        assert needle in found
    # CSS may mention such words; only visible text counts.
    assert html_problems("<style>.Warning{}</style><p>ok</p>") == []


def test_index_escapes_titles() -> None:
    page = render_index([IndexEntry("a", "<script>alert(1)</script> 松江", "2024-03-25", "2024")])
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 松江" in page


def test_data_dates() -> None:
    import pandas as pd

    docs = pd.DataFrame({"district": ["songjiang", "minhang", "songjiang"],
                         "issued_on": ["2021-01-05", "2024-02-01", "202426"],
                         "year": [2020, 2023, 2024]})
    # A garbled date kept raw by extract ('202426') is not a date: it never wins "latest".
    assert data_dates(docs) == ("2024-02-01", "2020–2024")
    assert data_dates(docs, "songjiang") == ("2021-01-05", "2020–2024")
    assert data_dates(docs, "jingan") == ("", "")


# ---------------------------------------------------------------- the real grid


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    grid = REPO / "notebooks" / "briefings.yml"
    assert grid.is_file(), "notebooks/briefings.yml is missing: the briefing grid must exist"
    out = tmp_path_factory.mktemp("real") / "build"
    cfg = BuildConfig(seeds=REPO / "seeds", data=out.parent / "data", notebooks=REPO / "notebooks",
                      grid=grid, out=out, jobs=2, quiet=True)
    rc = build(cfg, validator=default_validator())
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    failed = {b["output"]: b["error"] for b in summary["briefings"] if b["status"] == "failed"}
    assert rc == 0 and not failed, f"briefings failed: {failed}"
    return out / "html", summary


def test_real_grid_briefings(real_site: tuple[Path, dict]) -> None:
    site, summary = real_site
    outputs = [b["output"] for b in summary["briefings"]]
    assert len(outputs) >= 8
    index = (site / "index.html").read_text(encoding="utf-8")
    names = {"songjiang": "松江", "minhang": "闵行", "putuo": "普陀", "jingan": "静安"}
    for b in summary["briefings"]:
        page = check_briefing(site / f"{b['output']}.html")
        assert f'href="{b["output"]}.html"' in index
        district = b["parameters"].get("district")
        if district in names:
            assert names[district] in visible_text(page), f"{b['output']}: no district name"
    profiles = [b for b in summary["briefings"] if b["notebook"].startswith("district_profile")]
    assert {b["parameters"]["district"] for b in profiles} >= set(names)


def test_real_site_footnotes_open_their_figure_in_a_source_page(
        real_site: tuple[Path, dict]) -> None:
    """Every link from a briefing into sources/ (footnotes, facts rows, series cells) lands on
    an existing source page and on an anchor that page has exactly once."""
    import html
    from urllib.parse import unquote

    import pandas as pd

    site, summary = real_site
    docs = pd.read_csv(site.parent.parent / "data" / "documents.csv")
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "sources").glob("*.html"))
    assert pages == sorted(f"sources/{Path(f).stem}.html" for f in docs["source_file"])
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "来源文件" in index
    ids: dict[str, list[str]] = {}
    for name in pages:
        page = (site / name).read_text(encoding="utf-8")
        assert html_problems(page) == [] and "<script" not in page.lower(), name
        assert f'href="{name}"' in index
        ids[name] = [html.unescape(i) for i in re.findall(r'\bid="([^"]*)"', page)]
    linked: dict[str, int] = {}
    for b in summary["briefings"]:
        page = (site / f"{b['output']}.html").read_text(encoding="utf-8")
        hrefs = [html.unescape(h) for h in re.findall(r'href="(sources/[^"]*)"', page)]
        linked[b["output"]] = len(hrefs)
        for href in hrefs:
            path, _, fragment = href.partition("#")
            assert unquote(path) in ids, f"{b['output']}: {href} has no source page"
            if fragment:  # a figure's link lands on exactly one anchor; a document's on the page
                assert ids[unquote(path)].count(unquote(fragment)) == 1, f"{b['output']}: {href}"
    # The briefings with figures link them (the Songjiang profile: footnotes and series cells).
    assert linked["profile-songjiang"] >= 40 and linked["comparison"] > 0
    assert all(n > 0 for o, n in linked.items() if o.startswith("trajectory-"))



def _visible_outputs(nb) -> list[list[tuple[str, str]]]:
    """Per code cell (papermill's injected cell left out): what a reader sees, images hashed."""
    import hashlib

    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "injected-parameters" in cell.metadata.get("tags", []):
            continue
        seen = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                seen.append((out.name, out.text))
            for mime, value in sorted(out.get("data", {}).items()):
                if mime == "image/png":
                    value = hashlib.sha256(value.encode()).hexdigest()
                seen.append((mime, value if isinstance(value, str) else json.dumps(value)))
        cells.append(seen)
    return cells


@pytest.mark.parametrize("output", ["overview", "profile-songjiang",
                                    "trajectory-songjiang-high_tech_enterprises"])
def test_interactive_run_with_defaults_equals_the_published_briefing(
    real_site: tuple[Path, dict], output: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a researcher sees running a notebook in JupyterLab with its default parameters is
    what the published briefing shows (these three grid entries use the defaults)."""
    import nbformat
    from nbclient import NotebookClient

    site, summary = real_site
    entry = next(b for b in summary["briefings"] if b["output"] == output)
    published = nbformat.read(site.parent / "executed" / f"{output}.ipynb", as_version=4)
    nb = nbformat.read(REPO / "notebooks" / entry["notebook"], as_version=4)
    monkeypatch.setenv("KEWEI_DATA", str(site.parent.parent / "data"))
    monkeypatch.setenv("KEWEI_SEEDS", str(REPO / "seeds"))
    NotebookClient(nb, kernel_name="python3", timeout=300,
                   resources={"metadata": {"path": str(REPO / "notebooks")}}).execute()
    assert _visible_outputs(nb) == _visible_outputs(published)


def test_nbval_check_cells_are_not_shown_to_readers() -> None:
    import nbformat

    from kewei.render import render

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("## 松江区 Songjiang"),
        nbformat.v4.new_code_cell(
            "# NBVAL_CHECK_OUTPUT\nprint('probe-value')",
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="probe-value\n")],
        ),
        nbformat.v4.new_code_cell(
            "print('reader-value')",
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="reader-value\n")],
        ),
    ]
    text = visible_text(render(nb, "测试 Test"))
    assert "reader-value" in text and "松江区" in text
    assert "probe-value" not in text
    assert len(nb.cells) == 3  # the executed notebook itself keeps the probe
