"""Builders, types and the validator for Plan JSON (docs/plan-json.md, version 1).

Importers build plans only through these functions, so every plan has every required key
with ``None`` / ``[]`` for what the source does not say, and ``validate`` is the single
definition of a well-formed plan that the loader and the tests rely on.

The TypedDicts below are that shape for mypy (``make test`` type-checks the importers): the core
fields of docs/plan-json.md are required keys; the extra fields importers add (plan-json.md allows
them, snake_case) are declared ``NotRequired``, so a misspelt key is a type error, not a field
silently lost. At run time they are plain dicts: a Plan JSON file read from disk is checked by
``validate``, not by the types.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, NotRequired, TypedDict, cast

from .errors import ParseError
from .municipalities import lookup
from .titles import plan_name

FORMAT = "shinchoku.plan/1"


class Municipality(TypedDict):
    name: str
    prefecture: str | None
    code: str | None  # 全国地方公共団体コード, 6 digits with check digit


class Period(TypedDict):
    start_fy: int | None
    end_fy: int | None


class SourceInfo(TypedDict):
    filename: str
    sha256: str
    layout: str  # the importer that read the file
    #: The file read where it is not the document named above: a Plan JSON file read back keeps the document it
    #: was read from (whose lines the initiatives' ``line`` count) and names itself here (``planjson_reader``).
    file: NotRequired[SourceInfo]


class PlanInfo(TypedDict):
    title: str
    published: str | None  # YYYY-MM
    period: Period
    vision: str | None
    source: SourceInfo
    # where a title the document does not state came from: "filename", or "municipality" (「…市 計画」)
    title_from: NotRequired[str]
    #: True where the plan office typed the title in the upload preview (it stays the plan's on later imports).
    title_typed: NotRequired[bool]
    #: What each grade the file prints means, as its legend says (``legends``): 「A」 → 「目標より進んでいる」.
    grade_legend: NotRequired[list[GradeMeaning]]


#: Most grades a legend has (S, A–E and a dash and room): what a Plan JSON file's ``grade_legend`` may hold.
MOST_GRADES = 8


class GradeMeaning(TypedDict):
    grade: str  # NFKC: 「A」, 「◎」, 「-」
    meaning: str  # as written


class Section(TypedDict):
    key: str
    parent: str | None
    level: str | None
    code: str | None
    title: str
    # extras some layouts add
    line: NotRequired[int | None]
    aliases: NotRequired[list[str]]
    summary: NotRequired[str | None]
    note: NotRequired[str | None]
    notes: NotRequired[list[str]]
    urgency: NotRequired[float | None]
    importance: NotRequired[float | None]
    budget: NotRequired[list[BudgetEntry]]


class Value(TypedDict):
    """A baseline, target, actual or final target; ``value`` None when the cell is not a number."""

    fy: int | None
    value: float | None
    text: str  # as written


class ScheduleEntry(TypedDict):
    fy: int
    half: int | None  # 1 前期, 2 後期
    label: str | None


class BudgetEntry(TypedDict):
    fy: int
    amount: float | None
    unit: NotRequired[str | None]


class Indicator(TypedDict):
    name: str
    kind: str  # "KPI" | "KGI"
    unit: str
    direction: str | None  # "increase" | "decrease" | "maintain" | None
    baseline: Value | None
    targets: list[Value]
    actuals: list[Value]
    final_target: Value | None
    # extras
    line: NotRequired[int | None]
    note: NotRequired[str | None]
    group: NotRequired[str | None]
    evaluations: NotRequired[list[dict[str, Any]]]
    achievement_rates: NotRequired[list[dict[str, Any]]]


class Initiative(TypedDict):
    code: str | None
    title: str
    section: str | None  # key of the innermost section
    summary: str | None
    background: str | None
    purpose: str | None
    actions: str | None
    goal: str | None
    effects: list[str]
    departments: list[str]
    scope: str | None  # "national" | "local" | None
    priority: str | None
    urgency: float | None
    importance: float | None
    marks: list[str]
    repost_of: str | None
    schedule: list[ScheduleEntry]
    indicators: list[Indicator]
    budget: list[BudgetEntry]
    # extras
    line: NotRequired[int | None]
    page: NotRequired[int | None]
    sheet: NotRequired[str | None]
    aliases: NotRequired[list[str]]
    budget_total: NotRequired[Any]
    notes: NotRequired[list[str]]
    steps: NotRequired[list[dict[str, Any]]]
    departments_others: NotRequired[Any]
    departments_note: NotRequired[str | None]
    progress_so_far: NotRequired[str | None]
    schedule_text: NotRequired[str | None]


class PlanWarning(TypedDict):
    """What an importer could not read, with where (``line``; ``page`` for a PDF)."""

    line: int | None
    message: str
    page: NotRequired[int | None]


class Plan(TypedDict):
    format: str
    municipality: Municipality
    plan: PlanInfo
    sections: list[Section]
    initiatives: list[Initiative]
    warnings: list[PlanWarning]
    # extras
    budget_total: NotRequired[Any]

DIRECTIONS = (None, "increase", "decrease", "maintain")
KINDS = ("KPI", "KGI")
SCOPES = (None, "national", "local")


def new_plan(
    *,
    municipality: str,
    prefecture: str | None,
    code: str | None,
    title: str,
    published: str | None,
    start_fy: int | None,
    end_fy: int | None,
    vision: str | None,
    filename: str,
    data: bytes,
    layout: str,
) -> Plan:
    """An empty plan with its header filled in; sections and initiatives are appended."""
    return {
        "format": FORMAT,
        "municipality": {"name": municipality, "prefecture": prefecture, "code": code},
        "plan": {
            "title": title,
            "published": published,
            "period": {"start_fy": start_fy, "end_fy": end_fy},
            "vision": vision,
            "source": {"filename": filename, "sha256": hashlib.sha256(data).hexdigest(), "layout": layout},
        },
        "sections": [],
        "initiatives": [],
        "warnings": [],
    }


def plan_from(
    source: Any,
    layout: str,
    *,
    municipality: str,
    title: str,
    published: str | None = None,
    period: tuple[int | None, int | None] = (None, None),
    vision: str | None = None,
    prefecture: str | None = None,
    code: str | None = None,
) -> Plan:
    """new_plan for an importer's ``source`` (its filename and bytes) in ``layout``.

    ``period`` is (start_fy, end_fy). The title is the plan's name as ``titles.plan_name`` reads it (not a yearly
    report's nor its 取組一覧's, whichever reader found it). The prefecture and 団体コード are looked up from the
    municipality's name; a ``prefecture`` or ``code`` the document itself states (the template
    has columns for both) wins.
    """
    known_prefecture, known_code = lookup(municipality)
    return new_plan(
        municipality=municipality,
        prefecture=prefecture or known_prefecture,
        code=code or known_code,
        title=plan_name(title),
        published=published,
        start_fy=period[0],
        end_fy=period[1],
        vision=vision,
        filename=source.filename,
        data=source.data,
        layout=layout,
    )


def fill_period(plan: Plan, years: list[int]) -> None:
    """Without a stated period, the span of the fiscal years the plan's tables cover is the period."""
    period = plan["plan"]["period"]
    if years and period["start_fy"] is None and period["end_fy"] is None:
        period["start_fy"], period["end_fy"] = min(years), max(years)


