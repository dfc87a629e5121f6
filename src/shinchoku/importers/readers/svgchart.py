"""A web page's chart drawn in SVG → the 実績 it states, a line a year (「実績（R6）：118」).

A 進捗ダッシュボード page shows each 取組's 実績 only as a bar chart: a bar a year over the axis's labels 「R6」「R7」, the
figure written on each bar, the axis's ticks 「0」「50」「100」 at its left, often a 目標 line labelled 「目標 260」. The page's
reader (``readers.html``) skips an ``<svg>``'s text, as it must its icons and logos: the figures were lost (白露台市, batch
44: every 取組's 実績 read as none). This module reads the ``<text>`` elements of one ``<svg>`` with their positions and
gives a line for each year whose label on the axis has exactly one figure straight above it — the figure on its bar — but
only where the chart says its bars are 実績 (the line just before the chart, its caption 「実績の推移」, or its own words
name 実績 and no 目標): a chart of 目標 by year, of two series, or whose positions it cannot follow (a transform other
than ``translate``) gives nothing, as before. The ticks stand left of the first year and align with none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..labels import year_in
from ..text import lazy_re, nfkc

#: A figure as a chart writes it on a bar: 「118」「12.5」「1,500」「35%」 (a short unit after it at most).
_FIGURE = lazy_re(r"[▲△\-]?\d[\d,]*(?:\.\d+)?[^\d\s]{0,4}")
_NUMBER = lazy_re(r"-?\d+(?:\.\d+)?")
_TRANSLATE = lazy_re(r"\s*translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)\s*")
#: The word that says a chart's bars are the 実績, and the one that says they may be the 目標.
_ACTUAL, _TARGET = "実績", "目標"
#: The label of a chart's 目標 line: 「目標 260」「目標：1,500」 (the figure on the line, over no year).
_TARGET_LINE = lazy_re(r"\s*目標\s*[:：]?\s*[\d,.]+[^\d\s]{0,4}\s*")
#: A field's line 「実績値：118手続（R6）」: a label, a colon and its value — a line of the card, no chart's caption.
_FIELD = lazy_re(r"[:：]\s*\S")
#: Fewest year labels on one axis for the texts to be a chart by year.
_MIN_YEARS = 2


@dataclass
class Chart:
    """One ``<svg>`` being read: its texts and where they stand (``start`` / ``end`` / ``data`` as the page's parser
    meets its elements)."""

    caption: str = ""  # the page's line just before the chart
    texts: list[tuple[float, float, str]] = field(default_factory=list)
    origins: list[tuple[float, float]] = field(default_factory=lambda: [(0.0, 0.0)])
    tags: list[str] = field(default_factory=list)
    current: list[str] | None = None
    at: tuple[float, float] = (0.0, 0.0)
    unreadable: bool = False

    def start(self, tag: str, attrs: dict[str, str | None]) -> None:
        shift = _translation(attrs.get("transform"))
        if shift is None:
            self.unreadable = True
            shift = (0.0, 0.0)
        x0, y0 = self.origins[-1]
        self.origins.append((x0 + shift[0], y0 + shift[1]))
        self.tags.append(tag)
        if tag == "text":
            x, y = _coordinate(attrs.get("x")), _coordinate(attrs.get("y"))
            if x is None or y is None:
                self.unreadable = True
            ox, oy = self.origins[-1]
            self.at = (ox + (x or 0.0), oy + (y or 0.0))
            self.current = []

    def end(self, tag: str) -> None:
        if tag == "text" and self.current is not None:
            self.texts.append((*self.at, "".join(self.current).strip()))
            self.current = None
        if tag in self.tags:
            at = len(self.tags) - 1 - self.tags[::-1].index(tag)
            del self.tags[at:]
            del self.origins[at + 1 :]

    def data(self, text: str) -> None:
        if self.current is not None:
            self.current.append(text)

    def lines(self) -> list[str]:
        """A line 「実績（R6）：118」 for each year with one figure over it, where the chart says its bars are 実績."""
        if self.unreadable or not self._of_actuals():
            return []
        years = [(x, y, text) for x, y, text in self.texts if _year_label(text)]
        rows: dict[float, list[tuple[float, str]]] = {}
        for x, y, text in years:
            rows.setdefault(round(y, 1), []).append((x, text))
        axis_y, axis = max(rows.items(), key=lambda row: len(row[1]), default=(0.0, []))
        if len(axis) < _MIN_YEARS:
            return []
        axis.sort()
        gap = min(b[0] - a[0] for a, b in zip(axis, axis[1:], strict=False))
        if gap <= 0:
            return []
        reach = gap * 0.4
        over: dict[int, list[str]] = {}
        for x, y, text in self.texts:
            if y >= axis_y or not _FIGURE.fullmatch(nfkc(text)):
                continue
            near = [at for at, (ax, _) in enumerate(axis) if abs(x - ax) <= reach]
            if near:
                over.setdefault(near[0], []).append(nfkc(text))
        if any(len(found) > 1 for found in over.values()):
            return []  # two figures over one year: two series, neither known for the 実績
        return [f"{_ACTUAL}（{axis[at][1]}）：{found[0]}" for at, found in sorted(over.items())]

    def _of_actuals(self) -> bool:
        """Whether the chart says its bars are 実績: its caption names 実績 and no 目標 (「実績の推移」; a field 「実績値：
        118手続（R6）」 is no caption), or its own words name 実績 and no 目標 — and never where its words name 目標 other
        than as a target line's label 「目標 260」 (a legend 「■実績 ■目標」, a title 「年度別目標」: a bar may be a 目標)."""
        words = [nfkc(text) for _, _, text in self.texts]
        if any(_TARGET in word and not _TARGET_LINE.fullmatch(word) for word in words):
            return False
        caption = nfkc(self.caption)
        if _ACTUAL in caption and _TARGET not in caption and not _FIELD.search(caption):
            return True
        return any(_ACTUAL in word for word in words) and not any(_TARGET in word for word in words)


def _year_label(text: str) -> bool:
    """A fiscal year as an axis writes it: 「R6」「令和6年度」「2024年度」「2024」 and nothing else."""
    found = year_in(text)
    return found is not None and not found[1].strip()


def _translation(transform: str | None) -> tuple[float, float] | None:
    """The shift of a ``transform`` of ``translate`` alone ((0, 0) for none); None for any other transform."""
    if transform is None or not transform.strip():
        return 0.0, 0.0
    found = _TRANSLATE.fullmatch(transform)
    if found is None:
        return None
    return float(found.group(1)), float(found.group(2) or 0.0)


def _coordinate(value: str | None) -> float | None:
    """The first coordinate an ``x`` / ``y`` attribute gives (「40」「40.5px」「40 52 64」); None for none or a percentage."""
    if value is None or "%" in value:
        return None
    found = _NUMBER.match(value.strip())
    return float(found.group()) if found is not None else None
