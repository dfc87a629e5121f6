"""Plans saved as a web page by Microsoft Word and Excel, written the way they write them — no reader was written
against them. Many municipalities put a plan on their site so: the document saved 「Web ページ」 (or 「Web ページ
(フィルター後)」) from Word, the 取組一覧 sheet saved 「Web ページ」 from Excel.

Word (``word_page``): the ``xmlns:o`` / ``xmlns:w`` root, ``<meta name=Generator content="Microsoft Word 15">``
(「… (filtered)」 when filtered), the document's properties in ``<!--[if gte mso 9]><xml>…</xml><![endif]-->``, a
paragraph ``<p class=MsoNormal>`` (the title ``MsoTitle``), half-width runs in ``<span lang=EN-US>``, an empty
paragraph ``<o:p>&nbsp;</o:p>`` (``&nbsp;`` filtered), a table ``class=MsoTableGrid`` of ``<td width=… valign=top
style='…'>`` holding ``<p class=MsoNormal>`` paragraphs, CRLF line ends, and source lines broken near 76 columns
anywhere Word breaks them: at a blank between half-width words (the break stands for it), inside a tag, between two
Japanese letters and between a tag and the text next to it (no blank on the page), a table's lines indented.
A numbered paragraph is ``<p class=MsoListParagraph>`` with its number in ``<span style='mso-list:Ignore'>①<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>`` inside ``<![if !supportLists]>`` (filtered: the
number and its padding bare).

Excel (``excel_page``): ``<meta name=ProgId content=Excel.Sheet>``, the sheet one ``<table x:str border=0
cellpadding=0 cellspacing=0 width=… style='border-collapse:collapse;table-layout:fixed;…'>`` with a ``<col>`` per
column, cells ``<td class=xl65 …>`` (a merged range ``colspan`` / ``rowspan``; text running over empty cells to its
right ``colspan=N style='mso-ignore:colspan'``, as Excel writes it; a ruled empty cell ``&nbsp;``), a number ``x:num`` (its shown text as
formatted: 「1,500」, 「40%」 for ``x:num="0.4"``), a line break in a cell ``<br>`` and a new source line, an empty
row ``<td colspan=N style='mso-ignore:colspan'></td>``, and after the rows ``<![if supportMisalignedColumns]>`` a
hidden row of empty cells. A book of several sheets is a frameset (``<name>.htm``) with one page per sheet in
``<name>.files/sheet001.htm`` …

- the five samples (``samples/plans``) as Word and Excel write them (``word_page(text)``, ``excel_page(text)``);
- 汐見市 (``SHIOMI_WORD``): a Word document of the kind a plan office writes — 「MsoTitle」 cover line, ``<h1>`` /
  ``<h2>`` chapters, each 取組 a numbered list paragraph ①②③ followed by its 項目 | 内容 table (担当課, 取組内容,
  成果指標, 現状値（令和5年度）, 目標値（令和10年度）, スケジュール), Shift_JIS;
- 汐見市's 取組一覧 kept in Excel (``SHIOMI_BOOK``): a spacer column A and row 1, the title in B2 running over the
  columns right of it, 基本目標 merged down, 目標値 over R8 | R10 (two header rows), numbers ``x:num`` formatted
  「1,500」 and 「40%」, two 課 in a cell on two lines, an empty row between the 基本目標; saved alone (one page) and
  beside a 工程表 sheet (a frameset and its sheets).
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..samplexlsx import blocks, display_width
from .tabledocs3 import item, kpi

_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2460-\u24ff]")
_HALF = re.compile(r"[!-~]+(?: [!-~]+)*")
_TOKEN = re.compile(r"<[^>]*>|&[#a-zA-Z0-9]+;|.", re.S)


def _is_wide(ch: str) -> bool:
    return bool(ch) and _WIDE.match(ch) is not None


def _runs(text: str, *, filtered: bool) -> str:
    """A paragraph's text as Word writes it: half-width runs in a ``lang=EN-US`` span, blanks kept (a run of them
    ``mso-spacerun``)."""
    out: list[str] = []
    at = 0
    for found in _HALF.finditer(text):
        out.append(html.escape(text[at : found.start()], quote=False))
        run = html.escape(found.group(), quote=False)
        out.append(f"<span lang=EN-US>{run}</span>")
        at = found.end()
    out.append(html.escape(text[at:], quote=False))
    written = "".join(out)
    tab = (
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
        if filtered
        else "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    )
    written = written.replace("\t", tab)
    return re.sub(
        r" {2,}",
        lambda m: (
            ("&nbsp;" * (len(m.group()) - 1) + " ")
            if filtered
            else f"<span style='mso-spacerun:yes'>{'&nbsp;' * (len(m.group()) - 1)} </span>"
        ),
        written,
    )


def wrap(line: str, *, indent: str = "", width: int = 76) -> list[str]:
    """One source line broken as Word breaks it near ``width`` columns: at a blank inside a tag or between half-width
    words (the break replaces it), between two Japanese letters, between a tag and Japanese text; continuation
    lines start with ``indent``."""
    tokens: list[str] = []
    for token in _TOKEN.findall(line):
        if token.startswith("<") and " " in token:
            tokens += re.split(r"( )", token)  # a tag breaks at its blanks
        else:
            tokens.append(token)
    # what each token shows: a visible character, or "" (a tag or a part of one)
    in_tag = False
    shown: list[str] = []
    inside: list[bool] = []  # whether the place before each token is inside a tag
    for token in tokens:
        inside.append(in_tag)
        if token.startswith("<"):
            in_tag = not token.endswith(">")
            shown.append("")
        elif in_tag:
            in_tag = not token.endswith(">")
            shown.append("" if token != " " else "\x01")  # a blank inside a tag
        else:
            shown.append(" " if token.startswith("&") else token)
    lines: list[str] = []
    current: list[str] = []
    last: tuple[int, bool] | None = (
        None  # where the line may break: (index in current, the token there is a blank)
    )
    length = len(indent) if lines else 0

    def visible(index: int, step: int) -> str:
        while 0 <= index < len(shown):
            if shown[index] and shown[index] != "\x01":
                return shown[index]
            index += step
        return ""

    for at, token in enumerate(tokens):
        before, after = visible(at - 1, -1), visible(at, 1)
        if shown[at] == "\x01":
            last = (len(current), True)
        elif shown[at] == " " and token == " " and not _is_wide(before) and not _is_wide(visible(at + 1, 1)):
            last = (len(current), True)  # a blank between half-width words
        elif (
            current
            and not inside[at]
            and (_is_wide(before) or _is_wide(after))
            and shown[at] != " "
            and shown[at - 1] != " "
        ):
            last = (len(current), False)  # next to a Japanese letter, where no blank is
        current.append(token)
        length += display_width(token) if not token.startswith("<") else len(token)
        if length > width and last is not None and last[0] > 0:
            cut, blank = last
            lines.append("".join(current[:cut]))
            current = current[cut + 1 :] if blank else current[cut:]
            length = len(indent) + sum(len(t) for t in current)
            last = None
    lines.append("".join(current))
    return [lines[0], *(indent + rest for rest in lines[1:])]


_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{stem}.files/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>情報政策課</o:Author>
  <o:LastAuthor>情報政策課</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>12</o:Pages>
  <o:Company>{title}</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;
	mso-font-alt:"MS Mincho";
	mso-font-charset:128;
	mso-generic-font-family:roman;
	mso-font-pitch:fixed;
	mso-font-signature:-536870145 1791491579 134217746 0 131231 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝",serif;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-qformat:yes;
	margin-top:12.0pt;
	text-align:center;
	font-size:16.0pt;
	font-family:"ＭＳ ゴシック";}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-left:42.0pt;
	mso-para-margin-left:4.0gd;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:18.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1402094081;
	mso-list-type:hybrid;
	mso-list-template-ids:-1090063962 1738440710 67698713 67698705 67698703;}
@list l0:level1
	{mso-level-number-format:decimal-enclosed-circle;
	mso-level-text:%1;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:標準の表;
	mso-tstyle-rowband-size:0;
	mso-padding-alt:0mm 5.4pt 0mm 5.4pt;
	font-size:10.5pt;}
table.MsoTableGrid
	{mso-style-name:表 (格子);
	mso-style-priority:39;
	border:solid windowtext 1.0pt;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026">
  <v:textbox inset="5.85pt,.7pt,5.85pt,.7pt"/>
 </o:shapedefaults></xml><![endif]-->
</head>

<body lang=JA style='tab-interval:42.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:18.0pt'>

"""

