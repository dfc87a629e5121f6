"""Page furniture: page numbers and running headers/footers that are not part of the plan.

A PDF (and any text extracted from it) repeats on every page a page number 「- 12 -」「12 / 40」
「P.12」 and often a running header or footer (the plan's title, the municipality's name).
Left in, they split a card or a table in two and end up in a cell or a title. The readers drop
them and note what they dropped; this module says what furniture looks like. The PDF reader
knows where a line is on its page (only lines in the top and bottom margins are candidates);
a text has only its lines, so ``text.page_furniture`` also requires a page number nearby.
One home for what a page number looks like, for the PDF reader and the text layouts alike.
"""

from __future__ import annotations

import re
import unicodedata

#: A page number with the word for page, as office programs' footers write it: 「12ページ」「12頁」「1 / 3 ページ」, and
#: Calc's and Excel's 「ページ 1 / 3」「ページ 2」「Page 1 of 3」.
_WORDED = r"|\d{1,4}\s*(?:/\s*\d{1,4}\s*)?(?:ページ|頁)|(?:ページ|頁|page)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?"
#: 「- 12 -」「－12－」「12」「(12)」「12 / 40」「P.12」「p 12」「12ページ」「12頁」.
_PAGE_NUMBER = re.compile(
    r"[-‐‑–—―−ー]?\s*\(?\d{1,4}\)?\s*[-‐‑–—―−ー]?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|p\.?\s*\d{1,4}" + _WORDED,
    re.IGNORECASE,
)
#: The same, without the bare number: what a text line must be to be taken for a page number
#: without knowing where it stood on the page.
_STRONG_PAGE_NUMBER = re.compile(
    r"[-‐‑–—―−ー]\s*\d{1,4}\s*[-‐‑–—―−ー]"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|p\.?\s*\d{1,4}" + _WORDED + r"|\(\s*\d{1,4}\s*\)",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_#]")


def normal(text: str) -> str:
    """NFKC, blanks collapsed: how furniture lines are compared."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _too_long(text: str) -> bool:
    """Whether a line has more characters than a page number can (at most nine besides blanks:
    「-(1234)-」「1234/1234」), even if NFKC halved them: every line of a text is asked, and most
    are answered without normalising them."""
    return len(text) > 32 and len("".join(text.split())) > 32


def is_page_number(text: str) -> bool:
    """Whether a line (from a page margin) is only a page number."""
    return not _too_long(text) and _PAGE_NUMBER.fullmatch(normal(text)) is not None


def is_strong_page_number(text: str) -> bool:
    """Whether a line is a page number even out of context (not a bare number, which may be data):
    「- 12 -」「12/40」「P.12」「12ページ」「(12)」."""
    if _too_long(text):
        return False
    text = normal(text)
    return 0 < len(text) <= 16 and _STRONG_PAGE_NUMBER.fullmatch(text) is not None


_NUMBER_PART = re.compile(
    r"^(?:[-‐‑–—―−ー]\s*\d{1,4}\s*[-‐‑–—―−ー]|p\.?\s*\d{1,4}|\d{1,4}(?:\s*/\s*\d{1,4})?)\s+"
    r"|\s+(?:[-‐‑–—―−ー]\s*\d{1,4}\s*[-‐‑–—―−ー]|p\.?\s*\d{1,4}|\d{1,4}(?:\s*/\s*\d{1,4})?)$",
    re.IGNORECASE,
)


def key(text: str) -> str:
    """A line as compared across pages: a page number before or after the text left out, so that
    「大野城市DX推進計画 - 3 -」 and 「大野城市DX推進計画 - 4 -」 are one running header (but
    「第3段落」 and 「第4段落」 stay two lines)."""
    return _NUMBER_PART.sub("", normal(text))


def repeated(keys_per_page: list[set[str]]) -> set[str]:
    """The keys that recur on enough pages to be furniture (two pages of two or three, else a third)."""
    pages = len(keys_per_page)
    if pages < 2:
        return set()
    need = 2 if pages <= 6 else max(3, pages // 3)
    counts: dict[str, int] = {}
    for keys in keys_per_page:
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n >= need and _WORD.search(k)}
