"""The five sample plans kept in Excel and printed by LibreOffice Calc read as their texts (issue 8).

The readers were written against Chromium's prints; a plan office just as often keeps the table
in a workbook and prints that. Each sample becomes one sheet (samplexlsx: ruled cells, section
columns merged down, paragraphs in merged rows, row heights for the wrapped lines, a running
header and 「- N -」 page numbers) printed on A4 portrait and on A3 landscape fitted to the page
width. The PDF goes through ``parse`` as an upload does and is scored against the plan read from
the sample text; the thresholds are the ones measured (docs/importers.md), at or above the
issue's (F1 0.90, 担当課 0.85, KPI 0.85). All ten PDFs come from one LibreOffice start, cached.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from shinchoku.importers import parse

from ..conftest import SEED_FILES
from .samplepdf import extract, pdftotext
from .samplexlsx import Sheet, sample_pdfs, sample_xlsx
from .scoring import by_title, in_charge, score

pytestmark = pytest.mark.slow

TITLES = {
    "nobeoka": "延岡市情報政策推進計画",
    "onojo": "大野城市DX推進計画",
    "hita": "日田市DX推進計画",
    "izunokuni": "伊豆の国市DX推進計画",
    "shibata": "新発田市情報化推進計画",
}
PAPERS = ("A4", "A3 landscape")
COUNTS = {"nobeoka": 81, "onojo": 30, "hita": 65, "izunokuni": 31, "shibata": 43}


def _sheet(name: str, paper: str) -> Sheet:
    return Sheet(paper=paper, running_header=TITLES[name], page_numbers=True, merge_columns=2)


@cache
def _pdfs() -> dict[tuple[str, str], Path]:
    jobs = [(name, paper) for name in TITLES for paper in PAPERS]
    made = sample_pdfs([(SEED_FILES[name], _sheet(name, paper)) for name, paper in jobs])
    return dict(zip(jobs, made, strict=True))


@cache
def _from_text(name: str) -> dict[str, Any]:
    return parse(SEED_FILES[name])


@cache
def _from_pdf(name: str, paper: str) -> dict[str, Any]:
    return parse(_pdfs()[(name, paper)].read_bytes(), filename=f"{name}.pdf")


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(TITLES))
def test_a_sample_printed_by_calc_reads_as_its_text(name: str, paper: str) -> None:
    found = _from_pdf(name, paper)
    _at_the_bar(found, name)
    assert found["municipality"]["name"] == _from_text(name)["municipality"]["name"]


def _at_the_bar(found: dict[str, Any], name: str) -> None:
    """A Calc print of sample ``name`` read as its text: what the prints of a workbook reach."""
    result = score(found, _from_text(name))
    assert result.f1 >= 0.98, result
    assert result.codes >= 0.98, result
    assert result.departments >= 0.95, result
    assert result.kpi_numbers >= 0.98, result
    assert result.schedule >= 0.95, result
    assert len(found["initiatives"]) == COUNTS[name]


@cache
def _japanese_excel() -> dict[str, Path]:
    """A4 prints of the samples with the alignments of Japanese Excel as offices leave them: every
    cell centred in its row's height, labels and 課 set out over their cells (均等割り付け)."""
    how = {name: Sheet("A4", TITLES[name], True, 2, centred=True, distributed=True) for name in TITLES}
    return dict(zip(TITLES, sample_pdfs([(SEED_FILES[name], how[name]) for name in TITLES]), strict=True))


@pytest.mark.parametrize("name", list(TITLES))
def test_a_sample_with_japanese_excels_alignments_reads_as_its_text(name: str) -> None:
    """「担　当　課」 and 「総　務　課」 are one word each (a blank inside a 担当課 cell parts two 課), and a
    cell centred beside a wrapped one is still that row's."""
    _at_the_bar(parse(_japanese_excel()[name].read_bytes(), filename=f"{name}.pdf"), name)


