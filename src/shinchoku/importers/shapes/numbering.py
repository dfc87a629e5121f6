"""Numbering of headings and outline items: 第1章, 基本目標1, I, 1., 1-1, 1.1.1, A-1, DX-01, (1), ①, ア.

``marker(text)`` says which numbering a line starts with (its *kind*, so that an outline can
tell levels apart by the kind of their numbers), the number as written and the rest.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..text import CHAPTER_MARK, LazyPattern, circled_value, half_alnum, lazy_re, nfkc

_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
#: After a full-width Roman numeral, the numbers that make it a 施策's: 「-1」「-1-2」 (NFKC).
#: 「-1」「-1-2」 after a Roman numeral, the numbers bracketed or circled too: 「Ⅰ-(1)-①」 (NFKC: 「-(1)-1」).
_ROMAN_HYPHENED = lazy_re(
    r"^[-‐－ー]\(?([0-9]{1,2})\)?(?:[-‐－ー]\(?([0-9]{1,3})\)?)?(?![0-9])\s*(.*)$"
)

#: A Roman numeral of Latin letters before a hyphen and a bracketed number: 「I-(1)-1」 (NFKC of 「Ⅰ-(1)-①」; 「II-1-2」
#: is a code of letters and numbers as written, ``lettered``).
_LATIN_ROMAN_HYPHENED = lazy_re(r"^([IVX]{1,4})[-‐－ー](?=\()")
#: A number before a hyphen and a bracketed number: 「1-(1)-1」 (NFKC of 「1-(1)-①」, a Word plan's 見出し).
_DECIMAL_BRACKETED = lazy_re(r"^([0-9]{1,2})[-‐－ー](?=\([0-9])")

_PATTERNS: tuple[tuple[str, LazyPattern], ...] = (
    ("chapter", lazy_re(rf"^({CHAPTER_MARK})\s*(.*)$")),
    (
        "word",
        lazy_re(
            r"^((?:基本目標|基本方針|基本施策|施策の柱|重点取組事項|重点取組|連携取組|共通取組|個別取組|主要取組|重点施策|個別施策|主要施策|重点プロジェクト|支援策|推進策|具体策|施策|政策|取組|柱|方針|目標|分野|プロジェクト|Policy|POLICY)(?:(?<=取組)番号)?\s*(?:(?:No|NO)\.?\s*)?(?:[0-9]+(?:-\(?[0-9]+\)?)*|\([0-9]{1,2}\)|[IVX]{1,4}(?:-[0-9]+)+|[IVX]{1,4}(?![A-Za-z])))(?![0-9.\-])[\s.:：]*(.*)$"
        ),
    ),
    ("roman", lazy_re(r"^([IVX]{1,4})(?:[.．、]|\s)\s*(.+)$")),
    ("hyphen3", lazy_re(r"^([0-9]{1,2}-[0-9]{1,2}-[0-9]{1,3})(?![0-9])\s*(.*)$")),
    ("hyphen2", lazy_re(r"^([0-9]{1,2}-[0-9]{1,2})(?![0-9\-])\s*(.*)$")),
    ("dotted3", lazy_re(r"^([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2})(?![0-9.])\s*(.+)$")),
    # not a figure: 「35.0%（令和 11 年度）」 a wrapped target's line, 「2.5倍」
    ("dotted", lazy_re(r"^([0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9])(?!\s*(?:%|倍|ポイント|pt))\s*(.+)$")),
    # 「DX-01」「A-1-2」: a code of letters and numbers, as written; its kind counts the numbers
    ("lettered", lazy_re(r"^([A-Z]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3}){0,2})(?![0-9\-])\s+(.+)$")),
    # not a date's or a figure's wrapped rest: 「11 年度）」「3 月末」「40 手続」
    ("decimal", lazy_re(r"^([0-9]{1,2})(?:[.．、]\s*|\s+)(?![0-9])(?!(?:年度?|月)\s*(?:[）)末]|$)|(?:%|％|件|人|手続|時間|か所|箇所)(?:[^\w]|$))(.+)$")),
    ("no", lazy_re(r"^((?:No|NO|no)\.?\s*[0-9]{1,3})(?![0-9.\-])[\s.:：]*(.+)$")),
    ("paren", lazy_re(r"^(\([0-9]{1,2}\))\s*(.+)$")),
    ("kana", lazy_re(rf"^([{_KANA}])(?:[.．、]\s*|\s+)(.+)$")),
    ("paren_kana", lazy_re(rf"^(\([{_KANA}]\))\s*(.+)$")),
)

#: The characters a numbering of ``_PATTERNS`` can begin with (each is anchored at the start): a
#: line that begins otherwise (most titles and prose) is told without trying them one by one.
_FIRST = frozenset("第基施重政取柱方目分プ支推具連共個主IVX0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZNno(" + _KANA)


#: A Roman numeral before a hyphened number after a heading's word: 「II」 of 「施策II-3」 (NFKC of 「施策Ⅱ-3」).
_ROMAN_LEVEL = lazy_re(r"(?<![A-Za-z])([IVX]{1,4})(?=-[0-9])")
#: A level's number in brackets within a hyphened number: 「-(2)」 of 「1-(2)-3」.
_BRACKETED_LEVEL = lazy_re(r"-\(([0-9]+)\)")


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # chapter, word:<word>, roman, hyphen3, hyphen2, dotted, decimal, paren, circled, kana …
    number: str  # as written, normalised: "基本目標1", "1-1", "(1)", "①"
    rest: str


#: A symbol set before a heading's number: 「◆No.1 …」「■1-2 …」「●(1) …」.
_BULLET = lazy_re(r"^[◆◇■□●○◎★☆▶▷►▼▽]\s*")

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral as a heading writes it (I–XXXIX, or Ⅰ–Ⅹ), None for anything else."""
    letters = nfkc(numeral).upper()
    if not letters or any(ch not in _ROMAN_VALUES for ch in letters):
        return None
    total = 0
    for i, ch in enumerate(letters):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[letters[i + 1]] if i + 1 < len(letters) else 0
        total += -value if value < following else value
    return total if total > 0 else None


