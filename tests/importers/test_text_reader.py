"""Extracted text with page furniture, form feeds and the sample layouts on top (issue 8).

A plan's text as a PDF viewer or ``pdftotext`` gives it carries the page furniture of every
page — page numbers, a running header with the plan's title, a footer — wherever the page
broke, inside a card or a table too. The text reader drops it (and notes it), so the layouts
read the same plan as from the clean sample text.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from shinchoku.importers import parse
from shinchoku.importers.readers.text import read_text
from shinchoku.importers.text import page_furniture

from ..conftest import SEED_FILES
from .scoring import score

TITLES = {
    "nobeoka": "延岡市情報政策推進計画",
    "onojo": "大野城市DX推進計画",
    "hita": "日田市DX推進計画",
    "izunokuni": "伊豆の国市DX推進計画",
    "shibata": "新発田市情報化推進計画",
}
COUNTS = {"nobeoka": 81, "onojo": 30, "hita": 65, "izunokuni": 31, "shibata": 43}


def with_furniture(text: str, title: str, style: str, every: int = 45) -> str:
    """``text`` with the furniture of a page break every ``every`` lines, wherever that falls."""
    lines = text.split("\n")
    pages = len(lines) // every + 1
    out: list[str] = []
    for index, line in enumerate(lines):
        if index and index % every == 0:
            page = index // every
            if style == "dash":  # footer 「- 3 -」, then the running header
                out += [f"- {page} -", title]
            elif style == "slash":  # 「3/12」 and a header with the date
                out += [f"{page}/{pages}", f"{title}　令和6年3月"]
            else:  # pdftotext: a bare page number, a form feed, the running header
                out += [f"{page}", "\f" + title]
        out.append(line)
    return "\n".join(out)


@cache
def _clean(name: str) -> dict[str, Any]:
    return parse(SEED_FILES[name])


@pytest.mark.parametrize("style", ["dash", "slash", "formfeed"])
@pytest.mark.parametrize("name", list(TITLES))
def test_a_sample_with_page_furniture_reads_as_the_clean_sample(name: str, style: str) -> None:
    every = 20 if name == "shibata" else 45  # 新発田市's 73 lines are long table rows
    text = with_furniture(SEED_FILES[name].read_text(encoding="utf-8"), TITLES[name], style, every)
    found = parse(text.encode(), filename=f"{name}.txt")
    result = score(found, _clean(name))
    assert result.f1 >= 0.97, result
    assert result.codes >= 0.95, result
    assert result.departments >= 0.90, result
    assert result.kpi_numbers >= 0.90, result
    assert result.schedule >= 0.80, result
    assert len(found["initiatives"]) == COUNTS[name]


def test_onojo_cards_keep_their_budget_across_page_furniture() -> None:
    text = with_furniture(SEED_FILES["onojo"].read_text(encoding="utf-8"), TITLES["onojo"], "dash", every=30)
    plan = parse(text.encode(), filename="onojo.txt")
    assert {e["fy"]: e["amount"] for e in plan["budget_total"]} == {
        2022: 48100,
        2023: 278100,
        2024: 249100,
        2025: 665100,
    }


def test_furniture_inside_a_table_is_dropped_and_form_feeds_start_pages() -> None:
    text = (
        "番号\t取組名\t担当課\n1\t電子申請\t情報政策課\n- 1 -\n\fDX計画\n2\t窓口改革\t市民課\n"
        "- 2 -\n\fDX計画\n3\t押印廃止\t総務課\n- 3 -\n\fDX計画\n4\tGIS\t都市計画課\n"
    )
    document = read_text(text)
    assert [line.text for line in document.lines()] == []  # page numbers and the running header
    rows = [row for table in document.tables() for row in table.texts()]
    assert [row[1] for row in rows] == ["取組名", "電子申請", "窓口改革", "押印廃止", "GIS"]
    assert len(document.pages) == 4
    last = list(document.tables())[-1]
    assert (last.row_locations[-1].page, last.row_locations[-1].line) == (4, 11)
    assert {note for _, note in document.notes} == {
        "ページ番号「- 1 -」などを各ページから除きました。",
        "柱（ヘッダー・フッター）「DX計画」を各ページから除きました。",
    }


def test_bare_numbers_are_page_numbers_only_next_to_a_form_feed() -> None:
    assert page_furniture(["計画", "12", "第一段落", "第二段落", "3", "第三段落"]) == set()
    pdftotext = ["第一段落", "1", "\f計画書", "第二段落", "2", "\f計画書", "第三段落"]
    assert page_furniture(pdftotext) == {1, 2, 4, 5}


def test_a_foots_title_and_number_a_blank_line_apart_are_furniture() -> None:
    """Plain pdftotext writes a foot printed as one line (「朝凪県デジタル推進計画【概要版】　　2」) as two paragraphs, a
    blank line between, the number its page's last line: both furniture (``text._footed_numbers``) — the 「2」 had
    started a row of the table above it."""
    foot = "朝凪県デジタル推進計画【概要版】"
    lines = [foot, "", "第一段落", "", foot, "", "1", "", "\f第二段落", "続き", "", foot, "", "2", "", "\f第三段落"]
    lines += ["", foot, "", "3", ""]
    assert page_furniture(lines) == {4, 6, 11, 13, 17, 19}
    # a number with more text after it on its page is no page's
    assert 13 not in page_furniture(lines[:14] + ["", "本文", "\f第三段落"])


def test_a_title_said_once_is_not_a_running_header() -> None:
    lines = ["延岡市情報政策推進計画", "第一段落", "- 1 -", "第二段落", "- 2 -", "第三段落"]
    assert page_furniture(lines) == {2, 4}


def test_the_cover_title_at_a_break_is_a_header_though_the_flow_sets_it_mid_page_too() -> None:
    """pdfminer sets a page's running header wherever the page's blocks fall: 日田市's A3 print has
    「日田市DX推進計画」 after the break on some pages and amid the page on others. At the break it is
    the header (left in, it ran into the title before it: 「個別最適な学びの推進日田市DX推進計画」), and
    amid a page too, where it repeats the cover's first line (line 11, before 「個別最適な学びの推進」);
    a table's header 「指標名」 under each 施策, one by chance after a break, stays the table's."""
    lines = [
        "日田市DX推進計画",
        "指標名",
        "公衆無線LANを整備した施設数",
        "- 1 -",
        "\f日田市DX推進計画",
        "施策1 地域の情報化",
        "指標名",
        "防災アプリの登録者数",
        "- 2 -",
        "\f指標名",
        "電子申請の件数",
        "日田市DX推進計画",
        "個別最適な学びの推進",
        "- 3 -",
        "\f施策2 窓口サービスの改善",
    ]
    assert page_furniture(lines) == {3, 4, 8, 11, 13}


def test_warnings_about_a_cleaned_text_name_the_original_line() -> None:
    text = with_furniture(SEED_FILES["hita"].read_text(encoding="utf-8"), TITLES["hita"], "dash")
    plan = parse(text.encode(), filename="hita.txt")
    clean = parse(SEED_FILES["hita"])
    moved = {w["message"]: w["line"] for w in plan["warnings"] if "ページ番号" not in w["message"]}
    original = {w["message"]: w["line"] for w in clean["warnings"]}
    shift = {m: moved[m] - original[m] for m in moved if m in original}
    # each warning names its line in the file as given: shifted by the furniture inserted above it
    assert shift and all(delta == 2 * ((original[m] - 1) // 45) for m, delta in shift.items())


def test_a_page_number_with_a_control_character_beside_it_is_one() -> None:
    """「12\\x1f」: a control character Python counts as blank stands beside a page's bare number
    (hypothesis found it: ``int("12\\x1f")`` raised, and the upload failed with a traceback)."""
    lines = ["計画書", "本文の一行目", "12\x1f", "\f計画書", "本文の二行目", "13\x1f", "\f計画書", "本文の三行目", "14"]
    assert {2, 5} <= page_furniture(lines)


def test_a_short_header_over_every_page_is_furniture_on_the_first_page_too() -> None:
    """「（案）」 at the top of every page: the first page's copy is no title; a long header there is the cover's title."""
    pages = ["（案）", "伊豆の国市DX推進計画", "第一段落", "- 1 -", "\f（案）", "第二段落", "- 2 -", "\f（案）", "第三段落"]
    assert page_furniture(pages) == {0, 3, 4, 6, 7}
    titled = ["伊豆の国市DX推進計画書", "第一段落", "- 1 -", "\f伊豆の国市DX推進計画書", "第二段落", "- 2 -", "\f伊豆の国市DX推進計画書"]
    assert 0 not in page_furniture(titled)


_PIPES_WITH_BREAKS = """# 青葉町DX推進計画　取組一覧

