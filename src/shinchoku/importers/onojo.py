"""Importer for the 大野城市 layout: markdown-ish cards, one table per sub-task (①②…).

The plan (大野城市DX推進計画, 令和4年8月) is organised 基本方針 > 取組 > ①②: each 取組
(``## 取組 1 : 行政手続のオンライン化``) groups sub-tasks, and each sub-task is one card table
with 取組名, 内容, a スケジュール block (one row per step, R4–R7 columns, the Gantt arrows mostly
lost by the extraction), 目指す姿/目標, 期待される効果, 数値目標（KGI）, 評価指標（KPI） per
year and 年度経費（LCC）（千円） per year.

The plan measures and budgets each card on its own, so each card is an initiative (30 cards,
coded 基本方針-取組-card: "I-1-2" for 取組Ⅰ-1 ②) with its own KGI, KPI, schedule and budget;
the 13 取組 become sections under their 基本方針, holding the urgency/importance scores of the
priority tables (図表 2-3-2, 2-3-4), which the cards inherit. The cost summary per 基本方針 and
fiscal year (2.4) is checked against the cards' budgets and kept on the 基本方針 sections.
The 取組 still under consideration (2.5 今後検討する取組) are not initiatives of the plan: they
stay visible as sections of level 「今後検討する取組」 with a note, scored but holding nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .cells import Labels
from .errors import ParseError
from .layout import layout_reader, one_block
from .municipalities import lookup
from .planjson import Indicator, Plan, fill_period, indicator, initiative, plan_from, section, value, warn
from .text import (
    CIRCLED,
    circled_value,
    common_unit,
    compact,
    fy_of,
    is_no_value,
    join_broken,
    join_wrapped,
    lazy_re,
    nfkc,
    parse_number,
    series_direction,
    squash,
    stated_period,
    strip_footnotes,
    year_month,
)

if TYPE_CHECKING:
    from . import Source

LAYOUT = "onojo"

#: Section level of the 取組 of 2.5 (今後検討する取組): listed and scored, not initiatives of the plan.
FUTURE_LEVEL = "今後検討する取組"
FUTURE_NOTE = (
    "今後検討する取組: 事業の実施が見通せた時点で計画に追加される予定のもので、計画の取組ではありません。"
)

_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXＩＶＸ"
#: Cell contents that only mark a year in the schedule grid (the Gantt bar, where it survived).
_ARROWS = frozenset("→⇒➡━―-－○●◎")

_BR = lazy_re(r"[ \t]*<br\s{0,3}/?>[ \t]*")
_TAG = lazy_re(r"<[^<>]{0,300}>")
_LI = lazy_re(r"<li[^<>]{0,100}>([^<]*)</li>")
_ESCAPE = lazy_re(r"\\(?=[\\*_\[\]()#|`-])")
_SEPARATOR = lazy_re(r":?-{2,}:?")
_HEADING_POLICY = lazy_re(r"#{1,6}\s*基本方針\s*([" + _ROMAN + r"]+)\s*[:：]?\s*(.*)")
_HEADING_TORIKUMI = lazy_re(r"#{1,6}\s*取組\s*([0-9０-９]{1,3})\s*[:：]?\s*(.*)")
_MUNICIPALITY = lazy_re(r"\S{1,10}[市町村区]")
_NOTE = lazy_re(r"(?:※|\\?\*)\s?[0-9０-９]{1,2}")
_CARD_ROW = lazy_re(r"^(?:\|\s*)?取\s*組\s*名(?:\s*\||\s|$)", re.MULTILINE)
_HAS_BLANK = lazy_re(r"[\s\u3000\u00a0]")


# ---------------------------------------------------------------------------- detection


def detect(source: Source) -> float:
    """High for the 大野城市 card layout: 取組名 rows together with KGI and 年度経費 rows.

    日田市 also writes 取組名, but never 年度経費 or KGI; the other seeds have none of these.
    """
    try:
        text = source.text
        if not text or "費" not in text:
            # 「年度経費」 cannot be in a text without 費: no other character normalises to one (NFKC;
            # tests/importers/test_text.py asserts it), so such a text is told without normalising it
            return 0.0
        if len(text) > 400_000:
            # the whole text's NFKC is made once for every layout's detection (text.nfkc keeps
            # it): without its labels anywhere the head cannot have them either
            whole = nfkc(text)
            if "年度経費" not in whole or "KGI" not in whole:
                return 0.0
        head = nfkc(text[:400_000])
        if "年度経費" not in head or "KGI" not in head or not _CARD_ROW.search(head):
            return 0.0
        score = 0.8
        if "評価指標" in head:
            score += 0.1
        if "大野城市" in head[:2000]:
            score += 0.05
        return score
    except Exception:  # detect must never raise, whatever the input
        return 0.0


# ---------------------------------------------------------------------------- cleaning


def _join_br(text: str) -> str:
    """Join the pieces of a cell split by ``<br>`` (text.join_wrapped: nothing next to Japanese)."""
    parts = _BR.split(text)
    out = parts[0]
    for part in parts[1:]:
        out = join_wrapped(out, part)
    return out


def _clean(text: str) -> str:
    """Cell or line text as written, without markup, footnote marks or extraction blanks."""
    text = text.strip()
    if not text:
        return ""
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    if "*" in text or "※" in text or "^" in text or "<sup" in text:
        text = strip_footnotes(text)
    if "<" in text:
        text = _TAG.sub("", _join_br(text))
    if _HAS_BLANK.search(text):
        text = join_broken(text)
    return text


def _key(text: str) -> str:
    """Matching form of a label or title: NFKC, no markup, no blanks."""
    return compact(_TAG.sub("", text))


def _cells(line: str) -> list[str]:
    """Cells of a markdown table row, without the outer pipes."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _is_filler(cells: list[str]) -> bool:
    """A separator row (|---|) or a row with every cell empty."""
    return all(not c or _SEPARATOR.fullmatch(c) for c in cells)


