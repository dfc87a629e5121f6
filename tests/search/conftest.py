"""The five sample plans, loaded (and so indexed, through the loader's plan_loaded signal) once per module."""

from tests.web.conftest import plans, seeded  # noqa: F401
