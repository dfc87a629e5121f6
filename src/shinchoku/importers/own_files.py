"""Files shinchoku itself wrote that are not a plan, told for what they are instead of read as one.

A round's Excel input sheet renamed 「…進捗管理表_入力用_総務課.xlsx」 and uploaded as the plan was read as a table of
取組 (番号・取組・指標 are its columns): its preview warned that much of the plan would change but offered the import,
and confirmed it made the plan's period the round's two years, took the R8–R10 targets and 工程 away, retired three
取組 and read the 前年度実績 column as actuals (found walking a round). The committee report printed to PDF was taken
for a plan too. These files are the app's own outputs, of data already in it: nothing in them is a new edition of the
plan, so each is refused with what it is and where it belongs, and nothing changes.

What marks each (docs/importers.md 「shinchoku が書き出したファイル」):

- the 入力用 workbook: its custom document property ``ROUND_PROPERTY`` (``exports.input_sheet.mark_round``);
- the 進捗管理表 and 全体工程表 workbooks: the author ``CREATOR`` with the title they are written with;
- a page of the app printed to PDF or saved as a web page (the committee report): the page title's ``PAGE_TITLE_END``,
  which browsers keep as the PDF's title; the committee report without it, by the captions it prints
  (``COMMITTEE_MARKS``);
- the open-data CSVs: the header they are written with (``OPEN_DATA_HEADER_START`` then, further on, 取組ID) and, in
  the rows, the app's own 取組ID 「P5-I196」 (``OWN_INITIATIVE_ID``) — a municipality's list with columns 計画ID and
  取組ID of its own is a plan; its JSON, by its envelope.

The 進捗管理表 and 全体工程表 are refused only while they are still the export as written: author, title, sheet names
(``_SHEETS``) and the title row of the first sheet unchanged. One edited into a plan — its sheet renamed or its title
row rewritten, as the refusal suggests — is read as any other workbook (Excel and openpyxl keep author and title).

Plan JSON (``plans/<id>/plan.json``) is the plan itself, written to be read back, and the plan template is what a plan
office fills: neither is refused. The marks are read without trusting them (a mark's round title is shown, escaped,
never acted on); a file without one is read as any other.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import zipfile
from xml.etree import ElementTree

from .errors import ParseError

#: The author every workbook shinchoku writes names (``openpyxl``'s ``properties.creator``).
CREATOR = "shinchoku"
#: The custom document property naming the round an input sheet is for (signed by ``exports.input_sheet``).
ROUND_PROPERTY = "shinchoku_round"
#: How the title of every page of the app ends (``web/templates/shinchoku/base.html``): the PDF a browser prints keeps it.
PAGE_TITLE_END = "｜shinchoku"
#: Two columns of every open-data dataset (``exports.opendata``).
OPEN_DATA_KEYS = ("計画ID", "取組ID")
#: How every open-data CSV's header begins (``exports.opendata.MUNICIPALITY_COLUMNS``' first four headers).
OPEN_DATA_HEADER_START = ("団体コード", "都道府県", "自治体名", "計画ID")
#: The 取組ID the open data writes (``exports.opendata.initiative_key``): 「P計画ID-I番号」.
OWN_INITIATIVE_ID = re.compile(r"P(\d+)-I\d+")
#: How many rows of a CSV are read to tell it is the open data's.
_ROWS_READ = 50

#: Where a plan comes from instead: what every refusal ends with.
_PLAN_INSTEAD = (
    "計画を取り込む（改訂する）ときは、計画書そのもの（PDF・Excel・Word など）か、"
    "計画のオープンデータのページからダウンロードできる Plan JSON を取り込んでください。"
)
#: Workbook titles (``exports.workbooks`` / ``exports.input_sheet``) → what the file is, with the sheet names it is
#: written with (None: refused whatever they are). The input sheet's title before the 進捗管理表's: it holds those
#: words too.
_WORKBOOKS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("進捗管理表（入力用）", "進捗管理表の入力用ファイル（Excel）", None),
    ("進捗管理表", "進捗管理表（Excel）", ("進捗管理表", "集計")),
    ("全体工程表", "全体工程表（Excel）", ("全体工程表",)),
)
#: The parts of a workbook's properties read, and the most of each read (a larger one is no workbook of ours).
_CORE, _CUSTOM, _BOOK = "docProps/core.xml", "docProps/custom.xml", "xl/workbook.xml"
_MOST_BYTES = 256 * 1024
_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
}
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def refuse_own_files(data: bytes) -> None:
    """ParseError naming the file and where it belongs when ``data`` is a workbook, a PDF or a web page shinchoku wrote
    that is not a plan; else nothing. Asked before the file is read: a PDF's pages are not read to be refused."""
    what = None
    if data.startswith(b"PK\x03\x04"):
        what = _own_workbook(data)
    elif data.startswith(b"%PDF-"):
        what = _printed_page(_pdf_title(data), "PDF")
    elif _HTML_TITLE.search(data[:16384]):
        what = _saved_page(data)
    if what is not None:
        raise ParseError(what)


