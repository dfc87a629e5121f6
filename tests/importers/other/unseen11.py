"""An eleventh batch of plans no reader was written against: plans as text, the way staff paste or extract them.

Written from what municipalities publish, before any reader was looked at (the readers' code was not read):

- 鷹羽市's DX推進計画 (``takaha_outline.txt``): 基本目標 > （１）施策 > 取組, a 【施策の方向性】 paragraph (with figures
  of its own) between a 施策 and its 取組, 取組 numbered 「ア」「イ」 under 基本目標１ with the 担当課 at the end of the
  title 「（担当：市民課、福祉総務課）」, numbered 「（ｱ）」「（ｲ）」 (half-width kana) under 基本目標２ with
  「【担当課：…】」, and under 基本目標３ a 施策 with no numbered 取組 at all: 「主な取組」 bullets 「・」, a line
  「（担当：高齢福祉課、生涯学習課）」 and its own ［指標］［工程］ — that 施策 is the unit owned and evaluated;
  ［指標］ one line or bullets under the label, ［工程］ 「R7 試行 → R8～R11 本格実施」, ［事業費］ 「R7 4,200千円　R8 …」;
- 萌木町's 成果指標（ＫＰＩ）の進捗状況 (``moegi_kpi_viewer.txt``), copied out of a PDF viewer: every cell of the
  table on a line of its own, the header cells too (「基準値」「（R4）」 two lines), a cell wrapped in its column
  broken mid-word over two lines (「行政手続のオンライ」「ン化」), two 課 on two lines, 進捗 Ａ–Ｄ in full width,
  a page mark 「- 5 -」, the running title and the header repeated on the next page, a 実績 「－」 and a note;
- 澄川市's 進捗状況一覧 (``sumikawa_shinchoku_tsv.txt``), pasted as tab-separated text (CRLF): 分野 merged,
  written on its first row only, cells with a line break in quotes as Excel copies them (「"会計課\\n税務課"」),
  and unquoted as Word pastes them (a 実施状況 of two paragraphs, two 課 in one cell), an item of two indicators
  whose second row has only the indicator's cells;
- 翠ヶ丘市's 総合計画 施策評価シート (``suigaoka_shisaku_hyoka.txt``): 「施策４－１　…」 a block, 「主管課　…　関係課
  …」, a 成果指標 table laid out with spaces 「指標名 | 単位 | 基準値(R2) | R4実績 | R5実績 | R6実績 | 目標値(R7)」
  (an indicator name wrapped onto the next line, a 基準値 「－」, figures with thousands separators), 主な事務事業
  bullets with their 課 in parentheses (no initiatives) and 施策の評価 prose with figures of its own;
- 夕凪町's デジタル化推進プラン (``yunagi_prose_bullets.txt``): 「（１）手続のオンライン化　【所管：企画課】」, prose,
  and ＜目標＞ bullets in prose: 「・電子申請件数：令和5年度 3,400件 → 令和10年度 12,000件」, one with a step on the
  way, 「・…を100％にする（令和９年度）」, 「・…を20分（令和5年度）から10分に短縮する（令和10年度）」, 「・…を、令和10年度
  までに800人にする（令和５年度：120人）」, a target of no figure 「全窓口で…使えるようにする（令和７年度）」, a
  chapter with figures of its own (「62％」) before the 取組;
- 星野原村's DX推進計画 exported from Notion as markdown (``hoshinohara_notion.md``): ``#`` headings, a 目次 of
  links, 「### 1-1 オンライン手続の推進」, 「**担当課**: 住民課, 総務課」, ``**KPI**`` pipe tables with a 単位 column and
  yearly targets R7 … R10 under alignment rows, a schedule as task-list bullets 「- [x] R7：…」「- [ ] R8〜R10：…」;
- 桂木市's A3 工程表 as ``pdftotext -layout`` gives it (``katsuragi_kouteihyou_layout.txt``, built here): the
  year columns 「令和７年度」… over 「(2025)」…, each step a label followed by 「━━━→」 drawn in characters across
  the years it runs, 「◆導入」 milestones, a bar starting in the middle of a year, titles and 課 wrapped onto a
  second line, a label under its bar, 基本方針 rows, a form feed and the header repeated, 「- 12 -」.

``PLANS[name]`` is the plan each document states (same form as ``unseen.PLANS``), written from the documents alone,
by the earlier batches' conventions: a target column headed with its year in a table of a row an initiative (萌木町,
澄川市) is that year's target and the final one; a 目標値 with its year in an item's KPI line or table under its
item the final target alone (鷹羽市, 翠ヶ丘市); yearly targets each year's, the last the final one (星野原村; 夕凪町's
「令和8年度 60手続 → 令和10年度 100手続」); 実績 columns each year's actual; ア/イ and (ｱ)/(ｲ) number their 取組 as ①
does (1-1-1); the 主管課 is the 担当課 (関係課 kept apart). A schedule is the years a step is stated for or a bar
is drawn across (「R8～R11」 each year; a bar that starts in the middle of 令和７年度 covers 2025). ``document(name)``
is the file as uploaded (bytes).
"""

