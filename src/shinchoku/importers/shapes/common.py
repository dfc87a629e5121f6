"""What the shape readers share: the collector of sections, initiatives and located warnings,
and the reading of a value written in words (an indicator line, a schedule, a budget).

Numbers, years and departments are read by the rules of ``importers.text``; nothing here
re-implements them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, cast

from ..document import Location
from ..planjson import (
    Indicator,
    Initiative,
    Plan,
    PlanWarning,
    Section,
    Value,
    indicator,
    initiative,
    section,
    value,
)
from ..text import (
    BRACKETED_UNITS,
    SCHEDULE_MARKS,
    SCHEDULE_SYMBOLS,
    bound_direction,
    common_unit,
    department_names,
    era_year,
    fy_of,
    is_no_value,
    join_wrapped,
    lazy_re,
    names_a_group,
    nfkc,
    one_year_style,
    only_departments,
    open_brackets,
    parse_fy,
    parse_number,
    related_in_brackets,
    series_direction,
    split_departments,
    squash,
    strip_footnotes,
    title_marks,
    unit_direction,
    unit_in_name,
    without_autospace,
    wording_direction,
)
from .numbering import split_numbered


def where(location: Location) -> PlanWarning:
    """The ``line`` (and ``page``) keys of a warning at ``location`` (its message still empty)."""
    found: PlanWarning = {"line": location.line if location.line is not None else location.row, "message": ""}
    if location.page is not None:
        found["page"] = location.page
    return found


@dataclass
class Collector:
    """Sections, initiatives and warnings found by the shape readers, in document order."""

    sections: list[Section] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    warnings: list[PlanWarning] = field(default_factory=list)
    #: Metadata the document states: 自治体名, 計画名, the fiscal year of a progress table.
    meta: dict[str, str] = field(default_factory=dict)
    _by_path: dict[tuple[str | None, str], str] = field(default_factory=dict)
    _children: dict[str | None, int] = field(default_factory=dict)
    #: The key each (parent, heading) was given: every row of a table names its sections again.
    _seen: dict[tuple[str | None, str], str] = field(default_factory=dict)

    def warn(self, location: Location, message: str) -> None:
        # a sheet is named in the message (a warning carries no sheet); a page and line are the
        # warning's own keys, which the preview and the CLI print before the message
        prefix = f"{location}: " if location.sheet else ""
        warning = where(location)
        warning["message"] = prefix + message
        self.warnings.append(warning)

    def section(self, parent: str | None, heading: str, level: str | None = None) -> str:
        """The key of section ``heading`` under ``parent``, created on first sight."""
        seen = self._seen.get((parent, heading))
        if seen is not None:
            return seen
        self._seen[(parent, heading)] = key = self._section(parent, heading, level)
        return key

    def _section(self, parent: str | None, heading: str, level: str | None) -> str:
        word, code, title = split_numbered(strip_footnotes(heading))
        identity = (parent, f"code:{nfkc(code)}" if code else f"title:{nfkc(title)}")
        key = self._by_path.get(identity)
        if key is not None:
            return key
        count = self._children.get(parent, 0) + 1
        self._children[parent] = count
        key = f"s{count}" if parent is None else f"{parent}.{count}"
        # a level the plan does not name (「（１）」 alone) has no name: none is made up (「第2階層」 was shown on every
        # page, workbook and Plan JSON as if the plan printed it)
        self.sections.append(section(key, parent, word or level or None, code, title or heading))
        self._by_path[identity] = key
        return key

    def adopt_sections(self, other: Collector) -> None:
        """``other``'s sections as this collector's own, for a reading of no section of its own joined to another's: a
        section made after is numbered after them, one seen again found among them."""
        self.sections = other.sections
        self._by_path, self._children, self._seen = other._by_path, other._children, other._seen

    def section_path(self, headings: list[str], levels: list[str] | None = None) -> str | None:
        parent: str | None = None
        for depth, heading in enumerate(headings):
            if heading and not is_no_value(heading):
                level = levels[depth] if levels and depth < len(levels) else None
                parent = self.section(parent, heading, level)
        return parent

    def new_initiative(
        self, code: str | None, title: str, section_key: str | None, location: Location
    ) -> Initiative:
        item = initiative(
            code, title, section_key, line=location.line if location.line is not None else location.row
        )
        if location.page is not None:
            item["page"] = location.page
        if location.sheet is not None:
            item["sheet"] = location.sheet
        self.initiatives.append(item)
        return item


# --------------------------------------------------------------------------- titles and marks


_PAREN_MARK = lazy_re(r"\s*[（(〔]\s*(再掲|新規)\s*[）)〕]\s*$")
#: The same mark opening the title: 「（再掲）電子申請の拡充」 (a 事業費一覧's row repeated under another 基本目標).
_LEADING_PAREN_MARK = lazy_re(r"^\s*[（(〔]\s*(再掲|新規)\s*[）)〕]\s*(?=\S)")


#: An evaluation a report writes after a title, in brackets, its label before the grade: 「〔進捗　◎〕」「［評価：Ａ］」
#: 「（進捗状況：順調）」「【評価 B】」 — the grade of the 取組, no word of its name.
_TITLE_GRADE = lazy_re(
    r"\s*[〔［\[【（(]\s*(?:進捗(?:状況|評価|度)?|評価(?:結果)?|達成度|自己評価)\s*[:：]?\s*"
    r"(?P<grade>[A-ESＡ-ＥＳ]|[◎○〇△×▲]|(?:概ね|おおむね|やや)?(?:達成|順調|遅れ)|未着手|完了)"
    r"\s*[〕］\]】）)]\s*$"
)


#: A progress word a dashboard's card sets apart at the right of its title (a badge 「順調」「やや遅れ」「完了」), printed
#: after a blank on the title's line: the 取組's state, no word of its name — not after a year (「〜 R7 完了」: its 工程).
_BADGE_GRADE = lazy_re(
    r"(?<![0-9０-９年度])[ \t\u3000]+(?P<grade>(?:概ね|おおむね)?順調|(?:やや)?遅れ|未着手|完了)\s*$"
)


def graded_title(text: str, *, badge: bool = False) -> tuple[str, str | None]:
    """``text`` without the evaluation closing it, and that grade (「電子申請の拡充　〔進捗　◎〕」 → 電子申請の拡充, ◎):
    a progress report puts each 取組's grade beside its name, the name is the plan's. None where no grade closes it
    (a bracket of words, 「（進捗管理）」, is the title's own). With ``badge`` (the titles of a dashboard's cards, each
    closed by its badge: ``badged_titles``) a progress word after a blank (「行政手続のオンライン化 順調」; 白露台市, batch 44)
    is such a grade too — never one joined to the title's last word (「移行完了」) nor one after a year (「R7 完了」)."""
    found = _TITLE_GRADE.search(text) or (_BADGE_GRADE.search(text) if badge else None)
    if found is None or not text[: found.start()].strip():
        return text, None
    return text[: found.start()].rstrip(), found.group("grade")


def badged_titles(titles: list[str]) -> bool:
    """Whether ``titles`` are a dashboard's cards' titles each closed by its badge (「… 順調」「… やや遅れ」): two or more,
    and every one closed by a progress word after a blank. A plan's sheets where one title or two end so (「… 完了」
    among titles of none) are no dashboard: their words are read as written (a bare 「完了」 is a mark there)."""
    return len(titles) >= 2 and all(_BADGE_GRADE.search(title) for title in titles)


def bare_completion(text: str) -> tuple[str, bool]:
    """``text`` without a bare 「完了」 set after a blank at its end (「マイナンバーカードの普及促進　完了」), and whether it
    had one: the 取組's mark 【完了】, as a plan writes it in brackets — no grade, no word of its name; not after a year
    (「〜 R7 完了」: its 工程) nor joined to its last word (「移行完了」)."""
    found = _BADGE_GRADE.search(text)
    if found is None or found.group("grade") != "完了" or not text[: found.start()].strip():
        return text, False
    return text[: found.start()].rstrip(), True


def title_and_marks(text: str) -> tuple[str, list[str]]:
    """A title cell without footnote marks, and its 【新規】【完了】 marks (text.title_marks: the one rule
    every layout uses); a 「（再掲）」「（新規）」 closing or opening the title is a mark too, and an evaluation closing it
    (「〔進捗　◎〕」, ``graded_title``) is no part of it."""
    # 「行政手続の」「オンライン化」 on two lines of a cell is one title, no blank inside (join_wrapped)
    joined, _ = graded_title(functools.reduce(join_wrapped, text.split("\n")))
    title, marks = title_marks(squash(strip_footnotes(joined)))
    found = _PAREN_MARK.search(title)
    if found and found.start() > 0:
        title = title[: found.start()]
        marks = [*marks, found.group(1)] if found.group(1) not in marks else marks
    found = _LEADING_PAREN_MARK.match(title)
    if found:
        title = title[found.end() :]
        marks = [*marks, found.group(1)] if found.group(1) not in marks else marks
    star = _STAR.match(title)
    if star and _NOT_STAR.search(title, star.end()):
        # 「★電子申請の拡大」: the plan's mark of its 重点取組 (its legend says what ★ means), kept as written
        title, marks = title[star.end() :], [*marks, star.group(1)] if star.group(1) not in marks else marks
    return title, marks