def _number(text: str) -> tuple[float | int, str] | None:
    """parse_number of a cell without its markup and footnote marks ("0 <sup>※1</sup>" -> 0)."""
    return parse_number(_clean(text))


def _bullets(raw: str) -> list[str]:
    """期待される効果 cell -> one string per bullet (<li> items, or ・ lines split by <br>)."""
    items = _LI.findall(raw)
    if not items:
        items = _BR.split(_TAG.sub(lambda m: "<br>" if m.group(0).startswith("<br") else "", raw))
    result: list[str] = []
    for item in items:
        text = _clean(item).lstrip("・･• ").strip()
        if text and text not in result:
            result.append(text)
    return result


def _label_kind(label: str, rest: list[str]) -> str | None:
    """Which card row a first cell names; year-header rows must carry fiscal years."""
    if label.startswith("取組名"):
        return "title"
    if label == "内容":
        return "summary"
    if label.startswith("スケジュール") and _years(rest):
        return "schedule"
    if label.startswith("目指す姿"):
        return "goal"
    if label.startswith("期待される効果"):
        return "effects"
    if label.startswith("数値目標"):
        return "kgi"
    if label.startswith("評価指標") and _years(rest):
        return "kpi"
    if label.startswith("年度経費"):
        return "budget"
    return None


def _years(cells: list[str]) -> list[int | None]:
    """Fiscal years of header cells (R4, 令和5年度 …); [] unless at least one is a year."""
    years = [fy_of(c) if c else None for c in cells]
    while years and years[-1] is None:
        years.pop()
    return years if any(y is not None for y in years) else []


# ---------------------------------------------------------------------------- model


@dataclass
class _Task:
    """One card (① …) while it is read."""

    number: str | None
    title: str
    line: int
    years: list[int | None] = field(default_factory=list)
    summary: str | None = None
    goal: str | None = None
    effects: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    kgi: tuple[str | None, str, int] | None = None
    kpi_years: list[int | None] = field(default_factory=list)
    kpi_values: list[tuple[int, str]] = field(default_factory=list)
    kpi_line: int | None = None
    budget: list[tuple[int, int | float]] = field(default_factory=list)
    budget_unit: str = "千円"
    notes: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)  # pieces of a scattered card no label took
    phase: str = "head"
    owner: str = ""

    @property
    def label(self) -> str:
        return f"{self.number or ''}{self.title}"

    @property
    def where(self) -> str:
        """How warnings name the card: 取組 code and sub-task."""
        return f"取組{self.owner} {self.label}"


@dataclass
class _Torikumi:
    """One 取組 (the initiative) while it is read."""

    number: str
    title: str
    section: str | None
    code_prefix: str | None
    line: int
    tasks: list[_Task] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        """Plan-wide code: the 基本方針 numeral and the 取組 number ("II-3")."""
        return f"{self.code_prefix}-{self.number}" if self.code_prefix else self.number


@dataclass
class _State:
    plan: Plan
    sections: dict[str, str] = field(default_factory=dict)  # roman numeral (NFKC) -> key
    current_section: str | None = None
    example: bool = False
    torikumi: list[_Torikumi] = field(default_factory=list)
    current: _Torikumi | None = None
    task: _Task | None = None
    note_open: bool = False
    last_years: list[int | None] = field(default_factory=list)
    scores: list[tuple[str | None, str, int | None, int | None, int]] = field(default_factory=list)
    future: list[dict[str, Any]] = field(default_factory=list)
    costs: list[dict[str, Any]] = field(default_factory=list)
    cost_unit: str = "千円"
    scattered: set[int] = field(default_factory=set)  # lines of cards that came in pieces


# ---------------------------------------------------------------------------- header


def _title(lines: list[str]) -> str:
    """The cover title: the first level-1 heading that names a 計画 and is not a chapter."""
    for line in lines[:2000]:
        if line.startswith("# ") and "計画" in line and "章" not in line:
            title = _clean(line[2:])
            if title:
                return title
    raise ParseError("計画名（表紙の見出し）が見つかりません。")


def _municipality(lines: list[str], title: str) -> str:
    """The municipality: the cover line that is only a name, else the known prefix of the title."""
    for line in lines[:40]:
        text = squash(line)
        if _MUNICIPALITY.fullmatch(text) and lookup(text)[1]:
            return text
    for end in range(len(title), 1, -1):
        if title[end - 1] in "市町村区" and lookup(title[:end])[1]:
            return title[:end]
    for line in lines[:40]:
        text = squash(line)
        if _MUNICIPALITY.fullmatch(text) and not text.startswith("#"):
            return text
    m = re.match(r"(\S{1,10}?[市町村])", title)
    if m:
        return m.group(1)
    raise ParseError("自治体名が見つかりません。")


