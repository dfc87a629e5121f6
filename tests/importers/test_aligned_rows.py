"""日田市's 取組 tables as ``pdftotext -layout`` gives them (aligned_rows, Labels.aligned).

The excerpt is two tables of the sample printed to A4 by Chromium and extracted with
``pdftotext -layout``: 1-1-1 as printed (labels wrapped in the narrow first column 「取組番」「号」,
title and year headings wrapped in their columns, a page break between the year headings and the
schedule), 1-1-3 with the label column set vertically (「取」「組」「番」「号」). The PDFs
themselves are printed in test_extractors_hita.py (slow); this file keeps the rule tested
without Chromium.
"""

from __future__ import annotations

from shinchoku.importers import Source, detect, hita, parse
from shinchoku.importers.aligned_rows import aligned_labels, looks_aligned, restore_aligned
from shinchoku.importers.text import page_furniture

from .printed_lines import line_at as _line
from .scoring import in_charge

EXCERPT = """第 4 次日田市情報化基本計画 年次計画編
令和 6年 3月 日田市

計画期間は令和5年度から令和9年度までの5年間とします。
基本方針1 デジタル技術を活用した市民サービスの提供
基本項目 1 行政手続等のオンライン化
取組番 1 - 1 - 1                                                         取組名    オンライ   対応手
号                                                                            ン申請    続の拡
                                                                                    大
取組内 県が『市町村行政DXの共同目標』で指定する22事務を始めとする各種手
容   続について、手続の簡素化及び利便性の向上を図るため、行政手続のオン
    ライン化を推進するもの。
事業担 情報統計課、関                                                           係各課
当課
    令和5年度                                                             令和6年   令和7年   令和8    令和
                                                                      度      度      年度     9年
                                                                                           度


                                                      -1-
\f                                     日田市DX推進計画


スケジ 実施中                                            実施予定       実施予定    実施予   実施
ュール                                                (一部拡       (一部拡    定     予定
                                                   大)         大)


                                                      -2-
\f                                     日田市DX推進計画

取   1-1-3                                  取組     入札関連手続
組                                          名      のオンライン
番                                                 化
号
取   事業者が県内自治体への一括申請や電子入札を行えるようにするため、県と市
組   町 村それぞれの物品等入札参加資格を標準化し、資格審査や電子入札システム
内   を共 同運用するもの。
容
事   契約検査室                                  契約
業                                          検査
担                                          室
当
課
    令和5年度                                  令和6 令和7年度       令和    令和
                                           年度              8年    9年
                                                           度     度
ス 事業開始                                     実施     実施予定     実施    実施
ケ                                          予定              予定    予定
ジ
ュ
ー
ル
"""


def _by_code(plan: dict, code: str) -> dict:
    return next(item for item in plan["initiatives"] if item["code"] == code)


def test_the_excerpt_is_column_aligned_and_hita() -> None:
    assert looks_aligned(EXCERPT)
    assert aligned_labels(EXCERPT.split("\n"), hita.LABELS) == 2
    # parse reads a column-aligned text as it is too (besides its generic column rendering)
    source = Source(filename="hita.txt", data=EXCERPT.encode(), text=EXCERPT)
    assert detect(source) == "hita"
    assert hita.detect(source) > 0.5


def test_wrapped_labels_and_cells_become_the_rows_of_the_sample() -> None:
    lines = EXCERPT.split("\n")
    furniture = page_furniture(lines)  # taken out first, as layout_reader does
    assert len(furniture) >= 3
    lines = [line for i, line in enumerate(lines) if i not in furniture]
    out, where = restore_aligned(lines, hita.LABELS)
    rows = [line.split("\t") for line in out if "\t" in line]
    assert rows[0] == ["取組番号", "1 - 1 - 1", "取組名", "オンライン申請", "対応手続の拡大"]
    assert rows[2] == ["事業担当課", "情報統計課、関", "係各課"]
    assert rows[3] == ["", "令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度"]
    assert rows[4][:3] == ["スケジュール", "実施中", "実施予定 (一部拡大)"]
    # the vertical label column: 「取」「組」「番」「号」 is one row label
    assert rows[5][:3] == ["取組番号", "1-1-3", "取組名"]
    assert rows[7] == ["事業担当課", "契約検査室", "契約検査室"]
    # every restored row names the line of the file it starts on
    assert lines[where[out.index("\t".join(rows[5]))] - 1].startswith("取   1-1-3")


def test_hita_reads_both_tables_from_the_excerpt() -> None:
    plan = parse(EXCERPT.encode(), filename="hita.txt")
    assert [item["code"] for item in plan["initiatives"]] == ["1-1-1", "1-1-3"]
    first = _by_code(plan, "1-1-1")
    assert first["title"] == "オンライン申請対応手続の拡大"
    assert in_charge(first) == (["情報統計課"], ["関係各課"])
    assert {e["fy"]: e["label"] for e in first["schedule"]} == {
        2023: "実施中",
        2024: "実施予定 (一部拡大)",
        2025: "実施予定 (一部拡大)",
        2026: "実施予定",
        2027: "実施予定",
    }
    assert first["line"] == 7
    third = _by_code(plan, "1-1-3")
    assert third["title"] == "入札関連手続のオンライン化"
    assert third["departments"] == ["契約検査室"]
    assert [e["fy"] for e in third["schedule"]] == [2023, 2024, 2025, 2026, 2027]
    assert third["schedule"][0]["label"] == "事業開始"
    assert plan["warnings"] == []


