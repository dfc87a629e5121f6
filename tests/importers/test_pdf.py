"""The PDF reader on small PDFs printed by Chromium, one per trap real plans set.

Each PDF is printed once and cached (samplepdf.print_html); the traps: radical code points
for common kanji, cell backgrounds that look like ruling lines, drawn 工程表 bars, pages
stored rotated, header rows repeated on every page, merged cells and rows crossing a page
break, page numbers and running headers, vertical text, a scan without a text layer, and
hostile files.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from shinchoku.importers import ParseError, load_source, parse
from shinchoku.importers.document import Table
from shinchoku.importers.readers.glyphs import repair_glyphs
from shinchoku.importers.readers.pdf import SCANNED, read_pdf
from shinchoku.importers.render import render

from .samplepdf import print_html

pytestmark = pytest.mark.slow

STYLE = (
    "@page { size: A4; margin: 18mm 14mm; @bottom-center { content: '- ' counter(page) ' -'; font-size: 9pt; } }"
    "body { font-family: 'IPAexGothic', sans-serif; font-size: 9pt; }"
    "table { border-collapse: collapse; width: 100%; margin: 4pt 0; }"
    "td, th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; font-weight: normal; }"
    "p { margin: 2pt 0; }"
)


def _pdf(body: str, key: str, style: str = "") -> bytes:
    page = f"<!doctype html><html lang=ja><meta charset=utf-8><style>{STYLE}{style}</style><body>{body}</body></html>"
    return print_html(page, f"test-{key}").read_bytes()


def _tables(data: bytes) -> list[Table]:
    return list(read_pdf(data).tables())


def test_vertical_forms_become_the_brackets_of_a_line():
    """延岡市's PDF writes two titles' brackets with the font's vertical forms (︵︶ ﹁﹂): read as the
    text's （） and 「」, the titles are the plan's and a re-import changes nothing."""
    assert (
        repair_glyphs("自治体システムの標準化・共通化\ufe35ガバメントクラウドへの移行\ufe36")
        == "自治体システムの標準化・共通化（ガバメントクラウドへの移行）"
    )
    assert repair_glyphs("のべおか産品ECサイト\ufe41のべちよる\ufe42の活用") == "のべおか産品ECサイト「のべちよる」の活用"


def test_radicals_become_the_kanji_they_stand_for():
    # U+2F45 KANGXI RADICAL SQUARE, U+2EA0 CJK RADICAL CIVILIAN, U+2F64 KANGXI RADICAL USE
    assert repair_glyphs("市\u2ea0目線の\u2f45針を利\u2f64する") == "市民目線の方針を利用する"
    # the supplement block has no NFKC mapping: the table does it
    assert repair_glyphs("\u2ed1") == "長" and repair_glyphs("\u2ee9") == "黄"
    # Kangxi radicals a Japanese font uses for 戸 and 黄: the Japanese form, not NFKC's 戶 / 黃.
    assert repair_glyphs("\u2f3e籍・住民票") == "戸籍・住民票" and repair_glyphs("\u2fc8色") == "黄色"
    # and for 黒 and 青 (黒潮市 as IPAex prints it: ⿊潮市), never NFKC's 黑 / 靑
    assert repair_glyphs("\u2fca潮市") == "黒潮市" and repair_glyphs("\u2fad森県") == "青森県"
    assert (
        repair_glyphs("全角１２３と〜") == "全角１２３と～"
    )  # digits untouched; wave dash as Windows writes it


def test_chromium_pdf_text_has_the_kanji_not_the_radicals():
    data = _pdf("<table><tr><td>市民目線の情報発信</td><td>利用方法</td></tr></table>", "radicals")
    # IPAex's ToUnicode maps 民 and 用 to radicals (U+2EA0, U+2F64): the reader repairs them
    (table,) = _tables(data)
    assert table.texts() == [["市民目線の情報発信", "利用方法"]]


def test_cell_backgrounds_are_not_ruling_lines():
    body = (
        "<table><tr style='background:#ccc'><td>番号</td><td>取組名</td><td>担当課</td></tr>"
        "<tr><td>1</td><td style='background:#ffe08a'>電子申請の拡充</td><td>情報政策課</td></tr>"
        "<tr><td>2</td><td>窓口のキャッシュレス化</td><td style='background:#9cf'>市民課</td></tr></table>"
    )
    (table,) = _tables(_pdf(body, "backgrounds"))
    assert table.texts() == [
        ["番号", "取組名", "担当課"],
        ["1", "電子申請の拡充", "情報政策課"],
        ["2", "窓口のキャッシュレス化", "市民課"],
    ]
    assert not any(cell.bar for row in table.rows for cell in row)


def test_drawn_bars_mark_the_years_they_cover():
    bar = "<div style='height:5pt;background:#1f4e9a;margin:3pt -3pt'></div>"
    body = (
        "<table><tr><td>取組</td><td>R5</td><td>R6</td><td>R7</td><td>R8</td></tr>"
        f"<tr><td>電子申請の拡充</td><td>検討</td><td>{bar}</td><td>{bar}</td><td></td></tr>"
        f"<tr><td>窓口改革</td><td></td><td></td><td>{bar}</td><td>{bar}</td></tr></table>"
    )
    (table,) = _tables(_pdf(body, "bars"))
    assert [[cell.bar for cell in row[1:]] for row in table.rows] == [
        [False, False, False, False],
        [False, True, True, False],
        [False, False, True, True],
    ]
    text = render(read_pdf(_pdf(body, "bars")))
    assert "電子申請の拡充\t検討\t→\t→\t\n" in text
    assert "窓口改革\t\t\t→\t→\n" in text


def test_shaded_year_cells_are_a_bar_and_a_striped_row_is_not():
    """A 工程表 printed from Word or Excel with its bars as shaded year cells (nothing typed in them):
    each shaded empty cell is a year the bar covers, read by the generic tables as the schedule; a
    row whose first cell is shaded too is a striped table's, no bar."""
    on = "<td style='background:#4f81bd'></td>"
    body = (
        "<p>北山町DX推進計画 工程表（令和6年度～令和9年度）</p>"
        "<table><tr><td>No</td><td>取組</td><td>担当課</td><td>R6</td><td>R7</td><td>R8</td><td>R9</td></tr>"
        f"<tr><td>1</td><td>電子申請の拡充</td><td>総務課</td>{on * 4}</tr>"
        f"<tr><td>2</td><td>公共施設予約のオンライン化</td><td>生涯学習課</td><td></td>"
        f"<td style='background:#4f81bd'>試行</td>{on}<td></td></tr>"
        "<tr style='background:#dde'><td>3</td><td>庁内無線LANの整備</td><td>総務課</td>"
        "<td>●</td><td></td><td></td><td></td></tr></table>"
    )
    data = _pdf(body, "shaded-years", "* { print-color-adjust: exact; -webkit-print-color-adjust: exact; }")
    plan = parse(data, filename="工程表.pdf")
    assert [[(e["fy"], e["label"]) for e in i["schedule"]] for i in plan["initiatives"]] == [
        [(2024, None), (2025, None), (2026, None), (2027, None)],
        [(2025, "試行"), (2026, "試行")],
        [(2024, "実施")],  # its ● alone: the shading is the stripe's
    ]