@functools.lru_cache(maxsize=4096)
def _as_written(text: str, folded: str, start: int) -> str:
    """The part of ``text`` from where its NFKC form ``folded`` is at ``start``: a heading's title as printed
    (「市民の利便性向上（行政手続のオンライン化）」, its brackets kept; ``half_alnum`` folds its letters), its number
    read from the folded form."""
    width = 0
    for at, char in enumerate(text):
        if width == start:
            return text[at:]
        if width > start:
            break
        width += len(nfkc(char))
    return text[len(text) :] if width == start else folded[start:]


def marker(text: str) -> Marker | None:
    """The numbering ``text`` starts with, or None for a line without one.

    Cached: the tables, cards and outline readers each ask it of the same lines."""
    stripped = text.strip()
    if not stripped:
        return None
    bullet = _BULLET.match(stripped)
    if bullet and len(stripped) > bullet.end():
        numbered = marker(stripped[bullet.end() :])
        return numbered if numbered is not None and numbered.kind != "circled" else None
    first = stripped[0]
    if circled_value(first) is not None:
        return Marker("circled", first, stripped[1:].strip())
    if first in _ROMAN:
        hyphened = _ROMAN_HYPHENED.match(nfkc(stripped[1:]))
        if hyphened is not None:
            # 「Ⅰ-1　手続の利便性向上」: 施策 1 of 基本目標 Ⅰ, numbered as 「1-1」 is
            parts = [str(_ROMAN.index(first) + 1), *(g for g in hyphened.groups()[:2] if g)]
            number = "-".join(parts)
            return Marker("hyphen3" if number.count("-") == 2 else "hyphen2", number, hyphened.group(3).strip())
        return Marker("roman", first, stripped[1:].lstrip(".．、 \u3000"))
    t = nfkc(stripped)
    if t[0] not in _FIRST:
        return None
    latin = _LATIN_ROMAN_HYPHENED.match(t)
    if latin is not None and (value := roman_value(latin.group(1))) is not None:
        hyphened = _ROMAN_HYPHENED.match(t[latin.end(1) :])
        if hyphened is not None:  # 「I-(1)-1 電子申請サービスの拡充」: 「Ⅰ-(1)-①」 as a text export flattens it
            number = "-".join([str(value), *(g for g in hyphened.groups()[:2] if g)])
            return Marker("hyphen3" if number.count("-") == 2 else "hyphen2", number, hyphened.group(3).strip())
    bracketed = _DECIMAL_BRACKETED.match(t)
    if bracketed is not None:
        hyphened = _ROMAN_HYPHENED.match(t[bracketed.end(1) :])
        if hyphened is not None:  # 「1-(1)-①」 (NFKC 「1-(1)-1」): 取組 ① of 施策 (1) of 基本目標 1, numbered as 「1-1-1」 is
            number = "-".join([bracketed.group(1), *(g for g in hyphened.groups()[:2] if g)])
            return Marker("hyphen3" if number.count("-") == 2 else "hyphen2", number, hyphened.group(3).strip())
    for kind, pattern in _PATTERNS:
        m = pattern.match(t)
        if not m:
            continue
        number = m.group(1).replace(" ", "")
        if kind == "lettered":
            kind = f"lettered{number.count('-')}"
        if kind == "word":
            # 「取組番号　１－１　　title」 (a progress report's block): the 取組 numbered 1-1, as 「取組1-1」 is
            number = number.replace("取組番号", "取組", 1)
            word = re.match(r"^[^0-9IVX(]+", number)  # 「施策(1)」 is a 施策 as 「施策1」 is
            kind = "word:" + (word.group(0) if word else "")
            # 「施策１－（２）－③」 (NFKC 「施策1-(2)-3」): the brackets a level's number is written in are no part of the code
            number = _BRACKETED_LEVEL.sub(r"-\1", number)
            # 「施策Ⅱ-3」 (NFKC 「施策II-3」): 施策 3 of 基本方針 Ⅱ, numbered as 「施策2-3」 is (as 「Ⅱ-3」 alone is 「2-3」)
            number = _ROMAN_LEVEL.sub(lambda m: str(roman_value(m.group(1)) or m.group(1)), number)
        rest = half_alnum(_as_written(stripped, t, m.start(2))).strip()
        if kind in ("decimal", "kana", "roman") and not rest:
            return None
        return Marker(kind, number, rest)
    return None


