"""Document metadata found in the text: district, type, year, period, issuer, date, number, title.

Nothing is guessed silently. A value that cannot be found is ``None`` with a warning; a value
printed garbled (a date ``202426``, a number ``闵科委〔202414``) is kept as printed and flagged
(``issued_on_garbled``, ``doc_number_garbled``). A district named only in the body (the Jing'an
plan) is inferred from the mention counts and flagged ``district_from_body``; a district outside
Shanghai gets its pinyin slug and the flag ``district_outside_shanghai``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from kewei import vocab
from kewei.reading import fold

_CJK = r"\u4e00-\u9fff"
_COMMISSION = r"(?:科学技术委员会|科技和经济委员会|科学技术局|科技局|科经委|科委)"
# A title that opens with a district commission's name: 上海市徐汇区科学技术委员会2023年工作总结
_TITLE_ISSUER = re.compile(rf"(?:关于印发《)?((?:上海市)?[{_CJK}]{{1,6}}?[区县]{_COMMISSION})")
_ISSUER_LINE = re.compile(
    rf"^(?:上海市)?[{_CJK}]{{0,10}}?{_COMMISSION}(?:办公室)?(?:文件)?$"
)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DOCNUM = re.compile(rf"([{_CJK}]{{1,8}})[〔\[【(]\s*(\d{{4}})\s*[〕\]】)]\s*(\d{{1,4}})\s*号")
_DOCNUM_GARBLED = re.compile(rf"^([{_CJK}]{{1,8}}[〔\[【(]\s*\d{{4}}[^\n]{{0,12}})$")
_TITLE_END = re.compile(r"(工作要点|工作计划|工作总结|年度总结|规划|计划|要点|总结)$")
_FIVE_YEAR = re.compile(r"十[一二三四五]五")
_ELSEWHERE = re.compile(rf"([{_CJK}]{{2,4}}?)(新区|区|县){_COMMISSION}")


@dataclass
class DocMeta:
    title: str | None = None
    doc_type: str | None = None
    year: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    district: str | None = None
    district_zh: str | None = None
    issuer: str | None = None
    issued_on: str | None = None  # ISO date, or the raw text when garbled (flagged)
    doc_number: str | None = None  # as printed (flagged when garbled)
    flags: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)

    def warn(self, code: str, message: str, flag: str | None = None) -> None:
        self.warnings.append((code, message))
        self.flags.append(flag or code)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line; line without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _strip(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_title(text: str) -> tuple[str | None, int | None]:
    """The document's own title line (not the cover letter's 关于印发…的通知) and its offset."""
    folded = fold(text)
    for off, line in _lines(folded)[:200]:
        s = line.strip()
        if not s or len(s) > 60 or s.startswith(("关于", "附件", "现将")):
            continue
        if any(c in s for c in ":：。,，;；") or s.endswith("通知"):
            continue
        if _TITLE_END.search(s) and re.search(rf"\d{{4}}年|十[一二三四五]五|[{_CJK}]", s):
            start = off + (len(line) - len(line.lstrip()))
            return text[start : start + len(s)], start
    # Fallback: the 《…》 of a cover letter, possibly broken across lines.
    m = re.search(r"关于印发《([^》]{2,80})》", folded)
    if m:
        return _strip(text[m.start(1) : m.end(1)]), m.start(1)
    for off, line in _lines(text)[:20]:
        s = line.strip()
        if s and len(s) <= 60:
            return s, off + (len(line) - len(line.lstrip()))
    return None, None


_PLAN_REVIEWED = re.compile(r"规划》?(?:实施)?(?:中期评估|终期评估|评估报告|实施情况|执行情况)")


def _doc_type(title: str | None, head: str) -> str | None:
    for src in (title or "", head):
        s = fold(src)
        if _PLAN_REVIEWED.search(s):
            return "work_summary"  # 《…“十四五”科技创新规划》实施中期评估情况: a report on a plan
        if "规划" in s and (_FIVE_YEAR.search(s) or "五年" in s):
            return "five_year_plan"
        if "总结" in s:
            return "work_summary"
        if re.search(r"工作要点|工作计划|要点|计划", s):
            return "work_plan"
    return None


def _district_mentions(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for d in vocab.DISTRICTS:
        n = text.count(d.short)
        if n:
            counts[d.slug] = n
    return counts


def _district_in(s: str) -> list[str]:
    return [d.slug for d in vocab.DISTRICTS if d.short in s]


def _valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def detect(text: str, source_file: str) -> DocMeta:
    """Detect the metadata of one document (``source_file`` names it in warnings)."""
    meta = DocMeta()
    folded = fold(text)
    lines = _lines(folded)
    head = folded[:600]

    # Title, type
    meta.title, _ = find_title(text)
    if meta.title is None:
        meta.warn("title_unknown", "no title line found")
    meta.doc_type = _doc_type(meta.title, head)
    if meta.doc_type is None:
        meta.warn(
            "doc_type_unknown",
            "document type not recognised (no 工作要点/工作计划/工作总结/五年规划 in the title)",
        )

    # Year and period
    ftitle = fold(meta.title or "")
    fy = _FIVE_YEAR.search(ftitle) or (
        _FIVE_YEAR.search(head) if meta.doc_type == "five_year_plan" else None
    )
    if meta.doc_type == "five_year_plan" and fy:
        meta.period_start, meta.period_end = vocab.FIVE_YEAR_PERIODS[fy.group(0)]
        meta.year = meta.period_start
    else:
        m = re.search(r"((?:19|20)\d{2})\s*年", ftitle) or re.search(
            r"((?:19|20)\d{2})\s*年(?:是|工作要点|工作计划|工作总结|度)", head
        )
        if m:
            meta.year = int(m.group(1))
            meta.period_start = meta.period_end = meta.year
            if not re.search(r"((?:19|20)\d{2})\s*年", ftitle):
                meta.flags.append("year_from_body")
        else:
            meta.warn("year_unknown", "year not found in the title or the opening lines")

    # Issuer: a line holding only a commission's name; prefer the signature (followed by a date).
    issuer_idx: int | None = None
    candidates = [
        i for i, (_, line) in enumerate(lines)
        if _ISSUER_LINE.match(_strip(line)) and "印发" not in line
    ]
    for i in candidates:
        nxt = [ln for _, ln in lines[i + 1 : i + 6] if ln.strip()]
        if nxt and re.fullmatch(r"[\d年月日\s]{5,}", nxt[0].strip()):
            issuer_idx = i
    if issuer_idx is not None:
        meta.issuer = re.sub(r"文件$", "", _strip(text[_line_span(lines, issuer_idx)]))
    else:
        m = re.search(rf"来源\s*[:：]\s*((?:上海市)?[{_CJK}]{{0,10}}?{_COMMISSION})", folded)
        if m:
            meta.issuer = text[m.start(1) : m.end(1)]
        elif candidates:
            meta.issuer = re.sub(r"文件$", "", _strip(text[_line_span(lines, candidates[0])]))
        elif meta.title and (t := _TITLE_ISSUER.match(meta.title)):
            meta.issuer = t.group(1)  # the title opens with the commission's name
            meta.flags.append("issuer_from_title")
        else:
            meta.warn("issuer_unknown", "issuer (the commission's name) not found")

    # Issue date: the line after the signature; else a standalone date line; else 发布时间.
    date_raw: str | None = None
    if issuer_idx is not None:
        for j in range(issuer_idx + 1, min(issuer_idx + 6, len(lines))):
            if lines[j][1].strip():
                date_raw = text[_line_span(lines, j)].strip()
                break
    if date_raw is None:
        for i, (_, line) in enumerate(lines):
            s = line.strip()
            if _DATE.fullmatch(s) or re.fullmatch(r".{0,20}?\s+" + _DATE.pattern + r"印发", s):
                date_raw = text[_line_span(lines, i)].strip()
                break
    if date_raw is None:
        m = re.search(r"(?:发布时间|发布日期|成文日期)\s*[:：]\s*(" + _DATE.pattern + ")", folded)
        if m:
            date_raw = text[m.start(1) : m.end(1)]
            meta.flags.append("issued_on_from_publication_date")
    if date_raw is not None:
        m = _DATE.search(fold(date_raw))
        iso = _valid_date(*m.groups()) if m else None
        if iso:
            meta.issued_on = iso
        else:
            meta.issued_on = date_raw
            meta.warn(
                "issued_on_garbled",
                f"issue date printed as {date_raw!r} cannot be read as a date; kept as printed",
            )
    else:
        meta.warn("issued_on_unknown", "issue date not found")

    # Document number
    m = _DOCNUM.search(folded[:3000])
    if m:
        meta.doc_number = text[m.start() : m.end()]
    else:
        for i, (_, line) in enumerate(lines[:60]):
            g = _DOCNUM_GARBLED.match(_strip(line))
            if g and re.search(_COMMISSION + r"|[{_CJK}]科", g.group(1)):
                meta.doc_number = text[_line_span(lines, i)].strip()
                meta.warn(
                    "doc_number_garbled",
                    f"document number printed as {meta.doc_number!r} is incomplete; "
                    "kept as printed",
                )
                break

    _detect_district(meta, text, folded, source_file)
    return meta


def _line_span(lines: list[tuple[int, str]], i: int) -> slice:
    off, line = lines[i]
    return slice(off, off + len(line))


def _detect_district(meta: DocMeta, text: str, folded: str, source_file: str) -> None:
    strong = fold((meta.title or "") + " " + (meta.issuer or ""))
    named = _district_in(strong)
    if len(set(named)) == 1:
        _set_district(meta, named[0])
        return
    if len(set(named)) > 1:
        counts = _district_mentions(folded)
        best = max(sorted(set(named)), key=lambda s: counts.get(s, 0))
        _set_district(meta, best)
        meta.warn(
            "district_ambiguous",
            f"title/issuer name several districts ({', '.join(sorted(set(named)))}); "
            f"chose {best} (most mentioned)",
        )
        return
    # A district outside Shanghai named in the title or issuer, e.g. 海淀区科学技术委员会.
    m = _ELSEWHERE.search(_strip(strong)) or _ELSEWHERE.search(_strip(folded[:400]))
    if m and vocab.district_from_zh(m.group(1)) is None and not m.group(1).endswith("上海市"):
        name = re.sub(r"^.*?(?:省|市)", "", m.group(1)) or m.group(1)
        meta.district = vocab.slug_for(name)
        meta.district_zh = name + m.group(2)
        meta.warn(
            "district_outside_shanghai",
            f"district {meta.district_zh} is not one of Shanghai's 16; slug {meta.district!r}",
        )
        return
    if meta.doc_number:
        prefix = fold(meta.doc_number)[:1]
        slug = vocab.DOCNUM_PREFIX.get(prefix)
        if slug and re.match(rf"[{_CJK}]科", fold(meta.doc_number)):
            _set_district(meta, slug)
            meta.warn(
                "district_from_doc_number",
                f"district {slug} inferred from the document number {meta.doc_number!r}",
                "district_from_doc_number",
            )
            return
    counts = _district_mentions(folded)
    ranked = counts.most_common()
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        slug, n = ranked[0]
        _set_district(meta, slug)
        meta.warn(
            "district_from_body",
            f"district {slug} inferred from {n} mentions of {vocab.district(slug).short} in the "
            "body; the title and issuer do not name it",
        )
        return
    found = ", ".join(f"{s}×{n}" for s, n in ranked) or "none"
    meta.warn(
        "district_unknown",
        f"district not found (title and issuer name none; body mentions: {found}); left empty",
    )


def _set_district(meta: DocMeta, slug: str) -> None:
    meta.district = slug
    meta.district_zh = vocab.district(slug).zh