def test_statuses_one_blank_apart_are_cells_of_their_own() -> None:
    """「実施予定 実施予定 実施予定」 over 「(検討) (検討) (検討)」 (1-1-4 on A4, positions as
    extracted): three cells, each with its note."""
    lines = [
        _line((0, "取組番"), (7, "1-1-4 取 組 名 納付書における")),
        _line((0, "号"), (7, "公金収納のキャッシュレス化")),
        _line((0, "事業担"), (7, "関係各課"), (29, "関係各課")),
        _line((0, "当課")),
        _line((7, "令和5年度"), (29, "令和6年度"), (60, "令和7年"), (67, "令和8年"), (74, "令和9年")),
        _line((60, "度"), (67, "度"), (74, "度")),
        _line((0, "スケジ"), (7, "実施中"), (29, "実施予定"), (60, "実施予定 実施予定 実施予定")),
        _line((0, "ュール"), (60, "(検討) (検討) (検討)")),
    ]
    out, where = restore_aligned(lines, hita.LABELS)
    assert out[0] == "取組番号\t1-1-4 取 組 名 納付書における公金収納のキャッシュレス化"
    assert out[1] == "事業担当課\t関係各課\t関係各課"
    assert out[-1].split("\t") == [
        "スケジュール",
        "実施中",
        "実施予定",
        "実施予定 (検討)",
        "実施予定 (検討)",
        "実施予定 (検討)",
    ]
    assert where == [1, 3, 5, 7]


def test_prose_after_a_table_ends_it() -> None:
    lines = [
        "取組番号   1-1-3   取組名   入札関連手続のオンライン化",
        "事業担当課   契約検査室",
        "基本項目 2 窓口業務のデジタル化の推進",
        "住民と行政との接点となる窓口業務の  デジタル化については",
    ]
    out, where = restore_aligned(lines, hita.LABELS)
    assert out[2:] == lines[2:]
    assert where == [1, 2, 3, 4]


PLAIN = """第 4 次日田市情報化基本計画 年次計画編
令和 6年 3月 日田市

取組番号
取組内容
事業担当課

1-1-1
県が『市町村行政DXの共同目標』で指定する22事務を始めとする各種手続について、手続の簡素化及び利便性の向上を図るため、行政手続のオンライン化を推進するもの。
情報統計課、関

取組名

オンライン申請

対応手続の拡大

スケジュール

令和5年度
実施中

令和6年度
実施予定 (一部拡大)

令和7年度
実施予定 (一部拡大)

令和8年度
実施予定

令和9年度
実施予定
"""


def test_plain_pdftotext_output_gives_a_partial_plan_with_warnings() -> None:
    """Plain pdftotext (A3) gives a table column by column: the labels, then their values, then
    the title's cells. The table is rebuilt from the kinds of its blocks (hita_flow), never
    refused; the office cut at the cell's edge (「関」, its rest not in the text) is left out and
    named, and a warning says the plan was rebuilt from the reading order."""
    plan = parse(PLAIN.encode(), filename="hita.txt")
    (item,) = plan["initiatives"]
    assert (item["code"], item["title"]) == ("1-1-1", "オンライン申請対応手続の拡大")
    assert item["departments"] == ["情報統計課"]
    assert item["summary"].endswith("行政手続のオンライン化を推進するもの。")
    assert [(e["fy"], e["label"]) for e in item["schedule"]][:2] == [
        (2023, "実施中"),
        (2024, "実施予定 (一部拡大)"),
    ]
    messages = [w["message"] for w in plan["warnings"]]
    assert any("読み順と内容から推定しました" in m for m in messages)
    assert any("「関」が途中で切れています" in m for m in messages)
    assert not any("どの取組にも属さない" in m for m in messages)


def test_a_page_set_further_in_goes_on_with_the_table() -> None:
    """pdftotext -layout sets each page from its own left edge: the schedule of 1-1-1 on the next
    page, three blanks further in, still belongs to the table above the break."""
    before, after = EXCERPT.split("\f", 1)
    page, rest = after.split("\f", 1)
    shifted = before + "\f" + "\n".join("   " + line if line.strip() else line for line in page.split("\n"))
    plan = parse((shifted + "\f" + rest).encode(), filename="hita.txt")
    first = _by_code(plan, "1-1-1")
    assert [e["fy"] for e in first["schedule"]] == [2023, 2024, 2025, 2026, 2027]
    assert first["schedule"][0]["label"] == "実施中"
    assert plan["initiatives"] == parse(EXCERPT.encode(), filename="hita.txt")["initiatives"]


def test_without_page_breaks_the_excerpt_reads_the_same() -> None:
    """pdftotext -layout -nopgbrk leaves no form feed: the wide padding still says what it is."""
    plain_pages = EXCERPT.replace("\f", "")
    assert looks_aligned(plain_pages)
    assert (
        parse(plain_pages.encode(), filename="hita.txt")["initiatives"]
        == parse(EXCERPT.encode(), filename="hita.txt")["initiatives"]
    )


def test_text_copied_with_single_blanks_is_not_column_aligned() -> None:
    text = "取組番号 1-1-1 取組名 オンライン申請\n取組内容 県が推進するもの。\n事業担当課 情報統計課\n" * 5
    assert not looks_aligned(text)
