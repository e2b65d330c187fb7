"""Source pages: every document's full text with each extracted figure marked, so the footnote
of a figure in a briefing opens the exact characters it was read from — one click.

``sources/<source_file stem>.html`` holds the decoded text (:func:`kewei.reading.read_document`,
the text every ``char_start``/``char_end`` indexes), HTML-escaped, whitespace kept, with each
fact's span wrapped in ``<mark id="<fact_id>">``. Facts whose spans overlap or nest are merged
into one mark over their union (deterministically: the earliest, longest span's id on the
mark, the others as empty anchors just before it, so every fact id is an anchor exactly once).
Pages are plain HTML and CSS: offline, no script, same bytes for the same input.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from kewei.errors import KeweiError

SOURCES = "sources"
TEMPLATE = "source_page.html.j2"


# ---------------------------------------------------------------- names and links
def page_stem(source_file: str) -> str:
    """``002_26ffa6e3ff8bc410.txt`` → ``002_26ffa6e3ff8bc410``."""
    return PurePath(str(source_file)).stem or str(source_file)


def page_path(source_file: str) -> str:
    """The source page of ``source_file``, relative to the site root (``sources/<stem>.html``)."""
    return f"{SOURCES}/{page_stem(source_file)}.html"


def source_href(source_file: str, fact_id: str | None = None) -> str:
    """Relative URL of a source page (from a page at the site root), optionally at a fact.

    Percent-encoded, so any file name or fact id makes a valid link; HTML-escape it as usual
    when putting it in an attribute."""
    url = quote(page_path(source_file), safe="/")
    if fact_id is not None and not _missing(fact_id):
        url += "#" + quote(str(fact_id), safe="")
    return url


# ---------------------------------------------------------------- marking the text
@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of text: the union of one or more overlapping fact spans."""

    start: int
    end: int
    ids: tuple[str, ...]  # ids[0] goes on the <mark>; the rest are anchors before it
    titles: tuple[str, ...]


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in {"", "nan",
                                                                                "<NA>", "None"}


def fact_title(fact: Mapping[str, Any]) -> str:
    """``高新技术企业 High-tech enterprises · actual · 2020`` (the tooltip of a mark)."""
    from kewei.narrative import metric_label

    metric = str(fact.get("metric") or "")
    zh = fact.get("metric_zh")
    label = metric_label(metric, "both", None if _missing(zh) else str(zh)) if metric else ""
    year = fact.get("ref_year")
    year_text = "–" if _missing(year) else str(int(float(year)))
    status = "" if _missing(fact.get("status")) else str(fact.get("status"))
    return " · ".join([label or "–", status or "–", year_text])


def marks(facts: Iterable[Mapping[str, Any]], length: int, source_file: str = "") -> list[Mark]:
    """Fact spans → non-overlapping marks, in text order. A span outside the text is an error
    (the tables were extracted from another version of the file)."""
    spans = []
    for f in facts:
        fid = str(f["fact_id"])
        try:
            s, e = int(f["char_start"]), int(f["char_end"])
        except (TypeError, ValueError):
            raise KeweiError(f"{source_file}: fact {fid} has no character span") from None
        if not 0 <= s <= e <= length:
            raise KeweiError(
                f"{source_file}: fact {fid} spans chars {s}–{e} but the text has {length} "
                "characters; the tables are stale — run `kewei extract`")
        spans.append((s, -e, fid, fact_title(f)))
    spans.sort()
    out: list[Mark] = []
    for s, neg_e, fid, title in spans:
        e = -neg_e
        last = out[-1] if out else None
        if last is not None and (s < last.end or (s, e) == (last.start, last.end)):
            out[-1] = Mark(last.start, max(last.end, e), (*last.ids, fid), (*last.titles, title))
        else:
            out.append(Mark(s, e, (fid,), (title,)))
    return out


def marked_text(text: str, facts: Iterable[Mapping[str, Any]], source_file: str = "") -> str:
    """The whole text, HTML-escaped, each fact span wrapped in ``<mark id=…>``."""
    parts: list[str] = []
    pos = 0
    for m in marks(facts, len(text), source_file):
        parts.append(html.escape(text[pos:m.start], quote=False))
        title = html.escape(" | ".join(m.titles), quote=True)
        inner = html.escape(text[m.start:m.end], quote=False)
        mark = f'<mark id="{html.escape(m.ids[0], quote=True)}" title="{title}">{inner}</mark>'
        if len(m.ids) > 1:
            anchors = "".join(f'<span class="kw-alias" id="{html.escape(i, quote=True)}" '
                              f'title="{html.escape(t, quote=True)}"></span>'
                              for i, t in zip(m.ids[1:], m.titles[1:], strict=True))
            mark = f'<span class="kw-group">{anchors}{mark}</span>'
        parts.append(mark)
        pos = m.end
    parts.append(html.escape(text[pos:], quote=False))
    return "".join(parts)


