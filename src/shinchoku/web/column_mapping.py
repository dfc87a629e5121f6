"""The column selects of the upload preview, and the mapping read back from them.

The preview job lists the tables the generic readers found, with the role of each column
(``importers.mapping.tables_found``). Here they become a form: one labelled select per column
with the roles in Japanese (yearly roles for the year the header names), and a checkbox per
table 「この表は計画ではない（読み込まない）」. What comes back is checked against what was shown —
a select may only hold one of its own options, every column must be there — so a hostile POST
gets a Japanese message and starts nothing. The result is a mapping as ``importers.mapping``
reads it, keyed by each table's header (``signature``), so that it can be saved for the
municipality and applied to next year's file.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _

from shinchoku.core.dates import wareki_time
from shinchoku.importers import labels
from shinchoku.importers.mapping import header_key
from shinchoku.importers.text import wareki

#: The roles as the plan office knows them, in the order the select offers them.
ROLE_NAMES: dict[str, str] = {
    "title": "取組名",
    "code": "番号",
    "departments": "担当課",
    "summary": "概要・内容",
    "purpose": "目的",
    "related": "関連する取組（指標の表の行が測る取組）",
    "background": "現状・課題",
    "actions": "今後の取組・方針",
    "priority": "重点（優先度）",
    "in_plan": "計画の取組の印（「DX」欄の●）",
    "section": "施策体系（区分・分野）",
    "indicator": "指標名",
    "baseline": "基準値（現状値）",
    "target": "目標値",
    "actual": "実績値",
    "rate": "達成率",
    "evaluation": "評価",
    "budget": "予算・事業費",
    "schedule": "工程（スケジュール）",
    "start": "開始年度（実施期間の始め）",
    "end": "終了年度（実施期間の終わり）",
    "unit": "単位",
    "value": "値（区分の値、年度の列の年度）",
    "municipality": "自治体名",
    "plan_name": "計画名",
    "baseline_year": "基準値の年度",
    "target_year": "目標値の年度",
    "actual_year": "実績値の年度",
    "year": "年度（行ごとの年度）",
    "note": "備考",
    "ignore": "読み込まない",
}
#: Roles that can be for one fiscal year (a 「R7」 column: the 工程, or the 目標値 of 2025; 「基準値（R5）」 the
#: baseline of 2023, 「評価（R6）」 a year's grade), offered in this order: the readers' own (``labels.YEARLY``), so that
#: a role detection gave a column with its year can be chosen again once the column was set to another.
YEARLY = tuple(role for role in ROLE_NAMES if role in labels.YEARLY)
assert set(YEARLY) == set(labels.YEARLY), "a yearly role of the readers the select does not name"


class MappingError(ValueError):
    """The posted column mapping is not one the preview offered; the message is for the user."""


def role_label(value: str) -> str:
    role, _sep, year = value.partition(":")
    name = ROLE_NAMES.get(role, role)
    return f"{name}（{wareki(int(year))}）" if year else name


def _current(column: Mapping[str, Any]) -> str:
    return f"{column['role']}:{column['fy']}" if column.get("fy") else str(column["role"])


def options(column: Mapping[str, Any]) -> list[str]:
    """The values a column's select offers: every role, and the yearly ones for its year."""
    years = sorted({y for y in (column.get("year"), column.get("fy")) if y})
    values = [f"{role}:{year}" for year in years for role in YEARLY]
    values += list(ROLE_NAMES)
    current = _current(column)
    return values if current in values else [current, *values]


def _where(table: Mapping[str, Any], number: int, paragraphs: bool, pages: bool = False) -> str:
    if table.get("sheet"):
        return _("シート「%(sheet)s」の表（見出しは %(row)s 行目）") % {"sheet": table["sheet"], "row": table["header_row"]}
    if pages and table.get("page"):
        # a PDF's: its lines are its pages' (「1ページ 7行目」, as each 取組's place is said)
        return _("表 %(n)d（%(page)s ページ、見出しは %(row)s 行目）") % {
            "n": number,
            "page": table["page"],
            "row": table["header_row"],
        }
    if table.get("page") and table.get("page") != 1:
        return _("%(page)s ページの表") % {"page": table["page"]}
    if paragraphs:  # a Word document's, a web page's: a row a paragraph
        return _("表 %(n)d（見出しは %(row)s 段落目）") % {"n": number, "row": table["header_row"]}
    return _("表 %(n)d（見出しは %(row)s 行目）") % {"n": number, "row": table["header_row"]}


