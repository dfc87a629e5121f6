"""Plan JSON itself as an input layout: what ``shinchoku parse`` and the exporter produce.

Reading it back means a plan can be edited by hand or by another tool, exported from one
installation and imported into another, and round-tripped in tests.

The plan's ``source`` stays the document the plan was read from (an exported plan's 「nobeoka.txt」, read by its
municipality's layout): the import records it, and the initiatives' ``line`` and ``page`` and the warnings' lines
are that document's. The file read is named beside it, ``source.file`` (its name, hash and layout ``planjson``),
for what is told of the file itself: the upload preview said 「延岡市の計画の形式（nobeoka.txt）」 and 「141行目」 for a
file 「延岡市_改訂版.json」 of no such lines.
"""

from __future__ import annotations

import hashlib
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
    given = plan["plan"].get("source")
    if not isinstance(given, dict):  # (the loader reads a source it lacks as blank: so it stays)
        given = plan["plan"]["source"] = {"filename": "", "sha256": "", "layout": ""}
    # what was read, whatever the file says under 「file」
    given["file"] = {"filename": source.filename, "sha256": hashlib.sha256(source.data).hexdigest(), "layout": LAYOUT}
    return plan
