"""日田市's 取組 tables out of text extracted in reading-flow order (plain ``pdftotext``, pdfminer).

Without ``-layout`` an extractor writes each printed cell as a block of its own, in an order of
its own: a label broken over lines (「取組番\\n号」「スケジ\\nュール」), a title cut into its narrow
cell's lines (「オンライ」「ン申請」「対応手」…), the year headings and statuses of the schedule
as separate blocks, and now and then a value after the next table's first label. No row and no
column survives, but the kind of each block does, and so does the order of the blocks of one
kind. Each table is rebuilt from the kinds:

- 取組番号: the 「N-N-N」 after the label, or on a line of its own (a code the print wrapped,
  「1 - 2 -」 without its last number, is the one after the previous code: a warning says so);
- 取組内容: the paragraph after the label (a sentence);
- 事業担当課: the list of offices after the label; a name cut at the cell's edge (「関」) is
  joined to the first fragment that completes it (「係各課」);
- 取組名: what is left of the table's blocks when labels, the code, sentences, offices, years
  and statuses are taken out, in order;
- スケジュール: a year heading followed directly by its status (an extractor that keeps a
  column's cells together), else none, with a warning: the columns are lost.

The plan keeps what was found, every guess named in a warning (the caller adds them).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations

from .text import compact, is_department, lazy_re, nfkc, split_departments, squash, year_cell

_CODE = lazy_re(r"(?<![0-9])([0-9]{1,2})\s*[-－ー‐−–]\s*([0-9]{1,2})\s*[-－ー‐−–]\s*([0-9]{1,3})(?![0-9])")
#: 「1 - 2 -」: a code the print wrapped before its last number.
_LOOSE_CODE = lazy_re(r"^[0-9][0-9\s\-－ー‐−–]{1,8}$")
_CUT_CODE = lazy_re(r"^([0-9]{1,2})\s*[-－ー‐−–]\s*([0-9]{1,2})\s*[-－ー‐−–](?:\s|$)")
_LABELS = {
    "code": "取組番号",
    "title": "取組名",
    "summary": "取組内容",
    "departments": "事業担当課",
    "schedule": "スケジュール",
}
#: The letters the labels begin with.
_LABEL_FIRSTS = frozenset(label[0] for label in _LABELS.values())
#: A line that is only year headings or pieces of them (「令和6」「年度」「令和6 令和7年度」「9年」).
_YEAR_PIECES = lazy_re(r"^(?:(?:令和|平成)|[0-9]{1,2}\s*年?\s*度?|年\s*度?|度|\s)+$")
_YEAR = lazy_re(r"(?:令和|平成)\s*(?:元|[0-9]{1,2})\s*年\s*度")
#: The words a schedule cell is made of: a block of only these (or their pieces) is a status.
_STATUS_WORDS = (
    "実施",
    "予定",
    "検討",
    "事業",
    "開始",
    "完了",
    "終了",
    "一部",
    "拡大",
    "更新",
    "継続",
    "導入",
    "運用",
    "中",
)
_STATUS_CHARS = frozenset("".join(_STATUS_WORDS) + "()（）・ ")
#: 「7 」「3-2 」「-3 」 before a 取組名 label: the end of a code the print wrapped.
#: 「1 名 オンライン会議…」: the end of a wrapped code and of the 取組名 label before a title.
_LABEL_DEBRIS = lazy_re(r"^(?:[0-9\-]+\s*)?名\s+")
_CODE_DEBRIS = lazy_re(r"^[-－ー‐−–]?\s*(?:[0-9]{1,3}\s*[-－ー‐−–]\s*)*[0-9]{1,3}\s+(?=取)")
_JP = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HEADING = lazy_re(r"^(?:基本方針|基本項目)\s*[0-9]{1,2}(?:\s|[一ー－―—:：]|$)")
_CJK_BLANK = lazy_re(r"(?<=[\u3040-\u30ff\u3400-\u9fff]) (?=[\u3040-\u30ff\u3400-\u9fff])")
_LATIN_WORD = lazy_re(r"[A-Za-z]{2,}|[A-Za-z] [A-Za-z]")
#: 「1 -」「3 -」「6 取組」: a code whose parts were put in cells of their own.
_CODE_ACROSS_CELLS = lazy_re(r"([0-9])\s*[-－ー‐−–]\s*\t\s*(?=[0-9])")
#: 「取\t組\t名」: a letter-spaced label whose letters were put in cells of their own.
_LABEL_ACROSS_CELLS = lazy_re("|".join(r"[\t ]*".join(label) for label in _LABELS.values()))
_STATUS_TOKEN = lazy_re(
    r"(?P<note>[(（][^()（）]{1,12}[)）])"
    r"|(?P<word>(?:事業)?(?:開始|実施|完了|導入|運用|継続|検討|拡大|更新|終了)(?:予定?|中)?)"
)
_NOTE = lazy_re(r"[(（][^()（）]{1,12}[)）]")
_STATUS_RUN = lazy_re(
    r"(?:[(（][^()（）]{1,12}[)）]|(?:事業)?(?:開始|実施|完了|導入|運用|継続|検討|拡大|更新|終了)(?:予定?|中)?|[・\s])+"
)
_CODE_BITS = lazy_re(r"[0-9\-\s]+")
_PAGE = lazy_re(r"^[-－ー―]?\s*[0-9]{1,3}\s*[-－ー―]?$")
#: Warnings that _fill_schedules looks for again among an item's notes (to drop or keep them): one
#: text each, so that rewording a message cannot silently change which schedule is kept.
_GUESSED_YEARS = "スケジュールの年度は、他の取組の表（または計画期間）と同じ年度と見なしました。"
_PARTIAL_SCHEDULE = "スケジュールは一部の年度しか読み取れていない可能性があります。"
_NOTE_DROPPED = "スケジュールの注記"


@dataclass
class FlowItem:
    """One 取組 rebuilt from the flow, with what had to be guessed."""

    code: str
    major: int
    minor: int
    line: int  # 1-based line of its code
    title_runs: list[list[str]] = field(default_factory=list)  # the title's pieces as the print cut them
    early: int = 0  # how many runs came before the table's 取組名 label
    summary: str | None = None
    departments: list[str] = field(default_factory=list)
    schedule: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)  # the year headings found in its blocks
    status_text: list[str] = field(default_factory=list)  # its statuses' blocks and pieces, in order
    spare: list[str] = field(default_factory=list)  # office pieces read that no name took
    cut: str = ""  # the last office, cut short and left out
    wrapped: list[tuple[int, str]] = field(default_factory=list)  # the schedule read as wrapped rows


@dataclass
class _Piece:
    line: int  # 1-based
    text: str
    para: int  # pieces of one paragraph (no blank line between them) share it
    kind: str = ""  # label:<kind>, code, year, status, summary, departments, title, page


def _label_head(text: str) -> tuple[str, str] | None:
    """(kind, rest) when ``text`` starts with a label or its first two or more characters (the
    longest such head of any label; 「head」 when two labels share it), debris of a wrapped code
    (「7 取組名 …」「3-2 取組名 …」) before it dropped."""
    debris = _CODE_DEBRIS.match(text)
    body = text[debris.end() :] if debris else text
    if nfkc(body.lstrip()[:1]) not in _LABEL_FIRSTS:
        return None  # (most pieces: asked of every one, a label's first letter first keeps the reading quick)
    squeezed = compact(body)
    best: tuple[int, str, str] | None = None
    for kind, label in _LABELS.items():
        for size in range(len(label), 1, -1):
            head = label[:size]
            if not squeezed.startswith(head):
                continue
            match = _spaced(head).match(body)
            if match is None:
                break
            rest = body[match.end() :]
            if size < len(label) and rest and not rest[0].isspace():
                break  # 「取組の…」 does not start a label
            if best is None or size > best[0]:
                best = (size, kind if size == len(label) or size > 2 else "head", rest.strip())
            break
    if best is None or (debris and best[1] != "title"):
        return None
    return best[1], best[2]


@functools.cache
def _spaced(head: str) -> re.Pattern[str]:
    """``head`` with any blanks between its letters (「取 組 番 号」)."""
    return re.compile(r"\s*".join(map(re.escape, head)))


def _label_tail(text: str) -> bool:
    """「号」「容」「当課」「ュール」「名」: the rest of a label broken over lines."""
    squeezed = compact(text)
    if len(squeezed) == 1 and is_department(squeezed):
        return False  # 「課」 ends an office cut at the cell's edge as often as the label
    return any(
        label.endswith(squeezed) and 0 < len(squeezed) < len(label) and squeezed != label
        for label in _LABELS.values()
    )


def _label_slice(text: str) -> bool:
    """「担当」「ジュ」: two or more letters from the middle of a label broken over three lines."""
    squeezed = compact(text)
    return len(squeezed) >= 2 and any(squeezed in label and squeezed != label for label in _LABELS.values())


def _is_status(text: str) -> bool:
    return (
        bool(text) and all(ch in _STATUS_CHARS for ch in text) and any(w in text for w in _STATUS_WORDS[:12])
    )


def _status_piece(text: str) -> bool:
    """A piece of a status cell cut by the print (「事業開」「始予定」「(一部拡」「大)」)."""
    return bool(text) and all(ch in _STATUS_CHARS for ch in text) and (len(text) >= 2 or text in "()（）")


def _is_sentence(text: str) -> bool:
    """Prose: a sentence's end, or a long text with a comma (an echo 「人事評価におけ もの。」 too)."""
    if _is_offices(text):
        return False
    return (len(text) >= 3 and text.endswith("。")) or (len(text) >= 12 and ("。" in text or "、" in text))