def _leaders(tables: list[dict[str, Any]]) -> list[int]:
    """For each table, the index of the first table with the same header: tables with one header
    (a PDF's table restarted on each page, a workbook's 記入例 sheet) are read by one choice, the one
    saved for that header, so the preview offers it once."""
    first: dict[str, int] = {}
    return [first.setdefault(header_key(table["signature"]), number) for number, table in enumerate(tables)]


def for_display(
    tables: list[dict[str, Any]],
    mapping: Mapping[str, Any] | None,
    *,
    paragraphs: bool = False,
    pages: bool = False,
) -> list[dict[str, Any]]:
    """The tables as the preview shows them: a caption, each column with its select's options (the
    first table of a header only: the others say whose choice they follow), a sheet's own checkbox; ``paragraphs``
    where the file's places are paragraphs (a Word document, a web page), ``pages`` where they are a page's lines
    (a PDF)."""
    saved = {entry["signature"]: entry for entry in (mapping or {}).get("saved", [])}
    leaders = _leaders(tables)
    shared = {leader for number, leader in enumerate(leaders) if leader != number}
    shown = []
    for number, table in enumerate(tables, start=1):
        leader = leaders[number - 1]
        columns = []
        for column in table["columns"]:
            current = _current(column)
            columns.append(
                {
                    **column,
                    "field": f"t{number - 1}-c{column['index']}",
                    "options": [(value, role_label(value), value == current) for value in options(column)],
                }
            )
        note = saved.get(table["signature"])
        shown.append(
            {
                **table,
                "number": number,
                "where": _where(table, number, paragraphs, pages),
                "columns": columns,
                "follows": leader + 1 if leader != number - 1 else None,
                "shared": number - 1 in shared,
                "skip_field": f"t{number - 1}-skip",
                # a sheet among others of the same header may be left out on its own (a 記入例 sheet)
                "sheet_field": f"t{number - 1}-sheet" if table.get("sheet") and leader in shared else None,
                "saved": (
                    {"by": note["by"], "at": wareki_time(datetime.fromisoformat(note["at"]))} if note else None
                ),
            }
        )
    return shown


def from_post(tables: list[dict[str, Any]], post: Mapping[str, str]) -> dict[str, Any]:
    """The mapping the plan office chose; MappingError (Japanese) for anything the form did not offer.

    One entry per header (``_leaders``); a sheet left out on its own (「シート「記入例」を読み込まない」,
    beside others of the same header) is in ``skip_sheets``, for this reading only."""
    entries = []
    skip_sheets: list[str] = []
    leaders = _leaders(tables)
    for number, table in enumerate(tables):
        sheet_skip = post.get(f"t{number}-sheet", "")
        if sheet_skip not in ("", "1"):
            raise MappingError(_("表 %(n)d の「読み込まない」の値が正しくありません。") % {"n": number + 1})
        if sheet_skip and table.get("sheet"):
            skip_sheets.append(str(table["sheet"]))
        if leaders[number] != number:
            continue  # read by the choice made for the first table of its header
        skip = post.get(f"t{number}-skip", "")
        if skip not in ("", "1"):
            raise MappingError(_("表 %(n)d の「読み込まない」の値が正しくありません。") % {"n": number + 1})
        columns: dict[str, str] = {}
        for column in table["columns"]:
            value = post.get(f"t{number}-c{column['index']}")
            if value is None or value not in options(column):
                raise MappingError(
                    _("表 %(n)d の %(letter)s 列（%(header)s）の役割を選び直してください。")
                    % {"n": number + 1, "letter": column["letter"], "header": column["header"] or _("見出しなし")}
                )
            columns[column["letter"]] = value
        entries.append({"signature": table["signature"], "columns": columns, "skip": skip == "1"})
    skipped = {header_key(e["signature"]) for e in entries if e["skip"]}
    read = [
        t
        for t in tables
        if header_key(t["signature"]) not in skipped and not (t.get("sheet") and str(t["sheet"]) in skip_sheets)
    ]
    if tables and not read:
        raise MappingError(_("すべての表を「読み込まない」にすると、取り込む取組がありません。"))
    mapping: dict[str, Any] = {"tables": entries}
    if skip_sheets:
        mapping["skip_sheets"] = skip_sheets
    return mapping
