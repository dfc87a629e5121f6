"""What a plan prints that has no column of its own, in the words a reader knows it by.

The plan readers keep it in ``extra`` (docs/plan-json.md): a section's 概要 and notes; an initiative's
備考 and notes, its 関係課, これまでの取組, 工程の記載, 事業費の合計 and the items of its 工程; an
indicator's 区分 and the grades and rates a progress report printed beside it. This module is the one
rule for which of those keys is the plan's text and under which label it is shown: the plan page, the
initiative page, 計画を編集, the committee report and the 進捗管理表 take their words from here, and so
does a re-import's preview (``EXTRA_LABELS``, through ``loader.extra_changes``). What says where or
from which file something was read (``line``, ``page``, ``read_from``) is not the plan's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from shinchoku.core import numbers
from shinchoku.importers.text import wareki

#: The two grades shown side by side, named apart: the one the plan file printed for an indicator's year (the
#: municipality's, by its own legend: 鳴海台市's 「A:目標より進んでいる」) and the one shinchoku computes for the 取組
#: (``progress.evaluation``, by the 評価基準 set in shinchoku: 「A 目標を上回る（達成率110%以上）」). Walked: 「公表評価 B」
#: beside 「算定 C」 read as one scale, and 「公表評価」 as 「公表済みの評価」 (the app's grades of published reports). The
#: one home of their names: the report page and form, the committee report, the 進捗管理表, the initiative page and the
#: open data's descriptions take them from here (templates through the ``grade_name`` tag), and so does the label of
#: an indicator's ``evaluations`` (:data:`EXTRA_LABELS`).
GRADE_NAMES = {
    "file": "計画ファイルの評価",  # short, a column's header
    "file_named": "計画ファイルの評価（自治体の区分）",
    "computed": "算定評価",
    # the app's grade by the scale the municipality set in it (``scale_for``): 「shinchoku の評価基準」 it is not
    "computed_named": "算定評価（このアプリで算定）",
    "grade_named": "評価（このアプリで算定）",  # the grade a published report stands at (算定, or the plan office's)
    # what tells them apart, where both show (its notes)
    "apart": "計画ファイルの評価（自治体の区分）は取り込んだ計画ファイル（自治体が公表した進捗）に指標ごとに記載された評価、"
    "算定評価（このアプリで算定）は指標の達成率（なければ工程と進捗状況・自己評価）から取組ごとに算定した評価で、"
    "両者は別の区分です",
}
FILE_GRADE, FILE_GRADE_NAMED = GRADE_NAMES["file"], GRADE_NAMES["file_named"]
COMPUTED_GRADE, COMPUTED_GRADE_NAMED = GRADE_NAMES["computed"], GRADE_NAMES["computed_named"]
GRADES_APART = GRADE_NAMES["apart"]

#: Each key of ``extra`` that holds what the plan says, and its label (「注記」, not ``notes``): the pages show
#: them under these words, and a re-import's preview names a change of one by it (a file that drops an
#: initiative's footnotes changes it, and the preview must say so rather than list it bare).
EXTRA_LABELS = {
    "notes": "注記", "note": "備考", "aliases": "取組名の別の表記", "steps": "工程の項目",
    "budget_total": "事業費の合計", "departments_others": "関係課", "departments_note": "担当課の注記",
    "progress_so_far": "これまでの取組", "schedule_text": "工程の記載",
    "evaluations": FILE_GRADE, "achievement_rates": "達成率", "group": "指標の区分",
    # a section's (docs/plan-json.md: ``sections``)
    "summary": "概要", "urgency": "緊急度", "importance": "重要度", "budget": "経費",
}  # fmt: skip

#: The keys that hold the plan's notes on a section or an initiative (Plan JSON's ``summary``, ``note``,
#: ``notes``), in the order shown; a text without a label of its own is shown under the key's label.
NOTE_KEYS = ("summary", "note", "notes")
#: 「成果指標：電子申請に対応した手続数（…）」「財源：国庫補助」: the label a reader put before a note's text.
_LABELLED = re.compile(r"^(?P<label>[^\s：:、。，,（）()「」]{1,12})：(?P<text>.+)$", re.S)


def _texts(value: Any) -> list[str]:
    """The texts of a value: a text, a number, or a list of them (anything else is not a text)."""
    found = []
    for each in value if isinstance(value, list) else [value]:
        readable = isinstance(each, (str, int, float)) and not isinstance(each, bool)
        text = str(each).strip() if readable else ""
        if text and text not in found:
            found.append(text)
    return found


def _text(value: Any) -> str:
    return "\n".join(_texts(value))


def notes(extra: Any) -> list[tuple[str, list[str]]]:
    """A section's or an initiative's notes by label, in the order the plan gives them: ``[("成果指標",
    ["電子申請に対応した手続数（現状値（R5） 156手続、目標値（R9） 450手続）", …]), ("財源", ["国庫補助"])]``.

    A note 「財源：国庫補助」 (``notes``: a reader put the plan's label before the text) is shown under its
    label, one without a label under 「注記」, ``note`` (the plan template's 備考 column, a card's 備考)
    under 「備考」, a section's ``summary`` under 「概要」. A repeat is left out."""
    extra = extra if isinstance(extra, dict) else {}
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for key in NOTE_KEYS:
        for text in _texts(extra.get(key)):
            if text in seen:
                continue
            seen.add(text)
            found = _LABELLED.match(text) if key == "notes" else None
            if found is not None and found.group("text").strip():
                groups.setdefault(found.group("label"), []).append(found.group("text").strip())
            else:
                groups.setdefault(EXTRA_LABELS[key], []).append(text)
    return list(groups.items())


def _year(value: Any) -> int | None:
    """A fiscal year as Plan JSON writes it (2024), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 1900 < value < 2200 else None


def _dated(year: Any, text: str) -> str:
    """「令和5年度 Ａ」: a text of a year (a text of no year as it is)."""
    fy = _year(year)
    return f"{wareki(fy)} {text}" if fy is not None and text else text


def _years(values: list[Any]) -> str:
    """「令和4年度～令和6年度」 for a run of years, 「令和4年度、令和6年度」 for years apart."""
    fys = sorted({fy for fy in map(_year, values) if fy is not None})
    if len(fys) > 2 and fys == list(range(fys[0], fys[-1] + 1)):
        return f"{wareki(fys[0])}～{wareki(fys[-1])}"
    return "、".join(wareki(fy) for fy in fys)


_CELL = re.compile(r"^(?P<fy>\d{4}): (?P<mark>.+)$")


def _step(step: Any) -> str:
    """A 工程 item as the plan prints it: 「システム調査（令和4年度～令和6年度）」; a year the chart marks with words
    rather than an arrow, with them (「運用開始（令和8年度、令和9年度: 一部実施）」). A step is a dict (``label``,
    ``fys``, ``cells``: 「2027: 一部実施」) or a text."""
    if not isinstance(step, dict):
        return _text(step)
    label = _text(step.get("label") or step.get("text") or step.get("name"))
    listed = step.get("fys")
    fys: list[Any] = listed if isinstance(listed, list) else []
    marks: dict[int, str] = {}
    others = []
    for cell in _texts(step.get("cells")):
        found = _CELL.match(cell)
        if found is not None and _year(int(found["fy"])) is not None:
            marks[int(found["fy"])] = found["mark"]
        else:
            others.append(cell)
    if marks:
        years = sorted({fy for fy in map(_year, [*fys, *marks]) if fy is not None})
        when = [f"{wareki(fy)}: {marks[fy]}" if fy in marks else wareki(fy) for fy in years]
    else:
        when = [_years(fys)] if _years(fys) else []
    when += others
    return f"{label}（{'、'.join(when)}）" if label and when else label


def _amount(value: Any) -> str:
    """事業費の合計 as printed (「12,000千円」), else its amount and unit."""
    if isinstance(value, list):
        return "、".join(filter(None, (_amount(v) for v in value)))
    if isinstance(value, dict):
        if text := _text(value.get("text")):
            return text
        amount = value.get("amount")
        if isinstance(amount, (int, float, Decimal)) and not isinstance(amount, bool):
            return _dated(value.get("fy"), numbers.written(amount) + _text(value.get("unit")))
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return numbers.written(value)
    return _text(value)


@dataclass(frozen=True)
class InitiativeTexts:
    """What the plan prints for an initiative beyond its columns, each where a reader looks for it."""

    related_departments: list[str] = field(default_factory=list)  # 関係課, beside the 担当課
    more_departments: bool = False  # the 担当課 cell said 「ほか」 (and others) without naming them
    departments_note: str = ""  # 担当課の注記 (「(社会福祉課はタブレット導入済)」)
    progress_so_far: str = ""  # これまでの取組, a text of the initiative
    schedule_text: str = ""  # 工程の記載: the schedule as printed
    steps: list[str] = field(default_factory=list)  # 工程の項目 with their years
    budget_total: str = ""  # 事業費の合計, with the budget
    notes: list[tuple[str, list[str]]] = field(default_factory=list)  # 備考, 財源 …: ``notes``


def initiative_texts(extra: Any) -> InitiativeTexts:
    """An initiative's ``extra`` as the pages show it (``Initiative.texts``). ``departments_others`` is the
    names of the 関係課 (a card's 「関係課：税務課、住民課」) or, from a 担当課 cell that ends in 「ほか」,
    ``True``."""
    extra = extra if isinstance(extra, dict) else {}
    others = extra.get("departments_others")
    return InitiativeTexts(
        related_departments=[] if isinstance(others, bool) else _texts(others),
        more_departments=others is True,
        departments_note=_text(extra.get("departments_note")),
        progress_so_far=_text(extra.get("progress_so_far")),
        schedule_text=_text(extra.get("schedule_text")),
        steps=[s for s in (_step(step) for step in extra.get("steps") or [] if step) if s]
        if isinstance(extra.get("steps"), list)
        else [],
        budget_total=_amount(extra.get("budget_total")),
        notes=notes(extra),
    )


def by_year(entries: Any, marks: Mapping[int, str] | None = None) -> list[str]:
    """「令和5年度 Ａ」 for each ``{"fy", "text"}`` (an evaluation, an achievement rate) a report printed; ``marks``: fiscal
    year -> what is said after that year's (「令和6年度 A — 根拠の実績値 912人 を削除済み（理由：…）」)."""
    found = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            text = _text(entry)
        else:
            written = _text(entry.get("text"))
            rate = entry.get("value")
            if not written and isinstance(rate, (int, float)) and not isinstance(rate, bool):
                written = numbers.written(rate) + "%"
            text = _dated(entry.get("fy"), written)
            mark = (marks or {}).get(entry.get("fy")) if written else None
            text = f"{text} — {mark}" if mark else text
        if text and text not in found:
            found.append(text)
    return found


def indicator_texts(extra: Any, grade_marks: Mapping[int, str] | None = None) -> list[tuple[str, list[str]]]:
    """What the plan prints beside an indicator, by label: its 区分 (a KPI's group: 「利用率」 over
    「窓口」「オンライン」), the evaluation and the achievement rate a progress report printed for it,
    year by year (「令和5年度 Ａ」), and its 備考. ``grade_marks``: fiscal year -> what is said beside that year's
    evaluation (its figure removed in the app since: ``progress.figures.removals``)."""
    extra = extra if isinstance(extra, dict) else {}
    shown = [
        ("group", _texts(extra.get("group"))),
        ("evaluations", by_year(extra.get("evaluations"), grade_marks)),
        ("achievement_rates", by_year(extra.get("achievement_rates"))),
        ("note", _texts(extra.get("note"))),
    ]
    return [(EXTRA_LABELS[key], texts) for key, texts in shown if texts]