def _published(lines: list[str]) -> str | None:
    """Cover date "令和4年8月" -> "2022-08" (calendar year, same offset as the fiscal year)."""
    for line in lines[:60]:
        found = year_month(line, whole=True)
        if found:
            return found
    return None


def _period(lines: list[str]) -> tuple[int | None, int | None]:
    """計画期間（令和4（2022）年度から令和7（2025）年度） -> (2022, 2025)."""
    return stated_period(lines)


def _vision(lines: list[str]) -> str | None:
    """The line after "目指す姿（ビジョン）"."""
    for i, line in enumerate(lines):
        if len(line) > 40 or _key(line) != "目指す姿(ビジョン)":
            continue
        for nxt in lines[i + 1 : i + 4]:
            text = _clean(nxt)
            if text and not nxt.lstrip().startswith(("#", "|")):
                return text
    return None


# ---------------------------------------------------------------------------- body


#: How many lines a table row printed to PDF may wrap onto.
_WRAPPED_ROW_LINES = 8


def _unwrap_rows(lines: list[str]) -> list[str]:
    """A table row that a PDF print wrapped (「| 内容 | …行政手続きのオ」「ンライン化を進めます。 | | |」)
    joined back into one row; each line it took becomes an empty row, so that every row keeps
    its line number (the readers skip empty rows)."""
    out = list(lines)
    i = 0
    while i < len(out):
        row = out[i].rstrip()
        if row.lstrip().startswith("|") and not row.endswith("|"):
            j = i + 1
            while j < len(out) and j - i <= _WRAPPED_ROW_LINES and out[j].strip():
                if out[j].lstrip().startswith("|"):
                    break
                row = join_wrapped(row, out[j].rstrip())
                j += 1
                if row.endswith("|"):  # the row closes: keep the join
                    out[i : j] = [row] + ["|"] * (j - i - 1)
                    i = j - 1
                    break
        i += 1
    return out


def _bridge_breaks(lines: list[str]) -> list[str]:
    """Blank lines between a card's rows (a page break in a PDF print, or an extractor that sets
    each line apart: pdfminer with a small line margin) become empty rows when the row after
    them is a card row other than 取組名 (such a row cannot start a card), a markdown rule |---|
    (it follows its header row), a row without a label (it goes on the row above), or a step
    under the スケジュール header."""
    out = list(lines)
    for i, line in enumerate(out):
        if not line.lstrip().startswith("|") or i == 0 or out[i - 1].strip():
            continue
        j = i - 1
        while j >= 0 and i - j <= 6 and not out[j].strip():
            j -= 1
        if j < 0 or j == i - 1 or not out[j].lstrip().startswith("|"):
            continue
        cells = _cells(line)
        kind = _label_kind(_key(cells[0]), cells[1:]) if cells else None
        steps = _in_steps(out, j)
        rule = "-" in line and _is_filler(cells)  # |---|: a header rule never opens a table
        # a row without a label (「| | 40 手続 | 64 手続 |」, the KPI's values) goes on the row above
        unlabelled = bool(cells) and not cells[0].strip() and not _is_filler(cells)
        if kind not in (None, "title") or (steps and kind is None) or rule or unlabelled:
            out[j + 1 : i] = ["|"] * (i - j - 1)
    return out


def _in_steps(lines: list[str], at: int) -> bool:
    """Whether row ``at`` is the スケジュール header or one of the steps under it."""
    while at >= 0 and lines[at].lstrip().startswith("|"):
        cells = _cells(lines[at])
        kind = _label_kind(_key(cells[0]), cells[1:]) if cells and not _is_filler(cells) else None
        if kind is not None:
            return kind == "schedule"
        at -= 1
    return False


def _blocks(
    state: _State, lines: list[str]
) -> tuple[list[tuple[int, list[str] | None, str]], list[tuple[int, str]]]:
    """Lines grouped into (first line no, table rows or None, text): tables become one block;
    with the notes of onojo_pieces.gather_headers. The line numbers of cards that came in pieces
    go to ``state.scattered``."""
    blocks: list[tuple[int, list[str] | None, str]] = []
    rows: list[str] = []
    start = 0
    from .onojo_pieces import gather_cards, gather_headers  # it reads rows with this module's rules

    cards, scattered = gather_cards(_unwrap_rows(lines))
    state.scattered = {i + 1 for i in scattered}
    gathered, notes = gather_headers(cards)
    for i, line in enumerate(_bridge_breaks(gathered)):
        if line.lstrip().startswith("|"):
            if not rows:
                start = i + 1
            rows.append(line)
            continue
        if rows:
            blocks.append((start, rows, ""))
            rows = []
        blocks.append((i + 1, None, line))
    if rows:
        blocks.append((start, rows, ""))
    return blocks, notes


def _close(state: _State) -> None:
    state.task = None
    state.note_open = False


