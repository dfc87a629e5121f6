"""A plan kept in a ticket system, read from its CSV export (``importers/ticket_exports.py``).

桜川町 keeps its デジタル化推進計画 as a Redmine project and exports its チケット as Redmine writes them in Japanese: cp932
(UTF-8 with a BOM where the CSV encoding is set so), the columns 「# | プロジェクト | トラッカー | 親チケット | ステータス | 優先度 |
題名 | 作成者 | 担当者 | 更新日 | カテゴリ | 対象バージョン | 開始日 | 期日 | 予定工数 | 進捗率 | 作成日 | 終了日」, the project's
custom fields (取組番号, 成果指標, 単位, 現状値（R6）, 目標値（R11）) and 説明 last, newest first, dates 「2025/04/01」, a line break
in a 説明 written 「\\r\\n」. Each 取組 is a チケット of トラッカー 「取組」 (カテゴリ its 課, 取組番号 its number), its steps its
子チケット of トラッカー 「工程」 (親チケット 「#101」, a 工程 under a 工程 once), 「取組名：」 before their own words; a 取組 without a
子チケット has its own 開始日–期日 as its years; one step only a 期日; one step from 2026/04/01 to 2026/09/30 (上期) and the
next from 2026/10/01 (下期); a closed ticket's 終了日 (the day it was closed); one チケット of トラッカー 「サポート」 at the top
(the office's own task): no 取組. ``PLAN`` is the plan the export states, by the batches' conventions (``other/unseen.py``:
a target under a header of its year that year's target, the plan's last year's the final one too).

The bounds of the rules: a plain 取組一覧 with a 件名 column and no parent column reads as it did; a カテゴリー of no 課
(「電子申請」「窓口」) is no 担当課, nor is one beside a 担当課 column of the project's own; a parent named that no row is.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.planjson import validate
from shinchoku.importers.ticket_exports import slots, step_label

from .other.unseen import item, kpi
from .other.unseen26 import _yakumodai_rows
from .scoring import assert_exact, score
from .unseen_harness import HIRAGANA_TO_KANJI, assert_warnings_in, by_code, said

# --- 桜川町: a Redmine project's チケット as CSV ---------------------------------------------------------------------

_HEAD = ["#", "プロジェクト", "トラッカー", "親チケット", "ステータス", "優先度", "題名", "作成者", "担当者", "更新日", "カテゴリ",
         "対象バージョン", "開始日", "期日", "予定工数", "進捗率", "作成日", "終了日", "取組番号", "成果指標", "単位", "現状値（R6）",
         "目標値（R11）", "説明"]  # fmt: skip
_PROJECT = "桜川町デジタル化推進計画"

#: 取組: (#, 取組番号, 題名, カテゴリ (its 課), 担当者, 説明, KPI (成果指標, 単位, 現状値, 目標値) or None, 開始日, 期日,
#:  [(#, its parent's # (None: the 取組's), the step's own words, 開始日, 期日, ステータス)], its schedule as (fy, half)).
_SAKURAGAWA: list[tuple[Any, ...]] = [
    (101, "1-1", "行政手続のオンライン化", "企画課", "山田 太郎", "町民の利用が多い手続から順にオンライン化する。\r\n電子署名と手数料のオンライン決済にも対応する。",
     ("オンラインで申請できる手続数", "手続", "45", "200"), "2025/04/01", "2030/03/31",
     [(111, None, "対象手続の洗い出し", "2025/04/01", "2026/03/31", "終了"),
      (112, None, "順次オンライン化", "2026/04/01", "2030/03/31", "新規")],
     ((2025, None), (2026, None), (2027, None), (2028, None), (2029, None))),
    (102, "1-2", "書かない窓口の導入", "住民課", "佐々木 花子", "窓口で職員が聞き取り、申請書を印刷して署名だけいただく。",
     ("申請書を書かずに済む手続数", "手続", "0", "30"), "2026/04/01", "2030/03/31",
     [(113, None, "試行（本庁舎）", "2026/04/01", "2026/09/30", "新規"),
      (114, None, "本格実施", "2026/10/01", "2030/03/31", "新規")],
     ((2026, 1), (2026, 2), (2027, None), (2028, None), (2029, None))),
    (103, "2-1", "基幹業務システムの標準化", "企画課", "山田 太郎", "20業務を標準準拠システムへ移行する。",
     ("標準準拠システムへ移行した業務数", "業務", "0", "20"), "2025/04/01", "2026/09/30",
     [(115, None, "移行", "2025/04/01", "2026/03/31", "進行中"),
      (116, 115, "稼働後の運用確認", "2026/04/01", "2026/09/30", "新規")],
     ((2025, None), (2026, 1))),
    (104, "2-2", "ペーパーレス会議の推進", "総務課", "小林 誠", "会議資料を電子化し、タブレット端末で閲覧する。", None,
     "", "2030/03/31",
     [(117, None, "タブレット端末の配備", "", "2025/12/26", "終了"),
      (118, None, "全会議での運用", "2026/04/01", "2030/03/31", "新規")],
     ((2025, None), (2026, None), (2027, None), (2028, None), (2029, None))),
    (105, "3-1", "オープンデータの公開", "企画課", "加藤 恵", "推奨データセットから順に公開する。",
     ("公開データセット数", "件", "12", "60"), "2026/04/01", "2030/03/31", [],
     ((2026, None), (2027, None), (2028, None), (2029, None))),
    (106, "3-2", "スマートフォン教室の開催", "生涯学習課", "加藤 恵", "公民館でスマートフォンの使い方教室を開く。",
     ("教室の参加者数（年間）", "人", "150", "400"), "2025/04/01", "2030/03/31",
     [(119, None, "教室の開催", "2025/04/01", "2030/03/31", "進行中")],
     ((2025, None), (2026, None), (2027, None), (2028, None), (2029, None))),
]  # fmt: skip

#: The ticket at the top that is no 取組: the office's own task, of another トラッカー.
_SUPPORT = (120, "サポート", "窓口端末の操作研修の日程調整", "企画課", "2025/05/12", "2025/05/30")


def _fy_version(day: str) -> str:
    """The 対象バージョン a step is filed under: the 年度 it starts in (「令和7年度」)."""
    if not day:
        return ""
    year, month = int(day[:4]), int(day[5:7])
    return f"令和{year - (month <= 3) - 2018}年度"


def sakuragawa_rows(parent: str = "#{}") -> list[list[str]]:
    """The export's rows, newest first, each 親チケット written as ``parent`` (「#{}」 or 「{}」) fills it."""
    rows: list[tuple[int, list[str]]] = []
    for number, code, title, office, person, detail, measure, start, end, steps, _ in _SAKURAGAWA:
        figures = list(measure) if measure else ["", "", "", ""]
        rows.append((number, [str(number), _PROJECT, "取組", "", "進行中", "通常", title, "田中 一郎", person,
                              f"2025/06/0{number % 7 + 1} 10:1{number % 10}", office, "", start, end, "", "10",
                              f"2025/04/0{number % 5 + 1} 09:0{number % 10}", "", code, *figures, detail]))  # fmt: skip
        for child, over, words, begin, until, state in steps:
            done = state == "終了"
            rows.append((child, [str(child), _PROJECT, "工程", parent.format(over or number), state, "通常",
                                 f"{title}：{words}", "田中 一郎", person, f"2025/06/1{child % 9} 15:3{child % 10}", office,
                                 _fy_version(begin or until), begin, until, "", "100" if done else "0",
                                 f"2025/04/1{child % 9} 11:2{child % 10}", "2025/05/30 17:02" if done else "", "", "", "",
                                 "", "", ""]))  # fmt: skip
    number, tracker, title, office, start, end = _SUPPORT
    rows.append((number, [str(number), _PROJECT, tracker, "", "終了", "高め", title, "田中 一郎", "田中 一郎",
                          "2025/05/30 17:40", office, "", start, end, "2.00", "100", "2025/05/09 08:55",
                          "2025/05/30 17:40", "", "", "", "", "", "研修の日程を各課と調整する。"]))  # fmt: skip
    return [_HEAD] + [row for _, row in sorted(rows, key=lambda pair: -pair[0])]


