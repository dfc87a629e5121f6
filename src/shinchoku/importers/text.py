"""Text rules shared by every importer: decoding, normalisation, fiscal years, numbers.

These encode the rules of plan-json.md once, so that each layout module only has to know
where things are on the page, not how a municipality writes a year or a number:

- reading and normalising: decode, nfkc, plain_blanks (the one home of which characters are
  blanks), squash, compact; circled numbers ①–⑳ (CIRCLED, circled_value, blank_circled,
  split_circled), which NFKC would turn into digits;
- repairing extracted text: join_broken, join_wrapped, join_label, strip_footnotes, prose;
  page furniture (page_furniture: page numbers, running headers and footers between pages);
  工程表 labels that continue over the empty year cells after them (label_spans);
  marks written into a title (title_marks: 【新規】【新】【完了】 …);
- years: era_year, parse_fy / fy_of, year_cell, year_month (cover dates), plan_period and
  stated_period, wareki;
- numbers: parse_number (with mask_dates and to_number), is_no_value, common_unit, split_figures
  (two figures with units in one cell);
- departments: split_departments (is_department, split_dots);
- which way an indicator should go: series_direction, unit_direction, wording_direction.

A rule that only one layout needs stays in that layout's module.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from .errors import ParseError
from .furniture import is_strong_page_number


class LazyPattern:
    """A regular expression compiled on first use.

    ``shinchoku parse`` imports every importer to ask which layout a file is, but runs only one;
    compiling all their patterns up front cost more than parsing the file. Once compiled, the
    pattern's methods sit in slots of their own, so that a call (hundreds of thousands in a
    large table) costs what a call on the compiled pattern costs, not a ``__getattr__`` more.
    """

    __slots__ = ("_args", "_compiled", "findall", "finditer", "fullmatch", "match", "search", "split", "sub")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
            for method in ("findall", "finditer", "fullmatch", "match", "search", "split", "sub"):
                object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)


#: The marks a 工程表 writes in a year's cell instead of words (● 実施, → 継続, ━ 準備 …), as
#: members of a regular expression's character class: the one list every reader of 工程表 cells uses.
#: ``SCHEDULE_SYMBOLS`` are the ones a legend explains; the rest may also join words (「検討・準備」).
SCHEDULE_SYMBOLS = "●○◎◯〇■□▲△◆◇★☆✓✔→⇒➡▶←↔━─―＝="
SCHEDULE_MARKS = SCHEDULE_SYMBOLS + "\\-－…・＞>"

def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` for module-level patterns, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)


#: Largest input any importer accepts. Published plans are well under 1 MB of text; 10 MB
#: leaves room for a whole prefecture's workbook while keeping a hostile upload cheap.
MAX_INPUT_BYTES = 10 * 1024 * 1024

_CONTROL = lazy_re(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


#: What a Japanese text is written in (tabs and line breaks, ASCII, CJK symbols, kana, kanji, full-width forms, ①…):
#: a text decoded from UTF-16 without its byte order mark is one when nearly all of it is.
_TEXT_CHARACTERS = lazy_re(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2010-\u27ff\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def utf16_unmarked(data: bytes) -> str | None:
    """The encoding of a text in UTF-16 written without its byte order mark (a system's CSV export: 「utf-16-le」 or
    「utf-16-be」), or None for anything else: its first 8 kB decoded so are all but a few characters a Japanese text is
    written in (random bytes decode to characters of any kind)."""
    head = data[: 8192 - 8192 % 2] if len(data) > 8192 else data[: len(data) - len(data) % 2]
    if len(head) < 4:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and len(_TEXT_CHARACTERS.findall(text)) >= 0.98 * len(text):
            return encoding
    return None


def decode(data: bytes) -> str:
    """Return the text of an uploaded plan file.

    Accepts UTF-8 (with or without BOM), Shift_JIS/CP932 and UTF-16 with its BOM (Excel's
    「Unicode テキスト」) or without (``utf16_unmarked``: a system's export), the encodings municipal PCs produce. Anything else, binary data, empty
    or oversized input raises ParseError so that nothing downstream ever sees undecodable text. Line endings become ``\\n``.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(f"ファイルが大きすぎます（上限 {MAX_INPUT_BYTES // (1024 * 1024)} MB）。")
    if not data.strip():
        raise ParseError("ファイルが空です。")
    encodings: tuple[str, ...] = ("utf-8", "cp932")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)  # Excel's 「Unicode テキスト」 (tab-separated, with its BOM)
    elif b"\x00" in data[:8192]:
        unmarked = utf16_unmarked(data)
        if unmarked is None:
            raise ParseError("テキストファイルではありません（バイナリデータを含みます）。")
        encodings = (unmarked,)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ParseError("文字コードを判別できません（UTF-8 または Shift_JIS で保存してください）。")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise ParseError("テキストファイルではありません（制御文字を多く含みます）。")
    return plain_blanks(text)


def nfkc(text: str) -> str:
    """Unicode NFKC: full-width digits and letters become ASCII, for matching and numbers."""
    if text.isascii():
        return text  # ASCII is its own NFKC (and asking costs nothing: CPython knows it)
    if len(text) > _CHANGED_LENGTH:
        return _nfkc_whole(text) if len(text) > _WHOLE else _nfkc_long(text)
    found = _changed.get(text)
    if found is not None:
        return found
    if text in _unchanged:
        return text
    found = unicodedata.normalize("NFKC", text)
    # CPython hands back a text already in NFKC as it is: kept apart, as the text alone
    kept: dict[str, str] | set[str] = _changed if found is not text else _unchanged
    if len(kept) >= _CHANGED_LIMIT:
        kept.clear()
    if found is not text:
        _changed[text] = found
    else:
        _unchanged.add(text)
    return found


#: Cells and lines NFKC changed (full-width brackets, digits, letters), by their text: a title or
#: an indicator name is normalised again by each rule that reads it, and normalising a text that
#: changes costs ten times the look-up. Bounded in number and length (a hostile file may bring any
#: number of long texts): at most 10,000 texts of 200 characters.
_changed: dict[str, str] = {}
#: Short texts NFKC leaves as they are (most of a plan's Japanese): asked again by every rule that
#: reads them, answered by a look-up instead of a pass over their characters. Bounded alike.
_unchanged: set[str] = set()
_CHANGED_LIMIT = 10_000
_CHANGED_LENGTH = 200


#: Longer than any cell or line: a whole document (or a large part of one).
_WHOLE = 4096
#: The last whole document normalised and its NFKC: (text, normalised).
_last_whole: tuple[str, str] | None = None
#: The last few texts too long for ``_changed`` and shorter than a whole document (a short plan's
#: whole text, which each layout's detection normalises again; a long paragraph) and their NFKC.
_recent_long: list[tuple[str, str]] = []
_RECENT_LONG = 4


def _nfkc_whole(text: str) -> str:
    """NFKC of a whole document, kept for the next caller with the same text (the same object:
    the detection of several layouts normalises ``source.text``, 20 ms for a 1 MB CSV each)."""
    global _last_whole
    last = _last_whole
    if last is not None and last[0] is text:
        return last[1]
    normalised = unicodedata.normalize("NFKC", text)
    _last_whole = (text, normalised)
    return normalised


def _nfkc_long(text: str) -> str:
    """NFKC of a text longer than ``_changed`` keeps and shorter than a whole document, kept for
    the next caller with the same text (the same object, as ``_nfkc_whole``): the whole text of a
    plan of a few pages is normalised by the detection of each layout, a fifth of parsing it."""
    for kept, normalised in _recent_long:
        if kept is text:
            return normalised
    normalised = unicodedata.normalize("NFKC", text)
    if len(_recent_long) >= _RECENT_LONG:
        del _recent_long[0]
    _recent_long.append((text, normalised))
    return normalised


#: Circled numbers ① … ⑳, with which plans number the parts of a cell. NFKC turns them into
#: digits ("①48.2%" -> "148.2%"), so they are taken care of before a text is normalised.
CIRCLED = "".join(chr(0x2460 + i) for i in range(20))
_CIRCLED_VALUE = {ch: i + 1 for i, ch in enumerate(CIRCLED)}
_ANY_CIRCLED = lazy_re(f"[{CIRCLED}]")


#: Full-width letters and digits and the ideographic space, as ASCII: what ``half_alnum`` folds.
_HALF_ALNUM = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
    | {"\u3000": " "}
)


def half_alnum(text: str) -> str:
    """``text`` with full-width letters, digits and blanks as ASCII (「ＩＣＴ」 → 「ICT」) and everything else as
    written: a title's brackets and punctuation (「（…）」「、」), which NFKC would make ASCII too, stay as printed."""
    return text.translate(_HALF_ALNUM)


def circled_value(ch: str) -> int | None:
    """1 for ①, … 20 for ⑳; None for any other character."""
    return _CIRCLED_VALUE.get(ch)


def blank_circled(text: str) -> str:
    """The text with each circled number replaced by a blank, so that NFKC cannot glue it to a number."""
    return _ANY_CIRCLED.sub(" ", text)


def split_circled(text: str) -> dict[int, str]:
    """The parts of a cell numbered ①②③ ({1: "…", 2: "…"}); {} when it has fewer than two numbers.

    Text before the first number belongs to no part; a number written twice keeps its first part.
    """
    parts: dict[int, str] = {}
    current: int | None = None
    buf: list[str] = []
    for ch in text:
        number = _CIRCLED_VALUE.get(ch)
        if number is not None:
            if current is not None:
                parts.setdefault(current, "".join(buf).strip())
            current, buf = number, []
        elif current is not None:
            buf.append(ch)
    if current is not None:
        parts.setdefault(current, "".join(buf).strip())
    return parts if len(parts) >= 2 else {}


#: Blanks other than the space, the tab and the ideographic space: the no-break space, the
#: typographic spaces U+2000–U+200A (a browser's PDF writes an ideographic space as the em
#: space U+2003), the narrow no-break and the medium mathematical space. Each is a blank to a
#: reader of the page; the zero-width space U+200B is nothing at all.
_ODD_BLANK = lazy_re(r"[\u00a0\u2000-\u200b\u202f\u205f]")
_PLAIN_BLANKS: dict[int, str | None] = {
    **{code: " " for code in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F)},
    0x200B: None,
}
_SPACES = lazy_re(r"[ \t\u3000\u00a0\u2000-\u200a\u202f\u205f]+")


def plain_blanks(text: str) -> str:
    """``text`` with every odd blank (no-break, em, thin … space) an ordinary space and the
    zero-width space dropped; the ideographic space U+3000 stays, as Japanese text writes it.

    The one home of which characters are blanks: the readers (``decode``, the workbook's cells,
    the PDF's text) call it, so that no title, name or 担当課 ends in a blank no rule strips
    (``str.strip(" :：")`` does not know an em space).
    """
    if text.isascii() or _ODD_BLANK.search(text) is None:
        return text
    return text.translate(_PLAIN_BLANKS)