from __future__ import annotations

from typing import Any

from .unseen import HERE, item, kpi, years

# --- 鷹羽市: outline with ア / (ｱ) and a 施策 with bullets only ----------------------------------------------


def _r5_r11(base: float, target: float) -> dict[str, Any]:
    return kpi((2023, base), (2029, target))


TAKAHA = [
    item("1-1-1", "電子申請サービスの拡充", ["デジタル推進課"], (_r5_r11(120, 400),), years(2025, 2029)),
    item("1-1-2", "オンライン相談の導入", ["市民課", "福祉総務課"], (_r5_r11(0, 600),), years(2025, 2029)),
    item("1-2-1", "書かない窓口の導入", ["市民課"], (_r5_r11(0, 40), _r5_r11(28, 15)), years(2025, 2029)),
    item("1-2-2", "キャッシュレス決済の拡大", ["会計課", "税務課"], (_r5_r11(2, 25),), years(2025, 2029)),
    item("2-1-1", "ＡＩ・ＲＰＡの活用", ["行政改革課"], (_r5_r11(1200, 6000),), years(2025, 2029)),
    item("2-1-2", "電子決裁の推進", ["総務課"], (_r5_r11(35, 95),), years(2025, 2029)),
    item("2-2-1", "テレワークの推進", ["人事課", "デジタル推進課"], (_r5_r11(60, 350),), years(2025, 2029)),
    # a 施策 without numbered 取組: the 施策 is the item, its 主な取組 bullets its content
    item(
        "3-1", "デジタルデバイド対策", ["高齢福祉課", "生涯学習課"], (_r5_r11(240, 1200),), years(2025, 2029)
    ),
    item("3-2", "地域産業のデジタル化", ["商工観光課", "農林課"], (_r5_r11(15, 150),), years(2026, 2029)),
]

#: 鷹羽市's ［事業費］ lines: code → [(fy, 千円)].
TAKAHA_BUDGET = {
    "1-1-1": [(2025, 4200), (2026, 3600), (2027, 3600)],
    "1-1-2": [(2025, 1500)],
    "1-2-1": [(2026, 18000)],
}


# --- 萌木町: a KPI table copied out of a PDF viewer, a cell a line -------------------------------------------


def _row(
    base: float, target: float, actual: float | None, base_fy: int, target_fy: int, actual_fy: int
) -> Any:
    return kpi(
        (base_fy, base),
        (target_fy, target),
        ((target_fy, target),),
        ((actual_fy, actual),) if actual is not None else (),
    )


def _moegi(base: float, target: float, actual: float | None) -> dict[str, Any]:
    """基準値（R4） 2022, 目標値（R9） 2027's target and the final one, 実績値（R6） 2024's actual."""
    return _row(base, target, actual, 2022, 2027, 2024)


MOEGI = [
    item("1", "行政手続のオンライン化", ["総務課"], (_moegi(12, 100, 46),)),
    item("2", "マイナンバーカードの普及促進", ["住民課"], (_moegi(58.2, 90, 81.6),)),
    item("3", "町税のキャッシュレス納付", ["税務課", "会計課"], (_moegi(4.5, 30, 11.8),)),
    item("4", "公共施設予約のオンライン化", ["生涯学習課"], (_moegi(0, 3000, 1240),)),
    item("5", "ＲＰＡによる業務の自動化", ["総務課"], (_moegi(300, 2500, 1020),)),
    item("6", "ペーパーレス化の推進", ["総務課"], (_moegi(1850, 900, 1420),)),  # 千枚 as written
    item("7", "高齢者のスマホ教室", ["福祉課"], (_moegi(80, 600, None),)),  # 実績 「－」
    item("8", "防災情報のデジタル配信", ["総務課"], (_moegi(2100, 5000, 3380),)),
]


# --- 澄川市: a 進捗状況一覧 pasted as tab-separated text ----------------------------------------------------


