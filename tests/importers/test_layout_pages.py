"""Tables as ``pdftotext -layout`` prints a browser's print of them (issue 8), in shapes batch 19's PDFs showed, on
tables of other widths, wrapped elsewhere and over another number of pages: a 取組一覧 whose header's labels wrap
(「番 / 号」, 「（R5） （R11）」 one blank apart), whose 重点 ★ stands one blank before a wrapped 取組名, whose targets stand
one blank before their 実施年度 (「30 R7～R11」), and whose rows go on over page breaks under the header printed again,
the page laid out afresh; and a 工程表 of 上期 / 下期 whose bars are only their words, centred in the halves they span.
The texts are built cell by cell at the character positions pdftotext gives (a kanji one place).
"""

from __future__ import annotations

from typing import Any

from shinchoku.importers import parse

from .printed_lines import line_at as _line

Cell = tuple[int, str]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_TITLE = _line((20, "架空市ＤＸ推進計画（令和７年度～令和11年度）"))
_RUNNING = _line((40, "架空市ＤＸ推進計画（令和７年度～令和11年度）"))
_HEAD = (
    _line((0, "番"), (6, "重"), (12, "取組名"), (24, "取組概要"), (34, "担当課"), (42, "成果指標"), (52, "現状値"),
          (59, "目標値"), (68, "実施年度")),
    _line((0, "号"), (6, "点"), (52, "（R5）"), (57, "（R11）")),
)  # fmt: skip
#: The header as a new page lays it out afresh, narrower.
_HEAD_NARROW = (
    _line((0, "番"), (6, "重"), (11, "取組名"), (22, "取組概要"), (31, "担当課"), (38, "成果指標"), (47, "現状値"),
          (53, "目標値"), (61, "実施年度")),
    _line((0, "号"), (6, "点"), (47, "（R5）"), (52, "（R11）")),
)  # fmt: skip

ICHIRAN = (
    _page(
        _TITLE,
        "",
        *_HEAD,
        "",
        "基本方針１ 暮らしのデジタル化",
        _line((0, "1-1 ★ 窓口予約の"), (20, "来庁の予約をオンライン"), (34, "市民課"), (41, "予約できる窓"), (54, "5"),
              (62, "30 R7～R11")),
        _line((9, "オンライン"), (20, "で受け付け、待ち時間を"), (41, "口数（窓口）")),
        _line((9, "化"), (20, "なくす。")),
        _line((0, "1-2"), (9, "電子申請の"), (20, "申請の多い手続から順に"), (34, "情報政策"), (41, "オンライン申"),
              (52, "120"), (61, "600"), (67, "R7～R10")),
        _line((9, "拡充"), (20, "オンライン化を進める。"), (34, "課"), (41, "請件数（件）")),
        "",
        _line((30, "-1-")),
    )
    + "\f"
    + _page(
        _RUNNING,
        "",
        "",
        *_HEAD,
        "基本方針２ 行政のデジタル化",
        _line((0, "2-1 ★ ペーパーレ"), (20, "会議資料を電子化し、タ"), (34, "総務課"), (41, "紙の使用量（"), (51, "1,200"),
              (61, "300 R7・R8")),
        _line((9, "ス会議の導"), (20, "ブレットで会議を行う。"), (41, "千枚）")),
        _line((9, "入")),
        _line((0, "2-2"), (9, "ＲＰＡの活"), (20, "定型的な入力作業をＲＰ"), (34, "行政改革"), (41, "削減した作業"),
              (54, "0"), (59, "2,000 R7～R11")),
        _line((9, "用"), (20, "Ａで自動化し、職員の作"), (34, "課"), (41, "時間（時間）")),
        "",
        "",
        _line((30, "-2-")),
    )
    + "\f"
    + _page(
        _RUNNING,
        "",
        "",
        "",
        *_HEAD_NARROW,
        _line((18, "業時間を減らす。")),
        _line((0, "2-3"), (9, "テレワーク"), (18, "在宅で業務ができる環境"), (31, "人事課"), (38, "テレワーク実"),
              (49, "15"), (55, "200 R7～R9")),
        _line((9, "環境の整備"), (18, "を整える。"), (38, "施者数（人）")),
        _line((0, "2-4 ★ 公共施設予"), (18, "体育館などの予約をスマ"), (31, "文化振興"), (38, "オンライン予"), (49, "40"),
              (56, "90"), (61, "R8～")),
        _line((9, "約の電子化"), (18, "ートフォンで受け付ける"), (31, "課"), (38, "約率（％）")),
        _line((18, "。")),
        "",
        "※実施年度の「R8～」は、令和８年度から計画期間の終わりまで実施することを示します。",
        "",
        _line((30, "-3-")),
    )
    + "\f"
)  # fmt: skip

#: code → (title, 担当課, (現状値, 目標値), 実施年度 first, last)
STATED = {
    "1-1": ("窓口予約のオンライン化", ["市民課"], (5, 30), (2025, 2029)),
    "1-2": ("電子申請の拡充", ["情報政策課"], (120, 600), (2025, 2028)),
    "2-1": ("ペーパーレス会議の導入", ["総務課"], (1200, 300), (2025, 2026)),
    "2-2": ("ＲＰＡの活用", ["行政改革課"], (0, 2000), (2025, 2029)),
    "2-3": ("テレワーク環境の整備", ["人事課"], (15, 200), (2025, 2027)),
    "2-4": ("公共施設予約の電子化", ["文化振興課"], (40, 90), (2026, 2029)),
}