def redmine_csv(rows: list[list[str]], encoding: str = "cp932") -> bytes:
    """Rows as Redmine writes its CSV: quoted where needed, LF line ends, cp932 (a BOM before UTF-8)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode(encoding)


def _sakuragawa() -> list[dict[str, Any]]:
    out = []
    for _, code, title, office, _, _, measure, _, _, _, schedule in _SAKURAGAWA:
        found = ()
        if measure:
            _, _, base, goal = measure
            found = (kpi((2024, int(base)), (2029, int(goal)), ((2029, int(goal)),)),)
        entry = item(code, title, [office], found)
        entry["schedule"] = [{"fy": fy, "half": half} for fy, half in schedule]
        out.append(entry)
    return out


PLAN = {"initiatives": _sakuragawa()}


def _read(data: bytes, filename: str = "issues.csv") -> dict[str, Any]:
    plan: dict[str, Any] = parse(data, filename=filename)
    validate(plan)
    return plan


@pytest.mark.parametrize("encoding", ["cp932", "utf-8-sig"])
def test_a_redmine_export_reads_as_the_plan_it_keeps(encoding: str) -> None:
    """Each チケット of トラッカー 「取組」 a 取組 with its 取組番号, カテゴリ its 課 and its figures, its 子チケット (a 工程 under
    a 工程 too) its steps over the fiscal years of their 開始日–期日; named by its プロジェクト, not the file; the period the
    years its steps and targets span."""
    plan = _read(redmine_csv(sakuragawa_rows(), encoding))
    assert_exact(score(plan, PLAN))
    assert (plan["municipality"]["name"], plan["plan"]["title"]) == ("桜川町", _PROJECT)
    period = plan["plan"]["period"]
    assert (period["start_fy"], period["end_fy"]) == (2025, 2029)
    assert_warnings_in(plan, HIRAGANA_TO_KANJI)


def test_a_parent_named_by_its_bare_number_is_the_same_parent() -> None:
    """親チケット 「101」 as 「#101」: Redmine writes either."""
    assert_exact(score(_read(redmine_csv(sakuragawa_rows("{}"))), PLAN))


