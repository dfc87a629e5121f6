"""The label dictionary: which column (or card field) of a plan holds what, by its label.

One dictionary for every generic reader: role → the labels municipalities write for it.
Labels are compared in their matching form (NFKC, no blanks, case-folded, brackets and a
trailing colon dropped), so 「担 当 課」「【担当課】」「担当課：」 are one label.

A year in a header makes the column a yearly value: 「目標値 (令和6年度)」「R6目標」「令和6年度目標」
「2024年度実績」 are the target / actual of that fiscal year, not the final target. A bare year
(令和6年度 / R6 / 2024) is a schedule column (a 工程表's arrows, ●, labels) — or, under a parent
header 目標 / 実績 / 予算, a yearly value of that kind.

A layout whose words mean something else passes ``overrides`` (label → role, or None to
forget a label) merged over the base: ``classify(text, {"施策": "title"})``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .text import compact, ends_year_before, era_year, lazy_re, unit_in_name

Role = Literal[
    "code",
    "title",
    "departments",
    "indicator",
    "baseline",
    "target",
    "actual",
    "rate",
    "evaluation",
    "budget",
    "schedule",
    "summary",
    "purpose",
    "related",
    "background",
    "priority",
    "in_plan",
    "actions",
    "section",
    "unit",
    "baseline_year",
    "target_year",
    "note",
    "year",
    "ignore",
]

#: role → labels, in the matching form's spelling (before case folding). Most specific first.
LABELS: dict[str, tuple[str, ...]] = {
    "code": (
        "番号",
        "NO",
        "NO.",
        "No",
        "No.",
        "№",
        "管理番号",
        "取組番号",
        "事業番号",
        "施策番号",
        "整理番号",
        "項番",
        "通し番号",
        "ID",
        "CODE",
        "コード",
        "施策コード",
        "事業コード",
        "取組コード",
        "管理コード",
    ),
    "title": (
        "取組名",
        "事業名",
        "施策名",
        "具体的な取組",
        "取組項目",
        "取組",
        "取り組み",
        "取組事項",
        "主な取組",
        "具体的取組",
        "個別施策",
        "実施事業",
        "アクション",
        "事業",
        "事業名称",
        "事務事業名",  # a 事務事業評価シート's
        "取組名称",
        "名称",  # 「区分 | 番号 | 名称」: a list of 基本目標, 施策 and 取組 rows, each named in one column
        "項目",
        # a 情報システム標準化 移行計画's rows: each 業務 moved to the standard systems is its 取組 (千歳野市)
        "標準化対象業務",  # (not 「対象業務」 alone: 「対象業務の拡大」 is a step of a 工程)
        "NAME",
        "TITLE",
        "PROJECT",  # a 政令市's bilingual table: 「施策No. | Project | 担当 Dept. | KPI」
        "PROJECT NAME",
        "INITIATIVE",
    ),
    "departments": (
        "担当課",
        "所管課",
        "担当部署",
        "所管",
        "担当",
        "担当課名",
        "所管部署",
        "担当部局",
        "担当部課",
        "主管課",
        "所管課名",
        "事業担当課",
        "実施主体",
        "担当所属",
        "関係課",
        "連携課",
        "実施課",
        "主管部署",
        "主管部局",
        "所管部局",
        "県の担当",  # a 県's support of its 市町村: who in the 県 does it
        "県の担当課",
        "市の担当",
        "町の担当",
        "村の担当",
        "DEPT",
        "DEPARTMENT",
        "DEPT_NAME",
        "DEPT.",
    ),
    "indicator": (
        "指標",
        "KPI",
        "評価指標",
        "成果指標",
        "目標(指標)",
        "指標名",
        "活動指標",
        "KPI(評価指標)",
        "重要業績評価指標",
        "数値目標",
        "目標指標",
        "成果目標",
        "KPI_NAME",
        "INDICATOR",
    ),
    "baseline": (
        "基準値", "現状値", "現状", "策定時", "基準", "現状値(基準値)", "現況値", "現況", "当初値", "初期値", "BASE", "BASELINE",
        "BASE_VALUE", "BASELINE_VALUE",
    ),  # fmt: skip
    "target": ("目標値", "目標", "最終目標", "最終目標値", "目標(最終)", "計画値", "TARGET", "TARGET_VALUE", "MILESTONE", "GOAL"),
    "actual": ("実績値", "実績", "進捗実績", "現在値", "直近値", "最新値", "ACTUAL", "RESULT", "ACTUAL_VALUE"),
    "rate": ("達成率", "進捗率", "達成度"),
    "evaluation": (
        "評価",
        "進捗",
        "進捗状況",
        "達成状況",
        "自己評価",
        "評価結果",
        "進捗評価",
        "総合評価",
        "評価区分",
        "進捗区分",
        "STATUS",
        "ステータス",
        "GRADE",
        "EVALUATION",
    ),
    "budget": (
        "予算", "事業費", "経費", "予算額", "概算事業費", "年度経費", "決算額", "費用", "BUDGET",
        # a 事務事業評価シート's 「コスト（千円） | R5決算 | R6決算見込 | R7予算」
        "決算", "決算見込", "決算見込額", "当初予算", "当初予算額", "コスト", "事業コスト", "トータルコスト",
    ),  # fmt: skip
    "schedule": (
        "スケジュール",
        "工程",
        "工程表",
        "実施スケジュール",
        "年次計画",
        "取組予定",
        "ロードマップ",
        "実施時期",
        "実施期間",
        "実施年度",
        "取組期間",
        "事業期間",
        "実施予定期間",
        "年度別計画",
        "年度計画",
        "年度別事業計画",
        "年度別スケジュール",
        "年次スケジュール",
        "年度別工程",
        "時期",
        "期間",  # 「期間　　Ｒ６～Ｒ８」 under a 取組 of a report: the years its work runs
        "PERIOD",
        "SCHEDULE",
        "TIMELINE",
    ),
    # the first and the last year of the work (「実施期間」 over 「開始 | 終了」): the years between are its schedule
    "start": ("開始", "開始年度", "開始時期", "開始予定", "開始日", "着手", "着手年度", "着手時期", "事業開始年度", "START_FY", "START_YEAR", "FY_START"),
    "end": ("終了", "終了年度", "終了時期", "終了予定", "終了日", "完了年度", "完了時期", "完了予定", "事業終了年度", "END_FY", "END_YEAR", "FY_END"),
    "summary": ("概要", "内容", "取組内容", "事業概要", "取組概要", "事業内容", "実施内容", "取組の内容", "取組方針"),
    "purpose": ("目的", "事業目的", "取組の目的"),
    # the 取組 a table of indicators apart from the 取組's names for each of its rows (「指標 | 関連する取組 | 現状値 …」)
    "related": ("関連する取組", "関連取組", "対象取組", "対象となる取組", "関連する主な取組", "該当する取組"),
    # what comes next (Plan JSON's actions): 「【今後の方針】」 of a progress report
    "actions": ("今後の方針", "今後の取組", "今後の取組方針", "今後の展開", "今後の予定"),
    # a 重点 column (「★」「○」 in the rows the plan puts first): Plan JSON's priority
    # (「【重点取組】」 over a list heads the 取組 themselves: no label of this)
    "priority": ("重点", "優先度", "優先順位", "優先"),

    # 現状・課題 (Plan JSON's background): why the work is needed, before what it does
    "background": ("課題", "現状と課題", "現状・課題", "現状及び課題", "現状と問題点", "背景", "背景・課題", "取組の背景", "課題認識"),
    "section": (
        "区分",
        "分野",
        "基本目標",
        "施策",
        "基本方針",
        "施策分野",
        "施策体系",
        "体系",
        "階層",
        "重点取組事項",
        "基本施策",
        "政策",
        "施策の柱",
        "柱",
        "大項目",
        "中項目",
    ),
    "unit": ("単位", "UNIT"),
    # the municipality named on every row of a table (open data): the plan's, not a column of the plan
    "municipality": ("市区町村名", "自治体名", "団体名", "市町村名"),
    # the plan named on every row of a system's export (kintone's 「計画名」 field): the plan's, no column of its 取組
    "plan_name": ("計画名", "計画の名称"),
    # open data of a row a figure (「年度 | 区分 | 値」): the figure, its measure in the 区分, its year beside it
    "value": ("値", "数値", "VALUE", "データ値"),
    "year": ("年度",),  # a column of years: each row's 目標 / 実績 are that year's
    "note": (
        "備考",
        "今後の方向性",
        "今後の課題",
        "成果",
        "取組実績",
        "取組状況",
        "実施状況",
        "状況",  # 「状況　　…をオンライン化した。」 under a 取組's figures: the year's account
        "MEMO",
        "NOTE",
        "コメント",
        "財源",
        "主な財源",
        "REMARKS",
        # who the work is done with, outside the 課 (「連携先：全市町村」 under a 県's 担当課): a note, no department
        "連携先",
        "連携団体",
        "連携機関",
        "関係機関",
        "協力団体",
        "協力機関",
    ),
    # a municipality's own code beside the plan's rows (open data): no initiative's number
    # …and a count of the plan's items (「基本方針 | 取組数 | Ａ | Ｂ | Ｃ」, a summary of grades): no title column
    "ignore": (
        "団体コード", "自治体コード", "市町村コード", "地方公共団体コード", "郵便番号", "担当係", "係名",
        "取組数", "事業数", "施策数", "指標数",
        # the plan's or a report's span, not a 取組's years (「期間」 alone is the 取組's: it would take these in)
        "計画期間", "評価期間", "報告期間", "対象期間", "集計期間",
        # an evaluation sheet's fields beside its 事業's own (「評価者　市民部長」「会計区分　一般会計」): who graded it, which
        # account pays — neither the 担当課 nor the budget
        "評価者", "評価責任者", "会計区分", "会計名",
        # …and the person who fills it in (「担当者　行政係長」): no department
        "担当者", "担当者名", "記入者", "作成者", "連絡先", "内線", "予算科目",
        # …and the head of the 課 beside it (「所管課 | 総務課 | 課長名 | 山田　健一」, 栂池町's 評価シート, batch 41): a
        # person, no 課 (read as the 課's value run on, 「課長名山田」「健一」 had been two more 担当課)
        "課長名", "所属長", "所属長名", "部長名", "責任者", "責任者名",
        # a page's contact box (「お問い合わせ　鳴海台市 DX推進課」 at a web page's foot): whom to ask, no 取組's 課
        "お問い合わせ", "お問い合わせ先", "問い合わせ先", "問合せ先", "お問合せ",
        # a 委員名簿's 区分 (「事業者 | 三浦　雄一 | 檜山台商工会議所」, batch 35's 檜山台市 and 若草野町): who sits on the
        # committee, no 事業 (taken loosely for 「事業」, each member a card's 取組)
        "事業者",
    ),
}

#: Words in the name of a sheet that is not part of the plan (an example, a memo, an old copy):
#: in a workbook of several sheets such a sheet is left out, with a warning.
NOT_PLAN_SHEET_WORDS = (
    "記入例",
    "入力例",
    "記載例",
    "例",
    "サンプル",
    "見本",
    "メモ",
    "作業用",
    "参考",
    "コピー",
    "旧",
    "記入方法",
    "記入要領",
    "入力要領",
    "作成要領",
    "手引",
    "説明",
    "凡例",
)

#: Roles a one-row-per-initiative table may hold once only (a second such column is ignored).
SINGLE = (
    "code", "title", "departments", "indicator", "baseline", "unit", "rate", "evaluation", "summary",
    "baseline_year", "target_year", "start", "end",
)  # fmt: skip
#: Roles that can carry a fiscal year in their header.
YEARLY = ("target", "actual", "budget", "schedule", "baseline", "rate", "evaluation")

#: A year named by where it stands to the year reported on: 「前年度」「昨年度」 (1 before it), 「今年度」「本年度」「当年度」.
_RELATIVE_YEAR = lazy_re(r"(?:(前年度|昨年度)|今年度|本年度|当年度)の?")
#: The arrow between a baseline's label and its target's in one header cell (「現状値（R5）→目標値（R10）」).
_PROGRESSION = lazy_re(r"\s*[→⇒➡]\s*")
_BRACKETS = lazy_re(r"[\[\]【】「」『』〔〕<>〈〉《》:]")
_PARENS = lazy_re(r"\([^()]*\)")
_HEADER_FY = lazy_re(
    r"(令和|平成|R|H)(元|\d{1,2})(?!\d)(?:年度|年)?末?|(?<![\d.])((?:19|20)\d{2})(?![\d.])(?:年度|年)?",
    re.IGNORECASE,
)
#: A header cell's English after its Japanese, on its line or the next (a bilingual sheet): 「 Initiative」
#: 「⏎Start」「 Baseline FY2023」「 / Goal 1」 — ASCII words to the end of the cell.
_ENGLISH_TAIL = lazy_re(r"[\s/／]+[A-Za-z][A-Za-z0-9 .,/&'()\-–]*$")
#: A header naming the year of another column's values: 「目標年度」「BASE_FY」「target year」.
#: What joins two labels in one header cell: 「取組／成果指標」「取組・指標」.
_TWO_LABELS = lazy_re(r"[/・]")
#: The calendar a header asks its years in (「基準年度（西暦）」「目標年度（和暦）」, a 県's 調査票).
_CALENDAR = lazy_re(r"\((?:西暦|和暦|元号)\)")
_DATED = lazy_re(r"(.+?)(?:の|\()?(?:年度|_?fy|_?year)\)?")  # 「基準年度」「現状値の年度」「現状値（年度）」
#: 「基準日」「目標時期」「基準時点」「目標達成時期」: the date of the row's baseline or target, in a column of its own (a
#: 事業管理 system's export: 「基準日 | 基準値 | 目標時期 | 目標値」; first read: 「基準日」 a second baseline column, its
#: value lost, and 「目標時期」 a step)
_DATED_DAY = lazy_re(r"(.+?)(?:の)?(?:日|時期|時点|期日|年月日|期限|達成時期)")
#: The halves of a year in a 工程表 header, under the year (「令和6年度」 over 「上期 | 下期」).
_HALVES = {"上期": 1, "上半期": 1, "前期": 1, "前半": 1, "下期": 2, "下半期": 2, "後期": 2, "後半": 2}


#: An indicator's name, then the value a column holds of it: 「手続数・基準値(R5)」 (blanks dropped).
#: A column of one kind of a row's indicators: 「活動指標名」「成果指標単位」「成果指標基準値（R4）」 (blanks dropped).
_KIND_COLUMN = lazy_re(
    r"((?:活動|成果|アウトプット|アウトカム|業績)指標)(名称|名|単位|基準値|現状値|目標値|実績値|基準|現状|目標|実績)(.{0,12})"
)
_NAMED_VALUE = lazy_re(r"([^・/／]{2,16})[・/／]((?:基準値|現状値|目標値|実績値|基準|現状|目標|実績)\S{0,12})")
#: A quarter of a year in a ロードマップ's header: 「R7.4-6」「R8.1-3」「令和7年4～6月」 (NFKC, blanks dropped).
_MONTHS = lazy_re(r"(?:R|令和)(\d{1,2})[.年](\d{1,2})(?:月)?[-~～〜](\d{1,2})月?")
#: 「第1四半期」「1Q」「Q1」 under its year.
_QUARTER_NUMBER = lazy_re(r"第([1-4])四半期|([1-4])Q|Q([1-4])")
#: Months of a year in a 工程表 header under its year: 「4～6月」「4月～6月」「10-12月」 (NFKC, blanks dropped).
_MONTH_RANGE = lazy_re(r"(\d{1,2})月?[-~～〜](\d{1,2})月")


def _half_of_months(first: int, last: int) -> int | None:
    """The half of the fiscal year months ``first`` to ``last`` lie in (April to September the first, October
    to March the second); None for a range across both or no months at all (「7～12月」 is in no one half)."""
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    halves = {1 if 4 <= month <= 9 else 2 for month in (first, last)}
    span = (last - first) % 12
    return halves.pop() if len(halves) == 1 and span < 6 else None


def _period_number(text: str) -> int | None:
    """The half of its fiscal year a header cell under a year names as a quarter or months: 「第3四半期」「3Q」
    「10～12月」 → 2; None for anything else."""
    t = compact(text).upper()
    number = _QUARTER_NUMBER.fullmatch(t)
    if number is not None:
        return 1 if int(next(g for g in number.groups() if g)) <= 2 else 2
    months = _MONTH_RANGE.fullmatch(t)
    return _half_of_months(int(months.group(1)), int(months.group(2))) if months is not None else None


def _quarter(text: str, parent: str | None, overrides: dict[str, str | None] | None) -> Column | None:
    """A quarter column of a 工程表 as the half of its fiscal year it falls in (Plan JSON's finest
    step): 「R7.4-6」 and 「R7.7-9」 the first half of 2025, 「R8.1-3」 the second half of 2025 (January to
    March end the fiscal year before); 「第3四半期」 or 「10～12月」 under 「令和7年度」 the second half of 2025."""
    t = compact(text).upper()
    months = _MONTHS.fullmatch(t)
    if months is not None:
        calendar, month = 2018 + int(months.group(1)), int(months.group(2))
        if not 1 <= month <= 12:
            return None
        return Column("schedule", calendar if month >= 4 else calendar - 1, half=1 if 4 <= month <= 9 else 2)
    half = _period_number(t)
    if half is not None and parent:
        group = classify(parent, overrides)
        if group is not None and group.role == "schedule" and group.fy is not None:
            return Column("schedule", group.fy, half=half)
    return None


#: A month of a 工程表 by month as a date in its header: Excel's date (「2026-01-01」, shown 「1月」) or typed
#: (「2026/1/1」「2026年1月」) — compact form.
_MONTH_DATE = lazy_re(
    r"((?:19|20)\d{2})(?:-(\d{2})-\d{2}(?:00:00:00)?|/(\d{1,2})(?:/\d{1,2})?|年(\d{1,2})月(?:\d{1,2}日)?)"
)


def is_quarter(text: str) -> bool:
    """Whether a header cell names a quarter (or months within a half) of the year above it: 「1Q」「Q3」
    「第2四半期」「4～6月」."""
    return _period_number(text) is not None


def _month_column(text: str, parent: str | None, overrides: dict[str, str | None] | None) -> Column | None:
    """A month's date in a header as the fiscal year it falls in (April to March: 「2026-01-01」 is 2025), a
    year of the schedule — or of the value its parent names (「目標」 over 「2026-03-31」)."""
    m = _MONTH_DATE.fullmatch(compact(text))
    if m is None:
        return None
    month = int(m.group(2) or m.group(3) or m.group(4))
    if not 1 <= month <= 12:
        return None
    fy = int(m.group(1)) - (1 if month < 4 else 0)
    group = classify(parent, overrides) if parent else None
    role = group.role if group is not None and group.role in ("target", "actual", "budget") else "schedule"
    return Column(role, fy, group.unit if group is not None and role != "schedule" else None)


#: What the row of a whole table's sum says in its title or code cell (「計」「合計」「総計」; a cell a paragraph:
#: ``readers.cellrows``), and of any sum, a part's (小計) and a running one's (累計) too (``shapes.tables.is_total_text``).
SUM_WORDS = ("合計", "総計", "計")
TOTAL_WORDS = (*SUM_WORDS, "小計", "累計")


#: A value label of one half of the year written over it (「上半期実績」「下期目標」), NFKC and no blanks — not 「前期」「後期」
#: (a plan period's halves: 「前期目標(R7)」「前期実績」).
_HALF_VALUE = lazy_re(r"(上半期|下半期|上期|下期)の?((?:目標|実績)値?)(.{0,8})")


def _half_label(text: str) -> re.Match[str] | None:
    """The match of a value label of one half of a year naming no year of its own (「上半期実績」, not 「令和6年度上半期
    実績」): the one rule of :func:`half_value` and :func:`year_half`."""
    m = _HALF_VALUE.fullmatch(compact(text))
    return m if m is not None and year_in(text) is None else None


def half_value(text: str) -> int | None:
    """1 for a value label of a year's first half (「上半期実績」「上期目標」), 2 for its second half's (「下半期実績」), else
    None (``year_half``)."""
    m = _half_label(text)
    return half_of(m.group(1)) if m is not None else None


def year_half(text: str, parent: str | None, overrides: dict[str, str | None] | None = None) -> tuple[int, int, str] | None:
    """(fiscal year, half, role) of a value label of one half of the year merged over it: 「令和６年度」 over 「上半期実績」 →
    (2024, 1, "actual"). Only under a parent that is one fiscal year and nothing else, a label naming no year of its own
    and a half of the year (上半期 / 下半期 / 上期 / 下期), a 目標 or 実績 — such a column is a note of its 取組
    (``_classify_cell``); whether a year's second half is its figure is the table's to say (``tables._halves_of_years``)."""
    m = _half_label(text)
    if m is None or not parent:
        return None
    found = year_in(parent)
    if found is None or found[1].strip("()（）") not in ("", "年度"):
        return None  # 「目標値（令和3～12年度）」: a plan period's, not one year's
    column = _classify(m.group(2) + m.group(3), overrides, None, loose=False)
    if column is None or column.role not in ("target", "actual") or column.fy is not None:
        return None
    half = half_of(m.group(1))
    return (found[0], half, column.role) if half is not None else None


def half_of(text: str) -> int | None:
    """1 for 「上期」「前期」, 2 for 「下期」「後期」 (a 工程表's halves of a year), else None."""
    return _HALVES.get(key(text))


_UNIT_IN_PARENS = lazy_re(r"\((百万円|千円|万円|円)\)")


#: A column numbering the indicators (「KPI番号」「指標No.」「KPIコード」), in the labels' matching form (``key``): beside the
#: 取組's number or the indicator's name, neither — a list of indicators under their numbers (「ＫＰＩ番号 | 指標名 | 単位
#: | 基準値（R6） | R7 …」), which a 取組's 「関連ＫＰＩ」 cell names.
INDICATOR_NUMBER = lazy_re(r"(?:kpi|指標|成果指標|評価指標|目標指標)_?(?:番号|no\.?|コード|code|id|№)")
#: An indicator's own number in a list of indicators (NFKC): 「K1-1」「KPI-01」「KPI1」「A-2」 — letters first, which a 取組's
#: 「1-1」 lacks.
INDICATOR_CODE = lazy_re(r"[A-Za-z]{1,4}[-‐－]?[0-9]{1,3}(?:[-‐－.][0-9]{1,3}){0,3}")


@functools.lru_cache(maxsize=4096)
def key(text: str) -> str:
    """The matching form of a label: NFKC, no blanks, case-folded, brackets and colons dropped.

    Cached: the same header and section texts are matched again on every row of a table."""
    return _BRACKETS.sub("", compact(text).casefold())


def _index(overrides: dict[str, str | None] | None) -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for role, labels in LABELS.items():
        for label in labels:
            table.setdefault(key(label), role)
    for label, given in (overrides or {}).items():
        table[key(label)] = given
    return table


_BASE: dict[str, str | None] | None = None


def _lookup(overrides: dict[str, str | None] | None) -> dict[str, str | None]:
    global _BASE
    if overrides:
        return _index(overrides)
    if _BASE is None:
        _BASE = _index(None)
    return _BASE


@dataclass(frozen=True, slots=True)
class Column:
    """What a header says about its column: the role, the fiscal year it is for, a money unit."""

    role: str
    fy: int | None = None
    unit: str | None = None
    of: str | None = None  # for a "year" column: the role whose values it dates (基準年度 → baseline)
    half: int | None = None  # a 工程表's 上期 (1) or 下期 (2) under its year
    name: str | None = None  # the indicator a value column is of: 「手続数・基準値(R5)」 → 手続数
    until: int | None = None  # a "progression" column's target year: 「現状値（R5）→目標値（R10）」 → 2028
    ago: int | None = None  # years before the year reported on: 「前年度評価」 1, 「今年度評価」 0

    def slot_before(self) -> tuple[int, int | None] | None:
        """The (fiscal year, half) of the 工程表 column before this one: an arrow carries its label on."""
        if self.fy is None:
            return None
        if self.half == 2:
            return self.fy, 1
        return self.fy - 1, 2 if self.half == 1 else None


def years_again(before: str, cell: str) -> bool:
    """Whether a header cell's year is no later than the year of the cell before it: a group's years run on, the next
    group's start again (「R10」 then 「R7」: 目標値's years, then the 工程's)."""
    first, then = year_in(before), year_in(cell)
    return first is not None and then is not None and then[0] <= first[0]


def year_in(text: str) -> tuple[int, str] | None:
    """(fiscal year, the header without it) for 「目標値(令和6年度)」「R6目標」「2024年度実績」「令和6年度」."""
    t = compact(text)
    m = _HEADER_FY.search(t)
    if not m:
        return None
    if m.group(3):
        fy: int | None = int(m.group(3))
    else:
        fy = era_year(m.group(1), m.group(2))
    if fy is None:
        return None
    # 「基準（令和５年３月末）」: the figure at the end of March is the year before's (ends_year_before)
    return fy - ends_year_before(t, m), t[: m.start()] + t[m.end() :]


def dated_by_day(text: str) -> bool:
    """Whether a header names the date of another column's value by a day or a time (「基準日」「目標時期」), not a year."""
    k = key(text)
    return _DATED_DAY.fullmatch(k) is not None and _DATED.fullmatch(k) is None


#: Labels taken only as the whole header cell: 「名称」 ends too many labels of other roles (「指標の名称」「部署名称」).
_WHOLE_ONLY = frozenset({"名称"})


def _role_of(text: str, table: dict[str, str | None], loose: bool = True) -> str | None:
    """The role of a header without its year: exact label, then without parentheses, then a
    short header that starts or ends with a label (「主な取組内容」「担当課名」) unless ``loose`` is False."""
    k = key(text)
    if not k:
        return None
    if k in table:
        return table[k]
    bare = _PARENS.sub("", k).strip("()")
    if bare in table:
        return table[bare]
    if not bare or len(bare) > 14 or not loose:
        return None
    parts = [p for p in _TWO_LABELS.split(bare) if p]
    if len(parts) == 2:
        # 「取組／成果指標」: one column for two, the initiatives' rows and their indicators' rows
        # under them (the indicator's row says so: 「指標：…」), so it names the initiatives
        roles = [_role_of(p, table, loose) for p in parts]
        if "title" in roles and all(roles):
            return "title"
    best: tuple[int, str | None] | None = None
    for label, role in table.items():
        if len(label) < 2 or len(label) * 5 < len(bare) * 2 or label in _WHOLE_ONLY:
            continue
        if not (bare.startswith(label) or bare.endswith(label)):
            continue
        score = len(label) * 2 + (1 if bare.endswith(label) else 0)
        if best is None or score > best[0]:
            best = (score, role)
    return best[1] if best else None


def classify(
    text: str,
    overrides: dict[str, str | None] | None = None,
    parent: str | None = None,
    *,
    loose: bool = True,
) -> Column | None:
    """The column a header cell names, or None. ``parent`` is the header cell above (two header
    rows); ``loose=False`` takes only whole labels and years (for telling a header from data)."""
    if overrides:
        return _classify(text, overrides, parent, loose=loose)
    return _cached(text, parent, loose)


@functools.lru_cache(maxsize=4096)
def _cached(text: str, parent: str | None, loose: bool) -> Column | None:
    """classify without overrides: tables repeat their cells, and every row is asked about."""
    return _classify(text, None, parent, loose=loose)


def _classify(
    text: str,
    overrides: dict[str, str | None] | None = None,
    parent: str | None = None,
    *,
    loose: bool = True,
) -> Column | None:
    table = _lookup(overrides)
    if not text.strip():
        return classify(parent, overrides) if parent else None
    pair = _PROGRESSION.split(text)
    if len(pair) == 2 and all(p.strip() for p in pair):
        # 「現状値（R5）→目標値（R10）」: one column of both, 「120手続→400手続」 in its cells
        first, then = (_classify_cell(p, table, overrides, parent, loose=False) for p in pair)
        if first is not None and then is not None and (first.role, then.role) == ("baseline", "target"):
            return Column("progression", first.fy, first.unit or then.unit, until=then.fy)
    found = _classify_cell(text, table, overrides, parent, loose=loose)
    english = _ENGLISH_TAIL.search(text) if found is None and not text.isascii() else None
    if english is not None and english.start() > 0:
        # 「取組名⏎Initiative」「開始 Start」: a label with its English after it, read by its Japanese
        return _classify_cell(text[: english.start()], table, overrides, parent, loose=loose)
    return found


def _classify_cell(
    text: str,
    table: dict[str, str | None],
    overrides: dict[str, str | None] | None,
    parent: str | None,
    *,
    loose: bool,
) -> Column | None:
    quarter = _quarter(text, parent, overrides)
    if quarter is not None:
        return quarter
    month = _month_column(text, parent, overrides)
    if month is not None:
        return month
    halved = year_half(text, parent, overrides)
    if halved is not None:
        # 「令和６年度」 over 「目標 | 上半期実績 | 下半期実績」 (瑠璃野町's 進捗管理表, batch 45: the 上半期 figure had been read
        # as the year's 実績, the year-end one dropped): a figure at a half of the year is a note of its 取組 — the
        # second half's the year's only where the table says its halves are 累計 (``tables._halves_of_years``)
        return Column("note", half=halved[1])
    kind = _KIND_COLUMN.fullmatch(compact(text))
    if kind is not None:
        # 「活動指標名」「活動指標目標（R6）」 beside 「成果指標名」「成果指標基準値（R4）」 (a 事務事業評価's two indicators a row):
        # each column of the indicator of its kind, named by the kind's 名 column
        if kind.group(2) in ("名", "名称"):
            return Column("indicator", name=kind.group(1))
        if kind.group(2) == "単位":
            return Column("unit", name=kind.group(1))
        column = _classify(kind.group(2) + kind.group(3), overrides, parent, loose=loose)
        if column is not None and column.role in ("baseline", "target", "actual"):
            return Column(column.role, column.fy, column.unit, name=kind.group(1))
    named = _NAMED_VALUE.fullmatch(compact(text))
    if named is not None and _role_of(named.group(1), table, loose=False) is None:
        # 「手続数・基準値(R5)」「利用率／目標値(R9)」: a value column of the indicator its header names first
        column = _classify(named.group(2), overrides, parent, loose=loose)
        if column is not None and column.role in ("baseline", "target", "actual"):
            return Column(column.role, column.fy, column.unit, name=named.group(1))
    unit_match = _UNIT_IN_PARENS.search(compact(text))
    unit = unit_match.group(1) if unit_match else None
    if unit is None and (named := unit_in_name(text)) is not None:
        unit = named[1]  # 「目標値(R9)（件）」: the unit of the column's figures
    relative = _RELATIVE_YEAR.match(compact(text))
    if relative is not None and relative.end() < len(compact(text)):
        # 「前年度評価」「今年度実績」 in a progress report: the years before the one it reports on
        role = _role_of(compact(text)[relative.end() :], table, loose=False)
        if role in YEARLY:
            return Column(role, None, unit, ago=1 if relative.group(1) else 0)
    found = year_in(text)
    if found is not None:
        fy, rest = found
        rest_key = _PARENS.sub("", key(rest)).strip("()~〜-")
        role = _role_of(rest_key, table, loose) if rest_key else None
        if role is None and not rest_key:  # 「令和5年度（現状値）」: the role is in the parentheses
            inner = key(rest).strip("()~〜-")
            role = _role_of(inner, table, loose=False) if inner else None
            role = role if role in ("baseline", "target", "actual") else None
        if role is None and parent:
            parent_column = classify(parent, overrides)
            role = parent_column.role if parent_column else None
            unit = unit or (parent_column.unit if parent_column else None)
        if role is None and not rest_key:
            role = "schedule"
        # 「目標年度（R9）」 names its year: the values of that year, not a column of years
        role = {"baseline_year": "baseline", "target_year": "target"}.get(role or "", role)
        if role in YEARLY:
            return Column(role, fy, unit)
        if role == "indicator":  # 「KPI（令和9年度）」: the indicator with its target of that year
            return Column(role, fy, unit)
        return None
    bare = _CALENDAR.sub("", key(text))  # 「基準年度（西暦）」: how its years are written, no part of the label
    dated = _DATED.fullmatch(bare) or _DATED_DAY.fullmatch(bare)
    if dated and bare not in table:
        # 「基準年度」「目標年度」「TARGET_FY」: the fiscal year of the row's value in another column
        of = _role_of(dated.group(1).strip("_ "), table, loose=False)
        if of in ("baseline", "target", "actual"):
            return Column("year", None, None, of)
    role = _role_of(text, table, loose)
    if role is None:
        if parent:
            group = classify(parent, overrides)
            if group is not None and group.role in ("baseline", "target", "actual") and key(text) in _SUPERSEDED:
                # 「目標値（R9）」 over 「変更前 | 変更後」 (a 中間見直し's sheet): the value as it was before the review is
                # superseded, kept as a note; the 変更後 beside it is the column's value
                return Column("note", None, None)
            half = half_of(text)
            if half is not None and group is not None and group.role == "schedule" and group.fy is not None:
                return Column("schedule", group.fy, half=half)  # 「上期」 under 「令和6年度」
            return group
        return None
    if role in YEARLY and parent:
        # 「令和6年度」 over 「目標 | 実績」: the year is the group's, the role the cell's own
        above = year_in(parent)
        if above is not None and not _PARENS.sub("", key(above[1])).strip("()~〜-"):
            return Column(role, above[0], unit)
    return Column(role, None, unit)


#: The sub-labels of a value column for the value a review replaced (「目標値」 over 「変更前 | 変更後」): a note, no figure.
_SUPERSEDED = frozenset(
    key(t) for t in ("変更前", "修正前", "見直し前", "改定前", "改訂前", "改正前", "現行", "当初", "当初値", "当初目標", "旧")
)


#: The labels of the column of a 新旧対照表 that states a part as the review left it (「取組 | 見直し前 | 見直し後」).
_REVISED = frozenset(
    key(t) for t in ("変更後", "修正後", "見直し後", "改定後", "改訂後", "改正後", "改定案", "改正案", "新")
)


def supersedes(earlier: str, later: str) -> bool:
    """Whether the header label ``later`` names the value a review put in place of the one ``earlier`` names, both of one
    role and year: 「当初目標値（R9） | 見直し後目標値（R9）」 (若桐町's 中間見直し, batch 42: first read by the 当初 target,
    the revised one dropped as a second column of the same target). Either label says so by the word opening it — the
    earlier 「当初」「変更前」「見直し前」…, or the later 「見直し後」「変更後」「改定後」… (not 「旧」「新」 alone, which open
    other words: 「新規」). Two target columns of one year and no such word are not told apart here."""
    return _opened_by(earlier, _SUPERSEDED) or _opened_by(later, _REVISED)


def revision_label(label: str) -> bool:
    """Whether ``label`` is a value's label a review's word opens (「当初目標値」「見直し後目標値」, ``supersedes``): a header's
    label, though no label of the dictionary as written — its year 「（R9）」 wrapped onto the next line leaves it bare
    (若桐町's 中間見直し through ``pdftotext -layout``)."""
    return _opened_by(label, _SUPERSEDED) or _opened_by(label, _REVISED)


def _opened_by(label: str, words: frozenset[str]) -> bool:
    """Whether ``label`` is a value's label opened by one of ``words`` of two characters or more: 「当初目標値（R9）」 (「目標値」
    after 「当初」), not 「当初」 alone (a sub-label under its group: ``_SUPERSEDED``), 「当初値」 (a baseline's own label) nor
    「当初予算」 (a budget's, beside its 決算)."""
    written = key(label)
    table = _lookup(None)
    return any(
        len(word) >= 2
        and written.startswith(word)
        and _role_of(_PARENS.sub("", written[len(word) :]).strip(), table, loose=False) in ("baseline", "target", "actual")
        for word in words
    )


def compares_revisions(labels: Iterable[str]) -> bool:
    """Whether header labels set a part before a review beside it after (「見直し前 | 見直し後」「旧 | 新」「改正後 |
    改正前」): a 新旧対照表, a list of what a review changed — its rows name 取組 of the plan and their old titles, 担当課
    and targets, no 取組 of their own (竜胆台市's 資料１, batch 36: each row had been read as a 取組 titled its two cells
    glued, 「窓口のキャッシュレス化公金のキャッシュレス化」, and outweighed the plan's cards)."""
    keys = {key(label) for label in labels}
    return bool(keys & _SUPERSEDED) and bool(keys & _REVISED)


#: Section labels that name the initiatives themselves in a table without a 取組名 column
#: (「番号 | 施策 | 担当課 | 成果指標 …」); beside a 取組 column they are its sections.
_SECTION_AS_TITLE = ("施策", "基本施策")
#: Summary labels that name the initiatives in a table with no other column of words for them.
_SUMMARY_AS_TITLE = ("取組内容", "事業内容", "実施内容", "取組の内容", "取組概要", "事業概要")


def initiatives_column(labels: list[str], roles: list[str | None]) -> int | None:
    """The column whose 施策 cells name the initiatives, in a header that has no title column but
    is read by its 担当課 or indicator columns; None when there is a title column or no such 施策."""
    if "title" in roles or not {"departments", "indicator"} & set(roles):
        return None
    named = [i for i, role in enumerate(roles) if role == "section" and i < len(labels)]
    if named and key(labels[named[-1]]) in {key(t) for t in _SECTION_AS_TITLE}:
        return named[-1]
    # 「No. | 取組内容 | 令和6年度 … | 担当課」: a 工程表 whose one column of words is what is done
    described = [i for i, role in enumerate(roles) if role == "summary" and i < len(labels)]
    if len(described) == 1 and key(labels[described[0]]) in {key(t) for t in _SUMMARY_AS_TITLE}:
        return described[0]
    return None


#: Every label as written in LABELS, for a quick first look at a row.
SURFACE = frozenset(label for labels in LABELS.values() for label in labels)


def is_group_row(cells: list[str]) -> bool:
    """A row of group labels over a header (「取組 | 担当 | 指標 | スケジュール」, merged over the labels
    under them): three different labels or more and nothing else."""
    filled = [c for c in cells if c.strip()]
    return len(set(filled)) >= 3 and all(is_known(c) for c in filled)


#: The words a 区分 cell names a 取組's planned row by (「計画」「予定」 over 「実績」).
_PLANNED_WORDS = ("計画", "目標", "目標値", "計画値", "予定")
#: What may stand between the two measures a 区分 cell names (「目標・実績」「目標/実績」) (NFKC).
_MEASURE_MARKS = lazy_re(r"[・/／、,]")


#: The roles a row's 区分 cell may give its figures (「目標」「実績」「基準値」): one measure a row.
MEASURES = ("target", "actual", "baseline", "rate")  # 達成率: a row of rates under the years, the measures' ratio


def measure_of(text: str) -> str | None:
    """The measure a short 区分 cell names (「目標」 → target, 「実績値」 → actual), else None — also for a cell naming two,
    the 計画 or 目標 first and the 実績 after it (「計画実績」「計画⏎実績」: a 取組's two rows one line, as pdftotext -layout
    joins the wrapped lines of a row's cells — 桐ヶ谷市, batch 42, first read the 計画 row's steps and target as actuals;
    「予定実績」「目標・実績」「目標/実績」 alike, a mark between the two)."""
    if not text or len(text) > 6:
        return None
    written = _MEASURE_MARKS.sub("", compact(text))
    table = _lookup(None)
    if any(
        written.startswith(word) and _role_of(written[len(word) :], table, loose=False) == "actual"
        for word in _PLANNED_WORDS
    ):
        return None
    column = classify(text)
    return column.role if column is not None and column.role in MEASURES and column.fy is None else None


#: What a 区分 cell says a row is, where the rows of one table alternate: 「取組」 (an initiative, its years the 工程)
#: and 「指標」 (its indicator under it, its years the targets).
ROW_KINDS = ("title", "indicator")


def row_kind_of(text: str) -> str | None:
    """The kind of row a short 区分 cell names (「取組」 → title, 「指標」 → indicator), else None."""
    if not text or len(text) > 6:
        return None
    column = classify(text, loose=False)
    return column.role if column is not None and column.role in ROW_KINDS and column.fy is None else None


#: A table's column marking the rows of a wider list that are the DX plan's (a 総合計画's 事業一覧: 「DX」 ● on its DX
#: 事業): a header cell that is one of these whole, in a table's header row only — 「DX」 is a word of the plans' prose
#: (「・DX 推進リーダーの育成【人事課】」 is no label 「DX」 and its value), so it is no label of the dictionary.
IN_PLAN_LABELS = frozenset(key(label) for label in ("DX", "DX関連", "DX対象", "DX事業", "DX計画", "DX推進計画"))


#: Title labels any table may have over its first column (「項目 | 内容」 of a survey's 調査の概要, 「項目 | 平成25年度 …」 of
#: the 人口, 「基本理念 | 基本方針 | 取組」 of a 施策の体系, 「名称 | 所管」 of the 国's plans): a table under one of these is
#: the plan's only when its rows carry what 取組 carry (``tables.carries_initiatives``; batch 35's 白鷺台市, 琴浦野村,
#: 萩ノ台市).
GENERIC_TITLES = frozenset(key(label) for label in ("項目", "取組", "取り組み", "名称"))


def generic_title(text: str) -> bool:
    """True for a header cell that names a title column by a word any table may have over its first column
    (``GENERIC_TITLES``), or by no label of the dictionary at all but a word ending like one (「質問項目」 of 檜山台市's 職員
    アンケート, taken for 「項目」 loosely)."""
    column = classify(text)
    if column is None or column.role != "title":
        return False
    return key(text) in GENERIC_TITLES or not is_known(text)


def is_known(text: str) -> bool:
    """True when ``text`` is a label of the base dictionary or a year (a header cell for sure)."""
    if len(text) > 24:
        return False  # prose, a title: every row of a table is asked, so this must be quick
    k = key(text)
    if k in _lookup(None) or _PARENS.sub("", k) in _lookup(None):
        return True
    found = year_in(text)
    if found is None:
        return False
    # 「令和7年度：順次拡大」 is a year with its value (a card's schedule line), not a year's header
    rest, colon, value = found[1].partition(":")
    if colon:
        return not value or key(value) in _lookup(None)
    # nor is 「200手続（令和10年度）」: a figure before the year's brackets is a value's, nor 「R8 1,500千円」 printed
    # without its blank (「R81,500千円」): a figure after the year
    return not rest[:1].isdigit() and not (any(c.isdigit() for c in rest) and year_in(rest) is None)


#: A title cell that names an indicator, not an initiative: 「指標：電子申請件数」「【KPI】…」「（成果指標）…」.
_MARKED_INDICATOR = lazy_re(
    r"\s*(?:[(\[【〔〈<]\s*(?P<a>[^)\]】〕〉>]{1,6}?)\s*[)\]】〕〉>]|(?P<b>[^:：\s]{1,6}?)\s*[:：])\s*(?P<name>\S.*)"
)


def indicator_in_title(text: str) -> str | None:
    """The indicator's name of a title cell that says it holds one (「指標：電子申請件数（件）」),
    None for any other title. A KPI list can give each initiative's indicators in the rows under
    it, in the same column as the initiatives' titles, marked so."""
    m = _MARKED_INDICATOR.fullmatch(text)
    if m is None:
        return None
    column = classify(m.group("a") or m.group("b") or "", loose=False)
    return m.group("name").strip() if column is not None and column.role == "indicator" else None


#: Columns a groupware or a 庁内 system adds to each record of its export (its number, who wrote it
#: and when): no role of a plan, but header cells all the same — a header row with four of them
#: beside 取組名 / 担当部署 / 指標名 is still a header, not a card's row of labels and values.
RECORD_FIELDS = frozenset(
    key(word)
    for word in (
        "レコード番号", "レコードID", "作成者", "更新者", "登録者", "最終更新者",
        "作成日時", "更新日時", "登録日時", "最終更新日時", "作成日", "更新日", "登録日", "最終更新日",
    )
)  # fmt: skip


def is_record_field(text: str) -> bool:
    """True for the header of a column a system adds to its records (``RECORD_FIELDS``)."""
    return len(text) <= 12 and key(text) in RECORD_FIELDS


def is_label(text: str, role: str, overrides: dict[str, str | None] | None = None) -> bool:
    """True when ``text`` is one of the labels of ``role`` (exactly, in matching form)."""
    return _lookup(overrides).get(key(text)) == role


#: The columns a ticket system writes for every ticket of its CSV export — Backlog's 課題 (「キー | 種別 | 件名 | 詳細 |
#: 親課題キー | 開始日 | 期限日 …」) and Redmine's チケット in Japanese (「# | トラッカー | 親チケット | 題名 | 説明 | 期日 …」) —
#: by what each is to the plan kept in it (``ticket_exports``). Read only in a table that has a parent column: there
#: 件名 is each 取組's title and 開始日–期限日 each step's years, elsewhere 件名 and 詳細 are no labels of a plan (a plain
#: 取組一覧 with a 件名 column reads as it did). ``system``: the tool's own record of the ticket — its number, state,
#: priority, the person it is assigned to, when it was written — no title, 担当課 or figure of the plan, however the
#: dictionary would take the word (「ステータス」 an evaluation, 「進捗率」 a rate, 「ID」 a code, 「終了日」 the end of the
#: work: in Redmine the day the ticket was closed).
TICKET_FIELDS: dict[str, tuple[str, ...]] = {
    # what a child's parent column names: Backlog's 「YDX-12」, Redmine's 「12」 (written 「#12」 too)
    "key": ("キー", "課題キー", "#", "チケット番号", "課題番号"),
    "parent": ("親課題キー", "親課題", "親チケット", "親チケット番号", "親課題番号"),
    # the kind of ticket (Backlog's 種別 「取組」「工程」「その他」, Redmine's トラッカー): which rows are the plan's items
    "kind": ("種別", "種別名", "課題の種別", "トラッカー"),
    "title": ("件名", "題名"),
    "summary": ("詳細", "説明"),
    # a grouping the project chose: the 担当課 where its values are 課 (decided by the values, not by this word)
    "category": ("カテゴリー名", "カテゴリー", "カテゴリ", "カテゴリ名"),
    "start": ("開始日",),
    "end": ("期限日", "期日"),
    # the project, the same on every row: the plan's name (「八雲台市ＤＸ推進計画」)
    "project": ("プロジェクト名", "プロジェクト"),
    # a milestone or version, the same on every 取組 (「第２期計画（R7～R10）」): may state the plan's years
    "milestone": ("マイルストーン", "マイルストーン名", "対象バージョン", "発生バージョン", "発生バージョン名"),
    "system": (
        "ID", "プロジェクトID", "プロジェクトキー", "状態", "ステータス", "完了理由", "解決状況", "優先度", "担当者", "登録者", "作成者",
        "更新者", "最終更新者", "登録日", "作成日", "更新日", "最終更新日", "終了日", "完了日", "予定時間", "実績時間", "予定工数",
        "合計予定工数", "作業時間", "合計作業時間", "進捗率", "プライベート", "親チケットの題名", "関連するチケット", "ファイル",
        "添付ファイル", "共有ファイル", "ウォッチャー", "最新の注記", "タグ", "スター",
    ),
}  # fmt: skip

_TICKET_INDEX = {key(label): role for role, labels in TICKET_FIELDS.items() for label in labels}


def ticket_field(text: str) -> str | None:
    """What a column of a ticket system's export is (a role of ``TICKET_FIELDS``), None for a column of the plan's
    own (a カスタム属性: 取組番号, 指標名, 目標値 …, read by the dictionary). A header ending in 「ID」 (「種別ID」「担当者ID」,
    Backlog writes one beside each field) is the system's number of the field beside it."""
    k = key(text)
    found = _TICKET_INDEX.get(k)
    if found is None and len(k) > 2 and k.endswith("id"):
        return "system"
    return found



#: How a 財源 cell ends: 「国庫補助金・一般財源」「緊急防災・減災事業債」「…交付金」.
_FUNDING = lazy_re(r"(?:補助金|交付金|財源|地方債|事業債|[県国]費|支出金|負担金|基金|起債|使用料|手数料)$")


def is_funding(text: str) -> bool:
    """A 財源 column's cell: it ends with a source of money (「国庫補助金・一般財源」). Printed
    without its row (text in reading-flow order) it has a title's shape; callers take it for no
    title only where the count of rows says so (an initiative may be named 「IT導入補助金」)."""
    return _FUNDING.search(text.strip()) is not None