#: A star opening a title (「★電子申請の拡大」), the title's number before it or not.
_STAR = lazy_re(r"^\s*([★☆])\s*")
_NOT_STAR = lazy_re(r"[^\s★☆]")  # 「★★★」 where a title belongs is no title with a mark


_OWN_DEPARTMENTS = lazy_re(r"(?:[（(]([^()（）]{2,40})[）)]|【([^【】]{2,40})】|[＜<〈]([^＜＞<>〈〉]{2,40})[＞>〉])\s*$")
#: 「担当：」 before the names in those parentheses (「…の電子化（担当：住民福祉課）」)
_DEPARTMENT_LABEL = lazy_re(r"^\s*(?:担当課?|所管課?|担当部署)\s*[:：]\s*")


def add_actions(item: Initiative, text: str) -> None:
    """An item's 主な取組 list (kept as its ``actions``). A bullet closed by department names in
    parentheses or 【】 (「・書かない窓口の導入（市民課）」「…【市民課】」) names who does it: those are the
    item's 担当課 when it names none of its own."""
    add_text(item, "actions", text)
    own = bool(item["departments"])
    for line in text.split("\n"):
        for name in [] if own else closing_departments(line):
            if name not in item["departments"]:
                item["departments"].append(name)


def closing_departments(line: str) -> list[str]:
    """The department names a line closes with in parentheses or 【】 (「…を導入します。（住民課・企画課）」
    「…の電子化（担当：住民福祉課）」), [] when the parentheses hold anything else."""
    found = _OWN_DEPARTMENTS.search(line.strip())
    inside = _DEPARTMENT_LABEL.sub("", found.group(1) or found.group(2) or found.group(3)) if found else ""
    return only_departments(split_departments(inside)) if inside else []


#: A title, then a dot leader (「……」「・・・」「.....」: three dots or more, two 「…」) or a tab, then what stands at the
#: line's end: 「電子申請の拡充……………総務課」.
_LEADER_THEN_END = lazy_re(
    r"^(?P<title>.*?[^\s.．・･…‥·_])[ \u3000]*(?:[.．・･…‥·_]{3,}|[…‥]{2,}|\t)[ \u3000\t]*"
    r"(?P<end>[^\s.．・･…‥·_][^\t.．…‥·_]{0,60}?)\s*$"
)


def leader_departments(line: str) -> tuple[str, list[str]] | None:
    """(title, 課) of a line that sets its 課 at the line's end behind a dot leader or a tab: a list of 取組 typed in Word
    with a right-aligned tab stop and a dot leader (樅山村: 「（1）電子申請の拡充……………総務課」 — printed by LibreOffice the
    leader is ASCII dots 「.....」, and the 課 stayed in the title, 担当課 0; the .docx keeps the tab, a line of its own by
    ``readers.text._title_then_office``). Used where a title's line is split (``fields.title_parts``) and where the outline
    asks whether an item says who does it. None for any other line: a 目次 entry, whose leader ends in a page number
    (「基本目標１ …… 12」: ``lines._LEADER_ENTRY`` leaves it out, no 取組), and a title whose end is no 課."""
    if len(line) > 200:
        return None
    found = _LEADER_THEN_END.match(line.strip())
    if found is None:
        return None
    names = only_departments(department_names(found.group("end")))
    if not names:
        return None
    return found.group("title"), names


#: An office named as who acts in a sentence (「住民課が中心となって」「会計室と税務課が連携して」「総務課では」): kanji and
#: katakana ending as a 課, 室, 局, 係 or 委員会 does, then が / は / では / と / も / や — with the kana words offices are named
#: with (「健康子育て課」「まちづくり推進課」「こども未来課」), never a verb's kana before the name (「届けるため住民課が」).
_NAME_CHAR = r"[\u4e00-\u9fff\u30a0-\u30ffー]"
_NAME_PIECE = rf"(?:{_NAME_CHAR}|づくり|こども|まち|ふるさと|いきいき|くらし|すまい|みどり|(?<={_NAME_CHAR})て(?={_NAME_CHAR}))"
#: (A name of at most 24 pieces, one letter or kana word each: no run of pieces within pieces to backtrack over — a
#: long line of kanji without an office's ending took minutes.)
_ACTING_OFFICE = lazy_re(rf"((?:{_NAME_PIECE}){{0,24}}?(?:課|室|局|係|委員会))(?=では|が|は|と|も|や)")
#: Rooms and bodies whose names end as an office's (「スマホ教室が」「会議室は」「郵便局と」), and the offices consulted,
#: not named (「各課と調整し」「関係課と協議して」): no department of the 取組.
_NOT_OFFICES = ("教室", "会議室", "相談室", "図書室", "研修室", "集会室", "保健室", "待合室", "和室", "控室", "個室",
                "郵便局", "放送局", "テレビ局", "薬局", "関係", "各課", "関係課", "全課", "担当課", "所管課", "主管課")  # fmt: skip


def departments_in_prose(text: str) -> list[str]:
    """The 課 a 取組's prose names as those who carry it out, for a plan that gives no 担当課 otherwise (「住民課が中心と
    なって」「この取組は健康子育て課が担当し」「移行作業は総務課情報係が担い、住民課と税務課が…」), in the order named: the
    部 or 委員会 over a 課 and the 係 under it are where the 課 sits (「教育委員会生涯学習課」 → 生涯学習課), and a body
    outside the 役場 (「社会福祉協議会や民生委員の皆さんと」) is no office."""
    found: list[str] = []
    for match in _ACTING_OFFICE.finditer(nfkc(text)):
        run = match.group(1)
        if run.endswith(_NOT_OFFICES):
            continue
        if run.endswith(("係", "班")) and "課" in run[:-1]:
            run = run[: run.rindex("課", 0, len(run) - 1) + 1]  # 「総務課情報係」: the 課 the 係 is in
        for name in department_names(run):
            if name not in found:
                found.append(name)
    return found


def link_reposts(items: list[Initiative]) -> None:
    """A 再掲 entry that has a number of its own points to the initiative it repeats (``repost_of``):
    the one of the same title without the mark."""
    originals: dict[str, Initiative] = {}
    for item in items:
        if "再掲" not in item["marks"]:
            originals.setdefault("".join(nfkc(item["title"]).split()), item)
    for item in items:
        if "再掲" in item["marks"] and item["repost_of"] is None:
            original = originals.get("".join(nfkc(item["title"]).split()))
            if original is not None and original["code"] and original["code"] != item["code"]:
                item["repost_of"] = original["code"]


#: A 課 in a 担当課 cell opened by the mark of its part: 「◎」 (● ★) the 課 in charge, 「○」 one working with it.
_MARKED_OFFICE = lazy_re(r"([◎●★○〇◯])\s*([^◎●★○〇◯、,，・/／\s]+)")
_SEPARATORS = lazy_re(r"[、,，・/／\s]+")


def marked_in_charge(text: str) -> tuple[str, list[str]] | None:
    """A 担当課 cell whose every 課 is opened by a mark, one ◎ at least (「◎総務課⏎○住民課」 under 「担当課（◎主担当
    ○関係課）」): (the 課 in charge, marked ◎ ● ★; the 課 working with them, marked ○), as a matrix of marks is read
    (first read: 「◎総務課」「○住民課」 two 課 in charge). None for any other cell."""
    if not any(mark in text for mark in "◎●★"):
        return None
    found = _MARKED_OFFICE.findall(text)
    if not found or _SEPARATORS.sub("", _MARKED_OFFICE.sub("", text)):
        return None  # a name without a mark: no list of marked 課
    lead = " ".join(name for mark, name in found if mark in "◎●★")
    return lead, [name for mark, name in found if mark not in "◎●★"]


def add_departments(item: Initiative, text: str) -> None:
    """The names of a 担当課 cell joined to the item's, without schedule steps (「調査・研究」
    「導入」: text.department_names) — a card read in the wrong order gives its schedule as 担当課. The 課 named in
    brackets after one (「市民課（情報政策課）」) are its 関係課, kept apart (``departments_others``), and so are those
    marked ○ beside one marked ◎ (``marked_in_charge``)."""
    marked = marked_in_charge(text)
    text, related = marked if marked is not None else (text, [])
    text, bracketed = related_in_brackets(text)
    related = [*related, *bracketed]
    for name in department_names(text.replace("\n", " "), stacked="\n" in text.strip()):
        if name not in item["departments"]:
            item["departments"].append(name)
    if item["departments"]:
        add_related(item, related)