def _read(text: str) -> dict[str, Any]:
    return parse(text.encode("utf-8"), filename="plan.txt")


def _figures(item: dict[str, Any]) -> tuple[Any, Any]:
    (indicator,) = item["indicators"]
    return indicator["baseline"]["value"], indicator["final_target"]["value"]


def test_a_list_over_three_pages_reads_every_row() -> None:
    """Each row read whole: the ★ and the wrapped 取組名 apart (not 「★ ス会議の導入」), the target apart from its
    実施年度, the header's 「（R5） （R11）」 each its label's, 2-2's 概要 going on under the header page 3 prints again,
    and 2-3, 2-4 read with page 3's own columns."""
    plan = _read(ICHIRAN)
    found = {item["code"]: item for item in plan["initiatives"]}
    assert sorted(found) == sorted(STATED)
    for code, (title, departments, figures, (first, last)) in STATED.items():
        item = found[code]
        assert (item["title"], item["departments"], _figures(item)) == (title, departments, figures), code
        assert [step["fy"] for step in item["schedule"]] == list(range(first, last + 1)), code
    assert [found[code]["priority"] for code in STATED] == ["重点", None, "重点", None, None, "重点"]
    assert found["2-2"]["summary"].endswith("職員の作業時間を減らす。")


# --- a 工程表 of 上期 / 下期 ----------------------------------------------------------------------------------------

#: Where each half's label 「上期」「下期」 starts, and its middle (a label two places wide).
_HALVES = [34, 44, 54, 64, 74, 84]


def _bar(first: int, last: int, word: str) -> Cell:
    """A bar over halves ``first`` to ``last`` as pdftotext writes it: its word centred in them."""
    middle = (_HALVES[first] + _HALVES[last]) / 2 + 1
    return round(middle - len(word) / 2), word


KOUTEIHYOU = (
    _page(
        _line((24, "架空町ＤＸ推進計画 工程表（令和６年度～令和８年度）")),
        "",
        _line((0, "No."), (10, "取組"), (24, "所管課"), (37, "令和６年度"), (57, "令和７年度"), (77, "令和８年度")),
        _line(*((at, "上期" if k % 2 == 0 else "下期") for k, at in enumerate(_HALVES))),
        _line((1, "1"), (5, "行政手続のオンライン化"), (22, "情報政策課"), _bar(0, 1, "検討"), _bar(2, 5, "順次拡大")),
        "",
        _line((1, "2"), (5, "窓口予約システム"), (22, "市民課")),
        _line(_bar(1, 2, "調達"), _bar(3, 3, "構築"), _bar(4, 5, "運用")),
        _line((22, "情報政策課")),
        _line((1, "3"), (5, "職員研修"), (22, "人事課"), _bar(0, 5, "全庁で実施")),
        "",
        _line((1, "4"), (5, "オープンデータの公開"), (22, "情報政策課"), _bar(0, 0, "調査"), _bar(4, 5, "公開")),
        "",
        _line((1, "5"), (5, "電子契約の導入"), (22, "契約課"), _bar(2, 3, "試行"), _bar(4, 5, "本格運用")),
        "",
        _line((1, "6"), (5, "職員のテレワーク環境の整備"), (22, "人事課"), _bar(0, 0, "機器更新"), _bar(1, 5, "運用")),
        "",
        _line((30, "-1-")),
    )
    + "\f"
)  # fmt: skip


def _halves(first: int, last: int) -> list[tuple[int, int]]:
    """(fiscal year, half) of halves ``first`` to ``last`` from 令和６年度上期."""
    return [(2024 + h // 2, h % 2 + 1) for h in range(first, last + 1)]


def test_bars_over_halves_are_read_from_where_their_words_stand() -> None:
    """Each bar from its word's middle: a row's bars one after another (1: 検討 over 令和６年度, 順次拡大 to the end; 2:
    調達, 構築, 運用 from 令和６年度下期, its 所管課 on the lines around them), a lone bar over all the years its middle
    allows (3), and bars with a gap between them each the narrowest its middle allows (4)."""
    plan = _read(KOUTEIHYOU)
    found = {item["code"]: item for item in plan["initiatives"]}
    assert {code: item["title"] for code, item in found.items()} == {
        "1": "行政手続のオンライン化",
        "2": "窓口予約システム",
        "3": "職員研修",
        "4": "オープンデータの公開",
        "5": "電子契約の導入",
        "6": "職員のテレワーク環境の整備",
    }
    assert found["2"]["departments"] == ["市民課", "情報政策課"]
    assert any("推定" in w["message"] and w.get("line") == 4 for w in plan["warnings"]), plan["warnings"]
    schedule = {code: [(step["fy"], step["half"]) for step in item["schedule"]] for code, item in found.items()}
    assert schedule == {
        "1": _halves(0, 5),
        "2": _halves(1, 5),
        "3": _halves(0, 5),
        "4": _halves(0, 0) + _halves(4, 5),
        "5": _halves(2, 5),
        "6": _halves(0, 5),
    }
