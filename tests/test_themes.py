"""Segmentation with the domain dictionary, theme frequencies and weighted log-odds."""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

from kewei import themes as T


def test_domain_terms_stay_whole():
    toks = T.tokenize("推进卫星互联网和高新技术企业培育,建设院士专家工作站")
    for term in ("卫星互联网", "高新技术企业", "院士专家工作站"):
        assert term in toks


def test_every_theme_term_is_in_the_domain_dictionary():
    words = set(T.domain_terms())
    missing = [t for th in T.load_themes() for t in th.terms if t not in words]
    assert missing == []
    assert {"ai", "integrated_circuits", "blockchain", "talent", "finance"} <= {
        th.id for th in T.load_themes()}


def test_jieba_prints_nothing_to_stderr():
    code = "from kewei.themes import tokenize; print(len(tokenize('人工智能产业')))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "1" or int(res.stdout) >= 1
    assert res.stderr == ""


def test_content_tokens_drop_stopwords_and_excluded():
    toks = T.content_tokens("松江推进人工智能发展", exclude=["松江"])
    assert "人工智能" in toks
    assert "松江" not in toks and "推进" not in toks


def test_enumerators_and_scaffolding_are_not_distinctive_terms():
    text = "一是加强管理，二是推进大零号湾建设，第二批企业完成任务，累计5亿元，全市第一。"
    toks = T.content_tokens(text)
    assert toks == ["大零号湾"]


def test_theme_frequencies_per_10000_characters():
    text_a = "区块链" * 5 + "。" * 85  # 100 characters, 5 blockchain tokens
    text_b = "人工智能" * 2 + "。" * 92  # 100 characters
    freq = T.theme_frequencies({"a": text_a, "b": text_b})
    assert freq.loc["blockchain", "a"] == pytest.approx(500.0)
    assert freq.loc["blockchain", "b"] == 0
    assert freq.loc["ai", "b"] == pytest.approx(200.0)


def test_theme_counts_compounds():
    th = [T.Theme("sp", "科普", "Science popularisation", ("科普",))]
    freq = T.theme_frequencies({"x": "科普基地" + "。" * 96}, th)
    assert freq.loc["sp", "x"] == pytest.approx(100.0)


def test_log_odds_known_answer_two_groups():
    counts = pd.DataFrame({"a": [20, 2, 10], "b": [2, 20, 10]},
                          index=["人工智能", "集成电路", "科技园区"])
    z = T.weighted_log_odds(counts)
    assert z.loc["人工智能", "a"] > 2 and z.loc["集成电路", "a"] < -2
    # two groups: a against rest is b against rest with the sign flipped
    assert (z["a"] + z["b"]).abs().max() == pytest.approx(0, abs=1e-12)
    assert z.loc["科技园区", "a"] == pytest.approx(0, abs=1e-12)
    # hand computation of Monroe et al. eq. 16-22 with the pooled prior
    alpha = {"人工智能": 22, "集成电路": 22, "科技园区": 20}
    a0, n = 64, 32
    yi, yj, aw = 20, 2, alpha["人工智能"]
    delta = math.log((yi + aw) / (n + a0 - yi - aw)) - math.log((yj + aw) / (n + a0 - yj - aw))
    expected = delta / math.sqrt(1 / (yi + aw) + 1 / (yj + aw))
    assert z.loc["人工智能", "a"] == pytest.approx(expected)


def test_informative_prior_shrinks_rare_terms():
    counts = pd.DataFrame({"a": [1, 50], "b": [0, 50]}, index=["稀有", "常见"])
    weak = T.weighted_log_odds(counts, prior_scale=0.01)
    strong = T.weighted_log_odds(counts, prior_scale=10)
    assert abs(strong.loc["稀有", "a"]) < abs(weak.loc["稀有", "a"])


def test_prior_must_be_positive():
    counts = pd.DataFrame({"a": [1, 0], "b": [1, 0]}, index=["x", "y"])
    with pytest.raises(ValueError):
        T.weighted_log_odds(counts)


def test_distinctive_terms_on_synthetic_texts():
    texts = {
        "east": "人工智能。" * 12 + "集成电路。" + "科普基地。" * 3,
        "west": "集成电路。" * 12 + "人工智能。" + "科普基地。" * 3,
        "north": "区块链。" * 10 + "科普基地。" * 3,
    }
    counts = T.term_counts(texts)
    dist = T.distinctive_terms(counts, top_n=2)
    top = dist[dist["rank"] == 1].set_index("group")["term"]
    assert top["east"] == "人工智能"
    assert top["west"] == "集成电路"
    assert top["north"] == "区块链"
    assert list(dist.columns) == ["group", "rank", "term", "count", "z"]


def test_term_counts_are_deterministic():
    texts = {"a": "人工智能与区块链", "b": "区块链与大数据"}
    assert T.term_counts(texts).equals(T.term_counts(texts))
    assert list(T.term_counts(texts).columns) == ["a", "b"]