def add_related(item: Initiative, names: list[str]) -> None:
    """The 関係課 ``names`` joined to the item's (``departments_others``: who works with the 課 in charge), each once
    and none of the 課 in charge; the one place every reader keeps them."""
    if not names:
        return
    others = item.setdefault("departments_others", [])
    others += [name for name in names if name not in others and name not in item["departments"]]


def groups_apart(items: list[Initiative]) -> None:
    """The entries of each item's 担当課 that name a group of 課 (「全課」「窓口がある課」「AI議事録を使用する課」:
    ``text.names_a_group``) moved to its 関係課: the app reminds each 担当課 of its reports, and no one works in 「全課」
    (伊豆の国市's 「ノーコードツールの活用」 is left with no 担当課, which the plan office is told to set). Where the 関係課
    are 「ほか」 (``True``) the groups go to the 担当課's note."""
    for item in items:
        groups = [name for name in item["departments"] if names_a_group(name)]
        if not groups:
            continue
        item["departments"] = [name for name in item["departments"] if name not in groups]
        others = item.get("departments_others")
        if others is True:
            item["departments_note"] = "、".join(filter(None, [item.get("departments_note"), *groups]))
            continue
        if not isinstance(others, list):  # (a reader's False: no 関係課 named)
            item["departments_others"] = []
        add_related(item, groups)


#: A figure counted per year at a target's end: 「800人/年」「12回／年度」 (NFKC; a bound may follow: 「1,000人/年以上」).
_PER_YEAR = lazy_re(r"\d[^\s\d/]{0,6}/\s*年度?\s*(?:以上|以下|以内|超|未満)?\s*$")


def targets_each_year(plan: Plan) -> None:
    """A final target written as so many a year (「目標1_DX研修の受講者数:800人/年」) is the target of every year of the
    plan, not of its last alone: each year's round grades that year's actual against it (first read: 800 the target
    of 2025, and the round of 2024 had none to grade its 912人 against). Only where the plan states no target of a year
    for it, the target is the plan's last year's and the plan's years are known; a unit counted per year in the name's
    brackets (「受講者数（人／年）」 1,000) is a rate to reach by then, not one to keep."""
    period = plan["plan"]["period"]
    start, end = period["start_fy"], period["end_fy"]
    if start is None or end is None or not start <= end <= start + 20:
        return
    for item in plan["initiatives"]:
        for ind in item["indicators"]:
            final = ind["final_target"]
            if final is None or final["value"] is None or ind["targets"] or final["fy"] != end:
                continue
            if _PER_YEAR.search(nfkc(final["text"] or "")):
                ind["targets"] = [value(fy, final["value"], final["text"]) for fy in range(start, end)]


def add_text(item: Initiative, key: str, text: str) -> None:
    text = text.strip()
    if not text or is_no_value(text):
        return
    fields = cast(dict[str, Any], item)  # a text field named by the caller
    fields[key] = f"{fields[key]}\n{text}" if fields.get(key) else text


def add_note(item: Initiative, text: str, label: str | None = None) -> None:
    """A column or field the plan has no place for (備考, 財源, 課題・今後の方向性) kept as a note of the
    initiative, under its label: what the office wrote is not dropped unsaid."""
    text = squash(text.replace("\n", " "))
    if not text or is_no_value(text):
        return
    note = f"{label}：{text}" if label else text
    notes = item.setdefault("notes", [])
    if note not in notes:
        notes.append(note)


# --------------------------------------------------------------------------- values


def read_value(text: str, fy: int | None = None) -> Value | None:
    """A baseline / target / actual cell as a value: its number (None when it has none) and the
    fiscal year written in it (「150件（R8）」) or ``fy``; None for an empty cell."""
    written = squash(text.replace("\n", " "))
    if is_no_value(written):
        return None
    return written_value(written, fy)


def written_value(written: str, fy: int | None = None) -> Value:
    """``read_value`` of a cell already on one line with its blanks squashed and known to hold
    something (a table row's cleaned cells: read once, not again for each value)."""
    part = _OF_WHICH.search(written)
    found = parse_number(part.group(1) if part else written) if _RISE_BY.search(written) is None else None
    stated = parse_fy(written)
    return value(stated[0] if stated else fy, found[0] if found else None, written)


#: 「20業務のうち12業務で移行を完了」: the figure reached is the one after 「のうち」, not the whole it is a part of.
_OF_WHICH = lazy_re(r"[0-9０-９][0-9０-９,，.．]*\s*[^\s0-9０-９]{0,4}\s*のうち[、,，]?\s*([0-9０-９][0-9０-９,，.．]*\s*[^\s0-9０-９、。]{0,4})")


#: A target stated as a rise from the present (「現状値から20ポイント以上増加」「5％向上」 after 「から」): a difference, no
#: figure to reach (the words are kept as its text).
_RISE_BY = lazy_re(
    r"から.{0,3}[0-9０-９.,．，]+\s*(?:ポイント|pt)|から.{0,3}[0-9０-９.,．，]+\s*(?:％|%|割)\s*(?:以上)?\s*(?:増加|向上|上昇|改善)"
)


def unit_of(ind: Indicator) -> str:
    candidates = [ind["baseline"], *ind["targets"], ind["final_target"], *ind["actuals"]]
    units: list[str] = []
    for v in candidates:
        if v and v["value"] is not None:
            found = parse_number(v["text"])
            if found and found[1]:
                units.append(found[1])
    return common_unit(units)


def fill_unit(ind: Indicator) -> None:
    """An indicator without a unit takes the one its name ends in (「手続数（件）」, the name keeping
    the words) or the one written after its figures (42件)."""
    if not ind["unit"] and (named := unit_in_name(ind["name"])) is not None:
        ind["name"], ind["unit"] = named
    if not ind["unit"]:
        ind["unit"] = unit_of(ind)


def finish_indicator(ind: Indicator) -> None:
    """Unit (``fill_unit``), direction from unit, wording or the targets."""
    fill_unit(ind)
    if ind["direction"] is None:
        series = [ind["baseline"]["value"] if ind["baseline"] else None]
        targets = ind["targets"]
        if len(targets) > 1:
            targets = sorted(targets, key=lambda v: v["fy"] or 0)
        series += [t["value"] for t in targets]
        if ind["final_target"]:
            series.append(ind["final_target"]["value"])
        last = ind["final_target"] or (targets[-1] if targets else None)
        ind["direction"] = (
            unit_direction(ind["unit"])
            or bound_direction(last["text"] if last else None)
            or wording_direction(ind["name"])
            or series_direction(series)
        )


def add_dated(values: list[Value], entry: Value) -> None:
    """``entry`` added unless a value of its year is there (of its text, for a value without a year)."""
    fy = entry["fy"]
    for v in values:
        if v["fy"] == fy and (fy is not None or v["text"] == entry["text"]):
            return
    values.append(entry)


_ARROW = lazy_re(r"\s*(?:→|⇒|->|＞|>)\s*")
_LABELLED = lazy_re(
    r"(基準値|現状値|現状|策定時|中間目標値|中間目標|目標値|最終目標|目標|実績値|実績)\s*[:：]?\s*"
    r"((?:[(（][^()（）]{0,12}[)）])?\s*(?:(?:R|令和|H|平成)\s*[0-9０-９元]{1,2}\s*(?:年度?)?末?\s*[:：]?\s+(?=[0-9０-９]))?"
    r"(?:(?!基準値|現状|策定時|中間目標|目標|実績)[^\s、;；/／→⇒])+(?:\s*[(（][^()（）]{0,16}[)）])?)"
)  # a value ends where the next labelled value begins (「40手続（令和5年度）目標 150手続」 printed without a blank); its
# year may stand before it, a blank between (「現状値：令和5年度 12%」)
_ROLE_OF_WORD = {
    "基準値": "baseline",
    "現状値": "baseline",
    "現状": "baseline",
    "策定時": "baseline",
    "中間目標値": "midway",  # a target on the way: that year's, not the final one
    "中間目標": "midway",
    "目標値": "target",
    "最終目標": "target",
    "目標": "target",
    "実績値": "actual",
    "実績": "actual",
}