def _sumi(base: float, target: float, actual: float) -> dict[str, Any]:
    """基準値（R5） 2023, 目標値（R8） 2026's target and the final one, 実績値（R6） 2024's actual."""
    return _row(base, target, actual, 2023, 2026, 2024)


SUMIKAWA = [
    item("1", "電子申請の拡充", ["デジタル推進課"], (_sumi(2300, 8000, 4100),)),
    item("2", "証明書のコンビニ交付", ["市民課"], (_sumi(8.0, 25.0, 14.6),)),
    item("3", "窓口のキャッシュレス化", ["会計課", "税務課"], (_sumi(0, 10, 3),)),
    item("4", "おくやみ窓口の設置", ["市民課"], (_sumi(0, 300, 126),)),
    item("5", "基幹業務システムの標準化", ["デジタル推進課"], (_sumi(0, 20, 6),)),
    item("6", "テレワークの推進", ["人事課", "デジタル推進課"], (_sumi(40, 200, 95),)),
    item("7", "生成AIの活用", ["デジタル推進課"], (_sumi(0, 60, 22),)),
    item("8", "スマホ相談会の開催", ["高齢福祉課"], (_sumi(150, 600, 310),)),
    item("9", "オープンデータの推進", ["企画課"], (_sumi(30, 100, 52), _sumi(0, 20, 4))),
]


# --- 翠ヶ丘市: 総合計画 施策評価シート -------------------------------------------------------------------------


def _hyoka(base: float | None, r4: float, r5: float, r6: float, r7: float) -> dict[str, Any]:
    """基準値(R2) the 2020 baseline (「－」 none), R4–R6実績 the actuals, 目標値(R7) the final target alone."""
    return kpi(
        (2020, base) if base is not None else None, (2025, r7), (), ((2022, r4), (2023, r5), (2024, r6))
    )


SUIGAOKA = [
    item(
        "4-1",
        "行政サービスのデジタル化",
        ["情報政策課"],
        (_hyoka(35, 88, 120, 164, 200), _hyoka(27.4, 59.8, 74.1, 79.3, 90), _hyoka(32, 30, 26, 21, 15)),
    ),
    item(
        "4-2",
        "業務の効率化と働き方改革",
        ["行政改革課"],
        (
            _hyoka(450, 2100, 3380, 4620, 6000),
            _hyoka(12.5, 48.0, 71.2, 83.6, 95),
            _hyoka(168, 161, 152, 147, 130),
        ),
    ),
    item(
        "4-3",
        "情報セキュリティの確保",
        ["情報政策課"],
        (_hyoka(18.0, 11.2, 8.4, 6.9, 5), _hyoka(64.0, 82.5, 91.0, 95.8, 100)),
    ),
    item(
        "5-3",
        "地域のデジタル化",
        ["商工振興課"],
        (_hyoka(120, 310, 420, 505, 600), _hyoka(None, 380, 760, 1190, 1500)),
    ),
]


# --- 夕凪町: KPIs as prose bullets --------------------------------------------------------------------------

YUNAGI = [
    item(
        "1",
        "手続のオンライン化",
        ["企画課"],
        (kpi((2023, 3400), (2028, 12000)), kpi((2023, 25), (2028, 100), ((2026, 60), (2028, 100)))),
    ),
    item("2", "窓口サービスの向上", ["町民課"], (kpi((2023, 20), (2028, 10)), kpi(None, (2026, 30)))),
    # 「役場の全窓口でキャッシュレス決済を使えるようにする（令和７年度）」 states no figure
    item(
        "3", "キャッシュレス化の推進", ["税務課", "会計課"], (kpi((2023, 6.5), (2028, 30)), kpi(None, None))
    ),
    item("4", "公共施設の通信環境の整備", ["総務課"], (kpi(None, (2027, 100)),)),
    item("5", "デジタルに不慣れな方への支援", ["福祉課"], (kpi((2023, 120), (2028, 800)),)),
    # 「48万枚 → 24万枚」: 48 and 24 in 万枚, as written
    item("6", "職員の働き方改革", ["総務課"], (kpi(None, (2028, 60)), kpi((2023, 48), (2028, 24)))),
]


# --- 星野原村: a Notion page exported as markdown ------------------------------------------------------------


def _yearly(base: float, *targets: float) -> dict[str, Any]:
    """現状値（R5） 2023, R7 … R10 each year's target, R10's the final one."""
    yearly = tuple(zip((2025, 2026, 2027, 2028), targets, strict=True))
    return kpi((2023, base), yearly[-1], yearly)


