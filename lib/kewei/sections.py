"""The heading hierarchy of a document: 一、 (level 1) / (一) (level 2) / 1、 (level 3), and above
them in plans written in chapters 第一章 / 第一部分 / 第一篇 (level −1) and 第一节 (level 0).

A heading is a line that starts with one of these labels. For 一、 and 1、 the heading is the
whole (short) line; a level-2 heading in a work plan often runs on into its paragraph
(``(一)培育提升企业自主创新能力。全力…``), so its heading text stops at the first 。 or ：.
A ``2、`` run on into a first sentence of over 40 characters is a page number glued to a
paragraph (``2、优惠政策,用好…``), not a heading.
A table of contents (a 目录 line followed by headings that are repeated later) is skipped.
A level-1 numeral missing its 、 (``一主要目标完成情况``) is accepted only on a short line with no
sentence punctuation whose numeral continues the sequence.

Offsets index the document's decoded text. ``char_start`` is where the heading's label starts,
``char_end`` where the section ends (the next heading of the same or a higher level, or the end
of the text), so a figure belongs to the deepest section whose span contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from kewei.reading import fold

_NUM_ZH = "一二三四五六七八九十"
_L1 = re.compile(rf"^([{_NUM_ZH}]{{1,3}})[、.．]\s*(\S.*)$")
_L1_BARE = re.compile(rf"^([{_NUM_ZH}]{{1,3}})([\u4e00-\u9fff][^，,。；;：:]{{1,24}})$")
_L2 = re.compile(rf"^[(（]([{_NUM_ZH}]{{1,3}})[)）]\s*(\S.*)$")
_L3 = re.compile(r"^(\d{1,2})[、]\s*(\S.*)$")
# 第一章 开启全面建设创新廊坊新征程, 第一节 发展基础: chapters and their sections
# (第一節 in traditional script, as 节)
CHAPTER_LEVELS = {"章": -1, "篇": -1, "部分": -1, "节": 0, "節": 0}
_CHAPTER = re.compile(
    rf"^第([{_NUM_ZH}]{{1,3}})(章|节|節|篇|部分)[ \t\u3000]*(\S[^。；;]{{0,38}})$")
_SENTENCE_END = re.compile(r"[。：:；;]")


@dataclass(frozen=True)
class Heading:
    level: int
    label: str  # as written, e.g. "一、", "(一)", "1、"
    heading: str  # the heading text, e.g. "强化策源地创新主体培育，…"
    number: int
    char_start: int  # start of the label
    heading_end: int  # end of the heading text
    char_end: int = -1  # end of the section (filled by find_sections)


def _zh_number(s: str) -> int:
    try:
        return int(cn2an.cn2an(s, "smart"))
    except (ValueError, KeyError):
        return -1


def _candidates(text: str) -> list[Heading]:
    folded = fold(text)
    out: list[Heading] = []
    pos = 0
    last_l1 = 0
    for line in folded.split("\n"):
        lead = len(line) - len(line.lstrip())
        s = line.strip()
        start = pos + lead
        pos += len(line) + 1
        if not s or len(s) > 5000:
            continue
        h: Heading | None = None
        if (ch := _CHAPTER.match(s)) is not None:
            label = text[start : start + ch.start(3)].rstrip()
            hs = start + ch.start(3)
            body = ch.group(3).rstrip()
            out.append(Heading(CHAPTER_LEVELS[ch.group(2)], label, text[hs : hs + len(body)],
                               _zh_number(ch.group(1)), start, hs + len(body)))
            continue
        for level, rx in ((1, _L1), (2, _L2), (3, _L3)):
            m = rx.match(s)
            if not m:
                continue
            body = m.group(2)
            if level == 2 or len(body) > 40:
                cut = _SENTENCE_END.search(body)
                if cut:
                    body = body[: cut.start()]
                    if level == 3 and len(body) > 40:
                        break  # a sentence of 40+ characters after 2、 opens a paragraph (a page
                        # number glued to it: 2、优惠政策,用好…,2023年新认定7家…), not a heading
                elif level != 2:
                    break  # a long line without a stop is a paragraph, not a heading
            body = body.strip()
            if not body:
                break
            num = _zh_number(m.group(1)) if level < 3 else int(m.group(1))
            label = text[start : start + len(s[: m.start(2)].strip())]
            hs = start + s.index(m.group(2))
            h = Heading(level, label, text[hs : hs + len(body)], num, start, hs + len(body))
            break
        if h is None:
            m = _L1_BARE.match(s)
            if m and _zh_number(m.group(1)) == last_l1 + 1:
                hs = start + len(m.group(1))
                body = m.group(2).strip()
                h = Heading(1, m.group(1), text[hs : hs + len(body)], last_l1 + 1, start,
                            hs + len(body))
        if h is not None:
            if h.level == 1:
                last_l1 = h.number
            out.append(h)
    return out


def _toc_end(text: str, heads: list[Heading]) -> int:
    """End offset of a table of contents (目录 … until its first heading repeats), else -1."""
    m = re.search(r"^\s*目\s*录\s*$", text, re.M)
    if not m:
        return -1
    after = [h for h in heads if h.char_start > m.end()]
    if not after:
        return -1
    first = after[0]
    for h in after[1:]:
        if h.level == first.level and h.heading == first.heading:
            return h.char_start
    return -1


def find_sections(text: str) -> list[Heading]:
    """Headings in document order with their section spans (table of contents excluded)."""
    heads = _candidates(text)
    toc_end = _toc_end(text, heads)
    if toc_end >= 0:
        heads = [h for h in heads if h.char_start >= toc_end]
    out: list[Heading] = []
    for i, h in enumerate(heads):
        end = len(text)
        for later in heads[i + 1 :]:
            if later.level <= h.level:
                end = later.char_start
                break
        out.append(Heading(h.level, h.label, h.heading, h.number, h.char_start, h.heading_end,
                           end))
    return out


def section_rows(doc_id: str, heads: list[Heading]) -> list[dict]:
    """Rows of the ``sections`` table for one document."""
    rows: list[dict] = []
    stack: list[tuple[int, str]] = []  # (level, section_id)
    for n, h in enumerate(heads, start=1):
        sid = f"{doc_id}-s{n:03d}"
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        rows.append({
            "doc_id": doc_id,
            "section_id": sid,
            "level": h.level,
            "label": h.label,
            "heading": h.heading,
            "parent_id": stack[-1][1] if stack else None,
            "char_start": h.char_start,
            "char_end": h.char_end,
        })
        stack.append((h.level, sid))
    return rows


def section_at(heads: list[Heading], pos: int) -> Heading | None:
    """The deepest heading whose section contains ``pos`` (the nearest heading before it)."""
    best: Heading | None = None
    for h in heads:
        if h.char_start <= pos < h.char_end and (best is None or h.level >= best.level):
            best = h
    return best


def section_name(h: Heading | None) -> str | None:
    """How ``facts.section`` names a heading: label + heading, e.g. ``(一)培育提升企业…``."""
    return None if h is None else f"{h.label}{h.heading}"