#: (F1, codes, 担当課, KPI numbers, schedule) the Japanese-Excel prints reach through ``pdftotext
#: -layout``, where they stay under the bar. Each cell centred in its row puts a row's number and
#: one-line cells in the middle of its lines: before the lines above a row's number were read as
#: that row's (chargrid._centred_above), 新発田市 was read as a generic table (F1 0.0).
JAPANESE_LAYOUT_BELOW = {
    # 延岡市: a title's last line glued to the year header (「用令和3年度」) leaves the card without
    # year columns; before a 工程 label left of the KPI figures was the 工程表's and a 担当課 set
    # out beside the set-out 「K P I」 (「K  P  I職  員  課」) was read: 担当課 0.72, schedule 0.90
    # (before the 担当課 column was found below its label: 担当課 0.01)
    "nobeoka": (0.98, 1.0, 0.83, 0.90, 0.94),
    "hita": (1.0, 1.0, 0.98, 1.0, 0.89),  # before: F1 0.98, 担当課 0.51, schedule 0.48
    # 伊豆の国市: NO 14's 基準値, printed on the next page with a blank line between it and its
    # 評価指標, stays the 今後の取組内容's; before the 評価指標's sub-rows were parted at its label
    # and a 工程表's year header began its row: KPI 0.47, schedule 0.66 (before centred rows: 担当課
    # 0.60, KPI 0.05)
    "izunokuni": (1.0, 1.0, 0.93, 0.94, 1.0),
    "shibata": (1.0, 1.0, 1.0, 0.62, 0.91),
}


@pytest.mark.parametrize("name", list(TITLES))
def test_japanese_excels_alignments_through_pdftotext_layout(name: str) -> None:
    text = pdftotext(_japanese_excel()[name], layout=True)
    found = parse(text.encode("utf-8"), filename=f"{name}.txt")
    if name not in JAPANESE_LAYOUT_BELOW:
        _at_the_bar(found, name)
        return
    result = score(found, _from_text(name))
    measured = (result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule)
    assert all(m >= least - 0.005 for m, least in zip(measured, JAPANESE_LAYOUT_BELOW[name], strict=True)), (
        result
    )


def test_a_centred_row_keeps_the_lines_above_its_number() -> None:
    """新発田市's NO 28 in a Japanese-Excel print through ``pdftotext -layout``: the first lines of
    its 取組方針 stand above 「28 【完了】」, and its 実績値 are each in their year."""
    text = pdftotext(_japanese_excel()["shibata"], layout=True)
    shibata = parse(text.encode("utf-8"), filename="shibata.txt")
    (cloud,) = [i for i in shibata["initiatives"] if i["code"] == "28"]
    assert cloud["title"] == "クラウド化の推進"
    assert cloud["summary"].startswith("当市では、情報システムの運用経費削減")
    assert cloud["summary"].endswith("自治体クラウドについても調査・研究を進めます。")
    assert cloud["marks"] == ["完了"]
    (indicator,) = cloud["indicators"]
    assert indicator["name"] == "クラウドシステム利用数"
    assert [(a["fy"], a["value"]) for a in indicator["actuals"]] == [(2021, 11), (2022, 12), (2023, 15)]


def test_centred_cards_keep_the_lines_above_their_labels() -> None:
    """日田市 and 伊豆の国市 in Japanese-Excel prints through ``pdftotext -layout``: a 取組番号 whose
    number stands on the line between its row and the 取組内容 row, a 担当課 whose first line
    stands above 「事業名 … 担当課」."""
    hita = parse(pdftotext(_japanese_excel()["hita"], layout=True).encode("utf-8"), filename="hita.txt")
    items = {item["code"]: item for item in hita["initiatives"]}
    assert items["1-1-5"]["title"] == "電子申請における公金収納のキャッシュレス化"
    assert in_charge(items["1-1-5"]) == (["情報統計課"], ["各課"])
    assert items["2-2-3"]["title"] == "市内イベント情報の集約・発信"
    izunokuni = parse(
        pdftotext(_japanese_excel()["izunokuni"], layout=True).encode("utf-8"), filename="i.txt"
    )
    first = izunokuni["initiatives"][0]
    assert first["title"] == "行政手続のオンライン化の推進"
    assert first["departments"][:3] == ["情報政策課", "学校教育課", "幼児教育課"]