_WORD_FILTERED_HEAD = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{title}</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"ＭＳ 明朝";
	panose-1:2 2 6 9 4 2 5 8 3 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0mm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"ＭＳ 明朝",serif;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{margin-left:42.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;
	layout-grid:18.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=JA style='word-wrap:break-word'>

<div class=WordSection1 style='layout-grid:18.0pt'>

"""

#: Blocks of a Word document: a paragraph (its style and text), a list paragraph (its number and text), a table.
WordBlock = tuple[str, str] | tuple[str, str, str] | list[list[str]]


def _word_paragraph(style: str, text: str, *, filtered: bool, indent: str = "") -> list[str]:
    tag = {"h1": "h1", "h2": "h2", "h3": "h3"}.get(style, "p")
    opening = f"<{tag}>" if tag != "p" else f"<p class={style}>"
    if not text.strip():
        body = "&nbsp;" if filtered else "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
    else:
        body = _runs(text, filtered=filtered)
        if not filtered:
            body += "<span lang=EN-US><o:p></o:p></span>"
    return wrap(f"{indent}{opening}{body}</{tag}>", indent=indent)


def _word_list(number: str, text: str, *, filtered: bool, tag: str = "p") -> list[str]:
    """A paragraph Word numbers: a list paragraph (``MsoListParagraph``), or a heading of a numbered style (``tag``
    h2: 「基本目標1」 set before it)."""
    pad = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span>"
    klass = " class=MsoListParagraph" if tag == "p" else ""
    level = "l0 level1 lfo1" if tag == "p" else "l1 level2 lfo2"
    if filtered:
        opening = f"<{tag}{klass} style='margin-left:18.0pt;text-indent:-18.0pt'>"
        body = f"{number}{pad}{_runs(text, filtered=True)}"
    else:
        opening = (
            f"<{tag}{klass} style='margin-left:18.0pt;mso-para-margin-left:0gd;"
            f"text-indent:-18.0pt;mso-list:{level}'>"
        )
        body = (
            f"<![if !supportLists]><span lang=EN-US style='mso-fareast-font-family:\"ＭＳ 明朝\"'>"
            f"<span style='mso-list:Ignore'>{number}{pad}</span></span><![endif]>{_runs(text, filtered=False)}"
            "<span lang=EN-US><o:p></o:p></span>"
        )
    return wrap(f"{opening}{body}</{tag}>")


def _word_table(rows: list[list[str]], *, filtered: bool) -> list[str]:
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    share = [
        max(6, max(display_width(row[col]) for row in rows)) for col in range(width)
    ]  # a column as wide as its text, the page's width shared
    total = sum(share)
    points = [round(425.2 * s / total, 1) for s in share]
    style = (
        "style='border-collapse:collapse;border:none'"
        if filtered
        else "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
        "mso-yfti-tbllook:1184;mso-padding-alt:0mm 5.4pt 0mm 5.4pt'"
    )
    out = wrap(f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 {style}>", indent=" ")
    for r, row in enumerate(rows):
        extra = (
            "" if filtered else f" style='mso-yfti-irow:{r}" + (";mso-yfti-firstrow:yes'" if r == 0 else "'")
        )
        out.append(f" <tr{extra}>")
        for col, text in enumerate(row):
            border = "border:solid windowtext 1.0pt" if r == 0 and col == 0 else (
                "border:solid windowtext 1.0pt;border-top:none" if col == 0 else
                "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
                "border-right:solid windowtext 1.0pt"
            )  # fmt: skip
            alt = "" if filtered else ";mso-border-alt:solid windowtext .5pt"
            out += wrap(
                f"  <td width={round(points[col] * 4 / 3)} valign=top style='width:{points[col]}pt;{border}{alt};"
                "padding:0mm 5.4pt 0mm 5.4pt'>",
                indent="  ",
            )
            for line in text.split("\n") or [""]:
                out += _word_paragraph("MsoNormal", line, filtered=filtered, indent="  ")
            out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>")
    return out


def word_document_page(
    parts: list[WordBlock],
    *,
    title: str,
    filtered: bool = False,
    charset: str = "shift_jis",
    stem: str = "plan",
) -> bytes:
    """A document of ``parts`` saved by Word as a web page (``charset`` shift_jis, unicode or utf-8; ``filtered``: 「Web ページ
    (フィルター後)」)."""
    head = (_WORD_FILTERED_HEAD if filtered else _WORD_HEAD.replace("{", "{{").replace("}", "}}")
            .replace("{{charset}}", "{charset}").replace("{{title}}", "{title}").replace("{{stem}}", "{stem}"))  # fmt: skip
    out = head.format(charset=charset, title=html.escape(title), stem=stem).split("\n")
    for part in parts:
        if isinstance(part, list):
            out += _word_table(part, filtered=filtered)
            out.append("")
            continue
        if len(part) == 3:
            kind, number, text = part
            out += _word_list(number, text, filtered=filtered, tag="h2" if kind == "h2" else "p")
        else:
            style, text = part
            out += _word_paragraph(style, text, filtered=filtered)
        out.append("")
    out += ["</div>", "", "</body>", "", "</html>", ""]
    return _encoded("\r\n".join(out), charset)


def word_page(text: str, *, filtered: bool = False, charset: str = "shift_jis") -> bytes:
    """A sample plan's text typed into Word as ``worddocs.word_document`` types it (a paragraph a line, the first the
    title, rows of tab-separated cells a table) and saved as a web page."""
    parts: list[WordBlock] = []
    rows: list[list[str]] = []
    for line in text.replace("\r", "").replace("\f", "").split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            parts.append(rows)
            rows = []
        parts.append(("MsoTitle" if not parts and line.strip() else "MsoNormal", line))
    if rows:
        parts.append(rows)
    title = next((p[1] for p in parts if isinstance(p, tuple)), "")
    return word_document_page(parts, title=title, filtered=filtered, charset=charset)


# -- Excel --------------------------------------------------------------------------------------------------------

_EXCEL_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
{links}<style>
<!--table
	{{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}}
@page
	{{margin:.75in .7in .75in .7in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;}}
tr
	{{mso-height-source:auto;
	mso-ruby-visibility:none;}}
col
	{{mso-width-source:auto;
	mso-ruby-visibility:none;}}
br
	{{mso-data-placement:same-cell;}}
td
	{{mso-style-parent:style0;
	padding:0px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:游ゴシック, monospace;
	mso-font-charset:128;
	vertical-align:middle;
	border:none;
	white-space:nowrap;
	mso-rotate:0;}}
.xl65
	{{mso-style-parent:style0;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}}
.xl66
	{{mso-style-parent:style0;
	mso-number-format:"\\#\\,\\#\\#0";
	vertical-align:top;
	border:.5pt solid windowtext;}}
.xl67
	{{mso-style-parent:style0;
	mso-number-format:0%;
	vertical-align:top;
	border:.5pt solid windowtext;}}
.xl68
	{{mso-style-parent:style0;
	font-size:14.0pt;
	font-weight:700;}}
.xl69
	{{mso-style-parent:style0;
	vertical-align:top;}}
ruby
	{{ruby-align:left;}}
rt
	{{color:windowtext;
	font-size:6.0pt;
	mso-char-type:katakana;
	display:none;}}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>{sheet}</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>270</x:DefaultRowHeight>
     <x:Print>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:HorizontalResolution>600</x:HorizontalResolution>
     </x:Print>
     <x:Selected/>
     <x:Panes>
      <x:Pane>
       <x:Number>3</x:Number>
       <x:ActiveRow>1</x:ActiveRow>
       <x:ActiveCol>1</x:ActiveCol>
      </x:Pane>
     </x:Panes>
     <x:ProtectContents>False</x:ProtectContents>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>11370</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
 </x:ExcelWorkbook>
</xml><![endif]-->
{script}</head>

<body link="#0563C1" vlink="#954F72"{onload}>

"""

