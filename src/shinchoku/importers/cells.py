"""Restore the cells of a layout's tables in text that lost its cell separators.

Text copied out of a PDF viewer (or a plain ``pdftotext``) has no tabs: a table row comes as
one line with its cells joined by blanks, or as one line per cell. A layout knows how its rows
start — its labels (取組番号, 事業担当課, スケジュール …) — and which rows are year grids; with
that declaration (:class:`Labels`), :func:`restore` gives the layout back the tab-separated (or
markdown pipe) rows it reads, with a map from each restored line to the line of the file.

Nothing here knows a municipality: the labels are the layout's declaration.

Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import compact, is_no_value, nfkc, parse_number, split_figures, squash

_YEAR_TOKEN = re.compile(
    r"(?:令和|平成)\s*(?:元|\d{1,2})\s*年度(?:\s*[(（]\s*[前後上下]期\s*[)）])?|R\s*\d{1,2}"
)
_OPENING = ("(", "（", "<", "［", "[")
_MARKS = frozenset("→⇒➡━―-－○●◎◯▶►")
_VALUE = re.compile(r"[-+▲△]?\d")


@dataclass(frozen=True)
class Labels:
    """How a layout's table rows start, for text that lost its cell separators.

    ``rows``: labels that open a row (its first cell); ``inline``: labels that open a further
    cell inside a row (「取組名」 after the code); ``grid``: labelled rows cut into the years of
    the header above them; ``pipes``: write markdown pipe rows, not tabs.
    """

    rows: tuple[str, ...]
    inline: tuple[str, ...] = ()
    #: Labelled rows whose cells are the years of the grid above (「スケジュール」 under a year header).
    grid: tuple[str, ...] = ()
    #: Labels of a row's second cell, the first being empty (「目標値」 under 「評価指標 基準値」).
    sub: tuple[str, ...] = ()
    #: Gantt rows start with the step's name (「| AI-OCRの導入 | → | | |」), not an empty cell.
    named_steps: bool = False
    pipes: bool = False


def _label_at(text: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(label as written, the rest) when ``text`` starts with one of ``labels`` (blanks and
    full/half width ignored: 「取 組 番 号」「評価指標 (KPI)」)."""
    stripped = text.lstrip()
    for label in labels:
        key = compact(label)
        seen = ""
        for index, ch in enumerate(stripped):
            if ch.isspace():
                continue
            seen += nfkc(ch).replace(" ", "")
            if not key.startswith(seen):
                break
            if seen == key:
                return stripped[: index + 1], stripped[index + 1 :]
    return None


def _split_inline(rest: str, labels: tuple[str, ...]) -> list[str]:
    """Cells of the rest of a row, cut before each inline label (「1-1-1 取組名 オンライン申請」)."""
    if not labels:
        return [rest.strip()]
    cells: list[str] = []
    current = rest
    while True:
        best: tuple[int, str] | None = None
        for label in labels:
            pattern = r"\s*".join(re.escape(ch) for ch in label)
            m = re.search(r"(?:^|\s)" + pattern + r"(?=\s|$)", current)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), m.group(0))
        if best is None:
            cells.append(current.strip())
            return cells
        start, found = best
        if cells or current[:start].strip():
            cells.append(current[:start].strip())
        cells.append(found.strip())
        current = current[start + len(found) :]


def year_tokens(text: str) -> list[str] | None:
    """The year labels of a line that holds nothing else (「令和5年度 令和6年度 …」, 「R4 R5 R6」)."""
    t = squash(nfkc(text))
    if not t:
        return None
    found = [m.group(0) for m in _YEAR_TOKEN.finditer(t)]
    if len(found) < 2 or _YEAR_TOKEN.sub("", t).strip():
        return None
    return found


def split_row(text: str, width: int, *, named: bool = False) -> list[str]:
    """A row of ``width`` cells from cells joined by single blanks (an empty cell leaves two).

    Blanks inside a cell are told from separators where the row allows it: a part in
    parentheses (「実施予定 (一部拡大)」) or a unit after its number (「40 手続」) stays with what
    comes before it. With ``named`` the first cell is a name (a Gantt step) that may hold
    blanks itself: the last ``width - 1`` parts are the year cells. Without a way to reach
    ``width`` cells, the text is one cell.
    """
    parts = text.split(" ")
    while len(parts) > width:
        for i in range(1, len(parts)):
            a, b = parts[i - 1], parts[i]
            if a and b and (b.startswith(_OPENING) or (nfkc(a[-1]).isdigit() and not nfkc(b[0]).isdigit())):
                parts[i - 1 : i + 1] = [f"{a} {b}"]
                break
        else:
            break
    if len(parts) > width and named:
        head = len(parts) - (width - 1)
        parts = [" ".join(parts[:head]).strip(), *parts[head:]]
    if len(parts) > width:
        return [text.strip()] + [""] * (width - 1)
    return parts + [""] * (width - len(parts))


def has_cells(lines: list[str]) -> bool:
    """True when the text still has table rows (tabs or markdown pipes) to read."""
    rows = sum(1 for line in lines if "\t" in line or line.lstrip().startswith("|"))
    return rows >= 3