#: A year as plans write it beside a value (「R5」「令和5年度末」「2024年度」).
YEAR_WORDS = r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*(?:年度|年)?末?|(?:19|20)\d{2}\s*(?:年度|年)?末?"
#: An unlabelled value with its year closing the words before the first labelled one, an arrow after it: 「120手続
#: （2023年度）→」 (NFKC) — the baseline the labelled targets go on from.
_UNLABELLED_FIRST = lazy_re(
    rf"\s(?P<value>[0-9][0-9,.]*\s*[^\s()（）0-9→⇒]{{0,6}})\s*(?:[(（]\s*(?P<year>{YEAR_WORDS})\s*(?:現在|時点)?\s*[)）])?"
    r"\s*(?:→|⇒)\s*$"
)
#: A year closing the words before a value's label: 「R5」 of 「R5実績」.
_TRAILING_YEAR = lazy_re(rf"(?:{YEAR_WORDS})\s*[(（]?\s*$")
#: 「令和5年度 20分」 closing the words before an arrow: the year, then the value.
_DATED_VALUE = lazy_re(rf"[\s(（:：](?P<year>{YEAR_WORDS})\s*[:：]?\s*(?P<value>[-+]?[0-9][0-9,.]*\S*)\s*$")
#: One step of a chain of dated values after the first: 「令和8年度 60手続」, or a value alone 「100手続」.
_CHAIN_STEP = lazy_re(rf"^\s*(?:(?P<year>{YEAR_WORDS})\s*[:：]?\s*)?(?P<value>[-+]?[0-9][0-9,.]*\S*?)\s*[)）]?\s*$")
#: A target sentence with each value's year in brackets after it: 「窓口での平均待ち時間を20分（令和5年度）から10分に短縮
#: する（令和10年度）」 (NFKC).
_FROM_TO_BRACKETED = lazy_re(
    rf"^(?P<name>[^。]+?)を\s*[、,]?\s*(?P<v1>[0-9][0-9,.]*\s*[^\s0-9()（）]*?)\s*[(（]\s*(?P<y1>{YEAR_WORDS})\s*[)）]\s*から\s*"
    rf"(?P<v2>[0-9][0-9,.]*\s*[^\s0-9()（）にへ]*?)\s*"
    # 「…から10分に短縮する（令和10年度）」, or the year before the verb: 「…から30.0％（令和11年度）に高めます」
    rf"(?:(?:に|へ|まで)[^()（）。]*?[(（]\s*(?P<y2>{YEAR_WORDS})\s*[)）]"
    rf"|[(（]\s*(?P<y2b>{YEAR_WORDS})\s*[)）]\s*(?:に|へ|まで)[^()（）。]*?)\s*。?\s*$"
)
#: An indicator whose baseline is 「－」 (not measured yet), its year after it, then the arrow to its target.
_UNMEASURED_BASELINE = lazy_re(
    rf"^(?P<name>.*?\S)\s*[－ー―\-—‐]+\s*(?:[(（]\s*(?:{YEAR_WORDS})\s*[)）])?\s*(?:→|⇒|->)\s*(?P<rest>\S.*)$"
)


def baseline_unmeasured(text: str) -> bool:
    """Whether an indicator's line gives 「－」 as its baseline, then the arrow to its target (「オンライン相談の件数（年間）
    －（令和５年度）→３００件（令和９年度）」): the line is a whole indicator, with no baseline yet."""
    return _UNMEASURED_BASELINE.match(squash(nfkc(text))) is not None


#: The number of a year, not a figure: 「7年度」 of 「（令和7年度）」.
_YEAR_NUMBER = lazy_re(r"\d{1,4}\s*年")
#: What a target's words end in before its figures in brackets: 「紙の会議資料の印刷枚数を半減する（令和5年度 48万枚 → …）」.
_AIM = lazy_re(r"\s*を[^を]{0,12}(?:する|します)\s*$")


_SLASH = lazy_re(r"\s*[/／]\s*")
#: Words before a sentence's figure: 「平均12分」「延べ96人」「年間120回」「約2万件」.
#: The number of one entry of a list: 「①」「②」 (「①自動化した業務数」, 「②オンライン申請の割合」 on a KPI table's second row).
ENTRY_NUMBER = lazy_re(r"^\s*[①-⑳]\s*")
_ABOUT = r"(?:(?:平均|約|延べ|年間|累計)\s*)?"
#: A target written as a sentence: 「閲覧数を令和5年度の18,000件から令和10年度に40,000件に増やします。」 (the
#: years optional: 「待ち時間を25分から5分に短縮する」; the target's year may open the sentence:
#: 「令和11年度までに、手続を現在の12手続から60手続に増やします。」).
_FROM_TO = lazy_re(
    rf"^(?:(?P<y0>{YEAR_WORDS})\s*(?:までに|まで|に)\s*[、,]?\s*)?"
    rf"(?P<name>[^。]+?)(?:を|は)\s*[、,]?\s*(?:(?:(?P<y1>{YEAR_WORDS})|現在|現状|直近)\s*の\s*{_ABOUT})?"
    rf"(?P<v1>[0-9][0-9,.]*\s*[^\s0-9、。]*?)\s*から\s*"
    rf"(?:(?P<ym>{YEAR_WORDS})\s*に\s*{_ABOUT}(?P<vm>[0-9][0-9,.]*\s*[^\s0-9、。]*?)\s*[、,](?![0-9])\s*)?"  # 「令和７年度に50％、」
    rf"(?:(?P<y2>{YEAR_WORDS})\s*(?:まで)?には?\s*)?{_ABOUT}(?P<v2>[0-9][0-9,.]*\s*[^\s0-9、。]*?)\s*(?:に|へ|まで|とし)(?!\S*から)"
)
#: An indicator line with one number and no label: the name, the number (with its unit), what follows.
_ONE_TARGET = lazy_re(
    rf"^(?:(?P<by>{YEAR_WORDS})\s*(?:までに|まで|に)\s*[、,]?\s*)?(?P<name>[^0-9]*?)\s*"
    rf"(?:(?P<by2>{YEAR_WORDS})\s*(?:までに|まで)\s*[、,]?\s*)?"  # 「移行率　令和７年度末までに100％」
    r"(?:累計|年間|計)?\s*"  # 「…までに累計40件にします」
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<value>[0-9][0-9,.]*\s*[^\s0-9にへをまで（(、。]*)(?:\s*(?:に(?:する|します)|と(?:する|します)))?"  # 「…を30手続にする（令和８年度）」
    r"(?P<tail>\s*(?:[(（][^()（）]*[)）])?)\s*(?:に(?:する|します)|と(?:する|します)|を目指(?:す|します)|以上|以下)?\s*。?\s*$"
)


#: The words a baseline stated after its target opens with (``_BASELINE_NOTE``, ``_BASELINE_REMARK``,
#: ``_BASELINE_SENTENCE``).
_BASELINE_LABEL = r"現状値?|基準値?|策定時|現在"

#: The value a target's sentence closes with in brackets, dated or labelled: 「（令和6年度：0か所）」
#: 「（現状 950人）」「（令和５年度8.5％）」 (its blank lost where a line wrapped) — the baseline.
_BASELINE_NOTE = lazy_re(
    rf"[(（]\s*(?P<label>{_BASELINE_LABEL})?\s*(?P<year>{YEAR_WORDS})?\s*(?:現在|時点)?\s*(?:[:：\s]|(?<=度))\s*"
    r"(?P<value>[0-9][0-9,.]*(?!\s*年)\s*[^\s()（）0-9]{0,6})\s*[)）]\s*。?\s*$"
)

#: The same as a remark after the target: 「… ４２０台（令和８年度）　※現状　１６０台（令和５年度末）」.
_BASELINE_REMARK = lazy_re(
    rf"\s*[※＊*]\s*(?P<label>{_BASELINE_LABEL})\s*[:：]?\s*(?P<value>[0-9][0-9,.]*\s*[^\s()（）0-9]{{0,6}})"
    rf"\s*(?:[(（]\s*(?P<year>{YEAR_WORDS})\s*(?:現在|時点)?\s*[)）])?\s*$"
)

#: The same as a sentence of its own after the target's, stating the value: 「…を80％にします（令和10年度）。現状は令和５年度
#: で12％です。」「現状は12％（令和５年度）です。」「現状は約12％です。」 (白樫町's 【目標】, batch 42: first read an indicator
#: named by the whole first sentence, of no target) (NFKC). The value's unit must be the target's (``_agrees``): 「基準は
#: 100点満点です。」「現在で2回目の計画です。」 state no baseline.
_BASELINE_SENTENCE = lazy_re(
    rf"(?<=。)\s*(?P<label>{_BASELINE_LABEL})\s*(?:は|で)\s*[、,]?\s*(?:(?P<year>{YEAR_WORDS})\s*(?:で|に|は|の)?\s*)?"
    r"(?:約|およそ)?\s*(?P<value>[0-9][0-9,.]*\s*[^\s()（）0-9。]{0,6}?)\s*"
    rf"(?:[(（]\s*(?P<dated>{YEAR_WORDS})\s*(?:現在|時点)?\s*[)）])?\s*(?:です|でした|となっています|であった)\s*。?\s*$"
)


