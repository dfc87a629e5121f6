"""Words set out over their cell (均等割り付け) in extracted text, gathered back into words.

Japanese offices set labels and 課 out over the width of their cell (Word's and Excel's
distributed alignment: 「担　当　課」「取　組　番　号」). A PDF reader sees the gaps
(``readers.pdf._spread``); text taken out of such a PDF does not: ``pdftotext -layout`` prints
「取           組           番            号1-1-1」, each letter where it stood, the value glued
to the label's last letter, and two year headers set out side by side run into each other
(「令   和   5   年   度令   和   6   年   度」). No reader knows 「取」 as a label.

Here each such run in column-aligned text (``pdftotext -layout``; plain extractions set one blank
between any two words, and a letter alone there is no sign) becomes its word, with the blanks it
held set after it, so that every letter after it keeps its column (the value 「1-1-1」 stays where
it was printed). A run is gathered when its letters make
- a word of the label dictionary (「担当課」「令和5年度」; 「年　度」 alone is two wrapped year headers),
- a 課 in kanji and hiragana at gaps none three times another (「関係各課」「健康づくり課」; two 課 of
  one cell keep a blank between them, 「企画課 市民課」), or
- three letters or more, all different kanji or kana, opening a line (the label column) at gaps
  alike: a label the dictionary lacks, 「現  状  ・  課  題  等」.
What stays apart: letters in the middle of a line that would only be alike (the last lines of
wrapped cells side by side, 「に   シ   換」「観   ン   館」), letters in columns of their own (「済   済
済」「1  2  3」), Latin letters one blank apart (「K P I」, as plans spell it), and a label spelt one
blank apart in the middle of a line with its value one blank after (「取 組 名 納付書…」, as the
text of a plan writes it): the readers compare labels without blanks.
"""

from __future__ import annotations

import re
import unicodedata

from .labels import is_known
from .text import is_department, lazy_re

_BLANK = " \u3000"
#: The longest word gathered (「重点取組事項名」 and a year: 「基準値（令和5年度）」).
_LONGEST = 12


def gathered(text: str) -> str:
    """``text`` with every word set out over its cell gathered (each line keeps its length)."""
    if not _SINGLE.search(text):
        return text  # most texts: no letter stands alone between blanks
    return "\n".join(_line(line) if _SINGLE.search(line) else line for line in text.split("\n"))


#: 課 of two letters (a two-letter 課 in general is too easily two cells' letters: 「業  …  課」).
_TWO_LETTER_KA = frozenset(("各課", "全課"))
_YEAR_PART = lazy_re(r"年度?|度|令和|平成|年度末")
_INNER_KA = lazy_re(r"課(?=[^\s等ほ他])")
#: A letter alone after a blank (or opening its line), then blanks and a letter.
_SINGLE = lazy_re(r"(?:^|[ \u3000])[^ \u3000\t\n][ \u3000]+[^ \u3000\t\n]", re.M)


def _line(line: str) -> str:
    chars = list(line)
    n = len(chars)
    p = 0
    while p < n - 2:
        if (
            chars[p] in _BLANK
            or chars[p] == "\t"
            or chars[p + 1] not in _BLANK
            or (p and chars[p - 1] not in _BLANK)
        ):
            p += 1  # a set-out word starts with a letter alone between blanks
            continue
        letters = _run(chars, p)
        size = _word_size(chars, letters)
        if size < 2:
            p += 1
            continue
        first, last = letters[0], letters[size - 1]
        word = "".join(chars[i] for i in letters[:size])
        if is_department(word) and not is_known(word):
            word = _INNER_KA.sub("課 ", word)  # 「企 画 課 市 民 課」: two 課 set out as one cell
        chars[first : last + 1] = list(word.ljust(last + 1 - first))
        p = first + len(word)
    return "".join(chars)


def _run(chars: list[str], p: int) -> list[int]:
    """Positions of the letters of a possible set-out word from ``chars[p]``: each next one after
    a blank or more; the run ends at a letter that another letter follows (the start of a longer
    word: 「号1-1-1」, 「度令」) or at a tab."""
    letters = [p]
    q, n = p + 1, len(chars)
    while len(letters) < _LONGEST:
        r = q
        while r < n and chars[r] in _BLANK:
            r += 1
        if r == q or r >= n or chars[r] == "\t":
            break
        letters.append(r)
        if r + 1 < n and chars[r + 1] not in _BLANK:
            break  # glued: the word's last letter begins the next cell's text
        q = r + 1
    return letters