def _heading(state: _State, line_no: int, text: str) -> None:
    """A markdown heading: 基本方針 defines/switches the section, 取組 N opens an initiative."""
    _close(state)
    state.current = None
    m = _HEADING_TORIKUMI.fullmatch(text.strip())
    if m:
        if state.example:
            return
        number = str(int(nfkc(m.group(1))))
        title = _clean(m.group(2))
        if not title:
            warn(state.plan, line_no, f"取組{number}の名称がありません。")
            title = f"取組{number}"
        prefix = _section_code(state)
        for seen in state.torikumi:
            if seen.number == number and seen.section == state.current_section:
                warn(
                    state.plan,
                    line_no,
                    f"取組{number}が重複しています（{seen.line}行目と同じ番号）。後の方を読みません。",
                )
                return
        state.current = _Torikumi(number, title, state.current_section, prefix, line_no)
        state.torikumi.append(state.current)
        return
    m = _HEADING_POLICY.fullmatch(text.strip())
    if m:
        state.example = False
        numeral = nfkc(m.group(1))
        key = state.sections.get(numeral)
        if key is None:
            key = f"s{len(state.sections) + 1}"
            state.sections[numeral] = key
            title = _clean(m.group(2)) or _clean(text.lstrip("#"))
            state.plan["sections"].append(section(key, None, "基本方針", numeral, title))
        state.current_section = key
        return
    if "ページの見方" in text:
        state.example = True
    elif not state.example or "取組" not in text:
        state.example = False


def _section_code(state: _State) -> str | None:
    for numeral, key in state.sections.items():
        if key == state.current_section:
            return numeral
    return None


def _prose(state: _State, line_no: int, text: str) -> None:
    """A text line: footnotes after a card become its notes (the 取組's before any card); other
    stray text is reported."""
    stripped = squash(text)
    if not stripped:
        return
    if "網掛け" in stripped and "重点取組" in stripped:
        warn(
            state.plan,
            line_no,
            "図表の網掛け（重点取組事項）はテキストに残っていないため、重点取組を判別できません。",
        )
        return
    if state.current is None or state.example:
        return
    state.task = None
    if _NOTE.match(nfkc(stripped)) or stripped.startswith("※"):
        notes = state.current.tasks[-1].notes if state.current.tasks else state.current.notes
        notes.append(_ESCAPE.sub("", stripped))
        state.note_open = True
    elif state.note_open and (
        notes := state.current.tasks[-1].notes if state.current.tasks else state.current.notes
    ):
        notes[-1] += "\n" + _ESCAPE.sub("", stripped)
    else:
        warn(state.plan, line_no, f"取組{state.current.code}の本文として読めない行です: {stripped[:40]}")


def _table(state: _State, start: int, rows: list[str]) -> None:
    """Dispatch a table by what its rows say: card, score table, cost summary, 2.5 list."""
    first = [_cells(r) for r in rows[:3]]
    head = " ".join(_key(c) for cells in first for c in cells)
    if "緊急度" in head and "重要度" in head:
        _score_table(state, start, rows)
    elif "一般財源" in head:
        _cost_table(state, start, rows)
    elif "検討の方向性" in head:
        _future_table(state, start, rows)
    elif any(_label_kind(_key(c[0]), c[1:]) for c in (_cells(r) for r in rows) if c):
        _card_table(state, start, rows)


def _card_table(state: _State, start: int, rows: list[str]) -> None:
    if state.example:
        return
    orphan_reported = False
    for offset, row in enumerate(rows):
        line_no = start + offset
        cells = _cells(row)
        if _is_filler(cells):
            continue
        kind = _label_kind(_key(cells[0]), cells[1:])
        if kind == "title":
            state.task = _new_task(state, line_no, cells)
            continue
        if state.task is None:
            if not orphan_reported:
                where = f"取組{state.current.code}の" if state.current else ""
                warn(state.plan, line_no, f"{where}取組名の行がない表のため読めません。")
                orphan_reported = True
            continue
        _card_row(state, state.task, line_no, kind, cells)
    state.task = None


def _new_task(state: _State, line_no: int, cells: list[str]) -> _Task | None:
    text = next((_clean(c) for c in cells[1:] if _clean(c)), "")
    number = None
    if text and text[0] in CIRCLED:
        number, text = text[0], text[1:].strip()
    if state.current is None:
        warn(
            state.plan,
            line_no,
            f"取組の見出しより前にある個別施策「{number or ''}{text}」は、どの取組か分からないため読めません。",
        )
        return None
    if not text:
        warn(state.plan, line_no, f"取組{state.current.code}の個別施策名がありません。")
        text = number or "（名称なし）"
    task = _Task(number, text, line_no, years=list(state.last_years), owner=state.current.code)
    state.current.tasks.append(task)
    return task


def _card_row(state: _State, task: _Task, line_no: int, kind: str | None, cells: list[str]) -> None:
    """One row of a card, read according to its label (or the block it belongs to)."""
    rest = cells[1:]
    if kind == "summary":
        task.summary = _join_cells(rest)
    elif kind == "schedule":
        task.years = _years(rest)
        state.last_years = task.years
        task.phase = "schedule"
    elif kind == "goal":
        task.goal, task.phase = _join_cells(rest), "goal"
    elif kind == "effects":
        task.effects = [b for c in rest for b in _bullets(c)]
    elif kind == "kgi":
        _kgi_row(task, line_no, rest)
    elif kind == "kpi":
        task.kpi_years, task.kpi_line, task.phase = _years(rest), line_no, "kpi"
    elif kind == "budget":
        _budget_row(state, task, line_no, cells)
    elif not _key(cells[0]) and task.phase == "kpi":
        _kpi_values(state, task, line_no, rest)
        task.phase = "kpi-done"
    elif _key(cells[0]) and task.phase == "schedule":
        _step_row(state, task, line_no, cells)
    elif line_no in state.scattered:  # one warning for the card's pieces (_scattered_values)
        task.stray.append(_clean(" ".join(cells))[:20])
    else:
        warn(state.plan, line_no, f"{task.where}の表の行を読めません: {_clean(' '.join(cells))[:40]}")


