"""新発田市's rows rebuilt from text in reading-flow order (plain ``pdftotext``, pdfminer), without
a PDF: the paragraphs as plain ``pdftotext`` writes one row of the A4 print (NO 4's, numbered 3
here: a reading starts at one of the first numbers)."""

from __future__ import annotations

from shinchoku.importers.shibata_flow import read

ROW_4 = """\
3

市民向け情報施策

情報発信・提供の強化

市政情報の二次利用可能な形式での提供(オープンデータ)の推進

本市では平成30年3月にオープンデータを公式ホームページに公開しました。今後は、国が提示する「推奨データセット」等を参考として、保有するデータのオープンデータ化を推進していきます。

オープンデータ公開件数

令和5年ま 7件
でに推奨デー
タセットに合
わせた形式で
公開件数10件
を達成

7件

7件

令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成
"""


def test_a_figure_joined_to_the_first_line_of_the_cell_before_is_the_first_actual():
    """Plain ``pdftotext`` writes 令和3年度's 「7件」, printed level with the first line of the
    スケジュール (これまで), on that line (「令和5年ま 7件」): it is the first 実績値, and the
    schedule goes on without it (before: the schedule ended in 「7件」 and 令和3年度 had none)."""
    (row,) = read(ROW_4.splitlines())
    assert row.key == "3"
    past, *actuals, following = row.cells[5:]
    assert past == "令和5年までに推奨データセットに合わせた形式で公開件数10件を達成"
    assert actuals == ["7件", "7件", "7件"]
    assert following == "令和8年度までに、推奨データセットに合わせた形式で公開件数15件を達成"