def test_steps_are_labelled_by_their_own_words_in_their_halves() -> None:
    """A 子チケット's 題名 without the 取組's 「書かない窓口の導入：」; from 2026/04/01 to 2026/09/30 the first half of 2026, from
    2026/10/01 the second half, then whole years; a 工程 under a 工程 a step of the 取組 too, without its parent's 題名."""
    items = by_code(_read(redmine_csv(sakuragawa_rows())))
    assert [(s["fy"], s["half"], s["label"]) for s in items["1-2"]["schedule"][:3]] == [
        (2026, 1, "試行（本庁舎）"),
        (2026, 2, "本格実施"),
        (2027, None, "本格実施"),
    ]
    assert [(s["fy"], s["half"], s["label"]) for s in items["2-1"]["schedule"]] == [
        (2025, None, "移行"),
        (2026, 1, "稼働後の運用確認"),
    ]
    assert (
        items["1-1"]["summary"]
        == "町民の利用が多い手続から順にオンライン化する。\n電子署名と手数料のオンライン決済にも対応する。"
    )


def test_system_fields_are_no_part_of_the_plan() -> None:
    """ステータス, 優先度, 担当者 (a person), 進捗率, 作成日, 更新日, 終了日 (the day a ticket was closed) give no title, 担当課,
    evaluation, rate, priority or step; the サポート チケット is no 取組, and a warning names it."""
    plan = _read(redmine_csv(sakuragawa_rows()))
    for initiative in plan["initiatives"]:
        assert not initiative["priority"] and not initiative.get("notes")
        assert not any(
            name in initiative["departments"] for name in ("山田 太郎", "田中 一郎", "佐々木 花子")
        )
        for indicator in initiative["indicators"]:
            assert not indicator.get("evaluations") and not indicator.get("achievement_rates")
    assert "窓口端末の操作研修の日程調整" not in {i["title"] for i in plan["initiatives"]}
    assert said(plan, "窓口端末の操作研修の日程調整", "取組ではない")


# --- the bounds of the rules ---------------------------------------------------------------------------------------


def test_a_plain_list_with_a_subject_column_reads_as_before() -> None:
    """「番号 | 取組名 | 担当課 | 件名 | 目標値」 with no parent column is no ticket export: the 取組名 are the titles, 件名 no
    title (as before the ticket exports were read)."""
    text = "番号,取組名,担当課,件名,目標値\n1,電子申請の拡充,デジタル推進課,電子申請,100\n2,窓口改革,市民課,窓口,20\n"
    plan = _read(text.encode(), "八雲台市_取組一覧.csv")
    assert [(i["code"], i["title"], i["departments"]) for i in plan["initiatives"]] == [
        ("1", "電子申請の拡充", ["デジタル推進課"]),
        ("2", "窓口改革", ["市民課"]),
    ]
    assert [i["indicators"][0]["final_target"]["value"] for i in plan["initiatives"]] == [100, 20]
    assert not said(plan, "課題")