def _join_year_lines(lines: list[str]) -> list[str | None]:
    """Year labels one per line (one cell per line) joined into one header line; the lines
    joined into the first become None, so that line numbers stay."""
    result: list[str | None] = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and year_tokens(lines[j] + " " + lines[j]) is not None and len(lines[j]) < 20:
            j += 1
        if j - i >= 2:
            result[i] = " ".join(lines[k].strip() for k in range(i, j))
            for k in range(i + 1, j):
                result[k] = None
        i = max(j, i + 1)
    return result


def _is_mark(text: str) -> bool:
    """A cell that only marks a year of a Gantt row (an arrow where the bar starts)."""
    return 0 < len(text.strip()) <= 2 and all(ch in _MARKS for ch in text.strip())


def _is_value(text: str) -> bool:
    """A cell that is one figure or says there is none (「30%減」「6,000」「－」)."""
    t = text.strip()
    return (
        bool(t)
        and len(t) <= 24
        and (
            is_no_value(t)
            or (
                parse_number(t) is not None
                and len(split_figures(t)) == 1
                and _VALUE.match(nfkc(t)) is not None
            )
        )
    )


def restore(lines: list[str], labels: Labels) -> tuple[list[str], list[int]]:
    """Table rows with their separators back, and for each line its 1-based source line.

    Used only for text without tab or pipe rows: a line that starts with a row label becomes a
    row (label, then its cells); a line of year labels becomes a year header; after a year
    header, rows are cut into as many cells as it has years (after the step name of a Gantt
    row). A label alone on its line (one cell per line) takes the cells on the lines after it,
    up to the next label or blank line; there, figures one per line make one row of the grid
    and an arrow alone marks the row above.
    """
    rows: list[list[str] | str] = []  # a row of cells, or a line kept as it is
    where: list[int] = []
    width = 0  # cells of the current year grid (0 outside a grid)
    pending: list[str] | None = None  # a row label alone on its line, collecting cells
    pending_at = 0
    values: list[str] | None = None  # figures one per line, collecting a grid row

    def emit(cells: list[str] | str, line: int) -> None:
        rows.append(cells)
        where.append(line)

    def flush() -> None:
        nonlocal pending, values
        if pending is not None:
            emit(pending, pending_at)
            pending = None
        if values is not None:
            emit(["", *values, *[""] * (width - len(values))], pending_at)
            values = None

    for number, line in enumerate(_join_year_lines(lines), start=1):
        if line is None:  # a year label joined into the line above
            continue
        if not line.strip():
            flush()
            width = 0
            emit(line, number)
            continue
        years = year_tokens(line)
        found = _label_at(line, labels.rows)
        if found is not None:
            flush()
            label, rest = found
            inner = year_tokens(rest)
            if inner is not None:
                width = len(inner)
                emit([label, *inner], number)
            elif not rest.strip():
                pending, pending_at = [label], number
            elif width and any(compact(label) == compact(g) for g in labels.grid):
                emit([label, *split_row(rest.strip(), width)], number)
            else:
                emit([label, *_split_inline(rest, labels.inline)], number)
            continue
        sub = _label_at(line, labels.sub)
        if sub is not None:
            flush()
            if sub[1].strip():
                emit(["", sub[0], *_split_inline(sub[1], labels.inline)], number)
            else:
                pending, pending_at = ["", sub[0]], number
            continue
        if years is not None:
            width = len(years)
            if pending is not None and len(pending) == 1:  # 「スケジュール」 then its years, one per line
                emit([pending[0], *years], pending_at)
                pending = None
            else:
                flush()
                emit(["", *years], number)
            continue
        if pending is not None:
            pending.append(line.strip())
            continue
        previous = rows[-1] if rows else ""
        if width and isinstance(previous, list) or values is not None:
            if _is_value(line):  # one figure per line
                if values is None:
                    values, pending_at = [], number
                values.append(line.strip())
                if len(values) == width:
                    flush()
                continue
            flush()
            previous = rows[-1] if rows else ""
            if _is_mark(line) and isinstance(previous, list) and len(previous) > 1:
                # an arrow alone: the next year of the step above (where exactly is lost)
                filled = [i for i, cell in enumerate(previous) if i and cell]
                if not filled or all(_is_mark(previous[i]) for i in filled):
                    at = (filled[-1] + 1) if filled else 1
                    if at < len(previous):
                        previous[at] = line.strip()
                        continue
            if line.startswith(" ") or not labels.named_steps:
                emit(["", *split_row(line[1:] if line.startswith(" ") else line, width)], number)
            else:
                emit(split_row(line.strip(), width + 1, named=True), number)
            continue
        width = 0
        emit(line, number)
    flush()
    out: list[str] = []
    for row in rows:
        if isinstance(row, str):
            out.append(row)
        elif labels.pipes:
            out.append("| " + " | ".join(cell or " " for cell in row) + " |")
        else:
            out.append("\t".join(row))
    return out, where
