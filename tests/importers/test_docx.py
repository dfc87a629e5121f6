"""Word documents (.docx), the file most plans are written in before they are published: the text batches of plans
no reader was written against (``other/unseen12t`` … ``unseen18t``) and the five samples, each typed into Word a
paragraph a line with its tables as Word tables, read as the plan they state; merged cells, heading styles, Word's
own numbering and files that are not what they say."""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from typing import Any

import docx
import pytest

from shinchoku.importers import ParseError, load_source, parse
from shinchoku.importers.document import Line, Table
from shinchoku.importers.readers.docx import read_docx

from ..conftest import SEED_FILES
from .other.worddocs import word_document
from .scoring import score
from .unseen_harness import assert_reads_as_stated

BATCHES = ("unseen12t", "unseen13t", "unseen14t", "unseen15t", "unseen18t")
_COLUMNED = re.compile(r"\S {3,}\S")


def _typed_documents() -> list[tuple[str, str]]:
    """The text batches' documents a person would type into Word: not the column-aligned ``pdftotext -layout``
    extracts, whose columns are blanks."""
    out = []
    for batch in BATCHES:
        module = importlib.import_module(f".other.{batch}", __package__)
        for name in sorted(module.PLANS):
            if not name.endswith((".txt", ".md")):
                continue
            lines = [line for line in module.document(name).decode("utf-8").split("\n") if line.strip()]
            if sum(1 for line in lines if _COLUMNED.search(line)) * 5 <= len(lines):
                out.append((batch, name))
    return out


TYPED = _typed_documents()


@pytest.mark.parametrize(("batch", "name"), TYPED, ids=[name for _, name in TYPED])
def test_a_plan_written_in_word_reads_as_the_plan_it_states(batch: str, name: str) -> None:
    module = importlib.import_module(f".other.{batch}", __package__)
    written = word_document(module.document(name).decode("utf-8"))
    plan: dict[str, Any] = dict(parse(written, filename=name.rsplit(".", 1)[0] + ".docx"))
    assert_reads_as_stated(plan, module.expected(name))


@pytest.mark.parametrize("name", ["nobeoka", "onojo", "hita", "izunokuni", "shibata"])
def test_a_sample_written_in_word_reads_as_its_text(name: str) -> None:
    text = SEED_FILES[name].read_text(encoding="utf-8")
    found = parse(word_document(text), filename=f"{name}.docx")
    assert found["plan"]["source"]["layout"] == name
    result = score(found, parse(SEED_FILES[name]))
    assert (result.f1, result.codes, result.departments, result.kpi_numbers, result.schedule) == (1, 1, 1, 1, 1)