def _agrees(stated: str, target: Value | None) -> bool:
    """Whether a figure a sentence states is in the target's unit (「12％」 by 「80％」), or of none where the target's is none."""
    if target is None:
        return False
    unit = parse_number(stated)
    aim = parse_number(target["text"])
    return unit is not None and aim is not None and unit[1] == aim[1]


def indicators_in_prose(text: str, plan_end: int | None = None) -> list[Indicator]:
    """The targets an item's prose states as sentences (「…の割合を令和５年度の40％から令和９年度までに80％に引き
    上げます。」, 「…を令和９年度までに10人養成します（令和５年度は２人）。」): an indicator each, its baseline and
    its target — for an item that names no indicator."""
    # a line of its own (「電子申請できる手続の割合 令和５年度 40％ → 令和９年度 80％」 under 「成果指標（ＫＰＩ）」), else a
    # sentence, wrapped over lines or not
    lines = [found for line in text.split("\n") for found in _arrowed_in_prose(nfkc(line))]
    if lines:
        return lines
    found: list[Indicator] = []
    for sentence in _SENTENCE.findall(text.replace("\n", "")):
        t = nfkc(sentence)
        arrowed = _arrowed_in_prose(t)
        if arrowed:
            found += arrowed
            continue
        match = _FROM_TO.search(t)
        if (
            match is None
            or parse_number(match.group("v1")) is None
            or parse_number(match.group("v2")) is None
        ):
            by = _BY_YEAR.search(t)
            if by is not None and parse_number(by.group("v")) is not None:
                # 「…支援員を令和９年度までに10人養成します（令和５年度は２人）。」: the target, the baseline after it
                target = indicator(_LEAD.sub("", by.group("name")).strip(" 、,"))
                target["final_target"] = read_value(by.group("v"), fy_of(by.group("y")))
                if by.group("bv"):
                    target["baseline"] = read_value(by.group("bv"), fy_of(by.group("by")))
                finish_indicator(target)
                found.append(target)
            elif (first := _FIGURE_FIRST.search(t)) is not None and parse_number(first.group("v")) is not None:
                # 「令和９年度には年間2,000時間の作業時間を削減することを目指します。」: the figure before its name
                name, verb = first.group("name").strip(" 、,"), first.group("verb")
                # the figure is what the verb does to the name: 2,000時間 is 「作業時間の削減」, not the time left
                target = indicator(f"{name}の{verb}" if _KANJI_VERB.fullmatch(verb) else name)
                target["final_target"] = read_value(first.group("v"), fy_of(first.group("y")))
                target["direction"] = "increase"  # the more hours 削減 the better
                finish_indicator(target)
                found.append(target)
            continue
        ind = indicator_from_text(t[match.start() :], plan_end)
        if ind is not None and ind["baseline"] is not None and ind["final_target"] is not None:
            ind["name"] = _LEAD.sub("", ind["name"]).strip(" 、,")
            found.append(ind)
    return found


def _arrowed_in_prose(sentence: str) -> list[Indicator]:
    """The indicators a sentence or a line states with an arrow from a year's figure to a later year's (「電子申請できる
    手続の割合を令和5年度 40% → 令和9年度 80% に高めます。」, 「電子申請できる手続の割合 令和5年度 40% → 令和9年度 80%」),
    several in one (「…交付率は令和5年度 72% → 令和9年度 90%、コンビニ交付の利用率は令和5年度 15% → 令和9年度 40% を
    目指します。」): each its baseline and its final target (NFKC text)."""
    found: list[Indicator] = []
    for match in _ARROWED_CLAUSE.finditer(sentence):
        baseline, target = read_value(match.group("v1"), fy_of(match.group("y1"))), None
        target = read_value(match.group("v2"), fy_of(match.group("y2")))
        if baseline is None or target is None or baseline.get("value") is None or target.get("value") is None:
            continue
        name = _LEAD.sub("", match.group("name")).strip(" 、,:：")
        if not name:
            continue
        ind = indicator(name)
        ind["baseline"], ind["final_target"] = baseline, target
        finish_indicator(ind)
        found.append(ind)
    return found


#: A clause of a sentence naming an indicator, then its figure of a year, an arrow, and its figure of a later year: 「…の
#: 割合を令和5年度 40% → 令和9年度 80% に」, 「…の利用率は令和5年度 15% → 令和9年度 40% を」 (NFKC).
_ARROWED_CLAUSE = lazy_re(
    rf"(?P<name>[^。、,→⇒]+?)(?:\s*(?:を|は|が)|\s)\s*[、,]?\s*(?P<y1>{YEAR_WORDS})\s*(?:の|に|は)?\s*{_ABOUT}"
    r"(?P<v1>[0-9][0-9,.]*\s*(?P<unit>[^\s0-9、。,()（）→⇒]{0,4}?))\s*[→⇒]\s*"
    rf"(?P<y2>{YEAR_WORDS})\s*(?:まで)?(?:に|には|の)?\s*{_ABOUT}"
    # the target in the baseline's unit (「30手続」 of 「0手続 → 30手続窓口の平均待ち時間 …」, two lines run together), a
    # figure without one up to a particle or the clause's end
    r"(?P<v2>[0-9][0-9,.]*\s*(?P=unit))(?:(?<=[^\s0-9,.])|\s*(?=に|を|と|へ|まで|、|,|。|$))"
)


#: The units a sentence's figure may end in, the longer first (「か所」 before 「か」 …).
_UNIT_WORDS = "|".join(re.escape(u) for u in sorted(BRACKETED_UNITS, key=len, reverse=True))
#: A target sentence by a year, no baseline before it: 「…支援員を令和９年度までに10人養成します（令和５年度は２人）。」 (NFKC).
_BY_YEAR = lazy_re(
    rf"(?P<name>[^。]+?)を\s*(?P<y>{YEAR_WORDS})\s*(?:までに|まで)\s*{_ABOUT}(?P<v>[0-9][0-9,.]*\s*(?:{_UNIT_WORDS})?)"
    r"\s*(?:に|へ)?\s*[^\s。、()（）0-9]{0,8}(?:します|する)\s*"
    rf"(?:[(（]\s*(?P<by>{YEAR_WORDS})\s*(?:は|:|：)\s*(?P<bv>[0-9][0-9,.]*\s*[^\s()（）]{{0,6}})\s*[)）])?\s*。?\s*$"
)
#: A target sentence with its figure before its name, by a year: 「令和９年度には年間2,000時間の作業時間を削減することを
#: 目指します。」 (NFKC).
_FIGURE_FIRST = lazy_re(
    rf"(?P<y>{YEAR_WORDS})\s*(?:には|までに|に)\s*[、,]?\s*{_ABOUT}(?P<v>[0-9][0-9,.]*\s*(?:{_UNIT_WORDS}))\s*の"
    r"(?P<name>[^。、,を]{2,30})を\s*(?P<verb>[^。]{0,8}?)(?:します|する)(?:ことを目指します|ことを目指す|ことを目標とします)?\s*。?\s*$"
)
_KANJI_VERB = lazy_re(r"[\u4e00-\u9fff]{2,4}")
#: A sentence of prose, its 「。」 kept.
_SENTENCE = lazy_re(r"[^。]+。?")
#: What may open a sentence before the indicator's name: 「今後は、」「このため、」.
_LEAD = lazy_re(r"^.*[、,]\s*(?=[^、,]+$)")


#: A year label glued to the name before it (「…手続の数R6：6手続」): apart, it dates the value after it.
_GLUED_YEAR = lazy_re(r"(?<=[\u3040-\u30ff\u4e00-\u9fff）)])((?:R|Ｒ|H|Ｈ|令和|平成)\s*[0-9０-９元]{1,2}(?:年度|年)?\s*[:：])")


#: A dated value before an arrow, glued to the name before it where a line wrapped between them (「…窓口・施設の数」 over
#: 「0か所（令和５年度）→ 10か所（令和11年度）」, 「作業時間（年間）200時間（令和５年度）→」): apart, it is the baseline.
_GLUED_BASELINE = lazy_re(
    rf"(?<=[^\s0-9０-９,，.．])(?=[0-9０-９][0-9０-９,，.．]*[^\s0-9０-９（(]{{0,6}}\s*[（(]\s*(?:{YEAR_WORDS})\s*[)）]\s*[→⇒])"
)


#: A blank between a value and the year in brackets it is dated by, where a line broke between them (「0業務」 over
#: 「（令和５年度）→ 20業務」): no blank.
_SPACED_DATE = lazy_re(rf"([0-9０-９][^\s0-9０-９（(→⇒]{{0,6}})\s+(?=[（(]\s*(?:{YEAR_WORDS})\s*[)）]\s*[→⇒])")