def test_a_centred_schedule_label_left_of_the_kpi_figures_is_the_schedules() -> None:
    """延岡市's スマホ教室 card in a Japanese-Excel print through ``pdftotext -layout``: the 工程
    「スマホ教室（初心者・応用）の実施」, written from its cell's left edge over two lines around
    「担当課」, stands left of the KPI row's figures; it is 令和3年度's 工程, not part of the 担当課."""
    text = pdftotext(_japanese_excel()["nobeoka"], layout=True)
    classes = by_title(
        parse(text.encode("utf-8"), filename="nobeoka.txt"), "スマホ教室及びデジタル相談会の開催"
    )
    assert classes["departments"] == ["情報政策課"]
    assert (classes["schedule"][0]["fy"], classes["schedule"][0]["label"]) == (
        2021,
        "スマホ教室（初心者・応用）の実施",
    )


def test_centred_sub_rows_part_at_their_rows_label() -> None:
    """伊豆の国市's 評価指標 in a Japanese-Excel print through ``pdftotext -layout``: its label stands
    between 基準値 and 目標値, each centred beside its two lines of value, and the last of
    目標値's lines stands above the 工程表's year header, not the 工程表's."""
    text = pdftotext(_japanese_excel()["izunokuni"], layout=True)
    izunokuni = parse(text.encode("utf-8"), filename="izunokuni.txt")
    figures = {
        item["code"]: [
            (kind, indicator[kind]["fy"], indicator[kind]["value"])
            for indicator in item["indicators"]
            for kind in ("baseline", "final_target")
            if indicator[kind]
        ]
        for item in izunokuni["initiatives"]
    }
    # 「基準値 職員採用試験申込者 76人／令和4」 「年度」 「評価指標」 「… 200人／令和7」 「目標値」 「年度」
    assert figures["4"] == [("baseline", 2022, 76), ("final_target", 2025, 200)]
    # 「評価指標 個別避難計画の作成入力 50人／令」 over 「目標値」 and 「和7年度」: 目標値's first line
    assert figures["30"] == [("final_target", 2025, 50)]
    assert [e["fy"] for e in by_title(izunokuni, "オンライン面接の導入")["schedule"]][:1] == [2023]


@cache
def _set_out() -> dict[str, Path]:
    """A4 prints of the samples with their labels and 課 set out over their cells (均等割り付け)."""
    how = {name: Sheet("A4", TITLES[name], True, 2, distributed=True) for name in TITLES}
    return dict(zip(TITLES, sample_pdfs([(SEED_FILES[name], how[name]) for name in TITLES]), strict=True))


#: (F1, codes, 担当課, KPI numbers, schedule) the set-out prints reach through ``pdftotext -layout``
#: where they stay under the bar. Before the letters were gathered (importers.setout): 日田市 1.0 /
#: 1.0 / 0.14 / 1.0 / 0.0, 伊豆の国市 0.10 / 1.0 / 0.0 / 0.0 / 0.0, 新発田市 0.99 / 1.0 / 1.0 / 0.0 / 0.78,
#: 延岡市 0.23 / 1.0 / 0.11 / 0.0 / 0.04.
SET_OUT_BELOW = {
    # 新発田市: some 指標 figures are not read from this print's text (not yet looked into)
    "shibata": (0.99, 1.0, 1.0, 0.84, 0.97),
    # 延岡市: at the bar, under the PDF reader's (the 担当課 and KPI cells missed: not yet
    # looked into)
    "nobeoka": (1.0, 1.0, 0.91, 0.95, 0.99),
}


@pytest.mark.parametrize("name", list(TITLES))
def test_set_out_labels_read_through_pdftotext_layout(name: str) -> None:
    """「取           組           番            号1-1-1」: pdftotext sets each letter of a label set
    out over its cell where it was printed, the value glued to its last letter."""
    text = pdftotext(_set_out()[name], layout=True)
    found = parse(text.encode("utf-8"), filename=f"{name}.txt")
    if name not in SET_OUT_BELOW:
        _at_the_bar(found, name)
        return
    result = score(found, _from_text(name))
    measured = (result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule)
    assert all(m >= least - 0.005 for m, least in zip(measured, SET_OUT_BELOW[name], strict=True)), result