#: A cell of a sheet: its text, or (shown text, number) for a number; spans (colspan, rowspan).
Value = str | tuple[str, float]


class Sheet:
    """A sheet as Excel keeps it: cells by (row, column) from 1, merged ranges, column widths (in pixels)."""

    def __init__(self, name: str = "Sheet1") -> None:
        self.name = name
        self.cells: dict[tuple[int, int], Value] = {}
        self.merged: dict[tuple[int, int], tuple[int, int]] = {}  # top left → (colspan, rowspan)
        self.widths: dict[int, int] = {}
        self.styles: dict[tuple[int, int], str] = {}

    def put(
        self, row: int, column: int, value: Value, *, span: tuple[int, int] = (1, 1), style: str = ""
    ) -> None:
        self.cells[(row, column)] = value
        if span != (1, 1):
            self.merged[(row, column)] = span
        if style:
            self.styles[(row, column)] = style

    @property
    def size(self) -> tuple[int, int]:
        corners = [
            (r + self.merged.get((r, c), (1, 1))[1] - 1, c + self.merged.get((r, c), (1, 1))[0] - 1)
            for r, c in self.cells
        ]
        return max(r for r, _ in corners), max(c for _, c in corners)


#: Styles whose text does not wrap: it runs over the empty cells right of it.
_RUNS_OVER = ("xl68", "xl69")