#: What the committee report prints whatever its plan (``exports/templates/exports/committee.html``'s captions): its
#: text when the PDF keeps no title (printed through a PDF printer driver, pasted into Word), blanks aside.
COMMITTEE_MARKS = ("図1評価の分布（取組数）。数値は表1のとおり。", "表3施策体系別の評価（取組数）")


def refuse_printed_report(text: str) -> None:
    """ParseError when a document's text is the committee report's (``COMMITTEE_MARKS``); else nothing."""
    squashed = "".join(text.split())
    if all(mark in squashed for mark in COMMITTEE_MARKS):
        raise ParseError(
            "このファイルは shinchoku の委員会資料（進捗状況報告）を印刷・保存したもので、計画ではないため取り込めません。"
            f"{_PLAN_INSTEAD}"
        )


def refuse_open_data(text: str) -> None:
    """ParseError when a text file is an open-data dataset of the app — a CSV with its header and its 取組ID, or the
    JSON envelope (``OPEN_DATA_ENVELOPE``) —; else nothing."""
    text = text.lstrip("\ufeff")
    if _open_data_csv(text):
        kind = "CSV"
    elif text.lstrip().startswith("{") and '"dataset"' in text[:200] and _envelope(text):
        kind = "JSON"
    else:
        return
    raise ParseError(
        f"このファイルは shinchoku のオープンデータ（{kind}）で、公表した計画と実績を一覧にしたものです。"
        f"計画ではないため取り込めません。{_PLAN_INSTEAD}"
    )


def _open_data_csv(text: str) -> bool:
    """Whether ``text`` is an open-data CSV: its header begins as the open data's, has 取組ID, and every row read
    (a dataset may have none) has the app's 取組ID 「P<its 計画ID>-I…」."""
    head = text[: 64 * 1024].splitlines()[: _ROWS_READ + 1]
    if not head:
        return False
    delimiter = "\t" if "\t" in head[0] and "," not in head[0] else ","
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(head, delimiter=delimiter)]
    except csv.Error:
        return False
    header = rows[0]
    if (
        tuple(header[: len(OPEN_DATA_HEADER_START)]) != OPEN_DATA_HEADER_START
        or OPEN_DATA_KEYS[1] not in header
    ):
        return False
    plan_at, initiative_at = header.index(OPEN_DATA_KEYS[0]), header.index(OPEN_DATA_KEYS[1])
    for row in rows[1:]:
        if not any(row):
            continue
        if len(row) <= max(plan_at, initiative_at):
            return False
        found = OWN_INITIATIVE_ID.fullmatch(row[initiative_at])
        if found is None or found.group(1) != row[plan_at]:
            return False
    return True


#: The keys of an open-data JSON dataset's envelope (``exports.opendata.write_json``).
OPEN_DATA_ENVELOPE = {"dataset", "license", "columns", "rows"}


def _envelope(text: str) -> bool:
    try:
        found = json.loads(text)
    except ValueError:
        return False
    return isinstance(found, dict) and found.keys() >= OPEN_DATA_ENVELOPE


def _own_workbook(data: bytes) -> str | None:
    """What an .xlsx shinchoku wrote is, with where it belongs; None for any other workbook, and for a 進捗管理表 or
    全体工程表 edited (its sheets renamed, its title row rewritten): it may be a plan made from one."""
    core, custom, book = _parts(data)
    round_mark = _custom_property(custom, ROUND_PROPERTY)
    if round_mark is not None:
        return _input_sheet(round_mark)
    if _core_field(core, "dc:creator") != CREATOR:
        return None
    title = _core_field(core, "dc:title")
    for words, what, sheets in _WORKBOOKS:
        if words not in title:
            continue
        refusal = f"このファイルは shinchoku が書き出した{what}「{title}」で、計画ではないため取り込めません。{_PLAN_INSTEAD}"
        if sheets is None:
            return refusal
        if _sheet_names(book) != sheets or not _title_row_kept(data, sheets[0], title):
            return None
        return (
            f"{refusal}書き出したファイルを手直しして計画として取り込むときは、"
            f"シート「{sheets[0]}」の名前を変えて保存してから取り込んでください。"
        )
    return None