def test_a_page_stored_rotated_reads_upright():
    body = "<table><tr><td>番号</td><td>取組名</td></tr><tr><td>1</td><td>電子申請の拡充</td></tr></table>"
    upright = _pdf(body, "rotate")
    document = pdfium.PdfDocument(upright)
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        turn = pdfium.PdfMatrix(0, 1, -1, 0, height, 0)  # content turned a quarter to the left …
        for obj in list(page.get_objects()):
            obj.transform(turn)
        page.set_mediabox(0, 0, height, width)
        page.set_cropbox(0, 0, height, width)
        page.gen_content()
        page.set_rotation(90)  # … and the page told to show it turned back
    out = io.BytesIO()
    document.save(out)
    rotated = out.getvalue()
    assert b"/Rotate 90" in rotated
    assert [t.texts() for t in _tables(rotated)] == [[["番号", "取組名"], ["1", "電子申請の拡充"]]]


def _long_table(rows: int, *, thead: bool, merged: int = 0) -> str:
    head = "<tr><th>番号</th><th>分野</th><th>取組名</th><th>担当課</th></tr>"
    body = []
    for n in range(1, rows + 1):
        section = ""
        if merged and n == 1:
            section = f"<td rowspan='{merged}'>行政手続のオンライン化</td>"
        elif not merged or n > merged:
            section = "<td>分野B</td>"
        body.append(f"<tr><td>{n}</td>{section}<td>取組その{n}の推進</td><td>情報政策課</td></tr>")
    if thead:
        return f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"
    return f"<table>{head}{''.join(body)}</table>"


def test_a_table_over_several_pages_is_one_table_with_its_header_once():
    data = _pdf(_long_table(90, thead=True), "thead")
    document = read_pdf(data)
    assert len(document.pages) >= 2
    (table,) = document.tables()
    texts = table.texts()
    assert texts[0] == ["番号", "分野", "取組名", "担当課"]
    assert [row[0] for row in texts[1:]] == [str(n) for n in range(1, 91)]
    assert any("見出し行" in note for _, note in document.notes)
    assert table.row_location(90).page == len(document.pages)