#: How many years before its one target year a baseline may be and still open a plan that states no
#: period: a KPI table's 「現状」 is a recent year (plans run five years or so, ten at most), so a
#: baseline further back is an old reference value, not the year before the plan starts.
BASELINE_WINDOW = 10


def period_from_years(plan: Plan) -> None:
    """A plan whose document states no period (a table kept on its own): the years of its schedules
    and targets are the period, and an indicator's target for the last of them its final target."""
    items = plan["initiatives"]
    years: list[int | None] = [e["fy"] for item in items for e in item["schedule"]]
    years += [v["fy"] for item in items for ind in item["indicators"] for v in ind["targets"] + ind["actuals"]]
    # a final target dated in its own cell (「令和8年度までに50手続」) is a year of the plan too
    years += [final["fy"] for item in items for ind in item["indicators"] if (final := ind["final_target"])]
    found = sorted({y for y in years if y})
    if len(found) == 1:
        # One year of targets (「目標（令和9年度）」) is the plan's end, not a one-year plan: the plan
        # runs from the year after its latest baseline (「現状（令和5年度）」), as KPI tables state them.
        baselines = [
            base["fy"] for item in items for ind in item["indicators"] if (base := ind.get("baseline"))
        ]
        before = [fy for fy in baselines if fy and found[0] - BASELINE_WINDOW < fy < found[0]]
        if before and plan["plan"]["period"]["start_fy"] is None:
            from .text import wareki

            start = max(before) + 1
            found.insert(0, start)
            warn(
                plan,
                None,
                f"計画期間が文書にないため、基準値の翌年度から目標値の年度まで（{wareki(start)}〜"
                f"{wareki(found[-1])}）としました。取込時に確認してください。",
            )
    fill_period(plan, found)
    end = plan["plan"]["period"]["end_fy"]
    for ind in (ind for item in items for ind in item["indicators"]):
        last = next((t for t in ind["targets"] if t["fy"] == end), None)
        if ind["final_target"] is None and last is not None:
            ind["final_target"] = last.copy()  # the target of the plan's last year