def _excel_cell(value: Value, attributes: str, style: str) -> str:
    if isinstance(value, tuple):
        shown, number = value
        klass = style or ("xl67" if shown.endswith("%") else "xl66")
        plain = f"{number:g}" if shown != f"{number:g}" else ""
        num = f' x:num="{plain}"' if plain else " x:num"
        return f"<td class={klass} align=right{attributes}{num}>{html.escape(shown, quote=False)}</td>"
    klass = style or "xl65"
    text = "<br>\r\n    ".join(html.escape(piece, quote=False) for piece in value.split("\n"))
    return f"<td class={klass}{attributes}>{text}</td>"


def _excel_table(sheet: Sheet) -> list[str]:
    rows, columns = sheet.size
    widths = [sheet.widths.get(c, 72) for c in range(1, columns + 1)]
    total = sum(widths)
    out = [
        f"<table x:str border=0 cellpadding=0 cellspacing=0 width={total} style='border-collapse:",
        f" collapse;table-layout:fixed;width:{round(total * 0.75)}pt'>",
    ]
    c = 1
    while c <= columns:  # equal widths side by side: one <col span=…>
        run = 1
        while c + run <= columns and widths[c + run - 1] == widths[c - 1]:
            run += 1
        span = f" span={run}" if run > 1 else ""
        out.append(
            f" <col width={widths[c - 1]}{span} style='mso-width-source:userset;mso-width-alt:"
            f"{widths[c - 1] * 36};width:{round(widths[c - 1] * 0.75)}pt'>"
        )
        c += run
    covered = {
        (r + dr, c + dc)
        for (r, c), (cs, rs) in sheet.merged.items()
        for dr in range(rs)
        for dc in range(cs)
        if (dr, dc) != (0, 0)
    }
    for r in range(1, rows + 1):
        out.append(" <tr height=18 style='height:13.5pt'>")
        first = True
        c = 1
        pending_empty = 0

        def empties(count: int) -> None:
            nonlocal first
            if count == 0:
                return
            height = " height=18" if first else ""
            if count == 1:
                out.append(f"  <td{height}></td>")
            else:
                out.append(f"  <td{height} colspan={count} style='mso-ignore:colspan'></td>")
            first = False

        while c <= columns:
            if (r, c) in covered:
                empties(pending_empty)
                pending_empty = 0
                c += 1
                continue
            value = sheet.cells.get((r, c))
            if value == "":  # a ruled empty cell: 「&nbsp;」, as Excel writes one
                empties(pending_empty)
                pending_empty = 0
                out.append(f"  <td{' height=18' if first else ''} class=xl65>&nbsp;</td>")
                first = False
                c += 1
                continue
            if value is None:
                pending_empty += 1
                c += 1
                continue
            empties(pending_empty)
            pending_empty = 0
            height = " height=18" if first else ""
            first = False
            if (r, c) in sheet.merged:
                cs, rs = sheet.merged[(r, c)]
                spans = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
                out.append("  " + _excel_cell(value, f"{height}{spans}", sheet.styles.get((r, c), "")))
                c += cs
                continue
            # text running over the empty cells right of it, as Excel shows it
            run = 1
            if isinstance(value, str) and sheet.styles.get((r, c)) in _RUNS_OVER:
                while c + run <= columns and (r, c + run) not in sheet.cells and (r, c + run) not in covered:
                    run += 1
            spans = f" colspan={run} style='mso-ignore:colspan'" if run > 1 else ""
            out.append("  " + _excel_cell(value, f"{height}{spans}", sheet.styles.get((r, c), "")))
            c += run
        empties(pending_empty)
        out.append(" </tr>")
    out.append(" <![if supportMisalignedColumns]>")
    out.append(" <tr height=0 style='display:none'>")
    out += [f"  <td width={w} style='width:{round(w * 0.75)}pt'></td>" for w in widths]
    out.append(" </tr>")
    out.append(" <![endif]>")
    out.append("</table>")
    return out