def _join_cells(cells: list[str]) -> str | None:
    text = " ".join(t for t in (_clean(c) for c in cells) if t)
    return text or None


def _step_row(state: _State, task: _Task, line_no: int, cells: list[str]) -> None:
    """A schedule step: its name and the fiscal years whose cell carries a mark (→)."""
    name = _clean(cells[0])
    fys: list[int] = []
    extra: list[str] = []
    for fy, cell in zip(task.years, cells[1:], strict=False):
        mark = _clean(cell)
        if mark and fy is not None:
            fys.append(fy)
            if mark not in _ARROWS:
                extra.append(f"{fy}: {mark}")
    beyond = [c for c in cells[1 + len(task.years) :] if _clean(c)]
    if beyond:
        warn(state.plan, line_no, f"{task.where}のスケジュール「{name}」に年度の列を超える記載があります。")
    if not fys:
        warn(
            state.plan,
            line_no,
            f"{task.where}のスケジュール「{name}」に年度の印（→）がなく、実施年度が分かりません（図の矢印が抽出されていない可能性があります）。",
        )
    step: dict[str, Any] = {"label": name, "fys": fys, "line": line_no}
    if extra:
        step["cells"] = extra
    task.steps.append(step)


def _kgi_row(task: _Task, line_no: int, rest: list[str]) -> None:
    """数値目標（KGI） "名称：値" -> (name, value text)."""
    text = _join_cells(rest) or ""
    name: str | None = None
    for sep in ("：", " : ", ":"):
        if sep in text:
            left, _, right = text.partition(sep)
            name, text = left.strip() or None, right.strip()
            break
    task.kgi = (name, text, line_no)


def _kpi_values(state: _State, task: _Task, line_no: int, rest: list[str]) -> None:
    years = task.kpi_years or task.years
    if not years:
        warn(state.plan, line_no, f"{task.where}の評価指標（KPI）に年度の見出しがありません。")
        return
    for fy, cell in zip(years, rest, strict=False):
        text = _clean(cell)
        if fy is not None and not is_no_value(text):
            task.kpi_values.append((fy, text))


def _budget_row(state: _State, task: _Task, line_no: int, cells: list[str]) -> None:
    label = nfkc(cells[0])
    task.budget_unit = "千円" if "千円" in label else ("円" if "円" in label else "")
    years = task.years or task.kpi_years
    if not years:
        warn(state.plan, line_no, f"{task.where}の年度経費に年度の見出しがありません。")
        return
    for fy, cell in zip(years, cells[1:], strict=False):
        found = _number(cell)
        if fy is None or found is None:
            if _clean(cell) and not is_no_value(_clean(cell)):
                warn(state.plan, line_no, f"{task.where}の年度経費「{_clean(cell)}」を数値として読めません。")
            continue
        task.budget.append((fy, found[0]))


def _scattered_values(state: _State, notes: list[tuple[int, str]]) -> None:
    """A warning for each card whose KPI values gather_headers could not tie to their years, and
    one for each card whose pieces no label took (their cells cannot be told)."""
    for task in (task for t in state.torikumi for task in t.tasks if task.stray):
        shown = "」「".join(task.stray[:3])
        warn(
            state.plan,
            task.line,
            f"{task.where}の表は抽出で断片に分かれており、どの欄か分からない断片{len(task.stray)}個"
            f"（「{shown}」{'ほか' if len(task.stray) > 3 else ''}）を読みませんでした。",
        )
    tasks = sorted((task.line, task.where) for t in state.torikumi for task in t.tasks)
    for at, values in notes:
        where = next((w for line, w in reversed(tasks) if line <= at + 1), None)
        warn(
            state.plan,
            at + 1,
            f"{where + 'の' if where else ''}評価指標（KPI）の値（{values[:60]}）は抽出で表の行から切り離され、"
            "どの年度の値か分からないため読みません。",
        )


# ---------------------------------------------------------------------------- side tables


def _score_table(state: _State, start: int, rows: list[str]) -> None:
    """図表 2-3-2 / 2-3-4: 取組 | 緊急度 | 重要度 for the current 基本方針."""
    header = [_key(c) for c in _cells(rows[0])]
    u_col = header.index("緊急度") if "緊急度" in header else 1
    i_col = header.index("重要度") if "重要度" in header else 2
    for offset, row in enumerate(rows[1:], start=1):
        cells = _cells(row)
        if _is_filler(cells) or not _clean(cells[0]):
            continue
        urgency = _score(cells, u_col)
        importance = _score(cells, i_col)
        if urgency is None and importance is None:
            warn(
                state.plan,
                start + offset,
                f"優先順位表の「{_clean(cells[0])}」の緊急度・重要度を読めません。",
            )
            continue
        state.scores.append((state.current_section, _clean(cells[0]), urgency, importance, start + offset))


def _score(cells: list[str], col: int) -> int | None:
    if col >= len(cells):
        return None
    found = _number(cells[col])
    if found is None or not isinstance(found[0], int) or not 0 <= found[0] <= 100:
        return None
    return found[0]