def section(key: str, parent: str | None, level: str | None, code: str | None, title: str) -> Section:
    return {"key": key, "parent": parent, "level": level, "code": code, "title": title}


def initiative(code: str | None, title: str, section: str | None, **fields: Any) -> Initiative:
    """An initiative with every core field present; ``fields`` overrides the defaults.

    Extra snake_case fields (``line``, ``aliases``, …) are allowed, as plan-json.md says.
    """
    item: Initiative = {
        "code": code,
        "title": title,
        "section": section,
        "summary": None,
        "background": None,
        "purpose": None,
        "actions": None,
        "goal": None,
        "effects": [],
        "departments": [],
        "scope": None,
        "priority": None,
        "urgency": None,
        "importance": None,
        "marks": [],
        "repost_of": None,
        "schedule": [],
        "indicators": [],
        "budget": [],
    }
    if fields:  # most callers give none: tables make one an initiative
        item.update(fields)  # type: ignore[typeddict-item]  # (not cast(): a call per initiative)
    return item


def indicator(name: str, kind: str = "KPI", **fields: Any) -> Indicator:
    item: Indicator = {
        "name": name,
        "kind": kind,
        "unit": "",
        "direction": None,
        "baseline": None,
        "targets": [],
        "actuals": [],
        "final_target": None,
    }
    if fields:
        item.update(fields)  # type: ignore[typeddict-item]
    return item


def merge_years(into: Indicator, other: Indicator) -> None:
    """``other``'s values of years ``into`` has none of, added to ``into``: the same indicator read
    twice — a workbook with a sheet per 年度, each with that year's 実績 — is one indicator with
    each year's values. A year ``into`` has keeps its value (the first reading)."""
    fields = cast(dict[str, Any], into)
    more = cast(dict[str, Any], other)
    for key in ("targets", "actuals", "evaluations", "achievement_rates"):
        entries = more.get(key) or []
        if not entries:
            continue
        have = fields.setdefault(key, [])
        years = {e["fy"] for e in have}
        have.extend(e for e in entries if e["fy"] not in years)
        have.sort(key=lambda e: (e["fy"] is None, e["fy"] or 0))
    for key in ("baseline", "final_target", "direction"):
        if fields.get(key) is None and more.get(key) is not None:
            fields[key] = more[key]
    if not into["unit"]:
        into["unit"] = other["unit"]


def value(fy: int | None, number: float | int | None, text: str) -> Value:
    """A baseline / target / actual / final target: ``{"fy", "value", "text"}``."""
    return {"fy": fy, "value": number, "text": text}


def file_read(info: PlanInfo | dict[str, Any]) -> dict[str, Any]:
    """The file as it was read (``filename``, ``layout``) of a plan's ``plan`` part: its ``source``, or for a Plan JSON
    file the file itself (``source.file``), its ``source`` being the document it was read from."""
    source = cast(dict[str, Any], info.get("source") or {})
    return cast(dict[str, Any], source.get("file") or source)


def warn(plan: Plan, line: int | None, message: str) -> None:
    plan["warnings"].append({"line": line, "message": message})


