"""Numbers as staff write them: one rule for pages, e-mails, history lines and search cards."""

from decimal import Decimal

import pytest

from shinchoku.core.numbers import cell_value, says_more, value_or_text, written
from shinchoku.web.templatetags.shinchoku import number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12000.0, "12,000"),  # 大野城市's 年度経費 (千円) as the plan prints it
        (80.7, "80.7"),  # 新発田市's card rate
        (Decimal("1250.50"), "1,250.5"),  # an amount stored as a decimal keeps no trailing zero
        (Decimal("300.00"), "300"),
        (0, "0"),
        (-5.0, "-5"),
        (0.000001, "0.000001"),  # a small actual: 「1e-06」 on the committee report and the public page (walk)
        (1234567.25, "1,234,567.25"),
        (None, ""),
    ],
)
def test_written(value, expected):
    assert written(value) == expected
    assert number(value) == expected  # the template filter is the same rule


def test_a_forms_input_gets_the_number_without_separators():
    assert written(0.000001, separators=False) == "0.000001" and written(12000.0, separators=False) == "12000"


def test_the_printed_text_wins_over_the_number():
    assert value_or_text(4000, "約4,000人") == "約4,000人"
    assert value_or_text(4000.0, "") == "4,000"


def test_an_actual_is_shown_by_one_rule_its_text_where_it_has_one():
    """A department's 実績値 72 with 「72件（速報値）」: every output shows the text; a cell keeps the number when
    the text says nothing more than it (「72件」 beside 72 in 件)."""
    assert value_or_text(72.0, "72件（速報値）", "件") == "72件（速報値）"
    assert value_or_text(72.0, "", "件") == "72件"
    assert value_or_text(None, "集計中", "件") == "集計中"
    assert value_or_text(None, "", "件") == ""
    # a target by the same rule: the plan's words where they say more than the number, else the number with the unit
    assert value_or_text(100.0, "100%（全手続）", "%") == "100%（全手続）"
    assert value_or_text(10000.0, "10,000", "件") == "10,000件"  # a bare printed number is written with the unit
    assert value_or_text(10000.0, "１０，０００件", "件") == "10,000件"
    assert cell_value(72.0, "72件（速報値）", "件") == "72件（速報値）"
    assert cell_value(None, "集計中", "件") == "集計中"
    assert cell_value(72.0, "72件", "件") == 72 and isinstance(cell_value(72.0, "72件", "件"), int)
    assert cell_value(1200.0, "１，２００件", "件") == 1200
    assert cell_value(80.7, "80.7%", "%") == 80.7
    assert cell_value(72.0, "", "件") == 72 and cell_value(None, "", "件") is None
    assert not says_more(12.0, "12手続", "手続") and says_more(12.0, "約12手続", "手続")


def test_a_comma_that_separates_no_thousands_is_refused_with_what_to_type():
    """「80,5」 typed for 80.5 was read as 805 (達成率 847.4%, A) and 「1,2345」 as 12,345, without a word: a comma
    is a thousands separator only in groups of three, and the refusal says what to type instead."""
    from shinchoku.core.numbers import MisplacedComma, typed

    assert typed("1,234") == 1234 and typed("12,345,678.5") == 12345678.5 and typed("-1,200") == -1200
    assert typed("１，２００") == 1200  # full width, as an input method gives it
    with pytest.raises(MisplacedComma) as refused:
        typed("80,5")
    assert refused.value.message == (
        "桁区切りのカンマの位置が正しくありません（「80,5」）。"
        "小数なら「80.5」、整数なら「805」と入力してください（カンマは3桁ごと: 12,345）。"
    )
    with pytest.raises(MisplacedComma) as refused:
        typed("1,2345")
    assert "小数なら「1.2345」、整数なら「12,345」" in refused.value.message
    with pytest.raises(MisplacedComma, match="８０，５"):
        typed("８０，５")
    for bad in ("1,23,456", "1,234,5", ",5", "1,", "12,34.5"):
        with pytest.raises(MisplacedComma):
            typed(bad)
    # a comma no figure is made of stays 「not a number」, not a misplaced separator
    with pytest.raises(ValueError) as word:
        typed("多い,少ない")
    assert not isinstance(word.value, MisplacedComma)
