"""The five sample plans, loaded once per module (their imports suggest labels through plan_loaded)."""

from tests.web.conftest import plans, seeded  # noqa: F401
