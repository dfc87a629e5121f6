"""伊豆の国市's cards out of text extracted in reading-flow order (plain ``pdftotext``, pdfminer,
pdfplumber's ``extract_text``).

Without ``-layout``, pdftotext writes a printed card's cells as blocks in an order of its own:
a label broken over lines (「重点\\n取組\\n事項\\n名」「管理番\\n号」), its value one block later
or several blocks away (the 事業名 after the 工程表's years, the 基準値 and 目標値 after the
スケジュール label), and the columns of the 工程表 lost. What survives is which card a block
belongs to (the blocks of one card come between its 重点取組事項名 and the next) and what kind of
text each value is. So each card is rebuilt from the kinds:

- 重点取組事項名: the 「N title」 after the label; 管理番号: the block that is a bare number;
- 担当課: the first block after the label that lists offices (every name ends as one does, or ほか);
- 事業名: the label's own line, else the first short phrase after the label that is nothing else
  (not a label, number, list of offices, year, sentence, indicator);
- 評価指標: the blocks that hold 「／令和N年度」 or a lone 「—」, in order; the 基準値 come first,
  the 目標値 after them (a lone 「—」 first is an empty 基準値; otherwise the pieces are cut where
  the first measure's name comes back);
- スケジュール: the header's year pieces and the short phrases after the label that are no other
  field's value, the steps laid over the header's periods in their order (schedule_order: an
  estimate, the columns are lost; the layout says so in a warning).

The prose fields are not rebuilt: their order is not in the text, and a wrong text is worse than
none. Text that writes each printed line's cells on one line (pdfplumber) is read the same way,
its labels spelled by words past the first column too; pdfminer's, whose cards' right-hand
values come as a stream after their left column, with ``zipped`` (restore_flow_cards). The
result is the sample's tab-separated card rows, which the layout reads as it reads its sample.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .cells import Labels
from .labelcolumn import join_cell, labels_in, running_lines
from .schedule_order import header_periods, is_header_piece, period_cell, spread, without_leading_years
from .text import MILESTONES, compact, is_department, is_no_value, lazy_re, page_furniture, parse_fy, squash

_SEP_FY = lazy_re(
    r"[／/]\s*(?:令和|平成)\s*(?:元|[0-9０-９]{1,2})\s*年度\s*末?(?:\s*[（(][^（）()]{0,200}[）)])?"
)
_SECTION = lazy_re(r"^[0-9０-９]{1,2}\s+[^\s0-9０-９]")
_NUMBER = lazy_re(r"^[0-9０-９]{1,4}$")
_HEADING = lazy_re(r"^重点取組事項\s*[0-9０-９]{1,2}(?:\s|$)")
#: The start of a 重点取組事項名 label cut by a page break, with its 「N title」 value on the line.
_OPENING_FRAGMENT = lazy_re(r"^重点取?組?事?項?\s+(?=[0-9０-９]{1,2}\s)")


@dataclass
class _Item:
    label: str | None  # a label, or None for a line of text
    text: str
    line: int  # index in the input lines
    block: int  # text lines of one block (no blank line or label between them) share it


def _pieces(lines: list[str], labels: tuple[str, ...], drop: set[int]) -> list[list[tuple[int, str]]]:
    """Runs of consecutive lines as (line index, text); a line that ends with the first
    fragment of a label the next lines complete (「行政手続のオンライン化の推進 担」 「当」 「課」,
    an extraction that writes a row's cells on one line) is two pieces, that fragment the second."""
    keys = [compact(label) for label in labels]
    runs: list[list[tuple[int, str]]] = []
    previous = -2
    for i, raw in enumerate(lines):
        if i in drop and previous == i - 1:
            previous = i  # a running header or page number inside a run does not end it
            continue
        if i in drop or not raw.strip():
            continue
        text = squash(raw)
        if previous != i - 1 or not runs:
            runs.append([])
        previous = i
        head, _, last = text.rpartition(" ")
        if head and any(key.startswith(compact(last)) for key in keys):
            following = [squash(lines[j]).split(" ", 1)[0] for j in range(i + 1, min(i + 8, len(lines)))]
            spans = labels_in([last, *following], labels)
            if spans and spans[0].first == 0 and spans[0].end > 1:
                runs[-1].extend([(i, head), (i, last)])
                continue
        runs[-1].append((i, text))
    return runs


def _inline_fragments(rests: list[list[str]], keys: dict[str, str]) -> dict[tuple[int, int], str | None]:
    """Labels spelled by words of consecutive lines past their first column, as text that
    writes each printed line's cells on one line gives a label wrapped in a narrow column
    (pdfplumber's ``extract_text``: 「重点 1 行政… 管 1」「取組 理」「事項 番」「名 号」): the
    (line, word) of each fragment, the first mapped to its label, the others to None."""
    out: dict[tuple[int, int], str | None] = {}
    for k, words in enumerate(rests):
        for p, word in enumerate(words):
            key = compact(word)
            if not key or (k, p) in out or key in keys:
                continue
            for label_key, label in keys.items():
                if not label_key.startswith(key):
                    continue
                spelled, at, found = key, k, [(k, p)]
                while spelled != label_key and at + 1 < len(rests):
                    at += 1
                    nxt = next(
                        (
                            q
                            for q, w in enumerate(rests[at])
                            if compact(w)
                            and (at, q) not in out
                            and label_key.startswith(spelled + compact(w))
                        ),
                        None,
                    )
                    if nxt is None:
                        break
                    spelled += compact(rests[at][nxt])
                    found.append((at, nxt))
                if spelled == label_key:
                    out[found[0]] = label
                    out.update(dict.fromkeys(found[1:]))
                    break
    return out


def _items(lines: list[str], labels: tuple[str, ...], drop: set[int]) -> list[_Item]:
    """Labels and text lines in reading order; a label's fragments (the first words of
    consecutive lines) read as one."""
    keys = {compact(label): label for label in labels}
    items: list[_Item] = []
    block = 0
    for run in _pieces(lines, labels, drop):
        block += 1
        words = [text.split(" ", 1) for _, text in run]
        spans = labels_in([w[0] for w in words], labels, glued=True)
        label_at = {span.first: span.label for span in spans}
        tails = {span.end - 1: span.tail for span in spans if span.tail}
        skipped = {k for span in spans for k in span.skipped}
        in_label = {k for span in spans for k in range(span.first, span.end)} - skipped
        rests: list[list[str]] = []
        for k, (_, text) in enumerate(run):
            rest = text
            if k in in_label:
                rest = words[k][1] if len(words[k]) > 1 else ""
                if k in tails:
                    rest = f"{tails[k]} {rest}".strip()
            rests.append(rest.split(" ") if rest else [])
        fragments = _inline_fragments(rests, keys)
        for k, (i, _) in enumerate(run):
            if k in in_label and k in label_at:
                items.append(_Item(label_at[k], label_at[k], i, block))
                block += 1
            # a label as a word of its own further on (「評価指 基準値」, an extraction that
            # writes a row's cells on one line: 「事業名 窓口業務の改革 担当課 市民課」), or
            # spelled by words of consecutive lines there (「… 管 1」「取組 理」「事項 番」「名 号」)
            words_of: list[str] = []
            for p, word in enumerate(rests[k]):
                if (k, p) in fragments:
                    label = fragments[(k, p)]
                    if label is None:
                        continue
                    word = label
                if compact(word) in keys:
                    if words_of:
                        items.append(_Item(None, " ".join(words_of), i, block))
                        words_of = []
                    items.append(_Item(keys[compact(word)], keys[compact(word)], i, block))
                    block += 1
                elif word:
                    words_of.append(word)
            if words_of:
                items.append(_Item(None, " ".join(words_of), i, block))
    return items


def _is_offices(text: str) -> bool:
    """Whether a block lists 担当課: its first name is an office's (a remark may follow:
    「情報政策課 全庁的な取り組み」)."""
    tokens = [t for t in re.split(r"[\s、，,／/]+", text) if t]
    return bool(tokens) and is_department(tokens[0]) and "。" not in text


def _is_year(text: str) -> bool:
    return parse_fy(text) is not None and len(compact(text)) <= 12


def _is_indicator(text: str) -> bool:
    return bool(_SEP_FY.search(text)) or is_no_value(text)


def _blocks(items: list[_Item]) -> list[tuple[int, str, list[str]]]:
    """The text blocks of a card: (index of the first item, joined text, its lines)."""
    out: list[tuple[int, str, list[str]]] = []
    current: list[_Item] = []
    first = 0
    for index, item in enumerate([*items, _Item("", "", -1, -1)]):
        # a bare number (管理番号) and a 「N title」 line (重点取組事項名) are blocks of their own even
        # where the flow stacked them with the next value (「4\n総務課」「1 行政…\nオンライン面接の導入」)
        alone = item.label is None and bool(_NUMBER.match(item.text) or _SECTION.match(item.text))
        after_alone = bool(current) and bool(
            _NUMBER.match(current[-1].text) or _SECTION.match(current[-1].text)
        )
        if current and (item.label is not None or item.block != current[-1].block or alone or after_alone):
            out.append((first, join_cell([c.text for c in current]), [c.text for c in current]))
            current = []
        if item.label is None:
            if not current:
                first = index
            current.append(item)
    return out


_NAME = lazy_re(r"^[^\s0-9０-９]{4,}")


def _cut(text: str) -> int | None:
    """Where the 基準値 end and the 目標値 begin in one run of indicator text: where the first
    measure's name comes back after its first 「／令和N年度」 (「…34%/令和4年度 紙の印刷枚数 —
    認証印刷システムの導入率 100%/令和7年度」); two pieces are one of each."""
    first = _SEP_FY.search(text)
    if first is None:
        return None
    name = _NAME.match(text.strip())
    if name:
        again = text.find(name.group(), first.end())
        if again > 0:
            return again
    ends = [m.end() for m in _SEP_FY.finditer(text)]
    return ends[0] if len(ends) == 2 else None


#: What a 工程表's year header leaves when its cells flow in between (「令和5年度(後期)」「令和\n6年\n度」).
_YEAR_CHARS = set("令和平成元0123456789０１２３４５６７８９年度()（）前後期 ")


def _without_years(text: str) -> str:
    """Indicator text without the year header cells that flowed in after its last 「／令和N年度」."""
    ends = [m.end() for m in _SEP_FY.finditer(text)]
    if ends and text[ends[-1] :].strip() and set(text[ends[-1] :]) <= _YEAR_CHARS:
        return text[: ends[-1]]
    return text


def _indicators(lines: list[str]) -> tuple[str | None, str | None]:
    """(基準値, 目標値) out of the indicator lines of a card, in reading order."""
    if not lines:
        return None, None
    if is_no_value(lines[0]):
        rest = _without_years(join_cell(lines[1:]))
        return "—", rest or None
    if is_no_value(lines[-1]) and len(lines) > 1:
        return _without_years(join_cell(lines[:-1])), "—"
    text = _without_years(join_cell(lines))
    cut = _cut(text)
    if cut is None:
        return None, text
    return text[:cut].strip(), text[cut:].strip()


def _steps(label: str, lines: list[str]) -> list[str]:
    """The steps of a 工程表 block: its lines are one label wrapped, except that a milestone
    (「環境整備済み」) ends a step and a 【…】 tag starts one."""
    while lines and is_header_piece(lines[0]):  # the chart's header, run into the block
        lines = lines[1:]
    if len(lines) < 2 or compact("".join(lines)) != compact(label):
        return [label]
    out: list[list[str]] = [[]]
    for line in lines:
        # a line's words may be cells of their own (「目標達成 オンライン申」): only a milestone's
        # word ends a step there
        words = line.split(" ")
        cut = next((n + 1 for n, word in enumerate(words[:-1]) if MILESTONES.search(word)), 0)
        for part in [" ".join(words[:cut]), " ".join(words[cut:])] if cut else [line]:
            if out[-1] and (MILESTONES.search(out[-1][-1].strip()) or part.lstrip().startswith("【")):
                out.append([])
            out[-1].append(part)
    return [join_cell(part) for part in out]


class _Card:
    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.blocks = _blocks(items)
        self.chart: _Card | None = None  # a right-hand stream's card: its chart's left column

    def after(self, label: str) -> int:
        """The index of ``label``'s item (0 when the card has none)."""
        return next((i for i, item in enumerate(self.items) if item.label == label), 0)

    def same_line(self, label: str) -> str | None:
        at = next((i for i, item in enumerate(self.items) if item.label == label), None)
        if at is None or at + 1 >= len(self.items):
            return None
        nxt = self.items[at + 1]
        if nxt.label is None and nxt.line == self.items[at].line:
            return next((text for first, text, _ in self.blocks if first == at + 1), nxt.text)
        return None

    def first(self, label: str, test: Callable[[str], bool]) -> str | None:
        start = self.after(label)
        found = [text for first, text, _ in self.blocks if first > start and test(text)]
        if not found:
            found = [text for _, text, _ in self.blocks if test(text)]
        return found[0] if found else None

    def offices(self) -> str | None:
        """The 担当課: the first block after the label that lists offices, with the blocks
        after it that finish a name it ends in the middle of (「企画課 市」「民課」: the flow
        broke a wrapped cell into blocks)."""
        start = self.after("担当課")
        at = next(
            (n for n, (first, text, _) in enumerate(self.blocks) if first > start and _is_offices(text)), None
        )
        if at is None:
            return self.first("担当課", _is_offices)
        text = self.blocks[at][1]
        for _, more, _ in self.blocks[at + 1 : at + 3]:
            last = text.split(" ")[-1]
            if is_department(last) or last in ("ほか", "等") or len(more) > 20 or " " in more:
                break
            joined = join_cell([text, more])
            if not is_department(joined.split(" ")[-1]):
                break
            text = joined
        return text

    def title_like(self, text: str) -> bool:
        return (
            0 < len(text) <= 80
            and "。" not in text
            and "<" not in text
            and not _NUMBER.match(text)
            and not _SECTION.match(text)
            and not _is_offices(text)
            and not _is_year(text)
            and not _is_indicator(text)
            and not all(_is_year(part) for part in text.split())
        )

    @staticmethod
    def value_like(text: str) -> bool:
        return not (_NUMBER.match(text) or _SECTION.match(text) or _is_offices(text) or _is_year(text))

    def stray_code(self) -> str | None:
        """A bare number after a second 管理番号 label: the next card's, whose first row the
        flow put before its own 重点取組事項名."""
        labels = [i for i, item in enumerate(self.items) if item.label == "管理番号"]
        if len(labels) < 2:
            return None
        return next(
            (text for first, text, _ in self.blocks if first > labels[1] and _NUMBER.match(text)), None
        )

    def indicator_lines(self, *, late: bool, anywhere: bool = False) -> list[str]:
        """The lines of the indicator blocks after the card's 評価指標 label (``late``), or
        before it: the previous card's, which the flow put after this card's first label;
        ``anywhere``: all of them (a right-hand stream, whose values may precede the label)."""
        start = -1 if anywhere else self.after("評価指標")
        # the block right after 基準値 / 目標値 is a value whatever it holds (the start of one
        # a page break cut from its 「／令和N年度」); other blocks are by their shape
        valued = {i + 1 for i, item in enumerate(self.items) if item.label in ("基準値", "目標値")}
        return [
            line
            for first, text, lines in self.blocks
            if (first > start if late else first < start)
            and (
                _is_indicator(text)
                # a paragraph is no value, wherever a stream put it
                or (late and first in valued and self.value_like(text) and not (anywhere and len(text) > 80))
            )
            for line in lines
        ]

    def rows(
        self,
        code: str | None = None,
        following: _Card | None = None,
        common: list[tuple[int, int | None]] | None = None,
        right: _Card | None = None,
        left: tuple[str | None, _Card] | None = None,
    ) -> list[str]:
        """The card's rows; with ``right``, its 管理番号, 担当課 and 評価指標 values are read there
        (the blocks from this card's 管理番号 label to the next card's, see restore_flow_cards):
        that card's rows are made with ``left``, this card's section and itself (事業名, chart)."""
        section = self.same_line("重点取組事項名") or self.first(
            "重点取組事項名", lambda t: bool(_SECTION.match(t))
        )
        if left is not None:
            section = left[0]
        elif right is not None:
            return right.rows(
                next((text for _, text, _ in right.blocks if _NUMBER.match(text)), None),
                common=common,
                left=(section, self),
            )
        labels = [i for i, item in enumerate(self.items) if item.label == "管理番号"]
        if left is None and (code is None or labels):
            end = labels[1] if len(labels) > 1 else len(self.items)
            code = next(
                (
                    text
                    for first, text, _ in self.blocks
                    if first > self.after("管理番号") and first < end and _NUMBER.match(text)
                ),
                code,
            ) or self.first("管理番号", lambda t: bool(_NUMBER.match(t)))
        titled = self if left is None else left[1]
        title = titled.title()
        departments = self.offices()
        indicator_lines = self.indicator_lines(late=True, anywhere=left is not None)
        if not indicator_lines and following is not None:
            indicator_lines = following.indicator_lines(late=False)
        base, target = _indicators(indicator_lines)
        out = [
            "\t".join(["重点取組事項名", section or "", "管理番号", code or ""]),
            "\t".join(["事業名", title or "", "担当課", departments or ""]),
        ]
        if base is not None or target is not None:
            out.append("\t".join(["評価指標", "基準値", base or "—"]))
            out.append("\t".join(["", "目標値", target or "—"]))
        pieces, steps = (self.chart or titled).schedule(title, departments)
        if left is not None:  # the rest of the chart came in the right-hand stream
            more_pieces, more_steps = self.schedule(title, departments, alone=True)
            pieces += more_pieces
            steps += [step for step in more_steps if step not in steps]
        periods = header_periods(pieces)
        if common and periods != common and {fy for fy, _ in periods} <= {fy for fy, _ in common}:
            periods = common  # pieces the flow scattered or garbled: the plan's usual header
        if periods and steps:
            out.append("\t".join(["スケジュール", *map(period_cell, periods)]))
            out.extend("\t".join(["", *row]) for row in spread(steps, len(periods)))
        return out

    def title(self) -> str | None:
        """The 事業名: on the label's line, else the first short phrase after it that is
        nothing else."""
        title = self.same_line("事業名")
        if title is None:
            start, end = self.after("事業名"), self.after("概要") or len(self.items)
            candidates = [
                text for first, text, _ in self.blocks if start < first < end and self.title_like(text)
            ]
            title = candidates[0] if candidates else self.first("事業名", self.title_like)
        return title

    def schedule(
        self, title: str | None, departments: str | None, *, alone: bool = False
    ) -> tuple[list[str], list[str]]:
        """The 工程表's header pieces and its step labels in flow order: the blocks after the
        スケジュール label that are year pieces (a lone number after 「令和」 too, a year set
        vertically), and the short phrases that are no other field's value. ``alone``: only
        the blocks between the first スケジュール label and the next (a right-hand stream,
        where the next card's chart follows)."""
        charts = [i for i, item in enumerate(self.items) if item.label == "スケジュール"]
        if not charts:
            return [], []
        start = charts[0]
        end = charts[1] if alone and len(charts) > 1 else len(self.items)
        # the flow may give the chart's header and steps before its label: the chart starts at
        # its first year after the 評価指標 label, if that comes first
        measures = self.after("評価指標")
        start = min(
            start,
            next(
                (first for first, text, _ in self.blocks if first > measures and is_header_piece(text)), start
            ),
        )
        valued = {i + 1 for i, item in enumerate(self.items) if item.label and item.label != "スケジュール"}
        pieces: list[str] = []
        labels: list[str] = []
        for first, text, lines in self.blocks:
            if first >= end or (alone and first < start):
                continue
            if is_header_piece(text.lstrip("—－―- ")) or (
                _NUMBER.match(text) and pieces and pieces[-1].endswith(("令和", "平成")) and len(text) <= 2
            ):
                pieces.append(text)
                continue
            # a header cell the flow ran into the 目標値 (「…／令和7年度令和5年度(後期)」)
            if _is_indicator(text):
                tail = text[[*_SEP_FY.finditer(text)][-1].end() :] if _SEP_FY.search(text) else ""
                if is_header_piece(tail):
                    pieces.append(tail)
                continue
            if first < start:
                continue
            label = without_leading_years(text)
            if label != text:
                pieces.append(text[: len(text) - len(label)])
            if (
                first in valued
                or len(label) > 60
                or "<" in label
                or label in (title, departments)
                or _HEADING.match(label)  # a 重点取組事項 heading a stream put among the steps
                or not self.value_like(label)
                or not self.title_like(label.replace("。", ""))
            ):
                continue
            labels.extend(_steps(label, lines))
        return pieces, labels


def _second_titles(items: list[_Item], opening: str) -> list[int]:
    """Card starts: each ``opening`` label, and where a second 事業名 comes before the next
    one (that label's fragments scattered by a page break) the line that begins the label
    (「重点取 2 行政…」, read as the label and its 「N title」), else that 事業名. ``items``
    gets the label the fragment stood for."""
    out: list[_Item] = []
    starts: list[int] = []
    titled = False
    pending: int | None = None  # a fragment of the opening label after this card's 事業名
    for item in items:
        if item.label == opening:
            starts.append(len(out))
            titled, pending = False, None
        elif item.label == "事業名" and titled and starts:
            if pending is None:
                starts.append(len(out))
            else:
                fragment = _OPENING_FRAGMENT.match(out[pending].text)
                assert fragment is not None
                out[pending].text = out[pending].text[fragment.end() :].strip()
                out.insert(pending, _Item(opening, opening, out[pending].line, -1))
                starts.append(pending)
            pending = None
        elif item.label == "事業名":
            titled = True
        elif item.label is None and titled and _OPENING_FRAGMENT.match(item.text):
            pending = len(out)
        out.append(item)
    items[:] = out
    return starts


#: The labels of a card's first rows, and of its last: a card's first rows come after the last
#: rows of the card before, in whatever order the flow gives their labels.
_HEAD = ("重点取組事項名", "管理番号", "事業名", "担当課")
_TAIL = ("評価指標", "スケジュール")


def _grouped_starts(items: list[_Item]) -> list[int]:
    """Card starts where the flow puts a card's first rows in any order (pdfminer: 「管理番号」
    「担当課」 and their values before 「重点取組事項名」): the first label of a card's first rows
    after the last rows of the card before."""
    starts: list[int] = []
    tail = True
    for index, item in enumerate(items):
        if item.label in _HEAD and tail:
            starts.append(index)
            tail = False
        elif item.label in _TAIL:
            tail = True
    return starts


def restore_flow_cards(
    lines: list[str], labels: Labels, *, grouped: bool = False, zipped: bool = False
) -> tuple[list[str], list[int]] | None:
    """The card rows of 伊豆の国市's plan out of text in reading-flow order, with the line (1-based)
    each row comes from; the lines before the first card (title, period) and the 重点取組事項
    headings as they are. None when no card is found.

    A card starts at its 重点取組事項名 label (plain pdftotext keeps it first), or with
    ``grouped`` at the first label of its first rows after the card before (_grouped_starts).
    With ``zipped`` the card's right-hand column is a stream of its own: pdfminer gives a
    page's left column (labels, 事業名, prose, the chart's first years) for several cards, then
    their right-hand values (管理番号, 担当課, 評価指標) — so the n-th card takes its 管理番号,
    担当課 and 評価指標 from the blocks after the n-th 管理番号 label (None when the two counts
    differ: a label lost, the streams cannot be paired)."""
    drop = page_furniture(lines) | running_lines(lines)
    opening = labels.rows[0]
    items = _items(lines, (*labels.rows, *labels.inline, *labels.sub), drop)
    starts = [i for i, item in enumerate(items) if item.label == opening]
    if not starts:
        return None
    if grouped:
        starts = _grouped_starts(items)
    out: list[str] = []
    where: list[int] = []
    for item in items[: starts[0]]:
        if item.label is None:
            out.append(item.text)
            where.append(item.line + 1)
    if not grouped:
        starts = _second_titles(items, opening)
    rights: list[_Card | None] = [None] * len(starts)
    if zipped:
        at = [i for i, item in enumerate(items) if item.label == "管理番号"]
        if len(at) != len(starts):
            return None
        # a code the flow put just before its label (「8」「管理」「番号」) is that card's when the
        # card before has a code of its own after its label
        bare = [n for n, item in enumerate(items) if item.label is None and _NUMBER.match(item.text)]
        for n in range(1, len(at)):
            before = at[n] - 1
            if before in bare and any(at[n - 1] < b < before for b in bare):
                at[n] = before
        rights = [_Card(items[a : at[n + 1] if n + 1 < len(at) else len(items)]) for n, a in enumerate(at)]
        # a chart's first column comes after its スケジュール label, whatever labels the left
        # stream puts before the next one (the next card's 重点取組事項名 may come first)
        charts = [i for i, item in enumerate(items) if item.label == "スケジュール"]
        if len(charts) == len(starts):
            for n, right in enumerate(rights):
                assert right is not None
                right.chart = _Card(items[charts[n] : charts[n + 1] if n + 1 < len(charts) else len(items)])
    cards: list[tuple[int, _Card, list[_Item]]] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(items)
        headings = [item for item in items[start:end] if item.label is None and _HEADING.match(item.text)]
        cards.append((start, _Card([item for item in items[start:end] if item not in headings]), headings))
    headers = Counter(tuple(header_periods(card.schedule(None, None)[0])) for _, card, _ in cards)
    common = max(headers, key=lambda h: (headers[h], len(h))) if headers else ()
    stray: str | None = None
    for n, (start, card, headings) in enumerate(cards):
        following = cards[n + 1][1] if n + 1 < len(cards) else None
        for row in card.rows(stray, following, list(common), rights[n]):
            out.append(row)
            where.append(items[start].line + 1)
        stray = card.stray_code()
        for item in headings:
            out.append(item.text)
            where.append(item.line + 1)
    return out, where
