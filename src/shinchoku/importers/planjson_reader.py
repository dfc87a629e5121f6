"""Plan JSON itself as an input layout: what ``shinchoku parse`` and the exporter produce.

Reading it back means a plan can be edited by hand or by another tool, exported from one
installation and imported into another, and round-tripped in tests.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ParseError, refusal
from .planjson import FORMAT, Plan, validate

LAYOUT = "planjson"


def detect(source: Any) -> float:
    """Plan JSON is recognised by its ``"format"`` key near the start of a JSON object."""
    text = source.text
    if not text:
        return 0.0
    head = text.lstrip()[:2000]
    return 100.0 if head.startswith("{") and FORMAT in head else 0.0


def parse(source: Any) -> Plan:
    try:
        plan = json.loads(source.text or "")
    except json.JSONDecodeError as exc:
        raise refusal(
            f"JSON として読めません（{exc.colno}文字目付近で書き方が崩れています）。ファイルが途中で切れていないか確かめ、"
            "書き出し直したものを取り込んでください。",
            exc,
            line=exc.lineno,
        ) from None
    except RecursionError:
        raise ParseError("JSON の入れ子が深すぎます。") from None
    validate(plan)
    return plan