## 1　行政サービス

| No. | 取組 | 担当課 | 指標 | 基準値<br>（令和5年度） | 目標値<br>（令和8年度） |
|---|---|---|---|---|---|
| 1-1 | 電子申請の<br>拡充 | 住民課<br/>情報政策課 | 電子申請できる手続数<br>（手続） | 24 | 300 |
| 1-2 | 窓口の<BR>キャッシュレス化 | 会計課 | 対応窓口数 | 0<br>（令和5年度） | 4<br> |
| 1-3 | Web<br>会議の推進 | 総務課 | 会議数（回） | 5 | 20 |
"""


def test_a_line_break_written_in_a_markdown_pipe_cell_is_a_line_break_of_the_cell() -> None:
    """「<br>」 in a pipe cell (a pipe row is one line) is the cell's line break, wherever it stands: the cell reads as
    one of two lines from any other file — 担当課 two 課, a title or a name wrapped, a figure over its year."""
    rows = [row for table in read_text(_PIPES_WITH_BREAKS).tables() for row in table.texts()]
    assert rows[0][4] == "基準値\n（令和5年度）"
    assert rows[1][1:3] == ["電子申請の\n拡充", "住民課\n情報政策課"]
    assert rows[2][1] == "窓口の\nキャッシュレス化" and rows[2][5] == "4"
    plan = parse(_PIPES_WITH_BREAKS.encode(), filename="青葉町.md")
    read = {item["code"]: item for item in plan["initiatives"]}
    assert [read[code]["title"] for code in ("1-1", "1-2", "1-3")] == ["電子申請の拡充", "窓口のキャッシュレス化", "Web会議の推進"]
    assert read["1-1"]["departments"] == ["住民課", "情報政策課"]
    (first,) = read["1-1"]["indicators"]
    assert (first["name"], first["unit"], first["baseline"]["fy"], first["final_target"]["value"]) == (
        "電子申請できる手続数", "手続", 2023, 300
    )
    (second,) = read["1-2"]["indicators"]
    assert "<br" not in str(second) and second["final_target"]["text"] == "4"
