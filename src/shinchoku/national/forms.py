"""Reading the label forms: ids and codes from a POST, checked, with Japanese messages."""

from __future__ import annotations

from django.http import QueryDict

from .labels import LabelError
from .models import LabelState

ACTIONS = {"confirm": LabelState.CONFIRMED, "reject": LabelState.REJECTED}


def posted_label_ids(data: QueryDict) -> list[int]:
    """The ticked suggestions of the coverage page's bulk form."""
    values = data.getlist("label")
    if not values:
        raise LabelError("候補を一つ以上選んでください。")
    if len(values) > 2000 or not all(v.isascii() and v.isdigit() and len(v) < 12 for v in values):
        raise LabelError("選んだ候補を読み取れません。ページを読み込み直してください。")
    return [int(v) for v in values]


def posted_state(data: QueryDict) -> str:
    action = data.get("action", "")
    if action not in ACTIONS:
        raise LabelError("「確定する」か「該当しないにする」を選んでください。")
    return ACTIONS[action]


def posted_codes(data: QueryDict) -> set[str]:
    """The ticked items of the initiative page's form (codes; checked against the edition by labels.decide)."""
    codes = data.getlist("item")
    if len(codes) > 50 or any(len(c) > 30 for c in codes):
        raise LabelError("選んだ項目を読み取れません。ページを読み込み直してください。")
    return set(codes)