def test_a_header_printed_again_on_every_page_is_one_warning_naming_the_pages():
    """A 取組一覧 of several pages whose header row is printed again on each: one note naming the pages, as a running
    header is one (walked: a 40-page plan's preview listed 「前のページから続く表の見出し行（繰り返し）を除きました。」 39
    times, one a page, over the warnings that asked for a look)."""
    data = _pdf(_long_table(200, thead=True), "thead200")
    document = read_pdf(data)
    last = len(document.pages)
    assert last >= 4
    assert [(where.page, note) for where, note in document.notes if "見出し行" in note] == [
        (2, f"前のページから続く表の見出し行（繰り返し）を、2〜{last}ページの各ページで除きました。")
    ]


def test_a_merged_cell_crossing_a_page_break_covers_the_rows_on_the_next_page():
    data = _pdf(_long_table(70, thead=False, merged=60), "rowspan")
    document = read_pdf(data)
    assert len(document.pages) >= 2
    (table,) = document.tables()
    rows = table.rows
    assert [row[0].text for row in rows[1:]] == [str(n) for n in range(1, 71)]
    assert rows[1][1].text == "行政手続のオンライン化" and rows[1][1].origin == "own"
    # every row the merged cell spans, on either page, is covered from above and carries its text
    assert all(
        rows[n][1].origin == "above" and rows[n][1].text == "行政手続のオンライン化" for n in range(2, 61)
    )
    assert rows[61][1].text == "分野B" and rows[61][1].origin == "own"
    # the rendering leaves the covered slots empty, as the extracted texts do
    lines = render(document).splitlines()
    assert "2\t\t取組その2の推進\t情報政策課" in lines


def test_a_row_cut_by_a_page_break_is_one_row():
    filler = "".join(f"<p>本文の段落その{n}。</p>" for n in range(62))
    tall = "".join(f"取組内容の説明その{n}。" for n in range(1, 40))
    body = (
        filler
        + f"<table><tr><td>1</td><td>電子申請の拡充</td><td>{tall}</td><td>情報政策課</td></tr></table>"
    )
    (table,) = _tables(_pdf(body, "cutrow"))
    assert len(table.rows) == 1
    assert table.rows[0][1].text == "電子申請の拡充"
    assert table.rows[0][2].text == tall


def test_page_numbers_and_running_headers_are_dropped_and_noted():
    style = "@page { @top-center { content: '大野城市DX推進計画'; font-size: 9pt; } }"
    body = "".join(f"<p>第{n}段落の本文です。</p>" for n in range(1, 180))
    document = read_pdf(_pdf(body, "furniture", style))
    assert len(document.pages) >= 2
    texts = [line.text for line in document.lines()]
    assert "第1段落の本文です。" in texts and "第179段落の本文です。" in texts
    assert not any("大野城市DX推進計画" in t or t.startswith("- ") for t in texts)
    notes = " ".join(note for _, note in document.notes)
    assert "ページ番号" in notes and "大野城市DX推進計画" in notes


def test_vertical_text_reads_top_to_bottom_and_wrapped_cells_join():
    body = (
        "<table><tr><td style='writing-mode: vertical-rl'>市民向け</td>"
        "<td style='width:60pt'>窓口業務におけるオンライン申請の拡充</td><td>Web Accessibility Guidelines</td></tr></table>"
    )
    (table,) = _tables(_pdf(body, "vertical", "td:last-child { width: 40pt; }"))
    assert table.texts() == [
        ["市民向け", "窓口業務におけるオンライン申請の拡充", "Web Accessibility Guidelines"]
    ]


def test_a_scan_without_text_gets_a_message_saying_what_to_do():
    body = "<div style='width:400pt;height:500pt;background:linear-gradient(#888,#eee)'></div>"
    with pytest.raises(ParseError) as caught:
        read_pdf(_pdf(body, "scan"))
    assert caught.value.message == SCANNED.format(pages=1)
    assert caught.value.message.startswith("PDFに文字情報がありません（1ページ。白紙か、スキャンした画像のPDFです）。OCR済み")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"\x00\xff garbage" * 200,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        b"%PDF-",
    ],
)
def test_a_broken_pdf_is_a_parse_error(data):
    with pytest.raises(ParseError) as caught:
        load_source(data, filename="plan.pdf")
    assert "PDF" in caught.value.message


