"""Closed vocabularies: Shanghai's 16 districts and the document types.

Lookups raise :class:`~kewei.errors.KeweiError` on an unseen value and list the valid ones.
A district outside Shanghai gets a pinyin slug (``pypinyin`` if installed, imported lazily).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kewei.errors import KeweiError


@dataclass(frozen=True)
class District:
    slug: str  # lowercase pinyin, the id used in every table
    zh: str  # full name, e.g. 松江区
    short: str  # e.g. 松江
    en: str  # e.g. Songjiang


DISTRICTS: tuple[District, ...] = (
    District("huangpu", "黄浦区", "黄浦", "Huangpu"),
    District("xuhui", "徐汇区", "徐汇", "Xuhui"),
    District("changning", "长宁区", "长宁", "Changning"),
    District("jingan", "静安区", "静安", "Jing'an"),
    District("putuo", "普陀区", "普陀", "Putuo"),
    District("hongkou", "虹口区", "虹口", "Hongkou"),
    District("yangpu", "杨浦区", "杨浦", "Yangpu"),
    District("minhang", "闵行区", "闵行", "Minhang"),
    District("baoshan", "宝山区", "宝山", "Baoshan"),
    District("jiading", "嘉定区", "嘉定", "Jiading"),
    District("pudong", "浦东新区", "浦东", "Pudong"),
    District("jinshan", "金山区", "金山", "Jinshan"),
    District("songjiang", "松江区", "松江", "Songjiang"),
    District("qingpu", "青浦区", "青浦", "Qingpu"),
    District("fengxian", "奉贤区", "奉贤", "Fengxian"),
    District("chongming", "崇明区", "崇明", "Chongming"),
)
SHANGHAI_SLUGS: tuple[str, ...] = tuple(d.slug for d in DISTRICTS)
_BY_SLUG = {d.slug: d for d in DISTRICTS}
_BY_ZH = {**{d.zh: d for d in DISTRICTS}, **{d.short: d for d in DISTRICTS}}

# One-character abbreviations used in document numbers, e.g. 普科委〔2024〕2号, 闵科委〔2024〕1号.
DOCNUM_PREFIX: dict[str, str] = {
    "黄": "huangpu", "徐": "xuhui", "长": "changning", "静": "jingan", "普": "putuo",
    "虹": "hongkou", "杨": "yangpu", "闵": "minhang", "宝": "baoshan", "嘉": "jiading",
    "浦": "pudong", "金": "jinshan", "松": "songjiang", "青": "qingpu", "奉": "fengxian",
    "崇": "chongming",
}

DOC_TYPES: dict[str, str] = {
    "work_plan": "工作要点/工作计划",
    "work_summary": "工作总结",
    "five_year_plan": "五年规划",
}
DOC_TYPE_EN: dict[str, str] = {
    "work_plan": "work plan",
    "work_summary": "work summary",
    "five_year_plan": "five-year plan",
}

# Five-year plan periods, e.g. 十四五 → 2021–2025.
FIVE_YEAR_PERIODS: dict[str, tuple[int, int]] = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}

_SLUG_RE = re.compile(r"^[a-z][a-z0-9_-]*$")


def _unknown(kind: str, value: object, valid: tuple[str, ...] | list[str]) -> KeweiError:
    return KeweiError(f"unknown {kind} {value!r}; valid: {', '.join(valid)}")


def district(slug: str) -> District:
    """The Shanghai district with this slug; KeweiError listing the 16 otherwise."""
    try:
        return _BY_SLUG[slug]
    except (KeyError, TypeError):
        raise _unknown("district", slug, SHANGHAI_SLUGS) from None


def district_label(slug: str, lang: str = "zh") -> str:
    """Display name of a Shanghai district: ``zh`` (松江区), ``short`` (松江) or ``en``."""
    d = district(slug)
    if lang not in ("zh", "short", "en"):
        raise _unknown("language", lang, ("zh", "short", "en"))
    return {"zh": d.zh, "short": d.short, "en": d.en}[lang]


def district_from_zh(name: str) -> District | None:
    """The Shanghai district named ``name`` (松江区 or 松江), or None."""
    return _BY_ZH.get(name.strip())


def doc_type_label(doc_type: str, lang: str = "zh") -> str:
    """Display label of a document type; KeweiError listing the valid types otherwise."""
    if doc_type not in DOC_TYPES:
        raise _unknown("document type", doc_type, tuple(DOC_TYPES))
    return DOC_TYPES[doc_type] if lang == "zh" else DOC_TYPE_EN[doc_type]


def check_doc_type(doc_type: str) -> str:
    if doc_type not in DOC_TYPES:
        raise _unknown("document type", doc_type, tuple(DOC_TYPES))
    return doc_type


def is_district_slug(slug: object) -> bool:
    """True for a Shanghai slug or a well-formed slug of a district elsewhere."""
    return isinstance(slug, str) and bool(_SLUG_RE.match(slug))


def slug_for(name_zh: str) -> str:
    """Slug of any district name: the fixed one for Shanghai, else its pinyin (海淀区 → haidian).

    Uses ``pypinyin`` when installed; without it, a stable ``district-<hash>`` slug.
    """
    d = district_from_zh(name_zh)
    if d is not None:
        return d.slug
    base = re.sub(r"(新区|区|县|市)$", "", name_zh.strip()) or name_zh.strip()
    try:
        from pypinyin import lazy_pinyin  # optional, only for districts outside Shanghai
    except ImportError:  # pragma: no cover - depends on the environment
        return "district-" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]
    slug = "".join(lazy_pinyin(base)).lower()
    slug = re.sub(r"[^a-z0-9]+", "", slug)
    return slug if _SLUG_RE.match(slug or "") else (
        "district-" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]
    )