#: A value's year in brackets before it: 「（R5）」「(令和9年度)」「（2023年度末）」.
_LEADING_YEAR = lazy_re(
    r"\s*(?:[（(](?:R|令和|H|平成)?\s*[0-9０-９元]{1,4}\s*(?:年度?)?末?[）)]"
    r"|(?:R|令和|H|平成)\s*[0-9０-９元]{1,2}\s*(?:年度末?|(?:年度?)?末?\s*[:：]|\s)\s*(?=[0-9０-９]))\s*"
)


def indicator_from_text(text: str, plan_end: int | None = None) -> Indicator | None:
    """An indicator written in one line: 「電子申請件数 現状値 1,200件（R4）→ 目標値 3,000件（R8）」,
    「電子申請件数：1,200件→3,000件」, 「窓口の待ち時間を10分にする」; a target's sentence closing with its
    baseline in brackets (「…窓口を5か所にします。（令和6年度：0か所）」). None for an empty text."""
    t = squash(strip_footnotes(one_year_style(text.replace("\n", " "))))
    t = _GLUED_BASELINE.sub(" ", _GLUED_YEAR.sub(r" \1", without_autospace(t)), count=1)
    t = _SPACED_DATE.sub(r"\1", t)
    if is_no_value(t):
        return None
    unmeasured = _UNMEASURED_BASELINE.match(t)
    if unmeasured is not None:
        # 「デジタル活用支援員の登録者数　－（R5）→ 40人（R9）」: no baseline yet, the target after the arrow
        ind = indicator_from_text(f"{unmeasured.group('name')} {unmeasured.group('rest')}", plan_end)
        if ind is not None and ind["final_target"] is not None:
            return ind
    same = len(nfkc(t)) == len(t)
    note = (
        (_BASELINE_NOTE.search(nfkc(t)) or _BASELINE_REMARK.search(nfkc(t)) or _BASELINE_SENTENCE.search(nfkc(t)))
        if same
        else None
    )
    if note is not None and (note.group("label") or note.group("year")) and note.start() > 0:
        ind = indicator_from_text(t[: note.start()].rstrip(), plan_end)
        sentence = "dated" in note.re.groupindex  # (``_BASELINE_SENTENCE``)
        if (
            ind is not None
            and ind["baseline"] is None
            and ind["final_target"] is not None
            and (not sentence or _agrees(note.group("value"), ind["final_target"]))
        ):
            year = note.group("year") or (note.group("dated") if sentence else None)
            ind["baseline"] = read_value(note.group("value"), fy_of(year) if year else None)
            finish_indicator(ind)
            return ind
    found = list(_LABELLED.finditer(t))
    if found:
        name = t[: found[0].start()].strip(" :：、,（(")
        # 「電子申請できる手続数　120手続（2023年度）→ 中間目標 250手続（2027年度）→ 目標 400手続（2029年度）」: the first
        # value, unlabelled before its arrow, is the baseline
        first = _UNLABELLED_FIRST.search(nfkc(name)) if len(nfkc(name)) == len(name) else None
        if first is not None and first.start() > 0 and parse_number(first.group("value")) is not None:
            name = name[: first.start()].strip(" :：、,（(")
        ind = indicator(name or t)
        if first is not None and name:
            year = first.group("year")
            ind["baseline"] = read_value(first.group("value"), fy_of(year) if year else None)
        if name:
            name = _TRAILING_YEAR.sub("", name).strip(" :：、,（(") or name
            ind["name"] = name
        targets: list[tuple[Value, bool]] = []  # each target, and whether its label says it is the final one
        for m in found:
            role = _ROLE_OF_WORD[m.group(1)]
            entry = read_value(m.group(2))
            if entry is None:
                continue
            if entry["fy"] is not None and (lead := _LEADING_YEAR.match(entry["text"])) and entry["text"][lead.end() :]:
                # 「現状値（R5）45手続」: the year the value is dated by is no part of what it says (「45手続」), or pages
                # showed 「基準値（令和5年度（2023））（R5）45手続」
                entry["text"] = entry["text"][lead.end() :]
            if open_brackets(entry["text"]) < 0 and entry["text"].endswith(("）", ")")):
                # 「（現状値R6：120手続、目標値R10：300手続）」: the bracket closes the line's, not the value's
                entry["text"] = entry["text"][:-1].rstrip()
            if entry["fy"] is None:  # 「R5実績 0冊」「令和10年度目標 12,000冊」「Ｒ６目標４００件」
                year = _TRAILING_YEAR.search(nfkc(t[: m.start()]))
                entry["fy"] = fy_of(year.group(0)) if year else None
            if role == "baseline" and ind["baseline"] is None:
                ind["baseline"] = entry
            elif role == "target":
                if entry["fy"] is None:
                    entry["fy"] = plan_end
                targets.append((entry, m.group(1).startswith("最終")))
            elif role == "actual":
                add_dated(ind["actuals"], entry)
            elif role == "midway":
                add_dated(ind["targets"], entry)
        _final_of_targets(ind, targets)
        if ind["final_target"] is None and ind["targets"]:
            ind["final_target"] = ind["targets"].pop()  # 「中間目標」 the only target written: the one there is
        finish_indicator(ind)
        return ind
    sentence = _FROM_TO.match(nfkc(t))
    if (
        sentence
        and parse_number(sentence.group("v1")) is not None
        and parse_number(sentence.group("v2")) is not None
    ):
        ind = indicator(sentence.group("name").strip(" :：、"))
        y1, y2 = sentence.group("y1"), sentence.group("y2")
        ind["baseline"] = read_value(sentence.group("v1"), fy_of(y1) if y1 else None)
        y2 = y2 or sentence.group("y0")
        ind["final_target"] = read_value(sentence.group("v2"), fy_of(y2) if y2 else plan_end)
        ym = sentence.group("ym")
        if ym and ind["final_target"] is not None:
            # 「令和５年度の15％から令和７年度に50％、令和９年度には90％に」: a target on the way, and the last
            for value in (read_value(sentence.group("vm"), fy_of(ym)), ind["final_target"].copy()):
                if value is not None:
                    add_dated(ind["targets"], value)
        finish_indicator(ind)
        return ind
    bracketed = _FROM_TO_BRACKETED.match(nfkc(t))
    if bracketed is not None and parse_number(bracketed.group("v1")) is not None:
        ind = indicator(bracketed.group("name").strip(" :：、"))
        ind["baseline"] = read_value(bracketed.group("v1"), fy_of(bracketed.group("y1")))
        ind["final_target"] = read_value(bracketed.group("v2"), fy_of(bracketed.group("y2") or bracketed.group("y2b")))
        finish_indicator(ind)
        return ind
    chained = _dated_chain(t, plan_end)
    if chained is not None:
        return chained
    parts = _ARROW.split(t)
    if len(parts) == 1:  # 「電子申請率 R5 10% / R9 50%」: two dated values split by a slash
        halves = _SLASH.split(t)
        if len(halves) == 2 and all(_DATED_VALUE.search(nfkc(" " + h)) for h in halves):
            parts = halves
    dated = _DATED_VALUE.search(nfkc(parts[0])) if len(parts) == 2 else None
    if dated and parse_number(parts[1]) and dated.start() > 0:
        # 「待ち時間 令和5年度 20分 → 令和10年度 10分」: each value after its year
        same = len(nfkc(parts[0])) == len(parts[0])
        ind = indicator((parts[0] if same else nfkc(parts[0]))[: dated.start()].strip(" :：(（"))
        ind["baseline"] = read_value(dated.group("value"), fy_of(dated.group("year")))
        ind["final_target"] = read_value(parts[1].rstrip(")）"), plan_end)
        finish_indicator(ind)
        return ind
    if len(parts) == 2 and parse_number(parts[1]):
        head, _, base = parts[0].rpartition(" ")
        if not head:
            head, _, base = parts[0].rpartition("：")
        if parse_number(base) and head:
            ind = indicator(head.strip(" :："))
            ind["baseline"] = read_value(base)
            ind["final_target"] = read_value(parts[1], plan_end)
            finish_indicator(ind)
            return ind
    ind = indicator(t)
    target = _ONE_TARGET.match(nfkc(t)) if len(nfkc(t)) == len(t) else None
    if target is not None and (
        target.group("name").count("(") > target.group("name").count(")")  # inside the name's brackets
        or _YEAR_NUMBER.match(target.group("value"))
    ):
        # 「来庁回数（1申請あたり）」「時間外勤務時間（職員1人当たり年間）」: a number in the name's brackets is no
        # target, nor 「…ようにする（令和７年度）」's 7
        target = None
    if target is not None and parse_number(target.group("value")):
        # 「手続数 100手続（令和9年度）」「令和9年度までに手続数を100手続にする」: the one number is the target, the name and
        # the figure as written (NFKC kept the text's length: the match's places are the text's)
        ind["name"] = t[target.start("name") : target.end("name")].strip(" :：、を") or t
        by = target.group("by") or target.group("by2")  # 「令和9年度までに…」: the year the target is for
        ind["final_target"] = read_value(
            t[target.start("value") : target.end("value")] + t[target.start("tail") : target.end("tail")],
            fy_of(by) if by else plan_end,
        )
        if ind["final_target"] is not None and ind["final_target"]["fy"] is None:
            ind["final_target"]["fy"] = fy_of(t) or plan_end
    finish_indicator(ind)
    return ind