def _backlog(
    change: dict[str, str] | None = None, at: str = "", categories: dict[str, str] | None = None
) -> bytes:
    """八雲台市's Backlog export with the cell of column ``change``'s keys changed in the row whose キー is ``at``, and
    カテゴリー名 replaced as ``categories`` says (each 取組's キー → its value, its 子課題 the same)."""
    rows = _yakumodai_rows()
    head = rows[0]
    for row in rows[1:]:
        keyed = row[head.index("キー")]
        owner = row[head.index("親課題キー")] or keyed
        if categories is not None and owner in categories:
            row[head.index("カテゴリー名")] = categories[owner]
        if keyed == at:
            for column, value in (change or {}).items():
                row[head.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def test_a_category_of_no_departments_is_no_department() -> None:
    """カテゴリー名 「電子申請」「窓口」… (what the work is about, no 課): no 担当課 — the label カテゴリー decides nothing."""
    topics = {f"YDX-{n}": topic for n, topic in enumerate(["電子申請", "窓口", "窓口", "基幹システム", "ＡＩ", "ネットワーク",
                                                          "デジタル活用支援", "防災"], start=1)}  # fmt: skip
    plan = _read(_backlog(categories=topics), "Backlog-Issues-20250610-0915.csv")
    assert len(plan["initiatives"]) == 8
    assert all(i["departments"] == [] for i in plan["initiatives"])
    assert by_code(plan)["1-1"]["schedule"][0]["label"] == "対象手続の選定"


def test_a_department_column_of_the_projects_own_is_the_department() -> None:
    """Beside a カスタム属性 「担当課」, a カテゴリー of 課 names is no 担当課: the 担当課 column says who does the work."""
    rows = _yakumodai_rows()
    head = rows[0]
    rows[0] = [*head, "担当課"]
    for row in rows[1:]:
        row.append("企画課" if row[head.index("種別")] == "取組" else "")
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    plan = _read(out.getvalue().encode("utf-8"), "Backlog-Issues.csv")
    assert {tuple(i["departments"]) for i in plan["initiatives"]} == {("企画課",)}


def test_a_parent_no_row_is_leaves_an_initiative_one_and_a_step_unread() -> None:
    """A 取組 課題 whose 親課題キー names no row of the file (the export filtered) is a 取組 all the same; a 子課題 whose parent
    is not in the file is no step of any 取組; a warning says each."""
    data = _backlog({"親課題キー": "YDX-99"}, at="YDX-4")
    plan = _read(data, "Backlog-Issues.csv")
    assert by_code(plan)["2-1"]["title"] == "基幹業務システムの標準化"
    assert said(plan, "YDX-99", "基幹業務システムの標準化", "取組として読みました")
    plan = _read(_backlog({"親課題キー": "YDX-98"}, at="YDX-23"), "Backlog-Issues.csv")
    assert [s["fy"] for s in by_code(plan)["3-2"]["schedule"]] == [2025]
    assert "防災情報のデジタル化：運用" not in {i["title"] for i in plan["initiatives"]}
    assert said(plan, "YDX-98", "防災情報のデジタル化：運用", "読みませんでした")


@pytest.mark.parametrize(
    ("start", "end", "covered"),
    [
        ((2025, 10), (2026, 3), [(2025, 2)]),
        ((2025, 7), (2026, 3), [(2025, None)]),
        ((2026, 4), (2026, 9), [(2026, 1)]),
        ((2025, 10), (2027, 3), [(2025, 2), (2026, None)]),
        ((2025, 4), (2026, 6), [(2025, None), (2026, 1)]),
        (None, (2025, 12), [(2025, None)]),
        ((2026, 2), None, [(2025, None)]),
        (None, None, []),
    ],
)
def test_a_tickets_dates_cover_fiscal_years_and_halves(
    start: tuple[int, int] | None, end: tuple[int, int] | None, covered: list[tuple[int, int | None]]
) -> None:
    """April to March is a year, April to September its first half; one date alone its year."""
    assert slots(start, end) == covered


def test_a_steps_label_drops_its_parents_title() -> None:
    assert step_label("電子申請の拡充：対象手続の選定", "電子申請の拡充") == "対象手続の選定"
    assert step_label("【電子申請の拡充】対象手続の選定", "電子申請の拡充") == "対象手続の選定"
    assert step_label("対象手続の選定", "電子申請の拡充") == "対象手続の選定"
    assert step_label("電子申請の拡充", "電子申請の拡充") == "電子申請の拡充"
