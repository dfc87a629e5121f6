"""Restore the cells of a layout's tables in text that lost its cell separators.

Text copied out of a PDF viewer (or a plain ``pdftotext``) has no tabs: a table row comes as
one line with its cells joined by blanks, or as one line per cell. A layout knows how its rows
start — its labels (取組番号, 事業担当課, スケジュール …) — and which rows are year grids; with
that declaration (:class:`Labels`), :func:`restore` gives the layout back the tab-separated (or
markdown pipe) rows it reads, with a map from each restored line to the line of the file. A
layout of positional tables (延岡市's cards, where the column of a cell is its year) declares
``exact`` and is restored by :func:`restore_exact`, which counts the blanks empty cells leave.

Nothing here knows a municipality: the labels are the layout's declaration.

Pure Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import compact, is_no_value, lazy_re, nfkc, parse_number, split_figures, squash, year_cell

_YEAR_TOKEN = lazy_re(
    r"(?:令和|平成)\s*(?:元|\d{1,2})\s*年度(?:\s*[(（]\s*[前後上下]期\s*[)）])?|R\s*\d{1,2}"
)
_OPENING = ("(", "（", "<", "［", "[")
_MARKS = frozenset("→⇒➡━―-－○●◎◯▶►")
_VALUE = lazy_re(r"[-+▲△]?\d")


@dataclass(frozen=True)
class Labels:
    """How a layout's table rows start, for text that lost its cell separators.

    ``rows``: labels that open a row (its first cell); ``inline``: labels that open a further
    cell inside a row (「取組名」 after the code); the other fields are described where they
    are declared.
    """

    rows: tuple[str, ...]
    inline: tuple[str, ...] = ()
    #: Labelled rows whose cells are the years of the grid above (「スケジュール」 under a year header).
    grid: tuple[str, ...] = ()
    #: Labels of a row's second cell, the first being empty (「目標値」 under 「評価指標 基準値」).
    sub: tuple[str, ...] = ()
    #: Gantt rows start with the step's name (「| AI-OCRの導入 | → | | |」), not an empty cell.
    named_steps: bool = False
    #: Positional tables (cells whose column matters, blanks between them): a row's cells are
    #: cut at every single blank, a name or label first (see restore_exact).
    exact: bool = False
    pipes: bool = False
    #: Column-aligned text (``pdftotext -layout``) is restored by aligned_rows.restore_aligned:
    #: labels wrapped in a narrow first column or set vertically, each cell wrapped in its column.
    aligned: bool = False


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

    Used only for text without tab or pipe rows (``labels.exact``: see restore_exact): a line that starts with a row label becomes a
    row (label, then its cells); a line of year labels becomes a year header; after a year
    header, rows are cut into as many cells as it has years (after the step name of a Gantt
    row). A label alone on its line (one cell per line) takes the cells on the lines after it,
    up to the next label or blank line; there, figures one per line make one row of the grid
    and an arrow alone marks the row above.
    """
    if labels.exact:
        return restore_exact(lines, labels)
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


def _merge_figures(parts: list[str], width: int) -> list[str]:
    """Year cells cut at their own blanks put back: 「4,000人」「100事業所」 pairs when there are
    twice as many figures as years, a unit or a bracket with what comes before it."""
    filled = [p for p in parts if p]
    if width and len(filled) == 2 * width and all(_is_value(p) for p in filled):
        merged: list[str] = []
        for i in range(0, len(parts)):
            if parts[i] and merged and merged[-1] and len(merged[-1].split(" ")) == 1 and _pairs(parts, i):
                merged[-1] = f"{merged[-1]} {parts[i]}"
            else:
                merged.append(parts[i])
        return merged
    out: list[str] = []
    for part in parts:
        figure = bool(out and out[-1] and _VALUE.match(nfkc(out[-1])) and nfkc(out[-1][-1]).isdigit())
        if (
            figure
            and part
            and (part.startswith(_OPENING) or (len(part) <= 4 and not _VALUE.match(nfkc(part))))
        ):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _pairs(parts: list[str], i: int) -> bool:
    """Whether the figure at ``i`` is the second of a pair (an odd position among the figures)."""
    return sum(1 for p in parts[:i] if p) % 2 == 1


def restore_exact(lines: list[str], labels: Labels) -> tuple[list[str], list[int]]:
    """Rows of a positional table from cells joined by single blanks (an empty cell leaves two).

    A line is a row when it starts with a row label, starts with a blank or holds two blanks in
    a row; other lines stay as they are. The first cell is the label, else everything up to the
    first two blanks (a name may hold blanks: 「K P I (参加者総数)」「概 要」); under a year header
    whose rows begin with a name (``named_steps``) and without two blanks, the last cells are
    the years. The other cells are cut at every blank, a unit or bracket staying with the figure
    before it. Text with one cell per line has no blanks to count and is left as it is.
    """
    if sum(1 for line in lines if line.startswith(" ") or "  " in line.strip()) < 3:
        return list(lines), list(range(1, len(lines) + 1))  # one cell per line: no columns to count
    out: list[str] = []
    width = columns = 0
    named = False  # under a header 「施策名 令和3年度 …」: rows are a name, then a cell per year

    def row_like(text: str) -> bool:
        return bool(text.strip()) and (
            _label_at(text, labels.rows) is not None or text.startswith(" ") or "  " in text
        )

    for index, line in enumerate(lines):
        text = line.rstrip("\n")
        stripped = text.strip()
        found = _label_at(text, labels.rows) if stripped else None
        if named and stripped and found is None and not text.startswith(" "):
            parts = stripped.split(" ")  # a name without blanks, then its year cells
            cells = [parts[0], *parts[1:]]
            out.append("\t".join(cells + [""] * (width + 1 - len(cells))))
            continue
        if not stripped or (found is None and not text.startswith(" ") and "  " not in text):
            if not stripped:
                width = columns = 0
                named = False
            elif (
                out
                and "\t" in out[-1]
                and index + 1 < len(lines)
                and row_like(lines[index + 1])
                and not stripped.endswith("。")
            ):
                out.append(stripped + "\t")  # a title between rows: its empty cells were trimmed
                continue
            out.append(line)
            continue
        if found is not None:
            first, rest = found
            rest = rest[1:] if rest.startswith(" ") else rest
        elif text.startswith(" "):
            first, rest = "", text[1:]
        else:
            at = text.index("  ")
            first, rest = text[:at], text[at + 1 :]
        if found is not None and rest.startswith("(") or rest.startswith("（"):
            at = rest.find("  ")  # 「K P I (名称)」: the name belongs to the label
            first, rest = (first + " " + rest, "") if at < 0 else (first + " " + rest[:at], rest[at + 1 :])
        parts = rest.split(" ")
        years = [p for p in parts if year_cell(p) is not None]
        if len(years) >= 2:
            width, columns = len(years), len(parts) + 1
            named = labels.named_steps and found is not None and year_cell(parts[0]) is not None
        cells = [first.strip(), *_merge_figures(parts, width)]
        if width and len(cells) < columns:  # the blanks of empty cells at the end were trimmed
            cells += [""] * (columns - len(cells))
        out.append("\t".join(cells))
    return out, list(range(1, len(lines) + 1))
