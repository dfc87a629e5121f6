"""Plans Microsoft Word and Excel saved as a web page (「Web ページ」), as municipalities put them on their sites:
``readers.html`` reads them as a browser shows them (``other/officepages.py`` writes them as Word and Excel do).

Measured before the reader knew them (F1, codes, 担当課, KPI, schedule against the text's reading): the samples as
Word writes them read exact but for 伊豆の国市 (担当課 0.968: 「財務課 (契約室)」 broken after its 「(」 read
「財務課 ( 契約室)」) and 大野城市 (KPI 0.967: 「全窓口*2」 broken before its 「*2」 read 「全窓口 *2」), filtered the same;
as Excel writes them, behind its spacer column A (a line merged across the sheet, or typed in its cell and running
over the cells right of it: the same figures): 日田市 schedule 0.015, 伊豆の国市 F1 0.061, 延岡市 refused
(「計画名（表紙の「…計画」）が見つかりません。」), 大野城市 F1 0.581, 新発田市 codes 0.628 / KPI 0.469 / schedule 0.108;
a book of two sheets saved as a frameset refused as no plan (「計画ファイルとして認識できません。…」)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import ParseError, load_source, parse
from shinchoku.importers.readers.html import read_html

from .other.officepages import (
    SHIOMI,
    SHIOMI_BOOK,
    SHIOMI_WORD,
    SHIOMI_WORD_FILTERED,
    SHIOMI_WORD_UNICODE,
    Sheet,
    excel_book_pages,
    excel_page,
    excel_sheet_page,
    shiomi_schedule_sheet,
    shiomi_sheet,
    word_page,
)
from .scoring import assert_exact, by_title, score

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
NAMES = sorted(p.stem for p in SAMPLES.glob("*.txt"))

_SAVED = {
    "word": lambda text: word_page(text),
    "word filtered": lambda text: word_page(text, filtered=True, charset="utf-8"),
    "excel": lambda text: excel_page(text),
    "excel, lines running over": lambda text: excel_page(text, merged_lines=False),
}


@pytest.mark.parametrize("how", list(_SAVED))
@pytest.mark.parametrize("sample", NAMES)
def test_a_sample_saved_as_a_web_page_by_word_or_excel_reads_as_its_text(sample: str, how: str) -> None:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    page = _SAVED[how](text)
    expected = parse(text.encode(), filename=f"{sample}.txt")
    assert_exact(score(parse(page, filename=f"{sample}.htm"), expected))


@pytest.mark.parametrize(
    ("page", "period"),
    [
        (SHIOMI_WORD, "計画期間\t令和7年度～令和10年度"),
        (SHIOMI_WORD_UNICODE, "計画期間\t令和7年度～令和10年度"),
        (SHIOMI_WORD_FILTERED, "計画期間" + "\xa0" * 6 + " 令和7年度～令和10年度"),
    ],
    ids=["web page", "unicode", "filtered"],
)
def test_a_plan_written_in_word_reads_as_the_plan_it_states(page: bytes, period: str) -> None:
    """汐見市: a title 「MsoTitle」, chapters ``<h1>``, 基本目標 headings Word numbers, each 取組 a list paragraph
    numbered ①②③ over its 項目 | 内容 table; Word's properties in conditional comments, ``<o:p>``, CRLF, source lines
    broken inside words. The list's number is the 取組's (「①　」, as a Word document's), no markup is text; a tab is a
    tab (``mso-tab-count``), filtered the blanks a browser shows. Saved in 「unicode」 (UTF-16 with its byte order
    mark, as Word saves a document Shift_JIS cannot hold) it is a web page still (before: read as a text, 1 取組)."""
    plan = parse(page, filename="shiomi_dx.htm")
    assert_exact(score(plan, SHIOMI))
    text = load_source(page, "shiomi_dx.htm").text or ""
    assert text.startswith(
        f"汐見市DX推進計画\n{period}\n第3章\u3000具体的な取組\n"
        "本章では、基本目標ごとに取り組む内容と成果指標を示します。\n基本目標1\u3000市民サービスの向上\n"
        "①\u3000書かない窓口の導入\n担当課\t市民課\n"
    )
    assert text.count("\xa0") == period.count("\xa0") and "mso" not in text and "Author" not in text
    assert (plan["municipality"]["name"], plan["plan"]["period"]) == (
        "汐見市",
        {"start_fy": 2025, "end_fy": 2028},
    )
    item = by_title(plan, "電子申請の拡充")
    assert (item["code"], item["departments"]) == ("1-2", ["総務課", "情報政策課"])
    [indicator] = item["indicators"]
    assert (indicator["name"], indicator["baseline"]["value"], indicator["final_target"]["value"]) == (
        "オンラインで申請できる手続の数",
        45,
        150,
    )
    assert by_title(plan, "RPA")["code"] == "2-1"


def test_a_plans_sheet_saved_by_excel_reads_as_the_plan_it_states() -> None:
    """汐見市's 取組一覧 in Excel: a spacer row and column A, the title running over the cells right of it, 基本目標
    merged down, 目標値 over R8 | R10, figures ``x:num`` shown 「1,500」 and 「40%」, two 課 on two lines."""
    page = excel_sheet_page(shiomi_sheet())
    plan = parse(page, filename="shiomi.htm")
    assert_exact(score(plan, SHIOMI_BOOK))
    item = by_title(plan, "RPA")
    [indicator] = item["indicators"]
    assert (item["code"], item["departments"]) == ("4", ["情報政策課"])
    assert [(t["fy"], t["value"]) for t in indicator["targets"]] == [(2026, 800), (2028, 1500)]
    cashless = by_title(plan, "キャッシュレス")["indicators"][0]
    assert (cashless["unit"], cashless["final_target"]["value"]) == ("%", 40)
    assert by_title(plan, "電子申請")["departments"] == ["総務課", "情報政策課"]


def test_a_book_excel_saved_as_a_frameset_is_refused_naming_its_sheets_pages() -> None:
    """A book of two sheets saved as a web page is a frameset (``shiomi.htm``) and a page per sheet: the frameset
    names the pages to take; a sheet's page reads as the sheet."""
    pages = excel_book_pages([shiomi_sheet(), shiomi_schedule_sheet()], stem="shiomi")
    assert list(pages) == ["shiomi.htm", "shiomi.files/sheet001.htm", "shiomi.files/sheet002.htm"]
    with pytest.raises(ParseError) as caught:
        parse(pages["shiomi.htm"], filename="shiomi.htm")
    assert caught.value.message == (
        "このファイルは Excel がブックを Web ページとして保存したときの枠だけのページで、表はシートごとのページにあります: "
        "shiomi.files/sheet001.htm（取組一覧）、shiomi.files/sheet002.htm（工程表）。"
        "計画の表があるシートのページ（.htm）を取り込んでください。"
    )
    assert_exact(score(parse(pages["shiomi.files/sheet001.htm"], filename="sheet001.htm"), SHIOMI_BOOK))


def test_a_frameset_of_other_pages_is_refused_naming_them() -> None:
    page = (
        "<html><head><title>計画</title></head><frameset cols='200,*'><frame src='menu.html'>"
        "<frame src='honbun.html'><noframes><body><p>フレーム対応のブラウザでご覧ください。</p></body></noframes>"
        "</frameset></html>"
    ).encode()
    with pytest.raises(ParseError) as caught:
        parse(page, filename="index.html")
    assert caught.value.message == (
        "このファイルはフレームだけのページで、本文は次のページにあります: menu.html、honbun.html。"
        "本文のページを保存して取り込んでください。"
    )


_WORD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\r\n'
    '<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\r\n'
    '<meta name=Generator content="Microsoft Word 15">\r\n</head>\r\n<body lang=JA>\r\n'
)