def _office_names(text: str) -> list[str]:
    """The names of a list of offices; in a list separated by 、 a blank inside a name is the
    print's wrap (「大山文 化センター」)."""
    if "、" in text:
        text = _CJK_BLANK.sub("", text)
    return [n for n in split_departments(text.rstrip("、,")) if n]


def _is_offices(text: str) -> bool:
    """A list of offices, the last name maybe cut at the cell's edge (「情報統計課、関」)."""
    names = _office_names(text)
    if not names:
        return False
    whole = [is_department(n) or n.endswith("各課") for n in names]
    return all(whole) or (len(names) >= 2 and all(whole[:-1]) and len(names[-1]) <= 4)


def _pieces(lines: list[str]) -> list[_Piece]:
    out: list[_Piece] = []
    para = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            para += 1
            continue
        raw = _LABEL_ACROSS_CELLS.sub(lambda m: compact(m.group()) if "\t" in m.group() else m.group(), raw)
        last = ""
        for cell in _CODE_ACROSS_CELLS.sub(r"\1 - ", raw).split("\t"):
            text = squash(nfkc(cell))
            if not text:
                continue
            if out and out[-1].line == number and _CODE_BITS.fullmatch(last + text) and "-" in last + text:
                # 「2」「-」「2」「-」: a wrapped code whose numbers and dashes were put in cells of
                # their own (the aligned-rows step splits a line at its blanks)
                out[-1].text = f"{out[-1].text} {text}"
                last += text
                continue
            last = text
            out.append(_Piece(number, text, para))
    return out


def _is_noise(text: str) -> bool:
    """No Japanese letter and mostly digits and signs (「7 1 1 1 1 2」「, , ,」)."""
    if _JP.search(text):
        return False
    squeezed = "".join(text.split())
    return sum(ch.isascii() and ch.isalpha() for ch in squeezed) * 2 < len(squeezed)


def _is_value(text: str) -> bool:
    first, _, rest = text.partition(" ")
    if rest and (_label_tail(first) or _label_slice(first)):
        text = rest  # 「ュール 予定 予定」: a wrapped row's next line beside the label's end
    return bool(
        _status_piece(text)
        or _YEAR_PIECES.match(text)
        or _is_offices(text)
        or _label_head(text)
        or _label_tail(text)
    )


def _mark_furniture(pieces: list[_Piece]) -> None:
    """Headings end a table; a running header (a line of the cover, or next to a page number,
    seen three times or more that is no status, year or office) and digits and signs are not
    part of any."""
    counts = Counter(p.text for p in pieces)
    # the running header: on the cover, or next to a page number
    cover = {p.text for p in pieces[:5]}
    for i, piece in enumerate(pieces):
        if _PAGE.match(piece.text):
            cover.update(p.text for p in pieces[max(0, i - 2) : i + 3])
    for piece in pieces:
        text = piece.text
        if _HEADING.match(text):
            piece.kind = "heading"
        elif _CODE.match(text) or _CUT_CODE.match(text) or _LOOSE_CODE.match(text):
            continue
        elif (
            _is_noise(text)
            or _PAGE.match(text)
            or (counts[text] >= 3 and text in cover and not _is_value(text))
        ):
            piece.kind = "skip"


def codes(lines: list[str]) -> list[str]:
    """The codes of the tables a flow-ordered reading finds (to tell whether it finds more
    than the table reader)."""
    pieces = _pieces(lines)
    _mark_furniture(pieces)
    return ["-".join(map(str, numbers)) for _, numbers in _anchors(pieces)]


def read(lines: list[str], period: tuple[int, int] | None = None) -> list[FlowItem]:
    """The 取組 of a flow-ordered text, in order of their codes; ``period`` (first and last
    fiscal year), when the plan states it, heads the schedules no table's years could."""
    pieces = _pieces(lines)
    _mark_furniture(pieces)
    found = _anchors(pieces)
    anchors = [i for i, _ in found]
    codes = [numbers for _, numbers in found]
    items: list[FlowItem] = []
    known = _known_offices(pieces)
    grams = _grams("".join(compact(p.text) for p in pieces if p.kind not in ("skip", "heading")))
    for n, start in enumerate(anchors):
        end = anchors[n + 1] if n + 1 < len(anchors) else len(pieces)
        # the table's labels come just before its code (「取組番号」「取組内容」「事業担当課」)
        begin = start
        while begin > (anchors[n - 1] + 1 if n else 0) and pieces[begin - 1].kind.startswith("label"):
            begin -= 1
            if pieces[begin].kind == "label:code":
                break  # labels before the 取組番号 one end the table before
        major, minor, last = codes[n]
        item = FlowItem(f"{major}-{minor}-{last}", major, minor, pieces[start].line)
        stop = next((j for j in range(start, end) if pieces[j].kind == "heading"), end)
        table = [p for p in pieces[begin:stop] if p.kind != "skip"]
        _read_table(table, item, grams)
        if items and items[-1].summary is None and not items[-1].departments:
            _give_back(table, item, items[-1], grams)
        if items and (items[-1].cut or not items[-1].departments):
            _carry_back(table, item, items[-1], grams)
        if items:
            _spare_back(item, items[-1], known)
        items.append(item)
    _move_titles(items)
    for item in items:
        _mend_offices(item, known)
    _fill_schedules(items, period)
    return items


