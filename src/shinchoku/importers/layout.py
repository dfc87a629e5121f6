"""What every layout reader shares around its own rules: the text it reads and the one guard.

A layout module declares its labels and regions and reads its plan from clean lines; this
module gives it those lines and keeps its promises to the caller:

- text that lost its cell separators (copied out of a PDF viewer) gets its table rows back
  from the layout's declared labels (cells.restore; column-aligned ``pdftotext -layout`` text
  by aligned_rows.restore_aligned when the layout declares ``Labels.aligned``);
- page furniture (page numbers, running headers and footers that another extraction leaves
  between pages, inside cards and tables too) is taken out before the layout reads the text
  (text.page_furniture), and every line number in the result — warnings, ``line`` fields —
  is put back to the line of the file the user has;
- marks written into a title (【新規】【完了】 …) leave the title and join the initiative's
  marks (text.title_marks), whichever layout read it;
- a block the layout cannot read costs only itself (one_block): the plan is partial, with a
  warning naming the block's line;
- the only exception that leaves a layout is ParseError: an unexpected error inside a layout
  becomes a ParseError naming the layout, never a traceback.

Pure Python; no Django.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .aligned_rows import looks_aligned, restore_aligned
from .cells import Labels, has_cells, restore
from .errors import ParseError, logger, refusal
from .planjson import Plan, warn
from .text import page_furniture, title_marks

#: Exceptions a layout's own rules may raise on input they did not foresee.
_INTERNAL = (IndexError, KeyError, ValueError, AttributeError, TypeError, ZeroDivisionError)


@contextmanager
def one_block(plan: Plan, line: int | None, what: str) -> Iterator[None]:
    """Read one block (a card, a table, a row) so that a block the layout's rules did not foresee
    costs only itself: the plan stays partial, with a warning naming the block's line.

    The first thing a layout promises is a plan from a document it recognises, never a refusal
    because one part of it is broken.
    """
    try:
        yield
    except _INTERNAL as exc:
        logger.info("%s: %d行目を除いて読み込みました", what, line or 0, exc_info=exc)
        warn(plan, line, f"{what}を読み取れないため、この部分を除いて読み込みました。取り込み後に確かめてください。")


def without_furniture(source: Any) -> tuple[Any, list[int]]:
    """``source`` without its page-furniture lines, and for each remaining line its line number
    (1-based) in the original text."""
    lines = source.lines
    # A page break inside a line (pages joined by a form feed alone: 「- 3 -\f大野城市DX推進計画」)
    # starts a line of its own, so that the page number and the next page's header are furniture.
    numbers = list(range(len(lines)))
    if any("\f" in line[1:] for line in lines):
        split: list[str] = []
        numbers = []
        for number, line in enumerate(lines):
            pieces = line.split("\f")
            for n, piece in enumerate(pieces):
                if n == 0 and not piece and len(pieces) > 1:
                    continue
                split.append(piece if n == 0 else "\f" + piece)
                numbers.append(number)
        lines = split
    drop = page_furniture(lines)
    if not drop and len(lines) == len(source.lines):
        return source, []
    kept = [i for i in range(len(lines)) if i not in drop]
    text = "\n".join(lines[i] for i in kept)
    return dataclasses.replace(source, text=text, _lines=None), [numbers[i] + 1 for i in kept]


def with_cells(source: Any, labels: Labels | None, *, aligned: bool = False) -> tuple[Any, list[int]]:
    """``source`` with its table rows restored (cells.restore) when it has lost its separators
    and the layout declared its labels; the map of each line to its source line.

    ``aligned``: the text is column-aligned (``pdftotext -layout``); a layout that declared
    ``Labels.aligned`` gets its rows back by their columns (aligned_rows.restore_aligned)."""
    lines = source.lines
    if labels is None or has_cells(lines):
        return source, []
    if aligned and labels.aligned:
        restored, where = restore_aligned(lines, labels)
    else:
        restored, where = restore(lines, labels)
    return dataclasses.replace(source, text="\n".join(restored), _lines=None), where


def renumber(node: Any, lines: list[int]) -> None:
    """Put every ``line`` of a plan (warnings, initiatives, indicators, tasks …) back to the
    original file's numbering; ``lines[n - 1]`` is the original number of clean line n."""
    if isinstance(node, dict):
        for key, item in node.items():
            if key == "line" and isinstance(item, int) and not isinstance(item, bool):
                if 1 <= item <= len(lines):
                    node[key] = lines[item - 1]
            else:
                renumber(item, lines)
    elif isinstance(node, list):
        for item in node:
            renumber(item, lines)


def _marks_out_of_titles(plan: Plan) -> None:
    for item in plan["initiatives"]:
        title, marks = title_marks(item["title"])
        if marks:
            item["title"] = title
            item["marks"] = list(dict.fromkeys([*item["marks"], *marks]))


def layout_reader(
    name: str, labels: Labels | None = None
) -> Callable[[Callable[[Any], Plan]], Callable[[Any], Plan]]:
    """Decorate a layout's ``parse(source)``: text only, furniture out, cells back, line numbers
    back, one guard.

    ``name`` is how the message names the layout (「大野城市形式」); ``labels`` declares how its
    table rows start, to restore them in text that lost its cell separators.
    """

    def wrap(parse: Callable[[Any], Plan]) -> Callable[[Any], Plan]:
        @functools.wraps(parse)
        def read(source: Any) -> Plan:
            if not source.text:
                raise ParseError(f"{name}の計画はテキストファイルで読み込んでください。")
            aligned = labels is not None and labels.aligned and looks_aligned(source.text)
            clean, lines = without_furniture(source)
            clean, restored = with_cells(clean, labels, aligned=aligned)
            if restored:
                lines = [lines[n - 1] for n in restored] if lines else restored
            try:
                plan = parse(clean)
            except ParseError as exc:
                if lines and exc.line and 1 <= exc.line <= len(lines):
                    raise ParseError(exc.message, line=lines[exc.line - 1], cause=exc.cause) from None
                raise
            except _INTERNAL as exc:  # a last guard, never expected
                raise refusal(
                    f"{name}の計画として読めません（取込の内部エラー）。計画テンプレート（Excel・CSV）に写して取り込むか、"
                    "このファイルをシステム管理者に送ってください。",
                    exc,
                ) from None
            if lines:
                renumber(plan, lines)
            _marks_out_of_titles(plan)
            return plan

        return read

    return wrap
