"""Executed notebook -> self-contained HTML briefing; the site's index.html.

Briefings use the ``kewei_html`` nbconvert template (lab look, code hidden, no CDN scripts,
a Chinese-capable font stack). Every HTML or Markdown output is passed through a bleach
allow-list, so markup that arrives from a document can never run as script even if a notebook
forgot to escape it. stderr is never published; stderr or visible text that looks like a
warning, a traceback or a missing glyph fails the briefing instead.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "kewei_html"
# Visible text that must never reach a reader.
FORBIDDEN = ("Traceback", "Warning", "Glyph")

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
    "samp", "small", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ATTRS = {
    "*": ["class", "id", "title", "lang", "dir", "align", "style"],
    "a": ["href", "title", "rel", "name"],
    "img": ["src", "alt", "width", "height"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan", "scope"],
    "table": ["border"],
    "ol": ["start"],
    "style": ["type", "scoped"],
}
_PROTOCOLS = {"http", "https", "mailto", "data"}


def clean_html(fragment: Any) -> str:
    """Allow-list sanitiser for output HTML: disallowed tags are shown as text, handlers dropped."""
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    text = fragment.decode() if isinstance(fragment, bytes) else str(fragment)
    return bleach.clean(
        text, tags=_TAGS, attributes=_ATTRS, protocols=_PROTOCOLS, strip=False,
        strip_comments=True, css_sanitizer=CSSSanitizer(),
    )


def make_exporter() -> Any:
    """An HTMLExporter configured for briefings (create once per worker process)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name=TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    exporter.register_filter("kewei_clean", clean_html)
    return exporter


CHECK_MARK = "# NBVAL_CHECK_OUTPUT"


def render(nb: Any, title: str, exporter: Any | None = None) -> str:
    """HTML for an executed notebook node, titled ``title`` (escaped by the template)."""
    exporter = exporter or make_exporter()
    nb = copy.copy(nb)
    nb.metadata["title"] = title
    # `# NBVAL_CHECK_OUTPUT` cells are regression probes for the tests; readers get the narrative.
    nb.cells = [c for c in nb.cells if CHECK_MARK not in "".join(c.get("source", ""))]
    for cell in nb.cells:  # papermill gives its injected cell a random id: keep output stable
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


_STYLE_SCRIPT = re.compile(r"<(style|script)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def visible_text(page: str) -> str:
    """Text a reader sees: tags, styles and scripts removed, entities decoded."""
    return html.unescape(_TAG.sub(" ", _STYLE_SCRIPT.sub(" ", page)))


def stderr_problems(nb: Any) -> list[str]:
    """Lines a notebook wrote to stderr that look like warnings or errors."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                for line in str(out.get("text", "")).splitlines():
                    if any(w.lower() in line.lower() for w in (*FORBIDDEN, "error")):
                        found.append(line.strip())
    return found


def html_problems(page: str) -> list[str]:
    """Why a rendered briefing must not be published (empty list: fine)."""
    problems = []
    if re.search(r"<script[^>]*\bsrc\s*=\s*[\"']?(https?:)?//", page, re.I):
        problems.append("loads a script from the network")
    text = visible_text(page)
    for word in FORBIDDEN:
        i = text.find(word)
        if i >= 0:
            snippet = " ".join(text[max(0, i - 60): i + 80].split())
            problems.append(f"shows {word!r}: …{snippet}…")
    return problems


@dataclass(frozen=True)
class IndexEntry:
    output: str
    title: str
    data_as_of: str  # latest issued_on of the documents it draws on
    years: str  # years the documents cover, e.g. "2020–2024"


def data_dates(documents: Any, district: str | None = None) -> tuple[str, str]:
    """(latest issued_on, years covered) over all documents or one district's."""
    if documents is None or len(documents) == 0:
        return "", ""
    docs = documents
    if district is not None and "district" in docs.columns:
        docs = docs[docs["district"] == district]
    # Only well-formed dates count: garbled ones (kept raw by extract, e.g. '202426') are skipped.
    issued = sorted(str(v)[:10] for v in docs.get("issued_on", [])
                    if _present(v) and _ISO_DATE.match(str(v)))
    years = sorted({int(v) for v in docs.get("year", []) if _present(v) and _is_int(v)})
    span = "" if not years else (
        str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    )
    return (issued[-1] if issued else ""), span


_ISO_DATE = re.compile(r"(19|20)\d\d-[01]\d-[0-3]\d\b")


def _present(v: Any) -> bool:
    return v is not None and str(v) not in {"", "nan", "NaT", "None", "<NA>"}


def _is_int(v: Any) -> bool:
    try:
        int(v)
    except (TypeError, ValueError):
        return False
    return True


def render_index(entries: list[IndexEntry], corpus_as_of: str = "", corpus_years: str = "",
                 sources: list[Any] | None = None) -> str:
    """The site's index.html (deterministic: no build time in it). ``sources``: the
    :class:`kewei.sources.SourceEntry` of every published source page."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    return env.get_template("site_index.html.j2").render(
        entries=entries, corpus_as_of=corpus_as_of, corpus_years=corpus_years,
        sources=sources or [],
    )
