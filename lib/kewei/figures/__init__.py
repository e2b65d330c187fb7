"""Find the quantitative figures stated in a document's running text.

``find_figures`` works on a normalised copy of the text (full-width → half-width, markdown ``**``
removed, a number joined to its unit across a line break as in ``力争60\\n\\n家``) and maps every
match back to the original offsets, so ``text[f.char_start:f.char_end] == f.raw`` always holds.

What is a figure: a number (Arabic or a quantifying Chinese numeral such as 十大行业) with a unit,
a percentage, a multiple (3.7倍), a rank (全市第一), a range (3-5家; 50家、力争60家). What is not:
dates and years, document numbers (〔2024〕2号), section numbers (一、 (一) 1、), ordinals of events
(第五届, 11届), and names that contain digits (G60, 5G, IPv6, “151”项目, 人才18条, 1+7+N, 7*24).
In a table whose rows are cells separated by ``|`` (a flattened HTML or markdown table), or one
laid out one cell per line, a bare number under a header row is a figure too, its metric, unit
and year read from the headers. A text a PDF hard-wrapped at a fixed width is read with its lines
joined inside sentences.

Modules: ``text`` (normalisation and offset map), ``patterns`` (number, unit and cue patterns),
``candidates`` (spotting numbers, Chinese numerals and ranks), ``context`` (clause bounds,
comparators, the metric matcher), ``lists`` (分别 lists, continuations, progress tables, ranges),
``grids`` (``|`` tables), ``stacked`` (tables one cell per line), ``timing`` (status and
reference year) and ``find`` (the main entry).
"""

from kewei.figures.figure import Figure
from kewei.figures.find import find_figures

__all__ = ["Figure", "find_figures"]
