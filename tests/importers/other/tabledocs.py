"""Table-shaped plans of municipalities no reader was written against, in the files they publish.

Each document is a sheet as an office keeps it — title lines, a grid (header rows, section rows,
body) with merged ranges, notes below — and is rendered the ways a plan office hands it over:
CSV saved from Excel (merged ranges keep their value in the first cell only), tab-separated text,
a workbook (merged cells, and per document the things people do to a sheet), and HTML printed to
PDF by Chromium with the merges as rowspan/colspan, read as PDF and through ``pdftotext``.

The municipalities are invented; the initiatives, 担当課 and KPIs are the kind DX plans carry.
What each document holds is in ``expected.py`` (``TABLES``).
"""

from __future__ import annotations

import csv
import datetime
import html
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.styles import numbers as number_formats
from openpyxl.worksheet.worksheet import Worksheet

#: A merged range: first row, first column, last row, last column (0-based, in ``grid``).
Merge = tuple[int, int, int, int]


@dataclass
class TableDoc:
    """One sheet: ``grid`` rows hold header rows first, then section and body rows."""

    title: list[str]
    grid: list[list[str]]
    merges: list[Merge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    header_rows: int = 1  # the grid's first rows that are its header (repeated on each printed page)

    @property
    def width(self) -> int:
        return max(len(row) for row in self.grid)

    def rows(self) -> list[list[str]]:
        """Title lines, grid and notes as a spreadsheet's rows, merged slots blank (Excel's CSV)."""
        covered = {
            (r, c)
            for r1, c1, r2, c2 in self.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        grid = [
            [
                ("" if (r, c) in covered else text)
                for c, text in enumerate(row + [""] * (self.width - len(row)))
            ]
            for r, row in enumerate(self.grid)
        ]
        pad = [""] * (self.width - 1)
        return [[line, *pad] for line in self.title] + grid + [[line, *pad] for line in self.notes]


def _section(text: str, width: int) -> list[str]:
    return [text] + [""] * (width - 1)


def to_csv(doc: TableDoc, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(doc.rows())
    return buffer.getvalue().encode(encoding)


def to_csv_of_sheet(book: bytes, sheet: str, encoding: str = "cp932") -> bytes:
    """One sheet of a workbook saved as CSV by Excel: each cell as it is shown (a fraction with a
    percent format as 「45%」), merged cells in their first cell only, in Shift_JIS."""
    workbook = openpyxl.load_workbook(io.BytesIO(book))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in workbook[sheet].iter_rows():
        shown = []
        for cell in row:
            value = cell.value
            if isinstance(value, float) and "%" in (cell.number_format or ""):
                value = f"{value * 100:g}%"
            shown.append("" if value is None else str(value))
        writer.writerow(shown)
    return buffer.getvalue().encode(encoding)


def to_tsv_text(doc: TableDoc) -> bytes:
    """Tab-separated text as copied out of a spreadsheet (multi-line cells on one line)."""
    return "\n".join("\t".join(c.replace("\n", " ") for c in row).rstrip("\t") for row in doc.rows()).encode()


def fill_sheet(sheet: Worksheet, doc: TableDoc, top: int = 1) -> int:
    """Write ``doc`` into ``sheet`` from row ``top`` (merges included); the row after the notes."""
    row = top
    for line in doc.title:
        sheet.cell(row, 1, line)
        row += 1
    start = row
    for r, cells in enumerate(doc.grid):
        for c, text in enumerate(cells):
            if text:
                sheet.cell(start + r, c + 1, text)
    for r1, c1, r2, c2 in doc.merges:
        sheet.merge_cells(start_row=start + r1, start_column=c1 + 1, end_row=start + r2, end_column=c2 + 1)
    row = start + len(doc.grid)
    for line in doc.notes:
        sheet.cell(row, 1, line)
        row += 1
    return row


def to_xlsx(doc: TableDoc, dress: Callable[[openpyxl.Workbook], None] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    fill_sheet(sheet, doc)
    if dress is not None:
        dress(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _display(text: str) -> int:
    """Display width: a kanji or kana takes two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def calc_print(
    make: Callable[[], bytes],
    key: str,
    *,
    ruled: bool = True,
    centred: bool = False,
    distributed: bool = False,
) -> Path:
    """The workbook ``make`` gives, dressed by ``for_print`` and printed to PDF by LibreOffice
    Calc: with rules around the cells or (``ruled=False``) without, as Excel prints a sheet by
    default; ``centred``: each cell centred in its row's height, Japanese Excel's default (a
    wrapped cell's first line half a line above the row's other cells); ``distributed``: the labels
    and the 課 set out over their cells (均等割り付け). Cached by the dressed workbook's contents."""
    from ..samplexlsx import calc_pdf

    key = (
        (key if ruled else f"{key}-unruled")
        + ("-centred" if centred else "")
        + ("-distributed" if distributed else "")
    )
    workbook = openpyxl.load_workbook(io.BytesIO(make()))
    for_print(workbook, ruled=ruled, centred=centred, distributed=distributed)
    dressed = io.BytesIO()
    workbook.save(dressed)
    return calc_pdf(dressed.getvalue(), key)


def for_print(
    book: openpyxl.Workbook, ruled: bool = True, centred: bool = False, distributed: bool = False
) -> None:
    """Dress every sheet as an office prints it: columns as wide as their text (at most 24
    characters, wrapped, set at the top of their row or ``centred`` in its height; a label or a 課
    set out over its cell when ``distributed``, 均等割り付け), thin rules around the cells of the
    table (``ruled``), landscape A4 fitted to the page width."""
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    from shinchoku.importers.labels import is_known
    from shinchoku.importers.text import is_department

    thin = Side(style="thin")
    for sheet in book.worksheets:
        widths: dict[int, float] = {}
        merged_from = {r.min_row for r in sheet.merged_cells.ranges if r.min_col == 1 and r.max_col > 3}
        for row in sheet.iter_rows():
            filled = [c for c in row if c.value is not None]
            lone = len(filled) == 1 and filled[0].column == 1
            for cell in row:
                if cell.value is None or lone or cell.row in merged_from:
                    continue
                wide = max(_display(line) for line in str(cell.value).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 4), min(wide + 2, 24))
        for column, width in widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        for row in sheet.iter_rows():
            lines = 1
            if sum(1 for c in row if c.value is not None) < 2 or row[0].row in merged_from:
                continue  # a title, note or section line: one line, as wide as it needs
            for cell in row:
                if cell.value is None or cell.column not in widths:
                    continue
                room = int(widths[cell.column] - 1)
                count = sum(max(1, -(-_display(line) // room)) for line in str(cell.value).split("\n"))
                lines = max(lines, count)
            sheet.row_dimensions[row[0].row].height = 13.5 * lines + 3
        top = min(
            (
                c.row
                for row in sheet.iter_rows()
                for c in row
                if c.value is not None and sum(1 for x in row if x.value is not None) >= 3
            ),
            default=1,
        )
        for row in sheet.iter_rows(min_row=top):
            if not any(c.value is not None for c in row) and ruled:
                continue
            if sum(1 for c in row if c.value is not None) < 2:
                continue
            for cell in row:
                if cell.column > max(widths, default=1):
                    continue
                spread = (
                    distributed
                    and isinstance(cell.value, str)
                    and len(cell.value) <= 8
                    and (is_known(cell.value) or is_department(cell.value))
                )
                cell.alignment = Alignment(
                    wrap_text=True,
                    vertical="center" if centred else "top",
                    horizontal="distributed" if spread else None,
                )
                if ruled and not str(sheet.cell(cell.row, 1).value or "").startswith("※"):
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if any(word in sheet.title for word in ("旧", "要領")):
            sheet.sheet_state = "hidden"  # an old copy or a guide: hidden, not printed
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0


def to_html(doc: TableDoc, paper: str = "A4", running_header: str | None = None, row_pt: int = 2) -> str:
    """The sheet as a ruled HTML table (merges as rowspan/colspan), for Chromium to print; with
    tall rows (``row_pt`` of padding) the table runs over several pages, its header row repeated
    on each (``thead``) and a row cut by a page break."""
    starts = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in doc.merges}
    covered = {
        (r, c)
        for r1, c1, r2, c2 in doc.merges
        for r in range(r1, r2 + 1)
        for c in range(c1, c2 + 1)
        if (r, c) != (r1, c1)
    }
    out = ["<table><thead>"]
    for r, cells in enumerate(doc.grid):
        if r == doc.header_rows:
            out.append("</thead><tbody>")
        out.append("<tr>")
        for c, text in enumerate(cells + [""] * (doc.width - len(cells))):
            if (r, c) in covered:
                continue
            rows, cols = starts.get((r, c), (1, 1))
            attrs = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{cols}"' if cols > 1 else "")
            out.append(f"<td{attrs}>{html.escape(text).replace(chr(10), '<br>')}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    size = {"A3": "A3 landscape", "A5": "A5 landscape"}.get(paper[:2], "A4 landscape")
    header = f'@top-center {{ content: "{running_header}"; font-size: 9pt; }}' if running_header else ""
    return (
        "<!doctype html><html lang=ja><meta charset=utf-8><style>"
        f"@page {{ size: {size}; margin: 15mm 12mm; {header} "
        '@bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }'
        "body { font-family: 'IPAexGothic', sans-serif; font-size: 9pt; }"
        "table { border-collapse: collapse; width: 100%; }"
        f"td {{ border: 0.6pt solid #000; padding: {row_pt}pt 3pt; vertical-align: top; }}"
        "p { margin: 2pt 0; }</style><body>"
        + "".join(f"<p>{html.escape(t)}</p>" for t in doc.title)
        + "".join(out)
        + "".join(f"<p>{html.escape(t)}</p>" for t in doc.notes)
        + "</body></html>"
    )


# --- 青葉市: 進捗状況一覧, 番号/取組名/担当課/指標/基準値/目標値/実績値/評価, units inside the numbers ---

_AOBA_HEADER = ["番号", "取組名", "担当課", "指標", "基準値", "目標値", "実績値", "評価"]
_AOBA_BODY: list[list[str]] = [
    ["基本目標1 市民の利便性の向上"],
    [
        "1-1",
        "電子申請サービスの拡充",
        "情報政策課・市民課",
        "電子申請できる手続数",
        "45件",
        "200件",
        "132件",
        "B",
    ],
    ["1-2", "窓口混雑状況の見える化", "市民課", "窓口の平均待ち時間", "30分", "15分", "17分", "B"],
    ["1-3", "コンビニ交付の推進", "市民課", "証明書のコンビニ交付率", "12.5%", "40%", "31.2%", "A"],
    ["基本目標2 行政事務の効率化"],
    ["2-1", "電子決裁の導入", "総務課", "電子決裁率", "0%", "90%", "64%", "B"],
    ["2-2", "RPAの活用拡大", "情報政策課", "RPAを適用した業務数", "5業務", "30業務", "12業務", "C"],
    ["2-3", "Web会議の定着", "情報政策課、総務課", "Web会議の開催回数", "120回", "1,200回", "1,480回", "A"],
    ["基本目標3 地域社会のデジタル化"],
    ["3-1", "高齢者向けスマホ相談会の開催", "高齢者支援課", "相談会の参加者数", "0人", "800人", "356人", "C"],
    ["3-2", "公衆無線LANの整備", "商工観光課", "整備箇所数", "8か所", "25か所", "25か所", "A"],
    ["3-3", "学校ICT支援員の配置", "教育総務課", "支援員を配置した学校数", "4校", "18校", "9校", "D"],
]


def aoba() -> TableDoc:
    width = len(_AOBA_HEADER)
    grid = [_AOBA_HEADER] + [row if len(row) > 1 else _section(row[0], width) for row in _AOBA_BODY]
    merges = [(r, 0, r, width - 1) for r, row in enumerate(grid) if not row[1]]
    return TableDoc(
        title=["青葉市デジタル推進計画 令和6年度 進捗状況一覧"],
        grid=grid,
        merges=merges,
        notes=["※評価 A：目標を達成 B：概ね順調 C：やや遅れ D：遅れ"],
    )


# --- 北浜町: columns in another order, units in their own column, 評価 ◎○△× ---------------------


def kitahama() -> TableDoc:
    header = ["所管課", "事業名", "事業番号", "成果指標", "単位", "現状値", "目標値", "実績", "進捗"]
    body = [
        [
            "企画課",
            "町ホームページのリニューアル",
            "01",
            "年間閲覧数",
            "件",
            "85,000",
            "150,000",
            "121,300",
            "○",
        ],
        ["住民福祉課", "子育て応援アプリの配信", "02", "アプリ登録者数", "人", "0", "1,000", "1,140", "◎"],
        ["税務課", "税証明のオンライン申請", "03", "オンライン申請の割合", "%", "0", "30", "8.5", "△"],
        ["総務課", "庁舎・公共施設の無線LAN整備", "04", "整備済み施設数", "施設", "1", "12", "3", "×"],
        ["産業振興課", "農業分野へのドローン活用", "05", "実証実験の回数", "回", "0", "10", "6", "○"],
        ["学校教育課", "学習用端末の持ち帰り学習", "06", "実施校数", "校", "0", "5", "5", "◎"],
        ["総務課", "会議録作成へのAI活用", "07", "作成時間の削減率", "%", "0", "50", "42", "○"],
    ]
    return TableDoc(
        title=["北浜町地域情報化計画 令和5年度 取組状況", "（令和6年3月31日現在）"],
        grid=[header, *body],
        notes=["進捗 ◎：目標達成 ○：順調 △：遅れ ×：未着手"],
    )


# --- 白石市: two header rows (目標値 over R5/R6/R7, 実績値 over R5/R6), multi-line cells ----------


def shiroishi() -> TableDoc:
    top = ["番号", "取組", "担当部署", "KPI", "現状値(R4)", "目標値", "", "", "実績値", "", "評価"]
    years = ["", "", "", "", "", "R5", "R6", "R7", "R5", "R6", ""]
    body = [
        ["基本目標１ 便利で身近な市役所"],
        [
            "1",
            "行政手続のオンライン化",
            "DX推進課\n市民課",
            "オンライン申請件数",
            "2,400件",
            "5,000件",
            "8,000件",
            "12,000件",
            "5,630件",
            "7,915件",
            "A",
        ],
        [
            "2",
            "マイナンバーカードの普及",
            "市民課",
            "マイナンバーカード\nの交付率",
            "48.2%",
            "70%",
            "80%",
            "90%",
            "72.4%",
            "81.0%",
            "A",
        ],
        [
            "3",
            "窓口のキャッシュレス化",
            "会計課",
            "キャッシュレス対応窓口数",
            "0か所",
            "5か所",
            "10か所",
            "15か所",
            "6か所",
            "11か所",
            "A",
        ],
        [
            "4",
            "防災メールの登録促進",
            "危機管理課",
            "防災メール登録者数",
            "6,500人",
            "8,000人",
            "9,000人",
            "10,000人",
            "7,720人",
            "8,840人",
            "B",
        ],
        ["基本目標２ 効率的でしなやかな行政"],
        [
            "5",
            "庁内のペーパーレス化",
            "総務課\n財政課",
            "コピー用紙の使用枚数",
            "3,200千枚",
            "2,800千枚",
            "2,400千枚",
            "2,000千枚",
            "2,950千枚",
            "2,610千枚",
            "C",
        ],
        [
            "6",
            "GIS（地図情報）の庁内共有",
            "都市計画課",
            "共有レイヤー数",
            "3",
            "10",
            "20",
            "30",
            "12",
            "18",
            "B",
        ],
        [
            "7",
            "デジタル人材の育成",
            "人事課\nDX推進課",
            "研修受講者数\n（累計）",
            "35人",
            "100人",
            "200人",
            "300人",
            "118人",
            "226人",
            "A",
        ],
    ]
    width = len(top)
    grid = [top, years] + [row if len(row) > 1 else _section(row[0], width) for row in body]
    merges: list[Merge] = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 10)] + [(0, 5, 0, 7), (0, 8, 0, 9)]
    merges += [(r, 0, r, width - 1) for r, row in enumerate(grid) if r > 1 and not row[1]]
    return TableDoc(
        title=["白石市DX推進計画 KPI進捗管理表（令和6年度）"], grid=grid, merges=merges, header_rows=2
    )


# --- 緑川町: 年度 in the column headers, 達成・未達成, two indicators under one initiative -----------


def midorikawa() -> TableDoc:
    header = [
        "番号",
        "取組名",
        "担当課",
        "指標名",
        "基準値（令和4年度）",
        "令和6年度目標",
        "令和7年度目標",
        "R5実績",
        "R6実績",
        "評価",
    ]
    body = [
        [
            "101",
            "町税のスマホ決済",
            "税務課・会計課",
            "スマホ決済の利用件数",
            "1,200件",
            "4,000件",
            "5,000件",
            "2,850件",
            "4,120件",
            "達成",
        ],
        [
            "102",
            "各種証明書のオンライン請求",
            "町民課",
            "オンライン請求の件数",
            "0件",
            "300件",
            "500件",
            "96件",
            "214件",
            "未達成",
        ],
        ["", "", "", "郵送請求に占める割合", "0%", "30%", "40%", "11%", "24%", "未達成"],
        [
            "103",
            "町営バスのデジタル時刻表",
            "企画調整課",
            "アプリの月間利用者数",
            "0人",
            "600人",
            "800人",
            "410人",
            "655人",
            "達成",
        ],
        [
            "201",
            "文書管理システムの導入",
            "総務課",
            "電子保存の割合",
            "5%",
            "60%",
            "80%",
            "28%",
            "63%",
            "達成",
        ],
        [
            "202",
            "ノーコードツールの活用",
            "総務課・企画調整課",
            "ツールで作成したアプリ数",
            "0件",
            "15件",
            "20件",
            "4件",
            "11件",
            "未達成",
        ],
        ["", "", "", "アプリによる削減時間", "0時間", "800時間", "1,000時間", "150時間", "520時間", "未達成"],
        [
            "203",
            "議会のタブレット導入",
            "議会事務局",
            "ペーパーレス化した会議の割合",
            "0%",
            "100%",
            "100%",
            "50%",
            "100%",
            "達成",
        ],
    ]
    return TableDoc(title=["緑川町DX推進計画 取組の進捗（令和6年度評価）"], grid=[header, *body])


# --- 東山村: KPI list, one row per indicator, 取組項目 merged down / blank under the first --------


def higashiyama() -> TableDoc:
    header = ["取組項目", "担当", "指標", "目標（R7）", "実績（R5）", "進捗"]
    body = [
        ["村税のキャッシュレス納付", "税務住民課", "キャッシュレス納付の割合", "30%", "18%", "B"],
        ["", "", "コンビニ納付の件数", "2,500件", "1,870件", "B"],
        ["オンライン相談窓口の開設", "保健福祉課", "オンライン相談件数", "120件", "45件", "C"],
        ["防災行政無線のデジタル化", "総務課", "更新した屋外子局数", "24基", "24基", "A"],
        ["", "", "戸別受信機を配布した世帯数", "900世帯", "640世帯", "B"],
        ["ふるさと納税のWeb申込", "産業振興課", "Web申込の割合", "80%", "86%", "A"],
        ["", "", "寄附件数", "3,000件", "2,410件", "B"],
        ["", "", "新規返礼品数", "40品", "22品", "C"],
        ["村公式SNSの運用", "総務課・産業振興課", "フォロワー数", "5,000人", "3,150人", "B"],
        ["小中学校のオンライン授業", "教育課", "オンライン授業の実施回数", "50回", "38回", "B"],
    ]
    grid = [header, *body]
    merges: list[Merge] = []
    r = 1
    while r < len(grid):
        end = r
        while end + 1 < len(grid) and not grid[end + 1][0]:
            end += 1
        if end > r:
            merges += [(r, 0, end, 0), (r, 1, end, 1)]
        r = end + 1
    return TableDoc(
        title=["東山村 第2次情報化計画 KPI一覧（令和5年度実績）"],
        grid=grid,
        merges=merges,
        notes=["進捗：A 達成 B 順調 C 遅れ D 未着手"],
    )


# --- 西浦市: a workbook filled by people -------------------------------------------------------

_NISHIURA_HEADER = [
    "No.",
    "取組名",
    "担当課",
    "内部メモ",
    "指標",
    "基準値",
    "目標値（令和8年度）",
    "実績値（令和6年度）",
    "事業費（千円）",
    "評価",
]


def nishiura() -> TableDoc:
    width = len(_NISHIURA_HEADER)
    body = [
        ["基本目標1　市民サービスの向上"],
        [
            "1-1-1",
            "オンライン申請の拡充",
            "デジタル推進課",
            "継続",
            "オンライン申請できる手続数",
            "60",
            "250",
            "171",
            "12,500",
            "B",
        ],
        [
            "1-1-2",
            "書かない窓口の導入",
            "市民課、デジタル推進課",
            "R6新規",
            "書かない窓口の対応手続数",
            "0",
            "40",
            "22",
            "8,300",
            "B",
        ],
        [],
        [
            "1-2-1",
            "子育て手続の電子化",
            "こども未来課",
            "",
            "電子申請の利用率",
            "１２％",
            "６０％",
            "３５％",
            "４，２００",
            "C",
        ],
        [
            "No.",
            "取組名",
            "担当課",
            "内部メモ",
            "指標",
            "基準値",
            "目標値（令和8年度）",
            "実績値（令和6年度）",
            "事業費（千円）",
            "評価",
        ],
        ["基本目標2　スマートな行政運営"],
        [
            "2-1-1",
            "生成AIの業務活用",
            "デジタル推進課",
            "要調整",
            "生成AIの利用職員数",
            "0",
            "800",
            "520",
            "3,600",
            "A",
        ],
        [
            "2-1-2",
            "公用車の予約システム導入",
            "管財課",
            "",
            "予約のオンライン化率",
            "0",
            "100",
            "100",
            "900",
            "A",
        ],
        [],
        [
            "2-2-1",
            "施設の遠隔監視",
            "施設管理課・上下水道課",
            "",
            "遠隔監視した施設数",
            "2",
            "30",
            "14",
            "15,000",
            "C",
        ],
        ["合計", "", "", "", "", "", "", "", "44,500", ""],
    ]
    grid = [_NISHIURA_HEADER] + [
        (row if len(row) > 1 else (_section(row[0], width) if row else [""] * width)) for row in body
    ]
    merges = [(r, 0, r, width - 1) for r, row in enumerate(grid) if row[0].startswith("基本目標")]
    return TableDoc(
        title=["西浦市DX推進計画 取組進捗管理表", "令和6年度末時点", "※黄色のセルに入力してください。"],
        grid=grid,
        merges=merges,
        notes=["※事業費は当初予算額。", "※評価 A：達成 B：概ね達成 C：未達成"],
    )


def nishiura_xlsx() -> bytes:
    """西浦市's workbook: codes Excel turned into dates, full-width digits stored as text, a hidden
    column, the header pasted again after a page break, blank spacer rows, a 合計 row, notes, and
    two sheets that are not the plan (「記入要領」 with an example row, 「集計」)."""

    def dress(book: openpyxl.Workbook) -> None:
        sheet = book.active
        sheet.title = "取組一覧"
        sheet.merge_cells("A1:J1")
        for row in sheet.iter_rows(min_row=5):
            for cell in row:
                if cell.column in (6, 7, 8, 9) and isinstance(cell.value, str) and cell.value.isascii():
                    text = cell.value.replace(",", "")
                    if text.isdigit():
                        cell.value = int(text)
        for row_number, value in ((6, datetime.datetime(2001, 1, 1)), (7, datetime.datetime(2001, 1, 2))):
            sheet.cell(row_number, 1, value).number_format = number_formats.FORMAT_DATE_YYYYMMDD2
        sheet.column_dimensions["D"].hidden = True
        sheet.row_breaks.append(openpyxl.worksheet.pagebreak.Break(id=9))
        guide = book.create_sheet("記入要領")
        guide.append(["記入要領"])
        guide.append(["1. 取組ごとに1行で記入してください。"])
        guide.append(_NISHIURA_HEADER)
        guide.append(
            ["9-9-9", "（例）〇〇システムの導入", "〇〇課", "", "〇〇の件数", "10", "50", "30", "1,000", "B"]
        )
        summary = book.create_sheet("集計")
        summary.append(["評価", "件数"])
        for grade, count in (("A", 2), ("B", 2), ("C", 2), ("合計", 6)):
            summary.append([grade, count])

    return to_xlsx(nishiura(), dress)


# --- 南台市: the same table on two sheets split by 基本目標, and one sheet saved as CSV ---------------

_MINAMIDAI_HEADER = [
    "管理番号",
    "具体的な取組",
    "所管課",
    "評価指標",
    "現状値",
    "目標値",
    "実績値",
    "達成率",
    "進捗",
]
_MINAMIDAI_GOALS = {
    "基本目標1": [
        [
            "1-01",
            "電子図書館サービスの開始",
            "図書館",
            "電子書籍の貸出数",
            "0冊",
            "12,000冊",
            "8,420冊",
            "70.2%",
            "B",
        ],
        [
            "1-02",
            "スマート申請の導入",
            "市民課\n情報システム課",
            "スマート申請の件数",
            "0件",
            "3,000件",
            "3,360件",
            "112.0%",
            "A",
        ],
        [
            "1-03",
            "健診予約のオンライン化",
            "健康づくり課",
            "オンライン予約率",
            "10%",
            "50%",
            "27%",
            "42.5%",
            "C",
        ],
    ],
    "基本目標2": [
        [
            "2-01",
            "会計年度任用職員の勤怠の電子化",
            "人事課",
            "電子化した職場の数",
            "0課",
            "45課",
            "45課",
            "100.0%",
            "A",
        ],
        [
            "2-02",
            "庁内チャットの導入",
            "情報システム課",
            "チャット利用職員の割合",
            "0%",
            "90%",
            "76%",
            "84.4%",
            "B",
        ],
        [
            "2-03",
            "契約事務の電子化",
            "契約課・財政課",
            "電子契約の件数",
            "0件",
            "400件",
            "128件",
            "32.0%",
            "C",
        ],
    ],
}


def minamidai(goal: str, municipality: bool = True) -> TableDoc:
    title = ("南台市" if municipality else "") + f"DX推進計画 令和6年度進捗状況（{goal}）"
    return TableDoc(title=[title], grid=[_MINAMIDAI_HEADER, *_MINAMIDAI_GOALS[goal]])


def minamidai_xlsx() -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "基本目標1"
    fill_sheet(first, minamidai("基本目標1"))
    fill_sheet(book.create_sheet("基本目標2"), minamidai("基本目標2"))
    summary = book.create_sheet("集計")
    summary.append(["基本目標", "取組数", "A", "B", "C", "D"])
    summary.append(["基本目標1", 3, 1, 1, 1, 0])
    summary.append(["基本目標2", 3, 1, 1, 1, 0])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def minamidai_csv() -> bytes:
    """One sheet saved as CSV from Excel (CP932), naming no municipality."""
    return to_csv(minamidai("基本目標2", municipality=False), encoding="cp932")


# --- 若葉市: a workbook kept by the plan office: numbers as numbers in display formats ------------

_WAKABA_HEADER = [
    "No.",
    "取組名",
    "担当\n課",
    "成果指標",
    "基準値\n(R4)",
    "R5目標",
    "R5実績",
    "R6目標",
    "R6実績",
    "目標値\n（令和7年度）",
    "評価",
]
_WAKABA_GOALS: dict[str, list[list[object]]] = {
    "基本目標1　暮らしのDX": [
        [
            "１－１",
            "電子母子手帳アプリの導入",
            "こども家庭課",
            "アプリの登録率",
            0.0,
            0.3,
            0.25,
            0.5,
            0.46,
            0.7,
            "B",
        ],
        [
            "１－２",
            "図書館の電子書籍貸出",
            "中央図書館",
            "電子書籍の貸出冊数",
            0,
            3000,
            3412,
            6000,
            5880,
            10000,
            "A",
        ],
        [
            "１－３",
            "粗大ごみ受付のオンライン化",
            "環境政策課・清掃事務所",
            "オンライン受付の割合",
            0.05,
            0.2,
            0.18,
            0.35,
            0.31,
            0.5,
            "B",
        ],
    ],
    "基本目標2　行政のDX": [
        [
            "２－１",
            "公金受取口座を活用した給付",
            "福祉総務課",
            "口座情報を用いた給付の割合",
            0,
            0.4,
            0.52,
            0.6,
            0.66,
            0.8,
            "A",
        ],
        [
            "２－２",
            "基幹系以外のシステムのクラウド化",
            "情報管理課",
            "クラウドへ移行したシステム数",
            2,
            6,
            5,
            10,
            9,
            15,
            "B",
        ],
        [
            "２－３",
            "窓口予約システムの導入",
            "市民課",
            "窓口予約の件数（年間）",
            0,
            1200,
            980,
            2400,
            2210,
            3600,
            "C",
        ],
    ],
}


def wakaba_xlsx() -> bytes:
    """若葉市's workbook: header cells with line breaks, figures stored as numbers shown as 30% /
    1,200, full-width codes, interleaved R5目標 / R5実績 columns, two tables on one sheet (a
    基本目標 line above each), and an old plan's sheet 「旧計画（R2）」 that is not this plan."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "R6進捗"
    sheet.append(["若葉市DX推進計画 進捗管理シート"])
    for goal, rows in _WAKABA_GOALS.items():
        sheet.append([])
        sheet.append([goal])
        sheet.append(_WAKABA_HEADER)
        for row in rows:
            sheet.append(row)
            percent = "割合" in str(row[3]) or "率" in str(row[3])
            for cell in sheet[sheet.max_row][4:10]:
                cell.number_format = "0%" if percent else "#,##0"
    old = book.create_sheet("旧計画（R2）")
    old.append(_WAKABA_HEADER)
    old.append(["1-1", "庁内LANの更新", "情報管理課", "更新した拠点数", 0, 5, 5, 10, 10, 10, "A"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- 桃山町: the number written in the title cell, no code column --------------------------------


def momoyama() -> TableDoc:
    header = ["施策", "取組", "担当課", "評価指標", "現状値", "目標値", "実績値", "進捗状況"]
    body = [
        [
            "(1) 行政サービス",
            "① 電子申請の利用促進",
            "総務課\n住民課",
            "電子申請の件数",
            "320件",
            "1,500件",
            "940件",
            "順調",
        ],
        ["", "② 窓口のキャッシュレス化", "会計課、住民課", "対応窓口数", "1か所", "6か所", "6か所", "完了"],
        ["(2) 業務改革", "③ AI-OCRの導入", "総務課", "読取り帳票の種類", "0種類", "12種類", "5種類", "遅れ"],
        ["", "④ 公用スマートフォンの配備", "総務課", "配備台数", "0台", "120台", "88台", "順調"],
    ]
    grid = [header, *body]
    return TableDoc(
        title=["桃山町DX推進計画 評価シート（令和6年度）"],
        grid=grid,
        merges=[(1, 0, 2, 0), (3, 0, 4, 0)],
    )
