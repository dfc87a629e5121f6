"""A 工程表 whose columns the extraction lost: its header's years and its labels in order.

Text taken out of a PDF in reading-flow order (plain ``pdftotext``, pdfminer, a PDF viewer's
copy) keeps a Gantt chart's header cells and its bar labels, but not the columns they stood
in: 「令和5年度(前期)」「令和\\n6\\n年\\n度」… come as pieces, then 「他自治体の事例等の情報収集」
「オンライン申請手続の拡大」. What is known is the period the header spans and the order of the
steps (the flow reads a chart left to right, so a later step starts no earlier). So:

- ``header_periods`` reads the header's periods out of its pieces (a year set vertically comes
  as one character a line; a year split into halves keeps both halves), the years between the
  first and the last filled in — a chart's columns are consecutive years;
- ``spread`` lays the steps over those periods in their order, each from where the one before
  it ends (a milestone — 「導入済み」「目標達成」 — takes one period), so that together they cover
  the chart as its bars did.

Where each step starts is thereby an estimate; the layout says so in a warning. The result is
rows of cells a layout reads as it reads its sample's chart (text.label_spans).
"""

from __future__ import annotations

import re

from .text import MILESTONES, compact, era_year, lazy_re, nfkc, wareki

#: What a 工程表's header is written with (「令和5年度(前期)」「R6」「2026年度」 and their pieces).
_YEAR_CHARS = frozenset("令和平成元RH0123456789０１２３４５６７８９年度()（）前後期上下半 ")
_PERIOD = lazy_re(
    r"(?P<era>令和|平成)(?P<n>元|\d{1,2})年度?(?:[（(]?(?P<half>前期|後期|上期|下期|上半期|下半期)[)）]?)?"
    r"|(?P<year>(?:19|20)\d{2})年度"
)
#: A label's start that is a header piece the flow ran into it (「令和7年 令和度 8年度スモール運用開始」
#: 「(前期)【RPA】導入済み」).
_LEADING_YEARS = lazy_re(r"^[令和平成元0-9０-９年度()（）前後期上下半\s]+")
_HALF = lazy_re(r"[（(](?:前期|後期|上期|下期|上半期|下半期)[)）]")
#: The most years one chart spans; more means the pieces were not a header.
_MAX_YEARS = 10


def is_header_piece(text: str) -> bool:
    """Whether ``text`` is (a piece of) a chart header's year cells: only the characters
    years are written with, and not a bare number (a 管理番号 is one)."""
    key = compact(text)
    return bool(key) and set(key) <= _YEAR_CHARS and not key.isdigit() and not key.isascii()


def without_leading_years(text: str) -> str:
    """A label without header pieces the flow put in front of it."""
    m = _LEADING_YEARS.match(text)
    if m is None or m.end() >= len(text) or ("年度" not in m.group() and not _HALF.search(m.group())):
        return text
    return text[m.end() :]


def header_periods(pieces: list[str]) -> list[tuple[int, int | None]]:
    """The periods (fiscal year, half or None) a chart header's pieces span, in order; empty
    when they name no year or an implausible span."""
    text = nfkc(compact("".join(pieces)))
    years: dict[int, set[int]] = {}
    for m in _PERIOD.finditer(text):
        if m.group("year"):
            fy: int | None = int(m.group("year"))
        else:
            fy = era_year(m.group("era"), m.group("n"))
        if fy is None:
            continue
        halves = years.setdefault(fy, set())
        if m.group("half"):
            halves.add(1 if m.group("half") in ("前期", "上期", "上半期") else 2)
    # a year set vertically beside others comes as their characters interleaved
    # (「令 … 令」「和 和」「6 8」「年 年」「度 度」): the numbers left are years of the header's era
    era = next((m.group("era") for m in _PERIOD.finditer(text) if m.group("era")), None)
    leftover = _PERIOD.sub(" ", nfkc(" ".join(pieces)))  # blanks kept: 「6 8」 is two years
    if era and era[0] in leftover:
        for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", leftover):
            fy = era_year(era, n)
            if fy is not None:
                years.setdefault(fy, set())
    if not years or max(years) - min(years) >= _MAX_YEARS:
        return []
    out: list[tuple[int, int | None]] = []
    for fy in range(min(years), max(years) + 1):
        out.extend([(fy, 1), (fy, 2)] if years.get(fy) else [(fy, None)])
    return out


def period_cell(period: tuple[int, int | None]) -> str:
    """A header cell for a period, as a chart writes it: 「令和5年度(前期)」."""
    fy, half = period
    return wareki(fy) + ("" if half is None else "(前期)" if half == 1 else "(後期)")


def _starts(labels: list[str], width: int) -> list[int]:
    """Where each label starts: the periods shared out in order, one for a milestone."""
    milestones = [bool(MILESTONES.search(label)) for label in labels]
    steps = milestones.count(False)
    free = width - milestones.count(True)
    if len(labels) > width or (steps and free < steps):
        return [i * width // len(labels) for i in range(len(labels))]
    out: list[int] = []
    at = 0
    step = 0
    for milestone in milestones:
        out.append(at)
        if milestone:
            at += 1
        else:
            at += free // steps + (1 if step < free % steps else 0)
            step += 1
    return out


def spread(labels: list[str], width: int) -> list[list[str]]:
    """Gantt rows (``width`` cells each) laying ``labels`` over the periods in their order: a
    row holds labels at increasing starts, so each continues up to the next (label_spans)."""
    rows: list[list[str]] = []
    for label, start in zip(labels, _starts(labels, width), strict=True):
        row = next((r for r in rows if not any(r[start:])), None)
        if row is None:
            row = [""] * width
            rows.append(row)
        row[start] = re.sub(r"\s+", " ", label).strip()
    return rows
