"""Every seed reads the same from UTF-8, UTF-8 with BOM and Shift_JIS (CP932)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shinchoku.importers import parse

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
# The few characters of the seeds that CP932 cannot encode, replaced by their CP932 look-alikes
# (a municipal PC saving the text as Shift_JIS would have done the same).
CP932_SAFE = str.maketrans({"—": "―", "·": "・"})


def _without_source(plan: dict) -> dict:
    plan = dict(plan)
    plan["plan"] = {k: v for k, v in plan["plan"].items() if k != "source"}
    return plan


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_utf8_bom_and_cp932_parse_identically(path):
    text = path.read_text(encoding="utf-8").translate(CP932_SAFE)
    utf8 = parse(text.encode("utf-8"), filename=path.name)
    bom = parse(b"\xef\xbb\xbf" + text.encode("utf-8"), filename=path.name)
    sjis = parse(text.encode("cp932"), filename=path.name)
    crlf = parse(text.replace("\n", "\r\n").encode("cp932"), filename=path.name)
    assert utf8["initiatives"], "the seed must yield initiatives"
    assert _without_source(utf8) == _without_source(bom) == _without_source(sjis) == _without_source(crlf)
    assert utf8["plan"]["source"]["layout"] == sjis["plan"]["source"]["layout"] == path.stem