def _encoded(page: str, charset: str) -> bytes:
    """The page in its charset: Shift_JIS as Windows writes it (CP932), 「unicode」 UTF-16 with its byte order mark
    (what Word saves a document Shift_JIS cannot hold in), or UTF-8."""
    if charset == "unicode":
        return b"\xff\xfe" + page.encode("utf-16-le")
    return page.encode("cp932" if charset == "shift_jis" else "utf-8", errors="xmlcharrefreplace")


def excel_sheet_page(
    sheet: Sheet, *, charset: str = "shift_jis", main: str | None = None, book: list[str] | None = None
) -> bytes:
    """One sheet saved by Excel as a web page: alone, or (``main``: the frameset's file) one sheet of a book."""
    links = (
        f'<link id=Main-File rel=Main-File href="../{main}">\n<link rel=File-List href=filelist.xml>\n'
        "<link rel=Stylesheet href=stylesheet.css>\n"
        if main
        else '<link rel=File-List href="plan.files/filelist.xml">\n'
    )
    script = (
        '<![if !supportTabStrip]><script language="JavaScript">\n<!--\nfunction fnUpdateTabs()\n {\n'
        '  if (parent.window.g_iIEVer>=4) {\n   if (parent.document.readyState=="complete"\n'
        "    && parent.frames['frTabs'].document.readyState==\"complete\")\n   parent.fnSetActiveSheet(0);\n"
        '  else\n   window.setTimeout("fnUpdateTabs();",150);\n }\n}\n\nif (window.name!="frSheet")\n'
        f' window.location.replace("../{main}");\nelse\n fnUpdateTabs();\n//-->\n</script>\n<![endif]>\n'
        if main
        else ""
    )
    head = _EXCEL_HEAD.format(
        charset=charset,
        links=links,
        sheet=html.escape(sheet.name),
        script=script,
        onload=' onload="fnUpdateTabs()"' if main else "",
    )
    page = (
        head.replace("\n", "\r\n") + "\r\n".join(_excel_table(sheet)) + "\r\n\r\n</body>\r\n\r\n</html>\r\n"
    )
    return _encoded(page, charset)


