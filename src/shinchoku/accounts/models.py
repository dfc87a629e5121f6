"""A user's role: in one municipality only (or, for a viewer, across one prefecture).

The installation administrator is Django's superuser; every other user has exactly one
Membership. Department editors list the 担当課 whose initiatives they may report on.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from shinchoku.plans.models import Department, Municipality
from shinchoku.plans.reference import reference_only

#: What a username may hold, as Django's username validator (``UnicodeUsernameValidator``) takes it: said the same on
#: the new-user form, by ``createuser`` and in its refusal. 「英数字と @ . + - _」 was said while 「たなか」 was taken.
USERNAME_CHARACTERS = "文字（英字・ひらがな・カタカナ・漢字）、数字と @ . + - _"


class Role(models.TextChoices):
    PLAN_OFFICE = "plan_office", _("計画担当")
    EDITOR = "editor", _("担当課")
    VIEWER = "viewer", _("閲覧")


class Membership(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership", verbose_name=_("利用者")
    )
    role = models.CharField(_("役割"), max_length=20, choices=Role.choices)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="memberships",
        verbose_name=_("自治体"),
    )  # fmt: skip
    prefecture = models.CharField(
        _("都道府県（県内閲覧）"), max_length=10, blank=True,
        help_text=_("閲覧者のみ: 自治体の代わりに都道府県を指定すると、県内すべての自治体を閲覧できます。"),
    )  # fmt: skip
    departments = models.ManyToManyField(Department, blank=True, related_name="editors", verbose_name=_("担当課"))

    class Meta:
        verbose_name = _("役割")
        verbose_name_plural = _("役割")

    def __str__(self) -> str:
        where = self.municipality or self.prefecture
        return f"{self.user} — {where} {self.get_role_display()}"

    def clean(self) -> None:
        # a municipality not saved yet is one ``createuser --new-municipality`` registers with the user
        named = self.municipality_id is not None or self.municipality is not None
        if self.prefecture and self.role != Role.VIEWER:
            raise ValidationError(_("都道府県単位の役割は閲覧のみです。"))
        if bool(self.prefecture) == named:
            raise ValidationError(_("自治体か都道府県のどちらか一方を指定してください。"))
        if self.municipality_id and reference_only(self.municipality):
            # A municipality known here only through its reference plans (参考計画) is someone else's.
            raise ValidationError(
                _("%(name)sの計画は参考計画だけです。参考計画の自治体には利用者を登録できません。")
                % {"name": self.municipality}
            )