def validate(data: Plan | dict[str, Any]) -> None:
    """Raise ParseError unless ``data`` has the Plan JSON core shape.

    Checks what the loader depends on: required keys and types, section keys unique with
    parents defined first, initiative sections existing, enumerations in range. ``data`` may be
    anything read from a file: the checks look at it as untyped JSON.
    """
    plan: Any = data

    def fail(message: str) -> None:
        raise ParseError(f"Plan JSON の形式が正しくありません: {message}")

    if not isinstance(plan, dict) or plan.get("format") != FORMAT:
        fail(f'"format" が "{FORMAT}" ではありません')
    for key in ("municipality", "plan"):
        if not isinstance(plan.get(key), dict):
            fail(f'"{key}" がありません')
    for key in ("sections", "initiatives", "warnings"):
        if not isinstance(plan.get(key), list):
            fail(f'"{key}" が配列ではありません')
    if not isinstance(plan["municipality"].get("name"), str) or not plan["municipality"]["name"].strip():
        fail("自治体名がありません")
    if not isinstance(plan["plan"].get("title"), str) or not plan["plan"]["title"].strip():
        fail("計画名がありません")
    period = plan["plan"].get("period") or {}
    for key in ("start_fy", "end_fy"):
        if period.get(key) is not None and not _is_int(period.get(key)):
            fail(f"period.{key} が整数ではありません")
    legend = plan["plan"].get("grade_legend")
    if legend is not None and not (
        isinstance(legend, list)
        and len(legend) <= MOST_GRADES
        and all(
            isinstance(entry, dict)
            and isinstance(entry.get("grade"), str)
            and 0 < len(entry["grade"]) <= 4
            and isinstance(entry.get("meaning"), str)
            and 0 < len(entry["meaning"]) <= 200
            and entry["grade"].strip()
            and entry["meaning"].strip()
            for entry in legend
        )
        and len({entry["grade"].strip() for entry in legend}) == len(legend)
    ):
        fail(f"plan.grade_legend は {MOST_GRADES} 件までの {{\"grade\": 評価, \"meaning\": 意味}} の配列（評価は重複なし）にしてください")
    keys: set[str] = set()
    for s in plan["sections"]:
        if (
            not isinstance(s, dict)
            or not isinstance(s.get("key"), str)
            or not isinstance(s.get("title"), str)
        ):
            fail("section に key / title がありません")
        if s["key"] in keys:
            fail(f"section key {s['key']!r} が重複しています")
        if s.get("parent") is not None and s["parent"] not in keys:
            fail(f"section {s['key']!r} の親 {s['parent']!r} が先に定義されていません")
        keys.add(s["key"])
    for i, item in enumerate(plan["initiatives"]):
        where = f"initiatives[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
            fail(f"{where} に title がありません")
        if item.get("section") is not None and item["section"] not in keys:
            fail(f"{where} の section {item['section']!r} がありません")
        if item.get("scope") not in SCOPES:
            fail(f"{where} の scope が不正です")
        for list_key in ("departments", "marks", "effects", "schedule", "indicators", "budget"):
            if not isinstance(item.get(list_key, []), list):
                fail(f"{where}.{list_key} が配列ではありません")
        for entry in item.get("schedule", []):
            if (
                not isinstance(entry, dict)
                or not _is_int(entry.get("fy"))
                or entry.get("half") not in (None, 1, 2)
                or isinstance(entry.get("half"), bool)
            ):
                fail(f"{where} の schedule が不正です")
        for entry in item.get("budget", []):
            if not isinstance(entry, dict) or not _is_int(entry.get("fy")):
                fail(f"{where} の budget が不正です")
            if entry.get("amount") is not None and not isinstance(entry["amount"], int | float):
                fail(f"{where} の budget.amount が数値ではありません")
        for ind in item.get("indicators", []):
            if not isinstance(ind, dict) or not isinstance(ind.get("name"), str):
                fail(f"{where} の indicator に name がありません")
            if ind.get("kind") not in KINDS or ind.get("direction") not in DIRECTIONS:
                fail(f"{where} の indicator の kind / direction が不正です")
            for value_key in ("targets", "actuals"):
                for v in ind.get(value_key, []):
                    _check_value(v, fail, where)
            for value_key in ("baseline", "final_target"):
                if ind.get(value_key) is not None:
                    _check_value(ind[value_key], fail, where)
    check_limits(plan)