def split_numbered(text: str) -> tuple[str | None, str | None, str]:
    """ "基本目標1 デジタルで便利な暮らし" -> ("基本目標", "1", "デジタルで便利な暮らし"); level None
    for a bare number ("1-1 …" -> (None, "1-1", "…")); (None, None, text) without numbering."""
    found = marker(text)
    if found is None:
        return None, None, text.strip()
    if found.kind.startswith("word:"):
        word = found.kind[5:]
        return word, found.number[len(word) :], found.rest
    if found.kind == "chapter" and found.number.endswith("節"):
        # 「第１節　行政サービスのデジタル化」 a level of the plan (``outline._parts_of_chapters``): its number 1, as
        # 「基本方針１」's is, so that the 施策 under it are 1-1, 1-2
        digits = re.findall(r"[0-9]+", nfkc(found.number))
        return "節", digits[0] if digits else found.number, found.rest
    if found.kind == "chapter":
        return found.number[-1], found.number, found.rest
    number = found.number.strip("().")
    return None, number, found.rest


#: A heading's words that name a list or table of the plan's items (「取組一覧」「成果指標一覧」「工程表」).
_LIST_HEADING = lazy_re(r"[^\s。、]{0,12}(?:一覧表?|工程表|ロードマップ)")


def names_a_list(found: Marker) -> bool:
    """Whether a numbered heading names a list or table of the plan's items (「4.1 取組一覧」「4.2 成果指標一覧」「５ 工程表」):
    the part they are listed in, no item of its own and no level of the plan's 施策体系."""
    return _LIST_HEADING.fullmatch(found.rest.strip()) is not None
