"""取組 written as bullets with their fields inline (「・電子申請の拡充：…します。【担当】住民課【指標】…【時期】R7～R10」), as
鈴蘭町's Word plan of batch 21 writes them under its 見出し 3: each bullet that names who does it is a 取組 (refused as no
plan before), its title before the 「：」, what it does after; bullets of figures without a 【担当】 are none."""

from __future__ import annotations

from shinchoku.importers import parse

#: Another town's outline: ● bullets, the labels 担当課 / 成果指標 / スケジュール, one 取組 without a 「：」 summary.
PLAN = """\
朝顔町デジタル推進計画
計画期間　令和８年度～令和11年度

第２章　町の現状
●　町のホームページの閲覧数は年間42万件（令和６年度）です。

第３章　取組
１　手続の改善
（１）窓口
●　窓口予約の導入：来庁の日時をスマートフォンで予約できるようにします。【担当課】住民課【成果指標】窓口予約の件数（年間）　0件（R7）→600件（R11）【スケジュール】R8～R11
●　公金のキャッシュレス化【担当課】会計室、税務課【成果指標】－【スケジュール】R9～R10
２　地域のデジタル化
（１）防災
●　防災アプリの配信：避難所の開設や混雑を配信します。【担当課】危機管理課【成果指標】アプリの登録者数　1,200人（R7）→4,000人（R11）【スケジュール】R8～R11
"""


def test_bullets_with_inline_fields_are_initiatives() -> None:
    plan = parse(PLAN.encode(), filename="asagao.txt")
    items = plan["initiatives"]
    assert [(i["title"], i["departments"]) for i in items] == [
        ("窓口予約の導入", ["住民課"]),
        ("公金のキャッシュレス化", ["会計室", "税務課"]),
        ("防災アプリの配信", ["危機管理課"]),
    ]
    booking, cashless, app = items
    assert booking["summary"] == "来庁の日時をスマートフォンで予約できるようにします。"
    (kpi,) = booking["indicators"]
    assert (kpi["name"], kpi["baseline"]["value"], kpi["final_target"]["fy"], kpi["final_target"]["value"]) == (
        "窓口予約の件数（年間）",
        0,
        2029,
        600,
    )
    assert [s["fy"] for s in booking["schedule"]] == [2026, 2027, 2028, 2029]
    assert cashless["indicators"] == [] and [s["fy"] for s in cashless["schedule"]] == [2027, 2028]
    assert app["indicators"][0]["baseline"]["value"] == 1200


def test_sections_numbered_again_under_each_parent_take_its_number() -> None:
    """「（１）窓口」 under 「１」 and 「（１）防災」 under 「２」: 1-1 and 2-1, as a 取組 under them would be numbered."""
    plan = parse(PLAN.encode(), filename="asagao.txt")
    assert [(s["code"], s["title"]) for s in plan["sections"]] == [
        ("1", "手続の改善"),
        ("1-1", "窓口"),
        ("2", "地域のデジタル化"),
        ("2-1", "防災"),
    ]


def test_a_section_named_by_its_word_keeps_its_number() -> None:
    """「施策１」 under 基本目標１ and again under 基本目標２ is the plan's own name for it (it reads 施策１ in the plan):
    only sections numbered without a word take their parent's number."""
    from shinchoku.importers.generic import _restarted_section_numbers

    sections = [
        {"key": "s1", "parent": None, "level": "基本目標", "code": "1", "title": "便利な市役所"},
        {"key": "s1.1", "parent": "s1", "level": "施策", "code": "1", "title": "手続"},
        {"key": "s2", "parent": None, "level": "基本目標", "code": "2", "title": "効率化"},
        {"key": "s2.1", "parent": "s2", "level": "施策", "code": "1", "title": "業務"},
        {"key": "s2.1.1", "parent": "s2.1", "level": None, "code": "1", "title": "窓口"},
        {"key": "s2.1.2", "parent": "s2.1", "level": None, "code": "2", "title": "電子化"},
        {"key": "s2.2", "parent": "s2", "level": "施策", "code": "2", "title": "システム"},
        {"key": "s2.2.1", "parent": "s2.2", "level": None, "code": "1", "title": "標準化"},
    ]
    _restarted_section_numbers(sections)
    assert [s["code"] for s in sections] == ["1", "1", "2", "1", "1-1", "1-2", "2", "2-1"]