#: How an indicator's name ends: a quantity (「…手続数」「…交付率」「削減した作業時間」), maybe over a period in brackets
#: (「参加者数（年間）」「交付件数（累計）」).
_QUANTITY_END = lazy_re(r"(?:数|率|割合|時間|量|額|満足度)(?:[(（][^()（）]{1,6}[)）])?$")


def names_quantity(text: str) -> bool:
    """Whether ``text`` ends as an indicator's name does: in a quantity."""
    return _QUANTITY_END.search(text.strip()) is not None


def open_brackets(text: str) -> int:
    """How many brackets ``text`` leaves open (negative: closes more than it opens), half- and full-width alike;
    a cell cut inside a bracket (「窓口業務改革（書かな」) is one."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


_CODE_DASH = lazy_re(r"\s*[-‐－ー―]\s*")


def plain_code(code: str) -> str:
    """An initiative's number as compared across tables: NFKC, every dash a hyphen, no blanks (「１－１」 is
    「1-1」)."""
    return _CODE_DASH.sub("-", squash(nfkc(code)))


def squash(text: str) -> str:
    """Trim and collapse runs of blanks (the ideographic space and the odd blanks of
    :func:`plain_blanks` included) to one space.

    Most cells have no run of blanks, no tab and no ideographic or other odd blank: for them a
    strip is the whole job, and skipping the regular expression keeps parsing a plan fast.
    """
    if "  " in text or "\t" in text or "\u3000" in text:
        return _SPACES.sub(" ", plain_blanks(text)).strip()
    if not text.isascii() and _ODD_BLANK.search(text) is not None:
        return _SPACES.sub(" ", plain_blanks(text)).strip()
    return text.strip()


class _Widths(dict[str, int]):
    """The width of each character met so far (1, or 2 for a wide or full-width one), looked up by
    ``display_width`` in C (``map`` over the text) instead of asking ``unicodedata`` per character
    in a generator: the card and outline readers measure every line, several times. Bounded: a
    hostile file may bring any number of distinct characters; past the bound they are measured
    and not kept. ``ambiguous``: the width of an East Asian ambiguous character (``char_width``)."""

    def __init__(self, ambiguous: int = 1) -> None:
        super().__init__()
        self.ambiguous = ambiguous

    def __missing__(self, char: str) -> int:
        width = char_width(char, self.ambiguous)
        if len(self) < _WIDTHS_LIMIT:
            self[char] = width
        return width


def char_width(char: str, ambiguous: int = 1) -> int:
    """Columns a character takes: a wide or full-width one two, an East Asian ambiguous one (「○」「※」) ``ambiguous``
    — one in most editors and here, two in a Japanese editor's 「タブをスペースに変換」 (``readers.tabstops``)."""
    kind = unicodedata.east_asian_width(char)
    return 2 if kind in "WF" else ambiguous if kind == "A" else 1


_WIDTHS_LIMIT = 20_000
_WIDTHS = _Widths()
_AMBIGUOUS_WIDE = _Widths(ambiguous=2)


def char_widths(ambiguous: int = 1) -> Callable[[str], int]:
    """``char_width`` with that ``ambiguous``, each character's width kept once measured (the lookup of
    ``display_width``): ``readers.tabstops`` measures every line of a text four ways, a million characters of
    ``unicodedata`` lookups (the third of the time of parsing the samples) before this."""
    if ambiguous == 1:
        return _WIDTHS.__getitem__
    if ambiguous == 2:
        return _AMBIGUOUS_WIDE.__getitem__
    return functools.partial(char_width, ambiguous=ambiguous)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width rendering: a wide (CJK) character counts 2."""
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


#: The blank a word processor sets between a digit and the kanji or kana beside it (Word's and
#: Writer's 「日本語と英数字の間隔を自動調整」), kept by a text extraction: 「300 人（令和 5 年度）」.
#: Only after a digit, or between an era (or 第) and its number: 「登録者数 300人」 keeps the blank
#: that parts the name from the value.
_AUTOSPACED = lazy_re(r"(?<=\d) (?=[\u3040-\u30ff\u4e00-\u9fff])|(?:(?<=令和|平成)|(?<=第)) (?=\d)")


def without_autospace(text: str) -> str:
    """``text`` without the blanks a word processor set beside its digits (「令和 5 年度」 → 令和5年度).

    For a field's or a value's text only: 「1.1 マイナンバーカードの利活用」 would lose the blank
    after its number, and in column-aligned text every cell after would move."""
    return _AUTOSPACED.sub("", text) if " " in text else text


def compact(text: str) -> str:
    """NFKC without any blank: the form in which labels and titles are compared ("事 業 名" -> "事業名")."""
    return "".join(nfkc(text).split())


def join_wrapped(left: str, right: str) -> str:
    """Join two pieces of a cell that a line break (or ``<br>``) separated.

    Next to Japanese the break is an artefact of the narrow cell ("事故防止シ" + "ステム",
    "Web" + "アクセシビリティの確保"), so nothing goes between; between two Latin words it
    stood for a blank.
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    return left + ("" if ord(left[-1]) > 0x7F or ord(right[0]) > 0x7F else " ") + right


def join_label(text: str) -> str:
    """Join a short label the cell wrapped ("運 営開始" -> "運営開始") but keep two phrases apart.

    Unlike a title, a label (a schedule step, a Gantt bar) may hold two phrases on two lines
    ("方針策定 研修実施"), so a blank between two non-ASCII letters is only dropped after a comma
    or next to a one-letter piece; blanks next to Latin text stay. The result is squashed.
    """
    tokens = squash(text).split(" ")
    out = tokens[0]
    for token in tokens[1:]:
        tail = re.split(r"[、，。]", out)[-1]
        head = re.split(r"[、，。]", token)[0]
        cjk = bool(out) and bool(token) and ord(out[-1]) > 0x7F and ord(token[0]) > 0x7F
        if cjk and (out.endswith(("、", "，")) or len(tail) <= 1 or len(head) <= 1):
            out += token
        else:
            out += " " + token
    return out.strip()


def prose(paragraphs: Iterable[str]) -> str | None:
    """Paragraphs as one text, one per line, the empty ones dropped; None when none is left."""
    return "\n".join(p for p in paragraphs if p) or None


def join_broken(text: str) -> str:
    """Join a phrase the PDF extraction broke across lines or spaced out letter by letter.

    Japanese prose has no spaces between words, so a space between two CJK characters is an
    artefact of extraction ("延 岡 市" -> "延岡市"); spaces around Latin words are kept.
    """
    text = squash(text.replace("\n", " "))
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


#: A superscript as the extraction writes it ("^{*1}", "^{※4}", "<sup>※1</sup>") or a reference
#: mark ("※3"), with the blanks the superscript left around it.
_MARK = lazy_re(r"[ \t\u3000]*(?:\^\{[^{}\n]{0,8}\}|<sup>[^<]{0,80}</sup>|※\s?\d+)[ \t\u3000]*")
_FOOTNOTE = lazy_re(r"\^\{?\*?\d+\}?|(?<=[^\s*])\*\d+")


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _drop_mark(m: re.Match[str]) -> str:
    """Nothing for a mark and its blanks, but one blank where it stood between two Latin words."""
    found, string = m.group(0), m.string
    before = string[m.start() - 1] if m.start() > 0 else ""
    after = string[m.end()] if m.end() < len(string) else ""
    spaced = found[:1] in " \t\u3000" or found[-1:] in " \t\u3000"
    return " " if spaced and _ascii_word(before) and _ascii_word(after) else ""


def strip_footnotes(text: str) -> str:
    """Remove footnote marks such as ``^{*1}``, ``^{※4}``, ``<sup>※1</sup>``, ``※3`` and ``*1``.

    The blanks the extraction left around a superscript or ※ mark go with it ("AI及びRPA ^{*6} の活用"
    -> "AI及びRPAの活用"), except between two Latin words, which keep one blank. The result is
    squashed.
    """
    if "^" not in text and "※" not in text and "*" not in text and "<sup" not in text:
        return squash(text)
    return squash(_FOOTNOTE.sub("", _MARK.sub(_drop_mark, text)))


def is_page_number(line: str) -> bool:
    """True for a line that holds nothing but a page number (「- 12 -」「12/40」「P.12」)."""
    return is_strong_page_number(line)


_BARE_NUMBER = lazy_re(r"\s*\d{1,4}\s*")


def without_margin(text: str) -> str:
    """A text without the page margin an extractor kept as blanks before every line
    (pdfplumber's ``extract_text(layout=True)``: 「       重点取  1 …」); pdftotext -layout's
    text starts at its first column, and the column readers take a line that starts with a
    blank for the continuation of the cell above. Each page (form feed) by its own margin;
    a text with a line at the margin is unchanged."""
    if " " * 2 not in text:
        return text
    pages = text.split("\f")
    out: list[str] = []
    for page in pages:
        lines = page.split("\n")
        margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
        out.append(
            "\n".join(line[margin:] if line.strip() else line.strip(" ") for line in lines)
            if margin >= 2
            else page
        )
    return "\f".join(out)


#: A labelled field 「実施時期：…」: an item's content, whichever page break it stands next to.
_FIELD_LINE = lazy_re(r"^([^:：]{1,14})[:：]\s*\S|^[【［\[]([^】］\]]{1,14})[】］\]]\s*\S")


#: Roles of a card's field rows (a label, blanks, its value), never a running header's first word.
_FIELD_ROLES = (
    "departments",
    "indicator",
    "baseline",
    "target",
    "actual",
    "schedule",
    "budget",
    "summary",
    "purpose",
)
#: A year as plans write it, without 年度 (NFKC text): 「令和6」「R6」「H30」「令和元」「2024」 — one pattern for every rule that
#: finds a year among words (a title's 「令和6年度 進捗状況」, a header's 「R6～R8」).
A_YEAR = r"(?:(?:令和|平成|R|H)\s*(?:元|\d{1,2})|(?:19|20)\d{2})"
#: A line that is only a year or a span of years: 「令和6年度～令和9年度」「R6～R8」「2025年度」.
_YEAR_SPAN = lazy_re(rf"{A_YEAR}\s*(?:年度|年)?(?:\s*[～〜~\-－―から]\s*{A_YEAR}?\s*(?:年度|年)?)?\s*(?:まで)?")
#: A year, as ``_YEAR_SPAN`` writes it.
_A_YEAR = lazy_re(A_YEAR)


def span_of_years(text: str) -> bool:
    """Whether ``text`` is a span of two years and nothing else (「R6～R8」「令和6年度～令和8年度」), as a 実施期間's cell
    gives it — not a year alone (「R6」, a 工程 year's cell or label), nor 「R6～」."""
    return bool(_YEAR_SPAN.fullmatch(text)) and len(_A_YEAR.findall(text)) == 2


