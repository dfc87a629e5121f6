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