def test_set_out_labels_give_their_values() -> None:
    hita = parse(pdftotext(_set_out()["hita"], layout=True).encode("utf-8"), filename="hita.txt")
    first = hita["initiatives"][0]
    assert (first["code"], first["title"], in_charge(first)) == (
        "1-1-1",
        "オンライン申請対応手続の拡大",
        (["情報統計課"], ["関係各課"]),
    )
    izunokuni = parse(pdftotext(_set_out()["izunokuni"], layout=True).encode("utf-8"), filename="i.txt")
    (chat,) = [i for i in izunokuni["initiatives"] if i["title"].startswith("ビジネスチャットツール")]
    (indicator,) = chat["indicators"]
    assert (indicator["baseline"]["value"], indicator["final_target"]["value"]) == (18, 100)
    assert chat["departments"] == ["情報政策課"]


def test_concrete_values_from_the_calc_prints() -> None:
    hita = _from_pdf("hita", "A4")
    first = hita["initiatives"][0]
    assert (first["code"], first["title"]) == ("1-1-1", "オンライン申請対応手続の拡大")
    assert in_charge(first) == (["情報統計課"], ["関係各課"])

    shibata = _from_pdf("shibata", "A4")
    gis = by_title(shibata, "市民公開GISによる地図情報提供の拡充")
    assert gis["code"] == "5"
    assert gis["indicators"][0]["final_target"]["value"] == 28000

    nobeoka = _from_pdf("nobeoka", "A3 landscape")
    online = by_title(nobeoka, "マイナポータルからの行政手続のオンライン化")
    assert online["departments"] == ["情報政策課"]
    assert {t["fy"]: t["value"] for t in online["indicators"][0]["targets"]}[2022] == 26

    izunokuni = _from_pdf("izunokuni", "A4")
    online = by_title(izunokuni, "行政手続のオンライン化の推進")
    assert online["indicators"][0]["final_target"]["value"] == 250
    seals = by_title(izunokuni, "押印廃止及び電子化")
    assert seals["departments"] == ["情報政策課", "行政経営課", "会計課", "財務課(契約室)"]

    onojo = _from_pdf("onojo", "A3 landscape")
    assert {e["fy"]: e["amount"] for e in onojo["budget_total"]}[2025] == 665100


@pytest.mark.parametrize("name", list(TITLES))
def test_the_workbook_itself_reads_as_its_text(name: str) -> None:
    """「A table pasted into Excel as is」: the sheet, read from its cells, is the same plan,
    read by the municipality's own layout (not the generic readers)."""
    found = parse(sample_xlsx(SEED_FILES[name], _sheet(name, "A4")).read_bytes(), filename=f"{name}.xlsx")
    assert found["plan"]["source"]["layout"] == name
    result = score(found, _from_text(name))
    assert (result.f1, result.departments, result.kpi_numbers, result.schedule) == (1.0, 1.0, 1.0, 1.0), (
        result
    )
    assert len(found["initiatives"]) == COUNTS[name]


def test_a_card_sheet_with_a_template_label_is_still_read_by_its_layout() -> None:
    """日田市's sheet has 「計画の名称」 (a label of the template) above its cards, so the template
    claims it and cannot read it; the next layout that recognises it, 日田市's, reads it."""
    hita = parse(sample_xlsx(SEED_FILES["hita"], _sheet("hita", "A4")).read_bytes(), filename="hita.xlsx")
    first = hita["initiatives"][0]
    assert (first["code"], in_charge(first)) == ("1-1-1", (["情報統計課"], ["関係各課"]))
    assert not any("としては読めなかった" in w["message"] for w in hita["warnings"])


@pytest.mark.parametrize("paper", PAPERS)
def test_calc_prints_every_line_of_every_cell(paper: str) -> None:
    """The row heights hold each cell's wrapped lines: a row left at Calc's default height
    printed one line and cut the rest (the earlier attempt). Every character of each sample is
    on the printed pages (but 「-」, which pdftotext joins at a line's end as a hyphen)."""
    for name in TITLES:
        text = SEED_FILES[name].read_text(encoding="utf-8")
        printed = Counter(pdftotext(_pdfs()[(name, paper)], layout=False))
        lost = {ch: n for ch, n in (Counter(text) - printed).items() if not ch.isspace() and ch != "-"}
        assert lost == {}, (name, lost)


