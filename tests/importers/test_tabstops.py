"""A plan's tab-separated text whose tabs an editor turned into blanks up to the next tab stop (every 4 or 8 columns, a
full-width character two) is read as the text it was (``readers.tabstops``), and a text aligned any other way is
left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shinchoku.importers.readers.tabstops import retabbed

from .other import samplevariants2, unseen22

HERE = Path(__file__).parent
SAMPLES = HERE.parents[1] / "samples" / "plans"


def _rows(text: str) -> list[str]:
    """``text``'s lines without the tabs that end them (a row's last empty cells, which no reader counts)."""
    return [line.rstrip("\t") for line in text.split("\n")]


@pytest.mark.parametrize("tab", [4, 8])
@pytest.mark.parametrize("name", [n for n in unseen22.TEXTS if n != unseen22.KIKYO_TXT])  # (markdown)
def test_batch_22_gets_its_tabs_back(name: str, tab: int) -> None:
    """Each of batch 22's tab-separated texts: every tab where it was, though 「1-1-1」 or 「45手続」 left one blank
    before the stop."""
    text = unseen22.document(name).decode()
    assert _rows(retabbed(samplevariants2.untabified(text, tab)) or "") == _rows(text)


def test_a_tables_width_tells_a_tab_from_a_blank_in_a_cell() -> None:
    """新発田市's table, stops of 4: 「令和3年度末 令和4年度末」 (cells of odd width, one blank to the stop) are three cells,
    「K P I」 in the header one; as many cells in each row as the rows agree on, so the blanks of 「①研修履修人数
    ②…」 and 「100% R3投稿件数 82件」 stay in their cells."""
    text = (SAMPLES / "shibata.txt").read_text(encoding="utf-8")
    back = _rows(retabbed(samplevariants2.untabified(text, 4)) or "")
    original = _rows(text)
    assert back[4] == original[4] and "\tK P I\t" in back[4]
    assert back[5].endswith("令和3年度末\t令和4年度末\t令和5年度末")
    assert back[39] == original[39] and "\t100% R3投稿件数 82件\t" in back[39]
    assert sum(a != b for a, b in zip(back, original, strict=True)) <= 3


def test_a_blank_beside_an_arrow_is_in_its_cell() -> None:
    """楡木町's 数値目標 「削減した業務時間（年間） 300時間（R5）→ 2,000時間（R9）」 then its 効果額 「4,800」 one blank after it
    (stops of 4): the one blank that is a tab is the one before 4,800, not the one after the arrow."""
    header = "番号\t取組項目\t担当課\tＲ６\tＲ７\t数値目標\t効果額"
    rows = [
        "①\t電子決裁の導入\t総務課\t―\t導入\t電子決裁率 0％（R5）→ 90％（R9）\t3,500",
        "②\tＲＰＡの活用\t総務課\t導入\t拡大\t削減した業務時間（年間） 300時間（R5）→ 2,000時間（R9）\t4,800",
        "③\t会議のペーパーレス化\t総務課\t実施\t→\t－\t900",
        "④\t定員管理の適正化\t総務課\t実施\t→\t－\t－",
    ]
    text = "\n".join([header, *rows])
    back = _rows(retabbed(samplevariants2.untabified(text, 4)) or "")
    assert back[2].split("\t")[-2:] == ["削減した業務時間（年間） 300時間（R5）→ 2,000時間（R9）", "4,800"]


def test_a_column_aligned_text_is_left_alone() -> None:
    """pdftotext -layout's columns start wherever the print put them: its runs of blanks end on a stop only by chance,
    and the text is read as columns, not retabbed."""
    for name in (
        "kikyogahara_shinchoku_layout.txt",
        "kirishimadai_shinchoku_layout.txt",
        "wakana_ijou_ika_iji.txt",
    ):
        assert retabbed((HERE / "other" / name).read_text(encoding="utf-8")) is None


def test_prose_and_a_tabbed_text_are_left_alone() -> None:
    assert retabbed("計画の期間は  令和６年度から\n令和10年度までです。") is None
    assert retabbed("番号\t取組名\n1\t電子申請") is None


def test_prose_between_rows_keeps_its_blanks() -> None:
    """A line of prose (no run of blanks up to a stop) is untouched; a heading between a table's rows does not end it."""
    rows = ["取組番号\t取組名\t担当課\t指標", "1-1-1\t電子申請の拡充\t市民課\t45手続"] * 4
    text = "\n".join(["※手続数は  年度末の値です。", *rows[:4], "基本目標２ 行政運営", *rows[4:]])
    back = retabbed(samplevariants2.untabified(text, 4))
    assert back is not None
    assert back.split("\n")[0] == "※手続数は  年度末の値です。"
    assert back.split("\n")[5] == "基本目標２ 行政運営"
    assert _rows(back) == _rows(text)


_CELL = st.text(alphabet="電子申請手続拡充市民課情報政策令和年度件人01234567-、%", min_size=1, max_size=9)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=3, max_value=7).flatmap(
        lambda width: st.lists(st.lists(_CELL, min_size=width, max_size=width), min_size=4, max_size=9)
    ),
    st.sampled_from([4, 8]),
)
def test_any_table_of_cells_without_blanks_comes_back(rows: list[list[str]], tab: int) -> None:
    """A table whose cells hold no blank (as a PDF's table copied out mostly is), expanded at either width: the same
    table again, whatever widths its cells have. (The width is given: a table this small can have each run of blanks
    end on a stop of 8 by chance, though its stops were every 4; a plan's text has too many runs for that.)"""
    text = "\n".join("\t".join(row) for row in rows)
    back = retabbed(samplevariants2.untabified(text, tab), tab)
    if "  " in samplevariants2.untabified(text, tab):
        assert back is not None and back.split("\n") == text.split("\n")


def test_one_blank_between_a_figure_and_a_label_is_a_tab() -> None:
    """琴浦野村's card tables (stops of 4): 「0件」 three columns wide leaves one blank before 「目標値（R9）」 — a tab, though
    the card's rows have cells of their own number each (four, five, six) and agree on none; the blanks of a title
    stay."""
    text = "\n".join(
        [
            "取組番号\t1-2\t取組名\tキャッシュレス決済の導入",
            "取組内容\t役場の窓口で、各種手数料をキャッシュレスで支払えるようにします。",
            "担当課\t会計室",
            "成果指標\tキャッシュレス決済の利用件数（年間）\t現状値（R5）\t0件\t目標値（R9）\t800件",
            "\tR6\tR7\tR8\tR9",
            "スケジュール\t検討\t導入\t→\t→",
        ]
    )
    back = _rows(retabbed(samplevariants2.untabified(text, 4)) or "")
    assert back[3].split("\t") == ["成果指標", "キャッシュレス決済の利用件数（年間）", "現状値（R5）", "0件", "目標値（R9）", "800件"]