def excel_book_pages(
    sheets: list[Sheet], *, stem: str = "plan", charset: str = "shift_jis"
) -> dict[str, bytes]:
    """A book of several sheets saved by Excel as a web page: ``<stem>.htm`` a frameset, each sheet a page of
    ``<stem>.files/`` (file name → bytes)."""
    folder = f"{stem}.files"
    names = "\r\n".join(f' c_rgszSh[{at}] = "{sheet.name}";' for at, sheet in enumerate(sheets))
    sheet_links = "".join(
        f'<link id="shLink" href="{folder}/sheet{at + 1:03d}.htm">\r\n' for at in range(len(sheets))
    )
    worksheets = "".join(
        f"   <x:ExcelWorksheet>\r\n    <x:Name>{sheet.name}</x:Name>\r\n"
        f'    <x:WorksheetSource HRef="{folder}/sheet{at + 1:03d}.htm"/>\r\n   </x:ExcelWorksheet>\r\n'
        for at, sheet in enumerate(sheets)
    )
    frameset = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\n'
        'xmlns:x="urn:schemas-microsoft-com:office:excel"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n'
        '<head>\r\n<meta name="Excel Workbook Frameset">\r\n'
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">\r\n'
        '<meta name=ProgId content=Excel.Sheet>\r\n<meta name=Generator content="Microsoft Excel 15">\r\n'
        f'<link rel=File-List href="{folder}/filelist.xml">\r\n'
        f'<![if !supportTabStrip]>\r\n{sheet_links}<link id="shLink">\r\n\r\n'
        '<script language="JavaScript">\r\n<!--\r\n'
        f" var c_lTabs={len(sheets)};\r\n\r\n var c_rgszSh=new Array(c_lTabs);\r\n{names}\r\n\r\n"
        ' var c_rgszClr=new Array(8);\r\n c_rgszClr[0]="window";\r\n//-->\r\n</script>\r\n<![endif]>\r\n'
        "<!--[if gte mso 9]><xml>\r\n <x:ExcelWorkbook>\r\n  <x:ExcelWorksheets>\r\n"
        f"{worksheets}  </x:ExcelWorksheets>\r\n"
        f'  <x:Stylesheet HRef="{folder}/stylesheet.css"/>\r\n  <x:WindowHeight>11370</x:WindowHeight>\r\n'
        "  <x:ActiveSheet>0</x:ActiveSheet>\r\n </x:ExcelWorkbook>\r\n</xml><![endif]-->\r\n</head>\r\n\r\n"
        '<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\r\n'
        f' <frame src="{folder}/sheet001.htm" name="frSheet">\r\n'
        f' <frame src="{folder}/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>\r\n'
        " <noframes>\r\n  <body>\r\n"
        "   <p>このページではフレームを使用していますが、お使いのブラウザーではサポートされていません。</p>\r\n"
        "  </body>\r\n </noframes>\r\n</frameset>\r\n</html>\r\n"
    )
    pages = {f"{stem}.htm": _encoded(frameset, charset)}
    for at, sheet in enumerate(sheets):
        pages[f"{folder}/sheet{at + 1:03d}.htm"] = excel_sheet_page(
            sheet, charset=charset, main=f"{stem}.htm"
        )
    return pages


def _number(text: str) -> Value:
    """A cell typed into Excel: a plain number kept as a number (shown as typed), anything else text."""
    if re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", text):
        return (text, float(text))
    return text


def sample_sheet(text: str, *, merge_columns: int = 2, merged_lines: bool = True) -> Sheet:
    """A sample plan's text kept in a sheet as ``samplexlsx.workbook_bytes`` keeps it (a table's rows as rows, its
    leading columns' blank cells merged into the cell above, a paragraph in a cell merged across the sheet, an empty
    row after a table) — behind a spacer row and column, as offices leave a margin. ``merged_lines`` False: a
    paragraph typed in its cell alone, running over the empty cells right of it."""
    parts = blocks(text)
    width = max((len(row) for p in parts if isinstance(p, list) for row in p), default=1)
    sheet = Sheet()
    sheet.widths[1] = 16  # the spacer column A
    r = 2  # the spacer row 1
    for part in parts:
        if isinstance(part, str):
            if merged_lines:
                sheet.put(r, 2, part, span=(width, 1) if width > 1 else (1, 1))
            else:
                sheet.put(r, 2, part, style="xl69")
            r += 1
            continue
        rows = [row + [""] * (width - len(row)) for row in part]
        spans: dict[tuple[int, int], int] = {}
        for col in range(min(merge_columns, width)):
            start = None
            for i, row in enumerate(rows):
                if row[col].strip():
                    start = i
                    spans[(i, col)] = 1
                elif start is not None:
                    spans[(start, col)] += 1
        for i, row in enumerate(rows):
            for col, cell in enumerate(row):
                if not cell:
                    continue
                rowspan = spans.get((i, col), 1)
                sheet.put(r + i, col + 2, _number(cell), span=(1, rowspan))
        for i in range(len(rows)):  # ruled empty cells keep each row as wide as the table
            for col in range(width):
                if (r + i, col + 2) not in sheet.cells:
                    sheet.cells.setdefault((r + i, col + 2), "")
        r += len(rows) + 1
    return sheet