LAYOUT_TEXT = [  # (name, paper, F1, 担当課, KPI numbers) measured through pdftotext -layout
    ("nobeoka", "A4", 0.98, 0.93, 0.98),
    ("nobeoka", "A3 landscape", 0.98, 0.97, 0.98),
    ("onojo", "A4", 1.0, 1.0, 1.0),
    ("hita", "A4", 1.0, 0.98, 1.0),
    ("hita", "A3 landscape", 1.0, 1.0, 1.0),
    ("izunokuni", "A4", 1.0, 1.0, 1.0),
    ("izunokuni", "A3 landscape", 1.0, 1.0, 1.0),  # before: 担当課 0.81, KPI 0.79
    ("shibata", "A4", 1.0, 1.0, 0.90),  # NO right-aligned (chargrid.key_reach), page 2 further right
    ("shibata", "A3 landscape", 1.0, 1.0, 0.90),
]


@pytest.mark.parametrize(("name", "paper", "f1", "departments", "kpi"), LAYOUT_TEXT)
def test_a_calc_print_through_pdftotext_layout(
    name: str, paper: str, f1: float, departments: float, kpi: float
) -> None:
    text = pdftotext(_pdfs()[(name, paper)], layout=True)
    result = score(parse(text.encode(), filename=f"{name}.txt"), _from_text(name))
    assert result.f1 >= f1 and result.departments >= departments and result.kpi_numbers >= kpi, result


def test_shibatas_calc_print_on_a3_through_pdftotext_layout() -> None:
    """NO 14 follows a page whose foot repeats the table's header: its line of years is no
    running footer (text.page_furniture), so the rows below are cut by its 実績値 columns
    (before: 令和4年度 read 42 and 令和5年度 4). NO 31's table: a bracketed word of the header
    (「実績値 (KPI)」) names no column of its own (chargrid._strongest), so the KPI column is
    kept (before: every 実績値 one column off, 令和5年度 0 instead of 66)."""
    text = pdftotext(_pdfs()[("shibata", "A3 landscape")], layout=True)
    found = parse(text.encode(), filename="shibata.txt")
    wifi = by_title(found, "防災拠点等における公衆無線LAN環境の整備")["indicators"][0]
    assert [(a["fy"], a["value"]) for a in wifi["actuals"]] == [(2021, 37), (2022, 39), (2023, 42)]
    training = [i for i in found["initiatives"] if i["code"] == "31"][0]["indicators"][0]
    assert [(a["fy"], a["value"]) for a in training["actuals"]] == [(2021, 0), (2022, 0), (2023, 66)]
    # 「…件数 6 5件」 with 「件」 wrapped below the 6: the bare 6 ends 令和5年度's cell (chargrid)
    policies = by_title(found, "EBPMの推進")["indicators"][0]
    assert [(a["fy"], a["value"]) for a in policies["actuals"]] == [(2021, 3), (2022, 6), (2023, 5)]
    # NO 21–25's table: the rows' 取組方針 start three places left of the header's label, a start
    # of its own no more (chargrid._strongest), so the 実績値 of 令和5年度 keep their column
    posts = [i for i in found["initiatives"] if i["code"] == "22"][0]["indicators"][0]
    assert posts["name"] == "対応件数/投稿件数"
    assert [(a["fy"], a["value"]) for a in posts["actuals"]] == [(2021, 100), (2022, 100), (2023, 100)]


def test_shibatas_calc_print_on_a4_through_pdftotext_layout() -> None:
    """NO 22's 実績値 come one blank apart, 「100% R3投稿件数 100% R4投稿件数 100% R5投稿件数 76件」:
    cut where the wording repeats (chargrid._repeats; before: 令和5年度 had no figure)."""
    text = pdftotext(_pdfs()[("shibata", "A4")], layout=True)
    found = parse(text.encode(), filename="shibata.txt")
    posts = [i for i in found["initiatives"] if i["code"] == "22"][0]["indicators"][0]
    assert posts["name"] == "対応件数/投稿件数"
    assert [(a["fy"], a["value"]) for a in posts["actuals"]] == [(2021, 100), (2022, 100), (2023, 100)]


