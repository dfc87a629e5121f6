"""The third-party apps as the admin names them: in Japanese, as every other screen.

The administrator's 「サイト管理」 listed 「Axes」「Access attempts」「Otp_Totp」「TOTP devices」「Tasks Database
Backend」「Task Results」 (found walking a round): these apps ship no Japanese, and 「Otp_Totp」 and 「TOTP
device」 are not even marked for translation. Each app is installed through a subclass of its own AppConfig
(settings.INSTALLED_APPS) that gives the app its name and, in ``ready``, its models' names. Only the names
shown are set (``Options.verbose_name``): the options a model was declared with (``original_attrs``), which
migrations record, stay the package's, so no migration of a third-party app is called for.
"""

from __future__ import annotations

from typing import Any

from axes.apps import AppConfig as AxesAppConfig
from django.apps import apps
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.apps import DefaultConfig as TotpAppConfig
from django_tasks_db.apps import TasksAppConfig


def _name(label: str, model: str, singular: Any, plural: Any) -> None:
    options = apps.get_model(label, model)._meta
    options.verbose_name, options.verbose_name_plural = singular, plural


class AxesConfig(AxesAppConfig):
    verbose_name = _("ログインの失敗と制限")

    def ready(self) -> None:
        super().ready()
        _name("axes", "AccessAttempt", _("ログイン失敗の記録（制限中）"), _("ログイン失敗の記録（制限中）"))
        _name("axes", "AccessFailureLog", _("ログイン失敗の履歴"), _("ログイン失敗の履歴"))
        _name("axes", "AccessLog", _("ログインの履歴"), _("ログインの履歴"))
        _name("axes", "AccessAttemptExpiration", _("ログイン制限の期限"), _("ログイン制限の期限"))


class TotpConfig(TotpAppConfig):
    verbose_name = _("二要素認証")

    def ready(self) -> None:
        super().ready()
        _name("otp_totp", "TOTPDevice", _("認証アプリ（TOTP）"), _("認証アプリ（TOTP）"))


class TasksConfig(TasksAppConfig):
    verbose_name = _("バックグラウンド処理")

    def ready(self) -> None:
        super().ready()
        _name("django_tasks_database", "DBTaskResult", _("処理の結果"), _("処理の結果"))