HOSHINOHARA = [
    item(
        "1-1",
        "オンライン手続の推進",
        ["住民課", "総務課"],
        (_yearly(450, 700, 900, 1100, 1300),),
        years(2025, 2028),
    ),
    item(
        "1-2",
        "防災情報の発信強化",
        ["総務課"],
        (_yearly(820, 1200, 1500, 1800, 2000), _yearly(1050, 1200, 1300, 1400, 1500)),
        years(2025, 2028),
    ),
    item("1-3", "移動が難しい方への支援", ["保健福祉課"], (_yearly(0, 10, 20, 30, 40),), years(2026, 2028)),
    item("2-1", "基幹業務システムの標準化", ["総務課"], (), years(2025, 2028)),
    item(
        "2-2",
        "ペーパーレス化",
        ["総務課", "議会事務局"],
        (_yearly(620, 560, 500, 440, 380),),
        years(2025, 2028),
    ),
]


# --- 桂木市: an A3 工程表 through pdftotext -layout, bars drawn in characters ---------------------------------

#: Where each column starts (characters), as pdftotext -layout places them; a year column is 14 wide.
_NO, _TITLE, _DEPT, _YEAR0, _YW = 1, 6, 23, 36, 14

#: A step: (first year index 0–3, last year index, label, offset into the first year); a label starting with 「◆」 is
#: a milestone written in its year, any other a bar 「label━━…→」 drawn to the end of its last year.
_Step = tuple[int, int, str, int]

#: (No., title lines, 課 lines, steps, a line under the bar or "") ; a section row is ``(title,)``.
_KATSURAGI: list[tuple[Any, ...]] = [
    ("基本方針１　行政サービスのデジタル化",),
    ("1", ["電子申請の拡充"], ["デジタル推進課"], [(0, 3, "対象手続の拡大", 0)], ""),
    (
        "2",
        ["書かない窓口の導入"],
        ["市民課"],
        [(0, 0, "検討", 0), (1, 1, "◆本庁で導入", 0), (2, 3, "運用", 0)],
        "",
    ),
    (
        "3",
        ["公共施設予約シス", "テムの導入"],
        ["生涯学習課", "スポーツ推進課"],
        [(1, 1, "構築", 0), (2, 3, "運用", 0)],
        "",
    ),
    (
        "4",
        ["キャッシュレス決", "済の拡大"],
        ["会計課"],
        [(0, 1, "本庁窓口", 6), (3, 3, "◆公共施設へ", 0)],
        "",
    ),
    ("基本方針２　行政事務の効率化",),
    (
        "5",
        ["基幹業務システム", "の標準化"],
        ["デジタル推進課"],
        [(0, 0, "移行", 0), (1, 3, "ガバメントクラウドで運用", 0)],
        "",
    ),
    ("6", ["ＡＩ・ＲＰＡの活", "用"], ["行政改革課"], [(0, 1, "対象業務の拡大", 0)], ""),
    ("7", ["電子契約の導入"], ["契約管財課"], [(2, 2, "検討", 0), (3, 3, "◆導入", 0)], ""),
    (
        "8",
        ["テレワーク環境の", "整備"],
        ["人事課", "デジタル推進課"],
        [(0, 3, "", 0)],
        "段階的に対象職員を拡大",
    ),
    ("FF",),
    ("基本方針３　地域社会のデジタル化",),
    ("9", ["スマート農業の推", "進"], ["農林振興課"], [(1, 3, "ドローン・センサーの導入補助", 0)], ""),
    ("10", ["デジタル活用支援"], ["高齢福祉課"], [(0, 3, "スマホ教室（各年度20回）", 0)], ""),
]


def _put(line: list[str], column: int, text: str) -> None:
    while len(line) < column + len(text):
        line.append(" ")
    line[column : column + len(text)] = list(text)


def _bar_line(steps: list[_Step]) -> str:
    line: list[str] = []
    for first, last, label, offset in steps:
        start = _YEAR0 + first * _YW + offset
        if label.startswith("◆"):
            _put(line, start, label)
            continue
        end = _YEAR0 + (last + 1) * _YW - 2  # the arrow's head, a blank before the next year
        drawn = label + "━" * max(1, end - start - len(label)) + "→"
        _put(line, start, drawn[: end - start + 1])
    return "".join(line)


