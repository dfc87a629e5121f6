"""Re-importing a plan read another way (its PDF over its text) is not a change (issue 8).

The same plan extracted twice differs in blanks and line breaks inside a cell, full / half
width, glyphs and the source lines kept in ``extra``: the loader compares what the texts say
(``loader.same``), so the preview shows no change, while a reworded text still is one.
"""

from __future__ import annotations

import copy

import pytest

from shinchoku.importers import parse
from shinchoku.plans.loader import load_plan, same
from shinchoku.plans.models import Department, Initiative

from ..conftest import SEED_FILES

pytestmark = pytest.mark.django_db


def _noisy(plan: dict) -> dict:
    """``plan`` as another extraction gives it: the kinds of difference a PDF brings."""
    noisy = copy.deepcopy(plan)
    wifi = noisy["initiatives"][3]  # I-2-1 Wi-Fi による情報通信基盤の構築
    assert wifi["code"] == "I-2-1"
    wifi["title"] = "Ｗｉ－Ｆｉ による情報通信基盤の構築"  # full-width letters and dash
    wifi["summary"] = wifi["summary"].replace("コミュニティセンターと", "コミュニティセンター\nと")  # a wrapped cell
    wifi["goal"] = wifi["goal"].replace("災害時における", "災害時に おける")
    wifi["effects"][1] = "市民の 利便性向上"
    wifi["schedule"][1]["label"] = wifi["schedule"][1]["label"].replace("／", "／\n")
    wifi["indicators"][1]["targets"][0]["text"] = "１００ ％"
    for item in noisy["initiatives"]:  # the PDF's lines, not the text's
        item["line"] = item["line"] - 150
        for step in item.get("steps", []):
            step["line"] -= 150
        for indicator in item["indicators"]:
            indicator["line"] = indicator.get("line", 0) + 7
    return noisy


def test_extraction_noise_is_no_change_but_a_reworded_text_is():
    text = parse(SEED_FILES["onojo"])
    load_plan(text)
    noisy = _noisy(text)
    result = load_plan(noisy, dry_run=True)
    assert (len(result.changed), len(result.unchanged), len(result.added)) == (0, 30, 0)

    reworded = copy.deepcopy(noisy)
    reworded["initiatives"][3]["summary"] = reworded["initiatives"][3]["summary"].replace("強化", "整備")
    result = load_plan(reworded, dry_run=True)
    assert result.changed == ["I-2-1 Ｗｉ－Ｆｉ による情報通信基盤の構築"]
    [note] = result.details[result.changed[0]]
    assert note.startswith("概要: 災害時などの情報収集手段として、市内コミュニティセンターと公民館における Wi… → ")

    # Imported for real, the stored wording stays (only the source lines move).
    result = load_plan(noisy)
    assert (len(result.changed), len(result.unchanged)) == (0, 30)
    wifi = Initiative.objects.get(code="I-2-1")
    assert wifi.source_line == 373 - 150
    assert wifi.title == "Wi-Fi による情報通信基盤の構築"
    assert wifi.summary.startswith("災害時などの情報収集手段として、市内コミュニティセンターと公民館")
    assert wifi.schedule.get(fy=2023).label == "災害時における Wi-Fi の強化／平常時における Wi-Fi の強化／Wi-Fi 運用"


def test_a_department_written_with_a_blank_is_the_same_department():
    """日田市 1-1-2: a list of nine 担当課 wraps in a PDF cell as 「まちづくり 推進課」."""
    text = parse(SEED_FILES["hita"])
    load_plan(text)
    noisy = copy.deepcopy(text)
    assert noisy["initiatives"][1]["departments"][1] == "まちづくり推進課"
    noisy["initiatives"][1]["departments"][1] = "まちづくり 推進課"
    departments = Department.objects.count()
    result = load_plan(noisy)
    assert (len(result.changed), len(result.unchanged)) == (0, len(text["initiatives"]))
    assert Department.objects.count() == departments
    names = Initiative.objects.get(code="1-1-2").departments.values_list("name", flat=True)
    assert "まちづくり推進課" in names and "まちづくり 推進課" not in names


def test_same_compares_what_the_text_says():
    assert same("市民課 ほか", "市民課ほか") and same("ＫＰＩ１２", "KPI12")
    assert same({"label": "運用", "line": 3}, {"label": "運 用", "line": 40})
    assert not same("オンライン申請の拡充", "オンライン申請の縮小")
    assert not same({"label": "運用"}, {"label": "運用", "fys": [2024]})


@pytest.mark.slow
def test_the_pdf_over_its_text_shows_no_change():
    """大野城市 printed to PDF (A4, running header, page numbers) over the plan read from its text."""
    from ..importers.samplepdf import Print, sample_pdf

    load_plan(parse(SEED_FILES["onojo"]))
    how = Print(paper="A4", running_header="大野城市DX推進計画", page_numbers=True, merge_columns=2)
    result = load_plan(parse(sample_pdf(SEED_FILES["onojo"], how)), dry_run=True)
    assert (len(result.changed), len(result.unchanged), len(result.added), len(result.retired)) == (0, 30, 0, 0)


def test_the_workbook_over_its_pdf_shows_no_change():
    """The same 進捗管理表 read from its PDF (each initiative on a page) and from its workbook (each
    on a sheet): 西浦市's six initiatives were 「変更 6」 in the preview with no line saying what
    changed, for the place each was read from (``page`` → ``sheet``) alone; found by the upload walk."""
    from ..importers.other.tabledocs import nishiura_xlsx

    workbook = parse(nishiura_xlsx(), filename="nishiura.xlsx")
    assert all(item.get("sheet") == "取組一覧" for item in workbook["initiatives"])
    printed = copy.deepcopy(workbook)  # as the PDF reads it: a page, no sheet
    for item in printed["initiatives"]:
        del item["sheet"]
        item["page"] = 1
    load_plan(printed)
    result = load_plan(workbook, dry_run=True)
    assert (len(result.changed), len(result.unchanged)) == (0, 6), result.details
    load_plan(workbook)  # imported for real: the place read from moves with the file
    assert Initiative.objects.get(code="1-1-1").extra.get("sheet") == "取組一覧"
    assert same({"sheet": "取組一覧", "note": "継続"}, {"page": 2, "note": "継続"})