def _cost_table(state: _State, start: int, rows: list[str]) -> None:
    """図表 2-4-1: per 基本方針 and fiscal year, 経費 and うち一般財源 (千円)."""
    header = _cells(rows[0])
    columns = [(i, fy_of(c)) for i, c in enumerate(header) if fy_of(c)]
    if not columns:
        warn(state.plan, start, "経費の表に年度の見出しがありません。")
        return
    total_col = next((i for i, c in enumerate(header) if _key(c) == "計"), None)
    for offset, row in enumerate(rows[1:], start=1):
        cells = _cells(row)
        label = _key(cells[0])
        if _is_filler(cells) or not label:
            continue
        line_no = start + offset
        section_key = None
        if label.startswith("基本方針"):
            section_key = state.sections.get(label[len("基本方針") :])
            if section_key is None:
                warn(state.plan, line_no, f"経費の表の「{_clean(cells[0])}」に対応する基本方針がありません。")
        elif label != "計":
            warn(state.plan, line_no, f"経費の表の行「{_clean(cells[0])}」を読めません。")
            continue
        entries = []
        for col, fy in columns:
            amount = _number(cells[col]) if col < len(cells) else None
            general = _number(cells[col + 1]) if col + 1 < len(cells) else None
            entries.append(
                {
                    "fy": fy,
                    "amount": amount[0] if amount else None,
                    "general_revenue": general[0] if general else None,
                    "unit": state.cost_unit,
                }
            )
        total = _number(cells[total_col]) if total_col is not None and total_col < len(cells) else None
        state.costs.append(
            {
                "label": _clean(cells[0]),
                "section": section_key,
                "line": line_no,
                "entries": entries,
                "total": total,
            }
        )


def _future_table(state: _State, start: int, rows: list[str]) -> None:
    """図表 2-5-1: 今後検討する取組, numbered across both 基本方針."""
    header = [_key(c) for c in _cells(rows[0])]
    no_col = header.index("No") if "No" in header else 1
    title_col = header.index("取組") if "取組" in header else 2
    text_col = next((i for i, h in enumerate(header) if h.startswith("検討の方向性")), 3)
    current: str | None = None
    for offset, row in enumerate(rows[1:], start=1):
        cells = _cells(row)
        if _is_filler(cells):
            continue
        line_no = start + offset
        label = _key(cells[0])
        if label.startswith("基本方針"):
            current = state.sections.get(label[len("基本方針") :])
            if current is None:
                warn(
                    state.plan,
                    line_no,
                    f"今後検討する取組の「{_clean(cells[0])}」に対応する基本方針がありません。",
                )
        title = _clean(cells[title_col]) if title_col < len(cells) else ""
        if not title:
            warn(state.plan, line_no, "今後検討する取組の行に取組名がありません。")
            continue
        no = _clean(cells[no_col]) if no_col < len(cells) else ""
        bullets = _bullets(cells[text_col]) if text_col < len(cells) else []
        state.future.append(
            {
                "no": nfkc(no) or None,
                "title": title,
                "section": current,
                "summary": "\n".join(bullets) or None,
                "line": line_no,
            }
        )


# ---------------------------------------------------------------------------- assembly


def _task_indicators(task: _Task, end_fy: int | None) -> list[Indicator]:
    """The KGI (final target) and the KPI (per-year targets) of one card."""
    result = []
    targets = []
    for fy, text in task.kpi_values:
        found = _number(text)
        targets.append(value(fy, found[0] if found else None, text))
    direction = series_direction([t["value"] for t in targets])
    kgi_name = task.kgi[0] if task.kgi and task.kgi[0] else None
    name = kgi_name or task.title
    units = [_number(t["text"]) for t in targets]
    kgi_found = _number(task.kgi[1]) if task.kgi and task.kgi[1] else None
    unit = common_unit([u[1] for u in units if u]) or (kgi_found[1] if kgi_found else "")
    if task.kgi:
        last_fy = next((y for y in reversed(task.kpi_years or task.years) if y), None) or end_fy
        final = value(last_fy, kgi_found[0] if kgi_found else None, task.kgi[1]) if task.kgi[1] else None
        result.append(
            indicator(
                name,
                "KGI",
                unit=kgi_found[1] if kgi_found else "",
                direction=direction,
                final_target=final,
                line=task.kgi[2],
            )
        )
    if targets:
        result.append(
            indicator(
                name,
                "KPI",
                unit=unit,
                direction=direction,
                targets=targets,
                line=task.kpi_line,
            )
        )
    return result


def _schedule(task: _Task) -> list[dict[str, Any]]:
    """One entry per fiscal year; the label names every step marked in that year."""
    by_fy: dict[int, list[str]] = {}
    for step in task.steps:
        for fy in step["fys"]:
            by_fy.setdefault(fy, []).append(step["label"])
    return [{"fy": fy, "half": None, "label": "／".join(labels)} for fy, labels in sorted(by_fy.items())]


def _task_code(torikumi: _Torikumi, task: _Task, index: int) -> str:
    """The card's plan-wide code: the 取組's code and the card's circled number ("II-1-3" for ③)."""
    number = circled_value(task.number) if task.number else None
    return f"{torikumi.code}-{number or index}"


def _torikumi_key(torikumi: _Torikumi) -> str:
    return f"{torikumi.section}.{torikumi.number}" if torikumi.section else f"t{torikumi.number}"


