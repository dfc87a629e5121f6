"""Signal receivers: logins, login failures, lockouts, logouts; and migrating a separate audit database."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import DEFAULT_DB_ALIAS, connections

from .models import Kind, Result
from .recorder import AUDIT_DB, record


def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record(Kind.LOGIN, user=user, request=request)


def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(Kind.LOGOUT, user=user, request=request)


def _login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    username = str(credentials.get("username") or "")
    record(Kind.LOGIN_FAILED, result=Result.FAILURE, username=username, request=request)


def _locked_out(
    sender: Any, request: Any, username: str | None = None, ip_address: str | None = None, **kw: Any
):
    record(
        Kind.LOCKOUT, result=Result.REFUSED, username=username or "", request=request,
        details={"ip_address": ip_address or ""},
    )  # fmt: skip


def _device_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    """An administrator removed someone's TOTP device (lost phone): they will set up a new one."""
    record(Kind.MFA_REMOVED, details={"owner": instance.user.get_username(), "device": instance.name})


def _plan_loaded(sender: Any, plan: Any, result: Any, **kwargs: Any) -> None:
    """Every import (confirmed upload, ``shinchoku import``, the background worker), never a dry run.

    Sent inside the import's transaction, under ``plans.history.acting_user``: the importing user is
    the one the history names. Outside a request (terminal, worker) the OS account is noted too.
    """
    import getpass

    from shinchoku.plans.history import history_user

    from .recorder import current_request, import_details

    details = import_details(plan, result)
    if current_request() is None:
        try:
            details["os_user"] = getpass.getuser()
        except (KeyError, OSError):
            details["os_user"] = ""
    record(Kind.IMPORT, obj=plan, user=history_user(), details=details)


def connect() -> None:
    from axes.signals import user_locked_out
    from django.db.models.signals import post_delete
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from shinchoku.plans.loader import plan_loaded

    plan_loaded.connect(_plan_loaded, dispatch_uid="shinchoku.audit.plan_loaded")

    post_delete.connect(_device_deleted, sender=TOTPDevice, dispatch_uid="shinchoku.audit.totp_deleted")

    user_logged_in.connect(_logged_in, dispatch_uid="shinchoku.audit.login")
    user_logged_out.connect(_logged_out, dispatch_uid="shinchoku.audit.logout")
    user_login_failed.connect(_login_failed, dispatch_uid="shinchoku.audit.login_failed")
    user_locked_out.connect(_locked_out, dispatch_uid="shinchoku.audit.lockout")


def separate_audit_database() -> bool:
    """True when the audit alias is a database of its own (SQLite: its own file), as configured."""
    return bool(getattr(settings, "SHINCHOKU_AUDIT_SEPARATE_DATABASE", False))


def _test_database(name: str) -> bool:
    from django.db.backends.base.creation import TEST_DATABASE_PREFIX

    return name.startswith(TEST_DATABASE_PREFIX) or "mode=memory" in name or name == ":memory:"


def migrate_audit_database(sender: Any, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    """``migrate`` of the main database also brings a separate audit database up to date.

    Test databases are left to the test runner, which creates and migrates every alias itself.
    """
    if using != DEFAULT_DB_ALIAS or not separate_audit_database():
        return
    if _test_database(str(connections[DEFAULT_DB_ALIAS].settings_dict["NAME"])):
        return
    from django.core.management import call_command

    call_command("migrate", database=AUDIT_DB, verbosity=0, interactive=False)