def test_in_a_page_word_wrote_a_break_beside_a_japanese_letter_is_no_blank() -> None:
    """Word breaks its source lines anywhere: between a half-width run's tag and the Japanese text after it too
    (a browser shows a blank there, Word reading its page none); a break between half-width words stays a blank."""
    body = (
        "<p class=MsoNormal>財務課 <span lang=EN-US>(\r\n</span>契約室<span lang=EN-US>)</span></p>\r\n"
        "<p class=MsoNormal>導入を決定した全窓口\r\n<span lang=EN-US>*2</span><span lang=EN-US><o:p></o:p></span></p>\r\n"
        "<p class=MsoNormal><span lang=EN-US>SCOPE\r\nOF</span> 推進\r\n計画</p>\r\n"
        "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\r\n</body></html>"
    )
    lines = [block.text for block in read_html((_WORD + body).encode()).pages[0].blocks]
    assert lines == ["財務課 (契約室)", "導入を決定した全窓口*2", "SCOPE OF 推進計画"]
    browser = [block.text for block in read_html(f"<html><body>{body}".encode()).pages[0].blocks]
    assert browser == ["財務課 ( 契約室)", "導入を決定した全窓口 *2", "SCOPE OF 推進計画"]


def test_a_word_lists_number_and_bullet_are_read_as_a_word_document_prints_them() -> None:
    """A list paragraph's number (``mso-list:Ignore``, or bare when filtered) before its 7-point padding: 「①　」; a
    bullet drawn in Wingdings (「l」): 「・」, a symbol in the text its own; what conditional comments hold is no
    text."""
    body = (
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>情報政策課</o:Author></o:DocumentProperties>"
        "</xml><![endif]-->\r\n"
        "<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if"
        " !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>①<span\r\nstyle='font:7.0pt \"Times New"
        " Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>書かない窓口の導入<o:p></o:p></p>\r\n"
        "<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt'>②<span style='font:7.0pt"
        ' "Times New Roman"\'>&nbsp;&nbsp; </span>電子申請の拡充</p>\r\n'
        "<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l1 level1 lfo2'><![if"
        " !supportLists]><span lang=EN-US style='font-family:Wingdings;mso-fareast-font-family:Wingdings'><span"
        " style='mso-list:Ignore'>l<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span></span>"
        "<![endif]>対象手続の拡大<span lang=EN-US>(R7</span>～<span lang=EN-US>)</span></p>\r\n"
        "<p class=MsoNormal>誤差<span style='font-family:Symbol'>±</span>5%</p>\r\n</body></html>"
    )
    lines = [block.text for block in read_html((_WORD + body).encode()).pages[0].blocks]
    assert lines == [
        "①\u3000書かない窓口の導入",
        "②\u3000電子申請の拡充",
        "・\u3000対象手続の拡大(R7～)",
        "誤差±5%",
    ]


