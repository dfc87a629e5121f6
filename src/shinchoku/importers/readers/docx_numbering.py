"""The numbers Word sets before its numbered paragraphs (「第１章」「(1)」「①」「ア」), which the text of a .docx does not hold.

A plan's chapters, 施策 and 取組 are often numbered by Word's list styles: without their numbers a 取組 has no code
and an outline no levels. ``Numbering`` follows ``word/numbering.xml`` as Word does: a paragraph's ``numPr`` (its
own, else its style's, the style's base styles' too) names a list (``numId``) and a level (``ilvl``); each list counts
per level from the level's ``start`` (or a ``lvlOverride``'s ``startOverride``), a level's count restarting when a
level above it moves on; the level's ``lvlText`` (「第%1章」「(%1)」「%1-%2」) is filled with the counts in each
level's ``numFmt``. Bullets (``numFmt`` bullet) are the bullet's character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_KANJI = "〇一二三四五六七八九"
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _kanji(number: int) -> str:
    """「十二」 for 12, as Word's japaneseCounting writes it (up to 99)."""
    if number < 10:
        return _KANJI[number]
    tens, ones = divmod(number, 10)
    return f"{'' if tens == 1 else _KANJI[tens]}十{'' if ones == 0 else _KANJI[ones]}"


def _letters(number: int, alphabet: str) -> str:
    return alphabet[(number - 1) % len(alphabet)] * ((number - 1) // len(alphabet) + 1)


def formatted(number: int, fmt: str) -> str:
    """``number`` in Word's number format ``fmt``."""
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(number).translate(_FULL)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[number - 1] if 1 <= number <= len(_CIRCLED) else str(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt == "upperLetter":
        return _letters(number, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerLetter":
        return _letters(number, "abcdefghijklmnopqrstuvwxyz")
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _AIUEO[(number - 1) % len(_AIUEO)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _IROHA[(number - 1) % len(_IROHA)]
    if fmt in ("japaneseCounting", "japaneseDigitalTenThousand", "ideographTraditional", "chineseCounting"):
        return _kanji(number) if number < 100 else str(number)
    if fmt == "none":
        return ""
    return str(number)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _List:
    levels: dict[int, _Level]
    counts: dict[int, int] = field(default_factory=dict)


class Numbering:
    """The numbers of one document's numbered paragraphs, in the order they are asked for."""

    def __init__(self, word: Any) -> None:
        self._lists: dict[str, _List] = {}
        self._styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # id → (numId, ilvl, based on)
        self._abstract_counts: dict[str, dict[int, int]] = {}
        part = getattr(word.part, "numbering_part", None) if _has_numbering(word) else None
        root = part.element if part is not None else None
        abstracts: dict[str, dict[int, _Level]] = {}
        if root is not None:
            for abstract in root.findall(f"{_W}abstractNum"):
                abstracts[abstract.get(f"{_W}abstractNumId") or ""] = _levels(abstract)
            for num in root.findall(f"{_W}num"):
                ref = num.find(f"{_W}abstractNumId")
                levels = dict(abstracts.get(ref.get(_VAL) if ref is not None else "", {}))
                for override in num.findall(f"{_W}lvlOverride"):
                    at = int(override.get(f"{_W}ilvl") or 0)
                    start = override.find(f"{_W}startOverride")
                    if start is not None and at in levels:
                        levels[at] = _Level(int(start.get(_VAL) or 1), levels[at].fmt, levels[at].text)
                self._lists[num.get(f"{_W}numId") or ""] = _List(levels)
        for style in word.styles.element.findall(f"{_W}style"):
            num_id, level = _num_pr(style)
            based = style.find(f"{_W}basedOn")
            self._styles[style.get(f"{_W}styleId") or ""] = (
                num_id,
                level,
                based.get(_VAL) if based is not None else None,
            )

    def number(self, paragraph: Any) -> str | None:
        """The number Word sets before ``paragraph`` (counting it), or None for one it does not number."""
        num_id, level = _num_pr(paragraph._p)
        properties = paragraph._p.pPr
        style = properties.pStyle.val if properties is not None and properties.pStyle is not None else None
        seen = 0
        while style and (num_id is None or level is None) and seen < 10:
            style_num, style_level, based = self._styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else style_level
            style, seen = based, seen + 1
        if num_id is None or num_id == "0" or num_id not in self._lists:
            return None
        listed = self._lists[num_id]
        level = level or 0
        counts = listed.counts
        spec = listed.levels.get(level, _Level())
        counts[level] = counts.get(level, spec.start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a level moving on restarts those under it
        text = spec.text
        for k in range(level + 1):
            k_spec = listed.levels.get(k, _Level())
            value = counts.get(k, k_spec.start)
            text = text.replace(f"%{k + 1}", formatted(value, k_spec.fmt))
        if spec.fmt == "bullet":
            return "・" if not text.strip() or any(0xE000 <= ord(ch) <= 0xF8FF for ch in text) else text
        return text


def _has_numbering(word: Any) -> bool:
    """Whether the document has a numbering part, asked of its relationships: python-docx's
    ``numbering_part`` would create an empty one (``NumberingPart.new`` is not implemented) when absent. python-docx
    is imported here, when a .docx is read: at the top of the module it came (with lxml, 30 ms) with every parse of a
    text, which imported ``readers.docx`` to ask whether the file was a .docx."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        word.part.part_related_by(RT.NUMBERING)
    except KeyError:
        return False
    return True


def _levels(abstract: Any) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in abstract.findall(f"{_W}lvl"):
        start = lvl.find(f"{_W}start")
        fmt = lvl.find(f"{_W}numFmt")
        text = lvl.find(f"{_W}lvlText")
        out[int(lvl.get(f"{_W}ilvl") or 0)] = _Level(
            int(start.get(_VAL) or 1) if start is not None else 1,
            (fmt.get(_VAL) or "decimal") if fmt is not None else "decimal",
            (text.get(_VAL) or "") if text is not None else "",
        )
    return out


def _num_pr(element: Any) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a paragraph's or a style's ``numPr``; None where it says none."""
    properties = element.find(f"{_W}pPr")
    numbering = properties.find(f"{_W}numPr") if properties is not None else None
    if numbering is None:
        return None, None
    num_id = numbering.find(f"{_W}numId")
    level = numbering.find(f"{_W}ilvl")
    return (
        num_id.get(_VAL) if num_id is not None else None,
        int(level.get(_VAL) or 0) if level is not None else None,
    )