def excel_page(text: str, *, charset: str = "shift_jis", merged_lines: bool = True) -> bytes:
    """A sample plan kept in an Excel sheet (``sample_sheet``) saved as a web page."""
    return excel_sheet_page(sample_sheet(text, merged_lines=merged_lines), charset=charset)


# -- 汐見市 --------------------------------------------------------------------------------------------------------

_SHIOMI_ITEMS = [
    ("1", "①", "書かない窓口の導入", "市民課", "申請書を書かずに済むよう、マイナンバーカードの情報から申請書を作成する。",
     "書かない窓口で受け付けた手続の数", "0手続", "30手続", "R7：システム構築　R8～R10：運用・対象拡大"),
    ("1", "②", "電子申請の拡充", "総務課・情報政策課", "市民がよく使う手続から順に、オンラインで申請できるようにする。",
     "オンラインで申請できる手続の数", "45手続", "150手続", "R7～R10：対象手続の拡大"),
    ("1", "③", "キャッシュレス決済の導入", "会計課", "窓口での手数料の支払いに、電子マネーとQRコード決済を使えるようにする。",
     "キャッシュレス決済の利用率", "0%", "40%", "R7：検討　R8：導入　R9～R10：運用"),
    ("2", "①", "RPAによる定型業務の自動化", "情報政策課", "職員が手で入力している定型業務をRPAで自動化する。",
     "RPAで削減した作業時間", "200時間", "1,500時間", "R7～R10：対象業務の拡大"),
    ("2", "②", "テレワーク環境の整備", "人事課", "職員が自宅からも庁内の仕事ができる環境を整える。",
     "テレワークを実施した職員の割合", "5%", "30%", "R7：試行　R8～R10：本格実施"),
]  # fmt: skip

_SHIOMI_GOALS = {"1": "基本目標1　市民サービスの向上", "2": "基本目標2　行政運営の効率化"}
#: What 汐見市's plan says of each 取組 beyond its table's first line (a paragraph Word wraps in the source).
_SHIOMI_MORE = "あわせて、窓口の混雑状況をホームページで公開し、来庁する時間を選べるようにする。"


def _shiomi_parts() -> list[WordBlock]:
    parts: list[WordBlock] = [
        ("MsoTitle", "汐見市DX推進計画"),
        ("MsoNormal", "計画期間\t令和7年度～令和10年度"),  # a tab up to its stop
        ("MsoNormal", ""),
        ("h1", "第3章　具体的な取組"),
        ("MsoNormal", "本章では、基本目標ごとに取り組む内容と成果指標を示します。"),
    ]
    goal = ""
    for number, mark, title, unit, body, name, base, final, plan in _SHIOMI_ITEMS:
        if number != goal:
            goal = number
            numbered, words = _SHIOMI_GOALS[number].split("　")
            parts.append(("h2", numbered, words))  # a heading Word numbers 「基本目標%1」
        parts.append(("list", mark, title))
        parts.append(
            [
                ["担当課", unit.replace("・", "\n")],  # two 課: two paragraphs of the cell
                ["取組内容", f"{body}\n{_SHIOMI_MORE}" if mark == "①" and number == "1" else body],
                ["成果指標", name],
                ["現状値（令和5年度）", base],
                ["目標値（令和10年度）", final],
                ["スケジュール", plan],
            ]
        )
        parts.append(("MsoNormal", ""))
    return parts


#: 汐見市's plan as Word saved it (Shift_JIS; in 「unicode」, UTF-16), and filtered (UTF-8).
SHIOMI_WORD = word_document_page(_shiomi_parts(), title="汐見市DX推進計画", stem="shiomi_dx")
SHIOMI_WORD_UNICODE = word_document_page(
    _shiomi_parts(), title="汐見市DX推進計画", charset="unicode", stem="shiomi_dx"
)
SHIOMI_WORD_FILTERED = word_document_page(
    _shiomi_parts(), title="汐見市DX推進計画", filtered=True, charset="utf-8", stem="shiomi_dx"
)