def _final_of_targets(ind: Indicator, targets: list[tuple[Value, bool]]) -> None:
    """Set ``ind``'s final target from the labelled targets of its line (each with whether its label is 最終目標): the one
    labelled 最終目標, else the first of the latest year; a target of another year is that year's (「Ｒ６目標４００件 …
    最終目標（令和８年度）９００件」: 400 the target of 2024, 900 the final one). A second target of the final one's year
    restates it."""
    if not targets:
        return
    latest = max(targets, key=lambda target: target[0]["fy"] or 0)[0]
    final = next((entry for entry, last in targets if last), latest)
    ind["final_target"] = final
    for entry, _ in targets:
        if entry is not final and entry["fy"] is not None and entry["fy"] != final["fy"]:
            add_dated(ind["targets"], entry)


#: A value with its year in brackets after it (「35.0%(R6)」, NFKC), written as the chain's year-first steps are.
_VALUE_THEN_YEAR = lazy_re(rf"(?P<value>[0-9][0-9,.]*[^\s0-9()]*?)\s*\(\s*(?P<year>{YEAR_WORDS})\s*\)\s*$")


def _dated_chain(text: str, plan_end: int | None) -> Indicator | None:
    """An indicator written as its name and a chain of dated values: 「オンライン化した手続数：令和5年度 25手続 → 令和8年度
    60手続 → 令和10年度 100手続」 (the first the baseline, the last the final target, those between targets on the way),
    also in brackets after the words of the aim: 「紙の会議資料の印刷枚数を半減する（令和5年度 48万枚 → 令和10年度 24万枚）」.
    None for any other text (two values without a year before the first are read elsewhere)."""
    t = nfkc(text)
    name_part = None
    if t.endswith((")", "）")) and "(" in t and _ARROW.search(t[t.rfind("(") :]):
        name_part, t = t[: t.rfind("(")], t[t.rfind("(") + 1 : -1]  # the figures in brackets after the aim
    parts = [_VALUE_THEN_YEAR.sub(r"\g<year> \g<value>", part) for part in _ARROW.split(t)]
    if len(parts) < 2:
        return None
    parts = parts[:1] + [step for part in parts[1:] for step in _listed_steps(part)]
    first = _DATED_VALUE.search(" " + parts[0])
    steps = [_CHAIN_STEP.match(part) for part in parts[1:]]
    if first is None or not all(steps) or (len(parts) == 2 and name_part is None):
        return None  # two values: the cases below read them
    name = name_part if name_part is not None else (" " + parts[0])[: first.start()]
    name = _AIM.sub("", name).strip(" :：(（、") if name_part is not None else name.strip(" :：(（、")
    if not name or parse_number(first.group("value")) is None:
        return None
    ind = indicator(name)
    ind["baseline"] = read_value(first.group("value"), fy_of(first.group("year")))
    values = [
        read_value(step.group("value"), fy_of(step.group("year")) if step.group("year") else plan_end)
        for step in steps
        if step is not None
    ]
    if any(v is None or v["value"] is None for v in values):
        return None
    ind["final_target"] = values[-1]
    if len(values) > 1:
        for value in values:
            assert value is not None
            add_dated(ind["targets"], value.copy())
    finish_indicator(ind)
    return ind


#: What parts dated values listed after one arrow: 「、」, or a comma before a year (not the comma of 「1,240人」).
_STEP_LIST = lazy_re(rf"\s*、\s*|\s*,\s*(?={YEAR_WORDS})")


def _listed_steps(part: str) -> list[str]:
    """The dated values one arrow leads to, listed (「R8年度 40%、令和10年度 60%」: a target on the way, then the
    last), each a step of the chain; the part as it is unless every piece is a value after its year."""
    pieces = _STEP_LIST.split(part)
    if len(pieces) < 2 or not all((m := _CHAIN_STEP.match(p)) and m.group("year") for p in pieces):
        return [part]
    return pieces


_YEAR_WRITTEN = (
    r"(?:令和|平成|R|H)\s*(?:元|\d{1,2})(?!\d)\s*(?:年度|年)?(?:\s*[(（]?\s*(?:前期|後期|上期|下期|上半期|下半期)[)）]?)?"
    r"|(?<!\d)(?:19|20)\d{2}\s*年度?"
)
_YEAR_AT = lazy_re(_YEAR_WRITTEN)


def before_first_year(text: str) -> str:
    """The words of a 工程 cell before the first year written in it (all of them without one)."""
    t = nfkc(one_year_style(text.replace("\n", " ")))
    m = next((m for m in _YEAR_AT.finditer(t) if parse_fy(m.group(0))), None)
    return t[: m.start()] if m else t


def dated_parts(text: str) -> list[tuple[int, int | None, str]]:
    """(fiscal year, half, what follows up to the next year) for 「R6 検討 → R7 導入」「令和6年度：調査、令和7年度：導入」."""
    t = nfkc(one_year_style(text.replace("\n", " ")))
    matches = list(_YEAR_AT.finditer(t))
    parts: list[tuple[int, int | None, str]] = []
    for i, m in enumerate(matches):
        found = parse_fy(m.group(0))
        if not found:
            continue
        fy = found[0]
        month = _MONTH_AFTER.match(t, m.end())
        if month and not m.group(0).rstrip().endswith("度") and 1 <= int(month.group(1)) <= 3:
            fy -= 1  # 「令和７年１月」 (移行時期): January to March end the fiscal year begun the April before
        end = matches[i + 1].start() if i + 1 < len(matches) else len(t)
        label = t[m.end() : end].strip(" :：、,，→⇒▶-~〜・/／;；")
        parts.append((fy, found[1], label))
    return parts


#: A month right after a calendar year: 「１月」 of 「令和７年１月」 (NFKC).
_MONTH_AFTER = lazy_re(r"\s*(\d{1,2})\s*月")


#: Fiscal years written in English: 「FY2025–2030」「FY2025-FY2028」 (NFKC text; the en dash stays).
_FISCAL_RANGE = lazy_re(r"(?<![A-Za-z])FY\s*((?:19|20)\d{2})\s*[–—\-~〜～]\s*(?:FY\s*)?((?:19|20)\d{2})(?!\d)")
_WESTERN_START = lazy_re(r"(?<!\d)((?:19|20)\d{2})(\s*[~〜～\-－―]\s*(?:19|20)\d{2}\s*年)")
#: The end of a range written without its era: 「～10年度」 of 「令和7～10年度」.
_SHORT_END = lazy_re(r"^\s*(?:[~〜～\-－―]|から)\s*(?P<n>元|\d{1,2})\s*年度?")
_RANGE_SIGN = lazy_re(r"^\s*(?:[~〜～\-－―ー]|から)\s*$")


#: A range open at its end: 「R8～：本格実施」「令和7年度から 順次公開」 (to the plan's last year).
#: What follows a year a range runs on from, no year after it: 「～」「から」「以降」 of 「R8～」 (NFKC).
OPEN_END = r"\s*(?:[~〜～]|から|以降)\s*(?![~〜～]?\s*(?:令和|平成|R|H|\d))"
_OPEN_END = lazy_re("^" + OPEN_END)


