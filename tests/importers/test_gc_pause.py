"""The cycle collector around a parse: off while a plan is read, then as the caller had it."""

import gc
from pathlib import Path

from shinchoku.importers import parse

CSV = Path(__file__).parent / "other" / "sakuradai_progress.csv"


def test_the_plan_read_is_not_left_frozen_and_the_collector_is_back_on():
    assert gc.isenabled() and gc.get_freeze_count() == 0
    plan = parse(CSV.read_bytes(), filename=CSV.name)
    assert len(plan["initiatives"]) == 11
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # moved to the oldest generation, still collected


def test_objects_the_caller_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        parse(CSV.read_bytes(), filename=CSV.name)
        # still frozen (unfreezing would leave none), nothing of the plan added (objects the
        # reading released may leave the frozen ones)
        assert 0 < gc.get_freeze_count() <= frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_caller_that_had_the_collector_off_keeps_it_off():
    gc.disable()
    try:
        parse(CSV.read_bytes(), filename=CSV.name)
        assert not gc.isenabled()
    finally:
        gc.enable()
