"""Audit events live behind the ``audit`` alias; nothing else does.

With PostgreSQL the alias is a second connection to the same database (the table is created by the
ordinary ``migrate``); with SQLite it is a file of its own (var/audit.sqlite3), because SQLite lets one
connection write at a time and a request holding the main file must never block its own audit event.
"""

from __future__ import annotations

from typing import Any

from .recorder import AUDIT_DB

APP = "audit"


class AuditRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        return AUDIT_DB if model._meta.app_label == APP else None

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return AUDIT_DB if model._meta.app_label == APP else None

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        return None

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        if db == AUDIT_DB:
            return app_label == APP
        return None
