"""延岡市's plan printed to PDF and extracted by poppler's ``pdftotext -layout`` (issue 8).

Each card is a table of its own whose columns a browser sizes to its content, so the generic
column reader cannot see them; ``importers/nobeoka_columns.py`` reads the cards by their labels.
The prints vary the paper, the running header and page numbers, and merged section cells, so
that no one rendering is what the reader was tuned to. Plain ``pdftotext`` (no ``-layout``),
pdfminer, pdfplumber and pypdfium2 scramble the cards' cells across cards: the plan is read partially
(titles, sections, most 担当課) with a warning, never refused (``nobeoka_scattered``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import ParseError, parse

from ..conftest import SEED_FILES
from .samplepdf import Print, pdftotext, sample_pdf, viewer_text
from .scoring import in_charge, score

pytestmark = pytest.mark.slow

TITLE = "延岡市情報政策推進計画"
PRINTS = {
    "A4, header, page numbers, merged": Print("A4", TITLE, True, 2),
    "A3 landscape, header, page numbers, merged": Print("A3 landscape", TITLE, True, 2),
    "A4, bare": Print("A4"),
    "A3 landscape, bare": Print("A3 landscape"),
}
#: The first column set vertically: labels and titles one character per line, and pdftotext
#: moves some cards (or the part a page break cut) a few places right.
VERTICAL = {
    "A4, vertical first column, page numbers": Print("A4", None, True, 0, True),
    "A3 landscape, vertical first column": Print("A3 landscape", vertical_first_column=True),
}
PRINTS |= VERTICAL


@cache
def _from_text() -> dict[str, Any]:
    return parse(SEED_FILES["nobeoka"])


@cache
def _from_layout(key: str) -> dict[str, Any]:
    text = pdftotext(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), layout=True)
    return parse(text.encode(), filename="nobeoka-layout.txt")


@pytest.mark.parametrize("key", list(PRINTS))
def test_layout_extraction_reads_as_the_text(key: str) -> None:
    found = _from_layout(key)
    assert found["plan"]["source"]["layout"] == "nobeoka"
    assert found["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}
    result = score(found, _from_text())
    assert result.f1 >= 0.95, result
    assert result.precision >= 0.95, result
    assert result.departments >= 0.85, result
    assert result.kpi_numbers >= 0.85, result
    assert result.schedule >= 0.80, result


@pytest.mark.parametrize("key", list(PRINTS))
def test_layout_extraction_keeps_what_a_user_reads(key: str) -> None:
    items = {item["title"]: item for item in _from_layout(key)["initiatives"]}
    booking = items["公共施設の予約状況確認におけるオンライン化"]
    assert in_charge(booking) == ([], ["各課"])
    (facilities,) = booking["indicators"]
    assert facilities["name"] == "対象施設数"
    assert [(t["fy"], t["value"]) for t in facilities["targets"]] == [(2023, 20), (2024, 30), (2025, 40)]
    certificates = items["住民票・税証明書等発行に係るオンライン化の研究"]
    assert certificates["departments"] == ["市民課", "納税課"]
    assert certificates["schedule"][0] == {"fy": 2021, "half": None, "label": "調査・研究"}
    assert certificates["schedule"][-1] == {"fy": 2025, "half": None, "label": "導入方針決定"}
    # the footnote mark of the wrapped title is gone, the title is whole
    assert "マイナポータルからの行政手続のオンライン化" in items


def test_warnings_name_the_lines_of_the_extracted_file() -> None:
    key = "A4, header, page numbers, merged"
    lines = pdftotext(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), layout=True).split("\n")
    items = {item["title"]: item for item in _from_layout(key)["initiatives"]}
    line = items["公共施設の予約状況確認におけるオンライン化"]["line"]
    assert "施策名" in lines[line - 1]


#: Text copied out of a PDF viewer: (extractor, print) -> least F1 / 担当課 / KPI numbers /
#: schedule, as measured less a margin. The cards' cells come scattered (one block each,
#: neighbouring cards interleaved; pdfplumber: printed lines, cells side by side), so the titles
#: are those the 全体工程表 and the overview confirm, with the 担当課 found near them (plain
#: pdftotext and pdfminer: the lists of departments paired with the titles in the cards' order,
#: 担当課 0.705 / 0.772 / 0.818 / 0.910 and 0.853 / 0.910 as measured) and (printed lines only)
#: the KPI row's figures; where the 全体工程表 comes row after row (pdfplumber,
#: pypdfium2) a title's steps are its row's, laid over the years in order (an estimate, said in
#: the warning); plain pdftotext and pdfminer write that table column after column, an empty
#: cell leaving no trace, and the schedule is left to the warning.
VIEWER = {
    # 担当課 0.705 → 0.756 (A4), 0.772 → 0.785 (A3), bare A4 0.818 → 0.831, pdfminer A4 0.853 → 0.867:
    # a 担当課 cut short in its narrow column goes on beside the KPI label's lines (「障」「が」「い」 then
    # 「KPI 福」「(オン 祉」「ライ 課」) or past a page break (「市民」「課、」「情報」 … 「政策」「課」), and is
    # read whole (nobeoka_scattered._name_begun, _beside, _rest_below). Still below the bar but bare A3
    # and pdfminer A3 (0.910): the lists are paired with the titles in the cards' order, and the
    # extractor writes some cards' titles in reverse and their lists in text order (「公共料金…」 takes
    # 水道課); KPI and schedule 0: the KPI row's figures and the 全体工程表's steps come column by
    # column, away from their labels and out of their years' order (「26手続 — 12手続」)
    ("pdftotext", "A4, header, page numbers, merged"): (0.97, 0.75, 0.0, 0.0),
    ("pdftotext", "A3 landscape, header, page numbers, merged"): (0.98, 0.78, 0.0, 0.0),
    ("pdftotext", "A4, bare"): (0.96, 0.83, 0.0, 0.0),
    ("pdftotext", "A3 landscape, bare"): (0.98, 0.89, 0.0, 0.0),
    ("pdfminer", "A4, header, page numbers, merged"): (0.95, 0.86, 0.0, 0.0),
    ("pdfminer", "A3 landscape, header, page numbers, merged"): (0.98, 0.89, 0.0, 0.0),
    ("pdfplumber", "A4, header, page numbers, merged"): (0.96, 0.91, 0.96, 0.95),
    ("pdfplumber", "A3 landscape, header, page numbers, merged"): (0.97, 0.96, 0.96, 0.94),
    ("pdfplumber", "A4, bare"): (0.97, 0.94, 0.96, 0.95),
    ("pdfplumber", "A3 landscape, bare"): (0.97, 0.96, 0.96, 0.94),
    # a row's cells on one line (「施策名 概 要」, 「担当課 市民課 構築 窓口番号案内」): the
    # 担当課 read beside its label as a printed row's, the KPI row's cells one after the other
    # (KPI 0.90: 「…高齢者見守りシ」 cut at the page's header line loses its card's figures)
    ("pypdfium2", "A4, header, page numbers, merged"): (0.94, 0.84, 0.90, 0.91),
    ("pypdfium2", "A3 landscape, header, page numbers, merged"): (0.96, 0.96, 0.96, 0.92),
    ("pypdfium2", "A4, bare"): (0.95, 0.87, 0.94, 0.91),
    ("pypdfium2", "A3 landscape, bare"): (0.96, 0.96, 0.96, 0.92),
}


@cache
def _from_viewer(extractor: str, key: str) -> dict[str, Any]:
    text = viewer_text(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), extractor)
    return parse(text.encode(), filename=f"nobeoka-{extractor}.txt")


@pytest.mark.parametrize(("extractor", "key"), list(VIEWER))
def test_viewer_text_is_a_partial_plan_not_a_refusal(extractor: str, key: str) -> None:
    """Text copied out of a PDF viewer gives the plan's initiatives (their titles, sections and
    most 担当課), never a refusal; the warning says what was left out and what to import instead."""
    found = _from_viewer(extractor, key)
    assert found["plan"]["source"]["layout"] == "nobeoka"
    assert found["plan"]["period"] == {"start_fy": 2021, "end_fy": 2025}
    least_f1, least_departments, least_kpi, least_schedule = VIEWER[(extractor, key)]
    result = score(found, _from_text())
    assert result.f1 >= least_f1, result
    # a wrong initiative (a schedule step taken for a title) is worse than a missing one
    assert result.precision >= 0.95, result
    assert result.departments >= least_departments, result
    assert result.kpi_numbers >= least_kpi, result
    assert result.schedule >= least_schedule, result
    warning = next(w for w in found["warnings"] if "読み順" in w["message"])
    if least_schedule:
        # the steps' years are an estimate, and the warning says so
        assert "見出しの年度に順に割り振って推定しました" in warning["message"]
        assert "読み取れなかった担当課・KPI・スケジュールは取り込んでいません" in warning["message"]
    else:
        assert "スケジュールと、読み取れなかった担当課・KPIは取り込んでいません" in warning["message"]
        assert not any(item["schedule"] for item in found["initiatives"])
    assert "pdftotext -layout" in warning["message"]
    projects = [s["title"] for s in found["sections"] if s["level"] == "プロジェクト"]
    assert projects == ["市民にやさしいDX", "地域を変えるDX", "都市が輝くDX"]
    titles = [item["title"] for item in found["initiatives"]]
    assert "窓口業務における窓口番号案内システムの導入" in titles
    assert "概要" not in titles and "担当課" not in titles


@pytest.mark.parametrize("key", [k for e, k in VIEWER if e == "pypdfium2"])
def test_pypdfium2_text_takes_no_schedule_step_for_a_title(key: str) -> None:
    """pypdfium2 writes a row's cells on one line, the cards' labels too (「施策名 概 要」):
    the overview that confirms the 全体工程表's titles ends there, so the steps the cards print
    (「システム運用」「実証事業の実施」「運用準備 運用」) are never initiatives; a title the
    全体工程表 spells differently keeps the card's spelling though the card runs it into its
    year header (「…予測モデル構築令和3年度」)."""
    items = {item["title"]: item for item in _from_viewer("pypdfium2", key)["initiatives"]}
    titles = list(items)
    for step in ("システム運用", "実証事業の実施", "運用準備運用", "実証効果検証・サービス運用"):
        assert step not in titles
    assert not [title for title in titles if title.startswith(("運用", "検討・研究", "実証"))]
    assert (
        "国立循環器病研究センターとの連携による医療・介護情報を用いた健康増進施策に資するデータベースの構築"
        in titles
    )
    assert "旭化成及び国立循環器病研究センター等との連携による骨粗しょう症予防等の研究" in titles
    assert "障がい者の在宅勤務（テレワーク）の推進による自立支援" in titles
    # the 担当課 on its label's line, the steps after it (「担当課 市民課 構築 窓口番号案内」)
    # and its name wrapped below (「担当課 市民課、」 over 「納税課」) never a step
    assert items["窓口業務における窓口番号案内システムの導入"]["departments"] == ["市民課"]
    assert items["住民票・税証明書等発行に係るオンライン化の研究"]["departments"] == ["市民課", "納税課"]
    assert in_charge(items["公共施設の予約状況確認におけるオンライン化"]) == ([], ["各課"])


@pytest.mark.parametrize(("extractor", "key"), [k for k, floors in VIEWER.items() if floors[3]])
def test_viewer_text_keeps_the_steps_of_a_roadmap_row(extractor: str, key: str) -> None:
    """Where the 全体工程表 comes row after row, a title's steps are its row's in their order,
    their pieces wrapped in a narrow column joined back (「方針決」「定」, 「効果検証・サ」
    「ービス運用」), laid over the plan's years: the first in the first year, the last going on
    to the end, as the chart's bars do."""
    items = {item["title"]: item for item in _from_viewer(extractor, key)["initiatives"]}

    def steps(title: str) -> list[str]:
        labels: list[str] = []
        for entry in items[title]["schedule"]:
            if entry["label"] not in labels:
                labels.append(entry["label"])
        return labels

    booking = items["公共施設の予約状況確認におけるオンライン化"]["schedule"]
    assert [e["fy"] for e in booking] == [2021, 2022, 2023, 2024, 2025]
    assert (booking[0]["label"], booking[-1]["label"]) == ("調査・研究", "導入・運用")
    assert steps("公共施設の予約状況確認におけるオンライン化") == ["調査・研究", "方針決定", "導入・運用"]
    assert steps("窓口業務における申請書等のオンライン作成サービスの導入検討") == [
        "実証",
        "効果検証・サービス運用",
    ]
    assert steps("ホームページのリニューアル") == ["リニューアル", "運用"]
    assert steps("logoチャットの活用") == ["試験導入", "本格運用"]
    # a row of its own under the title's (no title) is the same initiative's further step
    assert steps("防災情報アプリの利用促進") == ["運用", "多言語化等の検討"]
    # the card's spelling, the 全体工程表's otherwise (「国立循環器センター」): its row still found,
    # its words the title's only where the title holds them (never 「仮説および事業の策定」)
    study = items["旭化成及び国立循環器病研究センター等との連携による骨粗しょう症予防等の研究"]["schedule"]
    assert [e["fy"] for e in study] == [2021, 2022, 2023, 2024, 2025]
    assert study[0]["label"] == "仮説および事業の策定"


