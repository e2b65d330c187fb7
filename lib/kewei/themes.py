"""What each district emphasises: jieba segmentation, theme frequencies, weighted log-odds.

* ``tokenize``: jieba with the package's domain dictionary (``catalog/domain_terms.txt``), so
  terms such as 卫星互联网 or 高新技术企业 stay whole.
* ``theme_frequencies``: tokens belonging to each theme (``catalog/themes.yaml``) per 10,000
  characters of each district's text.
* ``weighted_log_odds``: the terms most distinctive of each group, by the log-odds ratio with an
  informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22),
  each group against all others, reported as z-scores.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jieba
import pandas as pd
import yaml

jieba.setLogLevel(logging.WARNING)  # the loader logs "Building prefix dict…" to stderr

_CJK_OR_TERM = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# Enumerators and ordinals (一是, 二是, 第二, 三大, 十条) structure the text; they are not themes.
_ENUMERATOR = re.compile(r"^(?:第?[一二三四五六七八九十两]+(?:是|个|项|条|大|批|届|类|点|方面)?)$")
PER = 10_000  # frequencies per 10,000 characters


@dataclass(frozen=True)
class Theme:
    id: str
    label_zh: str
    label_en: str
    terms: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.label_zh} {self.label_en}"


def _catalog_file(name: str) -> str:
    return resources.files("kewei").joinpath("catalog", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _themes_doc() -> dict:
    return yaml.safe_load(_catalog_file("themes.yaml"))


def load_themes() -> list[Theme]:
    """The themes of ``catalog/themes.yaml`` in file order."""
    return [Theme(k, v["label_zh"], v["label_en"], tuple(str(t) for t in v["terms"]))
            for k, v in _themes_doc()["themes"].items()]


def stopwords() -> frozenset[str]:
    """General policy vocabulary left out of distinctive-term rankings."""
    return frozenset(str(w) for w in _themes_doc().get("stopwords", []))


def domain_terms() -> list[str]:
    """The words of the jieba domain dictionary."""
    return [line.split()[0] for line in _catalog_file("domain_terms.txt").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    tk = jieba.Tokenizer()
    tk.initialize()
    for line in _catalog_file("domain_terms.txt").splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            tk.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None,
                        parts[2] if len(parts) > 2 else None)
    return tk


def tokenize(text: str) -> list[str]:
    """jieba tokens (accurate mode, domain dictionary), stripped, without blanks."""
    return [t for t in (w.strip() for w in _tokenizer().lcut(text)) if t]


def content_tokens(text: str, exclude: Iterable[str] = ()) -> list[str]:
    """Tokens worth counting: Chinese words of two or more characters or domain terms, minus
    stopwords and ``exclude`` (e.g. district names)."""
    terms = set(domain_terms())
    drop = stopwords() | set(exclude)
    return [t for t in tokenize(text)
            if (t in terms or _CJK_OR_TERM.match(t)) and t not in drop
            and not _ENUMERATOR.match(t)]


def term_counts(texts: Mapping[str, str], exclude: Iterable[str] = ()) -> pd.DataFrame:
    """Terms × groups count matrix (ints), rows sorted by term."""
    exclude = list(exclude)
    counts = {g: Counter(content_tokens(t, exclude)) for g, t in texts.items()}
    df = pd.DataFrame(counts).fillna(0).astype(int)
    df = df.reindex(columns=list(texts))
    return df.sort_index()


def theme_frequencies(texts: Mapping[str, str], themes: Iterable[Theme] | None = None
                      ) -> pd.DataFrame:
    """Themes × groups: tokens belonging to each theme per 10,000 characters of the group's text.

    A token belongs to a theme when one of the theme's terms is a substring of it.
    """
    themes = list(themes) if themes is not None else load_themes()
    out = {}
    for group, text in texts.items():
        toks = tokenize(text)
        chars = max(len(text), 1)
        out[group] = [sum(1 for t in toks if any(term in t for term in th.terms)) * PER / chars
                      for th in themes]
    return pd.DataFrame(out, index=pd.Index([th.id for th in themes], name="theme"))


def weighted_log_odds(counts: pd.DataFrame, prior: pd.Series | None = None,
                      prior_scale: float = 1.0) -> pd.DataFrame:
    """z-scores of the log-odds ratio of each term in each group against all other groups.

    ``counts``: terms × groups. ``prior``: Dirichlet pseudo-counts α_w per term; by default the
    pooled counts of the whole corpus times ``prior_scale`` (an informative prior, shrinking rare
    terms towards the corpus rate). For group i and the rest j (Monroe et al. 2008):

        δ_w = log[(y_iw+α_w)/(n_i+α_0−y_iw−α_w)] − log[(y_jw+α_w)/(n_j+α_0−y_jw−α_w)]
        σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w),    z_w = δ_w / σ_w
    """
    y = counts.astype(float)
    if prior is None:
        alpha = y.sum(axis=1) * prior_scale
    else:
        alpha = prior.reindex(y.index).fillna(0).astype(float)
    if (alpha <= 0).any():
        raise ValueError("the Dirichlet prior needs a positive pseudo-count for every term")
    a0 = float(alpha.sum())
    total = y.sum(axis=1)
    out = {}
    for g in y.columns:
        yi = y[g]
        yj = total - yi
        ni, nj = float(yi.sum()), float(yj.sum())
        li = ((yi + alpha) / (ni + a0 - yi - alpha)).map(math.log)
        lj = ((yj + alpha) / (nj + a0 - yj - alpha)).map(math.log)
        var = 1.0 / (yi + alpha) + 1.0 / (yj + alpha)
        out[g] = (li - lj) / var.map(math.sqrt)
    return pd.DataFrame(out, index=y.index)


def distinctive_terms(counts: pd.DataFrame, top_n: int = 10, min_count: int = 2,
                      **kwargs: float) -> pd.DataFrame:
    """Top ``top_n`` terms per group by z-score (ties by term), only terms used at least
    ``min_count`` times in that group. Columns ``group, rank, term, count, z``."""
    z = weighted_log_odds(counts, **kwargs)
    rows = []
    for g in counts.columns:
        cand = pd.DataFrame({"term": counts.index, "count": counts[g].to_numpy(),
                             "z": z[g].to_numpy()})
        cand = cand[cand["count"] >= min_count]
        cand = cand.sort_values(["z", "term"], ascending=[False, True], kind="stable")
        for rank, r in enumerate(cand.head(top_n).itertuples(index=False), start=1):
            rows.append((g, rank, r.term, int(r.count), float(r.z)))
    return pd.DataFrame(rows, columns=["group", "rank", "term", "count", "z"])