_YEARS = {"R7": 2025, "R8": 2026, "R9": 2027, "R10": 2028}


def _shiomi_expected() -> dict[str, Any]:
    items = []
    for number, mark, title, unit, _, _, base, final, plan in _SHIOMI_ITEMS:
        value = float(base.rstrip("手続時間%").replace(",", ""))
        goal = float(final.rstrip("手続時間%").replace(",", ""))
        years = set()
        for start, end in re.findall(r"(R\d+)(?:～(R\d+))?", plan):
            first, last = _YEARS[start], _YEARS[end or start]
            years |= set(range(first, last + 1))
        code = f"{number}-{'①②③'.index(mark) + 1}"
        items.append(
            item(
                code,
                title,
                unit.split("・"),
                [kpi(base=(2023, value), final=(2028, goal), year_column=False)],
                tuple(sorted(years)),
            )  # fmt: skip
        )
    return {"initiatives": items}


SHIOMI = _shiomi_expected()


#: 汐見市's 取組一覧 sheet: each 取組's 目標値 for R8 beside the plan's last year's.
_SHIOMI_R8 = ["10手続", "80手続", "20%", "800時間", "15%"]


def _figure(shown: str) -> float:
    return float(shown.rstrip("手続時間%").replace(",", ""))


def shiomi_sheet(name: str = "取組一覧") -> Sheet:
    """汐見市's 取組一覧 as kept in Excel: a spacer row and column, a title running right, two header rows."""
    sheet = Sheet(name)
    sheet.widths.update({1: 16, 2: 110, 3: 40, 4: 220, 5: 110, 6: 230, 7: 70, 8: 70, 9: 70})
    sheet.put(2, 2, "汐見市DX推進計画　取組一覧（令和7年度～令和10年度）", style="xl68")
    header = ["基本目標", "No.", "取組名", "担当課", "成果指標", "現状値\n（R5）"]
    for at, label in enumerate(header):
        sheet.put(4, 2 + at, label, span=(1, 2))
    sheet.put(4, 8, "目標値", span=(2, 1))
    sheet.put(5, 8, "R8")
    sheet.put(5, 9, "R10")
    r = 6
    goal = ""
    for at, (number, _, title, unit, _, name, base, final, _) in enumerate(_SHIOMI_ITEMS, start=1):
        if number != goal:
            if goal:
                r += 1  # an empty row between the 基本目標
            goal = number
            count = sum(1 for it in _SHIOMI_ITEMS if it[0] == number)
            sheet.put(r, 2, _SHIOMI_GOALS[number].replace("　", "\n"), span=(1, count))
        sheet.put(r, 3, (str(at), float(at)))
        sheet.put(r, 4, title)
        sheet.put(r, 5, unit.replace("・", "\n"))
        sheet.put(r, 6, name)
        unit_word = "%" if base.endswith("%") else ""
        for col, shown in ((7, base), (8, _SHIOMI_R8[at - 1]), (9, final)):
            digits = shown.rstrip("手続時間%").replace(",", "")
            number_value = float(digits)
            if unit_word:
                sheet.put(r, col, (f"{digits}%", number_value / 100))
            elif "," in shown or float(digits) >= 1000:
                sheet.put(r, col, (f"{int(number_value):,}", number_value))
            else:
                sheet.put(r, col, (digits, number_value))
        r += 1
    return sheet


def _shiomi_book_expected() -> dict[str, Any]:
    items = []
    for at, (_, _, title, unit, _, _, base, final, _) in enumerate(_SHIOMI_ITEMS, start=1):
        value = float(base.rstrip("手続時間%").replace(",", ""))
        goal = float(final.rstrip("手続時間%").replace(",", ""))
        items.append(
            item(
                str(at),
                title,
                unit.split("・"),
                [kpi(base=(2023, value), final=(2028, goal), targets=((2026, _figure(_SHIOMI_R8[at - 1])),))],
            )  # fmt: skip
        )
    return {"initiatives": items}


SHIOMI_BOOK = _shiomi_book_expected()


def shiomi_schedule_sheet() -> Sheet:
    """The book's second sheet: the 工程表 of the same 取組 (years across)."""
    sheet = Sheet("工程表")
    sheet.put(1, 1, "取組名")
    for at, year in enumerate(("R7", "R8", "R9", "R10")):
        sheet.put(1, 2 + at, year)
    for r, (_, _, title, _, _, _, _, _, plan) in enumerate(_SHIOMI_ITEMS, start=2):
        sheet.put(r, 1, title)
        for at, year in enumerate(("R7", "R8", "R9", "R10")):
            sheet.put(r, 2 + at, "●" if year in plan or at > 0 and "～R10" in plan else "")
    return sheet
