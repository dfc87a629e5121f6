"""Label–value cards: an initiative described field by field.

The shapes: lines 「取組名：…」「担当課：…」「指標：…」 (a colon after a label of the dictionary),
bracketed labels 「【指標】…」「［工程］…」, two-column tables whose left column holds labels
(| 取組名 | … |), and the Card blocks a file reader made. A card starts at a title label
(取組名 / 事業名 …); the fields after it, up to the next title label, belong to it; lines
without a label continue the field before them. Section headings (numbered lines such as
「基本目標1 …」「(1) …」 between cards) become the section tree.
"""

from __future__ import annotations

from typing import Any

from ..document import Card, Document, Line, Location, Table
from ..labels import classify
from ..text import lazy_re, squash
from .common import Collector
from .fields import apply_fields
from .numbering import marker

_LABEL_LINE = lazy_re(
    r"^\s*(?:[【\[［〔<＜《](?P<b>[^】\]］〕>＞》]{1,14})[】\]］〕>＞》]|(?P<c>[^:：]{1,14})[:：])\s*(?P<v>.*)$"
)


def label_value(text: str) -> tuple[str, str] | None:
    """(role, value) of a 「担当課：情報政策課」 / 「【指標】…」 line, None for any other line."""
    m = _LABEL_LINE.match(text)
    if not m:
        return None
    label = m.group("b") or m.group("c") or ""
    column = classify(label)
    if column is None:
        return None
    role = column.role if column.fy is None else f"{column.role}:{column.fy}"
    return role, m.group("v").strip()


def _fields(document: Document) -> list[tuple[str, str, Location] | tuple[str, None, Location]]:
    """The document as a stream of (role, value, where) fields and ("heading", None, where) marks."""
    stream: list[Any] = []
    for block in document.blocks():
        if isinstance(block, Card):
            for label, text in block.fields:
                column = classify(label)
                if column is not None:
                    stream.append((column.role, text, block.location))
        elif isinstance(block, Table) and block.width == 2:
            for i, row in enumerate(block.rows):
                column = classify(row[0].text) if row[0].origin == "own" else None
                if column is not None:
                    stream.append((column.role, row[1].text, block.row_location(i)))
        elif isinstance(block, Line):
            found = label_value(block.text)
            if found is not None:
                stream.append((found[0], found[1], block.location))
            elif marker(block.text) is not None and len(block.text) <= 60:
                stream.append(("heading", block.text, block.location))
            else:
                stream.append(("text", block.text, block.location))
    return stream


def read_cards(document: Document, collector: Collector, *, plan_end: int | None = None) -> int:
    """Read every card of ``document`` into ``collector``; how many initiatives were found."""
    stream = _fields(document)
    if not any(role == "title" for role, _, _ in stream):
        return 0
    before = len(collector.initiatives)
    headings: list[tuple[str, str]] = []  # (numbering kind, heading text)
    card: list[tuple[str, str, Location]] = []

    def flush() -> None:
        if card:
            section = collector.section_path([h for _, h in headings]) if headings else None
            apply_fields(collector, card, section, plan_end)
            card.clear()

    for role, text, location in stream:
        if role == "title":
            flush()
            card.append((role, text or "", location))
        elif role == "heading":
            flush()
            found = marker(text or "")
            kind = found.kind if found else ""
            kinds = [k for k, _ in headings]
            if kind in kinds:
                del headings[kinds.index(kind) :]
            headings.append((kind, squash(text or "")))
        elif card:
            if role == "text":
                if card[-1][0] != "title":
                    last = card[-1]
                    card[-1] = (last[0], f"{last[1]}\n{text}", last[2])
            else:
                card.append((role, text or "", location))
    flush()
    return len(collector.initiatives) - before
