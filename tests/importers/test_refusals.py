"""A file the readers refuse is told in Japanese with what to do, never with the library's English
(「File is not a zip file」「field larger than field limit」「Expecting value」) appended; those
words ride along as the refusal's ``cause``, which the upload logs for the administrator."""

from __future__ import annotations

import errno
import io
import logging
import re
import zipfile

import pytest

from shinchoku.importers import ParseError, parse
from shinchoku.importers.errors import UNREADABLE_CSV, log_cause, os_reason
from shinchoku.importers.readers.delimited import read_delimited
from shinchoku.importers.readers.docx import UNREADABLE as UNREADABLE_DOCX
from shinchoku.importers.template import _csv_rows

from .test_docx import word_document

#: The Latin words a Japanese message may hold: names of formats and tools the staff know.
KNOWN = {"word", "docx", "pdf", "excel", "csv", "json"}


def english(message: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{3,}", message) if w.lower() not in KNOWN]


def _damaged_docx() -> bytes:
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>壊れた")
    return damaged.getvalue()


@pytest.mark.parametrize(
    ("data", "logged"),
    [
        (_damaged_docx(), "AttributeError"),
        (word_document("延岡市DX推進計画\n取組名\t担当課")[:3000], "BadZipFile"),  # a download cut short
    ],
)
def test_a_damaged_word_document_is_told_in_japanese_only_and_logged(caplog, data, logged) -> None:
    with pytest.raises(ParseError) as refused:
        parse(data, filename="計画.docx")
    assert str(refused.value) == UNREADABLE_DOCX and english(str(refused.value)) == []
    assert "保存し直す" in UNREADABLE_DOCX  # what to do
    with caplog.at_level(logging.WARNING, logger="shinchoku.importers"):
        log_cause(refused.value)
    assert logged in caplog.text and UNREADABLE_DOCX in caplog.text  # the library's words are for the administrator


@pytest.mark.parametrize("read", [read_delimited, _csv_rows])
def test_a_csv_with_a_quote_left_open_is_told_in_japanese_only(read) -> None:
    with pytest.raises(ParseError) as refused:
        read('取組名,担当課\n"窓口' + "x" * 200_000 + "\n")
    assert refused.value.message == UNREADABLE_CSV and refused.value.line == 2
    assert english(UNREADABLE_CSV) == [] and "field larger" in (refused.value.cause or "")


def test_a_plan_json_cut_short_is_told_in_japanese_with_the_line_and_column() -> None:
    with pytest.raises(ParseError) as refused:
        parse("{\"format\": \"shinchoku.plan/1\",\n \"plan\": {\"title\": \"延岡".encode(), filename="plan.json", layout="planjson")
    assert str(refused.value).startswith("2行目: JSON として読めません（20文字目付近で書き方が崩れています）。")
    assert english(str(refused.value)) == [] and "Unterminated string" in (refused.value.cause or "")


def test_a_rare_system_error_opening_a_file_is_told_in_japanese() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "読み取れませんでした。ファイルの場所と、開けるファイルかどうかを確かめてください"
    )


def test_a_lists_cells_a_line_each_give_its_numbered_titles() -> None:
    """Plain pdftotext of a ruled list (鏡原市, 橘台市 of batch 23; 久米原町, 蛍川町): the header's labels a line each, each
    row's number alone on its line and its 取組名 on the next, the rest scattered. When nothing else reads such a text
    (those four were refused), the last reader gives the rows' numbers and titles (the slow batches score them) and a
    note saying what was left out and what to give instead. Numbers that do not follow one another (「2」「3」 before
    their titles) are no such list."""
    from shinchoku.importers.readers.numbered_cells import read_numbered_cells
    from shinchoku.importers.readers.text import read_text

    lines = ["鏡見市ＤＸ推進計画", "No.", "取組名", "基本方針１", "担当課", "成果指標", "市民の利便性の向上"]
    rows = [["1", "行政手続のオンライン化"], ["2", "マイナンバーカードの利活用"], ["3", "窓口のデジタル化"],
            ["4", "公金収納のキャッシュレス化"]]  # fmt: skip
    for number, title in rows:
        lines += [number, title, "48", "250", "46.0%", "C"]
    document = read_numbered_cells(read_text("\n".join(lines)))
    assert document is not None
    (table,) = document.tables()
    assert [[cell.text for cell in row] for row in table.rows] == [["番号", "取組名"], *rows]
    assert [line.text for line in document.blocks() if hasattr(line, "text")] == ["鏡見市ＤＸ推進計画"]
    assert any("番号と取組名だけを読み取りました" in note for _, note in document.notes)
    scrambled = "\n".join(lines).replace("2\nマイナンバーカードの利活用\n", "2\n").replace("\n3\n", "\n3\nマイナンバーカードの利活用\n")
    assert read_numbered_cells(read_text(scrambled)) is None