def _header() -> list[str]:
    title: list[str] = []
    _put(title, 30, "桂木市ＤＸ推進計画　工程表")
    period: list[str] = []
    _put(period, 70, "計画期間：令和７年度～令和10年度")
    legend: list[str] = []
    _put(legend, 1, "凡例　━━→：実施期間　◆：導入・完了")
    head1: list[str] = []
    head2: list[str] = []
    for column, word in ((_NO, "No."), (_TITLE, "取組名"), (_DEPT, "担当課")):
        _put(head1, column, word)
    for k, (wareki, year) in enumerate(
        (("令和７年度", 2025), ("令和８年度", 2026), ("令和９年度", 2027), ("令和10年度", 2028))
    ):
        _put(head1, _YEAR0 + k * _YW + 2, wareki)
        _put(head2, _YEAR0 + k * _YW + 3, f"({year})")
    return ["".join(title), "", "".join(period), "".join(legend), "", "".join(head1), "".join(head2)]


def katsuragi_layout() -> str:
    """桂木市's 工程表 as ``pdftotext -layout`` gives it: a line a row, wrapped cells on the next, two pages."""
    out = _header()
    for entry in _KATSURAGI:
        if entry == ("FF",):
            out += [
                "",
                "                                                 - 12 -",
                "\f" + _header()[0],
                *_header()[1:],
            ]
            continue
        if len(entry) == 1:
            out += ["", " " + entry[0]]
            continue
        number, titles, departments, steps, under = entry
        first: list[str] = []
        _put(first, _NO, number)
        _put(first, _TITLE, titles[0])
        _put(first, _DEPT, departments[0])
        bar = _bar_line(steps)
        out.append(("".join(first).ljust(_YEAR0) + bar[_YEAR0:]).rstrip())
        second: list[str] = []
        if len(titles) > 1:
            _put(second, _TITLE, titles[1])
        if len(departments) > 1:
            _put(second, _DEPT, departments[1])
        if under:
            _put(second, _YEAR0 + 2, under)
        if second:
            out.append("".join(second).rstrip())
    out += [
        "",
        " ※ 各年度の取組内容は、予算の状況等により変更する場合があります。",
        "",
        "                                                 - 13 -",
    ]
    return "\n".join(out) + "\n"


def _katsuragi() -> list[dict[str, Any]]:
    items = []
    for entry in _KATSURAGI:
        if len(entry) == 1:
            continue
        number, titles, departments, steps, _ = entry
        covered = sorted({fy for first, last, _, _ in steps for fy in range(2025 + first, 2025 + last + 1)})
        items.append(item(number, "".join(titles), departments, (), tuple(covered)))
    return items


#: Each year a bar is drawn across or a ◆ written in (4: 2025–2026 from the middle of 令和７年度, and 2028).
KATSURAGI = _katsuragi()


PLANS: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "takaha_outline.txt": ("鷹羽市", TAKAHA),
    "moegi_kpi_viewer.txt": ("萌木町", MOEGI),
    "sumikawa_shinchoku_tsv.txt": ("澄川市", SUMIKAWA),
    "suigaoka_shisaku_hyoka.txt": ("翠ヶ丘市", SUIGAOKA),
    "yunagi_prose_bullets.txt": ("夕凪町", YUNAGI),
    "hoshinohara_notion.md": ("星野原村", HOSHINOHARA),
    "katsuragi_kouteihyou_layout.txt": ("桂木市", KATSURAGI),
}

#: The plan period each document states (fiscal years).
PERIODS: dict[str, tuple[int, int]] = {
    "takaha_outline.txt": (2025, 2029),
    "moegi_kpi_viewer.txt": (2023, 2027),
    "sumikawa_shinchoku_tsv.txt": (2023, 2026),
    "suigaoka_shisaku_hyoka.txt": (2021, 2025),
    "yunagi_prose_bullets.txt": (2024, 2028),
    "hoshinohara_notion.md": (2025, 2028),
    "katsuragi_kouteihyou_layout.txt": (2025, 2028),
}

_BUILT = {"katsuragi_kouteihyou_layout.txt": katsuragi_layout}


def document(name: str) -> bytes:
    """The file ``name`` as a user uploads it: the 工程表 built here, any other the bytes in this folder."""
    if name in _BUILT:
        return _BUILT[name]().encode("utf-8")
    return (HERE / name).read_bytes()


def expected(name: str) -> dict[str, Any]:
    """The expected plan of document ``name`` in the form ``scoring.score`` takes."""
    return {"initiatives": PLANS[name][1]}
