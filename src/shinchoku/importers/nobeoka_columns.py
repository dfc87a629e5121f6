"""延岡市's cards in column-aligned text (``pdftotext -layout``) back as the tab rows the layout reads.

A 延岡市 card is a small table of its own (施策名 / 区分 / title and years / 担当課 / KPI), and a
browser sizes each card's columns to its content: no two cards share column positions, the
year header wraps inside narrow columns (「令和4」「年度」, 「令」「和」「6」「年」「度」), and so do the
title, the 担当課 and every schedule label. The generic column reader (readers/columns.py),
which finds columns shared by a whole block, cannot see those tables. This reader knows the
card's rows instead: it finds each card by its labels in the first column (set one character
per line too, as a narrow or vertical first column prints them), takes the card's year columns
from the year header's first line and the KPI row's figures, gives every fragment of the card's
lines to the nearest column and joins the wrapped pieces of each cell. pdftotext places a piece
of text where the text before it on its line leaves room, so one column starts a few places
apart on different lines; nearest positions, the order of the pieces on a line and a row's own
figures absorb that.

The result has exactly the lines of the input (a row written on its first line, the lines it
consumed left empty), so every line number stays the file's. Lines outside cards are kept.

Pure Python; no Django.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .aligned_rows import looks_aligned
from .text import compact, is_department, lazy_re, page_furniture, strip_footnotes, year_cell

#: Characters a wrapped year header cell is made of (「令和」「6年」「度」「R7」).
_YEAR_CHARS = frozenset("令和平成元年度RH0123456789０１２３４５６７８９()（）")
#: Labels that open a card's rows, as compact() writes them.
_START, _KUBUN, _DEPT, _KPI = "施策名", "区分", "担当課", "KPI"
_INDIVIDUAL = "個別施策"
#: At most this many lines are moved back with a card (a page or two): hostile text full of
#: candidate labels stays linear.
_MOVED_LINES = 300
#: The first characters of the labels, as a label set one character per line begins.
_LABEL_CHARS = frozenset("施区担K個")
_HEADING = lazy_re(r"^(?:プロジェクト\s*\d|基本施策\s*《|第\s*\d\s*章|(?:\d{1,2}\s*[.．]\s*)?全体工程表)")
_TRAILING_YEAR = lazy_re(r"(?:令和|平成)(?:元|\d{1,2})年度$|令和?$")
_LONE_MARK = lazy_re(r"※(?!\s?\d)")
_ASCII_END = lazy_re(r"[A-Za-z0-9,.)%]$")
_ASCII_START = lazy_re(r"^[A-Za-z0-9(]")
#: Positions (columns of pdftotext's character grid) further apart than this are different columns.
_TOLERANCE = 1


@dataclass
class _Token:
    x: int  # column (character count) where the text begins: pdftotext -layout places every
    #: character, wide or not, on one column of its grid
    end: int  # column just after it
    text: str
    gap: int  # blanks before it on its line (a large number for the line's first token)


def tokens(line: str) -> list[_Token]:
    """The blank-separated pieces of ``line`` with their positions."""
    out: list[_Token] = []
    column = 0
    gap = 1_000
    current = ""
    start = 0
    for char in line:
        if char == " ":
            if current:
                out.append(_Token(start, column, current, gap))
                current, gap = "", 0
            gap += 1
            column += 1
            continue
        if not current:
            start = column
        current += char
        column += 1
    if current:
        out.append(_Token(start, column, current, gap))
    return out


def fragments(toks: list[_Token]) -> list[_Token]:
    """Tokens one blank apart joined: the pieces separated by two blanks or more."""
    out: list[_Token] = []
    for tok in toks:
        if out and tok.gap == 1:
            last = out[-1]
            out[-1] = _Token(last.x, tok.end, f"{last.text} {tok.text}", last.gap)
        else:
            out.append(_Token(tok.x, tok.end, tok.text, tok.gap))
    return out


def _join(parts: list[str], *, figures: bool = False) -> str:
    """A cell's wrapped pieces joined: Japanese without a blank, Latin words with one; with
    ``figures``, a piece starting with a digit is a second figure (「4,000人」「100事業所」)."""
    text = ""
    for part in parts:
        if not text:
            text = part
        elif (_ASCII_END.search(text) and _ASCII_START.match(part)) or (
            figures and unicodedata.normalize("NFKC", part[:1]).isdigit() and not text[-1].isdigit()
        ):
            text = f"{text} {part}"
        else:
            text += part
    return text


def _is_year_token(text: str) -> bool:
    return all(char in _YEAR_CHARS for char in text)


def _margin(line_tokens: list[_Token], at: int = 0) -> str:
    """The text of the line's first column: its first piece, when it starts at the margin
    (or at ``at``, where a moved card's margin is)."""
    first = fragments(line_tokens)[:1]
    return compact(first[0].text) if first and abs(first[0].x - at) <= _TOLERANCE else ""


@dataclass
class _Card:
    start: int  # the 施策名 line
    kubun: int | None = None
    title: int | None = None
    dept: int | None = None
    kpi: int | None = None
    end: int = 0  # just after the card's last line


class CardColumns:
    """Reads the cards of one column-aligned text (see the module docstring)."""

    def __init__(self, lines: list[str]) -> None:
        drop = page_furniture(lines)
        #: the lines without form feeds, furniture blanked
        self.lines = ["" if i in drop else line.replace("\f", "").rstrip() for i, line in enumerate(lines)]
        self.toks = [tokens(line) for line in self.lines]
        self._cards: list[_Card] | None = None
        self._unshift([i for i, line in enumerate(lines) if "\f" in line])
        self._unshift_cards()

    def _shift(self, indices: list[int], shift: int) -> None:
        for index in indices:
            self.toks[index] = [
                _Token(tok.x - shift, tok.end - shift, tok.text, tok.gap) for tok in self.toks[index]
            ]

    def _unshift_cards(self) -> None:
        """Put back at the margin a card pdftotext moved right in the middle of a page: from its
        施策名 / 個別施策 label a few places in, up to the next line left of that place."""
        index = 0
        while index < len(self.toks):
            toks = self.toks[index]
            if not toks or not _TOLERANCE < toks[0].x <= 12 or compact(toks[0].text)[:1] not in "施個":
                index += 1
                continue
            shift = toks[0].x
            if self._label(index, (_START, _INDIVIDUAL), at=shift) is None:
                index += 1
                continue
            run: list[int] = []
            end = index
            limit = min(len(self.toks), index + _MOVED_LINES)
            while end < limit and (not self.toks[end] or self.toks[end][0].x >= shift):
                if self.toks[end]:
                    run.append(end)
                end += 1
            self._shift(run, shift)
            index = end

    def _unshift(self, breaks: list[int]) -> None:
        """Put back at the margin the start of a page pdftotext moved right: the lines from a page
        break up to the first line at the margin, when they all start a few places in and a
        card's label stands at that place (a vertical first column, 「担」 at 9 for 「担」 at 0)."""
        for begin in breaks:
            run: list[int] = []
            for index in range(begin, len(self.toks)):
                if index != begin and index in breaks:
                    break
                if self.toks[index]:
                    if self.toks[index][0].x <= _TOLERANCE:
                        break
                    run.append(index)
            if not run:
                continue
            shift = min(self.toks[index][0].x for index in run)
            if not 1 < shift <= 12 or not any(
                self.toks[index][0].x == shift and compact(self.toks[index][0].text)[:1] in _LABEL_CHARS
                for index in run
            ):
                continue
            self._shift(run, shift)

    def _label(self, index: int, labels: tuple[str, ...], at: int = 0) -> tuple[str, int] | None:
        """(label, lines it takes) when the line's first column (at the margin, or at ``at``)
        starts with one of ``labels``; a label set one character per line (a narrow or vertical
        first column: 「担」「当」「課」) is read down the column."""
        key = _margin(self.toks[index], at)
        if not key:
            return None
        for label in labels:
            if key.startswith(label):
                return label, 1
        key = compact(self.toks[index][0].text)  # one character, the next cell one blank away
        if len(key) > 2 or not any(label.startswith(key) for label in labels):
            return None
        for j in range(index + 1, min(index + 8, len(self.toks))):
            toks = self.toks[j]
            more = compact(toks[0].text) if toks and abs(toks[0].x - at) <= _TOLERANCE else ""
            if not more:
                continue  # the next cell's text wrapped beside the label (「区」, 概要 lines, 「分」)
            key += more
            for label in labels:
                if key.startswith(label):
                    return label, j - index + 1
            if not any(label.startswith(key) for label in labels):
                return None
        return None

    def _shifted_kpi(self, index: int, card: _Card) -> tuple[str, int] | None:
        """The KPI label a few places right of the margin, after the 担当課 row (pdftotext moves
        the rest of a card that a page break cut)."""
        frags = fragments(self.toks[index])
        if card.dept is None or not frags or frags[0].x > 8 or not compact(frags[0].text).startswith(_KPI):
            return None
        return _KPI, 1

    def _is_boundary(self, index: int) -> bool:
        """A line no card goes on over: a new card, a 個別施策 row, a section heading."""
        toks = self.toks[index]
        if self._label(index, (_START, _INDIVIDUAL)) is not None:
            return True
        return (
            bool(toks) and toks[0].x <= _TOLERANCE and _HEADING.match(self.lines[index].strip()) is not None
        )

    def _card_start(self, index: int) -> bool:
        """A 施策名 row that opens a card (概要 beside it), not the 全体工程表's header (years)."""
        if self._label(index, (_START,)) is None:
            return False
        return not any(
            year_cell(tok.text) is not None or _is_year_token(tok.text) for tok in self.toks[index][1:]
        )

    def cards(self) -> list[_Card]:
        """The cards of the text, each with the lines its rows start on (found once)."""
        if self._cards is None:
            self._cards = self._find_cards()
        return self._cards

    def _find_cards(self) -> list[_Card]:
        found: list[_Card] = []
        index = 0
        total = len(self.lines)
        while index < total:
            if not self._card_start(index):
                index += 1
                continue
            card = _Card(start=index)
            j = index + (self._label(index, (_START,)) or ("", 1))[1]
            while j < total and not self._is_boundary(j):
                found_label = self._label(j, (_KUBUN, _DEPT, _KPI)) or self._shifted_kpi(j, card)
                label, height = found_label if found_label else (None, 1)
                if label == _KUBUN and card.kubun is None and card.dept is None:
                    card.kubun = j
                elif label == _DEPT and card.dept is None and card.kubun is not None:
                    card.dept = j
                elif label == _KPI and card.kpi is None and card.dept is not None:
                    card.kpi = j
                    j = self._kpi_end(card, j)
                    break
                elif (
                    card.kubun is not None
                    and card.title is None
                    and card.dept is None
                    and self.toks[j]
                    and self.toks[j][0].x <= _TOLERANCE
                    and label is None
                ):
                    card.title = j
                j += height
            card.end = j
            if card.kubun is not None and card.title is not None and card.dept is not None:
                found.append(card)
            index = max(j, index + 1)
        return found

    def _kpi_end(self, card: _Card, at: int) -> int:
        """Just after the KPI row: its wrapped name and figures, up to a blank or other text."""
        limit = self._column_one(card)
        indent = (limit or 0) + _TOLERANCE
        seen = any(f.x > indent for f in fragments(self.toks[at])[1:])  # figures beside the label
        label = fragments(self.toks[at])[0].text
        open_name = label.count("(") + label.count("（") - label.count(")") - label.count("）")
        j = at + 1
        while j < len(self.lines) and not self._is_boundary(j):
            if not self.toks[j]:
                # a tall label set one character per line leaves blank lines before the figures,
                # and a name read down the column goes on after them until its bracket closes
                later = next((k for k in range(j + 1, min(j + 8, len(self.toks))) if self.toks[k]), None)
                if later is None or self._is_boundary(later):
                    break
                name_goes_on = (
                    open_name > 0 and self.toks[later][0].x <= indent and len(self.toks[later][0].text) <= 2
                )
                if not name_goes_on and (seen or self.toks[later][0].x <= indent):
                    break
                j = later
                continue
            frags = fragments(self.toks[j])
            if (
                frags[0].x <= _TOLERANCE
                and limit is not None
                and frags[0].end > limit + _TOLERANCE
                and len(frags[0].text) > 10
            ):
                break  # prose from the margin (a footnote): not the KPI name's next line
            if frags[0].x <= indent:
                text = frags[0].text
                open_name += text.count("(") + text.count("（") - text.count(")") - text.count("）")
            seen = seen or any(t.x > indent for t in self.toks[j])
            j += 1
        return j

    def _column_one(self, card: _Card) -> int | None:
        """Where the card's second column (区分's 国/市, the 担当課) starts.

        A cell centred in its row's height (Japanese Excel) may stand a line below its label
        (「区分  重点施策4  …」 / 「      市」), the label's line holding the columns further right:
        a value standing left of what the label's line has beside it, no label before it, is the column's."""
        found = None
        for index in (card.dept, card.kubun):
            if index is not None:
                frags = _label_apart(fragments(self.toks[index]))
                if len(frags) > 1:
                    found = frags[1].x
                    break
        if found is None or card.kubun is None:
            return found
        for index in range(card.kubun, card.kpi if card.kpi is not None else card.end):
            frags = fragments(self.toks[index])
            if frags and _TOLERANCE < frags[0].x < found - 2 * _TOLERANCE:
                found = frags[0].x
        return found

    def laid_out(self) -> bool:
        """Whether the text has cards laid out in columns: most cards found have a year header
        of several columns. Plain ``pdftotext`` output has the labels but not the layout (its
        cells come one per line, in the order of the page's columns, neighbouring cards mixed):
        reading it as cards would pair titles with other cards' rows."""
        cards = self.cards()
        laid = sum(
            1
            for card in cards
            if self._years(range(card.title or 0, card.dept or 0), self._column_one(card) or 0)
        )
        return laid > 0 and laid * 2 >= len(cards)

    def rows(self) -> list[str]:
        """The text's lines with the cards as tab rows (and 個別施策 rows), same line count."""
        out = list(self.lines)
        for index, toks in enumerate(self.toks):
            if self._label(index, (_INDIVIDUAL,)) is not None:
                frags = fragments(toks)
                if len(frags) > 1:
                    out[index] = "\t".join([_INDIVIDUAL, *(f.text for f in frags[1:])])
        for card in self.cards():
            self._write(card, out)
        return out

    def _write(self, card: _Card, out: list[str]) -> None:
        assert card.kubun is not None and card.title is not None and card.dept is not None
        column_one = self._column_one(card) or 0
        years = self._years(range(card.title, card.dept), column_one)
        refs = self._references(card, years, column_one)
        for index in range(card.start, card.end):
            out[index] = ""
        out[card.start] = f"{_START}\t概要"
        out[card.kubun] = "\t".join(self._kubun(range(card.kubun, card.title)))
        parts = [t.text for i in range(card.title, card.dept) for t in self._title_parts(i, column_one)]
        dept_end = card.kpi if card.kpi is not None else card.end
        title = _title(_join(parts + self._title_tail(range(card.dept, dept_end))))
        out[card.title] = "\t".join([title, "", "", *(text for _, text in years)]) if years else title + "\t"
        dept, schedule, _ = self._cells(range(self._dept_start(card, column_one), dept_end), column_one, refs)
        if card.kpi is not None:
            # the KPI row's own figures place its wrapped lines better than the year header
            own = [ref[1:] for ref in refs] if all(len(ref) > 1 for ref in refs) else refs
            name, values, more = self._cells(range(card.kpi, card.end), None, own, column_one, figures=True)
            out[card.kpi] = "\t".join([name, "", "", *values])
            # a tall 担当課 cell goes on beside the KPI label, even onto the next card's first line
            dept = _join([dept, more, self._tail(card.end, column_one)])
        out[card.dept] = "\t".join([_DEPT, dept, "", *schedule])

    def _dept_start(self, card: _Card, column_one: int) -> int:
        """The 担当課 row's first line: its label's, or, in a row centred in its height (Japanese
        Excel), the first below the year header that stands right of the title's margin (a 工程
        label's first line above 「担当課」)."""
        assert card.title is not None and card.dept is not None
        start = card.dept
        for index in range(card.dept - 1, card.title, -1):
            frags = fragments(self.toks[index])
            if (
                not frags
                or frags[0].x <= max(_TOLERANCE, column_one)
                or any(_is_year_token(t.text) or year_cell(t.text) is not None for t in self.toks[index])
            ):
                break
            start = index
        return start

    def _tail(self, index: int, column_one: int) -> str:
        """The end of a tall 担当課 cell that pdftotext put on the next card's first line
        (「施策名  課  概要」): the piece standing in the second column there."""
        if index >= len(self.toks) or not self._card_start(index):
            return ""
        return "".join(
            frag.text
            for frag in fragments(self.toks[index])[1:]
            if abs(frag.x - column_one) <= 2 * _TOLERANCE and compact(frag.text) != "概要"
        )

    def _title_tail(self, indices: range) -> list[str]:
        """The end of a title pdftotext put after the 担当課 label's line (「担当課」 alone, then
        「ル構築  健康 …」): text at the margin of the 担当課 row that is not the label."""
        tail: list[str] = []
        for index in indices:
            frags = fragments(self.toks[index])
            if frags and frags[0].x <= _TOLERANCE:
                key = compact(frags[0].text.split(" ")[0])
                if key and not _DEPT.startswith(key) and not key.startswith(_DEPT) and key not in "当課":
                    tail.append(frags[0].text)
        return tail

    def _references(self, card: _Card, years: list[tuple[int, str]], column_one: int) -> list[list[int]]:
        """For each year column, the positions its cells start at: the year header's, and the
        KPI row's when it fills every year. pdftotext places a piece of text where the text
        before it on its line leaves room, so the same column starts a few places apart on
        different lines (further right after wide text); two references per column absorb that.
        """
        refs = [[x] for x, _ in years]
        if card.kpi is not None and refs:
            # figures right of the 担当課 column (a figure may stand well left of its header)
            first = column_one + 3 * _TOLERANCE if years[0][0] > _TOLERANCE else column_one + 1
            # the KPI row's first line with figures (after the label, or below it past the
            # blank lines a tall label leaves)
            at = next(
                (i for i in range(card.kpi, card.end) if any(t.x > column_one + 1 for t in self.toks[i][1:])),
                card.kpi,
            )
            below = self.toks[at + 1] if at + 1 < card.end else []
            for pieces in (self.toks[at], fragments(self.toks[at]), _pairs(self.toks[at], below)):
                values = [
                    t.x
                    for t in pieces
                    if t.x >= first
                    and t.x > column_one
                    and (t.x >= refs[0][0] - 2 * _TOLERANCE or _looks_like_value(t.text))
                ]
                if years[0][0] <= _TOLERANCE:
                    # a header row that starts in the first column (the plan's own misalignment,
                    # sometimes losing a year) says nothing of where the years are: the KPI row does
                    if len(values) >= 2:
                        return [[x, x] for x in values]
                    continue
                if len(values) == len(refs):
                    for ref, x in zip(refs, values, strict=True):
                        ref.append(x)
                    break
        return refs

    def _title_parts(self, index: int, column_one: int) -> list[_Token]:
        """The title's pieces on a line of the title row: the piece at the margin, without the
        year labels a single blank may have joined to it (the 概要 some cards put in this row
        and the year header are further right)."""
        frags = fragments(self.toks[index])
        if not frags or frags[0].x > _TOLERANCE:
            return []
        return [
            t
            for t in self.toks[index]
            if t.x < frags[0].end
            and year_cell(t.text) is None
            and not (t.x > _TOLERANCE and t.x >= column_one - 2 * _TOLERANCE and _is_year_token(t.text))
        ]

    def _years(self, indices: range, column_one: int) -> list[tuple[int, str]]:
        """(position, year label) of the year header's columns, from its wrapped pieces: a
        column begins at each piece of the header's first line, and every later piece joins the
        column it starts nearest to."""
        columns: list[tuple[int, list[str]]] = []
        for index in indices:
            pieces = [
                tok
                for tok in self.toks[index]
                if (tok.x >= max(column_one - 2 * _TOLERANCE, 1) and _is_year_token(tok.text))
                or year_cell(tok.text) is not None
            ]
            if not pieces:
                continue
            if not columns:
                columns = [(tok.x, [tok.text]) for tok in pieces]
                continue
            for tok in pieces:
                nearest = min(columns, key=lambda column: abs(column[0] - tok.x))
                nearest[1].append(tok.text)
        if len(columns) < 2:
            return []
        texts = ["".join(parts) for _, parts in columns]
        found = [year_cell(text) for text in texts]
        if all(fy is not None for fy in found):
            return [(x, text) for (x, _), text in zip(columns, texts, strict=True)]
        # pieces of neighbouring narrow columns mixed up: a header's years follow each other
        known = next(((i, fy) for i, fy in enumerate(found) if fy is not None), None)
        if known is None:
            return []
        first = known[1] - known[0]
        return [(x, f"令和{first + i - 2018}年度") for i, (x, _) in enumerate(columns)]

    def _kubun(self, indices: range) -> list[str]:
        """区分, 国/市, then the card's other cells of that row (重点施策N, the 概要)."""
        frags = _label_apart(fragments(self.toks[indices[0]]))
        scope = frags[1] if len(frags) > 1 else None
        clusters: list[tuple[int, list[str]]] = []
        if scope is not None and scope.text[:2] in ("国 ", "市 "):  # 「国 <p>…」: the 概要 one blank after
            clusters.append((scope.x + 2, [scope.text[2:]]))
            scope = _Token(scope.x, scope.x + 1, scope.text[0], scope.gap)
        for index in indices:
            for position, frag in enumerate(_label_apart(fragments(self.toks[index]))):
                if frag.x <= _TOLERANCE or (index == indices[0] and position == 1):
                    continue
                for x, parts in clusters:
                    if abs(x - frag.x) <= 2 * _TOLERANCE:
                        parts.append(frag.text)
                        break
                else:
                    clusters.append((frag.x, [frag.text]))
        clusters.sort()
        return [_KUBUN, scope.text if scope else "", *(_join(parts) for _, parts in clusters)]

    def _cells(
        self,
        indices: range,
        column_one: int | None,
        refs: list[list[int]],
        beside: int | None = None,
        *,
        figures: bool = False,
    ) -> tuple[str, list[str], str]:
        """The row's second cell (the 担当課; with ``column_one`` None, the first: the KPI name)
        and one cell per year column, each joined from its wrapped pieces; with ``beside``, also
        the text between that position and the first year column (another row's tall cell)."""
        head: list[str] = []
        side: list[str] = []
        cells: list[list[str]] = [[] for _ in refs]
        first = min(refs[0]) - 2 * _TOLERANCE if refs else 10**6
        label = fragments(self.toks[indices[0]])[0].x if self.toks[indices[0]] else 0
        second = column_one if column_one is not None else beside
        for index in indices:
            line_head: list[str] = []
            inside: list[_Token] = []
            taken = False  # the narrow second column holds one piece per line
            cuts = [column_one] if column_one is not None else [beside] if beside is not None else []
            pieces = _label_apart(self._pieces(index, refs, cuts))
            if beside is not None and pieces and pieces[0].x <= _TOLERANCE:
                name, blank, rest = pieces[0].text.rpartition(" ")
                opened = index != indices[0] or "(" in name or "（" in name  # past 「K P I」
                if blank and opened and _beside_name(name, rest) and not any(p.x < first for p in pieces[1:]):
                    # 「ト交付人数) ち振」: the 担当課's next characters one blank after the name
                    line_head.append(name)
                    side.append(rest)
                    taken = True
                    pieces = pieces[1:]
            for piece in pieces:
                # the second column's piece, even a place or two from the first year column
                at_second = (
                    not taken
                    and second is not None
                    and _TOLERANCE < second < first + 2 * _TOLERANCE
                    and abs(piece.x - second) <= _TOLERANCE
                )
                if not at_second and (piece.x >= first or (taken and column_one is not None)):
                    inside.append(piece)
                elif beside is not None and label > _TOLERANCE and abs(piece.x - label) <= _TOLERANCE:
                    line_head.append(piece.text)  # the name under a label pdftotext moved right
                elif (
                    beside is not None
                    and piece.x > _TOLERANCE
                    # a 課 set out over its cell (「職  員  課」) gathered from its first letter,
                    # a few places left of the column
                    and (
                        piece.x >= beside - 2 * _TOLERANCE or (piece.x > label and is_department(piece.text))
                    )
                ):
                    if not taken:
                        side.append(piece.text)
                        taken = True
                elif column_one is not None and beside is None and piece.x > column_one + 2 * _TOLERANCE:
                    # right of the 担当課's column, short of the year columns: a 工程 label
                    # written from its cell's left edge, left of the figures the KPI row
                    # sets right in theirs (Japanese Excel)
                    inside.append(piece)
                elif column_one is None or (piece.x >= column_one - 2 * _TOLERANCE and piece.x > _TOLERANCE):
                    if column_one is not None:
                        taken = True
                        name, blank, rest = piece.text.partition(" ")
                        if blank and piece.x + len(name) + 1 >= first - 2 * _TOLERANCE:
                            # one blank between the 担当課 and the schedule beside it (not
                            # between two departments: 「工業振興課 商業・駅まち振興課」)
                            inside.append(_Token(piece.x + len(name) + 1, piece.end, rest, 1))
                            line_head.append(name)
                            continue
                    line_head.append(piece.text)
            for at, piece in zip(_assign(inside, refs), inside, strict=False):
                cells[at].append(piece.text)
            if line_head:
                head.append(" ".join(line_head))
        joined = [_join(parts, figures=figures) for parts in cells]
        return _join(head), joined, _join(side)

    def _pieces(self, index: int, refs: list[list[int]], cuts: list[int]) -> list[_Token]:
        """The line's fragments, cut where a single blank stands at a column's start (a year
        column's, or one of ``cuts``)."""
        out: list[_Token] = []
        starts = [x for ref in refs for x in ref] + cuts
        for tok in self.toks[index]:
            at_column = (
                not tok.text.startswith(("(", "（"))
                and not (out and _KPI.startswith(compact(out[-1].text + tok.text)))  # 「K P I」
                and any(abs(tok.x - x) <= 2 * _TOLERANCE for x in starts)
            )
            if out and tok.gap == 1 and not at_column:
                last = out[-1]
                out[-1] = _Token(last.x, tok.end, f"{last.text} {tok.text}", last.gap)
            else:
                out.append(_Token(tok.x, tok.end, tok.text, tok.gap))
        return out


def _title(text: str) -> str:
    """A title read down a vertical first column, without what does not belong to it: the
    year label (or its first characters, 「令」) of a header row that starts in the first column
    (「…の開催令和3年度」) and the
    reference mark a rotated superscript leaves (「^{ 3}※」)."""
    text = _TRAILING_YEAR.sub("", text)
    return _LONE_MARK.sub("", strip_footnotes(text))


def _label_apart(pieces: list[_Token]) -> list[_Token]:
    """A label row's pieces with the label (or its first character, as a label set one character
    per line leaves it) cut from the cell one blank after it (「区分 市」「区 国」「担 情報政策課」)."""
    if not pieces or pieces[0].x > _TOLERANCE:
        return pieces
    head, blank, rest = pieces[0].text.partition(" ")
    if compact(pieces[0].text).startswith(_KPI):
        return pieces  # 「K P I (…)」 is spaced out, not set one character per line
    key = compact(head)
    if not blank or not key or not any(label.startswith(key) for label in (_KUBUN, _DEPT, _START, _KPI)):
        return pieces  # cut after a label or the part of it on this line (「区分 市」「区 国」「担当 経」)
    cut = len(head) + 1
    first = _Token(pieces[0].x, pieces[0].x + len(head), head, pieces[0].gap)
    return [first, _Token(pieces[0].x + cut, pieces[0].end, rest, 1), *pieces[1:]]


def _beside_name(name: str, rest: str) -> bool:
    """Whether ``rest``, one blank after a KPI name's wrapped line, is the 担当課 beside it: a
    character or three of Japanese, not a second name in brackets."""
    return (
        bool(name)
        and 1 <= len(rest) <= 3
        and not rest.startswith(("(", "（"))
        and all(unicodedata.east_asian_width(ch) in "WF" for ch in rest)
    )


def _looks_like_value(text: str) -> bool:
    """A KPI cell's first piece: a figure or a dash, not a 担当課 character that drifted right."""
    head = unicodedata.normalize("NFKC", text[:1])
    return head.isdigit() or head in "—－-―ー"


def _pairs(line: list[_Token], below: list[_Token]) -> list[_Token]:
    """The figures of a KPI line with two figures a cell (「50% 5校」「60%」 over 「20校」): a
    figure one blank after another joins it unless a figure of the next line (not a unit that
    wrapped: 「千円」) stands under either, which makes each a column of its own."""
    under = {tok.x for tok in below if unicodedata.normalize("NFKC", tok.text[:1]).isdigit()}

    def has_under(tok: _Token) -> bool:
        return any(abs(tok.x - x) <= _TOLERANCE for x in under)

    out: list[_Token] = []
    for tok in line:
        if out and tok.gap == 1 and not has_under(tok) and not has_under(out[-1]):
            out[-1] = _Token(out[-1].x, tok.end, f"{out[-1].text} {tok.text}", out[-1].gap)
        else:
            out.append(tok)
    return out


def _assign(pieces: list[_Token], refs: list[list[int]]) -> list[int]:
    """The year column of each piece of one line: in order when the line fills every column,
    else the column whose reference positions are nearest, never left of the piece before (two
    pieces one blank apart may share a column: 「人 120」 of 「5,000人 120事業所」)."""
    if not refs:
        return []  # no year header: nothing to place them in (zip drops the pieces)
    if len(pieces) == len(refs):
        return list(range(len(refs)))
    out: list[int] = []
    for piece in pieces:
        distances = [min(abs(piece.x - x) for x in ref) for ref in refs]
        at = min(range(len(refs)), key=lambda i: (distances[i], i))
        if out and at < out[-1]:
            at = out[-1]
        out.append(at)
    return out


def card_rows(text: str) -> str | None:
    """``text`` with its cards as tab rows, the same number of lines (see CardColumns); None
    when it has no card laid out in columns.

    Only a column-aligned text (aligned_rows.looks_aligned: cells set apart by runs of blanks)
    is laid out: pdfplumber's text writes each printed line's words one blank apart, so a year
    header 「令和3年度 令和4年度 …」 looks like columns while the cells beside a first column set
    vertically (one character a line) are not where their columns are — read as cards, the
    schedule's steps became 担当課 and the 概要's last words titles (延岡市, F1 0.16)."""
    if not looks_aligned(text):
        return None
    reader = CardColumns(text.split("\n"))
    if not reader.laid_out():
        return None
    return "\n".join(reader.rows())