def _sheet_names(book: bytes) -> tuple[str, ...]:
    root = _xml(book)
    found = root.findall("x:sheets/x:sheet", _NAMESPACES) if root is not None else []
    return tuple(sheet.get("name", "") for sheet in found)


def _title_row_kept(data: bytes, sheet: str, title: str) -> bool:
    """Whether the sheet's first cell still reads the workbook's title (written with 「　」 for its blanks)."""
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True)
        try:
            first = next(
                workbook[sheet].iter_rows(min_row=1, max_row=1, max_col=1, values_only=True), (None,)
            )
        finally:
            workbook.close()
    except Exception:  # a damaged workbook: the workbook readers say so
        return False
    squash = re.compile(
        r"[\s　（）()]+"
    )  # 「… 進捗管理表 令和5年度」 is written 「…　進捗管理表（令和5年度）」
    return isinstance(first[0], str) and squash.sub("", first[0]) == squash.sub("", title)


def _input_sheet(mark: str) -> str:
    """The refusal of a round's input sheet: it belongs on its round's Excel upload."""
    named = _round_named(mark)
    return (
        f"このファイルは shinchoku が書き出した進捗管理表の入力用ファイル（Excel）{named}で、計画ではないため"
        "計画の取込では取り込めません。入力した実績などは、その回のページの「Excelで入力する」から"
        "「Excelで入力した内容を取り込む」で取り込んでください。"
        f"{_PLAN_INSTEAD}"
    )


def _round_named(mark: str) -> str:
    """「（「佐久穂町DX推進計画」の「令和7年度の実績」）」 from the mark's payload (read, not verified: only shown), or
    nothing where it cannot be read."""
    payload = mark.split(":", 1)[0]
    try:
        found = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, TypeError):
        return ""
    if (
        not isinstance(found, dict)
        or not isinstance(found.get("title"), str)
        or not isinstance(found.get("plan"), str)
    ):
        return ""
    return f"（「{found['plan']}」の「{found['title']}」）"


def _parts(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The workbook's core and custom properties and its workbook part (empty where absent, damaged or too large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return tuple(_part(archive, name) for name in (_CORE, _CUSTOM, _BOOK))  # type: ignore[return-value]
    except Exception:  # a damaged workbook (zlib, EOF, an unknown compression …): the workbook readers say so
        return b"", b"", b""


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return b""
    return archive.read(name) if info.file_size <= _MOST_BYTES else b""


def _xml(part: bytes) -> ElementTree.Element | None:
    if not part or b"<!DOCTYPE" in part or b"<!ENTITY" in part:  # no entity of a file's own is expanded
        return None
    try:
        return ElementTree.fromstring(part)
    except ElementTree.ParseError:
        return None


def _core_field(core: bytes, name: str) -> str:
    root = _xml(core)
    found = root.find(name, _NAMESPACES) if root is not None else None
    return (found.text or "").strip() if found is not None else ""


def _custom_property(custom: bytes, name: str) -> str | None:
    root = _xml(custom)
    for prop in root.findall("op:property", _NAMESPACES) if root is not None else []:
        if prop.get("name") == name:
            return "".join(prop.itertext()).strip()
    return None


def _pdf_title(data: bytes) -> str:
    """The title a PDF's document information gives (a browser's print: the page's title), or nothing."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1
        from pdfminer.utils import decode_text

        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for info in document.info:
            title = resolve1(info.get("Title"))
            if isinstance(title, bytes):
                return decode_text(title)
            if isinstance(title, str):
                return title
    except Exception:  # a damaged PDF: the PDF reader says so
        return ""
    return ""


def _saved_page(data: bytes) -> str | None:
    """What a web page saved from the app is (its title), or None for any other page."""
    import html

    found = _HTML_TITLE.search(data[:16384])
    if found is None:
        return None

    return _printed_page(html.unescape(found.group(1).decode("utf-8", "replace")), "Web ページ")


def _printed_page(title: str, kind: str) -> str | None:
    """The refusal of a page of the app printed or saved: the committee report named as such."""
    title = " ".join(title.split())
    if not title.endswith(PAGE_TITLE_END):
        return None
    page = title[: -len(PAGE_TITLE_END)]
    what = "委員会資料（進捗状況報告）" if "進捗状況報告" in page else "画面"
    return f"この{kind}は shinchoku の{what}「{page}」を保存したもので、計画ではないため取り込めません。{_PLAN_INSTEAD}"