def _check_value(v: Any, fail: Any, where: str) -> None:
    if not isinstance(v, dict):
        fail(f"{where} の指標値が不正です")
    if v.get("fy") is not None and not _is_int(v["fy"]):
        fail(f"{where} の指標値の年度が整数ではありません")
    number = v.get("value")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int | float)):
        fail(f"{where} の指標値が数値ではありません")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- limits ------------------------------------------------------------------------------------------
# What a plan can hold, so that whatever passes can be stored and every page renders in bounded time
# (issue 9: a schedule year 20230 made the roadmap 27 s and 14 MB; 3,000 nested sections a
# RecursionError; Infinity, 1e30, NUL, a lone surrogate 500s). One home for these numbers: the
# pages (plans.queries) clamp what they show with the same ones.

#: Fiscal years a plan may name at all: 平成元年度 to 2100.
YEAR_MIN, YEAR_MAX = 1989, 2100
#: Years before / after the plan period that baselines, final targets and schedules may name.
YEAR_MARGIN = 10
#: Levels of the section tree (基本目標 > 施策 > … ).
MAX_SECTION_DEPTH = 10
MAX_SECTIONS = 5_000
MAX_INITIATIVES = 10_000
#: Entries of one initiative's list (schedule, budget, indicators, departments, …) or one indicator's values.
MAX_ENTRIES = 500
MAX_WARNINGS = 10_000
#: |x| of any number (indicator values, budgets: 1 兆 in 千円 is far beyond any municipality).
MAX_NUMBER = 1e13
#: Characters of one text (a narrative); shorter limits where the database column is short.
MAX_TEXT = 20_000
SHORT_TEXT = {
    ("municipality", "name"): 100,
    ("municipality", "prefecture"): 10,
    ("municipality", "code"): 6,
    ("plan", "title"): 300,
    ("plan", "published"): 7,
    ("section", "key"): 100,
    ("section", "title"): 1_000,
    ("initiative", "title"): 1_000,
    ("indicator", "name"): 1_000,
}
TEXT_FIELDS = (
    "code",
    "title",
    "summary",
    "background",
    "purpose",
    "actions",
    "goal",
    "scope",
    "priority",
    "repost_of",
)
LABELS = {
    "title": "名称", "summary": "概要", "background": "背景", "purpose": "目的", "actions": "取組内容",
    "goal": "目標", "code": "番号", "priority": "重点", "repost_of": "再掲元", "urgency": "緊急度",
    "importance": "重要度", "departments": "担当課", "effects": "期待される効果", "marks": "表示",
    "schedule": "工程", "budget": "予算", "indicators": "指標", "targets": "目標値", "actuals": "実績値",
    "baseline": "基準値", "final_target": "最終目標値",
}  # fmt: skip


def year_bounds(start_fy: int | None, end_fy: int | None) -> tuple[int, int]:
    """The fiscal years a plan with this period may name (and the pages show at most)."""
    if start_fy is None or end_fy is None:
        return YEAR_MIN, YEAR_MAX
    return max(YEAR_MIN, start_fy - YEAR_MARGIN), min(YEAR_MAX, end_fy + YEAR_MARGIN)


def _refuse(message: str) -> None:
    raise ParseError(message)


#: What no stored text may hold: NUL and lone surrogates (one C-level search per string).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _text_problem(text: str, limit: int) -> str | None:
    if len(text) <= limit and not _UNSTORABLE.search(text):
        return None  # the common case, without a Python-level pass over the characters
    if "\x00" in text:
        return "NUL 文字（\\0）が含まれています"
    if _UNSTORABLE.search(text):
        return "文字として読めないデータ（対になっていないサロゲート）が含まれています"
    return f"{len(text):,}文字あり、上限（{limit:,}文字）を超えています"


