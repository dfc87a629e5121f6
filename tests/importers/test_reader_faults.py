"""A reader's bug costs the plan office no reading: the dispatch logs it and asks the next reader (``importers._score``,
``_parsed``). Before, the generic readers' detection took any exception for 「no plan」, and a crash of one of its
readers (``readers.labelruns`` on a run of labels of no card) refused a plan the others read — unnoticed, as nothing
was logged."""

from __future__ import annotations

import logging

import pytest

from shinchoku.importers import READER_FAULT, TOO_DEEP, ParseError, generic, hita, nobeoka, parse

from ..conftest import SEED_FILES


def _crash(*args: object) -> None:
    raise IndexError("list index out of range")


def _faults(caplog: pytest.LogCaptureFixture) -> list[str]:
    found = [r.getMessage() for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    caplog.clear()  # seen: this test's own faults are no bug for the autouse guard (conftest.no_reader_fault)
    return found


def test_a_layout_whose_detection_crashes_is_passed_over_and_logged(monkeypatch, caplog) -> None:
    monkeypatch.setattr(hita, "detect", _crash)
    plan = parse(SEED_FILES["nobeoka"])
    assert plan["plan"]["source"]["layout"] == "nobeoka"
    assert len(plan["initiatives"]) == 81
    assert _faults(caplog) == ["読み取りの不具合: hita の判定が例外を送出しました"]


def test_a_layout_that_crashes_reading_gives_way_to_the_shape_readers(monkeypatch, caplog) -> None:
    monkeypatch.setattr(nobeoka, "parse", _crash)
    plan = parse(SEED_FILES["nobeoka"])
    assert plan["plan"]["source"]["layout"] == "generic"
    assert plan["initiatives"]
    assert READER_FAULT in plan["warnings"][0]["message"]
    assert "list index" not in plan["warnings"][0]["message"]  # the exception's words are the log's
    assert _faults(caplog) == ["読み取りの不具合: nobeoka の読み取りが例外を送出しました"]


def test_a_crash_no_reader_gets_past_is_told_in_japanese(monkeypatch, caplog) -> None:
    monkeypatch.setattr(generic, "read", _crash)
    with pytest.raises(ParseError) as refused:
        parse("1. 電子申請の拡充\n担当課：情報政策課\n".encode(), filename="plan.txt")
    assert refused.value.message == READER_FAULT  # not 「no plan found」: the file is not to blame
    assert _faults(caplog) == ["読み取りの不具合: generic の判定が例外を送出しました"]
    with pytest.raises(ParseError) as refused:
        parse("1. 電子申請の拡充\n担当課：情報政策課\n".encode(), filename="plan.txt", layout="generic")
    assert refused.value.message == READER_FAULT
    assert _faults(caplog) == ["読み取りの不具合: generic の読み取りが例外を送出しました"]


def test_a_row_of_years_with_a_year_and_its_half_is_no_crash() -> None:
    """The first crash the dispatch's log showed (hidden before as 「no plan」 from the generic readers, 伊豆の国市 printed on
    A4 and read through ``pdftotext -layout``): a row of years holding 「R6」 and 「R6 前期」 compared a half of None with
    one of 1. A year without its half comes before its halves."""
    from shinchoku.importers.shapes.cards import _steps_under

    assert _steps_under({0: (2024, None), 1: (2024, 1), 2: (2025, None)}, ["検討", "構築", "運用"])
    assert not _steps_under({0: (2024, 1), 1: (2024, None)}, ["検討", "構築"])


def test_a_reader_out_of_stack_is_told_in_japanese_and_a_layout_misnamed_as_such(monkeypatch) -> None:
    def too_deep(*args: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(generic, "read", too_deep)
    with pytest.raises(ParseError) as refused:
        parse("1. 電子申請の拡充\n担当課：情報政策課\n".encode(), filename="plan.txt")
    assert refused.value.message == TOO_DEEP
    with pytest.raises(ParseError, match="レイアウト 'nobeokaa' はありません"):
        parse(SEED_FILES["nobeoka"], layout="nobeokaa")