@pytest.mark.parametrize("key", [k for e, k in VIEWER if e == "pypdfium2"])
def test_pypdfium2_text_keeps_the_kpi_of_a_card(key: str) -> None:
    """pypdfium2 writes a KPI row's cells one after the other, each cell's wrapped lines in turn
    (「K P I (アク」「セス件数)」「1,100,000件 1,150,000件 1,160,000」「件」): the name up to its
    bracket, one figure or dash a year, a unit wrapped below its figure joined back (「20施」
    「設」 on A4); a row of two indicators split by the figures' units."""
    items = {item["title"]: item for item in _from_viewer("pypdfium2", key)["initiatives"]}
    (access,) = items["ホームページのリニューアル"]["indicators"]
    assert access["name"] == "アクセス件数"
    assert [(t["fy"], t["text"]) for t in access["targets"]] == [
        (2021, "1,100,000件"),
        (2022, "1,150,000件"),
        (2023, "1,160,000件"),
        (2024, "1,170,000件"),
        (2025, "1,180,000件"),
    ]
    (facilities,) = items["公共施設の予約状況確認におけるオンライン化"]["indicators"]
    assert facilities["name"] == "対象施設数"
    assert [(t["fy"], t["text"]) for t in facilities["targets"]] == [
        (2023, "20施設"),
        (2024, "30施設"),
        (2025, "40施設"),
    ]
    (routes,) = items["東京大学との連携による公共交通DXの推進"]["indicators"]
    assert [t["text"] for t in routes["targets"]] == ["9路線", "5路線", "5路線", "5路線", "5路線"]
    mileage = items["健康マイレージアプリの利用促進"]["indicators"]
    assert [(i["name"], [t["value"] for t in i["targets"]]) for i in mileage] == [
        ("参加者総数", [4000, 5000, 6000, 7000, 8000]),
        ("事業所総数", [100, 120, 140, 160, 180]),
    ]