def _numbered_heading(text: str) -> bool:
    """Whether ``text`` is a heading numbered by its word (「重点プロジェクト２　…」「基本目標１　…」): a plan's part, which a
    first page may list and a page may begin with, no running header."""
    from .shapes.numbering import marker  # the shapes import this module

    found = marker(text)
    return found is not None and found.kind.startswith("word:") and bool(found.rest)


#: A running header or footer that carries its page number a wide gap after (or before) its words:
#: 「翠嶺県市町村ＤＸ支援プログラム　　　　　　２」.
_NUMBERED_HEADER = lazy_re(
    r"^\s*(?P<words>\S.*?\S)(?:\s{2,}|\u3000+)(?P<number>[0-9０-９]{1,3})\s*$"
    r"|^\s*(?P<number2>[0-9０-９]{1,3})(?:\s{2,}|\u3000+)(?P<words2>\S.*?\S)\s*$"
)


_WIDE_APART = lazy_re(r"\s{2,}|\u3000+")
#: A number standing alone among a line's words (「重点取組事項名  1 行政サービスを…」): a card's value, no header's.
_LONE_NUMBER = lazy_re(r"(?:^|\s)[0-9０-９]{1,3}(?=\s|$)")
#: A blank to fill in (「その他（　　　　）」): a form's, never a running header's.
_FILL_IN = lazy_re(r"[（(][\s\u3000]*[）)]")
#: A page's header set at its two edges: its words left, a chapter's right, a page's width apart.
_EDGES = lazy_re(r"^\s*(?P<left>\S(?:.{0,38}\S)?)\s{16,}(?P<right>\S(?:.{0,38}\S)?)\s*$")


def _header_wide(text: str) -> bool:
    """Whether a line is as wide as a running header is: 80 columns at most as printed (blanks counted: a table's
    title line of cells apart is wider), or two short words at a page's two edges (「若菜市ＤＸ推進計画　…　第３章　取組」)."""
    return len(text.strip()) <= 80 or _EDGES.match(text) is not None


def _numbered_headers(lines: list[str]) -> set[int]:
    """Indices of the running headers that carry their page number (a PDF's header line, its title left and its
    number right, as ``pdftotext -layout`` keeps it): the same words of six characters or more on two lines or more,
    each with a number after a wide gap, the numbers rising."""
    from .labels import classify  # the labels import this module

    hits: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        found = _NUMBERED_HEADER.match(line) if len(line) < 200 else None
        if found is None:
            continue
        words = found.group("words") or found.group("words2")
        if _LONE_NUMBER.search(words) or any(
            classify(cell, loose=False) is not None for cell in _WIDE_APART.split(words.strip())
        ):
            continue  # 「重点取組事項名  1 …      管理番号    5」: a card's row of labels and values, no header
        if _FILL_IN.search(words):
            continue  # a questionnaire's choice with its blank (若草野町's 調査票, batch 35: 「５　その他（　　）」 under 問３ and
            # 「７　その他（　　）」 under 問５, the numbers rising as a page's do): no header
        number = int(nfkc(found.group("number") or found.group("number2")))
        if len(squash(words)) >= 6 or (len(squash(words)) >= 2 and _alone(lines, index)):
            hits.setdefault(squash(words), []).append((index, number))
    out: set[int] = set()
    paged = any("\f" in line for line in lines)
    for words, found_lines in hits.items():
        numbers = [number for _, number in found_lines]
        if paged and not all(_at_page_edge(lines, index) for index, _ in found_lines):
            continue  # where the pages are marked, a header is a page's first line or its last
        # a short foot (「朝露町　５」, the town's name and the page number: batch 38) on three pages or more, a line alone
        needed = 2 if len(words) >= 6 else 3
        if len(found_lines) >= needed and all(a < b for a, b in itertools.pairwise(numbers)):
            out.update(index for index, _ in found_lines)
    return out


def _alone(lines: list[str], index: int) -> bool:
    """Whether line ``index`` stands alone between blank lines (or the text's ends)."""
    return (index == 0 or not lines[index - 1].strip()) and (index + 1 >= len(lines) or not lines[index + 1].strip())


