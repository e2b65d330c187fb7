"""Chinese text renders with the bundled CJK font and no missing-glyph warning."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from kewei import plotting  # noqa: E402


def _draw_chinese_figure():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([2015, 2020], [-1.5, 3.2], label="高新技术企业 High-tech")
    ax.set_title("松江区 高新技术企业数量 −12% (Songjiang)")
    ax.set_xticks([2015, 2020], ["二〇一五年", "二〇二〇年"])
    ax.set_ylabel("家 firms")
    ax.legend()
    fig.canvas.draw()
    return fig


def test_font_is_cjk_and_bundled():
    path = plotting.font_path()
    assert path.suffix.lower() in {".otf", ".ttf"}
    assert plotting.register_font() == plotting.FONT_FAMILY


def test_chinese_figure_has_no_missing_glyph_warning():
    plotting.setup()
    assert matplotlib.rcParams["font.sans-serif"][0] == plotting.FONT_FAMILY
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = _draw_chinese_figure()
    plt.close(fig)


def test_default_font_would_warn_so_the_test_can_fail():
    """Guard: with DejaVu alone, the same figure warns — proving the check above is meaningful."""
    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"]}):
        with pytest.warns(UserWarning, match="[Gg]lyph"):
            fig = _draw_chinese_figure()
        plt.close(fig)


def test_seaborn_theme_after_setup_keeps_font():
    plotting.setup(style="ticks")
    assert matplotlib.rcParams["font.sans-serif"][0] == plotting.FONT_FAMILY
