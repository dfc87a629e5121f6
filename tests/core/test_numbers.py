"""Numbers as staff write them: one rule for pages, e-mails, history lines and search cards."""

from decimal import Decimal

import pytest

from shinchoku.core.numbers import value_or_text, written
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