def test_pdfplumber_text_keeps_the_kpi_of_a_card() -> None:
    found = _from_viewer("pdfplumber", "A3 landscape, header, page numbers, merged")
    items = {item["title"]: item for item in found["initiatives"]}
    (facilities,) = items["公共施設の予約状況確認におけるオンライン化"]["indicators"]
    assert [(t["fy"], t["value"]) for t in facilities["targets"]] == [(2023, 20), (2024, 30), (2025, 40)]
    assert in_charge(items["公共施設の予約状況確認におけるオンライン化"]) == ([], ["各課"])
    # the card's title kept by its 担当課 label with the last words of the prose above it
    # (「目追加」) is the title the overview names
    assert items["地方税手続におけるオンライン化の推進"]["departments"] == ["市民税課"]


@pytest.mark.parametrize("key", [k for e, k in VIEWER if e == "pdfplumber"])
def test_pdfplumber_text_keeps_both_indicators_of_a_kpi_row(key: str) -> None:
    """A KPI row of two indicators prints each year's two figures in one cell, the second on the
    line below where the column is narrow: the figures go to their indicator by their unit, one
    per year, on every paper size; a row whose figures cannot be counted out is left out, never
    an indicator without its values."""
    found = _from_viewer("pdfplumber", key)
    items = {item["title"]: item for item in found["initiatives"]}
    mileage = items["健康マイレージアプリの利用促進"]["indicators"]
    assert [(i["name"], i["unit"], [(t["fy"], t["value"]) for t in i["targets"]]) for i in mileage] == [
        ("参加者総数", "人", [(2021, 4000), (2022, 5000), (2023, 6000), (2024, 7000), (2025, 8000)]),
        ("事業所総数", "事業所", [(2021, 100), (2022, 120), (2023, 140), (2024, 160), (2025, 180)]),
    ]
    coin = {i["name"]: i for i in items["のべおかCOINの利用促進"]["indicators"]}
    assert [(t["fy"], t["text"]) for t in coin["加盟店数"]["targets"]] == [
        (2021, "300店"),
        (2022, "350店"),
        (2023, "400店"),
        (2024, "450店"),
        (2025, "500店"),
    ]
    assert [t["value"] for t in coin["ユーザー数"]["targets"]] == [10000, 15000, 20000, 22000, 25000]
    assert all(i["targets"] for item in found["initiatives"] for i in item["indicators"])