# ---------------------------------------------------------------- pages
DOC_TYPES = {"work_plan": "工作要点/计划 work plan", "work_summary": "工作总结 work summary",
             "five_year_plan": "五年规划 five-year plan"}


def _text(v: Any) -> str:
    return "" if _missing(v) else str(v)


def _env() -> Any:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from kewei.render import TEMPLATES

    return Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       keep_trailing_newline=True)


def header_rows(doc: Mapping[str, Any], figures: int) -> list[tuple[str, str]]:
    """(label, value) pairs shown above the text; values are plain text (escaped later)."""
    year = _text(doc.get("year"))
    if year:
        year = str(int(float(year)))
    district = " ".join(x for x in (_text(doc.get("district_zh")), _text(doc.get("district")))
                        if x)
    doc_type = _text(doc.get("doc_type"))
    return [
        ("区 District", district),
        ("类型 Type", DOC_TYPES.get(doc_type, doc_type)),
        ("年份 Year", year),
        ("发文单位 Issuer", _text(doc.get("issuer"))),
        ("日期 Date", _text(doc.get("issued_on"))),
        ("文号 Number", _text(doc.get("doc_number"))),
        ("文件 File", _text(doc.get("source_file"))),
        ("SHA-256", _text(doc.get("sha256"))),
        ("标注数值 Figures marked", str(figures)),
    ]


def render_source_page(text: str, doc: Mapping[str, Any],
                       facts: Iterable[Mapping[str, Any]]) -> str:
    """The HTML source page of one document (deterministic; links relative to ``sources/``)."""
    from markupsafe import Markup

    facts = list(facts)
    source_file = _text(doc.get("source_file"))
    body = marked_text(text, facts, source_file)
    title = _text(doc.get("title")) or source_file
    return _env().get_template(TEMPLATE).render(
        title=title, rows=header_rows(doc, len(facts)), body=Markup(body),
    )


@dataclass(frozen=True)
class SourceEntry:
    """One published source page, for the site index."""

    path: str  # relative to the site root, e.g. sources/001_93d1f2f42a20eb96.html
    source_file: str
    title: str
    district_zh: str
    year: str
    figures: int

    @property
    def href(self) -> str:
        """Relative URL of the page from the site root (percent-encoded)."""
        return source_href(self.source_file)


def source_pages(documents: Any, facts: Any, seeds: Path,
                 ) -> tuple[dict[str, bytes], list[SourceEntry]]:
    """Every document's source page (site-relative path → bytes) and the index entries.

    Raises KeweiError (one line naming the file) when a document cannot be read, has changed
    since extraction, or two documents would share a page name."""
    from kewei.errors import DocumentError
    from kewei.reading import read_document

    pages: dict[str, bytes] = {}
    entries: list[SourceEntry] = []
    if documents is None or len(documents) == 0:
        return pages, entries
    by_doc: dict[str, list[dict[str, Any]]] = {}
    if facts is not None and len(facts):
        for f in facts.to_dict("records"):
            by_doc.setdefault(str(f["doc_id"]), []).append(f)
    owner: dict[str, str] = {}
    for doc in sorted(documents.to_dict("records"), key=lambda d: str(d["source_file"])):
        source_file = str(doc["source_file"])
        path = page_path(source_file)
        if path in owner:
            raise KeweiError(f"{source_file}: its source page {path} would overwrite the one of "
                             f"{owner[path]} (same name before the extension); rename one")
        owner[path] = source_file
        try:
            src = read_document(Path(seeds) / source_file)
        except DocumentError as err:
            raise KeweiError(f"cannot publish the source page: {err}") from None
        sha = _text(doc.get("sha256"))
        if sha and sha != src.sha256:
            raise KeweiError(f"{Path(seeds) / source_file}: changed since the tables were "
                             "extracted (sha256 differs); run `kewei extract`")
        doc_facts = sorted(by_doc.get(str(doc["doc_id"]), []), key=lambda f: str(f["fact_id"]))
        pages[path] = render_source_page(src.text, doc, doc_facts).encode("utf-8")
        year = _text(doc.get("year"))
        entries.append(SourceEntry(path, source_file, _text(doc.get("title")) or source_file,
                                   _text(doc.get("district_zh")),
                                   str(int(float(year))) if year else "", len(doc_facts)))
    return pages, entries


def body_of(page: str) -> str:
    """The document text part of a source page (between the text container's tags)."""
    start = page.index(_BODY_OPEN) + len(_BODY_OPEN)
    return page[start:page.index(_BODY_CLOSE, start)]


_BODY_OPEN = '<div class="kw-text" lang="zh-CN">'
_BODY_CLOSE = "</div><!-- /kw-text -->"

__all__ = ["SOURCES", "Mark", "SourceEntry", "body_of", "fact_title", "marked_text", "marks",
           "page_path", "page_stem", "render_source_page", "source_href", "source_pages"]
