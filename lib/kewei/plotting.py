"""Chinese-capable matplotlib/seaborn styling.

The default DejaVu Sans has no CJK glyphs, so Chinese labels turn into boxes and matplotlib warns
``Glyph … missing from font(s)``. We register Noto Sans SC (SIL Open Font License), shipped by the
PyPI package ``pylopdf-fonts-zh-cn`` so a plain ``pip install`` brings it without root, and put
DejaVu Sans after it as a per-glyph fallback (Latin symbols such as the minus sign U+2212).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONT_FAMILY = "Noto Sans SC"
FALLBACK_FAMILIES = ["DejaVu Sans"]


@cache
def font_path() -> Path:
    """Path of the bundled Noto Sans SC font file."""
    try:
        from pylopdf_fonts_zh_cn import sans_path
    except ImportError as err:  # pragma: no cover - dependency is declared in pyproject
        from kewei.errors import KeweiError

        raise KeweiError(
            "the CJK font package 'pylopdf-fonts-zh-cn' is not installed; run `make setup`"
        ) from err
    path = Path(sans_path())
    if not path.is_file():  # pragma: no cover
        from kewei.errors import KeweiError

        raise KeweiError(f"CJK font file missing: {path.name}; reinstall pylopdf-fonts-zh-cn")
    return path


@cache
def register_font() -> str:
    """Register Noto Sans SC with matplotlib's font manager (once) and return its family name."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path()))
    return font_manager.FontProperties(fname=str(font_path())).get_name()


def apply_font() -> None:
    """Make the CJK font the default sans-serif family, keeping DejaVu Sans as glyph fallback."""
    import matplotlib as mpl

    family = register_font()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [family, *FALLBACK_FAMILIES]
    mpl.rcParams["axes.unicode_minus"] = True
    mpl.rcParams["svg.fonttype"] = "none"


def setup(style: str = "whitegrid", context: str = "notebook", dpi: int = 110) -> None:
    """Apply the seaborn theme, then the CJK font (``set_theme`` resets fonts, so order matters)."""
    import matplotlib as mpl
    import seaborn as sns

    sns.set_theme(style=style, context=context)
    apply_font()
    mpl.rcParams["figure.dpi"] = dpi
    mpl.rcParams["savefig.dpi"] = dpi
    mpl.rcParams["figure.autolayout"] = False