def _with_ranges(
    text: str, parts: list[tuple[int, int | None, str]], until: int | None = None
) -> list[tuple[int, int | None, str]]:
    """「令和6年度～令和8年度 順次拡大」「R6～R8」: every year of a range, with the label after it;
    「R8～：本格実施」 runs to ``until`` (the plan's last year) when it is known."""
    t = nfkc(one_year_style(text.replace("\n", " ")))
    matches = [m for m in _YEAR_AT.finditer(t) if parse_fy(m.group(0))]
    if len(matches) != len(parts):
        return parts
    out: list[tuple[int, int | None, str]] = []
    skip = False
    for i, (fy, half, label) in enumerate(parts):
        if skip:
            skip = False
            continue
        short = _SHORT_END.match(t[matches[i].end() :])
        era = re.match(r"令和|平成|R|H", matches[i].group(0))
        last_fy = era_year(era.group(0), short.group("n")) if short and era else None
        if last_fy is not None and fy < last_fy <= fy + 15:  # 「令和7～10年度：順次拡大」
            rest = t[matches[i].end() + short.end() :]
            if i + 1 < len(matches):
                rest = rest[: matches[i + 1].start() - matches[i].end() - short.end()]
            out += [(year, None, rest.strip(" :：、,，→⇒・/／;；")) for year in range(fy, last_fy + 1)]
            continue
        open_end = _OPEN_END.match(t[matches[i].end() :]) if until is not None and half is None else None
        if open_end is not None and until is not None and fy < until <= fy + 15:
            rest = label.lstrip(" ~〜～").removeprefix("から").removeprefix("以降")
            out += [(year, None, rest.strip(" :：、,，→⇒・/／;；")) for year in range(fy, until + 1)]
            continue
        if i + 1 < len(parts) and half is None and parts[i + 1][1] is None:
            between = t[matches[i].end() : matches[i + 1].start()]
            last = parts[i + 1][0]
            if _RANGE_SIGN.match(between) and fy < last <= fy + 15:
                out += [(year, None, parts[i + 1][2]) for year in range(fy, last + 1)]
                skip = True
                continue
        out.append((fy, half, label))
    return out


#: A year behind an empty ballot box (☐, U+2610): a form's year left unticked. Only the ballot boxes are boxes here: 「□」
#: is a 工程表's drawn step (「□□□」 準備).
_UNTICKED_YEAR = lazy_re(rf"☐\s*(?:{_YEAR_WRITTEN})(?:\s*[～〜~\-]\s*(?:{_YEAR_WRITTEN}))?")


def ticked_years_only(text: str) -> str:
    """A 実施年度 of a form's check boxes, 「☑R5　☑R6　☐R7　☐R8」, without the years left unticked: the years ticked
    (☑ ☒) are the years the 取組 is carried out, one whose box is empty (☐) is printed only as the form's choice."""
    if "☐" not in text:
        return text
    # (as NFKC writes the years: 「☐Ｒ７」 typed in full-width, 「☐R7～R8」 a span left unticked)
    return _UNTICKED_YEAR.sub("", nfkc(text)).replace("☑", " ").replace("☒", " ")


def schedule_from_text(item: Initiative, text: str, until: int | None = None) -> bool:
    """Schedule entries from a 工程 line; False when it names no year. A range of years
    (「R6～R8 実施」) is every year of it; one open at its end (「R8～：本格実施」) goes on to
    ``until``, the plan's last year; a year behind an empty check box (「☐R8」) is none (``ticked_years_only``)."""
    text = ticked_years_only(text)
    text = _FISCAL_RANGE.sub(r"\1年度～\2年度", nfkc(one_year_style(text)))  # 「FY2025–2030」 of a bilingual table
    text = _WESTERN_START.sub(r"\1年度\2", text)  # 「2025～2028年度」: the first year is one too
    parts = _with_ranges(text, dated_parts(text), until)
    for fy, half, label in parts:
        if not any(e["fy"] == fy and e["half"] == half for e in item["schedule"]):
            item["schedule"].append({"fy": fy, "half": half, "label": label or "実施"})
    return bool(parts)


#: A mark in a 重点 column or field: the 取組 is one (its priority the label's word).
_PRIORITY_MARKS = frozenset("★☆○◯●◎")


def priority_of(written: str, label: str = "重点") -> str:
    """The priority a 重点 cell or field gives: a mark 「◎」「★」 says the 取組 is one, named by the column's or
    field's word (「重点」「重点事業」); a word or rank written there (「A」「重点取組」) is its own."""
    return label if nfkc(written).strip() in _PRIORITY_MARKS else squash(written)


def budget_from_text(item: Initiative, text: str, unit: str | None = None, fy: int | None = None) -> bool:
    """Budget entries from a 事業費 line 「R6 1,000千円、R7 2,000千円」, or of ``fy`` for a figure its label
    dates (「事業費（R7） | 2,400千円」); False when no year is named."""
    parts = dated_parts(text) or ([(fy, None, text)] if fy is not None else [])
    added = False
    for fy, _half, rest in parts:
        found = parse_number(rest)
        if found is None or any(b["fy"] == fy for b in item["budget"]):
            continue
        amount, cell_unit = found
        item["budget"].append(
            {"fy": fy, "amount": amount, "unit": cell_unit if cell_unit.endswith("円") else unit or "千円"}
        )
        added = True
    return added


_SCHEDULE_TICK = lazy_re(rf"^[{SCHEDULE_MARKS}]+$")


#: The arrow or bar drawn after a step's word as far as the step runs (「構築 ━━━━━━▶」「検討→」).
_TRAILING_BAR = lazy_re(r"(?<=\S)\s*[→⇒➡▶━─＝=]{1,}[\s→⇒➡▶━─＝=>＞]*$")


def schedule_label(text: str) -> str:
    """The label of a 工程表 cell: an arrow or ● alone says 「実施」 (so does a ticked checkbox, 「TRUE」), else the
    text on one line without the arrow drawn after its word (「構築 ━━━━━━▶」 is the step 「構築」)."""
    t = squash(text.replace("\n", " "))
    if _SCHEDULE_TICK.match(nfkc(t).replace(" ", "")) or t.upper() == "TRUE":
        return "実施"
    return _TRAILING_BAR.sub("", t) or t


#: One mark of a 工程表's legend and what it says: 「●：実施」「━ 検討・準備」「○…検討」.
_LEGEND_PAIR = lazy_re(
    rf"([{SCHEDULE_SYMBOLS}])\s*(?:[:：…=＝]|\.{{1,3}})?\s*([^\s:：、,，{SCHEDULE_SYMBOLS}]{{1,12}})"
)
_LEGEND_HEAD = lazy_re(r"^[【\[(（<〈]?凡例[】\])）>〉]?\s*[:：]?")
#: Another column's legend of grades after the 工程's on the 凡例 line (「凡例：○ 予定 ● 実施済 進捗：Ａ 順調 …」, NFKC):
#: where the marks' end. A word of the 工程 explained there (「検討：調査・検討」) is none: the line is no legend of marks.
_NEXT_LEGEND = lazy_re(rf"\s+[^\s:：{SCHEDULE_SYMBOLS}]{{1,6}}\s*[:：]\s*[A-Z](?![A-Za-z])")


def schedule_legend(lines: list[str]) -> dict[str, str]:
    """The marks a 工程表's legend explains (「凡例　●：実施　→：継続　━：検討・準備」): each mark's
    words, for the cells that hold it alone. Only a line that says 凡例, or that pairs two marks or
    more with words and says nothing else, is a legend."""
    legend: dict[str, str] = {}
    for line in lines:
        text = nfkc(line).strip().lstrip("※*＊ ")  # 「※ ●：実施　→：継続実施」 under the table
        body = _LEGEND_HEAD.sub("", text)
        if body != text and (other := _NEXT_LEGEND.search(body)) is not None:
            body = body[: other.start()]  # 「… 進捗：Ａ 順調 Ｂ 概ね順調」: the legend of the 進捗 column, not of the marks
        pairs = _LEGEND_PAIR.findall(body)
        rest = re.sub(r"[\s、,，()（）]", "", _LEGEND_PAIR.sub("", body))
        if pairs and not rest and (body != text or len(pairs) >= 2):
            for mark, words in pairs:
                legend.setdefault(mark, words)
    return legend


_ARROW_ONLY = lazy_re(r"^[→⇒―━─…\-－>＞=＝]+$")


def is_arrow(text: str) -> bool:
    """True for a 工程表 cell holding only an arrow or a line: the label before it continues."""
    return bool(_ARROW_ONLY.match(nfkc(text).replace(" ", "")))


_FIRST_DIGIT = lazy_re(r"[-+▲△]?\d")


def name_before_number(text: str) -> str | None:
    """The words before a value's number (「電子申請件数 100件／令和4年度」 → 電子申請件数): an indicator's
    name where the plan writes it in the value cell; None when there are none."""
    words = squash(nfkc(text))
    if parse_number(words) is None:
        return None
    # 「令和8年度までに対象手続を50手続とする」: the year the target is for names nothing
    words = _YEAR_PHRASE.sub(" ", words).strip()
    digit = _FIRST_DIGIT.search(words)
    if digit is None:
        return None
    head = words[: digit.start()].strip(" :：、,").rstrip("をがはの")
    return head if len(head) >= 2 else None


#: 「令和8年度までに」「R8年度末に」「2026年度には」: a year phrase before a target's words.
_YEAR_PHRASE = lazy_re(
    r"(?:令和|平成|R|H)\s?(?:\d{1,2}|元)\s?年度?(?:末)?(?:まで)?(?:に|には|で|の)?[、,]?|"
    r"(?:19|20)\d{2}\s?年度?(?:末)?(?:まで)?(?:に|には|で|の)?[、,]?"
)
