"""Files that are not a plan format shinchoku reads, named for what they are, with what to do.

The importers decide from the content, not the name: a PDF starts with ``%PDF-``, a workbook is
a zip holding ``xl/`` (or an Excel 97–2003 compound file, read as the .xlsx it saves to by
``readers.xls``; an OpenDocument sheet, .ods, as the .xlsx Calc saves it to by ``readers.ods``), anything else is
read as text. Without this check a program renamed to .pdf is called "not a text file", and an OpenDocument text
(.odt, a zip like .docx) "not a plan" — neither tells the plan office what to save the file as.

Whether a file is a Word document or a web page is told here too (``is_docx``, ``is_html``), by a look at its first
bytes: every parse asks it, and asking of the readers (``readers.docx``, ``readers.html``) imported them, their
patterns and ``html.parser`` with every text. ``zipfile`` is imported when a zip arrives.
"""

from __future__ import annotations

import io
import re

from .errors import ParseError

#: The names of the files a plan is read from (the upload's file picker, a folder's import): what ``READABLE`` says.
PLAN_SUFFIXES = (
    *(".pdf", ".xlsx", ".xls", ".ods", ".docx", ".html", ".htm"),
    *(".csv", ".tsv", ".txt", ".md", ".json"),
)
#: A folder Word or Excel saves beside a web page (Japanese Office's 「計画.files」, the English 「計画_files」): its
#: pages are the page's parts (a book's sheets, its tab strip), not plans of their own.
OFFICE_PARTS_FOLDER = (".files", "_files")
#: What the readers read, for the messages.
READABLE = "読み取れるのは PDF、Excel（.xlsx・.xls）、LibreOffice Calc（.ods）、Word（.docx）、Web ページ（.html）、CSV・テキスト、Plan JSON です。"
#: Excel 97–2003 (.xls, read as the .xlsx it saves to: readers.xls) and Word 97–2003 (.doc, named there)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_OPENDOCUMENT = "application/vnd.oasis.opendocument."


def refuse_unreadable(data: bytes) -> None:
    """ParseError (Japanese, saying what to do) for a file of a kind no reader reads; else nothing."""
    if data.startswith(_ZIP_MAGIC):
        _refuse_other_zip(data)
    elif b"\x00" in data[:8192] and not data.startswith(b"%PDF-") and not _utf16(data):
        raise ParseError(
            f"計画ファイルの形式ではありません（バイナリデータを含む、プログラムや画像などのファイルです）。{READABLE}"
        )


def _utf16(data: bytes) -> bool:
    """A text in UTF-16: with its byte order mark, or without (a system's CSV export, ``text.utf16_unmarked``)."""
    from .text import utf16_unmarked

    return data.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_unmarked(data) is not None


def _refuse_other_zip(data: bytes) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            kind = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return  # a damaged workbook: the workbook reader says so
    if any(name.startswith("xl/") for name in names):
        return
    if "word/document.xml" in names:
        return  # a Word document: readers.docx reads it
    if kind.startswith(_OPENDOCUMENT):
        raise ParseError(
            f"OpenDocument 形式の文書は読めません。Word 文書（.docx）か PDF として保存してから取り込んでください。{READABLE}"
        )
    # Any other zip: the workbook readers say it is not an Excel book (tests/importers/test_template.py).


def is_ods(data: bytes, filename: str = "") -> bool:
    """Whether ``data`` is an OpenDocument spreadsheet (LibreOffice Calc's .ods): a zip whose ``mimetype`` member says
    so — read as the .xlsx it saves to (``readers.ods``) — or a zip too damaged to read, named .ods (told it is an .ods
    that cannot be read, not an Excel file: as :func:`is_docx`)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            kind = archive.read("mimetype")[:100].decode("ascii", "replace")
    except KeyError:  # no mimetype: no OpenDocument file
        return False
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return filename.lower().endswith(".ods")
    return kind.startswith(_OPENDOCUMENT + "spreadsheet")


def is_docx(data: bytes, filename: str = "") -> bool:
    """Whether ``data`` is a Word document: a zip holding ``word/document.xml`` — or a zip too damaged to list, named
    .docx (cut short in a download: told it is a Word document that cannot be opened, not an Excel file)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, RuntimeError):
        return filename.lower().endswith(".docx")


#: How a web page starts (after a byte order mark, blanks and comments): what no plan's text starts with.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)[\s>]", re.I | re.S
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def is_html(data: bytes) -> bool:
    """Whether ``data`` is a web page: it starts as one (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<meta>``) — in
    UTF-16 with its byte order mark too (Word's 「Web ページ」 of a document Shift_JIS cannot hold: 「charset=unicode」)."""
    head = data[:4096]
    if head.startswith(UTF16_BOMS):
        head = head[: len(head) // 2 * 2].decode("utf-16", errors="replace").encode("utf-8")
    return _HTML_START.match(head) is not None