def _give_back(table: list[_Piece], item: FlowItem, before: FlowItem, grams: Counter[str]) -> None:
    """A table with two 取組内容 and two 事業担当課 after a table with neither: the flow carried
    the previous table's cells past this one's code (a print that puts two tables side by
    side). Each table has one of each, so the values before the second ones are the previous
    table's: where the second labels start, or, without labels, where a second sentence
    follows a list of offices (「…助成するもの。」「林業振興課」「咸宜園…を行うもの。」).
    """
    seconds = [
        [k for k, p in enumerate(table) if p.kind == f"label:{kind}"][1:2]
        for kind in ("summary", "departments")
    ]
    if all(seconds):
        cuts = [min(at for (at,) in seconds)]
    else:
        cuts = [
            k
            for k in range(2, len(table))
            if not table[k].kind
            and table[k].para != table[k - 1].para
            and _is_sentence(table[k].text)
            and _is_offices(table[k - 1].text)
            and any(_is_sentence(p.text) for p in table[: k - 1])
        ][:1]
    for cut in cuts:
        first, rest = (
            FlowItem(before.code, before.major, before.minor, before.line),
            FlowItem(item.code, item.major, item.minor, item.line),
        )
        _read_table(table[:cut], first, grams)
        _read_table([p for p in table[:cut] if p.kind == "code"] + table[cut:], rest, grams)
        if first.summary and first.departments and rest.summary and rest.departments:
            before.summary, before.departments = first.summary, first.departments
            before.notes.extend(first.notes)
            item.summary, item.departments = rest.summary, rest.departments
            item.notes[:] = [n for n in item.notes if "事業担当課" not in n] + rest.notes
            return


def _carry_back(table: list[_Piece], item: FlowItem, before: FlowItem, grams: Counter[str]) -> None:
    """「防災・危機管理」 cut at the end of a table, 「課、長寿」「福祉課」 before the next table's
    first label: the rest of the list, carried past the code; it goes back, and the table is
    read without it."""
    first = next((k for k, p in enumerate(table) if p.kind == "code"), None)
    if first is None or table[first].text:
        return
    end = first + 1
    while end < len(table) and not table[end].kind and _is_offices(table[end].text):
        end += 1
    names = _office_names(_join([p.text for p in table[first + 1 : end]]))
    if not names or not all(map(is_department, names)) or (is_department(names[0]) and len(names[0]) > 2):
        return  # a complete name first (「地方創生推進課」) is this table's own
    head = before.cut
    if not head and len(before.title_runs) >= 2:
        # 「防災・危機管理」 read as a line of the title: the office's head, on a line of its own
        longest = max(len(_run_text(run)) for run in before.title_runs)
        head = next(
            (
                _run_text(run)
                for run in before.title_runs
                if len(run) == 1 and len(_run_text(run)) < longest and not is_department(_run_text(run))
            ),
            "",
        )
    if not head or not is_department(head + names[0]):
        return
    before.title_runs = [run for run in before.title_runs if before.cut or _run_text(run) != head]
    before.departments = list(dict.fromkeys([*before.departments, head + names[0], *names[1:]]))
    before.notes[:] = [n for n in before.notes if f"「{before.cut}」" not in n]
    before.cut = ""
    again = FlowItem(item.code, item.major, item.minor, item.line)
    _read_table(table[: first + 1] + table[end:], again, grams)
    item.departments, item.notes[:] = again.departments, [n for n in item.notes if "事業担当課" not in n]
    item.notes.extend(again.notes)
    item.spare, item.cut = again.spare, again.cut


def _spare_back(item: FlowItem, before: FlowItem, known: Counter[str]) -> None:
    """Offices the flow carried past the next code among that table's other cells, after its
    own list (its 取組名 or schedule between): the previous table's. 「係各課」 completes the
    previous table's name cut at the cell's edge (「情報統計課、関」); a table without offices
    before a table with its list and one more whole list (「情報統計課」 … 「市民課」): each table
    has one 事業担当課, so the first list is the previous table's. Only names the document
    prints whole (``known``) are put back (「関」 and 「財政課」 make no name it prints)."""
    if before.cut:
        for fragment in item.spare:
            names = _office_names(fragment)
            whole = [before.cut + names[0], *names[1:]] if names else []
            if whole and all(name in known for name in whole) and not set(whole) & set(item.departments):
                before.departments = list(dict.fromkeys([*before.departments, *whole]))
                before.notes[:] = [n for n in before.notes if f"「{before.cut}」" not in n]
                before.cut = ""
                item.spare.remove(fragment)
                return
    if not before.departments and not before.cut and item.departments and len(item.spare) == 1:
        names = _office_names(item.spare[0])
        if names and all(name in known for name in names) and not set(names) & set(item.departments):
            before.departments, item.departments = item.departments, names
            before.notes[:] = [n for n in before.notes if "事業担当課" not in n]
            item.spare = []


def _known_offices(pieces: list[_Piece]) -> Counter[str]:
    """The office names printed whole in the document (three letters or more), with how often:
    the yardstick a name broken by the flow is mended against."""
    known: Counter[str] = Counter()
    for piece in pieces:
        if piece.kind not in ("skip", "heading"):
            known.update(n for n in _office_names(piece.text) if len(n) >= 3 and is_department(n))
    return known


def _mended_name(name: str, known: Counter[str]) -> str:
    """An office name the flow broke, mended when the document prints the mended name more
    often: a letter of the 事業担当課 label come between its letters (「情報統課計課」
    「社担当会福祉課」 → 「情報統計課」「社会福祉課」), or its head printed twice
    (「防災・危機管理防災・危機管理課」) or its tail (「情報統計課計課」)."""
    seen = known[name]
    for size, at in ((size, at) for size in (2, 1) for at in range(len(name) - 1)):
        cut = name[at : at + size]
        if cut in ("担当", "当課", "課", "担", "当"):
            mended = name[:at] + name[at + size :]
            if known[mended] > seen:
                return mended
    for whole in known:
        head = name[: len(name) - len(whole)]
        if name.endswith(whole) and head and whole.startswith(head) and known[whole] > seen:
            return whole
        tail = name[len(whole) :]
        if name.startswith(whole) and tail and whole.endswith(tail) and known[whole] > seen:
            return whole  # 「情報統計課計課」: its tail printed twice
    return name


def known_offices(lines: list[str]) -> Counter[str]:
    """The office names a text prints whole, with how often (to mend names read elsewhere)."""
    pieces = _pieces(lines)
    _mark_furniture(pieces)
    return _known_offices(pieces)


def mended_names(names: list[str], known: Counter[str]) -> list[str]:
    """A list of offices the print broke, mended by the names the document prints whole: each
    name by _mended_name; a name without its 課 (「税務」) takes it back when the document
    prints 「税務課」 (the letter went to the label or a neighbour: 「社会福祉課課」)."""
    out = [_mended_name(name, known) for name in names]
    for at, name in enumerate(out):
        if not is_department(name) and known[name + "課"]:
            out[at] = name + "課"
    return list(dict.fromkeys(out))


def _run_text(run: list[str]) -> str:
    return compact(_join(run))


