"""The database a test module's committed fixture leaves (plans loaded once for all its tests: seconds each), made
empty again — one home for what seven conftests and test modules did each their own way."""

from __future__ import annotations

from django.core.management import call_command


def ensure_reference_data() -> None:
    """The rows migrations load (the 自治体DX推進計画 editions, the search statistics row), which a flush deletes: put
    back where they are missing."""
    from shinchoku.national.models import NationalItem, NationalPlanEdition
    from shinchoku.national.reference import load_editions
    from shinchoku.search.models import IndexStats

    if not NationalPlanEdition.objects.exists():
        load_editions(NationalPlanEdition, NationalItem)
    IndexStats.objects.get_or_create(pk=1)


def clear_database() -> None:
    """Every table of the default database emptied, as a transactional test's end does (``flush``: one TRUNCATE on
    PostgreSQL — deleting the plans, rounds and users row by row through Django's cascade took four seconds a module
    there), and the reference rows put back."""
    call_command("flush", interactive=False, verbosity=0)
    ensure_reference_data()