def _word_size(chars: list[str], letters: list[int]) -> int:
    """How many of ``letters`` make one set-out word (the most that do), or 0: a word of the
    dictionary or a 課, or letters alike opening the line and ending before the next cell's text
    (「現  状  ・  課  題  等」 is one label, not 「現状・課」 and two letters)."""
    return max(_named_size(chars, letters), _alike_size(chars, letters))


def _named_size(chars: list[str], letters: list[int]) -> int:
    """The most of ``letters`` that spell a label of the dictionary or a 課, or 0."""
    for size in range(len(letters), 1, -1):
        word = "".join(chars[i] for i in letters[:size])
        gaps = [b - a for a, b in zip(letters, letters[1:size], strict=False)]
        if word.isascii() and (min(gaps) < 3 or not word.isalpha()):
            continue  # 「1  2  3」 in columns; 「K P I」 is how plans spell it (readers compare compact)
        glued = _glued(chars, letters[size - 1])
        if glued and (not word[-1].isalnum() or (size < 3 and is_known(word + chars[letters[size - 1] + 1]))):
            continue  # 「概   要<p>…」「担    当課」: the next cell's text, or a longer word
        if _YEAR_PART.fullmatch(word):
            continue  # 「年           度」: two wrapped year headers' last lines, side by side
        if not glued and max(gaps) == 2 and letters[0] > 1 and _spelt_spaced(chars, letters[size - 1]):
            continue  # 「… 取 組 名 納付書…」: a label a plan spells so, one blank before its value
        if is_known(word) or word in _TWO_LETTER_KA or (size >= 3 and _set_out_ka(word, letters[:size])):
            return size
    return 0


def _spelt_spaced(chars: list[str], last: int) -> bool:
    """Whether the letter at ``last`` is followed by one blank and text: a word one blank apart
    then goes on as a sentence does, and is written so (「取 組 名 納付書における」)."""
    return last + 2 < len(chars) and chars[last + 1] in _BLANK and chars[last + 2] not in _BLANK


def _set_out_ka(word: str, letters: list[int]) -> bool:
    """A 課 set out over its cell: kanji and hiragana (「健 康 づ く り 課」; 「観   ン   館」 is three
    wrapped cells' last letters) at gaps none more than three times another (a vertical column's
    letter opening the line is far from the 「課  課」 of a wrapped cell: 「業  …50…  課  課」)."""
    if not is_department(word) or not all(
        c in "、・" or _script(c, ("CJK UNIFIED", "HIRAGANA")) for c in word
    ):
        return False
    gaps = [b - a for a, b in zip(letters, letters[1:], strict=False)]
    return max(gaps) <= 3 * min(gaps) + 2


def _alike_size(chars: list[str], letters: list[int]) -> int:
    """The most of ``letters`` opening the line that are alike (``_alike``) and end before the
    next cell's text, or 0."""
    if letters[0] > 1:
        return 0  # letters alike in the middle of a line: wrapped cells' last letters (「に   シ   換」)
    for size in range(len(letters), 2, -1):
        last = letters[size - 1]
        if _glued(chars, last):
            continue
        if _alike(chars, letters[:size]):
            return size
    return 0


def _glued(chars: list[str], at: int) -> bool:
    """Whether a letter begins a longer word (the next cell's text: 「号1-1-1」「ル令和5年度」)."""
    return at + 1 < len(chars) and chars[at + 1] not in _BLANK


def _alike(chars: list[str], letters: list[int]) -> bool:
    """Three kanji or kana or more, all different, at gaps alike: a label the dictionary lacks."""
    if len(letters) < 3:
        return False
    word = [chars[i] for i in letters]
    if len(set(word)) < len(word) or not all(_japanese(c) for c in word):
        return False
    gaps = [b - a for a, b in zip(letters, letters[1:], strict=False)]
    return max(gaps) - min(gaps) <= max(gaps) // 4


def _japanese(char: str) -> bool:
    return char == "・" or _script(char, ("CJK UNIFIED", "HIRAGANA", "KATAKANA"))


def _script(char: str, scripts: tuple[str, ...]) -> bool:
    return unicodedata.name(char, "").startswith(scripts)