def _at_page_edge(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is its page's first or last line with words (pdftotext begins each page after the
    first with a form feed)."""
    if "\f" in lines[index]:
        return True  # the page's first line
    at = index - 1
    while at >= 0 and not lines[at].strip() and "\f" not in lines[at]:
        at -= 1
    if at < 0 or not lines[at].strip():
        return True  # nothing before it on its page
    at = index + 1
    while at < len(lines) and not lines[at].strip() and "\f" not in lines[at]:
        at += 1
    return at >= len(lines) or "\f" in lines[at]  # the next page's first line after it


#: A count of pages written as a figure is (「45ページ」): a page number's shape, also a KPI's figure.
_PAGES_FIGURE = lazy_re(r"\s*[0-9０-９][0-9０-９,，]*\s*ページ\s*")


def _figure_in_pages(lines: list[str], at: int) -> bool:
    """Whether 「45ページ」 at ``at`` is a figure counted in pages, not a page's number: a line of its kind stands next to
    it (a table's row copied a cell a line: 「45ページ」「60ページ」「96ページ」 under 「多言語に対応したページ数」) — a page
    number stands alone between a page's last line and the next page's first."""
    if not _PAGES_FIGURE.fullmatch(lines[at]):
        return False
    for step in (-1, 1):
        near = at + step
        while 0 <= near < len(lines) and not lines[near].strip():
            near += step
        if 0 <= near < len(lines) and _PAGES_FIGURE.fullmatch(lines[near]):
            return True
    return False


def page_furniture(lines: list[str]) -> set[int]:
    """Indices of the lines that are page furniture, not content: page numbers, form feeds, and
    the running headers and footers printed next to them on every page.

    A text extracted from a PDF (or a text someone pasted page by page) carries, at each page
    break, a footer, a page number and the next page's header — wherever the break falls,
    inside a card or a table too. A page number is recognised by its shape; a header or footer
    by being the line next to a page number at several page breaks with the same text, or
    by repeating a line of the cover (the plan's title, the municipality) next to one. The same
    text elsewhere (the cover itself, a heading) is kept.
    """
    marks = [
        i
        for i, line in enumerate(lines)
        if line.strip() == "\f" or (is_page_number(line) and not _figure_in_pages(lines, i))
    ]
    marks += sorted(_numbered_headers(lines) - set(marks))
    found = set(marks)
    # pdftotext ends a page with its bare number 「12」 and starts the next with a form feed: a
    # bare number next to a form feed is a page number, the form feed's line a page's first.
    for index, line in enumerate(lines):
        if "\f" in line and line.strip() != "\f":
            marks.append(index)
            for near_index in (index - 1, index + 1):
                if 0 <= near_index < len(lines) and _BARE_NUMBER.fullmatch(
                    lines[near_index].replace("\f", "")
                ):
                    marks.append(near_index)
                    found.add(near_index)
    # a text pasted page by page ends each page with its bare number 「12」「13」「14」 in order, and the
    # next page starts with its running header: numbers in sequence before one repeated line
    bare = [(i, int(line.strip())) for i, line in enumerate(lines) if line.strip() and _BARE_NUMBER.fullmatch(line)]
    # a run goes on past other bare numbers between its own (a table's row numbers 「6」 「0」 「0」 「7」
    # copied a cell a line, the 「0」 a row's figures): the rows' first cells then name no running header
    runs: list[list[int]] = []
    lasts: list[int] = []
    for index, number in bare:
        slot = next((k for k in range(len(runs) - 1, -1, -1) if lasts[k] == number - 1), None)
        if slot is None:
            runs.append([])
            lasts.append(number)
            slot = len(runs) - 1
        runs[slot].append(index)
        lasts[slot] = number
    from .labels import classify  # the labels import this module

    # where the text keeps its page breaks, a page has one number: numbers in sequence two on a
    # page are a table's row numbers (a reading-flow text's 「1」「市」 … 「2」「市」), not pages'
    breaks = [i for i, line in enumerate(lines) if "\f" in line]
    for run in runs:
        pages = [bisect.bisect_left(breaks, i) for i in run]
        if breaks and len(set(pages)) < len(pages):
            continue
        after = [next((squash(t) for t in lines[i + 1 :] if t.strip()), "") for i in run]
        before = [next((squash(t) for t in reversed(lines[:i]) if t.strip()), "") for i in run]
        if any(len(t) <= 12 and not _VALUED.search(t) and classify(t, loose=False) is not None for t in after + before):
            continue  # 「管理番号」「1」「事業名」: a card's number between its labels (「実施時期：2027年度～」 is a field, no label)
        headers = [t for t in after if t]  # the last page's number has no page after it
        if (len(run) >= 3 and headers and max(headers.count(t) for t in headers) >= max(2, len(headers) - 1)) or (
            _spread_alone(lines, run)
        ):
            marks += [i for i in run if i not in found]
            found.update(run)
    for run in _footed_numbers(lines, bare, breaks):
        marks += [i for i in run if i not in found]
        found.update(run)
    if not marks:
        return found
    # the cover: the lines before the first page break (at most 30), not a first page's content
    # (a markdown heading's 「#」 is not part of the title a running header repeats)
    cover = {squash(line.strip().lstrip("#")) for line in lines[: min(30, min(marks))] if line.strip()}
    first = [squash(line.strip().lstrip("#")) for line in lines[: min(30, min(marks))] if line.strip()][:3]
    # the cover's title over two lines is one running header on the pages after it (「萌木町ＤＸ推進計画」
    # 「成果指標（ＫＰＩ）の進捗状況」 → 「萌木町ＤＸ推進計画　成果指標（ＫＰＩ）の進捗状況」)
    cover |= {squash(f"{a} {b}") for a, b in itertools.pairwise(first)}
    near: dict[str, list[int]] = {}
    # a page's first line shares its line with the form feed (「\f延岡市…計画」): a header itself
    for index, line in enumerate(lines):
        if "\f" in line and line.strip() and "\t" not in line and _header_wide(line):
            near.setdefault(squash(line), []).append(index)
    ending: set[int] = set()  # the lines met before a page break (a page's last)
    for mark in marks:
        for step in (-1, 1):
            i, seen = mark + step, 0
            while 0 <= i < len(lines) and seen < 1:
                text = lines[i]
                if text.strip() and i not in found:
                    seen += 1
                    if "\t" not in text and not text.lstrip().startswith("|") and _header_wide(text):
                        near.setdefault(squash(text), []).append(i)
                        if step < 0:
                            ending.add(i)
                i += step
    needed = max(2, _page_breaks(marks) // 2)
    cover_top = [squash(line.strip().lstrip("#")) for line in lines[: min(30, min(marks))] if line.strip()][
        :3
    ]
    running: set[str] = set()
    repeated: set[str] = set()  # (those at enough page breaks)
    for text, indices in near.items():
        if len(nfkc(text).strip()) < 2:
            continue  # 「Ｂ」: a row's 評価 ending two pages, not a running header (a header has words)
        field = _FIELD_LINE.match(text)
        if field and classify(field.group(1) or field.group(2), loose=False) is not None:
            continue  # 「実施時期：令和7年度～令和11年度」 of two items, each by chance at a page's end
        label, _, value = re.sub(r"^[◇◆□■○●・･▽▼]\s*", "", text).replace("\u3000", " ").partition(" ")
        column = classify(label, loose=False) if value else None
        if column is not None and column.role in _FIELD_ROLES:
            continue  # 「スケジュール　令和6年度～令和9年度」: a card table's row, its label one blank before the value
        ends = {i for i in indices if i in ending}
        if ends and len(ends) < len(set(indices)) and max(len(ends), len(set(indices) - ends)) < needed:
            continue  # a page's last line once and another's first once (雪代町's 「基本方針３ 地域のデジタル化」 ending
            # 第２章's list and heading 第３章's page): a header or a footer keeps its side of the break
        if len(set(indices)) >= needed:
            found.update(indices)
            running.add(text)
            repeated.add(text)
        elif (
            text in cover
            and not (set(indices) <= ending and all(len(_COLUMN_GAP.split(lines[i].strip())) >= 3 for i in indices))
            and not (_YEAR_SPAN.fullmatch(text) and text not in cover_top)
        ):
            # the cover's title or name repeated at a page break — not a line of three columns or
            # more ending a page (a table's header printed on the first page, and again at the foot
            # of a page whose table goes on over the page), nor a bare 「令和6年度～令和9年度」 (a 工程's
            # value on the first page and on the last one, unless the cover's first lines print it)
            # …but not a label the body repeats away from the breaks too (a table's header 「目標値（R10）」
            # under every 施策, one of them on the first page and one after a break). A title that is
            # no label stays a header there: a reading-flow extractor (pdfminer) sets a page's running
            # header 「日田市DX推進計画」 anywhere on its page, next to the break on some pages only.
            body = min(30, min(marks))
            at = set(indices)
            if len(set(indices)) == 1 and _numbered_heading(text):
                continue  # 「重点プロジェクト２　町民に届く情報発信」 listed on the first page, its heading after a break
            if _twice_on_a_page(lines, text, breaks or sorted(set(marks))):
                continue  # 「年度）  年度）」, a card's table header's wrapped tails: under every card, one at a break
            if classify(text, loose=False) is None or not any(
                i not in at and squash(lines[i]) == text for i in range(body, len(lines))
            ):
                found.update(i for i in indices if i >= body)
                running.add(text)
    found |= _first_page_header(lines, repeated, breaks)
    found |= _chapter_headers(lines, breaks or sorted(set(marks)), found)
    # looked for amid a page: a header that repeats the cover's first lines (the plan's title, the
    # name), not a vertical label's letter (「ア」) nor a table header on page 1 (「令和5年度末」)
    top = [squash(line.strip().lstrip("#")) for line in lines[: min(30, min(marks))] if line.strip()][:3]
    running = {text for text in running if text in top and len(text) >= _DISPLACED_HEADER_CHARS}
    if running and breaks:
        found |= _displaced_headers(lines, breaks, running, found)
    return found


#: The fewest lines between two pages' numbers (a page of a plan holds more than a heading and a line).
_PAGE_LINES = 5


#: A label with its value after a colon: 「実施時期：2027年度～」.
_VALUED = lazy_re(r"[:：]\s*\S")

#: How many bare numbers in sequence, each a line alone between blank lines, are a text's page numbers without a
#: running header or footer beside them.
_SPREAD_PAGES = 5
#: The fewest lines between two of them: a page's text is longer than a card numbered 「1」「2」 … alone on its line
#: (the review's cards seven lines apart had been taken for page numbers).
_SPREAD_GAP = 12


def _spread_alone(lines: list[str], run: list[int]) -> bool:
    """Whether a run of bare numbers in sequence (「1」「2」 … 「14」) are page numbers with nothing printed beside them: five
    or more, each a line alone between blank lines, all but one a page's length or more after the one before (a page
    left blank between two chapters, 「10」 over 「11」). 菫野市's (batch 38) had gone into the 取組 above them (「実施時期：
    2027年度～」 then 「9」: a 工程 of 2027 alone); a table copied a cell a line has its numbers under each other."""
    if len(run) < _SPREAD_PAGES:
        return False
    alone = all(
        (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip()) for i in run
    )
    short = sum(1 for a, b in itertools.pairwise(run) if b - a < _SPREAD_GAP)
    return alone and short <= 1 and not any(_heads_a_card(lines, i) for i in run)


#: A field's label before its colon (「取組名：電子申請の拡充」).
_NAMED_FIELD = lazy_re(r"^([^:：\s]{1,12})\s*[:：]")


def _heads_a_card(lines: list[str], at: int) -> bool:
    """Whether the number at ``at`` is a card's: the line after it names a title before a colon (「取組名：…」), as cards
    numbered 「1」「2」 … alone on their lines do (the review's case: taken for page numbers); a table's header
    (「取組名　成果指標　…」 at a page's top) is none."""
    from .labels import classify

    following = next((squash(t) for t in lines[at + 1 :] if t.strip()), "")
    named = _NAMED_FIELD.match(following) if "\t" not in following else None
    column = classify(named[1], loose=False) if named else None
    return column is not None and column.role == "title"


def _footed_numbers(lines: list[str], bare: list[tuple[int, int]], breaks: list[int]) -> list[list[int]]:
    """Bare page numbers under the line every page's foot prints over them (「鶴見ヶ丘市ＤＸ推進計画」 / 「5」, a blank line
    above the one and below the other): one line over three bare numbers or more, rising page by page (not each the last plus one: a page between may end
    without its number in the text), and no label (「管理番号」 / 「1」 is a card's field). Each such run (the line
    itself is then found as the running footer beside them). Where the text keeps its page breaks, one to a page.
    鶴見ヶ丘市's, 梓川県's and 藤白市's had gone into the last 取組 of each page, as its schedule's step or summary."""
    from .labels import classify  # the labels import this module

    over: dict[str, list[tuple[int, int]]] = {}
    for index, number in bare:
        # the pair set apart from the page's text by a blank line above and below (a table copied a cell a line puts
        # its rows' numbers under the row above's last cell, 「総務課」 / 「12」, with no blank between); plain pdftotext
        # writes a foot's title and number (one line, 「朝凪県デジタル推進計画【概要版】　　5」) a blank line apart, the
        # number the page's last line
        gap = 2 if index >= 1 and not lines[index - 1].strip() and _ends_page(lines, index) else 1
        if index < gap + 1 or lines[index - gap - 1].strip() or (index + 1 < len(lines) and lines[index + 1].strip()):
            continue
        above = squash(lines[index - gap])
        if above and "\t" not in above and not _BARE_NUMBER.fullmatch(above):
            over.setdefault(above, []).append((index, number))
    runs = []
    for text, numbered in over.items():
        if len(numbered) < 3 or classify(text, loose=False) is not None or not _header_wide(text):
            continue
        pairs = list(itertools.pairwise(numbered))
        if not all(b[1] > a[1] and b[0] - a[0] >= _PAGE_LINES for a, b in pairs):
            continue
        pages = [bisect.bisect_left(breaks, i) for i, _ in numbered]
        if breaks and len(set(pages)) < len(pages):
            continue
        runs.append([i for i, _ in numbered])
    return runs


def _ends_page(lines: list[str], at: int) -> bool:
    """Whether ``lines[at]`` is its page's last line: only blank lines after it up to a form feed or the text's end."""
    for line in lines[at + 1 :]:
        if "\f" in line:
            return True
        if line.strip():
            return False
    return True


#: How long a running header may be that the first page prints too, over the cover's title (「資料２」「（案）」「計画」).
_SHORT_HEADER_CHARS = 8


def _first_page_header(lines: list[str], running: set[str], breaks: list[int]) -> set[int]:
    """The first page's copy of a short running header (「計画」「（案）」 over every page, the first too): its first line,
    where the pages are marked. A longer one there is the cover's title, kept."""
    if not breaks:
        return set()
    first = next((i for i, line in enumerate(lines[: breaks[0]]) if line.strip()), None)
    if first is None:
        return set()
    text = squash(lines[first])
    return {first} if text in running and len(text) <= _SHORT_HEADER_CHARS else set()


def _twice_on_a_page(lines: list[str], text: str, breaks: list[int]) -> bool:
    """Whether a page after the first (between two of the ``breaks``: the first has the cover's title and its running
    header) prints the line ``text`` twice or more: content printed under each item, not the page's running header.
    A break's own line is its new page's first (「\f延岡市…計画」: pdftotext sets the form feed before the next page's
    header; counted on the page before, a reading-flow extractor's header set amid its page would make two there)."""
    pages = Counter(bisect.bisect_right(breaks, i) for i, line in enumerate(lines) if squash(line) == text)
    return any(n >= 2 for page, n in pages.items() if page)


def _page_breaks(marks: list[int]) -> int:
    """How many page breaks the marks make: a page's number and the form feed on the line after it
    (「－ 11 －」「\f藍川市DX推進計画…」) are one break, not two."""
    breaks, last = 0, -10
    for mark in sorted(set(marks)):
        if mark - last > 2:
            breaks += 1
        last = mark
    return breaks


#: The blanks between columns of a line laid out by ``pdftotext -layout``.
_COLUMN_GAP = lazy_re(r"\s{2,}")
#: The fewest characters of a running header looked for amid a page (a plan's title, a name).
_DISPLACED_HEADER_CHARS = 6


#: A chapter's, section's or part's number: 「第5章」「第２節」「第一部」 (the one pattern every reader tells them by).
CHAPTER_MARK = r"第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[章節部編]"
_CHAPTER_MARK = lazy_re(CHAPTER_MARK)


def is_chapter_heading(line: str) -> bool:
    """Whether ``line`` opens with a chapter's number (「第２章　計画の基本的な考え方」): a heading, never a plan's title
    nor a table's row."""
    return _CHAPTER_MARK.match(nfkc(line).strip()) is not None


#: A chapter's numbered heading (NFKC): 「２　取組一覧」「3. 施策の展開」「第4章 …」「Ⅱ 取組」.
_CHAPTER_HEADING = lazy_re(
    rf"(?:\d{{1,2}}[.．]?|{CHAPTER_MARK}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.．]?"
    r"|(?:取組|施策|基本目標|基本方針|重点|プロジェクト)\s*\d{1,2}\s*[:：]?)\s+\S"  # 「取組 1 : 行政手続のオンライン化」
)


def _chapter_headers(lines: list[str], breaks: list[int], found: set[int]) -> set[int]:
    """The chapter's heading a page repeats under its running header (「２　取組一覧」 atop every page
    of the chapter): the first line of a page after the form feed and the furniture, the same on
    three pages or more. The first time it is printed it is the chapter's heading and is kept; each
    page after that prints it as a header, amid an item that runs on over the page."""
    firsts: dict[str, list[int]] = {}
    for start in breaks:
        i = start
        while i < len(lines) and (i in found or not lines[i].replace("\f", "").strip()):
            i += 1
        if i < len(lines) and i not in found and "\t" not in lines[i]:
            text = squash(lines[i].replace("\f", ""))
            if 0 < len(text) <= 40 and not is_page_number(text) and _CHAPTER_HEADING.match(nfkc(text)):
                firsts.setdefault(text, []).append(i)
    out: set[int] = set()
    for text, indices in firsts.items():
        if len(indices) < 3 and is_chapter_heading(text):
            # 「第５章　併せて取り組むべき事項」 atop a page whose chapter began above it, no other chapter's heading between:
            # the page's running header, amid an item that runs on over the page (杉森市's 8-1 lost its 成果指標 and
            # スケジュール after it); the chapter's first heading, and a 目次's list of them above it, stay
            out.update(i for i in indices if _repeats_its_chapter(lines, i, found))
        if len(indices) < 3 and all(_amid_rows(lines, i, found) and not _new_section(lines, i) for i in indices):
            # a section's name printed atop a page that a card's table runs over (「| …システム更新 | →」, the
            # break, 「取組 1 : 行政手続のオンライン化」, 「| 運用 | … |」): the page's header where the section has its
            # heading elsewhere
            printed = _heading_key(text)
            if any(i not in indices and _heading_key(line) == printed for i, line in enumerate(lines) if line.strip()):
                out.update(indices)
            continue
        if len(indices) >= 3:
            # the first kept as the chapter's heading — unless the chapter has its heading elsewhere (「## 取組 1：
            # 行政手続のオンライン化」 where the chapter starts, 「取組 1 : 行政手続のオンライン化」 atop its pages)
            printed = _heading_key(text)
            elsewhere = any(
                i not in indices and _heading_key(line) == printed for i, line in enumerate(lines) if line.strip()
            )
            out.update(indices if elsewhere else indices[1:])
    return out


def _repeats_its_chapter(lines: list[str], at: int, found: set[int]) -> bool:
    """Whether the line ``at`` repeats the heading of the chapter it is in: the nearest chapter heading above it (「第５章
    …」, not furniture) is the same heading."""
    printed = _heading_key(lines[at])
    for i in range(at - 1, -1, -1):
        if i not in found and is_chapter_heading(lines[i].replace("\f", "")):
            return _heading_key(lines[i]) == printed
    return False


def _amid_rows(lines: list[str], at: int, found: set[int]) -> bool:
    """Whether the line ``at`` stands between two rows of a table, furniture and blank lines aside."""

    def row(step: int) -> bool:
        i = at + step
        while 0 <= i < len(lines) and (i in found or not lines[i].replace("\f", "").strip()):
            i += step
        return 0 <= i < len(lines) and (lines[i].lstrip().startswith("|") or "\t" in lines[i])

    return row(-1) and row(1)


def _new_section(lines: list[str], at: int) -> bool:
    """Whether the heading ``at`` (「基本方針１　便利な役場」) starts its section rather than repeats it: since it was
    printed last, another heading of its word was (「基本方針２」「基本方針３」 of a 体系 listed before the 取組). 琴浦野村
    (batch 35) had 第４章's 「基本方針１」 — between the 取組の一覧's last row and 1-1's table atop a page — taken for a
    running header, 1-1's table read as the 一覧's."""
    text = nfkc(lines[at].replace("\f", "")).strip()
    word = re.match(r"[^\d\s]+", text)
    if word is None or not text[word.end() :][:1].isdigit():
        return False
    printed = _heading_key(text)
    last = next((i for i in range(at - 1, -1, -1) if _heading_key(lines[i]) == printed), None)
    return last is not None and any(
        nfkc(lines[i]).strip().startswith(word.group(0)) and _heading_key(lines[i]) != printed
        for i in range(last + 1, at)
    )


def _heading_key(text: str) -> str:
    """A heading as compared: no markdown 「#」, blanks or colons, NFKC (「## 取組 1：…」 is 「取組 1 : …」)."""
    return re.sub(r"[\s:：#]", "", nfkc(text.replace("\f", "")))


def _displaced_headers(lines: list[str], breaks: list[int], running: set[str], found: set[int]) -> set[int]:
    """Running headers an extractor put amid a page's text rather than next to its break.

    pdfminer orders a page's text boxes by its own layout analysis: on some pages the header
    comes after a few rows of a card (「| 数値目標（KGI）| …」「大野城市DX推進計画」「| 評価指標（KPI）…」),
    where no page number is next to it. A page has one running header: on a page (between two
    form feeds) where none was found, the one line that is a running header's text, alone on
    its line and not a heading or a table row, is it. Two such lines on a page are left alone
    (the text may be a heading there)."""
    out: set[int] = set()
    bounds = [*sorted(set(breaks)), len(lines)]
    for start, end in itertools.pairwise(bounds):
        if any(start <= i < end for i in found if squash(lines[i].replace("\f", "")) in running):
            continue
        same = [
            i
            for i in range(start, end)
            if squash(lines[i].replace("\f", "")) in running
            and not lines[i].lstrip("\f ").startswith(("#", "|"))
        ]
        if len(same) == 1:
            out.add(same[0])
    return out


#: Labels that mark a point reached, not work that goes on: they do not continue (label_spans).
MILESTONES = lazy_re(r"(?:済|済み|完了|達成|終了)(?:予定)?$")


def label_spans(cells: list[str], width: int) -> list[tuple[int, int]]:
    """The slots each label of a 工程表 row covers, as (first, last) indices.

    A Gantt row writes a step's label where its bar starts; the bar itself is a drawing the
    text does not keep. So a label continues over the empty year cells after it, up to the
    next label of the row or its end (``width`` slots): 「検討 | 導入 | | 」 is 検討 in the first
    year, 導入 from the second to the fourth. A milestone (「導入済み」「目標達成」「完了」) stays in
    its own slot. Cells beyond ``width`` are not part of any span.
    """
    filled = [i for i, cell in enumerate(cells[:width]) if cell.strip()]
    if not filled:
        return []
    ends = [*filled[1:], width]
    return [
        (start, start if MILESTONES.search(cells[start].strip()) else end - 1)
        for start, end in zip(filled, ends, strict=True)
    ]


#: Marks a plan writes into a title: 【新規】【新】【完了】【再掲】【一部実施済】 …, known anywhere in
#: the title; any other short 【…】 only at its start or end (「【情報化】の推進」 keeps its brackets).
_KNOWN_MARK = r"新規|新|完了|再掲|拡充|継続|重点|一部実施済|一部実施中|実施済|実施中|終了|廃止|削除"
_TITLE_MARK = lazy_re(
    rf"[【［\[]\s*({_KNOWN_MARK})\s*[】］\]]|^\s*【([^【】]{{1,10}})】|【([^【】]{{1,10}})】\s*$"
)


def title_marks(title: str) -> tuple[str, list[str]]:
    """A title without the marks written into it, and the marks in order:
    "生成AIの導入【新規】" -> ("生成AIの導入", ["新規"])."""
    if "【" not in title and "[" not in title and "［" not in title:
        return title, []
    marks: list[str] = []
    rest = title
    while True:
        m = _TITLE_MARK.search(rest)
        if m is None:
            break
        marks.append(next(g for g in m.groups() if g).strip())
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if not marks or not rest.strip():
        return title, []
    return squash(rest), list(dict.fromkeys(marks))


_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}


def era_year(era: str, n: str) -> int | None:
    """The Western year of 令和/平成 (or R/H) year ``n``: 令和N = 2018+N, 平成N = 1988+N, 元 = 1.

    None for year 0 or an era this does not know.
    """
    base = _ERAS.get(era.upper())
    number = 1 if n == "元" else int(n)
    if base is None or number < 1:
        return None
    return base + number


_FY = lazy_re(
    r"(?P<era>令和|平成|R|H)\s*(?P<n>元|\d{1,2})(?!\d)\s*(?:年度?)?(?P<end>末)?"
    r"(?:\s*[（(]?\s*(?P<half>前期|後期|上期|下期|上半期|下半期)\s*[)）]?)?"
)
_WESTERN_FY = lazy_re(r"(?P<year>(?:19|20)\d{2})\s*年度?")


#: A date as the workbook reader writes one (``YYYY-MM-DD``, time of day left out).
_ISO_DATE = lazy_re(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.]\d{1,2}")


def parse_fy(text: str) -> tuple[int, int | None] | None:
    """Read the first fiscal year in ``text`` as (Western fiscal year, half or None).

    令和N = 2018+N, 平成N = 1988+N, "R6" = 令和6, "令和元年" = 2019, "令和5年度(前期)" = (2023, 1),
    "令和5年度末" = 2023; four-digit Western years are taken as written, two-digit ones never; a
    date (``2024-03-31``, a workbook's date cell) is in the fiscal year April to March.
    """
    t = nfkc(text)
    date = _ISO_DATE.fullmatch(t.strip())
    if date:  # a date Excel stored in a 年度 cell (「2024-03-31」「2024/3/31」): January to March end the year before
        calendar, month = int(date.group(1)), int(date.group(2))
        return (calendar if month >= 4 else calendar - 1), None
    m = _FY.search(t)
    if m:
        year = era_year(m.group("era"), m.group("n"))
        if year is None:
            return None
        half = m.group("half")
        half_no = None if not half else (1 if half in ("前期", "上期", "上半期") else 2)
        return year - ends_year_before(t, m), half_no
    m = _WESTERN_FY.search(t)
    if m:
        return int(m.group("year")) - ends_year_before(t, m), None
    return None


#: A month after a calendar year (「令和５年３月末」「2024年3月31日」).
_MONTH_AFTER = lazy_re(r"\s*(\d{1,2})\s*月")
#: A month after a short era year, a dot between: 「R6.3末」「R6.3.31」 (not 「R6.10」's October of the same year's
#: fiscal year, which counts from April).
_DOTTED_MONTH = lazy_re(r"\.(\d{1,2})(?![\d,])(?:\.\d{1,2})?")


def ends_year_before(text: str, year: re.Match[str]) -> int:
    """1 where the year ``year`` matched is a calendar year (「年」, not 「年度」) followed by January to March:
    「令和５年３月末」 is the end of 令和４年度, as a date cell 2024-03-31 is of 2023; else 0."""
    written = year.group(0).rstrip()
    if not written.endswith(("年", "年度")) and (dotted := _DOTTED_MONTH.match(text, year.end())) is not None:
        return 1 if 1 <= int(dotted.group(1)) <= 3 else 0  # 「R6.3末」「R6.3.31」: March of 令和６年
    if not written.endswith("年"):
        return 0
    month = _MONTH_AFTER.match(text, year.end())
    return 1 if month is not None and 1 <= int(month.group(1)) <= 3 else 0


#: A year written in both styles, the other in brackets: 「令和７（2025）年度」「R7(2025)」「2025（令和７）年度」, and with
#: 「年度」 on both (萩ノ台市's cover 「令和７年度（2025年度）～令和10年度（2028年度）」).
_BOTH_STYLES = lazy_re(
    r"(?P<era>令和|平成|[RＲHＨ])\s*(?P<n>元|[0-9０-９]{1,2})(?P<fy>\s*年度)?\s*[（(]\s*(?P<w>(?:19|20|１９|２０)[0-9０-９]{2})"
    r"(?(fy)\s*年度)\s*[)）]"
    r"|(?P<w2>(?:19|20|１９|２０)[0-9０-９]{2})(?P<fy2>\s*年度)?\s*[（(]\s*(?P<era2>令和|平成|[RＲHＨ])\s*"
    r"(?P<n2>元|[0-9０-９]{1,2})(?(fy2)\s*年度)\s*[)）]"
)


def one_year_style(text: str) -> str:
    """A year written in both styles as the first of them alone: 「令和７（2025）年度～令和11（2029）年度」 →
    「令和７年度～令和11年度」, 「2025（令和７）年度」 → 「2025年度」 — one year to every reader (a range, a cover's
    period, a value's year), where the two agree (a bracket that names another year is left as written)."""
    if "(" not in text and "（" not in text:
        return text

    def first(match: re.Match[str]) -> str:
        if match.group("era"):
            era, n, western, kept = match.group("era"), match.group("n"), match.group("w"), "era"
        else:
            era, n, western, kept = match.group("era2"), match.group("n2"), match.group("w2"), "w2"
        same = era_year(nfkc(era), nfkc(n)) == int(nfkc(western))
        if not same:
            return match.group(0)
        # 「令和７年度（2025年度）」: 「令和７年度」
        return f"{era}{n}{match.group('fy') or ''}" if kept == "era" else f"{western}{match.group('fy2') or ''}"

    return _BOTH_STYLES.sub(first, text)


def fy_of(text: str) -> int | None:
    """The fiscal year in ``text`` (see parse_fy), without the half."""
    found = parse_fy(text)
    return found[0] if found else None


_YEAR_CELL = lazy_re(r"(?P<era>令和|平成)(?P<n>元|\d{1,2})年度")


def year_cell(text: str) -> int | None:
    """The fiscal year of a cell that holds only a year label, as table headers do: "令和3年度",
    "令和 5 年度" -> 2021, 2023. None for any other cell ("令和5年度末", "R5", a label, prose)."""
    if "年" not in text or len(text) > 40:  # a year label is short: skip prose quickly
        return None
    m = _YEAR_CELL.fullmatch(compact(text))
    return era_year(m.group("era"), m.group("n")) if m else None


_YEAR_MONTH = lazy_re(
    r"(?:(?<![A-Za-z])(?P<era>令和|平成|R|H)\s*(?P<n>元|\d{1,2})(?:\s*\(\s*(?:19|20)\d{2}\s*\))?"
    r"|(?<!\d)(?P<y>(?:19|20)\d{2}))\s*年\s*(?P<m>\d{1,2})\s*月"
)


def year_month(text: str, *, whole: bool = False) -> str | None:
    """A date such as a cover's "令和4年8月" (or "令和4（2022）年8月", "2022年8月") as "2022-08".

    Calendar year and month (the era offsets are those of fiscal years). The first such date in
    ``text``; with ``whole``, only when the text is that date and nothing else (a cover line, not
    a sentence that mentions a date). None for a month outside 1–12.
    """
    t = nfkc(text)
    if whole:
        t = squash(t)
        m = _YEAR_MONTH.fullmatch(t)
    else:
        m = _YEAR_MONTH.search(t)
    if m is None:
        return None
    year = int(m.group("y")) if m.group("y") else era_year(m.group("era"), m.group("n"))
    month = int(m.group("m"))
    if year is None or not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}"