def _saved(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_merged_cells_cover_their_slots_from_the_left_and_from_above() -> None:
    """「基本目標１」 merged down two rows and 「取組」 across two columns, as a Word table merges them."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["基本目標", "取組", ""], ["基本目標１", "1-1", "電子申請の拡充"], ["", "1-2", "窓口の改善"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).merge(table.cell(2, 0))
    read = read_docx(_saved(document))
    tables = [block for block in read.blocks() if isinstance(block, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [(cell.text, cell.origin) for cell in rows[0]] == [("基本目標", "own"), ("取組", "own"), ("取組", "left")]
    assert [(cell.text, cell.origin) for cell in rows[2]][0] == ("基本目標１", "above")
    assert rows[2][2].text == "窓口の改善" and rows[2][2].origin == "own"


def test_a_heading_style_gives_the_line_its_level_and_word_numbering_its_number() -> None:
    """「List Number」 numbers its paragraphs 「1.」「2.」 and 「List Bullet」 sets a bullet: printed, not in the text."""
    document = docx.Document()
    document.add_heading("第３章　取組の内容", level=1)
    document.add_paragraph("電子申請の拡充", style="List Number")
    document.add_paragraph("担当課：情報政策課")
    document.add_paragraph("窓口の改善", style="List Number")
    document.add_paragraph("子育ての手続から", style="List Bullet")
    read = read_docx(_saved(document))
    lines = [block for block in read.blocks() if isinstance(block, Line)]
    assert (lines[0].text, lines[0].level) == ("第３章　取組の内容", 1)
    assert [line.text for line in lines[1:]] == ["1.　電子申請の拡充", "担当課：情報政策課", "2.　窓口の改善", "・　子育ての手続から"]
    assert lines[1].level is None and lines[1].location.line == 2
    assert any("自動番号（段落番号・箇条書き）3 か所" in note for _, note in read.notes)


def test_a_word_file_that_is_not_one_is_refused_in_japanese_and_changes_nothing() -> None:
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>壊れた")
    with pytest.raises(ParseError, match="Word 文書（.docx）を開けません"):
        parse(damaged.getvalue(), filename="計画.docx")
    cut_short = word_document("延岡市DX推進計画\n取組名\t担当課")[:3000]  # a download broken off: no zip directory
    with pytest.raises(ParseError, match="Word 文書（.docx）を開けません"):
        parse(cut_short, filename="計画.docx")
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ParseError, match=r"Word 文書（\*\.docx）"):
        parse(old_word, filename="計画.doc")


def test_a_word_document_that_inflates_past_the_limit_is_refused_before_it_is_inflated() -> None:
    """A zip bomb named .docx (a document part of hundreds of megabytes in a small file) is refused by its size before
    python-docx inflates it. Walked: a 1.5 MB .docx took 3 GB and ten seconds in `shinchoku parse`, and the upload said
    only that the reading ran out of memory."""
    import tracemalloc

    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word_document("遠野市DX推進計画"))) as source, zipfile.ZipFile(
        bomb, "w", zipfile.ZIP_DEFLATED
    ) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b" " * (160 * 1024 * 1024) + b"</w:body>")
            out.writestr(info.filename, data)
    tracemalloc.start()
    try:
        with pytest.raises(ParseError, match=r"^Word 文書が展開後 100 MB を超えます"):
            parse(bomb.getvalue(), filename="計画.docx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB held reading a 160 MB document part"


def test_a_word_document_is_no_workbook() -> None:
    """A .docx is a zip as a workbook is: read as a document, never offered to the workbook readers."""
    source = load_source(word_document("延岡市DX推進計画\n取組名\t担当課\n電子申請の拡充\t情報政策課"), "plan.docx")
    assert source.is_docx and not source.is_xlsx
    assert "延岡市DX推進計画" in (source.text or "")


def test_word_numbers_its_outline_itself_and_the_codes_are_read() -> None:
    """A plan whose 基本目標, 施策 and 取組 Word numbers with a multilevel list (「基本目標１」「(1)」「①」): no number is in
    the text, each is the number Word prints; the 取組 are 1-1-1 …, each with its 担当課 and indicator."""
    from .other.worddocs import numbered_word_document

    written = numbered_word_document(
        [
            (None, "菜の花町デジタル化推進計画"),
            (None, "計画期間：令和７年度～令和11年度"),
            (0, "便利で身近な役場"),
            (1, "行政手続のオンライン化"),
            (2, "電子申請の拡充"),
            (None, "担当課：総務課"),
            (None, "指標：電子申請できる手続数　20手続（R6）→ 80手続（R11）"),
            (2, "キャッシュレス決済の導入"),
            (None, "担当課：会計課、税務課"),
            (None, "指標：キャッシュレス決済ができる窓口数　0窓口（R6）→ 6窓口（R11）"),
            (1, "情報発信の充実"),
            (2, "町ホームページの改善"),
            (None, "担当課：企画課"),
            (0, "デジタルでつながる地域"),
            (1, "デジタルデバイド対策"),
            (2, "スマホ教室の開催"),
            (None, "担当課：福祉課"),
            (None, "指標：スマホ教室の参加者数（年間）　40人（R6）→ 200人（R11）"),
        ],
        [("decimalFullWidth", "基本目標%1"), ("decimal", "(%2)"), ("decimalEnclosedCircle", "%3")],
    )
    plan = parse(written, filename="nanohana.docx")
    found = {
        item["code"]: (item["title"], item["departments"], [ind["final_target"]["value"] for ind in item["indicators"]])
        for item in plan["initiatives"]
    }
    assert found == {
        "1-1-1": ("電子申請の拡充", ["総務課"], [80]),
        "1-1-2": ("キャッシュレス決済の導入", ["会計課", "税務課"], [6]),
        "1-2-1": ("町ホームページの改善", ["企画課"], []),
        "2-1-1": ("スマホ教室の開催", ["福祉課"], [200]),
    }
    assert plan["municipality"]["name"] == "菜の花町"
    assert any("自動番号（段落番号・箇条書き）9 か所" in warning["message"] for warning in plan["warnings"])


def test_paragraphs_inside_a_content_control_are_read_in_their_place() -> None:
    """A form made in Word keeps its fields in content controls (``w:sdt``): their paragraphs are the document's."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("取組名：電子申請の拡充")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    control = parse_xml(
        f'<w:sdt xmlns:w="{w}"><w:sdtContent><w:p><w:r><w:t>担当課：情報政策課</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    document.element.body.insert(1, control)
    document.add_paragraph("成果指標：電子申請件数　1,200件（R5）→ 3,000件（R9）")
    lines = [block.text for block in read_docx(_saved(document)).blocks() if isinstance(block, Line)]
    assert lines == ["取組名：電子申請の拡充", "担当課：情報政策課", "成果指標：電子申請件数　1,200件（R5）→ 3,000件（R9）"]


def test_tracked_changes_read_as_they_would_be_accepted() -> None:
    """A draft under review: the inserted 「市民課、」 is the text, the deleted 「総務課」 is not."""
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.element.body.insert(
        0,
        parse_xml(
            f'<w:p xmlns:w="{w}"><w:r><w:t>担当課：</w:t></w:r>'
            f'<w:del w:id="1" w:author="企画課"><w:r><w:delText>総務課</w:delText></w:r></w:del>'
            f'<w:ins w:id="2" w:author="企画課"><w:r><w:t>市民課、</w:t></w:r></w:ins>'
            f"<w:r><w:t>情報政策課</w:t></w:r></w:p>"
        ),
    )
    lines = [block.text for block in read_docx(_saved(document)).blocks() if isinstance(block, Line)]
    assert lines == ["担当課：市民課、情報政策課"]


def test_each_row_of_a_word_table_is_found_at_a_line_of_its_own() -> None:
    """The preview's 「場所」 and a warning name the row a 取組 was read from: a table's rows are lines 2, 3, 4
    after the paragraph on line 1, and the paragraph after the table is line 5."""
    word = docx.Document()
    word.add_paragraph("基本目標１　行政のデジタル化")
    rows = [("番号", "取組名", "担当課"), ("1-1", "電子申請の拡充", "情報政策課"), ("1-2", "窓口の改善", "市民課")]
    table = word.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    word.add_paragraph("以上")
    blocks = read_docx(_saved(word)).pages[0].blocks
    assert [where.line for block in blocks if isinstance(block, Table) for where in block.row_locations] == [2, 3, 4]
    assert [block.location.line for block in blocks if isinstance(block, Line) and block.text == "以上"] == [5]


def _card_with_nested_kpi(document: Any, code: str, title: str, rows: list[tuple[str, ...]]) -> None:
    """A 事業 card 「事業番号 | 事業名 | 担当課」 whose 成果指標 cell (merged down two rows) holds the KPI table."""
    card = document.add_table(rows=5, cols=2)
    for r, (label, value) in enumerate([("事業番号", code), ("事業名", title), ("担当課", "情報政策課")]):
        card.cell(r, 0).text, card.cell(r, 1).text = label, value
    card.cell(3, 0).text = "成果指標"
    card.cell(3, 0).merge(card.cell(4, 0))
    card.cell(3, 1).merge(card.cell(4, 1))
    kpis = card.cell(3, 1).add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            kpis.cell(r, c).text = text


def test_a_table_nested_in_a_card_cell_is_read_as_the_cards_table() -> None:
    """A Word card holding its KPI table in a cell (merged down two rows: read once) gives its indicators with
    their yearly targets, as the same card printed with the KPI table under it does; before, the nested table
    was not read at all (紅葉台町's 事業カード: KPI 0)."""
    document = docx.Document()
    header = ("指標名", "単位", "現状値（R5）", "R7目標", "R8目標")
    _card_with_nested_kpi(document, "1-1", "電子申請の拡充", [header, ("電子申請できる手続数", "手続", "18", "40", "60")])
    _card_with_nested_kpi(document, "1-2", "窓口の改善", [header, ("窓口の待ち時間", "分", "30", "20", "15")])
    read = read_docx(_saved(document))
    assert [block.texts()[0][0] for block in read.blocks() if isinstance(block, Table)] == [
        "事業番号", "指標名", "事業番号", "指標名",
    ]  # fmt: skip
    plan = parse(_saved(document), filename="事業カード.docx", municipality="紅葉台町")
    found = {i["code"]: i["indicators"] for i in plan["initiatives"]}
    assert [(k["name"], k["baseline"]["value"], [(t["fy"], t["value"]) for t in k["targets"]]) for k in found["1-2"]] == [
        ("窓口の待ち時間", 30, [(2025, 20), (2026, 15)])
    ]
    assert [k["name"] for k in found["1-1"]] == ["電子申請できる手続数"]


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in() -> None:
    """Word writes a text box twice — the DrawingML shape and its VML copy for older readers (``mc:Fallback``): its
    paragraphs are read once, after the paragraph it is drawn in (柊町, batch 24: 【担当】【ＫＰＩ】 in a box under each
    取組's heading; first not read at all)."""
    from docx.oxml import parse_xml

    from .other.unseen24 import _text_box

    document = docx.Document()
    document.add_paragraph("取組１　電子申請の拡充")
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(_text_box(1, ["【担当】住民課、総務課", "【ＫＰＩ】電子申請できる手続数"])))
    document.add_paragraph("取組２　証明書のコンビニ交付")
    read = read_docx(_saved(document))
    assert [block.text for block in read.blocks() if isinstance(block, Line)] == [
        "取組１　電子申請の拡充",
        "【担当】住民課、総務課",
        "【ＫＰＩ】電子申請できる手続数",
        "取組２　証明書のコンビニ交付",
    ]