@pytest.mark.parametrize("key", [k for e, k in VIEWER if e == "pdfplumber"])
def test_pdfplumber_text_keeps_titles_with_footnote_marks(key: str) -> None:
    """A footnote mark in a card's title ends the title's line where the 概要's prose follows
    (「統合型GIS※7 行政内部で…」 on A4), and is stepped over where the title goes on
    (「ト※12 「のべちよる」」, 「^{※12} の整備」): each title is read whole, with its 担当課, on
    every paper size — the 担当課's last piece printed beside the next card's first label too."""
    items = {item["title"]: item for item in _from_viewer("pdfplumber", key)["initiatives"]}
    assert items["統合型GISの活用検討"]["departments"] == ["情報政策課"]
    assert items["公衆無線LANの整備拡大"]["departments"] == ["情報政策課"]
    assert items["のべおか産品ECサイト「のべちよる」の活用"]["departments"] == ["農業畜産課"]
    # a title whose last line is one character (「けるオンライン」「化」) above its 担当課 label
    assert items["給水装置工事の各種手続きにおけるオンライン化"]["departments"] == ["水道課"]


@pytest.mark.parametrize("key", ["A4, header, page numbers, merged", "A4, bare"])
def test_pdfplumber_text_of_narrow_a4_cards(key: str) -> None:
    """On A4 the cards' label and 担当課 columns are a character or two wide: the 担当課 label
    comes as 「担当」 over 「課」, a KPI's units under its figures (「1,150,000」 over 「件」), and the
    name in the lines below between the 担当課's pieces; each is put back in its column."""
    items = {item["title"]: item for item in _from_viewer("pdfplumber", key)["initiatives"]}
    homepage = items["ホームページのリニューアル"]
    assert homepage["departments"] == ["経営政策課"]
    (access,) = homepage["indicators"]
    assert access["name"] == "アクセス件数"
    assert [(t["fy"], t["text"]) for t in access["targets"]] == [
        (2021, "1,100,000件"),
        (2022, "1,150,000件"),
        (2023, "1,160,000件"),
        (2024, "1,170,000件"),
        (2025, "1,180,000件"),
    ]
    training = items["職位別IT研修の実施"]
    assert training["departments"] == ["情報政策課"]
    # a 担当課 list wrapped after its separator, a name ending in 「担当」「課」, one beside the KPI row
    assert items["住民票・税証明書等発行に係るオンライン化の研究"]["departments"] == ["市民課", "納税課"]
    assert items["公共料金の支払や納税におけるキャッシュレス決済の促進"]["departments"] == ["収納業務担当課"]
    (vaccines,) = [item for title, item in items.items() if title.startswith("子育てに係る情報発信の充実")]
    assert vaccines["departments"] == ["こども家庭課"]
    # its last pieces beside the next card's first labels (「施策名 くり 概 要」 over 「課」)
    (database,) = [item for title, item in items.items() if "医療・介護情報を用いた" in title]
    assert database["departments"] == ["健康長寿のまちづくり課"]
    # printed lines keep the cards' order: a 担当課 above a title is the card's above, never its own
    assert items["マイナンバーカードの普及促進"]["departments"] in ([], ["市民課", "情報政策課"])
    # the second figure's unit of money under it (「17,000」 over 「千円」) is no piece of the 担当課
    (shikimi,) = [item for title, item in items.items() if title.startswith("しきみを中心とした")]
    assert shikimi["departments"] == ["農業畜産課"]
    assert [(i["name"], [(t["fy"], t["text"]) for t in i["targets"]]) for i in shikimi["indicators"]] == [
        ("学習会回数", [(2022, "4回")]),
        ("販売額", [(2022, "17,000千円")]),
    ]
    (trainees,) = training["indicators"]
    assert trainees["name"] == "研修受講者数"
    assert [(t["fy"], t["value"]) for t in trainees["targets"]] == [
        (2022, 20),
        (2023, 20),
        (2024, 20),
        (2025, 20),
    ]