#: One end of a plan period: 令和4年度, R6, 令和4(2022)年度, 2024年度 (NFKC text).
_PERIOD_END = (
    r"(?:(?<![A-Za-z])(?:令和|平成|R|H)\s*(?:元|\d{1,2})(?!\d)\s*(?:\(\s*(?:19|20)\d{2}\s*\)\s*)?(?:年度?)?"
    r"|(?<!\d)(?:19|20)\d{2}\s*年度?)"
)
_PERIOD = lazy_re(rf"(?P<start>{_PERIOD_END})\s*(?:から|[~〜\-ー―—–]{{1,3}})\s*(?P<end>{_PERIOD_END})")


def plan_period(text: str) -> tuple[int, int] | None:
    """A plan period "令和4（2022）年度から令和7（2025）年度" / "令和5年度～令和8年度" as (2022, 2025).

    The first pair of fiscal years joined by から or a dash in ``text`` that can be a period:
    the end not before the start, and less than 20 years apart.
    """
    for m in _PERIOD.finditer(nfkc(one_year_style(text))):
        start, end = fy_of(m.group("start")), fy_of(m.group("end"))
        if start is not None and end is not None and 0 <= end - start < 20:
            return start, end
    return None


def stated_period(lines: Iterable[str], label: str = "計画期間") -> tuple[int | None, int | None]:
    """The plan period stated after ``label`` ("計画期間は令和5年度から令和9年度までの5年間"), from
    the first line that states one; (None, None) when none does."""
    for line in lines:
        at = line.find(label)
        found = plan_period(line[at:]) if at >= 0 else None
        if found:
            return found
    return None, None


