"""More ways the five sample plans reach shinchoku, as people and their tools make them.

Each function takes a sample's text (and what it needs of the plan read from it) and returns the
plan as another office would hand it over; tests/importers/test_sample_variants2.py scores each
one against the plan read from the sample text itself. None of these were covered by
tests/importers/variants.py, test_encodings.py or the extractor and print tests:

- :func:`notepad_unicode`: saved from Windows Notepad as 「Unicode」 (UTF-16 LE with a BOM, CRLF);
- :func:`spaces_as`: every ASCII blank typed as a full-width blank (an IME left in 全角スペース
  mode, a find-and-replace) or as a no-break space (text copied out of an HTML page);
- :func:`untabified`: every tab turned into blanks up to the next tab stop, counting a full-width
  character as two columns, as an editor's 「タブをスペースに変換」 does;
- :func:`with_page_furniture`: page breaks every ~45 lines in styles the existing tests do not
  use: 「― 12 ―」, 「12/84」, 「P.12」, a footer 「延岡市 情報政策課」 and a running header with the
  chapter the page is in, inside cards and table rows too;
- :func:`browser_copy`: the sample shown as an HTML page (tables as tables, markdown rendered) and
  copied out of the browser: innerText's rules (paragraphs apart by a blank line, blanks
  collapsed, a row's cells joined by tabs) or each cell on a line of its own;
- :func:`pasted_workbook` / :func:`saved_csv`: each line pasted into Excel (a row's fields one
  cell each, numbers, 「6,000」 and 「40%」 turned into numbers as Excel does) and that sheet saved
  as .xlsx or as CSV (UTF-8 with BOM, or CP932: every row as wide as the sheet's used range);
- :func:`printed`: the sample printed to PDF by Chromium (tests/importers/samplepdf.py) on paper,
  margins and type sizes the other print tests do not use.
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .. import samplepdf

# ---------------------------------------------------------------------------- encodings and blanks


def notepad_unicode(text: str) -> bytes:
    """``text`` as Notepad saves it as 「Unicode」: UTF-16 LE with its BOM, CRLF line ends."""
    return "\ufeff".encode("utf-16-le") + text.replace("\n", "\r\n").encode("utf-16-le")


def spaces_as(text: str, blank: str) -> str:
    """``text`` with every ASCII blank replaced by ``blank`` (「\u3000」 or 「\u00a0」)."""
    return text.replace(" ", blank)


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def untabified(text: str, tab: int) -> str:
    """``text`` with tabs expanded to blanks at stops every ``tab`` columns, where a full-width
    character takes two columns (what a Japanese editor shows and converts)."""
    out: list[str] = []
    for line in text.split("\n"):
        column, chars = 0, []
        for char in line:
            if char == "\t":
                pad = tab - column % tab
                chars.append(" " * pad)
                column += pad
            else:
                chars.append(char)
                column += _width(char)
        out.append("".join(chars))
    return "\n".join(out)


# ---------------------------------------------------------------------------- page furniture

#: Headings a running header names: the chapter (「第2章 個別施策の展開」, 「3. デジタル化を推進する…」,
#: 「重点取組事項 1 行政サービスをより便利に」) or the section the page is in (「プロジェクト1 市民にやさしいDX」,
#: 「基本方針1 …」, 「取組 1 : 行政手続のオンライン化」).
HEADINGS = {
    "chapter": re.compile(r"^(?:#{1,3}\s*)?(?:第\s*\d+\s*章|\d\.\s|重点取組事項\s*\d)"),
    "section": re.compile(
        r"^(?:#{1,4}\s*)?(?:プロジェクト\s*\d|\[?基本方針\s*\d|基本方針\s*[IⅠⅡ]|基本項目\s*\d|取組\s*\d|重点取組事項\s*\d)"
    ),
}
#: Page number styles: 「― 12 ―」, 「12/84」, 「P.12」.
PAGE_STYLES = ("dash", "of", "p")


def _page_label(style: str, page: int, total: int) -> str:
    if style == "dash":
        return f"― {page} ―"
    if style == "of":
        return f"{page}/{total}"
    return f"P.{page}"


def with_page_furniture(
    text: str, *, style: str, title: str, office: str, header: str = "chapter", every: int = 45
) -> str:
    """``text`` with a page break every ``every`` lines (wherever it falls: inside a card or a
    table row too). At each break the office's footer, the page number in ``style`` and the
    running header naming the chapter (``header="chapter"``) or the section (``"section"``) the
    page is in, as the heading above it in the text has it (the plan's title before the first):

    - ``"dash"``: footer 「延岡市 情報政策課」, 「― 12 ―」, header;
    - ``"of"``: 「12/84」, header (no footer);
    - ``"p"``: footer, 「P.12」, a blank line, header (as pdftotext leaves a blank line at a page's top).
    """
    lines = text.split("\n")
    total = max(1, len(lines) // every + 1)
    out: list[str] = []
    chapter = title
    page = 1
    for index, line in enumerate(lines, start=1):
        out.append(line)
        if "\t" not in line and HEADINGS[header].match(line.strip()):
            chapter = line.strip().lstrip("#").strip()
        if index % every == 0 and index < len(lines):
            if style in ("dash", "p"):
                out.append(office)
            out.append(_page_label(style, page, total))
            if style == "p":
                out.append("")
            out.append(chapter)
            page += 1
    return "\n".join(out)


# ---------------------------------------------------------------------------- the sample as HTML

_PIPE_RULE = re.compile(r"^\s*\|[\s|:\-]*\|\s*$")
_TAG = re.compile(r"<[^>]+>")
_BLANKS = re.compile(r"[ \t\r\n\f]+")  # HTML's whitespace: not U+3000, not U+00A0


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return line.split("\t")
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return stripped[1:-1].split("|")
    return None


def _rendered(fragment: str) -> str:
    """What a browser shows of a fragment of markup: blanks collapsed, <li> and <br> as line
    breaks, other tags gone, entities decoded."""
    fragment = re.sub(r"<br\s*/?>|<li[^>]*>", "\n", fragment)
    fragment = _TAG.sub("", fragment)
    parts = [_BLANKS.sub(" ", html.unescape(part)).strip() for part in fragment.split("\n")]
    return "\n".join(p for p in parts if p)


Block = list[list[str]] | str


def html_blocks(text: str) -> list[Block]:
    """The sample as a page shows it: tables (rows of rendered cells) and paragraphs; markdown
    pipe rows are table rows (their rule rows gone), 「## 見出し」 a heading."""
    out: list[Block] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if _PIPE_RULE.match(line):
            continue
        cells = _cells(line)
        if cells is not None:
            rows.append([_rendered(c) for c in cells])
            continue
        if rows:
            out.append(rows)
            rows = []
        shown = _rendered(re.sub(r"^\s*#{1,6}\s+", "", line))
        if shown:
            out.append(shown)
    if rows:
        out.append(rows)
    return out


def browser_copy(text: str, *, cells: str) -> str:
    """The sample copied out of a browser showing it as HTML.

    ``cells="tabs"``: innerText's rules — paragraphs apart by a blank line, a table's rows one
    line each with their cells joined by tabs (a cell's own line breaks kept), a table apart from
    the next block by one line break. ``cells="lines"``: each non-empty cell on a line of its own
    (as a table copied from a phone's browser or a reading view comes)."""
    out: list[str] = []
    previous: str | None = None
    for block in html_blocks(text):
        kind = "p" if isinstance(block, str) else "table"
        if previous is not None:
            out.append("\n\n" if "p" in (kind, previous) else "\n")
        if isinstance(block, str):
            out.append(block)
        elif cells == "tabs":
            out.append("\n".join("\t".join(row) for row in block))
        else:
            out.append("\n".join(cell for row in block for cell in row if cell))
        previous = kind
    return "".join(out) + "\n"


# ---------------------------------------------------------------------------- Excel and CSV

_INT = re.compile(r"-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)")
_DECIMAL = re.compile(r"-?(?:0|[1-9]\d*)\.\d+")
_PERCENT = re.compile(r"(-?(?:0|[1-9]\d*)(?:\.\d+)?)%")


def excel_value(cell: str) -> tuple[Any, str]:
    """A pasted field as Excel stores it: (value, number format). 「6,000」 → 6000 「#,##0」;
    「40%」 → 0.4 「0%」; 「4.3%」 → 0.043 「0.0%」; plain numbers numbers; the rest text."""
    text = cell.strip()
    if _INT.fullmatch(text):
        return int(text.replace(",", "")), "#,##0" if "," in text else "General"
    if _DECIMAL.fullmatch(text):
        return float(text), "General"
    match = _PERCENT.fullmatch(text)
    if match:
        digits = match[1].split(".")[1] if "." in match[1] else ""
        return float(match[1]) / 100, "0." + "0" * len(digits) + "%" if digits else "0%"
    return cell, "@"


def sheet_rows(text: str) -> list[list[str]]:
    """The sample's lines as the rows a paste gives: a tab row's fields (a markdown row's cells,
    its rule rows left out, as copied from its rendered view) one cell each, other lines in
    column A, blank lines blank rows."""
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if _PIPE_RULE.match(line):
            continue
        cells = _cells(line)
        if cells is not None and "\t" not in line:
            cells = [c.strip() for c in cells]
        rows.append(cells if cells is not None else ([line] if line.strip() else []))
    return rows


def pasted_workbook(text: str) -> bytes:
    """The sample pasted into an empty Excel sheet (:func:`sheet_rows`, :func:`excel_value`), saved."""
    book = Workbook()
    sheet = book.active
    for r, row in enumerate(sheet_rows(text), start=1):
        for c, field in enumerate(row, start=1):
            if field == "":
                continue
            value, number_format = excel_value(field)
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # 「=」 or 「-」 at the start stays text, as a paste keeps it
            elif number_format != "General":
                cell.number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


#: The characters of the samples CP932 has not, as Excel writes them when saving 「CSV (コンマ区切り)」.
CP932_SAFE = str.maketrans({"—": "―", "·": "・"})


def saved_csv(text: str, encoding: str) -> bytes:
    """The pasted sheet saved by Excel as CSV: each cell as displayed (the field as typed), every
    row as wide as the used range (trailing commas), CRLF; ``encoding`` 「utf-8-sig」 (CSV UTF-8)
    or 「cp932」 (CSV (コンマ区切り) of Japanese Excel)."""
    rows = sheet_rows(text)
    width = max(len(row) for row in rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow(
            [field.strip() if excel_value(field)[1] != "@" else field for field in row]
            + [""] * (width - len(row))
        )
    data = out.getvalue()
    if encoding == "cp932":
        return data.translate(CP932_SAFE).encode("cp932", errors="replace")
    return data.encode(encoding)


# ---------------------------------------------------------------------------- other print settings


@dataclass(frozen=True)
class Setting:
    """A print setting of Chromium's page not used by the other print tests."""

    paper: str  # CSS page size, e.g. "A4 landscape", "B5"
    margin: str  # CSS margin of @page
    font_pt: float  # body type size
    header: bool = True  # running header (the plan's title) and 「- N -」 page numbers
    merge_columns: int = 2


SETTINGS = {
    "A4 landscape, 8mm margins, 10.5pt": Setting("A4 landscape", "8mm 8mm", 10.5),
    "B5 portrait, 10mm margins, 7.5pt": Setting("B5", "10mm 10mm", 7.5),
}


def printed(sample: Path, title: str, setting: Setting) -> Path:
    """The sample printed by Chromium as ``setting`` says (cached, as samplepdf caches)."""
    how = samplepdf.Print(
        paper="A4",
        running_header=title if setting.header else None,
        page_numbers=setting.header,
        merge_columns=setting.merge_columns,
    )
    document = samplepdf.sample_html(sample.read_text(encoding="utf-8"), how)
    body = "body { font-family: 'IPAexGothic', 'IPAexMincho', sans-serif; font-size: 9pt; }"
    for old, new in (
        ("size: A4;", f"size: {setting.paper};"),
        ("margin: 18mm 14mm;", f"margin: {setting.margin};"),
        (body, body.replace("9pt", f"{setting.font_pt}pt")),
    ):
        if old not in document:
            raise AssertionError(f"samplepdf's page no longer has {old!r}")
        document = document.replace(old, new, 1)
    return samplepdf.print_html(document, f"{sample.stem}-v2")


# ---------------------------------------------------------------------------- what differs


def _numbers(initiative: dict[str, Any]) -> set[tuple[str, Any, float]]:
    from ..scoring import _numbers as numbers

    return numbers(initiative)


def differences(found: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Each initiative of ``expected`` that ``found`` reads otherwise, measure by measure, as
    「code title: 担当課 stated [...] read [...]」 (for the BELOW comments and the report)."""
    from ..scoring import _schedule, title_key

    by_code = {i["code"]: i for i in found["initiatives"] if i.get("code")}
    by_title = {title_key(i["title"]): i for i in found["initiatives"]}
    out: list[str] = []
    for item in expected["initiatives"]:
        match = by_code.get(item.get("code")) if item.get("code") else None
        if match is None or title_key(match["title"]) != title_key(item["title"]):
            match = by_title.get(title_key(item["title"]), match)
        name = f"{item.get('code') or '-'} {item['title'][:24]}"
        if match is None:
            out.append(f"{name}: missing")
            continue
        if match.get("code") != item.get("code"):
            out.append(f"{name}: code stated {item.get('code')!r} read {match.get('code')!r}")
        if match["departments"] != item["departments"]:
            out.append(f"{name}: 担当課 stated {item['departments']} read {match['departments']}")
        if _numbers(item) and _numbers(item) != _numbers(match):
            want, got = _numbers(item), _numbers(match)
            out.append(
                f"{name}: KPI stated-only {sorted(want - got, key=str)} read-only {sorted(got - want, key=str)}"
            )
        if _schedule(item) and _schedule(item) != _schedule(match):
            out.append(
                f"{name}: schedule stated {sorted(_schedule(item), key=str)} read {sorted(_schedule(match), key=str)}"
            )
    expected_keys = {title_key(i["title"]) for i in expected["initiatives"]}
    expected_codes = {i.get("code") for i in expected["initiatives"]}
    for item in found["initiatives"]:
        if title_key(item["title"]) not in expected_keys and item.get("code") not in expected_codes:
            out.append(f"extra: {item.get('code') or '-'} {item['title'][:40]}")
    return out