def test_plain_extraction_keeps_what_a_user_reads() -> None:
    found = _from_viewer("pdftotext", "A3 landscape, header, page numbers, merged")
    items = {item["title"]: item for item in found["initiatives"]}
    certificates = items["住民票・税証明書等発行に係るオンライン化の研究"]
    assert certificates["departments"] == ["市民課", "納税課"]
    counter = items["窓口業務における窓口番号案内システムの導入"]
    assert counter["departments"] == ["市民課"]
    basic = {s["key"]: s["title"] for s in found["sections"]}[counter["section"]]
    assert basic == "市民目線のデジタル化"


def test_plain_extraction_reads_a_department_cut_in_its_narrow_column() -> None:
    """Plain pdftotext on A4: a 担当課 set down its narrow column and cut goes on beside the next
    cell's lines (「商」「業・」, then 「K P I (ポイン 駅ま」「ト交付人数) ち振」「興課」) or after a page
    break (「市民」「課、」「情報」, the next page's 「政策」「課」): the name is read whole, and the
    rest is no list of its own for the next card (before: 「情報政策課」 and 「政策課」)."""
    found = _from_viewer("pdftotext", "A4, header, page numbers, merged")
    items = {item["title"]: item for item in found["initiatives"]}
    assert items["マイナンバーカードの普及促進"]["departments"] == ["市民課", "情報政策課"]
    assert items["マイナンバーカードを利用した証明書等のコンビニ交付サービスの利用促進"]["departments"] == ["市民課"]
    bus = "マイナンバーカードとのべおかCOINの連動によるバス利用の促進"
    assert items[bus]["departments"] == ["商業・駅まち振興課"]
    assert items["障がい者の在宅勤務（テレワーク）の推進による自立支援"]["departments"] == ["障がい福祉課"]
    assert items["防災情報アプリの利用促進"]["departments"] == ["危機管理課"]
    everyone = {name for item in found["initiatives"] for name in item["departments"]}
    assert not {"政策課", "理課", "策室"} & everyone