def wareki(fy: int) -> str:
    """令和6年度 style label for a Western fiscal year (令和元年度 for 2019)."""
    if fy >= 2019:
        n = fy - 2018
        return f"令和{'元' if n == 1 else n}年度"
    n = fy - 1988
    return f"平成{'元' if n == 1 else n}年度"


#: A number and its unit: what follows it up to a blank, punctuation or a hiragana particle
#: ("20%がテレワークを実施" -> "%"); the か of "か所" / "か月" belongs to the unit.
_NUMBER = lazy_re(
    r"(?P<num>[-+]?\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>(?:[かヵヶ](?=[所月国年回]))?[^\d\s、。,（）()／/\u3041-\u309f]*)"
)
_NO_VALUE = {
    "",
    "-",
    "—",
    "－",
    "ー",
    "―",
    "‐",
    "–",
    "...",
    "…",
    "未定",
    "なし",
    "指標なし",
    "設定なし",
    "該当なし",
}
#: Units a plan writes after a figure, the longer before those they begin with (千円 before 円).
UNITS = (
    "千円", "万円", "か所", "ヶ所", "カ所", "箇所", "時間", "システム", "ページ", "業務", "団体", "施設",
    "%", "件", "名", "人", "社", "回", "校", "円", "台", "者", "個", "本",
)  # fmt: skip
#: Units a name gives in brackets (「待ち時間（分）」): those of figures, and more that only a
#: bracket after a name says are units (a figure's 「分」 or 「日」 could start a word).
BRACKETED_UNITS = frozenset(
    (*UNITS, "分", "日", "秒", "か月", "ヶ月", "年", "世帯", "枚", "冊", "部", "点", "手続", "事業所", "店舗", "GB", "MB")
)
#: An indicator's name that ends in its unit, as a system export writes it: 「手続数（件）」.
_NAME_UNIT = lazy_re(r"^(?P<name>.*\S)\s*[(（](?P<unit>[^()（）]{1,4})[)）]$")


def unit_in_name(name: str) -> tuple[str, str] | None:
    """(name, unit) of 「オンライン申請可能な手続数（件）」; None when the brackets hold no unit
    (「受講者数（累計）」)."""
    found = _NAME_UNIT.match(name)
    unit = nfkc(found.group("unit")).strip() if found is not None else ""
    # 「コピー用紙購入枚数（万枚）」「来館者数（千人）」: the figures counted in ten thousands, the unit as written
    scaled = next((unit[len(s) :] for s in _SCALES if unit.startswith(s) and len(unit) > len(s)), unit)
    per, _, period = scaled.partition("/")  # 「（時間／年）」「（件/月）」: so many a year
    if found is None or not (scaled in BRACKETED_UNITS or (per in BRACKETED_UNITS and period in _PER)):
        return None
    return found.group("name"), unit


#: What a unit may be counted per: 「時間／年」「件/月」.
_PER = frozenset(("年", "年度", "月", "日", "人", "件", "回"))
#: A scale written before a unit: 「万枚」「千人」「百万円」.
_SCALES = ("百万", "千万", "万", "千", "億")


#: Years and dates whose digits are not values (NFKC text): 令和5年度, R3, 令和4(2022)年度末,
#: R7・8年度, 2024年度, 3月27日, 4月, 12/15.
DATES = lazy_re(
    r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})(?:\s*[・.]\s*\d{1,2})*\s*(?:\(\s*\d{4}\s*\)\s*)?(?:年度?)?\s*末?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|\d{1,2}/\d{1,2}|\d{4}\s*年度?"
)
#: What every match of DATES contains; a text without any of these has no date.
_DATE_HINT = lazy_re(r"[令平RH年月/]")
#: "30% 減": the extraction put a blank inside the unit.
_SPLIT_UNIT = lazy_re(r"%\s+(?=[減増])")
#: Japanese minus signs, as budgets write a decrease (▲1,000 = -1000).
_MINUS = ("▲", "△")


def common_unit(units: list[str]) -> str:
    """The unit most of an indicator's values are written in (the first of equals); "" for none."""
    return max(units, key=units.count) if units else ""


def mask_dates(text: str) -> str:
    """Blank out the years and dates of NFKC ``text`` (same length), so that no digit of theirs is
    read as a value: "令和6年度参加人数の20%増" -> "      参加人数の20%増"."""
    if not _DATE_HINT.search(text):  # most cells: nothing to mask (keeps parse_number fast)
        return text
    return DATES.sub(lambda m: " " * len(m.group(0)), text)


def to_number(digits: str) -> float | int | None:
    """ "1,200" -> 1200, "37.5" -> 37.5 (an int unless there is a decimal point); None otherwise."""
    raw = digits.replace(",", "")
    try:
        return float(raw) if "." in raw else int(raw)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1024)
def parse_number(text: str | None) -> tuple[float | int, str] | None:
    """Read "1,200件" as (1200, "件"), "30%減" as (30, "%減"), "15,000千円" as (15000, "千円").

    Returns None for a cell that holds no number ("—", "－", "-", "", prose). The unit is the
    text right after the number up to the next blank, punctuation or hiragana. Also:

    - a circled number is not a digit: "①48.2%" is (48.2, "%"), not the 148.2 NFKC makes of it;
    - years and dates are not values: "令和6年度参加人数の20%増" is (20, "%増"), "R4" is None;
    - what follows ※ is a remark, not the value;
    - "30% 減" is (30, "%減"); a leading ▲ or △ is a minus sign: "▲1,000千円" is (-1000, "千円");
    - a bound is not the unit: "80％以上" is (80, "%").

    Cached: a value is read again for the indicator's unit and the plan's figures.
    """
    if text is None:
        return None
    t = nfkc(blank_circled(text)).strip()
    if t in _NO_VALUE or t[:1] == "#" and excel_error(t):
        return None  # 「#DIV/0!」 is not 0
    negative = t[:1] in _MINUS
    if negative:
        t = t[1:]
    if "※" in t:
        t = t.split("※", 1)[0]
    t = mask_dates(t)
    if "%" in t:
        t = _SPLIT_UNIT.sub("%", t)
    m = _NUMBER.search(t)
    if not m:
        return None
    value = to_number(m.group("num"))
    if value is None:
        return None
    unit = m.group("unit")
    if unit.endswith(_BOUNDS):  # 「80％以上」 is 80 % at least (``bound_direction``), not 80 of a unit 「%以上」
        unit = unit.removesuffix(next(b for b in _BOUNDS if unit.endswith(b)))
    return (-value if negative else value), unit