def _strings(value: Any, where: str, limit: int = MAX_TEXT) -> None:
    """Every string in ``value`` (lists and objects too, keys included) is storable text.

    Every plan passes here, string by string: the path naming a string (「取組 1-2 の指標」) is
    kept as (parent, key) and spelt out only for the one string refused; a first pass that only
    asks whether any string is refused keeps the walk cheap for the plans that pass.
    """
    if isinstance(value, str):
        if problem := _text_problem(value, limit):
            _refuse(f"{where}: {problem}")
        return
    if _storable(value, limit):
        return
    stack: list[tuple[Any, Any]] = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            if problem := _text_problem(item, limit):
                _refuse(f"{_spelt(at)}: {problem}")
        elif isinstance(item, dict):
            for key, sub in item.items():
                if isinstance(key, str) and (problem := _text_problem(key, 200)):
                    _refuse(f"{_spelt(at)}: 項目名に{problem}")
                stack.append((sub, (at, key)))
        elif isinstance(item, list):
            stack.extend((sub, at) for sub in item)


def _storable(value: Any, limit: int) -> bool:
    """Whether ``_strings`` would accept ``value`` (the same checks, no paths, no messages).

    The strings are gathered and searched at once (C-level ``max`` and one regular expression
    over them joined); a dict whose keys were all accepted before (plans use the same few) has
    its keys checked by one set comparison; plain str, dict and list are told by their type.
    """
    texts: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        cls = type(item)
        if cls is dict or (cls is not list and cls is not str and isinstance(item, dict)):
            if not _GOOD_KEYS.issuperset(item):
                for key in item:
                    if isinstance(key, str) and key not in _GOOD_KEYS:
                        if len(key) > 200 or _UNSTORABLE.search(key):
                            return False
                        if len(_GOOD_KEYS) < 10_000:
                            _GOOD_KEYS.add(key)
            for sub in item.values():
                kind = type(sub)
                if kind is str:
                    texts.append(sub)
                elif kind is dict or kind is list:
                    stack.append(sub)
                elif kind not in _SCALARS:
                    stack.append(sub)  # a subclass: told apart when it is popped
        elif cls is str or (cls is not list and isinstance(item, str)):
            texts.append(item)
        elif isinstance(item, list):
            stack.extend(item)
    return not texts or (max(map(len, texts)) <= limit and not _UNSTORABLE.search("".join(texts)))


_SCALARS = frozenset((type(None), bool, int, float))
#: Keys ``_storable`` has accepted (bounded: a hostile file could bring any number).
_GOOD_KEYS: set[str] = set()


def _spelt(at: Any) -> str:
    """The path ``_strings`` kept, as words: 「取組 1-2 の指標」, 「自治体.extra」."""
    keys: list[Any] = []
    while not isinstance(at, str):
        at, key = at
        keys.append(key)
    for key in reversed(keys):
        label = LABELS.get(key) if isinstance(key, str) else None
        if label:
            at = f"{at} の{label}"
        elif isinstance(key, str) and key.isascii():
            at = f"{at}.{key}"
    return at


