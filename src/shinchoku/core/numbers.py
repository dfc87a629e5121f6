"""Numbers as municipal staff write them, in every page, e-mail, workbook cell text and history line.

One rule: thousands separators, and no trailing zeros or 「.0」 on a whole number — 12000.0 is
「12,000」, 80.70 is 「80.7」 — because a plan prints 「12,000件」, never 「12000.0件」. (Open data keeps
numbers as numbers: ``exports.opendata.number``.)
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from shinchoku.importers.planjson import MAX_NUMBER

#: A figure as staff type it, once its separators are gone: digits, one decimal point, a sign.
#: Not Python's ``float()``, which took 「1e300」, 「1_000」 and 「inf」 from the report form.
_TYPED = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def written(value: float | Decimal | int | None, *, separators: bool = True) -> str:
    """``value`` as staff write it: 1200.0 -> "1,200", 37.8 -> "37.8", 0.000001 -> "0.000001" (never 「1e-06」),
    None -> "". ``separators=False`` for a form's input, which reads the number back (「1200」)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}" if separators else str(int(value))
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))  # the shortest digits of a float
    text = format(exact, ",f" if separators else "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def value_or_text(value: float | Decimal | int | None, text: str, unit: str = "") -> str:
    """A value that has a number and a text (an actual: 「実績値」 and 「実績値（原文）」), as every output shows it.

    The one rule, for the pages, the committee report, the workbooks and the search cards alike: the text where
    there is one — what the department (or the plan) wrote: 「72件（速報値）」, 「約4,000人」 — else the number
    written with the unit (「72件」); "" for neither. Where a column holds numbers (a workbook's 実績値, the open
    data's ``actual``), ``cell_value`` keeps the number, and the open data gives the text in its own column.
    A text that says no more than its number (``says_more``: a plan's bare 「10,000」 beside 10000) is the number
    written with the unit (「10,000件」), as the plan's tables write it (``web.charts.with_unit``). The same rule for
    an actual and for a target (「約4,000人」, 「100%（全手続）」).
    """
    if says_more(value, text, unit):
        return text.strip()
    return written(value) + unit if value is not None else ""


def says_more(value: float | Decimal | int | None, text: str, unit: str = "") -> bool:
    """Whether a value's text says more than its number: 「72件（速報値）」 or 「集計中」 beside 72 does; 「72」,
    「72件」, 「７２件」 or 「1,200」 beside its own number do not (the unit is the indicator's, in its column)."""
    normal = unicodedata.normalize("NFKC", text or "").strip()
    if not normal:
        return False
    if value is None:
        return True
    bare = normal.replace(",", "").replace(" ", "")
    own = unicodedata.normalize("NFKC", unit or "").strip().replace(" ", "")
    if own and bare.endswith(own):
        bare = bare[: -len(own)]
    try:
        return typed(bare) != float(value)
    except ValueError:
        return True


def cell_value(value: float | Decimal | int | None, text: str, unit: str = "") -> float | int | str | None:
    """``value_or_text``'s rule for a spreadsheet cell: the text where it says more than the number
    (``says_more``: 「72件（速報値）」), else the number itself — a whole one as an int — so that a column of
    figures stays one (sorted, filtered, summed); None for neither."""
    if says_more(value, text, unit):
        return text.strip()
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


class TooLarge(ValueError):
    """A figure of Plan JSON's limit (10兆) or more: a number, but none a plan or a report holds."""


#: The one message for :class:`TooLarge`: the report form's, the Excel sheet's and the API's.
TOO_LARGE = "大きすぎる数値です（10兆未満で入力してください）。"


def out_of_range(value: float | None) -> bool:
    """Whether ``value`` is no figure a report may hold: 10兆 or more either way, or not finite (±inf, NaN). The one
    limit of the report form (:func:`typed`), the Excel sheet and the API (``progress.services.save_report``): the API
    took 1e14 and -1e300, the page then showed a 300-digit 実績値 graded A, and the form could no longer be saved."""
    return value is not None and not (-MAX_NUMBER < value < MAX_NUMBER)


#: Thousands separators where a plan prints them: one to three digits, then groups of three, before any decimals.
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?")


class MisplacedComma(ValueError):
    """A comma that is no thousands separator: 「80,5」 (a decimal comma, or a slip of the key) was read as 805 —
    an actual ten times its size, 達成率 847.4% and grade A without a word. ``message`` says what to type instead,
    in Japanese, for the form's field and the sheet's cell alike."""

    def __init__(self, raw: str, text: str) -> None:
        super().__init__(raw)
        shown = (raw or "").strip()
        hint = "カンマは3桁ごとに入れてください（例: 12,345）。"
        head, *rest = text.lstrip("+-").split(",")
        if len(rest) == 1 and "." not in text and head and rest[0]:  # 「80,5」: a decimal comma, or one misplaced
            sign = "-" if text.startswith("-") else ""
            decimal, whole = f"{sign}{head}.{rest[0]}", written(float(sign + head + rest[0]))
            hint = f"小数なら「{decimal}」、整数なら「{whole}」と入力してください（カンマは3桁ごと: 12,345）。"
        self.message = f"桁区切りのカンマの位置が正しくありません（「{shown}」）。{hint}"


def typed(raw: str | None) -> float | None:
    """A number typed into a form or a workbook cell: 「１，２００」 -> 1200.0, 「−5」 -> -5.0, blank -> None.

    Raises ValueError for anything else — a word, 「12.5.3」, 「1e300」, 「1_000」 — and for a figure
    of Plan JSON's limit or more (「99999999999999999999」 was stored as 1e+20 and shown so), so a
    report holds no number a plan could not; ``MisplacedComma`` for a comma that does not separate
    thousands (「80,5」, 「1,2345」: read as 805 and 12345, they were ten times what was meant).
    """
    text = unicodedata.normalize("NFKC", raw or "").strip().replace("\u2212", "-").replace(" ", "")
    grouped, text = text, text.replace(",", "")
    if not text:
        return None
    if _TYPED.fullmatch(text) is None:
        raise ValueError(raw)
    if grouped != text and _GROUPED.fullmatch(grouped) is None:
        raise MisplacedComma(raw or "", grouped)
    value = float(text)
    if out_of_range(value):
        raise TooLarge(raw)
    return value


#: A number and the unit typed after it: 「40件」「１，２０４ 人」「25%減」 (a unit may open with %).
_NUMBER_AND_UNIT = re.compile(r"([-+]?[0-9.,]+)\s*([^0-9.,\s=][^0-9=]{0,9})")


def with_unit(raw: str) -> tuple[float, str] | None:
    """「40件」「１，２０４ 人」 as staff write a count: the number and the unit after it (which the caller checks
    against the indicator's unit), else None. ``MisplacedComma`` / ``TooLarge`` for a slip of the number itself
    (「80,5件」): that is the slip to name, not the unit."""
    match = _NUMBER_AND_UNIT.fullmatch(unicodedata.normalize("NFKC", raw).strip())
    if match is None:
        return None
    try:
        value = typed(match.group(1))
    except (MisplacedComma, TooLarge):
        raise
    except ValueError:
        return None
    return None if value is None else (value, match.group(2).strip())


def wrong_unit(unit: str, typed_unit: str) -> str:
    """The one message for a figure typed with a unit its indicator is not counted in — the report form, the target
    pages and the Excel sheet alike —, naming the indicator's unit and the one typed. (The target page said 「単位や文章は
    「実績値（原文）」欄に書いてください。」 of 「１２件」 on a 手続 indicator: a field it does not have, and no unit.)"""
    head = f"この指標の単位は「{unit.strip() or '（なし）'}」です。"
    if typed_unit == "%":
        return head + "「%」を付けずに、単位に合わせた数値を入力してください。"
    return head + f"「{typed_unit}」を付けずに、数値だけを入力してください。"


#: Words after a number that qualify it, not count it in a unit: 「40以上」「1.2万人」「72件（速報値）」「80%程度」.
_QUALIFIERS = (
    *("以上", "以下", "未満", "超", "程度", "前後", "余", "約", "見込", "速報", "暫定", "予定", "確定", "概算", "相当"),
    *("万", "千", "億", "兆"),
)
#: What a unit is written with: letters, kana and kanji, 「%」「/」「・」, a few of them (「件」「手続」「km」「人/日」).
_UNIT_WORD = re.compile(r"[%A-Za-zμ°\u3040-\u30ff\u4e00-\u9fff/・]{1,6}")


def unit_word(typed: str) -> bool:
    """Whether the words typed after a number are a unit (「件」「人」「km」), not a note on the figure (「件（速報値）」,
    「以上」, 「万人」): a unit is the one thing a number box reads after its number."""
    typed = unicodedata.normalize("NFKC", typed).strip()
    return bool(_UNIT_WORD.fullmatch(typed)) and not any(word in typed for word in _QUALIFIERS)


def other_unit(typed: str, unit: str) -> bool:
    """Whether ``typed`` after a number is a unit, and not the indicator's ``unit``: only then is ``wrong_unit`` said."""
    typed, unit = (unicodedata.normalize("NFKC", s).strip() for s in (typed, unit))
    return unit_word(typed) and typed != unit and not (unit and unit in typed)


def not_a_number(unit: str = "", text_field: str = "") -> str:
    """The one message for a number box given words (「72件（速報値）」「40以上」「集計中」): sent to the form's field for
    words where it has one (the report's 「実績値（原文）」, as the README says), else told to enter the number only,
    naming the indicator's unit."""
    head = "数値で入力してください（例: 1200、37.5）。"
    if text_field:
        return head + f"単位や文章は「{text_field}」欄に書いてください。"
    if unit.strip():
        return head + f"この指標の単位は「{unit.strip()}」です。文章を付けずに、数値だけを入力してください。"
    return head