#: What a target allows after its unit (「80％以上」「10分以内」「22万枚以下」): a bound, not part of the unit.
_AT_LEAST = ("以上", "超")
_BOUNDS = (*_AT_LEAST, "以下", "以内", "未満")
#: A bound at a figure's end, a year in brackets after it (「90％以上（R11）」).
_BOUND_AT_END = lazy_re(rf"\d\s*[^\s\d]{{0,4}}?({'|'.join(_BOUNDS)})\s*(?:[(（][^()（）]{{0,16}}[)）])?\s*$")


def bound_direction(text: str | None) -> str | None:
    """Which way is better, as a target's bound says: 「80％以上」 increase, 「10分以内」「22万枚以下」 decrease."""
    found = _BOUND_AT_END.search(nfkc(text or ""))
    if found is None:
        return None
    return "increase" if found.group(1) in _AT_LEAST else "decrease"


_FIGURE_START = lazy_re(r"[-+▲△]?\d")


def split_figures(text: str) -> list[str]:
    """The figures of a cell that holds several, each with its unit: "4,000人 100事業所" ->
    ["4,000人", "100事業所"]; a unit the extraction set apart stays with its number ("40 手続").

    [text] for a cell with one figure, a figure without a unit, or anything but figures.
    """
    tokens = squash(blank_circled(text)).split(" ")
    if len(tokens) < 2 or not _FIGURE_START.match(nfkc(tokens[0])):
        return [text]
    figures: list[str] = []
    for token in tokens:
        if _FIGURE_START.match(nfkc(token)):
            figures.append(token)
        else:
            figures[-1] += " " + token
    if len(figures) < 2:
        return [text]
    for figure in figures:
        found = parse_number(figure)
        if found is None or not found[1]:
            return [text]
    return figures


#: What Excel shows instead of a value: an error (a broken formula, a lookup that found nothing) or a
#: column too narrow for its figure (「#####」, which a CSV saved from the sheet or its print keeps).
_EXCEL_ERROR = lazy_re(
    r"#(?:N/A|NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!"
    r"|GETTING_DATA|#+)",
    re.IGNORECASE,
)


def excel_error(text: str) -> bool:
    """True for a cell that holds Excel's error value or its 「#####」: no value, never a figure or a
    title. Asked of every cell, so a text without 「#」 is answered at once."""
    if "#" not in text and "＃" not in text:
        return False
    return _EXCEL_ERROR.fullmatch(nfkc(text).strip()) is not None


#: A text with a letter, kanji or kana (not only digits, marks and blanks).
_WORDED = lazy_re(r"[^\W\d_]")


def is_title_text(text: str) -> bool:
    """Whether a title cell can name an initiative: a letter, kanji or kana in it, and not Excel's
    error value (「★★★」「###」「#REF!」 are what is left of a row, not an initiative)."""
    return _WORDED.search(text) is not None and not excel_error(text)


def is_no_value(text: str | None) -> bool:
    """True for a cell that says there is nothing there ("—", "－", "-", blank, 「（指標なし）」).

    Every cell of a table is asked: a text longer than any of those (NFKC makes no longer text one
    of them) is answered without normalising it."""
    if text is None:
        return True
    t = text.strip()
    if len(t) > 8:
        return False
    known = _no_value_seen.get(t)
    if known is None:
        bare = nfkc(t).strip()
        known = bare in _NO_VALUE or bare.strip("()[]【】") in _NO_VALUE
        if len(_no_value_seen) >= _CHANGED_LIMIT:
            _no_value_seen.clear()
        _no_value_seen[t] = known
    return known


#: ``is_no_value`` of the short cells met so far (「-」「B」「件」「24手続」 come back row after row):
#: one look-up instead of normalising and stripping again. Bounded as ``_changed``.
_no_value_seen: dict[str, bool] = {}


#: How a department name ends. A piece of a 担当課 cell without one of these endings is not a
#: department on its own (事務局 ends in 局).
DEPARTMENT_SUFFIXES = (
    "課",
    "室",
    "局",
    "部",
    "所",
    "館",
    "センター",
    "委員会",
    "協議会",
    "係",
    "班",
    "園",
    "担当",
)
#: What separates the names of a 担当課 cell (・ only sometimes: see split_dots).
DEPARTMENT_SEPARATORS = lazy_re(r"[\s、，,／/;；]+")
#: Words after the names that say "and others"; they are not a department.
OTHERS = ("ほか", "他", "等", "など")


#: Words ending in 室 that are a room or a lesson, never a department (「公民館でのスマートフォン教室」 under 主な取組内容).
_ROOMS = ("教室", "会議室", "保健室", "待合室", "更衣室", "談話室", "図書室", "体験室")


def only_departments(names: list[str]) -> list[str]:
    """``names`` when there are some and each is a department's name, else none: a value names 課 only when nothing in it
    is anything else (a person, a phone number, a sentence)."""
    return names if names and all(is_department(name) for name in names) else []


def is_department(name: str) -> bool:
    """True for a name that ends like a department: 課, 室, 局, 部, 所, 館, センター, 委員会 … — or a 課 / 室 followed by its
    unit in brackets (「総務課（情報係）」: the 課 and the 係 in it that does the work)."""
    if name.endswith(_ROOMS):
        return False  # 「スマートフォン教室」「会議室」: a 室 no one works in
    if name.endswith(DEPARTMENT_SUFFIXES):
        return True
    unit = _SUBUNIT_IN_BRACKETS.search(name)  # (``department_names`` keeps the 課 of it)
    return unit is not None and unit.end() == len(name)


#: How a step of a schedule ends (「調査・研究」「導入」「運用・対象拡大」「次期SC構築」): what is
#: done in a year, never who does it. A 担当課 cell whose text ends so was filled from another
#: column (the schedule beside it, read in the wrong order).
SCHEDULE_STEP_ENDINGS = (
    "調査", "研究", "検討", "導入", "運用", "運営", "実施", "実証", "検証", "構築", "整備", "改修",
    "更改", "開始", "継続", "拡大", "拡充", "決定", "策定", "促進", "推進", "公開", "試行", "見直し",
    "完了", "準備", "移行", "開発", "稼働", "廃止", "評価", "周知",
)  # fmt: skip
_STEP_TAIL = lazy_re(r"[\s\-－―—‐ー̶~〜…。、]+$")


def is_schedule_step(name: str) -> bool:
    """True for a piece of a 担当課 cell that is a schedule step, not a department: it ends like a
    step (SCHEDULE_STEP_ENDINGS, a dash for 「継続」 after it) and not like a department, so
    「研究所」「DX推進課」 stay departments and 「調査・研究」「導入方針決定」「SC運用—」 are steps."""
    text = _STEP_TAIL.sub("", nfkc(name))
    return bool(text) and not is_department(text) and text.endswith(SCHEDULE_STEP_ENDINGS)


def department_names(text: str, stacked: bool = False) -> list[str]:
    """The department names of a 担当課 cell (split_departments) without the schedule steps a
    misread cell may hold (is_schedule_step): a step given as a 担当課 would send the progress
    round to nobody, so it is left out rather than imported, and so is a figure (「38,000」, a
    column drifted into the 担当課 cell). A 部 written before its 課
    (「総務部 情報政策課」: without_parents) is where the 課 sits, not a department of its own."""
    return list(_department_names(text, stacked))


@functools.lru_cache(maxsize=2048)
def _department_names(text: str, stacked: bool) -> tuple[str, ...]:
    """``department_names``, kept by the cell's text: a plan names the same few departments on
    row after row (a tuple, so that no caller's list changes what the next one gets)."""
    return tuple(
        name
        for name in split_departments(without_parents(text, stacked))
        if not is_schedule_step(name) and _WORDED.search(name)  # 「38,000」 from a drifted column: no name
    )


#: How the name of a level above the 課 ends (部, 局, 委員会, a 県's 庁 — 教育庁, 企業庁 — as its 部局, and the 会計管理者
#: over the 会計課 as a 部 is): 「総務部 情報政策課」「教育庁 教育政策課」「会計管理者 会計課」.
PARENT_SUFFIXES = ("部", "局", "委員会", "庁", "会計管理者")
#: A 部 and the 課 under it, one blank apart (「総務部 情報政策課」「教育委員会　学校教育課」; after a 「・」 too: 「市民部　市民課・総務部
#: 情報政策課」).
_PARENT_BEFORE_UNIT = lazy_re(r"(?:^|(?<=[\s、，,／/・]))([^\s、，,／/・]+)[ \u3000]+(?=([^\s、，,／/・]+))")


def without_parents(text: str, stacked: bool = False) -> str:
    """A 担当課 cell without the 部 written before each 課: 「総務部 情報政策課、財務部 財政課」 →
    「情報政策課、財務部 財政課」 → 「情報政策課、財政課」. Only a blank joins them (a 部 after a
    「、」 is a department listed of its own), and only before a name of a lower level (課, 室, 係,
    センター …): 「総務部 市民部」 names two 部. Plans print the 部 to say where the 課 sits; the
    progress is asked of the 課 — so a 係 or 班 written after its 課 (「市民課 住民係」) goes too. ``stacked``: the
    names were a line each in their cell (then a 室 over a 課 is two in charge, not a 室 and its 課)."""

    one_line = not stacked and "\n" not in text.strip()

    def drop(m: re.Match[str]) -> str:
        parent, unit = m.group(1), m.group(2)
        if parent.endswith(PARENT_SUFFIXES) and is_department(unit) and not unit.endswith(PARENT_SUFFIXES):
            return ""
        if one_line and parent.endswith(_BUREAU_ROOMS) and unit.endswith("課"):
            # 「市長室 広報課」「危機管理室 防災企画課」 on one line: a 政令市's 室 above its 課 (「会計室 総務課」 are two
            # in charge, as 「会計室⏎総務課」 a line each are)
            return ""
        return m.group(0)

    text = _EACH_PLACE.sub("", squash(text))  # 「各区 地域振興課」: the 課 of each ward, named once
    text = _PARENT_BEFORE_UNIT.sub(drop, text)
    text = _SUBUNIT_IN_BRACKETS.sub(r"\1", text)  # 「情報政策課（DX推進係）」
    text = _GLUED_PARENT.sub("", text)  # 「総務部情報政策課」: the 部 printed against its 課 (its 係 gone first)
    text = _AND_OTHERS.sub(r"\1", text)  # 「市民課ほか」「子育て支援課 他」
    return _SUBUNIT_AFTER.sub(r"\1", text)