def _mend_offices(item: FlowItem, known: Counter[str]) -> None:
    """Offices the flow broke or put among the title's runs, mended by what an office name is
    (it ends in 課・室・局…) and by the names the document prints whole; title runs that are
    such pieces leave the title. Nothing is guessed that the text does not spell."""
    names = mended_names(item.departments, known)
    # 「ひた暮らし推進」「室」: a name cut in two, each half listed
    for at in range(len(names) - 2, -1, -1):
        if not is_department(names[at]) and is_department(names[at] + names[at + 1]):
            names[at : at + 2] = [names[at] + names[at + 1]]
    runs = item.title_runs
    longest = max((len(_run_text(run)) for run in runs), default=0)
    for at, name in enumerate(names):
        if len(name) > 1 or len(runs) < 2:
            continue
        # 「室」 listed, 「ひた暮らし推進」 a run of the title: the office's head printed apart, a
        # line of its own (not the title: not its longest run, not the start of another)
        head = next(
            (
                run
                for run in runs
                if len(run) == 1
                and 2 <= len(_run_text(run)) < longest
                and not any(_run_text(other).startswith(_run_text(run)) for other in runs if other is not run)
                and _run_text(run) + name not in names
                and not is_department(_run_text(run))
            ),
            None,
        )
        if head is not None:
            names[at] = _run_text(head) + name
            runs.remove(head)
    for at, name in enumerate(names):
        # 「情 計課」 listed, 「報統」 a run of the title: letters the print set on a line of their
        # own, put back where they make a name the document prints whole
        for run in [*runs, *([spare] for spare in item.spare)]:
            piece = _run_text(run)
            if len(run) > 1 or len(piece) > 4 or len(piece) >= longest:
                continue
            mended = next(
                (m for k in range(1, len(name)) if known[m := name[:k] + piece + name[k:]] > known[name]),
                None,
            )
            if mended is not None:
                names[at] = mended
                if run in runs:
                    runs.remove(run)
                break
    names = [n for n in names if not any(n in label for label in _LABELS.values())]  # 「担当」
    for run in list(runs):
        text = _run_text(run)
        if "。" in text or text.endswith("もの"):
            # the echo of a 取組内容 cell the print wrapped (「人事給与システ を改修するもの」,
            # 「付応するため、関」…「の。」): no title ends a sentence; cut where it starts
            at = next((k for k, p in enumerate(run) if k and ("、" in p or "。" in p)), 0)
            if at:
                del run[at:]
            elif len(runs) >= 2:
                runs.remove(run)
            continue
        if len(runs) < 2:
            break
        offices = _office_names(_join(run))
        if offices and all(is_department(n) and len(n) >= 3 for n in offices):
            # 「地方創生推進課」 among the title's runs: the 担当課 cell, when none was read
            if not names:
                names = offices
            runs.remove(run)
        elif any(n.startswith(text) and n != text for n in names) or known[text + "課"]:
            runs.remove(run)  # 「契約」 of 「契約検査室」, 「まちづくり推進」 of 「まちづくり推進課」
        elif len(text) >= 2 and any(text in label and text != label for label in _LABELS.values()):
            runs.remove(run)  # 「ジュ」 of 「スケジュール」
    for run in runs:
        # the title's last line the head of its office (「イン化」「契約」 beside 「契約検査室」)
        if len(run) > 1 and any(n.startswith(run[-1]) and len(n) > len(run[-1]) + 1 for n in names):
            run.pop()
    item.departments = list(dict.fromkeys(names))


