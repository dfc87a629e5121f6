"""Two documents as municipal employees produce them (``other/tabledocs6.py``): 鶴見台町's 進捗管理表 workbook
filled in by hand (a merged 担当課, a legend row, a 記入例 sheet) and 蓮沼市's KPI list saved by Excel as
CSV in CP932 (quoted commas, a line break in a cell, figures written with unit and year); each scored with
``scoring.score`` against the plan it states."""

from __future__ import annotations

import pytest

from shinchoku.importers import parse
from shinchoku.importers.planjson import validate

from .other.tabledocs6 import DOCUMENTS6, HASUNUMA_HEADER, TSURUMIDAI_NOTE
from .scoring import by_title, score

#: Read well but not exactly, with what they reach (F1, codes, 担当課, KPI numbers, schedule) and why
#: (none: both documents are read exactly — every measure 1.0).
NEAR: dict[str, tuple[float, float, float, float, float]] = {}


@pytest.mark.parametrize("name", list(DOCUMENTS6))
def test_document_scores(name: str) -> None:
    source, expected = DOCUMENTS6[name]
    data, filename = source()
    plan = parse(data, filename=filename, municipality="試験市")
    validate(plan)
    found = score(plan, expected)
    reached = (found.f1, found.codes, found.departments, found.kpi_numbers, found.schedule)
    assert all(r >= v - 0.001 for r, v in zip(reached, NEAR.get(name, (1, 1, 1, 1, 1)), strict=True)), found


def test_a_department_merged_down_two_rows_is_both_rows_and_the_example_sheet_no_initiative() -> None:
    """総務課 merged over No. 4 and 5 is the 担当課 of both; the 記入例 sheet's row (「〇〇の電子化」) and the
    legend typed under the table (「※ 評価：A 達成 …」) are no initiatives, the sheet left out with a warning."""
    source, _ = DOCUMENTS6["tsurumidai-xlsx"]
    data, filename = source()
    plan = parse(data, filename=filename)
    assert by_title(plan, "電子決裁の導入")["departments"] == ["総務課"]
    assert by_title(plan, "庁内会議のペーパーレス化")["departments"] == ["総務課"]
    assert [i["code"] for i in plan["initiatives"]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert not any("〇〇" in i["title"] or "評価" in i["title"] for i in plan["initiatives"])
    assert TSURUMIDAI_NOTE not in [i["title"] for i in plan["initiatives"]]
    assert any("記入例" in w["message"] for w in plan["warnings"])
    (meetings,) = by_title(plan, "庁内会議のペーパーレス化")["indicators"]
    assert (meetings["baseline"]["fy"], meetings["baseline"]["value"]) == (2023, 15)
    assert (meetings["final_target"]["fy"], meetings["final_target"]["value"]) == (2027, 120)
    assert [(a["fy"], a["value"]) for a in meetings["actuals"]] == [(2024, 46)]


def test_quoted_commas_and_a_line_break_in_a_cell_are_the_cells_own() -> None:
    """「"AI-OCR,RPAの活用"」 keeps its comma; 「"市民課,税務課"」 is two 担当課; the 施策名 wrapped with
    Alt+Enter is one title; 「－」 is no 基準値; the 達成率 column gives no figure of the indicator."""
    source, _ = DOCUMENTS6["hasunuma-csv"]
    data, filename = source()
    assert data.decode("cp932").startswith(",".join(HASUNUMA_HEADER) + "\r\n")
    plan = parse(data, filename=filename)
    assert by_title(plan, "RPAの活用")["title"] == "AI-OCR,RPAの活用"
    cashless = by_title(plan, "キャッシュレス")
    assert cashless["title"] == "窓口のキャッシュレス化（税、証明書手数料）"
    assert cashless["departments"] == ["市民課", "税務課"]
    (telework,) = by_title(plan, "テレワーク")["indicators"]
    assert telework["name"] == "テレワーク実施職員数（延べ,年間）"
    assert telework["baseline"] is None
    assert (telework["final_target"]["fy"], telework["final_target"]["value"]) == (2027, 400)
    (standard,) = by_title(plan, "標準化")["indicators"]
    assert (standard["final_target"]["fy"], standard["final_target"]["value"]) == (2025, 20)
    assert all(
        k["actuals"] == [] and k["targets"] == [] for i in plan["initiatives"] for k in i["indicators"]
    )


def test_a_unit_in_the_target_header_is_the_indicators() -> None:
    """「目標値(R9)（件）」: the figures under it are counts of 件, so each row's indicator has the unit 件
    (its values are bare numbers, 1850 / 6000 / 2430)."""
    source, _ = DOCUMENTS6["tsurumidai-xlsx"]
    data, filename = source()
    plan = parse(data, filename=filename)
    (online,) = by_title(plan, "オンライン申請の拡充")["indicators"]
    assert (online["name"], online["unit"], online["final_target"]["value"]) == ("オンライン申請件数", "件", 6000)
    assert {i["indicators"][0]["unit"] for i in plan["initiatives"]} == {"件"}