#: The 室 that stand above 課 as a 部 does: a 政令市's (「市長室 広報課」「危機管理室 防災企画課」) and a 県's 部局 (「知事公室
#: 広報課」, 「知事室 秘書課」; 白峰県's 4 was first read ['知事公室', '広報課']). A 室 of any other name is a 課's peer
#: (「会計室 総務課」), and any 室 alone is a department (「会計室」「秘書広報室」).
_BUREAU_ROOMS = ("長室", "公室", "知事室", "危機管理室")
#: 「各区」「各支所」 before a 課 (「市民局 地域活動推進課・各区 地域振興課」): that 課 in each of them.
_EACH_PLACE = lazy_re(r"(?:^|(?<=[\s、，,／/・]))各(?:区|支所|出張所|総合支所|行政センター)[ \u3000]+(?=[^\s、，,／/・]+(?:課|室))")
#: A 課 and the 係 / 班 / グループ in it, one blank apart (「市民課 住民係」): the 課 is the department.
#: A 部, 局 or 庁 printed against the 課 under it, no blank between: 「総務部情報政策課」「上下水道局総務課」「教育庁教育政策課」
#: (two characters or more before it: 「内部統制推進室」「外部連携課」 are one name, and so are 「県庁総務課」 and a 課 of the
#: 庁舎 or what is done 庁内, 「本庁舎管理課」「庁内情報化推進課」).
_GLUED_PARENT = lazy_re(
    r"(?<![^\s、，,／/・])[^\s、，,／/・()（）]{2,10}?(?:部|局|委員会|庁(?![舎内]))"
    r"(?=[^\s、，,／/・()（）部局庁]{1,15}?(?:課|室)(?:$|[\s、，,／/・]))"
)
#: A 係 or 班 in brackets after its 課: 「情報政策課（DX推進係）」.
_SUBUNIT_IN_BRACKETS = lazy_re(r"((?:課|室))[(（][^()（）]{1,15}(?:係|班|担当|グループ)[)）]")
#: 「ほか」「他」「等」 after the last 課 named: the others are not named, the 課 is.
_AND_OTHERS = lazy_re(r"((?:課|室))[ \u3000]?(?:ほか|他|等)(?=$|[\s、，,／/])")
_SUBUNIT_AFTER = lazy_re(r"([^\s、，,／/・]+(?:課|室))[ \u3000]+[^\s、，,／/・]+(?:係|班|グループ)(?=$|[\s、，,／/])")


#: A 課 and, in brackets after it, the 課 that work with it: 「市民課（情報政策課）」「情報政策課（全課）」 (a plan's note says
#: 「（　）内は関係課」; a 係 or 班 in brackets is the 課's own: ``_SUBUNIT_IN_BRACKETS``).
_RELATED_IN_BRACKETS = lazy_re(r"(?<=課)[(（]([^()（）]{1,40})[)）]")
#: 課 named by what they do or have, not by name: every one (「全課」「各施設所管課」「全所属」), the ones in a role
#: (「システム所管課」「業務担当課」; 「DX推進担当課」 may be a 課's name), the ones that do a thing (「窓口がある課」
#: 「AI議事録を使用する課」「関係する課」).
_GROUP_OF_UNITS = lazy_re(
    r"^(?:[全各](?:.{0,12}(?:課|室|部署|所属|部局)|庁)|関係各?課|.{0,20}(?:所管|主管|関係)課"
    r"|(?:業務|事業|施策|システム|施設)?担当課"
    r"|.{1,20}(?:する|した|している|ある|いる|できる|れる)(?:課|室|部署|所属))$"
)


def names_a_group(name: str) -> bool:
    """True for a 担当課 entry that names a group of 課, not one (``_GROUP_OF_UNITS``): who is reminded of a report
    must be a 課 of the 役場, so a reader keeps such an entry as the 関係課 (``departments_others``)."""
    return bool(_GROUP_OF_UNITS.match(nfkc(name).strip()))


def related_in_brackets(text: str) -> tuple[str, list[str]]:
    """A 担当課 cell without the 課 named in brackets after one, and those 課 (the 関係課): 「市民課（情報政策課）」 →
    (「市民課」, [「情報政策課」]), 「情報政策課（各業務所⏎管課）」 wrapped in its cell → (「情報政策課」, [「各業務所管課」]). A
    bracket of anything but 課 (a 係, 「（R7から）」) stays where it is."""
    related: list[str] = []

    def related_names(inner: str) -> list[str] | None:
        names = split_departments(inner)
        # (a facility in brackets, 「健康増進課（保健センター）」, is where the 課 works: no 関係課)
        return names if names and all(names_a_group(n) or (is_department(n) and n.endswith(_UNITS)) for n in names) else None

    def take(m: re.Match[str]) -> str:
        # (a name wrapped in its cell, 「各業務所」 over 「管課」, comes with a line break or a blank inside it)
        names = related_names(m.group(1)) or related_names(re.sub(r"\s+", "", m.group(1)))
        if names is None:
            return m.group(0)
        related.extend(n for n in names if n not in related)
        return ""

    kept = _RELATED_IN_BRACKETS.sub(take, text)
    return kept, related


#: How a 関係課 named in brackets ends: a 課 (a 室 in brackets may be the 課's own; a 部 or 局 is above it).
_UNITS = ("課",)


def split_dots(name: str) -> list[str]:
    """Split "市民課・情報政策課" at ・, but only when every part ends like a department name.

    ・ also belongs to names: "地域・離島・交通政策課", "子ども・子育て支援課" stay whole.
    """
    if "・" not in name:
        return [name]
    parts = [p for p in name.split("・") if p]
    if len(parts) > 1 and all(is_department(p) or names_a_member(p) for p in parts):
        return parts  # a 広域連合's 構成市町村 in charge (「岩瀬野市・小笠町」) are named apart as 課 are
    return [name]


#: A municipality named where a 課 would be (a 広域連合's plan: 「岩瀬野市・小笠町」).
_MEMBER_TOWN = lazy_re(r"[一-龥ぁ-んァ-ヶヶ々]{1,6}[市町村]")


def names_a_member(name: str) -> bool:
    """Whether ``name`` is a municipality's name standing where a 課 would (a 広域連合's 構成市町村 in charge): a whole
    name, as a 課's is, never the first piece of a wrapped one."""
    return _MEMBER_TOWN.fullmatch(name) is not None


def split_departments(text: str) -> list[str]:
    """Split a 担当課 cell into department names ("情報政策課 学校教育課、税務課" -> three).

    A blank or 、，／ separates names; ・ only between complete names (see split_dots), a blank
    beside it belonging to it ("市民課 ・会計課"). "ほか" / "他" / "等" / "など" after a name are
    dropped; a name is listed once.
    """
    result: list[str] = []
    text = squash(text)
    if "・" in text:
        text = text.replace(" ・", "・").replace("・ ", "・")
    for part in DEPARTMENT_SEPARATORS.split(text):
        if not part or (part in OTHERS and result):
            continue
        for name in split_dots(part):
            name = name.strip("・") or name  # 「健康福祉課・」 of a cell wrapped after its separator
            if name not in result:
                result.append(name)
    return result


# --------------------------------------------------------------------------- indicator direction


def series_direction(values: list[float | int | None]) -> str | None:
    """From targets in order (None skipped): rising -> increase, falling -> decrease, flat -> maintain.

    None with fewer than two numbers or when the series goes both up and down.
    """
    nums = [v for v in values if v is not None]
    if len(nums) < 2:
        return None
    # one pass, no generator per question: every indicator of a plan is asked (a 1 MB table's
    # thousands of rows)
    up = down = False
    previous = nums[0]
    for current in nums[1:]:
        if previous < current:
            up = True
        elif previous > current:
            down = True
        elif previous != current:
            return None  # not a number (NaN): no order
        previous = current
    if up and down:
        return None
    return "increase" if up else "decrease" if down else "maintain"


def unit_direction(unit: str) -> str | None:
    """A unit that says which way is better: "%減", "%削減" -> decrease, "%増" -> increase."""
    if "減" in unit:
        return "decrease"
    if "増" in unit:
        return "increase"
    return None


#: The words of ``wording_direction`` (compiled once: every indicator of a plan is asked).
#: What was saved, counted: 「削減時間」「削減した作業時間」「削減できた件数」 (more is better).
_SAVED = lazy_re(r"削減(?:した|できた|された)?(?:作業|業務|事務)?(?:時間|件数|数|量|額|効果)")
_UP = lazy_re(r"増加|向上|拡大|増やす")
_DOWN = lazy_re(r"削減|減少|減らす|縮減")
_MEASURE_UP = lazy_re(r"(?:率|数|割合)の?(?:増加|向上|拡大)")
_MEASURE_DOWN = lazy_re(r"(?:率|数|割合|時間)の?(?:削減|減少)")


def wording_direction(name: str, *texts: str | None) -> str | None:
    """Direction from the wording: 増加/向上 up, 削減 down, 維持 kept; the indicator name first.

    "削減時間" / "削減件数" / "削減した作業時間" count what was saved, so more is better. In schedule prose only a word
    attached to a measure counts ("普及率の向上", "視聴者数増加"), not "利便性の向上".
    """
    t = nfkc(name)
    if _SAVED.search(t) or _UP.search(t):
        return "increase"
    if _DOWN.search(t):
        return "decrease"
    if "維持" in t:
        return "maintain"
    for text in texts:
        t = nfkc(text or "")
        if _MEASURE_UP.search(t):
            return "increase"
        if _MEASURE_DOWN.search(t):
            return "decrease"
        if "維持" in t:
            return "maintain"
    return None


#: What sets a 課's name apart when it is written across a table over its 取組: brackets, a mark before it.
_DEPARTMENT_ROW_MARKS = "【】［］[]〔〕＜＞<>■□◆◇●○ 　"
_MARKED_NAME = lazy_re(r"\s*(?:【[^【】]+】|［[^［］]+］|〔[^〔〕]+〕|[■□◆◇●○]\s*\S.*)\s*")


def department_row(text: str, *, marked: bool = True) -> list[str]:
    """The 課 a line written across a table over its 取組 names (「【総務部　情報政策課】」 → 情報政策課, 「【会計室】」), where
    every word of it is a department (a 部 before its 課 where the 課 sits) and, ``marked``, it is set apart by brackets or
    a mark as a row's heading is; [] for any other text — a title's mark (「【重点】」「【新規】」), a section's heading
    (「基本目標1 …」), a wrapped title's tail (「センター」)."""
    if marked and _MARKED_NAME.fullmatch(text) is None:
        return []
    inner = text.strip(_DEPARTMENT_ROW_MARKS)
    if not inner or len(inner) > 40:
        return []
    return only_departments(split_departments(without_parents(inner)))