def test_page_limit():
    data = _pdf(_long_table(90, thead=True), "thead")
    with pytest.raises(ParseError) as caught:
        read_pdf(data, max_pages=1)
    assert "ページ数が多すぎます" in caught.value.message


def test_load_source_renders_a_pdf_for_the_layouts_and_locates_its_lines():
    data = _pdf(_long_table(90, thead=True), "thead")
    source = load_source(data, filename="plan.pdf")
    assert source.is_pdf and source.document is not None and source.locations is not None
    lines = source.lines
    assert lines[0] == "番号\t分野\t取組名\t担当課"
    assert lines.count("番号\t分野\t取組名\t担当課") == 1
    index = lines.index("90\t分野B\t取組その90の推進\t情報政策課")
    assert source.locations[index].page == len(source.document.pages)


def test_a_pdf_of_an_unseen_plan_is_read_by_the_generic_layout_parsing_the_pdf_once(monkeypatch):
    rows = "".join(
        f"<tr><td>{n}</td><td>取組その{n}の推進</td><td>情報政策課</td><td>申請件数</td><td>{n * 10}件</td>"
        f"<td>{n * 20}件</td></tr>"
        for n in range(1, 21)
    )
    body = (
        "<p>川西町DX推進計画 進捗状況一覧</p><table><tr><td>番号</td><td>取組名</td><td>担当課</td>"
        f"<td>指標</td><td>基準値</td><td>目標値</td></tr>{rows}</table>"
    )
    data = _pdf(body, "generic")
    from shinchoku.importers.readers import pdf as reader

    calls = []
    real = reader.read_pdf
    monkeypatch.setattr(reader, "read_pdf", lambda data, **kw: calls.append(1) or real(data, **kw))
    plan = parse(data, filename="list.pdf")
    assert len(calls) == 1
    assert len(plan["initiatives"]) == 20
    first = plan["initiatives"][0]
    assert (first["title"], first["departments"]) == ("取組その1の推進", ["情報政策課"])
    assert first["indicators"][0]["baseline"]["value"] == 10


def test_a_furniture_warning_writes_a_ligature_as_its_letters() -> None:
    """Chromium's print footer 「file:///…」 came out of the PDF as 「ﬁle:///…」 (U+FB01) in the preview's warning
    (walked); only the Latin ligatures change, the plan's own full-width letters stay as printed."""
    from shinchoku.importers.readers.pdf import _unligatured

    assert _unligatured("ﬁle:///tmp/plan.html 1/3") == "file:///tmp/plan.html 1/3"
    assert _unligatured("那須烏山市ＤＸ推進計画") == "那須烏山市ＤＸ推進計画"


def test_a_page_too_big_to_inflate_is_said_so_not_called_broken(monkeypatch):
    """A PDF bomb (a page's stream compressed a thousandfold) runs the reader out of memory on that page: the message
    says the page is too big once inflated, not that the file may be broken (the walk's 816 KB PDF of an 800 MB
    stream said 「…ページ目を読めません（ファイルが壊れている可能性があります）」)."""
    import shinchoku.importers.readers.pdf as reader

    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    out = io.BytesIO()
    blank.save(out)

    def inflated(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(reader, "_read_page", inflated)
    with pytest.raises(ParseError) as caught:
        read_pdf(out.getvalue())
    assert caught.value.message.startswith("PDFの1ページ目は、展開すると大きすぎて読めません")


def test_a_table_goes_on_over_the_page_whose_column_edges_pdfplumber_snapped_apart() -> None:
    """琴浦野村's card (Writer, batch 37) cut under its row of years: its label column's edge, drawn at 117.0 on both
    pages, is read 115.8 on one and 118.2 on the next (pdfplumber snaps a rule to those near it, up to 3 points), and the
    table's 「スケジュール | 移行準備 | 移行 | 運用 | →」 was read as a table of its own, its steps under no year. The same
    columns within pdfplumber's snap are the same table; a column further off is another's."""
    from shinchoku.importers.readers.pdf import _Grid, _same_table

    cut = _Grid(table=Table(rows=[]), top=664.1, bottom=760.7, columns=[56.7, 115.8, 242.6, 304.6, 418.5, 480.5])
    rest = _Grid(table=Table(rows=[]), top=56.8, bottom=306.7, columns=[56.7, 118.2, 242.6, 304.6, 419.9, 480.5])
    other = _Grid(table=Table(rows=[]), top=56.8, bottom=306.7, columns=[56.7, 124.0, 242.6, 304.6, 419.9, 480.5])
    assert _same_table(cut, rest)
    assert not _same_table(cut, other)