def _number(value: Any, where: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        _refuse(f"{where}: {value!r} は数値ではありません")
    if value != value or value in (float("inf"), float("-inf")):
        _refuse(f"{where}: {value} は数値として扱えません（無限大・非数）")
    if abs(value) >= MAX_NUMBER:
        _refuse(f"{where}: {value:g} は大きすぎます（絶対値は {MAX_NUMBER:g} 未満）")


def _initiative_name(item: Any, i: int) -> str:
    """取組 1-2-3 by its code, else 取組「its title」 (shortened, without characters that cannot be shown)."""
    code = item.get("code")
    if isinstance(code, str) and code.strip() and len(code) <= 50 and not _text_problem(code, 50):
        return f"取組 {code.strip()}"
    raw_title = item.get("title")
    title = raw_title if isinstance(raw_title, str) else ""
    shown = _UNSTORABLE.sub("", title[:30])
    return f"取組「{shown}」" if shown.strip() else f"取組（{i + 1}件目）"


def check_limits(data: Plan | dict[str, Any]) -> None:
    """Raise ParseError, naming the field, for anything a plan cannot sensibly hold.

    Called by ``validate`` after the shape checks, so every importer's output and every Plan JSON
    file passes here before the loader stores it (as untyped JSON, like ``validate``).
    """
    plan: Any = data
    info, municipality = plan["plan"], plan["municipality"]
    for (part, key), limit in SHORT_TEXT.items():
        source = {"municipality": municipality, "plan": info}.get(part)
        if source is not None and source.get(key) is not None:
            if not isinstance(source[key], str):
                _refuse(f"{'自治体' if part == 'municipality' else '計画'}の {key} が文字列ではありません")
            _strings(source[key], f"{'自治体' if part == 'municipality' else '計画'}の {key}", limit)
    _strings(municipality, "自治体")
    _strings(info, "計画")
    if len(plan["sections"]) > MAX_SECTIONS:
        _refuse(f"施策体系が {len(plan['sections']):,} 件あり、上限（{MAX_SECTIONS:,} 件）を超えています")
    if len(plan["initiatives"]) > MAX_INITIATIVES:
        _refuse(f"取組が {len(plan['initiatives']):,} 件あり、上限（{MAX_INITIATIVES:,} 件）を超えています")
    if len(plan["warnings"]) > MAX_WARNINGS:
        _refuse(f"警告が {len(plan['warnings']):,} 件あり、上限（{MAX_WARNINGS:,} 件）を超えています")
    _strings(plan["warnings"], "警告")

    period = info.get("period") or {}
    start, end = period.get("start_fy"), period.get("end_fy")
    for key, year in (("開始年度", start), ("終了年度", end)):
        if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
            _refuse(f"計画期間の{key} {year} が {YEAR_MIN}–{YEAR_MAX}年度の範囲にありません")
    if start is not None and end is not None and start > end:
        _refuse(f"計画期間の開始年度 {start} が終了年度 {end} より後です")
    low, high = year_bounds(start, end)
    stated = f"計画期間 ({start}–{end}年度)" if start is not None and end is not None else "範囲"
    span = f"{low}–{high}年度"

    def check_year(value: Any, where: str) -> None:
        if value is not None and not low <= value <= high:
            _refuse(f"{where}: 年度 {value} が{stated}から外れています（{span}まで使えます）")

    depth: dict[str, int] = {}
    for s in plan["sections"]:
        where = "施策体系 " + _UNSTORABLE.sub("", s["key"][:50])
        depth[s["key"]] = depth[s["parent"]] + 1 if s.get("parent") is not None else 1
        if depth[s["key"]] > MAX_SECTION_DEPTH:
            _refuse(f"{where}: 階層が {MAX_SECTION_DEPTH} 段を超えています")
        for key in ("level", "code"):
            if s.get(key) is not None and not isinstance(s[key], str):
                _refuse(f"{where}: {key} が文字列ではありません")
        _strings(s["key"], where, SHORT_TEXT[("section", "key")])
        _strings(s["title"], where, SHORT_TEXT[("section", "title")])
        _strings(s, where)

    # every initiative's strings asked at once (one walk, one search): when they all pass, each
    # initiative's quick look leaves them out
    texts_pass = _storable(plan["initiatives"], MAX_TEXT)
    for i, item in enumerate(plan["initiatives"]):
        try:
            if _initiative_passes(item, low, high, texts_pass):
                continue
        except Exception:  # anything unexpected: the checks below name it
            pass
        name = _initiative_name(item, i)
        for key in TEXT_FIELDS:
            if item.get(key) is not None and not isinstance(item[key], str):
                _refuse(f"{name} の{LABELS.get(key, key)}: {item[key]!r} は文字列ではありません")
        _strings(item["title"], f"{name} の名称", SHORT_TEXT[("initiative", "title")])
        _strings(item, name)
        for key in ("urgency", "importance"):
            _number(item.get(key), f"{name} の{LABELS[key]}")
        for key in ("departments", "effects", "marks", "schedule", "budget", "indicators"):
            entries = item.get(key, [])
            if len(entries) > MAX_ENTRIES:
                _refuse(
                    f"{name} の{LABELS[key]}が {len(entries):,} 件あり、上限（{MAX_ENTRIES} 件）を超えています"
                )
        for key in ("departments", "effects", "marks"):
            for entry in item.get(key, []):
                if not isinstance(entry, str):
                    _refuse(f"{name} の{LABELS[key]}: {entry!r} は文字列ではありません")
        at = f"{name} の工程"
        for entry in item.get("schedule", []):
            check_year(entry["fy"], at)
            if entry.get("label") is not None and not isinstance(entry["label"], str):
                _refuse(f"{name} の工程: label が文字列ではありません")
        for entry in item.get("budget", []):
            check_year(entry["fy"], f"{name} の予算")
            if entry.get("amount") is not None:
                _number(entry["amount"], f"{name} の予算（{entry['fy']}年度）")
            if entry.get("unit") is not None and not isinstance(entry["unit"], str):
                _refuse(f"{name} の予算: unit が文字列ではありません")
        for ind in item.get("indicators", []):
            label = _UNSTORABLE.sub("", ind["name"][:30])
            where = f"{name} の指標「{label}」"
            _strings(ind["name"], where, SHORT_TEXT[("indicator", "name")])
            if ind.get("unit") is not None and not isinstance(ind["unit"], str):
                _refuse(f"{where}: 単位が文字列ではありません")
            for key in ("targets", "actuals"):
                values = ind.get(key, [])
                if len(values) > MAX_ENTRIES:
                    _refuse(
                        f"{where}の{LABELS[key]}が {len(values):,} 件あり、上限（{MAX_ENTRIES} 件）を超えています"
                    )
                at = f"{where}の{LABELS[key]}"
                for v in values:
                    check_year(v.get("fy"), at)
                    _number(v.get("value"), at)
            for key in ("baseline", "final_target"):
                v = ind.get(key)
                if v is not None:
                    check_year(v.get("fy"), f"{where}の{LABELS[key]}")
                    _number(v.get("value"), f"{where}の{LABELS[key]}")
            for key in ("targets", "actuals", "baseline", "final_target"):
                for v in ind.get(key) or [] if key in ("targets", "actuals") else [ind.get(key)]:
                    if isinstance(v, dict) and v.get("text") is not None and not isinstance(v["text"], str):
                        _refuse(f"{where}の{LABELS[key]}: text が文字列ではありません")


_REAL = frozenset((int, float))


def _number_passes(value: Any) -> bool:
    """Whether ``_number`` accepts ``value`` (a subclass of int or float is left to it)."""
    return value is None or (type(value) in _REAL and -MAX_NUMBER < value < MAX_NUMBER)


def _initiative_passes(item: Any, low: int, high: int, texts_pass: bool = False) -> bool:
    """True when ``check_limits`` accepts initiative ``item``: its rules for an initiative, asked
    without spelling any field's name (ten f-strings an initiative, a third of checking a large
    plan). False sends the initiative through those rules to be refused by name (or, for a type
    this does not know, accepted there): keep the two alike when a limit changes. ``texts_pass``:
    the strings of every initiative were found storable already."""
    get = item.get
    for key in TEXT_FIELDS:
        text = get(key)
        if text is not None and type(text) is not str:
            return False
    title = item["title"]
    if type(title) is not str or _text_problem(title, SHORT_TEXT[("initiative", "title")]):
        return False
    if not texts_pass and not _storable(item, MAX_TEXT):
        return False
    if not (_number_passes(get("urgency")) and _number_passes(get("importance"))):
        return False
    for key in ("departments", "effects", "marks", "schedule", "budget", "indicators"):
        if len(get(key, ())) > MAX_ENTRIES:
            return False
    for key in ("departments", "effects", "marks"):
        for entry in get(key, ()):
            if type(entry) is not str:
                return False
    for entry in get("schedule", ()):
        fy, label = entry["fy"], entry.get("label")
        if (fy is not None and not low <= fy <= high) or (label is not None and type(label) is not str):
            return False
    for entry in get("budget", ()):
        fy, unit = entry["fy"], entry.get("unit")
        if (fy is not None and not low <= fy <= high) or (unit is not None and type(unit) is not str):
            return False
        if not _number_passes(entry.get("amount")):
            return False
    for ind in get("indicators", ()):
        name, unit = ind["name"], ind.get("unit")
        if type(name) is not str or _text_problem(name, SHORT_TEXT[("indicator", "name")]):
            return False
        if unit is not None and type(unit) is not str:
            return False
        values = [v for v in (ind.get("baseline"), ind.get("final_target")) if v is not None]
        for key in ("targets", "actuals"):
            listed = ind.get(key, ())
            if len(listed) > MAX_ENTRIES:
                return False
            values.extend(listed)
        for v in values:
            fy, text = v.get("fy"), v.get("text")
            if (fy is not None and not low <= fy <= high) or (text is not None and type(text) is not str):
                return False
            if not _number_passes(v.get("value")):
                return False
    return True