def test_viewer_text_of_titles_set_vertically_is_refused_not_cut() -> None:
    """Titles set vertically come one character a line: where each ends is not in the text, and
    cut titles (「窓口業務にお」) would be worse than the message saying what to import instead."""
    text = viewer_text(
        sample_pdf(SEED_FILES["nobeoka"], PRINTS["A4, vertical first column, page numbers"]), "pdftotext"
    )
    with pytest.raises(ParseError) as refused:
        parse(text.encode(), filename="nobeoka-vertical.txt")
    assert "pdftotext -layout" in refused.value.message


#: The vertical prints as text copied out of a PDF viewer: (extractor, print) -> least F1 /
#: 担当課 / KPI numbers, as measured less a margin (1.0 / 0.988 / 0.911 on both), or None where
#: the text is refused. pdfplumber prints the
#: first column's characters one a line at the start of the card's lines, so a card's title is
#: whole between its 区分 and 担当課 labels; plain pdftotext and pdfminer write the column apart
#: from its rows, where no title's end is known.
#: Prints the vertical reading was not written against (as measured: F1 1.0, 担当課 0.975, KPI 0.911).
VERTICAL_VARIANTS = {
    "A4, header, page numbers, merged, vertical first column": Print("A4", TITLE, True, 2, True),
}
VERTICAL_VIEWER: dict[tuple[str, str], tuple[float, float, float] | None] = {
    ("pdfplumber", "A4, vertical first column, page numbers"): (0.97, 0.95, 0.89),
    ("pdfplumber", "A3 landscape, vertical first column"): (0.97, 0.95, 0.89),
    ("pdftotext", "A4, vertical first column, page numbers"): None,
    ("pdftotext", "A3 landscape, vertical first column"): None,
    ("pdfminer", "A4, vertical first column, page numbers"): None,
    ("pdfminer", "A3 landscape, vertical first column"): None,
    ("pdfplumber", "A4, header, page numbers, merged, vertical first column"): (0.97, 0.95, 0.89),
    ("pdftotext", "A4, header, page numbers, merged, vertical first column"): None,
    ("pdfminer", "A4, header, page numbers, merged, vertical first column"): None,
}


