"""One audit event per row. No foreign keys: the log lives on its own connection (and, with SQLite,
in its own file), and must outlive the users and objects it names."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    LOGIN = "login", _("ログイン")
    LOGIN_FAILED = "login_failed", _("ログイン失敗")
    LOCKOUT = "lockout", _("ログイン停止（ロックアウト）")
    LOGOUT = "logout", _("ログアウト")
    MFA_VERIFIED = "mfa_verified", _("二要素認証の確認")
    MFA_FAILED = "mfa_failed", _("二要素認証の失敗")
    MFA_SETUP = "mfa_setup", _("二要素認証の設定")
    MFA_REMOVED = "mfa_removed", _("二要素認証の解除")
    REFUSED = "refused", _("権限による拒否")
    EXPORT = "export", _("未公表データの出力")
    IMPORT = "import", _("計画の取込")
    USER_CREATED = "user_created", _("利用者の作成")
    USER_CHANGED = "user_changed", _("利用者・役割の変更")
    PASSWORD_CHANGED = "password_changed", _("パスワード変更")
    TOKEN_CREATED = "token_created", _("APIトークンの発行")
    TOKEN_REVOKED = "token_revoked", _("APIトークンの失効")
    TOKEN_REFUSED = "token_refused", _("APIトークンの拒否")
    SETTING_CHANGED = "setting_changed", _("自治体の設定変更")
    SERVER_ERROR = "server_error", _("サーバーエラー")


class Result(models.TextChoices):
    SUCCESS = "success", _("成功")
    FAILURE = "failure", _("失敗")
    REFUSED = "refused", _("拒否")
    ERROR = "error", _("エラー")


class AuditEvent(models.Model):
    created_at = models.DateTimeField(_("日時"), default=timezone.now, db_index=True)
    kind = models.CharField(_("種類"), max_length=30, choices=Kind.choices, db_index=True)
    result = models.CharField(_("結果"), max_length=10, choices=Result.choices, default=Result.SUCCESS)
    user_id = models.IntegerField(_("利用者ID"), null=True, blank=True)
    username = models.CharField(
        _("利用者"), max_length=150, blank=True, db_index=True,
        help_text=_("ログインに失敗したときは、入力されたユーザー名"),
    )  # fmt: skip
    ip = models.GenericIPAddressField(_("接続元IPアドレス"), null=True, blank=True)
    method = models.CharField(_("メソッド"), max_length=10, blank=True)
    path = models.CharField(_("パス"), max_length=500, blank=True)
    object_type = models.CharField(_("対象の種類"), max_length=50, blank=True)
    object_id = models.CharField(_("対象のID"), max_length=50, blank=True)
    object_repr = models.CharField(_("対象"), max_length=300, blank=True)
    details = models.JSONField(_("詳細"), default=dict, blank=True)

    class Meta:
        verbose_name = _("監査ログ")
        verbose_name_plural = _("監査ログ")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M:%S} {self.get_kind_display()} {self.username}"
