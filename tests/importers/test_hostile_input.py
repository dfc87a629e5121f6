"""Hostile input: whatever bytes arrive, the importers return a plan or raise ParseError.

Random text, and the real seeds truncated, with lines dropped or shuffled, and with characters
replaced, are fed to every layout (detected and forced). Any other exception is a bug a user
would meet as a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shinchoku.importers import LAYOUTS, ParseError, parse
from shinchoku.importers.planjson import validate

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "plans"
SEEDS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
TEXT_LAYOUTS = [name for name in LAYOUTS if name != "template"] + ["template"]

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_refuse(data: bytes, layout: str | None = None) -> None:
    try:
        plan = parse(data, filename="fuzz.txt", layout=layout)
    except ParseError as exc:
        assert str(exc).strip(), "a refusal must say why"
        return
    validate(plan)  # a returned plan is always well-formed Plan JSON
    assert plan["initiatives"]


seed_names = st.sampled_from(sorted(SEEDS))
layouts = st.sampled_from([None, *TEXT_LAYOUTS])


@FUZZ
@given(st.text(max_size=3000), layouts)
def test_random_text(text, layout):
    _parse_or_refuse(text.encode("utf-8"), layout)


@FUZZ
@given(st.binary(max_size=3000), layouts)
def test_random_bytes(data, layout):
    _parse_or_refuse(data, layout)


@FUZZ
@given(seed_names, st.floats(0, 1), layouts)
def test_truncated_seed(name, fraction, layout):
    text = SEEDS[name]
    _parse_or_refuse(text[: int(len(text) * fraction)].encode("utf-8"), layout)


@FUZZ
@given(seed_names, st.data(), layouts)
def test_seed_with_lines_dropped_or_shuffled(name, data, layout):
    lines = SEEDS[name].split("\n")
    keep = data.draw(st.lists(st.integers(0, len(lines) - 1), min_size=1, max_size=len(lines)))
    mutated = "\n".join(lines[i] for i in keep)
    _parse_or_refuse(mutated.encode("utf-8"), layout)


@FUZZ
@given(seed_names, st.lists(st.tuples(st.floats(0, 1), st.text(max_size=5)), max_size=30), layouts)
def test_seed_with_characters_replaced(name, edits, layout):
    text = SEEDS[name]
    for where, replacement in edits:
        at = int(len(text) * where)
        text = text[:at] + replacement + text[at + 1 :]
    _parse_or_refuse(text.encode("utf-8"), layout)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_line_cut_of_the_first_kilobytes_is_handled(name):
    """Deterministic companion to the fuzzing: the seed cut after each of its first 150 lines."""
    lines = SEEDS[name].split("\n")
    for n in range(1, min(150, len(lines))):
        _parse_or_refuse("\n".join(lines[:n]).encode("utf-8"))


def test_a_zip_renamed_xlsx_says_it_is_no_workbook() -> None:
    """An archive saved under a workbook's name: the refusal says what the file is, not that no plan was
    found in it (and names no repository path)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("資料/計画.txt", "電子申請の拡充")
    with pytest.raises(ParseError, match=r"^Excel ブック（\.xlsx）ではない zip ファイルです。計画の表を Excel で開き"):
        parse(buffer.getvalue(), filename="計画.xlsx")
    with pytest.raises(ParseError) as refused:
        parse("まだ何も書いていません。\n".encode(), filename="memo.txt")
    assert "samples/" not in str(refused.value) and "計画テンプレート" in str(refused.value)


def test_a_workbook_whose_sheet_inflates_past_the_limit_is_refused_before_it_is_inflated() -> None:
    """A zip bomb under a workbook's name whose bomb is a worksheet: refused by its size (「展開後 30 MB」) before
    any part is inflated. Walked: the search for struck-through text read every sheet's XML first, so a 2 MB
    upload held gigabytes — the upload said only that the reading ran out of memory, and `shinchoku parse` took
    them all."""
    import io
    import tracemalloc
    import zipfile

    import openpyxl

    from shinchoku.importers import read_for_preview

    book = openpyxl.Workbook()
    book.active.append(["番号", "取組名", "担当課"])
    book.active.append(["1", "電子申請の拡充", "総務課"])
    book.create_sheet("備考").append(["記入上の注意"])
    plain = io.BytesIO()
    book.save(plain)
    bomb = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</worksheet>", b" " * (64 * 1024 * 1024) + b"</worksheet>")
            out.writestr(info.filename, data)
    tracemalloc.start()
    try:
        with pytest.raises(ParseError, match="展開後 30 MB を超えます"):
            read_for_preview(bomb.getvalue(), filename="計画.xlsx")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB held reading a 64 MB sheet"