@pytest.mark.parametrize(("extractor", "key"), list(VERTICAL_VIEWER))
def test_viewer_text_of_a_vertical_first_column_is_read_or_refused_never_garbage(
    extractor: str, key: str
) -> None:
    """A wrong plan is worse than a refusal: the text of a print whose first column is set
    vertically is read as a partial plan at the floors of the other viewer texts, or refused with
    the message naming what to import instead — never cards read across their columns (schedule
    steps as 担当課, F1 0.16: pdfplumber's words one blank apart were taken for pdftotext's
    columns)."""
    floors = VERTICAL_VIEWER[(extractor, key)]
    text = viewer_text(sample_pdf(SEED_FILES["nobeoka"], (PRINTS | VERTICAL_VARIANTS)[key]), extractor)
    if floors is None:
        with pytest.raises(ParseError) as refused:
            parse(text.encode(), filename=f"nobeoka-{extractor}.txt")
        assert "pdftotext -layout" in refused.value.message
        return
    found = parse(text.encode(), filename=f"nobeoka-{extractor}.txt")
    assert found["plan"]["source"]["layout"] == "nobeoka"
    least_f1, least_departments, least_kpi = floors
    result = score(found, _from_text())
    assert result.f1 >= least_f1, result
    assert result.precision >= least_f1, result
    assert result.departments >= least_departments, result
    assert result.kpi_numbers >= least_kpi, result
    warning = next(w for w in found["warnings"] if "読み順" in w["message"])
    assert "縦書き" in warning["message"] and "pdftotext -layout" in warning["message"]
    steps = {"調査・研究", "導入", "運用", "構築", "実証", "標準仕様公開", "システム改修"}
    assert not steps & {name for item in found["initiatives"] for name in item["departments"]}


@pytest.mark.parametrize("key", list(VERTICAL))
def test_pdfplumber_text_of_a_vertical_first_column_keeps_whole_titles(key: str) -> None:
    """Read down the column, each title is whole with its 担当課: the footnote mark set down the
    column too (「GIS」「※」「7」, 「^{」「※」「4}」) left out, the 概要's prose printed between the
    title's characters (「職」「位」「別」「IT」「<p>担当者、…」「研」) stepped over, 「市」「国」 as a
    title's first character (never 区分's), the 重点施策 label set down beside it (A4: 「点」「施」
    「策」) not read into the title, vertical brackets (「︵」「﹁」) as written across."""
    found = parse(
        viewer_text(sample_pdf(SEED_FILES["nobeoka"], PRINTS[key]), "pdfplumber").encode(),
        filename="nobeoka-pdfplumber.txt",
    )
    items = {item["title"]: item for item in found["initiatives"]}
    assert items["統合型GISの活用検討"]["departments"] == ["情報政策課"]
    assert items["職位別IT研修の実施"]["departments"] == ["情報政策課"]
    assert items["市職員採用試験の申込におけるオンライン化"]["departments"] == ["職員課"]
    assert items["のべおか産品ECサイト「のべちよる」の活用"]["departments"] == ["農業畜産課"]
    assert items["自治体システムの標準化・共通化(ガバメントクラウドへの移行)"]["departments"] == [
        "情報政策課"
    ]
    assert items["IT関連企業の誘致"]["departments"] == ["工業振興課"]
    assert items["住民票・税証明書等発行に係るオンライン化の研究"]["departments"] == ["市民課", "納税課"]
    assert "国立循環器病研究センターとの連携による熱中症発症予測モデル構築" in items
    # the KPI's name read down the column, its figures one per year, units set apart under them
    # put back (A4: 「20施」 over 「設」, 「5路」 over 「線」)
    (facilities,) = items["公共施設の予約状況確認におけるオンライン化"]["indicators"]
    assert facilities["name"] == "対象施設数"
    assert [(t["fy"], t["text"]) for t in facilities["targets"]] == [
        (2023, "20施設"),
        (2024, "30施設"),
        (2025, "40施設"),
    ]
    (routes,) = items["東京大学との連携による公共交通DXの推進"]["indicators"]
    assert [t["text"] for t in routes["targets"]] == ["9路線", "5路線", "5路線", "5路線", "5路線"]
    # a row of two indicators, its figures not one per year on one line, is left out
    assert items["健康マイレージアプリの利用促進"]["indicators"] == []
    projects = [s["title"] for s in found["sections"] if s["level"] == "プロジェクト"]
    assert projects == ["市民にやさしいDX", "地域を変えるDX", "都市が輝くDX"]