def _build(state: _State) -> None:
    """Sections for the 取組 (and the 2.5 取組 still under consideration), an initiative per card."""
    plan = state.plan
    end_fy = plan["plan"]["period"]["end_fy"]
    for t in state.torikumi:
        key = _torikumi_key(t)
        entry = section(key, t.section, "取組", t.code, t.title)
        entry.update({"line": t.line, "notes": t.notes, "urgency": None, "importance": None})
        plan["sections"].append(entry)
        if not t.tasks:
            warn(plan, t.line, f"取組{t.code}「{t.title}」に個別施策の表がありません。")
        for index, task in enumerate(t.tasks, start=1):
            item = initiative(
                _task_code(t, task, index),
                task.title,
                key,
                summary=task.summary,
                goal=task.goal,
                effects=task.effects,
                schedule=_schedule(task),
                indicators=_task_indicators(task, end_fy),
                budget=[{"fy": fy, "amount": amount, "unit": task.budget_unit} for fy, amount in task.budget],
                line=task.line,
                steps=task.steps,
                notes=task.notes,
            )
            plan["initiatives"].append(item)
    keys = {s["key"] for s in plan["sections"]}
    for n, f in enumerate(state.future, start=1):
        parent = f["section"]
        no = f["no"] or str(n)
        key = f"{parent or 'f'}.f{no}"
        if key in keys:  # the same No twice (a damaged table): the row keeps its place, not its No
            warn(plan, f["line"], f"今後検討する取組の番号「{no}」が重複しています。")
            key = f"{key}.{n}"
        keys.add(key)
        entry = section(key, parent, FUTURE_LEVEL, f"検討-{no}", f["title"])
        entry.update(
            {"summary": f["summary"], "note": FUTURE_NOTE, "line": f["line"], "urgency": None, "importance": None}
        )
        plan["sections"].append(entry)


def _apply_scores(state: _State) -> None:
    """Urgency/importance of the priority tables (図表 2-3-2, 2-3-4), per 取組 by its name within the
    基本方針, onto the 取組's section and each of its cards; a near-identical name is matched with a
    warning."""
    plan = state.plan
    scored = [s for s in plan["sections"] if s["level"] in ("取組", FUTURE_LEVEL)]
    pending = []
    for sec, title, urgency, importance, line_no in state.scores:
        target = next(
            (
                s
                for s in scored
                if _key(s["title"]) == _key(title)
                and (sec is None or s["parent"] == sec)
                and s["urgency"] is None
            ),
            None,
        )
        if target is None:
            pending.append((sec, title, urgency, importance, line_no))
            continue
        target["urgency"], target["importance"] = urgency, importance
    for sec, title, urgency, importance, line_no in pending:
        candidates = [
            s
            for s in scored
            if (sec is None or s["parent"] == sec) and s["urgency"] is None and s["importance"] is None
        ]
        ratios = sorted(
            (
                (difflib.SequenceMatcher(None, _key(title), _key(s["title"])).ratio(), n)
                for n, s in enumerate(candidates)
            ),
            reverse=True,
        )
        if ratios and ratios[0][0] >= 0.75 and (len(ratios) == 1 or ratios[1][0] < ratios[0][0] - 0.1):
            target = candidates[ratios[0][1]]
            target["urgency"], target["importance"] = urgency, importance
            target.setdefault("aliases", []).append(title)
            warn(
                plan,
                line_no,
                f"優先順位表の「{title}」を名称の近い取組「{target['title']}」のものとして読みました。",
            )
        else:
            warn(plan, line_no, f"優先順位表の「{title}」に対応する取組がありません。")
    by_key = {s["key"]: s for s in scored}
    for item in plan["initiatives"]:
        owner = by_key.get(item["section"] or "")
        if owner is not None:
            item["urgency"], item["importance"] = owner["urgency"], owner["importance"]


def _check_costs(state: _State) -> None:
    """2.4 cost summary against the cards: per 基本方針 and year, and the 計 row and column."""
    plan = state.plan
    parents = {s["key"]: s["parent"] for s in plan["sections"]}
    sums: dict[tuple[str | None, int], int | float] = {}
    for item in plan["initiatives"]:
        policy = parents.get(item["section"] or "", item["section"])
        for entry in item["budget"]:
            sums[(policy, entry["fy"])] = sums.get((policy, entry["fy"]), 0) + (entry["amount"] or 0)
    section_rows = [r for r in state.costs if r["section"]]
    for row in state.costs:
        for entry in row["entries"]:
            amount, fy = entry["amount"], entry["fy"]
            if amount is None:
                continue
            if row["section"]:
                expected = sums.get((row["section"], fy), 0)
            elif row["label"] == "計" and section_rows:
                expected = sum(e["amount"] or 0 for r in section_rows for e in r["entries"] if e["fy"] == fy)
            else:
                continue
            if expected != amount:
                what = "各取組の年度経費の合計" if row["section"] else "基本方針ごとの経費の合計"
                warn(
                    plan,
                    row["line"],
                    f"経費の表の「{row['label']}」{fy}年度 {amount:,}{entry['unit']} と{what} {expected:,}{entry['unit']} が一致しません。",
                )
        total = row["total"]
        year_sum = sum(e["amount"] or 0 for e in row["entries"])
        if total is not None and total[0] != year_sum:
            warn(
                plan,
                row["line"],
                f"経費の表の「{row['label']}」の計 {total[0]:,} と年度ごとの合計 {year_sum:,} が一致しません。",
            )