def test_izunokunis_a3_calc_print_through_pdftotext_layout_keeps_wrapped_cells() -> None:
    """pdftotext -layout sets a cell's wrapped line under the row's label (「生涯学習課 環境整備課
    ほか」 under 担当課, 「数 42件／令和4年度末」 under 基準値): read as rows of their own, those
    lines were lost; the reading that restores the cards from their labels, which finds the same
    cards without leaving a line unread, is kept (before: 担当課 0.81, KPI 0.79)."""
    text = pdftotext(_pdfs()[("izunokuni", "A3 landscape")], layout=True)
    found = parse(text.encode(), filename="izunokuni.txt")
    online = by_title(found, "行政手続のオンライン化の推進")
    assert online["departments"][-2:] == ["生涯学習課", "環境整備課"]
    second = online["indicators"][1]
    assert (second["baseline"]["value"], second["baseline"]["fy"]) == (42, 2022)
    assert (second["final_target"]["value"], second["final_target"]["fy"]) == (72, 2025)


@pytest.mark.parametrize(("paper", "f1", "departments"), [("A4", 0.99, 0.84), ("A3 landscape", 1.0, 0.96)])
def test_nobeokas_calc_print_through_plain_pdftotext(paper: str, f1: float, departments: float) -> None:
    """Without -layout the cards come scattered (nobeoka_scattered): titles and 担当課, with a
    warning. Calc prints the title's cell beside the year header, so 「令和3年度」 stands between
    the title and its 担当課 label; a block above such lines is the card's title where the
    全体工程表 lists it (before: F1 0.94 / 0.98, 「Webアクセシビリティ対応」「AI及びRPAの活用」
    「Web会議の利用推進」 missing). A line of the 全体工程表 that begins a card's line goes on the
    title above it only where that card's line begins its block: 「けるオンライン化」 is the rest of
    another wrapped title there (「給水装置工事の各種手続にお」 was read as a title of its own)."""
    found = parse(pdftotext(_pdfs()[("nobeoka", paper)], layout=False).encode(), filename="nobeoka.txt")
    result = score(found, _from_text("nobeoka"))
    assert result.f1 >= f1 and result.precision >= 0.98 and result.departments >= departments, result
    assert by_title(found, "AI及びRPAの活用")["departments"] == ["情報政策課"]
    assert by_title(found, "Webアクセシビリティ対応")["departments"] == ["情報政策課"]
    assert not [i for i in found["initiatives"] if i["title"].endswith("にお")]
    # the 全体工程表 spells 「のベおか」 with a katakana ベ: the card's spelling is kept
    assert any(
        i["title"] == "マイナンバーカードとのべおかCOINの連動によるバス利用の促進"
        for i in found["initiatives"]
    )


@pytest.mark.parametrize("paper", PAPERS)
def test_onojos_calc_print_through_pdfminer(paper: str) -> None:
    """pdfminer sets the running header of some pages amid a card (no page number next to it):
    it is still the page's header (before: KPI 0.83 A4 / 0.80 A3, schedule 0.92)."""
    found = parse(extract(_pdfs()[("onojo", paper)], "pdfminer").encode(), filename="onojo.txt")
    result = score(found, _from_text("onojo"))
    assert result.f1 == 1.0 and result.kpi_numbers == 1.0 and result.schedule == 1.0, result


