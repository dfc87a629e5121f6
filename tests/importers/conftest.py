"""Fixtures of the importers' tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_reader_fault(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test of the importers fails where a reader raised an exception other than ParseError — a bug the dispatch
    logs (``importers._score``, ``_parsed``) and steps past, asking the next reader, so that the plan office still gets
    a reading: a crash once hidden that way (taken for 「no plan」) lost a whole plan unnoticed."""
    yield
    faults = [
        record
        for record in caplog.get_records("call")
        if record.name == "shinchoku.importers" and record.levelno >= logging.ERROR
    ]
    assert not faults, "\n".join(record.getMessage() + "\n" + (record.exc_text or "") for record in faults)