def _attach_costs(state: _State) -> None:
    """Keep the cost summary: per 基本方針 on its section, the 計 row on the plan."""
    by_key = {s["key"]: s for s in state.plan["sections"]}
    for row in state.costs:
        if row["section"] in by_key:
            by_key[row["section"]]["budget"] = row["entries"]
        elif row["label"] == "計":
            state.plan["budget_total"] = row["entries"]


# ---------------------------------------------------------------------------- entry point


#: How this layout's card rows start, to restore them in text without pipes.
LABELS = Labels(
    rows=(
        "取組名",
        "内容",
        "スケジュール",
        "目指す姿／目標",
        "期待される効果",
        "数値目標（KGI）",
        "評価指標（KPI）",
        "年度経費（LCC）（千円）",
    ),
    grid=("年度経費（LCC）（千円）",),
    named_steps=True,
    pipes=True,
)


def _piped(line: str) -> str:
    """A table row as this plan's text writes it (「| 取組名 | … |」): the plan pasted into a sheet, or copied out
    of a browser, gives its cells by tabs."""
    if "\t" not in line or line.lstrip().startswith(("|", "#")):
        return line
    return "| " + " | ".join(cell.strip() for cell in line.rstrip("\t").split("\t")) + " |"


#: The headings of this plan's text, as a copy out of a browser gives them without their 「#」: 「取組 1 : …」,
#: 「基本方針Ⅱ：…」, 「第2章 …」, 「2.3 具体的な取組」, and 「ページの見方」 over the example card (whose 取組 is no plan's).
_BARE_HEADING = lazy_re(
    r"^(?:取組\s*[0-9０-９]+\s*[:：]|基本方針\s*[IⅠⅡⅢ]+|[IⅠⅡⅢ]+\s+\S|第\s*[0-9０-９]+\s*章|[0-9]\.[0-9]+\s|ページの見方$)"
)


def _one_cell_rows(lines: list[str]) -> list[str]:
    """A card's row of one cell between its rows (a 工程's step 「押印が不要となった手続のオンライン化」, which a sheet
    gives without the empty cells after it) as the row it is: 「| … |」."""
    out = list(lines)
    piped = [line.lstrip().startswith("|") for line in lines]
    for at, line in enumerate(lines):
        if piped[at] or not line.strip() or line.lstrip().startswith("#") or _BARE_HEADING.match(line.strip()):
            continue
        before = next((piped[i] for i in range(at - 1, -1, -1) if lines[i].strip()), False)
        after = next((piped[i] for i in range(at + 1, len(lines)) if lines[i].strip()), False)
        if before and after:
            out[at] = f"| {line.strip()} |"
    return out


#: A heading's mark set off by a full-width blank (「#　大野城市DX推進計画」, an editor's blanks all full-width).
_WIDE_MARK = lazy_re(r"^(#+)\u3000")


def _marked(source_lines: list[str]) -> list[str]:
    """``lines`` with their headings marked 「## 」 where none is (the page copied out of a browser), tables'
    rows as 「| … |」 where their cells come by tabs (a paste into a sheet)."""
    lines = [_piped(_WIDE_MARK.sub(r"\1 ", line)) for line in source_lines]
    if any("\t" in line for line in source_lines):
        lines = _one_cell_rows(lines)
    if any(line.startswith("#") for line in lines):
        return lines
    marked = [f"## {line.strip()}" if _BARE_HEADING.match(line.strip()) and len(line) <= 60 else line for line in lines]
    title = next((i for i, line in enumerate(marked[:20]) if "計画" in line and len(line.strip()) <= 40), None)
    if title is not None:
        marked[title] = f"# {marked[title].strip()}"  # the cover's title
    return marked


@layout_reader("大野城市形式", LABELS)
def parse(source: Source) -> Plan:
    """Read a plan in the 大野城市 layout; ParseError for anything that is not one."""
    lines = _marked(source.lines)
    title = _title(lines)
    name = _municipality(lines, title)
    published, period, vision = _published(lines), _period(lines), _vision(lines)
    plan = plan_from(
        source, LAYOUT, municipality=name, title=title, published=published, period=period, vision=vision
    )
    state = _State(plan)
    blocks, notes = _blocks(state, lines)
    for start, rows, text in blocks:
        if rows is not None:
            with one_block(plan, start, "表"):
                _table(state, start, rows)
        elif text.lstrip().startswith("#"):
            _heading(state, start, text.strip())
        else:
            if "単位" in text and "千円" in text:
                state.cost_unit = "千円"
            _prose(state, start, text)
    if not any(t.tasks for t in state.torikumi):
        raise ParseError("取組（「取組 N：…」の見出しと取組名の表）が見つかりません。")
    _scattered_values(state, notes)
    # without a stated 計画期間, the span of the cards' year columns is the period
    fill_period(
        plan, [y for t in state.torikumi for task in t.tasks for y in task.years + task.kpi_years if y]
    )
    _build(state)
    _apply_scores(state)
    _check_costs(state)
    _attach_costs(state)
    return plan


__all__ = ["FUTURE_LEVEL", "LAYOUT", "detect", "parse"]
