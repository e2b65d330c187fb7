"""The metric catalog: canonical ids, labels, aliases, units and kinds (catalog/metrics.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from kewei.errors import KeweiError

#: Closed set of kinds a metric or a figure may have.
KINDS: frozenset[str] = frozenset({"stock", "flow", "rate", "share", "rank", "multiple"})

#: Closed set of canonical units a catalog metric may declare.
UNITS: frozenset[str] = frozenset(
    {"亿元", "%", "家", "个", "项", "件", "人", "名", "座", "台", "张", "条", "场", "次", "人次",
     "平方米", "所", "倍", "rank"}
)

#: The id every figure that matches no catalog metric gets.
UNCLASSIFIED = "unclassified"

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_TRAILING_UNIT = re.compile(r"\s*[(（][^()（）]{0,8}[)）]\s*$")


@dataclass(frozen=True)
class Metric:
    """One catalog entry. ``flow_of`` (and ``by_alias_only``), ``context_any``, ``not_after``
    (qualifiers that, right before an alias, make it name another quantity) and ``not_beside``
    (alias → a word whose presence in the sentence makes that alias name another programme) and
    ``not_in_text_with`` (the same, for a word anywhere in the document) drive matching in
    running text."""

    id: str
    label_en: str
    label_zh: str
    aliases: tuple[str, ...]
    unit: str
    kind: str
    notes: str
    flow_of: str | None = None
    by_alias_only: bool = False
    context_any: tuple[str, ...] = field(default=())
    not_after: tuple[str, ...] = field(default=())
    not_beside: tuple[tuple[str, str], ...] = field(default=())
    not_in_text_with: tuple[tuple[str, str], ...] = field(default=())


class CatalogError(KeweiError):
    """The packaged metric catalog is malformed (a developer error, reported on one line)."""


def _normalise(label: str) -> str:
    return label.translate(_FULLWIDTH).replace(" ", "").strip()


def _parse(data: object) -> dict[str, Metric]:
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), list):
        raise CatalogError("catalog/metrics.yaml: expected a mapping with a 'metrics' list")
    out: dict[str, Metric] = {}
    seen_alias: dict[str, str] = {}
    for i, row in enumerate(data["metrics"]):
        if not isinstance(row, dict) or "id" not in row:
            raise CatalogError(f"catalog/metrics.yaml: entry {i} has no id")
        mid = str(row["id"])
        where = f"catalog/metrics.yaml: metric {mid!r}"
        if not _ID_RE.match(mid) or mid == UNCLASSIFIED:
            raise CatalogError(f"{where}: id must be lowercase [a-z0-9_] and not {UNCLASSIFIED!r}")
        if mid in out:
            raise CatalogError(f"{where}: duplicate id")
        for key in ("label_en", "label_zh", "unit", "kind"):
            if not row.get(key):
                raise CatalogError(f"{where}: missing {key}")
        if row["kind"] not in KINDS:
            raise CatalogError(f"{where}: kind {row['kind']!r} not in {sorted(KINDS)}")
        if row["unit"] not in UNITS:
            raise CatalogError(f"{where}: unit {row['unit']!r} not in {sorted(UNITS)}")
        aliases = tuple(_normalise(str(a)) for a in row.get("aliases") or ())
        for a in aliases:
            if not a:
                raise CatalogError(f"{where}: empty alias")
            if a in seen_alias and seen_alias[a] != mid:
                raise CatalogError(f"{where}: alias {a!r} already names {seen_alias[a]!r}")
            seen_alias[a] = mid
        out[mid] = Metric(
            id=mid,
            label_en=str(row["label_en"]),
            label_zh=str(row["label_zh"]),
            aliases=aliases,
            unit=str(row["unit"]),
            kind=str(row["kind"]),
            notes=" ".join(str(row.get("notes") or "").split()),
            flow_of=row.get("flow_of"),
            by_alias_only=bool(row.get("by_alias_only")),
            context_any=tuple(_normalise(str(w)) for w in row.get("context_any") or ()),
            not_after=tuple(_normalise(str(w)) for w in row.get("not_after") or ()),
            not_beside=tuple((_normalise(str(a)), _normalise(str(w)))
                             for a, w in (row.get("not_beside") or {}).items()),
            not_in_text_with=tuple((_normalise(str(a)), _normalise(str(w)))
                                   for a, w in (row.get("not_in_text_with") or {}).items()),
        )
    for m in out.values():
        for key, _word in (*m.not_beside, *m.not_in_text_with):
            if key not in m.aliases:
                raise CatalogError(
                    f"catalog/metrics.yaml: metric {m.id!r}: {key!r} is not one of its aliases"
                )
        if m.flow_of is not None and m.flow_of not in out:
            raise CatalogError(
                f"catalog/metrics.yaml: metric {m.id!r}: flow_of {m.flow_of!r} unknown"
            )
    return out


@lru_cache(maxsize=1)
def load_catalog() -> dict[str, Metric]:
    """Load and validate the packaged catalog (cached)."""
    text = resources.files("kewei").joinpath("catalog/metrics.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise CatalogError(f"catalog/metrics.yaml: not valid YAML ({err})") from None
    return _parse(data)


@lru_cache(maxsize=1)
def shared_metric_ids() -> tuple[str, ...]:
    """The metrics compared across districts (``shared_metrics`` in the catalog), in order."""
    text = resources.files("kewei").joinpath("catalog/metrics.yaml").read_text(encoding="utf-8")
    ids = tuple(str(m) for m in (yaml.safe_load(text) or {}).get("shared_metrics") or ())
    unknown = [m for m in ids if m not in load_catalog()]
    if unknown or len(set(ids)) != len(ids):
        raise CatalogError(
            f"catalog/metrics.yaml: shared_metrics must list defined ids once each "
            f"(unknown: {', '.join(unknown) or 'none'})"
        )
    return ids


@lru_cache(maxsize=1)
def alias_index() -> dict[str, Metric]:
    """Every normalised alias (and label_zh) → its metric."""
    idx: dict[str, Metric] = {}
    for m in load_catalog().values():
        for a in m.aliases:
            idx[a] = m
    for m in load_catalog().values():
        idx.setdefault(_normalise(m.label_zh), m)
    return idx


def metric_for_label(label: str) -> Metric | None:
    """The metric a table row label names (``'R&D(亿元)'`` → rd_expenditure), or None."""
    text = _normalise(label)
    text = _TRAILING_UNIT.sub("", text)
    if not text:
        return None
    idx = alias_index()
    if text in idx:
        return idx[text]
    # (全社会R&D经费内部支出占GDP的比重: a ratio names the share, though the amount's alias is
    # the longer)
    ratio = bool(re.search(r"占比|比重|之比", text))
    # 工业企业专利授权量: a qualified subset, as in running text (its 授权量 too)
    blocked = {m.id for alias, m in idx.items() if alias in text and m.not_after
               and text[: text.find(alias)].endswith(tuple(m.not_after))}
    best: tuple[int, Metric] | None = None
    for alias, m in idx.items():
        if alias in text and (not m.context_any or any(w in text for w in m.context_any)):
            if m.id in blocked:
                continue
            key = (ratio and m.kind == "share", len(alias))
            if best is None or key > (ratio and best[1].kind == "share", best[0]):
                best = (len(alias), m)
    if best is None:
        return None
    # a label that only mentions the metric inside a longer phrase such as a growth column
    # ("较…增长(%)") is not the metric itself
    if re.search(r"增长|增幅|同比|占比|比重", text) and best[1].kind not in ("share", "rate"):
        return None
    return best[1]