def test_excels_sheet_is_one_table_without_its_spacer_column() -> None:
    """Excel's page of a sheet: the spacer column A (no cell's text) is no column; text running over the empty
    cells right of it (``mso-ignore:colspan``) stands in its own cell; a number its shown text (``x:num``); the
    hidden row of widths (``supportMisalignedColumns``) no row."""
    sheet = Sheet()
    sheet.widths[1] = 16
    sheet.put(2, 2, "取組一覧（令和7年度）", style="xl68")
    for at, label in enumerate(("取組名", "担当課", "現状値", "目標値")):
        sheet.put(3, 2 + at, label)
    sheet.put(4, 2, "RPAの導入")
    sheet.put(4, 3, "総務課\n情報政策課")
    sheet.put(4, 4, ("1,500", 1500.0))
    sheet.put(4, 5, ("40%", 0.4))
    page = excel_sheet_page(sheet)
    assert b"mso-ignore:colspan" in page and b'x:num="0.4"' in page and b"supportMisalignedColumns" in page
    [table] = read_html(page).pages[0].blocks
    assert [[(cell.text, cell.origin) for cell in row] for row in table.rows] == [
        [("", "own"), ("", "own"), ("", "own"), ("", "own")],
        [("取組一覧（令和7年度）", "own"), ("", "own"), ("", "own"), ("", "own")],
        [("取組名", "own"), ("担当課", "own"), ("現状値", "own"), ("目標値", "own")],
        [("RPAの導入", "own"), ("総務課\n情報政策課", "own"), ("1,500", "own"), ("40%", "own")],
    ]


def test_a_tab_word_wrote_as_blanks_is_a_tab_in_a_paragraph_and_a_blank_in_a_cell() -> None:
    """``mso-tab-count``: the tab (or tabs) Word set out as blanks up to its stop, as ``readers.docx`` reads a tab."""
    tab = "<span style='mso-tab-count:{}'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    body = (
        f"<p class=MsoNormal>担当課{tab.format(1)}市民課</p>\r\n<p class=MsoNormal>R7{tab.format(2)}検討</p>\r\n"
        f"<table><tr><td><p class=MsoNormal>現状値{tab.format(1)}0件</p></td></tr></table>\r\n</body></html>"
    )
    lines, cell = read_html((_WORD + body).encode()).pages[0].blocks  # tab-separated lines: rows, as a text's
    assert [[c.text for c in row] for row in lines.rows] == [["担当課", "市民課", ""], ["R7", "", "検討"]]
    assert cell.rows[0][0].text == "現状値 0件"