@pytest.mark.parametrize(("paper", "kpi", "schedule"), [("A4", 0.73, 0.34), ("A3 landscape", 0.63, 0.30)])
def test_onojos_calc_print_through_plain_pdftotext(paper: str, kpi: float, schedule: float) -> None:
    """Without -layout each padded row of a card comes in pieces, in an order of their own
    (onojo_pieces): every card's title is back, and its KPI where every order its pieces can
    have gives the same values by year (before: no title, KPI 0). A schedule step's name is
    followed by the piece of its first years (「| 関係者との協議・調整」「| |→」: the second year);
    the marks of a row's later pieces have no column and stay out (schedule 0.19 → 0.35 / 0.31),
    so no step gets a year it does not have."""
    found = parse(pdftotext(_pdfs()[("onojo", paper)], layout=False).encode(), filename="onojo.txt")
    expected = _from_text("onojo")
    result = score(found, expected)
    assert result.f1 == 1.0 and result.codes == 1.0 and result.kpi_numbers >= kpi, result
    assert result.schedule >= schedule, result
    watching = by_title(found, "ICTを活用した子どもの見守り")
    assert [(e["fy"], e["label"]) for e in watching["schedule"][:2]] == [
        (2022, "先進事例の調査・研究"),
        (2023, "関係者との協議・調整／見守りシステムの構築"),
    ]
    steps = {
        (i["code"], e["fy"], label)
        for i in expected["initiatives"]
        for e in i["schedule"]
        for label in e["label"].split("／")
    }
    read = {
        (i["code"], e["fy"], label)
        for i in found["initiatives"]
        for e in i["schedule"]
        for label in e["label"].split("／")
    }
    assert len(read) >= 37 and read <= steps  # every step read is in its year
    titles = {i["code"]: i["title"] for i in found["initiatives"]}
    assert titles == {i["code"]: i["title"] for i in expected["initiatives"]}
    booking = by_title(found, "公共施設予約システムの更新")
    kgi, target = booking["indicators"]
    assert (kgi["name"], kgi["final_target"]["value"]) == ("年間施設利用件数", 98800)
    assert [(t["fy"], t["value"]) for t in target["targets"]] == [
        (2022, 98500),
        (2023, 98600),
        (2024, 98700),
        (2025, 98800),
    ]
    # four equal values in pieces: whatever their order, each year's is 0件
    nursery = by_title(found, "保育事務のデジタル化")
    assert [(t["fy"], t["text"]) for t in nursery["indicators"][1]["targets"]] == [
        (2022, "0件"),
        (2023, "0件"),
        (2024, "0件"),
        (2025, "0件"),
    ]
    # values cut into three pieces: their years are not guessed, the card says so
    cashless = by_title(found, "各種支払いのキャッシュレス化")
    assert [i["kind"] for i in cashless["indicators"]] == ["KGI"]
    assert any(
        "②各種支払いのキャッシュレス化の評価指標（KPI）の値" in w["message"] for w in found["warnings"]
    )
    # the pieces no label took: one warning per card, not one per piece (before: 181 warnings)
    pieces = [w["line"] for w in found["warnings"] if "断片" in w["message"]]
    assert len(pieces) == len(set(pieces)) <= 30
    assert not [w for w in found["warnings"] if "表の行を読めません" in w["message"]]


@pytest.mark.parametrize(("paper", "departments"), [("A4", 0.93), ("A3 landscape", 0.91)])
def test_hitas_calc_print_through_plain_pdftotext(paper: str, departments: float) -> None:
    """Without -layout each of 日田市's small tables comes as blocks in reading order; the plan
    is rebuilt from their kinds (hita_flow): every 取組 but one at most, with its code."""
    found = parse(pdftotext(_pdfs()[("hita", paper)], layout=False).encode(), filename="hita.txt")
    result = score(found, _from_text("hita"))
    assert result.f1 >= 0.98 and result.codes == 1.0 and result.departments >= departments, result
    assert result.schedule >= 0.90, result  # before: 0.86 / 0.89 (two cells wrapped side by side)


def test_hitas_a4_calc_print_through_pdfminer_deals_carried_statuses_back() -> None:
    """pdfminer carries a table's later statuses past the next codes on the Calc print too: the
    runs of tables whose statuses deal out are dealt back (hita_flow._pool_carried; schedule 0.578
    → 0.781). The A3 print (0.130) loses its years and statuses among the titles: not held."""
    found = parse(extract(_pdfs()[("hita", "A4")], "pdfminer").encode(), filename="hita.txt")
    result = score(found, _from_text("hita"))
    assert result.f1 >= 0.98 and result.codes >= 0.95, result
    assert result.schedule >= 0.77, result