def _fill_schedules(items: list[FlowItem], period: tuple[int, int] | None) -> None:
    """Schedules whose year headings and statuses came apart (a narrow print wraps both): the
    years are the ones the other tables of the document head their schedules with, else the
    plan's stated period (when the years found here are among them), the statuses the status
    words of the table's blocks, a run of notes 「(検討)」 going to as many statuses before it,
    in the order a 取組's life goes (_phase); kept only when there are as many statuses as
    years."""
    known = Counter(tuple(fy for fy, _ in item.schedule) for item in items if item.schedule)
    common = known.most_common(1)
    if common and common[0][1] >= max(2, len(items) // 4):
        years = common[0][0]
    elif period is not None and 0 < period[1] - period[0] < 10:
        years = tuple(range(period[0], period[1] + 1))
    else:
        years = ()
    if years:
        _fill_by_phase(items, years)
        _pool_carried(items, years)
    for item in items:
        # a row of year headings read whole, with as many statuses, is the table's schedule,
        # rather than its statuses put in the order of a life (the row keeps their order); a
        # part of one (the rest of its cells came as blocks elsewhere) only when nothing else is
        if (
            item.wrapped
            and tuple(fy for fy, _ in item.wrapped) == years
            and (not item.schedule or _GUESSED_YEARS in item.notes)
        ):
            unplaced = [note for note in item.notes if note.startswith(_NOTE_DROPPED)]
            if unplaced and [_NOTE.sub("", s).strip() for _, s in item.schedule] == [
                s for _, s in item.wrapped
            ]:
                # the same statuses, the notes the row could not place put by the run of notes
                item.notes = [note for note in item.notes if note not in unplaced]
                continue
            item.schedule = item.wrapped
            item.notes = [note for note in item.notes if note != _GUESSED_YEARS]
    for item in items:
        # a shorter row (a 取組 that ends early) when it starts with the plan's years and the
        # table's blocks hold no other status (none of another table's carried past its code)
        if (
            not item.schedule
            and item.wrapped
            and (not years or item.wrapped[0][0] == years[0])
            and len(_status_cells(item.status_text)) == len(item.wrapped)
        ):
            item.schedule = item.wrapped
            if len(item.wrapped) < len(years):
                item.notes.append(_PARTIAL_SCHEDULE)


def _fill_by_phase(items: list[FlowItem], years: tuple[int, ...]) -> None:
    """The statuses of tables whose years came apart, over ``years`` (see _fill_schedules)."""
    statuses: dict[int, list[str]] = {}  # by the item's index, for those whose years were lost
    for n, item in enumerate(items):
        if item.schedule and len(item.schedule) < len(years):
            item.notes.append(_PARTIAL_SCHEDULE)
        if item.schedule or not item.status_text or not set(item.years) <= set(years):
            continue
        # two cells wrapped side by side (「事業開 実施予定」「始予定 (一部拡」「大)」) read as cells
        texts = _unwrap_blocks(item.status_text)
        cells = _status_cells(texts)
        # the order is trusted only where the blocks spell statuses with nothing left over (no
        # two cells' pieces interleaved beyond that), or where every year has the same status
        text = "".join(t.replace(" ", "") for t in texts)
        # (the 定 of 「実施予」「実施予」 printed on the lines below, 「定」「定」, is no status)
        whole = not _STATUS_TOKEN.sub("", text).replace("定", "")
        same = len({_NOTE.sub("", status).strip() for status in cells}) == 1
        if whole or same:
            statuses[n] = cells
    _rebalance(statuses, len(years))
    for n, cells in statuses.items():
        if len(cells) == len(years):
            # the blocks' order is not the years': a schedule goes 検討 → 事業開始 → 実施中 →
            # 実施予定 → 完了 over the years (all but one of 日田市's 65), so the statuses are
            # put in that order (a status's notes stay with it)
            items[n].schedule = list(zip(years, sorted(cells, key=_phase), strict=True))
            items[n].notes.append(_GUESSED_YEARS)


def _pool_carried(items: list[FlowItem], years: tuple[int, ...]) -> None:
    """Tables near each other whose schedules are still short or over-full after
    _fill_by_phase: the flow (pdfminer on a narrow print) carries a table's later statuses past
    the next codes, so the first table has one status (its first year's, read beside its
    heading) and a later one all the rest (1, 1 and 13 of 5). A run of such tables whose
    statuses deal out exactly (_deal_carried) has them dealt back, each table's statuses then in
    the order of a life (_phase), a guess the notes name. A table read whole between them (as
    many statuses as years) is passed over."""
    width = len(years)
    cells = [_status_cells(_unwrap_blocks(item.status_text)) for item in items]
    settled = [len(item.schedule) == width for item in items]
    n = 0
    while n < len(items):
        found = _carried_run(cells, settled, n, width)
        if found is None:
            n += 1
            continue
        run, dealt = found
        for k, statuses in zip(run, dealt, strict=True):
            items[k].schedule = list(zip(years, sorted(statuses, key=_phase), strict=False))
            items[k].notes = [note for note in items[k].notes if note != _PARTIAL_SCHEDULE]
            if _GUESSED_YEARS not in items[k].notes:
                items[k].notes.append(_GUESSED_YEARS)
        n = run[-1] + 1


_RUN_MEMBERS = 5
_RUN_SPAN = 7


def _carried_run(
    cells: list[list[str]], settled: list[bool], start: int, width: int
) -> tuple[list[int], list[list[str]]] | None:
    """The shortest run of unsettled tables from ``start`` (a short one) whose statuses deal out
    exactly (_deal_carried), and how; a settled table of ``width`` statuses between them is
    passed over, another one ends the search."""
    if settled[start] or len(cells[start]) >= width or _ended(cells[start]):
        return None
    run: list[int] = []
    for k in range(start, min(start + _RUN_SPAN, len(cells))):
        if settled[k]:
            if len(cells[k]) == width:
                continue
            return None
        run.append(k)
        if len(run) > _RUN_MEMBERS or sum(len(cells[j]) for j in run) > width * len(run):
            return None
        dealt = _deal_carried([cells[k] for k in run], width) if len(run) > 1 else None
        if dealt is not None:
            return run, dealt
    return None


def _ended(statuses: list[str]) -> bool:
    """Whether a table's statuses end its life (「完了予定」): it has no later years."""
    return bool(statuses) and _phase(statuses[-1]) == 4


def _deal_carried(run: list[list[str]], width: int) -> list[list[str]] | None:
    """The statuses of a run (see _pool_carried), or None when they do not deal out exactly: an
    over-full table keeps its first status and its last ones, up to ``width``; the statuses
    between go to the short tables in order, each taking them up to ``width`` or up to one that
    ends its life (「完了予定」: a 取組 that ends early has fewer years)."""
    carried: list[str] = []
    kept: list[list[str]] = []
    for statuses in run:
        extra = len(statuses) - width
        if extra > 0:
            carried.extend(statuses[1 : 1 + extra])
            kept.append([statuses[0], *statuses[1 + extra :]])
        else:
            kept.append(list(statuses))
    for statuses in kept:
        while len(statuses) < width and carried and not _ended(statuses):
            statuses.append(carried.pop(0))
    if carried or not all(len(s) == width or _ended(s) for s in kept):
        return None
    return kept


def _rebalance(statuses: dict[int, list[str]], width: int) -> None:
    """Tables next to each other, one with more statuses than years and the other as many
    fewer (7 and 3 of 5): the flow carried some of one table's cells past the next code. The
    statuses read in order are cut into the tables' ``width`` each (a run of two or three
    tables whose statuses add up so, none of them with as many as it should have), when all
    that moves is one status every table of the run has."""
    for size in (2, 3):
        for n in sorted(statuses):
            run = [n + k for k in range(size)]
            if not all(k in statuses and len(statuses[k]) != width for k in run):
                continue
            flat = [status for k in run for status in statuses[k]]
            if len(flat) != width * size:
                continue
            cut = {k: flat[j * width : (j + 1) * width] for j, k in enumerate(run)}
            moved = {s for k in run for s in (Counter(cut[k]) - Counter(statuses[k])).elements()}
            # only when what moves is one status every table of the run has (「実施予定」s): which
            # of them went where cannot be told, and need not be
            if len(moved) == 1 and all(moved <= set(statuses[k]) for k in run):
                statuses.update(cut)
                continue
            # not in the order read (the over-full table in the middle: 3, 9 and 3 of 5): the
            # one status every table has moves from the tables with too many to those with too few
            common = set.intersection(*(set(statuses[k]) for k in run))
            notes = any(
                _NOTE.search(status) for k in run if len(statuses[k]) > width for status in statuses[k]
            )
            for status in common if len(common) == 1 and not notes else ():
                spare = [status] * sum(max(0, len(statuses[k]) - width) for k in run)
                over = [k for k in run if len(statuses[k]) > width]
                if all(Counter(statuses[k])[status] > len(statuses[k]) - width for k in over):
                    for k in over:
                        kept = list(statuses[k])
                        for _ in range(len(statuses[k]) - width):
                            kept.remove(status)
                        statuses[k] = kept
                    for k in run:
                        while len(statuses[k]) < width and spare:
                            statuses[k] = [*statuses[k], spare.pop()]


def status_and_rest(label: str) -> tuple[str, str]:
    """A schedule cell's status words with their notes (「実施予定 (拡大)」), and what follows
    them (a heading or a paragraph a reader ran on into: 「基本項目2 …」); a cell that does not
    start with a status is all rest."""
    match = _STATUS_RUN.match(label)
    if match is None:
        return "", label
    return label[: match.end()].strip(), label[match.end() :].strip()


def _phase(status: str) -> int:
    """Where a status stands in the life of a 取組: 検討 0, 事業開始 1, 実施中 2, 実施予定 3,
    完了・終了 4."""
    word = _NOTE.sub("", status).replace(" ", "")
    if word.startswith("検討"):
        return 0
    if "開始" in word:
        return 1
    if word.endswith("中"):
        return 2
    if "完了" in word or "終了" in word:
        return 4
    return 3


def _status_cells(texts: list[str]) -> list[str]:
    """「実施予」「定」「実施予定 実施予定」「(検討)」… as the statuses they spell, in order."""
    statuses: list[str] = []
    notes_run: list[str] = []
    owner = 0  # how many statuses precede the run of notes

    def settle() -> None:
        for k, note in enumerate(notes_run):
            at = owner - len(notes_run) + k
            if 0 <= at < len(statuses):
                statuses[at] = f"{statuses[at]} {note}"
        notes_run.clear()

    for match in _STATUS_TOKEN.finditer("".join(t.replace(" ", "") for t in texts)):
        if match.group("note"):
            if not notes_run:
                owner = len(statuses)
            notes_run.append(match.group("note"))
        else:
            settle()
            word = match.group("word")
            statuses.append(word + "定" if word.endswith("予") else word)  # 「実施予」: its 定 wrapped
    settle()
    return statuses


def _anchors(pieces: list[_Piece]) -> list[tuple[int, tuple[int, int, int]]]:
    """(index, code) of each piece that opens a table: its code, after the 取組番号 label or
    alone; marks the pieces that are labels."""
    anchors: list[int] = []  # index of each code piece
    codes: list[tuple[int, int, int]] = []
    pending_label = -1  # index of the last 取組番号 label seen without a code
    for i, piece in enumerate(pieces):
        if piece.kind:
            continue
        text = piece.text
        head = None if _CODE.match(text) or _CUT_CODE.match(text) else _label_head(text)
        if head is not None:
            kind, text = head
            piece.kind = f"label:{kind}"
            if kind == "code":
                pending_label = i
            piece.text = text
            if not text:
                continue
        match = _CODE.match(text)
        cut = _CUT_CODE.match(text) if match is None else None
        loose = _loose_code(text, codes[-1] if codes else None) if pending_label >= 0 else None
        if match is None and cut is None and loose is None:
            continue
        if loose is not None and match is None:
            numbers, rest = loose, ""
        elif match is not None:
            numbers = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
            rest = text[match.end() :]
        elif cut is not None and (
            pending_label >= 0 or codes and (int(cut.group(1)), int(cut.group(2))) == codes[-1][:2]
        ):
            major, minor = int(cut.group(1)), int(cut.group(2))
            last = codes[-1][2] if codes and codes[-1][:2] == (major, minor) else 0
            numbers = (major, minor, last + 1)
            rest = text[cut.end() :]
        else:
            continue
        if codes and numbers <= codes[-1] and numbers in codes:
            continue  # a code quoted again (a 再掲 note), not a new table
        anchors.append(i)
        codes.append(numbers)
        piece.kind = "code"
        piece.text = rest.strip()
        pending_label = -1
    return list(zip(anchors, codes, strict=True))


def _loose_code(text: str, previous: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    """「2-314」 after a 取組番号 label: digits that lost a dash, read as the code that can follow
    the previous one (the next number, the next 基本項目's first, the next 基本方針's first)."""
    if not _LOOSE_CODE.match(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    major, minor, last = previous or (1, 0, 0)
    for candidate in ((major, minor, last + 1), (major, minor + 1, 1), (major + 1, 1, 1)):
        if "".join(map(str, candidate)) == digits:
            return candidate
    return None


def _move_titles(items: list[FlowItem]) -> None:
    """A table without a title next to one with two runs of title text: the run nearest to it
    is its title, carried past the code by the flow (「移住相談対応のオンライン化」 after
    「取組番号 1-1-7」, before its 取組名 label; 「土地登記情報管理のオンライン化」 among the
    previous table's statuses)."""
    for before, after in zip(items, items[1:], strict=False):
        if not before.title_runs and len(after.title_runs) >= 2:
            take = after.early if 0 < after.early < len(after.title_runs) else 1
            before.title_runs, after.title_runs = after.title_runs[:take], after.title_runs[take:]
            after.early = 0
    for n, item in enumerate(items):
        # the titles of the next tables, one run each, after this one's (「…の効率化」 「…の活用」 …)
        empty = 0
        while n + 1 + empty < len(items) and not items[n + 1 + empty].title_runs:
            empty += 1
        spare = min(empty, len(item.title_runs) - 1)
        for k in range(spare):
            items[n + spare - k].title_runs = [item.title_runs.pop()]
    for item in items:
        if not item.title_runs:
            item.notes.append("取組名が見つかりません。")


def _read_table(pieces: list[_Piece], item: FlowItem, grams: Counter[str] | None = None) -> None:
    """Sort the pieces of one table by kind and rebuild its fields; ``grams``: the document's
    three-letter sequences, the evidence a title's slices are put together by."""
    mode = ""
    runs: list[list[str]] = []  # the title's pieces, in runs no other kind of block interrupts
    run_lines: list[list[int]] = []  # the line of each
    offices: list[str] = []
    office_lines: list[int] = []  # the line of each, to read cells of one line together
    summaries: list[list[str]] = []
    years: list[int] = []
    statuses: list[str] = []
    fragments: list[str] = []  # office names that may end a cut one
    status_runs: list[list[str]] = []  # the statuses' blocks and pieces, in runs
    # the lines of the year headings and of the statuses, in runs (a row of cells wrapped line
    # by line, its cells maybe put in cells of their own by the aligned-rows step)
    year_runs: list[list[tuple[int, str]]] = []
    status_lines: list[list[tuple[int, str]]] = []
    waiting: list[int] = []  # years just read, each waiting for the status after it
    pairs: list[tuple[int, str]] = []
    last_para = -1
    last = ""  # the kind of the previous piece
    for index, piece in enumerate(pieces):
        text = piece.text
        new_para = piece.para != last_para
        last_para = piece.para
        if piece.kind == "code" or (not piece.kind and _CODE.match(text)):
            if piece.kind != "code":  # a code read again (a page's repeat, an inferred one)
                match = _CODE.match(text)
                text = text[match.end() :].strip() if match else text
            mode = last = "code"
            head = _label_head(text) if text else None
            if head is not None:
                piece_label, text = head
                mode = last = piece_label
                if piece_label == "title":
                    item.early, last = len(runs), "label"
        elif piece.kind.startswith("label:"):
            mode = piece.kind[6:]
            # labels one after another (「取組内容」「事業担当課」): their values follow in order
            last = "labels" if last in ("label", "labels") else "label"
            if mode == "title":
                item.early = len(runs)
        elif _label_tail(text) or (last in ("label", "labels") and _label_slice(text)):
            continue  # 「担当」「ジュ」 between the label's other lines (「事業」「担当」「課」)
        else:
            first, _, rest = text.partition(" ")
            if rest and _label_tail(first) and (len(first) >= 2 or mode in ("code", "title", "head")):
                text = rest  # 「担当課 会福祉課、…」, 「号 ン申請 続の拡」
            elif rest and _label_slice(first) and all(ch in _STATUS_CHARS for ch in rest):
                text = rest  # 「ジュ 予定 予定 予定」: a wrapped row's next line beside the label's middle
        if not text or _PAGE.match(text):
            continue
        cut = bool(offices) and not _complete(_office_names(_join(offices)))
        kind = _kind(text, mode, last, new_para, summaries, cut)
        if kind == "title" and not (mode == "title" and last == "label"):
            kind = _title_or_not(text, piece, pieces[index + 1 :])
        if kind == "title":
            text = _LABEL_DEBRIS.sub("", text)  # 「名 オンライン化」: the label's end on the title's line
            number = item.code.rsplit("-", 1)[-1]
            if text.startswith(number + " ") and mode in ("code", "title", "head"):
                text = text[len(number) + 1 :]  # the code's last number, wrapped beside the title
            if last != "title":
                runs.append([])
                run_lines.append([])
            runs[-1].append(text)
            run_lines[-1].append(piece.line)
        elif kind == "years":
            found = [fy for fy in (year_cell(y) for y in _YEAR.findall(text)) if fy]
            years.extend(found)
            waiting = [*waiting, *found] if last == "years" else found
            mode = "schedule" if mode == "schedule" else "years"
        elif kind == "offices":
            if not offices or (
                mode == "departments"
                and last in ("offices", "label")
                and (cut or not new_para or offices[-1].endswith("、"))  # 「統計課、」: the list goes on
            ):
                offices.append(text)
                office_lines.append(piece.line)
            elif text not in offices:
                fragments.append(text)
            mode = "departments"
        elif kind == "summary":
            if new_para or not summaries or last != "summary":
                summaries.append([])
            summaries[-1].append(text)
            mode = "summary"
        elif kind == "status":
            statuses.append(text)
            if waiting and last in ("years", "status", "label"):  # a year heading and its status
                pairs.append((waiting.pop(0), text))
        if kind in ("status", "piece") and all(ch in _STATUS_CHARS for ch in text):
            if last not in ("status", "piece") or not status_runs:
                status_runs.append([])
            status_runs[-1].append(text)
            _add_line(status_lines, piece.line, text, last in ("status", "piece"))
        if kind == "years" or (kind == "piece" and _YEAR_PIECES.match(text)):
            _add_line(year_runs, piece.line, text, last in ("years", "piece"))
        last = kind
    item.title_runs = [
        _unweave_lines(run, at, grams) for run, at in zip(runs, run_lines, strict=True) if any(run)
    ]
    item.early = min(item.early, len(runs))
    if summaries:
        best = max(summaries, key=lambda s: sum(map(len, s)))
        item.summary = _join(best)
    item.departments = _offices(offices, fragments, item, office_lines)
    item.years = years
    item.status_text = [text for run in status_runs for text in _unweave(run)]
    if pairs and len(pairs) == len(statuses) == len(set(years)) == len(_status_cells(item.status_text)):
        item.schedule = sorted(pairs)
    else:
        item.wrapped = _wrapped_schedule(
            [[text for _, text in run] for run in year_runs],
            [[text for _, text in run] for run in status_lines],
            item,
        )


def _title_or_not(text: str, piece: _Piece, after: list[_Piece]) -> str:
    """A block read as title text that the next block of its paragraph shows to be something
    else: the first line of a sentence wrapped in its cell (「県が…各種手」 before 「続について、…」),
    or an office cut before its last letter (「契約検査」 before 「室」)."""
    following = next((p for p in after[:3] if not _label_tail(p.text) and p.kind != "skip"), None)
    if following is None or following.para != piece.para or following.kind:
        return "title"
    if len(text) >= 12 and _is_sentence(following.text):
        return "summary"
    head = _office_names(following.text)[:1]
    if head and is_department(text + head[0]) and not is_department(text) and len(head[0]) <= 3:
        return "offices"  # 「情報統計」 before 「課、各課」
    return "title"


def _columns(lines: list[str]) -> list[str]:
    """Lines holding one slice per column, read column by column."""
    rows = [line.split(" ") for line in lines]
    columns: list[list[str]] = [[] for _ in range(max(map(len, rows), default=0))]
    for row in rows:
        for k, word in enumerate(row):
            columns[k].append(word)
    return ["".join(column) for column in columns]


def _complete(names: list[str]) -> bool:
    return not names or is_department(names[-1]) or names[-1].endswith("各課")


def _unweave(run: list[str], grams: Counter[str] | None = None) -> list[str]:
    """A title cut into columns whose lines came interleaved (text copied out of a viewer:
    「オンライ 対応手」「ン申請 続の拡」「大」): each line holds one slice per column, so the
    slices are read column by column; a last line with fewer slices ends the last columns, or
    the columns whose title then reads more of what the document prints elsewhere (``grams``:
    「公共施設 続のオ 化の」「予約手 ンライ 推進」「ン」 — 「…オンライン化の推進」, not
    「…オンライ化の推進ン」)."""
    rows = [line.split(" ") for line in run]
    width = len(rows[0])
    if width < 2 or len(rows) < 2 or len(rows[1]) != width or any(_LATIN_WORD.search(line) for line in run):
        return run
    full = [row for row in rows if len(row) == width]
    if len(full) < 2 or any(len(row) > width for row in rows):
        return run
    short = [n for n, row in enumerate(rows) if n and len(row) < width]
    if grams and len(short) == 1 and short[0] == len(rows) - 1:
        last = rows[-1]
        woven: list[tuple[int, int, list[str]]] = []
        for order, at in enumerate(reversed(list(combinations(range(width), len(last))))):
            columns = [[row[k] for row in rows[:-1]] for k in range(width)]
            for k, word in zip(at, last, strict=True):
                columns[k].append(word)
            title = ["".join(column) for column in columns]
            text = "".join(title)
            found = sum(1 for k in range(len(text) - 2) if grams[text[k : k + 3]] > 1)
            woven.append((found, -order, title))
        return max(woven, key=lambda w: (w[0], w[1]))[2]
    columns = [[] for _ in range(width)]
    for row in rows:
        for k, word in enumerate(row):
            columns[k + width - len(row) if row is not rows[0] and len(row) < width else k].append(word)
    return ["".join(column) for column in columns]


def _grams(text: str) -> Counter[str]:
    """How often each three-letter sequence occurs in ``text``."""
    return Counter(text[k : k + 3] for k in range(len(text) - 2))


def _add_line(runs: list[list[tuple[int, str]]], line: int, text: str, goes_on: bool) -> None:
    """Add a piece to the last run (or a new one), joined to the piece before on its line."""
    if not goes_on or not runs:
        runs.append([])
    if runs[-1] and runs[-1][-1][0] == line:
        runs[-1][-1] = (line, f"{runs[-1][-1][1]} {text}")
    else:
        runs[-1].append((line, text))


def _unwrap(lines: list[str], whole: Callable[[str], bool]) -> list[list[list[str]]]:
    """A row of narrow cells printed one line at a time (pdfplumber, a viewer's copy): the first
    line holds each cell's first slice, blank-separated (「令和5年度 令和6年 令和7年 令和8 令和」),
    each next line the following slices of the cells still going, left to right (「度 度 年度 9年」,
    「度」); a cell goes on to a line only from the line before. Every way of handing the slices
    to the cells so that each cell reads ``whole`` (a year heading, one status) is returned, each
    as its cells' slices; the caller keeps the reading only when they agree."""
    cells: list[list[str]] = []
    for word in lines[0].split(" "):
        if cells and _NOTE.fullmatch(word):
            cells[-1][-1] += word  # 「実施予定 (拡大)」: a note whole beside its status
        else:
            cells.append([word])
    found: list[list[list[str]]] = []
    budget = [_UNWRAP_STEPS]
    reads: dict[str, bool] = {}

    def reads_whole(cell: list[str]) -> bool:
        text = "".join(cell)
        if text not in reads:
            reads[text] = whole(text)
        return reads[text]

    def place(row: int, going: set[int]) -> None:
        if row == len(lines):
            if all(reads_whole(cell) for cell in cells):
                found.append([list(cell) for cell in cells])
            return
        words = lines[row].split(" ")
        open_cells = sorted(going) if row > 1 else list(range(len(cells)))
        if len(words) > len(open_cells) or len(found) > 8:
            return
        for chosen in combinations(open_cells, len(words)):
            budget[0] -= 1
            if budget[0] < 0:
                return
            if not all(reads_whole(cells[k]) for k in open_cells if k not in chosen):
                continue  # a cell that takes no slice here ends here: it must read whole already
            for k, word in zip(chosen, words, strict=True):
                cells[k].append(word)
            place(row + 1, set(chosen))
            for k in chosen:
                cells[k].pop()

    place(1, set())
    return found if budget[0] >= 0 else []  # too many ways to tell: no reading


#: How many ways of handing a line's slices to the cells _unwrap tries before it gives up (they
#: grow as binomials of a row's cells: 日田市's rows of five years take 32 at the most; a
#: wider run of slices that only looks like one would take seconds).
_UNWRAP_STEPS = 2_000


def _status_readings(lines: list[str]) -> list[list[list[str]]]:
    """The readings of wrapped status cells (:func:`_unwrap`), 「実施」 alone no status: a slice
    「予定」 that could end 「事業開始」 or 「実施」 ends 「実施」."""
    readings = _unwrap(lines, _whole_status)
    stems = [sum(_NOTE.sub("", "".join(cell)).endswith("実施") for cell in r) for r in readings]
    return [r for r, n in zip(readings, stems, strict=True) if n == min(stems)]


def _unwrap_blocks(texts: list[str]) -> list[str]:
    """Status blocks with each block of cells wrapped side by side (a line of two or more
    slices, the next lines their rest) replaced by its cells, where only one reading spells a
    status in every cell; the other blocks as they are."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        if len(texts[i].split(" ")) >= 2:
            for j in range(len(texts), i + 1, -1):
                cells = {tuple("".join(cell) for cell in r) for r in _status_readings(texts[i:j])}
                if len(cells) == 1:
                    out.extend(cells.pop())
                    i = j
                    break
            else:
                out.append(texts[i])
                i += 1
        else:
            out.append(texts[i])
            i += 1
    return out


def _whole_status(text: str) -> bool:
    """One status and its notes, nothing cut (「実施予定(一部拡大)」; not 「事業開」「実施予」)."""
    return (
        len(_status_cells([text])) == 1
        and not _STATUS_TOKEN.sub("", text)
        and not text.endswith("予")
        and text.count("(") == text.count(")")
    )


def _wrapped_schedule(
    year_runs: list[list[str]], status_runs: list[list[str]], item: FlowItem
) -> list[tuple[int, str]]:
    """The schedule of a table whose year headings and statuses each came as a row of narrow
    cells wrapped line by line (see :func:`_unwrap`): the years a run of consecutive headings,
    the statuses as many cells. Where the slices of a note 「(一部拡」「大)」 can close more than
    one cell, the statuses are kept and the note is named in a warning, not placed by guess.
    An extractor that writes a cell's wrapped lines before the next cell's (pypdfium2: 「令和5年度
    令和6年」「度」「令和7年」…) gives the cells in order when the lines are simply joined: that
    reading counts too, when nothing is left over."""
    years: list[int] = []
    for run in year_runs:
        readings = _unwrap(run, lambda cell: bool(_YEAR.fullmatch(cell)))
        found = {tuple(year_cell("".join(cell)) or 0 for cell in reading) for reading in readings}
        joined = "".join(run).replace(" ", "")
        if _YEAR.findall(joined) and not _YEAR.sub("", joined):
            found.add(tuple(year_cell(y) or 0 for y in _YEAR.findall(joined)))
        if len(found) == 1:
            (heads,) = found
            if len(heads) >= 2 and list(heads) == list(range(heads[0], heads[0] + len(heads))):
                years = list(heads)
                break
    if not years:
        return []
    # a run may hold the rest of another table's row before this one's (the flow carried it)
    windows = [run[start:] for run in status_runs for start in range(len(run))]
    for run in windows:
        readings = [r for r in _status_readings(run) if len(r) == len(years)]
        joined = "".join(run).replace(" ", "")
        if not _STATUS_TOKEN.sub("", joined) and len(_status_cells([joined])) == len(years):
            readings.append([[cell] for cell in _status_cells([joined])])
        if not readings:
            continue
        cells = {tuple(_status_cells(["".join(cell)])[0] for cell in reading) for reading in readings}
        if len(cells) == 1:
            (statuses,) = cells
            return list(zip(years, statuses, strict=True))
        bare = {tuple(_NOTE.sub("", status).strip() for status in reading) for reading in cells}
        if len(bare) == 1:
            notes = sorted({n for reading in cells for s in reading for n in _NOTE.findall(s)})
            item.notes.append(
                f"{_NOTE_DROPPED}{''.join(notes)}がどの年度のものか特定できないため、外しました。"
            )
            return list(zip(years, bare.pop(), strict=True))
    return []


def _unweave_lines(run: list[str], lines: list[int], grams: Counter[str] | None = None) -> list[str]:
    """A title's pieces read by :func:`_unweave`, the pieces of one line first joined as the line
    they were (the aligned-rows step puts a line's slices in cells of their own: 「全国標」「対応す」
    「ステム」 for 「全国標 対応す ステム」), when that reads them column by column."""
    pieces = [(line, text) for line, text in zip(lines, run, strict=True) if text]
    joined: list[str] = []
    for k, (line, text) in enumerate(pieces):
        if k and pieces[k - 1][0] == line:
            joined[-1] += f" {text}"
        else:
            joined.append(text)
    if len(joined) < len(pieces):
        woven = _unweave(joined, grams)
        if woven != joined:
            return woven
    return _unweave([text for _, text in pieces], grams)


def _kind(text: str, mode: str, last: str, new_para: bool, summaries: list[list[str]], cut: bool) -> str:
    """What one block of a table is: years, offices, summary, status, piece (of a status or a
    year, dropped) or title. ``cut``: the offices so far end in a name cut at the cell's edge."""
    if (
        len(text) == 1
        and is_department(text)
        and not cut
        and (last == "offices" or mode in ("departments", "head") and last in ("label", "labels"))
    ):
        return "piece"  # the end of the 事業担当課 label (「事業担当」「課」), beside its office or not
    if _YEAR.search(text) and _YEAR_PIECES.match(_YEAR.sub(" ", text)):
        return "years"
    if _YEAR_PIECES.match(text) and any(ch in text for ch in "令年度"):
        return "piece"
    open_summary = mode == "summary" and summaries and not summaries[-1][-1].endswith("。")
    if _is_offices(text) and not open_summary:
        return "offices"
    if _is_sentence(text) or (open_summary and last == "summary" and not new_para):
        return "summary"
    if mode == "summary" and last == "label":
        return "summary"  # the label's value: the first words of its sentence
    if mode == "departments" and (last == "label" or (last == "offices" and (cut or not new_para))):
        return "offices"  # the label's value, or the rest of a name cut at the cell's edge
    if last == "title" and not new_para and mode not in ("years", "schedule") and _status_piece(text):
        return "title"  # 「管理の」「実施」: a title's last line made of status words
    if mode in ("years", "schedule") and _is_status(text):
        return "status"
    if _status_piece(text) and (len(text) > 1 or last in ("status", "piece")):
        return "piece"
    if len(text) == 1 and _status_piece(text + text) and last != "title":
        return "piece"
    return "title"


def _join(parts: list[str]) -> str:
    """Pieces of one cell: no blank between Japanese letters, one between Latin words."""
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out.strip()


def _offices(texts: list[str], fragments: list[str], item: FlowItem, lines: list[int]) -> list[str]:
    names = _office_names(_join(texts))
    if not all(is_department(n) for n in names) and (
        len(set(lines)) < len(lines) or any(" " in t for t in texts)
    ):
        # text copied out of a viewer: a wrapped cell's lines interleaved (「情報統計 課」
        # 「課、各」 for 「情報統計」「課、各」「課」), read column by column when that spells
        # names and the lines as they come do not
        by_line: dict[int, list[str]] = {}
        for line, text in zip(lines, texts, strict=True):
            by_line.setdefault(line, []).append(text)
        woven = _office_names("".join(_columns([" ".join(cells) for cells in by_line.values()])))
        if woven and all(is_department(n) for n in woven):
            names = woven
    if names and not is_department(names[-1]) and not names[-1].endswith("各課"):
        for fragment in fragments:
            joined = split_departments(names[-1] + fragment)
            if joined and is_department(joined[0]):
                names[-1:] = joined
                break
        else:  # a name cut short is no office: named in the warning, left out of the list
            item.notes.append(f"事業担当課「{names[-1]}」が途中で切れています（一覧から外しました）。")
            item.cut = names.pop()
    item.spare = [f for f in fragments if f not in texts]
    return list(dict.fromkeys(names))
